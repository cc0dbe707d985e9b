"""Reference answers for round31a (glass/ceramics plant + printing/packaging green belt voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

ROUND = "round31a"
items = []


def add(q, mode, compare, reference):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": reference})


t, x = sp.symbols("t x")

# r01 calculus: derivative of Newton cooling curve T(t)=25+1475 e^{-t/40} at t=40 -> -1475/40 * e^-1
T = 25 + 1475 * sp.exp(-t / 40)
r01 = sp.simplify(sp.diff(T, t).subs(t, 40))
add("Furnace shutdown cooling curve for the crown: T(t) = 25 + 1475·e^(−t/40) °C, t in minutes. "
    "How fast is it cooling at t = 40 min? Give dT/dt exactly (°C/min, negative means cooling).",
    "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: integral of thickness profile 4 + 0.5 sin(pi x/2) from 0 to 2 -> 8 + 2/pi
r02 = sp.simplify(sp.integrate(4 + sp.Rational(1, 2) * sp.sin(sp.pi * x / 2), (x, 0, 2)))
add("float line ribbon thickness across the first 2 m is h(x) = 4 + 0.5 sin(πx/2) mm, x in metres. "
    "integrate h from x=0 to x=2 -- exact value please (mm·m)",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: d/dx x^3 ln x = 3x^2 ln x + x^2
r03 = sp.diff(x**3 * sp.log(x), x)
add("d/dx [x^3 * ln(x)]", "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: minimize C(t)=200/t + 8t, t>0 -> C'=0 at t=5
tp = sp.symbols("t", positive=True)
C = 200 / tp + 8 * tp
r04 = sp.solve(sp.diff(C, tp), tp)[0]
add("Our cost model for the coating layer is C(t) = 200/t + 8t dollars per pallet, where t is the "
    "coating thickness in microns (t > 0). At what thickness t is the cost minimized?",
    "calculus", {"rule": "expr"}, str(r04))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> 1/2, 3
r05 = sorted(float(r) for r in sp.solve(2 * x**2 - 7 * x + 3, x))
add("solve 2x² − 7x + 3 = 0", "algebra", {"rule": "set"}, r05)

# r06 algebra: blend 12% and 20% Na2O cullet to make 500 kg at 15%: x+y=500, .12x+.20y=75 -> x=312.5
xs, ys = sp.symbols("xs ys")
sol = sp.solve([xs + ys - 500, sp.Rational(12, 100) * xs + sp.Rational(20, 100) * ys - 75], [xs, ys])
r06 = float(sol[xs])
add("I have two cullet piles, one at 12% Na2O and one at 20% Na2O (by mass). I need a 500 kg blend "
    "that comes out at exactly 15% Na2O. How many kg of the 12% cullet go in?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, r06)

# r07 algebra: e^(0.05 t) = 2 -> t = 20 ln 2
r07 = sp.solve(sp.exp(sp.Rational(1, 20) * tp) - 2, tp)[0]
add("Backlog of reprint jobs grows like e^(0.05t) with t in days. Solve e^(0.05t) = 2 for t "
    "(exact form, i.e. the doubling time).",
    "algebra", {"rule": "expr"}, "20*log(2)")
assert sp.simplify(r07 - 20 * sp.log(2)) == 0

# r08 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
r08 = M.det()
add("determinant of the 3x3 matrix [[2,1,0],[1,3,1],[0,1,4]]?", "linear_algebra",
    {"rule": "expr"}, str(r08))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
r09 = sorted(float(v) for v in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add("Zone coupling matrix for two lehr heating zones is A = [4 1; 2 3] (rows). What are its "
    "eigenvalues?", "linear_algebra", {"rule": "set"}, r09)

# r10 probability: binomial n=50 p=0.02, P(X<=1)
r10 = float(stats.binom.cdf(1, 50, 0.02))
add("Each carton blank independently has a 2% chance of a print defect. If QC pulls 50 blanks "
    "at random, what's the probability of finding at most one defective?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: Poisson lambda=3.2, P(X=5)
r11 = float(stats.poisson.pmf(5, 3.2))
add("print defects avg 3.2 per 1000 sheets, assume Poisson. P(exactly 5 defects in the next 1000 "
    "sheets) = ?", "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: N(4.00, 0.05), P(X < 3.90) = Phi(-2)
r12 = float(stats.norm.cdf(3.90, loc=4.00, scale=0.05))
add("Float glass thickness is normally distributed with mean 4.00 mm and standard deviation "
    "0.05 mm. What fraction of the sheets come out thinner than 3.90 mm?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes. A 60% share, 1.5% defects; B 40% share, 3% defects. P(B | defect) = 4/7
pA, pB = sp.Rational(60, 100), sp.Rational(40, 100)
dA, dB = sp.Rational(15, 1000), sp.Rational(3, 100)
r13 = sp.nsimplify(pB * dB / (pA * dA + pB * dB))
add("Two tank furnaces feed the forming line: furnace A makes 60% of the bottles with a 1.5% "
    "stone-defect rate, furnace B makes the other 40% with a 3% rate. A bottle picked at the cold "
    "end has a stone. Probability it came from furnace B?",
    "probability", {"rule": "expr"}, str(r13))

# r14 hypothesis test: one-sample t, two-sided, mu0=0.13
d14 = [0.12, 0.18, 0.15, 0.22, 0.09, 0.17, 0.14, 0.20]
r14 = stats.ttest_1samp(d14, 0.13)
add("Registration error readings (mm) from this morning's run: 0.12, 0.18, 0.15, 0.22, 0.09, "
    "0.17, 0.14, 0.20. Our historical mean is 0.13 mm. One-sample t-test, two-sided — what's the "
    "p-value?", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided p
a15 = [1.42, 1.45, 1.39, 1.47, 1.44, 1.41]
b15 = [1.50, 1.46, 1.53, 1.48, 1.55, 1.49, 1.51]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add("welch t test two sided, solid cyan ink density press A: 1.42 1.45 1.39 1.47 1.44 1.41 vs "
    "press B: 1.50 1.46 1.53 1.48 1.55 1.49 1.51 -> p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: chi-square test of independence 2x3 (no continuity correction applies to 2x3)
tab16 = np.array([[12, 19, 27], [488, 481, 473]])
chi2, p16, dof16, _ = stats.chi2_contingency(tab16, correction=False)
add("Defective vs good cartons by shift, 500 inspected per shift. Day: 12 defective, 488 good. "
    "Swing: 19 defective, 481 good. Night: 27 defective, 473 good. What is the Pearson chi-square "
    "statistic for independence of shift and defect status?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r17 hypothesis test: REFUSE -- two-sample t requested with only means and n, no SDs given
add("Campaign 1 crown temperature averaged 1512 °C over 10 days, campaign 2 averaged 1498 °C over "
    "12 days. Run a two-sample t-test and tell me the p-value for a difference in means.",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of ink density on film thickness
x18 = np.array([0.8, 1.0, 1.2, 1.4, 1.6])
y18 = np.array([1.21, 1.38, 1.52, 1.69, 1.80])
fit18 = sm.OLS(y18, sm.add_constant(x18)).fit()
add("Fitting density vs ink film thickness. film (µm): 0.8, 1.0, 1.2, 1.4, 1.6 ; density: 1.21, "
    "1.38, 1.52, 1.69, 1.80. least squares line density = b0 + b1*film, what is the slope b1?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, round(float(fit18.params[1]), 12))

# r19 regression: R^2 of seed count vs melter temperature
x19 = np.array([1480, 1500, 1520, 1540, 1560, 1580])
y19 = np.array([42, 37, 31, 28, 22, 19])
fit19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add("Seed (bubble) count per kg vs melter temperature: at 1480, 1500, 1520, 1540, 1560 and "
    "1580 °C we counted 42, 37, 31, 28, 22 and 19 seeds/kg. For a straight-line fit of seeds on "
    "temperature, what's R²?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit19.rsquared))

# r20 anova: one-way F statistic, 3 presses
g20 = [[0.21, 0.18, 0.24, 0.20, 0.22], [0.26, 0.29, 0.25, 0.31, 0.27], [0.19, 0.23, 0.20, 0.18, 0.21]]
r20 = stats.f_oneway(*g20)
add("one-way ANOVA F statistic for registration error (mm) across 3 presses. Press 1: 0.21, 0.18, "
    "0.24, 0.20, 0.22. Press 2: 0.26, 0.29, 0.25, 0.31, 0.27. Press 3: 0.19, 0.23, 0.20, 0.18, 0.21.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, 4 ink suppliers
g21 = [[3.1, 2.8, 3.5, 3.0], [2.6, 2.9, 2.4, 2.7], [3.8, 3.4, 3.6, 4.0], [3.0, 3.3, 2.9, 3.2]]
r21 = stats.f_oneway(*g21)
add("We trialled four ink suppliers, four lots each, and logged print defects per 1000 sheets. "
    "Supplier A 3.1, 2.8, 3.5, 3.0; supplier B 2.6, 2.9, 2.4, 2.7; supplier C 3.8, 3.4, 3.6, 4.0; "
    "supplier D 3.0, 3.3, 2.9, 3.2. Do the suppliers differ? Give the one-way ANOVA p-value.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22 design: CCD with 3 factors: 2^3 factorial + 2*3 axial + 6 center = 20
r22 = 2**3 + 2 * 3 + 6
add("Central composite design for the glaze kiln: three factors (peak temp, soak time, ramp rate), "
    "full 2^3 factorial core, axial (star) points, and six center points. Total number of runs?",
    "design", {"rule": "runs"}, r22)

# r23 design: 2^(5-1) half fraction replicated twice = 32 runs
r23 = 2**(5 - 1) * 2
add("how many runs is a 2^(5-1) half-fraction on the folder-gluer if we replicate the whole thing "
    "twice (no center points)?", "design", {"rule": "runs"}, r23)

# r24 design: 2^2 main effect of A = (a + ab - (1) - b)/2 = 8
y1, ya, yb, yab = 12, 18, 15, 25
r24 = ((ya + yab) - (y1 + yb)) / 2
add("2x2 factorial on the lehr, A = belt speed, B = anneal temperature, one run per cell, response "
    "is residual stress (MPa). (1) = 12, a = 18, b = 15, ab = 25. Main effect of A (average at high "
    "A minus average at low A)?", "design", {"rule": "number", "tol": 1.0e-6}, float(r24))

# r25 control chart: Xbar-R UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
r25 = 4.02 + 0.577 * 0.08
add("X-bar/R chart on container wall thickness, subgroups of five. Grand mean is 4.02 mm and "
    "R-bar is 0.08 mm. Upper control limit for the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r25)

# r26 control chart: c chart UCL = cbar + 3 sqrt(cbar) = 6.25 + 7.5 = 13.75
cbar = 6.25
r26 = cbar + 3 * math.sqrt(cbar)
add("c-chart for defects per 1000-sheet inspection unit, average c-bar = 6.25. UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.15, 0.25)/0.15 = 1.0
r27 = min(4.2 - 4.05, 4.05 - 3.8) / (3 * 0.05)
add("Glass thickness spec is 3.8 to 4.2 mm. Process mean 4.05 mm, sigma 0.05 mm. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, round(r27, 12))

# r28 capability: Cp = (USL-LSL)/(6 sigma) = 0.6/(6*0.075) = 4/3
r28 = (0.3 - (-0.3)) / (6 * 0.075)
add("Registration tolerance is ±0.3 mm around nominal and the process standard deviation is "
    "0.075 mm. What's Cp?", "capability", {"rule": "number", "tol": 1.0e-6, "key": "cp"}, r28)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.95996*0.04/0.01)^2) = 62
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.04 / 0.01) ** 2)
add("How many bottles do I need to measure to estimate mean wall thickness within ±0.01 mm with "
    "95% confidence? Sigma is known from history to be 0.04 mm.",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 1560 C -> F = 1560*9/5 + 32 = 2840
r30 = 1560 * 9 / 5 + 32
add("convert the melter setpoint of fifteen hundred sixty degrees Celsius to Fahrenheit",
    "unit_conversion", {"rule": "number", "tol": 1.0e-6}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, glass/ceramics plant engineer and printing/packaging green belt",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
