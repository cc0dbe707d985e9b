"""The DOE plugin's shared data: factors, responses and the design a study builds up.

Statements of one study share these through ``ctx.plugin_state("doe")``:
``"factors"`` (list[Factor]), ``"responses"`` (list[Response]), ``"design"`` (Design | None).
Designs are generated in coded units; real levels are derived from the factors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from plugins.api.context import Context


@dataclass
class Factor:
    """A continuous factor (``low .. high``) or a categorical one (``levels``, in the order written)."""

    name: str
    low: float | None = None
    high: float | None = None
    levels: list[Any] | None = None
    unit: str = ""

    @property
    def categorical(self) -> bool:
        return self.levels is not None

    @property
    def center(self) -> float:
        assert self.low is not None and self.high is not None
        return (self.low + self.high) / 2

    @property
    def half_range(self) -> float:
        assert self.low is not None and self.high is not None
        return (self.high - self.low) / 2

    def to_real(self, coded: np.ndarray) -> np.ndarray:
        """Coded (-1..+1, axial points beyond) to natural units; categorical: level labels by index."""
        if self.categorical:
            assert self.levels is not None
            n = len(self.levels)
            index = np.rint((np.asarray(coded, dtype=float) + 1) * (n - 1) / 2).astype(int)
            return np.array([self.levels[i] for i in index], dtype=object)
        return self.center + np.asarray(coded, dtype=float) * self.half_range

    def to_coded(self, real: np.ndarray) -> np.ndarray:
        """Natural units (or level labels) to coded units."""
        if self.categorical:
            assert self.levels is not None
            n = len(self.levels)
            labels = [str(v) for v in self.levels]
            index = np.array([labels.index(str(v)) for v in real], dtype=float)
            return index * 2 / (n - 1) - 1 if n > 1 else np.zeros(len(index))
        return (np.asarray(real, dtype=float) - self.center) / self.half_range

    def to_dict(self) -> dict[str, Any]:
        if self.categorical:
            return {"name": self.name, "levels": self.levels, "unit": self.unit}
        return {"name": self.name, "low": self.low, "high": self.high, "unit": self.unit}


@dataclass
class Response:
    """A measured response and its goal: ``maximize``, ``minimize`` or ``target`` (with bounds)."""

    name: str
    unit: str = ""
    goal: str | None = None
    target: float | None = None
    lower: float | None = None
    upper: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None and v != ""}


@dataclass
class Design:
    """A generated design.

    ``coded`` is runs x factors in coded units, rows in standard order (first factor changes fastest);
    ``run_order[i]`` is the run number (1-based) of standard-order row i after randomisation;
    ``point_type`` is "factorial", "center", "axial" or "design" (other designs) per row;
    ``block`` is the 1-based block of each row. ``info`` holds what the design statement reports
    (generators, defining relation, aliases, resolution, alpha, confounded effects ...).
    ``responses`` maps a response name to its measured values per standard-order row (after ``results``).
    """

    kind: str
    factors: list[Factor]
    coded: np.ndarray
    run_order: np.ndarray
    point_type: list[str]
    block: np.ndarray
    info: dict[str, Any] = field(default_factory=dict)
    responses: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def n_runs(self) -> int:
        return int(self.coded.shape[0])

    def real(self) -> dict[str, np.ndarray]:
        """Each factor's column in natural units (or level labels)."""
        return {f.name: f.to_real(self.coded[:, j]) for j, f in enumerate(self.factors)}


def doe_state(ctx: Context) -> dict[str, Any]:
    """The DOE plugin's per-study state, with its keys present."""
    state = ctx.plugin_state("doe")
    state.setdefault("factors", [])
    state.setdefault("responses", [])
    state.setdefault("design", None)
    return state
