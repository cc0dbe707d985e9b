"""Shared plumbing of the DOE plot kinds: the plot's response, its file name, and saving."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from plugins.api import Context, Invocation, Result
from plugins.api.figures import figure_format, save_figure
from plugins.doe.analysis_data import measured_design, measured_names, response_name, response_title
from plugins.doe.analysis_models import last_response
from plugins.doe.model import Design

# Keywords any DOE plot accepts: one `plot` statement may draw several kinds with shared arguments.
PLOT_KEYWORDS = {"response", "format", "file", "x", "y", "hold", "alpha"}


@dataclass
class PlotJob:
    design: Design
    response: str
    title: str  # the response with its unit
    fmt: str
    prefix: str


def plot_job(ctx: Context, inv: Invocation) -> PlotJob:
    """Check the keywords and find the design and the response (response=, else the last analysed,
    else the first measured)."""
    inv.check_keywords(PLOT_KEYWORDS)
    design = measured_design(ctx, inv)
    node = inv.keyword("response")
    if node is not None:
        name = response_name(ctx, node, design)
    else:
        last = last_response(ctx)
        name = last if last in measured_names(design) else measured_names(design)[0]
    prefix_node = inv.keyword("file")
    prefix = ctx.string(prefix_node) if prefix_node is not None else ""
    return PlotJob(design, name, response_title(ctx, name), figure_format(ctx, inv), prefix)


def finish(ctx: Context, job: PlotJob, fig: Any, plot: str, notes: list[str] | None = None) -> Result:
    """Save ``fig`` as ``[prefix_]<response>_<plot>.<fmt>`` and describe it."""
    joiner = "" if not job.prefix or job.prefix.endswith(("/", "_", "-")) else "_"
    path = save_figure(ctx, fig, f"{job.prefix}{joiner}{job.response}_{plot}", job.fmt)
    return Result(
        plot,
        {"file": str(path), "response": job.response},
        notes=notes or [],
        summary=f"{plot} plot of {job.response}: {path.name}",
        outputs=[path],
    )


def axis_label(design: Design, index: int) -> str:
    factor = design.factors[index]
    return f"{factor.name} ({factor.unit})" if factor.unit else factor.name
