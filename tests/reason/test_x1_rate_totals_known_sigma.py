"""Task x1: a rate's total over an interval is its integral (a change word in a hyphenated name or in the sentence
that only describes the rate is no change asked); a mean's margin-of-error sample size with a population sigma is
n = ceil((z sigma / E)^2), with an sd from a pilot or a sample the t-based smallest n."""

from __future__ import annotations

import math

import pytest
from scipy import integrate, stats

from tests.reason.answers import confident, right_value

FUEL = integrate.quad(lambda t: 2600 - 40 * t**2, 0, 3)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Fuel flow on the climb-cruise segment is modelled as f(t) = 2600 − 40t² kg/h with t in hours. Total fuel "
        "burned over the first 3 hours? (kg)",
        "Fuel flow falls off as f(t) = 2600 - 40t^2 kg/h during the climb. How much fuel is burned in the first 3 "
        "hours?",
        "During the climb-out phase the fuel flow is f(t) = 2600 − 40t² kg/h (t in hours). What is the total fuel "
        "used from t = 0 to t = 3?",
    ],
)
def test_total_of_a_rate_is_its_integral(question: str) -> None:
    out = confident(question, "calculus")
    assert float(out.to_dict()["result"]) == pytest.approx(FUEL, rel=1e-9)


def test_change_asked_stays_a_change() -> None:
    out = confident("The temperature T(t) = 20 + 3t^2 degC. How much does T rise between t = 0 and t = 2?", "calculus")
    assert float(out.to_dict()["result"]) == pytest.approx((20 + 3 * 2**2) - 20)


def _n_z(sigma: float, margin: float, conf: float) -> int:
    return math.ceil((stats.norm.ppf(1 - (1 - conf) / 2) * sigma / margin) ** 2)


def _n_t(sd: float, margin: float, conf: float) -> int:
    q = 1 - (1 - conf) / 2
    return next(n for n in range(2, 10_000) if stats.t.ppf(q, n - 1) * sd / math.sqrt(n) <= margin)


@pytest.mark.parametrize(
    "question",
    [
        "How many students do I need to sample to estimate the mean reading score within ±2 points with 95% "
        "confidence, if σ is about 10?",
        "How many pupils should we test to estimate the average reading score to within 2 points at 95% confidence? "
        "The population sd is 10.",
        "Sample size to estimate mean score within +/- 2 with 95% confidence, sigma = 10",
        # a pilot's sd written as sigma is planned as known: the textbook (z sigma / E)^2
        "How many athletes to estimate the mean score within ±2 at 95% confidence; pilot σ ≈ 10",
    ],
)
def test_population_sigma_uses_z(question: str) -> None:
    assert _n_z(10, 2, 0.95) == 97
    right_value(question, _n_z(10, 2, 0.95), "sample_size", key="n")


@pytest.mark.parametrize(
    "question",
    [
        "How many students to estimate the mean reading score within ±2 points at 95% confidence, given a pilot "
        "standard deviation of 10?",
        "How many students to estimate the mean reading score within ±2 points at 95% confidence, if the sample "
        "standard deviation was 10?",
        "How many students are needed to estimate the mean score within ±2 at 95% confidence using the t "
        "distribution, sd 10?",
    ],
)
def test_estimated_sd_uses_t(question: str) -> None:
    right_value(question, _n_t(10, 2, 0.95), "sample_size", key="n")
