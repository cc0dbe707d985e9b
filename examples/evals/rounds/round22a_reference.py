"""round22a references: independent engines (sympy, scipy.stats, statsmodels, math).
Voice: aerospace manufacturing engineer + environmental testing lab analyst."""
import math
import os
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.weightstats import ttest_ind as sm_ttest_ind

x, t = sp.symbols("x t")
items = []


def add(mode, question, compare, reference):
    items.append({"id": f"r{len(items) + 1:02d}", "split": "unseen", "question": question,
                  "mode": mode, "compare": compare, "reference": reference})


# ---------------- calculus (4) ----------------
# r01: derivative of cure temperature profile T(t) = 25 + 150(1 - e^(-t/30)) -> dT/dt
T = 25 + 150 * (1 - sp.exp(-t / 30))
add("calculus",
    "Autoclave cure ramp for a carbon/epoxy layup follows T(t) = 25 + 150(1 − e^(−t/30)) °C with t in minutes. What is dT/dt?",
    {"rule": "expr"}, str(sp.simplify(sp.diff(T, t))))

# r02: definite integral of x^2 e^-x from 0 to 3 = 2 - 17 e^-3
I2 = sp.integrate(x**2 * sp.exp(-x), (x, 0, 3))
assert sp.simplify(I2 - (2 - 17 * sp.exp(-3))) == 0
add("calculus", "integrate x^2 e^(-x) dx from 0 to 3, exact form please",
    {"rule": "expr"}, str(sp.simplify(I2)))

# r03: second derivative of ln(x^2 + 1)
d2 = sp.simplify(sp.diff(sp.log(x**2 + 1), x, 2))
assert sp.simplify(d2 - (2 - 2 * x**2) / (x**2 + 1) ** 2) == 0
add("calculus", "second derivative of ln(x² + 1) wrt x", {"rule": "expr"}, str(d2))

# r04: limit (1 - cos 3x)/x^2 as x -> 0 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert L == sp.Rational(9, 2)
add("calculus", "What is the limit of (1 - cos(3x))/x^2 as x goes to 0?", {"rule": "expr"}, str(L))

# ---------------- algebra (3) ----------------
# r05: roots of a cubic x^3 - 6x^2 + 11x - 6 -> {1, 2, 3}
r5 = sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x)
add("algebra", "Find all roots of x^3 − 6x^2 + 11x − 6 = 0", {"rule": "set"}, sorted(str(r) for r in r5))

# r06: quadratic calibration inversion: 0.02c^2 + 0.3c = 2.0 -> roots c = 5 and c = -20
c = sp.symbols("c")
r6 = sp.solve(sp.Rational(2, 100) * c**2 + sp.Rational(3, 10) * c - 2, c)
assert set(r6) == {5, -20}
add("algebra", "Solve 0.02c² + 0.3c − 2 = 0 for c (give both roots, I'll throw out the negative one for the concentration)",
    {"rule": "set"}, sorted(str(r) for r in r6))

# r07: simplify (x^2 - 9)/(x^2 + x - 6) -> (x - 3)/(x - 2)
s7 = sp.cancel((x**2 - 9) / (x**2 + x - 6))
assert sp.simplify(s7 - (x - 3) / (x - 2)) == 0
add("algebra", "simplify (x^2 - 9)/(x^2 + x - 6)", {"rule": "expr"}, str(s7))

# ---------------- linear algebra (2) ----------------
# r08: determinant of tridiagonal stiffness matrix -> 32
K = sp.Matrix([[4, -2, 0], [-2, 4, -2], [0, -2, 4]])
assert K.det() == 32
add("linear_algebra",
    "Determinant of the stiffness matrix K = [[4, -2, 0], [-2, 4, -2], [0, -2, 4]] (kN/mm)",
    {"rule": "int"}, int(K.det()))

# r09: eigenvalues of plane-stress tensor [[50, 30], [30, -10]] MPa -> 20 ± 30√2 (principal stresses)
S = sp.Matrix([[50, 30], [30, -10]])
ev = list(S.eigenvals().keys())
assert set(sp.nsimplify(e) for e in ev) == {20 + 30 * sp.sqrt(2), 20 - 30 * sp.sqrt(2)}
add("linear_algebra",
    "Plane stress at a fastener hole: σ = [[50, 30], [30, −10]] MPa. Find the eigenvalues of this matrix (the principal stresses).",
    {"rule": "set"}, ["20 + 30*sqrt(2)", "20 - 30*sqrt(2)"])

# ---------------- probability (4) ----------------
# r10: Poisson, 0.3 voids per m^2 on a 5 m^2 panel, P(0) = e^-1.5
p10 = stats.poisson.pmf(0, 0.3 * 5)
assert abs(p10 - math.exp(-1.5)) < 1e-12
add("probability",
    "Porosity voids in our cured skin panels run about 0.3 per m^2 (Poisson). What's the probability a 5 m^2 panel has zero voids?",
    {"rule": "number", "tol": 1e-4}, float(p10))

# r11: binomial P(X <= 1), n = 50, p = 0.02
p11 = stats.binom.cdf(1, 50, 0.02)
assert abs(p11 - (0.98**50 + 50 * 0.02 * 0.98**49)) < 1e-12
add("probability",
    "A fastener lot is 2% defective. If receiving inspection pulls fifty at random, what is the probability of finding at most one defective?",
    {"rule": "number", "tol": 1e-4}, float(p11))

# r12: normal upper tail P(X > 48), mu 45, sigma 1.5 -> sf(2)
p12 = stats.norm.sf(48, 45, 1.5)
add("probability",
    "installed torque ~ normal, mean 45 in-lb, σ = 1.5 in-lb. fraction of fasteners over 48 in-lb?",
    {"rule": "number", "tol": 1e-5}, float(p12))

# r13: Weibull reliability R(5000) = exp(-(5000/8000)^2.5)
p13 = stats.weibull_min.sf(5000, 2.5, scale=8000)
assert abs(p13 - math.exp(-(5000 / 8000) ** 2.5)) < 1e-12
add("probability",
    "Actuator seals follow a Weibull with shape β = 2.5 and characteristic life η = 8000 flight hours. What is the reliability (probability of surviving) at 5000 hours?",
    {"rule": "number", "tol": 1e-4}, float(p13))

# ---------------- hypothesis tests (4) ----------------
# r14: one-sample two-sided t-test vs 10.0 mg/L, p-value
d14 = [10.2, 9.9, 10.4, 10.3, 10.1, 10.5, 10.2]
r14 = stats.ttest_1samp(d14, 10.0)
add("hypothesis_test",
    "Seven replicate analyses of a 10.0 mg/L check standard gave 10.2, 9.9, 10.4, 10.3, 10.1, 10.5 and 10.2 mg/L. "
    "Two-sided one-sample t-test against 10.0: what's the p-value? I want to know if the method is biased.",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t-test from summary stats, two-sided p-value
r15 = stats.ttest_ind_from_stats(28.4, 1.9, 12, 26.9, 2.6, 10, equal_var=False)
add("hypothesis_test",
    "Lap-shear strength of two adhesive batches: batch 1 n = 12, mean 28.4 MPa, sd 1.9 MPa; batch 2 n = 10, mean 26.9 MPa, sd 2.6 MPa. "
    "Welch t-test (unequal variances), two-sided — p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r15.pvalue))

# r16: paired t-test, split samples, two-sided p-value
ours = [4.12, 3.87, 5.30, 2.95, 6.41, 4.78, 3.66, 5.02]
contract = [4.20, 3.95, 5.41, 3.02, 6.39, 4.90, 3.75, 5.10]
r16 = stats.ttest_rel(ours, contract)
add("hypothesis_test",
    "Split samples for nitrate (mg/L as N), our lab vs the contract lab, same 8 samples in order. "
    "Ours: 4.12, 3.87, 5.30, 2.95, 6.41, 4.78, 3.66, 5.02. Contract: 4.20, 3.95, 5.41, 3.02, 6.39, 4.90, 3.75, 5.10. "
    "Paired t-test, two-sided, p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r16.pvalue))

# r17: exact binomial test, one-sided greater, 9 of 150 vs p0 = 0.03 -> P(X >= 9)
r17 = stats.binomtest(9, 150, 0.03, alternative="greater")
assert abs(r17.pvalue - stats.binom.sf(8, 150, 0.03)) < 1e-12
add("hypothesis_test",
    "Our internal audit found 9 nonconforming traveler records out of 150 reviewed. The target is 3% or less. "
    "Exact binomial test, one-sided (H1: rate > 3%) — what's the p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r17.pvalue))

# ---------------- regression (2) ----------------
# r18: calibration curve slope (absorbance per mg/L), OLS with intercept
conc = [0, 0.5, 1.0, 2.0, 5.0, 10.0]
absb = [0.002, 0.041, 0.083, 0.165, 0.409, 0.818]
f18 = sm.OLS(absb, sm.add_constant(conc)).fit()
lr18 = stats.linregress(conc, absb)
assert abs(f18.params[1] - lr18.slope) < 1e-12
add("regression",
    "Phosphate calibration curve. Standards 0, 0.5, 1.0, 2.0, 5.0, 10.0 mg/L gave absorbances 0.002, 0.041, 0.083, 0.165, 0.409, 0.818. "
    "Least-squares straight line (with intercept): what is the slope?",
    {"rule": "number", "tol": 1e-5, "key": "slope"}, float(f18.params[1]))

# r19: torque-tension line, R^2
torque = [10, 15, 20, 25, 30, 35]
clamp = [8.1, 12.3, 16.0, 20.4, 23.9, 28.2]
f19 = sm.OLS(clamp, sm.add_constant(torque)).fit()
assert abs(f19.rsquared - stats.linregress(torque, clamp).rvalue ** 2) < 1e-12
add("regression",
    "torque-tension check on 3/8 bolts: torque 10, 15, 20, 25, 30, 35 N·m → clamp load 8.1, 12.3, 16.0, 20.4, 23.9, 28.2 kN. "
    "fit clamp load vs torque as a straight line, what's R²?",
    {"rule": "number", "tol": 1e-5, "key": "r_squared"}, float(f19.rsquared))

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA on raw data, p-value
A = [62.1, 63.4, 61.8, 62.9, 63.0]
B = [64.2, 65.1, 63.8, 64.9, 65.3]
C = [62.8, 63.5, 62.2, 63.9, 63.1]
r20 = stats.f_oneway(A, B, C)
add("anova",
    "Short-beam shear strength (MPa) for three cure cycles. Cycle A: 62.1, 63.4, 61.8, 62.9, 63.0. "
    "Cycle B: 64.2, 65.1, 63.8, 64.9, 65.3. Cycle C: 62.8, 63.5, 62.2, 63.9, 63.1. "
    "One-way ANOVA, do the cycles differ? Give the p-value.",
    {"rule": "number", "tol": 1e-5, "key": "p_value"}, float(r20.pvalue))

# r21: one-way ANOVA from summary stats, F statistic (classic pooled)
ns = [6, 6, 6, 6]
ms = [2.41, 2.55, 2.38, 2.62]
sds = [0.12, 0.15, 0.10, 0.14]
N = sum(ns); k = len(ns)
gm = sum(n * m for n, m in zip(ns, ms)) / N
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, ms))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / (k - 1)) / (ssw / (N - k))
# cross-check with statsmodels anova_oneway on summary statistics
from statsmodels.stats.oneway import anova_generic
chk = anova_generic(np.array(ms), np.array(sds) ** 2, np.array(ns), use_var="equal")
assert abs(chk.statistic - F21) < 1e-9, chk
add("anova",
    "Round-robin on an arsenic reference water, four labs, six replicates each (µg/L). "
    "Lab 1 mean 2.41 sd 0.12; Lab 2 mean 2.55 sd 0.15; Lab 3 mean 2.38 sd 0.10; Lab 4 mean 2.62 sd 0.14. "
    "Classic one-way ANOVA (equal variances) from these summaries — what's the F statistic?",
    {"rule": "number", "tol": 1e-3, "key": "statistic"}, float(F21))

# ---------------- design (3) ----------------
# r22: 2^(7-3) resolution IV fractional factorial -> 16 runs
add("design",
    "We have seven process factors for a drilling study on CFRP/titanium stacks and want a 1/8 fraction of the two-level factorial (2^(7−3), resolution IV), no center points. How many runs?",
    {"rule": "runs"}, 2 ** (7 - 3))

# r23: CCD, 3 factors, full 2^3 core + 6 axial + 6 center -> 20
add("design",
    "central composite design, 3 factors (cure temp, pressure, dwell time), full factorial cube, axial points, 6 center runs. total runs?",
    {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r24: Box-Behnken, 4 factors, 3 center points -> 24 + 3 = 27
add("design",
    "How many runs in a Box-Behnken design for four factors with three center points?",
    {"rule": "runs"}, 2 * 4 * 3 + 3)

# ---------------- control charts (2) ----------------
# r25: X-bar chart UCL with R-bar, n = 5, A2 = 0.577 -> 12.50 + 0.577*0.42
A2_5 = 0.577
ucl25 = 12.50 + A2_5 * 0.42
# A2 from d2 exact: 3/(d2*sqrt(n)), d2(5)=2.326
assert abs(3 / (2.326 * math.sqrt(5)) - A2_5) < 5e-4
add("control_chart",
    "X-bar/R chart on hole diameter, subgroups of 5: grand mean 12.50 mm, R-bar 0.42 mm. What's the UCL for the X-bar chart?",
    {"rule": "number", "tol": 1e-3, "key": "ucl"}, round(ucl25, 5))

# r26: c chart UCL: 96 indications over 25 radiographs, cbar = 3.84, UCL = cbar + 3 sqrt(cbar)
cbar = 96 / 25
ucl26 = cbar + 3 * math.sqrt(cbar)
add("control_chart",
    "c chart for porosity indications per weld radiograph. Twenty-five radiographs, 96 indications total. Upper control limit?",
    {"rule": "number", "tol": 1e-3, "key": "ucl"}, float(ucl26))

# ---------------- capability (2) ----------------
# r27: Cpk, specs 40-50 in-lb, mean 45.8, sd 1.1 -> min(5.8, 4.2)/(3*1.1)
cpk27 = min(50 - 45.8, 45.8 - 40) / (3 * 1.1)
add("capability",
    "Torque spec is 40 to 50 in-lb. Process mean 45.8 in-lb, standard deviation 1.1 in-lb. Cpk?",
    {"rule": "number", "tol": 1e-4, "key": "cpk"}, float(cpk27))

# r28: Cp, 25.000 ± 0.025 mm, sigma 0.006 mm -> 0.05/(6*0.006)
cp28 = (25.025 - 24.975) / (6 * 0.006)
add("capability",
    "Bore diameter spec 25.000 ± 0.025 mm, process σ = 0.006 mm. What's Cp?",
    {"rule": "number", "tol": 1e-4, "key": "cp"}, float(cp28))

# ---------------- sample size (1) ----------------
# r29: n = ceil((z_0.975 * 0.5 / 0.2)^2) = ceil(24.009) = 25
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.5 / 0.2) ** 2)
assert n29 == 25
add("sample_size",
    "How many replicate samples do I need to estimate mean nitrate to within ±0.2 mg/L at 95% confidence? Take σ = 0.5 mg/L as known.",
    {"rule": "int", "key": "n"}, n29)

# ---------------- unit conversion (1) ----------------
# r30: 250 in·lbf -> N·m; 1 lbf = 4.4482216152605 N, 1 in = 0.0254 m
v30 = 250 * 4.4482216152605 * 0.0254
add("unit_conversion", "convert 250 in·lbf to N·m", {"rule": "number", "tol": 1e-3, "key": "value"}, float(v30))

doc = {
    "suite": "round22a",
    "type": "reason",
    "description": "round22a unseen questions, aerospace manufacturing engineer and environmental-testing lab analyst (torque, composites, mg/L, calibration, audits), mixed terse and full-sentence phrasing",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round22a.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
