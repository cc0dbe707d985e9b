"""Round 24a reference answers: pharma process engineer / QA statistician voice.
Every reference computed independently with sympy/scipy/numpy/math."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round24a"
t = sp.symbols("t", positive=True)
items = []


def add(mode, question, compare, reference):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": question,
                  "mode": mode, "compare": compare, "reference": reference})


# ---------------- calculus (4) ----------------
# r01: AUC 0..inf of C(t)=40 e^{-t/8} = 40*8 = 320
auc = sp.integrate(40 * sp.exp(-t / 8), (t, 0, sp.oo))
assert auc == 320
add("calculus",
    "plasma conc after IV bolus modelled as C(t) = 40·e^(−t/8) mg/L, t in h. AUC from 0 to infinity?",
    {"rule": "expr"}, str(auc))

# r02: dF/dt of F=1-exp(-0.05 t) at t=20 -> 0.05 e^-1 = exp(-1)/20
k = sp.Rational(1, 20)
dF = sp.diff(1 - sp.exp(-k * t), t).subs(t, 20)
assert sp.simplify(dF - sp.exp(-1) / 20) == 0
add("calculus",
    "Our first-order dissolution fit is F(t) = 1 − exp(−0.05t), t in minutes, F as fraction "
    "dissolved. What is the dissolution rate dF/dt at t = 20 min (exact form is fine)?",
    {"rule": "expr"}, "exp(-1)/20")

# r03: mean value of 100 - 0.3t - 0.01t^2 over [0,24] = 2362/25 = 94.48
f = 100 - sp.Rational(3, 10) * t - sp.Rational(1, 100) * t**2
avg = sp.integrate(f, (t, 0, 24)) / 24
assert avg == sp.Rational(2362, 25)
add("calculus",
    "stability model for assay: A(t) = 100 − 0.3t − 0.01t² (% label claim, t in months). "
    "what's the average value of A over the first 24 months, i.e. (1/24)∫₀²⁴ A dt",
    {"rule": "expr"}, str(avg))

# r04: peak of C = 5(e^{-0.1t} - e^{-0.5t}); C'=0 -> t = ln(5)/0.4 = 5 ln5 / 2
C = 5 * (sp.exp(-t / 10) - sp.exp(-t / 2))
sol = sp.solve(sp.diff(C, t), t)
assert len(sol) == 1 and sp.simplify(sol[0] - 5 * sp.log(5) / 2) == 0
add("calculus",
    "Oral absorption profile C(t) = 5(e^(−0.1t) − e^(−0.5t)) ug/mL with t in hours. At what time "
    "does the concentration peak? Give t_max exactly.",
    {"rule": "expr"}, "5*log(5)/2")

# ---------------- algebra (3) ----------------
# r05: 0.02 x = 0.005*250 -> x = 62.5 mL
x = sp.symbols("x")
s = sp.solve(sp.Rational(2, 100) * x - sp.Rational(5, 1000) * 250, x)[0]
assert s == sp.Rational(125, 2)
add("algebra",
    "need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of stock go in?",
    {"rule": "expr"}, str(s))

# r06: roots of 2w^2 - 14w + 20 = 0 -> 2, 5
w = sp.symbols("w")
roots = sorted(float(r) for r in sp.solve(2 * w**2 - 14 * w + 20, w))
assert roots == [2.0, 5.0]
add("algebra",
    "Solve 2w² − 14w + 20 = 0 for w (this comes out of a cost model for the tablet press "
    "changeover). Both roots please.",
    {"rule": "set"}, roots)

# r07: 97.2 a + 101.8 (500 - a) = 100*500 -> a = 4500/23 kg
a = sp.symbols("a")
sa = sp.solve(sp.Rational(972, 10) * a + sp.Rational(1018, 10) * (500 - a) - 100 * 500, a)[0]
assert sa == sp.Rational(4500, 23)
add("algebra",
    "Two granulation lots: lot A assays at 97.2%, lot B at 101.8%. We want a 500 kg final blend "
    "at exactly 100.0% (assume assay blends linearly by mass). How many kg of lot A go into "
    "the blend?",
    {"rule": "expr"}, str(sa))

# ---------------- linear algebra (2) ----------------
# r08: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(float(v) for v in M.eigenvals())
assert ev == [2.0, 5.0]
add("linear_algebra",
    "eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]  (rate matrix from our two-compartment "
    "hold-tank model)",
    {"rule": "set"}, ev)

# r09: det of tridiagonal [[2,-1,0],[-1,2,-1],[0,-1,2]] = 4
D = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]).det()
assert D == 4
add("linear_algebra",
    "What's the determinant of\n 2 -1  0\n-1  2 -1\n 0 -1  2\n?",
    {"rule": "expr"}, str(D))

# ---------------- probability (4) ----------------
# r10: 1 - 0.992^50
p10 = 1 - 0.992**50
assert abs(p10 - (1 - stats.binom.pmf(0, 50, 0.008))) < 1e-12
add("probability",
    "Historical defect rate on the vial line is 0.8%, defects independent. If QA pulls fifty "
    "vials at random, what's the probability at least one is defective?",
    {"rule": "number", "tol": 1.0e-6}, float(p10))

# r11: Poisson(2.3) P(X<=1)
p11 = float(stats.poisson.cdf(1, 2.3))
assert abs(p11 - math.exp(-2.3) * 3.3) < 1e-12
add("probability",
    "bioburden counts per swab ~ Poisson, mean 2.3 CFU. P(count ≤ 1)?",
    {"rule": "number", "tol": 1.0e-6}, p11)

# r12: Normal(10.15, 0.06): P(X < 10.0) = Phi(-2.5)
p12 = float(stats.norm.cdf(10.0, loc=10.15, scale=0.06))
add("probability",
    "Fill volume is normally distributed with μ = 10.15 mL and σ = 0.06 mL. What fraction of "
    "vials will be filled below the 10.0 mL label claim?",
    {"rule": "number", "tol": 1.0e-6}, p12)

# r13: Bayes: 0.02*0.98 / (0.02*0.98 + 0.98*0.05) = 2/7
p13 = sp.Rational(2, 100) * sp.Rational(98, 100) / (
    sp.Rational(2, 100) * sp.Rational(98, 100) + sp.Rational(98, 100) * sp.Rational(5, 100))
assert p13 == sp.Rational(2, 7)
add("probability",
    "A rapid endotoxin screen has sensitivity 98% and specificity 95%. About 2% of incoming "
    "WFI samples are actually contaminated. Given a positive screen, what is the probability "
    "the sample really is contaminated?",
    {"rule": "expr"}, str(p13))

# ---------------- hypothesis tests (4) ----------------
# r14: paired t test, two-sided p
h1 = [99.4, 100.1, 98.8, 101.2, 99.9, 100.6, 99.2]
h2 = [99.0, 99.8, 98.9, 100.5, 99.3, 100.4, 98.7]
r14 = stats.ttest_rel(h1, h2)
add("hypothesis_test",
    "same 7 lots assayed on both HPLCs (% LC), paired by lot:\n"
    "HPLC-1: 99.4 100.1 98.8 101.2 99.9 100.6 99.2\n"
    "HPLC-2: 99.0 99.8 98.9 100.5 99.3 100.4 98.7\n"
    "paired t-test, two-sided — p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t, two-sided p
sA = [88, 91, 85, 90, 87, 92, 89, 86]
sB = [84, 90, 79, 88, 82, 86]
r15 = stats.ttest_ind(sA, sB, equal_var=False)
add("hypothesis_test",
    "Dissolution at 30 min (% dissolved) for tablets made with API from two suppliers. "
    "Supplier A: 88, 91, 85, 90, 87, 92, 89, 86. Supplier B: 84, 90, 79, 88, 82, 86. "
    "Don't assume equal variances (Welch). Two-sided p-value for a difference in means?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: Pearson chi-square test of independence on 2x3 table (no continuity correction needed)
tab = np.array([[12, 25, 9], [400 - 12, 450 - 25, 380 - 9]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
assert dof == 2
add("hypothesis_test",
    "visual inspection rejects by filling line: line 1 12 rejects out of 400 vials, line 2 25 "
    "out of 450, line 3 9 out of 380. Pearson chi-square test of independence (reject vs accept "
    "× line) — what's the chi-square statistic?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r17: REFUSE — one-sample t needs a standard deviation; none given
add("hypothesis_test",
    "We tested 12 vials, mean assay came out 99.2% of label claim. Is that significantly "
    "different from 100% at α = 0.05 (two-sided t-test)? Give me the p-value.",
    {"rule": "refuse"}, None)

# ---------------- regression (2) ----------------
# r18: OLS slope assay vs months
mo = [0, 3, 6, 9, 12, 18, 24]
assay = [100.2, 99.8, 99.5, 99.1, 98.9, 98.2, 97.6]
r18 = stats.linregress(mo, assay)
add("regression",
    "Long-term stability, 25°C/60%RH. months: 0 3 6 9 12 18 24 ; assay %LC: 100.2 99.8 99.5 "
    "99.1 98.9 98.2 97.6. Least-squares line of assay on time — slope (% per month)?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19: R^2 of dissolution on compression force
force = [5, 7, 9, 11, 13, 15]
diss = [96, 94, 91, 90, 86, 84]
r19 = stats.linregress(force, diss)
add("regression",
    "How much of the variation in 45-min dissolution is explained by compression force? "
    "force (kN) 5,7,9,11,13,15 vs dissolution (%) 96,94,91,90,86,84. Simple linear "
    "regression, I want R².",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(r19.rvalue**2))

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA F, three granulators
g1 = [99.1, 100.3, 98.7, 99.8, 100.1]
g2 = [101.2, 100.8, 101.9, 100.5, 101.4]
g3 = [99.6, 100.0, 99.2, 100.7, 99.9]
r20 = stats.f_oneway(g1, g2, g3)
add("anova",
    "content uniformity (% LC), five tablets from each of three granulators\n"
    "G1: 99.1 100.3 98.7 99.8 100.1\nG2: 101.2 100.8 101.9 100.5 101.4\n"
    "G3: 99.6 100.0 99.2 100.7 99.9\none-way ANOVA F statistic?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r20.statistic))

# r21: one-way ANOVA p-value, 4 chambers, unequal n
c1 = [2.1, 2.4, 2.3, 2.0]
c2 = [2.6, 2.5, 2.9, 2.7, 2.4]
c3 = [2.2, 2.3, 2.1, 2.5]
c4 = [2.8, 2.6, 2.7]
r21 = stats.f_oneway(c1, c2, c3, c4)
add("anova",
    "Loss on drying (%) for samples pulled from four stability chambers. Chamber 1: 2.1, 2.4, "
    "2.3, 2.0; chamber 2: 2.6, 2.5, 2.9, 2.7, 2.4; chamber 3: 2.2, 2.3, 2.1, 2.5; chamber 4: "
    "2.8, 2.6, 2.7. Do the chamber means differ? Give the one-way ANOVA p-value.",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# ---------------- design (3) ----------------
# r22: 2^4 full factorial + 3 centre points = 19
add("design",
    "Coating DOE: 4 factors (pan speed, spray rate, inlet temp, atomization air), each at two "
    "levels, full factorial, unreplicated, plus 3 centre points. total runs?",
    {"rule": "runs"}, 2**4 + 3)

# r23: face-centred CCD, 3 factors: 8 factorial + 6 axial + 6 centre = 20
add("design",
    "We're planning a face-centered central composite design for three granulation factors "
    "(water amount, impeller speed, wet massing time) with six center points. How many runs "
    "is that in total?",
    {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r24: 2^2 interaction AB = [(y(--) + y(++)) - (y(+-) + y(-+))]/2 = (72+89-80-75)/2 = 3
y = {(-1, -1): 72, (1, -1): 80, (-1, 1): 75, (1, 1): 89}
ab = sum(a_ * b_ * v for (a_, b_), v in y.items()) / 2
assert ab == 3
add("design",
    "2² factorial on % dissolved at 30 min, A = disintegrant level, B = lubricant blend time. "
    "Results: A low B low 72, A high B low 80, A low B high 75, A high B high 89. "
    "Estimate the AB interaction effect.",
    {"rule": "expr"}, "3")

# ---------------- control charts (2) ----------------
# r25: Xbar UCL = 250.2 + A2*4.1, A2(n=5)=0.577
r25 = 250.2 + 0.577 * 4.1
add("control_chart",
    "xbar-R chart for tablet weight, subgroups of 5. grand mean 250.2 mg, R-bar 4.1 mg. UCL "
    "for the xbar chart?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r25)

# r26: p chart UCL, pbar = 90/5000
pbar = 90 / (25 * 200)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("control_chart",
    "We inspect 200 vials per shift for cosmetic defects. Over 25 shifts we found 90 defective "
    "vials in total. Set up a p chart with 3-sigma limits: what is the upper control limit?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r26)

# ---------------- capability (2) ----------------
# r27: Cpk = min(10.4-10.05, 10.05-9.8)/(3*0.07) = 0.25/0.21
r27 = min(10.4 - 10.05, 10.05 - 9.8) / (3 * 0.07)
add("capability",
    "fill volume spec 9.8–10.4 mL, process mean 10.05 mL, sigma 0.07 mL. Cpk?",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28: Ppk from data with overall sample SD (n-1)
tw = np.array([201.2, 199.8, 202.5, 200.4, 198.9, 201.7, 200.9, 199.5, 202.1, 200.6])
m, sd = tw.mean(), tw.std(ddof=1)
r28 = min(210 - m, m - 190) / (3 * sd)
add("capability",
    "Tablet weights (mg) from one batch: 201.2, 199.8, 202.5, 200.4, 198.9, 201.7, 200.9, "
    "199.5, 202.1, 200.6. Spec is 190–210 mg. Using the overall sample standard deviation "
    "(n−1), what's Ppk?",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(r28))

# ---------------- sample size (1) ----------------
# r29: n = ceil((z_.975 * 5 / 2)^2) = ceil(24.009) = 25
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 5 / 2) ** 2)
assert r29 == 25
add("sample_size",
    "how many tablets do we need to test to estimate mean dissolution to within ±2 percentage "
    "points with 95% confidence? assume σ known = 5 percentage points (z-based interval).",
    {"rule": "int", "key": "n"}, r29)

# ---------------- unit conversion (1) ----------------
# r30: 15 psi -> kPa, 1 psi = 6.894757293168361 kPa
r30 = 15 * 6.894757293168361
add("unit_conversion",
    "autoclave jacket reads 15 psi (gauge). what is that in kPa?",
    {"rule": "number", "tol": 1.0e-4}, r30)

assert len(items) == 30
from collections import Counter
want = {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4,
        "hypothesis_test": 4, "regression": 2, "anova": 2, "design": 3, "control_chart": 2,
        "capability": 2, "sample_size": 1, "unit_conversion": 1}
assert Counter(i["mode"] for i in items) == want

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, pharma process engineer / QA statistician "
                      "(tablets, injectables, assay, dissolution, fill, bioburden, stability)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"]["rule"], i["reference"])
