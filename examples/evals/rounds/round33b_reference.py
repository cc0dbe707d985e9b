import os
import math, yaml
import numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm

ROUND = "round33b"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t, x = sp.symbols('t x')
# r01 AUC 0..inf of 40*exp(-t/8) = 320
auc = sp.integrate(40*sp.exp(-t/8), (t, 0, sp.oo))
add("plasma conc after IV bolus modelled as C(t) = 40·e^(−t/8) mg/L (t in h). AUC from 0 to ∞?",
    "calculus", {"rule": "expr"}, str(auc))
# r02 derivative of 100*(1-exp(-t/20))
d = sp.diff(100*(1 - sp.exp(-t/20)), t)
add("Dissolution profile: % released = 100(1 − exp(−t/20)), t in minutes. Give the release rate d/dt as a function of t.",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))
# r03 limit (1-cos 3x)/x^2 -> 9/2
lim = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
add("lim x→0 of (1 − cos(3x)) / x²", "calculus", {"rule": "expr"}, str(lim))
# r04 first-order degradation dC/dt=-kC, k=0.002/day, time to 90% of initial: ln(10/9)/0.002
C0, k = 100, sp.Rational(2, 1000)
tt = sp.symbols('tt', positive=True)
t90 = sp.solve(sp.Eq(C0*sp.exp(-k*tt), sp.Rational(90, 100)*C0), tt)[0]
t90 = sp.log(sp.Rational(10, 9))/k  # closed form; check equals solve result
assert abs(float(t90) - float(sp.solve(sp.Eq(C0*sp.exp(-k*tt), sp.Rational(90, 100)*C0), tt)[0])) < 1e-9
add("Stability study: assay follows dC/dt = −kC with k = 0.002 per day and C(0) = 100 % label claim. "
    "Exact time (days) until the assay drops to 90 %? leave it in closed form",
    "calculus", {"rule": "expr"}, str(t90))
# r05 calibration inversion: 158.1 = 12.4x + 3.1 -> x = 12.5
xs = sp.solve(sp.Eq(sp.Rational(1581, 10), sp.Rational(124, 10)*x + sp.Rational(31, 10)), x)[0]
add("Our calibration line is area = 12.4·conc + 3.1 (conc in µg/mL). A sample injection gives area 158.1 — what conc is that?",
    "algebra", {"rule": "expr"}, str(xs))
# r06 roots of 2x^2 - 7x + 3
r = sorted(float(v) for v in sp.solve(2*x**2 - 7*x + 3, x))
add("roots of 2x² − 7x + 3 = 0", "algebra", {"rule": "set"}, r)
# r07 LOQ = 10*sigma/S <= 0.5 with S=14.8 -> sigma max = 0.5*14.8/10 = 0.74
sig = sp.symbols('sigma')
smax = sp.solve(sp.Eq(10*sig/sp.Rational(148, 10), sp.Rational(1, 2)), sig)[0]
add("ICH approach: LOQ = 10σ/S. Slope S of the calibration curve is 14.8 area units per µg/mL and we need the LOQ to be "
    "no more than 0.5 µg/mL. What's the largest residual SD σ (area units) we can tolerate?",
    "algebra", {"rule": "expr"}, str(smax))
# r08 determinant
M = sp.Matrix([[2, -1, 0], [1, 3, 4], [0, 5, -2]])
add("det of the 3x3 matrix [[2, −1, 0], [1, 3, 4], [0, 5, −2]]", "linear_algebra", {"rule": "expr"}, str(M.det()))
# r09 eigenvalues of covariance matrix [[5,2],[2,2]] -> 1, 6
ev = sorted(float(v) for v in sp.Matrix([[5, 2], [2, 2]]).eigenvals())
add("I have a 2×2 covariance matrix for two questionnaire subscales: [[5, 2], [2, 2]]. What are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, ev)
# r10 binomial P(X<=1), n=12, p=0.10
p10 = float(stats.binom.cdf(1, 12, 0.10))
add("Historically 10% of vials fail visual inspection. Pull 12 vials at random — probability that at most one fails?",
    "probability", {"rule": "number", "tol": 1e-6}, p10)
# r11 normal P(RT>540), mu 450, sigma 60
p11 = float(stats.norm.sf(540, 450, 60))
add("Reaction times in a Stroop task are roughly normal with μ = 450 ms and σ = 60 ms. What proportion of trials are slower than 540 ms?",
    "probability", {"rule": "number", "tol": 1e-6}, p11)
# r12 Bayes PPV: sens .9 spec .95 prev .02
p12 = 0.9*0.02/(0.9*0.02 + 0.05*0.98)
add("A depression screening questionnaire has sensitivity 0.90 and specificity 0.95. Prevalence in the student population is 2%. "
    "If a student screens positive, what's the probability they actually have depression?",
    "probability", {"rule": "number", "tol": 1e-6}, p12)
# r13 Poisson P(X>=4), lambda 2.5
p13 = float(stats.poisson.sf(3, 2.5))
add("visible particles per vial ~ Poisson, mean two and a half. P(a vial has 4 or more particles)?",
    "probability", {"rule": "number", "tol": 1e-6}, p13)
# r14 one-sample t, two-sided, recovery vs 100
rec = [98.7, 99.5, 101.2, 100.4, 98.9, 99.1]
r14 = stats.ttest_1samp(rec, 100)
add("Spike recovery (%) for six preparations: 98.7, 99.5, 101.2, 100.4, 98.9, 99.1. One-sample t-test, two-sided, "
    "against 100 % — p-value?", "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r14.pvalue))
# r15 Welch two-sample t, two-sided
cong = [512, 498, 530, 475, 505, 520, 489, 515]
incg = [560, 545, 590, 532, 575, 551, 600]
r15 = stats.ttest_ind(cong, incg, equal_var=False)
add("RTs (ms), congruent: 512 498 530 475 505 520 489 515 ; incongruent: 560 545 590 532 575 551 600. "
    "Welch t test (unequal variances), two-tailed. what's the p?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r15.pvalue))
# r16 Pearson chi-square 2x2 no Yates
tab = np.array([[34, 16], [22, 28]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Survey item 'I feel stressed before exams' (agree/disagree) by year: first-years 34 agree, 16 disagree; "
    "final-years 22 agree, 28 disagree. Pearson chi-square test of independence, no continuity correction. p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p16))
# r17 refuse: paired t-test without SD of differences
add("Paired t-test on pre/post anxiety scores for 15 participants: mean difference was 3.2 points. "
    "What is the two-sided p-value?", "hypothesis_test", {"rule": "refuse"}, None)
# r18 linearity slope (OLS)
conc = [10, 20, 40, 60, 80, 100]
area = [152.3, 301.8, 605.1, 899.7, 1210.4, 1498.2]
f18 = sm.OLS(area, sm.add_constant(conc)).fit()
add("Linearity for the HPLC assay, conc (µg/mL) vs peak area:\n10 152.3\n20 301.8\n40 605.1\n60 899.7\n80 1210.4\n100 1498.2\n"
    "least-squares slope please", "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(f18.params[1]))
# r19 R^2 hours vs score
hrs = [2, 4, 5, 7, 8, 10]; sc = [55, 62, 66, 74, 79, 88]
f19 = sm.OLS(sc, sm.add_constant(hrs)).fit()
add("Stats homework: hours studied (2, 4, 5, 7, 8, 10) and exam scores (55, 62, 66, 74, 79, 88). Fit a simple linear "
    "regression of score on hours. What proportion of variance in scores is explained (R²)?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(f19.rsquared))
# r20 one-way ANOVA F
A = [72, 78, 75, 80, 70]; B = [85, 82, 88, 79, 84]; C = [68, 74, 71, 65, 70]
r20 = stats.f_oneway(A, B, C)
add("Three teaching methods, five students each, final test scores. Method A: 72, 78, 75, 80, 70. Method B: 85, 82, 88, 79, 84. "
    "Method C: 68, 74, 71, 65, 70. Report the one-way ANOVA F statistic.",
    "anova", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(r20.statistic))
# r21 one-way ANOVA p-value, labs
L1 = [99.2, 99.8, 100.1, 99.5]; L2 = [100.4, 100.9, 100.2, 100.6]; L3 = [99.0, 99.6, 99.3, 98.8]
r21 = stats.f_oneway(L1, L2, L3)
add("intermediate precision check, assay % LC from 3 labs (4 reps each)\nlab1: 99.2 99.8 100.1 99.5\nlab2: 100.4 100.9 100.2 100.6\n"
    "lab3: 99.0 99.6 99.3 98.8\none-way anova, is there a lab effect? give p",
    "anova", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r21.pvalue))
# r22 robustness: 2^4 full factorial + 2 center points = 18 runs
add("Robustness study for the HPLC method: 4 factors (flow rate, column temp, mobile-phase pH, % organic) at two levels each, "
    "full factorial, plus 2 centre-point runs. How many runs in total?", "design", {"rule": "runs"}, 2**4 + 2)
# r23 CCD 3 factors: 8 factorial + 6 axial + 6 center = 20
add("central composite design, three factors, full 2^3 factorial core, star points, 6 centre points — total number of runs?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 6)
# r24 3x2x2 between-subjects factorial, 2 replicates per cell = 24
add("For my experiment I'm crossing feedback type (3 levels) × time pressure (yes/no) × task difficulty (easy/hard), "
    "full factorial, and each cell is run twice (2 replicates). Total number of runs?",
    "design", {"rule": "runs"}, 3*2*2*2)
# r25 Xbar chart UCL: 99.8 + A2(n=5)=0.577 * 1.2
add("X̄–R chart for tablet assay, subgroups of n = 5. Grand mean 99.8 %, average range R̄ = 1.2 %. Upper control limit for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, 99.8 + 0.577*1.2)
# r26 p-chart UCL: pbar .04, n=200
add("p chart: average fraction of out-of-spec labels p̄ = 0.04, samples of 200 labels each. 3-sigma UCL?",
    "control_chart", {"rule": "number", "tol": 1e-6, "key": "ucl"}, 0.04 + 3*math.sqrt(0.04*0.96/200))
# r27 Cpk: LSL 95, USL 105, mean 100.8, sigma 1.2
add("Content uniformity spec 95.0–105.0 % LC. Process mean 100.8 %, σ = 1.2 %. Cpk?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, min(105 - 100.8, 100.8 - 95)/(3*1.2))
# r28 Cp from data with sample SD (n-1): spec 98-102
d28 = [99.6, 100.2, 99.9, 100.5, 99.4, 100.1, 100.0, 99.8]
cp = (102 - 98)/(6*np.std(d28, ddof=1))
add("assay results 99.6, 100.2, 99.9, 100.5, 99.4, 100.1, 100.0, 99.8 (% LC), specs 98–102. Cp using the sample SD (n−1) as sigma?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cp"}, float(cp))
# r29 n = ceil((1.96*15/3)^2) = 97
n29 = math.ceil((1.96*15/3)**2)
add("How many participants do I need to estimate mean life-satisfaction score within ±3 points with 95% confidence? "
    "Population SD assumed 15. Use z = 1.96 and round up.", "sample_size", {"rule": "int", "key": "n"}, n29)
# r30 1.2 mL/min -> µL/s = 20
add("convert HPLC flow 1.2 mL/min to µL/s", "unit_conversion", {"rule": "number", "tol": 1e-6}, 1.2*1000/60)

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, pharma HPLC analytical chemist and psychology statistics student",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
from collections import Counter
print(Counter(i["mode"] for i in items))
for i in items: print(i["id"], i["mode"], i["compare"], i["reference"])
