"""Tests asked in prose: Welch's t-test named by its assumption ("I don't want to assume equal variances"),
ANOVA from one sentence per group (its result keeps ``f_statistic``), chi-square of independence from a nested
list or rows split by slashes (never two samples of a t-test), and one- and two-sample t-tests from "12 bolts had a
mean of ... with sd ...". References: scipy, statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from havoc_cli.reason.reading import method_check
from plugins.api.prose import equal_variances, unequal_variances
from plugins.api.reasoning import Plan
from plugins.stats.reasoning import plan_hypothesis_test, pooled
from plugins.stats.reasoning_hypotheses import summary_statistics
from plugins.stats.reasoning_tables import counted_rows_asked, slash_rows_table
from tests.reason.answers import confident, declined

_A = [500.2, 499.8, 500.5, 500.1, 499.9]
_B = [501.0, 500.4, 501.6, 500.9, 501.3, 500.7]
_FILLS = f"A = {', '.join(map(str, _A))} and B = {', '.join(map(str, _B))}"


# ---- Welch named by its assumption --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        f"Two suppliers' fill volumes: {_FILLS}. I don't want to assume equal variances, so use Welch's two-sample "
        "t-test. p-value?",
        f"Fill volumes {_FILLS}. Two-sample t-test not assuming equal variances: p-value?",
        f"Fill volumes {_FILLS}, compared without pooling the variances. p-value?",
        f"Fill volumes {_FILLS}: t-test with unequal variances, p?",
        f"Fill volumes {_FILLS}. We would rather not assume the variances are equal. t-test p-value?",
    ],
)
def test_welch_named_by_its_assumption_runs_welchs_test(question):
    out = confident(question, "hypothesis_test")
    assert "equal_var=true" not in out.plan
    assert math.isclose(out.result["p_value"], stats.ttest_ind(_A, _B, equal_var=False).pvalue, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "equal"),
    [
        ("I don't want to assume equal variances", False),
        ("we do not wish to assume that the variances are equal", False),
        ("without assuming equal variances", False),
        ("the variances shouldn't be pooled", False),
        ("we never pool them", False),
        ("assume equal variances", True),
        ("use the pooled t-test", True),
        ("equal variances assumed", True),
    ],
)
def test_a_negated_assumption_is_no_pooled_variance(text, equal):
    assert equal_variances(text) is equal
    assert unequal_variances(text) is not equal
    assert pooled(text) is equal


def test_the_method_check_catches_a_pooled_plan_where_welch_is_named():
    question = f"Fill volumes {_FILLS}. I don't want to assume equal variances, so use Welch's t-test."
    pooled_plan = Plan("hypothesis_test", "let a = [1, 2]\nlet b = [3, 4]\ntest ttest a b equal_var=true", {})
    welch_plan = Plan("hypothesis_test", "let a = [1, 2]\nlet b = [3, 4]\ntest ttest a b", {})
    assert not method_check(question, pooled_plan).passed
    assert method_check(question, welch_plan).passed


def test_a_pooled_test_named_stays_pooled():
    out = confident(f"Fill volumes {_FILLS}. Assume equal variances (pooled t-test). p-value?", "hypothesis_test")
    assert math.isclose(out.result["p_value"], stats.ttest_ind(_A, _B).pvalue, rel_tol=1e-9)


# ---- one-way ANOVA from one sentence per group -------------------------------------------------------------------
_MEANS, _SDS = np.array([12.1, 12.6, 11.9, 12.3]), np.array([0.40, 0.35, 0.50, 0.45])


def test_summary_anova_of_per_group_sentences_exposes_f_statistic():
    question = ("Four shifts were compared. Shift A: n = 6, mean 12.1, sd 0.40. Shift B: n = 6, mean 12.6, sd 0.35. "
                "Shift C: n = 6, mean 11.9, sd 0.50. Shift D: n = 6, mean 12.3, sd 0.45. One-way ANOVA F statistic?")  # fmt: skip
    out = confident(question, "anova")
    want = anova_generic(_MEANS, _SDS**2, np.array([6] * 4), use_var="equal")
    result = out.to_dict()["result"]
    assert math.isclose(result["f_statistic"], want.statistic, rel_tol=1e-9)
    assert math.isclose(result["statistic"], want.statistic, rel_tol=1e-9)
    assert math.isclose(result["p_value"], want.pvalue, rel_tol=1e-9)
    assert result["df"] == [3, 20] and result["df_between"] == 3 and result["df_within"] == 20


def test_group_sizes_written_as_counts_of_items_are_read():
    question = ("Shift A had 6 parts with mean 12.1 and sd 0.40; shift B had 6 parts with mean 12.6 and sd 0.35; "
                "shift C had 6 parts with mean 11.9 and sd 0.50. One-way ANOVA F?")  # fmt: skip
    out = confident(question, "anova")
    want = anova_generic(_MEANS[:3], _SDS[:3] ** 2, np.array([6] * 3), use_var="equal")
    assert math.isclose(out.to_dict()["result"]["f_statistic"], want.statistic, rel_tol=1e-9)


def test_a_welch_anova_result_keeps_its_two_df():
    out = confident("Welch ANOVA: n = 6 each, means 12.1 12.6 11.9, sds 0.40 0.35 0.50. F?", "anova")
    result = out.to_dict()["result"]
    want = anova_generic(_MEANS[:3], _SDS[:3] ** 2, np.array([6] * 3), use_var="unequal")
    assert math.isclose(result["f_statistic"], want.statistic, rel_tol=1e-9)
    assert math.isclose(result["df_denominator"], want.df[1], rel_tol=1e-9)


# ---- chi-square of independence from rows of counts --------------------------------------------------------------
_TABLE = [[20, 15, 10], [30, 25, 20]]
_CHI2, _CHI2_P, _, _ = stats.chi2_contingency(_TABLE, correction=False)


@pytest.mark.parametrize(
    "question",
    [
        "Is defect type independent of shift? counts [[20, 15, 10], [30, 25, 20]]",
        "Is defect type associated with shift? day: 20 15 10 / night: 30 25 20",
        "Are defect type and shift related? 20 15 10 / 30 25 20",
        "Does the defect type depend on the shift? day 20, 15, 10 / night 30, 25, 20",
        "Is defect type related to shift? [[20, 15, 10], [30, 25, 20]]",
    ],
)
def test_rows_of_counts_with_association_words_are_a_chi_square_of_independence(question):
    out = confident(question, "hypothesis_test")
    assert out.plan.startswith("test chisquare [[20, 15, 10], [30, 25, 20]]")
    assert math.isclose(out.result["statistic"], _CHI2, rel_tol=1e-9)
    assert math.isclose(out.result["p_value"], _CHI2_P, rel_tol=1e-9)


def test_a_2x2_table_is_uncorrected_and_says_so():
    table = [[45, 5], [38, 12]]
    out = confident("Is pass/fail related to supplier? [[45, 5], [38, 12]]", "hypothesis_test")
    chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
    assert math.isclose(out.result["p_value"], p, rel_tol=1e-9) and math.isclose(out.result["statistic"], chi2)
    assert any("No continuity correction" in c for c in out.caveats)


def test_yates_named_on_a_2x2_table_is_applied():
    out = confident("Is pass/fail related to supplier? [[45, 5], [38, 12]], with Yates correction", "hypothesis_test")
    chi2, p, _, _ = stats.chi2_contingency([[45, 5], [38, 12]], correction=True)
    assert math.isclose(out.result["p_value"], p, rel_tol=1e-9)


def test_slash_rows_read_with_or_without_labels():
    labelled = slash_rows_table("day: 20 15 10 / night: 30 25 20")
    assert labelled.rows == [["20", "15", "10"], ["30", "25", "20"]] and labelled.row_labels == ["day", "night"]
    tagged = slash_rows_table("line 1: 14 9 / line 2: 8 12")
    assert tagged.rows == [["14", "9"], ["8", "12"]] and tagged.row_labels == ["line 1", "line 2"]
    assert slash_rows_table("counts 20 15 10 / 30 25 20").row_labels == []
    assert slash_rows_table("line 1 20 30 / line 2 40 50") is None  # the 1 and 2 may be labels or counts
    assert slash_rows_table("day: 20 15 10 / night: 30 25") is None


@pytest.mark.parametrize(
    "question",
    [
        "Is defect type associated with shift? day: 20 15 10 / night: 30 25 20",
        "Is defect type associated with shift? day: 20 15 10 / night: 30 25",
        "Is defect type associated with shift? day: 20 15.5 10 / night: 30 25 20",
        "Are defect counts related to the shift? 12 9 / 15 11",
    ],
)
def test_rows_of_counts_are_never_run_as_a_t_test(question):
    try:
        plan = plan_hypothesis_test(question)
    except Exception:  # declined: the rows did not read as a table
        return
    assert plan.text.startswith("test chisquare"), plan.text


@pytest.mark.parametrize(
    "question",
    [
        "Is defect type associated with shift? day: 20 15 10 / night: 30 25",  # a row short
        "Is defect type independent of shift? counts [[20, 15.5, 10], [30, 25, 20]]",  # no counts
        "Is defect type associated with shift? day: 20 15.5 10 / night: 30 25 20",
    ],
)
def test_tables_that_do_not_read_as_counts_are_declined(question):
    declined(question)


def test_rows_of_measurements_compared_by_means_stay_samples():
    assert not counted_rows_asked("Does the mean yield depend on the operator? 8 9 8 10 / 9 10 11 10 / 12 11 13 12")
    assert not counted_rows_asked("Are the rows of [[1, 2], [2, 4]] linearly independent?")
    out = confident("compare four operators with anova: 8 9 8 10 / 9 10 11 10 / 12 11 13 12 / 8 8 9 7", "anova")
    groups = [[8, 9, 8, 10], [9, 10, 11, 10], [12, 11, 13, 12], [8, 8, 9, 7]]
    assert math.isclose(out.result["p_value"], stats.f_oneway(*groups).pvalue, rel_tol=1e-9)


# ---- t-tests from summaries written in prose ----------------------------------------------------------------------
def test_one_sample_t_from_a_count_of_items_with_their_mean_and_sd():
    question = ("12 bolts had a mean length of 50.12 mm with sd 0.30 mm. Is the mean different from the nominal "
                "50.00 mm? p-value")  # fmt: skip
    out = confident(question, "hypothesis_test")
    t = (50.12 - 50.0) / (0.30 / math.sqrt(12))
    assert math.isclose(out.result["statistic"], t, rel_tol=1e-9)
    assert math.isclose(out.result["p_value"], 2 * stats.t.sf(abs(t), 11), rel_tol=1e-9)


@pytest.mark.parametrize(
    ("question", "n", "mean", "sd", "mu"),
    [
        ("We pulled twelve bolts from the lot and torqued them to yield. Mean clamp load came out at 18.6 kN with a "
         "standard deviation of 1.1 kN. The nominal design load is 19 kN. Is the lot off nominal? Two-sided one-sample "
         "t-test, give me the p-value.", 12, 18.6, 1.1, 19.0),
        ("Ten cartons were weighed; mean fill weight came in at 1002.4 g with a standard deviation of 3.1 g. The "
         "nominal fill weight is 1000 g. One-sample t-test p-value?", 10, 1002.4, 3.1, 1000.0),
    ],
)  # fmt: skip
def test_a_mean_that_came_out_at_a_value_against_a_named_nominal(question, n, mean, sd, mu):
    out = confident(question, "hypothesis_test")
    t = (mean - mu) / (sd / math.sqrt(n))
    assert math.isclose(out.result["p_value"], 2 * stats.t.sf(abs(t), n - 1), rel_tol=1e-9)


def test_two_sample_t_from_labelled_summaries_welch_unless_pooled_is_named():
    question = "Line 1: 15 parts, mean 4.52, sd 0.21; line 2: 12 parts, mean 4.38, sd 0.25; two-sample t-test p?"
    welch = stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12, equal_var=False)
    out = confident(question, "hypothesis_test")
    assert math.isclose(out.result["p_value"], welch.pvalue, rel_tol=1e-9)
    argue = next(s for s in out.stages if s["name"] == "argue")
    pooled_p = stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12).pvalue
    assert math.isclose({a["name"]: a for a in argue["alternatives"]}["pooled t-test"]["p_value"], pooled_p)
    out = confident(question.replace("two-sample t-test", "pooled two-sample t-test"), "hypothesis_test")
    assert math.isclose(out.result["p_value"], pooled_p, rel_tol=1e-9)
    out = confident("Line 1 (15 parts): mean 4.52, sd 0.21; Line 2 (12 parts): mean 4.38, sd 0.25. t-test p?")
    assert math.isclose(out.result["p_value"], welch.pvalue, rel_tol=1e-9)


def test_sizes_as_counts_of_items_only_when_no_n_is_named():
    assert summary_statistics("12 bolts had a mean length of 50.12 mm with sd 0.30 mm") == {
        "n": ["12"], "mean": ["50.12"], "sd": ["0.30"]}  # fmt: skip
    assert summary_statistics("n = 10: 12 bolts had a mean of 50.12 with sd 0.30")["n"] == ["10"]


@pytest.mark.parametrize(
    "question",
    [
        "12 bolts had a mean length of 50.12 mm with sd 0.30 mm. p-value?",  # no hypothesised mean
        "12 bolts had a mean length of 50.12 mm. Is the mean different from the nominal 50.00 mm? p-value",  # no sd
        "Line 1: 15 parts, mean 4.52, sd 0.21; line 2: mean 4.38, sd 0.25; two-sample t-test p?",  # a size missing
        "Ten cartons were weighed; mean fill weight came in at 1002.4 g. The nominal fill weight is 1000 g. p-value?",
    ],
)
def test_summaries_missing_a_value_are_declined(question):
    declined(question)
