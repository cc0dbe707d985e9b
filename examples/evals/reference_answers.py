"""Independent reference answers for examples/evals/reason.yaml (sympy, scipy, statsmodels, numpy).

Each item is written here with its question and the code that computes its answer directly, not
through havoc. Run `python examples/evals/reference_answers.py --write` to regenerate the yaml;
tests/reason/test_eval_suite.py checks that the yaml matches what this file computes.

Comparison rules: `expr` (sympy-equivalent expression strings), `number` (|a - b| <= tol * max(1, |b|),
optionally at `key` of an object result), `set` (same set of solutions), `runs` (design run count),
`int` (exact integer at `key`).
"""

from __future__ import annotations

import itertools
import math
import sys
from fractions import Fraction
from pathlib import Path

import numpy as np
import sympy as sp
from scipy import constants, integrate, special, stats
from statsmodels.regression.linear_model import OLS
from statsmodels.stats.oneway import anova_generic, anova_oneway
from statsmodels.stats.power import NormalIndPower, TTestIndPower, TTestPower
from statsmodels.stats.proportion import (
    proportion_confint,
    proportion_effectsize,
    proportions_ztest,
    samplesize_confint_proportion,
)

x = sp.Symbol("x", real=True)
t = sp.Symbol("t", real=True)
HERE = Path(__file__).parent
ITEMS: list[dict] = []
# havoc eval's gates: at least 90% right, and no wrong answer with confidence >= 0.5
THRESHOLDS = {"accuracy": 0.9, "overconfident": 0.0}


def item(question: str, mode: str, rule: str, reference, split: str = "dev", key: str | None = None, tol: float = 1e-6,
         alternatives: dict | None = None):  # fmt: skip
    """Register one eval item (reference computed here, independently).

    ``alternatives`` maps another valid method to its reference: accepted only from an answer naming it.
    """
    compare = {"rule": rule, "tol": tol} if rule == "number" else {"rule": rule}
    if key:
        compare["key"] = key
    entry = {"id": f"q{len(ITEMS) + 1:03d}", "split": split, "question": question, "mode": mode,
             "compare": compare, "reference": plain(reference)}  # fmt: skip
    if alternatives:
        entry["alternatives"] = [{"method": m, "reference": plain(r)} for m, r in alternatives.items()]
    ITEMS.append(entry)


def plain(value):
    """numpy scalars as Python numbers (the yaml holds plain values)."""
    return value.item() if isinstance(value, (np.floating, np.integer)) else value


def expr(value) -> str:
    return str(sp.simplify(value))


def roots(equation, var=x) -> list[str]:
    return sorted((str(r) for r in sp.solve(equation, var)), key=lambda s: float(sp.sympify(s)))


# ---- calculus --------------------------------------------------------------------------------
item("derivative of x^3 sin x", "calculus", "expr", expr(sp.diff(x**3 * sp.sin(x), x)))
item("differentiate x squared times e^x", "calculus", "expr", expr(sp.diff(x**2 * sp.exp(x), x)))
item("d/dx of ln x over x", "calculus", "expr", expr(sp.diff(sp.log(x) / x, x)))
item("what is the derivative of 3x^4 - 2x + 7", "calculus", "expr", expr(sp.diff(3 * x**4 - 2 * x + 7, x)))
item("second derivative of sin(2x)", "calculus", "expr", expr(sp.diff(sp.sin(2 * x), x, 2)))
item("derivative of sqrt(x) + 1/x", "calculus", "expr", expr(sp.diff(sp.sqrt(x) + 1 / x, x)))
item("differentiate cos(x)^2 with respect to x", "calculus", "expr", expr(sp.diff(sp.cos(x) ** 2, x)), "heldout")
item("find the derivative of e^(2x) sin x", "calculus", "expr", expr(sp.diff(sp.exp(2 * x) * sp.sin(x), x)), "heldout")
item("derivative of t^2 cos t with respect to t", "calculus", "expr", expr(sp.diff(t**2 * sp.cos(t), t)))
item("integral of x^2 from 0 to 1", "calculus", "expr", expr(sp.integrate(x**2, (x, 0, 1))))
item("integrate x e^x dx", "calculus", "expr", expr(sp.integrate(x * sp.exp(x), x)))
item("antiderivative of 1/x", "calculus", "expr", expr(sp.integrate(1 / x, x)))
item("integrate sin x from 0 to pi", "calculus", "expr", expr(sp.integrate(sp.sin(x), (x, 0, sp.pi))))
item("integral of x^3 sin x from 0 to pi", "calculus", "expr", expr(sp.integrate(x**3 * sp.sin(x), (x, 0, sp.pi))))
item(
    "what's the integral of e^(-x) from 0 to infinity",
    "calculus",
    "expr",
    expr(sp.integrate(sp.exp(-x), (x, 0, sp.oo))),
    "heldout",
)
item("integrate 3x^2 + 2x dx", "calculus", "expr", expr(sp.integrate(3 * x**2 + 2 * x, x)), "heldout")
item("limit of sin(x)/x as x approaches 0", "calculus", "expr", expr(sp.limit(sp.sin(x) / x, x, 0)))
item("limit of (1 + 1/x)^x as x -> infinity", "calculus", "expr", expr(sp.limit((1 + 1 / x) ** x, x, sp.oo)))
item(
    "limit of (x^2 - 1)/(x - 1) as x goes to 1",
    "calculus",
    "expr",
    expr(sp.limit((x**2 - 1) / (x - 1), x, 1)),
    "heldout",
)

# ---- algebra ---------------------------------------------------------------------------------
item("solve x^2 - 5x + 6 = 0", "algebra", "set", roots(x**2 - 5 * x + 6))
item("roots of x^2 - 4", "algebra", "set", roots(x**2 - 4))
item("solve 2x + 3 = 7", "algebra", "set", roots(2 * x + 3 - 7))
item("find x: x^3 - 6x^2 + 11x - 6 = 0", "algebra", "set", roots(x**3 - 6 * x**2 + 11 * x - 6))
item("solve x^2 = 2", "algebra", "set", roots(x**2 - 2))
item("zeros of x^2 + 2x - 15", "algebra", "set", roots(x**2 + 2 * x - 15), "heldout")
item("solve for x: 3x - 9 = 0", "algebra", "set", roots(3 * x - 9), "heldout")
item("expand (x+1)^3", "algebra", "expr", expr(sp.expand((x + 1) ** 3)))
item("factor x^2 - 9", "algebra", "expr", expr(sp.factor(x**2 - 9)))
item("simplify (x^2 - 1)/(x - 1)", "algebra", "expr", expr(sp.simplify((x**2 - 1) / (x - 1))))
item("expand (2x - 3)^2", "algebra", "expr", expr(sp.expand((2 * x - 3) ** 2)), "heldout")

# ---- linear algebra ---------------------------------------------------------------------------
A = [[1, 2], [3, 4]]
item("determinant of [[1,2],[3,4]]", "linear_algebra", "number", float(np.linalg.det(np.array(A))))
item("det of the matrix [[2, 0, 1], [1, 3, 2], [1, 1, 1]]", "linear_algebra", "number",
     float(sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det()))  # fmt: skip
item(
    "eigenvalues of [[2,1],[1,2]]",
    "linear_algebra",
    "set",
    sorted(str(v) for v in sp.Matrix([[2, 1], [1, 2]]).eigenvals()),
)
item("inverse of [[4, 7], [2, 6]]", "linear_algebra", "expr", str(sp.Matrix([[4, 7], [2, 6]]).inv()))
item("rank of [[1, 2], [2, 4]]", "linear_algebra", "number", float(np.linalg.matrix_rank(np.array([[1, 2], [2, 4]]))))
item("what are the eigenvalues of the matrix 4 1; 2 3", "linear_algebra", "set",
     sorted(str(v) for v in sp.Matrix([[4, 1], [2, 3]]).eigenvals()), "heldout")  # fmt: skip
item("trace of [[5, 1], [2, 7]]", "linear_algebra", "number", 12.0, "heldout")

# ---- probability -------------------------------------------------------------------------------
item("probability of exactly 3 heads in 10 coin tosses", "probability", "number", stats.binom.pmf(3, 10, 0.5), tol=1e-9)
item(
    "binomial n=20 p=0.1, probability of at least 3 defects",
    "probability",
    "number",
    stats.binom.sf(2, 20, 0.1),
    tol=1e-9,
)
item("P(X <= 2) for poisson with mean 4", "probability", "number", stats.poisson.cdf(2, 4), tol=1e-9)
item("normal mean 100 sd 15, P(X < 120)", "probability", "number", stats.norm.cdf(120, 100, 15), tol=1e-9)
item("97.5th percentile of the standard normal", "probability", "number", stats.norm.ppf(0.975), tol=1e-9)
item("P(Z > 1.5)", "probability", "number", stats.norm.sf(1.5), tol=1e-9)
item(
    "what is P(X=2) if X is binomial with n = 8 and p = 0.25",
    "probability",
    "number",
    stats.binom.pmf(2, 8, 0.25),
    tol=1e-9,
)
item(
    "poisson with lambda 3: probability of more than 5 events",
    "probability",
    "number",
    stats.poisson.sf(5, 3),
    tol=1e-9,
)
item("normal distribution mean 50 sd 5, probability between 45 and 55", "probability", "number",
     stats.norm.cdf(55, 50, 5) - stats.norm.cdf(45, 50, 5), tol=1e-9)  # fmt: skip
item("z critical value for 95% confidence", "probability", "number", stats.norm.ppf(0.975), tol=1e-9)
item("chance of at most 1 defective in 15 parts if the binomial p = 0.05", "probability", "number",
     stats.binom.cdf(1, 15, 0.05), "heldout", tol=1e-9)  # fmt: skip
item(
    "poisson mean 2.5, probability of exactly 0",
    "probability",
    "number",
    stats.poisson.pmf(0, 2.5),
    "heldout",
    tol=1e-9,
)
item("for a normal with mean 10 and sd 2 what is the probability of exceeding 13", "probability", "number",
     stats.norm.sf(13, 10, 2), "heldout", tol=1e-9)  # fmt: skip
item("exponential distribution rate 0.5, P(X < 2)", "probability", "number", stats.expon.cdf(2, scale=2), tol=1e-9)


# ---- hypothesis tests ----------------------------------------------------------------------------
def welch(a, b):
    return stats.ttest_ind(a, b, equal_var=False).pvalue


def pooled(a, b) -> dict:
    """The pooled-variance t-test: another valid method for two samples (its own p-value)."""
    return {"pooled": stats.ttest_ind(a, b, equal_var=True).pvalue}


S1, S2 = [12.1, 11.8, 12.4], [12.6, 12.3, 12.9]
item("is there a difference between 12.1 11.8 12.4 and 12.6 12.3 12.9?", "hypothesis_test", "number",
     welch(S1, S2), key="p_value", tol=1e-6, alternatives=pooled(S1, S2))  # fmt: skip
B = [[20.1, 19.8, 20.5, 20.3, 19.9, 20.2], [21.0, 20.7, 21.3, 20.9, 21.1, 20.8]]
item("compare line A 20.1 19.8 20.5 20.3 19.9 20.2 with line B 21.0 20.7 21.3 20.9 21.1 20.8",
     "hypothesis_test", "number", welch(*B), key="p_value", alternatives=pooled(*B))  # fmt: skip
P1, P2 = [70, 72, 68, 75, 71], [68, 70, 67, 72, 70]
item("weights before 70 72 68 75 71 and after 68 70 67 72 70: did the diet work?", "hypothesis_test", "number",
     stats.ttest_rel(P1, P2).pvalue, key="p_value")  # fmt: skip
T1, T2 = [5.2, 5.4, 5.1, 5.6, 5.3], [5.9, 6.1, 5.8, 6.0, 6.2]
item("t-test: 5.2, 5.4, 5.1, 5.6, 5.3 vs 5.9, 6.1, 5.8, 6.0, 6.2", "hypothesis_test", "number",
     welch(T1, T2), key="p_value", alternatives=pooled(T1, T2))  # fmt: skip
item("is the mean of 9.8 10.2 10.1 9.9 10.3 10.0 equal to 10?", "hypothesis_test", "number",
     stats.ttest_1samp([9.8, 10.2, 10.1, 9.9, 10.3, 10.0], 10).pvalue, key="p_value")  # fmt: skip
H1, H2 = [3.1, 3.4, 2.9, 3.3, 3.0], [3.6, 3.8, 3.5, 3.9, 3.7]
item("are 3.1 3.4 2.9 3.3 3.0 and 3.6 3.8 3.5 3.9 3.7 significantly different?", "hypothesis_test", "number",
     welch(H1, H2), "heldout", key="p_value", alternatives=pooled(H1, H2))  # fmt: skip
item("before 140 135 150 145 138 after 132 130 141 139 133, paired test at alpha 0.01", "hypothesis_test", "number",
     stats.ttest_rel([140, 135, 150, 145, 138], [132, 130, 141, 139, 133]).pvalue, "heldout", key="p_value")  # fmt: skip
U1, U2 = [4.2, 4.5, 4.1, 4.4], [4.8, 4.6, 4.9, 4.7]
item("does supplier 1 (4.2, 4.5, 4.1, 4.4) differ from supplier 2 (4.8, 4.6, 4.9, 4.7)?", "hypothesis_test", "number",
     welch(U1, U2), key="p_value", alternatives=pooled(U1, U2))  # fmt: skip
item("test whether 101 99 102 98 100 103 has mean 100", "hypothesis_test", "number",
     stats.ttest_1samp([101, 99, 102, 98, 100, 103], 100).pvalue, key="p_value")  # fmt: skip

# ---- ANOVA -----------------------------------------------------------------------------------
G3 = [[5.1, 5.3, 4.9, 5.2], [5.8, 6.0, 5.7, 5.9], [5.0, 5.2, 5.1, 4.8]]
item("anova on 5.1 5.3 4.9 5.2 and 5.8 6.0 5.7 5.9 and 5.0 5.2 5.1 4.8", "anova", "number",
     stats.f_oneway(*G3).pvalue, key="p_value", tol=1e-6)  # fmt: skip
item("one-way ANOVA: machine 1: 10 12 11 13; machine 2: 14 15 13 16; machine 3: 11 10 12 11", "anova", "number",
     stats.f_oneway([10, 12, 11, 13], [14, 15, 13, 16], [11, 10, 12, 11]).statistic, key="statistic")  # fmt: skip
item("do these three groups differ: 20 22 21 23, 25 24 26 27, 21 20 22 21", "anova", "number",
     stats.f_oneway([20, 22, 21, 23], [25, 24, 26, 27], [21, 20, 22, 21]).pvalue, key="p_value")  # fmt: skip
item("analysis of variance for 1.2 1.4 1.3, 1.8 1.9 1.7, 1.5 1.6 1.4, 1.1 1.0 1.2", "anova", "number",
     stats.f_oneway([1.2, 1.4, 1.3], [1.8, 1.9, 1.7], [1.5, 1.6, 1.4], [1.1, 1.0, 1.2]).pvalue, key="p_value")  # fmt: skip
item("compare four operators with anova: 8 9 8 10 / 9 10 11 10 / 12 11 13 12 / 8 8 9 7", "anova", "number",
     stats.f_oneway([8, 9, 8, 10], [9, 10, 11, 10], [12, 11, 13, 12], [8, 8, 9, 7]).pvalue, "heldout", key="p_value")  # fmt: skip


# ---- regression ------------------------------------------------------------------------------
def slope(xs, ys):
    return float(np.polyfit(xs, ys, 1)[0])


X1, Y1 = [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]
item("fit a line: x = 1 2 3 4 5, y = 2.1 3.9 6.2 7.8 10.1", "regression", "number", slope(X1, Y1), key="slope")
item("regress y on x with x = 10 20 30 40 and y = 15 24 37 45", "regression", "number",
     float(np.polyfit([10, 20, 30, 40], [15, 24, 37, 45], 1)[1]), key="intercept")  # fmt: skip
item("least squares line for x: 0, 1, 2, 3, 4, 5 and y: 1.0, 2.9, 5.2, 7.1, 8.8, 11.2", "regression", "number",
     slope([0, 1, 2, 3, 4, 5], [1.0, 2.9, 5.2, 7.1, 8.8, 11.2]), key="slope")  # fmt: skip
item("what is the R^2 of the linear fit, x = 1 2 3 4 5 6 and y = 3 5 4 7 8 9", "regression", "number",
     float(stats.linregress([1, 2, 3, 4, 5, 6], [3, 5, 4, 7, 8, 9]).rvalue ** 2), key="r_squared")  # fmt: skip
item("slope of the trend: x = 2 4 6 8 y = 5.5 9.1 13.2 16.8", "regression", "number",
     slope([2, 4, 6, 8], [5.5, 9.1, 13.2, 16.8]), "heldout", key="slope")  # fmt: skip

# ---- designs ---------------------------------------------------------------------------------
item("design a 2^(5-1) fractional factorial", "design", "runs", 2 ** (5 - 1))
item("2^(7-3) fractional factorial design please", "design", "runs", 2 ** (7 - 3))
item("full factorial with 3 factors and 2 center points", "design", "runs", 2**3 + 2)
item("box-behnken design for 3 factors", "design", "runs", 3 * 4 + 3)
item("central composite design with 2 factors", "design", "runs", 2**2 + 2 * 2 + 8)
item("plackett burman screening design for 7 factors", "design", "runs", 8)
item("a full factorial design in four factors", "design", "runs", 2**4)
item("I need a 2^(6-2) design with 4 center points", "design", "runs", 2 ** (6 - 2) + 4, "heldout")
item("box behnken with 4 factors", "design", "runs", 4 * 6 + 3, "heldout")
item("central composite for 3 variables", "design", "runs", 2**3 + 2 * 3 + 8)


# ---- capability ------------------------------------------------------------------------------
def cpk(mean, sd, lsl, usl):
    return min(usl - mean, mean - lsl) / (3 * sd)


item(
    "Cpk for mean 10.02, sd 0.015, specs 9.95 to 10.05",
    "capability",
    "number",
    cpk(10.02, 0.015, 9.95, 10.05),
    tol=1e-9,
)
item("process mean 50.3, standard deviation 0.4, LSL 49 USL 52: what is Cpk?", "capability", "number",
     cpk(50.3, 0.4, 49, 52), tol=1e-9)  # fmt: skip
item("Cp for sd 0.015, specs 9.95 to 10.05, mean 10", "capability", "number", (10.05 - 9.95) / (6 * 0.015), tol=1e-9)
item("capability index cpk: average 5.02, sigma 0.01, spec limits 4.98 to 5.06", "capability", "number",
     cpk(5.02, 0.01, 4.98, 5.06), tol=1e-9)  # fmt: skip
item("what's the Cpk if mean = 100.5, sd = 1.2, lower spec limit 96, upper spec limit 104", "capability", "number",
     cpk(100.5, 1.2, 96, 104), "heldout", tol=1e-9)  # fmt: skip


# ---- sample size -----------------------------------------------------------------------------
def n_two(d, power, alpha=0.05):
    return math.ceil(TTestIndPower().solve_power(effect_size=d, power=power, alpha=alpha) - 1e-9)


item("sample size per group to detect effect size 0.5 with 80% power", "sample_size", "int", n_two(0.5, 0.8), key="n")
item("how many per group for d = 0.8 and power 0.9", "sample_size", "int", n_two(0.8, 0.9), key="n")
item("sample size to detect a difference of 2 with sd 4 at 80% power, alpha 0.01", "sample_size", "int",
     n_two(0.5, 0.8, 0.01), key="n")  # fmt: skip
item("paired design: sample size for effect size 0.4 with 90% power", "sample_size", "int",
     math.ceil(TTestPower().solve_power(effect_size=0.4, power=0.9, alpha=0.05) - 1e-9), key="n")  # fmt: skip
item("sample size to compare proportions p1 = 0.5 and p2 = 0.65 with 80% power", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(0.65, 0.5)), power=0.8, alpha=0.05)),
     key="n")  # fmt: skip
item(
    "what sample size do I need for effect size 0.3 and power 0.8?",
    "sample_size",
    "int",
    n_two(0.3, 0.8),
    "heldout",
    key="n",
)


# ---- control charts ---------------------------------------------------------------------------
def imr_ucl(values):
    v = np.array(values, dtype=float)
    return float(v.mean() + 3 * np.abs(np.diff(v)).mean() / (2 / math.sqrt(math.pi)))


V1 = [10.1, 9.8, 10.3, 10.0, 9.9, 10.2, 10.4, 9.7]
item("control limits for 10.1 9.8 10.3 10.0 9.9 10.2 10.4 9.7", "control_chart", "number", imr_ucl(V1), key="ucl")
V2 = [5, 7, 6, 8, 6, 5, 7, 6, 9, 6]
item("individuals chart UCL for 5 7 6 8 6 5 7 6 9 6", "control_chart", "number", imr_ucl(V2), key="ucl")
V3 = [22.1, 21.8, 22.5, 22.0, 21.9, 22.3]
item("I-MR control chart of 22.1, 21.8, 22.5, 22.0, 21.9, 22.3: what is the UCL?", "control_chart", "number",
     imr_ucl(V3), "heldout", key="ucl")  # fmt: skip


# ---- unit conversion: scipy.constants (CODATA/NIST definitions), not sympy's units -------------------
def temperature(value, source, target):
    return float(constants.convert_temperature(value, source, target))


item("convert 5 inches to mm", "unit_conversion", "number", 5 * constants.inch / constants.milli, key="value")
item("25 psi in bar", "unit_conversion", "number", 25 * constants.psi / constants.bar, key="value")
item("100 F in C", "unit_conversion", "number", temperature(100, "F", "C"), key="value")
item("convert 60 mph to km/h", "unit_conversion", "number", 60 * constants.mph / constants.kmh, key="value")
item("how many km is 26.2 miles?", "unit_conversion", "number", 26.2 * constants.mile / constants.kilo, key="value")
item("-40 degrees Celsius in Fahrenheit", "unit_conversion", "number", temperature(-40, "C", "F"), "heldout",
     key="value")  # fmt: skip
item("what is 300 K in C?", "unit_conversion", "number", temperature(300, "K", "C"), "heldout", key="value")
item("how many pounds in 10 kg", "unit_conversion", "number", 10 / constants.pound, "heldout", key="value")

# ---- what havoc must refuse (exit 1, answered false) ------------------------------------------------
item("explain why the sky is blue", "explanation", "refuse", None)
item("hello, how are you", None, "refuse", None, "heldout")


# ---- probe: 30 questions written after the rest, in other words, to check generalisation ------------
# (the planners were widened where they missed; they now stay as regression items)
PROBE = "probe"
item("what's the derivative of e^(2x) cos x?", "calculus", "expr", expr(sp.diff(sp.exp(2 * x) * sp.cos(x), x)), PROBE)
item("differentiate ln(x^2 + 1)", "calculus", "expr", expr(sp.diff(sp.log(x**2 + 1), x)), PROBE)
item("find the antiderivative of x^2 cos x", "calculus", "expr", expr(sp.integrate(x**2 * sp.cos(x), x)), PROBE)
item("evaluate the integral of 1/(1+x^2) from 0 to 1", "calculus", "expr",
     expr(sp.integrate(1 / (1 + x**2), (x, 0, 1))), PROBE)  # fmt: skip
item("what is the limit of (1 - cos x)/x^2 as x approaches 0", "calculus", "expr",
     expr(sp.limit((1 - sp.cos(x)) / x**2, x, 0)), PROBE)  # fmt: skip
item("solve 2x^2 - 3x - 2 = 0 for x", "algebra", "set", roots(2 * x**2 - 3 * x - 2), PROBE)
item("what are the roots of x^3 - 6x^2 + 11x - 6", "algebra", "set", roots(x**3 - 6 * x**2 + 11 * x - 6), PROBE)
item("multiply out (x + 2)(x - 5)", "algebra", "expr", expr(sp.expand((x + 2) * (x - 5))), PROBE)
item("invert [[2, 1], [5, 3]]", "linear_algebra", "expr", str(sp.Matrix([[2, 1], [5, 3]]).inv()), PROBE)
item("compute the eigenvalues of [[2, 0], [0, 3]]", "linear_algebra", "set",
     sorted(str(v) for v in sp.Matrix([[2, 0], [0, 3]]).eigenvals()), PROBE)  # fmt: skip
item("what's the rank of [[1,2,3],[2,4,6],[1,0,1]]", "linear_algebra", "number",
     float(np.linalg.matrix_rank(np.array([[1, 2, 3], [2, 4, 6], [1, 0, 1]]))), PROBE)  # fmt: skip
item("If X ~ Binomial(n=12, p=0.25), what is P(X = 4)?", "probability", "number", stats.binom.pmf(4, 12, 0.25),
     PROBE, tol=1e-9)  # fmt: skip
item("a machine averages 3 defects per hour (Poisson); probability of no more than 1 defect in an hour?",
     "probability", "number", stats.poisson.cdf(1, 3), PROBE, tol=1e-9)  # fmt: skip
item("heights are normally distributed with mean 170 and sd 8; what fraction is taller than 185?", "probability",
     "number", stats.norm.sf(185, 170, 8), PROBE, tol=1e-9)  # fmt: skip
item("95th percentile of the standard normal", "probability", "number", stats.norm.ppf(0.95), PROBE, tol=1e-9)
Q1, Q2 = [23, 25, 21, 24, 26, 22], [28, 27, 30, 26, 29, 31]
item("group A: 23 25 21 24 26 22, group B: 28 27 30 26 29 31. Do the means differ?", "hypothesis_test", "number",
     welch(Q1, Q2), PROBE, key="p_value", alternatives=pooled(Q1, Q2))  # fmt: skip
item("blood pressure before 152 147 160 155 149 and after 145 144 151 150 146 on the same patients: is the change "
     "significant?", "hypothesis_test", "number",
     stats.ttest_rel([152, 147, 160, 155, 149], [145, 144, 151, 150, 146]).pvalue, PROBE, key="p_value")  # fmt: skip
item("a sample of 4.9 5.3 5.1 4.8 5.2 5.0 5.4: is its mean different from 5.5?", "hypothesis_test", "number",
     stats.ttest_1samp([4.9, 5.3, 5.1, 4.8, 5.2, 5.0, 5.4], 5.5).pvalue, PROBE, key="p_value")  # fmt: skip
item("three suppliers: 12 14 13 15; 16 17 15 18; 11 12 13 12. Is there any difference between them?", "anova",
     "number", stats.f_oneway([12, 14, 13, 15], [16, 17, 15, 18], [11, 12, 13, 12]).pvalue, PROBE,
     key="p_value")  # fmt: skip
item("fit a straight line to x: 1, 2, 3, 4, 5, 6 and y: 3.1, 4.9, 7.2, 8.8, 11.1, 13.0. What's the slope?",
     "regression", "number", slope([1, 2, 3, 4, 5, 6], [3.1, 4.9, 7.2, 8.8, 11.1, 13.0]), PROBE,
     key="slope")  # fmt: skip
item("best fit line for x = 0 5 10 15 20 and y = 1.2 2.1 2.9 4.2 5.0: intercept?", "regression", "number",
     float(np.polyfit([0, 5, 10, 15, 20], [1.2, 2.1, 2.9, 4.2, 5.0], 1)[1]), PROBE, key="intercept")  # fmt: skip
item("how many runs in a 2^(6-2) fractional factorial?", "design", "runs", 2 ** (6 - 2), PROBE)
item("set up a full factorial experiment for 4 factors", "design", "runs", 2**4, PROBE)
item("Box-Behnken for three factors with 3 centre points", "design", "runs", 3 * 4 + 3, PROBE)
item("process mean 50.2, standard deviation 0.4, LSL 49, USL 51: Cpk?", "capability", "number",
     cpk(50.2, 0.4, 49, 51), PROBE, tol=1e-9)  # fmt: skip
item("Cp for a tolerance of 25 ± 0.3 with sigma 0.08", "capability", "number", 0.6 / (6 * 0.08), PROBE, tol=1e-9)
item("how many subjects per group to detect a difference of 5 with sd 10 at 90% power?", "sample_size", "int",
     n_two(0.5, 0.9), PROBE, key="n")  # fmt: skip
item("sample size for comparing proportions of 0.30 and 0.45 with 80% power", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(0.45, 0.30)), power=0.8,
                                            alpha=0.05)), PROBE, key="n")  # fmt: skip
item("compute I-MR limits for: 4.2, 4.5, 4.1, 4.8, 4.4, 4.6, 4.3", "control_chart", "number",
     imr_ucl([4.2, 4.5, 4.1, 4.8, 4.4, 4.6, 4.3]), PROBE, key="ucl")  # fmt: skip
item("how many liters are in 5 US gallons?", "unit_conversion", "number", 5 * constants.gallon / constants.liter,
     PROBE, key="value")  # fmt: skip


# ---- unseen: questions from later rounds (first runs in docs/reason.md), asked first, kept as regressions -----
UNSEEN = "unseen"


def xbar_ucl(groups):
    """Grand mean + 3 Rbar / (d2(n) sqrt(n)), d2(n) = E[range of n standard normals] by quadrature."""
    g = np.array(groups, dtype=float)
    n = g.shape[1]
    d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]
    return float(g.mean() + 3 * np.ptp(g, axis=1).mean() / (d2 * math.sqrt(n)))


item("lim x->infinity of (3x^2+1)/(x^2-5)", "calculus", "expr", expr(sp.limit((3 * x**2 + 1) / (x**2 - 5), x, sp.oo)),
     UNSEEN)  # fmt: skip
item("lim_{x->0} sin(x)/x", "calculus", "expr", expr(sp.limit(sp.sin(x) / x, x, 0)), UNSEEN)
item("limit of 1/x as x approaches 0 from the left", "calculus", "expr", expr(sp.limit(1 / x, x, 0, "-")), UNSEEN)
item("limit of x*ln(x) as x -> 0+", "calculus", "expr", expr(sp.limit(x * sp.log(x), x, 0, "+")), UNSEEN)
item("integral of x e^x dx", "calculus", "expr", expr(sp.integrate(x * sp.exp(x), x)), UNSEEN)
item("probability of exactly 5 heads in 10 fair coin tosses", "probability", "number", stats.binom.pmf(5, 10, 0.5),
     UNSEEN, tol=1e-9)  # fmt: skip
item("chance of at least 2 sixes in 5 rolls of a die", "probability", "number", stats.binom.sf(1, 5, 1 / 6), UNSEEN,
     tol=1e-9)  # fmt: skip
item("central composite design for 2 factors, how many runs with 5 center points?", "design", "runs",
     2**2 + 2 * 2 + 5, UNSEEN)  # fmt: skip
XB = [[10.1, 10.3, 9.9], [10.0, 10.2, 10.4], [9.8, 10.0, 10.1]]
item("xbar-r chart for subgroups 10.1 10.3 9.9; 10.0 10.2 10.4; 9.8 10.0 10.1", "control_chart", "number",
     xbar_ucl(XB), UNSEEN, key="ucl")  # fmt: skip
item("chi-square test of independence for [[20, 30], [25, 25]]", "hypothesis_test", "number",
     stats.chi2_contingency([[20, 30], [25, 25]], correction=False).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("goodness of fit test for counts 30 20 50 with expected 25 25 50", "hypothesis_test", "number",
     stats.chisquare([30, 20, 50], [25, 25, 50]).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("regress y = 2 4 5 4 5 on x = 1 2 3 4 5, what is the R squared", "regression", "number",
     stats.linregress([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]).rvalue ** 2, UNSEEN, key="r_squared")  # fmt: skip
item("convert 30 psi to kPa", "unit_conversion", "number", 30 * constants.psi / 1000, UNSEEN, key="value")
item("what is the capital of France", "explanation", "refuse", None, UNSEEN)

# second round (first run 18/20 right, one wrong with high confidence: P(85 < X < 115) read as P(X < 115))
item("if X is normal with mu 100 and sigma 15, P(85 < X < 115)?", "probability", "number",
     stats.norm.cdf(115, 100, 15) - stats.norm.cdf(85, 100, 15), UNSEEN, tol=1e-9)  # fmt: skip
item("find dy/dx for y = x^3 * e^x", "calculus", "expr", expr(sp.diff(x**3 * sp.exp(x), x)), UNSEEN)
item("dy/dt if y = t^2 sin t", "calculus", "expr", expr(sp.diff(t**2 * sp.sin(t), t)), UNSEEN)
item("exponential with rate 0.5, probability that X exceeds 3", "probability", "number", stats.expon.sf(3, scale=2),
     UNSEEN, tol=1e-9)  # fmt: skip
item("two machines: machine 1 gives 5.1 5.3 4.9 5.2 5.0, machine 2 gives 5.6 5.4 5.8 5.5 5.7. are they different?",
     "hypothesis_test", "number", welch([5.1, 5.3, 4.9, 5.2, 5.0], [5.6, 5.4, 5.8, 5.5, 5.7]), UNSEEN, key="p_value",
     alternatives=pooled([5.1, 5.3, 4.9, 5.2, 5.0], [5.6, 5.4, 5.8, 5.5, 5.7]))  # fmt: skip
item("how many inches in 2.5 meters", "unit_conversion", "number", 2.5 / constants.inch, UNSEEN, key="value")

# third round (first run 18/20): the binomial question it refused
item("a process has a 5% defect rate. in a sample of 20, what is the probability of no defects?", "probability",
     "number", stats.binom.pmf(0, 20, 0.05), UNSEEN, tol=1e-9)  # fmt: skip

# fourth round (first run 20/30 right, 10 refused, none wrong): the refusals, and answers it gave with low
# confidence (paired, goodness of fit) or under the wrong name (Ppk)
item("integrate ln(x)/x from x=1 to x=e", "calculus", "expr", expr(sp.integrate(sp.log(x) / x, (x, 1, sp.E))), UNSEEN)
item("find the roots of 2*x**2 - 7*x + 3 = 0", "algebra", "set", roots(2 * x**2 - 7 * x + 3), UNSEEN)
item("which x satisfy x^3 = 6x^2 - 11x + 6 ?", "algebra", "set", roots(x**3 - 6 * x**2 + 11 * x - 6), UNSEEN)
item("determinant of the 3x3 matrix with rows (2,-1,0), (-1,2,-1), (0,-1,2)", "linear_algebra", "number",
     np.linalg.det([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]), UNSEEN)  # fmt: skip
item("lot of 20 parts, each defective with prob 0.05 independently (binomial). probability that at most 2 are "
     "defective?", "probability", "number", stats.binom.cdf(2, 20, 0.05), UNSEEN, tol=1e-9)  # fmt: skip
item("calls come in as a Poisson process averaging 4 per hour - what's the chance of exactly 6 calls in a given hour?",
     "probability", "number", stats.poisson.pmf(6, 4), UNSEEN, tol=1e-9)  # fmt: skip
item("time to failure is exponential with mean 1000 hours. probability a unit survives beyond 1500 hours?",
     "probability", "number", math.exp(-1500 / 1000), UNSEEN, tol=1e-9)  # fmt: skip
item("one-sample t test from summary stats: n = 16, sample mean 10.6, s = 1.2. H0: mu = 10 vs H1: mu > 10 "
     "(one-sided). p-value?", "hypothesis_test", "number", stats.t.sf((10.6 - 10) / (1.2 / math.sqrt(16)), 15),
     UNSEEN, key="p_value")  # fmt: skip
BEFORE, AFTER = [82, 75, 90, 68, 77, 85], [79, 73, 86, 69, 72, 81]
item("paired t-test, two-sided: before = 82 75 90 68 77 85, after = 79 73 86 69 72 81 (same 6 operators). p value?",
     "hypothesis_test", "number", stats.ttest_rel(BEFORE, AFTER).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("rolled a die 120 times and got counts 25 17 15 23 24 16 for faces 1-6. chi-square goodness-of-fit test that the "
     "die is fair: p-value?", "hypothesis_test", "number", stats.chisquare([25, 17, 15, 23, 24, 16]).pvalue, UNSEEN,
     key="p_value")  # fmt: skip


def two_proportion_p(x1, n1, x2, n2):
    """Pooled two-proportion z-test, two-sided, written out."""
    pooled_p = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled_p * (1 - pooled_p) * (1 / n1 + 1 / n2))
    return 2 * stats.norm.sf(abs(z))


item("supplier A: 18 defectives out of 200; supplier B: 31 defectives out of 210. two-sided two-proportion z-test "
     "with pooled proportion, no continuity correction. p-value?", "hypothesis_test", "number",
     two_proportion_p(18, 200, 31, 210), UNSEEN, key="p_value")  # fmt: skip
item("compute Ppk: overall mean 74.2, overall (long-term) standard deviation 0.5, LSL 72, USL 76", "capability",
     "number", min(76 - 74.2, 74.2 - 72) / (3 * 0.5), UNSEEN)  # fmt: skip
item("need n per group for a two-sample t-test to detect a 3 unit difference in means, sd 4, alpha 0.05 two-sided, "
     "90% power", "sample_size", "int", n_two(3 / 4, 0.9), UNSEEN, key="n")  # fmt: skip

# fifth round (first run 20/30 right, 6 refused, 4 wrong, 2 of them with confidence >= 0.5: "pooled" ignored, and
# a pooled-variance sample size computed with Cohen's h)
item("d/dx [e^(2x) * ln(x)]", "calculus", "expr", expr(sp.diff(sp.exp(2 * x) * sp.log(x), x)), UNSEEN)
item("what's the antiderivative of x squared times e to the x", "calculus", "expr",
     expr(sp.integrate(x**2 * sp.exp(x), x)), UNSEEN)  # fmt: skip
item("evaluate the definite integral of sin(x)^2 cos(x) dx from 0 to pi/2", "calculus", "expr",
     expr(sp.integrate(sp.sin(x) ** 2 * sp.cos(x), (x, 0, sp.pi / 2))), UNSEEN)  # fmt: skip
item("X ~ N(mu = 100, sigma^2 = 225). Find the 95th percentile of X.", "probability", "number",
     stats.norm.ppf(0.95, 100, math.sqrt(225)), UNSEEN)  # fmt: skip
item("Time to failure is exponential with failure rate 0.02 per hour. By what time have 10% of units failed? "
     "(i.e. the 10th percentile)", "probability", "number", -math.log(1 - 0.10) / 0.02, UNSEEN)  # fmt: skip
MA, MB = [502, 498, 505, 500, 497, 503], [495, 499, 494, 497, 496, 493]
item("Do these two filling machines differ in mean fill? Machine A: 502 498 505 500 497 503; Machine B: 495 499 494 "
     "497 496 493. Pooled two-sample t-test, two-sided, alpha = 0.05.", "hypothesis_test", "number",
     stats.ttest_ind(MA, MB, equal_var=True).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("A sample of 25 bolts has mean tensile strength 812 MPa with sample standard deviation 24 MPa. One-sample t-test "
     "of H0: mu = 800 against H1: mu > 800 at alpha 0.05. p-value?", "hypothesis_test", "number",
     stats.t.sf((812 - 800) / (24 / 5), 24), UNSEEN, key="p_value")  # fmt: skip
item("chi-square test of independence between shift and defect type: day shift counts 22, 15, 13; night shift counts "
     "18, 25, 27 (defect types A, B, C)", "hypothesis_test", "number",
     stats.chi2_contingency([[22, 15, 13], [18, 25, 27]]).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("a die was rolled 120 times giving counts 15, 22, 18, 25, 17, 23 for faces 1 through 6. Chi-square "
     "goodness-of-fit test against a fair die (equal probabilities): p-value?", "hypothesis_test", "number",
     stats.chisquare([15, 22, 18, 25, 17, 23]).pvalue, UNSEEN, key="p_value")  # fmt: skip
item("Plackett-Burman screening design for 19 factors: how many runs?", "design", "runs", 20, UNSEEN)
SUBGROUPS = [[20.1, 19.8, 20.3, 20.0], [19.9, 20.2, 20.4, 20.1], [20.0, 19.7, 20.2, 19.9], [20.3, 20.1, 19.8, 20.2],
             [19.8, 20.0, 20.1, 19.9]]  # fmt: skip
item("X-bar and R chart from 5 subgroups of size 4: (20.1, 19.8, 20.3, 20.0), (19.9, 20.2, 20.4, 20.1), (20.0, 19.7, "
     "20.2, 19.9), (20.3, 20.1, 19.8, 20.2), (19.8, 20.0, 20.1, 19.9). Lower control limit for the X-bar chart?",
     "control_chart", "number", 2 * np.mean(SUBGROUPS) - xbar_ucl(SUBGROUPS), UNSEEN, key="lcl")  # fmt: skip


def pooled_proportions_n(p1, p2, power, alpha=0.05):
    """Fleiss' per-group n for two proportions (variance pooled under H0, no continuity correction)."""
    za, zb = stats.norm.ppf(1 - alpha / 2), stats.norm.ppf(power)
    mean = (p1 + p2) / 2
    root = za * math.sqrt(2 * mean * (1 - mean)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(root**2 / (p1 - p2) ** 2)


item("sample size per group to detect a change in defect rate from 10% to 15%, two-sided alpha 0.05, power 80%, "
     "two-proportion z-test (normal approximation with pooled variance under H0, no continuity correction)",
     "sample_size", "int", pooled_proportions_n(0.10, 0.15, 0.80), UNSEEN, key="n")  # fmt: skip

# sixth round (first run 22/30 right, 5 refused, 3 wrong, 2 of them with confidence 0.95: a Poisson rate per minute
# not scaled to a two-minute window, "the top 5%" read as the lower tail); and a wrong answer met while writing it
item("area under y = x e^(-x) from x=0 to x=1", "calculus", "expr", expr(sp.integrate(x * sp.exp(-x), (x, 0, 1))),
     UNSEEN)  # fmt: skip
item("factor x^4 - 16 over the rationals", "algebra", "expr", str(sp.factor(x**4 - 16)), UNSEEN)
item("X ~ Bin(15, 0.3). P(X >= 6)?", "probability", "number", stats.binom.sf(5, 15, 0.3), UNSEEN, tol=1e-9)
item("calls hit a help desk as a Poisson process at 2.5 per minute. probability of exactly 3 calls in a two-minute "
     "window?", "probability", "number", math.exp(-5) * 5**3 / 6, UNSEEN, tol=1e-9)  # fmt: skip
item("what value cuts off the top 5% of a normal distribution with mean 50 and variance 16?", "probability",
     "number", stats.norm.isf(0.05, 50, 4), UNSEEN)  # fmt: skip
item("27 of 400 solder joints failed inspection. Does the failure rate differ from 5%? One-sample proportion z-test "
     "(null standard error, no continuity correction), two-sided, alpha 0.05.", "hypothesis_test", "number",
     2 * stats.norm.sf(abs(27 / 400 - 0.05) / math.sqrt(0.05 * 0.95 / 400)), UNSEEN, key="p_value")  # fmt: skip
item("I'm screening 7 two-level factors with a one-eighth fraction of the full factorial. How many runs is that?",
     "design", "runs", 2 ** 7 // 8, UNSEEN)  # fmt: skip
item("how many parts per group do I need for a two-sample t-test to detect a 0.5 mm difference in means when sigma "
     "is 0.8 mm, alpha = 0.05 two-sided, 90% power?", "sample_size", "int", n_two(0.5 / 0.8, 0.9), UNSEEN, key="n")  # fmt: skip
item("fit line y=x data x 1 2 3 y 2 4 7", "regression", "number", slope([1, 2, 3], [2, 4, 7]), UNSEEN, key="slope")

# seventh round (first run: all 30 answers right, 28 scored right: the number rule did not read exact results)
item("lim x->0 of (1 - cos(3x))/x^2", "calculus", "number", float(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)), UNSEEN)
item("integrate x squared times e^-x from 0 to 2", "calculus", "number",
     integrate.quad(lambda v: v**2 * math.exp(-v), 0, 2)[0], UNSEEN)  # fmt: skip

# a second seventh round, written in parallel (first run 25/30 right, 3 refused, 2 wrong at confidence 0.3)
item("X ~ N(50, 4^2). P(46 < X < 55)?", "probability", "number", stats.norm.cdf(55, 50, 4) - stats.norm.cdf(46, 50, 4),
     UNSEEN)  # fmt: skip
item("binomial with 20 trials and p=.3, what is the chance of 4 or fewer successes", "probability", "number",
     stats.binom.cdf(4, 20, 0.3), UNSEEN)  # fmt: skip
OLD, NEW = [71.2, 69.8, 72.5, 70.1, 70.9], [73.4, 72.8, 74.1, 71.9, 73.0]
item("does the new catalyst increase yield? old: 71.2 69.8 72.5 70.1 70.9, new: 73.4 72.8 74.1 71.9 73.0. "
     "pooled-variance two-sample t-test, one-sided (new > old), alpha = 0.05", "hypothesis_test", "number",
     stats.ttest_ind(NEW, OLD, equal_var=True, alternative="greater").pvalue, UNSEEN, key="p_value")  # fmt: skip
item("fit a straight line to (1, 2.1), (2, 3.9), (3, 6.2), (4, 7.8), (5, 10.1) - slope?", "regression", "number",
     slope([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]), UNSEEN, key="slope")  # fmt: skip
item("one-way ANOVA: machine 1 20.1, 19.8, 20.5, 20.3; machine 2 21.0, 20.7, 21.4, 20.9; machine 3 19.5, 19.9, 19.2, "
     "19.7", "anova", "number", stats.f_oneway([20.1, 19.8, 20.5, 20.3], [21.0, 20.7, 21.4, 20.9],
     [19.5, 19.9, 19.2, 19.7]).pvalue, UNSEEN, key="p_value")  # fmt: skip

# limit and integral shorthands, design replicates and centre points (fixes for round-8 misses: "lim x->0 f",
# "int f dx from 0 to inf", a 2^3 "with 2 replicates" answered as 8 runs at confidence 0.95)
item("lim (x -> 0) of tan(x)/x", "calculus", "expr", expr(sp.limit(sp.tan(x) / x, x, 0)))
item("limit x->1- (x^2 - 1)/(x - 1)", "calculus", "expr", expr(sp.limit((x**2 - 1) / (x - 1), x, 1, "-")))
item("int x e^(-2x) dx, 0..inf", "calculus", "expr", expr(sp.integrate(x * sp.exp(-2 * x), (x, 0, sp.oo))))
item("integral from 1 to e of ln(x) dx", "calculus", "expr", expr(sp.integrate(sp.log(x), (x, 1, sp.E))))
item("a 2^4 factorial run in triplicate, total runs?", "design", "runs", 2**4 * 3)
item("2^(4-1) design, replicated 2 times plus 4 centre points", "design", "runs", 2 ** (4 - 1) * 2 + 4)
item("Plackett-Burman screening of 7 factors with 2 replicates", "design", "runs", 8 * 2)  # 8 runs: 4k above 7


# ---- eighth round (stats): a named ANOVA stands over Kruskal-Wallis, ANOVA from summary statistics, sample sizes
# for a margin of error, exact binomial tests read as tests; phrased apart from the round's questions
def summary_sample(n, mean, sd):
    """n values with exactly the stated mean and sd (f_oneway needs data)."""
    z = np.arange(n, dtype=float)
    return mean + sd * (z - z.mean()) / z.std(ddof=1)


HEAT = [[41.2, 40.8, 41.5, 40.9, 47.9], [43.1, 43.4, 42.8, 43.0, 43.3], [40.2, 40.5, 39.9, 40.4, 40.1]]
item("one-way ANOVA F statistic for three heat treatments: T1 41.2 40.8 41.5 40.9 47.9, T2 43.1 43.4 42.8 43.0 43.3, "
     "T3 40.2 40.5 39.9 40.4 40.1", "anova", "number", stats.f_oneway(*HEAT).statistic, key="statistic")  # fmt: skip
item("compare 4 machines from their summaries: sizes 8, 10, 9, 8; average diameters 25.02, 25.06, 24.99, 25.03 mm; "
     "standard deviations 0.04, 0.05, 0.03, 0.04 mm. ANOVA p-value?", "anova", "number",
     stats.f_oneway(*map(summary_sample, [8, 10, 9, 8], [25.02, 25.06, 24.99, 25.03], [0.04, 0.05, 0.03, 0.04])).pvalue,
     key="p_value")  # fmt: skip
item("how many shafts must we measure so that a 99% confidence interval for the mean diameter is within ±0.01 mm? "
     "the process sigma is 0.03 mm", "sample_size", "int", math.ceil((stats.norm.ppf(0.995) * 0.03 / 0.01) ** 2),
     key="n")  # fmt: skip
item("sample size for estimating the scrap fraction to within 3 percentage points with 90% confidence; previous "
     "studies show about 15% scrap", "sample_size", "int",
     math.ceil(samplesize_confint_proportion(0.15, 0.03, alpha=0.10)), key="n")  # fmt: skip
item("a supplier claims at most 1% defectives; we found 3 defective in 80 parts. exact binomial test, H1: p > 0.01, "
     "p-value?", "hypothesis_test", "number", stats.binomtest(3, 80, 0.01, alternative="greater").pvalue,
     key="p_value")  # fmt: skip
item("out of 150 parts 1 failed. exact binomial test of whether the failure rate is below 5%, one-sided",
     "hypothesis_test", "number", stats.binomtest(1, 150, 0.05, alternative="less").pvalue, key="p_value")  # fmt: skip


# ---- spc from summaries (fix-spc): control limits from the grand mean and R-bar (the printed factor table,
# Montgomery Appendix VI), attribute limits from a phase I study's totals, capability from the measurements,
# and a normal's share outside its specification
item("control limits for an X-bar chart: 20 subgroups of 4, grand average 10.2 mm and mean range 0.35 mm; give the "
     "lower limit", "control_chart", "number", 10.2 - 0.729 * 0.35, key="lcl")  # fmt: skip
item("R-bar 1.2 with subgroups of 6: where is the upper limit of the range chart?", "control_chart", "number",
     2.004 * 1.2, key="ucl")  # fmt: skip
item("fraction-defective chart: 30 daily samples of 80 units, 96 nonconforming units found in all. upper control "
     "limit?", "control_chart", "number", 0.04 + 3 * math.sqrt(0.04 * 0.96 / 80), key="ucl")  # fmt: skip
item("c chart limits: 20 rolls of cloth inspected with 160 flaws in total", "control_chart", "number",
     160 / 20 + 3 * math.sqrt(160 / 20), key="ucl")  # fmt: skip
PP = [20.3, 19.8, 20.1, 20.4, 19.9, 20.0, 20.2, 19.7]
item("given the measurements 20.3, 19.8, 20.1, 20.4, 19.9, 20.0, 20.2, 19.7 and specification limits 19 to 21, compute "
     "Pp", "capability", "number", (21 - 19) / (6 * np.std(PP, ddof=1)))  # fmt: skip
item("the thickness is normally distributed with mean 2.00 mm and standard deviation 0.03 mm; the specification is "
     "1.95 to 2.05 mm. what proportion of parts is nonconforming?", "probability", "number",
     stats.norm.cdf(1.95, 2.0, 0.03) + stats.norm.sf(2.05, 2.0, 0.03), tol=1e-9)  # fmt: skip
item("process average 50.3, sd 0.4, spec 49 to 52: expected percent outside the limits?", "capability", "number",
     100 * (stats.norm.cdf(49, 50.3, 0.4) + stats.norm.sf(52, 50.3, 0.4)), tol=1e-9)  # fmt: skip


# eighth round, two sets of 30 written in parallel (first runs: 23/30 and 20/30 right once three items' missing
# `key` is corrected; 6 and 7 refused; one wrong at 0.95 in each: a replicated 2^3 answered as 8 runs, and an
# ANOVA the arbiter replaced with Kruskal-Wallis because labels "S1".."S4" were read as data). The misses:
def printed_a2(n):
    """A2 = 3 / (d2 sqrt(n)), d2 by quadrature, rounded to 3 decimals as the printed factor tables give it."""
    d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]
    return round(3 / (d2 * math.sqrt(n)), 3)


def p_chart_ucl(total, samples, n):
    p_bar = total / (samples * n)
    return p_bar + 3 * math.sqrt(p_bar * (1 - p_bar) / n)


OPS = [[10.12, 10.15, 10.11, 10.14, 10.13], [10.16, 10.18, 10.15, 10.17, 10.19], [10.12, 10.14, 10.13, 10.11, 10.15]]
SUPPLIERS = [[412, 405, 418, 409, 411], [420, 416, 425, 419, 422], [408, 402, 410, 405, 407], [415, 419, 413, 417, 416]]
PPK = [5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99]
item("lim x->0 (1 - cos x)/x^2", "calculus", "expr", expr(sp.limit((1 - sp.cos(x)) / x**2, x, 0)), UNSEEN)
item("int x^2 e^(-x) dx from 0 to inf", "calculus", "expr", expr(sp.integrate(x**2 * sp.exp(-x), (x, 0, sp.oo))),
     UNSEEN)  # fmt: skip
item("4 defective out of 50 inspected. exact binomial test, one-sided, is the defect rate above 2%?", "hypothesis_test",
     "number", stats.binomtest(4, 50, 0.02, alternative="greater").pvalue, UNSEEN, key="p_value")  # fmt: skip
item("4 defectives in n=50, H0: p=0.02 vs p > 0.02, exact binomial test. p-value?", "hypothesis_test", "number",
     stats.binomtest(4, 50, 0.02, alternative="greater").pvalue, UNSEEN, key="p_value")  # fmt: skip
item("three operators measured the same part 5 times each (mm). op1 10.12 10.15 10.11 10.14 10.13, op2 10.16 10.18 "
     "10.15 10.17 10.19, op3 10.12 10.14 10.13 10.11 10.15. one-way anova F statistic for operator?", "anova",
     "number", stats.f_oneway(*OPS).statistic, UNSEEN, key="statistic")  # fmt: skip
item("anova on tensile (MPa) for 4 suppliers: S1 412 405 418 409 411; S2 420 416 425 419 422; S3 408 402 410 405 407; "
     "S4 415 419 413 417 416. F and p, alpha=.05", "anova", "number", stats.f_oneway(*SUPPLIERS).pvalue, UNSEEN,
     key="p_value")  # fmt: skip
item("one-way anova from summary stats: 3 groups, n=5 each, means 10.2 11.0 12.1, sd 1.1 0.9 1.3. p-value?", "anova",
     "number", stats.f_oneway(*map(summary_sample, [5, 5, 5], [10.2, 11.0, 12.1], [1.1, 0.9, 1.3])).pvalue, UNSEEN,
     key="p_value")  # fmt: skip
item("2^3 full factorial with 2 replicates, how many runs", "design", "runs", 2**3 * 2, UNSEEN)
item("xbar chart, subgroup size n=5, grand mean 74.001 mm, Rbar 0.023 mm. what is the UCL?", "control_chart",
     "number", 74.001 + printed_a2(5) * 0.023, UNSEEN, key="ucl")  # fmt: skip
item("xbar-R chart, subgroup n=5, xbarbar = 50.2, Rbar = 1.8. UCL for the xbar chart?", "control_chart", "number",
     50.2 + printed_a2(5) * 1.8, UNSEEN, key="ucl")  # fmt: skip
item("p chart from 25 samples of 200 units each, 150 defectives in total. upper control limit?", "control_chart",
     "number", p_chart_ucl(150, 25, 200), UNSEEN, key="ucl")  # fmt: skip
item("p chart: 20 samples of n=100, 160 defectives total. UCL?", "control_chart", "number", p_chart_ucl(160, 20, 100),
     UNSEEN, key="ucl")  # fmt: skip
item("Ppk from 5.02 4.98 5.05 5.01 4.97 5.03 5.00 4.99 with LSL 4.90, USL 5.10 (overall sample sd)", "capability",
     "number", min(5.10 - np.mean(PPK), np.mean(PPK) - 4.90) / (3 * np.std(PPK, ddof=1)), UNSEEN)  # fmt: skip
item("shaft dia ~ N(25.00, 0.02^2) mm, spec 24.96 to 25.03 mm. what fraction is out of spec?", "probability",
     "number", stats.norm.cdf(24.96, 25, 0.02) + stats.norm.sf(25.03, 25, 0.02), UNSEEN)  # fmt: skip
item("sample size needed to estimate a mean to within +/- 0.5 mm at 95% confidence, sigma known = 2 mm",
     "sample_size", "int", math.ceil((stats.norm.ppf(0.975) * 2 / 0.5) ** 2), UNSEEN, key="n")  # fmt: skip
item("how many parts to estimate the mean within +/-0.5 mm with a 95% CI, sd=2 mm (z-based)", "sample_size", "int",
     math.ceil((stats.norm.ppf(0.975) * 2 / 0.5) ** 2), UNSEEN, key="n")  # fmt: skip
item("sample size to estimate defect rate within ±2% at 95% conf, expect p≈0.10", "sample_size", "int",
     math.ceil(stats.norm.ppf(0.975) ** 2 * 0.1 * 0.9 / 0.02**2), UNSEEN, key="n")  # fmt: skip


# ---- ninth round (stats, spc): a share per item implies a binomial, a rate per unit a Poisson ("1.5/min",
# "0.2 per m^2"), effects and sds in prose, a mean's margin never read as a proportion's, a one-sided direction
# in words with the samples' labels, limits from a nominal and tolerance, k-sigma limits, document labels
STRAIN = [[70.2, 71.5, 69.8, 72.0, 70.9], [69.1, 70.8, 69.5, 70.7, 70.2]]
BORES = [12.03, 11.98, 12.01, 12.04, 11.99, 12.00, 12.02, 11.97]
item("A molding cell rejects 4% of its caps. For a tray of 25 caps, what is the chance that at least 2 are rejected?",
     "probability", "number", stats.binom.sf(1, 25, 0.04), tol=1e-9)  # fmt: skip
item("arrivals at 1.5/min (Poisson): probability of at most 2 arrivals in a 3 min interval?", "probability", "number",
     stats.poisson.cdf(2, 1.5 * 3), tol=1e-9)  # fmt: skip
item("Flaws occur at 0.2 per m^2. P(exactly 1 flaw on a 4 m^2 panel)?", "probability", "number",
     stats.poisson.pmf(1, 0.2 * 4), tol=1e-9)  # fmt: skip
item("How many per group to detect a difference of 0.5 degC between two ovens when the standard deviation is about "
     "0.8 degC, with 80% power at alpha 0.05?", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(0.5 / 0.8, power=0.8, alpha=0.05)), key="n")  # fmt: skip
item("We want the average fill volume within +/- 1.5 mL at 95% confidence; the process sigma, from last year's data, "
     "is 4 mL. How many bottles?", "sample_size", "int", math.ceil((stats.norm.ppf(0.975) * 4 / 1.5) ** 2),
     key="n")  # fmt: skip
item("weights before: 70.2 71.5 69.8 72.0 70.9; after: 69.1 70.8 69.5 70.7 70.2. one-tailed paired t-test: is the "
     "weight after the program smaller? p-value?", "hypothesis_test", "number",
     stats.ttest_rel(STRAIN[1], STRAIN[0], alternative="less").pvalue, key="p_value")  # fmt: skip
item("bore sizes 12.03 11.98 12.01 12.04 11.99 12.00 12.02 11.97 mm, nominal 12.00 mm with a tolerance of +/- 0.08 mm: "
     "Ppk?", "capability", "number",
     min(12.08 - np.mean(BORES), np.mean(BORES) - 11.92) / (3 * np.std(BORES, ddof=1)))  # fmt: skip
item("Job QA-77: c chart with c-bar 4.5 defects per unit. 3-sigma UCL?", "control_chart", "number",
     4.5 + 3 * math.sqrt(4.5), key="ucl")  # fmt: skip
item("p chart, p-bar 0.05 with samples of 150: 2-sigma upper warning limit?", "control_chart", "number",
     0.05 + 2 * math.sqrt(0.05 * 0.95 / 150), key="ucl")  # fmt: skip


# ---- ninth round (calculus, algebra, units): integrals written as physics over explicit bounds, remarks around an
# expression, complex roots where asked, "at what t is V = 140?", conversational unit conversions; phrased apart
# from the round's questions
def complex_roots(polynomial) -> list[str]:
    z = sp.Symbol("z")
    return [str(r) for r in sp.solve(polynomial(z), z)]


def times(equation) -> list[str]:
    return [str(r) for r in sp.solve(equation, t) if r >= 0]


item("an object moves with velocity v(t) = 6t - t^2 ft/s; find its displacement from t = 1 to t = 4 s", "calculus",
     "expr", expr(sp.integrate(6 * t - t**2, (t, 1, 4))))  # fmt: skip
item("pump delivers q(t) = 40 - 2t gal/min. how much is pumped between t = 0 and t = 10 min?", "calculus", "expr",
     expr(sp.integrate(40 - 2 * t, (t, 0, 10))))  # fmt: skip
item("spring force F(x) = 12x N; work to stretch it from x=0 to x=0.5 m", "calculus", "expr",
     expr(sp.integrate(12 * x, (x, 0, sp.Rational(1, 2)))))  # fmt: skip
item("area under sin(x)^2 between x=0 and x=pi, thanks", "calculus", "expr",
     expr(sp.integrate(sp.sin(x) ** 2, (x, 0, sp.pi))))  # fmt: skip
item("solve x^2 - 6x + 10 = 0 (complex answers allowed)", "algebra", "set", complex_roots(lambda z: z**2 - 6 * z + 10))
item("find the roots of x^2 + 9, complex ok", "algebra", "set", complex_roots(lambda z: z**2 + 9))
item("a cooling bath follows T = 90 - 3t (t in minutes). at what t is T = 45?", "algebra", "set",
     times(90 - 3 * t - 45))  # fmt: skip
item("ball height h = 2 + 15t - 5t^2 m; when does h = 12?", "algebra", "set", times(2 + 15 * t - 5 * t**2 - 12))
item("the gauge shows 2.5 bar -- what's that in psi?", "unit_conversion", "number", 2.5 * constants.bar / constants.psi,
     key="value")  # fmt: skip
item("98.6°F => °C?", "unit_conversion", "number", temperature(98.6, "F", "C"), key="value")
item("how many kPa is a 14.7 psi reading?", "unit_conversion", "number", 14.7 * constants.psi / constants.kilo,
     key="value")  # fmt: skip


# ninth round, two sets of 30 written in parallel (first runs: 20/30 and 25/30 right once four items' missing
# `key` is corrected; 9 and 4 refused; one wrong at 0.95: "N(100, 15²)" read as the standard normal, because "²"
# hid the 15). The misses:
BEFORE_CURE = [41.2, 39.8, 40.5, 42.1, 40.9, 41.7, 39.5, 40.8]
AFTER_CURE = [40.1, 39.0, 40.2, 41.0, 40.3, 40.9, 39.1, 39.9]
LINE_A = [9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97, 10.01, 10.02]
item("particle velocity v(t) = 3t² - 2t m/s. displacement between t=0 and t=2 s?", "calculus", "number",
     float(sp.integrate(3 * t**2 - 2 * t, (t, 0, 2))), UNSEEN)  # fmt: skip
item("notebook: need the area under x^2 e^(-x) between x=0 and x=3, i.e. definite integral", "calculus", "number",
     float(sp.integrate(x**2 * sp.exp(-x), (x, 0, 3))), UNSEEN)  # fmt: skip
item("solve x**2 + 4x + 13 = 0 (complex roots ok)", "algebra", "set",
     complex_roots(lambda z: z**2 + 4 * z + 13), UNSEEN)  # fmt: skip
item("tank holds 500 L and drains so that V = 500 - 20t (t in min). at what t is V = 140?", "algebra", "set",
     [expr(r) for r in sp.solve(500 - 20 * t - 140, t)], UNSEEN)  # fmt: skip
item("X ~ N(100, 15²), P(X > 130)?", "probability", "number", stats.norm.sf(130, 100, 15), UNSEEN)
item("our line makes 3% scrap; in a lot of 50 parts, P(at most 2 scrapped)?", "probability", "number",
     stats.binom.cdf(2, 50, 0.03), UNSEEN)  # fmt: skip
item("support calls come in at 4/hr on avg (Poisson). prob of exactly 6 calls in an hour?", "probability", "number",
     stats.poisson.pmf(6, 4), UNSEEN)  # fmt: skip
item("oven's at 350°F, what's that in °C", "unit_conversion", "number", (350 - 32) * 5 / 9, UNSEEN, key="value")
item("tyre pressure 32 psi -> kPa?", "unit_conversion", "number", 32 * constants.psi / 1000, UNSEEN, key="value")
item("relief valve set at 250 psi -- what is that in kPa?", "unit_conversion", "number", 250 * constants.psi / 1000,
     UNSEEN, key="value")  # fmt: skip
item("shaft dia spec 25.00 ± 0.05 mm, process σ = 0.012 mm. Cp?", "capability", "number", 0.10 / (6 * 0.012), UNSEEN)
item("Line A shaft diameters (mm): 9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97, 10.01, 10.02; spec 10.00 "
     "+/- 0.06 mm. Ppk using the overall sample standard deviation?", "capability", "number",
     min(10.06 - np.mean(LINE_A), np.mean(LINE_A) - 9.94) / (3 * np.std(LINE_A, ddof=1)), UNSEEN)  # fmt: skip
item("two-sample t-test: want to detect a 2 mm shift, sd ≈ 3 mm, α = 0.05 two-sided, 90% power. n per group?",
     "sample_size", "int", math.ceil(TTestIndPower().solve_power(2 / 3, alpha=0.05, power=0.9)), UNSEEN,
     key="n")  # fmt: skip
item("Hi, how many parts do we need to measure to estimate the mean bore diameter within +/-0.25 mm at 99% "
     "confidence? sigma is known from history, 1.2 mm.", "sample_size", "int",
     math.ceil((stats.norm.ppf(0.995) * 1.2 / 0.25) ** 2), UNSEEN, key="n")  # fmt: skip
item("Hi, we measured coating thickness (um) on the same 8 panels before and after cure. before: 41.2, 39.8, 40.5, "
     "42.1, 40.9, 41.7, 39.5, 40.8  after: 40.1, 39.0, 40.2, 41.0, 40.3, 40.9, 39.1, 39.9. Can you run a paired "
     "t-test, one-sided, to see whether the thickness after cure is lower? What p-value do you get?",
     "hypothesis_test", "number", stats.ttest_rel(AFTER_CURE, BEFORE_CURE, alternative="less").pvalue, UNSEEN,
     key="p_value")  # fmt: skip

# first refused on purpose (round 1), answered since round 9: X-bar limits from subgroup means and ranges
item("x-bar chart limits for subgroup means 10.1 10.3 9.9 10.0 10.2 with ranges 0.4 0.5 0.3 0.6 0.4, n=4",
     "control_chart", "number", np.mean([10.1, 10.3, 9.9, 10.0, 10.2]) + printed_a2(4) * np.mean([0.4, 0.5, 0.3, 0.6, 0.4]),
     UNSEEN, key="ucl")  # fmt: skip

# ---- round 11 (counts and proportions, fix-r11b): a count out of n against a claimed or known proportion (exact
# binomial when few are expected), contingency tables as labelled counts per group, the two proportions of a sample
# size in prose, repeated group headings of any word; phrased apart from the round's questions
item("The datasheet guarantees at most 1 percent dead pixels per panel lot. We checked 150 panels and found 5 with dead "
     "pixels. Is the rate above the guarantee?", "hypothesis_test", "number",
     stats.binomtest(5, 150, 0.01, alternative="greater").pvalue, key="p_value")  # fmt: skip
item("Historically 4% of castings show porosity. In this week's sample of 300, 21 showed porosity. Has the rate "
     "changed? two-sided, alpha 0.05", "hypothesis_test", "number",
     2 * stats.norm.sf(abs(21 / 300 - 0.04) / math.sqrt(0.04 * 0.96 / 300)), key="p_value")  # fmt: skip
item("Complaint category by region. North: 14 billing, 22 delivery, 9 quality; South: 20 billing, 11 delivery, "
     "13 quality; West: 8 billing, 15 delivery, 12 quality. Is the complaint mix independent of region?",
     "hypothesis_test", "number",
     stats.chi2_contingency([[14, 22, 9], [20, 11, 13], [8, 15, 12]], correction=False).pvalue, key="p_value")  # fmt: skip
item("oven A had 45 good and 5 cracked; oven B had 38 good and 12 cracked. chi-square test with Yates' continuity "
     "correction: are cracks associated with the oven?", "hypothesis_test", "number",
     stats.chi2_contingency([[45, 5], [38, 12]], correction=True).pvalue, key="p_value")  # fmt: skip
item("Our first-pass yield is 85% and the redesign should lift it to 90%. Per-arm sample size for 90% power, alpha "
     "0.05, using Cohen's h?", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(0.90, 0.85)), power=0.9,
                                            alpha=0.05)), key="n")  # fmt: skip
item("to show the return rate drops from 0.12 to 0.08, how many orders per group at 80% power?", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(0.12, 0.08)), power=0.8,
                                            alpha=0.05)), key="n")  # fmt: skip
item("Hardness (HRC) by quench oil: oil 1 52.1 51.8 52.4 52.0; oil 2 53.0 53.4 52.9 53.2; oil 3 51.5 51.9 51.2 "
     "51.7. one-way ANOVA p-value?", "anova", "number",
     stats.f_oneway([52.1, 51.8, 52.4, 52.0], [53.0, 53.4, 52.9, 53.2], [51.5, 51.9, 51.2, 51.7]).pvalue,
     key="p_value")  # fmt: skip


# ---- tenth round (stats, spc, calculus, algebra): a one-sample t-test against a claim, nominal or target (a
# percentage on the data's scale), an effect in standard deviations, a numbered exercise, a zero lower limit,
# periodic equations answered by their general solution (solveset, compared on [-50, 50]); phrased apart from the
# round's questions
POTENCY = [98.9, 99.6, 100.4, 99.1, 98.7, 99.3]
SHAFT_LENGTHS = [50.12, 50.08, 49.97, 50.15, 50.10, 50.06]
item("tablet potency, % of label: 98.9 99.6 100.4 99.1 98.7 99.3 -- test against the 100% claim (one-sample t), p?",
     "hypothesis_test", "number", stats.ttest_1samp(POTENCY, 100).pvalue, key="p_value")  # fmt: skip
item("shaft lengths 50.12 50.08 49.97 50.15 50.10 50.06 mm, nominal 50.00 mm: is the mean off nominal? t-test p-value",
     "hypothesis_test", "number", stats.ttest_1samp(SHAFT_LENGTHS, 50).pvalue, key="p_value")  # fmt: skip
item("per-arm n for a t-test that detects half a standard deviation, alpha 0.05, power 90%", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(0.5, alpha=0.05, power=0.9)), key="n")  # fmt: skip
item("two-sample t-test, effect of 0.8 SD, 85% power, alpha 0.05: n per group?", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(0.8, alpha=0.05, power=0.85)), key="n")  # fmt: skip
item("Problem 4: integrate ln(x) from 0 to 1", "calculus", "expr", expr(sp.integrate(sp.log(x), (x, 0, 1))))
item("u chart centre line 0.9 defects per unit with 10 units per sample: LCL?", "control_chart", "number",
     float(sp.Max(0, sp.Rational(9, 10) - 3 * sp.sqrt(sp.Rational(9, 100)))), key="lcl")  # fmt: skip
item("solve tan(x) = 1 for real x", "algebra", "expr", sp.sstr(sp.solveset(sp.tan(x) - 1, x, sp.S.Reals)))
item("which x satisfy 2cos(x) = 1?", "algebra", "expr", sp.sstr(sp.solveset(2 * sp.cos(x) - 1, x, sp.S.Reals)))


# ---- eleventh round (fix-r11a): shorthand typed in a hurry ("deriv", "partial wrt y", "eigvals", "inv", "rref"),
# exponential lifetimes over a time window, one-sample t and z tests from summary statistics, "1-way ... per grp",
# and refusals that say what is missing (capability without mean and sd, a two-way ANOVA from group summaries)
Y = sp.Symbol("y", real=True)
item("2nd deriv of x^2 ln(x) wrt x", "calculus", "expr", expr(sp.diff(x**2 * sp.log(x), x, 2)))
item("partial wrt y of x^3 y^2 + sin(x y)", "calculus", "expr", expr(sp.diff(x**3 * Y**2 + sp.sin(x * Y), Y)))
item(
    "eigvals of [[4,1],[2,3]]", "linear_algebra", "set", sorted(str(v) for v in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
)
item("rref of [[1, 2, 1], [2, 4, 0]]", "linear_algebra", "expr", str(sp.Matrix([[1, 2, 1], [2, 4, 0]]).rref()[0]))
item("inv of [[2, 1], [5, 3]]", "linear_algebra", "expr", str(sp.Matrix([[2, 1], [5, 3]]).inv()))
item("a pump's time to failure is exponential, MTBF 8000 h. probability it is still running after 10000 hours?",
     "probability", "number", stats.expon.sf(10000, scale=8000), tol=1e-9)  # fmt: skip
item("exponential failure rate 5x10^-5 per hour; chance a unit fails within the first 2000 hours", "probability",
     "number", stats.expon.cdf(2000, scale=1 / 5e-5), tol=1e-9)  # fmt: skip
item("exponential life, failure rate 0.001 per hour; probability of failing between 500 and 1500 h", "probability",
     "number", stats.expon.cdf(1500, scale=1000) - stats.expon.cdf(500, scale=1000), tol=1e-9)  # fmt: skip
item("single-sample t test: n = 18, xbar 7.42, s 0.35, target 7.25, is the mean above target?", "hypothesis_test",
     "number", stats.ttest_1samp(summary_sample(18, 7.42, 0.35), 7.25, alternative="greater").pvalue,
     key="p_value")  # fmt: skip
item("z-test, sigma known = 2.5, n = 30, avg 41.1, H0: mu = 40", "hypothesis_test", "number",
     2 * stats.norm.sf((41.1 - 40) / (2.5 / math.sqrt(30))), key="p_value")  # fmt: skip
item("1-way anova: n = 6 per grp, means 12.1 13.4 12.8 14.0, sds 1.1 1.3 0.9 1.2; p-value?", "anova", "number",
     stats.f_oneway(*map(summary_sample, [6] * 4, [12.1, 13.4, 12.8, 14.0], [1.1, 1.3, 0.9, 1.2])).pvalue,
     key="p_value")  # fmt: skip
item("compute Ppk, specs 4.9 to 5.1", "capability", "refuse", None)
item("two-way anova p for means 5 6 7, sds 1 1 1, n=4 each", "anova", "refuse", None)

# ---- twelfth round (main): surviving a stretch of operation in words
item("compressor time to failure is exponential, MTBF 2000 hours. chance it makes it through a 300-hour run without "
     "failing?", "probability", "number", stats.expon.sf(300, scale=2000), tol=1e-9)  # fmt: skip
# a fit's R^2 beside "x vs y" lists; a normal whose second parameter the words name
item("load (kN) 2, 4, 6, 8, 10 vs deflection (mm) 0.41, 0.79, 1.22, 1.58, 2.03 -- coefficient of determination?",
     "regression", "number", stats.linregress([2, 4, 6, 8, 10], [0.41, 0.79, 1.22, 1.58, 2.03]).rvalue ** 2,
     tol=1e-9, key="r_squared")  # fmt: skip
item("fill weights ~ N(500, 9), where 9 is the variance (g^2). share of bottles under 495 g?", "probability",
     "number", stats.norm.cdf(495, 500, 3), tol=1e-9)  # fmt: skip
# the unknown asked by name beside its equation
item("x^2 - 2x = 15, what's x?", "algebra", "set", [str(r) for r in sp.solve(x**2 - 2 * x - 15, x)])
item("find all real t with sqrt(2t + 3) = t", "algebra", "set", ["3"])

# ---- round 12 (fix-r12a): a defined function's derivative in Leibniz or prime notation (at a point too), an equation
# stated in one sentence and its roots asked in another, a contingency table as a header of columns and labelled rows
# of counts; phrased apart from the round's questions
laplace_s = sp.Symbol("s")
item("Spindle temperature T(t) = 30 + 40t e^(-t/8) degC. dT/dt?", "calculus", "expr",
     expr(sp.diff(30 + 40 * t * sp.exp(-t / 8), t)))  # fmt: skip
item("f(x) = x^3 ln(x); what is f'(2)?", "calculus", "number", float(sp.diff(x**3 * sp.log(x), x).subs(x, 2)))
item("The loop's characteristic polynomial is s^3 + 6s^2 + 11s + 6. Find its zeros.", "algebra", "set",
     [str(r) for r in sp.solve(laplace_s**3 + 6 * laplace_s**2 + 11 * laplace_s + 6, laplace_s)])  # fmt: skip
item("Returns by region, columns damaged / late / wrong item: north 18 9 6, south 11 14 5, east 9 7 12. Test of "
     "independence between region and return reason, p?", "hypothesis_test", "number",
     stats.chi2_contingency([[18, 9, 6], [11, 14, 5], [9, 7, 12]], correction=False).pvalue, key="p_value")  # fmt: skip

# ---- round 12b: Taylor/Maclaurin polynomials (sympy series, its exclusive order n + 1 for "through x^n"), spec limits
# written "a / b" or "LSL/USL a/b", conversions "X unit = ? unit" and "unit in X unit", a mean's sample size by the
# method named (statsmodels NormalIndPower: ratio=0 for one sample or pairs); phrased apart from the round's questions
item("Taylor polynomial of cos(x)*e^(-x) about x = 0, keeping terms up to and including x^3", "calculus", "expr",
     expr(sp.series(sp.cos(x) * sp.exp(-x), x, 0, 4).removeO()))  # fmt: skip
item("give the first 3 non-zero terms of the Maclaurin expansion of ln(1+x^2)", "calculus", "expr",
     expr(sp.series(sp.log(1 + x**2), x, 0, 7).removeO()))  # fmt: skip
item("expand sqrt(x) as a Taylor series around x = 9 to second order", "calculus", "expr",
     expr(sp.sqrt(9) + sp.diff(sp.sqrt(x), x).subs(x, 9) * (x - 9) + sp.diff(sp.sqrt(x), x, 2).subs(x, 9) / 2 * (x - 9) ** 2))  # fmt: skip
item("Pp for 5.02 4.98 5.05 5.01 4.97 5.03 5.00 4.99, LSL/USL 4.90/5.10", "capability", "number",
     (5.10 - 4.90) / (6 * np.std(PPK, ddof=1)))  # fmt: skip
item(
    "process mean 25.03, std dev 0.02, spec 24.95 / 25.10, Cpk?", "capability", "number", cpk(25.03, 0.02, 24.95, 25.10)
)
item("12 gallons = ? liters", "unit_conversion", "number", 12 * constants.gallon / constants.liter, key="value")
item("newtons in 50 lbf?", "unit_conversion", "number", 50 * constants.lbf, key="value")
item("how many per arm to detect a mean difference of 3 with sigma 6, 90% power, alpha 0.05, z-based formula",
     "sample_size", "int", math.ceil(NormalIndPower().solve_power(effect_size=0.5, power=0.9, alpha=0.05)), key="n")  # fmt: skip
item("paired study, normal approximation: pairs needed to detect a mean change of 1.5 when the sd of differences is 3, "
     "power 0.8", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05, ratio=0)), key="n")  # fmt: skip

# ---- round 13b: limits asked in words (sympy limit), Poisson rates in words and over a stated interval (scipy poisson),
# a one-sample proportion against a claimed rate with no bound (scipy binomtest), the classic ANOVA with "equal variances
# assumed" (scipy f_oneway); phrased apart from the round's questions
item("where does (x^2 + 3x)/(2x^2 - 1) head as x gets large?", "calculus", "number",
     float(sp.limit((x**2 + 3 * x) / (2 * x**2 - 1), x, sp.oo)))  # fmt: skip
item("what value does (e^(2x) - 1)/x approach when x tends to 0", "calculus", "number",
     float(sp.limit((sp.exp(2 * x) - 1) / x, x, 0)))  # fmt: skip
item("the kiln typically throws 2 cracked tiles a shift; odds of no more than 1 cracked tile in a shift?",
     "probability", "number", stats.poisson.cdf(1, 2), tol=1e-9)  # fmt: skip
item("the desk sees 4 tickets every 30 minutes on average. what are the chances of at least 10 tickets in an hour?",
     "probability", "number", stats.poisson.sf(9, 8), tol=1e-9)  # fmt: skip
item("vendor quotes a 1.5% reject rate. of 600 units received, 16 were rejects. exact binomial test: is the true rate "
     "above that?", "hypothesis_test", "number",
     stats.binomtest(16, 600, 0.015, alternative="greater").pvalue, key="p_value")  # fmt: skip
item("shift 1: 12.1 12.4 11.9 12.3 12.2; shift 2: 12.6 12.9 12.7 12.8 12.5; shift 3: 12.0 12.2 12.1 11.8 12.3. "
     "one-way ANOVA assuming equal variances, p?", "anova", "number",
     stats.f_oneway([12.1, 12.4, 11.9, 12.3, 12.2], [12.6, 12.9, 12.7, 12.8, 12.5], [12.0, 12.2, 12.1, 11.8, 12.3]).pvalue,
     key="p_value")  # fmt: skip

# ---- sample sizes by side and design: one-sided power analyses in words ("one-tailed", "1-sided", "upper-tailed", "we
# only care if it increases"; statsmodels solve_power with alternative="larger" of the effect's size), and t-tests of
# data without spread, whose t statistic is undefined (scipy: infinite or nan), refused
item("sample size for a one-sided one-sample t-test to detect a shift of 0.5 with sd 1, power 0.8, alpha 0.05",
     "sample_size", "int", math.ceil(TTestPower().solve_power(0.5, power=0.8, alpha=0.05, alternative="larger")),
     key="n")  # fmt: skip
item("one-tailed paired design: how many pairs to detect a mean drop of 1.5 with sd of the differences 3, 90% power, "
     "alpha 0.05?", "sample_size", "int",
     math.ceil(TTestPower().solve_power(1.5 / 3, power=0.9, alpha=0.05, alternative="larger")), key="n")  # fmt: skip
item("we only care if the new catalyst increases yield: how many runs per group to detect a 2 point difference, sd 3, "
     "80% power, alpha 0.05?", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(2 / 3, power=0.8, alpha=0.05, alternative="larger")), key="n")  # fmt: skip
h_scrap = abs(proportion_effectsize(0.05, 0.08))
item("1-sided two-proportion test: n per group to detect a drop in scrap rate from 8% to 5%, power 80%, alpha 0.05",
     "sample_size", "int", math.ceil(NormalIndPower().solve_power(h_scrap, power=0.8, alpha=0.05, alternative="larger")),
     key="n")  # fmt: skip
item("upper-tailed test, normal approximation: per-arm n to detect a mean difference of 3 with sigma 6, 90% power, "
     "alpha 0.05", "sample_size", "int",
     math.ceil(NormalIndPower().solve_power(0.5, power=0.9, alpha=0.05, alternative="larger")), key="n")  # fmt: skip
item("Do we need a one-sided test? We only care if the coating lasts longer. Effect size 0.6, power 90%, alpha 0.05, "
     "n per group", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(0.6, power=0.9, alpha=0.05, alternative="larger")), key="n")  # fmt: skip
item("sample size, one-sided or two-sided test, effect size 0.5, power 80%", "sample_size", "refuse", None)
item("paired t-test: before 10 12 14, after 11 13 15", "hypothesis_test", "refuse", None)
item("one-sample t-test: 4.2 4.2 4.2 4.2 4.2, H0: mu = 4, p-value?", "hypothesis_test", "refuse", None)
item("two-sample t-test: line A 5.0 5.0 5.0, line B 5.3 5.3 5.3", "hypothesis_test", "refuse", None)


# ---- round 14 (main): specification limits in either order or named in words, a stated d2 (the printed table's),
# a u chart's samples measured in area, a repeated root, rows of counts under a question of association; phrased apart
# from the rounds' questions
READINGS = [5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99]
SUBGROUPS = np.array([[3.1, 3.3, 3.0, 3.2], [3.4, 3.1, 3.2, 3.3], [3.0, 3.2, 3.1, 3.1]])
item("Ppk? spec 5.10 / 4.90, readings 5.02 4.98 5.05 5.01 4.97 5.03 5.00 4.99", "capability", "number",
     min(5.10 - np.mean(READINGS), np.mean(READINGS) - 4.90) / (3 * np.std(READINGS, ddof=1)))  # fmt: skip
item("seal strength: minimum spec 12 N, mean 15.3 N, sd 0.9 N. Cpk?", "capability", "number", (15.3 - 12) / (3 * 0.9))
item("Cpk for subgroups of 4: 3.1 3.3 3.0 3.2; 3.4 3.1 3.2 3.3; 3.0 3.2 3.1 3.1, LSL 2.5, USL 3.8, sigma from R-bar/d2 "
     "with d2 = 2.059", "capability", "number",
     min(3.8 - np.mean(SUBGROUPS), np.mean(SUBGROUPS) - 2.5) / (3 * np.ptp(SUBGROUPS, axis=1).mean() / 2.059))  # fmt: skip
item("u chart UCL: 30 samples, each covering 2 m² of sheet, 84 blemishes in total", "control_chart", "number",
     84 / 60 + 3 * math.sqrt(84 / 60 / 2), key="ucl")  # fmt: skip
item("roots of x^3 - 3x^2 + 3x - 1", "algebra", "set", roots(x**3 - 3 * x**2 + 3 * x - 1))
item("is line associated with defect type? line 1: 14, 9, 4; line 2: 8, 12, 10", "hypothesis_test", "number",
     stats.chi2_contingency([[14, 9, 4], [8, 12, 10]], correction=False).pvalue, key="p_value")  # fmt: skip
# ---- scientific notation: numbers such as 1.5e-3, 2E6, 3.0e+2, 6.02x10^23, 6.02×10^23, 1.2·10^-4 inside expressions,
# equations, bounds and conversions (sympy on exact rationals, scipy quad and constants); "2e^x" stays 2*exp(x), and a
# power followed by e-notation ("x^2e-3") is refused as ambiguous
item("solve 1.5e-3 x = 3", "algebra", "set", [str(r) for r in sp.solve(sp.Rational(3, 2000) * x - 3, x)])
item("integral of 2.5e-3 x^2 from 0 to 10", "calculus", "number", integrate.quad(lambda v: 2.5e-3 * v**2, 0, 10)[0])
item("derivative of 3.0e+2 x^2", "calculus", "expr", expr(sp.diff(300 * x**2, x)))
item("solve 6.02x10^23 x = 1.204x10^24", "algebra", "set",
     [str(r) for r in sp.solve(sp.Rational(602, 100) * 10**23 * x - sp.Rational(1204, 1000) * 10**24, x)])  # fmt: skip
item("integral of 1.2·10^-4 x^3 from 0 to 10", "calculus", "number", integrate.quad(lambda v: 1.2e-4 * v**3, 0, 10)[0])
item("derivative of 2e^x + 2E6 x", "calculus", "expr", expr(sp.diff(2 * sp.exp(x) + 2_000_000 * x, x)))
item("v(t) = 1.5e-3 t^2 m/s. displacement between t=0 and t=1e2 s", "calculus", "number",
     integrate.quad(lambda v: 1.5e-3 * v**2, 0, 100)[0])  # fmt: skip
item("limit of sin(1e3 x)/x as x -> 0", "calculus", "number", float(sp.limit(sp.sin(1000 * x) / x, x, 0)))
item("convert 2.5x10^5 Pa to psi", "unit_conversion", "number", 2.5e5 / constants.psi, key="value")
item("solve x^2e-3 = 1", "algebra", "refuse", None)


# ---- Welch's ANOVA: Welch's one-way ANOVA named, or asked as "not assuming equal variances" / "heteroscedastic"
# (statsmodels anova_oneway(use_var="unequal"), anova_generic from summaries), two groups as Welch's t-test (scipy
# ttest_ind, equal_var=False: the same test, F = t^2); summaries without n and a two-way Welch ANOVA refused
WELCH_LINES = ([5.1, 5.3, 4.9, 5.2], [5.6, 5.8, 5.5, 5.9, 6.3, 5.0], [5.0, 5.2, 5.1, 4.8])
item("Welch's ANOVA for A: 5.1 5.3 4.9 5.2; B: 5.6 5.8 5.5 5.9 6.3 5.0; C: 5.0 5.2 5.1 4.8, p-value?", "anova",
     "number", anova_oneway(WELCH_LINES, use_var="unequal").pvalue, key="p_value")  # fmt: skip
item("plant 1 3.2 3.4 3.1 3.3 3.5; plant 2 4.1 3.2 4.9 3.6 4.4; plant 3 3.0 3.1 2.9 3.0 3.2; plant 4 3.9 2.8 4.6 3.3 -- "
     "heteroscedastic ANOVA F statistic?", "anova", "number",
     anova_oneway([[3.2, 3.4, 3.1, 3.3, 3.5], [4.1, 3.2, 4.9, 3.6, 4.4], [3.0, 3.1, 2.9, 3.0, 3.2], [3.9, 2.8, 4.6, 3.3]],
                  use_var="unequal").statistic, key="statistic")  # fmt: skip
item("lots X: 20.1 20.4 19.8 20.3 / Y: 21.0 22.4 19.9 23.1 21.7 / Z: 20.0 20.2 20.1 19.9. one-way ANOVA not assuming "
     "equal variances, p?", "anova", "number",
     anova_oneway([[20.1, 20.4, 19.8, 20.3], [21.0, 22.4, 19.9, 23.1, 21.7], [20.0, 20.2, 20.1, 19.9]],
                  use_var="unequal").pvalue, key="p_value")  # fmt: skip
item("n = 6, 8, 7; means 50.1, 52.3, 49.8; sds 2.1, 4.8, 1.2. Welch ANOVA p-value?", "anova", "number",
     anova_generic(np.array([50.1, 52.3, 49.8]), np.array([2.1, 4.8, 1.2]) ** 2, np.array([6, 8, 7])).pvalue,
     key="p_value")  # fmt: skip
item("Welch ANOVA of A: 5.1 5.3 4.9 5.2 and B: 5.6 5.8 5.5 5.9 6.3 5.0, p?", "anova", "number",
     stats.ttest_ind(WELCH_LINES[0], WELCH_LINES[1], equal_var=False).pvalue, key="p_value")  # fmt: skip
item("Welch's ANOVA: means 10.2 11.0 12.1 with sds 1.1 0.9 1.3, p?", "anova", "refuse", None)
item("two-way Welch ANOVA of yield by catalyst and temperature: 71 74 69 80 77 82", "anova", "refuse", None)
# ---- lifetimes by their mean and implied binomials (fix-mtbf): an exponential's mean life (MTBF, mean, characteristic
# life: scale = mean) or rate (FIT = per 10^9 h, per million hours: scale = 1/rate), numbers with thousands separators
# ("12,000 h") as one number (scipy expon); a share bad per piece and a number of pieces drawn (scipy binom); a rate
# written as a time, a binomial without its pieces, and pieces drawn from a small stated lot are refused
item("bearing life is exponential with a mean of 12,000 h. probability a bearing survives past 5000 h?", "probability",
     "number", stats.expon.sf(5000, scale=12_000), tol=1e-9)  # fmt: skip
item("A pump has exponentially distributed life with an MTBF of 1,200 hours. What's the chance it runs 500 hours "
     "without a failure?", "probability", "number", stats.expon.sf(500, scale=1_200), tol=1e-9)  # fmt: skip
item("fan MTTF is 45,000 h, lifetimes exponential: chance a fan dies before 10,000 h?", "probability", "number",
     stats.expon.cdf(10_000, scale=45_000), tol=1e-9)  # fmt: skip
item("seal life follows an exponential distribution, characteristic life 8,000 hours. reliability at 2,000 hours?",
     "probability", "number", stats.expon.sf(2_000, scale=8_000), tol=1e-9)  # fmt: skip
item("an exponential part with a failure rate of 250 FIT: probability it fails in the first 50,000 hours?",
     "probability", "number", stats.expon.cdf(50_000, scale=1e9 / 250), tol=1e-9)  # fmt: skip
item("exponential, 4 failures per million hours; probability a unit survives 100,000 hours", "probability", "number",
     stats.expon.sf(100_000, scale=1e6 / 4), tol=1e-9)  # fmt: skip
item("exponential lifetime, failure rate 30,000 hours. probability it survives past 10,000 hours?", "probability",
     "refuse", None)  # fmt: skip
item("Our supplier runs 2% defective. If we pull 50 pieces at random, what's the probability that at most one of them "
     "is bad?", "probability", "number", stats.binom.cdf(1, 50, 0.02), tol=1e-9)  # fmt: skip
item("about 4 percent of incoming castings are defective. we x-ray 30 castings; what's the chance that exactly one "
     "is defective?", "probability", "number", stats.binom.pmf(1, 30, 0.04), tol=1e-9)  # fmt: skip
item("the vendor's reject rate is 1%. if we inspect 120 boards, what is the probability of no more than two rejects?",
     "probability", "number", stats.binom.cdf(2, 120, 0.01), tol=1e-9)  # fmt: skip
item("Our supplier runs 2% defective. What's the probability that at most one is bad?", "probability", "refuse", None)
item("from a lot of 100 we pull 40 pieces; the lot is 5% defective. probability at most one is bad?", "probability",
     "refuse", None)  # fmt: skip


# ---- linear systems: A x = b from a bracketed matrix and vector (never samples of an ANOVA), rows and a right-hand
# side in words, an augmented matrix, or equations in letters; references by sympy's exact LU solve, checked against
# numpy.linalg.solve here. A system without exactly one solution (numpy.linalg.matrix_rank: rank A below the unknowns,
# or rank [A | b] above it) is declined (exit 1), its message saying "no unique solution" with the ranks of A and
# [A | b]; so is a system that is not linear
def linear_solution(a, b) -> str:
    exact = sp.Matrix(a).LUsolve(sp.Matrix(b))
    assert np.allclose(np.array(exact, dtype=float).ravel(), np.linalg.solve(np.array(a, float), np.array(b, float)))
    return str(exact)


def no_unique_solution(a, b) -> bool:
    a = np.array(a, dtype=float)
    return np.linalg.matrix_rank(a) < a.shape[1] or np.linalg.matrix_rank(np.column_stack([a, b])) > a.shape[1]


LS_A, LS_B = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]
item("Solve A x = b where A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]] and b = [8, -11, -3].", "linear_algebra", "expr",
     linear_solution(LS_A, LS_B))  # fmt: skip
item("2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3, solve for x, y, z", "algebra", "expr",
     linear_solution(LS_A, LS_B))  # fmt: skip
item("solve the linear system with coefficient matrix rows 2 1 -1; -3 -1 2; -2 1 2 and right-hand side 8 -11 -3",
     "linear_algebra", "expr", linear_solution(LS_A, LS_B))  # fmt: skip
item("solve the system with augmented matrix [[1, 1, 1, 6], [0, 2, 5, -4], [2, 5, -1, 27]]", "linear_algebra", "expr",
     linear_solution([[1, 1, 1], [0, 2, 5], [2, 5, -1]], [6, -4, 27]))  # fmt: skip
item("Solve the simultaneous equations 3x + 2y = 16 and 7x + y = 19", "algebra", "expr",
     linear_solution([[3, 2], [7, 1]], [16, 19]))  # fmt: skip
item("what are x and y if x + y = 10 and x - y = 2?", "algebra", "expr",
     linear_solution([[1, 1], [1, -1]], [10, 2]))  # fmt: skip
item("Ax=b with A = [[0.5, 0.25], [1, -1]], b = [1/2, 3]; find x", "linear_algebra", "expr",
     linear_solution([[sp.Rational(1, 2), sp.Rational(1, 4)], [1, -1]], [sp.Rational(1, 2), 3]))  # fmt: skip
assert no_unique_solution([[1, 2], [2, 4]], [3, 6]) and no_unique_solution([[1, 1], [1, 1]], [2, 3])
item("Solve A x = b for A = [[1, 2], [2, 4]] and b = [3, 6]", "linear_algebra", "refuse", None)
item("x + y = 2, x + y = 3. solve for x and y", "linear_algebra", "refuse", None)
item("solve the system x^2 + y = 3, x - y = 1", "algebra", "refuse", None)


# ---- one-sided direction in words: which labelled group a comparison says is larger ("does the mean of A exceed the
# mean of B?", "is line 2's reject rate higher than line 1's?", "is line A slower than line B?" of times), the groups
# matched by their labels whatever order the data come in; "outperform", "better" and "faster" of speeds are refused
# (scipy ttest_ind/ttest_rel/mannwhitneyu/ttest_1samp, statsmodels proportions_ztest with the groups in H1's order)
TENSILE = ([41.2, 39.8, 43.5, 40.9, 42.2, 44.0], [38.1, 37.5, 39.9, 36.8, 38.6, 40.2, 37.9])
CYCLES = ([41.2, 40.8, 42.1, 41.5, 40.9], [38.7, 39.5, 40.1, 38.9, 39.1])
TENSILE_TEXT = "group A: 41.2, 39.8, 43.5, 40.9, 42.2, 44.0 group B: 38.1, 37.5, 39.9, 36.8, 38.6, 40.2, 37.9."
LINES_TEXT = "Line 1 had 27 rejects out of 850 parts, line 2 had 45 rejects out of 900."
item(f"tensile strength MPa. {TENSILE_TEXT} does the mean of A exceed the mean of B? welch t test, one sided, p value",
     "hypothesis_test", "number", stats.ttest_ind(*TENSILE, equal_var=False, alternative="greater").pvalue,
     key="p_value")  # fmt: skip
item(f"{LINES_TEXT} Is line 2's reject rate higher than line 1's? Use a one-sided two-proportion z-test (pooled) at the "
     "5% level and give me the p-value.", "hypothesis_test", "number",
     proportions_ztest([45, 27], [900, 850], alternative="larger")[1], key="p_value")  # fmt: skip
item("Cycle times (s), line A: 41.2 40.8 42.1 41.5 40.9; line B: 38.7 39.5 40.1 38.9 39.1. Is line A slower than line "
     "B? Welch t-test, one-sided, alpha 0.05 - what's the p-value?", "hypothesis_test", "number",
     stats.ttest_ind(*CYCLES, equal_var=False, alternative="greater").pvalue, key="p_value")  # fmt: skip
item(f"{TENSILE_TEXT} one-sided pooled t-test: is the mean of group B greater than that of group A?", "hypothesis_test",
     "number", stats.ttest_ind(TENSILE[1], TENSILE[0], alternative="greater").pvalue, key="p_value")  # fmt: skip
item(f"{TENSILE_TEXT} one-sided Mann-Whitney: is B lower than A?", "hypothesis_test", "number",
     stats.mannwhitneyu(TENSILE[1], TENSILE[0], alternative="less").pvalue, key="p_value")  # fmt: skip
item("Line 2 had 45 rejects out of 900 parts, line 1 had 27 rejects out of 850. one-sided two-proportion z-test: is "
     "line 1's reject rate lower than line 2's?", "hypothesis_test", "number",
     proportions_ztest([27, 45], [850, 900], alternative="smaller")[1], key="p_value")  # fmt: skip
item("torque before: 12.1 11.8 12.4 12.0 11.9 12.2 after: 11.7 11.5 12.1 11.6 11.8 11.9. paired t-test, one-sided: did "
     "the torque drop from before to after?", "hypothesis_test", "number",
     stats.ttest_rel([11.7, 11.5, 12.1, 11.6, 11.8, 11.9], [12.1, 11.8, 12.4, 12.0, 11.9, 12.2],
                     alternative="less").pvalue, key="p_value")  # fmt: skip
item("response times (ms): server A 120 135 128 140 131; server B 110 118 115 122 117. one-sided Welch test: is server "
     "B faster than server A?", "hypothesis_test", "number",
     stats.ttest_ind([110, 118, 115, 122, 117], [120, 135, 128, 140, 131], equal_var=False, alternative="less").pvalue,
     key="p_value")  # fmt: skip
item("fill weights (g): 49.2 50.1 48.7 49.5 49.9 48.8 49.4. is the mean below 50?", "hypothesis_test", "number",
     stats.ttest_1samp([49.2, 50.1, 48.7, 49.5, 49.9, 48.8, 49.4], 50, alternative="less").pvalue, key="p_value")  # fmt: skip
item(f"{TENSILE_TEXT} one-sided Welch test: does A outperform B?", "hypothesis_test", "refuse", None)
item("new: 5.6 5.8 5.5 5.9 5.7 5.6 old: 5.1 5.3 4.9 5.2 5.0 5.4. one-sided t-test: is the new process better?",
     "hypothesis_test", "refuse", None)  # fmt: skip
item("Throughput (parts/hour) line A: 50 52 51 53 50; line B: 55 56 54 57 55. one-sided Welch: is line A faster than "
     "line B?", "hypothesis_test", "refuse", None)  # fmt: skip
item(f"{TENSILE_TEXT} one-sided Welch test: is line C higher than A?", "hypothesis_test", "refuse", None)
# ---- engineering word problems in calculus and algebra (fix-wordmath): a rate of change asked in words is the
# derivative at the point (sympy diff), the poles of a characteristic equation are all its roots (sympy solve, complex
# too), a value a defined function reaches, named by a phrase, is an equation (sympy solve, t >= 0), a torque converts
# although the question says "spec" (scipy.constants foot * pound_force)
s_ = sp.Symbol("s")
n_ = sp.Symbol("n", nonnegative=True)
ft_lbf = constants.foot * constants.pound_force
item("Tank drains as V(t) = 2000 e^(-0.15t) litres, t in minutes. How fast is the volume changing at t = 4 min, in "
     "L/min?", "calculus", "expr", expr(sp.diff(2000 * sp.exp(-sp.Rational(3, 20) * t), t).subs(t, 4)))  # fmt: skip
item("Spindle temperature T(t) = 25 + 40(1 - e^(-t/12)) degC, t in min. How quickly is the temperature rising at "
     "t = 6 min?", "calculus", "expr", expr(sp.diff(25 + 40 * (1 - sp.exp(-t / 12)), t).subs(t, 6)))  # fmt: skip
item("A piston's position is x(t) = 0.05 sin(120t) m. what is its velocity at t = 0.01 s?", "calculus", "expr",
     expr(sp.diff(sp.sin(120 * t) / 20, t).subs(t, sp.Rational(1, 100))))  # fmt: skip
item("y = x^2 e^(-x). slope of the curve at x = 1?", "calculus", "expr", expr(sp.diff(x**2 * sp.exp(-x), x).subs(x, 1)))
item("h(t) = 2 + 19.6t - 4.9t^2 m (height of a projectile). acceleration at t = 1 s?", "calculus", "expr",
     expr(sp.diff(2 + sp.Rational(98, 5) * t - sp.Rational(49, 10) * t**2, t, 2).subs(t, 1)))  # fmt: skip
item("The radius r(t) = 2 + 0.5t cm of a spill. How fast is the area growing at t = 4 min?", "calculus", "refuse", None)
item("Tank level drops as V(t) = 2000 e^(-0.15t) L. how fast is it draining at t = 4?", "calculus", "refuse", None)
item("closed loop characteristic eqn is s^3 + 6s^2 + 11s + 6 = 0, where are the poles?", "algebra", "set",
     [str(r) for r in sp.solve(s_**3 + 6 * s_**2 + 11 * s_ + 6, s_)])  # fmt: skip
item("char. polynomial s^3 + 4s^2 + 9s + 10 -- where are the closed-loop poles?", "algebra", "set",
     [str(r) for r in sp.solve(s_**3 + 4 * s_**2 + 9 * s_ + 10, s_)])  # fmt: skip
item("G(s) = 5/(s^2 + 4s + 3): where are the poles?", "algebra", "refuse", None)
item("Crack length grows as a = 0.5*e^(0.00002*N) mm with N load cycles. At how many cycles N does the crack reach "
     "2 mm?", "algebra", "set", [str(r) for r in sp.solveset(sp.exp(n_ / 50000) / 2 - 2, n_, sp.S.Reals)])  # fmt: skip
item("Tank drains as V(t) = 2000 e^(-0.15t) litres, t in minutes. At what time does the volume drop to 500 L?",
     "algebra", "set", [str(r) for r in sp.solve(2000 * sp.exp(-sp.Rational(3, 20) * n_) - 500, n_)])  # fmt: skip
item("Capacitor voltage v = 12(1 - e^(-t/0.5)) V. when does the voltage reach 9 V?", "algebra", "set",
     [str(r) for r in sp.solve(12 * (1 - sp.exp(-2 * n_)) - 9, n_)])  # fmt: skip
item("torque spec is 45 ft-lbf, what's that in N·m?", "unit_conversion", "number", 45 * ft_lbf, key="value")
item("wrench set to 60 lb-ft per the spec. what's that in Nm?", "unit_conversion", "number", 60 * ft_lbf, key="value")
item("spec calls for 25 N·m -- convert to in-lb", "unit_conversion", "number",
     25 / (constants.inch * constants.pound_force), key="value")  # fmt: skip

# ---- numbers written in words (fix-numwords): cardinals read as digits by plain_text ("twelve bolts", "twenty-five",
# "a hundred and twenty", "a dozen", "two and a half", "five percent" -> 5%, "at least one" -> at least 1), method names
# kept ("one-sided", "two-level", "one sample t-test"), a margin in percentage points of a proportion with its expected
# value in prose ("we think it is about 12%"); scipy t, binom, poisson, expon, statsmodels power and confint sizes
t_bolts = (18.6 - 19) / (1.1 / math.sqrt(12))
item("We pulled twelve bolts from the lot: mean clamp load 18.6 kN, sd 1.1 kN. The nominal is 19 kN. Two-sided "
     "one-sample t-test, p-value?", "hypothesis_test", "number", 2 * stats.t.sf(abs(t_bolts), 11), key="p_value")  # fmt: skip
item("in a sample of two hundred parts, eighteen were defective. does the defect rate differ from five percent? "
     "two-sided z-test", "hypothesis_test", "number", proportions_ztest(18, 200, value=0.05, prop_var=0.05)[1],
     key="p_value")  # fmt: skip
item("twenty units are installed and each has a five percent chance of failing in the first year; probability that "
     "exactly two fail?", "probability", "number", stats.binom.pmf(2, 20, 0.05), tol=1e-9)  # fmt: skip
item("Our supplier runs 2% defective. If we pull fifty pieces at random, what's the probability that at least one of "
     "them is bad?", "probability", "number", stats.binom.sf(0, 50, 0.02), tol=1e-9)  # fmt: skip
item("the vendor's reject rate is one percent. if we inspect a hundred and twenty boards, what is the probability of "
     "no more than two rejects?", "probability", "number", stats.binom.cdf(2, 120, 0.01), tol=1e-9)  # fmt: skip
item("probability of exactly three heads in ten coin tosses", "probability", "number", stats.binom.pmf(3, 10, 0.5),
     tol=1e-9)  # fmt: skip
item("binomial: two dozen trials, success probability 0.3, probability of at most five successes?", "probability",
     "number", stats.binom.cdf(5, 24, 0.3), tol=1e-9)  # fmt: skip
item("our line averages three defects an hour. what are the chances of getting five or more defects in one hour?",
     "probability", "number", stats.poisson.sf(4, 3), tol=1e-9)  # fmt: skip
item("exponential, four failures per one million hours; probability a unit survives a hundred thousand hours",
     "probability", "number", stats.expon.sf(100_000, scale=1e6 / 4), tol=1e-9)  # fmt: skip
item("estimate the proportion of late shipments to within plus or minus two and a half percentage points with 95% "
     "confidence; we think it is about 12%. How many shipments do we need to check?", "sample_size", "int",
     math.ceil(samplesize_confint_proportion(0.12, 0.025, alpha=0.05)), key="n")  # fmt: skip
item("estimate the share of late shipments to within 2.5% at 95% confidence; it is probably around 12%. how many "
     "shipments do we need?", "sample_size", "int", math.ceil(samplesize_confint_proportion(0.12, 0.025, alpha=0.05)),
     key="n")  # fmt: skip
item("paired design: detect a mean difference of 1.5 units, sd of the differences 2.5, alpha 0.05 two-sided, ninety "
     "percent power, how many pairs?", "sample_size", "int",
     math.ceil(TTestPower().solve_power(1.5 / 2.5, power=0.9, alpha=0.05)), key="n")  # fmt: skip
item("need n per group for a two-sample t-test to detect a three unit difference in means, sd four, alpha 0.05 "
     "two-sided, ninety percent power", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(3 / 4, power=0.9, alpha=0.05)), key="n")  # fmt: skip
item("I'm screening seven two-level factors with a one-eighth fraction of the full factorial. How many runs is that?",
     "design", "runs", 2 ** (7 - 3))  # fmt: skip
item("limit of sin(x)/x as x approaches zero", "calculus", "expr", expr(sp.limit(sp.sin(x) / x, x, 0)))
item("Taylor series of ln(x) about x = 1 to order three", "calculus", "expr",
     expr(sp.series(sp.log(x), x, 1, 4).removeO()))  # fmt: skip
item("convert three and a half inches to mm", "unit_conversion", "number", 3.5 * constants.inch / constants.milli,
     key="value")  # fmt: skip
item("Our supplier runs two percent defective. What's the probability that at most one is bad?", "probability",
     "refuse", None)  # fmt: skip
item("We pulled twelve bolts from the lot: mean clamp load 18.6 kN, sd 1.1 kN, nominal 19 kN. one-sided t-test, "
     "p-value?", "hypothesis_test", "refuse", None)  # fmt: skip


# ---- sample-size questions in planning words ("how many bottles should we sample", "how many pairs do we need", "what
# n", "required sample size") with a power and no data lists are sample sizes, whatever test they name; the effect
# from an expected mean against the value it is compared with (one sample) or an expected difference, the design
# from its words (one-sample, paired, two groups; none named: two groups), the side from the question (statsmodels
# solve_power, one-sided as alternative="larger"); a one-sided claim the expected mean contradicts is refused
def n_planned(engine, d, power, alpha=0.05, side="two-sided", **options):
    return math.ceil(engine.solve_power(effect_size=d, power=power, alpha=alpha, alternative=side, **options) - 1e-9)


item("We need to show the mean fill volume exceeds 500 ml. We expect the true mean is 502 ml with an sd of 5 ml. "
     "One-sample t-test, one-sided alpha 0.05, 80% power: how many bottles should we sample?", "sample_size", "int",
     n_planned(TTestPower(), (502 - 500) / 5, 0.8, side="larger"), key="n")  # fmt: skip
item("Paired before/after study on the same fixtures: we expect a mean difference of 1.2 um and the SD of the "
     "differences is 2.0 um. Alpha 5% two-sided, power 80%. How many pairs do we need?", "sample_size", "int",
     n_planned(TTestPower(), 1.2 / 2.0, 0.8), key="n")  # fmt: skip
item("how many specimens must we test to have 90% power to detect a 5 MPa drop, sd 8", "sample_size", "int",
     n_planned(TTestIndPower(), 5 / 8, 0.9), key="n")  # fmt: skip
item("what sample size gives 80% power for a difference of 0.3 between two lines, sigma 0.5", "sample_size", "int",
     n_planned(TTestIndPower(), 0.3 / 0.5, 0.8), key="n")  # fmt: skip
item("how many parts to inspect to detect a defect rate of 3% vs 1%, 80% power", "sample_size", "int",
     n_planned(NormalIndPower(), abs(proportion_effectsize(0.03, 0.01)), 0.8), key="n")  # fmt: skip
item("one-sample test: how many parts should we inspect to detect a defect rate of 3% vs the historical 1%, 80% "
     "power?", "sample_size", "int",
     n_planned(NormalIndPower(), abs(proportion_effectsize(0.03, 0.01)), 0.8, ratio=0), key="n")  # fmt: skip
item("We must show the mean impurity is no more than 12 ppm; we expect the true mean is 11 ppm with sd 2 ppm. 90% "
     "power, alpha 0.05: how many lots should we test?", "sample_size", "int",
     n_planned(TTestPower(), (12 - 11) / 2, 0.9, side="larger"), key="n")  # fmt: skip
item("required sample size: the mean is expected to be 10.4 mm against a nominal of 10.0 mm, sigma 0.8 mm, 90% power, "
     "alpha 0.05", "sample_size", "int", n_planned(TTestPower(), (10.4 - 10.0) / 0.8, 0.9), key="n")  # fmt: skip
item("Required sample size for a paired t-test: expected difference 1.2, sd of the differences 2.0, power 80%, "
     "alpha 0.05", "sample_size", "int", n_planned(TTestPower(), 1.2 / 2.0, 0.8), key="n")  # fmt: skip
item("Show the mean strength is at least 250 MPa. We expect the true mean is 245 MPa, sigma 12. One-sided, power 90%: "
     "how many specimens should we test?", "sample_size", "refuse", None)  # fmt: skip
item("One-sample t-test, 80% power: we expect the true mean is 502 ml, sd 5 ml. How many bottles should we sample?",
     "sample_size", "refuse", None)  # fmt: skip


# ---- polynomial regression and x -> y pairs: a stated model (a quadratic or cubic in words, a model written in the
# variables' names, a line through the origin) is fitted, never replaced by a straight line (numpy polyfit; R^2 as
# 1 - SSE/SST; through the origin b = sum xy / sum x^2 with the uncentred R^2); values paired item by item ("150 -> 62.1",
# "x=150 y=62.1") with the response the words name (scipy linregress); a model havoc cannot fit is refused
def poly_r2(xs, ys, degree):
    fitted = np.polyval(np.polyfit(xs, ys, degree), xs)
    return float(1 - np.sum((np.asarray(ys) - fitted) ** 2) / np.sum((np.asarray(ys) - np.mean(ys)) ** 2))


CURE_T, CURE_H = [150, 160, 170, 180, 190, 200], [62.1, 64.0, 65.8, 68.1, 69.7, 72.0]
item("Fit a quadratic (y = b0 + b1 x + b2 x^2) to: x 20 30 40 50 60 70 80; y 61.0 72.5 80.1 84.3 85.0 82.2 76.9. What "
     "is the R-squared of that fit?", "regression", "number",
     poly_r2([20, 30, 40, 50, 60, 70, 80], [61.0, 72.5, 80.1, 84.3, 85.0, 82.2, 76.9], 2), key="r_squared")  # fmt: skip
item("pressure drop vs flow on the new filter: flow 10, 20, 30, 40, 50, 60 m3/h; dp 0.9, 2.8, 6.1, 10.7, 16.2, 23.5 "
     "kPa. Fit dp = a + b*flow + c*flow^2 and give me the R^2", "regression", "number",
     poly_r2([10, 20, 30, 40, 50, 60], [0.9, 2.8, 6.1, 10.7, 16.2, 23.5], 2), key="r_squared")  # fmt: skip
item("Cure temp (degC) vs hardness (Shore A): 150 -> 62.1, 160 -> 64.0, 170 -> 65.8, 180 -> 68.1, 190 -> 69.7, "
     "200 -> 72.0. What's the least-squares slope of hardness on temperature?", "regression", "number",
     stats.linregress(CURE_T, CURE_H).slope, key="slope")  # fmt: skip
item("oven setting vs yield, x=1 y=3.2; x=2 y=5.1; x=3 y=6.8; x=4 y=9.3; x=5 y=10.9. intercept of the regression "
     "line?", "regression", "number", stats.linregress([1, 2, 3, 4, 5], [3.2, 5.1, 6.8, 9.3, 10.9]).intercept,
     key="intercept")  # fmt: skip
item("yield 62.1 64.0 65.8 68.1 69.7 72.0 at temperatures 150 160 170 180 190 200: regress yield on temperature, "
     "slope?", "regression", "number", stats.linregress(CURE_T, CURE_H).slope, key="slope")  # fmt: skip
item("2nd-degree polynomial fit to x 1 2 3 4 5 6 and y 2.3 4.1 7.9 13.8 22.1 31.7: coefficient of x^2?",
     "regression", "number", float(np.polyfit([1, 2, 3, 4, 5, 6], [2.3, 4.1, 7.9, 13.8, 22.1, 31.7], 2)[0]),
     key="b2")  # fmt: skip
item("cubic fit, x 0 1 2 3 4 5 6, y 1.0 2.1 2.9 4.8 9.2 16.1 27.5 - R^2?", "regression", "number",
     poly_r2([0, 1, 2, 3, 4, 5, 6], [1.0, 2.1, 2.9, 4.8, 9.2, 16.1, 27.5], 3), key="r_squared")  # fmt: skip
item("(load, extension) readings, fit through the origin: (0.5, 1.1), (1.0, 2.0), (1.5, 3.2), (2.0, 3.9), (2.5, 5.1). "
     "slope with no intercept?", "regression", "number",
     float(np.dot([0.5, 1.0, 1.5, 2.0, 2.5], [1.1, 2.0, 3.2, 3.9, 5.1]) / np.dot([0.5, 1.0, 1.5, 2.0, 2.5],
                                                                                  [0.5, 1.0, 1.5, 2.0, 2.5])),
     key="slope")  # fmt: skip
item("spring rig, F = k*x: extension 2 4 6 8 10 mm, force 1.1 2.0 3.2 3.9 5.1 N. what is k?", "regression", "number",
     float(np.dot([2, 4, 6, 8, 10], [1.1, 2.0, 3.2, 3.9, 5.1]) / np.dot([2, 4, 6, 8, 10], [2, 4, 6, 8, 10])),
     key="slope")  # fmt: skip
item("fit y = a*e^(b*x) to x 1 2 3 4 5, y 2.7 7.4 20.1 54.6 148.4", "regression", "refuse", None)
item("fit a polynomial to x 1 2 3 4 5, y 1.2 3.9 9.1 16.2 24.8 and report R^2", "regression", "refuse", None)


# ---- multi-level factorials and minimum-run fractions (fix-levels): a general full factorial written as 3x3x3,
# 3 × 3 × 3, 3^3, "2 x 3 x 4", "2^2 x 3", "three factors at three levels" or "2 at two levels and 2 at three levels"
# has every combination of the levels (itertools.product) once per replicate, never the 2^k of a two-level reading;
# a resolution asked for k factors is the smallest regular 2^(k-p) reaching it (NIST/SEMATECH e-Handbook 5.3.3.4.7,
# Montgomery Table 8.14: III needs 2^m > k, IV 2^m >= 2k, V at most 5, 6, 8, 11 factors in 16, 32, 64, 128 runs)
def full_factorial_runs(levels, replicates=1) -> int:
    return sum(1 for _ in itertools.product(*(range(n) for n in levels))) * replicates


def fewest_fraction_runs(k, resolution) -> int:
    most = {3: lambda n: n - 1, 4: lambda n: n // 2, 5: {16: 5, 32: 6, 64: 8, 128: 11}.get}[resolution]
    return min(min(n for n in (4, 8, 16, 32, 64, 128) if (most(n) or 0) >= k), 2**k)


item("3x3x3 full factorial, every run done twice. how many runs total?", "design", "runs",
     full_factorial_runs([3, 3, 3], 2))  # fmt: skip
item("3 × 3 × 3 full factorial with 3 replicates: total runs?", "design", "runs", full_factorial_runs([3, 3, 3], 3))
item("a 3^3 factorial, duplicated. how many runs?", "design", "runs", full_factorial_runs([3, 3, 3], 2))
item("three factors at three levels each, full factorial, replicated twice. total runs?", "design", "runs",
     full_factorial_runs([3, 3, 3], 2))  # fmt: skip
item("2 x 3 x 4 factorial, how many runs?", "design", "runs", full_factorial_runs([2, 3, 4]))
item("a 2^2 x 3 design with 2 replicates", "design", "runs", full_factorial_runs([2, 2, 3], 2))
item("4 factors: 2 at two levels and 2 at three levels. how many runs for the full factorial?", "design", "runs",
     full_factorial_runs([2, 2, 3, 3]))  # fmt: skip
item("full factorial with 3 levels of temperature, 2 levels of pressure and 4 levels of speed, 3 replicates", "design",
     "runs", full_factorial_runs([3, 2, 4], 3))  # fmt: skip
item("screening 8 factors, want resolution IV with the fewest runs possible. run count?", "design", "runs",
     fewest_fraction_runs(8, 4))  # fmt: skip
item("fewest runs for a resolution V fraction of 5 factors?", "design", "runs", fewest_fraction_runs(5, 5))
item("7 factors, resolution III, minimum number of runs", "design", "runs", fewest_fraction_runs(7, 3))
item("res IV design for 6 factors: how many runs at minimum?", "design", "runs", fewest_fraction_runs(6, 4))
item("9 factors at resolution 4, fewest runs?", "design", "runs", fewest_fraction_runs(9, 4))
item("3x3 factorial with 3 center points", "design", "refuse", None)
item("3 factors, one of them at 4 levels, full factorial: runs?", "design", "refuse", None)
item("resolution VI design for 8 factors, how many runs", "design", "refuse", None)
assert [fewest_fraction_runs(8, 4), fewest_fraction_runs(5, 5), fewest_fraction_runs(9, 4)] == [16, 16, 32]
# ---- critical values and a normal without its sd (fix-quantiles): quantiles of t, chi-square, F and z in textbook
# notation, a subscript being the upper-tail area (chi2_{0.05,10} = scipy chi2.isf(0.05, 10), z_{0.025} = 1.96) and a
# function's probability the cumulative one (t(0.975, 9) = t.ppf), and in words (percentiles, "the upper 5% point",
# two-sided critical values); a t critical value without its side, an ambiguous t(0.05, 9) and a normal stated with
# a mean and no sd are refused (only a standard normal, Z or N(0, 1), has sd 1)
item("Find χ²_{0.05, 10}, the upper 5% critical value of the chi-square distribution with 10 degrees of freedom.",
     "probability", "number", stats.chi2.isf(0.05, 10), tol=1e-9)  # fmt: skip
item("chi2_{0.05, 10} = ?", "probability", "number", stats.chi2.isf(0.05, 10), tol=1e-9)
item("what is chi-square(0.95; 10)?", "probability", "number", stats.chi2.ppf(0.95, 10), tol=1e-9)
item("z_{0.025}?", "probability", "number", stats.norm.isf(0.025), tol=1e-9)
item("find z_{α/2} with α = 0.10", "probability", "number", stats.norm.isf(0.10 / 2), tol=1e-9)
item("look up t_{0.025, 9}", "probability", "number", stats.t.isf(0.025, 9), tol=1e-9)
item("t(0.975, 9)?", "probability", "number", stats.t.ppf(0.975, 9), tol=1e-9)
item("F_{0.05, 3, 20}", "probability", "number", stats.f.isf(0.05, 3, 20), tol=1e-9)
item("the upper 5% point of t with 12 df", "probability", "number", stats.t.isf(0.05, 12), tol=1e-9)
item("critical value of t for a two-sided 95% test with 15 df", "probability", "number", stats.t.isf(0.025, 15),
     tol=1e-9)  # fmt: skip
item("95th percentile of the chi-square distribution with 4 df", "probability", "number", stats.chi2.ppf(0.95, 4),
     tol=1e-9)  # fmt: skip
item("lower 2.5% point of chi-square with 9 df", "probability", "number", stats.chi2.ppf(0.025, 9), tol=1e-9)
item("what is the critical value of F with 3 and 20 degrees of freedom at alpha = 0.01?", "probability", "number",
     stats.f.isf(0.01, 3, 20), tol=1e-9)  # fmt: skip
item("critical z for a one-tailed test at alpha = 0.01", "probability", "number", stats.norm.isf(0.01), tol=1e-9)
item("t critical value at alpha = 0.05 with 10 df", "probability", "refuse", None)
item("t(0.05, 9)", "probability", "refuse", None)
item("X is normally distributed with mean 50. What is P(X > 55)?", "probability", "refuse", None)
item("Heights are normally distributed with a mean of 170 cm. What fraction is taller than 185?", "probability",
     "refuse", None)  # fmt: skip
item("standard normal: P(Z < -1)?", "probability", "number", stats.norm.cdf(-1), tol=1e-9)


# ---- bounds and points in calculus prose (fix-calcprose): interval bounds written "for 0 <= x <= 10", "over 0 < x <
# 10", "on [0, 10]", "x in [0, 10]", "x from 0 to 10", "0 ≤ x ≤ 10" (sympy integrate, scipy quad); the average value of
# a function over an interval, integral / (b - a) (scipy quad); derivatives at a point written "wrt t at t = 20", "when
# t = 20", "evaluated at 20", "after 4 minutes" of a time t (sympy diff); units that disagree, averages of a rate of
# change and extrema are refused
item("area under y = 3 x^2 for 0 <= x <= 10", "calculus", "number", integrate.quad(lambda u: 3 * u**2, 0, 10)[0])
item("area under y = 3 x^2 over 0 < x < 10", "calculus", "expr", expr(sp.integrate(3 * x**2, (x, 0, 10))))
item("area under y = 3 x^2 for 0 ≤ x ≤ 10", "calculus", "expr", expr(sp.integrate(3 * x**2, (x, 0, 10))))
item("integral of e^(-x) sin x, x in [0, pi]", "calculus", "expr", expr(sp.integrate(sp.exp(-x) * sp.sin(x),
     (x, 0, sp.pi))))  # fmt: skip
item("integrate t e^(-t) for t from 0 to 3", "calculus", "expr", expr(sp.integrate(t * sp.exp(-t), (t, 0, 3))))
item("x^2dx from 0 to 1", "calculus", "expr", expr(sp.integrate(x**2, (x, 0, 1))))
item("average value of f(x) = x^2 + 1 on the interval [0, 3]", "calculus", "number",
     integrate.quad(lambda u: u**2 + 1, 0, 3)[0] / 3)  # fmt: skip
item("Supply voltage v(t) = 170 sin(120 pi t) V. what is the average value of v over 0 <= t <= 1/240?", "calculus",
     "number", integrate.quad(lambda u: 170 * np.sin(120 * np.pi * u), 0, 1 / 240)[0] * 240)  # fmt: skip
item("derivative of 2 t^2 wrt t at t = 20", "calculus", "expr", expr(sp.diff(2 * t**2, t).subs(t, 20)))
item("derivative of x^3 - 4x evaluated at 2", "calculus", "expr", expr(sp.diff(x**3 - 4 * x, x).subs(x, 2)))
item("second derivative of e^(2x) sin x when x = 0", "calculus", "expr",
     expr(sp.diff(sp.exp(2 * x) * sp.sin(x), x, 2).subs(x, 0)))  # fmt: skip
item("Tank drains as V(t) = 2000 e^(-0.15t) litres, t in minutes. How fast is the volume changing after 4 minutes?",
     "calculus", "expr", expr(sp.diff(2000 * sp.exp(-sp.Rational(3, 20) * t), t).subs(t, 4)))  # fmt: skip
item("Tank drains as V(t) = 2000 e^(-0.15t) litres, t in hours. How fast is the volume changing after 30 minutes?",
     "calculus", "refuse", None)  # fmt: skip
item("average rate of change of x^2 on [0, 3]", "calculus", "refuse", None)
item("f(x) = x^3 - 3x. maximum on [0, 2]", "calculus", "refuse", None)


# ---- spc: rate windows in words, an attribute chart's n in words, a sigma named by its term, capability objects
# (fix-spcwords): a rate per unit over a window in words ("the next 2 months", "a fortnight", "per quarter ... in a
# year") scales the Poisson mean (scipy poisson at rate x window); a window that does not convert or says no number is
# refused; n from "150 units per lot", "lots of 150", "150 from each lot" (np/p limits written out with numpy); the sd
# from "short-term sigma", "within sigma", "sigma (short term)" (Cp/Cpk) or "long-term"/"overall sigma" (Pp/Ppk), the
# other term's alone refused; a capability result is {"index", "<index>", "value"}, compared at its key
def np_limits(total, lots, n) -> tuple[float, float]:
    """An np chart's centre and UCL, n p-bar + 3 sqrt(n p-bar (1 - p-bar))."""
    p_bar = total / (lots * n)
    return n * p_bar, n * p_bar + 3 * np.sqrt(n * p_bar * (1 - p_bar))


item("Failures run at a Poisson average of 1.5 a month and we keep 4 spares to cover the next 2 months. What's the "
     "probability we need more than 4?", "probability", "number", stats.poisson.sf(4, 1.5 * 2))  # fmt: skip
item("Failures run at a Poisson average of 1.5 a month and we keep 4 spares to cover the next two months. What's the "
     "probability we need more than 4?", "probability", "number", stats.poisson.sf(4, 1.5 * 2))  # fmt: skip
item("Pump seals fail about 1.5 times monthly (Poisson). Probability of more than 4 failures over the next 2 months?",
     "probability", "number", stats.poisson.sf(4, 3.0))  # fmt: skip
item("Breakdowns average 2 per week. What is the chance of more than 5 breakdowns in a fortnight?", "probability",
     "number", stats.poisson.sf(5, 2 * 2))  # fmt: skip
item("Orders arrive at 3 per quarter (Poisson). What is the probability of more than 15 orders in a year?",
     "probability", "number", stats.poisson.sf(15, 3 * 4))  # fmt: skip
item("Defects average 2 a week; probability of more than 3 defects in a 3-week period?", "probability", "number",
     stats.poisson.sf(3, 2 * 3))  # fmt: skip
item("Failures occur at 1.5 a month. Probability of more than 4 failures in the next 6 weeks?", "probability",
     "refuse", None)  # fmt: skip
item("Breakdowns happen at 2 per week (Poisson). Probability of at most 1 breakdown in the next few weeks?",
     "probability", "refuse", None)  # fmt: skip
item("The line pulls 150 units per lot. Over the last 30 lots we found 171 defectives in total. np chart, UCL?",
     "control_chart", "number", np_limits(171, 30, 150)[1], key="ucl")  # fmt: skip
item("np chart: 30 lots of 150, 171 defectives in total. UCL?", "control_chart", "number", np_limits(171, 30, 150)[1],
     key="ucl")  # fmt: skip
item("We inspect 150 from each lot; 30 lots gave 171 defectives in total. np chart centre line?", "control_chart",
     "number", np_limits(171, 30, 150)[0], key="center")  # fmt: skip
item("p chart: 150 parts per day were inspected for 30 days, 171 defectives in total. UCL?", "control_chart", "number",
     171 / 4500 + 3 * np.sqrt(171 / 4500 * (1 - 171 / 4500) / 150), key="ucl")  # fmt: skip
item("np chart, 30 lots, 171 defectives in total. UCL?", "control_chart", "refuse", None)
item("Spec is 210 degC +/- 1.5 degC, and the short-term sigma from the chart is 0.4 degC. What's the Cp?", "capability",
     "number", (211.5 - 208.5) / (6 * 0.4), key="cp")  # fmt: skip
item("Cp: spec 210 +/- 1.5 degC, within sigma 0.4 degC", "capability", "number", 3 / 2.4)
item("Spec 210 +/- 1.5; sigma (short term) = 0.4. Cp?", "capability", "number", 3 / 2.4, key="value")
item("Ppk: mean 210.3, long-term sigma 0.5, spec 210 +/- 1.5", "capability", "number",
     min(211.5 - 210.3, 210.3 - 208.5) / (3 * 0.5), key="ppk")  # fmt: skip
item("Cpk for mean 210.3, overall sigma 0.5, within sigma 0.4, spec 210 +/- 1.5", "capability", "number",
     min(211.5 - 210.3, 210.3 - 208.5) / (3 * 0.4), key="cpk")  # fmt: skip
item("Cpk: mean 210.3, long-term sigma 0.5, spec 210 +/- 1.5", "capability", "refuse", None)
item("Cpk for mean 10.02, sd 0.015, specs 9.95 to 10.05", "capability", "number", min(0.03, 0.07) / (3 * 0.015),
     key="cpk")  # fmt: skip
item("mean 50.3, sd 0.4, LSL 49, USL 52: what ppm is out of spec?", "capability", "number",
     1e6 * (stats.norm.cdf(49, 50.3, 0.4) + stats.norm.sf(52, 50.3, 0.4)), key="outside_spec_ppm")  # fmt: skip
# ---- misc15: sums, business equations, flow units and group labels: a sum or series written in notation or words
# is its value (sympy summation over an integer index; a divergent series is oo, said "diverges"; a factorial or a
# sum without a value refused), a defined expression set to a value or broken even is an equation (sympy solve), a
# flow rate in gpm (US or imperial), cfm, m^3/h converts (scipy.constants; scfm refused), and a one-sided comparison
# names the groups by inflected labels, "night shift" for "nights" (statsmodels proportions_ztest in H1's order)
k_ = sp.Symbol("k", integer=True, positive=True)
q_ = sp.Symbol("q", real=True)
SHIFTS = "Days scrapped 23 of 1,150 parts, nights scrapped 41 of 1,080."
item("Textbook exercise: what does the series Σ_{n=1}^∞ 1/n^2 converge to?", "calculus", "expr",
     expr(sp.summation(1 / k_**2, (k_, 1, sp.oo))))  # fmt: skip
item("what is the sum of 1/n^2 for n from 1 to infinity?", "calculus", "expr", expr(sp.zeta(2)))
item("the sum of k^2 from k = 1 to 10", "calculus", "expr", str(sum(i**2 for i in range(1, 11))))
item("does the series sum_{n=1}^{inf} 1/n converge?", "calculus", "expr", expr(sp.summation(1 / k_, (k_, 1, sp.oo))))
item("Σ_{n=0}^∞ (-1)^n", "calculus", "refuse", None)
item("Σ_{n=1}^∞ 1/n!", "calculus", "refuse", None)
item("monthly profit is -0.02q^2 + 9q - 400 (k$), q in thousands of units. At what volumes q is profit exactly zero?",
     "algebra", "set", [str(r) for r in sp.solve(-q_**2 / 50 + 9 * q_ - 400, q_)])  # fmt: skip
item("Profit is -0.02q^2 + 9q - 400 ($k). Find the break-even points.", "algebra", "set",
     [str(r) for r in sp.solve(-q_**2 / 50 + 9 * q_ - 400, q_)])  # fmt: skip
item("weekly profit is -0.5q^2 + 40q - 600 ($). For what q is the profit equal to 150?", "algebra", "set",
     [str(r) for r in sp.solve(-q_**2 / 2 + 40 * q_ - 600 - 150, q_)])  # fmt: skip
item("cost C(q) = 20q + 3000. break-even point?", "algebra", "refuse", None)
item("pump is rated 150 gpm (US). what's that in L/s?", "unit_conversion", "number",
     150 * constants.gallon / constants.minute / constants.liter, key="value")  # fmt: skip
item("150 gpm (imperial) in L/s", "unit_conversion", "number",
     150 * constants.gallon_imp / constants.minute / constants.liter, key="value")  # fmt: skip
item("compressor delivers 100 cfm; in m^3/h?", "unit_conversion", "number",
     100 * constants.foot**3 / constants.minute * constants.hour, key="value")  # fmt: skip
item("compressor delivers 100 scfm; in m^3/h?", "unit_conversion", "refuse", None)
item(f"Do we need to worry that night shift scraps more than day shift? {SHIFTS} One-sided two-proportion z-test with "
     "the pooled proportion, alpha 5% - what's the p-value?", "hypothesis_test", "number",
     proportions_ztest([41, 23], [1080, 1150], alternative="larger")[1], key="p_value")  # fmt: skip
item("Line one had 27 rejects out of 850 parts, line two had 45 rejects out of 900. one-sided z-test: is line 2's "
     "reject rate higher than line 1's?", "hypothesis_test", "number",
     proportions_ztest([45, 27], [900, 850], alternative="larger")[1], key="p_value")  # fmt: skip
item(f"{SHIFTS} One-sided z-test: does the evening shift scrap more than the day shift?", "hypothesis_test", "refuse",
     None)  # fmt: skip

# ---- lists named in sentences: "standards of 0, 2, 4, 6 and 8 ppm gave absorbances of ..." fitted with the roles
# asked (the value after "and" kept); ANOVA group sizes in words ("5 runs at each", "each ran 8 batches") (scipy
# linregress, statsmodels anova_generic with equal variances)
item("For the calibration curve, standards of 0, 2, 4, 6 and 8 ppm gave absorbances of 0.003, 0.101, 0.198, 0.305 and "
     "0.399. What is the slope of the straight-line fit of absorbance on concentration?", "regression", "number",
     stats.linregress([0, 2, 4, 6, 8], [0.003, 0.101, 0.198, 0.305, 0.399]).slope, key="slope")  # fmt: skip
item("Calibration standards at 0, 2, 4, 6, 8, 10 ug/mL gave absorbances 0.003, 0.121, 0.240, 0.362, 0.480, 0.601 AU. "
     "What is the slope of the calibration line?", "regression", "number",
     stats.linregress([0, 2, 4, 6, 8, 10], [0.003, 0.121, 0.240, 0.362, 0.480, 0.601]).slope, key="slope")  # fmt: skip
item("In a dose-response study, doses 0.5, 1, 2, 4 and 8 mg/kg gave 12, 18, 27, 35 and 41 % inhibition. What is the "
     "slope of the regression of inhibition on dose?", "regression", "number",
     stats.linregress([0.5, 1, 2, 4, 8], [12, 18, 27, 35, 41]).slope, key="slope")  # fmt: skip
item("Four catalyst loadings were compared, 5 runs at each. Mean yields 71.2, 74.8, 76.1 and 73.5 %, SDs 2.0, 1.8, 2.3 "
     "and 2.1 %. What is the one-way ANOVA F ratio?", "anova", "number",
     anova_generic(np.array([71.2, 74.8, 76.1, 73.5]), np.array([2.0, 1.8, 2.3, 2.1]) ** 2, np.full(4, 5),
                   use_var="equal").statistic, key="statistic")  # fmt: skip
item("Three shifts each ran 8 batches. Mean viscosities were 50.2, 51.5 and 49.8 cP with standard deviations 1.4, 1.6 "
     "and 1.2 cP. What is the one-way ANOVA F statistic?", "anova", "number",
     anova_generic(np.array([50.2, 51.5, 49.8]), np.array([1.4, 1.6, 1.2]) ** 2, np.full(3, 8),
                   use_var="equal").statistic, key="statistic")  # fmt: skip
item("Three shifts. Mean viscosities were 50.2, 51.5 and 49.8 cP with standard deviations 1.4, 1.6 and 1.2 cP. What "
     "is the one-way ANOVA F statistic?", "anova", "refuse", None)  # fmt: skip


# ---- values in full sentences: a comma after a limit's name, a mean said by a verb, bounds with units, counts of
# plates and "a total of N colonies" (references: the Cpk formula, scipy's normal, the c chart's c-bar + 3 sqrt(c-bar))
item("Tensile strength only has a lower spec limit, 350 MPa (no upper limit). The process runs at a mean of 380 MPa "
     "with a standard deviation of 8 MPa. What is Cpk?", "capability", "number", (380 - 350) / (3 * 8))  # fmt: skip
item("Assay potency averages 99.2 % of label claim with a standard deviation of 1.1 %. Spec 95.0-105.0 %. Cpk?",
     "capability", "number", min(105.0 - 99.2, 99.2 - 95.0) / (3 * 1.1))  # fmt: skip
item("Fill weight is centred at 500.4 g with a standard deviation of 1.2 g; LSL 497, USL 503. Cpk?", "capability",
     "number", min(503 - 500.4, 500.4 - 497) / (3 * 1.2))  # fmt: skip
item("Shaft diameters are normally distributed with mean 25.00 mm and standard deviation 0.02 mm. What proportion of "
     "shafts fall between 24.97 mm and 25.03 mm?", "probability", "number",
     stats.norm.cdf(25.03, 25.0, 0.02) - stats.norm.cdf(24.97, 25.0, 0.02), tol=1e-9)  # fmt: skip
item("Shaft diameters are normal, averaging 25.00 mm with sd 0.02 mm. What proportion lie in the range 24.97-25.03 mm?",
     "probability", "number", stats.norm.cdf(25.03, 25.0, 0.02) - stats.norm.cdf(24.97, 25.0, 0.02), tol=1e-9)  # fmt: skip
item("Cleanroom settle plates: 25 plates with a total of 80 colonies. c chart UCL?", "control_chart", "number",
     80 / 25 + 3 * math.sqrt(80 / 25), key="ucl")  # fmt: skip
item("Cleanroom settle plates: a total of 80 colonies. c chart UCL?", "control_chart", "refuse", None)

# ---- tests from prose (branch fix-tests): Welch named by its assumption ("I don't want to assume equal variances",
# "without pooling"), ANOVA from one sentence per group (key f_statistic), chi-square of independence from a nested
# list or rows split by slashes (uncorrected, as the engine says in its caveats), and t-tests from "12 bolts had a mean
# of ... with sd ..." (Welch unless pooled is named; the pooled p-value accepted from an answer naming it). References:
# scipy ttest_ind / ttest_ind_from_stats / chi2_contingency(correction=False), statsmodels anova_generic
FILL_A, FILL_B = [500.2, 499.8, 500.5, 500.1, 499.9], [501.0, 500.4, 501.6, 500.9, 501.3, 500.7]
item("Two suppliers' fill volumes: A = 500.2, 499.8, 500.5, 500.1, 499.9 and B = 501.0, 500.4, 501.6, 500.9, 501.3, "
     "500.7. I don't want to assume equal variances, so use Welch's two-sample t-test. p-value?", "hypothesis_test",
     "number", stats.ttest_ind(FILL_A, FILL_B, equal_var=False).pvalue, key="p_value", tol=1e-6)  # fmt: skip
item("Fill volumes A = 500.2, 499.8, 500.5, 500.1, 499.9 and B = 501.0, 500.4, 501.6, 500.9, 501.3, 500.7, compared "
     "without pooling the variances. p-value?", "hypothesis_test", "number",
     stats.ttest_ind(FILL_A, FILL_B, equal_var=False).pvalue, key="p_value", tol=1e-6)  # fmt: skip
SHIFT_MEANS, SHIFT_SDS = np.array([12.1, 12.6, 11.9, 12.3]), np.array([0.40, 0.35, 0.50, 0.45])
item("Four shifts were compared. Shift A: n = 6, mean 12.1, sd 0.40. Shift B: n = 6, mean 12.6, sd 0.35. Shift C: "
     "n = 6, mean 11.9, sd 0.50. Shift D: n = 6, mean 12.3, sd 0.45. One-way ANOVA F statistic?", "anova", "number",
     anova_generic(SHIFT_MEANS, SHIFT_SDS**2, np.array([6] * 4), use_var="equal").statistic, key="f_statistic",
     tol=1e-9)  # fmt: skip
item("Shift A had 6 parts with mean 12.1 and sd 0.40; shift B had 6 parts with mean 12.6 and sd 0.35; shift C had 6 "
     "parts with mean 11.9 and sd 0.50. One-way ANOVA p-value?", "anova", "number",
     anova_generic(SHIFT_MEANS[:3], SHIFT_SDS[:3] ** 2, np.array([6] * 3), use_var="equal").pvalue, key="p_value",
     tol=1e-9)  # fmt: skip
DEFECT_TABLE = [[20, 15, 10], [30, 25, 20]]
item("Is defect type independent of shift? counts [[20, 15, 10], [30, 25, 20]]", "hypothesis_test", "number",
     stats.chi2_contingency(DEFECT_TABLE, correction=False)[1], key="p_value", tol=1e-9)  # fmt: skip
item("Is defect type associated with shift? day: 20 15 10 / night: 30 25 20. Chi-square statistic?", "hypothesis_test",
     "number", stats.chi2_contingency(DEFECT_TABLE, correction=False)[0], key="statistic", tol=1e-9)  # fmt: skip
item("Does the defect type depend on the machine? machine 1: 12 7 3 / machine 2: 9 11 6 / machine 3: 15 4 2",
     "hypothesis_test", "number", stats.chi2_contingency([[12, 7, 3], [9, 11, 6], [15, 4, 2]], correction=False)[1],
     key="p_value", tol=1e-9)  # fmt: skip
item("Is pass/fail related to supplier? [[45, 5], [38, 12]]", "hypothesis_test", "number",
     stats.chi2_contingency([[45, 5], [38, 12]], correction=False)[1], key="p_value", tol=1e-9)  # fmt: skip
item("Is defect type associated with shift? day: 20 15 10 / night: 30 25", "hypothesis_test", "refuse", None)
item("12 bolts had a mean length of 50.12 mm with sd 0.30 mm. Is the mean different from the nominal 50.00 mm? p-value",
     "hypothesis_test", "number", 2 * stats.t.sf((50.12 - 50.0) / (0.30 / math.sqrt(12)), 11), key="p_value",
     tol=1e-9)  # fmt: skip
item("Line 1: 15 parts, mean 4.52, sd 0.21; line 2: 12 parts, mean 4.38, sd 0.25; two-sample t-test p?",
     "hypothesis_test", "number", stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12, equal_var=False).pvalue,
     key="p_value", tol=1e-9,
     alternatives={"pooled": stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12).pvalue})  # fmt: skip
item("Line 1 (15 parts): mean 4.52, sd 0.21; Line 2 (12 parts): mean 4.38, sd 0.25. The variances shouldn't be "
     "pooled. t-test p-value?", "hypothesis_test", "number",
     stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12, equal_var=False).pvalue, key="p_value", tol=1e-9)  # fmt: skip
item("Line 1: 15 parts, mean 4.52, sd 0.21; line 2: 12 parts, mean 4.38, sd 0.25; pooled two-sample t-test p?",
     "hypothesis_test", "number", stats.ttest_ind_from_stats(4.52, 0.21, 15, 4.38, 0.25, 12).pvalue, key="p_value",
     tol=1e-9)  # fmt: skip
item("12 bolts had a mean length of 50.12 mm. Is the mean different from the nominal 50.00 mm? p-value",
     "hypothesis_test", "refuse", None)  # fmt: skip
item("Ten cartons were weighed; mean fill weight came in at 1002.4 g with a standard deviation of 3.1 g. The nominal "
     "fill weight is 1000 g. One-sample t-test p-value?", "hypothesis_test", "number",
     2 * stats.t.sf((1002.4 - 1000) / (3.1 / math.sqrt(10)), 9), key="p_value", tol=1e-9)  # fmt: skip


# ---- spc sentences (branch fix-spc): capability with every value in percent read in percentage points (a mean and
# limits in different units declined), a limit named with a comma, X-bar/S with a bracketed alias "(s-bar)", p, c
# and u totals in full sentences, design factors called components (references: the Cpk formula, c4 from math's
# gamma function, the attribute limits written out, 2^k)
C4_4 = math.sqrt(2 / 3) * math.gamma(2) / math.gamma(1.5)
item("Moisture content has only an upper spec limit of 0.50%. The process averages 0.32% with a standard deviation of "
     "0.04%. What is Cpk?", "capability", "number", (0.50 - 0.32) / (3 * 0.04))  # fmt: skip
item("LSL is 0.20% and USL 0.50%, mean 0.32%, sd 0.04%. What is Cpk?", "capability", "number",
     min(0.50 - 0.32, 0.32 - 0.20) / (3 * 0.04))  # fmt: skip
item("Moisture content has only an upper spec limit of 0.50. The process averages 32% with a standard deviation of "
     "4%. What is Cpk?", "capability", "refuse", None)  # fmt: skip
item("Fill weight: lower limit, 497 g; upper limit, 503 g. The process mean is 500.4 g and sd 1.2 g. Cpk?",
     "capability", "number", min(503 - 500.4, 500.4 - 497) / (3 * 1.2))  # fmt: skip
item("Subgroups of 4 were taken; the grand mean is 12.50 and the average subgroup standard deviation (s-bar) is 0.30. "
     "X-bar chart limits?", "control_chart", "number", 12.5 + 3 / (C4_4 * 2) * 0.30, key="ucl", tol=1e-4)  # fmt: skip
item("We inspect 150 syringes every day; over thirty days, 117 were found defective in total. What are the p chart "
     "control limits?", "control_chart", "number", 117 / 4500 + 3 * math.sqrt(117 / 4500 * (1 - 117 / 4500) / 150),
     key="ucl", tol=1e-4)  # fmt: skip
item("We inspect 150 syringes every day and 117 were found defective in total. What are the p chart control limits?",
     "control_chart", "refuse", None)  # fmt: skip
item("a p chart with 50 items per lot over 25 lots, 60 defectives total: limits?", "control_chart", "number",
     60 / 1250 + 3 * math.sqrt(60 / 1250 * (1 - 60 / 1250) / 50), key="ucl", tol=1e-4)  # fmt: skip
item("We inspect 200 tablets a day; over 20 days we found 180 defective tablets in total. Set up a p chart: what's the "
     "upper control limit (3-sigma)?", "control_chart", "number",
     180 / 4000 + 3 * math.sqrt(180 / 4000 * (1 - 180 / 4000) / 200), key="ucl", tol=1e-6)  # fmt: skip
item("We counted blemishes on 20 car door panels and found 96 blemishes in total. What is the c chart UCL?",
     "control_chart", "number", 96 / 20 + 3 * math.sqrt(96 / 20), key="ucl", tol=1e-4)  # fmt: skip
item("u chart: 12 rolls, 5 m^2 each, 84 defects in total. Control limits?", "control_chart", "number",
     84 / 60 + 3 * math.sqrt(84 / 60 / 5), key="ucl", tol=1e-4)  # fmt: skip
item("Moisture: USL 0.50%, mean 0.32%, sd 0.04%. What fraction of batches exceed the USL?", "capability", "number",
     stats.norm.sf(0.50, 0.32, 0.04), tol=1e-9)  # fmt: skip
item("We want to screen 6 buffer components at two levels each. How many runs does a full factorial need?", "design",
     "runs", 2**6)  # fmt: skip

# ---- sample sizes, implied binomials, replicates and decimals in words (branch fix-samplesize): an effect written as
# a verb ("cuts overshoot by 0.8 degC"), a share per item as a false-positive rate or "1 in 50", a rate per hour never
# a binomial's p, "in triplicate" as n, "zero point eight" (statsmodels TTestPower/TTestIndPower, scipy binom, poisson,
# the t distribution)
item("We want to show that the new controller cuts overshoot by 0.8 degC. The sd of the paired differences is 1.5 "
     "degC. How many pairs do we need for 90% power at alpha 0.05 (two-sided)?", "sample_size", "int",
     math.ceil(TTestPower().solve_power(effect_size=0.8 / 1.5, alpha=0.05, power=0.9)), key="n")  # fmt: skip
item("The new controller should reduce overshoot by 0.8 degC; the paired differences have an sd of 1.5 degC. How many "
     "paired runs for 90% power at alpha 0.05, two-sided?", "sample_size", "int",
     math.ceil(TTestPower().solve_power(effect_size=0.8 / 1.5, alpha=0.05, power=0.9)), key="n")  # fmt: skip
item("Will the additive raise strength by 3 MPa? Standard deviation 5 MPa. How many per group for 80% power at alpha "
     "0.05?", "sample_size", "int", math.ceil(TTestIndPower().solve_power(effect_size=3 / 5, alpha=0.05, power=0.8)),
     key="n")  # fmt: skip
item("The new controller cuts overshoot by 10%. sd 1.5. How many pairs for 90% power at alpha 0.05?", "sample_size",
     "refuse", None)  # fmt: skip
item("The screening test has a 2% false-positive rate. If we run 40 clean samples, what is the probability of at least "
     "one false positive?", "probability", "number", stats.binom.sf(0, 40, 0.02), tol=1e-9)  # fmt: skip
item("1 in 50 parts is defective; in a box of 30, probability of exactly 2 defective?", "probability", "number",
     stats.binom.pmf(2, 30, 1 / 50), tol=1e-9)  # fmt: skip
item("Each unit has a failure rate of 0.5% per hour. If we install 40 units, what is the probability that at least one "
     "fails?", "probability", "refuse", None)  # fmt: skip
item("A reference standard was measured in triplicate: mean 10.32 mg/L, sd 0.05 mg/L. Does the mean differ from the "
     "certified 10.20 mg/L? one-sample t-test, two-sided, p-value?", "hypothesis_test", "number",
     2 * stats.t.sf((10.32 - 10.20) / (0.05 / math.sqrt(3)), 2), key="p_value", tol=1e-9)  # fmt: skip
item("The number of flaws per sheet is Poisson with a mean of zero point eight. What is the probability a sheet has no "
     "flaws?", "probability", "number", stats.poisson.pmf(0, 0.8), tol=1e-9)  # fmt: skip
item("Binomial with n = 20 and p = point two five: probability of exactly 5 successes?", "probability", "number",
     stats.binom.pmf(5, 20, 0.25), tol=1e-9)  # fmt: skip


# ---- regression fits answer the quantity asked (branch fix-regfit): the residual standard error, adjusted R^2, the
# residual df, a coefficient by its written name or term, a prediction at x = 7, a multiple regression of named lists;
# a coefficient the model lacks, a curve's slope and unequal lists decline (references: statsmodels OLS)
def _ols_fit(columns: list[list[float]], ys: list[float]):
    """statsmodels OLS of ys on a constant and the columns."""
    return OLS(np.array(ys, float), np.column_stack([np.ones(len(ys)), *(np.array(c, float) for c in columns)])).fit()


_RX, _RY = [1, 2, 3, 4, 5, 6], [2.1, 3.9, 8.2, 13.8, 22.1, 31.9]
_RQUAD = _ols_fit([_RX, [v * v for v in _RX]], _RY)
_RLX, _RLY = [1, 2, 3, 4, 5, 6], [2.0, 4.1, 5.9, 8.2, 9.9, 12.1]
_RLINE = _ols_fit([_RLX], _RLY)
item("Fit a quadratic to x = 1, 2, 3, 4, 5, 6 and y = 2.1, 3.9, 8.2, 13.8, 22.1, 31.9. What is the residual standard "
     "error?", "regression", "number", math.sqrt(_RQUAD.scale), key="value")  # fmt: skip
item("The rate follows rate = b0 + b1*P + b2*P^2. Data: P = 1, 2, 3, 4, 5, 6; rate = 3.1, 5.2, 8.9, 14.1, 20.8, 29.2. "
     "Estimate b2.", "regression", "number",
     float(_ols_fit([[1, 2, 3, 4, 5, 6], [1, 4, 9, 16, 25, 36]], [3.1, 5.2, 8.9, 14.1, 20.8, 29.2]).params[2]),
     key="value")  # fmt: skip
item("Regress y on x and x^2: x = 1, 2, 3, 4, 5, 6; y = 2.1, 3.9, 8.2, 13.8, 22.1, 31.9. What is the coefficient of "
     "x^2?", "regression", "number", float(_RQUAD.params[2]), key="value")  # fmt: skip
item("Fit a line to x = 1, 2, 3, 4, 5, 6 and y = 2.0, 4.1, 5.9, 8.2, 9.9, 12.1; predict y at x = 7.", "regression",
     "number", float(_RLINE.params[0] + 7 * _RLINE.params[1]), key="value")  # fmt: skip
item("What is the adjusted R-squared of the straight-line fit of y on x? x = 1, 2, 3, 4, 5, 6, y = 2.0, 4.1, 5.9, 8.2, "
     "9.9, 12.1", "regression", "number", float(_RLINE.rsquared_adj), key="value")  # fmt: skip
item("Fit a straight line to x = 1, 2, 3, 4, 5, 6 and y = 2.0, 4.1, 5.9, 8.2, 9.9, 12.1. What are the residual degrees "
     "of freedom?", "regression", "number", float(_RLINE.df_resid), key="value")  # fmt: skip
item("Regress y on x1 and x2: x1 = 1, 2, 3, 4, 5, 6, 7; x2 = 2, 1, 4, 3, 6, 5, 8; y = 3.1, 3.9, 7.2, 7.8, 11.1, 11.9, "
     "15.2. What is the coefficient of x2?", "regression", "number",
     float(_ols_fit([[1, 2, 3, 4, 5, 6, 7], [2, 1, 4, 3, 6, 5, 8]], [3.1, 3.9, 7.2, 7.8, 11.1, 11.9, 15.2]).params[2]),
     key="value")  # fmt: skip
item("Fit a quadratic to x = 1, 2, 3, 4, 5, 6 and y = 2.1, 3.9, 8.2, 13.8, 22.1, 31.9. Estimate b3.", "regression",
     "refuse", None)  # fmt: skip
item("Fit a quadratic to x = 1, 2, 3, 4, 5, 6 and y = 2.1, 3.9, 8.2, 13.8, 22.1, 31.9. What is the slope?",
     "regression", "refuse", None)  # fmt: skip
item("Regress y on x1 and x2: x1 = 1, 2, 3, 4, 5, 6, 7; x2 = 2, 1, 4, 3, 6, 5; y = 3.1, 3.9, 7.2, 7.8, 11.1, 11.9, "
     "15.2. What is R^2?", "regression", "refuse", None)  # fmt: skip


# ---- probabilities and sample sizes in percent and in sentences (branch p2-prob): a normal's mean, sd and bounds in
# percent are percentage points as written (a fraction beside a percentage declined), a margin and an sd both in
# percent likewise, "each ... with probability p" of n items a binomial, "how many parts per supplier" with a power a
# sample size, "SD is about 0.8" (references: scipy norm and binom, the z formula, statsmodels TTestIndPower)
item("Assay results are normally distributed with mean 99.5% and σ = 0.8%. What fraction of batches assay below "
     "98.0%?", "probability", "number", stats.norm.cdf(98.0, 99.5, 0.8), tol=1e-9)  # fmt: skip
item("Moisture content is normally distributed with mean 2.1% and standard deviation 0.3%. What is the probability a "
     "lot exceeds 2.5%?", "probability", "number", stats.norm.sf(2.5, 2.1, 0.3), tol=1e-9)  # fmt: skip
item("Purity is normally distributed with mean 0.995 and sd 0.008. What fraction of batches assay below 98%?",
     "probability", "refuse", None)  # fmt: skip
item("How many batches do I need to estimate the mean assay to within ±0.5% at 95% confidence, if σ is known to be "
     "1.2%? (z-based, round up)", "sample_size", "int", math.ceil((stats.norm.ppf(0.975) * 1.2 / 0.5) ** 2),
     key="n")  # fmt: skip
item("How many batches to estimate the mean assay to within ±0.5 at 95% confidence, if σ is 1.2%?", "sample_size",
     "refuse", None)  # fmt: skip
item("A tray holds twenty vials; each one is independently out of spec with probability 0.05. What is the probability "
     "that exactly 2 vials on the tray are out of spec?", "probability", "number", stats.binom.pmf(2, 20, 0.05),
     tol=1e-9)  # fmt: skip
item("A box holds 12 ampoules; every ampoule independently has a 3% chance of cracking. What is the probability that "
     "at most 1 ampoule in the box cracks?", "probability", "number", stats.binom.cdf(1, 12, 0.03), tol=1e-9)  # fmt: skip
item("Each vial is out of spec with probability 0.05. What is the probability that exactly 2 vials are out of spec?",
     "probability", "refuse", None)  # fmt: skip
item("Planning a comparison of two suppliers' tubing wall thickness with a two-sample t-test. We want to detect a "
     "0.5 mm difference in means, SD is about 0.8 mm, α = 0.05 two-sided, 90% power. How many parts per supplier?",
     "sample_size", "int", math.ceil(TTestIndPower().solve_power(0.5 / 0.8, alpha=0.05, power=0.9)), key="n")  # fmt: skip
item("Two filling lines: we want to detect a 2 g difference in mean fill, the sd is estimated at 3 g, alpha 0.05, 80% "
     "power. How many bottles per line?", "sample_size", "int",
     math.ceil(TTestIndPower().solve_power(2 / 3, alpha=0.05, power=0.8)), key="n")  # fmt: skip

# ---- tests and ANOVA from summaries (branch p2-stats): a summary mean in percent read in percentage points with its
# decimals, terse "welch t ... 2-sided p?", summary lists separated by " / ", groups headed by a setting on their own
# line ("60 °C: 84.2, ..."), a target after an article and adjectives ("differ from the validated 12.5"); lists of
# different lengths and summaries without sds declined (references: scipy ttest_ind_from_stats, ttest_1samp,
# f_oneway, statsmodels anova_generic)
PEEL = [12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0]
item("Catalyst A: n = 10 runs, mean conversion 78.4%, sd 2.1. Catalyst B: n = 12 runs, mean 75.9%, sd 3.4. Welch's "
     "t-test (unequal variances), two-sided: what's the p-value?", "hypothesis_test", "number",
     stats.ttest_ind_from_stats(78.4, 2.1, 10, 75.9, 3.4, 12, equal_var=False).pvalue, key="p_value")  # fmt: skip
item("Line A: n = 15, mean yield 92.5%, sd 1.8. Line B: n = 15, mean 90.9%, sd 2.2. Pooled two-sample t-test: "
     "p-value?", "hypothesis_test", "number",
     stats.ttest_ind_from_stats(92.5, 1.8, 15, 90.9, 2.2, 15, equal_var=True).pvalue, key="p_value")  # fmt: skip
item("welch t, line A n=12 mean 4.82 sd 0.21 mm, line B n=15 mean 4.65 sd 0.34 mm, 2-sided p?", "hypothesis_test",
     "number", stats.ttest_ind_from_stats(4.82, 0.21, 12, 4.65, 0.34, 15, equal_var=False).pvalue,
     key="p_value")  # fmt: skip
item("welch t, line A n=12 mean 4.82 mm, line B n=15 mean 4.65 mm, 2-sided p?", "hypothesis_test", "refuse", None)
item("n = 10 batches, mean yield 78.4%, sd 2.1%. Is the mean yield different from the target 0.80? one-sample t-test p",
     "hypothesis_test", "refuse", None)  # fmt: skip
item("1-way anova from summary: 4 mold cavities, n=6 each, mean part wt 2.412 / 2.405 / 2.421 / 2.398 g, sd 0.011 / "
     "0.009 / 0.014 / 0.010 g. p-value?", "anova", "number",
     anova_generic(np.array([2.412, 2.405, 2.421, 2.398]), np.array([0.011, 0.009, 0.014, 0.010]) ** 2, np.full(4, 6),
                   use_var="equal").pvalue, key="p_value")  # fmt: skip
item("one-way ANOVA from summary: n=6 each, means 2.412 / 2.405 / 2.421 g, sds 0.011 / 0.009 g. p?", "anova",
     "refuse", None)  # fmt: skip
item("Purity (%) at three reaction temperatures, five runs each.\n60 °C: 84.2, 85.1, 83.7, 84.9, 85.4\n70 °C: 86.3, "
     "87.0, 85.8, 86.9, 86.1\n80 °C: 85.0, 84.6, 85.9, 85.3, 84.8\nOne-way ANOVA: what is the F statistic?", "anova",
     "number", stats.f_oneway([84.2, 85.1, 83.7, 84.9, 85.4], [86.3, 87.0, 85.8, 86.9, 86.1],
                              [85.0, 84.6, 85.9, 85.3, 84.8]).statistic, key="statistic")  # fmt: skip
item("Surface roughness (um) at three spindle speeds.\n1200 rpm: 0.82, 0.85, 0.80, 0.84\n1500 rpm: 0.78, 0.76, 0.79, "
     "0.77\n1800 rpm: 0.74, 0.75, 0.71, 0.73\nOne-way ANOVA p-value?", "anova", "number",
     stats.f_oneway([0.82, 0.85, 0.80, 0.84], [0.78, 0.76, 0.79, 0.77], [0.74, 0.75, 0.71, 0.73]).pvalue,
     key="p_value")  # fmt: skip
item("Peel strength on 8 pouches: 12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0. Does the mean differ from the "
     "validated 12.5 N/15 mm? Two-sided one-sample t-test; give the p-value.", "hypothesis_test", "number",
     stats.ttest_1samp(PEEL, 12.5).pvalue, key="p_value")  # fmt: skip
item("Tensile strength of 6 bars: 41.2, 40.8, 42.0, 41.5, 40.9, 41.7 MPa. Does the mean exceed our historical 40.5 "
     "MPa? One-sided t-test, p-value?", "hypothesis_test", "number",
     stats.ttest_1samp([41.2, 40.8, 42.0, 41.5, 40.9, 41.7], 40.5, alternative="greater").pvalue,
     key="p_value")  # fmt: skip


# ---- calculus and algebra word problems (branch fix-calc): units after an expression are no factors (ppm, mg/L,
# "litres per minute"); "the positive root", "t > 0" select roots > 0 (sympy real roots, checked against numpy); a
# total from a rate (scipy quad); the time a function reaches a value in its unit (sympy solve); a formula's value at
# stated parameters (arithmetic here); a change over bounds is f(b) - f(a) (numpy polyval), never an integral, and so
# is a position's displacement; negative roots, a position's distance, missing or unconverted parameters and "x^2e-3"
# are refused
def positive_roots(coefficients) -> list[str]:
    """The real roots > 0 of a polynomial (exact decimal coefficients), checked against numpy's numeric roots."""
    exact = [r for r in sp.Poly([sp.nsimplify(c) for c in coefficients], t).real_roots() if r > 0]
    numeric = sorted(r.real for r in np.roots(coefficients) if abs(r.imag) < 1e-12 and r.real > 1e-12)
    assert np.allclose(sorted(float(r) for r in exact), numeric)
    return [str(sp.radsimp(r)) for r in exact]


item("The concentration is C(t) = 120 e^(-0.3t) ppm, t in hours. What is the integral of C(t) from 0 to 10 h?",
     "calculus", "number", integrate.quad(lambda u: 120 * np.exp(-0.3 * u), 0, 10)[0])  # fmt: skip
item("integral of 50 e^(-0.2t) mg/L from t = 0 to 5 h", "calculus", "number",
     integrate.quad(lambda u: 50 * np.exp(-0.2 * u), 0, 5)[0])  # fmt: skip
item("The height satisfies 4.9t^2 - 20t - 5 = 0; only the positive root makes physical sense, give just that one.",
     "algebra", "set", positive_roots([4.9, -20, -5]))  # fmt: skip
item("A stone's height obeys 5 + 20t - 4.9t^2 = 0 with t > 0. Solve for t.", "algebra", "set",
     positive_roots([-4.9, 20, 5]))  # fmt: skip
item("solve x^2 - 4 = 0, only the negative root", "algebra", "refuse", None)
item("Water flows into a tank at q(t) = 5 + 2t litres per minute. How many litres flow in between t = 0 and t = 10 "
     "minutes?", "calculus", "number", integrate.quad(lambda u: 5 + 2 * u, 0, 10)[0])  # fmt: skip
item("T(t) = 20 + 80 e^(-0.1t) degC. At what time does the part reach 60 degC?", "algebra", "set",
     [str(r) for r in sp.solve(20 + 80 * sp.exp(-t / 10) - 60, t)])  # fmt: skip
item("Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min and Km = 2 mM. What is v at S = 2 mM?", "algebra",
     "number", 10 * 2 / (2 + 2))  # fmt: skip
item("The drag force is F = 0.5*rho*v^2*Cd*A with rho = 1.2 kg/m^3, Cd = 0.3 and A = 2 m^2. What is F at v = 30 m/s?",
     "algebra", "number", 0.5 * 1.2 * 30**2 * 0.3 * 2)  # fmt: skip
item("Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min and Km = 2 mM. What is v at S = 500 uM?", "algebra",
     "refuse", None)  # fmt: skip
item("How much does the temperature T(t) = 20 + 5t - 0.1t^2 rise between t = 0 and t = 10?", "calculus", "number",
     float(np.polyval([-0.1, 5, 20], 10) - np.polyval([-0.1, 5, 20], 0)))  # fmt: skip
item("The velocity is v(t) = 3t^2 - 2t m/s. How much does the velocity increase between t = 0 and t = 2 s?",
     "calculus", "number", float(np.polyval([3, -2, 0], 2) - np.polyval([3, -2, 0], 0)))  # fmt: skip
item("h(t) = 50 - 4.9t^2 m. What is the displacement between t = 0 and t = 2 s?", "calculus", "number",
     float(np.polyval([-4.9, 0, 50], 2) - np.polyval([-4.9, 0, 50], 0)))  # fmt: skip
item("h(t) = 50 - 4.9t^2 m. How far does the ball fall between t = 0 and t = 2 s?", "calculus", "refuse", None)
item("What is the integral of x^2e-3 from 0 to 1?", "calculus", "refuse", None)


# ---- combining bars: "X̄", "R̄", "p̄" (a letter and U+0304) and "x̿" read as X-bar, R-bar, p-bar and x-double-bar, so
# an X-bar chart asked is not answered by the R chart (references: the limits with the printed A2(5) = 0.577)
item("X\u0304\u2013R chart, subgroups of size n = 5: grand mean x\u033f = 50.2 mm, R\u0304 = 1.8 mm. Compute the UCL of "
     "the X\u0304 chart.", "control_chart", "number", 50.2 + 0.577 * 1.8, key="ucl", tol=1e-9)  # fmt: skip
item("X\u0304-R chart: subgroups of 5 parts per hour, grand mean 12.50 mm, average range R\u0304 = 0.42 mm. What is the "
     "upper control limit of the X\u0304 chart?", "control_chart", "number", 12.5 + 0.577 * 0.42, key="ucl", tol=1e-9)  # fmt: skip
item("X\u0304-R chart: subgroups of 5, grand mean 12.50 mm, R\u0304 = 0.42 mm. UCL of the R chart?", "control_chart",
     "number", 2.114 * 0.42, key="ucl", tol=1e-9)  # fmt: skip

# ---- distributions and reliability the way engineers ask (branch p3-prob): a share of items with a property and a
# number of them drawn as a binomial, a sample mean's probability (normal, sd sigma/sqrt(n)), Weibull lifetimes, the
# success-run (zero-failure) sample size and a p chart's n in "160 units tested each shift" (references: scipy.stats,
# math)
item("Historically 2% of bottles off the filler are underfilled. If QA pulls fifty bottles at random, what's the "
     "probability that at most 2 of them are underfilled?", "probability", "number", stats.binom.cdf(2, 50, 0.02))  # fmt: skip
item("About 2% of bottles per hour are underfilled. If QA pulls 50 bottles, what's the probability that at most 2 of "
     "them are underfilled?", "probability", "refuse", None)  # fmt: skip
item("A population has \u03bc = 50 and \u03c3 = 12. For a random sample of n = 36, find P(x\u0304 < 47).",
     "probability", "number", stats.norm.cdf(47, 50, 12 / math.sqrt(36)))  # fmt: skip
item("Population mean 200 g, sd 15 g. What is the probability that the average of 36 parts exceeds 205 g?",
     "probability", "number", stats.norm.sf(205, 200, 15 / math.sqrt(36)))  # fmt: skip
item("A population has mean 50 and sd 12. For a random sample of n = 10, find the probability the sample mean is below "
     "47.", "probability", "refuse", None)  # fmt: skip
item("Wheel bearing life follows a two-parameter Weibull with shape \u03b2 = 1.8 and scale \u03b7 = 12,000 h. What is "
     "the probability a bearing survives past 5,000 h?", "probability", "number",
     stats.weibull_min.sf(5000, 1.8, scale=12000))  # fmt: skip
item("Pump seals follow a Weibull distribution with shape parameter 2.5 and characteristic life 8000 hours. What is "
     "the B10 life?", "probability", "number", stats.weibull_min.ppf(0.10, 2.5, scale=8000))  # fmt: skip
item("A fan's life is Weibull with shape 1.5. What is the probability it survives past 3000 hours?", "probability",
     "refuse", None)  # fmt: skip
item("Customer wants us to demonstrate 95% reliability at 90% confidence with a zero-failure (success-run) test. How "
     "many parts do we need to put on the rig, all passing?", "sample_size", "int",
     math.ceil(math.log(1 - 0.90) / math.log(0.95)), key="n")  # fmt: skip
item("How many units must we test without failure to show 99% reliability with 95% confidence?", "sample_size",
     "int", math.ceil(math.log(1 - 0.95) / math.log(0.99)), key="n")  # fmt: skip
item("End-of-line leak test: 25 shifts, 160 units tested each shift, 96 rejects in total. Set up a p chart \u2014 UCL "
     "for the fraction rejected?", "control_chart", "number",
     96 / 4000 + 3 * math.sqrt(96 / 4000 * (1 - 96 / 4000) / 160), key="ucl", tol=1e-9)  # fmt: skip


# ---- ANOVA from summaries as people write them; tables in columns (branch p3-anova): groups one at a time under one
# size for all ("6 gears per shift. Day: mean 58.2, sd 1.1; ..."), lists with a unit in parentheses ("head means (g):")
# or headed "x-bar = ..., s = ..."; a paired t-test from a table pasted in columns (the running index no data); a
# quadratic from labelled rows ("T (°C): 60 65 ...", "yield %: 71.2 ..."); an exact binomial test of a hyphenated count
# ("our 400-unit run saw 12 failures"); no size, a rate for a size and hours for trials are refused (references:
# statsmodels anova_generic and OLS, scipy ttest_rel and binomtest)
def summary_anova(means, sds, n):
    """statsmodels' classic one-way ANOVA from each group's mean and sd, n in every group."""
    return anova_generic(np.array(means), np.array(sds) ** 2, np.full(len(means), n), use_var="equal")


SHIFTS = "Day: mean 58.2, sd 1.1; Swing: mean 59.1, sd 0.9; Night: mean 57.6, sd 1.3"
HPLC = [99.2, 98.7, 100.1, 99.5, 98.9, 99.8, 100.3, 99.0]
TITRATION = [99.6, 99.0, 100.2, 99.9, 99.4, 99.9, 100.8, 99.3]
ASSAYS = "".join(f"{i}      {a:<6} {b}\n" for i, (a, b) in enumerate(zip(HPLC, TITRATION, strict=True), start=1))
JACKET_T = np.array([60, 65, 70, 75, 80, 85, 90], dtype=float)
JACKET_YIELD = np.array([71.2, 76.8, 80.9, 82.7, 83.1, 81.4, 78.0])
item(f"Rockwell C hardness of carburized gears by shift, 6 gears per shift. {SHIFTS}. One-way ANOVA (pooled variance) "
     "\u2014 F statistic?", "anova", "number",
     summary_anova([58.2, 59.1, 57.6], [1.1, 0.9, 1.3], 6).statistic, key="statistic")  # fmt: skip
item(f"Hardness by shift, n = 5 per group. {SHIFTS}. One-way ANOVA p-value?", "anova", "number",
     summary_anova([58.2, 59.1, 57.6], [1.1, 0.9, 1.3], 5).pvalue, key="p_value")  # fmt: skip
item(f"Hardness by shift. {SHIFTS}. One-way ANOVA \u2014 F statistic?", "anova", "refuse", None)
item(f"Cycle time by cell, 12 cycles per hour. {SHIFTS}. One-way ANOVA F statistic?", "anova", "refuse", None)
item("4 filler heads, n=6 fills each. head means (g): 500.4, 501.1, 500.2, 500.9; SDs: 0.6, 0.7, 0.5, 0.8. classic "
     "one-way ANOVA from these summaries \u2014 F statistic?", "anova", "number",
     summary_anova([500.4, 501.1, 500.2, 500.9], [0.6, 0.7, 0.5, 0.8], 6).statistic, key="statistic")  # fmt: skip
item("One-way ANOVA from summary statistics: four fertilisers, n = 8 plots each, x\u0304 = 24.1, 26.3, 22.8, 25.0 and "
     "s = 2.1, 1.8, 2.4, 2.0. p-value for H0: all four means equal?", "anova", "number",
     summary_anova([24.1, 26.3, 22.8, 25.0], [2.1, 1.8, 2.4, 2.0], 8).pvalue, key="p_value")  # fmt: skip
item(f"Same 8 batches assayed two ways (% label claim):\nbatch  HPLC   titration\n{ASSAYS}Is there a systematic "
     "difference between the methods? paired t-test, two-sided, give the p-value", "hypothesis_test", "number",
     stats.ttest_rel(HPLC, TITRATION).pvalue, key="p_value")  # fmt: skip
item("Reactor yield vs jacket temperature:\nT (\u00b0C):  60    65    70    75    80    85    90\nyield %: 71.2  76.8  "
     "80.9  82.7  83.1  81.4  78.0\nClearly curved, so fit a quadratic in T (yield = b0 + b1\u00b7T + b2\u00b7T\u00b2) "
     "by least squares. What is R\u00b2?", "regression", "number",
     OLS(JACKET_YIELD, np.column_stack([np.ones(7), JACKET_T, JACKET_T**2])).fit().rsquared, key="r_squared")  # fmt: skip
item("Supplier claims a field failure rate of no more than 1.5%. In our 400-unit durability run we saw 12 failures. "
     "Exact binomial test, one-sided (H1: rate > 1.5%) \u2014 what is the p-value?", "hypothesis_test", "number",
     stats.binomtest(12, 400, 0.015, alternative="greater").pvalue, key="p_value")  # fmt: skip
item("Supplier claims a failure rate of no more than 1.5%. In our 400-hour durability run we saw 12 failures. Exact "
     "binomial test, one-sided \u2014 p-value?", "hypothesis_test", "refuse", None)  # fmt: skip

# ---- calculus and algebra in engineers' words (branch p3-calc): "Integrate it from 0 to 800 h to get ...", a function
# named "cp(T)" integrated over the bounds its sentence states, bounds in a closing bracket ("the first 10 min" alone
# leaves its start implicit: refused), a remark after a dash, "ℓ(p)",
# a stated formula solved for one of its names ("solve for ΔT", sympy solve), a matrix pasted as lines (numpy det);
# references: scipy quad, sympy, numpy; a missing value or a ragged matrix is refused
p_ = sp.Symbol("p", real=True)
dT_ = sp.Symbol("dT", real=True)
R_ = sp.Symbol("R", real=True)
item("Hazard rate for the wiper motor brushes is h(t) = 3×10⁻⁹·t² per hour. Integrate it from 0 to 800 h to get the "
     "cumulative hazard H(800).", "calculus", "number", integrate.quad(lambda u: 3e-9 * u**2, 0, 800)[0])  # fmt: skip
item("Heat capacity of the vapour: cp(T) = 28.1 + 0.0042·T − 1.5×10⁵/T² J/(mol·K). What is ΔH for heating from 300 K "
     "to 500 K, i.e. the integral of cp dT, in J/mol?", "calculus", "number",
     integrate.quad(lambda u: 28.1 + 0.0042 * u - 1.5e5 / u**2, 300, 500)[0])  # fmt: skip
item("A drug-eluting stent coating releases drug at r(t) = 5·e^(−0.5t) µg/day. How many µg in total are released over "
     "the first 4 days (integrate from t = 0 to 4)?", "calculus", "number",
     integrate.quad(lambda u: 5 * np.exp(-0.5 * u), 0, 4)[0])  # fmt: skip
item("Inflow q(t) = 5 + 2t L/min. How many litres flow in (from t = 0 to 10 min)?", "calculus", "number",
     integrate.quad(lambda u: 5 + 2 * u, 0, 10)[0])  # fmt: skip
item(
    "Inflow q(t) = 5 + 2t L/min. How many litres flow in during the first 10 min?",
    "calculus",
    "number",
    integrate.quad(lambda u: 5 + 2 * u, 0, 10)[0],
)  # fmt: skip  (task x2: "the first 10 min" in t's unit, L/min)
item("∫ from 0 to π/2 of sin²(x)·cos(x) dx — exact value please", "calculus", "expr",
     expr(sp.integrate(sp.sin(x) ** 2 * sp.cos(x), (x, 0, sp.pi / 2))))  # fmt: skip
item("For 7 successes in 10 Bernoulli trials the log-likelihood is ℓ(p) = 7 ln p + 3 ln(1 − p). Differentiate ℓ(p) "
     "with respect to p.", "calculus", "expr", expr(sp.diff(7 * sp.log(p_) + 3 * sp.log(1 - p_), p_)))  # fmt: skip
item("Fixture rail grows per L = L0(1 + α·ΔT). With L0 = 250.000 mm, L = 250.060 mm and α = 12×10⁻⁶ per °C, solve for "
     "ΔT in °C.", "algebra", "set",
     [str(r) for r in sp.solve(250 * (1 + sp.Rational(12, 10**6) * dT_) - sp.Rational(250060, 1000), dT_)])  # fmt: skip
item("Ohm's law V = I*R. With V = 12 V and I = 0.5 A, solve for R.", "algebra", "set",
     [str(r) for r in sp.solve(sp.Rational(1, 2) * R_ - 12, R_)])  # fmt: skip
item("Fixture rail grows per L = L0(1 + α·ΔT). With L0 = 250.000 mm and L = 250.060 mm, solve for ΔT.", "algebra",
     "refuse", None)  # fmt: skip
item("det of\n3  1  2\n0  4 -1\n5  2  1", "linear_algebra", "number",
     float(np.linalg.det(np.array([[3, 1, 2], [0, 4, -1], [5, 2, 1]]))))  # fmt: skip
item("det of\n3 1 2\n0 4\n5 2 1", "linear_algebra", "refuse", None)


# ---- engineering formulas, integrals, designs and units (branch p4-calc): the ångström's symbol (scipy.constants),
# an integral's purpose clause with no article and an upper bound's unit ("to 30 s to get total nm removed"), an
# integral with its differential over a defined profile ("integrate u·2πr dr", scipy quad), a function named by a
# Greek letter ("dλ/dt", sympy diff), a stated equation solved for a described name, the positive root (the
# quadratic formula), a full factorial whose factors list their levels (itertools.product), a first-order ODE with
# its initial value (sympy dsolve); a count that differs from its list, or a value missing, is refused
item("convert 4750 Å to µm", "unit_conversion", "number", 4750 * constants.angstrom / constants.micro, key="value")
item("convert 0.5 µm to angstroms", "unit_conversion", "number", 0.5 * constants.micro / constants.angstrom,
     key="value")  # fmt: skip
item("etch rate during the main step is r(t) = 4 + 0.6t − 0.02t² nm/s. integrate from t = 0 to 30 s to get total nm "
     "removed", "calculus", "number", integrate.quad(lambda u: 4 + 0.6 * u - 0.02 * u**2, 0, 30)[0])  # fmt: skip
item("laminar pipe flow, velocity profile u(r) = 2(1 − r²/0.05²) m/s for 0 ≤ r ≤ 0.05 m. integrate u·2πr dr from 0 to "
     "0.05 to get the volumetric flow rate Q in m³/s", "calculus", "number",
     integrate.quad(lambda r: 2 * (1 - r**2 / 0.05**2) * 2 * math.pi * r, 0, 0.05)[0])  # fmt: skip
item("green belt asked me this one: defect intensity model λ(t) = 5t² e^(−0.2t). what's dλ/dt?", "calculus", "expr",
     expr(sp.diff(5 * t**2 * sp.exp(-t / 5), t)))  # fmt: skip
item("the hazard λ(t) = 0.02 t^1.5. find dλ/dt at t = 4", "calculus", "number", 0.02 * 1.5 * math.sqrt(4))
item("Deal-Grove for our wet ox: x² + A·x = B·t with A = 0.165 µm, B = 0.0117 µm²/h and t = 4 h. Solve for the oxide "
     "thickness x in µm (the positive root).", "algebra", "set",
     [r for r in roots(x**2 + sp.Rational(165, 1000) * x - sp.Rational(117, 10000) * 4) if float(sp.sympify(r)) > 0])  # fmt: skip
item("Deal-Grove: x² + A·x = B·t with A = 0.165 µm and t = 4 h. Solve for the oxide thickness x (the positive root).",
     "algebra", "refuse", None)  # fmt: skip
item("I want a full factorial on the anneal furnace: three temperatures (900, 950, 1000 °C), two times (30 and 60 min) "
     "and two ambients (N2, Ar), with every combination run twice (2 replicates). How many runs is that?", "design",
     "runs", 2 * len(list(itertools.product([900, 950, 1000], [30, 60], ["N2", "Ar"]))))  # fmt: skip
item("full factorial: three temperatures (900, 950 °C), two times (30, 60 min) and two gases (N2, Ar). How many runs?",
     "design", "refuse", None)  # fmt: skip
T_ = sp.Function("T")
item("Solve the ODE dT/dt = −0.1(T − 20) with T(0) = 90 (Newton's law of cooling, t in minutes, T in °C). Give T(t).",
     "calculus", "expr",
     expr(sp.dsolve(sp.Eq(T_(t).diff(t), -(T_(t) - 20) / 10), T_(t), ics={T_(0): 90}).rhs))  # fmt: skip
item("Solve the ODE dT/dt = −0.1(T − 20). Give T(t).", "calculus", "refuse", None)

# ---- tests, ANOVA and regression data as people paste them (branch p4-stats): "% of label claim: 98.7, ..." is the
# data's unit, not a target; "p0" is no "p = 0"; rows "day: 412 answered / 38 abandoned"; one size for all groups
# ("six cartons timed on each"); rows of two under a heading "A (unit) vs B (unit)"; pairs tagged by the predictor's
# unit ("0 mo 100.2, 3 mo 99.6"); no target, no p0, rows whose categories differ, no size and mixed units are refused
# (references: scipy ttest_1samp, norm, chi2_contingency, linregress; statsmodels anova_generic)
ASSAY_LOT = [98.7, 99.4, 101.2, 97.9, 100.3, 98.8, 99.1, 98.5]
ASSAY_TEXT = ", ".join(map(str, ASSAY_LOT))
DEPOSITION = [(30, 212), (60, 398), (90, 611), (120, 805), (150, 1003), (180, 1198)]
DEPOSITION_TEXT = "".join(f"{t} {d}\n" for t, d in DEPOSITION)
STABILITY = [(0, 100.2), (3, 99.6), (6, 99.1), (9, 98.7), (12, 98.0), (18, 97.1), (24, 96.0)]
STABILITY_TEXT = ", ".join(f"{t} mo {p}" for t, p in STABILITY)
item(f"Assay results for a 50 mg tablet lot, % of label claim: {ASSAY_TEXT}. Is the mean potency different from 100%? "
     "One-sample t-test, two-sided; report the p-value.", "hypothesis_test", "number",
     stats.ttest_1samp(ASSAY_LOT, 100).pvalue, key="p_value")  # fmt: skip
item(f"Assay results, % of label claim: {ASSAY_TEXT}. Is the mean potency different? One-sample t-test, two-sided; "
     "report the p-value.", "hypothesis_test", "refuse", None)  # fmt: skip
item("Historical defect rate was 7%. After the Improve phase we inspected 400 units and found 18 defective. One-sided "
     "one-proportion z-test (H1: p < 0.07, standard error from p0) \u2014 p-value?", "hypothesis_test", "number",
     stats.norm.cdf((18 / 400 - 0.07) / math.sqrt(0.07 * 0.93 / 400)), key="p_value")  # fmt: skip
item("Historical first-pass yield was 92%. This month 285 of 300 units passed first time. One-sided one-proportion "
     "z-test (H1: p > 0.92, standard error from p0) \u2014 p-value?", "hypothesis_test", "number",
     stats.norm.sf((285 / 300 - 0.92) / math.sqrt(0.92 * 0.08 / 300)), key="p_value")  # fmt: skip
item("After the Improve phase we inspected 400 units and found 18 defective. One-sided one-proportion z-test (H1: p < "
     "p0, standard error from p0) \u2014 p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
item("abandoned calls by shift \u2014 day: 412 answered / 38 abandoned, evening: 365 answered / 51 abandoned, night: 190 "
     "answered / 29 abandoned. chi-square test of independence, p-value?", "hypothesis_test", "number",
     stats.chi2_contingency([[412, 38], [365, 51], [190, 29]], correction=False).pvalue, key="p_value")  # fmt: skip
item("abandoned calls by shift \u2014 day: 412 answered / 38 abandoned, evening: 365 answered / 51 dropped, night: 190 "
     "answered / 29 abandoned. chi-square test of independence, p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
item("Four packing lines, six cartons timed on each. Mean pack times (s): 42.1, 43.5, 41.8, 44.0; standard "
     "deviations: 1.2, 1.5, 1.1, 1.4. What is the F statistic of the one-way ANOVA?", "anova", "number",
     summary_anova([42.1, 43.5, 41.8, 44.0], [1.2, 1.5, 1.1, 1.4], 6).statistic, key="statistic")  # fmt: skip
item("Four packing lines. Mean pack times (s): 42.1, 43.5, 41.8, 44.0; standard deviations: 1.2, 1.5, 1.1, 1.4. What "
     "is the F statistic of the one-way ANOVA?", "anova", "refuse", None)  # fmt: skip
item(f"deposition time (s) vs thickness (\u00c5)\n{DEPOSITION_TEXT}least-squares line \u2014 what's the slope in "
     "\u00c5/s?", "regression", "number", stats.linregress(*zip(*DEPOSITION, strict=True)).slope, key="slope")  # fmt: skip
item("load (kN) vs extension (mm)\n2 0.11\n4 0.23\n6 0.33\n8 0.46\n10 0.56\nleast-squares line: slope in mm/kN?",
     "regression", "number", stats.linregress([2, 4, 6, 8, 10], [0.11, 0.23, 0.33, 0.46, 0.56]).slope, key="slope")  # fmt: skip
item(f"Long-term stability data, potency in % of label claim vs time in months: {STABILITY_TEXT}. Fit a straight line "
     "potency = a + b\u00b7months by least squares. What's the slope b?", "regression", "number",
     stats.linregress(*zip(*STABILITY, strict=True)).slope, key="slope")  # fmt: skip
item("Long-term stability data, potency vs time: 0 mo 100.2, 3 wk 99.6, 6 mo 99.1, 9 d 98.7, 12 mo 98.0. Fit a "
     "straight line potency = a + b\u00b7months by least squares. What's the slope b?", "regression", "refuse", None)  # fmt: skip


# ---- hypergeometric draws, implied distributions, attribute charts and one-sided specs (branch p4-prob): a count
# drawn without replacement from a lot (hypergeometric), a yield as the binomial p of good items, a rate written
# "4.2 calls/min", the gap between Poisson events (exponential, the rate in the time's unit), a p chart's total named
# by any words, a one-sided spec in words (references: scipy.stats, numpy, math)
_HANDLE = [5.2, 6.1, 5.8, 6.4, 5.5, 6.0, 5.9, 6.3, 5.7, 6.2, 5.6, 6.0]
item("A 25-wafer lot has 3 wafers with the scratch defect. I pull 5 wafers at random (without replacement) for "
     "inspection. What's the probability I catch at least one scratched wafer?", "probability", "number",
     stats.hypergeom.sf(0, 25, 3, 5))  # fmt: skip
item("A tray holds 50 vials of which 4 have cracked necks. QA draws 5 vials without replacement. Probability that "
     "none of the five is cracked?", "probability", "number", stats.hypergeom.pmf(0, 50, 4, 5))  # fmt: skip
item("A lot of 200 brackets contains 6 defectives. Receiving inspection pulls 15 at random without replacement. What "
     "is the probability the sample contains at least one defective? (exact hypergeometric, please)", "probability",
     "number", stats.hypergeom.sf(0, 200, 6, 15))  # fmt: skip
item("A batch of 40 relays contains 5 defective ones. We draw 8 without replacement. What is the probability of at "
     "most 1 defective in the sample?", "probability", "number", stats.hypergeom.cdf(1, 40, 5, 8))  # fmt: skip
item("We draw 10 parts without replacement. What is the probability that at least 2 are defective?", "probability",
     "refuse", None)  # fmt: skip
item("Die yield on this product runs 92%. If I probe twenty dies, what's the probability at least 18 of them are "
     "good? (treat dies as independent)", "probability", "number", stats.binom.sf(17, 20, 0.92))  # fmt: skip
item("call centre gets 4.2 calls/min on average (Poisson). P(more than 6 calls in a given minute)?", "probability",
     "number", stats.poisson.sf(6, 4.2))  # fmt: skip
item("trucks arrive at the dock as a Poisson process, three per hour on average. probability the gap between two "
     "consecutive trucks is more than 30 minutes?", "probability", "number", stats.expon.sf(30, scale=60 / 3))  # fmt: skip
item("Customers arrive at a counter at 12 per hour (Poisson). What is the probability that the time between two "
     "successive arrivals is less than 2 minutes?", "probability", "number", stats.expon.cdf(2, scale=60 / 12))  # fmt: skip
item("trucks arrive at the dock as a Poisson process. probability the gap between two consecutive trucks is more "
     "than 30 minutes?", "probability", "refuse", None)  # fmt: skip
item("p chart: 25 days, 200 calls sampled each day, 340 abandoned calls in total. upper control limit?",
     "control_chart", "number", 340 / 5000 + 3 * math.sqrt(340 / 5000 * (1 - 340 / 5000) / 200), key="ucl",
     tol=1e-9)  # fmt: skip
item("p chart: 25 days, 200 calls sampled each day, 5000 calls in total. upper control limit?", "control_chart",
     "refuse", None)  # fmt: skip
item("Our ready-mix supplier's 28-day strengths average 42 MPa with a standard deviation of 3.5 MPa. The spec is a "
     "lower limit only, 35 MPa (no upper limit). What is Cpk?", "capability", "number", (42 - 35) / (3 * 3.5))  # fmt: skip
item("Handle time has an upper spec only: 8 minutes max, no lower limit. Twelve calls: 5.2, 6.1, 5.8, 6.4, 5.5, 6.0, "
     "5.9, 6.3, 5.7, 6.2, 5.6, 6.0 min. Ppk using the overall sample standard deviation?", "capability", "number",
     (8 - np.mean(_HANDLE)) / (3 * np.std(_HANDLE, ddof=1)))  # fmt: skip


# ---- every root asked beside a remark that discards one: "give both roots, I'll throw out the negative one" (sympy)
item("Solve 0.02c^2 + 0.3c - 2 = 0 for c (give both roots, I'll throw out the negative one for the concentration)",
     "algebra", "set", roots(sp.Rational(2, 100) * x**2 + sp.Rational(3, 10) * x - 2))  # fmt: skip

# ---- tests and ANOVA in shop-floor sentences (branch p5-stats): the value compared against ("the quoted cycle is",
# "label claims"), a before/after change in words, bare "X, Y" summaries after the first group's "mean X sd Y",
# "found k ... out of n reviewed" and "group k of n" as a table of successes and failures (scipy, statsmodels)
_CYCLES = [32.4, 31.9, 32.8, 32.1, 32.6, 32.3, 31.7, 32.5, 32.9, 32.2]
_IBU = [33.8, 36.1, 34.5, 35.9, 33.2, 34.0, 34.7, 33.5]
_KWH_BEFORE, _KWH_AFTER = [412, 388, 450, 397, 421, 405, 438, 392], [389, 371, 441, 380, 405, 396, 410, 385]
_PRESSES = ("We retrofitted servo pumps on 8 presses. kWh per shift before: 412, 388, 450, 397, 421, 405, 438, 392; "
            "after (same presses, same order): 389, 371, 441, 380, 405, 396, 410, 385. Paired t-test, one-sided, ")  # fmt: skip
_LOTS = ("Shrinkage (%) on four resin lots, six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06; lot C 1.49, "
         "0.04; lot D 1.61, 0.07.")  # fmt: skip
item("Ten cycle times off the new tool (s): 32.4, 31.9, 32.8, 32.1, 32.6, 32.3, 31.7, 32.5, 32.9, 32.2. The quoted "
     "cycle is 32.0 s. Two-sided one-sample t-test: what's the p-value?", "hypothesis_test", "number",
     stats.ttest_1samp(_CYCLES, 32.0).pvalue, key="p_value")  # fmt: skip
item("Label claims 35 IBU. Eight batches measured 33.8, 36.1, 34.5, 35.9, 33.2, 34.0, 34.7, 33.5 IBU. Two-sided "
     "one-sample t-test of mean = 35: p-value?", "hypothesis_test", "number", stats.ttest_1samp(_IBU, 35).pvalue,
     key="p_value")  # fmt: skip
item(_PRESSES + "H1: consumption went down. p-value?", "hypothesis_test", "number",
     stats.ttest_rel(_KWH_BEFORE, _KWH_AFTER, alternative="greater").pvalue, key="p_value")  # fmt: skip
item(_PRESSES + "H1: consumption rose. p-value?", "hypothesis_test", "number",
     stats.ttest_rel(_KWH_BEFORE, _KWH_AFTER, alternative="less").pvalue, key="p_value")  # fmt: skip
item(_PRESSES + "H1: consumption changed. p-value?", "hypothesis_test", "refuse", None)
item(_LOTS + " Classic one-way ANOVA (equal variances) from these summaries: what's the F statistic?", "anova",
     "number", anova_generic(np.array([1.52, 1.58, 1.49, 1.61]), np.array([0.05, 0.06, 0.04, 0.07]) ** 2,
                             nobs=np.array([6] * 4), use_var="equal").statistic, key="statistic")  # fmt: skip
item("Shrinkage (%) on three resin lots, six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58; lot C 1.49, 0.04. "
     "One-way ANOVA from these summaries: F statistic?", "anova", "refuse", None)  # fmt: skip
item("Our internal audit found 9 nonconforming traveler records out of 150 reviewed. The target is 3% or less. Exact "
     "binomial test, one-sided (H1: rate > 3%) — what's the p-value?", "hypothesis_test", "number",
     stats.binomtest(9, 150, 0.03, alternative="greater").pvalue, key="p_value")  # fmt: skip
item("Diacetyl detected by the tasting panel, by yeast strain: strain A 12 of 60 batches, strain B 21 of 58, strain C "
     "9 of 62. Chi-square test of independence between strain and detection: what's the p-value?", "hypothesis_test",
     "number", stats.chi2_contingency([[12, 48], [21, 37], [9, 53]], correction=False).pvalue, key="p_value")  # fmt: skip
item("Line 1 had 12 out of 60 units fail, line 2 had 20 out of 70. Test of independence between line and failure: "
     "p-value?", "hypothesis_test", "number", stats.chi2_contingency([[12, 48], [20, 50]], correction=False).pvalue,
     key="p_value")  # fmt: skip


# ---- extremes, equations asked by name, degree scales, integrals closed by an ask, blends (branch p5-calc): the
# argument of a defined function's minimum or maximum, "L satisfies L*(1 - 0.018) = 50. What is L?", "°P = 259 -
# 259/SG ... solve for SG", "Integrate from t = 0 to infinity: how many g/L in total?", a two-component blend
# (references: closed forms, scipy quad, sympy linear systems)
_BX, _BY = sp.symbols("bx by")


def _blend(total, target, a, b) -> list[str]:
    """The amount of the component of value ``a`` in ``total`` at ``target`` (x + y = T, a x + b y = c T)."""
    return [str(sp.solve([_BX + _BY - total, a * _BX + b * _BY - target * total], [_BX, _BY])[_BX])]


item("energy per batch as a function of screw speed v is E(v) = 0.02v³ + 800/v. what v (v > 0) gives the minimum E?",
     "calculus", "set", [str(sp.Rational(800 * 100, 6) ** sp.Rational(1, 4))])  # fmt: skip
item("cost per part is C(n) = 3n + 300/n dollars for a batch of n. what n (n > 0) minimises the cost?", "calculus",
     "set", [str(sp.sqrt(sp.Rational(300, 3)))])  # fmt: skip
item(
    "profit is P(q) = -0.02q^2 + 9q - 400 (k$). which q maximises profit?",
    "calculus",
    "set",
    [str(sp.Rational(9 * 100, 4))],
)
item("f(x) = x^3 - 3x. at what x is f smallest for 0 <= x <= 3?", "calculus", "refuse", None)
item("Our PP grade shrinks 1.8% (linear). The part has to come out at 50.00 mm, so the cavity length L satisfies "
     "L·(1 − 0.018) = 50. What is L in mm?", "algebra", "set", [str(sp.Rational(50000, 982))])  # fmt: skip
item("Using the rule of thumb °P = 259 − 259/SG, solve for the specific gravity SG when the wort reads 12 °P (give it "
     "exactly).", "algebra", "set", [str(sp.Rational(259, 247))])  # fmt: skip
item("With °Bx = 261.3 - 261.3/SG, solve for SG at 15 °Bx.", "algebra", "set", [str(sp.Rational(2613, 2613 - 150))])
item("CO₂ evolution rate in the fermenter is modelled as r(t) = 3·t·e^(−t/2) g/L per hour. Integrate from t = 0 to "
     "infinity: how many g/L of CO₂ in total?", "calculus", "number",
     integrate.quad(lambda t: 3 * t * math.exp(-t / 2), 0, math.inf)[0])  # fmt: skip
item("I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort (gravity points blend linearly by "
     "volume). How many hL of the 1.060 wort go in?", "algebra", "set",
     _blend(20, sp.Rational(1048, 1000), sp.Rational(1060, 1000), sp.Rational(1040, 1000)))  # fmt: skip
item("We want 100 kg of a 12% mix by blending a 20% stock with a 5% stock. How many kg of the 5% stock?", "algebra",
     "set", _blend(100, 12, 5, 20))  # fmt: skip
item("I need 20 hL of wort at 1.070 and I'm blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060 wort go "
     "in?", "algebra", "refuse", None)  # fmt: skip

# ---- distributions, charts, capability, designs and units in sentences (branch p5-misc): a measure before the thing
# counted on as the Poisson window ("a 5 m^2 panel"), "reliability (a gloss) at T", the percentile of a quantity
# "normally distributed", a c chart "for <things> per <unit>" and samples counted in words, a spec that "runs from 30
# to 40", factors listed with their levels, a unit the question defines (references: scipy.stats, scipy.constants,
# math, itertools)
item("Porosity voids in our cured skin panels run about 0.3 per m^2 (Poisson). What's the probability a 5 m^2 panel "
     "has zero voids?", "probability", "number", stats.poisson.pmf(0, 0.3 * 5))  # fmt: skip
item("Porosity voids in our cured skin panels run about 0.3 per m^2 (Poisson). What's the probability a panel has "
     "zero voids?", "probability", "refuse", None)  # fmt: skip
item("Actuator seals follow a Weibull with shape β = 2.5 and characteristic life η = 8000 flight hours. What is the "
     "reliability (probability of surviving) at 5000 hours?", "probability", "number",
     stats.weibull_min.sf(5000, 2.5, scale=8000))  # fmt: skip
item("Primary fermentation time is normally distributed, mean seven days, standard deviation 0.8 days. What's the "
     "95th percentile of fermentation time, in days?", "probability", "number", stats.norm.ppf(0.95, 7, 0.8))  # fmt: skip
item("c chart for porosity indications per weld radiograph. Twenty-five radiographs, 96 indications total. Upper "
     "control limit?", "control_chart", "number", 96 / 25 + 3 * math.sqrt(96 / 25), key="ucl", tol=1e-9)  # fmt: skip
item("c chart for solder voids per board. Thirty boards, 120 voids in total. Upper control limit?", "control_chart",
     "number", 120 / 30 + 3 * math.sqrt(120 / 30), key="ucl", tol=1e-9)  # fmt: skip
item("p chart for under-filled bottles: twenty samples of 150 bottles each, 84 under-fills in total. Compute the UCL "
     "of the p chart (3-sigma).", "control_chart", "number",
     84 / 3000 + 3 * math.sqrt(84 / 3000 * (1 - 84 / 3000) / 150), key="ucl", tol=1e-9)  # fmt: skip
item("Our bitterness spec runs from thirty to forty IBU and the process standard deviation is 1.5 IBU. What is the "
     "process capability index Cp?", "capability", "number", (40 - 30) / (6 * 1.5), tol=1e-9)  # fmt: skip
item("Planning a DOE on the 2K tool: melt temperature at 3 levels, hold pressure at 2 levels, mould temperature at 2 "
     "levels, full factorial, two replicates. How many runs is that?", "design", "runs",
     2 * len(list(itertools.product(range(3), range(2), range(2)))))  # fmt: skip
item("Our brite tank holds 7 US beer barrels (31 US gallons per barrel). How many hectolitres is that?",
     "unit_conversion", "number", 7 * 31 * constants.gallon / (100 * constants.liter), key="value")  # fmt: skip
item("Our brite tank holds 7 US beer barrels. How many hectolitres is that?", "unit_conversion", "refuse", None)


# ---- a closing sentence on the answer's form (". Exact answer please") is a remark, not the integrand (sympy)
item("Evaluate the definite integral of x*e^(-x) from x = 0 to x = 1. Exact answer please.", "calculus", "expr",
     expr(sp.integrate(x * sp.exp(-x), (x, 0, 1))))  # fmt: skip


# ---- capability specs and flow units (branch t4): a tolerance with its range ("the tolerance is 990 to 1010 Ω",
# "inside tolerance (990 to 1010 Ω)"), a specification in words ("must be between two and six days"), a mean named
# with its noun, Cp and Cpk asked together (Cpk leads, Cp beside it); MGD, "million gallons per day", cfs and a pound
# over an area read as a force (references: scipy.stats, scipy.constants)
item("Resistors average 1001.5 Ω with sd 2.8 Ω; the tolerance is 990 to 1010 Ω. What's Cpk?", "capability", "number",
     min(1010 - 1001.5, 1001.5 - 990) / (3 * 2.8), key="cpk", tol=1e-9)  # fmt: skip
item("Resistors must be inside tolerance (990 to 1010 Ω). Mean 1001.5 Ω, sd 2.8 Ω. Cpk?", "capability", "number",
     min(1010 - 1001.5, 1001.5 - 990) / (3 * 2.8), key="cpk", tol=1e-9)  # fmt: skip
item("Resistors average 1001.5 Ω with sd 2.8 Ω; the tolerance is 990 to 1010 Ω. What fraction is out of tolerance?",
     "capability", "number", stats.norm.cdf(990, 1001.5, 2.8) + stats.norm.sf(1010, 1001.5, 2.8),
     key="outside_spec")  # fmt: skip
item("Mean resistance 1001.5 ohm, standard deviation 2.8 ohm, tolerance 990-1010 ohm: Cp and Cpk?", "capability",
     "number", (1010 - 990) / (6 * 2.8), key="cp", tol=1e-9)  # fmt: skip
item("Delivery lead time must be between two and six days; mean 4.4 days, sd 0.6. Cp and Cpk?", "capability",
     "number", min(6 - 4.4, 4.4 - 2) / (3 * 0.6), key="cpk", tol=1e-9)  # fmt: skip
item("Lead time has to be within two to six days. Average lead time is 4.4 days with a standard deviation of 0.6 "
     "days. Cp?", "capability", "number", (6 - 2) / (6 * 0.6), key="cp", tol=1e-9)  # fmt: skip
item("The fill must be between ninety-eight and one hundred two grams; mean 100.4 g, sd 0.5 g. Cpk?", "capability",
     "number", min(102 - 100.4, 100.4 - 98) / (3 * 0.5), key="cpk", tol=1e-9)  # fmt: skip
item("Lead times are from two to six days. They average 4.4 days, sd 0.6 days. What percentage falls outside?",
     "capability", "refuse", None)  # fmt: skip
item("Convert 12 MGD to m³/s", "unit_conversion", "number", 12e6 * constants.gallon / constants.day, key="value")
item("how many m3/day is 12 million gallons per day", "unit_conversion", "number", 12e6 * constants.gallon,
     key="value")  # fmt: skip
item("A plant treats 12 MGD. What is that in L/s?", "unit_conversion", "number",
     12e6 * constants.gallon / constants.day / constants.liter, key="value")  # fmt: skip
item("50 cfs in m3/s", "unit_conversion", "number", 50 * constants.foot**3, key="value")
item("convert 150 lb/in² to kPa", "unit_conversion", "number", 150 * constants.psi / 1e3, key="value")


# ---- summary ANOVAs, 2x2 tables a group at a time and labelled counts (branch t2): the size after the lists ("0.7, 6
# bottle rolls each") or per group ("10 coupons per supplier"), groups named before the means; "X 182 on time / 18
# late, Y ..." as a 2x2 table (chi-square without correction unless asked; a z test when named); "loom 1 = 34, ..."
# for a goodness-of-fit test (references: statsmodels anova_generic, scipy chi2_contingency and chisquare, the
# pooled two-proportion z test written out)
def _summary_f(means, sds, n):
    """The classic one-way ANOVA of summaries, n per group (statsmodels)."""
    return anova_generic(np.array(means), np.array(sds) ** 2, np.full(len(means), n), use_var="equal")


item("Means: 12.1, 12.8, 13.4; standard deviations: 0.6, 0.5, 0.7, 6 bottle rolls each. Do the three lines differ at "
     "alpha 0.05?", "anova", "number", _summary_f([12.1, 12.8, 13.4], [0.6, 0.5, 0.7], 6).pvalue, key="p_value")  # fmt: skip
item("Three fillers: means 250.2, 251.0, 249.6 mL, SDs 1.2, 0.9, 1.4, 10 bottles per filler. Is there a difference at "
     "the 5% level?", "anova", "number", _summary_f([250.2, 251.0, 249.6], [1.2, 0.9, 1.4], 10).statistic,
     key="statistic")  # fmt: skip
item("Lines A, B and C had mean torque 41.2, 43.0 and 42.1 N·m with standard deviations 1.1, 1.4 and 0.9 "
     "respectively, n = 8 per line. Do the lines differ?", "anova", "number",
     _summary_f([41.2, 43.0, 42.1], [1.1, 1.4, 0.9], 8).pvalue, key="p_value")  # fmt: skip
item("Three suppliers gave mean strengths of 310, 318 and 305 MPa, with SDs of 9, 11 and 8 respectively; 10 coupons "
     "per supplier. Do the suppliers differ at alpha = 0.01?", "anova", "number",
     _summary_f([310, 318, 305], [9, 11, 8], 10).statistic, key="statistic")  # fmt: skip
item("The mean yields for catalysts A, B, C were 78.2, 80.1 and 79.0 with standard deviations 2.1, 1.8 and 2.4 "
     "respectively (n = 6 each). Is there a significant difference?", "anova", "number",
     _summary_f([78.2, 80.1, 79.0], [2.1, 1.8, 2.4], 6).pvalue, key="p_value")  # fmt: skip
item("X 182 on time / 18 late, Y 160 on time / 30 late. Is on-time rate different?", "hypothesis_test", "number",
     stats.chi2_contingency([[182, 18], [160, 30]], correction=False).pvalue, key="p_value")  # fmt: skip
item("Supplier X had 182 on-time and 18 late deliveries, supplier Y had 160 on-time and 30 late. Is the on-time rate "
     "different?", "hypothesis_test", "number", stats.chi2_contingency([[182, 18], [160, 30]], correction=False).pvalue,
     key="p_value")  # fmt: skip
item("Plant A 95 pass / 5 fail, plant B 88 pass / 12 fail. Do the pass rates differ? Use a chi-square test with Yates "
     "correction.", "hypothesis_test", "number", stats.chi2_contingency([[95, 5], [88, 12]], correction=True).pvalue,
     key="p_value")  # fmt: skip
item("Group X 182 on time / 18 late, group Y 160 on time / 30 late. Is the on-time rate different? Use a "
     "two-proportion z test.", "hypothesis_test", "number", two_proportion_p(182, 200, 160, 190), key="p_value")  # fmt: skip
item("X 182 on time / 18 late, Y 160 on time / 30 late. Is X's on-time rate higher than Y's? Use a two-proportion z "
     "test.", "hypothesis_test", "refuse", None)  # fmt: skip
item("loom 1 = 34, loom 2 = 41, loom 3 = 25, loom 4 = 40; are defects equally likely across looms?", "hypothesis_test",
     "number", stats.chisquare([34, 41, 25, 40]).pvalue, key="p_value")  # fmt: skip
item("Mon = 22, Tue = 18, Wed = 25, Thu = 15, Fri = 20 breakdowns. Are breakdowns uniformly distributed over the "
     "weekdays?", "hypothesis_test", "number", stats.chisquare([22, 18, 25, 15, 20]).pvalue, key="p_value")  # fmt: skip
item("Machine A: 30, machine B: 45, machine C: 25 rejects. Is the reject count the same for every machine?",
     "hypothesis_test", "number", stats.chisquare([30, 45, 25]).pvalue, key="p_value")  # fmt: skip
# ---- design phrasings (branch t3): factors named in a list instead of counted, a Box-Behnken of named factors (its
# "(factor A)" labels no algebra), whole replicates in other words, every factor's levels with no design named (a full
# factorial, said in a caveat); declined: a count that disagrees with the names, levels for a response surface
# (references: itertools.product over the levels, 2^(k-p), a 3-factor Box-Behnken as a 2^2 on each pair, math.comb)
item("We want to study temperature, pressure, line speed and dwell time, each at two levels, full factorial. How many "
     "runs?", "design", "runs", full_factorial_runs([2, 2, 2, 2]))  # fmt: skip
item("Temperature, pressure, line speed and dwell time are each studied at two levels in a full factorial. How many "
     "runs are needed?", "design", "runs", full_factorial_runs([2, 2, 2, 2]))  # fmt: skip
item("A full factorial in temperature, pressure, line speed and dwell time, each at 2 levels: how many runs?", "design",
     "runs", full_factorial_runs([2, 2, 2, 2]))  # fmt: skip
item("Box-Behnken on temperature, pH and agitation speed with 3 centre points, how many runs?", "design", "runs",
     math.comb(3, 2) * 2**2 + 3)  # fmt: skip
item("How many runs for a Box-Behnken design in temperature, pH and agitation speed plus 3 centre points?", "design",
     "runs", math.comb(3, 2) * 2**2 + 3)  # fmt: skip
item("Box-Behnken with temperature (factor A), pH (factor B) and agitation speed (factor C), 3 centre points. How "
     "many runs?", "design", "runs", math.comb(3, 2) * 2**2 + 3)  # fmt: skip
item("2^(5-1) fractional factorial with two full replicates, how many runs?", "design", "runs", 2 ** (5 - 1) * 2)
item("A 2^(5-1) fractional factorial run in duplicate. How many runs in total?", "design", "runs", 2 ** (5 - 1) * 2)
item("2^(5-1) fractional factorial, three complete replications. Total runs?", "design", "runs", 2 ** (5 - 1) * 3)
item("Replicate the whole 2^3 design twice with 4 centre points. How many runs?", "design", "runs",
     full_factorial_runs([2, 2, 2], 2) + 4)  # fmt: skip
item("Three factors each at three levels, replicated three times. How many runs?", "design", "runs",
     full_factorial_runs([3, 3, 3], 3))  # fmt: skip
item("3 factors, each at 3 levels, replicated 3 times: total runs?", "design", "runs",
     full_factorial_runs([3, 3, 3], 3))  # fmt: skip
item("Temperature, pressure and catalyst are all studied at two levels with 2 replicates. How many runs?", "design",
     "runs", full_factorial_runs([2, 2, 2], 2))  # fmt: skip
item("A 2^3 factorial in temperature, pressure, time and catalyst. How many runs?", "design", "refuse", None)
item("Three factors each at three levels for a response surface. How many runs?", "design", "refuse", None)
# ---- a percent after a defined function, blends of labelled stocks in percent, the fewest stages below a limit
# (branch t5): "R(t) = 90(1 - e^(-t/3)) %", "Pile A assays 1.2% Cu, pile B 0.4% Cu ... of each", "each stage removes
# 60% ... fewest stages below 20 mg/L" (references: sympy, sympy linear systems, math logarithms)
_T5 = sp.symbols("t", positive=True)
_R5 = 90 * (1 - sp.exp(-_T5 / 3))


def _fewest(start: float, kept: float, limit: float, strict: bool = True) -> float:
    """The smallest whole n with start * kept^n below (or at most) the limit, by logarithms."""
    ratio = math.log(limit / start) / math.log(kept)
    return float(math.floor(ratio) + 1 if strict else math.ceil(ratio - 1e-12))


item("Conversion follows R(t) = 90(1 − e^(−t/3)) % with t in hours. How fast is conversion rising at t = 2?",
     "calculus", "expr", expr(sp.diff(_R5, _T5).subs(_T5, 2)))  # fmt: skip
item("Conversion follows R(t) = 90(1 − e^(−t/3)) % with t in hours. What is R'(t)?", "calculus", "expr",
     expr(sp.diff(_R5, _T5)))  # fmt: skip
item("Conversion follows R(t) = 90(1 − e^(−t/3)) % with t in hours. When does it reach 80%?", "algebra", "set",
     [str(s_) for s_ in sp.solve(sp.Eq(_R5, 80), _T5)])  # fmt: skip
item("Yield Y(t) = 95(1 - e^(-0.2t)) percent, t in hours. How fast is the yield rising at t = 5?", "calculus",
     "number", float(95 * 0.2 * math.exp(-0.2 * 5)))  # fmt: skip
item("Pile A assays 1.2% Cu, pile B 0.4% Cu. How many tonnes of each for 500 t at 0.9% Cu?", "algebra", "expr",
     linear_solution([[1, 1], [sp.Rational(12, 10), sp.Rational(4, 10)]], [500, sp.Rational(9, 10) * 500]))  # fmt: skip
item("Ore 1 grades 1.2% Cu, ore 2 grades 0.4% Cu. We need a 500 t blend at 0.9% Cu. How much of each ore?", "algebra",
     "expr", linear_solution([[1, 1], [sp.Rational(12, 10), sp.Rational(4, 10)]], [500, 450]))  # fmt: skip
item("Pile A assays 1.2% Cu and pile B assays 0.4% Cu. How many tonnes of pile A are needed to make 500 t grading "
     "0.9% Cu?", "algebra", "set", _blend(500, sp.Rational(9, 10), sp.Rational(12, 10), sp.Rational(4, 10)))  # fmt: skip
item("How many kg of a 30% solution must be mixed with a 10% solution to get 50 kg of an 18% solution?", "algebra",
     "set", _blend(50, 18, 30, 10))  # fmt: skip
item("Mix x kg of 30% acid with 10% acid to get 50 kg of 18% acid. Find x.", "algebra", "set", _blend(50, 18, 30, 10))
item("Pile A assays 1.2% Cu, pile B 0.4% Cu. How many tonnes of each for 500 t at 1.5% Cu?", "algebra", "refuse", None)
item("Each settling stage removes 60% of the solids remaining. Influent is 800 mg/L. What is the fewest number of "
     "stages to get below 20 mg/L?", "algebra", "number", _fewest(800, 0.4, 20))  # fmt: skip
item("Influent solids are 800 mg/L and every stage removes 60% of what remains. How many stages are needed to get the "
     "solids under 20 mg/L?", "algebra", "number", _fewest(800, 0.4, 20))  # fmt: skip
item("Each wash leaves 40% of the remaining salt. The cake starts at 800 ppm. How many washes to get below 20 ppm?",
     "algebra", "number", _fewest(800, 0.4, 20))  # fmt: skip
item("How many half-lives until less than 1% remains?", "algebra", "number", _fewest(100, 0.5, 1))
item("How many half-lives does it take for a sample to decay to 25% of the original?", "algebra", "number",
     _fewest(100, 0.5, 25, strict=False))  # fmt: skip
item("Each filter removes 60% of the original 800 mg/L. What is the fewest number of filters to get below 20 mg/L?",
     "algebra", "refuse", None)  # fmt: skip


# ---- blends whose components carry units (°Brix, ppm, g/t, "assays at 97.2%") and whose asked component is named by
# its label ("lot A") or its name ("the concentrate") (branch t5, task t5b; reference: sympy, decimals as rationals)
def _blend_exact(total: str, target: str, a: str, b: str) -> list[str]:
    """``_blend`` of the values as written, read as exact rationals."""
    return _blend(*(sp.Rational(v) for v in (total, target, a, b)))


item("Two granulation lots: lot A assays at 97.2%, lot B at 101.8%. We want a 500 kg final blend at exactly 100.0% "
     "(assume assay blends linearly by mass). How many kg of lot A go into the blend?", "algebra", "set",
     _blend_exact("500", "100.0", "97.2", "101.8"))  # fmt: skip
item("Lot A assays 97.2% and lot B assays 101.8%. How many kg of lot A are needed for 500 kg of blend at 100.0%?",
     "algebra", "set", _blend_exact("500", "100.0", "97.2", "101.8"))  # fmt: skip
item("We have granulation lot A at 97.2% potency and lot B at 101.8% potency. For a 500 kg final blend at 100.0%, "
     "how many kg from lot A?", "algebra", "set", _blend_exact("500", "100.0", "97.2", "101.8"))  # fmt: skip
item("We need 1000 kg of juice at 20 °Brix, made by blending a 65 °Brix concentrate with a 12 °Brix single-strength "
     "juice (Brix blends linearly by mass). How many kg of the concentrate go in? Exact value please.", "algebra",
     "set", _blend_exact("1000", "20", "65", "12"))  # fmt: skip
item("To make 1000 kg of 20 °Brix juice, a 65 °Brix concentrate is blended with 12 °Brix single-strength juice. How "
     "much concentrate (kg) is needed?", "algebra", "set", _blend_exact("1000", "20", "65", "12"))  # fmt: skip
item("Blend a 65 °Brix concentrate and a 12 °Brix juice to get 1000 kg at 20 °Brix. How many kilograms of concentrate "
     "are needed?", "algebra", "set", _blend_exact("1000", "20", "65", "12"))  # fmt: skip
item("Stockpile 1 grades 3.2 g/t gold and stockpile 2 grades 1.1 g/t. How many tonnes of stockpile 1 are needed for "
     "1000 t at 2.0 g/t?", "algebra", "set", _blend_exact("1000", "2.0", "3.2", "1.1"))  # fmt: skip
item("Tank A holds water at 450 ppm chloride and tank B at 120 ppm. We want 2000 L blended at 250 ppm. How many "
     "litres from tank A?", "algebra", "set", _blend_exact("2000", "250", "450", "120"))  # fmt: skip
item("We need 1000 kg at 20 °Brix by blending a 65 °Brix concentrate with a 12 °Brix juice. How many kg of sugar go "
     "in?", "algebra", "refuse", None)  # fmt: skip
# ---- Bayes' theorem for a screening test (predictive values from prevalence, sensitivity, specificity in their
# common wordings), the memoryless exponential after an age survived, and a normal's value named after the comparison
# ("below the 10.0 mL label claim") (branch t6; references: fractions, math, scipy.stats)
_SCREEN = (Fraction(2, 100), Fraction(98, 100), Fraction(95, 100))  # prevalence, sensitivity, specificity
_DETECTOR = (Fraction(2, 1000), Fraction(98, 100), Fraction(99, 100))


def _predictive(p: Fraction, se: Fraction, sp: Fraction, positive: bool = True) -> float:
    """P(condition | positive) or P(no condition | negative), from the 2x2 joint table in fractions."""
    if positive:
        return float(p * se / (p * se + (1 - p) * (1 - sp)))
    return float((1 - p) * sp / ((1 - p) * sp + p * (1 - se)))


item("A rapid endotoxin screen has sensitivity 98% and specificity 95%. About 2% of incoming WFI samples are actually "
     "contaminated. Given a positive screen, what is the probability the sample really is contaminated?",
     "probability", "number", _predictive(*_SCREEN), tol=1e-9)  # fmt: skip
item("Screen: detection rate 98%, false positive rate 5%, 2% of samples contaminated. P(contaminated | positive)?",
     "probability", "number", _predictive(*_SCREEN), tol=1e-9)  # fmt: skip
item("Sensitivity 98%, specificity 95%, prevalence 2%. If the test is negative, what is the probability the sample is "
     "truly clean?", "probability", "number", _predictive(*_SCREEN, positive=False), tol=1e-9)  # fmt: skip
item("metal detector: 0.2% of packs really contain metal, detector catch 98% of them, but also alarm on 1% of clean "
     "packs. a pack just alarmed — what is probability it really contain metal?", "probability", "number",
     _predictive(*_DETECTOR), tol=1e-9)  # fmt: skip
item("Metal detector catches 98% of packs with metal and falsely alarms on 1% of clean packs. 1 in 500 packs contains "
     "metal. If a pack alarms, how likely is it that it really contains metal?", "probability", "number",
     _predictive(*_DETECTOR), tol=1e-9)  # fmt: skip
item("A metal detector flags 98% of contaminated packs but also flags 1% of clean ones; 0.2% of packs contain metal. "
     "Given an alarm, what is the probability the alarm is a false alarm?", "probability", "number",
     1 - _predictive(*_DETECTOR), tol=1e-9)  # fmt: skip
item("A test has sensitivity 98% and specificity 95%. Given a positive result, what is the probability of disease?",
     "probability", "refuse", None)  # fmt: skip
item("exponential lifetimes, MTBF = 5000 h. a unit already survived 1000 h of burn-in — prob it survives another "
     "2000 h?", "probability", "number", stats.expon.sf(3000, scale=5000) / stats.expon.sf(1000, scale=5000),
     tol=1e-9)  # fmt: skip
item("Lifetime is exponential with mean 5000 hours. Given that a unit has survived 1000 hours, what is the probability "
     "it survives a further 2000 hours?", "probability", "number", math.exp(-2000 / 5000), tol=1e-9)  # fmt: skip
item("Exponential life, MTBF 5000 h. A unit has already run 1000 h. Probability it lasts past 3000 h?", "probability",
     "number", math.exp(-(3000 - 1000) / 5000), tol=1e-9)  # fmt: skip
item("Fill volume is normally distributed with μ = 10.15 mL and σ = 0.06 mL. What fraction of vials will be filled "
     "below the 10.0 mL label claim?", "probability", "number", stats.norm.cdf(10.0, 10.15, 0.06), tol=1e-9)  # fmt: skip
item("Net weight is normal with mean 503 g and sd 2 g. What share of packs are under the 500 g declared weight?",
     "probability", "number", stats.norm.cdf(500, 503, 2), tol=1e-9)  # fmt: skip
item("Fill volume is normally distributed, mean 10.15 mL, sd 0.06 mL. Fraction less than the 10.0 mL spec?",
     "probability", "number", stats.norm.cdf(10.0, 10.15, 0.06), tol=1e-9)  # fmt: skip
# ---- task t1: a share of the items in words with n from "17 of 20" / "the next twenty" (binomial); counts read
# from "19 exceeded 1 NTU out of 240"; rates per length, area or piece scaled to the exposure, declined without it
for q in (
    "Historically 92% of our shipments are on-time. For the next 20 shipments, what's the probability at most "
    "17 of 20 arrive on time?",
    "92% of our shipments arrive on time. What is the probability that no more than 17 of the next 20 "
    "shipments arrive on time?",
    "Our carrier has a 92% on-time rate. Of the next 20 shipments, what's the chance 17 or fewer are on time?",
):
    item(q, "probability", "number", stats.binom.cdf(17, 20, 0.92))  # fmt: skip
item("15% of inspection intervals show a fault. Over the next twenty intervals, what's the chance of exactly 3 faulty "
     "intervals?", "probability", "number", stats.binom.pmf(3, 20, 0.15))  # fmt: skip
item("About 15% of intervals show a fault. What is the probability that at least 5 of the next 20 intervals show a "
     "fault?", "probability", "number", stats.binom.sf(4, 20, 0.15))  # fmt: skip
item("92% of our shipments arrive on time. What is the probability that at most 2 of the next 20 shipments arrive "
     "late?", "probability", "refuse", None)  # fmt: skip
for q in (
    "19 exceeded 1 NTU out of 240. Is the exceedance rate above 5%?",
    "Of 240 samples, 19 exceeded 1 NTU. Is the exceedance rate above 5%?",
    "19 of 240 samples exceeded 1 NTU. Is the exceedance rate above the 5% limit?",
):
    item(q, "hypothesis_test", "number", proportions_ztest(19, 240, 0.05, alternative="larger", prop_var=0.05)[1],
         key="p_value")  # fmt: skip
item("defects occur at 0.8 per 100 m of fabric; what is the probability a 250 m roll has at most 1 defect?",
     "probability", "number", stats.poisson.cdf(1, 0.8 * 250 / 100))  # fmt: skip
item("Cable faults occur at 1.5 per 1000 ft. What is the probability of at most 2 faults in 3000 ft of cable?",
     "probability", "number", stats.poisson.cdf(2, 1.5 * 3000 / 1000))  # fmt: skip
item("Our greige rolls average 2.3 defects per roll. What is the probability that 3 rolls have at most 4 defects in "
     "total?", "probability", "number", stats.poisson.cdf(4, 2.3 * 3))  # fmt: skip
item("Defects occur at 0.8 per 100 m. What is the probability a roll has at most 1 defect?", "probability", "refuse",
     None)  # fmt: skip
# ---- calculus word problems (branch t7): the argument of an extreme of a function defined without its argument
# ("Y = 4000 + 30N - 0.12N^2 ... which N rate gives the maximum yield", never Y = 0), a time of a peak ("at what time
# does the concentration peak"), "optimum", an AUC from 0 to infinity, the average value "over the first 24 months" (t
# in months) and "time-averaged ... over the cycle" of an interval stated elsewhere (references: sympy closed forms,
# scipy quad)
item("yield response from the wheat trial fitted as Y = 4000 + 30N − 0.12N² kg/ha where N is nitrogen rate in kg N/ha. "
     "which N rate gives the maximum yield?", "calculus", "set", [str(sp.Rational(30 * 100, 2 * 12))], split=UNSEEN)  # fmt: skip
item("Y = 4000 + 30N - 0.12N^2 kg/ha (N in kg N/ha). What is the N rate that maximises yield?", "calculus", "set",
     [str(sp.Rational(125))])  # fmt: skip
item("wheat yield Y = 4000 + 30N − 0.12N² kg/ha, N = nitrogen rate. Find the optimum N rate.", "calculus", "set",
     [str(sp.Rational(125))])  # fmt: skip
item("Yield Y(N) = 4000 + 30N - 0.12N^2. At what N does the yield peak?", "calculus", "set", [str(sp.Rational(125))])
item(
    "Y = 4000 + 30N - 0.12N^2. What is the maximum yield?", "calculus", "number", 4000 + 30 * 125 - 0.12 * 125**2
)  # fmt: skip  (task x2: the value at the maximum, N = 30/(2*0.12) = 125)
item("P = -2x^2 + 40x - 100. which x maximises P? And where is P zero?", "calculus", "refuse", None)
item("Oral absorption profile C(t) = 5(e^(−0.1t) − e^(−0.5t)) ug/mL with t in hours. At what time does the "
     "concentration peak? Give t_max exactly.", "calculus", "set",
     [str(sp.solve(sp.diff(5 * (sp.exp(-t / 10) - sp.exp(-t / 2)), t), t)[0])], split=UNSEEN)  # fmt: skip
item("C(t) = 5(e^(-0.1t) - e^(-0.5t)) ug/mL, t in h. When is the concentration highest?", "calculus", "set",
     [str(5 * sp.log(5) / 2)])  # fmt: skip
item("concentration after an oral dose C(t) = 5(e^(−0.1t) − e^(−0.5t)) ug/mL (t in hours): find t_max, the time of "
     "peak concentration.", "calculus", "set", [str(5 * sp.log(5) / 2)])  # fmt: skip
item("C(t) = 5(e^(-0.1t) - e^(-0.5t)). How long after dosing does C reach its maximum?", "calculus", "set",
     [str(5 * sp.log(5) / 2)])  # fmt: skip
item("plasma conc after IV bolus modelled as C(t) = 40·e^(−t/8) mg/L, t in h. AUC from 0 to infinity?", "calculus",
     "number", integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, math.inf)[0], split=UNSEEN)  # fmt: skip
item("C(t) = 40 e^(-t/8) mg/L (t in h). What is AUC(0–∞)?", "calculus", "number",
     integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, math.inf)[0])  # fmt: skip
item("After an IV bolus the plasma concentration is C(t) = 40·e^(−t/8) mg/L with t in hours. Compute AUC0-inf.",
     "calculus", "number", integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, math.inf)[0])  # fmt: skip
item("C(t) = 40 e^(-t/8) mg/L, t in h. area under the concentration curve from 0 to ∞?", "calculus", "number",
     integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, math.inf)[0])  # fmt: skip
item("stability model for assay: A(t) = 100 − 0.3t − 0.01t² (% label claim, t in months). what's the average value "
     "of A over the first 24 months, i.e. (1/24)∫₀²⁴ A dt", "calculus", "expr",
     expr(sp.integrate(100 - sp.Rational(3, 10) * t - sp.Rational(1, 100) * t**2, (t, 0, 24)) / 24),
     split=UNSEEN)  # fmt: skip
item("A(t) = 100 - 0.3t - 0.01t^2 (% label claim, t in months). Average value of A over the first 24 months?",
     "calculus", "number", integrate.quad(lambda u: 100 - 0.3 * u - 0.01 * u**2, 0, 24)[0] / 24)  # fmt: skip
item("A(t) = 100 - 0.3t - 0.01t^2 (t in months). what's the average of A over the first 24 weeks?", "calculus",
     "refuse", None)  # fmt: skip
item("Our pasteuriser holding-tube temperature follows T(t) = 72 + 3 sin(πt/30) °C over a 30-minute cycle (t from 0 "
     "to 30 min). What is the exact time-averaged temperature over the cycle?", "calculus", "expr",
     expr(sp.integrate(72 + 3 * sp.sin(sp.pi * t / 30), (t, 0, 30)) / 30), split=UNSEEN)  # fmt: skip
item("T(t) = 72 + 3 sin(pi t/30) degC, t from 0 to 30 min. What is the mean temperature over one cycle?", "calculus",
     "number", integrate.quad(lambda u: 72 + 3 * math.sin(math.pi * u / 30), 0, 30)[0] / 30)  # fmt: skip
item("holding-tube temperature T(t) = 72 + 3 sin(πt/30) °C. time-averaged temperature for t from 0 to 30 min?",
     "calculus", "number", integrate.quad(lambda u: 72 + 3 * math.sin(math.pi * u / 30), 0, 30)[0] / 30)  # fmt: skip
item("T(t) = 72 + 3 sin(πt/30) °C. What is the average temperature over the cycle?", "calculus", "refuse", None)

# ---- a time named by its list's unit, lists defined as transforms, p-bar in words, a margin in percentage points and
# a 2^k factorial's effects from its responses (branch t8; references: scipy.stats, numpy, math, itertools)
_T8_MONTHS, _T8_ASSAY = [0, 3, 6, 9, 12, 18, 24], [100.2, 99.8, 99.5, 99.1, 98.9, 98.2, 97.6]
item("Long-term stability, 25°C/60%RH. months: 0 3 6 9 12 18 24 ; assay %LC: 100.2 99.8 99.5 99.1 98.9 98.2 97.6. "
     "Least-squares line of assay on time — slope (% per month)?", "regression", "number",
     stats.linregress(_T8_MONTHS, _T8_ASSAY).slope, key="slope")  # fmt: skip
item("Stability at 25 °C / 60% RH. months: 0 3 6 9 12 18 24; assay %LC: 100.2 99.8 99.5 99.1 98.9 98.2 97.6. "
     "Regress assay on time: what is the slope?", "regression", "number",
     stats.linregress(_T8_MONTHS, _T8_ASSAY).slope, key="slope")  # fmt: skip
item("Arrhenius plot from HTOL cells. x = 1000/T (1/K), y = ln(median life in h):\nx: 2.51, 2.43, 2.35, 2.27, 2.20\n"
     "y: 8.92, 8.31, 7.78, 7.12, 6.64\nFit y on x by ordinary least squares. What's R²?", "regression", "number",
     stats.linregress([2.51, 2.43, 2.35, 2.27, 2.20], [8.92, 8.31, 7.78, 7.12, 6.64]).rvalue ** 2,
     key="r_squared")  # fmt: skip
item("Let y = ln(life) and x = 1000/T. x: 2.51 2.43 2.35 2.27 2.20; y: 8.92 8.31 7.78 7.12 6.64. Regress y on x; R "
     "squared?", "regression", "number",
     stats.linregress([2.51, 2.43, 2.35, 2.27, 2.20], [8.92, 8.31, 7.78, 7.12, 6.64]).rvalue ** 2,
     key="r_squared")  # fmt: skip
item(
    "Fit ln(y) on x: x: 1 2 3 4 5; y: 2.7 7.4 20.1 54.6 148.4. R^2?",
    "regression",
    "number",
    stats.linregress([1, 2, 3, 4, 5], np.log([2.7, 7.4, 20.1, 54.6, 148.4])).rvalue ** 2,
    key="r_squared",
)  # f47
_T8_UCL = 0.035 + 3 * math.sqrt(0.035 * (1 - 0.035) / 200)
item("Label-defect p chart: we inspect 200 bottles per sample, average fraction defective over 25 samples is 0.035. "
     "What's the 3-sigma UCL?", "control_chart", "number", _T8_UCL, key="ucl", tol=1e-9)  # fmt: skip
item("p chart: n = 200 per sample, the average proportion nonconforming across 25 samples was 3.5%. Upper control "
     "limit?", "control_chart", "number", _T8_UCL, key="ucl", tol=1e-9)  # fmt: skip
item("p-chart for cartons, 200 inspected per lot, process average 3.5% defective over the last 25 lots. UCL?",
     "control_chart", "number", _T8_UCL, key="ucl", tol=1e-9)  # fmt: skip
_T8_N = math.ceil((stats.norm.ppf(0.975) * 5 / 2) ** 2)
item("how many tablets do we need to test to estimate mean dissolution to within ±2 percentage points with 95% "
     "confidence? assume σ known = 5 percentage points (z-based interval).", "sample_size", "int", _T8_N,
     key="n")  # fmt: skip
item("What sample size estimates the mean assay within 2 percentage points at 95% confidence if sigma = 5 percentage "
     "points?", "sample_size", "int", _T8_N, key="n")  # fmt: skip
item("how many tablets to estimate mean dissolution within 2% of the mean at 95% confidence, sigma = 5?",
     "sample_size", "refuse", None)  # fmt: skip


def _t8_effect(responses: list[float], term: str, k: int) -> float:
    """A 2^k effect from responses in standard order: the term's contrast over 2^(k-1)."""
    rows = [tuple(reversed(levels)) for levels in itertools.product((-1, 1), repeat=k)]
    return sum(
        math.prod(row["ABC".index(f)] for f in term) * y for row, y in zip(rows, responses, strict=True)
    ) / 2 ** (k - 1)


item("2² factorial on % dissolved at 30 min, A = disintegrant level, B = lubricant blend time. Results: A low B low 72, "
     "A high B low 80, A low B high 75, A high B high 89. Estimate the AB interaction effect.", "design", "number",
     _t8_effect([72, 80, 75, 89], "AB", 2), key="value")  # fmt: skip
item("2^2 full factorial, runs in standard order (1) = 72, a = 80, b = 75, ab = 89. What is the main effect of A?",
     "design", "number", _t8_effect([72, 80, 75, 89], "A", 2), key="value")  # fmt: skip
item("2^3 factorial, (1) = 60, a = 72, b = 54, ab = 68, c = 52, ac = 83, bc = 45, abc = 80. Estimate the AC "
     "interaction.", "design", "number", _t8_effect([60, 72, 54, 68, 52, 83, 45, 80], "AC", 3), key="value")  # fmt: skip
item("2^2 factorial: A low B low 72, A high B low 80, A low B high 75. AB interaction effect?", "design", "refuse",
     None)  # fmt: skip

# ---- task t1b: a bad share's rate named with what it is of ("defect rate on the vial line is 0.8%"); a property's
# share by its noun ("germination is 85%", "85% germination", "pass rate at final test is 97%") counted by a verb of
# the same stem, with the pieces "of them" points back to; an area rate scaled to an area said of the piece
for q in (
    "Historical defect rate on the vial line is 0.8%, defects independent. If QA pulls fifty vials at random, what's "
    "the probability at least one is defective?",
    "Defect rate for the vial line has historically been 0.8%, independent from vial to vial. If we sample fifty "
    "vials, what's the chance that one or more is defective?",
    "On the vial line the defect rate is 0.8% and defects are independent. QA randomly pulls 50 vials. Probability "
    "at least one vial is defective?",
):
    item(q, "probability", "number", 1 - (1 - 0.008) ** 50)  # fmt: skip
for q in (
    "Seed lot germination is 85 %. I sow 20 seeds in a tray, seeds independent. What's the probability that at least "
    "18 of them germinate?",
    "Germination rate for this seed lot is 85%. We plant 20 seeds, independently. What is the probability that at "
    "least 18 germinate?",
    "A seed lot has 85% germination. If 20 seeds are sown independently, find P(at least 18 germinate).",
):
    item(q, "probability", "number", stats.binom.sf(17, 20, 0.85))  # fmt: skip
item("Pass rate at final test is 97%. Of 40 boards tested independently, what's the probability at least 38 pass?",
     "probability", "number", stats.binom.sf(37, 40, 0.97))  # fmt: skip
item("Seed lot germination is 85 %. I sow 20 seeds in a tray. What's the probability that at most 2 of them fail to "
     "germinate?", "probability", "refuse", None)  # fmt: skip
for q in (
    "Random defect density is 0.15 defects/cm² and the die is 1.2 cm². Assuming defects are Poisson, what fraction "
    "of die have zero defects?",
    "Die area is 1.2 cm^2 and random defects occur at 0.15 per cm^2 (Poisson). What fraction of dies have zero "
    "defects?",
    "With a Poisson defect density of 0.15 defects per square centimetre, what is the probability a 1.2 cm² die has "
    "no defects?",
    "Defects are Poisson with density 0.15 per cm². Each die measures 1.2 cm². What is the probability that a die "
    "has no defects?",
):
    item(q, "probability", "number", math.exp(-0.15 * 1.2))  # fmt: skip

# ---- algebra word problems (branch t9): a quantity that "follows", "falls as" or "decays like" an expression set to
# a value ("at what t is there 102 nm left", "at what t the count reach 50"), a formula's subscripted names valued in
# prose ("field use at 55 °C" for T_use, in kelvin where the question says so), a dilution C1 V1 = C2 V2 from a stock;
# declined: degC with no word on kelvin, a stock weaker than the target (references: sympy's solve, math.exp)
_ARRHENIUS_AF = math.exp(0.7 / 8.617e-5 * (1 / (55 + 273.15) - 1 / (125 + 273.15)))
item("Remaining oxide on the test wafer follows 850 − 3.4t nm (t in seconds of BOE dip). At what t is there 102 nm "
     "left?", "algebra", "set", times(850 - sp.Rational(34, 10) * t - 102))  # fmt: skip
item("The oxide thickness follows 850 - 3.4t nm (t in s). When will only 102 nm remain?", "algebra", "set",
     times(850 - sp.Rational(34, 10) * t - 102))  # fmt: skip
item("Remaining oxide follows 850 − 3.4t nm. At what t does the oxide reach 102 nm?", "algebra", "set",
     times(850 - sp.Rational(34, 10) * t - 102))  # fmt: skip
item("count of surviving spores falls as 1000·e^(−0.2t) (t in min). at what t the count reach 50? exact form",
     "algebra", "set", times(1000 * sp.exp(-t / 5) - 50))  # fmt: skip
item("spore count falls as 1000·e^(−0.2t) (t in min). when does it hit 50?", "algebra", "set",
     times(1000 * sp.exp(-t / 5) - 50))  # fmt: skip
item("the number of surviving spores decays like 1000 e^(-0.2t), t in minutes. At what t does the number of spores "
     "reach 50? exact answer please", "algebra", "set", times(1000 * sp.exp(-t / 5) - 50))  # fmt: skip
item("hey, quick Arrhenius one: burn-in at 125 °C, field use at 55 °C, Ea = 0.7 eV, Boltzmann k = 8.617e-5 eV/K "
     "(convert to kelvin with +273.15). What's the acceleration factor AF = exp[(Ea/k)(1/T_use − 1/T_stress)]?",
     "algebra", "number", _ARRHENIUS_AF)  # fmt: skip
item("Arrhenius acceleration factor AF = exp((Ea/k)(1/T_use - 1/T_stress)) with Ea = 0.7 eV, k = 8.617e-5 eV/K; "
     "stress test at 125 °C, operating temperature 55 °C, temperatures in kelvin (add 273.15). What is AF?", "algebra",
     "number", _ARRHENIUS_AF)  # fmt: skip
item("acceleration factor for an accelerated test at 398.15 K vs use at 328.15 K: AF = exp[(Ea/k)(1/T_use - "
     "1/T_stress)], Ea = 0.7 eV, k = 8.617e-5 eV/K. what's AF?", "algebra", "number", _ARRHENIUS_AF)  # fmt: skip
item("burn-in at 125 °C, field use at 55 °C, Ea = 0.7 eV, k = 8.617e-5 eV/K. What's AF = exp[(Ea/k)(1/T_use − "
     "1/T_stress)]?", "algebra", "refuse", None)  # fmt: skip
item("need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of stock go in?", "algebra", "set",
     roots(2 * x - sp.Rational(1, 2) * 250))  # fmt: skip
item("I have to make 500 mL of a 0.9% saline from a 5% stock solution and water. How much stock do I need?", "algebra",
     "set", roots(5 * x - sp.Rational(9, 10) * 500))  # fmt: skip
item("To prepare 100 mL of 0.1 M NaCl from a 2 M stock topped up with water, what volume of stock is needed?",
     "algebra", "set", roots(2 * x - sp.Rational(1, 10) * 100))  # fmt: skip
item("How many mL of the 10 mg/mL stock are needed to make 50 mL at 2 mg/mL with buffer?", "algebra", "set",
     roots(10 * x - 2 * 50))  # fmt: skip
item("need 250 mL of 5% solution, only have a 2% stock + water. how many mL of stock go in?", "algebra", "refuse",
     None)  # fmt: skip


# ---- rows of a table read beside prose (branch t2b): "line 1 12 rejects out of 400 vials, line 2 25 out of 450" (a
# count with its noun before "out of" is that row's successes of its total), and a row labelled after a heading's
# colon, "Seed trial: treated seed 172 germinated / 28 not; untreated ..." (references: scipy chi2_contingency)
_REJECTS = [[12, 400 - 12], [25, 450 - 25], [9, 380 - 9]]
_SEEDS = [[172, 28], [155, 45]]
item("visual inspection rejects by filling line: line 1 12 rejects out of 400 vials, line 2 25 out of 450, line 3 9 "
     "out of 380. Pearson chi-square test of independence (reject vs accept × line) — what's the chi-square "
     "statistic?", "hypothesis_test", "number", stats.chi2_contingency(_REJECTS).statistic, key="statistic")  # fmt: skip
item("Rejects by filling line: line 1 had 12 rejects out of 400, line 2 25 rejects out of 450, line 3 9 rejects out "
     "of 380. Is the reject rate independent of line? Chi-square statistic?", "hypothesis_test", "number",
     stats.chi2_contingency(_REJECTS).statistic, key="statistic")  # fmt: skip
item("Filling line 1: 12 rejected vials of 400; line 2: 25 rejected of 450; line 3: 9 rejected of 380. Chi-square "
     "test of independence, give the statistic.", "hypothesis_test", "number",
     stats.chi2_contingency(_REJECTS).statistic, key="statistic")  # fmt: skip
item("Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / 45 not. Pearson "
     "chi-square test of independence on the 2×2 table, NO continuity correction. p-value?", "hypothesis_test",
     "number", stats.chi2_contingency(_SEEDS, correction=False).pvalue, key="p_value")  # fmt: skip
item("Germination: treated 172 germinated, 28 did not; untreated 155 germinated, 45 did not. Chi-square test of "
     "independence without continuity correction, p-value?", "hypothesis_test", "number",
     stats.chi2_contingency(_SEEDS, correction=False).pvalue, key="p_value")  # fmt: skip
item("Seed trial: treated: 172 germinated / 28 failed; untreated: 155 germinated / 45 failed. Is germination "
     "independent of treatment (chi-square, no Yates correction)? p-value", "hypothesis_test", "number",
     stats.chi2_contingency(_SEEDS, correction=False).pvalue, key="p_value")  # fmt: skip
item("Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / 45 not. Chi-square test "
     "with Yates continuity correction, p-value?", "hypothesis_test", "number",
     stats.chi2_contingency(_SEEDS, correction=True).pvalue, key="p_value")  # fmt: skip


# ---- calculus of an unseen round (branch w1): an integral's sign after the word "integral" merely named in prose
# ("a weighting integral in our model ... ∫ from 0 to 1 of x·e^(2x) dx"), "∫ C dt" of a defined C(t) with a unit on the
# bound and a closing "? exact form please", the argument of an extreme of an expression of the defined function
# ("H(Q) = ... maximizes Q·H", "hydraulic power" no statistical power), a first-order ODE whose solution is asked as the
# function ("what's C(t)?") with its initial value in words ("starts at 0 mg/L", "initially 0"); references by sympy
_Q = sp.Symbol("Q", positive=True)
_C = sp.Function("C")
_HAZ = expr(sp.integrate(x * sp.exp(2 * x), (x, 0, 1)))
_EXPOSURE = expr(sp.integrate(120 * sp.exp(-sp.Rational(5, 100) * t), (t, 0, 60)))
_PUMP = [str(r) for r in sp.solve(sp.diff(_Q * (45 - sp.Rational(2, 1000) * _Q**2), _Q), _Q)]
_CSTR = expr(sp.dsolve(sp.Eq(_C(t).diff(t), (80 - _C(t)) / 15), _C(t), ics={_C(0): 0}).rhs)
item("Black belt here, sanity-checking a weighting integral in our heat-affected-zone model before it goes into the "
     "weld spec. I need ∫ from 0 to 1 of x·e^(2x) dx, exact closed form, not a decimal.", "calculus", "expr", _HAZ)  # fmt: skip
item("Our heat-affected-zone model has a weighting integral; I need the integral from 0 to 1 of x e^(2x) dx, exact.",
     "calculus", "expr", _HAZ)  # fmt: skip
item("Sanity check on the HAZ weighting integral for the weld spec: ∫_0^1 x e^(2x) dx, closed form.", "calculus",
     "expr", _HAZ)  # fmt: skip
item("Phenol in the batch tank decays like C(t) = 120·e^(−0.05t) mg/L, t in minutes. What's the exposure integral ∫ C "
     "dt from t = 0 to t = 60 min (mg·min/L)? exact form please", "calculus", "expr", _EXPOSURE)  # fmt: skip
item("Concentration C(t) = 120 e^(-0.05t) mg/L with t in minutes. Exposure integral ∫ C dt from t = 0 to t = 60 min? "
     "Exact form.", "calculus", "expr", _EXPOSURE)  # fmt: skip
item("Phenol decays as C(t) = 120·e^(−0.05t) mg/L (t in min). Compute the exposure integral ∫ C dt from 0 to 60 min, "
     "exact please.", "calculus", "expr", _EXPOSURE)  # fmt: skip
item("Homework 4.3: A centrifugal pump's head curve is H(Q) = 45 − 0.002Q² (H in m, Q in m³/h). Hydraulic power is "
     "proportional to the product Q·H. Find the flow Q > 0 that maximizes Q·H. Give the exact value.", "calculus",
     "set", _PUMP)  # fmt: skip
item("Pump head curve H(Q) = 45 - 0.002Q^2 (m, Q in m3/h). Hydraulic power goes like Q·H. Which Q > 0 maximizes Q·H? "
     "Exact value.", "calculus", "set", _PUMP)  # fmt: skip
item("For a pump with head H(Q) = 45 − 0.002Q², find the flow rate Q > 0 that maximises the product Q*H (proportional "
     "to hydraulic power).", "calculus", "set", _PUMP)  # fmt: skip
item("A pump's head curve is H(Q) = 45 − 0.002Q². Hydraulic power is proportional to Q·H. Find the flow Q > 0 that "
     "maximizes the hydraulic power.", "calculus", "set", _PUMP)  # fmt: skip
item("A pump's head curve is H(Q) = 45 − 0.002Q². Find the flow Q > 0 that maximizes Q·H·k.", "calculus", "refuse",
     None)  # fmt: skip
item("@mike quick one — clean CSTR (starts at 0 mg/L) fed 80 mg/L feed, residence time τ = 15 min, perfectly mixed so "
     "dC/dt = (80 − C)/15. what's C(t)? t in min", "calculus", "expr", _CSTR)  # fmt: skip
item("A CSTR initially at 0 mg/L is fed 80 mg/L; dC/dt = (80 − C)/15 with t in min. Find C(t).", "calculus", "expr",
     _CSTR)  # fmt: skip
item("dC/dt = (80 - C)/15, C(0) = 0. what is C(t)?", "calculus", "expr", _CSTR)
item("Perfectly mixed tank, dC/dt = (80 − C)/15, initial concentration 0 mg/L. Solve for C(t).", "calculus", "expr",
     _CSTR)  # fmt: skip
item("Perfectly mixed tank, dC/dt = (80 − C)/15. What's C(t)?", "calculus", "refuse", None)
item("Tank starts at 10 mg/L, dC/dt = (80 − C)/15, initially 0 mg/L. What's C(t)?", "calculus", "refuse", None)


# ---- task t10: confidence intervals asked in prose: a proportion from a count (Wilson by default, a method named
# used), a mean from summaries or data (t), one-sided bounds, an sd (chi-square); differences and rates refused
for q in (
    "19 of 240 samples exceeded 1 NTU. 95% confidence interval for the proportion?",
    "19 out of 240 samples exceeded 1 NTU; what's the 95% CI for the proportion?",
    "240 samples tested, 19 exceeded 1 NTU. Give the 95% confidence interval for the proportion.",
):
    item(q, "confidence_interval", "number", proportion_confint(19, 240, method="wilson")[0], key="lower")  # fmt: skip
item("We found 12 defectives in a sample of 300. What is the 90% confidence interval for the defect rate?",
     "confidence_interval", "number", proportion_confint(12, 300, alpha=0.10, method="wilson")[1], key="upper")  # fmt: skip
item("19 out of 240 samples exceeded 1 NTU. Give a 95% Clopper-Pearson interval for the proportion.",
     "confidence_interval", "number", stats.binomtest(19, 240).proportion_ci(0.95, method="exact").low, key="lower")  # fmt: skip
item("240 inspected, 19 failed. 99% Wald confidence interval for the proportion defective", "confidence_interval",
     "number", proportion_confint(19, 240, alpha=0.01, method="normal")[1], key="upper")  # fmt: skip
item("Of 500 parts, 38 were defective. Construct a 95% Agresti-Coull confidence interval for the true defect rate.",
     "confidence_interval", "number", proportion_confint(38, 500, method="agresti_coull")[0], key="lower")  # fmt: skip
item("0 failures in 59 trials: 95% upper confidence bound on the failure probability (Clopper-Pearson)",
     "confidence_interval", "number", proportion_confint(0, 59, alpha=0.10, method="beta")[1], key="upper")  # fmt: skip
for q in (
    "n = 12, mean 50.3, sd 1.1: 95% CI for the mean",
    "95% confidence interval for the mean, n=12, xbar=50.3, s=1.1",
    "A sample of 12 parts has mean 50.3 and standard deviation 1.1. Find a 95% confidence interval for the mean.",
):
    item(q, "confidence_interval", "number", stats.t.interval(0.95, 11, loc=50.3, scale=1.1 / math.sqrt(12))[0],
         key="lower")  # fmt: skip
_T10_X = np.array([10.1, 9.8, 10.3, 10.0, 9.9, 10.2])
for q in (
    "95% confidence interval for the mean of 10.1 9.8 10.3 10.0 9.9 10.2",
    "Data: 10.1, 9.8, 10.3, 10.0, 9.9, 10.2. Compute a 95% confidence interval for the population mean.",
):
    item(q, "confidence_interval", "number",
         stats.t.interval(0.95, 5, loc=_T10_X.mean(), scale=stats.sem(_T10_X))[1], key="upper")  # fmt: skip
item("n = 12, mean 50.3, sd 1.1: 95% upper confidence bound for the mean", "confidence_interval", "number",
     50.3 + stats.t.ppf(0.95, 11) * 1.1 / math.sqrt(12), key="upper")  # fmt: skip
item("95% lower confidence bound for the mean: n = 20, mean 12.4, sd 0.8", "confidence_interval", "number",
     12.4 - stats.t.ppf(0.95, 19) * 0.8 / math.sqrt(20), key="lower")  # fmt: skip
item("what is the 95% confidence interval for the standard deviation, n = 15, sd = 0.42", "confidence_interval",
     "number", math.sqrt(14 * 0.42**2 / stats.chi2.isf(0.025, 14)), key="lower")  # fmt: skip
for q in (
    "95% confidence interval for the difference in means: 12.1 11.8 12.4 12.0 and 12.6 12.3 12.9 12.7",
    "95% CI for the difference between two proportions: 45 of 200 vs 30 of 210",
    "3 failures in 1200 hours of testing. 95% confidence interval for the failure rate?",
    "one-sided 95% confidence bound for the mean, n = 12, mean 50.3, sd 1.1",
):
    item(q, "confidence_interval", "refuse", None)  # fmt: skip


# ---- task t11: blocks, replicates and centre points by textbook symbols ("b = 2", "r = 2", "cp = 4", "nc = 4",
# "n0 = 3"), blocks by their size ("2 blocks of 8"), "3 cp", a CCD's axial distance; a k, p, run count or block size
# against the 2^k written, and a symbol that counts nothing read, refused
def _t11_runs(k: int, replicates: int = 1, centre: int = 0) -> int:
    """Every combination of k two-level factors once per replicate, plus the centre points."""
    return len(list(itertools.product((-1, 1), repeat=k))) * replicates + centre


for q in (
    "Design a 2^4 factorial in b = 2 blocks. How many runs?",
    "2^4 design, blocks = 2",
    "2^4 with 2 blocks of 8",
    "A 2^4 factorial run in two blocks of eight. Total runs?",
):
    item(q, "design", "runs", _t11_runs(4))  # fmt: skip
item("2^4 factorial in two blocks with 3 centre points per block", "design", "runs", _t11_runs(4, centre=2 * 3))
item("2^4 factorial, r = 2. How many runs?", "design", "runs", _t11_runs(4, replicates=2))
item("2^4 factorial with nc = 4. How many runs?", "design", "runs", _t11_runs(4, centre=4))
item("2^4 factorial, cp = 4. How many runs?", "design", "runs", _t11_runs(4, centre=4))
item("a 2^3 design, 4 replicates, 2 blocks", "design", "runs", _t11_runs(3, replicates=4))
item("2^(6-2) with 3 centre points and resolution IV", "design", "runs", 2 ** (6 - 2) + 3)
item("a 3-factor CCD, alpha = 1.682, 6 centre points", "design", "runs", 2**3 + 2 * 3 + 6)
item("Box-Behnken 4 factors 3 cp", "design", "runs", math.comb(4, 2) * 2**2 + 3)
item("2^3 factorial, k = 4. How many runs?", "design", "refuse", None)
item("2^4 factorial, n = 2. How many runs?", "design", "refuse", None)
item("2^4 in 2 blocks of 4", "design", "refuse", None)
item("2^4 factorial in 8 runs. How many runs?", "design", "refuse", None)

# ---- task w3: a probability asked in ppm, percent or out of a number of pieces (the fraction scaled), one binomial
# trial a period ("each monthly sample has a 5% chance ... over twelve months"), a chi-square table written with
# pipes, and "k out of n <noun>" groups beside "χ²" (references: scipy.stats)
_BORE = stats.norm.sf(25.05, 25.00, 0.02)
_PIPE_TABLE = [[22, 8, 15], [30, 12, 10]]
_PLANTS = [[14, 120 - 14], [9, 110 - 9], [22, 130 - 22]]
item("bore dia ~ Normal(μ = 25.00 mm, σ = 0.02 mm), USL = 25.05 mm. expected ppm above USL?", "probability", "number",
     1e6 * _BORE)  # fmt: skip
item("Bore diameter is normal with mean 25.00 mm and sd 0.02 mm; USL 25.05 mm. How many parts per million exceed the "
     "USL?", "probability", "number", 1e6 * _BORE)  # fmt: skip
item("bore dia normal, mean 25.00 mm, sd 0.02 mm, upper spec 25.05 mm. what % of bores are above the USL?",
     "probability", "number", 100 * _BORE)  # fmt: skip
item("bore dia normal, mean 25.00 mm, sd 0.02 mm, upper spec 25.05 mm. Out of 1000 parts, how many are expected above "
     "the USL?", "probability", "number", 1000 * _BORE)  # fmt: skip
item("Bulb life is exponential with mean 1000 hours. What percentage of bulbs fail before 500 hours?", "probability",
     "number", 100 * stats.expon.cdf(500, scale=1000))  # fmt: skip
item("Each monthly composite sample independently has a 5% chance of exceeding the permit limit. Over twelve months, "
     "what is the probability of exactly one exceedance?", "probability", "number", stats.binom.pmf(1, 12, 0.05))  # fmt: skip
item("A monthly sample has a 5% chance of exceeding the limit, independently each month. What is the probability of "
     "exactly 1 exceedance in 12 months?", "probability", "number", stats.binom.pmf(1, 12, 0.05))  # fmt: skip
item("Each week there is a 2% chance that the weekly test fails, independently. Over 52 weeks, what is the probability "
     "of at most 2 failures?", "probability", "number", stats.binom.cdf(2, 52, 0.02))  # fmt: skip
item("Each monthly composite sample has a 5% chance of exceeding the permit limit. What is the probability of exactly "
     "one exceedance?", "probability", "refuse", None)  # fmt: skip
item("defect type by shift, stamping line 4:\nshift | burr | split | wrinkle\n1st   |  22  |   8   |   15\n2nd   |  30 "
     " |   12   |   10\nchi-square test of independence — what's the chi-square statistic?", "hypothesis_test",
     "number", stats.chi2_contingency(_PIPE_TABLE).statistic, key="statistic")  # fmt: skip
item("defect type by shift, stamping line 4:\n| shift | burr | split | wrinkle |\n|---|---|---|---|\n| 1st | 22 | 8 | "
     "15 |\n| 2nd | 30 | 12 | 10 |\nchi-square test of independence: chi-square statistic?", "hypothesis_test",
     "number", stats.chi2_contingency(_PIPE_TABLE).statistic, key="statistic")  # fmt: skip
item("Permit exceedances by plant last year: Plant A 14 out of 120 samples, Plant B 9 of 110, Plant C 22 of 130. "
     "Chi-square test of independence (exceed / not exceed × plant) — what's the χ² statistic?", "hypothesis_test",
     "number", stats.chi2_contingency(_PLANTS).statistic, key="statistic")  # fmt: skip
item("Exceedances last year by plant: Plant A had 14 out of 120 samples, Plant B 9 out of 110 samples, Plant C 22 out "
     "of 130 samples. Is exceedance independent of plant? chi^2 statistic?", "hypothesis_test", "number",
     stats.chi2_contingency(_PLANTS).statistic, key="statistic")  # fmt: skip


# ---- 2^2 effects of runs labelled by signs or in brackets, Cp/Cpk with sigma = R-bar/d2, pairs under a titled
# heading (branch w4): "A-, B-: 20", "(A low, B low) 62" (effect = mean at + minus mean at -; a regression coefficient
# set aside asks none), "X-double-bar = 10.04, R-bar = 0.07 ... n = 5" (d2 by quadrature, the tables' 3 decimals),
# "ELISA calibration, conc vs absorbance:" rows (references: numpy contrasts, scipy quad and linregress)
def _w4_effect(responses: list[float], term: str) -> float:
    """A 2^2 effect of responses in standard order: mean where the term's column is + less mean where it is -."""
    a, b = np.array([-1, 1, -1, 1]), np.array([-1, -1, 1, 1])
    column = {"A": a, "B": b, "AB": a * b}[term]
    y = np.array(responses, dtype=float)
    return float(y[column > 0].mean() - y[column < 0].mean())


def _w4_d2(n: int) -> float:
    """d2(n) by quadrature, rounded to 3 decimals as the printed tables are."""
    return round(integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0], 3)


_W4_RUNS = "A−, B−: 20\nA+, B−: 30\nA−, B+: 25\nA+, B+: 45"
item(f"2² DOE on clinch joint push-out strength, one replicate:\n{_W4_RUNS}\nAB interaction effect? (effect = "
     "contrast/2, i.e. Montgomery-style effect, not the regression coefficient)", "design", "number",
     _w4_effect([20, 30, 25, 45], "AB"), key="value")  # fmt: skip
item("2^2 factorial, single replicate: A-B- 20, A+B- 30, A-B+ 25, A+B+ 45. Estimate the AB interaction effect.",
     "design", "number", _w4_effect([20, 30, 25, 45], "AB"), key="value")  # fmt: skip
item("2^2 unreplicated: A- B- = 20, A+ B- = 30, A- B+ = 25, A+ B+ = 45. Montgomery-style AB effect?", "design",
     "number", _w4_effect([20, 30, 25, 45], "AB"), key="value")  # fmt: skip
item(f"2² DOE, one replicate:\n{_W4_RUNS}\nWhat is the regression coefficient of the AB interaction?", "design",
     "refuse", None)  # fmt: skip
item("2² factorial on the esterification, A = temperature, B = acid catalyst conc, yield %:\n(A low, B low) 62; "
     "(A high, B low) 71; (A low, B high) 65; (A high, B high) 80.\nEstimate the AB interaction effect.", "design",
     "number", _w4_effect([62, 71, 65, 80], "AB"), key="value")  # fmt: skip
item("Esterification yield from a 2^2 design (A = temperature, B = catalyst):\n(A low, B low) 62\n(A high, B low) "
     "71\n(A low, B high) 65\n(A high, B high) 80\nWhat is the interaction effect?", "design", "number",
     _w4_effect([62, 71, 65, 80], "AB"), key="value")  # fmt: skip
item("2^2 factorial, yield %: (A lo, B lo) 62; (A hi, B lo) 71; (A lo, B hi) 65; (A hi, B hi) 80. Main effect of B?",
     "design", "number", _w4_effect([62, 71, 65, 80], "B"), key="value")  # fmt: skip
item("PPAP capability study on a pierced hole: spec 10.00 ± 0.15 mm, X-double-bar = 10.04, R-bar = 0.07 from "
     "subgroups of n = 5 (d2 = 2.326). Cpk using within sigma = R-bar/d2?", "capability", "number",
     min(10.15 - 10.04, 10.04 - 9.85) / (3 * 0.07 / _w4_d2(5)), key="value")  # fmt: skip
item("Hole diameter spec 10.00 +/- 0.15 mm; x̿ = 10.04, R̄ = 0.07, n = 5. Cpk with sigma = R-bar/d2?", "capability",
     "number", min(10.15 - 10.04, 10.04 - 9.85) / (3 * 0.07 / _w4_d2(5)), key="value")  # fmt: skip
item("pH spec on the neutralizer outlet is 6.5 to 8.5. From the control chart (subgroups of n = 4) the process mean "
     "is 7.3 and R̄ = 0.42. Estimating σ as R̄/d2, what's Cpk?", "capability", "number",
     min(8.5 - 7.3, 7.3 - 6.5) / (3 * 0.42 / _w4_d2(4)), key="value")  # fmt: skip
item("The outlet pH must stay between 6.5 and 8.5. X-bar/R chart, n = 4 per subgroup: center line 7.3, average range "
     "0.42. Cpk?", "capability", "number", min(8.5 - 7.3, 7.3 - 6.5) / (3 * 0.42 / _w4_d2(4)), key="value")  # fmt: skip
item("USL 8.5, LSL 6.5; control chart grand average 7.3, R-bar 0.42 with subgroups of 4; estimate Cp", "capability",
     "number", (8.5 - 6.5) / (6 * 0.42 / _w4_d2(4)), key="value")  # fmt: skip
item("spec 6.5 to 8.5, xbar-bar 7.3, Rbar 0.42, subgroup size 4: Ppk?", "capability", "refuse", None)
_W4_CONC, _W4_ABS = [0, 5, 10, 20, 40, 80], [0.012, 0.105, 0.198, 0.402, 0.790, 1.585]
_W4_ROWS = "\n".join(f"{c} {a:.3f}" for c, a in zip(_W4_CONC, _W4_ABS, strict=True))
item(f"ELISA calibration, conc (ng/mL) vs absorbance:\n{_W4_ROWS}\nFit absorbance = b0 + b1*conc by ordinary least "
     "squares. Slope b1?", "regression", "number", stats.linregress(_W4_CONC, _W4_ABS).slope, key="slope")  # fmt: skip
item(f"ELISA standards, conc (ng/mL) vs absorbance:\n{_W4_ROWS}\nWhat is the OLS slope of absorbance on "
     "concentration?", "regression", "number", stats.linregress(_W4_CONC, _W4_ABS).slope, key="slope")  # fmt: skip
item(f"Calibration: conc (ng/mL) vs absorbance\n{_W4_ROWS}\nFit a straight line; slope?", "regression", "number",
     stats.linregress(_W4_CONC, _W4_ABS).slope, key="slope")  # fmt: skip


# ---- linear systems and blends (branch w2): one unknown asked of a system is its value, not the vector ("What is
# a?", "find F3", "solve for F2"); unknowns defined in words ("a = strokes/min on press A") and equations with remarks
# in brackets, one a line; a blend whose components carry their values in brackets (references: sympy linsolve)
def _unknown(equations, unknowns, asked):
    """The value of ``asked`` in the one solution of ``equations`` (sympy)."""
    (solution,) = sp.linsolve(equations, unknowns)
    return str(solution[unknowns.index(asked)])


_a, _b, _y = sp.symbols("a b y")
_F1, _F2, _F3 = sp.symbols("F1 F2 F3")
_FEEDS = [_F1 + _F2 + _F3 - 100, sp.Rational(1, 10) * _F1 + sp.Rational(3, 10) * _F2 + sp.Rational(6, 10) * _F3 - 35,
          _F1 - 2 * _F2]  # fmt: skip
item("Blend of two polymer grades: 3a + 2b = 16 and a − b = 2, where a and b are parts by weight. What is a?",
     "algebra", "expr", _unknown([3 * _a + 2 * _b - 16, _a - _b - 2], [_a, _b], _a))  # fmt: skip
item("3a + 2b = 16, a - b = 2. find a", "algebra", "expr",
     _unknown([3 * _a + 2 * _b - 16, _a - _b - 2], [_a, _b], _a))  # fmt: skip
item("If 3a + 2b = 16 and a − b = 2 (a, b in parts by weight), what's b?", "algebra", "expr",
     _unknown([3 * _a + 2 * _b - 16, _a - _b - 2], [_a, _b], _b))  # fmt: skip
item("Two transfer presses, a = strokes/min on press A, b = strokes/min on press B. From the shift log we've got 3a + "
     "2b = 41 and a − b = 2. What is a?", "algebra", "expr",
     _unknown([3 * _a + 2 * _b - 41, _a - _b - 2], [_a, _b], _a))  # fmt: skip
item("Let x = number of bolts per box and y = number of nuts per box. 2x + 3y = 50 and x - y = 5. What is y?",
     "algebra", "expr", _unknown([2 * x + 3 * _y - 50, x - _y - 5], [x, _y], _y))  # fmt: skip
item("p = price of widget, q = price of gadget; 4p + q = 19, p + 2q = 17. Find p.", "algebra", "expr",
     _unknown([4 * _a + _b - 19, _a + 2 * _b - 17], [_a, _b], _a))  # fmt: skip
item("Mass balance on a mixing header, three feeds F1, F2, F3 (kg/h):\n  F1 + F2 + F3 = 100\n  0.1F1 + 0.3F2 + 0.6F3 "
     "= 35   (solute balance)\n  F1 = 2F2\nSolve the system; what is F3? exact", "algebra", "expr",
     _unknown(_FEEDS, [_F1, _F2, _F3], _F3))  # fmt: skip
item("Three streams x1, x2, x3:\nx1 + x2 + x3 = 100 (total flow)\n0.1x1 + 0.3x2 + 0.6x3 = 35 (solute)\nx1 = 2x2\n"
     "what's x3?", "algebra", "expr", _unknown(_FEEDS, [_F1, _F2, _F3], _F3))  # fmt: skip
item("Component balance: F1 + F2 = 50 (total, kg/h); 0.2F1 + 0.5F2 = 16 (salt). Solve for F2.", "algebra",
     "expr", _unknown([_F1 + _F2 - 50, sp.Rational(1, 5) * _F1 + sp.Rational(1, 2) * _F2 - 16], [_F1, _F2], _F2))  # fmt: skip
item("Solve 2x + y = 7, x - y = -1 for x and y", "algebra", "expr",
     str(sp.Matrix(list(next(iter(sp.linsolve([2 * x + _y - 7, x - _y + 1], [x, _y])))))))  # fmt: skip
item("We're blending concentrated backwash return (250 mg/L TSS) with clarified water (40 mg/L) to get 600 L/h total "
     "at 100 mg/L. How many L/h of the 250 mg/L stream? exact fraction is fine", "algebra", "set",
     roots(250 * x + 40 * (600 - x) - 100 * 600))  # fmt: skip
item("Mixing a concentrate stream (250 mg/L) and a dilute stream (40 mg/L) to make 600 L/h at 100 mg/L. How many L/h "
     "of the concentrate?", "algebra", "set", roots(250 * x + 40 * (600 - x) - 100 * 600))  # fmt: skip
item("We blend brine (250 g/L) with rinse water (40 g/L) for 600 L total at 100 g/L; how much of the brine is needed?",
     "algebra", "set", roots(250 * x + 40 * (600 - x) - 100 * 600))  # fmt: skip
item("We're blending return (250 mg/L) with water (40 mg/L) to get 600 L/h total at 300 mg/L. How many L/h of the 250 "
     "mg/L stream?", "algebra", "refuse", None)  # fmt: skip


# two linear costs set equal, fixed + rate x (branch w2): the quantity where they meet; two curves of one quantity
# set equal ("where do the curves cross", "the operating point"), in the sign asked (references: sympy solve)
_Q = sp.Symbol("Q", positive=True)
_PUMP = [str(r) for r in sp.solve(60 - sp.Rational(4, 1000) * _Q**2 - (20 + sp.Rational(6, 1000) * _Q**2), _Q)]
_FIXTURES = roots(1200 + sp.Rational(7, 2) * x - (800 + sp.Rational(41, 10) * x))
item("fixture make-vs-buy. Fixture 1: $1200 up front + $3.50/part labor. Fixture 2: $800 up front + $4.10/part. at "
     "what part quantity are the total costs equal?", "algebra", "set", _FIXTURES)  # fmt: skip
item("Machine X: setup $1200, then $3.50 per part. Machine Y: setup $800, then $4.10 per part. How many parts until "
     "both cost the same?", "algebra", "set", _FIXTURES)  # fmt: skip
item("Option A costs $5,000 fixed plus $2 per unit; option B costs $3,000 fixed plus $2.50 per unit. Find the "
     "break-even quantity.", "algebra", "set", roots(5000 + 2 * x - (3000 + sp.Rational(5, 2) * x)))  # fmt: skip
item("Tool 1: $1200 up front + $3.50/part. Tool 2: $800 up front + $3.50/part. Break-even quantity?", "algebra",
     "refuse", None)  # fmt: skip
item("Plan A: $1200 up front + $3.50/part. Plan B: $800 up front. When are the costs equal?", "algebra", "refuse",
     None)  # fmt: skip
item("Pump curve H = 60 − 0.004Q², system curve H = 20 + 0.006Q² (Q in L/s, H in m). Where's the operating point — "
     "what flow Q (positive) do the curves cross at? exact answer", "algebra", "set", _PUMP)  # fmt: skip
item("pump: H = 60 - 0.004Q^2; system: H = 20 + 0.006Q^2. At what positive Q do the two curves intersect?", "algebra",
     "set", _PUMP)  # fmt: skip
item("Pump curve H = 60 - 0.004Q^2 and system curve H = 20 + 0.006Q^2. Operating point flow Q (Q > 0)?", "algebra",
     "set", _PUMP)  # fmt: skip
item("Supply curve P = 2 + 0.5q and demand curve P = 20 - 0.25q. Where do the curves meet? find q", "algebra", "set",
     roots(2 + x / 2 - (20 - x / 4)))  # fmt: skip


# ---- task x1: a matrix's rows are no samples: a matrix operation named (eigenvalues, det, singular, positive
# definite) with no group compared is a matrix question, read from "row 1:" labelled lines or "[a b c; d e f]"
_X1_STIFFNESS = sp.Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
_X1_ALIGNMENT = sp.Matrix([[4, 2, 1], [3, 5, 2], [1, 1, 6]])
for q in (
    "The laminate code spat out this symmetric 3×3 for the reduced stiffness check (units are GPa but ignore "
    "that):\nrow 1:  2  0  0\nrow 2:  0  3  4\nrow 3:  0  4  9\nWhat are its eigenvalues? Want to confirm it is "
    "positive definite before I send it on.",
    "Stiffness matrix from the solver, symmetric:\nrow 1: 2 0 0\nrow 2: 0 3 4\nrow 3: 0 4 9\nIs it positive "
    "definite? eigenvalues please",
    "eigenvalues of this one?\nRow 1 = 2 0 0\nRow 2 = 0 3 4\nRow 3 = 0 4 9",
    "eigs of [[2,0,0],[0,3,4],[0,4,9]] — is it PD?",
):
    item(q, "linear_algebra", "set", sorted(str(v) for v in _X1_STIFFNESS.eigenvals()))  # fmt: skip
for q in (
    "CMM alignment sanity check — det of A = [4 2 1; 3 5 2; 1 1 6] ? just making sure the transform isn't singular",
    "what's the determinant of M = [4 2 1; 3 5 2; 1 1 6]? making sure it isn't singular",
    "Is the transformation matrix T = [4 2 1; 3 5 2; 1 1 6] singular?",
    "determinant of\n4 2 1\n3 5 2\n1 1 6",
):
    item(q, "linear_algebra", "number", float(_X1_ALIGNMENT.det()))  # fmt: skip
item("is A = [1 2; 2 4] singular?", "linear_algebra", "number", float(sp.Matrix([[1, 2], [2, 4]]).det()))
item("is A = [1 2; 2 4] invertible?", "linear_algebra", "number", float(sp.Matrix([[1, 2], [2, 4]]).det()))
item("What are the eigenvalues? rows: 2 0 0 / 0 3 4 / 0 4 9", "linear_algebra", "refuse", None)


# ---- task x4: Bayes' theorem with a monitor's words ("fires in 4% of compliant hours") and over several sources
# (shares and event rates, P(source | event)); a normal's comparatives of a measure ("thicker than", "slower than
# 50 s"); a Poisson or binomial probability asked in exact form; a one-sample t-test against "target avg is 300 s"
def _x4_ppv(prevalence: Fraction, sensitivity: Fraction, false_positive: Fraction) -> float:
    """P(condition | positive) by the joint shares, exactly."""
    hit = prevalence * sensitivity
    return float(hit / (hit + (1 - prevalence) * false_positive))


def _x4_posterior(shares: list[Fraction], rates: list[Fraction], i: int) -> float:
    """P(source i | event) by the law of total probability, exactly."""
    joint = [s * r for s, r in zip(shares, rates, strict=True)]
    return float(joint[i] / sum(joint))


_X4_PPV = _x4_ppv(Fraction(2, 100), Fraction(95, 100), Fraction(4, 100))
for q in (
    "Our CEMS alarm catches 95% of true exceedance hours, but also fires in 4% of hours that are actually compliant. "
    "True exceedances happen in 2% of hours. Given an alarm just went off, what's the probability it's a real "
    "exceedance?",
    "The stack monitor alarm fires during 95% of hours with a real exceedance and during 4% of compliant hours. 2% of "
    "hours are true exceedances. If the alarm goes off, what is the chance the hour really is an exceedance?",
    "An alarm trips on 95% of real exceedances and on 4% of hours that are in compliance; exceedances occur in 2% of "
    "hours. The alarm just tripped: probability of a genuine exceedance?",
):
    item(q, "probability", "number", _X4_PPV)
_X4_SHIFTS = ([Fraction(60, 100), Fraction(40, 100)], [Fraction(15, 1000), Fraction(3, 100)])
item("day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs the other 40% w/ a 3% mis-ship rate. "
     "a customer reports a mis-ship — prob it was packed on nights?", "probability", "number",
     _x4_posterior(*_X4_SHIFTS, 1))  # fmt: skip
item("day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs the other 40% w/ a 3% mis-ship rate. "
     "prob a mis-shipped order was packed on days?", "probability", "number", _x4_posterior(*_X4_SHIFTS, 0))  # fmt: skip
item("Machine A makes 50% of the parts with 2% defective, machine B makes 30% with 3% defective, machine C makes 20% "
     "with 5% defective. A part is found defective; what is the probability it came from machine B?", "probability",
     "number", _x4_posterior([Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)],
                             [Fraction(2, 100), Fraction(3, 100), Fraction(5, 100)], 1))  # fmt: skip
item("Supplier X provides 70% of the resin, and 2% of its lots fail; supplier Y provides the remaining 30%, and 5% of "
     "its lots fail. Given a failed lot, what's the chance it came from supplier Y?", "probability", "number",
     _x4_posterior([Fraction(7, 10), Fraction(3, 10)], [Fraction(2, 100), Fraction(5, 100)], 1))  # fmt: skip
item("day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs 30% w/ a 3% mis-ship rate. prob a "
     "mis-ship was packed on nights?", "probability", "refuse", None)  # fmt: skip
item("cured ply thickness ~ normal, μ = 0.184 mm, σ = 0.006 mm. what fraction of plies come out thicker than 0.195 mm?",
     "probability", "number", stats.norm.sf(0.195, 0.184, 0.006))  # fmt: skip
item("ply thickness is normally distributed with mean 0.184 mm and sd 0.006 mm; what share of plies are thinner than "
     "0.175 mm?", "probability", "number", stats.norm.cdf(0.175, 0.184, 0.006))  # fmt: skip
item("cycle times are normal, mean 42 s, sd 5 s. what fraction of cycles are faster than 35 s?", "probability",
     "number", stats.norm.cdf(35, 42, 5))  # fmt: skip
item("cycle times ~ normal with mean 42 s and sd 5 s: probability a cycle is slower than 50 s?", "probability",
     "number", stats.norm.sf(50, 42, 5))  # fmt: skip
item("car speeds normal, mean 60 km/h, sd 8 km/h: fraction faster than 70 km/h?", "probability", "number",
     stats.norm.sf(70, 60, 8))  # fmt: skip
_x4_window = sp.Rational(12, 60) * 10  # 12 an hour over 10 minutes
for q in (
    "calls hit the queue as a Poisson process, avg 12 arrivals per hr. prob of exactly 3 arrivals in a 10 min window? "
    "exact form",
    "arrivals are Poisson at 12 per hour. what is the probability of exactly 3 arrivals in 10 minutes? give the exact "
    "value",
):
    item(q, "probability", "expr", expr(sp.exp(-_x4_window) * _x4_window**3 / sp.factorial(3)))
item("Poisson arrivals, mean 2 per window: P(at most 2 arrivals)? closed form please", "probability", "expr",
     expr(sum(sp.exp(-2) * sp.Integer(2) ** i / sp.factorial(i) for i in range(3))))  # fmt: skip
item("a fair coin is tossed 5 times. probability of exactly 2 heads, as a fraction?", "probability", "expr",
     expr(sp.Rational(math.comb(5, 2), 2**5)))  # fmt: skip
item("binomial n = 10, p = 0.2: probability of at least 2 defectives, exact form", "probability", "expr",
     expr(1 - sum(sp.binomial(10, i) * sp.Rational(1, 5) ** i * sp.Rational(4, 5) ** (10 - i) for i in range(2))))  # fmt: skip
_X4_AHT = [312, 295, 330, 318, 301, 289, 325, 340, 308, 297, 315, 322]
for q in (
    "handle times (sec) for 12 randomly pulled calls: 312 295 330 318 301 289 325 340 308 297 315 322. target avg is "
    "300 s. one-sample t test, two sided — p value?",
    "handle time (s): 312, 295, 330, 318, 301, 289, 325, 340, 308, 297, 315, 322; the target mean handle time is 300 s. "
    "two-sided one sample t test p-value",
    "AHT sample: 312 295 330 318 301 289 325 340 308 297 315 322 seconds. target average 300. t-test against the "
    "target, 2-sided p value?",
):
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_X4_AHT, 300).pvalue, key="p_value")

# ---- task w3b: a probability named per item with the items independent ("the POD is 0.90 per flaw and detections
# are independent ... at least 10 of the 12"), and two columns of data pasted with pipes under a header with an index
# column, the paired difference in the order written (references: scipy.stats)
_POD = stats.binom.sf(9, 12, 0.9)
_CMM = [25.012, 40.007, 12.503, 60.021, 33.340, 18.765, 50.002, 27.118]
_TRACKER = [25.018, 40.011, 12.506, 60.024, 33.348, 18.766, 50.009, 27.121]
_CMM_TABLE = "  feat | CMM    | tracker\n" + "\n".join(
    f"  {i}  | {a:.3f} | {b:.3f}" for i, (a, b) in enumerate(zip(_CMM, _TRACKER, strict=True), 1)
)
item("Hi, for the NDT level 3 review: the POD of the phased-array procedure for the 2 mm flat-bottom holes is 0.90 per "
     "flaw and detections are independent. The reference panel has twelve seeded flaws. What's the chance the "
     "inspector finds at least 10 of the 12?", "probability", "number", _POD)  # fmt: skip
item("The probability of detection per flaw is 90%, independently from flaw to flaw. A test block has 12 flaws. What "
     "is the probability that at least 10 of the 12 are detected?", "probability", "number", _POD)  # fmt: skip
item("Each inspection has a 0.9 chance per flaw of finding it, flaws independent; 12 flaws are seeded in the panel. "
     "Chance of finding at least 10 flaws?", "probability", "number", _POD)  # fmt: skip
item("A weld passes with probability 0.95 per weld, independently. We make 20 welds. What is the probability that at "
     "most 2 of the 20 fail?", "probability", "refuse", None)  # fmt: skip
item("The POD is 0.90 per flaw. The reference panel has twelve seeded flaws. What's the chance the inspector finds at "
     "least 10 of the 12?", "probability", "refuse", None)  # fmt: skip
item("Lab manager here. We measured the same eight features on the bridge CMM and then on the laser tracker to see "
     f"whether the tracker reads systematically high. Data (mm):\n{_CMM_TABLE}\nPaired t test on the differences "
     "taken as CMM minus tracker — what is the t statistic?", "hypothesis_test", "number",
     stats.ttest_rel(_CMM, _TRACKER).statistic, key="statistic")  # fmt: skip
item(f"We measured the same eight features on the CMM and then on the tracker. Data (mm):\n{_CMM_TABLE}\nPaired t "
     "test on the differences taken as tracker minus CMM: what is the t statistic?", "hypothesis_test", "number",
     stats.ttest_rel(_TRACKER, _CMM).statistic, key="statistic")  # fmt: skip
item("Eight features measured on both gauges:\n| feature | CMM | tracker |\n|---|---|---|\n" + "\n".join(
     f"| {i} | {a:.3f} | {b:.3f} |" for i, (a, b) in enumerate(zip(_CMM, _TRACKER, strict=True), 1))
     + "\nPaired t-test, d = CMM - tracker. t?", "hypothesis_test", "number",
     stats.ttest_rel(_CMM, _TRACKER).statistic, key="statistic")  # fmt: skip
item(f"Same eight features, two instruments:\n{_CMM_TABLE}\nPaired t test with differences taken as new minus old: "
     "t?", "hypothesis_test", "refuse", None)  # fmt: skip


# ---- task x5: a proportion's planning value in any words ("last qtr it ran ~90%", "planning value of 0.9"; one
# spoken of but not read refused, never p = 0.5), X-bar limits from a "grand avg", p-bar as an "overall fraction
# late", design run counts with the factors listed after a colon or each with its levels in brackets
for q in (
    "how many orders do i need to audit to estimate the on-time pct within ±3 pct pts at 95% confidence? last qtr it "
    "ran ~90% so use that as the planning value",
    "how many orders should we audit to estimate the on-time rate within ±3 percentage points at 95% confidence? it "
    "ran about 90% last quarter",
    "sample size to estimate the on-time proportion within 3 percentage points, 95% confidence, planning value of 0.9",
    "how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence; we expect around 90%",
):
    item(q, "sample_size", "int", math.ceil(samplesize_confint_proportion(0.9, 0.03, alpha=0.05)), key="n")
item("how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence; last quarter's "
     "figure is the planning value", "sample_size", "refuse", None)  # fmt: skip
for q in (
    "xbar-R chart on dock-to-stock time, subgroups of 5. grand avg 12.4 hrs, Rbar 2.1 hrs. UCL for the xbar chart?",
    "X-bar and R chart for cycle time with subgroups of 5: overall avg 12.4 h and average range 2.1 h. what is the "
    "upper control limit of the X-bar chart?",
    "xbar chart, n=5, grand average 12.4, R-bar 2.1; UCL?",
):
    item(q, "control_chart", "number", 12.4 + printed_a2(5) * 2.1, key="ucl")
for q in (
    "p chart for late shipments: we audit 400 orders every day, overall fraction late is 4.5%. 3-sigma LCL?",
    "p chart: 400 orders audited each day, the average proportion of late orders is 0.045. what is the LCL?",
    "p-chart with n = 400 per day; overall late rate 4.5%. lower control limit?",
):
    item(q, "control_chart", "number", 0.045 - 3 * math.sqrt(0.045 * 0.955 / 400), key="lcl")


def _x5_runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels once per replicate, plus the centre points."""
    return len(list(itertools.product(*(range(k) for k in levels)))) * replicates + centre


for q in (
    "Planning a cure-cycle DOE on the new prepreg: ramp rate, hold temperature, hold time and autoclave pressure, "
    "each at two levels, full factorial, single replicate, plus three centre points. How many panels (runs) do I "
    "need to book autoclave time for?",
    "Two-level full factorial on a mixer: speed, temperature, batch size and mixing time, each at two levels, one "
    "replicate, 3 center points. how many runs?",
):
    item(q, "design", "runs", _x5_runs([2] * 4, centre=3))
for q in (
    "Testing conveyor speed (3 levels), carton type (2 levels) and wave size (4 levels) in a full factorial with two "
    "replicates of every combination. How many runs total?",
    "Full factorial with line speed (3 levels), film gauge (2 levels) and seal temperature (4 levels), replicated "
    "twice. total runs?",
    "We want to vary oven temperature (3 levels), belt speed (2 levels) and fan setting (4 levels) in a full "
    "factorial, 2 replicates. how many runs?",
):
    item(q, "design", "runs", _x5_runs([3, 2, 4], replicates=2))
for q in (
    "Full factorial: excess O2, burner tilt and overfire air damper, each at three levels, and we want two complete "
    "replicates. Total number of test runs?",
    "Full factorial design: feed rate, spindle speed and depth of cut, each at 3 levels, two replicates. How many "
    "runs?",
):
    item(q, "design", "runs", _x5_runs([3] * 3, replicates=2))


# ---- task w4b: a capability index asked with specification limits beside a control chart's words ("From an R chart
# with subgroups of n=4, Rbar = 1.8 oz ... give Cp") is capability's, sigma = R-bar/d2 or, from an S chart, S-bar/c4;
# a subgroup counted by its things ("4 cartons per subgroup"); an index of R-bar with no specification declined
# (references: d2 by scipy quad, c4 by scipy's gamma function, both rounded as the printed tables are)
def _w4b_c4(n: int) -> float:
    """c4(n) = sqrt(2/(n-1)) Gamma(n/2)/Gamma((n-1)/2) by scipy.special.gammaln, rounded to 4 decimals."""
    return round(math.sqrt(2 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2)), 4)


item("Carton fill weight, spec 24 to 36 oz. From an R chart with subgroups of n=4, Rbar = 1.8 oz; estimate sigma as "
     "Rbar/d2 and give Cp.", "capability", "number", (36 - 24) / (6 * 1.8 / _w4_d2(4)), key="value")  # fmt: skip
item("An R chart of subgroups of size 4 shows R-bar = 1.8 oz. Specification limits are 24 and 36 oz. What is Cp using "
     "sigma-hat = R-bar/d2?", "capability", "number", (36 - 24) / (6 * 1.8 / _w4_d2(4)), key="value")  # fmt: skip
item("From an R chart with 4 cartons per subgroup, the average range is 1.8 oz. Spec limits 24 and 36 oz. Estimate Cp "
     "using sigma = Rbar/d2.", "capability", "number", (36 - 24) / (6 * 1.8 / _w4_d2(4)), key="value")  # fmt: skip
item("From an S chart with subgroups of n=4, S-bar = 0.8 oz; spec 24 to 36 oz; estimate sigma as Sbar/c4 and give Cp.",
     "capability", "number", (36 - 24) / (6 * 0.8 / _w4b_c4(4)), key="value")  # fmt: skip
item("From an R chart with subgroups of n=4, Rbar = 1.8 oz; estimate sigma as Rbar/d2 and give Cp.", "capability",
     "refuse", None)  # fmt: skip

# ---- branch w2b: a fraction's model ("1 − exp(−k·t)", "exp(−k·t)") reaches a target in percent as that fraction
# (the people asking as the subject, a Greek name "α(t)"), a model in percent keeps it; equations written out win over
# the blend reading ("How many tons is x_1?"); a percentage restated as the equation's growth factor (5% ~ 1.05) is
# used; a linear system in words is declined (references: sympy solve and linsolve)
_t = sp.Symbol("t", nonnegative=True)
_CURE = [str(r) for r in sp.solve(1 - sp.exp(-sp.Rational(21, 1000) * _t) - sp.Rational(98, 100), _t)]
item("Follow-up to the kinetics email. If we assume first-order behaviour, α(t) = 1 − exp(−0.021·t) with t in "
     "minutes, how long into the hold do we reach 98% degree of cure?", "algebra", "set", _CURE)  # fmt: skip
item("Assuming first-order kinetics, α(t) = 1 − exp(−0.021·t), t in minutes. When does α reach 98%?", "algebra", "set",
     _CURE)  # fmt: skip
item("Cure follows α(t) = 1 - exp(-0.021 t) (t in min). How many minutes until we hit 98% cure?", "algebra", "set",
     _CURE)  # fmt: skip
item("With conversion X(t) = 100(1 - exp(-0.021 t)) in percent and t in minutes, how long until we reach 98%?",
     "algebra", "set", _CURE)  # fmt: skip
item("Survival S(t) = exp(-0.05 t), t in years. After how many years do we get to 20%?", "algebra", "set",
     [str(r) for r in sp.solve(sp.exp(-_t / 20) - sp.Rational(1, 5), _t)])  # fmt: skip
_x1, _x2 = sp.symbols("x1 x2")
_COAL = [_x1 + _x2 - 100, sp.Rational(1, 2) * _x1 + 2 * _x2 - 110]
item("We blend 100 tons of coal from two sources: x_1 tons at 0.5% sulfur and x_2 tons at 2.0% sulfur. Constraints: "
     "x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110 (tons × %S). How many tons is x_1?", "algebra", "expr",
     _unknown(_COAL, [_x1, _x2], _x1))  # fmt: skip
item("Constraints: x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110. How many tons is x_1?", "algebra", "expr",
     _unknown(_COAL, [_x1, _x2], _x1))  # fmt: skip
item("We blend coal: x1 tons at 0.5% S and x2 tons at 2.0% S, with x1 + x2 = 100 and 0.5x1 + 2x2 = 110. Find x1.",
     "algebra", "expr", _unknown(_COAL, [_x1, _x2], _x1))  # fmt: skip
item("Blending two coals, x_1 + x_2 = 100 and 0.5x_1 + 2x_2 = 110. How much is x_2?", "algebra", "expr",
     _unknown(_COAL, [_x1, _x2], _x2))  # fmt: skip
item("order vol growing 5%/wk compounding. solve 1.05^n = 2 for n exactly (closed form, dont round to whole weeks)",
     "algebra", "set", roots(sp.Rational(21, 20) ** x - 2))  # fmt: skip
item("Sales grow 8% a month, compounded. Solve 1.08^t = 3 for t exactly.", "algebra", "set",
     roots(sp.Rational(27, 25) ** x - 3))  # fmt: skip
item("Signal decays 3 percent per cycle. solve 0.97^n = 0.5 for n (closed form)", "algebra", "set",
     roots(sp.Rational(97, 100) ** x - sp.Rational(1, 2)))  # fmt: skip
item("Two zones, A and B, did 230 picks combined in the last hour. Also 3 times zone A's count minus twice zone B's "
     "count comes out to 40. How many picks did zone A do?", "algebra", "refuse", None)  # fmt: skip
item("The sum of A and B is 230 and three times A minus two times B equals 40. Find A.", "algebra", "refuse", None)
item("A + B = 230 and 3A - 2B = 40. How many picks is A?", "algebra", "expr",
     _unknown([_a + _b - 230, 3 * _a - 2 * _b - 40], [_a, _b], _a))  # fmt: skip


# ---- task x2: energy of a power over a window by its length ("four hours long, starting at t = 0", "how many kWh"),
# the total of a rate over "the first 60 min", the value at an extremum ("what peak temperature", "the maximum output
# P"), Leibniz notation before the definition ("d^2V/dr^2 of V(r) = ..."), dF/dP in a capital variable with units, a
# function named by a Greek letter ("η(T) = 1 - 300/T. dη/dT")
_x2t, _x2r, _x2x, _x2T = sp.symbols("t r x T", real=True)
_x2_power = 3 * _x2t**2 - 2 * _x2t + 5
_x2_picks = 140 * (1 - sp.exp(-_x2t / 20))
_x2_trace = 20 + 160 * _x2t * sp.exp(-_x2t / 30)
_x2_turbine = -2 * _x2x**2 + 40 * _x2x + 100
for q in (
    "Metrology lab energy question for the facilities audit. The thermal chamber controller logs heater power as P(t) "
    "= 3t\u00b2 \u2212 2t + 5 kW (t in hours) during the soak before we start the CMM runs on the wing ribs. The soak is "
    "four hours long, starting at t = 0. How many kWh does the chamber use over the soak?",
    "heater power P(t) = 3t^2 - 2t + 5 kW, t in hours. How many kWh are used in the first 4 hours?",
    "A furnace draws P(t) = 3t\u00b2 \u2212 2t + 5 kW (t in h). Total energy over a 4-hour cycle starting at t = 0?",
    "power P(t) = 3t^2 - 2t + 5 kW with t in hours; energy used from t = 0 for 4 hours?",
):
    item(q, "calculus", "number", float(sp.integrate(_x2_power, (_x2t, 0, 4))))  # fmt: skip
for q in (
    "pick rate ramps up after shift start like r(t) = 140(1 \u2212 e^(\u2212t/20)) picks per min, t in mins. total picks "
    "in teh first 60 min? exact pls",
    "picking rate r(t) = 140(1 - e^(-t/20)) picks/min (t in minutes). How many picks in the first 60 minutes?",
):
    item(q, "calculus", "expr", expr(sp.integrate(_x2_picks, (_x2t, 0, 60))))  # fmt: skip
for q in (
    "Our curve fit of the trace is T(t) = 20 + 160\u00b7t\u00b7e^(\u2212t/30) \u00b0C with t in minutes (t \u2265 0). What "
    "peak part temperature does that model predict? Exact form is fine",
    "T(t) = 20 + 160 t e^(-t/30) degC, t >= 0 in minutes. what is the peak temperature?",
):
    _x2_at = [c for c in sp.solve(sp.diff(_x2_trace, _x2t), _x2t) if c >= 0][0]
    item(q, "calculus", "expr", expr(_x2_trace.subs(_x2t, _x2_at)))  # fmt: skip
for q in (
    "turbine output vs inlet guide vane setting x (deg): P(x) = \u22122x\u00b2 + 40x + 100 kW. what is the maximum "
    "output P, in kW?",
    "P(x) = -2x^2 + 40x + 100 kW. Find the max power.",
):
    item(q, "calculus", "number", float(_x2_turbine.subs(_x2x, sp.solve(sp.diff(_x2_turbine, _x2x), _x2x)[0])))
item("P(x) = -2x^2 + 40x + 100. what x gives the maximum P?", "calculus", "set", ["10"])
item("quick one: second derivative d\u00b2V/dr\u00b2 of V(r) = r\u00b3\u00b7ln(r)  (void growth model, r in \u00b5m, r>0)",
     "calculus", "expr", expr(sp.diff(_x2r**3 * sp.log(_x2r), _x2r, 2)))  # fmt: skip
item("find dV/dr for V(r) = 4/3 pi r^3", "calculus", "expr", expr(sp.diff(sp.Rational(4, 3) * sp.pi * _x2r**3, _x2r)))
item("unit 3 fuel cost curve F(P) = 0.002P\u00b2 + 8.5P + 300 $/h, P in MW. incremental cost dF/dP at P = 250 MW?",
     "calculus", "number", 2 * 0.002 * 250 + 8.5)  # fmt: skip
item("cost C(Q) = 500 + 3Q + 0.01Q^2 dollars. marginal cost dC/dQ at Q = 200 units?", "calculus", "number",
     3 + 2 * 0.01 * 200)  # fmt: skip
item("Carnot-type efficiency with a 300 K sink: \u03b7(T) = 1 \u2212 300/T. Give d\u03b7/dT as a function of T.",
     "calculus", "expr", expr(sp.diff(1 - 300 / _x2T, _x2T)))  # fmt: skip
item("density \u03c1(T) = 1000 \u2212 0.2T kg/m\u00b3. what is d\u03c1/dT?", "calculus", "number", -0.2)
# a window in a larger unit than t's converts exactly (y2): 2 hours of t in minutes is 0 to 120
item("r(t) = 140(1 - e^(-t/20)) picks per minute, t in min. total picks in the first 2 hours?", "calculus", "expr",
     expr(sp.integrate(140 * (1 - sp.exp(-x / 20)), (x, 0, 120))))  # fmt: skip


# ---- task y3: a continuity correction refused in words ("no Yates continuity correction", "uncorrected"), a binomial's
# n from the holder of the places counted ("a 96-well plate", "a 24-cavity mould", "a 12-pack of cans"), a bad share
# "coming in under f'c", Bayes' theorem in exact fractions when asked, comma-separated columns under a header, groups
# headed "250 ppm -> values" (references: scipy.stats, fractions)
_Y3_TABLE = [[7, 40 - 7], [15, 45 - 15]]
for q in (
    "mycoplasma positives: site A 7 of 40 flasks, site B 15 of 45 flasks. chi-square test of independence on the 2x2 "
    "table, no Yates continuity correction. p?",
    "Site A had 7 of 40 flasks test positive for mycoplasma and site B 15 of 45. Chi-square test of independence "
    "without continuity correction: p-value?",
    "mycoplasma: lab A 7 out of 40 flasks positive, lab B 15 out of 45 positive. uncorrected chi-square test on the "
    "2x2 table, what's p?",
):
    item(q, "hypothesis_test", "number", stats.chi2_contingency(_Y3_TABLE, correction=False).pvalue, key="p_value")
item("mycoplasma positives: site A 7 of 40 flasks, site B 15 of 45 flasks. chi-square test of independence with Yates "
     "continuity correction. p?", "hypothesis_test", "number", stats.chi2_contingency(_Y3_TABLE, correction=True).pvalue,
     key="p_value")  # fmt: skip
item("Each well of a 96-well plate independently has a 2% chance of contamination. What's the probability that at most "
     "two wells on a plate are contaminated? (exact binomial)", "probability", "number", stats.binom.cdf(2, 96, 0.02))  # fmt: skip
item("Each cavity of a 24-cavity mould independently has a 3% chance of a short shot. What is the probability that 2 "
     "or more cavities are short on one shot?", "probability", "number", stats.binom.sf(1, 24, 0.03))  # fmt: skip
item("Each can in a 12-pack of cans independently has a 5% chance of being dented. Probability that at most 1 can in "
     "the pack is dented?", "probability", "number", stats.binom.cdf(1, 12, 0.05))  # fmt: skip
item("Each well of a 96-well plate independently has a 2% chance of contamination. What's the probability that at most "
     "two wells are contaminated across 10 plates?", "probability", "refuse", None)  # fmt: skip
for q in (
    "Historically 8% of our 28-day cylinders come in under f'c. If we break 15 cylinders (assume independent), what's "
    "the probability that at most one of them fails?",
    "About 8% of our 28-day cylinders fall below spec. If we test 15 cylinders (independent), what is the probability "
    "that at most one fails?",
):
    item(q, "probability", "number", stats.binom.cdf(1, 15, 0.08))
_Y3_GRADE = (
    Fraction(15, 100) * Fraction(9, 10) / (Fraction(15, 100) * Fraction(9, 10) + Fraction(85, 100) * Fraction(1, 10))
)
for asked in ("exact fraction", "Give it as a fraction."):
    item("15% of blast-hole samples in this bench are truly high grade. The pXRF screen flags 90% of true high-grade "
         "samples and also flags 10% of the ones that aren't. A sample gets flagged \u2014 probability it's really high "
         f"grade? {asked}", "probability", "expr", expr(sp.Rational(_Y3_GRADE.numerator, _Y3_GRADE.denominator)))  # fmt: skip
_Y3_GAUGE = [2385, 2402, 2371, 2410, 2395, 2380]
_Y3_CORE = [2378, 2390, 2369, 2398, 2391, 2372]
_Y3_ROWS = [f"{i + 1},{g},{c}" for i, (g, c) in enumerate(zip(_Y3_GAUGE, _Y3_CORE, strict=True))]
for q in (
    "Asphalt density, nuclear gauge vs core at the same six locations (kg/m\u00b3):\nloc,gauge,core\n"
    + "\n".join(_Y3_ROWS)
    + "\nDo the gauge readings differ from the cores on average? paired t-test, two-sided, what's the p-value",
    "Gauge vs core density at six spots:\nloc, gauge, core\n"
    + "\n".join(r.replace(",", ", ") for r in _Y3_ROWS)
    + "\npaired t-test p-value, two-sided",
):
    item(q, "hypothesis_test", "number", stats.ttest_rel(_Y3_GAUGE, _Y3_CORE).pvalue, key="p_value")
_Y3_NACN = {250: [84.1, 85.3, 83.8, 84.9], 500: [86.0, 86.8, 85.5, 87.1], 750: [87.9, 88.4, 87.2, 88.8],
            1000: [88.1, 88.9, 87.6, 89.0]}  # fmt: skip
for arrow in ("->", "=>"):
    item("bottle rolls at four NaCN strengths, 4 bottles each, extraction %:\n"
         + "\n".join(f"{k} ppm {arrow} {', '.join(str(v) for v in vs)}" for k, vs in _Y3_NACN.items())
         + "\ndoes cyanide strength matter? one-way anova p value", "anova", "number",
         stats.f_oneway(*_Y3_NACN.values()).pvalue, key="p_value")  # fmt: skip

# ---- task y4: a standard curve fitted by least squares (a line), CSV rows under "w/c ratio vs 28-day strength" with
# the model in the ratio's name, a grand mean with its noun, a p chart of "200 wells/day" and "430 failed wells total",
# a c chart of "average 4.6 specks per inspection unit", an I chart with the stated d2 = 1.128, effects of sign
# tuples "(+,-) 14.3 ... the sign pairs are (A,B)", troy ounces per short ton in g/t
_y4_logc, _y4_ct = [2, 3, 4, 5, 6, 7], [33.1, 29.8, 26.4, 23.1, 19.7, 16.4]
for q in (
    "qPCR standard curve \u2014 log10(copies) 2,3,4,5,6,7 gave Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. Fit Ct vs log10 "
    "copies by ordinary least squares; what's the R\u00b2?",
    "qPCR standard curve: log10 copies 2, 3, 4, 5, 6, 7; Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. Least-squares fit of "
    "Ct against log10 copies \u2014 R squared?",
    "standard curve for our qPCR assay, log copies 2 3 4 5 6 7 and Ct 33.1 29.8 26.4 23.1 19.7 16.4. regress Ct on log "
    "copies and give R^2",
):
    item(q, "regression", "number", stats.linregress(_y4_logc, _y4_ct).rvalue ** 2, key="r_squared")
item("ELISA standard curve: conc 0, 10, 50, 100, 200; OD 0.05, 0.21, 0.82, 1.35, 1.90. R\u00b2 of the curve?",
     "regression", "refuse", None)  # fmt: skip
_y4_wc, _y4_mpa = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65], [48.2, 44.1, 40.3, 36.0, 33.1, 29.4]
_y4_rows = "\n".join(f"{a:.2f},{b}" for a, b in zip(_y4_wc, _y4_mpa, strict=True))
for q in (
    f"w/c ratio vs 28-day strength (MPa):\n{_y4_rows}\nleast-squares line strength = a + b\u00b7(w/c): what's the slope b?",
    f"w/c ratio vs 28-day strength (MPa):\n{_y4_rows}\nleast-squares line: what is the slope?",
    f"w/c ratio vs 28-day strength (MPa):\n{_y4_rows}\nfit strength = a + b w/c: b?",
):
    item(q, "regression", "number", stats.linregress(_y4_wc, _y4_mpa).slope, key="slope")
_y4_d2_5 = integrate.quad(lambda v: 1 - stats.norm.sf(v) ** 5 - stats.norm.cdf(v) ** 5, -np.inf, np.inf)[0]
for q in (
    "X-bar/R chart for plate positive controls, subgroups of n = 5 wells per plate. Over 25 plates: grand mean "
    "absorbance 1.245, average range R\u0304 = 0.084. UCL of the X-bar chart?",
    "X-bar and R chart, subgroups of 5 wells per plate, 25 plates: overall average absorbance 1.245 and mean range "
    "0.084. What is the upper control limit for X-bar?",
    "over the last 25 plates (n = 5 wells each) the grand mean OD is 1.245, R-bar 0.084. X-bar chart UCL?",
):
    item(q, "control_chart", "number", 1.245 + round(3 / (_y4_d2_5 * math.sqrt(5)), 3) * 0.084, key="ucl")
_y4_p = 430 / (25 * 200)
for q in (
    "transfection QC: 25 days x 200 wells/day scored, 430 failed wells total. p chart with 3-sigma limits, constant "
    "n = 200 \u2014 what's the UCL?",
    "p chart for transfection failures: 200 wells scored each day for 25 days, 430 failures total. 3-sigma UCL?",
):
    item(q, "control_chart", "number", _y4_p + 3 * math.sqrt(_y4_p * (1 - _y4_p) / 200), key="ucl")
for q in (
    "gels / black specks counted on a fixed 10 m inspection length of film from each of 20 rolls, average 4.6 specks "
    "per inspection unit. 3-sigma UCL for the c chart?",
    "c chart for black specks: each of 20 film rolls inspected over a 10 m inspection length, an average of 4.6 specks "
    "per inspection unit. what is the 3-sigma upper limit?",
):
    item(q, "control_chart", "number", 4.6 + 3 * math.sqrt(4.6), key="ucl")
_y4_grade = [2.41, 2.58, 2.35, 2.62, 2.49, 2.71, 2.44, 2.53, 2.38, 2.60]
_y4_lcl = float(np.mean(_y4_grade) - 3 * np.mean(np.abs(np.diff(_y4_grade))) / 1.128)
for q in (
    "daily mill head grade g/t: 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60\nindividuals chart, sigma from "
    "average moving range of 2 (d2 = 1.128). lower control limit?",
    "individuals chart for 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60, sigma = MR-bar/d2 where d2 = 1.128. "
    "What's the LCL?",
):
    item(q, "control_chart", "number", _y4_lcl, key="lcl")
_y4_seal = {(-1, -1): 12.1, (1, -1): 14.3, (-1, 1): 11.5, (1, 1): 15.1}  # (A, B)
_y4_a = np.mean([y for k, y in _y4_seal.items() if k[0] > 0]) - np.mean([y for k, y in _y4_seal.items() if k[0] < 0])
_y4_ab = np.mean([y for k, y in _y4_seal.items() if k[0] * k[1] > 0]) - np.mean(
    [y for k, y in _y4_seal.items() if k[0] * k[1] < 0]
)
item("2\u00b2 on the heat sealer, A = dwell time, B = jaw temp, coded levels. average seal strength (N/15mm): "
     "(\u2212,\u2212) 12.1, (+,\u2212) 14.3, (\u2212,+) 11.5, (+,+) 15.1 where the sign pairs are (A,B). main effect "
     "of A?", "design", "number", float(_y4_a), key="value")  # fmt: skip
item("2^2 design, sign pairs given as (B, A): (\u2212,\u2212) 12.1, (\u2212,+) 14.3, (+,\u2212) 11.5, (+,+) 15.1. main "
     "effect of A?", "design", "number", float(_y4_a), key="value")  # fmt: skip
item("2^2 factorial on seal strength, A = dwell, B = temperature: (-,-) 12.1, (+,-) 14.3, (-,+) 11.5, (+,+) 15.1. "
     "what is the AB interaction effect?", "design", "number", float(_y4_ab), key="value")  # fmt: skip
_y4_gt = 1.2 * constants.troy_ounce / constants.short_ton * constants.metric_ton / constants.gram
for q in (
    "old assay report says 1.2 oz/st (troy ounces per short ton). convert to g/t (grams per metric tonne)",
    "convert 1.2 troy oz per short ton to grams per tonne",
    "how many g/t is 1.2 troy ounces per short ton",
):
    item(q, "unit_conversion", "number", _y4_gt, key="value")
item("assay: 1.2 oz/ton. convert to g/t", "unit_conversion", "refuse", None)
item("1.2 oz/st to g/t", "unit_conversion", "refuse", None)

# ---- task y2: algebra word problems: a quantity named in words set to a value ("rise above ambient = 800(1 −
# e^(−t/40)) ... solve for t when the rise hits 500"), growth by a doubling time or decay by a half-life to a target
# (t = T log2(target/start)), the share of one component of a blend ("what proportion of A gives 45% passing"), a
# formula defined in words ("shrinkage is defined as (mould dimension − part dimension) / mould dimension"); wrong-way
# targets, two unknowns and mixed units declined (references: sympy solve)
_y2t = sp.Symbol("t", nonnegative=True)
_y2p, _y2m = sp.symbols("p m", real=True)


def _y2_solve(equation, var=_y2t) -> list[str]:
    """The roots of ``equation`` = 0, as strings."""
    return [str(r) for r in sp.solve(equation, var)]


for q, amplitude, tau, value in (
    ("nozzle tip warm-up: rise above ambient = 800(1 − e^(−t/40)) °C. solve for t (s) when the rise hits "
     "500 °C, exact", 800, 40, 500),
    ("Heater element: temperature rise over ambient = 150(1 - e^(-t/12)) K. Solve for t when the rise reaches 100 K.",
     150, 12, 100),
    ("deflection under load = 0.4(1 − e^(−t/30)) mm; solve for t (min) when the deflection reaches 0.3 mm, "
     "exact", sp.Rational(2, 5), 30, sp.Rational(3, 10)),
):  # fmt: skip
    item(q, "algebra", "set", _y2_solve(amplitude * (1 - sp.exp(-_y2t / tau)) - value))
for q, start, period, target, halving in (
    ("E. coli culture at OD600 = 0.05, doubling time 25 min, assume clean exponential growth. How many minutes until "
     "it hits OD600 0.8?", sp.Rational(1, 20), 25, sp.Rational(4, 5), False),
    ("A yeast culture doubles every 90 minutes. Starting from 2e6 cells/mL, how long until it reaches 3.2e7 cells/mL?",
     2 * 10**6, 90, 32 * 10**6, False),
    ("Bacteria doubling time 30 min. Starting at 1000 cells, how many hours to reach 64000 cells?", 1000,
     sp.Rational(1, 2), 64000, False),
    ("Cs-137 has a half-life of 30 years. How many years until 80 mCi decays to 10 mCi?", 80, 30, 10, True),
    ("Drug half-life 6 h; plasma level 40 mg/L now. How many hours until it falls to 5 mg/L?", 40, 6, 5, True),
):  # fmt: skip
    base = sp.Rational(1, 2) if halving else 2
    item(q, "algebra", "set", _y2_solve(start * base ** (_y2t / period) - target))
item("doubling time 25 min, OD 0.8 now. how many minutes until it hits 0.05?", "algebra", "refuse", None)
for q, a, b, target, whole in (
    ("Gradation blend — coarse agg A has 80% passing the 4.75 mm sieve, agg B only 20%. What proportion of A (as "
     "a fraction of total blend mass, 0 to 1) gives 45% passing 4.75 mm?", 80, 20, 45, 1),
    ("Two sands: sand A is 60% passing the 600 um sieve, sand B 10%. What fraction of A in the blend gives 30% "
     "passing?", 60, 10, 30, 1),
    ("Lot A assays at 97.2%, lot B at 101.8%. What mass fraction of lot A gives a blend at 100.0%?",
     sp.Rational("97.2"), sp.Rational("101.8"), 100, 1),
    ("Ore pile 1 grades 1.2% Cu and pile 2 grades 0.4% Cu. What percentage of pile 1 in the blend hits 0.9% Cu?",
     sp.Rational("1.2"), sp.Rational("0.4"), sp.Rational("0.9"), 100),
):  # fmt: skip
    item(q, "algebra", "set", _y2_solve(a * _y2p + b * (whole - _y2p) - target * whole, _y2p))
item("Lot A assays at 97.2%, lot B at 101.8%. What proportion of lot A gives a blend at 105%?", "algebra", "refuse",
     None)  # fmt: skip
for q, part, shrink in (
    ("Need the cavity length for a PP clip. Nominal part length is 120.0 mm and the mould shrinkage is 1.8 %, where "
     "shrinkage is defined as (mould dimension − part dimension) / mould dimension. What cavity dimension (mm) do we "
     "cut? Exact fraction is fine.", 120, sp.Rational(18, 1000)),
    ("Cavity size for a PA66 bushing: part diameter 40.0 mm, mould shrinkage 1.5 %, with shrinkage defined as (mould "
     "dimension - part dimension) / mould dimension. What mould dimension do we need?", 40, sp.Rational(15, 1000)),
):  # fmt: skip
    item(q, "algebra", "set", _y2_solve((_y2m - part) / _y2m - shrink, _y2m))
item("Efficiency is defined as output power / input power. The output power is 850 W and the efficiency is 85 %. What "
     "is the input power?", "algebra", "set", _y2_solve(850 / _y2m - sp.Rational(85, 100), _y2m))  # fmt: skip
item("First-pass yield is defined as good parts / total parts. Yield is 0.96 and good parts are 480. How many total "
     "parts?", "algebra", "set", _y2_solve(480 / _y2m - sp.Rational(96, 100), _y2m))  # fmt: skip
item(
    "Nominal part length is 120.0 mm and the mould shrinkage is 1.8 %, where shrinkage is defined as (mould "
    "dimension − part dimension) / mould dimension. What part dimension do we get?",
    "algebra",
    "refuse",
    None,
)
item("Efficiency is defined as output power / input power. The output power is 850 W and the input power is 1000 kW. "
     "What is the efficiency?", "algebra", "refuse", None)  # fmt: skip

# ---- task y1: a logarithm to a written base ("log10(x)", "log_10", "log_{10}", "log₁₀", "lg", "log base 10
# of") read as that base, never log(10) times x, its roots kept in the logarithm's domain; multi-letter parameters
# (Vmax, Km, Ea) as symbols when the question asks symbolically; the limit of a defined function asked in words ("what
# does fc approach as t -> inf", "the long-term value of fc"); an extreme of a function defined through another
_y1x = sp.Symbol("x", real=True)
_y1_log_roots = [r for r in sp.solve(_y1x * (_y1x - 3) - 10, _y1x) if r > 3]  # log10(x(x - 3)) = 1, x > 3
for q in (
    "solve for x (real, domain respected): log10(x) + log10(x − 3) = 1",
    "solve log_10(x) + log_10(x-3) = 1 for real x",
    "find x: log base 10 of x plus log base 10 of (x - 3) equals 1",
    "solve lg x + lg(x − 3) = 1",
    "solve log₁₀ x + log₁₀(x − 3) = 1",
):
    item(q, "algebra", "set", [str(r) for r in _y1_log_roots])
item("solve for real x: log_2(x) + log_2(x+2) = 3", "algebra", "set",
     [str(r) for r in sp.solve(_y1x * (_y1x + 2) - 8, _y1x) if r > 0])  # fmt: skip
item("if g(x) = log2(x), what is g(8)?", "algebra", "number", math.log2(8))
item("derivative of log10(x)", "calculus", "expr", expr(sp.diff(sp.log(_y1x) / sp.log(10), _y1x)))
item("integrate log10(x) from 1 to 100", "calculus", "number",
     integrate.quad(lambda v: math.log10(v), 1, 100)[0])  # fmt: skip
_y1S, _y1V, _y1K = sp.symbols("S Vmax Km", real=True)
for q in (
    "enzyme kinetics hw: v = Vmax*S/(Km + S). what's dv/dS? (symbolic, in terms of Vmax, Km, S)",
    "Michaelis-Menten: v = Vmax S/(Km + S). Find dv/dS in terms of Vmax, Km and S.",
    "differentiate v = Vmax*S/(Km + S) with respect to S, symbolically",
):
    item(q, "calculus", "expr", expr(_y1V * _y1K / (_y1K + _y1S) ** 2))
for q in (
    "our strength-gain model for the 40 MPa mix is fc(t) = 40t/(4 + 0.85t) MPa, t in days. what does fc approach as "
    "t → ∞ ? exact value",
    "strength model fc(t) = 40t/(4 + 0.85t) MPa (t in days). What does fc(t) tend to as t grows without bound?",
    "fc(t) = 40t/(4 + 0.85t) MPa, t in days. What is the long-term value of fc? exact",
):
    item(q, "calculus", "expr", expr(sp.Rational(40) / sp.Rational(85, 100)))  # 40t/(4 + 0.85t) -> 40/0.85
_y1_net = 95 * (1 - sp.exp(-sp.Rational(1, 5) * t)) - 2 * t
for q in (
    "Flotation bench work: recovery vs residence time is R(t) = 95(1 − e^(−0.2t)) %, and each minute of "
    "residence costs us the equivalent of 2 recovery points, so net N(t) = R(t) − 2t. Which residence time t (min) "
    "maximises N? Give it exactly.",
    "recovery R(t) = 95(1 - exp(-0.2t)), net N(t) = R(t) - 2t. what t maximizes N?",
    "R(t) = 95(1 - exp(-0.2t)) and N(t) = R(t) - 2t: find the t that maximises N, exactly",
):
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(_y1_net, t), t)])

_z2_outside = stats.norm.cdf(9900, 10000, 35) + stats.norm.sf(10100, 10000, 35)  # 10 kΩ ±1%: 9900 to 10100 Ω
for q in (
    "10 kΩ ±1% resistors, reel measures normal with μ = 10 000 Ω, σ = 35 Ω. what fraction falls outside tolerance "
    "(either side)?",
    "10 kΩ resistors with ±1% tolerance; resistance is normal with mean 10 000 ohm and sd 35 ohm. What fraction is "
    "out of tolerance?",
    "A 10 kΩ ±1% resistor lot: values normally distributed, mean 10 000 Ω, standard deviation 35 Ω. Fraction outside "
    "tolerance?",
):
    item(q, "probability", "number", _z2_outside)
for q in (
    "board has 500 solder joints, joint defect rate 200 ppm, joints independent. P(board has ≥1 defective joint)?",
    "Each board carries 500 solder joints; the defect rate per joint is 200 ppm and joints fail independently. What "
    "is the probability a board has at least one defective joint?",
    "A board has 500 joints and the process runs at 200 dpmo, joints independent. Probability of at least 1 "
    "defective joint on a board?",
):
    item(q, "probability", "number", stats.binom.sf(0, 500, 200e-6))

# ---- z4: a test vs "the 60 min target", a model in the lists' names, aligned columns, sign tables with replicates,
# listed factors' levels, an amount over a time as a rate -----------------------------------------------------------
_z4_dtn = [52, 67, 58, 71, 58, 63, 65, 59, 74, 60, 67, 66]
for q in (
    "door-to-needle times (min) for our last 12 stroke alerts: 52 67 58 71 58 63 65 59 74 60 67 66. one-sample t-test "
    "vs the 60 min target, two-sided — p-value?",
    "Door-to-needle times (min): 52 67 58 71 58 63 65 59 74 60 67 66. One-sample t test against the 60-minute target "
    "(two-sided). p?",
    "door-to-needle times 52 67 58 71 58 63 65 59 74 60 67 66 min, one-sample t-test versus the 60 min goal, "
    "two-sided p-value?",
):
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_z4_dtn, 60).pvalue, key="p_value")
_z4_vol, _z4_tat = [4.2, 5.1, 5.8, 6.4, 7.0, 7.9, 8.5], [38, 41, 44, 45, 49, 52, 55]
for q in (
    "Daily chemistry specimen volume (hundreds of tubes) vs median TAT (min):\nvolume: 4.2 5.1 5.8 6.4 7.0 7.9 8.5\n"
    "TAT:    38 41  44  45  49  52  55\nleast-squares line TAT = a + b·volume — what is b?",
    "volume: 4.2 5.1 5.8 6.4 7.0 7.9 8.5\nTAT: 38 41 44 45 49 52 55\nFit TAT = a + b*volume by least squares - report b",
    "volume 4.2 5.1 5.8 6.4 7.0 7.9 8.5; TAT 38 41 44 45 49 52 55. least squares TAT = a + b×volume — what's b?",
):
    item(q, "regression", "number", float(np.polyfit(_z4_vol, _z4_tat, 1)[0]), key="slope")
_z4_temp, _z4_hrc = [400, 450, 500, 550, 600, 650], [55.1, 52.8, 50.2, 47.9, 45.1, 42.6]
_z4_rows = "".join(f"   {a}    {b}\n" for a, b in zip(_z4_temp, _z4_hrc, strict=True))
for q in (
    f"Tempering trials on 4140, hardness vs tempering temperature:\n\n  temp_C   HRC\n{_z4_rows}\nFit a least-squares "
    "straight line HRC = b0 + b1*temp. What is the slope b1 (HRC per °C)?",
    f"  temp_C   HRC\n{_z4_rows}slope of HRC on temp (least squares)?",
    f"Hardness after tempering:\ntemp HRC\n{_z4_rows}Regress HRC on temp: slope?",
):
    item(q, "regression", "number", float(stats.linregress(_z4_temp, _z4_hrc).slope), key="slope")
_z4_cells = {(-1, -1): [28, 31], (1, -1): [36, 34], (-1, 1): [18, 20], (1, 1): [31, 29]}


def _z4_effect(sign) -> float:
    """A two-level effect from every replicate: the mean where ``sign(a, b)`` is +1 less the mean where it is -1."""
    plus = [y for (a, b), ys in _z4_cells.items() for y in ys if sign(a, b) > 0]
    minus = [y for (a, b), ys in _z4_cells.items() for y in ys if sign(a, b) < 0]
    return float(np.mean(plus) - np.mean(minus))


_z4_table = "\n".join(f"   {'+' if a > 0 else '-'}    {'+' if b > 0 else '-'}     {ys[0]}     {ys[1]}"
                       for (a, b), ys in _z4_cells.items())  # fmt: skip
item(f"2^2 on the calender, two replicates per cell, response = sheet tensile (kN/m). A = nip load, B = speed.\n\n"
     f"   A    B   rep1   rep2\n{_z4_table}\n\nEstimate the AB interaction effect (effect = difference of averages, not "
     "the regression coefficient).", "design", "number", _z4_effect(lambda a, b: a * b), key="value")  # fmt: skip
item(f"2^2 factorial, duplicated runs:\nA B y1 y2\n{_z4_table}\nWhat is the main effect of A?", "design", "number",
     _z4_effect(lambda a, b: a), key="value")  # fmt: skip
item(f"2^2 with replicates\n A  B  r1  r2\n{_z4_table}\nB effect?", "design", "number", _z4_effect(lambda a, b: b),
     key="value")  # fmt: skip
item("We want a full factorial on stencil thickness, aperture reduction and squeegee speed (3 levels each) plus "
     "nitrogen on/off and paste brand (2 levels each), replicated twice. Total runs?", "design", "runs",
     _x5_runs([3, 3, 3, 2, 2], replicates=2))  # fmt: skip
item("Full factorial: temperature, pressure and time at 3 levels each, plus catalyst and solvent at 2 levels each, "
     "2 replicates. How many runs?", "design", "runs", _x5_runs([3, 3, 3, 2, 2], replicates=2))  # fmt: skip
item("General factorial with oven temperature and belt speed, each at 4 levels, and fixture type and operator, each "
     "at 2 levels. How many runs, no replication?", "design", "runs", _x5_runs([4, 4, 2, 2]))  # fmt: skip
item("We're screening five spray-dryer factors with a half-fraction two-level design (2^(5−1)), and the whole "
     "fraction is replicated twice. How many runs in total?", "design", "runs", 2 ** (5 - 1) * 2)  # fmt: skip
item("Six paint-line factors in a 2^(6-2) fraction, replicated twice: total runs?", "design", "runs", 2 ** (6 - 2) * 2)
_z4_ml_min = 0.75 * 1000 / (6 * 60)  # litres to mL, hours to minutes
for q in (
    "infusion of 0.75 L running over six hours — what's that in mL per minute?",
    "A 0.75 L bag infused over 6 h, what's the rate in mL/min?",
):
    item(q, "unit_conversion", "number", _z4_ml_min, key="value")
item("500 mg given over 30 minutes: what is that in mg/h?", "unit_conversion", "number", 500 / 30 * 60, key="value")
item("The pump moved 90 gallons over 3 hours. What is that in L/min?", "unit_conversion", "number",
     90 * constants.gallon * 1000 / (3 * 60), key="value")  # fmt: skip

# z1: a root asked "(positive)", "physically meaningful", "physical", "non-negative", "N > 0" (sympy's real roots of the
# quadratic, those > 0 kept); a linear system written as equations in letters is algebra (sympy linsolve)
_z1N = sp.symbols("N", real=True)
_z1_crack = [str(r) for r in sp.solve(sp.Rational(2, 1000) * _z1N**2 + sp.Rational(1, 10) * _z1N - 30, _z1N) if r > 0]
for q in (
    "Crack length model for a BGA corner joint: a(N) = 0.002N² + 0.1N (µm, N = thermal cycles). Solve a(N) = 30 µm "
    "for the physically meaningful (positive) N.",
    "Crack length a(N) = 0.002N^2 + 0.1N in µm. Solve a(N) = 30 for the physically meaningful N.",
    "Crack growth a(N) = 0.002N^2 + 0.1N. Find the physical root of a(N) = 30.",
    "a(N) = 0.002N^2 + 0.1N; solve a(N) = 30 for non-negative N.",
    "a(N) = 0.002N^2 + 0.1N; solve a(N) = 30 with N > 0.",
    "Solve 0.002N^2 + 0.1N = 30 for positive N.",
):
    item(q, "algebra", "set", _z1_crack)
_z1a, _z1b = sp.symbols("a b")
for q in ("3a + 2b = 16 and a − b = 2. What is a?", "Given 3a + 2b = 16 and a - b = 2, find a."):
    item(q, "algebra", "expr", _unknown([3 * _z1a + 2 * _z1b - 16, _z1a - _z1b - 2], [_z1a, _z1b], _z1a))


# ---- task z3: a bracketed unit after the ask is a remark ("AUC from 0 to infinity (mg*h/L)"), never the integrand;
# "ΔT(t)" named by a Greek capital and its one stated interval ("t∈[0,30]"); a derivative of a definition written in
# the ask ("d/dt of N(t) = ... evaluated at t=0"); an average "over the full width"; clock times as values of t from
# the origin the question states ("t in hours from 7am ... between 7 and 9am"), refused without one
_z3t = sp.Symbol("t", real=True)
for q, amplitude, rate in (
    ("Plasma conc after an IV bolus is modeled as C(t) = 10·e^(−0.2t) mg/L with t in hours. What is the total area "
     "under the curve from t = 0 to infinity (mg·h/L)?", 10, 0.2),
    ("PK question from pharmacy: plasma conc after IV bolus is C(t) = 20·e^(−0.15t) mg/L, t in hours. What's the AUC "
     "from 0 to infinity (mg·h/L)? exact value please", 20, 0.15),
    ("C(t) = 8 e^(-0.5t) mg/L (t in h). area under the curve from 0 to infinity (mg*h/L)?", 8, 0.5),
):  # fmt: skip
    item(q, "calculus", "number", integrate.quad(lambda v, a=amplitude, k=rate: a * math.exp(-k * v), 0, math.inf)[0])
for q in (
    "thermal cycle excursion above ambient ΔT(t)=40·sin(πt/30) K over one half-cycle t∈[0,30] min. what's the area "
    "under ΔT (K·min), exact?",
    "excursion above ambient ΔT(t) = 40 sin(πt/30) K for 0 ≤ t ≤ 30 min. What is the area under ΔT? exact",
    "δx(t) = 40 sin(pi t/30) mm over t in [0, 30] s. find the area under the curve of δx",
):
    item(q, "calculus", "number", integrate.quad(lambda v: 40 * math.sin(math.pi * v / 30), 0, 30)[0])
for q in (
    "d/dt of N(t) = 50/(1+e^(-0.2t)) evaluated at t=0  (N = staff who have done the new sepsis module, t in days)",
    "derivative of N(t) = 50/(1+e^(-0.2t)) at t = 0",
    "what is dN/dt at t = 0 if N(t) = 50/(1 + e^(-0.2t))?",
):
    item(q, "calculus", "number", float(sp.diff(50 / (1 + sp.exp(-_z3t / 5)), _z3t).subs(_z3t, 0)))
for q in (
    "cross-machine basis weight profile on PM3 is roughly w(x) = 80 + 3 sin(πx/5) g/m², x = position across the 5 m "
    "deckle from 0 to 5. what's the average basis weight over the full width? exact answer",
    "w(x) = 80 + 3 sin(pi x/5) g/m^2 across the sheet, x from 0 to 5 m. what is the mean value of w over the whole "
    "width?",
    "w(x) = 80 + 3 sin(pi x/5) g/m^2 for x from 0 to 5 m. average basis weight across the whole width? exact value "
    "please",
):
    item(q, "calculus", "number", integrate.quad(lambda v: 80 + 3 * math.sin(math.pi * v / 5), 0, 5)[0] / 5)
for q, lo, hi in (
    ("ED triage arrivals during the morning surge come in at a rate λ(t) = 3t² + 2t patients per hour, t measured in "
     "hours from 7am. How many arrivals do we expect between 7 and 9am?", 0, 2),
    ("arrivals come in at a rate r(t) = 3t^2 + 2t patients per hour, with t in hours after 7 am. how many patients "
     "arrive from 7 am to 9 am?", 0, 2),
    ("calls arrive at a rate r(t) = 3t^2 + 2t per hour (t in hours since 7:00). how many calls come in between 8:00 "
     "and 9:00?", 1, 2),
):  # fmt: skip
    item(q, "calculus", "number", integrate.quad(lambda v: 3 * v**2 + 2 * v, lo, hi)[0])
item("arrivals come in at a rate r(t) = 3t^2 + 2t patients per hour. how many patients arrive between 7 and 9am?",
     "calculus", "refuse", None)  # fmt: skip

# z2b: a FIT rate with a constant hazard over years of stated operating hours; a rate per a compound exposure unit
# over an exposure in it; a share named by its window counted within that window; each of n items with a probability
_z2b_survive = math.exp(-250e-9 * 5 * 8760)  # FIT: failures per 10^9 hours
for q in (
    "part rated 250 FIT (failures per 10⁹ device-hours), constant hazard. probability it survives 5 years of 24/7 "
    "operation, use 8760 h/yr",
    "A component has a failure rate of 250 FIT with a constant hazard rate. What is the probability it survives 5 "
    "years of continuous operation (8760 hours per year)?",
    "the part is rated at 250 FIT, exponential lifetimes. Assuming 8760 operating hours a year, P(survives 5 years)?",
):
    item(q, "probability", "number", _z2b_survive)
for q in (
    "ICU CLABSI baseline is 1.2 per 1000 central-line days. If the unit logs 2500 line-days this quarter and "
    "infections follow a Poisson process at that baseline rate, what's P(zero CLABSIs)?",
    "The CLABSI rate is 1.2 infections per 1,000 catheter-days. Next quarter we expect 2500 catheter days; assuming "
    "Poisson, what is the probability of no infections?",
):
    item(q, "probability", "number", stats.poisson.pmf(0, 1.2 / 1000 * 2500))
item("Falls occur at 3.1 per 1000 patient-days (Poisson). The ward logs 800 patient-days this month. P(at least 4 "
     "falls)?", "probability", "number", stats.poisson.sf(3, 3.1 / 1000 * 800))  # fmt: skip
for q in (
    "Our heart-failure 30-day readmission rate is 8%. Next month 20 HF patients get discharged. Assuming "
    "independence, what's the probability at least 3 of them come back within 30 days?",
    "The 30-day readmission rate for heart-failure patients is 8%. If 20 HF patients are discharged next month and "
    "readmissions are independent, what is the probability that at least 3 are readmitted within 30 days?",
    "Our 30-day readmission rate is 8%. 20 patients are discharged next month, independently. P(3 or more of them "
    "return within 30 days)?",
):
    item(q, "probability", "number", stats.binom.sf(2, 20, 0.08))
for q in (
    "ring frame: each of 12 bobbins independently has a 6% chance of an end break during the doff. P(exactly one "
    "break)?",
    "each of the 12 spindles independently has a 6% chance of an end break during the doff. what is the probability "
    "that exactly 1 breaks?",
    "12 bobbins each independently have a 6% probability of an end break in a doff. probability of exactly one end "
    "break?",
):
    item(q, "probability", "number", stats.binom.pmf(1, 12, 0.06))


# v2: a remark naming a rate's role ("(false calls)") is not the state asked; a rate per two exposures ("per 100 km per
# year"); a measurement named in percent ("butterfat %"); c-bar "per side" and a p chart's n "200 cases each"
_V2_P, _V2_SE, _V2_FP = Fraction(4, 100), Fraction(90, 100), Fraction(5, 100)
_V2_PPV = _V2_P * _V2_SE / (_V2_P * _V2_SE + (1 - _V2_P) * _V2_FP)
_V2_RATES = ("4% of joints actually have a defect. The tool flags 90% of defective joints but also flags 5% of clean "
             "joints (false calls). A joint got flagged")  # fmt: skip
for q, want in (
    ("ILI run question: 4% of joints actually have a reportable metal-loss defect. The tool flags 90% of defective "
     "joints, but also flags 5% of clean joints (false calls). A joint got flagged — probability it really has a "
     "defect? exact fraction", _V2_PPV),
    ("4% of joints really have a metal-loss defect; the ILI tool flags 90% of defective joints and also flags 5% of "
     "clean joints - false calls. A joint is flagged: what is the probability it truly has a defect? exact fraction",
     _V2_PPV),
    (f"{_V2_RATES} — probability it is a real defect, not a false call?", _V2_PPV),
    (f"{_V2_RATES} — probability it is a false call?", 1 - _V2_PPV),
):  # fmt: skip
    item(q, "probability", "number", float(want), tol=1e-9)
for q, km, years in (
    ("Historical leak frequency on this crude trunkline is 0.6 leaks per 100 km per year. Our segment is 250 km. "
     "Treating leaks as a Poisson process, what's the probability of two or more leaks on the segment in a given "
     "year?", 250, 1),
    ("Leaks occur at 0.6 per 100 km per year (Poisson). For a 250 km segment, probability of at least 2 leaks in a "
     "year?", 250, 1),
    ("A pipeline sees 0.6 leaks per 100 km per year. Assuming a Poisson process, what is the probability of 2 or more "
     "leaks over 250 km in 2 years?", 250, 2),
):  # fmt: skip
    item(q, "probability", "number", stats.poisson.sf(1, 0.6 * km / 100 * years), tol=1e-9)
item("A pipeline sees 0.6 leaks per 100 km per year. Assuming a Poisson process, what is the probability of 2 or more "
     "leaks in one year?", "probability", "refuse", None)  # fmt: skip
for q in (
    "butterfat % in herd bulk tank ~ Normal, mean 3.85, sd 0.12. probability a collection comes in below 3.60 % fat?",
    "Fat content (%) of bulk tank milk is normally distributed with mean 3.85 and sd 0.12. What's the probability a "
    "collection is below 3.60%?",
):
    item(q, "probability", "number", stats.norm.cdf(3.60, 3.85, 0.12), tol=1e-9)
for q in (
    "We count trim defects per carcass side; average is 4.5 defects per side. For a c-chart, what is the UCL?",
    "c chart: the mean is 4.5 trim defects per carcass side. Upper control limit?",
):
    item(q, "control_chart", "number", 4.5 + 3 * math.sqrt(4.5), key="ucl")
_V2_PBAR = 150 / (25 * 200)
for q in (
    "p chart for cosmetic rejects on the earbud case line: 25 daily samples, 200 cases each, 150 rejects total across "
    "all of them. 3-sigma UCL?",
    "p-chart: 25 lots, 200 cases each, 150 rejects in total. What is the UCL?",
):
    item(q, "control_chart", "number", _V2_PBAR + 3 * math.sqrt(_V2_PBAR * (1 - _V2_PBAR) / 200), key="ucl")


# ---- v3: a list named with a capital letter ("crew A 8.42 ..."), a table's index row ("tester 1 2 ... 8"), group
# names that start with digits ("3LPE:", "17-4PH"), factors listed between dashes, blends of "two crudes, 0.8 wt% S
# and 2.6 wt% S" and of "whole milk at 3.9% fat and skim at 0.1% fat", a spec at its test condition ("spec at 40 °C is
# 2.0–4.5 cSt"), and charge in mAh
_V3A = [8.42, 8.37, 8.51, 8.29, 8.46, 8.33, 8.40]
_V3B = [8.38, 8.35, 8.44, 8.30, 8.41, 8.29, 8.36]
_V3_TEXT = (" ".join(f"{v:.2f}" for v in _V3A), " ".join(f"{v:.2f}" for v in _V3B))
for q, sign in (
    ("two UT crews measured the same 7 grid points (mm):\ncrew A {}\ncrew B {}\npaired t-test on d = A − B, what is "
     "the t statistic?", 1),
    ("same 7 grid points measured by two gauges (mm):\nA {}\nB {}\npaired t test of A minus B: what is t?", 1),
    ("Two inspectors measured the same 7 points (mm).\nteam A: {}\nteam B: {}\nPaired t-test with d = B - A. t "
     "statistic?", -1),
):  # fmt: skip
    item(q.format(*_V3_TEXT), "hypothesis_test", "number", sign * stats.ttest_rel(_V3A, _V3B).statistic,
         key="statistic")  # fmt: skip
_V3_OLD, _V3_NEW = [14, 11, 17, 9, 13, 15, 12, 16], [11, 10, 13, 9, 10, 12, 11, 13]
for q in (
    "same 8 testers did the settings task on the old menu and then the redesigned one. clicks to finish:\ntester  1  2"
    "  3  4  5  6  7  8\nold    14 11 17  9 13 15 12 16\nnew    11 10 13  9 10 12 11 13\npaired t-test, two-sided — "
    "what's the p?",
    "Eight operators timed the same job with the old fixture and the new one (seconds):\noperator: 1 2 3 4 5 6 7 8\n"
    "old: 14 11 17 9 13 15 12 16\nnew: 11 10 13 9 10 12 11 13\nIs the difference significant? paired t test, p value",
    "paired data, 8 subjects, before and after:\nsubject 1 2 3 4 5 6 7 8\nbefore 14 11 17 9 13 15 12 16\nafter 11 "
    "10 13 9 10 12 11 13\npaired t-test p-value?",
):
    item(q, "hypothesis_test", "number", stats.ttest_rel(_V3_OLD, _V3_NEW).pvalue, key="p_value")
_V3_COATINGS = ([0.021, 0.025, 0.019, 0.023, 0.022], [0.018, 0.017, 0.020, 0.016, 0.019],
                [0.027, 0.031, 0.029, 0.026, 0.030], [0.020, 0.022, 0.024, 0.021, 0.019])  # fmt: skip
for q in (
    "Coating loss (mm/yr) for four pipeline coatings, one-way ANOVA, p-value?\nepoxy: 0.021, 0.025, 0.019, 0.023, "
    "0.022\nFBE: 0.018, 0.017, 0.020, 0.016, 0.019\ncoal tar enamel: 0.027, 0.031, 0.029, 0.026, 0.030\n3LPE: 0.020, "
    "0.022, 0.024, 0.021, 0.019",
    "corrosion rates by coating (mm/y)\nepoxy 0.021 0.025 0.019 0.023 0.022\nFBE 0.018 0.017 0.020 0.016 0.019\ncoal "
    "tar enamel 0.027 0.031 0.029 0.026 0.030\n3LPE 0.020 0.022 0.024 0.021 0.019\nis there a difference between "
    "coatings? ANOVA",
):
    item(q, "anova", "number", stats.f_oneway(*_V3_COATINGS).pvalue, key="p_value")
item("one-way ANOVA on tensile strength (MPa) of four alloys; F statistic?\n316L: 512, 530, 525, 518\nduplex: "
     "655, 640, 662, 650\nMonel: 505, 515, 498, 510\n17-4PH: 1010, 995, 1020, 1005", "anova", "number",
     stats.f_oneway([512, 530, 525, 518], [655, 640, 662, 650], [505, 515, 498, 510],
                    [1010, 995, 1020, 1005]).statistic, key="statistic")  # fmt: skip
for q, levels, reps in (
    ("We want to study three factors — inhibitor dose, flow velocity, and temperature — each at three levels, using a "
     "full factorial, and my supervisor says to run the whole thing in duplicate. How many corrosion loop runs is that "
     "in total?", (3, 3, 3), 2),
    ("Three factors - inhibitor dose, flow velocity and temperature - each at 3 levels, full factorial, run in "
     "duplicate. How many runs in total?", (3, 3, 3), 2),
    ("We vary four factors – feed, speed, depth of cut, and coolant – each at two levels in a full factorial. How many "
     "runs?", (2, 2, 2, 2), 1),
):  # fmt: skip
    item(q, "design", "runs", len(list(itertools.product(*(range(n) for n in levels)))) * reps)
for q, total, target, a, b in (
    ("blending two crudes, 0.8 wt% S and 2.6 wt% S, to make 1000 bbl at 1.4 wt% S. assume sulfur blends linearly by "
     "volume. how many bbl of the 2.6% crude?", 1000, "1.4", "2.6", "0.8"),
    ("Blend 2 crudes, 0.8% S and 2.6% S, into 1000 bbl at 1.4% S (sulfur blends linearly by volume). How many bbl of "
     "the 0.8% crude?", 1000, "1.4", "0.8", "2.6"),
    ("I need 1000 litres of semi-skimmed at 1.8% fat, blended from whole milk at 3.9% fat and skim at 0.1% fat. How "
     "many litres of whole milk go in? Exact fraction is fine.", 1000, "1.8", "3.9", "0.1"),
    ("mix skim at 0.1% fat and whole milk at 3.9% fat to make 1000 L at 1.8% fat. how many L of skim?", 1000, "1.8",
     "0.1", "3.9"),
):  # fmt: skip
    item(q, "algebra", "set", _blend(total, sp.Rational(target), sp.Rational(a), sp.Rational(b)))
for q in (
    "diesel viscosity spec at 40 °C is 2.0–4.5 cSt. our process runs at mean 3.1 cSt, σ = 0.25 cSt (in control). Cpk?",
    "Spec for kinematic viscosity at 40 °C is 2.0 to 4.5 cSt. Process mean 3.1 cSt, sigma 0.25 cSt. What is the Cpk?",
    "viscosity spec @ 40°C: 2.0-4.5 cSt; mean 3.1, sd 0.25. Cpk?",
):
    item(q, "capability", "number", min(4.5 - 3.1, 3.1 - 2.0) / (3 * 0.25), tol=1e-9)
for q, mah in (
    ("how many coulombs of charge is 5000 mAh", 5000),
    ("a phone battery holds 5000 mAh. how many coulombs is that?", 5000),
    ("3000 mAh in coulombs?", 3000),
):
    item(q, "unit_conversion", "number", mah * constants.milli * constants.hour, key="value")


# ---- task v1: an extreme asked by the argument's noun ("at what nitrogen rate is yield maximised": the N, never the
# yield there), the integral of "the rate" a question defines, bounds that name their time unit ("from day 0 to day
# 40" of t in days), an expression's coefficient never a quantity to convert
_v1N, _v1t = sp.symbols("N t", real=True)
_v1_yield = sp.Rational(21, 10) + sp.Rational(32, 1000) * _v1N - sp.Rational(8, 100000) * _v1N**2
for q in (
    "Our wheat response curve from the trial is Y = 2.1 + 0.032N \u2212 0.00008N\u00b2 (t/ha, N in kg N/ha). At what "
    "nitrogen rate is yield maximised?",
    "Y = 2.1 + 0.032N - 0.00008N^2 t/ha with N in kg/ha. What nitrogen rate gives the maximum yield?",
    "Y = 2.1 + 0.032N - 0.00008N^2 (t/ha). Which N rate maximises yield?",
    "Yield response Y = 2.1 + 0.032N - 0.00008N^2. Find the nitrogen rate that maximises yield.",
    "Y = 2.1 + 0.032N - 0.00008N^2. How much nitrogen should we apply to maximise yield?",
):
    item(q, "calculus", "set", [str(s) for s in sp.solve(sp.diff(_v1_yield, _v1N), _v1N)])
item("Y = 2.1 + 0.032N - 0.00008N^2. What is the maximum yield?", "calculus", "number",
     float(_v1_yield.subs(_v1N, sp.solve(sp.diff(_v1_yield, _v1N), _v1N)[0])))  # fmt: skip
item("Y = 2.1 + 0.032N - 0.00008N^2. At what level does yield peak?", "calculus", "refuse", None)
for q in (
    "After the inhibitor programme started, the corrosion rate on our flowline seems to decay like r(t) = "
    "0.2\u00b7e^(\u2212t/8) mm/yr (t in years). I think the total wall loss is the integral of the rate, so how much "
    "metal (mm) would we lose over the first 10 years? An exact expression would be great.",
    "corrosion rate r(t) = 0.2 e^(-t/8) mm/yr, t in years. total loss is the integral of the rate: how much over the "
    "first 10 years?",
    "The corrosion rate is r(t) = 0.2 e^(-t/8) mm/yr with t in years. Wall loss is the integral of the corrosion "
    "rate; what is the loss over the first 10 years, exactly?",
):
    item(q, "calculus", "expr", expr(sp.integrate(sp.Rational(1, 5) * sp.exp(-_v1t / 8), (_v1t, 0, 10))))
for q in (
    "crop N uptake rate u(t) = 0.8 t e^(-t/20) kg/ha per day, t = days after emergence. integrate from day 0 to day "
    "40 for total uptake, exact answer",
    "u(t) = 0.8 t e^(-t/20) kg/ha/day, t in days. total uptake from day 0 to day 40?",
    "uptake rate u(t) = 0.8t e^(-t/20) kg/ha per day, t in days. integrate u between day 0 and day 40",
):
    item(q, "calculus", "expr", expr(sp.integrate(sp.Rational(4, 5) * _v1t * sp.exp(-_v1t / 20), (_v1t, 0, 40))))
item("uptake rate u(t) = 0.8t e^(-t/20) kg/ha, t in hours. integrate from day 0 to day 40", "calculus", "refuse",
     None)  # fmt: skip

# ---- task u2: names of 2 or 3 letters as the unknowns of a linear system ("2f + 3ap = 4.1 and f + ap = 1.6. ap = ?";
# a name beside one of its own letters is declined), a power "of <reference>" set to a share of it ("0.995^n of
# nameplate ... 90% of nameplate"), a dilution by mass of a premix, concentrate or masterbatch, a formula solved for
# the name "what D" asks with values beside their names or by the one number left (references: sympy)
_u2f, _u2ap = sp.symbols("f ap")
for q in (
    "two constraints from the chip load sheet: 2f + 3ap = 4.1 and f + ap = 1.6. ap = ?",
    "2f + 3ap = 4.1, f + ap = 1.6: what is ap?",
    "the feed f and depth ap satisfy 2f + 3ap = 4.1 and f + ap = 1.6. find ap",
):
    item(q, "algebra", "expr",
         _unknown([2 * _u2f + 3 * _u2ap - sp.Rational(41, 10), _u2f + _u2ap - sp.Rational(8, 5)], [_u2f, _u2ap], _u2ap))  # fmt: skip
item("2a + 3ap = 4.1 and a + ap = 1.6. ap = ?", "algebra", "refuse", None)
for q, base, share in (
    ("Our module datasheet says output degrades 0.5% per year, compounding (so after n years it's 0.995^n of "
     "nameplate). Solve for the n (not rounded, real-valued) at which output has fallen to exactly 90% of nameplate.",
     sp.Rational(995, 1000), sp.Rational(9, 10)),
    ("after n years it's (1 - 0.005)^n of nameplate. find n at which output is 90% of nameplate.",
     sp.Rational(995, 1000), sp.Rational(9, 10)),
    ("Battery capacity fades each cycle: after k cycles it retains 0.9998^k of its initial capacity. Find k where it "
     "is down to 80% of initial capacity.", sp.Rational(9998, 10000), sp.Rational(8, 10)),
):  # fmt: skip
    item(q, "algebra", "set", [str(sp.log(share) / sp.log(base))])
for q in (
    "I have a 2.5% w/w phenoxyethanol premix and need the final 50 kg batch at 0.8% w/w. How many kg of premix go in?",
    "dilute a 2.5% concentrate to make 50 kg at 0.8%: how many kg of concentrate?",
    "we need 50 kg of product at 0.8% w/w from a 2.5% w/w masterbatch; how much masterbatch goes in",
):
    item(q, "algebra", "set", roots(sp.Rational(5, 2) * x - sp.Rational(4, 5) * 50))
item("I have a 2.5% w/w premix and need 50 kg at 0.8% w/w. How many g of premix?", "algebra", "refuse", None)
for q in (
    "need 2400 rpm at Vc 180 m/min, n=1000\u00b7Vc/(\u03c0\u00b7D). what D in mm, exact",
    "spindle speed 2400 rpm, cutting speed Vc = 180 m/min; n = 1000*Vc/(pi*D). what is D?",
    "n=1000*Vc/(pi*D); we want 2400 rpm with Vc 180 m/min. what's D?",
):
    item(q, "algebra", "set", roots(1000 * 180 / (sp.pi * x) - 2400))
item("need 2400 rpm at 180 m/min, n=1000*Vc/(pi*D). what D in mm, exact", "algebra", "refuse", None)


# ---- task u1: LaTeX read as plain notation (\frac, ^{...}, \to, \rho, \sqrt, \cdot, \left( \right), spacing), a
# formula's named parameters replaced by the values stated for them, an integral written by its sign with both bounds
# and its differential is calculus (not the Weibull it integrates), a viscosity unit after a formula
_u1x, _u1t, _u1v = sp.symbols("x t v", real=True)
for q in (
    r"evaluate \lim_{x \to 0} \frac{e^{2x} - 1 - 2x}{x^{2}}",
    r"find \lim_{x\to 0}\frac{e^{2x}-1-2x}{x^2}",
    r"what is \lim_{x \rightarrow 0} \left( \frac{e^{2x} - 1 - 2x}{x^{2}} \right)",
):
    item(q, "calculus", "number", float(sp.limit((sp.exp(2 * _u1x) - 1 - 2 * _u1x) / _u1x**2, _u1x, 0)))
_u1_power = sp.Rational(1, 2) * sp.Rational(1225, 1000) * 5000 * sp.Rational(2, 5) * _u1v**3
for q in (
    r"wind turbine below rated: P(v) = \frac{1}{2} \rho A C_p v^{3} with \rho = 1.225 kg/m^3, A = 5000 m^2, C_p = "
    r"0.4. what is dP/dv at v = 8 m/s (in W per m/s)?",
    "turbine power P(v) = \u00bd\u03c1 A C_p v\u00b3, where \u03c1 = 1.225 kg/m\u00b3, A = 5000 m\u00b2, C_p = 0.4. "
    "Find dP/dv at v = 8 m/s.",
    "P(v) = 0.5 rho A C_p v^3 with rho = 1.225, A = 5000 and C_p = 0.4. what is dP/dv at v = 8?",
):
    item(q, "calculus", "number", float(sp.diff(_u1_power, _u1v).subs(_u1v, 8)))
for q in (
    "Reliability analyst here. Gearbox bearing survival is Weibull with shape 2 and scale 1000 h, so R(t) = "
    "exp(\u2212(t/1000)\u00b2). Using MTTF = \u222b\u2080^\u221e R(t) dt, what's the mean time to failure in hours? "
    "Give it in closed form.",
    "Weibull survival with beta = 2, eta = 1000 h, R(t) = e^(-(t/1000)^2). Compute \u222b_0^inf R(t) dt, the mean "
    "life, exactly.",
):
    item(q, "calculus", "expr", expr(sp.integrate(sp.exp(-((_u1t / 1000) ** 2)), (_u1t, 0, sp.oo))))
for q in (
    "thixotropic lotion, viscosity after shear \u03b7(t) = 8000\u00b7e^(\u2212t/40) + 2000 cP, t in s. give me "
    "d\u03b7/dt as a function of t",
    "shampoo viscosity eta(t) = 8000 e^(-t/40) + 2000 mPa\u00b7s (t in seconds). what is deta/dt?",
    "the gel's viscosity is \u03b7(t) = 8000e^(-t/40) + 2000 centipoise; find d\u03b7/dt",
):
    item(q, "calculus", "expr", expr(sp.diff(8000 * sp.exp(-_u1t / 40) + 2000, _u1t)))
item(r"evaluate \lim_{x \to 0} \foo{x}{x^2}", "calculus", "refuse", None)


# ---- u4: a 2x2 written as its levels, lists named by symbols under "X vs Y", a LaTeX 2^{k-p}, units (sfm,
# megajoules, a count per volume) -------------------------------------------------------------------------------------
_U4_RA = {(-1, -1): 1.2, (1, -1): 1.8, (-1, 1): 1.4, (1, 1): 2.4}  # (A, B) -> Ra


def _u4_effect(term: tuple[int, ...]) -> float:
    """A two-level effect: mean where the product of the term's columns is + less mean where it is -."""
    plus = [y for key, y in _U4_RA.items() if math.prod(key[i] for i in term) > 0]
    minus = [y for key, y in _U4_RA.items() if math.prod(key[i] for i in term) < 0]
    return sum(plus) / len(plus) - sum(minus) / len(minus)


for q in (
    "2x2 on the mill, A=speed B=feed, one run each, Ra: (−,−)=1.2 (+,−)=1.8 (−,+)=1.4 (+,+)=2.4. "
    "AB interaction effect (effect = avg at + minus avg at −, not the regression coef)?",
    "2x2 factorial on the lathe, A=speed, B=feed; Ra (-,-)=1.2, (+,-)=1.8, (-,+)=1.4, (+,+)=2.4: the AB interaction "
    "effect (mean at + minus mean at -, not the regression coefficient)?",
    "2 x 2 experiment, one run per cell: (-,-) 1.2, (+,-) 1.8, (-,+) 1.4, (+,+) 2.4. AB interaction effect?",
):
    item(q, "design", "number", _u4_effect((0, 1)), key="value")
item("2×2 design, one run per cell: (-,-) 1.2, (+,-) 1.8, (-,+) 1.4, (+,+) 2.4. Main effect of A?", "design",
     "number", _u4_effect((0,)), key="value")  # fmt: skip
_U4_V, _U4_P = [5, 6, 7, 8, 9, 10], [180, 310, 480, 720, 1010, 1350]
for q in (
    "Power curve points from SCADA (below rated):\nv (m/s): 5 6 7 8 9 10\nP (kW): 180 310 480 720 1010 1350\nFit a "
    "straight line P = b0 + b1·v by ordinary least squares. What's the slope b1 in kW per m/s?",
    "Turbine power curve:\nv (m/s): 5 6 7 8 9 10\nP (kW): 180 310 480 720 1010 1350\nlinear fit of P on v: slope?",
    "power curve, v (m/s): 5 6 7 8 9 10 and P (kW): 180 310 480 720 1010 1350. Straight-line least squares slope of P "
    "against v?",
):
    item(q, "regression", "number", slope(_U4_V, _U4_P), key="slope")
item("fit a power curve to v: 5 6 7 8 9 10 and P: 180 310 480 720 1010 1350", "regression", "refuse", None)
_U4_C, _U4_CP = [0.2, 0.4, 0.6, 0.8, 1.0, 1.2], [1850, 3900, 6100, 7800, 10200, 12050]
for q in (
    "carbomer % vs viscosity (cP):\n%  : 0.2 0.4 0.6 0.8 1.0 1.2\ncP : 1850 3900 6100 7800 10200 12050\nleast-squares "
    "slope, cP per % carbomer?",
    "viscosity (cP) vs carbomer %:\n%: 0.2 0.4 0.6 0.8 1.0 1.2\ncP: 1850 3900 6100 7800 10200 12050\nslope of the "
    "least-squares line?",
):
    item(q, "regression", "number", slope(_U4_C, _U4_CP), key="slope")
for q in (
    "2^{6-2} fractional factorial for six battery-formation process factors, no center points, one replicate: number "
    "of runs?",
    "how many runs in a 2^{6-2} design, no centre points?",
):
    item(q, "design", "runs", 2 ** (6 - 2))
item("runs of a 2^{4} full factorial, 2 replicates?", "design", "runs", 2 * 2**4)
_U4_SFM = 600 * constants.foot / constants.minute  # m/s
for q in ("old router sheet says 600 sfm. in m/min?", "600 sfm to m/min", "convert 600 sfpm to metres per minute"):
    item(q, "unit_conversion", "number", _U4_SFM * constants.minute, key="value")
for q in ("home battery pack is 13.5 kWh — how many megajoules is that?", "13.5 kWh in MJ",
          "how many megajoules in 13.5 kWh?"):  # fmt: skip
    item(q, "unit_conversion", "number", 13.5e3 * constants.hour / constants.mega, key="value")
for q in ("convert 3,520 particles per m³ to particles per cubic foot", "3520 particles/m^3 in particles/ft^3?",
          "a cleanroom count of 3520 particles per cubic metre: how many particles per cubic foot?"):  # fmt: skip
    item(q, "unit_conversion", "number", 3520 * constants.foot**3, key="value")
item("convert 3520 particles per m3 to grams per ft3", "unit_conversion", "refuse", None)


# ---- task u3: a go/no-go gauge's rejections as a screening test ("rejects 95% of the bad ones, 2% of good ones"),
# a rate per 1000 units over a batch of 1000 (units), "20 inverters on a site, each independently ...", and a series
# system of exponential components (the rates add; a redundant system is refused)
def _u3_ppv(p: float, se: float, fp: float) -> float:
    """P(bad | rejected) by the joint table."""
    return p * se / (p * se + (1 - p) * fp)


for q in (
    "3% of shafts are actually out of tol. go/no-go gauge rejects 95% of the bad ones but also rejects 2% of good "
    "ones. a shaft got rejected \u2014 prob it's really bad?",
    "About 3% of shafts are out of tolerance. Our go/no-go gauge rejects 95% of the bad shafts but also rejects 2% of "
    "the good ones. If a shaft is rejected, what is the probability it is actually out of tolerance?",
):
    item(q, "probability", "number", _u3_ppv(0.03, 0.95, 0.02), tol=1e-9)
item("3% of shafts are out of tolerance. The gauge rejects 95% of bad shafts, while it accepts 98% of good ones. A "
     "shaft was accepted: probability it is bad?", "probability", "number",
     0.03 * 0.05 / (0.03 * 0.05 + 0.97 * 0.98), tol=1e-9)  # fmt: skip
for q, mu in (
    ("Warranty claims on our inverter line run at 2.3 per 1000 units on average. Treating claims in a batch of 1000 "
     "units as Poisson, what is the probability of five or more claims in the next batch of 1000?", 2.3),
    ("Warranty claims run at 2.3 per 1000 units. Assuming Poisson, what is the probability of at least 5 claims in a "
     "lot of 2000 units?", 4.6),
):  # fmt: skip
    item(q, "probability", "number", stats.poisson.sf(4, mu), tol=1e-9)
item("Defects occur at 1.5 per 100 boards (Poisson). What is the probability of no defects in a batch of 200 boards?",
     "probability", "number", stats.poisson.pmf(0, 3.0), tol=1e-9)  # fmt: skip
for q in (
    "20 string inverters on a site, each independently has a 4% chance of failing in year one. P(exactly two fail in "
    "year one)?",
    "A site has 20 inverters; each independently has a 4% chance of failing in year one. Probability that exactly "
    "two fail?",
    "There are 20 string inverters at the plant, each with a 4% chance of failing in the first year, independently. "
    "What is the probability that exactly 2 fail in the first year?",
):
    item(q, "probability", "number", stats.binom.pmf(2, 20, 0.04), tol=1e-9)
for q, rates, t in (
    ("Series system, all exponential lifetimes: inverter \u03bb = 2\u00d710\u207b\u2075 /h, transformer \u03bb = "
     "1\u00d710\u207b\u2075 /h, controller \u03bb = 5\u00d710\u207b\u2076 /h. Any one failing takes the system "
     "down. Probability the system survives one full year of 8760 operating hours?", (2e-5, 1e-5, 5e-6), 8760),
    ("Three components in series with exponential lifetimes: failure rate 2e-5 per hour, failure rate 1e-5 per hour "
     "and failure rate 5e-6 per hour. What is the probability the system survives 8760 hours?", (2e-5, 1e-5, 5e-6),
     8760),
):  # fmt: skip
    item(q, "probability", "number", math.prod(stats.expon.sf(t, scale=1 / r) for r in rates), tol=1e-9)
item("A system has a pump (lambda = 2e-5 /h) and a motor (lambda = 1e-5 /h) in series. Probability it fails within "
     "1000 hours?", "probability", "number", 1 - stats.expon.sf(1000, scale=1 / 2e-5) * stats.expon.sf(1000, scale=1 / 1e-5),
     tol=1e-9)  # fmt: skip
item("Parallel redundant system, exponential lifetimes: unit A \u03bb = 2\u00d710\u207b\u2075 /h, unit B \u03bb = "
     "1\u00d710\u207b\u2075 /h; any one failing is covered by the other. Probability the system survives 8760 "
     "hours?", "probability", "refuse", None)  # fmt: skip

# s2: a replicate count said of "the whole thing"; Cp of a symmetric tolerance stated without its nominal (only the
# width matters); a p chart's total said as a part of all the units inspected ("400 of those 5000 departures")
for q in (
    "how many runs is a 2^(5-1) half-fraction on the folder-gluer if we replicate the whole thing twice (no center "
    "points)?",
    "2^(5-1) half fraction, we run the whole thing twice, no centre points: total runs?",
):
    item(q, "design", "runs", 2 ** (5 - 1) * 2)
for q in (
    "Registration tolerance is \u00b10.3 mm around nominal and the process standard deviation is 0.075 mm. What's Cp?",
    "the tolerance is +/- 0.3 mm and sigma = 0.075 mm; Cp?",
    "Cp for a part with tolerance \u00b10.3 mm, process sd 0.075 mm",
):
    item(q, "capability", "number", (2 * 0.3) / (6 * 0.075), tol=1e-9)
item("Cpk for a part with tolerance \u00b10.3 mm, process sd 0.075 mm, mean 0.1", "capability", "refuse", None)
for q in (
    "25 samples of 200 calls; of the 5000 calls, 400 were abandoned. p chart upper control limit?",
    "p chart, 25 subgroups of n = 200 parcels; 400 of the 5000 parcels were damaged. UCL?",
):
    item(q, "control_chart", "number", 400 / 5000 + 3 * math.sqrt(400 / 5000 * (1 - 400 / 5000) / 200), key="ucl",
         tol=1e-9)  # fmt: skip


# r2: an extreme's domain "x > 0" beside "the interval between runs" (no ends); a unit written per a count after the
# formula ("dollars per pallet"); a bracketed remark holding "i.e." after "solve ... for t"
_xr, _tr = sp.symbols("x t", positive=True)
for q in (
    "Track geometry recording car: weekly cost model C(x) = 800/x + 2x (thousand \u20ac), where x is the interval "
    "between recording runs in weeks, x > 0. Which interval x minimizes the cost?",
    "A model C(x) = 800/x + 2x (thousand \u20ac) with x the gap between inspections in days, x > 0. What x minimizes C?",
):
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(800 / _xr + 2 * _xr, _xr), _xr)])
for q in (
    "Our cost model for the coating layer is C(t) = 200/t + 8t dollars per pallet, where t is the coating thickness "
    "in microns (t > 0). At what thickness t is the cost minimized?",
    "Cost is C(t) = 200/t + 8t euros per batch, with t the cycle time in minutes (t > 0). Which t minimizes cost?",
):
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(200 / _tr + 8 * _tr, _tr), _tr)])
for q in (
    "Backlog of reprint jobs grows like e^(0.05t) with t in days. Solve e^(0.05t) = 2 for t (exact form, i.e. the "
    "doubling time).",
    "Solve e^(0.05t) = 2 for t (exact answer, i.e. the doubling time)",
):
    item(q, "algebra", "number", 20 * math.log(2))

# q2: rows of counts that run on without commas ("shift A 480 pass 20 fail"), a dash between spaces ending the last
# row; a prefixed SI symbol ("mN", "MN") as a bare conversion's unit
for q in (
    "pass/fail by shift for cell formation, 500 cells each: shift A 480 pass 20 fail, shift B 465 pass 35 fail, "
    "shift C 450 pass 50 fail. chi-square test of independence \u2014 chi-square statistic?",
    "shift A 480 pass 20 fail; shift B 465 pass 35 fail; shift C 450 pass 50 fail. Is pass rate independent of "
    "shift? chi-square statistic",
    "Line A: pass 480 fail 20, line B: pass 465 fail 35, line C: pass 450 fail 50. chi-square test of independence "
    "statistic?",
):
    item(q, "hypothesis_test", "number",
         stats.chi2_contingency([[480, 20], [465, 35], [450, 50]], correction=False).statistic, key="statistic")  # fmt: skip
for q in ("8 gf in mN?", "how many mN is 8 gf", "what is 8 gf in mN"):
    item(q, "unit_conversion", "number", 8 * constants.gram * constants.g / constants.milli, key="value")
item("250 mN to gf", "unit_conversion", "number", 250 * constants.milli / (constants.gram * constants.g), key="value")


# q1: a formula's own name set by a verb of change ("solve for n where Q drops to 2000"); a share named by coverage
# or prevalence as the probability per item of a count of the property asked
_nq = sp.Symbol("n")
for q in (
    "Our capacity fade model is Q = 2500\u00b7exp(\u2212n/300) mAh with n = cycle count. Solve for n where Q drops to "
    "2000 mAh (exact form is fine).",
    "Capacity follows Q = 2500*exp(-n/300). Solve for n when Q falls to 2000.",
    "Model: Q = 2500 e^(-n/300). Solve for n once Q reaches 2000 (exact).",
):
    item(q, "algebra", "set", [str(r) for r in sp.solve(sp.Eq(2500 * sp.exp(-_nq / 300), 2000), _nq)])
for q in (
    "coverage is 85% in the district. pick twenty children at random (independent). P(exactly 17 of them are "
    "vaccinated)?",
    "vaccine coverage is 85%. If 20 children are chosen at random, what is the probability that exactly 17 are "
    "vaccinated?",
):
    item(q, "probability", "number", stats.binom.pmf(17, 20, 0.85), tol=1e-6)
item("prevalence is 12% in this population; sample 30 people independently. probability exactly 4 have the condition?",
     "probability", "number", stats.binom.pmf(4, 30, 0.12), tol=1e-6)  # fmt: skip

# p2: two components told apart by their values only ("two alloys, one at 12% Si and one at 4% Si"); a dilution
# whose stock is named by its strength ("from 99% v/v IPA and WFI ... how many mL of the 99% IPA"); a setpoint as the
# one-sample t-test's hypothesised mean (references: sympy's exact solution, scipy.stats.ttest_1samp)
_p2x, _p2y = sp.symbols("x y")
_p2_alloy = sp.solve([_p2x + _p2y - 500, 12 * _p2x + 4 * _p2y - 7 * 500], [_p2x, _p2y])
for q in (
    "I've got two charge alloys, one at 12% Si and one at 4% Si. Need 500 kg of melt at exactly 7% Si. How many kg of "
    "the 12% alloy go in?",
    "We stock two alloys: one is 12% Si, the other is 4% Si. How many kg of the 12% alloy make 500 kg at 7% Si?",
    "Two feeds, one at 4% Si and another at 12% Si; we need 500 kg of 7% Si melt. how much of the 12% feed?",
):
    item(q, "algebra", "set", [str(_p2_alloy[_p2x])])
item("two alloys, one at 12% Si and one at 4% Si. How many kg of each for 500 kg at 7% Si?", "algebra", "expr",
     linear_solution([[1, 1], [12, 4]], [500, 7 * 500]))  # fmt: skip
_p2_ipa = sp.solve(sp.Eq(99 * _p2x, 70 * 500), _p2x)
for q in (
    "Preparing 500 mL of 70% v/v IPA for cleanroom wipe-down from 99% v/v IPA and WFI. Ignoring volume contraction, "
    "how many mL of the 99% IPA?",
    "Need 500 mL of 70% v/v isopropanol, made from 99% v/v isopropanol plus purified water. How many mL of the 99% "
    "isopropanol?",
    "make 500 mL of 70% v/v IPA using 99% v/v IPA and water; what volume of 99% IPA is needed?",
):
    item(q, "algebra", "set", [str(r) for r in _p2_ipa])
item("make 500 mL of 70% v/v IPA from 60% v/v IPA and water; how many mL of the 60% IPA?", "algebra", "refuse", None)
_p2_temps = [22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0]
for q in (
    "thermostat setpoint 22.0 °C. measured zone temps: 22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0. "
    "one-sample t test against the setpoint, two-sided p-value?",
    "Zone temperatures 22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0 with a set point of 22 C. Does the "
    "mean differ from the set point? t-test p value",
):
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_p2_temps, 22.0).pvalue, key="p_value")
item("the controller set-point is 22.0. readings: 22.4 22.1 22.6 21.9 22.5 22.8 22.3 22.2 22.7 22.0. is the mean above "
     "the setpoint? one-sided one-sample t-test p", "hypothesis_test", "number",
     stats.ttest_1samp(_p2_temps, 22.0, alternative="greater").pvalue, key="p_value")  # fmt: skip


# p1: pieces counted in words with several modifiers and a place label ("each of the twelve VAV box actuators on floor
# 3"); a c chart's c-bar per period ("average 9.4 alarms/day"); a general factorial "3 factors x 3 levels each"
for q in (
    "Each of the twelve VAV box actuators on floor 3 independently has an 8% chance of failing this year. What's the "
    "probability that exactly 2 fail?",
    "There are twelve VAV box actuators on floor 3, each independently with an 8% chance of failing this year. "
    "P(exactly 2 fail)?",
):
    item(q, "probability", "number", stats.binom.pmf(2, 12, 0.08), tol=1e-6)
for q in (
    "c-chart for BMS nuisance alarms per day, average 9.4 alarms/day over the baseline period. UCL?",
    "c chart for daily nuisance alarm counts; the alarms averaged 9.4 per day during the baseline. What is the UCL?",
):
    item(q, "control_chart", "number", 9.4 + 3 * math.sqrt(9.4), key="ucl")
for q in (
    "3 factors x 3 levels each (chilled water temp, condenser water temp, load %), full factorial, 2 replicates. "
    "number of runs?",
    "three factors × three levels each, full factorial with 2 replicates: how many runs?",
):
    item(q, "design", "runs", 2 * 3**3)

# t3: probability prose: a normal's "trials" are occasions, not a binomial's ("roughly normal ... what proportion of
# trials are slower than 540 ms"); Bayes' rates ending a sentence ("specificity 0.95. Prevalence ..."); a rate per
# flight hour over "5000 FH"; a rate per area with the scene ("on calendered sheet") beside the sized window; pieces
# in a cart; sources listed with "respectively" (references: scipy.stats, exact fractions)
for q in (
    "Reaction times in a Stroop task are roughly normal with \u03bc = 450 ms and \u03c3 = 60 ms. What proportion of "
    "trials are slower than 540 ms?",
    "Response times on each trial follow a normal distribution with mean 450 ms and standard deviation 60 ms; what "
    "share of trials take longer than 540 ms?",
):
    item(q, "probability", "number", stats.norm.sf(540, 450, 60), tol=1e-6)
item("Stroop reaction times are normally distributed, mean 450 ms, sd 60 ms. What fraction of trials are faster than "
     "360 ms?", "probability", "number", stats.norm.cdf(360, 450, 60), tol=1e-6)  # fmt: skip
_T3_PPV = 0.02 * 0.90 / (0.02 * 0.90 + 0.98 * 0.05)
for q in (
    "A depression screening questionnaire has sensitivity 0.90 and specificity 0.95. Prevalence in the student "
    "population is 2%. If a student screens positive, what's the probability they actually have depression?",
    "Sensitivity is 0.9 and specificity is 0.95. The prevalence is 0.02. Given a positive screen, probability the "
    "student truly has depression?",
):
    item(q, "probability", "number", _T3_PPV, tol=1e-6)
for q in (
    "fleet sees unscheduled removals of the yaw damper at a constant rate of 0.0002 per flight hour. P(two or more "
    "removals in the next 5000 FH)? assume Poisson",
    "Yaw damper removals occur as a Poisson process at 0.0002 per flight hour. What is the probability of at least 2 "
    "removals in the next 5,000 flight hours?",
    "Unscheduled removals happen at 2e-4 per flight hour (Poisson). Over 5000 FH, P(2 or more removals)?",
):
    item(q, "probability", "number", stats.poisson.sf(1, 0.0002 * 5000), tol=1e-6)
for q in (
    "Surface voids on calendered sheet occur as a Poisson process, average 0.6 per 100 cm\u00b2. For a 250 cm\u00b2 "
    "test panel, P(two or more voids) = ?",
    "Voids on a sheet follow a Poisson process with 0.6 voids per 100 cm^2. What is the probability of at least 2 "
    "voids in a 250 cm^2 panel?",
):
    item(q, "probability", "number", stats.poisson.sf(1, 0.6 * 250 / 100), tol=1e-6)
item("Voids on calendered sheet occur as a Poisson process, average 0.6 per 100 cm^2. P(two or more voids on a "
     "sheet)?", "probability", "refuse", None)  # fmt: skip
for q in (
    "3% of green tyres come off the builder with a splice defect, independent. In a cart of twenty, what's P(exactly "
    "one defective)?",
    "3% of green tyres have a splice defect, independently of each other. In a rack of twenty tyres, probability that "
    "exactly one is defective?",
):
    item(q, "probability", "number", stats.binom.pmf(1, 20, 0.03), tol=1e-6)
_T3_SHARES, _T3_RATES = [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)], [Fraction(1, 100), Fraction(2, 100),
                                                                            Fraction(4, 100)]  # fmt: skip
_T3_JOINT = [s * r for s, r in zip(_T3_SHARES, _T3_RATES, strict=True)]
_T3_POST = [j / sum(_T3_JOINT) for j in _T3_JOINT]
item("Curing presses 1, 2, 3 make 50%, 30% and 20% of our output. Blister rates are 1%, 2% and 4% respectively. A "
     "tyre picked at random from the warehouse has a blister \u2014 probability it came off press 3? give it as a "
     "fraction", "probability", "expr", expr(sp.Rational(_T3_POST[2].numerator, _T3_POST[2].denominator)))  # fmt: skip
item("Machines A, B and C produce 50%, 30% and 20% of the parts, with defect rates of 1%, 2% and 4% respectively. A "
     "part chosen at random is defective. What is the probability it was made by machine C?", "probability",
     "number", float(_T3_POST[2]), tol=1e-6)  # fmt: skip
item("Lines 1, 2 and 3 make 50%, 30%, 20% of output; their scrap rates are 1%, 2%, 4% respectively. Given a scrapped "
     "part, what's the chance it came from line 1?", "probability", "number", float(_T3_POST[0]), tol=1e-6)  # fmt: skip
item("Lines 1, 2 and 3 make 50%, 30%, 10% of output; their scrap rates are 1%, 2%, 4% respectively. Given a scrapped "
     "part, what's the chance it came from line 1?", "probability", "refuse", None)  # fmt: skip


# s1: lists labelled "before: ... after: ..." (two spaces between them), arrow pairs beside a "curve" whose model is
# written, lists labelled by clauses and abbreviated in the model ("HDD", "therms"), "k out of n" beside "the 2x2 table"
_s1_before, _s1_after = [212, 198, 225, 205, 218, 210], [221, 204, 229, 215, 220, 219]
for q in (
    "Brinell hardness on 6 castings before and after the new normalize cycle. before: 212,198,225,205,218,210  after: "
    "221,204,229,215,220,219. Paired t test on after minus before — give the t statistic.",
    "pre: 212 198 225 205 218 210  post: 221 204 229 215 220 219. Paired t test on post minus pre, t statistic?",
):
    item(q, "hypothesis_test", "number", stats.ttest_rel(_s1_after, _s1_before).statistic, key="statistic")
for q in (
    "Survivor curve data, exposure time (min) vs log10 survivors: 0→6.02, 2→5.11, 4→4.05, 6→3.08, 8→1.97. Fit log10 N "
    "= b0 + b1·t by ordinary least squares; what is the slope b1?",
    "survivor curve, time (min) vs log10 survivors: 0 -> 6.02, 2 -> 5.11, 4 -> 4.05, 6 -> 3.08, 8 -> 1.97. fit log10 N "
    "= b0 + b1*t by OLS, b1?",
):
    item(q, "regression", "number", slope([0, 2, 4, 6, 8], [6.02, 5.11, 4.05, 3.08, 1.97]), key="slope")
_s1_hdd = [620, 540, 410, 250, 120, 30, 15, 40, 160, 330, 480, 600]
_s1_therms = [1850, 1660, 1340, 930, 610, 390, 360, 420, 700, 1120, 1500, 1800]
for q in (
    "monthly heating degree days (base 65°F): 620 540 410 250 120 30 15 40 160 330 480 600; gas use (therms) same "
    "months: 1850 1660 1340 930 610 390 360 420 700 1120 1500 1800. fit therms = a + b·HDD by least squares, what is b "
    "(therms per HDD)?",
    "heating degree days by month: 620 540 410 250 120 30 15 40 160 330 480 600; gas consumption (therms): 1850 1660 "
    "1340 930 610 390 360 420 700 1120 1500 1800. regress therms on HDD; slope?",
):
    item(q, "regression", "number", slope(_s1_hdd, _s1_therms), key="slope")
for q in (
    "Environmental monitoring excursions by shift: day shift had 12 excursions out of 240 samples, night shift had 25 "
    "out of 260. Pearson chi-square test of independence on the 2×2 table, no continuity correction. What is the "
    "p-value?",
    "EM excursions: day shift 12 out of 240 samples, night shift 25 out of 260 samples. chi-square test on the 2x2 "
    "contingency table without Yates correction - p value?",
):
    item(q, "hypothesis_test", "number", stats.chi2_contingency([[12, 228], [25, 235]], correction=False).pvalue,
         key="p_value")  # fmt: skip


# t1: a quantity defined by a formula of a defined function and its derivative (a hazard h = -R'/R, a density
# f = -dR/dt with h = f/R), at a point or as a function; a cumulative amount of a rate over "the first 100 days"
_t1_t = sp.Symbol("t")
_t1_r = sp.exp(-((_t1_t / 1000) ** 2))
_t1_h = -sp.diff(_t1_r, _t1_t) / _t1_r
for q in (
    "actuator reliability model R(t) = exp(-(t/1000)^2), t in flight hours. what is the hazard rate h(t) = "
    "-R'(t)/R(t) at t = 500 FH (failures per FH)?",
    "Survival R(t) = exp(-(t/1000)^2) with t in hours; density f(t) = -dR/dt and hazard = f/R. hazard at t = 500?",
    "R(t) = exp(-(t/1000)^2) (t in hours). Let f(t) = -dR/dt and h(t) = f(t)/R(t). Find h(500).",
):
    item(q, "calculus", "number", float(_t1_h.subs(_t1_t, 500)))
item("R(t) = exp(-(t/1000)^2). give the hazard h(t) = -R′(t)/R(t) as a function of t", "calculus", "expr",
     expr(sp.simplify(_t1_h)))  # fmt: skip
item("R(t) = exp(-(t/1000)^2). h(t) = -R'(t)/R(t). when is h maximum?", "calculus", "refuse", None)
_t1_oil = integrate.quad(lambda t: 1200 / (1 + 0.05 * t), 0, 100)[0]
for q in (
    "Hyperbolic-ish decline on the A-12 producer, q(t) = 1200/(1 + 0.05t) bbl/day with t in days. What's the "
    "cumulative oil over the first 100 days? exact form pls",
    "q(t) = 1200/(1 + 0.05t) bbl/day with t in days. What's the cumulative oil over the first 100 days?",
    "Well B-7 declines as q(t) = 1200/(1 + 0.05t) bbl/day, t in days. Cumulative production in the first 100 days?",
):
    item(q, "calculus", "number", _t1_oil)


# s2: a screen's outcome as an "indication" ("flags it 92% of the time", "a false indication 6% of the time", "given
# an indication"); a rate written "1 in 10,000 units" with thousands commas, "a 5,000-unit media fill", "none of 5000";
# a bare "99%" stock whose basis the text gives elsewhere ("from 99% v/v IPA"); two labelled rates per unit of amount
# sharing a total, with the total of the rate stated ("0.55 kW/ton, 0.68 kW/ton, 540 kW total, 900-ton load")
_s2_welds = (0.04 * 0.92) / (0.04 * 0.92 + 0.96 * 0.06)
for q in (
    "UT on these butt welds: if a real lack-of-fusion flaw is there the scan flags it 92% of the time; on a sound weld "
    "it throws a false indication 6% of the time. About 4% of welds actually have the flaw. Given an indication, "
    "what's the probability the weld really is flawed?",
    "Ultrasonic testing of welds: when a crack is present the probe gives an indication 92% of the time; on sound "
    "welds it gives a false indication 6% of the time. 4% of welds contain a crack. If the probe indicates, what is "
    "the probability the weld is actually cracked?",
):
    item(q, "probability", "number", _s2_welds, tol=1e-6)
item("An eddy-current probe flags 92% of cracked tubes and gives a false indication on 6% of sound tubes; 4% of tubes "
     "are actually cracked. Given an indication, how likely is it that the tube is sound?", "probability", "number",
     1 - _s2_welds, tol=1e-6)  # fmt: skip
item("An eddy-current probe flags 92% of cracked tubes and gives a false indication on 6% of sound tubes; 4% of tubes "
     "are actually cracked. Given no indication, what is the probability the tube is really cracked?", "probability",
     "number", (0.04 * 0.08) / (0.04 * 0.08 + 0.96 * 0.94), tol=1e-6)  # fmt: skip
for q in (
    "If the true contamination rate of an aseptic process were 1 in 10,000 units, what is the probability that a "
    "media fill of 5,000 units yields zero positive units? Use the exact binomial model.",
    "Suppose the contamination rate is 1 in 10,000 units. What's the chance a 5,000-unit media fill has no "
    "contaminated units? Exact binomial.",
    "With a true contamination rate of 1 in 10000, what is the probability that none of 5000 filled units are "
    "positive (binomial)?",
):
    item(q, "probability", "number", stats.binom.pmf(0, 5000, 1e-4), tol=1e-6)
item("A process has a contamination rate of 1 in 10,000 units. In a media fill of 5,000 units, what is the binomial "
     "probability of at least one positive unit?", "probability", "number", stats.binom.sf(0, 5000, 1e-4), tol=1e-6)  # fmt: skip
_s2_ipa = [str(r) for r in sp.solve(sp.Eq(99 * x, 70 * 500), x)]
for q in (
    "Preparing 500 mL of 70% v/v IPA for cleanroom wipe-down from 99% v/v IPA and WFI. Ignoring volume contraction "
    "(assume volumes are additive), how many mL of the 99% stock are needed? Exact fraction.",
    "Make 500 mL of 70% v/v IPA from a 99% v/v stock plus WFI; how much of the 99% stock is needed (mL)?",
):
    item(q, "algebra", "set", _s2_ipa)
item("Make 500 mL of 70% v/v IPA from a 99% stock plus WFI; how much of the stock is needed (mL)?", "algebra", "refuse",
     None)  # fmt: skip
_s2_a, _s2_b = sp.symbols("a b")
_s2_load = sp.solve([sp.Eq(_s2_a + _s2_b, 900), sp.Eq(sp.Rational(55, 100) * _s2_a + sp.Rational(68, 100) * _s2_b, 540)],
                    [_s2_a, _s2_b])  # fmt: skip
item("Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant meter "
     "shows 540 kW total. How many tons is chiller A carrying?", "algebra", "set", [str(_s2_load[_s2_a])])  # fmt: skip
item("Two chillers split a 900-ton load: chiller 1 at 0.55 kW/ton, chiller 2 at 0.68 kW/ton; total power is 540 kW. "
     "How many tons does chiller 2 carry?", "algebra", "set", [str(_s2_load[_s2_b])])  # fmt: skip
item("Two lines share 900 tons of output. Line A uses 0.55 kWh/ton, line B uses 0.68 kWh/ton, and the total energy is "
     "540 kWh. How many tons does line B make?", "algebra", "set", [str(_s2_load[_s2_b])])  # fmt: skip
item("Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant meter "
     "shows 700 kW total. How many tons is chiller A carrying?", "algebra", "refuse", None)  # fmt: skip


# s3: a derivative of a quantity named by a Greek letter with no argument ("Δp = 0.00035·Q², dΔp/dQ at Q = 4200"); an
# integrand whose letter is a formula of t ("T = 110 + 0.6t ... integrate 10^((T - 121.1)/10) over 0–20 min"); the time
# dN/dt is at its maximum (N'' = 0); an expression set to a number in words; a formula solved "where it drops to" a value
for q in (
    "duct static loss modelled as Δp = 0.00035·Q² (Pa, Q in cfm). what's dΔp/dQ at Q = 4200 cfm, in Pa per cfm?",
    "ΔP = 0.00035Q^2 (Pa, Q in cfm); find dΔP/dQ when Q = 4200",
    "Pressure loss Δp = 0.00035*Q^2 Pa. What is dΔp/dQ at Q = 4200 cfm?",
):
    item(q, "calculus", "number", 2 * 0.00035 * 4200, tol=1e-9)
for q in (
    "Heat-up phase of an SIP cycle: probe temperature rises linearly from 110 °C at t=0 to 122 °C at t=20 min (T = 110 "
    "+ 0.6t, t in minutes). With z = 10 °C and Tref = 121.1 °C, integrate the lethal rate 10^((T−121.1)/10) over 0–20 "
    "min. What F0 (minutes) does the ramp contribute?",
    "The probe follows T = 110 + 0.6t during heat-up (t in min). Integrate the lethal rate 10^((T-121.1)/10) over 0-20 "
    "min. What F0 does the ramp give?",
    "T = 110 + 0.6t (t in minutes). Integrate 10^((T - 121.1)/10) dt from t = 0 to 20.",
):
    item(q, "calculus", "number", integrate.quad(lambda t: 10 ** ((110 + 0.6 * t - 121.1) / 10), 0, 20)[0], tol=1e-9)
for q in (
    "Growth of a challenge organism in broth follows N(t) = 1000/(1 + 9e^(−0.5t)) (t in hours). At what time t is the "
    "growth rate dN/dt at its maximum? Exact form please.",
    "N(t) = 1000/(1 + 9e^(-0.5t)), t in hours. When is dN/dt largest? Exact answer.",
    "For N(t) = 1000/(1 + 9e^(-0.5t)), find the t at which N'(t) is maximal (exact).",
):
    item(q, "calculus", "set", [str(2 * sp.log(9))])
for q in (
    "For z = 10 °C and reference 121.1 °C, at what temperature T does the lethal rate 10^((T − 121.1)/10) equal exactly "
    "4? Solve for T (exact expression).",
    "At what T does 10^((T - 121.1)/10) equal 4? Exact value please.",
    "For which temperature T is the lethal rate 10^((T − 121.1)/10) equal to 4? Solve for T exactly.",
):
    item(q, "algebra", "set", [str(sp.Rational(1211, 10) + 10 * sp.log(4) / sp.log(10))])
for q in (
    "Same riser curve, T = 25 + 1425e^(-t/40). Solve for the exact t where it drops to 600 °C (closed form, no "
    "decimals).",
    "T = 25 + 1425e^(-t/40) (t in s). Solve for t when it falls to 600, exact form.",
    "Cooling curve T = 25 + 1425e^(-t/40): solve for t once T reaches 600 °C, exact.",
):
    item(q, "algebra", "set", [str(-40 * sp.log(sp.Rational(600 - 25, 1425)))])


# t2: a two-component blend whose target is a content stated as an amount ("5.4 kg of protein" in a 50 kg batch) or a
# total cost of components priced per unit; a line written with word names solved for the other name at a value
_c = sp.Symbol("c")
for q in (
    "We're blending two flours for a 50 kg batch: a strong one at 12% protein and a weaker one at 9%. Need the batch "
    "to hit exactly 5.4 kg of protein total. How many kg of the 12% flour go in?",
    "We mix a strong flour at 12% protein with a weak flour at 9% protein. The 50 kg batch must contain 5.4 kg of "
    "protein. How many kg of the 12% flour?",
):
    item(q, "algebra", "set", _blend(50, sp.Rational(54, 10) / 50, sp.Rational(12, 100), sp.Rational(9, 100)))
for q in (
    "We blend two carbon blacks for a tread compound. Grade A costs $42/kg, grade B costs $65/kg. A 50 kg batch has "
    "to cost exactly $2500 in black. How many kg of grade A go in? (exact answer)",
    "Grade A costs $42 per kg and grade B costs $65 per kg. We need a 50 kg blend that costs $2500. How many kg of "
    "grade A?",
):
    item(q, "algebra", "set", [str(sp.solve(sp.Eq(42 * _c + 65 * (50 - _c), 2500), _c)[0])])
for q in (
    "Our calibration line is area = 12.4·conc + 3.1 (conc in µg/mL). A sample injection gives area 158.1 — what conc "
    "is that?",
    "The standard curve is signal = 12.4*conc + 3.1. If a sample gives a signal of 158.1, what is the conc?",
):
    item(
        q,
        "algebra",
        "set",
        [str(sp.solve(sp.Eq(sp.Rational(124, 10) * _c + sp.Rational(31, 10), sp.Rational(1581, 10)), _c)[0])],
    )

# t2: the largest value of a name a formula allows under a bound on the formula ("LOQ = 10σ/S ... no more than 0.5 ...
# the largest residual SD σ we can tolerate"): the formula solved for the name at the bound, not an extreme
for q in (
    "ICH approach: LOQ = 10σ/S. Slope S of the calibration curve is 14.8 area units per µg/mL and we need the LOQ to "
    "be no more than 0.5 µg/mL. What's the largest residual SD σ (area units) we can tolerate?",
    "Per ICH, LOQ = 10σ/S. The calibration slope S is 14.8 area units per µg/mL and the LOQ must be at most 0.5 "
    "µg/mL. What is the largest residual SD σ we can accept?",
):
    _s = sp.Symbol("s")
    item(q, "algebra", "set", [str(sp.solve(sp.Eq(10 * _s / sp.Rational(148, 10), sp.Rational(1, 2)), _s)[0])])


# ---- task t4: a chart's grand mean and R-bar (S-bar) written in percent stay in percent (a measurement, no share);
# numbered rows "Station 1: ..." with a one-way ANOVA named are its groups; groups written with slashes
# ("C1 18.2/17.9/18.6"); counts sharing one total per group ("400 tyres inspected per shift: day 12, swing 19, night
# 27") as a k x 2 table; factors whose levels are named in brackets ("time pressure (yes/no)"); a predictor named in
# words in brackets in a written model ("Ra = b0 + b1·(layer thickness)"). References: printed A2, scipy's f_oneway,
# chi2_contingency, linregress, the product of the levels.
def _t4_a3(n: int) -> float:
    """A3 = 3 / (c4 sqrt(n)), c4 from gamma functions, rounded to 3 decimals as the printed tables give it."""
    c4 = math.sqrt(2 / (n - 1)) * math.gamma(n / 2) / math.gamma((n - 1) / 2)
    return round(3 / (c4 * math.sqrt(n)), 3)


for q in (
    "X̄–R chart for tablet assay, subgroups of n = 5. Grand mean 99.8 %, average range R̄ = 1.2 %. Upper control limit "
    "for the X̄ chart?",
    "X̄–R chart, subgroups of n = 5, grand mean 99.8 %, average range 1.2 %: what is the UCL of the X̄ chart?",
):
    item(q, "control_chart", "number", 99.8 + printed_a2(5) * 1.2, key="ucl")
item("X-bar chart of fill level, subgroups of size 4; x-double-bar = 98.5 %, R-bar = 2.0 %. What is the UCL of the "
     "X-bar chart?", "control_chart", "number", 98.5 + printed_a2(4) * 2.0, key="ucl")  # fmt: skip
item("Assay results are charted on an Xbar-S chart with n = 6. Grand mean 100.2%, S-bar 0.9%. UCL of the Xbar chart?",
     "control_chart", "number", 100.2 + _t4_a3(6) * 0.9, key="ucl")  # fmt: skip
_t4_stations = [[41, 38, 45, 40], [36, 39, 34, 37], [44, 47, 42, 46], [39, 41, 37, 40]]
_t4_rows = "\n".join(f"Station {i}: {', '.join(map(str, g))}" for i, g in enumerate(_t4_stations, 1))
for q in (
    "We send the same model of air data computer to four different repair stations. Hours to next failure after return "
    f"(in hundreds of FH):\n{_t4_rows}\nIs there a difference between stations? I want the p-value from a one-way "
    "ANOVA.",
    f"Four repair stations, hours to next failure:\n{_t4_rows}\nDo the stations differ? One-way ANOVA p-value please.",
):
    item(q, "anova", "number", stats.f_oneway(*_t4_stations).pvalue, key="p_value")
_t4_slashed = [[18.2, 17.9, 18.6], [19.4, 19.9, 19.1], [17.5, 17.8, 17.2], [18.8, 19.2, 18.5]]
item("tensile strength MPa, 3 dumbbells each — C1 18.2/17.9/18.6, C2 19.4/19.9/19.1, C3 17.5/17.8/17.2, C4 "
     "18.8/19.2/18.5. one-way anova F stat?", "anova", "number", stats.f_oneway(*_t4_slashed).statistic,
     key="statistic")  # fmt: skip
item("Compounds A 18.2/17.9/18.6; B 19.4/19.9/19.1; C 17.5/17.8/17.2 - ANOVA p-value?", "anova", "number",
     stats.f_oneway(*_t4_slashed[:3]).pvalue, key="p_value")  # fmt: skip


def _t4_chi2(counts: list[int], total: int) -> float:
    return float(stats.chi2_contingency([[k, total - k] for k in counts], correction=False)[0])


for q in (
    "Blisters by shift, 400 tyres inspected per shift: day 12 blistered, swing 19, night 27. Chi-square test of "
    "independence between shift and blister status (Pearson, 3×2 table) — what is the chi-square statistic?",
    "Three shifts, 400 tyres per shift: day 12 blistered, swing 19, night 27. Pearson chi-square statistic for shift vs "
    "blistering (test of independence)?",
    "line 1 12, line 2 19, line 3 27 defectives, 400 inspected per line. Chi-square test of independence of line and "
    "defect status, statistic?",
):
    item(q, "hypothesis_test", "number", _t4_chi2([12, 19, 27], 400), key="statistic")
item("Blisters by shift, 400 tyres inspected per shift: day 12 blistered, swing 19, night 27. Chi-square test of "
     "independence (Pearson, 2×2 table): statistic?", "hypothesis_test", "refuse", None)  # fmt: skip
for q, levels, reps in (
    ("For my experiment I'm crossing feedback type (3 levels) × time pressure (yes/no) × task difficulty (easy/hard), "
     "full factorial, and each cell is run twice (2 replicates). Total number of runs?", [3, 2, 2], 2),
    ("Design: catalyst (A/B/C), stirring (on/off), temperature (low/high), full factorial, 3 replicates. How many runs?",
     [3, 2, 2], 3),
    ("Crossing dose (low/medium/high) x route (oral/iv), full factorial, 4 replicates per cell: total runs?", [3, 2], 4),
):  # fmt: skip
    item(q, "design", "runs", math.prod(levels) * reps)
_t4_layer, _t4_ra = [20, 30, 40, 50, 60, 80], [5.1, 6.8, 8.9, 9.7, 12.4, 15.8]
for q in (
    "Fit Ra = b0 + b1·(layer thickness) by ordinary least squares. Layer thickness (µm): 20, 30, 40, 50, 60, 80. "
    "Measured Ra (µm): 5.1, 6.8, 8.9, 9.7, 12.4, 15.8. How much of the variation in Ra does the line explain (R²)?",
    "Fit Ra = b0 + b1·(layer thickness) by least squares. Measured Ra (µm): 5.1, 6.8, 8.9, 9.7, 12.4, 15.8. Layer "
    "thickness (µm): 20, 30, 40, 50, 60, 80. R squared?",
):
    item(q, "regression", "number", stats.linregress(_t4_layer, _t4_ra).rvalue ** 2, key="r_squared")

# u4b: calculus named in words: "d/dt" of a quantity defined in words, an ODE's time to a level, a time average over
# "the first 16 minutes of the bake"
_u4b_t = sp.Symbol("t")
for q in (
    "Dissolution profile: % released = 100(1 − exp(−t/20)), t in minutes. Give the release rate d/dt as a function of t.",
    "Dissolution: % released = 100(1 − exp(−t/20)) with t in minutes. What is d/dt?",
):
    item(q, "calculus", "expr", expr(sp.diff(100 * (1 - sp.exp(-_u4b_t / 20)), _u4b_t)))
for q in (
    "Stability study: assay follows dC/dt = −kC with k = 0.002 per day and C(0) = 100 % label claim. Exact time (days) "
    "until the assay drops to 90 %? leave it in closed form",
    "Potency obeys dC/dt = -kC, k = 0.002 per day, C(0) = 100%. How many days until C reaches 90%?",
):
    item(q, "calculus", "set", [str(sp.log(sp.Rational(100, 90)) / sp.Rational(2, 1000))])
item("dC/dt = −kC with k = 0.002 per hour and C(0) = 100 %. Exact time (days) until C drops to 90 %?", "calculus",
     "refuse", None)  # fmt: skip
for q in (
    "Oven zone 3 heats up as T(t) = 180 + 40(1 − e^(−t/8)) °C, t in minutes after loading. What's the exact "
    "time-averaged temperature over the first 16 minutes of the bake?",
    "T(t) = 180 + 40(1 − e^(−t/8)) °C with t in minutes. Average temperature over the first 16 minutes?",
):
    item(q, "calculus", "number", integrate.quad(lambda s: 180 + 40 * (1 - math.exp(-s / 8)), 0, 16)[0] / 16)

# u3: a count referred back to by "each" past a clock time; gauge pressures; a p chart's n "reviewed every day";
# readings every 5 min from t=0; a Bayes prevalence beside a compound noun ("alarm-check intervals")
for q in (
    "12 buses leave the depot on the 7am wave. each is independently late with probability 0.15. probability exactly "
    "two are late?",
    "12 buses leave the depot, each independently late with probability 0.15. probability exactly two are late?",
    "At 7 am 12 buses leave the depot. Each is independently late with probability 0.15. What's P(exactly two late)?",
    "The 6:40 shuttle run sends out 12 buses; each one is late with probability 0.15, independently of the others. "
    "What is the chance exactly 2 are late?",
):
    item(q, "probability", "number", stats.binom.pmf(2, 12, 0.15), tol=1e-9)
for q in (
    "PSV set pressure is 250 psig, what's that in kPa (gauge)?",
    "convert 250 psig to kPag",
    "250 psi(g) in kPa(g)",
):
    item(q, "unit_conversion", "number", 250 * constants.psi / constants.kilo, key="value")
item("relief valve set at 17.2 barg, what is it in psig?", "unit_conversion", "number",
     17.2 * constants.bar / constants.psi, key="value")  # fmt: skip
item("250 psig in psia", "unit_conversion", "refuse", None)
_u3_rejects = [6, 4, 9, 5, 7, 3, 8, 6, 5, 7]
_u3_pbar = sum(_u3_rejects) / (150 * len(_u3_rejects))
for q in (
    "Daily QA reject counts for image sets, 150 sets reviewed every day for 10 days:\n6,4,9,5,7,3,8,6,5,7\nset up a p "
    "chart (3-sigma) — UCL?",
    "We review 150 image sets every day; rejects over 10 days were 6,4,9,5,7,3,8,6,5,7. p chart UCL (3 sigma)?",
    "150 sets are reviewed each day. Rejected sets on 10 days: 6 4 9 5 7 3 8 6 5 7. What is the UCL of the p chart?",
):
    item(q, "control_chart", "number", _u3_pbar + 3 * math.sqrt(_u3_pbar * (1 - _u3_pbar) / 150), key="ucl")
_u3_level = [82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1]
for q in (
    "Tank level during a pump-out, readings every 5 min starting at t=0: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1 (%). "
    "Simple linear regression of level on time — what's the R²?",
    "Level logged every 5 minutes from t = 0: 82.0 78.9 75.1 72.4 68.8 65.9 62.1 %. Fit a straight line of level "
    "against time; R squared?",
    "readings at 5-minute intervals beginning at 0 min: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1. linear regression of "
    "level on time, R^2?",
):
    item(q, "regression", "number", stats.linregress(range(0, 35, 5), _u3_level).rvalue ** 2, key="r_squared")
_u3_ppv = 0.95 * 0.01 / (0.95 * 0.01 + 0.03 * 0.99)
for q in (
    "High-temp trip alarm: fires 95% of the time when there's a genuine runaway onset, and falsely 3% of the time when "
    "there isn't. Genuine onsets are present in 1% of alarm-check intervals. Given the alarm fires, what's the "
    "probability it's a genuine onset?",
    "A leak detector alarms 95% of the time when a leak is present and falsely alarms 3% of the time when there is "
    "none. Leaks are present in 1% of alarm-check periods. If it alarms, what is the probability there is really a "
    "leak?",
    "Trip alarm fires 95% of the time given a real fault, 3% of the time falsely. Real faults occur in 1% of "
    "sensor-check intervals. Given the alarm fires, probability of a real fault?",
):
    item(q, "probability", "number", _u3_ppv, tol=1e-9)


# u1: a half-life symbol (T½) read as the stated half-life in t's unit, a Greek constant given a value, a derivative
# of a named formula ("the Arrhenius rate k = ...")
for q in (
    "F-18 pt just injected, dose rate at 1 m is 40 μGy/h right now. Half-life 109.8 min. If I stand there forever "
    "(lol) what's the total integrated dose in μGy? i.e. integrate 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
    "dose rate 40 μGy/h, half-life 109.8 min. total dose = integral of 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
):
    item(q, "calculus", "number", 40 * (109.8 / 60) / math.log(2))
for q in (
    "narrow beam, linear attenuation coeff μ = 0.5 cm⁻¹. fraction of photons that interact in the first 2 cm = "
    "∫₀² μ e^(−μx) dx. exact value?",
    "attenuation coefficient μ = 0.5 per cm; what fraction interacts within 2 cm, i.e. the integral of μ e^(−μx) "
    "from 0 to 2?",
):
    item(q, "calculus", "number", float(sp.integrate(sp.exp(-x / 2) / 2, (x, 0, 2))))
_u1_a, _u1_ea, _u1_r, _u1_t = sp.symbols("A Ea R T")
for q in (
    "quick one — derivative of the Arrhenius rate k = A*exp(-Ea/(R*T)) with respect to T? symbolic please",
    "differentiate the rate constant k = A exp(-Ea/(R T)) wrt T",
):
    item(q, "calculus", "expr", expr(sp.diff(_u1_a * sp.exp(-_u1_ea / (_u1_r * _u1_t)), _u1_t)))

# u5: availability of units in parallel then series (1 - (1 - a)^k, then the product), a goodness-of-fit test of
# label-count pairs written without "=" ("Mon 1180, Tue 1245"), 2^k effects from Yates's labels listed before their
# responses (references: math, scipy chisquare, contrasts written out here)
for q, ref in (
    (
        "Site availability: two redundant uplinks, each 99.5% available and failing independently, in parallel; that pair "
        "sits in series with a single core router at 99.9%. Overall steady-state availability of the path (as a "
        "probability)?",
        (1 - (1 - 0.995) ** 2) * 0.999,
    ),
    (
        "Two pumps in parallel each with reliability 0.9, in series with a valve at 0.98. What is the system reliability?",
        (1 - 0.1**2) * 0.98,
    ),
    ("A and B (0.95 each) in parallel, then C at 0.99 in series. System availability?", (1 - 0.05**2) * 0.99),
):
    item(q, "probability", "number", ref, tol=1e-9)
for q in (
    "Weekday boardings on line 14 last week were Mon 1180, Tue 1245, Wed 1302, Thu 1210, Fri 1063. Chi-square "
    "goodness-of-fit test of the hypothesis that boardings are equally spread over the five days — p value?",
    "Calls per weekday: Mon 1180, Tue 1245, Wed 1302, Thu 1210 and Fri 1063. Are calls uniformly distributed across "
    "the days? chi-square test p-value",
):
    item(q, "hypothesis_test", "number", stats.chisquare([1180, 1245, 1302, 1210, 1063]).pvalue, key="p_value")
_u5_delay = [48, 41, 52, 44, 50, 42, 55, 46]  # (1), a, b, ab, c, ac, bc, abc
_u5_stem = ("Unreplicated 2³ experiment at a signalised junction, response = average delay (s/veh). Factors A = cycle "
            "length, B = green split, C = offset. Runs in standard (Yates) order (1), a, b, ab, c, ac, bc, abc gave 48, "
            "41, 52, 44, 50, 42, 55, 46. ")  # fmt: skip
for q, signs in (
    (_u5_stem + "Estimate the main effect of A (high minus low average).", [-1, 1, -1, 1, -1, 1, -1, 1]),
    (_u5_stem + "Estimate the AB interaction effect.", [1, -1, -1, 1, 1, -1, -1, 1]),
):
    item(q, "design", "number", sum(s * y for s, y in zip(signs, _u5_delay, strict=True)) / 4, key="value")


# u6: ODEs in prose: a tank's time to empty (h' = -k sqrt(h): sqrt(h) falls by k/2 a unit of time, so empty at
# 2 sqrt(h0)/k), and a second-order equation in primes or Leibniz notation with two initial values (sympy dsolve)
for q in (
    "Gravity-draining knockout drum, level obeys dh/dt = −0.2·√h with h in metres and t in minutes. Starts at h = 4 "
    "m. How many minutes until it's empty?",
    "A tank drains according to dh/dt = -0.2 sqrt(h) (h in m, t in min). Initially h = 4 m. How long does it take "
    "to empty?",
    "Level in a vessel follows dh/dt = -0.2*sqrt(h), h(0) = 4, t in minutes. When does the tank run dry?",
):
    item(q, "calculus", "set", [2 * math.sqrt(4) / 0.2])
_u6_x, _u6_t = sp.Function("x"), sp.Symbol("t", real=True)
_u6_rig = expr(sp.dsolve(sp.Eq(_u6_x(_u6_t).diff(_u6_t, 2) + 9 * _u6_x(_u6_t), 0), _u6_x(_u6_t),
                         ics={_u6_x(0): sp.Rational(1, 2), _u6_x(_u6_t).diff(_u6_t).subs(_u6_t, 0): 3}).rhs)  # fmt: skip
for q in (
    "Our sidewall fatigue rig is basically undamped: x'' + 9x = 0 with x(0) = 0.5 mm and x'(0) = 3 mm/s (t in "
    "seconds). Give x(t) in closed form.",
    "x'' + 9x = 0, x(0) = 0.5, x'(0) = 3. Solve for x(t).",
    "Solve the ODE d²x/dt² + 9x = 0 with x(0) = 0.5 and x'(0) = 3.",
):
    item(q, "calculus", "expr", _u6_rig)


# ---- task u2: algebra word problems. A stated equation ending before a dash ("... = 0 — what are the roots?"); a
# formula proportional to its starting value cut to a share of it ("I = I0·e^(−μx) ... to 5% of its unattenuated
# value"); an activation energy from an Arrhenius ratio of rate constants at two temperatures in kelvin; compounded
# percentage growth to a target ("12,000 GB/day growing 8% per year"); a blend "blended from a 40% ABV neutral and a
# 65% ABV cut" (litres and L one unit); a linear system in words (counts of things and their totals); a formula's
# value reached after a time ("it's down to 250 N after 3 months"). References: sympy solve and linsolve, math.
_u2s = sp.Symbol("s")
for q in (
    "characteristic eqn of our level loop came out as s³ + 6s² + 11s + 6 = 0 — what are the roots?",
    "our loop's char. eqn came out as s^3 + 6s^2 + 11s + 6 = 0 - roots?",
    "characteristic polynomial came out as s³ + 6s² + 11s + 6 — what are its roots?",
):
    item(q, "algebra", "set", roots(_u2s**3 + 6 * _u2s**2 + 11 * _u2s + 6, _u2s))
for q, mu, share in (
    ("What thickness of lead (mm) cuts a narrow-beam intensity to 5% of its unattenuated value if μ = 0.2 per mm? "
     "Assume I = I0·e^(−μx), no buildup.", 0.2, 0.05),
    ("How thick must a lead shield be (mm) to cut intensity to 5% of I0, with I = I0*exp(-mu*x) and mu = 0.2 per mm?",
     0.2, 0.05),
    ("Beer-Lambert: I = I0 e^(-k x) with k = 0.35 per cm. At what depth x is the intensity down to 10% of its incident "
     "value?", 0.35, 0.10),
):  # fmt: skip
    item(q, "algebra", "number", math.log(1 / share) / mu)
item("I = I0*e^(-mu*x); what x cuts it to 5% of I0?", "algebra", "refuse", None)
for q, ratio, t1, t2 in (
    ("Rule-of-thumb check: the rate constant for our exotherm exactly doubles going from 300 K to 310 K. Using "
     "Arrhenius with R = 8.314 J/(mol·K), solve for the activation energy in J/mol.", 2, 300, 310),
    ("Arrhenius: k triples between 350 K and 370 K. With R = 8.314 J/mol/K, what is the activation energy?", 3, 350,
     370),
    ("the reaction rate increases by a factor of 3 from 350 K to 370 K (Arrhenius, R = 8.314 J/(mol K)). Find the "
     "activation energy in J/mol.", 3, 350, 370),
):  # fmt: skip
    item(q, "algebra", "number", 8.314 * math.log(ratio) / (1 / t1 - 1 / t2))
item("the rate constant doubles from 300 K to 310 K. Using Arrhenius, solve for the activation energy in J/mol.",
     "algebra", "refuse", None)  # fmt: skip
for q, start, rate, target in (
    ("backhaul traffic is 12,000 GB/day and growing 8% per year compounded. after how many years (non-integer ok) does "
     "it hit 20,000 GB/day?", 12000, 0.08, 20000),
    ("a population of 12000 grows 8% per year. after how many years does it reach 20000?", 12000, 0.08, 20000),
    ("sales of 12,000 units grow at 8% a year, compounded annually; how many years until they reach 20,000 units?",
     12000, 0.08, 20000),
    ("a reservoir of 20,000 m3 loses 8% per year; after how many years is it down to 12,000 m3?", 20000, -0.08, 12000),
):  # fmt: skip
    item(q, "algebra", "number", math.log(target / start) / math.log(1 + rate))
item("12,000 GB/day growing 8% per year compounded monthly: how many years until 20,000 GB/day?", "algebra", "refuse",
     None)  # fmt: skip
_u2v = sp.Symbol("v")
for q in (
    "Hi team — for the gin batch I need 200 L at 55% ABV, blended from a 40% ABV neutral and a 65% ABV cut. How many "
    "litres of the 65% stock go in? (ABV by volume, ignore contraction)",
    "I need 200 L at 55% ABV, blended from a 40% ABV spirit and a 65% ABV spirit. How many L of the 65% go in?",
    "we want 200 litres at 55% ABV by mixing a 40% ABV base with a 65% ABV spirit; how many litres of the 65% spirit?",
):
    item(q, "algebra", "set", roots(65 * _u2v + 40 * (200 - _u2v) - 55 * 200, _u2v))


def _u2_system(rows: list[list[int]], rhs: list[int], index: int) -> float:
    """One unknown of a 2x2 system by sympy's linsolve."""
    u, w = sp.symbols("u w")
    (solution,) = sp.linsolve([r[0] * u + r[1] * w - b for r, b in zip(rows, rhs, strict=True)], [u, w])
    return float(solution[index])


for q, rows, rhs, index in (
    ("Three buses plus two trams move 540 passengers per trip in total; one bus plus four trams move 580. Assuming "
     "every bus carries the same load and every tram the same load, how many passengers per tram?", [[3, 2], [1, 4]],
     [540, 580], 1),
    ("3 pens and 2 notebooks cost $12; 1 pen and 4 notebooks cost $14. how much is one notebook?", [[3, 2], [1, 4]],
     [12, 14], 1),
    ("A bus and 3 trams carry 460 people, and 2 buses with 1 tram carry 320. how many people does each bus carry?",
     [[1, 3], [2, 1]], [460, 320], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("2 vans and 3 trucks haul 31 tonnes; 4 vans and 6 trucks haul 62 tonnes. what does a truck haul?", "algebra",
     "refuse", None)  # fmt: skip
for q, start, value, time in (
    ("preload on a bolted joint relaxes as P = 500·e^(−k·t) N with t in months; it's down to 250 N after 3 months. "
     "solve for k exactly.", 500, 250, 3),
    ("P = 500 e^(-k t) with t in months. P has dropped to 250 after 3 months; solve for k.", 500, 250, 3),
    ("Concentration follows C = 80*e^(-k*t), t in hours. It is down to 20 after 6 hours. Solve for k.", 80, 20, 6),
):  # fmt: skip
    item(q, "algebra", "number", math.log(start / value) / time)
item("C = 80*e^(-k*t), t in hours; it's down to 20 after 90 min. solve for k", "algebra", "refuse", None)

# task v4: an AUC asked as an open equation ("= ?"), the argument of a maximum in shop-floor verbs ("maxed out",
# "tops out") of a Greek-named function, an ODE's solution asked "as a formula" with "we start at C(0) = ..."
_v4t = sp.Symbol("t", positive=True)
_v4auc = float(sp.integrate(20 * _v4t * sp.exp(-_v4t / 2), (_v4t, 0, sp.oo)))
for q in (
    "plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC from 0 to ∞ = ?",
    "plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC0-∞ = ?",
    "plasma conc C(t)=20·t·e^(−0.5t) mg/L, t in h. AUC(0–inf)=?",
):
    item(q, "calculus", "number", _v4auc)
item("AUC from 0 to ∞ = ?", "calculus", "refuse", None)
_v4x = sp.Symbol("x", real=True)
_v4eta = sp.Rational(8, 1000) * _v4x - sp.Rational(4, 100000) * _v4x**2
for q in (
    "fitted our pump efficiency curve as η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s). at what flow Q is efficiency maxed "
    "out?",
    "pump efficiency η(Q) = 0.008Q − 0.00004Q^2, Q in L/s. what flow maxes out the efficiency?",
    "efficiency curve η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s): at what Q does efficiency top out?",
):
    item(q, "calculus", "set", roots(sp.diff(_v4eta, _v4x), _v4x))
_v4C = sp.Function("C")
_v4chlorine = sp.dsolve(sp.Eq(_v4C(_v4t).diff(_v4t), -sp.Rational(15, 100) * _v4C(_v4t)), _v4C(_v4t),
                        ics={_v4C(0): sp.Rational(18, 10)}).rhs  # fmt: skip
for q in (
    "Chlorine in the storage tank decays first-order: dC/dt = −0.15·C (per hour), and we start at C(0) = 1.8 mg/L. "
    "Give me C(t) as a formula.",
    "Chlorine decays first-order, dC/dt = −0.15·C (per hour); we start at C(0) = 1.8 mg/L. What is C(t) in closed "
    "form?",
    "Chlorine decays first-order: dC/dt = -0.15*C (per hour), starting at C(0) = 1.8 mg/L. Write down the formula "
    "for C(t).",
):
    item(q, "calculus", "expr", expr(_v4chlorine))
item("Chlorine decays first-order: dC/dt = −0.15·C (per hour). Give me C(t) as a formula.", "calculus", "refuse",
     None)  # fmt: skip


# v2: a system in words of things named by letters, two curves crossing with their symbols' units in brackets, a
# blend told apart by value ("one runs 12% passing the #200 and the other 4%"), a blend to a content amount
for q in (
    "Two loader configs. Three passes of bucket A plus two of bucket B load 690 t; one pass of A plus four of B load "
    "630 t. Assuming each pass of a bucket moves the same tonnage, how many tonnes does one pass of bucket B move?",
    "Three passes of bucket A and two passes of bucket B move 690 t; one pass of bucket A and four passes of bucket B "
    "move 630 t. How many tonnes per pass of bucket B?",
    "3 scoops of mix A plus 2 scoops of mix B weigh 690 g; 1 scoop of A plus 4 of B weigh 630 g. What does one scoop "
    "of B weigh?",
):
    item(q, "algebra", "number", _u2_system([[3, 2], [1, 4]], [690, 630], 1))
item("Three passes of bucket A plus two of bucket B load 690 t; six passes of A plus four of B load 1380 t. How many "
     "tonnes does one pass of bucket B move?", "algebra", "refuse", None)  # fmt: skip
for q in (
    "pump curve H = 50 − 0.0004Q²  , system curve H = 20 + 0.0002Q²  (H m, Q m3/h). operating point flow Q "
    "(positive root)?",
    "Pump: H = 50 - 0.0004Q^2; system: H = 20 + 0.0002Q^2 (H in m, Q in m3/h). Find the operating point flow Q, "
    "positive root.",
    "pump curve H = 50 − 0.0004Q², system curve H = 20 + 0.0002Q² with H in m and Q in m3/h. At what flow Q do the "
    "curves intersect (Q > 0)?",
):
    item(q, "algebra", "number", math.sqrt(30 / 0.0006))


def _v2_blend(asked: int, other: int, total: int, content: float) -> float:
    """The amount x of the component asked: asked*x + other*(total - x) = content (by sympy)."""
    x = sp.Symbol("x")
    return float(sp.solve(asked * x + other * (total - x) - sp.nsimplify(content), x)[0])


for q in (
    "I have two sand stockpiles, one runs 12% passing the #200 and the other 4%. Need a 500 kg batch blended to "
    "exactly 7% fines. How many kg of the 12% stuff go in?",
    "Two sand stockpiles: one runs 12% passing the #200 sieve, the other 4%. I need 500 kg blended to 7% fines. How "
    "many kg of the 12% material?",
    "Stockpile A runs 12% passing #200, stockpile B runs 4%. Need a 500 kg batch at 7% fines; how many kg of "
    "stockpile A?",
):
    item(q, "algebra", "number", _v2_blend(12, 4, 500, 7 * 500))
for q in (
    "Two granulations are blended to make a 50 kg batch. Granulation A contains 20% API by mass, granulation B "
    "contains 5%. The blend must hold 4 kg of API in total. How many kg of granulation A are needed?",
    "Granulation A is 20% API, granulation B is 5% API. A 50 kg batch blended from them must contain 4 kg of API. How "
    "many kg of granulation A?",
    "We blend granulation A (20% API w/w) with granulation B (5% API) into a 50 kg batch that has to hold exactly 4 kg "
    "API in total. How much of granulation A, in kg?",
):
    item(q, "algebra", "number", _v2_blend(20, 5, 50, 100 * 4))
item("Two granulations are blended to make a 50 kg batch. Granulation A contains 20% API by mass, granulation B "
     "contains 5%. The blend must hold 12 kg of API in total. How many kg of granulation A are needed?", "algebra",
     "refuse", None)  # fmt: skip
item("Dopamine order 5 mcg/kg/min for an 80 kg patient. Bag is 400 mg in 250 mL D5W. What pump rate in mL/h?", None,
     "refuse", None)  # fmt: skip


# v1: a unit written after a formula is no symbol of it ("12 e^(-t/20) kp"; a word's letters never become symbols),
# a variance written as a square ("sigma^2 = 4^2", "N(250, 4^2)", "N(250 mg, 16 mg^2)") and the kilopond (kgf)
_v1t = sp.Symbol("t")
for q, body in (
    ("hardness of stored cores drifts like H(t) = 12·e^(−t/20) kp, t in days. give dH/dt as a function of t",
     12 * sp.exp(-_v1t / 20)),
    ("H(t) = 12 e^(-t/20) kilopond; find H'(t)", 12 * sp.exp(-_v1t / 20)),
    ("the force follows F(t) = 5·e^(-t/4) kN. find dF/dt", 5 * sp.exp(-_v1t / 4)),
    ("T(t) = 20 + 60 e^(-t/15) °C, what is dT/dt?", 20 + 60 * sp.exp(-_v1t / 15)),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.diff(body, _v1t)))
for q in (
    "Let X ~ N(μ = 250 mg, σ² = 4²) denote individual tablet weight. What is P(X < 244 mg)?",
    "Let X ~ N(250, 4²) denote tablet weight in mg. What is P(X < 244)?",
    "X ~ N(250 mg, 16 mg²). P(X < 244 mg)?",
    "tablet weight is normal with mean 250 mg and σ² = 16. P(X < 244)?",
):
    item(q, "probability", "number", stats.norm.cdf(244, 250, math.sqrt(16)))
item("X ~ N(μ = 250, σ = 4²). P(X < 244)?", "probability", "refuse", None)
for q, value in (
    ("convert 8.5 kp tablet hardness to newtons", 8.5),
    ("how many newtons is 8.5 kp?", 8.5),
    ("convert 12 kiloponds to newtons", 12),
):
    item(q, "unit_conversion", "number", value * constants.g, key="value")

_v3_tyres = [5210, 4870, 5430, 5120, 4990, 5360, 5280, 4760, 5150, 5400]
for q in (
    "Tyre lives (h) from the last ten pulled tyres: 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400. Vendor claims "
    "mean life 5000 h. One-sample t-test, two-sided — p-value?",
    "The last ten pulled tyres lasted 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400 hours. The vendor claims a mean "
    "life of 5000 hours. Two-sided one-sample t-test: p-value?",
    "ten tyres lasted 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400 h; the stated average life is 5000 h. p-value "
    "of a two-sided t-test?",
):
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_v3_tyres, 5000).pvalue, key="p_value")
item("Tyre lives (h): 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400. Vendor claims a long mean life. One-sample "
     "t-test, two-sided — p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
for q in (
    "capping rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — probability that at most one "
    "of them is capped?",
    "The capping rate on press 3 runs at 2%; tablets are independent. If we pull 50 tablets, what is the chance at most "
    "1 is capped?",
    "On press 3 about 2 percent of tablets are capped, independently. Pulling fifty tablets, what's the probability "
    "that no more than one of them is capped?",
):
    item(q, "probability", "number", stats.binom.cdf(1, 50, 0.02), tol=1e-9)
item("capping rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — probability that at most "
     "one of them is chipped?", "probability", "refuse", None)  # fmt: skip
for q in (
    "Marshall mix design, binder content % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). Fit "
    "a straight line of air voids on binder content; how much of the variation does it explain (R²)?",
    "Mix design trial, binder % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). Regress air "
    "voids on binder; how much variation is explained (R^2)?",
    "Mix design data (binder content %, air voids %): (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). What is "
    "R² of the straight-line fit of air voids on binder content?",
):
    item(q, "regression", "number", stats.linregress([4.5, 5.0, 5.5, 6.0, 6.5], [6.8, 5.4, 4.3, 3.1, 2.2]).rvalue ** 2,
         key="r_squared")  # fmt: skip
_v3_depth, _v3_weight = [8.0, 8.2, 8.4, 8.6, 8.8, 9.0], [243.1, 247.9, 251.8, 256.4, 259.7, 265.0]
for q in (
    "Let the fill depth d (mm) be set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights observed be 243.1, "
    "247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. For the simple linear regression of weight on d, find the "
    "coefficient of determination R².",
    "Suppose the fill depth d (mm) is set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights observed are "
    "243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. Regress weight on d and give R².",
    "The fill depth d was set to 8.0, 8.2, 8.4, 8.6, 8.8, 9.0 mm and the tablet weights were 243.1, 247.9, 251.8, "
    "256.4, 259.7, 265.0 mg respectively. Find R² for the regression of weight on d.",
):
    item(q, "regression", "number", stats.linregress(_v3_depth, _v3_weight).rvalue ** 2, key="r_squared")
item("Let the mean tablet weights observed be 243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg when the fill depth d (mm) "
     "is set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 respectively. For the simple linear regression of weight on d, find "
     "the slope.", "regression", "number", stats.linregress(_v3_depth, _v3_weight).slope, key="slope")  # fmt: skip
item("Let the fill depth d (mm) be set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights observed be "
     "243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. For the simple linear regression of hardness on "
     "pressure, find R².", "regression", "refuse", None)  # fmt: skip

# pairs in brackets under a heading "A vs B": the heading's order and the predictor-first convention agree only when
# the heading names the predictor first; otherwise the slope would be a guess
item("binder content % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). Fit a straight line of "
     "air voids on binder content; slope?", "regression", "number",
     stats.linregress([4.5, 5.0, 5.5, 6.0, 6.5], [6.8, 5.4, 4.3, 3.1, 2.2]).slope, key="slope")  # fmt: skip
item("air voids % vs binder content %: (6.8, 4.5) (5.4, 5.0) (4.3, 5.5) (3.1, 6.0) (2.2, 6.5). Fit a straight line of "
     "air voids on binder content; slope?", "regression", "refuse", None)  # fmt: skip

# ---- task w3: a binomial's pieces as "a case of twenty" or "I installed twenty of them", its share's property said
# again as "in year one"; Bayes' theorem for a screen whose clean items have no known word ("legit ones", "tight
# systems"): the detection is the outcome on the items the prevalence names, the other the false alarm; declined when
# the prevalence is missing or both outcomes are on the same items. References: scipy binom, exact fractions.
for q in (
    "Historically 3% of quart cans come off the filler with a bad lid seal (independent). Pull a case of twenty. "
    "Probability that at most one is a bad seal?",
    "3% of cans have a bad seal, independently. We grab a case of 20 cans. What is the probability that no more than 1 "
    "has a bad seal?",
    "A case of twenty cans is pulled; 3% of cans are bad seals, independent. Probability at most one is bad?",
):
    item(q, "probability", "number", stats.binom.cdf(1, 20, 0.03))
for q in (
    "3% of the scroll compressors from this batch fail in the first year, independently. I installed twenty of them "
    "this season. Probability that at least two fail in year one?",
    "About 3% of these compressors fail within the first year, independently of each other. We installed 20 of them. "
    "What's the chance at least 2 fail in the first year?",
    "3% of the heat pumps from this supplier fail in their first year, independently. A contractor installed twenty of "
    "them last month. Probability that two or more fail in year one?",
):
    item(q, "probability", "number", stats.binom.sf(1, 20, 0.03))
item("In the case of 500 N loads, 3% of bolts fail. Probability at most 1 fails?", "probability", "refuse", None)
_w3p, _w3se, _w3fp = Fraction(2, 100), Fraction(95, 100), Fraction(4, 100)
for q in (
    "2% of orders are fraudulent. The fraud screen flags 95% of fraudulent orders and also flags 4% of legit ones. "
    "Given an order got flagged, what's the probability it's actually fraud?",
    "The fraud filter catches 95% of fraudulent orders but also flags 4% of legitimate orders; 2% of all orders are "
    "fraudulent. If an order is flagged, how likely is it to be fraudulent?",
    "Fraud rate is 2% of orders. Our screen flags 95% of fraudulent orders and 4% of legitimate ones. An order was "
    "flagged: probability it is fraudulent?",
):
    item(q, "probability", "number", float(_w3p * _w3se / (_w3p * _w3se + (1 - _w3p) * _w3fp)))
_w3p, _w3se, _w3fp = Fraction(5, 100), Fraction(92, 100), Fraction(6, 100)
for q in (
    "About 5% of the rooftop units we service actually have a refrigerant leak. The electronic sniffer flags 92% of "
    "true leaks but also alarms on 6% of tight systems. If it alarms on a unit, what's the probability there really is "
    "a leak?",
    "5% of units have a refrigerant leak. The sniffer alarms on 92% of leaking units and on 6% of sealed units. Given "
    "an alarm, probability the unit is leaking?",
    "The sniffer detects 92% of real leaks and also alarms on 6% of tight systems; about 5% of systems really leak. If "
    "the sniffer alarms, what is the chance the system truly leaks?",
):
    item(q, "probability", "number", float(_w3p * _w3se / (_w3p * _w3se + (1 - _w3p) * _w3fp)))
for q in (
    "The screen flags 95% of fraudulent orders and also flags 4% of legit ones. Given an order got flagged, what's the "
    "probability it's actually fraud?",
    "2% of orders are fraudulent. The screen flags 95% of new orders and also flags 4% of old orders. Given a flag, "
    "probability of fraud?",
):
    item(q, "probability", "refuse", None)

# w4: a factor counted by its plural noun in a product, replication in other words, a difference in t/ha, "normal (z)
# approximation", a "target window" as the specification, a numbered table of people with its difference written
_w4_z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
for _w4_rep in ("whole thing replicated twice", "the whole design run twice", "in duplicate",
                "two replicates of everything"):  # fmt: skip
    item(f"full factorial: N rate at three levels × irrigation at three levels × two cultivars, {_w4_rep}. how many "
         "plots?", "design", "int", 3 * 3 * 2 * 2, key="runs")  # fmt: skip
item("3 sowing dates x 2 cultivars full factorial, each combination appears twice. how many plots?", "design", "int",
     3 * 2 * 2, key="runs")  # fmt: skip
item("Trial protocol: we want to detect a 0.3 t/ha difference in mean yield between two seed treatments. Plot-to-plot "
     "SD assumed 0.5 t/ha, two-sided α = 0.05, power 80%. Using the normal (z) approximation, how many plots per "
     "treatment?", "sample_size", "int", math.ceil(2 * _w4_z**2 * (0.5 / 0.3) ** 2), key="n")  # fmt: skip
item("How many plots per treatment to detect a difference of 0.3 t/ha between two treatments with sd 0.5 t/ha, "
     "alpha = 0.05, power 0.8, z approximation?", "sample_size", "int", math.ceil(2 * _w4_z**2 * (0.5 / 0.3) ** 2),
     key="n")  # fmt: skip
item("Target superheat window is 8 to 14 °F on these TXV systems. Process mean 10.2 °F, within-subgroup σ = 0.8 °F. "
     "Cpk?", "capability", "number", min(14 - 10.2, 10.2 - 8) / (3 * 0.8), key="cpk")  # fmt: skip
item("Target window 8-14 °F for superheat; the process averages 10.2 °F with sigma 0.8 °F. Compute Cpk.", "capability",
     "number", min(14 - 10.2, 10.2 - 8) / (3 * 0.8), key="cpk")  # fmt: skip
_w4_pre = [38.2, 41.5, 35.9, 44.0, 39.7, 42.3, 36.8, 40.1]
_w4_post = [40.1, 42.0, 37.5, 45.2, 39.5, 44.6, 38.9, 41.0]
item("CMJ jump height (cm), same 8 athletes before and after the 6-wk plyo block\nathlete pre  post\n"
     + "".join(f"{i} {a} {b}\n" for i, (a, b) in enumerate(zip(_w4_pre, _w4_post, strict=True), 1))
     + "paired t-test on the differences (post − pre): what's the t statistic?", "hypothesis_test", "number",
     stats.ttest_rel(_w4_post, _w4_pre).statistic, key="statistic")  # fmt: skip
item("Resting HR of 6 participants before and after training\nparticipant before after\n1 72 68\n2 80 75\n3 65 66\n"
     "4 77 70\n5 70 69\n6 74 71\npaired t test (after minus before): t?", "hypothesis_test", "number",
     stats.ttest_rel([68, 75, 66, 70, 69, 71], [72, 80, 65, 77, 70, 74]).statistic, key="statistic")  # fmt: skip

# a paired difference written with a bare hyphen; a design's cells run "on 2 separate days"
_hy_pre = [38.2, 41.5, 35.9, 44.0, 39.7, 42.3, 36.8, 40.1]
_hy_post = [40.1, 42.0, 37.5, 45.2, 39.5, 44.6, 38.9, 41.0]
_hy_table = "jump height (cm), 8 athletes\nathlete pre  post\n" + "\n".join(
    f"{i} {a} {b}" for i, (a, b) in enumerate(zip(_hy_pre, _hy_post, strict=True), start=1)
)
item(f"{_hy_table}\npaired t-test on post-pre differences: t statistic?", "hypothesis_test", "number",
     stats.ttest_rel(_hy_post, _hy_pre).statistic, key="statistic")  # fmt: skip
item(f"{_hy_table}\npaired t-test on pre-post differences: t statistic?", "hypothesis_test", "number",
     stats.ttest_rel(_hy_pre, _hy_post).statistic, key="statistic")  # fmt: skip
item("full factorial: 3 temperatures x 2 catalysts, each combination run on two separate days. how many runs?",
     "design", "runs", 3 * 2 * 2)  # fmt: skip

# w5: a mil (thou) of film thickness with a descriptor after it; an element label between a mass unit and its "per"
# ("kg N/ha"); a p chart's p-bar with the span it averages over before its value; a matrix written between bars
for q in ("convert 4.5 mils wet film to micrometres (µm)", "4.5 mil wet film thickness in µm",
          "how many microns is 4.5 mils?"):  # fmt: skip
    item(q, "unit_conversion", "number", 4.5 * constants.mil / constants.micro, key="value")
for q in ("convert 150 kg N/ha to lb/ac", "150 kg N per ha in lb N/ac", "convert 150 kg N/ha to lb/acre"):
    item(q, "unit_conversion", "number", 150 * constants.acre / constants.hectare / constants.pound, key="value")
item("convert 60 kg P2O5/ha to lb/acre", "unit_conversion", "number",
     60 * constants.acre / constants.hectare / constants.pound, key="value")  # fmt: skip
item("convert 150 kg N/ha to lb P2O5/ac", "unit_conversion", "refuse", None)
_w5_lcl = 0.06 - 3 * math.sqrt(0.06 * 0.94 / 200)
for q in (
    "p chart on daily return rate. we sample 200 orders/day, pbar across the last month = 0.06. what's the LCL "
    "(3-sigma)?",
    "p-chart for returns: n = 200 orders per day, p-bar over the past 30 days is 0.06; lower control limit?",
    "We check 200 orders each day; p-bar for the last month was 6%. 3-sigma LCL for the p chart?",
):
    item(q, "control_chart", "number", _w5_lcl, key="lcl")
_w5_b = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
for q in (
    "Reduced susceptance matrix for a 3-bus radial feeder (per-unit):\n  B = | 2 −1  0 |\n      |−1  2 −1 |\n"
    "      | 0 −1  2 |\nWhat is det(B)?",
    "Find the determinant of\n| 2 -1 0 |\n| -1 2 -1 |\n| 0 -1 2 |",
    "det(B) for\n    | 2 -1  0 |\nB = |-1  2 -1 |\n    | 0 -1  2 |",
):
    item(q, "linear_algebra", "number", float(np.linalg.det(np.array(_w5_b))))
item("det of the admittance matrix:\nY = | 3 -1 -1 |\n    |-1 3 |\n    |-1 -1 3 |", "linear_algebra", "refuse", None)

# w2: a blend of components on hand ("I have a 40% solids cut and a 65% solids cut"), and compounded growth to a
# multiple of its start ("grows 8% month over month ... until it doubles", the equation "1.08^n = 2" written out)
_w2_blend = 100 * (65 - 50) / (65 - 40)  # x + y = 100, 40 x + 65 y = 50*100
for q in (
    "Need 100 gal of resin solution at 50% solids. I have a 40% solids cut and a 65% solids cut. How many gallons of "
    "the 40% one go in? (assume solids blend linearly by volume)",
    "I need 100 gallons of resin at 50% solids and I've got a 40% solids cut and a 65% solids cut. How many gal of the "
    "40% cut should I use?",
    "We have a 65% solids cut and a 40% solids cut on hand. How many gallons of the 40% one make 100 gallons at 50% "
    "solids?",
):
    item(q, "algebra", "number", _w2_blend)
for q in (
    "if order volume grows 8% month over month (compounding), how many months until it doubles? exact solution of "
    "1.08^n = 2, not the rule of 72",
    "order volume grows 8% month over month, compounding. how many months until it doubles?",
    "Sales increase 8% year-over-year. How many years until they double?",
):
    item(q, "algebra", "number", math.log(2) / math.log(1.08))
item("Sign-ups grow 8% week on week; how many weeks until they triple?", "algebra", "number",
     math.log(3) / math.log(1.08))  # fmt: skip
item("volume grows 8% per month; how many months until it doubles? solve 1.05^n = 2", "algebra", "refuse", None)

# w1: an explicit limit beside series words in the context; an extreme of a quantity named as a product of the
# defined function ("revenue p*q", "Power is F*v"); "rate of germination at day 5" of a cumulative amount
_w1x, _w1p, _w1v, _w1t = sp.symbols("x p v t")
for q in (
    "Quick sanity check on a series expansion I'm doing for a rheology model: what is the limit of (1 − cos(3x))/x² as "
    "x → 0?",
    "I'm checking a Taylor series result: lim x->0 of (1 - cos(3x))/x^2?",
    "For my Maclaurin expansion homework, find the limit of (1-cos 3x)/x^2 as x approaches 0.",
    "Use the Maclaurin series through x^4 to find the limit of (1 - cos(3x))/x^2 as x -> 0",
):
    item(q, "calculus", "number", float(sp.limit((1 - sp.cos(3 * _w1x)) / _w1x**2, _w1x, 0)))
_w1revenue = _w1p * (500 - 20 * _w1p)
for q in (
    "Our demand curve for the 1-gallon eggshell SKU is roughly q = 500 − 20p units/week where p is price in dollars. "
    "What price maximizes weekly revenue p·q?",
    "For the 12-oz model, demand is q = 500 - 20p per week with p the price. Which p maximizes revenue p*q?",
    "q = 500 - 20p units per week (p in dollars). What price p maximises the revenue p·q?",
):
    item(q, "calculus", "set", roots(sp.diff(_w1revenue, _w1p), _w1p))
item("Demand q = 500 − 20p. What is the maximum revenue p*q?", "calculus", "number",
     float(_w1revenue.subs(_w1p, sp.solve(sp.diff(_w1revenue, _w1p), _w1p)[0])))  # fmt: skip
_w1power = 800 * (1 - _w1v / 10) * _w1v
for q in (
    "Linear force-velocity profile off the force plate: F(v) = 800·(1 − v/10) N with v in m/s. Power is F·v. What's the "
    "peak power in watts?",
    "Force-velocity: F(v) = 800(1 - v/10) N. Power is F*v. What is the maximum power?",
    "F(v) = 800*(1 - v/10). Power P = F·v. Find the peak power.",
):
    item(q, "calculus", "number", float(_w1power.subs(_w1v, sp.solve(sp.diff(_w1power, _w1v), _w1v)[0])))
_w1germinated = 95 / (1 + sp.exp(-sp.Rational(4, 5) * (_w1t - 5)))
for q in (
    "germination curve from the petri-dish test, cumulative % germinated G(t) = 95/(1+e^(−0.8(t−5))), t in days. rate "
    "of germination (%/day) at day 5?",
    "cumulative percent germinated G(t) = 95/(1+e^(-0.8(t-5))), t in days. What is the rate of germination at t = 5?",
    "Seeds germinated (cumulative %): G(t) = 95/(1 + e^(-0.8(t - 5))) with t in days. Germination rate at day 5?",
    "cumulative % germinated G(t) = 95/(1+e^(-0.8(t-5))), t in days. How fast is G increasing on day 5?",
):
    item(q, "calculus", "number", float(sp.diff(_w1germinated, _w1t).subs(_w1t, 5)))
item("cumulative % germinated G(t) = 95/(1+e^(-0.8(t-5))), t in hours. rate of germination at day 5?", "calculus",
     "refuse", None)  # fmt: skip

# w1: named constants in an integrand with unicode bounds and a closing "exactly"; a profile's flow through a round
# cross-section, int_0^R u(r) 2 pi r dr
_w1weibull = integrate.quad(lambda s: s * (2 / 8) * (s / 8) * math.exp(-((s / 8) ** 2)), 0, math.inf)[0]
for q in (
    "Hub-height wind speed modelled as Weibull, shape k = 2, scale c = 8 m/s, i.e. f(v) = (k/c)(v/c)^(k−1) "
    "exp(−(v/c)^k). Evaluate ∫₀^∞ v f(v) dv exactly (the mean wind speed).",
    "Weibull wind model with k = 2 and c = 8 m/s: f(v) = (k/c)(v/c)^(k-1) exp(-(v/c)^k). Compute the integral of v "
    "f(v) dv from 0 to infinity exactly.",
    "shape k = 2, scale c = 8, f(v) = (k/c)(v/c)^(k−1) e^(−(v/c)^k). Evaluate ∫_0^∞ v·f(v) dv analytically.",
):
    item(q, "calculus", "number", _w1weibull)
_w1flow = integrate.quad(lambda s: 8 * (1 - (s / 0.2) ** 2) * 2 * math.pi * s, 0, 0.2)[0]
for q in (
    "round duct, R = 0.2 m, fully developed laminar-ish profile u(r) = 8(1 − (r/0.2)²) m/s. integrate over the "
    "cross-section — volumetric flow in m³/s?",
    "pipe of radius R = 0.2 m with velocity profile u(r) = 8(1 - (r/0.2)^2) m/s. What is the volumetric flow rate "
    "through the cross-section?",
    "pipe diameter D = 0.4 m, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow rate in m^3/s?",
):
    item(q, "calculus", "number", _w1flow)
for q in (
    "rectangular duct, R = 0.2 m, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow?",
    "round duct, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow?",
):
    item(q, "calculus", "refuse", None)

# w6: a time constant from one observed point of an exponential ("was at 140 bpm thirty seconds after stopping"), and a
# rectangle's side from its area or perimeter and how its sides compare ("length is 7 m longer than its width")
for q in (
    "HR recovery model HR(t) = 60 + 100·e^(−t/τ) bpm. Athlete was at 140 bpm thirty seconds after stopping. Solve for "
    "τ (seconds), exact please.",
    "HR(t) = 60 + 100·e^(−t/τ) bpm. 30 s after stopping, HR was 140. Solve for τ.",
    "Heart rate follows HR(t) = 60 + 100e^(-t/τ). It had dropped to 140 bpm 30 seconds after the sprint. Find τ in "
    "seconds.",
):
    item(q, "algebra", "number", 30 / math.log(100 / 80))  # e^(-30/τ) = 80/100
item("T(t) = 20 + 80·e^(−t/τ) °C; after 10 min it reads 60 °C. Find τ", "algebra", "number", 10 / math.log(80 / 40))
item("V = 12·e^(−t/τ) V, 5 V at t = 3 ms, solve for τ", "algebra", "number", 3 / math.log(12 / 5))
_w6_w = (-7 + math.sqrt(7**2 + 4 * 120)) / 2  # w (w + 7) = 120
for q in (
    "Trial block is laid out as a rectangle whose length is 7 m longer than its width. Gross plot area has to be 120 "
    "m². What's the width in metres?",
    "A rectangle's length is 7 m longer than its width and its area is 120 m². Find the width.",
):
    item(q, "algebra", "number", _w6_w)
item("A rectangular plot has a length 7 m longer than its width and an area of 120 m². Find the length.", "algebra",
     "number", _w6_w + 7)  # fmt: skip
item("A rectangle's length is twice its width and its perimeter is 54 cm. How wide is it?", "algebra", "number", 54 / 6)
item("A rectangular field: the width is 3 m shorter than the length, area 180 m^2. What is the width?", "algebra",
     "number", (-3 + math.sqrt(9 + 4 * 180)) / 2)  # fmt: skip
item("A triangle and a rectangle: the rectangle's length is 7 m longer than its width, area 120 m². What's the width?",
     "algebra", "refuse", None)  # fmt: skip


# x3: a screening rate said "with probability 0.99 when ..."; at least once over years of an event with a return
# period or an annual probability, 1 - (1 - p)^n; a p chart's sample size said period first; spec limits said as an
# acceptance band
_x3ppv = 0.001 * 0.99 / (0.001 * 0.99 + 0.999 * 0.005)
for q in (
    "Our serialization vision camera flags a misprinted 2D code with probability 0.99 when the code really is bad, and "
    "falsely flags a good code 0.5% of the time. True misprint rate is 1 in 1000. Given the camera flagged a carton, "
    "what's the probability the code is actually bad?",
    "A vision system rejects a misprinted label with a probability of 0.99 when the label really is bad and falsely "
    "rejects 0.5% of good labels. 1 in 1000 labels is misprinted. If a label is rejected, what's the chance it is "
    "really misprinted?",
    "The camera catches a misprinted code 99% of the time when the code really is bad, but also flags 0.5% of good "
    "codes. The misprint rate is 1 in 1000. Given a flag, what is the probability the code is actually bad?",
):
    item(q, "probability", "number", _x3ppv)
for q, _p, _n in (
    ("What's the chance a 100-year flood (annual exceedance prob 1%) is equalled or exceeded at least once during a "
     "30-year design life? assume independent years", 0.01, 30),
    ("Chance that a 1-in-100 year event happens at least once over 50 years?", 0.01, 50),
    ("A culvert is sized for the 100-year flood. What is the chance it is exceeded at least once over its 30-year "
     "design life, assuming independent years?", 0.01, 30),
    ("The annual exceedance probability of the design storm is 2%. Probability of at least one exceedance during the "
     "next 25 years?", 0.02, 25),
):  # fmt: skip
    item(q, "probability", "number", float(stats.binom.sf(0, _n, _p)))
for q in (
    "A 50-year storm with annual probability 1% - chance of at least once in 30 years?",
    "What's the chance a 100-year flood happens at least once?",
):
    item(q, "probability", "refuse", None)
_x3p = sum([6, 4, 7, 5, 8, 3, 6, 9]) / 1200
_x3ucl = _x3p + 3 * math.sqrt(_x3p * (1 - _x3p) / 150)
for q in (
    "Auditing rubric scoring: each week we re-score 150 exams and count the ones graded wrong. Eight weeks: 6, 4, 7, "
    "5, 8, 3, 6, 9. Set up a p chart — what's the upper control limit?",
    "Every week we re-score 150 exams and count those graded wrong. Counts for eight weeks: 6, 4, 7, 5, 8, 3, 6, 9. "
    "What is the UCL of a p chart?",
    "Each week, 150 exams are re-scored and the ones graded wrong counted: 6, 4, 7, 5, 8, 3, 6, 9 over eight weeks. "
    "What's the p chart UCL?",
):
    item(q, "control_chart", "number", _x3ucl, key="ucl")
_x3v = np.array([5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8])
_x3ppk = min(6.0 - _x3v.mean(), _x3v.mean() - 4.0) / (3 * _x3v.std(ddof=1))
for _band in (
    "Tech spec acceptance band for HPCI injection valve opening time is 4.0 to 6.0 s.",
    "The acceptance band for the valve stroke time is 4.0 to 6.0 s.",
    "Allowable band on the HPCI valve opening time is 4.0 to 6.0 s.",
):
    item(f"{_band} Last ten strokes: 5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8 s. Compute Ppk using the overall "
         "sample standard deviation (n−1).", "capability", "number", _x3ppk, key="value")  # fmt: skip


# x2: a ticket label before an equation and every root asked "even the negative one"; two equations inline among
# prose ("a + b = 800 machine-hours total"); a formula's values read by the units its bracket declares; two groups by
# their total and a comparison in words (references: sympy solve and linsolve, the rational formula rearranged)
_tt = sp.Symbol("t")
for q in (
    "TKT-4471: solve t² − 7t − 60 = 0 for t (turn-time model fit, want both roots even the nonsense negative one)",
    "TKT-4471: solve t^2 - 7t - 60 = 0 for t, including the negative root",
    "RFC 88: solve t^2 - 7*t - 60 = 0 for t (both roots please)",
):
    item(q, "algebra", "set", [str(r) for r in sp.solve(_tt**2 - 7 * _tt - 60, _tt)])
for q in (
    "Two cartoners, A and B. This week A ran a hours and B ran b hours, a + b = 800 machine-hours total; A draws 2 kW "
    "and B 3 kW and the energy log says 2a + 3b = 1900 kWh. What is a?",
    "Press A ran a hours and press B ran b hours: a + b = 800 machine-hours in all, and the meter says 2a + 3b = 1900 "
    "kWh. What is a?",
):
    item(q, "algebra", "expr", _unknown([_a + _b - 800, 2 * _a + 3 * _b - 1900], [_a, _b], _a))
for q in (
    "Using the rational formula Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha), what rainfall intensity i gives a peak "
    "of 4.2 m³/s from a 35 ha industrial estate with C = 0.6?",
    "Rational method: Q = C*i*A/360 with Q in m3/s, i in mm/h and A in ha. For C = 0.6, what i produces 4.2 m3/s off "
    "35 ha?",
    "Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha). A 35 ha catchment with C = 0.6 must pass 4.2 m³/s; what intensity "
    "i is that?",
):
    item(q, "algebra", "set", [str(sp.Rational(42, 10) * 360 / (sp.Rational(6, 10) * 35))])
item("Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha): what i gives 4.2 m³/s from 35 ha and 20 ha with C = 0.6?",
     "algebra", "refuse", None)  # fmt: skip
_sa, _sb = sp.symbols("A B")
for q, eqs, asked in (
    ("Two sections of the algebra course have fifty-eight students between them, and section A has six more students "
     "than section B. How many students are in section B?", [_sa + _sb - 58, _sa - _sb - 6], _sb),
    ("Shift A and shift B packed 58 pallets in total; shift A packed 6 more pallets than shift B. How many pallets did "
     "shift B pack?", [_sa + _sb - 58, _sa - _sb - 6], _sb),
    ("Line A and line B made 90 units altogether, and line A made twice as many units as line B. How many units did "
     "line A make?", [_sa + _sb - 90, _sa - 2 * _sb], _sa),
    ("Two crews laid 47 metres of pipe combined; crew A laid 3 fewer metres than crew B. How many metres did crew B "
     "lay?", [_sa + _sb - 47, _sa - _sb + 3], _sb),
):  # fmt: skip
    item(q, "algebra", "expr", _unknown(eqs, [_sa, _sb], asked))


# x1: a rate's total over an interval is its integral even when a change word sits in a hyphenated name ("the
# climb-cruise segment") or in the sentence that only describes the rate; a mean's margin-of-error sample size with
# a population sigma stated is n = ceil((z sigma / E)^2), with an sd from a pilot or a sample the t-based n
_x1fuel = integrate.quad(lambda s: 2600 - 40 * s**2, 0, 3)[0]
for q in (
    "Fuel flow on the climb-cruise segment is modelled as f(t) = 2600 − 40t² kg/h with t in hours. Total fuel burned "
    "over the first 3 hours? (kg)",
    "Fuel flow falls off as f(t) = 2600 - 40t^2 kg/h during the climb. How much fuel is burned in the first 3 hours?",
    "During the climb-out phase the fuel flow is f(t) = 2600 − 40t² kg/h (t in hours). What is the total fuel used "
    "from t = 0 to t = 3?",
):
    item(q, "calculus", "number", _x1fuel)
_x1z = math.ceil((stats.norm.ppf(0.975) * 10 / 2) ** 2)
for q in (
    "How many students do I need to sample to estimate the mean reading score within ±2 points with 95% confidence, "
    "if σ is about 10?",
    "How many pupils should we test to estimate the average reading score to within 2 points at 95% confidence? The "
    "population sd is 10.",
    "Sample size to estimate mean score within +/- 2 with 95% confidence, sigma = 10",
):
    item(q, "sample_size", "int", _x1z, key="n")
_x1t = next(n for n in range(2, 1000) if stats.t.ppf(0.975, n - 1) * 10 / math.sqrt(n) <= 2)
for q in (
    "How many students to estimate the mean reading score within ±2 points at 95% confidence, given a pilot standard "
    "deviation of 10?",
    "How many students to estimate the mean reading score within ±2 points at 95% confidence, if the sample standard "
    "deviation was 10?",
):
    item(q, "sample_size", "int", _x1t, key="n")

# x7: an exponential probability asked in exact form ("exact expression", "closed form", "in exact form") is the
# closed form exp(-t/MTBF) (1 - that for a failure by t); a Poisson rate counting a hyphenated noun ("9 walk-ins per
# hour") reads as a rate; a factor added by "plus"/"and"/"with" after a list at its levels ("a, b and c at two levels
# each, plus d at three levels") is one more factor (references: sympy exp, scipy poisson, math.prod)
for q in (
    "Fuel injector life is taken to be exponentially distributed with a mean time between failures of 8000 running "
    "hours. Reliability at 5000 hours? exact expression",
    "A pump's life is exponential with MTBF 8000 hours. What is the probability it survives 5000 hours? Give the "
    "closed form.",
):
    item(q, "probability", "expr", expr(sp.exp(sp.Rational(-5, 8))))
item("Lifetime is exponential with mean 8000 h. Probability of failure before 5000 h, in exact form?", "probability",
     "expr", expr(1 - sp.exp(sp.Rational(-5, 8))))  # fmt: skip
for q in (
    "ED gets 9 walk-ins per hour on average (Poisson). Probability of at most 5 in a given hour?",
    "The emergency department sees an average of 9 walk-ins an hour, Poisson. What is the chance of 5 or fewer "
    "walk-ins in a given hour?",
    "Walk-in arrivals: 9 walk-ins/hour on average, Poisson distributed. P(at most 5 in one hour)?",
):
    item(q, "probability", "number", stats.poisson.cdf(5, 9))
for q, runs in (
    ("We want a full factorial on the pultrusion line: die temperature, pull speed and filler loading at two levels "
     "each, plus glass roving type at three levels. Single replicate, no centre points. How many runs?",
     math.prod([2, 2, 2, 3])),
    ("Full factorial: temperature, pressure and time at 2 levels each, and catalyst type at 3 levels. One replicate. "
     "How many runs?", math.prod([2, 2, 2, 3])),
    ("A full factorial with feed rate, depth of cut and coolant at two levels each, with tool grade at four levels. "
     "How many runs are needed, single replicate?", math.prod([2, 2, 2, 4])),
):  # fmt: skip
    item(q, "design", "int", runs, key="runs")

# ---- task x5: calculus prose. A unit written with the Greek mu after a formula ("... )) μm"); an unnamed formula
# a rate "falls off like", its total over a window asked. References: sympy.
_x5t = sp.Symbol("t")
for q in (
    "wet film build on the bell cup test panel follows T(t) = 40(1 − e^(−t/12)) μm, t in seconds. give me dT/dt as a "
    "function of t",
    "The deposited layer grows as T(t) = 40(1 − e^(−t/12)) μm (t in s). Find T'(t).",
):
    item(q, "calculus", "expr", expr(sp.diff(40 * (1 - sp.exp(-_x5t / 12)), _x5t)))
for q in (
    "dose rate in the pump room falls off like 40*e^(-0.1t) mrem/h after shutdown (t in hours). total dose for someone "
    "standing there from t=0 to t=10 h?",
    "The dose rate falls off as 40 e^(-0.1t) mrem/h after shutdown, t in hours. What total dose does a worker get from "
    "t = 0 to t = 10?",
    "after shutdown the dose rate dies away like 40*exp(-0.1*t) mrem/h (t in h). cumulative dose between t=0 and t=10 "
    "h?",
):
    item(q, "calculus", "number", float(sp.integrate(40 * sp.exp(-_x5t / 10), (_x5t, 0, 10))))


# x8: algebra word problems. A blend priced per unit of amount with its total cost ("500 tonnes total, a mix of HFO
# at $540/t and MGO at $800/t, invoice came to $322,000"); two parts named by a word, their total and one comparison
# ("42 kg in total ... the glass mass is 2.5 times the resin mass"); a compounded decline to a level with its equation
# written out ("drops 15% per hour ... 120·0.85^t = 35")
_x8x = sp.symbols("x")
for q, asked, other in (
    ("Bunker stem of 500 tonnes total, mix of HFO at $540/t and MGO at $800/t, invoice came to $322,000. How many "
     "tonnes of HFO were in it?", 540, 800),
    ("A 500 t stem in total, a blend of HFO at $540/t and MGO at $800/t; the invoice totalled $322,000. How many "
     "tonnes of HFO?", 540, 800),
    ("We bunkered 500 tonnes total, mixing HFO at $540 per tonne with MGO at $800 per tonne, and the bill came to "
     "$322,000. How many tonnes of MGO were delivered?", 800, 540),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(asked * _x8x + other * (500 - _x8x) - 322000, _x8x)[0]))
_x8g, _x8r = sp.symbols("glass resin")
for q, relation, asked in (
    ("A batch of pultruded rod weighs forty-two kg in total (glass + resin only). The glass mass is 2.5 times the "
     "resin mass. How many kg of resin is in the batch?", _x8g - sp.Rational(5, 2) * _x8r, _x8r),
    ("A 42 kg laminate in total is glass and resin only; the glass weighs 2.5 times as much as the resin. How much "
     "resin, in kg?", _x8g - sp.Rational(5, 2) * _x8r, _x8r),
    ("The rod weighs 42 kg in total, glass plus resin. The glass is 2.5 times the resin. How many kg of glass are "
     "there?", _x8g - sp.Rational(5, 2) * _x8r, _x8g),
    ("A 42 kg batch in total of glass and resin: the glass mass is 18 kg more than the resin mass. How many kg of "
     "resin?", _x8g - _x8r - 18, _x8r),
):  # fmt: skip
    item(q, "algebra", "expr", _unknown([_x8g + _x8r - 42, relation], [_x8g, _x8r], asked))
_x8t = math.log(35 / 120) / math.log(0.85)
for q in (
    "PM2.5 in the valley drops 15% per hour once the inversion breaks, starting from 120 µg/m³. Solve for the number "
    "of hours t until it reaches 35 µg/m³ (continuous t, i.e. 120·0.85^t = 35).",
    "PM2.5 falls 15% each hour from 120 µg/m³. How many hours until it reaches 35 µg/m³?",
    "Ozone declines by 15% per hour starting at 120 ppb; solve 120*0.85^t = 35 for the number of hours t until it is "
    "down to 35 ppb.",
):
    item(q, "algebra", "set", [repr(_x8t)])
item("PM2.5 drops 15% per hour from 120 µg/m³. Solve for the number of hours t until it reaches 35 µg/m³ (i.e. "
     "120·0.8^t = 35).", "algebra", "refuse", None)  # fmt: skip

# x6: the critical point of the kind asked, f'' > 0 for a (local) minimum and f'' < 0 for a maximum, and a variable
# measured in a unit of time, length or speed read as >= 0
_x6t = sp.Symbol("t", real=True)
_x6A = _x6t**3 - 6 * _x6t**2 + 9 * _x6t + 2
_x6min = [p for p in sp.solve(sp.diff(_x6A, _x6t), _x6t) if sp.diff(_x6A, _x6t, 2).subs(_x6t, p) > 0]
for q in (
    "Fitted trend for pump vibration amplitude vs time (t in weeks): A(t) = t^3 − 6t^2 + 9t + 2. At what t does A "
    "have its local minimum?",
    "A(t) = t^3 - 6t^2 + 9t + 2, t in weeks. At what t is the local minimum of A?",
):
    item(q, "calculus", "set", [str(p) for p in _x6min])
_x6v = sp.Symbol("v", nonnegative=True)
_x6G = _x6v * (1 - (_x6v / 400) ** 2)
_x6max = [p for p in sp.solve(sp.diff(_x6G, _x6v), _x6v) if sp.diff(_x6G, _x6v, 2).subs(_x6v, p) < 0]
for q in (
    "Blister line good output vs speed: G(v) = v·(1 − (v/400)²), v in blisters/min. Which v maximizes G? exact value "
    "please",
    "G(v) = v(1 - (v/400)^2) with v in blisters/min. What v maximises G?",
):
    item(q, "calculus", "set", [str(p) for p in _x6max])

# x4: a randomised complete block design has treatments x blocks x plots of each treatment per block; incomplete
# blocks are not planned (a Latin square is, since f45: k^2 runs)
for q, treatments, n_blocks, per_block in (
    ("The variety trial will be a randomised complete block design: six varieties, four blocks, one plot per variety "
     "per block. How many plots in total must be sown?", 6, 4, 1),
    ("RCBD with 5 fertiliser treatments in 3 blocks — total plots?", 5, 3, 1),
    ("randomized complete block design, 4 treatments, 6 blocks, how many experimental units?", 4, 6, 1),
    ("A randomized complete block experiment compares 3 diets in 5 blocks with 2 pens per diet in each block. How "
     "many pens are needed?", 3, 5, 2),
    ("We plan an RCBD with 7 hybrids and 4 replications. How many plots?", 7, 4, 1),
):  # fmt: skip
    item(q, "design", "int", math.prod((treatments, n_blocks, per_block)), key="runs")
item("a Latin square for 5 treatments: how many runs?", "design", "runs", 5 * 5)
for q in (
    "A balanced incomplete block design with 7 treatments in blocks of 3: how many runs?",
    "RCBD with 6 varieties and 3 fertilisers in 4 blocks: how many plots?",
    "randomized complete block design with 5 treatments: how many plots?",
):
    item(q, "design", "refuse", None)

# y3: blends whose components are named with their strength in brackets ("whole milk (4.2% fat)") and asked bare
# ("kg of skim required?"), a property's two values with its unit ("MFI 0.9 and 2.5 g/10 min (190 °C/2.16 kg)"), the
# unknown written ("x kg of A + (200 - x) kg of B ... x = ?"); a formula set equal to a value in words ("solve for the
# day t on which N(t) equals 800")
_y3x = sp.symbols("x")
for q, asked, other, total, target in (
    ("need 1000 kg standardised milk at 3.3% fat, blending whole milk (4.2% fat) with skim (0.05% fat). kg of skim "
     "required?", "0.05", "4.2", 1000, "3.3"),
    ("We need 1000 kg of standardised milk at 3.3% fat by blending whole milk (4.2% fat) with skim milk (0.05% fat). "
     "How many kg of skim milk?", "0.05", "4.2", 1000, "3.3"),
    ("Blending two LLDPE grades, MFI 0.9 and 2.5 g/10 min (190 °C/2.16 kg). Batch is 500 kg and we want a blend MFI "
     "of 1.5. Assume a simple linear-by-mass mixing rule. How many kg of the 0.9 grade?", "0.9", "2.5", 500, "1.5"),
    ("We are blending two PP grades, MFI 3 and 12 g/10 min (230 °C/2.16 kg); batch size is 800 kg and we need a "
     "blend MFI of 6. How many kg of the 12 grade?", "12", "3", 800, "6"),
    ("blend tank: x kg of 0.5% preservative premix + (200−x) kg of 1.0% premix → 200 kg batch @ 0.8%. x = ? (kg)",
     "0.5", "1.0", 200, "0.8"),
    ("Mix x kg of a 0.5% premix with (200 − x) kg of a 1.0% premix to get a 200 kg batch at 0.8%. What is x?",
     "0.5", "1.0", 200, "0.8"),
):  # fmt: skip
    _y3eq = sp.Rational(asked) * _y3x + sp.Rational(other) * (total - _y3x) - sp.Rational(target) * total
    item(q, "algebra", "number", float(sp.solve(_y3eq, _y3x)[0]))
for q in (
    "Early in the outbreak, cumulative reported cases followed N(t) = 50·2^(t/3), where t is measured in days. Solve "
    "for the day t on which N(t) equals 800.",
    "Cumulative cases grew as N(t) = 50*2^(t/3), t in days. Solve for t when N(t) is equal to 800.",
):
    item(q, "algebra", "number", 3 * math.log2(800 / 50))
item("blend tank: x kg of 0.5% premix + (250−x) kg of 1.0% premix → 200 kg batch @ 0.8%. x = ? (kg)", "algebra",
     "refuse", None)  # fmt: skip


# y4: a formula solved for a name whose other names are set in words outside it: by a word of a name joined by
# underscores after which the value stands ("die is 250 mm" sets D_die), or by the value before the name ("1000 mm
# layflat"); a number left over, or one name given two values, is declined. References: sympy.
_y4B = sp.Symbol("BUR", positive=True)
_y4lay = [str(p) for p in sp.solve(sp.Eq(sp.pi * _y4B * 250 / 2, 1000), _y4B)]
for q in (
    "layflat = π·BUR·D_die/2. die is 250 mm, customer wants 1000 mm layflat. solve for BUR (exact).",
    "layflat = π·BUR·D_die/2. The die is 250 mm and we need a layflat of 1000 mm; solve for BUR exactly.",
    "layflat = pi*BUR*D_die/2 with a 250 mm die; solve for BUR at 1000 mm layflat.",
    "layflat = π·BUR·D_die/2, D_die = 250 mm, customer wants 1000 mm layflat. solve for BUR (exact).",
):
    item(q, "algebra", "set", _y4lay)
item("layflat = π·BUR·D_die/2. die is 250 mm or 300 mm, customer wants 1000 mm layflat. solve for BUR.", "algebra",
     "refuse", None)  # fmt: skip

# y5: principal stresses (strains, values) of a symmetric tensor are its eigenvalues; a number grouped by a plain space
# after a window's word ("survives past 500 000 cycles"); yearly values over a stated run of years ("for 2015 through
# 2022") fitted on the years, a rate's base ("per 100,000") a unit. References: sympy, scipy, numpy.
_y5T = sp.Matrix([[80, 30, 0], [30, 40, 0], [0, 0, 20]])
for q in (
    "stress tensor at the notch root (MPa): [[80,30,0],[30,40,0],[0,0,20]]. principal stresses?",
    "Find the principal values of the strain tensor [[80, 30, 0], [30, 40, 0], [0, 0, 20]].",
    "What are the principal stresses for sigma = [80 30 0; 30 40 0; 0 0 20] MPa?",
):
    item(q, "linear_algebra", "set", sorted(str(v) for v in _y5T.eigenvals()))
item("principal stresses of [[80,31,0],[30,40,0],[0,0,20]]", "linear_algebra", "refuse", None)
for q, fn in (
    ("Fatigue life of the bracket is Weibull with shape \u03b2 = 2.5 and scale \u03b7 = 1.2\u00d710^6 cycles. "
     "Probability a part survives past 500 000 cycles?", stats.weibull_min.sf),
    ("Weibull life, beta 2.5, eta 1.2x10^6 cycles: what fraction of brackets survive beyond 500 000 cycles?",
     stats.weibull_min.sf),
    ("A bracket's fatigue life follows a Weibull distribution (shape 2.5, scale 1.2*10^6 cycles). What is the "
     "probability it fails before 500 000 cycles?", stats.weibull_min.cdf),
):  # fmt: skip
    item(q, "probability", "number", float(fn(5e5, 2.5, scale=1.2e6)))
_y5y = [12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5, 18.0]
_y5r2 = float(np.corrcoef(np.arange(2015, 2023), _y5y)[0, 1] ** 2)
for q in (
    "Annual campylobacteriosis incidence per 100,000 in our region for 2015 through 2022 was 12.1, 13.4, 13.0, 14.8, "
    "15.2, 16.9, 16.5 and 18.0. If we fit a straight-line least-squares trend of incidence on year, what is the "
    "coefficient of determination R\u00b2?",
    "Yearly sales from 2015 to 2022: 12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5, 18.0. R^2 of a linear trend on year?",
    "Incidence per 100,000 population from 2015 to 2022: 12.1 13.4 13.0 14.8 15.2 16.9 16.5 18.0. Fit a least-squares "
    "line against year and give the R squared.",
):
    item(q, "regression", "number", _y5r2, key="r_squared")
item("Incidence for 2015 through 2021 was 12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5 and 18.0. R\u00b2 of the linear "
     "trend?", "regression", "refuse", None)  # fmt: skip

# y1: a fraction asked below a limit is a normal share, never a capability index ("frac underfilled?"); a margin
# beside a known σ in percent; a p chart's n from "each week our lab tests 400" and p-bar from "the average proportion
# positive for RSV was 0.035"; one total per group from "200 packs sampled each". References: scipy's normal,
# the z formula ceil((z sigma / E)^2), p-bar +/- 3 sqrt(p(1-p)/n), chi2_contingency.
for q in (
    "fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. frac underfilled?",
    "fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. fraction below LSL?",
    "fill weight ~ N(μ=101.2, σ=0.8), LSL 100 g: proportion out of spec?",
):
    item(q, "probability", "number", stats.norm.cdf(100, 101.2, 0.8), tol=1e-9)
_y1n = math.ceil((stats.norm.ppf(0.975) * 0.12 / 0.05) ** 2)
for q in (
    "How many milk samples do I need so a 95% CI for mean fat % has margin of error ±0.05, assuming σ = 0.12 % known?",
    "Fat content is measured in %, σ = 0.12% known. How many samples for a 95% CI of the mean with margin of error "
    "0.05?",
    "How many samples to estimate mean fat % within ±0.05 at 95% confidence if sigma is 0.12%?",
):
    item(q, "sample_size", "int", _y1n, key="n")
_y1ucl = 0.035 + 3 * math.sqrt(0.035 * (1 - 0.035) / 400)
for q in (
    "Each week our laboratory tests 400 specimens, and over the baseline period the average proportion positive for "
    "RSV was 0.035. For a p-chart with three-sigma limits and constant sample size, what is the upper control limit?",
    "Our lab tests 400 specimens each week; the average proportion positive over the baseline was 0.035. p-chart UCL "
    "(3-sigma)?",
    "Every week the clinic screens 400 swabs and the mean proportion testing positive was 0.035. What is the UCL of a "
    "p chart?",
):
    item(q, "control_chart", "number", _y1ucl, key="ucl")
for q in (
    "Packaging seal defects by shift, 200 packs sampled each: day 12 defective, evening 18, night 27. Chi-square test "
    "of independence between shift and defective/OK — what's the chi² statistic?",
    "Seal defects by shift with 200 packs inspected each: day 12, evening 18, night 27 defective. Chi-square statistic "
    "for independence of shift and defective?",
):
    item(q, "hypothesis_test", "number",
         stats.chi2_contingency([[k, 200 - k] for k in (12, 18, 27)], correction=False).statistic, key="statistic")  # fmt: skip

# y2: calculus prose: "from day 0 to infinity", "integrating", "the first half hour" of t in minutes, "% w/w" after a
# formula, "(t days)"
_y2t = sp.Symbol("t", positive=True)
_y2cases = sp.integrate(40 * _y2t * sp.exp(-_y2t / 5), (_y2t, 0, sp.oo))
for q in (
    "In our outbreak model the daily count of new cases is c(t) = 40 t e^(−t/5), with t in days since onset. If we "
    "integrate this from day 0 to infinity, what total number of cases does the model imply?",
    "Daily new cases follow c(t) = 40 t e^(−t/5), t in days. Integrating from day 0 to infinity, how many cases in "
    "total?",
):
    item(q, "calculus", "number", float(_y2cases))
_y2T = sp.integrate(4 + 68 * sp.exp(-_y2t / 12), (_y2t, 0, 30)) / 30
for q in (
    "Cheese vat jacket cooling, whey temp follows T(t) = 4 + 68·e^(−t/12) °C with t in minutes. What is the "
    "time-averaged temperature over the first half hour?",
    "T(t) = 4 + 68·e^(−t/12) °C, t in minutes. Average temperature during the first half-hour?",
):
    item(q, "calculus", "number", float(_y2T))
_y2C = sp.integrate(sp.Rational(8, 10) * sp.exp(-sp.Rational(3, 100) * _y2t), (_y2t, 0, 30)) / 30
for q in (
    "phenoxyethanol in shampoo bulk drops as C(t)=0.8·e^(−0.03t) % w/w (t days). avg conc over first 30 days, exact "
    "expr",
    "Preservative level in the bulk: C(t) = 0.8 e^(-0.03t) %w/w, t in days. What is the average concentration over "
    "the first 30 days?",
):
    item(q, "calculus", "expr", expr(_y2C))
item("r(t) = 140(1 - e^(-t/20)) picks per hour, t in hours. total picks in the first 30 minutes?", "calculus", "refuse",
     None)  # fmt: skip

# f40: integrals and a limit: bounds joined by an arrow ("0→∞", "from t=0 -> 4 s"), an AUC's bounds followed by the
# unit asked ("from 0 to infinity, in mg·h/L?"), and a limit of a named function with a "w/ x = ..." clause
_f40t = sp.Symbol("t", positive=True)
for q in (
    "co2 evolution on FV3 modeled as r(t)=12·e^(−t/40) L/h, t in hours from pitch. total liters of co2 if we let it "
    "run out forever? (integrate 0→∞)",
    "CO2 evolution r(t) = 12 e^(-t/40) L/h, t in hours. total liters of CO2 evolved, integrate 0->inf",
    "r(t)=12·e^(−t/40) L/h with t in hours. How many liters in total? integral 0→∞",
):
    item(q, "calculus", "number", float(sp.integrate(12 * sp.exp(-_f40t / 40), (_f40t, 0, sp.oo))))
for q in (
    "PK question from the tox side: plasma conc follows C(t) = 8·e^(−t/6) mg/L (t in hours) after an IV bolus. "
    "What's the AUC from 0 to infinity, in mg·h/L?",
    "C(t) = 8 e^(-t/6) mg/L, t in hours. AUC from 0 to inf, in mg*h/L?",
    "plasma concentration C(t) = 8·e^(−t/6) mg/L (t in h). what is the area under the curve from 0 to infinity in "
    "mg·h/L?",
):
    item(q, "calculus", "number", float(sp.integrate(8 * sp.exp(-_f40t / 6), (_f40t, 0, sp.oo))))
for q in (
    "CVD dep rate r(t) = 6t² − 2t + 5 nm/s. total film thickness laid down from t=0 -> 4 s, in nm?",
    "deposition rate r(t) = 6t^2 - 2t + 5 nm/s. how much film is deposited from t = 0 -> 4 s?",
    "r(t) = 6t² − 2t + 5 nm/s; total thickness for t=0→4 s, in nm",
):
    item(q, "calculus", "number", float(sp.integrate(6 * _f40t**2 - 2 * _f40t + 5, (_f40t, 0, 4))))
_f40x = sp.Symbol("x")
for q in (
    "murphy yield Y=((1−e^(−x))/x)² w/ x=A·D0 ... lim x->0 of Y ?",
    "Murphy's yield model Y = ((1 − e^(−x))/x)^2 with x = A·D0. What is the limit of Y as x → 0?",
    "Y = ((1-exp(-x))/x)^2 w/ x = A D0. what does Y approach as x goes to 0?",
):
    item(q, "calculus", "number", float(sp.limit(((1 - sp.exp(-_f40x)) / _f40x) ** 2, _f40x, 0)))

# f40: an I-MR chart of a series pasted beside its index column, a p chart's units "per sample", Cpk with sigma =
# R-bar/d2 and the subgroup size after the formula
_f40x = np.array([4.52, 4.48, 4.55, 4.61, 4.50, 4.47, 4.58, 4.53, 4.49, 4.56, 4.60, 4.51])
_f40lcl = _f40x.mean() - 3 * np.abs(np.diff(_f40x)).mean() / 1.128
_f40rows = "\n".join(f"{k}\t{v:.2f}" for k, v in enumerate(_f40x, 1))
for q in (
    "Individuals (I-MR) chart on 12 consecutive daily QC results for creatinine level 1 (mg/dL), limits from the "
    "average moving range of span 2 (3/d2, d2 = 1.128). What is the LCL of the individuals chart?\nday\tresult\n"
    + _f40rows,
    "I-MR chart of daily control results (level 1), sigma = MRbar/d2 with d2 = 1.128. LCL of the I chart?\nrun\tresult\n"
    + _f40rows,
):
    item(q, "control_chart", "number", float(_f40lcl), key="lcl")
_f40p = 200 / (25 * 200)
for q in (
    "p-chart for honeycomb core splice rejects: 25 daily samples, 200 splices per sample, 200 rejects in total across "
    "all samples. 3-sigma UCL?",
    "p chart, 25 samples with 200 splices in each sample, 200 rejected splices in total. UCL?",
):
    item(q, "control_chart", "number", _f40p + 3 * math.sqrt(_f40p * (1 - _f40p) / 200), key="ucl")
for q in (
    "Cpk w/ within σ = R̄/d2 : subgroup size 4, R̄=0.62 nm, X̿=45.3 nm, LSL 43 / USL 47 nm",
    "within-subgroup Cpk (σ = R̄/d2), n = 4 per subgroup, R̄ = 0.62, grand mean 45.3, LSL 43, USL 47",
):
    item(q, "capability", "number", min(47 - 45.3, 45.3 - 43) / (3 * 0.62 / 2.059), key="cpk")

# f40: design counts and effects. A factor counted by its plural beside factors named with their levels ("hop rate at 3
# levels, contact time at 3 levels, 2 yeast strains"), "every combo brewed twice"; a name ending in "level" in a list
# ("... and vacuum level, each at two levels"); responses before their runs' levels ("62 MPa at (A-, B-)")
_f40brews = math.prod([3, 3, 2]) * 2
for q in (
    "dry hop trial: hop rate at 3 levels, contact time at 3 levels, 2 yeast strains. full factorial, every combo "
    "brewed twice (2 replicates). total number of brews?",
    "Full factorial, hop rate at 3 levels, contact time at 3 levels and 2 yeast strains, every combination brewed "
    "twice. How many brews?",
):
    item(q, "design", "int", _f40brews, key="runs")
_f40runs = 2**4 + 3
for q in (
    "We intend to study cure temperature, dwell time, autoclave pressure and vacuum level, each at two levels, in a "
    "single replicate of a full factorial design, supplemented with three centre points. How many autoclave runs are "
    "required in total?",
    "Cure temperature, dwell time, autoclave pressure and vacuum level are each varied at two levels in one replicate "
    "of a full factorial, plus 3 center points. Total runs?",
):
    item(q, "design", "int", _f40runs, key="runs")
_f40y = {(-1, -1): 62, (1, -1): 70, (-1, 1): 58, (1, 1): 74}
_f40ab = (_f40y[(-1, -1)] + _f40y[(1, 1)]) / 2 - (_f40y[(1, -1)] + _f40y[(-1, 1)]) / 2
for q in (
    "In an unreplicated 2² factorial on a co-cured joint, factor A is the cure temperature and factor B is the "
    "consolidation pressure. The measured lap-shear strengths were 62 MPa at (A−, B−), 70 MPa at (A+, B−), 58 MPa at "
    "(A−, B+) and 74 MPa at (A+, B+). Estimate the AB interaction effect, using the usual convention of the "
    "difference between the two diagonal averages.",
    "2^2 factorial: strength was 62 at A low B low, 70 at A high B low, 58 at A low B high and 74 at A high B high. "
    "What is the AB interaction effect?",
):
    item(q, "design", "number", _f40ab, key="value")
item("We test 3 mash temperatures, fermentation temperature at 2 levels, 2 yeast strains in a full factorial with 2 "
     "replicates. Total runs?", "design", "refuse", None)  # fmt: skip

# f40: a Poisson count of none over a run of windows ("3 straight weeks"), a binomial lot counted by its items
# ("25-wafer lot", "w/ p=0.04"), a mass concentration over a stated molar mass, and rates in angstroms per minute
_f40_run = float(stats.poisson.pmf(0, 0.8 * 3))
for q in (
    "micro positives in the bright tanks follow a poisson process avg 0.8 per week. chance we go 3 straight weeks "
    "with zero positives?",
    "positives follow a poisson process, 0.8 per week on average. probability of three weeks in a row with no "
    "positives?",
    "poisson, mean 0.8 positives per week: probability of zero positives over 3 consecutive weeks?",
    "contamination events average 0.8 a week (poisson). what is the chance of 3 consecutive weeks without any?",
):
    item(q, "probability", "number", _f40_run)
item("contamination events average 0.8 a week (poisson). chance of at least one in each of 3 consecutive weeks?",
     "probability", "refuse", None)  # fmt: skip
_f40_lot = float(stats.binom.sf(1, 25, 0.04))
for q in (
    "25-wafer lot, each wafer scrapped independently w/ p=0.04 -> P(2 or more wafers scrapped in the lot)?",
    "a 25-wafer lot; each wafer is scrapped independently with probability 0.04. probability that at least 2 wafers "
    "in the lot are scrapped?",
    "each wafer in a 25-wafer lot is scrapped w/ p = 0.04, independently: chance that 2 or more are scrapped?",
):
    item(q, "probability", "number", _f40_lot)
for q, want in (
    ("convert fasting glucose 126 mg/dL to mmol/L (molar mass glucose 180.16 g/mol)", 126 * 10 / 180.16),
    ("glucose 7 mmol/L in mg/dL? molar mass 180.16 g/mol", 7 * 180.16 / 10),
    ("convert 0.9 g/L NaCl to mmol/L, MW 58.44 g/mol", 900 / 58.44),
    ("5 µg/mL to µmol/L with a molar mass of 151.16 g/mol", 5000 / 151.16),
    ("etch rate 1.8 nm/s -> Å/min ?", 1.8 * 10 * 60),
    ("deposition rate 1.8 nm/s in angstroms per minute", 1.8 * 10 * 60),
    ("convert 1.8 nm/s to Å/min", 1.8 * 10 * 60),
):
    item(q, "unit_conversion", "number", want)
item("convert fasting glucose 126 mg/dL to mmol/L", "unit_conversion", "refuse", None)


# f40: calculus optimisation. A classic vessel of fixed volume with the least surface (or fixed surface, most volume):
# an open-top or closed cylinder's radius, an open box's square base side; a peak time with bracketed rate constants
# beside the formula ("(ka = 0.5/h, ke = 0.1/h)") and "the time of peak concentration"; an ODE in a Greek-named
# function ("dα/dt = k(1 − α)") asked as "the closed-form expression for α(t)"
_f40r = sp.Symbol("r", positive=True)
_f40h = sp.Symbol("h", positive=True)


def _f40_best_radius(surface, volume, fixed: float) -> str:
    """The radius minimising ``surface`` at ``volume`` = ``fixed`` by a Lagrange-free substitution of h."""
    h_of_r = sp.solve(sp.Eq(volume, fixed), _f40h)[0]
    area = surface.subs(_f40h, h_of_r)
    return str(sp.nsimplify(sp.solve(sp.diff(area, _f40r), _f40r)[0]))


_f40open = _f40_best_radius(sp.pi * _f40r**2 + 2 * sp.pi * _f40r * _f40h, sp.pi * _f40r**2 * _f40h, 10)
for q in (
    "designing an open-top cylindrical grant/collection vessel, must hold exactly 10 m³. want least sheet steel "
    "(bottom + side wall, no lid). what radius r in metres minimizes the area?",
    "An open-top cylindrical tank must hold 10 m^3. What radius minimizes the sheet metal used for the bottom and side?",
    "A cylinder with no lid has to hold 10 m³. Which radius gives the least surface area?",
):
    item(q, "calculus", "set", [_f40open])
item("A closed cylindrical can must hold 500 cm³. Find the radius in cm that minimises the surface area.", "calculus",
     "set", [_f40_best_radius(2 * sp.pi * _f40r**2 + 2 * sp.pi * _f40r * _f40h, sp.pi * _f40r**2 * _f40h, 500)])  # fmt: skip
_f40x = sp.Symbol("x", positive=True)
item("An open box with a square base must have volume 32 cubic feet. What side of the base minimizes the material?",
     "calculus", "set", [str(sp.solve(sp.diff(_f40x**2 + 4 * 32 / _f40x, _f40x), _f40x)[0])])  # fmt: skip
item("A cylinder holding 10 m³ with least surface area: what radius?", "calculus", "refuse", None)
item("A closed cylindrical tank must hold 10 m³. What radius in cm minimizes the surface area?", "calculus", "refuse",
     None)  # fmt: skip
_f40t = sp.Symbol("t", positive=True)
_f40peak = str(sp.solve(sp.diff(10 * (sp.exp(-_f40t / 10) - sp.exp(-_f40t / 2)), _f40t), _f40t)[0])
for q in (
    "Oral dose, one-compartment model, concentration C(t) = 10(e^(−0.1t) − e^(−0.5t)) with t in h (ka = 0.5/h, "
    "ke = 0.1/h). At what time t does the concentration peak? Exact form please.",
    "A one-compartment oral dose gives C(t) = 10(e^(−0.1t) − e^(−0.5t)) mg/L, t in hours (ka = 0.5 h⁻¹ and "
    "ke = 0.1 h⁻¹). When does C reach its maximum? Give the exact time.",
    "Plasma level C(t) = 10(e^(-0.1t) - e^(-0.5t)) (ke = 0.1/h, ka = 0.5/h). Find the time of peak concentration, "
    "exactly.",
):
    item(q, "calculus", "set", [_f40peak])
_f40a = sp.Function("a")
_f40cure = expr(sp.dsolve(sp.Eq(_f40a(_f40t).diff(_f40t), sp.Rational(1, 20) * (1 - _f40a(_f40t))), _f40a(_f40t),
                          ics={_f40a(0): 0}).rhs)  # fmt: skip
for q in (
    "For a first-order cure kinetics model of the epoxy matrix, the degree of cure α obeys dα/dt = k(1 − α) with "
    "α(0) = 0 and a rate constant k = 0.05 min⁻¹. Determine the closed-form expression for α(t), with t in minutes.",
    "The degree of cure α of a resin follows dα/dt = k(1 − α), α(0) = 0, k = 0.05 min⁻¹. Find the explicit solution "
    "for α(t).",
    "Cure kinetics: dα/dt = k(1 - α), α(0) = 0 and k = 0.05 per minute. What is α(t)?",
):
    item(q, "calculus", "expr", _f40cure)


# f40: blends of values per volume ("pool A at 50 U/L", "a 0.5 mg/dL and a 1.5 mg/dL stock", "a 2 mmol/L solution"),
# the total named in several words ("10 mL of an in-house ALT control pool at 110 U/L"); x = T (c - b) / (a - b)
def _f40blend(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component at ``asked`` in ``total`` at ``target``, the rest at ``other``."""
    return total * (target - other) / (asked - other)


for q, ref in (
    ("I need 10 mL of an in-house ALT control pool at 110 U/L. I have pool A at 50 U/L and pool B at 200 U/L (assume "
     "activity mixes linearly by volume). How many mL of pool A go in?", _f40blend(10, 110, 50, 200)),
    ("Need 10 mL of ALT control at 110 U/L from pool A (50 U/L) and pool B (200 U/L); how many mL of pool A?",
     _f40blend(10, 110, 50, 200)),
    ("Make 500 mL of a 0.9 mg/dL standard from a 0.5 mg/dL and a 1.5 mg/dL stock; volume of the 0.5 stock?",
     _f40blend(500, 0.9, 0.5, 1.5)),
    ("Prepare 250 mL of a 5 mmol/L calibrator by mixing a 2 mmol/L solution with a 10 mmol/L solution. How many mL "
     "of the 2 mmol/L solution are needed?", _f40blend(250, 5, 2, 10)),
):  # fmt: skip
    item(q, "algebra", "number", ref)
item("We want 20 mL of a QC pool at 140 IU/L by blending a 60 IU/L pool with a 300 IU/L pool. How many mL of each?",
     "algebra", "expr", linear_solution([[1, 1], [60, 300]], [20, 140 * 20]))  # fmt: skip
item("I need 10 mL of a control pool at 110 mg/L. I have pool A at 5 mg/dL and pool B at 200 mg/L. How many mL of "
     "pool A go in?", "algebra", "refuse", None)  # fmt: skip
item("I need 10 mL of an ALT control pool at 250 U/L. I have pool A at 50 U/L and pool B at 200 U/L. How many mL of "
     "pool A go in?", "algebra", "refuse", None)  # fmt: skip

# f40: formulas solved for a name whose values are stated in words (branch f40-solve): a subscripted name by its
# label ("fibre modulus" for E_f), a letter by the word it is the initial of ("die area" for A), a name glossed in
# words ("x = concentration ... back-calculate the concentration"), a value that halves
for q in (
    "Using the longitudinal rule of mixtures, E₁ = V_f·E_f + (1 − V_f)·E_m, a unidirectional CFRP laminate has a "
    "measured E₁ of 140 GPa. The fibre modulus is 230 GPa and the matrix modulus is 3.5 GPa. Calculate the fibre "
    "volume fraction V_f as a decimal fraction.",
    "Rule of mixtures: E1 = V_f*E_f + (1 - V_f)*E_m. Measured E1 is 140 GPa, fibre modulus 230 GPa, matrix modulus "
    "3.5 GPa. Find V_f.",
):
    item(q, "algebra", "number", (140 - 3.5) / (230 - 3.5))
for q in (
    "The out-time of a prepreg is modelled such that the remaining tack fraction equals exp(−k·t). If the tack halves "
    "after t = 40 days, find k in exact form (per day).",
    "Remaining tack fraction = exp(-k*t). The tack has halved after 40 days; find k exactly.",
):
    item(q, "algebra", "expr", expr(sp.log(2) / 40))
_f40c = (-0.15 + math.sqrt(0.15**2 + 4 * 0.002 * (1.25 - 0.05))) / (2 * 0.002)
for q in (
    "Our immunoassay calibration is fitted as a quadratic: signal = 0.002·x² + 0.15·x + 0.05, x = concentration in "
    "ng/mL. A patient sample reads signal 1.25. Back-calculate the concentration (the physically meaningful, positive "
    "solution).",
    "Calibration: signal = 0.002*x^2 + 0.15*x + 0.05 where x is the concentration (ng/mL). The sample gives a signal "
    "of 1.25. Calculate the concentration, positive root.",
):
    item(q, "algebra", "number", _f40c)
for q in (
    "poisson yield Y=exp(−A·D0). die area 0.5 cm², observed die yield 85% -> back out D0 in defects/cm²?",
    "Poisson yield model Y = exp(-A*D0). With a die area of 0.5 cm² and a die yield of 85%, back-calculate D0 "
    "(defects per cm²).",
):
    item(q, "algebra", "number", -math.log(0.85) / 0.5)

# f40-tests: a pasted table whose rows carry labels ("S1  78  81", tabs, spaces or pipes) beside a paired t-test;
# lists written with bare commas that climb like thousands ("100,150,200"); lists introduced by a subject past an
# aside ("fractions, determined by acid digestion, were"); a one-sided paired test whose direction is a treatment's
# verb ("conditioning reduces the ILSS" of dry and conditioned groups), declined where it names no group
_f40A = [78, 102, 65, 143, 88, 91, 120, 56]
_f40B = [81, 105, 66, 149, 87, 95, 124, 58]
_f40rows = [f"S{i + 1}\t{a}\t{b}" for i, (a, b) in enumerate(zip(_f40A, _f40B, strict=True))]
_f40tab, _f40pipe = "\n".join(_f40rows), "\n".join(r.replace("\t", " | ") for r in _f40rows)
for q in (
    "Same 8 patient serum samples run for creatinine (µmol/L) on both analysers. Paired t-test, two-sided — p value?"
    f"\nsample\tAnalyserA\tAnalyserB\n{_f40tab}",
    f"Paired t-test of the two analysers, two-sided. What is the p-value?\nsample  A  B\n{_f40tab.replace(chr(9), '  ')}",
    "Creatinine on both analysers for the same patients (paired t-test), p-value?\nid   AnalyserA   AnalyserB\n"
    f"{_f40tab.replace(chr(9), '   ')}",
    f"Paired t-test of the two analysers, two-sided. What is the p-value?\nid | AnalyserA | AnalyserB\n{_f40pipe}",
    f"| id | AnalyserA | AnalyserB |\n|---|---|---|\n{_f40pipe}\nTwo-sided paired t test: p value?",
):
    item(q, "hypothesis_test", "number", float(stats.ttest_rel(_f40A, _f40B).pvalue), key="p_value")
_f40ibu = float(stats.linregress([100, 150, 200, 250, 300, 350], [18.2, 24.9, 31.5, 36.8, 42.0, 47.7]).rvalue ** 2)
for q in (
    "Regressing measured IBU on bittering hop dose (g/hL), simple linear fit with intercept. dose = "
    "100,150,200,250,300,350 ; IBU = 18.2, 24.9, 31.5, 36.8, 42.0, 47.7. How much of the variation does the line "
    "explain (R²)?",
    "Fit IBU against dose with an intercept: dose = 100,150,200,250,300,350; IBU = 18.2,24.9,31.5,36.8,42.0,47.7. "
    "What is R^2?",
    "dose 100,150,200,250,300,350 and IBU 18.2, 24.9, 31.5, 36.8, 42.0, 47.7: R-squared of the straight line of IBU "
    "on dose?",
):
    item(q, "regression", "number", _f40ibu, key="r_squared")
_f40vf = float(stats.linregress([3, 4, 5, 6, 7, 8], [55.2, 57.1, 58.4, 59.9, 60.3, 61.8]).rvalue ** 2)
for q in (
    "Six laminates were cured at autoclave pressures of 3, 4, 5, 6, 7 and 8 bar, and the resulting fibre volume "
    "fractions, determined by acid digestion, were 55.2, 57.1, 58.4, 59.9, 60.3 and 61.8 % respectively. For a "
    "straight-line least-squares fit of fibre volume fraction against cure pressure, what is the coefficient of "
    "determination R²?",
    "Laminates cured at pressures of 3, 4, 5, 6, 7 and 8 bar gave fibre fractions, measured by burn-off, of 55.2, "
    "57.1, 58.4, 59.9, 60.3 and 61.8 %. What is R² of the least-squares line of fibre fraction against pressure?",
    "Cure pressures were 3, 4, 5, 6, 7, 8 bar and the fibre volume fractions, by acid digestion, were 55.2, 57.1, "
    "58.4, 59.9, 60.3, 61.8 %. Regress fibre volume fraction on pressure: R^2?",
):
    item(q, "regression", "number", _f40vf, key="r_squared")
_f40dry, _f40wet = "88.1, 86.4, 90.2, 87.5, 89.0, 85.8, 88.7", "86.9, 86.8, 88.1, 87.9, 87.2, 85.1, 88.0"
_f40ilss = float(stats.ttest_rel([88.1, 86.4, 90.2, 87.5, 89.0, 85.8, 88.7], [86.9, 86.8, 88.1, 87.9, 87.2, 85.1, 88.0],
                                 alternative="greater").pvalue)  # fmt: skip
for q in (
    "Seven ILSS coupons were each tested for a dry baseline value and, from a matched twin specimen, after "
    f"hygrothermal conditioning at 70 °C and 85 % RH. Dry values (MPa): {_f40dry}. Conditioned values in the same "
    f"order: {_f40wet}. Perform a paired t-test with the one-sided alternative that conditioning reduces the ILSS, "
    "and state the p-value.",
    f"Seven matched coupon pairs. Unaged strength (MPa): {_f40dry}. Aged strength, same order: {_f40wet}. Paired "
    "t-test, one-sided, with the alternative that ageing lowers the strength: p-value?",
    f"Hardness of seven parts, paired. Uncoated: {_f40wet}. Coated: {_f40dry}. H1: coating increases hardness. Paired "
    "t-test p-value?",
):
    item(q, "hypothesis_test", "number", _f40ilss, key="p_value")
item(f"Seven pairs. Dry values: {_f40dry}. Conditioned values in the same order: {_f40wet}. Paired t-test with the "
     "one-sided alternative that heating reduces the ILSS; p-value?", "hypothesis_test", "refuse", None)  # fmt: skip

# f41: an event defined by a bound ("a 5% chance of reading over 0.3 NTU ... exactly two are over"), a wrong action's
# rate per item (binomial, not Poisson), an out-of-spec share in ppm, the side of a time limit ("blow the SLA": above)
for q in (
    "Each individual filter effluent grab has about a 5% chance of reading over 0.3 NTU, independent. Out of twenty "
    "grabs, probability that exactly two are over?",
    "Each grab sample independently has a 5% probability of exceeding 0.3 NTU. In 20 grabs, what is the probability "
    "that exactly 2 exceed?",
    "Every turbidity grab is over 0.3 NTU with probability 0.05, independently. We take 20 grabs. Probability exactly "
    "2 of them are over?",
):
    item(q, "probability", "number", stats.binom.pmf(2, 20, 0.05), tol=1e-9)
for q in (
    "historical mis-pick rate is 0.8% per order line, lines independent. A wave has 250 lines. Probability of at "
    "least 3 mis-picks in the wave?",
    "The mis-pick rate is 0.8% per order line and lines are independent. For a wave of 250 lines, what is the "
    "probability of 3 or more mis-picks?",
    "Each order line is mis-picked with probability 0.008, independently. A wave has 250 lines. What is P(at least 3 "
    "mis-picks)?",
):
    item(q, "probability", "number", stats.binom.sf(2, 250, 0.008), tol=1e-9)
for q in (
    "bore Ø on PN 5012-D ~ normal, μ = 12.000 mm, σ = 0.015 mm, spec 11.970 / 12.030. Expected total out-of-spec in "
    "PPM (both tails)?",
    "Shaft diameter is normal with mean 12.000 mm and sd 0.015 mm; spec limits 11.970 / 12.030. Expected out-of-spec "
    "ppm?",
    "Bore diameter ~ normal, mean 12.000, sigma 0.015, LSL 11.970, USL 12.030. How many ppm fall outside spec, both "
    "tails?",
):
    item(q, "probability", "number", (stats.norm.cdf(11.970, 12, 0.015) + stats.norm.sf(12.030, 12, 0.015)) * 1e6)
for q in (
    "order cycle time (order drop to ship-confirm) is roughly normal with μ = 42 min and σ = 6 min. SLA is 50 "
    "minutes. What fraction of orders blow the SLA?",
    "Pick-to-ship time is approximately normal, mean 42 min, sd 6 min. With a 50-minute SLA, what share of orders "
    "miss the SLA?",
    "Cycle time ~ normal with mean 42 minutes and standard deviation 6 minutes; the SLA is 50 minutes. What "
    "proportion of orders breach the SLA?",
):
    item(q, "probability", "number", stats.norm.sf(50, 42, 6), tol=1e-9)

# f41: numbers with thousands separators in formulas and conversions (branch f41-thousands): a rate named by the
# process a cumulative amount counts ("instantaneous pick rate" of "units picked"), a function of t set to a value
# after "solve for the t where", a dash after a word ("quick one — 2,350 lb"), a target named as the unit a tool reads
for q in (
    "cumulative units picked in a shift is modelled as N(t) = 1,200t − 15t² (t = hours since shift start). what's "
    "the instantaneous pick rate at t = 6 h, in units/hour?",
    "units picked so far N(t) = 1,200t - 15t^2, t in hours. instantaneous picking rate at t = 6?",
    "cumulative units picked N(t) = 1,200t − 15t² with t in hours; what is the rate of picking at t = 6 h?",
):
    item(q, "calculus", "number", float(sp.diff(1200 * x - 15 * x**2, x).subs(x, 6)))
for q in (
    "backlog burn-down model B(t) = 12,000·e^(−0.15t) open orders, t in days. solve for the t where backlog falls to "
    "3,000 (exact expression please)",
    "backlog B(t) = 12,000·e^(−0.15t) open orders, t in days. solve for t when the backlog drops to 3,000, exact form",
    "B(t) = 12,000·e^(−0.15t), t in days. solve for t where B reaches 3,000",
):
    item(q, "algebra", "expr", expr(sp.log(sp.Rational(12000, 3000)) / sp.Rational(15, 100)))
for q in (
    "quick one — 2,350 lb pallet load, what's that in kg?",
    "2,350 lb pallet load to kg please",
    "pallet weighs 2,350 lb — what is that in kg",
):
    item(q, "unit_conversion", "number", 2350 * constants.lb, key="value")
for q in (
    "customer print says 45 N·m tightening torque, our tool reads lbf·ft — convert pls",
    "drawing calls for 45 N·m torque; our wrench reads in lbf·ft. convert please",
    "spec says 45 N·m, the torque gauge shows lbf·ft, convert",
):
    item(q, "unit_conversion", "number", 45 / (constants.lbf * constants.foot), key="value")

# f41: a 2x2 system in words whose things are named by two words and later by their noun alone ("reach trucks",
# "pallet jacks" then "jacks"), with letters defined by words ("a = pallets/hr one reach truck moves", "let x be the
# rate of one press") and asked by letter ("solve for a", "find y"); singular systems and letters naming no thing
# counted are declined (references: sympy linsolve)
_F41_TRUCKS = "Monday we ran 3 reach trucks + 2 jacks and did 1,850 pallets/hr; Tuesday 1 reach truck + 4 jacks did 1,450 pallets/hr."
_F41_LETTERS = "a = pallets/hr one reach truck moves, b = pallets/hr one pallet jack moves."
for q, rows, rhs, index in (
    (f"{_F41_LETTERS} {_F41_TRUCKS} Solve for a.", [[3, 2], [1, 4]], [1850, 1450], 0),
    (f"{_F41_LETTERS} {_F41_TRUCKS} Solve for b.", [[3, 2], [1, 4]], [1850, 1450], 1),
    ("let x = parts/h of one press, y = parts/h of one lathe. 2 presses and 3 lathes make 700 parts/h; 4 presses and "
     "1 lathe make 900 parts/h. find y", [[2, 3], [4, 1]], [700, 900], 1),
    ("let x be the rate of one press and y the rate of one lathe. 2 presses and 3 lathes make 700 parts/h; 4 presses "
     "and 1 lathe make 900 parts/h. Solve for x.", [[2, 3], [4, 1]], [700, 900], 0),
    ("3 reach trucks + 2 pallet jacks move 1,850 pallets/hr; 1 reach truck + 4 pallet jacks move 1,450 pallets/hr. "
     "How many pallets/hr does one pallet jack move?", [[3, 2], [1, 4]], [1850, 1450], 1),
    ("Let a be pallets/hr for one reach truck, b for one pallet jack. 3 reach trucks and 2 pallet jacks did 1850 "
     "pallets/hr, 1 reach truck and 4 pallet jacks did 1450 pallets/hr. find a", [[3, 2], [1, 4]], [1850, 1450], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
for q in (
    f"{_F41_LETTERS} Monday we ran 3 reach trucks + 6 jacks and did 1,800 pallets/hr; Tuesday 1 reach truck + 2 jacks "
    "did 600 pallets/hr. Solve for a.",
    f"a = pallets/hr one forklift moves, b = pallets/hr one pallet jack moves. {_F41_TRUCKS} Solve for a.",
    f"{_F41_LETTERS} {_F41_TRUCKS} Solve for c.",
):
    item(q, "algebra", "refuse", None)


# ---- task f41-effects: 2^2 effects from Yates cells with replicates ("(1): 42, 44   a: 51, 49 ..." averaged, unequal
# counts refused), from cells named by the factors set apart ("both low", "A high only"), from level-word tuples
# "(low,high)" in a stated order ("A first"), and asked by a factor's name ("main effect of alum dose" with A = alum
# dose). References: cell means, then mean at + less mean at - (numpy).
def _f41_effect(cells: list[list[float]], term: str) -> float:
    """A 2^2 effect of the cells (1), a, b, ab (each its replicates): mean of cell means where the term's column is +
    less that where it is -."""
    means = np.array([np.mean(cell) for cell in cells])
    a, b = np.array([-1, 1, -1, 1]), np.array([-1, -1, 1, 1])
    column = {"A": a, "B": b, "AB": a * b}[term]
    return float(means[column > 0].mean() - means[column < 0].mean())


_f41_pull = [[42, 44], [51, 49], [45, 47], [58, 56]]
for q, term in (
    (
        "2² factorial on pull-off force (N), A = adhesive temp, B = press time, 2 reps each, std order:\n(1): 42, 44   "
        "a: 51, 49   b: 45, 47   ab: 58, 56\nmain effect of A (avg at high minus avg at low)?",
        "A",
    ),
    (
        "2^2 factorial, two replicates: (1) = 42, 44; a = 51, 49; b = 45, 47; ab = 58, 56. What is the main effect of A?",
        "A",
    ),
    (
        "2^2 factorial on force, A = temp, B = time, duplicated runs\n(1): 42, 44\na: 51, 49\nb: 45, 47\nab: 58, 56\n"
        "Estimate the effect of temp.",
        "A",
    ),
    ("2^2 factorial: (1)=42,44 a=51,49 b=45,47 ab=58,56. AB interaction effect?", "AB"),
):
    item(q, "design", "number", _f41_effect(_f41_pull, term), key="value")
item(
    "2^2 factorial, 2 reps:\n(1): 42, 44   a: 51   b: 45, 47   ab: 58, 56\nmain effect of A?", "design", "refuse", None
)
_f41_jar = [[4.2], [3.1], [3.8], [2.3]]
for q, term in (
    (
        "2x2 jar test, A = alum dose (low/high), B = pH (low/high), one run each. Settled NTU: both low = 4.2, A high only "
        "= 3.1, B high only = 3.8, both high = 2.3. What's the main effect of alum dose (average at high minus average at "
        "low)?",
        "A",
    ),
    (
        "2x2 jar test, A = alum dose, B = pH, one run each, A first: (low,low)=4.2, (high,low)=3.1, (low,high)=3.8, "
        "(high,high)=2.3. Main effect of A?",
        "A",
    ),
    (
        "2x2 jar test, A = alum dose, B = pH. Settled NTU: A-B- 4.2, A+B- 3.1, A-B+ 3.8, A+B+ 2.3. What is the effect of "
        "alum dose?",
        "A",
    ),
    (
        "2x2 jar test, A = alum dose, B = pH. Settled NTU: only A high: 3.1, all low: 4.2, only B high: 3.8, all high: "
        "2.3. Estimate the pH effect.",
        "B",
    ),
    (
        "2x2 jar test, A = alum dose, B = pH, B first: (low,low)=4.2, (high,low)=3.8, (low,high)=3.1, (high,high)=2.3. "
        "Main effect of A?",
        "A",
    ),
):
    item(q, "design", "number", _f41_effect(_f41_jar, term), key="value")
item("2x2 jar test, A = alum dose, B = pH: both low = 4.2, A high only = 3.1, B high only = 3.8, both high = 2.3. "
     "What's the effect of dose?", "design", "refuse", None)  # fmt: skip

_f41t = sp.Symbol("t")
for q in (
    "Forklift battery draw over a shift is I(t) = 40\u00b7e^(\u2212t/8) amps, t in hours. How many amp-hours get pulled "
    "out between t = 0 and t = 8? Exact form is fine.",
    "Current I(t) = 40e^(-t/8) A, t in hours. How many Ah are drawn from t = 0 to t = 8?",
    "The line pulls I(t) = 40e^(-t/8) amps (t in hours); how many amp hours does it use from t=0 to t=8?",
):
    item(q, "calculus", "expr", expr(320 * (1 - sp.exp(-1))))
item(
    "The line pulls I(t) = 40e^(-t/8) amps (t in minutes); how many mAh does it use from t=0 to t=8?",
    "calculus",
    "expr",
    expr(sp.integrate(40 * sp.exp(-_f41t / 8), (_f41t, 0, 8)) * 1000 / 60),
)
item("Stored energy is E(t) = 5t\u00b2 kJ, t in seconds. What is dE/dt at t = 2?", "calculus", "number", 20.0)
item(
    "Charge flows at Q(t) = 3e^(-t/4) coulombs per second. What total charge passes from t = 0 to t = 4?",
    "calculus",
    "expr",
    expr(sp.integrate(3 * sp.exp(-_f41t / 4), (_f41t, 0, 4))),
)
for q, share in (
    (
        "Compounding for PN 7730-A housing: blend PA66 lot w/ 12% GF and lot w/ 30% GF to get a 900 kg batch at 22% "
        "GF. How many kg of the 30% GF lot go in?",
        Fraction(22 - 12, 30 - 12),
    ),
    (
        "Mix a 12% glass-filled lot with a 30% glass-filled lot for 900 kg at 22% GF. How many kg of the 30% lot?",
        Fraction(10, 18),
    ),
    (
        "900 kg at 22 % GF from 12 % GF and 30 % GF compounds \u2014 how much of the 12 % one?",
        Fraction(30 - 22, 30 - 12),
    ),
):
    item(q, "algebra", "number", float(900 * share))

# f41: LaTeX pasted from homework (branch f41-latex): "$...$" delimiters, "\cdot", "10^{-t/D}", "N_{0}", "\bar{\bar{x}}",
# "\bar{R}", "C_p"/"C_{pk}", "\sigma", "\sim", "\le"/"\ge", "\int_0^{5}", "\frac{d}{dx}", "\left(...\right)", "\,"; a
# temperature the process is held at ("at 121 °C") is a condition. References: log10 algebra, printed A2(5) = 0.577,
# (USL - LSL)/(6 sigma), scipy's normal, sympy's integrals and derivatives
for q, ref in (
    (r"Thermal death kinetics: N = N_0 \cdot 10^{-t/D}. If N_0 = 10^6 CFU/g and after t = 12 min at 121 °C we have "
     r"N = 10^2 CFU/g, what is the D-value in minutes?", 12 / math.log10(1e6 / 1e2)),
    (r"Survivors follow $N = N_0 \cdot 10^{-t/D}$. With $N_0 = 10^{6}$ CFU/g and $N = 10^{2}$ CFU/g after $t = 12$ "
     r"min, solve for D.", 12 / math.log10(1e6 / 1e2)),
    (r"Given $N = N_{0}\times 10^{-t/D}$, $N_{0} = 10^5$, $N = 10$, $t = 8$ min: what is D?", 8 / math.log10(1e5 / 10)),
):  # fmt: skip
    item(q, "algebra", "number", ref)
for q, ref in (
    (r"X-bar/R chart for net weight of snack bags (oz): 20 subgroups of n = 5, $\bar{\bar{x}}$ = 12.4, $\bar{R}$ = "
     r"0.8. Upper control limit for the X-bar chart?", 12.4 + printed_a2(5) * 0.8),
    (r"Control chart with subgroups of $n = 5$: $\bar{\bar{X}} = 12.4$ and $\bar{R} = 0.8$. What is the UCL of the "
     r"$\bar{X}$ chart?", 12.4 + printed_a2(5) * 0.8),
):  # fmt: skip
    item(q, "control_chart", "number", ref, key="ucl", tol=1e-9)
item(r"For n = 4, $\overline{\overline{x}} = 50.2$, $\overline{R} = 2.1$. Find the LCL for $\bar{x}$.",
     "control_chart", "number", 50.2 - printed_a2(4) * 2.1, key="lcl", tol=1e-9)  # fmt: skip
for q, ref in (
    (r"The pH of a pickled product must be between 6.2 and 6.8 (I know, weird spec, it's a made-up problem). Let the "
     r"process standard deviation be \sigma = 0.08. What's C_p?", (6.8 - 6.2) / (6 * 0.08)),
    (r"Spec limits are $LSL = 6.2$ and $USL = 6.8$ with $\sigma = 0.08$. Find $C_p$.", (6.8 - 6.2) / (6 * 0.08)),
    (r"Given $\mu = 6.6$, $\sigma = 0.08$, LSL = 6.2, USL = 6.8, compute $C_{pk}$.", (6.8 - 6.6) / (3 * 0.08)),
):  # fmt: skip
    item(q, "capability", "number", ref, tol=1e-9)
for q, ref in (
    (r"Let $X \sim N(\mu = 500, \sigma = 4)$; find $P(X < 492)$", stats.norm.cdf(492, 500, 4)),
    (r"If $X \sim \mathcal{N}(500, 4^{2})$, what is $P(X \ge 505)$?", stats.norm.sf(505, 500, 4)),
    (r"Weights are normal with $\mu = 500$ g and $\sigma = 4$ g. Find $P(X \le 492)$.", stats.norm.cdf(492, 500, 4)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)
_t = sp.Symbol("t")
for q, ref in (
    (r"Compute $\int_0^{5} 50 e^{-0.2t}\,dt$", sp.integrate(50 * sp.exp(-sp.Rational(1, 5) * _t), (_t, 0, 5))),
    (r"Evaluate $\displaystyle\int_{1}^{e} \frac{\ln x}{x}\,dx$", sp.integrate(sp.log(x) / x, (x, 1, sp.E))),
    (r"Find $\int_0^2 \sqrt{x}\, dx$", sp.integrate(sp.sqrt(x), (x, 0, 2))),
    (r"$\frac{d}{dx}\left(x^{2}\ln x\right)$ at x = 1", sp.diff(x**2 * sp.log(x), x).subs(x, 1)),
    (r"Evaluate $\frac{d}{dt}\left[t^{3} e^{-t}\right]$ at $t = 2$", sp.diff(_t**3 * sp.exp(-_t), _t).subs(_t, 2)),
    (r"Find $\dfrac{dy}{dx}$ for $y = \sin(x)\cdot x^{2}$ at x = 0.5",
     sp.diff(sp.sin(x) * x**2, x).subs(x, sp.Rational(1, 2))),
):  # fmt: skip
    item(q, "calculus", "expr", expr(ref))

# f42: factor names with a slash or a percent sign ("w/c, fly ash %, and superplasticizer dose, each at two levels"),
# a factor written "<name> 2 levels" with no "at" after a dash ("test matrix — fan speed at 3 levels, ..., number of
# cells in service 2 levels"), and a c chart's total said over its periods ("108 indications over the last 24 months")
_f42mix = 2**3 + 4
for q in (
    "Planning a mix study: w/c, fly ash %, and superplasticizer dose, each at two levels, full factorial, single "
    "replicate, plus 4 center points. How many batches total?",
    "Full factorial: w/c ratio, fly ash % and SP dose at two levels each, unreplicated, with 4 center points. How many "
    "batches?",
    "w/c, fly ash %, and superplasticizer dose (2 levels each), full factorial, plus 4 center points - how many runs?",
):
    item(q, "design", "int", _f42mix, key="runs")
_f42tower = math.prod([3, 3, 2]) * 2
for q in (
    "cooling tower test matrix \u2014 fan speed at 3 levels, circ water flow at 3 levels, number of cells in service 2 "
    "levels. full factorial, every combo run twice (2 replicates). total runs?",
    "fan speed 3 levels, circulating water flow 3 levels, number of cells in service 2 levels; full factorial with 2 "
    "replicates. how many runs?",
    "Test matrix: fan speed at 3 levels, water flow at 3 levels and number of cells in service at 2 levels, full "
    "factorial, 2 replicates. Total runs?",
):
    item(q, "design", "int", _f42tower, key="runs")
for q, total, periods in (
    ("We logged 108 waterwall tube leak indications over the last 24 months (count per month). Setting up a c chart "
     "w/ 3-sigma limits, what's the UCL?", 108, 24),
    ("108 tube leaks were recorded over the past 24 months; c chart of the monthly count, UCL?", 108, 24),
    ("c chart: 108 leak indications in 24 months, counted per month. What is the upper control limit?", 108, 24),
    ("312 nonconformities across 26 inspected panels, c chart UCL", 312, 26),
):  # fmt: skip
    item(q, "control_chart", "number", total / periods + 3 * math.sqrt(total / periods), key="ucl", tol=1e-9)
for q in (
    "312 nonconformities across 26 inspected panels, u chart UCL",  # a u chart needs the units' sizes
    "108 leak indications over the last 24 months, counted per week. c chart UCL?",  # months or weeks?
):
    item(q, "control_chart", "refuse", None)


# Bayes over sources whose shares are stated in one sentence and rates in the next; units up among n, each down with a
# stated unavailability (forced outage rate): binomial with 1 - FOR
_crew = 0.4 * 0.10 / (0.6 * 0.04 + 0.4 * 0.10)
for q, ref in (
    ("60% of the density cores come from paving crew A and 40% from crew B. Crew A's cores fail the compaction spec 4% "
     "of the time, crew B's 10%. A core just came back failing — probability it's from crew B?", _crew),
    ("Line 1 produces 60% of the parts and line 2 the other 40%. Line 1's parts are defective 4% of the time, line "
     "2's 10%. A part is found defective; what is the probability it came from line 2?", _crew),
    ("Shift A makes 60% of the parts, shift B 40%. Shift A's parts fail inspection 4% of the time and shift B's 10%. "
     "Given a failed part, what's the chance it was made by shift B?", _crew),
    ("Station has four identical units, each with forced outage rate FOR = 0.05, outages independent. Probability "
     "that at least 3 of the 4 are available at a given hour?", stats.binom.sf(2, 4, 0.95)),
    ("Each pump is down 5% of the time independently; P(at least 3 of 4 running)?", stats.binom.sf(2, 4, 0.95)),
    ("Unavailability 0.05 per unit, 4 units, probability at least 3 up?", stats.binom.sf(2, 4, 0.95)),
    ("Four generators, each with a forced outage rate (FOR) of 5%, independent. Probability that at most 1 of the 4 "
     "is on outage?", stats.binom.cdf(1, 4, 0.05)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)


# f42: a lot's marked count stated as "contains exactly 6" (a fact of the lot, not the count asked), any plural noun
# drawn ("5 fuses are drawn"), the hypergeometric in exact form (a ratio of math.comb counts); a normal's two tails
# "outside 245–255 mg" (an en dash, a unit inside the range) and a bound named by a symbol ("below f'c = 28 MPa",
# beside a "28-day" age)
def _f42_hyper(big: int, marked: int, drawn: int, k: int) -> Fraction:
    """P(k marked among ``drawn`` from a lot of ``big`` holding ``marked``), counted with math.comb."""
    return Fraction(math.comb(marked, k) * math.comb(big - marked, drawn - k), math.comb(big, drawn))


for q, ref in (
    ("A tray of 200 vials contains exactly 6 defective ones. QA samples 20 vials without replacement. What is the "
     "probability the sample contains zero defectives?", _f42_hyper(200, 6, 20, 0)),
    ("A box of 40 fuses contains exactly 3 bad ones. Five fuses are drawn at random without replacement. What is the "
     "probability that none of them is bad?", _f42_hyper(40, 3, 5, 0)),
    ("A batch of 120 tablets includes exactly 5 chipped tablets. We sample 10 tablets without replacement. "
     "Probability that exactly 1 is chipped?", _f42_hyper(120, 5, 10, 1)),
    ("A shipment of 80 boards has precisely 4 defective boards; an inspector checks 12 boards without replacement. "
     "What is the probability of at least one defective?", 1 - _f42_hyper(80, 4, 12, 0)),
):  # fmt: skip
    item(q, "probability", "number", float(ref), tol=1e-9)
for q, ref in (
    ("A lot of fifty valve bodies contains exactly four nonconforming units. An auditor pulls five units at random "
     "without replacement. What is the probability that none of the five is nonconforming? Give the exact value.",
     _f42_hyper(50, 4, 5, 0)),
    ("A crate of 30 bulbs contains exactly 2 duds. 6 bulbs are picked without replacement. Probability of no duds? "
     "Exact value please.", _f42_hyper(30, 2, 6, 0)),
):  # fmt: skip
    item(q, "probability", "expr", expr(sp.Rational(ref.numerator, ref.denominator)))
_F42_OUT = stats.norm.cdf(245, 250, 3.2) + stats.norm.sf(255, 250, 3.2)
for q, ref in (
    ("Tablet weight ~ N(μ = 250 mg, σ = 3.2 mg). Probability a single tablet falls outside 245–255 mg?", _F42_OUT),
    ("Tablet weight is normal with mean 250 mg and sd 3.2 mg. What is the probability a tablet is outside 245 mg – "
     "255 mg?", _F42_OUT),
    ("Weights are normal, mean 250 g, sd 3.2 g. Probability that a pack lies outside 245 to 255 g?", _F42_OUT),
    ("Plant history says 28-day cylinder strength is normal with mean 32 MPa and standard deviation 3.5 MPa. What's "
     "the probability a single cylinder breaks below f'c = 28 MPa?", stats.norm.cdf(28, 32, 3.5)),
    ("Compressive strength is normally distributed with mean 32 MPa and standard deviation 3.5 MPa. What is the "
     "probability that a cylinder tests below the specified strength f'c = 28 MPa?", stats.norm.cdf(28, 32, 3.5)),
    ("28-day strength is normal, mean 32 MPa, sd 3.5 MPa. Probability a cylinder is under fc = 28 MPa?",
     stats.norm.cdf(28, 32, 3.5)),
    ("Resistance is normal with mean 100 ohm and sd 2 ohm. What is the probability a resistor is above R = 104 ohm?",
     stats.norm.sf(104, 100, 2)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)

# f42: a one-sample t-test whose hypothesised mean is named by an alternative ("H1: mean > 30"), a symbol after
# "spec" ("Spec f'c = 30 MPa") or a guarantee ("Guarantee is 10,300"), beside a specimen's age ("28-day", "at 28 days");
# a contingency table of rows "Unit 1: boiler tube 14, turbine/gen 6, BOP 10"; a one-way ANOVA from its sums of squares
_f42c = [31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7]
_f42h = [10212, 10265, 10198, 10240, 10310, 10225, 10188, 10257]
for q in (
    "28-day breaks (MPa) for the bridge deck lot: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. Spec f'c = 30 MPa. "
    "One-sample t-test, one-sided H1: mean > 30. p-value?",
    "Cylinder strengths at 28 days (MPa): 31.8 33.2 29.6 32.4 30.9 34.1 31.5 32.7. Specified f'c = 30 MPa. One-sample "
    "t-test of H1: mean > 30; p-value?",
    "7-day cube results, MPa: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. Ha: mu > 30. one sample t test, "
    "one-tailed. What is the p-value?",
    "Cylinder breaks (MPa) at 28 days: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7; spec fc = 30 MPa. Is the mean "
    "strength greater than 30? One-sample t-test p-value.",
):
    item(q, "hypothesis_test", "number", float(stats.ttest_1samp(_f42c, 30, alternative="greater").pvalue),
         key="p_value")  # fmt: skip
for q in (
    "post-overhaul net HR tests (Btu/kWh): 10212 10265 10198 10240 10310 10225 10188 10257. Guarantee is 10,300. "
    "one-sample t, two-sided, \u03b1=0.05 \u2014 p-value?",
    "Heat rate after overhaul, Btu/kWh: 10212, 10265, 10198, 10240, 10310, 10225, 10188, 10257. The guaranteed heat "
    "rate is 10,300 Btu/kWh. Two-sided one-sample t-test p-value?",
    "Test results 10212 10265 10198 10240 10310 10225 10188 10257 against a guarantee of 10,300: one-sample t test "
    "(two-sided), p?",
    "Acceptance tests (Btu/kWh): 10212 10265 10198 10240 10310 10225 10188 10257. Guaranteed value 10,300. Two-sided "
    "one-sample t-test: p-value?",
):
    item(q, "hypothesis_test", "number", float(stats.ttest_1samp(_f42h, 10300).pvalue), key="p_value")
for q, table in (
    ("Forced outage events by cause, last 5 yrs. Unit 1: boiler tube 14, turbine/gen 6, BOP 10. Unit 2: boiler tube "
     "9, turbine/gen 11, BOP 5. Is cause independent of unit? Pearson chi-square test of independence, no continuity "
     "correction \u2014 chi-square statistic?", [[14, 6, 10], [9, 11, 5]]),
    ("Failures by mode over the past 3 years. Plant A: seal/gasket 12, bearing 8, motor/drive 5. Plant B: seal/gasket "
     "7, bearing 13, motor/drive 9. Does failure mode depend on plant? Chi-square test, no Yates correction: "
     "chi-square statistic?", [[12, 8, 5], [7, 13, 9]]),
    ("Line 1: scratch/dent 20, misalignment 15, other 5; Line 2: scratch/dent 12, misalignment 18, other 10. "
     "Chi-square test of independence - statistic?", [[20, 15, 5], [12, 18, 10]]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.chi2_contingency(table, correction=False)[0]), key="statistic")
for q, (ssb, ssw, k, n) in (
    ("Four catalyst formulations were compared in a completely randomized one-way study with five batches per "
     "formulation. The ANOVA worksheet shows SS(treatments) = 84.6 and SS(error) = 112.8. What is the p-value of the "
     "F test for equal formulation means?", (84.6, 112.8, 4, 20)),
    ("One-way ANOVA, k = 4 treatments, n = 5 per treatment: SSTr = 84.6, SSE = 112.8. p-value of the F test?",
     (84.6, 112.8, 4, 20)),
    ("A completely randomized design compared 4 suppliers with 20 observations in total. Sum of squares between "
     "groups = 84.6, sum of squares within groups = 112.8. What is the ANOVA p-value?", (84.6, 112.8, 4, 20)),
    ("Three mixing speeds were run with six batches per speed. SS(treatments) = 42.0 and SS(error) = 90.0. ANOVA F "
     "test p-value?", (42.0, 90.0, 3, 18)),
):  # fmt: skip
    item(q, "anova", "number", float(stats.f.sf((ssb / (k - 1)) / (ssw / (n - k)), k - 1, n - k)), key="p_value")

# f42: a derivative's point in the unit the question gives its variable ("at 400 MW" of "(P = net MW)"), "wrt P of f"
# with chatter after it, a limit ending with its sentence, "% released" after a profile, a box named by its square base
# and a number said to be ignorable
_f42P = sp.Symbol("P", positive=True)
_f42heat = sp.diff(450 + sp.Rational(41, 5) * _f42P + sp.Rational(1, 400) * _f42P**2, _f42P).subs(_f42P, 400)
for q in (
    "Input/output curve F(P) = 450 + 8.2P + 0.0025P² MMBtu/h (P = net MW). What's the incremental heat rate dF/dP at "
    "400 MW, in MMBtu/MWh?",
    "Heat input F(P) = 450 + 8.2P + 0.0025P^2 MMBtu/h with P in MW. Find dF/dP at 400 MW.",
    "F(P) = 450 + 8.2P + 0.0025P^2 MMBtu/h, P [MW]. Incremental heat rate dF/dP at 400 MW?",
):
    item(q, "calculus", "number", float(_f42heat), tol=1e-9)
for q in (
    "quick one, need the derivative wrt P of P²·ln(P) (it's in a loss-model fit, P in MW). thx",
    "need the derivative wrt P of P^2 ln(P), thx",
    "derivative with respect to P of P² ln P please (P in MW)",
):
    item(q, "calculus", "expr", expr(sp.diff(_f42P**2 * sp.log(_f42P), _f42P)))
for q in (
    "while deriving a small-angle approximation for a cam follower someone ends up with lim x→0 of (1 − cos(3x))/x². "
    "what's the limit, exact value please",
    "lim x->0 of (1 - cos(3x))/x^2. What is it exactly?",
    "Someone got lim_{x→0} (1 − cos(3x))/x². What's the value?",
):
    item(q, "calculus", "expr", expr(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)))
_f42auc = integrate.quad(lambda t: 100 * (1 - math.exp(-0.15 * t)), 0, 30)[0]
for q in (
    "Dissolution profile modeled as F(t) = 100(1 − e^(−0.15t)) % released, t in minutes. What is the area under the "
    "curve from t = 0 to t = 30 min (units %·min)?",
    "F(t) = 100(1 - e^(-0.15t)) % dissolved, t in min. Area under the curve from t = 0 to 30 min?",
    "Dissolution F(t) = 100(1 − e^(−0.15t)) % released (t in minutes). What's the AUC from 0 to 30 min (units %·min)?",
):
    item(q, "calculus", "number", _f42auc, tol=1e-6)
_f42side = [str(s) for s in sp.solve(sp.diff(_f40x**2 + 4 * 32000 / _f40x, _f40x), _f40x)]
for q in (
    "Packaging engineering is designing an open-top corrugated tote with a square base and a required volume of "
    "32,000 cm³. Board thickness is 4 mm but can be ignored, and every face uses the same board, so the goal is to "
    "minimize total surface area (base plus four sides, no lid). What base side length, in cm, minimizes the material "
    "used?",
    "An open-top tote with a square base must hold 32,000 cm³. Board thickness is 3 mm but can be ignored. What base "
    "side length, in cm, minimizes the material used (base plus four sides)?",
    "An open-top box on a square base holds 32000 cm^3 (the 3 mm wall thickness is negligible). Which base side, in "
    "cm, gives the least surface area?",
):
    item(q, "calculus", "set", _f42side)

# f42: a formula set to a value by a condition sentence and a bare ask ("once slump hits 100 mm. Solve for t"), roots of
# a defined function "at which M(x) = 0." (a full stop after the value), one product's break-even (price x = fixed +
# cost x, the fixed cost in words, a past background sentence beside it)
_t = sp.Symbol("t", positive=True)
for q in (
    "Slump loss on the hot day: S(t) = 180·e^(−t/45) mm, t in minutes after batching. Pour is rejected once slump hits "
    "100 mm. Solve for t (exact).",
    "Slump on a hot day follows S(t) = 180·e^(−t/45) mm, t in minutes. The pour is rejected when the slump drops to "
    "100 mm. Find t.",
    "S(t) = 180·e^(−t/45) mm gives slump against minutes t since batching. The load is refused once slump gets to 100 "
    "mm. Solve for t.",
):
    item(q, "algebra", "expr", expr(sp.solve(180 * sp.exp(-_t / 45) - 100, _t)[0]))
for q in (
    "A fitted quadratic for coded feed rate x gives a net-margin index M(x) = −2x² + 14x − 20. The team wants the "
    "break-even settings, i.e. the values of x at which M(x) = 0. Find all such x.",
    "A fitted quadratic for coded feed rate x gives a margin index M(x) = −2x² + 14x − 20. At which values of x is "
    "M(x) = 0?",
    "The net-margin model is M(x) = -2x^2 + 14x - 20 in coded feed rate x. Find every x where M(x) = 0.",
):
    item(q, "algebra", "set", roots(-2 * x**2 + 14 * x - 20))
for q in (
    "A small machine shop is quoting a new bracket. Fixed tooling and setup costs are twelve thousand dollars, the "
    "variable cost is $7.50 per bracket, and the customer will pay $12.30 per bracket. Last year the shop shipped "
    "40,000 parts overall. How many brackets must be sold to break even?",
    "A shop quotes a bracket: fixed costs of $12,000, variable cost $7.50 per bracket, selling price $12.30 per "
    "bracket. How many brackets to break even?",
    "Setup costs are $12k, the unit cost is $7.50 per bracket and brackets sell for $12.30 each. Last year the plant "
    "ran 250 days. What is the break-even quantity?",
):
    item(q, "algebra", "set", roots(sp.Rational("12.30") * x - 12000 - sp.Rational("7.50") * x))

# ---- blends (branch f42): a total stated alone ("a 1000 kg batch") with its target in a clause that names it one
# ("Target blend is 4% passing No. 200"), a total "that is" its target ("a 500 kg heat that is 40% nickel", a price
# remark beside it), components "blended from sand A (8% ...) and sand B (...)"; a blend of three components whose
# properties are listed slash-separated, each target met: a 3x3 linear system (references: sympy solve and linsolve)
_SANDS = roots(8 * x + 2 * (1000 - x) - 4 * 1000)
for q, ref in (
    ("Blending two sands for a 1000 kg batch. Sand A is 8% passing the No. 200 sieve, sand B is 2%. Target blend is 4% "
     "passing No. 200 (by mass). How many kg of sand A? Exact value.", _SANDS),
    ("We need a 1000 kg batch blended from sand A (8% passing No. 200) and sand B (2% passing No. 200); the target is "
     "4% passing. How many kg of sand A?", _SANDS),
    ("Batch size is 1000 kg. Sand A: 8% passing #200; sand B: 2% passing #200. Target 4% passing #200. How many kg of "
     "sand A are needed?", _SANDS),
    ("A 1000 kg batch should come out at 4% fines. Sand A is 8% fines and sand B is 2% fines. How many kg of sand B?",
     roots(2 * x + 8 * (1000 - x) - 4 * 1000)),
    ("A foundry must pour a 500 kg heat that is 40% nickel by mass. It has two stock alloys on hand: alloy A at 30% "
     "nickel and alloy B at 55% nickel (alloy B also costs twice as much). Blending only A and B, how many kilograms "
     "of alloy A are needed?", roots(30 * x + 55 * (500 - x) - 40 * 500)),
    ("We need a 500 kg heat which must be 40% Ni. Alloy A is 30% Ni, alloy B is 55% Ni (B costs twice as much). How "
     "many kg of alloy A?", roots(30 * x + 55 * (500 - x) - 40 * 500)),
    ("Pour a 500 kg melt at 40% nickel from alloy A (30% Ni) and alloy B (55% Ni); alloy B is twice the price. How "
     "many kg of alloy A?", roots(30 * x + 55 * (500 - x) - 40 * 500)),
    ("A 500 kg heat that must be 40% nickel is made from alloy A at 30% nickel and alloy B at 55% nickel. How many kg "
     "of alloy B?", roots(55 * x + 30 * (500 - x) - 40 * 500)),
):  # fmt: skip
    item(q, "algebra", "set", ref)
_c1, _c2, _c3 = sp.symbols("c1 c2 c3")
_COALS = [_c1 + _c2 + _c3 - 1, 12000 * _c1 + 10500 * _c2 + 9000 * _c3 - 10800,
          sp.Rational(2) * _c1 + sp.Rational(6, 5) * _c2 + sp.Rational(3, 5) * _c3 - sp.Rational(7, 5)]  # fmt: skip
item("Blending 3 coals. HHV: 12,000 / 10,500 / 9,000 Btu/lb; sulfur: 2.0 / 1.2 / 0.6 wt%. Want the blend at exactly "
     "10,800 Btu/lb and 1.4% S, mass fractions sum to 1. Solve the 3x3 system — what mass fraction of coal 3 (the "
     "9,000 Btu/lb one)?", "algebra", "expr", _unknown(_COALS, [_c1, _c2, _c3], _c3))  # fmt: skip
item("We blend three coals with heating values 12000/10500/9000 Btu/lb and sulfur 2.0/1.2/0.6 %. The blend must be "
     "10800 Btu/lb and 1.4% sulfur. What fraction of coal 1 goes in?", "algebra", "expr",
     _unknown(_COALS, [_c1, _c2, _c3], _c1))  # fmt: skip
item("Blending 3 coals. HHV: 12,000 / 10,500 / 9,000 Btu/lb; sulfur: 2.0 / 1.2 / 0.6 wt%. Want the blend at 10,800 "
     "Btu/lb and 1.4% S. What percentage of coal 2?", "algebra", "expr",
     str(100 * sp.sympify(_unknown(_COALS, [_c1, _c2, _c3], _c2))))  # fmt: skip
_ASHES = [_c1 + _c2 + _c3 - 1, 28 * _c1 + 24 * _c2 + 20 * _c3 - 25,
          8 * _c1 + 12 * _c2 + 20 * _c3 - sp.Rational(56, 5)]  # fmt: skip
item("A plant combines three coals: calorific value 28 / 24 / 20 MJ/kg and ash 8 / 12 / 20 %. The blend must reach "
     "25 MJ/kg at 11.2% ash. What fraction of each coal?", "algebra", "expr",
     str(sp.Matrix(list(next(iter(sp.linsolve(_ASHES, [_c1, _c2, _c3])))))))  # fmt: skip

# formulas between markdown backticks ("`x^3 - 6x^2 + 11x - 6 = 0`", "```...```"): delimiters, never part of a formula
_k, _n = sp.symbols("k n")
_t43 = sp.symbols("t", positive=True)
for q in ("fitting a little queue model and ended up with `x^3 - 6x^2 + 11x - 6 = 0`. what are the roots",
          "solve `x^3 - 6x^2 + 11x - 6 = 0`",
          "my model boiled down to ```\nx^3 - 6x^2 + 11x - 6 = 0\n```\nwhat are its roots?"):  # fmt: skip
    item(q, "algebra", "set", roots(x**3 - 6 * x**2 + 11 * x - 6))
for q in ("backlog drain rate after failover is `500*e^(-t/40)` req/s (t in seconds). how many requests get drained in "
          "total from t=0 to ∞?",
          "drain rate is ```500*e^(-t/40)``` req/s. total drained from t=0 to infinity?"):  # fmt: skip
    item(q, "calculus", "number", float(sp.integrate(500 * sp.exp(-_t43 / 40), (_t43, 0, sp.oo))))
for q in ("exponential backoff, base 100 ms doubling each time, so total wait after k retries is `100·(2^k − 1)` ms. "
          "total wait was 6300 ms — how many retries k?",
          "with exponential backoff the total wait after k retries is `100*(2^k - 1)` ms. if the total wait was 6300 "
          "ms, how many retries k?",
          "retry backoff: the total wait is 100·(2^k − 1) ms after k retries. the total wait was 6300 ms - what is k?"):  # fmt: skip
    item(q, "algebra", "set", roots(100 * (2**_k - 1) - 6300, _k))
item("the cost for n units is `5n + 20` dollars. the cost was 120 dollars, what is n?", "algebra", "set",
     roots(5 * _n + 20 - 120, _n))  # fmt: skip
item("what is the derivative of `x^3*sin(x)`?", "calculus", "expr", expr(sp.diff(x**3 * sp.sin(x), x)))
item("if `X ~ N(100, 15^2)`, what is P(X > 130)?", "probability", "number", stats.norm.sf(130, 100, 15), tol=1e-9)


# ---- f43-algebra: a log-reduction formula N = N0*10^(-t/D) solved for the time asked without naming it ("exposure
# time needed", "how long must we hold", "what time is needed"), its start and end values read by role words
# ("starting bioburden is 10^6", "the target SAL is 10^-6") and powers of ten stated with "is", D by "D-value 2.5"
# (references: the log-reduction time D*(log10 N0 - log10 N) in exact rationals)


def _kill_time(d, n0_exp, n_exp) -> list[str]:
    return [str(sp.Rational(d) * (n0_exp - n_exp))]


for q, ref in (
    ("Sterilisation validation, overkill approach. Assume first-order kill kinetics, N = N0·10^(−t/D), with D-value "
     "2.5 min for the biological indicator. Starting bioburden is 10^6 CFU and the target SAL is 10^−6. Exposure time "
     "needed, in minutes?", _kill_time("5/2", 6, -6)),
    ("First-order kill N = N0*10^(-t/D). D-value is 1.8 min, initial load is 10^5 spores, final count is 10^-6. How "
     "long must we hold, in minutes?", _kill_time("9/5", 5, -6)),
    ("Log reduction model N = N0·10^(−t/D); D = 4 min, starting count is 10^7 and the required level is 10^-3. What "
     "time is needed?", _kill_time(4, 7, -3)),
):  # fmt: skip
    item(q, "algebra", "set", ref)


# replication in words beside a two-level switch factor ("compression on/off", "(on or off)", "yes/no"): runs are the
# product of every factor's levels times the replicates ("replicate every combo twice", "in triplicate", "each
# combination is run 3 times", "two reps of the whole matrix"); references: math.prod of the levels
for q, levels, reps in (
    ("full factorial load test: thread pool size at 3 levels, cache size at 4 levels, compression on/off, and we "
     "replicate every combo twice. how many load-test runs is that", (3, 4, 2), 2),
    ("full factorial: thread pool size at 3 levels, cache size at 4 levels, compression on/off; each combination is "
     "run 3 times. how many runs", (3, 4, 2), 3),
    ("full factorial with pool size at 3 levels, cache at 4 levels and compression on or off; run every treatment in "
     "triplicate. total runs?", (3, 4, 2), 3),
    ("full factorial: 3 pool sizes, 4 cache sizes, compression on/off, and we do two reps of the whole matrix. how "
     "many runs in total?", (3, 4, 2), 2),
    ("full factorial: speed at 3 levels, lubricant (on or off), feed at 2 levels, 2 replicates. how many runs?",
     (3, 2, 2), 2),
    ("full factorial: oven temperature at 3 levels and coating yes/no, every run made twice. total runs?", (3, 2), 2),
    ("full factorial: speed at 3 levels, feed at 2 levels; replicate each setting 3 times. how many runs?", (3, 2), 3),
):  # fmt: skip
    item(q, "design", "runs", math.prod(levels) * reps)

# f42-design2: counted groups of factors with their names bracketed, levels written with slashes after a name
# ("3 two-level factors (boarding method, jet bridge y/n, ...) and one three-level factor (crew size 4/5/6)")
for q, ref in (
    ("full factorial: 3 two-level factors (boarding method, jet bridge y/n, catering truck timing) and one three-level "
     "factor (crew size 4/5/6), duplicated (2 replicates). run count?", math.prod([2, 2, 2, 3]) * 2),
    ("full factorial: three 2-level factors (gate on/off, boarding order, bridge yes/no) plus one 3-level factor (crew "
     "4/5/6), run in duplicate. total runs?", math.prod([2, 2, 2, 3]) * 2),
    ("full factorial with two 2-level factors (coating y/n, cure temp) and one 3-level factor (dwell 10/20/30 s), 3 "
     "replicates. how many runs?", math.prod([2, 2, 3]) * 3),
    ("two 2-level factors (coating y/n, cure temp) and one 3-level factor (dwell 10/20/30 s), 3 replicates. how many "
     "runs?", math.prod([2, 2, 3]) * 3),
    ("four two-level factors (a, b, c, d on/off), full factorial, unreplicated. how many runs?", 2**4),
):  # fmt: skip
    item(q, "design", "int", ref, key="runs")


# f42-solve2: a linear system in indexed names, its total ("total demand 600 MW") and its equality ("setting λ1 = λ2",
# "equal incremental cost") said in words; undetermined ones declined
_l, _p1, _p2, _p3 = sp.symbols("l p1 p2 p3")
_DISPATCH2 = sp.solve([8 + sp.Rational(4, 1000) * _p1 - _l, sp.Rational(15, 2) + sp.Rational(6, 1000) * _p2 - _l,
                       _p1 + _p2 - 600], [_p1, _p2, _l])  # fmt: skip
for q in (
    "Economic dispatch, 2 units, no losses. Incremental costs: unit 1 λ1 = 8 + 0.004·P1 $/MWh, unit 2 λ2 = 7.5 + "
    "0.006·P2 $/MWh. Total demand 600 MW, both within limits. Setting λ1 = λ2, what's P1 in MW?",
    "λ1 = 8 + 0.004P1, λ2 = 7.5 + 0.006P2, P1 + P2 = 600, λ1 = λ2. Find P1.",
    "Economic dispatch of two units: λ1 = 8 + 0.004·P1 and λ2 = 7.5 + 0.006·P2 ($/MWh). Total load 600 MW. At equal "
    "incremental cost, what is P1?",
):
    item(q, "algebra", "number", float(_DISPATCH2[_p1]))
_DISPATCH3 = sp.solve([8 + sp.Rational(4, 1000) * _p1 - _l, sp.Rational(15, 2) + sp.Rational(6, 1000) * _p2 - _l,
                       7 + sp.Rational(8, 1000) * _p3 - _l, _p1 + _p2 + _p3 - 900], [_p1, _p2, _p3, _l])  # fmt: skip
item("Economic dispatch of three units: λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2, λ3 = 7 + 0.008·P3. Total demand 900 "
     "MW, equal incremental cost. Find P3.", "algebra", "number", float(_DISPATCH3[_p3]))  # fmt: skip
for q in (
    "Incremental costs λ1 = 8 + 0.004·P1, λ2 = 7.5 + 0.006·P2. Total demand 600 MW. What's P1?",
    "λ1 = 8 + 0.004P1, λ2 = 7.5 + 0.006P2, P1 + P2 = 600. Find P1.",
):
    item(q, "algebra", "refuse", None)

# f43: "k of n" per group beside a total per group, a mean stated as "design says 88%", a status-code class glued
# to a count ("48 5xx out of 12000"), a predictor stated as a range at a fixed step
_F43_TABLE = stats.chi2_contingency([[12, 48], [5, 55], [9, 51]]).pvalue
for q in (
    "Formative usability study, 60 participants per handle design. Use errors observed: design A 12 of 60, design B "
    "5 of 60, design C 9 of 60. Pearson chi-square test of independence (design × error yes/no). Report the p-value.",
    "Usability test with 60 users per design: errors in design A 12 of 60, design B 5 of 60, design C 9 of 60. Is "
    "error rate independent of design? chi-square p-value",
    "Errors by layout: layout A 12 out of 60 users, layout B 5 out of 60, layout C 9 out of 60. Chi-square test of "
    "independence, p value?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", _F43_TABLE, key="p_value")
_F43_CU = [86.9, 88.4, 87.2, 85.8, 89.1, 86.5, 87.7, 86.2, 88.0, 86.8]
for q in (
    "daily Cu recoveries % last 10 days: 86.9 88.4 87.2 85.8 89.1 86.5 87.7 86.2 88.0 86.8 . design says 88%, one "
    "sample t test two sided, p value?",
    "Cu recovery (%) over the last 10 days: 86.9, 88.4, 87.2, 85.8, 89.1, 86.5, 87.7, 86.2, 88.0, 86.8. The design "
    "value is 88%. One-sample t-test, two-sided p-value?",
    "last 10 days recovery %: 86.9 88.4 87.2 85.8 89.1 86.5 87.7 86.2 88.0 86.8 ; spec says 88%. 1-sample t test, p "
    "value?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_F43_CU, 88).pvalue, key="p_value")
_F43_5XX = proportions_ztest([48, 30], [12000, 11500])[1]
for q in (
    "canary had 48 5xx out of 12000 requests, baseline had 30 out of 11500. two-sided pooled two-proportion z test, "
    "no continuity correction. p value?",
    "Canary: 48 5xx errors of 12000 requests; baseline: 30 5xx errors of 11500 requests. Two-proportion z-test "
    "(pooled, no continuity correction), two-sided p-value?",
    "the new build returned 48 5xx responses out of 12000 calls vs 30 out of 11500 on the old build. pooled two "
    "proportion z test two sided p?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", _F43_5XX, key="p_value")
_F43_W = [41.92, 42.05, 42.11, 42.24, 42.28, 42.37, 42.40]
_F43_R2 = stats.linregress(np.arange(8000, 14001, 1000), _F43_W).rvalue ** 2
for q in (
    "Hold pressure sweep, 7 settings from 8000 to 14000 psi in 1000 psi steps, part weights (g) in order: 41.92, "
    "42.05, 42.11, 42.24, 42.28, 42.37, 42.40. How much of the weight variation does a straight-line fit explain (R²)?",
    "Hold pressure set every 1000 psi from 8000 to 14000 psi; part weights (g) in order: 41.92, 42.05, 42.11, 42.24, "
    "42.28, 42.37, 42.40. R-squared of a linear fit?",
    "Pressure stepped from 8000 to 14000 psi in steps of 1000 psi. Part weight at each step: 41.92 42.05 42.11 42.24 "
    "42.28 42.37 42.40 g. R^2 of a straight-line fit?",
):  # fmt: skip
    item(q, "regression", "number", float(_F43_R2), key="r_squared")


# ---- f43: numbers glued to their units ("1.8g/t", "82µm", "0.45g/t"), units stated in words, scaled counts ----
_F43_BLEND = roots(1.8 * x + 4.2 * (600 - x) - 2.6 * 600)
for q in (
    "need to blend stockpile A at 1.8g/t with stockpile B at 4.2g/t to make 600t of mill feed at exactly 2.6g/t, how "
    "many tonnes of A go in",
    "blending stockpile A at 1.8 g/t and stockpile B at 4.2 g/t for 600 t of feed at 2.6 g/t; how many tonnes of A?",
    "we blend pile A @ 1.8g/t with pile B @ 4.2g/t into 600t at 2.6g/t. how many tonnes of A are needed?",
):  # fmt: skip
    item(q, "algebra", "set", _F43_BLEND)
_F43_CPK = min(90 - 82, 82 - 70) / (3 * 2.5)
for q in (
    "spec on the ball mill P80 is 70 to 90 µm, process runs at mean 82µm with σ=2.5µm (stable), whats Cpk",
    "P80 spec for the ball mill is 70 to 90 µm; mean 82µm, sd 2.5µm. Cpk?",
    "ball mill P80 spec 70-90µm, process mean 82µm, σ 2.5µm — what is the Cpk",
):  # fmt: skip
    item(q, "capability", "number", _F43_CPK, tol=1e-9)
_F43_LOTS = [8.6, 8.9, 8.2, 9.1, 8.7, 8.4, 9.3, 8.8, 8.5, 9.0, 8.3, 8.8]
_F43_PPK = min(10.0 - np.mean(_F43_LOTS), np.mean(_F43_LOTS) - 7.0) / (3 * np.std(_F43_LOTS, ddof=1))
for q in (
    "filter cake moisture % for the conc shipments, contract says 7.0–10.0 %. last 12 lots: 8.6 8.9 8.2 9.1 8.7 8.4 "
    "9.3 8.8 8.5 9.0 8.3 8.8 — Ppk using the overall sample std dev (n−1)?",
    "customer requires 7.0 to 10.0 % moisture. lots: 8.6 8.9 8.2 9.1 8.7 8.4 9.3 8.8 8.5 9.0 8.3 8.8. what's the Ppk "
    "(overall sd, n-1)?",
    "moisture of the last 12 lots 8.6, 8.9, 8.2, 9.1, 8.7, 8.4, 9.3, 8.8, 8.5, 9.0, 8.3, 8.8 %; the contract specifies "
    "7.0-10.0%. Ppk?",
):  # fmt: skip
    item(q, "capability", "number", _F43_PPK, tol=1e-9)
_F43_N = math.ceil((stats.norm.ppf(0.975) * 0.45 / 0.1) ** 2)
for q in (
    "how many grab samples do i need to estimate the mean stockpile grade to within ±0.1 g/t with 95% confidence, sd "
    "from previous campaign is 0.45g/t (assume known σ, normal approx)",
    "sample size to estimate mean stockpile grade within 0.1g/t at 95% confidence? σ known = 0.45g/t",
    "how many samples are needed so the 95% CI half-width on the mean grade is 0.1 g/t; historical sd 0.45g/t, known "
    "sigma",
):  # fmt: skip
    item(q, "sample_size", "int", _F43_N, key="n")
_F43_TROY = 0.25 * constants.troy_ounce / (2000 * constants.pound) * 1e6  # g per metric tonne
for q in (
    "old us drill reports are in troy oz per short ton, convert 0.25 oz/ton to g/t (metric tonne)",
    "our assays are reported in troy ounces per short ton. what is 0.25 oz/t in g/t?",
):
    item(q, "unit_conversion", "number", _F43_TROY, key="value")
item("convert 0.25 oz/ton to g/t", "unit_conversion", "refuse", None)
for q, ref in (
    ("1.2 billion requests per day is how many rps on average?", 1.2e9 / constants.day),
    ("1.2 billion requests per day in requests per second", 1.2e9 / constants.day),
    ("3.6 million events/hour in events per second", 3.6e6 / constants.hour),
):
    item(q, "unit_conversion", "number", ref, key="value")
item("1.2 billion requests per day in qps", "unit_conversion", "refuse", None)

# ---- f43-algebra2: a rate in tonnes per time after a formula of t ("Q(t) = 400 + 50 sin(pi t/12) t/h": tonnes per
# hour, not t over h) accumulated over "the first 6 hrs" (references: scipy quad); two labelled components that each
# lose a percentage of their own amount, sharing a total, the total lost stated ("1200 rps total, A errors on 2%, B on
# 0.5%, 18 errors/s": x + y = 1200, 0.02 x + 0.005 y = 18; references: sympy linsolve in exact rationals)
_mill = integrate.quad(lambda t: 400 + 50 * math.sin(math.pi * t / 12), 0, 6)[0]
for q in (
    "SAG feed rate wanders like Q(t)=400+50sin(πt/12) t/h (t in hours from start of shift) how many tonnes went thru "
    "the mill in the first 6 hrs",
    "feed to the mill is Q(t) = 400 + 50 sin(πt/12) t/h with t in hours; how many tonnes were processed in the first "
    "6 hours?",
    "mill throughput Q(t)=400+50sin(pi t/12) t/h, t in h. How many tonnes pass through the mill during the first 6 h "
    "of the shift?",
):  # fmt: skip
    item(q, "calculus", "number", _mill, tol=1e-6)


def _split(total, share_a, share_b, count) -> list[str]:
    a, b = sp.symbols("a b")
    eqs = [a + b - total, sp.Rational(share_a) / 100 * a + sp.Rational(share_b) / 100 * b - count]
    return [str(next(iter(sp.linsolve(eqs, [a, b])))[0])]


for q, ref in (
    ("two backends share 1200 rps total. backend A errors on 2% of requests, B on 0.5%, and overall we see 18 "
     "errors/s. how many rps is A taking?", _split(1200, "2", "1/2", 18)),
    ("Servers A and B handle 1200 rps between them; A fails 2% of requests and B fails 0.5%. We log 18 failures/s. "
     "How many rps does server A handle?", _split(1200, "2", "1/2", 18)),
    ("two lines make 500 parts/h together; line A scraps 4%, line B 1%; total scrap is 11 parts/h. how many parts/h "
     "from A?", _split(500, "4", "1", 11)),
    ("two kilns fire 800 bricks/day combined. kiln 1 cracks 5%, kiln 2 cracks 2%; we get 25 cracked bricks/day in "
     "all. how many bricks/day does kiln 1 fire?", _split(800, "5", "2", 25)),
):  # fmt: skip
    item(q, "algebra", "set", ref)
item("two backends share 1200 rps total. backend A errors on 2% of requests, B on 0.5%, and overall we see 40 "
     "errors/s. how many rps is A taking?", "algebra", "refuse", None)  # fmt: skip

# f43: a size class in parentheses ("(≥10 µm)") is no count bound; an "8-cavity" whole counts the places each given
# a probability ("each cavity"); a lot "tote of 50 lenses, 4 of them ..." drawn without replacement; a Markov chain's
# long-run share of a state (pi P = pi, sum 1, solved here with sympy's nullspace)
for q, ref in (
    ("particulate counts (≥10 µm) per device ~ Poisson, mean 1.8 per device. P(a device shows 3 or more)?",
     1 - sum(math.exp(-1.8) * 1.8**k / math.factorial(k) for k in range(3))),
    ("Particles (>= 10 um) per wafer follow a Poisson distribution with mean 1.8. What is the probability a wafer has "
     "at least 3?", 1 - sum(math.exp(-1.8) * 1.8**k / math.factorial(k) for k in range(3))),
    ("8-cavity hot runner. each cavity independently short-shots with prob 3% per cycle. Probability a given cycle "
     "has at least one short shot?", 1 - 0.97**8),
    ("A 4-engine aircraft: each engine independently fails on a flight with probability 0.001. What is the "
     "probability at least one engine fails on a flight?", 1 - 0.999**4),
    ("Tote of 50 lenses, 4 of them have flow lines. QC pulls 6 at random without replacement. P(none of the 6 has "
     "flow lines)?", math.comb(46, 6) / math.comb(50, 6)),
    ("A tote holds 50 lenses; 4 have flow lines. We pull 6 at random without replacement. What is the probability "
     "that none of the 6 has flow lines?", math.comb(46, 6) / math.comb(50, 6)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)
for q, rows, state in (
    ("host health as a markov chain, one step per minute: up→down w.p. 0.02, down→up w.p. 0.3. in the long run what "
     "fraction of minutes is the host down?", [["49/50", "1/50"], ["3/10", "7/10"]], 1),
    ("A machine is a two-state Markov chain: up -> down with probability 0.02 and down -> up with probability 0.3 "
     "each minute. What is the steady-state probability that it is down?", [["49/50", "1/50"], ["3/10", "7/10"]], 1),
    ("Markov chain: idle->busy 0.4, busy->idle 0.5, busy->broken 0.1, broken->idle 1. long-run fraction of time "
     "busy?", [["3/5", "2/5", "0"], ["1/2", "2/5", "1/10"], ["1", "0", "0"]], 1),
):  # fmt: skip
    _null = (sp.Matrix([[sp.Rational(v) for v in row] for row in rows]).T - sp.eye(len(rows))).nullspace()[0]
    item(q, "probability", "expr", str(_null[state] / sum(_null)))

# f44: a formula stated and solved for a name whose value carries an ohm unit ("R1 = 10 kΩ"); a named relation
# not stated (a voltage divider's) declined, never a value set alone read as a system; an equation after "solve ..."
# solved for the letter its "for L." names; a linear equation in brackets after prose ("(x = 2z)") read as a clause
_divider = sp.Rational(33, 10) * 10 / (5 - sp.Rational(33, 10))  # Vout = Vin R2/(R1 + R2) solved by hand for R2
for q in (
    "Vout = Vin·R2/(R1 + R2), Vin = 5 V, R1 = 10 kΩ, Vout = 3.3 V; solve for R2",
    "Using Vout = Vin*R2/(R1+R2) with Vin = 5 V, R1 = 10 kΩ and Vout = 3.3 V, what is R2 in kΩ?",
    "Divider: Vout = Vin·R2/(R1 + R2). Vin = 5.0 V, R1 = 10 kΩ, and I want Vout = 3.3 V. Find R2.",
):
    item(q, "algebra", "set", [str(_divider)])
item("Divider off a 5.0 V rail, R1 = 10 kΩ top, want Vout = 3.3 V exactly (unloaded). What R2 in kΩ? don't round to "
     "E96, just the exact value", "algebra", "refuse", None)  # fmt: skip
_crusher = 10 * math.log10(10**8.8 - 10**8.5)  # energy subtraction: 10^(L/10) = 10^(88/10) - 10^(85/10)
for q in (
    "Site boundary reads 88 dB(A) total with the crusher running. Background alone is 85 dB(A). Using logarithmic "
    "(energy) addition, what level L does the crusher contribute on its own? i.e. solve 10·log10(10^(85/10) + "
    "10^(L/10)) = 88 for L.",
    "Total 88 dB with the crusher on, background 85 dB. Solve 10*log10(10^(85/10) + 10^(L/10)) = 88 for L",
):
    item(q, "algebra", "number", _crusher, tol=1e-9)


def _first_order(start, observed, time, target) -> list[str]:
    """The time start * exp(-k t) takes to reach target, k fitted so that it is observed at time."""
    k = sp.log(sp.Rational(start) / sp.Rational(observed)) / sp.Rational(time)
    return [str(sp.log(sp.Rational(start) / sp.Rational(target)) / k)]


for q, ref in (
    ("Stability: assay 100.0% LC at release, 95.0% LC at 12 months. Assuming first-order degradation "
     "(C = C0·e^(−kt)), at how many months does assay reach 90.0% LC?", _first_order("100.0", "95.0", 12, "90.0")),
    ("Potency starts at 100% and is 95% after 12 months; first-order loss C = C0 e^(-kt). When does it hit 90%?",
     _first_order(100, 95, 12, 90)),
    ("C(t) = C0·exp(−k t). C(0) = 100, C(12) = 95. Solve C(t) = 90 for t.", _first_order(100, 95, 12, 90)),
    ("Initially the assay is 100% LC; after 12 months it is 95% LC. Assuming exponential decay, how long until it "
     "falls to 90% LC?", _first_order(100, 95, 12, 90)),
    ("Concentration is 50 mg/L initially and 40 mg/L after 3 h. First-order decay. When does it reach 10 mg/L?",
     _first_order(50, 40, 3, 10)),
):  # fmt: skip
    item(q, "algebra", "set", ref)
item("Assay 100% at release, 95% at 12 months, first-order degradation. When does it reach 101%?", "algebra", "refuse",
     None)  # fmt: skip


def _recovery(f, c, t) -> float:
    return float(
        sp.Rational(c) * (sp.Rational(f) - sp.Rational(t)) / (sp.Rational(f) * (sp.Rational(c) - sp.Rational(t)))
    )


for q in (
    "recovery R = c(f - t)/[f(c - t)] with feed 1.2 %Cu, concentrate 28 %Cu, tailings 0.15 %Cu. What is R?",
    "What is the recovery R = c(f - t)/(f(c - t)) with feed 1.2 %Cu, concentrate 28 %Cu, tailings 0.15 %Cu?",
):
    item(q, "algebra", "number", _recovery("1.2", "28", "0.15"), tol=1e-9)
for q in (
    "feed assay 2.4 g/t, conc 48g/t, tails 0.30 g/t; whats the recovery R = c(f-t)/[f(c-t)]",
    "feed grade 2.4 g/t, concentrate grade 48 g/t, tailings grade 0.30 g/t: what's the recovery R = c(f-t)/[f(c-t)]?",
):
    item(q, "algebra", "number", _recovery("2.4", "48", "0.30"), tol=1e-9)

# f44: factors listed after a spaced dash, their levels named by slashed words ("each at low/mid/high": 3 levels);
# "gsm" is grams per square metre (an ounce avoirdupois per square yard from scipy.constants)
for q, ref in (
    ("Three-level full factorial on the cheese vat — culture dose, set temp, rennet amount, each at low/mid/high — and "
     "we want to run the whole thing twice (2 replicates). Number of vat runs?", 3**3 * 2),
    ("Full factorial over culture dose, set temp and rennet amount, each at low/mid/high, run in duplicate. How many "
     "runs?", 3**3 * 2),
    ("Three-level full factorial on the press - ram speed, die temp, billet length, each at 3 levels - replicated "
     "twice (2 replicates). How many runs?", 3**3 * 2),
):  # fmt: skip
    item(q, "design", "runs", ref)
_oz_yd2 = constants.ounce / constants.yard**2  # kg/m^2; a gsm is 1e-3 kg/m^2
for q, ref in (
    ("US customer spec says 1.2 oz/yd². What's that in gsm?", 1.2 * _oz_yd2 / 1e-3),
    ("convert 3 oz/yd^2 to g/m2", 3 * _oz_yd2 / 1e-3),
    ("200 gsm in oz/sq yd", 200 * 1e-3 / _oz_yd2),
):
    item(q, "unit_conversion", "number", ref, key="value")


# f44: periodic samples over a span said as a compound ("a twelve-month campaign": 12 trials); a rate per area over a
# piece sized "has exactly 1000 m^2"; DPMO x opportunities per unit as a Poisson mean, first-pass yield exp(-DPU)
_pois_cdf = lambda k, mu: sum(math.exp(-mu) * mu**i / math.factorial(i) for i in range(k + 1))  # noqa: E731
for q, ref in (
    ("Each monthly groundwater sample independently has an 8% chance of exceeding the trigger value. Over a "
     "twelve-month campaign, probability that exactly two samples exceed?", math.comb(12, 2) * 0.08**2 * 0.92**10),
    ("Monthly samples are independent and each has an 8% chance of exceeding the trigger level. During a 12-month "
     "monitoring program, what is the probability exactly 2 samples exceed?", math.comb(12, 2) * 0.08**2 * 0.92**10),
    ("Pinholes in our SMS run average 1.8 per 1000 m². A roll has exactly 1000 m² on it. Poisson assumption — "
     "probability a roll has two or fewer pinholes?", _pois_cdf(2, 1.8)),
    ("Pinholes average 1.8 per 1000 square metres of fabric; each roll holds 1000 m2. Assuming Poisson, what is the "
     "chance a roll has at most 2 pinholes?", _pois_cdf(2, 1.8)),
    ("PCB-4471 rev C has 1600 solder joint opportunities. line is running 500 DPMO. assuming defects are Poisson, what "
     "fraction of boards come out with zero defects?", math.exp(-500 / 1e6 * 1600)),
    ("DPMO 250, 2400 opportunities per assembly, first-pass yield (zero defects)?", math.exp(-250 / 1e6 * 2400)),
    ("Our SMT line runs at 400 defects per million opportunities and each board has 2000 opportunities. What is the "
     "first pass yield?", math.exp(-400 / 1e6 * 2000)),
    ("about 4% of incoming corn loads are actually over the aflatoxin limit. our rapid strip test catches 95% of the "
     "bad loads (sensitivity) and correctly passes 90% of the good ones (specificity). a truck just tested positive — "
     "probability it's really over the limit?", 0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.10)),
    ("Roughly 4% of lots are really over the spec limit. Our screen catches 95% of the bad lots and correctly passes "
     "90% of the good lots. A lot screens positive. Probability it is really over the limit?",
     0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.10)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)


# f44: a blend by price asked as a share ("what mass fraction of PP" to cost $1.58/kg); a share asked as "what
# fraction ... must come from well A"; components on hand, no verb ("got whole milk at 3.8% fat and skim at 0.5%");
# water removed from a feed, the dry matter kept (drying, evaporation): out = in (1 - m_in) / (1 - m_out)
_f44x = sp.symbols("f44x")
for q, a, b, c, whole in (
    ("Blending PP staple at $1.40/kg with PET at $1.85/kg, purchasing wants the blend to cost exactly $1.58/kg. What "
     "mass fraction of PP does that take? (fraction, not %)", "1.40", "1.85", "1.58", 1),
    ("We blend PP staple at $1.40/kg with PET at $1.85/kg and the blend has to come in at $1.58/kg. What fraction of "
     "PP is needed?", "1.40", "1.85", "1.58", 1),
    ("Blending two supply wells: well A runs at 62 mg/L nitrate, well B at 14 mg/L. What fraction of the blended flow "
     "must come from well A so the blend sits exactly at the 50 mg/L limit? (simple mass balance, fraction as a "
     "number between 0 and 1)", "62", "14", "50", 1),
    ("Two wells are blended, well A at 62 mg/L and well B at 14 mg/L nitrate. What share of the flow has to be drawn "
     "from well A for the mix to hit 50 mg/L?", "62", "14", "50", 1),
    ("Well A runs at 62 mg/L nitrate and well B at 14 mg/L. What fraction of the blend should come from well B to sit "
     "at 50 mg/L?", "14", "62", "50", 1),
    ("standardizing a batch: got whole milk at 3.8% fat and skim at 0.5% fat, need 1000 gal total at 2.0% fat. how "
     "many gallons of the whole milk go in? (assume fat % by volume is fine, just do the straight mass balance)",
     "3.8", "0.5", "2.0", 1000),
    ("We have whole milk at 3.8% fat and skim at 0.5% fat and need 1000 gal total at 2.0% fat. How many gal of skim?",
     "0.5", "3.8", "2.0", 1000),
):  # fmt: skip
    a, b, c = (sp.Rational(v) for v in (a, b, c))
    item(q, "algebra", "set", [str(r) for r in sp.solve(a * _f44x + b * (whole - _f44x) - c * whole, _f44x)])
for q, ref in (
    ("We've got 10,000 lb of wet corn coming in at 25% moisture (wet basis) and we dry it down to 15% wet basis. How "
     "many lb of corn come out of the dryer? dry matter stays the same obviously",
     sp.Rational(10000) * sp.Rational(75, 100) / sp.Rational(85, 100)),
    ("10000 lb of corn at 25% moisture is dried to 15% moisture. How many lb of dried corn do we get?",
     sp.Rational(10000) * sp.Rational(75, 100) / sp.Rational(85, 100)),
    ("500 kg of juice at 12% solids evaporated to 40% solids, how many kg of concentrate?",
     sp.Rational(500) * sp.Rational(12, 40)),
    ("We evaporate 500 kg of juice at 12% solids until it is concentrated to 40% solids. How much water is "
     "evaporated?", 500 - sp.Rational(500) * sp.Rational(12, 40)),
):  # fmt: skip
    item(q, "algebra", "set", [str(ref)])
# (f49: a moisture on the dry basis is read: the oven-dry weight 10000/1.25 kept, at 15% of it in water)
item("10000 lb of corn at 25% moisture (dry basis) dried to 15%. How many lb come out?", "algebra", "set",
     [str(sp.Rational(10000) / sp.Rational(125, 100) * sp.Rational(115, 100))])  # fmt: skip


# f44: a group label an ordinal already names ("1st shift 2450, 2510, ...") is followed by a value, not its number
_SHIFTS = ([2450, 2510, 2480, 2495], [2530, 2560, 2545, 2580], [2470, 2440, 2500, 2465], [2520, 2490, 2535, 2505])
for q in (
    "yogurt viscosity (cP) by shift, four readings per shift: 1st shift 2450, 2510, 2480, 2495; 2nd shift 2530, 2560, "
    "2545, 2580; 3rd shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. What's the F statistic from a "
    "one-way ANOVA across the four shifts?",
    "Viscosity (cP), 4 readings per shift. 1st shift 2450, 2510, 2480, 2495; 2nd shift 2530, 2560, 2545, 2580; 3rd "
    "shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. One-way ANOVA F statistic?",
    "One-way ANOVA across shifts: first shift 2450, 2510, 2480, 2495; second shift 2530, 2560, 2545, 2580; third "
    "shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. What is F?",
):  # fmt: skip
    item(q, "anova", "number", stats.f_oneway(*_SHIFTS).statistic, key="statistic")

# f44: bounds "t=0 to t=8" (the variable restated) and bounds alone in brackets ("(0 to 5)", "(integrate 0 to 8)");
# t's unit in "t hours after midnight"; a window restated by its bounds ("the first 6 hours (t=0 to t=6)"); units
# "µg/m³" and "dB(A)"; a cooling ODE's initial value as the one other temperature than its ambient; a remark after "..."
_f44d = sp.Symbol("d", positive=True)
_f44T = sp.Function("T")
_f44t = sp.Symbol("t", real=True)
for q, ref in (
    ("the carding line's power draw over a shift follows P(t) = 40 + 8·sin(πt/4) kW, t in hours, shift runs t=0 to "
     "t=8. total energy used in kWh?", integrate.quad(lambda v: 40 + 8 * math.sin(math.pi * v / 4), 0, 8)[0]),
    ("power draw P(t) = 40 + 8·sin(πt/4) kW, t in hours. total energy used over t=0 to t=8 (kWh)?",
     integrate.quad(lambda v: 40 + 8 * math.sin(math.pi * v / 4), 0, 8)[0]),
    ("belt scale on the receiving conveyor says feed rate is roughly q(t)=120+30 sin(πt/4) tons per hour, t in hrs "
     "from start of shift. how many tons total go across it over the 8 hr shift (integrate 0 to 8)",
     integrate.quad(lambda v: 120 + 30 * math.sin(math.pi * v / 4), 0, 8)[0]),
    ("feed rate q(t) = 120 + 30 sin(πt/4) tonnes per hour, t in hours. total tonnes delivered over the shift "
     "(integrate 0 to 8)?", integrate.quad(lambda v: 120 + 30 * math.sin(math.pi * v / 4), 0, 8)[0]),
):  # fmt: skip
    item(q, "calculus", "number", ref, tol=1e-6)
for q, ref in (
    ("PM2.5 diurnal fit c(t) = 20 + 5 sin(πt/12) µg/m³, t hours after midnight. time-weighted average over the first "
     "6 hours (t=0 to t=6)? exact", sp.integrate(20 + 5 * sp.sin(sp.pi * _f44t / 12), (_f44t, 0, 6)) / 6),
    ("temperature T(t) = 20 + 5 sin(πt/12) °C, t hours since sunrise. mean temperature over the first 6 hours?",
     sp.integrate(20 + 5 * sp.sin(sp.pi * _f44t / 12), (_f44t, 0, 6)) / 6),
    ("CD basis weight profile across our 5 m wide line fits g(x) = 85 + 4x − 0.8x² gsm, x in metres from the drive "
     "side (0 to 5). What's the average basis weight across the full width? exact value pls",
     sp.integrate(85 + 4 * x - sp.Rational(4, 5) * x**2, (x, 0, 5)) / 5),
    ("h(x) = 85 + 4x - 0.8x^2 mm, x from the edge (0 to 5). mean value across the whole width? exact",
     sp.integrate(85 + 4 * x - sp.Rational(4, 5) * x**2, (x, 0, 5)) / 5),
    ("noise spreading model L(d) = 95 − 20·log10(d) dB(A), d in metres. dL/dd at d = 10 m? exact form please",
     sp.diff(95 - 20 * sp.log(_f44d, 10), _f44d).subs(_f44d, 10)),
    ("L(d) = 95 - 20 log10(d) dB, d in m. what's dL/dd at d = 10", sp.diff(95 - 20 * sp.log(_f44d, 10), _f44d).subs(_f44d, 10)),
    ("lim x→0 of (1 − cos 3x)/x²  ... came up in a vibration fixture calc, exact value pls",
     sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)),
    ("lim x->0 sin 5x / x ... from a gear calc", sp.limit(sp.sin(5 * x) / x, x, 0)),
):  # fmt: skip
    item(q, "calculus", "expr", expr(ref))
for q, k, ambient, start in (
    ("Jumbo roll comes off the calender at 180 °C and sits in a 25 °C warehouse. Assume dT/dt = −0.05 (T − 25) with t "
     "in minutes. Give me T(t).", sp.Rational(1, 20), 25, 180),
    ("A casting leaves the mould at 650 °C and cools in a 30 °C shop. dT/dt = -0.02(T - 30), t in min. Find T(t).",
     sp.Rational(1, 50), 30, 650),
    ("coffee poured at 90 °C into a mug in a 20 °C room follows dT/dt = -0.1(T - 20). what's T(t)?",
     sp.Rational(1, 10), 20, 90),
):  # fmt: skip
    item(q, "calculus", "expr",
         expr(sp.dsolve(sp.Eq(_f44T(_f44t).diff(_f44t), -k * (_f44T(_f44t) - ambient)), _f44T(_f44t), ics={_f44T(0): start}).rhs))  # fmt: skip
for q in (
    "Jumbo roll at 180 °C sits in a 25 °C warehouse and must cool to 60 °C. dT/dt = −0.05 (T − 25), t in minutes. "
    "Give me T(t).",
    "roll sits in a 25 °C warehouse. dT/dt = −0.05 (T − 25), t in minutes. Give me T(t).",
    "c(t) = 20 + 5 sin(πt/12) ppb, t hours after midnight. average over the first 6 hours (t=0 to t=8)?",
):
    item(q, "calculus", "refuse", None)


# one unknown of a linear system asked by its letter in brackets after a question in words ("How many kg of PET
# (y)?"): that unknown, not the solution vector; references: sympy.linsolve
_bx, _by, _bz = sp.symbols("x y z")
for q, equations, asked in (
    ("100 kg batch of fibre: x kg PP, y kg PET, z kg bico. Constraints: x + y + z = 100, cost 1.2x + 1.5y + 2.6z = 155 "
     "(dollars), and PP must be exactly twice the bico (x = 2z). How many kg of PET (y)?",
     [_bx + _by + _bz - 100, sp.Rational(6, 5) * _bx + sp.Rational(3, 2) * _by + sp.Rational(13, 5) * _bz - 155,
      _bx - 2 * _bz], _by),
    ("Mix x kg PP, y kg PET and z kg bico: x + y + z = 100 and 1.2x + 1.5y + 2.6z = 155 (cost, dollars); PP is "
     "twice the bico (x = 2z). What is y?",
     [_bx + _by + _bz - 100, sp.Rational(6, 5) * _bx + sp.Rational(3, 2) * _by + sp.Rational(13, 5) * _bz - 155,
      _bx - 2 * _bz], _by),
    ("x + y + z = 10, x - y = 1, z = 2x. How many apples (z)?", [_bx + _by + _bz - 10, _bx - _by - 1, _bz - 2 * _bx],
     _bz),
):  # fmt: skip
    (solution,) = sp.linsolve(equations, [_bx, _by, _bz])
    item(q, "algebra", "expr", expr(dict(zip([_bx, _by, _bz], solution, strict=True))[asked]))


# f44-algebra2: two kinds of item, each's amount per item ("type A feeders take 2 slots, type B take 3"), a total of
# items ("45 feeders") and of the amount ("120 slots"): a + b = n, p a + q b = total; counts not whole, or an ask
# naming no kind, are declined (references: sympy linsolve)
for q, rows, rhs, index in (
    ("Pick-and-place: type A feeders take 2 slots, type B take 3. We filled 120 slots with 45 feeders total. How many "
     "type B feeders?", [[1, 1], [2, 3]], [45, 120], 1),
    ("Type A feeders each take 2 slots and type B feeders take 3 slots; 45 feeders fill 120 slots. How many type A "
     "feeders?", [[1, 1], [2, 3]], [45, 120], 0),
    ("A pick-and-place has 45 feeders in 120 slots; type A feeders take 2 slots and type B take 3. How many type B "
     "feeders are there?", [[1, 1], [2, 3]], [45, 120], 1),
    ("small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 192 kg in all. how many large boxes?",
     [[1, 1], [4, 10]], [30, 192], 1),
    ("Vans carry 8 people, buses carry 40 people. 20 vehicles carried 480 people. How many buses?", [[1, 1], [8, 40]],
     [20, 480], 1),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
for q in (
    "small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 191 kg in all. how many large boxes?",
    "small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 192 kg in all. how many boxes?",
):
    item(q, "algebra", "refuse", None)

# f44: a specification stated as a band, range or window a rule names ("pH consent band is 6.0 to 9.0", "operating
# range is 6.0 to 9.0", "permit window for pH is 6.0-9.0"); a one-sided upper limit a rule sets ("permit maximum 5.0",
# "maximum allowed 5.0", "must not exceed 5.0") with no lower limit: Ppk = PPU = (USL - mean) / (3 s)
_F44_CPK = min(9.0 - 7.8, 7.8 - 6.0) / (3 * 0.3)
for q in (
    "Final effluent pH consent band is 6.0 to 9.0. Process runs at mean 7.8 with a standard deviation of 0.3 (treat "
    "as the process sigma). What's Cpk?",
    "The operating range is 6.0 to 9.0. Process mean 7.8, process sigma 0.3. What is Cpk?",
    "Permit window for effluent pH is 6.0-9.0; the process averages 7.8 with standard deviation 0.3. Calculate Cpk.",
):  # fmt: skip
    item(q, "capability", "number", _F44_CPK, tol=1e-9)
_F44_NH3 = [2.8, 3.4, 3.1, 2.6, 3.9, 3.3, 2.9, 3.6, 3.2, 3.0, 3.5, 2.7]
_F44_PPU = (5.0 - float(np.mean(_F44_NH3))) / (3 * float(np.std(_F44_NH3, ddof=1)))
for q in (
    "Ammoniacal N in discharge, 12 weekly spot samples (mg/L): 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7. Permit "
    "maximum 5.0 mg/L, no lower limit. Ppk against the upper limit only, overall sample standard deviation (n−1)?",
    "Weekly ammonia readings (mg/L): 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7. Maximum allowed 5.0 mg/L, no "
    "lower limit. What is Ppk?",
    "Samples: 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 3.0 3.5 2.7 mg/L. The discharge must not exceed 5.0 mg/L; there is "
    "no lower limit. Compute Ppk using the overall standard deviation.",
):  # fmt: skip
    item(q, "capability", "number", _F44_PPU, tol=1e-9)

# f45: contingency rows whose later rows give bare counts in the first row's order ("A: 14 cracked / 186 ok, B: 22 /
# 178"), rows labelled by ranges of numbers ("30 to 50:", "18-29:", "50+:"), a paired table pasted with a column
# numbering its rows under any name ("spindle  before  after"), a one-sample t against an aim ("CT aim 620"), and a
# sample size of a "diff" with "sd ~15" by the z formula; a bare row of another length and two of three lists declined
# (references: scipy chi2_contingency, ttest_rel, ttest_1samp; statsmodels NormalIndPower)
_F45_CRACKS = stats.chi2_contingency([[14, 186], [22, 178], [9, 191]], correction=False).pvalue
for q in (
    "edge cracks by shift, 200 coils each. A: 14 cracked / 186 ok, B: 22 / 178, C: 9 / 191. chi-sq test of "
    "independence shift vs cracking, p value?",
    "Cracking by shift: shift A: 14 cracked, 186 ok; shift B: 22, 178; shift C: 9, 191. Is cracking independent of "
    "shift? chi-square p-value",
    "Line 1: 14 fail / 186 pass. Line 2: 22 / 178. Line 3: 9 / 191. chi square test of independence, p?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", _F45_CRACKS, key="p_value", tol=1e-4)
_F45_DRINKS = stats.chi2_contingency([[34, 22, 14], [28, 30, 12], [15, 26, 29]], correction=False).statistic
for q in (
    "Our survey asked folk their age group and their usual order. Under 30s: 34 flat white, 22 oat latte, 14 filter. "
    "30 to 50: 28 flat white, 30 oat latte, 12 filter. Over 50: 15 flat white, 26 oat latte, 29 filter. What's the "
    "chi-square test statistic for independence of drink and age?",
    "drink by age. 18-29: 34 flat white, 22 oat latte, 14 filter; 30-49: 28 flat white, 30 oat latte, 12 filter; 50+: "
    "15 flat white, 26 oat latte, 29 filter. chi-square statistic for independence?",
    "Under 30: 34 flat white, 22 oat latte, 14 filter, 30 to 50: 28 flat white, 30 oat latte, 12 filter, over 50: 15 "
    "flat white, 26 oat latte, 29 filter. Does drink depend on age? chi-square statistic",
):  # fmt: skip
    item(q, "hypothesis_test", "number", _F45_DRINKS, key="statistic", tol=1e-4)
item("A: 14 cracked / 186 ok, B: 22 / 178 / 3, C: 9 / 191. chi-sq test of independence, p value?", "hypothesis_test",
     "refuse", None)  # fmt: skip
_F45_BEFORE = [61.2, 59.8, 62.5, 60.4, 61.9, 60.7, 62.1, 59.5]
_F45_AFTER = [60.1, 59.9, 61.2, 59.6, 60.8, 60.5, 61.0, 59.0]
_F45_ROWS = "\n".join(f"{i}  {b}  {a}" for i, (b, a) in enumerate(zip(_F45_BEFORE, _F45_AFTER, strict=True), 1))
for q in (
    f"same 8 spindles on the wheel nutrunner, audit wrench reading before vs after recal (N·m):\nspindle  before  "
    f"after\n{_F45_ROWS}\npaired t, two-sided -- p-value?",
    f"torque audit before and after recalibration:\ntool  before  after\n{_F45_ROWS}\npaired t-test p value?",
    f"flow (L/min) of each nozzle, old seal vs new seal, same nozzles:\nnozzle  old  new\n{_F45_ROWS}\npaired t test, "
    "two sided: p-value?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.ttest_rel(_F45_BEFORE, _F45_AFTER).pvalue, key="p_value", tol=1e-4)
item("t-test: is there a difference between 12.1 11.8 12.4 and 12.6 12.3 12.9 and 13.1 13.4 12.8?", "hypothesis_test",
     "refuse", None)  # fmt: skip
_F45_CT = [628, 615, 633, 622, 640, 619, 631, 626]
for q in (
    "CT aim 620 °C. last 8 coils CT: 628, 615, 633, 622, 640, 619, 631, 626. one-sample t, two sided, is mean off aim? "
    "p-value",
    "Coiling temp aim is 620 C; readings 628 615 633 622 640 619 631 626. one sample t-test two-sided p value",
    "we aimed for 620 °C. 8 coils: 628, 615, 633, 622, 640, 619, 631, 626. Is the mean off the aim? t-test p",
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.ttest_1samp(_F45_CT, 620).pvalue, key="p_value", tol=1e-4)
_F45_N = math.ceil(NormalIndPower().solve_power(effect_size=10 / 15, alpha=0.05, power=0.9))
for q in (
    "want to detect 10 MPa diff in mean YS between 2 chem variants, sd ~15 MPa each, alpha 0.05 two sided, power 90%. "
    "coils per group? plain z formula, no t correction",
    "how many coils per group to detect a mean diff of 10 MPa, sigma ~ 15 MPa, alpha 0.05, power 0.9, normal "
    "approximation",
    "detect a ~10 MPa diff. in mean yield strength between two alloys, sd ≈ 15 MPa, alpha 0.05, 90% power, z "
    "approximation: how many per group?",
):  # fmt: skip
    item(q, "sample_size", "int", _F45_N, key="n")


# f45: a target in percent of a share's model ("Q/Q0 = exp(-n/5000) ... 80% SOH", "at what n does SOH reach 80%")
# is that share as a fraction: exp(-n/5000) = 0.8
_n = sp.Symbol("n", nonnegative=True)
_F45_SOH = [str(r) for r in sp.solve(sp.exp(-_n / 5000) - sp.Rational(4, 5), _n)]
for q in (
    "capacity fade Q/Q0 = exp(−n/5000), n = cycles. after how many cycles does it hit 80% SOH?",
    "SOH = exp(-n/5000) where n is cycles. at what n does SOH reach 80%?",
    "SOH = exp(-n/5000). at what n does SOH reach 80 %?",
):  # fmt: skip
    item(q, "algebra", "set", _F45_SOH)
# f45: an equation in a capital letter the study language keeps for itself (I the imaginary unit, E Euler's number)
_x = sp.Symbol("x")
_F45_CAPITAL = [str(r) for r in sp.solve(_x**2 - 14 * _x + 45, _x)]
for q in (
    "I² − 14I + 45 = 0, solve for I",
    "find I: I^2 - 14 I + 45 = 0",
    "solve E^2 - 14*E + 45 = 0 for E",
):  # fmt: skip
    item(q, "algebra", "set", _F45_CAPITAL)


# f45: a randomized complete block design's table ("Block 1: 42 45 48 50" a line, or a treatment a line) tested by the
# additive two-way ANOVA (treatment + block), never one-way; block words without a readable table declined
# (reference: statsmodels ols('y ~ C(trt) + C(block)') + anova_lm)
def _f45_rcbd(rows: list[list[float]]) -> float:
    """The treatment p-value of the additive model; ``rows[i][j]``: treatment i in block j."""
    import pandas as pd
    from statsmodels.formula.api import ols
    from statsmodels.stats.anova import anova_lm

    frame = pd.DataFrame([(y, i, j) for i, row in enumerate(rows) for j, y in enumerate(row)],
                         columns=["y", "trt", "block"])  # fmt: skip
    return float(anova_lm(ols("y ~ C(trt) + C(block)", data=frame).fit()).loc["C(trt)", "PR(>F)"])


_F45_N = [list(col) for col in zip([42, 45, 48, 50], [40, 44, 47, 49], [43, 46, 50, 53], strict=True)]
for q in (
    "RCBD, test treatments, p-value?\nN rate: 0 50 100 150\nBlock 1: 42 45 48 50\nBlock 2: 40 44 47 49\n"
    "Block 3: 43 46 50 53",
    "Randomized complete block design, N rates 0/50/100/150 in columns.\nBlock 1: 42 45 48 50\nBlock 2: 40 44 47 49\n"
    "Block 3: 43 46 50 53\nDo the N rates differ?",
):  # fmt: skip
    item(q, "anova", "number", _f45_rcbd(_F45_N), key="p_value")
item("RCBD analysis, test the treatments: Variety A: 31.2 29.8 33.0; Variety B: 34.5 33.1 35.9; Variety C: 30.1 29.0 "
     "31.8 (columns are blocks). p-value?", "anova", "number",
     _f45_rcbd([[31.2, 29.8, 33.0], [34.5, 33.1, 35.9], [30.1, 29.0, 31.8]]), key="p_value")  # fmt: skip
item("RCBD with 4 treatments in 3 blocks, yields 42 45 48 50 40 44 47 49 43 46 50 53: ANOVA, do treatments differ?",
     "anova", "refuse", None)  # fmt: skip

# f45: counts tested against a stated ratio ("test fit to 9:3:3:1", "expected ratio 3:1"): chi-square goodness of
# fit, the expected counts the ratio's shares of the total (reference: scipy.stats.chisquare)
for q, counts, ratio in (
    ("F2 counts 315 108 101 32, test fit to 9:3:3:1", [315, 108, 101, 32], [9, 3, 3, 1]),
    ("Observed F2 counts 315, 108, 101, 32. Do they fit the expected 9:3:3:1 ratio? chi-square p-value",
     [315, 108, 101, 32], [9, 3, 3, 1]),
    ("Chi-square goodness of fit: counts 705 and 224, expected ratio 3:1", [705, 224], [3, 1]),
):  # fmt: skip
    _obs = np.array(counts, dtype=float)
    _exp = np.array(ratio, dtype=float) * _obs.sum() / sum(ratio)
    item(q, "hypothesis_test", "number", float(stats.chisquare(_obs, _exp).pvalue), key="p_value")

# f45: a matrix pasted as a labelled table (a header of names over rows of the same names, as a covariance or
# correlation matrix prints) read for its eigenvalues (reference: numpy.linalg.eigvalsh)
for q, matrix in (
    ("      temp  press  flow\n temp  4.0  1.2  0.5\n press 1.2  2.0  0.3\n flow  0.5  0.3  1.0\n eigenvalues?",
     [[4.0, 1.2, 0.5], [1.2, 2.0, 0.3], [0.5, 0.3, 1.0]]),
    ("Covariance matrix:\n\tx1\tx2\n x1\t2.5\t0.8\n x2\t0.8\t1.5\nWhat are its eigenvalues?", [[2.5, 0.8], [0.8, 1.5]]),
    ("Correlation matrix\n        A     B     C\nA    1.00  0.45  0.12\nB    0.45  1.00  0.30\nC    0.12  0.30  1.00\n"
     "find the eigenvalues", [[1, 0.45, 0.12], [0.45, 1, 0.3], [0.12, 0.3, 1]]),
):  # fmt: skip
    item(q, "linear_algebra", "set", [repr(float(v)) for v in np.linalg.eigvalsh(np.array(matrix))])

# f45: data as x -> y pairs (arrows, "→", "(x, y)") fitted by a straight line (reference: numpy polyfit)
for q in (
    "Regression data: 650->48.2, 700->44.1, 750->40.3, 800->36.5, 850->32.4 (x->y). Slope, r^2, and predict y at x=900?",
    "Fit a line: 650 → 48.2, 700 → 44.1, 750 → 40.3, 800 → 36.5, 850 → 32.4. Slope and r²? Predict at 900",
    "Data (x, y): (650, 48.2), (700, 44.1), (750, 40.3), (800, 36.5), (850, 32.4). slope, R^2, predicted y at x = 900",
):  # fmt: skip
    item(q, "regression", "number", float(np.polyfit([650, 700, 750, 800, 850], [48.2, 44.1, 40.3, 36.5, 32.4], 1)[0]),
         key="slope")  # fmt: skip
# f45: a rate given as a derivative with an initial value, its value asked later (y0 plus the rate's integral, by
# scipy quad); the average value over "a to b"; an integral with its bounds first after a comma; a derivative asked
# with politeness and a colon before its function; a derivative at a point asked as a speed
for q, rate, start, at in (
    ("crack length grows as dL/dt = 0.5/√t mm per hour, L(0)=0, what's L at t=100?", lambda s: 0.5 / np.sqrt(s), 0, 100),
    ("dV/dt = 3t^2 + 2, V(0) = 5, find V(2)", lambda s: 3 * s**2 + 2, 5, 2),
    ("if dy/dx = 2x + 1 and y(0) = 3, what is y(4)?", lambda s: 2 * s + 1, 3, 4),
    ("the rate of flow is dQ/dt = 6t liters per minute with Q(0)=10; find Q at t=3", lambda s: 6 * s, 10, 3),
):  # fmt: skip
    item(q, "calculus", "number", start + integrate.quad(rate, 0, at)[0], tol=1e-6)
for q in ("dV/dt = 3t^2 + 2, find V(2)", "dy/dx = 2x, y(0) = 1, find y(2) and y(3)"):
    item(q, "calculus", "refuse", None)
item("find the average of g(x)=sin x over 0 to pi", "calculus", "number", integrate.quad(np.sin, 0, np.pi)[0] / np.pi)
item("mean of f(t)=t^2 on [0,10]", "calculus", "number", integrate.quad(lambda s: s**2, 0, 10)[0] / 10)
item("integral, from 1 to 2, of 1/x dx", "calculus", "number", integrate.quad(lambda s: 1 / s, 1, 2)[0])
item("integral from 0 to 2 of (4t − t²) dt", "calculus", "number", integrate.quad(lambda s: 4 * s - s**2, 0, 2)[0])
_F45_T = sp.Symbol("t", real=True)  # ``t`` is a number by now
for q in ("need the derivative pls: C(t)=20 t e^(-0.5 t)", "derivative please of C(t) = 20 t e^(-0.5 t)"):
    item(q, "calculus", "expr", expr(sp.diff(20 * _F45_T * sp.exp(-_F45_T / 2), _F45_T)))
item("differentiate please: f(x) = x^3 + 2x", "calculus", "expr", expr(sp.diff(x**3 + 2 * x, x)))
item("the climb rate follows h(v) = 0.002v^2 + 1.5v; how fast is h climbing per m/min at v=900?", "calculus",
     "number", 2 * 0.002 * 900 + 1.5)  # fmt: skip


# f45: a two-way ANOVA with replicates read from its cells (label pairs joined by '/', ':', a space or '→', a level
# with the other factor's cells nested, a pasted table under a header), the interaction included; the F or p-value
# of the term asked (a factor by name or by a level word, the interaction); a factor at one level, or cells holding
# fewer values than the stated count per cell, decline. Reference: the balanced-design sums of squares (numpy)
def _f45_twoway(cells: dict[tuple[str, str], list[float]]) -> dict[str, tuple[float, float]]:
    """Balanced two-way ANOVA with interaction from first principles: term -> (F, p)."""
    a_levels, b_levels = sorted({k[0] for k in cells}), sorted({k[1] for k in cells})
    n = len(next(iter(cells.values())))
    y = np.array([[cells[(i, j)] for j in b_levels] for i in a_levels], dtype=float)
    grand, ma, mb, mc = y.mean(), y.mean(axis=(1, 2)), y.mean(axis=(0, 2)), y.mean(axis=2)
    ss_a = len(b_levels) * n * ((ma - grand) ** 2).sum()
    ss_b = len(a_levels) * n * ((mb - grand) ** 2).sum()
    ss_ab = n * ((mc - ma[:, None] - mb[None, :] + grand) ** 2).sum()
    ss_e = ((y - mc[:, :, None]) ** 2).sum()
    df_a, df_b = len(a_levels) - 1, len(b_levels) - 1
    df_e = len(a_levels) * len(b_levels) * (n - 1)
    out = {}
    for term, ss, df in (("a", ss_a, df_a), ("b", ss_b, df_b), ("ab", ss_ab, df_a * df_b)):
        f = (ss / df) / (ss_e / df_e)
        out[term] = (float(f), float(stats.f.sf(f, df, df_e)))
    return out


_F45_PK = _f45_twoway({("A", "fasted"): [820, 865, 790], ("A", "fed"): [1010, 1075, 980],
                       ("B", "fasted"): [760, 805, 740], ("B", "fed"): [1090, 1130, 1045]})  # fmt: skip
_F45_PK_CELLS = "A/fasted: 820, 865, 790. A/fed: 1010, 1075, 980. B/fasted: 760, 805, 740. B/fed: 1090, 1130, 1045."
item("Cmax was measured for 3 subjects in each combination of formulation (A, B) and prandial state (fasted, fed). "
     f"{_F45_PK_CELLS} Two-way ANOVA with the formulation × food interaction: F statistic for the main effect of food?",
     "anova", "number", _F45_PK["b"][0], key="statistic", tol=1e-6)  # fmt: skip
item("Formulation (A, B) by food state (fasted, fed), 3 per cell. A:fasted = 820, 865, 790; A:fed = 1010, 1075, 980; "
     "B:fasted = 760, 805, 740; B:fed = 1090, 1130, 1045. Two-way ANOVA with interaction: what is the p-value of the "
     "interaction?", "anova", "number", _F45_PK["ab"][1], key="p_value", tol=1e-6)  # fmt: skip
item("Two-factor ANOVA with replicates. A fasted: 820, 865, 790. A fed: 1010, 1075, 980. B fasted: 760, 805, 740. "
     "B fed: 1090, 1130, 1045. What is the F for fasted vs fed?", "anova", "number", _F45_PK["b"][0], key="statistic",
     tol=1e-6)  # fmt: skip
_F45_ROLL = _f45_twoway({("HSS", "860"): [1.12, 1.18], ("HSS", "880"): [1.25, 1.21], ("HSS", "900"): [1.34, 1.29],
                         ("ICDP", "860"): [1.20, 1.27], ("ICDP", "880"): [1.31, 1.35], ("ICDP", "900"): [1.38, 1.45]})  # fmt: skip
_F45_ROLL_CELLS = ("HSS: 860→1.12,1.18 ; 880→1.25,1.21 ; 900→1.34,1.29. "
                   "ICDP: 860→1.20,1.27 ; 880→1.31,1.35 ; 900→1.38,1.45.")  # fmt: skip
item(f"surface Ra, 2 roll grades × 3 FDT aims, 2 coils per cell. {_F45_ROLL_CELLS} two way anova w/ interaction, "
     "F for the FDT aim main effect?", "anova", "number", _F45_ROLL["b"][0], key="statistic", tol=1e-6)  # fmt: skip
item(f"Ra by 2 roll grades x 3 finishing temperatures, duplicate coils. {_F45_ROLL_CELLS} Two-way ANOVA including "
     "interaction. p-value for roll grade?", "anova", "number", _F45_ROLL["a"][1], key="p_value", tol=1e-6)  # fmt: skip
_F45_TOOL = _f45_twoway({("T1", "day"): [0.8, 1.1, 0.9], ("T1", "night"): [1.2, 1.0, 1.4],
                         ("T2", "day"): [1.5, 1.7, 1.4], ("T2", "night"): [1.6, 1.9, 1.8],
                         ("T3", "day"): [0.6, 0.9, 0.7], ("T3", "night"): [1.0, 0.8, 1.1]})  # fmt: skip
_F45_TOOL_TABLE = ("tool  shift  readings\nT1  day    0.8 1.1 0.9\nT1  night  1.2 1.0 1.4\nT2  day    1.5 1.7 1.4\n"
                   "T2  night  1.6 1.9 1.8\nT3  day    0.6 0.9 0.7\nT3  night  1.0 0.8 1.1\n")  # fmt: skip
item(f"torque deviation by tool × shift, 3 reps per cell:\n{_F45_TOOL_TABLE}two-way ANOVA with interaction. "
     "p-value for shift?", "anova", "number", _F45_TOOL["b"][1], key="p_value", tol=1e-6)  # fmt: skip
item(f"torque deviation, 3 reps per cell:\n{_F45_TOOL_TABLE}two-way ANOVA incl the tool×shift interaction term. "
     "F stat for the tool×shift interaction?", "anova", "number", _F45_TOOL["ab"][0], key="statistic", tol=1e-6)  # fmt: skip
item("Two-way ANOVA with interaction, 3 per cell. A/fasted: 820, 865, 790. A/fed: 1010, 1075. B/fasted: 760, 805, "
     "740. B/fed: 1090, 1130, 1045. F for food?", "anova", "refuse", None)  # fmt: skip
item("Two-way ANOVA with interaction. A/fasted: 820, 865, 790. A/fed: 1010, 1075, 980. F for food?", "anova",
     "refuse", None)  # fmt: skip
# f45: counts listed from zero ("one or zero defects", "zero or one of them", "0, 1 or 2 calls") read as "at most k"
for q, ref in (
    ("Defects average 2.3 per panel. What is the chance a panel has one or zero defects?", stats.poisson.cdf(1, 2.3)),
    ("Defects average 2.3 per panel; what is the probability a panel has zero or one defects?",
     stats.poisson.cdf(1, 2.3)),
    ("Each of 8 seedlings has a 0.2 chance to fall over. What is the probability that zero or one of them fall?",
     stats.binom.cdf(1, 8, 0.2)),
    ("Each of 8 seedlings has a 0.2 chance to fall over. What is the probability two or more of them fall?",
     stats.binom.sf(1, 8, 0.2)),
):  # fmt: skip
    item(q, "probability", "number", ref, tol=1e-9)
# f45: specification limits in words ("spec: not less than 10, not more than 60", "at least 10 and at most 60")
_F45_CPK = min(60 - 35, 35 - 10) / (3 * 6.25)
for q in (
    "Spec: not less than 10, not more than 60; mean 35, sd 6.25. What is Cpk?",
    "Spec: no less than 10 and no more than 60; process mean 35, standard deviation 6.25. Cpk?",
    "The specification is at least 10 and at most 60. The process mean is 35 and the sd is 6.25. What is Cpk?",
):  # fmt: skip
    item(q, "capability", "number", _F45_CPK, tol=1e-9)
# f45: a factorial run in blocks that are each a full replicate: runs = product of the levels x blocks
for q, ref in (
    ("A 3×4×2 factorial is run in 3 blocks (each block a full replicate). How many runs?", 3 * 4 * 2 * 3),
    ("A 3x4x2 full factorial is run in 3 blocks, each block being one complete replicate. How many runs?", 72),
    ("A 2^3 factorial is run in 2 blocks, each block a full replicate. How many runs?", 2**3 * 2),
):  # fmt: skip
    item(q, "design", "runs", ref)
# f45: a yield per item restated by one item's weight ("185 bu/ac at 56 lb/bu in t/ha": 185*56 lb/ac)
_F45_ACRE = 4840 * constants.yard**2
for q, ref in (
    ("What is 185 bu/ac of corn at 56 lb/bu in t/ha?", 185 * 56 * constants.pound / _F45_ACRE * 1e4 / 1000),
    ("A field yields 185 bushels per acre of corn; at 56 lb/bu, what is that in t/ha?",
     185 * 56 * constants.pound / _F45_ACRE * 1e4 / 1000),
    ("Wheat at 60 lb/bu yields 70 bu/ac. What is that in kg/ha?", 70 * 60 * constants.pound / _F45_ACRE * 1e4),
):  # fmt: skip
    item(q, "unit_conversion", "number", ref, key="value")

# f45: an X-bar/R chart's grand mean and R-bar said by the subgroups' statistics "averaging" a value ("the subgroup
# means average 50.2 and the ranges average 4.1"), the chart named X̄–R, Xbar-R or x-bar & R; A2 = 0.577 at n = 5
for q in (
    "An X̄–R chart uses subgroups of 5. The subgroup means average 50.2 and the ranges average 4.1. What is the UCL "
    "for the X̄ chart?",
    "An Xbar-R chart uses subgroups of 5. The sample means averaged 50.2 and the sample ranges averaged 4.1. What is "
    "the UCL?",
    "An x-bar & R chart uses subgroups of 5. The subgroup means average 50.2 and the subgroup ranges average 4.1. What "
    "is the upper control limit for the means chart?",
):  # fmt: skip
    item(q, "control_chart", "number", 50.2 + 0.577 * 4.1, key="ucl", tol=1e-9)
# f45: sigma = R-bar/d2 with the d2 the question states beside it ("(d2 = 2.059)": d2's number, not the sd); a
# specification a customer wants a quantity "kept between" (Cpk of a within sd stated "from our control chart"); an
# X-bar chart's grand mean and R-bar named "the grand average of the subgroup means", "the average range within a
# subgroup", its n "every hour I weigh 5 bags"; a u chart's n "each subgroup = 5 vehicles"; a k x k Latin square (k^2
# runs), the smallest Plackett-Burman above k two-level factors, "five excipient and process factors"
for q, lsl, usl, mean, rbar, d2 in (
    ("The assay specification is 95.0-105.0% of label claim. Subgroups of 5 tablets; the grand mean is 100.8% and the "
     "average subgroup range is 2.8%. Estimating the within-subgroup standard deviation as R\u0304/d2 (d2 = 2.326 for "
     "n = 5), what is the Cpk?", 95.0, 105.0, 100.8, 2.8, 2.326),
    ("Spec 95 to 105. Subgroups of n = 5, grand mean 100.8, R-bar 2.8. Estimate sigma as R-bar/d2 (d2 = 2.326). "
     "Cpk?", 95.0, 105.0, 100.8, 2.8, 2.326),
    ("Gap spec 3.5 to 4.5 mm, X-bar/R data in subgroups of 4, R-bar = 0.21 mm, grand mean 4.1 mm; estimate "
     "\u03c3 = R\u0304/d2 (d2 = 2.059). What is Cpk?", 3.5, 4.5, 4.1, 0.21, 2.059),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * rbar / d2), key="cpk", tol=1e-9)
item("hood-to-fender gap spec 4.0 \u00b1 0.5 mm. X\u0304-R data, subgroups of 4, R\u0304 = 0.21 mm. estimate "
     "\u03c3 = R\u0304/d2 (d2 = 2.059). Cp?", "capability", "number", 1.0 / (6 * 0.21 / 2.059), key="cp", tol=1e-9)  # fmt: skip
for q, lsl, usl, mean, sd in (
    ("Our customer wants roast loss kept between 12% and 18%. From our control chart the process mean is 15.6% and "
     "the within-subgroup standard deviation is 0.7 percentage points. What's our Cpk?", 12, 18, 15.6, 0.7),
    ("The buyer requires moisture held within 12% to 18%. Process mean 15.6%, within sigma 0.7 percentage points "
     "from the X-bar chart. Cpk?", 12, 18, 15.6, 0.7),
    ("Fill weight must be kept between 498 and 506 g; the control chart shows a mean of 502.4 g and a within-subgroup "
     "standard deviation of 1.1 g. What is Cpk?", 498, 506, 502.4, 1.1),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="cpk", tol=1e-9)
for q, center, rbar, n, side in (
    ("Every hour I weigh 5 bags in a row. Over 25 hours the grand average of the subgroup means is 251.2 g and the "
     "average range within a subgroup is 4.6 g. For an X-bar and R chart, what's the upper control limit on the "
     "X-bar chart?", 251.2, 4.6, 5, 1),
    ("X-bar and R chart: subgroups of 5, the overall average of all subgroup means is 251.2 g and the mean range of "
     "each subgroup is 4.6 g. UCL?", 251.2, 4.6, 5, 1),
    ("Each shift we measure 4 shafts. The grand mean of the sample averages is 25.02 mm and the average range within "
     "a sample is 0.05 mm. X-bar chart LCL?", 25.02, 0.05, 4, -1),
):  # fmt: skip
    item(q, "control_chart", "number", center + side * printed_a2(n) * rbar, key="ucl" if side > 0 else "lcl", tol=1e-9)
for q, total, samples, n in (
    ("u chart for the final audit: each subgroup = 5 vehicles, 25 subgroups, 310 defects total across all of them. "
     "UCL in defects per vehicle?", 310, 25, 5),
    ("u chart: 20 samples, every sample contains 4 printed boards, 168 defects in total. What is the UCL?", 168, 20,
     4),
):  # fmt: skip
    u_bar = total / (samples * n)
    item(q, "control_chart", "number", u_bar + 3 * math.sqrt(u_bar / n), key="ucl", tol=1e-9)
for q, k in (
    ("Five bakers, five days of the week, five scone recipes to compare. A Latin square has each recipe made once by "
     "every baker and once on every day. How many batches in total would the Latin square need?", 5),
    ("We plan a five-by-five latin square for the tyre wear trial. How many runs?", 5),
    ("Latin square design: 6 operators, 6 machines and 6 lubricants. Number of runs?", 6),
):  # fmt: skip
    item(q, "design", "runs", len(list(itertools.product(range(k), repeat=2))))
item("How many runs does a 4x4 Latin square need with 2 replicates?", "design", "runs", 2 * 4**2)
item("A Graeco-Latin square of order 4: how many runs?", "design", "refuse", None)
for q, k in (
    ("screening 19 two-level factors on the trim line. smallest Plackett-Burman design that fits 19 factors, no reps "
     "-- how many runs?", 19),
    ("We have 11 two-level factors to screen with a Plackett-Burman design. How many runs?", 11),
    ("Plackett-Burman screening of 23 two-level factors: the fewest runs?", 23),
):  # fmt: skip
    item(q, "design", "runs", next(m for m in range(4, 200, 4) if m > k))  # the first Hadamard order above k
item("A full factorial of 19 two-level factors: how many runs?", "design", "refuse", None)
for q in (
    "The formulation robustness study will investigate five excipient and process factors, each at two levels, "
    "using a half-fraction 2^(5\u22121) resolution V design, run in two complete replicates with no centre points. "
    "How many experimental runs are required in total?",
    "We will study five mixing and drying factors (two levels each) in a 2^(5-1) half fraction with two complete "
    "replicates and no centre points. Total runs?",
):  # fmt: skip
    item(q, "design", "runs", 2 * 2 ** (5 - 1))

# f47: a pipe table under names with units ("RF (W) | ER (nm/min)"), "poly" as polysilicon beside a line; a regression
# of transformed variables ("ln k on 1/T", "ln(C) against t", "log10(y) on x"); a difference as a verb and "by"
# ("changes ER by 5"); a mean's margin in percentage points; milli-torr and "Btu/(h·ft²·°F)"
_F47_RF, _F47_ER = [300, 400, 500, 600, 700, 800], [182.0, 231.5, 276.8, 330.2, 371.9, 425.4]
_F47_ROWS = "\n".join(f"{x} | {y}" for x, y in zip(_F47_RF, _F47_ER, strict=True))
for q in (
    f"RF power sweep on PM3, poly ER:\nRF (W) | ER (nm/min)\n{_F47_ROWS}\nleast squares line, slope in nm/min per W?",
    f"RF (W) | ER (nm/min)\n{_F47_ROWS}\nfit a straight line; what is the slope?",
):  # fmt: skip
    item(q, "regression", "number", stats.linregress(_F47_RF, _F47_ER).slope, key="slope", tol=1e-9)
for q, xs, ys, fx, fy in (
    ("Rate constants: T (K): 300, 310, 320, 330, 340\nk (s\u207b\u00b9): 0.0021, 0.0043, 0.0085, 0.0160, 0.0290\n"
     "By least squares regression of ln k (natural log) on 1/T, determine the slope of the Arrhenius plot.",
     [300, 310, 320, 330, 340], [0.0021, 0.0043, 0.0085, 0.0160, 0.0290], np.reciprocal, np.log),
    ("first-order decay: t (min): 0, 5, 10, 15, 20, 25\nC (mg/L): 100, 78.2, 61.5, 47.9, 37.6, 29.4\n"
     "Fit ln(C) against t by least squares. What is the slope?",
     [0, 5, 10, 15, 20, 25], [100, 78.2, 61.5, 47.9, 37.6, 29.4], np.asarray, np.log),
    ("x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 110, 290, 980, 2500\nregress log10(y) on x; slope?",
     [1, 2, 3, 4, 5, 6], [12, 35, 110, 290, 980, 2500], np.asarray, np.log10),
):  # fmt: skip
    item(q, "regression", "number", stats.linregress(fx(np.array(xs, float)), fy(np.array(ys, float))).slope,
         key="slope", tol=1e-9)  # fmt: skip
item("x: 1, 2, 3, 4, 5, 6\ny: 12, 35, 110, 290, 980, 2500\nregress log(y) on x; slope?", "regression", "refuse", None)
for q in (
    "want to show new showerhead changes ER by 5 nm/min vs old one. \u03c3 ~8 nm/min on both. \u03b1 = 0.05 two "
    "sided, 90% power, two independent groups, z-formula (normal approx). wafers needed per group?",
    "we need to detect if the new pad moves removal rate by 5 nm/min; sigma = 8 nm/min. 90% power, alpha=0.05 "
    "two-sided, z-test, two independent groups. how many wafers per group?",
):  # fmt: skip
    z = stats.norm.ppf(0.975) + stats.norm.ppf(0.9)
    item(q, "sample_size", "int", math.ceil(2 * (z * 8 / 5) ** 2), key="n")
for q in (
    "Given that the standard deviation of measured conversion in a lab reactor is known to be 1.8 percentage points, "
    "determine the minimum number of runs needed to estimate the mean conversion to within \u00b10.5 percentage "
    "points with 95 % confidence (two-sided, normal/z-based interval).",
    "The standard deviation of yield across batches is 1.8 percentage points. How many batches are needed to "
    "estimate the mean yield within \u00b10.5 percentage points at 95% confidence?",
):  # fmt: skip
    item(q, "sample_size", "int", math.ceil((stats.norm.ppf(0.975) * 1.8 / 0.5) ** 2), key="n")
for q, want in (
    ("customer's spec sheet is in Pa, our recipe runs @ 75 mTorr. convert to Pa", 0.075 * constants.torr),
    ("convert 250 millitorr to pascals", 0.25 * constants.torr),
    ("A heat-exchanger datasheet gives an overall heat-transfer coefficient U = 250 Btu/(h\u00b7ft\u00b2\u00b7\u00b0F). "
     "Convert this to W/(m\u00b2\u00b7K), using the International Table Btu.",
     250 * constants.Btu_IT / (constants.hour * constants.foot**2 * 5 / 9)),
    ("convert 12 Btu/(lb\u00b7\u00b0F) to J/(kg\u00b7K)", 12 * constants.Btu_IT / (constants.pound * 5 / 9)),
):  # fmt: skip
    item(q, "unit_conversion", "number", want, key="value", tol=1e-9)


# f45: one unknown asked with its description or unit in brackets after it ("solve for b (IP install, min)", "what is
# z" beside "banks x, y, z (l/s)": the unit's l/s combines no unknowns); an exponential stated by its median (rate
# ln 2/median); a Poisson mean as an abbreviation spelled out in brackets ("1.6 DPV (defects per vehicle)"); a share
# outside a window whose width is a percentage ("outside the ±10% window"); a Bayes condition defined by a threshold
# percentage ("too wet (over 12.5% moisture)"), which is no probability
_f45a, _f45b, _f45c = sp.symbols("a b c")
_fx, _fy, _fz = sp.symbols("x y z")
_F45_TRIM = sp.solve(
    [2 * _f45a + _f45b + _f45c - sp.Rational(25, 2), _f45a + 3 * _f45b + _f45c - 18,
     _f45a + _f45b + 2 * _f45c - sp.Rational(27, 2)], [_f45a, _f45b, _f45c],
)  # fmt: skip
item("time study on trim 2. element times unknown: a = harness route, b = IP install, c = headliner (min each). stn A "
     "does 2a + b + c = 12.5 min, stn B does a + 3b + c = 18 min, stn C does a + b + 2c = 13.5 min. solve for b (IP "
     "install, min)", "algebra", "number", float(_F45_TRIM[_f45b]))  # fmt: skip
item("three feeders x, y, z (kg/h). x + y + z = 90, x - y = 10, y - z = 5. solve for y (middle feeder, kg/h)",
     "algebra", "expr", _unknown([_fx + _fy + _fz - 90, _fx - _fy - 10, _fy - _fz - 5], [_fx, _fy, _fz], _fy))  # fmt: skip
item("3 spray banks x, y, z (l/s). x + y + z = 120, x − y = 15, y − z = 15. what is z", "algebra", "expr",
     _unknown([_fx + _fy + _fz - 120, _fx - _fy - 15, _fy - _fz - 15], [_fx, _fy, _fz], _fz))  # fmt: skip
item("3 pumps x, y, z (m3/h). x + y + z = 120, x - y = 15, y - z = 15. what is x + y?", "algebra", "refuse", None)
for q, median, t, upper in (
    ("Progression-free survival in the control arm is assumed to follow an exponential distribution with a median of "
     "18 months. Under this assumption, what proportion of control-arm subjects are expected to remain "
     "progression-free at 24 months?", 18, 24, True),
    ("Bearing life is exponential with a median life of 5000 hours. What is the probability a bearing survives past "
     "8000 hours?", 5000, 8000, True),
    ("Exponential time to failure, median time to failure 200 days. Probability it fails within 100 days?", 200, 100,
     False),
):  # fmt: skip
    _f45_life = stats.expon(scale=median / math.log(2))
    item(q, "probability", "number", float(_f45_life.sf(t) if upper else _f45_life.cdf(t)), tol=1e-6)
for q, mu, k in (
    ("final line audit runs 1.6 DPV (defects per vehicle), assume Poisson. what fraction of vehicles show 1 or fewer "
     "defects?", 1.6, 1),
    ("the paint line runs 0.8 DPU (defects per unit), Poisson. probability a unit has no defects?", 0.8, 0),
    ("body shop averages 2.1 defects per vehicle (poisson). P(a vehicle has at most 2 defects)?", 2.1, 2),
):  # fmt: skip
    item(q, "probability", "number", float(stats.poisson.cdf(k, mu)), tol=1e-6)
for q, n, p, value in (
    ("torque audit: historically 3% of joints on the subframe come in outside the ±10% window. auditor pulls 40 joints "
     "(independent, binomial). P(at least 2 out of window)?", 40, 0.03, lambda n, p: stats.binom.sf(1, n, p)),
    ("about 4% of fills land outside the +/-2% band. we check 25 bottles, independent. probability that at most 1 is "
     "outside the band?", 25, 0.04, lambda n, p: stats.binom.cdf(1, n, p)),
    ("historically 3% of joints fall outside the torque window. sample 40 joints. P(at least 2 out of window)? "
     "binomial", 40, 0.03, lambda n, p: stats.binom.sf(1, n, p)),
):  # fmt: skip
    item(q, "probability", "number", float(value(n, p)), tol=1e-6)
for q, prior, sensitivity, false_alarm in (
    ("Green coffee question. About 8% of the lots we buy turn out to be too wet (over 12.5% moisture) and those go "
     "mouldy in storage. Our cheap handheld moisture meter flags 95% of the genuinely wet lots, but it also wrongly "
     "flags 6% of lots that are actually fine. If the meter flags a lot as wet, what's the probability the lot really "
     "is too wet?", 0.08, 0.95, 0.06),
    ("About 8% of lots are too wet, meaning above 12.5% moisture. The meter flags 95% of wet lots and wrongly flags 6% "
     "of dry lots. If a lot is flagged, what is the probability it is really wet?", 0.08, 0.95, 0.06),
    ("5% of bars are out of spec (more than 0.3% carbon). the spectrometer catches 90% of out-of-spec bars and falsely "
     "rejects 2% of good bars. given a reject, probability the bar is really out of spec?", 0.05, 0.90, 0.02),
):  # fmt: skip
    _f45_flag = prior * sensitivity + (1 - prior) * false_alarm
    item(q, "probability", "number", prior * sensitivity / _f45_flag, tol=1e-6)


# f46: two kinds of item named by their amount per item ("the 50 mg arm or the 100 mg arm", "250 g bags and 1 kg
# bags", "sedan takes 14 M8 bolts, SUV takes 18") from a total of items and a total amount (in the amounts' dimension,
# converted): a + b = n, p a + q b = total (references: sympy linsolve); a total missing is declined
for q, rows, rhs, index in (
    ("A total of 300 subjects were randomised to either the 50 mg arm or the 100 mg arm, and each subject received "
     "exactly one dose of study drug. The drug accountability log records that 21,000 mg were administered in total. "
     "How many subjects were randomised to the 100 mg arm?", [[1, 1], [50, 100]], [300, 21000], 1),
    ("Last Saturday at the market we sold only two sizes of coffee: 250 g bags and 1 kg bags. The till says 84 bags "
     "went in total and exactly 39 kg of coffee left the van. How many of the 1 kg bags did we sell?",
     [[1, 1], [sp.Rational(1, 4), 1]], [84, 39], 1),
    ("A cafe sells 500 mL bottles and 2 L bottles of juice. Yesterday it sold 90 bottles holding 72 L in all. How many "
     "of the 2 L bottles were sold?", [[1, 1], [sp.Rational(1, 2), 2]], [90, 72], 1),
    ("fastener count reconciliation: sedan takes 14 M8 bolts at body-to-frame, SUV takes 18. 2nd shift built 420 "
     "units total and the M8 bins show 6,600 bolts consumed (no scrap). how many SUVs did we build?",
     [[1, 1], [14, 18]], [420, 6600], 1),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("A trial enrolled 240 patients, each given one tablet of either 25 mg or 50 mg. How many patients got the 50 mg "
     "tablet?", "algebra", "refuse", None)  # fmt: skip
# f46: two-component blends to a target in more phrasings (the ask's unit set off by commas, components priced per kg
# after "two coffees:" with the average price as the target, components a tank "holds"): a x + b (T - x) = c T
_xb = sp.Symbol("x")
for q, (a, b, total, target) in (
    ("For the dose-preparation procedure, the pharmacy will combine a 20 mg/mL stock solution with a 5 mg/mL solution "
     "of the same drug to obtain 150 mL of infusate at a concentration of 12 mg/mL. What volume, in mL, of the "
     "20 mg/mL stock solution is required?", (20, 5, 150, 12)),
    ("I'm putting together a 30 kg batch of our winter blend from just two green coffees: a Brazilian at £18 per kg "
     "and an Ethiopian at £26 per kg. I want the blend to work out at exactly £21 per kg on average. How many kg of "
     "the Ethiopian do I need to put in?", (26, 18, 30, 21)),
    ("coolant fill station: tanks hold 30% glycol premix and 70% glycol concentrate. need 240 L of 55% glycol in the "
     "day tank. how many liters of the 70% stuff?", (70, 30, 240, 55)),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(a * _xb + b * (total - _xb) - target * total, _xb)])
item("the tanks hold 10% brine and 25% brine. need 20% brine. how many litres of the 25% brine?", "algebra", "refuse",
     None)  # fmt: skip
# f46: three blends of known percentage composition that use up the stocks exactly: sum_j p_ij/100 x_j = s_i
# (references: numpy.linalg.solve)
for q, percents, stocks, index in (
    ("We do three house blends and I want to use up exactly what's left of three green coffees before the new crop "
     "arrives. Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia. Blend B is 30% Brazil, 50% Colombia, 20% Ethiopia. "
     "Blend C is 20% Brazil, 20% Colombia, 60% Ethiopia (all by weight). In the warehouse I've got 29 kg Brazil, 27 kg "
     "Colombia and 34 kg Ethiopia. If I use every last gram, how many kg of Blend C do I end up making?",
     [[50, 30, 20], [30, 50, 20], [20, 20, 60]], [29, 27, 34], 2),
    ("Mix A is 60% sand, 30% gravel, 10% cement. Mix B is 20% sand, 50% gravel, 30% cement. Mix C is 20% sand, 20% "
     "gravel, 60% cement. We have 44 t of sand, 41 t of gravel and 35 t of cement and want to use it all. How many t "
     "of Mix B?", [[60, 20, 20], [30, 50, 20], [10, 30, 60]], [44, 41, 35], 1),
    ("Recipe 1: 40% oats, 40% wheat, 20% barley. Recipe 2: 20% oats, 60% wheat, 20% barley. Recipe 3: 25% oats, 25% "
     "wheat, 50% barley. Stocks are 29 kg oats, 45 kg wheat and 26 kg barley, all to be used up. How many kg of "
     "recipe 3 should we make?", [[40, 20, 25], [40, 60, 25], [20, 20, 50]], [29, 45, 26], 2),
):  # fmt: skip
    item(
        q, "algebra", "number", float(np.linalg.solve(np.array(percents, float) / 100, np.array(stocks, float))[index])
    )

# f46: calculus asked in prose: a limit with remarks around it; an integral named before the words that define it
# ("AUC(0–∞), defined as the integral of ..."); a rate integrated over its window with its unit after the formula
# ("∫q dt in m³"); an extreme of one of several definitions named by its noun, or asked "wat v"; a limit at infinity
# of a quantity named by its noun (references by sympy limit/solve and scipy quad)
_F46_X, _F46_N, _F46_P, _F46_V = sp.symbols("x n p v", positive=True)
for q, f in (
    ("lim x→0 (e^(2x) − 1 − 2x)/x²  .. popped up in a roll thermal crown series expansion, exact val pls",
     (sp.exp(2 * _F46_X) - 1 - 2 * _F46_X) / _F46_X**2),
    ("In the derivation of the delta-method correction, the following limit arises: lim as x → 0 of "
     "(ln(1 + 3x) − 3x)/x². Please state its exact value.", (sp.log(1 + 3 * _F46_X) - 3 * _F46_X) / _F46_X**2),
    ("A limit shows up here: lim x->0 (1-cos(4x))/x^2 ... came out of a beam deflection series, exact please",
     (1 - sp.cos(4 * _F46_X)) / _F46_X**2),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.limit(f, _F46_X, 0)))
for q, rate, hi in (
    ("Following a single oral dose, C(t) = 12(e^(−0.2t) − e^(−1.5t)) mg/L, with t in hours post-dose. The exposure "
     "endpoint is AUC(0–∞), defined as the integral of C(t) from t = 0 to infinity. What is AUC(0–∞) in mg·h/L?",
     lambda s: 12 * (np.exp(-0.2 * s) - np.exp(-1.5 * s)), np.inf),
    ("Signal s(t) = 5e^(-t/4) V with t in s. Its total area, given by the integral of s(t) from 0 to infinity, "
     "in V·s?", lambda s: 5 * np.exp(-s / 4), np.inf),
    ("laminar cooling header flow ramps q(t) = 12 + 3t m³/min during a 10 min campaign (t=0..10 min). total water "
     "volume ∫q dt in m³?", lambda s: 12 + 3 * s, 10),
    ("pump delivers Q(t) = 5 + 2t L/min over the first 6 min. total volume ∫Q dt in L?", lambda s: 5 + 2 * s, 6),
    ("Moisture is coming off at a rate of r(t) = 0.6 − 0.04t percentage points per minute (t = minutes since "
     "charging the drum). Drying lasts the first 10 minutes. How many percentage points are lost in total over "
     "those 10 minutes? I think that's an integral from 0 to 10 but I haven't done one since school!",
     lambda s: 0.6 - 0.04 * s, 10),
):  # fmt: skip
    item(q, "calculus", "number", integrate.quad(rate, 0, hi)[0], tol=1e-6)
for q, objective, var in (
    ("cost per coil vs threading speed fit: c(v) = 3200/v + 2v, v in m/min, v>0. wat v minimises c?",
     3200 / _F46_V + 2 * _F46_V, _F46_V),
    ("For our 250 g bags, weekly bags sold ≈ 600 − 40p where p is the price in £, and each bag costs me £4.50. So "
     "weekly profit is (p − 4.50)(600 − 40p). What price p gives the maximum weekly profit?",
     (_F46_P - sp.Rational(9, 2)) * (600 - 40 * _F46_P), _F46_P),
    ("units sold per week ≈ 800 − 50p with p the price in £, each costs £3 to make, so the weekly profit is "
     "(p − 3)(800 − 50p). Which price p gives the highest weekly profit?", (_F46_P - 3) * (800 - 50 * _F46_P), _F46_P),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.solve(sp.diff(objective, var), var)[0]))
for q, f in (
    ("every baking day costs me £120 in fixed stuff plus £0.45 of ingredients per loaf, so the average cost per "
     "loaf when I bake n loaves is (0.45n + 120)/n pounds. What does that average cost tend to as n gets bigger "
     "and bigger, i.e. the limit as n → ∞?", (sp.Rational(45, 100) * _F46_N + 120) / _F46_N),
    ("The average time per part when we make n parts is (2n + 45)/n minutes. What does the average time tend to "
     "as n grows without bound?", (2 * _F46_N + 45) / _F46_N),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.limit(f, _F46_N, sp.oo)))
item("Our fixed cost is 500 and the total cost is 3n + 500. What does the average cost tend to as n gets bigger and "
     "bigger?", "calculus", "refuse", None)  # fmt: skip
# f47: a unit in brackets after a formula ("U(p) = 0.5p + 72/p (%)", "(nm/min)") is a remark; an integral whose
# differential stands in a numerator ("∫₀^0.8 dX/(1 − X)²", "∫_0^2 dt/(1+t)"); exponential survival said "runs a full
# 168 h week w/o a fault"; a two-way ANOVA grid (header: one factor's levels, rows: the other's, cells of replicates);
# the additive two-way ANOVA ("treated as blocks", "no interaction", "without replication"). References: sympy, the
# balanced sums of squares (numpy), math.exp
_F47_P = sp.Symbol("p", positive=True)
for q, f in (
    ("WIU non-uniformity vs chamber pressure fit: U(p) = 0.5p + 72/p (%), p in mTorr, p>0. what pressure p minimizes "
     "U? going to set recipe there", _F47_P / 2 + 72 / _F47_P),
    ("Loss L(p) = 0.02p^2 - 1.6p + 50 (%) where p is line speed in m/min. Which p minimizes L?",
     sp.Rational(2, 100) * _F47_P**2 - sp.Rational(16, 10) * _F47_P + 50),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.solve(sp.diff(f, _F47_P), _F47_P)[0]))
for q, f, lo, hi in (
    ("Given that the PFR design equation for a liquid-phase second-order reaction reduces to \u03c4\u00b7k\u00b7C_A0 = "
     "\u222b\u2080^0.8 dX/(1 \u2212 X)\u00b2, evaluate the integral exactly (X is fractional conversion).",
     1 / (1 - x) ** 2, 0, sp.Rational(4, 5)),
    ("evaluate \u222b_0^2 dt/(1+t)", 1 / (1 + x), 0, 2),
    ("compute \u222b\u2080\u00b9 x dx/(1 + x\u00b2)", x / (1 + x**2), 0, 1),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.integrate(f, (x, lo, hi))))
for q in (
    "RF gen MTBF ~400 h, assume exponential (constant failure rate). prob it runs a full 168 h week w/o a fault?",
    "A pump has MTBF 400 hours (exponential lifetimes). What is the probability of no fault during a 168 h week?",
    "Exponential failures, MTBF = 400 h. Probability the unit operates for 168 h without a fault?",
):  # fmt: skip
    item(q, "probability", "number", math.exp(-168 / 400), tol=1e-6)
_F47_ETCH = _f45_twoway({("20", "400"): [210.4, 212.1], ("20", "600"): [265.3, 262.8], ("20", "800"): [318.0, 321.6],
                         ("40", "400"): [221.7, 219.5], ("40", "600"): [270.9, 274.2], ("40", "800"): [335.8, 331.1]})  # fmt: skip
_F47_SPACED = ("         400W          600W          800W\n20mT   210.4, 212.1  265.3, 262.8  318.0, 321.6\n"
               "40mT   221.7, 219.5  270.9, 274.2  335.8, 331.1\n")  # fmt: skip
_F47_BARRED = ("pressure | 400 W | 600 W | 800 W\n20 mTorr | 210.4, 212.1 | 265.3, 262.8 | 318.0, 321.6\n"
               "40 mTorr | 221.7, 219.5 | 270.9, 274.2 | 335.8, 331.1\n")  # fmt: skip
item(f"2-way DOE on oxide etch, pressure (mTorr) × RF (W), 2 reps per cell, ER nm/min:\n{_F47_SPACED}two-way ANOVA "
     "w/ interaction term in the model. F statistic for the RF power main effect?", "anova", "number",
     _F47_ETCH["b"][0], key="statistic", tol=1e-6)  # fmt: skip
item(f"Two-way ANOVA with interaction, 2 replicates per cell, etch rate by pressure and RF power:\n{_F47_BARRED}"
     "What is the F statistic for pressure?", "anova", "number", _F47_ETCH["a"][0], key="statistic", tol=1e-6)  # fmt: skip
item(f"Two-way ANOVA with interaction, 2 replicates per cell:\n{_F47_SPACED}p-value for the interaction?", "anova",
     "number", _F47_ETCH["ab"][1], key="p_value", tol=1e-6)  # fmt: skip


def _f47_additive(rows: list[list[float]]) -> float:
    """The rows' (treatments') F of the additive two-way ANOVA, one observation per cell, from first principles."""
    y = np.array(rows, dtype=float)
    grand = y.mean()
    ss_t = y.shape[1] * ((y.mean(axis=1) - grand) ** 2).sum()
    ss_b = y.shape[0] * ((y.mean(axis=0) - grand) ** 2).sum()
    ss_e = ((y - grand) ** 2).sum() - ss_t - ss_b
    return float((ss_t / (y.shape[0] - 1)) / (ss_e / ((y.shape[0] - 1) * (y.shape[1] - 1))))


_F47_LOTS = ("            Lot1  Lot2  Lot3  Lot4\nCatalyst 1: 71.2  68.5  74.0  70.1\n"
             "Catalyst 2: 73.8  70.9  75.6  72.4\nCatalyst 3: 69.5  67.2  72.1  68.8\n")  # fmt: skip
_F47_LOTS_F = _f47_additive([[71.2, 68.5, 74.0, 70.1], [73.8, 70.9, 75.6, 72.4], [69.5, 67.2, 72.1, 68.8]])
for q in (
    "Yield (%) from three catalysts, each tested once on each of four feedstock lots (lots treated as blocks, no "
    f"replication, additive model with no interaction):\n{_F47_LOTS}Using two-way ANOVA without replication, "
    "determine the F statistic for the catalyst effect.",
    f"Three catalysts were each run once on four feedstock lots (additive model):\n{_F47_LOTS}Two-way ANOVA with no "
    "interaction: F for catalyst?",
    f"Two-way ANOVA without replication:\n{_F47_LOTS}What is the F statistic for the catalysts?",
):  # fmt: skip
    item(q, "anova", "number", _F47_LOTS_F, key="statistic", tol=1e-6)
item(f"Two-way ANOVA without replication:\n{_F47_LOTS}What is the F statistic for the lots?", "anova", "refuse", None)
# f46: words closing an equation ("... = 0. Both answers please, she says there are two") dropped
_x = sp.Symbol("x")
for q, poly in (
    ("solve 2x² − 9x + 4 = 0. Both answers please, she says there are two.", 2 * _x**2 - 9 * _x + 4),
    ("Solve 3x^2 - 5x - 2 = 0. My teacher says there are two answers and I only found one.", 3 * _x**2 - 5 * _x - 2),
    ("solve x^2 - 7x + 12 = 0 — both roots please, the book says two", _x**2 - 7 * _x + 12),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(poly, _x)])
# f46: a model's output named after words of what it is ("at which the predicted response y equals 38") set to a
# value, solved for its input
_d = sp.Symbol("d")
for q, equation in (
    ("The fitted quadratic dose–response model is y = −0.5d² + 9d + 10, where d is the dose in mg. Determine all doses "
     "d at which the predicted response y equals 38 points.", -sp.Rational(1, 2) * _d**2 + 9 * _d + 10 - 38),
    ("Response y = -0.5d^2 + 9d + 10 (d = dose, mg). Find every dose d for which the fitted response y reaches 30.",
     -sp.Rational(1, 2) * _d**2 + 9 * _d + 10 - 30),
    ("Output P = 2d^2 - 4d + 5. Find all d at which the predicted output P equals 35.", 2 * _d**2 - 4 * _d + 5 - 35),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(equation, _d)])
# f46: the economic optimum of a response curve: the rate where dY/dN equals the price ratio (input/output price)
_n = sp.Symbol("n")
_F46_YIELD = 120 + sp.Rational(6, 5) * _n - sp.Rational(3, 1000) * _n**2
for q, response, ratio in (
    ("yield Y = 120 + 1.2N − 0.003N² (bu/ac), N costs $0.60/lb and grain sells $4.00/bu: economic optimum N rate?",
     _F46_YIELD, sp.Rational(60, 400)),
    ("Corn yield response Y = 120 + 1.2N - 0.003N^2 bu/ac. Nitrogen is $0.50 per lb and corn is worth $5.00 per bu. "
     "What is the most profitable N rate?", _F46_YIELD, sp.Rational(1, 10)),
    ("Y = 4000 + 30N - 0.12N^2 kg/ha; at a price ratio of 6, what N rate maximises net return?",
     4000 + 30 * _n - sp.Rational(12, 100) * _n**2, 6),
):  # fmt: skip
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(response, _n) - ratio, _n)])
# f46: a product formula ("just w×t×L×ρ") solved for its one factor, the values in units converted to SI first
# (1250 mm -> 1.25 m, 7.85 t/m³ -> 7850 kg/m³): L = mass / (w t ρ)
_L = sp.Symbol("L", positive=True)
for q, mass, others in (
    ("coil wt 23.55 t, width 1250 mm, gauge 3.0 mm flat, density 7.85 t/m³. strip length in m? (ignore crown, just "
     "w×t×L×ρ)", 23550, [sp.Rational(125, 100), sp.Rational(3, 1000), 7850]),
    ("Aluminium plate: mass 540 kg, width 1500 mm, thickness 20 mm, density 2.7 g/cm³. Length in m? (just w×t×L×ρ)",
     540, [sp.Rational(3, 2), sp.Rational(2, 100), 2700]),
    ("copper sheet weighs 89.6 kg, 1000 mm wide, 2 mm thick, density 8960 kg/m^3; how long is it in m? (use w × t × L "
     "× ρ)", sp.Rational(896, 10), [1, sp.Rational(2, 1000), 8960]),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(sp.Mul(*others) * _L - mass, _L)])
# f47: screening shorthand "sens 92%, spec 97%" (Bayes' theorem), a share defined by a bound ("missing at least one
# vaccine") apart from the count asked, series systems of counted identical exponential units, goodness-of-fit shares
# as percentages, a regression's x as a run of periods ("days 1..8"), spec limits said as a requirement ("supposed to
# have X between a and b"), lab units behind a prefix ("µg/dL in mg/L") (references: scipy, closed forms)
for q, prev, sens, spec in (
    ("Hep C rapid test: sens 92%, spec 97%. Prevalence in the screening population ~2%. What's the PPV?", 0.02, 0.92,
     0.97),
    ("screening assay with sens = 90% and spec = 99%; 1% prevalence. positive predictive value?", 0.01, 0.90, 0.99),
):  # fmt: skip
    item(q, "probability", "number", sens * prev / (sens * prev + (1 - spec) * (1 - prev)), tol=1e-6)
item("rapid strep test, sens. 0.85, spec. 0.95, prevalence 10% in the clinic. NPV?", "probability", "number",
     0.95 * 0.9 / (0.95 * 0.9 + 0.15 * 0.1), tol=1e-6)  # fmt: skip
item("If 15% of kindergarteners in the county are missing at least one required vaccine, and a school nurse pulls 20 "
     "records at random (treat as independent), what's P(5 or more are incomplete)? exact binomial pls",
     "probability", "number", stats.binom.sf(4, 20, 0.15), tol=1e-6)  # fmt: skip
item("8% of the panels have more than 2 dead pixels. In a box of 25 panels, what is the probability that at most 3 are "
     "rejected? binomial", "probability", "number", stats.binom.cdf(3, 25, 0.08), tol=1e-6)  # fmt: skip
for q, n, t, rate in (
    ("training job runs on 8 nodes for 72 h and dies if ANY node fails. node time-to-failure is exponential w/ mean "
     "400 h, nodes independent. prob the job finishes with zero node failures?", 8, 72, 1 / 400),
    ("A pumping station has 4 identical pumps and stops if any pump fails. Each pump's life is exponential with MTBF "
     "2000 hours. Probability the station survives 100 hours?", 4, 100, 1 / 2000),
    ("a batch job uses 16 GPUs for 24 hours and crashes if a single GPU fails; each GPU has failure rate 1e-4 per hour "
     "(exponential). P(job completes)?", 16, 24, 1e-4),
):  # fmt: skip
    item(q, "probability", "number", stats.expon.sf(t, scale=1 / (n * rate)), tol=1e-6)
for q, counts, shares in (
    ("label drift check. training set class mix was 50% / 30% / 20% for classes [a, b, c]. last week's prod labels: "
     "[230, 170, 100]. chi-square goodness of fit vs the training proportions -- p-value?", [230, 170, 100],
     [0.5, 0.3, 0.2]),
    ("survey answers split 25% / 25% / 50% historically; this year 40, 30, 130 responses. chi-square test of fit, p?",
     [40, 30, 130], [0.25, 0.25, 0.5]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.chisquare(counts, [s * sum(counts) for s in shares]).pvalue,
         key="p_value")  # fmt: skip
for q, xs, ys in (
    ("PSI drift score by day since deploy, days 1..8: [0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11]. fit a straight "
     "line psi vs day. r² ?", list(range(1, 9)), [0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11]),
    ("yield for batches 1-5: 88.2, 89.0, 90.1, 90.4, 91.8 — fit a line, what is R^2?", list(range(1, 6)),
     [88.2, 89.0, 90.1, 90.4, 91.8]),
):  # fmt: skip
    item(q, "regression", "number", float(stats.linregress(xs, ys).rvalue ** 2), key="r_squared")
for q, lsl, usl, mean, sd in (
    ("embedding vectors are supposed to have L2 norm between 0.95 and 1.05. measured mean norm 1.012, std dev 0.011 "
     "(treat as the process sigma). Cpk?", 0.95, 1.05, 1.012, 0.011),
    ("fill volume is supposed to be between 498 and 502 mL; mean 500.6, sd 0.5. Cpk?", 498, 502, 500.6, 0.5),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="cpk")
item("CDC blood lead reference value is 3.5 µg/dL. The partner lab reports in mg/L — what's 3.5 µg/dL in mg/L?",
     "unit_conversion", "number", 3.5 * constants.micro / constants.deci * 1 / constants.milli, key="value")  # fmt: skip
item("how many ng/mL is 12 µg/L", "unit_conversion", "number", 12 * constants.micro / constants.nano * constants.milli,
     key="value")  # fmt: skip
# f47: linear equations in indexed names run together on one line ("4T1 − T2 = 100 −T1 + 4T2 − T3 = 0 ..."), one
# unknown asked ("Determine T2", "find x2"); names set to numbers ("k1 = 0.5 min⁻¹, k2 = 0.25 min⁻¹") are values
# given, never a system solved, and a system is not taken when the ask is a quantity none of its unknowns is
_f47 = sp.symbols("u1 u2 u3")
_F47_NODAL = [4 * _f47[0] - _f47[1] - 100, -_f47[0] + 4 * _f47[1] - _f47[2], -_f47[1] + 4 * _f47[2] - 50]
for q in (
    "A 1-D finite-difference model of steady conduction through a wall gives the nodal equations 4T1 − T2 = 100 −T1 + "
    "4T2 − T3 = 0 −T2 + 4T3 = 50 (temperatures in °C). Determine T2 exactly.",
    "4x1 − x2 = 100, −x1 + 4x2 − x3 = 0, −x2 + 4x3 = 50; find x2",
    "Nodal equations:\n4T1 - T2 = 100\n-T1 + 4T2 - T3 = 0\n-T2 + 4T3 = 50\nWhat is T2?",
):  # fmt: skip
    item(q, "algebra", "expr", _unknown(_F47_NODAL, list(_f47), _f47[1]))
for q in (
    "A → B → C, both steps first order and irreversible, k1 = 0.5 min⁻¹, k2 = 0.25 min⁻¹, batch reactor initially "
    "pure A (C_A0 = 1 mol/L, no B or C). Determine the time t at which the concentration of B is a maximum.",
    "For the series reaction A → B → C, k1 = 2 h⁻¹, k2 = 1 h⁻¹. What is the time t at which B peaks?",
):  # fmt: skip
    item(q, "algebra", "refuse", None)
# f47: design factor counts as the words state them: a bracket naming the counted factors (a name with its own
# "yes/no" is one of them), a count of things a screening or response-surface design studies ("screen 10 possible
# drivers", "a response surface for 4 continuous hparams"), a CCD's "full 2^4 factorial core" (references: 2^k x reps
# + centre, the first multiple of 4 above k, 2^k + 2k + centre); one eigenvalue asked: the spectral radius, the
# dominant, largest or smallest eigenvalue (references: numpy.linalg.eigvals)
for q, runs in (
    ("Planning a mailing experiment for the survey: 3 factors at 2 levels each (envelope type, prepaid incentive "
     "yes/no, reminder postcard yes/no). Full factorial, 2 replicates of every combination, plus 4 centre-point runs "
     "(mid-size incentive etc). How many runs total?", 2**3 * 2 + 4),
    ("full factorial, 3 factors at two levels (oven temp, fan on/off, tray liner yes/no), 3 replicates. how many runs?",
     2**3 * 3),
    ("we want to screen 10 possible drivers of low survey response (2 levels each) with a Plackett–Burman design, no "
     "replication. minimum number of runs?", next(m for m in range(4, 200, 4) if m > 10)),
    ("We need to tune 6 knobs of the extruder with a Plackett-Burman screen. How many runs?",
     next(m for m in range(4, 200, 4) if m > 6)),
    ("want a response surface for 4 continuous hparams. central composite design, full 2^4 factorial core, standard "
     "axial (star) points, 6 centre points. total runs?", 2**4 + 2 * 4 + 6),
    ("central composite design to optimise 3 continuous settings, 5 centre points. total runs?", 2**3 + 2 * 3 + 5),
):  # fmt: skip
    item(q, "design", "runs", runs)
item("full factorial: 3 factors at 2 levels (coded -1/+1), speed on/off, coating yes/no. how many runs?", "design",
     "refuse", None)  # fmt: skip
_k47 = np.array([[1.2, 0.6], [0.4, 0.8]])
_s47 = np.array([[2.0, 1.0], [1.0, 3.0]])
for q, value in (
    ("2-group next-generation matrix (kids / adults) K = [[1.2, 0.6], [0.4, 0.8]]. R0 is the dominant eigenvalue "
     "(spectral radius) of K, what is it?", max(abs(np.linalg.eigvals(_k47)))),
    ("spectral radius of [[1.2, 0.6], [0.4, 0.8]]?", max(abs(np.linalg.eigvals(_k47)))),
    ("What is the largest eigenvalue of [[2, 1], [1, 3]]?", max(np.linalg.eigvals(_s47).real)),
    ("smallest eigenvalue of A = [[2, 1], [1, 3]]", min(np.linalg.eigvals(_s47).real)),
):  # fmt: skip
    item(q, "linear_algebra", "number", float(value))
item("dominant eigenvalue of [[0, 1], [1, 0]]", "linear_algebra", "refuse", None)
# f47: two groups from their total and a difference said by their names ("the downtown site did 180 more than the
# Eastside site"); two kinds of item by a rate per item ("big cards doing 1200 img/s each"); a time window split
# between two labelled rates ("recipe A @ 45 wph ... 16 h window ... 600 wafers"); two-component blends in more
# phrasings ("determine the mass in kg of", "what flow (sccm) on the 20% MFC", "a 5% stock and a weak 0.5% solution,
# no plain water": a blend, not a dilution with water) (references: sympy linsolve and solve)
for q, rows, rhs, index in (
    ("Two flu clinics last Saturday gave 1,240 doses combined. The downtown site did 180 more than the Eastside site. "
     "How many doses did Eastside give?", [[1, 1], [1, -1]], [1240, 180], 1),
    ("Two food banks served 1,500 families together last month; the Riverside bank served 220 more than the Hilltop "
     "bank. How many families did Hilltop serve?", [[1, 1], [1, -1]], [1500, 220], 1),
    ("inference cluster has 20 gpus total, mix of big cards doing 1200 img/s each and small ones doing 300 img/s "
     "each. aggregate throughput measured at 15000 img/s. how many of the big cards are there?",
     [[1, 1], [1200, 300]], [20, 15000], 0),
    ("We run 30 pumps in total: large pumps each deliver 50 gpm and small pumps deliver 20 gpm. Together they move "
     "1200 gpm. How many large pumps are there?", [[1, 1], [50, 20]], [30, 1200], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
_xw = sp.Symbol("x")
for q, (a, b, total, target) in (
    ("tool ran two recipes back to back over a 16 h window, recipe A @ 45 wph, recipe B @ 30 wph, 600 wafers out "
     "total, no idle. how many hrs were on recipe A?", (45, 30, 16, sp.Rational(600, 16))),
    ("Over a 10 hour shift, line A runs at 120 parts per hour and line B at 80 parts per hour, one after the other. "
     "1000 parts were made in total. How many hours did line A run?", (120, 80, 10, 100)),
    ("Given that a 40 wt% NaOH solution is mixed with a 10 wt% NaOH solution in a blending tank to produce 300 kg of "
     "25 wt% NaOH (no evaporation, steady mass balance), determine the mass in kg of the 40 wt% solution required.",
     (40, 10, 300, 25)),
    ("gas box has two premix bottles, 5% CF4 in Ar and 20% CF4 in Ar. want 500 sccm total @ 12% CF4. what flow "
     "(sccm) on the 20% MFC? exact, don't round", (20, 5, 500, 12)),
    ("For the outbreak response kits we need 20 L of 1% hypochlorite. We have a 5% stock and a weak 0.5% solution, no "
     "plain water on site. How many litres of the 5% stock go into the mix? exact fraction is fine",
     (5, sp.Rational(1, 2), 20, 1)),
    ("we need 10 L of 2% bleach; we have a strong 6% stock and a dilute 0.5% solution (no water available). how many "
     "L of the 6% stock?", (6, sp.Rational(1, 2), 10, 2)),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(a * _xw + b * (total - _xw) - target * total, _xw)])
item("Make 20 L of 1% hypochlorite from the 5% stock with water. How many litres of stock? The 0.5% solution is for "
     "wipes.", "algebra", "refuse", None)  # fmt: skip

# f47: a derivative asked before a "?" and a closing remark in words ("wrt x? want the expression, i think ..."), and
# an integral naming the function defined earlier ("P(t) = ... watts ... over the first 6 h = ∫ P dt from 0 to 6")
for q, f in (
    ("quick one, rusty on calc: derivative of softplus `f(x) = ln(1 + exp(x))` wrt x? want the expression, i think it "
     "comes out as sigmoid but want to confirm", sp.log(1 + sp.exp(x))),
    ("derivative of f(x) = x^2 sin(x) with respect to x? just want the expression, pretty sure it's a product rule "
     "thing", x**2 * sp.sin(x)),
    ("d/dx of tanh(2x)? i believe it comes out as a sech squared, want to double check", sp.tanh(2 * x)),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.diff(f, x)))
for q, f, hi in (
    ("gpu power draw during a finetune job looks like `P(t) = 300 + 200*exp(-t/2)` watts, t in hours (spikes at start "
     "then settles). total energy over the first 6 h = ∫ P dt from 0 to 6, in watt-hours. exact form pls",
     300 + 200 * sp.exp(-_t / 2), 6),
    ("Q(t) = 4 e^(-t/3) A with t in hours. charge delivered over the first 3 h = ∫ Q dt from 0 to 3, in amp-hours",
     4 * sp.exp(-_t / 3), 3),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.integrate(f, (_t, 0, hi))))

# f47: two-way ANOVA cells as a level then the other factor's cells split at bars ("urban: SMS 12,15,13 | letter ..."),
# and cells with bracketed lists ("fp16 bs32: [1510, 1490, 1525]") (reference: first principles, balanced design)
_F47_REMIND = _f45_twoway({("u", "S"): [12, 15, 13], ("u", "L"): [18, 20, 17], ("u", "C"): [14, 16, 15],
                           ("r", "S"): [16, 18, 19], ("r", "L"): [22, 21, 24], ("r", "C"): [17, 20, 18]})  # fmt: skip
item("Days to complete the 2nd dose after the first, by area (urban/rural) × reminder type (SMS/letter/phone call), 3 "
     "clinics per cell:\nurban: SMS 12,15,13 | letter 18,20,17 | call 14,16,15\nrural: SMS 16,18,19 | letter 22,21,24 "
     "| call 17,20,18\ntwo-way ANOVA with interaction. p-value for the reminder-type main effect?", "anova", "number",
     _F47_REMIND["b"][1], key="p_value", tol=1e-6)  # fmt: skip
item("Defect rate by machine (M1/M2) × shift (day/night/swing), 2 lots per cell:\nM1: day 5.1,5.3 | night 5.6,5.8 | "
     "swing 5.2,5.0\nM2: day 4.9,5.0 | night 5.9,6.1 | swing 5.3,5.4\ntwo-way ANOVA with interaction. p-value for the "
     "shift main effect?", "anova", "number",
     _f45_twoway({("1", "d"): [5.1, 5.3], ("1", "n"): [5.6, 5.8], ("1", "s"): [5.2, 5.0], ("2", "d"): [4.9, 5.0],
                  ("2", "n"): [5.9, 6.1], ("2", "s"): [5.3, 5.4]})["b"][1], key="p_value", tol=1e-6)  # fmt: skip
item("throughput (samples/s) benchmark, 2 factors: precision (fp16, bf16) x batch size (32, 64), 3 reps per cell.\n"
     "fp16 bs32: [1510, 1490, 1525]\nfp16 bs64: [2650, 2700, 2620]\nbf16 bs32: [1480, 1505, 1470]\nbf16 bs64: [2580, "
     "2550, 2610]\ntwo-way anova with interaction term. p-value for the precision×batch-size interaction?", "anova",
     "number", _f45_twoway({("a", "32"): [1510, 1490, 1525], ("a", "64"): [2650, 2700, 2620],
                            ("b", "32"): [1480, 1505, 1470], ("b", "64"): [2580, 2550, 2610]})["ab"][1],
     key="p_value", tol=1e-6)  # fmt: skip
item("weight gain, diet (A, B) x sex (M, F), 3 per cell.\nA M: [10.2, 11.1, 10.8]\nA F: [9.1, 9.5, 9.9]\nB M: [12.0, "
     "12.4, 11.7]\nB F: [10.0, 10.6, 10.3]\ntwo-way anova with interaction. F statistic for diet?", "anova", "number",
     _f45_twoway({("A", "M"): [10.2, 11.1, 10.8], ("A", "F"): [9.1, 9.5, 9.9], ("B", "M"): [12.0, 12.4, 11.7],
                  ("B", "F"): [10.0, 10.6, 10.3]})["a"][0], key="statistic", tol=1e-6)  # fmt: skip

# f48: a two-way ANOVA's factor asked by a longer form of its name ("temperature" for "temp", or levels in °F) and
# cells nested between bars ("temp low: speed1 12.1, 12.5 | speed2 ..."); an additive model from rows of labelled
# cells ("soil 1: A 95.1, B 96.4, C 97.2", soil the block) or rows headed by a numeric setting ("340: 84.1 85.0 ...");
# a c chart's total said "240 alarms total"; a one-sample t against "spec says fresh-equivalent 0.85"
_F48_SEAL = _f45_twoway({("350", "X"): [3.8, 4.0, 3.9], ("350", "Y"): [3.6, 3.7, 3.5],
                         ("375", "X"): [4.4, 4.6, 4.5], ("375", "Y"): [4.3, 4.1, 4.2]})  # fmt: skip
_F48_SEAL_CELLS = ("350°F / film X: 3.8, 4.0, 3.9\n350°F / film Y: 3.6, 3.7, 3.5\n375°F / film X: 4.4, 4.6, 4.5\n"
                   "375°F / film Y: 4.3, 4.1, 4.2\n")  # fmt: skip
for q in (
    f"2x2 pouch sealer, 3 per cell:\n{_F48_SEAL_CELLS}Two-way ANOVA with the temp×film interaction. F for seal "
    "temperature?",
    f"seal strength:\n{_F48_SEAL_CELLS}two-way ANOVA with interaction, what is the F statistic for temperature?",
):  # fmt: skip
    item(q, "anova", "number", _F48_SEAL["a"][0], key="statistic", tol=1e-6)
_F48_ROUGH = _f45_twoway({("low", "1"): [12.1, 12.5], ("low", "2"): [13.4, 13.0], ("low", "3"): [14.2, 14.8],
                          ("high", "1"): [13.0, 12.6], ("high", "2"): [14.1, 14.5], ("high", "3"): [15.9, 15.3]})  # fmt: skip
_F48_BARS = ("temp low:  speed1 12.1, 12.5 | speed2 13.4, 13.0 | speed3 14.2, 14.8\n"
             "temp high: speed1 13.0, 12.6 | speed2 14.1, 14.5 | speed3 15.9, 15.3\n")  # fmt: skip
item(f"two-way ANOVA w/ replication (2 reps per cell), roughness:\n{_F48_BARS}full model with the temp×speed "
     "interaction. p-value for the speed main effect?", "anova", "number", _F48_ROUGH["b"][1], key="p_value", tol=1e-6)  # fmt: skip
item(f"two-way ANOVA with interaction, 2 reps per cell:\n{_F48_BARS}temp × speed. F for temperature?", "anova",
     "number", _F48_ROUGH["a"][0], key="statistic", tol=1e-6)  # fmt: skip
_F48_SOIL = [[95.1, 93.8, 96.0, 94.2], [96.4, 95.0, 96.9, 95.7], [97.2, 96.1, 98.3, 96.5]]  # method x soil
_F48_SOIL_ROWS = ("soil 1: A 95.1, B 96.4, C 97.2\nsoil 2: A 93.8, B 95.0, C 96.1\nsoil 3: A 96.0, B 96.9, C 98.3\n"
                  "soil 4: A 94.2, B 95.7, C 96.5\n")  # fmt: skip
_F48_SOIL_F = _f47_additive(_F48_SOIL)
for q, key, ref in (
    (f"3 compaction methods run once on 4 soil types, soil type treated as a block:\n{_F48_SOIL_ROWS}Two-way ANOVA, "
     "additive model. p-value for the compaction method effect?", "p_value", float(stats.f.sf(_F48_SOIL_F, 2, 6))),
    (f"Methods A/B/C on four soils, soil as a block, no interaction:\n{_F48_SOIL_ROWS}two-way ANOVA, F for method?",
     "statistic", _F48_SOIL_F),
):  # fmt: skip
    item(q, "anova", "number", ref, key=key, tol=1e-6)
item(f"3 methods on 4 soils, soil treated as a block:\n{_F48_SOIL_ROWS}Two-way ANOVA, additive model. p-value for "
     "soil?", "anova", "refuse", None)  # fmt: skip
_F48_TEMP = [[84.1, 85.0, 83.6, 84.8], [86.3, 87.1, 85.9, 86.6], [87.0, 88.2, 86.8, 87.9]]
_F48_TEMP_ROWS = "340: 84.1 85.0 83.6 84.8\n350: 86.3 87.1 85.9 86.6\n360: 87.0 88.2 86.8 87.9\n"
for q in (
    f"conversion %, setpoint 340/350/360 °C × catalyst lot A/B/C/D, one run per cell:\n{_F48_TEMP_ROWS}two-way "
    "ANOVA, additive model (no interaction term, lot as block). F for temperature?",
    f"Reactor yield at three temperatures, each run once with four catalyst lots (lots as blocks):\n{_F48_TEMP_ROWS}"
    "Two-way ANOVA without replication: F statistic for temperature?",
):  # fmt: skip
    item(q, "anova", "number", _f47_additive(_F48_TEMP), key="statistic", tol=1e-6)
for q, total, k in (
    ("alarm count on the unit 3 console, 25 shifts logged, 240 alarms total. c chart, UCL?", 240, 25),
    ("c chart: 450 trips altogether over 30 days. UCL?", 450, 30),
):  # fmt: skip
    item(q, "control_chart", "number", total / k + 3 * math.sqrt(total / k), key="ucl", tol=1e-6)
_F48_PELLETS = [0.831, 0.842, 0.856, 0.828, 0.839, 0.847, 0.835, 0.851, 0.826, 0.844]
for q in (
    "catalyst activity, 10 pellets: 0.831 0.842 0.856 0.828 0.839 0.847 0.835 0.851 0.826 0.844. spec says "
    "fresh-equivalent 0.85. one-sample t, two-sided, p-value?",
    "activity of 10 pellets: 0.831, 0.842, 0.856, 0.828, 0.839, 0.847, 0.835, 0.851, 0.826, 0.844. The datasheet says "
    "0.85. One-sample t-test, p-value?",
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.ttest_1samp(_F48_PELLETS, 0.85).pvalue), key="p_value", tol=1e-6)


# f47: one unknown closing a question in words ("how many go to district c?", "how much goes to plant b?")
_F47_ABC = sp.linsolve(
    (sp.Matrix([[1, 1, 1], [2, -1, 0], [0, 1, -3]]), sp.Matrix([1500, 0, -100])), sp.symbols("a b c")
)
((_F47_A, _F47_B, _F47_C),) = _F47_ABC
item(
    "Allocating 1,500 MMR doses across three districts a, b, c. Constraints from the plan: a + b + c = 1500, "
    "2a − b = 0, b − 3c = −100. Solve the system, how many go to district c?",
    "linear_algebra",
    "expr",
    expr(_F47_C),
)
item("a + b + c = 1500, 2a - b = 0, b - 3c = -100. how much goes to plant b?", "linear_algebra", "expr", expr(_F47_B))

# f48: "w.p." beside an instrument tag, a rate at a named unit ("on unit 3"), wt%/vol% normals, Bayes with "off-spec."
# ending a clause, a threshold defining the counted events ("rainfall > 50 mm happens 2.4 times a year"), and a
# memoryless exponential "still working at T total" after an age survived
for q, value in (
    ("AT-402 grab samples: each one independently off-spec w.p. 0.08. 12 samples this week. P(at least 2 off-spec)?",
     stats.binom.sf(1, 12, 0.08)),
    ("20 welds, each defective w.p. 5%, independently. P(at most 1 defective)?", stats.binom.cdf(1, 20, 0.05)),
    ("standing alarms on unit 3 console avg 3.2 per shift, assume Poisson. P(more than 5 alarms in a shift)?",
     stats.poisson.sf(5, 3.2)),
    ("trips on line 2 average 1.5 per week, Poisson. P(at least 3 trips in a week)?", stats.poisson.sf(2, 1.5)),
    ("C-301 overhead purity (AI-310) ~ normal, mean 99.20 wt%, sd 0.15 wt%. fraction of time below 98.90 wt%?",
     stats.norm.cdf(98.90, 99.20, 0.15)),
    ("ethanol content is normal with mean 12.5 vol%, sd 0.2 vol%. what fraction of bottles exceed 12.9 vol%?",
     stats.norm.sf(12.9, 12.5, 0.2)),
    ("AT-402 off-spec flag: 4% of batches are actually off-spec. analyzer flags 95% of true off-spec and false-flags "
     "3% of good ones. flag just came on -- P(batch really off-spec)?", 0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.03)),
    ("about 1% of coils are actually off-spec. the gauge catches 97% of off-spec coils, and wrongly flags 2% of good "
     "coils. given a flag, probability the coil is really off-spec?", 0.01 * 0.97 / (0.01 * 0.97 + 0.99 * 0.02)),
    ("BoM gauge record: daily rainfall > 50 mm happens on average 2.4 times per year at the site, treat as Poisson. "
     "Probability of 3 or more such days in a given year?", stats.poisson.sf(2, 2.4)),
    ("wind gusts over 90 km/h occur on average 1.8 times a year, poisson. P(at most 1 such gust next year)?",
     stats.poisson.cdf(1, 1.8)),
    ("LED lifetime is exponential with mean 1200 hrs. given one has already run 500 hrs, whats the prob it's still "
     "working at 1500 hrs total?", stats.expon.sf(1500 - 500, scale=1200)),
    ("pump life is exponential, MTBF 2000 hours. a pump has already operated 800 hours. probability it is still "
     "running at 2500 hours?", stats.expon.sf(2500 - 800, scale=2000)),
):  # fmt: skip
    item(q, "probability", "number", float(value), tol=1e-6)
item("rainfall > 50 mm happens on average 2.4 times per year, poisson. probability of rainfall above 60 mm?",
     "probability", "refuse", None)  # fmt: skip


# f48: the operation the asking clause names, not one in a bracketed remark or the characteristic equation written as
# a method (references: sympy eigenvals); tags "R-101", "P-12" name groups, their digits no counts, with "200 each ...
# (rest on-spec)" giving the complement column (references: scipy chi2_contingency); ordinals "1st 42, 2nd 55" label
# goodness-of-fit counts (references: scipy chisquare)
for q, m in (
    ("find the eigenvalues of A = [[7, −4], [2, 1]]  (det(A − λI) = 0 right?)", [[7, -4], [2, 1]]),
    ("eigenvalues of [[4, 1], [2, 3]] using det(A - λI) = 0?", [[4, 1], [2, 3]]),
    ("compute the eigenvalues of B = [[2, 0], [1, 3]] (I think you set det(B − λI) to zero)", [[2, 0], [1, 3]]),
):  # fmt: skip
    item(q, "linear_algebra", "set", sorted(str(v) for v in sp.Matrix(m).eigenvals()))
for q, ks, n in (
    ("off-spec batches by reactor last quarter, 200 batches each: R-101 14 off-spec, R-102 9, R-103 22 (rest "
     "on-spec). chi-square test of independence reactor vs off-spec, what's the chi² statistic?", [14, 9, 22], 200),
    ("leaking valves by pump, 150 valves checked per pump: P-12 8 leaking, P-14 15, P-17 4, rest fine. chi-square "
     "test of independence pump vs leak, chi2?", [8, 15, 4], 150),
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.chi2_contingency([[k, n - k] for k in ks]).statistic, key="statistic")
for q, counts in (
    ("rejects by shift: 1st 42, 2nd 55, 3rd 68. Same production volume each shift so expect equal counts. "
     "Chi-square goodness of fit statistic?", [42, 55, 68]),
    ("complaints by quarter: 1st 30, 2nd 41, 3rd 25, 4th 44. equally likely across quarters? chi-square goodness of "
     "fit statistic", [30, 41, 25, 44]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", stats.chisquare(counts).statistic, key="statistic")

# f48: two workers together (t/a + t/b = 1) and a staggered start (r_A t + r_B (t - d) = Q); the open box folded from
# an L by W sheet with corner squares cut out (x (L - 2x)(W - 2x) maximised on 0 < x < min/2); closing sentences of
# words after an integral or an equation
_t48, _x48 = sp.symbols("t x", positive=True)
for q, a, b in (
    ("word problem: pump A alone fills a tank in 6 hours, pump B alone fills it in 9 hours. both running together, how "
     "many hours to fill it? exact pls", 6, 9),
    ("TK-410 empty. P-101 alone fills it in 6 h, P-102 alone in 4 h. both running, constant rates, how many h to "
     "fill?", 6, 4),
    ("Alice can paint the fence in 5 hours and Bob can paint it in 3 hours. Working together, how long does it take?",
     5, 3),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(_t48 / a + _t48 / b - 1, _t48)])
for q, total, early, late, delay in (
    ("Order is 8,400 packs. Line A runs 45 packs/min and starts at time 0, Line B runs 60 packs/min but doesnt start "
     "till 20 min later. How many minutes after line A starts is the order done? exact answer pls", 8400, 45, 60, 20),
    ("A batch of 5000 bottles: filler 1 runs at 40 bottles per minute from the start, filler 2 at 60 bottles per "
     "minute starts 10 minutes later. How long until the batch is done?", 5000, 40, 60, 10),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(early * _t48 + late * (_t48 - delay) - total, _t48)])
# a drain that empties the tank takes its share away (read since f55): t/6 - t/9 = 1
item("pump A alone fills a tank in 6 hours, drain B alone empties it in 9 hours. both open together, how many hours "
     "to fill it?", "algebra", "set", [str(r) for r in sp.solve(_t48 / 6 - _t48 / 9 - 1, _t48)])  # fmt: skip
for q, length, width in (
    ("We fold open-top trays out of 10 in × 16 in paperboard blanks by cutting equal squares of side x out of each "
     "corner and folding up the sides. What x (inches) gives the max tray volume?", 10, 16),
    ("optimization q: open-top box made from a 16 in by 10 in sheet of metal by cutting equal squares of side x out of "
     "each corner and folding up the sides. what x (inches) gives max volume?", 16, 10),
    ("A 30 cm x 20 cm sheet has equal squares cut from its four corners and the flaps folded up into a tray. What size "
     "of cut gives the largest volume?", 30, 20),
):  # fmt: skip
    _v48 = _x48 * (length - 2 * _x48) * (width - 2 * _x48)
    item(q, "calculus", "set",
         [str(r) for r in sp.solve(sp.diff(_v48, _x48), _x48) if r < sp.Rational(min(length, width), 2)])  # fmt: skip
item("3b) evaluate ∫₀¹ x·e^(2x) dx. pretty sure its integration by parts?? my prof wants the exact answer in terms of "
     "e, not a decimal", "calculus", "expr", str(sp.integrate(_x48 * sp.exp(2 * _x48), (_x48, 0, 1))))  # fmt: skip
item("integrate x^2 e^x dx from 0 to 1. my teacher says use parts twice, no idea why", "calculus", "expr",
     str(sp.integrate(_x48**2 * sp.exp(_x48), (_x48, 0, 1))))  # fmt: skip
item("solve log₂(x) + log₂(x − 2) = 3 for x. i got two answers from the quadratic but the book only lists one?? give "
     "me all valid solutions", "algebra", "set",
     [str(r) for r in sp.solve(sp.log(_x48, 2) + sp.log(_x48 - 2, 2) - 3, _x48)])  # fmt: skip
item("solve x^2 - 5x + 6 = 0. we did this in class yesterday but i forgot the method", "algebra", "set",
     [str(r) for r in sp.solve(_x48**2 - 5 * _x48 + 6, _x48)])  # fmt: skip

# f50: a defined function with its unit after it ("°P", "°Bx", "%LC", "% LC", "Å") differentiated; an integral named
# before its sign ("AUC(0–∞) = ∫₀^∞ C dt") of the function defined; an equation solved for t with its parameter stated
# ("k = 0.0035 month⁻¹ ... solve 100·e^(−kt) = 90.0 for t") (references: sympy diff and solve, scipy quad)
_t50 = sp.Symbol("t", positive=True)
for q, f in (
    ("FV7 gravity curve fit: P(t) = 3 + 9·e^(−t/4) °P, t in days since pitch. need dP/dt as a fn of t (rate of sugar "
     "drop) thx", 3 + 9 * sp.exp(-_t50 / 4)),
    ("wort gravity G(t) = 12 + 4·e^(−0.3t) °Bx, t in hours. dG/dt?", 12 + 4 * sp.exp(-sp.Rational(3, 10) * _t50)),
    ("stab lot 24-017, assay fits first-order: C(t) = 100·e^(−0.0115t) %LC, t in months; need dC/dt as fn of t (rate "
     "of loss, %LC/month)", 100 * sp.exp(-sp.Rational(115, 10000) * _t50)),
    ("assay model A(t) = 101.5·e^(−0.02t) % LC, t in months. derivative of A",
     sp.Rational(203, 2) * sp.exp(-_t50 / 50)),
    ("furnace ox fit: thk(t) = 400·√t + 15t Å, t in min. need growth rate dthk/dt as fn of t (symbolic pls, going into "
     "the recipe calc sheet)", 400 * sp.sqrt(_t50) + 15 * _t50),
    ("oxide growth x(t) = 50·√t Å, t in s; need dx/dt", 50 * sp.sqrt(_t50)),
):  # fmt: skip
    item(q, "calculus", "expr", str(sp.diff(f, _t50)))
for q, f, hi in (
    ("PK bridging note; plasma conc model C(t) = 12·t·e^(−t/2) µg/mL, t in h. AUC(0–∞) = ∫₀^∞ C dt, exact value pls "
     "(µg·h/mL)", lambda s: 12 * s * math.exp(-s / 2), math.inf),
    ("plasma model C(t) = 8 e^(-0.25 t) mg/L (t in h); exposure AUC0-24 = ∫_0^24 C(t) dt, exact value",
     lambda s: 8 * math.exp(-0.25 * s), 24),
    ("concentration c(t) = 5t e^(-t) ng/mL, t in h. AUC(0-∞)=∫₀^∞ c dt?", lambda s: 5 * s * math.exp(-s), math.inf),
):  # fmt: skip
    item(q, "calculus", "number", integrate.quad(f, 0, hi)[0])
for q, k, start, end in (
    ("first-order loss, k = 0.0035 month⁻¹, initial 100.0 %LC; solve 100·e^(−kt) = 90.0 for t (months to hit 90% LC "
     "lower limit); no rounding to a pull point", 0.0035, 100, 90),
    ("shelf life: k = 0.012 /month, solve 100 e^(-k t) = 95 for t", 0.012, 100, 95),
    ("k = 0.02 per day; solve 50·e^(−kt) = 40 for t (days)", 0.02, 50, 40),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(start * sp.exp(-sp.Float(k) * _t50) - end, _t50)[0]))
item("k = 0.0035 per day; solve 100·e^(−kt) = 90 for t (months)", "algebra", "refuse", None)


# f49: a two-way layout written as a row per level of one factor with the other's cells split at bars, no colon
# ("12°C  fishmeal 24.1 25.3 22.8 | insect ..."), or an interaction asked without "two-way"; a 2^(k-p) fraction beside
# "3 centre-point tanks" (no factor counted); a p chart's n as "250 larvae x-rayed from each of 12 batches" or "160
# deps every day"; a specification "wants fork length between 120 and 180 mm"; a subgroup size "we audit 5 clamps per
# job". References: _f45_twoway's sums of squares, 2^(k-p) + centre points, p-bar + 3 sqrt(p-bar(1 - p-bar)/n),
# Cp/Cpk with d2 by quadrature (rounded as the printed tables are); near misses decline
def _f49_barred(rows: dict[str, dict[str, list[float]]]) -> tuple[str, dict[str, tuple[float, float]]]:
    """The rows as written ("level  b1 v v v | b2 v v v") and their two-way ANOVA by _f45_twoway."""
    text = "\n".join(f"{a}  " + " | ".join(f"{b} " + " ".join(f"{v:.1f}" for v in vs) for b, vs in cells.items())
                     for a, cells in rows.items())  # fmt: skip
    return text, _f45_twoway({(a, b): vs for a, cells in rows.items() for b, vs in cells.items()})


def _f49_p_ucl(counts: list[int], n: int) -> float:
    """A p chart's 3-sigma UCL from the counts of samples of n."""
    p = float(np.mean(counts)) / n
    return p + 3 * math.sqrt(p * (1 - p) / n)


_F49_TROUT, _F49_TROUT_F = _f49_barred({
    "12°C": {"fishmeal": [24.1, 25.3, 22.8], "insect": [23.2, 24.5, 21.9], "algal": [22.0, 23.6, 21.4]},
    "16°C": {"fishmeal": [28.4, 30.2, 27.7], "insect": [28.1, 26.2, 29.0], "algal": [26.3, 27.4, 25.9]},
})  # fmt: skip
_F49_WHEAT, _F49_WHEAT_F = _f49_barred({
    "low N": {"Ava": [4.1, 4.3, 4.0], "Bolt": [4.6, 4.4, 4.8], "Cobra": [3.9, 4.2, 4.1]},
    "high N": {"Ava": [5.0, 5.3, 5.1], "Bolt": [5.9, 5.6, 5.8], "Cobra": [4.8, 4.6, 5.0]},
})  # fmt: skip
item(f"growth trial, final weight (g) of juvenile trout, 2 temps × 3 diets, 3 tanks per combo:\n{_F49_TROUT}\ntwo-way "
     "ANOVA with the temp×diet interaction — p-value for the diet main effect?", "anova", "number", _F49_TROUT_F["b"][1],
     key="p_value", tol=1e-6)  # fmt: skip
item(f"yield trial (t/ha), 2 nitrogen rates × 3 varieties, 3 plots each:\n{_F49_WHEAT}\ntwo-way ANOVA with "
     "interaction: p-value for the variety main effect?", "anova", "number", _F49_WHEAT_F["b"][1], key="p_value",
     tol=1e-6)  # fmt: skip
item(f"wheat yield, 2 nitrogen rates × 3 varieties, 3 plots each:\n{_F49_WHEAT}\nF statistic for the interaction?",
     "anova", "number", _F49_WHEAT_F["ab"][0], key="statistic", tol=1e-6)  # fmt: skip
for q, runs in (
    ("hatchery trial w/ 5 two-level factors (temp, stocking density, photoperiod, feed ration, flow), a 2^(5−1) half "
     "fraction plus 3 centre-point tanks. total number of runs (tanks)?", 2 ** (5 - 1) + 3),
    ("screening 6 two-level factors (A, B, C, D, E, F) with a 2^(6-2) quarter fraction plus 4 center-point batches. how "
     "many runs?", 2 ** (6 - 2) + 4),
):  # fmt: skip
    item(q, "design", "runs", runs)
item("hatchery trial w/ 4 two-level factors (temp, density, photoperiod, flow), a 2^(5-1) half fraction plus 3 "
     "centre-point tanks. total runs?", "design", "refuse", None)  # fmt: skip
_F49_LARVAE = [14, 9, 17, 12, 11, 15, 8, 13, 16, 10, 12, 14]
_F49_DELAYS = [5, 3, 6, 4, 7, 5, 2, 6, 4, 5, 3, 7, 6, 4, 5, 6, 3, 5, 4, 6]
item("deformity screening: 250 larvae x-rayed from each of 12 hatchery batches, # deformed per batch: "
     f"{', '.join(map(str, _F49_LARVAE))}. p chart UCL (as a proportion)?", "control_chart", "number",
     _f49_p_ucl(_F49_LARVAE, 250), key="ucl")  # fmt: skip
item(f"p chart: 200 boards inspected from each of 12 lots, defectives per lot: {', '.join(map(str, _F49_LARVAE))}. "
     "UCL?", "control_chart", "number", _f49_p_ucl(_F49_LARVAE, 200), key="ucl")  # fmt: skip
item("p chart for delay fraction, 160 deps every day (constant n). daily delays over 20 days: "
     f"{', '.join(map(str, _F49_DELAYS))}. 3-sigma UCL?", "control_chart", "number", _f49_p_ucl(_F49_DELAYS, 160),
     key="ucl")  # fmt: skip
item(f"p chart, 3 delays every day. daily counts: {', '.join(map(str, _F49_DELAYS[:10]))}. UCL?", "control_chart",
     "refuse", None)  # fmt: skip
item("smolt release program wants fork length between 120 and 180 mm. cohort: mean 157.2 mm, sd 7.4 mm (the process "
     "sd). Cpk?", "capability", "number", min(180 - 157.2, 157.2 - 120) / (3 * 7.4), key="value")  # fmt: skip
item("customer wants shaft diameter between 24.90 and 25.10 mm; process mean 25.02 mm, sd 0.025 mm. Cpk?",
     "capability", "number", min(25.10 - 25.02, 25.02 - 24.90) / (3 * 0.025), key="value")  # fmt: skip
item("cohort fork lengths ranged between 120 and 180 mm: mean 157.2 mm, sd 7.4 mm. Cpk?", "capability", "refuse",
     None)  # fmt: skip
item("mid-clamp torque spec 15 ± 2 N·m. we audit 5 clamps per job, average range across jobs R̄ = 1.1 N·m (sigma as "
     "R̄/d2). Cp?", "capability", "number", 4 / (6 * 1.1 / _w4_d2(5)), key="value")  # fmt: skip
item("line spec 50 ± 3 g. we weigh 4 bags per hour, R-bar = 2.1 g (sigma = R-bar/d2). Cp?", "capability", "number",
     6 / (6 * 2.1 / _w4_d2(4)), key="value")  # fmt: skip
# f49: a component added to a batch on hand (c x + a B = t (B + x)); a moisture content on the dry basis (the dry
# matter 100/(100 + MC) of each weight kept); a mark-recapture population (Lincoln-Petersen R N = M C, Chapman named:
# N + 1 = (M + 1)(C + 1)/(R + 1)); two kinds of item named by a model ("737s", "F-150s") with each's breakdown in
# brackets, a total named before its number ("wheel count ... is 236") or in prefixed units ("9.27 kW"); every root of
# an equation written beside an abbreviation ("A/C", "I/O")
_x49, _n49 = sp.symbols("x N", positive=True)
for q, batch, have, added, target in (
    ("Finishing room has 20 L of walnut stain at 8% pigment (by volume). How many litres of the 20% pigment "
     "concentrate do we add to bring the whole batch to 12%?", 20, 8, 20, 12),
    ("doing a solar thermal side job. loop has 40 gal of 25% propylene glycol mix, I want the whole thing at 40%. how "
     "many gallons of 60% glycol concentrate do I add (not draining anything)?", 40, 25, 60, 40),
    ("the tank holds 500 L of a 2% brine. what volume of 10% brine must be added to raise it to 4%?", 500, 2, 10, 4),
    ("we have 50 kg of a 30% syrup; how much 5% syrup should we add to get it down to 20%?", 50, 30, 5, 20),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(sp.Eq(added * _x49 + have * batch, target * (batch + _x49)), _x49)[0]))
item("Finishing room has 20 L of walnut stain at 8% pigment (by volume). How many litres of the 20% pigment concentrate "
     "do we add to bring the whole batch to 25%?", "algebra", "refuse", None)  # fmt: skip
for q, wet, mc_in, mc_out, water in (
    ("Green maple blank weighs 52 kg at 30% moisture content. MC is on the usual oven-dry basis (water weight ÷ "
     "oven-dry wood weight). Assuming only water is lost, what will it weigh in kg once dried to 8% MC?", 52, 30, 8,
     False),
    ("a 130 lb stack of oak boards at 30% moisture (dry basis) is kiln dried to 12%. how many lb does it weigh after?",
     130, 30, 12, False),
    ("a 130 lb stack of oak boards at 30% moisture (dry basis) is kiln dried to 12%. how much water is removed?", 130,
     30, 12, True),
):  # fmt: skip
    _dry49 = sp.Rational(wet) / (1 + sp.Rational(mc_in, 100))  # the oven-dry weight kept
    _out49 = _dry49 * (1 + sp.Rational(mc_out, 100))
    item(q, "algebra", "number", float(wet - _out49 if water else _out49))
item("a 130 lb stack of oak boards at 30% moisture (dry basis, not wet basis) is kiln dried to 12%. how many lb does it "
     "weigh after?", "algebra", "refuse", None)  # fmt: skip
for q, marked, caught, recaptured, chapman in (
    ("mark-recapture on the pond: we floy-tagged 240 bass, released them, a week later electrofished 150 and 18 of "
     "those had tags. pop estimate? plain Lincoln–Petersen (N = MC/R), no Chapman correction", 240, 150, 18, False),
    ("Lincoln-Petersen estimate: 120 newts were marked and released; in a second sample of 80 newts, 16 were marked. "
     "How many newts are in the pond?", 120, 80, 16, False),
    ("capture-recapture study: we marked 60 butterflies, later caught 45 of which 9 were marked. Estimate the "
     "population with Chapman's estimator.", 60, 45, 9, True),
):  # fmt: skip
    _eq49 = (sp.Eq(_n49 + 1, sp.Rational((marked + 1) * (caught + 1), recaptured + 1)) if chapman
             else sp.Eq(recaptured * _n49, marked * caught))  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(_eq49, _n49)[0]))
item("mark-recapture: we tagged 240 bass, later caught 150 and 300 had tags. population estimate?", "algebra", "refuse",
     None)  # fmt: skip
for q, rows, rhs, index in (
    ("tyre pool planning. mixed fleet of 30 A/C: 737s run 6 wheels each (4 MLG + 2 NLG), 777s run 14 (12 MLG + 2 "
     "NLG). wheel count across the fleet is 236. how many 777s?", [[1, 1], [6, 14]], [30, 236], 1),
    ("a depot has 40 trucks: F-150s take 5 tyres each (4 + 1 spare), F-350s take 7 (6 + 1 spare). total tyres: 236. "
     "how many F-350s?", [[1, 1], [5, 7]], [40, 236], 1),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
for q, rows, rhs, index in (
    ("job last week we used up leftover stock: some 400 W panels and some 370 W panels, 24 panels total, nameplate "
     "came to 9.27 kW DC. how many of the 400 W ones went on the roof?", [[1, 1], [400, 370]], [24, 9270], 0),
    ("we installed 30 modules, a mix of 450 W modules and 300 W modules, 11.4 kW in total. how many of the 450 W "
     "modules?", [[1, 1], [450, 300]], [30, 11400], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("mixed fleet of 30 A/C: 737s run 6 wheels each (4 MLG + 3 NLG), 777s run 14 (12 MLG + 2 NLG). wheel count across "
     "the fleet is 236. how many 777s?", "algebra", "refuse", None)  # fmt: skip
for q, coefficients in (
    ("char eqn out of a 3-state A/C availability model: x³ − 6x² + 11x − 6 = 0. all roots?", [1, -6, 11, -6]),
    ("the A/C pack model gives x^3 + 6x^2 + 11x + 6 = 0, what are all the roots?", [1, 6, 11, 6]),
    ("x^3 - 7x + 6 = 0 from the I/O model. all solutions?", [1, 0, -7, 6]),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(sp.Poly(coefficients, x).as_expr(), x)])
# f49: distributions stated in words, not named: a survival or hatch rate per item with the items counted, a chance of
# the counted event per trial, a normal's share beyond a limit named before and asked by its initials, an exponential
# "mean time-to-failure" asked "still pinging at", a Poisson mean from MTBUR and the fleet's hours, Bayes with an
# inspector's calls and a false call rate
for q, value in (
    ("surgically implanting acoustic tags in 12 salmon smolts, post-surgery survival is ~85% per fish and we'll treat "
     "them as independent. P(at least 10 of the 12 survive)?", stats.binom.sf(9, 12, 0.85)),
    ("hatch rate ~90% per egg, independent. 20 eggs in the incubator. P(at least 17 of the 20 hatch)?",
     stats.binom.sf(16, 20, 0.90)),
    ("tech dispatch rel 98.5% per departure (so 1.5% chance of a tech delay, indep). A/C does 60 departures this "
     "month. P(at most 1 tech delay)? exact binomial", stats.binom.cdf(1, 60, 0.015)),
    ("each flight has a 2% chance of a bird strike, independent. a crew flies 80 flights this quarter. P(at most 2 "
     "bird strikes)? binomial", stats.binom.cdf(2, 80, 0.02)),
    ("cod in this year's survey: total length roughly normal, mean 52 cm, sd 6 cm. min landing size is 45 cm — what "
     "fraction of the fish are above MLS?", stats.norm.sf(45, 52, 6)),
    ("fill weights normal, mean 500 g, sd 4 g; the legal minimum (LM) is 492 g. what share of packs are under the LM?",
     stats.norm.cdf(492, 500, 4)),
    ("acoustic transmitter failures look exponential with a mean time-to-failure of 180 days. prob a given tag is "
     "still pinging at 365 days post-release?", stats.expon.sf(365, scale=180)),
    ("sensor lifetimes are exponential, mean-time-to-failure 2000 hours. probability it is still transmitting after "
     "3000 hours?", stats.expon.sf(3000, scale=2000)),
    ("FCU MTBUR = 8,000 FH, removals assumed Poisson. fleet will fly 24,000 FH next qtr. prob of MORE than 5 "
     "unscheduled removals in the qtr? (spares calc)", stats.poisson.sf(5, 24000 / 8000)),
    ("MTBF = 5,000 flight hours, failures assumed Poisson. the fleet will fly 15,000 flight hours next month. "
     "probability of at most 1 failure?", stats.poisson.cdf(1, 15000 / 5000)),
    ("HPT blade borescope: 3% of engines in the fleet actually have a cracked blade. inspector calls a crack 92% of "
     "the time when one is there, false call rate 4% on clean engines. engine gets a crack call — P(actually "
     "cracked)?", 0.03 * 0.92 / (0.03 * 0.92 + 0.97 * 0.04)),
    ("weld inspection: 5% of welds actually have a flaw. the inspector calls a flaw 90% of the time when there is one; "
     "false call rate 2% on sound welds. a weld gets a flaw call - P(it really is flawed)?",
     0.05 * 0.90 / (0.05 * 0.90 + 0.95 * 0.02)),
):  # fmt: skip
    item(q, "probability", "number", float(value), tol=1e-6)
item("FCU MTBUR = 8,000 FH. fleet will fly 24,000 FH next qtr. prob of MORE than 5 unscheduled removals in the qtr?",
     "probability", "refuse", None)  # fmt: skip
# f49: unit conversion whose target is named without "to" ("depth in metres?" after the value, "loadsheet wants block
# fuel in kg" before it, "ERP wants cubic metres"), a unit the question defines ("1 board foot = 144 cubic inches"),
# the fathom (6 ft); a square linear system written as labelled rows of coefficients and totals ("sector 1: 20 / 60 /
# 25 min, 5000 kg"), its unknowns named by a header ("climb/cruise/descent") and one asked by name
# (references: scipy.constants, numpy.linalg.solve)
_F49_FATHOM = 6 * constants.foot
for q, fathoms in (
    ("old logbook has the longline set at 85 fathoms. depth in metres?", 85),
    ("depth in metres? the chart says 12 fathoms", 12),
    ("the wreck lies at 40 fathoms - how deep is that in m?", 40),
):  # fmt: skip
    item(q, "unit_conversion", "number", fathoms * _F49_FATHOM, key="value")
for q, value, source, target in (
    ("loadsheet wants block fuel in kg, FMC says 42,000 lb. conversion?", 42000, constants.pound, 1.0),
    ("the datasheet needs pressure in bar; gauge reads 87 psi. conversion?", 87, constants.psi, constants.bar),
    ("our MES wants torque in N·m and the wrench is set to 35 ft-lb - convert", 35, constants.foot * constants.lbf, 1.0),
):  # fmt: skip
    item(q, "unit_conversion", "number", value * source / target, key="value")
_F49_BOARD_FOOT = 144 * constants.inch**3
for q, volume in (
    ("Supplier quotes 1,250 board feet of white oak (1 board foot = 144 cubic inches). Our ERP wants cubic metres. "
     "What's that in m³?", 1250 * _F49_BOARD_FOOT),
    ("A board foot is 144 cubic inches. How many cubic metres is 1,250 board feet?", 1250 * _F49_BOARD_FOOT),
    ("we bought 40 cords of firewood (one cord = 128 cubic feet). in m3?", 40 * 128 * constants.foot**3),
):  # fmt: skip
    item(q, "unit_conversion", "number", volume, key="value")
item("loadsheet wants block fuel in kg, FMC says 42,000. conversion?", "unit_conversion", "refuse", None)
item("the datasheet needs pressure in kg; gauge reads 87 psi. conversion?", "unit_conversion", "refuse", None)
for q, a, b, asked in (
    ("trying to back out phase burn rates (kg/min) from 3 sectors. climb/cruise/descent mins and trip fuel:\n"
     "sector 1: 20 / 60 / 25 min, 5000 kg\nsector 2: 18 / 120 / 30 min, 7620 kg\nsector 3: 25 / 200 / 28 min, 11810 kg\n"
     "assume constant rate per phase, solve the 3x3. what's the cruise burn rate in kg/min?",
     [[20, 60, 25], [18, 120, 30], [25, 200, 28]], [5000, 7620, 11810], 1),
    ("Blending: each batch uses resin/filler/pigment in kg, and we know its total cost.\nbatch 1: 4 / 2 / 1 kg = 58 $\n"
     "batch 2: 3 / 5 / 2 kg = 71 $\nbatch 3: 2 / 1 / 3 kg = 49 $\nsolve for the price per kg. what is the filler price?",
     [[4, 2, 1], [3, 5, 2], [2, 1, 3]], [58, 71, 49], 1),
    ("two shifts, hours on lathe/mill and total parts:\nshift 1: 3 / 2 h, 120 parts\nshift 2: 1 / 4 h, 140 parts\n"
     "solve it - what's the mill rate?", [[3, 2], [1, 4]], [120, 140], 1),
):  # fmt: skip
    item(q, "linear_algebra", "number", float(np.linalg.solve(np.array(a, float), np.array(b, float))[asked]))
item("climb/cruise/descent mins and fuel:\nsector 1: 20 / 60 / 25 min, 5000 kg\nsector 2: 40 / 120 / 50 min, 10000 kg\n"
     "sector 3: 25 / 200 / 28 min, 11810 kg\nsolve the 3x3. what's the cruise burn rate?", "linear_algebra", "refuse",
     None)  # fmt: skip
# f49: optimisation word problems: a folded tray's corner cut named by its own letter ("squares of side h", "h-by-h
# squares"); a formula's extreme with its parameters given values beside it ("with r = 0.4 /yr and K = 12,000 t"); a
# cost per unit time with its money unit in brackets ("($/FH)") and its variable glossed as an interval or a quantity
# (>= 0); a quantity defined through another by its bare letter ("I = 9 - 0.0025V^2 ... P = V*I")
_x49 = sp.Symbol("x", positive=True)
for q, length, width in (
    ("We make open drawer-organizer trays from a 60 cm × 40 cm hardboard sheet: cut an equal square of side h out of "
     "each corner and fold up the sides. What h (cm) gives the max tray volume? Exact answer please.", 60, 40),
    ("An open box is folded from a 60 cm by 40 cm sheet after cutting squares of side s from each corner. Which s "
     "gives the largest volume?", 60, 40),
    ("Open-top tray from a 16 in x 10 in sheet: cut h-by-h squares from the four corners, fold up the sides. find h "
     "that maximizes the volume", 16, 10),
):  # fmt: skip
    _v49 = _x49 * (length - 2 * _x49) * (width - 2 * _x49)
    item(q, "calculus", "set",
         [str(r) for r in sp.solve(sp.diff(_v49, _x49), _x49) if r < sp.Rational(min(length, width), 2)])  # fmt: skip
item("From a 60 cm × 40 cm sheet, cut squares of side x from each corner and fold into an open tray. What h (height, "
     "cm) gives the max volume?", "calculus", "refuse", None)  # fmt: skip
for q, r, k in (
    ("Schaefer surplus production for the hake stock: P(B) = r·B·(1 − B/K) with r = 0.4 /yr and K = 12,000 t. what's "
     "the max sustainable yield, i.e. the maximum of P(B), in t/yr?", sp.Rational(2, 5), 12000),
    ("Logistic surplus P(B) = r·B·(1 − B/K), r = 0.3 per year, K = 50,000 t. What is the maximum surplus production?",
     sp.Rational(3, 10), 50000),
):  # fmt: skip
    _p49 = r * _x49 * (1 - _x49 / k)
    item(q, "calculus", "number", float(sp.maximum(_p49, _x49, sp.Interval(0, k))), tol=1e-9)
item("Yield model Y(N) = a*N - b*N^2 with a = 3 and b = 0.01. What N gives the maximum Y?", "calculus", "set",
     [str(r) for r in sp.solve(sp.diff(3 * _x49 - _x49**2 / 100, _x49), _x49)])  # fmt: skip
item("Surplus production P = r·B·(1 − B/K) with r = 0.4 /yr and K = 12,000 t. What B gives the maximum P?",
     "calculus", "set", [str(r) for r in sp.solve(sp.diff(_x49 * (1 - _x49 / 12000), _x49), _x49)])  # fmt: skip
item("Schaefer model: P(B) = r·B·(1 − B/K) with r = 0.4/yr. what's the max of P(B)?", "calculus", "refuse", None)
for q, a, b in (
    ("soft-time for a hyd pump: cost per FH model C(T) = 12000/T + 0.03·T ($/FH), T = removal interval in FH. which T "
     "minimises C? exact pls, no rounding", 12000, sp.Rational(3, 100)),
    ("Replacement cost rate C(T) = 500/T + 2T (€/h), T = replacement interval in hours. What T minimizes C?", 500, 2),
    ("total cost TC(Q) = 100000/Q + 1.25*Q ($/yr), Q = order quantity. which Q minimizes TC?", 100000,
     sp.Rational(5, 4)),
):  # fmt: skip
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(a / _x49 + b * _x49, _x49), _x49)])
for q, i0, c in (
    ("toy I-V model for a panel: I = 9 − 0.0025·V² amps, so power P = V·I. at what voltage V (volts) is power "
     "maximized? basically where the MPPT should sit. exact form is fine", 9, sp.Rational(1, 400)),
    ("A solar cell's current is I = 5 - 0.01V^2 A and its power is P = V*I. What voltage V maximizes P?", 5,
     sp.Rational(1, 100)),
):  # fmt: skip
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(_x49 * (i0 - c * _x49**2), _x49), _x49)])
item("A rectangular pen: width w, length L = 20 - w (m), area A = w*L. What w gives the maximum area?", "calculus",
     "set", [str(r) for r in sp.solve(sp.diff(_x49 * (20 - _x49), _x49), _x49)])  # fmt: skip
item("I = 9 - 0.0025V^2 amps, power P = V*I*R. at what voltage V is power maximized?", "calculus", "refuse", None)
# f50: a two-way layout with a level before its first cell's label and the other factor's cells labelled alone after
# it ("Citra @12°C: 6.8, 7.1, 6.9 | @18°C: ..."), or a level then "label values" cells split at semicolons ("A1: D1
# 99.6, 99.9; D2 100.2, 100.5; ..."), the term asked by its factor's name; a specification "must deliver <quantity>
# between A% and B%"; an extreme asked with the verb "maxes". References: _f45_twoway's sums of squares, Cpk from the
# limits, sympy's critical point of the kind asked; near misses decline
_F50_HOPS = _f45_twoway({
    ("Citra", "12"): [6.8, 7.1, 6.9], ("Citra", "18"): [7.4, 7.6, 7.2], ("Citra", "22"): [7.0, 7.3, 6.9],
    ("Mosaic", "12"): [6.5, 6.7, 6.4], ("Mosaic", "18"): [7.0, 6.8, 7.1], ("Mosaic", "22"): [6.9, 7.2, 6.8],
})  # fmt: skip
_F50_HOP_GRID = ("Citra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, 7.3, 6.9\n"
                 "Mosaic @12°C: 6.5, 6.7, 6.4 | @18°C: 7.0, 6.8, 7.1 | @22°C: 6.9, 7.2, 6.8")  # fmt: skip
_F50_ANALYSTS = _f45_twoway({
    ("A1", "D1"): [99.6, 99.9], ("A1", "D2"): [100.2, 100.5], ("A1", "D3"): [99.8, 99.4],
    ("A2", "D1"): [99.0, 99.3], ("A2", "D2"): [99.9, 99.5], ("A2", "D3"): [98.9, 99.2],
})  # fmt: skip
_F50_ANALYST_CELLS = ("A1: D1 99.6, 99.9; D2 100.2, 100.5; D3 99.8, 99.4. A2: D1 99.0, 99.3; D2 99.9, 99.5; D3 98.9, "
                      "99.2.")  # fmt: skip
item(f"dry hop trial, aroma score (panel avg) — 2 hops × 3 dry-hop temps, 3 reps each:\n{_F50_HOP_GRID}\ntwo-way "
     "ANOVA w/ hop×temp interaction in the model — p-value for the temperature main effect?", "anova", "number",
     _F50_HOPS["b"][1], key="p_value", tol=1e-6)  # fmt: skip
item(f"aroma, 2 hops × 3 dry-hop temps, 3 reps each:\n{_F50_HOP_GRID}\ntwo-way ANOVA with interaction. p-value for "
     "the hop effect?", "anova", "number", _F50_HOPS["a"][1], key="p_value", tol=1e-6)  # fmt: skip
item("aroma scores, 2 hops x 3 temps, triplicate. Citra 12°C: 6.8, 7.1, 6.9; 18°C: 7.4, 7.6, 7.2; 22°C: 7.0, 7.3, "
     "6.9. Mosaic 12°C: 6.5, 6.7, 6.4; 18°C: 7.0, 6.8, 7.1; 22°C: 6.9, 7.2, 6.8. Two-way ANOVA with interaction: F "
     "for the temp?", "anova", "number", _F50_HOPS["b"][0], key="statistic", tol=1e-6)  # fmt: skip
item("intermediate precision, %LC; 2 analysts × 3 days, n=2 reps per cell (balanced). "
     f"{_F50_ANALYST_CELLS} two-way ANOVA w/ analyst×day interaction in the model; p-value for the analyst main "
     "effect?", "anova", "number", _F50_ANALYSTS["a"][1], key="p_value", tol=1e-6)  # fmt: skip
item(f"assay %LC, 2 analysts × 3 days, duplicate. {_F50_ANALYST_CELLS} Two-way ANOVA with analyst x day "
     "interaction; p-value for the day effect?", "anova", "number", _F50_ANALYSTS["b"][1], key="p_value",
     tol=1e-6)  # fmt: skip
item("aroma, 2 hops × 3 temps, 3 reps each:\nCitra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, 7.3, "
     "6.9\nMosaic @12°C: 6.5, 6.7, 6.4 | @18°C: 7.0, 6.8, 7.1\ntwo-way ANOVA with interaction — p-value for the "
     "temperature main effect?", "anova", "refuse", None)  # fmt: skip
for q, lsl, usl, mean, sd in (
    ("Our meter refurbishment shop must deliver registration accuracy between 98.5% and 101.5%. The shop's process "
     "is stable with mean 100.3% and a within-process standard deviation of 0.35%. What is the Cpk?", 98.5, 101.5,
     100.3, 0.35),
    ("Spec: the press must deliver a bore diameter between 11.95 mm and 12.05 mm. Process mean 12.01 mm, sd 0.012 mm. "
     "Cpk?", 11.95, 12.05, 12.01, 0.012),
    ("The filler must produce fill weights between 495 g and 505 g. Process mean 501.2 g, sd 1.1 g. Cpk?", 495, 505,
     501.2, 1.1),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
item("The shop delivered registration accuracy between 98.5% and 101.5% last year. The process mean is 100.3% and the "
     "standard deviation 0.35%. What is the Cpk?", "capability", "refuse", None)  # fmt: skip
_x50 = sp.Symbol("x", nonnegative=True)
for q, f50 in (
    ("sensory team fit aroma score vs dry hop rate: A(h) = −h³ + 6h² + 15h + 10, h in g/L (h ≥ 0). what h maxes A?",
     -(_x50**3) + 6 * _x50**2 + 15 * _x50 + 10),
    ("profit P(x) = -2x^3 + 9x^2 + 60x - 20 for x >= 0. Which x maxes P?", -2 * _x50**3 + 9 * _x50**2 + 60 * _x50 - 20),
):  # fmt: skip
    item(q, "calculus", "set",
         [str(r) for r in sp.solve(sp.diff(f50, _x50), _x50) if sp.diff(f50, _x50, 2).subs(_x50, r) < 0])  # fmt: skip
item("A(h) = -h^3 + 6h^2 + 15h + 10 for h >= 0; the panel says A maxes somewhere. At what h is A zero?", "calculus",
     "refuse", None)  # fmt: skip


# f50: summary-statistics tests and sizes: the F test of two variances from each group's sd and size ("s = 4.2 Å from
# 16 wafers"), two-sided; a mean's sample size from a difference written "Δ = 2.0%" with an sd in percent (percentage
# points) or "a 15 Å mean thk offset" by the normal approximation; the smallest Plackett-Burman design for k factors
# counted with words between ("9 litho track factors"): the least multiple of 4 above k
def _f50_f_p(n1: int, s1: float, n2: int, s2: float) -> float:
    """Two-sided p of F = s1^2/s2^2 on (n1 - 1, n2 - 1) df."""
    dist = stats.f(n1 - 1, n2 - 1)
    ratio = s1**2 / s2**2
    return float(2 * min(dist.cdf(ratio), dist.sf(ratio)))


for q, n1, s1, n2, s2 in (
    ("SPC on nitride thk: old CVD tool s = 4.2 Å from 16 wafers, new tool s = 2.6 Å from 21 wafers. F test for equal "
     "variances, two-sided -> p-value?", 16, 4.2, 21, 2.6),
    ("Line A: n = 16, sd = 4.2; line B: n = 21, sd = 2.6. F-test of equal variances, p-value?", 16, 4.2, 21, 2.6),
    ("compare precision of 2 gauges: gauge A sd 0.012 mm over 25 readings, gauge B sd 0.020 mm over 25 readings. F "
     "test of equal variances, alpha 0.05?", 25, 0.012, 25, 0.020),
    ("n1=10, s1=1.8, n2=13, s2=0.9: are the variances equal? (F test)", 10, 1.8, 13, 0.9),
):  # fmt: skip
    item(q, "hypothesis_test", "number", _f50_f_p(n1, s1, n2, s2), key="p_value", tol=1e-6)
item("is the new tool less variable? old s = 4.2 from 16 wafers, new s = 2.6 from 21 wafers, F test",
     "hypothesis_test", "refuse", None)  # fmt: skip
for q, delta, sd, power in (
    ("dissolution, old vs new excipient supplier; want to detect Δ = 2.0% dissolved between means; sd 3.0% both; α = "
     "0.05 two-sided; power 80%. n per group? (z-based formula, no t iteration; round up)", 2.0, 3.0, 0.8),
    ("assay, two suppliers: detect a difference of 1.5% between means with sd 2.5%, alpha 0.05, 80% power, z-based. n "
     "per group?", 1.5, 2.5, 0.8),
    ("tool matching study: want to detect a 15 Å mean thk offset between 2 furnaces, σ ≈ 20 Å on both, α = 0.05 "
     "two-sided, 90% power, normal approx (z formula). wafers needed per furnace?", 15, 20, 0.9),
    ("we want to detect a 4 psi strength offset between two plants, sd 6 psi, alpha 0.05, power 80%, z formula: n per "
     "plant?", 4, 6, 0.8),
):  # fmt: skip
    _z50 = stats.norm.ppf(0.975) + stats.norm.ppf(power)
    item(q, "sample_size", "int", math.ceil(2 * (_z50 * sd / delta) ** 2), key="n")
item("detect a 10% increase in yield between two lines, sd 3%, 80% power, alpha 0.05: n per group?", "sample_size",
     "refuse", None)  # fmt: skip
for q, k in (
    ("want a plackett-burman screen for 9 litho track factors, smallest PB design that fits -> how many runs?", 9),
    ("smallest Plackett-Burman design for 11 wet etch bath factors: how many runs?", 11),
    ("smallest PB screen for 13 molding process factors -> runs?", 13),
):  # fmt: skip
    item(q, "design", "int", 4 * (k // 4 + 1), key="runs")
# f50: a stated formula solved for one name at values stated beside it in prose ("OG was 1.058", "6.3% ABV"); two
# curves of one quantity crossing, the ask restated after "i.e."; every real root kept when all of them are asked
_fg50, _q50, _x50 = sp.symbols("FG Q x")
for q, og, abv in (
    ("using the simple ABV = (OG − FG) × 131.25 formula: OG was 1.058, label says 6.3% ABV. what FG do we need to "
     "finish at to hit exactly 6.3?", "1.058", "6.3"),
    ("ABV = (OG − FG) × 131.25. Our OG is 1.050 and we want 5.5% ABV: what FG should we finish at?", "1.050", "5.5"),
    ("With ABV = (OG - FG)*131.25, what final gravity FG gives 5% ABV from an OG of 1.048?", "1.048", "5"),
):  # fmt: skip
    item(q, "algebra", "set",
         [str(r) for r in sp.solve((sp.Rational(og) - _fg50) * sp.Rational("131.25") - sp.Rational(abv), _fg50)])  # fmt: skip
item("ABV = (OG − FG) × 131.25: OG was 1.058. what FG do we need to finish at?", "algebra", "refuse", None)
for q, a, b, c, d in (
    ("Booster station No. 3: the pump curve is H = 50 − 0.002·Q² and the system curve is H = 20 + 0.001·Q², with H in "
     "m and Q in L/s. At what flow Q does the pump operate, i.e. where do the two curves cross for positive Q?",
     50, "0.002", 20, "0.001"),
    ("Pump: H = 50 − 0.002Q², system: H = 20 + 0.001Q² (H in m, Q in L/s). Find the operating point Q (positive).",
     50, "0.002", 20, "0.001"),
    ("fan curve p = 800 - 0.5 Q^2 and duct curve p = 0.3 Q^2, Q in m3/s: what Q is the duty point, i.e. where do the "
     "curves intersect for Q > 0?", 800, "0.5", 0, "0.3"),
):  # fmt: skip
    _h50 = a - sp.Rational(b) * _q50**2 - c - sp.Rational(d) * _q50**2
    item(q, "algebra", "set", [str(r) for r in sp.solve(_h50, _q50) if r > 0])
for q in (
    "quadratic cal term rearranged to 2x² − 3x − 20 = 0 ; all real roots pls (both, even the non-physical one)",
    "solve 2x^2 - 3x - 20 = 0, give both roots including the unphysical one",
    "2x^2 - 3x - 20 = 0 is my calibration equation; I want every solution, even the non-physical negative one",
):
    item(q, "algebra", "set", [str(r) for r in sp.solve(2 * _x50**2 - 3 * _x50 - 20, _x50)])
item("solve 2x^2 - 3x - 20 = 0, the physical root only", "algebra", "set",
     [str(r) for r in sp.solve(2 * _x50**2 - 3 * _x50 - 20, _x50) if r >= 0])  # fmt: skip


# f50: one unknown of a linear system asked by a verb ("tell me q3", "report c1", "give me y", "I need x2") or closing
# the words after the last equation; unknowns named by words with a letter in brackets ("pale (x)"), used by either
# name ("pale = 3 × (munich + crystal)"), a total in words summing them, and asked by the word ("how many lb munich?")
_F50_Q = sp.symbols("q1 q2 q3")
((_F50_Q1, _F50_Q2, _F50_Q3),) = sp.linsolve(
    (sp.Matrix([[1, 1, 1], [1, -1, 0], [0, 2, -1]]), sp.Matrix([120, 10, 5])), _F50_Q
)
item("For the three-branch loop I have these relations between the branch flows (L/s):\n  1. q1 + q2 + q3 = 120\n"
     "  2. q1 − q2 = 10\n  3. 2·q2 − q3 = 5\nPlease solve the system and tell me q3.", "linear_algebra", "expr",
     expr(_F50_Q3))  # fmt: skip
item("branch flows: q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. solve it and give me q1", "linear_algebra", "expr",
     expr(_F50_Q1))  # fmt: skip
_F50_UV = np.linalg.solve(np.array([[0.052, 0.011], [0.008, 0.047]]), np.array([0.614, 0.482]))
item("2-component UV assay (Vierordt); at λ1: 0.052·c1 + 0.011·c2 = 0.614 AU; at λ2: 0.008·c1 + 0.047·c2 = 0.482 AU; "
     "c in µg/mL. solve the system, report c1", "linear_algebra", "number", float(_F50_UV[0]))  # fmt: skip
item("Vierordt two-wavelength assay: 0.052c1 + 0.011c2 = 0.614 and 0.008c1 + 0.047c2 = 0.482. I need c2 (µg/mL).",
     "linear_algebra", "number", float(_F50_UV[1]))  # fmt: skip
item("q1 + q2 + q3 = 120, q1 - q2 = 10, 2q2 - q3 = 5. solve the system and tell me q1 and q3", "linear_algebra",
     "expr", str(sp.Matrix([_F50_Q1, _F50_Q2, _F50_Q3])))  # fmt: skip
_F50_MALT = np.linalg.solve(np.array([[1, 1, 1], [0.80, 0.78, 0.74], [1, -3, -3]]), np.array([1200, 950, 0]))
item("grain bill sanity check — 3 malts, pale (x), munich (y), crystal (z), all lb. total 1200 lb; extract: 0.80x + "
     "0.78y + 0.74z = 950 lb; and pale = 3 × (munich + crystal). solve the system, how many lb munich?", "algebra",
     "number", float(_F50_MALT[1]))  # fmt: skip
item(
    "Two alloys, brass (b) and bronze (r), in kg. total 500 kg; copper balance: 0.7b + 0.9r = 410. how much bronze?",
    "algebra",
    "number",
    float(np.linalg.solve(np.array([[1, 1], [0.7, 0.9]]), np.array([500, 410]))[1]),
)
item(
    "Feed mix of corn (c), soy (s), oats (o): c + s + o = 100 kg; soy = 2 × oats; 0.09c + 0.44s + 0.12o = 18 kg "
    "protein. What is corn?",
    "algebra",
    "number",
    float(np.linalg.solve(np.array([[1, 1, 1], [0, 1, -2], [0.09, 0.44, 0.12]]), np.array([100, 0, 18]))[0]),
)
item("grain bill — 3 malts, pale (x), munich (y), crystal (z), all lb. extract: 0.80x + 0.78y + 0.74z = 950 lb; and "
     "pale = 3 × (munich + crystal). solve the system, how many lb munich?", "algebra", "refuse", None)  # fmt: skip

# f50: a u chart whose inspection unit is an amount surveyed each period ("surveys 8 km of main every week", leaks per
# km; asked per another amount it declines); Cp from R-bar with the d2 the question gives ("d₂ = 2.059", "d2 (n=4) =
# 2.059"); a two-way layout with a level named "alpha" (a label, not the significance level); a one-way ANOVA of six or
# more groups (none bound to the reserved name e). References: u-bar + 3 sqrt(u-bar/n), (USL - LSL)/(6 R-bar/d2),
# _f45_twoway's sums of squares, scipy's f_oneway
_F50_LEAKS = [5, 3, 7, 4, 6, 2, 5, 8, 4, 6, 3, 5]
_F50_LEAK_TEXT = ", ".join(map(str, _F50_LEAKS))


def _f50_u_ucl(counts: list[int], n: float) -> float:
    """A u chart's 3-sigma UCL from the counts of samples of n inspection units."""
    u = sum(counts) / (len(counts) * n)
    return u + 3 * math.sqrt(u / n)


for q in (
    "The leak detection crew surveys 8 km of main every week. Leaks found in the last 12 weeks were: "
    f"{_F50_LEAK_TEXT}. I'd like a u chart on leaks per km, using the standard 3-sigma limits. What is the UCL in leaks "
    "per km?",
    f"Each week the crew surveys 8 km of main. Leaks found over 12 weeks: {_F50_LEAK_TEXT}. u chart UCL (leaks per km)?",
    f"8 km of pipe are inspected weekly; leak counts for 12 weeks: {_F50_LEAK_TEXT}. Compute the u chart upper control "
    "limit per kilometre.",
):  # fmt: skip
    item(q, "control_chart", "number", _f50_u_ucl(_F50_LEAKS, 8), key="ucl")
item(f"The crew surveys 8 km of main every week. Leaks in the last 12 weeks: {_F50_LEAK_TEXT}. u chart on leaks per "
     "100 m: UCL?", "control_chart", "refuse", None)  # fmt: skip
for q in (
    "carb spec 2.5–2.8 vols CO₂. X̄-R data, subgroups of 4, R̄ = 0.06 vols. estimate σ = R̄/d₂ with d₂ = 2.059 → Cp?",
    "Spec limits 2.5 to 2.8. X-bar/R chart with subgroups of 4 gives R-bar = 0.06; using d2 = 2.059 for sigma, what is "
    "Cp?",
    "LSL 2.5, USL 2.8, Rbar 0.06 from subgroups of n=4, d2 (n=4) = 2.059. Estimate sigma as Rbar/d2 and give Cp.",
):  # fmt: skip
    item(q, "capability", "number", (2.8 - 2.5) / (6 * 0.06 / 2.059), key="value")
_F50_STRAINS, _F50_STRAINS_F = _f49_barred({
    "30C": {"alpha": [4.1, 4.3, 4.2], "beta": [5.0, 5.2, 5.1], "gamma": [4.6, 4.4, 4.5]},
    "37C": {"alpha": [4.8, 4.9, 4.7], "beta": [5.9, 6.1, 6.0], "gamma": [5.0, 5.3, 5.1]},
})  # fmt: skip
item(f"yeast yield, 3 strains at 2 temperatures, 3 flasks per combination:\n{_F50_STRAINS}\ntwo-way ANOVA with "
     "interaction: F for the interaction?", "anova", "number", _F50_STRAINS_F["ab"][0], key="statistic",
     tol=1e-6)  # fmt: skip
item(f"two-way ANOVA at alpha = 0.01, strain × temperature:\n{_F50_STRAINS}\np-value for the strain main effect?",
     "anova", "number", _F50_STRAINS_F["b"][1], key="p_value", tol=1e-6)  # fmt: skip
_F50_SIX = [[5.1, 5.3, 5.2], [6.1, 6.0, 6.3], [5.5, 5.6, 5.4], [5.9, 6.2, 6.0], [5.0, 5.2, 5.1], [6.4, 6.5, 6.3]]
for groups in (_F50_SIX, [*_F50_SIX, [5.7, 5.8, 5.6]]):
    text = "; ".join(" ".join(f"{v:.1f}" for v in g) for g in groups)
    item(f"one-way ANOVA of {len(groups)} groups: {text}. p-value?", "anova", "number",
         stats.f_oneway(*groups).pvalue, key="p_value", tol=1e-6)  # fmt: skip

# f50: a blend's components with their property in brackets ("well water (hardness 450 mg/L)"), one strength added to
# an amount on hand after "added to", mark-recapture told without the survey named, two kinds with the unit in the verb
_x50 = sp.symbols("x50")
for q, total, target, asked, other in (
    ("We are blending well water (hardness 450 mg/L as CaCO3) with treated surface water (120 mg/L) to send out 10 "
     "ML/d at exactly 250 mg/L. Assuming simple mass-balance mixing, how many ML/d of the well water should go into "
     "the blend? An exact fraction is fine.", 10, 250, 450, 120),
    ("Mixing river water (nitrate 40 mg/L) with groundwater (8 mg/L) to supply 5 ML/d at 20 mg/L. How many ML/d of "
     "the river water are needed?", 5, 20, 40, 8),
):  # fmt: skip
    _eq50 = sp.Eq(asked * _x50 + other * (total - _x50), target * total)
    item(q, "algebra", "number", float(sp.solve(_eq50, _x50)[0]))
for q, have, strength, added, target in (
    ("how much 5% saline should be added to 300 mL of 0.9% saline to make a 2% saline?", 300, "0.9", 5, 2),
    ("how many mL of 10% bleach must be added to 500 mL of 2% bleach to get a 4% solution?", 500, "2", 10, 4),
):  # fmt: skip
    _eq50 = sp.Eq(added * _x50 + sp.Rational(strength) * have, target * (have + _x50))
    item(q, "algebra", "number", float(sp.solve(_eq50, _x50)[0]))
for q, marked, caught, recaptured in (
    ("we caught and marked 50 deer, later caught 40, 10 of them marked: population?", 50, 40, 10),
    ("we trapped 80 voles and marked them all; a second trapping caught 60 voles, 12 of them marked. estimate the vole "
     "population", 80, 60, 12),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.Rational(marked * caught, recaptured)))
for q, rows, rhs, index in (
    ("minibuses seat 20 each, vans seat 8 each, 15 vehicles carry 204 people in total: how many minibuses?",
     [[1, 1], [20, 8]], [15, 204], 0),
    ("Large tables seat 10 each and small tables seat 4 each. 30 tables seat 216 guests altogether. How many large "
     "tables are there?", [[1, 1], [10, 4]], [30, 216], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("minibuses seat 20 each, vans seat 8 each, 15 vehicles carry 205 people in total: how many minibuses?", "algebra",
     "refuse", None)  # fmt: skip

# f50: probability with its distribution's parameters in words: a binomial's n and p by elimination (the one count and
# the one share left beside the count asked), "w.p." for "with probability" in Bayes' theorem, a Poisson mean from a
# density per area times the area, an exponential "go 30 days without a break" (survival past 30 days)
_F50_PPV = lambda p, se, fp: p * se / (p * se + (1 - p) * fp)  # noqa: E731
for q, value in (
    ("triangle test, 24 panelists, pure guessing = 1/3 chance of picking the odd cup. if nobody can actually tell, "
     "P(13 or more correct)? exact binomial pls not normal approx", stats.binom.sf(12, 24, 1 / 3)),
    ("From the bench testing program, about 8% of our residential meters older than 15 years under-register beyond "
     "the AWWA limit. If we pull 25 of them at random, what is the probability that at most 2 fail? Please use the "
     "exact binomial, not a normal approximation.", stats.binom.cdf(2, 25, 0.08)),
    ("roughly 5% of our old hydrants are stuck. we check 40 of them. binomial: P(at most 1 stuck)?",
     stats.binom.cdf(1, 40, 0.05)),
    ("24 panelists guess independently with a 1/3 chance each. P(13 or more correct)?", stats.binom.sf(12, 24, 1 / 3)),
    ("OOS screen; 1.5% of batches truly OOS; screen flags a truly OOS batch w.p. 0.98; flags a conforming batch w.p. "
     "0.03. batch gets flagged; P(truly OOS | flagged)?", _F50_PPV(0.015, 0.98, 0.03)),
    ("QC screen: 2% of lots truly bad; assay flags a bad lot w.p. 0.95 and flags a good lot w.p. 0.04. a lot is "
     "flagged; P(truly bad | flagged)?", _F50_PPV(0.02, 0.95, 0.04)),
    ("defect density D0 = 0.3 /cm², die area 3.2 cm², assume poisson defects. P(a die has 2 or more defects)?",
     stats.poisson.sf(1, 0.3 * 3.2)),
    ("particle density 0.05 per cm², wafer area 20 cm², poisson. P(no particles)?", stats.poisson.pmf(0, 0.05 * 20)),
    ("On the cast-iron zone, the time between main breaks looks exponential with a mean of 18 days. What is the "
     "probability that we go 30 days without a break?", stats.expon.sf(30, scale=18)),
    ("pump trips are exponential with a mean time between trips of 40 days. what's the chance the pump runs 60 days "
     "without a trip?", stats.expon.sf(60, scale=40)),
):  # fmt: skip
    item(q, "probability", "number", float(value), tol=1e-6)
item("about 92% of our meters register correctly. If we pull 25 of them at random, probability that at most 2 fail? "
     "exact binomial", "probability", "refuse", None)  # fmt: skip

# f50: unit conversions asked without "to" or "convert": a unit symbol glossed in brackets by its name and the size of
# one ("30 bbl (US beer barrels, 31 gal)"), a limit quoted from a label and asked "same limit in °C?" (no calculus
# limit); a total time split between two kinds at their own rates ("main etch 85 nm/min, overetch 30 nm/min ... 4.0
# min and 285 nm ... how many min was main etch?"), an algebra word problem (references: scipy.constants,
# numpy.linalg.solve)
for q, volume in (
    ("quote for a new brewhouse is in hL, ours is 30 bbl (US beer barrels, 31 gal). what's 30 bbl in hL?",
     30 * 31 * constants.gallon / (100 * constants.liter)),
    ("our fermenters hold 20 bbl (beer barrels, 31 US gal each). capacity in litres?",
     20 * 31 * constants.gallon / constants.liter),
    ("tank is 500 bbl (oil barrels, 42 gal). how many m3 is that?", 500 * 42 * constants.gallon),
):  # fmt: skip
    item(q, "unit_conversion", "number", volume, key="value")
item("ours is 30 bbl (beer, 930 gal). what's 30 bbl in hL?", "unit_conversion", "refuse", None)
for q, fahrenheit, to_celsius in (
    ("label storage 'excursions permitted to 86 °F'; same limit in °C?", 86, True),
    ('datasheet: "max operating 185 °F". same limit in °C?', 185, True),
    ("label says 'store below 25 °C'. that limit in °F?", 25, False),
):  # fmt: skip
    item(q, "unit_conversion", "number", constants.convert_temperature(fahrenheit, *("F", "C") if to_celsius else ("C", "F")),
         key="value")  # fmt: skip
for q, total, amount, rates in (
    ("2-step etch: main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and profilometer says 285 "
     "nm came off. how many min was main etch?", 4.0, 285, (85, 30)),
    ("pump A delivers 12 L/min, pump B 8 L/min. run one after the other, 10 min in total, 100 L moved. how long did "
     "pump A run?", 10, 100, (12, 8)),
    ("fast fill runs at 40 L/min, top-up at 10 L/min; 12 min in all and 390 L went in. how many minutes of fast fill?",
     12, 390, (40, 10)),
):  # fmt: skip
    item(q, "algebra", "number", float(np.linalg.solve(np.array([[1.0, 1.0], rates]), np.array([total, amount]))[0]))
item("main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and 500 nm came off. how many min was "
     "main etch?", "algebra", "refuse", None)  # fmt: skip

# f51: probability in words: a Poisson rate per piece per time over the pieces stated, a Bayes prevalence restated
# with one value, an exact binomial over "pcs" sampled, P(source | defective) one bullet a line, an exponential survival
# asked as an "exact expr"
for q, mean, k, tail in (
    ("lightning: 0.7 blade strikes per turbine per yr (Poisson), farm has 20 turbines. P(at most 4 strikes across the "
     "farm in the next 6 months)?", 0.7 * 20 * 0.5, 4, "cdf"),
    ("each pump has 0.3 seal failures per pump per month (Poisson). the station runs 8 pumps. probability of more than "
     "3 seal failures in the next 2 months?", 0.3 * 8 * 2, 3, "sf"),
    ("trucks break down 0.5 times per truck per week on average, fleet of 12 trucks, Poisson. P(exactly 5 breakdowns "
     "next week)?", 0.5 * 12, 5, "pmf"),
):  # fmt: skip
    item(q, "probability", "number", getattr(stats.poisson, tail)(k, mean), tol=1e-9)
item("0.7 blade strikes per turbine per yr (Poisson). P(at most 4 strikes in the next 6 months)?", "probability",
     "refuse", None)  # fmt: skip
for q, prevalence, hit, false_alarm in (
    ("CMS vib alarms: ~4% of our gearboxes actually have planet bearing damage (use 4%). alarm catches 92% of damaged "
     "ones, false-alarms on 7% of healthy ones. given an alarm, P(bearing really damaged)?", 0.04, 0.92, 0.07),
    ("about 3% of pumps really have a seal leak (take 3%). the test flags 90% of leaking ones and false-alarms on 5% of "
     "good ones. given a flag, probability the seal really leaks?", 0.03, 0.90, 0.05),
):  # fmt: skip
    item(q, "probability", "number", prevalence * hit / (prevalence * hit + (1 - prevalence) * false_alarm), tol=1e-9)
for q, n, p, k, tail in (
    ("- sampling 50 pcs off the lot, assume 2% defective rate, pcs independent\n- P(at most 1 defective in the 50)? "
     "exact binomial pls, no poisson approx", 50, 0.02, 1, "cdf"),
    ("sampling 40 pieces from a big lot with 3% defective rate. P(at most 2 defective)? exact binomial", 40, 0.03, 2,
     "cdf"),
    ("we pull 25 pcs, 5% defective rate, probability of exactly 1 defective?", 25, 0.05, 1, "pmf"),
):  # fmt: skip
    item(q, "probability", "number", getattr(stats.binom, tail)(k, n, p), tol=1e-9)
for q, shares, rates in (
    ("warranty return analysis:\n- supplier A ships 60% of the housings, defect rate 0.5%\n- supplier B ships 40%, "
     "defect rate 1.2%\n- a returned housing is confirmed defective -> prob it came from supp B?", (0.6, 0.4),
     (0.005, 0.012)),
    ("incoming inspection:\n- vendor X supplies 70% of the valves, 2% defective\n- vendor Y supplies 30%, 5% "
     "defective\n- a valve fails at assembly. probability it came from vendor Y?", (0.7, 0.3), (0.02, 0.05)),
):  # fmt: skip
    joint = np.array(shares) * np.array(rates)
    item(q, "probability", "number", float(joint[1] / joint.sum()), tol=1e-9)
for q, mean, t in (
    ("pitch system MTBF = 8000 h operating, assume constant failure rate (exponential). prob it runs 2000 h with no "
     "failure? exact expr ok", 8000, 2000),
    ("a pump has MTBF 5000 hours, exponential lifetimes. probability it survives 1000 hours? exact expression please",
     5000, 1000),
):  # fmt: skip
    item(q, "probability", "expr", expr(sp.exp(-sp.Rational(t, mean))))


# f51: algebra word problems: a fitted curve named like an index solved for its (Greek) variable ("Cp(λ) = ... for
# which λ is Cp 0.40?", no capability), two kinds of unit sharing their noun ("2.5 MW and 3.6 MW units"), a blend's
# components on hand in named containers ("drums at 2% additive and 8% additive"), prices from two invoices whose
# kind is later said without its noun, a Langmuir isotherm written with \\frac solved for C, two shifts' total and
# difference (references: sympy.solve, numpy.linalg.solve)
_lam51 = sp.symbols("lam51")
for q, a2, a1, a0, value in (
    ("rotor Cp fit vs tip speed ratio: Cp(λ) = −0.005λ² + 0.07λ + 0.165. for which λ is Cp exactly 0.40? give both "
     "solutions, exact", "-0.005", "0.07", "0.165", "0.40"),
    ("power coefficient curve Cp(lambda) = -0.005 lambda^2 + 0.07 lambda + 0.165. for which lambda is Cp = 0.4? exact",
     "-0.005", "0.07", "0.165", "0.4"),
    ("blade fit: Cp(θ) = -0.01θ² + 0.1θ + 0.2. find θ where Cp = 0.41, exact", "-0.01", "0.1", "0.2", "0.41"),
):  # fmt: skip
    _p51 = sp.Rational(a2) * _lam51**2 + sp.Rational(a1) * _lam51 + sp.Rational(a0) - sp.Rational(value)
    item(q, "algebra", "set", [str(r) for r in sorted(sp.solve(_p51, _lam51), key=float)])
for q, rows, rhs, index in (
    ("portfolio sheet: 40 WTGs total, mix of 2.5 MW and 3.6 MW units, installed cap = 115.4 MW. how many are the 3.6 "
     "MW ones?", [[1, 1], [2.5, 3.6]], [40, 115.4], 1),
    ("fleet: 30 trucks, a mix of 12 t and 20 t trucks, total payload 440 t. how many of the 20 t trucks?",
     [[1, 1], [12, 20]], [30, 440], 1),
    ("a farm has 25 turbines, 2 MW and 3 MW machines, 61 MW in all. how many are the 3 MW machines?",
     [[1, 1], [2, 3]], [25, 61], 1),
    ("Hello Martin,\n\nPurchasing lost the price list for our starter cultures, but I have two invoices. Invoice 1: 3 "
     "packs of thermophilic culture plus 5 packs of mesophilic culture came to €410. Invoice 2: 4 packs of "
     "thermophilic plus 2 packs of mesophilic came to €290. Each type has a single fixed unit price. What is the price "
     "of one thermophilic pack in euros?\n\nBest,\nAoife", [[3, 5], [4, 2]], [410, 290], 0),
    ("2 bags of portland cement and 3 bags of lime cost $41. 4 bags of portland and 1 bag of lime cost $47. what is "
     "the price of a bag of lime?", [[2, 3], [4, 1]], [41, 47], 1),
    ("- containment sort: 1,840 pcs sorted total over 2 shifts\n- 2nd shift sorted 160 pcs more than 1st shift\n- how "
     "many pcs did 1st shift sort?", [[1, 1], [1, -1]], [1840, 160], 1),
    ("The two shifts packed 2,300 cartons in total. The 1st shift packed 300 cartons more than the 2nd shift. How many "
     "cartons did the 2nd shift pack?", [[1, 1], [1, -1]], [2300, 300], 1),
):  # fmt: skip
    item(q, "algebra", "number", float(np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))[index]))
_x51 = sp.symbols("x51")
for q, have_a, have_b, total, target in (
    ("topping up gearbox oil: have drums at 2% additive and 8% additive (by vol). need 200 L blended at 3.5%. how many "
     "L of the 8% stuff?", 8, 2, 200, sp.Rational("3.5")),
    ("have totes at 10% glycol and 40% glycol. need 300 L at 20%. how many L of the 40% one?", 40, 10, 300, 20),
):  # fmt: skip
    item(
        q, "algebra", "number", float(sp.solve(sp.Eq(have_a * _x51 + have_b * (total - _x51), target * total), _x51)[0])
    )
_c51 = sp.symbols("c51", positive=True)
for q, qmax, k, q_target in (
    ("langmuir isotherm for our GAC column, q = \\frac{q_max K C}{1 + K C} with q_max = 20 mg/g and K = 0.5 L/mg. what "
     "equilibrium conc C (mg/L) gives q = 8 mg/g? exact value", 20, "0.5", 8),
    ("Langmuir: q = q_max K C/(1 + K C), q_max = 30 mg/g, K = 0.2 L/mg. what C (mg/L) gives q = 10 mg/g? exact", 30,
     "0.2", 10),
):  # fmt: skip
    _k51 = sp.Rational(k)
    item(q, "algebra", "set", [str(r) for r in sp.solve(sp.Eq(qmax * _k51 * _c51 / (1 + _k51 * _c51), q_target), _c51)])
item("Cp = 1.33, USL 10.5, LSL 9.5, what sd?", "capability", "refuse", None)
# f51: test and regression data pasted as rows with pipes or tabs ("Route A | 4.21 | 4.35 ...", "day<TAB>0<TAB>3 ..."),
# a range of levels written with an ellipsis beside two labelled samples ("bins 6,7,...,13"), and a one-sample mean
# tested against a limit named after its number ("above the 10 mg/L MCL")
_F51_A, _F51_B = [4.21, 4.35, 4.10, 4.42, 4.28, 4.15, 4.33], [4.48, 4.61, 4.39, 4.70, 4.55, 4.52]
for q, value in (
    ("We compared raw milk total plate counts (log10 cfu/mL) from two collection routes:\n\nRoute A | "
     + " | ".join(map(str, _F51_A)) + "\nRoute B | " + " | ".join(map(str, _F51_B)) + "\n\nPlease do a two-sample "
     "t-test WITHOUT assuming the two routes have equal variances (Welch), two-sided, and let me know the p-value.",
     stats.ttest_ind(_F51_A, _F51_B, equal_var=False).pvalue),
    ("Two suppliers, tensile strength (MPa):\n\nSupplier X\t512\t498\t505\t521\t509\nSupplier Y\t530\t541\t526\t538\t"
     "533\t529\n\nWelch t-test, two-sided: p-value?",
     stats.ttest_ind([512, 498, 505, 521, 509], [530, 541, 526, 538, 533, 529], equal_var=False).pvalue),
    ("bore diameters before and after the fixture change\n| before | 10.02 | 10.05 | 9.98 | 10.04 | 10.01 |\n| after | "
     "10.00 | 10.01 | 9.97 | 10.00 | 9.99 |\npaired t test, two-sided p-value?",
     stats.ttest_rel([10.02, 10.05, 9.98, 10.04, 10.01], [10.00, 10.01, 9.97, 10.00, 9.99]).pvalue),
    ("leading-edge repair on T12, binned power curve (same bins 6,7,...,13 m/s), kW per bin\nbefore: 640, 905, 1240, "
     "1630, 2050, 2420, 2780, 2950\nafter:  652, 921, 1262, 1641, 2078, 2431, 2790, 2968\npaired by bin, two-sided "
     "paired t -- p-value?",
     stats.ttest_rel([640, 905, 1240, 1630, 2050, 2420, 2780, 2950], [652, 921, 1262, 1641, 2078, 2431, 2790, 2968]).pvalue),
    ("nitrate-N in well MW-3 over 8 quarters (mg/L): 9.4, 10.8, 11.2, 10.1, 9.9, 10.6, 11.5, 10.3. want to test if the "
     "true mean is above the 10 mg/L MCL, one-sided t test. p-value?",
     stats.ttest_1samp([9.4, 10.8, 11.2, 10.1, 9.9, 10.6, 11.5, 10.3], 10, alternative="greater").pvalue),
    ("sulfate in the effluent over 6 samples (mg/L): 240, 262, 255, 248, 270, 259. is the mean above the 250 mg/L "
     "permit limit? one-sided t test p-value",
     stats.ttest_1samp([240, 262, 255, 248, 270, 259], 250, alternative="greater").pvalue),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(value), key="p_value")
for q, xs, ys, key in (
    ("Shelf-life study on pasteurised milk at 7 °C, log10 total count (cfu/mL) by storage day:\n\nday\t0\t3\t6\t9\t12\t"
     "15\nlog TPC\t2.1\t2.6\t3.2\t3.7\t4.1\t4.8\n\nCould you fit an ordinary least-squares straight line of log TPC "
     "on day and tell me the slope (log units per day)?", [0, 3, 6, 9, 12, 15], [2.1, 2.6, 3.2, 3.7, 4.1, 4.8], "slope"),
    ("We ran the homogeniser at five first-stage pressures and measured mean fat globule size:\n\n| pressure (bar) | "
     "100 | 150 | 200 | 250 | 300 |\n| d (µm) | 1.42 | 1.10 | 0.91 | 0.78 | 0.70 |\n\nFor a simple linear regression "
     "of globule size on pressure, what is the R²?", [100, 150, 200, 250, 300], [1.42, 1.10, 0.91, 0.78, 0.70],
     "r_squared"),
    ("Cure time vs hardness:\n\ncure time (min) | 10 | 20 | 30 | 40 | 50\nhardness (Shore A) | 61 | 66 | 70 | 73 | 78"
     "\n\nfit a straight line of hardness on cure time; what is the slope?", [10, 20, 30, 40, 50], [61, 66, 70, 73, 78],
     "slope"),
):  # fmt: skip
    fit = stats.linregress(xs, ys)
    item(q, "regression", "number", float(fit.slope if key == "slope" else fit.rvalue**2), key=key)
item("Route A | 4.21 | 4.35 | 4.10 | 4.42\nRoute B | 4.48 | 4.61 | 4.39 | 4.70\nRoute C | 4.30 | 4.40 | 4.20 | 4.50\n"
     "two-sample t-test p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
# f51: an attribute chart's sample size in words ("12 blades inspected every wk", "each day we squeeze-test 200
# pouches", "lot size const 200 pcs"), a design's factors listed after what is optimised or tuned ("optimizing fenton
# oxidation: H2O2 dose, Fe2+ dose, pH."), a specification stated as a permit or licence band (references: numpy and
# the published Box-Behnken and CCD run counts)
_F51_BLADES = [7, 4, 9, 5, 6, 8, 3, 6, 7, 5]
_F51_LEAKERS = [4, 6, 3, 5, 7, 2, 4, 5, 6, 3, 4, 8, 5, 3, 4]


def _f51_p_ucl(total: float, samples: int, n: int) -> float:
    """A p chart's 3-sigma UCL from the total defectives of ``samples`` samples of ``n``."""
    p = total / (samples * n)
    return p + 3 * np.sqrt(p * (1 - p) / n)


def _f51_u_ucl(counts: list[int], n: int) -> float:
    """A u chart's 3-sigma UCL from the defects of each sample of ``n`` units."""
    u = float(np.sum(counts)) / (len(counts) * n)
    return u + 3 * np.sqrt(u / n)


for q, value in (
    ("weekly rope-access blade inspections, 12 blades inspected every wk, defects found per wk: "
     f"{', '.join(map(str, _F51_BLADES))} (10 wks). u chart (defects per blade) -- UCL?", _f51_u_ucl(_F51_BLADES, 12)),
    ("each wk we inspect 15 panels; defects found per wk: 3, 5, 2, 6, 4, 3, 5, 4. u chart UCL?",
     _f51_u_ucl([3, 5, 2, 6, 4, 3, 5, 4], 15)),
    (f"Each day we squeeze-test 200 pouches of UHT cream for seal leaks. Leakers found over the last 15 days: "
     f"{', '.join(map(str, _F51_LEAKERS))}. p chart with 3-sigma limits: UCL as a fraction?",
     _f51_p_ucl(sum(_F51_LEAKERS), 15, 200)),
    ("p chart, leak test fails per lot, lot size const 200 pcs; 20 lots, 96 fails total; 3-sigma UCL for p?",
     _f51_p_ucl(96, 20, 200)),
    ("p chart: sample size fixed at 150, 25 samples, 90 defectives total. UCL?", _f51_p_ucl(90, 25, 150)),
):  # fmt: skip
    item(q, "control_chart", "number", float(value), key="ucl")
item(f"u chart, defects per wk: {', '.join(map(str, _F51_BLADES))}. UCL?", "control_chart", "refuse", None)
for q, runs in (
    ("optimizing fenton oxidation for the leachate: H2O2 dose, Fe2+ dose, pH. box-behnken with 5 center points — how "
     "many runs is that?", 2 * 3 * 2 + 5),
    ("optimising the Fenton step: Fe2+ dose, H2O2 dose, pH, reaction time. Box-Behnken, 3 center points - number of "
     "runs?", 2 * 4 * 3 + 3),
    ("we're tuning the spray coater: pan speed, inlet temperature and spray rate. central composite with 6 centre "
     "points, how many runs?", 2**3 + 2 * 3 + 6),
):  # fmt: skip
    item(q, "design", "number", runs, key="runs")
item("Box-Behnken with 5 center points — how many runs is that?", "design", "refuse", None)
for q, lsl, usl, mean, sd in (
    ("effluent pH permit is 6.0 to 9.0. our final effluent runs mean 7.8, sigma 0.25 (assume stable + normal). Cpk?",
     6.0, 9.0, 7.8, 0.25),
    ("discharge licence is 6 to 9, our effluent mean 7.2, sd 0.3. Cpk?", 6.0, 9.0, 7.2, 0.3),
    ("pH consent: 6.5-8.5. mean 7.9, sd 0.15. Cpk?", 6.5, 8.5, 7.9, 0.15),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
item("our effluent permit is strict. mean pH 7.8, sigma 0.25. Cpk?", "capability", "refuse", None)
# f52: an I-MR chart written with x-bar and E2 = 2.66 ("x-bar + 2.66*MR-bar": single values, the limits as written), a u chart's n from "each audit checks 25 CRFs", a specification range before the word spec
# ("same 147–155 g spec", sigma = R-bar/d2), a factor list that goes on ("7 factors (jaw temp, ..., etc)"), a Latin
# square with "1 obs per cell", a difference per a width ("0.5 N/15mm") in a two-sample n (references: numpy, scipy's
# quadrature for d2, statsmodels NormalIndPower)
_F52_ASSAY = [101.2, 99.8, 100.5, 102.1, 98.9, 100.7, 101.5, 99.6, 100.9, 101.8]
_F52_DAILY = [12.1, 11.8, 12.4, 12.0, 12.3, 11.9, 12.2, 12.5]


def _f52_imr_ucl(values: list[float]) -> float:
    """The individuals chart's UCL as written: mean + 2.66 MR-bar (E2 = 3/d2(2) rounded)."""
    return float(np.mean(values) + 2.66 * np.abs(np.diff(values)).mean())


def _f52_d2(n: int) -> float:
    """The printed d2(n) (3 decimals): the mean range of n standard normals by quadrature."""
    value = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]
    return round(value, 3)


for q, value in (
    ("daily QC control material on the chemistry analyzer (assay values): " + ", ".join(map(str, _F52_ASSAY))
     + r". I-MR chart: what's the UCL for the individuals chart? (\bar{x} + 2.66·\bar{MR}, moving range of 2)",
     _f52_imr_ucl(_F52_ASSAY)),
    ("X-mR chart of the daily readings " + " ".join(map(str, _F52_DAILY)) + ": limits are x̄ ± 2.66 MR̄. UCL?",
     _f52_imr_ucl(_F52_DAILY)),
    ("individuals chart for " + ", ".join(map(str, _F52_DAILY)) + ": compute UCL = xbar + 2.66*mrbar",
     _f52_imr_ucl(_F52_DAILY)),
    ("monitoring data-entry errors on case report forms: 20 weekly audits, each audit checks 25 CRFs, total 150 errors "
     "found across all 500 CRFs. u chart (errors per CRF) — compute the UCL", 150 / 500 + 3 * np.sqrt(150 / 500 / 25)),
    ("u chart for typos per page: 25 weekly audits, each audit reviews 40 pages, 300 errors found in total. UCL?",
     300 / 1000 + 3 * np.sqrt(300 / 1000 / 40)),
):  # fmt: skip
    item(q, "control_chart", "number", float(value), key="ucl")
item("I-MR chart for " + ", ".join(map(str, _F52_DAILY)) + ": UCL = x-bar + 2.5*MR-bar?", "control_chart", "refuse",
     None)  # fmt: skip
for q, width, rbar, n in (
    ("same 147–155 g spec but on line 2, subgroups of 4, Rbar = 2.1 g. estimate sigma as Rbar/d2 and give me Cp pls",
     155 - 147, 2.1, 4),
    ("the 9.90-10.10 mm spec, subgroups of 5, R-bar = 0.12 mm. sigma = Rbar/d2. Cp?", 10.10 - 9.90, 0.12, 5),
    ("for the 47 to 53 mm tolerance: subgroups of 3, R-bar 1.7 mm, sigma from R-bar/d2. what is Cp?", 53 - 47, 1.7, 3),
):  # fmt: skip
    item(q, "capability", "number", width / (6 * rbar / _f52_d2(n)), key="value")
item("line 3 ran 12 to 18 hours per batch last month; sd 1.2. Cp?", "capability", "refuse", None)
for q, runs in (
    ("planning a screening DOE on the bagger, 7 factors (jaw temp, dwell, film tension, N2 flow, etc). going with a "
     "2^(7−3) fractional factorial plus 4 center points. how many runs total?", 2 ** (7 - 3) + 4),
    ("screening 6 factors (temperature, pressure, line speed etc.) with a 2^(6-2) fraction and 3 centre points. total "
     "runs?", 2 ** (6 - 2) + 3),
    ("we vary 5 factors: feed, speed, depth of cut and so on, in a 2^(5-1) fractional factorial plus 2 center points. "
     "how many runs?", 2 ** (5 - 1) + 2),
    ("tyre wear trial: 6 tread compounds, blocking on 6 haul trucks and 6 haul routes, Latin square, 1 obs per cell. "
     "how many truck-route runs total?", 6 * 6),
    ("Latin square: 4 fertilisers tested over 4 fields and 4 seasons, one plot measurement per cell. total runs?", 4 * 4),
):  # fmt: skip
    item(q, "design", "number", runs, key="runs")
item("tyre wear trial: 6 tread compounds, blocking on 6 haul trucks and 6 haul routes, Latin square, 2 obs per cell. "
     "how many runs total?", "design", "refuse", None)  # fmt: skip
for q, delta, sd, power in (
    ("want to compare seal strength between two film suppliers. need to detect a 0.5 N/15mm diff in means, sd is about "
     "0.8 for both, alpha 0.05 two sided, 90% power. how many bags per supplier? just the normal (z) formula is fine",
     0.5, 0.8, 0.9),
    ("need to detect a 1.2 N/25 mm shift in mean peel strength between two adhesives, sd 1.5, 90% power, two-sided "
     "alpha 0.05. how many per group? z formula", 1.2, 1.5, 0.9),
    ("two coating lines: need to detect a 0.3 g/100cm2 difference in mean coat weight, sd 0.5, alpha 0.05 two-sided, "
     "80% power, normal approximation. how many panels per line?", 0.3, 0.5, 0.8),
):  # fmt: skip
    n = NormalIndPower().solve_power(delta / sd, power=power, alpha=0.05, ratio=1.0)
    item(q, "sample_size", "int", math.ceil(n - 1e-9), key="n")

# f52: data readers: a pipe table whose rows hold the label and the first count in one cell ("North:  34 | 12 | 9"
# under "LE erosion | crack | lightning dmg"), two-way ANOVA cells nested after an arrow with a level that carries its
# unit ("sand: 5 m/h → 0.42, 0.38; 10 m/h → ..."), and a mean's sample size for a margin of error whose records are
# named by their period ("σ of 10-min means", "how many 10-min samples", "95% conf"). References: scipy
# chi2_contingency, the balanced-design sums of squares (_f45_twoway), n = ceil((z sigma / E)^2) with scipy's z
for q, table in (
    ("blade inspection findings by type, 2023 campaign:\n           LE erosion | crack | lightning dmg\n"
     "North:        34      |  12   |   9\nSouth:        21      |  15   |  19\nchi-square test of independence "
     "(site vs damage type) -- what's the χ² statistic?", [[34, 12, 9], [21, 15, 19]]),
    ("weld defects by shift:\n        porosity | undercut | spatter\nday:   18 | 7 | 11\nnight:   25 | 14 | 6\n"
     "is defect type independent of shift? chi-square statistic?", [[18, 7, 11], [25, 14, 6]]),
    ("weld defects by shift:\n        porosity | undercut | spatter\nday   18 | 7 | 11\nnight   25 | 14 | 6\n"
     "swing 20 | 9 | 12\nchi-square test of independence, statistic?", [[18, 7, 11], [25, 14, 6], [20, 9, 12]]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.chi2_contingency(table, correction=False)[0]), key="statistic")
item("defects by line:\nburr | split\nline 1 22 | 8\nline 2 30 | 12\nchi-square test of independence?",
     "hypothesis_test", "refuse", None)  # fmt: skip
_F52_FILTER = _f45_twoway({("sand", "5"): [0.42, 0.38], ("sand", "10"): [0.55, 0.61], ("sand", "15"): [0.80, 0.74],
                           ("anth", "5"): [0.35, 0.31], ("anth", "10"): [0.47, 0.44], ("anth", "15"): [0.58, 0.66]})  # fmt: skip
_F52_FILTER_CELLS = ("sand: 5 m/h → 0.42, 0.38; 10 m/h → 0.55, 0.61; 15 m/h → 0.80, 0.74\n"
                     "anthracite: 5 m/h → 0.35, 0.31; 10 m/h → 0.47, 0.44; 15 m/h → 0.58, 0.66\n")  # fmt: skip
_F52_COAG = _f45_twoway({("alum", "20"): [2.1, 2.3], ("alum", "40"): [1.4, 1.2], ("ferric", "20"): [1.9, 1.8],
                         ("ferric", "40"): [1.1, 1.0], ("PACl", "20"): [1.7, 1.6], ("PACl", "40"): [0.9, 1.0]})  # fmt: skip
for q, value in (
    ("pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates, 2 reps per cell:\n"
     f"{_F52_FILTER_CELLS}two-way anova w/ interaction. what's the F statistic for the loading rate main effect?",
     _F52_FILTER["b"][0]),
    ("pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates, 2 reps per cell:\n"
     f"{_F52_FILTER_CELLS}two-way anova w/ interaction. F for the media × loading rate interaction?",
     _F52_FILTER["ab"][0]),
    ("coag trial, settled turbidity: 3 coagulants x 2 doses, duplicates.\nalum: 20 mg/L => 2.1, 2.3; 40 mg/L => 1.4, "
     "1.2\nferric: 20 mg/L => 1.9, 1.8; 40 mg/L => 1.1, 1.0\nPACl: 20 mg/L => 1.7, 1.6; 40 mg/L => 0.9, 1.0\n"
     "two-way ANOVA incl. interaction, F for dose?", _F52_COAG["b"][0]),
):  # fmt: skip
    item(q, "anova", "number", value, key="statistic", tol=1e-6)
item("pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates:\nsand: 5 m/h → 0.42, 0.38; 10 m/h → "
     "0.55, 0.61; 15 m/h → 0.80, 0.74\nanthracite: 5 m/h → 0.35, 0.31; 10 m/h → 0.47, 0.44\ntwo-way anova w/ "
     "interaction. F for loading rate?", "anova", "refuse", None)  # fmt: skip


def _f52_n_margin(sd: float, margin: float, conf: float) -> int:
    """A mean's sample size for a two-sided margin of error, sigma known: ceil((z sigma / E)^2)."""
    return math.ceil((stats.norm.ppf(1 - (1 - conf) / 2) * sd / margin) ** 2)


for q, n in (
    ("lidar campaign: want mean hub-height wind speed within ±0.3 m/s, 95% conf (2-sided), σ of 10-min means approx "
     "2.1 m/s (take as known). how many 10-min samples needed?", _f52_n_margin(2.1, 0.3, 0.95)),
    ("lidar: want the mean wind speed to within ±0.3 m/s at 95% confidence; the sd of the 10-minute means is about "
     "2.1 m/s. how many 10-minute means do we need?", _f52_n_margin(2.1, 0.3, 0.95)),
    ("met mast: need the mean 1-hour power output within ±15 kW at 90% conf, σ of 1-hour averages ≈ 120 kW (assume "
     "known). how many 1-hour samples?", _f52_n_margin(120, 15, 0.90)),
):  # fmt: skip
    item(q, "sample_size", "int", n, key="n")
item("lidar campaign: want mean hub-height wind speed within ±0.3 m/s, 95% conf (2-sided). how many 10-min samples "
     "needed?", "sample_size", "refuse", None)  # fmt: skip


# f52: notation (a limit asked "= ?", "w/" for with, LaTeX-subscripted parameters set per day) and unit conversions
# ("design flow" is no experiment, a conversion asked exactly is its exact fraction); symbols of their own (x and t
# name values further up)
_f52_x, _f52_t = sp.Symbol("x", real=True), sp.Symbol("t", real=True)
for q, f in (
    ("quick one from the torque-angle model review: lim x→0 of (e^(2x) − 1 − 2x)/x² = ? exact val",
     (sp.exp(2 * _f52_x) - 1 - 2 * _f52_x) / _f52_x**2),
    ("lim x→0 of (1 - cos(3x))/x² =?", (1 - sp.cos(3 * _f52_x)) / _f52_x**2),
    ("lim_{x->0} sin(5x)/x = ?", sp.sin(5 * _f52_x) / _f52_x),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.limit(f, _f52_x, 0)))
for q, f in (
    ("rearranging a rating curve thing and ended up w/ 2x^2 − 5x − 3 = 0. all the roots pls",
     2 * _f52_x**2 - 5 * _f52_x - 3),
    ("ended up w/ x^2 - 5x + 6 = 0 after simplifying, roots?", _f52_x**2 - 5 * _f52_x + 6),
    ("got to x^2 - 7x + 12 = 0 w/ the substitution. roots?", _f52_x**2 - 7 * _f52_x + 12),
):  # fmt: skip
    item(q, "algebra", "set", roots(f, _f52_x))
item("w/2 + 3 = 7, solve for w", "algebra", "set", roots(sp.Symbol("w") / 2 + 3 - 7, sp.Symbol("w")))


def _f52_peak(k1: str, k2: str) -> str:
    """The time of a Streeter-Phelps deficit's maximum, the root of D'(t) = 0 (sympy)."""
    a, b = sp.Rational(k1), sp.Rational(k2)
    (root,) = sp.solve(sp.diff(a / (b - a) * (sp.exp(-a * _f52_t) - sp.exp(-b * _f52_t)), _f52_t), _f52_t)
    return expr(root)


for q, k1, k2 in (
    (r"streeter-phelps hw: deficit D(t) = \frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}) with initial deficit "
     "D0 = 0, k1 = 0.2 /d (deox), k2 = 0.5 /d (reaeration), L0 = 20 mg/L. at what time t (days) is the deficit "
     "maximum? exact form is fine", "0.2", "0.5"),
    (r"BOD model: D(t) = \frac{k_1 L_0}{k_2 - k_1}(e^{-k_1 t} - e^{-k_2 t}), k1 = 0.25 /d, k2 = 0.5 /d, L0 = 15 "
     "mg/L. when is D(t) at its maximum?", "0.25", "0.5"),
    ("deficit D(t) = (k1*L0/(k2 - k1))*(e^(-k1*t) - e^(-k2*t)) with k1 = 0.2 /d, k2 = 0.5 /d, L0 = 20 mg/L. at "
     "what time t (days) is the deficit maximum?", "0.2", "0.5"),
):  # fmt: skip
    item(q, "calculus", "expr", _f52_peak(k1, k2))
item(r"deficit D(t) = \frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}), k1 = 0.2 /d, k2 = 0.5 /d. at what time t "
     "is the deficit maximum?", "calculus", "refuse", None)  # fmt: skip
_F52_MGD = 1e6 * constants.gallon / constants.day  # one million US gallons per day in m^3/s
for q, value in (
    ("plant design flow is 15 MGD (US gallons). what is that in m³/s?", 15 * _F52_MGD),
    ("the design capacity is 40 MGD; convert to m^3/day", 40 * _F52_MGD * constants.day),
    ("design discharge of 350 cfs. in m3/s?", 350 * constants.foot**3),
):  # fmt: skip
    item(q, "unit_conversion", "number", value, key="value", tol=1e-9)
for q, value, source, target in (
    ("Hi Martin,\n\nA US customer's audit checklist quotes the HTST legal minimum as 161 °F for 15 s. What is 161 °F "
     "in degrees Celsius? Exact value please, our SOPs are in °C.\n\nThanks,\nAoife", 161, "F", "C"),
    ("what is 350 °F in °C? exact please", 350, "F", "C"),
    ("the spec says hold at 72 °C for 15 s. what is 72 °C in °F, as an exact fraction?", 72, "C", "F"),
):  # fmt: skip
    exact = (Fraction(value) - 32) * Fraction(5, 9) if source == "F" else Fraction(value) * Fraction(9, 5) + 32
    assert math.isclose(float(exact), temperature(value, source, target), rel_tol=1e-12)
    item(q, "unit_conversion", "expr", str(exact), key="value")
# f52: probability with its parameters in prose: a binomial's p as a rate per the items counted ("5% per patient ...
# enroll 20 patients ... at least 2 patients"), its trials named by a length ("each 3 m core run ... 12 runs drilled")
# beside a class of the event in brackets ("(RQD<25%)"), an exponential's mean written with its symbol ("mean \mu =
# 18 months"), Bayes' theorem with a "prior" and a "false-flags" rate; a pressure in psf or ksf converted (references:
# scipy.stats, Bayes' theorem in floats, scipy.constants)
_F52_PPV = lambda p, se, fp: p * se / (p * se + (1 - p) * fp)  # noqa: E731
for q, value in (
    ("If the true rate of a grade 3 adverse event is 5% per patient and we enroll 20 patients (independent), what is "
     "P(at least 2 patients have the AE)? exact binomial", stats.binom.sf(1, 20, 0.05)),
    ("The risk of a serious wound infection is 3% per patient; we operate on 40 patients, outcomes independent. P(at "
     "most 1 patient infected)?", stats.binom.cdf(1, 40, 0.03)),
    ("incidence of post-op delirium is 12% per patient. 25 patients, independent. probability that exactly 3 patients "
     "develop delirium?", stats.binom.pmf(3, 25, 0.12)),
    ("each 3 m core run in this hole has a 0.30 chance of hitting a sheared zone (RQD<25%), runs independent. 12 runs "
     "drilled — P(exactly 4 sheared)? exact binomial", stats.binom.pmf(4, 12, 0.30)),
    ("each 2 m core run has a 25% chance of hitting a fault zone (RQD < 25%), runs independent. 10 runs drilled. P(at "
     "most 2 runs hit the fault)?", stats.binom.cdf(2, 10, 0.25)),
    ("every 5 m pile segment independently has a 10% chance of hitting a boulder; 8 segments driven. P(no more than 1 "
     "segment hits a boulder)? exact binomial", stats.binom.cdf(1, 8, 0.10)),
    ("time to relapse is exponential with mean \\mu = 18 months. what's the probability a patient is still "
     "relapse-free at 24 months?", stats.expon.sf(24, scale=18)),
    ("Time to failure is exponential with mean $\\theta$ = 5000 h. Probability a unit survives past 3000 h?",
     stats.expon.sf(3000, scale=5000)),
    ("lifetimes are exponential, mean μ = 2 years. P(fails within 1 year)?", stats.expon.cdf(1, scale=2)),
    ("karst site. prior: 4% of footing locations sit over a void. GPR flags a real void 90% of the time, false-flags "
     "8% of solid ground. GPR flags a location — P(actually a void)?", _F52_PPV(0.04, 0.90, 0.08)),
    ("prior: 2% of welds have a lack-of-fusion defect. UT detects a real defect 85% of the time and false-flags 5% of "
     "good welds. a weld is flagged — P(it actually has a defect)?", _F52_PPV(0.02, 0.85, 0.05)),
    ("base rate: 10% of piles are defective. the integrity test flags 95% of defective piles but false flags 12% of "
     "sound ones. given a pile is flagged, probability it is actually defective?", _F52_PPV(0.10, 0.95, 0.12)),
):  # fmt: skip
    item(q, "probability", "number", float(value), tol=1e-6)
item("If the true rate of a grade 3 adverse event is 5% per patient and we enroll 20 patients, what is P(at least 2 "
     "patients have the AE)?", "probability", "refuse", None)  # fmt: skip
item("karst site. GPR flags a real void 90% of the time, false-flags 8% of solid ground. GPR flags a location — "
     "P(actually a void)?", "probability", "refuse", None)  # fmt: skip
_F52_PSF = constants.lbf / constants.foot**2  # one pound-force per square foot in pascals
for q, pascals in (
    ("old US report gives allowable bearing 4000 psf (lbf/ft²). what's that in kPa?", 4000 * _F52_PSF),
    ("allowable soil bearing pressure is 2.5 ksf. what is that in kPa?", 2500 * _F52_PSF),
    ("the slab live load is 100 psf; what's that in kN/m²?", 100 * _F52_PSF),
):  # fmt: skip
    item(q, "unit_conversion", "number", pascals / 1e3, key="value")
item("old report gives allowable bearing 4000 psf. what's that in kg?", "unit_conversion", "refuse", None)


# f52: linear systems and mixing in prose and tables: equations listed under a colon with "- ", "* " or "• " bullets
# (no minus signs), a matrix pasted as pipe rows ("| 6 | 2 |"), two streams mixed completely (Q1 C1 + Q2 C2 = (Q1 +
# Q2) C, for the flow asked or the mixed concentration), and a batch of ingredients with a tabled composition, its total
# and component amounts stated (a square system, never an ANOVA)
_F52_CLAMPS = np.linalg.solve(np.array([[1, 1, 1], [1, -1, 0], [0, 2, -1]]), np.array([1200, 100, 500]))
item("fixture load split, 3 clamps a, b, c (N):\n- a + b + c = 1200\n- a − b = 100\n- 2b − c = 500\nsolve, what's c?",
     "linear_algebra", "number", float(_F52_CLAMPS[2]))  # fmt: skip
item("three clamp loads a, b and c in N satisfy:\n* a + b + c = 1200\n* a - b = 100\n* 2b - c = 500\nsolve for a",
     "linear_algebra", "number", float(_F52_CLAMPS[0]))  # fmt: skip
item("Clamp forces (N), from the fixture sheet:\n• a + b + c = 1200\n• a − b = 100\n• 2b − c = 500\nWhat is b?",
     "linear_algebra", "number", float(_F52_CLAMPS[1]))  # fmt: skip
item("solve\n- x + y = 3\n- x - y = 1", "algebra", "refuse", None)
item("The consultant's report quotes a covariance matrix\n\n| 6 | 2 |\n| 2 | 3 |\n\nCould you give me both eigenvalues "
     "of that 2×2 matrix?", "linear_algebra", "set", [str(v) for v in sp.Matrix([[6, 2], [2, 3]]).eigenvals()])  # fmt: skip
item("Our stiffness matrix is\n|2|-1|\n|-1|2|\nwhat are its eigenvalues?", "linear_algebra", "set",
     [str(v) for v in sp.Matrix([[2, -1], [-1, 2]]).eigenvals()])  # fmt: skip
item("What is the determinant of this matrix?\n\n| 4 | 1 | 0 |\n| 1 | 3 | 1 |\n| 0 | 1 | 2 |", "linear_algebra",
     "number", float(np.linalg.det(np.array([[4, 1, 0], [1, 3, 1], [0, 1, 2]]))))  # fmt: skip


def _f52_flow(q1: float, c1: float, c2: float, c: float) -> float:
    """The flow at c2 that brings q1 at c1 to c when mixed completely (mass balance)."""
    return q1 * (c - c1) / (c2 - c)


for q, value in (
    ("mixing problem: river upstream is 2.5 m³/s at 3 mg/L nitrate-N, an ag drainage ditch comes in at 18 mg/L. "
     "assuming complete mixing + conservative, what ditch flow (m³/s) would bring the downstream conc to exactly 6 "
     "mg/L?", _f52_flow(2.5, 3, 18, 6)),
    ("A creek carrying 0.8 m3/s at 2 mg/L phosphorus receives an effluent at 25 mg/L. Assuming the two mix "
     "completely, what effluent flow in m3/s would raise the downstream concentration to 4 mg/L?",
     _f52_flow(0.8, 2, 25, 4)),
    ("a plant discharges into a 12 L/s stream at 1.5 mg/L; the effluent is 40 mg/L. What effluent flow in L/s keeps "
     "the mixed concentration at 5 mg/L?", _f52_flow(12, 1.5, 40, 5)),
    ("a 4 m³/s river at 2 mg/L is joined by a 1 m³/s tributary at 12 mg/L. what is the fully mixed downstream "
     "concentration?", float(np.average([2, 12], weights=[4, 1]))),
):  # fmt: skip
    item(q, "algebra", "number", value)
item("mixing: river 2.5 m³/s at 3 mg/L, ditch at 18 mg/L. what ditch flow (L/s) gives 6 mg/L downstream?", "algebra",
     "refuse", None)  # fmt: skip
_F52_MILK = (
    "We are recombining milk from three ingredients. Per kg of ingredient:\n\ningredient\tprotein (kg/kg)\tfat (kg/kg)"
    "\nskim milk powder\t0.35\t0.01\ncream\t0.02\t0.40\nwater\t0\t0\n\nThe batch must weigh exactly 100 kg and contain "
    "exactly {protein} kg protein and 3.5 kg fat. How many kg of {asked} go in?"
)
_F52_MILK_A = np.array([[1, 1, 1], [0.35, 0.02, 0], [0.01, 0.40, 0]])
item(_F52_MILK.format(protein=3.4, asked="cream"), "linear_algebra", "number",
     float(np.linalg.solve(_F52_MILK_A, np.array([100, 3.4, 3.5]))[1]))  # fmt: skip
item(_F52_MILK.format(protein=3.4, asked="skim milk powder"), "linear_algebra", "number",
     float(np.linalg.solve(_F52_MILK_A, np.array([100, 3.4, 3.5]))[0]))  # fmt: skip
item("Feed formulation. Composition of each ingredient:\n\n| ingredient | protein (%) | fibre (%) |\n| soybean meal | "
     "44 | 7 |\n| maize | 9 | 2 |\n| wheat bran | 16 | 11 |\n\nWe need a 1000 kg batch with 200 kg protein and 50 kg "
     "fibre. How much maize goes in?", "linear_algebra", "number",
     float(np.linalg.solve(np.array([[1, 1, 1], [0.44, 0.09, 0.16], [0.07, 0.02, 0.11]]), np.array([1000, 200, 50]))[1]))  # fmt: skip
item(_F52_MILK.format(protein=40, asked="cream"), "linear_algebra", "refuse", None)
# f52: algebra word problems: an air handler's outside-air share from its outside, return and mixed air temperatures,
# a premix added to a batch on hand to a target after "spec wants", one product's two strengths named before each value,
# a model whose value is in "% of max" solved for its variable, a quadratic set to zero in words, a formula solved for
# a quantity written e (references: sympy.solve)
_x52 = sp.symbols("x52")
for q, stream, other, mixed, whole in (
    ("RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 80 °F. assuming simple sensible mixing what's the outside air "
     "fraction? (as a fraction, not cfm)", 95, 75, 80, 1),
    ("AHU-2 readings: outdoor air 30 °C, return air 24 °C, mixed air 25.5 °C. what percentage of outside air is the "
     "unit bringing in?", 30, 24, sp.Rational("25.5"), 100),
    ("OA temp 10 F, RA temp 72 F, MA temp 55 F. OA fraction?", 10, 72, 55, 1),
):  # fmt: skip
    item(q, "algebra", "expr", expr(sp.solve(sp.Eq(stream * _x52 + other * (whole - _x52), mixed * whole), _x52)[0]))
item("RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 98 °F. what's the outside air fraction?", "algebra", "refuse", None)
for q, have, strength, added, target in (
    ("HW loop has 200 gal at 20% propylene glycol (by vol). spec wants 30%. how many gal of 50% premix do i add to get "
     "there? (assume no drain-down, volumes additive)", 200, 20, 50, 30),
    ("chiller loop holds 400 L of 25% ethylene glycol; target is 35%. how many L of the 60% concentrate do we add?",
     400, 25, 60, 35),
    ("we have 50 kg of 10% brine in the tank, we need 16%. how many kg of 26% brine should be added?", 50, 10, 26, 16),
):  # fmt: skip
    item(q, "algebra", "expr", expr(sp.solve(sp.Eq(added * _x52 + strength * have, target * (have + _x52)), _x52)[0]))
for q, total, target, asked, other in (
    ("pharmacy has lidocaine 2% and lidocaine 0.5% solutions. How many mL of the 2% do we need to mix with the 0.5% to "
     "get 300 mL of a 1% solution?", 300, "1", "2", "0.5"),
    ("we stock dextrose 50% and dextrose 5%. how many mL of the 50% are needed to make 500 mL of a 10% solution?", 500,
     "10", "50", "5"),
):  # fmt: skip
    _eq52 = sp.Eq(sp.Rational(asked) * _x52 + sp.Rational(other) * (total - _x52), sp.Rational(target) * total)
    item(q, "algebra", "expr", expr(sp.solve(_eq52, _x52)[0]))
item("pharmacy has lidocaine 2% and lidocaine 0.5% solutions. How many mL of the 2% do we need to mix with the 0.5% to "
     "get 300 mL of a 3% solution?", "algebra", "refuse", None)  # fmt: skip
_c52 = sp.symbols("c52", positive=True)
for q, emax, ec50, level in (
    ("Emax dose–response model E = 100·C/(C + 5) (E in % of max effect, C in mg/L, EC50 = 5). what concentration C "
     "gives E = 80%?", 100, 5, 80),
    ("Emax model E = 60·C/(C + 4), E in % of the maximum. which C gives E = 45?", 60, 4, 45),
    ("receptor occupancy B = 100·L/(L + 2) (B in percent of max binding). what L gives B = 75%?", 100, 2, 75),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(sp.Eq(emax * _c52 / (_c52 + ec50), level), _c52)[0]))
for q, poly in (
    ("setting the score function to zero in a likelihood problem I got 3x^2 − 12x + 9 = 0. find all solutions for x",
     3 * x**2 - 12 * x + 9),
    ("after setting the derivative of the log-likelihood equal to 0 I end up with 2x^2 - 7x + 3 = 0. what are the "
     "roots?", 2 * x**2 - 7 * x + 3),
):  # fmt: skip
    item(q, "algebra", "set", [float(r) for r in sorted(sp.solve(poly, x), key=float)])
for q, gs, gamma, gw, saturated in (
    ("saturated clay, γsat = 19.5 kN/m³, Gs = 2.70, γw = 9.81 kN/m³. using γsat = (Gs + e)γw/(1 + e), solve for void "
     "ratio e", "2.70", "19.5", "9.81", True),
    ("dry unit weight γd = Gs·γw/(1 + e) with γd = 16.2 kN/m³, Gs = 2.65, γw = 9.81 kN/m³: solve for the void ratio e",
     "2.65", "16.2", "9.81", False),
):  # fmt: skip
    _g52, _w52 = sp.Rational(gs), sp.Rational(gw)
    _lhs52 = (_g52 + _x52) * _w52 / (1 + _x52) if saturated else _g52 * _w52 / (1 + _x52)
    item(q, "algebra", "number", float(sp.solve(sp.Eq(_lhs52, sp.Rational(gamma)), _x52)[0]))
item("y = e^(2k) + e, y = 20, k = 1. solve for e", "algebra", "refuse", None)

# f52: two-way ANOVA cells in prose, a level of one factor with its factor's word the first time ("supplier A @140:
# 6.1, 6.4, 6.0; A @150: ...") or the other's levels with units and a word ("smooth drum: 200 mm lift 98.1, 97.6; 300 mm
# 96.2, 95.8; ...") (reference: first principles, balanced design)
_F52_SEAL = _f45_twoway({("A", "140"): [6.1, 6.4, 6.0], ("A", "150"): [7.0, 7.3, 6.8], ("A", "160"): [7.6, 7.4, 7.9],
                         ("B", "140"): [5.8, 6.2, 5.9], ("B", "150"): [6.9, 6.6, 7.1], ("B", "160"): [7.0, 7.3, 7.2]})  # fmt: skip
_F52_SEAL_CELLS = ("supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, 7.3, 6.8; A @160: 7.6, 7.4, 7.9. supplier B @140: 5.8, "
                   "6.2, 5.9; B @150: 6.9, 6.6, 7.1; B @160: 7.0, 7.3, 7.2.")  # fmt: skip
item(f"seal strength study, 2 film suppliers x 3 jaw temps, 3 bags per combo. {_F52_SEAL_CELLS} two way anova w/ "
     "interaction term in the model — whats the F stat for jaw temp?", "anova", "number", _F52_SEAL["b"][0],
     key="statistic", tol=1e-6)  # fmt: skip
item(f"seal strength study, 2 film suppliers x 3 jaw temps, 3 bags per combo. {_F52_SEAL_CELLS} two-way ANOVA with "
     "interaction. p-value for the supplier main effect?", "anova", "number", _F52_SEAL["a"][1], key="p_value",
     tol=1e-6)  # fmt: skip
item("curing trial, 2 resins x 3 cure times, 2 coupons per combo. resin P @10: 5.1, 5.3; P @20: 6.0, 6.2; P @30: 6.8, "
     "7.1. resin Q @10: 4.8, 5.0; Q @20: 5.9, 5.6; Q @30: 6.3, 6.6. two-way anova with interaction, F statistic for "
     "cure time?", "anova", "number",
     _f45_twoway({("P", "10"): [5.1, 5.3], ("P", "20"): [6.0, 6.2], ("P", "30"): [6.8, 7.1], ("Q", "10"): [4.8, 5.0],
                  ("Q", "20"): [5.9, 5.6], ("Q", "30"): [6.3, 6.6]})["b"][0], key="statistic", tol=1e-6)  # fmt: skip
_F52_COMPACTION = _f45_twoway({("s", "200"): [98.1, 97.6], ("s", "300"): [96.2, 95.8], ("s", "400"): [93.9, 94.5],
                               ("p", "200"): [99.0, 98.4], ("p", "300"): [97.5, 97.9], ("p", "400"): [95.6, 96.3]})  # fmt: skip
_F52_COMPACTION_CELLS = ("smooth drum: 200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8; 400 mm 93.9, 94.5. padfoot: 200 mm "
                         "99.0, 98.4; 300 mm 97.5, 97.9; 400 mm 95.6, 96.3.")  # fmt: skip
item(f"field compaction trial, % relative compaction. two-way ANOVA w/ interaction, 2 reps per cell. "
     f"{_F52_COMPACTION_CELLS} p-value for the lift thickness main effect?", "anova", "number", _F52_COMPACTION["b"][1],
     key="p_value", tol=1e-6)  # fmt: skip
item(f"relative compaction (%), two-way ANOVA with interaction, 2 reps per cell. {_F52_COMPACTION_CELLS} F statistic "
     "for the lift?", "anova", "number", _F52_COMPACTION["b"][0], key="statistic", tol=1e-6)  # fmt: skip
item("seal study, 2 suppliers x 3 temps. supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, 7.3, 6.8; A @160: 7.6, 7.4, 7.9. "
     "vendor B @140: 5.8, 6.2, 5.9; B @150: 6.9, 6.6, 7.1; B @160: 7.0, 7.3, 7.2. two way anova with interaction, F "
     "for temp?", "anova", "refuse", None)  # fmt: skip


# f52: word-problem linear systems and calculus with parameters: members of one kind told apart by numbers and related
# in words ("box 1 reads 200 cfm more than box 2, and box 3 gets half of what boxes 1+2 get combined", the unknowns
# named by the letter the ask gives, "Q1"), equations labelled in brackets after their right-hand side ("= 6720 (Fe)",
# "(SiO₂)", "(1)"), an integral restated after "i.e." or "that is" (the prose around it no symbols), equal roots
# merged (2*log(6) and log(36) of a peak time), an integrand's parameters given values (fractions and Greek letters:
# "Ka = 1/3, γ = 18 kN/m³ ... ∫₀⁶ Ka·γ·z dz", a bound "∫₀^H" with "H = 6 m") (references: numpy, sympy, scipy)
_F52_VAV = np.linalg.solve(np.array([[1, 1, 1], [1, -1, 0], [-0.5, -0.5, 1]]), np.array([2400, 200, 0]))
_F52_ZONES = np.linalg.solve(np.array([[1, 1, 1], [1, -1, 0], [0, -2, 1]]), np.array([1800, 150, 0]))
_F52_PUMPS = np.linalg.solve(
    np.array([[1, 1, 1, 1], [1, -1, 0, 0], [0, -1, 1, 0], [-0.4, -0.4, -0.4, 1]]), np.array([1000, 50, 0, 0])
)
for q, value in (
    ("3 VAV boxes off one branch, total 2400 cfm. box 1 reads 200 cfm more than box 2, and box 3 gets half of what "
     "boxes 1+2 get combined. solve the system, whats Q1 in cfm?", _F52_VAV[0]),
    ("three supply zones share 1800 L/s in total. zone 2 gets 150 L/s less than zone 1; zone 3 gets twice what zone 2 "
     "gets. how much does zone 1 get?", _F52_ZONES[0]),
    ("4 pumps on one header deliver a total of 1000 gpm. pump 1 delivers 50 gpm more than pump 2, pump 3 delivers the "
     "same as pump 2, and pump 4 delivers 40% of what pumps 1, 2 and 3 deliver combined. solve the system: what is "
     "P4?", _F52_PUMPS[3]),
):  # fmt: skip
    item(q, "algebra", "number", float(value))
item("3 VAV boxes off one branch, total 2400 cfm. box 1 reads 200 cfm more than box 2, and box 3 gets roughly the "
     "rest. solve the system, whats Q1 in cfm?", "algebra", "refuse", None)  # fmt: skip
_F52_FE = np.linalg.solve(np.array([[1, 1, 1], [0.62, 0.55, 0.48], [0.04, 0.08, 0.10]]), np.array([12000, 6720, 840]))
_F52_CU = np.linalg.solve(np.array([[1, 1, 1], [0.30, 0.45, 0.60], [0.10, 0.05, 0.02]]), np.array([100, 48, 5.4]))
for q, value in (
    ("Fe blend from 3 pits, t = tonnes. A + B + C = 12000; 0.62A + 0.55B + 0.48C = 6720 (Fe); 0.04A + 0.08B + 0.10C = "
     "840 (SiO₂). solve the system, what's B (t)?", _F52_FE[1]),
    ("ore blend: x + y + z = 100; 0.30x + 0.45y + 0.60z = 48 (Cu); 0.10x + 0.05y + 0.02z = 5.4 (Al2O3). solve the "
     "system, what is z?", _F52_CU[2]),
    ("solve: x + y = 10 (1); 2x - y = 5 (2). what is x?", np.linalg.solve(np.array([[1, 1], [2, -1]]),
                                                                          np.array([10, 5]))[0]),
):  # fmt: skip
    item(q, "linear_algebra", "number", float(value))
_F52_T = sp.Symbol("t")
for q, integrand, hi in (
    ("compute the AUC from t=0 to t=10 h for an IV bolus with C(t) = 10 e^(−0.2t) µg/mL, i.e. ∫_0^10 10e^(−0.2t) dt. "
     "exact form please (not the trapezoid rule)", 10 * sp.exp(-_F52_T / 5), 10),
    ("AUC(0-24 h) of an oral dose with C(t) = 5e^(−0.1t) mg/L, that is ∫_0^24 5e^(−0.1t) dt — exact please",
     5 * sp.exp(-_F52_T / 10), 24),
    ("total drug exposure for a patient on infusion, i.e. ∫₀⁸ 3e^(−0.25t) dt, closed form", 3 * sp.exp(-_F52_T / 4), 8),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.integrate(integrand, (_F52_T, 0, hi))))
item("compute the AUC from t=0 to t=12 h for an IV bolus with C(t) = 10 e^(−0.2t) µg/mL, i.e. ∫_0^10 10e^(−0.2t) dt. "
     "exact form please", "calculus", "refuse", None)  # fmt: skip
for q, ka, ke in (
    ("one-compartment oral absorption: C(t) = 8(e^(−0.1t) − e^(−0.6t)) ng/mL, t in hours. find t_max, the time the "
     "concentration peaks (exact answer)", sp.Rational(6, 10), sp.Rational(1, 10)),
    ("C(t) = 8(e^(−0.1t) − e^(−0.6t)) ng/mL after an oral dose. at what time t does C peak?", sp.Rational(6, 10),
     sp.Rational(1, 10)),
    ("drug level C(t) = 20(e^(-0.2t) - e^(-t)) mg/L, t in h. when is the concentration maximum? exact", sp.Integer(1),
     sp.Rational(1, 5)),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.log(ka / ke) / (ka - ke)))
for q, value in (
    ("cantilever wall, dry cohesionless backfill, Ka = 1/3, γ = 18 kN/m³, H = 6 m. active thrust per m run = ∫₀⁶ "
     "Ka·γ·z dz — value in kN/m?", integrate.quad(lambda z: 18 * z / 3, 0, 6)[0]),
    ("retaining wall, Ka = 0.3, γ = 19 kN/m³: active thrust P = ∫_0^5 Ka γ z dz in kN/m?",
     integrate.quad(lambda z: 0.3 * 19 * z, 0, 5)[0]),
    ("Ka = 1/3, γ = 18 kN/m³, H = 6 m. find ∫₀^H Ka·γ·z dz in kN/m", integrate.quad(lambda z: 18 * z / 3, 0, 6)[0]),
):  # fmt: skip
    item(q, "calculus", "number", float(value))
item("thrust = ∫₀⁶ Ka·γ·z dz — value in kN/m?", "calculus", "refuse", None)

# f52: test and regression data in more wordings: each group's failures over its total by a slash and a word of the
# whole ("brand X 6 failed / 80 installed, brand Y 14 / 95"), a category abbreviated in some rows ("20 rejects", "35
# rej"), a one-sided alternative written as a sign after the mean ("one-sided t-test that mean φ' > 31°"), pairs tagged
# by the predictor's unit split by slashes ("30 Hz 6120 / 35 Hz 7080") and pairs of two numbers split by commas after
# a heading "A vs B:" (references: scipy chi2_contingency, ttest_1samp, linregress)
for q, table in (
    ("damper actuator failures at startup by brand -- brand X 6 failed / 80 installed, brand Y 14 / 95, brand Z 4 / "
     "70. chi-square test of independence (brand vs fail/pass), p-value?", [[6, 74], [14, 81], [4, 66]]),
    ("valve failures by vendor: vendor A: 5 failed / 60 installed; vendor B: 12 failed / 75 installed; vendor C: 3 "
     "failed / 58 installed. is failure independent of vendor? chi-square p-value", [[5, 55], [12, 63], [3, 55]]),
    ("line 1 8 rejects/150 inspected, line 2 15 rejects/160 inspected, line 3 6 rejects/140 inspected. chi square test "
     "of independence, p?", [[8, 142], [15, 145], [6, 134]]),
    ("rejects by shift last week. days: 1180 good / 20 rejects, swings: 1165 good / 35 rej, nights: 1150 good / 50 "
     "rej. chi square test of independence (shift vs reject), whats the p value", [[1180, 20], [1165, 35], [1150, 50]]),
    ("defects by line. line A: 480 pass, 20 def; line B: 470 pass, 30 defects; line C: 455 pass, 45 defective. is "
     "defect rate independent of line? chi-square p", [[480, 20], [470, 30], [455, 45]]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.chi2_contingency(table).pvalue), key="p_value")
item("brand X 6 failed / 80 installed, brand Y 14 failed / 95 installed. two-proportion z test p-value?",
     "hypothesis_test", "number", float(proportions_ztest([6, 14], [80, 95])[1]), key="p_value")  # fmt: skip
item("shift A: 1180 good / 20 rejects, shift B: 1165 good / 35 scrap. chi square test of independence p?",
     "hypothesis_test", "refuse", None)  # fmt: skip
for q, data, mu, side in (
    ("direct shear, peak φ' (deg) on 8 remoulded specimens: 32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9. design "
     "assumes 31°. one-sided t-test that mean φ' > 31°, p-value?", [32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9], 31,
     "greater"),
    ("tensile results 512, 498, 505, 520, 509, 515 MPa; spec is 500 MPa. one-tailed t test, is mean strength > 500? p "
     "value", [512, 498, 505, 520, 509, 515], 500, "greater"),
    ("fill weights 49.2 49.8 50.1 49.5 49.0 49.6 g, target 50 g. one sided t-test that the average fill < 50 g, p?",
     [49.2, 49.8, 50.1, 49.5, 49.0, 49.6], 50, "less"),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.ttest_1samp(data, mu, alternative=side).pvalue), key="p_value")
item("direct shear, peak φ' (deg) on 8 remoulded specimens: 32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9. design "
     "assumes 31°. one-sided t-test, p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
_F52_HZ, _F52_CFM = [30, 35, 40, 45, 50, 55, 60], [6120, 7080, 8150, 9110, 10230, 11150, 12240]
_F52_HZ_PAIRS = " / ".join(f"{h} Hz {c}" for h, c in zip(_F52_HZ, _F52_CFM, strict=True))
_F52_TEMP, _F52_SEAL = [130, 135, 140, 145, 150, 155, 160], [5.1, 5.9, 6.2, 7.0, 7.1, 7.9, 8.0]
_F52_SEAL_PAIRS = ", ".join(f"{t} {s}" for t, s in zip(_F52_TEMP, _F52_SEAL, strict=True))
for q, xs, ys, key in (
    (f"SF-1 VFD traverse, Hz vs measured cfm: / {_F52_HZ_PAIRS} / least squares line cfm = a + b·Hz, whats the slope "
     "b (cfm/Hz)?", _F52_HZ, _F52_CFM, "slope"),
    ("pump test 20 Hz 110 gpm / 30 Hz 168 gpm / 40 Hz 221 gpm / 50 Hz 279 gpm. regress flow on frequency, slope?",
     [20, 30, 40, 50], [110, 168, 221, 279], "slope"),
    (f"SF-1 VFD traverse, Hz vs measured cfm: / {_F52_HZ_PAIRS} / least squares line Hz = a + b·cfm, whats the slope "
     "b?", _F52_CFM, _F52_HZ, "slope"),
    (f"jaw temp °C vs seal strength N/15mm: {_F52_SEAL_PAIRS}. fit a straight line, what r² do i get?", _F52_TEMP,
     _F52_SEAL, "r_squared"),
    ("cure time (min) vs hardness: 10 61.2; 20 64.8; 30 66.9; 40 70.1; 50 72.0. least squares slope?",
     [10, 20, 30, 40, 50], [61.2, 64.8, 66.9, 70.1, 72.0], "slope"),
    (f"jaw temp vs seal strength: {_F52_SEAL_PAIRS}. regress strength on temp, slope?", _F52_TEMP, _F52_SEAL, "slope"),
):  # fmt: skip
    fit = stats.linregress(xs, ys)
    item(q, "regression", "number", float(fit.slope if key == "slope" else fit.rvalue**2), key=key)
item(f"seal strength vs jaw temp: {_F52_SEAL_PAIRS}. regress strength on temp, slope?", "regression", "refuse", None)

# f53: tables of groups' summary statistics (n, mean, sd headers, pipes or tabs, rows one a line or run together)
_F53_TAT = "| shift | n | mean | SD | | day | 36 | 42.3 | 11.8 | | night | 29 | 48.9 | 16.4 |"
for q, a, b, pooled in (
    (f"Troponin turnaround time, receipt to result (minutes): {_F53_TAT} The SDs look different so please don't pool "
     "them (Welch test). Two-sided p-value for a difference in mean TAT?", (36, 42.3, 11.8), (29, 48.9, 16.4), False),
    ("TAT (minutes): / | shift | mean | SD | n | / | day | 42.3 | 11.8 | 36 | / | night | 48.9 | 16.4 | 29 | / Welch t "
     "test, two-sided p-value?", (36, 42.3, 11.8), (29, 48.9, 16.4), False),
    ("Cure time by oven (h):\noven\tmean\tsd\tn\nA\t5.2\t0.4\t12\nB\t5.6\t0.5\t10\nIs there a difference? two-sided "
     "t test, pooled variance.", (12, 5.2, 0.4), (10, 5.6, 0.5), True),
):  # fmt: skip
    p_f53 = stats.ttest_ind_from_stats(a[1], a[2], a[0], b[1], b[2], b[0], equal_var=pooled).pvalue
    item(q, "hypothesis_test", "number", float(p_f53), key="p_value")
item("TAT (min): | shift | n | mean | SD | | day | 36 | 42.3 | 11.8 | | night | 29 | 48.9 | | Welch test, p-value?",
     "hypothesis_test", "refuse", None)  # fmt: skip

# f53: values in engineering notation ("4.7k", "9.9k–10.1k", "2.2MΩ") and tolerances in percent of such a nominal
for q, lsl, usl, mean, sd in (
    ("10k ±1% divider resistor, spec limits 9.9k–10.1k. process mean 10,012 Ω, σ = 18 Ω. Cpk?", 9900, 10100, 10012,
     18),
    ("pull-up resistors, spec 4.6k to 4.8k, mean 4712 ohm, sd 21 ohm. Cpk?", 4600, 4800, 4712, 21),
    ("2.2MΩ resistors spec 2.178MΩ-2.222MΩ, mean 2,201,000 Ω, sigma 5000 Ω, what is Cpk", 2178000, 2222000, 2201000,
     5000),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
for q, nominal, pct, mean, sd in (
    ("4.7k ±1% resistor reel, incoming inspection says values ~ normal with mean 4700 Ω and σ = 16 Ω. what fraction "
     "of parts fall outside the ±1% tol band?", 4700, 1, 4700, 16),
    ("22k resistor ±5%, values normal with mean 22,150 Ω and σ = 300 Ω. fraction out of tolerance?", 22000, 5, 22150,
     300),
):  # fmt: skip
    half_f53 = nominal * pct / 100
    out_f53 = stats.norm.cdf(nominal - half_f53, mean, sd) + stats.norm.sf(nominal + half_f53, mean, sd)
    item(q, "probability", "number", float(out_f53), tol=1e-6)
item("10k ±1% resistor, spec limits 9.9k–10.1k, σ = 18 Ω. Cpk?", "capability", "refuse", None)

# f53: a u chart whose sample is said in inspection units ("each roll = 50 m² = 5 inspection units of 10 m²")
_F53_FLAWS = [14, 9, 17, 11, 12, 8, 15, 13, 10, 16, 12, 11]
_F53_LIST = ", ".join(map(str, _F53_FLAWS))
for q in (
    f"greige inspection: each roll = 50 m² = 5 inspection units of 10 m². defects on 12 rolls: {_F53_LIST}. u chart "
    "(defects per 10 m² unit), UCL?",
    f"each roll holds 5 inspection units. defects on 12 rolls: {_F53_LIST}. u chart per inspection unit, UCL?",
    f"fabric rolls, 5 inspection units of 10 m² per roll; flaws counted on 12 rolls: {_F53_LIST}. u chart UCL?",
):
    u_f53 = sum(_F53_FLAWS) / (len(_F53_FLAWS) * 5)
    item(q, "control_chart", "number", float(u_f53 + 3 * np.sqrt(u_f53 / 5)), key="ucl")


# f53: unit conversions of activity (mCi to MBq: 1 Ci = 3.7e10 Bq exactly) and yarn counts (an English cotton count Ne,
# 840-yd hanks per pound, as its linear density in tex or decitex), a specification window said as a "target ...
# window" before a Cpk, a general factorial laid out in blocks that each hold one complete replicate, and fertiliser
# products by their N-P2O5-K2O grades solved for the nutrients to supply (references: scipy.constants, numpy.linalg)
for q, value in (
    ("The dose calibrator reads in mCi but the new departmental policy wants MBq. A patient dose of 25 mCi is how many "
     "MBq?", 25e-3 * 3.7e10 / 1e6),
    ("how many MBq is 15 millicuries?", 15e-3 * 3.7e10 / 1e6),
    ("convert 740 MBq to mCi", 740e6 / 3.7e10 * 1e3),
):  # fmt: skip
    item(q, "unit_conversion", "number", value, key="value", tol=1e-9)
_F53_TEX = constants.pound * 1e3 / (840 * constants.yard / 1e3)  # grams per km of one 840-yd hank per pound
for q, value in (
    ("customer spec'd the yarn as Ne 30 (english cotton count, 840-yd hanks per lb). whats that in tex?", _F53_TEX / 30),
    ("how many tex is a 40 Ne yarn?", _F53_TEX / 40),
    ("The spinner quotes Ne 20. What is that in dtex?", 10 * _F53_TEX / 20),
):  # fmt: skip
    item(q, "unit_conversion", "number", value, key="value", tol=1e-9)
item("yarn is Ne 30 (560-yd hanks per lb), whats that in tex?", "unit_conversion", "refuse", None)
for q, lsl, usl, mean, sd in (
    ("Calibrating the plot seeder: target seed rate window is 48–52 kg/ha. Over the calibration runs the metered rate "
     "averaged 50.6 kg/ha with a standard deviation of 0.55 kg/ha — treat that as the process sigma. What's Cpk?",
     48, 52, 50.6, 0.55),
    ("Target fill weight range is 498 to 510 g; the filler averages 503.2 g, process sigma 1.6 g. Cpk?",
     498, 510, 503.2, 1.6),
    ("Our target oven temperature band is 180-190 C. Mean 186.1 C, standard deviation 1.2 C. What is the Cpk?",
     180, 190, 186.1, 1.2),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
for q, levels, blocks in (
    ("Planning next year's trial: 3 N rates × 4 varieties × 2 irrigation regimes, full factorial, laid out in 4 blocks "
     "where each block holds one complete replicate of every combination. How many plots do I need to mark out in "
     "total?", [3, 4, 2], 4),
    ("3 temperatures x 2 catalysts full factorial in 3 blocks, every block contains one full replicate of all "
     "treatment combinations; total runs?", [3, 2], 3),
):  # fmt: skip
    item(q, "design", "runs", int(np.prod(levels)) * blocks)
item("3 N rates × 4 varieties × 2 irrigation regimes, full factorial, laid out in 4 blocks. How many plots?", "design",
     "refuse", None)  # fmt: skip
_F53_GRADES = np.array([[15, 46, 0], [15, 0, 0], [15, 0, 60]]) / 100  # rows N, P2O5, K2O; columns the products
_F53_KG = np.linalg.solve(_F53_GRADES, [76, 30, 90])  # compound, urea, muriate of potash
for q in (
    "Need to hit exactly 76 kg N, 30 kg P₂O₅ and 90 kg K₂O per ha using three products: a compound 15-15-15, urea "
    "(46-0-0) and muriate of potash (0-0-60), percentages by weight as N-P₂O₅-K₂O. Set it up as a linear system and "
    "solve — how many kg/ha of urea?",
    "I want to apply 76 kg N, 30 kg P2O5 and 90 kg K2O per hectare from 15-15-15 compound, urea 46-0-0 and MOP 0-0-60. "
    "How much urea per ha?",
):  # fmt: skip
    item(q, "linear_algebra", "expr", expr(sp.nsimplify(round(float(_F53_KG[1]), 9))))
# f53: probability and test readers: Bayes over sources asked by a bare label ("prob it came from B?" of "jet dyer A"
# and "jet B"), a two-sample n (z formula) from a difference and sd with a unit ("10 cN diff", "0.5 N difference": N
# the newton), a p chart's n as units received per period, a Poisson rate per a sized piece asked of one piece, and
# paired rows by block (references: fractions, scipy norm/poisson/ttest_rel, numpy)
for q, shares, rates in (
    ("jet dyer A runs 60% of our lots and 3% of its lots come out off-shade; jet B runs the other 40%, off-shade rate "
     "8%. a lot is off-shade — prob it came from B?", (0.6, 0.4), (0.03, 0.08)),
    ("press 1 makes 70% of the parts with 2% scrap; press 2 makes the other 30% with 5% scrap. a part is scrap, what "
     "is the chance it came from 2?", (0.7, 0.3), (0.02, 0.05)),
    ("kiln A fires 55% of the tiles, 4% crack; kiln B fires the rest 45%, 9% crack. a tile cracked — probability it "
     "was fired by B?", (0.55, 0.45), (0.04, 0.09)),
):  # fmt: skip
    item(q, "probability", "number", shares[1] * rates[1] / (shares[0] * rates[0] + shares[1] * rates[1]))
item("kiln A fires 55% of the tiles, 4% crack; kiln B fires the rest 45%, 9% crack. a tile cracked — probability it "
     "was fired by C?", "probability", "refuse", None)  # fmt: skip
for q, delta, sd, power in (
    ("want to compare mean tensile of 2 polyester suppliers, detect a 10 cN diff, sd ~18 cN both. α = 0.05 two-sided, "
     "90% power, use the normal (z) formula. n per supplier?", 10, 18, 0.9),
    ("want to detect a 0.5 N difference in mean pull strength between two wire-bond suppliers. σ ≈ 1.2 N for both, α "
     "= 0.05 two-sided, 90% power. n per supplier? plain normal (z) formula, round up", 0.5, 1.2, 0.9),
    ("detect a 2 N shift in peel force between two adhesives, sigma 3 N, 80% power, alpha 0.05, normal (z) formula — "
     "n per adhesive?", 2, 3, 0.8),
):  # fmt: skip
    z = stats.norm.ppf(0.975) + stats.norm.ppf(power)
    item(q, "sample_size", "int", math.ceil(2 * z**2 * (sd / delta) ** 2), key="n")
_F53_REJECTED = [7, 9, 5, 11, 8, 6, 10, 7, 12, 6, 8, 9, 5, 7, 10, 8, 6, 9, 11, 7]
_F53_TUBES = [5, 3, 7, 4, 6, 2, 5, 8, 4, 3, 6, 5]
for q, counts, n in (
    ("Specimen rejections, 300 specimens received per day for 20 days. Daily rejected counts:\n"
     f"{', '.join(map(str, _F53_REJECTED))}\nFor a p chart (proportion rejected, 3-sigma limits), what's the upper "
     "control limit?", _F53_REJECTED, 300),
    (f"250 tubes are inspected each shift; defective tubes over 12 shifts: {', '.join(map(str, _F53_TUBES))}. p chart "
     "UCL?", _F53_TUBES, 250),
):  # fmt: skip
    p_bar = sum(counts) / (n * len(counts))
    item(q, "control_chart", "number", p_bar + 3 * math.sqrt(p_bar * (1 - p_bar) / n), key="ucl")
for q, value in (
    ("Weed counts in the 0.25 m² quadrats in the untreated check plots average 2.4 seedlings per quadrat and look "
     "pretty Poisson to me. What's the chance a quadrat has at most one seedling (0 or 1)?", stats.poisson.cdf(1, 2.4)),
    ("Our 1 m² sample frames average 3.1 snails per frame (Poisson). Probability a frame holds no snails?",
     stats.poisson.pmf(0, 3.1)),
    ("Colony counts on the 90 mm plates average 1.8 colonies per plate, Poisson. What is the probability that a plate "
     "has at least 2 colonies?", stats.poisson.sf(1, 1.8)),
):  # fmt: skip
    item(q, "probability", "number", float(value))
item("Weed counts in the 0.25 m² quadrats average 2.4 seedlings per quadrat, Poisson. Chance of at most one seedling "
     "in a 1 m² area?", "probability", "refuse", None)  # fmt: skip
_F53_SOY = [(62.4, 59.8), (58.1, 57.5), (65.0, 61.2), (60.7, 60.9), (57.9, 55.0), (63.3, 60.1)]
_F53_FERT = [(41.2, 43.0), (39.8, 42.1), (44.0, 44.9), (40.5, 41.7), (42.3, 44.8)]
_F53_SOY_ROWS = " / ".join(f"block {i}: {a}, {b}" for i, (a, b) in enumerate(_F53_SOY, 1))
_F53_FERT_ROWS = "\n".join(f"block {i}: {a} {b}" for i, (a, b) in enumerate(_F53_FERT, 1))
for q, pairs in (
    ("Soybean, six blocks, new variety vs our standard side by side in each block so I want them paired by block. "
     f"Yields in bu/ac (new, standard): / {_F53_SOY_ROWS} / Paired t-test, two-sided — p-value?", _F53_SOY),
    (f"Soybean, new variety vs standard, paired by block. Yields (new, standard):\n{_F53_SOY_ROWS.replace(' / ', chr(10))}"
     "\nPaired t-test p-value?", _F53_SOY),
    (f"Two fertiliser rates in five blocks, paired by block (low, high):\n{_F53_FERT_ROWS}\npaired t-test p-value?",
     _F53_FERT),
):  # fmt: skip
    first, second = np.array(pairs).T
    item(q, "hypothesis_test", "number", float(stats.ttest_rel(first, second).pvalue), key="p_value")
item(f"Two fertiliser rates in five blocks (low, high):\n{_F53_FERT_ROWS}\nWelch t-test p-value?", "hypothesis_test",
     "refuse", None)  # fmt: skip
# f53: calculus word problems: an open box folded from a sheet named by what it becomes ("shielding cans", "cartons")
# or by its folding ("fold up the sides"); a defined formula with an SI-prefixed unit after it ("300x/(x + 50) cN",
# "800·e^(−t/6) MBq"); an integral's bounds followed by the unit its answer is asked in ("..., in MBq·h")
_x53, _t53, _s53 = sp.Symbol("x", positive=True), sp.Symbol("t"), sp.Symbol("s")
for q, length, width in (
    ("making open-top shielding cans out of 30 cm × 30 cm sheet stock: cut a square of side x cm out of each corner "
     "and fold up the sides. what x (cm) gives max volume?", 30, 30),
    ("we fold open cartons from 20 in × 12 in card: equal squares of side x in are cut from each corner and the flaps "
     "folded up. which x gives the largest volume?", 20, 12),
):  # fmt: skip
    _v53 = _x53 * (length - 2 * _x53) * (width - 2 * _x53)
    item(q, "calculus", "set",
         [str(r) for r in sp.solve(sp.diff(_v53, _x53), _x53) if r < sp.Rational(min(length, width), 2)])  # fmt: skip
item("making open-top cans out of 30 cm × 30 cm sheet stock: cut a square of side x cm out of each corner and fold up "
     "the sides. what height gives max volume?", "calculus", "refuse", None)  # fmt: skip
item("tenacity vs finish add-on fit: F(x) = 300x/(x + 50) cN, x = add-on in g/kg. need dF/dx as a function of x, "
     "exact pls", "calculus", "expr", expr(sp.diff(300 * x / (x + 50), x)))  # fmt: skip
item("grip force model G(s) = 40s/(s + 8) kN with s the bolt preload in mm. dG/ds please, exact", "calculus", "expr",
     expr(sp.diff(40 * _s53 / (_s53 + 8), _s53)))  # fmt: skip
for q, body, hi in (
    ("Same source, A(t) = 800·e^(−t/6) MBq (t in h). I need the cumulated activity over the first 12 hours, i.e. "
     "∫ A(t) dt from t = 0 to 12, in MBq·h. Exact form if possible, thank you.", 800 * sp.exp(-_t53 / 6), 12),
    ("A(t) = 800·e^(−t/6) MBq (t in h). I need ∫ A(t) dt from 0 to 12, in MBq·h.", 800 * sp.exp(-_t53 / 6), 12),
    ("q(t) = 5 + 2t L/min. ∫ q(t) dt from t = 0 to 4, in L please", 5 + 2 * _t53, 4),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.integrate(body, (_t53, 0, hi))))

# f53: an equation whose roots are all asked beside a count of them ("only one root is physically meaningful, but list
# all solutions"); a return over cost maximised, its expression in brackets after its name ("(200·Y − 1.2·N)")
for q, eq, var in (
    ("Hello, our quadratic calibration for an immunoassay reduces to 2c² − 3c − 9 = 0 for one sample (c in ng/mL). I "
     "know only one root is physically meaningful, but for the validation file please list all solutions of the "
     "equation.", 2 * _s53**2 - 3 * _s53 - 9, _s53),
    ("the fit reduces to x² − 5x + 6 = 0. only one root makes sense physically but give me both solutions.",
     _s53**2 - 5 * _s53 + 6, _s53),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(eq, var)])
for q, objective in (
    ("Wheat N response from last season's strip trial: Y(N) = 4 + 0.04N − 0.0001N² t/ha, N in kg N/ha. Grain is "
     "$200/t and nitrogen costs $1.20 per kg N. Ignoring everything else, what N rate maximises the return over "
     "fertiliser cost (200·Y − 1.2·N)? Answer in kg N/ha.",
     200 * (4 + sp.Rational(4, 100) * _x53 - sp.Rational(1, 10000) * _x53**2) - sp.Rational(6, 5) * _x53),
    ("Maize response Y(N) = 3 + 0.05N − 0.0002N² t/ha. Which N maximizes the net return (150*Y − 0.9*N)?",
     150 * (3 + sp.Rational(5, 100) * _x53 - sp.Rational(2, 10000) * _x53**2) - sp.Rational(9, 10) * _x53),
):  # fmt: skip
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(objective, _x53), _x53)])
item("Wheat Y(N) = 4 + 0.04N − 0.0001N² t/ha. what N rate maximises the return over fertiliser cost (200·Y − 1.2·P)?",
     "calculus", "refuse", None)  # fmt: skip
# f53: blends of two strengths to a target amount ("lot A sliver is 65% polyester", "I've got urea (46% N) and
# ammonium sulphate (21% N)", "500 kg of blend that's 30% N", two stocks on the shelf bracketing the target) and two
# kinds of item from a count and an amount total ("some 2.5 kg cones and some 4 kg cheeses", "every variety-A plot
# took 2.5 kg"); a target outside the stocks and counts not whole are refused
for q, total, target, asked, other in (
    ("blending room: lot A sliver is 65% polyester, lot B is 20% polyester (rest cotton). need 500 kg of blend at "
     "exactly 50% polyester. how many kg of lot A? exact", 500, 50, 65, 20),
    ("Lot A fibre is 60% wool, lot B is 30% wool. Need 300 kg of blend at 40% wool. How many kg of lot A?", 300, 40, 60,
     30),
    ("Mixing up a custom N blend for the small-plot drill. I've got urea (46% N) and ammonium sulphate (21% N) and want "
     "500 kg of blend that's 30% N overall. How many kg of urea go in? (the rest is ammonium sulphate)", 500, 30, 46,
     21),
    ("I've got potash (60% K2O) and compound (15% K2O) and want 200 kg of blend that's 24% K2O. How many kg of potash "
     "go in?", 200, 24, 60, 15),
    ("The histology bench needs 500 mL of 80% (v/v) ethanol, and we only have 95% and 70% stock on the shelf. How many "
     "mL of the 95% stock should go into the mix? (Please assume volumes are simply additive.)", 500, 80, 95, 70),
    ("stencil wipe solvent: have 99% IPA and 70% IPA on the shelf. need 20 L of 90% IPA (by volume, assume volumes "
     "add). how many L of the 99% stuff?", 20, 90, 99, 70),
):  # fmt: skip
    item(q, "algebra", "expr", expr(sp.solve(sp.Eq(asked * x + other * (total - x), target * total), x)[0]))
item("The lab needs 500 mL of 80% ethanol and we only have 95% and 85% stock on the shelf. How many mL of the 95% "
     "stock?", "algebra", "refuse", None)  # fmt: skip
for q, rows, rhs, index in (
    ("winding dept shipped 40 packages, some 2.5 kg cones and some 4 kg cheeses, total net wt 127 kg. how many 4 kg "
     "cheeses??", [[1, 1], [sp.Rational(5, 2), 4]], [40, 127], 1),
    ("delivered 50 parcels, some 2 kg bags and some 5 kg sacks, total 160 kg. how many 5 kg sacks?",
     [[1, 1], [2, 5]], [50, 160], 1),
    ("Seed store reconciliation: this spring we sowed 48 plots in total, two varieties. Every variety-A plot took 2.5 "
     "kg of seed and every variety-B plot took 3 kg, and we used 132 kg altogether. How many plots were variety A?",
     [[1, 1], [sp.Rational(5, 2), 3]], [48, 132], 0),
    ("we planted 30 beds, two varieties. Every variety-A bed took 4 kg of seed and every variety-B bed took 6 kg, and "
     "we used 150 kg altogether. How many beds were variety B?", [[1, 1], [4, 6]], [30, 150], 1),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("winding dept shipped 40 packages, some 2.5 kg cones and some 4 kg cheeses, total net wt 128 kg. how many 4 kg "
     "cheeses?", "algebra", "refuse", None)  # fmt: skip

# f54: probability readers: an exponential's survival asked as a time gone through with none of the events ("get
# through the next 30 days with no break", "see no visit during the whole 10 minutes"), a screening test's rates one a
# line under bullets or with an adverb in brackets ("it still (wrongly) flags 3%"), a tolerance "tol is a – b" asked
# "out of tol", and a Poisson rate per a piece sized where the pieces are named ("in my 1 m² quadrats") (references:
# scipy expon/norm/poisson, Bayes' theorem in fractions)
for q, t, mean in (
    ("time between fibre breaks on the UF membrane rack is exponential with mean 150 days. whats the prob we get "
     "through the next 30 days with no break?", 30, 150),
    ("During pollinator watches the time between hummingbird visits to a single Salvia flower is roughly exponential "
     "with a mean of 6.5 minutes. If I start a 10-minute watch right after a visit, what's the probability I see no "
     "visit during the whole 10 minutes?", 10, 6.5),
    ("time between pump trips is exponential with mean 40 days. what is the probability of no trip in the next 10 "
     "days?", 10, 40),
):  # fmt: skip
    item(q, "probability", "number", float(stats.expon.sf(t, scale=mean)))
for q, prevalence, sensitivity, false_positive in (
    ("At-line NIR content screen. Historical data:\n• 1.5% of tablets are sub-potent\n• NIR flags 95% of sub-potent "
     "tablets\n• NIR falsely flags 3% of acceptable tablets\nGiven a tablet is flagged, what is the probability it is "
     "actually sub-potent?", "0.015", "0.95", "0.03"),
    ("We run an image classifier over our camera-trap photos. When a lynx really is in the frame it flags 'lynx' 94% "
     "of the time; on photos with no lynx it still (wrongly) flags 'lynx' 3% of the time. About 2% of all our photos "
     "actually contain a lynx. Given a photo is flagged, what's the probability it really has a lynx in it?", "0.02",
     "0.94", "0.03"),
    ("Screening data:\n• 2% of welds are cracked\n• the UT scan flags 90% of cracked welds\n• it falsely flags 5% of "
     "sound welds\nGiven a weld is flagged, what is the probability it is actually cracked?", "0.02", "0.9", "0.05"),
):  # fmt: skip
    p, se, fp = Fraction(prevalence), Fraction(sensitivity), Fraction(false_positive)
    item(q, "probability", "number", float(p * se / (p * se + (1 - p) * fp)))
item("Historical data:\n• 1.5% of tablets are sub-potent\n• NIR flags 95% of sub-potent tablets\nGiven a tablet is "
     "flagged, what is the probability it is actually sub-potent?", "probability", "refuse", None)  # fmt: skip
for q, lo, hi, mean, sd in (
    ("piston bore dia is normal, mean 62.000 mm sd 0.008 mm. tol is 61.985 – 62.015. what fraction of bores land out "
     "of tol (both sides combined)?", 61.985, 62.015, 62.0, 0.008),
    ("shaft dia is normal, mean 20.000 mm sd 0.005 mm. tol is 19.990 – 20.010. what fraction is out of tol?", 19.99,
     20.01, 20.0, 0.005),
):  # fmt: skip
    item(q, "probability", "number", float(stats.norm.cdf(lo, mean, sd) + stats.norm.sf(hi, mean, sd)))
item("shaft dia is normal, mean 20.000 mm sd 0.005 mm. what fraction is out of tol?", "probability", "refuse", None)
for q, value in (
    ("ground-nesting bee nests in my 1 m² quadrats look pretty Poisson, mean 1.8 nests per quadrat. What's P(a "
     "quadrat has 3 or more nests)?", stats.poisson.sf(2, 1.8)),
    ("seedlings in our 0.25 m² quadrats look Poisson, mean 2.4 per quadrat. P(a quadrat has at most 1)?",
     stats.poisson.cdf(1, 2.4)),
):  # fmt: skip
    item(q, "probability", "number", float(value))
item("nests in my 1 m² quadrats look Poisson, mean 1.8 nests per quadrat. What's P(a 2 m² plot has 3 or more nests)?",
     "probability", "refuse", None)  # fmt: skip
# f54: two kinds counted from a count total and a total of time, cost or volume per item, the second kind's verb left
# out ("rotors take 6 min cycle, drums 4 min, spindle time added up to 260 min", "cell 4" a label); a rectangle's
# side from "has to be 4 m longer than the short side" and an area or perimeter written before its word ("96 m² of
# enclosed area", "60 m of fencing"); a blend of two stocks named "a peat compost that's 45% OM" (a "pot experiment"
# no design); counts not whole, a rectangle with no area and a target outside the stocks are refused
for q, rows, rhs, index in (
    ("2nd shift on cell 4 ran 52 parts total, rotors n drums. rotors take 6 min cycle, drums 4 min, spindle time added "
     "up to 260 min. how many rotors did they run", [[1, 1], [6, 4]], [52, 260], 0),
    ("line 2 made 30 parts in all, brackets and hinges. brackets take 3 min each, hinges 5 min; machine time came to "
     "110 min. how many hinges?", [[1, 1], [3, 5]], [30, 110], 1),
    ("Adult tickets cost 12 dollars, child tickets 7 dollars. We sold 40 tickets and took in 380 dollars. How many "
     "child tickets?", [[1, 1], [12, 7]], [40, 380], 1),
    ("Large tanks hold 50 L each, small tanks 20 L. 14 tanks hold 520 L altogether. How many large tanks?",
     [[1, 1], [50, 20]], [14, 520], 0),
):  # fmt: skip
    item(q, "algebra", "number", _u2_system(rows, rhs, index))
item("2nd shift on cell 4 ran 52 parts total, rotors n drums. rotors take 6 min cycle, drums 4 min, spindle time added "
     "up to 261 min. how many rotors did they run", "algebra", "refuse", None)  # fmt: skip
_w = sp.Symbol("w", positive=True)
for q, equation in (
    ("building a rectangular deer exclosure: the long side has to be 4 m longer than the short side because of the "
     "slope, and I have permission for exactly 96 m² of enclosed area. How wide (short side, in m) should it be?",
     sp.Eq(_w * (_w + 4), 96)),
    ("We're fencing a rectangular paddock; its length needs to be twice its width and we have 60 m of fencing. How wide "
     "should it be?", sp.Eq(2 * (_w + 2 * _w), 60)),
    ("A rectangular bed is to have 50 square metres of planted area; its length must be 5 m longer than the width. What "
     "is the length?", sp.Eq(_w * (_w - 5), 50)),
):  # fmt: skip
    item(q, "algebra", "expr", expr(sp.solve(equation, _w)[0]))
item("A rectangular pen's long side has to be 4 m longer than the short side. How wide should it be?", "algebra",
     "refuse", None)  # fmt: skip
for q, total, target, asked, other in (
    ("For the pot experiment I need 30 L of growing substrate at 18% organic matter (by volume). I only have a peat "
     "compost that's 45% OM and a sandy loam that's 6% OM. How many litres of the peat compost go into the mix?", 30,
     18, 45, 6),
    ("I need 50 kg of feed at 16% protein. I have a soybean meal that is 44% protein and a corn that's 9% protein. How "
     "many kg of the soybean meal?", 50, 16, 44, 9),
    ("We need 12 L of a 25% glycol mix. We only have a coolant that's 60% glycol and a premix which is 10% glycol. How "
     "many L of the coolant?", 12, 25, 60, 10),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(sp.Eq(asked * x + other * (total - x), target * total), x)[0]))
item("For the pot experiment I need 30 L of growing substrate at 50% organic matter (by volume). I only have a peat "
     "compost that's 45% OM and a sandy loam that's 6% OM. How many litres of the peat compost go into the mix?",
     "algebra", "refuse", None)  # fmt: skip
# f54: capability from summary values and measurements with the specification in words: a nominal ± tolerance beside a
# "process avg"; a whole width ("spec width 0.06 mm total", "total tolerance", "tolerance width") for Cp of R-bar/d2;
# limits a requirement or a condition of use states ("supposed to deliver between 1.8 and 2.2 L/h", "the lids only fit
# if the rim diameter is between 95 and 105 mm"); a range only described, or a width asked for Cpk, is refused
for q, lsl, usl, mean, sd in (
    ("master cyl bore 50.000 ±0.025 mm. process avg 50.006, within sigma 0.0045. cpk?", 49.975, 50.025, 50.006, 0.0045),
    ("shaft OD 25.00 ± 0.05 mm; process avg = 25.012 mm, sd 0.011 mm. Cpk?", 24.95, 25.05, 25.012, 0.011),
    ("fill spec 500 +/- 4 g, line avg. 501.2 g, short-term sigma 0.9 g: what's the Cpk", 496, 504, 501.2, 0.9),
    ("Our greenhouse drip emitters are supposed to deliver between 1.8 and 2.2 L/h. The irrigation tech measured a big "
     "batch and says the flow is stable with mean 2.04 L/h and standard deviation 0.05 L/h (within-batch σ). What's "
     "the Cpk?", 1.8, 2.2, 2.04, 0.05),
    ("The dosing pumps must dispense between 9.5 and 10.5 mL per stroke; mean 10.1 mL, sd 0.12 mL. Cpk?", 9.5, 10.5,
     10.1, 0.12),
    ("a bracket is accepted only if its hole spacing is between 49.9 and 50.1 mm. mean 50.02, sd 0.02. Cpk?", 49.9,
     50.1, 50.02, 0.02),
):  # fmt: skip
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
for q, width, rbar, n in (
    ("rotor hat height, spec width 0.06 mm total (±0.03). xbar-R with subgroups of 4, Rbar = 0.012 mm. estimate sigma "
     "as Rbar/d2 (table d2) and give Cp", 0.06, 0.012, 4),
    ("total tolerance 0.06 mm; X-bar/R chart, subgroups of n = 4, R-bar 0.012 mm. Cp using sigma = Rbar/d2?", 0.06,
     0.012, 4),
    ("tolerance width of 0.8 mm, subgroups of 5, Rbar = 0.35 mm, sigma = R-bar/d2. Cp?", 0.8, 0.35, 5),
):  # fmt: skip
    item(q, "capability", "number", width / (6 * rbar / _f52_d2(n)), key="value")
_F54_CUPS = [99.2, 100.8, 101.5, 98.9, 100.3, 102.1, 99.7, 100.9, 101.2, 100.0, 99.5, 101.8]
_F54_GASKETS = ["3.01", "2.97", "3.05", "2.99", "3.02", "3.08", "2.95", "3.00", "3.03", "2.98"]
for q, values, lsl, usl in (
    ("We 3D-print our own pitfall trap cups and the lids only fit if the rim diameter is between 95 and 105 mm. Twelve "
     "cups from the last print run (mm): " + ", ".join(map(str, _F54_CUPS)) + ". What's the Ppk, using the overall "
     "sample standard deviation (n−1 denominator)?", _F54_CUPS, 95, 105),
    ("The gaskets only fit when the thickness is between 2.8 and 3.2 mm. Ten gaskets (mm): " + ", ".join(_F54_GASKETS)
     + ". Ppk?", [float(v) for v in _F54_GASKETS], 2.8, 3.2),
):  # fmt: skip
    mean, sd = float(np.mean(values)), float(np.std(values, ddof=1))
    item(q, "capability", "number", min(usl - mean, mean - lsl) / (3 * sd), key="value")
item("spec width 0.06 mm, process sd 0.005 mm. Cpk?", "capability", "refuse", None)
item("We measured cups whose rim diameter is between 95 and 105 mm: " + ", ".join(map(str, _F54_CUPS)) + ". Ppk?",
     "capability", "refuse", None)  # fmt: skip
# f54: a replicated Latin square laid out as several squares ("one complete Latin square at each of two separate
# farms", "two 4x4 Latin squares", "a square in each of the 3 fields": squares x k^2 runs), a square at each of sites
# not counted refused; one entry of a matrix result asked by its position ("the top-right entry (row 1 col 2) of A⁻¹",
# "the (2,1) entry of the inverse", "a_13 of B^-1"), an entry asked with no position or two positions refused
for q, k, squares in (
    ("We're comparing 5 cover-crop mixes and the field has gradients in both directions (moisture one way, soil depth "
     "the other), so a 5×5 Latin square makes sense. We're putting one complete Latin square at each of two separate "
     "farms. How many plots total across both farms?", 5, 2),
    ("We run two 4x4 Latin squares for the tyre trial. How many runs?", 4, 2),
    ("A 6x6 Latin square is laid out in each of the 3 fields. Total plots?", 6, 3),
):  # fmt: skip
    item(q, "design", "runs", squares * k**2)
item("a 5x5 Latin square at each farm. How many plots?", "design", "refuse", None)
for q, rows, entry in (
    ("A = [[4, 7], [2, 6]] from a gauge cal fit. whats the top-right entry (row 1 col 2) of A⁻¹ ? exact",
     [[4, 7], [2, 6]], (0, 1)),
    ("what is the (2,1) entry of the inverse of [[4, 7], [2, 6]]?", [[4, 7], [2, 6]], (1, 0)),
    ("B = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]. find a_13 of B^-1", [[2, 1, 0], [1, 3, 1], [0, 1, 4]], (0, 2)),
):  # fmt: skip
    item(q, "linear_algebra", "expr", expr(sp.Matrix(rows).inv()[entry]))
item("inverse of [[4, 7], [2, 6]], what is the top entry?", "linear_algebra", "refuse", None)

# f55: two-stock blends and additions: bulleted notes whose stocks are labelled with "@" ("have drum A @ 1.5 %, drum B
# @ 6.0 %"); stocks after a possessive with the target after "hit" or "reach" ("hit 5.0% ABV on a 200 L blend ... using
# our 6.8% pale and the 4.2% lager that's sitting around ... the 6.8% stuff"), exact; a pure component ("pure (100%)
# concentrate") or water added to an amount on hand; a target outside the stocks and a pure component in g/L refused
for q, total, target, asked, other in (
    ("- topping up gearbox sump, need 180 L gear oil at 4.0 % EP additive (by vol)\n- have drum A @ 1.5 %, drum B @ "
     "6.0 %\n- how many L from drum A?", "180", "4.0", "1.5", "6.0"),
    ("need 500 kg of feed at 14% protein\nhave bin A @ 20%, bin B @ 10%\nhow many kg from bin A?", "500", "14", "20",
     "10"),
    ("- mixing 60 L of fuel at 3.5 % oil\n- tank 1 @ 2 %, tank 2 @ 5 %\n- how many L from tank 2?", "60", "3.5", "5",
     "2"),
):  # fmt: skip
    _a, _b, _t, _c = (sp.Rational(v) for v in (asked, other, total, target))
    item(q, "algebra", "number", float(sp.solve(sp.Eq(_a * x + _b * (_t - x), _c * _t), x)[0]))
item("- need 180 L gear oil at 4.0 % EP additive (by vol)\n- have drum A @ 1.5 %, drum B @ 3.0 %\n- how many L from "
     "drum A?", "algebra", "refuse", None)  # fmt: skip
for q, total, target, asked, other in (
    ("gotta hit 5.0% ABV on a 200 L blend for the taproom session beer using our 6.8% pale and the 4.2% lager that's "
     "sitting around, how many liters of the 6.8% stuff go in (assume ABV just blends by volume, exact number pls not "
     "rounded)", "200", "5.0", "6.8", "4.2"),
    ("need to hit 12% on a 50 kg batch using our 20% premix and the 8% base that's left over, how many kg of the 20% "
     "stuff go in?", "50", "12", "20", "8"),
    ("we want to reach 40% solids in a 300 kg batch from my 55% slurry and the 30% slurry, how many kg of the 55% "
     "slurry? exact please", "300", "40", "55", "30"),
):  # fmt: skip
    _a, _b, _t, _c = (sp.Rational(v) for v in (asked, other, total, target))
    item(q, "algebra", "expr", expr(sp.solve(sp.Eq(_a * x + _b * (_t - x), _c * _t), x)[0]))
for q, on_hand, have, target, added in (
    ("Mixture problem: the shop has 40 gallons of coolant that is 5% concentrate. How many gallons of pure (100%) "
     "concentrate must be added to bring it up to 8% concentrate? Exact answer as a fraction.", 40, 5, 8, 100),
    ("The radiator holds 12 L of coolant that's 30% antifreeze. How many litres of pure antifreeze must be added to "
     "bring it to 40%?", 12, 30, 40, 100),
    ("We have 20 L of cleaner at 12%. How many litres of water must be added to dilute it to 8%?", 20, 12, 8, 0),
):  # fmt: skip
    item(q, "algebra", "expr", expr(sp.solve(sp.Eq(added * x + have * on_hand, target * (on_hand + x)), x)[0]))
item("A tank holds 300 L of brine at 4 g/L. How many litres of pure salt must be added to bring it to 6 g/L?",
     "algebra", "refuse", None)  # fmt: skip


# f54: two-factor tables: an additive two-way ANOVA of rows whose cells the other factor labels ("source 1: alum 3.1,
# PACl 2.6, ferric 3.4"), the factor asked by its levels or the word counted ("4 raw water sources × 3 coagulants"); a
# two-way ANOVA with interaction from a markdown table of replicated cells under a rule, and from rows of cells nested
# after arrows between bars ("low : 60 → 31.2, 30.4 | 70 → ..."); a regression of pairs whose predictor's unit is
# written on the first pair only ("4°C 0.62, 7 0.70, ..."). References: statsmodels ols + anova_lm, numpy
def _f54_anova(cells: dict[tuple[int, int], list[float]], term: str, column: str, interaction: bool) -> float:
    """``column`` ("F" or "PR(>F)") of ``term`` ("a", "b", "a:b") in the two-way ANOVA of ``cells`` (Type III sums,
    sum-to-zero coding, with the interaction; the additive model's table without)."""
    import pandas as pd
    from statsmodels.formula.api import ols
    from statsmodels.stats.anova import anova_lm

    frame = pd.DataFrame([(y, a, b) for (a, b), ys in cells.items() for y in ys], columns=["y", "a", "b"])
    if interaction:
        table = anova_lm(ols("y ~ C(a, Sum) * C(b, Sum)", data=frame).fit(), typ=3)
        index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    else:
        table, index = anova_lm(ols("y ~ C(a) + C(b)", data=frame).fit()), f"C({term})"
    return float(table.loc[index, column])


_F54_JAR = {(i, j): [y] for i, row in enumerate([[3.1, 2.6, 3.4], [4.0, 3.3, 4.1], [2.7, 2.4, 3.0], [3.6, 2.9, 3.8]])
            for j, y in enumerate(row)}  # fmt: skip
_F54_JAR_TEXT = ("jar tests, settled turbidity (NTU), 4 raw water sources × 3 coagulants, one jar each:\n"
                 "source 1: alum 3.1, PACl 2.6, ferric 3.4\nsource 2: alum 4.0, PACl 3.3, ferric 4.1\n"
                 "source 3: alum 2.7, PACl 2.4, ferric 3.0\nsource 4: alum 3.6, PACl 2.9, ferric 3.8\n")  # fmt: skip
for ask, term, column, key in (
    ("two-way ANOVA without interaction. F for the coagulants?", "b", "F", "statistic"),
    ("additive two-way anova (no interaction term). p-value for the source effect?", "a", "PR(>F)", "p_value"),
):  # fmt: skip
    item(_F54_JAR_TEXT + ask, "anova", "number", _f54_anova(_F54_JAR, term, column, False), key=key)
item(_F54_JAR_TEXT + "two-way anova, no interaction. F statistic?", "anova", "refuse", None)
_F54_LUBE = {(0, 0): [88.1, 87.4], (0, 1): [86.0, 85.2], (0, 2): [83.9, 84.8],
             (1, 0): [85.3, 84.6], (1, 1): [83.7, 82.9], (1, 2): [80.2, 81.5]}  # fmt: skip
_F54_LUBE_TABLE = ("| Lube time | 20 | 40 | 60 |\n|---|---|---|---|\n| 2 min | 88.1, 87.4 | 86.0, 85.2 | 83.9, 84.8 |\n"
                   "| 5 min | 85.3, 84.6 | 83.7, 82.9 | 80.2, 81.5 |\n")  # fmt: skip
for q, term, column, key in (
    ("Dissolution at 30 min (%), lubricant blend time (2 or 5 min) by press speed (20, 40, 60 k tablets/h), 2 "
     f"batches per cell:\n{_F54_LUBE_TABLE}Two-way ANOVA with interaction: p-value for press speed?", "b", "PR(>F)",
     "p_value"),
    ("Lubricant blend time (2 or 5 min) × press speed (20, 40, 60 k tablets/h), % dissolved, 2 replicates per cell:\n"
     f"{_F54_LUBE_TABLE}Two-way ANOVA including the interaction. F statistic for lubricant blend time?", "a", "F",
     "statistic"),
):  # fmt: skip
    item(q, "anova", "number", _f54_anova(_F54_LUBE, term, column, True), key=key)
_F54_SOAK = {(0, 0): [31.2, 30.4], (0, 1): [29.8, 30.9], (0, 2): [27.5, 28.3],
             (1, 0): [33.1, 34.0], (1, 1): [32.6, 31.8], (1, 2): [30.2, 29.5]}  # fmt: skip
for arrow, ask, term, column, key in (
    ("→", "two-way ANOVA with interaction: F for conveyor speed?", "b", "F", "statistic"),
    ("->", "two-way ANOVA incl. interaction term, p-value for soak zone setting?", "a", "PR(>F)", "p_value"),
):  # fmt: skip
    item("shear strength (N), two-factor with replication: soak zone setting (low/high) × conveyor speed (60/70/80 "
         f"cm/min), 2 reps per cell.\nlow : 60 {arrow} 31.2, 30.4 | 70 {arrow} 29.8, 30.9 | 80 {arrow} 27.5, 28.3\n"
         f"high: 60 {arrow} 33.1, 34.0 | 70 {arrow} 32.6, 31.8 | 80 {arrow} 30.2, 29.5\n{ask}", "anova", "number",
         _f54_anova(_F54_SOAK, term, column, True), key=key)  # fmt: skip
_F54_TEMP, _F54_DEMAND = [4, 7, 10, 12, 15, 18, 21, 24], [0.62, 0.70, 0.81, 0.84, 0.97, 1.05, 1.12, 1.26]
_F54_PAIRS = "4°C 0.62, 7 0.70, 10 0.81, 12 0.84, 15 0.97, 18 1.05, 21 1.12, 24 1.26"
item(f"chlorine demand (mg/L) against raw water temp (°C): {_F54_PAIRS}. linear regression of demand on temp, R^2?",
     "regression", "number", float(np.corrcoef(_F54_TEMP, _F54_DEMAND)[0, 1] ** 2), key="value")  # fmt: skip
item(f"demand (mg/L) vs water temperature (°C) by month: {_F54_PAIRS}. regress temperature on demand: slope?",
     "regression", "number", float(np.polyfit(_F54_DEMAND, _F54_TEMP, 1)[0]), key="value")  # fmt: skip
# f54: a composition whose remainder is split by a ratio ("• Remainder: lactose monohydrate and MCC in a 3:2 ratio
# (lactose:MCC)"), solved as a linear system for the component asked (numpy); a percent of another component refused
for q, rows, rhs, index in (
    ("Formulation spec for a 250 mg core tablet:\n• API: 50 mg\n• Magnesium stearate: 1.0% w/w of tablet weight\n"
     "• Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass\nHow many mg of MCC per tablet?",
     [[1, 1, 1, 1], [1, 0, 0, 0], [-0.01, 0.99, -0.01, -0.01], [0, 0, -2, 3]], [250, 50, 0, 0], 3),
    ("A 1,000 kg feed batch is specified as:\n- Premix: 25 kg\n- Salt: 0.5% of batch weight\n- Balance: maize and "
     "soybean meal in a 7:3 ratio\nHow much soybean meal, in kg?",
     [[1, 1, 1, 1], [1, 0, 0, 0], [-0.005, 0.995, -0.005, -0.005], [0, 0, -3, 7]], [1000, 25, 0, 0], 3),
    ("Capsule fill weight 400 mg; drug: 100 mg; glidant: 0.5% w/w; rest: starch and lactose 1:3. What is the mass of "
     "lactose?", [[1, 1, 1, 1], [1, 0, 0, 0], [-0.005, 0.995, -0.005, -0.005], [0, 0, -3, 1]], [400, 100, 0, 0], 3),
):  # fmt: skip
    item(q, "algebra", "number", float(np.linalg.solve(np.array(rows, float), np.array(rhs, float))[index]))
item("Formulation spec for a 250 mg core tablet:\n• API: 50 mg\n• Magnesium stearate: 1.0% w/w of the API\n"
     "• Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass\nHow many mg of MCC per tablet?",
     "algebra", "refuse", None)  # fmt: skip
# f54: a growth formula written inside a bracket ("(so N = 240·0.94^t)") set to a value by a verb ("when N hits 150"),
# a remark after a dash ("— I want the exact continuous t"); t = log(level/start)/log(factor) by sympy
_t54 = sp.Symbol("t", real=True)
for q, start, factor, level in (
    ("Our salamander population in the study pond was estimated at 240 adults and seems to be declining by a steady "
     "6% per year (so N = 240·0.94^t). Solve for t when N hits 150 — I want the exact continuous t in years from the "
     "equation, not rounded to a whole year.", 240, sp.Rational(94, 100), 150),
    ("A herd of 500 grows 3% a year (so P = 500·1.03^t). Solve for t when P reaches 800 — I need the exact t, not a "
     "whole year.", 500, sp.Rational(103, 100), 800),
    ("Our stock is modelled (roughly C = 80·0.85^t). Solve for t once C falls to 20.", 80, sp.Rational(85, 100), 20),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(sp.Eq(start * factor**_t54, level), _t54)[0]))
# f54: two resistors in parallel, one a stated amount bigger, from their equivalent resistance (the smaller asked:
# R(R + d)/(2R + d) = r by sympy; the larger asked is refused); a backlog cleared by two lines, the second started
# later ("a backlog of 1,560 chemistry tubes ... 400 tubes/h ... 250 tubes/h ... 0.6 h later")
_r54 = sp.Symbol("R", positive=True)
for q, d54, r54 in (
    ("rework tech paralleled two resistors, one is exactly 10 Ω bigger than the other, and the combo measures 12 Ω. "
     "value of the smaller resistor in Ω?", 10, 12),
    ("Two resistors in parallel give 6 ohm; one is 5 ohm larger than the other. Find the smaller resistance.", 5, 6),
    ("two resistors connected in parallel have an equivalent resistance of 2.4 kΩ; one of them is 2 kΩ more than the "
     "other. What is the lower one, in kΩ?", 2, sp.Rational(12, 5)),
):  # fmt: skip
    (root54,) = sp.solve(sp.Eq(_r54 * (_r54 + d54) / (2 * _r54 + d54), r54), _r54)
    item(q, "algebra", "expr", expr(root54))
item("two resistors in parallel give 12 Ω and one is 10 Ω bigger than the other. what's the larger resistor?",
     "algebra", "refuse", None)  # fmt: skip
for q, total, first, second, delay in (
    ("After a downtime we had a backlog of 1,560 chemistry tubes. The main analyzer processes 400 tubes/h and started "
     "immediately; the backup line (250 tubes/h) was only brought up 0.6 h later. Both then ran until the backlog was "
     "cleared. How many hours after the main analyzer started was the backlog cleared?", 1560, 400, 250, 0.6),
    ("We had a backlog of 900 sample cups. Analyzer A does 300 cups/h and started at once; analyzer B (150 cups/h) "
     "came online 0.5 h later. How many hours after A started was the backlog gone?", 900, 300, 150, 0.5),
    ("A queue of 2,000 print jobs: printer 1 handles 500 jobs/h from the start, printer 2 handles 300 jobs per hour "
     "but starts 1 h later. How long after printer 1 starts is the queue done?", 2000, 500, 300, 1),
):  # fmt: skip
    item(q, "algebra", "number", float(np.linalg.solve([[first + second]], [total + second * delay])[0]))
# f54: a paired t-test on a pasted pipe table whose columns are named by time points ("| Lot | T0 | 3M |"); a pooled
# two-proportion z test in shop words ("18 bad out of 400", "2 prop z test"); an np or p chart's sample size said after
# its samples ("20 samples, each of 150 tablets"); a sample size for a difference of means in the response's own
# percent ("a 5% difference in means, σ ≈ 6%"); near misses (three time-point columns, a relative change) refused
_t0_54 = [11.2, 10.8, 12.1, 11.5, 10.9, 11.8, 12.4, 11.1]
_m3_54 = [10.6, 10.5, 11.2, 11.3, 10.1, 11.0, 11.9, 10.8]
_h0_54, _h24_54 = [50.2, 51.0, 49.8, 50.5, 50.9, 50.1, 49.6], [49.1, 50.2, 49.0, 49.9, 49.7, 49.6, 48.8]


def _pipes_54(index: str, names: list[str], *columns: list[float]) -> str:
    """A markdown pipe table: a header of the index and the column names, a rule, one row per item numbered 1..n."""
    lines = [f"| {index} | " + " | ".join(names) + " |", "|" + "---|" * (len(names) + 1)]
    lines += [f"| {i} | " + " | ".join(f"{c[i - 1]:g}" for c in columns) + " |" for i in range(1, len(columns[0]) + 1)]
    return "\n".join(lines)


for q, first, second in (
    ("Stability study, tablet hardness (kP), same 8 lots tested at T0 and after 3 months at 40 °C/75% RH:\n"
     f"{_pipes_54('Lot', ['T0', '3M'], _t0_54, _m3_54)}\nPaired t-test, two-sided: p-value?", _t0_54, _m3_54),
    ("Hardness of 6 batches measured at release and after 6 months:\n"
     f"{_pipes_54('Batch', ['Initial', '6M'], _t0_54[:6], _m3_54[:6])}\nPaired t-test, two-sided: p-value?",
     _t0_54[:6], _m3_54[:6]),
    ("Same 7 units weighed at 0 h and after 24 hours drying (g):\n"
     f"{_pipes_54('Unit', ['0h', '24h'], _h0_54, _h24_54)}\nPaired t test p-value (two-sided)?", _h0_54, _h24_54),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.ttest_rel(first, second).pvalue), key="p_value")
item("Stability study, same 4 lots at T0 and after 3 months:\n"
     f"{_pipes_54('Lot', ['T0', '3M', '6M'], _t0_54[:4], _m3_54[:4], [10.1, 10.2, 11.0, 11.1])}\n"
     "Paired t-test, two-sided: p-value?", "hypothesis_test", "refuse", None)  # fmt: skip
for q, counts, sizes in (
    ("scrap on drum bore op: day shift 18 bad out of 400, nights 31 bad out of 420. 2 prop z test w/ pooled p, two "
     "sided, no continuity correction. p-value?", [18, 31], [400, 420]),
    ("Line A: 12 scrap out of 300 parts, line B: 25 scrap out of 310. Two-proportion z test (pooled), two-sided, no "
     "continuity correction: p-value?", [12, 25], [300, 310]),
    ("week 1 had 9 bad out of 250 and week 2 had 20 bad out of 260; 2-prop z-test, pooled, two-sided: p?", [9, 20],
     [250, 260]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(proportions_ztest(counts, sizes)[1]), key="p_value")
for q, total, k, n, per_unit in (
    ("Visual defect monitoring (chipped/capped tablets): 20 samples, each of 150 tablets, 84 defective tablets in "
     "total across all samples. np chart with 3-sigma limits — what's the UCL?", 84, 20, 150, False),
    ("25 lots, each with 200 vials, 90 defective vials in total. np chart: UCL?", 90, 25, 200, False),
    ("30 subgroups, each containing 100 units, 120 defectives overall. p chart 3-sigma UCL?", 120, 30, 100, True),
):  # fmt: skip
    p_bar = total / (k * n)
    ucl = p_bar + 3 * math.sqrt(p_bar * (1 - p_bar) / n)
    item(q, "control_chart", "number", ucl if per_unit else n * ucl, key="ucl")
for q, delta, sd, power in (
    ("Planning a dissolution comparison between two formulations (% dissolved at 30 min). Want to detect a 5% "
     "difference in means, σ ≈ 6% in each group, α = 0.05 two-sided, 90% power. Normal (z) approximation, equal "
     "group sizes. How many tablets per formulation?", 5, 6, 0.90),
    ("Two coating processes, response is % weight gain. Detect a 3% difference between the means with sd 4% per "
     "group, alpha 0.05 two-sided, 80% power, z approximation. n per group?", 3, 4, 0.80),
    ("We want to detect a 2% mean difference in assay (SD 2.5%), alpha = 0.05, power 90%, two independent groups, "
     "normal approximation. How many per group?", 2, 2.5, 0.90),
):  # fmt: skip
    n_54 = NormalIndPower().solve_power(effect_size=delta / sd, alpha=0.05, power=power, alternative="two-sided")
    item(q, "sample_size", "int", math.ceil(n_54), key="n")
item("We want to detect a 10% increase in mean yield, sd 6%, alpha 0.05, power 90%, two groups. How many per group?",
     "sample_size", "refuse", None)  # fmt: skip
# f54: a litre's SI prefix read in its own case ("25 ML/d" is megalitres, "mL" millilitres; "MW" and "mW" apart), a
# temperature converted past the hold time after it ("72 °C for 15 s: in °F?"), and a chemical dosed into a flow from
# a stock: the stock's feed q = Q C / S in the unit asked (references: scipy.constants)
for q, value in (
    ("works output is 25 ML/d, what's that in L/s?", 25e6 * constants.liter / constants.day / constants.liter),
    ("how many L/s is 25 Ml/day?", 25e6 / constants.day),
    ("convert 25 megalitres per day to litres per second", 25e6 / constants.day),
    ("25 ml/d in L/s?", 25e-3 / constants.day),
    ("5 MW in kW?", 5e3),
    ("5 mW in W?", 5e-3),
    ("72 °C for 15 s: in °F?", float(constants.convert_temperature(72, "Celsius", "Fahrenheit"))),
    ("pasteurise at 72 °C for 15 s - what is that in °F?", float(constants.convert_temperature(72, "C", "F"))),
    ("hold 63 C for 30 min, in F?", float(constants.convert_temperature(63, "C", "F"))),
):  # fmt: skip
    item(q, "unit_conversion", "number", value, key="value", tol=1e-9)
_F54_MG_L = 1e-3  # kg/m³ per mg/L
for q, flow, dose, stock, unit in (
    ("sodium hypo dosing on a small works: flow 3500 m³/d, want a 1.8 mg/L chlorine dose, the hypo is 125 g/L "
     "available chlorine. how many litres of hypo per day do I need to pump?", 3500 / constants.day, 1.8, 125,
     constants.liter / constants.day),
    ("we dose 2.5 mg/L of chlorine into 12 ML/d using 12.5% w/v hypochlorite. how many L/h of hypo?",
     12e6 * constants.liter / constants.day, 2.5, 125, constants.liter / constants.hour),
    ("the plant treats 1200 m3/h and we dose alum at 30 mg/L from a 480 g/L solution - how much alum solution per hour "
     "in litres?", 1200 / constants.hour, 30, 480, constants.liter / constants.hour),
    ("chlorine dose 3 mg/L at 5 MGD - how many kg of chlorine per day?", 5e6 * constants.gallon / constants.day, 3,
     None, 1 / constants.day),
):  # fmt: skip
    feed_f54 = flow * dose * _F54_MG_L / (stock if stock else 1.0) / unit
    item(q, "algebra", "number", feed_f54, tol=1e-9)
item("fluoride dosing: 20 ML/d works, 0.7 mg/L target, stock 12.5% (w/w), litres per day?", "algebra", "refuse",
     None)  # fmt: skip
# f55: calculus in prose: a units note in square or round brackets after a formula ("T(t) = 40 + 25·ln(1 + 0.3t)  [°C, t
# in h]") dropped; a function named with a long subscript ("x_ox(t)", "C_out(t)") and its derivative dx_ox/dt; a rate's
# total over a stated run time ("we ran it for exactly 6 min ..., how many liters total went through") integrated from
# 0; the open box folded from an a-by-b (or square) sheet with its maximum volume asked (an approximate run time and a
# volume asked in another unit refused)
_f55_t = sp.Symbol("t", real=True)
for q, body in (
    ("- main bearing temp after restart, fitted: T(t) = 40 + 25·ln(1 + 0.3t)  [°C, t in h]\n"
     "- need heating rate dT/dt as a fn of t (°C/h)", 40 + 25 * sp.log(1 + sp.Rational(3, 10) * _f55_t)),
    ("P(t) = 120 + 8·ln(1 + 2t)  [kW, t in s]. need dP/dt", 120 + 8 * sp.log(1 + 2 * _f55_t)),
    ("wet ox growth on the furnace monitor fits x_ox(t) = √(0.04 + 0.3t) − 0.2 µm, t in hrs (parabolic regime, "
     "Deal-Grove-ish). need growth rate dx_ox/dt as a fn of t", sp.sqrt(sp.Rational(1, 25) + sp.Rational(3, 10) * _f55_t)),
    ("C_out(t) = 5 e^(-0.2t) mg/L, t in min. need dC_out/dt as a function of t", 5 * sp.exp(-_f55_t / 5)),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.diff(body, _f55_t)))
for q, rate, hours in (
    ("transfer pump from the brite to the keg filler slows down as the line heats up, flow is q(t) = 40 − 0.5t² L/min "
     "with t in minutes, and we ran it for exactly 6 min before shutting it off, how many liters total went through",
     lambda u: 40 - 0.5 * u**2, 6),
    ("outflow q(t) = 12 + 3t L/min (t in minutes). the pump runs for 10 min. how many litres in total?",
     lambda u: 12 + 3 * u, 10),
):  # fmt: skip
    item(q, "calculus", "number", integrate.quad(rate, 0, hours)[0])
item("flow is q(t) = 40 − 0.5t² L/min with t in minutes, and we ran it for about 6 min, how many liters total went "
     "through", "calculus", "refuse", None)  # fmt: skip
_f55_cut = sp.Symbol("c", positive=True)


def _f55_box(a: int, b: int) -> sp.Expr:
    """The most volume of the open box folded from an a-by-b sheet: c (a - 2c)(b - 2c) at its one maximum on
    0 < c < min(a, b)/2 (sympy's critical points, the maximum by the largest value there)."""
    volume = _f55_cut * (a - 2 * _f55_cut) * (b - 2 * _f55_cut)
    inside = [c for c in sp.solve(sp.diff(volume, _f55_cut), _f55_cut) if 0 < c < sp.Rational(min(a, b), 2)]
    return max(volume.subs(_f55_cut, c) for c in inside)


for q, a, b in (
    ("Classic optimization problem from class: a 24 in by 15 in sheet of metal, cut equal squares from the four "
     "corners and fold up the sides to make an open-top box. What is the maximum possible volume of the box, in cubic "
     "inches?", 24, 15),
    ("An open box is made from a 30 cm square sheet of cardboard by cutting equal squares from each corner and "
     "folding up the sides. Find the largest volume the box can have.", 30, 30),
    ("A square piece of tin 12 in on a side: cut squares of side x from each corner and fold up the sides into a tray. "
     "What is the maximum volume?", 12, 12),
):  # fmt: skip
    item(q, "calculus", "expr", expr(_f55_box(a, b)))
item("A 24 in by 15 in sheet: cut equal squares from the four corners and fold up the sides to make an open-top box. "
     "What is the maximum volume in cubic cm?", "calculus", "refuse", None)  # fmt: skip


# f55: statistics readers: a one-sample t-test's hypothesised mean written with its subscript ("target μ0 = 45.0 nm",
# "μ₀ = 12.00 mm"), never a mean of 0; a memoryless exponential's conditional survival asked in exact form; a
# probability per unit beside a count of units ("P(gearbox failure within a year) = 0.08 per unit, independent" of "20
# WTGs") as a binomial; chi-square rows whose last runs on into the question; a least-squares slope or intercept from
# summary sums ("n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385") (references: scipy ttest_1samp, expon, binom,
# chi2_contingency, sympy exact forms, numpy polyfit on data with the stated sums)
_F55_CD = [45.6, 45.1, 46.0, 44.8, 45.9, 45.4, 45.7, 45.2, 46.1, 45.5]
_F55_BORES = [12.03, 12.01, 11.98, 12.04, 12.02, 12.05, 12.00, 12.03]
for q, data, mu in (
    ("poly gate CD (nm) post-etch, 10 sites: 45.6, 45.1, 46.0, 44.8, 45.9, 45.4, 45.7, 45.2, 46.1, 45.5. target μ0 = "
     "45.0 nm. one-sample t, two-sided -- p-value?", _F55_CD, 45.0),
    ("bore diameters (mm): 12.03, 12.01, 11.98, 12.04, 12.02, 12.05, 12.00, 12.03. μ₀ = 12.00 mm, one-sample t-test, "
     "two-sided p-value?", _F55_BORES, 12.0),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.ttest_1samp(data, mu).pvalue), key="p_value")
for q, survived, total, mean in (
    ("Bulb lifetimes are exponentially distributed with mean 800 hours. Given a bulb has already lasted 400 hours, "
     "what is the probability it lasts past 1000 hours total? Exact answer.", 400, 1000, 800),
    ("Pump seal life is exponential with mean 2000 h. A seal has already run 500 h; what is the probability it "
     "survives past 1500 h total? Give the exact form.", 500, 1500, 2000),
):  # fmt: skip
    item(q, "probability", "expr", expr(sp.exp(-sp.Rational(total - survived, mean))))
for q, n, p, k, fn in (
    ("- site has 20 WTGs, same gearbox model\n- P(gearbox failure within a year) = 0.08 per unit, independent\n- P(3 "
     "or more gearbox failures this year)?", 20, 0.08, 2, "sf"),
    ("fleet of 12 pumps; P(seal failure in a year) = 5% for each pump, independent between pumps. P(exactly 2 seal "
     "failures this year)?", 12, 0.05, 2, "pmf"),
):  # fmt: skip
    item(q, "probability", "number", float(getattr(stats.binom, fn)(k, n, p)))
item("site has 20 WTGs. P(gearbox failure within a year) = 0.08 per unit, independent. P(3 or more gearbox failures "
     "in 2 years)?", "probability", "refuse", None)  # fmt: skip
for q, table in (
    ("tallied attenuation outcomes by yeast strain over the last year, strain A: 8 under-attenuated, 30 on target, 12 "
     "over-attenuated, strain B: 15 under, 22 on target, 5 over, chi-square test of independence between strain and "
     "outcome, p value?", [[8, 30, 12], [15, 22, 5]]),
    ("shift data, day: 40 good, 12 reworked, 8 scrapped, night: 35 good, 20 rework, 15 scrap, is outcome independent "
     "of shift? chi-square p-value", [[40, 12, 8], [35, 20, 15]]),
):  # fmt: skip
    item(q, "hypothesis_test", "number", float(stats.chi2_contingency(table).pvalue), key="p_value")
# a data set with exactly the stated sums: scattered values shifted by a line so that Σy = 320 and Σxy = 1932
_F55_X, _F55_Y = np.arange(1.0, 11.0), np.array([19, 23, 26, 27, 32, 33, 36, 38, 42, 44.0])
_F55_Y = _F55_Y + np.linalg.solve([[10, _F55_X.sum()], [_F55_X.sum(), (_F55_X**2).sum()]],
                                  [320 - _F55_Y.sum(), 1932 - (_F55_X * _F55_Y).sum()]) @ [np.ones(10), _F55_X]  # fmt: skip
for q, which in (
    ("Homework regression with only the summary sums given: n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385. What "
     "is the slope of the least-squares regression line of y on x? (exact fraction or decimal)", 0),
    ("Given n = 10, sum of x = 55, sum of y = 320, sum of xy = 1932, sum of x squared = 385, find the intercept of the "
     "least squares line", 1),
):  # fmt: skip
    assert np.allclose([_F55_Y.sum(), (_F55_X * _F55_Y).sum(), (_F55_X**2).sum()], [320, 1932, 385])
    item(q, "regression", "number", float(np.polyfit(_F55_X, _F55_Y, 1)[which]))
item("n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385. What is R^2 of the regression?", "regression", "refuse", None)
# f55: one member of a linear system asked by the word declared with its letter ("base (B), crystal (C) and munich
# (M) ... how many kg of crystal was in there", "what is the mass of base malt"): that member alone; a rate of turns
# converted to an angle per time, one turn 2*pi rad ("1500 rpm in rad/s (exact pls)": 50*pi, "60 Hz in rad/s" as the
# angular frequency 2*pi f, "1200 rpm in deg/s"); a conversion's target named as what a tool takes or accepts ("the new
# tool UI only takes Pa. convert pls")
_malts = sp.symbols("B C M")
((_base, _crystal, _munich),) = sp.linsolve(
    [sum(_malts) - 250, sp.Rational("0.80") * _malts[0] + sp.Rational("0.75") * _malts[1]
     + sp.Rational("0.78") * _malts[2] - 198, 2 * _malts[0] + 60 * _malts[1] + 10 * _malts[2] - 2060], _malts
)  # fmt: skip
_grist = ("three malts: base (B), crystal (C) and munich (M), all in kg, total grist B + C + M = 250 kg, extract 0.80B "
          "+ 0.75C + 0.78M = 198 kg, and color units 2B + 60C + 10M = 2060")  # fmt: skip
for q, want in (
    ("reverse engineering a grain bill from the old head brewer's notes, " + _grist + ", solve the system, how many "
     "kg of crystal was in there", _crystal),
    (_grist + ". how much of the munich did he use?", _munich),
    (_grist + ". what is the mass of base malt?", _base),
):  # fmt: skip
    item(q, "algebra", "expr", expr(want))
for q, want in (
    ("DFIG rated speed 1500 rpm, need it in rad/s for the torque calc (exact pls)", expr(1500 * 2 * sp.pi / 60)),
    ("2 rev/s to rad/s, exact", expr(2 * 2 * sp.pi)),
):
    item(q, "unit_conversion", "expr", want, key="value")
for q, value in (
    ("60 Hz in rad/s", 60 * 2 * constants.pi),
    ("motor spins at 1800 revolutions per minute, what is that in rad/s?", 1800 * 2 * constants.pi / 60),
    ("spindle 1200 rpm in deg/s", 1200 * 360 / 60),
    (
        "etch recipe says 350 mTorr chamber pressure, the new tool UI only takes Pa. convert pls",
        350 * constants.torr / 1e3,
    ),
    ("the log says 2.5 psi, the new form only accepts kPa. convert", 2.5 * constants.psi / 1e3),
):
    item(q, "unit_conversion", "number", value, key="value", tol=1e-9)
item("the log says 2.5 psi and 3 psi, the new form only accepts kPa. convert", "unit_conversion", "refuse", None)
# f55: two or three workers together from times alone after a colon, "=" or "takes" ("crew A alone: 18 h"), a drain
# that empties the tank taking its share away (the emptying asked beside a filler refused); an equation in prose whose
# roots are asked as "every x that solves it" (no ask refused); a formula whose value is a fraction of one (a bare
# exponential, or a yield) set by a percentage ("probe yield Y = 85%" is 0.85), a precision asked ("4+ sig figs") no
# value of the problem
_t55, _x55 = sp.symbols("t x", positive=True)
for q, times, undoing in (
    ("- gearbox HSS bearing swap, up-tower\n- crew A alone: 18 h, crew B alone: 12 h\n- both crews working together at "
     "those same rates, how many hours for one swap?", (18, 12), ()),
    ("crew A alone takes 18 h, crew B alone takes 12 h. working together, how many hours?", (18, 12), ()),
    ("Press 1 alone: 10 h, press 2 alone: 15 h, press 3 alone: 30 h. all three running together, how many hours for "
     "the order?", (10, 15, 30), ()),
    ("the fill valve alone fills the tank in 6 h; the leak alone drains it in 18 h. with both, how many hours to fill "
     "the tank?", (6,), (18,)),
):  # fmt: skip
    rate = sum(sp.Rational(1, a) for a in times) - sum(sp.Rational(1, a) for a in undoing)
    item(q, "algebra", "set", [str(r) for r in sp.solve(_t55 * rate - 1, _t55)])
item("pump A alone fills a tank in 6 hours, drain B alone empties it in 9 hours. both open together, how many hours "
     "to empty it?", "algebra", "refuse", None)  # fmt: skip
for q, polynomial in (
    ("the spreadsheet my assistant brewer built for mash thickness spits out 2x² − 9x + 4 = 0 and I need every x that "
     "solves it, he swears one of them is the real answer", 2 * x**2 - 9 * x + 4),
    ("our fit gives t^2 - 5t + 6 = 0; I want all values of t that satisfy it", x**2 - 5 * x + 6),
    ("the model reduces to 3y^2 + y - 2 = 0, give me each y which works", 3 * x**2 + x - 2),
):  # fmt: skip
    item(q, "algebra", "set", [str(r) for r in sp.solve(polynomial, x)])
item("the spreadsheet my assistant brewer built spits out 2x² − 9x + 4 = 0 and I need every x", "algebra", "refuse",
     None)  # fmt: skip
for q, equation in (
    ("Poisson yield model Y = e^(−A·D0). die area A = 0.5 cm², probe yield Y = 85%. back out D0 in defects/cm² "
     "(number, 4+ sig figs)", sp.exp(-_x55 / 2) - sp.Rational(85, 100)),
    ("Poisson yield Y = e^(−A·D0); the die is A = 1.2 cm² and the wafer-probe yield is Y = 70%. what is D0?",
     sp.exp(-sp.Rational(6, 5) * _x55) - sp.Rational(7, 10)),
    ("reliability model R = exp(-t/eta) with eta = 1000 h. required reliability R = 90%. solve for t in hours",
     sp.exp(-_x55 / 1000) - sp.Rational(9, 10)),
    ("yield model Y = 100*e^(-A*D0) in percent, A = 0.5 cm², Y = 85%. back out D0",
     100 * sp.exp(-_x55 / 2) - 85),
):  # fmt: skip
    item(q, "algebra", "number", float(sp.solve(equation, _x55)[0]))


# f55: two-way ANOVA cells as a tab-separated table of two rows (not a paired t-test of its rows), listed after a
# colon up to a spaced dash ("3 batches per combo: 18 °C/A: ...; 22 °C/B: ... -- two-way anova"), or nested after
# arrows between bars with each factor named by two words ("gas chem × chamber pressure"); a design's factor counted by
# its plural beside factors listing their levels ("3 hop varieties × 2 dry-hop temps (14 °C and 20 °C) × ..."); X-bar/S
# limits from subgroups named by their size ("4 sites/wafer subgroups", "5-piece subgroups"). References: statsmodels
# ols + anova_lm (_f54_anova), itertools.product, A3 from gamma functions (_t4_a3)
_F55_GREASE = {(0, 0): [41.2, 42.0], (0, 1): [44.5, 45.3], (0, 2): [48.1, 47.2],
               (1, 0): [39.8, 40.5], (1, 1): [42.9, 43.6], (1, 2): [45.0, 46.4]}  # fmt: skip
_F55_GREASE_TABLE = "\tLow\tMid\tHigh\nG1\t41.2, 42.0\t44.5, 45.3\t48.1, 47.2\nG2\t39.8, 40.5\t42.9, 43.6\t45.0, 46.4\n"
for q, term, column, key in (
    ("bearing temperature rise (K), 2 greases × 3 load levels, 2 reps each:\n" + _F55_GREASE_TABLE
     + "two-way ANOVA with the grease × load interaction. p-value for the grease main effect?", "a", "PR(>F)",
     "p_value"),
    ("temp rise, 2 greases by 3 load levels, duplicate runs:\n" + _F55_GREASE_TABLE
     + "Two-way ANOVA including interaction, what is the F for load?", "b", "F", "statistic"),
):  # fmt: skip
    item(q, "anova", "number", _f54_anova(_F55_GREASE, term, column, True), key=key)
_F55_ESTER = {(0, 0): [21.4, 22.1, 20.8], (0, 1): [24.0, 23.2, 24.6],
              (1, 0): [26.3, 27.0, 25.5], (1, 1): [27.9, 29.1, 28.2]}  # fmt: skip
_F55_ESTER_CELLS = ("18 °C/A: 21.4, 22.1, 20.8; 18 °C/B: 24.0, 23.2, 24.6; 22 °C/A: 26.3, 27.0, 25.5; 22 °C/B: 27.9, "
                    "29.1, 28.2")  # fmt: skip
for q, term, column, key in (
    ("2×2 trial on ester level (ppm), fermentation temp 18 °C vs 22 °C crossed with yeast A vs B, 3 batches per "
     f"combo: {_F55_ESTER_CELLS} -- two-way anova with the temp×yeast interaction, F statistic for temperature?", "a",
     "F", "statistic"),
    (f"ester (ppm), fermentation temp × yeast strain, 3 batches per combo: {_F55_ESTER_CELLS} - two-way ANOVA incl. "
     "interaction, p-value for yeast?", "b", "PR(>F)", "p_value"),
):  # fmt: skip
    item(q, "anova", "number", _f54_anova(_F55_ESTER, term, column, True), key=key)
_F55_TRENCH = {(0, 0): [41.2, 42.0], (0, 1): [44.8, 45.5], (0, 2): [47.1, 46.3],
               (1, 0): [39.5, 40.4], (1, 1): [43.9, 42.7], (1, 2): [48.8, 49.6]}  # fmt: skip
_F55_TRENCH_ROWS = ("CF4 : 10 mT → 41.2, 42.0 | 20 mT → 44.8, 45.5 | 30 mT → 47.1, 46.3\n"
                    "C4F8: 10 mT → 39.5, 40.4 | 20 mT → 43.9, 42.7 | 30 mT → 48.8, 49.6\n")  # fmt: skip
for q, term, column, key in (
    ("trench depth, gas chem × chamber pressure, 2 reps per cell:\n" + _F55_TRENCH_ROWS
     + "two-way ANOVA with interaction. p-value for the gas chem?", "a", "PR(>F)", "p_value"),
    ("etch trench depth, etch gas × chamber pressure, duplicate wafers:\n" + _F55_TRENCH_ROWS
     + "two-way ANOVA incl. interaction: F for the chamber pressure?", "b", "F", "statistic"),
):  # fmt: skip
    item(q, "anova", "number", _f54_anova(_F55_TRENCH, term, column, True), key=key)
item("trench depth, gas chem × chamber pressure, 2 reps per cell:\n" + _F55_TRENCH_ROWS
     + "two-way ANOVA with interaction. F statistic for the etch time?", "anova", "refuse", None)  # fmt: skip
for q, levels, replicates in (
    ("Dry hop trial: two yeasts x three temperatures (14, 17 and 20 °C) x two contact times (24 h and 72 h), full "
     "factorial, 2 replicates per combination. How many runs?", [2, 3, 2], 2),
    ("We are testing 4 yeast strains, two temperatures (18 and 22 °C) and two pitch rates (0.5 and 1.0), full "
     "factorial with 3 replicates of each combination - how many fermentations?", [4, 2, 2], 3),
):  # fmt: skip
    item(q, "design", "runs", len(list(itertools.product(*map(range, levels)))) * replicates)
for q, centre, sbar, n in (
    ("X-bar/S chart for shaft diameter, 5-piece subgroups, 30 subgroups collected: grand mean 12.002 mm, S-bar 0.004 "
     "mm. What is the UCL of the X-bar chart?", 12.002, 0.004, 5),
    ("Xbar-S chart, 3 pins per board samples, 20 boards: x-double-bar = 1.250 mm and s-bar = 0.012 mm. Upper control "
     "limit for xbar?", 1.250, 0.012, 3),
):  # fmt: skip
    item(q, "control_chart", "number", centre + _t4_a3(n) * sbar, key="ucl")
item("X-bar S chart on gate oxide thickness, 25 subgroups: grand mean 250.4 Å, S-bar 3.1 Å. UCL for the X-bar chart?",
     "control_chart", "refuse", None)  # fmt: skip


# f56: numbered list lines ("1. Lot A: ...", "2) ...") are labels, not values of the sample above them; one member of
# a system asked as "solve the following system for c (...)" or "how many type c totes?" (references: scipy
# f_oneway, sympy linsolve)
_F56_LOTS = [[301, 308, 296, 304, 311], [315, 322, 309, 318, 313], [299, 305, 302, 294, 307]]
for marker in ("{i}.", "{i})"):
    _lines = "\n".join(f"{marker.format(i=i)} Lot {k}: {', '.join(map(str, v))}" for i, (k, v) in
                        enumerate(zip("ABC", _F56_LOTS, strict=True), 1))  # fmt: skip
    item(f"# Lot-to-lot burst pressure (psi), n = 5 per lot\n{_lines}\n\nOne-way ANOVA, α = 0.05: p-value for a lot effect?",
         "anova", "number", float(stats.f_oneway(*_F56_LOTS).pvalue), key="p_value")  # fmt: skip
_F56_A, _F56_B, _F56_C = sp.symbols("a b c")
_F56_ROWS = [(2, 1, 1, 8), (1, 3, 2, 13), (3, 1, 4, 13)]
_F56_SOL = next(iter(sp.linsolve([r[0] * _F56_A + r[1] * _F56_B + r[2] * _F56_C - r[3] for r in _F56_ROWS],
                                 _F56_A, _F56_B, _F56_C)))  # fmt: skip
_F56_LISTED = "\n1. 2a + b + c = 8\n2. a + 3b + 2c = 13\n3. 3a + b + 4c = 13"
item("Solve the following system for c (it comes from a three-component load-sharing model):" + _F56_LISTED,
     "linear_algebra", "expr", str(_F56_SOL[2]))  # fmt: skip
item("Solve these equations for b:" + _F56_LISTED, "linear_algebra", "expr", str(_F56_SOL[1]))
_F56_TOTES = next(iter(sp.linsolve([2 * _F56_A + _F56_B + _F56_C - 1850, _F56_A + 3 * _F56_B + 2 * _F56_C - 3100,
                                    _F56_A + _F56_B + 4 * _F56_C - 2800], _F56_A, _F56_B, _F56_C)))  # fmt: skip
item("3 tote types (a, b, c):\n2a + b + c = 1,850\na + 3b + 2c = 3,100\na + b + 4c = 2,800\nsolve the system — how "
     "many type c totes?", "linear_algebra", "expr", str(_F56_TOTES[2]))  # fmt: skip

# f57_g6: a function with a unit and a bracketed gloss ("... s (DIN4 cup)") set to a value asked "at what T is it";
# an explicit growth equation solved beside the same growth as a function; a first-order loss "from A to B over t
# days"; the variable asked by the value it gives ("which N rates give 7 t/ha"); a subscripted formula evaluated with
# a decimal-comma percentage as a share (references: sympy)
_G6_T, _G6_K, _G6_N = sp.symbols("T k N")
item("Spray viscosity of the clearcoat: eta(T) = 50·e^(−0.02T) s (DIN4 cup), T in °C. At what T is it exactly 25 s? "
     "exact, ln form ok", "algebra", "expr", expr(sp.solve(sp.Eq(50 * sp.exp(-_G6_T / 50), 25), _G6_T)[0]))  # fmt: skip
item("Members: 500 now, growing 4% per quarter, compounding, so M(q) = 500·(1.04)^q after q quarters. Solve "
     "500·(1.04)^q = 800 for q, exact with logs.", "algebra", "expr",
     expr(sp.log(sp.Rational(8, 5)) / sp.log(sp.Rational(26, 25))))  # fmt: skip
item("Soil nitrate (0–60 cm) under the cover crop went from 90 kg N/ha to 36 kg N/ha over 45 days. First-order loss "
     "N(t) = N0·e^(−k·t), t in days: what is k? exact please", "algebra", "expr",
     expr(sp.log(sp.Rational(90, 36)) / 45))  # fmt: skip
item("Grain yield of the maize N trial: Y = 5 + 0.04N − 0.0001N² (t/ha, N kg/ha). Which N rates give exactly 8 t/ha? "
     "both roots exact", "algebra", "set",
     [str(r) for r in sp.solve(sp.Eq(5 + sp.Rational(4, 100) * _G6_N - sp.Rational(1, 10000) * _G6_N**2, 8), _G6_N)])  # fmt: skip
item("Injection mould for a PBT bracket: part length 75.00 mm, datasheet shrinkage 2,0 %. We size with L_tool = "
     "L_part / (1 − s) (s as fraction). What is L_tool in mm, exact fraction?", "algebra", "expr",
     expr(sp.Rational(75) / (1 - sp.Rational(2, 100))))  # fmt: skip


# f57_g4: control charts from two labelled lists ("xbar: ..." / "R: ..."), a table of one subgroup a row with an
# index column ("hour  m1 m2 m3 m4"), and a p chart's n said per any counted thing ("250 seeds per tray on 12 trays",
# "12 tests of 200 seeds"); references: the printed A2 table, d2 by scipy quadrature, the p chart's binomial sigma
_F57G4_MEANS = [20.3, 20.1, 20.6, 20.4, 19.9, 20.2, 20.5, 20.0, 20.3, 20.2]
_F57G4_RANGES = [1.1, 0.9, 1.4, 1.0, 1.2, 0.8, 1.3, 1.0, 1.1, 0.9]
item(f"Xbar-R on cap torque, n=5 caps per hr, 10 subgroups:\nx-bar: {' '.join(map(str, _F57G4_MEANS))}\n"
     f"R: {' '.join(map(str, _F57G4_RANGES))}\nLCL of the x-bar chart (table A2)?", "control_chart", "number",
     float(np.mean(_F57G4_MEANS) - 0.577 * np.mean(_F57G4_RANGES)), key="lcl", tol=1e-4)  # fmt: skip
_F57G4_ROWS = [[8.12, 8.15, 8.10, 8.14], [8.11, 8.13, 8.16, 8.12], [8.14, 8.10, 8.13, 8.15], [8.13, 8.12, 8.11, 8.16],
               [8.10, 8.14, 8.12, 8.13], [8.15, 8.11, 8.14, 8.12], [8.12, 8.16, 8.13, 8.11]]  # fmt: skip
_F57G4_D2 = integrate.quad(lambda t: 1 - stats.norm.cdf(t) ** 4 - stats.norm.sf(t) ** 4, -np.inf, np.inf)[0]
_F57G4_TABLE = "\n".join("\t".join([str(i), *map(str, r)]) for i, r in enumerate(_F57G4_ROWS, 1))
item(f"Pin length (mm), 4 pins pulled each hour (n=4):\nhour\tm1\tm2\tm3\tm4\n{_F57G4_TABLE}\nX-bar chart with the "
     "R-bar method: UCL?", "control_chart", "number",
     float(np.mean(_F57G4_ROWS) + 3 * np.ptp(_F57G4_ROWS, axis=1).mean() / (_F57G4_D2 * 2)), key="ucl", tol=1e-4)  # fmt: skip
_F57G4_COUNTS = [9, 14, 11, 7, 12, 10, 13, 8, 11, 15]
for _q, _n, _key in (("Vigour check: 150 seeds per tray on 10 trays, dead seeds: {c}. p-chart LCL?", 150, "lcl"),
                     ("Seed lab ran 10 tests of 150 seeds; non-germinating: {c}. p chart UCL?", 150, "ucl")):  # fmt: skip
    _p = sum(_F57G4_COUNTS) / (_n * len(_F57G4_COUNTS))
    _half = 3 * math.sqrt(_p * (1 - _p) / _n)
    item(_q.format(c=", ".join(map(str, _F57G4_COUNTS))), "control_chart", "number",
         max(_p - _half, 0.0) if _key == "lcl" else _p + _half, key=_key, tol=1e-6)  # fmt: skip
# f57_g2: pasted spreadsheet data: a wide CSV whose first column labels the rows ("pen,diet_A,diet_B" over
# "P1,..."), tested paired; a long-format table of group, id and measurement columns split by its group (Welch's t in
# the order the question writes, or an ANOVA of three groups); a one-sample alternative naming its quantity ("H1: mean
# fat > 3.5") (references: scipy ttest_rel, ttest_ind, f_oneway, ttest_1samp)
_F57G2_A = [2.31, 2.54, 2.18, 2.47, 2.62, 2.29]
_F57G2_B = [2.45, 2.71, 2.20, 2.66, 2.70, 2.51]
_F57G2_CSV = "\n".join(f"Pen{k},{a},{b}" for k, (a, b) in enumerate(zip(_F57G2_A, _F57G2_B, strict=True), 1))
item(f"pen,diet_A,diet_B\n{_F57G2_CSV}\ndaily gain kg, each pen got both diets in turn so pair by pen. paired t "
     "test, two sided: p?", "hypothesis_test", "number", float(stats.ttest_rel(_F57G2_A, _F57G2_B).pvalue),
     key="p_value")  # fmt: skip
_F57G2_HI = [41.2, 43.8, 40.5, 44.1, 42.7]
_F57G2_LO = [38.9, 40.2, 37.6, 39.8, 41.0, 38.1]
_F57G2_LONG = "\n".join([f"high\t{11 + 2 * k}\t{v}" for k, v in enumerate(_F57G2_HI)]
                         + [f"low\t{12 + 2 * k}\t{v}" for k, v in enumerate(_F57G2_LO)])  # fmt: skip
item(f"Irrigation trial:\n\nwater\tplot\tbiomass_g\n{_F57G2_LONG}\n\nWelch t-test, low minus high. t statistic?",
     "hypothesis_test", "number", float(stats.ttest_ind(_F57G2_LO, _F57G2_HI, equal_var=False).statistic),
     key="statistic")  # fmt: skip
_F57G2_MID = [40.1, 41.5, 39.7, 40.8]
_F57G2_THREE = "\n".join(f"{g},{100 + k},{v}" for k, (g, v) in enumerate(
    [("250", v) for v in _F57G2_HI] + [("150", v) for v in _F57G2_LO] + [("200", v) for v in _F57G2_MID]))  # fmt: skip
item(f"N_kg,plot,protein_g\n{_F57G2_THREE}\none-way ANOVA of protein by N rate, p value?", "anova", "number",
     float(stats.f_oneway(_F57G2_HI, _F57G2_LO, _F57G2_MID).pvalue), key="p_value")  # fmt: skip
_F57G2_FAT = [3.62, 3.48, 3.71, 3.55, 3.66, 3.59, 3.70]
item(f"milk fat %, 7 tankers: {' '.join(map(str, _F57G2_FAT))}. The buyer pays a premium over 3.5%. One-sample "
     "t-test, H1: mean fat > 3.5, one-sided. p?", "hypothesis_test", "number",
     float(stats.ttest_1samp(_F57G2_FAT, 3.5, alternative="greater").pvalue), key="p_value")  # fmt: skip
# f57_g8: a factorial's treatments as the product of its factors' counts however each is written ("4 cap/liner
# types", "2 humidity levels", "3 n rates (80/140/200)", "mulch (yes/no)"), times its replicates; laid out in complete
# blocks, its plots are treatments x blocks (references: itertools over the levels)
for q, levels, times in (
    ("Full factorial packaging study: 2 storage humidities × 4 cap/liner types × 3 fill levels, every combination run "
     "in triplicate. How many runs in total?", [2, 4, 3], 3),
    ("Full factorial: 2 humidity levels × 3 tray/lid materials × 2 bake times, run in duplicate. Total runs?",
     [2, 3, 2], 2),
    ("Orchard trial: 3 spray rates (1/2/4 L/ha) × 2 rootstocks × netting (yes/no), full factorial, randomized "
     "complete block design with 5 blocks, one tree plot per combination per block. How many plots?", [3, 2, 2], 5),
    ("A 3x2 factorial laid out as a randomised complete block design with 6 blocks. Total plots?", [3, 2], 6),
):  # fmt: skip
    item(q, "design", "runs", len(list(itertools.product(*map(range, levels)))) * times)
item("3 rates × 4 varieties as 10 treatments in a randomised complete block design with 5 blocks. How many plots?",
     "design", "refuse", None)  # fmt: skip
# f57_g7: a blend whose target is an amount of the active ("450 kg/ha of product ... 150 kg N/ha out of it"), a blend
# of bracketed components valued by one property ("virgin PP (MFI 12) with regrind (MFI 20) ... target blend MFI =
# 14.5"), and a comma-separated composition table with one amount per column and no total ("N 100 / P2O5 80 / K2O 120
# kg/ha") solved as a square system (references: sympy solve, sympy Matrix.LUsolve)
_G7_X = sp.Symbol("x")
for q, a, b, total, content in (
    ("Topdressing a blend of ammonium sulphate (21% N) and urea (46% N). Total product = 300 kg/ha and I want 90 kg "
     "N/ha out of it. How many kg/ha of the product should be urea?", 46, 21, 300, 90),
    ("Calf ration: a mix of soybean meal (44% protein) and barley (12% protein). Total batch = 800 kg and it has to "
     "contain 160 kg protein. How many kg of soybean meal?", 44, 12, 800, 160),
):  # fmt: skip
    _g7 = sp.solve(sp.Rational(a, 100) * _G7_X + sp.Rational(b, 100) * (total - _G7_X) - content, _G7_X)[0]
    item(q, "algebra", "number", float(_g7))
for q, a, b, total, target in (
    ("We blend resin A (viscosity 120 cP) with resin B (viscosity 450 cP), batch of 200 kg, linear by weight. Target "
     "viscosity 230 cP. How many kg of resin B, exact?", 450, 120, 200, 230),
    ("mixing fresh PET (IV 0.80 dL/g) with flake (IV 0.64 dL/g), lot is 500 kg, target IV = 0.74, linear mixing. how "
     "many kg of flake, exactly?", sp.Rational(64, 100), sp.Rational(80, 100), 500, sp.Rational(74, 100)),
):  # fmt: skip
    _g7 = sp.solve(a * _G7_X + b * (total - _G7_X) - target * total, _G7_X)[0]
    item(q, "algebra", "expr", str(sp.nsimplify(_g7)))
_G7_GRADES = sp.Matrix([[18, 46, 0], [46, 0, 0], [0, 0, 60]]) / 100
item("Need N 60 / P2O5 40 / K2O 90 kg/ha from three fertilisers:\nproduct,N%,P2O5%,K2O%\nDAP,18,46,0\nurea,46,0,0\n"
     "MOP,0,0,60\nSolve for the rates of DAP, urea and MOP (kg/ha) as a vector, exact.", "linear_algebra", "expr",
     str(_G7_GRADES.LUsolve(sp.Matrix([60, 40, 90]))))  # fmt: skip
item("product | N (%) | P2O5 (%) | K2O (%)\nX | 15 | 15 | 15\nY | 46 | 0 | 0\nZ | 0 | 0 | 50\nTarget: N 120, P2O5 "
     "45, K2O 95 kg/ha. Solve for X, Y, Z (kg/ha).", "linear_algebra", "expr",
     str((sp.Matrix([[15, 46, 0], [15, 0, 0], [15, 0, 50]]) / 100).LUsolve(sp.Matrix([120, 45, 95]))))  # fmt: skip
item("Target N 100 / P2O5 80 kg/ha using three products:\nproduct,N%,P2O5%,K2O%\nA,20,10,10\nB,10,20,20\n"
     "MOP,0,0,60\nSolve for the rates of A, B, MOP.", "linear_algebra", "refuse", None)  # fmt: skip
# f57_g3: tables pasted as CSV with a header row: a regression of the named response on the named predictor whose
# first column is the rows' id ("tree_id" codes, "Paddock" labels Pd1 ...), the columns matched to the words; an RCBD
# in long format ("block,trt,y" a record a line) by the additive two-way ANOVA (references: scipy linregress, the
# additive model's sums of squares by numpy and scipy's F distribution)
_G3_X, _G3_Y = [2, 2, 4, 4, 6, 6, 8, 8], [11.8, 12.4, 15.1, 14.6, 17.9, 18.5, 21.0, 20.2]
_G3_CSV = "tree_id,age_yr,girth_cm\n" + "\n".join(f"{501 + i},{x},{y}" for i, (x, y) in
                                                   enumerate(zip(_G3_X, _G3_Y, strict=True)))  # fmt: skip
item(_G3_CSV + "\nfit girth ~ age (OLS) - slope in cm per year?", "regression", "number",
     stats.linregress(_G3_X, _G3_Y).slope, key="value")  # fmt: skip
_G3_P, _G3_Q = [1.2, 2.0, 2.9, 3.6, 1.5, 2.4, 3.2], [3.9, 4.6, 5.8, 6.1, 4.1, 5.0, 6.0]
_G3_PADDOCKS = "Paddock,OM_%,Forage_t/ha\n" + "\n".join(f"Pd{i + 1},{x},{y}" for i, (x, y) in
                                                       enumerate(zip(_G3_P, _G3_Q, strict=True)))  # fmt: skip
item(_G3_PADDOCKS + "\nlinear regression of forage on organic matter: R squared?", "regression", "number",
     stats.linregress(_G3_P, _G3_Q).rvalue ** 2, key="value")  # fmt: skip
_G3_RCBD = np.array([[18.2, 19.0, 17.5, 18.8], [20.1, 21.4, 19.6, 20.9], [19.0, 19.8, 18.1, 19.9]])  # trt x block


def _g3_rcbd_p(y: np.ndarray) -> float:
    """The treatments' p-value of the additive model of ``y[i][j]`` (treatment i, block j)."""
    t, b = y.shape
    grand = y.mean()
    ss_t = b * ((y.mean(axis=1) - grand) ** 2).sum()
    ss_b = t * ((y.mean(axis=0) - grand) ** 2).sum()
    ss_e = ((y - grand) ** 2).sum() - ss_t - ss_b
    df_e = (t - 1) * (b - 1)
    return float(stats.f.sf(ss_t / (t - 1) / (ss_e / df_e), t - 1, df_e))


_G3_LONG = "unit,blk,fertiliser,biomass\n" + "\n".join(
    f"{j * 3 + i + 1},B{j + 1},{name},{_G3_RCBD[i, j]}"
    for j in range(4)
    for i, name in enumerate(("urea", "AN", "CAN"))
)
item("Randomized complete block design, one unit per fertiliser per block:\n" + _G3_LONG + "\nadditive two-way ANOVA "
     "(fertiliser + block): p-value for fertiliser?", "anova", "number", _g3_rcbd_p(_G3_RCBD), key="p_value")  # fmt: skip


# f57_g1: a derivative of any order at a point named by what it is ("at the MLE p̂ = 9/20", "at the stationary point q =
# 4"); a variable N keeps its name in the answer; a rate's total between events glossed with their values ("between
# sowing (t=0) and day 45"); the maximum growth rate of a logistic is the maximum of its derivative (references: sympy
# diff, integrate and solve)
_G1_P, _G1_Q, _G1_N, _G1_T = sp.symbols("p q N t", positive=True)
_G1_LL = 9 * sp.log(_G1_P) + 11 * sp.log(1 - _G1_P)
item("For the log-likelihood l(p) = 9 ln p + 11 ln(1 − p), what is l''(p) evaluated at the MLE p̂ = 9/20? exact please",
     "calculus", "expr", str(sp.diff(_G1_LL, _G1_P, 2).subs(_G1_P, sp.Rational(9, 20))))  # fmt: skip
item("Cost C(q) = q^3 - 6q^2 + 20. What is C''(q) at the stationary point q = 4?", "calculus", "expr",
     str(sp.diff(_G1_Q**3 - 6 * _G1_Q**2 + 20, _G1_Q, 2).subs(_G1_Q, 4)))  # fmt: skip
_G1_Y = 8 * (1 - sp.exp(-sp.Rational(1, 50) * (_G1_N + 30)))
item("Yield Y = 8·(1 − exp(−0.02·(N + 30))) t/ha, N = nitrogen rate kg/ha. Give dY/dN as an expression in N.",
     "calculus", "expr", str(sp.diff(_G1_Y, _G1_N)))  # fmt: skip
_G1_R = sp.Rational(12, 5) * _G1_T * sp.exp(-_G1_T / 15)
item("Uptake rate r(t) = 2.4·t·e^(−t/15) kg/ha per day, t = days after sowing. Total taken up between sowing (t=0) "
     "and day 45? exact please", "calculus", "expr", str(sp.integrate(_G1_R, (_G1_T, 0, 45))))  # fmt: skip
_G1_H = 30 / (1 + sp.exp(-sp.Rational(1, 10) * (_G1_T - 40)))
_G1_PEAK = sp.solve(sp.diff(_G1_H, _G1_T, 2), _G1_T)[0]
item("Height H(t) = 30/(1 + e^(−0.1·(t − 40))) cm, t in days. What is the maximum growth rate, in cm per day?",
     "calculus", "number", float(sp.diff(_G1_H, _G1_T).subs(_G1_T, _G1_PEAK)))  # fmt: skip
_G1_U = 3 * _G1_T * sp.exp(-_G1_T / 10)
item("Uptake rate u(t) = 3t e^(-t/10) kg/ha per day, t in days. What is the peak uptake rate?", "calculus", "number",
     float(_G1_U.subs(_G1_T, sp.solve(sp.diff(_G1_U, _G1_T), _G1_T)[0])))  # fmt: skip
# f57_g5: counts with the distribution implied: a graded class ("grade ≥ 3") is which events, not the count asked;
# "k of the n" restates the trials ("6 seeds per pot ... 5 of the 6"); a hypergeometric lot counted in the items drawn
# ("of 20 drums, 5 ...; picks 6 drums"), its count asked after it ("at least one damaged carton") (references: scipy
# binom and hypergeom, sympy binomial coefficients)
item("Risk of a grade ≥ 3 wound infection: 6% per operation, operations independent. Probability of at least 2 such "
     "operations among 30 operations?", "probability", "number", stats.binom.sf(1, 30, 0.06), tol=1e-9)  # fmt: skip
item("Hatch rate 88%. We set 9 eggs per tray; P(at least 8 of the 9 hatch)? eggs independent", "probability",
     "number", stats.binom.sf(7, 9, 0.88), tol=1e-9)  # fmt: skip
item("Of 18 totes staged, 4 are mislabelled. The checker picks 5 totes at random without replacement. Probability that "
     "exactly 1 of the 5 is mislabelled?", "probability", "number", stats.hypergeom.pmf(1, 18, 4, 5), tol=1e-9)  # fmt: skip
item("A crate of 36 jars, 3 of them chipped. Pull 4 jars without replacement: P(at least one chipped jar)? as a "
     "fraction", "probability", "expr",
     expr(1 - sp.binomial(33, 4) / sp.binomial(36, 4)))  # fmt: skip
item("Of 18 totes staged, the checker picks 5 totes at random without replacement. Probability that exactly 1 is "
     "mislabelled?", "probability", "refuse", None)  # fmt: skip

# f58_k5: a polynomial in a Greek unknown asked by its domain's words ("all the real roots?"), logarithms in words
# followed by chatter, the resistor put in parallel with one in place for a stated equivalent (references: sympy)
item("Our loop's characteristic equation came out as\nλ³ + 2λ² − λ − 2 = 0\nCould you list all the real roots?",
     "algebra", "set", roots(x**3 + 2 * x**2 - x - 2))  # fmt: skip
item("solve log base 2 of (x + 6) + log base 2 of x = 4. the key has 1 answer but i get 2 from the quadratic?? which "
     "is right", "algebra", "expr",
     expr(next(r for r in sp.solve(sp.log(x + 6, 2) + sp.log(x, 2) - 4, x) if r > 0)))  # fmt: skip
_K5_R = sp.Symbol("r", positive=True)
item("swap on R9: it's 680 Ω and the combo has to read exactly 470 Ω. what resistor do I put in parallel? exact "
     "fraction", "algebra", "expr",
     expr(sp.solve(sp.Eq(1 / _K5_R, sp.Rational(1, 470) - sp.Rational(1, 680)), _K5_R)[0]))  # fmt: skip
item("A 220 Ω resistor is on the board and the combination must be 330 Ω. What resistance should I add in parallel?",
     "algebra", "refuse", None)  # fmt: skip


# f57_h2: a Poisson count at a rate per a block of pieces, scaled to the pieces counted (scipy poisson); a limit asked
# "for large t" (sympy limit); the economic order quantity in words, the Q > 0 minimising D*S/Q + H*Q/2 (sympy)
for q, mean, k, fn in (
    ("Cap liners: 2.5 wrinkles per 1000 caps on average. In a run of 1600 caps, P(at most 2 wrinkles)?", 4, 2, "cdf"),
    ("A press averages 0.9 misfeeds per 100 sheets. For 300 sheets, what is the probability of exactly 3 misfeeds?",
     sp.Rational(27, 10), 3, "pmf"),
    ("There are 1.4 voids in every 1000 castings. A shipment has 2500 castings. P(more than 4 voids)?", 3.5, 4, "sf"),
):  # fmt: skip
    item(q, "probability", "number", float(getattr(stats.poisson, fn)(k, float(mean))))
item("1.4 voids in every 1000 castings. P(more than 4 voids)?", "probability", "refuse", None)
_f57h2_t = sp.Symbol("t")
for q, body in (
    ("P(t) = 25t/(t + 6). What does P approach for large t?", 25 * _f57h2_t / (_f57h2_t + 6)),
    ("What value does (6t^2 + 1)/(3t^2 - t) settle to for very large t?", (6 * _f57h2_t**2 + 1) / (3 * _f57h2_t**2 - _f57h2_t)),
    ("What does 15(1 - e^(-t/3)) approach for large values of t?", 15 * (1 - sp.exp(-_f57h2_t / 3))),
):  # fmt: skip
    item(q, "calculus", "expr", expr(sp.limit(body, _f57h2_t, sp.oo)))
_f57h2_q = sp.Symbol("Q", positive=True)
for q, demand, order, holding in (
    ("Annual demand is 7,200 units, ordering cost $60 per order and holding cost $1.50 per unit per year. What is the "
     "economic order quantity?", 7200, 60, sp.Rational(3, 2)),
    ("A clinic uses 3600 boxes per year. Order cost is $45 per order; holding cost is $2 per unit per year. EOQ?",
     3600, 45, 2),
    ("Annual demand 4000 units, setup cost $90, carrying cost 20% of the $25 unit cost per year. Economic order "
     "quantity (exact)?", 4000, 90, sp.Rational(20, 100) * 25),
):  # fmt: skip
    _cost = demand * order / _f57h2_q + holding * _f57h2_q / 2
    item(q, "calculus", "set", [str(r) for r in sp.solve(sp.diff(_cost, _f57h2_q), _f57h2_q)])
item("Demand 300 units per week, order cost $40, holding cost $2 per unit per year. EOQ?", "calculus", "refuse", None)
# f58_k3: Bayes' theorem with its rates in a numbered list ("1. Sensitivity 90%"), a false-alarm label after its rate
# ("(false rejects)") and a topic heading ("AOI question."); a share named with an aside before its value ("rejection
# rate (all causes) is 2%"); a Poisson rate per a period named with its length ("per 8-h shift"); a normal's mass
# outside mean ± k SD, of one value or at least one of N independent ones (references: sympy fractions, scipy stats)
_K3_PPV = (
    sp.Rational(3, 100)
    * sp.Rational(19, 20)
    / (sp.Rational(3, 100) * sp.Rational(19, 20) + sp.Rational(97, 100) * sp.Rational(1, 25))
)
item("Summary for the panel:\n1. Sensitivity 95%\n2. Specificity 96%\n3. Prevalence 3%\nWhat is the positive predictive "
     "value, as an exact fraction?", "probability", "expr", expr(_K3_PPV))  # fmt: skip
_K3_SORT = (
    sp.Rational(1, 4)
    * sp.Rational(9, 10)
    / (sp.Rational(1, 4) * sp.Rational(9, 10) + sp.Rational(3, 4) * sp.Rational(1, 25))
)
item("Optical sorter trial. about 25% of the nuts are rotten. the sorter flags 90% of rotten nuts as rotten, but also "
     "flags 4% of sound-looking nuts as rotten (false rejects). if a nut gets flagged, what is the prob it really is "
     "rotten? exact fraction", "probability", "expr", expr(_K3_SORT))  # fmt: skip
item("Our specimen rejection rate (clotted, QNS, all causes) is 2.5%. Out of 120 specimens, each independent, what is "
     "the probability that 5 or more are rejected?", "probability", "number", stats.binom.sf(4, 120, 0.025), tol=1e-9)  # fmt: skip
item("Feeder jams run at about 1.2 per 8-h shift on average (assume Poisson). P(exactly 2 jams in a shift)? exact "
     "expression", "probability", "expr", expr(sp.Rational(6, 5) ** 2 * sp.exp(-sp.Rational(6, 5)) / 2))  # fmt: skip
item("A 1_2s QC rule with 2 controls per run: results are Gaussian and the controls independent. Probability of a "
     "false rejection (at least one of the 2 outside mean ± 2 SD)?", "probability", "number",
     1 - (1 - 2 * stats.norm.cdf(-2)) ** 2, tol=1e-9)  # fmt: skip
item("Results are Gaussian. What is the probability that at least one of the 3 controls falls outside mean ± 2.5 SD?",
     "probability", "refuse", None)  # fmt: skip

# f57_h1: Pearson's r of two columns asked ("correlation coefficient", "how correlated", "Pearson r") is the line's r,
# never a t-test of the columns; a spec "N plus or minus T" is LSL N - T, USL N + T; pairs written per labelled subject
# with arrows are a paired t-test; thousands separators in lists split by spaces or semicolons (references: scipy
# pearsonr, ttest_rel, t interval)
_F57H1_X = [5, 5, 10, 10, 20, 20, 40, 40]
_F57H1_Y = [1.8, 2.1, 3.0, 3.3, 5.2, 4.9, 8.8, 9.4]
_F57H1_CSV = "\n".join(f"{a},{b}" for a, b in zip(_F57H1_X, _F57H1_Y, strict=True))
item(f"conc,signal\n{_F57H1_CSV}\nwhat is the correlation coefficient between conc and signal?", "regression", "number",
     float(stats.pearsonr(_F57H1_X, _F57H1_Y)[0]), key="value", tol=1e-9)  # fmt: skip
item(f"How correlated are load and deflection? load: {' '.join(map(str, _F57H1_X))}; deflection: "
     f"{' '.join(map(str, _F57H1_Y))}", "regression", "number", float(stats.pearsonr(_F57H1_X, _F57H1_Y)[0]),
     key="value", tol=1e-9)  # fmt: skip
item("Kendall tau correlation between x: 1 2 3 4 5 6 and y: 2 1 4 3 6 5?", "regression", "refuse", None)
item("Weld width spec 6.0 mm plus or minus 0.5 mm; mean 6.1 mm, sd 0.12 mm. Cpk?", "capability", "number",
     (6.5 - 6.1) / (3 * 0.12), key="value", tol=1e-9)  # fmt: skip
_F57H1_B = [142, 150, 138, 160, 147, 155]
_F57H1_A = [135, 141, 139, 148, 140, 149]
item("Paired test, blood pressure per patient: "
     + ", ".join(f"Pt{k} {b}->{a}" for k, (b, a) in enumerate(zip(_F57H1_B, _F57H1_A, strict=True), 1)) + ". p-value?",
     "hypothesis_test", "number", float(stats.ttest_rel(_F57H1_B, _F57H1_A).pvalue), key="p_value")  # fmt: skip
_F57H1_K = [2150, 2310, 2280, 2195, 2240]
item("95% confidence interval for the mean: 2,150; 2,310; 2,280; 2,195; 2,240", "confidence_interval", "number",
     float(stats.t.interval(0.95, 4, loc=np.mean(_F57H1_K), scale=stats.sem(_F57H1_K))[0]), key="lower")  # fmt: skip
# f58_k4: a two-column table whose header names carry units in brackets ("Flow (L/min)  dP (kPa)", "t( degC)<TAB>
# V(mV)"); ANOVA rows headed by a dose and its unit ("5 mg/L  61.2 ..."); a die's faces pointing to their counts
# ("1 -> 9"); a two-sided F test explained as a doubled tail; a contract's minimum as the LSL (references: scipy,
# numpy)
_K4_FLOW, _K4_DP = [2, 4, 6, 8, 10, 12], [0.9, 3.1, 7.4, 12.6, 20.1, 28.8]
item("pump loop, straight-line fit of dP against flow\n\nFlow (L/min)    dP (kPa)\n"
     + "\n".join(f"{a}          {b}" for a, b in zip(_K4_FLOW, _K4_DP, strict=True)) + "\n\nR^2 of the linear fit?",
     "regression", "number", float(np.corrcoef(_K4_FLOW, _K4_DP)[0, 1] ** 2))  # fmt: skip
_K4_T, _K4_L = [0, 25, 50, 75, 100], [100.0, 109.8, 119.4, 129.5, 138.9]
item("strain gauge drift, line L = a + b*T\nT(°C)\tL(Ω)\n" + "\n".join(f"{a}\t{b}" for a, b in zip(_K4_T, _K4_L, strict=True))
     + "\nR squared of the fit?", "regression", "number", float(np.corrcoef(_K4_T, _K4_L)[0, 1] ** 2))  # fmt: skip
_K4_DOSE = [[61.2, 60.5, 62.0, 61.1], [64.8, 65.3, 64.1, 65.9], [66.0, 66.4, 65.2, 66.8]]
item("flocculant trial, turbidity removal (%):\n"
     + "\n".join(f"{d} mg/L    " + "   ".join(map(str, g)) for d, g in zip((5, 10, 15), _K4_DOSE, strict=True))
     + "\none-way ANOVA: the F?", "anova", "number", float(stats.f_oneway(*_K4_DOSE).statistic), key="statistic")  # fmt: skip
_K4_FACES = [14, 9, 10, 6, 12, 9]
item("die thrown 60 times:\n" + "\n".join(f"{i} -> {c}" for i, c in enumerate(_K4_FACES, 1))
     + "\nchi-square goodness of fit for a fair die: p-value?", "hypothesis_test", "number",
     float(stats.chisquare(_K4_FACES).pvalue), key="p_value")  # fmt: skip
item("Line 1: SD 2.4, n = 13\nLine 2: SD 1.5, n = 16\nF-test for equal variances, larger variance on top, two-sided "
     "(twice the upper-tail area). p-value?", "hypothesis_test", "number",
     float(2 * stats.f.sf(2.4**2 / 1.5**2, 12, 15)), key="p_value")  # fmt: skip
_K4_ZN = [52.1, 52.8, 51.6, 53.0, 52.4, 51.9, 52.6, 52.2, 53.1, 51.8]
item("zinc concentrate grade by shift (%Zn): " + " ".join(map(str, _K4_ZN)) + ". The contract minimum is 50.0 % Zn, no "
     "upper limit. Ppk with the overall SD (n-1)?", "capability", "number",
     float((np.mean(_K4_ZN) - 50.0) / (3 * np.std(_K4_ZN, ddof=1))), key="ppk")  # fmt: skip
# f58_k2: calculus asks with prose around them: a closing purpose ("... dx for a load calc", "... for the total
# volume"), a unit "per hour of fill time", a guessed value for a limit ("... is 1??"), a mean value whose parameters
# are set beside it ("r = Rm·c/(K + c) with Rm = 60 and K = 4"), a bracket relating units ("(mA·ms = µC)")
_K2_X, _K2_T, _K2_C = sp.symbols("x t c", positive=True)
item("Michaelis-Menten uptake r = Rm·c/(K + c) with Rm = 60 and K = 4. what is the average value of r over the "
     "concentration range c = 0 to 12? exact w/ logs ok", "calculus", "expr",
     str(sp.integrate(60 * _K2_C / (4 + _K2_C), (_K2_C, 0, 12)) / 12))  # fmt: skip
item("flow into the tank falls off as q(t) = 8·e^(−0.5t) m^3/h per hour of fill time. integrate it from t=0 to t=4 h "
     "for the total volume — exact form please", "calculus", "expr",
     str(sp.integrate(8 * sp.exp(-_K2_T / 2), (_K2_T, 0, 4))))  # fmt: skip
item("leakage current modelled as i(t) = 3·e^(−t/5) mA, t in ms. total charge between t=0 and t=10 ms, in µC "
     "(mA·ms = µC)?", "calculus", "expr", str(sp.integrate(3 * sp.exp(-_K2_T / 5), (_K2_T, 0, 10))))  # fmt: skip
item("need ∫ from 0 to 1 of x·e^x dx for a load calc, exact", "calculus", "expr",
     str(sp.integrate(_K2_X * sp.exp(_K2_X), (_K2_X, 0, 1))))  # fmt: skip
item("is it true the limit as x -> 0 of sin(3x)/x is 1?? exact value", "calculus", "expr",
     str(sp.limit(sp.sin(3 * _K2_X) / _K2_X, _K2_X, 0)))  # fmt: skip
item("is the limit of (e^(2x) - 1)/x as x -> 0 equal to 1? my notes say so", "calculus", "expr",
     str(sp.limit((sp.exp(2 * _K2_X) - 1) / _K2_X, _K2_X, 0)))  # fmt: skip


# f58_k6: a factorial whose factors are a numbered or bulleted list ("1. Buffer: 2 levels"); a chart's labelled
# subgroup means and ranges (or sds) with a unit in brackets ("x-bar (mm): ..."); a p chart's total said over the
# samples ("total defectives over all 25 samples = 120"); pairs comparing two named things with the sd of the pair
# differences (references: the product of the levels, the published A2/A3 factors, p-bar + 3 sqrt(p-bar (1 - p-bar)
# / n), the z formula by scipy norm.ppf)
item("Assay robustness, full factorial:\n1. Buffer: 2 levels\n2. Incubation time: 4 levels\n3. Plate type: 3 levels\n\n"
     "every cell run twice. How many runs in total?", "design", "runs", 2 * 4 * 3 * 2)  # fmt: skip
item("Line trial, general factorial:\n- Die: 3 levels\n- Lubricant: 2 levels\nsingle replicate. how many runs?",
     "design", "runs", 3 * 2)  # fmt: skip
_K6_M, _K6_R = [12.31, 12.28, 12.35, 12.30, 12.27, 12.33], [0.05, 0.07, 0.04, 0.06, 0.08, 0.05]
item(f"Pin lengths, subgroups of 4:\nx-bar (mm): {' '.join(map(str, _K6_M))}\nR (mm): {' '.join(map(str, _K6_R))}\n"
     "UCL of the x-bar chart?", "control_chart", "number", float(np.mean(_K6_M) + 0.729 * np.mean(_K6_R)),
     key="ucl")  # fmt: skip
_K6_S = [0.21, 0.18, 0.25, 0.19, 0.22, 0.20]
item(f"Torque, n = 6 per subgroup\nmeans [Nm]: {' '.join(map(str, _K6_M))}\ns [Nm]: {' '.join(map(str, _K6_S))}\n"
     "xbar chart UCL?", "control_chart", "number", float(np.mean(_K6_M) + 1.287 * np.mean(_K6_S)), key="ucl")  # fmt: skip
_K6_P = 120 / (25 * 200)
item("25 samples of 200 caps each, total defectives over all 25 samples = 120. p chart UCL (3 sigma)?",
     "control_chart", "number", _K6_P + 3 * math.sqrt(_K6_P * (1 - _K6_P) / 200), key="ucl")  # fmt: skip
_K6_Z = stats.norm.ppf(0.975) + stats.norm.ppf(0.8)
item("How many paired samples do we need to detect a mean bias of 0.4 mg/L between the two analyzers? SD of the pair "
     "differences 0.9 mg/L, alpha 0.05 two-sided, power 80%, z approximation", "sample_size", "int",
     math.ceil((_K6_Z * 0.9 / 0.4) ** 2), key="n")  # fmt: skip


# f58_k1: mineral-processing mass balances from assays: the two-product recovery c(f - t)/(f(c - t)) and mass yield
# (f - t)/(c - t) in %, and the three-product balance of two metals' assays (references: sympy's exact solution)
_K1_F, _K1_C, _K1_T = sp.Rational("1.45"), sp.Rational("22.8"), sp.Rational("0.16")
item("mill shift sheet, assays: feed 1.45 % Cu / conc 22.8 % Cu / tail 0.16 % Cu. Cu recovery to the conc in percent?",
     "algebra", "number", float(100 * _K1_C * (_K1_F - _K1_T) / (_K1_F * (_K1_C - _K1_T))))  # fmt: skip
item("feed grade 1.45% Cu, concentrate grade 22.8% Cu, tailings 0.16% Cu: what's the concentrate mass yield, % of feed?",
     "algebra", "number", float(100 * (_K1_F - _K1_T) / (_K1_C - _K1_T)))  # fmt: skip
_K1_M = sp.symbols("k1m1:4")
_K1_A = [[sp.Rational("58.0"), sp.Rational("1.9"), sp.Rational("0.25")],
         [sp.Rational("4.8"), sp.Rational("50.5"), sp.Rational("0.55")]]  # fmt: skip
(_K1_SOL,) = sp.linsolve([sum(_K1_M) - 100] + [sum(a * m for a, m in zip(row, _K1_M, strict=True)) - 100 * f
                          for row, f in zip(_K1_A, (sp.Rational("3.1"), sp.Rational("5.4")), strict=True)], _K1_M)  # fmt: skip
_K1_TABLE = ("Pb/Zn flotation survey, balance it off both assays.\nstream  Pb %  Zn %\nfeed  3.1  5.4\n"
             "Pb conc  58.0  4.8\nZn conc  1.9  50.5\ntailings  0.25  0.55\n")  # fmt: skip
item(_K1_TABLE + "mass yield of the Pb conc (% of feed)?", "linear_algebra", "number", float(_K1_SOL[0]))
item(_K1_TABLE + "what's the Zn recovery to the Zn conc, %?", "linear_algebra", "number",
     float(_K1_A[1][1] * _K1_SOL[1] / sp.Rational("5.4")))  # fmt: skip


def write() -> None:
    """Write reason.yaml from ITEMS."""
    import yaml

    header = "# Generated by examples/evals/reference_answers.py --write; do not edit by hand.\n"
    suite = {"suite": "reason", "type": "reason", "thresholds": THRESHOLDS, "items": ITEMS}
    text = yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=120)
    (HERE / "reason.yaml").write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    held, probe, unseen = (sum(i["split"] == split for i in ITEMS) for split in ("heldout", PROBE, UNSEEN))
    print(f"{len(ITEMS)} items ({held} held out, {probe} probe, {unseen} unseen)")
