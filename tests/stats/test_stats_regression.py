"""fit regression: formula expansion and inference, cross-checked against statsmodels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from plugins.api import BinOp, Call, Formula, Name, Number, Pos
from plugins.stats.formula import expand, term_name

P = Pos(1, 1, 1, 1)


def _n(x: str) -> Name:
    return Name(P, x)


def _terms(rhs) -> tuple[list[str], bool]:
    model = expand(Formula(P, _n("y"), rhs))
    return [term_name(t) for t in model.terms], model.intercept


def test_formula_expansion_rules():
    a, b, c, x = _n("a"), _n("b"), _n("c"), _n("x")
    assert _terms(BinOp(P, "+", x, BinOp(P, "^", x, Number(P, "2")))) == (["x", "x^2"], True)
    assert _terms(BinOp(P, "*", a, b)) == (["a", "b", "a:b"], True)
    assert _terms(BinOp(P, ":", a, BinOp(P, "^", b, Number(P, "2")))) == (["a:b^2"], True)
    assert _terms(BinOp(P, "-", x, Number(P, "1"))) == (["x"], False)
    assert _terms(BinOp(P, "+", x, Number(P, "0"))) == (["x"], False)
    assert _terms(BinOp(P, "-", BinOp(P, "*", a, b), BinOp(P, ":", a, b))) == (["a", "b"], True)
    quad = _terms(Call(P, "quadratic", (a, b, c), ()))[0]
    assert quad == ["a", "b", "c", "a:b", "a:c", "b:c", "a^2", "b^2", "c^2"]
    assert _terms(BinOp(P, "^", BinOp(P, "+", a, b), Number(P, "2")))[0] == ["a^2", "a:b", "b^2"]


def _frame() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    a = np.round(rng.uniform(0, 10, 30), 2)
    b = np.round(rng.uniform(-5, 5, 30), 2)
    y = np.round(2 + 0.5 * a - 1.2 * b + 0.3 * a * b + 0.1 * a**2 + rng.normal(0, 0.5, 30), 3)
    return pd.DataFrame({"y": y, "a": a, "b": b})


@pytest.mark.parametrize(
    "havoc_formula,patsy_formula",
    [
        ("y ~ a", "y ~ a"),
        ("y ~ a + a^2", "y ~ a + I(a**2)"),
        ("y ~ a*b", "y ~ a*b"),
        ("y ~ quadratic(a, b)", "y ~ a + b + a:b + I(a**2) + I(b**2)"),
        ("y ~ a + b - 1", "y ~ a + b - 1"),
    ],
)
def test_regression_matches_statsmodels(run_study, havoc_formula, patsy_formula):
    import statsmodels.formula.api as smf

    frame = _frame()
    run = run_study(
        f'data "d.csv"\nfit regression {havoc_formula} conf=0.9\n', files={"d.csv": frame.to_csv(index=False)}
    )
    assert run.exit_code == 0, run.stderr
    r = run.step("fit", "regression")
    ref = smf.ols(patsy_formula, frame).fit()
    np.testing.assert_allclose(r["coef"], ref.params.values, rtol=1e-9)
    np.testing.assert_allclose(r["se"], ref.bse.values, rtol=1e-9)
    np.testing.assert_allclose([c["p_value"] for c in r["coefficients"]], ref.pvalues.values, rtol=1e-7)
    ci = ref.conf_int(alpha=0.1).values
    np.testing.assert_allclose([[c["ci_low"], c["ci_high"]] for c in r["coefficients"]], ci, rtol=1e-9)
    assert r["r_squared"] == pytest.approx(ref.rsquared, rel=1e-10)
    assert r["adj_r_squared"] == pytest.approx(ref.rsquared_adj, rel=1e-10)
    assert r["f_statistic"] == pytest.approx(ref.fvalue, rel=1e-9)
    assert r["f_p_value"] == pytest.approx(ref.f_pvalue, rel=1e-6, abs=1e-300)
    assert r["df_residual"] == ref.df_resid and r["df_model"] == ref.df_model
    ss = {row["source"]: row["ss"] for row in r["anova"]}
    assert ss["residual"] == pytest.approx(ref.ssr, rel=1e-9)
    assert ss["regression"] + ss["residual"] == pytest.approx(ss["total"], rel=1e-12)
    assert r["intercept"] is ("- 1" not in havoc_formula)


def test_let_bound_lists_and_float_path_agree(run_study, monkeypatch):
    text = "let x = [1, 2, 3, 4, 5, 6]\nlet y = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2]\nfit regression y ~ x\n"
    exact = run_study(text).step("fit", "regression")
    monkeypatch.setattr("plugins.stats.ols.EXACT_LIMIT", 0)
    approx = run_study(text).step("fit", "regression")
    assert exact["method"].startswith("exact") and approx["method"].startswith("float64")
    np.testing.assert_allclose(approx["coef"], exact["coef"], rtol=1e-12)
    np.testing.assert_allclose(approx["se"], exact["se"], rtol=1e-10)
    assert approx["r_squared"] == pytest.approx(exact["r_squared"], rel=1e-13)
