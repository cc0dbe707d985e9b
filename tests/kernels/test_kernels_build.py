"""Building, caching and falling back: lazy import, the reference switch, a failing compiler, the CUDA check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kernels import build

ROOT = Path(__file__).resolve().parents[2]

# Runs all three ops, compares them with the reference, and reports the warnings havoc issued.
CHILD = """
import json, warnings, torch, kernels
from kernels import reference
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    q, k = torch.randn(1, 4, 6, 8), torch.randn(1, 2, 6, 8)
    lens, logits = torch.tensor([4]), torch.randn(2, 30)
    ok = torch.allclose(kernels.attention(q, k, k), reference.attention(q, k, k))
    ok &= torch.allclose(kernels.decode_attention(q[:, :, :1], k, k, lens), reference.decode_attention(q[:, :, :1], k, k, lens))
    for _ in range(2):
        g1, g2 = torch.Generator().manual_seed(0), torch.Generator().manual_seed(0)
        ok &= torch.equal(kernels.sample(logits, top_p=0.9, generator=g1), reference.sample(logits, top_p=0.9, generator=g2))
ours = [str(w.message) for w in caught if "havoc" in str(w.message).lower()]
print(json.dumps({"backend": kernels.backend(), "ok": bool(ok), "warnings": ours}))
"""


def run_child(tmp_path: Path, **env: str) -> dict:
    environment = {**os.environ, "HAVOC_KERNELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT), **env}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], env=environment, capture_output=True, text=True, timeout=300, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_reference_switch_gives_one_warning_and_correct_results(tmp_path):
    report = run_child(tmp_path, HAVOC_KERNELS="reference")
    assert report["backend"] == "reference" and report["ok"]
    assert len(report["warnings"]) == 1 and "HAVOC_KERNELS=reference" in report["warnings"][0]


def test_failing_compiler_gives_one_warning_and_the_reference(tmp_path):
    report = run_child(tmp_path, CXX="false", HAVOC_KERNELS="auto")
    assert report["backend"] == "reference" and report["ok"]
    assert len(report["warnings"]) == 1 and "unavailable" in report["warnings"][0]


def test_import_builds_nothing(tmp_path):
    code = "import sys, kernels; print('kernels.build' in sys.modules, 'torch.utils.cpp_extension' in sys.modules)"
    env = {**os.environ, "HAVOC_KERNELS_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split()[0] == "False"
    assert not (tmp_path / "cache").exists()


def test_digest_follows_sources_and_cache_root_follows_environment(monkeypatch, tmp_path):
    assert build.build_digest(False) == build.build_digest(False)
    assert build.build_digest(False) != build.build_digest(True)
    monkeypatch.setenv("HAVOC_KERNELS_CACHE", str(tmp_path))
    assert build.cache_root() == tmp_path
    monkeypatch.delenv("HAVOC_KERNELS_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert build.cache_root() == tmp_path / "xdg" / "havoc" / "kernels"


def test_file_lock_excludes_a_second_holder(tmp_path):
    lock = tmp_path / "build.lock"
    probe = (
        "import fcntl, sys; f = open(sys.argv[1], 'a+')\n"
        "try:\n    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB); print('acquired')\n"
        "except BlockingIOError:\n    print('blocked')"
    )
    with build.file_lock(lock):
        held = subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True, text=True, check=True)
    free = subprocess.run([sys.executable, "-c", probe, str(lock)], capture_output=True, text=True, check=True)
    assert held.stdout.strip() == "blocked" and free.stdout.strip() == "acquired"


def test_cuda_check_skips_cleanly_without_nvcc(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(build.shutil, "which", lambda name: None)
    monkeypatch.setattr(build, "TOOLKIT_ROOT", tmp_path)
    assert build.main(["--check-cuda"]) == 0
    assert "nvcc not found" in capsys.readouterr().out


@pytest.mark.slow
def test_cuda_sources_compile_with_nvcc():
    if build.find_nvcc() is None:
        pytest.skip("no nvcc on this machine")
    assert build.check_cuda_sources() == 0


@pytest.mark.slow
def test_two_processes_building_at_once_share_one_build(tmp_path):
    env = {**os.environ, "HAVOC_KERNELS_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "kernels.build"]
    workers = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [worker.communicate(timeout=600)[0] for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    assert all("backend cpp" in out or "backend cuda" in out for out in outputs)
    assert len(list(tmp_path.glob("*/*.so"))) == 1
