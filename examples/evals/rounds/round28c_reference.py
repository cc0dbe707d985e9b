"""Reference answers for round28c: textile/paper mill engineer + steel mill metallurgist voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round28c"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x")

# r01 calculus: dT/dt of T=25+875 e^{-t/40} at t=40 -> -875/40 * e^-1 = -175/(8e)
T = 25 + 875 * sp.exp(-t / 40)
r01 = sp.simplify(sp.diff(T, t).subs(t, 40))
assert sp.simplify(r01 - sp.Rational(-175, 8) * sp.exp(-1)) == 0
add("Coil cooling on the run-out yard follows T(t) = 25 + 875·e^(−t/40) °C with t in minutes. "
    "What's the instantaneous cooling rate dT/dt at t = 40 min? Exact form please (°C/min, negative "
    "means cooling).", "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: mean of 80+3 sin(pi x/5) over [0,5] = 80 + 6/pi
w = 80 + 3 * sp.sin(sp.pi * x / 5)
r02 = sp.simplify(sp.integrate(w, (x, 0, 5)) / 5)
assert sp.simplify(r02 - (80 + 6 / sp.pi)) == 0
add("cross-machine basis weight profile on PM3 is roughly w(x) = 80 + 3 sin(πx/5) g/m², x = position "
    "across the 5 m deckle from 0 to 5. what's the average basis weight over the full width? exact "
    "answer", "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: d/dx x^3 ln x = 3x^2 ln x + x^2
r03 = sp.diff(x**3 * sp.log(x), x)
add("d/dx [x^3 ln(x)]", "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: open-top square-base bin, V=4 m^3, minimize area x^2+4xh, h=4/x^2 -> x=2
A = x**2 + 4 * x * (4 / x**2)
crit = [c for c in sp.solve(sp.diff(A, x), x) if c.is_real and c > 0]
assert crit == [2]
add("We're fabricating open-top scrap bins from plate: square base, vertical sides, no lid, and each "
    "bin must hold exactly 4 m³. To use the least plate area, what should the side length of the "
    "square base be, in metres?", "calculus", {"rule": "expr"}, str(crit[0]))

# r05 algebra: roots of 2t^2 - 7t + 3 = 0 -> 1/2, 3
r05 = sorted(float(r) for r in sp.solve(2 * t**2 - 7 * t + 3, t))
add("solve 2t² − 7t + 3 = 0 for t", "algebra", {"rule": "set"}, r05)

# r06 algebra: 0.45x + 0.12(1.5-x) = 0.30*1.5 -> x = 9/11 t
xs = sp.symbols("x_s")
r06 = sp.solve(sp.Rational(45, 100) * xs + sp.Rational(12, 100) * (sp.Rational(3, 2) - xs)
               - sp.Rational(30, 100) * sp.Rational(3, 2), xs)[0]
assert r06 == sp.Rational(9, 11)
add("Charge make-up question. I have two scrap grades: one at 0.12 wt% C and one at 0.45 wt% C. I "
    "need 1.5 tonnes total blended to exactly 0.30 wt% C (ignore losses, linear mixing). How many "
    "tonnes of the 0.45% C scrap go in? Give it as an exact fraction.", "algebra",
    {"rule": "expr"}, str(r06))

# r07 algebra: 3a+2b=1900, a+4b=1800 -> a=400, b=350
a, b = sp.symbols("a b")
sol = sp.solve([3 * a + 2 * b - 1900, a + 4 * b - 1800], [a, b])
assert sol[a] == 400 and sol[b] == 350
add("Two winders, A and B, each run at a fixed speed (m/min). Running A for 3 min and B for 2 min "
    "winds 1900 m of yarn total; running A for 1 min and B for 4 min winds 1800 m. What's winder A's "
    "speed in m/min?", "algebra", {"rule": "expr"}, str(sol[a]))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
r08 = sorted(float(k) for k in M.eigenvals())
assert r08 == [2.0, 5.0]
add("eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: det of 3x3 = 24
M3 = sp.Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]])
r09 = M3.det()
assert r09 == 24
add("Need the determinant of this coefficient matrix from our roll-gap model:\n\n"
    "    2   -1    0\n    1    3    2\n    0    1    4\n", "linear_algebra",
    {"rule": "expr"}, str(r09))

# r10 probability: Poisson(1.8), P(X<=2)
r10 = float(stats.poisson.cdf(2, 1.8))
add("Surface defects on hot-rolled coils average 1.8 per coil and behave like a Poisson process. "
    "Probability that a randomly picked coil has at most two defects?", "probability",
    {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: Binomial(12, 0.06), P(X=1)
r11 = float(stats.binom.pmf(1, 12, 0.06))
add("ring frame: each of 12 bobbins independently has a 6% chance of an end break during the doff. "
    "P(exactly one break)?", "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: N(58, 1.5), P(56 < X < 61)
r12 = float(stats.norm.cdf(61, 58, 1.5) - stats.norm.cdf(56, 58, 1.5))
add("Hardness after quench-and-temper is normally distributed with mean 58 HRC and standard deviation "
    "1.5 HRC. What fraction of parts land between 56 and 61 HRC?", "probability",
    {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes. P(B|def) = 0.4*0.05 / (0.6*0.02 + 0.4*0.05) = 5/8
r13 = sp.Rational(4, 10) * sp.Rational(5, 100) / (sp.Rational(6, 10) * sp.Rational(2, 100)
                                                  + sp.Rational(4, 10) * sp.Rational(5, 100))
assert r13 == sp.Rational(5, 8)
add("Furnace A heat-treats 60% of our bar stock and 2% of its output fails the hardness check; "
    "furnace B does the other 40% with a 5% failure rate. A bar fails. Probability it came from "
    "furnace B?", "probability", {"rule": "expr"}, str(r13))

# r14 hypothesis test: one-sample t, H0 mu=7.0, two-sided p-value
d14 = [7.21, 6.94, 7.35, 7.08, 7.30, 6.99, 7.27, 7.15, 7.40, 7.02]
res14 = stats.ttest_1samp(d14, 7.0)
add("Kraft liner tensile (kN/m), MD, ten reels off the same grade run:\n"
    "7.21 6.94 7.35 7.08 7.30 6.99 7.27 7.15 7.40 7.02\n"
    "Target is 7.0 kN/m. One-sample t-test, two-sided, H0: mean = 7.0. What's the p-value?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(res14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided p-value
l1 = [2.012, 2.018, 2.005, 2.021, 2.010, 2.015, 2.008]
l2 = [2.020, 2.031, 2.016, 2.027, 2.024, 2.035, 2.019, 2.029]
res15 = stats.ttest_ind(l1, l2, equal_var=False)
add("cold mill coil thickness (mm), gauge readings from two lines:\n\n"
    "  line 1:  2.012  2.018  2.005  2.021  2.010  2.015  2.008\n"
    "  line 2:  2.020  2.031  2.016  2.027  2.024  2.035  2.019  2.029\n\n"
    "Welch t-test (unequal variances), two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(res15.pvalue))

# r16 hypothesis test: chi-square independence 2x3 (no continuity correction applies), statistic
tab16 = np.array([[34, 51, 15], [22, 63, 25]])
chi2, p16, dof16, _ = stats.chi2_contingency(tab16, correction=False)
add("Is defect type independent of shift? Counts from last month's slab inspection:\n\n"
    "             edge crack   scale   pinhole\n"
    "  day            34         51       15\n"
    "  night          22         63       25\n\n"
    "Give me the Pearson chi-square statistic for the test of independence.", "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1.0e-4}, float(chi2))

# r17 hypothesis test: REFUSE -- two-sample comparison with no standard deviations or raw data
add("Line A averaged 412 MPa yield over 10 tensile coupons, line B averaged 405 MPa over 10 coupons. "
    "Two-sample t-test at alpha = 0.05, two-sided: what's the p-value for the difference?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of HRC on tempering temperature
temp = np.array([400, 450, 500, 550, 600, 650], float)
hrc = np.array([55.1, 52.8, 50.2, 47.9, 45.1, 42.6])
lr18 = stats.linregress(temp, hrc)
add("Tempering trials on 4140, hardness vs tempering temperature:\n\n"
    "  temp_C   HRC\n"
    "   400    55.1\n"
    "   450    52.8\n"
    "   500    50.2\n"
    "   550    47.9\n"
    "   600    45.1\n"
    "   650    42.6\n\n"
    "Fit a least-squares straight line HRC = b0 + b1*temp. What is the slope b1 (HRC per °C)?",
    "regression", {"rule": "number", "key": "slope", "tol": 1.0e-6}, float(lr18.slope))

# r19 regression: R^2 of tensile index on basis weight
bw = np.array([60, 65, 70, 75, 80, 85, 90, 95], float)
ti = np.array([41.2, 43.0, 45.9, 46.8, 49.5, 50.1, 53.4, 54.0])
lr19 = stats.linregress(bw, ti)
add("basis weight g/m2 = 60 65 70 75 80 85 90 95 ; tensile N·m/g = 41.2 43.0 45.9 46.8 49.5 50.1 "
    "53.4 54.0 -- R² of the simple linear regression of tensile on basis weight?", "regression",
    {"rule": "number", "key": "r_squared", "tol": 1.0e-6}, float(lr19.rvalue**2))

# r20 anova: one-way ANOVA F statistic, 3 furnaces
f1 = [61.2, 60.8, 61.5, 60.9, 61.1]
f2 = [60.4, 60.1, 60.7, 60.3, 60.6]
f3 = [61.0, 61.4, 60.9, 61.6, 61.3]
res20 = stats.f_oneway(f1, f2, f3)
add("We suspect the three batch furnaces don't give the same case hardness. Five parts from each "
    "(HRC):\n\n"
    "  Furnace 1: 61.2, 60.8, 61.5, 60.9, 61.1\n"
    "  Furnace 2: 60.4, 60.1, 60.7, 60.3, 60.6\n"
    "  Furnace 3: 61.0, 61.4, 60.9, 61.6, 61.3\n\n"
    "One-way ANOVA — what's the F statistic?", "anova",
    {"rule": "number", "key": "statistic", "tol": 1.0e-4}, float(res20.statistic))

# r21 anova: one-way ANOVA p-value, 4 yarn suppliers (tenacity cN/tex)
s = {"A": [15.2, 14.8, 15.6, 15.1],
     "B": [14.6, 14.9, 14.3, 14.7],
     "C": [15.4, 15.9, 15.3, 15.7],
     "D": [14.9, 15.2, 14.8, 15.3]}
res21 = stats.f_oneway(*s.values())
add("single-factor anova p value, yarn tenacity cN/tex by supplier\n\n"
    "  A     B     C     D\n"
    "15.2  14.6  15.4  14.9\n"
    "14.8  14.9  15.9  15.2\n"
    "15.6  14.3  15.3  14.8\n"
    "15.1  14.7  15.7  15.3\n", "anova",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(res21.pvalue))

# r22 design: 2^(7-3) fractional factorial, no replicates/center points -> 16 runs
add("Screening seven refiner/headbox factors with a 2^(7−3) fractional factorial, no center points, "
    "no replication. How many runs is that?", "design", {"rule": "runs"}, 2 ** (7 - 3))

# r23 design: CCD, 3 factors: 2^3 factorial + 2*3 axial + 6 center = 20
add("how many runs in a central composite design for 3 factors (full 2^3 factorial cube, axial "
    "points, 6 center points)?", "design", {"rule": "runs"}, 2 ** 3 + 2 * 3 + 6)

# r24 design: AB interaction effect in replicated 2^2 (difference-of-averages convention)
runs = {(-1, -1): [28, 31], (1, -1): [36, 34], (-1, 1): [18, 20], (1, 1): [31, 29]}
ab = np.mean([np.mean(v) * a_ * b_ for (a_, b_), v in runs.items()]) * 2
assert abs(ab - 2.75) < 1e-12
add("2^2 on the calender, two replicates per cell, response = sheet tensile (kN/m). A = nip load, "
    "B = speed.\n\n"
    "   A    B    rep1   rep2\n"
    "   -    -     28     31\n"
    "   +    -     36     34\n"
    "   -    +     18     20\n"
    "   +    +     31     29\n\n"
    "Estimate the AB interaction effect (effect = difference of averages, not the regression "
    "coefficient).", "design", {"rule": "number", "tol": 1.0e-6}, float(ab))

# r25 control chart: Xbar-R, n=5, A2=0.577; UCL = 2.485 + 0.577*0.042
r25 = 2.485 + 0.577 * 0.042
add("X-bar/R chart for strip thickness. 25 subgroups of 5, grand mean 2.485 mm, average range "
    "0.042 mm. Upper control limit for the X-bar chart?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-4}, r25)

# r26 control chart: p-chart, 20 samples of 200, 150 defectives -> pbar=0.0375; UCL
pbar = 150 / (20 * 200)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("p chart for sheet rejects: we pulled 20 samples of 200 sheets each and found 150 rejects in "
    "total. What's the UCL (3-sigma)?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-4}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = (62-58.9)/2.4
r27 = min(62 - 58.9, 58.9 - 55) / (3 * 0.8)
add("Spec on the gear blanks is 55 to 62 HRC. Process is stable, mean 58.9 HRC, sigma 0.8 HRC. "
    "Cpk?", "capability", {"rule": "number", "key": "cpk", "tol": 1.0e-6}, r27)

# r28 capability: Ppk with overall sample SD (n-1), spec 75-81 g/m2
d28 = np.array([78.4, 77.9, 79.1, 78.6, 78.0, 79.4, 78.8, 77.6, 78.3, 79.0, 78.5, 78.9])
m28, s28 = d28.mean(), d28.std(ddof=1)
r28 = min(81 - m28, m28 - 75) / (3 * s28)
add("Basis weight spec 75–81 g/m². Twelve consecutive reel readings: 78.4 77.9 79.1 78.6 78.0 79.4 "
    "78.8 77.6 78.3 79.0 78.5 78.9. Compute Ppk using the overall sample standard deviation (n−1).",
    "capability", {"rule": "number", "key": "ppk", "tol": 1.0e-6}, float(r28))

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.959964*9/2)^2) = 78
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 9 / 2) ** 2)
assert r29 == 78
add("How many yarn skeins do I need to test to estimate mean breaking force within ±2 N at 95% "
    "confidence? Historical σ is 9 N; use the normal (z) approximation.", "sample_size",
    {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 75 g/m^2 -> oz/yd^2; 1 oz = 28.349523125 g, 1 yd^2 = 0.83612736 m^2
r30 = 75 / (28.349523125 / 0.83612736)
add("convert 75 g/m² to oz/yd²", "unit_conversion", {"rule": "number", "tol": 1.0e-6}, r30)

assert len(items) == 30
from collections import Counter
want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4,
            regression=2, anova=2, design=3, control_chart=2, capability=2, sample_size=1,
            unit_conversion=1)
assert Counter(i["mode"] for i in items) == Counter(want)
assert sum(i["compare"]["rule"] == "refuse" for i in items) <= 1

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, textile/paper mill engineer and steel mill "
                      "metallurgist (basis weight, tensile, yarn, coil gauge, HRC, furnaces)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
