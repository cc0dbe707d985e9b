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


def _answer(question: str, mode: str):
    out = reason(question)
    assert out.answered, out.answer
    assert out.mode == mode, out.mode
    assert out.confidence >= 0.9, out.to_dict()["checks"]
    return out


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
    out = _answer(question, "probability")
    assert out.result == pytest.approx(reference, rel=1e-9)


def test_a_constant_failure_rate_is_said_to_be_assumed_exponential():
    out = _answer("failure rate 2e-4 per hour; probability a unit fails within 1000 hours?", "probability")
    assert out.result == pytest.approx(1 - math.exp(-0.2), rel=1e-12)
    assert any("assumed exponential" in c for c in out.caveats)


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
