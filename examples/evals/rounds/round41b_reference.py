"""Reference answers for round41b (automotive SQE / PPAP / 8D voice)."""

import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round41b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


x, t = sp.symbols("x t", positive=True)

# r01 calculus: MTTF = ∫0^∞ R(t) dt with R=exp(-(t/2000)^2) -> 2000*Γ(3/2) = 1000*sqrt(pi)
v = sp.integrate(sp.exp(-((t / 2000) ** 2)), (t, 0, sp.oo))
assert sp.simplify(v - 1000 * sp.sqrt(sp.pi)) == 0
add(
    "8D D4 / reliab. for PN 4471-B bushing: field data fits R(t) = exp(−(t/2000)²), t in hrs. "
    "MTTF = ∫₀^∞ R(t) dt — exact value pls.",
    "calculus",
    {"rule": "expr"},
    str(v),
)
# r02 calculus: limit (1-cos3x)/x^2 as x->0 = 9/2
v = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add(
    "lim x→0 of (1 − cos(3x))/x²  (need it for a small-angle runout approx on the cam lobe, PN 2210-C)",
    "calculus",
    {"rule": "expr"},
    str(v),
)
# r03 calculus: dT/dt of 25+180(1-exp(-t/12)) at t=12 -> 15*exp(-1)
T = 25 + 180 * (1 - sp.exp(-t / 12))
v = sp.diff(T, t).subs(t, 12)
add(
    "Cure oven heat-up on line 3: part temp T(t) = 25 + 180(1 − e^(−t/12)) °C, t in min. "
    "What's the heating rate dT/dt at t = 12 min (°C/min, exact)?",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(v)),
)
# r04 calculus: ∫0^2 (4x^3-3x+1) dx = 12
v = sp.integrate(4 * x**3 - 3 * x + 1, (x, 0, 2))
add("torque-angle work integral, integrate 4x^3 - 3x + 1 dx from x=0 to x=2", "calculus", {"rule": "expr"}, str(v))

# r05 algebra: roots of 2x^2-7x+3 -> {1/2, 3}
xs = sp.symbols("x")
r = sp.solve(2 * xs**2 - 7 * xs + 3, xs)
add("roots of 2x² − 7x + 3 = 0 ?", "algebra", {"rule": "set"}, [float(z) for z in r])
# r06 algebra: a+b=900, .12a+.30b=.22*900 -> b=500
a, b = sp.symbols("a b")
s = sp.solve([a + b - 900, sp.Rational(12, 100) * a + sp.Rational(30, 100) * b - sp.Rational(22, 100) * 900], [a, b])
add(
    "Compounding for PN 7730-A housing: blend PA66 lot w/ 12% GF and lot w/ 30% GF to get a 900 kg batch "
    "at 22% GF. How many kg of the 30% GF lot go in?",
    "algebra",
    {"rule": "expr"},
    str(s[b]),
)
# r07 algebra: 50 exp(-t/200) = 30 -> t = 200 ln(5/3)
ts = sp.symbols("t")
v = sp.solve(sp.Eq(50 * sp.exp(-ts / 200), 30), ts)[0]
assert sp.simplify(v - 200 * sp.log(sp.Rational(5, 3))) == 0
add(
    "Clamp load relaxation on the joint: F(t)=50·exp(−t/200) kN, t in h. Solve for t where F drops to 30 kN "
    "(exact form ok).",
    "algebra",
    {"rule": "expr"},
    "200*log(5/3)",
)

# r08 linear algebra: determinant -> -85
M = sp.Matrix([[2, -1, 3], [0, 4, 1], [5, 2, -2]])
v = M.det()
add(
    "det of the 3x3 sensitivity matrix [[2, −1, 3], [0, 4, 1], [5, 2, −2]] = ?",
    "linear_algebra",
    {"rule": "expr"},
    str(v),
)
# r09 linear algebra: eigenvalues of block matrix -> {1,2,11}
M = sp.Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
ev = sorted(float(e) for e in M.eigenvals())
add(
    "Need the eigenvalues of the covariance-type matrix\n  2 0 0\n  0 3 4\n  0 4 9\n(all three, GD&T stack study)",
    "linear_algebra",
    {"rule": "set"},
    ev,
)

# r10 probability: binomial n=50 p=0.02 P(X<=1)
v = float(stats.binom.cdf(1, 50, 0.02))
add(
    "Incoming insp. PN 4471-B: process runs 2% defective (indep.). Sample n=50, accept if ≤1 defective. P(accept)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    v,
)
# r11 probability: Poisson λ=3, P(X>=2) = 1-4e^-3
v = float(1 - stats.poisson.cdf(1, 3))
add(
    "Paint line averages 3 craters per 1000 panels (Poisson). Prob of 2 or more craters in the next 1000 panels?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    v,
)
# r12 probability: normal mu=12, sigma=.015, spec 11.97-12.03 -> 2*(1-Phi(2))*1e6 PPM
v = float(2 * stats.norm.sf(2) * 1e6)
add(
    "bore Ø on PN 5012-D ~ normal, μ = 12.000 mm, σ = 0.015 mm, spec 11.970 / 12.030. Expected total out-of-spec "
    "in PPM (both tails)?",
    "probability",
    {"rule": "number", "tol": 1.0e-4},
    v,
)
# r13 probability: Bayes 0.4*0.03/(0.6*0.01+0.4*0.03) = 2/3
v = (
    sp.Rational(4, 10)
    * sp.Rational(3, 100)
    / (sp.Rational(6, 10) * sp.Rational(1, 100) + sp.Rational(4, 10) * sp.Rational(3, 100))
)
add(
    "Dual-sourced bracket: Supplier A ships 60% of vol at 1% defective, Supplier B 40% at 3% defective. "
    "A defective bracket turns up at the OEM line — prob it came from Supplier B?",
    "probability",
    {"rule": "expr"},
    str(v),
)

# r14 hypothesis: one-sample t two-sided vs 2.500
d14 = [2.512, 2.498, 2.505, 2.520, 2.509, 2.515, 2.502, 2.511]
v = float(stats.ttest_1samp(d14, 2.500).pvalue)
add(
    "seal groove depth, PN 3390-F, nominal 2.500 mm. 8 pcs from PPAP run: 2.512 2.498 2.505 2.520 2.509 2.515 "
    "2.502 2.511. one-sample t, two-sided, H0 μ=2.500 — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    v,
)
# r15 hypothesis: Welch two-sample two-sided p
A = [412, 405, 418, 409, 415, 411, 407]
B = [398, 420, 402, 395, 410, 404, 399, 401]
v = float(stats.ttest_ind(A, B, equal_var=False).pvalue)
add(
    "Tensile (MPa) on fastener lots, Supplier A: 412, 405, 418, 409, 415, 411, 407 / Supplier B: 398, 420, 402, "
    "395, 410, 404, 399, 401. Is there a diff in means? Welch t-test (unequal var), two-sided, α=0.05. Give p.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    v,
)
# r16 hypothesis: paired t statistic, d = CMM - hand gauge
cmm = [10.021, 10.015, 10.030, 10.008, 10.025, 10.019, 10.012, 10.027]
hg = [10.018, 10.016, 10.024, 10.005, 10.020, 10.017, 10.013, 10.021]
v = float(stats.ttest_rel(cmm, hg).statistic)
add(
    "MSA follow-up: same 8 parts measured on CMM and on hand gauge.\nCMM:   10.021 10.015 10.030 10.008 10.025 "
    "10.019 10.012 10.027\nhand:  10.018 10.016 10.024 10.005 10.020 10.017 10.013 10.021\npaired t-test on "
    "d = CMM − hand, what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    v,
)
# r17 hypothesis: chi-square independence 3x3 shift x defect type
tab = np.array([[22, 15, 13], [18, 25, 12], [10, 20, 25]])
v = float(stats.chi2_contingency(tab, correction=False)[1])
add(
    "8D D2 data, defect type by shift (counts):\n        scratch dent burr\nshift1   22     15    13\n"
    "shift2   18     25    12\nshift3   10     20    25\nchi-square test of independence — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    v,
)

# r18 regression: OLS slope clamp force vs torque
X = np.array([20, 25, 30, 35, 40, 45.0])
Y = np.array([8.1, 10.3, 12.2, 14.6, 16.4, 18.9])
fit = sm.OLS(Y, sm.add_constant(X)).fit()
v = float(fit.params[1])
add(
    "Bolt torque (N·m) vs clamp force (kN) from the joint study: (20, 8.1) (25, 10.3) (30, 12.2) (35, 14.6) "
    "(40, 16.4) (45, 18.9). Least-squares slope of clamp force on torque?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    v,
)
# r19 regression: R^2 hardness vs furnace temp
X = np.array([840, 850, 860, 870, 880, 890, 900.0])
Y = np.array([52.1, 53.0, 53.4, 54.6, 54.9, 56.1, 56.3])
v = float(sm.OLS(Y, sm.add_constant(X)).fit().rsquared)
add(
    "HT furnace temp °C = 840,850,860,870,880,890,900 ; hardness HRC = 52.1,53.0,53.4,54.6,54.9,56.1,56.3. "
    "fit straight line HRC vs temp, R² = ?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    v,
)

# r20 anova: one-way, 3 cavities, p-value
c1 = [5.02, 5.05, 4.98, 5.01, 5.04]
c2 = [5.08, 5.10, 5.06, 5.11, 5.07]
c3 = [5.00, 4.99, 5.03, 5.02, 4.97]
v = float(stats.f_oneway(c1, c2, c3).pvalue)
add(
    "4-cav... no, 3-cav mold, PN 6120-E wall thk (mm), 5 shots each:\ncav1 5.02 5.05 4.98 5.01 5.04\n"
    "cav2 5.08 5.10 5.06 5.11 5.07\ncav3 5.00 4.99 5.03 5.02 4.97\none-way ANOVA, cavity effect — p?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    v,
)
# r21 anova: one-way F statistic, 4 lines
L = [[31.2, 30.8, 31.5, 31.0], [30.1, 30.6, 30.3, 30.4], [31.8, 32.1, 31.6, 32.0], [30.9, 31.1, 30.7, 31.3]]
v = float(stats.f_oneway(*L).statistic)
add(
    "Crimp height (mils) across four assembly lines, n=4 each. L1: 31.2, 30.8, 31.5, 31.0; L2: 30.1, 30.6, 30.3, "
    "30.4; L3: 31.8, 32.1, 31.6, 32.0; L4: 30.9, 31.1, 30.7, 31.3. What is the F ratio from a one-way ANOVA?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    v,
)

# r22 design: 2^4 full factorial, 1 replicate + 3 center points = 19
add(
    "DOE plan for weld schedule: 4 factors @ 2 levels, full factorial, single replicate, plus 3 center points. "
    "total # of runs?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)
# r23 design: 2^(7-3) fractional factorial = 16 runs
add(
    "screening 7 factors on the overmold process w/ a 2^(7−3) fractional factorial (res IV). how many runs is that?",
    "design",
    {"rule": "runs"},
    2 ** (7 - 3),
)
# r24 design: 2^2 x 2 reps, main effect of A = mean(A+) - mean(A-) = 9
runs = {"(1)": [42, 44], "a": [51, 49], "b": [45, 47], "ab": [58, 56]}
v = float(np.mean(runs["a"] + runs["ab"]) - np.mean(runs["(1)"] + runs["b"]))
add(
    "2² factorial on pull-off force (N), A = adhesive temp, B = press time, 2 reps each, std order:\n"
    "(1): 42, 44   a: 51, 49   b: 45, 47   ab: 58, 56\nmain effect of A (avg at high minus avg at low)?",
    "design",
    {"rule": "number", "tol": 1.0e-6},
    v,
)

# r25 control chart: Xbar UCL = 25.012 + A2(n=5)=0.577 * 0.018
v = 25.012 + 0.577 * 0.018
add(
    "X̄-R chart PN 4471-B OD, subgroups of n=5, X̿ = 25.012 mm, R̄ = 0.018 mm. UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    v,
)
# r26 control chart: p chart UCL, pbar=.035, n=200
v = 0.035 + 3 * math.sqrt(0.035 * 0.965 / 200)
add(
    "p-chart for final visual reject rate, constant n = 200/lot, p̄ = 0.035. 3σ UCL?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    v,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma)
v = min(10.05 - 10.012, 10.012 - 9.95) / (3 * 0.011)
add(
    "PPAP cap study, shaft Ø PN 8841-A: LSL 9.95 / USL 10.05, process mean 10.012, within-subgroup σ 0.011. "
    "Cpk? (customer wants ≥ 1.33)",
    "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"},
    v,
)
# r28 capability: refuse - no sigma / spread data, Cpk cannot be computed
add(
    "supplier PSW came back w/ only: spec 9.95–10.05, mean 10.012, 'cap OK'. Cpk for PN 8841-A? need the "
    "number for the IATF audit",
    "capability",
    {"rule": "refuse"},
    None,
)

# r29 sample size: n = ceil((z_.975 * sigma / E)^2) = ceil(61.46) = 62
z = stats.norm.ppf(0.975)
v = math.ceil((z * 0.008 / 0.002) ** 2)
add(
    "How many parts do I need to measure so the 95% CI on mean flatness is ±0.002 mm? σ known ≈ 0.008 mm "
    "from prior runs (z-based).",
    "sample_size",
    {"rule": "int", "key": "n"},
    v,
)
# r30 unit conversion: 45 N·m -> lbf·ft ; 1 lbf·ft = 0.3048 m * 4.4482216152605 N
v = 45 / (0.3048 * 4.4482216152605)
add(
    "customer print says 45 N·m tightening torque, our tool reads lbf·ft — convert pls",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4},
    v,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, automotive SQE (PPAP/8D/IATF jargon)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
