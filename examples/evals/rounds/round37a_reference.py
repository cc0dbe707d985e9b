"""Reference answers for round37a (pharma packaging line + airline ops voice)."""
import os, math
import numpy as np
import sympy as sp
from scipy import stats
import statsmodels.api as sm
import yaml

ROUND = "round37a"
items = []

def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, x, v = sp.symbols("t x v")

# r01 calculus: derivative of 180 - 155 e^(-t/40) -> (155/40) e^(-t/40) = 31/8 e^(-t/40)
d = sp.simplify(sp.diff(180 - 155*sp.exp(-t/40), t))
add("seal bar warm-up after a line restart follows T(t) = 180 − 155·e^(−t/40) °C, t in seconds. "
    "need the heating rate dT/dt as a function of t", "calculus", {"rule": "expr"}, str(d))

# r02 calculus: integral_0^3 (2600 - 40 t^2) dt = 7800 - 360 = 7440 kg
I = sp.integrate(2600 - 40*t**2, (t, 0, 3))
add("Fuel flow on the climb-cruise segment is modelled as f(t) = 2600 − 40t² kg/h with t in hours. "
    "Total fuel burned over the first 3 hours? (kg)", "calculus",
    {"rule": "number", "tol": 1.0e-6}, float(I))

# r03 calculus: limit (1-cos 3x)/x^2 as x->0 = 9/2
L = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
add("lim x→0 of (1 − cos 3x)/x²", "calculus", {"rule": "expr"}, str(L))

# r04 calculus: maximize G(v) = v(1-(v/400)^2); G' = 1 - 3v^2/400^2 = 0 -> v = 400/sqrt(3)
sol = [s for s in sp.solve(sp.diff(v*(1 - (v/400)**2), v), v) if s > 0][0]
add("Blister line good output vs speed: G(v) = v·(1 − (v/400)²), v in blisters/min. Which v "
    "maximizes G? exact value please", "calculus", {"rule": "expr"}, str(sp.nsimplify(sol)))

# r05 algebra: t^2 - 7t - 60 = 0 -> t = 12, -5
r = sp.solve(t**2 - 7*t - 60, t)
add("TKT-4471: solve t² − 7t − 60 = 0 for t (turn-time model fit, want both roots even the "
    "nonsense negative one)", "algebra", {"rule": "set"}, sorted(float(z) for z in r))

# r06 algebra: 2a + 3b = 1900, a + b = 800 -> a = 500, b = 300
a, b = sp.symbols("a b")
s6 = sp.solve([2*a + 3*b - 1900, a + b - 800], [a, b])
add("Two cartoners, A and B. This week A ran a hours and B ran b hours, a + b = 800 machine-hours "
    "total; A draws 2 kW and B 3 kW and the energy log says 2a + 3b = 1900 kWh. What is a?",
    "algebra", {"rule": "expr"}, str(s6[a]))

# r07 algebra: 0.98^n = 0.5 -> n = ln 0.5 / ln 0.98 = 34.31
n7 = math.log(0.5)/math.log(0.98)
add("Foil-pinhole survival: each re-inspection pass lets 98% of the remaining defects through. "
    "Solve 0.98^n = 0.5 for n — real number, don't round up",
    "algebra", {"rule": "number", "tol": 1.0e-4}, n7)

# r08 linear algebra: determinant
M = np.array([[2, -1, 3], [0, 4, 1], [5, 2, -2]])
det = sp.Matrix(M.tolist()).det()
add("det of [[2, −1, 3], [0, 4, 1], [5, 2, −2]] ?", "linear_algebra",
    {"rule": "number", "tol": 1.0e-6}, float(det))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
ev = sp.Matrix([[4, 1], [2, 3]]).eigenvals()
add("Transition-ish matrix from our gate reassignment model is A = [[4, 1], [2, 3]]. "
    "What are its eigenvalues?", "linear_algebra", {"rule": "set"},
    sorted(float(k) for k in ev))

# r10 probability: binomial n=50 p=0.02, P(X>=3) = 1 - cdf(2)
p10 = float(1 - stats.binom.cdf(2, 50, 0.02))
add("Reject rate on the blister sealer is 2% per pack, packs independent. In a sample of 50 "
    "packs what's the probability of 3 or more rejects?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: Poisson lambda 3.2, P(X=5)
p11 = float(stats.poisson.pmf(5, 3.2))
add("ATC-related delays at the hub arrive like a Poisson process, mean 3.2 per hour. "
    "P(exactly five in a given hour)?", "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: Normal(45, 6), P(T > 55) = sf((55-45)/6)
p12 = float(stats.norm.sf(55, loc=45, scale=6))
add("turn time ~ N(μ=45 min, σ=6 min). prob a turn takes longer than 55 min?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Bayes. prevalence 0.001, sensitivity 0.99, false-positive rate 0.005
prev, sens, fpr = 0.001, 0.99, 0.005
p13 = prev*sens/(prev*sens + (1-prev)*fpr)
add("Our serialization vision camera flags a misprinted 2D code with probability 0.99 when the "
    "code really is bad, and falsely flags a good code 0.5% of the time. True misprint rate is "
    "1 in 1000. Given the camera flagged a carton, what's the probability the code is actually "
    "bad?", "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis test: one-sample t, two-sided, mu0 = 12 N
seal = [12.4, 11.8, 12.9, 12.6, 12.2, 13.1, 12.7, 11.9, 12.8, 12.5]
r14 = stats.ttest_1samp(seal, 12.0)
add("peel strength (N) on 10 blisters from lot 23-117: 12.4 11.8 12.9 12.6 12.2 13.1 12.7 11.9 "
    "12.8 12.5. Spec target 12 N. one-sample t test, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
ord_ = [18, 25, 12, 31, 22, 40, 15, 27, 19, 33, 24]
den = [11, 14, 9, 20, 16, 13, 18, 10, 12]
r15 = stats.ttest_ind(ord_, den, equal_var=False)
add("Departure delays (min) for the 0700 bank.\nORD: 18 25 12 31 22 40 15 27 19 33 24\n"
    "DEN: 11 14 9 20 16 13 18 10 12\nIs mean delay different between the two stations? Use "
    "Welch's t-test (unequal variances), two-sided, and give me the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: chi-square independence on 2x3 table (no continuity correction applies)
tab = np.array([[42, 35, 58], [18, 25, 22]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("reject type by shift, counts:\n            day  swing  night\ncosmetic     42    35     58\n"
    "seal fail    18    25     22\nchi-square test of independence — what's the chi² statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r17 refuse: one-sample test of mean delay without any spread information
add("Mean arrival delay on 40 sampled flights was 17.2 min. Is that significantly different "
    "from our 15 min target at α = 0.05? give me the p-value", "hypothesis_test",
    {"rule": "refuse"}, None)

# r18 regression: OLS slope of fuel burn on stage length
dist = np.array([310, 450, 620, 780, 900, 1150, 1320, 1500])
fuel = np.array([2.9, 3.8, 4.7, 5.6, 6.3, 7.7, 8.6, 9.6])
r18 = sm.OLS(fuel, sm.add_constant(dist)).fit()
add("stage length (nm) vs block fuel (t) for our A320 fleet sample:\n"
    "nm: 310, 450, 620, 780, 900, 1150, 1320, 1500\n"
    "t:  2.9, 3.8, 4.7, 5.6, 6.3, 7.7, 8.6, 9.6\n"
    "least-squares line fuel = b0 + b1·nm — what's b1 (tonnes per nm)?", "regression",
    {"rule": "number", "tol": 1.0e-4, "key": "slope"}, float(r18.params[1]))

# r19 regression: R^2 of reject rate on line speed
speed = np.array([120, 140, 160, 180, 200, 220, 240])
rej = np.array([0.8, 0.9, 1.3, 1.4, 1.9, 2.0, 2.6])
r19 = sm.OLS(rej, sm.add_constant(speed)).fit()
add("Line speed (ppm) 120 140 160 180 200 220 240 and reject % 0.8 0.9 1.3 1.4 1.9 2.0 2.6 "
    "respectively. How much of the variation in reject rate does a straight-line fit on speed "
    "explain, i.e. R²?", "regression", {"rule": "number", "tol": 1.0e-4, "key": "r_squared"},
    float(r19.rsquared))

# r20 anova: one-way, three sealers, p-value
s1 = [3.2, 3.5, 3.1, 3.4, 3.6]
s2 = [3.8, 3.9, 3.6, 4.1, 3.7]
s3 = [3.3, 3.0, 3.4, 3.2, 3.1]
r20 = stats.f_oneway(s1, s2, s3)
add("Seal integrity burst pressure (bar), 5 packs from each of three sealing stations:\n"
    "Station 1: 3.2, 3.5, 3.1, 3.4, 3.6\nStation 2: 3.8, 3.9, 3.6, 4.1, 3.7\n"
    "Station 3: 3.3, 3.0, 3.4, 3.2, 3.1\nOne-way ANOVA p-value?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))

# r21 anova: one-way F statistic, four fleet types turn times
g1 = [38, 42, 40, 45, 41]
g2 = [47, 50, 44, 49]
g3 = [52, 55, 51, 58, 54, 53]
g4 = [43, 39, 46, 44]
r21 = stats.f_oneway(g1, g2, g3, g4)
add("turn times (min) by fleet — A319: 38 42 40 45 41 | A320: 47 50 44 49 | A321: 52 55 51 58 "
    "54 53 | 737-800: 43 39 46 44. one-way anova, report the F statistic", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r21.statistic))

# r22 design: 2^(5-1) = 16 runs + 4 center points = 20
add("Planning a half-fraction screening design on five sealing factors (temp, dwell, pressure, "
    "foil lot, web tension), resolution V, one replicate, plus 4 center points. How many runs "
    "total?", "design", {"rule": "runs"}, 2**(5-1) + 4)

# r23 design: 2*2*2*3 full factorial, 2 replicates = 48
add("full factorial: 3 two-level factors (boarding method, jet bridge y/n, catering truck "
    "timing) and one three-level factor (crew size 4/5/6), duplicated (2 replicates). run count?",
    "design", {"rule": "runs"}, 2*2*2*3*2)

# r24 design: central composite, 3 factors: 8 factorial + 6 axial + 6 center = 20
add("How many runs in a central composite design for 3 factors with a full 2³ factorial core, "
    "the usual 6 axial (star) points and six center points?", "design", {"rule": "runs"},
    8 + 6 + 6)

# r25 control chart: Xbar-R UCL, n=5, A2 = 0.577
ucl25 = 250.2 + 0.577*3.1
add("Xbar-R on fill weight, subgroups of n=5 tablets/blister cavity checks. Grand mean 250.2 mg, "
    "R-bar 3.1 mg. UCL for the Xbar chart?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl25)

# r26 control chart: p-chart UCL, pbar 0.03, n 200
ucl26 = 0.03 + 3*math.sqrt(0.03*0.97/200)
add("p chart for late departures: we sample 200 departures per day, long-run fraction late "
    "p̄ = 0.03. 3-sigma upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.4, 0.6)/0.36
cpk = min(10.5 - 10.1, 10.1 - 9.5)/(3*0.12)
add("foil thickness spec 9.5–10.5 µm, process mean 10.1 µm, σ = 0.12 µm (within). Cpk = ?",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "cpk"}, cpk)

# r28 capability: Ppk from data with overall sample sd (n-1)
y = np.array([24.8, 25.3, 25.1, 24.6, 25.4, 25.0, 24.9, 25.2, 25.5, 24.7, 25.1, 25.0])
m, s = y.mean(), y.std(ddof=1)
ppk = min(26.0 - m, m - 24.0)/(3*s)
add("Torque on bottle caps, Nm, 12 readings: 24.8 25.3 25.1 24.6 25.4 25.0 24.9 25.2 25.5 24.7 "
    "25.1 25.0. LSL 24, USL 26. Compute Ppk using the overall sample standard deviation (n−1 "
    "divisor).", "capability", {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, float(ppk))

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*12/2)^2) = 139
z = stats.norm.ppf(0.975)
n29 = math.ceil((z*12/2)**2)
add("how many flights do I need to sample to estimate mean taxi-out time to within ±2 min at 95% "
    "confidence? assume σ ≈ 12 min known (z-based)", "sample_size",
    {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 18,500 lb -> kg (1 lb = 0.45359237 kg exactly)
add("fuel uplift came through as 18,500 lb — what's that in kg?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 18500*0.45359237)

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, pharma packaging line + airline ops analyst",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print(out, len(items))
for it in items:
    print(it["id"], it["mode"], it["reference"])
