"""Plot kinds drawn from effects and raw data: pareto, half_normal, main_effects, interactions."""

from __future__ import annotations

from itertools import combinations

import numpy as np
from scipy import stats

from plugins.api import Context, Invocation, Result, StudyError
from plugins.api.figures import new_figure
from plugins.doe.analysis_data import alpha_value, measured_rows
from plugins.doe.analysis_models import current_model, recall
from plugins.doe.analysis_plotting import PlotJob, axis_label, finish, plot_job
from plugins.doe.analysis_verbs import effects_of, factorial_rows
from plugins.doe.effects import Effects, Lenth, lenth

ACTIVE, INACTIVE = "#c0392b", "#5d7fa3"


def _effects(ctx: Context, inv: Invocation, job: PlotJob) -> tuple[Effects, Lenth]:
    """The kept effects analysis of the response, or a fresh one at alpha= (default 0.05)."""
    y = np.asarray(job.design.responses[job.response], dtype=float)
    kept = recall(ctx, "effects", job.response, job.design, y)
    if kept is not None and inv.keyword("alpha") is None:
        return kept
    found = effects_of(job.design, job.response)
    return found, lenth(np.array([e.effect for e in found.effects]), alpha_value(ctx, inv))


def _two_level(job: PlotJob) -> bool:
    return factorial_rows(job.design, job.response) is not None


def pareto(ctx: Context, inv: Invocation) -> Result:
    """Horizontal bars of |effect| (two-level designs, Lenth ME/SME lines) or of |t| of the fitted
    model's terms (other designs, t critical line)."""
    job = plot_job(ctx, inv)
    if _two_level(job):
        found, pse = _effects(ctx, inv, job)
        labels = [e.label for e in found.effects]
        values = np.abs([e.effect for e in found.effects])
        lines = [(pse.me, f"ME = {pse.me:.3g}"), (pse.sme, f"SME = {pse.sme:.3g}")]
        xlabel = f"|effect| (Lenth PSE = {pse.pse:.3g}, alpha = {pse.alpha:g})"
    else:
        model = current_model(ctx, job.design, job.response)
        fit = model.fit
        if fit.df_resid <= 0:
            raise StudyError("the model has no error df, so its t values are undefined", pos=inv.pos)
        alpha = alpha_value(ctx, inv)
        labels = model.labels
        values = np.abs(fit.t_values()[1 : 1 + len(labels)])
        crit = float(stats.t.ppf(1 - alpha / 2, fit.df_resid))
        lines = [(crit, f"t crit = {crit:.3g} (alpha = {alpha:g})")]
        xlabel = f"|standardized effect| (t, model {model.model})"
    order = np.argsort(values)
    fig, ax = new_figure(7.5, min(12.0, max(3.0, 1.2 + 0.32 * len(labels))))
    colors = [ACTIVE if values[i] > lines[0][0] else INACTIVE for i in order]
    ax.barh(np.arange(len(order)), values[order], color=colors, height=0.7)
    ax.set_yticks(
        np.arange(len(order)),
        [labels[i] for i in order],
        fontsize=9 if len(labels) < 20 else 7 if len(labels) < 40 else 5.5,
    )
    for (value, text), style in zip(lines, ("--", ":"), strict=False):
        ax.axvline(value, color="black", linestyle=style, linewidth=1.2, label=text)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("term")
    ax.set_title(f"Pareto chart of effects on {job.title}")
    ax.legend(loc="lower right", fontsize=9)
    ax.set_xlim(0, max(float(values.max()), lines[0][0]) * 1.12)
    return finish(ctx, job, fig, "pareto")


def half_normal(ctx: Context, inv: Invocation) -> Result:
    """|effects| against half-normal quantiles; the line through the origin has slope 1/PSE."""
    job = plot_job(ctx, inv)
    if not _two_level(job):
        raise StudyError("a half-normal plot needs a two-level factorial design", pos=inv.pos, hint="use: plot pareto")
    found, pse = _effects(ctx, inv, job)
    values = np.abs([e.effect for e in found.effects])
    order = np.argsort(values)
    m = values.size
    quantiles = stats.norm.ppf(0.5 + 0.5 * (np.arange(1, m + 1) - 0.5) / m)
    fig, ax = new_figure(7.0, 5.0)
    active = values[order] > pse.me
    ax.scatter(values[order][~active], quantiles[~active], color=INACTIVE, label="inactive", zorder=3)
    ax.scatter(values[order][active], quantiles[active], color=ACTIVE, label="active (|effect| > ME)", zorder=3)
    label_all = m <= 15
    for rank, index in enumerate(order):
        strong = values[index] > pse.me
        if label_all or strong:
            ax.annotate(
                found.effects[index].label,
                (values[index], quantiles[rank]),
                xytext=(6, -3),
                textcoords="offset points",
                fontsize=9 if strong else 7.5,
                color="black" if strong else "dimgray",
            )
    top = max(float(values.max()), pse.me) * 1.15
    if pse.pse > 0:
        ax.plot(
            [0, top],
            [0, top / pse.pse],
            color="gray",
            linewidth=1,
            label=f"|effect| = PSE x quantile (PSE = {pse.pse:.3g})",
        )
    ax.axvline(pse.me, color="black", linestyle="--", linewidth=1.2, label=f"ME = {pse.me:.3g} (alpha = {pse.alpha:g})")
    ax.set_xlim(0, top)
    ax.set_ylim(0, float(quantiles.max()) * 1.15)
    ax.set_xlabel("|effect|")
    ax.set_ylabel("half-normal quantile")
    ax.set_title(f"Half-normal plot of effects on {job.title}")
    ax.legend(loc="lower right", fontsize=9)
    return finish(ctx, job, fig, "half_normal")


def _grid(fig, n: int, ncols: int, sharey: bool = True):
    nrows = int(np.ceil(n / ncols))
    fig.clear()
    axes = np.atleast_1d(fig.subplots(nrows, ncols, sharey=sharey, squeeze=False)).ravel()
    for ax in axes[n:]:
        ax.set_visible(False)
    return axes[:n]


def _levels(job: PlotJob, index: int, rows: np.ndarray) -> np.ndarray:
    return np.unique(np.round(np.asarray(job.design.coded, dtype=float)[rows, index], 9))


def _real(job: PlotJob, index: int, coded: np.ndarray) -> list:
    return list(job.design.factors[index].to_real(np.asarray(coded, dtype=float)))


def main_effects(ctx: Context, inv: Invocation) -> Result:
    """Mean response at each level of each factor (one panel per factor, shared y axis)."""
    job = plot_job(ctx, inv)
    rows = measured_rows(job.design, job.response)
    y = np.asarray(job.design.responses[job.response], dtype=float)[rows]
    coded = np.asarray(job.design.coded, dtype=float)[rows]
    k = len(job.design.factors)
    ncols = min(k, 4)
    fig, _ = new_figure(2.6 * ncols + 0.8, 3.2 * int(np.ceil(k / ncols)) + 0.6)
    axes = _grid(fig, k, ncols)
    for j, ax in enumerate(axes):
        levels = _levels(job, j, rows)
        means = [float(y[np.isclose(coded[:, j], level)].mean()) for level in levels]
        ax.plot(range(len(levels)), means, marker="o", color=INACTIVE)
        ax.axhline(float(y.mean()), color="gray", linestyle="--", linewidth=1)
        ax.set_xticks(
            range(len(levels)),
            [_tick(v) for v in _real(job, j, levels)],
            fontsize=8,
            rotation=30 if len(levels) > 3 else 0,
        )
        ax.set_xlabel(axis_label(job.design, j))
        ax.set_xlim(-0.4, len(levels) - 0.6)
    axes[0].set_ylabel(f"mean of {job.title}")
    fig.suptitle(f"Main effects on {job.title} (dashed: grand mean)")
    return finish(ctx, job, fig, "main_effects")


def _tick(value) -> str:
    if isinstance(value, (float, np.floating)):
        return f"{value:.4g}"
    return str(value)


def interactions(ctx: Context, inv: Invocation) -> Result:
    """For each pair of factors: mean response against the first at the low and high of the second."""
    job = plot_job(ctx, inv)
    k = len(job.design.factors)
    if k < 2:
        raise StudyError("an interaction plot needs at least two factors", pos=inv.pos)
    rows = measured_rows(job.design, job.response)
    y = np.asarray(job.design.responses[job.response], dtype=float)[rows]
    coded = np.asarray(job.design.coded, dtype=float)[rows]
    pairs = list(combinations(range(k), 2))
    ncols = min(len(pairs), 3)
    fig, _ = new_figure(3.4 * ncols + 0.6, 3.0 * int(np.ceil(len(pairs) / ncols)) + 0.7)
    axes = _grid(fig, len(pairs), ncols)
    for ax, (a, b) in zip(axes, pairs, strict=True):
        lo_a, hi_a = coded[:, a].min(), coded[:, a].max()
        for level, color in ((coded[:, b].min(), INACTIVE), (coded[:, b].max(), ACTIVE)):
            means = []
            for at in (lo_a, hi_a):
                cell = np.isclose(coded[:, a], at) & np.isclose(coded[:, b], level)
                means.append(float(y[cell].mean()) if cell.any() else np.nan)
            label = f"{job.design.factors[b].name} = {_tick(_real(job, b, [level])[0])}"
            ax.plot([0, 1], means, marker="o", color=color, label=label)
        ax.set_xticks([0, 1], [_tick(v) for v in _real(job, a, [lo_a, hi_a])], fontsize=8)
        ax.set_xlim(-0.25, 1.25)
        ax.set_xlabel(axis_label(job.design, a), fontsize=9)
        ax.legend(fontsize=7, loc="best")
    for ax in axes[::ncols]:
        ax.set_ylabel(f"mean {job.response}", fontsize=9)
    fig.suptitle(f"Interaction plots for {job.title}")
    return finish(ctx, job, fig, "interactions")
