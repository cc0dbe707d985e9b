"""Probability questions whose parameters are in prose, and a pressure in psf: a binomial's p as a rate per the items
counted ("5% per patient ... we enroll 20 patients ... at least 2 patients"), its trials named by a length ("each 3 m
core run ... 12 runs drilled") beside a class of the event in brackets ("a sheared zone (RQD<25%)"), an exponential's
mean written with its symbol ("mean \\mu = 18 months"), Bayes' theorem with a "prior" and a "false-flags" rate, and
pound-force (kip) per square foot converted. References: scipy.stats, Bayes' theorem in floats, scipy.constants; near
misses are declined."""

from __future__ import annotations

import pytest
from scipy import constants, stats

from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "If the true rate of a grade 3 adverse event is 5% per patient and we enroll 20 patients (independent), "
            "what is P(at least 2 patients have the AE)? exact binomial",
            stats.binom.sf(1, 20, 0.05),
        ),
        (
            "The risk of a serious wound infection is 3% per patient; we operate on 40 patients, outcomes "
            "independent. P(at most 1 patient infected)?",
            stats.binom.cdf(1, 40, 0.03),
        ),
        (
            "incidence of post-op delirium is 12% per patient. 25 patients, independent. probability that exactly 3 "
            "patients develop delirium?",
            stats.binom.pmf(3, 25, 0.12),
        ),
    ],
)
def test_binomial_rate_per_item_counted(question: str, want: float) -> None:
    right_value(question, float(want), "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "each 3 m core run in this hole has a 0.30 chance of hitting a sheared zone (RQD<25%), runs independent. "
            "12 runs drilled — P(exactly 4 sheared)? exact binomial",
            stats.binom.pmf(4, 12, 0.30),
        ),
        (
            "each 2 m core run has a 25% chance of hitting a fault zone (RQD < 25%), runs independent. 10 runs "
            "drilled. P(at most 2 runs hit the fault)?",
            stats.binom.cdf(2, 10, 0.25),
        ),
        (
            "every 5 m pile segment independently has a 10% chance of hitting a boulder; 8 segments driven. P(no more "
            "than 1 segment hits a boulder)? exact binomial",
            stats.binom.cdf(1, 8, 0.10),
        ),
    ],
)
def test_binomial_trials_named_by_length(question: str, want: float) -> None:
    right_value(question, float(want), "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "time to relapse is exponential with mean \\mu = 18 months. what's the probability a patient is still "
            "relapse-free at 24 months?",
            stats.expon.sf(24, scale=18),
        ),
        (
            "Time to failure is exponential with mean $\\theta$ = 5000 h. Probability a unit survives past 3000 h?",
            stats.expon.sf(3000, scale=5000),
        ),
        ("lifetimes are exponential, mean μ = 2 years. P(fails within 1 year)?", stats.expon.cdf(1, scale=2)),
    ],
)
def test_exponential_mean_with_symbol(question: str, want: float) -> None:
    right_value(question, float(want), "probability", rel=1e-9)


def _ppv(prior: float, sensitivity: float, false_positive: float) -> float:
    """P(condition | positive) by Bayes' theorem."""
    return prior * sensitivity / (prior * sensitivity + (1 - prior) * false_positive)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "karst site. prior: 4% of footing locations sit over a void. GPR flags a real void 90% of the time, "
            "false-flags 8% of solid ground. GPR flags a location — P(actually a void)?",
            _ppv(0.04, 0.90, 0.08),
        ),
        (
            "prior: 2% of welds have a lack-of-fusion defect. UT detects a real defect 85% of the time and "
            "false-flags 5% of good welds. a weld is flagged — P(it actually has a defect)?",
            _ppv(0.02, 0.85, 0.05),
        ),
        (
            "base rate: 10% of piles are defective. the integrity test flags 95% of defective piles but false flags "
            "12% of sound ones. given a pile is flagged, probability it is actually defective?",
            _ppv(0.10, 0.95, 0.12),
        ),
    ],
)
def test_bayes_prior_and_false_flags(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want", "unit"),
    [
        (
            "old US report gives allowable bearing 4000 psf (lbf/ft²). what's that in kPa?",
            4000 * constants.lbf / constants.foot**2 / 1e3,
            "kPa",
        ),
        (
            "allowable soil bearing pressure is 2.5 ksf. what is that in kPa?",
            2.5e3 * constants.lbf / constants.foot**2 / 1e3,
            "kPa",
        ),
        ("convert 150 kPa to psf", 150e3 / (constants.lbf / constants.foot**2), "psf"),
    ],
)
def test_pounds_force_per_square_foot(question: str, want: float, unit: str) -> None:
    out = right_value(question, want, "unit_conversion", rel=1e-9, key="value")
    assert out["result"]["unit"] == unit


@pytest.mark.parametrize(
    "question",
    [
        # no independence said: a rate per patient is no binomial's p
        "If the true rate of a grade 3 adverse event is 5% per patient and we enroll 20 patients, what is P(at least "
        "2 patients have the AE)?",
        # a rate per year is no probability per unit
        "failure rate is 2% per year for each of 10 independent units. P(at least 1 unit fails)?",
        # no count of runs drilled
        "each 3 m core run has a 0.30 chance of hitting a sheared zone (RQD<25%). P(exactly 4 sheared)?",
        # lambda written as a time
        "time to relapse is exponential with \\lambda = 18 months. probability still relapse-free at 24 months?",
        # no prior
        "karst site. GPR flags a real void 90% of the time, false-flags 8% of solid ground. GPR flags a location — "
        "P(actually a void)?",
        # two flag rates, neither said false, on items the prior does not tell apart
        "karst site. prior: 4% of footing locations sit over a void. GPR flags a real void 90% of the time, flags 8% "
        "of solid ground. GPR flags a location — P(actually a void)?",
        # a pressure is no mass
        "old report gives allowable bearing 4000 psf. what's that in kg?",
    ],
)
def test_near_misses_declined(question: str) -> None:
    declined(question)
