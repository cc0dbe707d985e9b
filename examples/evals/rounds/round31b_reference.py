"""Reference answers for round31b (rail maintenance engineer + epidemiology student voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round31b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x")

# r01 calculus: d/dt of 20 + 45(1 - e^{-t/12}) = (45/12) e^{-t/12} = 15/4 e^{-t/12}
T = 20 + 45 * (1 - sp.exp(-t / 12))
d = sp.simplify(sp.diff(T, t))
add("axlebox bearing warm-up model T(t) = 20 + 45(1 − e^(−t/12)) °C, t in minutes. "
    "give me dT/dt as a function of t", "calculus", {"rule": "expr"}, str(d))

# r02 calculus: ∫_0^10 300 t e^{-t/5} dt = 7500 - 22500 e^{-2}
I = sp.simplify(sp.integrate(300 * t * sp.exp(-t / 5), (t, 0, 10)))
assert sp.simplify(I - (7500 - 22500 * sp.exp(-2))) == 0
add("For my epi homework the weekly case curve is modelled as c(t) = 300·t·e^(−t/5) cases per week "
    "(t in weeks since onset). What is the exact total number of cases over the first 10 weeks, "
    "i.e. the integral from 0 to 10?", "calculus", {"rule": "expr"}, str(I))

# r03 calculus: lim_{x->0} (1 - cos 3x)/x^2 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("lim x→0 of (1 − cos(3x))/x²  — came up in a rail-head wear profile approximation, exact value pls",
    "calculus", {"rule": "expr"}, str(L))

# r04 calculus: minimize C(x) = 800/x + 2x for x>0 -> x = 20 weeks
C = 800 / x + 2 * x
crit = [s for s in sp.solve(sp.diff(C, x), x) if s.is_positive]
assert len(crit) == 1
add("Track geometry recording car: weekly cost model C(x) = 800/x + 2x (thousand €), where x is the "
    "interval between recording runs in weeks, x > 0. Which interval x minimizes the cost?",
    "calculus", {"rule": "expr"}, str(crit[0]))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> {1/2, 3}
roots = sp.solve(2 * x**2 - 7 * x + 3, x)
add("solve 2x² − 7x + 3 = 0, all real roots", "algebra", {"rule": "set"},
    sorted(float(r) for r in roots))

# r06 algebra: 3x+2y=54, x+4y=38 -> x=14, y=6; asked for crew A rate x
xa, yb = sp.symbols("xa yb")
sol = sp.solve([3 * xa + 2 * yb - 54, xa + 4 * yb - 38], [xa, yb])
add("Two resleepering gangs. Gang A replaces x sleepers/hour, gang B y sleepers/hour. "
    "On Monday 3 hours of A plus 2 hours of B did 54 sleepers; on Tuesday 1 hour of A plus 4 hours "
    "of B did 38. How many sleepers per hour does gang A replace?", "algebra",
    {"rule": "expr"}, str(sol[xa]))

# r07 algebra: 150 e^{14 r} = 600 -> r = ln(4)/14 = ln(2)/7 per day
r = sp.symbols("r", positive=True)
rr = sp.solve(sp.Eq(150 * sp.exp(14 * r), 600), r)[0]
assert sp.simplify(rr - sp.log(2) / 7) == 0
add("cases went from 150 to 600 in 14 days assuming pure exponential growth N = N0·e^(r·t). "
    "exact r per day?", "algebra", {"rule": "expr"}, str(sp.simplify(rr)))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(float(v) for v in M.eigenvals().keys())
add("eigenvalues of the 2x2 coupling matrix [[4, 1], [2, 3]] (bogie lateral model)",
    "linear_algebra", {"rule": "set"}, ev)

# r09 linear algebra: det [[2,-1,0],[1,3,2],[0,1,4]] = 24
D = sp.Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]]).det()
add("What's the determinant of\n  2  -1  0\n  1   3  2\n  0   1  4\n(reduced stiffness matrix for three "
    "track panels)", "linear_algebra", {"rule": "expr"}, str(D))

# r10 probability: Poisson lambda=2.4, P(X>=3) = 1 - P(X<=2)
p10 = float(stats.poisson.sf(2, 2.4))
add("Broken-rail detections on our route average 2.4 per month and follow a Poisson process. "
    "Probability of three or more detections in a given month?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: PPV = se*prev / (se*prev + (1-sp)*(1-prev))
se, spc, prev = 0.92, 0.97, 0.02
p11 = se * prev / (se * prev + (1 - spc) * (1 - prev))
add("screening test: sensitivity 92%, specificity 97%, disease prevalence 2% in the population. "
    "If someone tests positive, what's the probability they actually have the disease (PPV)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: Normal(62, 4.5), P(X > 70)
p12 = float(stats.norm.sf(70, loc=62, scale=4.5))
add("Hot axlebox detector: bearing temperatures of healthy wagons are normally distributed with "
    "mean 62 °C and standard deviation 4.5 °C. The alarm threshold is 70 °C. What fraction of "
    "healthy bearings will trip the alarm?", "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Binomial(20, 0.85), P(X = 17)
p13 = float(stats.binom.pmf(17, 20, 0.85))
add("coverage is 85% in the district. pick twenty children at random (independent). "
    "P(exactly 17 of them are vaccinated)?", "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis test: one-sample t, H0 mu=1435, two-sided, p-value
g = np.array([1435.8, 1436.4, 1434.9, 1436.1, 1435.5, 1437.0, 1435.2, 1436.3, 1435.9, 1436.6])
r14 = stats.ttest_1samp(g, 1435.0)
add("gauge readings (mm) from a trolley survey on a 1435 mm standard-gauge section: "
    "1435.8 1436.4 1434.9 1436.1 1435.5 1437.0 1435.2 1436.3 1435.9 1436.6. "
    "one-sample t test of mean = 1435, two-sided — p value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t statistic, A minus B
A = np.array([4.2, 6.8, 3.1, 7.5, 5.0, 9.2, 4.4, 6.1])
B = np.array([2.9, 3.8, 5.1, 2.2, 4.0, 3.3, 2.7])
r15 = stats.ttest_ind(A, B, equal_var=False)
add("Arrival delays in minutes. Route A: 4.2, 6.8, 3.1, 7.5, 5.0, 9.2, 4.4, 6.1. "
    "Route B: 2.9, 3.8, 5.1, 2.2, 4.0, 3.3, 2.7. Using Welch's t-test (unequal variances), "
    "what is the t statistic for mean(A) − mean(B)?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r15.statistic))

# r16 hypothesis test: Pearson chi-square 2x2, no Yates correction, p-value
tab = np.array([[24, 456], [31, 189]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Outbreak cohort: of 480 vaccinated people 24 got infected; of 220 unvaccinated people 31 got "
    "infected. Chi-square test of independence between vaccination status and infection, "
    "Pearson, no Yates continuity correction. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17 hypothesis test: one-proportion z, p0=0.9, phat=342/400; z=(phat-p0)/sqrt(p0(1-p0)/n) = -3
n17, k17, p0 = 400, 342, 0.90
z17 = (k17 / n17 - p0) / math.sqrt(p0 * (1 - p0) / n17)
add("target MMR coverage is 90%. survey of 400 kids found 342 vaccinated. one-proportion z test, "
    "H0: p = 0.90 vs H1: p < 0.90, standard error from the null value. z statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, z17)

# r18 regression: OLS slope of bearing temp on speed
sp18 = np.array([60, 80, 100, 120, 140, 160], float)
tp18 = np.array([41.2, 45.0, 49.8, 53.1, 58.4, 61.9])
f18 = sm.OLS(tp18, sm.add_constant(sp18)).fit()
add("speed (km/h) vs bearing temp (°C) from the wayside detector:\n"
    "60 41.2\n80 45.0\n100 49.8\n120 53.1\n140 58.4\n160 61.9\n"
    "fit temp = a + b·speed by least squares, what's b (°C per km/h)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(f18.params[1]))

# r19 regression: R^2 of incidence on coverage
cov = np.array([72, 78, 81, 85, 88, 91, 94], float)
inc = np.array([48.5, 39.2, 35.0, 27.4, 22.1, 18.9, 12.3])
f19 = sm.OLS(inc, sm.add_constant(cov)).fit()
add("Seven districts, vaccination coverage (%) and measles incidence per 100,000: "
    "(72, 48.5), (78, 39.2), (81, 35.0), (85, 27.4), (88, 22.1), (91, 18.9), (94, 12.3). "
    "Regress incidence on coverage with a straight line. What is the R²?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(f19.rsquared))

# r20 anova: one-way F statistic, delays on three lines
n20 = [5, 7, 6, 9, 8]; e20 = [3, 4, 6, 5, 2]; w20 = [8, 10, 9, 12, 11]
r20 = stats.f_oneway(n20, e20, w20)
add("delay minutes per train, 5 trains sampled per line\nNorth: 5 7 6 9 8\nEast: 3 4 6 5 2\n"
    "West: 8 10 9 12 11\none-way ANOVA F statistic?", "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, incidence across 4 regions
R1 = [12.1, 14.3, 11.8, 13.5]; R2 = [15.2, 16.8, 14.9, 17.1]
R3 = [11.0, 10.4, 12.2, 11.7]; R4 = [13.9, 15.1, 14.4, 13.2]
r21 = stats.f_oneway(R1, R2, R3, R4)
add("I have monthly incidence per 100k for four regions (4 months each). Region 1: 12.1, 14.3, 11.8, "
    "13.5; Region 2: 15.2, 16.8, 14.9, 17.1; Region 3: 11.0, 10.4, 12.2, 11.7; Region 4: 13.9, 15.1, "
    "14.4, 13.2. Does mean incidence differ between regions? Give the one-way ANOVA p-value.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22 design: 2^4 full factorial (16) + 4 centre points = 20 runs
add("rail grinding trial, four factors (stone grit, feed rate, passes, pressure) each at two levels. "
    "full 2^4 factorial, single replicate, plus 4 centre points. total number of runs?",
    "design", {"rule": "runs"}, 2**4 + 4)

# r23 design: 3 x 3 x 2 full factorial, 2 replicates = 36 runs
add("We're planning a ballast test bed: ballast depth at 3 levels, sleeper spacing at 3 levels, and "
    "rail profile at 2 levels. Every combination is to be run twice (two full replicates). "
    "How many test runs is that in total?", "design", {"rule": "runs"}, 3 * 3 * 2 * 2)

# r24 design: 2^2 main effect of A = (a + ab - b - (1)) / 2 = 10
y1, ya, yb_, yab = 28, 36, 22, 34
effA = (ya + yab - yb_ - y1) / 2
add("2² experiment on rail pad noise (dB): factor A = pad stiffness, B = fastening torque. "
    "Responses: (1) = 28, a = 36, b = 22, ab = 34. Estimate the main effect of A "
    "(average at high A minus average at low A).", "design",
    {"rule": "number", "tol": 1.0e-6, "key": "value"}, effA)

# r25 control chart: Xbar chart UCL = xbarbar + A2*Rbar, n=5 -> A2 = 0.577
ucl25 = 74.2 + 0.577 * 3.5
add("x-bar/R chart for bearing temps, subgroups of 5 wagons. grand mean 74.2 °C, mean range "
    "R̄ = 3.5 °C. UCL of the x-bar chart?", "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26 control chart: p-chart UCL, pbar = 400/(25*200) = 0.08, UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
pbar = 400 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("We logged 25 days with 200 departures each day; in total 400 of those 5000 departures left "
    "more than 5 minutes late. Set up a p chart (3-sigma limits, constant n = 200) for the daily "
    "proportion of late departures: what's the upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(4.8, 4.2)/3.6 = 1.1667
usl, lsl, mu, sig = 1441.0, 1432.0, 1436.2, 1.2
cpk = min(usl - mu, mu - lsl) / (3 * sig)
add("Gauge after tamping: spec limits 1432 to 1441 mm, process mean 1436.2 mm, within-process "
    "σ = 1.2 mm. Cpk?", "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r28 capability: REFUSE -- no spread (sigma / data) given, Cpk cannot be computed
add("vaccine fridge has to stay between 2 and 8 °C, average logged temp is 5.1 °C. what's the Cpk "
    "of the fridge?", "capability", {"rule": "refuse"}, None)

# r29 sample size: n = z^2 p(1-p)/E^2, z = 1.96 (95%), p=0.8, E=0.03 -> ceil(682.95) = 683
z = stats.norm.ppf(0.975)
n29 = math.ceil(z**2 * 0.8 * 0.2 / 0.03**2)
assert n29 == math.ceil(1.96**2 * 0.8 * 0.2 / 0.03**2)
add("how many kids do I need to sample to estimate vaccination coverage to within ±3 percentage "
    "points with 95% confidence? we expect coverage around 80%. simple random sample, "
    "normal approximation.", "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 4 ft 8.5 in = 56.5 in * 25.4 mm/in = 1435.1 mm
mm = (4 * 12 + 8.5) * 25.4
add("standard gauge is 4 ft 8½ in — how many millimetres is that exactly?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, mm)

assert len(items) == 30
from collections import Counter
want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4,
            regression=2, anova=2, design=3, control_chart=2, capability=2, sample_size=1,
            unit_conversion=1)
assert Counter(i["mode"] for i in items) == Counter(want)
for i in items:
    if isinstance(i["reference"], (float, np.floating)):
        i["reference"] = float(i["reference"])

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, rail maintenance engineer and epidemiology student "
                      "(bearing temps, gauge mm, delays, incidence, coverage)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
