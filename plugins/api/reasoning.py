"""What a reasoning tool's handlers exchange with ``havoc reason``: the plan, its errors and audit checks.

A tool (``plugins.api.specs.ReasoningTool``) turns a question into a ``Plan`` (study-language text
plus the values it was built from), and its audit returns ``Check`` objects; the pipeline runs
the plan through the interpreter and derives the confidence from the checks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from plugins.api.nodes import RESERVED_NAMES
from plugins.api.prose import alpha, samples


@dataclass
class Plan:
    """The program text, the values extracted from the question (``facts``, read by the audit) and
    any data files the program reads (name -> CSV text)."""

    mode: str
    text: str
    facts: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)


class PlanError(ValueError):
    """The question was understood as the tool's mode but lacks what the program needs (said in the message)."""


@dataclass
class Check:
    """One audit check: its name, whether it passed, and what was compared."""

    name: str
    passed: bool
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail}


def outscore(scores: dict[str, float], own: str) -> float:
    """Enough to win over the other tools' keywords and shapes ("power P(t) = 3t^2 kW ..." is no sample size): the shape
    read in full is stronger evidence than a word."""
    others = max((score for name, score in scores.items() if name != own), default=0.0)
    return max(3.0, others - scores.get(own, 0.0) + 3.0)  # + 3: beyond what their own shape scores add


def close_check(name: str, got: Any, want: Any, rel: float = 1e-6, abs_tol: float = 1e-9) -> Check:
    """A check that the engine's number ``got`` equals the independent ``want`` (relative ``rel``)."""
    ok = (
        isinstance(got, int | float)
        and not isinstance(got, bool)
        and want is not None
        and math.isclose(float(got), float(want), rel_tol=rel, abs_tol=abs_tol)
    )
    return Check(name, ok, f"engine {got!r}, independent {want!r}")


def study_list(values: list[str]) -> str:
    """Numbers as a study-language list: ``[1, 2.5, 3]``."""
    return "[" + ", ".join(values) + "]"


def study_matrix(rows: list[list[str]]) -> str:
    """Rows as a study-language matrix literal: [[1, 2], [3, 4]]."""
    return "[" + ", ".join(study_list(r) for r in rows) + "]"


def alpha_option(question: str) -> str:
    """`` alpha=0.01`` when the question states a level (0.05 too, so the plan shows what was read), else ``""``."""
    found = alpha(question)
    return f" alpha={found}" if found else ""


def group_names(count: int) -> list[str]:
    """Names for ``count`` samples a plan binds with ``let``: "a", "b", "c", ... skipping the study language's reserved
    names ("e" is Euler's number), then "g26", "g27", ... past the alphabet."""
    letters = [chr(code) for code in range(ord("a"), ord("z") + 1) if chr(code) not in RESERVED_NAMES]
    return [letters[i] if i < len(letters) else f"g{i + 1}" for i in range(count)]


def samples_or_fail(question: str, count: int, what: str) -> list[list[str]]:
    """At least ``count`` lists of numbers from the question, or PlanError saying how many were found."""
    found = samples(question, minimum=2)
    if len(found) < count:
        raise PlanError(f"{what} needs {count} lists of numbers (found {len(found)})")
    return found
