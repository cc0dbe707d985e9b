"""Helpers for the eval tests: run ``havoc eval`` through the CLI, write suite files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

CORPUS = (
    "The mean of a sample is the sum of its values divided by their count. "
    "A p-value is the probability of data at least as extreme as observed, assuming the null hypothesis. "
    "Control charts plot a statistic against time with limits at three sigma. "
) * 40


class EvalRun:
    """``havoc eval``'s exit code, stdout, stderr and (with --json) the parsed document."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr
        self.json: dict[str, Any] | None = json.loads(stdout) if stdout.strip() else None


def run_eval(*args: str) -> EvalRun:
    """Run ``havoc eval ARGS`` through the real CLI."""
    from havoc_cli.app import app

    result = CliRunner().invoke(app, ["eval", *map(str, args)])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return EvalRun(result.exit_code, result.stdout, result.stderr)


def write_suite(path: Path, document: dict[str, Any]) -> Path:
    """Write a suite file (YAML) and return its path."""
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path
