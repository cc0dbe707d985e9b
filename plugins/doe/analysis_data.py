"""What the analysis verbs need from a study: the design, its measured responses, the region.

Every accessor raises StudyError with a hint naming the missing statement, so ``analyze`` before
``design`` or ``results`` tells the user what to add.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import numpy as np

from plugins.api import Context, Invocation, ListValue, Name, Node, String, StudyError
from plugins.doe.model import Design, Response, doe_state


def measured_design(ctx: Context, inv: Invocation) -> Design:
    """The study's design, which must have measured responses."""
    state = doe_state(ctx)
    design = state["design"]
    label = f"{inv.verb} {inv.kind}" if inv.kind else inv.verb
    if design is None:
        hint = (
            "add a design statement first, e.g.: design full_factorial"
            if state["factors"]
            else "declare factors (factor temp 150 .. 190) and add a design statement (design full_factorial) first"
        )
        raise StudyError(f"'{label}' needs a design, and there is none yet", pos=inv.pos, hint=hint)
    if not any(np.any(np.isfinite(np.asarray(v, dtype=float))) for v in design.responses.values()):
        raise StudyError(
            f"'{label}' needs measured responses, and none are loaded yet",
            pos=inv.pos,
            hint='load them after the design with: results "measured.csv"',
        )
    return design


def measured_names(design: Design) -> list[str]:
    """Responses with at least one measured value, in the order they were loaded."""
    return [n for n, v in design.responses.items() if np.any(np.isfinite(np.asarray(v, dtype=float)))]


def _check_response(name: str, node: Node, design: Design) -> str:
    names = measured_names(design)
    if name not in names:
        near = difflib.get_close_matches(name, names, n=1)
        raise StudyError(
            f"no measured response '{name}'",
            node,
            hint=f"did you mean '{near[0]}'?" if near else f"measured responses: {', '.join(names)}",
        )
    return name


def response_name(ctx: Context, node: Node, design: Design) -> str:
    """A response named by a bare name or a string."""
    value = ctx.resolve(node) if not isinstance(node, Name) else node
    text = value.id if isinstance(value, Name) else ctx.string(value)
    return _check_response(text, node, design)


def chosen_responses(ctx: Context, inv: Invocation, design: Design, default_all: bool = True) -> list[str]:
    """``response=NAME`` or ``response=[a, b]``; otherwise every measured response (or the first)."""
    node = inv.keyword("response")
    if node is None:
        names = measured_names(design)
        return names if default_all else names[:1]
    if isinstance(node, ListValue):
        return [response_name(ctx, item, design) for item in node.items]
    return [response_name(ctx, node, design)]


def response_info(ctx: Context, name: str) -> Response:
    """The declared response (goal, bounds, unit), or a bare one when it was never declared."""
    for response in doe_state(ctx)["responses"]:
        if response.name == name:
            return response
    return Response(name)


def response_title(ctx: Context, name: str) -> str:
    """``etch_rate (nm/min)`` for titles and axis labels."""
    unit = response_info(ctx, name).unit
    return f"{name} ({unit})" if unit else name


def measured_rows(design: Design, name: str) -> np.ndarray:
    """Standard-order indices of the rows where ``name`` was measured."""
    return np.flatnonzero(np.isfinite(np.asarray(design.responses[name], dtype=float)))


def model_text(ctx: Context, node: Node | None, default: str) -> str:
    """``model="main + 2fi"`` (a string) or ``model=quadratic`` (a bare keyword)."""
    if node is None:
        return default
    if isinstance(node, Name):
        return node.id
    if isinstance(node, String):
        return node.value
    return ctx.string(node)


def alpha_value(ctx: Context, inv: Invocation, default: float = 0.05) -> float:
    """The significance level ``alpha=`` (default 0.05)."""
    return ctx.fraction_option(inv, "alpha", default)


@dataclass
class Region:
    """The experimental region in coded units: a box (``low``/``high`` per factor) or a sphere."""

    shape: str  # "cube" or "sphere"
    low: np.ndarray
    high: np.ndarray
    radius: float | None = None

    def contains(self, coded: np.ndarray, tol: float = 1e-6) -> bool:
        coded = np.asarray(coded, dtype=float)
        if self.shape == "sphere":
            assert self.radius is not None
            return bool(np.linalg.norm(coded) <= self.radius + tol)
        return bool(np.all(coded >= self.low - tol) and np.all(coded <= self.high + tol))

    def project(self, coded: np.ndarray) -> np.ndarray:
        """The nearest point of the region (clip to the box, or pull onto the sphere)."""
        coded = np.clip(np.asarray(coded, dtype=float), self.low, self.high)
        if self.shape == "sphere":
            assert self.radius is not None
            norm = float(np.linalg.norm(coded))
            if norm > self.radius:
                coded = coded * (self.radius / norm)
        return coded

    def to_dict(self) -> dict[str, Any]:
        if self.shape == "sphere":
            return {"shape": "sphere", "radius": self.radius}
        return {"shape": "cube", "low": self.low, "high": self.high}


def design_region(design: Design) -> Region:
    """A sphere of radius alpha for central composites with axial points beyond +-1; else the box
    spanned by the design's coded settings (the coded cube for factorial and Box-Behnken designs)."""
    coded = np.asarray(design.coded, dtype=float)
    low, high = coded.min(axis=0), coded.max(axis=0)
    reach = float(np.max(np.abs(coded)))
    if design.kind == "central_composite" and reach > 1 + 1e-9:
        return Region("sphere", low, high, reach)
    return Region("cube", low, high)
