"""Planner readings added after the sixth unseen round: rate windows, tail shares, distribution notation,
fractions of factorials, factoring domains."""

from __future__ import annotations

import pytest

from plugins.api.reasoning import PlanError
from plugins.doe.reasoning import plan_design
from plugins.stats.reasoning_probability import _tail_share, _window, plan_probability
from plugins.symbolic.reasoning import plan_algebra


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("2.5 per minute ... exactly 3 in a two-minute window", (2.0, 2.0)),
        ("3 arrivals per hour: more than 1 in 30 minutes", (0.5, 30.0)),
        ("0.5 breakdowns per week, none in 4 weeks", (4.0, 4.0)),
        ("4 calls per hour, exactly 6 in a given hour", (1.0, 1.0)),
        ("mean 4: exactly 6", None),
    ],
)
def test_poisson_window(question, window):
    assert _window(question) == window


def test_a_window_in_units_that_do_not_convert_is_refused():
    with pytest.raises(PlanError, match="does not convert"):
        _window("3 flaws per metre, more than 5 in 2 hours")


def test_a_rate_is_scaled_to_the_window():
    plan = plan_probability("Poisson process at 2.5 per minute. probability of exactly 3 in a two-minute window?")
    assert plan.text == "show poisson.pmf(3, 2.5*2)" and plan.facts["mu"] == 5.0


@pytest.mark.parametrize(
    ("question", "share"),
    [
        ("cuts off the top 5%", "0.95"),
        ("the lowest 10 percent", "0.1"),
        ("upper 2.5%", "0.975"),
        ("the 5% level", None),
    ],
)
def test_tail_share(question, share):
    assert _tail_share(question) == share


def test_distribution_notation():
    assert plan_probability("x ~ bin(15, 0.3). p(x >= 6)?").text == "show binomial.sf(5, 15, 0.3)"
    assert plan_probability("X ~ Pois(2.5), P(X = 0)").text == "show poisson.pmf(0, 2.5)"
    assert (
        plan_probability("X ~ N(mu = 100, sigma^2 = 225), 95th percentile").text
        == "show normal.ppf(0.95, 100, sqrt(225))"
    )
    with pytest.raises(PlanError, match="variance"):
        plan_probability("X ~ N(100, 225), P(X > 120)")


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("screening 7 two-level factors with a one-eighth fraction", "runs=16"),
        ("half fraction of a 2^5 design", "runs=16"),
        ("quarter-fraction factorial for 6 factors", "runs=16"),
    ],
)
def test_fractions_of_a_factorial(question, runs):
    plan = plan_design(question)
    assert runs in plan.text and plan.facts["kind"] == "fractional_factorial"


def test_factoring_domain():
    assert plan_algebra("factor x^4 - 16 over the rationals").text == "show factor(x^4 - 16)"
    with pytest.raises(PlanError, match="over the reals"):
        plan_algebra("factor x^2 - 2 over the reals")


def test_round_seven_readings():
    from plugins.api.prose import samples
    from plugins.stats.reasoning_hypotheses import alternative
    from plugins.stats.reasoning_probability import _bounds_first
    from plugins.stats.reasoning_regression import plan_regression

    assert (
        _bounds_first("the chance of 4 or fewer successes; 6 or more")
        == "the chance of at most 4 successes; at least 6"
    )
    assert plan_probability("X ~ N(50, 4^2). P(X < 55)").text == "show normal.cdf(55, 50, 4)"
    assert samples("machine 1 20.1, 19.8; machine 2 21.0, 20.7") == [["20.1", "19.8"], ["21.0", "20.7"]]
    assert alternative("old: 1 2 3, new: 4 5 6. one-sided (new > old)", 2) == "less"
    assert alternative("a: 1 2 3, b: 4 5 6, h1: a > b", 2) == "greater"
    plan = plan_regression("fit a straight line to (1, 2.1), (2, 3.9), (3, 6.2)")
    assert plan.facts["x"] == ["1", "2", "3"] and plan.facts["y"] == ["2.1", "3.9", "6.2"]
