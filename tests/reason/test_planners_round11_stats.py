"""Readings added after the eleventh unseen round (statistics): exponential lifetimes over a time window (rates
per hour, MTBF, scientific notation, units converted), one-sample tests from summary statistics in shorthand
("1-sample t test, n=25, avg 52.3, sd 4.1, H0 mu=50") and the z-test when sigma is known, "1-way anova ...
per grp", and capability questions missing their inputs. References come from scipy.stats, computed here."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import plain_text, scientific
from plugins.stats.reasoning_lifetime import lifetime_window
from tests.reason.answers import confident


def _refused(question: str, mode: str, says: str):
    out = reason(question)
    assert not out.answered and out.mode == mode, (out.mode, out.answer)
    assert says in out.answer, out.answer


# ---- exponential lifetimes -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("A component's lifetime is exponential with failure rate 2e-4 per hour. Probability it fails within the "
         "first 1000 hours?", stats.expon.cdf(1000, scale=1 / 2e-4)),
        ("exponential lifetime, failure rate 2x10^-4 per hour; P(fails before 1000 h)?", stats.expon.cdf(1000, scale=5000)),
        ("failure rate 2*10^-4/h (exponential). chance it survives past 5000 hours?", stats.expon.sf(5000, scale=5000)),
        ("failure rate 2 × 10⁻⁴ per hour, exponential: probability it is still working after 3000 h",
         stats.expon.sf(3000, scale=5000)),
        ("exponential, mean life 5000 h. probability a unit is still working after 2000 hours",
         stats.expon.sf(2000, scale=5000)),
        ("exponential with MTBF of 5000 hours: probability it fails between 1000 and 3000 hours",
         stats.expon.cdf(3000, scale=5000) - stats.expon.cdf(1000, scale=5000)),
        ("a bulb lasts 5000 hours on average (exponential). probability it lasts longer than 6000 hours?",
         stats.expon.sf(6000, scale=5000)),
        ("lifetime exponential, rate 2e-4 per hour, reliability at 1000 h", stats.expon.sf(1000, scale=5000)),
        ("exponential, failure rate 0.2 failures per 1000 hours, probability of failure within 500 hours",
         stats.expon.cdf(500, scale=1000 / 0.2)),
        # the time in another unit than the rate's
        ("constant failure rate of 0.0002 per hour. probability of no failure in the first 30 days?",
         stats.expon.sf(30 * 24, scale=5000)),
        ("exponential, rate 0.5 per day, probability it fails within 36 hours", stats.expon.cdf(1.5, scale=2)),
        ("exponential, failure rate 0.001 per hour, probability it lasts longer than 1 week",
         stats.expon.sf(168, scale=1000)),
    ],
)  # fmt: skip
def test_exponential_lifetimes(question, reference):
    out = confident(question, "probability")
    assert out.result == pytest.approx(reference, rel=1e-9)


def test_a_constant_failure_rate_is_said_to_be_assumed_exponential():
    out = confident("failure rate 2e-4 per hour; probability a unit fails within 1000 hours?", "probability")
    assert out.result == pytest.approx(1 - math.exp(-0.2), rel=1e-12)
    assert any("assumed exponential times" in c for c in out.caveats)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("exponential failure rate 0.1 per year, probability it fails within 6 months", "give both in one unit"),
        ("MTBF 5000 h. probability a unit survives 2000 h?", "say 'exponential'"),
        ("exponential with failure rate 2e-4 per hour. probability?", "needs the time"),
    ],
)
def test_lifetimes_refused_with_what_is_missing(question, says):
    _refused(question, "probability", says)


@pytest.mark.parametrize(
    ("text", "fn", "times", "unit"),
    [
        ("fails within the first 1000 hours", "cdf", ("1000",), "hour"),
        ("no failure in the first 30 days", "sf", ("30",), "day"),
        ("still running after 2 weeks", "sf", ("2",), "week"),
        ("lasts 5000 hours on average. lasts longer than 6000 hours", "sf", ("6000",), "hour"),
        ("fails between 100 and 200 h", "between", ("100", "200"), "hour"),
        ("probability it gets through a 500 h campaign without failing?", "sf", ("500",), "hour"),
        ("chance it completes a 72-hour run without a failure", "sf", ("72",), "hour"),
        ("runs without failure for 3 days", "sf", ("3",), "day"),
    ],
)
def test_lifetime_windows(text, fn, times, unit):
    window = lifetime_window(text)
    assert (window.fn, window.times, window.unit) == (fn, times, unit)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("2x10^-4", "2e-4"),
        ("2*10^-4", "2e-4"),
        ("2 × 10⁻⁴", "2e-4"),
        ("1.5 times 10^3", "1.5e3"),
        ("x^2*10^3", "x^2*10^3"),
    ],
)
def test_scientific_notation(text, written):
    assert scientific(plain_text(text)) == written


# ---- one-sample tests from summary statistics ------------------------------------------------------------------
def _t_p(n: int, mean: float, sd: float, mu: float, side: str) -> float:
    t = (mean - mu) / (sd / math.sqrt(n))
    return {"greater": stats.t.sf(t, n - 1), "less": stats.t.cdf(t, n - 1)}.get(side, 2 * stats.t.sf(abs(t), n - 1))


def _z_p(n: int, mean: float, sigma: float, mu: float, side: str) -> float:
    z = (mean - mu) / (sigma / math.sqrt(n))
    return {"greater": stats.norm.sf(z), "less": stats.norm.cdf(z)}.get(side, 2 * stats.norm.sf(abs(z)))


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("1-sample t test, n=25, avg 52.3, sd 4.1, H0 mu=50, two sided p?", _t_p(25, 52.3, 4.1, 50, "two-sided")),
        ("one sample t-test: n = 25, xbar = 52.3, s = 4.1, mu0 = 50. one-sided, is the mean greater than 50?",
         _t_p(25, 52.3, 4.1, 50, "greater")),
        ("single sample test, n=16, mean 9.6, stdev 0.8, target 10, is the mean below target?",
         _t_p(16, 9.6, 0.8, 10, "less")),
        ("t test for one sample: a sample of 30 parts, average 4.93, std dev 0.12, hypothesized mean 5", _t_p(30, 4.93, 0.12, 5, "")),
    ],
)  # fmt: skip
def test_one_sample_t_from_summary_statistics(question, reference):
    out = confident(question, "hypothesis_test")
    assert out.result["statistic_name"] == "t"
    assert out.result["p_value"] == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("1-sample z test, n=25, avg 52.3, sigma = 4 known, H0 mu=50, two sided p?", _z_p(25, 52.3, 4, 50, "")),
        ("n = 36, sample mean 101.5, known population sd of 6, test H0: mu = 100 vs mu > 100",
         _z_p(36, 101.5, 6, 100, "greater")),
        ("sample of 40 parts, mean 12.2, sigma is known to be 0.5, hypothesized mean 12, p-value?",
         _z_p(40, 12.2, 0.5, 12, "")),
        ("H0: mean = 50 against mean < 50; n = 20, x-bar = 48.9, sigma = 3 (known)", _z_p(20, 48.9, 3, 50, "less")),
    ],
)  # fmt: skip
def test_one_sample_z_with_a_known_sigma(question, reference):
    out = confident(question, "hypothesis_test")
    assert out.result["statistic_name"] == "z" and "z-test" in out.result["test"]
    assert out.result["p_value"] == pytest.approx(reference, rel=1e-9)


def test_z_of_a_sample_uses_its_mean():
    data = [52, 49, 55, 51, 53, 50, 54]
    out = confident(f"data {' '.join(map(str, data))}, sigma = 2 known, H0: mu = 50, p?", "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(_z_p(len(data), sum(data) / len(data), 2, 50, ""), rel=1e-9)


def test_a_z_test_needs_the_hypothesised_mean():
    _refused("n = 25, mean 52.3, sigma = 4 known, z test p-value?", "hypothesis_test", "hypothesised mean")


# ---- one-way ANOVA shorthand; a two-way ANOVA is not answered as a one-way one ------------------------------
def _anova_p(n: int, means: list[float], sds: list[float]) -> float:
    k, grand = len(means), sum(means) / len(means)
    between = n * sum((m - grand) ** 2 for m in means) / (k - 1)
    within = sum(s**2 for s in sds) / k
    return stats.f.sf(between / within, k - 1, k * (n - 1))


@pytest.mark.parametrize(
    "question",
    [
        "1-way anova from summary stats, n=8 per grp, means 24.1 26.3 25.0, sd 2.0 2.4 1.8 -> p value",
        "one way anova: 8 per grp, means 24.1 26.3 25.0, sds 2.0 2.4 1.8",
    ],
)
def test_one_way_anova_shorthand(question):
    out = confident(question, "anova")
    assert out.result["p_value"] == pytest.approx(_anova_p(8, [24.1, 26.3, 25.0], [2.0, 2.4, 1.8]), rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "2-way anova, n=8 per group, means 24.1 26.3 25.0, sd 2.0 2.4 1.8, p value",
        "two-way ANOVA of 1 2 3, 4 5 6, 7 8 9",
    ],
)
def test_a_two_way_anova_is_refused(question):
    _refused(question, "anova", "two-way ANOVA needs")


# ---- capability questions without their inputs ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what's the Cpk? USL 10.5, LSL 9.5", "the process mean and the process standard deviation"),
        ("whats cpk, usl=10.5 lsl=9.5", "the process mean and the process standard deviation"),
        ("what is the Cpk with USL 10.5 and LSL 9.5 and mean 10.1", "missing: the process standard deviation"),
        ("how capable is the process? USL 10.5 LSL 9.5", "the process mean and the process standard deviation"),
        ("Cp for specs 9.5 to 10.5", "missing: the process standard deviation"),
    ],
)
def test_capability_says_what_is_missing(question, missing):
    _refused(question, "capability", missing)


def test_a_capability_explanation_is_still_quoted():
    out = reason("what does a Cpk of 1.33 mean?")
    assert out.answered and out.mode == "explanation" and out.answer_source == "card"


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("exponential lifetime with MTBF 5000 h: probability it fails after 1000 hours but before 2000 hours",
         stats.expon.cdf(2000, scale=5000) - stats.expon.cdf(1000, scale=5000)),
        ("components fail at a constant rate of 1 per 5000 hours; probability one survives 2000 hours?",
         stats.expon.sf(2000, scale=5000)),
        ("calls arrive at a constant rate of 4 per hour; probability the next call comes within 10 minutes",
         stats.expon.cdf(10 / 60, scale=1 / 4)),
        ("calls arrive at a constant rate of 4 per hour; probability of exactly 6 calls within 2 hours",
         stats.poisson.pmf(6, 8)),  # a count of events stays Poisson
    ],
)  # fmt: skip
def test_windows_and_constant_rates(question, reference):
    assert confident(question, "probability").result == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("z test n=25 mean 52.3 sd 4 mu=50", _z_p(25, 52.3, 4, 50, "")),  # a named z-test: its sd is sigma
        ("population mean 50; sample of 25 with mean 52.3 and sd 4.1; t test p?", _t_p(25, 52.3, 4.1, 50, "")),
    ],
)
def test_named_tests_and_population_means(question, reference):
    assert confident(question, "hypothesis_test").result["p_value"] == pytest.approx(reference, rel=1e-9)
