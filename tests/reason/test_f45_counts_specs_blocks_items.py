"""f45: counts listed from zero ("one or zero defects") read as "at most k"; specification limits in words ("not
less than 10, not more than 60"); a factorial run in blocks that are each a full replicate; a yield per item
restated by one item's weight ("185 bu/ac at 56 lb/bu in t/ha")."""

from __future__ import annotations

import pytest
from scipy import constants, stats

from tests.reason.answers import declined, right_value

_ACRE = 4840 * constants.yard**2


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Defects average 2.3 per panel. What is the chance a panel has one or zero defects?", stats.poisson.cdf(1, 2.3)),
        ("Defects average 2.3 per panel. What is the chance a panel has zero or one defects?", stats.poisson.cdf(1, 2.3)),
        ("Defects average 2.3 per panel. What is the probability a panel has at most one defect?",
         stats.poisson.cdf(1, 2.3)),
        ("Calls arrive at 4 per hour. What is the probability of zero, one or two calls in an hour?",
         stats.poisson.cdf(2, 4)),
        ("Each of 8 seedlings has a 0.2 chance to fall over. What is the probability that zero or one of them fall?",
         stats.binom.cdf(1, 8, 0.2)),
        ("Each of 8 seedlings has a 0.2 chance to fall over. What is the probability two or more of them fall?",
         stats.binom.sf(1, 8, 0.2)),
    ],
)  # fmt: skip
def test_counts_listed_from_zero(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


def test_counts_listed_not_from_zero_still_decline() -> None:
    """ "one or two of them" is no bound: it stays unread, never read as "at most 2"."""
    declined("Each of 8 seedlings has a 0.2 chance to fall over. What is the probability that one or two of them fall?")


@pytest.mark.parametrize(
    "question",
    [
        "Spec: not less than 10, not more than 60; process mean 35, sd 6.25. What is Cpk?",
        "Spec: no less than 10 and no more than 60; process mean 35, sd 6.25. What is Cpk?",
        "The spec is at least 10 and at most 60; process mean 35, standard deviation 6.25. What is Cpk?",
    ],
)
def test_specification_in_words(question: str) -> None:
    right_value(question, min(60 - 35, 35 - 10) / (3 * 6.25), "capability", key="cpk", rel=1e-12)


def test_one_sided_specification_in_words() -> None:
    right_value("Spec: not less than 20; process mean 35, sd 6.25. What is Cpk?", (35 - 20) / (3 * 6.25),
                "capability", key="cpk", rel=1e-12)  # fmt: skip


def test_reversed_bounds_in_words_decline() -> None:
    declined("Spec: not less than 60, not more than 10; process mean 35, sd 6.25. What is Cpk?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A 3×4×2 factorial is run in 3 blocks (each block a full replicate). How many runs?", 3 * 4 * 2 * 3),
        ("A 3x4x2 full factorial is run in 3 blocks, each block being one complete replicate. How many runs?", 72),
        ("A 3x3 factorial is run in 3 blocks with one replicate per block. How many runs in total?", 27),
        ("A 2^3 factorial is run in 2 blocks, each block a full replicate. How many runs?", 16),
    ],
)
def test_blocks_that_are_replicates(question: str, want: int) -> None:
    out = right_value(question, want, "design", key="runs")
    assert any("one replicate per block" in c["name"] for c in out["checks"])


def test_blocks_as_replicates_against_other_replicates_decline() -> None:
    declined("A 3x4x2 factorial is run in 3 blocks (each block a full replicate) with 2 replicates. How many runs?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("What is 185 bu/ac of corn at 56 lb/bu in t/ha?", 185 * 56 * constants.pound / _ACRE * 10),
        ("Convert a corn yield of 185 bu/ac to t/ha (56 lb per bushel).", 185 * 56 * constants.pound / _ACRE * 10),
        ("A field yields 185 bushels per acre of corn; at 56 lb/bu, what is that in t/ha?",
         185 * 56 * constants.pound / _ACRE * 10),
        ("Wheat at 60 lb/bu yields 70 bu/ac. What is that in kg/ha?", 70 * 60 * constants.pound / _ACRE * 1e4),
    ],
)  # fmt: skip
def test_yield_per_item_by_its_weight(question: str, want: float) -> None:
    out = right_value(question, want, "unit_conversion", key="value", rel=1e-12)
    assert any("weight of one item" in c["name"] for c in out["checks"])


def test_yield_per_item_without_its_weight_declines() -> None:
    declined("What is 185 bu/ac in t/ha?")


@pytest.mark.parametrize(
    "question",
    [
        "An X̄–R chart uses subgroups of 5. The subgroup means average 50.2 and the ranges average 4.1. What is the UCL "
        "for the X̄ chart?",
        "An Xbar-R chart uses subgroups of 5. The sample means averaged 50.2 and the sample ranges averaged 4.1. What "
        "is the UCL?",
        "An x-bar & R chart uses subgroups of 5. The subgroup means average 50.2 and the subgroup ranges average 4.1. "
        "What is the upper control limit for the means chart?",
        "Subgroups of size 5 have means 50.1, 49.8, 50.4, 50.0 and ranges 4.2, 3.9, 4.5, 3.8. For the X̄–R chart, "
        "what is the UCL for the means?",
    ],
)
def test_xbar_r_chart_from_averaged_statistics(question: str) -> None:
    """UCL = grand mean + A2 R-bar, A2 = 0.577 at n = 5 (ASTM E2587 / Montgomery, Appendix VI)."""
    means, ranges = [50.1, 49.8, 50.4, 50.0], [4.2, 3.9, 4.5, 3.8]
    grand, rbar = (50.2, 4.1) if "average" in question else (sum(means) / 4, sum(ranges) / 4)
    right_value(question, grand + 0.577 * rbar, "control_chart", key="ucl", rel=1e-9)
