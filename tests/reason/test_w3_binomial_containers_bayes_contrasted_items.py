"""Task w3: binomial counts whose pieces are "a case of twenty" or "I installed twenty of them", a share bad per piece
whose property is said again as "in year one"; Bayes' theorem for a screen whose clean items carry no known word
("legit ones", "tight systems"): the detection is the outcome on the items the prevalence names, the other the false
alarm. References are computed here with scipy and fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(p: Fraction, se: Fraction, fp: Fraction) -> float:
    """P(condition | positive) by Bayes' theorem, in exact fractions."""
    return float(p * se / (p * se + (1 - p) * fp))


def _npv(p: Fraction, se: Fraction, fp: Fraction) -> float:
    """P(no condition | negative) by Bayes' theorem, in exact fractions."""
    return float((1 - p) * (1 - fp) / ((1 - p) * (1 - fp) + p * (1 - se)))


_FRAUD = _ppv(Fraction(2, 100), Fraction(95, 100), Fraction(4, 100))
_LEAK = _ppv(Fraction(5, 100), Fraction(92, 100), Fraction(6, 100))


@pytest.mark.parametrize(
    "q",
    [
        "Historically 3% of quart cans come off the filler with a bad lid seal (independent). Pull a case of twenty. "
        "Probability that at most one is a bad seal?",
        "3% of cans have a bad seal, independently. We grab a case of 20 cans. What is the probability that no more "
        "than 1 has a bad seal?",
        "A case of twenty cans is pulled; 3% of cans are bad seals, independent. Probability at most one is bad?",
    ],
)
def test_case_of_twenty(q: str) -> None:
    right_value(q, stats.binom.cdf(1, 20, 0.03), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "q",
    [
        "3% of the scroll compressors from this batch fail in the first year, independently. I installed twenty of "
        "them this season. Probability that at least two fail in year one?",
        "About 3% of these compressors fail within the first year, independently of each other. We installed 20 of "
        "them. What's the chance at least 2 fail in the first year?",
        "3% of the heat pumps from this supplier fail in their first year, independently. A contractor installed "
        "twenty of them last month. Probability that two or more fail in year one?",
    ],
)
def test_installed_twenty_of_them(q: str) -> None:
    right_value(q, stats.binom.sf(1, 20, 0.03), "probability", rel=1e-9)


def test_case_of_a_load_is_no_count() -> None:
    declined("In the case of 500 N loads, 3% of bolts fail. Probability at most 1 fails?")


@pytest.mark.parametrize(
    "q",
    [
        "2% of orders are fraudulent. The fraud screen flags 95% of fraudulent orders and also flags 4% of legit ones. "
        "Given an order got flagged, what's the probability it's actually fraud?",
        "The fraud filter catches 95% of fraudulent orders but also flags 4% of legitimate orders; 2% of all orders "
        "are fraudulent. If an order is flagged, how likely is it to be fraudulent?",
        "Fraud rate is 2% of orders. Our screen flags 95% of fraudulent orders and 4% of legitimate ones. An order was "
        "flagged: probability it is fraudulent?",
        "Roughly 2 percent of orders turn out to be fraudulent. The screen flags 95% of fraudulent orders; it also "
        "flags 4% of legitimate orders. If an order is flagged, what is the probability that it is fraudulent?",
    ],
)
def test_fraud_screen_ppv(q: str) -> None:
    right_value(q, _FRAUD, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "q",
    [
        "About 5% of the rooftop units we service actually have a refrigerant leak. The electronic sniffer flags 92% "
        "of true leaks but also alarms on 6% of tight systems. If it alarms on a unit, what's the probability there "
        "really is a leak?",
        "5% of units have a refrigerant leak. The sniffer alarms on 92% of leaking units and on 6% of sealed units. "
        "Given an alarm, probability the unit is leaking?",
        "The sniffer detects 92% of real leaks and also alarms on 6% of tight systems; about 5% of systems really "
        "leak. If the sniffer alarms, what is the chance the system truly leaks?",
    ],
)
def test_leak_sniffer_ppv(q: str) -> None:
    right_value(q, _LEAK, "probability", rel=1e-9)


def test_leak_sniffer_npv() -> None:
    q = ("About 5% of the rooftop units actually have a refrigerant leak. The sniffer flags 92% of true leaks but also "
         "alarms on 6% of tight systems. If it does not alarm, what's the probability the unit is leak-free?")  # fmt: skip
    right_value(q, _npv(Fraction(5, 100), Fraction(92, 100), Fraction(6, 100)), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "q",
    [
        # no prevalence: which share is the base rate is not stated
        "The screen flags 95% of fraudulent orders and also flags 4% of legit ones. Given an order got flagged, what's "
        "the probability it's actually fraud?",
        # both outcomes on the same items: which is the false alarm is unclear
        "The screen flags 95% of orders and also flags 4% of orders; 2% of orders are fraudulent. Given a flag, "
        "probability of fraud?",
        "2% of orders are fraudulent. The screen flags 95% of new orders and also flags 4% of old orders. Given a "
        "flag, probability of fraud?",
    ],
)
def test_declines_without_the_pieces(q: str) -> None:
    declined(q)
