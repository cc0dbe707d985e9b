"""Reference answers for round42a (pharma process-validation voice)."""

import os
import math, yaml
import numpy as np
import sympy as sp
from scipy import stats

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round42a.yaml")
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


# r01 calculus: integral_0^30 100(1-exp(-0.15 t)) dt = 3000 - (100/0.15)(1-e^-4.5)
t = sp.symbols("t")
v = float(sp.integrate(100 * (1 - sp.exp(-sp.Rational(3, 20) * t)), (t, 0, 30)))
add(
    "Dissolution profile modeled as F(t) = 100(1 − e^(−0.15t)) % released, t in minutes. "
    "What is the area under the curve from t = 0 to t = 30 min (units %·min)?",
    "calculus",
    {"rule": "number", "tol": 1.0e-6},
    v,
)

# r02 calculus: d/dF [8F/(5+F)] = 40/(F+5)^2
F = sp.symbols("F")
d = sp.simplify(sp.diff(8 * F / (5 + F), F))
assert sp.simplify(d - 40 / (F + 5) ** 2) == 0
add(
    "hardness vs compression force fit per SOP-PV-112: H(F) = 8F/(5 + F). need dH/dF as a function of F",
    "calculus",
    {"rule": "expr"},
    "40/(F+5)**2",
)

# r03 calculus: lim x->0 (1-cos 3x)/x^2 = 9/2
x = sp.symbols("x")
l = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("lim as x→0 of (1 − cos(3x))/x²", "calculus", {"rule": "expr"}, str(l))

# r04 calculus: W(t)=12 t e^{-t/8}; W'=0 -> t=8
tt = sp.solve(sp.diff(12 * t * sp.exp(-t / 8), t), t)
assert tt == [8]
add(
    "Coating pan weight-gain rate model W(t) = 12·t·e^(−t/8) (t in min). At what time t > 0 is W maximal?",
    "calculus",
    {"rule": "expr"},
    "8",
)

# r05 algebra: 0.5x^2 + 2x = 10 -> x = -2 ± 2*sqrt(6)
roots = sorted(float(r) for r in sp.solve(sp.Rational(1, 2) * x**2 + 2 * x - 10, x))
add(
    "Quadratic calibration curve y = 0.5x² + 2x. Find every x (both roots, including any negative one) that gives y = 10.",
    "algebra",
    {"rule": "set"},
    roots,
)

# r06 algebra: w*97.2 + (1-w)*101.8 = 99.5 -> w = 1/2
w = sp.symbols("w")
ws = sp.solve(sp.Rational(972, 10) * w + sp.Rational(1018, 10) * (1 - w) - sp.Rational(995, 10), w)[0]
add(
    "We're blending two API lots: Lot A assays 97.2% LC, Lot B 101.8% LC. Assuming assay mixes linearly by mass, "
    "what mass fraction of Lot A in the blend gives exactly 99.5% LC?",
    "algebra",
    {"rule": "expr"},
    str(ws),
)

# r07 algebra: first-order decay, 100 -> 95 at 12 mo; t90 = 12 ln(0.9)/ln(0.95)
t90 = 12 * math.log(0.90) / math.log(0.95)
add(
    "Stability: assay 100.0% LC at release, 95.0% LC at 12 months. Assuming first-order degradation "
    "(C = C0·e^(−kt)), at how many months does assay reach 90.0% LC?",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    t90,
)

# r08 linear algebra: eigenvalues of [[4,1.5],[1.5,1]] = (5 ± sqrt(18))/2
ev = sorted(np.linalg.eigvalsh(np.array([[4, 1.5], [1.5, 1]])).tolist())
add(
    "covariance matrix of (hardness, friability) from the PPQ lots is [[4, 1.5], [1.5, 1]]. eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    ev,
)

# r09 linear algebra: det [[4,2,1],[3,5,2],[1,1,3]] = 36
M = sp.Matrix([[4, 2, 1], [3, 5, 2], [1, 1, 3]])
add("Determinant of the 3×3 matrix\n4 2 1\n3 5 2\n1 1 3", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r10 probability: Binomial(50, 0.02), P(X<=1)
p10 = stats.binom.cdf(1, 50, 0.02)
add(
    "Historical chipped-tablet rate is 2%. In a random AQL pull of 50 tablets (independent), what's the "
    "probability of at most one chipped tablet?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(p10),
)

# r11 probability: Normal(250, 3.2); P(X<245)+P(X>255)
p11 = 2 * stats.norm.cdf(-5 / 3.2)
add(
    "Tablet weight ~ N(μ = 250 mg, σ = 3.2 mg). Probability a single tablet falls outside 245–255 mg?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(p11),
)

# r12 probability: Poisson(1.8), P(X>=3)
p12 = stats.poisson.sf(2, 1.8)
add(
    "visible particulates per vial on 100% inspection follow Poisson w/ mean 1.8. P(a vial has 3 or more particles)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(p12),
)

# r13 probability: Hypergeometric N=200, K=6, n=20, P(X=0)
p13 = stats.hypergeom.pmf(0, 200, 6, 20)
add(
    "A tray of 200 vials contains exactly 6 defective ones. QA samples 20 vials without replacement. "
    "What is the probability the sample contains zero defectives?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    float(p13),
)

# r14 hypothesis test: one-sample t vs 100, two-sided, p-value
a14 = [99.1, 100.4, 98.7, 99.6, 100.2, 98.9, 99.3, 99.8, 98.5, 99.9]
r14 = stats.ttest_1samp(a14, 100.0)
add(
    "Assay results (% label claim) for ten composite samples: 99.1, 100.4, 98.7, 99.6, 100.2, 98.9, 99.3, 99.8, "
    "98.5, 99.9. One-sample t-test, two-sided, H0: μ = 100.0. Report the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch two-sample t, two-sided, p-value
A15 = [88, 91, 86, 90, 89, 92, 87, 90]
B15 = [84, 89, 83, 86, 88, 82, 85]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add(
    "welch t test (unequal variances), two-sided — Q30 dissolution %, site A: 88 91 86 90 89 92 87 90 ; "
    "site B: 84 89 83 86 88 82 85. p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16 hypothesis test: paired t statistic, d = A - B
A16 = [10.4, 11.2, 9.8, 10.9, 11.5, 10.1, 10.7, 11.0]
B16 = [10.1, 11.0, 9.9, 10.5, 11.1, 9.8, 10.6, 10.6]
r16 = stats.ttest_rel(A16, B16)
add(
    "Same 8 tablets tested on hardness tester A then tester B (kp).\nA: 10.4 11.2 9.8 10.9 11.5 10.1 10.7 11.0\n"
    "B: 10.1 11.0 9.9 10.5 11.1 9.8 10.6 10.6\nPaired t-test on differences d = A − B: what is the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r16.statistic),
)

# r17 hypothesis test: REFUSE - pooled two-sample t without standard deviations
add(
    "Pooled two-sample t-test, two-sided, α = 0.05: Site A mean dissolution 86.4% (n = 12), Site B mean 84.9% "
    "(n = 12). What's the p-value?",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)

# r18 regression: OLS slope hardness on force
f18 = [5, 7.5, 10, 12.5, 15, 17.5, 20]
h18 = [4.1, 5.9, 7.6, 9.0, 10.8, 12.1, 13.5]
r18 = stats.linregress(f18, h18)
add(
    "Compression force (kN) vs tablet hardness (kp) from the press qualification:\n"
    "force: 5, 7.5, 10, 12.5, 15, 17.5, 20\nhardness: 4.1, 5.9, 7.6, 9.0, 10.8, 12.1, 13.5\n"
    "Least-squares slope of hardness on force?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)

# r19 regression: R^2 of assay vs time
m19 = [0, 3, 6, 9, 12, 18, 24]
a19 = [100.3, 99.8, 99.5, 99.1, 98.8, 98.0, 97.4]
r19 = stats.linregress(m19, a19)
add(
    "stability pull, months = 0 3 6 9 12 18 24, assay %LC = 100.3 99.8 99.5 99.1 98.8 98.0 97.4. "
    "simple linear regression of assay on time — R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19.rvalue**2),
)

# r20 anova: one-way, three presses, p-value
P1 = [11.2, 10.8, 11.5, 11.0, 11.3]
P2 = [10.6, 10.9, 10.4, 10.7, 10.8]
P3 = [11.4, 11.8, 11.1, 11.6, 11.5]
r20 = stats.f_oneway(P1, P2, P3)
add(
    "One-way ANOVA on hardness (kp) across three tablet presses, 5 tablets each. "
    "Press 1: 11.2, 10.8, 11.5, 11.0, 11.3. Press 2: 10.6, 10.9, 10.4, 10.7, 10.8. "
    "Press 3: 11.4, 11.8, 11.1, 11.6, 11.5. p-value for the press effect?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r20.pvalue),
)

# r21 anova: one-way F statistic, 4 blender locations
L = {
    "top": [99.2, 100.1, 99.6],
    "middle": [100.4, 100.9, 100.2],
    "bottom": [98.8, 99.5, 99.0],
    "discharge": [100.0, 99.7, 100.6],
}
r21 = stats.f_oneway(*L.values())
add(
    "Blend uniformity, V-blender, triplicate thief samples (% LC) per location — top 99.2/100.1/99.6, "
    "middle 100.4/100.9/100.2, bottom 98.8/99.5/99.0, discharge 100.0/99.7/100.6. "
    "One-way ANOVA with location as the factor: F statistic?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r21.statistic),
)

# r22 design: 2^4 full factorial + 3 center points = 19
add(
    "Planning a granulation DoE: four factors (water amount, impeller speed, chopper speed, wet-massing time) "
    "at two levels each, full factorial, unreplicated, plus 3 center points. Total number of runs?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 2^(5-1) replicated twice = 32
add(
    "2^(5−1) fractional factorial, res V, run in two full replicates, no center points — how many runs total?",
    "design",
    {"rule": "runs"},
    2**4 * 2,
)

# r24 design: face-centered CCD, 3 factors: 8 factorial + 6 axial + 4 center = 18
add(
    "Face-centered central composite design for coating optimization with three factors (inlet temp, spray rate, "
    "pan speed), full 2³ factorial core, 4 center points. How many experimental runs?",
    "design",
    {"rule": "runs"},
    8 + 6 + 4,
)

# r25 control chart: Xbar UCL = 250.3 + A2(n=5)=0.577 * 4.2
ucl25 = 250.3 + 0.577 * 4.2
add(
    "X̄–R chart for tablet weight, subgroups of n = 5, grand mean 250.3 mg, R̄ = 4.2 mg. "
    "Per SOP use A2 = 0.577. UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    ucl25,
)

# r26 control chart: p chart, pbar = 150/(25*200) = 0.03, UCL = pbar + 3 sqrt(pbar(1-pbar)/200)
pb = 150 / (25 * 200)
ucl26 = pb + 3 * math.sqrt(pb * (1 - pb) / 200)
add(
    "p-chart for visual-inspection rejects: 25 batches, 200 tablets inspected per batch, 150 defectives total "
    "across all batches. 3-sigma UCL for the fraction defective?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"},
    ucl26,
)

# r27 capability: Cpk = min(110-101.2, 101.2-90)/(3*2.1) = 8.8/6.3
cpk = min(110 - 101.2, 101.2 - 90) / (3 * 2.1)
add(
    "Assay spec 90.0–110.0% LC. CPV data: process mean 101.2%, within-process σ = 2.1%. Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    cpk,
)

# r28 capability: Ppk with overall sample sd (n-1)
h28 = np.array([10.2, 11.1, 10.7, 11.4, 10.9, 10.5, 11.8, 10.8, 11.0, 10.6, 11.3, 10.4, 11.2, 10.9, 11.5])
m28, s28 = h28.mean(), h28.std(ddof=1)
ppk = min(14 - m28, m28 - 8) / (3 * s28)
add(
    "Ppk for hardness, spec 8–14 kp, overall sample SD (n−1). Data: 10.2 11.1 10.7 11.4 10.9 10.5 11.8 10.8 "
    "11.0 10.6 11.3 10.4 11.2 10.9 11.5",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    float(ppk),
)

# r29 sample size: n = ceil((z_.975 * 1.2 / 0.5)^2) = ceil(22.13) = 23
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 1.2 / 0.5) ** 2)
assert n29 == math.ceil((1.96 * 1.2 / 0.5) ** 2) == 23
add(
    "How many tablets must we assay to estimate the mean content within ±0.5% LC (margin of error) at 95% "
    "confidence, two-sided, with known σ = 1.2% LC? Use the normal (z) approach.",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 unit conversion: 12 kp (kgf) * 9.80665 N/kgf
add(
    "hardness spec reads 12 kp — what is that in newtons? (1 kp = 1 kgf)",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-6},
    12 * 9.80665,
)

assert len(items) == 30
doc = {
    "suite": "round42a",
    "type": "reason",
    "description": "round42a unseen questions, pharma process-validation engineer (CPV, tablets, assay, batch records)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(OUT, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
