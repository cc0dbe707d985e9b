"""Tables pasted as CSV with a header row (f57_g3): a regression of the named response on the named predictor whose
first column is the rows' id ("lot_id" of codes 301, 302, ... or "Pen" of labels P1, P2, ...), the id left out and the
columns matched to the words (an acronym header "OM_%" for "organic matter"), a method named in brackets after a
formula ("y ~ x (OLS)"); an RCBD in long format ("block,trt,y" a record a line) tested by the additive two-way ANOVA
(treatment + block). References by numpy (polyfit, corrcoef) and statsmodels (ols + anova_lm)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from plugins.api.record_table import record_table
from tests.reason.answers import declined, right_value

_DOSE = [0, 0, 10, 10, 20, 20, 30, 30, 40, 40]
_GAIN = [1.02, 1.10, 1.31, 1.25, 1.58, 1.49, 1.70, 1.77, 1.95, 2.03]
_DOSE_CSV = "lot_id,dose_g_t,gain_kg\n" + "\n".join(
    f"{301 + i},{d},{g:.2f}" for i, (d, g) in enumerate(zip(_DOSE, _GAIN, strict=True))
)


@pytest.mark.parametrize(
    "ask",
    [
        "\nfit gain ~ dose (OLS). slope in kg per g/t?",
        "\nregress gain on dose by least squares: slope?",
        "\nstraight line gain_kg = a + b*dose_g_t (ordinary least squares). what is b?",
    ],
)
def test_slope_of_a_csv_table_with_an_id_column(ask: str) -> None:
    slope = float(np.polyfit(_DOSE, _GAIN, 1)[0])
    right_value(_DOSE_CSV + ask, slope, "regression", key="value")


_OM = [1.6, 2.4, 3.1, 1.9, 3.8, 2.7, 2.2, 3.5]
_GRAIN = [5.0, 5.9, 6.6, 5.6, 7.5, 6.1, 5.5, 7.2]
_PEN_CSV = "Pen,OM_%,Grain_t/ha\n" + "\n".join(
    f"P{i + 1},{x},{y}" for i, (x, y) in enumerate(zip(_OM, _GRAIN, strict=True))
)


@pytest.mark.parametrize(
    "ask",
    [
        "\nlinear regression of grain yield on organic matter - share of the variation explained (R^2)?",
        "\nhow much of the variability in grain does OM explain? coefficient of determination",
    ],
)
def test_r_squared_of_a_csv_table_with_labelled_rows(ask: str) -> None:
    r2 = float(np.corrcoef(_OM, _GRAIN)[0, 1] ** 2)
    right_value(_PEN_CSV + ask, r2, "regression", key="value")


def test_roles_matched_to_an_acronym_header() -> None:
    slope = float(np.polyfit(_GRAIN, _OM, 1)[0])  # organic matter the response: OM_% is y
    right_value(_PEN_CSV + "\nregression of organic matter on grain yield: slope?", slope, "regression", key="value")


_RCBD = {  # block -> {variety: yield}
    "1": {"V1": 31.2, "V2": 34.0, "V3": 29.5},
    "2": {"V1": 30.1, "V2": 33.2, "V3": 29.9},
    "3": {"V1": 33.0, "V2": 35.8, "V3": 31.4},
    "4": {"V1": 29.4, "V2": 32.5, "V3": 28.0},
    "5": {"V1": 32.2, "V2": 33.9, "V3": 30.6},
}


def _long(order: str, sep: str = ",") -> str:
    """The design's records, one a line, cells apart by ``sep``: columns ``order`` of "p" (plot), "b" (block),
    "v" (variety), "y"."""
    names = {"p": "plot", "b": "rep", "v": "variety", "y": "yield"}
    lines = [sep.join(names[c] for c in order)]
    plot = 0
    for block, cells in _RCBD.items():
        for variety, y in cells.items():
            plot += 1
            row = {"p": str(100 + plot), "b": block, "v": variety, "y": f"{y}"}
            lines.append(sep.join(row[c] for c in order))
    return "\n".join(lines)


def _rcbd_p() -> float:
    frame = pd.DataFrame([(y, v, b) for b, cells in _RCBD.items() for v, y in cells.items()], columns=["y", "v", "b"])
    return float(anova_lm(smf.ols("y ~ C(v) + C(b)", data=frame).fit()).loc["C(v)", "PR(>F)"])


@pytest.mark.parametrize(
    ("head", "order", "sep", "ask"),
    [
        ("RCBD, 3 varieties in 5 reps:\n", "pbvy", ",", "\nadditive model (block + treatment). p-value for variety?"),
        ("randomized complete block trial\n", "bvy", "\t", "\np-value of the variety effect?"),
        ("blocked by rep, long format:\n", "vyb", ",", "\ntwo-way ANOVA without interaction, p-value for varieties?"),
        ("RCBD, one plot per variety per rep:\n", "pbvy", "  ", "\nblock + treatment, no interaction: p for variety?"),
    ],
)
def test_rcbd_in_long_format(head: str, order: str, sep: str, ask: str) -> None:
    right_value(head + _long(order, sep) + ask, _rcbd_p(), "anova", key="p_value")


def test_rcbd_in_long_format_with_a_missing_cell_declines() -> None:
    text = _long("bvy").rsplit("\n", 1)[0]  # the last block lacks a variety
    declined("RCBD:\n" + text + "\np-value for variety?")


def test_a_third_column_of_values_is_no_id() -> None:
    """A first column named as no id ("temp") stays data: the three columns are no regression of two."""
    table = "temp,pressure,yield\n" + "\n".join(f"{100 + 5 * i},{2 + i},{50 + 3 * i}" for i in range(6))
    declined(table + "\nregress yield on pressure, slope?")


def test_record_table_reads_labels_and_index_starts() -> None:
    text = "plot,block,trt,y\n1,I,A,5.1\n2,I,B,5.6\n3,II,A,6.0\n4,II,B,6.4"
    table = record_table(text)
    assert table is not None
    assert table.names == ["plot", "block", "trt", "y"]
    assert table.columns[1] == ["I", "I", "II", "II"]
    assert table.numeric(3) and not table.numeric(2)
    assert sorted(text[at] for at in table.index_starts) == ["1", "2", "3", "4"]
