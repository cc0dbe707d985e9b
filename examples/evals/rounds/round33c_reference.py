"""Reference answers for round33c (MRO/avionics reliability + industrial bakery voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round33c"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items) + 1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, k = sp.symbols("t x k", real=True)

# ---------------- calculus ----------------
# r01: average of T(t)=220-40e^{-t/8} over [0,16] = (1/16)∫ T dt = 200 + 20 e^{-2}
T = 180 + 40 * (1 - sp.exp(-t / 8))
avg = sp.simplify(sp.integrate(T, (t, 0, 16)) / 16)
assert sp.simplify(avg - (200 + 20 * sp.exp(-2))) == 0
add("Oven zone 3 heats up as T(t) = 180 + 40(1 − e^(−t/8)) °C, t in minutes after loading. "
    "What's the exact time-averaged temperature over the first 16 minutes of the bake?",
    "calculus", {"rule": "expr"}, str(avg))

# r02: d/dx x^2 sin(x) = 2x sin x + x^2 cos x
d = sp.diff(x**2 * sp.sin(x), x)
add("d/dx x^2*sin(x)", "calculus", {"rule": "expr"}, str(d))

# r03: Weibull R(t)=exp(-(t/1000)^2); hazard h = -R'/R = 2t/1000^2; at t=500 -> 0.001 per FH
R = sp.exp(-(t / 1000) ** 2)
h = sp.simplify(-sp.diff(R, t) / R)
h500 = float(h.subs(t, 500))
add("actuator reliability model R(t) = exp(-(t/1000)^2), t in flight hours. "
    "what is the hazard rate h(t) = -R'(t)/R(t) at t = 500 FH (failures per FH)?",
    "calculus", {"rule": "number", "tol": 1e-6}, h500)

# r04: MTBF = ∫_0^∞ exp(-t/2000) dt = 2000
mtbf = sp.integrate(sp.exp(-t / 2000), (t, 0, sp.oo))
add("integrate exp(-t/2000) dt from t=0 to infinity   (reliability fn of a fuel pump, want MTTF)",
    "calculus", {"rule": "expr"}, str(mtbf))

# ---------------- algebra ----------------
# r05: 2x^2 - 3x - 5 = 0 -> x = 5/2, -1
roots = sp.solve(2 * x**2 - 3 * x - 5, x)
add("solve 2x² − 3x − 5 = 0", "algebra", {"rule": "set"}, sorted(float(r) for r in roots))

# r06: x + y = 50, 0.12x + 0.09y = 5.4 -> x = 30 kg of 12% flour
y = sp.symbols("y")
sol = sp.solve([x + y - 50, sp.Rational(12, 100) * x + sp.Rational(9, 100) * y - sp.Rational(54, 10)], [x, y])
add("We're blending two flours for a 50 kg batch: a strong one at 12% protein and a weaker one "
    "at 9%. Need the batch to hit exactly 5.4 kg of protein total. How many kg of the 12% flour "
    "go in?", "algebra", {"rule": "number", "tol": 1e-6}, float(sol[x]))

# r07: 500 e^{-3k} = 250 -> k = ln(2)/3
ks = sp.solve(sp.Eq(500 * sp.exp(-3 * k), 250), k)
add("preload on a bolted joint relaxes as P = 500·e^(−k·t) N with t in months; it's down to 250 N "
    "after 3 months. solve for k exactly.", "algebra", {"rule": "expr"}, "log(2)/3")
assert sp.simplify(ks[0] - sp.log(2) / 3) == 0

# ---------------- linear algebra ----------------
# r08: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("det of [[2,1,0],[1,3,1],[0,1,4]]", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09: eigenvalues of [[4,1],[2,3]] -> 5, 2
A = sp.Matrix([[4, 1], [2, 3]])
add("Stiffness-ish matrix from a little 2-DOF model of an avionics rack mount: A = [[4, 1], [2, 3]]. "
    "What are its eigenvalues?", "linear_algebra", {"rule": "set"},
    sorted(float(v) for v in A.eigenvals()))

# ---------------- probability ----------------
# r10: Binomial(20, 0.05), P(X <= 1)
p10 = stats.binom.cdf(1, 20, 0.05)
add("Lot of 20 ARINC 429 interface boards, each independently defective with probability 0.05. "
    "Probability that at most one of them is defective?", "probability",
    {"rule": "number", "tol": 1e-6}, float(p10))

# r11: Poisson with lambda = 0.0002*5000 = 1, P(N >= 2) = 1 - 2e^-1
p11 = 1 - stats.poisson.cdf(1, 0.0002 * 5000)
add("fleet sees unscheduled removals of the yaw damper at a constant rate of 0.0002 per flight hour. "
    "P(two or more removals in the next 5000 FH)? assume Poisson", "probability",
    {"rule": "number", "tol": 1e-6}, float(p11))

# r12: Normal(500, 8), P(X < 490) = Phi(-1.25)
p12 = stats.norm.cdf(490, 500, 8)
add("dough divider puts out pieces ~ normal, mean 500 g, σ = 8 g. what fraction of pieces come out "
    "under 490 g?", "probability", {"rule": "number", "tol": 1e-6}, float(p12))

# r13: Bayes: P(D)=0.02, sens 0.95, FPR 0.03 -> 0.019/(0.019+0.0294)
p13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
add("Our eddy-current inspection flags 95% of cracked fan blade roots and also flags 3% of good ones. "
    "About 2% of blades in the shop actually have a crack. If a blade gets flagged, what's the "
    "probability it's really cracked?", "probability", {"rule": "number", "tol": 1e-6}, float(p13))

# ---------------- hypothesis tests ----------------
# r14: one-sample t test vs 25, t statistic
torque = [24.8, 25.3, 25.1, 24.6, 25.4, 25.0, 24.9, 25.6, 25.2, 24.7]
r14 = stats.ttest_1samp(torque, 25.0)
add("Torque audit on 10 fasteners, N·m: 24.8 25.3 25.1 24.6 25.4 25.0 24.9 25.6 25.2 24.7. "
    "Target is 25 N·m. One-sample t test, two-sided — what's the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(r14.statistic))

# r15: Welch two-sample t test, two-sided p-value
ovA = [22.1, 21.8, 22.5, 22.0, 21.6, 22.3]
ovB = [22.9, 23.4, 22.6, 23.8, 22.7]
r15 = stats.ttest_ind(ovA, ovB, equal_var=False)
add("bake times (min) tunnel oven A: 22.1, 21.8, 22.5, 22.0, 21.6, 22.3 / oven B: 22.9, 23.4, 22.6, "
    "23.8, 22.7 — Welch t-test, two sided, p value?", "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r15.pvalue))

# r16: chi-square independence on 2x3 table, Pearson statistic
tab = np.array([[12, 18, 10], [20, 15, 25]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Defect type by shift on the croissant line this week.\n"
    "            burnt  misshapen  underproofed\n"
    "day shift     12       18          10\n"
    "night shift   20       15          25\n"
    "Pearson chi-square test of independence — give me the chi-square statistic.",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(chi2))

# r17: paired t-test, two-sided p-value
before = [12.4, 11.8, 13.1, 12.9, 12.2, 13.5, 12.0, 12.7]
after = [12.1, 11.9, 12.6, 12.5, 12.0, 13.0, 11.7, 12.5]
r17 = stats.ttest_rel(before, after)
add("Eight torque wrenches checked on the bench before and after recalibration (reading error in %, "
    "same wrench each pair):\nbefore: 12.4 11.8 13.1 12.9 12.2 13.5 12.0 12.7\n"
    "after:  12.1 11.9 12.6 12.5 12.0 13.0 11.7 12.5\n"
    "Paired t-test, two-sided. What's the p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r17.pvalue))

# ---------------- regression ----------------
# r18: OLS slope of bake time on oven temperature
xt = [170, 175, 180, 185, 190, 195]
yt = [28.4, 27.1, 26.0, 24.6, 23.5, 22.1]
r18 = stats.linregress(xt, yt)
add("regress bake time (min) on oven setpoint (°C), least squares straight line:\n"
    "temp: 170 175 180 185 190 195\ntime: 28.4 27.1 26.0 24.6 23.5 22.1\nslope?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(r18.slope))

# r19: R^2 of simple linear fit of cookie spread on sugar %
xs = [20, 24, 28, 32, 36, 40, 44]
ys = [61, 64, 69, 70, 76, 78, 83]
r19 = stats.linregress(xs, ys)
add("Sugar content (% flour weight) vs cookie spread diameter (mm): (20, 61), (24, 64), (28, 69), "
    "(32, 70), (36, 76), (40, 78), (44, 83). How much of the variation in spread does a straight-line "
    "fit explain, i.e. R²?", "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"},
    float(r19.rvalue ** 2))

# ---------------- ANOVA ----------------
# r20: one-way ANOVA F statistic, 3 ovens
o1 = [31.2, 30.8, 31.5, 31.0, 30.9]
o2 = [32.1, 31.8, 32.4, 31.9, 32.3]
o3 = [31.1, 31.6, 30.7, 31.3, 31.0]
r20 = stats.f_oneway(o1, o2, o3)
add("one-way anova, moisture loss % by oven\n"
    "oven1: 31.2 30.8 31.5 31.0 30.9\noven2: 32.1 31.8 32.4 31.9 32.3\n"
    "oven3: 31.1 31.6 30.7 31.3 31.0\nF stat?", "anova",
    {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(r20.statistic))

# r21: one-way ANOVA p-value, 4 repair stations, time-to-failure after repair (hundreds of FH)
s1 = [41, 38, 45, 40]
s2 = [36, 39, 34, 37]
s3 = [44, 47, 42, 46]
s4 = [39, 41, 37, 40]
r21 = stats.f_oneway(s1, s2, s3, s4)
add("We send the same model of air data computer to four different repair stations. Hours to next "
    "failure after return (in hundreds of FH):\nStation 1: 41, 38, 45, 40\nStation 2: 36, 39, 34, 37\n"
    "Station 3: 44, 47, 42, 46\nStation 4: 39, 41, 37, 40\n"
    "Is there a difference between stations? I want the p-value from a one-way ANOVA.", "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r21.pvalue))

# ---------------- design ----------------
# r22: 2^4 full factorial, 1 replicate -> 16 runs
add("how many runs in a full 2-level factorial with 4 factors (mixing time, water temp, yeast %, "
    "proof time), single replicate, no center points?", "design", {"rule": "runs"}, 2 ** 4)

# r23: 2^(5-1) half fraction + 3 center points = 19
add("2^(5-1) half-fraction screening on the riveting cell, plus three center points. total runs?",
    "design", {"rule": "runs"}, 2 ** 4 + 3)

# r24: CCD with 3 factors: 2^3 factorial + 2*3 axial + 6 center = 20
add("Planning a response surface study on the caramel cooker: central composite design in three "
    "factors (cook temp, sugar %, hold time), full 2^3 factorial core, star points on each axis, and "
    "six center runs. How many runs is that in total?", "design", {"rule": "runs"}, 8 + 6 + 6)

# ---------------- control charts ----------------
# r25: Xbar-R, n=5, A2=0.577: UCL = 500.2 + 0.577*6.4
ucl25 = 500.2 + 0.577 * 6.4
add("xbar-R chart for loaf weight, subgroups of 5 loaves, grand mean 500.2 g, Rbar = 6.4 g. "
    "UCL of the xbar chart?", "control_chart", {"rule": "number", "tol": 1e-3, "key": "ucl"}, ucl25)

# r26: p chart, pbar=0.04, n=200: UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
ucl26 = 0.04 + 3 * math.sqrt(0.04 * 0.96 / 200)
add("We inspect 200 connectors per lot for pin damage; over the last 25 lots the average fraction "
    "nonconforming is 0.04. Setting up a p chart with 3-sigma limits and constant n = 200, where's "
    "the upper control limit?", "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, ucl26)

# ---------------- capability ----------------
# r27: Ppk from data, overall sample sd (n-1), LSL 22, USL 26 N·m
cap = np.array([24.3, 24.9, 23.8, 24.6, 25.1, 24.4, 24.0, 24.7, 25.3, 24.2, 24.5, 23.9])
m, s = cap.mean(), cap.std(ddof=1)
ppk = min((26 - m) / (3 * s), (m - 22) / (3 * s))
add("installation torque on the nutplates, spec 22–26 N·m. 12 readings: 24.3 24.9 23.8 24.6 25.1 "
    "24.4 24.0 24.7 25.3 24.2 24.5 23.9. Ppk using the overall sample std dev (n−1)?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "ppk"}, float(ppk))

# r28: refuse -- Cpk requested with no specification limits given
add("proofer temperature runs at mean 35.2 °C with σ = 0.4 °C, pretty stable. what's our Cpk?",
    "capability", {"rule": "refuse"}, None)

# ---------------- sample size ----------------
# r29: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*8/2)^2) = 62
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 8 / 2) ** 2)
add("How many dough pieces do I need to weigh to estimate the mean piece weight to within ±2 g at "
    "95% confidence? Process σ is known, 8 g.", "sample_size", {"rule": "int", "key": "n"}, n29)

# ---------------- unit conversion ----------------
# r30: 45 ft·lbf -> N·m, 1 ft·lbf = 0.3048 m * 4.4482216152605 N
nm = 45 * 0.3048 * 4.4482216152605
add("convert 45 ft·lbf to N·m", "unit_conversion", {"rule": "number", "tol": 1e-4}, nm)

assert len(items) == 30
suite = {"suite": ROUND, "type": "reason",
         "description": f"{ROUND} unseen questions, aircraft MRO/avionics reliability and "
                        "industrial bakery production",
         "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(suite, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
