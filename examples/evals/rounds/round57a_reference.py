import os, math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate, optimize

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round57a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, s, T = sp.symbols("t x s T", real=True)

# ---------------- calculus (4) ----------------
h = 60 * t / (t + 4)
dh = sp.simplify(sp.diff(h, t))
assert sp.simplify(dh - 240 / (t + 4) ** 2) == 0
f = sp.lambdify(t, h)
e = 1e-6
assert abs((f(3 + e) - f(3 - e)) / (2 * e) - float(dh.subs(t, 3))) < 1e-6
add(
    "flash-off model for bc film build on the test panels: h(t) = 60t/(t+4) μm, t in min after spray. "
    "need dh/dt as an exact expression in t pls (want the build rate curve), thx",
    "calculus",
    {"rule": "expr"},
    str(dh),
)

Tt = 20 + 160 * (1 - sp.exp(-t / 5))
I = sp.simplify(sp.integrate(Tt, (t, 0, 10)))
num, _ = integrate.quad(lambda u: 20 + 160 * (1 - math.exp(-u / 5)), 0, 10)
assert abs(float(I) - num) < 1e-9 and sp.simplify(I - (1000 + 800 * sp.exp(-2))) == 0
add(
    "oven zone 1 metal temp ramp from the datapaq run fits T(t) = 20 + 160(1 − e^(−t/5)) °C, t in min. "
    "need the degree-minutes, i.e. ∫ T dt from t=0 to t=10 min. exact form pls not decimal",
    "calculus",
    {"rule": "expr"},
    str(I),
)

eta = s * sp.exp(-s / 40)
crit = sp.solve(sp.diff(eta, s), s)
assert crit == [40] and sp.diff(eta, s, 2).subs(s, 40) < 0
res = optimize.minimize_scalar(lambda u: -u * math.exp(-u / 40), bounds=(1, 100), method="bounded")
assert abs(res.x - 40) < 1e-3
add(
    "rough transfer eff curve from the bell trials: η(s) = s·e^(−s/40) (arb units), s = bell cup speed in krpm. "
    "at what speed s is η maxed? just the krpm value",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

r = 12 * t * sp.exp(-t / 3)
tot = sp.integrate(r, (t, 0, sp.oo))
num, _ = integrate.quad(lambda u: 12 * u * math.exp(-u / 3), 0, np.inf)
assert tot == 108 and abs(num - 108) < 1e-7
add(
    "solvent release after spraying a hood, modelled as r(t)=12·t·e^(-t/3) g/min. total grams released over all time "
    "(t from 0 to ∞)? for the VOC calc",
    "calculus",
    {"rule": "expr"},
    str(tot),
)

# ---------------- algebra (3) ----------------
roots = sp.solve(sp.Rational(2, 100) * x**2 - sp.Rational(11, 10) * x + 12, x)
assert sorted(roots) == [15, 40]
nr = np.roots([0.02, -1.1, 12])
assert np.allclose(sorted(nr), [15, 40])
add(
    "cost model someone put in the spreadsheet for reject bodies vs line speed x (jph): 0.02x² − 1.1x + 12 = 0. "
    "need both roots for x, exact",
    "algebra",
    {"rule": "set"},
    [str(r_) for r_ in sorted(roots)],
)

a, b = sp.symbols("a b")
sol = sp.solve([a + b - 20, sp.Rational(45, 100) * a + sp.Rational(30, 100) * b - sp.Rational(36, 100) * 20], [a, b])
A_ = np.linalg.solve([[1, 1], [0.45, 0.30]], [20, 7.2])
assert abs(A_[0] - 8) < 1e-12 and sol[a] == 8
add(
    "mixing 2 clear batches to hit 36% solids. batch A is 45% solids, batch B 30%, want 20 L total. "
    "how many L of A? (solids by volume, assume volumes add)",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

Tsol = sp.solve(sp.Eq(36 * sp.exp(-sp.Rational(1, 40) * T), 24), T)
assert len(Tsol) == 1 and sp.simplify(Tsol[0] - 40 * sp.log(sp.Rational(3, 2))) == 0
assert abs(36 * math.exp(-0.025 * float(Tsol[0])) - 24) < 1e-12
add(
    "visc of the 2K primer vs material temp fits η(T) = 36·e^(−0.025T) s (DIN4 cup), T in °C. "
    "at what T is it exactly 24 s? give exact answer, ln form fine",
    "algebra",
    {"rule": "expr"},
    str(40 * sp.log(sp.Rational(3, 2))),
)

# ---------------- linear algebra (2) ----------------
M = sp.Matrix([[sp.Rational(9, 10), sp.Rational(1, 10)], [sp.Rational(6, 10), sp.Rational(4, 10)]])
ev = list(M.eigenvals().keys())
assert set(ev) == {1, sp.Rational(3, 10)}
assert np.allclose(sorted(np.linalg.eigvals(np.array([[0.9, 0.1], [0.6, 0.4]]))), [0.3, 1.0])
add(
    "body routing after final inspect as a 2-state markov thing (state1 = ok, state2 = spot repair). "
    "transition matrix rows:\n  0.9  0.1\n  0.6  0.4\neigenvalues of that matrix pls",
    "linear_algebra",
    {"rule": "set"},
    [str(v) for v in sorted(ev)],
)

D = sp.Matrix([[4, 2, 1], [3, 5, 2], [1, 2, 6]])
det = D.det()
assert det == 73 and abs(np.linalg.det(np.array(D.tolist(), dtype=float)) - 73) < 1e-9
add(
    "tint recipe matrix (3 tinters x 3 color coords), checking its not singular before i invert:\n"
    "[4 2 1]\n[3 5 2]\n[1 2 6]\nwhats the determinant",
    "linear_algebra",
    {"rule": "expr"},
    str(det),
)

# ---------------- probability (4) ----------------
pb = 1 - 0.96**20 - 20 * 0.04 * 0.96**19
assert abs(pb - stats.binom.sf(1, 20, 0.04)) < 1e-14
add(
    "approx 4% of bodies come out of the clearcoat booth needing spot repair, independent body to body. "
    "next 20 bodies — prob that at least 2 need repair? decimal ok",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pb),
)

lam = 1.8
pp = math.exp(-lam) * (1 + lam + lam**2 / 2)
assert abs(pp - stats.poisson.cdf(2, lam)) < 1e-14
add(
    "dirt nibs avg 1.8 per body on the hood+roof audit (poisson). P(a body has 2 or fewer nibs)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pp),
)

pn = stats.norm.cdf(35, 42, 3.5)
assert abs(pn - 0.5 * math.erfc(2 / math.sqrt(2))) < 1e-14
add(
    "clearcoat dft on horizontals ~ normal, μ = 42 μm, σ = 3.5 μm. whats the fraction of readings under the 35 μm min?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pn),
)

ph = sp.Rational(sp.binomial(3, 1) * sp.binomial(9, 3), sp.binomial(12, 4))
assert ph == sp.Rational(28, 55) and abs(float(ph) - stats.hypergeom.pmf(1, 12, 3, 4)) < 1e-14
add(
    "rack of 12 test panels, 3 of them have craters (dont know which). i pull 4 at random w/o replacement for the lab. "
    "P(exactly 1 of my 4 has craters)? exact fraction pls",
    "probability",
    {"rule": "expr"},
    str(ph),
)

# ---------------- hypothesis tests (4) ----------------
gA = [86.2, 87.1, 85.4, 88.0, 86.7, 85.9, 87.4, 86.1, 86.8, 87.3]
gB = [84.9, 86.5, 83.2, 85.8, 84.1, 87.0, 83.8, 85.2]
wt = stats.ttest_ind(gA, gB, equal_var=False)
ma, mb = np.mean(gA), np.mean(gB)
va, vb = np.var(gA, ddof=1) / len(gA), np.var(gB, ddof=1) / len(gB)
tw = (ma - mb) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(gA) - 1) + vb**2 / (len(gB) - 1))
assert abs(tw - wt.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tw), dfw) - wt.pvalue) < 1e-12
add(
    "20° gloss on bc/cc, booth A vs booth B, diff bodies each side\n"
    "A: 86.2 87.1 85.4 88.0 86.7 85.9 87.4 86.1 86.8 87.3\n"
    "B: 84.9 86.5 83.2 85.8 84.1 87.0 83.8 85.2\n"
    "welch t test (dont assume equal var), 2 sided. p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(wt.pvalue),
)

pre = [38.2, 41.5, 39.8, 40.1, 37.6, 42.0, 39.3, 40.7]
post = [40.1, 42.3, 41.2, 40.9, 39.8, 42.6, 40.8, 41.9]
pt = stats.ttest_rel(post, pre)
d = np.array(post) - np.array(pre)
tp = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
assert abs(tp - pt.statistic) < 1e-10
add(
    "recal'd the robot guns on line 2. same 8 bodies measured before & after (same spots), cc film build μm:\n"
    "body | before | after\n1 | 38.2 | 40.1\n2 | 41.5 | 42.3\n3 | 39.8 | 41.2\n4 | 40.1 | 40.9\n"
    "5 | 37.6 | 39.8\n6 | 42.0 | 42.6\n7 | 39.3 | 40.8\n8 | 40.7 | 41.9\n"
    "paired t, d = after − before. what's the t statistic",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(pt.statistic),
)

tab = np.array([[42, 31, 17], [55, 28, 30]])
chi = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
X2 = ((tab - E) ** 2 / E).sum()
pv = stats.chi2.sf(X2, 2)
assert abs(X2 - chi[0]) < 1e-10 and abs(pv - chi[1]) < 1e-12
add(
    "defect counts by shift from last wk audit, want to know if defect mix depends on shift:\n"
    "         dirt  crater  sag\n"
    "day      42    31      17\n"
    "night    55    28      30\n"
    "chi-square test of independence, p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(chi[1]),
)

x1, n1, x2, n2 = 37, 820, 58, 790
p1, p2 = x1 / n1, x2 / n2
pp_ = (x1 + x2) / (n1 + n2)
z = (p1 - p2) / math.sqrt(pp_ * (1 - pp_) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
c2 = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(z**2 - c2[0]) < 1e-9 and abs(pz - c2[1]) < 1e-12
add(
    "bodies w/ any sealer-related paint defect last month: line 1 had 37 of 820, line 2 had 58 of 790. "
    "2-proportion z test w/ pooled p, two sided — p val?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)

# ---------------- regression (2) ----------------
bt = [150, 155, 160, 165, 170, 175, 180]
cx = [78.4, 81.9, 85.1, 87.6, 90.8, 92.7, 95.3]
lr = stats.linregress(bt, cx)
X = np.column_stack([np.ones(len(bt)), bt])
beta = np.linalg.lstsq(X, np.array(cx), rcond=None)[0]
assert abs(beta[1] - lr.slope) < 1e-10
add(
    "cure study on the cc: bake temp (metal temp, °C) vs crosslink % from DSC\n"
    "temp: 150 155 160 165 170 175 180\n"
    "xlink%: 78.4 81.9 85.1 87.6 90.8 92.7 95.3\n"
    "ols fit xlink% on temp, what's the slope (% per °C)",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

fb = [38, 40, 42, 44, 46, 48, 50, 52]
lw = [4.1, 3.6, 3.4, 2.9, 2.8, 2.2, 2.3, 1.9]
lr2 = stats.linregress(fb, lw)
yh = lr2.intercept + lr2.slope * np.array(fb)
ss_res = ((np.array(lw) - yh) ** 2).sum()
ss_tot = ((np.array(lw) - np.mean(lw)) ** 2).sum()
assert abs((1 - ss_res / ss_tot) - lr2.rvalue**2) < 1e-12
add(
    "orange peel vs cc build. wave-scan long wave (LW) against film build:\n"
    "build_um,LW\n38,4.1\n40,3.6\n42,3.4\n44,2.9\n46,2.8\n48,2.2\n50,2.3\n52,1.9\n"
    "simple linear regression LW on build — R² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(lr2.rvalue**2),
)

# ---------------- anova (2) ----------------
g1 = [41.2, 42.0, 40.8, 41.5, 42.3]
g2 = [43.1, 42.7, 43.8, 42.9, 43.5]
g3 = [44.0, 43.2, 44.6, 43.9, 44.8]
an = stats.f_oneway(g1, g2, g3)


def oneway(*gs):
    allv = np.concatenate(gs)
    gm = allv.mean()
    k = len(gs)
    N = len(allv)
    ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in gs)
    ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in gs)
    F = (ssb / (k - 1)) / (ssw / (N - k))
    return F, stats.f.sf(F, k - 1, N - k)


F1, p1_ = oneway(g1, g2, g3)
assert abs(F1 - an.statistic) < 1e-9 and abs(p1_ - an.pvalue) < 1e-15
add(
    "bell cup speed trial, cc build (μm), 5 bodies each:\n"
    "- 30 krpm: 41.2, 42.0, 40.8, 41.5, 42.3\n"
    "- 40 krpm: 43.1, 42.7, 43.8, 42.9, 43.5\n"
    "- 50 krpm: 44.0, 43.2, 44.6, 43.9, 44.8\n"
    "one-way anova, need the p value",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(an.pvalue),
)

L1 = [12.1, 11.8, 12.4, 12.0]
L2 = [11.5, 11.9, 11.2, 11.6]
L3 = [12.6, 12.3, 12.9, 12.5]
L4 = [11.9, 12.2, 11.7, 12.1]
an2 = stats.f_oneway(L1, L2, L3, L4)
F2, _ = oneway(L1, L2, L3, L4)
assert abs(F2 - an2.statistic) < 1e-9
add(
    "4 primer lots, 4 sprayed panels each, DOI readings (x0.1 scale, dont ask), numbers below\n"
    "lot1\t12.1\t11.8\t12.4\t12.0\nlot2\t11.5\t11.9\t11.2\t11.6\nlot3\t12.6\t12.3\t12.9\t12.5\nlot4\t11.9\t12.2\t11.7\t12.1\n"
    "one way anova across lots — F stat?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(an2.statistic),
)

# ---------------- design (3) ----------------
r1 = 2**4 + 3
assert r1 == len(list(__import__("itertools").product([-1, 1], repeat=4))) + 3 == 19
add(
    "planning a DOE on the cc robots: fluid flow, shaping air, bell speed, voltage. "
    "full 2-level factorial, 4 factors, plus 3 center pts, no replicates. how many runs total?",
    "design",
    {"rule": "runs"},
    r1,
)

r2 = 2 ** (5 - 1) * 2
assert r2 == 32 and len(list(__import__("itertools").product([-1, 1], repeat=4))) * 2 == r2
add(
    "oven DOE: 5 factors (zone 1-3 setpoints, conveyor speed, air velocity), 2^(5−1) half fraction, "
    "replicated twice, no center points. # of runs?",
    "design",
    {"rule": "runs"},
    r2,
)

k = 3
r3 = 2**k + 2 * k + 6
pts = [p for p in __import__("itertools").product([-1, 1], repeat=3)]
axial = [tuple(sgn if i == j else 0 for i in range(3)) for j in range(3) for sgn in (-1, 1)]
assert r3 == len(pts) + len(axial) + 6 == 20
add(
    "RSM on primer surfacer: 3 factors (flow, shaping air, booth RH). face-centered central composite, "
    "6 center pts, single replicate of the cube & axial pts. how many runs",
    "design",
    {"rule": "runs"},
    r3,
)

# ---------------- control chart (2) ----------------
xb = [44.1, 43.6, 44.5, 43.9, 44.2, 44.8, 43.7, 44.0, 44.3, 43.9, 44.6, 44.1]
Rr = [2.3, 1.9, 2.8, 2.1, 2.5, 2.0, 2.6, 1.8, 2.4, 2.2, 2.7, 2.1]
A2 = 0.577
ucl = np.mean(xb) + A2 * np.mean(Rr)
d2, _ = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 5 - stats.norm.cdf(w) ** 5, -np.inf, np.inf)
assert abs(d2 - 2.326) < 1e-3
ucl2 = sum(xb) / len(xb) + 3 / (d2 * math.sqrt(5)) * sum(Rr) / len(Rr)
assert abs(ucl2 - ucl) / ucl < 1e-4
add(
    "xbar-R on cc build, subgroups of n=5 bodies per hr, 12 subgroups:\n"
    "xbar: 44.1 43.6 44.5 43.9 44.2 44.8 43.7 44.0 44.3 43.9 44.6 44.1\n"
    "R:    2.3 1.9 2.8 2.1 2.5 2.0 2.6 1.8 2.4 2.2 2.7 2.1\n"
    "UCL for the xbar chart pls (std A2 table const)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl),
)

cc = [3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 4, 7, 2, 3, 4, 5, 3, 2, 4]
cbar = sum(cc) / len(cc)
uclc = cbar + 3 * math.sqrt(cbar)
assert abs(uclc - (np.mean(cc) + 3 * np.sqrt(np.mean(cc)))) < 1e-12
add(
    "defects per body from final paint audit, 1 body per sample, last 20 bodies:\n"
    "3,5,2,4,6,3,1,4,5,2,3,4,7,2,3,4,5,3,2,4\n"
    "c chart — what's the UCL",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(uclc),
)

# ---------------- capability (2) ----------------
cpk = min(55 - 46.2, 46.2 - 40) / (3 * 1.9)
cpu, cpl = (55 - 46.2) / (3 * 1.9), (46.2 - 40) / (3 * 1.9)
assert abs(cpk - min(cpu, cpl)) < 1e-15 and abs(cpk - (1 - abs(47.5 - 46.2) / 7.5) * 15 / (6 * 1.9)) < 1e-12
add(
    "cc build spec 40–55 μm. process mean 46.2, within-subgroup σ 1.9 μm (from Rbar/d2). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

ec = [19.2, 20.1, 18.7, 19.8, 20.4, 19.5, 18.9, 20.0, 19.6, 19.1, 20.3, 19.7, 18.8, 19.9, 20.2, 19.4]
m, sd = np.mean(ec), np.std(ec, ddof=1)
ppk = min(22 - m, m - 16) / (3 * sd)
sd2 = math.sqrt(sum((v - sum(ec) / len(ec)) ** 2 for v in ec) / (len(ec) - 1))
assert abs(ppk - min(22 - sum(ec) / 16, sum(ec) / 16 - 16) / (3 * sd2)) < 1e-12
add(
    "e-coat dft readings, 16 bodies random over the week (μm):\n"
    "19.2 20.1 18.7 19.8 20.4 19.5 18.9 20.0 19.6 19.1 20.3 19.7 18.8 19.9 20.2 19.4\n"
    "spec 16–22 μm. need Ppk using the overall sample std dev (n−1)",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
nraw = 2 * (za + zb) ** 2 * 3**2 / 2**2
n = math.ceil(nraw)
nn = next(k for k in range(2, 500) if stats.norm.cdf(2 / (3 * math.sqrt(2 / k)) - za) >= 0.90)
assert n == nn == 48
add(
    "want to compare cc build between 2 gun tip types. σ approx 3 μm, want to detect a 2 μm diff in means, "
    "alpha 0.05 two sided, power 90%. use the normal approx formula, round up. n per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n,
)

# ---------------- unit conversion (1) ----------------
um = 2.3 * 25.4
assert abs(um - 2.3 / 1000 * 0.0254 * 1e6) < 1e-9
add(
    "supplier TDS says 2.3 mils dry for the primer. thats how many μm?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(um),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == {
    "calculus": 4,
    "algebra": 3,
    "linear_algebra": 2,
    "probability": 4,
    "hypothesis_test": 4,
    "regression": 2,
    "anova": 2,
    "design": 3,
    "control_chart": 2,
    "capability": 2,
    "sample_size": 1,
    "unit_conversion": 1,
}
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, automotive paint-shop process engineer (slack style)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
