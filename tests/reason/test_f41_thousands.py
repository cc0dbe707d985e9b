"""f41: numbers with thousands separators in formulas and conversions: a rate named by the process a cumulative
amount counts, a function of t set to a value after "solve for the t where", a dash after a word before the value
of a conversion, and a conversion's target named as the unit a tool reads in."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import constants

from tests.reason.answers import confident, declined, right_value, same_expr

_T = sp.Symbol("t")


@pytest.mark.parametrize(
    "question",
    [
        "cumulative units picked in a shift is modelled as N(t) = 1,200t − 15t² (t = hours since shift start). what's "
        "the instantaneous pick rate at t = 6 h, in units/hour?",
        "units picked so far N(t) = 1,200t - 15t^2, t in hours. instantaneous picking rate at t = 6?",
        "cumulative units picked N(t) = 1,200t − 15t² with t in hours; what is the rate of picking at t = 6 h?",
    ],
)
def test_rate_named_by_the_process_counted(question: str) -> None:
    want = sp.diff(1200 * _T - 15 * _T**2, _T).subs(_T, 6)
    out = confident(question, "calculus")
    assert same_expr(str(out.result), want)


def test_failure_rate_is_no_derivative_of_the_fraction_failed() -> None:
    declined("fraction of units failed F(t) = 1 - e^(-0.01t). what is the instantaneous failure rate at t = 6?")


@pytest.mark.parametrize(
    "question",
    [
        "backlog burn-down model B(t) = 12,000·e^(−0.15t) open orders, t in days. solve for the t where backlog falls "
        "to 3,000 (exact expression please)",
        "backlog B(t) = 12,000·e^(−0.15t) open orders, t in days. solve for t when the backlog drops to 3,000, exact "
        "form",
        "B(t) = 12,000·e^(−0.15t), t in days. solve for t where B reaches 3,000",
    ],
)
def test_solve_for_the_argument_where_the_function_reaches_a_value(question: str) -> None:
    out = confident(question, "algebra")
    got = out.result if isinstance(out.result, list) else [out.result]
    assert len(got) == 1
    assert same_expr(got[0], 20 * sp.log(4) / 3)
    assert float(sp.N(20 * sp.log(4) / 3)) == pytest.approx(math.log(12000 / 3000) / 0.15)


@pytest.mark.parametrize(
    "question",
    [
        "quick one — 2,350 lb pallet load, what's that in kg?",
        "2,350 lb pallet load to kg please",
        "pallet weighs 2,350 lb — what is that in kg",
    ],
)
def test_pounds_with_a_thousands_separator(question: str) -> None:
    right_value(question, 2350 * constants.lb, "unit_conversion", key="value")


@pytest.mark.parametrize(
    "question",
    [
        "customer print says 45 N·m tightening torque, our tool reads lbf·ft — convert pls",
        "drawing calls for 45 N·m torque; our wrench reads in lbf·ft. convert please",
        "spec says 45 N·m, the torque gauge shows lbf·ft, convert",
    ],
)
def test_target_named_as_the_unit_a_tool_reads(question: str) -> None:
    right_value(question, 45 / (constants.lbf * constants.foot), "unit_conversion", key="value")


def test_a_tool_reading_a_value_is_no_target() -> None:
    declined("the spec is 45 N·m, our gauge reads 30 lbf·ft, convert")
