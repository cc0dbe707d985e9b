"""Reference answers for round25c (medical-device design / clinical biostatistics voice).
Every reference is computed independently here with sympy/scipy/numpy/math."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round25c"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


r, t, x = sp.symbols("r t x")

# r01 calculus: derivative of hoop-stress-like model sigma(r) = 12/r^2 + 3r -> -24/r^3 + 3
d = sp.diff(12 / r**2 + 3 * r, r)
add("Catheter wall stress model σ(r) = 12/r² + 3r (r in mm). Need dσ/dr as a function of r.",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: total drug eluted = ∫0^∞ 5 e^{-t/30} dt = 150
I2 = sp.integrate(5 * sp.exp(-t / 30), (t, 0, sp.oo))
add("drug-eluting stent, elution rate q(t) = 5·e^(−t/30) µg/day. total amount released from t=0 to infinity?",
    "calculus", {"rule": "expr"}, str(I2))

# r03 calculus: ∫0^4 t e^{-t/2} dt = 4 - 12 e^{-2}
I3 = sp.simplify(sp.integrate(t * sp.exp(-t / 2), (t, 0, 4)))
add("integrate t*exp(-t/2) dt from 0 to 4 — exact value please",
    "calculus", {"rule": "expr"}, str(I3))

# r04 calculus: lim x->0 (1 - cos 3x)/x^2 = 9/2
L4 = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("What is the limit as x → 0 of (1 − cos(3x)) / x² ?",
    "calculus", {"rule": "expr"}, str(L4))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> {1/2, 3}
roots5 = sorted(float(v) for v in sp.solve(2 * x**2 - 7 * x + 3, x))
add("solve 2x² − 7x + 3 = 0 for x (both roots)",
    "algebra", {"rule": "set"}, roots5)

# r06 algebra: 3a + 2b = 16, a - b = 2 -> a = 4, b = 2 ; ask for a
a, b = sp.symbols("a b")
sol6 = sp.solve([3 * a + 2 * b - 16, a - b - 2], [a, b])
add("Blend of two polymer grades: 3a + 2b = 16 and a − b = 2, where a and b are parts by weight. "
    "What is a?", "algebra", {"rule": "number", "tol": 1.0e-6}, float(sol6[a]))

# r07 algebra: 500 e^{-0.02 t} = 200 -> t = 50 ln 2.5
t7 = 50 * math.log(2.5)
add("Residual bioburden follows N(t) = 500·exp(−0.02t) CFU with t in minutes of exposure. "
    "At what t does N drop to 200 CFU?", "algebra", {"rule": "number", "tol": 1.0e-6}, t7)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> {2,5}
ev8 = sorted(float(v) for v in np.linalg.eigvals(np.array([[4, 1], [2, 3]], float)).real)
add("eigenvalues of A = [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, ev8)

# r09 linear algebra: det [[2,0,1],[1,3,2],[1,1,2]] = 2*(6-2) + 1*(1-3) = 6
M9 = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 2]])
add("determinant of the 3x3 stiffness matrix\n[2 0 1]\n[1 3 2]\n[1 1 2]",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(M9.det()))

# r10 probability: binomial, p = 0.02, n = 50, P(X >= 1) = 1 - 0.98^50
p10 = 1 - 0.98**50
add("Historical leak-test failure rate is 2% per catheter. If we pull 50 units at random, "
    "what's the probability at least one fails?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: X ~ N(310, 12^2), P(X < 290) = Phi(-20/12)
p11 = float(stats.norm.cdf(290, loc=310, scale=12))
add("burst pressure ~ normal, mean 310 psi, sd 12 psi. P(a balloon bursts below 290 psi)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: PPV by Bayes: sens .95, spec .98, prev .03
sens, spec, prev = 0.95, 0.98, 0.03
p12 = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
add("A diagnostic assay has 95% sensitivity and 98% specificity. Disease prevalence in the "
    "screened population is 3%. Given a positive result, what is the probability the patient "
    "actually has the disease (PPV)?", "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Weibull reliability, beta = 2.5, eta = 10 (million cycles), R(5) = exp(-(0.5)^2.5)
p13 = float(stats.weibull_min.sf(5, 2.5, scale=10))
add("Implant fatigue life modelled as Weibull with shape β = 2.5 and scale η = 10 million cycles. "
    "Reliability (probability of surviving) at 5 million cycles?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis test: one-sample t, two-sided, H0 mu = 300, n = 12
d14 = [305.2, 311.8, 298.4, 307.9, 302.6, 309.1, 296.7, 304.3, 312.5, 301.0, 306.8, 299.9]
res14 = stats.ttest_1samp(d14, 300, alternative="two-sided")
add("n=12 burst pressures (psi): 305.2 311.8 298.4 307.9 302.6 309.1 296.7 304.3 312.5 301.0 "
    "306.8 299.9. one-sample t test vs 300 psi, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided, EtO vs gamma tensile strength
eto = [48.2, 50.1, 47.6, 49.3, 51.0, 48.8, 49.7, 50.4]
gam = [46.1, 47.9, 45.2, 48.5, 44.8, 47.0, 46.6]
res15 = stats.ttest_ind(eto, gam, equal_var=False, alternative="two-sided")
add("Tensile strength (N) of tubing after sterilization.\nEtO:   48.2, 50.1, 47.6, 49.3, 51.0, "
    "48.8, 49.7, 50.4\nGamma: 46.1, 47.9, 45.2, 48.5, 44.8, 47.0, 46.6\nWelch t-test (unequal "
    "variances), two-sided: what's the p value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res15.pvalue))

# r16 hypothesis test: paired t statistic (after - before), seal strength pre/post aging
before = [12.4, 11.8, 13.1, 12.7, 12.0, 13.5, 12.2, 11.9]
after = [11.9, 11.5, 12.4, 12.5, 11.3, 12.8, 12.1, 11.2]
res16 = stats.ttest_rel(before, after)
add("Pouch seal strength, same 8 pouches measured before and after accelerated aging "
    "(lbf/in):\nbefore 12.4 11.8 13.1 12.7 12.0 13.5 12.2 11.9\nafter  11.9 11.5 12.4 12.5 11.3 "
    "12.8 12.1 11.2\nPaired t test on the differences (before − after). Report the t statistic.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(res16.statistic))

# r17 hypothesis test: REFUSE - two-sample t with means and n only, no SDs given
add("two groups of patients, mean time-to-hemostasis 42.1 min (n=10) vs 39.8 min (n=10). "
    "Run a two-sample t-test and give me the p-value.", "hypothesis_test",
    {"rule": "refuse"}, None)

# r18 regression: OLS slope, assay calibration absorbance vs concentration
conc = [0, 5, 10, 20, 40, 80]
absb = [0.012, 0.105, 0.198, 0.402, 0.790, 1.585]
lr18 = stats.linregress(conc, absb)
add("ELISA calibration, conc (ng/mL) vs absorbance:\n0 0.012\n5 0.105\n10 0.198\n20 0.402\n"
    "40 0.790\n80 1.585\nFit absorbance = b0 + b1*conc by ordinary least squares. Slope b1?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "slope"}, float(lr18.slope))

# r19 regression: R^2 of log10 cycles-to-failure vs stress amplitude
stress = [300, 350, 400, 450, 500, 550]
logN = [6.9, 6.5, 6.2, 5.7, 5.5, 5.0]
lr19 = stats.linregress(stress, logN)
add("S-N data for nitinol wire. stress amplitude MPa = 300,350,400,450,500,550; log10(cycles to "
    "failure) = 6.9,6.5,6.2,5.7,5.5,5.0. Straight-line fit of log10 N on stress — what's R²?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "r_squared"},
    float(lr19.rvalue**2))

# r20 anova: one-way ANOVA p-value, balloon compliance from three suppliers
s1 = [2.31, 2.45, 2.38, 2.52, 2.40]
s2 = [2.55, 2.61, 2.48, 2.70, 2.58]
s3 = [2.35, 2.29, 2.41, 2.33, 2.44]
res20 = stats.f_oneway(s1, s2, s3)
add("Balloon compliance (%/atm) from three suppliers, five balloons each. Supplier A: 2.31 2.45 "
    "2.38 2.52 2.40; Supplier B: 2.55 2.61 2.48 2.70 2.58; Supplier C: 2.35 2.29 2.41 2.33 2.44. "
    "One-way ANOVA: is there a supplier effect? give the p-value", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res20.pvalue))

# r21 anova: one-way ANOVA F statistic, 4 assay lots, n = 4 each
l1 = [98.2, 99.1, 97.8, 98.6]
l2 = [100.4, 101.0, 99.7, 100.9]
l3 = [98.9, 99.5, 99.8, 98.7]
l4 = [97.5, 98.0, 96.9, 97.7]
res21 = stats.f_oneway(l1, l2, l3, l4)
add("assay recovery % by reagent lot (n=4 per lot)\nlot1: 98.2 99.1 97.8 98.6\nlot2: 100.4 101.0 "
    "99.7 100.9\nlot3: 98.9 99.5 99.8 98.7\nlot4: 97.5 98.0 96.9 97.7\none-way anova F stat?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res21.statistic))

# r22 design: 2^4 full factorial + 3 center points = 16 + 3 = 19
add("We're planning a 2^4 full factorial on the extrusion line (melt temp, puller speed, air "
    "pressure, die gap) with 3 center points added. How many runs total?", "design",
    {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(6-2) fractional factorial, 2 replicates = 16 * 2 = 32
add("2^(6−2) fractional factorial for the crimping process, run as two complete replicates of the "
    "fraction, no center points. total number of runs?", "design", {"rule": "runs"}, 2**(6 - 2) * 2)

# r24 design: CCD, 3 factors: 2^3 factorial + 2*3 axial + 6 center = 20
add("Central composite design, three factors (full 2³ factorial core), star points on each axis, "
    "six center runs. How many experimental runs is that?", "design", {"rule": "runs"},
    2**3 + 2 * 3 + 6)

# r25 control chart: Xbar-R UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 0.8640 + 0.577 * 0.0210
add("X̄–R chart for catheter OD, subgroups of n=5, 25 subgroups. x̿ = 0.8640 in, R̄ = 0.0210 in. "
    "Upper control limit for the X̄ chart?", "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26 control chart: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n), n = 200, pbar = 0.03
ucl26 = 0.03 + 3 * math.sqrt(0.03 * 0.97 / 200)
add("p-chart for visual-inspection rejects: constant sample size 200 units per lot, average "
    "fraction defective p̄ = 0.03. UCL (3-sigma)?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.10, 0.06)/(0.054)
cpk27 = min(1.35 - 1.25, 1.25 - 1.19) / (3 * 0.018)
add("Guidewire diameter spec 1.19–1.35 mm. Process mean 1.25 mm, σ = 0.018 mm (within). Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk27)

# r28 capability: Ppk from data with overall sample sd (n-1), LSL = 28.0 N, USL = 36.0 N
d28 = [31.2, 32.5, 30.8, 33.1, 31.9, 32.4, 30.5, 31.7, 32.8, 31.1, 32.0, 31.5]
m28 = float(np.mean(d28))
s28 = float(np.std(d28, ddof=1))
ppk28 = min(36.0 - m28, m28 - 28.0) / (3 * s28)
add("luer connector pull-off force, N: 31.2, 32.5, 30.8, 33.1, 31.9, 32.4, 30.5, 31.7, 32.8, "
    "31.1, 32.0, 31.5. spec 28.0 to 36.0 N. Ppk using the overall sample std dev (n−1)?",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, ppk28)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma = 15, E = 4 -> 55
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 15 / 4) ** 2)
assert n29 == math.ceil((1.96 * 15 / 4) ** 2)
add("How many patients do we need to estimate mean systolic BP reduction to within ±4 mmHg with "
    "95% confidence? Assume σ = 15 mmHg is known (z-based).", "sample_size",
    {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 310 psi -> kPa, 1 psi = 6.894757293168 kPa
kpa30 = 310 * 6.894757293168
add("convert a rated burst pressure of 310 psi to kPa", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4}, kpa30)

assert len(items) == 30
from collections import Counter
want = {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4,
        "hypothesis_test": 4, "regression": 2, "anova": 2, "design": 3, "control_chart": 2,
        "capability": 2, "sample_size": 1, "unit_conversion": 1}
assert Counter(i["mode"] for i in items) == want

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, medical-device engineer and clinical/biostat analyst voice",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
