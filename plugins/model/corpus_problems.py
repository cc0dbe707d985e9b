"""What a generated worked problem is, and the prose frames shared by every problem generator."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

# (question label, answer label): each problem is written under one of these, chosen by the seeded RNG.
_FRAMES = (
    ("Question:", "Answer:"),
    ("Problem:", "Solution:"),
    ("Q:", "A:"),
    ("Exercise.", "Worked solution."),
    ("Task:", "Result:"),
)


@dataclass(frozen=True)
class Problem:
    """One worked problem: its prose, and the inputs and computed answers behind it (for checking)."""

    kind: str
    text: str
    facts: dict[str, Any] = field(default_factory=dict)


def frame(rng: random.Random, question: str, answer: str) -> str:
    """Write a question and its answer under one of the labelled frames."""
    asked, answered = rng.choice(_FRAMES)
    return f"{asked} {question}\n{answered} {answer}"


def num(value: float, digits: int = 4) -> str:
    """A number as the prose shows it: ``digits`` significant figures, no exponent for everyday sizes."""
    return f"{value:.{digits}g}"


def fixed(value: float, decimals: int = 3) -> str:
    """A number with a fixed count of decimals (test statistics, limits, indices)."""
    return f"{value:.{decimals}f}"


def listing(values: list[float]) -> str:
    """Data values written as a comma-separated list."""
    return ", ".join(f"{v:g}" for v in values)
