"""Every test kind, end to end, cross-checked against a second engine or a closed form."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats

BEFORE = [12.1, 11.8, 12.4, 12.0, 11.9]
AFTER = [12.6, 12.3, 12.9, 12.5, 12.8]
LETS = f"let before = {BEFORE}\nlet after = {AFTER}\n"


def _step(run_study, text: str, files: dict | None = None) -> dict:
    run = run_study(text, files=files)
    assert run.exit_code == 0, run.stderr
    verb = text.strip().splitlines()[-1].split()
    return run.step(verb[0], verb[1])


def test_ttest_paired_matches_statsmodels(run_study):
    from statsmodels.stats.weightstats import DescrStatsW

    r = _step(run_study, LETS + "test ttest before after paired=true")
    t, p, df = DescrStatsW(np.subtract(BEFORE, AFTER)).ttest_mean(0)
    assert r["test"] == "paired t-test"
    assert r["statistic"] == pytest.approx(t, rel=1e-12) and r["p_value"] == pytest.approx(p, rel=1e-10)
    assert r["df"] == df and r["reject_null"] is True
    assert r["effect_size"]["name"] == "cohen_dz"


@pytest.mark.parametrize("equal_var,usevar", [("false", "unequal"), ("true", "pooled")])
def test_ttest_two_sample_matches_statsmodels(run_study, equal_var, usevar):
    from statsmodels.stats.weightstats import ttest_ind

    r = _step(run_study, LETS + f'test ttest before after equal_var={equal_var} alternative="less"')
    t, p, df = ttest_ind(BEFORE, AFTER, usevar=usevar, alternative="smaller")
    assert r["statistic"] == pytest.approx(t, rel=1e-12)
    assert r["p_value"] == pytest.approx(p, rel=1e-9)
    assert r["df"] == pytest.approx(df, rel=1e-12)
    assert r["alternative"] == "less"


def test_ttest_default_is_welch(run_study):
    r = _step(run_study, LETS + "test ttest before after")
    assert r["test"] == "Welch two-sample t-test" and r["equal_var"] is False


def test_ttest_one_sample_closed_form(run_study):
    r = _step(run_study, LETS + "test ttest before mu=12 alpha=0.1")
    x = np.array(BEFORE)
    t = (x.mean() - 12) / (x.std(ddof=1) / math.sqrt(5))
    assert r["statistic"] == pytest.approx(t, rel=1e-12)
    assert r["p_value"] == pytest.approx(2 * stats.t.sf(abs(t), 4), rel=1e-12)
    lo, hi = r["confidence_interval"]
    half = stats.t.ppf(0.95, 4) * x.std(ddof=1) / math.sqrt(5)
    assert lo == pytest.approx(x.mean() - half) and hi == pytest.approx(x.mean() + half)


@pytest.mark.parametrize(
    ("lets", "command", "reference", "said"),
    [
        ("let a = [10, 12, 14]\nlet b = [11, 13, 15]", "test ttest a b paired=true",
         lambda: stats.ttest_rel([10, 12, 14], [11, 13, 15]), "the differences a - b have no spread"),
        ("let a = [10.1, 12.1, 14.1]\nlet b = [11.2, 13.2, 15.2]", "test ttest a b paired=true",
         lambda: stats.ttest_rel([10.1, 12.1, 14.1], [11.2, 13.2, 15.2]), "every one is -1.1"),
        ("let a = [5, 5, 5, 5]", "test ttest a mu=4", lambda: stats.ttest_1samp([5, 5, 5, 5], 4), "'a' has no spread"),
        ("let a = [5, 5, 5]\nlet b = [6, 6, 6]", "test ttest a b", lambda: stats.ttest_ind([5, 5, 5], [6, 6, 6]),
         "neither sample has any spread"),
        ("let a = [5, 5, 5]\nlet b = [5, 5, 5]", "test ttest a b equal_var=true",
         lambda: stats.ttest_ind([5, 5, 5], [5, 5, 5]), "neither sample has any spread"),
    ],
)  # fmt: skip
def test_ttest_of_data_without_spread_is_undefined(run_study, lets, command, reference, said):
    """Zero variance (of the sample, the differences, or both groups): scipy's t is infinite, nan, or a round-off
    artefact in the millions; the engine refuses and says why."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        t = float(reference().statistic)
    assert not math.isfinite(t) or abs(t) > 1e6
    run = run_study(f"{lets}\n{command}")
    assert run.exit_code != 0
    assert "the t statistic is undefined" in run.stderr and said in run.stderr


def test_ttest_welch_with_one_constant_group_matches_scipy(run_study):
    """One group without spread is no obstacle: Welch's standard error comes from the other group."""
    r = _step(run_study, "let a = [5, 5, 5]\nlet b = [6.1, 5.8, 6.4, 6.0]\ntest ttest a b")
    want = stats.ttest_ind([5, 5, 5], [6.1, 5.8, 6.4, 6.0], equal_var=False)
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-12) and r["p_value"] == pytest.approx(want.pvalue)


ANOVA_GROUPS = {"a": [5.1, 4.9, 5.6, 5.8], "b": [6.2, 6.0, 6.8], "c": [5.0, 5.5, 5.2, 4.8, 5.3]}


def test_anova_oneway_lists_match_scipy_and_statsmodels(run_study):
    text = "".join(f"let {k} = {v}\n" for k, v in ANOVA_GROUPS.items()) + "test anova groups=[a, b, c]"
    r = _step(run_study, text)
    f, p = stats.f_oneway(*ANOVA_GROUPS.values())
    assert r["f_statistic"] == pytest.approx(f, rel=1e-12) and r["p_value"] == pytest.approx(p, rel=1e-10)
    assert [g["n"] for g in r["groups"]] == [4, 3, 5]
    assert r["table"]["rows"][0][0] == "between groups"


def _two_way_csv(balanced: bool) -> tuple[str, object]:
    import pandas as pd

    rng = np.random.default_rng(7)
    rows = []
    unbalanced_reps = iter([2, 4, 3, 5, 2, 3])
    for supplier in ("s1", "s2", "s3"):
        for temp in ("low", "high"):
            reps = 3 if balanced else next(unbalanced_reps)
            for _ in range(reps):
                effect = {"s1": 0, "s2": 1.5, "s3": -0.5}[supplier] + (2 if temp == "high" else 0)
                rows.append((supplier, temp, round(50 + effect + rng.normal(0, 1), 3)))
    frame = pd.DataFrame(rows, columns=["supplier", "temp", "strength"])
    return frame.to_csv(index=False), frame


@pytest.mark.parametrize("balanced", [True, False], ids=["balanced", "unbalanced"])
def test_anova_two_way_type3_matches_statsmodels(run_study, balanced):
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    csv, frame = _two_way_csv(balanced)
    r = _step(run_study, 'data "t.csv"\ntest anova strength by supplier, temp', files={"t.csv": csv})
    model = smf.ols("strength ~ C(supplier, Sum) * C(temp, Sum)", frame).fit()
    table = sm.stats.anova_lm(model, typ=3)
    ref = {"supplier": "C(supplier, Sum)", "temp": "C(temp, Sum)", "supplier:temp": "C(supplier, Sum):C(temp, Sum)"}
    assert r["ss_type"] == "III" and r["balanced"] is balanced
    for term in r["terms"]:
        row = table.loc[ref[term["term"]]]
        assert term["ss"] == pytest.approx(row["sum_sq"], rel=1e-9)
        assert term["f_statistic"] == pytest.approx(row["F"], rel=1e-9)
        assert term["p_value"] == pytest.approx(row["PR(>F)"], rel=1e-8)
    assert r["ss_error"] == pytest.approx(table.loc["Residual", "sum_sq"], rel=1e-9)
    if balanced:  # Type I = II = III when balanced
        seq = sm.stats.anova_lm(model, typ=1)
        assert sum(t["ss"] for t in r["terms"]) + r["ss_error"] == pytest.approx(seq["sum_sq"].sum(), rel=1e-9)


def test_chisquare_goodness_of_fit_closed_form(run_study):
    r = _step(run_study, "test chisquare [18, 22, 20] probabilities=[0.3, 0.3, 0.4]")
    expected = [18, 18, 24]
    chi2 = sum((o - e) ** 2 / e for o, e in zip([18, 22, 20], expected, strict=True))
    assert r["statistic"] == pytest.approx(chi2, rel=1e-12) and r["df"] == 2
    assert r["p_value"] == pytest.approx(math.exp(-chi2 / 2), rel=1e-12)  # chi2 survival with 2 df


def test_chisquare_independence_nested_list_and_by_columns(run_study):
    from statsmodels.stats.contingency_tables import Table2x2

    r = _step(run_study, "test chisquare [[10, 20], [30, 25]]")
    ref = Table2x2(np.array([[10, 20], [30, 25]])).test_nominal_association()
    assert r["statistic"] == pytest.approx(ref.statistic, rel=1e-12) and r["df"] == 1
    assert r["p_value"] == pytest.approx(ref.pvalue, rel=1e-10)
    csv = "a,b\n" + "x,u\n" * 10 + "x,v\n" * 20 + "y,u\n" * 30 + "y,v\n" * 25
    by = _step(run_study, 'data "c.csv"\ntest chisquare by a, b', files={"c.csv": csv})
    assert by["statistic"] == pytest.approx(ref.statistic, rel=1e-12)
    assert by["observed"] == [[10, 20], [30, 25]]


NORMALISH = [9.8, 10.2, 10.1, 9.9, 10.4, 9.7, 10.0, 10.3, 9.6, 10.1, 10.05, 9.95]


def test_shapiro_matches_direct_scipy_and_property(run_study):
    r = _step(run_study, f"test shapiro {NORMALISH}")
    ref = stats.shapiro(NORMALISH)
    assert r["statistic"] == pytest.approx(ref.statistic, rel=1e-12)
    assert 0 < r["statistic"] <= 1 and r["reject_null"] is False
    skewed = [round(math.exp(v), 3) for v in range(12)]
    assert _step(run_study, f"test shapiro {skewed}")["reject_null"] is True


def test_anderson_matches_statsmodels(run_study):
    from statsmodels.stats.diagnostic import normal_ad

    r = _step(run_study, f"test anderson {NORMALISH}")
    a2, p = normal_ad(np.array(NORMALISH))
    assert r["statistic"] == pytest.approx(a2, rel=1e-10)
    assert r["p_value"] == pytest.approx(p, rel=1e-8)
    assert r["statistic"] == pytest.approx(stats.anderson(NORMALISH, method="interpolate").statistic, rel=1e-10)


def test_mannwhitney_exact_by_enumeration(run_study):
    a, b = [1.1, 2.3, 3.9, 4.2], [3.5, 5.0, 6.1, 7.7, 8.2]
    r = _step(run_study, f"test mannwhitney {a} {b}")
    u = sum((x > y) + 0.5 * (x == y) for x in a for y in b)
    pooled = a + b
    dist = [
        sum(pooled[i] > y for i in idx for y in (pooled[j] for j in range(9) if j not in idx))
        for idx in itertools.combinations(range(9), 4)
    ]
    p = 2 * min(sum(d <= u for d in dist), sum(d >= u for d in dist)) / len(dist)
    assert r["statistic"] == u and r["p_value"] == pytest.approx(min(p, 1.0), rel=1e-12)


def test_wilcoxon_exact_by_enumeration(run_study):
    x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30]
    y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29]
    r = _step(run_study, f'test wilcoxon {x} {y} alternative="greater"')
    d = np.subtract(x, y)
    ranks = stats.rankdata(abs(d))
    w_plus = ranks[d > 0].sum()
    sums = [sum(r_ for r_, s in zip(ranks, signs, strict=True) if s) for signs in itertools.product([0, 1], repeat=9)]
    assert r["statistic"] == w_plus
    assert r["p_value"] == pytest.approx(sum(s >= w_plus for s in sums) / 2**9, rel=1e-12)


def test_kruskal_closed_form(run_study):
    text = "".join(f"let {k} = {v}\n" for k, v in ANOVA_GROUPS.items()) + "test kruskal a b c"
    r = _step(run_study, text)
    values = [v for g in ANOVA_GROUPS.values() for v in g]
    ranks = stats.rankdata(values)
    n, start, h = len(values), 0, 0.0
    for g in ANOVA_GROUPS.values():
        h += ranks[start : start + len(g)].sum() ** 2 / len(g)
        start += len(g)
    h = 12 / (n * (n + 1)) * h - 3 * (n + 1)  # no ties in these data
    assert r["statistic"] == pytest.approx(h, rel=1e-12) and r["df"] == 2
    assert r["p_value"] == pytest.approx(stats.chi2.sf(h, 2), rel=1e-12)


def test_levene_is_anova_of_absolute_deviations(run_study):
    text = "".join(f"let {k} = {v}\n" for k, v in ANOVA_GROUPS.items()) + "test levene groups=[a, b, c]"
    r = _step(run_study, text)
    deviations = [np.abs(np.subtract(g, np.median(g))) for g in ANOVA_GROUPS.values()]
    f, p = stats.f_oneway(*deviations)
    assert r["statistic"] == pytest.approx(f, rel=1e-10) and r["p_value"] == pytest.approx(p, rel=1e-10)


def test_bartlett_closed_form(run_study):
    text = "".join(f"let {k} = {v}\n" for k, v in ANOVA_GROUPS.items()) + "test bartlett a b c"
    r = _step(run_study, text)
    groups = [np.array(g) for g in ANOVA_GROUPS.values()]
    n, k = sum(len(g) for g in groups), len(groups)
    sp2 = sum((len(g) - 1) * g.var(ddof=1) for g in groups) / (n - k)
    num = (n - k) * math.log(sp2) - sum((len(g) - 1) * math.log(g.var(ddof=1)) for g in groups)
    den = 1 + (sum(1 / (len(g) - 1) for g in groups) - 1 / (n - k)) / (3 * (k - 1))
    assert r["statistic"] == pytest.approx(num / den, rel=1e-12)


def test_f_test_of_two_variances_from_samples_and_summaries(run_study):
    a, b = ANOVA_GROUPS["a"], ANOVA_GROUPS["b"]
    ratio = np.var(a, ddof=1) / np.var(b, ddof=1)
    dist = stats.f(len(a) - 1, len(b) - 1)
    r = _step(run_study, f"let a = {ANOVA_GROUPS['a']}\nlet b = {ANOVA_GROUPS['b']}\ntest ftest a b")
    assert r["statistic"] == pytest.approx(ratio, rel=1e-12) and r["df"] == [len(a) - 1, len(b) - 1]
    assert r["p_value"] == pytest.approx(2 * min(dist.cdf(ratio), dist.sf(ratio)), rel=1e-12)
    r = _step(run_study, 'test ftest n=[16, 21] sd=[4.2, 2.6] alternative="greater"')
    assert r["p_value"] == pytest.approx(stats.f.sf(4.2**2 / 2.6**2, 15, 20), rel=1e-12)
