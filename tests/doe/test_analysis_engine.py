"""The DOE fit engine against statsmodels: ANOVA, coefficients, diagnostics, lack of fit, curvature."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
from statsmodels.formula.api import ols
from statsmodels.stats.anova import anova_lm

from plugins.api import StudyError
from plugins.doe.analysis_models import fit_text
from plugins.doe.analysis_terms import natural_coefficients, parse_model, term_columns
from plugins.doe.model import Design, Factor


def two_level_design(k: int, centers: int, y: np.ndarray, replicates: int = 1) -> Design:
    base = np.array([[(i >> j) & 1 for j in range(k)] for i in range(2**k)], dtype=float) * 2 - 1
    coded = np.vstack([np.tile(base, (replicates, 1)), np.zeros((centers, k))])
    n = coded.shape[0]
    factors = [Factor(name, 10.0 * (j + 1), 20.0 * (j + 1), unit="u") for j, name in enumerate("PQRSTUV"[:k])]
    kinds = ["factorial"] * (n - centers) + ["center"] * centers
    return Design("full_factorial", factors, coded, np.arange(1, n + 1), kinds, np.ones(n, int), {}, {"y": y})


RNG = np.random.default_rng(7)


def test_parse_model_keywords_and_explicit_terms():
    factors = [Factor("temp", 0, 1), Factor("time", 0, 1), Factor("gas", levels=["a", "b"])]
    assert parse_model("main + 2fi", factors) == [(0,), (1,), (2,), (0, 1), (0, 2), (1, 2)]
    assert parse_model("quadratic - temp:time", factors) == [(0,), (1,), (2,), (0, 2), (1, 2), (0, 0), (1, 1)]
    assert parse_model("temp*time + temp^2", factors) == [(0,), (1,), (0, 1), (0, 0)]
    assert parse_model("main + 2fi + 3fi", factors)[-1] == (0, 1, 2)


def test_unknown_model_term_is_named():
    factors = [Factor("temp", 0, 1), Factor("time", 0, 1)]
    with pytest.raises(StudyError, match="unknown model term 'tempp'") as info:
        parse_model("tempp + time", factors)
    assert "temp" in (info.value.hint or "")


def test_natural_coefficients_reproduce_the_coded_polynomial():
    factors = [Factor("a", 100, 200), Factor("b", -3, 5)]
    terms = parse_model("quadratic", factors)
    coef = np.array([1.5, -2.0, 0.7, 0.9, -1.1])
    natural = natural_coefficients(terms, coef, 4.0, factors)
    real = np.array([[130.0, 1.0], [190.0, -2.5]])
    coded = np.column_stack([factors[0].to_coded(real[:, 0]), factors[1].to_coded(real[:, 1])])
    want = 4.0 + term_columns(coded, terms) @ coef
    a, b = real[:, 0], real[:, 1]
    got = (
        natural["intercept"]
        + natural["a"] * a
        + natural["b"] * b
        + natural["a:b"] * a * b
        + natural["a^2"] * a**2
        + natural["b^2"] * b**2
    )
    np.testing.assert_allclose(got, want, rtol=1e-10)


def _statsmodels_frame(design: Design, extra: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    frame = pd.DataFrame(design.coded, columns=[f.name for f in design.factors])
    frame["y"] = design.responses["y"]
    for name, column in (extra or {}).items():
        frame[name] = column
    return frame


def test_anova_matches_statsmodels_with_curvature_and_pure_error():
    y = RNG.normal(50, 2, 11) + np.r_[np.zeros(8), 3 * np.ones(3)]
    design = two_level_design(3, 3, y)
    model = fit_text(design, "y", "main + 2fi")
    centre = (np.abs(design.coded).sum(axis=1) == 0).astype(float)
    frame = _statsmodels_frame(design, {"curv": centre})
    ref = ols("y ~ P + Q + R + P:Q + P:R + Q:R + curv", frame).fit()
    table = anova_lm(ref, typ=3)
    rows = {r["source"]: r for r in [row.to_dict() for row in model.fit.anova]}
    for ours, theirs in [("P", "P"), ("Q", "Q"), ("P:Q", "P:Q"), ("Q:R", "Q:R"), ("curvature", "curv")]:
        assert rows[ours]["ss"] == pytest.approx(table.loc[theirs, "sum_sq"], rel=1e-10)
        assert rows[ours]["f"] == pytest.approx(table.loc[theirs, "F"], rel=1e-9)
        assert rows[ours]["p"] == pytest.approx(table.loc[theirs, "PR(>F)"], rel=1e-8)
    assert rows["residual"]["ss"] == pytest.approx(ref.ssr, rel=1e-10)
    assert model.fit.r2 == pytest.approx(ref.rsquared, rel=1e-12)
    assert model.fit.adj_r2 == pytest.approx(ref.rsquared_adj, rel=1e-12)
    np.testing.assert_allclose(model.fit.coef, ref.params.values, atol=1e-10)
    np.testing.assert_allclose(model.fit.se, ref.bse.values, rtol=1e-9)
    influence = ref.get_influence()
    assert model.fit.press == pytest.approx(np.sum(influence.resid_press**2), rel=1e-9)
    np.testing.assert_allclose(model.fit.studentized, influence.resid_studentized_internal, rtol=1e-9)
    # the single-df curvature test equals the indicator's adjusted SS
    assert model.curvature["ss"] == pytest.approx(rows["curvature"]["ss"], rel=1e-10)
    assert model.curvature["center_mean"] == pytest.approx(y[8:].mean())
    # residual df 3 = pure error (three centers, 2 df) + lack of fit (the 3FI, 1 df)
    assert model.fit.df_resid == 3
    lof = model.fit.lack_of_fit
    assert lof["pure_error"]["df"] == 2 and lof["lack_of_fit"]["df"] == 1
    assert lof["pure_error"]["ss"] == pytest.approx(np.sum((y[8:] - y[8:].mean()) ** 2), rel=1e-10)


def test_types_one_two_three_agree_on_an_orthogonal_design_and_lack_of_fit_splits_the_error():
    y = RNG.normal(10, 1, 16)
    design = two_level_design(3, 0, y, replicates=2)
    model = fit_text(design, "y", "main")
    ref = ols("y ~ P + Q + R", _statsmodels_frame(design)).fit()
    rows = {r.source: r for r in model.fit.anova}
    for typ in (1, 2, 3):
        table = anova_lm(ref, typ=typ)
        for term in "PQR":
            assert rows[term].ss == pytest.approx(table.loc[term, "sum_sq"], rel=1e-10)
    lof = model.fit.lack_of_fit
    assert lof["pure_error"]["df"] == 8 and lof["lack_of_fit"]["df"] == 4
    groups = pd.DataFrame(design.coded).assign(y=y).groupby([0, 1, 2])["y"]
    pure = float(((y - groups.transform("mean")) ** 2).sum())
    assert lof["pure_error"]["ss"] == pytest.approx(pure, rel=1e-10)
    assert lof["lack_of_fit"]["ss"] + pure == pytest.approx(ref.ssr, rel=1e-10)


def test_aliased_term_is_reported_by_name():
    design = two_level_design(2, 0, np.arange(4.0))
    with pytest.raises(StudyError, match="'P\\^2' cannot be estimated"):
        fit_text(design, "y", "P + Q + P^2")


def test_blocks_enter_as_a_term():
    y = RNG.normal(5, 1, 16)
    design = two_level_design(3, 0, y, replicates=2)
    design.block = np.repeat([1, 2], 8)
    model = fit_text(design, "y", "main")
    frame = _statsmodels_frame(design)
    frame["blk"] = design.block.astype(str)
    ref = ols("y ~ C(blk, Sum) + P + Q + R", frame).fit()
    rows = {r.source: r for r in model.fit.anova}
    assert rows["blocks"].ss == pytest.approx(anova_lm(ref, typ=2).loc["C(blk, Sum)", "sum_sq"], rel=1e-10)
    assert model.fit.sse == pytest.approx(ref.ssr, rel=1e-10)
    assert sm is not None
