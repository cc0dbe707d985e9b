"""Task u3: a go/no-go gauge's rejections read as a screening test, a rate per 1000 units over a batch of 1000 units,
items "on a site, each independently" counted for a binomial, and a series system of exponential components (the
rates add; a redundant system refused). References computed independently with scipy and math."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(p: float, se: float, fp: float) -> float:
    return p * se / (p * se + (1 - p) * fp)


@pytest.mark.parametrize(
    "question",
    [
        "3% of shafts are actually out of tol. go/no-go gauge rejects 95% of the bad ones but also rejects 2% of good "
        "ones. a shaft got rejected — prob it's really bad?",
        "About 3% of shafts are out of tolerance. Our go/no-go gauge rejects 95% of the bad shafts but also rejects 2% "
        "of the good ones. If a shaft is rejected, what is the probability it is actually out of tolerance?",
    ],
)
def test_gauge_rejection_is_a_screening_test(question: str) -> None:
    right_value(question, _ppv(0.03, 0.95, 0.02), "probability", rel=1e-9)


def test_gauge_acceptance_is_a_negative_outcome() -> None:
    q = ("3% of shafts are out of tolerance. The gauge rejects 95% of bad shafts, while it accepts 98% of good ones. A "
         "shaft was accepted: probability it is bad?")  # fmt: skip
    right_value(q, 0.03 * 0.05 / (0.03 * 0.05 + 0.97 * 0.98), "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "k", "mu"),
    [
        ("Warranty claims on our inverter line run at 2.3 per 1000 units on average. Treating claims in a batch of "
         "1000 units as Poisson, what is the probability of five or more claims in the next batch of 1000?", 4, 2.3),
        ("Warranty claims run at 2.3 per 1000 units. Assuming Poisson, what is the probability of at least 5 claims "
         "in a lot of 2000 units?", 4, 4.6),
        ("Returns average 2.3 per 1000 units, Poisson. Probability of more than 2 returns in the next batch of 500?",
         2, 1.15),
    ],
)  # fmt: skip
def test_rate_per_units_over_a_batch_of_units(question: str, k: int, mu: float) -> None:
    right_value(question, stats.poisson.sf(k, mu), "probability", rel=1e-9)


def test_rate_per_boards_over_a_batch_of_boards() -> None:
    q = "Defects occur at 1.5 per 100 boards (Poisson). What is the probability of no defects in a batch of 200 boards?"
    right_value(q, stats.poisson.pmf(0, 3.0), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "20 string inverters on a site, each independently has a 4% chance of failing in year one. P(exactly two fail "
        "in year one)?",
        "A site has 20 inverters; each independently has a 4% chance of failing in year one. Probability that exactly "
        "two fail?",
        "There are 20 string inverters at the plant, each with a 4% chance of failing in the first year, "
        "independently. What is the probability that exactly 2 fail in the first year?",
    ],
)
def test_items_on_a_site_each_independently(question: str) -> None:
    right_value(question, stats.binom.pmf(2, 20, 0.04), "probability", rel=1e-9)


def _series(rates: tuple[float, ...], t: float) -> float:
    return math.prod(math.exp(-r * t) for r in rates)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Series system, all exponential lifetimes: inverter λ = 2×10⁻⁵ /h, transformer λ = 1×10⁻⁵ /h, controller "
         "λ = 5×10⁻⁶ /h. Any one failing takes the system down. Probability the system survives one full year of 8760 "
         "operating hours?", _series((2e-5, 1e-5, 5e-6), 8760)),
        ("Three components in series with exponential lifetimes: failure rate 2e-5 per hour, failure rate 1e-5 per "
         "hour and failure rate 5e-6 per hour. What is the probability the system survives 8760 hours?",
         _series((2e-5, 1e-5, 5e-6), 8760)),
        ("A system has a pump (lambda = 2e-5 /h) and a motor (lambda = 1e-5 /h) in series. Probability it fails "
         "within 1000 hours?", 1 - _series((2e-5, 1e-5), 1000)),
    ],
)  # fmt: skip
def test_series_system_rates_add(question: str, want: float) -> None:
    out = right_value(question, want, "probability", rel=1e-9)
    assert any("series system" in c for c in out["caveats"])


@pytest.mark.parametrize(
    "question",
    [
        "Parallel redundant system, exponential lifetimes: unit A λ = 2×10⁻⁵ /h, unit B λ = 1×10⁻⁵ /h; any one failing "
        "is covered by the other. Probability the system survives 8760 hours?",
        "Two pumps in a 1-out-of-2 arrangement, lambda = 1e-4 /h and lambda = 2e-4 /h. Probability the system survives "
        "5000 hours?",
    ],
)
def test_redundant_system_declined(question: str) -> None:
    declined(question)
