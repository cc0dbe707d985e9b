"""Reference answers for round37c (nuclear maintenance/reliability + education research voice)."""
import os, math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = "round37c"
items = []


def add(q, mode, compare, reference):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": reference})


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01: d/dt of 12(1-e^{-2t/3}) = 8 e^{-2t/3}
r01 = sp.simplify(sp.diff(12 * (1 - sp.exp(-sp.Rational(2, 3) * t)), t))
add("MOV stem position during the stroke is modelled as x(t) = 12(1 − e^(−2t/3)) inches, t in seconds. "
    "Give the stem velocity dx/dt as a function of t.",
    "calculus", {"rule": "expr"}, str(r01))

# r02: integral_0^10 40 e^{-0.1 t} dt = 400(1-e^{-1})
r02 = float(sp.integrate(40 * sp.exp(-sp.Rational(1, 10) * t), (t, 0, 10)))
add("dose rate in the pump room falls off like 40*e^(-0.1t) mrem/h after shutdown (t in hours). "
    "total dose for someone standing there from t=0 to t=10 h?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, r02)

# r03: average value of 3x^2+2x on [0,4] = (1/4)*int = 20
r03 = sp.integrate(3 * x**2 + 2 * x, (x, 0, 4)) / 4
add("average value of f(x) = 3x² + 2x over the interval [0, 4]",
    "calculus", {"rule": "expr"}, str(r03))

# r04: A(t)=t^3-6t^2+9t+2, A'=3(t-1)(t-3); A''(3)=6>0 -> local min at t=3
A = t**3 - 6 * t**2 + 9 * t + 2
crit = sp.solve(sp.diff(A, t), t)
r04 = [c for c in crit if sp.diff(A, t, 2).subs(t, c) > 0][0]
add("Fitted trend for pump vibration amplitude vs time (t in weeks): A(t) = t^3 − 6t^2 + 9t + 2. "
    "At what t does A have its local minimum?",
    "calculus", {"rule": "expr"}, str(r04))

# ---------------- algebra (3) ----------------
# r05: roots of 2x^2-7x+3 = 1/2, 3
r05 = sorted(float(r) for r in sp.solve(2 * x**2 - 7 * x + 3, x))
add("solve 2x^2 - 7x + 3 = 0", "algebra", {"rule": "set"}, r05)

# r06: A + B = 58, A = B + 6 -> B = 26
a, b = sp.symbols("a b")
r06 = sp.solve([a + b - 58, a - b - 6], [a, b])[b]
add("Two sections of the algebra course have fifty-eight students between them, and section A has six "
    "more students than section B. How many students are in section B?",
    "algebra", {"rule": "expr"}, str(r06))

# r07: 0.5^(t/8) = 0.1 -> t = 8 ln 10 / ln 2
r07 = 8 * math.log(10) / math.log(2)
add("source activity halves every 8 days, so fraction left is 0.5^(t/8). "
    "solve 0.5^(t/8) = 0.1 for t (days)",
    "algebra", {"rule": "number", "tol": 1.0e-6}, r07)

# ---------------- linear algebra (2) ----------------
# r08: det [[2,1,0],[1,3,1],[0,1,4]] = 18
r08 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("determinant of the stiffness matrix [[2, 1, 0], [1, 3, 1], [0, 1, 4]]",
    "linear_algebra", {"rule": "expr"}, str(r08))

# r09: eigenvalues of [[4,1],[2,3]] -> 2, 5
r09 = sorted(float(v) for v in np.linalg.eigvals(np.array([[4, 1], [2, 3]])).real)
add("What are the eigenvalues of the 2×2 transition matrix M = [[4, 1], [2, 3]]?",
    "linear_algebra", {"rule": "set"}, r09)

# ---------------- probability (4) ----------------
# r10: X~Bin(20,0.05), P(X>=2) = 1 - P(0) - P(1)
r10 = float(stats.binom.sf(1, 20, 0.05))
add("We're stroke-timing 20 AOVs this outage. Historically each one fails its acceptance criterion "
    "independently with probability 0.05. What's the probability that at least 2 of the 20 fail?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11: Poisson rate 1.2/yr, 2 yrs -> lambda=2.4, P(0)=e^-2.4
r11 = float(stats.poisson.pmf(0, 2.4))
add("charging pump trips avg 1.2 per year (Poisson). prob of zero trips over a 2 year surveillance interval?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12: N(72, 9^2), P(X>85) = 1 - Phi(13/9)
r12 = float(stats.norm.sf(85, loc=72, scale=9))
add("State exam scores are roughly normal with mean 72 and standard deviation 9. "
    "What proportion of students score above 85?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13: Bayes: prev .02, sens .95, spec .90 -> .019/(.019+.098)
r13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.10)
add("reading-difficulty screener: 2% of kids actually have the difficulty, screener sensitivity 95%, "
    "specificity 90%. a kid screens positive — P(actually has it)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r13)

# ---------------- hypothesis tests (4) ----------------
# r14: one-sample t, two-sided, mu0=5.0
d14 = [5.2, 5.4, 4.9, 5.6, 5.3, 5.1, 5.5, 5.0]
r14 = float(stats.ttest_1samp(d14, 5.0).pvalue)
add("Stroke-close times (s) for MOV-2-117 over the last eight surveillances: 5.2, 5.4, 4.9, 5.6, 5.3, "
    "5.1, 5.5, 5.0. Two-sided one-sample t test against the reference value of 5.0 s — what is the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r14)

# r15: paired t, two-sided
pre = [62, 70, 55, 68, 74, 59, 66, 71]
post = [68, 75, 58, 70, 80, 63, 65, 77]
r15 = float(stats.ttest_rel(post, pre).pvalue)
add("pre/post test scores, same 8 students in order\npre:  62 70 55 68 74 59 66 71\n"
    "post: 68 75 58 70 80 63 65 77\npaired t-test two sided, p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r15)

# r16: Welch t statistic, A minus B
pa = [2.1, 2.4, 2.3, 2.6, 2.2, 2.5]
pb = [2.8, 3.1, 2.6, 3.4, 2.9, 3.3, 3.0]
r16 = float(stats.ttest_ind(pa, pb, equal_var=False).statistic)
add("Overall vibration velocity (mm/s), pump A: 2.1, 2.4, 2.3, 2.6, 2.2, 2.5; pump B: 2.8, 3.1, 2.6, "
    "3.4, 2.9, 3.3, 3.0. Using Welch's unequal-variance t test, what is the t statistic for mean(A) − mean(B)?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, r16)

# r17: chi-square independence 2x3 (no Yates; df=2)
tab = np.array([[12, 30, 18], [20, 28, 12]])
r17 = float(stats.chi2_contingency(tab, correction=False)[0])
add("rubric outcome counts by section (Below / Meets / Exceeds):\n  section 1: 12 30 18\n  section 2: 20 28 12\n"
    "chi-square test of independence — what's the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, r17)

# ---------------- regression (2) ----------------
# r18: OLS slope vibration vs hours
hrs = [100, 200, 300, 400, 500, 600]
vib = [1.8, 2.0, 2.3, 2.4, 2.8, 2.9]
r18 = float(stats.linregress(hrs, vib).slope)
add("Fit a least-squares line of bearing vibration (mm/s) on run hours: hours 100, 200, 300, 400, 500, 600 "
    "→ vibration 1.8, 2.0, 2.3, 2.4, 2.8, 2.9. What's the slope in mm/s per hour?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, r18)

# r19: R^2 of mean score on class size
cs = [18, 22, 25, 28, 30, 35]
ms = [81, 79, 76, 75, 72, 70]
r19 = float(stats.linregress(cs, ms).rvalue ** 2)
add("class size 18 22 25 28 30 35, mean score 81 79 76 75 72 70 — simple linear regression of score on "
    "class size, R^2?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, r19)

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA F, three methods
gA, gB, gC = [78, 82, 75, 80, 85], [72, 70, 76, 74, 73], [88, 84, 90, 86, 85]
r20 = float(stats.f_oneway(gA, gB, gC).statistic)
add("Three teaching methods, five students each. Method A: 78, 82, 75, 80, 85. Method B: 72, 70, 76, 74, 73. "
    "Method C: 88, 84, 90, 86, 85. One-way ANOVA F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, r20)

# r21: one-way ANOVA p-value, three pumps
p1, p2, p3 = [3.1, 3.4, 3.0, 3.3], [3.6, 3.8, 3.5, 3.9], [3.2, 3.3, 3.5, 3.1]
r21 = float(stats.f_oneway(p1, p2, p3).pvalue)
add("one-way anova, vibration mm/s on three RHR pumps, 4 readings each\npump1 3.1 3.4 3.0 3.3\n"
    "pump2 3.6 3.8 3.5 3.9\npump3 3.2 3.3 3.5 3.1\np-value?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r21)

# ---------------- design (3) ----------------
# r22: 2^4 full factorial + 3 center points = 19
add("Planning a 2^4 full factorial on the valve actuator test stand (supply pressure, spring preload, "
    "packing torque, stem lube), single replicate, plus 3 center points. Total number of runs?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23: 2^(7-3) fractional factorial = 16
add("how many runs in a 2^(7−3) fractional factorial, no replication, no center pts",
    "design", {"rule": "runs"}, 2**(7 - 3))

# r24: 3 x 4 x 2 full factorial, 2 replicates = 48
add("We want a full factorial study of grading: rubric version at 3 levels, grader experience at 4 levels, "
    "and essay prompt at 2 levels, with every combination run twice (2 replicates). How many runs in total?",
    "design", {"rule": "runs"}, 3 * 4 * 2 * 2)

# ---------------- control charts (2) ----------------
# r25: Xbar chart UCL = 10.2 + A2(n=5)=0.577 * 0.8
r25 = 10.2 + 0.577 * 0.8
add("X-bar/R chart for stroke time, subgroups of n = 5, grand mean 10.2 s, R-bar 0.8 s. UCL for the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26: p-chart, pbar = 48/1200 = 0.04, UCL = pbar + 3 sqrt(pbar(1-pbar)/150)
cnt = [6, 4, 7, 5, 8, 3, 6, 9]
pbar = sum(cnt) / (150 * len(cnt))
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
add("Auditing rubric scoring: each week we re-score 150 exams and count the ones graded wrong. Eight weeks: "
    "6, 4, 7, 5, 8, 3, 6, 9. Set up a p chart — what's the upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# ---------------- capability (2) ----------------
# r27: Ppk with overall sample sd (n-1), LSL 4.0 USL 6.0
d27 = np.array([5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8])
m27, s27 = d27.mean(), d27.std(ddof=1)
r27 = float(min(6.0 - m27, m27 - 4.0) / (3 * s27))
add("Tech spec acceptance band for HPCI injection valve opening time is 4.0 to 6.0 s. Last ten strokes: "
    "5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8 s. Compute Ppk using the overall sample standard "
    "deviation (n−1).",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, r27)

# r28: REFUSE - no spec limits given, Cpk undefined
add("cpk for the feedwater pump vibration? mean 2.4 mm/s, σ = 0.15",
    "capability", {"rule": "refuse"}, None)

# ---------------- sample size (1) ----------------
# r29: n = ceil((z_.975 * 10 / 2)^2) = ceil(96.04) = 97
z = stats.norm.ppf(0.975)
r29 = int(math.ceil((z * 10 / 2) ** 2))
add("How many students do I need to sample to estimate the mean reading score within ±2 points with 95% "
    "confidence, if σ is about 10?",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# ---------------- unit conversion (1) ----------------
# r30: 150 psi -> kPa; 1 psi = 6894.757293168 Pa
r30 = 150 * 6894.757293168 / 1000
add("convert 150 psi discharge pressure to kPa", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4, "key": "value"}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, nuclear plant maintenance/reliability and education test-score research",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(os.path.join(HERE, f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
