"""Welch's one-way ANOVA (``test anova ... equal_var=false``) against statsmodels ``anova_oneway(use_var="unequal")``,
a computation of Welch's (1951) formulas written out here, R's printed ``oneway.test`` results, and the Welch t-test
(two groups: F = t^2)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.oneway import anova_generic, anova_oneway

TASK = ([5.1, 5.3, 4.9, 5.2], [5.6, 5.8, 5.5, 5.9, 6.3, 5.0], [5.0, 5.2, 5.1, 4.8])
# R's PlantGrowth (ctrl, trt1, trt2): oneway.test(weight ~ group) prints F = 5.181, num df = 2.000,
# denom df = 17.128, p-value = 0.01739 (R tutorials, e.g. STHDA "One-way ANOVA test in R")
PLANT_GROWTH = (
    [4.17, 5.58, 5.18, 6.11, 4.50, 4.61, 5.17, 4.53, 5.33, 5.14],
    [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69],
    [6.31, 5.12, 5.54, 5.50, 5.37, 5.29, 4.92, 6.15, 5.80, 5.26],
)
# R's sleep data: t.test(extra ~ group) prints t = -1.8608, df = 17.776, p-value = 0.07939 (R's t.test and
# oneway.test help pages: oneway.test(extra ~ group, sleep) is the same test, F = 3.4626)
SLEEP = ([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4])


def _welch(run_study, groups, options: str = "") -> dict:
    names = [chr(ord("a") + i) for i in range(len(groups))]
    lets = "".join(f"let {n} = {list(g)}\n" for n, g in zip(names, groups, strict=True))
    run = run_study(f"{lets}test anova {' '.join(names)} equal_var=false{options}\n")
    assert run.exit_code == 0, run.stderr
    return run.step("test", "anova")


def _by_hand(groups) -> tuple[float, float, float]:
    """Welch (1951) written out: w_i = n_i/s_i^2, F* = A / B, df2 = (k^2 - 1) / (3 lambda)."""
    k = len(groups)
    n = np.array([len(g) for g in groups], dtype=float)
    means = np.array([np.mean(g) for g in groups])
    w = n / np.array([np.var(g, ddof=1) for g in groups])
    centre = np.sum(w * means) / np.sum(w)
    lam = np.sum((1 - w / np.sum(w)) ** 2 / (n - 1))
    f = (np.sum(w * (means - centre) ** 2) / (k - 1)) / (1 + 2 * (k - 2) * lam / (k**2 - 1))
    df2 = (k**2 - 1) / (3 * lam)
    return float(f), float(df2), float(stats.f.sf(f, k - 1, df2))


@pytest.mark.parametrize(
    "groups",
    [
        TASK,
        PLANT_GROWTH,
        ([10.2, 11.9, 9.1, 12.4, 8.8], [10.0, 10.1, 9.9], [13.5, 7.2, 15.1, 9.9, 11.0, 14.2, 6.5], [10.4, 10.6]),
        ([1000000.1, 1000000.3, 1000000.2], [1000000.4, 1000000.9, 1000000.1, 1000000.6], [1000000.2, 1000000.25]),
    ],
)
def test_welch_anova_matches_statsmodels_anova_oneway_unequal(run_study, groups):
    r = _welch(run_study, groups)
    want = anova_oneway([np.array(g) for g in groups], use_var="unequal")
    assert r["test"] == "Welch's ANOVA" and r["equal_var"] is False and r["model"] == "one-way"
    assert r["statistic_name"] == "F"
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-9)
    assert r["df"][0] == len(groups) - 1 and r["df"][1] == pytest.approx(want.df_denom, rel=1e-9)
    assert r["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert [g["n"] for g in r["groups"]] == [len(g) for g in groups]


def test_welch_anova_equals_the_formulas_written_out(run_study):
    f, df2, p = _by_hand(TASK)
    r = _welch(run_study, TASK)
    assert (r["statistic"], r["df"][1], r["p_value"]) == pytest.approx((f, df2, p), rel=1e-10)
    n = np.array([4, 6, 4])
    assert r["weights"] == pytest.approx(list(n / np.array([np.var(g, ddof=1) for g in TASK])), rel=1e-12)


def test_welch_anova_reproduces_rs_printed_plantgrowth_result(run_study):
    r = _welch(run_study, PLANT_GROWTH)
    assert round(r["statistic"], 3) == 5.181
    assert r["df"][0] == 2 and round(r["df"][1], 3) == 17.128
    assert round(r["p_value"], 5) == 0.01739


def test_two_groups_welch_anova_is_the_welch_t_test_squared(run_study):
    r = _welch(run_study, SLEEP)
    t = stats.ttest_ind(*SLEEP, equal_var=False)
    assert r["statistic"] == pytest.approx(t.statistic**2, rel=1e-10)
    assert r["df"] == [1, pytest.approx(float(t.df), rel=1e-10)]
    assert r["p_value"] == pytest.approx(t.pvalue, rel=1e-10)
    # the values R prints for t.test(extra ~ group, data = sleep)
    assert round(-math.sqrt(r["statistic"]), 4) == -1.8608 and round(r["df"][1], 3) == 17.776
    assert round(r["p_value"], 5) == 0.07939


def test_groups_keyword_and_a_long_table_give_the_same_welch_anova(run_study):
    csv = "y,g\n" + "".join(f"{v},{'abc'[i]}\n" for i, g in enumerate(TASK) for v in g)
    lets = "".join(f"let {n} = {list(g)}\n" for n, g in zip("abc", TASK, strict=True))
    listed = run_study(f"{lets}test anova groups=[a, b, c] equal_var=false\n").step("test", "anova")
    table = run_study('data "t.csv"\ntest anova y by g equal_var=false\n', files={"t.csv": csv}).step("test", "anova")
    assert listed["statistic"] == table["statistic"] == _welch(run_study, TASK)["statistic"]


def test_equal_var_true_is_the_classic_anova(run_study):
    lets = "".join(f"let {n} = {list(g)}\n" for n, g in zip("abc", TASK, strict=True))
    r = run_study(f"{lets}test anova a b c equal_var=true\n").step("test", "anova")
    assert r["test"] == "one-way ANOVA" and r["equal_var"] is True
    assert r["p_value"] == pytest.approx(stats.f_oneway(*TASK).pvalue, rel=1e-10)


@pytest.mark.parametrize(
    ("sizes", "means", "sds"),
    [
        ([4, 6, 4], [5.125, 5.68, 5.025], [0.17, 0.44, 0.17]),
        ([12, 15, 9, 20], [20.1, 18.7, 19.5, 21.0], [2.2, 2.9, 1.1, 4.0]),
    ],
)
def test_welch_anova_from_summary_matches_statsmodels_anova_generic(run_study, sizes, means, sds):
    run = run_study(f"test anova n={sizes} mean={means} sd={sds} equal_var=false\n")
    assert run.exit_code == 0, run.stderr
    r = run.step("test", "anova")
    want = anova_generic(np.array(means), np.array(sds) ** 2, np.array(sizes), use_var="unequal")
    assert r["test"] == "Welch's ANOVA from summary statistics"
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-9)
    assert r["df"][1] == pytest.approx(want.df_denom, rel=1e-9)
    assert r["p_value"] == pytest.approx(want.pvalue, rel=1e-9)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("test anova [1, 2, 3] [4, 4, 4] [5, 6, 8] equal_var=false", "group 2 is constant"),
        ("test anova [1, 2, 3] [4] [5, 6, 8] equal_var=false", "too few observations"),
        ('data "t.csv"\ntest anova y by g, h equal_var=false', "Welch's ANOVA (equal_var=false) is one-way"),
        ("test anova n=5 mean=[1, 2, 3] sd=[1, 0, 1] equal_var=false", "an sd of zero"),
        ('test anova [1, 2, 3] [4, 5, 7] equal_var="maybe"', "equal_var"),
    ],
)
def test_welch_anova_errors_name_the_problem(run_study, text, message):
    csv = {"t.csv": "y,g,h\n1,a,x\n2,a,y\n3,b,x\n4,b,y\n5,a,x\n"}
    run = run_study(text + "\n", files=csv)
    assert run.exit_code == 2, run.stdout
    assert message in run.stderr, run.stderr
