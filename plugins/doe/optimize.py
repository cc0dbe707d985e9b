"""Best settings inside the experimental region: one response's goal, or Derringer-Suich desirability.

``Goal`` holds a response's goal and bounds; ``desirability`` is the individual d (0..1);
``maximize`` searches the coded region from many starts (design points and seeded random points),
refines the best with Powell's method on the region's projection and polishes with SLSQP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import optimize

from plugins.doe.analysis_data import Region

N_RANDOM = 400  # random candidate points per factor
N_STARTS = 8  # best candidates refined by local search


@dataclass
class Goal:
    """Goal of one response: ``maximize`` (lower..upper ramps 0..1), ``minimize`` (lower..upper ramps
    1..0) or ``target`` (0 at lower, 1 at target, 0 at upper)."""

    response: str
    goal: str
    lower: float
    upper: float
    target: float | None = None
    weight: float = 1.0

    def to_dict(self) -> dict[str, object]:
        return {
            "response": self.response,
            "goal": self.goal,
            "lower": self.lower,
            "upper": self.upper,
            "target": self.target,
        }


def desirability(y: float, goal: Goal) -> float:
    """Derringer-Suich individual desirability of a predicted value."""
    lo, hi = goal.lower, goal.upper
    if goal.goal == "maximize":
        top = goal.target if goal.target is not None else hi
        return float(np.clip((y - lo) / (top - lo), 0.0, 1.0) ** goal.weight)
    if goal.goal == "minimize":
        bottom = goal.target if goal.target is not None else lo
        return float(np.clip((hi - y) / (hi - bottom), 0.0, 1.0) ** goal.weight)
    assert goal.target is not None
    if y < lo or y > hi:
        return 0.0
    if y <= goal.target:
        return float(((y - lo) / (goal.target - lo)) ** goal.weight) if goal.target > lo else 1.0
    return float(((hi - y) / (hi - goal.target)) ** goal.weight) if hi > goal.target else 1.0


def overall_desirability(values: list[float]) -> float:
    """Geometric mean of the individual desirabilities."""
    arr = np.asarray(values, dtype=float)
    if np.any(arr <= 0):
        return 0.0
    return float(np.exp(np.mean(np.log(arr))))


def _candidates(region: Region, seeds: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    k = region.low.size
    random = rng.uniform(region.low, region.high, size=(N_RANDOM * k, k))
    points = np.vstack([np.atleast_2d(seeds).reshape(-1, k), random, np.zeros((1, k))])
    return np.array([region.project(p) for p in points])


def _polish(objective: Callable[[np.ndarray], float], region: Region, x0: np.ndarray) -> np.ndarray:
    constraints = []
    if region.shape == "sphere":
        radius = float(region.radius or 0.0)
        constraints.append({"type": "ineq", "fun": lambda x: radius**2 - float(x @ x)})
    result = optimize.minimize(
        lambda x: -objective(x),
        x0,
        method="SLSQP",
        bounds=list(zip(region.low, region.high, strict=True)),
        constraints=constraints,
        options={"ftol": 1e-12, "maxiter": 500},
    )
    return region.project(result.x)


def maximize(
    objective: Callable[[np.ndarray], float], region: Region, seeds: np.ndarray, seed: int = 0
) -> tuple[np.ndarray, float]:
    """The point of ``region`` (coded) where ``objective`` is largest, and that value."""
    rng = np.random.default_rng(seed)
    points = _candidates(region, seeds, rng)
    values = np.array([objective(p) for p in points])
    best_x, best_v = points[int(np.argmax(values))], float(values.max())

    def projected(z: np.ndarray) -> float:
        inside = region.project(z)
        return -objective(inside) + float(np.sum((z - inside) ** 2))

    for index in np.argsort(values)[::-1][:N_STARTS]:
        found = optimize.minimize(projected, points[index], method="Powell", options={"xtol": 1e-10, "ftol": 1e-12})
        local = region.project(found.x)
        for x in (local, _polish(objective, region, local)):
            value = objective(x)
            if value > best_v + 1e-12:
                best_x, best_v = x, value
    return best_x, best_v
