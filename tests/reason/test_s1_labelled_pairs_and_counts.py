"""Task s1: readers of paired and labelled data for tests and regression. Lists labelled "before: ... after: ..."
with two spaces between them, pairs written with arrows beside a "survivor curve" whose model is written out, two
lists labelled by whole clauses matched to a model written with their abbreviations ("HDD", "therms"), and "k out
of n" counts per group beside "the 2x2 table". References by scipy, computed here."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

BEFORE = [212, 198, 225, 205, 218, 210]
AFTER = [221, 204, 229, 215, 220, 219]


@pytest.mark.parametrize(
    "question",
    [
        "Brinell hardness on 6 castings before and after the new normalize cycle. before: 212,198,225,205,218,210  "
        "after: 221,204,229,215,220,219. Paired t test on after minus before — give the t statistic.",
        "pre: 212 198 225 205 218 210  post: 221 204 229 215 220 219. Paired t test on post minus pre, t statistic?",
        "Hardness of 6 parts before and after heat treatment. before = 212, 198, 225, 205, 218, 210; after = 221, 204, "
        "229, 215, 220, 219. paired t-test, differences taken as after - before: t?",
    ],
)
def test_labelled_before_after_lists(question: str) -> None:
    want = stats.ttest_rel(AFTER, BEFORE).statistic
    right_value(question, want, "hypothesis_test", key="statistic")


def test_difference_of_unnamed_samples_declined() -> None:
    declined("6 castings: 212,198,225,205,218,210 and 221,204,229,215,220,219. Paired t test on after minus before, t?")


TIMES = [0, 2, 4, 6, 8]
LOG_N = [6.02, 5.11, 4.05, 3.08, 1.97]


@pytest.mark.parametrize("arrow", ["→", "->", "=>"])
def test_arrow_pairs_beside_a_curve_with_its_model_written(arrow: str) -> None:
    pairs = ", ".join(f"{t}{arrow}{n}" for t, n in zip(TIMES, LOG_N, strict=True))
    question = (
        f"Survivor curve data, exposure time (min) vs log10 survivors: {pairs}. Fit log10 N = b0 + b1·t by ordinary "
        "least squares; what is the slope b1?"
    )
    right_value(question, stats.linregress(TIMES, LOG_N).slope, "regression", key="slope")


def test_curve_without_a_model_still_declined() -> None:
    declined("Survivor curve data: 0→6.02, 2→5.11, 4→4.05, 6→3.08, 8→1.97. Fit the curve; what is its slope?")


HDD = [620, 540, 410, 250, 120, 30, 15, 40, 160, 330, 480, 600]
THERMS = [1850, 1660, 1340, 930, 610, 390, 360, 420, 700, 1120, 1500, 1800]
_HDD = " ".join(map(str, HDD))
_THERMS = " ".join(map(str, THERMS))


@pytest.mark.parametrize(
    "question",
    [
        f"monthly heating degree days (base 65°F): {_HDD}; gas use (therms) same months: {_THERMS}. fit therms = a + "
        "b·HDD by least squares, what is b (therms per HDD)?",
        f"gas use (therms) same months: {_THERMS}; monthly heating degree days (base 65°F): {_HDD}. fit therms = a + "
        "b*HDD by least squares, what is b?",
        f"heating degree days by month: {_HDD}; gas consumption (therms): {_THERMS}. regress therms on HDD; slope?",
    ],
)
def test_lists_labelled_by_clauses_and_abbreviated_in_the_model(question: str) -> None:
    right_value(question, stats.linregress(HDD, THERMS).slope, "regression", key="slope")


def test_abbreviation_of_no_list_declined() -> None:
    declined(f"monthly heating degree days: {_HDD}; gas use: {_THERMS}. fit cost = a + b*CDD by least squares, b?")


@pytest.mark.parametrize(
    "question",
    [
        "Environmental monitoring excursions by shift: day shift had 12 excursions out of 240 samples, night shift had "
        "25 out of 260. Pearson chi-square test of independence on the 2×2 table, no continuity correction. What is "
        "the p-value?",
        "EM excursions: day shift 12 out of 240 samples, night shift 25 out of 260 samples. chi-square test on the 2x2 "
        "contingency table without Yates correction - p value?",
        "day shift: 12 of 240 samples had excursions; night shift: 25 of 260. Is the excursion rate independent of "
        "shift? uncorrected chi-square on the 2 by 2 table, p?",
    ],
)
def test_counts_out_of_totals_beside_the_table_shape(question: str) -> None:
    want = stats.chi2_contingency([[12, 228], [25, 235]], correction=False).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")
