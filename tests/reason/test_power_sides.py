"""Sample sizes by side and design: one-sided power analyses in their many wordings ("one-sided", "1-tailed", "we
only care if it increases", "show it is no more than ..."), what n counts in the answer (one sample, pairs, per
group), and t-tests of data without spread declined. References: statsmodels ``solve_power`` (``alternative=
"larger"``), scipy."""

from __future__ import annotations

import math
import warnings

import pytest
from scipy import stats
from statsmodels.stats.power import NormalIndPower, TTestIndPower, TTestPower
from statsmodels.stats.proportion import proportion_effectsize

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import sidedness
from tests.reason.answers import confident, declined


def _n(engine, effect: float, power: float, side: str = "larger", **options) -> int:
    """statsmodels' sample size rounded up."""
    return math.ceil(
        engine.solve_power(effect_size=effect, power=power, alpha=0.05, alternative=side, **options) - 1e-9
    )


# ---- one-sided power analyses ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want", "words"),
    [
        ("sample size for a one-sided one-sample t-test to detect a shift of 0.5 with sd 1, power 0.8, alpha 0.05",
         _n(TTestPower(), 0.5, 0.8), "n = 27 ("),
        ("one-sample t-test, 1-tailed, alpha 0.05: how many units to detect a mean shift of 2 mm with sd 4 mm at "
         "90% power?", _n(TTestPower(), 0.5, 0.9), "n = 36 ("),
        ("paired design, we only care if the thickness decreases: detect a mean change of 0.5 mm with sd 1 mm, "
         "80% power, alpha 0.05. how many pairs?", _n(TTestPower(), 0.5, 0.8), "n = 27 pairs"),
        ("how many per group to detect a 2 mm difference, sd 4 mm, 80% power, alpha 0.05, one-tailed test",
         _n(TTestIndPower(), 0.5, 0.8), "n = 51 per group (102 in total)"),
        ("we're only interested in an increase in yield: how many batches per group to detect a difference of 3 "
         "with sd 6, 90% power, alpha 0.05?", _n(TTestIndPower(), 0.5, 0.9), "n = 70 per group (140 in total)"),
        ("directional hypothesis (the new coating lasts longer): effect size 0.4, power 80%, alpha 0.05, n per group?",
         _n(TTestIndPower(), 0.4, 0.8), "per group"),
        ("H1: mu_new > mu_old. two-sample t-test, effect size d = 0.5, 80% power: sample size per group?",
         _n(TTestIndPower(), 0.5, 0.8), "per group"),
        ("sample size for an upper-tailed one-sample test by the normal approximation: detect a shift of 1 with sd 2, "
         "90% power, alpha 0.05", _n(NormalIndPower(), 0.5, 0.9, ratio=0), "n = 35 ("),
    ],
)  # fmt: skip
def test_one_sided_mean_sample_sizes_match_statsmodels(question, want, words):
    out = confident(question, "sample_size")
    assert out.result["n"] == want and 'alternative="one-sided"' in out.plan
    assert words in out.answer and "one-sided" in out.answer


@pytest.mark.parametrize(
    ("question", "p1", "p2", "power"),
    [
        ("sample size per group to detect a change in defect rate from 10% to 15%, 1-sided alpha 0.05, power 80%",
         0.10, 0.15, 0.8),
        ("we only care whether the new process improves the yield: current yield 85%, target 90%, power 90%, alpha "
         "0.05; how many units per arm?", 0.85, 0.90, 0.9),
    ],
)  # fmt: skip
def test_one_sided_two_proportion_sample_sizes_match_statsmodels(question, p1, p2, power):
    out = confident(question, "sample_size")
    assert out.result["n"] == _n(NormalIndPower(), abs(proportion_effectsize(p2, p1)), power)
    assert f"({2 * out.result['n']} in total)" in out.answer and "one-sided" in out.answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("n per group: effect size d = 0.5, 80% power, two-sided alpha 0.05", _n(TTestIndPower(), 0.5, 0.8,
                                                                                   "two-sided")),
        ("how many per group to detect a difference in means of at least 2, sd 4, 80% power, alpha 0.05",
         _n(TTestIndPower(), 0.5, 0.8, "two-sided")),
        ("how many per group to detect an increase of only 2 mm with sd 4 mm at 80% power?",
         _n(TTestIndPower(), 0.5, 0.8, "two-sided")),
        ("we only care about differences larger than 2 mm: how many per group to detect a 2 mm difference, sd 4 mm, "
         "80% power, alpha 0.05?", _n(TTestIndPower(), 0.5, 0.8, "two-sided")),
    ],
)  # fmt: skip
def test_sizes_and_increases_are_no_side(question, want):
    """An effect's size ("of at least 2", "only 2 mm", "larger than 0.5 sd") or its direction alone is no one-sided
    test: the default two-sided stands."""
    out = confident(question, "sample_size")
    assert out.result["n"] == want and "alternative=" not in out.plan


def test_one_and_two_sided_both_named_is_declined():
    answer = declined("sample size for a one-sided test with effect size 0.5, 80% power; or two-sided if needed")
    assert "one-sided and a two-sided" in answer


def test_a_one_sided_margin_of_error_is_flagged():
    """A margin of error has no one-sided plan: the method check says so and the confidence is low."""
    out = reason("estimate the mean to within 0.5 mm with a one-sided 95% bound, sigma 2: how many parts?")
    assert not out.answered or out.confidence < 0.5


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("a one-sided test", "one-sided"),
        ("single-tailed", "one-sided"),
        ("we only care if it increases", "one-sided"),
        ("only an improvement matters", "one-sided"),
        ("the only thing that matters is detecting a drop", "one-sided"),
        ("to show the defect rate is no more than 5%", "one-sided"),
        ("demonstrate that the new alloy is stronger", "one-sided"),
        ("two-tailed", "two-sided"),
        ("a change in either direction", "two-sided"),
        ("detect a shift of at least 0.5", None),
        ("with only 20 units, detect an increase of 2", None),
        ("we only care about shifts above 0.5", None),
    ],
)
def test_sidedness_wordings(text, side):
    assert sidedness(text) == side


# ---- what n counts --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want", "words"),
    [
        ("one-sample t-test: sample size to detect a shift of 0.5 sd, 80% power, alpha 0.05",
         _n(TTestPower(), 0.5, 0.8, "two-sided"), "n = 34 ("),
        ("paired design: sample size for effect size 0.4 with 90% power", _n(TTestPower(), 0.4, 0.9, "two-sided"),
         "n = 68 pairs ("),
        ("how many per group for d = 0.8 and power 0.9", _n(TTestIndPower(), 0.8, 0.9, "two-sided"),
         "n = 34 per group (68 in total)"),
    ],
)  # fmt: skip
def test_the_answer_says_what_n_counts(question, want, words):
    out = confident(question, "sample_size")
    assert out.result["n"] == want and out.answer.startswith(words)
    assert ("per group" in out.answer) == ("design=" not in out.plan)


# ---- t-tests of data without spread ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference", "said"),
    [
        ("paired t-test: before 10 12 14, after 11 13 15", lambda: stats.ttest_rel([10, 12, 14], [11, 13, 15]),
         "differences"),
        ("same parts measured before 20.1 20.5 19.8 20.3 and after 20.3 20.7 20.0 20.5, paired t-test, p-value?",
         lambda: stats.ttest_rel([20.1, 20.5, 19.8, 20.3], [20.3, 20.7, 20.0, 20.5]), "differences"),
        ("one-sample t-test of 5 5 5 5 against mu = 4", lambda: stats.ttest_1samp([5, 5, 5, 5], 4), "no spread"),
        ("two-sample t-test: line A 5 5 5, line B 6 6 6", lambda: stats.ttest_ind([5, 5, 5], [6, 6, 6]),
         "neither sample has any spread"),
    ],
)  # fmt: skip
def test_t_tests_of_data_without_spread_are_declined(question, reference, said):
    """scipy's t is infinite or a round-off artefact (the differences 20.1 - 20.3 ... are -0.2 up to 1e-15); the
    pipeline declines and says the t statistic is undefined."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        t = float(reference().statistic)
    assert not math.isfinite(t) or abs(t) > 1e6
    out = reason(question)
    assert not out.answered and "t statistic is undefined" in out.answer and said in out.answer
