"""A two-way ANOVA's factor asked by a longer form of its name ("temperature" for "temp", levels in °F) and cells
nested between bars ("temp low: speed1 12.1, 12.5 | speed2 ..."); the additive model from rows of labelled cells
("soil 1: A 95.1, B 96.4, C 97.2", soil the block) or rows headed by a numeric setting ("340: 84.1 85.0 ..."); a c
chart's total said "240 alarms total"; a one-sample t against a value the spec "says" with a qualifier."""

from __future__ import annotations

import math

import pandas as pd
import pytest
import statsmodels.formula.api as smf
from scipy import stats
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import declined, right_value


def _anova(rows: list[tuple[float, str, str]], formula: str) -> pd.DataFrame:
    """statsmodels' Type II table of ``formula`` over (y, a, b) rows."""
    frame = pd.DataFrame(rows, columns=["y", "a", "b"])
    return anova_lm(smf.ols(formula, data=frame).fit(), typ=2)


_SEAL = {("350", "X"): [3.8, 4.0, 3.9], ("350", "Y"): [3.6, 3.7, 3.5], ("375", "X"): [4.4, 4.6, 4.5],
         ("375", "Y"): [4.3, 4.1, 4.2]}  # fmt: skip
_SEAL_TEXT = ("350°F / film X: 3.8, 4.0, 3.9\n350°F / film Y: 3.6, 3.7, 3.5\n375°F / film X: 4.4, 4.6, 4.5\n"
              "375°F / film Y: 4.3, 4.1, 4.2\n")  # fmt: skip
_SEAL_F = float(_anova([(v, a, b) for (a, b), vs in _SEAL.items() for v in vs], "y ~ C(a) * C(b)").loc["C(a)", "F"])


@pytest.mark.parametrize(
    "question",
    [
        f"2x2 on the pouch sealer, 3 pouches per cell:\n{_SEAL_TEXT}Two-way ANOVA with the temp×film interaction in "
        "the model. What's the F for seal temperature?",
        f"seal strength:\n{_SEAL_TEXT}two-way ANOVA with interaction, what is the F statistic for temperature?",
    ],
)
def test_factor_named_by_longer_form(question: str) -> None:
    right_value(question, _SEAL_F, "anova", key="statistic")


_ROUGH = {("low", "1"): [12.1, 12.5], ("low", "2"): [13.4, 13.0], ("low", "3"): [14.2, 14.8],
          ("high", "1"): [13.0, 12.6], ("high", "2"): [14.1, 14.5], ("high", "3"): [15.9, 15.3]}  # fmt: skip
_ROUGH_TABLE = _anova([(v, a, b) for (a, b), vs in _ROUGH.items() for v in vs], "y ~ C(a) * C(b)")
_BARS = ("temp low:  speed1 12.1, 12.5 | speed2 13.4, 13.0 | speed3 14.2, 14.8\n"
         "temp high: speed1 13.0, 12.6 | speed2 14.1, 14.5 | speed3 15.9, 15.3\n")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want", "key"),
    [
        (f"two-way ANOVA w/ replication (2 reps per cell), surface roughness:\n{_BARS}full model with the temp×speed "
         "interaction. p-value for the speed main effect?", float(_ROUGH_TABLE.loc["C(b)", "PR(>F)"]), "p_value"),
        (f"two-way ANOVA with interaction, 2 reps per cell:\n{_BARS}temp × speed. F for temperature?",
         float(_ROUGH_TABLE.loc["C(a)", "F"]), "statistic"),
    ],
)  # fmt: skip
def test_cells_nested_between_bars(question: str, want: float, key: str) -> None:
    right_value(question, want, "anova", key=key)


def _additive(rows: list[list[float]]) -> pd.Series:
    """The rows' (treatments') line of statsmodels' additive ANOVA, one observation per cell."""
    data = [(v, str(i), str(j)) for i, row in enumerate(rows) for j, v in enumerate(row)]
    return _anova(data, "y ~ C(a) + C(b)").loc["C(a)"]


_SOIL = [[95.1, 93.8, 96.0, 94.2], [96.4, 95.0, 96.9, 95.7], [97.2, 96.1, 98.3, 96.5]]  # method x soil
_SOIL_TEXT = ("soil 1: A 95.1, B 96.4, C 97.2\nsoil 2: A 93.8, B 95.0, C 96.1\nsoil 3: A 96.0, B 96.9, C 98.3\n"
              "soil 4: A 94.2, B 95.7, C 96.5\n")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "key", "column"),
    [
        (f"Trial pads: 3 compaction methods each run once on 4 soil types, soil type treated as a block:\n{_SOIL_TEXT}"
         "Two-way ANOVA, additive model (no interaction term). p-value for the compaction method effect?", "p_value",
         "PR(>F)"),
        (f"Methods A/B/C on four soils, soil as a block, no interaction:\n{_SOIL_TEXT}two-way ANOVA, F for method?",
         "statistic", "F"),
    ],
)  # fmt: skip
def test_rows_of_labelled_cells(question: str, key: str, column: str) -> None:
    right_value(question, float(_additive(_SOIL)[column]), "anova", key=key)


def test_block_of_labelled_cells_asked_declines() -> None:
    declined(f"3 methods on 4 soils, soil treated as a block:\n{_SOIL_TEXT}Two-way ANOVA, additive model. p-value "
             "for soil?")  # fmt: skip


def test_labelled_cells_without_a_named_block_decline() -> None:
    declined(f"methods on four soils:\n{_SOIL_TEXT}Two-way ANOVA, additive model. F for method?")


_TEMP = [[84.1, 85.0, 83.6, 84.8], [86.3, 87.1, 85.9, 86.6], [87.0, 88.2, 86.8, 87.9]]
_TEMP_TEXT = "340: 84.1 85.0 83.6 84.8\n350: 86.3 87.1 85.9 86.6\n360: 87.0 88.2 86.8 87.9\n"


@pytest.mark.parametrize(
    "question",
    [
        f"R-101 conversion %, TIC-101 sp 340/350/360 °C × catalyst lot A/B/C/D, one run per cell (no replication):\n"
        f"{_TEMP_TEXT}two-way ANOVA, additive model (no interaction term, lot as block). F for temperature?",
        f"Reactor yield at three temperatures, each run once with four catalyst lots (lots as blocks):\n{_TEMP_TEXT}"
        "Two-way ANOVA without replication: F statistic for temperature?",
    ],
)
def test_rows_headed_by_a_numeric_setting(question: str) -> None:
    right_value(question, float(_additive(_TEMP)["F"]), "anova", key="statistic")


@pytest.mark.parametrize(
    ("question", "total", "k"),
    [
        ("bad-actor alarm count on the unit 3 console, 25 shifts logged, 240 alarms total. c chart, UCL?", 240, 25),
        ("c chart: 240 alarms in all over 25 shifts. UCL?", 240, 25),
        ("we logged 30 days, 450 trips altogether. c chart UCL", 450, 30),
    ],
)
def test_c_chart_total_of_a_named_count(question: str, total: int, k: int) -> None:
    right_value(question, total / k + 3 * math.sqrt(total / k), "control_chart", key="ucl")


def test_c_chart_total_of_the_samples_declines() -> None:
    declined("c chart: 25 shifts in total, alarms logged. UCL?")


_PELLETS = [0.831, 0.842, 0.856, 0.828, 0.839, 0.847, 0.835, 0.851, 0.826, 0.844]
_PELLETS_TEXT = ", ".join(map(str, _PELLETS))


@pytest.mark.parametrize(
    "question",
    [
        f"catalyst activity (rel.) from R-101 lab, 10 pellets: {_PELLETS_TEXT.replace(',', '')}. spec says "
        "fresh-equivalent 0.85. one-sample t, two-sided, p-value?",
        f"activity of 10 pellets: {_PELLETS_TEXT}. The datasheet says 0.85. One-sample t-test, p-value?",
        f"10 pellets: {_PELLETS_TEXT}. vendor says nominal activity 0.85. one sample t test, p?",
    ],
)
def test_one_sample_against_a_qualified_spec(question: str) -> None:
    right_value(question, float(stats.ttest_1samp(_PELLETS, 0.85).pvalue), "hypothesis_test", key="p_value")
