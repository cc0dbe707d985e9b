"""r2: an extreme's "x > 0" beside "the interval between runs" (no ends), a unit written per a count after the
formula ("dollars per pallet"), and a bracketed remark holding "i.e." after "solve ... for t"; references by sympy
and math, not havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import as_set, declined, roots_of

x = sp.Symbol("x", positive=True)


def _argmin(f: sp.Expr) -> set:
    """The positive critical points of ``f`` as a set comparable with ``roots_of``."""
    return as_set(sp.solve(sp.diff(f, x), x))


@pytest.mark.parametrize(
    "question",
    [
        "Track geometry recording car: weekly cost model C(x) = 800/x + 2x (thousand €), where x is the interval "
        "between recording runs in weeks, x > 0. Which interval x minimizes the cost?",
        "A model C(x) = 800/x + 2x (thousand €) with x the gap between inspections in days, x > 0. What x minimizes C?",
    ],
)
def test_interval_between_runs_is_no_interval_with_ends(question: str) -> None:
    out = right_value_set(question)
    assert roots_of(out["result"]) == _argmin(800 / x + 2 * x)


@pytest.mark.parametrize(
    "question",
    [
        "Our cost model for the coating layer is C(t) = 200/t + 8t dollars per pallet, where t is the coating "
        "thickness in microns (t > 0). At what thickness t is the cost minimized?",
        "Cost is C(t) = 200/t + 8t euros per batch, with t the cycle time in minutes (t > 0). Which t minimizes cost?",
    ],
)
def test_unit_per_count_after_formula(question: str) -> None:
    out = right_value_set(question)
    assert roots_of(out["result"]) == _argmin(200 / x + 8 * x)


def test_interval_with_ends_still_declined() -> None:
    declined("Find the x that minimizes f(x) = x^2 - 4x for x between 1 and 5")


@pytest.mark.parametrize(
    "question",
    [
        "Backlog of reprint jobs grows like e^(0.05t) with t in days. Solve e^(0.05t) = 2 for t (exact form, i.e. "
        "the doubling time).",
        "Solve e^(0.05t) = 2 for t (exact answer, i.e. the doubling time)",
        "Solve e^(0.05t) = 2 for t, i.e. the doubling time",
    ],
)
def test_bracketed_aside_after_solve_for(question: str) -> None:
    out = right_value_set(question, mode="algebra")
    assert roots_of(out["result"]) == as_set([20 * sp.log(2)])
    assert float(sp.N(20 * sp.log(2))) == pytest.approx(20 * math.log(2))


def right_value_set(question: str, mode: str = "calculus") -> dict:
    """The JSON document of a confidently answered question whose result is a list of roots."""
    out = reason(question).to_dict()
    assert out["answered"], out.get("answer")
    assert out["mode"] == mode
    assert out["confidence"] >= 0.9
    assert all(c["passed"] for c in out["checks"])
    return out
