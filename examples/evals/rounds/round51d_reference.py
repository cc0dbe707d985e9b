import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round51d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of leak-test pressure decay P(t)=150 e^{-t/20}+2 -> -15/2 e^{-t/20}
P = 150 * sp.exp(-t / 20) + 2
dP = sp.simplify(sp.diff(P, t))
assert sp.simplify(dP - (-sp.Rational(15, 2) * sp.exp(-t / 20))) == 0
add(
    "LEAK-TST: pressure decay on the EOL leak tester modeled as P(t) = 150·e^(−t/20) + 2 kPa, t in s.\n"
    "- need dP/dt as fn of t (symbolic pls, going in the 8D)",
    "calculus",
    {"rule": "expr"},
    str(dP),
)
# r02 weld heat input: int_0^4 (6t^2 - t^3) dt = 64 kJ
E = sp.integrate(6 * t**2 - t**3, (t, 0, 4))
assert abs(integrate.quad(lambda s: 6 * s**2 - s**3, 0, 4)[0] - float(E)) < 1e-9
add(
    "- resistance weld schedule, power P(t) = 6t² − t³ kW, t = 0..4 s\n"
    "- total energy = ∫P dt from 0 to 4 s, in kJ? exact",
    "calculus",
    {"rule": "expr"},
    str(E),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "quick one from the torque-angle model review: lim x→0 of (e^(2x) − 1 − 2x)/x² = ? exact val",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 minimise C(s) = 0.5 s + 800/s for s>0 -> s = 40
s = sp.symbols("s", positive=True)
Cs = sp.Rational(1, 2) * s + 800 / s
crit = sp.solve(sp.diff(Cs, s), s)
assert crit == [40] and sp.diff(Cs, s, 2).subs(s, 40) > 0
add(
    "- stamping: cost per lot vs lot size s (k pcs) C(s) = 0.5·s + 800/s\n"
    "- s > 0. which s minimizes C? (just s, not the cost)",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 2x^2 - 9x + 4 = 0 -> {1/2, 4}
roots = sp.solve(2 * x**2 - 9 * x + 4, x)
assert sorted(roots) == [sp.Rational(1, 2), 4]
add(
    "solve 2x² − 9x + 4 = 0 for x, all roots (came out of a spring rate fit, ignore the context)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)
# r06 shifts: A + B = 1840, B = A + 160 -> A = 840
A, B = sp.symbols("A B")
sol = sp.solve([A + B - 1840, B - A - 160], [A, B])
assert sol[A] == 840 and sol[B] == 1000
add(
    "- containment sort: 1,840 pcs sorted total over 2 shifts\n"
    "- 2nd shift sorted 160 pcs more than 1st shift\n"
    "- how many pcs did 1st shift sort?",
    "algebra",
    {"rule": "expr"},
    str(sol[A]),
)
# r07 coolant blend: 0.10 v + 0.02 (120 - v) = 0.045*120 -> v = 37.5 L
v = sp.symbols("v")
vs = sp.solve(sp.Rational(10, 100) * v + sp.Rational(2, 100) * (120 - v) - sp.Rational(45, 1000) * 120, v)[0]
assert abs(float(vs) - (120 * (0.045 - 0.02) / (0.10 - 0.02))) < 1e-12
add(
    "- machining cell coolant: need 120 L mix at 4.5% concentration\n"
    "- have 10% premix and 2% premix tanks\n"
    "- how many L of the 10% do we put in? (rest is 2%)",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(vs),
)

# ---------------- linear algebra (2) ----------------
# r08 3x3 system a+b+c=1200, a-b=100, 2b-c=500 -> c=300
a, b, c = sp.symbols("a b c")
sol = sp.solve([a + b + c - 1200, a - b - 100, 2 * b - c - 500], [a, b, c])
Mx = np.array([[1, 1, 1], [1, -1, 0], [0, 2, -1]], float)
assert np.allclose(np.linalg.solve(Mx, [1200, 100, 500]), [500, 400, 300])
add(
    "fixture load split, 3 clamps a, b, c (N):\n"
    "- a + b + c = 1200\n"
    "- a − b = 100\n"
    "- 2b − c = 500\n"
    "solve, what's c?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol[c]),
)
# r09 eigenvalues [[5,2],[2,2]] -> {1,6}
Mm = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(int(e) for e in Mm.eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), ev)
add(
    "eigenvals of the 2x2 stiffness matrix K = [[5, 2], [2, 2]] ? (bushing mount model, need both)",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
# r10 binomial n=50, p=0.02, P(X<=1)
p10 = stats.binom.cdf(1, 50, 0.02)
assert abs(p10 - (0.98**50 + 50 * 0.02 * 0.98**49)) < 1e-12
add(
    "- sampling 50 pcs off the lot, assume 2% defective rate, pcs independent\n"
    "- P(at most 1 defective in the 50)? exact binomial pls, no poisson approx",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson mean 3.2, P(X>=5)
p11 = stats.poisson.sf(4, 3.2)
assert abs(p11 - (1 - sum(math.exp(-3.2) * 3.2**k / math.factorial(k) for k in range(5)))) < 1e-12
add(
    "helium leak test rejects avg 3.2 per shift, assume poisson. prob of 5 or more rejects in a shift?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal torque N(25, 0.8), LSL 23.5, USL 27 -> fraction out in ppm
out = stats.norm.cdf(23.5, 25, 0.8) + stats.norm.sf(27, 25, 0.8)
ppm = out * 1e6
erfc_way = 0.5 * math.erfc(1.5 / 0.8 / math.sqrt(2)) + 0.5 * math.erfc(2.0 / 0.8 / math.sqrt(2))
assert abs(erfc_way * 1e6 - ppm) < 1e-6
add(
    "CTQ: final torque on M8 fastener, process ~ normal mean 25.0 Nm, sd 0.8 Nm\n"
    "- LSL 23.5 / USL 27.0 Nm\n"
    "- expected total out of spec (both tails) in ppm?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(ppm),
)
# r13 Bayes: A 60% @0.5%, B 40% @1.2%; P(B | defective) = 8/13
pb = sp.Rational(40, 100) * sp.Rational(12, 1000) / (
    sp.Rational(60, 100) * sp.Rational(5, 1000) + sp.Rational(40, 100) * sp.Rational(12, 1000)
)
assert pb == sp.Rational(8, 13)
add(
    "warranty return analysis:\n"
    "- supplier A ships 60% of the housings, defect rate 0.5%\n"
    "- supplier B ships 40%, defect rate 1.2%\n"
    "- a returned housing is confirmed defective -> prob it came from supp B?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pb),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t: weld pull strength vs 3.0 kN, two-sided
d14 = np.array([3.12, 2.95, 3.08, 3.21, 3.04, 2.99, 3.15, 3.10, 3.06, 3.18])
r14 = stats.ttest_1samp(d14, 3.0)
tt = (d14.mean() - 3.0) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "- weld pull test, 10 pcs, kN: 3.12, 2.95, 3.08, 3.21, 3.04, 2.99, 3.15, 3.10, 3.06, 3.18\n"
    "- nominal 3.0 kN. one sample t, two sided\n"
    "- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
l1 = np.array([1.8, 2.1, 1.6, 2.4, 1.9, 2.2, 2.0, 1.7])
l2 = np.array([2.6, 2.2, 3.1, 2.8, 2.4, 3.0, 2.5])
r15 = stats.ttest_ind(l1, l2, equal_var=False)
v1, v2 = l1.var(ddof=1) / len(l1), l2.var(ddof=1) / len(l2)
tw = (l1.mean() - l2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(l1) - 1) + v2**2 / (len(l2) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "leak rate (sccm) line 1 vs line 2, same part no.\n"
    "- L1: 1.8, 2.1, 1.6, 2.4, 1.9, 2.2, 2.0, 1.7\n"
    "- L2: 2.6, 2.2, 3.1, 2.8, 2.4, 3.0, 2.5\n"
    "- 2-sample t, DONT assume equal variances (welch), 2-sided. p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t: torque before/after re-torque, two-sided
bef = np.array([24.6, 25.1, 24.8, 25.3, 24.9, 25.0, 24.7, 25.2])
aft = np.array([24.1, 24.9, 24.2, 25.0, 24.6, 24.4, 24.5, 24.8])
r16 = stats.ttest_rel(bef, aft)
dd = bef - aft
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-10
add(
    "- residual torque check, same 8 bolts measured at assy and again after 48h (Nm)\n"
    "- assy:  24.6, 25.1, 24.8, 25.3, 24.9, 25.0, 24.7, 25.2\n"
    "- 48h:   24.1, 24.9, 24.2, 25.0, 24.6, 24.4, 24.5, 24.8\n"
    "- paired t test, 2 sided, what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square 2x3 contingency: warranty failure mode by plant
tab = np.array([[42, 31, 17], [28, 39, 23]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
hand = ((tab - np.outer(tab.sum(1), tab.sum(0)) / tab.sum()) ** 2 / (np.outer(tab.sum(1), tab.sum(0)) / tab.sum())).sum()
assert abs(hand - chi2) < 1e-10 and dof == 2
add(
    "warranty returns by failure mode, 2 plants:\n"
    "- Plant A: connector 42, seal leak 31, PCB 17\n"
    "- Plant B: connector 28, seal leak 39, PCB 23\n"
    "- chi-square test of independence (plant vs mode). p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope: clamp load (kN) vs torque (Nm)
tq = np.array([10, 15, 20, 25, 30, 35], float)
cl = np.array([5.2, 7.9, 10.1, 13.0, 15.4, 18.3])
lr = stats.linregress(tq, cl)
slope_hand = ((tq - tq.mean()) * (cl - cl.mean())).sum() / ((tq - tq.mean()) ** 2).sum()
assert abs(slope_hand - lr.slope) < 1e-12
add(
    "torque-tension study, OLS fit clamp load (kN) vs torque (Nm):\n"
    "- torque: 10, 15, 20, 25, 30, 35\n"
    "- clamp load: 5.2, 7.9, 10.1, 13.0, 15.4, 18.3\n"
    "- slope pls (kN per Nm)",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: weld nugget dia vs current
cur = np.array([8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0])
nug = np.array([4.9, 5.3, 5.4, 5.9, 6.1, 6.0, 6.6])
lr2 = stats.linregress(cur, nug)
r2 = lr2.rvalue**2
resid = nug - (lr2.intercept + lr2.slope * cur)
assert abs(1 - (resid**2).sum() / ((nug - nug.mean()) ** 2).sum() - r2) < 1e-12
add(
    "spot weld: nugget dia (mm) vs weld current (kA), linear fit\n"
    "- I: 8.0, 8.5, 9.0, 9.5, 10.0, 10.5, 11.0\n"
    "- nugget: 4.9, 5.3, 5.4, 5.9, 6.1, 6.0, 6.6\n"
    "- R² of the fit?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way: weld strength by 3 suppliers -> p-value
g1 = [412, 398, 405, 420, 409]
g2 = [395, 388, 401, 392, 390]
g3 = [418, 425, 410, 421, 416]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
Fh = (ssb / 2) / (ssw / 12)
assert abs(Fh - r20.statistic) < 1e-9 and abs(stats.f.sf(Fh, 2, 12) - r20.pvalue) < 1e-12
add(
    "tensile (MPa) of welded brackets, 3 suppliers, 5 pcs each\n"
    "- S1: 412, 398, 405, 420, 409\n"
    "- S2: 395, 388, 401, 392, 390\n"
    "- S3: 418, 425, 410, 421, 416\n"
    "- one-way ANOVA p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2 machines x 3 materials x 2 reps; F for machine
data = {
    ("M1", "A"): [15.2, 15.8], ("M1", "B"): [16.1, 16.5], ("M1", "C"): [14.9, 15.3],
    ("M2", "A"): [16.0, 16.4], ("M2", "B"): [17.2, 16.8], ("M2", "C"): [15.5, 15.9],
}
machs, mats, nrep = ["M1", "M2"], ["A", "B", "C"], 2
Y = np.array([[data[(m, k)] for k in mats] for m in machs])  # 2x3x2
gm = Y.mean()
ssA = len(mats) * nrep * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = len(machs) * nrep * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = nrep * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cell[:, :, None]) ** 2).sum()
dfE = len(machs) * len(mats) * (nrep - 1)
F_A = (ssA / (len(machs) - 1)) / (ssE / dfE)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
rows = [dict(mach=m, mat=k, y=yv) for (m, k), ys in data.items() for yv in ys]
fit = smf.ols("y ~ C(mach) * C(mat)", data=pd.DataFrame(rows)).fit()
tab21 = anova_lm(fit, typ=2)
assert abs(tab21.loc["C(mach)", "F"] - F_A) < 1e-8
add(
    "- gauge/process study: burst pressure (MPa), 2 machines x 3 resin materials, 2 reps per cell\n"
    "- M1: A 15.2, 15.8 | B 16.1, 16.5 | C 14.9, 15.3\n"
    "- M2: A 16.0, 16.4 | B 17.2, 16.8 | C 15.5, 15.9\n"
    "- two-way ANOVA incl. machine×material interaction. F stat for the machine effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F_A),
)

# ---------------- design (3) ----------------
# r22 2^(7-3) fractional factorial, 2 replicates -> 32 runs
n22 = 2 ** (7 - 3) * 2
add(
    "DOE for the leak issue: 7 factors, 2^(7−3) res IV fractional factorial, full design replicated twice, no center pts. total runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD, 4 factors, full 2^4 factorial core, 8 axial, 5 centre -> 29
k = 4
n23 = 2**k + 2 * k + 5
assert n23 == 29
add(
    "- RSM on weld schedule: 4 factors (current, time, force, hold)\n"
    "- CCD w/ full 2^4 factorial portion + axial (star) pts + 5 center pts\n"
    "- how many runs total?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken 4 factors, 3 centre points -> 27
n24 = 2 * k * (k - 1) + 3  # 4 * C(4,2) edge midpoints = 24
assert 4 * math.comb(4, 2) + 3 == n24 == 27
add(
    "box-behnken, 4 factors, 3 center points -- run count? need it for the PPAP trial plan",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL: n=5, Xbarbar=12.50, Rbar=0.42, A2 from d2
def d2_of(n):
    f = lambda w: 1 - (stats.norm.cdf(w) ** n) - ((1 - stats.norm.cdf(w)) ** n)
    return integrate.quad(f, -np.inf, np.inf)[0]

d2 = d2_of(5)
A2 = 3 / (d2 * math.sqrt(5))
assert abs(A2 - 0.577) < 5e-4
ucl25 = 12.50 + A2 * 0.42
assert abs(ucl25 - (12.50 + 0.577 * 0.42)) < 1e-3
add(
    "X̄-R chart for bore dia (mm), subgroup n=5, 25 subgroups\n"
    "- grand mean X̄̄ = 12.50\n"
    "- R̄ = 0.42\n"
    "- UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 p chart UCL, n=200 constant, 20 lots, 96 defectives total
pbar = 96 / (20 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
assert abs(pbar - 0.024) < 1e-15
add(
    "- p chart, leak test fails per lot, lot size const 200 pcs\n"
    "- 20 lots, 96 fails total\n"
    "- 3-sigma UCL for p?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: USL 20.05, LSL 19.95, mean 20.012, sigma_within 0.011
mu, sg = 20.012, 0.011
cpk27 = min(20.05 - mu, mu - 19.95) / (3 * sg)
assert abs(cpk27 - 0.038 / 0.033) < 1e-9
add(
    "CTQ bore Ø20 ±0.05 mm (LSL 19.95 / USL 20.05). process mean 20.012, within sigma 0.011. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Ppk one-sided (LSL only) from data, sample sd n-1
d28 = np.array([7.4, 7.9, 7.1, 7.6, 8.0, 7.3, 7.7, 7.5, 7.8, 7.2, 7.6, 7.4])
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk28 = (m28 - 6.0) / (3 * s28)
assert abs(s28 - math.sqrt(((d28 - m28) ** 2).sum() / 11)) < 1e-12
add(
    "- weld pull-out force (kN), LSL 6.0 only, no USL\n"
    "- 12 pcs: 7.4, 7.9, 7.1, 7.6, 8.0, 7.3, 7.7, 7.5, 7.8, 7.2, 7.6, 7.4\n"
    "- Ppk w/ overall sample std dev (n−1)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample n per group, delta=2 Nm, sigma=3, alpha .05 two-sided, power .90, z formula
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 3**2 / 2**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 9 / 4) == 48
add(
    "- comparing breakaway torque old vs new coating, 2 indep groups\n"
    "- want to detect a 2 Nm diff in means, sd ~3 Nm (both)\n"
    "- alpha 0.05 two-sided, power 90%\n"
    "- n per group? use normal (z) approx formula, round up",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 35 N·m -> lbf·ft
lbf_ft = 4.4482216152605 * 0.3048
val = 35 / lbf_ft
assert abs(val - 35 * 0.7375621492772654) < 1e-9
add(
    "customer drawing calls 35 N·m, our torque tools read lbf·ft. whats that in lbf·ft?",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-4},
    float(val),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, automotive supplier quality engineer (PPAP, gauge R&R, torque, weld strength, leak tests, warranty returns)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
