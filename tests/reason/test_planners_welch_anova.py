"""Welch's ANOVA asked in words ("Welch's ANOVA", "not assuming equal variances", "heteroscedastic", "variances
probably unequal"): planned as ``test anova ... equal_var=false`` for 3+ groups, as Welch's t-test for two (F = t^2),
audited by statsmodels ``anova_oneway(use_var="unequal")``; the classic ANOVA beside it; questions about the variances
themselves are not answered confidently. References: statsmodels, scipy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_oneway

from havoc_cli.reason.reading import method_check, named_test
from plugins.api.prose import unequal_variances
from plugins.api.reasoning import Plan
from plugins.stats.reasoning import plan_anova, pooled
from tests.reason.answers import confident, declined

_DATA = "A: 5.1 5.3 4.9 5.2; B: 5.6 5.8 5.5 5.9 6.3 5.0; C: 5.0 5.2 5.1 4.8"
_GROUPS = ([5.1, 5.3, 4.9, 5.2], [5.6, 5.8, 5.5, 5.9, 6.3, 5.0], [5.0, 5.2, 5.1, 4.8])
_WELCH_P = anova_oneway([np.array(g) for g in _GROUPS], use_var="unequal").pvalue


@pytest.mark.parametrize(
    "question",
    [
        f"Welch's ANOVA for {_DATA}, p-value?",
        f"Welch ANOVA on {_DATA}",
        f"{_DATA}. Welch one-way ANOVA p?",
        f"one-way ANOVA not assuming equal variances for {_DATA}",
        f"{_DATA}: ANOVA, don't assume equal variances",
        f"compare the means of {_DATA} without assuming equal variances",
        f"heteroscedastic one-way ANOVA: {_DATA}",
        f"do the means of {_DATA} differ? the variances are probably unequal",
        f"Welch's F test of {_DATA}",
    ],
)
def test_welch_anova_in_words_is_answered_by_welchs_test(question):
    out = confident(question, "anova")
    assert out.result["test"] == "Welch's ANOVA"
    assert math.isclose(out.result["p_value"], _WELCH_P, rel_tol=1e-9)
    assert out.result["df"][0] == 2
    checks = {c["name"]: c for c in out.checks}
    assert checks["statsmodels anova_oneway(use_var='unequal') p-value"]["passed"]


def test_the_classic_anova_and_kruskal_wallis_are_argued_beside_it():
    out = confident(f"Welch's ANOVA for {_DATA}, p-value?", "anova")
    argue = next(s for s in out.stages if s["name"] == "argue")
    by_name = {a["name"]: a for a in argue["alternatives"]}
    assert math.isclose(by_name["classic one-way anova"]["p_value"], stats.f_oneway(*_GROUPS).pvalue, rel_tol=1e-9)
    assert math.isclose(by_name["kruskal-wallis"]["p_value"], stats.kruskal(*_GROUPS).pvalue, rel_tol=1e-9)
    arbiter = next(s for s in out.stages if s["name"] == "arbiter")
    assert arbiter["chosen"] == "Welch's ANOVA"


def test_a_named_welch_anova_stands_when_normality_is_rejected():
    groups = ([1.1, 1.2, 1.0, 1.1, 9.5, 1.2, 1.0], [2.3, 2.1, 2.2, 2.4, 2.0, 2.2], [1.9, 3.5, 0.8, 2.6, 1.4, 3.1])
    text = "; ".join(f"{name}: {' '.join(map(str, g))}" for name, g in zip("ABC", groups, strict=True))
    out = confident(f"Welch ANOVA: {text}", "anova")
    assert out.result["test"] == "Welch's ANOVA"
    assert math.isclose(out.result["p_value"], anova_oneway(groups, use_var="unequal").pvalue, rel_tol=1e-9)
    assert any("Kruskal-Wallis" in c for c in out.caveats)


def test_a_plain_anova_stays_classic_with_welchs_beside_it():
    out = confident(f"one-way ANOVA for {_DATA}", "anova")
    assert out.result["test"] == "one-way ANOVA"
    assert math.isclose(out.result["p_value"], stats.f_oneway(*_GROUPS).pvalue, rel_tol=1e-9)
    argue = next(s for s in out.stages if s["name"] == "argue")
    welch = next(a for a in argue["alternatives"] if a["name"] == "welch's anova")
    assert math.isclose(welch["p_value"], _WELCH_P, rel_tol=1e-9)


def test_welch_anova_from_summary_statistics():
    from statsmodels.stats.oneway import anova_generic

    out = confident("n = 6, 8, 7; means 50.1, 52.3, 49.8; sds 2.1, 4.8, 1.2. Welch's ANOVA p-value?", "anova")
    want = anova_generic(np.array([50.1, 52.3, 49.8]), np.array([2.1, 4.8, 1.2]) ** 2, np.array([6, 8, 7]))
    assert out.result["test"] == "Welch's ANOVA from summary statistics"
    assert math.isclose(out.result["p_value"], want.pvalue, rel_tol=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Welch's ANOVA for A: 5.1 5.3 4.9 5.2; B: 5.6 5.8 5.5 5.9 6.3 5.0, p-value?",
        "ANOVA with unequal variances for A: 5.1 5.3 4.9 5.2; B: 5.6 5.8 5.5 5.9 6.3 5.0",
    ],
)
def test_two_groups_keep_welchs_t_test(question):
    out = confident(question, "anova")
    want = stats.ttest_ind(_GROUPS[0], _GROUPS[1], equal_var=False)
    assert out.result["test"] == "Welch two-sample t-test"
    assert math.isclose(out.result["p_value"], want.pvalue, rel_tol=1e-9)
    # Welch's ANOVA of the two groups is the same test: F = t^2, the same p
    two = anova_oneway([np.array(g) for g in _GROUPS[:2]], use_var="unequal")
    assert math.isclose(two.statistic, out.result["statistic"] ** 2, rel_tol=1e-9)
    assert math.isclose(two.pvalue, out.result["p_value"], rel_tol=1e-9)


def test_two_groups_from_summary_keep_welchs_t_test():
    out = confident("n = 12, 15; means 20.1, 18.7; sds 2.2, 2.9. Welch ANOVA p?", "anova")
    want = stats.ttest_ind_from_stats(20.1, 2.2, 12, 18.7, 2.9, 15, equal_var=False)
    assert math.isclose(out.result["p_value"], want.pvalue, rel_tol=1e-9)


def test_a_t_test_not_assuming_equal_variances_is_welchs():
    a, b = [12.1, 11.8, 12.4, 12.0], [12.6, 12.3, 12.9, 13.4, 12.2]
    out = confident("t-test not assuming equal variances: 12.1 11.8 12.4 12.0 and 12.6 12.3 12.9 13.4 12.2")
    assert out.result["test"] == "Welch two-sample t-test"
    assert math.isclose(out.result["p_value"], stats.ttest_ind(a, b, equal_var=False).pvalue, rel_tol=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        f"Levene's test for {_DATA}",
        f"are the variances of {_DATA} unequal?",
        f"test whether the group variances are equal: {_DATA}",
        f"Bartlett test {_DATA}",
    ],
)
def test_questions_about_the_variances_are_not_answered_confidently(question):
    declined(question)


@pytest.mark.parametrize(
    ("question", "unequal", "pooled_asked"),
    [
        ("Welch's ANOVA", True, False),
        ("ANOVA not assuming equal variances", True, False),
        ("without assuming the variances are equal", True, False),
        ("equal variances not assumed", True, False),
        ("heteroskedasticity expected", True, False),
        ("assuming equal variances", False, True),
        ("equal variances assumed", False, True),
        ("pooled", False, True),
        ("not pooled", True, False),
        ("Levene test for unequal variances", False, False),
        ("one-way ANOVA", False, False),
    ],
)
def test_the_variance_assumption_in_words(question, unequal, pooled_asked):
    assert unequal_variances(question) is unequal
    assert pooled(question) is pooled_asked


def test_the_plan_and_the_method_check_follow_welch():
    plan = plan_anova(f"Welch ANOVA for {_DATA}")
    assert plan.text.endswith("test anova a b c equal_var=false") and plan.facts["equal_var"] is False
    assert method_check("Welch ANOVA", plan).passed
    assert not method_check("ANOVA assuming equal variances", plan).passed
    classic = Plan("anova", "let a = [1, 2]\nlet b = [3, 4]\nlet c = [5, 7]\ntest anova a b c")
    assert not method_check("ANOVA not assuming equal variances", classic).passed


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Welch's ANOVA", "welch"),
        ("ANOVA not assuming equal variances", "welch"),
        ("Welch's F test", "welch"),
        ("heteroscedastic one-way ANOVA", "welch"),
        ("Welch's t-test", "t-test"),
        ("Levene's test", "variances"),
        ("Welch ANOVA or Kruskal-Wallis?", None),
    ],
)
def test_named_welch(question, named):
    assert named_test(question) == named
