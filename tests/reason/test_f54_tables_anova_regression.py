"""Two-factor tables and unit-tagged pairs (f54): an additive two-way ANOVA (one observation per cell) of rows whose
cells are labelled by the other factor ("source 1: alum 3.1, PACl 2.6, ferric 3.4"), the factor asked by its levels'
words or by the word counted ("4 raw water sources × 3 coagulants"); a two-way ANOVA with interaction from a markdown
table of replicated cells ("| 2 min | 88.1, 87.4 | 86.0, 85.2 |" under "| Lube time | 20 | 40 |" and its rule) and
from rows of cells nested after arrows and split by bars ("low : 60 → 31.2, 30.4 | 70 → 29.8, 30.9"); a regression of
pairs whose predictor's unit is written on the first pair only ("4°C 0.62, 7 0.70, 10 0.81"). References by
statsmodels (anova_lm) and numpy (polyfit, corrcoef)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import declined, right_value


def _additive(rows: list[list[float]]) -> pd.DataFrame:
    """The additive model's ANOVA table of ``rows[i][j]`` (row factor ``r``, column factor ``c``)."""
    frame = pd.DataFrame([(y, i, j) for i, row in enumerate(rows) for j, y in enumerate(row)], columns=["y", "r", "c"])
    return anova_lm(smf.ols("y ~ C(r) + C(c)", data=frame).fit())


def _with_interaction(cells: dict[tuple[int, int], list[float]]) -> pd.DataFrame:
    """The two-way model with interaction (sum-to-zero coding, Type III sums) of replicated cells."""
    rows = [(y, a, b) for (a, b), values in cells.items() for y in values]
    frame = pd.DataFrame(rows, columns=["y", "a", "b"])
    return anova_lm(smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit(), typ=3)


_JAR = [[3.1, 2.6, 3.4], [4.0, 3.3, 4.1], [2.7, 2.4, 3.0], [3.6, 2.9, 3.8]]
_JAR_TEXT = (
    "settled turbidity (NTU) from jar tests, 4 raw water sources × 3 coagulants, one jar per combo:\n"
    "source 1: alum 3.1, PACl 2.6, ferric 3.4\n"
    "source 2: alum 4.0, PACl 3.3, ferric 4.1\n"
    "source 3: alum 2.7, PACl 2.4, ferric 3.0\n"
    "source 4: alum 3.6, PACl 2.9, ferric 3.8\n"
    "two-way anova, no interaction term (only one obs per cell)."
)


@pytest.mark.parametrize(
    ("ask", "row", "column"),
    [
        (" F statistic for the coagulant factor?", "C(c)", "F"),
        (" What is the F for the raw water source effect?", "C(r)", "F"),
        (" p-value for coagulant?", "C(c)", "PR(>F)"),
    ],
)
def test_additive_two_way_of_labelled_cells(ask: str, row: str, column: str) -> None:
    key = "p_value" if column == "PR(>F)" else "statistic"
    right_value(_JAR_TEXT + ask, float(_additive(_JAR).loc[row, column]), "anova", key=key)


def test_additive_two_way_counted_in_words() -> None:
    gauges = [[10.2, 10.5, 10.1, 10.4], [10.0, 10.3, 9.9, 10.2], [10.6, 10.8, 10.5, 10.9]]
    question = (
        "three operators × four gauges, one reading per combination; two-way ANOVA without interaction:\n"
        "operator Ann: G1 10.2, G2 10.5, G3 10.1, G4 10.4\n"
        "operator Bo: G1 10.0, G2 10.3, G3 9.9, G4 10.2\n"
        "operator Cy: G1 10.6, G2 10.8, G3 10.5, G4 10.9\n"
        "p-value for the gauges?"
    )
    right_value(question, float(_additive(gauges).loc["C(c)", "PR(>F)"]), "anova", key="p_value")


def test_additive_two_way_asking_no_factor_declines() -> None:
    declined(_JAR_TEXT + " F statistic?")


_LUBE = {(0, 0): [88.1, 87.4], (0, 1): [86.0, 85.2], (0, 2): [83.9, 84.8],
         (1, 0): [85.3, 84.6], (1, 1): [83.7, 82.9], (1, 2): [80.2, 81.5]}  # fmt: skip
_LUBE_TEXT = (
    "Two-factor study, response = % dissolved at 30 min. Factors: lubricant blend time (2 or 5 min) and press speed "
    "(20, 40, 60 k tablets/h), 2 replicate batches per cell:\n"
    "| Lube time | 20 | 40 | 60 |\n"
    "|---|---|---|---|\n"
    "| 2 min | 88.1, 87.4 | 86.0, 85.2 | 83.9, 84.8 |\n"
    "| 5 min | 85.3, 84.6 | 83.7, 82.9 | 80.2, 81.5 |\n"
)


@pytest.mark.parametrize(
    ("ask", "row", "column"),
    [
        ("Two-way ANOVA with interaction term included. p-value for the press speed main effect?", "C(b, Sum)",
         "PR(>F)"),
        ("Two-way ANOVA with interaction. F statistic for lubricant blend time?", "C(a, Sum)", "F"),
        ("Two-way ANOVA incl. interaction: F for the interaction?", "C(a, Sum):C(b, Sum)", "F"),
    ],
)  # fmt: skip
def test_two_way_of_a_markdown_table(ask: str, row: str, column: str) -> None:
    key = "p_value" if column == "PR(>F)" else "statistic"
    right_value(_LUBE_TEXT + ask, float(_with_interaction(_LUBE).loc[row, column]), "anova", key=key)


def test_markdown_table_with_fewer_replicates_than_stated_declines() -> None:
    declined(_LUBE_TEXT.replace("2 replicate batches", "3 replicate batches") + "Two-way ANOVA with interaction. "
             "p-value for press speed?")  # fmt: skip


_SOAK = {(0, 0): [31.2, 30.4], (0, 1): [29.8, 30.9], (0, 2): [27.5, 28.3],
         (1, 0): [33.1, 34.0], (1, 1): [32.6, 31.8], (1, 2): [30.2, 29.5]}  # fmt: skip


@pytest.mark.parametrize(
    ("arrow", "ask", "row", "column"),
    [
        ("→", "two-way ANOVA incl. interaction term -- F statistic for conveyor speed main effect?", "C(b, Sum)", "F"),
        ("->", "two-way ANOVA with interaction: p-value for soak zone setting?", "C(a, Sum)", "PR(>F)"),
    ],
)
def test_two_way_of_cells_nested_between_bars(arrow: str, ask: str, row: str, column: str) -> None:
    question = (
        "shear strength (N) DOE, two-factor with replication: soak zone setting (low/high) × conveyor speed "
        "(60/70/80 cm/min), 2 reps per cell.\n"
        f"low : 60 {arrow} 31.2, 30.4 | 70 {arrow} 29.8, 30.9 | 80 {arrow} 27.5, 28.3\n"
        f"high: 60 {arrow} 33.1, 34.0 | 70 {arrow} 32.6, 31.8 | 80 {arrow} 30.2, 29.5\n"
        f"{ask}"
    )
    key = "p_value" if column == "PR(>F)" else "statistic"
    right_value(question, float(_with_interaction(_SOAK).loc[row, column]), "anova", key=key)


def test_nested_cells_with_a_level_missing_decline() -> None:
    declined(
        "shear strength (N), two-factor with replication: soak zone (low/high) × conveyor speed (60/70/80 cm/min).\n"
        "low : 60 → 31.2, 30.4 | 70 → 29.8, 30.9 | 80 → 27.5, 28.3\n"
        "high: 60 → 33.1, 34.0 | 70 → 32.6, 31.8\n"
        "two-way ANOVA with interaction, F for conveyor speed?"
    )


_TEMP = [4, 7, 10, 12, 15, 18, 21, 24]
_DEMAND = [0.62, 0.70, 0.81, 0.84, 0.97, 1.05, 1.12, 1.26]
_CHLORINE = (
    "chlorine demand (mg/L) vs raw water temp (°C) over the year: 4°C 0.62, 7 0.70, 10 0.81, 12 0.84, 15 0.97, "
    "18 1.05, 21 1.12, 24 1.26. "
)


def test_regression_of_pairs_tagged_once_r_squared() -> None:
    want = float(np.corrcoef(_TEMP, _DEMAND)[0, 1] ** 2)
    right_value(_CHLORINE + "simple linear regression of demand on temp, r² ?", want, "regression", key="value")


@pytest.mark.parametrize(("roles", "x", "y"), [("demand on temp", _TEMP, _DEMAND), ("temp on demand", _DEMAND, _TEMP)])
def test_regression_of_pairs_tagged_once_oriented_by_the_unit_name(roles: str, x: list, y: list) -> None:
    slope = float(np.polyfit(x, y, 1)[0])
    right_value(_CHLORINE + f"regress {roles}: slope?", slope, "regression", key="value")


def test_one_letter_unit_names_no_variable_by_its_initial() -> None:
    hours, hardness = [2, 4, 6, 8, 10], [61.0, 62.3, 64.1, 64.9, 66.8]
    right_value("Curing study, hardness after cure: 2 h 61.0, 4 62.3, 6 64.1, 8 64.9, 10 66.8. regress hardness on "
                "cure time, slope?", float(np.polyfit(hours, hardness, 1)[0]), "regression", key="value")  # fmt: skip


def test_pairs_tagged_with_two_units_decline() -> None:
    declined("chlorine demand (mg/L) vs raw water temp over the year: 4°C 0.62, 7 0.70, 10 0.81, 54°F 0.84, 15 0.97, "
             "18 1.05, 21 1.12, 24 1.26. simple linear regression of demand on temp, r² ?")  # fmt: skip
