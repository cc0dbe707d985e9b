"""Tests and ANOVA from summaries written tersely or in percent, groups headed by a setting on their own line, and
a one-sample target named through an article and adjectives (branch p2-stats).

Reads now: a summary mean in percent ("mean conversion 78.4%") in percentage points, decimals kept; "welch t ...
2-sided p?" as a test; summary lists separated by " / "; "60 °C: 84.2, ..." at a line's start (or after ";" / ".")
as a group's label, not a value; "differ from the validated 12.5" as the hypothesised mean. Declined: lists of
means and sds of different lengths, two-sample summaries without sds. References: scipy, statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from plugins.api.prose import label_starts, samples
from plugins.stats.reasoning import hypothesised_mean
from plugins.stats.reasoning_hypotheses import listed_summaries, summary_statistics
from tests.reason.answers import confident, declined

_CATALYSTS = ("Catalyst A: n = 10 runs, mean conversion 78.4%, sd 2.1. Catalyst B: n = 12 runs, mean 75.9%, sd 3.4. "
              "Welch's t-test (unequal variances), two-sided: what's the p-value?")  # fmt: skip
_TEMPERATURES = (
    "Purity (%) at three reaction temperatures, five runs each.\n60 °C: 84.2, 85.1, 83.7, 84.9, 85.4\n"
    "70 °C: 86.3, 87.0, 85.8, 86.9, 86.1\n80 °C: 85.0, 84.6, 85.9, 85.3, 84.8\nOne-way ANOVA: what is the F statistic?"
)
_TEMPERATURE_GROUPS = (
    [84.2, 85.1, 83.7, 84.9, 85.4],
    [86.3, 87.0, 85.8, 86.9, 86.1],
    [85.0, 84.6, 85.9, 85.3, 84.8],
)
_PEEL = [12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0]


def _summary_anova_p(means, sds, n) -> float:
    means, sds = np.array(means), np.array(sds)
    return anova_generic(means, sds**2, np.array(n, dtype=float), use_var="equal").pvalue


def test_a_summary_mean_in_percent_keeps_its_decimals():
    assert summary_statistics(_CATALYSTS) == {"n": ["10", "12"], "mean": ["78.4", "75.9"], "sd": ["2.1", "3.4"]}


def test_welch_from_summaries_in_percent_points():
    out = confident(_CATALYSTS, "hypothesis_test")
    want = stats.ttest_ind_from_stats(78.4, 2.1, 10, 75.9, 3.4, 12, equal_var=False).pvalue
    assert math.isclose(out.result["p_value"], want, rel_tol=1e-9)


def test_pooled_from_summaries_in_percent_points():
    out = confident("Line A: n = 15, mean yield 92.5%, sd 1.8. Line B: n = 15, mean 90.9%, sd 2.2. Pooled two-sample "
                    "t-test: p-value?", "hypothesis_test")  # fmt: skip
    want = stats.ttest_ind_from_stats(92.5, 1.8, 15, 90.9, 2.2, 15, equal_var=True).pvalue
    assert math.isclose(out.result["p_value"], want, rel_tol=1e-9)


def test_a_percent_target_against_percent_means_stays_in_points():
    question = "n = 10, mean conversion 0.5%, sd 0.1%. Is the mean below the target 1%? one-sample t-test p"
    assert hypothesised_mean(question, ["0.5"]) == "1"
    out = confident(question, "hypothesis_test")
    assert math.isclose(out.result["p_value"], stats.t(9).cdf((0.5 - 1) / (0.1 / math.sqrt(10))), rel_tol=1e-9)


def test_a_fraction_target_against_percent_means_is_declined():
    answer = declined("n = 10 batches, mean yield 78.4%, sd 2.1%. Is the mean yield different from the target 0.80? "
                      "one-sample t-test p")  # fmt: skip
    assert "80%" in answer


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("welch t, line A n=12 mean 4.82 sd 0.21 mm, line B n=15 mean 4.65 sd 0.34 mm, 2-sided p?",
         (4.82, 0.21, 12), (4.65, 0.34, 15)),
        ("welch's t: A n=8 mean 10.4 sd 0.6, B n=9 mean 9.8 sd 0.9; 2-sided p?", (10.4, 0.6, 8), (9.8, 0.9, 9)),
    ],
)  # fmt: skip
def test_terse_welch_t_is_a_test(question, a, b):
    out = confident(question, "hypothesis_test")
    want = stats.ttest_ind_from_stats(*a, *b, equal_var=False).pvalue
    assert math.isclose(out.result["p_value"], want, rel_tol=1e-9)
    assert out.result["alternative"] == "two-sided"


def test_summary_lists_separated_by_slashes():
    question = ("1-way anova from summary: 4 mold cavities, n=6 each, mean part wt 2.412 / 2.405 / 2.421 / 2.398 g, "
                "sd 0.011 / 0.009 / 0.014 / 0.010 g. p-value?")  # fmt: skip
    assert listed_summaries(question) == {
        "n": ["6"] * 4,
        "mean": ["2.412", "2.405", "2.421", "2.398"],
        "sd": ["0.011", "0.009", "0.014", "0.010"],
    }
    out = confident(question, "anova")
    want = _summary_anova_p([2.412, 2.405, 2.421, 2.398], [0.011, 0.009, 0.014, 0.010], [6] * 4)
    assert math.isclose(out.result["p_value"], want, rel_tol=1e-9)


def test_slash_lists_of_different_lengths_are_declined():
    answer = declined("one-way ANOVA from summary: n=6 each, means 2.412 / 2.405 / 2.421 g, sds 0.011 / 0.009 g. p?")
    assert "3 means but 2 sds" in answer


def test_two_sample_summaries_without_sds_are_declined():
    declined("welch t, line A n=12 mean 4.82 mm, line B n=15 mean 4.65 mm, 2-sided p?")


def test_a_setting_heading_a_line_is_a_label():
    assert samples(_TEMPERATURES) == [[f"{v:.1f}" for v in group] for group in _TEMPERATURE_GROUPS]
    starts = label_starts(_TEMPERATURES)
    assert {_TEMPERATURES.index(t) for t in ("60 °C", "70 °C", "80 °C")} <= starts


@pytest.mark.parametrize(
    ("question", "groups"),
    [
        (_TEMPERATURES, _TEMPERATURE_GROUPS),
        ("Surface roughness (um) at three spindle speeds.\n1200 rpm: 0.82, 0.85, 0.80, 0.84\n1500 rpm: 0.78, 0.76, "
         "0.79, 0.77\n1800 rpm: 0.74, 0.75, 0.71, 0.73\nOne-way ANOVA p-value?",
         ([0.82, 0.85, 0.80, 0.84], [0.78, 0.76, 0.79, 0.77], [0.74, 0.75, 0.71, 0.73])),
        ("Yield by temperature. 150 °C: 71.2, 72.0, 70.8; 160 °C: 73.5, 74.1, 73.0; 170 °C: 72.2, 71.9, 72.8. "
         "ANOVA F?", ([71.2, 72.0, 70.8], [73.5, 74.1, 73.0], [72.2, 71.9, 72.8])),
        ("Strength by cure time. 12.5 h: 40.1, 41.0, 40.6. 24 h: 43.2, 42.8, 43.9. 48 h: 44.0, 44.6, 43.7. "
         "One-way ANOVA F?", ([40.1, 41.0, 40.6], [43.2, 42.8, 43.9], [44.0, 44.6, 43.7])),
    ],
)  # fmt: skip
def test_anova_of_groups_headed_by_settings(question, groups):
    out = confident(question, "anova")
    want = stats.f_oneway(*groups)
    assert math.isclose(out.result["statistic"], want.statistic, rel_tol=1e-9)
    assert math.isclose(out.result["p_value"], want.pvalue, rel_tol=1e-9)


def test_a_time_of_day_is_no_label():
    assert samples("readings at 8:30: 4.1, 4.3, 4.2") == [["4.1", "4.3", "4.2"]]


@pytest.mark.parametrize(
    ("question", "mu", "side"),
    [
        ("Peel strength on 8 pouches: 12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0. Does the mean differ from the "
         "validated 12.5 N/15 mm? Two-sided one-sample t-test; give the p-value.", 12.5, "two-sided"),
        ("Peel strength: 12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0. Is the mean different from the specified "
         "12.5? t-test p-value", 12.5, "two-sided"),
        ("Peel strength: 12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0. Is the mean lower than our historical "
         "12.5? One-sided t-test p", 12.5, "less"),
    ],
)  # fmt: skip
def test_a_target_after_an_article_and_adjectives(question, mu, side):
    out = confident(question, "hypothesis_test")
    want = stats.ttest_1samp(_PEEL, mu, alternative=side).pvalue
    assert math.isclose(out.result["p_value"], want, rel_tol=1e-9)


def test_the_other_groups_are_no_target():
    question = "Does line A differ from the other 2 lines? A: 5.1, 5.3, 5.2, 5.0; B: 5.6, 5.8, 5.5"
    assert hypothesised_mean(question, ["5.1"]) is None
