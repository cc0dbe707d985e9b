import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round53d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of Mitscherlich response Y = 8.5(1 - e^{-0.02x}) -> 0.17 e^{-x/50}
Y1 = sp.Rational(17, 2) * (1 - sp.exp(-x / 50))
d1 = sp.simplify(sp.diff(Y1, x))
assert sp.simplify(d1 - sp.Rational(17, 100) * sp.exp(-x / 50)) == 0
add(
    "Hi! Quick one before the trial meeting. The Mitscherlich curve we fitted to the N-rate plots came out as "
    "Y(x) = 8.5(1 − e^(−0.02x)) t/ha, with x the N rate in kg/ha. I want the marginal response dY/dx as a "
    "function of x so I can put it on the slide — exact form please, not evaluated at any particular rate.",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 definite integral of daily growth rate 3t - 0.15t^2 over 0..10 days -> 100
g = 3 * t - sp.Rational(15, 100) * t**2
I2 = sp.integrate(g, (t, 0, 10))
assert abs(float(I2) - integrate.quad(lambda s: 3 * s - 0.15 * s**2, 0, 10)[0]) < 1e-9
add(
    "The maize seedlings in block 2 put on height at a rate of r(t) = 3t − 0.15t² mm per day over the first "
    "ten days after emergence (t in days). How much total height gain is that between t = 0 and t = 10? "
    "i.e. ∫₀¹⁰ r(t) dt, exact value in mm is fine.",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit of Michaelis-Menten uptake 12x/(35+x) as x -> oo -> 12
L3 = sp.limit(12 * x / (35 + x), x, sp.oo)
assert L3 == 12 and abs(12 * 1e9 / (35 + 1e9) - 12) < 1e-6
add(
    "For the root P-uptake work we're using U(x) = 12x/(35 + x) µmol/g/h where x is solution P concentration "
    "in µM. What's the limit of U as x → ∞ (the plateau uptake)? I just want the exact limit value.",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 economic optimum N: profit = 200*(4+0.04N-0.0001N^2) - 1.2N -> N=170
N = sp.symbols("N")
profit = 200 * (4 + sp.Rational(4, 100) * N - sp.Rational(1, 10000) * N**2) - sp.Rational(12, 10) * N
Nopt = sp.solve(sp.diff(profit, N), N)[0]
assert Nopt == (sp.Rational(4, 100) - sp.Rational(12, 10) / 200) / (2 * sp.Rational(1, 10000))
add(
    "Wheat N response from last season's strip trial: Y(N) = 4 + 0.04N − 0.0001N² t/ha, N in kg N/ha. Grain is "
    "$200/t and nitrogen costs $1.20 per kg N. Ignoring everything else, what N rate maximises the "
    "return over fertiliser cost (200·Y − 1.2·N)? Answer in kg N/ha.",
    "calculus",
    {"rule": "expr"},
    str(Nopt),
)

# ---------------- algebra (3) ----------------
# r05 roots of 2x^2 - 5x - 12 = 0 -> {4, -3/2}
r5 = sp.solve(2 * x**2 - 5 * x - 12, x)
assert sorted(float(v) for v in r5) == sorted(np.roots([2, -5, -12]).real.tolist())
add(
    "Doing some back-of-envelope stuff on a calibration curve and ended up with 2x² − 5x − 12 = 0. "
    "Can you give me both roots (exact), I'll decide which one is physically sensible myself.",
    "algebra",
    {"rule": "set"},
    [str(v) for v in sorted(r5)],
)
# r06 blend urea 46%N + ammonium sulfate 21%N to 500 kg at 30%N -> urea 180 kg
u = sp.symbols("u")
u6 = sp.solve(sp.Eq(sp.Rational(46, 100) * u + sp.Rational(21, 100) * (500 - u), sp.Rational(30, 100) * 500), u)[0]
assert abs(float(u6) - 500 * (0.30 - 0.21) / (0.46 - 0.21)) < 1e-9
add(
    "Mixing up a custom N blend for the small-plot drill. I've got urea (46% N) and ammonium sulphate (21% N) "
    "and want 500 kg of blend that's 30% N overall. How many kg of urea go in? (the rest is ammonium sulphate)",
    "algebra",
    {"rule": "expr"},
    str(u6),
)
# r07 plots: A uses 2.5 kg seed, B uses 3 kg; 48 plots, 132 kg -> A = 24
A_, B_ = sp.symbols("A B")
s7 = sp.solve([A_ + B_ - 48, sp.Rational(5, 2) * A_ + 3 * B_ - 132], [A_, B_])
assert s7[A_] == (3 * 48 - 132) / sp.Rational(1, 2)
add(
    "Seed store reconciliation: this spring we sowed 48 plots in total, two varieties. Every variety-A plot "
    "took 2.5 kg of seed and every variety-B plot took 3 kg, and we used 132 kg altogether. How many plots "
    "were variety A?",
    "algebra",
    {"rule": "expr"},
    str(s7[A_]),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues of stage-structured weed matrix [[0,6],[0.5,0.5]] -> {2, -3/2}
M8 = sp.Matrix([[0, 6], [sp.Rational(1, 2), sp.Rational(1, 2)]])
ev8 = sorted(M8.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array([[0, 6], [0.5, 0.5]]))), [float(e) for e in ev8])
add(
    "Stage-structured model for wild oat in the rotation trial (seedbank → adult): the projection matrix is "
    "A = [[0, 6], [0.5, 0.5]]. What are both eigenvalues of A? Exact values please.",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev8],
)
# r09 NPK system: 15-15-15 (a), urea 46-0-0 (b), MOP 0-0-60 (c); target N76 P30 K90 -> b = 100
Amat = sp.Matrix([[sp.Rational(15, 100), sp.Rational(46, 100), 0],
                  [sp.Rational(15, 100), 0, 0],
                  [sp.Rational(15, 100), 0, sp.Rational(60, 100)]])
rhs = sp.Matrix([76, 30, 90])
sol9 = Amat.LUsolve(rhs)
assert np.allclose(np.linalg.solve(np.array(Amat.tolist(), float), np.array([76, 30, 90], float)),
                   [float(v) for v in sol9])
add(
    "Need to hit exactly 76 kg N, 30 kg P₂O₅ and 90 kg K₂O per ha using three products: a compound 15-15-15, "
    "urea (46-0-0) and muriate of potash (0-0-60), percentages by weight as N-P₂O₅-K₂O. Set it up as a linear "
    "system and solve — how many kg/ha of urea?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[1]),
)

# ---------------- probability (4) ----------------
# r10 binomial: 5 seeds/hill, germ 0.85, P(X>=4)
p10 = stats.binom.sf(3, 5, 0.85)
assert abs(p10 - (5 * 0.85**4 * 0.15 + 0.85**5)) < 1e-12
add(
    "Our sorghum seed lot tests at 85% germination and we drop 5 seeds per hill. Assuming seeds germinate "
    "independently, what's the probability a given hill gets at least 4 seeds germinating?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson: mean 2.4 weeds/quadrat, P(X<=1)
p11 = stats.poisson.cdf(1, 2.4)
assert abs(p11 - math.exp(-2.4) * (1 + 2.4)) < 1e-12
add(
    "Weed counts in the 0.25 m² quadrats in the untreated check plots average 2.4 seedlings per quadrat and "
    "look pretty Poisson to me. What's the chance a quadrat has at most one seedling (0 or 1)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal: yield ~ N(6.2, 0.8^2), P(Y > 7.5)
p12 = stats.norm.sf(7.5, 6.2, 0.8)
assert abs(p12 - 0.5 * math.erfc((7.5 - 6.2) / 0.8 / math.sqrt(2))) < 1e-12
add(
    "Across the regional variety trials plot yields for our check cultivar are roughly normal with mean "
    "6.2 t/ha and standard deviation 0.8 t/ha. What proportion of plots would you expect to exceed 7.5 t/ha?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prevalence 4%, sens 90%, spec 95% -> 3/7
prev, sens, spec = sp.Rational(4, 100), sp.Rational(90, 100), sp.Rational(95, 100)
post = sp.nsimplify(prev * sens / (prev * sens + (1 - prev) * (1 - spec)))
assert abs(float(post) - 0.036 / (0.036 + 0.96 * 0.05)) < 1e-12
add(
    "Seed health question. About 4% of incoming seed lots carry Fusarium. The lab's PCR test picks up 90% of "
    "infected lots and correctly clears 95% of clean lots. If a lot comes back positive, what's the "
    "probability it's actually infected?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(post),
)

# ---------------- hypothesis tests (4) ----------------
# r14 Welch two-sample t, two-sided p
a14 = np.array([5.82, 6.14, 5.47, 6.03, 5.91, 6.38, 5.66, 6.10])
b14 = np.array([5.21, 5.95, 4.88, 5.60, 6.02, 5.14, 5.47])
r14 = stats.ttest_ind(a14, b14, equal_var=False)
va, vb = a14.var(ddof=1) / len(a14), b14.var(ddof=1) / len(b14)
t14 = (a14.mean() - b14.mean()) / math.sqrt(va + vb)
df14 = (va + vb) ** 2 / (va**2 / (len(a14) - 1) + vb**2 / (len(b14) - 1))
assert abs(2 * stats.t.sf(abs(t14), df14) - r14.pvalue) < 1e-12
add(
    "Two barley lines, separate plots (not paired). Yields t/ha:\n"
    "Line A: 5.82, 6.14, 5.47, 6.03, 5.91, 6.38, 5.66, 6.10\n"
    "Line B: 5.21, 5.95, 4.88, 5.60, 6.02, 5.14, 5.47\n"
    "The spread looks different so please don't pool the variances — Welch's t-test, two-sided. What's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 paired t by block, two-sided p
new15 = np.array([62.4, 58.1, 65.0, 60.7, 57.9, 63.3])
old15 = np.array([59.8, 57.5, 61.2, 60.9, 55.0, 60.1])
r15 = stats.ttest_rel(new15, old15)
dd = new15 - old15
t15 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(t15), len(dd) - 1) - r15.pvalue) < 1e-12
add(
    "Soybean, six blocks, new variety vs our standard side by side in each block so I want them paired by "
    "block. Yields in bu/ac (new, standard):\n"
    "block 1: 62.4, 59.8\nblock 2: 58.1, 57.5\nblock 3: 65.0, 61.2\nblock 4: 60.7, 60.9\n"
    "block 5: 57.9, 55.0\nblock 6: 63.3, 60.1\n"
    "Paired t-test, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 chi-square independence 3x2 germination by seed treatment
tab16 = np.array([[172, 28], [181, 19], [160, 40]])
chi2_16, p16, dof16, exp16 = stats.chi2_contingency(tab16, correction=False)
chi_hand = ((tab16 - exp16) ** 2 / exp16).sum()
assert abs(chi_hand - chi2_16) < 1e-10 and dof16 == 2
add(
    "Germination test, 200 seeds per treatment:\n"
    "- untreated: 172 germinated, 28 didn't\n"
    "- fungicide dressing: 181 germinated, 19 didn't\n"
    "- biostimulant: 160 germinated, 40 didn't\n"
    "Is germination independent of treatment? Pearson chi-square test of independence on the 3×2 table — "
    "give me the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 two-proportion z statistic, pooled, no continuity correction
x1, n1, x2, n2 = 176, 200, 162, 200
pp = (x1 + x2) / (n1 + n2)
z17 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
chi_z = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)[0]
assert abs(z17**2 - chi_z) < 1e-9
add(
    "Field emergence counts: primed seed gave 176 emerged out of 200 sown, unprimed gave 162 out of 200. "
    "Two-proportion z-test using the pooled proportion, no continuity correction. What's the z statistic "
    "(primed minus unprimed)?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(z17),
)

# ---------------- regression (2) ----------------
# r18 slope yield vs N rate
xN = np.array([0, 40, 80, 120, 160, 200], float)
yN = np.array([3.1, 4.0, 4.6, 5.5, 5.9, 6.6])
lr18 = stats.linregress(xN, yN)
slope_hand = ((xN - xN.mean()) * (yN - yN.mean())).sum() / ((xN - xN.mean()) ** 2).sum()
assert abs(slope_hand - lr18.slope) < 1e-12
add(
    "Simple linear fit of canola yield (t/ha) on N rate (kg/ha), least squares:\n"
    "N: 0, 40, 80, 120, 160, 200\nyield: 3.1, 4.0, 4.6, 5.5, 5.9, 6.6\n"
    "What's the slope (t/ha per kg N)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 yield vs soil pH
xp = np.array([5.2, 5.5, 5.8, 6.0, 6.3, 6.5, 6.9, 7.1])
yp = np.array([2.8, 3.3, 3.1, 3.9, 4.2, 4.0, 4.6, 4.5])
lr19 = stats.linregress(xp, yp)
r2_hand = 1 - ((yp - (lr19.intercept + lr19.slope * xp)) ** 2).sum() / ((yp - yp.mean()) ** 2).sum()
assert abs(r2_hand - lr19.rvalue**2) < 1e-12
add(
    "Lucerne trial across a pH gradient. Soil pH (1:5 water) vs dry matter yield t/ha for 8 plots:\n"
    "pH: 5.2, 5.5, 5.8, 6.0, 6.3, 6.5, 6.9, 7.1\n"
    "DM: 2.8, 3.3, 3.1, 3.9, 4.2, 4.0, 4.6, 4.5\n"
    "How much of the variation does a straight-line fit explain — what's R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA p-value, 3 fertiliser treatments x 4 plots
g1 = [4.8, 5.1, 4.6, 5.0]
g2 = [5.4, 5.7, 5.2, 5.9]
g3 = [5.0, 5.3, 5.6, 5.1]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 9)
assert abs(stats.f.sf(F20, 2, 9) - r20.pvalue) < 1e-12
add(
    "Completely randomised pot trial, three P fertiliser sources, four pots each, shoot dry weight g/pot:\n"
    "TSP: 4.8, 5.1, 4.6, 5.0\nMAP: 5.4, 5.7, 5.2, 5.9\nrock phosphate: 5.0, 5.3, 5.6, 5.1\n"
    "One-way ANOVA — what's the p-value for the source effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 RCBD: 4 varieties x 3 blocks, F for varieties (additive two-way, no interaction)
Y21 = np.array([[7.2, 6.8, 7.5],   # V1 across blocks I, II, III
                [8.1, 7.6, 8.3],   # V2
                [6.9, 6.5, 7.4],   # V3
                [7.8, 7.0, 7.9]])  # V4
v, bk = Y21.shape
gm = Y21.mean()
ssv = bk * ((Y21.mean(1) - gm) ** 2).sum()
ssbk = v * ((Y21.mean(0) - gm) ** 2).sum()
sse = ((Y21 - gm) ** 2).sum() - ssv - ssbk
F21 = (ssv / (v - 1)) / (sse / ((v - 1) * (bk - 1)))
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
df21 = pd.DataFrame([(f"V{i+1}", f"B{j+1}", Y21[i, j]) for i in range(v) for j in range(bk)], columns=["var", "blk", "y"])
tab21 = anova_lm(smf.ols("y ~ C(var) + C(blk)", df21).fit())
assert abs(tab21.loc["C(var)", "F"] - F21) < 1e-9
add(
    "RCBD with 4 wheat varieties in 3 blocks, one plot per variety per block, yields t/ha (blocks I, II, III):\n"
    "V1: 7.2, 6.8, 7.5\nV2: 8.1, 7.6, 8.3\nV3: 6.9, 6.5, 7.4\nV4: 7.8, 7.0, 7.9\n"
    "Usual additive model (variety + block, no interaction since there's no within-cell replication). "
    "What's the F statistic for varieties?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design (3) ----------------
# r22 3 N rates x 4 varieties x 2 irrigation, 4 complete blocks -> 96 plots
runs22 = 3 * 4 * 2 * 4
add(
    "Planning next year's trial: 3 N rates × 4 varieties × 2 irrigation regimes, full factorial, laid out in "
    "4 blocks where each block holds one complete replicate of every combination. How many plots do I need "
    "to mark out in total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 3 factors + 3 centre points -> 15
k = 3
bb_edges = 4 * math.comb(k, 2)  # each pair of factors at ±1, others at 0
runs23 = bb_edges + 3
assert runs23 == 15
add(
    "For the greenhouse work I'm thinking of a Box-Behnken design in three factors (N, K and irrigation "
    "volume) with 3 centre points. How many runs (pots) is that?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 2^(6-2) fractional factorial + 4 centre points -> 20
runs24 = 2 ** (6 - 2) + 4
add(
    "Screening six agronomic factors (seed rate, sowing date, row spacing, N, S and a fungicide) with a "
    "2^(6−2) fractional factorial, single replicate, plus 4 centre-point plots. Total number of plots?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# r25 X-bar R chart for thousand-kernel weight, subgroups n=4, A2 = 0.729
xb25 = np.array([42.1, 41.8, 42.6, 42.3, 41.9, 42.4, 42.0, 42.2])
R25 = np.array([1.2, 0.9, 1.5, 1.1, 1.3, 0.8, 1.0, 1.4])
ucl25 = xb25.mean() + 0.729 * R25.mean()
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 4 - stats.norm.cdf(w) ** 4, -np.inf, np.inf)[0]
A2_exact = 3 / (d2 * math.sqrt(4))
assert abs((xb25.mean() + A2_exact * R25.mean()) / ucl25 - 1) < 1e-4
add(
    "Seed-processing QC: thousand-kernel weight (g), subgroups of 4 samples per shift, 8 shifts.\n"
    "subgroup means: 42.1, 41.8, 42.6, 42.3, 41.9, 42.4, 42.0, 42.2\n"
    "subgroup ranges: 1.2, 0.9, 1.5, 1.1, 1.3, 0.8, 1.0, 1.4\n"
    "X̄–R chart with the usual A2 for n = 4 (0.729): what's the UCL on the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart, 100 seeds per lot, abnormal seedlings
d26 = np.array([6, 9, 4, 7, 11, 5, 8, 6, 10, 4])
pbar = d26.sum() / (100 * len(d26))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 100)
assert abs(ucl26 - (0.07 + 3 * math.sqrt(0.07 * 0.93) / 10)) < 1e-12
add(
    "We check 100 seeds from each incoming lot for abnormal seedlings. Last 10 lots had 6, 9, 4, 7, 11, 5, 8, "
    "6, 10, 4 abnormal. Setting up a p chart (3-sigma, n = 100 each lot) — what's the upper control limit "
    "as a proportion?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk from given mean/sd: drill metering spec 48-52 kg/ha, mean 50.6, sigma 0.55
mu27, s27, LSL27, USL27 = 50.6, 0.55, 48.0, 52.0
cpk27 = min(USL27 - mu27, mu27 - LSL27) / (3 * s27)
assert abs(cpk27 - 1.4 / 1.65) < 1e-12
add(
    "Calibrating the plot seeder: target seed rate window is 48–52 kg/ha. Over the calibration runs the "
    "metered rate averaged 50.6 kg/ha with a standard deviation of 0.55 kg/ha — treat that as the process "
    "sigma. What's Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Ppk from data, sample sd n-1, bag weights spec 24.6-25.6
d28 = np.array([25.12, 25.05, 25.21, 24.98, 25.15, 25.09, 25.26, 25.02, 25.11, 25.18], float)
m28, sd28 = d28.mean(), d28.std(ddof=1)
ppk28 = min(25.6 - m28, m28 - 24.6) / (3 * sd28)
sd_hand = math.sqrt(((d28 - m28) ** 2).sum() / 9)
assert abs(sd_hand - sd28) < 1e-12
add(
    "Seed bagging line, spec 24.6 to 25.6 kg per bag. Ten bags pulled off the line weighed: 25.12, 25.05, "
    "25.21, 24.98, 25.15, 25.09, 25.26, 25.02, 25.11, 25.18 kg. Ppk please, using the overall sample "
    "standard deviation (n − 1 divisor).",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample, delta 0.4, sd 0.6, alpha .05 two-sided, power .8, z-formula -> 36
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * (0.6 / 0.4) ** 2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 2.25)
add(
    "How many plots per variety would I need to detect a 0.4 t/ha yield difference between two varieties, "
    "if the plot-to-plot SD is about 0.6 t/ha? Two-sided α = 0.05, 80% power, and just use the normal "
    "(z) approximation formula — round up.",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 80 bu/ac wheat (60 lb/bu) -> t/ha
lb, acre = sp.Rational(45359237, 10**8), sp.Rational(40468564224, 10**11)  # kg, ha
val30 = 80 * 60 * lb / acre / 1000
assert abs(float(val30) - 80 * 60 * 0.45359237 / 0.40468564224 / 1000) < 1e-12
add(
    "US collaborator reports their wheat check at 80 bu/ac. Using 60 lb per bushel for wheat, what's that in t/ha?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(val30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, agronomist running field trials writing to a statistician colleague "
    "(plots, yield t/ha and bu/ac, fertiliser rates, blocks, varieties, germination, soil pH)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
