"""Reference answers for round33d (additive-manufacturing engineer + rubber/tyre compounding lab).

Every reference is computed independently here with sympy / scipy / statsmodels / numpy / math.
Run:  /work/main/.venv/bin/python reference.py   -> writes round33d.yaml next to this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats

ROUND = "round33d"
HERE = os.path.dirname(os.path.abspath(__file__))
items = []


def add(mode, question, compare, reference):
    items.append({
        "id": f"r{len(items) + 1:02d}",
        "split": "unseen",
        "question": question,
        "mode": mode,
        "compare": compare,
        "reference": reference,
    })


t, x = sp.symbols("t x")

# ---------------------------------------------------------------- calculus (4)
# r01: T(t) = 25 + 180 e^{-t/40}; dT/dt at t = 20 -> -4.5 e^{-1/2}
T = 25 + 180 * sp.exp(-t / 40)
r01 = float(sp.diff(T, t).subs(t, 20))
add("calculus",
    "build plate cooldown after a Ti-6Al-4V job: T(t) = 25 + 180·e^(−t/40) °C, t in minutes. "
    "how fast is the plate temperature changing at t = 20 min (°C/min, sign included)?",
    {"rule": "number", "tol": 1.0e-6}, r01)

# r02: ∫_0^2 x² e^x dx = 2e² − 2 (exact)
r02 = sp.simplify(sp.integrate(x**2 * sp.exp(x), (x, 0, 2)))
assert sp.simplify(r02 - (2 * sp.exp(2) - 2)) == 0
add("calculus",
    "exact value of the integral of x^2 * e^x dx from x=0 to x=2 please",
    {"rule": "expr"}, str(r02))

# r03: lim_{x→0} (e^{2x} − 1 − 2x)/x² = 2
r03 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
add("calculus",
    "What is the limit as x → 0 of (e^(2x) − 1 − 2x) / x²?",
    {"rule": "expr"}, str(r03))

# r04: x'' + 9x = 0, x(0) = 0.5, x'(0) = 3  ->  x(t) = cos(3t)/2 + sin(3t)
xf = sp.Function("x")
sol = sp.dsolve(sp.Eq(xf(t).diff(t, 2) + 9 * xf(t), 0), xf(t),
                ics={xf(0): sp.Rational(1, 2), xf(t).diff(t).subs(t, 0): 3})
r04 = sp.simplify(sol.rhs)
assert sp.simplify(r04 - (sp.cos(3 * t) / 2 + sp.sin(3 * t))) == 0
add("calculus",
    "Our sidewall fatigue rig is basically undamped: x'' + 9x = 0 with x(0) = 0.5 mm and "
    "x'(0) = 3 mm/s (t in seconds). Give x(t) in closed form.",
    {"rule": "expr"}, str(r04))

# ---------------------------------------------------------------- algebra (3)
# r05: 2x³ − 3x² − 11x + 6 = (x − 3)(2x − 1)(x + 2) -> roots 3, 1/2, −2
r05 = sorted(float(r) for r in sp.solve(2 * x**3 - 3 * x**2 - 11 * x + 6, x))
add("algebra",
    "roots of 2x³ − 3x² − 11x + 6 = 0 ?",
    {"rule": "set"}, r05)

# r06: a + b = 50, 42a + 65b = 2500 -> a = 750/23 kg
a, b = sp.symbols("a b")
r06 = sp.solve([a + b - 50, 42 * a + 65 * b - 2500], [a, b])[a]
add("algebra",
    "We blend two carbon blacks for a tread compound. Grade A costs $42/kg, grade B costs "
    "$65/kg. A 50 kg batch has to cost exactly $2500 in black. How many kg of grade A go in? "
    "(exact answer)",
    {"rule": "expr"}, str(r06))

# r07: log2(x) + log2(x − 2) = 3 -> x(x − 2) = 8 -> x = 4 (x = −2 outside domain)
r07 = [s for s in sp.solve(sp.log(x, 2) + sp.log(x - 2, 2) - 3, x) if s.is_real and s > 2]
assert r07 == [4]
add("algebra",
    "solve log₂(x) + log₂(x − 2) = 3 for real x",
    {"rule": "expr"}, str(r07[0]))

# ---------------------------------------------------------------- linear algebra (2)
# r08: determinant by numpy and sympy (= 18)
M8 = [[4, 1, 2], [0, 3, -1], [2, 5, 1]]
r08 = float(sp.Matrix(M8).det())
assert abs(np.linalg.det(np.array(M8, float)) - r08) < 1e-9
add("linear_algebra",
    "det of [[4, 1, 2], [0, 3, -1], [2, 5, 1]]",
    {"rule": "number", "tol": 1.0e-6}, r08)

# r09: eigenvalues of [[6, −2], [−2, 3]] -> 2 and 7
r09 = sorted(float(v) for v in sp.Matrix([[6, -2], [-2, 3]]).eigenvals())
assert np.allclose(r09, np.linalg.eigvalsh(np.array([[6, -2], [-2, 3]], float)))
add("linear_algebra",
    "2-DOF mount model, stiffness matrix K = [6 −2; −2 3] (kN/mm). What are the eigenvalues of K?",
    {"rule": "set"}, r09)

# ---------------------------------------------------------------- probability (4)
# r10: X ~ Bin(40, 0.03), P(X ≤ 2)
r10 = float(stats.binom.cdf(2, 40, 0.03))
add("probability",
    "about 3% of printed brackets fail CT for porosity, independently. A build plate has 40 "
    "brackets. What's the probability that at most two of them fail?",
    {"rule": "number", "tol": 1.0e-6}, r10)

# r11: surface voids ~ Poisson(0.6 per 100 cm²); 250 cm² -> λ = 1.5; P(N ≥ 2) = 1 − e^{-1.5}(1 + 1.5)
lam = 0.6 * 250 / 100
r11 = float(stats.poisson.sf(1, lam))
assert abs(r11 - (1 - math.exp(-1.5) * 2.5)) < 1e-12
add("probability",
    "Surface voids on calendered sheet occur as a Poisson process, average 0.6 per 100 cm². "
    "For a 250 cm² test panel, P(two or more voids) = ?",
    {"rule": "number", "tol": 1.0e-6}, r11)

# r12: Shore A ~ N(65, 2.5²); P(60 < X < 68) = Φ(1.2) − Φ(−2)
r12 = float(stats.norm.cdf(68, 65, 2.5) - stats.norm.cdf(60, 65, 2.5))
add("probability",
    "shore A hardness of the seal compound is normal, μ = 65, σ = 2.5. what fraction of parts "
    "lands between 60 and 68 Shore A?",
    {"rule": "number", "tol": 1.0e-6}, r12)

# r13: Bayes: P(D) = 0.02, P(+|D) = 0.95, P(+|not D) = 0.04 -> P(D|+)
r13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.04)
add("probability",
    "Tyre X-ray line: 2 percent of tyres actually have a belt separation. The X-ray flags 95% of "
    "the bad ones and also flags 4% of the good ones. If a tyre gets flagged, what's the "
    "probability it really has a belt separation?",
    {"rule": "number", "tol": 1.0e-6}, r13)

# ---------------------------------------------------------------- hypothesis tests (4)
# r14: paired t on d = after − before; statistic = mean(d) / (sd(d)/√n)
before = [62, 65, 60, 68, 64, 63, 66, 61]
after = [66, 67, 63, 71, 65, 67, 68, 64]
res14 = stats.ttest_rel(after, before)
d = np.subtract(after, before)
assert abs(res14.statistic - d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))) < 1e-12
add("hypothesis_test",
    "Shore A on the same 8 specimens before and after 72 h oven ageing at 100 °C:\n"
    "before: 62 65 60 68 64 63 66 61\n"
    "after:  66 67 63 71 65 67 68 64\n"
    "paired t-test, differences taken as after − before. what's the t statistic?",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(res14.statistic))

# r15: Welch two-sample t-test (unequal variances), two-sided p-value
setA = [99.12, 99.35, 98.98, 99.41, 99.20, 99.05]
setB = [99.52, 99.61, 99.38, 99.70, 99.44, 99.58, 99.49]
res15 = stats.ttest_ind(setA, setB, equal_var=False)
add("hypothesis_test",
    "relative density (%) of cubes, two laser parameter sets. "
    "set A: 99.12, 99.35, 98.98, 99.41, 99.20, 99.05 | "
    "set B: 99.52, 99.61, 99.38, 99.70, 99.44, 99.58, 99.49. "
    "Welch t-test (no equal-variance assumption), two-sided — p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res15.pvalue))

# r16: Pearson chi-square test of independence on a 2x3 table (no continuity correction applies)
tab = np.array([[22, 15, 8], [18, 27, 10]])
chi2, p16, dof16, _ = stats.chi2_contingency(tab, correction=False)
add("hypothesis_test",
    "Defect type vs shift for last month's rejected prints:\n"
    "          porosity  lack-of-fusion  cracking\n"
    "day          22           15            8\n"
    "night        18           27           10\n"
    "Is defect type independent of shift? Give the Pearson chi-square statistic.",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(chi2))

# r17: REFUSE — no sample size and no standard deviation given, so no test statistic / p-value
add("hypothesis_test",
    "supplier claims mean elongation at break of 450% for their EPDM. our incoming lot averaged "
    "438%. is that significantly lower at α = 0.05? give me the p-value",
    {"rule": "refuse"}, None)

# ---------------------------------------------------------------- regression (2)
# r18: OLS slope of t90 on temperature
temp = [150, 155, 160, 165, 170, 175]
t90 = [14.2, 11.9, 10.1, 8.6, 7.0, 5.9]
lr18 = stats.linregress(temp, t90)
add("regression",
    "rheometer t90 (min) vs cure temperature (°C): 150→14.2, 155→11.9, 160→10.1, 165→8.6, "
    "170→7.0, 175→5.9. least-squares straight line of t90 on temperature, what is the slope?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr18.slope))

# r19: R² of simple linear regression of Ra on layer thickness
layer = [20, 30, 40, 50, 60, 80]
ra = [5.1, 6.8, 8.9, 9.7, 12.4, 15.8]
lr19 = stats.linregress(layer, ra)
add("regression",
    "Fit Ra = b0 + b1·(layer thickness) by ordinary least squares. Layer thickness (µm): 20, "
    "30, 40, 50, 60, 80. Measured Ra (µm): 5.1, 6.8, 8.9, 9.7, 12.4, 15.8. How much of the "
    "variation in Ra does the line explain (R²)?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(lr19.rvalue ** 2))

# ---------------------------------------------------------------- ANOVA (2)
# r20: one-way ANOVA F statistic, 3 powder lots x 5
lot1 = [4.41, 4.43, 4.40, 4.44, 4.42]
lot2 = [4.38, 4.39, 4.41, 4.37, 4.40]
lot3 = [4.43, 4.45, 4.44, 4.46, 4.42]
f20 = stats.f_oneway(lot1, lot2, lot3)
add("anova",
    "Three powder lots, five density measurements each (g/cm³):\n"
    "lot 1: 4.41 4.43 4.40 4.44 4.42\n"
    "lot 2: 4.38 4.39 4.41 4.37 4.40\n"
    "lot 3: 4.43 4.45 4.44 4.46 4.42\n"
    "one-way ANOVA — what's the F statistic?",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(f20.statistic))

# r21: one-way ANOVA p-value, 4 mixers, unequal group sizes
m1 = [52, 55, 53, 54]
m2 = [57, 58, 56, 59, 57]
m3 = [53, 52, 55, 54]
m4 = [56, 54, 57, 55, 56]
f21 = stats.f_oneway(m1, m2, m3, m4)
# cross-check with statsmodels
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
df21 = pd.DataFrame({"y": m1 + m2 + m3 + m4,
                     "g": ["m1"] * 4 + ["m2"] * 5 + ["m3"] * 4 + ["m4"] * 5})
aov = sm.stats.anova_lm(smf.ols("y ~ C(g)", df21).fit())
assert abs(aov["PR(>F)"].iloc[0] - f21.pvalue) < 1e-12
add("anova",
    "Mooney viscosity ML(1+4) from our four Banbury mixers. mixer 1: 52, 55, 53, 54; "
    "mixer 2: 57, 58, 56, 59, 57; mixer 3: 53, 52, 55, 54; mixer 4: 56, 54, 57, 55, 56. "
    "Do the mixers differ? one-way ANOVA p value",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(f21.pvalue))

# ---------------------------------------------------------------- design (3)
# r22: 2^4 corners x 2 replicates + 4 centre points = 36 runs
add("design",
    "planning a 2-level full factorial on 4 print parameters (laser power, scan speed, hatch "
    "spacing, layer thickness). every corner run done twice (2 replicates), plus 4 center "
    "points. total number of builds?",
    {"rule": "runs"}, 2**4 * 2 + 4)

# r23: central composite design, k = 3: 2^3 factorial + 2·3 axial + 6 centre = 20 runs
add("design",
    "How many runs in a central composite design for three factors (full 2³ factorial portion, "
    "axial/star points, and six center runs)?",
    {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r24: 2² design, AB interaction effect = (ab + (1) − a − b)/2 = (74 + 62 − 70 − 58)/2 = 4
y1, ya, yb, yab = 62, 70, 58, 74
r24 = (yab + y1 - ya - yb) / 2
add("design",
    "2x2 factorial, A = sulfur level, B = cure temperature, one run per cell, tensile "
    "modulus response. (1)=62, a=70, b=58, ab=74. Estimate the AB interaction effect.",
    {"rule": "number", "tol": 1.0e-6}, r24)

# ---------------------------------------------------------------- control charts (2)
# r25: X-bar chart UCL = X̿ + A2·R̄, A2(n=5) = 0.577
A2 = 0.577
r25 = 12.40 + A2 * 0.62
add("control_chart",
    "Xbar-R chart on bead width, 25 subgroups of n=5. grand mean 12.40 mm, Rbar = 0.62 mm. "
    "UCL for the Xbar chart?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r25)

# r26: p chart, 20 samples of 150, 66 total defectives: p̄ = 66/3000; UCL = p̄ + 3√(p̄(1−p̄)/150)
pbar = 66 / (20 * 150)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
add("control_chart",
    "We pull 150 tyres per shift for visual inspection; over the last 20 shifts we found 66 "
    "nonconforming tyres in total. Set up a p chart with 3-sigma limits: what is the upper "
    "control limit?",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# ---------------------------------------------------------------- capability (2)
# r27: Cpk = min(USL − μ, μ − LSL)/(3σ), spec 2.50 ± 0.05, μ = 2.512, σ = 0.011
usl, lsl, mu, sig = 2.55, 2.45, 2.512, 0.011
r27 = min(usl - mu, mu - lsl) / (3 * sig)
add("capability",
    "strut diameter spec is 2.50 ± 0.05 mm. process is stable, mean 2.512 mm, sigma 0.011 mm. "
    "Cpk?",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28: Ppk with overall sample sd (n−1), LSL 1.80, USL 2.20
wall = [1.98, 2.03, 1.95, 2.07, 2.01, 1.99, 2.05, 1.93, 2.02, 2.00, 2.06, 1.97]
m28, s28 = float(np.mean(wall)), float(np.std(wall, ddof=1))
r28 = min(2.20 - m28, m28 - 1.80) / (3 * s28)
add("capability",
    "wall thickness of printed lattice housings, spec 1.80–2.20 mm. twelve parts: 1.98 2.03 "
    "1.95 2.07 2.01 1.99 2.05 1.93 2.02 2.00 2.06 1.97. compute Ppk using the overall sample "
    "standard deviation (n−1 divisor).",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, r28)

# ---------------------------------------------------------------- sample size (1)
# r29: n = ceil((z_{0.975}·σ/E)²) = ceil((1.95996·4.5/1.5)²) = ceil(34.57) = 35
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 4.5 / 1.5) ** 2)
assert r29 == math.ceil((1.96 * 4.5 / 1.5) ** 2) == 35
add("sample_size",
    "How many tensile coupons do I need to estimate mean UTS to within ±1.5 MPa at 95% "
    "confidence, if σ is known to be about 4.5 MPa?",
    {"rule": "int", "key": "n"}, int(r29))

# ---------------------------------------------------------------- unit conversion (1)
# r30: 1200 mm/s -> in/min = 1200 / 25.4 · 60
r30 = 1200 / 25.4 * 60
add("unit_conversion",
    "convert a laser scan speed of 1200 mm/s to inches per minute",
    {"rule": "number", "tol": 1.0e-6}, r30)

# ---------------------------------------------------------------- write
from collections import Counter
assert len(items) == 30
counts = Counter(i["mode"] for i in items)
assert counts == {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4,
                  "hypothesis_test": 4, "regression": 2, "anova": 2, "design": 3,
                  "control_chart": 2, "capability": 2, "sample_size": 1,
                  "unit_conversion": 1}, counts
assert sum(i["compare"]["rule"] == "refuse" for i in items) <= 1

doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, additive-manufacturing engineer and rubber/tyre "
                   "compounding lab, mixed terse/chatty",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
out = os.path.join(HERE, f"{ROUND}.yaml")
with open(out, "w", encoding="utf-8") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
print("wrote", out)
for i in items:
    print(i["id"], i["mode"], i["compare"]["rule"], i["reference"])
