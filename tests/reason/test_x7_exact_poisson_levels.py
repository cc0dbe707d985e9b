"""x7: an exponential probability asked in exact form is its closed form (an exact form asked and not given fails
the exact-form check); a rate counting a hyphenated noun ("9 walk-ins per hour"); a factor added by "plus" to a
list of factors at their levels. References: sympy, scipy.stats and math, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value, same_expr

_SURVIVE = sp.exp(sp.Rational(-5, 8))  # exp(-5000/8000)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Fuel injector life is taken to be exponentially distributed with a mean time between failures of 8000 "
         "running hours. Reliability at 5000 hours? exact expression", _SURVIVE),
        ("A pump's life is exponential with MTBF 8000 hours. What is the probability it survives 5000 hours? Give the "
         "closed form.", _SURVIVE),
        ("Lifetime is exponential with mean 8000 h. Probability of failure before 5000 h, in exact form?", 1 - _SURVIVE),
        ("Component life exponential, failure rate 1/8000 per hour. P(fails between 2000 and 5000 hours)? exact value",
         sp.exp(sp.Rational(-1, 4)) - _SURVIVE),
    ],
)  # fmt: skip
def test_exponential_exact_form(question: str, want: sp.Expr) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert isinstance(out["result"], str) and same_expr(out["result"], want)
    assert all(c["passed"] for c in out["checks"])


def test_exact_form_asked_but_not_given_is_not_confident() -> None:
    """A normal probability asked in exact form is answered as a decimal: the exact-form check fails."""
    out = reason("Normal with mean 10 and sd 2. P(X < 12)? exact form")
    assert not out.answered or out.confidence < 0.5
    assert not out.answered or any(c["name"].startswith("exact form") and not c["passed"] for c in out.checks)


@pytest.mark.parametrize(
    "question",
    [
        "ED gets 9 walk-ins per hour on average (Poisson). Probability of at most 5 in a given hour?",
        "The emergency department sees an average of 9 walk-ins an hour, Poisson. What is the chance of 5 or fewer "
        "walk-ins in a given hour?",
        "Walk-in arrivals: 9 walk-ins/hour on average, Poisson distributed. P(at most 5 in one hour)?",
        "A help desk gets 9 call-outs per hour on average (Poisson). Probability of at most 5 in a given hour?",
    ],
)
def test_hyphenated_counted_rate(question: str) -> None:
    right_value(question, stats.poisson.cdf(5, 9), "probability")


def test_hyphenated_rate_over_a_longer_window() -> None:
    q = "ED gets 9 walk-ins per hour on average (Poisson). Probability of at most 5 in a given two hours?"
    right_value(q, stats.poisson.cdf(5, 18), "probability")


@pytest.mark.parametrize(
    ("question", "levels"),
    [
        ("We want a full factorial on the pultrusion line: die temperature, pull speed and filler loading at two "
         "levels each, plus glass roving type at three levels. Single replicate, no centre points. How many runs?",
         [2, 2, 2, 3]),
        ("Full factorial: temperature, pressure and time at 2 levels each, and catalyst type at 3 levels. One "
         "replicate. How many runs?", [2, 2, 2, 3]),
        ("A full factorial with feed rate, depth of cut and coolant at two levels each, with tool grade at four "
         "levels. How many runs are needed, single replicate?", [2, 2, 2, 4]),
    ],
)  # fmt: skip
def test_factor_added_to_a_list(question: str, levels: list[int]) -> None:
    right_value(question, math.prod(levels), "design", key="runs")


def test_factor_added_with_replicates() -> None:
    q = ("Full factorial: temperature, pressure and time at 2 levels each, plus catalyst type at 3 levels, two "
         "replicates. How many runs?")  # fmt: skip
    right_value(q, 2 * math.prod([2, 2, 2, 3]), "design", key="runs")


def test_factor_after_a_semicolon_declined() -> None:
    declined(
        "Full factorial: temperature, pressure and time at 2 levels each; catalyst type at 3 levels. How many runs?"
    )
