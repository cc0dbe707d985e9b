"""Audits of the symbolic plugin's reasoning tools: numeric checks of exact results, by sympy and numpy.

Checks use the facts the planner extracted and the engine's printed result; expression text is read
through ``read_expression`` (the study grammar), never ``sympify``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from plugins.api.reasoning import Check, Plan, close_check
from plugins.symbolic.extremum_audit import extremum_checks, extremum_value_checks
from plugins.symbolic.ode_audit import higher_ode_checks, ode_level_checks, ode_value_checks
from plugins.symbolic.quadrature import numeric_integral
from plugins.symbolic.series_audit import series_checks
from plugins.symbolic.solve_audit import solve_checks
from plugins.symbolic.sum_audit import sum_checks
from plugins.symbolic.system_audit import system_checks

POINTS = (0.37, 0.81, 1.3, 2.2)
Reader = Callable[[str], Any]


def _numeric_equal(a: Any, b: Any, var: Any) -> bool:
    """Two sympy expressions agree at a few points of the real line (where both are defined); other variables
    (the y of a partial derivative in x) are held at fixed values of their own."""
    import sympy as sp

    others = sorted((set(getattr(a, "free_symbols", ())) | set(getattr(b, "free_symbols", ()))) - {var}, key=str)
    held = {s: sp.Rational(53 + 29 * i, 100) for i, s in enumerate(others)}
    a, b = (e.subs(held) if held else e for e in (a, b))
    compared = 0
    for point in POINTS:
        x = sp.Rational(str(point))  # exact, so finite differences evaluate without cancellation
        try:
            va, vb = complex(a.subs(var, x).evalf(30)), complex(b.subs(var, x).evalf(30))
        except (TypeError, ValueError):
            continue
        if not (math.isfinite(abs(va)) and math.isfinite(abs(vb))):
            continue
        compared += 1
        if abs(va - vb) > 1e-8 * max(1.0, abs(vb)):
            return False
    return compared > 0


def _derivative_checks(
    f: Any, var: Any, facts: dict[str, Any], result: dict[str, Any], read_expression: Reader
) -> list[Check]:
    """The derivative against a central difference of ``f`` (at the point asked, when one is)."""
    import sympy as sp

    h = sp.Rational(1, 10**5)
    order = facts["order"]
    if facts.get("point") is not None:
        return [_derivative_at(f, var, read_expression(facts["point"]), order, h, result.get("value"))]
    got = read_expression(result["result"])
    ok = _numeric_equal(got, _finite_difference(f, var, h, order), var) if order <= 2 else False
    if order > 2:
        ok = _numeric_equal(got, sp.diff(f, var, order), var)
    return [Check("derivative matches a central difference", ok, f"at x in {POINTS}")]


def _varies_check(f: Any, var: Any) -> Check:
    """Passed when the function differentiated depends on its variable: a derivative of a constant ("diff(2, x)", the
    point "x = 2" read as the function) answers no question a user asks."""
    varies = var in getattr(f, "free_symbols", set())
    detail = f"the function depends on {var}" if varies else f"the function read, {f}, is free of {var}"
    return Check("the function differentiated depends on its variable", varies, detail)


def audit_calculus(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    import sympy as sp

    facts = plan.facts
    if facts["op"] == "series":
        return series_checks(facts, result, read_expression)
    if facts["op"] == "sum":
        return sum_checks(facts, result, read_expression)
    if facts["op"] == "derived":
        return [_derived_check(facts, result, read_expression)]
    f, var = read_expression(facts["expr"]), read_expression(facts["var"])
    if facts["op"] in {"extremum", "extremum_value"} and facts.get("derivative"):
        f = sp.diff(f, var, facts["derivative"])  # the extreme of the rate asked: "when is dN/dt at its maximum"
    upper = float(facts["upper"]) if facts.get("upper") else None  # a folded sheet's corner squares' bound
    if facts["op"] == "extremum":
        return extremum_checks(f, var, result, facts["kind"], facts["domain"], facts.get("local", False), upper=upper)
    if facts["op"] == "extremum_value":
        return extremum_value_checks(f, var, result, facts["kind"], facts["domain"], upper)
    if facts["op"] == "derivative":
        return [*_derivative_checks(f, var, facts, result, read_expression), _varies_check(f, var)]
    if facts["op"] == "ode_level":  # the time the solution reaches a level, by numeric integration
        return ode_level_checks(facts, result, read_expression)
    if facts["op"] == "ode_value":  # the solution's value at a point, by quadrature or numeric integration
        return ode_value_checks(facts, result, read_expression)
    if facts["op"] == "ode" and facts.get("names"):  # of order 2 or more, substituted back with its derivatives
        return higher_ode_checks(facts, result, read_expression)
    if facts["op"] == "ode":  # the solution substituted back: y' = f(x, y) and y(x0) = y0
        got, y = read_expression(result["result"]), read_expression(facts["function"])
        x0, y0 = (read_expression(v) for v in facts["initial"])
        ok = _numeric_equal(sp.diff(got, var), f.subs(y, got), var)
        start = float(got.evalf(50, subs={var: x0}))
        return [
            Check("the solution substituted back satisfies the ODE", ok, f"at x in {POINTS}"),
            close_check("the solution takes the initial value", start, float(y0), 1e-12, 1e-12),
        ]
    if facts["op"] == "integral":
        got = read_expression(result["result"])
        ok = _numeric_equal(sp.diff(got, var), f, var)
        return [Check("differentiating the antiderivative gives the integrand", ok, f"at x in {POINTS}")]
    if facts["op"] in {"definite_integral", "average_value"}:
        return [_quadrature_check(facts, f, var, result.get("value"), read_expression)]
    if facts["op"] == "change":
        lo, hi = (read_expression(b) for b in facts["bounds"])
        found = float(f.evalf(50, subs={var: hi}) - f.evalf(50, subs={var: lo}))
        return [close_check("f(b) - f(a) evaluated numerically agrees", result.get("value"), found, 1e-9, 1e-12)]
    if facts["op"] == "limit":
        point = read_expression(facts["point"])
        step = sp.Rational(1, 10**7)  # exact and evaluated at 50 digits, so 1 - cos(x) near 0 keeps its digits
        if point.is_infinite:
            xs = [1 / step if point.is_extended_positive else -1 / step]  # oo.is_positive is False
        else:
            xs = {"+": [point + step], "-": [point - step]}.get(facts.get("dir") or "", [point - step, point + step])
        near = [float(f.evalf(50, subs={var: x})) for x in xs]  # numeric: (1 + 1/x)**x is never expanded
        got = result.get("value")
        infinite = {"oo": 1, "-oo": -1}.get(str(result.get("result", "")).strip())
        if infinite:  # unbounded: f is large (step 1e-7) and of the engine's sign next to the point
            ok = all(v * infinite > 1e5 for v in near)
        else:
            ok = got is not None and all(math.isclose(v, got, rel_tol=1e-4, abs_tol=1e-5) for v in near)
        return [Check("f evaluated next to the point agrees", ok, f"f near the point: {near}, engine {got}")]
    return []


def _derived_check(facts: dict[str, Any], result: dict[str, Any], read_expression: Reader) -> Check:
    """A quantity defined by a formula of functions and their derivatives, the derivatives taken by central
    differences and the formula evaluated at the point (or at several points, against the engine's function)."""
    import sympy as sp

    var = read_expression(facts["var"])
    h = sp.Rational(1, 10**5)
    at = {}
    for name, (body, order) in facts["parts"].items():
        f = read_expression(body)
        at[read_expression(name)] = f if order == 0 else _finite_difference(f, var, h, order)
    formula = read_expression(facts["formula"]).subs(at)
    if facts.get("point") is None:
        ok = _numeric_equal(read_expression(result["result"]), formula, var) if max(
            order for _, order in facts["parts"].values()) <= 2 else False  # fmt: skip
        return Check("the formula with central-difference derivatives agrees", ok, f"at x in {POINTS}")
    try:
        value = complex(formula.subs(var, read_expression(facts["point"])).evalf(30))
    except (TypeError, ValueError):
        return Check("the formula with central-difference derivatives agrees", False, "not defined at the point")
    want = value.real if abs(value.imag) < 1e-12 else None
    return close_check("the formula with central-difference derivatives agrees", result.get("value"), want, 1e-6, 1e-10)


def _quadrature_check(facts: dict[str, Any], f: Any, var: Any, got: float | None, read_expression: Reader) -> Check:
    """A definite integral (over b - a for an average value) against numeric quadrature."""
    lo, hi = (float(read_expression(b)) for b in facts["bounds"])
    found = numeric_integral(f, var, lo, hi)
    if found is None:
        return Check("numeric quadrature agrees", False, "no quadrature converged (divergent, or oscillating without "
                     "a form QAWF integrates): the value is not confirmed numerically")  # fmt: skip
    average = facts["op"] == "average_value"
    width = (hi - lo if average else 1.0) / float(Fraction(facts.get("scale", "1")))  # a unit asked: "in mAh"
    check = close_check(
        "numeric quadrature agrees", got, found.value / width, 1e-7, 1e-9 + 10 * found.error / abs(width)
    )
    check.detail += f" ({found.method}, error estimate {found.error:.2g}{', over b - a' if average else ''})"
    return check


def _derivative_at(f: Any, var: Any, point: Any, order: int, h: Any, got: float | None) -> Check:
    """The engine's derivative at a point against a central difference there (order 3 and up: sympy's derivative)."""
    import sympy as sp

    want = _finite_difference(f, var, h, order) if order <= 2 else sp.diff(f, var, order)
    try:
        value = complex(want.subs(var, point).evalf(30))
    except (TypeError, ValueError):
        return Check("derivative at the point matches a central difference", False, "not defined at the point")
    if abs(value.imag) > 1e-12:
        return Check("derivative at the point matches a central difference", False, f"not real at the point: {value}")
    return close_check("derivative at the point matches a central difference", got, value.real, 1e-6, 1e-8)


def _finite_difference(f: Any, var: Any, h: Any, order: int) -> Any:
    if order == 1:
        return (f.subs(var, var + h) - f.subs(var, var - h)) / (2 * h)
    return (f.subs(var, var + h) - 2 * f + f.subs(var, var - h)) / h**2


def audit_algebra(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:

    facts = plan.facts
    if facts["op"] == "linsolve":  # both amounts of a blend
        return system_checks(facts, result, read_expression)
    if facts["op"] == "fewest_stages":
        return [fewest_stages_check(facts, result)]
    expr, var = read_expression(facts["expr"]), read_expression(facts.get("var", "x"))
    if facts["op"] == "value":
        at = {read_expression(name): read_expression(value) for name, value in facts["points"].items()}
        found = complex(expr.evalf(50, subs=at))
        want = found.real if abs(found.imag) < 1e-12 else None
        return [close_check("the formula evaluated numerically at the values agrees", result.get("value"), want)]
    if facts["op"] == "solve":
        checks = solve_checks(expr.lhs - expr.rhs, var, result, facts.get("domain", "real"), read_expression)
        if "read" in facts and "dose" in facts:  # a dosed chemical's feed: recomputed from scipy.constants
            from plugins.symbolic.dosing_prose import dosing_check

            checks.append(dosing_check(facts, result))
        return [*checks, counted_check(result, read_expression)] if facts.get("counted") else checks
    got = read_expression(result["result"])
    return [Check(f"{facts['op']} result equals the input", _numeric_equal(got, expr, var), f"at x in {POINTS}")]


def counted_check(result: dict[str, Any], read_expression: Reader) -> Check:
    """A time or a count asked ("how many cycles until 80%") is plausible only when some real solution is >= 0: all
    of them negative say the question was misread (a percent of a fraction read as a plain number)."""
    roots = result["result"] if isinstance(result["result"], list) else []
    values = [complex(read_expression(r).evalf(30)) for r in roots]
    real = [v.real for v in values if abs(v.imag) < 1e-12]
    ok = not real or any(v >= 0 for v in real)
    detail = "a solution >= 0" if ok else f"every real solution is negative: {', '.join(f'{v:.6g}' for v in real)}"
    return Check("the time or count asked is not negative", ok, detail)


def audit_linear_algebra(plan: Plan, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    import numpy as np

    op = plan.facts["op"]
    if op == "linsolve":
        return system_checks(plan.facts, result, read_expression)
    a = np.array([[float(Fraction(v)) for v in row] for row in plan.facts["matrix"]])  # "1/2" as written
    checks = _operation_checks(op, a, plan.facts, result, read_expression)
    if entry := plan.facts.get("entry"):  # "the top-right entry of A⁻¹": that entry of numpy's result
        checks.append(_entry_check(op, a, entry, result))
    return checks


def _entry_check(op: str, a: Any, entry: list[int], result: dict[str, Any]) -> Check:
    """The entry asked (row, column, 1-based) of the engine's result against the same entry of numpy's (the inverse
    by ``numpy.linalg.inv``, the transpose by ``.T``; the reduced row echelon form, which numpy lacks, by its own
    audited values)."""
    import numpy as np

    i, j = entry
    reference = {"inverse": np.linalg.inv, "transpose": np.transpose}.get(op)
    want = np.asarray(reference(a) if reference else result["values"], dtype=float)
    got = np.asarray(result.get("values") or [], dtype=float)
    ok = got.shape == want.shape and bool(np.isclose(got[i - 1, j - 1], want[i - 1, j - 1]))
    return Check(f"entry ({i}, {j}) of the {op} agrees with numpy", ok, f"numpy {want[i - 1, j - 1]:.6g}")


def _operation_checks(op: str, a: Any, facts: dict[str, Any], result: dict[str, Any],
                      read_expression: Reader) -> list[Check]:  # fmt: skip
    """The checks of one matrix operation's result against numpy (see ``audit_linear_algebra``)."""
    import numpy as np

    if op == "det":
        return [close_check("numpy determinant", result.get("value"), float(np.linalg.det(a)), 1e-8)]
    if op == "inverse":
        got = np.array(result["values"], dtype=float)
        ok = np.allclose(a @ got, np.eye(len(a)))
        return [Check("A times the inverse is the identity", bool(ok), "numpy product")]
    if op == "eigenvalues":
        want = sorted(np.linalg.eigvals(a), key=lambda z: (z.real, z.imag))
        values = [
            complex(read_expression(v).evalf())
            for v, m in zip(result["result"], result["multiplicities"], strict=False)
            for _ in range(m)
        ]
        got = sorted(values, key=lambda z: (z.real, z.imag))
        ok = len(got) == len(want) and np.allclose(got, want, atol=1e-8)
        return [Check("numpy eigenvalues agree", bool(ok), f"{len(got)} values with multiplicity")]
    if op in _ONE_EIGENVALUE:
        return _one_eigenvalue_checks(op, np.linalg.eigvals(a), result, facts)
    if op == "eigenvectors":
        return _eigenvector_checks(a, result, read_expression)
    if op == "rref":
        return _rref_checks(a, np.array(result["values"], dtype=float))
    if op == "rank":
        return [close_check("numpy matrix rank", result.get("value"), float(np.linalg.matrix_rank(a)))]
    if op == "trace":
        return [close_check("numpy trace", result.get("value"), float(np.trace(a)))]
    got = np.array(result["values"], dtype=float)
    return [Check("numpy transpose", bool(np.allclose(got, a.T)), "elementwise")]


# the one eigenvalue asked, from numpy's eigenvalues
_ONE_EIGENVALUE: dict[str, Callable[[Any], complex]] = {
    "spectral_radius": lambda values: max(abs(values)),
    "dominant_eigenvalue": lambda values: max(values, key=abs),
    "max_eigenvalue": lambda values: max(values, key=lambda z: z.real),
    "min_eigenvalue": lambda values: min(values, key=lambda z: z.real),
}


def _one_eigenvalue_checks(op: str, values: Any, result: dict[str, Any], facts: dict[str, Any]) -> list[Check]:
    """The one eigenvalue asked (the spectral radius, the dominant, largest or smallest eigenvalue) is numpy's, real;
    a spectral radius asked as the dominant eigenvalue too ("the dominant eigenvalue (spectral radius)") is one: the
    eigenvalue of largest modulus is real and positive."""
    want = complex(_ONE_EIGENVALUE[op](values))
    checks = [close_check(f"numpy {op.replace('_', ' ')}", result.get("value"), want.real if abs(want.imag) < 1e-9
                          else None, 1e-8)]  # fmt: skip
    if facts.get("dominant_too"):
        top = complex(max(values, key=abs))
        ok = abs(top.imag) < 1e-9 and top.real > 0
        checks.append(Check("the dominant eigenvalue is the spectral radius", ok, f"dominant {top:.6g}"))
    return checks


def _eigenvector_checks(a: Any, result: dict[str, Any], read_expression: Reader) -> list[Check]:
    """Each vector v is nonzero with A v = lambda v (numpy), each eigenvalue's vectors are independent and no
    more than its multiplicity, and the eigenvalues with their multiplicities are numpy's ``eigvals``."""
    import numpy as np

    pairs, values, bad = result.get("eigenvectors") or [], [], []
    for entry in pairs:
        lam = complex(read_expression(entry["eigenvalue"]).evalf())
        values += [lam] * entry["multiplicity"]
        vectors = [np.array([complex(read_expression(x).evalf()) for x in v]) for v in entry.get("entries", [])]
        if (
            len(vectors) != len(entry["vectors"])
            or not 1 <= len(vectors) <= entry["multiplicity"]
            or np.linalg.matrix_rank(np.array(vectors)) != len(vectors)  # a basis: independent vectors
        ):
            bad.append(entry["eigenvalue"])
            continue
        bad += [entry["eigenvalue"] for v in vectors
                if not (np.linalg.norm(v) > 0 and np.allclose(a @ v, lam * v, atol=1e-8 * max(1.0, abs(lam))))]  # fmt: skip
    want = sorted(np.linalg.eigvals(a), key=lambda z: (round(z.real, 8), round(z.imag, 8)))
    got = sorted(values, key=lambda z: (round(z.real, 8), round(z.imag, 8)))
    same = len(got) == len(want) and bool(np.allclose(got, want, atol=1e-8))
    return [Check("A v = lambda v for every vector (numpy)", bool(pairs) and not bad,
                  f"{sum(len(e['vectors']) for e in pairs)} vectors" + (f"; failed for {bad}" if bad else "")),
            Check("numpy eigenvalues agree", same, f"{len(got)} values with multiplicity")]  # fmt: skip


def _rref_checks(a: Any, r: Any) -> list[Check]:
    """R is in reduced row echelon form (leading 1s moving right, zero above and below, zero rows last) and has
    A's row space: rank A = rank R = rank of A stacked on R (numpy)."""
    import numpy as np

    lead, ok = -1, r.shape == a.shape
    for row in r if ok else []:
        nonzero = np.flatnonzero(np.abs(row) > 1e-12)
        if not len(nonzero):
            lead = r.shape[1]  # every later row must be zero too
            continue
        col = nonzero[0]
        column = np.delete(r[:, col], list(r[:, col]).index(row[col]))
        ok = ok and col > lead and abs(row[col] - 1) < 1e-12 and bool(np.all(np.abs(column) < 1e-12))
        lead = col
    rank = np.linalg.matrix_rank
    same = ok and rank(a) == rank(r) == rank(np.vstack([a, r]))
    return [Check("reduced row echelon form with the row space of A (numpy ranks)", bool(same),
                  f"rank A {rank(a)}, rank R {rank(r) if r.shape == a.shape else 'shape differs'}")]  # fmt: skip


def fewest_stages_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """The fewest stages counted stage by stage in exact fractions: the first n whose level start * kept^n is below
    the limit (or at most it), against the engine's value."""
    start, limit = Fraction(facts["start"]), Fraction(facts["limit"])
    kept = _fraction_of(facts["kept"])
    n, level = 0, start
    while (level >= limit if facts["strict"] else level > limit) and n < 100_000:
        n, level = n + 1, level * kept
    return close_check("the fewest stages counted stage by stage (exact fractions)", result.get("value"), float(n))


def _fraction_of(text: str) -> Fraction:
    """ "(1 - 60/100)" or "40/100" or "1/2" as an exact fraction (only these forms are written by the planner)."""
    m = re.fullmatch(r"\(1 - ([\d.]+)/100\)|([\d.]+)/(\d+)", text)
    if m is None:
        raise ValueError(f"cannot read the share kept {text!r}")
    return 1 - Fraction(m[1]) / 100 if m[1] else Fraction(m[2]) / Fraction(m[3])
