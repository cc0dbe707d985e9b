"""``power ttest`` and ``power proportion``: give any two of n, effect and power; the third is solved.

t-tests use the noncentral t distribution (both tails for two-sided tests, as statsmodels does), or with
``method="z"`` the normal approximation (sigma known: a z-test); proportion tests use the normal
approximation on Cohen's arcsine effect h. A solved n rounds up;
for two-sample designs n is the size of each group, for paired designs the number of pairs.
``alternative="one-sided"`` tests in the direction of the effect (as a power analysis states it: a size to detect).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from plugins.api import Context, Invocation, Result, StudyError, Table
from plugins.stats import inputs

_T_DESIGNS = ("one-sample", "paired", "two-sample")
_SIDES = (*inputs.ALTERNATIVES, "one-sided")


def describe_n(n: int, design: str) -> str:
    """What n counts, in words: "n = 27" (one sample), "n = 27 pairs", "n = 27 per group (54 in total)"."""
    if design == "two-sample":
        return f"n = {n} per group ({2 * n} in total)"
    return f"n = {n} pairs" if design == "paired" else f"n = {n}"


def _sides(ctx: Context, inv: Invocation) -> str:
    """``alternative=``: "two-sided", "greater", "less", or "one-sided" (the direction of the effect)."""
    return inputs.choice(ctx, inv, "alternative", _SIDES, "two-sided")


def _direction(alternative: str, effect: float | None) -> str:
    """A one-sided power analysis tests in the direction of the effect ("greater" when it is solved for)."""
    if alternative != "one-sided":
        return alternative
    return "less" if effect is not None and effect < 0 else "greater"


def t_power(d: float, n: float, alpha: float, alternative: str, two_sample: bool) -> float:
    """Power of a t-test with standardised effect d and n observations (per group when two-sample)."""
    from scipy import stats

    df = 2 * n - 2 if two_sample else n - 1
    nc = d * math.sqrt(n / 2 if two_sample else n)
    if alternative == "two-sided":
        crit = float(stats.t.ppf(1 - alpha / 2, df))
        return float(stats.nct.sf(crit, df, nc) + stats.nct.cdf(-crit, df, nc))
    crit = float(stats.t.ppf(1 - alpha, df))
    return float(stats.nct.sf(crit, df, nc) if alternative == "greater" else stats.nct.cdf(-crit, df, nc))


def z_power(h: float, n: float, alpha: float, alternative: str, two_sample: bool) -> float:
    """Power of a normal-approximation test with standardised effect h (Cohen's h, or d) and n (per group)."""
    from scipy import stats

    nc = h * math.sqrt(n / 2 if two_sample else n)
    if alternative == "two-sided":
        z = float(stats.norm.ppf(1 - alpha / 2))
        return float(stats.norm.sf(z - nc) + stats.norm.cdf(-z - nc))
    z = float(stats.norm.ppf(1 - alpha))
    return float(stats.norm.sf(z - nc) if alternative == "greater" else stats.norm.cdf(-z - nc))


def _solve_n(fn: Callable[[float], float], target: float, smallest: int) -> int:
    """Smallest whole n >= smallest with fn(n) >= target."""
    from scipy import optimize

    if fn(smallest) >= target:
        return smallest
    hi = float(smallest * 2)
    while fn(hi) < target:
        hi *= 2
        if hi > 1e9:
            raise StudyError(
                "no sample size below 1e9 reaches that power: is the effect zero or in the wrong direction?"
            )
    n = math.ceil(optimize.brentq(lambda v: fn(v) - target, smallest, hi, xtol=1e-10) - 1e-9)
    while fn(n) < target:
        n += 1
    return n


def _solve_effect(fn: Callable[[float], float], target: float, alternative: str) -> float:
    from scipy import optimize

    sign = -1.0 if alternative == "less" else 1.0
    lo, hi = 1e-9, 1.0
    while fn(sign * hi) < target:
        hi *= 2
        if hi > 1e4:
            raise StudyError("no effect size reaches that power with this n")
    return sign * optimize.brentq(lambda e: fn(sign * e) - target, lo, hi, xtol=1e-12)


def _unknowns(ctx: Context, inv: Invocation, effect_given: bool) -> tuple[int | None, float | None]:
    n = ctx.integer(inv.keyword("n"), minimum=2) if inv.keyword("n") is not None else None
    power = ctx.number(inv.keyword("power")) if inv.keyword("power") is not None else None
    if power is not None and not 0 < power < 1:
        raise StudyError("power must lie between 0 and 1", inv.keyword("power"))
    given = sum(v is not None for v in (n, power)) + int(effect_given)
    if given != 2:
        raise StudyError(
            "give exactly two of n=, the effect and power=; the third is solved",
            pos=inv.pos,
            hint="e.g. power ttest delta=1 sd=2 power=0.8",
        )
    return n, power


def _solve(power_fn, n, power, effect, alternative, smallest: int) -> tuple[str, int | float, float, float]:
    """Return (solved_for, n, effect, power)."""
    if power is None:
        return "power", n, effect, power_fn(effect, n)
    if n is None:
        n = _solve_n(lambda v: power_fn(effect, v), power, smallest)
        return "n", n, effect, power_fn(effect, n)
    effect = _solve_effect(lambda e: power_fn(e, n), power, alternative)
    return "effect", n, effect, power


_COUNTS = {"two-sample": "n is per group (equal groups)", "paired": "n is the number of pairs",
           "one-sample": "n is the sample size"}  # fmt: skip


def _result(kind: str, test: str, solved: str, data: dict[str, Any], notes: list[str]) -> Result:
    rows = [[k, v] for k, v in data.items() if not isinstance(v, (list, dict))]
    table = Table(f"Power: {test} (solved for {solved})", ["quantity", "value"], rows)
    sides = "two-sided" if data["alternative"] == "two-sided" else f"one-sided (H1: {data['alternative']})"
    summary = (f"{test}: {describe_n(data['n'], data['design'])}, effect = {data['effect']:.4g}, "
               f"power = {data['power']:.4f}, {sides} (solved for {solved}).")  # fmt: skip
    return Result(kind, {"test": test, "solved_for": solved, **data}, [table], notes, summary)


def ttest(ctx: Context, inv: Invocation) -> Result:
    """``power ttest [design=] [n=] [delta= sd= | d=] [power=] [alpha=] [alternative=] [method="t"|"z"]``.

    ``method="t"`` (default): the noncentral t; ``method="z"``: the normal approximation (a z-test, sigma known).
    """
    inv.check_keywords({"design", "n", "delta", "sd", "d", "power", "alpha", "alternative", "method"})
    inv.check_positional(0, "name=value arguments only")
    design = inputs.choice(ctx, inv, "design", _T_DESIGNS, "two-sample")
    method = inputs.choice(ctx, inv, "method", ("t", "z"), "t")
    alpha, alternative = inputs.alpha(ctx, inv), _sides(ctx, inv)
    delta_node, sd_node, d_node = inv.keyword("delta"), inv.keyword("sd"), inv.keyword("d")
    if d_node is not None and delta_node is not None:
        raise StudyError("give d= or delta= with sd=, not both", d_node)
    if delta_node is not None and sd_node is None:
        raise StudyError("delta= needs sd= to make a standardised effect", delta_node)
    sd = ctx.number(sd_node) if sd_node is not None else None
    if sd is not None and sd <= 0:
        raise StudyError("sd must be positive", sd_node)
    d = ctx.number(d_node) if d_node is not None else (ctx.number(delta_node) / sd if delta_node is not None else None)
    n, power = _unknowns(ctx, inv, d is not None)
    two, alternative = design == "two-sample", _direction(alternative, d)
    power_fn = t_power if method == "t" else z_power
    solved, n, d, power = _solve(lambda e, v: power_fn(e, v, alpha, alternative, two), n, power, d, alternative, 2)
    data = {
        "design": design,
        "alternative": alternative,
        "alpha": alpha,
        "method": method,
        "n": n,
        "n_total": 2 * n if two else n,
        "effect": d,
        "effect_name": "cohen_d",
        "delta": d * sd if sd is not None else None,
        "sd": sd,
        "power": power,
    }
    per = f"{_COUNTS[design]}."
    if method == "z":
        notes = [f"Normal approximation (z-test, sigma known): no t correction for estimating the sd; {per}"]
        return _result("power_ttest", f"{design} z-test (normal approximation)", solved, data, notes)
    return _result("power_ttest", f"{design} t-test", solved, data, [f"Noncentral t; {per}"])


def _proportions(ctx: Context, inv: Invocation) -> tuple[bool, float | None, float | None]:
    """(two_sample, baseline p, alternative p); either p may be missing when solving for the effect."""
    one = inv.keyword("p0") is not None or inv.keyword("p") is not None
    two = inv.keyword("p1") is not None or inv.keyword("p2") is not None
    if one and two:
        raise StudyError("give p0= and p= (one sample) or p1= and p2= (two samples), not a mix", pos=inv.pos)
    if two:
        return True, inputs.probability(ctx, inv, "p1"), inputs.probability(ctx, inv, "p2")
    return False, inputs.probability(ctx, inv, "p0"), inputs.probability(ctx, inv, "p")


def pooled_power(base: float, alt: float, n: float, alpha: float, alternative: str, two_sample: bool) -> float:
    """Power of the z-test of proportions with the variance under H0 (pooled p-bar for two samples, p0 for
    one) and under H1 (Fleiss, no continuity correction); n per group."""
    from scipy import stats

    diff = alt - base
    if two_sample:
        mean = (base + alt) / 2
        null_sd, alt_sd = math.sqrt(2 * mean * (1 - mean) / n), math.sqrt((base * (1 - base) + alt * (1 - alt)) / n)
    else:
        null_sd, alt_sd = math.sqrt(base * (1 - base) / n), math.sqrt(alt * (1 - alt) / n)
    if alternative == "two-sided":
        z = float(stats.norm.ppf(1 - alpha / 2))
        return float(stats.norm.cdf((diff - z * null_sd) / alt_sd) + stats.norm.cdf((-diff - z * null_sd) / alt_sd))
    z = float(stats.norm.ppf(1 - alpha))
    signed = diff if alternative == "greater" else -diff
    return float(stats.norm.cdf((signed - z * null_sd) / alt_sd))


def proportion(ctx: Context, inv: Invocation) -> Result:
    """``power proportion p0= p= | p1= p2= | h=  [n=] [power=] [alpha=] [alternative=] [method=]``.

    ``method="arcsine"`` (default): Cohen's h; ``method="pooled"``: the variance under H0 and under H1
    (solves n or power from both proportions).
    """
    inv.check_keywords({"p0", "p", "p1", "p2", "h", "n", "power", "alpha", "alternative", "method"})
    inv.check_positional(0, "name=value arguments only")
    alpha, alternative = inputs.alpha(ctx, inv), _sides(ctx, inv)
    method = inputs.choice(ctx, inv, "method", ("arcsine", "pooled"), "arcsine")
    two, base, alt = _proportions(ctx, inv)
    if method == "pooled":
        return _pooled_proportion(ctx, inv, two, base, alt, alpha, alternative)
    h_node = inv.keyword("h")
    if h_node is not None:
        h = ctx.number(h_node)
    elif base is not None and alt is not None:
        h = 2 * math.asin(math.sqrt(alt)) - 2 * math.asin(math.sqrt(base))
    else:
        h = None
    if h is None and base is None:
        raise StudyError("give the baseline proportion (p0= or p1=) or h=", pos=inv.pos)
    n, power = _unknowns(ctx, inv, h is not None)
    alternative = _direction(alternative, h)
    solved, n, h, power = _solve(lambda e, v: z_power(e, v, alpha, alternative, two), n, power, h, alternative, 2)
    if solved == "effect" and base is not None:
        angle = h / 2 + math.asin(math.sqrt(base))
        alt = math.sin(min(max(angle, 0.0), math.pi / 2)) ** 2
    data = {
        "design": "two-sample" if two else "one-sample",
        "alternative": alternative,
        "alpha": alpha,
        "n": n,
        "n_total": 2 * n if two else n,
        "effect": h,
        "effect_name": "cohen_h",
        "baseline": base,
        "proportion": alt,
        "power": power,
    }
    notes = ["Normal approximation on Cohen's h = 2 asin(sqrt(p)) - 2 asin(sqrt(p0)); n is per group for two samples."]
    return _result("power_proportion", f"{data['design']} proportion test", solved, data, notes)


def _pooled_proportion(ctx: Context, inv: Invocation, two: bool, base, alt, alpha: float, alternative: str) -> Result:
    if base is None or alt is None or inv.keyword("h") is not None:
        raise StudyError('method="pooled" needs both proportions (p1= and p2=, or p0= and p=), not h=', pos=inv.pos)
    n, power = _unknowns(ctx, inv, True)
    alternative = _direction(alternative, alt - base)
    solved, n, _, power = _solve(lambda _, v: pooled_power(base, alt, v, alpha, alternative, two), n, power, 0.0,
                                 alternative, 2)  # fmt: skip
    data = {
        "design": "two-sample" if two else "one-sample",
        "alternative": alternative,
        "alpha": alpha,
        "method": "pooled",
        "n": n,
        "n_total": 2 * n if two else n,
        "effect": alt - base,
        "effect_name": "difference",
        "baseline": base,
        "proportion": alt,
        "power": power,
    }
    notes = ["Normal approximation with the variance under H0 (pooled proportion) and under H1, no continuity "
             "correction (Fleiss); n is per group for two samples."]  # fmt: skip
    return _result("power_proportion", f"{data['design']} proportion test (pooled variance)", solved, data, notes)
