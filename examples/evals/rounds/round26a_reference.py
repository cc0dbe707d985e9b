"""Reference answers for round26a (aerospace composites/NDT + metrology lab voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round26a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, r, x = sp.symbols("t r x")

# r01 calculus: d/dt [1 - exp(-t/45)] = exp(-t/45)/45
d1 = sp.simplify(sp.diff(1 - sp.exp(-t / 45), t))
add("Hi all, following up on the cure kinetics discussion from Tuesday's MRB. For the 350°F "
    "hold we are modelling degree of cure as α(t) = 1 − e^(−t/45), t in minutes. Quality would "
    "rather see the cure RATE than the cure fraction on the traveller, so could someone give me "
    "dα/dt as an expression in t? Thanks, Dave", "calculus", {"rule": "expr"}, str(d1))

# r02 calculus: integral_0^4 (3t^2 - 2t + 5) dt = 64 - 16 + 20 = 68
e2 = sp.integrate(3 * t**2 - 2 * t + 5, (t, 0, 4))
add("Metrology lab energy question for the facilities audit. The thermal chamber controller "
    "logs heater power as P(t) = 3t² − 2t + 5 kW (t in hours) during the soak before we start "
    "the CMM runs on the wing ribs. The soak is four hours long, starting at t = 0. How many kWh "
    "does the chamber use over the soak?", "calculus", {"rule": "number", "tol": 1.0e-6},
    float(e2))

# r03 calculus: max of 20 + 160 t exp(-t/30): T' = 0 at t = 30 -> 20 + 4800/e
T = 20 + 160 * t * sp.exp(-t / 30)
crit = sp.solve(sp.diff(T, t), t)
assert crit == [30]
Tmax = sp.simplify(T.subs(t, 30))
add("Thermocouple TC-7 on the thick-section spar lay-up lags the tool badly during the "
    "exotherm. Our curve fit of the trace is T(t) = 20 + 160·t·e^(−t/30) °C with t in minutes "
    "(t ≥ 0). What peak part temperature does that model predict? Exact form is fine, I just "
    "want to compare it with the 180 °C limit.", "calculus", {"rule": "expr"}, str(Tmax))

# r04 calculus: V = r^3 ln r ; V'' = 6 r ln r + 5 r
d4 = sp.expand(sp.diff(r**3 * sp.log(r), r, 2))
add("quick one: second derivative d²V/dr² of V(r) = r³·ln(r)  (void growth model, r in µm, r>0)",
    "calculus", {"rule": "expr"}, str(d4))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> 1/2, 3
roots5 = sorted(float(v) for v in sp.solve(2 * x**2 - 7 * x + 3, x))
add("The tooling guys reduced the shim-stack fit to 2x² − 7x + 3 = 0 (x in mm). What are the "
    "roots?", "algebra", {"rule": "set"}, roots5)

# r06 algebra: a + b = 500, 0.30a + 0.55b = 0.40*500 -> a = 300
a, b = sp.symbols("a b")
s6 = sp.solve([a + b - 500, sp.Rational(30, 100) * a + sp.Rational(55, 100) * b - 200], [a, b])
add("We have two part-used batches of the same epoxy system that came back from the lab at "
    "different hardener contents: batch A at 30% hardener by mass and batch B at 55%. For the "
    "repair kit trials I need 500 g of blend at exactly 40% hardener, using only A and B. How "
    "many grams of batch A go into the pot?", "algebra", {"rule": "number", "tol": 1.0e-6},
    float(s6[a]))

# r07 algebra: 1 - exp(-0.021 t) = 0.98 -> t = ln(50)/0.021
t7 = math.log(50) / 0.021
add("Follow-up to the kinetics email. If we assume first-order behaviour, α(t) = 1 − exp(−0.021·t) "
    "with t in minutes, how long into the hold do we reach 98% degree of cure?", "algebra",
    {"rule": "number", "tol": 1.0e-6}, t7)

# r08 linear algebra: eigenvalues of block matrix: 2 and eig([[3,4],[4,9]]) = 6 ± 5 -> 1, 2, 11
M8 = np.array([[2, 0, 0], [0, 3, 4], [0, 4, 9]], dtype=float)
ev8 = sorted(float(v) for v in sp.Matrix(M8.astype(int)).eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(M8)), ev8)
add("The laminate code spat out this symmetric 3×3 for the reduced stiffness check (units are "
    "GPa but ignore that):\n  row 1:  2  0  0\n  row 2:  0  3  4\n  row 3:  0  4  9\n"
    "What are its eigenvalues? Want to confirm it is positive definite before I send it on.",
    "linear_algebra", {"rule": "set"}, ev8)

# r09 linear algebra: det [[4,2,1],[3,5,2],[1,1,6]] = 78
det9 = sp.Matrix([[4, 2, 1], [3, 5, 2], [1, 1, 6]]).det()
add("CMM alignment sanity check — det of A = [4 2 1; 3 5 2; 1 1 6] ? just making sure the "
    "transform isn't singular", "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(det9))

# r10 probability: Poisson(2.3), P(X >= 4) = 1 - P(X <= 3)
p10 = float(stats.poisson.sf(3, 2.3))
add("Porosity voids show up on the C-scans at an average of 2.3 per panel, and the counts fit a "
    "Poisson distribution nicely (we checked last quarter). What is the probability that a given "
    "panel shows four or more voids?", "probability", {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: Binomial(12, 0.9), P(X >= 10)
p11 = float(stats.binom.sf(9, 12, 0.9))
add("Hi, for the NDT level 3 review: the POD of the phased-array procedure for the 2 mm "
    "flat-bottom holes is 0.90 per flaw and detections are independent. The reference panel has "
    "twelve seeded flaws. What's the chance the inspector finds at least 10 of the 12?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: Normal(0.184, 0.006), P(X > 0.195)
p12 = float(stats.norm.sf(0.195, loc=0.184, scale=0.006))
add("cured ply thickness ~ normal, μ = 0.184 mm, σ = 0.006 mm. what fraction of plies come out "
    "thicker than 0.195 mm?", "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Bayes: 0.03*0.92 / (0.03*0.92 + 0.97*0.05)
p13 = 0.03 * 0.92 / (0.03 * 0.92 + 0.97 * 0.05)
add("Bayes question that came up at the NDT review board. Disbond prevalence in this lot of "
    "honeycomb panels is about 3%. The bond tester flags 92% of real disbonds, and it gives a "
    "false call on 5% of good panels. If a panel gets flagged, what is the probability it "
    "actually has a disbond?", "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis: one-sample t, two-sided, mu0 = 600
d14 = [612, 598, 625, 607, 619, 603, 615, 610]
res14 = stats.ttest_1samp(d14, 600)
add("Tensile coupons from panel lot 2217 came back this morning. Ultimate strengths in MPa were "
    "612, 598, 625, 607, 619, 603, 615 and 610. The drawing nominal is 600 MPa. Can you run a "
    "one-sample t test against 600 MPa, two-sided, α = 0.05, and tell me the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res14.pvalue))

# r15 hypothesis: Welch two-sample t, two-sided
A15 = [1.8, 2.1, 1.6, 2.4, 1.9, 2.2]
B15 = [1.2, 1.5, 1.1, 1.7, 1.4, 1.3, 1.6]
res15 = stats.ttest_ind(A15, B15, equal_var=False)
add("Comparing the two autoclave cycles on void content (porosity %, acid digestion):\n"
    "Cycle A: 1.8 2.1 1.6 2.4 1.9 2.2\n"
    "Cycle B: 1.2 1.5 1.1 1.7 1.4 1.3 1.6\n"
    "Welch's t-test (don't assume equal variances), two-sided. What p-value do you get?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res15.pvalue))

# r16 hypothesis: paired t statistic on d = CMM - tracker
cmm = [25.012, 40.007, 12.503, 60.021, 33.340, 18.765, 50.002, 27.118]
trk = [25.018, 40.011, 12.506, 60.024, 33.348, 18.766, 50.009, 27.121]
res16 = stats.ttest_rel(cmm, trk)
table16 = "\n".join(f"  {i+1}  | {c:.3f} | {k:.3f}" for i, (c, k) in enumerate(zip(cmm, trk)))
add("Lab manager here. We measured the same eight features on the bridge CMM and then on the "
    "laser tracker to see whether the tracker reads systematically high. Data (mm):\n"
    "  feat | CMM    | tracker\n" + table16 + "\n"
    "Paired t test on the differences taken as CMM minus tracker — what is the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(res16.statistic))

# r17 hypothesis: Pearson chi-square independence on 2x3 table (no continuity correction applies)
obs17 = np.array([[28, 31, 45], [12, 15, 22]])
chi17 = stats.chi2_contingency(obs17, correction=False)
assert chi17.expected_freq.min() > 5
add("Defect type vs shift, counts from last quarter's NDT log:\n"
    "              day   swing   night\n"
    "  porosity     28     31      45\n"
    "  delam        12     15      22\n"
    "Is defect type independent of shift? Pearson chi-square test of independence, I just need "
    "the p-value for the report.", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(chi17.pvalue))

# r18 regression: OLS slope of reading on nominal
nom18 = [10, 25, 50, 75, 100]
rd18 = [10.003, 25.004, 50.009, 75.011, 100.016]
res18 = stats.linregress(nom18, rd18)
add("Calibrating the new height gauge against the grade 0 gauge blocks. Nominal sizes were 10, "
    "25, 50, 75 and 100 mm and the gauge read 10.003, 25.004, 50.009, 75.011 and 100.016 mm "
    "respectively. If I fit an ordinary least-squares line of reading against nominal, what is "
    "the slope?", "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(res18.slope))

# r19 regression: R^2 of straight-line fit strain vs load
load19 = [2, 4, 6, 8, 10, 12]
str19 = [410, 805, 1230, 1610, 2040, 2395]
res19 = stats.linregress(load19, str19)
add("load (kN): 2 4 6 8 10 12\nmicrostrain: 410 805 1230 1610 2040 2395\n"
    "R² of a straight line fit of microstrain on load?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(res19.rvalue**2))

# r20 anova: one-way ANOVA p-value, ILSS by resin batch
b1 = [68.2, 70.1, 69.5, 67.8, 71.0]
b2 = [72.4, 73.1, 71.8, 74.0, 72.9]
b3 = [69.9, 70.5, 68.7, 71.2, 70.0]
res20 = stats.f_oneway(b1, b2, b3)
add("Short-beam shear (ILSS, MPa) results from three resin batches, five coupons each:\n"
    "Batch 1: 68.2, 70.1, 69.5, 67.8, 71.0\n"
    "Batch 2: 72.4, 73.1, 71.8, 74.0, 72.9\n"
    "Batch 3: 69.9, 70.5, 68.7, 71.2, 70.0\n"
    "Does batch matter? Please run a one-way ANOVA and send me the p-value.", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res20.pvalue))

# r21 anova: one-way ANOVA F statistic, 4 operators
o1 = [9.998, 10.001, 9.999, 10.002]
o2 = [10.003, 10.005, 10.002, 10.004]
o3 = [9.997, 10.000, 9.998, 9.999]
o4 = [10.001, 10.003, 10.000, 10.002]
res21 = stats.f_oneway(o1, o2, o3, o4)
add("Four of my techs each measured the same 10 mm pin four times on the bench micrometer "
    "(readings in mm). Anna got 9.998, 10.001, 9.999, 10.002; Ben got 10.003, 10.005, 10.002, "
    "10.004; Chris got 9.997, 10.000, 9.998, 9.999; and Dee got 10.001, 10.003, 10.000, 10.002. "
    "Treating operator as the single factor in a one-way ANOVA, what's the F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res21.statistic))

# r22 design: 2^4 full factorial + 3 center points, unreplicated -> 19
add("Planning a cure-cycle DOE on the new prepreg: ramp rate, hold temperature, hold time and "
    "autoclave pressure, each at two levels, full factorial, single replicate, plus three centre "
    "points. How many panels (runs) do I need to book autoclave time for?", "design",
    {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(7-3) fractional factorial, two replicates -> 32
add("2^(7−3) fractional factorial for the drilling trial, run in two full replicates, no centre "
    "points. total number of runs?", "design", {"rule": "runs"}, 2**(7 - 3) * 2)

# r24 design: CCD, 3 factors: 2^3 factorial + 2*3 axial + 6 centre = 20
add("For the resin-injection RTM study we'd like a central composite design in three factors "
    "(full 2³ factorial cube, the usual axial/star points), with six centre points. What is the "
    "total run count?", "design", {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r25 control chart: Xbar chart UCL = Xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 12.004 + 0.577 * 0.011
add("Setting up an X̄–R chart for the bore diameter on the fitting. Subgroups of 5 parts, 25 "
    "subgroups so far, grand mean 12.004 mm and average range R̄ = 0.011 mm. What's the upper "
    "control limit for the X̄ chart?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl25)

# r26 control chart: c chart, cbar = 48/12 = 4, UCL = cbar + 3 sqrt(cbar) = 10
c26 = [3, 5, 2, 4, 6, 3, 4, 5, 2, 7, 4, 3]
cbar = sum(c26) / len(c26)
ucl26 = cbar + 3 * math.sqrt(cbar)
add("Void counts per panel from the last twelve C-scans (same panel size each time): 3, 5, 2, "
    "4, 6, 3, 4, 5, 2, 7, 4, 3. I want to put these on a c chart. Where does the upper control "
    "limit sit?", "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27 capability: Ppk with overall s (n-1), spec 6.350 +/- 0.010
d27 = np.array([6.352, 6.348, 6.355, 6.350, 6.347, 6.353, 6.351, 6.349, 6.354, 6.350])
m27, s27 = d27.mean(), d27.std(ddof=1)
ppk27 = min(6.360 - m27, m27 - 6.340) / (3 * s27)
add("Drill template check, ten hole diameters in mm: 6.352 6.348 6.355 6.350 6.347 6.353 "
    "6.351 6.349 6.354 6.350. Drawing says 6.350 ± 0.010 mm. What's the Ppk, using the overall "
    "sample standard deviation (n−1 divisor)?", "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, float(ppk27))

# r28 capability: REFUSE - Cpk needs process spread (sigma or data), none given
add("Customer auditor wants our Cpk on the bushing bore by Friday. The spec limits are 25.025 mm "
    "upper and 24.975 mm lower, and the process mean over the last month was 25.004 mm. What Cpk "
    "do I report?", "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_.975 * 18 / 5)^2) = ceil(49.79) = 50
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 18 / 5) ** 2)
add("How many tensile coupons do we need to estimate the mean strength to within ±5 MPa at 95% "
    "confidence? From the qualification data we can take σ as known, 18 MPa. (z-based interval, "
    "round up.)", "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 90 psi -> MPa, 1 psi = 6894.757293168 Pa
mpa30 = 90 * 6894.757293168 / 1e6
add("autoclave recipe says 90 psi — what is that in MPa? the european supplier's sheet is all SI",
    "unit_conversion", {"rule": "number", "tol": 1.0e-4}, mpa30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, aerospace composites/NDT and metrology lab emails",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
