"""A one-sided two-sample test whose direction is a comparison in words: the groups it names are matched to the
labels written before their data, in either order; words that do not say which way is larger are refused.
References from scipy and statsmodels."""

from __future__ import annotations

import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from plugins.api.prose import sample_spans
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning import plan_hypothesis_test
from plugins.stats.reasoning_audit import audit_tests
from plugins.stats.reasoning_direction import group_labels
from plugins.stats.reasoning_hypotheses import count_spans, read_alternative, summary_spans
from tests.reason.answers import confident, declined

A = [41.2, 39.8, 43.5, 40.9, 42.2, 44.0]
B = [38.1, 37.5, 39.9, 36.8, 38.6, 40.2, 37.9]
GROUPS = "group A: 41.2, 39.8, 43.5, 40.9, 42.2, 44.0 group B: 38.1, 37.5, 39.9, 36.8, 38.6, 40.2, 37.9."
LINES = "Line 1 had 27 rejects out of 850 parts, line 2 had 45 rejects out of 900."
LINES_REVERSED = "Line 2 had 45 rejects out of 900 parts, line 1 had 27 rejects out of 850."
CYCLE_A, CYCLE_B = [41.2, 40.8, 42.1, 41.5, 40.9], [38.7, 39.5, 40.1, 38.9, 39.1]
CYCLES = "Cycle times (s), line A: 41.2 40.8 42.1 41.5 40.9; line B: 38.7 39.5 40.1 38.9 39.1."
BEFORE, AFTER = [12.1, 11.8, 12.4, 12.0, 11.9, 12.2], [11.7, 11.5, 12.1, 11.6, 11.8, 11.9]
TORQUE = "torque before: 12.1 11.8 12.4 12.0 11.9 12.2 after: 11.7 11.5 12.1 11.6 11.8 11.9."


def _welch(x, y, side):
    return stats.ttest_ind(x, y, equal_var=False, alternative=side).pvalue


def _line2_higher():
    return proportions_ztest([45, 27], [900, 850], alternative="larger")[1]


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (f"tensile strength MPa. {GROUPS} does the mean of A exceed the mean of B? welch t test, one sided, p value",
         _welch(A, B, "greater")),
        (f"{GROUPS} one-sided Welch test: is B lower than A?", _welch(B, A, "less")),
        (f"{GROUPS} one-sided Welch test: is the mean of group B greater than that of group A?", _welch(B, A, "greater")),
        (f"{GROUPS} one-sided: has B increased over A? Welch", _welch(B, A, "greater")),
        (f"{GROUPS} one-sided Welch: did the mean increase from A to B?", _welch(B, A, "greater")),
        (f"{GROUPS} H1: mu_B > mu_A, Welch", _welch(B, A, "greater")),
        (f"{GROUPS} H1: mu2 > mu1, Welch", _welch(B, A, "greater")),
        (f"{GROUPS} one-sided pooled t-test: does B exceed A?", stats.ttest_ind(B, A, alternative="greater").pvalue),
        (f"{GROUPS} one-sided Mann-Whitney: is A larger than B?", stats.mannwhitneyu(A, B, alternative="greater").pvalue),
        (f"{CYCLES} Is line A slower than line B? Welch t-test, one-sided, alpha 0.05 - what's the p-value?",
         _welch(CYCLE_A, CYCLE_B, "greater")),
        (f"{CYCLES} Is line B faster than line A? Welch t-test, one-sided", _welch(CYCLE_B, CYCLE_A, "less")),
        (f"{TORQUE} paired t-test, one-sided: is after lower than before?",
         stats.ttest_rel(AFTER, BEFORE, alternative="less").pvalue),
        (f"{TORQUE} paired t-test, one-sided: is the torque higher before than after?",
         stats.ttest_rel(BEFORE, AFTER, alternative="greater").pvalue),
        ("A: n=12, mean 20.1, sd 2.2; B: n=15, mean 18.7, sd 2.9. one-sided Welch test: is B's mean lower than A's?",
         stats.ttest_ind_from_stats(18.7, 2.9, 15, 20.1, 2.2, 12, equal_var=False, alternative="less").pvalue),
        (f"{LINES} Is line 2's reject rate higher than line 1's? Use a one-sided two-proportion z-test (pooled) at the "
         "5% level and give me the p-value.", _line2_higher()),
        (f"{LINES_REVERSED} one-sided two-proportion z-test: is line 2's reject rate higher than line 1's?",
         _line2_higher()),
        (f"{LINES} Compared with line 1, is line 2's reject rate higher? one-sided z-test", _line2_higher()),
        (f"{LINES} one-sided z-test: does line 2 have more rejects than line 1?", _line2_higher()),
        (f"{LINES} H1: p2 - p1 > 0. two-proportion z-test", _line2_higher()),
        ("fill weights (g): 49.2 50.1 48.7 49.5 49.9 48.8 49.4. is the mean below 50?",
         stats.ttest_1samp([49.2, 50.1, 48.7, 49.5, 49.9, 48.8, 49.4], 50, alternative="less").pvalue),
        ("cycle times (s): 41.2 40.8 42.1 41.5 40.9. one-sided t-test: is the process slower than 40 s?",
         stats.ttest_1samp(CYCLE_A, 40, alternative="greater").pvalue),
    ],
)  # fmt: skip
def test_a_comparison_in_words_gives_the_direction(question, reference):
    assert confident(question).result["p_value"] == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "why"),
    [
        (f"{GROUPS} one-sided Welch test: does A outperform B?", "outperform"),
        ("new: 5.6 5.8 5.5 5.9 5.7 5.6 old: 5.1 5.3 4.9 5.2 5.0 5.4. one-sided t-test: is the new process better?",
         "better"),
        ("yields (%): 91.2 92.1 90.5 93.0 91.7. one-sided t-test: is the yield better than 90%?", "better"),
        ("Throughput (parts/hour) line A: 50 52 51 53 50; line B: 55 56 54 57 55. one-sided: is line A faster?", "times"),
        (f"{GROUPS} one-sided Welch test: is line C higher than A?", "labels"),
        (f"{GROUPS} one-sided: is B higher than the target?", "labels"),
        (f"{GROUPS} one-sided: which is higher, A or B?", "labels"),
        (f"{GROUPS} one-sided: is B more variable than A?", "labels"),
        (f"{LINES} one-sided: is line 2's reject rate higher, or lower, than line 1's?", "labels"),
        (f"{LINES} one-sided: is line 2's reject rate not higher than line 1's?", "labels"),
    ],
)  # fmt: skip
def test_words_that_do_not_say_which_group_is_larger_are_refused(question, why):
    assert why in declined(question)


def test_the_answer_and_the_audit_name_the_groups_compared():
    out = confident(f"{LINES} Is line 2's reject rate higher than line 1's? one-sided two-proportion z-test")
    assert "line 2 larger than line 1" in out.answer
    check = next(c for c in out.checks if c["name"] == "the test answers the alternative the question states")
    assert check["passed"] and "the first group is line 1" in check["detail"]
    slower = confident(f"{CYCLES} Is line A slower than line B? Welch t-test, one-sided")
    assert any("'slower' means a longer time" in c for c in slower.caveats)


@pytest.mark.parametrize(
    ("question", "spans", "labels"),
    [
        (CYCLES, None, ("line a", "line b")),
        ("response times (ms): server A 120 135 128; server B 110 118 115", None, ("server a", "server b")),
        (LINES, count_spans, ("line 1", "line 2")),
        ("A: n=12, mean 20.1, sd 2.2; B: n=15, mean 18.7, sd 2.9", summary_spans, ("a", "b")),
    ],
)
def test_group_labels(question, spans, labels):
    where = spans(question) if spans else [(s, e) for s, e, _ in sample_spans(question)]
    assert group_labels(question, where) == labels


def test_the_reading_of_the_direction():
    side, direction = read_alternative(f"{LINES} one-sided: is line 1 lower?", 2, spans=count_spans(LINES))
    assert (side, direction.larger, direction.labels) == ("less", "line 2", ("line 1", "line 2"))
    assert read_alternative(f"{GROUPS} is A greater than B?", 2) == ("two-sided", None)  # no 'one-sided': two-sided
    with pytest.raises(PlanError, match="direction"):
        read_alternative(f"{GROUPS} one-sided: is a higher than b?", 2)  # 'a' could be the article: not a label


def test_the_audit_restates_the_alternative_from_the_groups_compared():
    facts = {"successes": ["27", "45"], "n": ["850", "900"], "samples": [], "alternative": "greater",
             "direction": {"larger": "line 2", "labels": ["line 1", "line 2"]}}  # fmt: skip
    wrong = {"kind": "proportion", "alternative": "greater",
             "p_value": proportions_ztest([27, 45], [850, 900], alternative="larger")[1]}  # fmt: skip
    checks = {c.name: c.passed for c in audit_tests(Plan("hypothesis_test", "", facts), wrong, str)}
    assert checks["the test answers the alternative the question states"] is False
    assert checks["statsmodels proportions_ztest p-value"] is False


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("morning: 1 2 3 4, evening: 2 3 4 5. H1: mu_evening > mu_morning", "less"),
        ("x: 1 2 3 4, y: 2 3 4 5. H1: mu_x - mu_y < 0", "less"),
        ("1 2 3 4 and 2 3 4 5. H1: mu2 > mu1", "less"),
        ("old: 1 2 3, new: 4 5 6. one-sided (new > old)", "less"),
    ],
)
def test_an_alternative_naming_the_groups(question, side):
    assert read_alternative(question, 2)[0] == side


def test_an_alternative_naming_no_group_is_refused():
    with pytest.raises(PlanError, match="do not name the groups"):
        read_alternative("1 2 3 4 and 2 3 4 5. H1: mu_new > mu_old", 2)


def test_a_value_under_or_over_is_the_mean_compared_only_after_a_mean():
    plan = plan_hypothesis_test("weights over 5 days (g): 49.2 50.1 48.7 49.5. is the average fill weight under 50 g?")
    assert (plan.facts["mu"], plan.facts["alternative"]) == ("50", "less")
