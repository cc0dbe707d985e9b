"""round21c reference answers, computed independently (scipy, statsmodels, sympy, math).
Voice: Six Sigma black belt coaching green belts + plant manager quick questions."""
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t = sp.symbols("x t")

# r01 calculus: derivative of 5 t^2 e^(-0.2 t) (exact expression)
d1 = sp.simplify(sp.diff(5 * t**2 * sp.exp(-t / 5), t))
add("r01", "calculus",
    "green belt asked me this one: defect intensity model λ(t) = 5t² e^(−0.2t). what's dλ/dt?",
    {"rule": "expr"}, str(d1))

# r02 calculus: definite integral of (0.5 t + 2) dt, t = 0..8 -> 32 (defects accumulated)
i2 = sp.integrate(sp.Rational(1, 2) * t + 2, (t, 0, 8))
add("r02", "calculus",
    "Defect arrival rate on the new line ramps as r(t) = 0.5t + 2 defects per hour. "
    "Integrate r(t) from t = 0 to t = 8 h to get the expected number of defects in the first shift.",
    {"rule": "number", "tol": 1.0e-6}, float(i2))

# r03 calculus: limit (1 + 0.02/n)^n as n -> oo = e^0.02
n = sp.symbols("n", positive=True)
l3 = sp.limit((1 + sp.Rational(2, 100) / n)**n, n, sp.oo)
add("r03", "calculus", "lim n→∞ (1 + 0.02/n)^n",
    {"rule": "number", "tol": 1.0e-6}, float(l3))

# r04 calculus: second derivative of ln(1 + x^2)
d4 = sp.simplify(sp.diff(sp.log(1 + x**2), x, 2))
add("r04", "calculus", "second derivative of ln(1 + x²) with respect to x",
    {"rule": "expr"}, str(d4))

# r05 algebra: roots of 0.5x^2 - 3x + 4 = 0 -> {2, 4}
r5 = sp.solve(sp.Rational(1, 2) * x**2 - 3 * x + 4, x)
add("r05", "algebra", "solve 0.5x² − 3x + 4 = 0", {"rule": "set"}, [str(r) for r in r5])

# r06 algebra: 12/x + 12/(x+2) = 5 -> {4, -6/5}
r6 = sp.solve(sp.Eq(12 / x + 12 / (x + 2), 5), x)
add("r06", "algebra", "Solve for x: 12/x + 12/(x + 2) = 5", {"rule": "set"}, [str(r) for r in r6])

# r07 algebra: 0.9^n = 0.5 -> n = ln 0.5 / ln 0.9 (number of process steps)
r7 = math.log(0.5) / math.log(0.9)
add("r07", "algebra",
    "Each step in our order-to-ship process has 90% first pass yield, so rolled throughput yield is 0.9^n. "
    "Solve 0.9^n = 0.5 for n (don't round, I want the exact break-even value).",
    {"rule": "number", "tol": 1.0e-4}, r7)

# r08 linear_algebra: determinant -> 18
A8 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("r08", "linear_algebra", "det of [[2, 1, 0], [1, 3, 1], [0, 1, 4]]", {"rule": "int"}, int(A8.det()))

# r09 linear_algebra: eigenvalues -> {2, 5}
A9 = sp.Matrix([[4, 1], [2, 3]])
add("r09", "linear_algebra", "What are the eigenvalues of the matrix [[4, 1], [2, 3]]?",
    {"rule": "set"}, [str(k) for k in A9.eigenvals().keys()])

# r10 probability: Poisson(4.2) P(X > 6) = 1 - F(6)
p10 = float(stats.poisson.sf(6, 4.2))
add("r10", "probability",
    "call centre gets 4.2 calls/min on average (Poisson). P(more than 6 calls in a given minute)?",
    {"rule": "number", "tol": 1.0e-5}, p10)

# r11 probability: hypergeometric, lot 200 with 6 defective, sample 15 w/o replacement, P(at least 1)
p11 = float(stats.hypergeom.sf(0, 200, 6, 15))
add("r11", "probability",
    "A lot of 200 brackets contains 6 defectives. Receiving inspection pulls 15 at random without replacement. "
    "What is the probability the sample contains at least one defective? (exact hypergeometric, please)",
    {"rule": "number", "tol": 1.0e-5}, p11)

# r12 probability: Normal(12, 1.5) P(X > 15) = 1 - Phi(2)
p12 = float(stats.norm.sf(15, loc=12, scale=1.5))
add("r12", "probability",
    "Cycle time is normal, μ = 12 min, σ = 1.5 min. What fraction of jobs take longer than 15 min?",
    {"rule": "number", "tol": 1.0e-5}, p12)

# r13 probability: Poisson process 3 trucks/h, P(gap > 30 min) = exp(-1.5)
p13 = float(stats.expon.sf(0.5, scale=1 / 3))
add("r13", "probability",
    "trucks arrive at the dock as a Poisson process, three per hour on average. "
    "probability the gap between two consecutive trucks is more than 30 minutes?",
    {"rule": "number", "tol": 1.0e-5}, p13)

# r14 hypothesis_test: Welch two-sample t-test, two-sided p-value
a14 = [12.4, 13.1, 11.8, 12.9, 13.4, 12.2, 12.7]
b14 = [13.6, 14.2, 13.1, 14.8, 13.9, 14.5]
res14 = stats.ttest_ind(a14, b14, equal_var=False)
add("r14", "hypothesis_test",
    "I'm coaching a green belt through the Analyze phase of a DMAIC project on changeover cycle time. "
    "She timed changeovers on two shifts. Shift A (min): 12.4, 13.1, 11.8, 12.9, 13.4, 12.2, 12.7. "
    "Shift B (min): 13.6, 14.2, 13.1, 14.8, 13.9, 14.5. We don't want to assume equal variances, so use "
    "Welch's two-sample t-test, two-sided. What's the p-value?",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(res14.pvalue))

# r15 hypothesis_test: one-sample proportion z-test (score, SE from p0), one-sided less, p-value
z15, pv15 = proportions_ztest(18, 400, value=0.07, alternative="smaller", prop_var=0.07)
add("r15", "hypothesis_test",
    "Historical defect rate was 7%. After the Improve phase we inspected 400 units and found 18 defective. "
    "One-sided one-proportion z-test (H1: p < 0.07, standard error from p0) — p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(pv15))

# r16 hypothesis_test: chi-square test of independence 3x2, p-value
tab16 = [[412, 38], [365, 51], [190, 29]]
chi16 = stats.chi2_contingency(tab16, correction=False)
add("r16", "hypothesis_test",
    "abandoned calls by shift — day: 412 answered / 38 abandoned, evening: 365 answered / 51 abandoned, "
    "night: 190 answered / 29 abandoned. chi-square test of independence, p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, float(chi16.pvalue))

# r17 hypothesis_test: refuse (no sample sizes or standard deviations given)
add("r17", "hypothesis_test",
    "Shift A averaged 14.2 min per changeover and shift B averaged 15.1 min. Is that difference statistically significant?",
    {"rule": "refuse"}, None)

# r18 regression: simple linear regression slope (min per order line)
x18 = [5, 8, 12, 15, 20, 24, 30, 35]
y18 = [3.1, 4.0, 5.2, 6.1, 7.4, 8.5, 10.2, 11.6]
f18 = sm.OLS(y18, sm.add_constant(x18)).fit()
add("r18", "regression",
    "Warehouse picking: order lines per ticket x = 5, 8, 12, 15, 20, 24, 30, 35 and pick time y (min) = "
    "3.1, 4.0, 5.2, 6.1, 7.4, 8.5, 10.2, 11.6. Fit a least-squares line y = b0 + b1 x. What is the slope b1?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(f18.params[1]))

# r19 regression: R^2 of simple linear regression
x19 = [180, 185, 190, 195, 200, 205, 210]
y19 = [4.8, 4.1, 3.9, 3.2, 2.9, 2.1, 1.8]
f19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add("r19", "regression",
    "oven temp (°C) 180 185 190 195 200 205 210 vs defect % 4.8 4.1 3.9 3.2 2.9 2.1 1.8 — R² of the straight-line fit?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(f19.rsquared))

# r20 anova: one-way ANOVA on raw data, p-value
g20 = [[6.2, 5.8, 6.5, 6.1, 5.9], [6.8, 7.1, 6.6, 7.0, 6.9], [6.0, 6.3, 5.7, 6.4, 6.1]]
a20 = stats.f_oneway(*g20)
add("r20", "anova",
    "Average handle time (min) for three call-centre teams. Team A: 6.2, 5.8, 6.5, 6.1, 5.9. "
    "Team B: 6.8, 7.1, 6.6, 7.0, 6.9. Team C: 6.0, 6.3, 5.7, 6.4, 6.1. One-way ANOVA — p-value?",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(a20.pvalue))

# r21 anova: one-way ANOVA from summary statistics, F statistic (classic pooled)
n21 = 6
m21 = [42.1, 43.5, 41.8, 44.0]
s21 = [1.2, 1.5, 1.1, 1.4]
gm = sum(m21) / 4
ssb = sum(n21 * (m - gm) ** 2 for m in m21)
ssw = sum((n21 - 1) * s**2 for s in s21)
F21 = (ssb / 3) / (ssw / (4 * n21 - 4))
add("r21", "anova",
    "Four packing lines, six cartons timed on each. Mean pack times (s): 42.1, 43.5, 41.8, 44.0; "
    "standard deviations: 1.2, 1.5, 1.1, 1.4. What is the F statistic of the one-way ANOVA?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, F21)

# r22 design: 2^(6-2) fractional factorial + 4 centre points = 20 runs
add("r22", "design", "how many runs for a 2^(6−2) fractional factorial with 4 centre points added?",
    {"rule": "runs"}, 2 ** (6 - 2) + 4)

# r23 design: CCD, 4 factors, full 2^4 cube + 8 axial + 7 centre = 31 runs
add("r23", "design",
    "For the Improve phase we want a response surface on four factors (fill pressure, nozzle temp, line speed, "
    "dwell time). Plan: central composite design with the full 2^4 factorial cube, the axial (star) points, "
    "and 7 centre points, no replication otherwise. How many runs in total?",
    {"rule": "runs"}, 2 ** 4 + 2 * 4 + 7)

# r24 design: Box-Behnken, 3 factors, 3 centre points = 12 + 3 = 15 runs
add("r24", "design", "Box-Behnken, 3 factors, 3 center points — total runs?", {"rule": "runs"}, 12 + 3)

# r25 control_chart: individuals (I-MR) chart UCL = xbar + 3 * MRbar / d2 (d2 = 1.128)
x25 = [18.2, 19.5, 17.8, 20.1, 18.9, 19.3, 18.4, 20.6, 19.0, 18.7, 19.8, 18.1, 19.4, 20.0, 18.6]
mr25 = np.abs(np.diff(x25))
ucl25 = float(np.mean(x25) + 3 * np.mean(mr25) / 1.128)
add("r25", "control_chart",
    "Dock-to-stock cycle time, daily values in hours: 18.2, 19.5, 17.8, 20.1, 18.9, 19.3, 18.4, 20.6, 19.0, 18.7, "
    "19.8, 18.1, 19.4, 20.0, 18.6. Build an I-MR chart — what's the UCL on the individuals chart?",
    {"rule": "number", "tol": 2.0e-3, "key": "ucl"}, ucl25)

# r26 control_chart: p chart UCL = pbar + 3 sqrt(pbar (1 - pbar) / n), pbar = 340/5000, n = 200
pbar = 340 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add("r26", "control_chart",
    "p chart: 25 days, 200 calls sampled each day, 340 abandoned calls in total. upper control limit?",
    {"rule": "number", "tol": 1.0e-5, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL - mu, mu - LSL) / (3 sigma) = 3.8 / 3.3
cpk27 = min(505 - 501.2, 501.2 - 495) / (3 * 1.1)
add("r27", "capability",
    "Fill weight spec is 495 to 505 g. Process mean 501.2 g, σ = 1.1 g. Cpk?",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk27)

# r28 capability: Ppk with USL only = (USL - mean) / (3 s), s = overall sample sd (n - 1)
x28 = [5.2, 6.1, 5.8, 6.4, 5.5, 6.0, 5.9, 6.3, 5.7, 6.2, 5.6, 6.0]
ppk28 = (8 - np.mean(x28)) / (3 * np.std(x28, ddof=1))
add("r28", "capability",
    "Handle time has an upper spec only: 8 minutes max, no lower limit. Twelve calls: 5.2, 6.1, 5.8, 6.4, 5.5, "
    "6.0, 5.9, 6.3, 5.7, 6.2, 5.6, 6.0 min. Ppk using the overall sample standard deviation?",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(ppk28))

# r29 sample_size: n = z^2 p(1-p)/E^2 with z = 1.959964, p = 0.5, E = 0.03 -> ceil(1067.07) = 1068
z = stats.norm.ppf(0.975)
n29 = math.ceil(z**2 * 0.25 / 0.03**2)
add("r29", "sample_size",
    "how many calls do we need to sample to estimate the abandonment rate within ±3 percentage points at 95% "
    "confidence? no prior estimate, so use p = 0.5",
    {"rule": "int", "key": "n"}, n29)

# r30 unit_conversion: 55 mph -> km/h = 55 * 1.609344
add("r30", "unit_conversion", "our trucks average fifty-five mph — what's that in km/h?",
    {"rule": "number", "tol": 1.0e-3}, 55 * 1.609344)

doc = {"suite": "round21c", "type": "reason",
       "description": "round21c unseen questions, a Six Sigma black belt coaching green belts and a plant manager "
                      "asking quick questions (DMAIC, defect rates, cycle times, call-centre and logistics data)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
assert len(items) == 30
with open(__file__.rsplit("/", 1)[0] + "/round21c.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
for it in items:
    print(it["id"], it["mode"], it["reference"])
