"""Plot kinds ``chart`` (the last control chart) and ``histogram`` (the last capability study)."""

from __future__ import annotations

from typing import Any

import numpy as np

from plugins.api import Context, Invocation, Result, StudyError
from plugins.api.figures import figure_format, new_figure, save_figure
from plugins.spc import charts

MAX_LABELS = 40  # rule labels drawn on a chart; beyond that the points stay marked but unlabelled
X_LABEL = {"xbar_r": "subgroup", "xbar_s": "subgroup", "ewma": "subgroup", "cusum": "subgroup", "imr": "observation"}
TITLE = {
    "Xbar": "X-bar chart",
    "R": "R chart",
    "S": "S chart",
    "I": "Individuals chart",
    "MR": "Moving-range chart",
    "p": "p chart",
    "np": "np chart",
    "c": "c chart",
    "u": "u chart",
    "EWMA": "EWMA chart",
    "C+": "CUSUM chart",
}
Y_LABEL = {
    "Xbar": "subgroup mean",
    "R": "subgroup range",
    "S": "subgroup std. dev.",
    "MR": "moving range",
    "p": "proportion nonconforming",
    "np": "number nonconforming",
    "c": "nonconformities",
    "u": "nonconformities per unit",
    "EWMA": "EWMA",
}
LIMIT_COLOR, CENTER_COLOR, POINT_COLOR, ALARM_COLOR = "#c0392b", "#2e7d32", "#1f4e79", "#d62728"


def _stem(ctx: Context, inv: Invocation, default: str) -> str:
    node = inv.keyword("file")
    return ctx.string(node).rsplit(".", 1)[0] if node is not None else default


def chart_plot(ctx: Context, inv: Invocation) -> Result:
    """``plot chart``: the last chart, limits and zones drawn, violations marked with their rule."""
    inv.check_keywords({"format", "file"})
    chart = ctx.plugin_state("spc").get("chart")
    if chart is None:
        raise StudyError("'plot chart' needs a chart first", inv.kind_node, hint="add a line such as: chart xbar_r")
    fmt = figure_format(ctx, inv)
    shown = [chart.panels[0]] if chart.kind == "cusum" else chart.panels
    fig, ax = new_figure(9.0, 3.4 + 2.6 * len(shown))
    ax.remove()
    axes = np.atleast_1d(fig.subplots(len(shown), 1, sharex=True))
    x = np.arange(1, chart.panels[0].statistic.size + 1)
    if chart.kind == "cusum":
        _draw_cusum(axes[0], x, chart)
    column = chart.extras.get("column", "")
    if chart.kind != "cusum":
        zoned = chart.extras.get("ruleset") not in ("none", "ewma")
        for i, (axis, panel) in enumerate(zip(axes, shown, strict=True)):
            ylabel = column if panel.name == "I" else Y_LABEL.get(panel.name, panel.name)
            _draw_panel(axis, x, panel, zones=i == 0 and zoned, ylabel=ylabel)
    title = f"{TITLE[chart.panels[0].name]} of {column}" if column else TITLE[chart.panels[0].name]
    if len(shown) > 1:
        title += f" with {TITLE[shown[1].name]}"
    fig.suptitle(f"{ctx.title}\n{title}" if ctx.title else title, fontsize=12)
    axes[-1].set_xlabel(X_LABEL.get(chart.kind, "sample"))
    path = save_figure(ctx, fig, _stem(ctx, inv, f"chart_{chart.kind}"), fmt)
    return Result("plot_chart", {"file": str(path), "chart": chart.kind}, outputs=[path])


def _limit_line(axis: Any, x: np.ndarray, y: np.ndarray, **style: Any) -> None:
    if np.all(y == y[0]):
        axis.axhline(y[0], **style)
    else:
        axis.plot(x, y, drawstyle="steps-mid", **style)


def _draw_panel(axis: Any, x: np.ndarray, panel: charts.Panel, zones: bool, ylabel: str) -> None:
    stat = panel.statistic
    if zones:
        for k, shade in ((2, 0.06), (1, 0.10)):
            axis.fill_between(
                x,
                panel.center - k * panel.sigma,
                panel.center + k * panel.sigma,
                color=CENTER_COLOR,
                alpha=shade,
                linewidth=0,
                step="mid",
                label="±1σ, ±2σ zones" if k == 2 else None,
            )
    axis.plot(x, stat, color=POINT_COLOR, marker="o", markersize=3.5, linewidth=1, label=ylabel)
    _limit_line(axis, x, panel.center, color=CENTER_COLOR, linewidth=1.2, label="centre line")
    _limit_line(axis, x, panel.ucl, color=LIMIT_COLOR, linestyle="--", linewidth=1.2, label="control limits")
    _limit_line(axis, x, panel.lcl, color=LIMIT_COLOR, linestyle="--", linewidth=1.2)
    _mark_violations(axis, x, stat, panel)
    _edge_labels(axis, panel)
    axis.set_ylabel(ylabel)
    axis.grid(alpha=0.25)
    axis.legend(loc="upper left", fontsize=8, framealpha=0.9, ncols=5)
    axis.margins(x=0.02, y=0.18)


def _mark_violations(axis: Any, x: np.ndarray, stat: np.ndarray, panel: charts.Panel) -> None:
    if panel.check is None or not panel.check.labels.any():
        return
    flagged = np.flatnonzero(panel.check.labels)
    axis.plot(
        x[flagged],
        stat[flagged],
        linestyle="none",
        marker="o",
        markersize=7,
        markerfacecolor="none",
        markeredgecolor=ALARM_COLOR,
        markeredgewidth=1.5,
        label="out of control (number: rule)",
    )
    above = stat[flagged] >= panel.center[flagged]
    for idx, up in zip(flagged[:MAX_LABELS], above[:MAX_LABELS], strict=False):
        axis.annotate(
            str(int(panel.check.labels[idx])),
            (x[idx], stat[idx]),
            textcoords="offset points",
            xytext=(0, 7 if up else -13),
            ha="center",
            fontsize=8,
            color=ALARM_COLOR,
            fontweight="bold",
        )


def _edge_labels(axis: Any, panel: charts.Panel) -> None:
    """UCL / CL / LCL values written just outside the right edge of the plotting area."""
    transform = axis.get_yaxis_transform()
    for name, values in (("UCL", panel.ucl), ("CL", panel.center), ("LCL", panel.lcl)):
        axis.text(
            1.005,
            values[-1],
            f"{name} {values[-1]:.5g}",
            transform=transform,
            fontsize=7.5,
            va="center",
            color=CENTER_COLOR if name == "CL" else LIMIT_COLOR,
            clip_on=False,
        )


def _draw_cusum(axis: Any, x: np.ndarray, chart: charts.Chart) -> None:
    upper, lower = chart.panels
    axis.plot(x, upper.statistic, color=POINT_COLOR, marker="o", markersize=3.5, linewidth=1, label="C+")
    axis.plot(
        x, -lower.statistic, color="#7f3f98", marker="s", markersize=3.5, linewidth=1, label="C- (plotted below 0)"
    )
    axis.axhline(0.0, color=CENTER_COLOR, linewidth=1.2)
    _limit_line(
        axis,
        x,
        upper.ucl,
        color=LIMIT_COLOR,
        linestyle="--",
        linewidth=1.2,
        label=f"decision interval ±h, h = {chart.extras['h']:g} σ/√n",
    )
    _limit_line(axis, x, -lower.ucl, color=LIMIT_COLOR, linestyle="--", linewidth=1.2)
    signal = np.flatnonzero(upper.check.labels) if upper.check is not None else np.zeros(0, dtype=int)
    if signal.size:
        hi = np.where(upper.statistic[signal] > upper.ucl[signal], upper.statistic[signal], -lower.statistic[signal])
        axis.plot(
            x[signal],
            hi,
            linestyle="none",
            marker="o",
            markersize=7,
            markerfacecolor="none",
            markeredgecolor=ALARM_COLOR,
            markeredgewidth=1.5,
            label="signal",
        )
    axis.set_ylabel("cumulative sum")
    axis.grid(alpha=0.25)
    axis.legend(loc="upper left", fontsize=8, ncols=4)
    axis.margins(x=0.02, y=0.18)


def histogram_plot(ctx: Context, inv: Invocation) -> Result:
    """``plot histogram``: the capability data with LSL/USL/target and the fitted normals."""
    from scipy import stats

    inv.check_keywords({"format", "file"})
    cap = ctx.plugin_state("spc").get("capability")
    if cap is None:
        raise StudyError(
            "'plot histogram' needs a capability study first",
            inv.kind_node,
            hint="add a line such as: capability lsl=9.95 usl=10.05",
        )
    fmt = figure_format(ctx, inv)
    values, mean = cap["values"], cap["mean"]
    fig, ax = new_figure(10.0, 5.0)
    bins = int(np.clip(np.sqrt(values.size), 8, 60))
    ax.hist(values, bins=bins, density=True, color="#9ecae1", edgecolor="white", label=f"data (n = {values.size})")
    marks = [v for v in (cap["lsl"], cap["usl"], cap["target"]) if v is not None]
    spread = 4.0 * max(cap["sigma_within"], cap["sigma_overall"])
    grid = np.linspace(min([values.min(), mean - spread, *marks]), max([values.max(), mean + spread, *marks]), 400)
    ax.plot(
        grid,
        stats.norm.pdf(grid, mean, cap["sigma_within"]),
        color=POINT_COLOR,
        linewidth=1.8,
        label=f"normal, within σ = {cap['sigma_within']:.4g}",
    )
    ax.plot(
        grid,
        stats.norm.pdf(grid, mean, cap["sigma_overall"]),
        color="#7f3f98",
        linewidth=1.5,
        linestyle="--",
        label=f"normal, overall σ = {cap['sigma_overall']:.4g}",
    )
    for name, value, color, style in (
        ("LSL", cap["lsl"], LIMIT_COLOR, "--"),
        ("USL", cap["usl"], LIMIT_COLOR, "--"),
        ("target", cap["target"], CENTER_COLOR, ":"),
    ):
        if value is not None:
            ax.axvline(value, color=color, linestyle=style, linewidth=1.5)
            ax.text(
                value,
                1.01,
                f"{name}\n{value:.5g}",
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="bottom",
                fontsize=8,
                color=color,
            )
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=8, borderaxespad=0.0)
    ax.text(
        1.02,
        0.62,
        _index_text(cap),
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=8.5,
        family="monospace",
        bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": "#bbbbbb"},
    )
    ax.set_xlabel(cap.get("column") or "value")
    ax.set_ylabel("density")
    ax.margins(x=0.04)
    title = "Process capability"
    fig.suptitle(f"{ctx.title}: {title}" if ctx.title else title, fontsize=12)
    path = save_figure(ctx, fig, _stem(ctx, inv, "capability_histogram"), fmt)
    return Result("plot_histogram", {"file": str(path)}, outputs=[path])


def _index_text(cap: dict[str, Any]) -> str:
    lines = [
        f"{name:<4} {v['value']:6.3f}"
        for name, v in cap["indices"].items()
        if name in ("Cp", "Cpk", "Pp", "Ppk", "Cpm")
    ]
    p = cap["normality"]["p_value"]
    lines.append("")
    lines.append("normality (Anderson-Darling)")
    lines.append(f"p = {p:.3f}" if p >= 0.001 else "p < 0.001")
    return "\n".join(lines)
