"""Probability questions worded as testers type them: a per-item probability written "w.p." beside an instrument tag
("AT-402 grab samples"); a Poisson rate at a named unit ("alarms on unit 3 console"); a normal in "wt%" / "vol%"
(mean and bound both percentage points); Bayes with "off-spec." ending a clause and a tag in the ask; a threshold
that defines the counted events ("rainfall > 50 mm happens 2.4 times a year", "gusts over 90 km/h"); and a
memoryless exponential asked "still working at 1500 hrs total" after an age survived."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(prevalence: float, sensitivity: float, false_positive: float) -> float:
    """P(condition | positive) by Bayes' theorem."""
    hit = prevalence * sensitivity
    return hit / (hit + (1 - prevalence) * false_positive)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "AT-402 grab samples: each one independently off-spec w.p. 0.08. 12 samples this week. P(at least 2 "
            "off-spec)?",
            stats.binom.sf(1, 12, 0.08),
        ),
        (
            "each vial independently leaks w.p. 0.03; we fill 40 vials. P(more than 2 leak)?",
            stats.binom.sf(2, 40, 0.03),
        ),
        ("20 welds, each defective w.p. 5%, independently. P(at most 1 defective)?", stats.binom.cdf(1, 20, 0.05)),
    ],
)
def test_with_probability_abbreviated(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "standing alarms on unit 3 console avg 3.2 per shift, assume Poisson. P(more than 5 alarms in a shift)?",
            stats.poisson.sf(5, 3.2),
        ),
        ("trips on line 2 average 1.5 per week, Poisson. P(at least 3 trips in a week)?", stats.poisson.sf(2, 1.5)),
        (
            "calls at station 4 arrive at 6 per hour, poisson. probability of exactly 8 calls in 2 hours?",
            stats.poisson.pmf(8, 12),
        ),
    ],
)
def test_rate_at_a_named_unit(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "C-301 overhead purity (AI-310) ~ normal, mean 99.20 wt%, sd 0.15 wt%. fraction of time below 98.90 wt%?",
            stats.norm.cdf(98.90, 99.20, 0.15),
        ),
        (
            "ethanol content is normal with mean 12.5 vol%, sd 0.2 vol%. what fraction of bottles exceed 12.9 vol%?",
            stats.norm.sf(12.9, 12.5, 0.2),
        ),
    ],
)
def test_normal_in_weight_percent(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_fraction_mean_against_weight_percent_bound_still_declines() -> None:
    assert "different scales" in declined(
        "purity is normally distributed, mean 0.992, sd 0.0015. fraction below 98.9 wt%?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "AT-402 off-spec flag: 4% of batches are actually off-spec. analyzer flags 95% of true off-spec and "
            "false-flags 3% of good ones. flag just came on -- P(batch really off-spec)?",
            _ppv(0.04, 0.95, 0.03),
        ),
        (
            "2% of lots are truly out-of-spec. the checker flags 90% of out-of-spec lots and false-flags 5% of in-spec "
            "ones. a lot is flagged: P(really out-of-spec)?",
            _ppv(0.02, 0.90, 0.05),
        ),
        (
            "about 1% of coils are actually off-spec. the gauge catches 97% of off-spec coils, and wrongly flags 2% of "
            "good coils. given a flag, probability the coil is really off-spec?",
            _ppv(0.01, 0.97, 0.02),
        ),
    ],
)
def test_bayes_off_spec(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_bayes_count_in_the_ask_still_declines() -> None:
    assert "count or size" in declined(
        "4% of batches are actually off-spec. the analyzer flags 95% of true off-spec batches and false-flags 3% of "
        "good ones. given a flag, what is the probability that 5 batches are off-spec?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "BoM gauge record: daily rainfall > 50 mm happens on average 2.4 times per year at the site, treat as "
            "Poisson. Probability of 3 or more such days in a given year?",
            stats.poisson.sf(2, 2.4),
        ),
        (
            "wind gusts over 90 km/h occur on average 1.8 times a year, poisson. P(at most 1 such gust next year)?",
            stats.poisson.cdf(1, 1.8),
        ),
        (
            "river levels above 3 m happen 0.7 times per year on average, Poisson. what is the probability of exactly "
            "2 floods in a year?",
            stats.poisson.pmf(2, 0.7),
        ),
    ],
)
def test_threshold_defines_the_events(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_threshold_alone_is_no_count() -> None:
    assert "defines what is counted" in declined(
        "rainfall > 50 mm happens on average 2.4 times per year, poisson. probability of rainfall above 60 mm?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "LED lifetime is exponential with mean 1200 hrs. given one has already run 500 hrs, whats the prob it's "
            "still working at 1500 hrs total?",
            math.exp(-1000 / 1200),
        ),
        (
            "pump life is exponential, MTBF 2000 hours. a pump has already operated 800 hours. probability it is "
            "still running at 2500 hours?",
            stats.expon.sf(2500 - 800, scale=2000),
        ),
        (
            "battery life exponential with mean 40 months. given it has lasted 10 months, what is the chance it is "
            "still working after 30 months?",
            stats.expon.sf(30 - 10, scale=40),
        ),
    ],
)
def test_memoryless_still_working_at(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_memoryless_time_before_age_still_declines() -> None:
    assert "not beyond the age" in declined(
        "LED lifetime is exponential with mean 1200 hrs. given one has already run 500 hrs, whats the prob it's "
        "still working at 400 hrs?"
    )
