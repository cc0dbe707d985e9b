"""Control charts read from three more layouts: the subgroup means and ranges (or sds) as two labelled lists
("xbar: ..." / "R: ..."), a table of one subgroup a row under a header with an index column of subgroup numbers
("hr  s1 ... s5"), and a p chart's n as the units per any thing the samples are counted as ("200 seeds per test,
12 tests", "12 trays of 250 seeds", "each of the 12 tests used 200 seeds"). References: the published factors
(A2, A3 printed to 3 decimals), d2(n) by scipy quadrature, p-bar +- 3 sqrt(p-bar (1 - p-bar) / n)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, stats

from tests.reason.answers import declined, right_value

A2 = {3: 1.023, 4: 0.729, 5: 0.577}  # the published factor table (Montgomery, Appendix VI)
A3 = {6: 1.287}


def d2(n: int) -> float:
    """E[range] of n standard normals, by quadrature."""
    return integrate.quad(lambda x: 1 - stats.norm.cdf(x) ** n - stats.norm.sf(x) ** n, -np.inf, np.inf)[0]


def xbar_ucl(rows: list[list[float]]) -> float:
    data = np.array(rows)
    return float(data.mean() + 3 * np.ptp(data, axis=1).mean() / (d2(data.shape[1]) * math.sqrt(data.shape[1])))


MEANS = [10.2, 10.4, 10.1, 10.3, 10.5, 10.2, 10.0, 10.3]
RANGES = [0.8, 0.6, 0.9, 0.7, 0.5, 0.8, 0.6, 0.7]


@pytest.mark.parametrize(
    ("means", "ranges", "side"),
    [
        ("xbar: {m}", "R:    {r}", "UCL of the xbar chart?"),
        ("x-bar = {m}", "range = {r}", "upper control limit for x-bar pls"),
        ("- subgroup means: {m}", "- ranges: {r}", "X-bar chart UCL (A2 from the table)?"),
    ],
)
def test_labelled_means_and_ranges(means: str, ranges: str, side: str) -> None:
    m, r = " ".join(map(str, MEANS)), " ".join(map(str, RANGES))
    question = (
        f"Xbar-R for bore dia, n=4 pieces per hour, 8 subgroups:\n{means.format(m=m)}\n{ranges.format(r=r)}\n{side}"
    )
    right_value(question, np.mean(MEANS) + A2[4] * np.mean(RANGES), "control_chart", key="ucl")


def test_labelled_means_and_sds() -> None:
    means = [72.1, 71.8, 72.4, 72.0, 71.9, 72.2, 72.3, 71.7, 72.0, 72.1]
    sds = [0.41, 0.38, 0.45, 0.40, 0.36, 0.43, 0.39, 0.42, 0.37, 0.44]
    question = (f"X-bar/S chart, subgroup size 6\nmeans: {' '.join(map(str, means))}\ns: {' '.join(map(str, sds))}\n"
                "UCL for the xbar chart?")  # fmt: skip
    right_value(question, np.mean(means) + A3[6] * np.mean(sds), "control_chart", key="ucl")


def test_labelled_lists_of_unequal_length_decline() -> None:
    declined("xbar-R, n=5\nxbar: 44.1 43.6 44.5 43.9 44.2 44.8\nR: 2.3 1.9 2.8 2.1 2.5\nUCL of xbar chart?")


ROWS = [[25.02, 25.01, 24.99, 25.00], [25.03, 25.00, 25.01, 24.98], [24.99, 25.02, 25.00, 25.01],
        [25.01, 24.98, 25.00, 25.02], [25.00, 25.01, 25.03, 24.99], [25.02, 25.00, 24.98, 25.01]]  # fmt: skip


def _table(header: str, sep: str = "  ") -> str:
    return header + "\n" + "\n".join(sep.join([str(i), *map(str, row)]) for i, row in enumerate(ROWS, 1))


@pytest.mark.parametrize(
    "question",
    [
        "Shaft OD (mm), X-bar & R chart, 4 shafts per subgroup:\n" + _table("subgroup  x1  x2  x3  x4") + "\nUCL?",
        "OD of shafts, n=4 each hour:\n" + _table("hour\tm1\tm2\tm3\tm4", "\t") + "\nxbar chart (R-bar method), UCL?",
        "xbar-R, subgroups of 4:\n" + _table("shift  a  b  c  d") + "\nwhat's the upper limit of the x-bar chart?",
    ],
)
def test_table_rows_are_subgroups(question: str) -> None:
    right_value(question, xbar_ucl(ROWS), "control_chart", key="ucl")


def test_table_columns_are_subgroups_when_n_is_the_row_count() -> None:
    columns = [[10.1, 10.0, 10.3], [10.4, 10.2, 10.1], [9.9, 10.1, 10.0], [10.2, 9.8, 10.1], [10.0, 10.3, 10.2]]
    lines = "\n".join("  ".join([str(i), *(str(c[i - 1]) for c in columns)]) for i in (1, 2, 3))
    question = f"Torque, subgroups of n=3, one subgroup per column:\nreading  A  B  C  D  E\n{lines}\nX-bar chart UCL?"
    right_value(question, xbar_ucl(columns), "control_chart", key="ucl")


COUNTS = [15, 18, 12, 20, 16, 14, 19, 17, 13, 16, 18, 14]


def p_limits(n: int) -> tuple[float, float]:
    p = sum(COUNTS) / (n * len(COUNTS))
    half = 3 * math.sqrt(p * (1 - p) / n)
    return max(p - half, 0.0), p + half


@pytest.mark.parametrize(
    ("question", "n", "key"),
    [
        ("Vigour test: 250 seeds per tray on 12 trays; dead seeds: {c}. p chart LCL?", 250, "lcl"),
        ("Seed lab: 12 tests of 200 seeds, non-germinating counts {c}. p-chart UCL?", 200, "ucl"),
        ("Each of the 12 tests used 300 seeds; failures: {c}. p chart, 3-sigma UCL?", 300, "ucl"),
        ("250 seeds per lot, rejects per lot: {c}. p chart LCL?", 250, "lcl"),
    ],
)
def test_p_chart_units_per_counted_thing(question: str, n: int, key: str) -> None:
    want = p_limits(n)[0 if key == "lcl" else 1]
    right_value(question.format(c=", ".join(map(str, COUNTS))), want, "control_chart", key=key)


def test_p_chart_without_a_size_still_declines() -> None:
    declined(f"Germ testing, 12 tests this month, failures: {', '.join(map(str, COUNTS))}. p chart LCL?")
