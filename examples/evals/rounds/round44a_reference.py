"""Reference answers for round44a (nonwovens mill QE voice). Independent computation."""

import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round44a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


x, v, t = sp.symbols("x v t")
# r01 calculus: mean of CD profile g(x)=85+4x-0.8x^2 over 0..5 m = (1/5)∫g dx
r01 = sp.nsimplify(sp.integrate(85 + 4 * x - sp.Rational(4, 5) * x**2, (x, 0, 5)) / 5)
add(
    "CD basis weight profile across our 5 m wide line fits g(x) = 85 + 4x − 0.8x² gsm, x in metres "
    "from the drive side (0 to 5). What's the average basis weight across the full width? exact value pls",
    "calculus",
    {"rule": "expr"},
    str(r01),
)
# r02 calculus: derivative of 12 v^2 exp(-v/40)
r02 = sp.diff(12 * v**2 * sp.exp(-v / 40), v)
add(
    "d/dv [12*v^2*exp(-v/40)]   (winder tension model vs line speed v)",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(r02)),
)
# r03 calculus: Newton cooling ODE dT/dt=-0.05(T-25), T(0)=180 -> 25+155 e^{-t/20}
T = sp.Function("T")
sol = sp.dsolve(sp.Eq(T(t).diff(t), -sp.Rational(1, 20) * (T(t) - 25)), T(t), ics={T(0): 180})
add(
    "Jumbo roll comes off the calender at 180 °C and sits in a 25 °C warehouse. Assume "
    "dT/dt = −0.05 (T − 25) with t in minutes. Give me T(t).",
    "calculus",
    {"rule": "expr"},
    str(sol.rhs),
)
# r04 calculus: ∫0^8 (40+8 sin(pi t/4)) dt = 320 kWh
r04 = sp.integrate(40 + 8 * sp.sin(sp.pi * t / 4), (t, 0, 8))
add(
    "the carding line's power draw over a shift follows P(t) = 40 + 8·sin(πt/4) kW, t in hours, "
    "shift runs t=0 to t=8. total energy used in kWh?",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(r04)),
)
# r05 algebra: roll length L = pi(D^2-d^2)/(4 th) -> D = sqrt(d^2 + 4 L th / pi)
d, th, L = 0.10, 0.0005, 2000.0
r05 = math.sqrt(d**2 + 4 * L * th / math.pi)
add(
    "Roll length relation we use: L = π(D² − d²)/(4t). Core OD d = 0.10 m, web thickness t = 0.5 mm, "
    "and the customer wants 2000 m on the roll. What finished roll diameter D in metres?",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    r05,
)
# r06 algebra: 1.40 f + 1.85 (1-f) = 1.58 -> f = 0.27/0.45 = 3/5
f = sp.symbols("f")
r06 = sp.solve(sp.Eq(sp.Rational(140, 100) * f + sp.Rational(185, 100) * (1 - f), sp.Rational(158, 100)), f)[0]
add(
    "Blending PP staple at $1.40/kg with PET at $1.85/kg, purchasing wants the blend to cost exactly "
    "$1.58/kg. What mass fraction of PP does that take? (fraction, not %)",
    "algebra",
    {"rule": "expr"},
    str(r06),
)
# r07 algebra: roots of x^3-7x^2+14x-8 = 1,2,4
r07 = sorted(float(r) for r in sp.solve(x**3 - 7 * x**2 + 14 * x - 8, x))
add("roots of x^3 - 7x^2 + 14x - 8 = 0", "algebra", {"rule": "set"}, r07)
# r08 linear algebra: eigenvalues [[4,1],[2,3]] -> 2,5
r08 = sorted(float(e) for e in np.linalg.eigvals(np.array([[4, 1], [2, 3]], float)).real)
add(
    "Eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]? (it's the transition model our process "
    "guy built for roll grades, just need the eigenvalues)",
    "linear_algebra",
    {"rule": "set"},
    r08,
)
# r09 linear algebra: x+y+z=100, 1.2x+1.5y+2.6z=155, x-2z=0 -> y (PET) = 70
A = np.array([[1, 1, 1], [1.2, 1.5, 2.6], [1, 0, -2]], float)
b = np.array([100, 155, 0], float)
sol9 = np.linalg.solve(A, b)
add(
    "100 kg batch of fibre: x kg PP, y kg PET, z kg bico. Constraints: x + y + z = 100, cost "
    "1.2x + 1.5y + 2.6z = 155 (dollars), and PP must be exactly twice the bico (x = 2z). "
    "How many kg of PET (y)?",
    "linear_algebra",
    {"rule": "number", "tol": 1.0e-6},
    round(float(sol9[1]), 9),
)
# r10 probability: Poisson(1.8) P(X<=2)
r10 = float(stats.poisson.cdf(2, 1.8))
add(
    "Pinholes in our SMS run average 1.8 per 1000 m². A roll has exactly 1000 m² on it. "
    "Poisson assumption — probability a roll has two or fewer pinholes?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r10,
)
# r11 probability: 1 - 0.96^20
r11 = 1 - 0.96**20
add(
    "if 4% of rolls fail the edge-trim check, and I pull twenty rolls at random (independent), "
    "what's P(at least one fails)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)
# r12 probability: Normal(52, 1.5) P(X<50)
r12 = float(stats.norm.cdf(50, 52, 1.5))
add(
    "Basis weight on line 3 is normal with μ = 52 gsm and σ = 1.5 gsm. What fraction of product comes in under 50 gsm?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)
# r13 probability: Bayes P(defect|alarm) = .95*.005/(.95*.005+.02*.995)
r13 = 0.95 * 0.005 / (0.95 * 0.005 + 0.02 * 0.995)
add(
    "Our inline camera flags holes. It catches 95% of frames that really have a hole, but it "
    "also false-alarms on 2% of clean frames. Only 0.5% of frames actually have a hole. When the "
    "camera alarms, what's the probability there really is a hole?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r13,
)
# r14 hypothesis: one-sample t two-sided vs 120, p-value
d14 = [118.4, 121.9, 116.7, 119.8, 117.2, 120.5, 115.9, 118.8]
r14 = stats.ttest_1samp(d14, 120)
add(
    "MD tensile results, N/5cm, lot 23-118: 118.4 121.9 116.7 119.8 117.2 120.5 115.9 118.8. "
    "Spec nominal is 120. One-sample t test, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)
# r15 hypothesis: Welch t statistic A - B
a15 = [412, 398, 405, 420, 391, 408]
b15 = [385, 402, 379, 390, 371, 396, 388]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add(
    "Air permeability (l/m²/s) from two lots.\nLot A: 412, 398, 405, 420, 391, 408\n"
    "Lot B: 385, 402, 379, 390, 371, 396, 388\nWelch's t-test (unequal variances), "
    "give me the t statistic for A minus B.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r15.statistic),
)
# r16 hypothesis: Pearson chi-square independence 2x3, p-value (no correction for >1 df)
tab = np.array([[34, 21, 12], [28, 35, 19]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "Defect log by shift last month — holes / thin spots / contamination: day shift 34, 21, 12; "
    "night shift 28, 35, 19. Is defect type independent of shift? Pearson chi-square test of "
    "independence, what p-value do you get?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p16),
)
# r17 hypothesis: REFUSE - no n, no standard deviation given
add(
    "Lot 4471 averaged 118.2 N/5cm MD tensile against a 120 target. Is that significantly "
    "below target at α = 0.05 (one-sided)? need a p-value for the deviation report",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)
# r18 regression: OLS slope tensile vs gsm
x18 = [40, 45, 50, 55, 60, 65, 70]
y18 = [62.1, 70.4, 77.8, 86.9, 93.2, 101.7, 109.5]
r18 = stats.linregress(x18, y18)
add(
    "gsm vs CD tensile (N/5cm) from the grade ladder trial:\n"
    "gsm: 40 45 50 55 60 65 70\ntensile: 62.1 70.4 77.8 86.9 93.2 101.7 109.5\n"
    "least squares line, what's the slope (N/5cm per gsm)?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)
# r19 regression: R^2 of air perm vs line speed
x19 = [150, 175, 200, 225, 250, 275]
y19 = [1820, 1765, 1690, 1660, 1585, 1540]
r19 = stats.linregress(x19, y19).rvalue ** 2
add(
    "Ran line speed up in steps: 150, 175, 200, 225, 250, 275 m/min and air perm came out "
    "1820, 1765, 1690, 1660, 1585, 1540 l/m²/s. Straight-line fit — how much of the variation "
    "does speed explain, i.e. R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19),
)
# r20 anova: one-way F, three lines
g20 = [[50.2, 51.1, 49.8, 50.6, 50.9], [51.8, 52.4, 51.5, 52.9, 52.0], [50.5, 49.9, 50.8, 51.2, 50.1]]
r20 = stats.f_oneway(*g20)
add(
    "five basis weight checks from each of our three spunbond lines:\n"
    "L1 50.2 51.1 49.8 50.6 50.9\nL2 51.8 52.4 51.5 52.9 52.0\nL3 50.5 49.9 50.8 51.2 50.1\n"
    "one-way ANOVA F statistic?",
    "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    float(r20.statistic),
)
# r21 anova: one-way p-value, four bonding temps
g21 = [[88, 92, 85, 90], [95, 98, 93, 97], [101, 99, 104, 100], [97, 94, 99, 96]]
r21 = stats.f_oneway(*g21)
add(
    "We tried four thermal bonding calender temperatures, four specimens each, tensile in N/5cm. "
    "145 °C: 88, 92, 85, 90. 150 °C: 95, 98, 93, 97. 155 °C: 101, 99, 104, 100. "
    "160 °C: 97, 94, 99, 96. Does temperature matter? Give the one-way ANOVA p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r21.pvalue),
)
# r22 design: 2^(6-2) fractional factorial -> 16 runs
add(
    "Screening six factors (die temp, air flow, DCD, throughput, calender temp, nip pressure) "
    "with a 2^(6−2) fractional factorial, no center points, no replicates. How many runs is that?",
    "design",
    {"rule": "runs"},
    2 ** (6 - 2),
)
# r23 design: CCD 3 factors: 2^3 cube + 2*3 axial + 6 center = 20
add(
    "central composite design, 3 factors, full 2^3 factorial portion, star points on each axis, "
    "6 center points. total runs?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)
# r24 design: 2^2 AB interaction = [(y(--)+y(++)) - (y(+-)+y(-+))]/2 = (48+62-56-50)/2 = 2
y = {(-1, -1): 48, (1, -1): 56, (-1, 1): 50, (1, 1): 62}
r24 = sum(a * b_ * val for (a, b_), val in y.items()) / 2
add(
    "2² experiment on needle-punch: A = stroke rate, B = needle penetration, one run each, "
    "tensile results: A low B low 48, A high B low 56, A low B high 50, A high B high 62. "
    "What's the AB interaction effect (usual effect definition, difference of averages)?",
    "design",
    {"rule": "number", "tol": 1.0e-6},
    float(r24),
)
# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
r25 = 52.1 + 0.577 * 2.4
add(
    "X-bar/R chart for basis weight, subgroups of n = 5 samples across the web. Grand mean "
    "52.1 gsm, average range 2.4 gsm. Where's the upper control limit on the X-bar chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    r25,
)
# r26 control chart: p chart UCL, pbar=175/5000, n=200
pbar = 175 / (25 * 200)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add(
    "we inspect 200 die-cut pieces per hour for edge defects. Over 25 hours we found 175 "
    "defectives in total. p-chart with 3σ limits, constant n=200: UCL?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"},
    r26,
)
# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma)
r27 = min(56 - 52.6, 52.6 - 48) / (3 * 1.1)
add(
    "spec is 48–56 gsm, process mean 52.6, σ = 1.1 gsm. Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    r27,
)
# r28 capability: Cp = (USL-LSL)/(6 Rbar/d2), d2(n=4)=2.059
r28 = (140 - 100) / (6 * (6.2 / 2.059))
add(
    "MD tensile spec 100 to 140 N/5cm. From our R chart: subgroups of 4, R̄ = 6.2 N/5cm, process in "
    "control. Estimate sigma from R̄/d2 and give me Cp.",
    "capability",
    {"rule": "number", "tol": 1.0e-3, "key": "cp"},
    r28,
)
# r29 sample size: n = ceil((z_.975 * sigma / E)^2) = ceil((1.96*1.8/0.5)^2) = 50
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 1.8 / 0.5) ** 2)
assert r29 == math.ceil((1.96 * 1.8 / 0.5) ** 2)
add(
    "How many basis weight punches do I need to estimate the lot mean within ±0.5 gsm at 95% "
    "confidence? σ is known from history, 1.8 gsm.",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)
# r30 unit conversion: oz/yd^2 -> g/m^2; 1 oz = 28.349523125 g, 1 yd^2 = 0.83612736 m^2
r30 = 1.2 * 28.349523125 / 0.83612736
add("US customer spec says 1.2 oz/yd². What's that in gsm?", "unit_conversion", {"rule": "number", "tol": 1.0e-4}, r30)

suite = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, nonwovens mill quality engineer (gsm, tensile, air perm, rolls/lots)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(suite, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
