"""Task t1b: a bad share's rate named with what it is of ("the defect rate on the vial line is 0.8%"), a property's
share named by its noun ("germination is 85%") counted by a verb of the same stem ("at least 18 of them germinate"),
the pieces "of them" points back to, and a rate per area scaled to the area said of the piece ("the die is 1.2 cm²").
References by scipy.stats and math, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

VIALS = [
    "Historical defect rate on the vial line is 0.8%, defects independent. If QA pulls fifty vials at random, what's "
    "the probability at least one is defective?",
    "Defect rate for the vial line has historically been 0.8%, independent from vial to vial. If we sample fifty "
    "vials, what's the chance that one or more is defective?",
    "On the vial line the defect rate is 0.8% and defects are independent. QA randomly pulls 50 vials. Probability "
    "at least one vial is defective?",
]
SEEDS = [
    "Seed lot germination is 85 %. I sow 20 seeds in a tray, seeds independent. What's the probability that at least "
    "18 of them germinate?",
    "Germination rate for this seed lot is 85%. We plant 20 seeds, independently. What is the probability that at "
    "least 18 germinate?",
    "A seed lot has 85% germination. If 20 seeds are sown independently, find P(at least 18 germinate).",
    "Seed lot germination is 85 %. I sow 20 seeds. What's the probability that at least 18 of those germinate?",
]
DIES = [
    "Random defect density is 0.15 defects/cm² and the die is 1.2 cm². Assuming defects are Poisson, what fraction "
    "of die have zero defects?",
    "Die area is 1.2 cm^2 and random defects occur at 0.15 per cm^2 (Poisson). What fraction of dies have zero "
    "defects?",
    "With a Poisson defect density of 0.15 defects per square centimetre, what is the probability a 1.2 cm² die has "
    "no defects?",
    "Defects are Poisson with density 0.15 per cm². Each die measures 1.2 cm². What is the probability that a die "
    "has no defects?",
]


@pytest.mark.parametrize("question", VIALS)
def test_a_rate_named_with_its_line_is_the_share_per_piece(question: str) -> None:
    right_value(question, 1 - (1 - 0.008) ** 50, "probability")


@pytest.mark.parametrize("question", SEEDS)
def test_a_property_named_by_its_noun_is_the_binomial_p(question: str) -> None:
    right_value(question, float(stats.binom.sf(17, 20, 0.85)), "probability")


def test_a_pass_rate_with_where_it_is_measured() -> None:
    q = "Pass rate at final test is 97%. Of 40 boards tested independently, what's the probability at least 38 pass?"
    right_value(q, float(stats.binom.sf(37, 40, 0.97)), "probability")


@pytest.mark.parametrize("question", DIES)
def test_an_area_rate_is_scaled_to_the_area_of_the_piece(question: str) -> None:
    right_value(question, math.exp(-0.15 * 1.2), "probability")


@pytest.mark.parametrize(
    "question",
    [
        # the complement of the stated property is not read as it
        "Seed lot germination is 85 %. I sow 20 seeds in a tray. What's the probability that at most 2 of them fail "
        "to germinate?",
        # an area rate with no area of the piece
        "Random defect density is 0.15 defects/cm². Assuming defects are Poisson, what fraction of die have zero "
        "defects?",
    ],
)
def test_declined(question: str) -> None:
    declined(question)


def test_the_window_check_fails_an_unscaled_area_rate() -> None:
    from havoc_cli.reason.windows import window_check
    from plugins.api.prose import plain_text
    from plugins.api.reasoning import Plan

    q = plain_text(DIES[0])
    assert window_check(q, Plan("probability", "", {"dist": "poisson", "mu": 0.18})).passed
    assert not window_check(q, Plan("probability", "", {"dist": "poisson", "mu": 0.15})).passed
