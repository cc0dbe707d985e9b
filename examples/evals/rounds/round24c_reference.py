"""Reference answers for round24c: food & beverage QA + agricultural field trials."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round24c"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, N = sp.symbols("t x N")

# r01 calculus: derivative of fill-weight drift w(t)=500+2 t e^{-t/20}
w = 500 + 2*t*sp.exp(-t/20)
add("filler drift model w(t) = 500 + 2·t·e^(−t/20) grams, t in minutes after start-up. "
    "give me dw/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(sp.diff(w, t))))

# r02 calculus: time-average of T(t)=72+3 sin(pi t/30) over 0..30 min = 72 + 6/pi
T = 72 + 3*sp.sin(sp.pi*t/30)
avg = sp.simplify(sp.integrate(T, (t, 0, 30)) / 30)
add("Our pasteuriser holding-tube temperature follows T(t) = 72 + 3 sin(πt/30) °C over a "
    "30-minute cycle (t from 0 to 30 min). What is the exact time-averaged temperature over "
    "the cycle?", "calculus", {"rule": "expr"}, str(avg))

# r03 calculus: maximise Y=4000+30N-0.12N^2 -> dY/dN=0 -> N=125
Y = 4000 + 30*N - sp.Rational(12, 100)*N**2
Nopt = sp.solve(sp.diff(Y, N), N)[0]
add("yield response from the wheat trial fitted as Y = 4000 + 30N − 0.12N² kg/ha where N is "
    "nitrogen rate in kg N/ha. which N rate gives the maximum yield?",
    "calculus", {"rule": "expr"}, str(Nopt))

# r04 calculus: mean of density f(t)=t^2 e^{-t}/2 on [0,inf) = 3
f = t**2*sp.exp(-t)/2
mean = sp.integrate(t*f, (t, 0, sp.oo))
add("germination time (days) have density f(t) = t² e^(−t) / 2 for t ≥ 0. what is expected "
    "germination time, i.e. integral of t·f(t) from 0 to infinity?",
    "calculus", {"rule": "expr"}, str(mean))

# r05 algebra: roots of 0.12N^2 - 30N + 1200 = 0 -> 50, 200
roots = sp.solve(sp.Rational(12, 100)*N**2 - 30*N + 1200, N)
add("solve 0.12N² − 30N + 1200 = 0 for N (both roots pls)", "algebra",
    {"rule": "set"}, sorted(float(r) for r in roots))

# r06 algebra: blend 65 Brix concentrate (x) + 12 Brix juice (y) -> 1000 kg at 20 Brix
xx, yy = sp.symbols("xx yy")
sol = sp.solve([xx + yy - 1000, 65*xx + 12*yy - 20*1000], [xx, yy])
add("We need 1000 kg of juice at 20 °Brix, made by blending a 65 °Brix concentrate with a "
    "12 °Brix single-strength juice (Brix blends linearly by mass). How many kg of the "
    "concentrate go in? Exact value please.", "algebra", {"rule": "expr"}, str(sol[xx]))

# r07 algebra: 1000 e^{-0.2 t} = 50 -> t = 5 ln 20
sol_t = sp.solve(sp.Eq(1000*sp.exp(-sp.Rational(1, 5)*t), 50), t)[0]
assert sp.simplify(sol_t - 5*sp.log(20)) == 0
add("count of surviving spores falls as 1000·e^(−0.2t) (t in min). at what t the count "
    "reach 50? exact form", "algebra", {"rule": "expr"}, "5*log(20)")  # = log(3200000); natural form

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
A = sp.Matrix([[4, 1], [2, 3]])
add("eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"},
    sorted(float(k) for k in A.eigenvals()))

# r09 linear algebra: det of tridiagonal 3x3 -> 18
B = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("For the blending-constraint matrix\n  2 1 0\n  1 3 1\n  0 1 4\nwhat is the determinant?",
    "linear_algebra", {"rule": "number", "tol": 1e-6}, float(B.det()))

# r10 probability: Binomial(20, 0.85), P(X >= 18) = sf(17)
p10 = float(stats.binom.sf(17, 20, 0.85))
add("Seed lot germination is 85 %. I sow 20 seeds in a tray, seeds independent. What's the "
    "probability that at least 18 of them germinate?", "probability",
    {"rule": "number", "tol": 1e-6}, p10)

# r11 probability: Normal(502, 1.5), P(X < 500)
p11 = float(stats.norm.cdf(500, 502, 1.5))
add("fill weight ~ normal, mean 502 g, sd 1.5 g. P(pack < 500 g)?", "probability",
    {"rule": "number", "tol": 1e-6}, p11)

# r12 probability: Poisson(2.3), P(X <= 1)
p12 = float(stats.poisson.cdf(1, 2.3))
add("Seal defects on the bottling line occur like a Poisson process at two point three per "
    "hour on average. Probability of at most one seal defect in a given hour?",
    "probability", {"rule": "number", "tol": 1e-6}, p12)

# r13 probability: Bayes, prevalence 0.002, sens 0.98, false alarm 0.01
prev, sens, fa = 0.002, 0.98, 0.01
p13 = prev*sens / (prev*sens + (1 - prev)*fa)
add("metal detector: 0.2% of packs really contain metal, detector catch 98% of them, but "
    "also alarm on 1% of clean packs. a pack just alarmed — what is probability it really "
    "contain metal?", "probability", {"rule": "number", "tol": 1e-6}, p13)

# r14 hypothesis test: Welch two-sample t, two-sided p-value
vA = [6120, 5980, 6350, 6210, 6045, 6400]
vB = [5870, 6010, 5750, 5920, 6105, 5690, 5840]
r14 = stats.ttest_ind(vA, vB, equal_var=False)
add("Variety trial, grain yield kg/ha.\nA: 6120 5980 6350 6210 6045 6400\n"
    "B: 5870 6010 5750 5920 6105 5690 5840\nWelch t-test (unequal variances), two-sided — "
    "p-value?", "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue))

# r15 hypothesis test: paired t, Brix before/after cold storage, two-sided p-value
before = [12.4, 11.8, 13.1, 12.9, 12.2, 13.5, 12.7, 12.0]
after = [12.1, 11.7, 12.6, 12.8, 11.9, 13.0, 12.5, 11.9]
r15 = stats.ttest_rel(before, after)
add("Same 8 batches measured for Brix before and after 2 weeks cold storage:\n"
    "before: 12.4, 11.8, 13.1, 12.9, 12.2, 13.5, 12.7, 12.0\n"
    "after:  12.1, 11.7, 12.6, 12.8, 11.9, 13.0, 12.5, 11.9\n"
    "paired t test, two sided, what's the p value", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(r15.pvalue))

# r16 hypothesis test: chi-square independence 2x2, no Yates correction, p-value
tab = np.array([[172, 28], [155, 45]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / "
    "45 not. Pearson chi-square test of independence on the 2×2 table, NO continuity "
    "correction. p-value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(p16))

# r17 hypothesis test: REFUSE - no standard deviation given for a one-sample test
add("is mean Brix different from 12.0? n=15 bottles, sample mean 12.4. two-sided t-test, "
    "alpha 0.05, give p-value", "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of yield on N rate
nrate = np.array([0, 40, 80, 120, 160, 200], float)
yld = np.array([3.1, 4.0, 4.9, 5.5, 6.2, 6.6])
fit18 = stats.linregress(nrate, yld)  # OLS (statsmodels not installed)
add("N rate (kg N/ha): 0, 40, 80, 120, 160, 200\nyield (t/ha): 3.1, 4.0, 4.9, 5.5, 6.2, 6.6\n"
    "fit straight line yield = a + b·rate by least squares — slope b?", "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6}, float(fit18.slope))

# r19 regression: R^2 of Brix vs days on vine
days = np.array([0, 3, 6, 9, 12, 15], float)
brix = np.array([11.2, 11.9, 12.5, 13.4, 13.8, 14.6])
fit19 = stats.linregress(days, brix)
add("How much of the variation in Brix is explained by a linear fit on days-on-vine? "
    "days 0 3 6 9 12 15, Brix 11.2 11.9 12.5 13.4 13.8 14.6 — I want the R².",
    "regression", {"rule": "number", "key": "r_squared", "tol": 1e-6}, float(fit19.rvalue**2))

# r20 anova: one-way ANOVA, 3 fertilizers x 5 plots, p-value
f1 = [5.2, 5.6, 5.1, 5.8, 5.4]
f2 = [6.0, 6.3, 5.9, 6.5, 6.1]
f3 = [5.5, 5.9, 5.7, 6.0, 5.6]
r20 = stats.f_oneway(f1, f2, f3)
add("three fertilizer formulations, 5 plots each, yield t/ha\n"
    "F1 5.2 5.6 5.1 5.8 5.4\nF2 6.0 6.3 5.9 6.5 6.1\nF3 5.5 5.9 5.7 6.0 5.6\n"
    "one-way anova p value?", "anova", {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue))

# r21 anova: one-way ANOVA F statistic, 4 filling lines, unequal n
L1 = [500.2, 501.1, 499.8, 500.6]
L2 = [501.5, 502.0, 501.2, 501.8, 502.3]
L3 = [499.5, 500.1, 499.9]
L4 = [500.8, 500.4, 501.0, 500.7, 500.3]
r21 = stats.f_oneway(L1, L2, L3, L4)
add("Fill weights (g) from four filling heads — do the head means differ? Give me the "
    "one-way ANOVA F statistic.\nhead 1: 500.2 501.1 499.8 500.6\n"
    "head 2: 501.5 502.0 501.2 501.8 502.3\nhead 3: 499.5 500.1 499.9\n"
    "head 4: 500.8 500.4 501.0 500.7 500.3", "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4}, float(r21.statistic))

# r22 design: 2^4 full factorial + 3 centre points = 19
add("2^4 full factorial on the pasteuriser (temp, hold time, flow, pH) plus 3 centre "
    "points, no replication. total runs?", "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(5-1) half fraction run twice (2 replicates) = 32
add("We're screening five spray-dryer factors with a half-fraction two-level design "
    "(2^(5−1)), and the whole fraction is replicated twice. How many runs in total?",
    "design", {"rule": "runs"}, 2**(5 - 1) * 2)

# r24 design: rotatable CCD 3 factors: 8 cube + 6 axial + 6 centre = 20
add("central composite design for 3 factors (full 2³ cube, star points on each axis) with "
    "6 centre points - how many runs", "design", {"rule": "runs"}, 8 + 2*3 + 6)

# r25 control chart: Xbar-R UCL, n=5, A2=0.577
ucl25 = 500.4 + 0.577*2.1
add("X̄-R chart for fill weight, subgroups of 5 cans. grand mean 500.4 g, R̄ = 2.1 g. "
    "upper control limit of the X̄ chart?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4}, ucl25)

# r26 control chart: p chart UCL, n=200, pbar=0.035
pbar, n26 = 0.035, 200
ucl26 = pbar + 3*math.sqrt(pbar*(1 - pbar)/n26)
add("Label-defect p chart: we inspect 200 bottles per sample, average fraction defective "
    "over 25 samples is 0.035. What's the 3-sigma UCL?", "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma)
cpk27 = min(510 - 503, 503 - 495) / (3*1.8)
add("fill weight spec 495–510 g, process mean 503 g, σ = 1.8 g (within). Cpk = ?",
    "capability", {"rule": "number", "key": "cpk", "tol": 1e-6}, cpk27)

# r28 capability: Ppk from data with overall sample sd (n-1)
temps = np.array([73.8, 74.2, 74.5, 73.9, 74.1, 74.6, 74.0, 74.3, 73.7, 74.4, 74.2, 74.0])
m, s = temps.mean(), temps.std(ddof=1)
ppk28 = min(76 - m, m - 72) / (3*s)
add("Pasteurisation temp spec is 72 to 76 °C. Last 12 readings: 73.8 74.2 74.5 73.9 74.1 "
    "74.6 74.0 74.3 73.7 74.4 74.2 74.0. Compute Ppk using overall sample standard "
    "deviation (n−1 divisor).", "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6}, float(ppk28))

# r29 sample size: n = ceil((z_.975 * sigma / E)^2), sigma=2.0, E=0.5
z = stats.norm.ppf(0.975)
n29 = math.ceil((z*2.0/0.5)**2)
add("how many packs must I weigh to estimate mean fill weight within ±0.5 g at 95% "
    "confidence? sigma known = 2.0 g", "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 4500 kg/ha -> lb/acre (1 lb = 0.45359237 kg, 1 acre = 0.40468564224 ha)
v30 = 4500 / 0.45359237 * 0.40468564224
add("convert 4500 kg/ha to lb/acre", "unit_conversion",
    {"rule": "number", "tol": 1e-4}, v30)

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, food & beverage QA and field-trial statistics",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)

from collections import Counter
print(len(items), Counter(i["mode"] for i in items))
for i in items:
    print(i["id"], i["mode"], i["reference"])
