"""Branch g12 (f50): one unknown of a linear system asked by a verb ("tell me q3", "report c1", "give me q1", "I need
c2") or closing the words after the last equation is answered by its value, not the whole vector; unknowns named by
words with a letter in brackets ("pale (x), munich (y), crystal (z)"), used by either name in the equations ("pale =
3 × (munich + crystal)"), summed by a total in words ("total 1200 lb") and asked by the word ("how many lb munich?").
Near misses keep the vector or decline. References by sympy and numpy, independently of havoc's engines."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from plugins.symbolic.linear_system import asked_unknown, grouped_terms
from tests.reason.answers import confident, declined

Q = sp.symbols("q1 q2 q3")
BRANCHES = [Q[0] + Q[1] + Q[2] - 120, Q[0] - Q[1] - 10, 2 * Q[1] - Q[2] - 5]
((Q1, Q2, Q3),) = sp.linsolve(BRANCHES, Q)
UV = np.linalg.solve(np.array([[0.052, 0.011], [0.008, 0.047]]), np.array([0.614, 0.482]))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("For the three-branch loop at the Pine/Oak junction I have these relations between the branch flows (L/s):\n"
         "  1. q1 + q2 + q3 = 120\n  2. q1 − q2 = 10\n  3. 2·q2 − q3 = 5\nPlease solve the system and tell me q3.", Q3),
        ("branch flows: q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. solve it and give me q1", Q1),
        ("q1 + q2 + q3 = 120; q1 - q2 = 10; 2q2 - q3 = 5. print q2 please", Q2),
        ("q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. Solve the system; the middle branch, q2 (L/s)?", Q2),
    ],
)  # fmt: skip
def test_one_unknown_asked_by_a_verb(question: str, want: sp.Expr) -> None:
    out = confident(question)
    assert sp.Rational(out.result) == want, out.result


@pytest.mark.parametrize(
    ("question", "index"),
    [
        ("2-component UV assay (Vierordt); at λ1: 0.052·c1 + 0.011·c2 = 0.614 AU; at λ2: 0.008·c1 + 0.047·c2 = 0.482 "
         "AU; c in µg/mL. solve the system, report c1", 0),
        ("Vierordt two-wavelength assay: 0.052c1 + 0.011c2 = 0.614 and 0.008c1 + 0.047c2 = 0.482. I need c2 (µg/mL).",
         1),
    ],
)  # fmt: skip
def test_one_concentration_reported(question: str, index: int) -> None:
    out = confident(question)
    assert float(sp.Rational(out.result)) == pytest.approx(UV[index], rel=1e-9)


def test_asked_unknown_reader() -> None:
    names = ["x", "y"]
    assert asked_unknown("x + y = 3, x - y = 1. I need y", names) == "y"
    assert asked_unknown("x + y = 3, x - y = 1. solve the system and give me the value of y please", names) == "y"
    assert asked_unknown("x + y = 3, x - y = 1. solve, give me x and y", names) is None
    assert asked_unknown("x + y = 3, x - y = 1. solve the system, x is in kg", names) is None
    assert asked_unknown("x + y = 3, x - y = 1. solve the system", names) is None


def test_several_asked_keep_the_vector() -> None:
    out = confident("q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. solve the system and tell me q1 and q3")
    assert str(out.result) == str(sp.Matrix([Q1, Q2, Q3]))


def test_expression_reported_still_declined() -> None:
    assert "expression of the unknowns" in declined(
        "q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. solve, report q1 + q2"
    )


def test_grouped_terms() -> None:
    y, z = sp.symbols("y z")
    assert grouped_terms("3 * (y + z)") == {"y": 3, "z": 3}
    assert grouped_terms("x - 2(y - 1)") == {"x": 1, "y": -2, None: 2}
    for product in ("x(y + z)", "(x + y)(x - y)", "(x + y) 2", "x 3(y)"):
        with pytest.raises(ValueError):
            grouped_terms(product)


def _named(rows: list[list[float]], rhs: list[float], index: int) -> float:
    return float(np.linalg.solve(np.array(rows, float), np.array(rhs, float))[index])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("grain bill sanity check — 3 malts, pale (x), munich (y), crystal (z), all lb. total 1200 lb; extract: 0.80x "
         "+ 0.78y + 0.74z = 950 lb; and pale = 3 × (munich + crystal). solve the system, how many lb munich?",
         _named([[1, 1, 1], [0.80, 0.78, 0.74], [1, -3, -3]], [1200, 950, 0], 1)),
        ("Two alloys, brass (b) and bronze (r), in kg. total 500 kg; copper balance: 0.7b + 0.9r = 410. how much "
         "bronze?", _named([[1, 1], [0.7, 0.9]], [500, 410], 1)),
        ("Feed mix of corn (c), soy (s), oats (o): c + s + o = 100 kg; soy = 2 × oats; 0.09c + 0.44s + 0.12o = 18 kg "
         "protein. What is corn?", _named([[1, 1, 1], [0, 1, -2], [0.09, 0.44, 0.12]], [100, 0, 18], 0)),
    ],
)  # fmt: skip
def test_unknowns_named_by_words_and_letters(question: str, want: float) -> None:
    out = confident(question, "algebra").to_dict()
    assert float(sp.Rational(out["result"])) == pytest.approx(want, rel=1e-9)
    assert all(check["passed"] for check in out["checks"]), out["checks"]


@pytest.mark.parametrize(
    "question",
    [
        # a total is missing: two equations for three unknowns
        "grain bill — 3 malts, pale (x), munich (y), crystal (z), all lb. extract: 0.80x + 0.78y + 0.74z = 950 lb; "
        "and pale = 3 × (munich + crystal). solve the system, how many lb munich?",
        # two totals: which one sums the unknowns is unsure
        "Two alloys, brass (b) and bronze (r), in kg. total 500 kg; copper: 0.7b + 0.9r = 410; total 600. how much "
        "bronze?",
    ],
)
def test_unsure_named_systems_decline(question: str) -> None:
    declined(question)


def test_missing_equation_says_what_is_needed() -> None:
    answer = declined("grain bill — 3 malts, pale (x), munich (y), crystal (z), all lb. extract: 0.80x + 0.78y + "
                      "0.74z = 950 lb; and pale = 3 × (munich + crystal). solve the system, how many lb munich?")  # fmt: skip
    assert "need 3 equations" in answer
