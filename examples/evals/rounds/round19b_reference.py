"""round19b: reference answers computed independently (scipy, statsmodels, sympy, math).

Voice: a graduate student and a process chemist (homework / lab-notebook phrasing, mixed notation,
some numbers in words, some Unicode).
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.weightstats import ttest_ind as sm_ttest_ind

x = sp.symbols("x")
items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


def num(v):
    return float(v)


# ---------------- calculus ----------------
# r01: derivative of x^2 ln x
e = sp.diff(x**2 * sp.log(x), x)
add("r01", "calculus", "HW 3, problem 2: differentiate f(x) = x² ln(x) with respect to x",
    {"rule": "expr"}, str(sp.simplify(e)))

# r02: improper integral of x^2 e^-x on [0, inf) = Gamma(3) = 2
v = sp.integrate(x**2 * sp.exp(-x), (x, 0, sp.oo))
assert v == 2
add("r02", "calculus", "evaluate the integral of x**2 * exp(-x) dx from zero to infinity",
    {"rule": "expr"}, str(v))

# r03: limit (1 - cos x)/x^2 at 0 = 1/2
v = sp.limit((1 - sp.cos(x)) / x**2, x, 0)
assert v == sp.Rational(1, 2)
add("r03", "calculus", "limit as x -> 0 of (1 - cos x)/x^2 ?",
    {"rule": "expr"}, str(v))

# r04: definite integral of sin^2 x cos x on [0, pi/2] = 1/3
v = sp.integrate(sp.sin(x)**2 * sp.cos(x), (x, 0, sp.pi / 2))
assert v == sp.Rational(1, 3)
add("r04", "calculus", "∫ from 0 to π/2 of sin²(x)·cos(x) dx — exact value please",
    {"rule": "expr"}, str(v))

# ---------------- algebra ----------------
# r05: roots of 2x^3 - 3x^2 - 11x + 6: 3, 1/2, -2
roots = sp.solve(2*x**3 - 3*x**2 - 11*x + 6, x)
assert set(roots) == {3, sp.Rational(1, 2), -2}
add("r05", "algebra", "find all real roots of 2x^3 - 3x^2 - 11x + 6 = 0",
    {"rule": "set"}, [str(r) for r in sorted(roots)])

# r06: simplify (x^2 - 9)/(x - 3) = x + 3
v = sp.simplify((x**2 - 9) / (x - 3))
add("r06", "algebra", "simplify (x**2 - 9)/(x - 3)",
    {"rule": "expr"}, str(v))

# r07: weak-acid equilibrium x^2/(0.10 - x) = 1.8e-5, positive root (value of x)
Ka, C = 1.8e-5, 0.10
xr = (-Ka + math.sqrt(Ka**2 + 4 * Ka * C)) / 2
# independent check with sympy
sols = [s for s in sp.solve(sp.Eq(x**2 / (sp.Rational(1, 10) - x), sp.Rational(18, 10**6)), x) if s > 0]
assert len(sols) == 1 and abs(float(sols[0]) - xr) < 1e-15
add("r07", "algebra",
    "Lab notebook, acetic acid equilibrium: x^2/(0.10 - x) = 1.8e-5. Solve for x (the positive root only, "
    "it's [H+] in mol/L).",
    {"rule": "number", "tol": 1.0e-8}, num(xr))

# ---------------- linear algebra ----------------
# r08: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
assert M.det() == 18
add("r08", "linear_algebra", "determinant of the 3x3 matrix [[2, 1, 0], [1, 3, 1], [0, 1, 4]]",
    {"rule": "int"}, int(M.det()))

# r09: eigenvalues of [[4,1],[2,3]] = 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(M.eigenvals().keys())
assert ev == [2, 5]
add("r09", "linear_algebra", "eigenvalues of A = [[4, 1], [2, 3]]?",
    {"rule": "set"}, [str(v) for v in ev])

# ---------------- probability ----------------
# r10: binomial n=20, p=0.05, P(X = 2)
v = stats.binom.pmf(2, 20, 0.05)
assert abs(v - math.comb(20, 2) * 0.05**2 * 0.95**18) < 1e-15
add("r10", "probability",
    "A tray holds twenty vials; each one is independently out of spec with probability 0.05. "
    "What is the probability that exactly 2 vials on the tray are out of spec?",
    {"rule": "number", "tol": 1.0e-6}, num(v))

# r11: Poisson mean 3.2, P(X <= 1)
v = stats.poisson.cdf(1, 3.2)
assert abs(v - math.exp(-3.2) * (1 + 3.2)) < 1e-15
add("r11", "probability",
    "particle counts on a filter are Poisson, averaging 3.2 particles per cm². "
    "P(at most one particle in a 1 cm² area) = ?",
    {"rule": "number", "tol": 1.0e-6}, num(v))

# r12: Normal(99.5, 0.8), P(X < 98.0)
v = stats.norm.cdf(98.0, 99.5, 0.8)
assert abs(v - 0.5 * math.erfc(1.875 / math.sqrt(2))) < 1e-15
add("r12", "probability",
    "Assay results are normally distributed with mean 99.5% and σ = 0.8%. What fraction of batches "
    "assay below 98.0%?",
    {"rule": "number", "tol": 1.0e-6}, num(v))

# r13: exponential mean 400 h, P(T > 600) = exp(-1.5)
v = stats.expon.sf(600, scale=400)
assert abs(v - math.exp(-1.5)) < 1e-15
add("r13", "probability",
    "time between failures of a metering pump is exponential with a mean of 400 hours. "
    "probability the pump runs more than 600 h without a failure?",
    {"rule": "number", "tol": 1.0e-6}, num(v))

# ---------------- hypothesis tests ----------------
# r14: one-sample t-test, two-sided, mu0 = 92; reference = p_value
y14 = [91.2, 89.8, 92.5, 90.1, 88.7, 91.9]
r = stats.ttest_1samp(y14, 92.0)
add("r14", "hypothesis_test",
    "Yields (%) of six pilot batches: 91.2, 89.8, 92.5, 90.1, 88.7, 91.9. Does the mean yield differ from "
    "the target of 92%? Two-sided one-sample t-test, give the p-value.",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, num(r.pvalue))

# r15: Welch two-sample t-test from summary stats, two-sided; reference = p_value
r = stats.ttest_ind_from_stats(78.4, 2.1, 10, 75.9, 3.4, 12, equal_var=False)
add("r15", "hypothesis_test",
    "Catalyst A: n = 10 runs, mean conversion 78.4%, sd 2.1. Catalyst B: n = 12 runs, mean 75.9%, sd 3.4. "
    "Welch's t-test (unequal variances), two-sided: what's the p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, num(r.pvalue))

# r16: paired t-test, before - after; reference = t statistic (before minus after)
before = [12.4, 11.9, 13.1, 12.7, 12.2, 13.0, 12.5, 12.8]
after = [11.8, 11.6, 12.4, 12.5, 11.7, 12.3, 12.2, 12.1]
r = stats.ttest_rel(before, after)
d = np.array(before) - np.array(after)
t_hand = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
assert abs(t_hand - r.statistic) < 1e-10
add("r16", "hypothesis_test",
    "D50 particle size (µm) of the same 8 lots before and after re-milling:\n"
    "before = [12.4, 11.9, 13.1, 12.7, 12.2, 13.0, 12.5, 12.8]\n"
    "after  = [11.8, 11.6, 12.4, 12.5, 11.7, 12.3, 12.2, 12.1]\n"
    "paired t-test (differences before − after), two-sided. What is the t statistic?",
    {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, num(r.statistic))

# r17: chi-square test of independence, 2x3 table, no correction; reference = p_value
table = np.array([[18, 7, 5], [12, 14, 9]])
chi2, p, dof, exp_ = stats.chi2_contingency(table, correction=False)
assert dof == 2
add("r17", "hypothesis_test",
    "Defect type by shift. Day shift: 18 scratches, 7 bubbles, 5 cracks; night shift: 12 scratches, "
    "14 bubbles, 9 cracks. Chi-square test of independence (Pearson, no continuity correction) — p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, num(p))

# ---------------- regression ----------------
# r18: calibration line absorbance vs concentration; reference = slope
conc = [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
absb = [0.002, 0.151, 0.298, 0.452, 0.601, 0.748]
lr = stats.linregress(conc, absb)
ols = sm.OLS(absb, sm.add_constant(conc)).fit()
assert abs(ols.params[1] - lr.slope) < 1e-12
add("r18", "regression",
    "UV calibration curve. conc (mg/L): 0, 2, 4, 6, 8, 10; absorbance: 0.002, 0.151, 0.298, 0.452, 0.601, 0.748. "
    "Fit a least-squares straight line absorbance = a + b·conc. What is the slope b?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, num(lr.slope))

# r19: quadratic fit y = b0 + b1 x + b2 x^2; reference = R^2
t19 = np.array([20, 30, 40, 50, 60, 70, 80], dtype=float)
y19 = np.array([62.1, 70.4, 76.8, 80.2, 81.0, 79.5, 75.3])
X = np.column_stack([np.ones_like(t19), t19, t19**2])
q = sm.OLS(y19, X).fit()
# hand check of R^2
res = y19 - X @ q.params
r2_hand = 1 - (res @ res) / ((y19 - y19.mean()) @ (y19 - y19.mean()))
assert abs(r2_hand - q.rsquared) < 1e-12
add("r19", "regression",
    "yield vs temperature, want a quadratic: y = b0 + b1*T + b2*T^2.\n"
    "T (°C) = 20, 30, 40, 50, 60, 70, 80\n"
    "yield (%) = 62.1, 70.4, 76.8, 80.2, 81.0, 79.5, 75.3\n"
    "what's the R² of the quadratic fit?",
    {"rule": "number", "tol": 1.0e-5, "key": "r_squared"}, num(q.rsquared))

# ---------------- ANOVA ----------------
# r20: one-way ANOVA raw data, three temperatures; reference = F statistic
g1 = [84.2, 85.1, 83.7, 84.9, 85.4]
g2 = [86.3, 87.0, 85.8, 86.9, 86.1]
g3 = [85.0, 84.6, 85.9, 85.3, 84.8]
r = stats.f_oneway(g1, g2, g3)
add("r20", "anova",
    "Purity (%) at three reaction temperatures, five runs each.\n"
    "60 °C: 84.2, 85.1, 83.7, 84.9, 85.4\n"
    "70 °C: 86.3, 87.0, 85.8, 86.9, 86.1\n"
    "80 °C: 85.0, 84.6, 85.9, 85.3, 84.8\n"
    "One-way ANOVA: what is the F statistic?",
    {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, num(r.statistic))

# r21: one-way ANOVA from summary statistics (classic pooled); reference = p_value
ns = [6, 6, 6, 6]
means = [4.21, 4.55, 4.38, 4.80]
sds = [0.31, 0.28, 0.35, 0.30]
N = sum(ns); k = len(ns)
gm = sum(n * m for n, m in zip(ns, means)) / N
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, means))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / (k - 1)) / (ssw / (N - k))
p21 = stats.f.sf(F21, k - 1, N - k)
# independent check: construct data with exact mean/sd for each group, run statsmodels OLS ANOVA
rng = np.random.default_rng(1)
data = []
for n, m, s in zip(ns, means, sds):
    z = rng.standard_normal(n); z = (z - z.mean()) / z.std(ddof=1)
    data.append(m + s * z)
assert abs(stats.f_oneway(*data).pvalue - p21) < 1e-12
add("r21", "anova",
    "Four suppliers of a resin, 6 lots each, viscosity (Pa·s): means 4.21, 4.55, 4.38, 4.80 and standard deviations "
    "0.31, 0.28, 0.35, 0.30. Classic one-way ANOVA (equal variances assumed) from these summary stats — p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, num(p21))

# ---------------- design ----------------
# r22: 2^4 full factorial + 3 centre points = 19 runs
add("r22", "design",
    "How many runs in a 2^4 full factorial with three center points (no replication)?",
    {"rule": "runs"}, 2**4 + 3)

# r23: Box-Behnken, 3 factors, 3 centre points = 12 + 3 = 15
add("r23", "design",
    "planning a Box–Behnken design for 3 factors (temp, pH, stir rate) with 3 centre points. total number of runs?",
    {"rule": "runs"}, 12 + 3)

# r24: face-centred CCD, 3 factors, 6 centre points = 8 + 6 + 6 = 20
add("r24", "design",
    "Face-centered central composite design, three factors, full 2³ factorial core, six center points. "
    "How many runs total?",
    {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# ---------------- control charts ----------------
# r25: X-bar chart (R method), n = 5 -> A2 = 0.577; UCL = 50.2 + 0.577*1.8
A2 = 0.577
ucl25 = 50.2 + A2 * 1.8
# exact A2 = 3/(d2 sqrt(n)); d2(5) = 2.32593 -> A2 = 0.5768
add("r25", "control_chart",
    "X-bar/R chart for fill height: 25 subgroups of size 5, grand mean 50.2 mm, average range R̄ = 1.8 mm. "
    "What is the UCL of the X-bar chart?",
    {"rule": "number", "tol": 2.0e-3, "key": "ucl"}, round(ucl25, 6))

# r26: p chart, constant n = 200, 20 days, 180 defectives total -> pbar = 0.045; UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
pbar = 180 / (200 * 20)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("r26", "control_chart",
    "We inspect 200 tablets a day; over 20 days we found 180 defective tablets in total. "
    "Set up a p chart: what's the upper control limit (3-sigma)?",
    {"rule": "number", "tol": 1.0e-5, "key": "ucl"}, num(ucl26))

# ---------------- capability ----------------
# r27: Cpk with specs 500 ± 5 g, mean 501.2, sigma 1.1 -> min(3.8, 6.2)/(3*1.1)
cpk27 = min((505 - 501.2), (501.2 - 495)) / (3 * 1.1)
add("r27", "capability",
    "fill weight spec is 500 ± 5 g; process mean 501.2 g, σ = 1.1 g. Cpk?",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, num(cpk27))

# r28: one-sided (upper spec only) Cpk = (USL - mean)/(3 sigma) = (0.50 - 0.32)/(0.15) = 1.2
cpk28 = round((0.50 - 0.32) / (3 * 0.05), 12)
add("r28", "capability",
    "Impurity B has only an upper spec limit, 0.50%. Our process runs at a mean of 0.32% with a standard deviation "
    "of 0.05%. What is Cpk (i.e. Cpu, since there's no lower limit)?",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, num(cpk28))

# ---------------- sample size ----------------
# r29: n = ceil((z_{0.975} * 1.2 / 0.5)^2), sigma known -> 23
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 1.2 / 0.5) ** 2)
assert n29 == 23
add("r29", "sample_size",
    "How many batches do I need to estimate the mean assay to within ±0.5% at 95% confidence, if σ is known "
    "to be 1.2%? (z-based, round up)",
    {"rule": "int", "key": "n"}, n29)

# ---------------- unit conversion ----------------
# r30: 350 degF -> degC = (350 - 32) * 5/9
c30 = (350 - 32) * 5 / 9
add("r30", "unit_conversion",
    "jacket setpoint is 350 °F, what is that in °C?",
    {"rule": "number", "tol": 1.0e-3}, num(c30))

doc = {
    "suite": "round19b",
    "type": "reason",
    "description": "round19b unseen questions, a graduate student and a process chemist: homework-style and "
                   "lab-notebook phrasing, mixed notation, some numbers in words, some Unicode",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round19b.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
