"""A linear system in indexed names ("λ1 = 8 + 0.004·P1, ... total demand 600 MW, setting λ1 = λ2: P1?"), its total
and its equality said in words; references by numpy, declines where the system has no one solution."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from tests.reason.answers import confident, declined


def _dispatch(intercepts: list[float], slopes: list[float], demand: float) -> np.ndarray:
    """The outputs P of equal incremental costs a_i + b_i P_i = λ with sum P = demand (numpy's solve)."""
    n = len(intercepts)
    a = np.zeros((n + 1, n + 1))
    b = np.zeros(n + 1)
    for i, (c, s) in enumerate(zip(intercepts, slopes, strict=True)):
        a[i, i], a[i, n], b[i] = s, -1.0, -c  # s P_i - λ = -c
    a[n, :n], b[n] = 1.0, demand
    return np.linalg.solve(a, b)[:n]


_TWO = _dispatch([8, 7.5], [0.004, 0.006], 600)
_THREE = _dispatch([8, 7.5, 7], [0.004, 0.006, 0.008], 900)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Economic dispatch, 2 units, no losses. Incremental costs: unit 1 λ1 = 8 + 0.004·P1 $/MWh, unit 2 λ2 = 7.5 + "
            "0.006·P2 $/MWh. Total demand 600 MW, both within limits. Setting λ1 = λ2, what's P1 in MW?",
            _TWO[0],
        ),
        ("λ1 = 8 + 0.004P1, λ2 = 7.5 + 0.006P2, P1 + P2 = 600, λ1 = λ2. Find P1.", _TWO[0]),
        (
            "Economic dispatch of two units: λ1 = 8 + 0.004·P1 and λ2 = 7.5 + 0.006·P2 ($/MWh). Total load 600 MW. At "
            "equal incremental cost, what is P1?",
            _TWO[0],
        ),
        (
            "Two units, λ1 = 8 + 0.004·P1 and λ2 = 7.5 + 0.006·P2. Combined output of 600 MW at equal incremental cost. "
            "Find P2.",
            _TWO[1],
        ),
        (
            "Economic dispatch of three units: λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2, λ3 = 7 + 0.008·P3. Total demand "
            "900 MW, equal incremental cost. Find P3.",
            _THREE[2],
        ),
    ],
)
def test_indexed_system(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert float(sp.Rational(out.result)) == pytest.approx(float(want), rel=1e-9), out.answer
    assert all(check["passed"] for check in out.checks)


@pytest.mark.parametrize(
    "question",
    [
        "Incremental costs λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2. Total demand 600 MW. What's P1?",
        "λ1 = 8 + 0.004P1, λ2 = 7.5 + 0.006P2, P1 + P2 = 600. Find P1.",
        "Economic dispatch: λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2, equal incremental costs. What is P1?",
    ],
)
def test_undetermined_system_declined(question: str) -> None:
    declined(question)
