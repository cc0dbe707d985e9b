"""Distributions and reliability the way engineers ask (branch p3-prob): a share of items with a property as a
binomial p, the sampling distribution of a sample mean, Weibull lifetimes, success-run (zero-failure) sample
sizes, and a p chart's n read from "160 units tested each shift". References from scipy computed here."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from plugins.stats.distributions import weibull
from plugins.stats.exact_distributions import Exact
from tests.reason.answers import declined, right_value


# ---- weibull in the study language ------------------------------------------------------------------------
@pytest.mark.parametrize("x", [0.0, 0.3, 1.0, 2.5, 7.0])
@pytest.mark.parametrize(("shape", "scale"), [(0.7, 1.0), (1.8, 3.0), (3.5, 0.5)])
def test_weibull_family_matches_scipy(x, shape, scale):
    ref = stats.weibull_min(shape, scale=scale)
    assert weibull.cdf(x, shape, scale) == pytest.approx(ref.cdf(x), rel=1e-12, abs=1e-300)
    assert weibull.sf(x, shape, scale) == pytest.approx(ref.sf(x), rel=1e-12)
    if x > 0:
        assert weibull.pdf(x, shape, scale) == pytest.approx(ref.pdf(x), rel=1e-12)
        exact = Exact("weibull", shape=shape, scale=scale)
        assert exact.cdf(x) == pytest.approx(ref.cdf(x), rel=1e-12)
        assert exact.pdf(x) == pytest.approx(ref.pdf(x), rel=1e-12)


@pytest.mark.parametrize("q", [0.01, 0.1, 0.5, 0.9])
def test_weibull_ppf_matches_scipy(q):
    ref = stats.weibull_min(1.8, scale=12000)
    assert weibull.ppf(q, 1.8, 12000) == pytest.approx(ref.ppf(q), rel=1e-12)
    assert Exact("weibull", shape=1.8, scale=12000).ppf(q) == pytest.approx(ref.ppf(q), rel=1e-12)


def test_weibull_rejects_bad_parameters():
    with pytest.raises(ValueError, match="shape must be positive"):
        weibull.cdf(1.0, -1.0, 2.0)
    with pytest.raises(ValueError, match="takes"):
        weibull.cdf(1.0)


# ---- weibull lifetimes in prose ---------------------------------------------------------------------------
BEARING = stats.weibull_min(1.8, scale=12000)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Wheel bearing life follows a two-parameter Weibull with shape β = 1.8 and scale η = 12,000 h. What is the "
         "probability a bearing survives past 5,000 h?", BEARING.sf(5000)),
        ("Bearing life is Weibull, beta = 1.8, eta = 12000 hours. Probability a bearing fails before 2000 hours?",
         BEARING.cdf(2000)),
        ("Pump seals follow a Weibull distribution with shape parameter 2.5 and characteristic life 8000 hours. What "
         "is the B10 life?", stats.weibull_min(2.5, scale=8000).ppf(0.10)),
        ("Life is Weibull with beta 2 and eta 1000 h. By what time will 10% of units have failed?",
         stats.weibull_min(2, scale=1000).ppf(0.10)),
        ("Weibull beta = 2, eta = 1000 hours. Probability of failure between 200 and 800 hours?",
         stats.weibull_min(2, scale=1000).cdf(800) - stats.weibull_min(2, scale=1000).cdf(200)),
    ],
)  # fmt: skip
def test_weibull_questions(question, want):
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "A fan's life is Weibull with shape 1.5. What is the probability it survives past 3000 hours?",
        "Weibull shape 2, scale 10 days. Probability it survives past 100 hours?",
        "Three-parameter Weibull, shape 2, scale 1000 h, location 200 h: probability it survives past 500 h?",
    ],
)
def test_weibull_declines(question):
    declined(question)


# ---- a sample mean's probability --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A population has μ = 50 and σ = 12. For a random sample of n = 36, find P(x̄ < 47).",
         stats.norm.cdf(47, 50, 12 / math.sqrt(36))),
        ("Population mean 200 g, sd 15 g. What is the probability that the average of 36 parts exceeds 205 g?",
         stats.norm.sf(205, 200, 15 / 6)),
        ("Fill weights are normally distributed with mean 500 and sd 4. For a sample of 16, find "
         "P(498 < x-bar < 502).", stats.norm.cdf(502, 500, 1) - stats.norm.cdf(498, 500, 1)),
    ],
)  # fmt: skip
def test_sample_mean_probabilities(question, want):
    out = right_value(question, want, "probability")
    assert any("sigma/sqrt(n)" in c for c in out["caveats"])


@pytest.mark.parametrize(
    "question",
    [  # a small sample from a population not said to be normal; a sample's own sd (a t, not this normal)
        "A population has mean 50 and sd 12. For a random sample of n = 10, find the probability the sample mean "
        "is below 47.",
        "A sample of n = 36 has sample standard deviation 12; population mean 50. Find P(x-bar < 47).",
    ],
)
def test_sample_mean_declines(question):
    declined(question)


def test_xbar_chart_stays_a_chart():
    assert reason("X-bar chart: grand mean 50, R-bar 4, n = 5. What is the UCL?").mode == "control_chart"


# ---- a share of items with a property ---------------------------------------------------------------------
def test_share_with_a_property_is_a_binomial():
    out = right_value(
        "Historically 2% of bottles off the filler are underfilled. If QA pulls fifty bottles at random, what's the "
        "probability that at most 2 of them are underfilled?",
        stats.binom.cdf(2, 50, 0.02),
        "probability",
    )
    assert any("binomial" in c for c in out["caveats"])
    right_value("5 percent of the castings turn out porous. We x-ray 20 castings. Probability that exactly 1 is porous?",
           stats.binom.pmf(1, 20, 0.05), "probability")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [  # the count asked is of another property; a share per unit of time is a rate
        "Historically 2% of bottles off the filler are underfilled. If QA pulls fifty bottles at random, what's the "
        "probability that at most 2 of them are overfilled?",
        "About 2% of bottles per hour are underfilled. If QA pulls 50 bottles, what's the probability that at most 2 "
        "of them are underfilled?",
    ],
)
def test_share_with_a_property_declines(question):
    declined(question)


# ---- success-run (zero-failure) demonstration -------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reliability", "confidence"),
    [
        ("Customer wants us to demonstrate 95% reliability at 90% confidence with a zero-failure (success-run) test. "
         "How many parts do we need to put on the rig, all passing?", 0.95, 0.90),
        ("How many units must we test without failure to show 99% reliability with 95% confidence?", 0.99, 0.95),
        ("Zero-failure test: reliability 0.98, confidence level 0.9. How many parts?", 0.98, 0.90),
    ],
)  # fmt: skip
def test_success_run(question, reliability, confidence):
    n = math.ceil(math.log(1 - confidence) / math.log(reliability))
    assert stats.binom.pmf(n, n, reliability) <= 1 - confidence < stats.binom.pmf(n - 1, n - 1, reliability)
    out = right_value(question, n, "sample_size", key="n")
    assert any("ln(1 - C)/ln(R)" in c for c in out["caveats"])


def test_success_run_with_failures_allowed_declines():
    declined("Demonstrate 90% reliability at 95% confidence with zero failures, but 1 failure allowed. How many "
              "samples must we test?")  # fmt: skip


# ---- p chart: "160 units tested each shift" ---------------------------------------------------------------
def test_p_chart_units_tested_each_shift():
    pbar = 96 / (25 * 160)
    right_value(
        "End-of-line leak test: 25 shifts, 160 units tested each shift, 96 rejects in total. Set up a p chart — UCL "
        "for the fraction rejected?",
        pbar + 3 * math.sqrt(pbar * (1 - pbar) / 160),
        "control_chart",
        key="ucl",
    )
