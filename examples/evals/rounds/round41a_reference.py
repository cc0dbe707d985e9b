"""round41a reference answers: water-treatment plant operator voice."""

import os
import math, yaml
import numpy as np
import sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round41a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, d = sp.symbols("t x d", positive=True)
# r01 calculus: derivative of C(t)=1.8 exp(-0.12 t) at t=5 -> -0.216*exp(-0.6)
C = sp.Rational(9, 5) * sp.exp(-sp.Rational(3, 25) * t)
r01 = sp.simplify(sp.diff(C, t).subs(t, 5))
add(
    "Chlorine residual in the clearwell after we shut the feed drops like C(t) = 1.8·e^(−0.12t) mg/L, "
    "t in hours. I want the rate of change, dC/dt (signed, so negative means falling), at t = 5 h. Exact form is fine.",
    "calculus",
    {"rule": "expr"},
    str(r01),
)
# r02 calculus: volume = ∫0^12 (400 + 120 sin(pi t/12)) dt = 4800 + 2880/pi  m³
r02 = sp.integrate(400 + 120 * sp.sin(sp.pi * t / 12), (t, 0, 12))
add(
    "raw water intake flow q(t) = 400 + 120 sin(πt/12) m³/h, t in hours from midnight. "
    "total volume pumped between t=0 and t=12 h? want it exact in m³",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(r02)),
)
# r03 calculus: minimize cost 50d + 800/d over d>0 -> d = 4
cost = 50 * d + 800 / d
r03 = [s for s in sp.solve(sp.diff(cost, d), d) if s > 0][0]
add(
    "Our consultant modelled daily polymer cost as K(d) = 50d + 800/d dollars where d is the dose in mg/L "
    "(the 800/d part is sludge handling from poor floc). Which dose d > 0 minimizes K?",
    "calculus",
    {"rule": "expr"},
    str(r03),
)
# r04 calculus: second derivative of ln(1+x^2) at x=2 -> (2-2x^2)/(1+x^2)^2 = -6/25
r04 = sp.diff(sp.log(1 + x**2), x, 2).subs(x, 2)
add(
    "quick one, not really plant related: d²/dx² of ln(1 + x²) evaluated at x = 2?",
    "calculus",
    {"rule": "expr"},
    str(sp.nsimplify(r04)),
)

# r05 algebra: roots of x^2 - 7x + 10 = 0 -> {2, 5}
r05 = sorted(float(s) for s in sp.solve(x**2 - 7 * x + 10, x))
add(
    "Solving a tank drawdown equation and it boiled down to h² − 7h + 10 = 0. What are both roots for h?",
    "algebra",
    {"rule": "set"},
    r05,
)
# r06 algebra: x + y = 200, 0.48x + 0.30y = 0.36*200 -> x = 200/3 kg of 48% stock
X, Y = sp.symbols("X Y")
r06 = sp.solve([X + Y - 200, sp.Rational(48, 100) * X + sp.Rational(30, 100) * Y - sp.Rational(36, 100) * 200], [X, Y])[
    X
]
add(
    "I've got two totes of liquid alum, one is 48% and the other is 30% (by weight). I need to blend "
    "200 kg total at 36%. How many kg of the 48% stuff go in?",
    "algebra",
    {"rule": "expr"},
    str(r06),
)
# r07 algebra: 2.5 e^{-0.2 t} = 0.5 -> t = 5 ln 5
r07 = sp.solve(sp.Rational(5, 2) * sp.exp(-t / 5) - sp.Rational(1, 2), t)[0]
add(
    "solve 2.5*exp(-0.2*t) = 0.5 for t  (this is when the contact tank residual hits 0.5 mg/L)",
    "algebra",
    {"rule": "expr"},
    "5*log(5)",
)  # == log(3125)
assert sp.simplify(r07 - 5 * sp.log(5)) == 0

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> {2, 5}
r08 = sorted(float(v) for v in np.linalg.eigvals(np.array([[4, 1], [2, 3]])))
add(
    "Eigenvalues of the matrix [[4, 1], [2, 3]]? It's from a two-tank mixing model our intern set up.",
    "linear_algebra",
    {"rule": "set"},
    r08,
)
# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
r09 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("determinant of\n2 1 0\n1 3 1\n0 1 4", "linear_algebra", {"rule": "expr"}, str(r09))

# r10 probability: Poisson(0.8), P(X>=2) = 1 - e^-0.8 (1 + 0.8)
r10 = float(stats.poisson.sf(1, 0.8))
add(
    "Historically we average 0.8 positive total-coliform hits per month across the distribution "
    "sampling sites. Assuming Poisson, what's the chance of 2 or more positives in a month?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    r10,
)
# r11 probability: Binomial(20, 0.05), P(X = 2)
r11 = float(stats.binom.pmf(2, 20, 0.05))
add(
    "Each individual filter effluent grab has about a 5% chance of reading over 0.3 NTU, independent. "
    "Out of twenty grabs, probability that exactly two are over?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    r11,
)
# r12 probability: Normal(1.2, 0.15), P(X < 0.9) = Phi(-2)
r12 = float(stats.norm.cdf(0.9, 1.2, 0.15))
add(
    "entry point chlorine residual is roughly normal, μ = 1.2 mg/L, σ = 0.15 mg/L. P(residual < 0.9 mg/L)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    r12,
)
# r13 probability: Bayes, prior .02, sens .95, FP .03 -> .019/(.019+.0294)
r13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
add(
    "So the rapid E. coli screen we're trialling catches 95% of truly contaminated samples but also flags "
    "3% of clean ones. If 2% of samples coming in are actually contaminated, and the screen says positive, "
    "what's the probability the sample really is contaminated?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    r13,
)

# r14 hypothesis: one-sample t, two-sided, mu0 = 0.30, p-value
d14 = [0.28, 0.31, 0.35, 0.29, 0.33, 0.36, 0.30, 0.34]
r14 = float(stats.ttest_1samp(d14, 0.30).pvalue)
add(
    "Filter 3 effluent turbidity, daily averages in NTU for 8 days: 0.28, 0.31, 0.35, 0.29, 0.33, 0.36, "
    "0.30, 0.34. Does the mean differ from 0.30 NTU? Two-sided one-sample t test, give me the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    r14,
)
# r15 hypothesis: Welch two-sample t, two-sided, p-value
a15 = [0.21, 0.24, 0.19, 0.26, 0.22, 0.25]
b15 = [0.27, 0.30, 0.25, 0.33, 0.29, 0.31, 0.28]
r15 = float(stats.ttest_ind(a15, b15, equal_var=False).pvalue)
add(
    "welch t test two sided, p value? filter A (new anthracite) NTU: 0.21 0.24 0.19 0.26 0.22 0.25 ; "
    "filter B (old media) NTU: 0.27 0.30 0.25 0.33 0.29 0.31 0.28",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    r15,
)
# r16 hypothesis: paired t statistic, diff = handheld - online
h16 = [1.32, 1.18, 1.45, 1.27, 1.51, 1.22, 1.38]
o16 = [1.28, 1.15, 1.40, 1.26, 1.44, 1.20, 1.31]
r16 = float(stats.ttest_rel(h16, o16).statistic)
add(
    "I suspect the handheld colorimeter reads high versus the online Cl2 analyzer. Same 7 samples, mg/L:\n"
    "handheld: 1.32, 1.18, 1.45, 1.27, 1.51, 1.22, 1.38\n"
    "online:   1.28, 1.15, 1.40, 1.26, 1.44, 1.20, 1.31\n"
    "Paired t test, differences taken as handheld − online. What's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    r16,
)
# r17 hypothesis: chi-square independence 2x3 (no Yates since not 2x2), p-value
tab17 = np.array([[6, 11, 3], [94, 89, 97]])
r17 = float(stats.chi2_contingency(tab17, correction=False)[1])
add(
    "Coliform results by distribution zone last year. North: 6 positive / 94 negative. Central: 11 positive / "
    "89 negative. South: 3 positive / 97 negative. Chi-square test of independence between zone and result "
    "— what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    r17,
)

# r18 regression: OLS slope of settled turbidity on alum dose
x18 = [10, 15, 20, 25, 30, 35]
y18 = [8.2, 6.9, 5.1, 4.4, 3.0, 2.2]
r18 = float(stats.linregress(x18, y18).slope)
add(
    "jar test results. alum dose (mg/L): 10, 15, 20, 25, 30, 35. settled water turbidity (NTU): "
    "8.2, 6.9, 5.1, 4.4, 3.0, 2.2. Fit a straight line turbidity vs dose by least squares — slope?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "slope"},
    r18,
)
# r19 regression: R^2 of chlorine demand on raw turbidity
x19 = [5, 12, 20, 28, 35, 41, 50]
y19 = [1.1, 1.4, 1.9, 2.0, 2.6, 2.7, 3.3]
r19 = float(stats.linregress(x19, y19).rvalue ** 2)
add(
    "Trying to see how well raw water turbidity predicts chlorine demand. Raw NTU x = 5, 12, 20, 28, 35, 41, 50 "
    "and Cl2 demand y (mg/L) = 1.1, 1.4, 1.9, 2.0, 2.6, 2.7, 3.3. What R² do I get from a simple linear fit?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"},
    r19,
)

# r20 anova: one-way ANOVA, 3 coagulants, p-value
g20 = [[2.1, 2.4, 2.2, 2.6, 2.3], [1.8, 1.9, 2.0, 1.7, 2.1], [1.6, 1.9, 1.5, 1.8, 1.7]]
r20 = float(stats.f_oneway(*g20).pvalue)
add(
    "We ran five jars each with three coagulants, settled turbidity NTU:\n"
    "alum    2.1 2.4 2.2 2.6 2.3\nferric  1.8 1.9 2.0 1.7 2.1\nPACl    1.6 1.9 1.5 1.8 1.7\n"
    "one-way ANOVA p-value?",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    r20,
)
# r21 anova: one-way ANOVA F statistic, 4 filters unequal n
g21 = [
    [0.12, 0.15, 0.11, 0.14],
    [0.18, 0.16, 0.19, 0.17, 0.20],
    [0.13, 0.12, 0.15, 0.14],
    [0.16, 0.14, 0.17, 0.15, 0.18, 0.16],
]
r21 = float(stats.f_oneway(*g21).statistic)
add(
    "Is there a difference between our four filters? Effluent NTU grabs (not the same number per filter, "
    "sorry): F1: .12 .15 .11 .14 | F2: .18 .16 .19 .17 .20 | F3: .13 .12 .15 .14 | F4: .16 .14 .17 .15 .18 .16. "
    "I just need the F statistic from a one-way ANOVA.",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    r21,
)

# r22 design: 2^(5-1) half fraction -> 16 runs
add(
    "If I screen five two-level factors (pH, coagulant dose, polymer dose, rapid-mix speed, flocc time) as a "
    "half-fraction, 2^(5−1), how many jar runs is that?",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1),
)
# r23 design: 2^3 full factorial + 4 center points = 12 runs
add(
    "full 2-level factorial on 3 factors, single replicate, plus 4 center points. total runs?",
    "design",
    {"rule": "runs"},
    2**3 + 4,
)
# r24 design: main effect of dose in 2^2 = (a + ab - (1) - b)/2 = -1.3
y1, ya, yb, yab = 4.2, 3.1, 3.8, 2.3
r24 = round((ya + yab - y1 - yb) / 2, 10)
add(
    "2x2 jar test, A = alum dose (low/high), B = pH (low/high), one run each. Settled NTU: both low = 4.2, "
    "A high only = 3.1, B high only = 3.8, both high = 2.3. What's the main effect of alum dose "
    "(average at high minus average at low)?",
    "design",
    {"rule": "number", "tol": 1e-6},
    r24,
)

# r25 control chart: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
r25 = 0.85 + 0.577 * 0.12
add(
    "Setting up an X-bar/R chart on chlorine residual, subgroups of 5 grabs per shift. Grand mean is 0.85 mg/L "
    "and average range R-bar is 0.12 mg/L. Upper control limit for the X-bar chart?",
    "control_chart",
    {"rule": "number", "tol": 1e-3, "key": "ucl"},
    r25,
)
# r26 control chart: c chart, cbar = mean of counts, UCL = cbar + 3 sqrt(cbar)
c26 = [4, 6, 3, 5, 2, 7, 4, 5, 3, 6, 5, 4, 8, 3, 4, 5, 2, 6, 4, 4]
cbar = float(np.mean(c26))
r26 = cbar + 3 * math.sqrt(cbar)
add(
    "taste & odor complaints per week for the last 20 weeks: 4 6 3 5 2 7 4 5 3 6 5 4 8 3 4 5 2 6 4 4. "
    "want a c chart on these, whats the UCL (3-sigma)?",
    "control_chart",
    {"rule": "number", "tol": 1e-6, "key": "ucl"},
    r26,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 0.38/0.33
r27 = min(2.0 - 1.62, 1.62 - 1.0) / (3 * 0.11)
add(
    "Our permit-side target window for finished-water free chlorine is 1.0 to 2.0 mg/L. The process runs at a "
    "mean of 1.62 mg/L with standard deviation 0.11 mg/L (treat it as the within-process sigma). Cpk?",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "cpk"},
    r27,
)
# r28 capability: REFUSE - no spread (sigma / data) given, Cpk not computable
add(
    "Combined filter effluent turbidity has to stay under 0.3 NTU (upper spec only), and our average this "
    "quarter was 0.11 NTU. What's our Cpk?",
    "capability",
    {"rule": "refuse"},
    None,
)

# r29 sample size: n = ceil((z_.975 * sigma / E)^2) = ceil((1.96*0.2/0.05)^2) = 62
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.2 / 0.05) ** 2)
add(
    "How many grab samples do I need to estimate mean distribution-system chlorine residual to within "
    "±0.05 mg/L with 95% confidence? Past data says σ ≈ 0.2 mg/L (use the normal z, not t).",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)

# r30 unit conversion: 5 US MGD -> m3/h = 5e6 * 0.003785411784 / 24
r30 = 5e6 * 0.003785411784 / 24
add(
    "plant's rated at 5 MGD (US gallons). what's that in m³/h?", "unit_conversion", {"rule": "number", "tol": 1e-4}, r30
)

assert len(items) == 30
doc = dict(
    suite=ROUND,
    type="reason",
    description=f"{ROUND} unseen questions, municipal water-treatment plant operator (chlorine, turbidity, dosing, flow)",
    thresholds=dict(accuracy=0.9, overconfident=0.0),
    items=items,
)
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
