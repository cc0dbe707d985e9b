"""Four readings widened: a factorial whose factors are a numbered or bulleted list ("1. Reagent lot: 3 levels"),
the labelled subgroup means and ranges (or sds) of a chart with a unit in brackets ("xbar (mm): ..."), a p or np
chart's total said over the samples ("total defectives over all 25 samples = 120"), and a paired sample size whose
pairs compare two named things ("pairs ... a bias between the two analyzers", "SD of the pair differences").
References: the product of the levels, the published A2/A3 factors, p-bar +- 3 sqrt(p-bar (1 - p-bar) / n), and
n = ((z_(1-alpha/2) + z_power) sigma_d / delta)^2 by scipy (statsmodels' TTestPower for the noncentral t)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.power import TTestPower

from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_power import stated_design
from tests.reason.answers import declined, right_value

A2 = {4: 0.729}  # the published factor table (Montgomery, Appendix VI)
A3 = {6: 1.287}


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("Full factorial plan:\n1. Temperature: 3 levels\n2. Catalyst: 2 levels\n3. Stir rate: 3 levels\n"
         "replicated 2 times. Total runs?", 3 * 2 * 3 * 2),
        ("Moulding line, full factorial:\n- Oven: 4 levels\n- Resin grade: 3 levels\nsingle replicate. how many runs?",
         4 * 3),
        ("General factorial for the assay:\n1. Buffer: 2 levels\n2. Incubation time: 4 levels\n\nthe whole design run "
         "in duplicate. Number of runs?", 2 * 4 * 2),
    ],
)  # fmt: skip
def test_numbered_factor_list(question: str, runs: int) -> None:
    right_value(question, runs, "design", key="runs")


def test_levels_without_a_factor_still_decline() -> None:
    declined("full factorial: 3 levels. how many runs?")


MEANS = [50.2, 50.4, 50.1, 50.3, 50.5]
RANGES = [0.8, 0.6, 0.9, 0.7, 0.5]


@pytest.mark.parametrize(
    ("means", "ranges"),
    [
        ("xbar (mm): {m}", "R (mm):    {r}"),
        ("means [g]: {m}", "ranges [g]: {r}"),
        ("- x-bar (µm) = {m}", "- R (µm) = {r}"),
    ],
)
def test_labelled_means_and_ranges_with_a_unit(means: str, ranges: str) -> None:
    m, r = " ".join(map(str, MEANS)), " ".join(map(str, RANGES))
    question = f"Shaft OD, n = 4 per subgroup, five subgroups:\n{means.format(m=m)}\n{ranges.format(r=r)}\nUCL of the xbar chart?"
    right_value(question, np.mean(MEANS) + A2[4] * np.mean(RANGES), "control_chart", key="ucl")


def test_labelled_means_and_sds_with_a_unit() -> None:
    means, sds = [500.2, 499.8, 500.5, 500.1], [0.41, 0.38, 0.45, 0.40]
    question = (f"Fill weights, subgroups of 6\nxbar (ml): {' '.join(map(str, means))}\ns (ml): "
                f"{' '.join(map(str, sds))}\nX-bar chart UCL?")  # fmt: skip
    right_value(question, np.mean(means) + A3[6] * np.mean(sds), "control_chart", key="ucl")


def p_ucl(total: float, samples: int, n: int) -> float:
    p = total / (samples * n)
    return p + 3 * math.sqrt(p * (1 - p) / n)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("25 samples of 200 bottles each, total defectives over all 25 samples = 120. UCL of the p chart?",
         p_ucl(120, 25, 200)),
        ("p chart: 30 lots of 150 vials, total rejects across all lots: 180. upper control limit?", p_ucl(180, 30, 150)),
        ("np chart, 30 subgroups of size 50, total nonconforming in the 30 subgroups is 90. UCL?",
         50 * p_ucl(90, 30, 50)),
    ],
)  # fmt: skip
def test_total_over_the_samples(question: str, want: float) -> None:
    right_value(question, want, "control_chart", key="ucl")


def test_a_total_of_the_units_is_no_count_of_defectives() -> None:
    declined("20 samples of 100 boards, total boards over all 20 samples = 2000. p chart UCL?")


def z_pairs(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil((z * sd / delta) ** 2 - 1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("How many paired samples are needed to detect a mean bias of 0.4 mg/L between the two analyzers? SD of the "
         "pair differences 0.9 mg/L, alpha 0.05 two-sided, power 80%, z approximation", z_pairs(0.4, 0.9, 0.8)),
        ("split samples run on two instruments: how many pairs to see a bias of 1.5 units? sd of the differences "
         "3.2, 90% power, alpha 0.05, normal approximation", z_pairs(1.5, 3.2, 0.9)),
        ("how many pairs to detect a mean difference of 0.3 between two gauges, sd of the differences 0.5, "
         "alpha 0.05, power 80%",
         math.ceil(TTestPower().solve_power(effect_size=0.3 / 0.5, power=0.8, alpha=0.05) - 1e-9)),
    ],
)  # fmt: skip
def test_pairs_comparing_two_things(question: str, want: int) -> None:
    right_value(question, want, "sample_size", key="n")


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("pairs of readings, a bias between the two labs, sd of the pair differences 0.1", "paired"),
        ("a difference of 0.3 between two lines", "two-sample"),
    ],
)
def test_two_things_compared_by_pairs(text: str, design: str) -> None:
    assert stated_design(text) == design


def test_pairs_and_two_groups_named_still_conflict() -> None:
    with pytest.raises(PlanError):
        stated_design("pairs per group: a difference of 0.4 between the two groups, sd of the differences 0.9")
