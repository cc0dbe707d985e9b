"""Task type ``reason``: questions through the reasoning pipeline, scored against reference answers.

In process through ``havoc_cli.reason.pipeline.reason``, or with ``--url`` through ``POST /v1/reason``
(``stream: false``), which returns the same document as ``havoc reason --json``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from havoc_cli.evals.compare import RULES, judge
from havoc_cli.evals.options import Options
from havoc_cli.evals.records import Scored
from havoc_cli.evals.suite import Item, Suite, Where
from havoc_cli.evals.tasks import mean_metrics

SUITE_KEYS: set[str] = set()
ITEM_KEYS = {"question", "mode", "compare", "reference", "split", "alternatives"}
_REFERENCE_TYPES: dict[str, Any] = {"expr": (str, float), "set": list, "runs": int, "int": int, "number": float}
CONFIDENT = 0.5  # a wrong answer at or above this confidence counts as overconfident


def check_suite(top: Where, base: Path) -> dict[str, Any]:
    return {}


def check_item(where: Where, settings: dict[str, Any], base: Path) -> None:
    where.get("question", str)
    where.get("split", str, None)
    compare = where.child("compare", hint="e.g. compare: {rule: number, tol: 1.0e-6, key: p_value}")
    compare.only({"rule", "tol", "key"}, "compare")
    rule = compare.choice("rule", RULES)
    if rule == "refuse":
        return
    where.get("mode", str, hint="name the mode the question belongs to (calculus, hypothesis_test, ...)")
    if rule == "number":
        compare.number("tol", low=0.0)
    compare.get("key", str, None)
    where.get("reference", _REFERENCE_TYPES[rule])
    for alternative in where.mappings("alternatives", None) or []:
        alternative.only({"method", "reference"}, "an alternative")
        alternative.get("method", str, hint="the method the answer must name, e.g. 'pooled'")
        alternative.get("reference", _REFERENCE_TYPES[rule])


def default_category(data: dict[str, Any]) -> str | None:
    """Items are grouped by their mode unless they name a category."""
    return data.get("mode") or "unclassified"


def metrics(settings: dict[str, Any]) -> dict[str, str]:
    return {"accuracy": "min", "overconfident": "max"}


def describe(item: Item) -> Any:
    return {"question": item.data["question"], "split": item.data.get("split")}


@contextlib.contextmanager
def start(suite: Suite, options: Options) -> Iterator[Callable[[Item], Scored]]:
    ask = _remote(options.url) if options.url else _local()
    yield lambda item: score(item.data, ask(item.data["question"]))


def _local() -> Callable[[str], dict[str, Any]]:
    from havoc_cli.reason.pipeline import reason

    return lambda question: reason(question).to_dict()


def _remote(url: str) -> Callable[[str], dict[str, Any]]:
    from havoc_cli.evals.remote import post_json

    return lambda question: post_json(url, "/v1/reason", {"question": question, "stream": False})


def score(data: dict[str, Any], outcome: dict[str, Any]) -> Scored:
    """Judge one outcome (the ``havoc reason --json`` document) against the item's references."""
    verdict = judge(data, outcome)
    confidence = float(outcome.get("confidence") or 0.0)
    expected = {"mode": data.get("mode"), "rule": data["compare"]["rule"], "reference": data.get("reference")}
    if data.get("alternatives"):
        expected["alternatives"] = data["alternatives"]
    output = {
        "answered": outcome.get("answered"),
        "mode": outcome.get("mode"),
        "result": outcome.get("result"),
        "answer": outcome.get("answer"),
        "confidence": confidence,
        "matched": verdict.matched,
    }
    detail = ""
    if not verdict.correct and expected["rule"] == "refuse":
        detail = f"expected a refusal; got an answer: {outcome.get('answer')!r}"
    elif not verdict.correct:
        detail = (
            f"expected mode {expected['mode']}, {expected['rule']} {expected['reference']!r}; "
            f"got mode {outcome.get('mode')}, answered={outcome.get('answered')}, value {verdict.got!r}"
        )
    overconfident = float(not verdict.correct and confidence >= CONFIDENT)
    return Scored(
        output,
        expected,
        float(verdict.correct),
        verdict.correct,
        {"accuracy": float(verdict.correct), "overconfident": overconfident},
        detail,
    )


def error_metrics(settings: dict[str, Any]) -> dict[str, float]:
    return {"accuracy": 0.0, "overconfident": 0.0}


def aggregate(settings: dict[str, Any], records: list[Any]) -> dict[str, float]:
    return mean_metrics(records)
