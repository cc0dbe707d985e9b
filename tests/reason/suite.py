"""Run examples/evals/reason.yaml through the pipeline in process and score it."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import sympy as sp
import yaml

SUITE = Path(__file__).resolve().parents[2] / "examples" / "evals" / "reason.yaml"


def load_items() -> list[dict[str, Any]]:
    return yaml.safe_load(SUITE.read_text(encoding="utf-8"))["items"]


def _sym(text: str) -> Any:
    # engine OUTPUT strings and reference strings only (never user text)
    return sp.sympify(text, locals={"x": sp.Symbol("x", real=True), "t": sp.Symbol("t", real=True)})


def _same_expr(a: Any, b: Any) -> bool:
    try:
        diff = _sym(str(a)) - _sym(str(b))
        return sp.simplify(diff) == 0 or (hasattr(diff, "is_zero_matrix") and diff.is_zero_matrix)
    except (sp.SympifyError, TypeError, ValueError):
        return False


def correct(item: dict[str, Any], outcome: dict[str, Any]) -> bool:
    """Does the pipeline's outcome match the item's reference under its comparison rule?"""
    rule = item["compare"]["rule"]
    if rule == "refuse":
        return not outcome["answered"]
    if not outcome["answered"] or outcome["mode"] != item["mode"]:
        return False
    got = outcome["result"]
    key = item["compare"].get("key")
    if key:
        got = got.get(key) if isinstance(got, dict) else None
    want = item["reference"]
    if rule == "expr":
        return _same_expr(got, want)
    if rule == "set":
        return isinstance(got, list) and len(got) == len(want) and all(any(_same_expr(g, w) for g in got) for w in want)
    if rule == "runs":
        return isinstance(got, dict) and got.get("runs") == want
    if rule == "int":
        return got == want
    tol = item["compare"]["tol"]
    return isinstance(got, (int, float)) and math.isfinite(got) and abs(got - want) <= tol * max(1.0, abs(want))


def run_suite(split: str | None = None) -> list[tuple[dict[str, Any], dict[str, Any], bool]]:
    from havoc_cli.reason.pipeline import reason

    rows = []
    for item in load_items():
        if split and item["split"] != split:
            continue
        outcome = reason(item["question"]).to_dict()
        rows.append((item, outcome, correct(item, outcome)))
    return rows
