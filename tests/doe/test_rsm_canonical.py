"""Second-order fits: exact recovery of a known quadratic, canonical analysis against numpy."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from statsmodels.formula.api import ols
from statsmodels.stats.anova import anova_lm

from plugins.doe.analysis_models import fit_text
from plugins.doe.model import Design, Factor
from plugins.doe.rsm import canonical_analysis, quadratic_parts


def ccd(k: int, centers: int, alpha: float) -> np.ndarray:
    cube = np.array([[(i >> j) & 1 for j in range(k)] for i in range(2**k)], dtype=float) * 2 - 1
    axial = np.vstack([sign * alpha * np.eye(k)[j] for j in range(k) for sign in (-1, 1)])
    return np.vstack([cube, axial, np.zeros((centers, k))])


def design_with(coded: np.ndarray, y: np.ndarray) -> Design:
    k = coded.shape[1]
    factors = [
        Factor(n, lo, hi, unit="u")
        for n, lo, hi in zip(["temp", "time", "humid"][:k], [150, 20, 30], [190, 40, 60], strict=False)
    ]
    n = coded.shape[0]
    return Design(
        "central_composite", factors, coded, np.arange(1, n + 1), ["design"] * n, np.ones(n, int), {}, {"y": y}
    )


def truth(x: np.ndarray) -> np.ndarray:
    a, b, c = x.T
    return 80 + 2 * a - 3 * b + 1.5 * c - 4 * a**2 - 2.5 * b**2 - 3 * c**2 + 1.2 * a * b - 0.8 * a * c + 0.5 * b * c


def test_noise_free_quadratic_is_recovered_exactly_with_its_maximum():
    coded = ccd(3, 4, 1.682)
    model = fit_text(design_with(coded, truth(coded)), "y", "quadratic")
    coefs = dict(zip(model.labels, model.term_coef, strict=True))
    expected = {
        "temp": 2,
        "time": -3,
        "humid": 1.5,
        "temp^2": -4,
        "time^2": -2.5,
        "humid^2": -3,
        "temp:time": 1.2,
        "temp:humid": -0.8,
        "time:humid": 0.5,
    }
    for term, value in expected.items():
        assert coefs[term] == pytest.approx(value, abs=1e-10)
    assert model.fit.coef[0] == pytest.approx(80, abs=1e-10)
    assert model.fit.sse == pytest.approx(0, abs=1e-18)
    b0, b, big_b = quadratic_parts(model.terms, model.term_coef, model.fit.coef[0], 3)
    canon = canonical_analysis(b0, b, big_b)
    assert canon.nature == "maximum"
    xs = np.linalg.solve(-2 * big_b, b)
    np.testing.assert_allclose(canon.stationary, xs, atol=1e-12)
    # the gradient of the true surface vanishes at the stationary point
    eps = 1e-6
    grad = [
        (truth(canon.stationary + eps * e[None]) - truth(canon.stationary - eps * e[None]))[0] / (2 * eps)
        for e in np.eye(3)
    ]
    np.testing.assert_allclose(grad, 0, atol=1e-6)
    assert canon.predicted == pytest.approx(truth(canon.stationary[None])[0], rel=1e-12)
    np.testing.assert_allclose(np.sort(canon.eigenvalues), np.sort(np.linalg.eigvals(big_b).real), atol=1e-12)


def test_saddle_and_minimum_are_classified():
    b = np.array([1.0, 0.5])
    assert canonical_analysis(0, b, np.diag([2.0, -1.0])).nature == "saddle"
    assert canonical_analysis(0, b, np.array([[2.0, 0.3], [0.3, 1.0]])).nature == "minimum"
    assert canonical_analysis(0, b, np.diag([2.0, 0.0])).nature == "ridge"


def test_quadratic_anova_and_lack_of_fit_match_statsmodels():
    rng = np.random.default_rng(3)
    coded = ccd(2, 5, np.sqrt(2))
    y = truth(np.column_stack([coded, np.zeros(len(coded))])) + 0.3 * coded[:, 0] ** 3 + rng.normal(0, 0.4, len(coded))
    model = fit_text(design_with(coded, y), "y", "quadratic")
    frame = pd.DataFrame({"a": coded[:, 0], "b": coded[:, 1], "y": y})
    ref = ols("y ~ a + b + a:b + I(a**2) + I(b**2)", frame).fit()
    table = anova_lm(ref, typ=3)
    rows = {r.source: r for r in model.fit.anova}
    for ours, theirs in [
        ("temp", "a"),
        ("time", "b"),
        ("temp:time", "a:b"),
        ("temp^2", "I(a ** 2)"),
        ("time^2", "I(b ** 2)"),
    ]:
        assert rows[ours].ss == pytest.approx(table.loc[theirs, "sum_sq"], rel=1e-9)
        assert rows[ours].p == pytest.approx(table.loc[theirs, "PR(>F)"], rel=1e-7)
    assert model.fit.r2 == pytest.approx(ref.rsquared, rel=1e-12)
    lof = model.fit.lack_of_fit
    assert lof["pure_error"]["df"] == 4 and lof["lack_of_fit"]["df"] == 3
    centre = y[-5:]
    assert lof["pure_error"]["ss"] == pytest.approx(np.sum((centre - centre.mean()) ** 2), rel=1e-10)
