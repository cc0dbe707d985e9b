"""Tables and targets as people type them: a contingency table whose later rows give bare counts in the first row's
order ("A: 14 cracked / 186 ok, B: 22 / 178"), rows labelled by a range of numbers ("30 to 50:", "18-29:", "50+:"),
a paired table pasted with a column numbering its rows under any name ("spindle  before  after"), a one-sample t
against an aim ("CT aim 620 °C"), and a sample size from a "diff" with "sd ~15". A table read with a label's number
as a count, or a row left out, fails the table check; two of three pasted columns are never a two-sample test."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from havoc_cli.reason.reading import table_rows_check
from plugins.api.reasoning import Plan
from tests.reason.answers import declined, right_value

_CRACKS = [[14, 186], [22, 178], [9, 191]]
_DRINKS = [[34, 22, 14], [28, 30, 12], [15, 26, 29]]
_AGES = (
    "Our survey asked folk their age group and their usual order. Under 30s: 34 flat white, 22 oat latte, 14 "
    "filter. 30 to 50: 28 flat white, 30 oat latte, 12 filter. Over 50: 15 flat white, 26 oat latte, 29 filter."
)


@pytest.mark.parametrize(
    "question",
    [
        "edge cracks by shift, 200 coils each. A: 14 cracked / 186 ok, B: 22 / 178, C: 9 / 191. chi-sq test of "
        "independence shift vs cracking, p value?",
        "Cracking by shift: shift A: 14 cracked, 186 ok; shift B: 22, 178; shift C: 9, 191. Is cracking "
        "independent of shift? chi-square p-value",
        "Line 1: 14 fail / 186 pass. Line 2: 22 / 178. Line 3: 9 / 191. chi square test of independence, p?",
    ],
)
def test_bare_rows_take_the_first_rows_categories(question: str) -> None:
    want = stats.chi2_contingency(_CRACKS, correction=False).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    "question",
    [
        f"{_AGES} My nephew says a chi-square test of independence tells me whether drink choice depends on age. "
        "What's the chi-square test statistic for that table?",
        "drink by age. 18-29: 34 flat white, 22 oat latte, 14 filter; 30-49: 28 flat white, 30 oat latte, 12 filter; "
        "50+: 15 flat white, 26 oat latte, 29 filter. chi-square statistic for independence?",
        "Under 30: 34 flat white, 22 oat latte, 14 filter, 30 to 50: 28 flat white, 30 oat latte, 12 filter, over "
        "50: 15 flat white, 26 oat latte, 29 filter. Does drink depend on age? chi-square statistic",
    ],
)
def test_rows_labelled_by_ranges_of_numbers(question: str) -> None:
    want = stats.chi2_contingency(_DRINKS, correction=False).statistic
    out = right_value(question, want, "hypothesis_test", key="statistic")
    assert out["result"]["df"] == 4


def test_a_bare_row_of_another_length_declines() -> None:
    declined("A: 14 cracked / 186 ok, B: 22 / 178 / 3, C: 9 / 191. chi-sq test of independence, p value?")


def test_a_label_read_as_a_count_fails_the_table_check() -> None:
    """The misreads the table check stands against: a row left out between two read, a label's number as a count."""
    dropped = Plan("hypothesis_test", "", {"table": [_DRINKS[0], _DRINKS[2]], "row_labels": ["Under 30s", "Over 50"]})
    label = Plan("hypothesis_test", "", {"table": [_DRINKS[0], [50, 28, 30], _DRINKS[2]],
                                         "row_labels": ["Under 30s", "30 to", "Over 50"]})  # fmt: skip
    right = Plan("hypothesis_test", "", {"table": _DRINKS, "row_labels": ["Under 30s", "30 to 50", "Over 50"]})
    assert not table_rows_check(_AGES, dropped).passed
    assert not table_rows_check(_AGES, label).passed
    assert table_rows_check(_AGES, right).passed


_BEFORE = [61.2, 59.8, 62.5, 60.4, 61.9, 60.7, 62.1, 59.5]
_AFTER = [60.1, 59.9, 61.2, 59.6, 60.8, 60.5, 61.0, 59.0]


def _pasted(header: str, preamble: str, ask: str) -> str:
    rows = "\n".join(f"{i}  {b}  {a}" for i, (b, a) in enumerate(zip(_BEFORE, _AFTER, strict=True), start=1))
    return f"{preamble}\n{header}\n{rows}\n{ask}"


@pytest.mark.parametrize(
    "question",
    [
        _pasted(
            "spindle  before  after",
            "same 8 spindles on the wheel nutrunner, audit wrench reading before vs after recal (N·m):",
            "paired t, two-sided -- p-value?",
        ),  # fmt: skip
        _pasted("tool  before  after", "torque audit before and after recalibration:", "paired t-test p value?"),
        _pasted(
            "nozzle  old  new",
            "flow (L/min) of each nozzle, old seal vs new seal, same nozzles:",
            "paired t test, two sided: p-value?",
        ),  # fmt: skip
    ],
)
def test_a_pasted_index_column_is_no_data(question: str) -> None:
    want = stats.ttest_rel(_BEFORE, _AFTER).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


def test_two_of_three_lists_are_no_two_sample_test() -> None:
    declined("t-test: is there a difference between 12.1 11.8 12.4 and 12.6 12.3 12.9 and 13.1 13.4 12.8?")


_COILS = [628, 615, 633, 622, 640, 619, 631, 626]


@pytest.mark.parametrize(
    "question",
    [
        "CT aim 620 °C. last 8 coils CT: 628, 615, 633, 622, 640, 619, 631, 626. one-sample t, two sided, is mean "
        "off aim? p-value",
        "Coiling temp aim is 620 C; readings 628 615 633 622 640 619 631 626. one sample t-test two-sided p value",
        "we aimed for 620 °C. 8 coils: 628, 615, 633, 622, 640, 619, 631, 626. Is the mean off the aim? t-test p",
    ],
)
def test_one_sample_against_an_aim(question: str) -> None:
    want = stats.ttest_1samp(_COILS, 620).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


def test_an_aim_to_do_something_is_no_mean() -> None:
    declined("we aim to keep CT steady. last 8 coils CT: 628, 615, 633, 622, 640, 619, 631, 626. one-sample t, p?")


def _z_per_group(delta: float, sd: float, alpha: float, power: float) -> int:
    """n per group of two by the normal approximation, 2 ((z_a/2 + z_b) sd / delta)^2 rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * (z * sd / delta) ** 2)


@pytest.mark.parametrize(
    "question",
    [
        "want to detect 10 MPa diff in mean YS between 2 chem variants, sd ~15 MPa each, alpha 0.05 two sided, "
        "power 90%. coils per group? plain z formula, no t correction",
        "how many coils per group to detect a mean diff of 10 MPa, sigma ~ 15 MPa, alpha 0.05, power 0.9, normal "
        "approximation",
        "detect a ~10 MPa diff. in mean yield strength between two alloys, sd ≈ 15 MPa, alpha 0.05, 90% power, z "
        "approximation: how many per group?",
    ],
)
def test_sample_size_of_a_diff(question: str) -> None:
    out = right_value(question, _z_per_group(10, 15, 0.05, 0.9), "sample_size", key="n")
    assert out["result"]["method"] == "z"


def test_a_diff_without_an_sd_declines() -> None:
    declined("want to detect 10 MPa diff in mean YS between 2 chem variants, alpha 0.05, power 90%. coils per group?")
