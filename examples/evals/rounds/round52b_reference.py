import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round52b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, Cc = sp.symbols("t x C")

# ---------------- calculus ----------------
# r01 derivative of C(t) = 20 t e^{-0.5 t}
f1 = 20 * t * sp.exp(-t / 2)
d1 = sp.simplify(sp.diff(f1, t))
assert sp.simplify(d1 - (20 * sp.exp(-t / 2) - 10 * t * sp.exp(-t / 2))) == 0
add(
    "PK homework: plasma conc after an oral dose is modeled as C(t) = 20·t·e^(−0.5t) mg/L, t in hours. Find dC/dt as a function of t.",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 AUC_0^10 of 10 e^{-0.2 t} = 50(1-e^{-2})
auc = sp.integrate(10 * sp.exp(-t / 5), (t, 0, 10))
num, _ = integrate.quad(lambda s: 10 * math.exp(-0.2 * s), 0, 10)
assert abs(float(auc) - num) < 1e-9
add(
    "compute the AUC from t=0 to t=10 h for an IV bolus with C(t) = 10 e^(−0.2t) µg/mL, i.e. ∫_0^10 10e^(−0.2t) dt. exact form please (not the trapezoid rule)",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(auc)),
)
# r03 limit (sqrt(1+x)-1)/x -> 1/2
L3 = sp.limit((sp.sqrt(1 + x) - 1) / x, x, 0)
assert abs((math.sqrt(1 + 1e-8) - 1) / 1e-8 - float(L3)) < 1e-6
add(
    "delta-method question in my clinical trials course reduces to this limit: what is lim x→0 of (sqrt(1 + x) − 1)/x ?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 tmax of C(t) = 8(e^{-0.1t} - e^{-0.6t}) -> 2 ln 6
f4 = 8 * (sp.exp(-t / 10) - sp.exp(-3 * t / 5))
tmax = sp.solve(sp.diff(f4, t), t)
tmax = [s for s in tmax if s.is_real][0]
assert abs(float(tmax) - 2 * math.log(6)) < 1e-12
assert abs(float(tmax) - math.log(0.6 / 0.1) / (0.6 - 0.1)) < 1e-12
add(
    "one-compartment oral absorption: C(t) = 8(e^(−0.1t) − e^(−0.6t)) ng/mL, t in hours. find t_max, the time the concentration peaks (exact answer)",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(tmax)),
)

# ---------------- algebra ----------------
# r05 Emax model 100 C/(C+5) = 80 -> C = 20
s5 = sp.solve(sp.Eq(100 * Cc / (Cc + 5), 80), Cc)
assert s5 == [20] and 100 * 20 / 25 == 80
add(
    "Emax dose–response model E = 100·C/(C + 5) (E in % of max effect, C in mg/L, EC50 = 5). what concentration C gives E = 80%?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s5[0]),
)
# r06 quadratic 3x^2 - 12x + 9 = 0 -> {1, 3}
r6 = sorted(float(s) for s in sp.solve(3 * x**2 - 12 * x + 9, x))
assert r6 == sorted(np.roots([3, -12, 9]).real.round(12).tolist())
add(
    "setting the score function to zero in a likelihood problem I got 3x^2 − 12x + 9 = 0. find all solutions for x",
    "algebra",
    {"rule": "set"},
    r6,
)
# r07 mixture: 2% and 0.5% lidocaine to make 300 mL of 1% -> 100 mL of 2%
a, b = sp.symbols("a b")
sol7 = sp.solve([a + b - 300, sp.Rational(2, 100) * a + sp.Rational(5, 1000) * b - 3], [a, b])
assert sol7[a] == 100 and sol7[b] == 200
add(
    "pharmacy has lidocaine 2% and lidocaine 0.5% solutions. How many mL of the 2% do we need to mix with the 0.5% to get 300 mL of a 1% solution?",
    "algebra",
    {"rule": "expr"},
    str(sol7[a]),
)

# ---------------- linear algebra ----------------
# r08 eigenvalues of Markov transition matrix [[0.7,0.3],[0.2,0.8]] -> {0.5, 1}
M8 = sp.Matrix([[sp.Rational(7, 10), sp.Rational(3, 10)], [sp.Rational(2, 10), sp.Rational(8, 10)]])
ev8 = sorted(float(e) for e in M8.eigenvals())
assert np.allclose(sorted(np.linalg.eigvals(np.array(M8, dtype=float)).real), ev8)
add(
    "Markov model for disease state (remission/relapse) per cycle has transition matrix P = [[0.7, 0.3], [0.2, 0.8]]. what are the eigenvalues of P?",
    "linear_algebra",
    {"rule": "set"},
    ev8,
)
# r09 det of covariance matrix [[4,2,0],[2,5,1],[0,1,3]] = 44
M9 = sp.Matrix([[4, 2, 0], [2, 5, 1], [0, 1, 3]])
d9 = M9.det()
assert abs(np.linalg.det(np.array(M9, dtype=float)) - float(d9)) < 1e-9
add(
    "generalized variance = determinant of the covariance matrix Σ for 3 biomarkers, Σ = [[4, 2, 0], [2, 5, 1], [0, 1, 3]]. compute det(Σ)",
    "linear_algebra",
    {"rule": "expr"},
    str(d9),
)

# ---------------- probability ----------------
# r10 binomial P(X>=2), n=20, p=0.05
p10 = float(stats.binom.sf(1, 20, 0.05))
assert abs(p10 - (1 - 0.95**20 - 20 * 0.05 * 0.95**19)) < 1e-12
add(
    "If the true rate of a grade 3 adverse event is 5% per patient and we enroll 20 patients (independent), what is P(at least 2 patients have the AE)? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 exponential survival P(T > 24) with mean 18 months
p11 = float(stats.expon.sf(24, scale=18))
assert abs(p11 - math.exp(-4 / 3)) < 1e-12
add(
    "time to relapse is exponential with mean \\mu = 18 months. what's the probability a patient is still relapse-free at 24 months?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 normal SBP ~ N(128, 15^2), P(SBP > 140)
p12 = float(stats.norm.sf(140, 128, 15))
assert abs(p12 - 0.5 * math.erfc(0.8 / math.sqrt(2))) < 1e-12
add(
    "Systolic BP in the screening population is normal with \\mu = 128 mmHg and \\sigma = 15 mmHg. What proportion of patients have SBP above 140 mmHg?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes PPV
sens, spec, prev = 0.92, 0.95, 0.02
ppv = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
ppv2 = float(sp.Rational(92, 100) * sp.Rational(2, 100) / (sp.Rational(92, 100) * sp.Rational(2, 100) + sp.Rational(5, 100) * sp.Rational(98, 100)))
assert abs(ppv - ppv2) < 1e-12
add(
    "screening assay: sensitivity 92%, specificity 95%, disease prevalence 2%. a patient tests positive, what is P(disease | positive), i.e. the PPV?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    ppv,
)

# ---------------- hypothesis tests ----------------
# r14 paired t, two-sided p
pre = np.array([148, 152, 139, 160, 145, 155, 150, 142], float)
post = np.array([140, 147, 138, 149, 141, 150, 146, 139], float)
res14 = stats.ttest_rel(pre, post)
dd = pre - post
t14 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t14 - res14.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(t14), len(dd) - 1) - res14.pvalue) < 1e-12
add(
    "SBP (mmHg) for 8 patients at baseline: 148, 152, 139, 160, 145, 155, 150, 142 and the same patients at week 8 on the new dose: 140, 147, 138, 149, 141, 150, 146, 139. paired t-test, two-sided — what is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(res14.pvalue),
)
# r15 Welch two-sample t, two-sided p
A = np.array([12.1, 14.3, 13.8, 11.9, 15.2, 13.0, 12.7])
B = np.array([16.4, 18.9, 15.1, 20.2, 17.7, 19.5])
res15 = stats.ttest_ind(A, B, equal_var=False)
va, vb = A.var(ddof=1) / len(A), B.var(ddof=1) / len(B)
t15 = (A.mean() - B.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(A) - 1) + vb**2 / (len(B) - 1))
assert abs(2 * stats.t.sf(abs(t15), df15) - res15.pvalue) < 1e-12
add(
    "biomarker assay (ng/mL) in low-dose arm: 12.1, 14.3, 13.8, 11.9, 15.2, 13.0, 12.7; high-dose arm: 16.4, 18.9, 15.1, 20.2, 17.7, 19.5. Welch t test (unequal variances, don't pool), two sided. find the p value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(res15.pvalue),
)
# r16 two-proportion z, pooled, no cc, two-sided p
x1, n1, x2, n2 = 45, 100, 30, 100
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency([[45, 55], [30, 70]], correction=False)
assert abs(chi[1] - p16) < 1e-12
add(
    "response rate was 45/100 patients on drug vs 30/100 on placebo. two-proportion z test using the pooled proportion, no continuity correction, two-sided. what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p16),
)
# r17 chi-square test of independence 2x3, statistic
tab = np.array([[52, 30, 18], [65, 25, 10]])
chi17 = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
X2 = ((tab - E) ** 2 / E).sum()
assert abs(X2 - chi17[0]) < 1e-10
add(
    "AE severity by arm. Drug: none 52, mild 30, severe 18. Placebo: none 65, mild 25, severe 10. Pearson chi-square test of independence on the 2×3 table — compute the chi-square statistic X^2",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi17[0]),
)

# ---------------- regression ----------------
# r18 slope dose vs SBP reduction
dose = np.array([10, 20, 30, 40, 50, 60], float)
red = np.array([3.1, 5.4, 8.2, 9.9, 12.8, 14.6])
lr18 = stats.linregress(dose, red)
slope_hand = ((dose - dose.mean()) * (red - red.mean())).sum() / ((dose - dose.mean()) ** 2).sum()
assert abs(slope_hand - lr18.slope) < 1e-12
add(
    "dose-finding study: dose (mg) 10, 20, 30, 40, 50, 60 and mean SBP reduction (mmHg) 3.1, 5.4, 8.2, 9.9, 12.8, 14.6. fit simple linear regression reduction = b0 + b1·dose by least squares. what is the slope b1?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 for calibration curve
conc = np.array([0, 5, 10, 20, 40], float)
absb = np.array([0.02, 0.11, 0.23, 0.41, 0.85])
lr19 = stats.linregress(conc, absb)
fit = np.polyfit(conc, absb, 1)
resid = absb - np.polyval(fit, conc)
r2_hand = 1 - (resid**2).sum() / ((absb - absb.mean()) ** 2).sum()
assert abs(r2_hand - lr19.rvalue**2) < 1e-12
add(
    "ELISA calibration curve: standards at 0, 5, 10, 20, 40 ng/mL gave absorbance 0.02, 0.11, 0.23, 0.41, 0.85. For the straight-line least squares fit of absorbance on concentration, what is r^2?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA ----------------
# r20 one-way ANOVA p-value
g1 = np.array([-2, 1, -4, 0, -3], float)
g2 = np.array([-8, -5, -11, -6, -9], float)
g3 = np.array([-14, -10, -12, -16, -9], float)
res20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - res20.statistic) < 1e-10 and abs(stats.f.sf(F20, 2, 12) - res20.pvalue) < 1e-14
add(
    "LDL change (mg/dL) at 12 weeks, 5 patients per arm. placebo: −2, 1, −4, 0, −3. low dose: −8, −5, −11, −6, −9. high dose: −14, −10, −12, −16, −9. one-way ANOVA, find the p-value for equal means",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(res20.pvalue),
)
# r21 two-way ANOVA with interaction, F for drug main effect
cells = {("A", "M"): [6, 8, 7], ("A", "F"): [9, 11, 10], ("B", "M"): [4, 5, 3], ("B", "F"): [5, 7, 6]}
y = np.array([v for k in cells for v in cells[k]], float)
gm = y.mean()
drug_means = {d: np.mean([v for k in cells if k[0] == d for v in cells[k]]) for d in "AB"}
ss_drug = sum(6 * (m - gm) ** 2 for m in drug_means.values())
ss_err = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in cells.values())
F21 = (ss_drug / 1) / (ss_err / 8)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

df = pd.DataFrame(
    [dict(drug=k[0], sex=k[1], y=v) for k in cells for v in cells[k]]
)
tab21 = anova_lm(smf.ols("y ~ C(drug) * C(sex)", data=df).fit(), typ=2)
assert abs(tab21.loc["C(drug)", "F"] - F21) < 1e-8
add(
    "2×2 factorial trial: drug (A vs B) × sex (M vs F), 3 patients per cell, outcome = DBP reduction in mmHg. A/M: 6, 8, 7. A/F: 9, 11, 10. B/M: 4, 5, 3. B/F: 5, 7, 6. two-way ANOVA with the drug×sex interaction in the model; what is the F statistic for the drug main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design ----------------
# r22 2^(5-1) + 4 centre points = 20
n22 = 2 ** (5 - 1) + 4
add(
    "formulation screening study for a tablet: 5 factors at 2 levels, half-fraction 2^(5−1) design, plus 4 center points. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 3 factors, 3 centre points -> 12 + 3 = 15
from itertools import combinations, product

bb = set()
for i, j in combinations(range(3), 2):
    for s1, s2 in product([-1, 1], repeat=2):
        pt = [0, 0, 0]
        pt[i], pt[j] = s1, s2
        bb.add(tuple(pt))
n23 = len(bb) + 3
assert n23 == 2 * 3 * (3 - 1) + 3
add(
    "optimizing an assay with 3 factors (incubation temp, time, reagent conc) using a Box–Behnken design with 3 center points. what is the number of runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 5x5 Latin square -> 25
n24 = 5 * 5
add(
    "Latin square design: 5 dosing regimens, rows = 5 clinics, columns = 5 time periods, each regimen once per row and column, no replication. total number of observations (runs)?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts ----------------
# r25 I-MR chart UCL for individuals, 2.66 * MRbar
qc = np.array([101.2, 99.8, 100.5, 102.1, 98.9, 100.7, 101.5, 99.6, 100.9, 101.8])
mr = np.abs(np.diff(qc)).mean()
ucl25 = qc.mean() + 2.66 * mr
ucl25b = qc.mean() + 3 * mr / 1.128
assert abs(ucl25 - ucl25b) / ucl25 < 1e-4
add(
    "daily QC control material on the chemistry analyzer (assay values): 101.2, 99.8, 100.5, 102.1, 98.9, 100.7, 101.5, 99.6, 100.9, 101.8. I-MR chart: what's the UCL for the individuals chart? (\\bar{x} + 2.66·\\bar{MR}, moving range of 2)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 u chart, ubar = 150/500 = 0.3, n = 25
ubar = 150 / 500
ucl26 = ubar + 3 * math.sqrt(ubar / 25)
assert abs(ucl26 - float(sp.Rational(3, 10) + 3 * sp.sqrt(sp.Rational(3, 10) / 25))) < 1e-12
add(
    "monitoring data-entry errors on case report forms: 20 weekly audits, each audit checks 25 CRFs, total 150 errors found across all 500 CRFs. u chart (errors per CRF) — compute the UCL",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk given mean/sigma
cpk27 = min(105 - 100.8, 100.8 - 95) / (3 * 1.2)
assert abs(cpk27 - float(sp.Rational(42, 10) / sp.Rational(36, 10))) < 1e-12
add(
    "tablet content uniformity, spec limits 95.0–105.0% of label claim. process mean \\mu = 100.8%, within-process sigma = 1.2%. find Cpk",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Ppk from data, sd n-1, spec 90-110
dat = np.array([98.2, 101.5, 99.7, 100.9, 97.8, 102.3, 100.1, 99.4, 101.0, 98.9, 100.6, 99.2])
m28, s28 = dat.mean(), dat.std(ddof=1)
ppk28 = min(110 - m28, m28 - 90) / (3 * s28)
s28b = math.sqrt(((dat - m28) ** 2).sum() / (len(dat) - 1))
assert abs(s28 - s28b) < 1e-12
add(
    "assay potency (% label claim) for 12 lots: 98.2, 101.5, 99.7, 100.9, 97.8, 102.3, 100.1, 99.4, 101.0, 98.9, 100.6, 99.2. spec is 90–110. compute Ppk using the overall sample standard deviation (n−1 divisor)",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size ----------------
# r29 two-sample means, delta 5, sd 12, alpha .05 two-sided, power .8 -> per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 12**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 144 / 25)
add(
    "planning a parallel-group RCT: want to detect a 5 mmHg difference in mean SBP between arms, common sd \\sigma = 12 mmHg, two-sided alpha = 0.05, 80% power. using the normal (z) approximation formula, how many patients per group (round up)?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 120 mmHg -> kPa (1 mmHg = 101325/760 Pa)
# conventional mmHg = 13595.1 kg/m^3 * 9.80665 m/s^2 * 1 mm = 133.322387415 Pa; torr = 101325/760 Pa (agree to ~1e-7)
kpa = sp.Rational(135951, 10) * sp.Rational(980665, 100000) * sp.Rational(1, 1000) * 120 / 1000
assert abs(float(kpa) - 120 * 101325 / 760 / 1000) / float(kpa) < 1e-6
add(
    "convert a systolic blood pressure of 120 mmHg to kPa",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(kpa),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, biostatistics master's student doing clinical-trials course homework (patients, dosages, blood pressure, assays)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
