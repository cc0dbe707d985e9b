"""Reference answers for round41c (food-science grad student voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, T, x = sp.symbols("t T x", real=True)

# r01 calculus: integral of 50 e^{-0.2t} from 0 to 5 = 250(1 - e^{-1})
v = sp.integrate(50 * sp.exp(-sp.Rational(1, 5) * t), (t, 0, 5))
add(
    r"Let C(t) = 50 e^{-0.2t} denote the ascorbic acid content (mg/100 g) of a juice during storage, t in days. Evaluate \int_0^5 C(t) dt exactly.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(v)),
)

# r02 calculus: B(T)=0.02T^2-1.3T+40, B'(60)=0.04*60-1.3=1.1
B = sp.Rational(2, 100) * T**2 - sp.Rational(13, 10) * T + 40
add(
    "browning index model B(T) = 0.02T^2 − 1.3T + 40 (T in °C). what is dB/dT at T = 60?",
    "calculus",
    {"rule": "expr"},
    str(sp.diff(B, T).subs(T, 60)),
)

# r03 calculus: lim (1-cos 3x)/x^2 = 9/2
add(
    r"homework q: find \lim_{x \to 0} \frac{1 - \cos(3x)}{x^2}",
    "calculus",
    {"rule": "expr"},
    str(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)),
)

# r04 calculus: f(T) = T e^{-T/20} maximized where f'=0 -> T=20
f = T * sp.exp(-T / 20)
crit = sp.solve(sp.diff(f, T), T)
assert crit == [20]
add(
    "Suppose enzyme activity (arbitrary units) as a function of time in minutes follows A(T) = T·e^(−T/20) for T > 0. At what T is activity maximized?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# r05 algebra: 2x^2 - 7x + 3 = 0 -> roots 1/2, 3
roots = sp.solve(2 * x**2 - 7 * x + 3, x)
add("solve 2x² − 7x + 3 = 0 for x", "algebra", {"rule": "set"}, [float(r) for r in roots])

# r06 algebra: N = N0 10^{-t/D}; 1e6 -> 1e2 in 12 min => 4 log reductions => D = 3 min
D = sp.symbols("D", positive=True)
Dsol = sp.solve(sp.Eq(10**6 * 10 ** (-12 / D), 10**2), D)
add(
    "Thermal death kinetics: N = N_0 \\cdot 10^{-t/D}. If N_0 = 10^6 CFU/g and after t = 12 min at 121 °C we have N = 10^2 CFU/g, what is the D-value in minutes?",
    "algebra",
    {"rule": "expr"},
    str(sp.nsimplify(Dsol[0])),
)

# r07 algebra: x + y = 100, 12x + 20y = 15*100 -> x (12 Brix) = 62.5 kg
xa, ya = sp.symbols("xa ya")
s = sp.solve([xa + ya - 100, 12 * xa + 20 * ya - 1500], [xa, ya])
add(
    "I need to blend a 12 °Brix juice with a 20 °Brix concentrate to get 100 kg of 15 °Brix product. How many kg of the 12 °Brix juice do I use? (assume Brix blends linearly by mass)",
    "algebra",
    {"rule": "expr"},
    str(s[xa]),
)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
add(
    "eigenvalues of the matrix A = [[4, 1], [2, 3]] ?",
    "linear_algebra",
    {"rule": "set"},
    sorted(float(k) for k in M.eigenvals()),
)

# r09 linear algebra: det [[2,0,1],[1,3,2],[1,1,4]] = 18
M3 = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 4]])
add(
    "Let A be the 3x3 matrix with rows (2, 0, 1), (1, 3, 2), (1, 1, 4). Compute det(A).",
    "linear_algebra",
    {"rule": "expr"},
    str(M3.det()),
)

# r10 probability: Poisson(2.5), P(X<=1) = e^{-2.5}(1+2.5)
add(
    "Let X denote the number of foreign-matter defects per pallet of flour, X ~ Poisson with mean 2.5. P(X ≤ 1) = ?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(stats.poisson.cdf(1, 2.5)),
)

# r11 probability: Binomial(20, 0.15), P(X=3)
add(
    "15% of retort pouches fail the seal-strength test. If twenty pouches are picked at random (independent), what's the probability exactly 3 fail?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(stats.binom.pmf(3, 20, 0.15)),
)

# r12 probability: N(500, 4^2), P(X < 492) = Phi(-2)
add(
    r"Fill weight of yogurt cups is normal with \mu = 500 g and \sigma = 4 g. What fraction of cups weigh less than 492 g?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(stats.norm.cdf(492, 500, 4)),
)

# r13 probability: Bayes, PPV = .02*.95 / (.02*.95 + .98*.02)
ppv = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.02)
add(
    "Suppose that 2% of lots of smoked salmon are contaminated with Listeria. A rapid PCR test has sensitivity 0.95 and specificity 0.98. Given a lot tests positive, what is the probability it is actually contaminated?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    ppv,
)

# r14 hypothesis test: one-sample t, H0 mu=140, two-sided p-value
sod = [142, 145, 139, 148, 144, 141, 146, 143]
r = stats.ttest_1samp(sod, 140)
add(
    "Label claims 140 mg sodium per serving. Measured 8 servings: 142 145 139 148 144 141 146 143. One-sample t test, two-sided, H0: μ = 140. p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r.pvalue),
)

# r15 hypothesis test: Welch t statistic (A - B)
A = [23.1, 24.5, 22.8, 25.0, 23.9, 24.2]
Bm = [21.5, 22.9, 20.8, 23.6, 22.1]
r = stats.ttest_ind(A, Bm, equal_var=False)
add(
    "Comparing oil extraction yield (%) between two methods.\nmethod A: 23.1, 24.5, 22.8, 25.0, 23.9, 24.2\nmethod B: 21.5, 22.9, 20.8, 23.6, 22.1\nWelch's t-test (unequal variances), two-sided — what is the t statistic for mean(A) − mean(B)?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r.statistic),
)

# r16 hypothesis test: paired t, two-sided p-value
fresh = [7.8, 8.1, 6.9, 7.5, 8.4, 7.2, 7.9, 8.0]
day3 = [6.9, 7.6, 6.8, 6.7, 7.9, 6.5, 7.4, 7.7]
r = stats.ttest_rel(fresh, day3)
add(
    "8 panelists scored crispness of the same crackers fresh and after 3 days open storage (same panelist order):\nfresh: 7.8 8.1 6.9 7.5 8.4 7.2 7.9 8.0\nday 3: 6.9 7.6 6.8 6.7 7.9 6.5 7.4 7.7\npaired t-test two sided, give the p value",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r.pvalue),
)

# r17 hypothesis test: chi-square independence 2x3, p-value
tab = np.array([[34, 21, 15], [22, 28, 30]])
chi2, p, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "Consumer test, packaging type vs. response (like / neutral / dislike):\n  pouch: 34 21 15\n  jar:   22 28 30\nPearson chi-square test of independence — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p),
)

# r18 regression: OLS slope of moisture vs days
days = [0, 2, 4, 6, 8, 10]
moist = [12.1, 11.6, 11.0, 10.7, 10.1, 9.6]
lr = stats.linregress(days, moist)
add(
    "moisture content (%) of dried apricots vs storage day:\nday: 0 2 4 6 8 10\nmoisture: 12.1 11.6 11.0 10.7 10.1 9.6\nfit y = b0 + b1 x by least squares, what is b1?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(lr.slope),
)

# r19 regression: R^2 of viscosity vs temperature
temp = [20, 30, 40, 50, 60, 70]
visc = [152, 131, 118, 99, 90, 74]
lr2 = stats.linregress(temp, visc)
add(
    "Simple linear regression of honey viscosity (Pa·s ×10⁻¹) on temperature (°C): x = 20, 30, 40, 50, 60, 70; y = 152, 131, 118, 99, 90, 74. Report the coefficient of determination R².",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(lr2.rvalue**2),
)

# r20 anova: one-way F statistic, 3 sweeteners
g1 = [6.2, 6.8, 7.1, 6.5, 6.9]
g2 = [5.4, 5.9, 6.1, 5.6, 5.8]
g3 = [6.6, 7.3, 7.0, 7.4, 6.8]
r = stats.f_oneway(g1, g2, g3)
add(
    "Sweetness liking scores for three stevia blends (5 panelists each):\nBlend 1: 6.2, 6.8, 7.1, 6.5, 6.9\nBlend 2: 5.4, 5.9, 6.1, 5.6, 5.8\nBlend 3: 6.6, 7.3, 7.0, 7.4, 6.8\nOne-way ANOVA: what's the F statistic?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r.statistic),
)

# r21 anova: one-way p-value, 4 drying temperatures
d50 = [14.2, 13.8, 14.5, 14.0]
d60 = [13.1, 13.5, 12.9, 13.4]
d70 = [12.6, 12.2, 12.9, 12.4]
d80 = [12.3, 12.8, 12.1, 12.5]
r = stats.f_oneway(d50, d60, d70, d80)
add(
    "Suppose that residual moisture (%) of pasta is measured after drying at four temperatures, four replicates each. 50°C: 14.2 13.8 14.5 14.0; 60°C: 13.1 13.5 12.9 13.4; 70°C: 12.6 12.2 12.9 12.4; 80°C: 12.3 12.8 12.1 12.5. Test equality of the four means with a one-way ANOVA and give the p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-3, "key": "p_value"},
    float(r.pvalue),
)

# r22 design: 2^(5-1) = 16 runs + 3 center points = 19
add(
    "how many runs in a 2^{5-1} half-fraction factorial for a batter formulation screening study, plus 3 center points, no replication?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 3^3 full factorial, 2 replicates = 54
add(
    "We plan a full factorial with three factors (pH, salt %, temperature), each at 3 levels, and the whole design replicated twice. Total number of experimental runs?",
    "design",
    {"rule": "runs"},
    3**3 * 2,
)

# r24 design: CCD k=3: 2^3 factorial + 2*3 axial + 6 center = 20
add(
    "Central composite design for optimizing an emulsion: 3 factors, full 2^3 factorial core, axial (star) points at ±α, and 6 center points. How many runs total?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)

# r25 control chart: Xbar-R, n=5, A2 = 0.577; UCL = 12.4 + 0.577*0.8
add(
    r"X-bar/R chart for net weight of snack bags (oz): 20 subgroups of n = 5, $\bar{\bar{x}}$ = 12.4, $\bar{R}$ = 0.8. Upper control limit for the X-bar chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    12.4 + 0.577 * 0.8,
)

# r26 control chart: p chart, n=200, pbar=0.04, UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
add(
    "p-chart for mislabeled cans: samples of 200 cans per shift, average fraction nonconforming over 25 shifts is 0.04. 3-sigma UCL = ?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    0.04 + 3 * math.sqrt(0.04 * 0.96 / 200),
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(12, 8)/7.5
add(
    "Fill volume spec 495–515 mL. Process is stable with mean 503 mL and σ = 2.5 mL. Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    min(515 - 503, 503 - 495) / (3 * 2.5),
)

# r28 capability: Cp = (USL-LSL)/(6 sigma) = 0.6/0.48
add(
    "The pH of a pickled product must be between 6.2 and 6.8 (I know, weird spec, it's a made-up problem). Let the process standard deviation be \\sigma = 0.08. What's C_p?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cp"},
    (6.8 - 6.2) / (6 * 0.08),
)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*2.2/0.5)^2) = 75
z = stats.norm.ppf(0.975)
n = math.ceil((z * 2.2 / 0.5) ** 2)
add(
    "How many chocolate bars do I need to weigh to estimate mean bar weight within ±0.5 g with 95% confidence? Assume σ = 2.2 g is known (z-based interval).",
    "sample_size",
    {"rule": "int", "key": "n"},
    n,
)

# r30 unit conversion: 15 psi -> kPa, 1 psi = 6.894757293 kPa
add(
    "convert 15 psi (retort overpressure) to kPa",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4, "key": "value"},
    15 * 6.894757293168361,
)

assert len(items) == 30
doc = dict(
    suite="round41c",
    type="reason",
    description="round41c unseen questions, food-science grad student homework with LaTeX-ish notation",
    thresholds=dict(accuracy=0.9, overconfident=0.0),
    items=items,
)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round41c.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
