"""round21b: reference answers computed independently (sympy, scipy.stats, statsmodels, math).

Voice: a civil/mechanical engineering student and a pharma validation scientist (beams, flows, heat,
concrete strength, tablet dissolution and potency in percent, stability data), mixed formal and chatty.

Run: .venv/bin/python examples/evals/rounds/round21b_reference.py   -> writes round21b.yaml beside this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
import statsmodels.api as sm

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round21b.yaml")
items = []


def add(id_, question, mode, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t, r = sp.symbols("x t r", real=True)

# ---------------------------------------------------------------- calculus (4)
# r01: slope of a beam deflection curve, y(x) = (x^4 - 12x^3 + 216x)/500 (mm, x in m): dy/dx
y = (x**4 - 12 * x**3 + 216 * x) / 500
r01 = sp.expand(sp.diff(y, x))
assert sp.simplify(r01 - (4 * x**3 - 36 * x**2 + 216) / 500) == 0
add("r01", "Simply supported beam, 6 m span, uniform load. The deflection curve is "
    "y(x) = (x⁴ − 12x³ + 216x)/500 (y in mm, x in m). Find the slope dy/dx as a function of x.",
    "calculus", {"rule": "expr"}, str(r01))

# r02: volumetric flow Q = ∫_0^R u(r) 2πr dr with u = umax (1 - r²/R²), umax = 2 m/s, R = 0.05 m
# (m³/s); closed form π R² umax / 2
R, umax = sp.Rational(5, 100), 2
Q = sp.integrate(umax * (1 - r**2 / R**2) * 2 * sp.pi * r, (r, 0, R))
r02 = float(Q)
assert abs(r02 - math.pi * 0.05**2 * 2 / 2) < 1e-15
add("r02", "laminar pipe flow, velocity profile u(r) = 2(1 − r²/0.05²) m/s for 0 ≤ r ≤ 0.05 m. "
    "integrate u·2πr dr from 0 to 0.05 to get the volumetric flow rate Q in m³/s",
    "calculus", {"rule": "number", "tol": 1.0e-7}, r02)

# r03: heat energy E = ∫_0^60 500 e^(-t/20) dt  (J)
E = sp.integrate(500 * sp.exp(-t / 20), (t, 0, 60))
r03 = float(E)
assert abs(r03 - 10000 * (1 - math.exp(-3))) < 1e-9
add("r03", "A heater's power decays as q(t) = 500 e^(−t/20) W. How much energy in joules does it deliver "
    "over the first sixty seconds, i.e. the integral of q(t) from t = 0 to 60 s?",
    "calculus", {"rule": "number", "tol": 1.0e-3}, r03)

# r04: Newton cooling ODE dT/dt = -0.1 (T - 20), T(0) = 90  -> T(t) (expression in t)
Tf = sp.Function("T")
sol = sp.dsolve(sp.Eq(Tf(t).diff(t), -sp.Rational(1, 10) * (Tf(t) - 20)), Tf(t), ics={Tf(0): 90})
r04 = sp.simplify(sol.rhs)
assert sp.simplify(r04 - (20 + 70 * sp.exp(-t / 10))) == 0
add("r04", "Solve the ODE dT/dt = −0.1(T − 20) with T(0) = 90 (Newton's law of cooling, t in minutes, "
    "T in °C). Give T(t).", "calculus", {"rule": "expr"}, str(r04))

# ---------------------------------------------------------------- algebra (3)
# r05: roots of 2x³ − 3x² − 11x + 6 = 0
r05 = sp.solve(2 * x**3 - 3 * x**2 - 11 * x + 6, x)
assert set(r05) == {3, sp.Rational(1, 2), -2}
add("r05", "roots of 2x³ − 3x² − 11x + 6 = 0", "algebra", {"rule": "set"},
    [str(v) for v in sorted(r05)])

# r06: Abrams' law 96.5 / 7^(w) = 40 -> w = ln(96.5/40)/ln 7  (water-cement ratio)
w = sp.symbols("w", positive=True)
r06s = sp.solve(sp.Eq(sp.Rational(965, 10) / 7**w, 40), w)
r06 = float(r06s[0])
assert abs(r06 - math.log(96.5 / 40) / math.log(7)) < 1e-12
add("r06", "Abrams' law for our concrete mix: strength f = 96.5 / 7^w MPa, w = water–cement ratio. "
    "What w gives f = 40 MPa? Solve 96.5/7^w = 40 for w.", "algebra",
    {"rule": "number", "tol": 1.0e-4}, r06)

# r07: simplify (x² − 9)/(x² + x − 6) -> (x − 3)/(x − 2)
r07 = sp.cancel((x**2 - 9) / (x**2 + x - 6))
assert sp.simplify(r07 - (x - 3) / (x - 2)) == 0
add("r07", "simplify (x^2 - 9)/(x^2 + x - 6)", "algebra", {"rule": "expr"}, str(r07))

# ---------------------------------------------------------------- linear algebra (2)
# r08: eigenvalues of the 3-DOF spring stiffness matrix [[2,-1,0],[-1,2,-1],[0,-1,2]]
K = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
ev = list(K.eigenvals().keys())
assert set(sp.nsimplify(v) for v in ev) == {2 - sp.sqrt(2), 2, 2 + sp.sqrt(2)}
add("r08", "For a three-mass spring chain the stiffness matrix (in units of k) is "
    "[[2, −1, 0], [−1, 2, −1], [0, −1, 2]]. Find its eigenvalues.", "linear_algebra",
    {"rule": "set"}, ["2 - sqrt(2)", "2", "2 + sqrt(2)"])

# r09: determinant of [[4,1,2],[1,3,0],[2,0,5]] = 43
A = sp.Matrix([[4, 1, 2], [1, 3, 0], [2, 0, 5]])
r09 = int(A.det())
assert r09 == 43 and round(np.linalg.det(np.array(A.tolist(), dtype=float))) == 43
add("r09", "det of the matrix [[4, 1, 2], [1, 3, 0], [2, 0, 5]]?", "linear_algebra", {"rule": "int"}, r09)

# ---------------------------------------------------------------- probability (4)
# r10: P(fc < 28) for fc ~ N(35, 4²) MPa
r10 = float(stats.norm.cdf(28, loc=35, scale=4))
add("r10", "Cylinder strengths for this C35 mix are normal with mean 35 MPa and σ = 4 MPa. "
    "What's the probability a cylinder breaks below 28 MPa?", "probability",
    {"rule": "number", "tol": 1.0e-5}, r10)

# r11: binomial n=20, p=0.03, P(X <= 1)
r11 = float(stats.binom.cdf(1, 20, 0.03))
assert abs(r11 - (0.97**20 + 20 * 0.03 * 0.97**19)) < 1e-12
add("r11", "3% of tablets from the press are chipped. If I pull 20 tablets at random, what is the "
    "probability that at most one is chipped? (binomial)", "probability",
    {"rule": "number", "tol": 1.0e-5}, r11)

# r12: Poisson, 0.8 cracks per m², area 2.5 m² -> mu = 2; P(X >= 2)
r12 = float(stats.poisson.sf(1, 0.8 * 2.5))
assert abs(r12 - (1 - 3 * math.exp(-2))) < 1e-12
add("r12", "Shrinkage cracks on a slab occur at random at 0.8 per m². What's the chance of at least "
    "two cracks in a 2.5 m² panel? Assume a Poisson process.", "probability",
    {"rule": "number", "tol": 1.0e-5}, r12)

# r13: hypergeometric: 50 vials, 4 defective, draw 5 without replacement, P(no defective)
r13 = float(stats.hypergeom.pmf(0, 50, 4, 5))
assert abs(r13 - math.comb(46, 5) / math.comb(50, 5)) < 1e-14
add("r13", "A tray holds 50 vials of which 4 have cracked necks. QA draws 5 vials without replacement. "
    "Probability that none of the five is cracked?", "probability",
    {"rule": "number", "tol": 1.0e-5}, r13)

# ---------------------------------------------------------------- hypothesis tests (4)
# r14: one-sample t-test of potency vs 100 %, two-sided; reference = p-value
pot = [98.7, 99.4, 101.2, 97.9, 100.3, 98.8, 99.1, 98.5]
res14 = stats.ttest_1samp(pot, 100.0)
r14 = float(res14.pvalue)
add("r14", "Assay results for a 50 mg tablet lot, % of label claim: 98.7, 99.4, 101.2, 97.9, 100.3, "
    "98.8, 99.1, 98.5. Is the mean potency different from 100%? One-sample t-test, two-sided; "
    "report the p-value.", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r14)

# r15: Welch two-sample t-test on dissolution at 30 min; reference = two-sided p-value
ref_b = [88, 91, 85, 90, 87, 89]
test_b = [82, 86, 79, 88, 84, 80]
res15 = stats.ttest_ind(ref_b, test_b, equal_var=False)
r15 = float(res15.pvalue)
add("r15", "% dissolved at 30 min — reference batch: 88, 91, 85, 90, 87, 89; test batch: 82, 86, 79, "
    "88, 84, 80. Welch t-test (unequal variances), two-sided. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r15)

# r16: paired t-test, same 7 tablets on two hardness testers; reference = two-sided p-value
ta = [10.2, 11.5, 9.8, 12.1, 10.9, 11.3, 10.5]
tb = [10.6, 11.9, 10.1, 12.0, 11.4, 11.8, 10.9]
res16 = stats.ttest_rel(ta, tb)
r16 = float(res16.pvalue)
add("r16", "We measured the hardness (kp) of the same seven tablets on tester A and tester B. "
    "A: 10.2, 11.5, 9.8, 12.1, 10.9, 11.3, 10.5. B: 10.6, 11.9, 10.1, 12.0, 11.4, 11.8, 10.9. "
    "Paired t-test, two-sided — what's the p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r16)

# r17: two-proportion z-test (pooled, no continuity correction): 4/120 OOS at 25°C vs 15/120 at 40°C;
# reference = two-sided p-value
z17, p17 = proportions_ztest([4, 15], [120, 120])
r17 = float(p17)
# hand check: pooled p = 19/240
pp = 19 / 240
zz = (4 / 120 - 15 / 120) / math.sqrt(pp * (1 - pp) * (2 / 120))
assert abs(2 * stats.norm.sf(abs(zz)) - r17) < 1e-12
add("r17", "Stability study, out-of-spec results after 6 months: 4 of 120 samples at 25 °C/60% RH, "
    "15 of 120 at 40 °C/75% RH. Two-proportion z-test with the pooled proportion, no continuity "
    "correction, two-sided: p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r17)

# ---------------------------------------------------------------- regression (2)
# r18: stability regression, potency (% LC) on time (months); reference = slope (% per month)
months = [0, 3, 6, 9, 12, 18, 24]
potency = [100.2, 99.6, 99.1, 98.7, 98.0, 97.1, 96.0]
lr18 = stats.linregress(months, potency)
r18 = float(lr18.slope)
ols18 = sm.OLS(potency, sm.add_constant(months)).fit()
assert abs(ols18.params[1] - r18) < 1e-12
add("r18", "Long-term stability data, potency in % of label claim vs time in months: "
    "0 mo 100.2, 3 mo 99.6, 6 mo 99.1, 9 mo 98.7, 12 mo 98.0, 18 mo 97.1, 24 mo 96.0. "
    "Fit a straight line potency = a + b·months by least squares. What's the slope b?",
    "regression", {"rule": "number", "tol": 1.0e-5, "key": "slope"}, r18)

# r19: concrete strength vs water-cement ratio, simple linear regression; reference = R²
wc = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65]
fc = [48.5, 44.1, 40.3, 36.2, 33.0, 29.4]
lr19 = stats.linregress(wc, fc)
r19 = float(lr19.rvalue**2)
ols19 = sm.OLS(fc, sm.add_constant(wc)).fit()
assert abs(ols19.rsquared - r19) < 1e-12
add("r19", "28-day compressive strength (MPa) against w/c ratio: w/c 0.40, 0.45, 0.50, 0.55, 0.60, 0.65; "
    "strength 48.5, 44.1, 40.3, 36.2, 33.0, 29.4. Regress strength on w/c (straight line) and give R².",
    "regression", {"rule": "number", "tol": 1.0e-5, "key": "r_squared"}, r19)

# ---------------------------------------------------------------- ANOVA (2)
# r20: one-way ANOVA, % dissolved at 30 min for three granulation batches; reference = F statistic
b1 = [84.1, 86.3, 85.0, 83.7, 85.9, 84.6]
b2 = [87.2, 88.0, 86.5, 89.1, 87.7, 88.4]
b3 = [85.5, 84.9, 86.8, 85.2, 86.1, 85.8]
res20 = stats.f_oneway(b1, b2, b3)
r20 = float(res20.statistic)
add("r20", "One-way ANOVA please. % dissolved at 30 min for three granulation batches, six tablets each. "
    "Batch 1: 84.1, 86.3, 85.0, 83.7, 85.9, 84.6. Batch 2: 87.2, 88.0, 86.5, 89.1, 87.7, 88.4. "
    "Batch 3: 85.5, 84.9, 86.8, 85.2, 86.1, 85.8. What is the F statistic?", "anova",
    {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, r20)

# r21: one-way ANOVA from summary stats, 4 cement suppliers, n = 5 each; reference = p-value
ns = [5, 5, 5, 5]
means = [38.2, 41.5, 39.9, 43.1]
sds = [2.1, 2.4, 1.9, 2.6]
N = sum(ns)
k = len(ns)
gm = sum(n * m for n, m in zip(ns, means)) / N
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, means))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / (k - 1)) / (ssw / (N - k))
r21 = float(stats.f.sf(F21, k - 1, N - k))
# cross-check with statsmodels anova_oneway from summary statistics (classic, equal variances)
from statsmodels.stats.oneway import anova_generic  # noqa: E402
chk = anova_generic(np.array(means), np.array(sds) ** 2, np.array(ns), use_var="equal")
assert abs(chk.statistic - F21) < 1e-9 and abs(chk.pvalue - r21) < 1e-12
add("r21", "Cube strengths from four cement suppliers, 5 cubes each. Means 38.2, 41.5, 39.9, 43.1 MPa; "
    "standard deviations 2.1, 2.4, 1.9, 2.6 MPa. Classic one-way ANOVA (equal variances) from these "
    "summary statistics: what's the p-value?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r21)

# ---------------------------------------------------------------- design (3)
# r22: 2^(5-1) fractional factorial, no centre points -> 16 runs
r22 = 2 ** (5 - 1)
add("r22", "Planning a 2^(5−1) fractional factorial for the tablet coating process (pan speed, spray "
    "rate, inlet temp, atomisation pressure, gun distance), no centre points, no replicates. "
    "How many runs?", "design", {"rule": "runs"}, r22)

# r23: face-centred CCD, 3 factors, full 2^3 core, 6 centre points -> 8 + 6 + 6 = 20
r23 = 2**3 + 2 * 3 + 6
add("r23", "face-centered central composite design, 3 factors (full factorial core), 6 center points "
    "— total number of runs?", "design", {"rule": "runs"}, r23)

# r24: Box-Behnken, 4 factors, 3 centre points -> 24 + 3 = 27
# (4 factors: C(4,2) = 6 pairs x 4 corner combos = 24 edge-midpoint runs)
r24 = math.comb(4, 2) * 4 + 3
add("r24", "For a heat-exchanger study I want a Box–Behnken design in four factors (flow rate, inlet "
    "temperature, fin pitch, tube diameter) with three centre points. How many runs is that?",
    "design", {"rule": "runs"}, r24)

# ---------------------------------------------------------------- control charts (2)
# r25: X-bar chart UCL, n = 5, grand mean 250.0 mg, R-bar 4.2 mg; UCL = xbarbar + A2 R-bar
# A2 (n=5) = 0.577 (table); exact 3/(d2 sqrt(5)) with d2 = 2.325929 -> 0.57681. Tolerance covers both.
A2_table = 0.577
d2 = 2.325929
A2_exact = 3 / (d2 * math.sqrt(5))
r25 = 250.0 + A2_table * 4.2
assert abs((250.0 + A2_exact * 4.2) - r25) < 1e-3
add("r25", "Tablet weight X̄–R chart, subgroups of 5 tablets, 25 subgroups: grand mean 250.0 mg, "
    "average range R̄ = 4.2 mg. What's the UCL of the X̄ chart?", "control_chart",
    {"rule": "number", "tol": 2.0e-3, "key": "ucl"}, r25)

# r26: p chart UCL, 25 subgroups of 200 vials, 150 defective in total -> p-bar = 0.03;
# UCL = p-bar + 3 sqrt(p-bar (1 - p-bar) / 200)
pbar = 150 / (25 * 200)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("r26", "Visual inspection of vials: 25 samples of 200 vials each, 150 rejects in total over all "
    "samples. Set up a p chart — upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-5, "key": "ucl"}, r26)

# ---------------------------------------------------------------- capability (2)
# r27: Cpk, potency spec 95.0-105.0 % LC, mean 100.8, sd 1.1 -> min(4.2, 5.8)/3.3
r27 = min(105.0 - 100.8, 100.8 - 95.0) / (3 * 1.1)
add("r27", "Content uniformity: spec 95.0–105.0% of label claim, process mean 100.8%, σ = 1.1%. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, r27)

# r28: one-sided capability, lower spec only: concrete strength LSL 35 MPa, mean 42, sd 3.5
# Cpk = Cpl = (mean - LSL) / (3 sd) = 7 / 10.5
r28 = (42 - 35) / (3 * 3.5)
add("r28", "Our ready-mix supplier's 28-day strengths average 42 MPa with a standard deviation of "
    "3.5 MPa. The spec is a lower limit only, 35 MPa (no upper limit). What is Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, r28)

# ---------------------------------------------------------------- sample size (1)
# r29: n to estimate a mean within ±0.5 % at 95 % confidence, σ = 1.5 % (known): ceil((z σ / E)^2)
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 1.5 / 0.5) ** 2)
assert r29 == 35
add("r29", "How many tablets do I need to assay to estimate the mean potency to within ±0.5% "
    "with 95% confidence, if σ is known to be 1.5%?", "sample_size",
    {"rule": "int", "key": "n"}, r29)

# ---------------------------------------------------------------- unit conversion (1)
# r30: 4000 psi in MPa (1 psi = 6894.757293168 Pa)
r30 = 4000 * 6894.757293168 / 1e6
add("r30", "convert 4000 psi to MPa (concrete spec from a US drawing)", "unit_conversion",
    {"rule": "number", "tol": 1.0e-3}, r30)

doc = {
    "suite": "round21b",
    "type": "reason",
    "description": "round21b unseen questions, a civil/mechanical engineering student and a pharma "
                   "validation scientist (beams, flows, heat, concrete, dissolution, potency, stability), "
                   "mixed formal and chatty",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
with open(OUT, "w", encoding="utf-8") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
for it in items:
    print(it["id"], it["mode"], it["reference"])
