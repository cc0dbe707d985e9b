"""round19a reference answers: independent engines (scipy.stats, statsmodels, sympy, math).

Voice: a quality engineer in a medical-device plant; about a third terse shorthand.
Run: .venv/bin/python examples/evals/rounds/round19a_reference.py  -> writes round19a.yaml beside this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.power import TTestIndPower

HERE = os.path.dirname(os.path.abspath(__file__))
x, t = sp.symbols("x t")
items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


# ---------------- calculus (4) ----------------
# r01: derivative d/dt of t^2 e^(-t/4) (symbolic)
f = t**2 * sp.exp(-t / 4)
r01 = sp.simplify(sp.diff(f, t))
add("r01", "calculus",
    "Our bioburden growth model for a cleanroom wipe sample is N(t) = t² e^(−t/4) (t in hours). "
    "I need the rate of change dN/dt as a function of t.",
    {"rule": "expr"}, str(r01))

# r02: definite integral of release rate 5 e^(-0.5 t) ug/day over 0..4 days = 10(1 - e^-2)
r02 = sp.integrate(5 * sp.exp(-t / 2), (t, 0, 4))
r02_num = float(r02)
assert abs(r02_num - 10 * (1 - math.exp(-2))) < 1e-12
add("r02", "calculus",
    "A drug-eluting stent coating releases drug at r(t) = 5·e^(−0.5t) µg/day. "
    "How many µg in total are released over the first 4 days (integrate from t = 0 to 4)?",
    {"rule": "number", "tol": 1.0e-6}, r02_num)

# r03: limit (1 - cos 3x)/x^2 as x -> 0 = 9/2
r03 = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert r03 == sp.Rational(9, 2)
add("r03", "calculus", "lim x→0 (1 − cos 3x)/x²", {"rule": "expr"}, str(r03))

# r04: second derivative of ln(1 + x^2) = (2 - 2x^2)/(1 + x^2)^2
r04 = sp.simplify(sp.diff(sp.log(1 + x**2), x, 2))
assert sp.simplify(r04 - (2 - 2 * x**2) / (1 + x**2) ** 2) == 0
add("r04", "calculus", "2nd derivative of ln(1+x^2)", {"rule": "expr"}, str(r04))

# ---------------- algebra (3) ----------------
# r05: roots of 2x^2 - 7x + 3 = 0 -> {1/2, 3}
r05 = sp.solve(2 * x**2 - 7 * x + 3, x)
add("r05", "algebra",
    "For a fixture tolerance stack I ended up with 2x² − 7x + 3 = 0. What are the roots?",
    {"rule": "set"}, sorted(str(r) for r in r05))

# r06: 200 - 180 e^(-t/8) = 164 -> t = 8 ln 5 s (number)
sol = sp.solve(sp.Eq(200 - 180 * sp.exp(-t / 8), 164), t)
assert len(sol) == 1
r06 = float(sol[0])
assert abs(r06 - 8 * math.log(5)) < 1e-12
add("r06", "algebra",
    "The heat-sealer platen warms up as T(t) = 200 − 180·e^(−t/8) °C, with t in seconds. "
    "At what time t does it reach 164 °C?",
    {"rule": "number", "tol": 1.0e-4}, r06)

# r07: roots of x^3 - 2x^2 - 5x + 6 -> {-2, 1, 3}
r07 = sp.solve(x**3 - 2 * x**2 - 5 * x + 6, x)
assert set(r07) == {-2, 1, 3}
add("r07", "algebra", "solve x³ − 2x² − 5x + 6 = 0", {"rule": "set"}, sorted(str(r) for r in r07))

# ---------------- linear_algebra (2) ----------------
# r08: determinant of a 3x3 integer matrix
M = sp.Matrix([[4, 1, 2], [0, 3, -1], [2, 5, 1]])
r08 = int(M.det())
# by hand: 4*(3*1 - (-1)*5) - 1*(0*1 - (-1)*2) + 2*(0*5 - 3*2) = 4*8 - 1*2 + 2*(-6) = 32 - 2 - 12 = 18
assert r08 == 18
add("r08", "linear_algebra", "det [[4,1,2],[0,3,-1],[2,5,1]]", {"rule": "int"}, r08)

# r09: eigenvalues of covariance matrix [[5,2],[2,2]] -> {1, 6}
C = sp.Matrix([[5, 2], [2, 2]])
r09 = sorted(str(e) for e in C.eigenvals())
assert set(C.eigenvals()) == {1, 6}
add("r09", "linear_algebra",
    "The covariance matrix of two gauge readings on the same catheter (mm²) is [[5, 2], [2, 2]]. "
    "What are its eigenvalues?",
    {"rule": "set"}, r09)

# ---------------- probability (4) ----------------
# r10: binomial P(X <= 1), n = 50, p = 0.02
r10 = float(stats.binom.cdf(1, 50, 0.02))
assert abs(r10 - (0.98**50 + 50 * 0.02 * 0.98**49)) < 1e-12
add("r10", "probability",
    "Incoming inspection: the supplier runs at 2% defective. If we pull a random sample of fifty "
    "luer connectors, what is the probability of finding at most 1 defective? (binomial)",
    {"rule": "number", "tol": 1.0e-6}, r10)

# r11: Poisson, rate 0.4 alarms/hr over an 8 h shift (mu = 3.2), P(X >= 2)
r11 = float(stats.poisson.sf(1, 3.2))
assert abs(r11 - (1 - math.exp(-3.2) * (1 + 3.2))) < 1e-12
add("r11", "probability",
    "The cleanroom particle monitor throws alarms at an average of 0.4 per hour (Poisson). "
    "What is the probability of at least 2 alarms during an 8-hour shift?",
    {"rule": "number", "tol": 1.0e-6}, r11)

# r12: normal fraction outside spec: OD ~ N(2.00, 0.02), spec 1.96-2.05
r12 = float(stats.norm.cdf(1.96, 2.00, 0.02) + stats.norm.sf(2.05, 2.00, 0.02))
assert abs(r12 - (stats.norm.cdf(-2) + stats.norm.sf(2.5))) < 1e-12
add("r12", "probability",
    "Catheter OD is normally distributed with mean 2.00 mm and σ = 0.02 mm. "
    "Spec is 1.96 to 2.05 mm. What fraction of tubing falls outside spec?",
    {"rule": "number", "tol": 1.0e-6}, r12)

# r13: exponential reliability, MTBF 1200 h, survive 500 h: exp(-500/1200)
r13 = math.exp(-500 / 1200)
assert abs(r13 - float(stats.expon.sf(500, scale=1200))) < 1e-12
add("r13", "probability",
    "Infusion pump failures are exponential with MTBF = 1200 h. "
    "What's the probability a pump runs 500 h without a failure?",
    {"rule": "number", "tol": 1.0e-6}, r13)

# ---------------- hypothesis_test (4) ----------------
# r14: one-sample two-sided t-test vs 12.5, p-value
peel = [12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0]
res14 = stats.ttest_1samp(peel, 12.5)
r14 = float(res14.pvalue)
# by hand check of t
m, s = np.mean(peel), np.std(peel, ddof=1)
assert abs((m - 12.5) / (s / math.sqrt(8)) - res14.statistic) < 1e-12
add("r14", "hypothesis_test",
    "Peel strength on 8 sterile-barrier pouches, N/15 mm: 12.1, 11.6, 12.8, 12.4, 11.9, 12.6, 12.3, 12.0. "
    "Does the mean differ from the validated 12.5 N/15 mm? Two-sided one-sample t-test; give the p-value.",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r14)

# r15: Welch two-sample t from summary stats, two-sided p-value
res15 = stats.ttest_ind_from_stats(4.82, 0.21, 12, 4.65, 0.34, 15, equal_var=False)
r15 = float(res15.pvalue)
add("r15", "hypothesis_test",
    "welch t, line A n=12 mean 4.82 sd 0.21 mm, line B n=15 mean 4.65 sd 0.34 mm, 2-sided p?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r15)

# r16: chi-square test of independence, 2x3 table (shift x defect type), p-value
table16 = np.array([[14, 9, 22], [21, 6, 15]])
chi2_16, p16, dof16, exp16 = stats.chi2_contingency(table16, correction=False)
assert dof16 == 2 and exp16.min() >= 5
r16 = float(p16)
add("r16", "hypothesis_test",
    "Nonconformances by shift and defect type. Day shift: seal 14, particulate 9, label 22. "
    "Night shift: seal 21, particulate 6, label 15. Is defect type independent of shift? "
    "Chi-square test of independence, p-value please.",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r16)

# r17: refuse: one-sample mean test with no standard deviation (nor data) given
add("r17", "hypothesis_test",
    "Fill volume check: 20 vials averaged 10.12 mL against a 10.00 mL target. "
    "Is the mean fill significantly different from target at α = 0.05? Give the p-value.",
    {"rule": "refuse"}, None)

# ---------------- regression (2) ----------------
# r18: straight-line calibration slope (mV per N)
load = [0, 10, 20, 30, 40, 50]
mv = [0.12, 2.05, 4.11, 5.98, 8.07, 10.02]
lr = stats.linregress(load, mv)
r18 = float(lr.slope)
add("r18", "regression",
    "Force sensor calibration. Applied load (N): 0, 10, 20, 30, 40, 50. "
    "Output (mV): 0.12, 2.05, 4.11, 5.98, 8.07, 10.02. Fit a least-squares straight line "
    "mV = b0 + b1·load. What is the slope in mV/N?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, r18)

# r19: quadratic fit y = b0 + b1 d + b2 d^2, R^2
days = np.array([0, 7, 14, 21, 28, 35, 42])
strength = np.array([25.1, 24.6, 23.8, 22.5, 21.0, 19.1, 16.9])
X = np.column_stack([np.ones_like(days, dtype=float), days, days**2])
beta, *_ = np.linalg.lstsq(X, strength, rcond=None)
resid = strength - X @ beta
r19 = float(1 - resid @ resid / np.sum((strength - strength.mean()) ** 2))
import statsmodels.api as sm  # noqa: E402
assert abs(sm.OLS(strength, X).fit().rsquared - r19) < 1e-12
add("r19", "regression",
    "adhesive bond strength vs accelerated-aging days, quadratic fit (y = b0 + b1 d + b2 d²): "
    "d = 0 7 14 21 28 35 42, y = 25.1 24.6 23.8 22.5 21.0 19.1 16.9 N. R²?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, r19)

# ---------------- anova (2) ----------------
# r20: one-way ANOVA F statistic on raw data (3 sterilization modalities)
eto = [48.2, 47.9, 48.8, 48.5, 48.1]
gam = [46.9, 47.4, 47.1, 46.6, 47.3]
ebm = [47.8, 48.0, 47.5, 48.3, 47.7]
res20 = stats.f_oneway(eto, gam, ebm)
r20 = float(res20.statistic)
add("r20", "anova",
    "Tensile strength (MPa) of a polycarbonate housing after three sterilization methods, five parts each. "
    "EtO: 48.2, 47.9, 48.8, 48.5, 48.1. Gamma: 46.9, 47.4, 47.1, 46.6, 47.3. "
    "E-beam: 47.8, 48.0, 47.5, 48.3, 47.7. Run a one-way ANOVA; what is the F statistic?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, r20)

# r21: one-way ANOVA from summary statistics, p-value
n21 = [6, 6, 6, 6]
mean21 = [2.412, 2.405, 2.421, 2.398]
sd21 = [0.011, 0.009, 0.014, 0.010]
N = sum(n21)
gm = sum(n * mu for n, mu in zip(n21, mean21)) / N
ssb = sum(n * (mu - gm) ** 2 for n, mu in zip(n21, mean21))
ssw = sum((n - 1) * sd**2 for n, sd in zip(n21, sd21))
F21 = (ssb / 3) / (ssw / (N - 4))
r21 = float(stats.f.sf(F21, 3, N - 4))
add("r21", "anova",
    "1-way anova from summary: 4 mold cavities, n=6 each, mean part wt 2.412 / 2.405 / 2.421 / 2.398 g, "
    "sd 0.011 / 0.009 / 0.014 / 0.010 g. p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r21)

# ---------------- design (3) ----------------
# r22: 2^(5-1) half fraction (16 runs) + 4 centre points = 20
add("r22", "design",
    "For the sealing process validation DOE we plan a 2^(5−1) half-fraction (five factors: temperature, "
    "dwell, pressure, film lot, cooling time) plus 4 centre points, one replicate. How many runs in total?",
    {"rule": "runs"}, 2 ** 4 + 4)

# r23: CCD 3 factors, 5 centre points: 8 + 6 + 5 = 19
add("r23", "design", "CCD, 3 factors, 5 center pts — total runs?", {"rule": "runs"}, 2**3 + 2 * 3 + 5)

# r24: Box-Behnken, 4 factors, 3 centre points: 2k(k-1) = 24 edge runs + 3 = 27
add("r24", "design",
    "We want a Box-Behnken design for four factors of the bonding process (UV dose, gap, cure temperature, "
    "adhesive lot viscosity) with 3 center points. How many runs is that?",
    {"rule": "runs"}, 2 * 4 * 3 + 3)

# ---------------- control_chart (2) ----------------
# r25: X-bar chart UCL, n = 5, grand mean 25.40 mm, R-bar 0.12 mm; A2 = 3/(d2 sqrt(n)), d2 = 2.326
d2_5 = 2.326
A2 = 3 / (d2_5 * math.sqrt(5))  # 0.5768 (table 0.577)
r25 = 25.40 + A2 * 0.12
add("r25", "control_chart",
    "We run an X-bar/R chart on needle hub length with subgroups of 5. Over 25 subgroups the grand mean is "
    "25.40 mm and R-bar is 0.12 mm. What is the upper control limit of the X-bar chart?",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26: p chart UCL, n = 200, p-bar = 0.03: 0.03 + 3 sqrt(0.03*0.97/200)
r26 = 0.03 + 3 * math.sqrt(0.03 * 0.97 / 200)
add("r26", "control_chart", "p chart, n=200 syringes/day, pbar 0.03 — UCL?",
    {"rule": "number", "tol": 1.0e-5, "key": "ucl"}, r26)

# ---------------- capability (2) ----------------
# r27: Cpk two-sided: min((5.06-5.03)/(3*0.012), (5.03-4.98)/(3*0.012)) = 0.8333
r27 = min((5.06 - 5.03) / (3 * 0.012), (5.03 - 4.98) / (3 * 0.012))
add("r27", "capability", "Cpk? mean 5.03 mm, sd 0.012, LSL 4.98, USL 5.06",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, r27)

# r28: one-sided (lower spec only) Cpk = Cpl = (62 - 50)/(3*3.1) = 1.2903
r28 = (62 - 50) / (3 * 3.1)
add("r28", "capability",
    "Balloon burst pressure has a lower spec limit only, LSL = 50 psi (no upper limit). "
    "The process mean is 62 psi with σ = 3.1 psi. What is Cpk?",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, r28)

# ---------------- sample_size (1) ----------------
# r29: two-sample t-test, delta = 0.5 mm, sd = 0.8 mm (d = 0.625), alpha 0.05 two-sided, power 0.90;
#      n per group from the noncentral t, rounded up
n29 = TTestIndPower().solve_power(effect_size=0.5 / 0.8, alpha=0.05, power=0.90, alternative="two-sided")
r29 = int(math.ceil(n29))
add("r29", "sample_size",
    "Planning a comparison of two suppliers' tubing wall thickness with a two-sample t-test. "
    "We want to detect a 0.5 mm difference in means, SD is about 0.8 mm, α = 0.05 two-sided, 90% power. "
    "How many parts per supplier?",
    {"rule": "int", "key": "n"}, r29)

# ---------------- unit_conversion (1) ----------------
# r30: 0.6 N·m to in·lbf; 1 in·lbf = 0.0254 m * 4.4482216152605 N = 0.112984829027617 N·m
in_lbf = 0.0254 * 4.4482216152605
r30 = 0.6 / in_lbf
add("r30", "unit_conversion",
    "Cap removal torque spec is 0.6 N·m. What is that in inch-pounds (in·lbf)?",
    {"rule": "number", "tol": 1.0e-3, "key": "value"}, r30)

assert len(items) == 30
doc = {
    "suite": "round19a",
    "type": "reason",
    "description": "round19a unseen questions, a medical-device quality engineer: sentences with context, "
                   "units and specs; about a third terse shorthand",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(os.path.join(HERE, "round19a.yaml"), "w", encoding="utf-8") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
