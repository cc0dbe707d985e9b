"""Reference answers for round27c: mining/metallurgy plant + civil materials testing voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round27c"
items = []


def add(q, mode, compare, reference):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": reference})


t, x = sp.symbols("t x", positive=True)

# r01 calculus: dR/dt of R=92(1-e^{-0.15t}) at t=10 -> 92*0.15*e^{-1.5} = 69/5 e^{-3/2}
R = 92 * (1 - sp.exp(-sp.Rational(15, 100) * t))
r01 = sp.simplify(sp.diff(R, t).subs(t, 10))
assert sp.simplify(r01 - sp.Rational(69, 5) * sp.exp(-sp.Rational(3, 2))) == 0
add("leach test: cumulative Au recovery R(t) = 92(1 − e^(−0.15t)) % with t in hours. "
    "how fast is recovery climbing at t = 10 h, in %/h? exact form please",
    "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: integral_0^10 (400 + 30t - 2t^2) dt = 14500/3 tonnes
r02 = sp.integrate(400 + 30 * t - 2 * t**2, (t, 0, 10))
add("Feed rate on the primary crusher conveyor over a 10-hour shift followed "
    "q(t) = 400 + 30t − 2t² tonnes per hour, t in hours from start of shift. "
    "Total tonnes crushed over the shift (t = 0 to 10)?",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: lim_{t->inf} 40t/(4+0.85t) = 40/0.85 = 800/17
r03 = sp.limit(40 * t / (4 + sp.Rational(85, 100) * t), t, sp.oo)
add("our strength-gain model for the 40 MPa mix is fc(t) = 40t/(4 + 0.85t) MPa, t in days. "
    "what does fc approach as t → ∞ ? exact value",
    "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: maximize N(t)=95(1-e^{-0.2t}) - 2t ; 19e^{-0.2t}=2 -> t=5 ln(19/2)
N = 95 * (1 - sp.exp(-sp.Rational(1, 5) * t)) - 2 * t
sol = sp.solve(sp.diff(N, t), t)
assert len(sol) == 1 and sp.diff(N, t, 2).subs(t, sol[0]) < 0
r04 = sp.simplify(sol[0])
assert sp.simplify(r04 - 5 * sp.log(sp.Rational(19, 2))) == 0

add("Flotation bench work: recovery vs residence time is R(t) = 95(1 − e^(−0.2t)) %, "
    "and each minute of residence costs us the equivalent of 2 recovery points, so "
    "net N(t) = R(t) − 2t. Which residence time t (min) maximises N? Give it exactly.",
    "calculus", {"rule": "expr"}, "5*log(19/2)")

# r05 algebra: blend 3.2 g/t and 1.1 g/t to 12000 t at 2.5 g/t -> 3.2x+1.1(12000-x)=30000 -> x=8000
xs = sp.symbols("xs")
r05 = sp.solve(sp.Eq(sp.Rational(32, 10) * xs + sp.Rational(11, 10) * (12000 - xs), sp.Rational(25, 10) * 12000), xs)[0]
add("Need a 12,000 t ROM blend at 2.5 g/t Au. Stockpile A runs 3.2 g/t, stockpile B 1.1 g/t. "
    "How many tonnes from A?",
    "algebra", {"rule": "expr"}, str(r05))

# r06 algebra: roots of x^3 - 2x^2 - 5x + 6 -> {1, -2, 3}
y = sp.Symbol("y")
r06 = sorted(float(r) for r in sp.solve(y**3 - 2 * y**2 - 5 * y + 6, y))
assert r06 == [-2.0, 1.0, 3.0]
add("solve x³ − 2x² − 5x + 6 = 0, all real roots",
    "algebra", {"rule": "set"}, r06)

# r07 algebra: blend fraction p of agg A (80% passing 4.75mm) and B (20%) to hit 45%:
# 0.8p + 0.2(1-p) = 0.45 -> p = 5/12
p = sp.symbols("p")
r07 = sp.solve(sp.Eq(sp.Rational(80, 100) * p + sp.Rational(20, 100) * (1 - p), sp.Rational(45, 100)), p)[0]
add("Gradation blend — coarse agg A has 80% passing the 4.75 mm sieve, agg B only 20%. "
    "What proportion of A (as a fraction of total blend mass, 0 to 1) gives 45% passing 4.75 mm?",
    "algebra", {"rule": "expr"}, str(r07))

# r08 linear algebra: 3-product mass balance; solve for concentrate C
C, M, T = sp.symbols("C M T")
solC = sp.solve([C + M + T - 100,
                 24 * C + 6 * M + sp.Rational(3, 10) * T - 360,
                 30 * C + 10 * M + 2 * T - 600], [C, M, T], dict=True)
assert len(solC) == 1
r08 = solC[0][C]
assert (solC[0][C], solC[0][M], solC[0][T]) == (12, 8, 80)
add("3-product mass balance around the cleaner circuit, flows in t/h (C = conc, M = middlings, T = tails):\n"
    "C + M + T = 100\n"
    "24C + 6M + 0.3T = 360   (Cu assays)\n"
    "30C + 10M + 2T = 600    (Fe assays)\n"
    "solve the system — what is C?",
    "linear_algebra", {"rule": "expr"}, str(r08))

# r09 linear algebra: eigenvalues of tridiagonal [[2,1,0],[1,2,1],[0,1,2]] -> 2, 2±sqrt(2)
A = np.array([[2, 1, 0], [1, 2, 1], [0, 1, 2]], dtype=float)
r09 = sorted(float(v) for v in sp.Matrix(A.astype(int).tolist()).eigenvals())
assert np.allclose(r09, [2 - math.sqrt(2), 2, 2 + math.sqrt(2)])
add("eigenvalues of the stiffness matrix K = [[2,1,0],[1,2,1],[0,1,2]] (units kN/mm, ignore units)",
    "linear_algebra", {"rule": "set"}, r09)

# r10 probability: binomial n=15, p=0.08, P(X<=1)
r10 = float(stats.binom.cdf(1, 15, 0.08))
add("Historically 8% of our 28-day cylinders come in under f'c. If we break 15 cylinders "
    "(assume independent), what's the probability that at most one of them fails?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: N(38, 4.5) P(X<30)
r11 = float(stats.norm.cdf(30, 38, 4.5))
add("compressive strength of the C32/40 pour ~ normal, μ = 38 MPa, σ = 4.5 MPa. "
    "P(a cylinder breaks below 30 MPa) = ?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: Poisson 0.6/month -> quarter lambda=1.8; P(X>=2) = 1 - P(0) - P(1)
r12 = float(stats.poisson.sf(1, 1.8))
add("Belt rips on the overland conveyor occur as a Poisson process at an average of 0.6 per month. "
    "What is the chance of two or more rips in a 3-month quarter?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes, prior 0.15, sens 0.9, FP 0.1 -> 0.135/0.22 = 27/44
prior, sens, fpr = sp.Rational(15, 100), sp.Rational(9, 10), sp.Rational(1, 10)
r13 = sp.nsimplify(prior * sens / (prior * sens + (1 - prior) * fpr))
assert r13 == sp.Rational(27, 44)
add("15% of blast-hole samples in this bench are truly high grade. The pXRF screen flags 90% of "
    "true high-grade samples and also flags 10% of the ones that aren't. A sample gets flagged — "
    "probability it's really high grade? exact fraction",
    "probability", {"rule": "expr"}, str(r13))

# r14 hypothesis: one-sample t, two-sided, H0 mu = 80 mm
slump = [75, 82, 90, 78, 85, 88, 80, 76]
r14 = stats.ttest_1samp(slump, 80)
add("slump (mm) from this morning's trucks: 75, 82, 90, 78, 85, 88, 80, 76. target is 80 mm. "
    "one-sample t test, two-sided, H0: μ = 80 — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis: Welch t statistic A - B
recA = [88.2, 89.5, 87.9, 90.1, 88.7, 89.0]
recB = [86.4, 87.8, 85.9, 88.3, 86.1, 87.0, 86.7]
r15 = stats.ttest_ind(recA, recB, equal_var=False)
add("Collector trial, Cu recovery % per shift.\n"
    "reagent_A: 88.2, 89.5, 87.9, 90.1, 88.7, 89.0\n"
    "reagent_B: 86.4, 87.8, 85.9, 88.3, 86.1, 87.0, 86.7\n"
    "Welch's t-test (unequal variances), give the t statistic for A minus B.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r15.statistic))

# r16 hypothesis: paired t, two-sided p
gauge = [2385, 2402, 2371, 2410, 2395, 2380]
core = [2378, 2390, 2369, 2398, 2391, 2372]
r16 = stats.ttest_rel(gauge, core)
add("Asphalt density, nuclear gauge vs core at the same six locations (kg/m³):\n"
    "loc,gauge,core\n1,2385,2378\n2,2402,2390\n3,2371,2369\n4,2410,2398\n5,2395,2391\n6,2380,2372\n"
    "Do the gauge readings differ from the cores on average? paired t-test, two-sided, what's the p-value",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r16.pvalue))

# r17 hypothesis: REFUSE -- no n, no standard deviation given, p-value cannot be computed
add("Our new mix averaged 37.2 MPa at 28 days on the cylinders we broke. Is that significantly "
    "above the 35 MPa spec at α = 0.05? give me the p-value",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope strength vs w/c
wc = np.array([0.40, 0.45, 0.50, 0.55, 0.60, 0.65])
fc = np.array([48.2, 44.1, 40.3, 36.0, 33.1, 29.4])
fit18 = sm.OLS(fc, sm.add_constant(wc)).fit()
add("w/c ratio vs 28-day strength (MPa):\n"
    "0.40,48.2\n0.45,44.1\n0.50,40.3\n0.55,36.0\n0.60,33.1\n0.65,29.4\n"
    "least-squares line strength = a + b·(w/c): what's the slope b?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(fit18.params[1]))

# r19 regression: R^2 of recovery vs P80
p80 = np.array([75, 90, 106, 125, 150, 180], dtype=float)
rec = np.array([91.8, 91.2, 90.1, 89.4, 87.9, 86.2])
fit19 = sm.OLS(rec, sm.add_constant(p80)).fit()
add("Grind-recovery survey. P80 (µm) 75 90 106 125 150 180, gold recovery (%) 91.8 91.2 90.1 89.4 "
    "87.9 86.2. Fit a straight line of recovery on P80 — how much of the variation does it explain (R²)?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(fit19.rsquared))

# r20 anova: one-way F statistic, LA abrasion by quarry
q1 = [22.4, 24.1, 23.0, 21.8, 23.6]
q2 = [26.5, 25.2, 27.1, 26.0, 25.8]
q3 = [23.9, 24.7, 22.8, 24.2, 25.0]
r20 = stats.f_oneway(q1, q2, q3)
add("LA abrasion loss (%) from three quarries, five tests each:\n"
    "Quarry North: 22.4 24.1 23.0 21.8 23.6\n"
    "Quarry East:  26.5 25.2 27.1 26.0 25.8\n"
    "Quarry River: 23.9 24.7 22.8 24.2 25.0\n"
    "one-way ANOVA F value?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, recovery by NaCN concentration (4 levels x 4)
c1 = [84.1, 85.3, 83.8, 84.9]
c2 = [86.0, 86.8, 85.5, 87.1]
c3 = [87.2, 86.9, 88.0, 87.5]
c4 = [87.4, 88.1, 86.8, 87.9]
r21 = stats.f_oneway(c1, c2, c3, c4)
add("bottle rolls at four NaCN strengths, 4 bottles each, extraction %:\n"
    "250 ppm -> 84.1, 85.3, 83.8, 84.9\n"
    "500 ppm -> 86.0, 86.8, 85.5, 87.1\n"
    "750 ppm -> 87.2, 86.9, 88.0, 87.5\n"
    "1000 ppm -> 87.4, 88.1, 86.8, 87.9\n"
    "does cyanide strength matter? one-way anova p value",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r21.pvalue))

# r22 design: 2^(5-1) half fraction = 16 runs + 4 centre points = 20
add("Planning a half-fraction 2^(5−1) screening design on the SAG mill (5 factors) and adding 4 "
    "centre points. Total number of runs?",
    "design", {"rule": "runs"}, 2 ** (5 - 1) + 4)

# r23 design: CCD 4 factors, full 2^4 cube (16) + 2*4 axial (8) + 7 centre = 31
add("central composite design, 4 factors (binder %, compaction temp, air voids target, filler %), "
    "full 2^4 factorial cube, the usual 2k axial points, 7 centre runs. how many mixes do we make?",
    "design", {"rule": "runs"}, 2 ** 4 + 2 * 4 + 7)

# r24 design: 3^3 full factorial, 2 replicates = 54
add("Three factors — grind time, pulp density, reagent dose — each at three levels, full factorial, "
    "run twice (2 complete replicates). Number of flotation tests in total?",
    "design", {"rule": "runs"}, 3 ** 3 * 2)

# r25 control chart: Xbar-R, n=5, A2=0.577, UCL = 28.4 + 0.577*3.1
r25 = 28.4 + 0.577 * 3.1
add("Xbar-R chart on cube strengths, subgroups of 5 cubes. Grand mean 28.4 MPa, R-bar 3.1 MPa. "
    "UCL for the Xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26 control chart: I-MR, LCL = xbar - 3*MRbar/1.128
hg = np.array([2.41, 2.58, 2.35, 2.62, 2.49, 2.71, 2.44, 2.53, 2.38, 2.60])
mrbar = np.mean(np.abs(np.diff(hg)))
r26 = float(hg.mean() - 3 * mrbar / 1.128)
add("daily mill head grade g/t: 2.41 2.58 2.35 2.62 2.49 2.71 2.44 2.53 2.38 2.60\n"
    "individuals chart, sigma from average moving range of 2 (d2 = 1.128). lower control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "lcl"}, r26)

# r27 capability: Cpk binder content spec 5.0-6.0, mean 5.62, sigma 0.12
r27 = min((6.0 - 5.62) / (3 * 0.12), (5.62 - 5.0) / (3 * 0.12))
add("Asphalt binder content spec is 5.0 to 6.0 %. Plant is running mean 5.62 %, σ = 0.12 %. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28 capability: Ppk with overall sample sd (n-1), spec 100 +/- 25 mm
sl = np.array([108, 112, 95, 118, 104, 110, 99, 115, 107, 102, 113, 109], dtype=float)
m, s = sl.mean(), sl.std(ddof=1)
r28 = float(min((125 - m) / (3 * s), (m - 75) / (3 * s)))
add("Slump spec 100 ± 25 mm. Last 12 loads: 108, 112, 95, 118, 104, 110, 99, 115, 107, 102, 113, 109. "
    "Compute Ppk using the overall sample standard deviation (n−1).",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, r28)

# r29 sample size: n = ceil((z_{0.975}*4/1.5)^2) = ceil(27.32) = 28
z = stats.norm.ppf(0.975)
r29 = int(math.ceil((z * 4 / 1.5) ** 2))
add("How many cylinders do I need to break to estimate the mean compressive strength to within "
    "±1.5 MPa with 95% confidence? Take σ = 4 MPa as known.",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 1.2 troy oz per short ton -> g/t (metric tonne)
r30 = 1.2 * 31.1034768 / 0.90718474
add("old assay report says 1.2 oz/st (troy ounces per short ton). convert to g/t (grams per metric tonne)",
    "unit_conversion", {"rule": "number", "tol": 1.0e-4, "key": "value"}, r30)

# sanity: mode counts
from collections import Counter
want = {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4, "hypothesis_test": 4,
        "regression": 2, "anova": 2, "design": 3, "control_chart": 2, "capability": 2,
        "sample_size": 1, "unit_conversion": 1}
assert Counter(i["mode"] for i in items) == want, Counter(i["mode"] for i in items)
assert len(items) == 30

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, mining/metallurgy plant and civil materials testing",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["compare"], i["reference"])
