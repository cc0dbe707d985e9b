"""Effects and Lenth's PSE against the published Box-Hunter-Hunter pilot-plant case."""

from __future__ import annotations

import numpy as np
import pytest

from plugins.doe.effects import estimate_effects, lenth
from tests.helpers import assert_close, reference_cases

CASE = reference_cases()["effects-bhh-pilot-plant-2to3"]


def _case_design():
    names = CASE["input"]["factors"]
    labels = CASE["input"]["standard_order_labels"]
    coded = np.array([[1.0 if c == "+" else -1.0 for c in label] for label in labels])
    return coded, np.array(CASE["input"]["y"], dtype=float), names


def test_effects_mean_and_lenth_pse_match_the_reference():
    coded, y, names = _case_design()
    found = estimate_effects(coded, y, names)
    by_label = {e.label.replace(":", ""): e.effect for e in found.effects}
    for term, spec in CASE["expected"]["effects"].items():
        assert_close(f"effect {term}", by_label[term], spec)
    assert_close("mean", found.mean, CASE["expected"]["mean"])
    pse = lenth(np.array([e.effect for e in found.effects]))
    assert_close("lenth_pse", pse.pse, CASE["expected"]["lenth_pse"])


def test_lenth_margins_follow_the_t_quantiles():
    from scipy import stats

    effects = np.array([23.0, -5.0, 1.5, 1.5, 10.0, 0.0, 0.5])
    out = lenth(effects, alpha=0.05)
    assert out.s0 == pytest.approx(1.5 * 1.5)
    assert out.df == pytest.approx(7 / 3)
    assert out.me == pytest.approx(stats.t.ppf(0.975, 7 / 3) * 2.25)
    gamma = (1 + 0.95 ** (1 / 7)) / 2
    assert out.sme == pytest.approx(stats.t.ppf(gamma, 7 / 3) * 2.25)
    assert out.sme > out.me


def test_alias_chains_of_the_saturated_2_7_4_design():
    """Reference design-fracfact-2to7m4-res3-aliases: main-effect alias chains up to 2FIs."""
    case = reference_cases()["design-fracfact-2to7m4-res3-aliases"]
    base = np.array([[(i >> j) & 1 for j in range(3)] for i in range(8)], dtype=float) * 2 - 1
    a, b, c = base.T
    coded = np.column_stack([a, b, c, a * b, a * c, b * c, a * b * c])
    found = estimate_effects(coded, np.arange(8.0), list("ABCDEFG"))
    chains = {e.label: {alias.replace(":", "") for alias in e.aliases} for e in found.effects}
    expected = case["expected"]["main_effect_aliases_2fi"]["value"]
    assert chains == {k: set(v) for k, v in expected.items()}


def test_plackett_burman_keeps_main_effects_and_flags_partial_aliasing():
    rows = [[1, -1, 1, -1, -1, -1, 1, 1, 1, -1, 1]]
    for _ in range(10):
        rows.append(rows[-1][-1:] + rows[-1][:-1])
    coded = np.vstack([np.array(rows, dtype=float), -np.ones((1, 11))])[:, :5]
    y = coded @ np.array([3.0, 0, 0, -2.0, 0]) + 10
    found = estimate_effects(coded, y, list("ABCDE"))
    assert [e.label for e in found.effects] == list("ABCDE")
    np.testing.assert_allclose([e.effect for e in found.effects], [6.0, 0, 0, -4.0, 0], atol=1e-12)
    assert "A:B" in found.partially_aliased
