"""Reference answers for round29b (consumer-electronics reliability + UX/A-B testing voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round29b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x")

# r01 calculus: d/dt 4200 e^{-t/250} = -16.8 e^{-t/250}
d = sp.diff(4200 * sp.exp(-t / 250), t)
add("ok so our fade model for the 4200 mAh cell is C(t) = 4200·e^(−t/250), t in cycles. "
    "whats dC/dt as a function of t? just need the expression", "calculus", {"rule": "expr"}, str(d))

# r02 probability: binomial n=20, p=0.05, P(X>=2)
p02 = float(stats.binom.sf(1, 20, 0.05))
add("drop test batch: 20 phones off the 1.5 m rig, each one independently has a 5% chance of a "
    "cracked back glass. probability that at least two of them crack?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p02)

# r03 hypothesis_test: two-proportion z test, pooled, two-sided, no continuity correction
z, p = proportions_ztest([120, 156], [2400, 2450], alternative="two-sided")
add("A/B on the checkout button. control: 120 conversions out of 2400 sessions. variant: 156 out "
    "of 2450. pooled two-proportion z-test, two-sided, no continuity correction — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p))

# r04 design: 2^3 full factorial, 2 replicates, + 4 center points = 20 runs
add("planning a DOE on the charger: three factors (input voltage, ambient temp, cable length) at two "
    "levels each, full factorial, replicated twice, plus 4 center points tacked on. how many runs "
    "total am I signing up for", "design", {"rule": "runs"}, 2 ** 3 * 2 + 4)

# r05 algebra: x^2 - 7x + 10 = 0 -> {2, 5}
add("solve x² − 7x + 10 = 0", "algebra", {"rule": "set"},
    sorted(float(r) for r in sp.solve(x**2 - 7*x + 10, x)))

# r06 control_chart: Xbar UCL = 4980 + 0.577*45
add("Xbar-R chart on pack capacity, subgroups of n = 5 pulled off the line each shift. grand mean "
    "is 4980 mAh, R-bar is 45 mAh. Using A2 = 0.577, where's the upper control limit for the Xbar "
    "chart?", "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, 4980 + 0.577 * 45)

# r07 regression: slope of capacity vs cycle count (OLS)
cyc = np.array([0, 100, 200, 300, 400, 500], float)
cap = np.array([5000, 4930, 4870, 4795, 4740, 4660], float)
lr = stats.linregress(cyc, cap)
add("capacity fade data, cycles vs measured mAh:\n"
    "cycles: 0, 100, 200, 300, 400, 500\n"
    "mAh:    5000, 4930, 4870, 4795, 4740, 4660\n"
    "fit a straight line (least squares, mAh on cycles). what's the slope, mAh per cycle?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r08 calculus: lim_{x->0} (1 - cos 3x)/x^2 = 9/2
add("lim as x→0 of (1 − cos(3x))/x²", "calculus", {"rule": "expr"},
    str(sp.limit((1 - sp.cos(3*x)) / x**2, x, 0)))

# r09 probability: Poisson mean 1.5, P(X=3)
add("Button cycle testing shows an average of 1.5 tactile-dome failures per 10,000 presses. "
    "Assuming failures follow a Poisson process, what is the probability of exactly three failures "
    "in a 10,000-press run?", "probability", {"rule": "number", "tol": 1.0e-6},
    float(stats.poisson.pmf(3, 1.5)))

# r10 anova: one-way ANOVA F statistic, three firmware versions
fw1 = [18.2, 17.9, 18.6, 18.1, 17.7]
fw2 = [19.0, 19.4, 18.8, 19.3, 19.1]
fw3 = [18.4, 18.9, 18.5, 18.2, 18.7]
F10, p10 = stats.f_oneway(fw1, fw2, fw3)
add("screen-on battery life (hours), 5 phones per firmware build:\n"
    "fw 2.1: 18.2 17.9 18.6 18.1 17.7\n"
    "fw 2.2: 19.0 19.4 18.8 19.3 19.1\n"
    "fw 2.3: 18.4 18.9 18.5 18.2 18.7\n"
    "one-way anova, gimme the F stat", "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    float(F10))

# r11 linear_algebra: determinant
M = sp.Matrix([[2, -1, 0], [3, 4, 1], [1, 0, 5]])
add("det of [[2, −1, 0], [3, 4, 1], [1, 0, 5]] ?", "linear_algebra", {"rule": "number", "tol": 1.0e-6},
    float(M.det()))

# r12 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma)
mu, sg, lsl, usl = 5030, 50, 4800, 5200
cpk = min(usl - mu, mu - lsl) / (3 * sg)
add("rated capacity spec is 4800–5200 mAh. process is running mean 5030 mAh with sigma 50 mAh "
    "(stable, normal-ish). what's Cpk looking like", "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r13 hypothesis_test: Welch two-sample t-test, two-sided p
ctl = [182, 175, 190, 168, 201, 177, 185, 193]
var = [205, 198, 221, 189, 214, 230, 196]
w = stats.ttest_ind(var, ctl, equal_var=False)
add("session length in seconds, new onboarding flow vs old one.\n"
    "old: 182, 175, 190, 168, 201, 177, 185, 193\n"
    "new: 205, 198, 221, 189, 214, 230, 196\n"
    "Welch's t-test (don't assume equal variances), two-sided. p-value pls", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(w.pvalue))

# r14 algebra: 2a + 3b = 4700, a - b = 600 -> a = 1300
sol = sp.solve([sp.Eq(2*sp.Symbol("a") + 3*sp.Symbol("b"), 4700),
                sp.Eq(sp.Symbol("a") - sp.Symbol("b"), 600)], [sp.Symbol("a"), sp.Symbol("b")])
add("two cell types, a and b (mAh each). We know 2a + 3b = 4700 and a − b = 600. What's a?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(sol[sp.Symbol("a")]))

# r15 sample_size: n = z^2 p(1-p)/E^2 with p=0.5, E=0.02, 95% -> 2401
zc = stats.norm.ppf(0.975)
n15 = math.ceil(zc**2 * 0.25 / 0.02**2)
add("how many visitors do we need to estimate the signup conversion rate to within ±2 percentage "
    "points at 95% confidence? no prior idea of the rate so go conservative (p = 0.5)",
    "sample_size", {"rule": "int", "key": "n"}, n15)

# r16 probability: normal P(X < 4850), mu=5000, sigma=80
add("cell capacity is normally distributed, mean 5000 mAh, sd 80 mAh. what fraction of cells "
    "come in under 4850 mAh?", "probability", {"rule": "number", "tol": 1.0e-6},
    float(stats.norm.cdf(4850, 5000, 80)))

# r17 hypothesis_test: refuse -- no SDs / raw data given, can't test
add("variant avg session was 4.2 min vs control 3.9 min, 300 users in each arm. is that "
    "significant at α = 0.05? yes or no, need it for standup", "hypothesis_test",
    {"rule": "refuse"}, None)

# r18 control_chart: p-chart UCL, 25 samples of 200, 150 defectives total
pbar = 150 / (25 * 200)
ucl18 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("p chart for cosmetic rejects on the earbud case line: 25 daily samples, 200 cases each, "
    "150 rejects total across all of them. 3-sigma UCL?", "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl18)

# r19 calculus: integral 0..5 of (12 t^2 - 3 t) dt = 462.5
I19 = sp.integrate(12*t**2 - 3*t, (t, 0, 5))
add("click rate on the banner modeled as r(t) = 12t² − 3t clicks per minute. total clicks from "
    "t = 0 to t = 5 min?", "calculus", {"rule": "number", "tol": 1.0e-6}, float(I19))

# r20 design: 2^(7-3) fractional factorial -> 16 runs
add("screening 7 factors for the hinge durability test w/ a 2^(7−3) resolution IV fractional "
    "factorial, no replicates no center pts. number of runs?", "design", {"rule": "runs"}, 2 ** (7 - 3))

# r21 regression: R^2 of session time vs page load
ld = np.array([1.2, 1.8, 2.5, 3.1, 3.9, 4.4, 5.0])
ss = np.array([6.8, 6.1, 5.9, 5.0, 4.6, 4.1, 3.5])
r21 = stats.linregress(ld, ss).rvalue ** 2
add("Page load time (s) vs average session duration (min) across seven app releases:\n"
    "load: 1.2 1.8 2.5 3.1 3.9 4.4 5.0\n"
    "session: 6.8 6.1 5.9 5.0 4.6 4.1 3.5\n"
    "Fit simple linear regression of session on load. What is R²?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(r21))

# r22 probability: Bayes, prevalence 2%, sens 0.95, spec 0.90 -> P(D|+)
post = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.10)
add("our inline leak tester flags 95% of truly bad units and gives a false alarm on 10% of good "
    "ones. about 2% of units off the line are actually bad. if a unit gets flagged, what's the "
    "chance it's actually bad?", "probability", {"rule": "number", "tol": 1.0e-6}, post)

# r23 unit_conversion: 5000 mAh = 5 Ah = 5*3600 C = 18000 C
add("how many coulombs of charge is 5000 mAh", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 5.0 * 3600)

# r24 linear_algebra: eigenvalues of [[4,1],[2,3]] -> {2,5}
ev = sorted(float(v) for v in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add("eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]?", "linear_algebra", {"rule": "set"}, ev)

# r25 hypothesis_test: paired t-test, two-sided p
old = [14, 11, 17, 9, 13, 15, 12, 16]
new = [11, 10, 13, 9, 10, 12, 11, 13]
pt = stats.ttest_rel(old, new)
add("same 8 testers did the settings task on the old menu and then the redesigned one. clicks to "
    "finish:\n"
    "tester  1  2  3  4  5  6  7  8\n"
    "old    14 11 17  9 13 15 12 16\n"
    "new    11 10 13  9 10 12 11 13\n"
    "paired t-test, two-sided — what's the p?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(pt.pvalue))

# r26 anova: one-way ANOVA p-value, four layouts, unequal n
L1 = [23, 27, 25, 22, 26]
L2 = [30, 28, 33, 31]
L3 = [24, 26, 23, 27, 25, 22]
L4 = [29, 27, 30, 28, 32]
F26, p26 = stats.f_oneway(L1, L2, L3, L4)
add("ngl the layouts look kinda different but I want the stats. clicks per session by homepage "
    "layout:\nA: 23 27 25 22 26\nB: 30 28 33 31\nC: 24 26 23 27 25 22\nD: 29 27 30 28 32\n"
    "one-way ANOVA across the four — p-value?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p26))

# r27 algebra: 3000*(0.98)^n = 2400 -> n = ln(0.8)/ln(0.98)
n27 = math.log(0.8) / math.log(0.98)
add("capacity drops 2% per month compounding, starting at 3000 mAh. solve 3000·(0.98)^n = 2400 "
    "for n (real-valued, don't round)", "algebra", {"rule": "number", "tol": 1.0e-6}, n27)

# r28 capability: Ppk from data, overall s (n-1)
force = np.array([2.46, 2.58, 2.41, 2.63, 2.52, 2.49, 2.71, 2.55, 2.44, 2.60])
m, s = force.mean(), force.std(ddof=1)
ppk = min(3.0 - m, m - 2.0) / (3 * s)
add("Actuation force on the power button, 10 parts (N):\n"
    "2.46 2.58 2.41 2.63 2.52 2.49 2.71 2.55 2.44 2.60\n"
    "Spec is 2.0 to 3.0 N. Using the overall sample standard deviation (n−1), what's Ppk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(ppk))

# r29 design: 2^2 main effect of A = avg(A high) - avg(A low) = (30+38)/2 - (20+24)/2 = 12
add("2² DOE on drop survival score, factors A = case thickness, B = corner bumper. responses: "
    "(1) = 20, a = 30, b = 24, ab = 38. main effect of A?", "design",
    {"rule": "number", "tol": 1.0e-6}, ((30 + 38) - (20 + 24)) / 2)

# r30 calculus: maximize E(x) = x e^{-x/2} -> x = 2
crit = sp.solve(sp.diff(x*sp.exp(-x/2), x), x)
add("engagement score vs notification count is modeled as E(x) = x·e^(−x/2) for x ≥ 0. at what "
    "x does E peak?", "calculus", {"rule": "number", "tol": 1.0e-6}, float(crit[0]))

# reorder is already interleaved; check mode mix
from collections import Counter
cnt = Counter(i["mode"] for i in items)
want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2,
            anova=2, design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
assert cnt == Counter(want), cnt
assert len(items) == 30

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, consumer-electronics reliability + UX/A-B testing, chatty slang",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
