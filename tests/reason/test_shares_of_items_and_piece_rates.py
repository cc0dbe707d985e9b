"""Task t1: a binomial from a share of the items stated in words ("92% of our shipments are on-time", "15% of
inspection intervals show a fault", "a 92% on-time rate") with n from "17 of 20" or "the next twenty"; counts read from
"19 exceeded 1 NTU out of 240" forms; Poisson rates per length, area or piece scaled to the exposure asked, and
declined when it is not stated. References are computed here with scipy and statsmodels."""

from __future__ import annotations

import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from tests.reason.answers import declined, right_value

ON_TIME = stats.binom.cdf(17, 20, 0.92)


@pytest.mark.parametrize(
    "question",
    [
        "Historically 92% of our shipments are on-time. For the next 20 shipments, what's the probability at most 17 "
        "of 20 arrive on time?",
        "92% of our shipments arrive on time. What is the probability that no more than 17 of the next 20 shipments "
        "arrive on time?",
        "Our carrier has a 92% on-time rate. Of the next 20 shipments, what's the chance 17 or fewer are on time?",
    ],
)
def test_share_of_items_at_most(question: str) -> None:
    right_value(question, ON_TIME, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("15% of inspection intervals show a fault. Over the next twenty intervals, what's the chance of exactly 3 "
         "faulty intervals?", stats.binom.pmf(3, 20, 0.15)),
        ("15% of inspection intervals show a fault. Over the next twenty intervals, what's the chance of at least 5 "
         "faulty intervals?", stats.binom.sf(4, 20, 0.15)),
        ("About 15% of intervals show a fault. What is the probability that at least 5 of the next 20 intervals show "
         "a fault?", stats.binom.sf(4, 20, 0.15)),
    ],
)  # fmt: skip
def test_share_of_intervals(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "92% of our shipments arrive on time. What is the probability that at most 2 of the next 20 shipments arrive "
        "late?",
        "92% of our shipments arrive on time. What is the probability that at most 2 of the next 20 shipments do not "
        "arrive on time?",
        "15% of inspection intervals show a fault. Over the next twenty intervals, what's the chance of at least 17 "
        "clean intervals?",
    ],
)
def test_complement_of_the_share_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "alternative"),
    [
        ("19 exceeded 1 NTU out of 240. Is the exceedance rate above 5%?", "larger"),
        ("Of 240 samples, 19 exceeded 1 NTU. Is the exceedance rate above 5%?", "larger"),
        ("19 of the 240 samples exceeded 1 NTU. Is the exceedance rate above 5%?", "larger"),
        ("240 samples were tested and 19 exceeded 1 NTU. Is the exceedance rate above 5%?", "larger"),
        ("19 of 240 samples exceeded 1 NTU. Is the exceedance rate above the 5% limit?", "larger"),
        ("19 exceeded 1 NTU out of 240. Test against a limit of 5% at alpha 0.05.", "two-sided"),
    ],
)
def test_count_beside_a_threshold(question: str, alternative: str) -> None:
    want = proportions_ztest(19, 240, 0.05, alternative=alternative, prop_var=0.05)[1]
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("defects occur at 0.8 per 100 m of fabric; what is the probability a 250 m roll has at most 1 defect?",
         stats.poisson.cdf(1, 0.8 * 2.5)),
        ("Flaws average 0.8 per 100 metres of fabric. What's the chance of no more than 1 flaw in a 250-metre roll?",
         stats.poisson.cdf(1, 0.8 * 2.5)),
        ("Cable faults occur at 1.5 per 1000 ft. What is the probability of at most 2 faults in 3000 ft of cable?",
         stats.poisson.cdf(2, 1.5 * 3)),
        ("Calls arrive at 4 per hour. What is the probability of more than 40 calls over an 8-hour shift?",
         stats.poisson.sf(40, 4 * 8)),
        ("Our greige rolls average 2.3 defects per roll. What is the probability that 3 rolls have at most 4 defects "
         "in total?", stats.poisson.cdf(4, 2.3 * 3)),
        ("Our greige rolls average 2.3 defects per roll. What is the chance of at most 10 defects across 4 rolls?",
         stats.poisson.cdf(10, 2.3 * 4)),
        ("Our greige rolls carry 2.3 defects per roll on average. What is the probability one roll has more than 4 "
         "defects?", stats.poisson.sf(4, 2.3)),
        ("Scratches average 1.2 per sheet. We ship 5 sheets; what is the probability of at most 3 scratches on the "
         "shipment?", stats.poisson.cdf(3, 1.2 * 5)),
    ],
)  # fmt: skip
def test_rate_scaled_to_the_exposure(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Defects occur at 0.8 per 100 m. What is the probability a roll has at most 1 defect?",
        "Voids occur at 0.3 per m^2. What is the probability that a panel has no voids?",
        "Scratches average 1.2 per sheet. What's the probability that at most 2 sheets have a scratch?",
    ],
)
def test_exposure_unknown_declined(question: str) -> None:
    declined(question)
