"""Hypothesis tests on pasted spreadsheet data: a wide CSV whose first column labels the rows ("plot,ctrl,treated" over
"P1,4.1,4.6"; its labels no data) tested paired; a table in long format, its first column the group, an id column
(plot numbers) beside it and one column of measurements ("rate<TAB>plot<TAB>yield"), tested by Welch's t (the
difference in the order the question writes it) or by a one-way ANOVA for three groups; and a one-sample alternative
naming the quantity after its mean ("H1: mean moisture > 14"). References: scipy.stats; near misses (replicate
columns, rows that are groups) keep their old reading."""

from __future__ import annotations

import pytest
from scipy import stats

from plugins.api.column_table import column_table
from plugins.api.long_table import long_table
from tests.reason.answers import right_value

_A = [5.12, 4.87, 5.40, 5.05, 4.66, 5.31, 4.98]
_B = [5.48, 5.02, 5.61, 5.50, 4.91, 5.37, 5.33]


def _csv(header: str, labels: list[str]) -> str:
    rows = "\n".join(f"{label},{a},{b}" for label, a, b in zip(labels, _A, _B, strict=True))
    return f"{header}\n{rows}\n"


@pytest.mark.parametrize(
    "question",
    [
        _csv("plot,ctrl,treated", [f"P{k}" for k in range(1, 8)])
        + "kg per plot, both treatments on the same plot halves. paired t test, two-sided. p?",
        _csv("site,old_line,new_line", ["north", "south", "east", "west", "ridge", "creek", "mill"])
        + "same sites measured with both lines, so pair them. Paired t-test p value?",
        _csv("pair,left,right", [f"R{k}" for k in range(1, 8)]) + "paired t-test: what is the p-value?",
    ],
)
def test_wide_csv_with_a_label_column_is_paired(question: str) -> None:
    want = stats.ttest_rel(_A, _B).pvalue
    right_value(question, float(want), "hypothesis_test", key="p_value")


def test_replicate_columns_keep_the_rows_as_groups() -> None:
    table = column_table("press,run1,run2,run3\nM1,20.1,19.8,20.3\nM2,21.0,20.7,20.9\nM3,19.5,19.9,19.6\n")
    assert table is None


_HIGH = [6.21, 6.55, 6.02, 6.48, 6.71, 6.30]
_LOW = [5.80, 6.05, 5.62, 6.11, 5.74]


def _long(header: str, sep: str = "\t") -> str:
    ids = iter(range(201, 230, 2))
    rows = [f"90{sep}{next(ids)}{sep}{v}" for v in _HIGH] + [f"60{sep}{next(ids)}{sep}{v}" for v in _LOW]
    return header.replace("\t", sep) + "\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("question", "sign"),
    [
        ("Two seeding rates, some plots lost:\n\n" + _long("rate\tplot\tgrain_t") + "\nWelch t test, 90 minus 60. t?",
         1),
        ("Two seeding rates:\n" + _long("rate\tplot\tgrain_t") + "Welch's t statistic for 60 - 90?", -1),
        ("Two seeding rates:\n" + _long("rate,plot,grain_t", ",") + "unequal variances t-test (90 minus 60), t "
         "statistic?", 1),
    ],
)  # fmt: skip
def test_long_table_is_split_by_its_group_column(question: str, sign: int) -> None:
    want = sign * stats.ttest_ind(_HIGH, _LOW, equal_var=False).statistic
    right_value(question, float(want), "hypothesis_test", key="statistic")


def test_long_table_with_text_groups() -> None:
    rows = [f"sun\t{v}" for v in _HIGH] + [f"shade\t{v}" for v in _LOW]
    question = "leaf N by light:\nlight\tleaf_N\n" + "\n".join(rows) + "\nWelch t-test sun vs shade, p value?"
    want = stats.ttest_ind(_HIGH, _LOW, equal_var=False).pvalue
    right_value(question, float(want), "hypothesis_test", key="p_value")


def test_long_table_of_three_groups_is_an_anova() -> None:
    third = [5.20, 5.41, 5.05, 5.33]
    rows = [f"{g}\t{100 + k}\t{v}" for k, (g, v) in enumerate([("A", v) for v in _HIGH] + [("B", v) for v in _LOW]
                                                              + [("C", v) for v in third])]  # fmt: skip
    question = "hybrid\tplot\tyield\n" + "\n".join(rows) + "\none-way ANOVA across hybrids: p-value?"
    want = stats.f_oneway(_HIGH, _LOW, third).pvalue
    right_value(question, float(want), "anova", key="p_value")


def test_no_long_table_without_repeated_groups() -> None:
    assert long_table("batch\tA\tB\n1\t4.1\t4.3\n2\t4.0\t4.4\n3\t4.2\t4.6\n4\t3.9\t4.2\n") is None


_MOISTURE = [14.3, 14.6, 13.9, 14.8, 14.5, 14.2, 14.7, 14.4]


@pytest.mark.parametrize(
    ("question", "mu", "side"),
    [
        ("grain moisture %, 8 trucks: " + " ".join(map(str, _MOISTURE)) + ". Elevator limit is 14.0%. One-sample "
         "t-test, H1: mean moisture > 14.0. p-value?", 14.0, "greater"),
        ("moisture: " + ", ".join(map(str, _MOISTURE)) + "\nH0: mean moisture = 14.0 vs H1: mean moisture != 14.0. "
         "one-sample t test p?", 14.0, "two-sided"),
        ("fill weights (g): " + " ".join(map(str, _MOISTURE)) + "\none sample t test with Ha: mu < 14.6, one-sided. "
         "p value?", 14.6, "less"),
    ],
)  # fmt: skip
def test_one_sample_alternative_naming_its_quantity(question: str, mu: float, side: str) -> None:
    want = stats.ttest_1samp(_MOISTURE, mu, alternative=side).pvalue
    right_value(question, float(want), "hypothesis_test", key="p_value")


def test_no_long_table_of_whole_number_levels_without_ids() -> None:
    """Repeated whole numbers beside the values and no id column may be a regression's x: no groups read."""
    assert long_table("dose,response\n10,4.1\n10,4.3\n20,5.2\n20,5.0\n30,6.1\n30,6.3\n") is None
