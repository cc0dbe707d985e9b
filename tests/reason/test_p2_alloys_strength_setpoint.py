"""Two components told apart by their values only ("one at 12% Si and one at 4% Si"), a dilution whose stock is
named by its strength ("from 99% v/v IPA and WFI"), and a setpoint as a one-sample t-test's hypothesised mean
(task p2). References: sympy's exact solutions and scipy.stats.ttest_1samp, never havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, right_value


def _solution(question: str) -> list[sp.Expr]:
    """The exact amounts of a confident algebra answer."""
    return [sp.nsimplify(to_sympy(r)) for r in confident(question, "algebra").result]


_X, _Y = sp.symbols("x y")
ALLOY = sp.solve([_X + _Y - 500, 12 * _X + 4 * _Y - 7 * 500], [_X, _Y])


@pytest.mark.parametrize(
    "question",
    [
        "I've got two charge alloys, one at 12% Si and one at 4% Si. Need 500 kg of melt at exactly 7% Si. How many "
        "kg of the 12% alloy go in?",
        "We stock two alloys: one is 12% Si, the other is 4% Si. How many kg of the 12% alloy make 500 kg at 7% Si?",
        "Two feeds, one at 4% Si and another at 12% Si; we need 500 kg of 7% Si melt. how much of the 12% feed?",
    ],
)
def test_components_by_value_only(question: str) -> None:
    assert _solution(question) == [ALLOY[_X]]


def test_components_by_value_each() -> None:
    q = "two alloys, one at 12% Si and one at 4% Si. How many kg of each for 500 kg at 7% Si?"
    out = confident(q, "algebra")
    assert "375/2" in out.answer and "625/2" in out.answer
    assert ALLOY[_X] == sp.Rational(375, 2) and ALLOY[_Y] == sp.Rational(625, 2)


def test_components_by_value_asked_neither_declined() -> None:
    declined("two alloys, one at 12% Si and one at 4% Si. How many kg for 500 kg at 7% Si?")


IPA = sp.solve(sp.Eq(99 * _X, 70 * 500), _X)


@pytest.mark.parametrize(
    "question",
    [
        "Preparing 500 mL of 70% v/v IPA for cleanroom wipe-down from 99% v/v IPA and WFI. Ignoring volume "
        "contraction, how many mL of the 99% IPA?",
        "Need 500 mL of 70% v/v isopropanol, made from 99% v/v isopropanol plus purified water. How many mL of the "
        "99% isopropanol?",
        "make 500 mL of 70% v/v IPA using 99% v/v IPA and water; what volume of 99% IPA is needed?",
    ],
)
def test_dilution_stock_by_strength(question: str) -> None:
    assert _solution(question) == IPA


@pytest.mark.parametrize(
    "question",
    [
        "make 500 mL of 70% v/v IPA from 60% v/v IPA and water; how many mL of the 60% IPA?",
        "make 500 mL of 70% v/v IPA using 99% v/v IPA and water; how many L of 99% IPA?",
    ],
)
def test_dilution_stock_by_strength_declined(question: str) -> None:
    declined(question)


TEMPS = [22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0]


@pytest.mark.parametrize(
    "question",
    [
        "thermostat setpoint 22.0 °C. measured zone temps: 22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, "
        "22.0. one-sample t test against the setpoint, two-sided p-value?",
        "Zone temperatures 22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0 with a set point of 22 C. Does "
        "the mean differ from the set point? t-test p value",
    ],
)
def test_setpoint_as_hypothesised_mean(question: str) -> None:
    right_value(question, stats.ttest_1samp(TEMPS, 22.0).pvalue, "hypothesis_test", key="p_value")


def test_setpoint_one_sided() -> None:
    q = (
        "the controller set-point is 22.0. readings: 22.4 22.1 22.6 21.9 22.5 22.8 22.3 22.2 22.7 22.0. is the mean "
        "above the setpoint? one-sided one-sample t-test p"
    )
    want = stats.ttest_1samp(TEMPS, 22.0, alternative="greater").pvalue
    right_value(q, want, "hypothesis_test", key="p_value")
