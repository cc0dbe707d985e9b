"""Control charts and capability (f40): an I-MR chart of a series pasted beside its index column ("day  result",
"run | weight", labels "S1"), a p chart's units counted "per sample", and Cpk with sigma = R-bar/d2 where the
subgroup size follows the formula ("sigma = R-bar/d2: subgroup size 4"). References by numpy/math."""

from __future__ import annotations

import math

import numpy as np
import pytest

from plugins.api.column_table import column_table, indexed_series
from plugins.spc.reasoning_charts import nsigmas
from tests.reason.answers import declined, right_value

_RESULTS = [4.52, 4.48, 4.55, 4.61, 4.50, 4.47, 4.58, 4.53, 4.49, 4.56, 4.60, 4.51]


def _imr(values: list[float], d2: float = 1.128) -> tuple[float, float]:
    """(LCL, UCL) of an individuals chart: mean -+ 3 MRbar/d2."""
    x = np.array(values)
    half = 3 * np.abs(np.diff(x)).mean() / d2
    return float(x.mean() - half), float(x.mean() + half)


def _rows(values: list[float], sep: str = "\t", label: str = "") -> str:
    return "\n".join(f"{label}{k}{sep}{v:.2f}" for k, v in enumerate(values, 1))


@pytest.mark.parametrize(
    "question",
    [
        "Individuals (I-MR) chart on 12 consecutive daily QC results for creatinine level 1 (mg/dL), limits from the "
        "average moving range of span 2 (3/d2, d2 = 1.128). What is the LCL of the individuals chart?\nday\tresult\n"
        + _rows(_RESULTS),
        "I-MR chart of daily control results (level 1), sigma = MRbar/d2 with d2 = 1.128. LCL of the I chart?\nday  result\n"
        + _rows(_RESULTS, "  "),
        "Individuals chart, d2 = 1.128: lower control limit?\n| day | result |\n|---|---|\n"
        + "\n".join(f"| {k} | {v:.2f} |" for k, v in enumerate(_RESULTS, 1)),
        "Individuals chart from the average moving range (d2 = 1.128). LCL?\nsample result\n"
        + _rows(_RESULTS, " ", "S"),
    ],
)
def test_imr_of_a_series_beside_its_index(question: str) -> None:
    right_value(question, _imr(_RESULTS)[0], "control_chart", rel=1e-9, key="lcl")


def test_indexed_series_reads_the_value_column() -> None:
    text = "QC results\nrun result\n1 4.52\n2 4.48\n3 4.55\n4 4.61"
    series = indexed_series(text)
    assert series is not None and series.columns == [["4.52", "4.48", "4.55", "4.61"]]
    assert len(series.index_starts) == 4
    assert indexed_series("x y\n1 2.0\n3 2.5\n5 2.7") is None  # a first column that does not count rows
    assert indexed_series("day a b\n1 2.0 3.0\n2 2.5 3.5\n3 2.7 3.1") is None  # two columns of values
    assert column_table("dose  response\n1  2.1\n2  3.9\n3  6.2\n").columns == [["1", "2", "3"], ["2.1", "3.9", "6.2"]]


def test_width_over_d2() -> None:
    assert nsigmas("limits (3/d2, d2 = 1.128)") == "3"
    assert nsigmas("ucl = mean + 3*mr-bar/1.128") == "3"
    assert nsigmas("sd 0.5/d2") is None and nsigmas("12/d2") is None


def _p_ucl(total: float, samples: int, n: int) -> float:
    pbar = total / (samples * n)
    return pbar + 3 * math.sqrt(pbar * (1 - pbar) / n)


@pytest.mark.parametrize(
    ("question", "total", "samples", "n"),
    [
        ("p-chart for honeycomb core splice rejects: 25 daily samples, 200 splices per sample, 200 rejects in total "
         "across all samples. 3-sigma UCL?", 200, 25, 200),
        ("p chart: 30 samples with 150 welds in each sample; 180 defective welds in total. UCL?", 180, 30, 150),
        ("p chart for crimp rejects: 20 subgroups, 250 crimps per subgroup, 300 rejects altogether. Upper control "
         "limit?", 300, 20, 250),
    ],
)  # fmt: skip
def test_p_chart_units_per_sample(question: str, total: int, samples: int, n: int) -> None:
    right_value(question, _p_ucl(total, samples, n), "control_chart", rel=1e-9, key="ucl")


def test_p_chart_counted_per_sample_is_no_size() -> None:
    declined("p chart of label misprints: 4 misprints per sample on average, 25 samples. UCL?")


_CPK = min(47 - 45.3, 45.3 - 43) / (3 * 0.62 / 2.059)  # d2(4) = 2.059 (printed table)


@pytest.mark.parametrize(
    "question",
    [
        "Cpk w/ within σ = R̄/d2 : subgroup size 4, R̄=0.62 nm, X̿=45.3 nm, LSL 43 / USL 47 nm",
        "Cpk using within sigma = R-bar/d2: subgroup size 4, R-bar 0.62 nm, X-double-bar 45.3 nm, spec 43 to 47 nm",
        "within-subgroup Cpk (σ = R̄/d2), n = 4 per subgroup, R̄ = 0.62, grand mean 45.3, LSL 43, USL 47",
    ],
)
def test_cpk_from_rbar_with_size_after_formula(question: str) -> None:
    right_value(question, _CPK, "capability", rel=1e-9, key="cpk")
