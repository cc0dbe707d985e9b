"""round20b reference answers, computed independently (scipy.stats, statsmodels, sympy, math).

Voice: a food & beverage QA lead and a chemical engineer (batch records, fill weights, assays in %,
flows and temperatures, pasted table fragments; chatty sentences mixed with terse notes).
Run: .venv/bin/python examples/evals/rounds/round20b_reference.py  -> writes round20b.yaml beside this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
import statsmodels.api as sm

items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, T, t = sp.symbols("x T t")

# ---------------- calculus (4) ----------------
# r01: volume drained = integral_0^30 5 exp(-t/10) dt = 50 (1 - e^-3) litres
v = sp.integrate(5 * sp.exp(-t / 10), (t, 0, 30))
r01 = float(v)
assert abs(r01 - 50 * (1 - math.exp(-3))) < 1e-12
add("r01", "calculus",
    "CIP rinse tank drains at q(t) = 5·e^(−t/10) L/min (t in minutes). How many litres come out between t = 0 and t = 30 min?",
    {"rule": "number", "tol": 1.0e-4}, round(r01, 8))

# r02: derivative d/dT of T^2 ln T = 2 T ln T + T
d = sp.diff(T**2 * sp.log(T), T)
assert sp.simplify(d - (2 * T * sp.log(T) + T)) == 0
add("r02", "calculus", "d/dT (T² ln T)", {"rule": "expr"}, str(sp.expand(d)))

# r03: limit x->0 (1 - cos 3x)/x^2 = 9/2
lim = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert lim == sp.Rational(9, 2)
add("r03", "calculus", "quick one: limit as x → 0 of (1 − cos 3x)/x²", {"rule": "expr"}, str(lim))

# r04: enthalpy change = integral_300^500 cp(T) dT, cp = 28.1 + 0.0042 T - 1.5e5/T^2  (J/mol)
cp = sp.Rational(281, 10) + sp.Rational(42, 10000) * T - 150000 / T**2
dH = sp.integrate(cp, (T, 300, 500))
r04 = float(dH)
# by hand: 28.1*200 + 0.0021*(500^2-300^2) + 1.5e5*(1/500-1/300) = 5620 + 336 - 200 = 5756
assert abs(r04 - 5756) < 1e-9
add("r04", "calculus",
    "Heat capacity of the vapour: cp(T) = 28.1 + 0.0042·T − 1.5×10⁵/T² J/(mol·K). What is ΔH for heating from 300 K to 500 K, i.e. the integral of cp dT, in J/mol?",
    {"rule": "number", "tol": 0.01}, r04)

# ---------------- algebra (3) ----------------
# r05: roots of 2x^2 + 3x - 5 = 0 -> 1, -5/2
roots = sp.solve(2 * x**2 + 3 * x - 5, x)
assert set(roots) == {1, sp.Rational(-5, 2)}
add("r05", "algebra", "roots of 2x² + 3x − 5 = 0", {"rule": "set"}, [str(r) for r in sorted(roots)])

# r06: mass of 30% syrup in 500 kg blend at 20%: 0.30 m + 0.12 (500 - m) = 0.20*500 -> m = 40/0.18 = 222.22 kg
m = sp.symbols("m")
msol = sp.solve(sp.Rational(30, 100) * m + sp.Rational(12, 100) * (500 - m) - 100, m)[0]
r06 = float(msol)
assert abs(r06 - 2000 / 9) < 1e-12
add("r06", "algebra",
    "I need 500 kg of 20 °Brix syrup for tomorrow's batch and I'm blending a 12 °Brix syrup with a 30 °Brix one (Brix = % sugar w/w, simple mass balance). How many kg of the 30 °Brix syrup go in?",
    {"rule": "number", "tol": 1.0e-3}, round(r06, 6))

# r07: 100 e^(-0.05 t) = 25 -> t = 20 ln 4 min
tsol = sp.solve(sp.Eq(100 * sp.exp(-sp.Rational(5, 100) * t), 25), t)
r07 = float(tsol[0])
assert abs(r07 - 20 * math.log(4)) < 1e-12
add("r07", "algebra",
    "peracetic residual after sanitising follows C = 100·e^(−0.05t) ppm, t in min. solve for t when C = 25 ppm",
    {"rule": "number", "tol": 1.0e-4}, round(r07, 8))

# ---------------- linear algebra (2) ----------------
# r08: determinant of [[3,1,2],[0,4,-1],[5,2,1]] = -27
M = sp.Matrix([[3, 1, 2], [0, 4, -1], [5, 2, 1]])
r08 = int(M.det())
assert r08 == -27 and abs(np.linalg.det(np.array(M, dtype=float)) + 27) < 1e-9
add("r08", "linear_algebra", "det of\n3  1  2\n0  4 -1\n5  2  1",
    {"rule": "number", "tol": 1.0e-6}, r08)

# r09: eigenvalues of the covariance matrix [[5,2],[2,2]] -> 1, 6
C = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(C.eigenvals().keys())
assert ev == [1, 6]
add("r09", "linear_algebra",
    "Covariance matrix of (viscosity, density) readings from the pilot plant is [[5, 2], [2, 2]]. What are its eigenvalues?",
    {"rule": "set"}, [str(e) for e in ev])

# ---------------- probability (4, one refuse) ----------------
# r10: P(X <= 2), X ~ Binomial(50, 0.02)
r10 = float(stats.binom.cdf(2, 50, 0.02))
add("r10", "probability",
    "Historically 2% of bottles off the filler are underfilled. If QA pulls fifty bottles at random, what's the probability that at most 2 of them are underfilled?",
    {"rule": "number", "tol": 1.0e-6}, round(r10, 10))

# r11: P(X < 499) + P(X > 506), X ~ N(502, 1.5)
r11 = float(stats.norm.cdf(499, 502, 1.5) + stats.norm.sf(506, 502, 1.5))
add("r11", "probability",
    "fill wt ~ normal, μ = 502 g, σ = 1.5 g. spec 499–506 g. what fraction of packs falls outside spec (both tails)?",
    {"rule": "number", "tol": 1.0e-6}, round(r11, 10))

# r12: P(X >= 6), X ~ Poisson(3.2)
r12 = float(stats.poisson.sf(5, 3.2))
add("r12", "probability",
    "We average 3.2 foreign-matter complaints per month (Poisson). Probability of 6 or more complaints next month?",
    {"rule": "number", "tol": 1.0e-6}, round(r12, 10))

# r13: refuse: no standard deviation given, the fraction below 500 g cannot be computed
add("r13", "probability",
    "Our 500 g pouches have normally distributed fill weights centred at 503 g. What fraction of pouches will come in under the 500 g label claim?",
    {"rule": "refuse"}, None)

# ---------------- hypothesis tests (4) ----------------
# r14: one-sample t-test, H0 mean = 500 g, two-sided; p-value
w = [501.2, 499.8, 502.4, 500.9, 501.7, 500.3, 502.0, 501.1, 499.6, 501.5]
r14 = stats.ttest_1samp(w, 500.0)
add("r14", "hypothesis_test",
    "Ten fill weights (g) from this morning, label claim 500 g: 501.2, 499.8, 502.4, 500.9, 501.7, 500.3, 502.0, 501.1, 499.6, 501.5. One-sample t-test, two-sided, H0: mean = 500 g. p-value?",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, round(float(r14.pvalue), 10))

# r15: paired t-test HPLC vs titration on the same 8 batches, two-sided; p-value
hplc = [99.2, 98.7, 100.1, 99.5, 98.9, 99.8, 100.3, 99.0]
titr = [99.6, 99.0, 100.2, 99.9, 99.4, 99.9, 100.8, 99.3]
r15 = stats.ttest_rel(hplc, titr)
add("r15", "hypothesis_test",
    "Same 8 batches assayed two ways (% label claim):\nbatch  HPLC   titration\n1      99.2   99.6\n2      98.7   99.0\n3      100.1  100.2\n4      99.5   99.9\n5      98.9   99.4\n6      99.8   99.9\n7      100.3  100.8\n8      99.0   99.3\nIs there a systematic difference between the methods? paired t-test, two-sided, give the p-value",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, round(float(r15.pvalue), 12))

# r16: two-proportion z-test (pooled, no continuity correction), two-sided; p-value
z16, p16 = proportions_ztest([14, 27], [400, 420], alternative="two-sided")
# by hand: pooled p = 41/820 = 0.05
pp = 41 / 820
se = math.sqrt(pp * (1 - pp) * (1 / 400 + 1 / 420))
zh = (14 / 400 - 27 / 420) / se
assert abs(zh - z16) < 1e-12 and abs(2 * stats.norm.sf(abs(zh)) - p16) < 1e-14
add("r16", "hypothesis_test",
    "Line A rejected 14 of 400 cans for seam defects, line B rejected 27 of 420. Two-proportion z-test with pooled proportion, two-sided, no continuity correction: p-value?",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, round(float(p16), 10))

# r17: chi-square test of independence, 3x3 table shift x defect type; p-value
tab = np.array([[22, 15, 13], [18, 20, 12], [30, 11, 19]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
assert dof == 4 and exp.min() >= 5
add("r17", "hypothesis_test",
    "defect counts by shift, pasted from the QA log:\n        seal  label  fill\nday      22    15     13\nswing    18    20     12\nnight    30    11     19\nchi-square test of independence (shift vs defect type) — p-value?",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, round(float(p17), 10))

# ---------------- regression (2) ----------------
# r18: straight-line calibration, slope of absorbance on concentration (AU per mg/L)
conc = [0, 5, 10, 20, 40, 60]
absb = [0.002, 0.061, 0.118, 0.241, 0.476, 0.722]
lr = stats.linregress(conc, absb)
fit18 = sm.OLS(absb, sm.add_constant(conc)).fit()
assert abs(fit18.params[1] - lr.slope) < 1e-12
add("r18", "regression",
    "caffeine std curve, UV 273 nm\nconc (mg/L): 0, 5, 10, 20, 40, 60\nabs (AU): 0.002, 0.061, 0.118, 0.241, 0.476, 0.722\nleast-squares straight line, what's the slope?",
    {"rule": "number", "tol": 1.0e-7, "key": "slope"}, round(float(lr.slope), 12))

# r19: quadratic fit yield ~ T + T^2, R^2
temp = np.array([60, 65, 70, 75, 80, 85, 90], dtype=float)
yld = np.array([71.2, 76.8, 80.9, 82.7, 83.1, 81.4, 78.0])
X = np.column_stack([np.ones_like(temp), temp, temp**2])
fit19 = sm.OLS(yld, X).fit()
# cross-check with numpy polyfit
c = np.polyfit(temp, yld, 2)
res = yld - np.polyval(c, temp)
r2 = 1 - (res @ res) / ((yld - yld.mean()) @ (yld - yld.mean()))
assert abs(r2 - fit19.rsquared) < 1e-10
add("r19", "regression",
    "Reactor yield vs jacket temperature from last week's runs:\nT (°C):  60    65    70    75    80    85    90\nyield %: 71.2  76.8  80.9  82.7  83.1  81.4  78.0\nClearly curved, so fit a quadratic in T (yield = b0 + b1·T + b2·T²) by least squares. What is R²?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, round(float(fit19.rsquared), 10))

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA on raw data, 3 dryers; p-value
d1 = [4.2, 4.5, 4.1, 4.4, 4.3]
d2 = [4.6, 4.8, 4.7, 4.9, 4.5]
d3 = [4.3, 4.2, 4.6, 4.4, 4.5]
a20 = stats.f_oneway(d1, d2, d3)
add("r20", "anova",
    "Moisture % of finished powder from three spray dryers (5 samples each):\nDryer 1: 4.2 4.5 4.1 4.4 4.3\nDryer 2: 4.6 4.8 4.7 4.9 4.5\nDryer 3: 4.3 4.2 4.6 4.4 4.5\nOne-way ANOVA — do the dryers differ? give the p-value.",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, round(float(a20.pvalue), 10))

# r21: one-way ANOVA from summary statistics, 4 filler heads, n = 6 each; F statistic
ns = [6, 6, 6, 6]
means = [500.4, 501.1, 500.2, 500.9]
sds = [0.6, 0.7, 0.5, 0.8]
N = sum(ns)
gm = sum(n * mu for n, mu in zip(ns, means)) / N
ssb = sum(n * (mu - gm) ** 2 for n, mu in zip(ns, means))
ssw = sum((n - 1) * s**2 for n, s in zip(ns, sds))
F21 = (ssb / 3) / (ssw / (N - 4))
# by hand: grand mean 500.65; SSB = 6*(0.0625+0.2025+0.2025+0.0625) = 3.18; SSW = 5*(0.36+0.49+0.25+0.64) = 8.7
# F = 1.06 / 0.435 = 2.436781...
assert abs(ssb - 3.18) < 1e-9 and abs(ssw - 8.7) < 1e-9
# cross-check: f_oneway on synthetic data with exactly these n, means and sds
rng = np.random.default_rng(1)
groups = []
for mu, sd_ in zip(means, sds):
    zz = rng.normal(size=6)
    groups.append(mu + sd_ * (zz - zz.mean()) / zz.std(ddof=1))
assert abs(stats.f_oneway(*groups).statistic - F21) < 1e-9
add("r21", "anova",
    "4 filler heads, n=6 fills each. head means (g): 500.4, 501.1, 500.2, 500.9; SDs: 0.6, 0.7, 0.5, 0.8. classic one-way ANOVA from these summaries — F statistic?",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, round(F21, 10))

# ---------------- design (3) ----------------
# r22: 2^(5-1) half fraction = 16 runs + 3 centre points = 19
add("r22", "design",
    "Screening 5 factors on the extruder (barrel temp, screw speed, moisture, feed rate, die size) with a half-fraction 2^(5−1) design plus 3 centre points. How many runs in total?",
    {"rule": "runs"}, 2 ** (5 - 1) + 3)

# r23: Box-Behnken, 3 factors: 12 edge-midpoint runs + 3 centre = 15
add("r23", "design",
    "box-behnken, 3 factors (pasteurisation temp, hold time, flow), 3 centre pts. total runs?",
    {"rule": "runs"}, 12 + 3)

# r24: central composite, 3 factors: 8 factorial + 6 axial + 6 centre = 20
add("r24", "design",
    "We want a central composite design for 3 factors (full 2³ factorial core, axial points, six centre points) to optimise the fermenter: how many runs is that?",
    {"rule": "runs"}, 2 ** 3 + 2 * 3 + 6)

# ---------------- control charts (2) ----------------
# r25: Xbar-R chart UCL = Xbarbar + A2 * Rbar, n = 5 (A2 = 0.577; exact 3/(d2 sqrt 5), d2 = 2.326)
A2 = 0.577
r25 = 500.8 + A2 * 2.4
# exact d2 for n=5 by numerical integration, as a cross-check of the table factor
from scipy import integrate
def d2_exact(n):
    return 2 * integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - (1 - stats.norm.cdf(w)) ** n, 0, np.inf)[0]
A2x = 3 / (d2_exact(5) * math.sqrt(5))
assert abs(A2x - 0.5768) < 1e-3 and abs((500.8 + A2x * 2.4) - r25) < 0.002
add("r25", "control_chart",
    "X̄–R chart on fill weight, subgroups of 5 bottles. From 25 subgroups: grand mean 500.8 g, R̄ = 2.4 g. What's the UCL for the X̄ chart?",
    {"rule": "number", "tol": 0.002, "key": "ucl"}, round(r25, 6))

# r26: individuals (I-MR) chart UCL = xbar + 3 * MRbar / d2, d2 = 1.128 (i.e. xbar + 2.66 MRbar)
temps = [182.4, 183.1, 181.9, 182.7, 183.5, 182.2, 182.9, 183.8, 182.6, 182.1, 183.0, 182.5]
xb = float(np.mean(temps))
mr = float(np.mean(np.abs(np.diff(temps))))
r26 = xb + 3 * mr / 1.128
assert abs((xb + 2.66 * mr) - r26) < 0.001
add("r26", "control_chart",
    "reactor outlet temp, one reading per batch (°C):\n182.4 183.1 181.9 182.7 183.5 182.2 182.9 183.8 182.6 182.1 183.0 182.5\nindividuals chart (I-MR, moving range of 2) — UCL for the individuals?",
    {"rule": "number", "tol": 0.002, "key": "ucl"}, round(r26, 6))

# ---------------- capability (2) ----------------
# r27: Cpk = min(USL - mean, mean - LSL) / (3 sd) = min(6.9, 8.1)/5.4 = 1.27778
r27 = min(510 - 503.1, 503.1 - 495) / (3 * 1.8)
add("r27", "capability",
    "Fill weight spec 495–510 g. Process mean 503.1 g, σ = 1.8 g. Cpk?",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, round(r27, 10))

# r28: Ppk from data with the overall sample sd (n - 1), specs 98.0-102.0 %
assay = [100.4, 99.8, 100.9, 100.2, 99.5, 100.7, 101.1, 100.0, 99.9, 100.6, 100.3, 101.0, 99.7, 100.5, 100.2]
am = float(np.mean(assay))
asd = float(np.std(assay, ddof=1))
r28 = min(102.0 - am, am - 98.0) / (3 * asd)
add("r28", "capability",
    "Vitamin C assay on 15 consecutive lots (% of label claim): 100.4, 99.8, 100.9, 100.2, 99.5, 100.7, 101.1, 100.0, 99.9, 100.6, 100.3, 101.0, 99.7, 100.5, 100.2. Spec is 98.0–102.0 %. What's the Ppk (overall sample standard deviation)?",
    {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, round(r28, 10))

# ---------------- sample size (1) ----------------
# r29: n = ceil((z_0.975 * sigma / E)^2) = ceil((1.95996 * 0.6 / 0.2)^2) = ceil(34.57) = 35
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.6 / 0.2) ** 2)
assert r29 == 35
add("r29", "sample_size",
    "How many batches do I need to sample to estimate mean moisture to within ±0.2 % (95 % confidence)? σ is 0.6 %, known from years of data.",
    {"rule": "int", "key": "n"}, r29)

# ---------------- unit conversion (1) ----------------
# r30: 250 US gal/min -> m^3/h ; 1 US gal = 3.785411784 L
r30 = 250 * 3.785411784e-3 * 60
add("r30", "unit_conversion",
    "convert 250 US gpm to m³/h",
    {"rule": "number", "tol": 1.0e-3}, round(r30, 8))

assert len(items) == 30 and len({i["id"] for i in items}) == 30

doc = {
    "suite": "round20b",
    "type": "reason",
    "description": "round20b unseen questions, a food & beverage QA lead and a chemical engineer: batch records, fill weights, assays in %, flows and temperatures, pasted table fragments; chatty sentences mixed with terse notes",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round20b.yaml")
with open(out, "w", encoding="utf-8") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
