"""round22b reference answers: injection-moulding technician + energy engineer voice.

Every reference is computed here with an independent engine (sympy, scipy.stats, statsmodels, math).
Run: .venv/bin/python examples/evals/rounds/round22b_reference.py  -> writes round22b.yaml next to this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

items = []


def add(id_, question, mode, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t, v = sp.symbols("x t v", real=True)

# ---------------- calculus (4) ----------------
# r01: energy (kWh) = definite integral of the warm-up power curve 50 t e^(-t/2) kW over 0..4 h
E = sp.integrate(50 * t * sp.exp(-t / 2), (t, 0, 4))
assert sp.simplify(E - (200 - 600 * sp.exp(-2))) == 0  # hand check: 50*(4 - 12 e^-2)
add("r01", "Barrel heaters on press 7 draw P(t) = 50·t·e^(−t/2) kW during warm-up (t in hours). "
    "How many kWh do they use over the first 4 h? Just integrate it from 0 to 4.",
    "calculus", {"rule": "number", "tol": 1.0e-3}, float(E))

# r02: derivative of the part-cooling curve T(t) = 40 + 190 e^(-t/8) -> -(95/4) e^(-t/8)
T = 40 + 190 * sp.exp(-t / 8)
dT = sp.diff(T, t)
add("r02", "d/dt [40 + 190·e^(−t/8)]", "calculus", {"rule": "expr"}, str(dT))

# r03: speed v minimising E(v) = 0.02 v^3 + 800/v (energy per batch vs screw speed); v = (800/0.06)^(1/4)
vs = sp.symbols("vs", positive=True)
Ev = sp.Rational(2, 100) * vs**3 + 800 / vs
crit = sp.solve(sp.diff(Ev, vs), vs)
assert len(crit) == 1 and sp.diff(Ev, vs, 2).subs(vs, crit[0]) > 0
vmin = float(crit[0])
assert abs(vmin - (800 / 0.06) ** 0.25) < 1e-9
add("r03", "energy per batch as a function of screw speed v is E(v) = 0.02v³ + 800/v. "
    "what v (v > 0) gives the minimum E?", "calculus", {"rule": "number", "tol": 1.0e-3}, vmin)

# r04: limit (1 - cos 3x)/x^2 as x -> 0 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert L == sp.Rational(9, 2)
add("r04", "lim x→0 of (1 − cos 3x)/x²", "calculus", {"rule": "expr"}, str(L))

# ---------------- algebra (3) ----------------
# r05: roots of 0.5x^2 - 3x - 8 = 0 -> x = 3 +- 5 = {8, -2}
roots = sp.solve(sp.Rational(1, 2) * x**2 - 3 * x - 8, x)
assert set(roots) == {8, -2}
add("r05", "solve 0.5x² − 3x − 8 = 0", "algebra", {"rule": "set"}, [str(r) for r in sorted(roots)])

# r06: cavity length L with 1.8 % linear shrinkage so the moulded part is 50.00 mm: L (1 - 0.018) = 50
L_ = sp.symbols("L")
Lsol = sp.solve(sp.Eq(L_ * (1 - sp.Rational(18, 1000)), 50), L_)[0]
add("r06", "Our PP grade shrinks 1.8% (linear). The part has to come out at 50.00 mm, so the cavity "
    "length L satisfies L·(1 − 0.018) = 50. What is L in mm?", "algebra",
    {"rule": "number", "tol": 1.0e-3}, float(Lsol))

# r07: time t (min) when 40 + 190 e^(-t/8) = 60 degC -> t = 8 ln(9.5)
tsol = sp.solve(sp.Eq(40 + 190 * sp.exp(-t / 8), 60), t)
assert len(tsol) == 1
tval = float(tsol[0])
assert abs(tval - 8 * math.log(9.5)) < 1e-9
add("r07", "Part temperature after ejection follows T = 40 + 190·e^(−t/8) °C, t in minutes. "
    "Solve for the t at which T = 60 °C.", "algebra", {"rule": "number", "tol": 1.0e-3}, tval)

# ---------------- linear algebra (2) ----------------
# r08: determinant
M = sp.Matrix([[2, -1, 3], [4, 0, 1], [-2, 5, 6]])
detM = M.det()
# hand check by cofactor expansion on row 1: 2*(0*6-1*5) - (-1)*(4*6-1*(-2)) + 3*(4*5-0*(-2)) = -10 + 26 + 60 = 76
assert detM == 76
add("r08", "det of [[2, −1, 3], [4, 0, 1], [−2, 5, 6]]", "linear_algebra", {"rule": "int"}, int(detM))

# r09: eigenvalues of [[4, 1], [2, 3]] -> 5 and 2
ev = sp.Matrix([[4, 1], [2, 3]]).eigenvals()
assert set(ev) == {5, 2}
add("r09", "eigenvalues of the 2×2 matrix A = [[4, 1], [2, 3]]?", "linear_algebra", {"rule": "set"},
    [str(e) for e in sorted(ev)])

# ---------------- probability (4) ----------------
# r10: Poisson, mean 2.5 short shots per 8-h shift, P(X <= 1)
p10 = stats.poisson.cdf(1, 2.5)
assert abs(p10 - math.exp(-2.5) * 3.5) < 1e-12
add("r10", "We average 2.5 short shots per 8-hour shift on the 4-cavity tool. Assuming they're Poisson, "
    "what's the probability of a shift with at most one short shot?", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(p10))

# r11: Binomial n=50, p=0.03, P(X >= 2)
p11 = stats.binom.sf(1, 50, 0.03)
assert abs(p11 - (1 - 0.97**50 - 50 * 0.03 * 0.97**49)) < 1e-12
add("r11", "defect rate is 3%, we pull fifty parts at random. P(at least 2 defective)? binomial",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p11))

# r12: Normal shrinkage N(1.60 %, 0.12 %), P(shrinkage > 1.80 %)
p12 = stats.norm.sf(1.80, loc=1.60, scale=0.12)
add("r12", "Shrinkage on the PA66 housings is normally distributed with mean 1.60% and σ = 0.12%. "
    "What fraction of parts shrink more than 1.80%?", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(p12))

# r13: Weibull heater-band life, shape 2, scale 5000 h: P(T > 3000 h) = exp(-(3000/5000)^2)
p13 = stats.weibull_min.sf(3000, 2, scale=5000)
assert abs(p13 - math.exp(-0.36)) < 1e-12
add("r13", "heater band life ~ Weibull(β = 2, η = 5000 h). probability a band survives past 3000 h?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p13))

# ---------------- hypothesis tests (4) ----------------
# r14: one-sample t-test, two-sided, cycle times vs 32.0 s -> p_value
ct = [32.4, 31.9, 32.8, 32.1, 32.6, 32.3, 31.7, 32.5, 32.9, 32.2]
r14 = stats.ttest_1samp(ct, 32.0)
add("r14", "Ten cycle times off the new tool (s): 32.4, 31.9, 32.8, 32.1, 32.6, 32.3, 31.7, 32.5, 32.9, 32.2. "
    "The quoted cycle is 32.0 s. Two-sided one-sample t-test: what's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t-test, two-sided, specific energy kWh/kg hydraulic vs all-electric -> p_value
hyd = [0.92, 1.05, 0.88, 1.10, 0.95, 1.02, 0.99]
ele = [0.85, 0.87, 0.84, 0.88, 0.83, 0.86]
r15 = stats.ttest_ind(hyd, ele, equal_var=False)
r15_pooled = stats.ttest_ind(hyd, ele, equal_var=True)
assert abs(r15.pvalue - r15_pooled.pvalue) > 5e-4  # tolerance separates Welch from pooled
add("r15", "specific energy, kWh/kg. hydraulic press: 0.92 1.05 0.88 1.10 0.95 1.02 0.99; all-electric: "
    "0.85 0.87 0.84 0.88 0.83 0.86. Welch t-test (unequal variances), two-sided, p = ?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: paired t-test, one-sided (after < before), kWh per shift on 8 presses before/after servo retrofit
before = [412, 388, 450, 397, 421, 405, 438, 392]
after = [389, 371, 441, 380, 405, 396, 410, 385]
r16 = stats.ttest_rel(after, before, alternative="less")
add("r16", "We retrofitted servo pumps on 8 presses. kWh per shift before: 412, 388, 450, 397, 421, 405, 438, 392; "
    "after (same presses, same order): 389, 371, 441, 380, 405, 396, 410, 385. Paired t-test, one-sided, "
    "H1: consumption went down. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(r16.pvalue))

# r17: chi-square test of independence, 3x3 table shift x defect type (no continuity correction) -> p_value
tab = [[18, 12, 10], [22, 9, 14], [31, 8, 21]]
chi2, p17, dof17, _ = stats.chi2_contingency(tab, correction=False)
assert dof17 == 4
add("r17", "Defects by shift, columns short shot / flash / sink marks — day: 18, 12, 10; evening: 22, 9, 14; "
    "night: 31, 8, 21. Is defect type independent of shift? chi-square test of independence, give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p17))

# ---------------- regression (2) ----------------
# r18: slope of shrinkage (%) on melt temperature (degC), simple least squares
mt = [220, 230, 240, 250, 260, 270]
sh = [1.42, 1.48, 1.55, 1.59, 1.67, 1.71]
lr = stats.linregress(mt, sh)
# hand check: Sxy/Sxx
mx, my = np.mean(mt), np.mean(sh)
assert abs(lr.slope - sum((a - mx) * (b - my) for a, b in zip(mt, sh)) / sum((a - mx) ** 2 for a in mt)) < 1e-12
add("r18", "melt temp (°C) vs shrinkage (%): 220→1.42, 230→1.48, 240→1.55, 250→1.59, 260→1.67, 270→1.71. "
    "Fit a straight line, shrinkage = a + b·T. What's the slope b (% per °C)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r19: intercept (base load, kWh) of monthly kWh on parts produced (thousands), OLS via statsmodels
parts = [120, 150, 95, 180, 160, 135, 110, 170]
kwh = [41500, 47800, 36900, 53600, 49900, 44800, 39700, 51800]
ols = sm.OLS(kwh, sm.add_constant(parts)).fit()
lr19 = stats.linregress(parts, kwh)
assert abs(ols.params[0] - lr19.intercept) < 1e-6
add("r19", "Energy baseline for the moulding hall. Monthly output (thousand parts) and electricity (kWh): "
    "120k → 41,500; 150k → 47,800; 95k → 36,900; 180k → 53,600; 160k → 49,900; 135k → 44,800; 110k → 39,700; "
    "170k → 51,800. Regress kWh on output in thousands of parts; the intercept is our base load. "
    "What is it in kWh?", "regression", {"rule": "number", "tol": 0.5, "key": "intercept"},
    float(ols.params[0]))

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA p-value, cycle time on three moulds
m1 = [28.4, 28.9, 28.1, 28.6, 28.8]
m2 = [29.3, 29.0, 29.6, 29.1, 29.4]
m3 = [28.7, 28.5, 29.0, 28.9, 28.4]
r20 = stats.f_oneway(m1, m2, m3)
add("r20", "cycle times (s) on three moulds — M1: 28.4 28.9 28.1 28.6 28.8 | M2: 29.3 29.0 29.6 29.1 29.4 | "
    "M3: 28.7 28.5 29.0 28.9 28.4. one-way ANOVA, p?", "anova",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(r20.pvalue))

# r21: one-way ANOVA F statistic from summary statistics, 4 resin lots, n = 6 each
ns = [6, 6, 6, 6]
means = [1.52, 1.58, 1.49, 1.61]
sds = [0.05, 0.06, 0.04, 0.07]
N = sum(ns)
gm = sum(n * m for n, m in zip(ns, means)) / N
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, means))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / 3) / (ssw / (N - 4))
# cross-check: build samples with exactly these n, means, sds and run scipy's f_oneway
base = np.array([-1.0, 1.0, -1.0, 1.0, -1.0, 1.0])
base = base / base.std(ddof=1)
samples = [m + s * base for m, s in zip(means, sds)]
assert abs(stats.f_oneway(*samples).statistic - F21) < 1e-9
add("r21", "Shrinkage (%) on four resin lots, six parts per lot. Lot A mean 1.52 sd 0.05; lot B 1.58, 0.06; "
    "lot C 1.49, 0.04; lot D 1.61, 0.07. Classic one-way ANOVA (equal variances) from these summaries: "
    "what's the F statistic?", "anova", {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, float(F21))

# ---------------- design (3) ----------------
# r22: full factorial 3 x 2 x 2 with 2 replicates = 24 runs
add("r22", "Planning a DOE on the 2K tool: melt temperature at 3 levels, hold pressure at 2 levels, mould "
    "temperature at 2 levels, full factorial, two replicates. How many runs is that?", "design",
    {"rule": "runs"}, 3 * 2 * 2 * 2)

# r23: 2^(5-1) half fraction + 4 centre points = 20 runs
add("r23", "2^(5−1) half-fraction on injection speed, hold pressure, hold time, melt temp and cooling time, "
    "plus 4 centre points — total runs?", "design", {"rule": "runs"}, 2 ** (5 - 1) + 4)

# r24: Box-Behnken, 3 factors, 3 centre points = 12 edge-midpoint runs + 3 = 15
add("r24", "Box-Behnken design for three factors (pack pressure, mould temp, cooling time) with 3 center "
    "points. How many runs?", "design", {"rule": "runs"}, 12 + 3)

# ---------------- control charts (2) ----------------
# r25: X-bar/R chart, n = 5, grand mean 32.4 s, R-bar 0.8 s: UCL = xbarbar + A2 Rbar, A2 = 0.577
A2 = 0.577
ucl25 = 32.4 + A2 * 0.8
# A2 from d2: 3/(d2 sqrt(n)) with d2(5) = 2.326 -> 0.5768; difference 0.0002*0.8 well inside tol
assert abs(3 / (2.326 * math.sqrt(5)) * 0.8 + 32.4 - ucl25) < 1e-3
add("r25", "X̄–R chart for cycle time, subgroups of 5 shots. Grand mean 32.4 s, R̄ = 0.8 s. UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26: c chart of flash defects per inspection unit (25 parts), UCL = cbar + 3 sqrt(cbar)
counts = [4, 6, 3, 5, 7, 2, 5, 4, 6, 3, 5, 8, 4, 3, 5, 6, 4, 5, 3, 6]
cbar = sum(counts) / len(counts)
ucl26 = cbar + 3 * math.sqrt(cbar)
add("r26", "Flash defects counted per box of 25 parts, 20 boxes: 4, 6, 3, 5, 7, 2, 5, 4, 6, 3, 5, 8, 4, 3, 5, 6, "
    "4, 5, 3, 6. Set up a c chart — what's the upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl26)

# ---------------- capability (2) ----------------
# r27: Cpk, wall thickness spec 2.00 +- 0.05 mm, mean 2.012, sd 0.011 -> min(0.062, 0.038)/(3*0.011)
cpk = min(2.05 - 2.012, 2.012 - 1.95) / (3 * 0.011)
assert abs(cpk - 0.038 / 0.033) < 1e-12
add("r27", "wall thickness spec 2.00 ± 0.05 mm, process mean 2.012 mm, σ 0.011 mm. Cpk?", "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, cpk)

# r28: refuse -- Ppk asked without any specification limit
add("r28", "What's the Ppk on shot weight? Average is 48.3 g with a standard deviation of 0.21 g over 125 shots.",
    "capability", {"rule": "refuse"}, None)

# ---------------- sample size (1) ----------------
# r29: n to estimate mean shrinkage within +-0.05 % at 95 %, sigma = 0.12 % known: ceil((z sigma/E)^2) = 23
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.12 / 0.05) ** 2)
assert n29 == 23 and math.ceil((1.96 * 0.12 / 0.05) ** 2) == 23
add("r29", "How many parts do I need to measure to estimate mean shrinkage to within ±0.05% with 95% confidence? "
    "From past data σ ≈ 0.12% (treat as known).", "sample_size", {"rule": "int", "key": "n"}, n29)

# ---------------- unit conversion (1) ----------------
# r30: 850 bar -> psi (1 psi = 6894.757293168 Pa, 1 bar = 1e5 Pa)
psi = 850 * 1e5 / 6894.757293168
add("r30", "convert 850 bar injection pressure to psi", "unit_conversion",
    {"rule": "number", "tol": 0.5}, psi)

doc = {
    "suite": "round22b",
    "type": "reason",
    "description": "round22b unseen questions, a plastics injection-moulding technician and an energy engineer "
                   "(cycle times, shrinkage %, melt temperatures, kWh, power curves; chatty shop-floor and compact)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round22b.yaml")
with open(out, "w", encoding="utf-8") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
print("pooled p r15:", r15_pooled.pvalue, "chi2 r17:", chi2)
