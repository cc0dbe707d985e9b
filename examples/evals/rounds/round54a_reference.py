import os
import math, itertools, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round54a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of chlorine decay C(t) = 2.5 e^{-0.12 t} -> -0.3 e^{-0.12 t}
Cdec = sp.Rational(5, 2) * sp.exp(-sp.Rational(12, 100) * t)
d1 = sp.simplify(sp.diff(Cdec, t))
assert sp.simplify(d1 - (-sp.Rational(3, 10) * sp.exp(-sp.Rational(3, 25) * t))) == 0
add(
    "free Cl2 in the contact tank decays like C(t) = 2.5·e^(−0.12t) mg/L, t in mins. whats dC/dt as a function of t? "
    "(want the decay rate expression, not a number)",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 CT = int_0^40 1.2 e^{-0.05 t} dt = 24(1 - e^{-2})
Cr = sp.Rational(6, 5) * sp.exp(-t / 20)
CT = sp.simplify(sp.integrate(Cr, (t, 0, 40)))
num, _ = integrate.quad(lambda s: 1.2 * math.exp(-0.05 * s), 0, 40)
assert abs(float(CT) - num) < 1e-9
add(
    "CT calc for the new contact tank - residual isn't constant, it decays as C(t) = 1.2·e^(−0.05t) mg/L over the "
    "40 min contact time (t in min). CT = ∫C dt from 0 to 40, in mg·min/L. exact answer pls, not rounded",
    "calculus",
    {"rule": "expr"},
    str(CT),
)
# r03 limit (e^{2t} - 1 - 2t)/t^2 as t->0 = 2
L3 = sp.limit((sp.exp(2 * t) - 1 - 2 * t) / t**2, t, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L3)) < 1e-3
add(
    "bit of a maths one from a decay model linearisation: lim t→0 of (e^(2t) − 1 − 2t)/t² ?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 minimise cost C(d) = 2d + 288/d -> d = 12
dd = sp.symbols("d", positive=True)
crit = sp.solve(sp.diff(2 * dd + 288 / dd, dd), dd)
assert len(crit) == 1 and sp.diff(2 * dd + 288 / dd, dd, 2).subs(dd, crit[0]) > 0
grid = np.linspace(1, 50, 490001)
assert abs(grid[np.argmin(2 * grid + 288 / grid)] - float(crit[0])) < 1e-3
add(
    "rough cost model for polymer dosing on the DAF plant: cost per ML treated = 2d + 288/d (£), d = polymer dose in mg/L "
    "(second term is the sludge/filter penalty when underdosed). what dose d minimises the cost? d>0 obv",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 nitrate blend: 65 x + 20 (12 - x) = 45*12 -> x = 20/3 ML/d
xb = sp.symbols("x")
sb = sp.solve(sp.Eq(65 * xb + 20 * (12 - xb), 45 * 12), xb)[0]
assert abs(float(sb) - (45 - 20) * 12 / (65 - 20)) < 1e-12
add(
    "blending borehole water (nitrate 65 mg/L) with reservoir water (nitrate 20 mg/L) to give 12 ML/d total at 45 mg/L "
    "nitrate in the blend. how many ML/d from the borehole? simple mass balance, exact value pls",
    "algebra",
    {"rule": "expr"},
    str(sb),
)
# r06 quadratic 0.5 h^2 + 2 h - 16 = 0 -> {-8, 4}
h = sp.symbols("h")
r6 = sorted(float(s) for s in sp.solve(sp.Rational(1, 2) * h**2 + 2 * h - 16, h))
assert np.allclose(sorted(np.roots([0.5, 2, -16]).real), r6)
add(
    "solve 0.5h² + 2h − 16 = 0 for h, need both roots (one's obviously not physical for a tank level but give both)",
    "algebra",
    {"rule": "set"},
    r6,
)
# r07 hypo volume: 1.8 g/m3 * 3500 m3/d / 125 g/L = 50.4 L/d
V = sp.symbols("V")
s7 = sp.solve(sp.Eq(V * 125, sp.Rational(18, 10) * 3500), V)[0]
assert abs(float(s7) - 1.8 * 3500 / 125) < 1e-12
add(
    "sodium hypo dosing on a small works: flow 3500 m³/d, want a 1.8 mg/L chlorine dose, the hypo is 125 g/L available "
    "chlorine. how many litres of hypo per day do I need to pump?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s7),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues [[5,2],[2,2]] -> {1, 6}
M8 = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(float(e) for e in M8.eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), ev)
add(
    "eigenvalues of the 2x2 [[5, 2], [2, 2]]? its the coupling matrix from a two-tank residual model",
    "linear_algebra",
    {"rule": "set"},
    ev,
)
# r09 3 pumps system -> z
a, b, c = sp.symbols("a b c")
sol9 = sp.solve([a + b + c - 60, 2 * a - b + c - 45, a + 2 * b - c - 20], [a, b, c])
A9 = np.array([[1, 1, 1], [2, -1, 1], [1, 2, -1]], float)
assert np.allclose(np.linalg.solve(A9, [60, 45, 20]), [float(sol9[a]), float(sol9[b]), float(sol9[c])])
add(
    "3 unknown flows a, b, c (L/s) from the balance round the filter block: a + b + c = 60, 2a − b + c = 45, "
    "a + 2b − c = 20. solve the system, I only need c",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[c]),
)

# ---------------- probability (4) ----------------
# r10 binomial P(X>=1), n=20, p=0.03
p10 = 1 - stats.binom.pmf(0, 20, 0.03)
assert abs(p10 - (1 - 0.97**20)) < 1e-12
add(
    "20 routine bacti samples this month, each independently has a 3% chance of a coliform detect. probability at least "
    "one comes back positive?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson P(X=4), lambda = 2.4
p11 = stats.poisson.pmf(4, 2.4)
assert abs(p11 - math.exp(-2.4) * 2.4**4 / 24) < 1e-12
add(
    "mains bursts in the zone average 2.4 per month (assume poisson). P(exactly 4 bursts next month)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 exponential P(T > 30) mean 150 -> e^{-0.2}
p12 = stats.expon.sf(30, scale=150)
assert abs(p12 - math.exp(-0.2)) < 1e-12
add(
    "time between fibre breaks on the UF membrane rack is exponential with mean 150 days. whats the prob we get through "
    "the next 30 days with no break?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prev 2%, sens 95%, FP 4%
num13 = 0.02 * 0.95
p13 = num13 / (num13 + 0.98 * 0.04)
ps = sp.Rational(2, 100) * sp.Rational(95, 100)
assert abs(float(ps / (ps + sp.Rational(98, 100) * sp.Rational(4, 100))) - p13) < 1e-12
add(
    "online tox monitor on the intake: real contamination events are present 2% of the time it's sampled, monitor "
    "alarms 95% of the time when there is one, and false-alarms 4% of the time when there isn't. given an alarm, "
    "probability its a real event?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, two-sided, mu0 = 0.50
d14 = np.array([0.46, 0.52, 0.44, 0.49, 0.41, 0.47, 0.50, 0.43, 0.48, 0.45])
r14 = stats.ttest_1samp(d14, 0.50)
tt = (d14.mean() - 0.5) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "free Cl residual at customer taps in zone 4, mg/L: 0.46, 0.52, 0.44, 0.49, 0.41, 0.47, 0.50, 0.43, 0.48, 0.45. "
    "target is 0.50. one-sample t test, two sided - p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch t, two-sided, filter run hours
g1 = np.array([62, 58, 71, 66, 60, 69, 64])
g2 = np.array([55, 74, 48, 80, 52, 77, 60, 45])
r15 = stats.ttest_ind(g1, g2, equal_var=False)
v1, v2 = g1.var(ddof=1) / len(g1), g2.var(ddof=1) / len(g2)
tw = (g1.mean() - g2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(g1) - 1) + v2**2 / (len(g2) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "filter run times (hrs between backwashes). anthracite/sand: 62, 58, 71, 66, 60, 69, 64. GAC cap: 55, 74, 48, 80, "
    "52, 77, 60, 45. is mean run time different? dont assume equal variances (welch), two-sided p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, two-sided, no continuity correction
x1, n1, x2, n2 = 7, 240, 18, 260
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi[1] - p16) < 1e-12
add(
    "coliform fails last year: zone A 7 of 240 samples, zone B 18 of 260. two-proportion z test with pooled proportion, "
    "no continuity correction, two-sided. p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence 2x3 statistic
tab = np.array([[34, 21, 15], [22, 30, 28]])
r17 = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - r17[0]) < 1e-10
add(
    "customer contacts by type, 2 supply zones. North: taste 34, discolouration 21, odour 15. South: taste 22, "
    "discolouration 30, odour 28. chi-square test of independence (zone vs complaint type) - whats the chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r17[0]),
)

# ---------------- regression (2) ----------------
# r18 jar test: alum dose vs settled turbidity slope
dose = np.array([10, 15, 20, 25, 30, 35, 40])
turb = np.array([6.8, 5.1, 3.9, 3.0, 2.2, 1.9, 1.5])
r18 = stats.linregress(dose, turb)
sl = np.polyfit(dose, turb, 1)[0]
assert abs(sl - r18.slope) < 1e-12
add(
    "jar test, alum dose (mg/L) vs settled turbidity (NTU): 10→6.8, 15→5.1, 20→3.9, 25→3.0, 30→2.2, 35→1.9, 40→1.5. "
    "straight line least squares fit of turbidity on dose, what's the slope?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
# r19 r^2 chlorine demand vs water temp
temp = np.array([4, 7, 10, 12, 15, 18, 21, 24])
dem = np.array([0.62, 0.70, 0.81, 0.84, 0.97, 1.05, 1.12, 1.26])
r19 = stats.linregress(temp, dem)
r2 = r19.rvalue**2
fit = np.polyval(np.polyfit(temp, dem, 1), temp)
assert abs(1 - ((dem - fit) ** 2).sum() / ((dem - dem.mean()) ** 2).sum() - r2) < 1e-12
add(
    "chlorine demand (mg/L) vs raw water temp (°C) over the year: 4°C 0.62, 7 0.70, 10 0.81, 12 0.84, 15 0.97, "
    "18 1.05, 21 1.12, 24 1.26. simple linear regression of demand on temp, r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA, 3 coagulants x 5 jars
A = [1.8, 2.1, 1.6, 2.0, 1.9]
B = [1.4, 1.2, 1.6, 1.3, 1.5]
Cg = [2.2, 1.9, 2.4, 2.0, 2.3]
r20 = stats.f_oneway(A, B, Cg)
allv = np.concatenate([A, B, Cg])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (A, B, Cg))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (A, B, Cg))
F20 = (ssb / 2) / (ssw / 12)
assert abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "jar tests, settled turbidity NTU, 5 jars per coagulant. alum: 1.8, 2.1, 1.6, 2.0, 1.9. PACl: 1.4, 1.2, 1.6, 1.3, "
    "1.5. ferric: 2.2, 1.9, 2.4, 2.0, 2.3. one way anova - p value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (additive): F for coagulant
Y = np.array(
    [  # rows: raw water source (4), cols: coagulant (3)
        [3.1, 2.6, 3.4],
        [4.0, 3.3, 4.1],
        [2.7, 2.4, 3.0],
        [3.6, 2.9, 3.8],
    ]
)
r_, c_ = Y.shape
gm = Y.mean()
ssr = c_ * ((Y.mean(1) - gm) ** 2).sum()
ssc = r_ * ((Y.mean(0) - gm) ** 2).sum()
sst = ((Y - gm) ** 2).sum()
sse = sst - ssr - ssc
F21 = (ssc / (c_ - 1)) / (sse / ((r_ - 1) * (c_ - 1)))
import pandas as pd
import statsmodels.formula.api as smf
import statsmodels.api as sm

df = pd.DataFrame(
    [(f"s{i}", f"c{j}", Y[i, j]) for i in range(r_) for j in range(c_)], columns=["src", "coag", "y"]
)
aov = sm.stats.anova_lm(smf.ols("y ~ C(src) + C(coag)", df).fit(), typ=2)
assert abs(aov.loc["C(coag)", "F"] - F21) < 1e-8
add(
    "settled turbidity (NTU) from jar tests, 4 raw water sources × 3 coagulants, one jar per combo:\n"
    "source 1: alum 3.1, PACl 2.6, ferric 3.4\nsource 2: alum 4.0, PACl 3.3, ferric 4.1\n"
    "source 3: alum 2.7, PACl 2.4, ferric 3.0\nsource 4: alum 3.6, PACl 2.9, ferric 3.8\n"
    "two-way anova, no interaction term (only one obs per cell). F statistic for the coagulant factor?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design (3) ----------------
# r22 2^(5-1) half fraction + 4 centre points = 20
half = [r for r in itertools.product([-1, 1], repeat=4)]  # E = ABCD generator
runs22 = len(half) + 4
assert runs22 == 2 ** (5 - 1) + 4 == 20
add(
    "planning a jar test screening: 5 factors (coag dose, pH, polymer dose, rapid mix speed, floc time), 2 levels each, "
    "half fraction 2^(5−1), plus 4 centre points. total number of runs?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 CCD 4 factors, 5 centre points = 16 + 8 + 5 = 29
k = 4
cube = list(itertools.product([-1, 1], repeat=k))
axial = [tuple(s * (i == j) for j in range(k)) for i in range(k) for s in (-2, 2)]
runs23 = len(cube) + len(axial) + 5
assert runs23 == 2**k + 2 * k + 5 == 29
add(
    "want to model THM formation vs 4 factors (Cl2 dose, contact time, temp, pH) with a central composite design - full "
    "2^4 factorial core, star points, 5 centre points, no replication otherwise. how many runs in total?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 Box-Behnken 3 factors + 3 centre points = 12 + 3 = 15
bb = [
    tuple(pt)
    for i, j in itertools.combinations(range(3), 2)
    for si, sj in itertools.product([-1, 1], repeat=2)
    for pt in [[si if m == i else sj if m == j else 0 for m in range(3)]]
]
runs24 = len(bb) + 3
assert len(set(bb)) == 12 and runs24 == 15
add(
    "box-behnken for ozone dose, pH and temperature (3 factors, 3 levels), with 3 centre points. how many runs?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL: grand mean 0.92, Rbar 0.14, n=5, A2 = 0.577
A2 = 0.577
ucl25 = 0.92 + A2 * 0.14
# cross-check A2 from d2 computed by numerical integration for n=5
n5 = 5
d2 = integrate.quad(lambda w: 1 - (stats.norm.cdf(w)) ** n5 - (1 - stats.norm.cdf(w)) ** n5, -np.inf, np.inf)[0]
assert abs(0.92 + 3 / (d2 * math.sqrt(n5)) * 0.14 - ucl25) / ucl25 < 1e-4
add(
    "fluoride dosing X̄-R chart: 25 subgroups of 5 readings, grand mean 0.92 mg/L, average range R̄ = 0.14 mg/L. "
    "UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 np chart: 50 samples/week, failures
fails = np.array([3, 5, 2, 4, 6, 3, 4, 2, 5, 3, 4, 7])
nn = 50
npbar = fails.mean()
pbar = npbar / nn
ucl26 = npbar + 3 * math.sqrt(npbar * (1 - pbar))
assert abs(nn * (pbar + 3 * math.sqrt(pbar * (1 - pbar) / nn)) - ucl26) < 1e-12
add(
    "np chart for failed site pressure/turbidity checks, 50 checks every week. fails per week for 12 wks: 3, 5, 2, 4, "
    "6, 3, 4, 2, 5, 3, 4, 7. whats the UCL (3 sigma)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: spec 0.8-1.2, mean 1.02, sd 0.05 -> 1.2
cpk27 = min(1.2 - 1.02, 1.02 - 0.8) / (3 * 0.05)
cpu = sp.Rational(18, 100) / (3 * sp.Rational(5, 100))
assert abs(float(cpu) - cpk27) < 1e-12
add(
    "fluoride final water, our internal spec 0.8–1.2 mg/L. process mean 1.02, within-subgroup std dev 0.05 mg/L. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 one-sided Ppk (USL only) with n-1 sd
d28 = np.array([0.062, 0.071, 0.055, 0.080, 0.066, 0.059, 0.074, 0.068, 0.063, 0.077, 0.058, 0.070])
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk28 = (0.1 - m28) / (3 * s28)
assert abs(s28 - math.sqrt(((d28 - m28) ** 2).sum() / 11)) < 1e-15
add(
    "individual filter outlet turbidity, NTU: 0.062, 0.071, 0.055, 0.080, 0.066, 0.059, 0.074, 0.068, 0.063, 0.077, "
    "0.058, 0.070. only an upper limit, 0.10 NTU, no lower spec. Ppk (one sided, upper) using overall sample std dev "
    "with n−1?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample n per group, sigma 0.15, delta 0.1, alpha .05 two-sided, power .9
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 0.15**2 / 0.1**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 2.25)
add(
    "want to compare mean Cl residual between two DMAs. sd about 0.15 mg/L in both, want to detect a 0.1 mg/L difference, "
    "alpha 0.05 two-sided, 90% power. how many samples per DMA? normal approx (z) formula",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 25 ML/d -> L/s
v30 = sp.Rational(25 * 10**6, 86400)
assert abs(float(v30) - 25e6 / 24 / 3600) < 1e-9
add(
    "works output is 25 ML/d, what's that in L/s?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(v30),
)

assert len(items) == 30
from collections import Counter

want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2,
            design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
assert Counter(it["mode"] for it in items) == Counter(want)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, water-treatment plant process engineer (chlorine dosing, turbidity, "
    "jar tests, flow and CT calculations)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
