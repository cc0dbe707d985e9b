import os, math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate, optimize

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round57c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


N, t = sp.symbols("N t")

# ---------------- calculus (4) ----------------
# c1: N rate at max yield of quadratic response
Y = sp.Rational(34, 10) + sp.Rational(52, 1000) * N - sp.Rational(16, 100000) * N**2
nmax = sp.solve(sp.diff(Y, N), N)[0]
r = optimize.minimize_scalar(lambda n: -(3.4 + 0.052 * n - 0.00016 * n**2), bounds=(0, 400), method="bounded")
assert abs(r.x - float(nmax)) < 1e-3 and nmax == sp.Rational(325, 2)
add(
    """fitted quadratic from last yr's N-response trial (winter wheat, site 2):
Y = 3.4 + 0.052·N − 0.00016·N²   (Y in t/ha, N in kg N/ha)
at what N rate is yield maximised? just the agronomic max, ignore prices""",
    "calculus",
    {"rule": "number", "tol": 1e-6},
    float(nmax),
)

# c2: total N uptake, exact integral
rate = sp.Rational(16, 5) * t * sp.exp(-t / 20)
tot = sp.simplify(sp.integrate(rate, (t, 0, 60)))
num, _ = integrate.quad(lambda x: 3.2 * x * math.exp(-x / 20), 0, 60)
assert abs(float(tot) - num) < 1e-8
add(
    """Crop N uptake rate modelled as  u(t) = 3.2·t·e^(−t/20)  kg N/ha per day, t = days after emergence.
Need total N taken up between emergence (t=0) and day 60. exact form please, not decimal""",
    "calculus",
    {"rule": "expr"},
    str(tot),
)

# c3: derivative of Mitscherlich
Ym = sp.Rational(19, 2) * (1 - sp.exp(-sp.Rational(3, 250) * (N + 40)))
dY = sp.simplify(sp.diff(Ym, N))
f = lambda n: 9.5 * (1 - math.exp(-0.012 * (n + 40)))
h = 1e-5
for nv in (0, 80, 170):
    assert abs((f(nv + h) - f(nv - h)) / (2 * h) - float(dY.subs(N, nv))) < 1e-7
add(
    """Mitscherlich fit for the spring barley plots:
  Y = 9.5·(1 − exp(−0.012·(N + 40)))     t/ha,  N = fert rate kg N/ha
want the marginal response dY/dN as a function of N (exact expression in N)""",
    "calculus",
    {"rule": "expr"},
    str(dY),
)

# c4: max rate of biomass accumulation for logistic
W = 12 / (1 + sp.exp(-sp.Rational(8, 100) * (t - 55)))
dW = sp.diff(W, t)
tcrit = sp.solve(sp.diff(W, t, 2), t)
maxrate = sp.nsimplify(sp.simplify(dW.subs(t, 55)))
grid = np.linspace(0, 120, 120001)
g = 12 * 0.08 * np.exp(-0.08 * (grid - 55)) / (1 + np.exp(-0.08 * (grid - 55))) ** 2
assert abs(g.max() - float(maxrate)) < 1e-9 and maxrate == sp.Rational(6, 25)
add(
    """biomass (maize, plot 14) fits a logistic nicely:
W(t) = 12 / (1 + e^(−0.08·(t − 55)))   W in t DM/ha, t in days after sowing
What's the maximum crop growth rate, in t DM/ha per day?""",
    "calculus",
    {"rule": "number", "tol": 1e-6},
    float(maxrate),
)

# ---------------- algebra (3) ----------------
# a1: roots where quadratic yield = 9
Yq = 4 + sp.Rational(5, 100) * N - sp.Rational(1, 10000) * N**2
roots = sp.solve(sp.Eq(Yq, 9), N)
rn = np.roots([-0.0001, 0.05, 4 - 9])
assert sorted(float(x) for x in roots) == sorted(np.round(rn.real, 9)) or np.allclose(
    sorted(float(x) for x in roots), sorted(rn.real)
)
assert set(roots) == {250 - 50 * sp.sqrt(5), 250 + 50 * sp.sqrt(5)}
add(
    """Response curve for the oilseed rape N trial: Y = 4 + 0.05N − 0.0001N² (t/ha, N kg/ha).
Which N rate(s) give exactly 9 t/ha? give both roots, exact (surds ok)""",
    "algebra",
    {"rule": "set"},
    [str(x) for x in roots],
)

# a2: urea + CAN blend
u = sp.symbols("u")
usol = sp.solve(sp.Rational(46, 100) * u + sp.Rational(27, 100) * (450 - u) - 150, u)[0]
A = np.array([[0.46, 0.27], [1, 1]])
b = np.array([150, 450])
assert abs(np.linalg.solve(A, b)[0] - float(usol)) < 1e-9 and usol == 150
add(
    """Spreader's getting a mix of urea (46% N) and CAN (27% N). Total product going on = 450 kg/ha and
I want exactly 150 kg N/ha out of it. How many kg/ha of the 450 should be urea?""",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(usol),
)

# a3: first-order decay constant
k = sp.symbols("k", positive=True)
ksol = sp.solve(sp.Eq(85 * sp.exp(-30 * k), 40), k)[0]
kb = optimize.brentq(lambda kk: 85 * math.exp(-30 * kk) - 40, 1e-6, 1)
assert abs(float(ksol) - kb) < 1e-12
add(
    """Soil mineral N (0–90 cm) on the fallow strip went from 85 kg N/ha to 40 kg N/ha over 30 days.
Assuming simple first-order loss, N(t) = N0·e^(−k·t) with t in days, what's k? exact value pls (log form fine)""",
    "algebra",
    {"rule": "expr"},
    str(sp.simplify(ksol)),
)

# ---------------- linear algebra (2) ----------------
M = sp.Matrix(
    [
        [sp.Rational(20, 100), sp.Rational(10, 100), 0],
        [sp.Rational(10, 100), sp.Rational(20, 100), 0],
        [sp.Rational(10, 100), sp.Rational(20, 100), sp.Rational(60, 100)],
    ]
)
rhs = sp.Matrix([100, 80, 120])
sol = M.LUsolve(rhs)
soln = np.linalg.solve(np.array(M.tolist(), dtype=float), np.array([100, 80, 120.0]))
assert np.allclose(soln, [float(v) for v in sol])
add(
    """Trying to hit N 100 / P2O5 80 / K2O 120 kg/ha using three products only:
product,N%,P2O5%,K2O%
A (20-10-10),20,10,10
B (10-20-20),10,20,20
MOP,0,0,60
Set it up as a linear system and solve for the rates (kg product/ha) of A, B, MOP. Give the solution as a column vector [A; B; MOP], exact.""",
    "linear_algebra",
    {"rule": "expr"},
    str(sol),
)

C = sp.Matrix([[5, 2], [2, 2]])
ev = list(C.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5.0, 2.0], [2.0, 2.0]]))), sorted(float(e) for e in ev))
add(
    """G×E work – genetic covariance matrix of yield across the two sites, (t/ha)²:
      site1  site2
site1   5      2
site2   2      2
what are its eigenvalues?""",
    "linear_algebra",
    {"rule": "set"},
    sorted(str(e) for e in ev),
)

# ---------------- probability (4) ----------------
p_bin = float(stats.binom.sf(8, 10, 0.92))
alt = sum(math.comb(10, j) * 0.92**j * 0.08 ** (10 - j) for j in (9, 10))
assert abs(p_bin - alt) < 1e-12
add(
    """Seed lot germ = 92% (lab test). We hand-sow 10 seeds per cell in the glasshouse trays.
Prob that at least 9 of the 10 come up? assume seeds independent. decimal""",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p_bin,
)

lam = sp.Rational(12, 5)
pp = sp.simplify(1 - sum(sp.exp(-lam) * lam**j / sp.factorial(j) for j in range(3)))
assert abs(float(pp) - stats.poisson.sf(2, 2.4)) < 1e-12
add(
    """blackgrass counts per 0.25 m² quadrat, treating as Poisson with mean 2.4 per quadrat.
P(a quadrat has 3 or more plants)? exact expression wanted""",
    "probability",
    {"rule": "expr"},
    str(pp),
)

p_norm = float(stats.norm.sf(9, 7.8, 0.65))
num, _ = integrate.quad(lambda x: math.exp(-0.5 * ((x - 7.8) / 0.65) ** 2) / (0.65 * math.sqrt(2 * math.pi)), 9, 20)
assert abs(p_norm - num) < 1e-9
add(
    """Plot yields for cv. Skyfall across the network look normal, mean 7.8 t/ha, SD 0.65 t/ha.
What fraction of plots would you expect above 9.0 t/ha?""",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p_norm,
)

ph = 1 - sp.Rational(math.comb(46, 5), math.comb(50, 5))
assert abs(float(ph) - stats.hypergeom.sf(0, 50, 4, 5)) < 1e-12
add(
    """Consignment of 50 seed bags, 4 of them are known to carry ergot-contaminated seed (we don't know which).
Pull 5 bags at random without replacement for the lab. P(at least one contaminated bag in the sample)? exact fraction""",
    "probability",
    {"rule": "expr"},
    str(ph),
)

# ---------------- hypothesis tests (4) ----------------
A_ = np.array([7.42, 6.88, 8.10, 7.65, 7.02, 7.91, 6.75, 7.38])
B_ = np.array([7.95, 7.31, 8.22, 8.30, 7.11, 8.44, 7.30, 7.52])
res = stats.ttest_rel(B_, A_)
d = B_ - A_
tt = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
assert abs(2 * stats.t.sf(abs(tt), len(d) - 1) - res.pvalue) < 1e-12
add(
    """block,var_A,var_B
B1,7.42,7.95
B2,6.88,7.31
B3,8.10,8.22
B4,7.65,8.30
B5,7.02,7.11
B6,7.91,8.44
B7,6.75,7.30
B8,7.38,7.52
yields t/ha, both varieties side by side in each block so pair by block. paired t-test, two-sided — p-value?""",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)

x180 = np.array([8.64, 9.12, 8.31, 8.95, 9.40, 8.77, 9.05])
x120 = np.array([7.95, 8.40, 7.62, 8.81, 8.12, 7.70])
rw = stats.ttest_ind(x180, x120, equal_var=False)
se = math.sqrt(x180.var(ddof=1) / len(x180) + x120.var(ddof=1) / len(x120))
assert abs((x180.mean() - x120.mean()) / se - rw.statistic) < 1e-12
add(
    """Two N rates, plots didn't all make it (pigeon damage) so unequal reps:

N_rate	plot	yield_t_ha
180	101	8.64
180	104	9.12
180	107	8.31
180	110	8.95
180	113	9.40
180	116	8.77
180	119	9.05
120	102	7.95
120	105	8.40
120	108	7.62
120	111	8.81
120	114	8.12
120	117	7.70

Welch t-test (don't assume equal variances), 180 minus 120. What's the t statistic?""",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(rw.statistic),
)

tab = np.array([[42, 31, 7], [55, 20, 5], [30, 35, 15]])
chi, pchi, dof, exp_ = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1)[:, None] * tab.sum(0)[None, :] / tab.sum()
chi_m = ((tab - E) ** 2 / E).sum()
assert abs(stats.chi2.sf(chi_m, 4) - pchi) < 1e-12 and dof == 4
add(
    """septoria scoring, number of plots in each class:
variety,none,mild,severe
Crusoe,42,31,7
Graham,55,20,5
Extase,30,35,15
is disease class independent of variety? chi-square test of independence, p-value please""",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pchi),
)

prot = np.array([11.6, 12.1, 11.4, 11.9, 11.7, 12.3, 11.5, 11.8, 12.0, 11.6])
r1 = stats.ttest_1samp(prot, 12.0, alternative="less")
tt1 = (prot.mean() - 12.0) / (prot.std(ddof=1) / math.sqrt(len(prot)))
assert abs(stats.t.cdf(tt1, len(prot) - 1) - r1.pvalue) < 1e-12
add(
    """grain protein %, 10 loads off the late-N plots:
11.6 12.1 11.4 11.9 11.7 12.3 11.5 11.8 12.0 11.6
Milling contract wants 12.0%. One-sample t-test, H1: mean protein < 12.0 (one-sided). p value?""",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r1.pvalue),
)

# ---------------- regression (2) ----------------
Nr = np.array([0, 0, 0, 50, 50, 50, 100, 100, 100, 150, 150, 150, 200, 200, 200], float)
yy = np.array([4.12, 4.35, 3.98, 5.41, 5.20, 5.66, 6.30, 6.52, 6.15, 7.01, 7.24, 6.88, 7.40, 7.65, 7.31])
lr = stats.linregress(Nr, yy)
sl = ((Nr - Nr.mean()) * (yy - yy.mean())).sum() / ((Nr - Nr.mean()) ** 2).sum()
assert abs(np.polyfit(Nr, yy, 1)[0] - lr.slope) < 1e-12 and abs(sl - lr.slope) < 1e-12
rows = "\n".join(f"{100 + i + 1},{int(Nr[i])},{yy[i]:.2f}" for i in range(len(Nr)))
add(
    f"""plot_id,N_kg_ha,yield_t_ha
{rows}
fit a straight line yield ~ N (OLS). slope in t/ha per kg N?""",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

om = np.array([2.1, 2.8, 3.4, 1.9, 4.0, 3.1, 2.5, 3.7, 2.2, 3.0])
yl = np.array([6.2, 7.0, 7.4, 6.5, 8.1, 7.1, 6.6, 7.9, 6.0, 7.5])
lr2 = stats.linregress(om, yl)
b1, b0 = np.polyfit(om, yl, 1)
r2b = 1 - ((yl - (b0 + b1 * om)) ** 2).sum() / ((yl - yl.mean()) ** 2).sum()
assert abs(lr2.rvalue**2 - r2b) < 1e-12
add(
    """Field,SOM_%,Yield_t/ha
F01,2.1,6.2
F02,2.8,7.0
F03,3.4,7.4
F04,1.9,6.5
F05,4.0,8.1
F06,3.1,7.1
F07,2.5,6.6
F08,3.7,7.9
F09,2.2,6.0
F10,3.0,7.5
simple linear regression of yield on soil organic matter – how much of the variation does it explain (R²)?""",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(lr2.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
g = {
    "Dunston": [7.8, 8.1, 7.5, 7.9],
    "Zyatt": [8.6, 8.9, 8.4, 8.8],
    "Costello": [7.2, 7.6, 7.0, 7.5],
    "Theodore": [8.0, 7.7, 8.3, 8.1],
}
fo = stats.f_oneway(*g.values())
allv = np.concatenate([np.array(v) for v in g.values()])
gm = allv.mean()
ssb = sum(len(v) * (np.mean(v) - gm) ** 2 for v in g.values())
ssw = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in g.values())
assert abs((ssb / 3) / (ssw / 12) - fo.statistic) < 1e-9
add(
    """CRD, 4 reps each, yield t/ha:
Dunston   7.8 8.1 7.5 7.9
Zyatt     8.6 8.9 8.4 8.8
Costello  7.2 7.6 7.0 7.5
Theodore  8.0 7.7 8.3 8.1
one-way ANOVA for variety – give me the F value""",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(fo.statistic),
)

trt = ["N0", "N60", "N120", "N180"]
Yr = np.array(
    [
        [5.1, 6.0, 4.6, 5.8],  # N0, blocks I..IV
        [5.6, 6.9, 5.9, 6.3],
        [6.4, 6.5, 5.4, 6.0],
        [5.9, 7.4, 6.1, 6.9],
    ]
)
tn, bn = Yr.shape
gm = Yr.mean()
sst = ((Yr - gm) ** 2).sum()
sstr = bn * ((Yr.mean(1) - gm) ** 2).sum()
ssbl = tn * ((Yr.mean(0) - gm) ** 2).sum()
sse = sst - sstr - ssbl
dfe = (tn - 1) * (bn - 1)
F_t = (sstr / (tn - 1)) / (sse / dfe)
p_t = float(stats.f.sf(F_t, tn - 1, dfe))
# alt: model comparison with least squares
yv = Yr.flatten()
ti = np.repeat(np.arange(tn), bn)
bi = np.tile(np.arange(bn), tn)


def X(full):
    cols = [np.ones(len(yv))] + [(bi == j).astype(float) for j in range(1, bn)]
    if full:
        cols += [(ti == j).astype(float) for j in range(1, tn)]
    return np.column_stack(cols)


def rss(Xm):
    beta = np.linalg.lstsq(Xm, yv, rcond=None)[0]
    return ((yv - Xm @ beta) ** 2).sum()


r_full, r_red = rss(X(True)), rss(X(False))
F2 = ((r_red - r_full) / (tn - 1)) / (r_full / dfe)
assert abs(F2 - F_t) < 1e-8 and abs(stats.f.sf(F2, tn - 1, dfe) - p_t) < 1e-12
lines = ["plot,block,trt,yield"]
pid = 1
for j, bl in enumerate(["I", "II", "III", "IV"]):
    for i, tr in enumerate(trt):
        lines.append(f"{pid},{bl},{tr},{Yr[i, j]:.1f}")
        pid += 1
add(
    "RCBD, 4 N treatments x 4 blocks, one plot per trt per block:\n"
    + "\n".join(lines)
    + "\nanalyse as RCBD (block + treatment, additive, no interaction term). p-value for the treatment effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    p_t,
)

# ---------------- design (3) ----------------
runs1 = 3 * 4 * 2 * 4
assert runs1 == len([(a, b_, c, d_) for a in range(3) for b_ in range(4) for c in range(2) for d_ in range(4)])
add(
    """Planning next season: 3 N rates (80/140/200) × 4 varieties × fungicide (yes/no), full factorial,
randomised complete blocks with 4 blocks, one plot per combination per block. How many plots do I need to mark out in total?""",
    "design",
    {"rule": "runs"},
    runs1,
)

runs2 = 2 ** (6 - 2)
assert runs2 == 64 // 4
add(
    """screening trial, 6 two-level factors (seed rate, sowing date, PGR, N timing, S, Mn).
Can't afford the full 2^6 so going with a quarter fraction, 2^(6−2), no replication. number of runs?""",
    "design",
    {"rule": "runs"},
    runs2,
)

runs3 = 2**3 + 2 * 3 + 4
import itertools

cube = list(itertools.product([-1, 1], repeat=3))
star = [tuple(s * a if i == j else 0 for i in range(3)) for j in range(3) for s in (-1, 1) for a in (1.682,)]
assert runs3 == len(cube) + len(star) + 4
add(
    """Response-surface follow up on N, P and K rates: central composite design, full 2³ factorial core + the axial (star) points, 4 centre points.
How many runs in total?""",
    "design",
    {"rule": "runs"},
    runs3,
)

# ---------------- control charts (2) ----------------
sub = np.array(
    [
        [14.2, 14.6, 14.1, 14.4, 14.3],
        [14.5, 14.8, 14.3, 14.6, 14.4],
        [14.0, 14.3, 14.4, 14.1, 14.2],
        [14.6, 14.2, 14.5, 14.7, 14.4],
        [14.3, 14.1, 14.6, 14.2, 14.5],
        [14.4, 14.7, 14.3, 14.5, 14.6],
        [14.1, 14.4, 14.0, 14.3, 14.2],
        [14.5, 14.3, 14.6, 14.4, 14.8],
    ]
)
xbb = sub.mean(1).mean()
rbar = np.ptp(sub, axis=1).mean()
ucl = float(xbb + 0.577 * rbar)
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 5 - stats.norm.cdf(w) ** 5, -np.inf, np.inf)[0]
ucl_exact = xbb + 3 / (d2 * math.sqrt(5)) * rbar
assert abs(ucl - ucl_exact) / ucl < 1e-4
rows = "\n".join(f"{i + 1}\t" + "\t".join(f"{v:.1f}" for v in s) for i, s in enumerate(sub))
add(
    f"""Grain dryer output moisture %, 5 samples pulled per hour (subgroup n=5):
hr\ts1\ts2\ts3\ts4\ts5
{rows}
X-bar chart using the R-bar method (standard A2) – what is the UCL?""",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl,
)

fails = np.array([15, 18, 12, 20, 16, 14, 19, 17, 13, 16, 18, 14])
nn = 200
pbar = fails.sum() / (nn * len(fails))
lcl = max(0.0, pbar - 3 * math.sqrt(pbar * (1 - pbar) / nn))
# alt: np-chart LCL divided by n
npl = nn * pbar - 3 * math.sqrt(nn * pbar * (1 - pbar))
assert abs(npl / nn - lcl) < 1e-12 and lcl > 0
add(
    """Germ testing, 200 seeds per test, 12 tests this month. no. of seeds that failed to germinate:
15, 18, 12, 20, 16, 14, 19, 17, 13, 16, 18, 14
p-chart (fraction non-germinating), 3-sigma limits. LCL?""",
    "control_chart",
    {"rule": "number", "key": "lcl", "tol": 1e-4},
    float(lcl),
)

# ---------------- capability (2) ----------------
cpk = min(380 - 356, 356 - 320) / (3 * 7.5)
assert (
    abs(cpk - min(stats.norm.ppf(stats.norm.cdf(380, 356, 7.5)), -stats.norm.ppf(stats.norm.cdf(320, 356, 7.5))) / 3)
    < 1e-9
)
add(
    """Drill calibration – target 350 seeds/m², spec limits 320 to 380 seeds/m². Current setting gives
mean 356, within-process σ = 7.5 seeds/m². Cpk?""",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

pr = np.array([12.4, 12.9, 12.1, 12.6, 13.0, 12.3, 12.7, 12.5, 12.8, 12.2, 12.6, 12.4, 13.1, 12.5, 12.7])
m, s = pr.mean(), pr.std(ddof=1)
ppk = min(13.5 - m, m - 11.5) / (3 * s)
s_alt = math.sqrt(((pr**2).sum() - len(pr) * m**2) / (len(pr) - 1))
assert abs(min(13.5 - m, m - 11.5) / (3 * s_alt) - ppk) < 1e-9
add(
    """protein % on 15 lorry loads to the mill:
12.4,12.9,12.1,12.6,13.0,12.3,12.7,12.5,12.8,12.2,12.6,12.4,13.1,12.5,12.7
spec is 11.5–13.5 %. Ppk using overall sample SD (n−1)?""",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
nraw = 2 * (za + zb) ** 2 * 0.6**2 / 0.5**2
nss = math.ceil(nraw)
pw = lambda n: stats.norm.cdf(0.5 / (0.6 * math.sqrt(2 / n)) - za)
assert pw(nss) >= 0.8 > pw(nss - 1) and nss == 23
add(
    """How many plots per variety do I need to pick up a 0.5 t/ha difference between two varieties?
plot-to-plot SD about 0.6 t/ha, α = 0.05 two-sided, 80% power. Use the normal-approx (z) formula, round up. n per variety""",
    "sample_size",
    {"rule": "int", "key": "n"},
    nss,
)

# ---------------- unit conversion (1) ----------------
tha = 85 * 60 * 0.45359237 / 1000 / 0.40468564224
alt = 85 * 60 * 0.45359237 / 4046.8564224 * 10000 / 1000
assert abs(tha - alt) < 1e-12
add(
    """US collaborator reports wheat at 85 bu/acre. Using 60 lb per bushel (1 lb = 0.45359237 kg, 1 acre = 0.40468564224 ha),
what's that in t/ha?""",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(tha),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == Counter(
    calculus=4,
    algebra=3,
    linear_algebra=2,
    probability=4,
    hypothesis_test=4,
    regression=2,
    anova=2,
    design=3,
    control_chart=2,
    capability=2,
    sample_size=1,
    unit_conversion=1,
)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, agronomist pasting field-trial spreadsheet data",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
