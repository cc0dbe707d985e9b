import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round48b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus ----------------
# r01 derivative of consolidation settlement s(t)=120(1-e^{-t/20}) -> 6 e^{-t/20}
s_t = 120 * (1 - sp.exp(-t / 20))
d1 = sp.simplify(sp.diff(s_t, t))
assert sp.simplify(d1 - 6 * sp.exp(-t / 20)) == 0
add(
    "Primary consolidation fit for the embankment settlement plates: s(t) = 120(1 − e^(−t/20)) mm, t in days. "
    "Need the settlement rate ds/dt as a function of t for the monitoring report.",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 total rainfall depth = int_0^6 (8 + 3t - 0.5t^2) dt = 66 mm
i_t = 8 + 3 * t - sp.Rational(1, 2) * t**2
P = sp.integrate(i_t, (t, 0, 6))
assert abs(float(P) - integrate.quad(lambda u: 8 + 3 * u - 0.5 * u**2, 0, 6)[0]) < 1e-9
add(
    "Design storm hyetograph for the catchment: rainfall intensity i(t) = 8 + 3t − 0.5t² mm/h, t in hours, storm lasts 6 h. "
    "What's the total rainfall depth in mm, i.e. ∫ i dt from 0 to 6?",
    "calculus",
    {"rule": "expr"},
    str(P),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(L3) - (math.exp(2e-4) - 1 - 2e-4) / 1e-8) < 1e-3
add(
    "checking a series expansion in a pore pressure dissipation derivation — lim x→0 of (e^(2x) − 1 − 2x)/x², exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 open-top square detention basin V=500 m3, min lining area A=b^2+2000/b -> b=10
b = sp.symbols("b", positive=True)
A = b**2 + 4 * b * (500 / b**2)
bopt = sp.solve(sp.diff(A, b), b)
assert len(bopt) == 1 and sp.diff(A, b, 2).subs(b, bopt[0]) > 0
bopt = bopt[0]
assert abs(float(bopt) - 1000 ** (1 / 3)) < 1e-9
add(
    "Sizing an open-top sediment/detention basin with a square base b × b (m) and vertical sides of depth h, storage volume "
    "fixed at 500 m³. Geomembrane lining covers the base and the four walls. What base width b (m) minimises the lining area?",
    "calculus",
    {"rule": "expr"},
    str(bopt),
)

# ---------------- algebra ----------------
# r05 roots of 2z^2 - 9z + 4 = 0 -> {1/2, 4}
z = sp.symbols("z")
roots5 = sp.solve(2 * z**2 - 9 * z + 4, z)
assert sorted(float(r) for r in roots5) == sorted(np.roots([2, -9, 4]).real.tolist())
add(
    "Empirical fit from the piezocone correlation reduces to 2z² − 9z + 4 = 0 (z = depth in m). Solve for all values of z.",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots5, key=float)],
)
# r06 blend: 0.12A + 0.30(500-A) = 0.18*500 -> A = 1000/3 t
Aq = sp.symbols("A")
A6 = sp.solve(sp.Eq(sp.Rational(12, 100) * Aq + sp.Rational(30, 100) * (500 - Aq), sp.Rational(18, 100) * 500), Aq)[0]
assert abs(float(A6) * 0.12 + (500 - float(A6)) * 0.30 - 90) < 1e-9
add(
    "Blending two borrow materials for select fill: Pit A has 12% fines, Pit B has 30% fines (by mass). Need 500 t of blended "
    "material at exactly 18% fines. How many tonnes from Pit A?",
    "algebra",
    {"rule": "expr"},
    str(A6),
)
# r07 rho_d = rho/(1+w): 1.85 = 2.10/(1+w) -> w = 5/37 -> 500/37 %
w = sp.symbols("w")
w7 = sp.solve(sp.Eq(sp.Rational(185, 100), sp.Rational(210, 100) / (1 + w)), w)[0]
w7pct = w7 * 100
assert abs(float(w7pct) - (2.10 / 1.85 - 1) * 100) < 1e-9
add(
    "Sand replacement test: field wet (bulk) density 2.10 t/m³, dry density back-calculated at 1.85 t/m³. "
    "Using ρd = ρ/(1 + w), what's the moisture content w? give it as a percentage (number only, e.g. 12.3 for 12.3%)",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(w7pct),
)

# ---------------- linear algebra ----------------
# r08 3x3 system, P3 = 350
M8 = sp.Matrix([[1, 1, 1], [1, -2, 1], [3, 1, -2]])
rhs8 = sp.Matrix([900, 0, 350])
sol8 = M8.LUsolve(rhs8)
assert np.allclose(np.linalg.solve(np.array(M8, float), np.array(rhs8, float)).ravel(), np.array(sol8, float).ravel())
add(
    "Pile group load share, three piles P1, P2, P3 (kN). From the cap statics I've got: P1 + P2 + P3 = 900, "
    "P1 − 2P2 + P3 = 0, 3P1 + P2 − 2P3 = 350. What's P3?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol8[2]),
)
# r09 principal stresses of [[60,20],[20,30]] -> {20, 70}
S9 = sp.Matrix([[60, 20], [20, 30]])
ev9 = sorted(S9.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(S9, float))), [float(e) for e in ev9])
add(
    "2D stress state at a point beneath the footing: σ = [[60, 20], [20, 30]] kPa (σx, τxy; τxy, σy). "
    "Principal stresses = eigenvalues of that matrix — what are they?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev9],
)

# ---------------- probability ----------------
# r10 binomial n=15, p=0.08, P(X<=1)
p10 = stats.binom.cdf(1, 15, 0.08)
assert abs(p10 - (0.92**15 + 15 * 0.08 * 0.92**14)) < 1e-12
add(
    "Historically about 8% of nuclear density gauge tests on this subgrade fail the 98% SMDD requirement, tests independent. "
    "For a lot of 15 tests, what's the probability that at most 1 fails?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson mean 2.4, P(X>=3)
p11 = stats.poisson.sf(2, 2.4)
assert abs(p11 - (1 - math.exp(-2.4) * (1 + 2.4 + 2.4**2 / 2))) < 1e-12
add(
    "BoM gauge record: daily rainfall > 50 mm happens on average 2.4 times per year at the site, treat as Poisson. "
    "Probability of 3 or more such days in a given year?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal: P(Q < 1600), mu 1850, sd 160
p12 = stats.norm.cdf(1600, 1850, 160)
assert abs(p12 - 0.5 * math.erfc(1.5625 / math.sqrt(2))) < 1e-12
add(
    "Ultimate geotechnical capacity of the bored piles modelled as normal, mean 1850 kN, std dev 160 kN. "
    "What's the probability a pile's capacity is below 1600 kN?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prior 0.15, sens 0.90, false pos 0.10 -> 27/44
pr, se, fp = sp.Rational(15, 100), sp.Rational(90, 100), sp.Rational(10, 100)
post13 = pr * se / (pr * se + (1 - pr) * fp)
assert abs(float(post13) - 0.15 * 0.9 / (0.15 * 0.9 + 0.85 * 0.1)) < 1e-12
add(
    "Desk study gives a 15% prior chance of a soft clay lens under the proposed footing. The CPT flags a lens 90% of the time "
    "when one is present, but also gives a false indication 10% of the time when there isn't one. The CPT flagged a lens — "
    "what's the probability a lens is actually there?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(post13),
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t, one-sided (less), mu0 = 98
d14 = np.array([97.2, 98.5, 96.8, 97.9, 98.1, 97.4, 96.5, 98.0, 97.6, 97.1])
r14 = stats.ttest_1samp(d14, 98.0, alternative="less")
t14 = (d14.mean() - 98) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(r14.statistic - t14) < 1e-10 and abs(r14.pvalue - stats.t.cdf(t14, len(d14) - 1)) < 1e-12
add(
    "Relative compaction results (%) on the lot: 97.2, 98.5, 96.8, 97.9, 98.1, 97.4, 96.5, 98.0, 97.6, 97.1. Spec is a mean "
    "of 98%. One-sided t-test of whether the true mean is below 98 — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
a15 = np.array([18, 22, 25, 20, 19, 24, 21])
b15 = np.array([15, 17, 14, 19, 16, 13, 18, 15])
r15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
t15 = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(r15.statistic - t15) < 1e-10 and abs(r15.pvalue - 2 * stats.t.sf(abs(t15), df15)) < 1e-12
add(
    "Soaked CBR (%) from two borrow pits. North pit: 18, 22, 25, 20, 19, 24, 21. South pit: 15, 17, 14, 19, 16, 13, 18, 15. "
    "Is there a difference in mean CBR? Don't assume equal variances (Welch), two-sided — p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t two-sided: groundwater level below ground before/after dewatering
bef = np.array([2.10, 1.85, 2.40, 1.95, 2.25, 2.05, 1.70])
aft = np.array([2.95, 2.40, 3.10, 2.60, 2.70, 2.90, 2.15])
r16 = stats.ttest_rel(aft, bef)
dd = aft - bef
t16 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(r16.statistic - t16) < 1e-10 and abs(r16.pvalue - 2 * stats.t.sf(abs(t16), len(dd) - 1)) < 1e-12
add(
    "Depth to groundwater (m bgl) at 7 standpipe piezometers, same bores before and after the wellpoint system was switched on. "
    "Before: 2.10, 1.85, 2.40, 1.95, 2.25, 2.05, 1.70. After: 2.95, 2.40, 3.10, 2.60, 2.70, 2.90, 2.15. "
    "Paired t-test, two-sided, on the change d = after − before — what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 2x3
tab = np.array([[34, 41, 52], [16, 9, 6]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
exp2 = np.outer(tab.sum(1), tab.sum(0)) / tab.sum()
assert abs(chi2 - ((tab - exp2) ** 2 / exp2).sum()) < 1e-10 and dof == 2
add(
    "Compaction test outcomes by material type this month. Pass: clay 34, silt 41, sand 52. Fail: clay 16, silt 9, sand 6. "
    "Chi-square test of independence between material type and pass/fail — what's the chi-square statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# ---------------- regression ----------------
# r18 slope of pile head displacement vs load
L18 = np.array([0, 200, 400, 600, 800, 1000], float)
D18 = np.array([0.0, 1.1, 2.3, 3.2, 4.5, 5.4])
lr18 = stats.linregress(L18, D18)
sl = ((L18 - L18.mean()) * (D18 - D18.mean())).sum() / ((L18 - L18.mean()) ** 2).sum()
assert abs(lr18.slope - sl) < 1e-12 and abs(np.polyfit(L18, D18, 1)[0] - sl) < 1e-12
add(
    "Static load test on test pile TP2, elastic range. Load (kN): 0, 200, 400, 600, 800, 1000. Pile head displacement (mm): "
    "0.0, 1.1, 2.3, 3.2, 4.5, 5.4. Least-squares straight line of displacement on load — slope in mm/kN?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 rainfall vs groundwater rise
R19 = np.array([12, 25, 8, 40, 31, 18, 55, 22], float)
G19 = np.array([0.05, 0.14, 0.02, 0.21, 0.19, 0.08, 0.30, 0.11])
lr19 = stats.linregress(R19, G19)
pred = np.polyval(np.polyfit(R19, G19, 1), R19)
r2b = 1 - ((G19 - pred) ** 2).sum() / ((G19 - G19.mean()) ** 2).sum()
assert abs(lr19.rvalue**2 - r2b) < 1e-12
add(
    "Event rainfall (mm) vs groundwater rise in BH3 (m): 12→0.05, 25→0.14, 8→0.02, 40→0.21, 31→0.19, 18→0.08, 55→0.30, "
    "22→0.11. Simple linear regression of rise on rainfall — what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA ----------------
# r20 one-way ANOVA UCS vs cement content
g1 = [1.2, 1.5, 1.3, 1.4]
g2 = [2.1, 1.8, 2.3, 2.0]
g3 = [2.6, 2.9, 2.4, 2.8]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 9)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 9) - r20.pvalue) < 1e-14
add(
    "7-day UCS (MPa) of cement-stabilised subgrade, 4 specimens per cement content. 2%: 1.2, 1.5, 1.3, 1.4. "
    "4%: 2.1, 1.8, 2.3, 2.0. 6%: 2.6, 2.9, 2.4, 2.8. One-way ANOVA — p-value for cement content?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (additive): method (3) x soil (4 blocks); F for method
Y = np.array([
    [95.1, 96.4, 97.2],  # soil 1: methods A, B, C
    [93.8, 95.0, 96.1],
    [96.0, 96.9, 98.3],
    [94.2, 95.7, 96.5],
])
nb, nt = Y.shape
gm = Y.mean()
ss_t = nb * ((Y.mean(0) - gm) ** 2).sum()
ss_b = nt * ((Y.mean(1) - gm) ** 2).sum()
ss_e = ((Y - gm) ** 2).sum() - ss_t - ss_b
F21 = (ss_t / (nt - 1)) / (ss_e / ((nt - 1) * (nb - 1)))
p21 = stats.f.sf(F21, nt - 1, (nt - 1) * (nb - 1))
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
df = pd.DataFrame([(f"s{i}", "ABC"[j], Y[i, j]) for i in range(nb) for j in range(nt)], columns=["soil", "method", "y"])
at = anova_lm(smf.ols("y ~ C(method) + C(soil)", df).fit())
assert abs(at.loc["C(method)", "F"] - F21) < 1e-8 and abs(at.loc["C(method)", "PR(>F)"] - p21) < 1e-10
add(
    "Trial pads: 3 compaction methods (A = smooth drum, B = padfoot, C = smooth drum + vibration) each run once on 4 soil "
    "types, soil type treated as a block. Relative compaction (%):\n"
    "soil 1: A 95.1, B 96.4, C 97.2\nsoil 2: A 93.8, B 95.0, C 96.1\nsoil 3: A 96.0, B 96.9, C 98.3\n"
    "soil 4: A 94.2, B 95.7, C 96.5\nTwo-way ANOVA, additive model (no interaction term, only one obs per cell). "
    "p-value for the compaction method effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p21),
)

# ---------------- design ----------------
# r22 CCD 3 factors, full 2^3 core, 2k axial, 4 centre -> 18
k = 3
runs22 = 2**k + 2 * k + 4
assert runs22 == 18
add(
    "Planning a lab mix design study for lime stabilisation — 3 factors (lime %, moulding moisture, curing days) as a central "
    "composite design: full 2³ factorial core, star (axial) points, plus 4 centre points. How many specimens/runs total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 4 factors + 3 centre -> 24 + 3 = 27
import itertools
bb = []
for i, j in itertools.combinations(range(4), 2):
    for si, sj in itertools.product([-1, 1], repeat=2):
        p = [0] * 4
        p[i], p[j] = si, sj
        bb.append(p)
runs23 = len(bb) + 3
assert runs23 == 27
add(
    "Box-Behnken design for the grout trial, 4 factors (w/c ratio, bentonite %, injection pressure, hold time), "
    "3 centre points. Total number of runs?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 2^(7-3) fraction replicated twice, no centre points -> 32
runs24 = 2 ** (7 - 3) * 2
assert runs24 == 32
add(
    "Screening 7 factors affecting CBR of recycled crushed concrete base with a 2^(7−3) fractional factorial, "
    "2 full replicates, no centre points. How many runs all up?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts ----------------
# r25 Xbar-R UCL: grand mean 1.92, Rbar 0.06, n=5 -> A2 = 0.577
def d2(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]

A2 = 0.577
assert abs(3 / (d2(5) * math.sqrt(5)) - A2) < 5e-4
ucl25 = 1.92 + A2 * 0.06
add(
    "Field dry density QC, subgroups of 5 tests per lot, 20 lots. Grand mean X̄̄ = 1.92 t/m³, average range R̄ = 0.06 t/m³. "
    "Upper control limit for the X̄ chart (X̄-R chart, standard A2 constant)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart from counts
c26 = np.array([3, 5, 2, 6, 4, 3, 7, 4, 5, 2, 4, 6, 3, 5, 4, 3, 6, 4, 5, 3])
cbar = c26.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(cbar - 84 / 20) < 1e-12 and len(c26) == 20
add(
    "Visual inspection of shotcrete panels on the cutting, number of shrinkage cracks counted per panel (all panels same size), "
    "20 panels: 3, 5, 2, 6, 4, 3, 7, 4, 5, 2, 4, 6, 3, 5, 4, 3, 6, 4, 5, 3. c chart — what's the UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk moisture content
USL, LSL, mu, sig = 13.5, 10.5, 12.4, 0.35
cpk27 = min(USL - mu, mu - LSL) / (3 * sig)
assert abs(cpk27 - float(sp.Rational(11, 10) / sp.Rational(105, 100))) < 1e-12
add(
    "Placement moisture spec for the clay core is 10.5% to 13.5% (OMC −2/+1). Process running at mean 12.4%, within-process "
    "std dev 0.35%. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Cp with sigma = Rbar/d2, n=4, d2=2.059
d2_4 = 2.059
assert abs(d2(4) - d2_4) < 5e-4
sig28 = 9.2 / d2_4
cp28 = (220 - 180) / (6 * sig28)
add(
    "Compacted lift thickness spec 180–220 mm. Checking 4 spots per lift, average subgroup range R̄ = 9.2 mm. "
    "Estimate σ as R̄/d2 with d2 = 2.059 (n = 4). What's Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp28),
)

# ---------------- sample size ----------------
# r29 n for mean: (z sigma / E)^2, sigma 1.8, E 0.5, 95% two-sided -> 50
zz = stats.norm.ppf(0.975)
n29 = math.ceil((zz * 1.8 / 0.5) ** 2)
assert n29 == math.ceil((1.96 * 1.8 / 0.5) ** 2) == 50
add(
    "How many moisture content samples do I need from the stockpile to estimate the mean within ±0.5% (percentage points) "
    "at 95% confidence? Std dev from previous jobs is about 1.8%, treat it as known (z-based).",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 4 ksf -> kPa
lbf = 4.4482216152605
ft = 0.3048
kpa30 = 4000 * lbf / ft**2 / 1000
assert abs(kpa30 - 4 * 47.880259) < 1e-3
add(
    "US lab report gives allowable bearing pressure of 4 ksf (kips per square foot). What's that in kPa?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(kpa30),
)

assert len(items) == 30
from collections import Counter
cnt = Counter(it["mode"] for it in items)
assert cnt == {"calculus": 4, "algebra": 3, "linear_algebra": 2, "probability": 4, "hypothesis_test": 4,
               "regression": 2, "anova": 2, "design": 3, "control_chart": 2, "capability": 2, "sample_size": 1,
               "unit_conversion": 1}, cnt
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, geotechnical / civil engineer consultant (soil moisture, compaction, "
    "settlement, pile load tests, rainfall, groundwater)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
