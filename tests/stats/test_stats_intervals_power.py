"""interval, power and the distribution functions, against statsmodels and closed forms."""

from __future__ import annotations

import math

import pytest
from scipy import stats

X = [10.2, 9.8, 10.5, 10.1, 9.9, 10.4, 10.0, 10.3]


def _step(run_study, text: str) -> dict:
    run = run_study(text)
    assert run.exit_code == 0, run.stderr
    verb, kind = text.strip().splitlines()[-1].split()[:2]
    return run.step(verb, kind)


def test_interval_mean_from_list_and_summary_agree_with_statsmodels(run_study):
    from statsmodels.stats.weightstats import DescrStatsW

    r = _step(run_study, f"interval mean {X} conf=0.9")
    lo, hi = DescrStatsW(X).tconfint_mean(alpha=0.1)
    assert (r["lower"], r["upper"]) == (pytest.approx(lo, rel=1e-12), pytest.approx(hi, rel=1e-12))
    s = _step(run_study, f"interval mean n=8 mean={r['estimate']!r} sd={float(stats.tstd(X))!r} conf=0.9")
    assert s["lower"] == pytest.approx(lo, rel=1e-12) and s["source"] == "summary statistics"


@pytest.mark.parametrize(
    "method,sm_method",
    [("wilson", "wilson"), ("exact", "beta"), ("wald", "normal"), ("agresti-coull", "agresti_coull")],
)
def test_interval_proportion_matches_statsmodels(run_study, method, sm_method):
    from statsmodels.stats.proportion import proportion_confint

    r = _step(run_study, f'interval proportion successes=12 n=40 method="{method}"')
    lo, hi = proportion_confint(12, 40, alpha=0.05, method=sm_method)
    assert r["lower"] == pytest.approx(lo, rel=1e-10) and r["upper"] == pytest.approx(hi, rel=1e-10)


@pytest.mark.parametrize("method,sm_method", [("wilson", "wilson"), ("exact", "beta")])
def test_interval_proportion_one_sided_is_the_end_at_doubled_alpha(run_study, method, sm_method):
    from statsmodels.stats.proportion import proportion_confint

    lo, hi = proportion_confint(3, 50, alpha=0.10, method=sm_method)
    up = _step(run_study, f'interval proportion successes=3 n=50 method="{method}" side="upper"')
    down = _step(run_study, f'interval proportion successes=3 n=50 method="{method}" side="lower"')
    assert (up["lower"], up["upper"]) == (0.0, pytest.approx(hi, rel=1e-10))
    assert (down["lower"], down["upper"]) == (pytest.approx(lo, rel=1e-10), 1.0)


def test_interval_mean_one_sided_bound(run_study):
    r = _step(run_study, 'interval mean n=12 mean=50.3 sd=1.1 side="upper"')
    assert r["upper"] == pytest.approx(50.3 + stats.t.ppf(0.95, 11) * 1.1 / math.sqrt(12), rel=1e-12)
    assert r["lower"] is None and r["side"] == "upper"  # the open end (-inf) is written as null


def test_interval_proportion_default_is_wilson_from_outcomes(run_study):
    r = _step(run_study, "interval proportion [1, 0, 1, 1, 0, 1, 0, 1, 1, 1]")
    assert r["method"] == "wilson" and r["successes"] == 7 and r["n"] == 10


def test_interval_variance_and_sd_closed_form(run_study):
    var = _step(run_study, f"interval variance {X}")
    s2 = stats.tvar(X)
    assert var["lower"] == pytest.approx(7 * s2 / stats.chi2.ppf(0.975, 7), rel=1e-12)
    assert var["upper"] == pytest.approx(7 * s2 / stats.chi2.ppf(0.025, 7), rel=1e-12)
    sd = _step(run_study, f"interval sd {X}")
    assert sd["lower"] == pytest.approx(math.sqrt(var["lower"]), rel=1e-12)


def test_power_two_sample_ttest_solves_each_unknown_like_statsmodels(run_study):
    from statsmodels.stats.power import TTestIndPower

    ref = TTestIndPower()
    n = _step(run_study, "power ttest delta=1 sd=2 power=0.8")
    assert n["solved_for"] == "n" and n["n"] == math.ceil(ref.solve_power(effect_size=0.5, alpha=0.05, power=0.8))
    p = _step(run_study, 'power ttest n=20 d=0.5 alternative="greater"')
    assert p["power"] == pytest.approx(ref.power(0.5, 20, 0.05, alternative="larger"), rel=1e-9)
    d = _step(run_study, "power ttest n=20 power=0.9")
    assert d["effect"] == pytest.approx(ref.solve_power(nobs1=20, alpha=0.05, power=0.9), rel=1e-6)


def test_power_one_sample_ttest_matches_statsmodels(run_study):
    from statsmodels.stats.power import TTestPower

    r = _step(run_study, 'power ttest n=15 d=0.6 design="paired" alpha=0.01')
    assert r["power"] == pytest.approx(TTestPower().power(0.6, 15, 0.01), rel=1e-9)


def test_power_proportions_match_statsmodels(run_study):
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    h = proportion_effectsize(0.6, 0.5)
    two = _step(run_study, "power proportion p1=0.5 p2=0.6 n=100")
    assert two["power"] == pytest.approx(NormalIndPower().power(h, 100, 0.05), rel=1e-9)
    one = _step(run_study, "power proportion p0=0.5 p=0.6 power=0.8")
    assert one["n"] == math.ceil(NormalIndPower().solve_power(h, alpha=0.05, power=0.8, ratio=0))
    eff = _step(run_study, "power proportion p0=0.5 n=194 power=0.8")
    assert eff["proportion"] == pytest.approx(0.6, abs=2e-3)


@pytest.mark.parametrize("alternative", ["two-sided", "greater"])
def test_power_proportions_pooled_matches_statsmodels_two_independent(run_study, alternative):
    from statsmodels.stats.proportion import power_proportions_2indep

    side = {"greater": "larger"}.get(alternative, alternative)
    r = _step(run_study, f'power proportion p1=0.10 p2=0.15 power=0.8 method="pooled" alternative="{alternative}"')
    n = r["n"]
    at = [power_proportions_2indep(0.05, 0.10, m, alpha=0.05, alternative=side).power for m in (n - 1, n)]
    assert at[1] >= 0.8 > at[0]  # the smallest n reaching the power
    assert r["power"] == pytest.approx(at[1], rel=1e-9) and r["method"] == "pooled"
    one = _step(run_study, 'power proportion p0=0.5 p=0.6 n=200 method="pooled"')
    z = stats.norm.ppf(0.975)  # one sample: sd sqrt(p0 q0 / n) under H0, sqrt(p q / n) under H1
    want = stats.norm.cdf((0.1 - z * math.sqrt(0.25 / 200)) / math.sqrt(0.24 / 200)) + stats.norm.cdf(
        (-0.1 - z * math.sqrt(0.25 / 200)) / math.sqrt(0.24 / 200)
    )
    assert one["power"] == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize(
    ("command", "target", "engine", "options", "said"),
    [
        ('power ttest design="one-sample" delta=0.5 sd=1 power=0.8', 0.8, "TTestPower", {}, "n = 27,"),
        ('power ttest design="paired" delta=-0.5 sd=1 power=0.8', 0.8, "TTestPower", {}, "n = 27 pairs,"),
        ("power ttest d=0.5 power=0.8", 0.8, "TTestIndPower", {}, "n = 51 per group (102 in total)"),
        ('power ttest design="one-sample" d=0.5 power=0.9 method="z"', 0.9, "NormalIndPower", {"ratio": 0}, "n = 35,"),
    ],
)
def test_power_ttest_one_sided_matches_statsmodels_larger(run_study, command, target, engine, options, said):
    """alternative="one-sided" tests in the direction of the effect: statsmodels' "larger" of |d| (27 for d = 0.5
    one-sample at 80%, where two-sided gives 34); the summary says what n counts."""
    from statsmodels.stats import power as sm

    r = _step(run_study, f'{command} alternative="one-sided"')
    d = abs(r["effect"])
    want = math.ceil(getattr(sm, engine)().solve_power(d, power=target, alpha=0.05, alternative="larger", **options))
    assert r["n"] == want and r["alternative"] == ("less" if r["effect"] < 0 else "greater")
    assert said in r["summary"] and "one-sided" in r["summary"]
    two = _step(run_study, command)
    assert two["n"] > r["n"] and two["alternative"] == "two-sided"


def test_power_proportions_one_sided_match_statsmodels(run_study):
    """Cohen's h one-sided against ``NormalIndPower`` "larger"; a falling rate with the pooled formula against
    ``power_proportions_2indep`` "smaller" (the direction of p2 - p1)."""
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import power_proportions_2indep, proportion_effectsize

    r = _step(run_study, 'power proportion p1=0.10 p2=0.15 power=0.8 alternative="one-sided"')
    h = proportion_effectsize(0.15, 0.10)
    assert r["n"] == math.ceil(NormalIndPower().solve_power(h, power=0.8, alpha=0.05, alternative="larger"))
    assert "per group" in r["summary"] and f"({2 * r['n']} in total)" in r["summary"]
    down = _step(run_study, 'power proportion p1=0.08 p2=0.05 power=0.8 method="pooled" alternative="one-sided"')
    n = down["n"]
    at = [power_proportions_2indep(-0.03, 0.08, m, alpha=0.05, alternative="smaller").power for m in (n - 1, n)]
    assert at[1] >= 0.8 > at[0] and down["alternative"] == "less"


def test_power_one_sided_is_refused_where_the_sides_are_unknown(run_study):
    run = run_study('power ttest d=0.5 power=0.8 alternative="up"')
    assert run.exit_code != 0 and "one-sided" in run.stderr


def test_distribution_functions_closed_forms():
    from plugins.stats import distributions as d

    assert d.normal.cdf(1.0) == pytest.approx(0.5 * (1 + math.erf(1 / math.sqrt(2))), rel=1e-14)
    assert d.normal.ppf(0.975, 10, 2) == pytest.approx(10 + 2 * 1.959963984540054, rel=1e-14)
    assert d.t.cdf(1.0, 1) == pytest.approx(0.75, rel=1e-14)  # Cauchy
    assert d.chi2.sf(3.0, 2) == pytest.approx(math.exp(-1.5), rel=1e-14)
    assert d.f.cdf(1.0, 4, 4) == pytest.approx(0.5, rel=1e-14)
    assert d.binomial.pmf(3, 10, 0.5) == pytest.approx(math.comb(10, 3) / 1024, rel=1e-14)
    assert d.binomial.ppf(0.5, 10, 0.5) == 5
    assert d.poisson.pmf(2, 3.0) == pytest.approx(9 / 2 * math.exp(-3), rel=1e-14)
    assert d.exponential.cdf(1.0, 2.0) == pytest.approx(1 - math.exp(-2), rel=1e-14)
    assert d.exponential.sf(1.0) == pytest.approx(math.exp(-1), rel=1e-14)
    with pytest.raises(ValueError, match=r"t.ppf takes \(x, df\)"):
        d.t.ppf(0.5)
    with pytest.raises(ValueError, match="probability"):
        d.normal.ppf(1.5)


def test_distributions_registered_and_usable_from_show(run_study):
    from plugins.registry import Registry

    registry = Registry()
    registry.load_entry_points()
    assert registry.functions["normal.ppf"].load()(0.975) == pytest.approx(1.959963984540054, rel=1e-14)
    if "show" not in registry.verbs:
        pytest.skip("no 'show' verb installed")
    run = run_study("show normal.ppf(0.975)\n")
    assert run.exit_code == 0, run.stderr
    assert "1.95996" in run.stdout
