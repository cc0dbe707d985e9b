"""The ``chart`` verb: builds a control chart of the statement's kind and reports it."""

from __future__ import annotations

from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Name, Result, String, StudyError, Table
from plugins.spc import charts, constants
from plugins.spc.inputs import Series, baseline_table, current_table, read_series
from plugins.spc.rules import DESCRIPTIONS, NELSON8, RULESETS, check

COMMON = {"column", "subgroup", "limits_from", "center"}
DATA_SHAPE = {"n", "size"}
RULE_WORDS = {"rules", "tests", "nelson8", "nsigmas"}
KEYWORDS: dict[str, set[str]] = {
    "xbar_r": COMMON | RULE_WORDS | {"sigma", "ucl", "lcl", "constants", "sigma_method"},
    "xbar_s": COMMON | RULE_WORDS | {"sigma", "ucl", "lcl", "constants", "sigma_method"},
    "imr": COMMON | RULE_WORDS | {"sigma", "ucl", "lcl", "constants", "sigma_method"},
    "p": COMMON | RULE_WORDS | DATA_SHAPE | {"ucl", "lcl"},
    "np": COMMON | RULE_WORDS | DATA_SHAPE | {"ucl", "lcl"},
    "c": COMMON | RULE_WORDS | {"ucl", "lcl"},
    "u": COMMON | RULE_WORDS | DATA_SHAPE | {"ucl", "lcl"},
    "ewma": COMMON | {"sigma", "constants", "sigma_method", "lambda", "L"},
    "cusum": COMMON | {"sigma", "constants", "sigma_method", "k", "h"},
}
DEFAULT_SIGMA = {"xbar_r": "range", "xbar_s": "sbar", "imr": "mr"}
STATISTIC = {
    "xbar_r": "subgroup mean",
    "xbar_s": "subgroup mean",
    "imr": "individual value",
    "p": "proportion nonconforming",
    "np": "number nonconforming",
    "c": "nonconformities per sample",
    "u": "nonconformities per unit",
    "ewma": "exponentially weighted moving average",
    "cusum": "cumulative sums C+ and C-",
}


def chart(ctx: Context, inv: Invocation) -> Result:
    """``chart KIND [name=value ...]``: dispatch to the registered chart kind."""
    return ctx.registry.kinds_of("chart")[inv.kind].load()(ctx, inv)


def build(ctx: Context, inv: Invocation) -> Result:
    """Handler of every built-in chart kind: read, estimate or take limits, check rules, report."""
    kind = inv.kind
    inv.check_keywords(KEYWORDS[kind])
    inv.check_positional(0, "only name=value arguments")
    table = current_table(ctx, inv)
    attribute = kind in charts.ATTRIBUTES
    series = read_series(ctx, inv, table, attribute)
    mode = _choice(ctx, inv, "constants", constants.MODES, "exact")
    method = _sigma_method(ctx, inv, series)
    limits, source = _limits(ctx, inv, table, series, attribute, method, mode)
    chart = _draw(ctx, inv, series, limits, mode)
    _stated_limits(ctx, inv, chart)
    ruleset = _check_rules(ctx, inv, chart)
    chart.extras.update(
        column=series.column, limits_source=source, constants=mode, ruleset=ruleset, sigma_estimator=method or None
    )
    ctx.plugin_state("spc")["chart"] = chart
    return report(chart)


def _choice(ctx: Context, inv: Invocation, name: str, allowed: tuple[str, ...], default: str) -> str:
    node = inv.keyword(name)
    if node is None:
        return default
    value = node.id if isinstance(node, Name) else ctx.string(node)
    if value not in allowed:
        raise StudyError(f"unknown {name} '{value}'", node, hint=f"one of: {', '.join(allowed)}")
    return value


def _sigma_method(ctx: Context, inv: Invocation, series: Series) -> str:
    if inv.kind in charts.ATTRIBUTES:
        return ""
    grouped = bool(np.any(series.sizes > 1))
    allowed = ("range", "sbar", "sd") if grouped else ("mr", "sd")
    default = DEFAULT_SIGMA.get(inv.kind, "range" if grouped else "mr")
    if inv.kind in ("xbar_r", "xbar_s") and series.sizes.min() < 2:
        single = int(np.argmin(series.sizes)) + 1
        raise StudyError(
            f"'chart {inv.kind}' needs subgroups of 2 or more values"
            + (f"; subgroup {single} has only one" if grouped else ""),
            pos=inv.pos,
            hint="add subgroup=5 (a size) or subgroup=NAME (a column of ids); for single values use chart imr",
        )
    if inv.kind == "imr" and grouped:
        raise StudyError(
            "'chart imr' charts single values, but the data are in subgroups",
            pos=inv.pos,
            hint="use chart xbar_r, or drop subgroup=",
        )
    return _choice(ctx, inv, "sigma_method", allowed, default)


def _limits(
    ctx: Context, inv: Invocation, table: Any, series: Series, attribute: bool, method: str, mode: str
) -> tuple[charts.Limits, str]:
    """Phase I (from the data), phase II from a baseline (limits_from=), or stated (center= sigma=)."""
    base_node = inv.keyword("limits_from")
    data = series
    source = "data (phase I)"
    if base_node is not None:
        data = read_series(ctx, inv, baseline_table(ctx, base_node, table), attribute)
        source = f"baseline {base_node.value}" if isinstance(base_node, String) else f"baseline rows {base_node.id}"
    try:
        if attribute:
            limits = charts.estimate_attribute(inv.kind, data.values, data.sizes)
        else:
            limits = charts.estimate_variables(data.values, data.starts, method, mode)
    except ValueError as exc:
        raise StudyError(str(exc), pos=inv.pos) from None
    center, sigma = inv.keyword("center"), inv.keyword("sigma")
    stated = []
    if center is not None:
        stated.append("centre")
        limits.center = ctx.number(center)
        if attribute:  # the unit's standard deviation follows from the stated rate
            rate_ok = 0 < limits.center < 1 if inv.kind in ("p", "np") else limits.center > 0
            if not rate_ok:
                what = "a proportion between 0 and 1" if inv.kind in ("p", "np") else "a positive rate"
                raise StudyError(f"center= for a {inv.kind} chart must be {what}", center)
            limits = charts.estimate_attribute(inv.kind, np.array([limits.center]), np.ones(1))
    if sigma is not None:
        stated.append("sigma")
        limits.sigma = ctx.number(sigma)
        if limits.sigma <= 0:
            raise StudyError("sigma must be positive", sigma)
        limits.sigma_method = "stated"
    if stated:
        source = f"stated {' and '.join(stated)}" + (f", the rest from {source}" if len(stated) == 1 else "")
    return limits, source


def _number(ctx: Context, inv: Invocation, name: str, default: float, low: float, high: float | None = None) -> float:
    """A numeric keyword that must lie in (low, high]."""
    node = inv.keyword(name)
    if node is None:
        return default
    value = ctx.number(node)
    if value <= low or (high is not None and value > high):
        bound = f"above {low:g}" + (f" and at most {high:g}" if high is not None else "")
        raise StudyError(f"{name} must be {bound}, got {value:g}", node)
    return value


def _reference_value(ctx: Context, inv: Invocation) -> float:
    """CUSUM's k: zero or more standard errors."""
    node = inv.keyword("k")
    if node is None:
        return 0.5
    value = ctx.number(node)
    if value < 0:
        raise StudyError(f"k must be zero or more, got {value:g}", node, hint="k is usually half the shift to detect")
    return value


def _draw(ctx: Context, inv: Invocation, series: Series, limits: charts.Limits, mode: str) -> charts.Chart:
    """The chart's panels from the series and its limits; ``extras`` records the chart's parameters."""
    kind = inv.kind
    values, starts = series.values, series.starts
    if kind in ("ewma", "cusum"):
        means = charts.subgroup_stats(values, starts).means if series.sizes.max() > 1 else values
        if kind == "ewma":
            lam = _number(ctx, inv, "lambda", 0.2, 0.0, 1.0)
            width = _number(ctx, inv, "L", 3.0, 0.0)
            panels = [charts.ewma_panel(means, series.sizes, limits, lam, width)]
            extras = {"lambda": lam, "L": width, "nsigmas": width}
        else:
            k, h = _reference_value(ctx, inv), _number(ctx, inv, "h", 5.0, 0.0)
            panels = charts.cusum_panels(means, series.sizes, limits, k, h)
            extras = {"k": k, "h": h, "nsigmas": h}
        return charts.Chart(kind, limits, series.sizes, panels, values, starts, extras)
    nsigmas = _number(ctx, inv, "nsigmas", 3.0, 0.0)
    if kind in charts.ATTRIBUTES:
        panels = [charts.attribute_panel(kind, values, series.sizes, limits, nsigmas)]
    elif kind == "imr":
        panels = charts.imr_panels(values, limits, nsigmas, mode)
    else:
        panels = charts.xbar_panels(values, starts, limits, "range" if kind == "xbar_r" else "sbar", nsigmas, mode)
    return charts.Chart(kind, limits, series.sizes, panels, values, starts, {"nsigmas": nsigmas})


def _stated_limits(ctx: Context, inv: Invocation, chart: charts.Chart) -> None:
    """``ucl= lcl=`` replace the first panel's limits; zones then come from (ucl - lcl) / (2 nsigmas)."""
    ucl, lcl = inv.keyword("ucl"), inv.keyword("lcl")
    if ucl is None and lcl is None:
        return
    if ucl is None or lcl is None:
        raise StudyError("give both ucl= and lcl=", ucl or lcl, hint="e.g. ucl=10.03 lcl=9.97")
    high, low = ctx.number(ucl), ctx.number(lcl)
    if high <= low:
        raise StudyError(f"ucl ({high}) must be above lcl ({low})", ucl)
    panel = chart.panels[0]
    shape = panel.statistic.shape
    if inv.keyword("center") is None:
        panel.center = np.full(shape, (high + low) / 2.0)
    panel.ucl, panel.lcl = np.full(shape, high), np.full(shape, low)
    panel.sigma = np.full(shape, (high - low) / (2.0 * chart.extras["nsigmas"]))


def _check_rules(ctx: Context, inv: Invocation, chart: charts.Chart) -> str:
    """Western Electric / Nelson on the first panel of a Shewhart chart; limit crossings elsewhere."""
    nsigmas = chart.extras["nsigmas"]
    if inv.kind in ("ewma", "cusum"):
        first = chart.panels[0]
        beyond = np.logical_or.reduce([charts.outside(p) for p in chart.panels])
        first.check = check(np.zeros(first.statistic.size), "western_electric", [1], nsigmas, beyond=beyond)
        return inv.kind
    ruleset = _choice(ctx, inv, "rules", tuple(RULESETS), "western_electric")
    nelson8 = _choice(ctx, inv, "nelson8", NELSON8, "both")
    tests = _tests(ctx, inv, ruleset)
    if ruleset == "none":  # no run rules: only the control limits themselves signal
        ruleset_used, tests = "western_electric", [1]
    else:
        ruleset_used = ruleset
    charts.apply_rules(chart.panels[0], ruleset_used, tests, nsigmas, nelson8)
    for panel in chart.panels[1:]:
        charts.apply_rules(panel, ruleset_used, [1], nsigmas, nelson8)
    return ruleset


def _tests(ctx: Context, inv: Invocation, ruleset: str) -> list[int] | None:
    node = inv.keyword("tests")
    if node is None:
        return None
    known = RULESETS[ruleset]
    numbers = [int(v) for v in ctx.numbers(node)]
    for value in numbers:
        if value not in known:
            raise StudyError(
                f"rule {value} is not one of the {ruleset} rules",
                node,
                hint=f"{ruleset} rules are numbered {', '.join(map(str, known)) or '(none)'}",
            )
    return numbers


# ---- reporting -----------------------------------------------------------------------------------
def compact(values: np.ndarray) -> Any:
    """A scalar when every point shares the value (constant limits), else the list."""
    finite = values[np.isfinite(values)]
    if finite.size == values.size and finite.size and np.all(finite == finite[0]):
        return float(finite[0])
    return values


def panel_data(panel: charts.Panel, ruleset: str) -> dict[str, Any]:
    """The JSON form of one panel."""
    out: dict[str, Any] = {
        "name": panel.name,
        "statistic": panel.statistic,
        "center": compact(panel.center),
        "lcl": compact(panel.lcl),
        "ucl": compact(panel.ucl),
        "sigma_statistic": compact(panel.sigma),
    }
    if panel.check is not None:
        points, rules = panel.check.violations()
        names = DESCRIPTIONS.get(ruleset, DESCRIPTIONS["western_electric"])
        out["violations"] = [
            {"point": int(p), "rule": int(r), "description": names[int(r)]} for p, r in zip(points, rules, strict=True)
        ]
        out["labels"] = [int(v) or None for v in panel.check.labels]
    return out


def report(chart: charts.Chart) -> Result:
    """The chart's Result: the first panel's fields at the top level, the others under ``secondary``."""
    ruleset = chart.extras["ruleset"]
    shown = {k: v for k, v in chart.extras.items() if k != "ruleset"}
    panels = [panel_data(p, ruleset if i == 0 else "western_electric") for i, p in enumerate(chart.panels)]
    first = panels[0]
    sizes = compact(chart.sizes.astype(float))
    data: dict[str, Any] = {
        "chart": chart.kind,
        "column": chart.extras["column"],
        "statistic_name": STATISTIC[chart.kind],
        "points": int(chart.panels[0].statistic.size),
        "n": int(sizes) if isinstance(sizes, float) and sizes.is_integer() else sizes,
        **{k: first[k] for k in ("center", "lcl", "ucl", "statistic", "sigma_statistic")},
        "process_center": chart.limits.center,
        "sigma": chart.limits.sigma,
        "sigma_method": chart.limits.sigma_method,
        "rules": ruleset,
        "violations": first.get("violations", []),
        "labels": first.get("labels", []),
        "out_of_control": sorted({v["point"] for p in panels for v in p.get("violations", [])}),
        "secondary": panels[1:],
        **shown,
    }
    if chart.kind in ("xbar_r", "xbar_s", "imr") and np.all(chart.sizes == chart.sizes[0]):
        n = int(chart.sizes[0]) if chart.kind != "imr" else 2
        data["factors"] = constants.factors(n, chart.extras["constants"], chart.extras["nsigmas"])
    return Result(
        "control_chart",
        data,
        tables=_tables(chart, panels),
        notes=_notes(chart, panels),
        summary=_summary(chart, panels),
    )


def _fmt(value: Any) -> str:
    return f"{value:.6g}" if isinstance(value, float) else "varies"


def _tables(chart: charts.Chart, panels: list[dict[str, Any]]) -> list[Table]:
    rows = [
        [p["name"], _fmt(p["lcl"]), _fmt(p["center"]), _fmt(p["ucl"]), len(p.get("violations", []))] for p in panels
    ]
    tables = [Table(f"{chart.kind} chart limits", ["panel", "LCL", "centre", "UCL", "violations"], rows)]
    flagged = [[p["name"], v["point"], v["rule"], v["description"]] for p in panels for v in p.get("violations", [])]
    if flagged:
        tables.append(Table("Out-of-control points", ["panel", "point", "rule", "description"], flagged[:50]))
    return tables


def _notes(chart: charts.Chart, panels: list[dict[str, Any]]) -> list[str]:
    notes = [
        f"limits from {chart.extras['limits_source']}; sigma = {chart.limits.sigma:.6g} ({chart.limits.sigma_method})"
    ]
    if chart.kind not in charts.ATTRIBUTES:
        notes.append(f"control-chart constants: {chart.extras['constants']}")
    if chart.kind == "imr" and chart.extras["constants"] == "table":
        notes.append(_exact_d2_note(chart))
    count = sum(len(p.get("violations", [])) for p in panels)
    if count > 50:
        notes.append(f"{count} violations: the table shows the first 50, the JSON lists all")
    return notes


def _exact_d2_note(chart: charts.Chart) -> str:
    """An I chart drawn with the printed d2(2) = 1.128: the limits the exact d2 = 2/sqrt(pi) gives beside them."""
    printed, exact = constants.d2(2, "table"), constants.d2(2)
    center, width = chart.limits.center, chart.extras["nsigmas"] * chart.limits.sigma * printed / exact
    return (f"d2 = {printed:g} as printed in the tables; the exact d2 = {exact:.6f} gives UCL {center + width:.8g}, "
            f"LCL {center - width:.8g}")  # fmt: skip


def _summary(chart: charts.Chart, panels: list[dict[str, Any]]) -> str:
    points = sorted({v["point"] for p in panels for v in p.get("violations", [])})
    if not points:
        return f"{chart.kind} chart: {panels[0]['statistic'].size} points, all in control."
    listed = ", ".join(map(str, points[:10])) + (" ..." if len(points) > 10 else "")
    return f"{chart.kind} chart: {len(points)} of {panels[0]['statistic'].size} points out of control ({listed})."
