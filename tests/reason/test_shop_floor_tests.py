"""Tests and ANOVA in shop-floor sentences: the value a one-sample test compares against ("the quoted cycle is
32.0 s", "label claims 35 IBU", "t-test of mean = 35"), a before/after change in words ("H1: consumption went
down"), groups' summaries where only the first names its statistics ("lot A mean 1.52 sd 0.05; lot B 1.58, 0.06"),
"found 9 nonconforming records out of 150" with "H1: rate > 3%", and "strain A 12 of 60" as a table of counts."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from plugins.api.prose import plain_text
from plugins.stats.reasoning_bare_pairs import bare_pair_summaries
from plugins.stats.reasoning_of_totals import of_totals_rows
from tests.reason.answers import confident, declined

_CYCLES = [32.4, 31.9, 32.8, 32.1, 32.6, 32.3, 31.7, 32.5, 32.9, 32.2]
_CYCLE_TEXT = ", ".join(map(str, _CYCLES))
_IBU = [33.8, 36.1, 34.5, 35.9, 33.2, 34.0, 34.7, 33.5]
_IBU_TEXT = ", ".join(map(str, _IBU))


@pytest.mark.parametrize(
    ("question", "data", "mu"),
    [
        (f"Ten cycle times off the new tool (s): {_CYCLE_TEXT}. The quoted cycle is 32.0 s. Two-sided one-sample "
         "t-test: what's the p-value?", _CYCLES, 32.0),
        (f"Cycle times (s): {_CYCLE_TEXT}. The vendor's quoted cycle time is 32.5 s. One-sample t-test p-value?",
         _CYCLES, 32.5),
        (f"Label claims 35 IBU. Eight batches measured {_IBU_TEXT} IBU. Two-sided one-sample t-test of mean = 35: "
         "p-value?", _IBU, 35),
        (f"Eight batches measured {_IBU_TEXT} IBU. One-sample t-test of the mean = 34: p-value?", _IBU, 34),
    ],
)  # fmt: skip
def test_the_value_a_one_sample_test_compares_against(question, data, mu):
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(stats.ttest_1samp(data, mu).pvalue, rel=1e-9)


def test_a_quoted_spread_is_no_hypothesised_mean():
    declined(f"Cycle times (s): {_CYCLE_TEXT}. The quoted sd is 0.3 s. One-sample t-test p-value?")


_BEFORE = [412, 388, 450, 397, 421, 405, 438, 392]
_AFTER = [389, 371, 441, 380, 405, 396, 410, 385]
_PRESSES = (f"We retrofitted servo pumps on 8 presses. kWh per shift before: {', '.join(map(str, _BEFORE))}; after "
            f"(same presses, same order): {', '.join(map(str, _AFTER))}. Paired t-test, one-sided, ")  # fmt: skip


@pytest.mark.parametrize(
    ("h1", "side"),
    [("H1: consumption went down. p-value?", "greater"), ("H1: consumption decreased. p-value?", "greater"),
     ("the alternative is that consumption rose. p-value?", "less")],
)  # fmt: skip
def test_a_change_in_words_after_an_intervention(h1, side):
    out = confident(_PRESSES + h1, "hypothesis_test")
    want = stats.ttest_rel(_BEFORE, _AFTER, alternative=side).pvalue
    assert out.result["p_value"] == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize("h1", ["H1: consumption changed. p-value?", "H1: consumption did not go down. p-value?",
                                "H1: it went down or went up. p-value?"])  # fmt: skip
def test_a_change_without_one_way_is_declined(h1):
    declined(_PRESSES + h1)


_LOTS = ("Shrinkage (%) on four resin lots, six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06; lot C 1.49, "
         "0.04; lot D 1.61, 0.07.")  # fmt: skip


def test_later_groups_give_bare_mean_and_sd_pairs():
    out = confident(_LOTS + " Classic one-way ANOVA (equal variances) from these summaries: what's the F statistic?",
                    "anova")  # fmt: skip
    means, sds = np.array([1.52, 1.58, 1.49, 1.61]), np.array([0.05, 0.06, 0.04, 0.07])
    want = anova_generic(means, sds**2, nobs=np.array([6] * 4), use_var="equal")
    assert out.result["statistic"] == pytest.approx(want.statistic, rel=1e-9)
    assert bare_pair_summaries(plain_text(_LOTS)) == {
        "n": ["6"] * 4, "mean": ["1.52", "1.58", "1.49", "1.61"], "sd": ["0.05", "0.06", "0.04", "0.07"]}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58; lot C 1.49, 0.04.",  # a group without its sd
        "Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06; lot C 1.49, 0.04.",  # no size
        "Six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06, 0.07; lot C 1.49, 0.04.",  # three values
    ],
)
def test_bare_pairs_not_read_so(text):
    assert bare_pair_summaries(plain_text(text)) is None
    declined(text + " One-way ANOVA from these summaries: F statistic?")


def test_found_k_records_out_of_n_reviewed():
    out = confident("Our internal audit found 9 nonconforming traveler records out of 150 reviewed. The target is 3% "
                    "or less. Exact binomial test, one-sided (H1: rate > 3%) — what's the p-value?", "hypothesis_test")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(stats.binomtest(9, 150, 0.03, alternative="greater").pvalue, rel=1e-9)


_STRAINS = ("Diacetyl detected by the tasting panel, by yeast strain: strain A 12 of 60 batches, strain B 21 of 58, "
            "strain C 9 of 62. Chi-square test of independence between strain and detection: what's the p-value?")  # fmt: skip


def test_groups_k_of_n_are_a_table_of_successes_and_failures():
    out = confident(_STRAINS, "hypothesis_test")
    want = stats.chi2_contingency([[12, 48], [21, 37], [9, 53]], correction=False).pvalue
    assert out.result["p_value"] == pytest.approx(want, rel=1e-9)
    line = confident("Line 1 had 12 out of 60 units fail, line 2 had 20 out of 70. Test of independence between line "
                     "and failure at alpha = 0.01: p-value?", "hypothesis_test")  # fmt: skip
    assert line.result["p_value"] == pytest.approx(
        stats.chi2_contingency([[12, 48], [20, 50]], correction=False).pvalue, rel=1e-9)  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Strain A 12 of 60 batches at 20 C, strain B 21 of 58. Chi-square test of independence: p-value?",
        "Strain A 12 of 60 batches, strain B 21 of 58 and 14 others. Chi-square test of independence: p-value?",
    ],
)
def test_other_numbers_beside_k_of_n_are_not_read_as_the_table(question):
    assert of_totals_rows(plain_text(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        f"Cycle times (s): {_CYCLE_TEXT}. The quoted tolerance is 0.5 s. One-sample t-test p-value?",
        f"One-sample t-test of the mean: 10 cycle times (s) {_CYCLE_TEXT}. p-value?",
    ],
)
def test_a_quoted_figure_of_no_mean_is_not_the_hypothesised_one(question):
    declined(question)
