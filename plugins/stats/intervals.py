"""``interval KIND``: confidence intervals for a mean, a proportion, a variance or a standard deviation.

Data come from one sample (list, ``let`` list or column) or from summary statistics (n=, mean=, sd=,
successes=).
"""

from __future__ import annotations

import math
from typing import Any

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.stats import inputs
from plugins.stats.outcome import assumptions_notes

_PROPORTION_METHODS = ("wilson", "exact", "clopper-pearson", "wald", "agresti-coull")
_SIDES = ("two-sided", "upper", "lower")


def _side(ctx: Context, inv: Invocation) -> str:
    """``side=``: "two-sided" (default), "upper" (a one-sided upper confidence bound) or "lower"."""
    return inputs.choice(ctx, inv, "side", _SIDES, "two-sided")


def _one_sided(bounds: tuple[float, float], side: str, floor: float, ceiling: float) -> tuple[float, float]:
    """A two-sided interval at level 1 - 2a as the one-sided bound at 1 - a the ``side`` asks (the other end is the
    parameter's own limit, ``floor`` or ``ceiling``)."""
    if side == "upper":
        return floor, bounds[1]
    if side == "lower":
        return bounds[0], ceiling
    return bounds


def _summary_stats(ctx: Context, inv: Invocation, need_mean: bool) -> tuple[int, float, float, str]:
    """(n, mean, sd, source) from a positional sample or from n=/mean=/sd=."""
    if inv.args:
        inv.check_positional(1, "one sample")
        for key in ("n", "mean", "sd"):
            if inv.keyword(key) is not None:
                raise StudyError(f"give a sample or summary statistics, not both ({key}=)", inv.keyword(key))
        s = inputs.sample(ctx, inv.args[0], minimum=2, what="an interval")
        x = s.floats()
        return len(x), float(x.mean()), float(x.std(ddof=1)), s.label
    missing = [k for k in ("n", "mean", "sd") if inv.keyword(k) is None and (k != "mean" or need_mean)]
    if missing:
        raise StudyError(
            f"give a sample, or summary statistics (missing {', '.join(k + '=' for k in missing)})", pos=inv.pos
        )
    n = ctx.integer(inv.keyword("n"), minimum=2)
    sd = ctx.number(inv.keyword("sd"))
    if sd < 0:
        raise StudyError("sd cannot be negative", inv.keyword("sd"))
    mean = ctx.number(inv.keyword("mean")) if need_mean else math.nan
    return n, mean, sd, "summary statistics"


def _result(
    parameter: str,
    method: str,
    conf: float,
    estimate: float,
    bounds: tuple[float, float],
    n: int,
    source: str,
    assumptions: list[str],
    side: str = "two-sided",
) -> Result:
    data: dict[str, Any] = {
        "parameter": parameter,
        "method": method,
        "conf": conf,
        "estimate": estimate,
        "lower": bounds[0],
        "upper": bounds[1],
        "n": n,
        "source": source,
        "assumptions": assumptions,
        "side": side,
    }
    what = "confidence interval" if side == "two-sided" else f"one-sided {side} confidence bound"
    table = Table(
        f"{conf:.0%} {what} for the {parameter}",
        ["estimate", "lower", "upper", "n", "method"],
        [[estimate, bounds[0], bounds[1], n, method]],
    )
    summary = f"{conf:.0%} CI for the {parameter}: [{bounds[0]:.6g}, {bounds[1]:.6g}] ({method})."
    if side != "two-sided":
        summary = f"{conf:.0%} {side} confidence bound for the {parameter}: {bounds[side == 'upper']:.6g} ({method})."
    return Result(f"interval_{parameter}", data, [table], assumptions_notes(assumptions), summary)


def mean(ctx: Context, inv: Invocation) -> Result:
    """t interval: mean +- t(1-(1-conf)/2, n-1) sd/sqrt(n); ``side="upper"``/``"lower"`` the one-sided bound
    mean +- t(conf, n-1) sd/sqrt(n)."""
    from scipy import stats

    inv.check_keywords({"conf", "n", "mean", "sd", "side"})
    conf = inputs.conf(ctx, inv)
    side = _side(ctx, inv)
    n, m, sd, source = _summary_stats(ctx, inv, need_mean=True)
    level = conf if side == "two-sided" else 2 * conf - 1
    half = float(stats.t.ppf(0.5 + level / 2, n - 1)) * sd / math.sqrt(n)
    return _result(
        "mean",
        "t",
        conf,
        m,
        _one_sided((m - half, m + half), side, -math.inf, math.inf),
        n,
        source,
        ["independent observations", "a normal population (or n large enough)"],
        side,
    )


def _variance_bounds(ctx: Context, inv: Invocation) -> tuple[float, tuple[float, float], int, str, float]:
    from scipy import stats

    inv.check_keywords({"conf", "n", "sd"})
    conf = inputs.conf(ctx, inv)
    n, _, sd, source = _summary_stats(ctx, inv, need_mean=False)
    var = sd * sd
    lo = (n - 1) * var / float(stats.chi2.ppf(0.5 + conf / 2, n - 1))
    hi = (n - 1) * var / float(stats.chi2.ppf(0.5 - conf / 2, n - 1))
    return var, (lo, hi), n, source, conf


_NORMAL_ONLY = ["independent observations", "a normal population (the interval is sensitive to non-normality)"]


def variance(ctx: Context, inv: Invocation) -> Result:
    """Chi-square interval: ((n-1)s^2/chi2_hi, (n-1)s^2/chi2_lo)."""
    var, bounds, n, source, conf = _variance_bounds(ctx, inv)
    return _result("variance", "chi-square", conf, var, bounds, n, source, _NORMAL_ONLY)


def sd(ctx: Context, inv: Invocation) -> Result:
    """The square roots of the variance interval."""
    var, (lo, hi), n, source, conf = _variance_bounds(ctx, inv)
    return _result("sd", "chi-square", conf, math.sqrt(var), (math.sqrt(lo), math.sqrt(hi)), n, source, _NORMAL_ONLY)


def proportion_bounds(x: int, n: int, conf: float, method: str) -> tuple[float, float]:
    """Wilson score, Clopper-Pearson exact, Agresti-Coull or Wald interval for x successes in n trials."""
    from scipy import stats

    p = x / n
    z = float(stats.norm.ppf(0.5 + conf / 2))
    if method == "agresti-coull":  # the Wald interval about (x + z^2/2)/(n + z^2)
        n_tilde = n + z * z
        p_tilde = (x + z * z / 2) / n_tilde
        half = z * math.sqrt(p_tilde * (1 - p_tilde) / n_tilde)
        return max(0.0, p_tilde - half), min(1.0, p_tilde + half)
    if method == "wilson":
        centre = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return max(0.0, centre - half), min(1.0, centre + half)
    if method in ("exact", "clopper-pearson"):
        a = 1 - conf
        lo = float(stats.beta.ppf(a / 2, x, n - x + 1)) if x > 0 else 0.0
        hi = float(stats.beta.ppf(1 - a / 2, x + 1, n - x)) if x < n else 1.0
        return lo, hi
    half = z * math.sqrt(p * (1 - p) / n)
    return max(0.0, p - half), min(1.0, p + half)


def proportion(ctx: Context, inv: Invocation) -> Result:
    """``interval proportion successes=12 n=40 [method="wilson"] [side="upper"]`` or from a 0/1 sample (a one-sided
    bound at ``conf`` is the end of the two-sided interval at 2 conf - 1)."""
    inv.check_keywords({"conf", "n", "successes", "method", "side"})
    conf = inputs.conf(ctx, inv)
    side = _side(ctx, inv)
    method = inputs.choice(ctx, inv, "method", _PROPORTION_METHODS, "wilson")
    if inv.args:
        inv.check_positional(1, "one sample of 0/1 outcomes")
        s = inputs.sample(ctx, inv.args[0], minimum=1, what="a proportion interval")
        if any(v not in (0, 1) for v in s.values):
            raise StudyError(
                f"'{s.label}' must hold only 0 and 1 (failure/success)", s.node, hint="or give successes= and n="
            )
        x, n, source = int(sum(s.values)), len(s), s.label
    else:
        if inv.keyword("successes") is None or inv.keyword("n") is None:
            raise StudyError("give successes= and n=, or a sample of 0/1 outcomes", pos=inv.pos)
        n = ctx.integer(inv.keyword("n"), minimum=1)
        x = ctx.integer(inv.keyword("successes"), minimum=0)
        if x > n:
            raise StudyError(f"successes ({x}) cannot exceed n ({n})", inv.keyword("successes"))
        source = "summary statistics"
    if side != "two-sided" and conf <= 0.5:
        raise StudyError(f"a one-sided bound needs conf above 0.5, found {conf:g}", inv.keyword("conf"))
    level = conf if side == "two-sided" else 2 * conf - 1
    bounds = _one_sided(proportion_bounds(x, n, level, method), side, 0.0, 1.0)
    name = {"exact": "clopper-pearson"}.get(method, method)
    assumptions = ["independent trials with a common success probability"]
    result = _result("proportion", name, conf, x / n, bounds, n, source, assumptions, side)
    result.data["successes"] = x
    if method == "wald":
        result.notes.append("The Wald interval undercovers for small n or p near 0 or 1; Wilson is the default.")
    return result
