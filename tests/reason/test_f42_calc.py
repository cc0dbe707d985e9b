"""f42 calculus phrasings: a derivative's point in its variable's unit ("at 400 MW" of "(P = net MW)"), "wrt P of f"
with chatter after it, a limit ending with its sentence, "% released" after a profile, a box named by its square base
with a number said to be ignorable; references by sympy, scipy and math."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

P, x = sp.Symbol("P"), sp.Symbol("x")


def _value(question: str) -> float:
    """The value ``question`` is answered with (confidence >= 0.9, every check passing), as a float."""
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"]), out["checks"]
    return float(to_sympy(out["result"]))


@pytest.mark.parametrize(
    "question",
    [
        "Input/output curve F(P) = 450 + 8.2P + 0.0025P² MMBtu/h (P = net MW). What's the incremental heat rate dF/dP "
        "at 400 MW, in MMBtu/MWh?",
        "Heat input F(P) = 450 + 8.2P + 0.0025P^2 MMBtu/h with P in MW. Find dF/dP at 400 MW.",
        "F(P) = 450 + 8.2P + 0.0025P^2 MMBtu/h, P [MW]. Incremental heat rate dF/dP at 400 MW?",
    ],
)
def test_point_in_the_variables_unit(question: str) -> None:
    want = 8.2 + 2 * 0.0025 * 400
    assert _value(question) == pytest.approx(want, rel=1e-9)


def test_point_in_another_unit_is_no_confident_answer() -> None:
    declined("F(P) = 450 + 8.2P + 0.0025P^2 (P in MW). dF/dP at 400 kW?")


@pytest.mark.parametrize(
    "question",
    [
        "quick one, need the derivative wrt P of P²·ln(P) (it's in a loss-model fit, P in MW). thx",
        "need the derivative wrt P of P^2 ln(P), thx",
        "derivative with respect to P of P² ln P please (P in MW)",
    ],
)
def test_derivative_wrt_first_with_chatter(question: str) -> None:
    out = confident(question, "calculus")
    got = to_sympy(out.to_dict()["result"])
    (var,) = got.free_symbols
    want = sp.diff(P**2 * sp.log(P), P)
    for at in (0.5, 2.7, 40.0):
        assert float(got.subs(var, at)) == pytest.approx(float(want.subs(P, at)), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "while deriving a small-angle approximation for a cam follower someone ends up with lim x→0 of "
        "(1 − cos(3x))/x². what's the limit, exact value please",
        "lim x->0 of (1 - cos(3x))/x^2. What is it exactly?",
        "Someone got lim_{x→0} (1 − cos(3x))/x². What's the value?",
    ],
)
def test_limit_ends_with_its_sentence(question: str) -> None:
    want = float(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0))
    assert _value(question) == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "Dissolution profile modeled as F(t) = 100(1 − e^(−0.15t)) % released, t in minutes. What is the area under "
        "the curve from t = 0 to t = 30 min (units %·min)?",
        "F(t) = 100(1 - e^(-0.15t)) % dissolved, t in min. Area under the curve from t = 0 to 30 min?",
        "Dissolution F(t) = 100(1 − e^(−0.15t)) % released (t in minutes). What's the AUC from 0 to 30 min "
        "(units %·min)?",
    ],
)
def test_percent_with_what_it_measures(question: str) -> None:
    want = integrate.quad(lambda t: 100 * (1 - math.exp(-0.15 * t)), 0, 30)[0]
    assert _value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Packaging engineering is designing an open-top corrugated tote with a square base and a required volume of "
        "32,000 cm³. Board thickness is 4 mm but can be ignored, and every face uses the same board, so the goal is "
        "to minimize total surface area (base plus four sides, no lid). What base side length, in cm, minimizes the "
        "material used?",
        "An open-top tote with a square base must hold 32,000 cm³. Board thickness is 3 mm but can be ignored. What "
        "base side length, in cm, minimizes the material used (base plus four sides)?",
        "An open-top box on a square base holds 32000 cm^3 (the 3 mm wall thickness is negligible). Which base side, "
        "in cm, gives the least surface area?",
    ],
)
def test_square_base_vessel_with_ignorable_number(question: str) -> None:
    want = (2 * 32000) ** (1 / 3)  # d/dx (x^2 + 4V/x) = 0 -> x^3 = 2V
    out = confident(question, "calculus").to_dict()
    assert [float(to_sympy(v)) for v in out["result"]] == pytest.approx([want])


def test_unignored_distractor_still_counts() -> None:
    declined(
        "An open-top tote with a square base must hold 32,000 cm³. Board thickness is 3 mm. What base side length, "
        "in cm, minimizes the material used (base plus four sides)?"
    )
