"""Reference answers for round29a (pipeline integrity / refinery lab voice)."""
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

ROUND = "round29a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t = sp.symbols("t")

# r01 calculus: d(t)=0.8 t^0.6 -> d'(5)=0.48*5^-0.4
d = sp.Rational(4, 5) * t**sp.Rational(3, 5)
r01 = float(sp.diff(d, t).subs(t, 5))
add("pitting depth model from the coupon data is d(t) = 0.8·t^0.6 mm, t in years. what's the "
    "instantaneous pit growth rate dd/dt at t = 5 yr, in mm/yr?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, r01)

# r02 calculus: integral of 0.2 exp(-t/8) from 0 to 10 = 1.6(1-e^-1.25)
r02 = sp.integrate(sp.Rational(1, 5) * sp.exp(-t / 8), (t, 0, 10))
assert sp.simplify(r02 - sp.Rational(8, 5) * (1 - sp.exp(-sp.Rational(5, 4)))) == 0
add("Hi, I'm a graduate on the integrity team. After the inhibitor programme started, the corrosion "
    "rate on our flowline seems to decay like r(t) = 0.2·e^(−t/8) mm/yr (t in years). I think the "
    "total wall loss is the integral of the rate, so how much metal (mm) would we lose over the first "
    "10 years? An exact expression would be great.",
    "calculus", {"rule": "expr"}, "8/5*(1 - exp(-5/4))")

# r03 calculus: minimise C(D)=50 D + 8000/D^2 -> D^3=320 -> D=2*40^(1/3)
D = sp.symbols("D", positive=True)
sol = sp.solve(sp.diff(50 * D + 8000 / D**2, D), D)
assert len(sol) == 1 and abs(float(sol[0]) - 320 ** (1 / 3)) < 1e-12
add("Annualised cost of a gathering line vs nominal diameter D (inches) is C(D) = 50D + 8000/D² "
    "(pipe cost + pumping cost). Which D > 0 minimises C? exact form please",
    "calculus", {"rule": "expr"}, "2*40**(1/3)")

# r04 calculus: d/dt [t^2 ln t] = 2 t ln t + t
r04 = sp.diff(t**2 * sp.log(t), t)
assert sp.simplify(r04 - (2 * t * sp.log(t) + t)) == 0
add("d/dt of t²·ln(t)", "calculus", {"rule": "expr"}, "2*t*log(t) + t")

# r05 algebra: 0.25 t + 0.01 t^2 = 3.5 -> t = 10 (positive root; other root -35)
roots = sp.solve(sp.Rational(1, 4) * t + sp.Rational(1, 100) * t**2 - sp.Rational(7, 2), t)
pos = [float(r) for r in roots if r > 0]
assert pos == [10.0]
add("Nominal wall is 9.5 mm and the minimum allowable from the B31G assessment is 6.0 mm. Wall loss "
    "is accelerating, cumulative loss ≈ 0.25t + 0.01t² mm after t years. How many years until we hit "
    "minimum wall?", "algebra", {"rule": "number", "tol": 1.0e-6}, pos[0])

# r06 algebra: x + y = 1000, 0.8x + 2.6y = 1.4*1000 -> y = 1000/3 bbl of high-S crude
x, y = sp.symbols("x y")
s6 = sp.solve([x + y - 1000, sp.Rational(8, 10) * x + sp.Rational(26, 10) * y - 1400], [x, y])
assert s6[y] == sp.Rational(1000, 3)
add("blending two crudes, 0.8 wt% S and 2.6 wt% S, to make 1000 bbl at 1.4 wt% S. assume sulfur "
    "blends linearly by volume. how many bbl of the 2.6% crude?",
    "algebra", {"rule": "expr"}, "1000/3")

# r07 algebra: p^3 - 7p + 6 = 0 -> roots 1, 2, -3
p = sp.symbols("p")
r07 = sorted(float(r) for r in sp.solve(p**3 - 7 * p + 6, p))
assert r07 == [-3.0, 1.0, 2.0]
add("find all real roots: p³ − 7p + 6 = 0", "algebra", {"rule": "set"}, r07)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
A8 = np.array([[4, 1], [2, 3]], dtype=float)
r08 = sorted(float(v) for v in np.linalg.eigvals(A8).real)
assert np.allclose(r08, [2, 5])
add("Eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]? (it's the coupling matrix from a two-tank "
    "level model, I just need the eigenvalues)", "linear_algebra", {"rule": "set"}, [2.0, 5.0])

# r09 linear algebra: det of 3x3 = 263
A9 = sp.Matrix([[4, -2, 1], [3, 6, -4], [2, 1, 8]])
r09 = int(A9.det())
assert r09 == 263
add("determinant of\n4  -2   1\n3   6  -4\n2   1   8", "linear_algebra",
    {"rule": "number", "tol": 1.0e-6}, float(r09))

# r10 probability: Poisson lambda = 0.6/100km * 250 km = 1.5; P(X>=2) = 1 - e^-1.5 (1 + 1.5)
lam = 0.6 * 250 / 100
r10 = float(1 - stats.poisson.cdf(1, lam))
assert abs(r10 - (1 - 2.5 * math.exp(-1.5))) < 1e-12
add("Historical leak frequency on this crude trunkline is 0.6 leaks per 100 km per year. Our "
    "segment is 250 km. Treating leaks as a Poisson process, what's the probability of two or more "
    "leaks on the segment in a given year?", "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: P(T < 8.9) with T ~ N(9.2, 0.15^2) = Phi(-2)
r11 = float(stats.norm.cdf(8.9, loc=9.2, scale=0.15))
add("UT readings on new X52 pipe: normal, mean 9.2 mm, std dev 0.15 mm. P(a reading < 8.9 mm)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: Binomial(20, 0.03), P(X = 1)
r12 = float(stats.binom.pmf(1, 20, 0.03))
add("So, um, we radiograph welds and historically about 3% of girth welds show a rejectable defect. "
    "If the crew does twenty welds today (assume independent), what's the chance exactly one of them "
    "is rejectable?", "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes. P(D)=0.04, P(call|D)=0.9, P(call|~D)=0.05 -> 0.036/0.084 = 3/7
r13 = sp.Rational(4, 100) * sp.Rational(9, 10) / (
    sp.Rational(4, 100) * sp.Rational(9, 10) + sp.Rational(96, 100) * sp.Rational(5, 100))
assert r13 == sp.Rational(3, 7)
add("ILI run question: 4% of joints actually have a reportable metal-loss defect. The tool flags 90% "
    "of defective joints, but also flags 5% of clean joints (false calls). A joint got flagged — "
    "probability it really has a defect? exact fraction", "probability", {"rule": "expr"}, "3/7")

# r14 hypothesis test: one-sample t, H1 mu > 10, p-value
s14 = [9.6, 10.4, 10.9, 10.2, 9.8, 10.7, 10.5, 10.1]
r14 = stats.ttest_1samp(s14, 10, alternative="greater")
add("ULSD sulfur, ppm, 8 retained samples: 9.6 10.4 10.9 10.2 9.8 10.7 10.5 10.1. one-sample t test "
    "H0: μ = 10 vs H1: μ > 10 (one-sided). p-value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-6}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample, two-sided, p-value
a15 = [62.1, 63.4, 61.8, 62.9, 63.0, 62.5]
b15 = [60.9, 61.7, 62.2, 60.5, 61.1, 61.9, 60.8]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add("Pensky-Martens flash points (°C) for two kerosene rundown batches.\n"
    "Batch A: 62.1, 63.4, 61.8, 62.9, 63.0, 62.5\n"
    "Batch B: 60.9, 61.7, 62.2, 60.5, 61.1, 61.9, 60.8\n"
    "I don't want to assume equal variances, so Welch's t-test, two-sided. What p-value do I get?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-6}, float(r15.pvalue))

# r16 hypothesis test: paired t statistic, differences A - B
a16 = [8.42, 8.37, 8.51, 8.29, 8.46, 8.33, 8.40]
b16 = [8.38, 8.35, 8.44, 8.30, 8.41, 8.29, 8.36]
r16 = stats.ttest_rel(a16, b16)
add("two UT crews measured the same 7 grid points (mm):\ncrew A 8.42 8.37 8.51 8.29 8.46 8.33 8.40\n"
    "crew B 8.38 8.35 8.44 8.30 8.41 8.29 8.36\npaired t-test on d = A − B, what is the t statistic?",
    "hypothesis_test", {"rule": "number", "key": "statistic", "tol": 1.0e-6}, float(r16.statistic))

# r17 hypothesis test: REFUSE - no standard deviations (or raw data) given for a two-sample t test
add("Jet A-1 flash point, two tanks, 8 samples each, means 41.2 °C and 42.6 °C. Two-sample t-test at "
    "α = 0.05, two-sided — what's the p-value, is the difference significant?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of thickness on years
x18 = np.array([0, 1, 2, 3, 4, 5, 6], dtype=float)
y18 = np.array([12.70, 12.52, 12.41, 12.20, 12.05, 11.88, 11.71])
f18 = sm.OLS(y18, sm.add_constant(x18)).fit()
assert abs(f18.params[1] - stats.linregress(x18, y18).slope) < 1e-12
add("Remaining wall at a monitored TML, annual readings:\nyear: 0 1 2 3 4 5 6\nwall mm: 12.70 12.52 "
    "12.41 12.20 12.05 11.88 11.71\nFit a least-squares straight line wall = a + b·year. What's the "
    "slope b (mm/yr)?", "regression", {"rule": "number", "key": "slope", "tol": 1.0e-6},
    float(f18.params[1]))

# r19 regression: R^2 of linear (untransformed) fit of viscosity on temperature
x19 = np.array([20, 30, 40, 50, 60, 70], dtype=float)
y19 = np.array([9.8, 7.1, 5.3, 4.1, 3.2, 2.6])
f19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add("lube base oil viscosity vs temp — T (°C) = 20, 30, 40, 50, 60, 70 and ν (cSt) = 9.8, 7.1, 5.3, "
    "4.1, 3.2, 2.6. I know it's really exponential but for now just a plain linear regression of ν on "
    "T, no log transform. R² of that fit?", "regression",
    {"rule": "number", "key": "r_squared", "tol": 1.0e-6}, float(f19.rsquared))

# r20 ANOVA: one-way F statistic, 3 labs
g20 = [[61.2, 61.8, 62.0, 61.5], [62.4, 62.9, 62.1, 62.6], [61.0, 61.4, 60.8, 61.3]]
r20 = stats.f_oneway(*g20)
add("Round robin on one diesel sample, flash point °C, 4 repeats per lab:\nLab 1: 61.2 61.8 62.0 61.5\n"
    "Lab 2: 62.4 62.9 62.1 62.6\nLab 3: 61.0 61.4 60.8 61.3\none-way ANOVA, F statistic?",
    "anova", {"rule": "number", "key": "statistic", "tol": 1.0e-6}, float(r20.statistic))

# r21 ANOVA: one-way p-value, 4 coatings
g21 = [[0.021, 0.025, 0.019, 0.023, 0.022],
       [0.018, 0.017, 0.020, 0.016, 0.019],
       [0.027, 0.031, 0.029, 0.026, 0.030],
       [0.020, 0.022, 0.024, 0.021, 0.019]]
r21 = stats.f_oneway(*g21)
add("I ran salt-spray coupons for four coating systems and measured corrosion rate in mm/yr, five "
    "coupons each. I'm not sure if the coatings are really different — could you run a one-way ANOVA "
    "and give me the p-value?\nepoxy: 0.021, 0.025, 0.019, 0.023, 0.022\nFBE: 0.018, 0.017, 0.020, "
    "0.016, 0.019\ncoal tar enamel: 0.027, 0.031, 0.029, 0.026, 0.030\n3LPE: 0.020, 0.022, 0.024, "
    "0.021, 0.019", "anova", {"rule": "number", "key": "p_value", "tol": 1.0e-6},
    float(r21.pvalue))

# r22 design: 2^(5-1) = 16 runs + 4 centre points = 20
add("hydrotreater pilot study: 5 factors (reactor T, H2 partial pressure, LHSV, H2/oil ratio, "
    "catalyst age), 2^(5−1) half fraction plus 4 centre points. total runs?",
    "design", {"rule": "runs"}, 2**4 + 4)

# r23 design: 3^3 full factorial, 2 replicates = 54
add("We want to study three factors — inhibitor dose, flow velocity, and temperature — each at three "
    "levels, using a full factorial, and my supervisor says to run the whole thing in duplicate. How "
    "many corrosion loop runs is that in total?", "design", {"rule": "runs"}, 3**3 * 2)

# r24 design: CCD, k=3: 8 factorial + 6 axial + 6 centre = 20
add("central composite design, 3 factors (full 2³ factorial core, axial points on every axis), 6 "
    "centre runs. how many runs?", "design", {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
r25 = 42.3 + 0.577 * 1.8
add("Xbar-R chart on kinematic viscosity @40°C, subgroups of n=5 per shift. grand mean 42.3 cSt, "
    "Rbar 1.8 cSt. UCL of the Xbar chart?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-4}, r25)

# r26 control chart: c chart UCL = cbar + 3 sqrt(cbar); cbar = 50/10 = 5
c26 = [4, 7, 3, 5, 6, 2, 8, 5, 4, 6]
cbar = float(np.mean(c26))
r26 = cbar + 3 * math.sqrt(cbar)
add("Holiday detector counts per 100 m joint of coated pipe, last 10 inspections: 4, 7, 3, 5, 6, 2, "
    "8, 5, 4, 6. Setting up a c chart — what's the upper control limit?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-6}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(1.4, 1.1)/0.75
r27 = min(4.5 - 3.1, 3.1 - 2.0) / (3 * 0.25)
add("diesel viscosity spec at 40 °C is 2.0–4.5 cSt. our process runs at mean 3.1 cSt, σ = 0.25 cSt "
    "(in control). Cpk?", "capability", {"rule": "number", "key": "cpk", "tol": 1.0e-6}, r27)

# r28 capability: Ppk with overall sample std (ddof=1)
x28 = np.array([3.05, 3.21, 2.98, 3.12, 3.30, 3.07, 2.95, 3.18, 3.10, 3.26, 3.02, 3.14])
m28, s28 = x28.mean(), x28.std(ddof=1)
r28 = float(min(4.5 - m28, m28 - 2.0) / (3 * s28))
add("Twelve viscosity results (cSt @40 °C) from this month's rundown: 3.05, 3.21, 2.98, 3.12, 3.30, "
    "3.07, 2.95, 3.18, 3.10, 3.26, 3.02, 3.14. Spec limits are 2.0 and 4.5 cSt. Using the overall "
    "sample standard deviation (n−1 divisor), what's Ppk?", "capability",
    {"rule": "number", "key": "ppk", "tol": 1.0e-6}, r28)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*0.06/0.02)^2) = 35
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.06 / 0.02) ** 2)
assert r29 == math.ceil((1.96 * 0.06 / 0.02) ** 2) == 35
add("How many corrosion coupons do I need to estimate the mean corrosion rate to within ±0.02 mm/yr "
    "with 95% confidence? From past exposures σ ≈ 0.06 mm/yr (treat as known).", "sample_size",
    {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 0.5 mm/yr -> mpy, 1 mil = 0.0254 mm
r30 = 0.5 / 0.0254
add("convert a corrosion rate of 0.5 mm/yr to mpy (mils per year)", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, r30)

assert len(items) == 30
counts = {}
for it in items:
    counts[it["mode"]] = counts.get(it["mode"], 0) + 1
assert counts == {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4,
                  "hypothesis_test": 4, "regression": 2, "anova": 2, "design": 3,
                  "control_chart": 2, "capability": 2, "sample_size": 1,
                  "unit_conversion": 1}, counts

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, pipeline integrity engineer and refinery lab "
                      "chemist (seniors terse, graduates wordy)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
import os
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
print("wrote", out)
