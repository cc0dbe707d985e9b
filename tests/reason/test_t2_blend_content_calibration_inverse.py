"""t2: a blend whose target is a content stated as an amount ("5.4 kg of protein" in a 50 kg batch) or a total cost of
components priced per unit; a calibration line written with word names solved for the other name at a value."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp

from tests.reason.answers import declined

_X = sp.Symbol("x")


def _amount(total: float, content: float, a: float, b: float) -> float:
    """The amount x of the component at ``a`` with a x + b (total - x) = content (sympy, independent of havoc)."""
    return float(sp.solve(sp.Eq(a * _X + b * (total - _X), content), _X)[0])


@pytest.mark.parametrize(
    "question",
    [
        "We're blending two flours for a 50 kg batch: a strong one at 12% protein and a weaker one at 9%. Need the "
        "batch to hit exactly 5.4 kg of protein total. How many kg of the 12% flour go in?",
        "We mix a strong flour at 12% protein with a weak flour at 9% protein. The 50 kg batch must contain 5.4 kg of "
        "protein. How many kg of the 12% flour?",
        "Blending two flours, one at 12% protein and the other at 9%, into a batch of 50 kg that should carry 5.4 kg "
        "protein. How much of the 12% flour do we need, in kg?",
    ],
)
def test_blend_content_as_amount(question: str) -> None:
    doc = _doc(question)
    assert float(Fraction(doc["result"][0])) == pytest.approx(_amount(50, 5.4, 0.12, 0.09))


@pytest.mark.parametrize(
    "question",
    [
        "We blend two carbon blacks for a tread compound. Grade A costs $42/kg, grade B costs $65/kg. A 50 kg batch "
        "has to cost exactly $2500 in black. How many kg of grade A go in? (exact answer)",
        "Grade A costs $42 per kg and grade B costs $65 per kg. We need a 50 kg blend that costs $2500. How many kg "
        "of grade A?",
        "Two resins: resin A sells for $42/kg, resin B $65/kg. A 50 kg batch at a total cost of $2500 - how many kg "
        "of resin A go in?",
    ],
)
def test_blend_by_price(question: str) -> None:
    doc = _doc(question)
    assert doc["result"] == ["750/23"]
    assert float(Fraction(doc["result"][0])) == pytest.approx(_amount(50, 2500, 42, 65))


@pytest.mark.parametrize(
    "question",
    [
        "Our calibration line is area = 12.4·conc + 3.1 (conc in µg/mL). A sample injection gives area 158.1 — what "
        "conc is that?",
        "Calibration: area = 12.4·conc + 3.1. An unknown reads area 158.1; what conc does that correspond to?",
        "The standard curve is signal = 12.4*conc + 3.1. If a sample gives a signal of 158.1, what is the conc?",
    ],
)
def test_calibration_inverse(question: str) -> None:
    doc = _doc(question)
    want = sp.solve(sp.Eq(sp.Rational(124, 10) * _X + sp.Rational(31, 10), sp.Rational(1581, 10)), _X)[0]
    assert doc["result"] == [str(want)]


@pytest.mark.parametrize(
    "question",
    [
        # the content lies outside what the two components can give: 7 kg in 50 kg is 14%
        "We mix a strong flour at 12% protein with a weak flour at 9% protein. The 50 kg batch must contain 7 kg of "
        "protein. How many kg of the 12% flour?",
        # priced per lb, the batch in kg: not read
        "Grade A costs $42/lb and grade B costs $65/lb. We need a 50 kg blend that costs $2500. How many kg of "
        "grade A?",
    ],
)
def test_blend_content_declines(question: str) -> None:
    declined(question)


def _doc(question: str) -> dict:
    """The JSON document of a question answered in algebra with confidence >= 0.9, every check passing."""
    from havoc_cli.reason.pipeline import reason

    doc = reason(question).to_dict()
    assert doc["answered"], doc["answer"]
    assert doc["mode"] == "algebra"
    assert doc["confidence"] >= 0.9, doc["checks"]
    assert all(c["passed"] for c in doc["checks"])
    return doc


_Q = sp.Symbol("q")
_T = sp.Symbol("t")


@pytest.mark.parametrize(
    ("question", "equation", "var"),
    [
        # a formula said in words ("profit is ...", "oxide follows ...") with a value reached: not the "what ..."
        # reader of a formula written "name = body" (it raised "substring not found" on these)
        (
            "monthly profit is -0.02q^2 + 9q - 400 (k$), q in thousands of units. At what volumes q is profit exactly "
            "zero?",
            sp.Eq(-sp.Rational(2, 100) * _Q**2 + 9 * _Q - 400, 0),
            _Q,
        ),
        (
            "weekly profit is -0.5q^2 + 40q - 600 ($). For what q is the profit equal to 150?",
            sp.Eq(-sp.Rational(1, 2) * _Q**2 + 40 * _Q - 600, 150),
            _Q,
        ),
        (
            "Remaining oxide on the test wafer follows 850 − 3.4t nm (t in seconds of BOE dip). At what t is there "
            "102 nm left?",
            sp.Eq(850 - sp.Rational(34, 10) * _T, 102),
            _T,
        ),
        (
            "Remaining oxide follows 850 − 3.4t nm. At what t does the oxide reach 102 nm?",
            sp.Eq(850 - sp.Rational(34, 10) * _T, 102),
            _T,
        ),
        (
            "count of surviving spores falls as 1000·e^(−0.2t) (t in min). at what t the count reach 50? exact form",
            sp.Eq(1000 * sp.exp(-_T / 5), 50),
            _T,
        ),
        (
            "the number of surviving spores decays like 1000 e^(-0.2t), t in minutes. At what t does the number of "
            "spores reach 50? exact answer please",
            sp.Eq(1000 * sp.exp(-_T / 5), 50),
            _T,
        ),
    ],
)
def test_formula_in_words_reached(question: str, equation: sp.Eq, var: sp.Symbol) -> None:
    doc = _doc(question)
    want = sorted(float(s) for s in sp.solve(equation, var) if s.is_real)
    got = sorted(float(sp.N(sp.parse_expr(s))) for s in doc["result"])  # the engine's exact strings, test-side
    assert got == pytest.approx(want)


@pytest.mark.parametrize(
    "question",
    [
        "ICH approach: LOQ = 10σ/S. Slope S of the calibration curve is 14.8 area units per µg/mL and we need the LOQ "
        "to be no more than 0.5 µg/mL. What's the largest residual SD σ (area units) we can tolerate?",
        "Per ICH, LOQ = 10σ/S. The calibration slope S is 14.8 area units per µg/mL and the LOQ must be at most "
        "0.5 µg/mL. What is the largest residual SD σ we can accept?",
    ],
)
def test_largest_name_under_a_bound(question: str) -> None:
    """The largest sigma "we can tolerate" of LOQ = 10 sigma/S is the formula solved at its bound, not an extreme."""
    doc = _doc(question)
    assert Fraction(doc["result"][0]) == Fraction(5, 10) * Fraction(148, 10) / 10


def test_extreme_of_a_formula_still_calculus() -> None:
    from havoc_cli.reason.pipeline import reason

    doc = reason("f(x) = 3x^2 - 12x + 5. What is the smallest value of f?").to_dict()
    assert doc["mode"] == "calculus" and doc["answered"]
    assert float(doc["result"]) == pytest.approx(3 * 2**2 - 12 * 2 + 5)
