"""Handlers of ``analyze effects|anova|rsm``: compute per response, keep the fits, build results."""

from __future__ import annotations

from typing import Any

import numpy as np
from scipy import stats

from plugins.api import Context, Invocation, Name, Result, StudyError, Table
from plugins.doe.analysis_data import (
    alpha_value,
    chosen_responses,
    design_region,
    measured_design,
    measured_rows,
    model_text,
)
from plugins.doe.analysis_models import ResponseModel, center_mask, fit_text, remember
from plugins.doe.analysis_terms import is_quadratic
from plugins.doe.effects import Effects, Lenth, estimate_effects, lenth, two_level_rows
from plugins.doe.model import Design
from plugins.doe.rsm import canonical_analysis, quadratic_parts


def analyze(ctx: Context, inv: Invocation) -> Result:
    """``analyze KIND ...``: run the analysis kind's handler."""
    assert inv.kind is not None
    return ctx.registry.kinds_of("analysis")[inv.kind].load()(ctx, inv)


def _round(value: float | None, digits: int = 4) -> Any:
    return "" if value is None or not np.isfinite(value) else float(f"{value:.{digits}g}")


# ---- effects ------------------------------------------------------------------------------------
def factorial_rows(design: Design, response: str) -> np.ndarray | None:
    """The measured +-1 rows when the design is a two-level factorial (center points allowed), else None."""
    rows = measured_rows(design, response)
    coded = np.asarray(design.coded, dtype=float)[rows]
    corner = two_level_rows(coded)
    if corner.sum() < 4 or not np.all(corner | center_mask(design, rows)):
        return None
    return rows[corner]


def effects_of(design: Design, response: str) -> Effects:
    """Effects of ``response`` from the measured two-level rows of a two-level design."""
    rows = factorial_rows(design, response)
    if rows is None:
        raise StudyError(
            f"'analyze effects' needs a two-level factorial design (center points allowed) for '{response}'",
            hint='for response-surface and other designs use: analyze anova model="..." or analyze rsm',
        )
    y = np.asarray(design.responses[response], dtype=float)[rows]
    names = [f.name for f in design.factors]
    return estimate_effects(np.asarray(design.coded, dtype=float)[rows], y, names)


def _effects_data(found: Effects, pse: Lenth) -> dict[str, Any]:
    rows = []
    for e in found.effects:
        ratio = e.effect / pse.pse if pse.pse > 0 else None
        rows.append(
            {
                "term": e.label,
                "aliases": e.aliases,
                "effect": e.effect,
                "coefficient": e.coefficient,
                "t_ratio": ratio,
                "p": float(2 * stats.t.sf(abs(ratio), pse.df)) if ratio is not None else None,
                "active": abs(e.effect) > pse.me,
                "beyond_sme": abs(e.effect) > pse.sme,
            }
        )
    return {
        "n_runs": found.n_runs,
        "mean": found.mean,
        "effects": rows,
        "lenth": pse.to_dict(),
        "active": [r["term"] for r in rows if r["active"]],
        "partially_aliased": found.partially_aliased,
    }


def effects(ctx: Context, inv: Invocation) -> Result:
    """``analyze effects method=lenth alpha=0.05 [response=NAME]``."""
    inv.check_keywords({"method", "alpha", "response"})
    inv.check_positional(0, "no positional values (name the response with response=)")
    method_node = inv.keyword("method")
    method = (method_node.id if isinstance(method_node, Name) else ctx.string(method_node)) if method_node else "lenth"
    if method != "lenth":
        raise StudyError(f"unknown effects method '{method}'", method_node, hint="method=lenth")
    alpha = alpha_value(ctx, inv)
    design = measured_design(ctx, inv)
    data: dict[str, Any] = {"method": method, "alpha": alpha, "responses": {}}
    tables, notes, summary = [], [], []
    for name in chosen_responses(ctx, inv, design):
        found = effects_of(design, name)
        pse = lenth(np.array([e.effect for e in found.effects]), alpha)
        remember(ctx, "effects", name, design, (found, pse))
        part = _effects_data(found, pse)
        data["responses"][name] = part
        tables.append(
            Table(
                f"Effects of {name} (Lenth PSE {pse.pse:.4g}, ME {pse.me:.4g}, SME {pse.sme:.4g}, alpha {alpha})",
                ["term", "effect", "coefficient", "t ratio", "p", "active", "aliases"],
                [
                    [
                        r["term"],
                        _round(r["effect"]),
                        _round(r["coefficient"]),
                        _round(r["t_ratio"]),
                        _round(r["p"]),
                        "yes" if r["active"] else "",
                        " = ".join(r["aliases"]),
                    ]
                    for r in part["effects"]
                ],
            )
        )
        skipped = measured_rows(design, name).size - found.n_runs
        if skipped:
            notes.append(f"{name}: {skipped} center/axial runs are not used by the effect estimates")
        if found.partially_aliased:
            notes.append(f"{name}: partially aliased terms left out: {', '.join(found.partially_aliased)}")
        summary.append(f"{name}: active {', '.join(part['active']) or 'none'} (ME {pse.me:.4g})")
    return Result("effects", data, tables, notes, "; ".join(summary))


# ---- anova and rsm --------------------------------------------------------------------------------
def model_data(model: ResponseModel, design: Design) -> dict[str, Any]:
    """The JSON form of a fitted model: ANOVA, fit statistics, coefficients, diagnostics."""
    fit = model.fit
    rows = model.rows
    t_values, p_values = fit.t_values(), fit.p_values()
    coefficients = [
        {"term": name, "coded": c, "se": se, "t": t, "p": p}
        for name, c, se, t, p in zip(fit.names, fit.coef, fit.se, t_values, p_values, strict=True)
    ]
    return {
        "model": model.model,
        "terms": model.labels,
        "n_runs": fit.n,
        "anova": [row.to_dict() for row in fit.anova],
        "lack_of_fit": fit.lack_of_fit,
        "curvature": model.curvature,
        "fit": {
            "r2": fit.r2,
            "adj_r2": fit.adj_r2,
            "pred_r2": fit.pred_r2,
            "press": fit.press,
            "s": fit.s,
            "df_resid": fit.df_resid,
        },
        "coefficients": coefficients,
        "natural_coefficients": model.natural(),
        "diagnostics": {
            "std_order": rows + 1,
            "run_order": np.asarray(design.run_order)[rows],
            "observed": fit.y,
            "fitted": fit.fitted,
            "residuals": fit.residuals,
            "studentized": fit.studentized,
            "leverage": fit.leverage,
        },
    }


def model_tables(name: str, part: dict[str, Any]) -> list[Table]:
    fit = part["fit"]
    anova = Table(
        f"ANOVA of {name}, model {part['model']} (R2 {_round(fit['r2'])}, adj R2 {_round(fit['adj_r2'])}, "
        f"pred R2 {_round(fit['pred_r2'])}, s {_round(fit['s'])})",
        ["source", "df", "SS", "MS", "F", "p"],
        [
            [r["source"], r["df"], _round(r["ss"], 6), _round(r["ms"], 6), _round(r["f"]), _round(r["p"])]
            for r in part["anova"]
        ],
    )
    natural = part["natural_coefficients"]
    coefs = Table(
        f"Coefficients of {name}",
        ["term", "coded", "SE", "t", "p"],
        [
            [c["term"], _round(c["coded"], 6), _round(c["se"]), _round(c["t"]), _round(c["p"])]
            for c in part["coefficients"]
        ],
    )
    uncoded = Table(
        f"{name} in natural units", ["term", "coefficient"], [[k, _round(v, 6)] for k, v in natural.items()]
    )
    return [anova, coefs, uncoded]


def _model_notes(name: str, model: ResponseModel) -> list[str]:
    notes = []
    if model.fit.df_resid == 0:
        notes.append(
            f"{name}: the model is saturated (no error df): no F tests; use analyze effects or a smaller model"
        )
    if any(g.kind == "curvature" for g in model.fit.groups):
        notes.append(
            f"{name}: a center-point indicator is in the model ('curvature'), so curvature is not in the error"
        )
    if any(g.kind == "block" for g in model.fit.groups):
        notes.append(f"{name}: blocks enter the model as effect-coded columns ('blocks')")
    return notes


def _fit_all(ctx: Context, inv: Invocation, default: str, kind: str) -> Result:
    inv.check_keywords({"model", "response"})
    inv.check_positional(0, "no positional values (name the response with response=)")
    node = inv.keyword("model")
    text = model_text(ctx, node, default)
    design = measured_design(ctx, inv)
    data: dict[str, Any] = {"model": text, "responses": {}}
    tables, notes, summary = [], [], []
    for name in chosen_responses(ctx, inv, design):
        model = fit_text(design, name, text, node or inv.kind_node)
        part = model_data(model, design)
        if kind == "rsm":
            part["stationary_point"] = _stationary(model, design, node)
            part["region"] = design_region(design).to_dict()
        remember(ctx, "models", name, design, model)
        data["responses"][name] = part
        tables.extend(model_tables(name, part))
        notes.extend(_model_notes(name, model))
        line = f"{name}: R2 {_round(part['fit']['r2'], 3)}"
        if kind == "rsm":
            sp = part["stationary_point"]
            where = "inside" if sp["inside_region"] else "outside"
            line += f", stationary point is a {sp['nature']}" + (f" ({where} the region)" if sp["coded"] else "")
            tables.append(_stationary_table(name, sp))
        summary.append(line)
    return Result(kind, data, tables, notes, "; ".join(summary))


def anova(ctx: Context, inv: Invocation) -> Result:
    """``analyze anova model="main + 2fi" [response=NAME]``."""
    return _fit_all(ctx, inv, "main + 2fi", "anova")


def rsm(ctx: Context, inv: Invocation) -> Result:
    """``analyze rsm model="quadratic" [response=NAME]``: second-order fit and canonical analysis."""
    return _fit_all(ctx, inv, "quadratic", "rsm")


def _stationary(model: ResponseModel, design: Design, node: Any) -> dict[str, Any]:
    factors = design.factors
    if (
        any(f.categorical for f in factors)
        or not is_quadratic(model.terms, factors)
        or any(len(t) > 2 for t in model.terms)
    ):
        raise StudyError(
            "'analyze rsm' needs the full second-order model in continuous factors",
            node,
            hint='use model="quadratic" (or analyze anova for other models)',
        )
    b0, b, big_b = quadratic_parts(model.terms, model.term_coef, float(model.fit.coef[0]), len(factors))
    canon = canonical_analysis(b0, b, big_b)
    names = [f.name for f in factors]
    out: dict[str, Any] = {
        "nature": canon.nature,
        "eigenvalues": canon.eigenvalues,
        "eigenvectors": canon.eigenvectors.T,
        "coded": None,
        "real": None,
        "predicted": canon.predicted,
        "inside_region": None,
    }
    if canon.stationary is not None:
        xs = canon.stationary
        out["coded"] = dict(zip(names, xs, strict=True))
        out["real"] = {f.name: float(f.to_real(np.array([x]))[0]) for f, x in zip(factors, xs, strict=True)}
        out["inside_region"] = design_region(design).contains(xs)
    return out


def _stationary_table(name: str, sp: dict[str, Any]) -> Table:
    rows = [["nature", sp["nature"]], ["predicted", _round(sp["predicted"], 6)]]
    if sp["coded"]:
        rows += [[f"{k} (coded / real)", f"{_round(v)} / {_round(sp['real'][k], 6)}"] for k, v in sp["coded"].items()]
        rows.append(["inside region", "yes" if sp["inside_region"] else "no"])
    rows.append(["eigenvalues", ", ".join(str(_round(v)) for v in sp["eigenvalues"])])
    return Table(f"Stationary point of {name}", ["item", "value"], rows)
