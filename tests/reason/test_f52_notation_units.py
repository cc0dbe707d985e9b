"""Notation and unit-conversion routing: a limit asked with "= ?" after its body ("lim x→0 of (...)/x² = ?"), "w/"
and "w/o" written for "with" and "without" (never a variable w), a defined function's extreme whose parameters are
subscripted in LaTeX ("\\frac{k_1 L_0}{k_2 - k_1}") and set joined with a unit per day ("k1 = 0.2 /d"), an engineering
"design flow" converted (no experiment design), and a conversion asked exactly ("Exact value please") answered by its
exact value, the other quantities around it ("for 15 s") no value of it."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp
from scipy import constants

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident, declined

x, t = sp.symbols("x t", real=True)


def _limit(expr: sp.Expr) -> sp.Expr:
    """The limit of ``expr`` as x -> 0, by sympy."""
    return sp.limit(expr, x, 0)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("quick one from the torque-angle model review: lim x→0 of (e^(2x) − 1 − 2x)/x² = ? exact val",
         _limit((sp.exp(2 * x) - 1 - 2 * x) / x**2)),
        ("lim x→0 of (1 - cos(3x))/x² =?", _limit((1 - sp.cos(3 * x)) / x**2)),
        ("lim_{x->0} sin(5x)/x = ?", _limit(sp.sin(5 * x) / x)),
    ],
)  # fmt: skip
def test_limit_asked_by_equals(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert sp.simplify(sp.sympify(out.result) - want) == 0


def test_limit_with_a_stated_value_is_no_ask() -> None:
    declined("lim x→0 of (e^(2x) − 1 − 2x)/x² = 3, true?")


@pytest.mark.parametrize(
    ("question", "poly"),
    [
        ("rearranging a rating curve thing and ended up w/ 2x^2 − 5x − 3 = 0. all the roots pls (i'll throw out the "
         "nonphysical one myself)", 2 * x**2 - 5 * x - 3),
        ("ended up w/ x^2 - 5x + 6 = 0 after simplifying, roots?", x**2 - 5 * x + 6),
        ("got to x^2 - 7x + 12 = 0 w/ the substitution. roots?", x**2 - 7 * x + 12),
    ],
)  # fmt: skip
def test_with_shorthand_is_no_variable(question: str, poly: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert {sp.Rational(r) for r in out.result} == set(sp.solve(poly, x))


def test_w_divided_by_two_stays_a_variable() -> None:
    out = confident("w/2 + 3 = 7, solve for w", "algebra")
    assert out.result == ["8"]


def _peak_time(k1: float, k2: float) -> float:
    """The time of the Streeter-Phelps deficit's maximum, ln(k2/k1)/(k2 - k1), found by sympy from D'(t) = 0."""
    k1_, k2_ = sp.nsimplify(k1), sp.nsimplify(k2)
    deficit = k1_ / (k2_ - k1_) * (sp.exp(-k1_ * t) - sp.exp(-k2_ * t))
    (root,) = sp.solve(sp.diff(deficit, t), t)
    return float(root)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (r"streeter-phelps hw: deficit D(t) = \frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}) with initial deficit "
         "D0 = 0, k1 = 0.2 /d (deox), k2 = 0.5 /d (reaeration), L0 = 20 mg/L. at what time t (days) is the deficit "
         "maximum? exact form is fine", _peak_time(0.2, 0.5)),
        (r"BOD model: D(t) = \frac{k_1 L_0}{k_2 - k_1}(e^{-k_1 t} - e^{-k_2 t}), k1 = 0.25 /d, k2 = 0.5 /d, L0 = 15 "
         "mg/L. when is D(t) at its maximum?", _peak_time(0.25, 0.5)),
        ("deficit D(t) = (k1*L0/(k2 - k1))*(e^(-k1*t) - e^(-k2*t)) with k1 = 0.2 /d, k2 = 0.5 /d, L0 = 20 mg/L. at "
         "what time t (days) is the deficit maximum?", _peak_time(0.2, 0.5)),
    ],
)  # fmt: skip
def test_extreme_of_subscripted_formula(question: str, want: float) -> None:
    out = confident(question, "calculus")
    got = out.result[0] if isinstance(out.result, list) else out.result
    assert float(sp.sympify(got)) == pytest.approx(want, rel=1e-12)


def test_subscripted_parameter_without_value_declines() -> None:
    declined(r"deficit D(t) = \frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}), k1 = 0.2 /d, k2 = 0.5 /d. at what "
             "time t is the deficit maximum?")  # fmt: skip


def test_initial_value_zero_still_lets_a_root_ask_decline() -> None:
    declined(r"deficit D(t) = \frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}) with D0 = 0, k1 = 0.2 /d, k2 = 0.5 "
             "/d, L0 = 20. at what time t is D = 0 and D maximum?")  # fmt: skip


_MGD = 1e6 * constants.gallon / constants.day  # m^3/s


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("plant design flow is 15 MGD (US gallons). what is that in m³/s?", 15 * _MGD),
        ("the design capacity is 40 MGD; convert to m^3/day", 40 * _MGD * constants.day),
        ("design discharge of 350 cfs. in m3/s?", 350 * constants.foot**3),
        ("the design load is 2500 lbf, what is that in kN?", 2500 * constants.lbf / 1e3),
    ],
)
def test_design_quantity_is_a_conversion(question: str, want: float) -> None:
    out = confident(question, "unit_conversion")
    assert out.result["value"] == pytest.approx(want, rel=1e-9)


def test_design_of_an_experiment_stays_design() -> None:
    out = confident("design a 2^3 full factorial for flow, pressure and temperature", "design")
    assert out.result["runs"] == 8


def _exact_temperature(value: int, source: str, target: str) -> Fraction:
    """A temperature between Fahrenheit and Celsius, exactly (checked against scipy.constants)."""
    want = (Fraction(value) - 32) * Fraction(5, 9) if source == "F" else Fraction(value) * Fraction(9, 5) + 32
    assert float(want) == pytest.approx(constants.convert_temperature(value, source, target), rel=1e-12)
    return want


@pytest.mark.parametrize(
    ("question", "value", "source", "target"),
    [
        ("Hi Martin,\n\nA US customer's audit checklist quotes the HTST legal minimum as 161 °F for 15 s. What is 161 "
         "°F in degrees Celsius? Exact value please, our SOPs are in °C.\n\nThanks,\nAoife", 161, "F", "C"),
        ("what is 350 °F in °C? exact please", 350, "F", "C"),
        ("the spec says hold at 72 °C for 15 s. what is 72 °C in °F, as an exact fraction?", 72, "C", "F"),
    ],
)  # fmt: skip
def test_exact_conversion(question: str, value: int, source: str, target: str) -> None:
    out = confident(question, "unit_conversion")
    want = _exact_temperature(value, source, target)
    assert Fraction(str(out.result["value"])) == want == Fraction(out.result["exact"])
    # a fraction whose decimal never ends is given as the fraction; one that ends (808/5) as its decimal, exact too
    assert isinstance(out.result["value"], str) == (want.denominator % 3 == 0)


def _celsius(fahrenheit: int) -> Fraction:
    """Degrees Fahrenheit in Celsius, exactly."""
    return _exact_temperature(fahrenheit, "F", "C")


def test_exact_asked_of_a_decimal_definition_is_not_confident() -> None:
    declined("what is 1 psi in kPa? exact value please")  # psi is defined by a decimal: no exact value read


def test_unused_quantity_of_the_same_dimension_still_fails_the_reading() -> None:
    declined("convert 5 ft to m, 3 in aside")


def test_decimal_conversion_without_exact_ask_keeps_its_float() -> None:
    out = reason("what is 161 °F in degrees Celsius?")
    assert out.answered and isinstance(out.result["value"], float)
    assert out.result["value"] == pytest.approx(float(_celsius(161)), rel=1e-12)
