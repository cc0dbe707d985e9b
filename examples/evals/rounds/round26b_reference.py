"""Reference answers for round26b (logistics/warehouse + call-centre voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round26b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, q = sp.symbols("t x q", positive=True)

# r01 calculus: total picks = int_0^60 140(1-e^{-t/20}) dt = 5600 + 2800 e^{-3}
v = sp.integrate(140 * (1 - sp.exp(-t / 20)), (t, 0, 60))
assert sp.simplify(v - (5600 + 2800 * sp.exp(-3))) == 0
add("pick rate ramps up after shift start like r(t) = 140(1 − e^(−t/20)) picks per min, t in mins. "
    "total picks in teh first 60 min? exact pls",
    "calculus", {"rule": "expr"}, "5600 + 2800*exp(-3)")

# r02 calculus: p(t)=100 t^2/(t^2+25), p'(5) = 5000*5/50^2 = 10
p = 100 * t**2 / (t**2 + 25)
d = sp.diff(p, t).subs(t, 5)
assert sp.simplify(d - 10) == 0
add("on-time % model vs weeks since go-live: p(t) = 100t²/(t² + 25). how fast is it climbing "
    "at t = 5 wks, i.e. dp/dt at t=5 (pct pts per wk)?",
    "calculus", {"rule": "expr"}, "10")

# r03 calculus: EOQ-style cost C(q) = 2000*50/q + 0.5*4*q; C' = 0 -> q = sqrt(50000) = 100 sqrt(5)
C = 2000 * 50 / q + sp.Rational(1, 2) * 4 * q
sol = sp.solve(sp.diff(C, q), q)
assert len(sol) == 1 and sp.simplify(sol[0] - 100 * sp.sqrt(5)) == 0
add("Annual cost for replenishing a forward pick location: C(q) = 2000·50/q + 0.5·4·q where q is "
    "the order qty (q>0). What q minimizes C? Give exact value, not rounded.",
    "calculus", {"rule": "expr"}, "100*sqrt(5)")

# r04 calculus: int_0^3 x^2 e^{-x} dx = 2 - 17 e^{-3}
v = sp.integrate(x**2 * sp.exp(-x), (x, 0, 3))
assert sp.simplify(v - (2 - 17 * sp.exp(-3))) == 0
add("integrate x^2*exp(-x) dx from 0 to 3", "calculus", {"rule": "expr"}, "2 - 17*exp(-3)")

# r05 algebra: 2x^2 - 11x + 12 = 0 -> x = 3/2, 4
r = sp.solve(2 * x**2 - 11 * x + 12, x)
assert set(r) == {sp.Rational(3, 2), 4}
add("roots of 2x² − 11x + 12 = 0 ? (staffing curve crossing pts)", "algebra",
    {"rule": "set"}, [1.5, 4.0])

# r06 algebra: a + b = 230, 3a - 2b = 40 -> a = 100, b = 130
a, b = sp.symbols("a b")
s = sp.solve([a + b - 230, 3 * a - 2 * b - 40], [a, b])
assert s[a] == 100 and s[b] == 130
add("Two zones, A and B, did 230 picks combined in the last hour. Also 3 times zone A's count "
    "minus twice zone B's count comes out to 40. How many picks did zone A do?",
    "algebra", {"rule": "expr"}, "100")

# r07 algebra: 1.05^n = 2 -> n = ln2 / ln 1.05
n = sp.symbols("n", real=True)
s = sp.solve(sp.Eq(sp.Rational(21, 20)**n, 2), n)
assert sp.simplify(s[0] - sp.log(2) / sp.log(sp.Rational(21, 20))) == 0
add("order vol growing 5%/wk compounding. solve 1.05^n = 2 for n exactly (closed form, dont round "
    "to whole weeks)", "algebra", {"rule": "expr"}, "log(2)/log(21/20)")

# r08 linear algebra: det of 3x3
M = sp.Matrix([[4, 1, 2], [0, 3, -1], [2, 5, 1]])
dv = M.det()
assert dv == 4 * (3 + 5) - 1 * (0 + 2) + 2 * (0 - 6)  # 32 - 2 - 12 = 18
add("det of [[4,1,2],[0,3,-1],[2,5,1]] ?", "linear_algebra", {"rule": "expr"}, str(dv))

# r09 linear algebra: eigenvalues of Markov matrix [[0.9,0.1],[0.3,0.7]] -> 1, 0.6
P = np.array([[0.9, 0.1], [0.3, 0.7]])
ev = sorted(np.linalg.eigvals(P).real)
assert np.allclose(ev, [0.6, 1.0])
add("agent state transition matrix (rows = from: available, on-call) is\n"
    "0.9 0.1\n0.3 0.7\nwhat are its eigenvalues", "linear_algebra", {"rule": "set"}, [1.0, 0.6])

# r10 probability: Poisson 12/hr -> lambda = 2 in 10 min; P(X=3) = e^-2 2^3/3! = 4/3 e^-2
lam = sp.Integer(2)
pv = sp.exp(-lam) * lam**3 / sp.factorial(3)
assert sp.simplify(pv - sp.Rational(4, 3) * sp.exp(-2)) == 0
add("calls hit the queue as a Poisson process, avg 12 arrivals per hr. prob of exactly 3 arrivals "
    "in a 10 min window? exact form", "probability", {"rule": "expr"}, "4*exp(-2)/3")

# r11 probability: Binomial(50, 0.02), P(X >= 2) = 1 - P(0) - P(1)
pv = 1 - stats.binom.cdf(1, 50, 0.02)
assert abs(pv - (1 - 0.98**50 - 50 * 0.02 * 0.98**49)) < 1e-12
add("Each order independently has a 2% chance of a picking error. In a batch of 50 orders, what's "
    "the probability of 2 or more errors?", "probability", {"rule": "number", "tol": 1.0e-6},
    float(pv))

# r12 probability: Normal(6.2, 1.4^2), P(X > 8)
pv = stats.norm.sf(8, loc=6.2, scale=1.4)
add("AHT ~ normal, mean 6.2 min, std dev 1.4 min. what fraciton of calls run longer than 8 min?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(pv))

# r13 probability: Bayes; P(B|err) = 0.4*0.03 / (0.6*0.015 + 0.4*0.03) = 4/7
pv = sp.Rational(4, 10) * sp.Rational(3, 100) / (
    sp.Rational(6, 10) * sp.Rational(15, 1000) + sp.Rational(4, 10) * sp.Rational(3, 100))
assert pv == sp.Rational(4, 7)
add("day shift packs 60% of orders w/ a 1.5% mis-ship rate, night shift packs the other 40% w/ a "
    "3% mis-ship rate. a customer reports a mis-ship — prob it was packed on nights?",
    "probability", {"rule": "expr"}, "4/7")

# r14 hypothesis test: one-sample t, two-sided, H0 mu = 300 s
aht = [312, 295, 330, 318, 301, 289, 325, 340, 308, 297, 315, 322]
res = stats.ttest_1samp(aht, 300)
add("handle times (sec) for 12 randomly pulled calls: 312 295 330 318 301 289 325 340 308 297 315 "
    "322. target avg is 300 s. one-sample t test, two sided — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided; report t statistic (A minus B)
shiftA = [118, 125, 131, 122, 127, 119, 134, 128]
shiftB = [112, 109, 121, 115, 108, 117, 113, 111, 119, 110]
res = stats.ttest_ind(shiftA, shiftB, equal_var=False)
add("Pick rates (lines/hr) by shift.\nA: 118 125 131 122 127 119 134 128\n"
    "B: 112 109 121 115 108 117 113 111 119 110\n"
    "Welch t-test (unequal variances), two-sided. What's the t statistic for A − B?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(res.statistic))

# r16 hypothesis test: chi-square test of independence, 2x3 table
tab = np.array([[42, 18, 25], [30, 27, 38]])
chi2, pval, dof, _ = stats.chi2_contingency(tab, correction=False)
assert dof == 2
add("error type by site, counts:\n"
    "           wrong item  wrong qty  damaged\n"
    "  DC-North     42         18         25\n"
    "  DC-South     30         27         38\n"
    "chi sq test of independence — p val?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(pval))

# r17 hypothesis test (refuse): two-sample t with no standard deviations / raw data given
add("shift A avg pick rate 112 lines/hr (n=20), shift B avg 105 (n=22). two sample t test, "
    "is the diff significant at 5%? whats the p-value",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of cycle time on order lines
lines = [3, 5, 8, 10, 12, 15, 18, 20, 24, 28]
cyc = [14.2, 17.9, 22.5, 26.1, 28.4, 33.8, 37.0, 41.2, 46.5, 53.1]
fit = sm.OLS(cyc, sm.add_constant(lines)).fit()
lr = stats.linregress(lines, cyc)
assert abs(fit.params[1] - lr.slope) < 1e-10
add("regress order cycle time (min) on # of order lines, least squares:\n"
    "lines: 3,5,8,10,12,15,18,20,24,28\n"
    "cycle: 14.2,17.9,22.5,26.1,28.4,33.8,37.0,41.2,46.5,53.1\n"
    "slope = ? (min per line)",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r19 regression: R^2 of simple linear fit of abandon % on avg queue wait
wait = [20, 35, 50, 65, 80, 95, 110, 125]
aband = [2.1, 3.0, 4.4, 4.9, 6.8, 7.1, 9.0, 9.6]
lr2 = stats.linregress(wait, aband)
add("Fitting a straight line of abandonment rate (%) vs avg speed of answer (s). "
    "ASA = 20, 35, 50, 65, 80, 95, 110, 125 and abandon% = 2.1, 3.0, 4.4, 4.9, 6.8, 7.1, 9.0, 9.6. "
    "What's the R² of the fit?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(lr2.rvalue**2))

# r20 anova: one-way, 3 teams, F statistic
t1 = [5.8, 6.1, 6.4, 5.9, 6.3]
t2 = [6.7, 7.0, 6.5, 6.9, 7.2]
t3 = [6.0, 6.2, 5.7, 6.4, 6.1]
res = stats.f_oneway(t1, t2, t3)
add("avg handle time (min) for 3 teams, 5 agnets each\n"
    "team1: 5.8 6.1 6.4 5.9 6.3\nteam2: 6.7 7.0 6.5 6.9 7.2\nteam3: 6.0 6.2 5.7 6.4 6.1\n"
    "one way anova F stat?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(res.statistic))

# r21 anova: one-way, 4 pick-path layouts, p-value (unequal group sizes)
g1 = [142, 150, 138, 147, 155, 144]
g2 = [151, 158, 149, 162, 155]
g3 = [139, 145, 136, 141, 148, 140]
g4 = [147, 153, 160, 149, 151]
res = stats.f_oneway(g1, g2, g3, g4)
add("We trialled four pick-path layouts and logged picks/hr per picker-shift. "
    "Layout 1: 142, 150, 138, 147, 155, 144. Layout 2: 151, 158, 149, 162, 155. "
    "Layout 3: 139, 145, 136, 141, 148, 140. Layout 4: 147, 153, 160, 149, 151. "
    "Is there a layout effect? give the one-way ANOVA p-value",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r22 design: 2^4 full factorial + 3 center points = 16 + 3 = 19 runs
add("slotting experiment: 4 factors at 2 levels each, full factorial, single replicate, plus 3 "
    "center pts. total runs?", "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(7-3) fractional factorial = 16 runs
add("how many runs in a 2^(7−3) fractional factorial (no center points, no reps)",
    "design", {"rule": "runs"}, 2**(7 - 3))

# r24 design: full factorial 3 x 2 x 4 levels, 2 replicates = 48 runs
add("Testing conveyor speed (3 levels), carton type (2 levels) and wave size (4 levels) in a full "
    "factorial with two replicates of every combination. How many runs total?",
    "design", {"rule": "runs"}, 3 * 2 * 4 * 2)

# r25 control chart: Xbar-R, n=5, A2=0.577; UCL = 12.4 + 0.577*2.1 = 13.6117
ucl = 12.4 + 0.577 * 2.1
add("xbar-R chart on dock-to-stock time, subgroups of 5. grand avg 12.4 hrs, Rbar 2.1 hrs. "
    "UCL for the xbar chart?", "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    ucl)

# r26 control chart: p chart, n=400, pbar=0.045; LCL = pbar - 3 sqrt(pbar(1-pbar)/n)
pbar, nn = 0.045, 400
lcl = pbar - 3 * math.sqrt(pbar * (1 - pbar) / nn)
assert lcl > 0
add("p chart for late shipments: we audit 400 orders every day, overall fraction late is 4.5%. "
    "3-sigma LCL?", "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "lcl"}, lcl)

# r27 capability: Cpk = min((50-38), (38-20)) / (3*3.5) = 12/10.5
cpk = min(50 - 38, 38 - 20) / (3 * 3.5)
add("order cycle time spec is 20 to 50 min. process mean 38 min, std 3.5 min. cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r28 capability: sigma = Rbar/d2 = 1.8/2.059 (n=4); Cp = (USL-LSL)/(6 sigma) = 12/(6*sigma)
sig = 1.8 / 2.059
cp = (36 - 24) / (6 * sig)
add("Carton fill weight, spec 24 to 36 oz. From an R chart with subgroups of n=4, Rbar = 1.8 oz; "
    "estimate sigma as Rbar/d2 and give Cp.", "capability",
    {"rule": "number", "tol": 1.0e-3, "key": "cp"}, cp)

# r29 sample size: estimate proportion, p=0.9 planning, E=0.03, 95% -> n = z^2 p(1-p)/E^2 rounded up
z = stats.norm.ppf(0.975)
nreq = math.ceil(z**2 * 0.9 * 0.1 / 0.03**2)
assert nreq == 385
add("how many orders do i need to audit to estimate the on-time pct within ±3 pct pts at 95% "
    "confidence? last qtr it ran ~90% so use that as the planning value",
    "sample_size", {"rule": "int", "key": "n"}, nreq)

# r30 unit conversion: 250 ft/min -> m/s = 250*0.3048/60 = 1.27
v = 250 * 0.3048 / 60
add("conveyor belt speed 250 ft/min, what is that in m/s", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, v)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, warehouse logistics + call-centre quality analyst, "
                   "casual abbreviated phrasing",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)

from collections import Counter
print(Counter(i["mode"] for i in items))
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
