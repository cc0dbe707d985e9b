"""Probability questions whose distribution or parameters are stated in words the readers did not know (round 50):
a binomial's n and p read by elimination, the one count and the one share left beside the count asked ("24
panelists, pure guessing = 1/3 chance ... P(13 or more correct)", "about 8% of our meters older than 15 years
under-register ... pull 25 ... at most 2 fail"); "w.p." for "with probability" in Bayes' theorem; a Poisson mean from a
density per area times the area ("D0 = 0.3 /cm², die area 3.2 cm²"); an exponential "go 30 days without a break" as
survival past 30 days, its mean "time between trips". Near misses (two counts, no share, two shares, a share of the
complement, a break asked "with") still decline.

References: scipy.stats (binom, poisson, expon) and Bayes' theorem written out."""

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
            "triangle test, 24 panelists, pure guessing = 1/3 chance of picking the odd cup. if nobody can actually "
            "tell, P(13 or more correct)? exact binomial pls not normal approx",
            stats.binom.sf(12, 24, 1 / 3),
        ),
        (
            "From the bench testing program, about 8% of our residential meters older than 15 years under-register "
            "beyond the AWWA limit. If we pull 25 of them at random, what is the probability that at most 2 fail? "
            "Please use the exact binomial, not a normal approximation.",
            stats.binom.cdf(2, 25, 0.08),
        ),
        (
            "tasting panel of 30, each guesses right w.p. 1/3 if they cannot tell. binomial: P(at least 15 correct)?",
            stats.binom.sf(14, 30, 1 / 3),
        ),
        (
            "roughly 5% of our old hydrants are stuck. we check 40 of them. binomial: P(at most 1 stuck)?",
            stats.binom.cdf(1, 40, 0.05),
        ),
        (
            "12 tasters each pick independently, 1/3 chance of a right pick by guessing. P(at least 8 right)?",
            stats.binom.sf(7, 12, 1 / 3),
        ),
        (
            "24 panelists guess independently with a 1/3 chance each. P(13 or more correct)?",
            stats.binom.sf(12, 24, 1 / 3),
        ),
    ],
)
def test_binomial_count_and_share_by_elimination(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "OOS screen; 1.5% of batches truly OOS; screen flags a truly OOS batch w.p. 0.98; flags a conforming batch "
            "w.p. 0.03. batch gets flagged; P(truly OOS | flagged)?",
            _ppv(0.015, 0.98, 0.03),
        ),
        (
            "QC screen: 2% of lots truly bad; assay flags a bad lot w.p. 0.95 and flags a good lot w.p. 0.04. a lot is "
            "flagged; P(truly bad | flagged)?",
            _ppv(0.02, 0.95, 0.04),
        ),
        (
            "2% of parts defective. gauge rejects a defective part wp 0.9, rejects a good part wp 0.05. part rejected "
            "— P(defective)?",
            _ppv(0.02, 0.90, 0.05),
        ),
    ],
)
def test_bayes_with_wp_for_with_probability(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "defect density D0 = 0.3 /cm², die area 3.2 cm², assume poisson defects. P(a die has 2 or more defects)?",
            stats.poisson.sf(1, 0.3 * 3.2),
        ),
        (
            "particle density 0.05 per cm², wafer area 20 cm², poisson. P(no particles)?",
            stats.poisson.pmf(0, 0.05 * 20),
        ),
        (
            "flaws are poisson, density 0.8 /m², sheet area 2.5 m². P(at most 1 flaw)?",
            stats.poisson.cdf(1, 0.8 * 2.5),
        ),
    ],
)
def test_poisson_mean_from_density_times_area(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "On the cast-iron zone, the time between main breaks looks exponential with a mean of 18 days. What is the "
            "probability that we go 30 days without a break?",
            stats.expon.sf(30, scale=18),
        ),
        (
            "pump trips are exponential with a mean time between trips of 40 days. what's the chance the pump runs 60 "
            "days without a trip?",
            stats.expon.sf(60, scale=40),
        ),
        (
            "feeder outages: exponential, mean 120 h between outages. P(we go 200 hours with no outage)?",
            stats.expon.sf(200, scale=120),
        ),
    ],
)
def test_exponential_going_a_time_without_an_event(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        # two counts left: which is n is unclear
        "24 panelists and 10 judges, 1/3 chance, binomial, P(13 or more correct)?",
        # no share left
        "triangle test, 24 panelists, P(13 or more correct)? exact binomial",
        # two shares left
        "8% of meters under-register and 5% over-register; we pull 25; binomial P(at most 2 fail)",
        # the share is of the complement of what is counted
        "about 92% of our meters register correctly. If we pull 25 of them at random, probability that at most 2 "
        "fail? exact binomial",
        "triangle test, 24 panelists, 2/3 chance of picking a wrong cup by guessing. P(13 or more correct)? exact "
        "binomial",
        # two areas: which one the count is over is unclear
        "defect density 0.3 /cm², die area 3.2 cm² and wafer area 700 cm², poisson. P(2 or more defects)?",
        # a break asked "with", not "without": no time window read
        "time between main breaks is exponential, mean 18 days. probability we go 30 days with a break?",
    ],
)
def test_near_misses_still_decline(question: str) -> None:
    declined(question)
