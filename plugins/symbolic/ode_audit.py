"""Audit of the time an ODE's solution takes to reach a level: the ODE integrated numerically (scipy's solve_ivp) from
its initial value to the engine's time, where it must stand at the level, having reached it no earlier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from plugins.api.reasoning import Check

Reader = Callable[[str], Any]


def ode_level_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """One time, after the initial point, at which the numerically integrated solution equals the level and before
    which it never crossed it."""
    import numpy as np
    import sympy as sp
    from scipy.integrate import solve_ivp

    roots = result.get("result") if isinstance(result.get("result"), list) else []
    if len(roots) != 1:
        return [Check("the solution reaches the level exactly once", False, f"{len(roots)} times found")]
    f, x, y = (read_expression(facts[k]) for k in ("expr", "var", "function"))
    x0, y0 = (float(read_expression(v)) for v in facts["initial"])
    level, at = float(read_expression(facts["target"])), float(read_expression(roots[0]))
    if not at > x0:
        return [Check("the level is reached after the initial point", False, f"at {at}, initial point {x0}")]
    rate = sp.lambdify((x, y), f, "numpy")
    grid = np.linspace(x0, at, 201)
    found = solve_ivp(lambda s, v: [rate(s, v[0])], (x0, at), [y0], t_eval=grid, rtol=1e-11, atol=1e-12)
    path = found.y[0] - level
    end = path[-1]
    earlier = np.any(np.sign(path[:-5]) != np.sign(path[0])) if path[0] != 0 else True
    ok = found.success and abs(end) <= 1e-6 * max(1.0, abs(level)) and not earlier
    return [Check("the ODE integrated numerically (solve_ivp) reaches the level at the engine's time, not earlier", ok,
                  f"y({at:g}) - level = {end:.3g}")]  # fmt: skip
