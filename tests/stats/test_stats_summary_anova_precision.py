"""One-way ANOVA from summary statistics (against scipy f_oneway on data with those summaries) and the
sample size for a margin of error (against the closed forms, scipy quantiles and statsmodels)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats


def _step(run_study, text: str) -> dict:
    run = run_study(text)
    assert run.exit_code == 0, run.stderr
    verb, kind = text.split()[:2]
    return run.step(verb, kind)


def _sample_with(n: int, mean: float, sd: float) -> np.ndarray:
    """A sample whose mean and sd are exactly the given ones (for scipy's raw-data ANOVA)."""
    z = np.linspace(-1, 1, n) ** 3  # not symmetric in spacing: any shape has the same ANOVA
    return mean + sd * (z - z.mean()) / z.std(ddof=1)


@pytest.mark.parametrize(
    ("sizes", "means", "sds"),
    [
        ([5, 5, 5], [10.2, 11.0, 12.1], [1.1, 0.9, 1.3]),
        ([6, 8, 7, 6], [50.1, 52.3, 49.8, 51.0], [2.1, 1.8, 2.4, 2.0]),
        ([12, 15], [20.1, 18.7], [2.2, 2.9]),
        ([3, 40, 9], [1000000.1, 1000000.4, 1000000.2], [0.05, 0.3, 0.12]),
    ],
)
def test_anova_from_summary_equals_f_oneway_on_data_with_those_summaries(run_study, sizes, means, sds):
    r = _step(run_study, f"test anova n={sizes} mean={means} sd={sds}")
    want = stats.f_oneway(*(_sample_with(n, m, s) for n, m, s in zip(sizes, means, sds, strict=True)))
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-8)
    assert r["p_value"] == pytest.approx(want.pvalue, rel=1e-8)
    assert r["df"] == [len(sizes) - 1, sum(sizes) - len(sizes)]
    assert r["test"] == "one-way ANOVA from summary statistics" and r["model"] == "one-way"
    assert [g["n"] for g in r["groups"]] == sizes


def test_anova_from_summary_matches_statsmodels_anova_lm():
    """The tester's question: F = 3.6792, df (2, 12), p = 0.0567359759 (statsmodels on built data)."""
    import pandas as pd
    import statsmodels.api as sm
    from statsmodels.formula.api import ols

    groups = [_sample_with(5, m, s) for m, s in ((10.2, 1.1), (11.0, 0.9), (12.1, 1.3))]
    frame = pd.DataFrame({"y": np.concatenate(groups), "g": np.repeat(["a", "b", "c"], 5)})
    table = sm.stats.anova_lm(ols("y ~ C(g)", data=frame).fit())
    assert table["F"].iloc[0] == pytest.approx(3.679245283, rel=1e-9)
    assert table["PR(>F)"].iloc[0] == pytest.approx(0.0567359759, rel=1e-8)


def test_one_n_is_every_groups_size(run_study):
    one = _step(run_study, "test anova n=5 mean=[10.2, 11.0, 12.1] sd=[1.1, 0.9, 1.3]")
    listed = _step(run_study, "test anova n=[5, 5, 5] mean=[10.2, 11.0, 12.1] sd=[1.1, 0.9, 1.3]")
    assert one["p_value"] == listed["p_value"] and one["statistic"] == pytest.approx(3.679245283018868, rel=1e-12)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("test anova n=5 mean=[1, 2, 3]", "needs n=, mean= and sd= (missing sd=)"),
        ("test anova n=5 mean=[1, 2, 3] sd=[1, 1]", "3 means but 2 sds"),
        ("test anova n=[5, 5] mean=[1, 2, 3] sd=[1, 1, 1]", "one size per group (3)"),
        ("test anova n=1 mean=[1, 2] sd=[1, 1]", "at least 2"),
        ("test anova n=5.5 mean=[1, 2] sd=[1, 1]", "whole number"),
        ("test anova n=5 mean=[1] sd=[1]", "at least two"),
        ("test anova n=5 mean=[1, 2] sd=[0, 0]", "every sd is zero"),
        ("test anova n=5 mean=[1, 2] sd=[1, -1]", "must not be negative"),
        ("test anova [1, 2] [3, 4] n=5 mean=[1, 2] sd=[1, 1]", "not both"),
    ],
)
def test_bad_summary_anova_is_an_error(run_study, text, message):
    run = run_study(text)
    assert run.exit_code == 2 and message in run.stderr


def _z(conf: float) -> float:
    return float(stats.norm.ppf(1 - (1 - conf) / 2))


@pytest.mark.parametrize(("margin", "sd", "conf"), [(0.5, 2, 0.95), (0.2, 0.9, 0.99), (0.05, 0.2, 0.9), (1, 1, 0.95)])
def test_precision_of_a_mean_is_the_z_formula_rounded_up(run_study, margin, sd, conf):
    r = _step(run_study, f"power precision margin={margin} sd={sd} conf={conf}")
    want = math.ceil((_z(conf) * sd / margin) ** 2)
    assert r["n"] == want and r["parameter"] == "mean" and r["method"] == "z"
    assert r["achieved_margin"] <= margin < _z(conf) * sd / math.sqrt(want - 1)


@pytest.mark.parametrize(("margin", "p", "conf"), [(0.02, 0.10, 0.95), (0.03, 0.2, 0.95), (0.04, 0.3, 0.9)])
def test_precision_of_a_proportion_matches_statsmodels(run_study, margin, p, conf):
    from statsmodels.stats.proportion import samplesize_confint_proportion

    r = _step(run_study, f"power precision margin={margin} p={p} conf={conf}")
    assert r["n"] == math.ceil(samplesize_confint_proportion(p, margin, alpha=1 - conf))
    assert r["parameter"] == "proportion" and r["p"] == p


def test_the_testers_proportion_is_865(run_study):
    assert _step(run_study, "power precision margin=0.02 p=0.10")["n"] == 865


def test_a_proportion_without_a_guess_uses_one_half_and_says_so(run_study):
    run = run_study('power precision margin=0.03 parameter="proportion"')
    assert run.exit_code == 0, run.stderr
    r = run.step("power", "precision")
    assert r["n"] == math.ceil(_z(0.95) ** 2 * 0.25 / 0.03**2) == 1068 and r["p"] == 0.5
    assert "p = 0.5" in run.stdout


def test_t_based_precision_is_the_smallest_n_with_the_t_quantile(run_study):
    r = _step(run_study, 'power precision margin=0.5 sd=2 method="t"')
    reach = [float(stats.t.ppf(0.975, n - 1)) * 2 / math.sqrt(n) for n in range(2, 200)]
    assert r["n"] == next(n for n, e in zip(range(2, 200), reach, strict=True) if e <= 0.5) == 64


def test_precision_solves_the_margin_from_n(run_study):
    r = _step(run_study, "power precision n=62 sd=2")
    assert r["achieved_margin"] == pytest.approx(_z(0.95) * 2 / math.sqrt(62), rel=1e-12)
    assert r["solved_for"] == "margin"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("power precision margin=0.5", "give sd= (a mean) or p="),
        ("power precision margin=0.5 sd=2 p=0.1", "not both"),
        ("power precision sd=2", "give margin= (to solve n) or n="),
        ("power precision margin=0.5 n=10 sd=2", "not both or neither"),
        ("power precision margin=0 sd=2", "margin must be positive"),
        ("power precision margin=0.1 p=1.5", "strictly between 0 and 1"),
        ('power precision margin=0.1 p=0.2 method="t"', 'method="t" is for a mean'),
        ('power precision margin=0.1 parameter="mean"', "needs sd="),
        ('power precision margin=0.1 sd=1 parameter="proportion"', "not sd="),
        ("power precision margin=0.1 sd=1 power=0.8", "unknown argument 'power'"),
    ],
)
def test_bad_precision_is_an_error(run_study, text, message):
    run = run_study(text)
    assert run.exit_code == 2 and message in run.stderr, run.stderr
