import os
import math, itertools, yaml, numpy as np, sympy as sp
import pandas as pd
from scipy import stats, integrate
import statsmodels.api as sm
from statsmodels.formula.api import ols
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round49d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def d2(n):
    # expected range of n standard normals
    f = lambda z: 1 - (1 - stats.norm.cdf(z)) ** n - stats.norm.cdf(z) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


t, x, V = sp.symbols("t x V")

# ---------------- calculus ----------------
# r01 derivative of clear-sky output P(t)=6 sin(pi t/12) -> (pi/2) cos(pi t/12)
P = 6 * sp.sin(sp.pi * t / 12)
dP = sp.simplify(sp.diff(P, t))
assert sp.simplify(dP - sp.pi / 2 * sp.cos(sp.pi * t / 12)) == 0
add(
    "ok so my clear-sky model for a 6 kW array is P(t) = 6·sin(πt/12) kW, t = hours after sunrise (0 to 12). "
    "what's dP/dt as a function of t? trying to figure out how fast output ramps in the morning",
    "calculus",
    {"rule": "expr"},
    str(dP),
)
# r02 daily energy = int_0^12 6 sin(pi t/12) dt = 144/pi kWh
E = sp.integrate(P, (t, 0, 12))
assert abs(float(E) - integrate.quad(lambda s: 6 * math.sin(math.pi * s / 12), 0, 12)[0]) < 1e-9
add(
    "same clear-sky curve, P(t) = 6 sin(πt/12) kW from t=0 to t=12 h. total kWh for the day = ∫P dt over 0..12? exact answer pls, not rounded",
    "calculus",
    {"rule": "expr"},
    str(E),
)
# r03 limit (sqrt(x+4)-2)/x -> 1/4
L = sp.limit((sp.sqrt(x + 4) - 2) / x, x, 0)
assert abs(float(L) - (math.sqrt(1e-8 + 4) - 2) / 1e-8) < 1e-6
add(
    "weird one from my nephew's homework while we were on a roof lol: lim as x→0 of (√(x+4) − 2)/x. exact value?",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 MPPT: P(V) = V(9 - 0.0025 V^2) -> V* = 20*sqrt(3)
PV = V * (9 - sp.Rational(25, 10000) * V**2)
crit = [c for c in sp.solve(sp.diff(PV, V), V) if c.is_positive][0]
assert sp.diff(PV, V, 2).subs(V, crit) < 0
assert abs(float(crit) - math.sqrt(9 / 0.0075)) < 1e-9
add(
    "toy I-V model for a panel: I = 9 − 0.0025·V² amps, so power P = V·I. at what voltage V (volts) is power maximized? "
    "basically where the MPPT should sit. exact form is fine",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra ----------------
# r05 2x^2 - 9x - 35 = 0 -> {-5/2, 7}
roots = sp.solve(2 * x**2 - 9 * x - 35, x)
assert np.allclose(sorted(float(r) for r in roots), sorted(np.roots([2, -9, -35]).real))
add(
    "solve 2x² − 9x − 35 = 0, need both roots (came out of a shading-angle calc, I'll toss the one that doesn't make sense)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)
# r06 400a + 370b = 9270, a + b = 24 -> a = 13
a, b = sp.symbols("a b")
sol = sp.solve([400 * a + 370 * b - 9270, a + b - 24], [a, b])
assert np.allclose(np.linalg.solve([[400, 370], [1, 1]], [9270, 24]), [13, 11])
add(
    "job last week we used up leftover stock: some 400 W panels and some 370 W panels, 24 panels total, "
    "nameplate came to 9.27 kW DC. how many of the 400 W ones went on the roof?",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)
# r07 glycol blend: 40*0.25 + 0.6y = 0.4(40+y) -> y = 30 gal
y = sp.symbols("y")
yy = sp.solve(sp.Eq(40 * sp.Rational(25, 100) + sp.Rational(60, 100) * y, sp.Rational(40, 100) * (40 + y)), y)[0]
assert abs(float(yy) - (0.40 * 40 - 0.25 * 40) / (0.60 - 0.40)) < 1e-12
add(
    "doing a solar thermal side job. loop has 40 gal of 25% propylene glycol mix, I want the whole thing at 40%. "
    "how many gallons of 60% glycol concentrate do I add (not draining anything)?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(yy),
)

# ---------------- linear algebra ----------------
# r08 eigenvalues [[5,2],[2,2]] -> {1,6}
M = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(M.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "eigenvalues of the matrix [[5, 2], [2, 2]]? it's from a little thermal model of the inverter enclosure",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 3x3 system -> z = 6
xa, xb, xc = sp.symbols("x y z")
s9 = sp.solve([xa + xb + xc - 12, 2 * xa - xb + xc - 6, xa + 2 * xb - xc - 4], [xa, xb, xc])
assert np.allclose(np.linalg.solve([[1, 1, 1], [2, -1, 1], [1, 2, -1]], [12, 6, 4]), [2, 4, 6])
add(
    "three unknown currents (A) on a combiner box problem:\n x + y + z = 12\n 2x − y + z = 6\n x + 2y − z = 4\nwhat's z?",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[xc]),
)

# ---------------- probability ----------------
# r10 binomial n=20, p=0.03, P(X>=2)
p10 = stats.binom.sf(1, 20, 0.03)
assert abs(p10 - (1 - 0.97**20 - 20 * 0.03 * 0.97**19)) < 1e-12
add(
    "we put 20 microinverters on a house. if each one independently has a 3% chance of failing inside the warranty period, "
    "what's the probability at least 2 of them fail in that window?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson mean 1.8, P(X=3)
p11 = stats.poisson.pmf(3, 1.8)
assert abs(p11 - math.exp(-1.8) * 1.8**3 / 6) < 1e-12
add(
    "warranty claims come in at about 1.8 per month on average (treat it as Poisson). chance we get exactly 3 claims next month?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal mean 405 sd 4, P(X<400)
p12 = stats.norm.cdf(400, 405, 4)
assert abs(p12 - 0.5 * math.erfc(1.25 / math.sqrt(2))) < 1e-12
add(
    "flash-test data from the distributor: 400 W modules actually come out normally distributed, mean 405 W, sd 4 W. "
    "what fraction of modules flash BELOW the 400 W nameplate?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prevalence 4%, sens 95%, FP 6%
p13 = 0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.06)
num, den = sp.Rational(4, 100) * sp.Rational(95, 100), sp.Rational(4, 100) * sp.Rational(95, 100) + sp.Rational(96, 100) * sp.Rational(6, 100)
assert abs(float(num / den) - p13) < 1e-12
add(
    "drone IR thermography on a big commercial roof. about 4% of the modules really have a hot-cell defect. the drone flags "
    "95% of defective modules, but also flags 6% of good ones. if a module gets flagged, what's the probability it's actually defective?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t statistic, inverter efficiency vs 97.5
eff = np.array([97.1, 97.4, 96.9, 97.3, 97.6, 97.0, 97.2, 97.5])
t14 = stats.ttest_1samp(eff, 97.5)
t14h = (eff.mean() - 97.5) / (eff.std(ddof=1) / math.sqrt(len(eff)))
assert abs(t14.statistic - t14h) < 1e-10
add(
    "spec sheet says 97.5% CEC efficiency. I measured 8 of the string inverters we installed: "
    "97.1, 97.4, 96.9, 97.3, 97.6, 97.0, 97.2, 97.5 (%). one-sample t test against 97.5 — what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(t14.statistic),
)
# r15 paired t two-sided p, before/after cleaning
before = np.array([31.2, 28.7, 30.5, 29.9, 32.1, 27.8, 30.0])
after = np.array([33.0, 29.9, 31.8, 31.5, 33.2, 29.6, 31.1])
t15 = stats.ttest_rel(after, before)
dd = after - before
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - t15.pvalue) < 1e-12
add(
    "panel washing test!! same 7 strings, daily kWh the day before washing vs the day after (similar sun both days):\n"
    "before: 31.2, 28.7, 30.5, 29.9, 32.1, 27.8, 30.0\n"
    "after:  33.0, 29.9, 31.8, 31.5, 33.2, 29.6, 31.1\n"
    "paired t-test, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(t15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided
z16, p16 = proportions_ztest([12, 25], [400, 450], alternative="two-sided")
chi2_16 = stats.chi2_contingency([[12, 388], [25, 425]], correction=False)
assert abs(chi2_16[1] - p16) < 1e-10
add(
    "warranty claim rates, brand A optimizers: 12 claims out of 400 installed. brand B: 25 out of 450. "
    "is that a real difference? two-proportion z test with pooled proportion, no continuity correction, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(p16),
)
# r17 chi-square independence 3x2, statistic
tab = np.array([[14, 186], [19, 81], [6, 94]])
c17 = stats.chi2_contingency(tab, correction=False)
exp = tab.sum(1)[:, None] * tab.sum(0)[None, :] / tab.sum()
assert abs(((tab - exp) ** 2 / exp).sum() - c17[0]) < 1e-10
add(
    "callbacks by roof type over the last 2 yrs:\n"
    "comp shingle: 14 callbacks, 186 no callback\n"
    "tile: 19 callbacks, 81 no callback\n"
    "metal: 6 callbacks, 94 no callback\n"
    "chi-square test of independence (roof type vs callback) — what's the chi-square statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(c17[0]),
)

# ---------------- regression ----------------
# r18 slope kWh vs irradiance
irr = np.array([3.2, 4.1, 4.8, 5.5, 6.0, 6.7, 7.1, 5.2])
kwh = np.array([22.8, 29.5, 34.0, 38.9, 42.6, 47.1, 50.3, 36.8])
lr18 = stats.linregress(irr, kwh)
assert abs(np.polyfit(irr, kwh, 1)[0] - lr18.slope) < 1e-10
add(
    "8 days of data on one 7.6 kW system. plane-of-array irradiance (kWh/m²/day) vs AC output (kWh):\n"
    "irr: 3.2, 4.1, 4.8, 5.5, 6.0, 6.7, 7.1, 5.2\n"
    "kWh: 22.8, 29.5, 34.0, 38.9, 42.6, 47.1, 50.3, 36.8\n"
    "least squares line kWh = a + b·irr, what's the slope b?",
    "regression",
    {"rule": "number", "tol": 1e-4, "key": "slope"},
    float(lr18.slope),
)
# r19 r^2 install hours vs size
size = np.array([4.8, 6.0, 7.2, 8.4, 9.6, 10.8, 12.0])
hrs = np.array([14, 17, 19, 24, 25, 30, 31], float)
lr19 = stats.linregress(size, hrs)
r2 = lr19.rvalue**2
fit = np.polyval(np.polyfit(size, hrs, 1), size)
assert abs(1 - ((hrs - fit) ** 2).sum() / ((hrs - hrs.mean()) ** 2).sum() - r2) < 1e-10
add(
    "crew labor hours vs system size, last 7 resi jobs:\n"
    "kW: 4.8, 6.0, 7.2, 8.4, 9.6, 10.8, 12.0\n"
    "hrs: 14, 17, 19, 24, 25, 30, 31\n"
    "straight-line fit of hours on kW — what's the R²?",
    "regression",
    {"rule": "number", "tol": 1e-4, "key": "r_squared"},
    float(r2),
)

# ---------------- ANOVA ----------------
# r20 one-way ANOVA, specific yield for three module brands
g1 = [4.12, 4.25, 4.08, 4.19, 4.30]
g2 = [4.35, 4.41, 4.28, 4.46, 4.38]
g3 = [4.15, 4.22, 4.31, 4.18, 4.26]
f20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
fh = (ssb / 2) / (ssw / 12)
assert abs(stats.f.sf(fh, 2, 12) - f20.pvalue) < 1e-12
add(
    "comparing specific yield (kWh/kWp per day) for 3 module brands, 5 similar sites each:\n"
    "Brand A: 4.12, 4.25, 4.08, 4.19, 4.30\n"
    "Brand B: 4.35, 4.41, 4.28, 4.46, 4.38\n"
    "Brand C: 4.15, 4.22, 4.31, 4.18, 4.26\n"
    "one-way ANOVA p-value?",
    "anova",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(f20.pvalue),
)
# r21 two-way ANOVA with interaction, p-value for racking main effect
data21 = {
    ("roof", "PERC"): [4.10, 4.18, 4.05],
    ("roof", "TOPCon"): [4.25, 4.31, 4.22],
    ("roof", "HJT"): [4.30, 4.27, 4.36],
    ("ground", "PERC"): [4.28, 4.35, 4.24],
    ("ground", "TOPCon"): [4.40, 4.47, 4.38],
    ("ground", "HJT"): [4.52, 4.45, 4.49],
}
rows = [(r, m, v) for (r, m), vals in data21.items() for v in vals]
df = pd.DataFrame(rows, columns=["rack", "mod", "y"])
model = ols("y ~ C(rack) * C(mod)", data=df).fit()
aov = sm.stats.anova_lm(model, typ=2)
p21 = aov.loc["C(rack)", "PR(>F)"]
# manual balanced two-way
gm = df.y.mean()
ssA = 9 * sum((df[df.rack == r].y.mean() - gm) ** 2 for r in ("roof", "ground"))
cell = df.groupby(["rack", "mod"]).y.transform("mean")
sse = ((df.y - cell) ** 2).sum()
fA = ssA / (sse / 12)
assert abs(stats.f.sf(fA, 1, 12) - p21) < 1e-10
add(
    "specific yield (kWh/kWp/day), 2 racking types × 3 module techs, 3 sites per combo:\n"
    "roof-mount:   PERC 4.10, 4.18, 4.05 | TOPCon 4.25, 4.31, 4.22 | HJT 4.30, 4.27, 4.36\n"
    "ground-mount: PERC 4.28, 4.35, 4.24 | TOPCon 4.40, 4.47, 4.38 | HJT 4.52, 4.45, 4.49\n"
    "two-way ANOVA with the interaction term in the model. what's the p-value for the racking (roof vs ground) main effect?",
    "anova",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(p21),
)

# ---------------- design ----------------
# r22 full factorial 2x2x2x3, 2 replicates -> 48
runs22 = len(list(itertools.product([-1, 1], [-1, 1], [-1, 1], [0, 1, 2]))) * 2
assert runs22 == 2**3 * 3 * 2
add(
    "planning an install-time study: 3 factors at 2 levels each (crew size, rail brand, roof pitch bucket) plus "
    "one factor at 3 levels (module size). full factorial, 2 replicates. how many runs total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 CCD 3 factors, full factorial core, 4 centre points -> 18
core = list(itertools.product([-1, 1], repeat=3))
axial = [tuple(s * (i == j) for j in range(3)) for i in range(3) for s in (-1.682, 1.682)]
runs23 = len(core) + len(axial) + 4
assert runs23 == 2**3 + 2 * 3 + 4
add(
    "want a response surface for inverter clipping vs DC/AC ratio, tilt and azimuth. central composite design, 3 factors, "
    "full 2³ factorial core, the usual star points, 4 center points. number of runs?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 2^(5-1) half fraction + 3 centre points -> 19
half = [r for r in itertools.product([-1, 1], repeat=5) if np.prod(r) == 1]
runs24 = len(half) + 3
assert runs24 == 2 ** (5 - 1) + 3
add(
    "screening 5 things that might affect our wire-mgmt inspection failures, 2 levels each. "
    "doing a half fraction (2^(5−1)) and tacking on 3 center points. how many runs is that?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts ----------------
# r25 Xbar-R UCL, n=4, grandmean 7.82, Rbar 0.46
d2_4 = d2(4)
assert abs(d2_4 - 2.059) < 1e-3
A2 = 3 / (d2_4 * math.sqrt(4))
assert abs(A2 - 0.729) < 1e-3
ucl25 = 7.82 + A2 * 0.46
add(
    "tracking peak AC output (kW) on a fleet of identical systems, subgroups of 4 systems/day, 20 days. "
    "grand mean X̄̄ = 7.82 kW, average range R̄ = 0.46 kW. X-bar chart UCL?",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    float(ucl25),
)
# r26 c chart UCL
c = np.array([3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 4, 7, 2, 4])
cbar = c.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(cbar - 55 / 15) < 1e-12
add(
    "punch-list items found at final inspection, last 15 installs: 3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 4, 7, 2, 4. "
    "c chart — upper control limit?",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk from mean/sd
cpk27 = min(24 - 21.6, 21.6 - 18) / (3 * 0.55)
assert abs(cpk27 - 2.4 / 1.65) < 1e-12
add(
    "racking clamp bolt torque spec is 18 to 24 ft·lb. our crews average 21.6 ft·lb, within-subgroup sigma 0.55 ft·lb. Cpk?",
    "capability",
    {"rule": "number", "tol": 1e-4, "key": "cpk"},
    float(cpk27),
)
# r28 Cp from Rbar/d2, n=5
d2_5 = d2(5)
assert abs(d2_5 - 2.326) < 1e-3
cp28 = (17 - 13) / (6 * 1.1 / d2_5)
assert abs(cp28 - 4 / (6 * 1.1 / 2.326)) / cp28 < 1e-3
add(
    "mid-clamp torque spec 15 ± 2 N·m. we audit 5 clamps per job, average range across jobs R̄ = 1.1 N·m "
    "(estimate sigma as R̄/d2). what's Cp?",
    "capability",
    {"rule": "number", "tol": 1e-3, "key": "cp"},
    float(cp28),
)

# ---------------- sample size ----------------
# r29 two-sample, delta 0.15, sigma 0.3, alpha .05 two-sided, power .8 -> 63 per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 0.3**2 / 0.15**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 4)
add(
    "want to compare two inverter brands on specific yield. sd between sites is about 0.3 kWh/kWp/day, I care about a "
    "0.15 difference. α = 0.05 two-sided, 80% power, use the normal-approx (z) formula. how many sites per brand?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 5.6 kWh/m^2/day -> BTU/ft^2/day (IT BTU)
btu_per_kwh = 3.6e6 / 1055.05585262
ft2_per_m2 = 1 / 0.3048**2
v30 = 5.6 * btu_per_kwh / ft2_per_m2
assert abs(v30 - 5.6 * 317.1) / v30 < 1e-3
add(
    "customer's old solar-thermal brochure is all in BTU. our site gets 5.6 kWh/m²/day average insolation — "
    "what's that in BTU/ft²/day?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-3},
    float(v30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, solar PV installer and small-business owner "
    "(panel output, inverter efficiency, irradiance, install times, warranty claims)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
