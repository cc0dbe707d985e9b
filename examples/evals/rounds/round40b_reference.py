"""Reference answers for round40b (aerospace composites engineer voice).
All answers computed independently with sympy / scipy / numpy."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round40b"
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


t, x, T = sp.symbols("t x T")

# r01 calculus: dα/dt = k(1-α), α(0)=0, k=0.05 /min -> α = 1 - exp(-t/20)
a = sp.Function("a")
sol = sp.dsolve(sp.Eq(a(t).diff(t), sp.Rational(1, 20) * (1 - a(t))), a(t), ics={a(0): 0})
r01 = sp.simplify(sol.rhs)
assert sp.simplify(r01 - (1 - sp.exp(-t / 20))) == 0
add(
    "For a first-order cure kinetics model of the epoxy matrix, the degree of cure α obeys "
    "dα/dt = k(1 − α) with α(0) = 0 and a rate constant k = 0.05 min⁻¹. Determine the "
    "closed-form expression for α(t), with t in minutes.",
    "calculus",
    {"rule": "expr"},
    str(r01),
)

# r02 calculus: ∫_0^2 x^2 e^{-x} dx = 2 - 10 e^{-2}
r02 = sp.simplify(sp.integrate(x**2 * sp.exp(-x), (x, 0, 2)))
assert sp.simplify(r02 - (2 - 10 * sp.exp(-2))) == 0
add(
    "In the through-thickness heat-release analysis of a 2 mm laminate, the normalised "
    "quantity of interest is the integral of x²·e^(−x) with respect to x from x = 0 to x = 2. "
    "Please evaluate this definite integral exactly.",
    "calculus",
    {"rule": "expr"},
    str(r02),
)

# r03 calculus: η(T)=5 exp(-0.04 T) Pa·s, dη/dT at T=100 = -0.2 e^{-4}
eta = 5 * sp.exp(-sp.Rational(4, 100) * T)
r03 = sp.simplify(sp.diff(eta, T).subs(T, 100))
assert sp.simplify(r03 + sp.exp(-4) / 5) == 0
add(
    "The resin viscosity during the autoclave dwell is modelled as η(T) = 5·exp(−0.04·T) Pa·s, "
    "with T in °C. What is the rate of change dη/dT at T = 100 °C (in Pa·s per °C)?",
    "calculus",
    {"rule": "expr"},
    str(r03),
)

# r04 calculus: q(t)= t exp(-t/15); q'(t)=0 -> t=15
q = t * sp.exp(-t / 15)
crit = sp.solve(sp.diff(q, t), t)
assert crit == [15]
add(
    "DSC exotherm approximated by q(t) = t·e^(−t/15) W/g, t in min (t ≥ 0). At what time "
    "does the heat flow reach its maximum?",
    "calculus",
    {"rule": "expr"},
    "15",
)

# r05 algebra: 2x^2 - 7x + 3 = 0 -> {1/2, 3}
r05 = sorted(float(v) for v in sp.solve(2 * x**2 - 7 * x + 3, x))
add("solve 2x² − 7x + 3 = 0 for x (both roots please)", "algebra", {"rule": "set"}, r05)

# r06 algebra: rule of mixtures 140 = Vf*230 + (1-Vf)*3.5 -> Vf = 136.5/226.5
Vf = sp.symbols("Vf")
r06 = float(sp.solve(sp.Eq(140, Vf * 230 + (1 - Vf) * sp.Rational(35, 10)), Vf)[0])
add(
    "Using the longitudinal rule of mixtures, E₁ = V_f·E_f + (1 − V_f)·E_m, a unidirectional "
    "CFRP laminate has a measured E₁ of 140 GPa. The fibre modulus is 230 GPa and the matrix "
    "modulus is 3.5 GPa. Calculate the fibre volume fraction V_f as a decimal fraction.",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    r06,
)

# r07 algebra: 0.5 = exp(-k*40) -> k = ln2/40
k = sp.symbols("k", positive=True)
r07 = sp.solve(sp.Eq(sp.Rational(1, 2), sp.exp(-k * 40)), k)[0]
assert sp.simplify(r07 - sp.log(2) / 40) == 0
add(
    "The out-time of a prepreg is modelled such that the remaining tack fraction equals "
    "exp(−k·t). If the tack halves after t = 40 days, find k in exact form (per day).",
    "algebra",
    {"rule": "expr"},
    "log(2)/40",
)

# r08 linear algebra: eigenvalues of tridiagonal [[2,-1,0],[-1,2,-1],[0,-1,2]] = 2-√2, 2, 2+√2
M = np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]], dtype=float)
r08 = sorted(round(float(v), 12) for v in np.linalg.eigvalsh(M))
assert np.allclose(r08, [2 - math.sqrt(2), 2, 2 + math.sqrt(2)])
add(
    "A three-degree-of-freedom spring model of a stiffened skin panel yields the normalised "
    "stiffness matrix K = [[2, −1, 0], [−1, 2, −1], [0, −1, 2]]. Determine all eigenvalues of K.",
    "linear_algebra",
    {"rule": "set"},
    r08,
)

# r09 linear algebra: det [[10,2,0],[2,8,1],[0,1,5]] = 370
A9 = sp.Matrix([[10, 2, 0], [2, 8, 1], [0, 1, 5]])
r09 = float(A9.det())
assert r09 == 370
add(
    "det of [[10, 2, 0], [2, 8, 1], [0, 1, 5]] ? (reduced in-plane stiffness terms, GPa)",
    "linear_algebra",
    {"rule": "number", "tol": 1.0e-6},
    r09,
)

# r10 probability: Poisson(1.8), P(X<=2)
r10 = float(stats.poisson.cdf(2, 1.8))
add(
    "Ultrasonic C-scan records show that porosity indications occur at a mean rate of 1.8 per "
    "panel, and the count per panel is assumed to follow a Poisson distribution. What is the "
    "probability that a given panel exhibits at most two indications?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r10,
)

# r11 probability: Normal(85, 4.2), P(X < 78)
r11 = float(stats.norm.cdf(78, 85, 4.2))
add(
    "Short-beam interlaminar shear strength for this material system is normally distributed "
    "with mean 85 MPa and standard deviation 4.2 MPa. What fraction of coupons would be expected "
    "to fall below the 78 MPa allowable?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)

# r12 probability: Binomial(12, 0.07), P(X >= 2) = 1 - cdf(1)
r12 = float(1 - stats.binom.cdf(1, 12, 0.07))
add(
    "twelve spar caps cured independently, each with a 7% chance of being rejected at NDI. P(two or more rejected)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)

# r13 probability: Bayes, P(D|+) = 0.95*0.02 / (0.95*0.02 + 0.04*0.98)
r13 = 0.95 * 0.02 / (0.95 * 0.02 + 0.04 * 0.98)
add(
    "Delaminations are present in 2 % of cured stringers. The phased-array inspection detects "
    "an existing delamination with probability 0.95 and gives a false indication on a sound "
    "stringer with probability 0.04. Given that a stringer produces an indication, what is the "
    "probability that it actually contains a delamination?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r13,
)

# r14 hypothesis test: one-sample t, two-sided, mu0=80
d14 = [82.4, 79.1, 84.6, 81.9, 78.3, 83.7, 80.5, 85.2]
r14 = float(stats.ttest_1samp(d14, 80).pvalue)
add(
    "Eight short-beam shear coupons from the qualification panel gave ILSS values of 82.4, "
    "79.1, 84.6, 81.9, 78.3, 83.7, 80.5 and 85.2 MPa. Using a one-sample t-test, two-sided, "
    "against a nominal value of 80 MPa, report the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    r14,
)

# r15 hypothesis test: Welch two-sample t, two-sided
a15 = [1612, 1587, 1645, 1598, 1630, 1574]
b15 = [1551, 1603, 1538, 1569, 1590, 1522, 1560]
r15 = float(stats.ttest_ind(a15, b15, equal_var=False).pvalue)
add(
    "flexural strength (MPa), cure cycle A: 1612 1587 1645 1598 1630 1574 ; cure cycle B: "
    "1551 1603 1538 1569 1590 1522 1560. Welch t-test, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    r15,
)

# r16 hypothesis test: paired t, one-sided (after < before), i.e. mean(before-after) > 0
bef = [88.1, 86.4, 90.2, 87.5, 89.0, 85.8, 88.7]
aft = [86.9, 86.8, 88.1, 87.9, 87.2, 85.1, 88.0]
r16 = float(stats.ttest_rel(bef, aft, alternative="greater").pvalue)
add(
    "Seven ILSS coupons were each tested for a dry baseline value and, from a matched twin "
    "specimen, after hygrothermal conditioning at 70 °C and 85 % RH. Dry values (MPa): 88.1, "
    "86.4, 90.2, 87.5, 89.0, 85.8, 88.7. Conditioned values in the same order: 86.9, 86.8, "
    "88.1, 87.9, 87.2, 85.1, 88.0. Perform a paired t-test with the one-sided alternative that "
    "conditioning reduces the ILSS, and state the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    r16,
)

# r17 hypothesis test: REFUSE — two-sample t-test with no standard deviations or raw data
add(
    "Batch A of the toughened prepreg gave a mean compression-after-impact strength of 284 MPa "
    "and batch B gave 271 MPa, with six coupons in each batch. Is the difference between the "
    "batches statistically significant at α = 0.05 using a two-sample t-test? Please give the "
    "p-value.",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)

# r18 regression: OLS slope of ILSS on void content
x18 = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]
y18 = [92.1, 89.8, 86.2, 84.5, 80.9, 78.7, 75.4, 73.0]
r18 = float(stats.linregress(x18, y18).slope)
add(
    "Void content (%) vs ILSS (MPa) from eight panels:\n"
    "void: 0.5 1.0 1.5 2.0 2.5 3.0 3.5 4.0\n"
    "ILSS: 92.1 89.8 86.2 84.5 80.9 78.7 75.4 73.0\n"
    "Fit ILSS = b0 + b1·void by least squares. What is the slope b1 (MPa per % void)?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    r18,
)

# r19 regression: R^2 of Vf on cure pressure
x19 = [3, 4, 5, 6, 7, 8]
y19 = [55.2, 57.1, 58.4, 59.9, 60.3, 61.8]
r19 = float(stats.linregress(x19, y19).rvalue ** 2)
add(
    "Six laminates were cured at autoclave pressures of 3, 4, 5, 6, 7 and 8 bar, and the "
    "resulting fibre volume fractions, determined by acid digestion, were 55.2, 57.1, 58.4, "
    "59.9, 60.3 and 61.8 % respectively. For a straight-line least-squares fit of fibre volume "
    "fraction against cure pressure, what is the coefficient of determination R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    r19,
)

# r20 anova: one-way ANOVA p-value, 3 resin batches
g20 = [[84.1, 82.7, 85.3, 83.9, 84.6], [81.2, 82.5, 80.8, 83.0, 81.9], [85.0, 86.2, 84.4, 85.7, 86.9]]
r20 = float(stats.f_oneway(*g20).pvalue)
add(
    "ILSS (MPa) from three resin batches, five coupons each. Batch 1: 84.1, 82.7, 85.3, 83.9, "
    "84.6. Batch 2: 81.2, 82.5, 80.8, 83.0, 81.9. Batch 3: 85.0, 86.2, 84.4, 85.7, 86.9. "
    "Conduct a one-way ANOVA to assess whether the batch means differ and report the p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    r20,
)

# r21 anova: one-way ANOVA F statistic, 4 shelf positions
g21 = [
    [212.4, 210.9, 213.1, 211.6],
    [209.8, 210.5, 208.9, 210.2],
    [213.5, 214.2, 212.8, 213.9],
    [211.0, 211.8, 210.4, 212.3],
]
r21 = float(stats.f_oneway(*g21).statistic)
add(
    "Glass transition temperature by DMA (°C), four autoclave shelf positions, n = 4 each —\n"
    "front: 212.4, 210.9, 213.1, 211.6\nrear: 209.8, 210.5, 208.9, 210.2\n"
    "top: 213.5, 214.2, 212.8, 213.9\nbottom: 211.0, 211.8, 210.4, 212.3\n"
    "one-way ANOVA F statistic?",
    "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    r21,
)

# r22 design: 2^4 full factorial + 3 centre points = 19 runs (single replicate)
r22 = 2**4 + 3
add(
    "We intend to study cure temperature, dwell time, autoclave pressure and vacuum level, each "
    "at two levels, in a single replicate of a full factorial design, supplemented with three "
    "centre points. How many autoclave runs are required in total?",
    "design",
    {"rule": "runs"},
    r22,
)

# r23 design: 2^(7-3) fractional factorial = 16 runs
r23 = 2 ** (7 - 3)
add(
    "how many runs in a 2^(7−3) fractional factorial screening design (no centre points, no "
    "replication)? seven layup/cure factors",
    "design",
    {"rule": "runs"},
    r23,
)

# r24 design: 2^2 interaction effect AB = [(y++ + y--) - (y+- + y-+)]/2
y = {(-1, -1): 62, (1, -1): 70, (-1, 1): 58, (1, 1): 74}
r24 = float(sum(a * b * v for (a, b), v in y.items()) / 2)
assert r24 == 4.0
add(
    "In an unreplicated 2² factorial on a co-cured joint, factor A is the cure temperature and "
    "factor B is the consolidation pressure. The measured lap-shear strengths were 62 MPa at "
    "(A−, B−), 70 MPa at (A+, B−), 58 MPa at (A−, B+) and 74 MPa at (A+, B+). Estimate the AB "
    "interaction effect, using the usual convention of the difference between the two "
    "diagonal averages.",
    "design",
    {"rule": "number", "tol": 1.0e-6},
    r24,
)

# r25 control chart: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
r25 = 3.012 + 0.577 * 0.048
add(
    "Cured laminate thickness is monitored with an X̄–R chart using twenty subgroups of five "
    "measurements each. The grand mean is 3.012 mm and the average range is 0.048 mm. "
    "Calculate the upper control limit of the X̄ chart.",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r25,
)

# r26 control chart: p chart, pbar = 200/(25*200)=0.04, UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
pbar = 200 / (25 * 200)
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add(
    "p-chart for honeycomb core splice rejects: 25 daily samples, 200 splices per sample, "
    "200 rejects in total across all samples. 3-sigma UCL?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r26,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma); spec 0.125 ± 0.010, mu=0.127, sigma=0.0025
mu, sd, lsl, usl = 0.127, 0.0025, 0.115, 0.135
r27 = min(usl - mu, mu - lsl) / (3 * sd)
add(
    "The cured ply thickness specification is 0.125 ± 0.010 mm. The process is stable with a "
    "mean of 0.127 mm and a standard deviation of 0.0025 mm. What is the Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    r27,
)

# r28 capability: Ppk with overall sample sd (n-1), spec 55-65 %
d28 = [58.2, 59.1, 57.6, 60.4, 58.9, 59.7, 58.1, 60.0, 59.3, 58.6, 59.8, 58.4]
m28, s28 = np.mean(d28), np.std(d28, ddof=1)
r28 = float(min(65 - m28, m28 - 55) / (3 * s28))
add(
    "Fibre volume fraction (%) from twelve consecutive panels: 58.2, 59.1, 57.6, 60.4, 58.9, "
    "59.7, 58.1, 60.0, 59.3, 58.6, 59.8, 58.4. The specification limits are 55 % and 65 %. "
    "Calculate Ppk using the overall sample standard deviation (n − 1 divisor).",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    r28,
)

# r29 sample size: n = ceil((z_{0.975}*sigma/E)^2) = ceil((1.95996*6/2)^2) = 35
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 6 / 2) ** 2)
assert r29 == 35
add(
    "How many short-beam shear coupons must be tested to estimate the mean ILSS to within "
    "±2 MPa with 95 % confidence, assuming a known population standard deviation of 6 MPa? Use "
    "the normal (z) approximation and round up to the next whole coupon.",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)

# r30 unit conversion: 12.5 ksi -> MPa, 1 ksi = 6.894757293 MPa
r30 = 12.5 * 6.894757293168
add(
    "Please convert an interlaminar shear strength of 12.5 ksi into MPa.",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4},
    r30,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, aerospace composites engineer, formal test-report style, SI units",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
