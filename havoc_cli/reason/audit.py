"""AUDIT: independent checks in Python on the values the planner extracted, and the confidence.

Checks use sympy, numpy, scipy and statsmodels directly; they never read the user's text, only the
parsed plan facts and the engines' printed results.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from havoc_cli.reason.plan import Plan
from havoc_cli.reason.symbols import to_sympy

BASE_CONFIDENCE = {"calculus": 0.97, "algebra": 0.97, "linear_algebra": 0.98, "probability": 0.95,
                   "hypothesis_test": 0.9, "anova": 0.9, "regression": 0.92, "design": 0.95,
                   "capability": 0.9, "sample_size": 0.92, "control_chart": 0.9}  # fmt: skip
POINTS = (0.37, 0.81, 1.3, 2.2)


@dataclass
class Check:
    """One audit check."""

    name: str
    passed: bool
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "detail": self.detail}


def _close(a: float, b: float, rel: float = 1e-6, abs_: float = 1e-9) -> bool:
    return math.isclose(a, b, rel_tol=rel, abs_tol=abs_)


def _check(name: str, got: float, want: float, rel: float = 1e-6) -> Check:
    ok = got is not None and want is not None and _close(float(got), float(want), rel)
    return Check(name, ok, f"engine {got!r}, independent {want!r}")


def _numeric_equal(a: Any, b: Any, var: Any) -> bool:
    """Two sympy expressions agree at a few points of the real line (where both are defined)."""
    import sympy as sp

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


def _calculus(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import sympy as sp

    facts = plan.facts
    f, var = to_sympy(facts["expr"]), to_sympy(facts["var"])
    if facts["op"] == "derivative":
        got = to_sympy(result["result"])
        h = sp.Rational(1, 10**5)
        order = facts["order"]
        ok = _numeric_equal(got, _finite_difference(f, var, h, order), var) if order <= 2 else False
        if order > 2:
            ok = _numeric_equal(got, sp.diff(f, var, order), var)
        return [Check("derivative matches a central difference", ok, f"at x in {POINTS}")]
    if facts["op"] == "integral":
        got = to_sympy(result["result"])
        ok = _numeric_equal(sp.diff(got, var), f, var)
        return [Check("differentiating the antiderivative gives the integrand", ok, f"at x in {POINTS}")]
    if facts["op"] == "definite_integral":
        from scipy.integrate import quad

        lo, hi = (float(to_sympy(b)) for b in facts["bounds"])
        fn = sp.lambdify(var, f, "math")
        value, err = quad(fn, lo, hi, limit=200)
        return [_check("scipy quad agrees", result.get("value"), value, rel=max(1e-7, 10 * err))]
    if facts["op"] == "limit":
        point = to_sympy(plan.text.rsplit(",", 1)[1].rstrip(")"))
        if point.is_infinite:
            xs = [1e8 if point.is_positive else -1e8]
        else:
            xs = [float(point) - 1e-7, float(point) + 1e-7]
        near = [float(f.subs(var, x).evalf(30)) for x in xs]
        got = result.get("value")
        ok = got is not None and all(_close(v, got, 1e-4, 1e-5) for v in near)
        return [Check("f evaluated next to the point agrees", ok, f"f near the point: {near}, engine {got}")]
    return []


def _finite_difference(f: Any, var: Any, h: Any, order: int) -> Any:
    if order == 1:
        return (f.subs(var, var + h) - f.subs(var, var - h)) / (2 * h)
    return (f.subs(var, var + h) - 2 * f + f.subs(var, var - h)) / h**2


def _algebra(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import sympy as sp

    facts = plan.facts
    expr, var = to_sympy(facts["expr"]), to_sympy(facts.get("var", "x"))
    if facts["op"] == "solve":
        lhs = expr.lhs - expr.rhs
        roots = result["result"] if isinstance(result["result"], list) else []
        bad = [r for r in roots if abs(complex(lhs.subs(var, to_sympy(r)).evalf(30))) > 1e-9]
        checks = [Check("each solution satisfies the equation", not bad and bool(roots),
                        f"{len(roots)} solutions substituted back" + (f"; failed: {bad}" if bad else ""))]  # fmt: skip
        poly = sp.Poly(lhs, var) if lhs.is_polynomial(var) else None
        if poly is not None:
            real = [r for r in poly.nroots() if abs(sp.im(r)) < 1e-10]
            distinct = {round(float(sp.re(r)), 8) for r in real}
            checks.append(Check("number of real roots (numpy-style numeric roots)", len(distinct) == len(roots),
                                f"{len(distinct)} numeric, {len(roots)} exact"))  # fmt: skip
        return checks
    got = to_sympy(result["result"])
    return [Check(f"{facts['op']} result equals the input", _numeric_equal(got, expr, var), f"at x in {POINTS}")]


def _linear_algebra(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import numpy as np

    a = np.array([[float(v) for v in row] for row in plan.facts["matrix"]])
    op = plan.facts["op"]
    if op == "det":
        return [_check("numpy determinant", result.get("value"), float(np.linalg.det(a)), 1e-8)]
    if op == "inverse":
        got = np.array(result["values"], dtype=float)
        ok = np.allclose(a @ got, np.eye(len(a)))
        return [Check("A times the inverse is the identity", bool(ok), "numpy product")]
    if op == "eigenvalues":
        want = sorted(np.linalg.eigvals(a), key=lambda z: (z.real, z.imag))
        values = [
            complex(to_sympy(v).evalf())
            for v, m in zip(result["result"], result["multiplicities"], strict=False)
            for _ in range(m)
        ]
        got = sorted(values, key=lambda z: (z.real, z.imag))
        ok = len(got) == len(want) and np.allclose(got, want, atol=1e-8)
        return [Check("numpy eigenvalues agree", bool(ok), f"{len(got)} values with multiplicity")]
    if op == "rank":
        return [_check("numpy matrix rank", result.get("value"), float(np.linalg.matrix_rank(a)))]
    if op == "trace":
        return [_check("numpy trace", result.get("value"), float(np.trace(a)))]
    got = np.array(result["values"], dtype=float)
    return [Check("numpy transpose", bool(np.allclose(got, a.T)), "elementwise")]


def _probability(plan: Plan, result: dict[str, Any]) -> list[Check]:
    from scipy import stats

    f = plan.facts
    value = result.get("value")
    checks = [Check("probability in [0, 1]" if f["fn"] != "ppf" else "quantile is finite",
                    value is not None and (0 <= value <= 1 if f["fn"] != "ppf" else math.isfinite(value)), f"{value}")]  # fmt: skip
    if f["dist"] == "binomial":
        dist = stats.binom(f["n"], f["p"])
    elif f["dist"] == "poisson":
        dist = stats.poisson(f["mu"])
    elif f["dist"] == "normal":
        dist = stats.norm(float(f["mu"]), float(f["sd"]))
    else:
        dist = stats.expon(scale=1 / float(to_sympy(f["rate"])))
    if f["fn"] == "between":
        want = dist.cdf(float(f["hi"])) - dist.cdf(float(f["lo"]))
    elif f["fn"] == "ppf":
        want = dist.ppf(f["q"])
    else:
        point = f["k"] if "k" in f else float(f["x"])
        want = getattr(dist, f["fn"])(point)
    checks.append(_check(f"scipy.stats {f['dist']}.{f['fn']}", value, float(want), 1e-9))
    return checks


def _tests(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import numpy as np
    from scipy import stats

    groups = [np.array([float(v) for v in g]) for g in plan.facts["samples"]]
    p = result.get("p_value")
    checks = [Check("p-value in [0, 1]", p is not None and 0 <= p <= 1, f"p = {p}")]
    kind = result.get("kind")
    if kind == "ttest":
        if len(groups) == 1:
            want = stats.ttest_1samp(groups[0], float(plan.facts["mu"]))
        elif result.get("paired") or "paired" in result.get("test", "").lower():
            want = stats.ttest_rel(groups[0], groups[1])
        else:
            want = stats.ttest_ind(groups[0], groups[1], equal_var=bool(result.get("equal_var")))
    elif kind == "anova":
        want = stats.f_oneway(*groups)
    elif kind == "kruskal":
        want = stats.kruskal(*groups)
    elif kind == "mannwhitney":
        want = stats.mannwhitneyu(groups[0], groups[1], alternative="two-sided")
    elif kind == "wilcoxon":
        want = stats.wilcoxon(groups[0] - (groups[1] if len(groups) > 1 else float(plan.facts["mu"])))
    else:
        return checks
    checks.append(_check(f"scipy recomputes the {kind} p-value", p, float(want.pvalue), 1e-4))
    return checks


def _regression(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import numpy as np

    x, y = (np.array([float(v) for v in plan.facts[k]]) for k in ("x", "y"))
    slope, intercept = np.polyfit(x, y, 1)
    coef = dict(zip(result["terms"], result["coef"], strict=False))
    r2 = float(np.corrcoef(x, y)[0, 1] ** 2)
    return [_check("numpy polyfit slope", coef.get("x"), float(slope), 1e-7),
            _check("numpy polyfit intercept", coef.get("intercept"), float(intercept), 1e-6),
            _check("R^2 = squared correlation", result.get("r_squared"), r2, 1e-7)]  # fmt: skip


def expected_runs(facts: dict[str, Any]) -> int | None:
    """Run count a design of this kind and size must have (centre points as asked)."""
    k, kind, center = facts["k"], facts["kind"], facts.get("center")
    if kind == "full_factorial":
        return 2**k + (center or 0)
    if kind == "fractional_factorial" and "p" in facts:
        return 2 ** (k - facts["p"]) + (center or 0)
    if kind == "box_behnken" and 3 <= k <= 5:
        return {3: 12, 4: 24, 5: 40}[k] + (center if center is not None else {3: 3, 4: 3, 5: 6}[k])
    if kind == "central_composite":
        return 2**k + 2 * k + (2 * center if center is not None else 8)
    return None


def _design(plan: Plan, result: dict[str, Any]) -> list[Check]:
    runs = result.get("runs")
    checks = [Check("run sheet has one row per run", len(result.get("rows", [])) == runs, f"{runs} runs")]
    want = expected_runs(plan.facts)
    if want is not None:
        checks.append(Check("run count from the design's formula", runs == want, f"engine {runs}, formula {want}"))
    if plan.facts["kind"] == "plackett_burman":
        checks.append(
            Check("Plackett-Burman runs: multiple of 4 above k", runs % 4 == 0 and runs > plan.facts["k"], f"{runs}")
        )
    return checks


def _capability(plan: Plan, result: dict[str, Any]) -> list[Check]:
    f = plan.facts
    mean, sd = float(f["mean"]), float(f["sd"])
    lsl = float(to_sympy(f["lsl"])) if f["lsl"] else None
    usl = float(to_sympy(f["usl"])) if f["usl"] else None
    if f["index"] == "cp":
        want = (usl - lsl) / (6 * sd)
    else:
        want = min(v for v in ((usl - mean) / (3 * sd) if usl is not None else None,
                               (mean - lsl) / (3 * sd) if lsl is not None else None) if v is not None)  # fmt: skip
    value = result.get("value")
    return [Check("index is finite", value is not None and math.isfinite(value), f"{value}"),
            _check("float recomputation", value, want, 1e-9)]  # fmt: skip


def _sample_size(plan: Plan, result: dict[str, Any]) -> list[Check]:
    f = plan.facts
    n = result.get("n")
    alpha = result.get("alpha", 0.05)
    if f["test"] == "proportion":
        from statsmodels.stats.power import NormalIndPower
        from statsmodels.stats.proportion import proportion_effectsize

        h = abs(proportion_effectsize(float(f["p2"]), float(f["p1"])))
        want = math.ceil(NormalIndPower().solve_power(effect_size=h, power=f["power"], alpha=alpha) - 1e-9)
        return [Check("statsmodels NormalIndPower (rounded up)", n == want, f"engine {n}, statsmodels {want}")]
    from statsmodels.stats.power import TTestIndPower, TTestPower

    engine = TTestIndPower() if f["design"] == "two-sample" else TTestPower()
    want = math.ceil(engine.solve_power(effect_size=f["d"], power=f["power"], alpha=alpha) - 1e-9)
    return [Check("statsmodels solve_power (rounded up)", n == want, f"engine {n}, statsmodels {want}")]


def _control_chart(plan: Plan, result: dict[str, Any]) -> list[Check]:
    import numpy as np

    x = np.array([float(v) for v in plan.facts["values"]])
    mr = np.abs(np.diff(x)).mean()
    d2 = 2 / math.sqrt(math.pi)  # exact d2 for n = 2
    want_ucl = x.mean() + 3 * mr / d2
    return [_check("centre = mean", result.get("center"), float(x.mean()), 1e-9),
            _check("UCL = mean + 3 MRbar/d2", result.get("ucl"), float(want_ucl), 1e-9)]  # fmt: skip


_AUDITS = {"calculus": _calculus, "algebra": _algebra, "linear_algebra": _linear_algebra, "probability": _probability,
           "hypothesis_test": _tests, "anova": _tests, "regression": _regression, "design": _design,
           "capability": _capability, "sample_size": _sample_size, "control_chart": _control_chart}  # fmt: skip


def audit(plan: Plan, result: dict[str, Any]) -> list[Check]:
    """Every check for the mode; a check that crashes counts as failed, with the error as detail."""
    try:
        return _AUDITS[plan.mode](plan, result)
    except Exception as exc:  # an audit that cannot run is a failed check, never a silent pass
        return [Check("audit ran", False, f"{type(exc).__name__}: {exc}")]


def confidence(mode: str, checks: list[Check]) -> float:
    """Base confidence of the mode times the share of checks passed; any failure caps it at 0.3."""
    if not checks:
        return 0.3
    passed = sum(c.passed for c in checks)
    value = BASE_CONFIDENCE.get(mode, 0.5) * passed / len(checks)
    return round(min(value, 0.3) if passed < len(checks) else value, 3)
