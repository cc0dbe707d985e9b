import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round44d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")
# r01 derivative of reflow ramp T(t)=25+200(1-e^{-t/40}) -> 5 e^{-t/40}
d = sp.simplify(sp.diff(25 + 200 * (1 - sp.exp(-t / 40)), t))
add(
    "board thermocouple on the SMT line follows T(t) = 25 + 200(1 − e^(−t/40)) °C, t in s. need dT/dt as a function of t pls",
    "calculus",
    {"rule": "expr"},
    str(d),
)
# r02 cumulative hazard = int_0^100 0.002 t dt = 10
H = sp.integrate(sp.Rational(2, 1000) * t, (t, 0, 100))
add(
    "Burn-in model: hazard rate λ(t) = 0.002·t (t in hours). What's the cumulative hazard ∫λ dt from 0 to 100 h?",
    "calculus",
    {"rule": "expr"},
    str(H),
)
# r03 limit (1-cos3x)/x^2 -> 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add(
    "lim x→0 of (1 − cos 3x)/x²  ... came up in a vibration fixture calc, exact value pls",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 argmax of Y(v)=-2v^2+12v+50 -> v=3
v = sp.symbols("v")
crit = sp.solve(sp.diff(-2 * v**2 + 12 * v + 50, v), v)[0]
add(
    "FPY vs conveyor speed fit came out Y(v) = −2v² + 12v + 50 (v in ft/min). At what speed v is yield maximized?",
    "calculus",
    {"rule": "expr"},
    str(crit),
)
# r05 roots of x^2-7x+10 -> {2,5}
r = sorted(float(s) for s in sp.solve(x**2 - 7 * x + 10, x))
add("roots of x^2 - 7x + 10 = 0", "algebra", {"rule": "set"}, r)
# r06 divider: 5*R2/(10+R2)=3.3 -> R2=330/17 kOhm
R2 = sp.symbols("R2")
s = sp.solve(sp.Eq(5 * R2 / (10 + R2), sp.Rational(33, 10)), R2)[0]
add(
    "Divider off a 5.0 V rail, R1 = 10 kΩ top, want Vout = 3.3 V exactly (unloaded). What R2 in kΩ? don't round to E96, just the exact value",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(s),
)
# r07 2a+3b=120, a+b=45 -> a=15,b=30 ; ask b
a, b = sp.symbols("a b")
sol = sp.solve([2 * a + 3 * b - 120, a + b - 45], [a, b])
add(
    "Pick-and-place: type A feeders take 2 slots, type B take 3. We filled 120 slots with 45 feeders total. How many type B feeders?",
    "algebra",
    {"rule": "expr"},
    str(sol[b]),
)
# r08 eigenvalues [[4,1],[2,3]] -> {2,5}
ev = sorted(float(e) for e in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add(
    "eigenvalues of A = [[4, 1], [2, 3]] pls (state-transition matrix from a rework flow model)",
    "linear_algebra",
    {"rule": "set"},
    ev,
)
# r09 det [[2,0,1],[1,3,2],[1,1,4]] = 18
dt = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 4]]).det()
add("det of the 3x3 [2 0 1; 1 3 2; 1 1 4] ?", "linear_algebra", {"rule": "expr"}, str(dt))
# r10 binomial n=50 p=0.02 P(X<=1)
p10 = float(stats.binom.cdf(1, 50, 0.02))
add(
    "Supplier lot of 0402 caps runs 2% defective. Pull 50 at random (treat as binomial). Probability we see at most one bad part?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p10,
)
# r11 Poisson: 1600 opportunities * 500 DPMO = 0.8 defects/board; P(0)=e^-0.8
p11 = float(stats.poisson.pmf(0, 1600 * 500 / 1e6))
add(
    "PCB-4471 rev C has 1600 solder joint opportunities. line is running 500 DPMO. assuming defects are Poisson, what fraction of boards come out with zero defects?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p11,
)
# r12 exponential survival exp(-10000/50000)
p12 = math.exp(-10000 / 50000)
add(
    "PSU module MTBF = 50,000 hours, constant failure rate. Probability a unit survives 10,000 h without failure?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p12,
)
# r13 REFUSE: no sigma given for normal tolerance question
add(
    "1 kΩ ±1% 0603 resistors (RC0603FR-071KL), lot mean measured 1002 Ω, assume normal. what fraction of the reel is outside tolerance?",
    "probability",
    {"rule": "refuse"},
    None,
)
# r14 one-sample t, two-sided vs 4700
d14 = [4712, 4695, 4708, 4720, 4703, 4716, 4699, 4711, 4706, 4718]
r14 = stats.ttest_1samp(d14, 4700)
add(
    "4.7k resistors off reel, measured Ω: 4712, 4695, 4708, 4720, 4703, 4716, 4699, 4711, 4706, 4718. one-sample t test vs nominal 4700, two-sided — p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
A = [8.2, 7.9, 9.1, 8.5, 8.8, 7.6, 8.3]
B = [9.4, 10.1, 8.9, 9.8, 10.5, 9.2, 9.9, 10.3]
r15 = stats.ttest_ind(A, B, equal_var=False)
add(
    "BGA void % by X-ray. Oven 1: 8.2, 7.9, 9.1, 8.5, 8.8, 7.6, 8.3   Oven 2: 9.4, 10.1, 8.9, 9.8, 10.5, 9.2, 9.9, 10.3. Is mean voiding different between ovens? Welch t, two-sided, give p.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 pooled two-proportion z, two-sided: 470/500 vs 455/500
x1, n1, x2, n2 = 470, 500, 455, 500
pp = (x1 + x2) / (n1 + n2)
z = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z))
add(
    "ICT first-pass: line A passed 470 of 500 boards, line B 455 of 500. Two-proportion z-test with pooled p, two-sided. p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence 2x3, statistic
tab = np.array([[42, 18, 10], [55, 30, 9]])
c2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "AOI defect counts by shift — day: bridges 42, opens 18, tombstones 10; night: bridges 55, opens 30, tombstones 9. Chi-square test of independence (shift vs defect type): what's the χ² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(c2),
)
# r18 OLS slope void% on peak temp
X = [235, 240, 245, 250, 255, 260]
Y = [12.1, 10.8, 9.9, 8.7, 8.1, 7.0]
r18 = stats.linregress(X, Y)
add(
    "peak temp °C = 235,240,245,250,255,260 ; void % = 12.1,10.8,9.9,8.7,8.1,7.0 -- least squares line void vs temp, what's the slope (% per °C)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
# r19 R^2 warpage on thickness
X = [0.8, 1.0, 1.2, 1.6, 2.0, 2.4]
Y = [0.92, 0.81, 0.74, 0.60, 0.49, 0.41]
r19 = stats.linregress(X, Y)
add(
    "Regressing warpage (mm) on board thickness (mm), straight-line fit. thickness: 0.8, 1.0, 1.2, 1.6, 2.0, 2.4; warpage: 0.92, 0.81, 0.74, 0.60, 0.49, 0.41. What is R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r19.rvalue**2),
)
# r20 one-way ANOVA F
g = [[42.1, 43.5, 41.8, 44.0, 42.9], [45.2, 46.1, 44.8, 45.9, 46.4], [43.0, 42.2, 43.8, 42.6, 43.3]]
r20 = stats.f_oneway(*g)
add(
    "die shear (N) for three paste vendors. Vendor K: 42.1, 43.5, 41.8, 44.0, 42.9 / Vendor I: 45.2, 46.1, 44.8, 45.9, 46.4 / Vendor A: 43.0, 42.2, 43.8, 42.6, 43.3. one-way ANOVA F statistic?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r20.statistic),
)
# r21 one-way ANOVA p, 4 unequal groups
g = [[78, 82, 80, 77], [85, 88, 84, 86, 87], [90, 89, 92, 91], [88, 93, 90, 94, 91]]
r21 = stats.f_oneway(*g)
add(
    "Transfer efficiency (%) vs stencil foil: 100µm → 78, 82, 80, 77; 120µm → 85, 88, 84, 86, 87; 127µm → 90, 89, 92, 91; 150µm → 88, 93, 90, 94, 91. Do the foil thicknesses differ? one-way ANOVA, I need the p-value.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r21.pvalue),
)
# r22 2^4 full factorial + 4 center points = 20 runs
add(
    "planning a reflow DOE: 4 factors (peak temp, TAL, ramp rate, N2 on/off... ok treat all as 2-level), full factorial, single replicate, plus 4 center points. total runs?",
    "design",
    {"rule": "runs"},
    2**4 + 4,
)
# r23 2^(7-3) = 16 runs
add(
    "How many runs in a 2^(7−3) fractional factorial, one replicate, no centre points?",
    "design",
    {"rule": "runs"},
    2 ** (7 - 3),
)
# r24 main effect A in 2^2: (a+ab)/2 - ((1)+b)/2 = 3.5
y1, ya, yb, yab = 92.1, 95.4, 90.3, 94.0
eA = round((ya + yab) / 2 - (y1 + yb) / 2, 10)
add(
    "2x2 factorial, A = peak temp (low/high), B = belt speed (low/high), response FPY %: (1)=92.1, a=95.4, b=90.3, ab=94.0. main effect of A? (avg at high A minus avg at low A)",
    "design",
    {"rule": "number", "tol": 1e-6},
    eA,
)
# r25 Xbar UCL = 152.4 + 0.577*8.6
ucl25 = 152.4 + 0.577 * 8.6
add(
    "paste height SPI data, 25 subgroups of n=5: grand mean 152.4 µm, R-bar 8.6 µm. X-bar chart UCL? use A2 = 0.577",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 p-chart UCL, pbar = 180/6000
pb = 180 / (30 * 200)
ucl26 = pb + 3 * math.sqrt(pb * (1 - pb) / 200)
add(
    "ICT fails, 30 lots of 200 boards each, 180 failing boards total. p chart with constant n=200, 3-sigma limits — what's the UCL (as a fraction)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)
# r27 Cpk: spec 4700±5% = [4465,4935], mean 4710, sigma 50 -> min(225,245)/150 = 1.5
USL, LSL = 4700 * 1.05, 4700 * 0.95
cpk = min(USL - 4710, 4710 - LSL) / (3 * 50)
add(
    "4.7kΩ ±5% parts, process mean 4710 Ω, within-subgroup σ = 50 Ω. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk,
)
# r28 Ppk from data with overall sample sd (n-1), spec 100-160 um
d = np.array([128, 131, 125, 134, 129, 127, 136, 130, 126, 133, 132, 128], float)
m, sd = d.mean(), d.std(ddof=1)
ppk = min(160 - m, m - 100) / (3 * sd)
add(
    "paste height µm, spec 100–160: 128, 131, 125, 134, 129, 127, 136, 130, 126, 133, 132, 128. Ppk using overall sample std dev (n−1)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk),
)
# r29 n = ceil(z^2 p(1-p)/E^2), z=1.96 (two-sided 95%), p=0.05, E=0.02 -> 457
zz = stats.norm.ppf(0.975)
n29 = math.ceil(zz**2 * 0.05 * 0.95 / 0.02**2)
assert n29 == math.ceil(1.96**2 * 0.05 * 0.95 / 0.02**2)
add(
    "how many solder joints do I need to inspect to estimate the defective fraction within ±2 percentage points at 95% confidence? expect around 5% defective. normal approx",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 260 C -> F = 500
add(
    "profile spec says 260 °C peak, customer wants it in Fahrenheit",
    "unit_conversion",
    {"rule": "expr"},
    str(sp.Rational(260) * 9 / 5 + 32),
)
assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, electronics manufacturing test engineer (SMT reflow, ICT, resistors, MTBF)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
