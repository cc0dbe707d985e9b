"""Reference answers for round26c (energy/utilities + environmental monitoring voice)."""
import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__)); ROUND = "round26c"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

# ---------------- calculus ----------------
# r01: F(P)=0.002P^2+8.5P+300 ; dF/dP at 250 = 0.004*250+8.5 = 9.5
P = sp.symbols("P"); F = sp.Rational(2,1000)*P**2 + sp.Rational(17,2)*P + 300
r = sp.diff(F, P).subs(P, 250)
add("unit 3 fuel cost curve F(P) = 0.002P² + 8.5P + 300 $/h, P in MW. incremental cost dF/dP at P = 250 MW?",
    "calculus", {"rule": "expr"}, str(sp.nsimplify(r)))
# r02: integral 0..10 of 50 e^{-0.2 t} dt = 250(1-e^{-2})
t = sp.symbols("t"); r = sp.integrate(50*sp.exp(-t/5), (t, 0, 10))
add("After the release stopped, downwind ammonia concentration decayed as C(t) = 50·e^(−0.2t) ppm, "
    "t in hours. What's the cumulative exposure ∫ C dt from t = 0 to t = 10 h (ppm·h)? exact form please",
    "calculus", {"rule": "expr"}, str(sp.simplify(r)))
# r03: d/dT (1 - 300/T) = 300/T^2
T = sp.symbols("T"); r = sp.diff(1 - 300/T, T)
add("Carnot-type efficiency with a 300 K sink: η(T) = 1 − 300/T. Give dη/dT as a function of T.",
    "calculus", {"rule": "expr"}, str(r))
# r04: max of P(x) = -2x^2+40x+100 -> at x=10, value 300
x = sp.symbols("x"); Px = -2*x**2 + 40*x + 100
xs = sp.solve(sp.diff(Px, x), x)[0]; r = Px.subs(x, xs)
add("turbine output vs inlet guide vane setting x (deg): P(x) = −2x² + 40x + 100 kW. "
    "what is the maximum output P, in kW?", "calculus", {"rule": "expr"}, str(r))

# ---------------- algebra ----------------
# r05: roots of x^2 - 7x + 10 = 0 -> {2,5}
r = sorted(float(v) for v in sp.solve(x**2 - 7*x + 10, x))
add("solve x^2 - 7x + 10 = 0", "algebra", {"rule": "set"}, r)
# r06: 0.85 x + 120 = 460 -> x = 400
r = sp.solve(sp.Rational(85,100)*x + 120 - 460, x)[0]
add("Stack flow balance: 0.85·Q + 120 = 460 (kscfm). Solve for Q.", "algebra", {"rule": "expr"}, str(r))
# r07: a+b=100, 0.5a+2.0b=110 -> a=60, b=40
a, b = sp.symbols("x_1 x_2"); s = sp.solve([a + b - 100, sp.Rational(1,2)*a + 2*b - 110], [a, b])
add("We blend 100 tons of coal from two sources: x_1 tons at 0.5% sulfur and x_2 tons at 2.0% sulfur. "
    "Constraints: x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110 (tons × %S). How many tons is x_1?",
    "algebra", {"rule": "expr"}, str(s[a]))

# ---------------- linear algebra ----------------
# r08: det [[2,-1,0],[3,4,1],[1,0,5]] = 2*(20-0) -(-1)*(15-1) + 0 = 40+14 = 54
M = sp.Matrix([[2, -1, 0], [3, 4, 1], [1, 0, 5]]); r = M.det()
add("det of A = [[2, −1, 0], [3, 4, 1], [1, 0, 5]] ?", "linear_algebra", {"rule": "expr"}, str(r))
# r09: eigenvalues of [[4,1],[3,2]] -> trace 6, det 5 -> 1, 5
r = sorted(float(v) for v in sp.Matrix([[4, 1], [3, 2]]).eigenvals())
add("Linearized boiler drum model has state matrix A = [4 1; 3 2]. What are its eigenvalues λ?",
    "linear_algebra", {"rule": "set"}, r)

# ---------------- probability ----------------
# r10: Poisson(2.3), P(X<=1)
r = float(stats.poisson.cdf(1, 2.3))
add("Opacity exceedances at the stack average 2.3 per year (assume Poisson). P(X ≤ 1) in a given year?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r)
# r11: Binomial(20, 0.1), P(X>=3)
r = float(stats.binom.sf(2, 20, 0.1))
add("twenty monitoring wells, each independently has a 10% chance of exceeding the MCL for nitrate this "
    "quarter. probability that three or more wells exceed?", "probability", {"rule": "number", "tol": 1.0e-6}, r)
# r12: Normal(42, 3.5), P(X>48)
r = float(stats.norm.sf(48, 42, 3.5))
add("Hourly NOx at the outlet is normally distributed with μ = 42 ppm and σ = 3.5 ppm. "
    "What fraction of hours exceed 48 ppm?", "probability", {"rule": "number", "tol": 1.0e-6}, r)
# r13: Bayes: P(E|alarm) = 0.95*0.02 / (0.95*0.02 + 0.04*0.98)
r = 0.95*0.02 / (0.95*0.02 + 0.04*0.98)
add("Our CEMS alarm catches 95% of true exceedance hours, but also fires in 4% of hours that are actually "
    "compliant. True exceedances happen in 2% of hours. Given an alarm just went off, what's the "
    "probability it's a real exceedance?", "probability", {"rule": "number", "tol": 1.0e-6}, r)

# ---------------- hypothesis tests ----------------
# r14: one-sample t, H0 mu=10000, two-sided, p-value
hr = [10120, 9985, 10210, 10045, 10160, 9930, 10095, 10180]
res = stats.ttest_1samp(hr, 10000)
add("Net heat rate from 8 performance tests (Btu/kWh): 10120 9985 10210 10045 10160 9930 10095 10180. "
    "Design value is 10,000. One-sample t test, H0: μ = 10000 vs H1: μ ≠ 10000 — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))
# r15: Welch t statistic, A minus B
A = [38.2, 37.9, 38.5, 38.1, 37.6, 38.4]; B = [37.1, 37.8, 36.9, 37.5, 37.2, 38.0, 36.8]
res = stats.ttest_ind(A, B, equal_var=False)
add("welch t stat (unequal variances), unit A minus unit B, gross efficiency %\n"
    "A: 38.2 37.9 38.5 38.1 37.6 38.4\nB: 37.1 37.8 36.9 37.5 37.2 38.0 36.8",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res.statistic))
# r16: paired t, one-sided H1: before > after, p-value
before = [212, 198, 225, 240, 205, 219, 231, 208]
after = [201, 195, 214, 226, 207, 210, 220, 199]
res = stats.ttest_rel(before, after, alternative="greater")
add("SO2 (ppm) on 8 days before and after the scrubber recirc pump upgrade, same days-of-load matched "
    "pairwise:\nbefore 212 198 225 240 205 219 231 208\nafter  201 195 214 226 207 210 220 199\n"
    "Paired t test, one-sided, H1: mean(before − after) > 0. What's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))
# r17: one-proportion z, x=14, n=120, p0=0.05, SE uses p0, no continuity correction
ph = 14/120; z = (ph - 0.05) / math.sqrt(0.05*0.95/120)
add("Permit says no more than 5% of grab samples may exceed the turbidity limit. We had 14 exceedances "
    "in 120 samples. Test H0: p = 0.05 vs H1: p > 0.05 with the large-sample z test (standard error from "
    "p0, no continuity correction). What is the z statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, z)

# ---------------- regression ----------------
# r18: OLS slope heat rate vs load
load = [150, 200, 250, 300, 350, 400]; hrate = [10850, 10420, 10130, 9950, 9840, 9800]
lr = stats.linregress(load, hrate)
add("Fit a straight line, heat rate (Btu/kWh) on load (MW), least squares. Slope?\n"
    "MW:  150   200   250   300  350  400\nHR: 10850 10420 10130 9950 9840 9800",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))
# r19: R^2 of monthly MWh vs HDD
hdd = [320, 410, 280, 500, 450, 370, 600]; mwh = [41.2, 50.3, 37.8, 60.1, 55.0, 46.9, 70.4]
fit = sm.OLS(mwh, sm.add_constant(hdd)).fit()
add("How much of the variation in the substation's monthly energy (MWh) is explained by heating degree "
    "days? Simple linear regression, report R².\nHDD: 320, 410, 280, 500, 450, 370, 600\n"
    "MWh: 41.2, 50.3, 37.8, 60.1, 55.0, 46.9, 70.4",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit.rsquared))

# ---------------- ANOVA ----------------
# r20: one-way ANOVA F, 3 wells
w1 = [12.1, 13.4, 11.8, 12.9]; w2 = [14.2, 15.1, 13.8, 14.6]; w3 = [12.5, 12.0, 13.1, 12.7]
res = stats.f_oneway(w1, w2, w3)
add("Chloride (mg/L), four quarterly samples per well. One-way ANOVA across the three wells — F?\n"
    "MW-1: 12.1 13.4 11.8 12.9\nMW-2: 14.2 15.1 13.8 14.6\nMW-3: 12.5 12.0 13.1 12.7",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(res.statistic))
# r21: one-way ANOVA p-value, 4 stack-sampling methods (unequal n)
m1 = [18.2, 17.9, 18.6, 18.1, 18.4]; m2 = [18.8, 19.1, 18.5, 19.3]
m3 = [17.6, 18.0, 17.8, 18.3, 17.5]; m4 = [18.9, 18.4, 19.0, 18.7]
res = stats.f_oneway(m1, m2, m3, m4)
add("Four particulate sampling methods run on the same stack (mg/dscm). Is there any difference between "
    "methods? give me the one-way ANOVA p-value.\nMethod 5: 18.2 17.9 18.6 18.1 18.4\n"
    "Method 17: 18.8 19.1 18.5 19.3\nOTM-27: 17.6 18.0 17.8 18.3 17.5\nPM CEMS: 18.9 18.4 19.0 18.7",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# ---------------- design ----------------
# r22: 2^(5-1) half fraction = 16 runs
add("how many runs in a 2^(5−1) half-fraction screening design for five combustion tuning factors "
    "(no center points, no replication)?", "design", {"rule": "runs"}, 2**(5-1))
# r23: 3^3 full factorial x 2 replicates = 54
add("Full factorial: excess O2, burner tilt and overfire air damper, each at three levels, and we want "
    "two complete replicates. Total number of test runs?", "design", {"rule": "runs"}, 3**3*2)
# r24: 2^2 main effect of A = [(a + ab) - ((1) + b)]/2 = (70+74-62-58)/2 = 12
y1, ya, yb, yab = 62, 70, 58, 74
effA = ((ya + yab) - (y1 + yb)) / 2
add("Unreplicated 2² experiment on a gas turbine, response = NOx reduction (%). Factor A = water injection "
    "rate, B = firing temperature. Results: (1) = 62, a = 70, b = 58, ab = 74. Estimate the main effect "
    "of A (average high-level response minus average low-level response).",
    "design", {"rule": "number", "tol": 1.0e-6}, effA)

# ---------------- control charts ----------------
# r25: Xbar-R, n=5, A2=0.577, UCL = 74.2 + 0.577*2.1
ucl = 74.2 + 0.577*2.1
add("X̄–R chart on feedwater temperature, subgroups of n = 5, grand mean 74.2 °C, R̄ = 2.1 °C. "
    "Upper control limit for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl)
# r26: p chart, pbar = 0.08, n = 200, UCL = p + 3 sqrt(p(1-p)/n)
pb, n = 0.08, 200; ucl = pb + 3*math.sqrt(pb*(1-pb)/n)
add("p chart for the fraction of daily stack samples flagged invalid: constant n = 200 samples per day, "
    "p̄ = 0.08. 3-sigma UCL?", "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl)

# ---------------- capability ----------------
# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(545-538.5, 538.5-525)/(3*2.0) = 6.5/6
cpk = min(545 - 538.5, 538.5 - 525) / (3*2.0)
add("Main steam temperature spec is 525–545 °C. Process runs at mean 538.5 °C with σ = 2.0 °C (within). "
    "What's Cpk?", "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)
# r28: refuse: Cpk requested with no sigma / spread information at all
add("NOx analyzer readings, USL = 50 ppm, process mean 44.1 ppm. what's our Cpk? manager wants it for "
    "the quarterly report", "capability", {"rule": "refuse"}, None)

# ---------------- sample size ----------------
# r29: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.95996*2.1/0.5)^2) = ceil(67.76) = 68
z = stats.norm.ppf(0.975); nreq = math.ceil((z*2.1/0.5)**2)
add("How many groundwater samples do we need to estimate mean benzene concentration within ±0.5 µg/L "
    "at 95% confidence? Assume σ = 2.1 µg/L known, normal approximation.",
    "sample_size", {"rule": "int", "key": "n"}, nreq)

# ---------------- unit conversion ----------------
# r30: 9500 Btu/kWh -> kJ/kWh using IT Btu = 1.05505585262 kJ
r = 9500 * 1.05505585262
add("convert a heat rate of 9,500 Btu/kWh to kJ/kWh (IT Btu)", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4}, r)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, energy/utilities engineer and environmental monitoring statistician (heat rate, emissions ppm, groundwater, exceedances)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
