"""A normal's share past a named threshold ("the alarm threshold is 70 ... trip the alarm"), counts written trials
first ("of 480 vaccinated people 24 got infected", "survey of 400 kids found 342 vaccinated") in a chi-square table
and a one-proportion z test; references by scipy and math."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import confident, declined

NORMAL = "bearing temperatures are normally distributed with mean 62 and standard deviation 4.5. "


@pytest.mark.parametrize(
    "question",
    [
        "Hot axlebox detector: bearing temperatures of healthy wagons are normally distributed with mean 62 °C and "
        "standard deviation 4.5 °C. The alarm threshold is 70 °C. What fraction of healthy bearings will trip the alarm?",
        NORMAL + "The alarm is set off at a threshold of 70. What share of bearings exceed the threshold?",
        NORMAL + "alarm threshold = 70. what fraction of readings set off the alarm?",
    ],
)
def test_named_threshold_crossed(question: str) -> None:
    out = confident(question, "probability")
    assert out.result == pytest.approx(stats.norm.sf(70, 62, 4.5), rel=1e-9)


def test_named_threshold_not_crossed() -> None:
    out = confident(NORMAL + "the threshold is 70. what fraction stays below the threshold?", "probability")
    assert out.result == pytest.approx(stats.norm.cdf(70, 62, 4.5), rel=1e-9)


def test_threshold_side_unsaid_declined() -> None:
    declined(NORMAL + "the alarm threshold is 70. what fraction of bearings?")


def test_trials_first_table() -> None:
    q = ("Outbreak cohort: of 480 vaccinated people 24 got infected; of 220 unvaccinated people 31 got infected. "
         "Chi-square test of independence between vaccination status and infection, Pearson, no Yates continuity "
         "correction. p-value?")  # fmt: skip
    out = confident(q, "hypothesis_test")
    want = stats.chi2_contingency([[24, 456], [31, 189]], correction=False)[1]
    assert out.result["p_value"] == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        "target MMR coverage is 90%. survey of 400 kids found 342 vaccinated. one-proportion z test, H0: p = 0.90 vs "
        "H1: p < 0.90, standard error from the null value. z statistic?",
        "we surveyed 400 children and found 342 vaccinated. one-proportion z test of H0: p = 0.9 against H1: p < 0.9. "
        "z statistic?",
    ],
)
def test_survey_found_one_proportion(question: str) -> None:
    out = confident(question, "hypothesis_test")
    z = (342 / 400 - 0.9) / math.sqrt(0.9 * 0.1 / 400)
    assert out.result["statistic"] == pytest.approx(z, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(stats.norm.cdf(z), rel=1e-6)
