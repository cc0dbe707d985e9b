"""The vectorised engines against plain loop implementations of the textbook definitions."""

from __future__ import annotations

import numpy as np
import pytest

from plugins.spc import charts
from plugins.spc.rules import RULESETS, check


def _loop_rules(z: np.ndarray, ruleset: str, nelson8: str = "both") -> dict[int, list[int]]:
    """Rule text applied point by point: flag the completing point that lies in the offending zone."""

    def side_run(i, m):
        w = z[i - m + 1 : i + 1]
        return i >= m - 1 and (np.all(w > 0) or np.all(w < 0))

    def k_of_m(i, level, k, m):
        w = z[max(0, i - m + 1) : i + 1]
        if i < m - 1:
            return False
        return (z[i] > level and np.sum(w > level) >= k) or (z[i] < -level and np.sum(w < -level) >= k)

    def trend(i):
        d = np.diff(z[i - 5 : i + 1]) if i >= 5 else None
        return d is not None and (np.all(d > 0) or np.all(d < 0))

    def alternating(i):
        if i < 13:
            return False
        d = np.diff(z[i - 13 : i + 1])
        return all(d[j] * d[j + 1] < 0 for j in range(12))

    def within(i):
        return i >= 14 and np.all(np.abs(z[i - 14 : i + 1]) < 1)

    def beyond_one(i):
        w = z[i - 7 : i + 1]
        ok = i >= 7 and np.all(np.abs(w) > 1)
        return ok and (nelson8 == "either" or (np.any(w > 1) and np.any(w < -1)))

    if ruleset == "western_electric":
        tests = {
            1: lambda i: abs(z[i]) > 3,
            2: lambda i: k_of_m(i, 2, 2, 3),
            3: lambda i: k_of_m(i, 1, 4, 5),
            4: lambda i: side_run(i, 8),
        }
    else:
        tests = {
            1: lambda i: abs(z[i]) > 3,
            2: lambda i: side_run(i, 9),
            3: trend,
            4: alternating,
            5: lambda i: k_of_m(i, 2, 2, 3),
            6: lambda i: k_of_m(i, 1, 4, 5),
            7: within,
            8: beyond_one,
        }
    return {r: [i + 1 for i in range(z.size) if fn(i)] for r, fn in tests.items()}


@pytest.mark.parametrize("ruleset", ["western_electric", "nelson"])
@pytest.mark.parametrize("nelson8", ["both", "either"])
def test_vectorised_rules_match_the_loop_definitions(ruleset, nelson8):
    rng = np.random.default_rng(11)
    # a random walk mixed with noise and calm stretches exercises every rule
    z = np.concatenate(
        [rng.normal(0, 1.3, 400), np.cumsum(rng.normal(0, 0.4, 200)), rng.normal(0, 0.3, 100), np.tile([1.5, -1.5], 20)]
    )
    result = check(z, ruleset, nelson8=nelson8)
    loop = _loop_rules(z, ruleset, nelson8)
    for rule in RULESETS[ruleset]:
        got = list(np.flatnonzero(result.masks[rule]) + 1)
        assert got == loop[rule], f"{ruleset} rule {rule}"
        assert got or rule == 7, f"{ruleset} rule {rule} never fired: weak test data"
    expect = np.zeros(z.size, dtype=int)
    for rule in sorted(loop, reverse=True):
        expect[np.array(loop[rule], dtype=int) - 1] = rule
    assert np.array_equal(result.labels, expect)


def test_ewma_matches_its_recursion():
    rng = np.random.default_rng(2)
    x = rng.normal(10, 1, 50)
    limits = charts.Limits(10.0, 1.0, "stated")
    panel = charts.ewma_panel(x, np.ones(50), limits, 0.3, 3.0)
    z, expect = 10.0, []
    for value in x:
        z = 0.3 * value + 0.7 * z
        expect.append(z)
    assert np.allclose(panel.statistic, expect, rtol=0, atol=1e-12)
    assert np.isclose(panel.ucl[-1], 10 + 3 * np.sqrt(0.3 / 1.7 * (1 - 0.7**100)))


def test_cusum_matches_the_tabular_recursion():
    rng = np.random.default_rng(4)
    x = np.concatenate([rng.normal(0, 1, 40), rng.normal(1.2, 1, 20)])
    upper, lower = charts.cusum_panels(x, np.ones(60), charts.Limits(0.0, 1.0, "stated"), 0.5, 4.0)
    cp = cm = 0.0
    for i, value in enumerate(x):
        cp, cm = max(0.0, cp + value - 0.5), max(0.0, cm - 0.5 - value)
        assert upper.statistic[i] == pytest.approx(cp, abs=1e-12) and lower.statistic[i] == pytest.approx(cm, abs=1e-12)
    assert np.all(upper.ucl == 4.0)


def test_subgroup_stats_handle_unequal_sizes():
    values = np.array([1.0, 2.0, 4.0, 10.0, 11.0, 5.0, 5.0, 8.0, 9.0])
    groups = charts.subgroup_stats(values, np.array([0, 3, 5]))
    assert groups.sizes.tolist() == [3, 2, 4]
    assert np.allclose(groups.means, [7 / 3, 10.5, 6.75])
    assert np.allclose(groups.ranges, [3, 1, 4])
    assert np.allclose(
        groups.sds, [np.std(values[:3], ddof=1), np.std(values[3:5], ddof=1), np.std(values[5:], ddof=1)]
    )
