"""``fit regression y ~ terms``: ordinary least squares with the full inference table."""

from __future__ import annotations

import math
from typing import Any

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.stats import inputs, ols
from plugins.stats.formula import Model, expand, term_name
from plugins.stats.ols import Fit, Singular, exact_fit, float_fit, scaled_ints


def regression(ctx: Context, inv: Invocation) -> Result:
    """``fit regression y ~ x + x^2 [conf=0.95] [at=7]`` (``at``: the prediction at one value of the predictor)."""
    inv.check_keywords({"conf", "at"})
    if len(inv.args) != 1:
        raise StudyError("'fit regression' takes one formula: fit regression y ~ x + x^2", pos=inv.pos)
    conf = inputs.conf(ctx, inv)
    model = expand(inv.args[0])
    at = inv.keyword("at")
    if at is not None and len(model.variables) != 1:
        raise StudyError("'at=' predicts at one value of the predictor: the model must have exactly one", at)
    y = inputs.sample(ctx, model.response)
    data = {name: inputs.exact_values(ctx, node) for name, node in model.variables.items()}
    for name, values in data.items():
        if len(values) != len(y):
            raise StudyError(
                f"mismatched lengths: '{name}' has {len(values)} values, '{y.label}' has {len(y)}",
                model.variables[name],
            )
    terms = ([()] if model.intercept else []) + model.terms
    names = [term_name(t) for t in terms]
    n, p = len(y), len(terms)
    if n <= p:
        raise StudyError(
            f"too few observations: {n} rows for {p} coefficients leave no residual degrees of freedom",
            inv.args[0],
            hint="give more rows than coefficients, or fit fewer terms",
        )
    try:
        fit = _fit(model, terms, data, y.values)
    except Singular as exc:
        raise StudyError(
            f"term '{names[exc.index]}' is a linear combination of the other terms: the model cannot be fitted",
            inv.args[0],
            hint="drop that term or the terms it repeats",
        ) from None
    result = _result(model, names, fit, conf, str_formula(inv))
    if at is not None:
        from scipy import stats

        from plugins.stats.prediction import prediction

        t_crit = float(stats.t.ppf(0.5 + conf / 2, result.data["df_residual"]))
        result.data.update(prediction(terms, data, fit.coef, result.data["residual_sd"], t_crit, ctx.number(at)))
        level = f"{conf:.0%}"
        p = result.data
        result.tables.append(Table(f"Prediction at {p['at']:g}", ["quantity", "value", f"{level} low", f"{level} high"],
                                   [["mean response", p["prediction"], *p["mean_ci"]],
                                    ["new observation", p["prediction"], *p["prediction_interval"]]]))  # fmt: skip
    return result


def str_formula(inv: Invocation) -> str:
    """The formula as the user wrote it, from the statement's text."""
    pos = inv.args[0].pos
    if inv.line_text and pos.line == pos.end_line == inv.pos.line:
        return inv.line_text[pos.column - 1 : pos.end_column - 1].strip()
    return ""


def _fit(model: Model, terms: list, data: dict, y: list) -> Fit:
    n, p = len(y), len(terms)
    if n * p * p <= ols.EXACT_LIMIT:
        scaled = {name: scaled_ints(values) for name, values in data.items()}
        columns = [[scaled[var] for var, power in term for _ in range(power)] for term in terms]
        return exact_fit(columns, y, model.intercept)
    import numpy as np

    floats = {name: np.array([float(v) for v in values]) for name, values in data.items()}
    columns = [math.prod((floats[var] ** power for var, power in term), start=np.ones(n)) for term in terms]
    return float_fit(columns, y, 0 if model.intercept else None)


def _result(model: Model, names: list[str], fit: Fit, conf: float, formula: str) -> Result:
    from scipy import stats

    n, p = fit.n, len(names)
    df_resid = n - p
    df_model = p - 1 if model.intercept else p
    ssr = fit.sst - fit.sse
    ms_resid = fit.sse / df_resid
    residual_sd = math.sqrt(ms_resid)
    t_crit = float(stats.t.ppf(0.5 + conf / 2, df_resid))
    coefficients = []
    for name, b, se in zip(names, fit.coef, fit.se, strict=True):
        t = b / se if se > 0 else None
        coefficients.append(
            {
                "term": name,
                "estimate": b,
                "se": se,
                "t": t,
                "p_value": float(2 * stats.t.sf(abs(t), df_resid)) if t is not None else None,
                "ci_low": b - t_crit * se,
                "ci_high": b + t_crit * se,
            }
        )
    f_stat = (ssr / df_model) / ms_resid if df_model > 0 and ms_resid > 0 else None
    f_p = float(stats.f.sf(f_stat, df_model, df_resid)) if f_stat is not None else None
    r2 = 1 - fit.sse / fit.sst if fit.sst > 0 else None
    df_total = n - 1 if model.intercept else n
    adj = 1 - ms_resid / (fit.sst / df_total) if fit.sst > 0 else None
    anova = [
        {
            "source": "regression",
            "df": df_model,
            "ss": ssr,
            "ms": ssr / df_model if df_model else None,
            "f_statistic": f_stat,
            "p_value": f_p,
        },
        {"source": "residual", "df": df_resid, "ss": fit.sse, "ms": ms_resid, "f_statistic": None, "p_value": None},
        {"source": "total", "df": df_total, "ss": fit.sst, "ms": None, "f_statistic": None, "p_value": None},
    ]
    data: dict[str, Any] = {
        "model": formula,
        "response": model.response.id,
        "terms": names,
        "intercept": model.intercept,
        "n": n,
        "conf": conf,
        "coefficients": coefficients,
        "coef": fit.coef,
        "se": fit.se,
        "r_squared": r2,
        "adj_r_squared": adj,
        "f_statistic": f_stat,
        "f_p_value": f_p,
        "residual_sd": residual_sd,
        "df_model": df_model,
        "df_residual": df_resid,
        "anova": anova,
        "method": fit.method,
    }
    level = f"{conf:.0%}"
    tables = [
        Table(
            f"Coefficients ({fit.method})",
            ["term", "estimate", "SE", "t", "p", f"{level} low", f"{level} high"],
            [
                [c["term"], c["estimate"], c["se"], c["t"], c["p_value"], c["ci_low"], c["ci_high"]]
                for c in coefficients
            ],
        ),
        Table(
            "Analysis of variance",
            ["source", "df", "SS", "MS", "F", "p"],
            [[a["source"], a["df"], a["ss"], a["ms"], a["f_statistic"], a["p_value"]] for a in anova],
        ),
        Table(
            "Fit", ["quantity", "value"], [["R^2", r2], ["adjusted R^2", adj], ["residual SD", residual_sd], ["n", n]]
        ),
    ]
    notes = ["Assumes independent errors with constant variance; t, F and p also assume normal errors."]
    if not model.intercept:
        notes.append("No intercept: R^2 and F use the uncentred total sum of squares.")
    if fit.sse == 0:
        notes.append("The fit is exact (zero residuals): t statistics and p-values are undefined.")
    r2_text = f"{r2:.6g}" if r2 is not None else "undefined"
    summary = f"OLS fit of {model.response.id} on {len(names)} terms: R^2 = {r2_text}, residual SD = {residual_sd:.6g}."
    return Result("regression", data, tables, notes, summary)
