"""f43: a table of "k of n" per group beside a total per group, a mean stated as "design says 88%", a status-code
class glued to a count ("48 5xx out of 12000"), and a predictor stated as a range at a fixed step; references by
scipy and statsmodels."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from tests.reason.answers import declined, right_value

_TABLE = [
    "Formative usability study, 60 participants per handle design. Use errors observed: design A 12 of 60, design B "
    "5 of 60, design C 9 of 60. Pearson chi-square test of independence (design × error yes/no). Report the p-value.",
    "Usability test with 60 users per design: errors in design A 12 of 60, design B 5 of 60, design C 9 of 60. Is "
    "error rate independent of design? chi-square p-value",
    "Errors by layout: layout A 12 out of 60 users, layout B 5 out of 60, layout C 9 out of 60. Chi-square test of "
    "independence, p value?",
]
_CU = [
    "daily Cu recoveries % last 10 days: 86.9 88.4 87.2 85.8 89.1 86.5 87.7 86.2 88.0 86.8 . design says 88%, one "
    "sample t test two sided, p value?",
    "Cu recovery (%) over the last 10 days: 86.9, 88.4, 87.2, 85.8, 89.1, 86.5, 87.7, 86.2, 88.0, 86.8. The design "
    "value is 88%. One-sample t-test, two-sided p-value?",
    "last 10 days recovery %: 86.9 88.4 87.2 85.8 89.1 86.5 87.7 86.2 88.0 86.8 ; spec says 88%. 1-sample t test, p "
    "value?",
]
_CODES = [
    "canary had 48 5xx out of 12000 requests, baseline had 30 out of 11500. two-sided pooled two-proportion z test, "
    "no continuity correction. p value?",
    "Canary: 48 5xx errors of 12000 requests; baseline: 30 5xx errors of 11500 requests. Two-proportion z-test "
    "(pooled, no continuity correction), two-sided p-value?",
    "the new build returned 48 5xx responses out of 12000 calls vs 30 out of 11500 on the old build. pooled two "
    "proportion z test two sided p?",
]
_SWEEP = [
    "Hold pressure sweep, 7 settings from 8000 to 14000 psi in 1000 psi steps, part weights (g) in order: 41.92, "
    "42.05, 42.11, 42.24, 42.28, 42.37, 42.40. How much of the weight variation does a straight-line fit explain (R²)?",
    "Hold pressure set every 1000 psi from 8000 to 14000 psi; part weights (g) in order: 41.92, 42.05, 42.11, 42.24, "
    "42.28, 42.37, 42.40. R-squared of a linear fit?",
    "Pressure stepped from 8000 to 14000 psi in steps of 1000 psi. Part weight at each step: 41.92 42.05 42.11 42.24 "
    "42.28 42.37 42.40 g. R^2 of a straight-line fit?",
]
_WEIGHTS = [41.92, 42.05, 42.11, 42.24, 42.28, 42.37, 42.40]


@pytest.mark.parametrize("question", _TABLE)
def test_k_of_n_per_group_beside_a_total_per_group(question: str) -> None:
    want = stats.chi2_contingency([[12, 48], [5, 55], [9, 51]]).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize("question", _CU)
def test_design_value_as_hypothesised_mean_in_percent(question: str) -> None:
    want = stats.ttest_1samp([86.9, 88.4, 87.2, 85.8, 89.1, 86.5, 87.7, 86.2, 88.0, 86.8], 88).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize("question", _CODES)
def test_status_code_class_is_no_number(question: str) -> None:
    want = proportions_ztest([48, 30], [12000, 11500])[1]
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize("question", _SWEEP)
def test_predictor_as_range_with_step(question: str) -> None:
    want = stats.linregress(np.arange(8000, 14001, 1000), _WEIGHTS).rvalue ** 2
    right_value(question, want, "regression", key="r_squared")


@pytest.mark.parametrize(
    "question",
    [
        # the stated count disagrees with the range's steps
        "Hold pressure sweep, 6 settings from 8000 to 14000 psi in 1000 psi steps, part weights (g) in order: 41.92, "
        "42.05, 42.11, 42.24, 42.28, 42.37, 42.40. R² of a straight-line fit?",
        # the range's steps give 13 values for 7 responses
        "Hold pressure from 8000 to 14000 psi in 500 psi steps, part weights (g) in order: 41.92, 42.05, 42.11, 42.24, "
        "42.28, 42.37, 42.40. R² of a straight-line fit?",
        # a total per group that is no group's n
        "Formative usability study, 70 participants per handle design. Use errors observed: design A 12 of 60, design "
        "B 5 of 60, design C 9 of 60. Pearson chi-square test of independence. Report the p-value.",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
