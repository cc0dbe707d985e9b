import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round55a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative: T(t) = 40 + 25 ln(1 + 0.3 t) -> 15/2 / (1 + 3t/10)
T = 40 + 25 * sp.log(1 + sp.Rational(3, 10) * t)
dT = sp.simplify(sp.diff(T, t))
assert sp.simplify(dT - sp.Rational(15, 2) / (1 + sp.Rational(3, 10) * t)) == 0
add(
    "- main bearing temp after restart, fitted: T(t) = 40 + 25·ln(1 + 0.3t)  [°C, t in h]\n"
    "- need heating rate dT/dt as a fn of t (°C/h)",
    "calculus",
    {"rule": "expr"},
    str(dT),
)
# r02 definite integral: P(t) = 2.5 sin(pi t/12) MW, 0..12 h -> 60/pi MWh
P = sp.Rational(5, 2) * sp.sin(sp.pi * t / 12)
E = sp.integrate(P, (t, 0, 12))
assert abs(float(E) - integrate.quad(lambda s: 2.5 * math.sin(math.pi * s / 12), 0, 12)[0]) < 1e-9
add(
    "- gust day, WTG-07 output approx P(t) = 2.5·sin(πt/12) MW, t = 0..12 h\n"
    "- energy delivered over the 12 h = ∫P dt, exact in MWh pls",
    "calculus",
    {"rule": "expr"},
    str(E),
)
# r03 limit (sin 5x - 5x)/x^3 -> -125/6
L = sp.limit((sp.sin(5 * x) - 5 * x) / x**3, x, 0)
assert abs(float(L) - (math.sin(5e-3) - 5e-3) / 1e-3**3 * 1.0) < 1e-3
add(
    "- series expansion check in a drivetrain torsion model\n- lim x→0 (sin 5x − 5x)/x³ = ?  exact",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 optimisation: C(T) = 1200/T + 0.75 T  (EUR/day, T days) -> T* = 40
Tm = sp.symbols("T", positive=True)
Ccost = 1200 / Tm + sp.Rational(3, 4) * Tm
crit = [s for s in sp.solve(sp.diff(Ccost, Tm), Tm) if s > 0][0]
assert sp.diff(Ccost, Tm, 2).subs(Tm, crit) > 0 and crit == sp.sqrt(sp.Rational(1200) / sp.Rational(3, 4))
add(
    "- grease re-lube interval for yaw bearings, cost model per turbine:\n"
    "  C(T) = 1200/T + 0.75·T   [€/day, T = interval in days]\n"
    "- which T minimises C? days",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra (3) ----------------
# r05 roots 2x^2 - 3x - 20 = 0 -> {-5/2, 4}
roots = sorted(sp.solve(2 * x**2 - 3 * x - 20, x))
assert sorted(float(r) for r in roots) == sorted(np.roots([2, -3, -20]).real.tolist())
add(
    "- solve 2x² − 3x − 20 = 0 (came out of a tower-mode frequency fit)\n- all roots, exact",
    "algebra",
    {"rule": "set"},
    [str(r) for r in roots],
)
# r06 crews: 1/18 + 1/12 -> 36/5 h
h = sp.symbols("h", positive=True)
sol6 = sp.solve(sp.Eq(h / 18 + h / 12, 1), h)[0]
assert sol6 == 1 / (sp.Rational(1, 18) + sp.Rational(1, 12))
add(
    "- gearbox HSS bearing swap, up-tower\n- crew A alone: 18 h, crew B alone: 12 h\n"
    "- both crews working together at those same rates, how many hours for one swap?",
    "algebra",
    {"rule": "expr"},
    str(sol6),
)
# r07 blend: 1.5% and 6% additive -> 180 L at 4% ; liters of 1.5% oil = 80
a = sp.symbols("a")
sol7 = sp.solve(sp.Eq(sp.Rational(15, 1000) * a + sp.Rational(6, 100) * (180 - a), sp.Rational(4, 100) * 180), a)[0]
assert abs(float(sol7) - 180 * (6 - 4) / 4.5) < 1e-12 and sol7 == 80
add(
    "- topping up gearbox sump, need 180 L gear oil at 4.0 % EP additive (by vol)\n"
    "- have drum A @ 1.5 %, drum B @ 6.0 %\n- how many L from drum A?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol7),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues [[6,-2],[-2,3]] -> {2,7}
M8 = sp.Matrix([[6, -2], [-2, 3]])
ev = sorted(M8.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[6, -2], [-2, 3]], float))), [float(e) for e in ev])
add(
    "- 2-DOF nacelle/tower stiffness matrix (normalised), K = [[6, −2], [−2, 3]]\n- eigenvalues of K?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 system -> z = 4
xs, ys, zs = sp.symbols("x y z")
sol9 = sp.solve([xs + 2 * ys + zs - 9, 2 * xs - ys + 3 * zs - 12, 3 * xs + ys - zs - 1], [xs, ys, zs])
npsol = np.linalg.solve(np.array([[1, 2, 1], [2, -1, 3], [3, 1, -1]], float), np.array([9, 12, 1], float))
assert abs(npsol[2] - float(sol9[zs])) < 1e-12
add(
    "- load-share calibration, 3 strain gauges, got:\n"
    "  x + 2y + z = 9\n  2x − y + 3z = 12\n  3x + y − z = 1\n- solve, I only need z",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[zs]),
)

# ---------------- probability (4) ----------------
# r10 binomial n=20, p=0.08, P(X>=3)
p10 = 1 - stats.binom.cdf(2, 20, 0.08)
p10b = 1 - sum(math.comb(20, k) * 0.08**k * 0.92 ** (20 - k) for k in range(3))
assert abs(p10 - p10b) < 1e-12
add(
    "- site has 20 WTGs, same gearbox model\n- P(gearbox failure within a year) = 0.08 per unit, independent\n"
    "- P(3 or more gearbox failures this year)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson lambda = 1.4/month * 3 months = 4.2 ; P(X<=1)
lam = 1.4 * 3
p11 = stats.poisson.cdf(1, lam)
assert abs(p11 - math.exp(-lam) * (1 + lam)) < 1e-12
add(
    "- pitch system faults avg 1.4 /month across the site (Poisson)\n"
    "- P(at most 1 pitch fault in a 3-month quarter)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 exponential MTBF 45000 h, P(fail before 10000 h) = 1 - exp(-2/9)
p12 = stats.expon.cdf(10000, scale=45000)
assert abs(p12 - (1 - math.exp(-2 / 9))) < 1e-12
add(
    "- generator slip ring assy, constant failure rate, MTBF = 45 000 h\n"
    "- P(fails before 10 000 h of operation)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prior 4 %, sens 92 %, false alarm 6 %
prior, sens, fa = 0.04, 0.92, 0.06
p13 = prior * sens / (prior * sens + (1 - prior) * fa)
assert abs(p13 - 0.0368 / 0.0944) < 1e-12
add(
    "- CMS vibration alarm on main bearing\n- 4 % of bearings in fleet actually have a developing defect\n"
    "- alarm fires on 92 % of defective ones, false alarm on 6 % of healthy ones\n"
    "- alarm just fired on T14 -> P(actual defect)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, two-sided, mu0 = 65
d14 = np.array([67.2, 68.1, 64.9, 69.4, 66.8, 70.2, 65.5, 68.9, 67.7, 66.1])
r14 = stats.ttest_1samp(d14, 65.0)
tt = (d14.mean() - 65) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "- gearbox HSS bearing temps at rated power, 10 turbines [°C]:\n"
    "  67.2\t68.1\t64.9\t69.4\t66.8\t70.2\t65.5\t68.9\t67.7\t66.1\n"
    "- OEM design value 65 °C\n- one-sample t, two-sided: p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
A15 = np.array([3.8, 4.2, 4.0, 4.6, 3.9, 4.4, 4.1])
B15 = np.array([4.5, 5.3, 4.2, 5.9, 4.8, 5.6, 4.4, 5.1])
r15 = stats.ttest_ind(A15, B15, equal_var=False)
va, vb = A15.var(ddof=1) / len(A15), B15.var(ddof=1) / len(B15)
tw = (A15.mean() - B15.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(A15) - 1) + vb**2 / (len(B15) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "- gearbox vib RMS velocity, ISO 10816-21 band [mm/s]\n"
    "- vendor A (7 units): 3.8, 4.2, 4.0, 4.6, 3.9, 4.4, 4.1\n"
    "- vendor B (8 units): 4.5, 5.3, 4.2, 5.9, 4.8, 5.6, 4.4, 5.1\n"
    "- Welch t (unequal var), two-sided -> p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r15.pvalue),
)
# r16 paired t statistic (before - after)
before = np.array([78.4, 81.2, 76.9, 83.5, 79.8, 80.6, 77.3, 82.1])
after = np.array([75.1, 79.0, 76.2, 79.8, 77.5, 78.9, 76.8, 79.4])
r16 = stats.ttest_rel(before, after)
dd = before - after
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-10
add(
    "- same 8 turbines, gearbox oil sump temp before vs after switching to synthetic PAO [°C]\n"
    "  before:\t78.4\t81.2\t76.9\t83.5\t79.8\t80.6\t77.3\t82.1\n"
    "  after:\t75.1\t79.0\t76.2\t79.8\t77.5\t78.9\t76.8\t79.4\n"
    "- paired t, diff = before − after: t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 2x3, statistic
obs = np.array([[18, 9, 13], [10, 14, 6]])
chi2, p17, dof, exp = stats.chi2_contingency(obs, correction=False)
chi2b = ((obs - np.outer(obs.sum(1), obs.sum(0)) / obs.sum()) ** 2 / (np.outer(obs.sum(1), obs.sum(0)) / obs.sum())).sum()
assert abs(chi2 - chi2b) < 1e-10 and dof == 2
add(
    "- gearbox failure mode by supplier, last 5 yrs (counts):\n"
    "  \tbearing\tgear tooth\tother\n"
    "  Supp X\t18\t9\t13\n"
    "  Supp Y\t10\t14\t6\n"
    "- chi-square test of independence: chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# ---------------- regression (2) ----------------
# r18 slope: nacelle ambient vs bearing temp
amb = np.array([5.0, 8.0, 12.0, 15.0, 18.0, 22.0, 25.0, 28.0])
brg = np.array([52.1, 54.0, 56.9, 58.2, 60.8, 63.1, 65.5, 67.0])
lr18 = stats.linregress(amb, brg)
sl = ((amb - amb.mean()) * (brg - brg.mean())).sum() / ((amb - amb.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12
add(
    "- main bearing temp vs nacelle ambient, 8 ten-min averages\n"
    "  ambient °C:\t5\t8\t12\t15\t18\t22\t25\t28\n"
    "  bearing °C:\t52.1\t54.0\t56.9\t58.2\t60.8\t63.1\t65.5\t67.0\n"
    "- OLS slope of bearing temp on ambient (°C per °C)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2: operating hours vs vibration
hrs = np.array([2, 4, 6, 8, 10, 12, 14])  # x1000 h
vib = np.array([2.1, 2.4, 2.3, 2.9, 3.2, 3.1, 3.7])
lr19 = stats.linregress(hrs, vib)
yhat = lr19.intercept + lr19.slope * hrs
r2b = 1 - ((vib - yhat) ** 2).sum() / ((vib - vib.mean()) ** 2).sum()
assert abs(r2b - lr19.rvalue**2) < 1e-12
add(
    "- drive-end gen bearing vib vs run hours, one turbine\n"
    "- hrs (×1000 h): 2, 4, 6, 8, 10, 12, 14\n"
    "- vib RMS (mm/s): 2.1, 2.4, 2.3, 2.9, 3.2, 3.1, 3.7\n"
    "- straight-line fit, what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA, ISO 4406 particle counts (>4um, x1000/mL) by site
s1 = np.array([12.4, 14.1, 13.0, 15.2, 12.8])
s2 = np.array([16.3, 15.8, 17.9, 16.0, 18.2])
s3 = np.array([13.5, 14.8, 12.9, 15.6, 14.2])
r20 = stats.f_oneway(s1, s2, s3)
allv = np.concatenate([s1, s2, s3])
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (s1, s2, s3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (s1, s2, s3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-10 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "- gearbox oil particle count >4 µm [×1000 per mL], 5 turbines per site\n"
    "  Site N:\t12.4\t14.1\t13.0\t15.2\t12.8\n"
    "  Site S:\t16.3\t15.8\t17.9\t16.0\t18.2\n"
    "  Site E:\t13.5\t14.8\t12.9\t15.6\t14.2\n"
    "- one-way ANOVA across sites: p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2x3x2; p for grease main effect
data21 = {
    ("G1", "Low"): [41.2, 42.0],
    ("G1", "Mid"): [44.5, 45.3],
    ("G1", "High"): [48.1, 47.2],
    ("G2", "Low"): [39.8, 40.5],
    ("G2", "Mid"): [42.9, 43.6],
    ("G2", "High"): [45.0, 46.4],
}
A_lv, B_lv = ["G1", "G2"], ["Low", "Mid", "High"]
Y = np.array([[data21[(a_, b_)] for b_ in B_lv] for a_ in A_lv])  # shape 2x3x2
gm = Y.mean()
nA, nB, nr = Y.shape
ssA = nB * nr * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = nA * nr * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = nr * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cell[:, :, None]) ** 2).sum()
dfE = nA * nB * (nr - 1)
FA = (ssA / (nA - 1)) / (ssE / dfE)
pA = stats.f.sf(FA, nA - 1, dfE)
try:
    import pandas as pd
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    rows = [dict(g=a_, l=b_, y=v_) for (a_, b_), vs in data21.items() for v_ in vs]
    df = pd.DataFrame(rows)
    tab = sm.stats.anova_lm(smf.ols("y ~ C(g) * C(l)", data=df).fit(), typ=2)
    assert abs(tab.loc["C(g)", "PR(>F)"] - pA) < 1e-10
except ImportError:
    pass
add(
    "- pitch bearing temp rise [K] after 2 h cycling test, 2 greases × 3 load levels, 2 reps each\n"
    "  \tLow\tMid\tHigh\n"
    "  G1\t41.2, 42.0\t44.5, 45.3\t48.1, 47.2\n"
    "  G2\t39.8, 40.5\t42.9, 43.6\t45.0, 46.4\n"
    "- two-way ANOVA incl. grease×load interaction term\n- p-value for the grease main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(pA),
)

# ---------------- design (3) ----------------
# r22 2^(6-2) + 4 centre points = 20
r22 = 2 ** (6 - 2) + 4
assert r22 == 20
add(
    "- screening bolt-torque procedure factors, 6 factors, 2^(6−2) fractional factorial\n"
    "- single replicate + 4 centre points\n- total runs?",
    "design",
    {"rule": "runs"},
    r22,
)
# r23 CCD k=4, full 2^4 core, 8 axial, 6 centre = 30
k = 4
r23 = 2**k + 2 * k + 6
assert r23 == 30
add(
    "- CCD for gearbox oil-cooler tuning: 4 factors (fan speed, valve, setpoint, flow)\n"
    "- full 2^4 factorial core + axial pts + 6 centre runs\n- how many runs total?",
    "design",
    {"rule": "runs"},
    r23,
)
# r24 Plackett-Burman 10 factors -> 12 runs (smallest multiple of 4 > k)
k24 = 10
r24 = 4 * math.ceil((k24 + 1) / 4)
assert r24 == 12
add(
    "- want to screen 10 possible contributors to yaw drive pinion wear\n"
    "- Plackett–Burman, smallest design that fits 10 factors, no centre pts\n- # runs?",
    "design",
    {"rule": "runs"},
    r24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R: n=4, grand mean 62.4 C, Rbar 3.8 C -> UCL = 62.4 + A2*3.8


def d2(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


A2 = 3 / (d2(4) * math.sqrt(4))
assert abs(A2 - 0.729) < 1e-3
ucl25 = 62.4 + A2 * 3.8
assert abs(ucl25 - (62.4 + 0.729 * 3.8)) < 1e-2
add(
    "- X̄-R chart, gen bearing NDE temp, subgroups of n = 4 readings, 25 subgroups\n"
    "- X̿ = 62.4 °C, R̄ = 3.8 °C\n- UCL for the X̄ chart? °C",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart: blade leading-edge erosion defects per inspected blade
c26 = np.array([4, 6, 3, 5, 7, 2, 5, 4, 6, 3, 5, 8, 4, 3, 5, 6])
cbar = c26.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - (c26.sum() / 16 + 3 * (c26.sum() / 16) ** 0.5)) < 1e-12
add(
    "- LEP inspections, erosion defect count per blade (drone imgs, same area each blade), 16 blades:\n"
    "  4\t6\t3\t5\t7\t2\t5\t4\t6\t3\t5\t8\t4\t3\t5\t6\n"
    "- c chart, 3-sigma UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: tower flange bolt preload torque, spec 1800-2000 N m, mean 1930, sigma_within 18
mu, sig = 1930.0, 18.0
cpk27 = min(2000 - mu, mu - 1800) / (3 * sig)
assert abs(cpk27 - 70 / 54) < 1e-12
add(
    "- tower flange bolt tightening torque, spec 1800–2000 N·m\n"
    "- process mean 1930 N·m, within-subgroup σ = 18 N·m\n- Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Ppk from data, overall sample sd (n-1); shaft alignment offset spec 0.00-0.20 mm
d28 = np.array([0.082, 0.095, 0.071, 0.104, 0.088, 0.113, 0.079, 0.091, 0.099, 0.085, 0.107, 0.093])
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk28 = min(0.20 - m28, m28 - 0.00) / (3 * s28)
assert abs(s28 - math.sqrt(((d28 - m28) ** 2).sum() / 11)) < 1e-15
add(
    "- gen–gearbox coupling alignment, parallel offset after laser align [mm], 12 jobs:\n"
    "  0.082\t0.095\t0.071\t0.104\t0.088\t0.113\t0.079\t0.091\t0.099\t0.085\t0.107\t0.093\n"
    "- tolerance 0.00–0.20 mm\n- Ppk w/ overall sample std dev (n−1)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample, delta 3 C, sigma 4.5 C, alpha .05 two-sided, power .8, z formula, per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 4.5**2 / 3.0**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 4.5**2 / 9)
add(
    "- trial: 2 gear oils, compare mean HSS bearing temp\n- want to detect Δ = 3 °C, σ ≈ 4.5 °C (both groups)\n"
    "- α = 0.05 two-sided, power 80 %\n- normal-approx (z) formula: turbines needed per group? round up",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 1500 rpm -> rad/s = 50*pi
w = sp.Rational(1500) * 2 * sp.pi / 60
assert abs(float(w) - 1500 * 2 * math.pi / 60) < 1e-12
add(
    "- DFIG rated speed 1500 rpm, need it in rad/s for the torque calc (exact pls)",
    "unit_conversion",
    {"rule": "expr"},
    str(w),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, wind-turbine maintenance reliability engineer (gearboxes, bearing temps, MTBF, vibration)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
