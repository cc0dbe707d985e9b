"""Reference answers for round42d (CQE / Six Sigma Green Belt exam-style voice).

Every answer is computed independently here with sympy / scipy / numpy / math.
Run:  /work/main/.venv/bin/python reference.py   -> writes round42d.yaml next to this file.
"""

import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import stats

ROUND = "round42d"
DIR = os.path.dirname(os.path.abspath(__file__))
items = []


def add(mode, question, compare, reference):
    items.append(
        dict(
            id=f"r{len(items) + 1:02d}",
            split="unseen",
            question=question,
            mode=mode,
            compare=compare,
            reference=reference,
        )
    )


t, x = sp.symbols("t x")

# ---------------------------------------------------------------- calculus (4)
# r01: d/dt [20 + 160(1 - e^{-t/12})] = (160/12) e^{-t/12} = (40/3) e^{-t/12}
T = 20 + 160 * (1 - sp.exp(-t / 12))
dT = sp.simplify(sp.diff(T, t))
add(
    "calculus",
    "A heat-treat oven is loaded cold and its chamber temperature follows "
    "T(t) = 20 + 160(1 − e^(−t/12)) °C, where t is minutes after the door closes. The "
    "furnace is rated at 45 kW. On the CQE practice exam you must report how fast the temperature is climbing at a general time t. What is dT/dt as a "
    "function of t?",
    {"rule": "expr"},
    str(dT),
)

# r02: cumulative hazard H(50) = ∫_0^50 0.002 t dt = 0.001*50^2 = 5/2
H = sp.integrate(sp.Rational(2, 1000) * t, (t, 0, 50))
add(
    "calculus",
    "A reliability engineer models a pump seal with a linearly increasing hazard rate "
    "h(t) = 0.002t failures per hour, t in hours. The question asks for "
    "the cumulative hazard over the first fifty hours of service, i.e. H(50) = ∫₀⁵⁰ h(t) dt. "
    "What is its value?",
    {"rule": "expr"},
    str(H),
)

# r03: open-top box, square base side s, volume 32000 cm^3:
# A(s) = s^2 + 4 s h = s^2 + 128000/s ; A'(s)=0 -> s^3 = 64000 -> s = 40
s = sp.symbols("s", positive=True)
A = s**2 + 4 * s * (32000 / s**2)
sol = sp.solve(sp.diff(A, s), s)
assert len(sol) == 1
add(
    "calculus",
    "Packaging engineering is designing an open-top corrugated tote with a square base and a "
    "required volume of 32,000 cm³. Board thickness is 4 mm but can be ignored, and every "
    "face uses the same board, so the goal is to minimize total surface area (base plus four "
    "sides, no lid). What base side length, in cm, minimizes the material used?",
    {"rule": "expr"},
    str(sol[0]),
)

# r04: lim_{x->0} (1 - cos 3x)/x^2 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add(
    "calculus",
    "while deriving a small-angle approximation for a cam follower someone ends up with "
    "lim x→0 of (1 − cos(3x))/x². what's the limit, exact value please",
    {"rule": "expr"},
    str(L),
)

# ---------------------------------------------------------------- algebra (3)
# r05: break-even Q = F/(p - v) = 12000/(12.30 - 7.50) = 2500
Q = sp.Rational(12000) / (sp.Rational("12.30") - sp.Rational("7.50"))
add(
    "algebra",
    "A small machine shop is quoting a new bracket. Fixed tooling and setup costs are "
    "twelve thousand dollars, the variable cost is $7.50 per bracket, and the customer will "
    "pay $12.30 per bracket. Last year the shop shipped 40,000 parts overall. How many "
    "brackets must be sold to break even?",
    {"rule": "expr"},
    str(Q),
)

# r06: -2x^2 + 14x - 20 = 0  ->  x^2 - 7x + 10 = 0  ->  x = 2, 5
roots = sorted(float(r) for r in sp.solve(-2 * x**2 + 14 * x - 20, x))
add(
    "algebra",
    "A fitted quadratic for coded feed rate x gives a net-margin index "
    "M(x) = −2x² + 14x − 20. The team wants the break-even settings, i.e. the values of x "
    "at which M(x) = 0. Find all such x.",
    {"rule": "set"},
    roots,
)

# r07: a + b = 500, 0.30a + 0.55b = 0.40*500  ->  a = 300 kg of alloy A
a, b = sp.symbols("a b")
solab = sp.solve([a + b - 500, sp.Rational(30, 100) * a + sp.Rational(55, 100) * b - 200], [a, b])
add(
    "algebra",
    "A foundry must pour a 500 kg heat that is 40% nickel by mass. It has two stock alloys "
    "on hand: alloy A at 30% nickel and alloy B at 55% nickel (alloy B also costs twice as "
    "much). Blending only A and B, how many kilograms of alloy A are needed?",
    {"rule": "expr"},
    str(solab[a]),
)

# ---------------------------------------------------------------- linear algebra (2)
# r08: eigenvalues of covariance [[5,2],[2,2]]: trace 7, det 6 -> 1, 6
C = sp.Matrix([[5, 2], [2, 2]])
eig = sorted(float(k) for k in C.eigenvals())
add(
    "linear_algebra",
    "Before a principal-components study of two gauge readings, the sample covariance "
    "matrix came out as\n  [5 2]\n  [2 2]\n(units mm²). What are the eigenvalues of this "
    "matrix?",
    {"rule": "set"},
    eig,
)

# r09: det [[3,1,2],[0,4,1],[2,-1,5]] = 3*21 - 1*(-2) + 2*(-8) = 49
M = sp.Matrix([[3, 1, 2], [0, 4, 1], [2, -1, 5]])
add(
    "linear_algebra",
    "det of [[3,1,2],[0,4,1],[2,-1,5]] ? (coefficient matrix of a 3-station material "
    "balance, want to know if it's singular)",
    {"rule": "expr"},
    str(M.det()),
)

# ---------------------------------------------------------------- probability (4)
# r10: Binomial(n=20, p=0.03): P(X <= 1)
p10 = stats.binom.cdf(1, 20, 0.03)
add(
    "probability",
    "Incoming inspection uses a single sampling plan: draw twenty connectors at random from "
    "a very large lot and accept the lot if at most one connector is defective. If the "
    "lot's true fraction defective is 3%, what is the probability that the lot is accepted? "
    "(Treat the draws as independent.)",
    {"rule": "number", "tol": 1.0e-6},
    float(p10),
)

# r11: Poisson: rate 2.4 per m^2, panel 1.5 m^2 -> lambda = 3.6; P(X > 2) = 1 - P(X <= 2)
p11 = 1 - stats.poisson.cdf(2, 3.6)
add(
    "probability",
    "Paint blemishes on an appliance door occur randomly at an average rate of 2.4 per "
    "square metre. A door panel has an area of 1.5 m². Assuming a Poisson process, what is "
    "the probability that a single panel has more than two blemishes?",
    {"rule": "number", "tol": 1.0e-6},
    float(p11),
)

# r12: hypergeometric: N=50, K=4 defective, n=5 drawn w/o replacement; P(0) = C(46,5)/C(50,5)
p12 = sp.Rational(sp.binomial(46, 5), sp.binomial(50, 5))
assert abs(float(p12) - stats.hypergeom.pmf(0, 50, 4, 5)) < 1e-12
add(
    "probability",
    "A lot of fifty valve bodies contains exactly four nonconforming units. An auditor "
    "pulls five units at random without replacement. What is the probability that none of "
    "the five is nonconforming? Give the exact value.",
    {"rule": "expr"},
    str(p12),
)

# r13: Bayes: P(B|D) = 0.4*0.05 / (0.6*0.02 + 0.4*0.05) = 0.02/0.032 = 5/8
pB = sp.Rational(4, 10) * sp.Rational(5, 100)
pA = sp.Rational(6, 10) * sp.Rational(2, 100)
add(
    "probability",
    "Two molding presses feed the same bin. Press A makes 60% of the parts and 2% of its "
    "output is short-shot; press B makes the remaining 40% and 5% of its output is "
    "short-shot. Press A is also the newer machine. A part drawn from the bin is found to be "
    "short-shot. What is the probability it came from press B?",
    {"rule": "expr"},
    str(pB / (pA + pB)),
)

# ---------------------------------------------------------------- hypothesis tests (4)
# r14: one-sample t, two-sided, H0 mu = 500
fill = [498.2, 501.1, 499.4, 497.8, 500.3, 498.9, 499.5, 497.6, 500.8, 498.7]
r14 = stats.ttest_1samp(fill, 500.0)
add(
    "hypothesis_test",
    "A filler is targeted at 500 mL. The line runs at 120 bottles per minute. An operator "
    "pulls ten bottles and measures: 498.2, 501.1, 499.4, 497.8, 500.3, 498.9, 499.5, "
    "497.6, 500.8, 498.7 mL. Using a one-sample t test of H0: μ = 500 against a two-sided "
    "alternative (α = 0.05), what is the p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15: Welch two-sample t (unequal variances), two-sided
supA = [412, 418, 405, 421, 415, 409, 417]
supB = [398, 411, 402, 395, 407, 404, 400, 399]
r15 = stats.ttest_ind(supA, supB, equal_var=False)
add(
    "hypothesis_test",
    "Tensile strength (MPa) of bar stock from two suppliers:\n"
    "Supplier A: 412 418 405 421 415 409 417\n"
    "Supplier B: 398 411 402 395 407 404 400 399\n"
    "Do not assume equal variances — run Welch's two-sample t test, two-sided. What is the "
    "p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16: chi-square test of independence on a 3x3 table (no continuity correction applies)
table = np.array([[22, 10, 18], [28, 14, 12], [35, 21, 10]])
chi2, p16, dof, _ = stats.chi2_contingency(table, correction=False)
assert dof == 4
add(
    "hypothesis_test",
    "Weld defects were classified by shift and by defect type over one month:\n"
    "          Porosity  Crack  Undercut\n"
    "Day          22       10      18\n"
    "Swing        28       14      12\n"
    "Night        35       21      10\n"
    "Using a chi-square test of independence between shift and defect type, what is the "
    "p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p16),
)

# r17: REFUSE - pooled two-sample t needs the sample standard deviations (or data); none given
add(
    "hypothesis_test",
    "Two cartoning lines are being compared. Line 1 averaged 1012 g over fifteen cartons "
    "and line 2 averaged 1006 g over twelve cartons; the label claim is 1000 g. Using a "
    "pooled two-sample t test, two-sided at α = 0.05, what is the p-value for the "
    "difference in line means?",
    {"rule": "refuse"},
    None,
)

# ---------------------------------------------------------------- regression (2)
# r18: OLS slope of hardness on temperature
temp = [800, 825, 850, 875, 900, 925]
hrc = [41.2, 43.0, 44.1, 46.3, 47.2, 49.0]
r18 = stats.linregress(temp, hrc)
add(
    "regression",
    "Tempering temperature (°C) versus Rockwell hardness (HRC) for six coupons:\n"
    "temp: 800, 825, 850, 875, 900, 925\n"
    "HRC:  41.2, 43.0, 44.1, 46.3, 47.2, 49.0\n"
    "Fit a least-squares line HRC = b0 + b1·temp. What is the slope b1?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)

# r19: coefficient of determination for simple linear regression
ops = [2, 3, 4, 5, 6, 7, 8]
ct = [15.1, 12.8, 11.9, 10.2, 9.6, 8.1, 7.9]
r19 = stats.linregress(ops, ct)
add(
    "regression",
    "A lean team recorded cell cycle time (min) against number of operators staffed: "
    "operators 2,3,4,5,6,7,8 gave cycle times 15.1, 12.8, 11.9, 10.2, 9.6, 8.1, 7.9. "
    "Takt time is 9 min. For a simple linear regression of cycle time on operators, what "
    "fraction of the variation in cycle time is explained by the model (R²)?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19.rvalue**2),
)

# ---------------------------------------------------------------- ANOVA (2)
# r20: one-way ANOVA F statistic, three nozzle types, 5 obs each
nA = [12.1, 11.8, 12.5, 12.3, 11.9]
nB = [12.9, 13.2, 12.7, 13.5, 13.0]
nC = [12.4, 12.0, 12.8, 12.6, 12.2]
r20 = stats.f_oneway(nA, nB, nC)
add(
    "anova",
    "Three spray-nozzle designs were each tested five times and coating weight (g/m²) "
    "recorded.\nNozzle A: 12.1 11.8 12.5 12.3 11.9\nNozzle B: 12.9 13.2 12.7 13.5 13.0\n"
    "Nozzle C: 12.4 12.0 12.8 12.6 12.2\nFor a one-way ANOVA, what is the F statistic?",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    float(r20.statistic),
)

# r21: from summary: 4 treatments x 5 = 20 obs; df_trt = 3, df_err = 16
# F = (84.6/3)/(112.8/16) = 28.2/7.05 = 4.0 ; p = P(F(3,16) > 4.0)
F21 = (84.6 / 3) / (112.8 / 16)
p21 = stats.f.sf(F21, 3, 16)
add(
    "anova",
    "Four catalyst formulations were compared in a completely randomized one-way study "
    "with five batches per formulation. The ANOVA worksheet shows SS(treatments) = 84.6 "
    "and SS(error) = 112.8. What is the p-value of the F test for equal formulation means?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p21),
)

# ---------------------------------------------------------------- design (3)
# r22: 2^(7-3) = 16 runs, x2 replicates = 32, + 4 center points = 36
add(
    "design",
    "A Black Belt plans a resolution IV 2^(7−3) fractional factorial to screen seven "
    "molding factors. The factorial portion will be run in two full replicates, and four "
    "center points will be added in total (not per replicate). How many runs does the "
    "experiment require?",
    {"rule": "runs"},
    2 ** (7 - 3) * 2 + 4,
)

# r23: CCD, k = 4: full 2^4 core (16) + 2k axial (8) + 5 center = 29
add(
    "design",
    "For response-surface work on four factors, the team chooses a central composite "
    "design built on a full 2⁴ factorial core, with the standard two axial (star) points "
    "per factor and five center runs. Total number of runs?",
    {"rule": "runs"},
    2**4 + 2 * 4 + 5,
)

# r24: 2^2 single replicate: AB = [(ab + (1)) - (a + b)]/2 = (41+20-30-25)/2 = 3
one, ra, rb, rab = 20, 30, 25, 41
AB = sp.Rational((rab + one) - (ra + rb), 2)
add(
    "design",
    "An unreplicated 2² experiment on solder paste (A = print speed, B = squeegee "
    "pressure) gave these yields in standard-order notation: (1) = 20, a = 30, b = 25, "
    "ab = 41. Estimate the AB interaction effect.",
    {"rule": "expr"},
    str(AB),
)

# ---------------------------------------------------------------- control charts (2)
# r25: X-bar chart UCL = grand mean + A2*Rbar, A2(n=5) = 0.577
ucl25 = 50.2 + 0.577 * 1.8
add(
    "control_chart",
    "An X̄–R chart is being set up for a bore diameter using subgroups of five parts. "
    "From twenty-five subgroups the grand average is 50.2 mm and the average range is "
    "1.8 mm. What is the upper control limit for the X̄ chart?",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    ucl25,
)

# r26: p chart: pbar = 150/(25*200) = 0.03 ; UCL = pbar + 3 sqrt(pbar(1-pbar)/200)
pbar = 150 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add(
    "control_chart",
    "Final test records show 25 daily samples of 200 circuit boards each, with a total of "
    "150 defective boards across all samples. Using 3-sigma limits and the constant "
    "sample size, what is the UCL of the p chart?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    ucl26,
)

# ---------------------------------------------------------------- capability (2)
# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.38, 0.62)/0.33
cpk27 = min(10.5 - 10.12, 10.12 - 9.5) / (3 * 0.11)
add(
    "capability",
    "A fill-weight characteristic has specification limits 9.5 g to 10.5 g. The process "
    "is stable and normal with mean 10.12 g and standard deviation 0.11 g. The nominal is "
    "10.0 g. What is Cpk?",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    cpk27,
)

# r28: sigma_hat = Rbar/d2 with d2(n=4) = 2.059 ; Cp = (USL-LSL)/(6 sigma_hat)
sig28 = 0.006 / 2.059
cp28 = 0.030 / (6 * sig28)
add(
    "capability",
    "A turned pin is specified at 0.500 ± 0.015 in. An in-control X̄–R chart with "
    "subgroups of four gives R̄ = 0.006 in. Estimating σ as R̄/d₂, what is the process "
    "potential index Cp?",
    {"rule": "number", "tol": 1.0e-3, "key": "cp"},
    cp28,
)

# ---------------------------------------------------------------- sample size (1)
# r29: n = z^2 p(1-p)/E^2 = 1.96^2 * 0.1*0.9 / 0.03^2 = 384.1 -> round up 385
z = stats.norm.ppf(0.975)
n29 = math.ceil(z**2 * 0.10 * 0.90 / 0.03**2)
assert n29 == math.ceil(1.96**2 * 0.09 / 0.0009) == 385
add(
    "sample_size",
    "Customer service wants to estimate the proportion of returned units that are "
    "actually 'no fault found'. A pilot suggests about ten percent. How many returns must "
    "be sampled to estimate the proportion within ±3 percentage points with 95% "
    "confidence (normal approximation, planning value p = 0.10)?",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------------------------------------------------------- unit conversion (1)
# r30: 1 psi = 6894.757293 Pa ; 1 bar = 1e5 Pa -> 3000 psi = 206.8427 bar
bar30 = 3000 * 6894.757293168 / 1e5
add(
    "unit_conversion",
    "The hydrostatic proof test for a hose assembly is specified at three thousand psi. "
    "The test stand gauge reads in bar. What is the proof pressure in bar?",
    {"rule": "number", "tol": 1.0e-4},
    bar30,
)

# ---------------------------------------------------------------- write yaml
assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, CQE/Six Sigma Green Belt exam-prep scenarios",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
out = os.path.join(DIR, f"{ROUND}.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print("wrote", out)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
