"""Reference answers for round43b (biostatistician, medical-device bench testing)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round43b"
items = []


def add(q, mode, compare, ref):
    items.append(
        {
            "id": f"r{len(items) + 1:02d}",
            "split": "unseen",
            "question": q,
            "mode": mode,
            "compare": compare,
            "reference": ref,
        }
    )


x, t = sp.symbols("x t", positive=True)

# r01 calculus: total volume = ∫0^3 (6t²−4t+1) dt = 54−18+3 = 39
v = sp.integrate(6 * t**2 - 4 * t + 1, (t, 0, 3))
assert v == 39
add(
    "Flush rate through the catheter lumen during the patency test is q(t) = 6t² − 4t + 1 mL/s. "
    "Total volume delivered between t = 0 and t = 3 s, in mL?",
    "calculus",
    {"rule": "expr"},
    str(v),
)

# r02 calculus: d/dx x² ln x = 2x ln x + x
d = sp.diff(x**2 * sp.log(x), x)
add("derivative of x^2*ln(x) wrt x", "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r03 calculus: lim x→0 (1−cos 3x)/x² = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert L == sp.Rational(9, 2)
add("lim_{x→0} (1 − cos(3x)) / x²  — exact value please", "calculus", {"rule": "expr"}, str(L))

# r04 calculus: F(x)=4x e^{-x/2}; F'=0 -> x=2 (max since F''<0)
F = 4 * x * sp.exp(-x / 2)
crit = sp.solve(sp.diff(F, x), x)
assert crit == [2] and sp.diff(F, x, 2).subs(x, 2) < 0
add(
    "Our peel-test fixture gives a force curve that we model as F(x) = 4x·e^(−x/2) N, where x is "
    "grip displacement in mm (x ≥ 0). Assume the model holds over the whole stroke. At what "
    "displacement does the peel force peak?",
    "calculus",
    {"rule": "expr"},
    "2",
)

# r05 algebra: 2x²−7x+3=0 -> x = 1/2, 3
r = sp.solve(2 * x**2 - 7 * x + 3, x)
add("roots of 2x² − 7x + 3 = 0", "algebra", {"rule": "set"}, sorted(float(z) for z in r))

# r06 algebra: a+b=500, 0.9a+0.3b=0.5*500 -> a=500/3
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 500, sp.Rational(9, 10) * a + sp.Rational(3, 10) * b - 250], [a, b])
assert sol[a] == sp.Rational(500, 3)
add(
    "I need 500 mL of a 50% (v/v) isopropanol wipe solution and I only have a 90% stock and a "
    "30% stock. Assume volumes are additive. How many mL of the 90% stock go in?",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

# r07 algebra: N = N0·10^(−t/D); 10^6 -> 10^-6 is 12 log reductions; t = 12·D = 12·2.5 = 30 min
add(
    "Sterilisation validation, overkill approach. Assume first-order kill kinetics, N = N0·10^(−t/D), "
    "with D-value 2.5 min for the biological indicator. Starting bioburden is 10^6 CFU and the target "
    "SAL is 10^−6. Exposure time needed, in minutes?",
    "algebra",
    {"rule": "expr"},
    "30",
)

# r08 linear algebra: eig [[4,1],[2,3]] -> trace 7, det 10 -> 2, 5
ev = np.linalg.eigvals(np.array([[4, 1], [2, 3]], float))
add(
    "eigenvalues of the matrix [[4, 1], [2, 3]]",
    "linear_algebra",
    {"rule": "set"},
    sorted(float(round(e.real, 12)) for e in ev),
)

# r09 linear algebra: det [[2,0,1],[1,3,2],[0,1,4]] = 2(12−2) − 0 + 1(1−0) = 21
M = sp.Matrix([[2, 0, 1], [1, 3, 2], [0, 1, 4]])
assert M.det() == 21
add(
    "What's the determinant of\n  2 0 1\n  1 3 2\n  0 1 4\n(rows as written)?",
    "linear_algebra",
    {"rule": "expr"},
    str(M.det()),
)

# r10 probability: X~Bin(50, 0.02); P(X<=1)
p10 = stats.binom.cdf(1, 50, 0.02)
add(
    "Assume the true kink-defect rate on the extrusion line is 2% and units are independent. "
    "We pull 50 catheters for visual inspection. What is the probability we see at most one defective?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)

# r11 probability: REFUSE — normal with mean 45 but no SD given
add(
    "Burst pressure for the 7 Fr balloon is normally distributed with mean 45 psi. "
    "What fraction of balloons will burst below the 38 psi minimum spec?",
    "probability",
    {"rule": "refuse"},
    None,
)

# r12 probability: Poisson mean 1.8, P(X>=3) = 1 − P(X<=2)
p12 = stats.poisson.sf(2, 1.8)
add(
    "particulate counts (≥10 µm) per device ~ Poisson, mean 1.8 per device. P(a device shows 3 or more)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p12),
)

# r13 probability: Bayes. P(leak|fail) = .98*.01 / (.98*.01 + .05*.99)
p13 = 0.98 * 0.01 / (0.98 * 0.01 + 0.05 * 0.99)
add(
    "Pressure-decay leak tester: sensitivity 98%, specificity 95%. Assume 1% of pouches coming off "
    "the sealer genuinely leak. Given a pouch FAILS the tester, what's the probability it really leaks?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p13,
)

# r14 hypothesis test: one-sample t, two-sided, mu0 = 1.20
d14 = [1.31, 1.18, 1.25, 1.40, 1.22, 1.36, 1.29, 1.15, 1.33, 1.27]
r14 = stats.ttest_1samp(d14, 1.20)
add(
    "Seal strength (N/mm) from 10 pouches after ETO cycle: 1.31 1.18 1.25 1.40 1.22 1.36 1.29 1.15 "
    "1.33 1.27. One-sample t-test against 1.20, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch two-sample t, two-sided
A15 = [52.1, 49.8, 51.5, 50.2, 53.0, 48.9, 51.7]
B15 = [47.3, 50.1, 45.8, 48.6, 46.9, 49.4, 44.7, 47.8]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add(
    "Comparing burst pressure (psi) of balloons sterilised by EtO vs gamma. Don't assume equal "
    "variances — Welch t-test, two-sided.\nEtO:   52.1, 49.8, 51.5, 50.2, 53.0, 48.9, 51.7\n"
    "gamma: 47.3, 50.1, 45.8, 48.6, 46.9, 49.4, 44.7, 47.8\nWhat p-value do you get?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16 hypothesis test: paired t, two-sided (same 8 units before/after aging)
pre = [24.6, 23.9, 25.2, 24.1, 24.8, 23.5, 25.0, 24.3]
post = [23.8, 23.6, 24.1, 23.9, 23.7, 23.4, 24.2, 23.5]
r16 = stats.ttest_rel(pre, post)
add(
    "Same 8 hub-to-shaft bonds pull-tested (N) before and after accelerated aging (ASTM F1980, "
    "equivalent 1 yr). before = 24.6 23.9 25.2 24.1 24.8 23.5 25.0 24.3 ; after = 23.8 23.6 24.1 23.9 "
    "23.7 23.4 24.2 23.5 (same unit order). Paired t-test, two-sided — p?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r16.pvalue),
)

# r17 hypothesis test: chi-square test of independence on 3x2 table (df=2, no Yates)
tab = np.array([[12, 48], [5, 55], [9, 51]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
assert dof == 2
add(
    "Formative usability study, 60 participants per handle design. Use errors observed: design A 12 "
    "of 60, design B 5 of 60, design C 9 of 60. Pearson chi-square test of independence (design × "
    "error yes/no). Report the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(p17),
)

# r18 regression: OLS slope of burst vs wall thickness
x18 = [0.20, 0.25, 0.30, 0.35, 0.40, 0.45]
y18 = [38.2, 44.9, 51.3, 57.8, 62.9, 70.4]
r18 = stats.linregress(x18, y18)
add(
    "wall thickness mm: 0.20 0.25 0.30 0.35 0.40 0.45\nburst psi:         38.2 44.9 51.3 57.8 62.9 70.4\n"
    "least-squares line burst ~ thickness, what's the slope (psi per mm)?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "slope"},
    float(r18.slope),
)

# r19 regression: R² of simple linear fit retention ~ dose
x19 = [25, 30, 35, 40, 45, 50]
y19 = [98.1, 96.4, 95.9, 93.2, 92.8, 90.1]
r19 = stats.linregress(x19, y19)
add(
    "Assume a straight-line model for tensile retention vs gamma dose. Dose (kGy) 25, 30, 35, 40, 45, "
    "50 gave retention of 98.1, 96.4, 95.9, 93.2, 92.8 and 90.1 % respectively. How much of the "
    "variation does the fit explain, i.e. R²?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"},
    float(r19.rvalue**2),
)

# r20 anova: one-way, three lots, F statistic
L1 = [1.42, 1.38, 1.45, 1.40, 1.44]
L2 = [1.35, 1.31, 1.37, 1.33, 1.36]
L3 = [1.41, 1.39, 1.36, 1.43, 1.38]
r20 = stats.f_oneway(L1, L2, L3)
add(
    "Seal strength (N/mm), five pouches from each of three sealing lots.\nLot 1: 1.42 1.38 1.45 1.40 1.44\n"
    "Lot 2: 1.35 1.31 1.37 1.33 1.36\nLot 3: 1.41 1.39 1.36 1.43 1.38\n"
    "One-way ANOVA, lots as the factor — what's the F statistic?",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(r20.statistic),
)

# r21 anova: one-way, four operators, p-value
O = [[3.1, 3.4, 2.9, 3.3], [3.6, 3.8, 3.5, 3.9], [3.2, 3.0, 3.3, 3.1], [3.5, 3.3, 3.7, 3.4]]
r21 = stats.f_oneway(*O)
add(
    "insertion force (N) through the hemostasis valve by 4 operators, 4 insertions each: "
    "op1 3.1,3.4,2.9,3.3; op2 3.6,3.8,3.5,3.9; op3 3.2,3.0,3.3,3.1; op4 3.5,3.3,3.7,3.4. "
    "Does operator matter? Give the one-way ANOVA p-value.",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r21.pvalue),
)

# r22 design: 2^(5-1) fractional factorial -> 16 runs
add(
    "How many runs in a half-fraction of a two-level design with five factors (2^(5−1)), no center "
    "points, no replicates?",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1),
)

# r23 design: CCD, 3 factors, full 2^3 cube (8) + 2k axial (6) + 6 center = 20
add(
    "Planning a face-centered central composite design for the balloon-forming process: three factors "
    "(temperature, pressure, stretch ratio), full 2^3 factorial cube, the usual 2k axial points, plus 6 "
    "center points. Total number of runs?",
    "design",
    {"rule": "runs"},
    8 + 6 + 6,
)

# r24 design: full factorial 3 x 2 x 4 levels, 2 replicates = 48
add(
    "Sealer DOE: platen temperature at 3 levels, dwell time at 2 levels, seal pressure at 4 levels. "
    "Assume a full factorial with every combination run twice (2 replicates). How many pouches do I seal?",
    "design",
    {"rule": "runs"},
    3 * 2 * 4 * 2,
)

# r25 control chart: Xbar UCL = Xbarbar + A2*Rbar, n=5 -> A2 = 0.577
ucl25 = 12.45 + 0.577 * 0.82
add(
    "X̄–R chart on tip pull force, subgroups of n = 5. Grand mean 12.45 N, average range 0.82 N. "
    "Upper control limit for the X̄ chart?",
    "control_chart",
    {"rule": "number", "tol": 1e-3, "key": "ucl"},
    ucl25,
)

# r26 control chart: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n), pbar = 0.04, n = 200
ucl26 = 0.04 + 3 * math.sqrt(0.04 * 0.96 / 200)
add(
    "We run a p-chart on visual rejects, constant sample size 200 catheters per shift, p̄ = 0.04 "
    "from the baseline period. Assume standard 3σ limits. UCL?",
    "control_chart",
    {"rule": "number", "tol": 1e-6, "key": "ucl"},
    ucl26,
)

# r27 capability: Cpk = min(USL−μ, μ−LSL)/(3σ) = min(0.4, 0.5)/0.45
cpk27 = min(10.6 - 10.2, 10.2 - 9.7) / (3 * 0.15)
add(
    "Cpk for the luer taper length? Process mean 10.2 mm, within-subgroup σ = 0.15 mm, spec 9.7–10.6 mm.",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "cpk"},
    cpk27,
)

# r28 capability: Ppk with overall sample SD (n−1)
d28 = np.array([2.68, 2.71, 2.69, 2.72, 2.70, 2.67, 2.73, 2.69, 2.70, 2.71, 2.68, 2.72])
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk28 = min(2.80 - m28, m28 - 2.60) / (3 * s28)
add(
    "Outer diameter of 12 shafts (mm): 2.68, 2.71, 2.69, 2.72, 2.70, 2.67, 2.73, 2.69, 2.70, 2.71, "
    "2.68, 2.72. Spec 2.60 to 2.80 mm. Assume normality and use the overall sample standard deviation "
    "(n−1 denominator). What is Ppk?",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "ppk"},
    float(ppk28),
)

# r29 sample size: success-run theorem, zero failures: n = ceil(ln(1−C)/ln(R)) = ceil(ln .05/ln .95) = 59
n29 = math.ceil(math.log(0.05) / math.log(0.95))
assert n29 == 59
add(
    "Design verification for burst: we want to demonstrate 95% reliability at 95% confidence with an "
    "attribute (pass/fail) test, zero failures allowed (success-run theorem, binomial). "
    "Minimum number of units to test?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 unit conversion: 310 kPa -> psi; 1 psi = 6.894757293168 kPa
psi30 = 310 / 6.894757293168
add("convert 310 kPa to psi", "unit_conversion", {"rule": "number", "tol": 1e-4}, psi30)

assert len(items) == 30
from collections import Counter

want = dict(
    calculus=4,
    algebra=3,
    linear_algebra=2,
    probability=4,
    hypothesis_test=4,
    regression=2,
    anova=2,
    design=3,
    control_chart=2,
    capability=2,
    sample_size=1,
    unit_conversion=1,
)
assert Counter(i["mode"] for i in items) == Counter(want)

doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, biostatistician at a medical-device startup "
    "(catheter bench tests, seals, sterilisation, usability)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"]["rule"], i["reference"])
