"""Paired tests of a pasted table whose rows carry labels ("S1  78  81"), regressions of lists written with bare
commas that climb like thousands ("100,150,200"), lists introduced by a subject past an aside ("fractions, determined
by acid digestion, were"); a one-sided paired test whose direction is a treatment's verb is in test_f40_tests2.py."""

from __future__ import annotations

import pytest
from scipy import stats

from plugins.api.column_table import column_table
from plugins.api.prose import numbers
from tests.reason.answers import right_value

_A = [78, 102, 65, 143, 88, 91, 120, 56]
_B = [81, 105, 66, 149, 87, 95, 124, 58]
_ROWS = "\n".join(f"S{i + 1}\t{a}\t{b}" for i, (a, b) in enumerate(zip(_A, _B, strict=True)))


@pytest.mark.parametrize(
    "question",
    [
        "Same 8 patient serum samples run for creatinine (µmol/L) on both analysers. Paired t-test, two-sided — "
        f"p value?\nsample\tAnalyserA\tAnalyserB\n{_ROWS}",
        f"Paired t-test of the two analysers, two-sided. What is the p-value?\nsample  A  B\n{_ROWS.replace(chr(9), '  ')}",
        f"Creatinine on both analysers for the same patients (paired t-test), p-value?\nid   AnalyserA   AnalyserB\n"
        f"{_ROWS.replace(chr(9), '   ')}",
    ],
)
def test_labelled_rows_paired_p(question: str) -> None:
    want = stats.ttest_rel(_A, _B).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


def test_labelled_rows_are_read_as_a_table() -> None:
    table = column_table(f"sample\tA\tB\n{_ROWS}")
    assert table is not None and table.names == ["A", "B"]
    assert table.columns == [[str(a) for a in _A], [str(b) for b in _B]]


def test_rows_of_one_repeated_label_are_no_table() -> None:
    """ "machine 1 20.1 19.8" rows are groups, never rows of a table with its labels dropped."""
    assert column_table("yield by machine\nmachine 1 20.1 19.8\nmachine 2 21.0 20.6\nmachine 3 19.5 19.9") is None


def test_stepped_groups_are_a_list_not_thousands() -> None:
    assert numbers("dose = 100,150,200,250") == ["100", "150", "200", "250"]
    assert numbers("300,200,100 mg") == ["300", "200", "100"]
    assert numbers("a fleet of 100,000,000 km") == ["100000000"]
    assert numbers("900,500,000 h") == ["900500000"]


_DOSE = [100, 150, 200, 250, 300, 350]
_IBU = [18.2, 24.9, 31.5, 36.8, 42.0, 47.7]


@pytest.mark.parametrize(
    "question",
    [
        "Regressing measured IBU on bittering hop dose (g/hL), simple linear fit with intercept. dose = "
        "100,150,200,250,300,350 ; IBU = 18.2, 24.9, 31.5, 36.8, 42.0, 47.7. How much of the variation does the line "
        "explain (R²)?",
        "Fit IBU against dose with an intercept: dose = 100,150,200,250,300,350; IBU = 18.2,24.9,31.5,36.8,42.0,47.7. "
        "What is R^2?",
        "dose 100,150,200,250,300,350 and IBU 18.2, 24.9, 31.5, 36.8, 42.0, 47.7: R-squared of the straight line of IBU "
        "on dose?",
    ],
)
def test_bare_comma_levels_r_squared(question: str) -> None:
    want = stats.linregress(_DOSE, _IBU).rvalue ** 2
    right_value(question, want, "regression", key="value")


_BAR = [3, 4, 5, 6, 7, 8]
_VF = [55.2, 57.1, 58.4, 59.9, 60.3, 61.8]


@pytest.mark.parametrize(
    "question",
    [
        "Six laminates were cured at autoclave pressures of 3, 4, 5, 6, 7 and 8 bar, and the resulting fibre volume "
        "fractions, determined by acid digestion, were 55.2, 57.1, 58.4, 59.9, 60.3 and 61.8 % respectively. For a "
        "straight-line least-squares fit of fibre volume fraction against cure pressure, what is the coefficient of "
        "determination R²?",
        "Laminates cured at pressures of 3, 4, 5, 6, 7 and 8 bar gave fibre fractions, measured by burn-off, of 55.2, "
        "57.1, 58.4, 59.9, 60.3 and 61.8 %. What is R² of the least-squares line of fibre fraction against pressure?",
        "Cure pressures were 3, 4, 5, 6, 7, 8 bar and the fibre volume fractions, by acid digestion, were 55.2, 57.1, "
        "58.4, 59.9, 60.3, 61.8 %. Regress fibre volume fraction on pressure: R^2?",
    ],
)
def test_subject_named_lists_r_squared(question: str) -> None:
    want = stats.linregress(_BAR, _VF).rvalue ** 2
    right_value(question, want, "regression", key="value")
