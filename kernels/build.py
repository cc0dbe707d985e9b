"""Building and loading the compiled extension.

Two paths lead to the same operators (``torch.ops.havoc_kernels.*``):

* ahead of time: ``HAVOC_BUILD_KERNELS=1 pip install --no-build-isolation .`` compiles
  ``kernels._C`` through setup.py; when present it is loaded as is;
* just in time: otherwise the sources are compiled on first use into
  ``$HAVOC_KERNELS_CACHE`` (default ``$XDG_CACHE_HOME/havoc/kernels``, i.e. ``~/.cache/...``)
  under a directory named by a hash of the sources, the flags, and the torch and Python
  versions, and reused by every later process. A file lock serialises concurrent builders.

``python -m kernels.build`` builds (or finds) the extension and prints the backend;
``python -m kernels.build --check-cuda`` compiles each CUDA source to an object for sm_80 and
sm_90 with the machine's nvcc, so CI notices when they stop compiling (skips if nvcc is absent).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

CSRC = Path(__file__).resolve().parent / "csrc"
CPU_SOURCES = (
    "ops.cpp",
    "vec_math.cpp",
    "attention_cpu.cpp",
    "decode_cpu.cpp",
    "decode_step_cpu.cpp",
    "sample_cpu.cpp",
    "train_cpu.cpp",
)
CUDA_SOURCES = ("attention_cuda.cu", "decode_cuda.cu", "sample_cuda.cu")
CXX_FLAGS = ["-O3", "-fno-trapping-math", "-fno-math-errno", "-fopenmp"]
LD_FLAGS = ["-fopenmp"]
NVCC_FLAGS = ["-O3", "-std=c++20", "--expt-relaxed-constexpr"]
CUDA_ARCHS = ("80", "90")
TOOLKIT_ROOT = Path("/usr/local")


def cuda_wanted() -> bool:
    """True when torch is a CUDA build and a CUDA toolkit (nvcc) is available to compile for it."""
    import torch
    from torch.utils.cpp_extension import CUDA_HOME

    return torch.version.cuda is not None and CUDA_HOME is not None


def cache_root() -> Path:
    """Where JIT builds live: $HAVOC_KERNELS_CACHE, else $XDG_CACHE_HOME/havoc/kernels."""
    explicit = os.environ.get("HAVOC_KERNELS_CACHE")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "havoc" / "kernels"


def sources(with_cuda: bool) -> list[Path]:
    """The translation units of the extension."""
    names = CPU_SOURCES + (CUDA_SOURCES if with_cuda else ())
    return [CSRC / name for name in names]


def build_digest(with_cuda: bool) -> str:
    """Hash of everything that changes the binary: sources, headers, flags, torch and Python versions."""
    import torch

    digest = hashlib.sha256()
    for path in sorted(CSRC.iterdir()):
        if path.suffix in {".cpp", ".cu", ".h", ".cuh"}:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    digest.update(repr((torch.__version__, sys.version, CXX_FLAGS, LD_FLAGS, with_cuda, NVCC_FLAGS)).encode())
    return digest.hexdigest()[:20]


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Exclusive advisory lock on path for the duration of the block (released if the process dies)."""
    import fcntl

    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _has_cuda_kernels() -> bool:
    import torch

    return torch._C._dispatch_has_kernel_for_dispatch_key("havoc_kernels::attention", "CUDA")


def _load_ahead_of_time() -> bool:
    spec = importlib.util.find_spec("kernels._C")
    if spec is None or spec.origin is None:
        return False
    import torch

    torch.ops.load_library(spec.origin)
    return True


def _load_just_in_time() -> None:
    import torch
    from torch.utils import cpp_extension

    with_cuda = cuda_wanted()
    digest = build_digest(with_cuda)
    name = f"havoc_kernels_{digest}"
    build_dir = cache_root() / digest
    build_dir.mkdir(parents=True, exist_ok=True)
    library = build_dir / f"{name}.so"
    with file_lock(build_dir / "build.lock"):
        if library.exists():
            torch.ops.load_library(str(library))
            return
        cpp_extension.load(
            name=name,
            sources=[str(path) for path in sources(with_cuda)],
            extra_cflags=CXX_FLAGS,
            extra_cuda_cflags=NVCC_FLAGS,
            extra_ldflags=LD_FLAGS,
            build_directory=str(build_dir),
            with_cuda=with_cuda,
            is_python_module=False,
            verbose=False,
        )


def load() -> str:
    """Load the extension, building it first if needed; returns "cuda" or "cpp". Raises on failure."""
    if not _load_ahead_of_time():
        _load_just_in_time()
    return "cuda" if _has_cuda_kernels() else "cpp"


def find_nvcc() -> str | None:
    """nvcc on PATH, else in a toolkit under TOOLKIT_ROOT (/usr/local/cuda*), else None."""
    found = shutil.which("nvcc")
    if found:
        return found
    candidates = sorted(TOOLKIT_ROOT.glob("cuda*/bin/nvcc"))
    return str(candidates[0]) if candidates else None


def check_cuda_sources() -> int:
    """Compile every .cu to an object for each target architecture; 0 on success or when nvcc is absent."""
    nvcc = find_nvcc()
    if nvcc is None:
        print("kernels: nvcc not found; skipping the CUDA compile check")
        return 0
    from torch.utils.cpp_extension import include_paths

    includes = [f"-I{path}" for path in include_paths()]
    if not any(Path(path, "c10/cuda/impl/cuda_cmake_macros.h").exists() for path in include_paths()):
        includes.append("-DC10_CUDA_NO_CMAKE_CONFIGURE_FILE")  # a CPU build of torch lacks this generated header
    gencode = [f"-gencode=arch=compute_{arch},code=sm_{arch}" for arch in CUDA_ARCHS]
    failures = 0
    with tempfile.TemporaryDirectory() as scratch:
        running = {}
        for source in (CSRC / name for name in CUDA_SOURCES):  # in parallel: each takes tens of seconds
            command = [nvcc, "-c", str(source), "-o", str(Path(scratch) / f"{source.stem}.o"), "-Xcompiler", "-fPIC"]
            command += NVCC_FLAGS + gencode + includes
            running[source.name] = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
        for name, process in running.items():
            output, _ = process.communicate()
            print(f"kernels: nvcc {name} (sm_{', sm_'.join(CUDA_ARCHS)}): {'FAILED' if process.returncode else 'ok'}")
            if process.returncode:
                failures += 1
                print(output, file=sys.stderr)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    """Command line: build the extension, or with --check-cuda compile the CUDA sources."""
    parser = argparse.ArgumentParser(prog="python -m kernels.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-cuda", action="store_true", help="compile each .cu with nvcc (sm_80, sm_90)")
    args = parser.parse_args(argv)
    if args.check_cuda:
        return check_cuda_sources()
    print(f"kernels: backend {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
