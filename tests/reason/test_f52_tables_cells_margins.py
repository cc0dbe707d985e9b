"""Data readers (f52): a pipe table whose rows hold their label and first count in one cell ("North:  34 | 12 | 9"
under "LE erosion | crack | lightning dmg"), two-way ANOVA cells nested as "sand: 5 m/h → 0.42, 0.38; 10 m/h → ...",
and a mean's sample size for a margin of error whose records are named by their period ("σ of 10-min means", "how
many 10-min samples", "95% conf"). References by scipy and statsmodels."""

from __future__ import annotations

import math

import pandas as pd
import pytest
import statsmodels.formula.api as smf
from scipy.stats import chi2_contingency, norm
from statsmodels.stats.anova import anova_lm

from plugins.api.prose import label_starts, stated_sd
from plugins.stats.reasoning_tables import pipe_table
from tests.reason.answers import declined, right_value


def _chi2(table: list[list[int]]) -> float:
    """The Pearson chi-square statistic of a table (no continuity correction)."""
    return float(chi2_contingency(table, correction=False)[0])


_BLADES = [[34, 12, 9], [21, 15, 19]]


@pytest.mark.parametrize(
    ("question", "table"),
    [
        (
            "blade inspection findings by type, 2023 campaign:\n           LE erosion | crack | lightning dmg\n"
            "North:        34      |  12   |   9\nSouth:        21      |  15   |  19\nchi-square test of independence "
            "(site vs damage type) -- what's the χ² statistic?",
            _BLADES,
        ),
        (
            "weld defects by shift:\n        porosity | undercut | spatter\nday:   18 | 7 | 11\nnight:   25 | 14 | 6\n"
            "is defect type independent of shift? chi-square statistic?",
            [[18, 7, 11], [25, 14, 6]],
        ),
        (
            "weld defects by shift:\n        porosity | undercut | spatter\nday   18 | 7 | 11\nnight   25 | 14 | 6\n"
            "swing 20 | 9 | 12\nchi-square test of independence, statistic?",
            [[18, 7, 11], [25, 14, 6], [20, 9, 12]],
        ),
    ],
)
def test_pipe_rows_with_label_and_first_count_in_one_cell(question: str, table: list[list[int]]) -> None:
    out = right_value(question, _chi2(table), "hypothesis_test", rel=1e-9, key="statistic")
    assert out["result"]["df"] == (len(table) - 1) * (len(table[0]) - 1)


def test_pipe_table_reader_splits_the_first_cell() -> None:
    read = pipe_table("LE erosion | crack | lightning dmg\nNorth:  34 | 12 | 9\nSouth:  21 | 15 | 19")
    assert read is not None
    assert read.rows == [["34", "12", "9"], ["21", "15", "19"]]
    assert read.row_labels == ["North", "South"] and read.columns == ["LE erosion", "crack", "lightning dmg"]
    # "line 1", "line 2": the numbers are the labels' tags, not counts (the header names two columns)
    tagged = pipe_table("burr | split\nline 1 | 22 | 8\nline 2 | 30 | 12")
    assert tagged is not None and tagged.rows == [["22", "8"], ["30", "12"]]


def test_pipe_rows_that_do_not_line_up_decline() -> None:
    # "line 1 22 | 8": the tag and the first count run together, and the header names two columns
    declined("defects by line:\nburr | split\nline 1 22 | 8\nline 2 30 | 12\nchi-square test of independence?")


def _twoway_f(cells: dict[tuple[str, str], list[float]], term: str) -> float:
    """The F of a term ("a", "b" or "a:b") of the two-way model with interaction, statsmodels Type III sums."""
    rows = [(y, a, b) for (a, b), values in cells.items() for y in values]
    frame = pd.DataFrame(rows, columns=["y", "a", "b"])
    table = anova_lm(smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit(), typ=3)
    return float(table.loc[{"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term], "F"])


_FILTER = {
    ("sand", "5"): [0.42, 0.38],
    ("sand", "10"): [0.55, 0.61],
    ("sand", "15"): [0.80, 0.74],
    ("anthracite", "5"): [0.35, 0.31],
    ("anthracite", "10"): [0.47, 0.44],
    ("anthracite", "15"): [0.58, 0.66],
}
_FILTER_CELLS = (
    "sand: 5 m/h → 0.42, 0.38; 10 m/h → 0.55, 0.61; 15 m/h → 0.80, 0.74\n"
    "anthracite: 5 m/h → 0.35, 0.31; 10 m/h → 0.47, 0.44; 15 m/h → 0.58, 0.66\n"
)
_COAG = {
    ("alum", "20"): [2.1, 2.3],
    ("alum", "40"): [1.4, 1.2],
    ("ferric", "20"): [1.9, 1.8],
    ("ferric", "40"): [1.1, 1.0],
    ("PACl", "20"): [1.7, 1.6],
    ("PACl", "40"): [0.9, 1.0],
}


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates, 2 reps per cell:\n"
            + _FILTER_CELLS
            + "two-way anova w/ interaction. what's the F statistic for the loading rate main effect?",
            _twoway_f(_FILTER, "b"),
        ),
        (
            "pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates, 2 reps per cell:\n"
            + _FILTER_CELLS
            + "two-way anova w/ interaction. F for the media × loading rate interaction?",
            _twoway_f(_FILTER, "a:b"),
        ),
        (
            "coag trial, settled turbidity: 3 coagulants x 2 doses, duplicates.\nalum: 20 mg/L => 2.1, 2.3; 40 mg/L "
            "=> 1.4, 1.2\nferric: 20 mg/L => 1.9, 1.8; 40 mg/L => 1.1, 1.0\nPACl: 20 mg/L => 1.7, 1.6; 40 mg/L => "
            "0.9, 1.0\ntwo-way ANOVA incl. interaction, F for dose?",
            _twoway_f(_COAG, "b"),
        ),
    ],
)
def test_twoway_cells_nested_after_an_arrow_with_units(question: str, want: float) -> None:
    right_value(question, want, "anova", rel=1e-6, key="statistic")


def test_twoway_cell_missing_declines() -> None:
    declined(
        "pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates:\n"
        "sand: 5 m/h → 0.42, 0.38; 10 m/h → 0.55, 0.61; 15 m/h → 0.80, 0.74\n"
        "anthracite: 5 m/h → 0.35, 0.31; 10 m/h → 0.47, 0.44\ntwo-way anova w/ interaction. F for loading rate?"
    )


def _n_margin(sd: float, margin: float, conf: float) -> int:
    """n = ceil((z sigma / E)^2), z the two-sided normal quantile of ``conf``."""
    return math.ceil((norm.ppf(1 - (1 - conf) / 2) * sd / margin) ** 2)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "lidar campaign: want mean hub-height wind speed within ±0.3 m/s, 95% conf (2-sided), σ of 10-min means "
            "approx 2.1 m/s (take as known). how many 10-min samples needed?",
            _n_margin(2.1, 0.3, 0.95),
        ),
        (
            "lidar: want the mean wind speed to within ±0.3 m/s at 95% confidence; the sd of the 10-minute means is "
            "about 2.1 m/s. how many 10-minute means do we need?",
            _n_margin(2.1, 0.3, 0.95),
        ),
        (
            "met mast: need the mean 1-hour power output within ±15 kW at 90% conf, σ of 1-hour averages ≈ 120 kW "
            "(assume known). how many 1-hour samples?",
            _n_margin(120, 15, 0.90),
        ),
    ],
)
def test_margin_of_a_mean_of_period_records(question: str, want: int) -> None:
    right_value(question, want, "sample_size", key="n")


def test_margin_without_sd_declines() -> None:
    declined(
        "lidar campaign: want mean hub-height wind speed within ±0.3 m/s, 95% conf (2-sided). how many 10-min "
        "samples needed?"
    )


def test_period_of_the_records_is_no_value() -> None:
    text = "σ of 10-min means approx 2.1 m/s, in the 2023 campaign"
    assert stated_sd(text) == "2.1"
    starts = label_starts(text)
    assert text.index("10-min") in starts and text.index("2023") in starts
    assert text.index("2.1") not in starts
    # a window of that length is a quantity of the problem
    assert "3 calls in a 10-min window".index("10") not in label_starts("3 calls in a 10-min window")
