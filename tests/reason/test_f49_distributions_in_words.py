"""Probability questions that state the distribution in words, not by name: a survival or hatch rate per item with the
items counted ("survival is ~85% per fish ... at least 10 of the 12 survive"); a chance of the counted event per trial
("1.5% chance of a tech delay ... 60 departures ... at most 1 tech delay"); a normal's share beyond a limit named
before and asked by its name or initials ("min landing size is 45 cm ... above MLS"); an exponential "mean
time-to-failure" asked "still pinging at 365 days"; a Poisson mean from a mean exposure between events and the exposure
("MTBUR = 8,000 FH ... fly 24,000 FH"); and Bayes with an inspector's "calls a crack" and a "false call rate". Near
misses (the complement counted, no chance of the counted event, no limit named, no model, two exposures, no false call
rate) still decline.

References: scipy.stats (binom, norm, expon, poisson) and Bayes' theorem written out."""

from __future__ import annotations

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
            "surgically implanting acoustic tags in 12 salmon smolts, post-surgery survival is ~85% per fish and we'll "
            "treat them as independent. P(at least 10 of the 12 survive)?",
            stats.binom.sf(9, 12, 0.85),
        ),
        (
            "we sow 15 seeds; germination is roughly 80% per seed, seeds independent. probability that at least 12 of "
            "the 15 germinate?",
            stats.binom.sf(11, 15, 0.80),
        ),
        (
            "hatch rate ~90% per egg, independent. 20 eggs in the incubator. P(at least 17 of the 20 hatch)?",
            stats.binom.sf(16, 20, 0.90),
        ),
    ],
)
def test_rate_per_item_with_items_counted(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "tech dispatch rel 98.5% per departure (so 1.5% chance of a tech delay, indep). A/C does 60 departures this "
            "month. P(at most 1 tech delay)? exact binomial",
            stats.binom.cdf(1, 60, 0.015),
        ),
        (
            "each flight has a 2% chance of a bird strike, independent. a crew flies 80 flights this quarter. P(at most "
            "2 bird strikes)? binomial",
            stats.binom.cdf(2, 80, 0.02),
        ),
    ],
)
def test_chance_of_the_counted_event_per_trial(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "cod in this year's survey: total length roughly normal, mean 52 cm, sd 6 cm. min landing size is 45 cm — "
            "what fraction of the fish are above MLS?",
            stats.norm.sf(45, 52, 6),
        ),
        (
            "shaft diameters are normally distributed with mean 25.0 mm and sd 0.1 mm. the lower spec limit is 24.8 mm. "
            "what fraction of shafts fall below the LSL?",
            stats.norm.cdf(24.8, 25.0, 0.1),
        ),
        (
            "fill weights normal, mean 500 g, sd 4 g; the legal minimum (LM) is 492 g. what share of packs are under "
            "the LM?",
            stats.norm.cdf(492, 500, 4),
        ),
    ],
)
def test_normal_share_beyond_a_named_limit(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "acoustic transmitter failures look exponential with a mean time-to-failure of 180 days. prob a given tag "
            "is still pinging at 365 days post-release?",
            stats.expon.sf(365, scale=180),
        ),
        (
            "pump seals fail exponentially with a mean time to failure of 400 days. what is the probability a seal is "
            "still sealing at 500 days?",
            stats.expon.sf(500, scale=400),
        ),
        (
            "sensor lifetimes are exponential, mean-time-to-failure 2000 hours. probability it is still transmitting "
            "after 3000 hours?",
            stats.expon.sf(3000, scale=2000),
        ),
    ],
)
def test_exponential_still_working_in_other_verbs(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "FCU MTBUR = 8,000 FH, removals assumed Poisson. fleet will fly 24,000 FH next qtr. prob of MORE than 5 "
            "unscheduled removals in the qtr? (spares calc)",
            stats.poisson.sf(5, 24000 / 8000),
        ),
        (
            "MTBF = 5,000 flight hours, failures assumed Poisson. the fleet will fly 15,000 flight hours next month. "
            "probability of at most 1 failure?",
            stats.poisson.cdf(1, 15000 / 5000),
        ),
        ("MTBUR 2000 FH, poisson removals. fleet flies 6000 FH. P(exactly 3 removals)?", stats.poisson.pmf(3, 3)),
    ],
)
def test_poisson_mean_from_mean_exposure_between_events(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "HPT blade borescope: 3% of engines in the fleet actually have a cracked blade. inspector calls a crack 92% "
            "of the time when one is there, false call rate 4% on clean engines. engine gets a crack call — "
            "P(actually cracked)?",
            _ppv(0.03, 0.92, 0.04),
        ),
        (
            "weld inspection: 5% of welds actually have a flaw. the inspector calls a flaw 90% of the time when there "
            "is one; false call rate 2% on sound welds. a weld gets a flaw call - P(it really is flawed)?",
            _ppv(0.05, 0.90, 0.02),
        ),
        (
            "ultrasonic check: hit rate 92%, false call rate 4%, 3% of engines truly cracked. given a crack call, "
            "probability the engine is actually cracked?",
            _ppv(0.03, 0.92, 0.04),
        ),
    ],
)
def test_bayes_with_an_inspectors_calls(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        # the complement counted: a survival rate is no probability of dying
        "surgically implanting acoustic tags in 12 salmon smolts, post-surgery survival is ~85% per fish and we'll "
        "treat them as independent. P(at least 2 of the 12 die)?",
        # a reliability per departure, no chance of the delay counted
        "tech dispatch rel 98.5% per departure, indep. A/C does 60 departures this month. P(at most 1 tech delay)?",
        # no limit named for "MLS"
        "cod in this year's survey: total length roughly normal, mean 52 cm, sd 6 cm. what fraction of the fish are "
        "above MLS?",
        # a mean life with no model named
        "acoustic transmitter failures have a mean time-to-failure of 180 days. prob a given tag is still pinging at "
        "365 days post-release?",
        # two exposures in the unit: which one is unclear
        "FCU MTBUR = 8,000 FH, removals assumed Poisson. fleet will fly 24,000 FH next qtr and 30,000 FH the qtr "
        "after. prob of MORE than 5 unscheduled removals?",
        # a mean exposure between events with no model named
        "FCU MTBUR = 8,000 FH. fleet will fly 24,000 FH next qtr. prob of MORE than 5 unscheduled removals in the qtr?",
        # no false call rate: Bayes lacks the specificity
        "HPT blade borescope: 3% of engines in the fleet actually have a cracked blade. inspector calls a crack 92% of "
        "the time when one is there. engine gets a crack call — P(actually cracked)?",
    ],
)
def test_near_misses_still_decline(question: str) -> None:
    declined(question)
