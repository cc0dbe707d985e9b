"""``power precision``: the sample size that estimates a mean or a proportion to within a margin of error.

Mean (``sd=``): n = ceil((z sd / E)^2) with z = the two-sided normal quantile at ``conf=`` (sigma known);
``method="t"`` instead takes the smallest n with t(n-1) sd / sqrt(n) <= E (sd estimated from a pilot).
Proportion (``p=`` or ``parameter="proportion"``): n = ceil(z^2 p (1 - p) / E^2), with p = 0.5 (the
largest n) when no expected proportion is given. Give ``margin=`` to solve n, or ``n=`` for the margin.
"""

from __future__ import annotations

import math

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.stats import inputs

_KEYWORDS = {"margin", "n", "sd", "p", "parameter", "conf", "method"}


def precision(ctx: Context, inv: Invocation) -> Result:
    """``power precision margin= | n=  sd= [method="z"|"t"] | p= | parameter="proportion"  [conf=0.95]``."""
    inv.check_keywords(_KEYWORDS)
    inv.check_positional(0, "name=value arguments only")
    conf = inputs.conf(ctx, inv)
    parameter = _parameter(ctx, inv)
    method = inputs.choice(ctx, inv, "method", ("z", "t"), "z")
    if method == "t" and parameter == "proportion":
        raise StudyError('method="t" is for a mean (sd=); a proportion uses the normal approximation', pos=inv.pos)
    margin_node, n_node = inv.keyword("margin"), inv.keyword("n")
    if (margin_node is None) == (n_node is None):
        raise StudyError("give margin= (to solve n) or n= (to solve the margin), not both or neither", pos=inv.pos,
                         hint="e.g. power precision margin=0.5 sd=2 conf=0.95")  # fmt: skip
    notes, given = [], {}
    if parameter == "mean":
        given["sd"] = spread = _positive(ctx, inv, "sd")
        notes.append("sigma treated as known (z)" if method == "z" else "sd estimated: t quantile with n - 1 df")
    else:
        given["p"] = p = inputs.probability(ctx, inv, "p")
        if p is None:
            given["p"] = p = 0.5
            notes.append("no expected proportion given: p = 0.5, which gives the largest n")
        spread = math.sqrt(p * (1 - p))
    z = _quantile(conf)
    if margin_node is not None:
        margin = _positive(ctx, inv, "margin")
        n = _smallest_n(spread, margin, conf, method)
    else:
        n = ctx.integer(n_node, minimum=2)
        margin = None
    achieved = _quantile(conf, n - 1 if method == "t" else None) * spread / math.sqrt(n)
    data = {"parameter": parameter, "method": method, "conf": conf, "z": z, **given, "margin": margin,
            "achieved_margin": achieved, "n": n, "n_total": n, "solved_for": "n" if margin is not None else "margin"}  # fmt: skip
    test = f"margin of error for a {parameter}"
    rows = [[k, v] for k, v in data.items() if v is not None]
    summary = f"{test}: n = {n} gives +/- {achieved:.4g} at {conf:.4g} confidence."
    return Result("power_precision", {"test": test, **data}, [Table(f"Sample size: {test}", ["quantity", "value"], rows)],
                  notes, summary)  # fmt: skip


def _parameter(ctx: Context, inv: Invocation) -> str:
    """ "mean" (sd=) or "proportion" (p=), from ``parameter=`` or from which of them is given."""
    has_sd, has_p = inv.keyword("sd") is not None, inv.keyword("p") is not None
    if has_sd and has_p:
        raise StudyError("give sd= (a mean) or p= (a proportion), not both", pos=inv.pos)
    if inv.keyword("parameter") is not None:
        parameter = inputs.choice(ctx, inv, "parameter", ("mean", "proportion"), "mean")
    elif has_sd or has_p:
        parameter = "mean" if has_sd else "proportion"
    else:
        raise StudyError('give sd= (a mean) or p= (a proportion; parameter="proportion" alone assumes p = 0.5)',
                         pos=inv.pos)  # fmt: skip
    if parameter == "mean" and not has_sd:
        raise StudyError("the margin of error of a mean needs sd=", pos=inv.pos)
    if parameter == "proportion" and has_sd:
        raise StudyError("a proportion takes p= (its expected value), not sd=", inv.keyword("sd"))
    return parameter


def _positive(ctx: Context, inv: Invocation, key: str) -> float:
    value = ctx.number(inv.keyword(key))
    if not value > 0:
        raise StudyError(f"{key} must be positive, found {value:g}", inv.keyword(key))
    return value


def _quantile(conf: float, df: int | None = None) -> float:
    """The two-sided quantile for ``conf``: normal, or t with ``df`` degrees of freedom."""
    from scipy import stats

    level = 1 - (1 - conf) / 2
    return float(stats.norm.ppf(level) if df is None else stats.t.ppf(level, df))


def _smallest_n(spread: float, margin: float, conf: float, method: str) -> int:
    """The smallest n whose margin, quantile x spread / sqrt(n), is at most ``margin``."""
    n = max(2, math.ceil((_quantile(conf) * spread / margin) ** 2 - 1e-9))  # the z answer; t needs more
    if n > 1e9:
        raise StudyError("the margin is too small for any practical sample size (n > 1e9)")
    while _quantile(conf, n - 1 if method == "t" else None) * spread / math.sqrt(n) > margin:
        n += 1
    return n
