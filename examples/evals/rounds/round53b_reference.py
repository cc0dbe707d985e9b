import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round53b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, c = sp.symbols("t x c")

# r01 derivative of Tc-99m syringe activity A(t)=800 e^{-t/6}
A = 800 * sp.exp(-t / 6)
dA = sp.simplify(sp.diff(A, t))
assert sp.simplify(dA - sp.Rational(-400, 3) * sp.exp(-t / 6)) == 0
add(
    "Good morning. For a nuclear medicine QA note I'm modelling the activity in a Tc-99m syringe as A(t) = 800·e^(−t/6) MBq, with t in hours. Could you give me the rate of change dA/dt as a function of t, please?",
    "calculus",
    {"rule": "expr"},
    str(dA),
)
# r02 cumulated activity over 12 h = 4800(1-e^-2)
I2 = sp.integrate(A, (t, 0, 12))
assert abs(float(I2) - integrate.quad(lambda s: 800 * math.exp(-s / 6), 0, 12)[0]) < 1e-6
add(
    "Same source, A(t) = 800·e^(−t/6) MBq (t in h). I need the cumulated activity over the first 12 hours, i.e. ∫ A(t) dt from t = 0 to 12, in MBq·h. Exact form if possible, thank you.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "A colleague in medical physics gave me this as part of a linear-quadratic approximation and I'd like to check it: what is the limit as x → 0 of (e^(2x) − 1 − 2x)/x² ? Exact value please.",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 time of peak plasma conc C(t)=20 t e^{-t/2} -> t=2
Cdrug = 20 * t * sp.exp(-t / 2)
crit = sp.solve(sp.diff(Cdrug, t), t)
assert crit == [2]
assert sp.diff(Cdrug, t, 2).subs(t, 2) < 0
add(
    "Our therapeutic drug monitoring pharmacist fitted the plasma concentration after an oral dose as C(t) = 20·t·e^(−t/2) mg/L, t in hours after dosing. At what time t does the concentration peak? We want to schedule the peak draw accordingly.",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)
# r05 quadratic roots 2c^2-3c-9=0 -> {3, -3/2}
roots = sp.solve(2 * c**2 - 3 * c - 9, c)
assert sorted(float(r) for r in roots) == sorted(np.roots([2, -3, -9]).real.tolist())
add(
    "Hello, our quadratic calibration for an immunoassay reduces to 2c² − 3c − 9 = 0 for one sample (c in ng/mL). I know only one root is physically meaningful, but for the validation file please list all solutions of the equation.",
    "algebra",
    {"rule": "set"},
    sorted([str(r) for r in roots]),
)
# r06 mixing 95% and 70% ethanol to make 500 mL of 80%: 200 mL of 95%
v = sp.symbols("v")
v95 = sp.solve(sp.Eq(sp.Rational(95, 100) * v + sp.Rational(70, 100) * (500 - v), sp.Rational(80, 100) * 500), v)[0]
assert v95 == 200 and abs(0.95 * 200 + 0.70 * 300 - 400) < 1e-9
add(
    "The histology bench needs 500 mL of 80% (v/v) ethanol, and we only have 95% and 70% stock on the shelf. How many mL of the 95% stock should go into the mix? (Please assume volumes are simply additive.)",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(v95),
)
# r07 backlog: 400 t + 250 (t - 0.6) = 1560 -> t = 171/65 h
th = sp.solve(sp.Eq(400 * t + 250 * (t - sp.Rational(6, 10)), 1560), t)[0]
assert abs(float(th) - (1560 + 250 * 0.6) / 650) < 1e-12
add(
    "After a downtime we had a backlog of 1,560 chemistry tubes. The main analyzer processes 400 tubes/h and started immediately; the backup line (250 tubes/h) was only brought up 0.6 h later. Both then ran until the backlog was cleared. How many hours after the main analyzer started was the backlog cleared?",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(th),
)
# r08 2x2 spectral unmixing system -> b = 0.7
M = sp.Matrix([[sp.Rational(8, 10), sp.Rational(2, 10)], [sp.Rational(3, 10), sp.Rational(9, 10)]])
rhs = sp.Matrix([sp.Rational(62, 100), sp.Rational(81, 100)])
sol = M.LUsolve(rhs)
assert np.allclose(np.linalg.solve(np.array(M, float), np.array(rhs, float)).ravel(), [0.6, 0.7])
add(
    "Two-dye absorbance unmixing question. With concentrations a and b (mmol/L) the readings at two wavelengths give\n  0.8a + 0.2b = 0.62\n  0.3a + 0.9b = 0.81\nWhat is the concentration b?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol[1]),
)
# r09 eigenvalues of compartment matrix [[-3,1],[2,-2]] -> {-4,-1}
K = sp.Matrix([[-3, 1], [2, -2]])
ev = sorted(float(e) for e in K.eigenvals())
assert np.allclose(sorted(np.linalg.eigvals(np.array(K, float)).real), ev)
add(
    "For a two-compartment tracer kinetics model the rate matrix is K = [[−3, 1], [2, −2]] (per hour). Could you give me its eigenvalues, please?",
    "linear_algebra",
    {"rule": "set"},
    ev,
)
# r10 binomial: n=40, p=0.03, P(X>=3)
p10 = 1 - stats.binom.cdf(2, 40, 0.03)
p10b = 1 - sum(math.comb(40, k) * 0.03**k * 0.97 ** (40 - k) for k in range(3))
assert abs(p10 - p10b) < 1e-12
add(
    "Our specimen rejection rate from the outpatient clinics runs at 3%. If a courier brings in 40 specimens (assume independent, exact binomial), what is the probability that 3 or more of them get rejected?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson lambda=2.4/h, P(X>4)
p11 = stats.poisson.sf(4, 2.4)
p11b = 1 - sum(math.exp(-2.4) * 2.4**k / math.factorial(k) for k in range(5))
assert abs(p11 - p11b) < 1e-12
add(
    "Critical-value phone calls from the core lab average 2.4 per hour overnight (Poisson). What's the probability that a given overnight hour has more than 4 critical calls? Trying to justify a second person on nights.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal: potassium N(4.2, 0.35), P(X > 5.0)
p12 = stats.norm.sf(5.0, 4.2, 0.35)
assert abs(p12 - 0.5 * math.erfc((5.0 - 4.2) / 0.35 / math.sqrt(2))) < 1e-12
add(
    "In our healthy reference population serum potassium is approximately normal with mean 4.2 mmol/L and SD 0.35 mmol/L. What fraction of that population would be flagged above 5.0 mmol/L?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes PPV: sens .95, spec .98, prev .02
sens, spec, prev = 0.95, 0.98, 0.02
ppv = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
S, P = sp.Rational(95, 100), sp.Rational(2, 100)
assert abs(float(S * P / (S * P + sp.Rational(2, 100) * sp.Rational(98, 100))) - ppv) < 1e-12
add(
    "A screening immunoassay has sensitivity 95% and specificity 98%, and the prevalence in the population we screen is 2%. Given a positive screen, what is the probability the patient truly has the condition (the PPV)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(ppv),
)
# r14 paired t: old vs new glucose meter, two-sided
old = np.array([5.2, 6.8, 7.5, 9.1, 4.8, 11.2, 6.1, 8.4])
new = np.array([5.5, 6.9, 7.9, 9.4, 4.9, 11.8, 6.0, 8.8])
r14 = stats.ttest_rel(new, old)
dd = new - old
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - r14.pvalue) < 1e-12
add(
    "We're comparing a new point-of-care glucose meter against the old one on the same 8 patients (mmol/L):\n\npatient\t1\t2\t3\t4\t5\t6\t7\t8\nold\t5.2\t6.8\t7.5\t9.1\t4.8\t11.2\t6.1\t8.4\nnew\t5.5\t6.9\t7.9\t9.4\t4.9\t11.8\t6.0\t8.8\n\nPaired t-test, two-sided please. What's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample t from summary stats, two-sided
m1, s1, n1 = 42.3, 11.8, 36
m2, s2, n2 = 48.9, 16.4, 29
r15 = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
se = math.sqrt(s1**2 / n1 + s2**2 / n2)
df = se**4 / ((s1**2 / n1) ** 2 / (n1 - 1) + (s2**2 / n2) ** 2 / (n2 - 1))
assert abs(2 * stats.t.sf(abs((m1 - m2) / se), df) - r15.pvalue) < 1e-12
add(
    "Troponin turnaround time, receipt to result (minutes):\n| shift | n | mean | SD |\n| day | 36 | 42.3 | 11.8 |\n| night | 29 | 48.9 | 16.4 |\nThe SDs look different so please don't pool them (Welch test). Two-sided p-value for a difference in mean TAT?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided
x1, N1, x2, N2 = 58, 1450, 37, 1520
pp = (x1 + x2) / (N1 + N2)
z = (x1 / N1 - x2 / N2) / math.sqrt(pp * (1 - pp) * (1 / N1 + 1 / N2))
p16 = 2 * stats.norm.sf(abs(z))
from statsmodels.stats.proportion import proportions_ztest
zs, ps = proportions_ztest([x1, x2], [N1, N2])
assert abs(ps - p16) < 1e-10
add(
    "We retrained the ED phlebotomy staff on tube inversion. Hemolysis rejections: before training 58 of 1450 specimens, after training 37 of 1520. Two-proportion z-test with the pooled proportion, no continuity correction, two-sided. What's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence 2x3, statistic
tab = np.array([[48, 22, 9], [752, 578, 491]])
chi2, p17, dof17, exp17 = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi2) < 1e-10 and dof17 == 2
add(
    "Hemolysis by collection location last quarter:\n\n\tED\tInpatient\tOutpatient\nhemolysed\t48\t22\t9\nnot hemolysed\t752\t578\t491\n\nIs hemolysis independent of location? Please give me the chi-square test statistic (Pearson, test of independence).",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)
# r18 calibration slope
conc = np.array([0, 25, 50, 100, 200, 400], float)
absb = np.array([0.002, 0.061, 0.124, 0.247, 0.489, 0.981])
lr18 = stats.linregress(conc, absb)
sl = ((conc - conc.mean()) * (absb - absb.mean())).sum() / ((conc - conc.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-14
add(
    "Linearity check on a photometric assay, least-squares line of absorbance on concentration:\nconc (mg/dL): 0, 25, 50, 100, 200, 400\nabsorbance: 0.002, 0.061, 0.124, 0.247, 0.489, 0.981\nWhat's the slope (absorbance per mg/dL)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 CTDIvol vs effective diameter
dia = np.array([22, 25, 28, 30, 33, 36, 39], float)
ctdi = np.array([8.1, 9.4, 11.2, 12.0, 14.1, 15.8, 18.3])
lr19 = stats.linregress(dia, ctdi)
r2 = lr19.rvalue**2
yhat = lr19.intercept + lr19.slope * dia
assert abs(1 - ((ctdi - yhat) ** 2).sum() / ((ctdi - ctdi.mean()) ** 2).sum() - r2) < 1e-12
add(
    "Medical physics question from our abdomen CT protocol audit. Patient effective diameter (cm) vs CTDIvol (mGy):\n| diameter | 22 | 25 | 28 | 30 | 33 | 36 | 39 |\n| CTDIvol | 8.1 | 9.4 | 11.2 | 12.0 | 14.1 | 15.8 | 18.3 |\nFor a simple linear regression of CTDIvol on diameter, what is r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)
# r20 one-way ANOVA TAT 3 sites
A_ = [38, 42, 35, 47, 40, 44]
B_ = [45, 51, 48, 43, 55, 50]
C_ = [41, 39, 46, 44, 38, 42]
r20 = stats.f_oneway(A_, B_, C_)
g = [np.array(v, float) for v in (A_, B_, C_)]
allv = np.concatenate(g)
ssb = sum(len(v) * (v.mean() - allv.mean()) ** 2 for v in g)
ssw = sum(((v - v.mean()) ** 2).sum() for v in g)
F20 = (ssb / 2) / (ssw / (len(allv) - 3))
assert abs(F20 - r20.statistic) < 1e-10 and abs(stats.f.sf(F20, 2, 15) - r20.pvalue) < 1e-12
add(
    "Potassium STAT turnaround (minutes) from three collection sites, 6 randomly chosen orders each:\nSite A: 38, 42, 35, 47, 40, 44\nSite B: 45, 51, 48, 43, 55, 50\nSite C: 41, 39, 46, 44, 38, 42\nOne-way ANOVA, please — what's the p-value for a difference between sites?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (additive), p for analyzers
Y = np.array([[6.1, 6.3, 6.0, 6.2, 6.4], [6.4, 6.5, 6.3, 6.6, 6.6], [6.0, 6.2, 6.1, 6.1, 6.3]])
a_, b_ = Y.shape
gm = Y.mean()
ssa = b_ * ((Y.mean(1) - gm) ** 2).sum()
ssbk = a_ * ((Y.mean(0) - gm) ** 2).sum()
sse = ((Y - gm) ** 2).sum() - ssa - ssbk
Fa = (ssa / (a_ - 1)) / (sse / ((a_ - 1) * (b_ - 1)))
p21 = stats.f.sf(Fa, a_ - 1, (a_ - 1) * (b_ - 1))
import pandas as pd, statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
dfm = pd.DataFrame([(f"A{i}", f"D{j}", Y[i, j]) for i in range(a_) for j in range(b_)], columns=["an", "day", "y"])
tbl = anova_lm(smf.ols("y ~ C(an) + C(day)", dfm).fit())
assert abs(tbl.loc["C(an)", "PR(>F)"] - p21) < 1e-10
add(
    "HbA1c control (%) run once a day on each of our three analyzers for five days:\n\n\tday1\tday2\tday3\tday4\tday5\nAn-1\t6.1\t6.3\t6.0\t6.2\t6.4\nAn-2\t6.4\t6.5\t6.3\t6.6\t6.6\nAn-3\t6.0\t6.2\t6.1\t6.1\t6.3\n\nTwo-way ANOVA with analyzer and day as factors, no interaction term (only one result per cell). What is the p-value for the analyzer effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p21),
)
# r22 2^(5-1) + 4 centre points = 20
n22 = 2 ** (5 - 1) + 4
add(
    "We're planning a method-optimisation study on the LC-MS/MS with 5 two-level factors (column temp, flow, gradient time, source temp, cone voltage). We'll run a half-fraction 2^(5−1) plus 4 centre points. How many runs in total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 4 factors, full 2^4 cube + 8 axial + 5 centre = 29
n23 = 2**4 + 2 * 4 + 5
add(
    "For response surface work on a PCR assay (4 factors: annealing temp, Mg²⁺, primer conc, cycle time) I'd like a central composite design with the full factorial cube, the usual star points, and 5 centre runs. How many reactions is that?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken 3 factors + 3 centre = 15
n24 = 3 * 4 + 3  # 3 factor pairs x 4 edge runs + centres
add(
    "Our medical physicist suggested a Box–Behnken design for 3 factors (kVp, mAs, pitch) to model image noise on the phantom, with 3 centre points. How many scans would the design require?",
    "design",
    {"rule": "runs"},
    n24,
)
# r25 I-MR UCL individuals, daily QC glucose
qc = np.array([101.2, 99.8, 100.5, 102.1, 98.9, 100.3, 101.7, 99.4, 100.9, 101.5, 98.6, 100.2, 101.0, 99.7, 100.8])
mr = np.abs(np.diff(qc)).mean()
d2_2 = integrate.quad(lambda u: 1 - (1 - stats.norm.cdf(u)) ** 2 - stats.norm.cdf(u) ** 2, -np.inf, np.inf)[0]
assert abs(d2_2 - 2 / math.sqrt(math.pi)) < 1e-8
ucl25 = qc.mean() + 3 * mr / d2_2
assert abs(ucl25 - (qc.mean() + 2.66 * mr)) / ucl25 < 1e-4
add(
    "Daily level-2 glucose QC on analyzer 3 (mg/dL), 15 consecutive days:\n101.2, 99.8, 100.5, 102.1, 98.9, 100.3, 101.7, 99.4, 100.9, 101.5, 98.6, 100.2, 101.0, 99.7, 100.8\nI'd like an individuals / moving range (I-MR) chart with sigma estimated from the average moving range of 2. What's the UCL for the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart UCL, n=300/day, 20 days
rej = np.array([7, 9, 5, 11, 8, 6, 10, 7, 12, 6, 8, 9, 5, 7, 10, 8, 6, 9, 11, 7])
pbar = rej.sum() / (300 * len(rej))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 300)
assert abs(ucl26 - (rej.mean() / 300 + 3 * math.sqrt(rej.mean() / 300 * (1 - rej.mean() / 300) / 300))) < 1e-14
add(
    "Specimen rejections, 300 specimens received per day for 20 days. Daily rejected counts:\n7, 9, 5, 11, 8, 6, 10, 7, 12, 6, 8, 9, 5, 7, 10, 8, 6, 9, 11, 7\nFor a p chart (proportion rejected, 3-sigma limits), what's the upper control limit?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)
# r27 Cpk aliquot volume spec 95-105, mean 100.8, sd 1.2
cpk = min(105 - 100.8, 100.8 - 95) / (3 * 1.2)
assert abs(cpk - float(sp.Rational(42, 10) / sp.Rational(36, 10))) < 1e-12
add(
    "The automated aliquotter should dispense 100 µL, acceptance limits 95–105 µL. Gravimetric check gives a mean of 100.8 µL and a standard deviation of 1.2 µL (treat this as the process sigma). What is the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)
# r28 Cp kVp accuracy, spec 76-84, subgroups of 4, Rbar 2.1, sigma = Rbar/d2
d2_4 = integrate.quad(lambda u: 1 - (1 - stats.norm.cdf(u)) ** 4 - stats.norm.cdf(u) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 1e-3
cp = (84 - 76) / (6 * 2.1 / d2_4)
assert abs(cp - (84 - 76) / (6 * 2.1 / 2.059)) / cp < 1e-3
add(
    "Generator kVp accuracy on our radiography room, nominal 80 kVp, tolerance 76–84 kVp. We took subgroups of 4 exposures and the average range R̄ is 2.1 kVp. Estimating sigma as R̄/d2, what is Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp),
)
# r29 two-sample n per group, delta 5, sigma 12, alpha .05 two-sided, power .8
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
n29 = math.ceil(2 * (za + zb) ** 2 * 12**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 144 / 25)
add(
    "We want to show that a pneumatic-tube redesign changes mean turnaround time by 5 minutes. TAT SD is about 12 minutes in both arms. Two-sided α = 0.05, 80% power, normal approximation: how many specimens do I need per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 25 mCi -> MBq (1 Ci = 3.7e10 Bq) = 925
mbq = sp.Rational(25, 1000) * sp.Rational(37, 1) * 10**9 / 10**6
assert mbq == 925 and abs(25e-3 * 3.7e10 / 1e6 - 925) < 1e-9
add(
    "The dose calibrator reads in mCi but the new departmental policy wants MBq. A patient dose of 25 mCi is how many MBq?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(mbq),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, hospital laboratory manager / medical physicist (TAT, specimen rejections, analyzer QC, dose in mGy)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
