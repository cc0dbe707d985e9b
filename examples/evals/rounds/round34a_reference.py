"""Reference answers for round34a (distillery/winery production + port & shipping ops voice)."""
import os, math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round34a"
items = []

def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, x = sp.symbols("t x")

# r01 calculus: derivative of 12 + 14 e^{-t/20} -> -7/10 e^{-t/20}
d = sp.diff(12 + 14*sp.exp(-t/20), t)
add("fermenter 3 cooling curve is T(t) = 12 + 14·e^(−t/20) °C, t in hours. need dT/dt as a function of t pls",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: total crane moves = integral_0^6 (30 + 6t - t^2) dt = 216
v = sp.integrate(30 + 6*t - t**2, (t, 0, 6))
add("Our STS crane rate over a shift ramps like r(t) = 30 + 6t − t² moves per hour, t in hours from shift start. "
    "How many total moves does that give over the first six hours?",
    "calculus", {"rule": "expr"}, str(v))

# r03 calculus: maximize P(x) = x(120-2x) - 200 -> critical point x=30 (P''=-4<0)
P = x*(120 - 2*x) - 200
crit = sp.solve(sp.diff(P, x), x)
assert crit == [30] and sp.diff(P, x, 2) < 0
add("margin model for the reserve cab: P(x) = x(120 − 2x) − 200 where x = cases/day allocated to the tasting room. "
    "which x maximizes P?", "calculus", {"rule": "expr"}, str(crit[0]))

# r04 calculus: second derivative of x^3 ln x = 6x ln x + 5x
d2 = sp.expand(sp.diff(x**3*sp.log(x), x, 2))
add("second derivative wrt x of x³·ln(x)?", "calculus", {"rule": "expr"}, str(d2))

# r05 algebra: blend 40% and 65% ABV into 200 L at 55% -> 0.65y + 0.40(200-y) = 110 -> y = 120 L of 65%
y = sp.symbols("y")
sol = sp.solve(sp.Eq(sp.Rational(65, 100)*y + sp.Rational(40, 100)*(200 - y), sp.Rational(55, 100)*200), y)[0]
add("Hi team — for the gin batch I need 200 L at 55% ABV, blended from a 40% ABV neutral and a 65% ABV cut. "
    "How many litres of the 65% stock go in? (ABV by volume, ignore contraction)",
    "algebra", {"rule": "expr"}, str(sol))

# r06 algebra: roots of t^2 - 7t + 10 = 0 -> {2, 5}
r = sorted(float(s) for s in sp.solve(t**2 - 7*t + 10, t))
add("solve t^2 − 7t + 10 = 0 for t (both roots)", "algebra", {"rule": "set"}, r)

# r07 algebra: 3a + 2b = 190, a + 4b = 180 -> a = 40, b = 35; ask for b
a, b = sp.symbols("a b")
s = sp.solve([3*a + 2*b - 190, a + 4*b - 180], [a, b])
add("yard planning: 3a + 2b = 190 and a + 4b = 180, where a = dry boxes and b = reefers staged per block. "
    "what's b?", "algebra", {"rule": "expr"}, str(s[b]))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
ev = sorted(float(e) for e in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add("eigenvalues of the berth transition matrix [[4, 1], [2, 3]]?", "linear_algebra", {"rule": "set"}, ev)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 2(12-1) - 1(4-0) = 18
det = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("Can you give me the determinant of\n2 1 0\n1 3 1\n0 1 4\n(rows as shown)", "linear_algebra",
    {"rule": "expr"}, str(det))

# r10 probability: Poisson(3.2), P(X >= 5) = 1 - cdf(4)
p = float(stats.poisson.sf(4, 3.2))
add("vessel arrivals at the bulk berth ~ Poisson, mean 3.2 per day. P(five or more arrivals tomorrow)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p)

# r11 probability: Binomial(20, 0.05), P(X = 2)
p = float(stats.binom.pmf(2, 20, 0.05))
add("cork supplier runs 5% defective. If I pull 20 corks at random, what's the probability exactly 2 are defective?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p)

# r12 probability: Normal(750, 4), P(X < 742) = Phi(-2)
p = float(stats.norm.cdf(742, 750, 4))
add("Fill volume on line 2 is normally distributed, μ = 750 mL, σ = 4 mL. What fraction of bottles come in under 742 mL?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p)

# r13 probability: Bayes. P(C)=0.02, sens 0.95, FP rate 0.03 -> 0.019/(0.019+0.0294)
p = 0.02*0.95/(0.02*0.95 + 0.98*0.03)
add("Dear QA, roughly 2% of our barrels carry Brett contamination. The rapid PCR assay flags 95% of contaminated "
    "barrels and gives a false positive on 3% of clean ones. If a barrel tests positive, what is the probability "
    "it is actually contaminated?", "probability", {"rule": "number", "tol": 1.0e-6}, p)

# r14 hypothesis test: one-sample t, H0 mu = 40.0, two-sided, p-value
abv = [40.12, 39.88, 40.25, 40.31, 39.97, 40.18, 40.22, 40.05]
res = stats.ttest_1samp(abv, 40.0)
add("label claims 40.0% ABV. lab readings on 8 bottles: 40.12 39.88 40.25 40.31 39.97 40.18 40.22 40.05. "
    "one-sample t, two-sided — p value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided, p-value
A = [3.2, 4.1, 2.8, 5.0, 3.7, 4.4, 3.9]
B = [4.8, 5.6, 4.2, 6.1, 5.3, 4.9, 5.8, 6.4]
res = stats.ttest_ind(A, B, equal_var=False)
add("Container dwell (days), import boxes.\nTerminal A: 3.2, 4.1, 2.8, 5.0, 3.7, 4.4, 3.9\n"
    "Terminal B: 4.8, 5.6, 4.2, 6.1, 5.3, 4.9, 5.8, 6.4\n"
    "Welch t-test (unequal variances), two-sided: what's the p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r16 hypothesis test: chi-square independence on 2x3 table (no continuity correction applies for >2x2)
tab = np.array([[182, 14, 4], [151, 21, 8]])
chi2, pv, dof, _ = stats.chi2_contingency(tab)
add("Cargo damage by shift, counts of lifts:\n        none  minor  major\nday      182     14      4\n"
    "night    151     21      8\nchi-square test of independence — p?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(pv))

# r17 hypothesis test: REFUSE - two-sample t requested with no SDs/variability info
add("cask A averaged 62.4% ABV, cask B averaged 61.7% ABV, 10 samples from each. two-sample t-test p-value? "
    "thats all i have from the cellar sheet", "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of waiting time on berth occupancy
occ = np.array([55, 60, 65, 70, 75, 80, 85, 90], float)
wait = np.array([2.1, 2.6, 3.0, 3.9, 4.6, 5.8, 7.1, 9.0])
fit = sm.OLS(wait, sm.add_constant(occ)).fit()
add("berth occupancy (%) vs avg vessel waiting time (h), last 8 months:\n"
    "occ: 55 60 65 70 75 80 85 90\nwait: 2.1 2.6 3.0 3.9 4.6 5.8 7.1 9.0\n"
    "fit a straight line wait = b0 + b1·occ by least squares, what's the slope b1?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(fit.params[1]))

# r19 regression: R^2 of simple linear fit, days to dryness vs fermentation temperature
temp = np.array([14, 16, 18, 20, 22, 24], float)
days = np.array([21, 18, 16, 13, 12, 10], float)
fit = sm.OLS(days, sm.add_constant(temp)).fit()
add("Ferment temp (°C) 14,16,18,20,22,24 and days-to-dryness 21,18,16,13,12,10 for six Sauv Blanc tanks. "
    "How much of the variation does a simple linear regression explain (R²)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit.rsquared))

# r20 anova: one-way ANOVA p-value, three yeast strains
Y1 = [78.2, 79.1, 77.5, 78.8]; Y2 = [80.4, 81.0, 79.7, 80.9]; Y3 = [77.9, 78.4, 78.8, 77.2]
res = stats.f_oneway(Y1, Y2, Y3)
add("apparent attenuation % by yeast strain, 4 fermenters each —\nEC-1118: 78.2 79.1 77.5 78.8\n"
    "QA23: 80.4 81.0 79.7 80.9\nD47: 77.9 78.4 78.8 77.2\none-way ANOVA p-value?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r21 anova: one-way ANOVA F statistic, 4 cranes x 5 shifts
C = [[28, 31, 29, 30, 27], [32, 33, 30, 34, 31], [29, 28, 30, 27, 31], [33, 35, 32, 34, 36]]
res = stats.f_oneway(*C)
add("Moves per hour for four quay cranes, five shifts each. STS1 28 31 29 30 27; STS2 32 33 30 34 31; "
    "STS3 29 28 30 27 31; STS4 33 35 32 34 36. I want the F statistic from a one-way ANOVA comparing the cranes.",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(res.statistic))

# r22 design: 2^3 full factorial x 2 replicates + 3 center runs total = 19
add("planning a mash trial: 3 factors (mash temp, grist ratio, rest time) at two levels each, full factorial, "
    "replicated twice, plus 3 centre-point runs in total. how many runs is that?", "design",
    {"rule": "runs"}, 2**3*2 + 3)

# r23 design: 2^(6-2) fractional factorial = 16 runs
add("Quick q — a 2^(6−2) fractional factorial for the gate-throughput study, no replicates, no centre points. Run count?",
    "design", {"rule": "runs"}, 2**(6-2))

# r24 design: CCD, k=3: 2^3 factorial + 2k=6 axial + 6 center = 20
add("We'd like a central composite design on three factors (yeast pitch rate, temperature, nutrient dose) "
    "using the full 2³ factorial core, the usual axial (star) points and 6 centre points. "
    "Total number of experimental runs?", "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r25 control chart: Xbar chart UCL = Xbarbar + A2*Rbar, A2(n=5)=0.577
ucl = 52.3 + 0.577*4.1
add("xbar-R on barrel entry proof, subgroups of 5, grand mean 52.3, Rbar 4.1. UCL for the xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl)

# r26 control chart: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n), pbar=0.04, n=200
ucl = 0.04 + 3*math.sqrt(0.04*0.96/200)
add("Label-misapplication p chart: samples of 200 bottles per shift, long-run average fraction defective is 0.04. "
    "What is the upper control limit (3-sigma)?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.8, 1.2)/0.75
cpk = min(41.0 - 40.2, 40.2 - 39.0)/(3*0.25)
add("ABV spec 39.0–41.0 %, process mean 40.2, sigma 0.25 (within). Cpk?", "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r28 capability: Ppk from data using overall sample SD (n-1)
v = np.array([40.05, 40.12, 39.96, 40.21, 40.08, 39.91, 40.15, 40.02, 40.18, 40.10])
m, s = v.mean(), v.std(ddof=1)
ppk = min(40.5 - m, m - 39.5)/(3*s)
add("Spec limits for bottled ABV are 39.5 to 40.5. Ten bottles from this week: 40.05, 40.12, 39.96, 40.21, 40.08, "
    "39.91, 40.15, 40.02, 40.18, 40.10. Compute Ppk using the overall sample standard deviation (n−1).",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(ppk))

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma=3 h, E=0.5 h -> 139
z = stats.norm.ppf(0.975)
n = math.ceil((z*3/0.5)**2)
add("how many truck turn times do I need to sample to estimate the mean within ±0.5 h at 95% confidence? "
    "σ is about 3 h from last year (treat as known, z-based)", "sample_size",
    {"rule": "int", "key": "n"}, n)

# r30 unit conversion: 53 US gal -> L, 1 US gal = 3.785411784 L exactly
add("standard bourbon barrel is 53 US gallons — how many litres is that?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 53*3.785411784)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, distillery/winery production and port & shipping operations",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(os.path.join(DIR, f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
