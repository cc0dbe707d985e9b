"""s2: probability and mixture word problems read from everyday phrasings: a screen's outcome as an "indication"
(Bayes), a rate "1 in 10,000 units" with a "5,000-unit" media fill (binomial), a bare "99%" stock whose basis the
text gives elsewhere (dilution), and two labelled rates per unit of amount sharing a total (a blend by its total of
the rate). References are computed here with scipy and sympy."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import confident, declined, right_value


def _ppv(p: float, se: float, sp_: float) -> float:
    """P(condition | positive) by Bayes' theorem."""
    return p * se / (p * se + (1 - p) * (1 - sp_))


_WELDS = (
    "UT on these butt welds: if a real lack-of-fusion flaw is there the scan flags it 92% of the time; on a sound weld "
    "it throws a false indication 6% of the time. About 4% of welds actually have the flaw. Given an indication, "
    "what's the probability the weld really is flawed?",
    "Ultrasonic testing of welds: when a crack is present the probe gives an indication 92% of the time; on sound "
    "welds it gives a false indication 6% of the time. 4% of welds contain a crack. If the probe indicates, what is "
    "the probability the weld is actually cracked?",
)
_TUBES = (
    "An eddy-current probe flags 92% of cracked tubes and gives a false indication on 6% of sound tubes; 4% of tubes "
    "are actually cracked. "
)


@pytest.mark.parametrize("question", _WELDS)
def test_indication_is_a_positive_outcome(question: str) -> None:
    right_value(question, _ppv(0.04, 0.92, 0.94), "probability", rel=1e-9)


def test_indication_asks_the_clean_state_and_the_negative_outcome() -> None:
    sound = _TUBES + "Given an indication, how likely is it that the tube is sound?"
    right_value(sound, 1 - _ppv(0.04, 0.92, 0.94), "probability", rel=1e-9)
    missed = _TUBES + "Given no indication, what is the probability the tube is really cracked?"
    want = 0.04 * 0.08 / (0.04 * 0.08 + 0.96 * 0.94)
    right_value(missed, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "If the true contamination rate of an aseptic process were 1 in 10,000 units, what is the probability that a "
        "media fill of 5,000 units yields zero positive units? Use the exact binomial model.",
        "Suppose the contamination rate is 1 in 10,000 units. What's the chance a 5,000-unit media fill has no "
        "contaminated units? Exact binomial.",
        "With a true contamination rate of 1 in 10000, what is the probability that none of 5000 filled units are "
        "positive (binomial)?",
    ],
)
def test_rate_one_in_n_units_with_thousands(question: str) -> None:
    right_value(question, stats.binom.pmf(0, 5000, 1e-4), "probability", rel=1e-9)


def test_rate_one_in_n_at_least_one() -> None:
    q = (
        "A process has a contamination rate of 1 in 10,000 units. In a media fill of 5,000 units, what is the "
        "binomial probability of at least one positive unit?"
    )
    right_value(q, stats.binom.sf(0, 5000, 1e-4), "probability", rel=1e-9)


def test_ratio_terms_are_no_count_of_items() -> None:
    q = "The defect rate is 1 in 200. What is the probability that none of 50 parts are defective?"
    right_value(q, stats.binom.pmf(0, 50, 1 / 200), "probability", rel=1e-9)


_X = sp.Symbol("x")


@pytest.mark.parametrize(
    "question",
    [
        "Preparing 500 mL of 70% v/v IPA for cleanroom wipe-down from 99% v/v IPA and WFI. Ignoring volume contraction "
        "(assume volumes are additive), how many mL of the 99% stock are needed? Exact fraction.",
        "Make 500 mL of 70% v/v IPA from a 99% v/v stock plus WFI; how much of the 99% stock is needed (mL)?",
    ],
)
def test_bare_percent_stock_takes_its_stated_basis(question: str) -> None:
    out = confident(question, "algebra")
    want = sp.solve(sp.Eq(99 * _X, 70 * 500), _X)
    assert [sp.Rational(r) for r in out.result] == want


def test_bare_percent_stock_without_a_basis_is_declined() -> None:
    declined("Make 500 mL of 70% v/v IPA from a 99% stock plus WFI; how much of the stock is needed (mL)?")


_A, _B = sp.symbols("a b")
_LOAD = sp.solve([sp.Eq(_A + _B, 900), sp.Eq(sp.Rational(55, 100) * _A + sp.Rational(68, 100) * _B, 540)], [_A, _B])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant "
         "meter shows 540 kW total. How many tons is chiller A carrying?", _A),
        ("Two chillers split a 900-ton load: chiller 1 at 0.55 kW/ton, chiller 2 at 0.68 kW/ton; total power is 540 "
         "kW. How many tons does chiller 2 carry?", _B),
        ("Two lines share 900 tons of output. Line A uses 0.55 kWh/ton, line B uses 0.68 kWh/ton, and the total "
         "energy is 540 kWh. How many tons does line B make?", _B),
    ],
)  # fmt: skip
def test_two_rates_sharing_a_total(question: str, asked: sp.Symbol) -> None:
    out = confident(question, "algebra")
    assert [sp.Rational(r) for r in out.result] == [_LOAD[asked]]
    assert float(_LOAD[_A]) == pytest.approx(553.8461538461538)


def test_two_rates_sharing_a_total_each() -> None:
    q = (
        "Two lines share 900 tons of output. Line A uses 0.55 kWh/ton, line B uses 0.68 kWh/ton, and the total "
        "energy is 540 kWh. How many tons does each line make?"
    )
    out = reason(q)
    assert out.answered and out.confidence >= 0.9
    assert "7200/13" in str(out.result) and "4500/13" in str(out.result)


@pytest.mark.parametrize(
    "question",
    [
        # a total of the rate no split gives
        "Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant "
        "meter shows 700 kW total. How many tons is chiller A carrying?",
        # the ask is the rate's total for one, not the amount
        "Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant "
        "meter shows 540 kW total. How many kW is chiller A drawing?",
    ],
)
def test_two_rates_declined(question: str) -> None:
    declined(question)
