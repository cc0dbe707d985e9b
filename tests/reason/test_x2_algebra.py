"""x2: a ticket label before an equation with every root asked, equations inline among prose, a formula's values
read by declared units, and two groups by their total and a comparison in words (references: math, sympy)."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined


def _roots(out) -> set[float]:
    return {float(sp.Rational(r)) for r in out.result}


@pytest.mark.parametrize(
    "question",
    [
        "TKT-4471: solve t² − 7t − 60 = 0 for t (turn-time model fit, want both roots even the nonsense negative one)",
        "TKT-4471: solve t^2 - 7t - 60 = 0 for t, including the negative root",
        "RFC 88: solve t^2 - 7*t - 60 = 0 for t (both roots please)",
    ],
)
def test_every_root_asked_with_a_label(question: str) -> None:
    disc = math.sqrt(49 + 240)
    assert _roots(confident(question, "algebra")) == {(7 - disc) / 2, (7 + disc) / 2}


@pytest.mark.parametrize(
    "question",
    [
        "Two cartoners, A and B. This week A ran a hours and B ran b hours, a + b = 800 machine-hours total; A draws "
        "2 kW and B 3 kW and the energy log says 2a + 3b = 1900 kWh. What is a?",
        "Press A ran a hours and press B ran b hours: a + b = 800 machine-hours in all, and the meter says 2a + 3b = "
        "1900 kWh. What is a?",
    ],
)
def test_equations_inline_among_prose(question: str) -> None:
    a, b = sp.symbols("a b")
    want = sp.solve([a + b - 800, 2 * a + 3 * b - 1900], [a, b])[a]
    assert confident(question, "algebra").result == str(want)


@pytest.mark.parametrize(
    "question",
    [
        "Using the rational formula Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha), what rainfall intensity i gives a "
        "peak of 4.2 m³/s from a 35 ha industrial estate with C = 0.6?",
        "Rational method: Q = C*i*A/360 with Q in m3/s, i in mm/h and A in ha. For C = 0.6, what i produces 4.2 m3/s "
        "off 35 ha?",
    ],
)
def test_values_by_declared_unit(question: str) -> None:
    (root,) = _roots(confident(question, "algebra"))
    assert root == pytest.approx(4.2 * 360 / (0.6 * 35))


def test_two_values_in_one_unit_declined() -> None:
    declined("Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha): what i gives 4.2 m³/s from 35 ha and 20 ha with C = 0.6?")


@pytest.mark.parametrize(
    ("question", "total", "relation", "asked"),
    [
        ("Two sections of the algebra course have fifty-eight students between them, and section A has six more "
         "students than section B. How many students are in section B?", 58, (1, -1, 6), "B"),
        ("Line A and line B made 90 units altogether, and line A made twice as many units as line B. How many units "
         "did line A make?", 90, (1, -2, 0), "A"),
        ("Two crews laid 47 metres of pipe combined; crew A laid 3 fewer metres than crew B. How many metres did crew "
         "B lay?", 47, (1, -1, -3), "B"),
    ],
)  # fmt: skip
def test_total_and_comparison_in_words(question: str, total: int, relation: tuple, asked: str) -> None:
    a, b = sp.symbols("A B")
    solution = sp.solve([a + b - total, relation[0] * a + relation[1] * b - relation[2]], [a, b])
    want = solution[a if asked == "A" else b]
    assert confident(question, "algebra").result == str(want)
