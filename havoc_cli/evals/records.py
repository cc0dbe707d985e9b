"""What running a suite produces: one record per item, and the suite's run with metrics and thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from havoc_cli.evals.thresholds import ThresholdCheck


@dataclass
class Scored:
    """A task's verdict on one item: what came out, what was expected, the score and per-item metrics.

    ``detail`` says why a failed item failed (expected vs got, for JUnit and the summary).
    """

    output: Any
    expected: Any
    score: float
    passed: bool
    metrics: dict[str, float] = field(default_factory=dict)
    detail: str = ""


@dataclass
class ItemRecord:
    """One item's line in the results: input, output, expected, score, pass/fail, time; ``error`` if it crashed."""

    id: str
    category: str | None
    input: Any
    output: Any
    expected: Any
    score: float
    passed: bool
    seconds: float
    metrics: dict[str, float] = field(default_factory=dict)
    detail: str = ""
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "category": self.category,
            "input": self.input,
            "output": self.output,
            "expected": self.expected,
            "score": self.score,
            "passed": self.passed,
            "seconds": round(self.seconds, 6),
            "metrics": self.metrics,
            "detail": self.detail,
            "error": self.error,
        }


@dataclass
class SuiteRun:
    """A suite after its run: the items, metrics overall and per category, the threshold checks."""

    name: str
    type: str
    file: Path
    seed: int
    in_suite: int
    records: list[ItemRecord]
    metrics: dict[str, float]
    categories: dict[str, dict[str, Any]]
    checks: list[ThresholdCheck]
    seconds: float
    settings: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def nothing_scored(self) -> bool:
        return not self.records

    @property
    def passed(self) -> bool:
        """Whether the suite passes: something was scored and no threshold failed."""
        return not self.nothing_scored and all(c.status != "failed" for c in self.checks)

    def failure_reasons(self) -> list[str]:
        """Why the suite failed, one line per reason (empty when it passed)."""
        reasons = ["nothing was scored (zero items)"] if self.nothing_scored else []
        return reasons + [f"threshold missed: {c.describe()}" for c in self.checks if c.status == "failed"]

    def to_dict(self) -> dict[str, Any]:
        """The results document of this suite (what results.json holds)."""
        return {
            "suite": self.name,
            "type": self.type,
            "file": str(self.file),
            "passed": self.passed,
            "failures": self.failure_reasons(),
            "seed": self.seed,
            "counts": {
                "in_suite": self.in_suite,
                "scored": len(self.records),
                "passed": sum(r.passed for r in self.records),
                "errors": sum(r.error is not None for r in self.records),
            },
            "seconds": round(self.seconds, 6),
            "metrics": self.metrics,
            "categories": self.categories,
            "thresholds": [c.to_dict() for c in self.checks],
            "settings": self.settings,
            "outputs": self.outputs,
            "items": [r.to_dict() for r in self.records],
        }
