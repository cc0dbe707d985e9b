"""round35a reference answers: haul-truck reliability + hospital pharmacy voice."""
import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.formula.api import ols

ROUND = "round35a"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})
t, x = sp.symbols("t x")

# r01 calculus: derivative of tread depth 60*exp(-t/8000) -> -(3/400) exp(-t/8000)
d = sp.diff(60*sp.exp(-t/8000), t)
add("tread depth model d(t) = 60·e^(−t/8000) mm, t in engine hours. give me d'(t), the wear rate as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: integral of (50+10t) dt from 0 to 3 = 195 mL
v = sp.integrate(50 + 10*t, (t, 0, 3))
add("Infusion ramps linearly: rate r(t) = 50 + 10t mL/h, t in hours. Total volume delivered over the first 3 hours (integrate r from 0 to 3)? Answer in mL.",
    "calculus", {"rule": "expr"}, str(v))

# r03 calculus: maximiser of -2x^2+120x+500 -> x=30
f = -2*x**2 + 120*x + 500
xm = sp.solve(sp.diff(f, x), x)[0]
add("Fleet throughput model P(x) = −2x² + 120x + 500 where x is trucks dispatched per shift. what x maximizes P",
    "calculus", {"rule": "expr"}, str(xm))

# r04 calculus: integral_0^inf 20 t e^{-t/2} dt = 80 (AUC)
auc = sp.integrate(20*t*sp.exp(-t/2), (t, 0, sp.oo))
add("plasma conc C(t)=20·t·e^(−0.5t) mg/L (t in h). AUC from 0 to ∞ = ?",
    "calculus", {"rule": "expr"}, str(auc))

# r05 algebra: roots of x^2 - 7x + 10 -> {2, 5}
roots = sorted(float(r) for r in sp.solve(x**2 - 7*x + 10, x))
add("solve x² − 7x + 10 = 0 (both roots pls)", "algebra", {"rule": "set"}, roots)

# r06 algebra: dopamine 5 mcg/kg/min * 80 kg = 400 mcg/min = 24 mg/h; bag 400 mg/250 mL = 1.6 mg/mL -> 15 mL/h
rate = (5*80*60/1000) / (400/250)
add("Dopamine order 5 mcg/kg/min for an 80 kg patient. Bag is 400 mg in 250 mL D5W. What pump rate in mL/h?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(rate))

# r07 algebra: 3a+2b=690, a+4b=630 -> a=150, b=120; ask b
a, b = sp.symbols("a b")
sol = sp.solve([3*a + 2*b - 690, a + 4*b - 630], [a, b])
add("Two loader configs. Three passes of bucket A plus two of bucket B load 690 t; one pass of A plus four of B load 630 t. "
    "Assuming each pass of a bucket moves the same tonnage, how many tonnes does one pass of bucket B move?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(sol[b]))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = np.array([[4, 1], [2, 3]], float)
add("eigenvalues of [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"},
    sorted(float(e) for e in np.linalg.eigvals(M).real))

# r09 linear algebra: det [[2,0,1],[1,3,2],[1,1,4]] = 18
D = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 4]]).det()
add("What's the determinant of the 3×3 matrix with rows (2, 0, 1), (1, 3, 2), (1, 1, 4)?",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(D))

# r10 probability: Poisson(1.8), P(X>=3) = 1 - cdf(2)
add("Our 793s average 1.8 tyre failures per month across the fleet (Poisson). Probability of 3 or more failures next month?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.poisson.sf(2, 1.8)))

# r11 probability: Binomial(20, 0.03) P(X=1)
add("if 3% of compounded IV bags fail visual inspection, independently, what's P(exactly one fails) in a batch of twenty?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.binom.pmf(1, 20, 0.03)))

# r12 probability: Normal(24.5, 2.1) P(X>28)
add("haul cycle time ~ N(μ=24.5 min, σ=2.1 min). P(cycle > 28 min)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.norm.sf(28, 24.5, 2.1)))

# r13 probability: Weibull reliability R(6000) = exp(-(6000/9000)^2.2)
add("Final drive life follows a two-parameter Weibull with shape β = 2.2 and scale η = 9000 h. "
    "What's the probability a final drive survives past 6000 hours?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(math.exp(-(6000/9000)**2.2)))

# r14 hypothesis test: one-sample t, two-sided, H0 mu=5000
life = [5210, 4870, 5430, 5120, 4990, 5360, 5280, 4760, 5150, 5400]
r = stats.ttest_1samp(life, 5000)
add("Tyre lives (h) from the last ten pulled tyres: 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400. "
    "Vendor claims mean life 5000 h. One-sample t-test, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
A = [221.4, 218.9, 225.1, 219.7, 223.0, 220.6, 224.3]
B = [216.2, 219.8, 214.5, 221.1, 217.3, 215.9]
r = stats.ttest_ind(A, B, equal_var=False)
add("payloads (t) truck class A: 221.4, 218.9, 225.1, 219.7, 223.0, 220.6, 224.3 ; class B: 216.2, 219.8, 214.5, 221.1, 217.3, 215.9. "
    "Welch t test (unequal variances), two sided, p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r.pvalue))

# r16 hypothesis test: refuse -- two-sample t with no SDs / no raw data
add("Two-sample t-test: truck A mean payload 212 t, truck B mean 206 t, n = 10 trucks each. What's the p-value?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r17 hypothesis test: chi-square test of independence 2x3 (no continuity correction; dof=2)
tab = np.array([[12, 18, 25], [488, 382, 275]])
chi2, p, dof, _ = stats.chi2_contingency(tab)
add("Compounding errors by shift. Day: 12 errors out of 500 preps, Evening: 18 of 400, Night: 25 of 300. "
    "Chi-square test of independence between shift and error (yes/no) — give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p))

# r18 regression: OLS slope fuel vs payload
px = [180, 195, 210, 220, 235, 250]
fy = [38.2, 40.1, 42.9, 44.0, 46.8, 49.5]
lr = stats.linregress(px, fy)
add("regress fuel burn per cycle (L) on payload (t). payload: 180 195 210 220 235 250 / fuel: 38.2 40.1 42.9 44.0 46.8 49.5. slope?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r19 regression: R^2 of dose on weight
wt = [52, 61, 68, 75, 83, 90, 97]
dose = [780, 900, 1020, 1130, 1240, 1360, 1450]
lr2 = stats.linregress(wt, dose)
add("Looking at vanc loading doses vs patient weight. Weights (kg) 52, 61, 68, 75, 83, 90, 97 got doses (mg) 780, 900, 1020, 1130, 1240, 1360, 1450. "
    "Fit a straight line dose = b0 + b1·weight by least squares; what is R²?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(lr2.rvalue**2))

# r20 anova: one-way F statistic, 3 tyre compounds
g1 = [2.1, 2.4, 2.3, 2.6, 2.2]; g2 = [2.8, 2.7, 3.0, 2.9, 2.6]; g3 = [2.3, 2.5, 2.2, 2.4, 2.6]
r = stats.f_oneway(g1, g2, g3)
add("Tread wear rate (mm per 1000 h) for three rubber compounds, five tyres each:\n"
    "  compound A: 2.1 2.4 2.3 2.6 2.2\n  compound B: 2.8 2.7 3.0 2.9 2.6\n  compound C: 2.3 2.5 2.2 2.4 2.6\n"
    "One-way ANOVA — what's the F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r.statistic))

# r21 anova: one-way p-value, 4 technicians
T = [[6.2, 5.8, 6.5, 6.1], [7.0, 6.8, 7.3, 6.9], [6.0, 6.4, 6.3, 5.9], [6.6, 7.1, 6.7, 6.9]]
r = stats.f_oneway(*T)
add("do the 4 techs differ in TPN prep time? mins — tech1 6.2,5.8,6.5,6.1 tech2 7.0,6.8,7.3,6.9 tech3 6.0,6.4,6.3,5.9 tech4 6.6,7.1,6.7,6.9. one way anova p value",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r.pvalue))

# r22 design: 2^4 full factorial x 3 replicates = 48 runs
add("We want a full factorial on four two-level factors (tyre pressure, load, speed limit, road grade class), replicated three times. How many runs total?",
    "design", {"rule": "runs"}, 2**4 * 3)

# r23 design: 2^(6-2) fractional factorial = 16 runs
add("2^(6−2) fractional factorial, no replicates, no centre points — number of runs?",
    "design", {"rule": "runs"}, 2**(6-2))

# r24 design: CCD in 3 factors: 2^3 cube + 2*3 axial + 5 centre = 19
add("Planning a central composite design for 3 factors in the infusion stability study: full 2³ cube, the usual 2k axial (star) points, plus 5 centre runs. Total runs?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 5)

# r25 control chart: Xbar-R, n=5, A2=0.577; UCL = 42.0 + 0.577*3.1
add("xbar-R chart on strut pressure, subgroups of 5, grand mean 42.0 bar, R-bar 3.1 bar. UCL for the xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, 42.0 + 0.577*3.1)

# r26 control chart: p chart, 25 samples of 200, 90 defectives total; UCL = pbar + 3 sqrt(pbar(1-pbar)/200)
pbar = 90 / (25*200)
add("p-chart for mislabelled syringes: 25 daily samples of 200 syringes each, 90 defectives in total across all samples. What's the upper control limit (3-sigma)?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, float(pbar + 3*math.sqrt(pbar*(1-pbar)/200)))

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(1.4, 2.6)/1.5
add("Fill volume spec 98–102 mL, process mean 100.6 mL, σ = 0.5 mL. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, float(min(102-100.6, 100.6-98)/(3*0.5)))

# r28 capability: Ppk from data with overall sample sd (n-1)
fill = [50.12, 50.31, 49.88, 50.05, 50.22, 50.40, 49.95, 50.18, 50.27, 50.09, 50.33, 50.15]
m, s = np.mean(fill), np.std(fill, ddof=1)
add("50 mL syringe fills, LSL 49.0 USL 51.0. twelve readings: 50.12 50.31 49.88 50.05 50.22 50.40 49.95 50.18 50.27 50.09 50.33 50.15. "
    "Ppk using the overall sample std dev (n−1)?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(min(51.0-m, m-49.0)/(3*s)))

# r29 sample size: n = ceil((z_{0.975} * 850 / 200)^2) = 70
z = stats.norm.ppf(0.975)
add("How many tyres do I need to track to estimate mean tyre life within ±200 h at 95% confidence? Assume σ = 850 h is known.",
    "sample_size", {"rule": "int", "key": "n"}, int(math.ceil((z*850/200)**2)))

# r30 unit conversion: 240 short tons -> metric tonnes (1 short ton = 0.90718474 t)
add("240 short tons payload in metric tonnes?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 240*0.90718474)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, mining haul-truck reliability engineer and hospital IV pharmacy technician",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
print("wrote", out)
