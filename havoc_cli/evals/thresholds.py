"""Thresholds: per suite or per category, from the suite file or ``--fail-under``, checked against metrics.

A metric's direction decides what a threshold means: "min" metrics (accuracy, recall@k, MRR) must
reach the value, "max" metrics (perplexity) must not exceed it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Threshold:
    """``metric`` must reach ``value`` (or stay under it, for a "max" metric), over ``category`` or the suite."""

    metric: str
    value: float
    category: str | None = None
    origin: str = "suite"  # "suite" (the suite file) or "command line" (--fail-under)

    @property
    def scope(self) -> str:
        return f"{self.category}:{self.metric}" if self.category else self.metric


@dataclass(frozen=True)
class ThresholdCheck:
    """A threshold against the value measured: status "passed", "failed" or "skipped" (no items in scope)."""

    threshold: Threshold
    direction: str
    actual: float | None
    status: str

    def label(self) -> str:
        """``accuracy >= 0.9``: the threshold itself (a stable name for CI)."""
        sign = ">=" if self.direction == "min" else "<="
        return f"{self.threshold.scope} {sign} {self.threshold.value:g}"

    def describe(self) -> str:
        """The threshold and the value measured: ``accuracy >= 0.9 (got 0.93)``."""
        got = "n/a" if self.actual is None else f"{self.actual:.4g}"
        return f"{self.label()} (got {got})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.threshold.metric,
            "category": self.threshold.category,
            "direction": self.direction,
            "value": self.threshold.value,
            "actual": self.actual,
            "status": self.status,
            "origin": self.threshold.origin,
        }


def parse_fail_under(text: str) -> Threshold:
    """``METRIC=VALUE`` or ``CATEGORY:METRIC=VALUE`` from the command line; ValueError says what is wrong."""
    scope, sep, value = text.partition("=")
    if not sep or not scope.strip() or not value.strip():
        raise ValueError(f"--fail-under '{text}': expected METRIC=VALUE or CATEGORY:METRIC=VALUE (accuracy=0.9)")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"--fail-under '{text}': '{value}' is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"--fail-under '{text}': the value must be finite")
    category, colon, metric = scope.strip().rpartition(":")
    return Threshold(metric.strip(), number, category.strip() if colon else None, "command line")


def merge(declared: list[Threshold], overrides: list[Threshold]) -> list[Threshold]:
    """The suite's thresholds with the command line's replacing those of the same metric and category."""
    replaced = {(t.category, t.metric) for t in overrides}
    return [t for t in declared if (t.category, t.metric) not in replaced] + list(overrides)


def check(
    thresholds: list[Threshold], directions: dict[str, str], metrics: dict[str | None, dict[str, float]]
) -> list[ThresholdCheck]:
    """Each threshold against ``metrics[category][metric]`` (``metrics[None]`` is the whole suite)."""
    checks = []
    for threshold in thresholds:
        direction = directions[threshold.metric]
        actual = metrics.get(threshold.category, {}).get(threshold.metric)
        if actual is None:
            status = "skipped" if threshold.category is not None else "failed"  # a category --limit left out
        elif direction == "min":
            status = "passed" if actual >= threshold.value else "failed"
        else:
            status = "passed" if actual <= threshold.value else "failed"
        checks.append(ThresholdCheck(threshold, direction, actual, status))
    return checks
