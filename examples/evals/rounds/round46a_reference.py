import os
import math, itertools, yaml, numpy as np, sympy as sp
from scipy import stats, integrate
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round46a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def d2(n):
    # expected range of n iid standard normals
    f = lambda z: 1 - (1 - stats.norm.cdf(z)) ** n - stats.norm.cdf(z) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


t, x, v = sp.symbols("t x v")

# ---------------- calculus ----------------
# r01 derivative of runout-table cooling curve
T = 850 * sp.exp(-t / 20) + 25
dT = sp.simplify(sp.diff(T, t))
assert abs(float(dT.subs(t, 3)) - (float(T.subs(t, 3 + 1e-6)) - float(T.subs(t, 3 - 1e-6))) / 2e-6) < 1e-3
add(
    "strip surf temp on runout table modelled T(t) = 850·e^(−t/20) + 25 °C, t in s after FDT pyro. need dT/dt as fn of t",
    "calculus",
    {"rule": "expr"},
    str(dT),
)
# r02 total laminar cooling water volume
Vw = sp.integrate(12 + 3 * t, (t, 0, 10))
assert abs(float(Vw) - integrate.quad(lambda s: 12 + 3 * s, 0, 10)[0]) < 1e-9
add(
    "laminar cooling header flow ramps q(t) = 12 + 3t m³/min during a 10 min campaign (t=0..10 min). total water volume ∫q dt in m³?",
    "calculus",
    {"rule": "expr"},
    str(Vw),
)
# r03 limit
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x²  .. popped up in a roll thermal crown series expansion, exact val pls",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 optimisation
c = 3200 / v + 2 * v
crit = [s for s in sp.solve(sp.diff(c, v), v) if s > 0][0]
assert sp.diff(c, v, 2).subs(v, crit) > 0
assert abs(float(crit) - math.sqrt(3200 / 2)) < 1e-12
add(
    "cost per coil vs threading speed fit: c(v) = 3200/v + 2v, v in m/min, v>0. wat v minimises c?",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra ----------------
# r05 quadratic roots
roots = sp.solve(2 * x**2 - 9 * x + 4, x)
assert sorted(float(r) for r in roots) == sorted(np.roots([2, -9, 4]).real.tolist())
add(
    "solve 2x² − 9x + 4 = 0 , all roots (from a looper angle calc)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)
# r06 coil length from coil wt
Lc = sp.symbols("Lc")
Lsol = sp.solve(sp.Eq(sp.Rational(785, 100) * sp.Rational(125, 100) * sp.Rational(3, 1000) * Lc, sp.Rational(2355, 100)), Lc)[0]
assert abs(float(Lsol) - 23.55 / (7.85 * 1.25 * 0.003)) < 1e-9
add(
    "coil wt 23.55 t, width 1250 mm, gauge 3.0 mm flat, density 7.85 t/m³. strip length in m? (ignore crown, just w×t×L×ρ)",
    "algebra",
    {"rule": "expr"},
    str(Lsol),
)
# r07 scrap blend
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 60, sp.Rational(8, 100) * a + sp.Rational(45, 100) * b - sp.Rational(20, 100) * 60], [a, b])
assert abs(float(sol[b]) - (60 * (0.20 - 0.08) / (0.45 - 0.08))) < 1e-9
add(
    "eaf charge blend: scrap A 0.08 %C, scrap B 0.45 %C, want 60 t total at 0.20 %C (straight mass balance, no losses). how many t of B?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol[b]),
)

# ---------------- linear algebra ----------------
# r08 eigenvalues
M = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(M.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "eigenvals of [[5, 2], [2, 2]] ? stiffness matrix from the 2 stand mill model",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 3x3 system, ask z
X, Y, Z = sp.symbols("X Y Z")
s9 = sp.solve([X + Y + Z - 120, X - Y - 15, Y - Z - 15], [X, Y, Z])
assert np.allclose(np.linalg.solve(np.array([[1, 1, 1], [1, -1, 0], [0, 1, -1]], float), [120, 15, 15]), [float(s9[X]), float(s9[Y]), float(s9[Z])])
add(
    "3 spray banks x, y, z (l/s). x + y + z = 120, x − y = 15, y − z = 15. what is z",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[Z]),
)

# ---------------- probability ----------------
# r10 binomial
p10 = 1 - stats.binom.cdf(1, 20, 0.05)
assert abs(p10 - (1 - 0.95**20 - 20 * 0.05 * 0.95**19)) < 1e-12
add(
    "5% of coils come out of gauge tol. shift rolls 20 coils, indep. P(at least 2 out of tol)? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 poisson
p11 = stats.poisson.pmf(3, 1.8)
assert abs(p11 - math.exp(-1.8) * 1.8**3 / 6) < 1e-12
add(
    "slivers avg 1.8 per coil (poisson). probabilty a coil has exactly 3?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal
p12 = stats.norm.cdf(330, 355, 15)
assert abs(p12 - 0.5 * math.erfc((25 / 15) / math.sqrt(2))) < 1e-12
add(
    "YS on this grade ~ normal mean 355 MPa sd 15 MPa. min spec 330. what fraction of coils below 330?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes
prev, sens, fpr = 0.02, 0.95, 0.04
p13 = prev * sens / (prev * sens + (1 - prev) * fpr)
P = sp.Rational(2, 100) * sp.Rational(95, 100) / (sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(4, 100))
assert abs(float(P) - p13) < 1e-12
add(
    "UT lamination check: 2% of plates actually laminated, gauge flags 95% of laminated ones, false alarm 4% on good ones. plate flagged — P(actually laminated)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t two-sided
ct = np.array([628, 615, 633, 622, 640, 619, 631, 626], float)
r14 = stats.ttest_1samp(ct, 620)
tt = (ct.mean() - 620) / (ct.std(ddof=1) / math.sqrt(len(ct)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), len(ct) - 1) - r14.pvalue) < 1e-12
add(
    "CT aim 620 °C. last 8 coils CT: 628, 615, 633, 622, 640, 619, 631, 626. one-sample t, two sided, is mean off aim? p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch
c1 = np.array([362, 358, 371, 365, 360, 368, 355, 363], float)
c2 = np.array([351, 366, 344, 372, 349, 358, 340], float)
r15 = stats.ttest_ind(c1, c2, equal_var=False)
v1, v2 = c1.var(ddof=1) / len(c1), c2.var(ddof=1) / len(c2)
tw = (c1.mean() - c2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(c1) - 1) + v2**2 / (len(c2) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "YS MPa, caster 1 slabs: 362 358 371 365 360 368 355 363 ; caster 2: 351 366 344 372 349 358 340. welch t (dont pool, spreads clearly differ), 2-sided p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t statistic, xray - mic
xr = np.array([3.012, 2.998, 3.021, 3.005, 2.990, 3.017, 3.009])
mc = np.array([3.004, 2.995, 3.010, 3.001, 2.987, 3.006, 3.004])
r16 = stats.ttest_rel(xr, mc)
dd = xr - mc
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-9
add(
    "xray gauge vs hand mic on same 7 coil tails (mm). xray: 3.012 2.998 3.021 3.005 2.990 3.017 3.009 ; mic: 3.004 2.995 3.010 3.001 2.987 3.006 3.004. paired t, diff = xray − mic, what's the t stat",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 3x2
tab = np.array([[14, 186], [22, 178], [9, 191]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
e = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - e) ** 2 / e).sum() - chi2) < 1e-10 and dof == 2
add(
    "edge cracks by shift, 200 coils each. A: 14 cracked / 186 ok, B: 22 / 178, C: 9 / 191. chi-sq test of independence shift vs cracking, p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression ----------------
ctx = np.array([560, 580, 600, 620, 640, 660], float)
ys = np.array([402, 395, 381, 377, 366, 358], float)
lr = stats.linregress(ctx, ys)
sl = ((ctx - ctx.mean()) * (ys - ys.mean())).sum() / ((ctx - ctx.mean()) ** 2).sum()
assert abs(sl - lr.slope) < 1e-12
add(
    "CT vs YS trial. CT °C: 560 580 600 620 640 660 ; YS MPa: 402 395 381 377 366 358. least sq line YS on CT, slope (MPa per °C)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
red = np.array([18, 22, 25, 28, 31, 35, 38], float)
frc = np.array([14.2, 16.1, 17.5, 18.4, 20.3, 21.9, 23.6])
lr2 = stats.linregress(red, frc)
r2 = lr2.rvalue**2
A = np.vstack([red, np.ones_like(red)]).T
coef, res, *_ = np.linalg.lstsq(A, frc, rcond=None)
assert abs(1 - res[0] / ((frc - frc.mean()) ** 2).sum() - r2) < 1e-12
add(
    "F1 roll force vs reduction. red %: 18 22 25 28 31 35 38 ; force MN: 14.2 16.1 17.5 18.4 20.3 21.9 23.6. linear fit force on red, r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- anova ----------------
g1 = [348, 352, 345, 350, 355]
g2 = [356, 360, 353, 358, 361]
g3 = [349, 347, 352, 346, 350]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.array(g1 + g2 + g3, float)
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F = (ssb / 2) / (ssw / 12)
assert abs(F - r20.statistic) < 1e-9 and abs(stats.f.sf(F, 2, 12) - r20.pvalue) < 1e-12
add(
    "YS MPa over 3 work roll campaigns, 5 coils each. camp1: 348 352 345 350 355 ; camp2: 356 360 353 358 361 ; camp3: 349 347 352 346 350. one way anova p val?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way with replication, F for roll grade
data = {
    ("HSS", 860): [1.12, 1.18], ("HSS", 880): [1.25, 1.21], ("HSS", 900): [1.34, 1.29],
    ("ICDP", 860): [1.20, 1.27], ("ICDP", 880): [1.31, 1.35], ("ICDP", 900): [1.38, 1.45],
}
rows = [(g, f, y) for (g, f), ys_ in data.items() for y in ys_]
df = pd.DataFrame(rows, columns=["grade", "fdt", "ra"])
mod = ols("ra ~ C(grade) * C(fdt)", data=df).fit()
tab2 = sm.stats.anova_lm(mod, typ=2)
Fa_sm = tab2.loc["C(grade)", "F"]
# hand calc
yv = df.ra.values
gmn = yv.mean()
ssa = sum(6 * (df[df.grade == g].ra.mean() - gmn) ** 2 for g in ("HSS", "ICDP"))
sse = sum(((np.array(v_) - np.mean(v_)) ** 2).sum() for v_ in data.values())
Fa = (ssa / 1) / (sse / 6)
assert abs(Fa - Fa_sm) < 1e-8
add(
    "surface Ra µm, 2 roll grades × 3 FDT aims, 2 coils per cell. HSS: 860→1.12,1.18 ; 880→1.25,1.21 ; 900→1.34,1.29. ICDP: 860→1.20,1.27 ; 880→1.31,1.35 ; 900→1.38,1.45. two way anova w/ interaction term, F for roll grade main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(Fa),
)

# ---------------- design ----------------
# r22 2^(6-2) + 3 centre points
n22 = 2 ** (6 - 2) + 3
assert n22 == len(list(itertools.product([-1, 1], repeat=4))) + 3
add(
    "screening 6 mill factors (FDT, CT, ROT flow, F7 red, speed, lube) w/ a 2^(6−2) quarter fraction plus 3 centre pts. total runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 3 factors, full 2^3 core, 6 centre
k = 3
n23 = 2**k + 2 * k + 6
axial = [tuple(a if i == j else 0 for i in range(k)) for j in range(k) for a in (-1.682, 1.682)]
assert n23 == len(list(itertools.product([-1, 1], repeat=k))) + len(axial) + 6
add(
    "ccd for CT, FDT, cooling rate. full 2³ cube, axial pts, 6 centre runs. how many coils total",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken 4 factors, 3 centre
k = 4
bb = [p for p in itertools.product([-1, 0, 1], repeat=k) if sum(1 for c_ in p if c_ != 0) == 2]
n24 = len(bb) + 3
assert n24 == 2 * k * (k - 1) + 3
add(
    "box-behnken, 4 factors (Nb, Ti, FDT, CT), 3 centre pts. run count?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts ----------------
d2_5 = d2(5)
A2 = 3 / (d2_5 * math.sqrt(5))
assert abs(A2 - 0.577) < 1e-3
ucl25 = 2.503 + A2 * 0.021
add(
    "xbar-R on exit gauge, subgroups of 5. grand mean 2.503 mm, Rbar 0.021 mm. UCL for xbar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
crown = np.array([42, 45, 39, 47, 44, 41, 46, 43, 48, 40], float)
mr = np.abs(np.diff(crown)).mean()
d2_2 = d2(2)
assert abs(d2_2 - 2 / math.sqrt(math.pi)) < 1e-8
ucl26 = crown.mean() + 3 * mr / d2_2
assert abs(ucl26 - (crown.mean() + 2.66 * mr)) / ucl26 < 1e-3
add(
    "I-MR on crown C40, µm, 10 coils in order: 42 45 39 47 44 41 46 43 48 40. UCL of the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl26),
)

# ---------------- capability ----------------
mu, sd = 2.512, 0.009
cpk = min(2.55 - mu, mu - 2.45) / (3 * sd)
assert abs(cpk - (2.55 - 2.512) / 0.027) < 1e-12
add(
    "gauge spec 2.50 ± 0.05 mm. process mean 2.512, within sigma 0.009 mm. cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk),
)
d2_4 = d2(4)
assert abs(d2_4 - 2.059) < 1e-3
cp = (1258 - 1250) / (6 * 1.9 / d2_4)
add(
    "width spec 1250 to 1258 mm (+8/−0). xbar-R subgroups of 4, Rbar = 1.9 mm, sigma = Rbar/d2. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp),
)

# ---------------- sample size ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 15**2 / 10**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 225 / 100)
add(
    "want to detect 10 MPa diff in mean YS between 2 chem variants, sd ~15 MPa each, alpha 0.05 two sided, power 90%. coils per group? plain z formula, no t correction",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
psi = 0.45359237 * 9.80665 / 0.0254**2  # Pa
mpa = 72 * 1000 * psi / 1e6
assert abs(mpa - 72 * 6.894757) < 1e-3
add(
    "customer cert says UTS 72 ksi, what's that in MPa",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(mpa),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, hot-strip steel rolling-mill process engineer (coil wt, FDT, CT, YS/UTS, gauge, crown)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
