"""Summaries, tables and counts as people write them (branch p3-anova): a one-way ANOVA from groups written one at a
time under one size for all ("6 gears per shift. Day: mean 58.2, sd 1.1; ..."), from lists with a unit in
parentheses ("head means (g): ...") or headed "x-bar = ..., s = ..."; a paired t-test from a table pasted in columns
(its running index column no data); a quadratic fit from labelled rows ("T (°C): 60 65 ...", "yield %: 71.2 ..."); an
exact binomial test of a hyphenated count ("our 400-unit run saw 12 failures"). References: statsmodels
anova_generic and OLS, scipy ttest_rel and binomtest."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import stats
from statsmodels.stats.oneway import anova_generic

from plugins.api.column_table import column_table
from tests.reason.answers import confident, declined


def _anova(means, sds, n):
    """statsmodels' classic one-way ANOVA from summaries."""
    sizes = np.full(len(means), n) if np.isscalar(n) else np.array(n)
    return anova_generic(np.array(means), np.array(sds) ** 2, sizes, use_var="equal")


_SHIFTS = "Day: mean 58.2, sd 1.1; Swing: mean 59.1, sd 0.9; Night: mean 57.6, sd 1.3"


@pytest.mark.parametrize(
    ("question", "n"),
    [
        (f"Rockwell C hardness of carburized gears by shift, 6 gears per shift. {_SHIFTS}. One-way ANOVA (pooled "
         "variance) — F statistic?", 6),
        (f"Hardness by shift, n = 5 per group. {_SHIFTS}. One-way ANOVA F statistic?", 5),
        (f"Hardness by shift, 8 parts in each shift. {_SHIFTS}. classic one-way ANOVA, F?", 8),
    ],
)  # fmt: skip
def test_groups_one_at_a_time_under_one_size(question, n):
    out = confident(question, "anova")
    assert out.result["statistic"] == pytest.approx(_anova([58.2, 59.1, 57.6], [1.1, 0.9, 1.3], n).statistic, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        f"Hardness by shift. {_SHIFTS}. One-way ANOVA — F statistic?",  # no size
        f"Cycle time by cell, 12 cycles per hour. {_SHIFTS}. One-way ANOVA F?",  # a rate, not a size
        "Hardness by shift, n = 5 per group. Day: mean 58.2, sd 1.1; Swing: n = 7, mean 59.1, sd 0.9; Night: mean "
        "57.6, sd 1.3. One-way ANOVA F?",  # one group with a size of its own
        f"Hardness by shift, 6 gears per shift, 8 parts per group. {_SHIFTS}. One-way ANOVA F?",  # two sizes
    ],
)
def test_groups_without_one_clear_size_are_declined(question):
    declined(question)


def test_listed_means_with_a_unit_in_parentheses():
    out = confident("4 filler heads, n=6 fills each. head means (g): 500.4, 501.1, 500.2, 500.9; SDs: 0.6, 0.7, 0.5, "
                    "0.8. classic one-way ANOVA from these summaries — F statistic?", "anova")  # fmt: skip
    want = _anova([500.4, 501.1, 500.2, 500.9], [0.6, 0.7, 0.5, 0.8], 6)
    assert out.result["statistic"] == pytest.approx(want.statistic, rel=1e-9)


@pytest.mark.parametrize("bar", ["x̄", "x-bar", "xbar"])
def test_x_bar_lists_are_means(bar):
    out = confident(f"One-way ANOVA from summary statistics: four fertilisers, n = 8 plots each, {bar} = 24.1, 26.3, "
                    "22.8, 25.0 and s = 2.1, 1.8, 2.4, 2.0. p-value for H0: all four means equal?", "anova")  # fmt: skip
    want = _anova([24.1, 26.3, 22.8, 25.0], [2.1, 1.8, 2.4, 2.0], 8)
    assert out.result["p_value"] == pytest.approx(want.pvalue, rel=1e-9)


def test_x_bar_lists_without_sizes_are_declined():
    declined("One-way ANOVA: x-bar = 24.1, 26.3, 22.8, 25.0 and s = 2.1, 1.8, 2.4, 2.0. p-value?")


_HPLC = [99.2, 98.7, 100.1, 99.5, 98.9, 99.8, 100.3, 99.0]
_TITRATION = [99.6, 99.0, 100.2, 99.9, 99.4, 99.9, 100.8, 99.3]


def _pasted(header: str) -> str:
    rows = "\n".join(f"{i}      {a:<6} {b}" for i, (a, b) in enumerate(zip(_HPLC, _TITRATION, strict=True), start=1))
    return f"Same 8 batches assayed two ways (% label claim):\n{header}\n{rows}\n"


@pytest.mark.parametrize("header", ["batch  HPLC   titration", "HPLC   titration", "run  HPLC  titration"])
def test_paired_t_from_a_table_in_columns(header):
    question = _pasted(header) + "Is there a systematic difference between the methods? paired t-test, two-sided, p?"
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(stats.ttest_rel(_HPLC, _TITRATION).pvalue, rel=1e-9)


def test_a_table_reader_keeps_a_named_first_column_of_data():
    table = column_table("dose  response\n1  2.1\n2  3.9\n3  6.2\n")
    assert table is not None and table.names == ["dose", "response"] and table.columns[0] == ["1", "2", "3"]
    assert not table.index_starts


def test_a_table_reader_needs_a_header_and_three_rows():
    assert column_table("1  99.2  99.6\n2  98.7  99.0\n3  100.1  100.2\n") is None
    assert column_table("HPLC titration\n99.2 99.6\n98.7 99.0\n") is None
    assert column_table("A B C\n1 2.0 3.0\n2 2.5 3.5\n3 2.7 3.1\n") is not None  # a named index: A..C has no index name


def test_a_table_with_rows_of_different_widths_is_declined():
    question = ("batch HPLC titration\n1 99.2 99.6\n2 98.7\n3 100.1 100.2\n4 99.5 99.9\nIs there a systematic "
                "difference? paired t-test p-value")  # fmt: skip
    declined(question)


_T = [60, 65, 70, 75, 80, 85, 90]
_YIELD = [71.2, 76.8, 80.9, 82.7, 83.1, 81.4, 78.0]


@pytest.mark.parametrize("unit", ["°C", "degC"])
def test_quadratic_from_labelled_rows(unit):
    question = (f"Reactor yield vs jacket temperature:\nT ({unit}):  60    65    70    75    80    85    90\nyield %: "
                "71.2  76.8  80.9  82.7  83.1  81.4  78.0\nClearly curved, so fit a quadratic in T (yield = b0 + b1·T + "
                "b2·T²) by least squares. What is R²?")  # fmt: skip
    out = confident(question, "regression")
    x = np.array(_T, dtype=float)
    want = sm.OLS(np.array(_YIELD), np.column_stack([np.ones_like(x), x, x**2])).fit().rsquared
    assert out.result["r_squared"] == pytest.approx(want, rel=1e-9)


def test_exact_binomial_of_a_hyphenated_count():
    out = confident("Supplier claims a field failure rate of no more than 1.5%. In our 400-unit durability run we saw "
                    "12 failures. Exact binomial test, one-sided (H1: rate > 1.5%) — what is the p-value?",
                    "hypothesis_test")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(
        stats.binomtest(12, 400, 0.015, alternative="greater").pvalue, rel=1e-9
    )


def test_exact_binomial_of_a_hyphenated_lot():
    out = confident("Vendor claims at most 2% defective. Our 250-part trial lot had 9 defective. Exact binomial test, "
                    "one-sided — p-value?", "hypothesis_test")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(stats.binomtest(9, 250, 0.02, alternative="greater").pvalue, rel=1e-9)


def test_hours_of_running_are_no_trials():
    declined("Supplier claims a failure rate of no more than 1.5%. In our 400-hour durability run we saw 12 failures. "
             "Exact binomial test, one-sided — p-value?")  # fmt: skip


def test_anova_from_a_table_in_columns():
    groups = ([5.1, 5.3, 4.9, 5.2], [5.6, 5.8, 5.5, 5.9], [5.0, 5.2, 5.1, 4.8])
    rows = "\n".join(f"{i} {a} {b} {c}" for i, (a, b, c) in enumerate(zip(*groups, strict=True), start=1))
    out = confident(f"Cure time by oven:\nrun ovenA ovenB ovenC\n{rows}\nOne-way ANOVA p-value?", "anova")
    assert out.result["p_value"] == pytest.approx(stats.f_oneway(*groups).pvalue, rel=1e-9)


def test_paired_t_from_columns_without_an_index():
    before, after = [12.1, 12.4, 12.0, 12.6, 12.3], [11.8, 12.0, 11.9, 12.1, 12.2]
    rows = "\n".join(f"{a} {b}" for a, b in zip(before, after, strict=True))
    out = confident(f"Thickness before and after cure:\nbefore after\n{rows}\nPaired t-test, two-sided p-value?")
    assert out.result["p_value"] == pytest.approx(stats.ttest_rel(before, after).pvalue, rel=1e-9)
