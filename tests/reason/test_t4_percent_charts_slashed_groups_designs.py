"""Task t4: chart limits of measurements in percent kept in percent, ANOVA of numbered "Station 1:" rows and of
groups written with slashes, a chi-square table from counts sharing one total per group, factors whose levels are
named in brackets ("yes/no"), and a predictor named in words in brackets in a written model. References are
computed here with scipy, numpy and math."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, stats
from scipy.special import gammaln

from tests.reason.answers import declined, right_value


def _d2(n: int) -> float:
    """The expected range of n standard normals, by quadrature."""
    value, _ = integrate.quad(lambda x: 1 - stats.norm.sf(x) ** n - stats.norm.cdf(x) ** n, -np.inf, np.inf)
    return value


def _c4(n: int) -> float:
    return math.sqrt(2 / (n - 1)) * math.exp(gammaln(n / 2) - gammaln((n - 1) / 2))


def _a2(n: int) -> float:
    return round(3 / (_d2(n) * math.sqrt(n)), 3)


def _a3(n: int) -> float:
    return round(3 / (_c4(n) * math.sqrt(n)), 3)


XBAR_PERCENT = [
    ("X̄–R chart for tablet assay, subgroups of n = 5. Grand mean 99.8 %, average range R̄ = 1.2 %. Upper control "
     "limit for the X̄ chart?", "ucl", 99.8 + _a2(5) * 1.2),
    ("X-bar chart of fill level, subgroups of size 4; x-double-bar = 98.5 %, R-bar = 2.0 %. What is the UCL of the "
     "X-bar chart?", "ucl", 98.5 + _a2(4) * 2.0),
    ("X̄–R chart, subgroups of n = 5, grand mean 99.8 %, average range 1.2 %: lower control limit of the X̄ chart?",
     "lcl", 99.8 - _a2(5) * 1.2),
    ("Assay results are charted on an Xbar-S chart with n = 6. Grand mean 100.2%, S-bar 0.9%. UCL of the Xbar chart?",
     "ucl", 100.2 + _a3(6) * 0.9),
]  # fmt: skip


@pytest.mark.parametrize(("question", "key", "want"), XBAR_PERCENT)
def test_chart_limits_of_percentages_stay_in_percent(question: str, key: str, want: float) -> None:
    right_value(question, want, "control_chart", rel=1e-9, key=key)


def test_cpk_from_rbar_in_percent() -> None:
    q = "Subgroups of 5 tablets, grand mean 99.8 %, R-bar 1.2 %, specs 97 % to 103 %. Cpk using sigma = R-bar/d2?"
    sigma = 1.2 / round(_d2(5), 3)
    right_value(q, min(103 - 99.8, 99.8 - 97) / (3 * sigma), "capability", rel=1e-6, key="cpk")


STATIONS = [[41, 38, 45, 40], [36, 39, 34, 37], [44, 47, 42, 46], [39, 41, 37, 40]]
STATION_ROWS = "\n".join(f"Station {i}: {', '.join(map(str, g))}" for i, g in enumerate(STATIONS, 1))
SHOP_ROWS = "\n".join(f"Shop {c}: {' '.join(map(str, g))}" for c, g in zip("ABC", STATIONS, strict=False))
ANOVA_ROWS = [
    ("We send the same model of air data computer to four different repair stations. Hours to next failure after "
     f"return (in hundreds of FH):\n{STATION_ROWS}\nIs there a difference between stations? I want the p-value from "
     "a one-way ANOVA.", STATIONS),
    (f"Four repair stations, hours to next failure:\n{STATION_ROWS}\nDo the stations differ? One-way ANOVA p-value "
     "please.", STATIONS),
    (f"{SHOP_ROWS}\nIs the difference between shops significant (analysis of variance)? p-value?", STATIONS[:3]),
]  # fmt: skip


@pytest.mark.parametrize(("question", "groups"), ANOVA_ROWS)
def test_numbered_rows_with_anova_named_are_groups(question: str, groups: list[list[int]]) -> None:
    right_value(question, stats.f_oneway(*groups).pvalue, "anova", key="p_value")


SLASHED = [[18.2, 17.9, 18.6], [19.4, 19.9, 19.1], [17.5, 17.8, 17.2], [18.8, 19.2, 18.5]]


def test_groups_written_with_slashes() -> None:
    q = ("tensile strength MPa, 3 dumbbells each — C1 18.2/17.9/18.6, C2 19.4/19.9/19.1, C3 17.5/17.8/17.2, "
         "C4 18.8/19.2/18.5. one-way anova F stat?")  # fmt: skip
    right_value(q, stats.f_oneway(*SLASHED).statistic, "anova", key="statistic")
    q = "Compounds A 18.2/17.9/18.6; B 19.4/19.9/19.1; C 17.5/17.8/17.2 - ANOVA p-value?"
    right_value(q, stats.f_oneway(*SLASHED[:3]).pvalue, "anova", key="p_value")


def test_two_groups_written_with_slashes_t_test() -> None:
    q = "old 18.2/17.9/18.6/18.0 vs new 19.4/19.9/19.1/19.5, Welch t-test p-value?"
    want = stats.ttest_ind([18.2, 17.9, 18.6, 18.0], [19.4, 19.9, 19.1, 19.5], equal_var=False).pvalue
    right_value(q, want, "hypothesis_test", key="p_value")


def _chi2(counts: list[int], total: int) -> float:
    table = [[k, total - k] for k in counts]
    return stats.chi2_contingency(table, correction=False)[0]


COMMON_TOTAL = [
    ("Blisters by shift, 400 tyres inspected per shift: day 12 blistered, swing 19, night 27. Chi-square test of "
     "independence between shift and blister status (Pearson, 3×2 table) — what is the chi-square statistic?",
     [12, 19, 27], 400),
    ("Three shifts, 400 tyres per shift: day 12 blistered, swing 19, night 27. Pearson chi-square statistic for shift "
     "vs blistering (test of independence)?", [12, 19, 27], 400),
    ("line 1 12, line 2 19, line 3 27 defectives, 400 inspected per line. Chi-square test of independence of line and "
     "defect status, statistic?", [12, 19, 27], 400),
    ("250 parts inspected from each line: line A 8 defective, line B 15, line C 11, line D 20. Chi-square test of "
     "independence between line and defect status: statistic?", [8, 15, 11, 20], 250),
]  # fmt: skip


@pytest.mark.parametrize(("question", "counts", "total"), COMMON_TOTAL)
def test_counts_sharing_one_total_per_group(question: str, counts: list[int], total: int) -> None:
    right_value(question, _chi2(counts, total), "hypothesis_test", key="statistic")


@pytest.mark.parametrize(
    "question",
    [
        "400 tyres inspected per shift: day 12 blistered, swing 19, night 27 with 2 inspectors. Chi-square test of "
        "independence between shift and blister status: statistic?",
        "400 tyres inspected per shift: day 12 blistered, swing 19, night 27. 2 inspectors did it. Chi-square test of "
        "independence between shift and blister status: statistic?",
    ],
)
def test_another_number_beside_the_counts_is_declined(question: str) -> None:
    declined(question)


def test_table_shape_that_disagrees_is_declined() -> None:
    declined("Blisters by shift, 400 tyres inspected per shift: day 12 blistered, swing 19, night 27. Chi-square test "
             "of independence (Pearson, 2×2 table): statistic?")  # fmt: skip


DESIGNS = [
    ("For my experiment I'm crossing feedback type (3 levels) × time pressure (yes/no) × task difficulty (easy/hard), "
     "full factorial, and each cell is run twice (2 replicates). Total number of runs?", [3, 2, 2], 2),
    ("Design: catalyst (A/B/C), stirring (on/off), temperature (low/high), full factorial, 3 replicates. How many "
     "runs?", [3, 2, 2], 3),
    ("Full factorial with machine (3 levels), shift (day/night) and operator (novice/expert). How many runs, no "
     "replication?", [3, 2, 2], 1),
    ("Crossing dose (low/medium/high) x route (oral/iv), full factorial, 4 replicates per cell: total runs?",
     [3, 2], 4),
]  # fmt: skip


@pytest.mark.parametrize(("question", "levels", "replicates"), DESIGNS)
def test_factor_levels_named_in_brackets(question: str, levels: list[int], replicates: int) -> None:
    out = right_value(question, math.prod(levels) * replicates, "design", key="runs")
    assert sorted(out["result"]["levels"]) == sorted(levels)


LAYER = [20, 30, 40, 50, 60, 80]
RA = [5.1, 6.8, 8.9, 9.7, 12.4, 15.8]


def test_predictor_named_in_brackets_in_the_model() -> None:
    want = stats.linregress(LAYER, RA).rvalue ** 2
    q = ("Fit Ra = b0 + b1·(layer thickness) by ordinary least squares. Layer thickness (µm): 20, 30, 40, 50, 60, 80. "
         "Measured Ra (µm): 5.1, 6.8, 8.9, 9.7, 12.4, 15.8. How much of the variation in Ra does the line explain (R²)?")  # fmt: skip
    right_value(q, want, "regression", key="r_squared")
    q = ("Fit Ra = b0 + b1·(layer thickness) by least squares. Measured Ra (µm): 5.1, 6.8, 8.9, 9.7, 12.4, 15.8. "
         "Layer thickness (µm): 20, 30, 40, 50, 60, 80. R squared?")  # fmt: skip
    right_value(q, want, "regression", key="r_squared")
    q = ("Fit wear = b0 + b1·(sliding distance). Sliding distance (km): 1, 2, 3, 4, 5, 6. Measured wear (mg): 2.1, "
         "3.9, 6.2, 8.1, 9.8, 12.2. What is the slope?")  # fmt: skip
    right_value(q, stats.linregress([1, 2, 3, 4, 5, 6], [2.1, 3.9, 6.2, 8.1, 9.8, 12.2]).slope, "regression",
                key="slope")  # fmt: skip
