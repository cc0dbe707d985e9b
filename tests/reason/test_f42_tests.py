"""One-sample t-tests whose hypothesised mean is named by an alternative, a spec symbol or a guarantee, beside a
specimen's age; contingency tables whose categories hold slashes; a one-way ANOVA from its sums of squares. References
by scipy."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_STRENGTHS = [31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7]
_HEAT_RATES = [10212, 10265, 10198, 10240, 10310, 10225, 10188, 10257]


@pytest.mark.parametrize(
    "question",
    [
        "28-day breaks (MPa) for the bridge deck lot: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. Spec f'c = 30 "
        "MPa. One-sample t-test, one-sided H1: mean > 30. p-value?",
        "Cylinder strengths at 28 days (MPa): 31.8 33.2 29.6 32.4 30.9 34.1 31.5 32.7. Specified f'c = 30 MPa. "
        "One-sample t-test of H1: mean > 30; p-value?",
        "7-day cube results, MPa: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. Ha: mu > 30. one sample t test, "
        "one-tailed. What is the p-value?",
        "Cylinder breaks (MPa) at 28 days: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7; spec fc = 30 MPa. Is the "
        "mean strength greater than 30? One-sample t-test p-value.",
    ],
)
def test_one_sided_against_spec(question: str) -> None:
    want = stats.ttest_1samp(_STRENGTHS, 30, alternative="greater").pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    "question",
    [
        "post-overhaul net HR tests (Btu/kWh): 10212 10265 10198 10240 10310 10225 10188 10257. Guarantee is 10,300. "
        "one-sample t, two-sided, α=0.05 — p-value?",
        "Heat rate after overhaul, Btu/kWh: 10212, 10265, 10198, 10240, 10310, 10225, 10188, 10257. The guaranteed "
        "heat rate is 10,300 Btu/kWh. Two-sided one-sample t-test p-value?",
        "Test results 10212 10265 10198 10240 10310 10225 10188 10257 against a guarantee of 10,300: one-sample t "
        "test (two-sided), p?",
    ],
)
def test_two_sided_against_guarantee(question: str) -> None:
    right_value(question, stats.ttest_1samp(_HEAT_RATES, 10300).pvalue, "hypothesis_test", key="p_value")


def test_spec_limit_is_no_hypothesised_mean() -> None:
    """ "Spec LSL = 30" is a limit, not the mean tested: no mean read, the question is declined."""
    declined("Breaks (MPa): 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. Spec LSL = 30 MPa. One-sample t-test "
             "p-value?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("Forced outage events by cause, last 5 yrs. Unit 1: boiler tube 14, turbine/gen 6, BOP 10. Unit 2: boiler "
         "tube 9, turbine/gen 11, BOP 5. Is cause independent of unit? Pearson chi-square test of independence, no "
         "continuity correction — chi-square statistic?", [[14, 6, 10], [9, 11, 5]]),
        ("Failures by mode over the past 3 years. Plant A: seal/gasket 12, bearing 8, motor/drive 5. Plant B: "
         "seal/gasket 7, bearing 13, motor/drive 9. Does failure mode depend on plant? Chi-square test, no Yates "
         "correction: chi-square statistic?", [[12, 8, 5], [7, 13, 9]]),
        ("Line 1: scratch/dent 20, misalignment 15, other 5; Line 2: scratch/dent 12, misalignment 18, other 10. "
         "Chi-square test of independence - statistic?", [[20, 15, 5], [12, 18, 10]]),
    ],
)  # fmt: skip
def test_slashed_categories(question: str, table: list[list[int]]) -> None:
    want = stats.chi2_contingency(table, correction=False)[0]
    right_value(question, want, "hypothesis_test", key="statistic")


@pytest.mark.parametrize(
    ("question", "ssb", "ssw", "k", "n"),
    [
        ("Four catalyst formulations were compared in a completely randomized one-way study with five batches per "
         "formulation. The ANOVA worksheet shows SS(treatments) = 84.6 and SS(error) = 112.8. What is the p-value of "
         "the F test for equal formulation means?", 84.6, 112.8, 4, 20),
        ("One-way ANOVA, k = 4 treatments, n = 5 per treatment: SSTr = 84.6, SSE = 112.8. p-value of the F test?",
         84.6, 112.8, 4, 20),
        ("A completely randomized design compared 4 suppliers with 20 observations in total. Sum of squares between "
         "groups = 84.6, sum of squares within groups = 112.8. What is the ANOVA p-value?", 84.6, 112.8, 4, 20),
        ("Three mixing speeds were run with six batches per speed. SS(treatments) = 42.0 and SS(error) = 90.0. ANOVA "
         "F test p-value?", 42.0, 90.0, 3, 18),
    ],
)  # fmt: skip
def test_anova_from_sums_of_squares(question: str, ssb: float, ssw: float, k: int, n: int) -> None:
    want = stats.f.sf((ssb / (k - 1)) / (ssw / (n - k)), k - 1, n - k)
    right_value(question, want, "anova", key="p_value")


@pytest.mark.parametrize(
    "question",
    [
        "An ANOVA gives SS(treatments) = 84.6 and SS(error) = 112.8. What is the p-value?",
        "Four treatments were compared. SS(treatments) = 84.6 and SS(error) = 112.8. What is the p-value of the F test?",
    ],
)
def test_anova_sums_without_sizes_declined(question: str) -> None:
    declined(question)
