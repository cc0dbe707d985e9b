"""f55: two-way ANOVA cells written as a tab-separated table of two rows (no paired t-test of its rows), listed after a
colon up to a spaced dash ("3 batches per combo: 18 °C/A: 21.4, ...; 22 °C/B: ... -- two-way anova"), or nested after
arrows between bars with the factors named by two words each ("gas chem × chamber pressure"); a design's factor counted
by its plural crossed with factors that list their levels ("3 hop varieties × 2 dry-hop temps (14 °C and 20 °C) ×
..."); X-bar/S limits from subgroups named by their size ("4 sites/wafer subgroups", "5-piece subgroups")."""

from __future__ import annotations

import itertools
import math

import pandas as pd
import pytest
from statsmodels.formula.api import ols
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import confident, declined, right_value


def _twoway(cells: dict[tuple[int, int], list[float]], term: str, column: str) -> float:
    """``column`` ("F" or "PR(>F)") of ``term`` in the two-way ANOVA with interaction (Type III, sum-to-zero)."""
    frame = pd.DataFrame([(y, a, b) for (a, b), ys in cells.items() for y in ys], columns=["y", "a", "b"])
    table = anova_lm(ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit(), typ=3)
    return float(table.loc[{"a": "C(a, Sum)", "b": "C(b, Sum)"}[term], column])


_GREASE = {(0, 0): [41.2, 42.0], (0, 1): [44.5, 45.3], (0, 2): [48.1, 47.2],
           (1, 0): [39.8, 40.5], (1, 1): [42.9, 43.6], (1, 2): [45.0, 46.4]}  # fmt: skip
_GREASE_TABLE = "\tLow\tMid\tHigh\nG1\t41.2, 42.0\t44.5, 45.3\t48.1, 47.2\nG2\t39.8, 40.5\t42.9, 43.6\t45.0, 46.4\n"


@pytest.mark.parametrize(
    "question, term, column, key",
    [
        ("- pitch bearing temp rise [K] after 2 h cycling test, 2 greases × 3 load levels, 2 reps each\n"
         + "".join("  " + line + "\n" for line in _GREASE_TABLE.splitlines())
         + "- two-way ANOVA incl. grease×load interaction term\n- p-value for the grease main effect?",
         "a", "PR(>F)", "p_value"),
        ("bearing temperature rise (K), 2 greases × 3 load levels, 2 reps each:\n" + _GREASE_TABLE
         + "two-way ANOVA with the grease × load interaction. F statistic for load?", "b", "F", "statistic"),
        ("temp rise, 2 greases by 3 load levels, duplicate runs:\n" + _GREASE_TABLE
         + "Two-way ANOVA including interaction, what is the F for grease?", "a", "F", "statistic"),
    ],
)  # fmt: skip
def test_tab_table_of_two_rows_is_a_twoway_anova(question: str, term: str, column: str, key: str) -> None:
    right_value(question, _twoway(_GREASE, term, column), "anova", key=key)


def test_tab_table_with_a_paired_test_asked_keeps_the_paired_test() -> None:
    out = confident("bearing temperature rise (K), grease G1 vs G2 on the same six load runs:\n" + _GREASE_TABLE
                    + "paired t-test of G1 against G2, p-value?")  # fmt: skip
    assert out.mode == "hypothesis_test"


_ESTER = {(0, 0): [21.4, 22.1, 20.8], (0, 1): [24.0, 23.2, 24.6],
          (1, 0): [26.3, 27.0, 25.5], (1, 1): [27.9, 29.1, 28.2]}  # fmt: skip
_ESTER_CELLS = ("18 °C/A: 21.4, 22.1, 20.8; 18 °C/B: 24.0, 23.2, 24.6; 22 °C/A: 26.3, 27.0, 25.5; 22 °C/B: 27.9, "
                "29.1, 28.2")  # fmt: skip


@pytest.mark.parametrize(
    "question, term, column, key",
    [
        ("2×2 trial on ester level (ppm ethyl acetate), fermentation temp 18 °C vs 22 °C crossed with yeast A vs B, 3 "
         f"batches per combo: {_ESTER_CELLS} -- two-way anova with the temp×yeast interaction in the model, what's "
         "the F statistic for the temperature main effect", "a", "F", "statistic"),
        (f"ester (ppm), fermentation temp × yeast strain, 3 batches per combo: {_ESTER_CELLS} - two-way ANOVA incl. "
         "interaction, p-value for yeast?", "b", "PR(>F)", "p_value"),
        (f"2x2 factorial, temp × yeast, triplicate batches: {_ESTER_CELLS} — two-way anova with interaction: F for "
         "the yeast main effect?", "b", "F", "statistic"),
    ],
)  # fmt: skip
def test_cells_listed_after_a_colon(question: str, term: str, column: str, key: str) -> None:
    right_value(question, _twoway(_ESTER, term, column), "anova", key=key)


def test_twox2_effect_with_runs_stays_a_design_effect() -> None:
    out = confident("2^2 factorial, A = temp, B = yeast: A low B low 21.4, A high B low 26.3, A low B high 24.0, A "
                    "high B high 27.9. What is the main effect of A?", "design")  # fmt: skip
    assert out.result["effects"]["A"] == pytest.approx((26.3 + 27.9 - 21.4 - 24.0) / 2)


_TRENCH = {(0, 0): [41.2, 42.0], (0, 1): [44.8, 45.5], (0, 2): [47.1, 46.3],
           (1, 0): [39.5, 40.4], (1, 1): [43.9, 42.7], (1, 2): [48.8, 49.6]}  # fmt: skip
_TRENCH_ROWS = ("CF4 : 10 mT → 41.2, 42.0 | 20 mT → 44.8, 45.5 | 30 mT → 47.1, 46.3\n"
                "C4F8: 10 mT → 39.5, 40.4 | 20 mT → 43.9, 42.7 | 30 mT → 48.8, 49.6\n")  # fmt: skip


@pytest.mark.parametrize(
    "question, term, column, key",
    [
        ("2-way on trench depth (µm×10), gas chem × chamber pressure, 2 reps per cell:\n" + _TRENCH_ROWS
         + "two-way ANOVA w/ the gas×pressure interaction in the model. F statistic for the pressure main effect?",
         "b", "F", "statistic"),
        ("trench depth, gas chem × chamber pressure, 2 reps per cell:\n" + _TRENCH_ROWS
         + "two-way ANOVA with interaction. p-value for the gas chem?", "a", "PR(>F)", "p_value"),
        ("etch trench depth, etch gas × chamber pressure, duplicate wafers:\n" + _TRENCH_ROWS
         + "two-way ANOVA incl. interaction: F for the chamber pressure?", "b", "F", "statistic"),
    ],
)  # fmt: skip
def test_nested_rows_with_factors_named_by_two_words(question: str, term: str, column: str, key: str) -> None:
    right_value(question, _twoway(_TRENCH, term, column), "anova", key=key)


def test_nested_rows_with_an_unnamed_term_declines() -> None:
    declined("trench depth, gas chem × chamber pressure, 2 reps per cell:\n" + _TRENCH_ROWS
             + "two-way ANOVA with interaction. F statistic for the etch time?")  # fmt: skip


@pytest.mark.parametrize(
    "question, levels, replicates",
    [
        ("planning a dry hop trial, 3 hop varieties × 2 dry-hop temps (14 °C and 20 °C) × 2 contact times (24 h and "
         "72 h), full factorial and I want 3 replicates of every combo, how many fermenter runs is that", [3, 2, 2], 3),
        ("Dry hop trial: two yeasts x three temperatures (14, 17 and 20 °C) x two contact times (24 h and 72 h), full "
         "factorial, 2 replicates per combination. How many runs?", [2, 3, 2], 2),
        ("We are testing 4 yeast strains, two temperatures (18 and 22 °C) and two pitch rates (0.5 and 1.0), full "
         "factorial with 3 replicates of each combination - how many fermentations?", [4, 2, 2], 3),
    ],
)  # fmt: skip
def test_counted_factor_beside_listed_ones(question: str, levels: list[int], replicates: int) -> None:
    out = confident(question, "design")
    assert out.result["runs"] == len(list(itertools.product(*map(range, levels)))) * replicates


def _a3(n: int) -> float:
    """A3 = 3 / (c4 sqrt(n)), c4 from gamma functions, rounded to 3 decimals as the printed tables give it."""
    c4 = math.sqrt(2 / (n - 1)) * math.gamma(n / 2) / math.gamma((n - 1) / 2)
    return round(3 / (c4 * math.sqrt(n)), 3)


@pytest.mark.parametrize(
    "question, centre, sbar, n",
    [
        ("X̄-S chart on gate ox thk, 4 sites/wafer subgroups, 25 subgroups: grand mean X̄̄ = 250.4 Å, S̄ = 3.1 Å. UCL "
         "for the X̄ chart (std A3 constant)?", 250.4, 3.1, 4),
        ("X-bar/S chart for shaft diameter, 5-piece subgroups, 30 subgroups collected: grand mean 12.002 mm, S-bar "
         "0.004 mm. What is the UCL of the X-bar chart?", 12.002, 0.004, 5),
        ("Xbar-S chart, 3 pins per board samples, 20 boards: x-double-bar = 1.250 mm and s-bar = 0.012 mm. Upper "
         "control limit for xbar?", 1.250, 0.012, 3),
    ],
)  # fmt: skip
def test_subgroups_named_by_their_size(question: str, centre: float, sbar: float, n: int) -> None:
    right_value(question, centre + _a3(n) * sbar, "control_chart", key="ucl")


def test_subgroup_count_alone_is_no_size() -> None:
    declined("X-bar S chart on gate oxide thickness, 25 subgroups: grand mean 250.4 Å, S-bar 3.1 Å. UCL for the "
             "X-bar chart?")  # fmt: skip
