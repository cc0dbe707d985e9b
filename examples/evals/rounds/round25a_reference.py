"""Reference answers for round25a (automotive supplier QE / black-belt voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round25a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items) + 1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


x, t = sp.symbols("x t")

# r01: ∫0^50 85 e^(-0.02 t) dt = 4250 (1 - e^-1)
I1 = sp.integrate(85 * sp.exp(-sp.Rational(1, 50) * t), (t, 0, 50))
assert sp.simplify(I1 - 4250 * (1 - sp.exp(-1))) == 0
add("clamp load relaxation on the M10 flange bolts follows T(t) = 85·e^(−0.02t) N·m, t in hours.\n"
    "integral of T from t=0 to t=50 h? exact form pls",
    "calculus", {"rule": "expr"}, "4250*(1 - exp(-1))")

# r02: d/dx x^3 ln x = 3x^2 ln x + x^2
d2 = sp.diff(x**3 * sp.log(x), x)
assert sp.simplify(d2 - (3 * x**2 * sp.log(x) + x**2)) == 0
add("d/dx  x³·ln(x)", "calculus", {"rule": "expr"}, "3*x**2*log(x) + x**2")

# r03: limit (1-cos 3x)/x^2 -> 9/2
L3 = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert L3 == sp.Rational(9, 2)
add("lim as x→0 of (1 − cos 3x)/x²", "calculus", {"rule": "expr"}, "9/2")

# r04: ∫0^1 x e^{2x} dx = (e^2+1)/4
I4 = sp.integrate(x * sp.exp(2 * x), (x, 0, 1))
assert sp.simplify(I4 - (sp.exp(2) + 1) / 4) == 0
add("Black belt here, sanity-checking a weighting integral in our heat-affected-zone model "
    "before it goes into the weld spec. I need ∫ from 0 to 1 of x·e^(2x) dx, exact closed form, "
    "not a decimal.", "calculus", {"rule": "expr"}, "(exp(2) + 1)/4")

# r05: roots of 2x^2 - 7x + 3
r5 = sorted(float(r) for r in sp.solve(2 * x**2 - 7 * x + 3, x))
add("roots of 2x² − 7x + 3 = 0 ?", "algebra", {"rule": "set"}, r5)

# r06: 3a + 2b = 41, a - b = 2 -> a = 9, b = 7
a, b = sp.symbols("a b")
s6 = sp.solve([3 * a + 2 * b - 41, a - b - 2], [a, b])
add("Two transfer presses, a = strokes/min on press A, b = strokes/min on press B. From the "
    "shift log we've got 3a + 2b = 41 and a − b = 2. What is a?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(s6[a]))

# r07: 1200 + 3.5 n = 800 + 4.1 n -> n = 400/0.6 = 2000/3
n7 = sp.solve(sp.Rational(1200) + sp.Rational(7, 2) * x - (800 + sp.Rational(41, 10) * x), x)[0]
assert n7 == sp.Rational(2000, 3)
add("fixture make-vs-buy. Fixture 1: $1200 up front + $3.50/part labor. Fixture 2: $800 up front "
    "+ $4.10/part. at what part quantity are the total costs equal?",
    "algebra", {"rule": "number", "tol": 1.0e-4}, float(n7))

# r08: det of 3x3
M8 = np.array([[2, 1, 0], [1, 3, 1], [0, 1, 4]], dtype=float)
d8 = float(sp.Matrix(M8.astype(int).tolist()).det())
assert abs(d8 - np.linalg.det(M8)) < 1e-9
add("determinant of this stiffness matrix (3-spot weld bracket, toy model):\n"
    "[2 1 0]\n[1 3 1]\n[0 1 4]",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, d8)

# r09: eigenvalues of [[4,1],[2,3]] -> 5, 2
ev9 = sorted(float(v) for v in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add("eigenvalues of A = [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, ev9)

# r10: binomial P(X>=1), n=20, p=0.03 = 1 - 0.97^20
p10 = 1 - 0.97**20
assert abs(p10 - stats.binom.sf(0, 20, 0.03)) < 1e-12
add("supplier is running 3% defective on stamped brackets. I pull twenty parts at random "
    "(treat as independent / binomial). probability at least one of them is defective?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p10))

# r11: Poisson(2.4) P(X<=2)
p11 = float(stats.poisson.cdf(2, 2.4))
add("Porosity on the robotic MIG cell averages 2.4 defects per 100 welds, Poisson.\n"
    "What's the chance we see 2 or fewer porosity defects in the next 100 welds?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12: normal tail above USL in ppm: (1 - Phi(2.5)) * 1e6
p12 = float(stats.norm.sf(25.05, loc=25.00, scale=0.02) * 1e6)
add("bore dia ~ Normal(μ = 25.00 mm, σ = 0.02 mm), USL = 25.05 mm. expected ppm above USL?",
    "probability", {"rule": "number", "tol": 1.0e-3}, p12)

# r13: Bayes: P(crack | flag) = .95*.005 / (.95*.005 + .02*.995)
p13 = 0.95 * 0.005 / (0.95 * 0.005 + 0.02 * 0.995)
add("Our end-of-line vision system catches a cracked weld 95% of the time when the crack is "
    "really there, and false-alarms on 2% of good parts. Actual crack rate runs about 0.5%. "
    "A part just got flagged and kicked to the reject chute — what's the probability it's "
    "actually cracked?", "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14: one-sample t, two-sided, H0 mu = 0.120
d14 = [0.118, 0.125, 0.131, 0.122, 0.127, 0.119, 0.129, 0.124]
r14 = stats.ttest_1samp(d14, 0.120)
add("Customer drawing calls for mean flatness 0.120 mm. Measured 8 panels off the new die:\n"
    "0.118 0.125 0.131 0.122 0.127 0.119 0.129 0.124\n"
    "one-sample t test against 0.120, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t, two-sided
A15 = [412, 405, 418, 409, 415, 420, 411]
B15 = [398, 404, 401, 410, 396, 403]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add("Comparing tensile strength (MPa) of coil from two steel mills.\n"
    "Mill A: 412 405 418 409 415 420 411\n"
    "Mill B: 398 404 401 410 396 403\n"
    "Welch t-test (unequal variances), two-sided. p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: chi-square test of independence on 2x3 table (no Yates; df=2)
T16 = np.array([[22, 8, 15], [30, 12, 10]])
chi16, p16, dof16, _ = stats.chi2_contingency(T16, correction=False)
assert dof16 == 2
add("defect type by shift, stamping line 4:\n"
    "shift | burr | split | wrinkle\n"
    "1st   |  22  |   8   |   15\n"
    "2nd   |  30  |  12   |   10\n"
    "chi-square test of independence — what's the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi16))

# r17: REFUSE — two-sample pooled t without any standard deviations / raw data
add("Supplier A mean hardness 52.3 HRC on 10 parts, Supplier B mean 50.1 HRC on 10 parts. "
    "pooled two-sample t test, two-sided, what's the p-value?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18: OLS slope nugget dia on weld current
x18 = [8.0, 8.5, 9.0, 9.5, 10.0, 10.5]
y18 = [5.1, 5.4, 5.8, 6.0, 6.4, 6.7]
r18 = stats.linregress(x18, y18)
add("weld current (kA) vs nugget diameter (mm), resistance spot weld study:\n"
    "8.0  5.1\n8.5  5.4\n9.0  5.8\n9.5  6.0\n10.0 6.4\n10.5 6.7\n"
    "least-squares fit of nugget dia on current — slope?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19: R^2 of simple linear fit tonnage on thickness
x19 = [1.0, 1.2, 1.4, 1.6, 1.8, 2.0]
y19 = [212, 238, 251, 279, 296, 322]
r19 = stats.linregress(x19, y19)
add("press tonnage vs blank thickness. x = thickness (mm): 1.0 1.2 1.4 1.6 1.8 2.0 ; "
    "y = peak tonnage: 212 238 251 279 296 322. R² of the straight-line fit?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(r19.rvalue**2))

# r20: one-way ANOVA F statistic, 3 weld cells
g20 = [[7.2, 7.5, 7.1, 7.4, 7.3], [7.8, 7.6, 8.0, 7.7, 7.9], [7.3, 7.2, 7.6, 7.4, 7.5]]
r20 = stats.f_oneway(*g20)
add("Pull-test strength (kN), three weld cells, 5 coupons each:\n"
    "Cell 1: 7.2 7.5 7.1 7.4 7.3\n"
    "Cell 2: 7.8 7.6 8.0 7.7 7.9\n"
    "Cell 3: 7.3 7.2 7.6 7.4 7.5\n"
    "one-way ANOVA, F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r20.statistic))

# r21: one-way ANOVA p-value, 4 lubricants, unequal n
g21 = [[2.1, 2.4, 2.2, 2.5], [2.6, 2.8, 2.7], [2.3, 2.2, 2.4, 2.1, 2.3], [2.9, 2.7, 3.0, 2.8]]
r21 = stats.f_oneway(*g21)
add("springback angle (deg) by die lube — is there a difference? one-way ANOVA p-value\n"
    "Lube A: 2.1, 2.4, 2.2, 2.5\n"
    "Lube B: 2.6, 2.8, 2.7\n"
    "Lube C: 2.3, 2.2, 2.4, 2.1, 2.3\n"
    "Lube D: 2.9, 2.7, 3.0, 2.8",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22: 2^(7-3) fractional factorial = 16 runs
add("how many runs in a 2^(7−3) fractional factorial? no center points, single replicate",
    "design", {"rule": "runs"}, 2 ** (7 - 3))

# r23: CCD, 3 factors: 2^3 + 2*3 axial + 6 center = 20
add("Planning a central composite design for laser brazing — 3 factors (power, travel speed, "
    "wire feed). Full 2³ factorial core, the 6 axial/star points, and 6 center points. "
    "Total number of runs?", "design", {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r24: 2^2 AB interaction effect (contrast/2): (20 + 45 - 30 - 25)/2 = 5
y24 = {(-1, -1): 20, (1, -1): 30, (-1, 1): 25, (1, 1): 45}
ab24 = sum(A * B * y for (A, B), y in y24.items()) / 2
add("2² DOE on clinch joint push-out strength, one replicate:\n"
    "A−, B−: 20\nA+, B−: 30\nA−, B+: 25\nA+, B+: 45\n"
    "AB interaction effect? (effect = contrast/2, i.e. Montgomery-style effect, "
    "not the regression coefficient)",
    "design", {"rule": "number", "tol": 1.0e-6}, float(ab24))

# r25: Xbar chart UCL = Xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 12.500 + 0.577 * 0.30
add("X-bar/R chart on shaft OD, subgroups of 5, X-double-bar = 12.500 mm, R-bar = 0.30 mm. "
    "UCL on the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26: p chart UCL, pbar = 150/(25*200) = 0.03, n = 200
pbar = 150 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("twenty-five daily samples of 200 brackets each, 150 defectives total across all of them. "
    "3-sigma p chart — upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl26)

# r27: Cpk with sigma = Rbar/d2 = 0.07/2.326; min((10.15-10.04),(10.04-9.85))/(3 sigma)
s27 = 0.07 / 2.326
cpk27 = min(10.15 - 10.04, 10.04 - 9.85) / (3 * s27)
add("PPAP capability study on a pierced hole: spec 10.00 ± 0.15 mm, X-double-bar = 10.04, "
    "R-bar = 0.07 from subgroups of n = 5 (d2 = 2.326). Cpk using within sigma = R-bar/d2?",
    "capability", {"rule": "number", "tol": 1.0e-3, "key": "cpk"}, cpk27)

# r28: Ppk from raw data with overall sample sd (ddof=1)
d28 = np.array([5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.06, 5.00, 4.99, 5.04, 5.02, 5.01])
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk28 = min(5.10 - m28, m28 - 4.90) / (3 * s28)
add("Ppk for hole position, LSL 4.90 / USL 5.10, use overall sample std dev (n−1):\n"
    "5.02 4.98 5.05 5.01 4.97 5.03 5.06 5.00 4.99 5.04 5.02 5.01",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(ppk28))

# r29: n = ceil((z_.975 * sigma / E)^2) = ceil((1.95996*0.05/0.02)^2) = ceil(24.01) = 25
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.05 / 0.02) ** 2)
add("How many parts do I need to measure to estimate the mean flush gap within ±0.02 mm at 95% "
    "confidence? σ ≈ 0.05 mm, treat it as known (z-based). round up.",
    "sample_size", {"rule": "int", "key": "n"}, int(n29))

# r30: 45 ft·lbf to N·m; 1 ft·lbf = 0.3048 m * 4.4482216152605 N
nm30 = 45 * 0.3048 * 4.4482216152605
add("45 ft·lbf → N·m", "unit_conversion", {"rule": "number", "tol": 1.0e-4}, nm30)

assert len(items) == 30
from collections import Counter
cnt = Counter(i["mode"] for i in items)
assert cnt == Counter(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4,
                      regression=2, anova=2, design=3, control_chart=2, capability=2,
                      sample_size=1, unit_conversion=1), cnt
assert sum(i["compare"]["rule"] == "refuse" for i in items) == 1

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, automotive supplier quality engineer / "
                      "six-sigma black belt (PPAP, stamping, welding, torque)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
