import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round46d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")
# r01 derivative of torque ramp tau(t) = 45(1-e^{-2t}) + 3t -> 90 e^{-2t} + 3
tau = 45 * (1 - sp.exp(-2 * t)) + 3 * t
d1 = sp.simplify(sp.diff(tau, t))
assert sp.simplify(d1 - (90 * sp.exp(-2 * t) + 3)) == 0
add(
    "nutrunner torque ramp on the wheel nut spindle logs as τ(t) = 45(1 − e^(−2t)) + 3t  N·m, t in sec. need dτ/dt as fn of t",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 integral of conveyor speed v(t)=2+0.3t^2 ft/s from 0..6 -> 168/5 ft
I2 = sp.integrate(2 + sp.Rational(3, 10) * t**2, (t, 0, 6))
assert abs(float(I2) - (2 * 6 + 0.1 * 6**3)) < 1e-12
add(
    "skillet conveyor accel profile after a line stop: v(t) = 2 + 0.3t² ft/s. how far (ft) does the skillet travel from t=0 to t=6 s? exact pls",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 as x->0 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(L3) - float(((sp.exp(2 * x) - 1 - 2 * x) / x**2).subs(x, sp.Rational(1, 10**6)).evalf(30))) < 1e-4
add(
    "lim x→0  (e^(2x) − 1 − 2x) / x²   -- showed up in a fastener preload creep model, exact value",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 minimise C(q) = 4320/q + 0.3q -> q = 120
q = sp.symbols("q", positive=True)
Cq = 4320 / q + sp.Rational(3, 10) * q
qs = sp.solve(sp.diff(Cq, q), q)
assert len(qs) == 1 and qs[0] == sp.sqrt(sp.Rational(4320) / sp.Rational(3, 10))
add(
    "kitting cost per shift for the M6 flange bolt kits: C(q) = 4320/q + 0.3q  ($), q = kit qty. what q minimizes C?",
    "calculus",
    {"rule": "expr"},
    str(qs[0]),
)
# r05 2x^2 - 9x + 4 = 0 -> {1/2, 4}
r5 = sp.solve(2 * x**2 - 9 * x + 4, x)
assert sorted(float(v) for v in r5) == [0.5, 4.0]
add(
    "shim stack-up on the liftgate hinge reduced to 2x² − 9x + 4 = 0 (x in mm). both roots",
    "algebra",
    {"rule": "set"},
    sorted([str(v) for v in r5], key=lambda s: float(sp.sympify(s))),
)
# r06 14s + 18u = 6600, s + u = 420 -> u = 180
s_, u_ = sp.symbols("s u")
sol6 = sp.solve([14 * s_ + 18 * u_ - 6600, s_ + u_ - 420], [s_, u_])
assert sol6[u_] == (6600 - 14 * 420) // 4
add(
    "fastener count reconciliation: sedan takes 14 M8 bolts at body-to-frame, SUV takes 18. 2nd shift built 420 units total and the M8 bins show 6,600 bolts consumed (no scrap). how many SUVs did we build?",
    "algebra",
    {"rule": "expr"},
    str(sol6[u_]),
)
# r07 coolant blend: 0.3a + 0.7b = 0.55*240, a + b = 240 -> b = 150 L
a_, b_ = sp.symbols("a b")
sol7 = sp.solve([sp.Rational(3, 10) * a_ + sp.Rational(7, 10) * b_ - sp.Rational(55, 100) * 240, a_ + b_ - 240], [a_, b_])
assert abs(float(sol7[b_]) - (0.55 - 0.3) / (0.7 - 0.3) * 240) < 1e-9
add(
    "coolant fill station: tanks hold 30% glycol premix and 70% glycol concentrate. need 240 L of 55% glycol in the day tank. how many liters of the 70% stuff?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol7[b_]),
)
# r08 linear system -> b = 4
A8 = sp.Matrix([[2, 1, 1], [1, 3, 1], [1, 1, 2]])
rhs8 = sp.Matrix([sp.Rational(25, 2), 18, sp.Rational(27, 2)])
sol8 = A8.LUsolve(rhs8)
assert np.allclose(np.linalg.solve(np.array(A8, float), np.array(rhs8, float)).ravel(), [2.5, 4, 3.5])
add(
    "time study on trim 2. element times unknown: a = harness route, b = IP install, c = headliner (min each). "
    "stn A does 2a + b + c = 12.5 min, stn B does a + 3b + c = 18 min, stn C does a + b + 2c = 13.5 min. solve for b (IP install, min)",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol8[1]),
)
# r09 eigenvalues of tridiagonal [[2,1,0],[1,2,1],[0,1,2]] -> 2-sqrt2, 2, 2+sqrt2
M9 = sp.Matrix([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
ev9 = sorted(M9.eigenvals().keys(), key=lambda e: float(e))
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(M9, float))), [float(e) for e in ev9])
add(
    "3-mass model of the seat track fixture, stiffness matrix K = [[2, 1, 0], [1, 2, 1], [0, 1, 2]] (normalized). eigenvalues exact?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev9],
)
# r10 binomial n=40 p=0.03 P(X>=2)
p10 = float(stats.binom.sf(1, 40, 0.03))
assert abs(p10 - (1 - 0.97**40 - 40 * 0.03 * 0.97**39)) < 1e-12
add(
    "torque audit: historically 3% of joints on the subframe come in outside the ±10% window. auditor pulls 40 joints (independent, binomial). P(at least 2 out of window)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson DPV 1.6, P(X<=1)
p11 = float(stats.poisson.cdf(1, 1.6))
assert abs(p11 - math.exp(-1.6) * (1 + 1.6)) < 1e-12
add(
    "final line audit runs 1.6 DPV (defects per vehicle), assume Poisson. what fraction of vehicles show 1 or fewer defects?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 normal insertion force N(42, 3.5), P(>50)
p12 = float(stats.norm.sf(50, 42, 3.5))
assert abs(p12 - 0.5 * math.erfc((50 - 42) / 3.5 / math.sqrt(2))) < 1e-12
add(
    "push-in clip insertion force on the door trim ~ normal, mean 42 N, sd 3.5 N. ergo limit for operators is 50 N max. what fraction of clips exceed 50 N?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes water leak
prior, sens, fpr = 0.02, 0.95, 0.04
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
p13b = float(sp.Rational(2, 100) * sp.Rational(95, 100) / (sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(4, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "water test booth: 2% of bodies actually leak. booth catches 95% of real leakers, but flags 4% of good bodies too. car gets flagged -- prob it actually leaks?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)
# r14 paired t, two-sided
bef = np.array([61.2, 59.8, 62.5, 60.4, 61.9, 60.7, 62.1, 59.5])
aft = np.array([60.1, 59.9, 61.2, 59.6, 60.8, 60.5, 61.0, 59.0])
res14 = stats.ttest_rel(bef, aft)
dd = bef - aft
t14 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t14 - res14.statistic) < 1e-9
assert abs(2 * stats.t.sf(abs(t14), len(dd) - 1) - res14.pvalue) < 1e-12
add(
    "same 8 spindles on the wheel nutrunner, audit wrench reading before vs after recal (N·m):\n"
    "spindle  before  after\n1  61.2  60.1\n2  59.8  59.9\n3  62.5  61.2\n4  60.4  59.6\n"
    "5  61.9  60.8\n6  60.7  60.5\n7  62.1  61.0\n8  59.5  59.0\n"
    "paired t, two-sided -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res14.pvalue),
)
# r15 Welch two-sample, two-sided
A15 = np.array([52.1, 53.4, 51.8, 54.0, 52.7, 53.1, 52.4])
B15 = np.array([54.2, 55.8, 53.1, 56.4, 54.9, 53.7, 55.2, 56.0])
res15 = stats.ttest_ind(A15, B15, equal_var=False)
va, vb = A15.var(ddof=1) / len(A15), B15.var(ddof=1) / len(B15)
t15 = (A15.mean() - B15.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(A15) - 1) + vb**2 / (len(B15) - 1))
assert abs(2 * stats.t.sf(abs(t15), df15) - res15.pvalue) < 1e-12
add(
    "stn 14 cycle times (s), takt is 58 s so not a problem yet but B shift looks slower.\n"
    "A shift: 52.1 53.4 51.8 54.0 52.7 53.1 52.4\nB shift: 54.2 55.8 53.1 56.4 54.9 53.7 55.2 56.0\n"
    "don't assume equal variances (Welch), two-sided. p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res15.pvalue),
)
# r16 two-proportion z pooled, two-sided, no CC
x1, n1, x2, n2 = 412, 450, 388, 440
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chk = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chk.pvalue - p16) < 1e-10
add(
    "FTT (first time through) this week: line 1 had 412 of 450 vehicles clean, line 2 had 388 of 440. two-proportion z test w/ pooled p, two-sided, no continuity correction. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence 3x3, statistic
T17 = np.array([[34, 22, 14], [28, 30, 12], [41, 19, 20]])
res17 = stats.chi2_contingency(T17)
E17 = T17.sum(1, keepdims=True) * T17.sum(0, keepdims=True) / T17.sum()
assert abs(((T17 - E17) ** 2 / E17).sum() - res17.statistic) < 1e-9
add(
    "defect type vs shift, month of audit data:\n"
    "shift  paint  trim  elec\n1st    34     22    14\n2nd    28     30    12\n3rd    41     19    20\n"
    "chi-square test of independence, what's the chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res17.statistic),
)
# r18 slope clamp load on torque
X18 = np.array([20, 25, 30, 35, 40, 45], float)
Y18 = np.array([14.8, 18.1, 22.6, 25.9, 30.2, 33.4])
lr18 = stats.linregress(X18, Y18)
assert abs(np.polyfit(X18, Y18, 1)[0] - lr18.slope) < 1e-10
add(
    "torque-tension study on M10 flange bolts, ultrasonic clamp load:\n"
    "torque_Nm  clamp_kN\n20  14.8\n25  18.1\n30  22.6\n35  25.9\n40  30.2\n45  33.4\n"
    "least squares fit clamp = b0 + b1·torque, what's b1 (kN per N·m)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 DPV vs JPH
X19 = np.array([48, 52, 55, 58, 60, 63, 66], float)
Y19 = np.array([0.62, 0.70, 0.71, 0.83, 0.85, 0.94, 1.01])
lr19 = stats.linregress(X19, Y19)
b1, b0 = np.polyfit(X19, Y19, 1)
r2b = 1 - ((Y19 - (b0 + b1 * X19)) ** 2).sum() / ((Y19 - Y19.mean()) ** 2).sum()
assert abs(r2b - lr19.rvalue**2) < 1e-10
add(
    "line rate vs DPV, weekly avgs\nJPH   DPV\n48  0.62\n52  0.70\n55  0.71\n58  0.83\n60  0.85\n63  0.94\n66  1.01\n"
    "simple linear fit DPV on JPH -- r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)
# r20 one-way ANOVA p-value
g20 = [np.array([4.1, 4.3, 3.9, 4.2, 4.0]), np.array([4.4, 4.6, 4.3, 4.5, 4.7]), np.array([4.0, 4.2, 4.1, 3.8, 4.1])]
res20 = stats.f_oneway(*g20)
allv = np.concatenate(g20)
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in g20)
ssw = sum(((g - g.mean()) ** 2).sum() for g in g20)
F20 = (ssb / 2) / (ssw / 12)
assert abs(stats.f.sf(F20, 2, 12) - res20.pvalue) < 1e-12
add(
    "front door flush (mm) off 3 hang fixtures, 5 doors each:\n"
    "fix1: 4.1 4.3 3.9 4.2 4.0\nfix2: 4.4 4.6 4.3 4.5 4.7\nfix3: 4.0 4.2 4.1 3.8 4.1\n"
    "one-way ANOVA, p-value for fixture?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res20.pvalue),
)
# r21 two-way ANOVA with replication, F for tool main effect
data21 = {
    ("T1", "day"): [0.8, 1.1, 0.9],
    ("T1", "night"): [1.2, 1.0, 1.4],
    ("T2", "day"): [1.5, 1.7, 1.4],
    ("T2", "night"): [1.6, 1.9, 1.8],
    ("T3", "day"): [0.6, 0.9, 0.7],
    ("T3", "night"): [1.0, 0.8, 1.1],
}
tools, shifts, r = ["T1", "T2", "T3"], ["day", "night"], 3
Y = np.array([[data21[(a, b)] for b in shifts] for a in tools])  # 3x2x3
gm = Y.mean()
ssA = len(shifts) * r * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = len(tools) * r * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
ssCell = r * ((Y.mean(axis=2) - gm) ** 2).sum()
ssAB = ssCell - ssA - ssB
ssE = ((Y - Y.mean(axis=2, keepdims=True)) ** 2).sum()
dfE = len(tools) * len(shifts) * (r - 1)
F21 = (ssA / 2) / (ssE / dfE)
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols
rows = [dict(tool=a, shift=b, y=v) for (a, b), vs in data21.items() for v in vs]
df = pd.DataFrame(rows)
tab = sm.stats.anova_lm(ols("y ~ C(tool) * C(shift)", df).fit(), typ=2)
assert abs(tab.loc["C(tool)", "F"] - F21) < 1e-8
add(
    "torque deviation from nominal (N·m) by tool × shift, 3 reps per cell:\n"
    "tool  shift  readings\nT1  day    0.8 1.1 0.9\nT1  night  1.2 1.0 1.4\nT2  day    1.5 1.7 1.4\n"
    "T2  night  1.6 1.9 1.8\nT3  day    0.6 0.9 0.7\nT3  night  1.0 0.8 1.1\n"
    "two-way ANOVA incl the tool×shift interaction term. F stat for the tool main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)
# r22 CCD 3 factors: 8 cube + 6 axial + 6 center = 20
k = 3
n22 = 2**k + 2 * k + 6
assert n22 == 20
add(
    "RSM on the glass urethane bead: 3 factors (bead temp, pump pressure, robot speed). central composite, full 2³ cube, star points, 6 center pts, 1 replicate. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 4 factors + 3 center = 27
k = 4
n23 = 4 * math.comb(k, 2) + 3  # each pair of factors: 2^2 combos at others' centre
assert n23 == 2 * k * (k - 1) + 3 == 27
add(
    "Box-Behnken for 4 factors on the sealer dispense cell, 3 center points, no reps. run count?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman for 19 factors -> 20 runs
n24 = 4 * math.ceil((19 + 1) / 4)
assert n24 == 20
add(
    "screening 19 two-level factors on the trim line squeak & rattle issue. smallest Plackett-Burman design that fits 19 factors, no reps -- how many runs?",
    "design",
    {"rule": "runs"},
    n24,
)
# r25 I-MR individuals chart UCL
X25 = np.array([56.2, 57.1, 55.8, 56.9, 57.4, 56.0, 56.6, 57.8, 56.3, 55.9, 57.0, 56.5])
mr = np.abs(np.diff(X25)).mean()
ucl25 = X25.mean() + 3 * mr / 1.128
assert abs(ucl25 - (X25.mean() + 2.66 * mr)) / ucl25 < 1e-4
add(
    "I-MR on station 22 cycle time (s), 12 consecutive jobs:\n56.2 57.1 55.8 56.9 57.4 56.0 56.6 57.8 56.3 55.9 57.0 56.5\n"
    "UCL for the individuals chart? (sigma from avg moving range of 2, d2 = 1.128)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 u chart UCL, n=5 vehicles per subgroup, 25 subgroups, 310 defects
ubar = 310 / (25 * 5)
ucl26 = ubar + 3 * math.sqrt(ubar / 5)
assert abs(ucl26 - float(sp.Rational(310, 125) + 3 * sp.sqrt(sp.Rational(310, 125) / 5))) < 1e-12
add(
    "u chart for the final audit: each subgroup = 5 vehicles, 25 subgroups, 310 defects total across all of them. UCL in defects per vehicle?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)
# r27 Cpk torque 45 +/- 5, mean 46.1, sd 1.2
cpk27 = min(50 - 46.1, 46.1 - 40) / (3 * 1.2)
assert abs(cpk27 - float((sp.Rational(50) - sp.Rational(461, 10)) / (3 * sp.Rational(12, 10)))) < 1e-12
add(
    "seat belt anchor bolt torque spec 45 ± 5 N·m. process mean 46.1 N·m, sd 1.2 N·m (treat as known). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk27,
)
# r28 Cp from Rbar/d2, n=4 d2=2.059
sig28 = 0.21 / 2.059
cp28 = (4.5 - 3.5) / (6 * sig28)
# d2 cross-check via numerical expected range of 4 normals
from scipy import integrate
d2_num = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 4 - (1 - stats.norm.cdf(w)) ** 4, -12, 12)[0]
assert abs(d2_num - 2.059) < 1e-3
add(
    "hood-to-fender gap spec 4.0 ± 0.5 mm. X̄-R data, subgroups of 4, R̄ = 0.21 mm. estimate σ = R̄/d2 (d2 = 2.059). Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp28,
)
# r29 two-sample n per group, delta 0.8 s, sigma 1.5, alpha .05 two-sided, power .90, z-based
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 1.5**2 / 0.8**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 2.25 / 0.64)
add(
    "want to detect a 0.8 s shift in mean cycle time between old and new fixture, σ ≈ 1.5 s both, α = 0.05 two-sided, 90% power. normal-approx (z) formula, how many cycles per fixture? round up",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 35 ft·lbf -> N·m
v30 = 35 * 0.3048 * 0.45359237 * 9.80665
assert abs(v30 - 35 * 1.3558179483314004) < 1e-9
add(
    "spec sheet from the US supplier calls 35 ft·lbf on the caliper bracket bolts. what's that in N·m?",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-4},
    v30,
)
assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, automotive final-assembly industrial engineer (takt, torque audits, fastener counts, cycle times, DPV)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
