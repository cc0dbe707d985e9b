import os, math, itertools, yaml, numpy as np, sympy as sp
from fractions import Fraction
from scipy import stats, integrate, optimize

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round58d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


rng = np.random.default_rng(58)

# ---------------- calculus (4) ----------------
t = sp.symbols("t")
T = 25 + 220 * (1 - sp.exp(-t / 45))
d = sp.simplify(sp.diff(T, t).subs(t, 30))
f = lambda x: 25 + 220 * (1 - math.exp(-x / 45))
h = 1e-5
assert abs(float(d) - (f(30 + h) - f(30 - h)) / (2 * h)) < 1e-6
assert sp.simplify(d - sp.Rational(44, 9) * sp.exp(sp.Rational(-2, 3))) == 0
add(
    "reflow ramp model for the TC on U7: `T(t) = 25 + 220*(1 - exp(-t/45))` °C, t in s. "
    "what's dT/dt at t = 30 s? exact form pls, not decimal",
    "calculus",
    {"rule": "expr"},
    str(d),
)

Q = sp.integrate(5 * sp.exp(-t / 2), (t, 0, 4))
assert abs(float(Q) - integrate.quad(lambda x: 5 * math.exp(-x / 2), 0, 4)[0]) < 1e-9
add(
    "inrush into the bulk cap bank modelled as i(t) = 5·e^(−t/2) mA, t in ms. total charge delivered "
    "between t=0 and t=4 ms, in µC (mA·ms = µC). exact expression wanted",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(Q)),
)

R = sp.symbols("R", positive=True)
P = 25 * R / (R + 50) ** 2
crit = sp.solve(sp.diff(P, R), R)
assert crit == [50]
res = optimize.minimize_scalar(lambda r: -25 * r / (r + 50) ** 2, bounds=(1, 1000), method="bounded")
assert abs(res.x - 50) < 1e-3
add(
    "test fixture source: 5 V open circuit behind 50 Ω, so power into the load is `P(R) = 25*R/(R + 50)**2` W. "
    "what value of R (ohms) maximises P?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

x = sp.symbols("x")
I4 = sp.integrate(x * sp.log(x), (x, 1, sp.E))
assert abs(float(I4) - integrate.quad(lambda u: u * math.log(u), 1, math.e)[0]) < 1e-10
assert sp.simplify(I4 - (sp.E**2 + 1) / 4) == 0
add(
    "quick one, need ∫ from 1 to e of x·ln(x) dx for a derating calc. exact value",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I4)),
)

# ---------------- algebra (3) ----------------
Rp = sp.solve(sp.Eq(1 / (1 / R + sp.Rational(1, 470)), 330), R)
assert len(Rp) == 1
assert Fraction(1) / (Fraction(1) / Fraction(7755, 7) + Fraction(1, 470)) == 330
add(
    "rework on R214: it's 470 Ω and I need the combo to read exactly 330 Ω. what resistor do I put in parallel? "
    "give it as an exact fraction (ohms), I'll pick the nearest E96 myself",
    "algebra",
    {"rule": "expr"},
    str(Rp[0]),
)

s = sp.symbols("s")
roots = sp.solve(s**3 - 7 * s + 6, s)
assert sorted(np.roots([1, 0, -7, 6]).real.round(9).tolist()) == sorted(float(r) for r in roots)
add(
    "char. polynomial from the PLL loop filter model: `s**3 - 7*s + 6 = 0`. all roots for s?",
    "algebra",
    {"rule": "set"},
    [str(r) for r in roots],
)

a, b = sp.symbols("a b")
sol = sp.solve([a + b - 1200, sp.Rational(15, 1000) * a + sp.Rational(28, 1000) * b - sp.Rational(49, 2)], [a, b])
assert np.allclose(np.linalg.solve([[1, 1], [0.015, 0.028]], [1200, 24.5]), [700, 500])
add(
    "line 3 ran two assemblies last week, 1200 boards total. assy A fails ICT at 1.5 %, assy B at 2.8 %, and "
    "the expected fail count works out to 24.5 boards (yes fractional, it's an expectation). "
    "how many of the 1200 were assy A?",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

# ---------------- linear algebra (2) ----------------
G = sp.Matrix([[3, -1, 0], [-1, 4, -2], [0, -2, 5]])
dG = G.det()
assert abs(np.linalg.det(np.array(G.tolist(), dtype=float)) - float(dG)) < 1e-9
add(
    "nodal analysis on the bias network, conductance matrix in mS:\n"
    "`G = [[3, -1, 0], [-1, 4, -2], [0, -2, 5]]`\ndeterminant of G?",
    "linear_algebra",
    {"rule": "expr"},
    str(dG),
)

C = sp.Matrix([[6, -2], [-2, 3]])
ev = list(C.eigenvals().keys())
assert sorted(np.linalg.eigvalsh(np.array([[6, -2], [-2, 3]], float)).round(9).tolist()) == sorted(float(e) for e in ev)
add(
    "covariance of two ICT params (pad R and cap value, scaled units): C = [[6, −2], [−2, 3]]. eigenvalues of C, exact",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in sorted(ev)],
)

# ---------------- probability (4) ----------------
p10 = float(1 - stats.binom.cdf(1, 20, 0.02))
alt = 1 - sum(math.comb(20, k) * 0.02**k * 0.98 ** (20 - k) for k in range(2))
assert abs(p10 - alt) < 1e-12
add(
    "OQA pulls 20 boards per lot. if the lot's true defective rate is 2 %, what's the probability the sample has "
    "2 or more defectives? binomial",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p10,
)

lam = sp.Integer(4000) * sp.Rational(250, 10**6)
p11 = sp.simplify(sum(sp.exp(-lam) * lam**k / sp.factorial(k) for k in range(2)))
assert abs(float(p11) - stats.poisson.cdf(1, 1.0)) < 1e-12
sim = (rng.poisson(1.0, 2_000_000) <= 1).mean()
assert abs(sim - float(p11)) < 2e-3
add(
    "solder joint defect level on this product is 250 ppm per joint, 4000 joints per board. model defects per board "
    "as Poisson. P(board has at most 1 defective joint)? exact form",
    "probability",
    {"rule": "expr"},
    str(p11),
)

p12 = float(stats.norm.cdf(9.9, 10.02, 0.04) + stats.norm.sf(10.1, 10.02, 0.04))
alt = 0.5 * math.erfc(3 / math.sqrt(2)) + 0.5 * math.erfc(2 / math.sqrt(2))
assert abs(p12 - alt) < 1e-12
add(
    "incoming 10k 1% reel, measured μ = 10.02 kΩ, σ = 0.04 kΩ, assume normal. what fraction of parts falls outside "
    "the 9.9–10.1 kΩ tolerance band (both tails)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p12,
)

p13 = (
    sp.Rational(5, 1000)
    * sp.Rational(98, 100)
    / (sp.Rational(5, 1000) * sp.Rational(98, 100) + sp.Rational(995, 1000) * sp.Rational(3, 100))
)
defect = rng.random(4_000_000) < 0.005
flag = np.where(defect, rng.random(defect.size) < 0.98, rng.random(defect.size) < 0.03)
assert abs(defect[flag].mean() - float(p13)) < 5e-3
add(
    "AOI false-call question. true defect prevalence = 0.5 % of joints, AOI detects 98 % of real defects, "
    "false call rate on good joints = 3 %. given a joint is flagged, P(it's actually defective)? exact fraction",
    "probability",
    {"rule": "expr"},
    str(p13),
)

# ---------------- hypothesis tests (4) ----------------
A = [4.712, 4.698, 4.705, 4.721, 4.709, 4.701, 4.716, 4.703]
B = [4.690, 4.702, 4.685, 4.695, 4.710, 4.688, 4.699]
r = stats.ttest_ind(A, B, equal_var=False)
va, vb = np.var(A, ddof=1) / len(A), np.var(B, ddof=1) / len(B)
assert abs(r.statistic - (np.mean(A) - np.mean(B)) / math.sqrt(va + vb)) < 1e-9
add(
    "ICT reading on R33 (4.7k, values in kΩ), line A vs line B:\n"
    f"A = {A}\nB = {B}\nWelch t-test (unequal variances), two-sided, A minus B. what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r.statistic),
)

before = [41.2, 39.8, 43.1, 40.5, 42.0, 38.9, 41.7, 40.2, 42.8, 39.5]
after = [42.0, 40.9, 43.5, 41.8, 42.1, 40.3, 42.9, 40.6, 43.9, 40.1]
r = stats.ttest_rel(after, before)
dd = np.array(after) - np.array(before)
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(r.pvalue - 2 * stats.t.sf(abs(tt), len(dd) - 1)) < 1e-12
add(
    "die shear on 0603 caps (N), same 10 board positions measured before and after we stretched TAL by 10 s:\n"
    f"before: {' '.join(map(str, before))}\nafter:  {' '.join(map(str, after))}\n"
    "paired t-test, two-sided, α = 0.05 — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

tab = np.array([[34, 18, 9], [21, 26, 15]])
chi2, pv, dof, exp = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
X2 = ((tab - E) ** 2 / E).sum()
assert abs(pv - stats.chi2.sf(X2, 2)) < 1e-12 and dof == 2
add(
    "defect pareto by line, last month:\n\n"
    "       bridge  open  tombstone\nSMT1     34     18      9\nSMT2     21     26     15\n\n"
    "chi-square test of independence (line vs defect type), p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pv),
)

x1, n1, x2, n2 = 57, 1900, 68, 1820
p1, p2 = x1 / n1, x2 / n2
pp = (x1 + x2) / (n1 + n2)
z = (p1 - p2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
c2 = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)[0]
assert abs(z**2 - c2) < 1e-9
add(
    "AOI fails: line 1 had 57 fails out of 1900 boards, line 2 had 68 out of 1820. two-proportion z test with pooled "
    "proportion, two-sided, z = line 1 fail rate minus line 2. z statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(z),
)

# ---------------- regression (2) ----------------
xr = [235, 238, 240, 243, 245, 248, 250]
yr = [6.8, 6.1, 5.9, 5.2, 4.6, 4.1, 3.5]
lr = stats.linregress(xr, yr)
assert abs(lr.slope - np.polyfit(xr, yr, 1)[0]) < 1e-12
add(
    "BGA voiding vs peak temp, one board per setting:\npeak °C: 235 238 240 243 245 248 250\nvoid %:  6.8 6.1 5.9 5.2 4.6 4.1 3.5\n"
    "least squares line void% = b0 + b1·peak. slope b1?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

xt = [25, 50, 75, 100, 125]
yt = [1000.2, 1002.6, 1005.3, 1007.4, 1010.1]
lr2 = stats.linregress(xt, yt)
X = np.column_stack([np.ones(5), xt])
beta = np.linalg.lstsq(X, yt, rcond=None)[0]
res = np.array(yt) - X @ beta
r2 = 1 - (res**2).sum() / ((np.array(yt) - np.mean(yt)) ** 2).sum()
assert abs(r2 - lr2.rvalue**2) < 1e-12
add(
    "tempco check on a 1k thin film in the chamber. `temp_C = [25, 50, 75, 100, 125]`, "
    "`R_ohm = [1000.2, 1002.6, 1005.3, 1007.4, 1010.1]`. fit R vs temp linear, what's R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(r2),
)


# ---------------- anova (2) ----------------
def anova_manual(groups):
    allv = np.concatenate(groups)
    gm = allv.mean()
    k = len(groups)
    N = allv.size
    ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in groups)
    ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in groups)
    F = (ssb / (k - 1)) / (ssw / (N - k))
    return F, stats.f.sf(F, k - 1, N - k)


g = [[124, 127, 121, 126, 123, 125], [129, 131, 128, 132, 127, 130], [125, 122, 126, 124, 127, 123]]
r = stats.f_oneway(*g)
Fm, pm = anova_manual(g)
assert abs(r.pvalue - pm) < 1e-12
add(
    "paste height (µm) from SPI, same stencil, three paste vendors:\n"
    f"- vendor K: {', '.join(map(str, g[0]))}\n- vendor I: {', '.join(map(str, g[1]))}\n- vendor A: {', '.join(map(str, g[2]))}\n"
    "one-way ANOVA, p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

g2 = [[12, 15, 11, 14, 13], [18, 16, 19, 17], [14, 13, 16, 15, 12, 14], [20, 17, 19, 21]]
r = stats.f_oneway(*g2)
Fm, pm = anova_manual(g2)
assert abs(r.statistic - Fm) < 1e-9
add(
    "placement X offset (µm) by nozzle head on the chip shooter, unequal counts bc a couple of reads dropped:\n"
    f"H1\t{chr(9).join(map(str, g2[0]))}\nH2\t{chr(9).join(map(str, g2[1]))}\nH3\t{chr(9).join(map(str, g2[2]))}\nH4\t{chr(9).join(map(str, g2[3]))}\n"
    "one-way anova across the 4 heads — F statistic?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r.statistic),
)

# ---------------- design (3) ----------------
n22 = 2 ** (7 - 3) + 4
assert len(list(itertools.product([-1, 1], repeat=4))) + 4 == n22 == 20
add(
    "planning a screening DOE on the reflow oven: 7 factors, 2^(7−3) fractional factorial, plus 4 center points, "
    "no replication. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)

n23 = 3**2 * 3
assert len(list(itertools.product([-1, 0, 1], repeat=2))) * 3 == n23 == 27
add(
    "3-level full factorial on peak temp and TAL (2 factors, low/mid/high each), every combination run 3 times. "
    "number of runs?",
    "design",
    {"rule": "runs"},
    n23,
)

cube = list(itertools.product([-1, 1], repeat=3))
axial = [tuple(sv if i == j else 0 for i in range(3)) for j in range(3) for sv in (-1, 1)]
n24 = len(cube) + len(axial) + 4
assert n24 == 2**3 + 2 * 3 + 4 == 18
add(
    "RSM follow-up: face-centered central composite design, 3 factors (conveyor speed, zone 5 setpoint, N2 ppm), "
    "4 center points, single replicate of the cube and star points. total runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
sub = [
    [50.2, 49.8, 50.5, 50.1, 49.9],
    [50.4, 50.0, 49.7, 50.3, 50.2],
    [49.6, 50.1, 50.0, 49.8, 50.3],
    [50.5, 50.2, 50.6, 49.9, 50.1],
    [49.9, 50.0, 50.2, 49.7, 50.4],
    [50.1, 50.3, 49.8, 50.0, 50.2],
    [50.0, 49.6, 50.1, 50.3, 49.9],
    [50.2, 50.4, 50.0, 50.1, 49.8],
]
xbb = np.mean([np.mean(s_) for s_ in sub])
Rb = np.mean([max(s_) - min(s_) for s_ in sub])
ucl25 = xbb + 0.577 * Rb
# d2 for n=5 from the range distribution, A2 = 3/(d2*sqrt(n))
d2 = integrate.quad(lambda w: 1 - (stats.norm.cdf(w) ** 5) - (1 - stats.norm.cdf(w)) ** 5, -12, 12)[0]
assert abs(d2 - 2.326) < 1e-3
assert abs((xbb + 3 / (d2 * math.sqrt(5)) * Rb) - ucl25) / ucl25 < 1e-4
add(
    "X̄–R chart on stencil aperture print volume (%, n = 5 per subgroup), 8 subgroups:\n"
    + "\n".join(f"sg{i + 1}: {s_}" for i, s_ in enumerate(sub))
    + "\nUCL for the X̄ chart using R̄ and the standard A2?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)

dcount = [7, 4, 9, 5, 6, 8, 3, 6, 7, 5, 4, 8, 6, 5, 7, 6, 9, 4, 5, 6]
nlot = 200
pbar = sum(dcount) / (nlot * len(dcount))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / nlot)
npucl = np.mean(dcount) + 3 * math.sqrt(np.mean(dcount) * (1 - pbar))
assert abs(npucl / nlot - ucl26) < 1e-12
add(
    f"final test rejects per lot, every lot is 200 boards, 20 lots:\n`rej = {dcount}`\n"
    "p chart, 3-sigma limits, constant n. UCL (as a fraction defective)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
LSL, USL, mu, sd = 100, 150, 128, 6
cpk = min(USL - mu, mu - LSL) / (3 * sd)
cp = (USL - LSL) / (6 * sd)
k = abs((USL + LSL) / 2 - mu) / ((USL - LSL) / 2)
assert abs(cp * (1 - k) - cpk) < 1e-12
add(
    "SPI paste height, spec 100–150 µm. process is stable, mean 128 µm, within-subgroup σ = 6 µm. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

vals = [
    1000.8,
    999.6,
    1001.2,
    1000.3,
    998.9,
    1000.5,
    1001.7,
    999.8,
    1000.1,
    1000.9,
    999.4,
    1001.0,
    1000.6,
    999.9,
    1000.4,
]
m = np.mean(vals)
s_ = np.std(vals, ddof=1)
ppk = min(1005 - m, m - 995) / (3 * s_)
s_alt = math.sqrt(sum((v - m) ** 2 for v in vals) / (len(vals) - 1))
assert abs(ppk - min(1005 - m, m - 995) / (3 * s_alt)) < 1e-12
add(
    "1k 0.5% resistors, spec 995 to 1005 Ω. 15 pcs off the ICT log:\n"
    + ", ".join(map(str, vals))
    + "\nPpk using the overall sample std dev (n−1)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
nraw = 2 * (za + zb) ** 2 * 4**2 / 2**2
n29 = math.ceil(nraw)
pw = lambda n: stats.norm.cdf(2 / (4 * math.sqrt(2 / n)) - za)
assert pw(n29) >= 0.9 > pw(n29 - 1) and n29 == 85
add(
    "want to detect a 2 µm shift in mean paste height between two stencils, σ ≈ 4 µm on both. two-sided α = 0.05, "
    "power 90 %. normal-approximation formula, round up. how many prints per stencil?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
rate = 2.5 * 9 / 5 * 60
F_ = lambda c: c * 9 / 5 + 32
assert abs((F_(25 + 2.5 * 60) - F_(25)) - rate) < 1e-9
add(
    "customer spec sheet is in imperial. our preheat ramp is 2.5 °C/s — what is that in °F per minute?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(rate),
)

from collections import Counter

assert len(items) == 30
assert Counter(i["mode"] for i in items) == dict(
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
    "description": f"{ROUND} unseen questions, PCB assembly test engineer",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
