"""round36a reference answers: paint/coatings plant chemist + retail/e-commerce ops analyst."""
import os, math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = "round36a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, p = sp.symbols("t x p")

# r01 calculus: d/dt of 1200*exp(-t/20) at t=10 -> -60*exp(-1/2)
d = sp.diff(1200 * sp.exp(-t / 20), t).subs(t, 10)
add("viscosity of the batch after letdown drops like η(t) = 1200·e^(−t/20) cP, t in minutes. "
    "how fast is it changing at t = 10 min? exact form pls (cP/min)",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: definite integral of 4x^2 - x + 2 from 0 to 3 = 75/2
I = sp.integrate(4 * x**2 - x + 2, (x, 0, 3))
add("integrate 4x² − x + 2 dx from x=0 to x=3", "calculus", {"rule": "expr"}, str(I))

# r03 calculus: limit (1-cos 3x)/x^2 as x->0 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("Quick sanity check on a series expansion I'm doing for a rheology model: what is the limit "
    "of (1 − cos(3x))/x² as x → 0?", "calculus", {"rule": "expr"}, str(L))

# r04 calculus: revenue R(p)=p(500-20p), maximize -> p = 25/2
R = p * (500 - 20 * p)
popt = sp.solve(sp.diff(R, p), p)[0]
add("Our demand curve for the 1-gallon eggshell SKU is roughly q = 500 − 20p units/week where p is "
    "price in dollars. What price maximizes weekly revenue p·q?",
    "calculus", {"rule": "expr"}, str(popt))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> {1/2, 3}
roots = sp.solve(2 * x**2 - 7 * x + 3, x)
add("solve 2x^2 - 7x + 3 = 0", "algebra", {"rule": "set"}, sorted(float(r) for r in roots))

# r06 algebra: 0.40 g + 0.65 (100-g) = 50 -> g = 60 gal of the 40% resin
g = sp.symbols("g")
gsol = sp.solve(sp.Rational(40, 100) * g + sp.Rational(65, 100) * (100 - g) - 50, g)[0]
add("Need 100 gal of resin solution at 50% solids. I have a 40% "
    "solids cut and a 65% solids cut. How many gallons of the 40% one go in? (assume solids blend "
    "linearly by volume)", "algebra", {"rule": "expr"}, str(gsol))

# r07 algebra: 1.08^n = 2 -> n = ln2/ln1.08
n_dbl = math.log(2) / math.log(1.08)
add("if order volume grows 8% month over month (compounding), how many months until it "
    "doubles? exact solution of 1.08^n = 2, not the rule of 72",
    "algebra", {"rule": "number", "tol": 1.0e-6}, n_dbl)

# r08 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("det of\n[2 1 0]\n[1 3 1]\n[0 1 4]", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09 linear algebra: eigenvalues [[4,1],[2,3]] -> 2, 5
ev = sp.Matrix([[4, 1], [2, 3]]).eigenvals()
add("Transition-ish matrix from my inventory model, A = [[4, 1], [2, 3]]. What are its "
    "eigenvalues?", "linear_algebra", {"rule": "set"}, sorted(float(k) for k in ev))

# r10 probability: Binomial(20, 0.03), P(X<=1)
pb = stats.binom.cdf(1, 20, 0.03)
add("Historically 3% of quart cans come off the filler with a bad lid seal (independent). Pull a "
    "case of twenty. Probability that at most one is a bad seal?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(pb))

# r11 probability: Poisson(4.2), P(X=6)
pp = stats.poisson.pmf(6, 4.2)
add("returns desk gets on avg 4.2 RMAs per hour (poisson). P(exactly 6 in a given hour)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(pp))

# r12 probability: Normal(3.0, sd 0.25), P(X < 2.5) = Phi(-2)
pn = stats.norm.cdf(2.5, 3.0, 0.25)
add("Dry film build on the primer line is normally distributed, μ = 3.0 mils, σ = 0.25 mils. "
    "What fraction of panels come in under 2.5 mils?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(pn))

# r13 probability: Bayes, P(F|flag) = .02*.95 / (.02*.95 + .98*.04)
pf = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.04)
add("2% of orders are fraudulent. The fraud screen flags 95% of fraudulent orders and also flags "
    "4% of legit ones. Given an order got flagged, what's the probability it's actually fraud?",
    "probability", {"rule": "number", "tol": 1.0e-6}, pf)

# r14 hypothesis: one-sample t two-sided vs 85
gloss = [86.2, 84.9, 85.7, 87.1, 86.4, 85.0, 86.8, 85.9]
r = stats.ttest_1samp(gloss, 85.0)
add("60° gloss readings on today's lot of semi-gloss: 86.2, 84.9, 85.7, 87.1, 86.4, 85.0, 86.8, "
    "85.9 GU. Spec target is 85 GU. One-sample t test, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r.pvalue))

# r15 hypothesis: Welch two-sample t, two-sided
A = [94, 96, 95, 97, 93, 95]
B = [98, 97, 100, 96, 99, 101, 98]
r = stats.ttest_ind(A, B, equal_var=False)
add("KU viscosity of the same latex base from two resin suppliers.\nSupplier A: 94 96 95 97 93 95\n"
    "Supplier B: 98 97 100 96 99 101 98\nWelch t-test (unequal variances), two-sided. p?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r.pvalue))

# r16 hypothesis: two-proportion z, pooled, no continuity correction, two-sided
z, pv = proportions_ztest([120, 150], [2400, 2500], alternative="two-sided")
add("A/B test on checkout page: control converted 120 of 2400 sessions, variant converted 150 of "
    "2500. Two-sided two-proportion z-test with pooled variance, no continuity correction. What's "
    "the p-value?", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(pv))

# r17 hypothesis: chi-square test of independence 2x3, statistic (no Yates; table is 2x3)
tab = np.array([[45, 80, 75], [30, 40, 30]])
chi2, pchi, dof, _ = stats.chi2_contingency(tab, correction=False)
add("return reason by channel —\n"
    "web: damaged 45, wrong size 80, changed mind 75\n"
    "app: damaged 30, wrong size 40, changed mind 30\n"
    "chi-square test of independence, what's the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r18 regression: OLS slope of cure time on oven temp
temp = [250, 275, 300, 325, 350]
cure = [42, 35, 29, 24, 20]
lr = stats.linregress(temp, cure)
add("Cure schedule trials for the powder coat: oven set point (°F) vs minutes to full cure.\n"
    "250→42, 275→35, 300→29, 325→24, 350→20.\nFit a straight line by least squares, cure time on "
    "temperature. Slope in min per °F?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r19 regression: r^2 of orders vs ad spend
spend = [2, 3, 5, 7, 8, 10]
orders = [110, 135, 170, 220, 240, 275]
lr2 = stats.linregress(spend, orders)
add("weekly paid-social spend ($k): 2, 3, 5, 7, 8, 10; orders that week: 110, 135, 170, 220, 240, "
    "275. simple linear regression of orders on spend — R²?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(lr2.rvalue**2))

# r20 anova: one-way ANOVA p-value, 3 dispersants
d1 = [6.5, 6.8, 7.0, 6.6]
d2 = [7.2, 7.4, 7.1, 7.5]
d3 = [6.9, 7.0, 6.8, 7.1]
F1, p1 = stats.f_oneway(d1, d2, d3)
add("Hegman grind readings with three candidate dispersants, four batches each:\n"
    "Disp-A: 6.5, 6.8, 7.0, 6.6\nDisp-B: 7.2, 7.4, 7.1, 7.5\nDisp-C: 6.9, 7.0, 6.8, 7.1\n"
    "Is there a difference between dispersants? Give the one-way ANOVA p-value.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p1))

# r21 anova: one-way ANOVA F statistic, basket size by region
n_ = [52, 48, 55, 50, 47]
s_ = [61, 58, 64, 60]
e_ = [45, 49, 44, 47, 46]
w_ = [57, 53, 55, 59]
F2, p2 = stats.f_oneway(n_, s_, e_, w_)
add("avg basket ($) samples by region — North 52 48 55 50 47 | South 61 58 64 60 | East 45 49 44 "
    "47 46 | West 57 53 55 59. one-way anova F stat?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(F2))

# r22 design: 2^4 full factorial, 1 replicate, + 3 center points = 19 runs
add("Planning a screening DOE on the topcoat: four factors (PVC, coalescent level, thickener, "
    "dispersant), two levels each, full factorial, single replicate, plus three center points. How "
    "many runs total?", "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(6-2) fractional factorial, two replicates, no center points = 32
add("how many runs for a 2^(6−2) fractional factorial replicated twice, no center pts",
    "design", {"rule": "runs"}, 2**(6 - 2) * 2)

# r24 design: 2^2 main effect of A = mean(A+) - mean(A-) = 70 - 57 = 13
yA = {(-1, -1): 60, (1, -1): 72, (-1, 1): 54, (1, 1): 68}
effA = (np.mean([v for k, v in yA.items() if k[0] == 1])
        - np.mean([v for k, v in yA.items() if k[0] == -1]))
add("2² factorial on cure temp (A) and catalyst level (B), response = pencil-hardness score ×10. "
    "Runs: A−B− = 60, A+B− = 72, A−B+ = 54, A+B+ = 68. What's the main effect of A (avg at high "
    "minus avg at low)?", "design", {"rule": "number", "tol": 1.0e-6}, float(effA))

# r25 control chart: Xbar-R UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl = 3.12 + 0.577 * 0.18
add("X̄–R chart for dry film build: 25 subgroups of n = 5, grand mean 3.12 mils, R̄ = 0.18 mils. "
    "Upper control limit for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl)

# r26 control chart: p-chart LCL = pbar - 3 sqrt(pbar(1-pbar)/n), pbar=0.06, n=200
lcl = 0.06 - 3 * math.sqrt(0.06 * 0.94 / 200)
add("p chart on daily return rate. we sample 200 orders/day, pbar across the last month = 0.06. "
    "what's the LCL (3-sigma)?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "lcl"}, lcl)

# r27 capability: Ppk from data with overall sample std (n-1), LSL 2.0, USL 4.0
dft = [3.1, 3.4, 2.9, 3.3, 3.6, 3.2, 3.0, 3.5, 3.3, 3.2]
mu = float(np.mean(dft)); s = float(np.std(dft, ddof=1))
ppk = min(4.0 - mu, mu - 2.0) / (3 * s)
add("DFT spec on the ship-hull epoxy is 2.0 to 4.0 mils. Ten readings from the last coat: 3.1, "
    "3.4, 2.9, 3.3, 3.6, 3.2, 3.0, 3.5, 3.3, 3.2. Compute Ppk using the overall sample standard "
    "deviation (n−1 denominator).",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, ppk)

# r28 capability: refuse - Cpk requested but no spread (sigma / data) given
add("Viscosity spec is 80–100 KU and the process mean this month is 91 KU. What's our Cpk?",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_.975 * sigma / E)^2), sigma 0.4, E 0.1 -> 62
zc = stats.norm.ppf(0.975)
nss = math.ceil((zc * 0.4 / 0.1) ** 2)
add("How many panels do I need to measure to estimate mean film build within ±0.1 mils at 95% "
    "confidence? σ is known from history, 0.4 mils.",
    "sample_size", {"rule": "int", "key": "n"}, nss)

# r30 unit conversion: 4.5 mil * 25.4 um/mil = 114.3 um
add("convert 4.5 mils wet film to micrometres (µm)", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 4.5 * 25.4)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, paint/coatings plant chemist + retail e-commerce "
                      f"ops analyst, Slack and spec-sheet wording",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(os.path.join(HERE, f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
