"""Helpers shared by the test suites: the reference cases and their tolerance rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED_REFERENCE = REPO.parent / "shared" / "reference" / "doe_spc_cases.yaml"
VENDORED_REFERENCE = Path(__file__).resolve().parent / "data" / "doe_spc_cases.yaml"


def reference_cases() -> dict[str, dict[str, Any]]:
    """The shared reference cases by id (shared/reference beside the repo, else the vendored copy)."""
    path = SHARED_REFERENCE if SHARED_REFERENCE.is_file() else VENDORED_REFERENCE
    with path.open(encoding="utf-8") as handle:
        return {case["id"]: case for case in yaml.safe_load(handle)["cases"]}


def assert_close(name: str, computed: Any, spec: dict[str, Any]) -> None:
    """Pass iff |computed - value| <= atol + rtol*|value| elementwise (the reference file's rule)."""
    import numpy as np

    expected = spec["value"]
    atol, rtol = float(spec.get("atol", 0.0)), float(spec.get("rtol", 0.0))
    got = np.asarray(computed, dtype=float)
    want = np.asarray(expected, dtype=float)
    assert got.shape == want.shape, f"{name}: shape {got.shape} != {want.shape}"
    bound = atol + rtol * np.abs(want)
    err = np.abs(got - want)
    assert np.all(err <= bound), f"{name}: computed {computed} expected {expected} (err {err}, bound {bound})"
