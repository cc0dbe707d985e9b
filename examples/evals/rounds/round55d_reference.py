import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round55d"
items = []


def add(q, mode, compare, ref):
    if isinstance(ref, np.floating):
        ref = float(ref)
    elif isinstance(ref, np.integer):
        ref = int(ref)
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")
R = sp.Rational

# ---------------- calculus (4) ----------------
# r01 derivative of oxide growth x_ox(t) = sqrt(0.04 + 0.3 t) - 0.2 (um, t in h)
xox = sp.sqrt(R(4, 100) + R(3, 10) * t) - R(2, 10)
d1 = sp.simplify(sp.diff(xox, t))
assert abs(float(d1.subs(t, 2)) - (float(xox.subs(t, 2 + 1e-6)) - float(xox.subs(t, 2 - 1e-6))) / 2e-6) < 1e-6
add(
    "wet ox growth on the furnace monitor fits x_ox(t) = √(0.04 + 0.3t) − 0.2 µm, t in hrs (parabolic regime, Deal-Grove-ish). "
    "need growth rate dx_ox/dt as a fn of t",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 total etched depth = int_0^30 120 e^{-t/60} dt (loading-effect decay)
I2 = sp.integrate(120 * sp.exp(-t / 60), (t, 0, 30))
num2, _ = integrate.quad(lambda s: 120 * math.exp(-s / 60), 0, 30)
assert abs(float(I2) - num2) < 1e-8
add(
    "ER decays w/ chamber loading: ER(t) = 120·e^(−t/60) nm/min. total Δdepth removed from t=0 to t=30 min = ∫ER dt? exact form pls",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L3)) < 1e-3
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x²   -- popped out of a linearised Arrhenius ER model, exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 PM interval optimisation: C(h) = 200/h + 8h (k$ per qtr), minimise over h>0 -> h = 5
h = sp.symbols("h", positive=True)
Ccost = 200 / h + 8 * h
crit4 = [c for c in sp.solve(sp.diff(Ccost, h), h) if c > 0][0]
assert sp.diff(Ccost, h, 2).subs(h, crit4) > 0 and crit4 == sp.sqrt(R(200, 8))
add(
    "PM interval tradeoff on the etch cluster: cost C(h) = 200/h + 8h (h = wafer-kilohours between wet cleans, h > 0; "
    "1st term = PM downtime, 2nd = particle-driven yield loss). what h minimises C?",
    "calculus",
    {"rule": "expr"},
    str(crit4),
)

# ---------------- algebra (3) ----------------
# r05 Poisson yield Y = exp(-A D0): Y = 0.85, A = 0.5 cm^2 -> D0 = 2 ln(20/17)
D0s = sp.symbols("D0", positive=True)
D0 = sp.solve(sp.Eq(sp.exp(-R(1, 2) * D0s), R(85, 100)), D0s)[0]
assert abs(float(D0) - (-math.log(0.85) / 0.5)) < 1e-12
add(
    "Poisson yield model Y = e^(−A·D0). die area A = 0.5 cm², probe yield Y = 85%. back out D0 in defects/cm² (number, 4+ sig figs)",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(D0),
)
# r06 roots of 2x^2 - 5x - 3 = 0 -> {-1/2, 3}
roots6 = sp.solve(2 * x**2 - 5 * x - 3, x)
assert sorted(float(r) for r in roots6) == sorted(np.roots([2, -5, -3]).real.tolist())
add(
    "CD bias fit reduces to 2x² − 5x − 3 = 0 … solve for x, all roots (exact)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots6, key=float)],
)
# r07 slurry blend: 12 wt% and 4 wt% solids to make 200 kg at 9 wt% -> 125 kg of 12%
m = sp.symbols("m")
m7 = sp.solve(sp.Eq(R(12, 100) * m + R(4, 100) * (200 - m), R(9, 100) * 200), m)[0]
assert m7 == R(200 * (9 - 4), 12 - 4)
add(
    "CMP slurry blend: have a 12 wt% solids lot and a 4 wt% solids lot, need 200 kg total @ 9 wt% solids. "
    "how many kg of the 12% lot go in?",
    "algebra",
    {"rule": "expr"},
    str(m7),
)

# ---------------- linear algebra (2) ----------------
# r08 determinant
M8 = [[3, -1, 2], [0, 4, 1], [2, 5, -2]]
det8 = sp.Matrix(M8).det()
assert round(np.linalg.det(np.array(M8, float))) == det8
add(
    "det of the 3×3 sensitivity matrix J = [[3, −1, 2], [0, 4, 1], [2, 5, −2]] ?  (litho dose/focus/PEB cross-terms)",
    "linear_algebra",
    {"rule": "expr"},
    str(det8),
)
# r09 linear system: film stack thicknesses
a, b, c = sp.symbols("a b c")
eqs = [2 * a + b + c - 9, a + 3 * b + 2 * c - 17, 3 * a + b + 4 * c - 22]
sol9 = sp.solve(eqs, [a, b, c])
npsol = np.linalg.solve(np.array([[2, 1, 1], [1, 3, 2], [3, 1, 4]], float), np.array([9, 17, 22], float))
assert np.allclose(npsol, [float(sol9[a]), float(sol9[b]), float(sol9[c])])
add(
    "ellipsometry model for a 3-layer stack linearises to\n 2a + b + c = 9\n a + 3b + 2c = 17\n 3a + b + 4c = 22\n"
    "solve the system -- what's c?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[c]),
)

# ---------------- probability (4) ----------------
# r10 binomial: 25 dies, p = 0.04, P(X <= 1)
p10 = stats.binom.cdf(1, 25, 0.04)
assert abs(p10 - (0.96**25 + 25 * 0.04 * 0.96**24)) < 1e-12
add(
    "sampling 25 die off a wafer for X-section, each die independently has p = 0.04 of a void defect. "
    "P(at most 1 defective die)? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson: D0 = 0.12 /cm^2, A = 1.5 cm^2 -> lambda = 0.18, P(X >= 2)
lam = 0.12 * 1.5
p11 = stats.poisson.sf(1, lam)
assert abs(p11 - (1 - math.exp(-lam) * (1 + lam))) < 1e-12
add(
    "killer defects Poisson w/ D0 = 0.12 /cm², die area 1.5 cm². prob a die carries 2 or more killer defects?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal: thickness mu = 1000 A, sigma = 12 A, spec 980-1025 -> fraction out of spec
p12 = stats.norm.cdf(980, 1000, 12) + stats.norm.sf(1025, 1000, 12)
assert abs(p12 - (0.5 * math.erfc((20 / 12) / math.sqrt(2)) + 0.5 * math.erfc((25 / 12) / math.sqrt(2)))) < 1e-12
add(
    "nitride dep thk ~ N(μ = 1000 Å, σ = 12 Å). LSL = 980 Å, USL = 1025 Å. what fraction of wafers land out of spec (both tails)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prevalence 2%, sensitivity 95%, false alarm 3% -> P(real | flag)
prior, sens, fa = 0.02, 0.95, 0.03
p13 = prior * sens / (prior * sens + (1 - prior) * fa)
pr, se, f = R(2, 100), R(95, 100), R(3, 100)
assert abs(float(pr * se / (pr * se + (1 - pr) * f)) - p13) < 1e-14
add(
    "darkfield inspection: 2% of sites have a real killer defect. tool flags 95% of real ones, and false-flags 3% of clean sites. "
    "given a flag, P(real defect)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, two-sided, CD vs target 45.0 nm
cd = np.array([45.6, 45.1, 46.0, 44.8, 45.9, 45.4, 45.7, 45.2, 46.1, 45.5])
r14 = stats.ttest_1samp(cd, 45.0)
tt = (cd.mean() - 45.0) / (cd.std(ddof=1) / math.sqrt(len(cd)))
assert abs(2 * stats.t.sf(abs(tt), len(cd) - 1) - r14.pvalue) < 1e-12
add(
    "poly gate CD (nm) post-etch, 10 sites: 45.6, 45.1, 46.0, 44.8, 45.9, 45.4, 45.7, 45.2, 46.1, 45.5. "
    "target μ0 = 45.0 nm. one-sample t, two-sided -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample t, two-sided, etch rate chamber A vs B
A = np.array([312.4, 308.9, 315.2, 310.7, 309.8, 313.5])
B = np.array([305.1, 311.9, 302.6, 308.4, 300.2, 306.7, 309.5])
r15 = stats.ttest_ind(A, B, equal_var=False)
va, vb = A.var(ddof=1) / len(A), B.var(ddof=1) / len(B)
tw = (A.mean() - B.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(A) - 1) + vb**2 / (len(B) - 1))
assert abs(tw - r15.statistic) < 1e-10
add(
    "ER matching, oxide etch, nm/min.\nch A: 312.4 308.9 315.2 310.7 309.8 313.5\nch B: 305.1 311.9 302.6 308.4 300.2 306.7 309.5\n"
    "σ's clearly not equal so Welch (unpooled) t, two-sided. gimme the t statistic (A − B)",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r15.statistic),
)
assert dfw > 0
# r16 paired t: same 8 sites measured on two ellipsometers, two-sided p
t1 = np.array([1021.3, 998.7, 1005.2, 1012.9, 990.4, 1008.1, 1017.6, 1001.8])
t2 = np.array([1019.8, 997.9, 1003.1, 1012.0, 988.6, 1006.9, 1016.9, 999.7])
r16 = stats.ttest_rel(t1, t2)
dd = t1 - t2
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(tp), len(dd) - 1) - r16.pvalue) < 1e-12
add(
    "tool-to-tool match, same 8 sites on the same monitor wafer, thk in Å.\n"
    "ellips #1: 1021.3, 998.7, 1005.2, 1012.9, 990.4, 1008.1, 1017.6, 1001.8\n"
    "ellips #2: 1019.8, 997.9, 1003.1, 1012.0, 988.6, 1006.9, 1016.9, 999.7\n"
    "paired t-test on the site-by-site Δ, two-sided, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r16.pvalue),
)
# r17 chi-square test of independence 2x3: pass/fail by litho track
obs = np.array([[188, 176, 191], [12, 24, 9]])
chi2, p17, dof, exp = stats.chi2_contingency(obs, correction=False)
chi_hand = ((obs - exp) ** 2 / exp).sum()
assert abs(chi_hand - chi2) < 1e-10 and dof == 2
add(
    "bin-1 pass/fail by litho track, 200 die sampled per track:\n track 1: 188 pass / 12 fail\n track 2: 176 pass / 24 fail\n"
    " track 3: 191 pass / 9 fail\nchi-square test of independence (Pearson, 2×3 table) -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope: etch rate vs RF power
P = np.array([200, 250, 300, 350, 400, 450], float)
ER = np.array([182.0, 214.5, 243.1, 279.8, 306.2, 341.0])
lr = stats.linregress(P, ER)
slope_hand = ((P - P.mean()) * (ER - ER.mean())).sum() / ((P - P.mean()) ** 2).sum()
assert abs(slope_hand - lr.slope) < 1e-12
add(
    "RF power sweep, poly etch. P (W): 200 250 300 350 400 450 ; ER (nm/min): 182.0 214.5 243.1 279.8 306.2 341.0. "
    "OLS line ER = b0 + b1·P, what's the slope b1 (nm/min per W)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: sheet resistance vs anneal temp
T = np.array([900, 925, 950, 975, 1000, 1025, 1050], float)
Rs = np.array([48.2, 45.9, 44.1, 41.0, 39.8, 36.7, 35.5])
lr2 = stats.linregress(T, Rs)
coef = np.polyfit(T, Rs, 1)
res = Rs - np.polyval(coef, T)
r2_hand = 1 - (res**2).sum() / ((Rs - Rs.mean()) ** 2).sum()
assert abs(r2_hand - lr2.rvalue**2) < 1e-12
add(
    "RTA split: anneal T (°C) 900, 925, 950, 975, 1000, 1025, 1050 vs Rs (Ω/□) 48.2, 45.9, 44.1, 41.0, 39.8, 36.7, 35.5. "
    "simple linear fit Rs on T -- r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr2.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way: thickness by chamber
c1 = [502.1, 498.7, 500.9, 503.4, 499.6]
c2 = [505.8, 507.2, 504.1, 506.9, 508.0]
c3 = [501.5, 500.2, 503.9, 502.7, 499.8]
r20 = stats.f_oneway(c1, c2, c3)
allv = np.concatenate([c1, c2, c3])
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (c1, c2, c3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (c1, c2, c3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "PVD TiN thk (Å), 5 wafers per chamber:\nPM1: 502.1 498.7 500.9 503.4 499.6\nPM2: 505.8 507.2 504.1 506.9 508.0\n"
    "PM3: 501.5 500.2 503.9 502.7 499.8\none-way ANOVA across chambers, p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2 (gas) x 3 (pressure) x 2 reps: F for pressure
data21 = {
    ("CF4", 10): [41.2, 42.0],
    ("CF4", 20): [44.8, 45.5],
    ("CF4", 30): [47.1, 46.3],
    ("C4F8", 10): [39.5, 40.4],
    ("C4F8", 20): [43.9, 42.7],
    ("C4F8", 30): [48.8, 49.6],
}
ga = ["CF4", "C4F8"]
pb = [10, 20, 30]
Y = np.array([[data21[(g, p)] for p in pb] for g in ga])  # shape 2x3x2
nrep = 2
grand = Y.mean()
mA = Y.mean(axis=(1, 2))
mB = Y.mean(axis=(0, 2))
mAB = Y.mean(axis=2)
ssA = 3 * nrep * ((mA - grand) ** 2).sum()
ssB = 2 * nrep * ((mB - grand) ** 2).sum()
ssAB = nrep * ((mAB - mA[:, None] - mB[None, :] + grand) ** 2).sum()
ssE = ((Y - mAB[:, :, None]) ** 2).sum()
dfE = 2 * 3 * (nrep - 1)
F_B = (ssB / 2) / (ssE / dfE)
p21 = stats.f.sf(F_B, 2, dfE)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

rows = [dict(gas=g, pres=str(p), y=v) for (g, p), vs in data21.items() for v in vs]
fit = smf.ols("y ~ C(gas) * C(pres)", data=pd.DataFrame(rows)).fit()
tab = anova_lm(fit, typ=2)
assert abs(tab.loc["C(pres)", "F"] - F_B) < 1e-8 and abs(tab.loc["C(pres)", "PR(>F)"] - p21) < 1e-10
add(
    "2-way on trench depth (µm×10), gas chem × chamber pressure, 2 reps per cell:\n"
    "CF4 : 10 mT → 41.2, 42.0 | 20 mT → 44.8, 45.5 | 30 mT → 47.1, 46.3\n"
    "C4F8: 10 mT → 39.5, 40.4 | 20 mT → 43.9, 42.7 | 30 mT → 48.8, 49.6\n"
    "two-way ANOVA w/ the gas×pressure interaction in the model. F statistic for the pressure main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F_B),
)

# ---------------- design (3) ----------------
# r22 2^(6-2) fractional factorial + 4 centre points = 20
n22 = 2 ** (6 - 2) + 4
assert n22 == 20
add(
    "screening 6 etch knobs (pwr, bias, press, CF4, O2, He backside) w/ a 2^(6−2) res IV fraction, plus 4 centre pts "
    "to check curvature. total wafer runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 4 factors, full 2^4 core, 8 axial, 7 centre = 31
k = 4
n23 = 2**k + 2 * k + 7
assert n23 == 31
add(
    "RSM on CMP: 4 factors (down force, platen rpm, slurry flow, pad temp), central composite w/ full 2^4 factorial core, "
    "star pts on every axis, 7 centre runs. how many wafers total?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken 3 factors, 3 centre points = 12 + 3 = 15
n24 = 4 * math.comb(3, 2) + 3
assert n24 == 15
add(
    "Box-Behnken for 3 ALD factors (pulse time, purge time, temp), 3 centre pts. run count?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-S, n = 4, Xbarbar = 250.4 A, Sbar = 3.1 A -> UCL = Xbarbar + A3 Sbar, A3 from exact c4
n = 4
c4 = math.sqrt(2 / (n - 1)) * math.gamma(n / 2) / math.gamma((n - 1) / 2)
A3 = 3 / (c4 * math.sqrt(n))
assert abs(A3 - 1.628) < 1e-3
ucl25 = 250.4 + A3 * 3.1
add(
    "X̄-S chart on gate ox thk, 4 sites/wafer subgroups, 25 subgroups: grand mean X̄̄ = 250.4 Å, S̄ = 3.1 Å. "
    "UCL for the X̄ chart (std A3 constant)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 c chart from particle adder counts
cnt = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 5, 3, 6, 4, 5])
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(stats.poisson.mean(cbar) - cbar) < 1e-12
add(
    "particle adders >0.09 µm on bare-Si monitors, one monitor per shift, 20 shifts: "
    "4 7 3 5 6 2 8 5 4 6 3 7 5 4 6 5 3 6 4 5. c chart -- UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27 Cpk from mu, sigma
mu, sg, LSL, USL = 45.6, 0.9, 42.0, 48.0
cpk27 = min(USL - mu, mu - LSL) / (3 * sg)
assert abs(cpk27 - sp.Rational(24, 27)) < 1e-12
add(
    "contact CD: μ = 45.6 nm, σ_within = 0.9 nm, LSL/USL = 42/48 nm. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Cp with sigma_within = Rbar/d2, n = 5 subgroups, d2 from integral
nn = 5
d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** nn - (1 - stats.norm.cdf(w)) ** nn, -np.inf, np.inf)[0]
assert abs(d2 - 2.326) < 1e-3
sw = 0.42 / d2
cp28 = (3.10 - 2.50) / (6 * sw)
add(
    "Cu CMP step height, subgroups of 5 die, R̄ = 0.42 kÅ. spec LSL = 2.50 kÅ, USL = 3.10 kÅ. "
    "estimate σ_within = R̄/d2 (std d2 for n=5) and give Cp",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    cp28,
)

# ---------------- sample size (1) ----------------
# r29 two-sample means, Δ = 2 nm, σ = 3 nm, α = 0.05 two-sided, power 0.90, z formula -> per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 3**2 / 2**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 9 / 4)
add(
    "want to detect a Δ = 2 nm shift in mean CD between old vs new resist, σ = 3 nm (both), α = 0.05 two-sided, "
    "power 90%. normal-approx (z) formula, n per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 350 mTorr -> Pa (1 Torr = 101325/760 Pa)
pa = sp.Rational(350, 1000) * sp.Rational(101325, 760)
assert abs(float(pa) - 0.35 * 133.322368) < 1e-4
add(
    "etch recipe says 350 mTorr chamber pressure, the new tool UI only takes Pa. convert pls",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(pa),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, semiconductor fab yield engineer (wafer yield, defect density, film thickness, CD uniformity, etch rate)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
