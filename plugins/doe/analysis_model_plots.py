"""Plot kinds drawn from a fitted model: contour, surface, residuals.

The model is the one the last ``analyze anova``/``analyze rsm`` fitted to the response, else the
default model (quadratic where estimable, else main + 2FI). Factors not on the axes are held at
their center, or at ``hold=[name == value, ...]`` in natural units (``hold="low"|"high"`` for all).
"""

from __future__ import annotations

import difflib

import numpy as np
from scipy import stats

from plugins.api import Compare, Context, Invocation, ListValue, Name, Result, String, StudyError
from plugins.api.figures import new_figure
from plugins.doe.analysis_data import design_region
from plugins.doe.analysis_models import ResponseModel, current_model
from plugins.doe.analysis_plotting import PlotJob, axis_label, finish, plot_job

GRID = 80


def _factor_index(job: PlotJob, node, what: str) -> int:
    names = [f.name for f in job.design.factors]
    name = node.id if isinstance(node, Name) else None
    if name is None or name not in names:
        near = difflib.get_close_matches(name or "", names, n=1)
        raise StudyError(
            f"{what} must name a factor" + (f", not '{name}'" if name else ""),
            node,
            hint=f"did you mean '{near[0]}'?" if near else f"factors: {', '.join(names)}",
        )
    if job.design.factors[names.index(name)].categorical:
        raise StudyError(f"{what} must be a continuous factor; '{name}' is categorical", node)
    return names.index(name)


def _axes(ctx: Context, inv: Invocation, job: PlotJob) -> tuple[int, int]:
    continuous = [j for j, f in enumerate(job.design.factors) if not f.categorical]
    picks = []
    for key, fallback in (("x", 0), ("y", 1)):
        node = inv.keyword(key)
        if node is not None:
            picks.append(_factor_index(job, node, f"{key}="))
        elif len(continuous) > fallback:
            picks.append(continuous[fallback])
    if len(picks) < 2 or picks[0] == picks[1]:
        raise StudyError(
            "a contour or surface needs two different continuous factors", pos=inv.pos, hint="name them: x=temp y=time"
        )
    return picks[0], picks[1]


def _held(ctx: Context, inv: Invocation, job: PlotJob) -> tuple[np.ndarray, list[str]]:
    """Coded settings of the factors off the axes, and their description for the title."""
    design = job.design
    base = np.zeros(len(design.factors))
    for j, f in enumerate(design.factors):
        if f.categorical:
            base[j] = float(np.asarray(design.coded, dtype=float)[:, j].min())
    node = inv.keyword("hold")
    if node is not None:
        value = ctx.resolve(node)
        if isinstance(value, String):
            where = {"low": -1.0, "center": 0.0, "high": 1.0}.get(value.value)
            if where is None:
                raise StudyError(f"unknown hold '{value.value}'", node, hint='hold="low", "center" or "high"')
            base[[j for j, f in enumerate(design.factors) if not f.categorical]] = where
        else:
            items = value.items if isinstance(value, ListValue) else (value,)
            for item in items:
                if not (isinstance(item, Compare) and item.op == "==" and isinstance(item.left, Name)):
                    raise StudyError('hold= takes settings like [gap == 1.0, gas == "CF4"]', item)
                j = _factor_index_any(job, item.left)
                factor = design.factors[j]
                right = ctx.resolve(item.right)
                real = ctx.string(right) if factor.categorical else ctx.number(right)
                base[j] = float(factor.to_coded(np.array([real], dtype=object if factor.categorical else float))[0])
    return base, [f"{f.name} = {_fmt(f.to_real(np.array([base[j]]))[0])}" for j, f in enumerate(design.factors)]


def _factor_index_any(job: PlotJob, node: Name) -> int:
    names = [f.name for f in job.design.factors]
    if node.id not in names:
        near = difflib.get_close_matches(node.id, names, n=1)
        raise StudyError(
            f"unknown factor '{node.id}' in hold=",
            node,
            hint=f"did you mean '{near[0]}'?" if near else f"factors: {', '.join(names)}",
        )
    return names.index(node.id)


def _fmt(value) -> str:
    return f"{value:.4g}" if isinstance(value, (float, np.floating)) else str(value)


def _surface_grid(ctx: Context, inv: Invocation, job: PlotJob):
    """Model, axes, real-unit meshes, predictions and the title tail."""
    model = current_model(ctx, job.design, job.response)
    ix, iy = _axes(ctx, inv, job)
    base, held = _held(ctx, inv, job)
    region = design_region(job.design)
    gx = np.linspace(region.low[ix], region.high[ix], GRID)
    gy = np.linspace(region.low[iy], region.high[iy], GRID)
    cx, cy = np.meshgrid(gx, gy)
    points = np.tile(base, (cx.size, 1))
    points[:, ix], points[:, iy] = cx.ravel(), cy.ravel()
    z = model.predict(points)
    factors = job.design.factors
    rx, ry = factors[ix].to_real(cx), factors[iy].to_real(cy)
    others = [h for j, h in enumerate(held) if j not in (ix, iy)]
    tail = f"model {model.model}" + (f"; held: {', '.join(others)}" if others else "")
    return model, ix, iy, rx, ry, z.reshape(cx.shape), tail


def contour(ctx: Context, inv: Invocation) -> Result:
    """Filled contours of the fitted response over x= and y=, with the design points."""
    job = plot_job(ctx, inv)
    model, ix, iy, rx, ry, z, tail = _surface_grid(ctx, inv, job)
    fig, ax = new_figure(7.0, 5.6)
    filled = ax.contourf(rx, ry, z, levels=14, cmap="viridis")
    lines = ax.contour(rx, ry, z, levels=filled.levels[::2], colors="white", linewidths=0.7)
    ax.clabel(lines, fontsize=8, fmt="%.4g")
    fig.colorbar(filled, ax=ax, label=f"predicted {job.title}")
    real = job.design.real()
    names = [f.name for f in job.design.factors]
    ax.scatter(
        np.asarray(real[names[ix]], dtype=float)[model.rows],
        np.asarray(real[names[iy]], dtype=float)[model.rows],
        color="black",
        s=18,
        marker="o",
        label="design points",
        zorder=3,
    )
    region = design_region(job.design)
    if region.shape == "sphere":
        angle = np.linspace(0, 2 * np.pi, 200)
        radius = region.radius or 0.0
        ax.plot(
            job.design.factors[ix].to_real(radius * np.cos(angle)),
            job.design.factors[iy].to_real(radius * np.sin(angle)),
            color="white",
            linestyle="--",
            linewidth=1.2,
            label=f"design region (radius {radius:.3g} coded)",
        )
    for limits, mesh in ((ax.set_xlim, rx), (ax.set_ylim, ry)):
        pad = 0.04 * float(mesh.max() - mesh.min())
        limits(float(mesh.min()) - pad, float(mesh.max()) + pad)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8, frameon=False)
    ax.set_xlabel(axis_label(job.design, ix))
    ax.set_ylabel(axis_label(job.design, iy))
    ax.set_title(f"Contours of {job.title}\n{tail}", fontsize=10)
    return finish(ctx, job, fig, "contour")


def surface(ctx: Context, inv: Invocation) -> Result:
    """3-D surface of the fitted response over x= and y=."""
    job = plot_job(ctx, inv)
    _, ix, iy, rx, ry, z, tail = _surface_grid(ctx, inv, job)
    fig, _ = new_figure(7.5, 6.0)
    fig.clear()
    ax = fig.add_subplot(projection="3d")
    ax.plot_surface(rx, ry, z, cmap="viridis", edgecolor="none", alpha=0.9)
    ax.set_xlabel(axis_label(job.design, ix), labelpad=8)
    ax.set_ylabel(axis_label(job.design, iy), labelpad=8)
    ax.set_zlabel(f"predicted {job.response}", labelpad=8)
    ax.set_title(f"Response surface of {job.title}\n{tail}", fontsize=10)
    return finish(ctx, job, fig, "surface")


def residuals(ctx: Context, inv: Invocation) -> Result:
    """Normal probability plot, residuals vs fitted, vs run order, and their histogram."""
    job = plot_job(ctx, inv)
    model: ResponseModel = current_model(ctx, job.design, job.response)
    fit = model.fit
    resid = fit.residuals
    run = np.asarray(job.design.run_order)[model.rows]
    fig, _ = new_figure(10.0, 7.5)
    fig.clear()
    (ax1, ax2), (ax3, ax4) = fig.subplots(2, 2)
    (osm, osr), (slope, intercept, _) = stats.probplot(resid, dist="norm")
    ax1.scatter(osr, osm, color="#5d7fa3", s=20)
    ax1.plot(slope * np.array(osm[[0, -1]]) + intercept, osm[[0, -1]], color="gray", linewidth=1)
    ax1.set_xlabel("residual")
    ax1.set_ylabel("normal quantile")
    ax1.set_title("Normal probability plot")
    ax2.scatter(fit.fitted, resid, color="#5d7fa3", s=20)
    ax2.axhline(0, color="gray", linewidth=1)
    ax2.set_xlabel(f"fitted {job.response}")
    ax2.set_ylabel("residual")
    ax2.set_title("Residuals vs fitted")
    order = np.argsort(run)
    ax3.plot(run[order], resid[order], marker="o", color="#5d7fa3", markersize=4)
    ax3.axhline(0, color="gray", linewidth=1)
    ax3.set_xlabel("run order")
    ax3.set_ylabel("residual")
    ax3.set_title("Residuals vs run order")
    ax4.hist(resid, bins=min(12, max(4, resid.size // 3)), color="#5d7fa3", edgecolor="white")
    ax4.set_xlabel("residual")
    ax4.set_ylabel("count")
    ax4.set_title("Histogram of residuals")
    fig.suptitle(f"Residuals of {job.title}, model {model.model}")
    notes = ["the model is saturated: all residuals are zero"] if fit.df_resid == 0 else []
    return finish(ctx, job, fig, "residuals", notes)
