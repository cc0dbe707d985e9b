"""The distribution functions against scipy.stats (a second implementation) across each family's support."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from plugins.stats import distributions as d

CONTINUOUS = [
    (d.normal, lambda *p: stats.norm(*p), [(), (10.0, 2.0), (-3.0, 0.01)]),
    (d.t, lambda df: stats.t(df), [(1.0,), (2.5,), (30.0,), (1e6,)]),
    (d.chi2, lambda df: stats.chi2(df), [(1.0,), (2.0,), (7.0,), (150.0,)]),
    (d.f, lambda a, b: stats.f(a, b), [(1.0, 1.0), (4.0, 4.0), (3.0, 27.0), (60.0, 2.5)]),
    (d.exponential, lambda rate=1.0: stats.expon(scale=1 / rate), [(), (0.25,), (40.0,)]),
]
POINTS = [-50.0, -3.5, -1.0, -1e-9, 0.0, 1e-6, 0.3, 1.0, 2.2, 7.5, 40.0, 400.0, math.inf, -math.inf]
PROBABILITIES = [0.0, 1e-12, 1e-4, 0.025, 0.3, 0.5, 0.9, 0.975, 1 - 1e-9, 1.0]


def _close(got: float, want: float) -> bool:
    if math.isnan(want) or math.isinf(want):
        return got == want or (math.isnan(got) and math.isnan(want))
    return math.isclose(got, want, rel_tol=2e-11, abs_tol=1e-300)


@pytest.mark.parametrize(("family", "reference", "params"), CONTINUOUS, ids=lambda v: getattr(v, "name", ""))
def test_continuous_families_match_scipy(family, reference, params):
    for p in params:
        dist = reference(*p)
        for x in POINTS:
            for method in ("pdf", "cdf", "sf"):
                got, want = getattr(family, method)(x, *p), float(getattr(dist, method)(x))
                if method == "pdf" and x == math.inf and math.isnan(want):  # scipy: nan for chi2 and F
                    want = 0.0
                assert _close(got, want), (family.name, method, x, p, got, want)
        for q in PROBABILITIES:
            got, want = family.ppf(q, *p), float(dist.ppf(q))
            assert _close(got, want), (family.name, "ppf", q, p, got, want)


DISCRETE = [
    (
        d.binomial,
        lambda n, p: stats.binom(int(n), p),
        [(10.0, 0.5), (20.0, 0.3), (1.0, 0.0), (50.0, 1.0), (2000.0, 0.01)],
    ),
    (d.poisson, lambda mu: stats.poisson(mu), [(1.5,), (3.0,), (0.01,), (250.0,)]),
]
COUNTS = [-3.0, -0.5, 0.0, 1.0, 2.0, 2.5, 4.0, 9.0, 10.0, 20.0, 37.0, 240.0, 2000.0, math.inf]


@pytest.mark.parametrize(("family", "reference", "params"), DISCRETE, ids=lambda v: getattr(v, "name", ""))
def test_discrete_families_match_scipy(family, reference, params):
    for p in params:
        dist = reference(*p)
        for k in COUNTS:
            for method in ("pmf", "cdf", "sf") if k != math.inf else ("cdf", "sf"):  # scipy: pmf(inf) is nan, here 0
                got, want = getattr(family, method)(k, *p), float(getattr(dist, method)(k))
                assert _close(got, want), (family.name, method, k, p, got, want)
        for q in PROBABILITIES:
            got, want = family.ppf(q, *p), float(dist.ppf(q))
            assert got == want, (family.name, "ppf", q, p, got, want)


def test_discrete_ppf_is_the_smallest_count_reaching_q():
    for q in (0.1, 0.5, 0.95):
        k = d.poisson.ppf(q, 4.2)
        assert d.poisson.cdf(k, 4.2) >= q > d.poisson.cdf(k - 1, 4.2)


def test_bad_parameters_are_named():
    with pytest.raises(ValueError, match="sigma must be positive"):
        d.normal.cdf(1.0, 0.0, -1.0)
    with pytest.raises(ValueError, match="n must be a whole number"):
        d.binomial.pmf(1, 2.5, 0.5)
    with pytest.raises(ValueError, match=r"p must lie in \[0, 1\]"):
        d.binomial.cdf(1, 10, 1.5)
    with pytest.raises(ValueError, match=r"f.cdf takes \(x, df1, df2\)"):
        d.f.cdf(1.0, 3.0)
