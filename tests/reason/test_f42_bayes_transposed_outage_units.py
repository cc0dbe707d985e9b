"""Bayes over sources stated share sentence then rate sentence ("crew A's cores fail 4% of the time, crew B's 10%"),
and units up among n each down with a stated unavailability (forced outage rate): binomial with 1 - FOR."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_CREW_B = 0.4 * 0.10 / (0.6 * 0.04 + 0.4 * 0.10)  # P(B | fail) = P(B) P(fail | B) / P(fail)


@pytest.mark.parametrize(
    "question, want",
    [
        ("60% of the density cores come from paving crew A and 40% from crew B. Crew A's cores fail the compaction "
         "spec 4% of the time, crew B's 10%. A core just came back failing — probability it's from crew B?", _CREW_B),
        ("Line 1 produces 60% of the parts and line 2 the other 40%. Line 1's parts are defective 4% of the time, "
         "line 2's 10%. A part is found defective; what is the probability it came from line 2?", _CREW_B),
        ("Shift A makes 60% of the parts, shift B 40%. Shift A's parts fail inspection 4% of the time and shift B's "
         "10%. Given a failed part, what's the chance it was made by shift B?", _CREW_B),
        ("Shift A makes 60% of the parts, shift B 40%. Shift A's parts fail inspection 4% of the time and shift B's "
         "10%. Given a failed part, what's the chance it was made by shift A?", 1 - _CREW_B),
        ("Crew A's cores fail the spec 4% of the time, crew B's 10%. Crew A placed 60% of the cores and crew B 40%. "
         "A core failed: what is the chance it came from crew B?", _CREW_B),
        ("Machine A makes 50% of the bolts, machine B 30% and machine C 20%. Machine A's bolts are defective 1% of "
         "the time, machine B's 2%, machine C's 5%. A bolt is defective: probability it came from machine C?",
         0.2 * 0.05 / (0.5 * 0.01 + 0.3 * 0.02 + 0.2 * 0.05)),
    ],
)  # fmt: skip
def test_sources_stated_in_two_sentences(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question, want",
    [
        ("Station has four identical units, each with forced outage rate FOR = 0.05, outages independent. "
         "Probability that at least 3 of the 4 are available at a given hour?", stats.binom.sf(2, 4, 0.95)),
        ("Each pump is down 5% of the time independently; P(at least 3 of 4 running)?", stats.binom.sf(2, 4, 0.95)),
        ("Unavailability 0.05 per unit, 4 units, probability at least 3 up?", stats.binom.sf(2, 4, 0.95)),
        ("Four generators, each with a forced outage rate (FOR) of 5%, independent. Probability that at most 1 of "
         "the 4 is on outage?", stats.binom.cdf(1, 4, 0.05)),
    ],
)  # fmt: skip
def test_units_up_from_unavailability(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # the shares do not sum to 1
        "60% of the cores come from crew A and 30% from crew B. Crew A's cores fail 4% of the time, crew B's 10%. "
        "A core failed — probability it's from crew B?",
        # the event observed is the absence of the one whose rates are stated
        "60% of the cores come from crew A and 40% from crew B. Crew A's cores fail 4% of the time, crew B's 10%. "
        "A core passed — probability it's from crew B?",
        # neither units up nor units down counted
        "Four units, each FOR = 0.05, independent. Probability that at least 3 of the 4?",
    ],
)
def test_unreadable_declined(question: str) -> None:
    declined(question)


def test_possessive_is_no_sd() -> None:
    """ "crew b's 10%" names no standard deviation "s"."""
    from plugins.api.prose import named_value

    assert named_value("crew b's 10% of the time", ["sd", "s"]) is None
    assert named_value("n = 5, s = 0.4", ["sd", "s"]) == ("0.4", "")
