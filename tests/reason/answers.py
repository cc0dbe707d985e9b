"""Shared assertions of the planner tests: a question answered with high confidence, or declined; results
compared with sympy (an expression, a set of roots)."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import Outcome, reason
from havoc_cli.reason.symbols import to_sympy


def confident(question: str, mode: str | None = None) -> Outcome:
    """The outcome of ``question``, which must be answered (in ``mode`` when given) with confidence >= 0.9."""
    out = reason(question)
    assert out.answered, out.answer
    assert mode is None or out.mode == mode, out.mode
    assert out.confidence >= 0.9, out.to_dict()["checks"]
    return out


def declined(question: str) -> str:
    """The answer text of ``question``, which must be refused or answered with confidence < 0.5."""
    out = reason(question)
    assert not out.answered or out.confidence < 0.5, out.answer
    return out.answer


def right_value(question: str, want: float, mode: str, rel: float = 1e-6, key: str | None = None) -> dict:
    """``havoc reason --json``'s document of ``question``, which must be answered in ``mode`` with confidence >= 0.9
    and every check passing, its result (or ``result[key]``) within ``rel`` of ``want``."""
    out = reason(question).to_dict()
    assert out["answered"], out.get("answer")
    assert out["mode"] == mode
    value = out["result"][key] if key else out["result"]
    assert value == pytest.approx(want, rel=rel)
    assert out["confidence"] >= 0.9
    assert all(c["passed"] for c in out["checks"])
    return out


def same_expr(got: str, want: sp.Expr) -> bool:
    """Whether the engine's expression string equals ``want`` (their difference simplifies to 0)."""
    return sp.simplify(to_sympy(got) - want) == 0


def roots_of(result: list[str]) -> set:
    """The engine's solution strings as a set of numbers (30 digits, so exact and float forms meet)."""
    return {sp.nsimplify(complex(to_sympy(r).evalf(30)), rational=False) for r in result}


def as_set(values) -> set:
    """Reference values as a set comparable with ``roots_of``."""
    return {sp.nsimplify(complex(sp.N(v, 30)), rational=False) for v in values}
