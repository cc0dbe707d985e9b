"""``test anova``: one-way from groups or a long table (``equal_var=false``: Welch's ANOVA), two-way with
interaction from a long table."""

from __future__ import annotations

from typing import Any

from plugins.api import By, Context, Invocation, Name, Result, StudyError, Table
from plugins.stats import inputs
from plugins.stats.anova_engine import (
    oneway,
    oneway_from_summary,
    oneway_from_sums,
    twoway,
    welch_from_summary,
    welch_oneway,
)
from plugins.stats.anova_summary import SUMMARY_KEYS, summary_groups
from plugins.stats.inputs import Sample
from plugins.stats.outcome import test_result

_ONEWAY_ASSUMPTIONS = [
    "independent observations",
    "normally distributed residuals",
    "equal variances in every group",
]
_WELCH_ASSUMPTIONS = [*_ONEWAY_ASSUMPTIONS[:2], "variances may differ between groups (Welch's F, Welch 1951)"]


def anova(ctx: Context, inv: Invocation) -> Result:
    """``test anova groups=[a, b]`` | ``test anova a b c`` | ``test anova y by g`` | ``test anova y by a, b``, or
    from summary statistics ``test anova n= mean= sd=`` (see plugins.stats.anova_summary), or from the sums of squares
    ``test anova ss_between= ss_within= k= n=`` (k groups, n observations in all); ``equal_var=false`` runs Welch's
    one-way ANOVA instead of the classic (pooled) one; ``test anova y by a, b interaction=false`` the additive
    two-way model (a randomized complete block design: treatment + block)."""
    inv.check_keywords({"groups", "alpha", "equal_var", "interaction", *SUMMARY_KEYS, *_SUMS_KEYS})
    alpha = inputs.alpha(ctx, inv)
    equal_var = inputs.flag(ctx, inv, "equal_var", True)
    summary = [key for key in SUMMARY_KEYS if inv.keyword(key) is not None]
    if summary and (inv.args or inv.keyword("groups") is not None):
        raise StudyError(f"give the groups or summary statistics, not both ({summary[0]}=)", inv.keyword(summary[0]))
    if any(inv.keyword(key) is not None for key in _SUMS_KEYS):
        return _from_sums(ctx, inv, alpha, equal_var)
    if summary:
        return _from_summary(ctx, inv, alpha, equal_var)
    by = [a for a in inv.args if isinstance(a, By)]
    if by and len(by[0].groups) == 2 and not equal_var:
        raise StudyError("Welch's ANOVA (equal_var=false) is one-way: give one grouping column", by[0])
    if by and len(by[0].groups) == 2:
        return _twoway(ctx, inv, by[0], alpha, inputs.flag(ctx, inv, "interaction", True))
    if by and len(by[0].groups) > 2:
        raise StudyError(
            "'test anova' takes one or two grouping columns", by[0], hint="e.g. strength by supplier, temp"
        )
    if not equal_var:
        return welch_result(inputs.groups(ctx, inv, minimum_groups=2, minimum_size=2, what="Welch's ANOVA"), alpha, inv)
    groups = inputs.groups(ctx, inv, minimum_groups=2, minimum_size=1, what="ANOVA")
    return oneway_result(groups, alpha, inv)


def oneway_result(groups: list[Sample], alpha: float, inv: Invocation) -> Result:
    """Run the exact one-way engine and shape its result."""
    n_total = sum(len(g) for g in groups)
    if n_total <= len(groups):
        raise StudyError(
            f"too few observations: {n_total} values in {len(groups)} groups leave no within-group degrees of freedom",
            pos=inv.pos,
            hint="at least one group needs two or more values",
        )
    res = oneway([g.values for g in groups])
    if res["f_statistic"] is None:
        raise StudyError("every group is constant: the within-group variance is zero and F is undefined", pos=inv.pos)
    return shaped_oneway(res, alpha, "one-way ANOVA", groups=groups)


def welch_result(groups: list[Sample], alpha: float, inv: Invocation) -> Result:
    """Welch's one-way ANOVA (unequal variances) of the groups, in the common test shape."""
    try:
        res = welch_oneway([g.values for g in groups])
    except ValueError as exc:
        raise StudyError(str(exc), pos=inv.pos, hint="Welch's ANOVA needs every group to vary") from None
    return shaped_welch(res, alpha, "Welch's ANOVA", groups=groups)


_SUMS_KEYS = ("ss_between", "ss_within", "k")


def _from_sums(ctx: Context, inv: Invocation, alpha: float, equal_var: bool) -> Result:
    """The classic one-way ANOVA table from ``ss_between=``, ``ss_within=``, ``k=`` groups and ``n=`` observations in
    all (no group's data, so no Welch's ANOVA)."""
    missing = [f"{key}=" for key in (*_SUMS_KEYS, "n") if inv.keyword(key) is None]
    if missing or inv.args or inv.keyword("groups") is not None or inv.keyword("mean") is not None:
        raise StudyError(f"an ANOVA from sums of squares takes ss_between=, ss_within=, k= and n= only"
                         f"{f' (missing {chr(44).join(missing)})' if missing else ''}",
                         pos=inv.pos, hint="e.g. test anova ss_between=84.6 ss_within=112.8 k=4 n=20")  # fmt: skip
    if not equal_var:
        raise StudyError("Welch's ANOVA needs each group's size, mean and sd, not pooled sums of squares", pos=inv.pos)
    k, n = ctx.integer(inv.keyword("k"), minimum=2), ctx.integer(inv.keyword("n"), minimum=3)
    if n <= k:
        raise StudyError(f"n= (observations in all) must exceed k= (groups): {n} <= {k}", inv.keyword("n"))
    between, within = ctx.decimal(inv.keyword("ss_between")), ctx.decimal(inv.keyword("ss_within"))
    if between < 0 or within <= 0:
        raise StudyError("ss_between= must not be negative and ss_within= must be positive", inv.keyword("ss_within"))
    res = oneway_from_sums(between, within, k, n)
    return shaped_oneway(res, alpha, "one-way ANOVA from sums of squares", extra={"k": k, "n": n})


def _from_summary(ctx: Context, inv: Invocation, alpha: float, equal_var: bool) -> Result:
    sizes, means, sds = summary_groups(ctx, inv)
    groups = [{"name": f"group {i + 1}", "n": n, "mean": float(m), "sd": float(s)}
              for i, (n, m, s) in enumerate(zip(sizes, means, sds, strict=True))]  # fmt: skip
    if equal_var:
        res = oneway_from_summary(sizes, means, sds)
        return shaped_oneway(res, alpha, "one-way ANOVA from summary statistics", extra={"groups": groups})
    try:
        res = welch_from_summary(sizes, means, sds)
    except ValueError as exc:
        raise StudyError(str(exc), inv.keyword("sd")) from None
    return shaped_welch(res, alpha, "Welch's ANOVA from summary statistics", extra={"groups": groups})


def shaped_welch(
    res: dict[str, Any],
    alpha: float,
    test: str,
    groups: list[Sample] | None = None,
    extra: dict[str, Any] | None = None,
) -> Result:
    """The common test shape of a Welch engine's ``res``: F*, df [k - 1, df2 (a float)], p; no effect size."""
    return test_result(
        "anova",
        test=test,
        assumptions=_WELCH_ASSUMPTIONS,
        statistic_name="F",
        statistic=res["f_statistic"],
        df=[res["df_numerator"], res["df_denominator"]],
        p_value=res["p_value"],
        alpha=alpha,
        groups=groups,
        extra={**res, "model": "one-way", "equal_var": False, **(extra or {})},
    )


def shaped_oneway(
    res: dict[str, Any],
    alpha: float,
    test: str,
    groups: list[Sample] | None = None,
    extra: dict[str, Any] | None = None,
) -> Result:
    """The common test shape (plus the one-way keys and ANOVA table) of a one-way engine's ``res``."""
    table = Table(
        "One-way ANOVA",
        ["source", "df", "SS", "MS", "F", "p"],
        [
            [
                "between groups",
                res["df_between"],
                res["ss_between"],
                res["ms_between"],
                res["f_statistic"],
                res["p_value"],
            ],
            ["within groups", res["df_within"], res["ss_within"], res["ms_within"], None, None],
            ["total", res["df_between"] + res["df_within"], res["ss_total"], None, None, None],
        ],
    )
    result = test_result(
        "anova",
        test=test,
        assumptions=_ONEWAY_ASSUMPTIONS,
        statistic_name="F",
        statistic=res["f_statistic"],
        df=[res["df_between"], res["df_within"]],
        p_value=res["p_value"],
        alpha=alpha,
        effect=("eta_squared", res["r_squared"]),
        groups=groups,
        extra={**res, "model": "one-way", "equal_var": True, "table": table.to_dict(), **(extra or {})},
    )
    result.tables.insert(0, table)
    return result


def _twoway(ctx: Context, inv: Invocation, by: By, alpha: float, interaction: bool = True) -> Result:
    if len(inv.args) != 2 or not isinstance(inv.args[0], Name):
        raise StudyError("write 'test anova response by factor_a, factor_b'", pos=inv.pos)
    response = inputs.sample(ctx, inv.args[0])
    fa, fb = by.groups
    a, b = inputs.labels(ctx, fa), inputs.labels(ctx, fb)
    if len(a) != len(response):
        raise StudyError("mismatched lengths between the response and the grouping columns", by)
    try:
        res = twoway(response.values, a, b, interaction)
    except ValueError as exc:
        hint = "a two-way model with interaction needs every cell, one replicated" if interaction else None
        raise StudyError(str(exc), by, hint=hint) from None
    names = {"A": fa.id, "B": fb.id, "AB": f"{fa.id}:{fb.id}"}
    terms = [{**row, "term": names[row["term"]]} for row in res["terms"]]
    rows: list[list[Any]] = [[t["term"], t["df"], t["ss"], t["ms"], t["f_statistic"], t["p_value"]] for t in terms]
    rows.append(["residual", res["df_error"], res["ss_error"], res["ms_error"], None, None])
    rows.append(["total", res["df_total"], res["ss_total"], None, None, None])
    title = "Two-way ANOVA (Type III sums of squares)" if interaction else "Additive two-way ANOVA (no interaction)"
    table = Table(title, ["source", "df", "SS", "MS", "F", "p"], rows)
    cells = [{fa.id: c["a"], fb.id: c["b"], "n": c["n"], "mean": c["mean"]} for c in res["cells"]]
    significant = [t["term"] for t in terms if t["p_value"] is not None and t["p_value"] <= alpha]
    data = {
        "test": "two-way ANOVA with interaction" if interaction else "additive two-way ANOVA (no interaction)",
        "model": "two-way" if interaction else "additive",
        "ss_type": "III",
        "assumptions": _ONEWAY_ASSUMPTIONS[:2] + ["equal variances in every cell"],
        "response": response.label,
        "factors": [fa.id, fb.id],
        "levels": {fa.id: res["levels"][0], fb.id: res["levels"][1]},
        "balanced": res["balanced"],
        "alpha": alpha,
        "terms": terms,
        "df_error": res["df_error"],
        "ss_error": res["ss_error"],
        "ms_error": res["ms_error"],
        "df_total": res["df_total"],
        "ss_total": res["ss_total"],
        "r_squared": res["r_squared"],
        "residual_sd": res["residual_sd"],
        "significant": significant,
        "cells": cells,
        "table": table.to_dict(),
    }
    if not interaction:  # the treatment (the first factor) tested against the error left after the blocks
        treatment, p_value = terms[0], terms[0]["p_value"]
        reject = p_value is not None and p_value <= alpha
        data.update(statistic_name=f"F({fa.id})", statistic=treatment["f_statistic"], f_statistic=treatment["f_statistic"],
                    p_value=p_value, df=[treatment["df"], res["df_error"]], reject_null=reject,
                    block_f=terms[1]["f_statistic"], block_p=terms[1]["p_value"])  # fmt: skip
    notes = [
        "Type III (adjusted) sums of squares with sum-to-zero coding: each term is adjusted for all others.",
        "Assumes independent observations, normal residuals and equal variances in every cell.",
    ]
    if not res["balanced"]:
        notes.append("Unbalanced design: the Type III sums of squares need not add up to the total.")
    cell_table = Table(
        "Cell means", [fa.id, fb.id, "n", "mean"], [[c[fa.id], c[fb.id], c["n"], c["mean"]] for c in cells]
    )
    summary = f"Two-way ANOVA of {response.label}: significant at alpha={alpha:g}: {', '.join(significant) or 'none'}."
    return Result("anova", data, [table, cell_table], notes, summary)
