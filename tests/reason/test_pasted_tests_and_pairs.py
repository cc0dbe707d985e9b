"""Tests, ANOVA and regression data as people paste them (branch p4-stats): "% of label claim: 98.7, ..." names the
data's unit, not the hypothesised mean; "standard error from p0" is no "p = 0"; contingency rows "day: 412 answered /
38 abandoned"; one size for every group ("six cartons timed on each"); rows of two under a heading "A (unit) vs B
(unit)" (A first); pairs tagged by the predictor's unit ("0 mo 100.2, 3 mo 99.6"). References: scipy ttest_1samp,
norm, chi2_contingency and linregress, statsmodels anova_generic."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from havoc_cli.reason.reading import unused_numbers
from plugins.api.reasoning import Plan
from plugins.stats.reasoning_pasted_pairs import heading_rows, unit_tagged_pairs
from tests.reason.answers import confident, declined

_ASSAY = [98.7, 99.4, 101.2, 97.9, 100.3, 98.8, 99.1, 98.5]
_ASSAY_TEXT = ", ".join(map(str, _ASSAY))


def test_label_claim_unit_is_not_the_target():
    out = confident(
        f"Assay results for a 50 mg tablet lot, % of label claim: {_ASSAY_TEXT}. Is the mean potency different from "
        "100%? One-sample t-test, two-sided; report the p-value.",
        "hypothesis_test",
    )
    assert "mu=100" in out.plan
    assert out.result["p_value"] == pytest.approx(stats.ttest_1samp(_ASSAY, 100).pvalue, rel=1e-9)


def test_item_size_is_no_value_but_an_effect_is():
    data = [10.2, 10.4, 9.9, 10.3, 10.1]
    plan = Plan("hypothesis_test", "test ttest a mu=10", {"samples": [data], "mu": "10"})
    text = ", ".join(map(str, data))
    assert unused_numbers(f"Lengths of a 10 mm bolt lot: {text}. Is the mean different from 10?", plan) == []
    assert unused_numbers(f"Lengths: {text}. Test against 10 for a 0.5 mm shift.", plan) == ["0.5"]
    assert unused_numbers(
        f"Lengths of a 12 mm bolt lot: {text}. Mean 10?", Plan("calculus", f"show [{text}, 10]", {})
    ) == ["12"]


def test_label_claim_stated_as_target_still_read():
    data = [99.2, 100.4, 98.9, 101.0, 99.7, 100.1]
    out = confident(
        f"Lot release assay, % of label claim: {', '.join(map(str, data))}. Label claim is 100%. Two-sided "
        "one-sample t-test: p-value?",
        "hypothesis_test",
    )
    assert out.result["p_value"] == pytest.approx(stats.ttest_1samp(data, 100).pvalue, rel=1e-9)


def test_label_claim_without_target_declined():
    declined(
        f"Assay results, % of label claim: {_ASSAY_TEXT}. Is the mean potency different? One-sample t-test, "
        "two-sided; report the p-value."
    )


@pytest.mark.parametrize(
    ("question", "p"),
    [
        ("Historical defect rate was 7%. After the Improve phase we inspected 400 units and found 18 defective. "
         "One-sided one-proportion z-test (H1: p < 0.07, standard error from p0) — p-value?",
         stats.norm.cdf((18 / 400 - 0.07) / math.sqrt(0.07 * 0.93 / 400))),
        ("Historical first-pass yield was 92%. This month 285 of 300 units passed first time. One-sided one-proportion "
         "z-test (H1: p > 0.92, standard error from p0) — p-value?",
         stats.norm.sf((285 / 300 - 0.92) / math.sqrt(0.92 * 0.08 / 300))),
    ],
)  # fmt: skip
def test_p0_is_not_p_equals_zero(question, p):
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(p, rel=1e-9)


def test_proportion_without_p0_declined():
    declined(
        "After the Improve phase we inspected 400 units and found 18 defective. One-sided one-proportion z-test "
        "(H1: p < p0, standard error from p0) — p-value?"
    )


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("abandoned calls by shift — day: 412 answered / 38 abandoned, evening: 365 answered / 51 abandoned, night: "
         "190 answered / 29 abandoned. chi-square test of independence, p-value?", [[412, 38], [365, 51], [190, 29]]),
        ("defects by supplier — A: 180 good / 12 bad, B: 150 good / 20 bad. chi-square test of independence, "
         "uncorrected, p-value?", [[180, 12], [150, 20]]),
    ],
)  # fmt: skip
def test_rows_of_counts_split_by_slashes(question, table):
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(stats.chi2_contingency(table, correction=False).pvalue, rel=1e-9)


def test_rows_whose_categories_differ_declined():
    declined(
        "abandoned calls by shift — day: 412 answered / 38 abandoned, evening: 365 answered / 51 dropped, night: 190 "
        "answered / 29 abandoned. chi-square test of independence, p-value?"
    )


def _anova(means, sds, n):
    return anova_generic(np.array(means), np.array(sds) ** 2, np.full(len(means), n), use_var="equal")


@pytest.mark.parametrize(
    ("question", "means", "sds", "n"),
    [
        ("Four packing lines, six cartons timed on each. Mean pack times (s): 42.1, 43.5, 41.8, 44.0; standard "
         "deviations: 1.2, 1.5, 1.1, 1.4. What is the F statistic of the one-way ANOVA?",
         [42.1, 43.5, 41.8, 44.0], [1.2, 1.5, 1.1, 1.4], 6),
        ("Three ovens, five loaves baked in each. Mean crumb moisture (%): 38.2, 39.1, 37.6; standard deviations: 0.8, "
         "0.9, 0.7. One-way ANOVA F statistic?", [38.2, 39.1, 37.6], [0.8, 0.9, 0.7], 5),
    ],
)  # fmt: skip
def test_one_size_for_every_group(question, means, sds, n):
    out = confident(question, "anova")
    assert out.result["statistic"] == pytest.approx(_anova(means, sds, n).statistic, rel=1e-9)


def test_anova_without_size_declined():
    declined(
        "Four packing lines. Mean pack times (s): 42.1, 43.5, 41.8, 44.0; standard deviations: 1.2, 1.5, 1.1, 1.4. "
        "What is the F statistic of the one-way ANOVA?"
    )


_DEPOSITION = [(30, 212), (60, 398), (90, 611), (120, 805), (150, 1003), (180, 1198)]


def test_rows_under_a_vs_heading():
    rows = "".join(f"{t} {d}\n" for t, d in _DEPOSITION)
    out = confident(f"deposition time (s) vs thickness (Å)\n{rows}least-squares line — what's the slope in Å/s?")
    assert out.result["slope"] == pytest.approx(stats.linregress(*zip(*_DEPOSITION, strict=True)).slope, rel=1e-9)


def test_heading_rows_reader():
    found = heading_rows("load (kN) vs extension (mm)\n2 0.11\n4 0.23\n6 0.33\nslope?")
    assert found is not None
    assert (found.first, found.second, found.names) == (
        ["2", "4", "6"],
        ["0.11", "0.23", "0.33"],
        ("load", "extension"),
    )
    assert heading_rows("load (kN) vs extension (mm)\n2 0.11\n4 0.23\nslope?") is None  # two rows: no table
    assert heading_rows("load extension\n2 0.11\n4 0.23\n6 0.33") is None  # no "vs" heading


def test_rows_of_three_under_a_heading_declined():
    declined("deposition time (s) vs thickness (Å)\n30 212 5\n60 398 6\n90 611 5\n120 805 7\nleast-squares slope?")


_STABILITY = [(0, 100.2), (3, 99.6), (6, 99.1), (9, 98.7), (12, 98.0), (18, 97.1), (24, 96.0)]


def test_pairs_tagged_by_the_predictors_unit():
    pairs = ", ".join(f"{t} mo {p}" for t, p in _STABILITY)
    out = confident(
        f"Long-term stability data, potency in % of label claim vs time in months: {pairs}. Fit a straight line "
        "potency = a + b·months by least squares. What's the slope b?",
        "regression",
    )
    assert out.result["slope"] == pytest.approx(stats.linregress(*zip(*_STABILITY, strict=True)).slope, rel=1e-9)


def test_unit_tagged_pairs_reader():
    found = unit_tagged_pairs("drift: 0 h 10.02, 24 h 10.05, 48 h 10.09 and 72 h 10.11.")
    assert found is not None
    assert (found.first, found.second) == (["0", "24", "48", "72"], ["10.02", "10.05", "10.09", "10.11"])
    with_units = unit_tagged_pairs("0 h 10.02 mm, 24 h 10.05 mm, 48 h 10.09 mm")  # the response's unit too
    assert with_units is not None and with_units.second == ["10.02", "10.05", "10.09"]
    assert unit_tagged_pairs("0 mo 100.2, 3 wk 99.6, 6 mo 99.1, 9 d 98.7") is None  # units differ


def test_pairs_in_mixed_units_declined():
    declined(
        "Long-term stability data, potency vs time: 0 mo 100.2, 3 wk 99.6, 6 mo 99.1, 9 d 98.7, 12 mo 98.0. Fit a "
        "straight line potency = a + b·months by least squares. What's the slope b?"
    )
