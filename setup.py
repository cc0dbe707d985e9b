"""Ahead-of-time build of the compiled kernels (optional; project metadata lives in pyproject.toml).

    HAVOC_BUILD_KERNELS=1 pip install --no-build-isolation .      # or -e . for an in-place build

compiles ``kernels._C`` from kernels/csrc against the torch already installed (CUDA sources too
when torch is a CUDA build and nvcc is present). Without HAVOC_BUILD_KERNELS=1 nothing is
compiled here and torch is not imported, so an ordinary (isolated) install never makes pip
resolve torch; the kernels are then built just in time on first use.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))


def kernel_extensions() -> tuple[list, dict]:
    """The extension module and build command, or nothing unless HAVOC_BUILD_KERNELS=1."""
    if os.environ.get("HAVOC_BUILD_KERNELS") != "1":
        return [], {}
    from torch.utils.cpp_extension import BuildExtension, CppExtension, CUDAExtension

    sys.path.insert(0, HERE)
    from kernels import build

    with_cuda = build.cuda_wanted()
    sources = [os.path.relpath(path, HERE) for path in build.sources(with_cuda)]
    flags = {"cxx": build.CXX_FLAGS, "nvcc": build.NVCC_FLAGS}
    kind = CUDAExtension if with_cuda else CppExtension
    module = kind("kernels._C", sources, extra_compile_args=flags, extra_link_args=build.LD_FLAGS)
    return [module], {"build_ext": BuildExtension}


modules, commands = kernel_extensions()
setup(ext_modules=modules, cmdclass=commands)
