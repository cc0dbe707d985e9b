import os
import math, itertools, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round51a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, h, lam, T = sp.symbols("t x h lambda T", positive=True)

# ---------------- calculus (4)
# r01 derivative of power-law shear profile v(h) = 8 (h/80)^(1/7)
vh = 8 * (h / 80) ** sp.Rational(1, 7)
d1 = sp.diff(vh, h)
assert abs(float(d1.subs(h, 100)) - (float(vh.subs(h, 100.001)) - float(vh.subs(h, 99.999))) / 0.002) < 1e-6
add(
    "shear model for site B met mast: v(h) = 8·(h/80)^(1/7) m/s, h = height in m (α=1/7 power law). "
    "need dv/dh as fn of h, exact form pls",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 energy over 12 h: int_0^12 (2 + 1.5 sin(pi t/12)) dt = 24 + 36/pi MWh
E2 = sp.integrate(2 + sp.Rational(3, 2) * sp.sin(sp.pi * t / 12), (t, 0, 12))
assert abs(float(E2) - integrate.quad(lambda s: 2 + 1.5 * math.sin(math.pi * s / 12), 0, 12)[0]) < 1e-9
add(
    "T07 output over the 12 h day window modelled as P(t) = 2 + 1.5·sin(πt/12) MW, t in h. "
    "energy ∫P dt from t=0 to 12 h in MWh? exact value not the approx",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(E2)),
)
# r03 limit (ln(1+3x) - 3x)/x^2 -> -9/2
xs = sp.symbols("x")
L3 = sp.limit((sp.log(1 + 3 * xs) - 3 * xs) / xs**2, xs, 0)
assert abs((math.log1p(3e-4) - 3e-4) / 1e-8 - float(L3)) < 1e-3
add(
    "lim x→0 of (ln(1+3x) − 3x)/x²  -- popped up in a log-law roughness correction, want exact value",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 optimal inspection interval: C(T) = 18000/T + 5T -> T = 60
C4 = 18000 / T + 5 * T
Topt = sp.solve(sp.diff(C4, T), T)[0]
assert sp.diff(C4, T, 2).subs(T, Topt) > 0 and Topt == sp.sqrt(sp.Rational(18000, 5))
add(
    "blade drone inspection interval: cost rate C(T) = 18000/T + 5·T (€/day, T = days between inspections, "
    "1st term = expected damage cost, 2nd = inspection overhead). which T minimises C? (T>0)",
    "calculus",
    {"rule": "expr"},
    str(Topt),
)

# ---------------- algebra (3)
# r05 Cp(lambda) = 0.40 -> lambda = 7 ± sqrt(2)
ls = sp.symbols("lambda")
sol5 = sp.solve(sp.Eq(-sp.Rational(5, 1000) * ls**2 + sp.Rational(7, 100) * ls + sp.Rational(165, 1000), sp.Rational(2, 5)), ls)
sol5 = sorted(sol5, key=float)
assert np.allclose([float(s) for s in sol5], sorted(np.roots([-0.005, 0.07, 0.165 - 0.40]).real))
add(
    "rotor Cp fit vs tip speed ratio: Cp(λ) = −0.005λ² + 0.07λ + 0.165. for which λ is Cp exactly 0.40? "
    "give both solutions, exact",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sol5],
)
# r06 fleet mix: a + b = 40, 2.5a + 3.6b = 115.4 -> b = 14
a, b = sp.symbols("a b")
s6 = sp.solve([a + b - 40, sp.Rational(25, 10) * a + sp.Rational(36, 10) * b - sp.Rational(1154, 10)], [a, b])
assert s6[b] == 14 and np.allclose(np.linalg.solve([[1, 1], [2.5, 3.6]], [40, 115.4]), [26, 14])
add(
    "portfolio sheet: 40 WTGs total, mix of 2.5 MW and 3.6 MW units, installed cap = 115.4 MW. "
    "how many are the 3.6 MW ones?",
    "algebra",
    {"rule": "expr"},
    str(s6[b]),
)
# r07 gear oil additive blend: 0.02a + 0.08b = 0.035*200, a+b=200 -> b = 50 L
s7 = sp.solve([a + b - 200, sp.Rational(2, 100) * a + sp.Rational(8, 100) * b - sp.Rational(35, 1000) * 200], [a, b])
assert s7[b] == 50 and abs(200 * (0.035 - 0.02) / (0.08 - 0.02) - 50) < 1e-9
add(
    "topping up gearbox oil: have drums at 2% additive and 8% additive (by vol). need 200 L blended at 3.5%. "
    "how many L of the 8% stuff?",
    "algebra",
    {"rule": "expr"},
    str(s7[b]),
)

# ---------------- linear algebra (2)
# r08 eigenvalues of availability Markov matrix -> {1, 7/20}
M8 = sp.Matrix([[sp.Rational(95, 100), sp.Rational(5, 100)], [sp.Rational(6, 10), sp.Rational(4, 10)]])
ev8 = sorted(M8.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvals(np.array(M8, dtype=float)).real), [float(e) for e in ev8])
add(
    "daily up/down Markov model for one WTG, P = [[0.95, 0.05], [0.6, 0.4]] (rows = from Up, from Down). "
    "eigenvalues of P?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev8],
)
# r09 3x3 system, ask z -> 20
X, Y, Z = sp.symbols("X Y Z")
s9 = sp.solve([X + Y + Z - 42, 2 * X - Y + Z - 28, X + 3 * Y - 2 * Z - 6], [X, Y, Z])
assert np.allclose(np.linalg.solve([[1, 1, 1], [2, -1, 1], [1, 3, -2]], [42, 28, 6]), [float(s9[X]), float(s9[Y]), float(s9[Z])])
add(
    "downtime split fudge from the SCADA reconciliation, x = gearbox h, y = generator h, z = blade h: "
    "x + y + z = 42, 2x − y + z = 28, x + 3y − 2z = 6. solve, what's z (h)?",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[Z]),
)

# ---------------- probability (4)
# r10 binomial P(X>=2), n=12, p=0.08
p10 = float(stats.binom.sf(1, 12, 0.08))
assert abs(p10 - (1 - 0.92**12 - 12 * 0.08 * 0.92**11)) < 1e-12
add(
    "12 WTGs in string C, each has ~independent 8% chance of a gearbox failure this yr (take p = 0.08 exactly). "
    "P(≥2 gearbox failures in the string this yr)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p10,
)
# r11 Poisson lambda = 0.7*20*0.5 = 7, P(X<=4)
p11 = float(stats.poisson.cdf(4, 7.0))
assert abs(p11 - sum(math.exp(-7) * 7**k / math.factorial(k) for k in range(5))) < 1e-12
add(
    "lightning: 0.7 blade strikes per turbine per yr (Poisson), farm has 20 turbines. "
    "P(at most 4 strikes across the farm in the next 6 months)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p11,
)
# r12 exponential survival exp(-2000/8000)
r12 = sp.exp(-sp.Rational(2000, 8000))
assert abs(float(r12) - stats.expon.sf(2000, scale=8000)) < 1e-12
add(
    "pitch system MTBF = 8000 h operating, assume constant failure rate (exponential). "
    "prob it runs 2000 h with no failure? exact expr ok",
    "probability",
    {"rule": "expr"},
    str(r12),
)
# r13 Bayes CMS alarm
prev, sens, fpr = 0.04, 0.92, 0.07
p13 = prev * sens / (prev * sens + (1 - prev) * fpr)
p13b = float(sp.Rational(4, 100) * sp.Rational(92, 100) / (sp.Rational(4, 100) * sp.Rational(92, 100) + sp.Rational(96, 100) * sp.Rational(7, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "CMS vib alarms: ~4% of our gearboxes actually have planet bearing damage (use 4%). alarm catches 92% of damaged ones, "
    "false-alarms on 7% of healthy ones. given an alarm, P(bearing really damaged)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p13,
)

# ---------------- hypothesis tests (4)
# r14 paired t, two-sided
before = np.array([640, 905, 1240, 1630, 2050, 2420, 2780, 2950], float)
after = np.array([652, 921, 1262, 1641, 2078, 2431, 2790, 2968], float)
r14 = stats.ttest_rel(after, before)
dd = after - before
t14 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t14 - r14.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(t14), len(dd) - 1) - r14.pvalue) < 1e-12
add(
    "leading-edge repair on T12, binned power curve (same bins 6,7,...,13 m/s), kW per bin\n"
    "before: 640, 905, 1240, 1630, 2050, 2420, 2780, 2950\n"
    "after:  652, 921, 1262, 1641, 2078, 2431, 2790, 2968\n"
    "paired by bin, two-sided paired t -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample t, two-sided
A15 = np.array([97.2, 96.8, 98.1, 95.9, 97.5, 96.4, 97.9])
B15 = np.array([95.1, 96.3, 94.8, 97.0, 95.6, 93.9])
r15 = stats.ttest_ind(A15, B15, equal_var=False)
va, vb = A15.var(ddof=1) / len(A15), B15.var(ddof=1) / len(B15)
tw = (A15.mean() - B15.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(A15) - 1) + vb**2 / (len(B15) - 1))
assert abs(tw - r15.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "monthly time-based availability %, site A (7 mo): 97.2 96.8 98.1 95.9 97.5 96.4 97.9 ; "
    "site B (6 mo): 95.1 96.3 94.8 97.0 95.6 93.9. is the diff real? Welch t (no pooled var), 2-sided, p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided
x1, n1, x2, n2 = 14, 60, 6, 70
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
assert abs(chi[1] - p16) < 1e-12 and abs(chi[0] - z16**2) < 1e-9
add(
    "gearbox supplier comparison, 5-yr window: supplier X 14 failed out of 60 units, supplier Y 6 of 70. "
    "2-prop z test, pooled p, no continuity corr, two-sided -> p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence statistic
tab = np.array([[34, 12, 9], [21, 15, 19]], float)
chi17 = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi17[0]) < 1e-9
add(
    "blade inspection findings by type, 2023 campaign:\n"
    "           LE erosion | crack | lightning dmg\n"
    "North:        34      |  12   |   9\n"
    "South:        21      |  15   |  19\n"
    "chi-square test of independence (site vs damage type) -- what's the χ² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi17[0]),
)

# ---------------- regression (2)
v18 = np.array([6, 7, 8, 9, 10, 11], float)
P18 = np.array([410, 640, 930, 1290, 1700, 2150], float)
r18 = stats.linregress(v18, P18)
sl = ((v18 - v18.mean()) * (P18 - P18.mean())).sum() / ((v18 - v18.mean()) ** 2).sum()
assert abs(sl - r18.slope) < 1e-9 and abs(np.polyfit(v18, P18, 1)[0] - sl) < 1e-9
add(
    "straight-line fit on the steep part of the power curve, 10-min avgs binned: "
    "v = 6, 7, 8, 9, 10, 11 m/s ; P = 410, 640, 930, 1290, 1700, 2150 kW. OLS slope P on v (kW per m/s)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
amb = np.array([2, 6, 9, 13, 17, 21, 25, 28], float)
oil = np.array([52, 55, 56, 61, 63, 67, 70, 71], float)
r19 = stats.linregress(amb, oil)
r2 = np.corrcoef(amb, oil)[0, 1] ** 2
assert abs(r19.rvalue**2 - r2) < 1e-12
add(
    "gearbox oil sump temp vs ambient, daily means: ambient °C 2, 6, 9, 13, 17, 21, 25, 28 ; "
    "oil °C 52, 55, 56, 61, 63, 67, 70, 71. linear fit oil ~ ambient, r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2)
g1 = [31.2, 33.5, 30.8, 32.9, 34.1]
g2 = [35.4, 36.8, 34.9, 37.2, 35.0]
g3 = [30.1, 31.7, 29.4, 32.2, 30.9]
r20 = stats.f_oneway(g1, g2, g3)
allg = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allg.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "annual capacity factor % by WTG model (5 turbines each): model K: 31.2, 33.5, 30.8, 32.9, 34.1 | "
    "model L: 35.4, 36.8, 34.9, 37.2, 35.0 | model M: 30.1, 31.7, 29.4, 32.2, 30.9. one-way ANOVA p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA with interaction, F for vendor main effect
data = {
    ("V1", "winter"): [4.1, 4.4], ("V1", "spring"): [3.6, 3.9], ("V1", "summer"): [3.2, 3.5],
    ("V2", "winter"): [4.8, 5.2], ("V2", "spring"): [4.0, 4.5], ("V2", "summer"): [3.9, 3.6],
}
yall = np.array([v for vals in data.values() for v in vals])
gm = yall.mean()
vend = {vv: np.mean([y for (a_, s_), ys in data.items() if a_ == vv for y in ys]) for vv in ("V1", "V2")}
seas = {ss: np.mean([y for (a_, s_), ys in data.items() if s_ == ss for y in ys]) for ss in ("winter", "spring", "summer")}
ssA = 6 * sum((m - gm) ** 2 for m in vend.values())
ssE = sum(((np.array(ys) - np.mean(ys)) ** 2).sum() for ys in data.values())
F21 = (ssA / 1) / (ssE / 6)
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

df = pd.DataFrame([dict(vendor=a_, season=s_, y=y) for (a_, s_), ys in data.items() for y in ys])
tbl = sm.stats.anova_lm(ols("y ~ C(vendor) * C(season)", data=df).fit(), typ=2)
assert abs(tbl.loc["C(vendor)", "F"] - F21) < 1e-9
add(
    "HSS bearing vib RMS (mm/s), 2 gearbox vendors × 3 seasons, 2 turbines per cell:\n"
    "V1: winter 4.1, 4.4 | spring 3.6, 3.9 | summer 3.2, 3.5\n"
    "V2: winter 4.8, 5.2 | spring 4.0, 4.5 | summer 3.9, 3.6\n"
    "two-way ANOVA incl. vendor×season interaction -- F stat for the vendor main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design (3)
# r22 2^(5-1) + 4 centre points = 20
base = list(itertools.product([-1, 1], repeat=4))
frac = [r + (r[0] * r[1] * r[2] * r[3],) for r in base]
n22 = len(frac) + 4
assert n22 == 2 ** (5 - 1) + 4
add(
    "pitch/yaw controller tuning trial on the test WTG: 5 factors, half-fraction 2^(5−1), single replicate, "
    "plus 4 centre pts. total runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD k=4, full cube + 8 axial + 7 centre = 31
cube = list(itertools.product([-1, 1], repeat=4))
axial = [tuple(s * (i == j) for j in range(4)) for i in range(4) for s in (-2, 2)]
n23 = len(cube) + len(axial) + 7
assert n23 == 2**4 + 2 * 4 + 7
add(
    "response surface for gearbox cooling: CCD, 4 factors, full 2^4 factorial portion + star pts, 7 centre runs. how many runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken k=3 + 3 centre = 15
bb = set()
for i, j in itertools.combinations(range(3), 2):
    for si, sj in itertools.product([-1, 1], repeat=2):
        r = [0, 0, 0]
        r[i], r[j] = si, sj
        bb.add(tuple(r))
n24 = len(bb) + 3
assert n24 == 15
add(
    "blade heating system trial, 3 factors (power setting, duty cycle, ambient-trigger temp), Box-Behnken w/ 3 centre pts -- run count?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2)
# r25 S chart UCL = B4 * sbar, n = 4, sbar = 1.8
n25, sbar = 4, 1.8
c4 = math.sqrt(2 / (n25 - 1)) * math.gamma(n25 / 2) / math.gamma((n25 - 1) / 2)
B4 = 1 + 3 * math.sqrt(1 - c4**2) / c4
assert abs(B4 - 2.266) < 1e-3
ucl25 = B4 * sbar
add(
    "main bearing temp X̄-S chart, subgroups n=4 (one per shift), 25 subgroups, s̄ = 1.8 °C, x̿ = 61.3 °C. "
    "UCL of the S chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    ucl25,
)
# r26 u chart UCL, n = 12 blades per week
cnt = np.array([7, 4, 9, 5, 6, 8, 3, 6, 7, 5])
ubar = cnt.sum() / (12 * len(cnt))
ucl26 = ubar + 3 * math.sqrt(ubar / 12)
assert abs(ubar - 0.5) < 1e-12 and abs(ucl26 - (0.5 + 3 * math.sqrt(1 / 24))) < 1e-12
add(
    "weekly rope-access blade inspections, 12 blades inspected every wk, defects found per wk: "
    "7, 4, 9, 5, 6, 8, 3, 6, 7, 5 (10 wks). u chart (defects per blade) -- UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2)
cpk27 = min(1890 - 1822, 1822 - 1710) / (3 * 21)
assert abs(cpk27 - 68 / 63) < 1e-12
add(
    "blade root bolt pretension, spec 1800 ± 90 N·m. process mean 1822 N·m, σ (within) = 21 N·m. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Cp with sigma = Rbar/d2, n = 4
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 4 - stats.norm.cdf(w) ** 4 + 0 * w, -np.inf, np.inf)[0]
# d2 = E[range] of n=4 std normals = int (1 - F^n - (1-F)^n) dw
assert abs(d2 - 2.059) < 1e-3
cp28 = (20.5 - 19.5) / (6 * 0.21 / d2)
cp28_table = 1.0 / (6 * 0.21 / 2.059)
assert abs(cp28 - cp28_table) / cp28 < 1e-3
add(
    "yaw brake pad thickness spec 20.0 ± 0.5 mm. from incoming QC, subgroups of n=4, R̄ = 0.21 mm, "
    "σ estimated as R̄/d2. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    cp28_table,
)

# ---------------- sample size (1)
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 2.1 / 0.3) ** 2)
assert n29 == math.ceil((1.96 * 2.1 / 0.3) ** 2) == 189
add(
    "lidar campaign: want mean hub-height wind speed within ±0.3 m/s, 95% conf (2-sided), σ of 10-min means "
    "approx 2.1 m/s (take as known). how many 10-min samples needed?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1)
mph = sp.Rational(25) / sp.Rational(44704, 100000)
assert abs(float(mph) - 25 * 3600 / 1609.344) < 1e-9
add(
    "cut-out wind speed is 25 m/s, the US client wants it in mph",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(mph),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, wind-farm reliability engineer (gearbox failures, blade inspections, availability, power curves)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
