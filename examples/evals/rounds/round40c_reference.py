"""Reference answers for round40c (clinical-lab statistician voice).
Every answer computed independently with sympy / scipy / statsmodels / numpy / math."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.anova import anova_lm  # noqa: F401 (cross-check available)
import statsmodels.api as sm

ROUND = "round40c"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01: AUC(0..inf) of C(t)=8 exp(-t/6) = 8*6 = 48
auc = sp.integrate(8 * sp.exp(-t / 6), (t, 0, sp.oo))
add(
    "PK question from the tox side: plasma conc follows C(t) = 8·e^(−t/6) mg/L (t in hours) "
    "after an IV bolus. What's the AUC from 0 to infinity, in mg·h/L?",
    "calculus",
    {"rule": "expr"},
    str(auc),
)

# r02: derivative of 5 t^2 exp(-t/4)
d = sp.diff(5 * t**2 * sp.exp(-t / 4), t)
add(
    "differentiate f(t) = 5 t² e^(−t/4) with respect to t  (it's our troponin release curve model, "
    "need df/dt in closed form)",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(d)),
)

# r03: limit (1-cos 3x)/x^2 as x->0 = 9/2
lim = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("lim x→0 of (1 − cos(3x)) / x²  ?", "calculus", {"rule": "expr"}, str(lim))

# r04: Bateman curve C=10(e^-0.1t - e^-0.5t): tmax = ln(ka/ke)/(ka-ke) = ln5/0.4
C = 10 * (sp.exp(-t / 10) - sp.exp(-t / 2))
tmax = sp.solve(sp.diff(C, t), t)
tmax = [s for s in tmax if s.is_real][0]
assert abs(float(tmax) - math.log(5) / 0.4) < 1e-12
add(
    "Oral dose, one-compartment model, concentration C(t) = 10(e^(−0.1t) − e^(−0.5t)) with t in h "
    "(ka = 0.5/h, ke = 0.1/h). At what time t does the concentration peak? Exact form please.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(tmax)),
)

# ---------------- algebra (3) ----------------
# r05: quadratic calibration 0.002x^2+0.15x+0.05 = 1.25, positive root
a, b, c = 0.002, 0.15, 0.05 - 1.25
root = (-b + math.sqrt(b * b - 4 * a * c)) / (2 * a)
add(
    "Our immunoassay calibration is fitted as a quadratic: signal = 0.002·x² + 0.15·x + 0.05, "
    "x = concentration in ng/mL. A patient sample reads signal 1.25. Back-calculate the "
    "concentration (the physically meaningful, positive solution).",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    root,
)

# r06: mixing: 50a + 200(10-a) = 110*10 -> a = 6 mL
A = sp.symbols("A")
volA = sp.solve(sp.Eq(50 * A + 200 * (10 - A), 110 * 10), A)[0]
add(
    "I need 10 mL of an in-house ALT control pool at 110 U/L. I have pool A at 50 U/L and pool B "
    "at 200 U/L (assume activity mixes linearly by volume). How many mL of pool A go in?",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    float(volA),
)

# r07: roots of x^3 - 6x^2 + 11x - 6 -> 1,2,3
roots = sorted(float(r) for r in sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x))
add("roots of x^3 − 6x^2 + 11x − 6 = 0", "algebra", {"rule": "set"}, roots)

# ---------------- linear algebra (2) ----------------
# r08: eigenvalues of symmetric 3x3 -> 1,3,5
M = np.array([[2, 1, 0], [1, 2, 0], [0, 0, 5]], dtype=float)
ev = sorted(float(v) for v in np.linalg.eigvalsh(M))
add(
    "eigenvalues of this covariance-type matrix (pasted from sheet):\n2,1,0\n1,2,0\n0,0,5",
    "linear_algebra",
    {"rule": "set"},
    [round(v, 12) for v in ev],
)

# r09: determinant of 3x3 (tab separated) = -54
D = sp.Matrix([[2, -1, 0], [1, 3, 4], [0, 5, -2]]).det()
add("det of\n2\t-1\t0\n1\t3\t4\n0\t5\t-2", "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(D))

# ---------------- probability (4) ----------------
# r10: PPV by Bayes: se*prev / (se*prev + (1-sp)*(1-prev))
se, spc, prev = 0.95, 0.98, 0.02
ppv = se * prev / (se * prev + (1 - spc) * (1 - prev))
add(
    "Screening assay validated at sensitivity 95% and specificity 98%. In our outpatient cohort "
    "the prevalence is 2%. What is the probability a patient with a positive result actually has "
    "the condition (PPV)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    ppv,
)

# r11: binomial n=20 p=0.05, P(X>=2) = sf(1)
p11 = float(stats.binom.sf(1, 20, 0.05))
add(
    "If each QC run has an independent 5% false-rejection probability, what's the chance of "
    "getting two or more false rejections in twenty runs?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p11,
)

# r12: Poisson mean 3.2, P(X=5)
p12 = float(stats.poisson.pmf(5, 3.2))
add(
    "specimen rejections in the core lab ~ Poisson, mean 3.2 per day. P(exactly 5 rejections tomorrow)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p12,
)

# r13: Normal(4.2, 0.35), P(X > 5.0)
p13 = float(stats.norm.sf(5.0, loc=4.2, scale=0.35))
add(
    "Potassium in our healthy reference cohort is approximately normal, μ = 4.2 mmol/L, "
    "σ = 0.35 mmol/L. What fraction of that cohort would read above 5.0 mmol/L?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p13,
)

# ---------------- hypothesis tests (4, incl. 1 refuse) ----------------
# r14: paired t-test two-sided p-value
cA = [78, 102, 65, 143, 88, 91, 120, 56]
cB = [81, 105, 66, 149, 87, 95, 124, 58]
r14 = stats.ttest_rel(cB, cA)
rows = "\n".join(f"S{i + 1}\t{u}\t{v}" for i, (u, v) in enumerate(zip(cA, cB)))
add(
    "Same 8 patient serum samples run for creatinine (µmol/L) on both analysers. Paired t-test, "
    "two-sided — p value?\nsample\tAnalyserA\tAnalyserB\n" + rows,
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15: Welch two-sample t-test, two-sided p-value
day = [42, 55, 38, 61, 47, 50, 44, 58, 39, 52]
night = [65, 48, 72, 59, 81, 54, 68, 77]
r15 = stats.ttest_ind(day, night, equal_var=False)
add(
    "STAT troponin turnaround (minutes), day vs night shift. Welch t-test (unequal variances), "
    "two-sided, what's the p-value?\nday: " + ", ".join(map(str, day)) + "\nnight: " + ", ".join(map(str, night)),
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16: chi-square test of independence, 3x2 table, Pearson (no correction applies to >2x2)
tab = np.array([[34, 466], [21, 579], [9, 391]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "Is haemolysis rate associated with collection site? Pearson chi-square test of "
    "independence on the counts below, give the p-value.\nsite,haemolysed,not_haemolysed\n"
    "ED,34,466\nWard,21,579\nOutpatient,9,391",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p16),
)

# r17: refuse -- no SDs (or raw data) given, cannot compute a t statistic
add(
    "Mean hs-troponin was 14.2 ng/L on analyser 1 and 15.1 ng/L on analyser 2, n = 30 samples "
    "per analyser. Two-sample t-test, two-sided: what's the p-value?",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)

# ---------------- regression (2) ----------------
# r18: OLS slope of new method (y) on reference (x)
xr = [2.1, 3.4, 4.8, 5.5, 6.9, 8.2, 9.7, 11.3]
yr = [2.3, 3.5, 5.1, 5.6, 7.3, 8.5, 10.1, 11.9]
res18 = stats.linregress(xr, yr)
rows = "\n".join(f"{u}\t{v}" for u, v in zip(xr, yr))
add(
    "method comparison, glucose mmol/L. Ordinary least squares, new method (y) regressed on "
    "reference method (x). slope?\nreference\tnew\n" + rows,
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(res18.slope),
)

# r19: R^2 of linear calibration absorbance on concentration (with intercept)
cc = [0, 25, 50, 100, 200, 400]
ab = [0.012, 0.118, 0.241, 0.470, 0.935, 1.842]
fit = sm.OLS(ab, sm.add_constant(cc)).fit()
assert abs(fit.rsquared - stats.linregress(cc, ab).rvalue ** 2) < 1e-12
add(
    "Linear calibration check (straight line with intercept, absorbance vs standard conc). "
    "What is R²?\nconc_umol_L,absorbance\n" + "\n".join(f"{u},{v}" for u, v in zip(cc, ab)),
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(fit.rsquared),
)

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA, 3 reagent lots, p-value
lotA = [101.2, 99.8, 100.5, 102.1, 100.9, 101.4]
lotB = [98.7, 99.5, 98.1, 99.9, 98.8, 99.2]
lotC = [100.1, 101.0, 99.6, 100.8, 100.3, 101.5]
r20 = stats.f_oneway(lotA, lotB, lotC)
rows = "\n".join(f"{a_}\t{b_}\t{c_}" for a_, b_, c_ in zip(lotA, lotB, lotC))
add(
    "Reagent lot-to-lot check: same control material measured 6 times on each of three lots. "
    "One-way ANOVA p-value for a lot effect?\nLotA\tLotB\tLotC\n" + rows,
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r20.pvalue),
)

# r21: one-way ANOVA, 4 analysers, unequal n, F statistic
g1 = [5.1, 5.3, 5.0, 5.2, 5.4]
g2 = [5.5, 5.6, 5.4, 5.7]
g3 = [5.2, 5.1, 5.3, 5.2, 5.0, 5.3]
g4 = [5.4, 5.2, 5.5, 5.3, 5.6]
r21 = stats.f_oneway(g1, g2, g3, g4)
add(
    "one way anova F stat, potassium QC (mmol/L) across 4 analysers, unequal n:\n"
    "AU1: 5.1 5.3 5.0 5.2 5.4\nAU2: 5.5 5.6 5.4 5.7\nAU3: 5.2 5.1 5.3 5.2 5.0 5.3\n"
    "AU4: 5.4 5.2 5.5 5.3 5.6",
    "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    float(r21.statistic),
)

# ---------------- design (3) ----------------
# r22: 2^(5-1) half fraction -> 16 runs
add(
    "LC-MS/MS robustness study: five factors (column temp, flow rate, mobile phase pH, gradient "
    "slope, injection volume), each at two levels, resolution V half-fraction 2^(5−1), no centre "
    "points or replicates. Number of runs?",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1),
)

# r23: CCD, 4 factors, full 2^4 cube (16) + 2k axial (8) + 5 centre = 29
add(
    "Planning a central composite design for optimising an ELISA: 4 factors, full 2⁴ factorial "
    "cube, the usual 2k axial (star) points, and 5 centre-point runs. How many runs total?",
    "design",
    {"rule": "runs"},
    2**4 + 2 * 4 + 5,
)

# r24: full factorial 3 lots x 2 analysers x 4 operators, duplicate -> 48
add(
    "precision experiment: 3 reagent lots × 2 analysers × 4 operators, fully crossed, every "
    "combination run in duplicate. total number of runs?",
    "design",
    {"rule": "runs"},
    3 * 2 * 4 * 2,
)

# ---------------- control charts (2) ----------------
# r25: Xbar-R chart UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 102.4 + 0.577 * 4.1
add(
    "Xbar–R chart for our ALP level-2 control, subgroups of n = 5 (one per run). Grand mean "
    "102.4 U/L, average range R̄ = 4.1 U/L. Upper control limit of the X̄ chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    ucl25,
)

# r26: I-MR chart LCL = xbar - 2.66*MRbar (MR of span 2, 2.66 = 3/d2, d2=1.128)
qc = [4.52, 4.48, 4.55, 4.61, 4.50, 4.47, 4.58, 4.53, 4.49, 4.56, 4.60, 4.51]
mr = np.abs(np.diff(qc))
lcl26 = float(np.mean(qc) - 2.66 * mr.mean())
add(
    "Individuals (I-MR) chart on 12 consecutive daily QC results for creatinine level 1 (mg/dL), "
    "limits from the average moving range of span 2 (3/d2, d2 = 1.128). What is the LCL of the "
    "individuals chart?\nday\tresult\n" + "\n".join(f"{i + 1}\t{v:.2f}" for i, v in enumerate(qc)),
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "lcl"},
    lcl26,
)

# ---------------- capability (2) ----------------
# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.7,0.9)/0.6
cpk = min(5.1 - 4.4, 4.4 - 3.5) / (3 * 0.2)
add(
    "Cpk please: allowable limits 3.5 to 5.1 mmol/L, process mean 4.4, within-process σ 0.2",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    cpk,
)

# r28: Ppk from raw data, overall sd with n-1
vol = [100.4, 99.8, 100.9, 100.2, 101.1, 99.6, 100.7, 100.3, 100.8, 99.9, 100.5, 101.3, 100.1, 100.6, 100.0]
m, s = float(np.mean(vol)), float(np.std(vol, ddof=1))
ppk = min(102.0 - m, m - 98.0) / (3 * s)
add(
    "Pipette verification on the automated liquid handler, spec 98.0–102.0 µL. Fifteen "
    "gravimetric dispenses (µL) below. Compute Ppk using the overall sample SD (n−1).\n"
    + ", ".join(f"{v:.1f}" for v in vol),
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    ppk,
)

# ---------------- sample size (1) ----------------
# r29: n per group = ceil(2 (z_.975 + z_.90)^2 sigma^2 / delta^2), normal approximation -> 54
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 8**2 / 5**2)
add(
    "How many patients per arm to detect a 5 mg/dL difference in mean LDL between two cohorts, "
    "SD 8 mg/dL in both, two-sided alpha 0.05, 90% power? Use the normal-approximation (z) "
    "formula and round up to a whole patient per group.",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30: 126 mg/dL -> 1260 mg/L / 180.16 g/mol = mmol/L
g = 126 * 10 / 180.16
add(
    "convert fasting glucose 126 mg/dL to mmol/L (molar mass glucose 180.16 g/mol)",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4},
    g,
)

assert len(items) == 30
doc = dict(
    suite=ROUND,
    type="reason",
    description=f"{ROUND} unseen questions, hospital clinical-lab statistician "
    "(assay validation, TAT, analyser QC, cohorts)",
    thresholds=dict(accuracy=0.9, overconfident=0.0),
    items=items,
)
with open(OUT, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print("wrote", OUT)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
