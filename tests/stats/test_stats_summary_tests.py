"""t-tests from summary statistics and tests of proportions, against scipy and statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats


def _step(run_study, text: str) -> dict:
    run = run_study(text)
    assert run.exit_code == 0, run.stderr
    return run.step("test", text.split()[1])


def _sample_with(n: int, mean: float, sd: float) -> np.ndarray:
    """A sample whose mean and sd are exactly the given ones (for scipy's raw-data tests)."""
    z = np.linspace(-1, 1, n)
    return mean + sd * (z - z.mean()) / z.std(ddof=1)


@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_one_sample_from_summary_equals_raw_data_test(run_study, alternative):
    r = _step(run_study, f'test ttest n=16 mean=10.6 sd=1.2 mu=10 alternative="{alternative}"')
    want = stats.ttest_1samp(_sample_with(16, 10.6, 1.2), 10, alternative=alternative)
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-10)
    assert r["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert r["df"] == 15 and r["alternative"] == alternative
    ci = want.confidence_interval()
    assert r["confidence_interval"][0] == (pytest.approx(ci.low, rel=1e-9) if math.isfinite(ci.low) else None)
    assert r["confidence_interval"][1] == (pytest.approx(ci.high, rel=1e-9) if math.isfinite(ci.high) else None)


@pytest.mark.parametrize("equal_var", [False, True])
def test_two_sample_from_summary_matches_scipy(run_study, equal_var):
    text = f"test ttest n=[12, 15] mean=[20.1, 18.7] sd=[2.2, 2.9] equal_var={str(equal_var).lower()}"
    r = _step(run_study, text)
    want = stats.ttest_ind_from_stats(20.1, 2.2, 12, 18.7, 2.9, 15, equal_var=equal_var)
    raw = stats.ttest_ind(_sample_with(12, 20.1, 2.2), _sample_with(15, 18.7, 2.9), equal_var=equal_var)
    assert r["statistic"] == pytest.approx(want.statistic, rel=1e-10)
    assert r["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert r["df"] == pytest.approx(raw.df, rel=1e-10)
    lo, hi = raw.confidence_interval()
    assert r["confidence_interval"] == [pytest.approx(lo, rel=1e-9), pytest.approx(hi, rel=1e-9)]


def test_two_proportions_equal_the_uncorrected_chi_square(run_study):
    r = _step(run_study, "test proportion successes=[18, 31] n=[200, 210]")
    chi2, p, _, _ = stats.chi2_contingency([[18, 182], [31, 179]], correction=False)
    assert r["statistic"] ** 2 == pytest.approx(chi2, rel=1e-10)
    assert r["p_value"] == pytest.approx(p, rel=1e-9)
    assert r["statistic"] < 0 and r["estimate"] == pytest.approx(18 / 200 - 31 / 210)


@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_one_proportion_z_uses_p0_in_the_standard_error(run_study, alternative):
    r = _step(run_study, f'test proportion successes=18 n=200 p0=0.05 alternative="{alternative}"')
    z = (18 / 200 - 0.05) / math.sqrt(0.05 * 0.95 / 200)
    want = {"two-sided": 2 * stats.norm.sf(abs(z)), "greater": stats.norm.sf(z), "less": stats.norm.cdf(z)}
    assert r["statistic"] == pytest.approx(z, rel=1e-12)
    assert r["p_value"] == pytest.approx(want[alternative], rel=1e-9)


def test_exact_binomial_test_matches_the_binomial_tail(run_study):
    r = _step(run_study, 'test proportion successes=18 n=200 p0=0.05 method="exact" alternative="greater"')
    assert r["test"] == "exact binomial test"
    assert r["p_value"] == pytest.approx(stats.binom.sf(17, 200, 0.05), rel=1e-10)
    low, high = r["confidence_interval"]  # one-sided Clopper-Pearson: P(X >= 18 | low) = alpha, no upper bound
    assert stats.binom.sf(17, 200, low) == pytest.approx(0.05, rel=1e-6) and high == 1.0


def test_small_expected_counts_are_noted(run_study):
    r = _step(run_study, "test proportion successes=2 n=30 p0=0.05")
    assert any('method="exact"' in note for note in r["notes"])


@pytest.mark.parametrize("alternative", ["two-sided", "greater", "less"])
def test_z_test_with_known_sigma_matches_statsmodels(run_study, alternative):
    # statsmodels' ztest estimates sigma by the sample sd: a sample whose sd is exactly sigma gives the same z
    from statsmodels.stats.weightstats import ztest

    side = {"greater": "larger", "less": "smaller"}.get(alternative, "two-sided")
    z, p = ztest(_sample_with(25, 52.3, 4.0), value=50, alternative=side)
    r = _step(run_study, f'test ztest n=25 mean=52.3 sigma=4 mu=50 alternative="{alternative}"')
    assert r["statistic"] == pytest.approx(z, rel=1e-10) and r["p_value"] == pytest.approx(p, rel=1e-9)
    assert r["statistic_name"] == "z" and r["df"] is None and r["alternative"] == alternative


def test_z_test_of_a_sample_uses_the_known_sigma_not_the_sample_sd(run_study):
    data = [52, 49, 55, 51, 53, 50, 54]
    run = run_study(f"let a = {data}\ntest ztest a sigma=2 mu=50")
    assert run.exit_code == 0, run.stderr
    r = run.step("test", "ztest")
    z = (np.mean(data) - 50) / (2 / math.sqrt(len(data)))
    assert r["statistic"] == pytest.approx(z, rel=1e-12)
    assert r["p_value"] == pytest.approx(2 * stats.norm.sf(abs(z)), rel=1e-12)


@pytest.mark.parametrize(
    ("text", "says"),
    [("test ztest n=25 mean=52.3 mu=50", "sigma="), ("test ztest n=25 sigma=4 mu=50", "mean="),
     ("test ztest n=25 mean=52.3 sigma=0 mu=50", "positive")],
)  # fmt: skip
def test_z_test_errors(run_study, text, says):
    run = run_study(text)
    assert run.exit_code != 0 and says in run.stderr
