"""Reference answers for round29c (agronomy / dairy & meat QA voice, British spelling)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round29c"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, N, x = sp.symbols("t N x")

# r01 calculus: dT/dt of T = 4 + 34 e^{-t/6} at t = 3 -> -(34/6) e^{-1/2}
T = 4 + 34 * sp.exp(-t / 6)
r01 = sp.simplify(sp.diff(T, t).subs(t, 3))
add("Carcass deep-leg temperature in the chiller follows T(t) = 4 + 34·e^(−t/6) °C, t in hours. "
    "What is dT/dt at t = 3 h (exact form please)?",
    "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: total N uptake = ∫_0^40 0.8 t e^{-t/20} dt (exact)
r02 = sp.simplify(sp.integrate(sp.Rational(4, 5) * t * sp.exp(-t / 20), (t, 0, 40)))
add("crop N uptake rate u(t) = 0.8 t e^(-t/20) kg/ha per day, t = days after emergence. "
    "integrate from day 0 to day 40 for total uptake, exact answer",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: ODE dy/dt = -0.25 (y - 4), y(0) = 38 -> y = 4 + 34 e^{-t/4}
y = sp.Function("y")
sol = sp.dsolve(sp.Eq(y(t).diff(t), -sp.Rational(1, 4) * (y(t) - 4)), y(t), ics={y(0): 38})
r03 = sp.simplify(sol.rhs)
add("Bulk milk tank cooling, Newton's law: dy/dt = −0.25(y − 4), y(0) = 38 °C, t in hours. "
    "Solve for y(t).",
    "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: maximise Y(N) = 2.1 + 0.032N - 0.00008N^2 -> N* = 0.032/0.00016 = 200
Y = sp.Rational(21, 10) + sp.Rational(32, 1000) * N - sp.Rational(8, 100000) * N**2
r04 = sp.solve(sp.diff(Y, N), N)[0]
add("Our wheat response curve from the trial is Y = 2.1 + 0.032N − 0.00008N² (t/ha, N in kg N/ha). "
    "At what nitrogen rate is yield maximised?",
    "calculus", {"rule": "expr"}, str(r04))

# r05 algebra: 3.9x + 0.1(1000 - x) = 1.8*1000 -> x = 1700/3.8 = 8500/19 litres whole milk
r05 = sp.solve(sp.Rational(39, 10) * x + sp.Rational(1, 10) * (1000 - x) - sp.Rational(18, 10) * 1000, x)[0]
add("Standardising: I need 1000 litres of semi-skimmed at 1.8% fat, blended from whole milk at 3.9% fat "
    "and skim at 0.1% fat. How many litres of whole milk go in? Exact fraction is fine.",
    "algebra", {"rule": "expr"}, str(r05))

# r06 algebra: roots of t^3 - 6t^2 + 11t - 6 -> 1, 2, 3
r06 = sorted(float(r) for r in sp.solve(t**3 - 6 * t**2 + 11 * t - 6, t))
add("roots of p(t) = t³ − 6t² + 11t − 6 (came out of a lime-requirement buffer curve fit)",
    "algebra", {"rule": "set"}, r06)

# r07 algebra: DAP d, urea u: 0.46u + 0.18d = 120 (N), 0.46d = 69 (P2O5) -> d = 150, u = 93/0.46
u, d = sp.symbols("u d")
s07 = sp.solve([sp.Rational(46, 100) * u + sp.Rational(18, 100) * d - 120,
                sp.Rational(46, 100) * d - 69], [u, d])
r07 = s07[u]
add("Field needs 120 kg N/ha and 69 kg P2O5/ha. Only products: urea (46-0-0) and DAP (18-46-0). "
    "How many kg/ha of urea? (DAP supplies all the P and some of the N.)",
    "algebra", {"rule": "expr"}, str(r07))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M8 = sp.Matrix([[4, 1], [2, 3]])
r08 = sorted(float(k) for k in M8.eigenvals().keys())
add("eigenvalues of A = [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: determinant of 3x3 nutrient-transfer matrix
M9 = sp.Matrix([[2, -1, 0], [3, 4, 1], [1, 0, 5]])
r09 = M9.det()
add("What's the determinant of the 3×3 matrix with rows (2, −1, 0), (3, 4, 1), (1, 0, 5)?",
    "linear_algebra", {"rule": "expr"}, str(r09))

# r10 probability: X ~ Bin(20, 0.05), P(X <= 1)
r10 = float(stats.binom.cdf(1, 20, 0.05))
add("Historically 5% of carcasses fail the fat-class grade. If 20 carcasses are graded independently, "
    "what is the probability that at most one fails?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: Poisson(3.2), P(X >= 5) = 1 - P(X <= 4)
r11 = float(stats.poisson.sf(4, 3.2))
add("Coliform colonies per plate on our swabs are Poisson with mean 3.2. "
    "P(a plate shows five or more colonies)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: fat ~ N(3.85, 0.12^2), P(fat < 3.6)
r12 = float(stats.norm.cdf(3.6, 3.85, 0.12))
add("butterfat % in herd bulk tank ~ Normal, mean 3.85, sd 0.12. probability a collection comes in "
    "below 3.60 % fat?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes PPV = 0.92*0.08 / (0.92*0.08 + 0.05*0.92)
prev, sens, spec = 0.08, 0.92, 0.95
r13 = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
add("Subclinical mastitis prevalence in the herd is 8%. The on-farm CMT-style test has sensitivity 92% "
    "and specificity 95%. A cow tests positive — what's the probability she actually has mastitis?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r13)

# r14 hypothesis test: one-sample t, two-sided, H0 mu = 3.5 (protein %)
d14 = [3.42, 3.55, 3.61, 3.38, 3.47, 3.66, 3.58, 3.52, 3.70, 3.49]
res14 = stats.ttest_1samp(d14, 3.5)
r14 = float(res14.pvalue)
add("Protein % from ten tanker samples: 3.42, 3.55, 3.61, 3.38, 3.47, 3.66, 3.58, 3.52, 3.70, 3.49. "
    "One-sample t-test, two-sided, H0: μ = 3.50. p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r14)

# r15 hypothesis test: Welch two-sample t-test, two-sided, soil pH field A vs field B
a15 = [6.2, 6.5, 6.1, 6.8, 6.4, 6.3, 6.6]
b15 = [5.8, 6.0, 5.6, 6.3, 5.9, 5.5, 6.1, 5.7]
res15 = stats.ttest_ind(a15, b15, equal_var=False)
r15 = float(res15.pvalue)
add("soil pH (water 1:2.5), limed field A: 6.2 6.5 6.1 6.8 6.4 6.3 6.6 ; unlimed field B: "
    "5.8 6.0 5.6 6.3 5.9 5.5 6.1 5.7. Welch t-test (unequal variances), two-sided — p value",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r15)

# r16 hypothesis test: chi-square test of independence on 2x3 table (no continuity correction)
tab16 = np.array([[18, 25, 12], [32, 20, 28]])
chi2, p16, dof16, _ = stats.chi2_contingency(tab16, correction=False)
r16 = float(p16)
add("Listeria swab results by processing line:\n"
    "            Line 1  Line 2  Line 3\n"
    "positive      18      25      12\n"
    "negative      32      20      28\n"
    "Chi-square test of independence — what's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r16)

# r17 hypothesis test (REFUSE): two-sample t-test with no standard deviations / raw data
add("Two-sample t-test please: heifers on ration A gave mean fat 3.92% (n = 12), ration B gave "
    "3.71% (n = 15). Pooled variance, two-sided, α = 0.05. What is the p-value?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of grass yield on N rate
x18 = np.array([0, 40, 80, 120, 160, 200, 240])
y18 = np.array([4.1, 5.3, 6.6, 7.4, 8.3, 8.9, 9.2])
fit18 = sm.OLS(y18, sm.add_constant(x18)).fit()
r18 = float(fit18.params[1])
add("Silage DM yield (t/ha) vs N applied (kg/ha):\nN:     0   40   80  120  160  200  240\n"
    "yield: 4.1 5.3 6.6 7.4 8.3 8.9 9.2\nFit a straight line by least squares — what's the slope?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, r18)

# r19 regression: R^2 of log somatic cell count vs days in milk
x19 = np.array([15, 45, 75, 105, 135, 165, 195, 225, 255, 285])
y19 = np.array([4.95, 5.02, 5.10, 5.08, 5.21, 5.25, 5.31, 5.29, 5.42, 5.48])
fit19 = sm.OLS(y19, sm.add_constant(x19)).fit()
r19 = float(fit19.rsquared)
add("regress log10 SCC on days in milk, give R².  DIM = 15,45,75,105,135,165,195,225,255,285 ; "
    "log10 SCC = 4.95,5.02,5.10,5.08,5.21,5.25,5.31,5.29,5.42,5.48",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, r19)

# r20 anova: one-way ANOVA F statistic, 3 fertiliser treatments
g20 = [[5.1, 5.4, 4.9, 5.6, 5.2], [5.9, 6.2, 5.7, 6.0, 6.3], [5.5, 5.3, 5.8, 5.6, 5.4]]
res20 = stats.f_oneway(*g20)
r20 = float(res20.statistic)
add("Barley yields (t/ha), five plots per fertiliser:\n  control:    5.1 5.4 4.9 5.6 5.2\n"
    "  NPK 20-10-10: 5.9 6.2 5.7 6.0 6.3\n  organic:    5.5 5.3 5.8 5.6 5.4\n"
    "One-way ANOVA — F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, r20)

# r21 anova: one-way ANOVA p-value, 4 abattoir lines, hot carcass weight
g21 = [[312, 298, 305, 320, 301, 309], [295, 288, 302, 290, 297, 293],
       [318, 325, 310, 322, 315, 319], [300, 306, 299, 311, 304, 302]]
res21 = stats.f_oneway(*g21)
r21 = float(res21.pvalue)
add("Do mean hot carcass weights (kg) differ between the four finishing units? Six steers each.\n"
    "Unit 1: 312, 298, 305, 320, 301, 309\nUnit 2: 295, 288, 302, 290, 297, 293\n"
    "Unit 3: 318, 325, 310, 322, 315, 319\nUnit 4: 300, 306, 299, 311, 304, 302\n"
    "Give the one-way ANOVA p-value.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r21)

# r22 design: 2^4 full factorial + 3 centre points = 16 + 3 = 19 runs
r22 = 2**4 + 3
add("Planning a cheese-yield trial: four factors (rennet dose, set temp, cut time, CaCl2) at two levels "
    "each, full factorial, single replicate, plus three centre points. Total runs?",
    "design", {"rule": "runs"}, r22)

# r23 design: 2^(5-1) half fraction (16) + 4 centre points = 20 runs
r23 = 2**(5 - 1) + 4
add("2^(5−1) fractional factorial for a pasteurisation screening study, with 4 centre points added. "
    "how many runs in total",
    "design", {"rule": "runs"}, r23)

# r24 design: main effect of A in 2^2 factorial = mean(A high) - mean(A low)
# runs (A,B): (-,-)=2.1, (+,-)=3.4, (-,+)=1.8, (+,+)=3.9 log reductions
y24 = {(-1, -1): 2.1, (1, -1): 3.4, (-1, 1): 1.8, (1, 1): 3.9}
r24 = (y24[(1, -1)] + y24[(1, 1)]) / 2 - (y24[(-1, -1)] + y24[(-1, 1)]) / 2
add("2² factorial on a carcass wash, response = log10 reduction of E. coli. A = lactic acid conc, "
    "B = spray pressure. Results: A low/B low 2.1, A high/B low 3.4, A low/B high 1.8, "
    "A high/B high 3.9. Estimate the main effect of A.",
    "design", {"rule": "number", "tol": 1.0e-6}, r24)

# r25 control chart: Xbar chart UCL = Xbarbar + A2*Rbar, n = 5, A2 = 0.577
r25 = 3.82 + 0.577 * 0.21
add("X̄–R chart on fat % , subgroups of 5. Grand mean 3.82, R̄ = 0.21. Upper control limit of the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r25)

# r26 control chart: c chart UCL = cbar + 3 sqrt(cbar), cbar = 4.5
r26 = 4.5 + 3 * math.sqrt(4.5)
add("We count trim defects per carcass side; average is 4.5 defects per side. For a c-chart, "
    "what is the UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma), mince fat content
mu27, s27, lsl27, usl27 = 14.2, 0.6, 12.0, 16.0
r27 = min(usl27 - mu27, mu27 - lsl27) / (3 * s27)
add("Beef mince visual-lean fat spec is 12.0–16.0 %. Process runs at mean 14.2 %, standard deviation 0.6 %. "
    "Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28 capability: Cp = (USL-LSL)/(6 sigma), ultimate pH spec 5.4-5.8, sigma 0.05
r28 = (5.8 - 5.4) / (6 * 0.05)
add("cp for ultimate pH of loins, spec limits 5.40 to 5.80, process sigma 0.05",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cp"}, r28)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma = 45 (thousand cells/mL), E = 10
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 45 / 10) ** 2)
add("How many cows do I need to sample to estimate mean SCC to within ±10 thousand cells/mL with 95% "
    "confidence, if σ is about 45 thousand cells/mL?",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 150 kg/ha -> lb/acre = 150 * 2.20462262185 / 2.47105381467
r30 = 150 * 2.20462262185 / 2.47105381467
add("convert 150 kg/ha of potash to lb/acre",
    "unit_conversion", {"rule": "number", "tol": 1.0e-4}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, agronomy/soil and dairy/meat QA voice, British spelling",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
