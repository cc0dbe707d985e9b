"""Reference answers for round42b (materials-lab technician voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round42b"
items = []


def add(q, mode, compare, ref):
    items.append(
        {
            "id": f"r{len(items) + 1:02d}",
            "split": "unseen",
            "question": q,
            "mode": mode,
            "compare": compare,
            "reference": ref,
        }
    )


t, x = sp.symbols("t x", positive=True)

# r01: d/dt of 40(1-e^{-0.2t}) at t=7 -> 8 e^{-1.4}
f = 40 * (1 - sp.exp(-sp.Rational(1, 5) * t))
r01 = sp.simplify(sp.diff(f, t).subs(t, 7))
add(
    "strength gain fit from our cure-box cylinders: f(t) = 40(1 − e^(−0.2t)) MPa, t in days. "
    "what's the rate of strength gain df/dt at t = 7 days (MPa/day)? exact form pls",
    "calculus",
    {"rule": "expr"},
    str(r01),
)

# r02: work under P(x)=120x-15x^2 kN from 0..4 mm -> 640 kN*mm
P = 120 * x - 15 * x**2
r02 = sp.integrate(P, (x, 0, 4))
add(
    "Rebar pull test, #5 bar. Load–slip curve fitted as P(x) = 120x − 15x² (P in kN, x = slip in mm). "
    "Need the energy absorbed, i.e. area under the curve from x = 0 to x = 4 mm, in kN·mm.",
    "calculus",
    {"rule": "expr"},
    str(r02),
)

# r03: M(t)=5t/(t+2), M'(2) = 10/(t+2)^2 at 2 = 5/8
M = 5 * t / (t + 2)
r03 = sp.simplify(sp.diff(M, t).subs(t, 2))
add(
    "moisture uptake in an asphalt core during the soak, field note: M(t) = 5t/(t+2) percent, "
    "t in hours. how fast is it absorbing at t = 2 h? (dM/dt, %/h)",
    "calculus",
    {"rule": "expr"},
    str(r03),
)

# r04: average of 20+15 sin(pi t/12) on [0,12] = 20 + 30/pi
T = 20 + 15 * sp.sin(sp.pi * t / 12)
r04 = sp.simplify(sp.integrate(T, (t, 0, 12)) / 12)
add(
    "Curing blanket thermocouple over the first 12 h follows T(t) = 20 + 15·sin(πt/12) °C. "
    "What is the average temperature over 0 ≤ t ≤ 12 h? Exact answer.",
    "calculus",
    {"rule": "expr"},
    str(r04),
)

# r05: 180 e^{-t/45} = 100 -> t = 45 ln(9/5)
r05 = sp.solve(sp.Eq(180 * sp.exp(-t / 45), 100), t)[0]
r05_str = "45*log(9/5)"
assert abs(float(r05) - float(sp.sympify(r05_str))) < 1e-12
add(
    "Slump loss on the hot day: S(t) = 180·e^(−t/45) mm, t in minutes after batching. "
    "Pour is rejected once slump hits 100 mm. Solve for t (exact).",
    "algebra",
    {"rule": "expr"},
    r05_str,
)

# r06: roots of x^2 - 5x - 14 = 0 -> {7, -2}
xs = sp.Symbol("x")
r06 = sorted(float(r) for r in sp.solve(xs**2 - 5 * xs - 14, xs))
add("calibration of the LVDT gave me x² − 5x − 14 = 0 to solve. both roots?", "algebra", {"rule": "set"}, r06)

# r07: blend sand A (8% fines) + sand B (2% fines) = 1000 kg at 4% fines -> A = 1000/3 kg
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 1000, sp.Rational(8, 100) * a + sp.Rational(2, 100) * b - 40], [a, b])
add(
    "Blending two sands for a 1000 kg batch. Sand A is 8% passing the No. 200 sieve, sand B is 2%. "
    "Target blend is 4% passing No. 200 (by mass). How many kg of sand A? Exact value.",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

# r08: eigenvalues of tridiagonal [[4,-2,0],[-2,4,-2],[0,-2,4]] -> 4-2sqrt2, 4, 4+2sqrt2
K = sp.Matrix([[4, -2, 0], [-2, 4, -2], [0, -2, 4]])
r08 = sorted(float(ev) for ev in K.eigenvals())
add(
    "eigenvalues of the little 3-spring stiffness matrix from the lab exercise\n"
    "K = [[4, −2, 0], [−2, 4, −2], [0, −2, 4]]  (kN/mm)",
    "linear_algebra",
    {"rule": "set"},
    r08,
)

# r09: det [[5,2,1],[2,6,3],[1,3,7]] = 143
D = sp.Matrix([[5, 2, 1], [2, 6, 3], [1, 3, 7]]).det()
add(
    "Determinant of this matrix (from the 3-gauge strain rosette reduction):\n5 2 1\n2 6 3\n1 3 7",
    "linear_algebra",
    {"rule": "expr"},
    str(D),
)

# r10: P(X<28), X~N(32, 3.5)
r10 = float(stats.norm.cdf(28, 32, 3.5))
add(
    "Plant history says 28-day cylinder strength is normal with mean 32 MPa and standard deviation "
    "3.5 MPa. What's the probability a single cylinder breaks below f'c = 28 MPa?",
    "probability",
    {"rule": "number", "tol": 1.0e-4},
    r10,
)

# r11: Binomial(20, 0.05), P(X<=1)
r11 = float(stats.binom.cdf(1, 20, 0.05))
add(
    "about 5% of mechanical couplers fail the pull test (independent). we're pulling twenty of them "
    "tomorrow. chance that at most one fails?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)

# r12: Poisson(2.3), P(X>=3)
r12 = float(stats.poisson.sf(2, 2.3))
add(
    "Honeycomb voids on cores average 2.3 per core (Poisson). P(a core shows 3 or more voids) = ?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)

# r13: Bayes: P(B|fail) = 0.4*0.10/(0.6*0.04+0.4*0.10) = 5/8
r13 = (
    sp.Rational(4, 10)
    * sp.Rational(1, 10)
    / (sp.Rational(6, 10) * sp.Rational(4, 100) + sp.Rational(4, 10) * sp.Rational(1, 10))
)
add(
    "60% of the density cores come from paving crew A and 40% from crew B. Crew A's cores fail the "
    "compaction spec 4% of the time, crew B's 10%. A core just came back failing — probability it's "
    "from crew B?",
    "probability",
    {"rule": "expr"},
    str(r13),
)

# r14: one-sample t, H1: mu > 30, one-sided p
d14 = [31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7]
r14 = stats.ttest_1samp(d14, 30, alternative="greater")
add(
    "28-day breaks (MPa) for the bridge deck lot: 31.8, 33.2, 29.6, 32.4, 30.9, 34.1, 31.5, 32.7. "
    "Spec f'c = 30 MPa. One-sample t-test, one-sided H1: mean > 30. p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15: Welch two-sample, two-sided p
A15 = [95, 110, 102, 98, 105, 100]
B15 = [112, 120, 108, 118, 125, 115, 117]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add(
    "slump (mm) truck 1: 95 110 102 98 105 100\nslump (mm) truck 2: 112 120 108 118 125 115 117\n"
    "do the trucks differ? Welch t test (unequal variances), two-sided, want the p value",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16: paired t statistic, gauge - caliper
g16 = [52.1, 48.7, 50.3, 55.0, 49.8, 51.6, 53.2]
c16 = [51.4, 48.9, 49.5, 54.1, 49.0, 51.2, 52.3]
r16 = stats.ttest_rel(g16, c16)
add(
    "Same 7 asphalt cores measured two ways, thickness in mm.\n"
    "nuclear gauge: 52.1 48.7 50.3 55.0 49.8 51.6 53.2\n"
    "caliper:       51.4 48.9 49.5 54.1 49.0 51.2 52.3\n"
    "Paired t-test on the differences (gauge − caliper). What is the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r16.statistic),
)

# r17: refuse -- no n, no standard deviation given
add(
    "lot mean came out 31.2 MPa against a specified 30 MPa. is that significantly higher at α = 0.05? "
    "just need the p-value for the report",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)

# r18: OLS slope of strength on w/c
x18 = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65]
y18 = [48.2, 43.9, 39.5, 36.1, 32.8, 29.0]
r18 = stats.linregress(x18, y18)
add(
    "Trial batches, w/c ratio vs 28-day strength:\n"
    "w/c:  0.40 0.45 0.50 0.55 0.60 0.65\nMPa:  48.2 43.9 39.5 36.1 32.8 29.0\n"
    "least-squares straight line, strength on w/c — slope?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)

# r19: R^2 of slump on water content (OLS with intercept)
x19 = [165, 170, 175, 180, 185, 190, 195]
y19 = [55, 70, 80, 100, 105, 125, 135]
fit19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add(
    "Fitting slump (mm) against water content (kg/m³) with a straight line. water = 165, 170, 175, "
    "180, 185, 190, 195; slump = 55, 70, 80, 100, 105, 125, 135. What's R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(fit19.rsquared),
)

# r20: one-way ANOVA p-value, three quarries
A20 = [34.2, 35.1, 33.8, 36.0, 34.9]
B20 = [32.1, 31.5, 33.0, 32.6, 31.9]
C20 = [35.5, 36.2, 34.8, 35.9, 36.4]
r20 = stats.f_oneway(A20, B20, C20)
add(
    "Coarse aggregate from three quarries, same mix design otherwise. Cylinder strengths (MPa):\n"
    "Quarry A: 34.2, 35.1, 33.8, 36.0, 34.9\nQuarry B: 32.1, 31.5, 33.0, 32.6, 31.9\n"
    "Quarry C: 35.5, 36.2, 34.8, 35.9, 36.4\n"
    "One-way ANOVA — does quarry matter? Give the p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r20.pvalue),
)

# r21: one-way ANOVA F statistic, four curing methods, unequal n
g21 = [[38.1, 37.4, 39.0, 38.6], [35.2, 36.0, 34.8], [36.9, 37.5, 36.1, 37.0, 36.4], [32.5, 33.8, 33.1]]
r21 = stats.f_oneway(*g21)
add(
    "curing method study, 7-day strength MPa (unequal n, a few cylinders got dropped):\n"
    "moist room  38.1 37.4 39.0 38.6\nmembrane    35.2 36.0 34.8\n"
    "wet burlap  36.9 37.5 36.1 37.0 36.4\nair dry     32.5 33.8 33.1\n"
    "F statistic from one-way ANOVA?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r21.statistic),
)

# r22: 2^3 full factorial + 4 center points = 12 runs
add(
    "Planning a mix study: w/c, fly ash %, and superplasticizer dose, each at two levels, full "
    "factorial, single replicate, plus 4 center points. How many batches total?",
    "design",
    {"rule": "runs"},
    2**3 + 4,
)

# r23: 2^(5-1) half fraction, 2 replicates total = 32 runs
add(
    "2^(5−1) half-fraction on asphalt mix variables (binder %, RAP %, compaction temp, gyrations, "
    "aggregate source), run with two replicates total. number of runs?",
    "design",
    {"rule": "runs"},
    2**4 * 2,
)

# r24: CCD, 3 factors: 8 cube + 6 axial + 5 center = 19
add(
    "central composite design, 3 factors (cement content, w/c, air entrainer), full 2³ factorial "
    "portion, 6 axial (star) points, 5 center runs. total runs?",
    "design",
    {"rule": "runs"},
    8 + 6 + 5,
)

# r25: Xbar chart UCL = grand mean + A2*Rbar, A2(n=5)=0.577
r25 = 102.4 + 0.577 * 8.6
add(
    "X-bar & R charts on slump, subgroups of 5 trucks, 20 subgroups. Grand average = 102.4 mm, "
    "R-bar = 8.6 mm. Upper control limit for the X-bar chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r25,
)

# r26: p chart UCL, pbar = 85/1250, n=50
pbar = 85 / 1250
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 50)
add(
    "p-chart for nonconforming field density tests: 25 days, 50 tests each day, 85 failures total "
    "across all days. UCL for the p chart (3-sigma)?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r26,
)

# r27: Cpk = min(6.0-5.62, 5.62-5.0)/(3*0.12) = 0.38/0.36
r27 = min(6.0 - 5.62, 5.62 - 5.0) / (3 * 0.12)
add(
    "Asphalt binder content spec is 5.0–6.0 %. Ignition oven results: process mean 5.62 %, σ = 0.12 %. Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    r27,
)

# r28: Ppk with overall sample sd (n-1)
d28 = np.array([5.8, 6.1, 5.5, 6.4, 5.9, 6.2, 5.7, 6.0, 6.3, 5.6, 6.1, 5.9])
m28, s28 = d28.mean(), d28.std(ddof=1)
r28 = min(7.5 - m28, m28 - 4.5) / (3 * s28)
add(
    "air content (%) on 12 loads: 5.8 6.1 5.5 6.4 5.9 6.2 5.7 6.0 6.3 5.6 6.1 5.9\n"
    "spec 4.5 to 7.5 %. Ppk using the overall sample standard deviation (n−1)?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    float(r28),
)

# r29: n = ceil((z_{0.975} * 4 / 1.5)^2) = ceil(27.32) = 28
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 4 / 1.5) ** 2)
add(
    "How many cylinders do we need to estimate the mean strength to within ±1.5 MPa with 95% "
    "confidence? Take σ = 4 MPa as known (z-based).",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)

# r30: 4000 psi -> MPa (1 psi = 6894.757293168 Pa)
r30 = 4000 * 6894.757293168 / 1e6
add(
    "spec sheet says f'c = four thousand psi. what is that in MPa?",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4},
    r30,
)

doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, civil-engineering materials lab technician "
    "(concrete, asphalt, rebar testing)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)

for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
from collections import Counter

print(Counter(it["mode"] for it in items), len(items))
