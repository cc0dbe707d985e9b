"""Task z2b: a rate in FIT with a constant hazard over years of stated operating hours, a rate per a compound
exposure unit ("per 1000 central-line days") over an exposure in that unit, a share named by its window ("30-day
readmission rate") counted within that window, and the items "each of 12 bobbins" have a probability of. References
computed with math and scipy."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    "question",
    [
        "part rated 250 FIT (failures per 10⁹ device-hours), constant hazard. probability it survives 5 years of 24/7 "
        "operation, use 8760 h/yr",
        "A component has a failure rate of 250 FIT with a constant hazard rate. What is the probability it survives "
        "5 years of continuous operation (8760 hours per year)?",
        "the part is rated at 250 FIT, exponential lifetimes. Assuming 8760 operating hours a year, P(survives 5 "
        "years)?",
    ],
)
def test_fit_rate_over_years_of_stated_hours(question: str) -> None:
    right_value(question, math.exp(-250e-9 * 5 * 8760), "probability")


def test_years_without_hours_a_year_are_declined() -> None:
    declined("part rated 250 FIT, constant hazard. probability it survives 5 years")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("ICU CLABSI baseline is 1.2 per 1000 central-line days. If the unit logs 2500 line-days this quarter and "
         "infections follow a Poisson process at that baseline rate, what's P(zero CLABSIs)?",
         stats.poisson.pmf(0, 1.2 / 1000 * 2500)),
        ("The CLABSI rate is 1.2 infections per 1,000 catheter-days. Next quarter we expect 2500 catheter days; "
         "assuming Poisson, what is the probability of no infections?", stats.poisson.pmf(0, 3)),
        ("Falls occur at 3.1 per 1000 patient-days (Poisson). The ward logs 800 patient-days this month. P(at least "
         "4 falls)?", stats.poisson.sf(3, 3.1 / 1000 * 800)),
    ],
)  # fmt: skip
def test_rate_per_exposure_units(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Our heart-failure 30-day readmission rate is 8%. Next month 20 HF patients get discharged. Assuming "
        "independence, what's the probability at least 3 of them come back within 30 days?",
        "The 30-day readmission rate for heart-failure patients is 8%. If 20 HF patients are discharged next month "
        "and readmissions are independent, what is the probability that at least 3 are readmitted within 30 days?",
        "Our 30-day readmission rate is 8%. 20 patients are discharged next month, independently. P(3 or more of them "
        "return within 30 days)?",
    ],
)
def test_share_named_by_its_window(question: str) -> None:
    right_value(question, stats.binom.sf(2, 20, 0.08), "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Our 30-day readmission rate is 8%. 20 patients are discharged next month, independently. P(at least 3 of "
        "them are not readmitted within 30 days)?",
        "Our 30-day readmission rate is 8%. Next month 20 HF patients get discharged. What's the probability at "
        "least 3 of them come back within 60 days?",
    ],
)
def test_window_share_of_another_outcome_or_window_is_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("ring frame: each of 12 bobbins independently has a 6% chance of an end break during the doff. P(exactly "
         "one break)?", stats.binom.pmf(1, 12, 0.06)),
        ("each of the 12 spindles independently has a 6% chance of an end break during the doff. what is the "
         "probability that exactly 1 breaks?", stats.binom.pmf(1, 12, 0.06)),
        ("12 bobbins each independently have a 6% probability of an end break in a doff. probability of exactly one "
         "end break?", stats.binom.pmf(1, 12, 0.06)),
        ("each of 12 bobbins independently has a 6% chance of an end break during the doff. P(at most 2 breaks)?",
         stats.binom.cdf(2, 12, 0.06)),
    ],
)  # fmt: skip
def test_each_of_n_items(question: str, want: float) -> None:
    right_value(question, want, "probability")
