"""Saving matplotlib figures as study outputs (PNG or SVG), for plugins that draw."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from plugins.api.context import Context
from plugins.api.errors import StudyError
from plugins.api.invocation import Invocation

FORMATS = ("png", "svg")


def new_figure(width: float = 7.0, height: float = 4.5) -> tuple[Any, Any]:
    """A (figure, axes) pair on the non-interactive Agg backend."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return fig, ax


def figure_format(ctx: Context, inv: Invocation) -> str:
    """The ``format=`` of a plot statement: "png" (default) or "svg"."""
    node = inv.keyword("format")
    if node is None:
        return "png"
    fmt = ctx.string(node).lower()
    if fmt not in FORMATS:
        raise StudyError(f"unknown plot format '{fmt}'", node, hint='use format="png" or format="svg"')
    return fmt


def save_figure(ctx: Context, fig: Any, stem: str, fmt: str) -> Path:
    """Write the figure to the study's outputs and close it; returns its final path."""
    import matplotlib.pyplot as plt

    staged = ctx.output_path(f"{stem}.{fmt}")
    fig.savefig(staged, dpi=150 if fmt == "png" else None)
    plt.close(fig)
    return ctx.final_path(staged)
