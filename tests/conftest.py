"""Shared test helpers: run a study through the real CLI, and check reference tolerances."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SHARED_REFERENCE = REPO.parent / "shared" / "reference" / "doe_spc_cases.yaml"
VENDORED_REFERENCE = Path(__file__).resolve().parent / "data" / "doe_spc_cases.yaml"


class StudyRun:
    """The outcome of ``havoc doe run``: exit code, parsed JSON (when it printed any), stderr."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.json: dict[str, Any] | None = json.loads(stdout) if stdout.strip() else None

    def step(self, verb: str, kind: str | None = None, index: int = -1) -> dict[str, Any]:
        """The result dict of the index-th step with this verb (and kind)."""
        assert self.json is not None, self.stderr
        found = [s for s in self.json["steps"] if s["verb"] == verb and (kind is None or s["kind"] == kind)]
        assert found, f"no step {verb} {kind}: {[s['verb'] for s in self.json['steps']]}"
        return found[index]["result"]


@pytest.fixture
def run_study(tmp_path: Path):
    """``run_study(text, files={"a.csv": "..."}, args=[...])`` runs a study in tmp_path via the CLI."""
    from havoc_cli.app import app

    def _run(text: str, files: dict[str, str] | None = None, args: list[str] | None = None, json_out: bool = True):
        for name, content in (files or {}).items():
            (tmp_path / name).write_text(content, encoding="utf-8")
        study = tmp_path / "study.doe"
        study.write_text(text, encoding="utf-8")
        argv = ["doe", "run", str(study)] + (["--json"] if json_out else []) + (args or [])
        result = CliRunner().invoke(app, argv)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return StudyRun(result.exit_code, result.stdout, result.stderr)

    return _run


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
