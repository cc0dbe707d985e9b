"""round20c references: independent engines (scipy.stats, statsmodels, sympy, math)."""
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
import statsmodels.api as sm

items = []


def add(id_, question, mode, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, p = sp.symbols("x p")

# r01 calculus: derivative of ln(x^2+1) -> 2x/(x^2+1)
add("r01", "d/dx ln(x² + 1)", "calculus", {"rule": "expr"},
    str(sp.simplify(sp.diff(sp.log(x**2 + 1), x))))

# r02 calculus: definite integral of x e^{-x} over [0,1] = 1 - 2/e
add("r02", "Evaluate ∫ from 0 to 1 of x·e^(−x) dx (exact answer).", "calculus", {"rule": "expr"},
    str(sp.simplify(sp.integrate(x * sp.exp(-x), (x, 0, 1)))))

# r03 calculus: limit (1 - cos x)/x^2 as x->0 = 1/2
add("r03", "Exam Q3(a): find lim as x → 0 of (1 − cos x)/x².", "calculus", {"rule": "expr"},
    str(sp.limit((1 - sp.cos(x)) / x**2, x, 0)))

# r04 calculus: score function, derivative of log-likelihood 7 ln p + 3 ln(1-p) wrt p
ll = 7 * sp.log(p) + 3 * sp.log(1 - p)
add("r04", "For 7 successes in 10 Bernoulli trials the log-likelihood is ℓ(p) = 7 ln p + 3 ln(1 − p). "
    "Differentiate ℓ(p) with respect to p.", "calculus", {"rule": "expr"},
    str(sp.simplify(sp.diff(ll, p))))

# r05 algebra: roots of 2x^2 - 3x - 2 = 0 -> {2, -1/2}
add("r05", "solve 2x² − 3x − 2 = 0", "algebra", {"rule": "set"},
    [str(r) for r in sp.solve(2 * x**2 - 3 * x - 2, x)])

# r06 algebra: solve 1.96*12/sqrt(n) = 3 for n -> (1.96*12/3)^2 = 61.4656 (value of n, not rounded)
n = sp.symbols("n", positive=True)
sol = sp.solve(sp.Rational(196, 100) * 12 / sp.sqrt(n) - 3, n)
add("r06", "Solve for n (exact value, do not round up): 1.96 · 12 / √n = 3", "algebra",
    {"rule": "number", "tol": 1.0e-6}, float(sol[0]))

# r07 algebra: real roots of x^3 - 6x^2 + 11x - 6 -> {1, 2, 3}
add("r07", "Find all real roots of x^3 - 6x^2 + 11x - 6.", "algebra", {"rule": "set"},
    [str(r) for r in sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x)])

# r08 linear algebra: determinant -> 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("r08", "det [[2, 1, 0], [1, 3, 1], [0, 1, 4]]", "linear_algebra", {"rule": "int"}, int(M.det()))

# r09 linear algebra: eigenvalues of covariance matrix [[5,2],[2,2]] -> {1, 6}
S = sp.Matrix([[5, 2], [2, 2]])
add("r09", "A bivariate covariance matrix is Σ = [[5, 2], [2, 2]]. What are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, [str(k) for k in S.eigenvals().keys()])

# r10 probability: P(X > 130), X ~ N(100, 15) -> norm.sf(2)
add("r10", "X ~ N(μ = 100, σ = 15). Find P(X > 130).", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(stats.norm.sf(130, 100, 15)))

# r11 probability: P(X <= 2), X ~ Bin(20, 0.1)
add("r11", "X ~ Bin(n = 20, p = 0.10). P(X ≤ 2) = ?", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(stats.binom.cdf(2, 20, 0.1)))

# r12 probability: Poisson rate 3/hr, exactly 5 in 2 hours -> poisson.pmf(5, 6)
add("r12", "Defects on a coating line follow a Poisson process with an average of 3 per hour. "
    "What is the probability of exactly five defects during a 2-hour shift?", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(stats.poisson.pmf(5, 6)))

# r13 probability: sampling distribution of x-bar, n=36, mu=50, sigma=12, P(xbar < 47) = Phi(-1.5)
add("r13", "A population has μ = 50 and σ = 12. For a random sample of n = 36, find P(x̄ < 47).",
    "probability", {"rule": "number", "tol": 1.0e-6},
    float(stats.norm.cdf(47, 50, 12 / math.sqrt(36))))

# r14 hypothesis test: one-sample t from summary, two-sided p-value
t14 = (508.2 - 500) / (16 / math.sqrt(25))
p14 = 2 * stats.t.sf(abs(t14), 24)
add("r14", "H0: μ = 500 g vs H1: μ ≠ 500 g. n = 25, x̄ = 508.2 g, s = 16 g, α = 0.05. "
    "One-sample t-test: what is the p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p14))

# r15 hypothesis test: one-sample z statistic (sigma known), lower-tailed
z15 = (24.1 - 25) / (2.5 / math.sqrt(40))
add("r15", "σ = 2.5 min is known. n = 40, x̄ = 24.1 min. Test H0: μ = 25 against H1: μ < 25 at α = 0.01 "
    "with a z-test. Give the test statistic z.", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, float(z15))

# r16 hypothesis test: two-proportion pooled z-test, two-sided p-value
z16, p16 = proportions_ztest([18, 33], [300, 320], alternative="two-sided")
add("r16", "Line A had 18 defectives in 300 units, line B had 33 in 320. Pooled two-proportion z-test, "
    "H1: pA ≠ pB, α = 0.05. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17 hypothesis test: paired t-test, H1: mean(before - after) > 0, one-sided p-value
before = [72, 75, 70, 68, 74, 71]
after = [70, 72, 69, 65, 73, 70]
r17 = stats.ttest_rel(before, after, alternative="greater")
add("r17", "paired t test, before = 72 75 70 68 74 71, after = 70 72 69 65 73 70 (resting heart rate, bpm). "
    "H1: mean of (before − after) > 0. one-sided p-value", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r17.pvalue))

# r18 regression: OLS slope
x18 = np.array([1, 2, 3, 4, 5, 6], float)
y18 = np.array([2.1, 3.9, 6.2, 7.8, 10.1, 12.2])
f18 = sm.OLS(y18, sm.add_constant(x18)).fit()
add("r18", "Fit ŷ = b0 + b1·x by least squares to x = 1, 2, 3, 4, 5, 6 and y = 2.1, 3.9, 6.2, 7.8, 10.1, 12.2. "
    "Report the slope b1.", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(f18.params[1]))

# r19 regression: R^2 of simple linear regression
x19 = np.array([10, 20, 30, 40, 50], float)
y19 = np.array([15, 24, 38, 41, 55], float)
f19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add("r19", "R² of the least-squares line y on x; x: 10 20 30 40 50 (°C), y: 15 24 38 41 55 (yield, %)",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(f19.rsquared))

# r20 anova: one-way ANOVA F statistic on raw data (3 groups)
g1 = [18.2, 19.1, 17.8, 18.9, 18.5]
g2 = [20.1, 19.8, 20.6, 21.0, 20.3]
g3 = [18.9, 19.4, 19.0, 18.6, 19.7]
a20 = stats.f_oneway(g1, g2, g3)
add("r20", "Three suppliers, tensile strength (MPa): A = 18.2, 19.1, 17.8, 18.9, 18.5; "
    "B = 20.1, 19.8, 20.6, 21.0, 20.3; C = 18.9, 19.4, 19.0, 18.6, 19.7. "
    "Run a one-way ANOVA (H0: μA = μB = μC) and give the F statistic.", "anova",
    {"rule": "number", "tol": 1.0e-3, "key": "statistic"}, float(a20.statistic))

# r21 anova: one-way ANOVA from summary stats, p-value (computed by hand formulas)
ns = [8, 8, 8, 8]
means = [24.1, 26.3, 22.8, 25.0]
sds = [2.1, 1.8, 2.4, 2.0]
N = sum(ns); k = len(ns)
gm = sum(ni * mi for ni, mi in zip(ns, means)) / N
ssb = sum(ni * (mi - gm) ** 2 for ni, mi in zip(ns, means))
ssw = sum((ni - 1) * si**2 for ni, si in zip(ns, sds))
F21 = (ssb / (k - 1)) / (ssw / (N - k))
p21 = stats.f.sf(F21, k - 1, N - k)
add("r21", "One-way ANOVA from summary statistics: four fertilisers, n = 8 plots each, "
    "x̄ = 24.1, 26.3, 22.8, 25.0 and s = 2.1, 1.8, 2.4, 2.0. p-value for H0: all four means equal?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p21))

# r22 design: 2^(5-1) fractional factorial + 3 centre points -> 19 runs
add("r22", "How many runs does a 2^(5−1) fractional factorial with 3 center points need?", "design",
    {"rule": "runs"}, 2 ** (5 - 1) + 3)

# r23 design: 3^3 full factorial, 2 replicates -> 54 runs
add("r23", "An experiment crosses three factors, each at three levels, in a full factorial "
    "replicated twice. Total number of runs?", "design", {"rule": "runs"}, 3**3 * 2)

# r24 design: CCD, 3 factors, full 2^3 core + 6 axial + 6 centre -> 20
add("r24", "central composite design, k = 3 factors, full 2³ factorial portion, 6 center runs: total runs?",
    "design", {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r25 control chart: x-bar chart UCL from R-bar, n=5; A2 = 3/(d2*sqrt(n)), d2(5)=2.326 (table A2 = 0.577)
d2_5 = 2.325929
A2 = 3 / (d2_5 * math.sqrt(5))
ucl25 = 50.2 + A2 * 1.8
add("r25", "X̄–R chart, subgroups of size n = 5: grand mean x̿ = 50.2 mm, R̄ = 1.8 mm. "
    "Compute the UCL of the X̄ chart.", "control_chart",
    {"rule": "number", "tol": 2.0e-3, "key": "ucl"}, round(ucl25, 6))

# r26 control chart: p chart UCL, p-bar = 0.04, n = 200 -> p + 3 sqrt(p(1-p)/n)
ucl26 = 0.04 + 3 * math.sqrt(0.04 * 0.96 / 200)
add("r26", "p chart: p̄ = 0.04, constant sample size n = 200. Upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL - mu, mu - LSL) / (3 sigma)
cpk = min(10.10 - 10.03, 10.03 - 9.90) / (3 * 0.025)
add("r27", "LSL = 9.90 mm, USL = 10.10 mm, process mean 10.03 mm, σ = 0.025 mm. Cpk?", "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r28 capability: Cp = (USL - LSL) / (6 sigma), spec 50 +- 0.6, s = 0.15
cp = 1.2 / (6 * 0.15)
add("r28", "Specification 50.0 ± 0.6 g, s = 0.15 g. Compute Cp.", "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cp"}, cp)

# r29 sample size: n = ceil((z_{0.975} sigma / E)^2), sigma = 9, E = 2 -> 78
z = stats.norm.ppf(0.975)
add("r29", "How large a sample is needed to estimate μ within ±2 units with 95% confidence if σ = 9?",
    "sample_size", {"rule": "int", "key": "n"}, int(math.ceil((z * 9 / 2) ** 2)))

# r30 unit conversion: 350 F -> C = (350-32)*5/9
add("r30", "convert 350 °F to °C", "unit_conversion", {"rule": "number", "tol": 1.0e-3},
    (350 - 32) * 5 / 9)

doc = {"suite": "round20c", "type": "reason",
       "description": "round20c unseen questions, applied-statistics exam notation (H0/H1, alpha, x-bar, s, symbols) "
                      "and terse analyst checks",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(__file__.rsplit("/", 1)[0] + "/round20c.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
