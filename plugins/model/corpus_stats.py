"""Worked statistics, process-control and design-of-experiments problems for the default corpus.

Data are drawn by a seeded RNG and rounded as a gauge would report them; answers come from scipy
(t-tests, intervals, ANOVA, normal tails) and from the textbook formulas (control limits, capability
indices, run counts). Control-chart constants are computed from their definitions, not copied from a table.
"""

from __future__ import annotations

import functools
import math
import random
import statistics

import numpy as np
from scipy import stats
from scipy.special import ndtr

from plugins.model.corpus_problems import Problem, fixed, frame, listing, num

# (what is measured, unit, typical value, typical spread)
_QUANTITIES = (
    ("film thickness", "nm", 120.0, 4.0),
    ("etch rate", "nm/min", 85.0, 3.0),
    ("shaft diameter", "mm", 25.0, 0.02),
    ("fill weight", "g", 500.0, 2.5),
    ("chamber pressure", "mTorr", 40.0, 1.2),
    ("gas flow", "sccm", 200.0, 5.0),
    ("bath temperature", "°C", 65.0, 0.8),
    ("tensile strength", "MPa", 410.0, 12.0),
    ("spindle speed", "rpm", 3000.0, 25.0),
    ("heater power", "kW", 12.0, 0.3),
    ("vibration frequency", "Hz", 120.0, 2.0),
    ("line pressure", "kPa", 350.0, 6.0),
    ("yield", "%", 92.0, 1.5),
)

_ALPHAS = (0.05, 0.05, 0.01, 0.10)


def _quantity(rng: random.Random) -> tuple[str, str, float, float]:
    return rng.choice(_QUANTITIES)


def _decimals(spread: float) -> int:
    """Report data to about a tenth of the spread, as an instrument would."""
    return max(0, min(4, 1 - math.floor(math.log10(spread))))


def _sample(rng: random.Random, n: int, mean: float, sd: float, decimals: int) -> list[float]:
    return [round(rng.gauss(mean, sd), decimals) for _ in range(n)]


def _decision(p: float, alpha: float) -> str:
    if p < alpha:
        return f"Since p < α = {alpha:g}, reject H0."
    return f"Since p ≥ α = {alpha:g}, do not reject H0."


def one_sample_t(rng: random.Random) -> Problem:
    """A two-sided one-sample t-test of a mean against a target."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread)
    n, alpha = rng.randint(6, 14), rng.choice(_ALPHAS)
    data = _sample(rng, n, centre + rng.uniform(-1.5, 1.5) * spread, spread, places)
    mu0 = round(centre, places)
    test = stats.ttest_1samp(data, mu0)
    mean, sd = statistics.fmean(data), statistics.stdev(data)
    question = rng.choice(
        (
            f"A sample of {n} {what} readings ({unit}) gave {listing(data)}. Test H0: μ = {mu0:g} against H1: μ ≠ {mu0:g} at α = {alpha:g}.",
            f"The target {what} is {mu0:g} {unit}. Measurements: {listing(data)}. Is the mean different from the target (α = {alpha:g})?",
        )
    )
    answer = (
        f"x̄ = {num(mean, 6)} {unit}, s = {num(sd)} {unit}, n = {n}, so the standard error is s/√n = {num(sd / math.sqrt(n))}. "
        f"t = (x̄ - μ0)/(s/√n) = {fixed(test.statistic)} with {n - 1} degrees of freedom, two-sided p-value = {num(test.pvalue)}. "
        f"{_decision(test.pvalue, alpha)}"
    )
    facts = {"data": data, "mu0": mu0, "alpha": alpha, "t": test.statistic, "df": n - 1, "p": test.pvalue}
    return Problem("one_sample_t", frame(rng, question, answer), facts)


def _welch_df(a: list[float], b: list[float]) -> float:
    va, vb = statistics.variance(a) / len(a), statistics.variance(b) / len(b)
    return (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))


def two_sample_t(rng: random.Random) -> Problem:
    """Compare two means with the pooled or the Welch t-test."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread)
    pooled, alpha = rng.random() < 0.5, rng.choice(_ALPHAS)
    a = _sample(rng, rng.randint(5, 12), centre, spread, places)
    b = _sample(rng, rng.randint(5, 12), centre + rng.uniform(-2, 2) * spread, spread * rng.uniform(0.7, 1.4), places)
    test = stats.ttest_ind(a, b, equal_var=pooled)
    df = len(a) + len(b) - 2 if pooled else _welch_df(a, b)
    method = "pooled two-sample t-test (equal variances)" if pooled else "Welch t-test (unequal variances)"
    question = (
        f"Two suppliers' {what} ({unit}): A = {listing(a)}; B = {listing(b)}. "
        f"Use the {method} to test whether the means differ at α = {alpha:g}."
    )
    answer = (
        f"x̄_A = {num(statistics.fmean(a), 6)}, x̄_B = {num(statistics.fmean(b), 6)}, "
        f"s_A = {num(statistics.stdev(a))}, s_B = {num(statistics.stdev(b))}. "
        f"t = {fixed(test.statistic)} with {num(df)} degrees of freedom, p-value = {num(test.pvalue)}. "
        f"{_decision(test.pvalue, alpha)}"
    )
    facts = {"a": a, "b": b, "pooled": pooled, "alpha": alpha, "t": test.statistic, "df": df, "p": test.pvalue}
    return Problem("two_sample_t", frame(rng, question, answer), facts)


def confidence_interval(rng: random.Random) -> Problem:
    """A t confidence interval for a mean."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread)
    level = rng.choice((0.90, 0.95, 0.95, 0.99))
    data = _sample(rng, rng.randint(5, 15), centre, spread, places)
    n, mean, sd = len(data), statistics.fmean(data), statistics.stdev(data)
    critical = stats.t.ppf(0.5 + level / 2, n - 1)
    half = critical * sd / math.sqrt(n)
    question = rng.choice(
        (
            f"Give a {level:.0%} confidence interval for the mean {what} from {listing(data)} ({unit}).",
            f"{n} parts measured {listing(data)} {unit} for {what}. What is the {level:.0%} CI for μ?",
        )
    )
    answer = (
        f"x̄ = {num(mean, 6)}, s = {num(sd)}, t({level / 2 + 0.5:.3f}, {n - 1}) = {fixed(critical)}; "
        f"the half-width is t·s/√n = {num(half)}, so the interval is [{num(mean - half, 6)}, {num(mean + half, 6)}] {unit}."
    )
    facts = {"data": data, "level": level, "lower": mean - half, "upper": mean + half}
    return Problem("confidence_interval", frame(rng, question, answer), facts)


def one_way_anova(rng: random.Random) -> Problem:
    """One-way ANOVA of three or four settings."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread)
    k, alpha = rng.randint(3, 4), rng.choice(_ALPHAS)
    shift = rng.uniform(0, 1.5) * spread
    groups = [
        _sample(rng, rng.randint(4, 6), centre + rng.choice((-1, 0, 1)) * shift, spread, places) for _ in range(k)
    ]
    result = stats.f_oneway(*groups)
    total = sum(len(g) for g in groups)
    grand = statistics.fmean([v for g in groups for v in g])
    between = sum(len(g) * (statistics.fmean(g) - grand) ** 2 for g in groups)
    within = sum((v - statistics.fmean(g)) ** 2 for g in groups for v in g)
    described = "; ".join(f"setting {i + 1}: {listing(g)}" for i, g in enumerate(groups))
    question = f"{what.capitalize()} ({unit}) at {k} settings — {described}. Do the setting means differ (one-way ANOVA, α = {alpha:g})?"
    answer = (
        f"SS_between = {num(between)} on {k - 1} df, SS_within = {num(within)} on {total - k} df; "
        f"F = MS_between/MS_within = {fixed(result.statistic)}, p-value = {num(result.pvalue)}. {_decision(result.pvalue, alpha)}"
    )
    facts = {"groups": groups, "alpha": alpha, "F": result.statistic, "df": (k - 1, total - k), "p": result.pvalue}
    return Problem("one_way_anova", frame(rng, question, answer), facts)


@functools.cache
def range_constants(n: int) -> tuple[float, float]:
    """(d2, d3): mean and standard deviation of the range of n standard normal values.

    P(W ≤ w) = n ∫ φ(x) [Φ(x + w) - Φ(x)]^(n-1) dx; the moments follow from the survival function on a grid
    (the integrands are smooth and decay fast, so the trapezoid rule is accurate to about 1e-6).
    """
    x = np.linspace(-9.0, 9.0, 901)
    w = np.linspace(0.0, 14.0, 701)
    density = np.exp(-(x**2) / 2) / math.sqrt(2 * math.pi)
    below = n * np.trapezoid(density * (ndtr(x[None, :] + w[:, None]) - ndtr(x)) ** (n - 1), x, axis=1)
    survival = 1.0 - below
    d2 = float(np.trapezoid(survival, w))
    second = float(np.trapezoid(2 * w * survival, w))
    return d2, math.sqrt(second - d2 * d2)


def chart_constants(n: int) -> dict[str, float]:
    """A2, D3, D4 (and d2, d3) for X̄-R charts with subgroups of n, from the range moments."""
    d2, d3 = range_constants(n)
    return {"d2": d2, "d3": d3, "A2": 3 / (d2 * math.sqrt(n)), "D3": max(0.0, 1 - 3 * d3 / d2), "D4": 1 + 3 * d3 / d2}


def xbar_r_limits(rng: random.Random) -> Problem:
    """Control limits of an X̄-R chart from the grand mean and the average range."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread) + 1
    n, subgroups = rng.randint(2, 10), rng.randint(20, 30)
    c = {key: round(value, 3) for key, value in chart_constants(n).items()}  # the 3-decimal table values
    grand = round(centre + rng.uniform(-0.3, 0.3) * spread, places)
    rbar = round(spread * c["d2"] * rng.uniform(0.8, 1.2), places)
    ucl, lcl = grand + c["A2"] * rbar, grand - c["A2"] * rbar
    question = rng.choice(
        (
            f"{subgroups} subgroups of n = {n} {what} readings give x̄̄ = {grand:g} {unit} and R̄ = {rbar:g} {unit}. Find the X̄ and R chart limits.",
            f"An X̄-R chart for {what} uses subgroups of {n}; the grand mean is {grand:g} {unit} and the average range R̄ = {rbar:g}. What are the control limits?",
        )
    )
    answer = (
        f"For n = {n}: A2 = {c['A2']:.3f}, D3 = {c['D3']:.3f}, D4 = {c['D4']:.3f} (d2 = {c['d2']:.3f}). "
        f"X̄ chart: UCL = x̄̄ + A2·R̄ = {num(ucl, 6)}, CL = {grand:g}, LCL = x̄̄ - A2·R̄ = {num(lcl, 6)}. "
        f"R chart: UCL = D4·R̄ = {num(c['D4'] * rbar, 6)}, CL = {rbar:g}, LCL = D3·R̄ = {num(c['D3'] * rbar, 6)}. "
        f"The estimated σ = R̄/d2 = {num(rbar / c['d2'])} {unit}."
    )
    facts = {"n": n, "grand": grand, "rbar": rbar, "constants": c, "ucl": ucl, "lcl": lcl, "r_ucl": c["D4"] * rbar}
    return Problem("xbar_r_limits", frame(rng, question, answer), facts)


def capability(rng: random.Random) -> Problem:
    """Cp, Cpk and the expected fraction out of specification of a normal process."""
    what, unit, centre, spread = _quantity(rng)
    places = _decimals(spread) + 1
    half_width = round(spread * rng.uniform(2.5, 6.0), places)
    mean = round(centre + rng.uniform(-1.0, 1.0) * spread, places)
    sigma = round(spread, places + 1)
    lsl, usl = round(centre - half_width, places), round(centre + half_width, places)
    cp = (usl - lsl) / (6 * sigma)
    cpk = min(usl - mean, mean - lsl) / (3 * sigma)
    ppm = (stats.norm.cdf((lsl - mean) / sigma) + stats.norm.sf((usl - mean) / sigma)) * 1e6
    question = rng.choice(
        (
            f"A {what} process has mean {mean:g} {unit} and σ = {sigma:g} {unit}; the specification is {lsl:g} to {usl:g} {unit}. Compute Cp and Cpk.",
            f"LSL = {lsl:g} {unit}, USL = {usl:g} {unit}, μ = {mean:g}, σ = {sigma:g}. What are Cp, Cpk and the expected ppm out of spec?",
        )
    )
    answer = (
        f"Cp = (USL - LSL)/(6σ) = {fixed(cp)}; Cpk = min(USL - μ, μ - LSL)/(3σ) = {fixed(cpk)}. "
        f"Assuming normality, about {num(ppm)} ppm fall outside the limits."
    )
    facts = {"mean": mean, "sigma": sigma, "lsl": lsl, "usl": usl, "cp": cp, "cpk": cpk, "ppm": ppm}
    return Problem("capability", frame(rng, question, answer), facts)


def doe_runs(rng: random.Random) -> Problem:
    """How many runs a two-level factorial, fractional factorial, central composite or Box-Behnken design needs."""
    design = rng.choice(("full", "fractional", "ccd", "box_behnken"))
    centre = rng.randint(0, 6)
    if design == "full":
        k, replicates = rng.randint(2, 6), rng.randint(1, 3)
        runs = replicates * 2**k + centre
        question = (
            f"How many runs does a 2^{k} full factorial need with {replicates} replicate(s) and {centre} centre points?"
        )
        answer = f"{replicates} × 2^{k} + {centre} = {runs} runs."
        facts = {"design": design, "k": k, "replicates": replicates, "centre": centre, "runs": runs}
    elif design == "fractional":
        k = rng.randint(4, 8)
        p = rng.randint(1, max(q for q in range(1, k) if 2 ** (k - q) > k))  # 2^(k-p) runs must hold k factors
        runs = 2 ** (k - p) + centre
        question = (
            f"A 2^({k}-{p}) fractional factorial screens {k} factors. With {centre} centre points, how many runs?"
        )
        answer = f"2^({k}-{p}) = {2 ** (k - p)} factorial runs, plus {centre} centre points: {runs} runs."
        facts = {"design": design, "k": k, "p": p, "centre": centre, "runs": runs}
    elif design == "ccd":
        k = rng.randint(2, 5)
        runs = 2**k + 2 * k + centre
        question = f"How many runs are in a central composite design for {k} factors (full 2^{k} cube) with {centre} centre points?"
        answer = f"2^{k} cube points + 2·{k} = {2 * k} axial points + {centre} centre points = {runs} runs."
        facts = {"design": design, "k": k, "centre": centre, "runs": runs}
    else:
        k = rng.randint(3, 5)
        edges = 2 * k * (k - 1)
        runs = edges + centre
        question = f"How many runs does a Box-Behnken design for {k} factors need with {centre} centre points?"
        answer = f"Each of the {k * (k - 1) // 2} factor pairs gives 4 edge midpoints: {edges} runs, plus {centre} centre points = {runs} runs."
        facts = {"design": design, "k": k, "centre": centre, "runs": runs}
    return Problem("doe_runs", frame(rng, question, answer), facts)


GENERATORS = (one_sample_t, two_sample_t, confidence_interval, one_way_anova, xbar_r_limits, capability, doe_runs)
