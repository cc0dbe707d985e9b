import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round47a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of pumpdown curve P(t) = 760 e^{-t/12} + 5 (mTorr) -> -(190/3) e^{-t/12}
P = 760 * sp.exp(-t / 12) + 5
dP = sp.simplify(sp.diff(P, t))
assert sp.simplify(dP + sp.Rational(190, 3) * sp.exp(-t / 12)) == 0
add(
    "TKT-4471 pumpdown on PM2 fits P(t) = 760·e^(−t/12) + 5 mTorr, t in s after roughing valve opens. "
    "need dP/dt as fn of t for the rate-of-rise check, exact pls",
    "calculus",
    {"rule": "expr"},
    str(dP),
)
# r02 etch depth = int_0^4 (240 - 6 t^2) dt = 832 nm
ER = 240 - 6 * t**2
depth = sp.integrate(ER, (t, 0, 4))
assert abs(float(depth) - integrate.quad(lambda s: 240 - 6 * s**2, 0, 4)[0]) < 1e-9
add(
    "ER drifts down thru the step as the wall loads up: ER(t) = 240 − 6t² nm/min, t in min. step is 4 min. "
    "total depth etched = ∫ER dt from 0→4, in nm?",
    "calculus",
    {"rule": "expr"},
    str(depth),
)
# r03 limit (e^{2t}-1-2t)/t^2 -> 2
L = sp.limit((sp.exp(2 * t) - 1 - 2 * t) / t**2, t, 0)
assert abs(float(L) - float(((sp.exp(2 * t) - 1 - 2 * t) / t**2).subs(t, sp.Rational(1, 10**6)).evalf(30))) < 1e-5
add(
    "matcher loop model, need lim t→0 of (e^(2t) − 1 − 2t)/t²  ... exact value",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 minimise U(p) = 0.5 p + 72/p over p>0 -> p = 12
p = sp.symbols("p", positive=True)
U = p / 2 + 72 / p
crit = [c for c in sp.solve(sp.diff(U, p), p) if c > 0][0]
assert sp.diff(U, p, 2).subs(p, crit) > 0
grid = np.linspace(1, 40, 39001)
assert abs(grid[np.argmin(grid / 2 + 72 / grid)] - float(crit)) < 1e-3
add(
    "WIU non-uniformity vs chamber pressure fit: U(p) = 0.5p + 72/p (%), p in mTorr, p>0. "
    "what pressure p minimizes U? going to set recipe there",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra (3) ----------------
# r05 2x^2 - 3x - 2 = 0 -> {-1/2, 2}
sols = sp.solve(2 * x**2 - 3 * x - 2, x)
assert sorted(float(s) for s in sols) == sorted(np.roots([2, -3, -2]).real.tolist())
add(
    "leak model boiled down to 2x² − 3x − 2 = 0, solve for x (all roots, i'll throw out the nonphysical one myself)",
    "algebra",
    {"rule": "set"},
    sorted([str(s) for s in sols], key=lambda s: float(sp.sympify(s))),
)
# r06 45a + 30b = 600, a + b = 16 -> a = 8
a, b = sp.symbols("a b")
sol = sp.solve([45 * a + 30 * b - 600, a + b - 16], [a, b])
assert np.allclose(np.linalg.solve([[45, 30], [1, 1]], [600, 16]), [float(sol[a]), float(sol[b])])
add(
    "tool ran two recipes back to back over a 16 h window, recipe A @ 45 wph, recipe B @ 30 wph, "
    "600 wafers out total, no idle. how many hrs were on recipe A?",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)
# r07 blend 5% and 20% CF4-in-Ar to 500 sccm @ 12% -> 20% line flow = 700/3 sccm
y = sp.symbols("y")
fl = sp.solve(sp.Eq(sp.Rational(5, 100) * (500 - y) + sp.Rational(20, 100) * y, sp.Rational(12, 100) * 500), y)[0]
assert abs(float(fl) - (60 - 25) / 0.15) < 1e-9
add(
    "gas box has two premix bottles, 5% CF4 in Ar and 20% CF4 in Ar. want 500 sccm total @ 12% CF4. "
    "what flow (sccm) on the 20% MFC? exact, don't round",
    "algebra",
    {"rule": "expr"},
    str(fl),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues [[5,2],[2,2]] -> {1, 6}
M = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(M.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "coupling matrix for the 2-zone ESC heater: [[5, 2], [2, 2]]. eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 3x3 system, ask z
A = sp.Matrix([[1, 1, 1], [2, -1, 1], [1, 2, -1]])
rhs = sp.Matrix([200, 110, 110])
s = A.LUsolve(rhs)
assert np.allclose(np.linalg.solve(np.array(A.tolist(), float), np.array(rhs.tolist(), float).ravel()), [float(v) for v in s])
add(
    "3 MFCs (x, y, z sccm), got these from the ROR cal:\n"
    "x + y + z = 200\n2x − y + z = 110\nx + 2y − z = 110\nwhat's z?",
    "linear_algebra",
    {"rule": "expr"},
    str(s[2]),
)

# ---------------- probability (4) ----------------
# r10 binomial P(X>=2), n=25, p=0.04
pb = 1 - stats.binom.cdf(1, 25, 0.04)
pb2 = 1 - sum(math.comb(25, k) * 0.04**k * 0.96 ** (25 - k) for k in range(2))
assert abs(pb - pb2) < 1e-12
add(
    "lot of 25 wafers, each wafer independently has 4% chance of failing the post-clean particle spec. "
    "P(2 or more wafers fail) in the lot? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pb),
)
# r11 normal: ER ~ N(452, 6^2), P(440 < ER < 460)
pn = stats.norm.cdf(460, 452, 6) - stats.norm.cdf(440, 452, 6)
pn2 = 0.5 * (math.erf((460 - 452) / (6 * math.sqrt(2))) - math.erf((440 - 452) / (6 * math.sqrt(2))))
assert abs(pn - pn2) < 1e-12
add(
    "oxide ER on ch B ~ normal, mean 452 nm/min, σ = 6 nm/min. spec window 440–460. "
    "what fraction of runs land inside spec?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pn),
)
# r12 exponential: MTBF 400 h, P(no failure in 168 h)
pe = math.exp(-168 / 400)
assert abs(pe - stats.expon.sf(168, scale=400)) < 1e-12
add(
    "RF gen MTBF ~400 h, assume exponential (constant failure rate). "
    "prob it runs a full 168 h week w/o a fault?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pe,
)
# r13 Bayes: prev 2%, sens 95%, FA 3% -> P(contam | alarm)
prior, sens, fa = 0.02, 0.95, 0.03
post = prior * sens / (prior * sens + (1 - prior) * fa)
post2 = float(sp.Rational(2, 100) * sp.Rational(95, 100) / (sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(3, 100)))
assert abs(post - post2) < 1e-12
add(
    "in-situ particle monitor: ~2% of wafers actually get contaminated. monitor alarms on 95% of contaminated wafers, "
    "false alarms on 3% of clean ones. given an alarm, P(wafer really contaminated)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    post,
)

# ---------------- hypothesis tests (4) ----------------
# r14 paired t, two-sided: ER pre/post PM on same 7 monitor wafers
pre = np.array([448.2, 451.5, 446.9, 450.3, 449.1, 452.0, 447.6])
post_ = np.array([452.9, 454.1, 449.8, 455.6, 451.2, 456.3, 450.4])
r = stats.ttest_rel(post_, pre)
dd = post_ - pre
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - r.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - r.pvalue) < 1e-12
add(
    "TKT-5120 ER shift after wet clean PM? same 7 monitor wafer slots measured before and after (nm/min):\n"
    "slot | pre   | post\n 1   | 448.2 | 452.9\n 2   | 451.5 | 454.1\n 3   | 446.9 | 449.8\n 4   | 450.3 | 455.6\n"
    " 5   | 449.1 | 451.2\n 6   | 452.0 | 456.3\n 7   | 447.6 | 450.4\n"
    "paired t, two sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)
# r15 Welch two-sample t, two-sided
chA = np.array([31.2, 29.8, 30.5, 32.1, 30.9, 31.6, 30.2, 31.8])
chB = np.array([29.4, 30.1, 28.7, 31.5, 28.2, 30.8, 29.0])
r = stats.ttest_ind(chA, chB, equal_var=False)
va, vb = chA.var(ddof=1) / len(chA), chB.var(ddof=1) / len(chB)
tw = (chA.mean() - chB.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(chA) - 1) + vb**2 / (len(chB) - 1))
assert abs(tw - r.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tw), dfw) - r.pvalue) < 1e-12
add(
    "particle adders >0.045µm per wafer, ch A vs ch B (same recipe):\n"
    "A: 31.2 29.8 30.5 32.1 30.9 31.6 30.2 31.8\nB: 29.4 30.1 28.7 31.5 28.2 30.8 29.0\n"
    "diff in means? don't assume equal variances (Welch), 2-sided p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)
# r16 chi-square test of independence, 2x3 table -> statistic
tab = np.array([[14, 22, 9], [186, 178, 191]])
chi2, pchi, dof, exp_ = stats.chi2_contingency(tab, correction=False)
exp2 = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - exp2) ** 2 / exp2).sum() - chi2) < 1e-10
add(
    "particle fail vs chamber, last 200 wafers each:\n"
    "        PM1  PM2  PM3\nfail     14   22    9\npass    186  178  191\n"
    "chi-square test of independence, what's the χ² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)
# r17 two-proportion z, pooled, two-sided, no continuity correction
x1, n1, x2, n2 = 27, 450, 12, 480
pp = (x1 + x2) / (n1 + n2)
z = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
chi2b, pchib, _, _ = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(z**2 - chi2b) < 1e-9 and abs(pz - pchib) < 1e-12
add(
    "scrap rate before the new edge ring: 27 bad out of 450 wafers. after swap: 12 out of 480. "
    "2-prop z test w/ pooled p, two sided, no continuity correction -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)

# ---------------- regression (2) ----------------
# r18 slope: ER vs RF power
rf = np.array([300, 400, 500, 600, 700, 800], float)
er = np.array([182.0, 231.5, 276.8, 330.2, 371.9, 425.4])
lr = stats.linregress(rf, er)
slope2 = np.polyfit(rf, er, 1)[0]
assert abs(lr.slope - slope2) < 1e-10
add(
    "RF power sweep on PM3, poly ER:\nRF (W) | ER (nm/min)\n300 | 182.0\n400 | 231.5\n500 | 276.8\n600 | 330.2\n"
    "700 | 371.9\n800 | 425.4\nleast squares line, slope in nm/min per W?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: particle count vs RF hours since wet clean
hrs = np.array([20, 60, 110, 150, 210, 260, 310, 355], float)
pc = np.array([12, 15, 14, 22, 25, 24, 33, 31], float)
lr2 = stats.linregress(hrs, pc)
r2 = lr2.rvalue**2
ss_res = ((pc - np.polyval(np.polyfit(hrs, pc, 1), hrs)) ** 2).sum()
assert abs(r2 - (1 - ss_res / ((pc - pc.mean()) ** 2).sum())) < 1e-12
add(
    "adders vs RF-hrs since last wet clean:\nRF hrs: 20, 60, 110, 150, 210, 260, 310, 355\n"
    "adders: 12, 15, 14, 22, 25, 24, 33, 31\nlinear fit, what's R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA across 3 chambers -> p_value
g1 = [98.2, 99.1, 97.8, 98.9, 98.5]
g2 = [99.4, 100.2, 99.8, 100.6, 99.9]
g3 = [98.7, 99.3, 98.1, 99.0, 98.8]
fo = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F = (ssb / 2) / (ssw / 12)
assert abs(F - fo.statistic) < 1e-9 and abs(stats.f.sf(F, 2, 12) - fo.pvalue) < 1e-12
add(
    "film thickness (nm) on 3 dep chambers, 5 wafers each:\nCH1: 98.2 99.1 97.8 98.9 98.5\n"
    "CH2: 99.4 100.2 99.8 100.6 99.9\nCH3: 98.7 99.3 98.1 99.0 98.8\none-way ANOVA, p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fo.pvalue),
)
# r21 two-way ANOVA with replication (pressure 2 lvls x RF 3 lvls, 2 reps), interaction in model -> F for RF
data = {
    ("20", "400"): [210.4, 212.1],
    ("20", "600"): [265.3, 262.8],
    ("20", "800"): [318.0, 321.6],
    ("40", "400"): [221.7, 219.5],
    ("40", "600"): [270.9, 274.2],
    ("40", "800"): [335.8, 331.1],
}
Plv, Rlv = ["20", "40"], ["400", "600", "800"]
Y = np.array([[data[(pi, ri)] for ri in Rlv] for pi in Plv])  # shape (a=2, b=3, n=2)
aa, bb, nn = Y.shape
gm = Y.mean()
ssA = bb * nn * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = aa * nn * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = nn * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cell[:, :, None]) ** 2).sum()
dfE = aa * bb * (nn - 1)
FB = (ssB / (bb - 1)) / (ssE / dfE)
pB = stats.f.sf(FB, bb - 1, dfE)
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

rows = [dict(P=k[0], R=k[1], y=v) for k, vs in data.items() for v in vs]
fit = smf.ols("y ~ C(P) * C(R)", data=pd.DataFrame(rows)).fit()
at = sm.stats.anova_lm(fit, typ=2)
assert abs(at.loc["C(R)", "F"] - FB) / FB < 1e-9
add(
    "2-way DOE on oxide etch, pressure (mTorr) × RF (W), 2 reps per cell, ER nm/min:\n"
    "         400W          600W          800W\n20mT   210.4, 212.1  265.3, 262.8  318.0, 321.6\n"
    "40mT   221.7, 219.5  270.9, 274.2  335.8, 331.1\n"
    "two-way ANOVA w/ interaction term in the model. F statistic for the RF power main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(FB),
)

# ---------------- design (3) ----------------
# r22 2^3 full factorial x 3 replicates + 4 centre points = 28
runs22 = 2**3 * 3 + 4
add(
    "planning a DOE on the PVD chamber: 3 factors (DC power, Ar flow, heater temp) @ 2 levels, full factorial, "
    "3 replicates of the corner runs plus 4 center points total. how many runs do I book tool time for?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 4 factors + 3 centre points = 24 + 3 = 27
k = 4
bb_edges = 4 * math.comb(k, 2)  # each pair of factors at +/-1 (4 combos), others at 0
runs23 = bb_edges + 3
assert bb_edges == 24
add(
    "RSM on CMP: 4 factors (down force, platen rpm, slurry flow, pad temp), Box-Behnken w/ 3 center pts. total run count?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 2^(5-1) half fraction + 3 centre points = 19
runs24 = 2 ** (5 - 1) + 3
add(
    "screening 5 factors on the etch recipe, 2^(5−1) half fraction (res V) + 3 center points. # of runs?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL, n=5: Xbarbar=452.3, Rbar=7.8, A2=0.577
n_sub = 5
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** n_sub - stats.norm.cdf(w) ** n_sub, -np.inf, np.inf)[0]
A2_calc = 3 / (d2 * math.sqrt(n_sub))
A2 = 0.577
assert abs(A2_calc - A2) < 5e-4
ucl25 = 452.3 + A2 * 7.8
add(
    "ER SPC on PM1, 25 subgroups of n=5 monitor pts. grand mean X̄̄ = 452.3 nm/min, R̄ = 7.8. "
    "X̄-R chart, UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 c chart UCL from particle counts per monitor wafer
cnt = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 5, 3, 6, 4, 5], float)
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(cbar - sum(cnt) / 20) < 1e-12
add(
    "daily particle monitor wafer, defect count per wafer (same inspection area every day), last 20 days:\n"
    "4 7 3 5 6 2 8 5 4 6 3 7 5 4 6 5 3 6 4 5\nc chart, UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk from mean and sigma: thickness 1005 A, sigma 8, spec 970-1030
mu, sig, LSL, USL = 1005.0, 8.0, 970.0, 1030.0
cpk = min(USL - mu, mu - LSL) / (3 * sig)
assert abs(cpk - (1 - abs(mu - (USL + LSL) / 2) / ((USL - LSL) / 2)) * (USL - LSL) / (6 * sig)) < 1e-12
add(
    "ox thickness post-dep: mean 1005 Å, σ = 8 Å (within), spec 970–1030 Å. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk,
)
# r28 Cp with sigma_within = Rbar/d2, n=4 (d2=2.059), Rbar=0.9, spec 40 +/- 3
d2_4 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 4 - stats.norm.cdf(w) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 5e-4
cp = 6 / (6 * 0.9 / 2.059)
add(
    "CD on gate etch, spec 40 ± 3 nm. X̄-R data, subgroups of 4, R̄ = 0.9 nm. "
    "estimate σ from R̄/d2 (d2 = 2.059), what's Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp,
)

# ---------------- sample size (1) ----------------
# r29 two-sample n per group: delta 5, sigma 8, alpha .05 two-sided, power .90, normal approx
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 8**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 64 / 25)
add(
    "want to show new showerhead changes ER by 5 nm/min vs old one. σ ~8 nm/min on both. α = 0.05 two sided, 90% power, "
    "two independent groups, z-formula (normal approx). wafers needed per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 75 mTorr -> Pa
pa = 75e-3 * 101325 / 760
pa2 = float(sp.Rational(75, 1000) * sp.Rational(101325, 760))
assert abs(pa - pa2) < 1e-12
add(
    "customer's spec sheet is in Pa, our recipe runs @ 75 mTorr. convert to Pa",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    pa,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, semiconductor-equipment field service engineer "
    "(chamber pressure, RF power, etch rate, particle counts, MTBF/MTTR, uptime)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
