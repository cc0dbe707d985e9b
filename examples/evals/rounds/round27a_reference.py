"""Reference answers for round27a: injection moulding / packaging line voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round27a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x", positive=True)

# r01 calculus: d/dt [25 + 205 e^{-t/12}] at t=12 -> -205/12 * e^{-1}
T = 25 + 205 * sp.exp(-t / 12)
d = sp.simplify(sp.diff(T, t).subs(t, 12))
add("part surface temp after ejection goes like T equals twenty five plus two hundred five "
    "times e to the minus t over twelve degrees C t in seconds what is dT dt at t equals "
    "twelve exact form please", "calculus", {"rule": "expr"}, str(d))

# r02 calculus: integral 0..6 of (6t^2 - t^3) dt = 108
v = sp.integrate(6 * t**2 - t**3, (t, 0, 6))
add("During fill the volumetric flow into the cavity follows Q(t) = 6t² − t³ cm³/s for "
    "0 ≤ t ≤ 6 s. What total volume is injected over those 6 seconds, in cm³?",
    "calculus", {"rule": "expr"}, str(v))

# r03 calculus: V = x(30-2x)^2, maximise on 0<x<15 -> x=5
V = x * (30 - 2 * x) ** 2
crit = [c for c in sp.solve(sp.diff(V, x), x) if 0 < c < 15]
best = max(crit, key=lambda c: V.subs(x, c))
add("tray blank is a 30 cm x 30 cm square sheet. we cut equal squares of side x out of each "
    "corner and fold the sides up into an open-top tray. which x (cm) gives the max volume?",
    "calculus", {"rule": "expr"}, str(best))

# r04 calculus: MTTF = int_0^inf exp(-(t/2000)^2) dt = 1000*sqrt(pi)
mttf = sp.simplify(sp.integrate(sp.exp(-(t / 2000) ** 2), (t, 0, sp.oo)))
add("barrel heater band reliability R(t) = exp(−(t/2000)²), t in hours. MTTF = ∫₀^∞ R(t) dt "
    "— exact value in hours?", "calculus", {"rule": "expr"}, str(mttf))

# r05 algebra: 2x^2 - 9x - 35 = 0 -> x = 7, -5/2
xs = sp.symbols("x")
roots = sorted(float(r) for r in sp.solve(2 * xs**2 - 9 * xs - 35, xs))
add("solve two x squared minus nine x minus thirty five equals zero give me both roots",
    "algebra", {"rule": "set"}, roots)

# r06 algebra: part = mould*(1-s) -> mould = 120/(1-0.018) = 60000/491
mould = sp.Rational(120) / (1 - sp.Rational(18, 1000))
add("Need the cavity length for a PP clip. Nominal part length is 120.0 mm and the mould "
    "shrinkage is 1.8 %, where shrinkage is defined as (mould dimension − part dimension) / "
    "mould dimension. What cavity dimension (mm) do we cut? Exact fraction is fine.",
    "algebra", {"rule": "expr"}, str(mould))

# r07 algebra: 800(1-e^{-t/40}) = 500 -> t = 40 ln(8/3)
sol = sp.solve(sp.Eq(800 * (1 - sp.exp(-t / 40)), 500), t)
add("nozzle tip warm-up: rise above ambient = 800(1 − e^(−t/40)) °C. solve for t (s) when the "
    "rise hits 500 °C, exact", "algebra", {"rule": "expr"}, "40*log(8/3)")
assert abs(float(sol[0]) - 40 * math.log(8 / 3)) < 1e-9

# r08 linear algebra: determinant = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("det [[2,1,0],[1,3,1],[0,1,4]] ?", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09 linear algebra: eigenvalues of [[5,2],[2,2]] -> 6, 1
C = np.array([[5.0, 2.0], [2.0, 2.0]])
ev = sorted(float(e) for e in np.linalg.eigvalsh(C))
add("Covariance matrix of shot weight (g) and cycle time (s) off the press monitor is "
    "[[5, 2], [2, 2]]. What are its eigenvalues?", "linear_algebra", {"rule": "set"},
    [round(e, 12) for e in ev])

# r10 probability: Binomial(50, 0.02), P(X<=1)
p10 = float(stats.binom.cdf(1, 50, 0.02))
add("seal defect rate is 2 percent. pull 50 pouches at random off the line — probability "
    "that at most one of them is defective? (binomial)", "probability",
    {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: Poisson(3.2), P(X=5)
p11 = float(stats.poisson.pmf(5, 3.2))
add("unplanned stops on the blister line average three point two per shift assume poisson "
    "what is the probability of exactly five stops in one shift", "probability",
    {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: P(N(48.5,0.4) < 47.8) = Phi(-1.75)
p12 = float(stats.norm.cdf(47.8, 48.5, 0.4))
add("Shot weight ~ N(μ = 48.5 g, σ = 0.4 g). What fraction of shots come in under 47.8 g?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Bayes 0.4*0.04 / (0.6*0.015 + 0.4*0.04) = 0.64
p13 = 0.4 * 0.04 / (0.6 * 0.015 + 0.4 * 0.04)
add("Packing line A produces 60% of the cartons and has a leak rate of 1.5%; line B produces "
    "the other 40% with a 4% leak rate. A carton picked at random from the warehouse is found "
    "leaking. What is the probability it was packed on line B?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis test: one-sample t, mu0 = 50.00, two-sided, p-value
w = [50.12, 49.87, 50.25, 50.31, 49.96, 50.18, 50.40, 50.05, 49.92, 50.22]
r14 = stats.ttest_1samp(w, 50.0)
add("shot weights (g) from cavity 1: 50.12 49.87 50.25 50.31 49.96 50.18 50.40 50.05 49.92 "
    "50.22. target is 50.00 g. one-sample t test, two-sided — p value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided, p-value
j1 = [14.2, 13.8, 15.1, 14.6, 14.9, 13.5, 14.4]
j2 = [13.1, 12.6, 13.9, 13.4, 12.2, 13.0, 13.7, 12.8]
r15 = stats.ttest_ind(j1, j2, equal_var=False)
add("Seal strength (N/15mm) from two sealing jaws.\n"
    "Jaw 1: 14.2, 13.8, 15.1, 14.6, 14.9, 13.5, 14.4\n"
    "Jaw 2: 13.1, 12.6, 13.9, 13.4, 12.2, 13.0, 13.7, 12.8\n"
    "Do the mean strengths differ? Use Welch's t-test (unequal variances), two-sided, and "
    "report the p-value.", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r15.pvalue))

# r16 hypothesis test: paired t statistic, d = before - after
before = [32.4, 28.9, 41.2, 35.6, 30.1, 38.8, 27.5, 33.9]
after = [31.1, 28.2, 39.5, 34.9, 29.6, 37.1, 27.8, 32.6]
r16 = stats.ttest_rel(before, after)
add("cycle time (s) on 8 moulds before/after the new conformal-cooled inserts, same moulds "
    "both times:\nbefore 32.4 28.9 41.2 35.6 30.1 38.8 27.5 33.9\nafter  31.1 28.2 39.5 34.9 "
    "29.6 37.1 27.8 32.6\npaired t test, differences taken as before − after. what's the t "
    "statistic?", "hypothesis_test", {"rule": "number", "key": "statistic", "tol": 1.0e-4},
    float(r16.statistic))

# r17 hypothesis test: chi-square test of independence on 2x3 table (no Yates for 2x3)
tab = np.array([[18, 25, 12], [27, 19, 21]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add("defect type by shift, counts from last month's scrap log:\n"
    "            short shot  flash  sink\n"
    "day shift        18       25     12\n"
    "night shift      27       19     21\n"
    "chi-square test of independence between shift and defect type — p-value?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(p17))

# r18 regression: OLS slope of shrinkage on packing pressure
pp = [400, 500, 600, 700, 800, 900]
sh = [1.92, 1.81, 1.73, 1.60, 1.52, 1.41]
r18 = stats.linregress(pp, sh)
add("packing pressure (bar): 400 500 600 700 800 900\nshrinkage (%):         1.92 1.81 1.73 "
    "1.60 1.52 1.41\nleast-squares line shrinkage vs pressure — slope in % per bar?",
    "regression", {"rule": "number", "key": "slope", "tol": 1.0e-4}, float(r18.slope))

# r19 regression: R^2 of straight-line fit of cooling time on wall thickness
wt = [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]
ct = [4.1, 7.9, 13.2, 19.8, 28.1, 37.5, 49.0]
r19 = stats.linregress(wt, ct)
add("We logged cooling time against wall thickness on the trial tool. Thickness (mm): 1.0, "
    "1.5, 2.0, 2.5, 3.0, 3.5, 4.0. Cooling time (s): 4.1, 7.9, 13.2, 19.8, 28.1, 37.5, 49.0. "
    "If we fit a simple straight line (cooling time = a + b·thickness), what is R²?",
    "regression", {"rule": "number", "key": "r_squared", "tol": 1.0e-4}, float(r19.rvalue**2))

# r20 anova: one-way ANOVA p-value, seal strength at 3 temperatures
g150 = [11.8, 12.4, 12.1, 11.5, 12.0]
g160 = [13.2, 12.9, 13.6, 13.1, 12.7]
g170 = [13.0, 13.9, 13.4, 14.1, 13.3]
r20 = stats.f_oneway(g150, g160, g170)
add("seal strength N/15mm at three jaw temps, 5 pouches each\n150C: 11.8 12.4 12.1 11.5 12.0"
    "\n160C: 13.2 12.9 13.6 13.1 12.7\n170C: 13.0 13.9 13.4 14.1 13.3\none way anova p value?",
    "anova", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r20.pvalue))

# r21 anova: one-way ANOVA F statistic, shot weight by cavity
c1 = [25.02, 25.08, 24.97, 25.05]
c2 = [25.11, 25.15, 25.09, 25.18]
c3 = [24.95, 25.01, 24.98, 24.93]
c4 = [25.04, 25.00, 25.07, 25.03]
r21 = stats.f_oneway(c1, c2, c3, c4)
add("Four-cavity tool, four shots weighed per cavity (g). Cavity 1: 25.02, 25.08, 24.97, 25.05; "
    "cavity 2: 25.11, 25.15, 25.09, 25.18; cavity 3: 24.95, 25.01, 24.98, 24.93; cavity 4: "
    "25.04, 25.00, 25.07, 25.03. Run a one-way ANOVA on cavity and give me the F statistic.",
    "anova", {"rule": "number", "key": "statistic", "tol": 1.0e-4}, float(r21.statistic))

# r22 design: 2^4 full factorial + 3 centre points, 1 replicate = 19 runs
add("planning a 2^4 full factorial on the press (melt temp, hold pressure, hold time, mould "
    "temp) plus 3 centre points, single replicate. total number of runs?", "design",
    {"rule": "runs"}, 2**4 + 3)

# r23 design: 3^3 full factorial, 2 replicates = 54 runs
add("three factors melt temp hold pressure cooling time each at three levels full factorial "
    "two replicates how many runs total", "design", {"rule": "runs"}, 3**3 * 2)

# r24 design: main effect of A in a 2^2 = mean(A+) - mean(A-) = 2.9
y = {(-1, -1): 12.1, (1, -1): 14.3, (-1, 1): 11.5, (1, 1): 15.1}
effA = np.mean([v for k, v in y.items() if k[0] == 1]) - np.mean([v for k, v in y.items()
                                                                    if k[0] == -1])
add("2² on the heat sealer, A = dwell time, B = jaw temp, coded levels. average seal strength "
    "(N/15mm): (−,−) 12.1, (+,−) 14.3, (−,+) 11.5, (+,+) 15.1 where the sign pairs are (A,B). "
    "main effect of A?", "design", {"rule": "number", "tol": 1.0e-6}, round(float(effA), 10))

# r25 control chart: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 24.82 + 0.577 * 0.46
add("X-bar/R chart for part weight: 25 subgroups of 5 parts, grand mean 24.82 g, average range "
    "0.46 g. What's the upper control limit on the X-bar chart?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-3}, ucl25)

# r26 control chart: c chart UCL = cbar + 3*sqrt(cbar)
ucl26 = 4.6 + 3 * math.sqrt(4.6)
add("gels / black specks counted on a fixed 10 m inspection length of film from each of 20 "
    "rolls, average 4.6 specks per inspection unit. 3-sigma UCL for the c chart?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1.0e-4}, ucl26)

# r27 capability: Ppk with overall sample sd (n-1), LSL 18, USL 30
s27 = [23.1, 24.6, 22.8, 25.3, 23.9, 24.1, 22.5, 24.8, 23.6, 25.0, 24.3, 23.2]
m, s = np.mean(s27), np.std(s27, ddof=1)
ppk = min((30 - m) / (3 * s), (m - 18) / (3 * s))
add("Lidding film seal strength, spec 18 to 30 N/15mm. Twelve peel tests: 23.1, 24.6, 22.8, "
    "25.3, 23.9, 24.1, 22.5, 24.8, 23.6, 25.0, 24.3, 23.2. Compute Ppk using the overall sample "
    "standard deviation (n − 1 divisor).", "capability",
    {"rule": "number", "key": "ppk", "tol": 1.0e-4}, float(ppk))

# r28 capability: REFUSE - no sigma / no data given, Cpk cannot be computed
add("cpk for cavity 2 please, LSL 24.50 g USL 25.50 g, mean is sitting at 25.10 g",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_{0.975} * 2.1 / 0.5)^2) = 68
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 2.1 / 0.5) ** 2)
add("how many pouches do I need to peel test to estimate the mean seal strength to within plus "
    "or minus 0.5 N/15mm at 95% confidence? σ is known from history, 2.1 N/15mm",
    "sample_size", {"rule": "int", "key": "n"}, int(n29))

# r30 unit conversion: 2150 psi -> MPa, 1 psi = 6894.757293168 Pa
mpa = 2150 * 6894.757293168 / 1e6
add("hydraulic pressure on the clamp reads two thousand one hundred fifty psi what is that in "
    "MPa", "unit_conversion", {"rule": "number", "tol": 1.0e-4}, mpa)

assert len(items) == 30
from collections import Counter
print(Counter(i["mode"] for i in items))
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, injection-moulding engineer and packaging "
                      "line supervisor shop-floor notes",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["reference"])
