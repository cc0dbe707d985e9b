"""Audit of the time an ODE's solution takes to reach a level: the ODE integrated numerically (scipy's solve_ivp) from
its initial value to the engine's time, where it must stand at the level, having reached it no earlier; and of the
solution's value at a point: the initial value plus the rate's quadrature (a rate free of the function), or the ODE
integrated numerically to the point."""

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
    with np.errstate(invalid="ignore"):  # a square root of a level overshot by round-off, just below zero
        found = solve_ivp(lambda s, v: [rate(s, v[0])], (x0, at), [y0], t_eval=grid, rtol=1e-11, atol=1e-12)
    path = found.y[0] - level
    end = path[-1]
    earlier = np.any(np.sign(path[:-5]) != np.sign(path[0])) if path[0] != 0 else True
    ok = found.success and abs(end) <= 1e-6 * max(1.0, abs(level)) and not earlier
    return [Check("the ODE integrated numerically (solve_ivp) reaches the level at the engine's time, not earlier", ok,
                  f"y({at:g}) - level = {end:.3g}")]  # fmt: skip


def ode_value_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """The engine's value of the solution at the point against y0 + the integral of the rate from x0 (scipy's quad,
    which takes an integrable singularity at an end, 0.5/sqrt(t) from 0) where the rate is free of y, else against
    the ODE integrated numerically (solve_ivp) from (x0, y0) to the point."""
    import sympy as sp
    from scipy.integrate import quad, solve_ivp

    from plugins.api.reasoning import close_check

    f, x, y = (read_expression(facts[k]) for k in ("expr", "var", "function"))
    x0, y0 = (float(read_expression(v)) for v in facts["initial"])
    at = float(read_expression(facts["point"]))
    if y not in f.free_symbols:
        area, error = quad(sp.lambdify(x, f, "math"), x0, at, limit=200)
        how = f"y0 + scipy quad of the rate, error estimate {error:.2g}"
        independent = y0 + area
    else:
        rate = sp.lambdify((x, y), f, "numpy")
        found = solve_ivp(lambda s, v: [rate(s, v[0])], (x0, at), [y0], rtol=1e-11, atol=1e-12)
        if not found.success:
            return [Check("the ODE integrated numerically (solve_ivp) reaches the point", False, found.message)]
        how, independent = "solve_ivp from the initial value", float(found.y[0][-1])
    check = close_check("the solution's value at the point agrees with a numeric integration", result.get("value"),
                        independent, 1e-7, 1e-9)  # fmt: skip
    return [Check(check.name, check.passed, f"{check.detail} ({how})")]


def higher_ode_checks(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """The solution of an equation of order 2 or more substituted back: its derivatives, by sympy's diff, in place
    of the names of y', y'', ... make the equation hold at a few points; and y, y', ... take the initial values."""
    import sympy as sp

    from plugins.api.reasoning import close_check

    got, var = read_expression(result["result"]), read_expression(facts["var"])
    written = read_expression(facts["expr"])
    residual = written.lhs - written.rhs if isinstance(written, sp.Equality) else written
    names = [read_expression(name) for name in facts["names"]]
    residual = residual.subs({name: sp.diff(got, var, k) for k, name in enumerate(names)})
    points = [sp.Rational(str(p)) for p in (0.37, 0.81, 1.3, 2.2)]
    misses = [p for p in points if abs(complex(residual.evalf(30, subs={var: p}))) > 1e-9]
    checks = [Check("the solution substituted back satisfies the ODE", not misses, f"residual off at {misses}")]
    x0 = read_expression(facts["initial"][0])
    for k, value in enumerate(facts["values"]):
        start = float(sp.diff(got, var, k).evalf(50, subs={var: x0}))
        name = str(names[0]) + "'" * k
        checks.append(close_check(f"the solution takes the initial value {name}({x0})", start,
                                  float(read_expression(value)), 1e-12, 1e-12))  # fmt: skip
    return checks
