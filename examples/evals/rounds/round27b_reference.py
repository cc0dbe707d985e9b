"""round27b reference answers: stats TA + biotech lab voice. Computes every answer independently."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round27b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


# ---------------- calculus (4) ----------------
# r01: d/dS of Michaelis-Menten v = Vmax*S/(Km+S) -> Vmax*Km/(Km+S)^2
Vmax, Km, S = sp.symbols("Vmax Km S", positive=True)
d = sp.simplify(sp.diff(Vmax * S / (Km + S), S))
assert sp.simplify(d - Vmax * Km / (Km + S) ** 2) == 0
add("enzyme kinetics hw: v = Vmax*S/(Km + S). what's dv/dS? (symbolic, in terms of Vmax, Km, S)",
    "calculus", {"rule": "expr"}, "Vmax*Km/(Km + S)**2")

# r02: AUC of C(t)=10 e^{-0.2 t} from 0 to inf = 10/0.2 = 50
t = sp.symbols("t", positive=True)
auc = sp.integrate(10 * sp.exp(-sp.Rational(1, 5) * t), (t, 0, sp.oo))
assert auc == 50
add("Plasma conc after an IV bolus is modeled as C(t) = 10·e^(−0.2t) mg/L with t in hours. "
    "What is the total area under the curve from t = 0 to infinity (mg·h/L)?",
    "calculus", {"rule": "expr"}, str(auc))

# r03: lim_{x->0} (e^{2x} - 1 - 2x)/x^2 = 2  (Taylor: (2x)^2/2 / x^2)
x = sp.symbols("x")
lim = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x ** 2, x, 0)
assert lim == 2
add("limit as x -> 0 of (e^(2x) − 1 − 2x)/x²", "calculus", {"rule": "expr"}, str(lim))

# r04: int_0^3 x^2 e^{-x} dx = 2 - 17 e^{-3}
I4 = sp.integrate(x ** 2 * sp.exp(-x), (x, 0, 3))
assert sp.simplify(I4 - (2 - 17 * sp.exp(-3))) == 0
add("A student asks me to check their answer for the definite integral of x^2 * exp(-x) "
    "from 0 to 3. Exact value please, not a decimal.",
    "calculus", {"rule": "expr"}, "2 - 17*exp(-3)")

# ---------------- algebra (3) ----------------
# r05: roots of 2x^2 - 3x - 5 = 0 -> -1, 5/2
roots = sorted(float(r) for r in sp.solve(2 * x ** 2 - 3 * x - 5, x))
assert np.allclose(roots, [-1, 2.5])
add("roots of 2x² − 3x − 5 = 0 ?", "algebra", {"rule": "set"}, roots)

# r06: 0.05 * 2^(t/25) = 0.8 -> 2^(t/25)=16 -> t = 100 min
t6 = 25 * math.log2(0.8 / 0.05)
add("E. coli culture at OD600 = 0.05, doubling time 25 min, assume clean exponential growth. "
    "How many minutes until it hits OD600 0.8?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(t6))

# r07: log10(x) + log10(x-3) = 1 -> x(x-3)=10 -> x=5 (x=-2 outside domain)
sol = [s for s in sp.solve(x * (x - 3) - 10, x) if s > 3]
assert sol == [5]
add("solve for x (real, domain respected): log10(x) + log10(x − 3) = 1",
    "algebra", {"rule": "number", "tol": 1.0e-6}, 5.0)

# ---------------- linear algebra (2) ----------------
# r08: eigenvalues of [[4,1],[2,3]]: trace 7, det 10 -> 2, 5
ev = sorted(np.linalg.eigvals(np.array([[4, 1], [2, 3]], float)).real.tolist())
assert np.allclose(ev, [2, 5])
add("eigenvalues of A = [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, [2.0, 5.0])

# r09: det [[2,1,0],[1,3,1],[0,1,4]] = 2(12-1) - 1(4-0) = 18
det = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
assert det == 18
add("For a tridiagonal matrix from my TA problem set,\n"
    "M =\n 2 1 0\n 1 3 1\n 0 1 4\nwhat is det(M)?",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(det))

# ---------------- probability (4) ----------------
# r10: Poisson(3.2), P(X>=2) = 1 - e^{-3.2}(1 + 3.2)
p10 = 1 - stats.poisson.cdf(1, 3.2)
assert abs(p10 - (1 - math.exp(-3.2) * 4.2)) < 1e-12
add("hemocytometer: avg 3.2 cells per small square, counts assumed Poisson. "
    "P(a given square has at least 2 cells)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p10))

# r11: Binomial(96, 0.02), P(X <= 2)
p11 = stats.binom.cdf(2, 96, 0.02)
add("Each well of a 96-well plate independently has a 2% chance of contamination. "
    "What's the probability that at most two wells on a plate are contaminated? (exact binomial)",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p11))

# r12: Ct ~ N(24.3, 0.4^2), P(Ct > 25) = 1 - Phi(1.75)
p12 = stats.norm.sf(25, loc=24.3, scale=0.4)
add("GAPDH Ct values on our machine are normally distributed with mean 24.3 and SD 0.4 cycles. "
    "What fraction of wells would come out with Ct above 25?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p12))

# r13: Bayes: P(D|+) = .95*.02 / (.95*.02 + .10*.98)
p13 = 0.95 * 0.02 / (0.95 * 0.02 + 0.10 * 0.98)
add("Mycoplasma PCR kit: sensitivity 95%, specificity 90%. About 2% of incoming cell lines are "
    "actually infected. A new line tests positive — probability it's really infected?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p13))

# ---------------- hypothesis tests (4) ----------------
# r14: paired t-test, two-sided p
before = [22.1, 23.4, 21.8, 24.0, 22.9, 23.3]
after = [22.8, 23.9, 22.5, 24.1, 23.6, 23.9]
r14 = stats.ttest_rel(after, before)
add("Ct of target gene in the same 6 samples before and after DNase treatment:\n"
    "before: 22.1 23.4 21.8 24.0 22.9 23.3\n"
    "after:  22.8 23.9 22.5 24.1 23.6 23.9\n"
    "paired t-test, two-sided — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t-test, two-sided p
wt = [0.82, 0.79, 0.88, 0.85, 0.81]
mut = [0.71, 0.76, 0.64, 0.79, 0.70, 0.68]
r15 = stats.ttest_ind(wt, mut, equal_var=False)
add("OD600 at 8 h. WT: 0.82, 0.79, 0.88, 0.85, 0.81. ΔlacZ mutant: 0.71, 0.76, 0.64, 0.79, "
    "0.70, 0.68. Welch's t-test (unequal variances), two-sided: what's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: Pearson chi-square 2x2 without Yates correction, p-value
tab = np.array([[7, 33], [15, 30]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("mycoplasma positives: site A 7 of 40 flasks, site B 15 of 45 flasks. chi-square test of "
    "independence on the 2x2 table, no Yates continuity correction. p?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17: one-sample t, H1: mu < 100, one-sided p
pip = [99.2, 99.8, 100.1, 98.9, 99.5, 99.7, 99.0, 100.3, 99.4, 99.6]
r17 = stats.ttest_1samp(pip, 100, alternative="less")
add("P100 pipette calibration, ten gravimetric dispenses set to 100 µL (converted to µL): "
    "99.2, 99.8, 100.1, 98.9, 99.5, 99.7, 99.0, 100.3, 99.4, 99.6. Is it under-delivering? "
    "One-sample t-test of H0: μ = 100 vs H1: μ < 100 — give the one-sided p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r17.pvalue))

# ---------------- regression (2) ----------------
# r18: OLS slope of Bradford standard curve (A595 on BSA conc)
bsa = np.array([0, 250, 500, 750, 1000, 1500], float)
a595 = np.array([0.012, 0.205, 0.398, 0.571, 0.760, 1.102])
fit18 = sm.OLS(a595, sm.add_constant(bsa)).fit()
add("Bradford std curve, least-squares line of absorbance on concentration:\n"
    "BSA (µg/mL): 0 250 500 750 1000 1500\n"
    "A595:        0.012 0.205 0.398 0.571 0.760 1.102\n"
    "slope (absorbance per µg/mL)?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(fit18.params[1]))

# r19: R^2 of Ct regressed on log10 copies
lc = np.array([2, 3, 4, 5, 6, 7], float)
ct = np.array([33.1, 29.8, 26.4, 23.1, 19.7, 16.4])
fit19 = sm.OLS(ct, sm.add_constant(lc)).fit()
add("qPCR standard curve — log10(copies) 2,3,4,5,6,7 gave Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. "
    "Fit Ct vs log10 copies by ordinary least squares; what's the R²?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit19.rsquared))

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA p-value, 3 media
dmem = [1.8, 2.1, 1.9, 2.0]
rpmi = [2.3, 2.5, 2.2, 2.6]
imdm = [2.0, 2.2, 2.1, 1.9]
r20 = stats.f_oneway(dmem, rpmi, imdm)
add("Viable cell density (1e6 cells/mL) after 72 h, four flasks per medium.\n"
    "DMEM 1.8 2.1 1.9 2.0 | RPMI 2.3 2.5 2.2 2.6 | IMDM 2.0 2.2 2.1 1.9\n"
    "One-way ANOVA across the three media: p-value?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))

# r21: one-way ANOVA F statistic, 4 operators x 3 counts
A = [52, 48, 50]; B = [55, 57, 53]; C = [49, 51, 47]; D = [54, 50, 52]
r21 = stats.f_oneway(A, B, C, D)
add("Four students each counted the same stained sample three times (cells per field): "
    "student A 52, 48, 50; B 55, 57, 53; C 49, 51, 47; D 54, 50, 52. "
    "What is the F statistic for a one-way ANOVA with student as the factor?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r21.statistic))

# ---------------- design (3) ----------------
# r22: 2^(5-1) half fraction -> 16 runs
add("screening 5 media components (each at 2 levels) with a half-fraction 2^(5−1) design, "
    "no replicates, no center points — how many runs?",
    "design", {"rule": "runs"}, 2 ** (5 - 1))

# r23: 2^3 full factorial + 4 center points -> 12
add("Full two-level factorial on temperature, pH and induction time (IPTG) plus four center "
    "points, single replicate. Total number of shake-flask runs?",
    "design", {"rule": "runs"}, 2 ** 3 + 4)

# r24: CCD k=3: 8 factorial + 6 axial + 6 center = 20
add("Central composite design for 3 factors (full 2^3 factorial core, the 2k star/axial points, "
    "and 6 center points). How many runs in total?",
    "design", {"rule": "runs"}, 2 ** 3 + 2 * 3 + 6)

# ---------------- control charts (2) ----------------
# r25: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 1.245 + 0.577 * 0.084
add("X-bar/R chart for plate positive controls, subgroups of n = 5 wells per plate. Over 25 "
    "plates: grand mean absorbance 1.245, average range R̄ = 0.084. UCL of the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, float(ucl25))

# r26: p-chart UCL, pbar = 430/5000, n = 200 per day
pbar = 430 / 5000
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("transfection QC: 25 days x 200 wells/day scored, 430 failed wells total. p chart with "
    "3-sigma limits, constant n = 200 — what's the UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, float(ucl26))

# ---------------- capability (2) ----------------
# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = (5.20-5.03)/(3*0.045)
cpk27 = min(5.20 - 5.03, 5.03 - 4.80) / (3 * 0.045)
add("Media fill volume spec 4.80–5.20 mL. Process is stable with mean 5.03 mL and "
    "σ = 0.045 mL. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, float(cpk27))

# r28: REFUSE - no process spread (sigma / data) given, Cpk cannot be computed
add("need Cpk for our buffer pH for the audit tomorrow. spec is 7.2 to 7.6 and the batches "
    "have been averaging about 7.45. what's the number?",
    "capability", {"rule": "refuse"}, None)

# ---------------- sample size (1) ----------------
# r29: n = (z_{0.975} * sigma / E)^2 = (1.96*0.12/0.05)^2 = 22.13 -> 23
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.12 / 0.05) ** 2)
assert n29 == math.ceil((1.96 * 0.12 / 0.05) ** 2) == 23
add("How many replicate wells do I need so a 95% confidence interval for the mean absorbance "
    "has a margin of error of ±0.05? Assume σ is known, 0.12 (z-based interval). Round up.",
    "sample_size", {"rule": "int", "key": "n"}, int(n29))

# ---------------- unit conversion (1) ----------------
# r30: 15 psi -> kPa, 1 psi = 6.894757293168 kPa
kpa = 15 * 6.894757293168
add("autoclave gauge says 15 psi. in kPa?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4}, float(kpa))

assert len(items) == 30
from collections import Counter
cnt = Counter(i["mode"] for i in items)
assert cnt == Counter(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4,
                      regression=2, anova=2, design=3, control_chart=2, capability=2,
                      sample_size=1, unit_conversion=1), cnt

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, stats TA + biotech lab (cell counts, OD600, qPCR, plate assays)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
