"""Run examples/evals/reason.yaml through the pipeline in process, scored by the eval package's rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from havoc_cli.evals.compare import judge
from havoc_cli.evals.suite import load_suite

SUITE = Path(__file__).resolve().parents[2] / "examples" / "evals" / "reason.yaml"


def load_items() -> list[dict[str, Any]]:
    return [item.data for item in load_suite(SUITE).items]


def correct(item: dict[str, Any], outcome: dict[str, Any]) -> bool:
    """Does the pipeline's outcome match the item's reference (or a named alternative)?"""
    return judge(item, outcome).correct


def run_suite(split: str | None = None) -> list[tuple[dict[str, Any], dict[str, Any], bool]]:
    from havoc_cli.reason.pipeline import reason

    rows = []
    for item in load_items():
        if split and item["split"] != split:
            continue
        outcome = reason(item["question"]).to_dict()
        rows.append((item, outcome, correct(item, outcome)))
    return rows
