import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round54d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of logistic N(t)=800/(1+15 e^{-t/2})
N = 800 / (1 + 15 * sp.exp(-t / 2))
dN = sp.simplify(sp.diff(N, t))
# cross-check: logistic ODE dN/dt = r N (1 - N/K) with r=1/2, K=800
assert sp.simplify(dN - sp.Rational(1, 2) * N * (1 - N / 800)) == 0
add(
    "ok so I fitted a logistic curve to my Daphnia counts in the mesocosm tanks and got "
    "$N(t) = \\frac{800}{1 + 15e^{-t/2}}$ with t in days. My advisor wants the instantaneous growth rate "
    "dN/dt written out as a function of t (not evaluated at any particular day). can you differentiate it for me?",
    "calculus",
    {"rule": "expr"},
    str(dN),
)
# r02 definite integral of ET(t)=4 sin(pi t/12) from 0 to 12 -> 96/pi
ET = sp.integrate(4 * sp.sin(sp.pi * t / 12), (t, 0, 12))
assert abs(float(ET) - 96 / math.pi) < 1e-12
add(
    "For the lysimeter plots I'm modelling daytime evapotranspiration as E(t) = 4·sin(πt/12) mm/h, where t is hours "
    "since sunrise and the day is 12 h long. Total daily ET is then \\int_0^{12} E(t)\\,dt — what's that exactly "
    "(in mm, leave π in it)?",
    "calculus",
    {"rule": "expr"},
    str(ET),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float((math.exp(2e-4) - 1 - 2e-4) / 1e-8) - 2) < 1e-3
add(
    "Checking a second-order approximation in my population growth notes. What is "
    "lim_{x→0} (e^{2x} − 1 − 2x)/x² ? exact value please",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 argmax of B(t)=50 t e^{-t/8} -> t=8
B = 50 * t * sp.exp(-t / 8)
crit = sp.solve(sp.diff(B, t), t)
assert len(crit) == 1 and sp.diff(B, t, 2).subs(t, crit[0]) < 0
add(
    "The aboveground biomass in my clipped grassland plots after a disturbance follows roughly "
    "B(t) = 50·t·e^(−t/8) g/m², t in days since clipping. At what day t does biomass peak? "
    "(I need the t value, not the max biomass)",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 240*0.94^t = 150 -> t = ln(150/240)/ln(0.94)
tt = sp.symbols("t", positive=True)
sol = sp.solve(sp.Eq(240 * sp.Rational(94, 100) ** tt, 150), tt)
t5 = float(sol[0])
assert abs(t5 - math.log(150 / 240) / math.log(0.94)) < 1e-10
add(
    "Our salamander population in the study pond was estimated at 240 adults and seems to be declining by a "
    "steady 6% per year (so N = 240·0.94^t). Solve for t when N hits 150 — I want the exact continuous t in years "
    "from the equation, not rounded to a whole year.",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    t5,
)
# r06 rectangular exclosure w(w+4)=96 -> w=8
w = sp.symbols("w", positive=True)
sw = sp.solve(sp.Eq(w * (w + 4), 96), w)
assert sw == [8]
add(
    "building a rectangular deer exclosure: the long side has to be 4 m longer than the short side because of the "
    "slope, and I have permission for exactly 96 m² of enclosed area. How wide (short side, in m) should it be?",
    "algebra",
    {"rule": "expr"},
    str(sw[0]),
)
# r07 mixture 0.45p + 0.06(30-p) = 0.18*30 -> p=120/13
p = sp.symbols("p")
sp7 = sp.solve(sp.Eq(sp.Rational(45, 100) * p + sp.Rational(6, 100) * (30 - p), sp.Rational(18, 100) * 30), p)[0]
assert abs(float(sp7) - (0.18 * 30 - 0.06 * 30) / (0.45 - 0.06)) < 1e-12
add(
    "For the pot experiment I need 30 L of growing substrate at 18% organic matter (by volume). I only have a peat "
    "compost that's 45% OM and a sandy loam that's 6% OM. How many litres of the peat compost go into the mix?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sp7),
)

# ---------------- linear algebra (2) ----------------
# r08 dominant eigenvalue of Leslie matrix
Lm = np.array([[0, 1.2, 3.0], [0.45, 0, 0], [0, 0.6, 0]])
lam = max(np.linalg.eigvals(Lm), key=lambda z: abs(z))
lam = float(np.real(lam))
lm = sp.symbols("lm")
roots = sp.Poly(lm**3 - sp.Rational(54, 100) * lm - sp.Rational(81, 100), lm).nroots()
lam_s = max(float(sp.re(r)) for r in roots if abs(sp.im(r)) < 1e-12)
assert abs(lam - lam_s) < 1e-10
add(
    "3-stage Leslie matrix for the perennial herb I census (seedling, juvenile, adult):\n"
    "L = [[0, 1.2, 3.0], [0.45, 0, 0], [0, 0.6, 0]]\n"
    "What's the dominant eigenvalue λ₁ (asymptotic population growth rate)?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-4},
    lam,
)
# r09 isotope mixing model 3x3 system -> b = 1/2
A9 = sp.Matrix([[-28, -20, -12], [4, 8, 10], [1, 1, 1]])
b9 = sp.Matrix([sp.Rational(-208, 10), sp.Rational(72, 10), 1])
s9 = A9.LUsolve(b9)
assert A9.det() == -16
s9b = np.linalg.solve(np.array(A9.tolist(), float), np.array(b9.tolist(), float).ravel())
assert abs(s9b[1] - float(s9[1])) < 1e-12
add(
    "Simple linear mixing model for a consumer's diet, 3 sources (C3 plants, C4 grasses, aquatic inverts) with "
    "fractions a, b, c that sum to 1:\n"
    "δ13C: −28a − 20b − 12c = −20.8\n"
    "δ15N: 4a + 8b + 10c = 7.2\n"
    "a + b + c = 1\n"
    "solve the system — what is b, the C4 grass fraction?",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[1]),
)

# ---------------- probability (4) ----------------
# r10 binomial P(X>=12), n=15, p=0.65
p10 = float(stats.binom.sf(11, 15, 0.65))
assert abs(p10 - sum(math.comb(15, k) * 0.65**k * 0.35 ** (15 - k) for k in range(12, 16))) < 1e-12
add(
    "Germination trials: from the lab runs each Echinacea seed germinates independently with probability 0.65. If I "
    "sow 15 seeds in a tray, what's the probability that at least 12 of them germinate? (exact binomial please)",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson mean 1.8, P(X>=3)
p11 = float(stats.poisson.sf(2, 1.8))
assert abs(p11 - (1 - math.exp(-1.8) * (1 + 1.8 + 1.8**2 / 2))) < 1e-12
add(
    "ground-nesting bee nests in my 1 m² quadrats look pretty Poisson, mean 1.8 nests per quadrat. "
    "What's P(a quadrat has 3 or more nests)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 exponential waiting time, mean 6.5 min, P(T>10)
p12 = float(stats.expon.sf(10, scale=6.5))
assert abs(p12 - math.exp(-10 / 6.5)) < 1e-14
add(
    "During pollinator watches the time between hummingbird visits to a single Salvia flower is roughly exponential "
    "with a mean of 6.5 minutes. If I start a 10-minute watch right after a visit, what's the probability I see "
    "no visit during the whole 10 minutes?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes: camera trap classifier
prior, sens, fpr = 0.02, 0.94, 0.03
p13 = sens * prior / (sens * prior + fpr * (1 - prior))
num = sp.Rational(94, 100) * sp.Rational(2, 100)
p13s = num / (num + sp.Rational(3, 100) * sp.Rational(98, 100))
assert abs(float(p13s) - p13) < 1e-14
add(
    "We run an image classifier over our camera-trap photos. When a lynx really is in the frame it flags 'lynx' 94% "
    "of the time; on photos with no lynx it still (wrongly) flags 'lynx' 3% of the time. About 2% of all our photos "
    "actually contain a lynx. Given a photo is flagged, what's the probability it really has a lynx in it?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# ---------------- hypothesis tests (4) ----------------
# r14 Welch two-sample t, two-sided
g = np.array([12.4, 10.8, 14.1, 11.5, 9.7, 13.2, 12.0, 10.9])
u = np.array([15.3, 18.2, 13.9, 16.7, 19.4, 14.8, 17.1])
r14 = stats.ttest_ind(g, u, equal_var=False)
v1, v2 = g.var(ddof=1) / len(g), u.var(ddof=1) / len(u)
tw = (g.mean() - u.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(g) - 1) + v2**2 / (len(u) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r14.pvalue) < 1e-12
add(
    "Grazing exclusion question: max vegetative height (cm) of Festuca in grazed plots: 12.4, 10.8, 14.1, 11.5, 9.7, "
    "13.2, 12.0, 10.9 and in fenced ungrazed plots: 15.3, 18.2, 13.9, 16.7, 19.4, 14.8, 17.1. The variances look "
    "different so I don't want to assume equal variances (Welch). Two-sided p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 paired t, two-sided
bef = np.array([18.2, 21.5, 16.9, 19.8, 22.4, 17.6, 20.1, 18.9])
aft = np.array([21.0, 23.9, 16.2, 22.5, 24.0, 19.9, 20.4, 21.7])
r15 = stats.ttest_rel(aft, bef)
dd = aft - bef
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(tp), len(dd) - 1) - r15.pvalue) < 1e-12
add(
    "Soil moisture (% vol, TDR probe) at the same 8 permanent plots, measured before and 24 h after a 15 mm rain "
    "event.\nbefore: 18.2, 21.5, 16.9, 19.8, 22.4, 17.6, 20.1, 18.9\nafter:  21.0, 23.9, 16.2, 22.5, 24.0, 19.9, "
    "20.4, 21.7\nplots are paired obviously (same probe location). paired t-test, two-sided — what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 chi-square test of independence 2x3, statistic
obs = np.array([[34, 22, 9], [16, 28, 41]])
chi2, p16, dof16, exp16 = stats.chi2_contingency(obs, correction=False)
chi_hand = float(((obs - exp16) ** 2 / exp16).sum())
assert abs(chi_hand - chi2) < 1e-10 and dof16 == 2
add(
    "Presence/absence of a ground beetle across habitat types, 50 pitfall stations per habitat:\n"
    "            meadow  edge  forest\n"
    "present       34     22     9\n"
    "absent        16     28    41\n"
    "Is occurrence independent of habitat? give me the Pearson chi-square statistic (χ² test of independence).",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)
# r17 two-proportion z test, pooled, no continuity correction, two-sided
x1, n1, x2, n2 = 41, 60, 29, 58
pp = (x1 + x2) / (n1 + n2)
z17 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p17 = 2 * stats.norm.sf(abs(z17))
# cross-check: 2x2 chi-square without Yates equals z^2
c17, pc17, _, _ = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(c17 - z17**2) < 1e-10 and abs(pc17 - p17) < 1e-12
add(
    "Oak seedling survival after one year: at the north-facing site 41 of 60 tagged seedlings survived, at the "
    "south-facing site 29 of 58. Two-proportion z-test with the pooled proportion, two-sided, no continuity "
    "correction — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope
xs = np.array([12, 15, 18, 21, 24, 27, 30], float)
ys = np.array([0.42, 0.51, 0.63, 0.66, 0.80, 0.85, 0.97])
lr18 = stats.linregress(xs, ys)
sl = ((xs - xs.mean()) * (ys - ys.mean())).sum() / ((xs - xs.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12
add(
    "Relative growth rate of the transplanted Plantago vs mean soil moisture over the season:\n"
    "soil moisture (%): 12, 15, 18, 21, 24, 27, 30\n"
    "RGR (mm/day):      0.42, 0.51, 0.63, 0.66, 0.80, 0.85, 0.97\n"
    "simple OLS of RGR on moisture — what's the slope (mm/day per % moisture)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r-squared
el = np.array([850, 920, 1010, 1100, 1180, 1260, 1350, 1440], float)
ri = np.array([31, 29, 30, 25, 24, 22, 19, 18], float)
lr19 = stats.linregress(el, ri)
r2 = lr19.rvalue**2
res = ri - (lr19.intercept + lr19.slope * el)
assert abs(r2 - (1 - (res**2).sum() / ((ri - ri.mean()) ** 2).sum())) < 1e-12
add(
    "plant species richness along my elevation transect, one 10×10 m plot per stop:\n"
    "elevation (m): 850, 920, 1010, 1100, 1180, 1260, 1350, 1440\n"
    "richness:       31,  29,   30,   25,   24,   22,   19,   18\n"
    "fit richness = b0 + b1·elevation by least squares. What's the R² of that fit?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA p-value
gr = [14, 17, 15, 19, 16]
sh = [12, 11, 15, 13, 10]
wo = [18, 21, 17, 20, 22]
f20, p20 = stats.f_oneway(gr, sh, wo)
allv = np.array(gr + sh + wo, float)
gm = allv.mean()
ssb = sum(len(gg) * (np.mean(gg) - gm) ** 2 for gg in (gr, sh, wo))
ssw = sum(((np.array(gg) - np.mean(gg)) ** 2).sum() for gg in (gr, sh, wo))
fh = (ssb / 2) / (ssw / 12)
assert abs(fh - f20) < 1e-10 and abs(stats.f.sf(fh, 2, 12) - p20) < 1e-12
add(
    "Species richness per 1 m² quadrat in three habitat types (5 quadrats each):\n"
    "grassland: 14, 17, 15, 19, 16\nshrubland: 12, 11, 15, 13, 10\nwoodland: 18, 21, 17, 20, 22\n"
    "one-way ANOVA, does mean richness differ among habitats? I need the p-value for the F test.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p20),
)
# r21 two-way ANOVA with replication, interaction p-value
cells = {
    (0, 0): [21, 24, 19],
    (0, 1): [30, 27, 33],
    (1, 0): [26, 29, 25],
    (1, 1): [45, 41, 48],
}
Y = np.array([[cells[(i, j)] for j in range(2)] for i in range(2)], float)  # a x b x r
a_, b_, r_ = Y.shape
gmean = Y.mean()
mA = Y.mean(axis=(1, 2))
mB = Y.mean(axis=(0, 2))
mAB = Y.mean(axis=2)
ssA = b_ * r_ * ((mA - gmean) ** 2).sum()
ssB = a_ * r_ * ((mB - gmean) ** 2).sum()
ssAB = r_ * ((mAB - mA[:, None] - mB[None, :] + gmean) ** 2).sum()
ssE = ((Y - mAB[:, :, None]) ** 2).sum()
dfE = a_ * b_ * (r_ - 1)
fAB = (ssAB / ((a_ - 1) * (b_ - 1))) / (ssE / dfE)
p21 = float(stats.f.sf(fAB, (a_ - 1) * (b_ - 1), dfE))
try:
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm

    rows = [dict(N=i, W=j, y=v) for (i, j), vs in cells.items() for v in vs]
    df = pd.DataFrame(rows)
    tab = anova_lm(smf.ols("y ~ C(N)*C(W)", df).fit(), typ=2)
    assert abs(tab.loc["C(N):C(W)", "PR(>F)"] - p21) < 1e-10
except ImportError:
    pass
add(
    "2×2 factorial in the greenhouse, nitrogen addition (none / +N) crossed with watering (low / high), 3 pots per "
    "combination, response = shoot biomass (g):\n"
    "none, low:  21, 24, 19\nnone, high: 30, 27, 33\n+N, low:    26, 29, 25\n+N, high:   45, 41, 48\n"
    "two-way ANOVA with interaction (both factors fixed). What's the p-value for the N × water interaction term?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    p21,
)

# ---------------- design (3) ----------------
# r22 full factorial 3x2x2 with 4 complete-replicate blocks -> 48
runs22 = 3 * 2 * 2 * 4
assert runs22 == len([(a, b, c, d) for a in range(3) for b in range(2) for c in range(2) for d in range(4)])
add(
    "Planning next summer's field experiment: nitrogen at 3 levels (0, 50, 100 kg/ha), watering at 2 levels, and "
    "shade cloth yes/no, full factorial. I'll lay it out in 4 blocks along the slope, each block being one complete "
    "replicate of every treatment combination. How many plots do I need in total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 rotatable CCD, 3 factors, 6 center points -> 20
k = 3
runs23 = 2**k + 2 * k + 6
assert runs23 == 20
add(
    "for a growth-chamber response surface study on seedling growth I want a central composite design in 3 factors "
    "(temperature, photoperiod, soil moisture): full 2³ factorial portion, the usual axial/star points, and 6 "
    "centre-point replicates. total number of chamber runs?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 two separate 5x5 Latin squares -> 50
runs24 = 2 * 5 * 5
add(
    "We're comparing 5 cover-crop mixes and the field has gradients in both directions (moisture one way, soil depth "
    "the other), so a 5×5 Latin square makes sense. We're putting one complete Latin square at each of two separate "
    "farms. How many plots total across both farms?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# r25 c chart UCL
cc = np.array([7, 4, 9, 6, 5, 8, 3, 6, 7, 10, 5, 6, 4, 8, 7])
cbar = cc.mean()
ucl25 = cbar + 3 * math.sqrt(cbar)
assert abs(cbar - 95 / 15) < 1e-12
add(
    "Monitoring invasive garlic mustard: we count rosettes along the same fixed 50 m transect each survey. Counts "
    "over the last 15 surveys: 7, 4, 9, 6, 5, 8, 3, 6, 7, 10, 5, 6, 4, 8, 7. Treating it like a c chart (Poisson "
    "counts, constant area), what's the upper control limit, \\bar{c} + 3\\sqrt{\\bar{c}}?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 I-MR individuals chart UCL = xbar + 2.66 MRbar
im = np.array([22.1, 23.4, 21.8, 22.9, 24.0, 23.1, 22.5, 21.6, 23.8, 22.7, 23.3, 22.0])
mr = np.abs(np.diff(im))
ucl26 = im.mean() + 2.66 * mr.mean()
d2 = 1.128
assert abs(ucl26 - (im.mean() + 3 * mr.mean() / d2)) < 0.01
add(
    "Weekly soil moisture readings (% vol) from the reference probe at our control site, in time order: "
    "22.1, 23.4, 21.8, 22.9, 24.0, 23.1, 22.5, 21.6, 23.8, 22.7, 23.3, 22.0. I want an individuals & moving range "
    "(I-MR) chart with moving ranges of 2 consecutive points. What's the UCL of the individuals (I) chart, using "
    "x̄ + 2.66·MR̄?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk from given mean and sd
LSL, USL, mu, sg = 1.8, 2.2, 2.04, 0.05
cpk27 = min(USL - mu, mu - LSL) / (3 * sg)
cpk27s = sp.Min(sp.Rational(22, 10) - sp.Rational(204, 100), sp.Rational(204, 100) - sp.Rational(18, 10)) / (
    3 * sp.Rational(5, 100)
)
assert abs(float(cpk27s) - cpk27) < 1e-12
add(
    "Our greenhouse drip emitters are supposed to deliver between 1.8 and 2.2 L/h. The irrigation tech measured a "
    "big batch and says the flow is stable with mean 2.04 L/h and standard deviation 0.05 L/h (within-batch σ). "
    "What's the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Ppk from data, sample sd (n-1)
dia = np.array([99.2, 100.8, 101.5, 98.9, 100.3, 102.1, 99.7, 100.9, 101.2, 100.0, 99.5, 101.8])
m28, s28 = dia.mean(), dia.std(ddof=1)
ppk28 = min(105 - m28, m28 - 95) / (3 * s28)
assert abs(s28 - math.sqrt(((dia - m28) ** 2).sum() / (len(dia) - 1))) < 1e-12
add(
    "We 3D-print our own pitfall trap cups and the lids only fit if the rim diameter is between 95 and 105 mm. "
    "Twelve cups from the last print run (mm): 99.2, 100.8, 101.5, 98.9, 100.3, 102.1, 99.7, 100.9, 101.2, 100.0, "
    "99.5, 101.8. What's the Ppk, using the overall sample standard deviation (n−1 denominator)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 n for a mean: n = ceil((z*sigma/E)^2), z two-sided 95%
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 4.2 / 1.5) ** 2)
assert n29 == math.ceil((1.96 * 4.2 / 1.5) ** 2)
add(
    "How many soil cores do I need to estimate mean volumetric soil moisture across the watershed to within ±1.5 "
    "percentage points with 95% confidence? From a pilot survey the SD was about 4.2 percentage points. Just use "
    "the normal (z) formula, treating σ as known.",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 2.5 ha -> acres (international acre = 4046.8564224 m^2)
acres = 2.5 * 10000 / 4046.8564224
assert abs(acres - 2.5 * 2.4710538146716532) < 1e-9
add(
    "the reserve management plan lists our study area as 2.5 hectares but the landowner's paperwork is all in acres. "
    "what's 2.5 ha in acres?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(acres),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, ecology PhD student doing field surveys "
    "(species counts, plot quadrats, growth rates, soil moisture)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
