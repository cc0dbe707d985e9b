"""z1: a root asked positive or physical ("(positive) N", "the physically meaningful N", "the physical root",
"non-negative N", "N > 0") is the root > 0 of the equation (sympy's real roots, those > 0, independently), a sign
check fails a negative root answered; a linear system written as equations in letters answers in mode algebra, one
in matrix notation in linear_algebra (numpy's solve as reference)."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from havoc_cli.reason.signs import asks_sign, sign_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from tests.reason.answers import confident

_N = sp.symbols("N", real=True)
_CRACK = [r for r in sp.solve(sp.Rational(2, 1000) * _N**2 + sp.Rational(1, 10) * _N - 30, _N) if r > 0]

SIGNED = [
    "Crack length model for a BGA corner joint: a(N) = 0.002N² + 0.1N (µm, N = thermal cycles). Solve a(N) = 30 µm "
    "for the physically meaningful (positive) N.",
    "Crack length a(N) = 0.002N^2 + 0.1N in µm. Solve a(N) = 30 for the physically meaningful N.",
    "Crack growth a(N) = 0.002N^2 + 0.1N. Find the physical root of a(N) = 30.",
    "a(N) = 0.002N^2 + 0.1N; solve a(N) = 30 for non-negative N.",
    "a(N) = 0.002N^2 + 0.1N; solve a(N) = 30 with N > 0.",
    "Solve 0.002N^2 + 0.1N = 30 for positive N.",
    "Solve 0.002N^2 + 0.1N = 30 for the positive N.",
]


@pytest.mark.parametrize("question", SIGNED)
def test_a_positive_or_physical_root_asked_is_the_positive_one(question: str) -> None:
    out = confident(question, "algebra")
    assert [sp.nsimplify(to_sympy(r)) for r in out.result] == _CRACK
    assert any(c["name"].startswith("the root asked positive") and c["passed"] for c in out.to_dict()["checks"])


def test_both_roots_asked_are_both_given() -> None:
    out = confident("Solve x^2 - x - 6 = 0, give both roots, I'll throw out the negative one", "algebra")
    x = sp.symbols("x", real=True)
    assert sorted(sp.nsimplify(to_sympy(r)) for r in out.result) == sorted(sp.solve(x**2 - x - 6, x))


def test_the_sign_check_fails_a_negative_root_answered() -> None:
    plan = Plan("algebra", "show solve(0.002*n^2 + 0.1*n == 30, n)", {"op": "solve"})
    question = SIGNED[0]
    check = sign_check(question, plan, {"result": ["-150", "100"]}, to_sympy)
    assert check is not None and not check.passed
    assert sign_check(question, plan, {"result": ["100"]}, to_sympy).passed
    assert not asks_sign("give both roots, the positive and the negative")
    assert sign_check("solve x^2 = 4", plan, {"result": ["-2", "2"]}, to_sympy) is None


@pytest.mark.parametrize(
    ("question", "a", "b", "asked"),
    [
        ("3a + 2b = 16 and a − b = 2. What is a?", [[3, 2], [1, -1]], [16, 2], 0),
        ("Given 3a + 2b = 16 and a - b = 2, find a.", [[3, 2], [1, -1]], [16, 2], 0),
        ("If 3a + 2b = 16 and a - b = 2, what's b?", [[3, 2], [1, -1]], [16, 2], 1),
    ],
)
def test_a_system_in_letters_is_algebra(question: str, a: list, b: list, asked: int) -> None:
    out = confident(question, "algebra")
    want = np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))[asked]
    assert float(to_sympy(out.result)) == pytest.approx(want)
    assert any(c["name"].startswith("numpy.linalg.solve") for c in out.to_dict()["checks"])  # the linsolve audit ran


@pytest.mark.parametrize(
    "question",
    [
        "Solve A x = b with A = [[3, 2], [1, -1]] and b = [16, 2]",
        "solve the linear system with coefficient matrix rows 3 2; 1 -1 and right-hand side 16 2",
        "solve the system with augmented matrix [[3, 2, 16], [1, -1, 2]]",
    ],
)
def test_a_system_in_matrix_notation_stays_linear_algebra(question: str) -> None:
    out = confident(question, "linear_algebra")
    want = np.linalg.solve(np.array([[3, 2], [1, -1]], dtype=float), np.array([16, 2], dtype=float))
    got = [float(v) for v in sp.sympify(out.result)]  # the engine's printed matrix, never user text
    assert got == pytest.approx(list(want))
