"""The ``limits`` verb: control limits from summary statistics, without the data.

``limits xbar_r center=74.001 rbar=0.023 n=5`` gives the X-bar chart's centre line and limits
(grand mean -+ A2 R-bar) with the R chart's (D3 R-bar, D4 R-bar); ``xbar_s`` uses S-bar (A3, B3, B4);
``r`` and ``s`` give the dispersion chart alone. The attribute charts take the totals of a phase I
study (``limits p total=150 samples=25 n=200``: p-bar = 150/(25*200)) or the stated centre
(``limits p center=0.03 n=200``), and use the same engine as ``chart`` (lower limits floored at 0,
p and np capped at 1 and n).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Name, Result, StudyError, Table
from plugins.spc import charts, constants

_SHAPE = {"constants", "nsigmas"}
KEYWORDS: dict[str, set[str]] = {
    "xbar_r": {"center", "rbar", "n"} | _SHAPE,
    "xbar_s": {"center", "sbar", "n"} | _SHAPE,
    "r": {"rbar", "n"} | _SHAPE,
    "s": {"sbar", "n"} | _SHAPE,
    "p": {"center", "total", "samples", "n", "nsigmas"},
    "np": {"center", "total", "samples", "n", "nsigmas"},
    "c": {"center", "total", "samples", "nsigmas"},
    "u": {"center", "total", "samples", "n", "nsigmas"},
}
# the first panel's factor (times the dispersion) and the dispersion panel's: (centre, lower, upper)
_VARIABLES = {
    "xbar_r": ("rbar", "A2", "R", ("D3", "D4")),
    "xbar_s": ("sbar", "A3", "S", ("B3", "B4")),
    "r": ("rbar", None, "R", ("D3", "D4")),
    "s": ("sbar", None, "S", ("B3", "B4")),
}


def limits(ctx: Context, inv: Invocation) -> Result:
    """``limits KIND name=value ...``: dispatch to the registered kind."""
    return ctx.registry.kinds_of("limits")[inv.kind].load()(ctx, inv)


def build(ctx: Context, inv: Invocation) -> Result:
    """Handler of every built-in ``limits`` kind."""
    inv.check_keywords(KEYWORDS[inv.kind])
    inv.check_positional(0, "only name=value arguments")
    data = _variables(ctx, inv) if inv.kind in _VARIABLES else _attribute(ctx, inv)
    data["limits_source"] = "summary statistics"
    return Result("control_limits", data, tables=[_table(data)], notes=data.pop("notes"), summary=_summary(data))


def _positive(ctx: Context, inv: Invocation, name: str, required: bool = True) -> float | None:
    node = inv.keyword(name)
    if node is None:
        if required:
            raise StudyError(f"'limits {inv.kind}' needs {name}=", pos=inv.pos, hint=_HINTS[inv.kind])
        return None
    value = ctx.number(node)
    if not np.isfinite(value) or value <= 0:
        raise StudyError(f"{name} must be positive, got {value:g}", node)
    return value


def _nsigmas(ctx: Context, inv: Invocation) -> float:
    return _positive(ctx, inv, "nsigmas", required=False) or 3.0


def _panel(name: str, center: float, lcl: float, ucl: float) -> dict[str, Any]:
    return {"name": name, "center": center, "lcl": lcl, "ucl": ucl}


def _variables(ctx: Context, inv: Invocation) -> dict[str, Any]:
    spread_name, factor, panel_name, (low, high) = _VARIABLES[inv.kind]
    spread = _positive(ctx, inv, spread_name)
    size_node = inv.keyword("n")
    if size_node is None:
        raise StudyError(f"'limits {inv.kind}' needs the subgroup size n=", pos=inv.pos, hint=_HINTS[inv.kind])
    n = ctx.integer(size_node, minimum=2)
    mode_node = inv.keyword("constants")
    mode = "exact" if mode_node is None else (mode_node.id if isinstance(mode_node, Name) else ctx.string(mode_node))
    if mode not in constants.FACTOR_MODES:
        raise StudyError(f"unknown constants '{mode}'", mode_node, hint=f"one of: {', '.join(constants.FACTOR_MODES)}")
    nsigmas = _nsigmas(ctx, inv)
    try:
        table = constants.factors(n, mode, nsigmas)
    except ValueError as exc:
        raise StudyError(str(exc), mode_node) from None
    dispersion = _panel(panel_name, spread, table[low] * spread, table[high] * spread)
    used = {name: table[name] for name in (factor, low, high) if name is not None}
    sigma = spread / (table["d2"] if spread_name == "rbar" else table["c4"])
    notes = [f"sigma = {sigma:.6g} ({'R-bar/d2' if spread_name == 'rbar' else 'S-bar/c4'})"]
    if factor is None:
        first, secondary = dispersion, []
    else:
        center = ctx.number(_required(inv, "center"))
        width = table[factor] * spread
        first, secondary = _panel("Xbar", center, center - width, center + width), [dispersion]
        if mode == "printed":
            exact = constants.factors(n)[factor]
            notes.append(f"{factor} = {table[factor]:g} as printed in the factor tables; the exact {factor} = "
                         f"{exact:.6f} gives UCL {center + exact * spread:.8g}, LCL {center - exact * spread:.8g}")  # fmt: skip
    notes.append(f"control-chart constants: {mode}")
    return {"chart": inv.kind, "panel": first["name"], "n": n, "center": first["center"], "lcl": first["lcl"], "ucl": first["ucl"],
            spread_name: spread, "sigma": sigma, "sigma_method": "R-bar/d2" if spread_name == "rbar" else "S-bar/c4",
            "secondary": secondary, "factors": used, "constants": mode, "nsigmas": nsigmas, "notes": notes}  # fmt: skip


def _required(inv: Invocation, name: str) -> Any:
    node = inv.keyword(name)
    if node is None:
        raise StudyError(f"'limits {inv.kind}' needs {name}=", pos=inv.pos, hint=_HINTS[inv.kind])
    return node


def _attribute(ctx: Context, inv: Invocation) -> dict[str, Any]:
    """p-bar, c-bar or u-bar from the totals (or the stated centre), then the chart engine's limits for one sample."""
    kind = inv.kind
    n = 1.0 if kind == "c" else _positive(ctx, inv, "n")
    center_node = inv.keyword("center")
    total_node, samples_node = inv.keyword("total"), inv.keyword("samples")
    if center_node is not None and (total_node is not None or samples_node is not None):
        raise StudyError("give center= or total= with samples=, not both", center_node)
    if center_node is not None:
        rate, source = ctx.number(center_node), "stated centre"
    else:
        if total_node is None or samples_node is None:
            raise StudyError(f"'limits {kind}' needs total= and samples= (or center=)", pos=inv.pos, hint=_HINTS[kind])
        total, samples = ctx.number(total_node), ctx.integer(samples_node, minimum=1)
        if total < 0:
            raise StudyError(f"total must be zero or more, got {total:g}", total_node)
        rate = total / (samples * n)
        source = f"{total:g} in {samples} samples" + (f" of {n:g}" if kind != "c" else "")
    proportion = kind in ("p", "np")
    if not (0 < rate < 1 if proportion else rate > 0):
        what = "a proportion between 0 and 1" if proportion else "a positive rate"
        raise StudyError(f"the {kind} chart's centre must be {what}, got {rate:g}", center_node or total_node)
    if kind == "np" and not float(n).is_integer():
        raise StudyError(f"n must be a whole number of units for an np chart, got {n:g}", inv.keyword("n"))
    process = charts.estimate_attribute(kind, np.array([rate]), np.ones(1))
    nsigmas = _nsigmas(ctx, inv)
    panel = charts.attribute_panel(kind, np.array([np.nan]), np.array([n]), process, nsigmas)
    center, lcl, ucl = (float(a[0]) for a in (panel.center, panel.lcl, panel.ucl))
    raw_lcl = center - nsigmas * float(panel.sigma[0])
    notes = [f"{_BAR[kind]} = {rate:.6g} ({source}); sigma of one unit {process.sigma:.6g} ({process.sigma_method})"]
    if raw_lcl < lcl:
        notes.append(f"LCL {raw_lcl:.6g} is below 0 and is set to {lcl:g}")
    data = {"chart": kind, "panel": kind, "center": center, "lcl": lcl, "ucl": ucl, "process_center": rate,
            "sigma_statistic": float(panel.sigma[0]), "sigma": process.sigma, "sigma_method": process.sigma_method,
            "nsigmas": nsigmas, "notes": notes}  # fmt: skip
    if kind != "c":
        data["n"] = int(n) if float(n).is_integer() else n
    return data


_BAR = {"p": "p-bar", "np": "p-bar", "c": "c-bar", "u": "u-bar"}
_HINTS = {
    "xbar_r": "e.g. limits xbar_r center=74.001 rbar=0.023 n=5",
    "xbar_s": "e.g. limits xbar_s center=74.001 sbar=0.0094 n=5",
    "r": "e.g. limits r rbar=0.023 n=5",
    "s": "e.g. limits s sbar=0.0094 n=5",
    "p": "e.g. limits p total=150 samples=25 n=200, or limits p center=0.03 n=200",
    "np": "e.g. limits np total=150 samples=25 n=200, or limits np center=0.03 n=200",
    "c": "e.g. limits c total=200 samples=25, or limits c center=8",
    "u": "e.g. limits u total=180 samples=20 n=5 (units per sample), or limits u center=1.8 n=5",
}


def _rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [_panel(data["panel"], data["center"], data["lcl"], data["ucl"]), *data.get("secondary", [])]


def _table(data: dict[str, Any]) -> Table:
    rows = [[p["name"], f"{p['lcl']:.6g}", f"{p['center']:.6g}", f"{p['ucl']:.6g}"] for p in _rows(data)]
    return Table(f"{data['chart']} control limits (summary statistics)", ["chart", "LCL", "centre", "UCL"], rows)


def _summary(data: dict[str, Any]) -> str:
    first, *others = _rows(data)
    text = f"{first['name']} chart: centre {first['center']:.6g}, LCL {first['lcl']:.6g}, UCL {first['ucl']:.6g}"
    if factors := data.get("factors"):
        text += " (" + ", ".join(f"{k} = {v:.6g}" for k, v in factors.items()) + ")"
    for p in others:
        text += f"; {p['name']} chart: centre {p['center']:.6g}, LCL {p['lcl']:.6g}, UCL {p['ucl']:.6g}"
    return text + "."
