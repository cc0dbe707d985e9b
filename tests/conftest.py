"""Shared fixtures: run a study through the real CLI (reference-case helpers are in tests/helpers.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner


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
