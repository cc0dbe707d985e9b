"""Reference answers for round20a (independent engines: sympy, scipy.stats, statsmodels, math).

Voice: a reliability and test engineer at an automotive supplier (failure data, lifetimes,
fixtures, gauges, shift reports). Run with .venv/bin/python examples/evals/rounds/round20a_reference.py
"""
import math
from pathlib import Path

import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import binom_test

items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t, S = sp.symbols("x t S")

# r01 calculus: derivative of a Weibull (beta=2, eta=1200 h) reliability function, dR/dt
R = sp.exp(-(t / 1200) ** 2)
r01 = sp.simplify(sp.diff(R, t))
add("r01", "calculus",
    "Seal reliability model is R(t) = exp(-(t/1200)^2), t in hours. What is dR/dt?",
    {"rule": "expr"}, str(r01))

# r02 calculus: cumulative hazard H(800) = integral of h(t) = 3e-9 t^2 from 0 to 800 h (= 0.512)
r02 = float(sp.integrate(sp.Rational(3, 10**9) * t**2, (t, 0, 800)))
add("r02", "calculus",
    "Hazard rate for the wiper motor brushes is h(t) = 3×10⁻⁹·t² per hour. Integrate it from 0 to 800 h "
    "to get the cumulative hazard H(800).",
    {"rule": "number", "tol": 1.0e-6}, r02)

# r03 calculus: limit (1 - cos 3x)/x^2 as x -> 0 (= 9/2)
r03 = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("r03", "calculus", "lim x→0 of (1 − cos 3x)/x²", {"rule": "expr"}, str(r03))

# r04 calculus: improper integral, mean life of Weibull beta=2 eta=1000 h: int_0^inf exp(-(t/1000)^2) dt = 500 sqrt(pi)
r04 = sp.integrate(sp.exp(-(t / 1000) ** 2), (t, 0, sp.oo))
add("r04", "calculus",
    "Mean time to failure is the integral of R(t) from zero to infinity. For R(t) = exp(-(t/1000)²) "
    "(t in hours), evaluate ∫₀^∞ exp(-(t/1000)²) dt exactly.",
    {"rule": "expr"}, str(sp.simplify(r04)))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> {1/2, 3}
r05 = sp.solve(2 * x**2 - 7 * x + 3, x)
add("r05", "algebra", "solve 2x^2 - 7x + 3 = 0", {"rule": "set"}, [str(r) for r in sorted(r05)])

# r06 algebra: solve L = L0 (1 + alpha dT) for dT (= 20 degC)
dT = sp.symbols("dT")
r06 = sp.solve(sp.Eq(sp.Rational("250.060"), sp.Rational("250.000") * (1 + sp.Rational(12, 10**6) * dT)), dT)[0]
add("r06", "algebra",
    "Fixture rail grows per L = L0(1 + α·ΔT). With L0 = 250.000 mm, L = 250.060 mm and α = 12×10⁻⁶ per °C, "
    "solve for ΔT in °C.",
    {"rule": "number", "tol": 1.0e-6}, float(r06))

# r07 algebra: roots of x^3 - 2x^2 - 5x + 6 = 0 -> {-2, 1, 3}
r07 = sp.solve(x**3 - 2 * x**2 - 5 * x + 6, x)
add("r07", "algebra", "Find all roots of x³ − 2x² − 5x + 6 = 0.", {"rule": "set"},
    [str(r) for r in sorted(r07)])

# r08 linear_algebra: determinant of a 3x3 stiffness matrix (= 18)
M8 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
r08 = int(M8.det())
add("r08", "linear_algebra",
    "Determinant of the fixture stiffness matrix [[2, 1, 0], [1, 3, 1], [0, 1, 4]] (kN/mm)?",
    {"rule": "int"}, r08)

# r09 linear_algebra: eigenvalues of [[6, -2], [-2, 3]] -> {2, 7}
M9 = sp.Matrix([[6, -2], [-2, 3]])
r09 = sorted(M9.eigenvals().keys())
add("r09", "linear_algebra", "eigenvalues of [[6, -2], [-2, 3]]", {"rule": "set"}, [str(v) for v in r09])

# r10 probability: Weibull reliability R(5000) with beta=1.8, eta=12000 h = exp(-(5000/12000)^1.8)
r10 = float(stats.weibull_min.sf(5000, 1.8, scale=12000))
assert abs(r10 - math.exp(-(5000 / 12000) ** 1.8)) < 1e-14
add("r10", "probability",
    "Wheel bearing life follows a two-parameter Weibull with shape β = 1.8 and scale η = 12,000 h. "
    "What is the probability a bearing survives past 5,000 h?",
    {"rule": "number", "tol": 1.0e-4}, r10)

# r11 probability: Poisson mean 2.4 stoppages per shift, P(X >= 5)
r11 = float(stats.poisson.sf(4, 2.4))
add("r11", "probability",
    "Shift reports show the press line averages 2.4 unplanned stoppages per 8-hour shift (Poisson). "
    "Probability of five or more stoppages in one shift?",
    {"rule": "number", "tol": 1.0e-4}, r11)

# r12 probability: Binomial n=50, p=0.03, P(X <= 1)
r12 = float(stats.binom.cdf(1, 50, 0.03))
add("r12", "probability",
    "Connector lots run 3% defective. If we pull 50 connectors at random, what's the chance of at most 1 defective?",
    {"rule": "number", "tol": 1.0e-4}, r12)

# r13 probability: REFUSE -- normal fatigue life with a mean but no standard deviation
add("r13", "probability",
    "Bracket fatigue life on the shaker fixture is normally distributed with a mean of 40,000 cycles. "
    "What fraction of brackets fail before 35,000 cycles?",
    {"rule": "refuse"}, None)

# r14 hypothesis_test: Welch two-sample t-test, two-sided p-value
fixA = [48.2, 51.5, 49.8, 50.9, 47.6, 52.3, 50.1]
fixB = [53.4, 51.8, 55.2, 52.9, 54.7, 50.6, 56.1, 53.3]
r14 = stats.ttest_ind(fixA, fixB, equal_var=False)
# the pooled test must fall outside the tolerance
assert abs(stats.ttest_ind(fixA, fixB, equal_var=True).pvalue - r14.pvalue) > 1e-5
add("r14", "hypothesis_test",
    "Torque-to-failure (N·m) of the latch on fixture A: 48.2, 51.5, 49.8, 50.9, 47.6, 52.3, 50.1. "
    "Fixture B: 53.4, 51.8, 55.2, 52.9, 54.7, 50.6, 56.1, 53.3. Do the fixtures give different means? "
    "Use Welch's t-test (unequal variances), two-sided; give the p-value.",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis_test: paired t-test, two-sided p-value (gauge 1 vs gauge 2 on the same parts)
g1 = [10.012, 10.018, 9.995, 10.004, 10.021, 10.009, 9.998, 10.015]
g2 = [10.015, 10.019, 10.001, 10.006, 10.026, 10.010, 10.003, 10.017]
r15 = stats.ttest_rel(g1, g2)
add("r15", "hypothesis_test",
    "Same 8 pins measured on two bore gauges (mm). Gauge 1: 10.012, 10.018, 9.995, 10.004, 10.021, 10.009, "
    "9.998, 10.015. Gauge 2: 10.015, 10.019, 10.001, 10.006, 10.026, 10.010, 10.003, 10.017. "
    "Paired t-test, two-sided: is there a bias between gauges? p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis_test: chi-square test of independence on a 3x3 table, p-value
tab = np.array([[18, 7, 11], [9, 15, 12], [14, 10, 20]])
chi2, p16, dof16, _ = stats.chi2_contingency(tab, correction=False)
add("r16", "hypothesis_test",
    "Warranty returns by supplier and failure mode. Supplier A: 18 cracked, 7 leaking, 11 noisy. "
    "Supplier B: 9 cracked, 15 leaking, 12 noisy. Supplier C: 14 cracked, 10 leaking, 20 noisy. "
    "Chi-square test of independence between supplier and failure mode — p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17 hypothesis_test: exact binomial test, one-sided greater, 12 failures of 400 vs p0 = 0.015
r17 = float(stats.binomtest(12, 400, 0.015, alternative="greater").pvalue)
assert abs(r17 - binom_test(12, 400, 0.015, alternative="larger")) < 1e-12
add("r17", "hypothesis_test",
    "Supplier claims a field failure rate of no more than 1.5%. In our 400-unit durability run we saw 12 failures. "
    "Exact binomial test, one-sided (H1: rate > 1.5%) — what is the p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r17)

# r18 regression: slope of pad thickness (mm) on mileage (1000 km), OLS
km = [10, 20, 30, 40, 50, 60, 70, 80]
pad = [11.8, 11.1, 10.5, 9.6, 9.0, 8.2, 7.7, 6.9]
fit18 = sm.OLS(pad, sm.add_constant(km)).fit()
add("r18", "regression",
    "Brake pad thickness vs mileage from the fleet test. Mileage (thousand km): 10, 20, 30, 40, 50, 60, 70, 80. "
    "Remaining pad (mm): 11.8, 11.1, 10.5, 9.6, 9.0, 8.2, 7.7, 6.9. Fit a straight line by least squares — "
    "what's the slope in mm per thousand km?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(fit18.params[1]))

# r19 regression: R^2 of a straight-line fit of crack length on cycles
cyc = [5, 10, 15, 20, 25, 30]
crack = [0.42, 0.61, 0.83, 0.99, 1.22, 1.38]
fit19 = sm.OLS(crack, sm.add_constant(cyc)).fit()
add("r19", "regression",
    "crack length mm 0.42 0.61 0.83 0.99 1.22 1.38 at 5 10 15 20 25 30 thousand cycles. linear fit, R²?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit19.rsquared))

# r20 anova: one-way ANOVA on raw data, p-value
st1 = [2.1, 2.4, 1.9, 2.3, 2.2]
st2 = [2.6, 2.9, 2.7, 3.0, 2.5]
st3 = [2.2, 2.0, 2.5, 2.3, 2.4]
r20 = stats.f_oneway(st1, st2, st3)
add("r20", "anova",
    "Helium leak rate (cc/min) from three sealing stations, 5 housings each. Station 1: 2.1, 2.4, 1.9, 2.3, 2.2. "
    "Station 2: 2.6, 2.9, 2.7, 3.0, 2.5. Station 3: 2.2, 2.0, 2.5, 2.3, 2.4. One-way ANOVA: p-value for a "
    "station effect?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(r20.pvalue))

# r21 anova: one-way ANOVA from summary statistics, F statistic
ns = [6, 6, 6]
means = [58.2, 59.1, 57.6]
sds = [1.1, 0.9, 1.3]
N = sum(ns)
gm = sum(n * m for n, m in zip(ns, means)) / N
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, means))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / 2) / (ssw / (N - 3))
# cross-check: f_oneway on synthetic samples with exactly these n, means and sds
def _sample(n, m, sd):
    z = np.arange(n, dtype=float); z = (z - z.mean()) / z.std(ddof=1)
    return m + sd * z
assert abs(stats.f_oneway(*[_sample(n, m, s) for n, m, s in zip(ns, means, sds)]).statistic - F21) < 1e-9
add("r21", "anova",
    "Rockwell C hardness of carburized gears by shift, 6 gears per shift. Day: mean 58.2, sd 1.1; "
    "Swing: mean 59.1, sd 0.9; Night: mean 57.6, sd 1.3. One-way ANOVA (pooled variance) — F statistic?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(F21))

# r22 design: 2^4 full factorial, 3 replicates, no centre points -> 48 runs
add("r22", "design",
    "2^4 full factorial on the crimp fixture (height, force, dwell, die) with three replicates, no centre points. How many runs?",
    {"rule": "runs"}, 2**4 * 3)

# r23 design: face-centred CCD, 3 factors, 6 centre points -> 8 + 6 + 6 = 20 runs
add("r23", "design",
    "We want a face-centered central composite design for 3 factors (weld current, weld time, electrode force) "
    "with 6 center points. Total number of runs?",
    {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r24 design: Box-Behnken, 4 factors, 3 centre points -> 24 + 3 = 27 runs
add("r24", "design", "box-behnken 4 factors, 3 centre pts — runs?", {"rule": "runs"}, 24 + 3)

# r25 control_chart: X-bar chart UCL = grand mean + A2 * Rbar, n = 5 (A2 = 0.577)
A2 = 0.577
r25 = 12.50 + A2 * 0.42
add("r25", "control_chart",
    "X̄-R chart on the valve stem OD gauge: subgroups of 5 parts per hour, grand mean 12.50 mm, "
    "average range R̄ = 0.42 mm. What is the upper control limit of the X̄ chart?",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, round(r25, 6))

# r26 control_chart: p chart UCL = pbar + 3 sqrt(pbar (1 - pbar) / n), pbar = 96/(25*160)
pbar = 96 / (25 * 160)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 160)
add("r26", "control_chart",
    "End-of-line leak test: 25 shifts, 160 units tested each shift, 96 rejects in total. "
    "Set up a p chart — UCL for the fraction rejected?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r26)

# r27 capability: Cpk = min(USL - mean, mean - LSL) / (3 sigma) with mean 32.010, sigma 0.004, specs 32.000 +- 0.020
mu27, sd27, lsl27, usl27 = 32.010, 0.004, 31.980, 32.020
r27 = min(usl27 - mu27, mu27 - lsl27) / (3 * sd27)
add("r27", "capability",
    "Housing bore: mean 32.010 mm, σ = 0.004 mm, tolerance 32.000 ± 0.020 mm. Cpk?",
    {"rule": "number", "tol": 1.0e-3, "key": "cpk"}, round(r27, 10))

# r28 capability: Ppk from raw data, overall sample sd (n - 1), LSL 19.95, USL 20.05
od = [20.012, 20.008, 19.997, 20.021, 20.015, 20.003, 19.992, 20.018, 20.010, 20.006, 20.025, 19.999]
m28 = float(np.mean(od))
s28 = float(np.std(od, ddof=1))
r28 = min(20.05 - m28, m28 - 19.95) / (3 * s28)
add("r28", "capability",
    "Shaft OD readings from the first-article run (mm): 20.012, 20.008, 19.997, 20.021, 20.015, 20.003, 19.992, "
    "20.018, 20.010, 20.006, 20.025, 19.999. Spec 19.95–20.05 mm. Compute Ppk using the overall sample "
    "standard deviation (n − 1).",
    {"rule": "number", "tol": 1.0e-3, "key": "ppk"}, r28)

# r29 sample_size: success-run (zero-failure) demonstration n = ceil(ln(1 - C) / ln(R)), R = 0.95, C = 0.90 -> 45
r29 = math.ceil(math.log(1 - 0.90) / math.log(0.95))
add("r29", "sample_size",
    "Customer wants us to demonstrate 95% reliability at 90% confidence with a zero-failure (success-run) test. "
    "How many parts do we need to put on the rig, all passing?",
    {"rule": "int", "key": "n"}, r29)

# r30 unit_conversion: 85 lbf·ft to N·m (1 lbf·ft = 0.3048 m * 4.4482216152605 N)
r30 = 85 * 0.3048 * 4.4482216152605
add("r30", "unit_conversion", "convert 85 lbf·ft to N·m", {"rule": "number", "tol": 1.0e-3}, r30)

doc = {
    "suite": "round20a",
    "type": "reason",
    "description": "round20a unseen questions, an automotive reliability/test engineer: failure data, lifetimes, "
                   "fixtures, gauges, shift reports; mostly full sentences with units, a few terse",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
out = Path(__file__).with_name("round20a.yaml")
out.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
