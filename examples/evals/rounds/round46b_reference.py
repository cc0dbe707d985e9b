import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round46b"
VOICE = "clinical-trials biostatistician (SAP-style: subjects, arms, endpoints, dose, PK/AUC, AE rates)"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, d = sp.symbols("t x d", positive=True)

# ---------------- calculus (4) ----------------
# r01 derivative of Emax model E(d) = 100 d/(d+25) -> 2500/(d+25)^2
E = 100 * d / (d + 25)
dE = sp.simplify(sp.diff(E, d))
assert sp.simplify(dE - 2500 / (d + 25) ** 2) == 0
add(
    "The dose–response relationship for the primary endpoint will be described by the Emax model "
    "E(d) = 100·d/(d + 25), where d denotes the dose in mg and E the percentage inhibition. "
    "For the purpose of characterising the local slope of the curve, please provide the first derivative dE/dd as a function of d.",
    "calculus",
    {"rule": "expr"},
    str(dE),
)
# r02 AUC_0-inf of 12(e^{-0.2t} - e^{-1.5t}) = 52
C2 = 12 * (sp.exp(-t / 5) - sp.exp(-sp.Rational(3, 2) * t))
auc = sp.integrate(C2, (t, 0, sp.oo))
num, _ = integrate.quad(lambda s: 12 * (math.exp(-0.2 * s) - math.exp(-1.5 * s)), 0, np.inf)
assert abs(float(auc) - num) < 1e-8 and auc == 52
add(
    "Following a single oral dose, the plasma concentration in the reference subject is modelled as "
    "C(t) = 12(e^(−0.2t) − e^(−1.5t)) mg/L, with t in hours post-dose. The exposure endpoint is AUC(0–∞), "
    "defined as the integral of C(t) from t = 0 to infinity. What is the exact value of AUC(0–∞) in mg·h/L?",
    "calculus",
    {"rule": "expr"},
    str(auc),
)
# r03 limit (ln(1+3x) - 3x)/x^2 -> -9/2
L = sp.limit((sp.log(1 + 3 * x) - 3 * x) / x**2, x, 0)
assert L == sp.Rational(-9, 2)
assert abs(float((math.log(1 + 3e-4) - 3e-4) / 1e-8) - (-4.5)) < 1e-2
add(
    "In the derivation of the second-order delta-method correction for the log-transformed ratio endpoint, "
    "the following limit arises: lim as x → 0 of (ln(1 + 3x) − 3x)/x². Please state its exact value.",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 tmax of 60(e^{-0.2t} - e^{-1.2t}) -> ln(6)
C4 = 60 * (sp.exp(-t / 5) - sp.exp(-sp.Rational(6, 5) * t))
tmax = sp.solve(sp.diff(C4, t), t)
assert len(tmax) == 1
tmax = sp.simplify(tmax[0])
assert abs(float(tmax) - math.log(1.2 / 0.2) / (1.2 - 0.2)) < 1e-12
add(
    "Under the one-compartment model with first-order absorption, the concentration–time profile for the "
    "150 mg arm is C(t) = 60(e^(−0.2t) − e^(−1.2t)) ng/mL, t in hours. The time to maximum concentration (tmax) "
    "is defined as the value of t at which C(t) attains its maximum. Please give tmax in hours as an exact expression.",
    "calculus",
    {"rule": "expr"},
    str(tmax),
)

# ---------------- algebra (3) ----------------
# r05 -0.5 d^2 + 9 d + 10 = 38 -> d = 4, 14
dd = sp.symbols("d")
sols = sorted(sp.solve(sp.Eq(-sp.Rational(1, 2) * dd**2 + 9 * dd + 10, 38), dd))
assert [float(s) for s in sols] == sorted(np.roots([-0.5, 9, 10 - 38]).real.tolist())
add(
    "The fitted quadratic dose–response model for the change from baseline in the efficacy score is "
    "y = −0.5d² + 9d + 10, where d is the dose in mg. Determine all doses d at which the predicted response y equals 38 points.",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sols],
)
# r06 300 subjects, 50 mg or 100 mg arms, total 21000 mg -> 120 in 100 mg arm
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 300, 50 * a + 100 * b - 21000], [a, b])
assert sol[b] == (21000 - 50 * 300) // 50
add(
    "A total of 300 subjects were randomised to either the 50 mg arm or the 100 mg arm, and each subject received "
    "exactly one dose of study drug. The drug accountability log records that 21,000 mg were administered in total. "
    "How many subjects were randomised to the 100 mg arm?",
    "algebra",
    {"rule": "expr"},
    str(sol[b]),
)
# r07 mixing 20 mg/mL and 5 mg/mL into 150 mL at 12 mg/mL -> 70 mL
v = sp.symbols("v")
vs = sp.solve(sp.Eq(20 * v + 5 * (150 - v), 12 * 150), v)[0]
assert vs == sp.Rational(150 * (12 - 5), 20 - 5)
add(
    "For the dose-preparation procedure, the pharmacy will combine a 20 mg/mL stock solution with a 5 mg/mL "
    "solution of the same drug to obtain 150 mL of infusate at a concentration of 12 mg/mL. "
    "What volume, in mL, of the 20 mg/mL stock solution is required?",
    "algebra",
    {"rule": "expr"},
    str(vs),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues of covariance [[5,2],[2,2]] -> 1, 6
S = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(S.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "The estimated covariance matrix of the two co-primary endpoints (change in FEV1 and change in symptom score) is "
    "Σ = [[5, 2], [2, 2]]. For the principal-component sensitivity analysis, please report the eigenvalues of Σ.",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 det of 3x3 covariance [[4,2,0],[2,5,1],[0,1,3]] = 44
M9 = [[4, 2, 0], [2, 5, 1], [0, 1, 3]]
det9 = sp.Matrix(M9).det()
assert abs(np.linalg.det(np.array(M9, float)) - float(det9)) < 1e-9
add(
    "The generalised variance of the three repeated post-baseline visits is defined as the determinant of their "
    "covariance matrix. With the estimated matrix [[4, 2, 0], [2, 5, 1], [0, 1, 3]], what is the generalised variance?",
    "linear_algebra",
    {"rule": "expr"},
    str(det9),
)

# ---------------- probability (4) ----------------
# r10 binomial P(X>=5), n=25, p=0.12
p10 = float(stats.binom.sf(4, 25, 0.12))
p10b = 1 - sum(math.comb(25, k) * 0.12**k * 0.88 ** (25 - k) for k in range(5))
assert abs(p10 - p10b) < 1e-12
add(
    "Assume that each subject in the 25-subject dose-escalation cohort independently experiences a treatment-emergent "
    "adverse event of grade 2 or higher with probability 0.12. Using the exact binomial distribution, what is the "
    "probability that at least 5 subjects in the cohort experience such an event?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson: rate 0.8 per 100 PY, 500 PY -> lambda 4, P(X<=1) = 5 e^-4
p11 = float(stats.poisson.cdf(1, 4.0))
assert abs(p11 - 5 * math.exp(-4)) < 1e-12
add(
    "The background incidence of the adverse event of special interest is 0.8 events per 100 patient-years, and the "
    "number of events is assumed to follow a Poisson distribution. If the safety database accrues 500 patient-years "
    "of exposure, what is the probability that at most one such event is observed?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 exponential: median 18 months -> S(24) = 0.5^(24/18)
lam = math.log(2) / 18
p12 = float(stats.expon.sf(24, scale=1 / lam))
assert abs(p12 - 0.5 ** (24 / 18)) < 1e-12
add(
    "Progression-free survival in the control arm is assumed to follow an exponential distribution with a median of "
    "18 months. Under this assumption, what proportion of control-arm subjects are expected to remain progression-free "
    "at 24 months?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes PPV: prevalence 0.02, sens 0.90, spec 0.95
prev, se, sp_ = 0.02, 0.90, 0.95
p13 = se * prev / (se * prev + (1 - sp_) * (1 - prev))
# second way: natural frequencies on 100000 subjects
tp, fp = 100000 * prev * se, 100000 * (1 - prev) * (1 - sp_)
assert abs(p13 - tp / (tp + fp)) < 1e-12
add(
    "The enrichment biomarker assay has a sensitivity of 90% and a specificity of 95%, and the prevalence of the target "
    "mutation in the screened population is 2%. What is the probability that a subject who screens positive "
    "actually carries the mutation (i.e. the positive predictive value)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# ---------------- hypothesis tests (4) ----------------
# r14 Welch two-sample t from summary stats, two-sided p
m1, s1, n1 = 12.4, 5.1, 24
m2, s2, n2 = 8.9, 7.3, 30
r14 = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
se14 = math.sqrt(s1**2 / n1 + s2**2 / n2)
df14 = se14**4 / ((s1**2 / n1) ** 2 / (n1 - 1) + (s2**2 / n2) ** 2 / (n2 - 1))
p14 = 2 * stats.t.sf(abs((m1 - m2) / se14), df14)
assert abs(p14 - r14.pvalue) < 1e-12
add(
    "For the primary efficacy endpoint (reduction in weekly seizure frequency), the active arm (n = 24) had a mean of 12.4 "
    "with SD 5.1 and the placebo arm (n = 30) had a mean of 8.9 with SD 7.3. The SAP specifies Welch's unequal-variance "
    "t-test with a two-sided alternative. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 paired t on raw data, two-sided p
pre = np.array([142, 155, 138, 160, 149, 151, 145, 158], float)
post = np.array([135, 150, 136, 149, 147, 140, 141, 152], float)
r15 = stats.ttest_rel(pre, post)
dif = pre - post
tt = dif.mean() / (dif.std(ddof=1) / math.sqrt(len(dif)))
assert abs(2 * stats.t.sf(abs(tt), len(dif) - 1) - r15.pvalue) < 1e-12
add(
    "In the single-arm pilot, seated systolic blood pressure (mmHg) was measured in 8 subjects at baseline and at week 12. "
    "Baseline: 142, 155, 138, 160, 149, 151, 145, 158. Week 12 (same subjects, same order): 135, 150, 136, 149, 147, 140, "
    "141, 152. The change from baseline will be analysed with a paired t-test, two-sided. Please report the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided
x1, N1, x2, N2 = 45, 120, 30, 118
pp = (x1 + x2) / (N1 + N2)
z16 = (x1 / N1 - x2 / N2) / math.sqrt(pp * (1 - pp) * (1 / N1 + 1 / N2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency(np.array([[x1, N1 - x1], [x2, N2 - x2]]), correction=False)
assert abs(chi.pvalue - p16) < 1e-10
add(
    "The responder rate at week 24 was 45/120 subjects in the active arm and 30/118 subjects in the control arm. "
    "The difference in proportions will be tested with the two-sample z-test using the pooled proportion under H0, "
    "two-sided, without continuity correction. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square test of independence 2x3 (arm x worst AE severity), statistic
tab = np.array([[40, 25, 10], [52, 18, 5]])
r17 = stats.chi2_contingency(tab, correction=False)
exp = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
chi17 = ((tab - exp) ** 2 / exp).sum()
assert abs(chi17 - r17.statistic) < 1e-10
add(
    "The maximum adverse-event severity per subject was tabulated by arm. Active arm (n = 75): mild 40, moderate 25, "
    "severe 10. Placebo arm (n = 75): mild 52, moderate 18, severe 5. Independence of arm and severity category will be "
    "assessed with the Pearson chi-square test on the 2 × 3 table. What is the value of the chi-square test statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r17.statistic),
)

# ---------------- regression (2) ----------------
# r18 slope of AUC on dose
dose = np.array([10, 20, 40, 80, 160], float)
aucv = np.array([118, 251, 470, 985, 1890], float)
lr = stats.linregress(dose, aucv)
slope_hand = ((dose - dose.mean()) * (aucv - aucv.mean())).sum() / ((dose - dose.mean()) ** 2).sum()
assert abs(slope_hand - lr.slope) < 1e-10
add(
    "To assess dose proportionality, mean AUC(0–24) (ng·h/mL) was recorded at each dose level: 10 mg → 118, "
    "20 mg → 251, 40 mg → 470, 80 mg → 985, 160 mg → 1890. Fit an ordinary least-squares linear regression of AUC on "
    "dose (AUC = β0 + β1·dose). What is the estimated slope β1?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2 of drug clearance on creatinine clearance
crcl = np.array([35, 48, 60, 72, 85, 98, 110, 124], float)
cl = np.array([2.1, 2.9, 3.1, 4.0, 4.4, 5.3, 5.2, 6.4], float)
lr19 = stats.linregress(crcl, cl)
X = np.column_stack([np.ones_like(crcl), crcl])
beta, *_ = np.linalg.lstsq(X, cl, rcond=None)
r2_hand = 1 - ((cl - X @ beta) ** 2).sum() / ((cl - cl.mean()) ** 2).sum()
assert abs(r2_hand - lr19.rvalue**2) < 1e-10
add(
    "In the renal-impairment substudy, apparent drug clearance CL/F (L/h) was regressed on creatinine clearance CrCL (mL/min) "
    "by simple linear least squares. Data (CrCL, CL/F): (35, 2.1), (48, 2.9), (60, 3.1), (72, 4.0), (85, 4.4), (98, 5.3), "
    "(110, 5.2), (124, 6.4). What is the coefficient of determination R² of this fit?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA across 3 dose arms, p-value
g1 = [4.2, 5.1, 3.8, 4.9, 5.5, 4.4]
g2 = [5.8, 6.3, 5.1, 6.9, 6.0, 5.6]
g3 = [6.7, 7.4, 6.1, 7.9, 6.8, 7.2]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / (len(allv) - 3))
assert abs(stats.f.sf(F20, 2, len(allv) - 3) - r20.pvalue) < 1e-12
add(
    "The change from baseline in haemoglobin (g/dL) at week 8 was recorded for six subjects in each of three dose arms. "
    "Low dose: 4.2, 5.1, 3.8, 4.9, 5.5, 4.4. Mid dose: 5.8, 6.3, 5.1, 6.9, 6.0, 5.6. High dose: 6.7, 7.4, 6.1, 7.9, 6.8, 7.2. "
    "Equality of the arm means will be tested by one-way analysis of variance. What is the p-value of the overall F-test?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 balanced two-way ANOVA with interaction (formulation x food), F for food
cells = {
    ("A", "fasted"): [820, 865, 790],
    ("A", "fed"): [1010, 1075, 980],
    ("B", "fasted"): [760, 805, 740],
    ("B", "fed"): [1090, 1130, 1045],
}
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

rows = [(f, fd, y) for (f, fd), ys in cells.items() for y in ys]
df21 = pd.DataFrame(rows, columns=["form", "food", "y"])
aov = sm.stats.anova_lm(smf.ols("y ~ C(form, Sum) * C(food, Sum)", data=df21).fit(), typ=2)
F21 = float(aov.loc["C(food, Sum)", "F"])
# hand computation
yall = df21.y.values
gm = yall.mean()
r = 3
mf = df21.groupby("food").y.mean()
ss_food = 2 * r * ((mf - gm) ** 2).sum()
cm = df21.groupby(["form", "food"]).y.mean()
ss_err = sum(((np.array(ys) - np.mean(ys)) ** 2).sum() for ys in cells.values())
F21h = (ss_food / 1) / (ss_err / (4 * (r - 1)))
assert abs(F21h - F21) < 1e-8
add(
    "In the food-effect substudy, Cmax (ng/mL) was obtained for 3 subjects in each combination of formulation (A, B) and "
    "prandial state (fasted, fed). A/fasted: 820, 865, 790. A/fed: 1010, 1075, 980. B/fasted: 760, 805, 740. "
    "B/fed: 1090, 1130, 1045. The data will be analysed by a balanced two-way ANOVA including the formulation × food "
    "interaction. What is the F statistic for the main effect of food (prandial state)?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    F21,
)

# ---------------- design (3) ----------------
# r22 2^(5-1) fractional factorial, 2 replicates, no centre points -> 32
runs22 = 2 ** (5 - 1) * 2
add(
    "The formulation robustness study will investigate five excipient and process factors, each at two levels, using a "
    "half-fraction 2^(5−1) resolution V design. The full design will be run in two complete replicates and no centre "
    "points will be added. How many experimental runs are required in total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 rotatable CCD, 3 factors, full 2^3 core, 6 axial, 6 centre -> 20
k = 3
runs23 = 2**k + 2 * k + 6
add(
    "To optimise the lyophilisation cycle, a rotatable central composite design in three factors (shelf temperature, "
    "chamber pressure, primary-drying time) will be used, comprising the full 2³ factorial portion, the axial (star) "
    "points, and 6 centre points. What is the total number of runs?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 Plackett-Burman smallest design for 10 factors -> 12
runs24 = next(N for N in range(4, 100, 4) if N - 1 >= 10)
add(
    "For the screening phase of the bioanalytical method validation, ten potential sources of variability will be "
    "screened at two levels each using the smallest Plackett–Burman design that accommodates ten factors, with no "
    "replication and no centre points. How many runs does this design require?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# d2 constants by numerical integration (expected range of n standard normals)
def d2_num(n):
    f = lambda w: 1 - (stats.norm.cdf(w) ** n) - (1 - stats.norm.cdf(w)) ** n  # noqa: E731
    # E[R] = int_{-inf}^{inf} [1 - Phi(w)^n - (1-Phi(w))^n] dw
    return integrate.quad(f, -np.inf, np.inf)[0]


# r25 X-bar R chart UCL: n=4, grand mean 50.2, Rbar 3.6, A2=0.729
A2_table = 0.729
ucl25 = 50.2 + A2_table * 3.6
A2_num = 3 / (d2_num(4) * math.sqrt(4))
assert abs((50.2 + A2_num * 3.6) - ucl25) / ucl25 < 1e-4
add(
    "The bioanalytical laboratory monitors the mid-level QC sample by an X̄–R chart with subgroups of 4 replicate "
    "determinations per analytical run. Over 25 runs the grand mean was 50.2 ng/mL and the average range was 3.6 ng/mL. "
    "Using the standard Shewhart constants (A2 for n = 4), what is the upper control limit of the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 p chart UCL: n=200 CRFs per month, pbar 0.06
pbar, n26 = 0.06, 200
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / n26)
assert abs(ucl26 - (pbar + 3 * stats.binom.std(n26, pbar) / n26)) < 1e-12
add(
    "Data-quality monitoring: each month 200 case report forms are source-verified, and the proportion of forms with at "
    "least one discrepancy is plotted on a p chart. The average proportion over the baseline period is 0.06. "
    "With 3-sigma limits and a constant subgroup size of 200, what is the upper control limit?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27 Cpk with sigma = Rbar/d2, n=5 subgroups, tablet assay 95-105, mean 100.8, Rbar 2.8, d2=2.326
d2_5 = 2.326
sig27 = 2.8 / d2_5
cpk27 = min(105 - 100.8, 100.8 - 95) / (3 * sig27)
sig27n = 2.8 / d2_num(5)
assert abs(min(105 - 100.8, 100.8 - 95) / (3 * sig27n) - cpk27) / cpk27 < 1e-4
add(
    "The drug-product assay specification is 95.0–105.0% of label claim. In-process control data were collected in "
    "subgroups of 5 tablets; the grand mean is 100.8% and the average subgroup range is 2.8%. Estimating the within-subgroup "
    "standard deviation as R̄/d2 (d2 = 2.326 for n = 5), what is the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Ppk raw data fill volumes, spec 4.90-5.20 mL, sample sd (n-1)
fv = np.array([5.06, 5.03, 5.09, 5.01, 5.05, 5.08, 5.04, 5.02, 5.07, 5.05, 5.10, 5.03], float)
mu, sd = fv.mean(), fv.std(ddof=1)
ppk28 = min(5.20 - mu, mu - 4.90) / (3 * sd)
sd_alt = math.sqrt(((fv - mu) ** 2).sum() / (len(fv) - 1))
assert abs(min(5.20 - mu, mu - 4.90) / (3 * sd_alt) - ppk28) < 1e-12
add(
    "Fill volume of the prefilled syringes used in the trial has a specification of 4.90–5.20 mL. Twelve syringes from the "
    "clinical batch measured: 5.06, 5.03, 5.09, 5.01, 5.05, 5.08, 5.04, 5.02, 5.07, 5.05, 5.10, 5.03 mL. Using the overall "
    "sample standard deviation (n − 1 divisor), what is the Ppk?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample means, delta 5, sigma 10, alpha 0.05 two-sided, power 0.90, normal approx -> per arm
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 10**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 4)
add(
    "The trial is designed to detect a difference of 5 mmHg in mean change in systolic blood pressure between the active "
    "and placebo arms, assuming a common standard deviation of 10 mmHg, a two-sided significance level of 0.05 and 90% "
    "power, with 1:1 allocation. Using the normal-approximation formula and rounding up, how many evaluable subjects are "
    "required per arm?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 1250 ng*h/mL -> mg*h/L = 1.25
from sympy.physics import units as u

val = sp.Rational(1250) * (u.gram / 10**9) * u.hour / u.milliliter
conv = sp.nsimplify(u.convert_to(val, [u.milligram, u.hour, u.liter]) / (u.milligram * u.hour / u.liter))
assert conv == sp.Rational(1250) * sp.Rational(1, 10**6) / sp.Rational(1, 10**3)
add(
    "The geometric mean AUC(0–∞) in the 200 mg cohort was 1250 ng·h/mL. For the population-PK report this exposure must "
    "be expressed in mg·h/L. What is the converted value?",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-6},
    float(conv),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == Counter(
    calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2, design=3,
    control_chart=2, capability=2, sample_size=1, unit_conversion=1,
)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, {VOICE}",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
