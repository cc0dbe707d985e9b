"""f44: a binomial's trials from a span said as a compound ("over a twelve-month campaign") of periodic samples;
a Poisson rate per area over a piece whose area is said with "has exactly 1000 m^2"; DPMO times opportunities per
unit as a Poisson mean of defects per unit (first-pass yield exp(-DPU)); a screening test's rates said as actions
("catches 95% of the bad loads", "correctly passes 90% of the good ones") beside a specification "limit". References from scipy and math."""

from __future__ import annotations

import math

import pytest
from scipy.stats import binom, poisson

from tests.reason.answers import declined, right_value

_BINOMIAL = binom.pmf(2, 12, 0.08)


@pytest.mark.parametrize(
    "question",
    [
        "Each monthly groundwater sample independently has an 8% chance of exceeding the trigger value. Over a "
        "twelve-month campaign, probability that exactly two samples exceed?",
        "Monthly samples are independent and each has an 8% chance of exceeding the trigger level. During a 12-month "
        "monitoring program, what is the probability exactly 2 samples exceed?",
        "Our monthly samples each have an 8% chance of exceeding the trigger value, independently. Over a "
        "twelve-month campaign, what is P(exactly 2 exceed)?",
    ],
)
def test_trials_from_compound_span(question: str) -> None:
    right_value(question, _BINOMIAL, "probability")


@pytest.mark.parametrize(
    "question, mean",
    [
        ("Pinholes in our SMS run average 1.8 per 1000 m². A roll has exactly 1000 m² on it. Poisson assumption — "
         "probability a roll has two or fewer pinholes?", 1.8),
        ("Pinholes average 1.8 per 1000 square metres of fabric; each roll holds 1000 m2. Assuming Poisson, what is "
         "the chance a roll has at most 2 pinholes?", 1.8),
        ("Defects run at 0.9 per 500 m^2 and a roll contains exactly 1000 m^2. Poisson: P(a roll has 2 or fewer "
         "defects)?", 0.9 / 500 * 1000),
    ],
)  # fmt: skip
def test_rate_per_area_over_piece(question: str, mean: float) -> None:
    right_value(question, poisson.cdf(2, mean), "probability")


@pytest.mark.parametrize(
    "question, want",
    [
        ("PCB-4471 rev C has 1600 solder joint opportunities. line is running 500 DPMO. assuming defects are "
         "Poisson, what fraction of boards come out with zero defects?", math.exp(-500e-6 * 1600)),
        ("DPMO 250, 2400 opportunities per assembly, first-pass yield (zero defects)?", math.exp(-250e-6 * 2400)),
        ("Our SMT line runs at 400 defects per million opportunities and each board has 2000 opportunities. What is "
         "the first pass yield?", math.exp(-400e-6 * 2000)),
        ("each assembly has 1200 opportunities; DPMO is 500. probability a board has at most 1 defect?",
         poisson.cdf(1, 500e-6 * 1200)),
        ("each assembly has 1200 opportunities; DPMO is 500. what percent of boards have no defects?",
         100 * math.exp(-500e-6 * 1200)),
    ],
)  # fmt: skip
def test_dpmo_defects_per_unit(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "the line runs 500 DPMO. what fraction of boards have zero defects?",  # no opportunities per board
        "each board has 1600 opportunities and the line runs 500 DPMO. how good is it?",  # no count asked
    ],
)
def test_dpmo_declines(question: str) -> None:
    declined(question)


_PPV = 0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.10)


@pytest.mark.parametrize(
    "question",
    [
        "about 4% of incoming corn loads are actually over the aflatoxin limit. our rapid strip test catches 95% of "
        "the bad loads (sensitivity) and correctly passes 90% of the good ones (specificity). a truck just tested "
        "positive — probability it's really over the limit?",
        "4% of loads are truly above the limit. The test flags 95% of bad loads (sensitivity) and passes 90% of good "
        "ones (specificity). Given a positive result, what's the chance the load is really above the limit?",
        "Roughly 4% of lots are really over the spec limit. Our screen catches 95% of the bad lots and correctly "
        "passes 90% of the good lots. A lot screens positive. Probability it is really over the limit?",
    ],
)
def test_bayes_actions_beside_a_limit(question: str) -> None:
    right_value(question, _PPV, "probability")
