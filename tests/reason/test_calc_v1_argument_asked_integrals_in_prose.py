"""Task v1: an extreme asked by the argument's noun ("at what nitrogen rate is yield maximised") answers the argument,
never the value there; the integral of "the rate" a question defines; bounds that name their time unit ("from day 0
to day 40"); a unit conversion never reads an expression's coefficient as a quantity. References by sympy."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.extremes import extreme_ask_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from plugins.symbolic.calculus_prose import unit_named_bounds
from tests.reason.answers import confident, declined, roots_of, same_expr

_N, _T = sp.symbols("N t", real=True)
_YIELD = sp.Rational(21, 10) + sp.Rational(32, 1000) * _N - sp.Rational(8, 100000) * _N**2
_ARG = sp.solve(sp.diff(_YIELD, _N), _N)[0]  # 200
_PEAK = _YIELD.subs(_N, _ARG)  # 5.3


@pytest.mark.parametrize(
    "question",
    [
        "Our wheat response curve from the trial is Y = 2.1 + 0.032N − 0.00008N² (t/ha, N in kg N/ha). At what "
        "nitrogen rate is yield maximised?",
        "Y = 2.1 + 0.032N - 0.00008N^2 t/ha with N in kg/ha. What nitrogen rate gives the maximum yield?",
        "Y = 2.1 + 0.032N - 0.00008N^2 (t/ha). Which N rate maximises yield?",
        "Yield response Y = 2.1 + 0.032N - 0.00008N^2. Find the nitrogen rate that maximises yield.",
        "Y = 2.1 + 0.032N - 0.00008N^2. How much nitrogen should we apply to maximise yield?",
        "Y = 2.1 + 0.032N - 0.00008N^2. At what level of nitrogen is yield highest?",
    ],
)
def test_the_argument_asked_by_its_noun(question: str) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == {_ARG}, out.answer


@pytest.mark.parametrize(
    "question",
    ["Y = 2.1 + 0.032N - 0.00008N^2. What is the maximum yield?", "Y = 2.1 + 0.032N - 0.00008N^2. What's the peak "
     "yield in t/ha?"],
)  # fmt: skip
def test_the_value_asked_stays_the_value(question: str) -> None:
    out = confident(question, "calculus")
    assert float(to_sympy(str(out.result))) == pytest.approx(float(_PEAK))


def test_at_what_level_alone_is_declined() -> None:
    assert "at what value/level" in declined("Y = 2.1 + 0.032N - 0.00008N^2. At what level does yield peak?")


def test_the_ask_check_fails_a_value_answered_for_at_what() -> None:
    facts = {"op": "extremum_value", "expr": "2.1 + 0.032*n - 0.00008*n^2", "var": "n", "kind": "maximum"}
    plan = Plan("calculus", "show ...", facts)
    check = extreme_ask_check("Y = ... At what nitrogen rate is yield maximised?", plan)
    assert check is not None and not check.passed
    assert extreme_ask_check("Y = ... What is the maximum yield?", plan) is None
    argument = Plan("calculus", "show ...", {**facts, "op": "extremum"})
    assert extreme_ask_check("Y = ... At what nitrogen rate is yield maximised?", argument).passed


_WALL = sp.integrate(sp.Rational(1, 5) * sp.exp(-_T / 8), (_T, 0, 10))  # 8/5 (1 - e^(-5/4))


@pytest.mark.parametrize(
    "question",
    [
        "After the inhibitor programme started, the corrosion rate on our flowline seems to decay like r(t) = "
        "0.2·e^(−t/8) mm/yr (t in years). I think the total wall loss is the integral of the rate, so how much metal "
        "(mm) would we lose over the first 10 years? An exact expression would be great.",
        "corrosion rate r(t) = 0.2 e^(-t/8) mm/yr, t in years. total loss is the integral of the rate: how much over "
        "the first 10 years?",
        "The corrosion rate is r(t) = 0.2 e^(-t/8) mm/yr with t in years. Wall loss is the integral of the corrosion "
        "rate; what is the loss over the first 10 years, exactly?",
        "corrosion rate r(t) = 0.2 e^(-t/8) mm/yr, t in years. How much wall (mm) is lost over the first 10 years?",
    ],
)
def test_the_integral_of_the_rate(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, _WALL), out.answer


_UPTAKE = sp.integrate(sp.Rational(4, 5) * _T * sp.exp(-_T / 20), (_T, 0, 40))  # 320 - 960 e^-2


@pytest.mark.parametrize(
    "question",
    [
        "crop N uptake rate u(t) = 0.8 t e^(-t/20) kg/ha per day, t = days after emergence. integrate from day 0 to "
        "day 40 for total uptake, exact answer",
        "u(t) = 0.8 t e^(-t/20) kg/ha/day, t in days. total uptake from day 0 to day 40?",
        "uptake rate u(t) = 0.8t e^(-t/20) kg/ha per day. integrate it from day 0 to day 40",
        "uptake rate u(t) = 0.8t e^(-t/20) kg/ha per day, t in days. integrate u between day 0 and day 40",
    ],
)
def test_bounds_that_name_their_unit(question: str) -> None:
    out = confident(question, "calculus")
    assert same_expr(out.result, _UPTAKE), out.answer


def test_bounds_in_another_unit_than_t_stay_unread() -> None:
    assert (
        unit_named_bounds("t in hours. integrate from day 0 to day 40") == "t in hours. integrate from day 0 to day 40"
    )
    assert unit_named_bounds("t in days. from day 0 to day 40") == "t in days. from 0 to 40"
    declined("uptake rate u(t) = 0.8t e^(-t/20) kg/ha, t in hours. integrate from day 0 to day 40")


def test_an_expression_coefficient_is_no_quantity_to_convert() -> None:
    declined("Nominal wall is 9.5 mm and the minimum allowable from the B31G assessment is 6.0 mm. Wall loss is "
             "accelerating, cumulative loss ≈ 0.25t + 0.01t² mm after t years. How many years until we hit minimum "
             "wall?")  # fmt: skip
