"""Task x4: Bayes' theorem in a monitor's words and over several sources, a normal's comparatives of a measure, Poisson
and binomial probabilities in exact form, a one-sample t-test against a stated target average. References are
computed here with fractions, scipy and sympy."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value, same_expr

_PPV = float(
    Fraction(2, 100) * Fraction(95, 100) / (Fraction(2, 100) * Fraction(95, 100) + Fraction(98, 100) * Fraction(4, 100))
)


@pytest.mark.parametrize(
    "q",
    [
        "Our CEMS alarm catches 95% of true exceedance hours, but also fires in 4% of hours that are actually "
        "compliant. True exceedances happen in 2% of hours. Given an alarm just went off, what's the probability it's "
        "a real exceedance?",
        "The stack monitor alarm fires during 95% of hours with a real exceedance and during 4% of compliant hours. 2% "
        "of hours are true exceedances. If the alarm goes off, what is the chance the hour really is an exceedance?",
        "An alarm trips on 95% of real exceedances and on 4% of hours that are in compliance; exceedances occur in 2% "
        "of hours. The alarm just tripped: probability of a genuine exceedance?",
    ],
)
def test_monitor_alarm_ppv(q: str) -> None:
    right_value(q, _PPV, "probability", rel=1e-9)


def test_monitor_false_alarm() -> None:
    q = ("Our CEMS alarm catches 95% of true exceedance hours, but also fires in 4% of hours that are actually "
         "compliant. True exceedances happen in 2% of hours. Given an alarm just went off, what's the probability it's "
         "a false alarm?")  # fmt: skip
    right_value(q, 1 - _PPV, "probability", rel=1e-9)


def _posterior(shares: list[Fraction], rates: list[Fraction], i: int) -> float:
    joint = [s * r for s, r in zip(shares, rates, strict=True)]
    return float(joint[i] / sum(joint))


_SHIFTS = (
    "day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs the other 40% w/ a 3% mis-ship rate."
)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (f"{_SHIFTS} a customer reports a mis-ship — prob it was packed on nights?", Fraction(4, 7)),
        (f"{_SHIFTS} prob a mis-shipped order was packed on days?", Fraction(3, 7)),
        (
            "Machine A makes 50% of the parts with 2% defective, machine B makes 30% with 3% defective, machine C makes "
            "20% with 5% defective. A part is found defective; what is the probability it came from machine B?",
            _posterior(
                [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)],
                [Fraction(1, 50), Fraction(3, 100), Fraction(1, 20)],
                1,
            ),
        ),
        (
            "Supplier X provides 70% of the resin, and 2% of its lots fail; supplier Y provides the remaining 30%, and "
            "5% of its lots fail. Given a failed lot, what's the chance it came from supplier Y?",
            _posterior([Fraction(7, 10), Fraction(3, 10)], [Fraction(1, 50), Fraction(1, 20)], 1),
        ),
    ],
)
def test_sources_posterior(q: str, want: float) -> None:
    right_value(q, float(want), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "q",
    [
        # shares that do not sum to 1, the event's absence asked, no source named
        "day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs 30% w/ a 3% mis-ship rate. prob a "
        "mis-ship was packed on nights?",
        f"{_SHIFTS} prob an order that shipped correctly was packed on nights?",
        f"{_SHIFTS} a customer reports a mis-ship — prob of that?",
    ],
)
def test_sources_declined(q: str) -> None:
    declined(q)


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (
            "cured ply thickness ~ normal, μ = 0.184 mm, σ = 0.006 mm. what fraction of plies come out thicker than "
            "0.195 mm?",
            stats.norm.sf(0.195, 0.184, 0.006),
        ),  # fmt: skip
        (
            "ply thickness is normally distributed with mean 0.184 mm and sd 0.006 mm; what share of plies are thinner "
            "than 0.175 mm?",
            stats.norm.cdf(0.175, 0.184, 0.006),
        ),  # fmt: skip
        (
            "cycle times are normal, mean 42 s, sd 5 s. what fraction of cycles are faster than 35 s?",
            stats.norm.cdf(35, 42, 5),
        ),
        (
            "cycle times ~ normal with mean 42 s and sd 5 s: probability a cycle is slower than 50 s?",
            stats.norm.sf(50, 42, 5),
        ),
        ("car speeds normal, mean 60 km/h, sd 8 km/h: fraction faster than 70 km/h?", stats.norm.sf(70, 60, 8)),
        (
            "oven temperature normal, mean 180 C, sd 4 C: what fraction of bakes run hotter than 186 C?",
            stats.norm.sf(186, 180, 4),
        ),
    ],
)
def test_normal_comparatives(q: str, want: float) -> None:
    right_value(q, want, "probability", rel=1e-9)


_MU = sp.Rational(12, 60) * 10


@pytest.mark.parametrize(
    ("q", "want"),
    [
        (
            "calls hit the queue as a Poisson process, avg 12 arrivals per hr. prob of exactly 3 arrivals in a 10 min "
            "window? exact form",
            sp.exp(-_MU) * _MU**3 / sp.factorial(3),
        ),  # fmt: skip
        (
            "arrivals are Poisson at 12 per hour. what is the probability of exactly 3 arrivals in 10 minutes? give the "
            "exact value",
            sp.exp(-_MU) * _MU**3 / sp.factorial(3),
        ),  # fmt: skip
        (
            "Poisson arrivals, mean 2 per window: P(at most 2 arrivals)? closed form please",
            sum(sp.exp(-2) * sp.Integer(2) ** i / sp.factorial(i) for i in range(3)),
        ),  # fmt: skip
        (
            "a fair coin is tossed 5 times. probability of exactly 2 heads, as a fraction?",
            sp.Rational(math.comb(5, 2), 32),
        ),
        (
            "binomial n = 10, p = 0.2: probability of at least 2 defectives, exact form",
            1 - sum(sp.binomial(10, i) * sp.Rational(1, 5) ** i * sp.Rational(4, 5) ** (10 - i) for i in range(2)),
        ),  # fmt: skip
    ],
)
def test_exact_forms(q: str, want: sp.Expr) -> None:
    out = reason(q).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["checks"]
    assert all(c["passed"] for c in out["checks"])
    assert isinstance(out["result"], str) and same_expr(out["result"], want), out["result"]


def test_no_exact_form_asked_stays_a_number() -> None:
    q = "calls hit the queue as a Poisson process, avg 12 arrivals per hr. prob of exactly 3 arrivals in a 10 min window?"
    right_value(q, float(sp.exp(-2) * 8 / 6), "probability", rel=1e-9)


_AHT = [312, 295, 330, 318, 301, 289, 325, 340, 308, 297, 315, 322]


@pytest.mark.parametrize(
    "q",
    [
        "handle times (sec) for 12 randomly pulled calls: 312 295 330 318 301 289 325 340 308 297 315 322. target avg "
        "is 300 s. one-sample t test, two sided — p value?",
        "handle time (s): 312, 295, 330, 318, 301, 289, 325, 340, 308, 297, 315, 322; the target mean handle time is "
        "300 s. two-sided one sample t test p-value",
        "AHT sample: 312 295 330 318 301 289 325 340 308 297 315 322 seconds. target average 300. t-test against the "
        "target, 2-sided p value?",
    ],
)
def test_one_sample_target_average(q: str) -> None:
    right_value(q, stats.ttest_1samp(_AHT, 300).pvalue, "hypothesis_test", rel=1e-9, key="p_value")
