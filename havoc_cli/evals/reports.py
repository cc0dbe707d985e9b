"""The files a run leaves: per suite results.json, samples.jsonl and summary.md, all written atomically."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from havoc_cli.evals.records import SuiteRun

RESULTS, SAMPLES, SUMMARY = "results.json", "samples.jsonl", "summary.md"


def dumps(document: Any, indent: int | None = 2) -> str:
    """JSON text of ``document`` (numpy, sympy and Path values converted; NaN and infinities become null)."""
    from plugins.api.results import jsonable

    return json.dumps(jsonable(document), indent=indent, ensure_ascii=False, allow_nan=False)


def suite_folder(run: SuiteRun, out_root: Path | None) -> Path:
    """Where a suite's files go: ``OUT/<suite>/``, by default ``eval-out/<suite>/`` beside the suite file."""
    root = out_root if out_root is not None else run.file.parent / "eval-out"
    return root / (re.sub(r"[^\w.-]+", "-", run.name).strip("-.") or "suite")


def write_suite_outputs(run: SuiteRun, out_root: Path | None) -> dict[str, str]:
    """Write a suite's results, samples and summary; record their paths in ``run.outputs`` and return them."""
    from havoc_cli.evals.markdown import summary_markdown
    from plugins.api.files import write_atomic

    folder = suite_folder(run, out_root)
    run.outputs = {name: str(folder / filename) for name, filename in
                   (("results", RESULTS), ("samples", SAMPLES), ("summary", SUMMARY))}  # fmt: skip
    samples = "".join(dumps({"suite": run.name, **record.to_dict()}, indent=None) + "\n" for record in run.records)
    write_atomic(folder / SAMPLES, samples)
    write_atomic(folder / SUMMARY, summary_markdown([run]))
    write_atomic(folder / RESULTS, dumps(run.to_dict()) + "\n")
    return run.outputs


def run_document(runs: list[SuiteRun], seed: int, limit: int | None, url: str | None) -> dict[str, Any]:
    """The document ``--json`` prints: every suite's results, and whether the whole run passed."""
    return {
        "passed": all(run.passed for run in runs),
        "seed": seed,
        "limit": limit,
        "url": url,
        "suites": [run.to_dict() for run in runs],
    }
