"""The compiled extension, built (or found in the cache) once per test session."""

from __future__ import annotations

import os
import shutil

import pytest

import kernels


@pytest.fixture(scope="session")
def compiled() -> str:
    """The extension's backend ("cpp" or "cuda"); fails when a compiler exists but the build does not work."""
    if os.environ.get("HAVOC_KERNELS", "auto") == "reference":
        pytest.skip("HAVOC_KERNELS=reference forces the reference kernels")
    kind = kernels.backend()
    if kind == "reference":
        if shutil.which(os.environ.get("CXX", "c++")) is None:
            pytest.skip("no C++ compiler: the extension cannot be built here")
        pytest.fail("a C++ compiler is present but the kernels extension did not build (see the warning)")
    return kind
