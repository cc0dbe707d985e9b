import os
import math, itertools, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round48a"
VOICE = "food-packaging line technician at a frozen-food plant (seal strength, fill weights, metal-detector rejects, freezer temps, line speed)"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4)
# r01 derivative of core temp T(t) = -10 + 80 e^{-t/25}
T = -10 + 80 * sp.exp(-t / 25)
d = sp.simplify(sp.diff(T, t))
assert sp.simplify(d - sp.Rational(-16, 5) * sp.exp(-t / 25)) == 0
add(
    "core temp of a tray in the spiral freezer runs about T(t) = −10 + 80·e^(−t/25) °F, t in minutes. whats dT/dt as a function of t?",
    "calculus",
    {"rule": "expr"},
    str(d),
)
# r02 definite integral of fill rate 6t - 0.3t^2 oz/s over 0..10 s -> 200
I = sp.integrate(6 * t - sp.Rational(3, 10) * t**2, (t, 0, 10))
In, _ = integrate.quad(lambda s: 6 * s - 0.3 * s**2, 0, 10)
assert abs(float(I) - In) < 1e-9
add(
    "Auger filler flow rate ramps like q(t) = 6t − 0.3t² oz/s during the 10 s dose. How many oz total go in the tote from t=0 to t=10 s?",
    "calculus",
    {"rule": "expr"},
    str(I),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xn = 1e-4
assert abs(((math.exp(2 * xn) - 1 - 2 * xn) / xn**2) - float(L)) < 1e-3
add(
    "Came across this in a heat-seal jaw warmup model: lim x→0 (e^(2x) − 1 − 2x)/x². exact value?",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 optimisation: open tray from 10x16 in sheet, cut squares x -> x = 2
V = x * (10 - 2 * x) * (16 - 2 * x)
crit = [c for c in sp.solve(sp.diff(V, x), x) if 0 < c < 5]
assert len(crit) == 1 and sp.diff(V, x, 2).subs(x, crit[0]) < 0
xs = np.linspace(0, 5, 500001)
assert abs(xs[np.argmax(xs * (10 - 2 * xs) * (16 - 2 * xs))] - float(crit[0])) < 1e-4
add(
    "We fold open-top trays out of 10 in × 16 in paperboard blanks by cutting equal squares of side x out of each corner and folding up the sides. What x (inches) gives the max tray volume?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3)
# r05 roots of 2x^2 - 5x - 12 = 0 -> {-3/2, 4}
r = sorted(sp.solve(2 * x**2 - 5 * x - 12, x))
assert sorted(np.roots([2, -5, -12]).real.tolist()) == sorted(float(v) for v in r)
add(
    "solve 2x² − 5x − 12 = 0 for x, all roots",
    "algebra",
    {"rule": "set"},
    [str(v) for v in r],
)
# r06 word problem: line A 45 packs/min starts, B 60 packs/min starts 20 min later; 8400 packs -> t = 640/7 min
tt = sp.symbols("tt")
sol = sp.solve(sp.Eq(45 * tt + 60 * (tt - 20), 8400), tt)[0]
assert abs(float(sol) - 9600 / 105) < 1e-12
add(
    "Order is 8,400 packs. Line A runs 45 packs/min and starts at time 0, Line B runs 60 packs/min but doesnt start till 20 min later. How many minutes after line A starts is the order done? exact answer pls",
    "algebra",
    {"rule": "expr"},
    str(sol),
)
# r07 blend: 18% fat + 6% fat -> 200 lb at 10% fat; lbs of 18% = 200/3
a = sp.symbols("a")
sa = sp.solve(sp.Eq(sp.Rational(18, 100) * a + sp.Rational(6, 100) * (200 - a), 20), a)[0]
assert abs(float(sa) - (200 * (0.10 - 0.06) / (0.18 - 0.06))) < 1e-9
add(
    "Need a 200 lb batch of gravy base at 10% fat. I have a base thats 18% fat and one thats 6% fat. how many lb of the 18% one go in?",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(sa),
)

# ---------------- linear algebra (2)
# r08 determinant
M = sp.Matrix([[3, 1, 2], [0, 4, 1], [2, -1, 5]])
dt = M.det()
assert abs(np.linalg.det(np.array(M.tolist(), float)) - float(dt)) < 1e-9
add(
    "determinant of [[3, 1, 2], [0, 4, 1], [2, −1, 5]]? its from a mass-balance on our three blend tanks",
    "linear_algebra",
    {"rule": "expr"},
    str(dt),
)
# r09 3x3 system: trays small/medium/large; ask number of large trays
A = sp.Matrix([[4, 6, 10], [6, 8, 12], [2, 3, 4]])
bvec = sp.Matrix([1480, 1960, 680])
solv = A.LUsolve(bvec)
assert list(np.linalg.solve(np.array(A.tolist(), float), np.array(bvec.tolist(), float).ravel()).round(9)) == [
    float(v) for v in solv
]
add(
    "Three tray SKUs. small uses 4 oz chicken, 6 oz rice, 2 oz sauce; medium uses 6 oz chicken, 8 oz rice, 3 oz sauce; large uses 10 oz chicken, 12 oz rice, 4 oz sauce. Yesterday we used 1480 oz chicken, 1960 oz rice and 680 oz sauce total. how many large trays did we make?",
    "linear_algebra",
    {"rule": "expr"},
    str(solv[2]),
)

# ---------------- probability (4)
# r10 binomial P(X>=2), n=50, p=0.02
pb = stats.binom.sf(1, 50, 0.02)
assert abs(pb - (1 - 0.98**50 - 50 * 0.02 * 0.98**49)) < 1e-12
add(
    "Metal detector false-reject rate is 2% per pack (independent). out of the next 50 packs, whats the probability of 2 or more false rejects? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pb),
)
# r11 Poisson P(X=3), mean 1.8
pp = stats.poisson.pmf(3, 1.8)
assert abs(pp - math.exp(-1.8) * 1.8**3 / 6) < 1e-12
add(
    "We average 1.8 leaker pouches per shift on the vacuum sealer (assume Poisson). Probability of exactly 3 leakers next shift?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pp),
)
# r12 normal P(fill < 16.0), mu 16.2 sd 0.12
pn = stats.norm.cdf(16.0, 16.2, 0.12)
assert abs(pn - 0.5 * math.erfc((0.2 / 0.12) / math.sqrt(2))) < 1e-12
add(
    "16 oz label on the lasagna, filler runs mean 16.2 oz with sd 0.12 oz, normally distributed. what fraction of packs come in under 16.0 oz?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pn),
)
# r13 Bayes
prev, sens, fa = 0.001, 0.99, 0.005
post = prev * sens / (prev * sens + (1 - prev) * fa)
P = sp.Rational(1, 1000) * sp.Rational(99, 100)
postx = P / (P + sp.Rational(999, 1000) * sp.Rational(5, 1000))
assert abs(float(postx) - post) < 1e-12
add(
    "About 0.1% of packs actually have metal in them. The detector catches 99% of contaminated packs, and it falsely rejects 0.5% of clean packs. Given a pack got rejected, probability it really has metal?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(post),
)

# ---------------- hypothesis tests (4)
# r14 one-sample t two-sided vs 16.0
fw = np.array([16.08, 15.97, 16.12, 16.05, 15.99, 16.10, 16.03, 16.07, 15.94, 16.11])
res = stats.ttest_1samp(fw, 16.0)
tman = (fw.mean() - 16.0) / (fw.std(ddof=1) / math.sqrt(len(fw)))
assert abs(tman - res.statistic) < 1e-9
assert abs(2 * stats.t.sf(abs(tman), len(fw) - 1) - res.pvalue) < 1e-12
add(
    "Pulled 10 pot pies off line 3, net wts oz: 16.08, 15.97, 16.12, 16.05, 15.99, 16.10, 16.03, 16.07, 15.94, 16.11. Is the mean different from the 16.0 oz target? one-sample t, two-sided, p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r15 paired t two-sided
before = np.array([4.2, 3.9, 4.5, 4.1, 3.8, 4.4, 4.0, 4.3])
after = np.array([4.5, 4.1, 4.6, 4.4, 4.0, 4.7, 4.1, 4.6])
res = stats.ttest_rel(after, before)
dd = after - before
tman = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tman - res.statistic) < 1e-9
assert abs(2 * stats.t.sf(abs(tman), len(dd) - 1) - res.pvalue) < 1e-12
add(
    "Swapped the seal jaws, measured seal strength (lbf/in) on the same 8 lanes before and after.\nbefore: 4.2 3.9 4.5 4.1 3.8 4.4 4.0 4.3\nafter:  4.5 4.1 4.6 4.4 4.0 4.7 4.1 4.6\npaired t test two-sided, what's the p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r16 two-proportion pooled z, two-sided, no CC
x1, n1, x2, n2 = 18, 4500, 31, 5200
p1, p2 = x1 / n1, x2 / n2
pbar = (x1 + x2) / (n1 + n2)
z = (p1 - p2) / math.sqrt(pbar * (1 - pbar) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
chi2, pchi, _, _ = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
assert abs(chi2 - z**2) < 1e-9 and abs(pchi - pz) < 1e-12
add(
    "metal detector rejects: line 1 had 18 rejects out of 4,500 packs, line 2 had 31 out of 5,200. Is the reject rate different between lines? pooled two-proportion z test, two-sided, no continuity correction. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)
# r17 chi-square GOF statistic, equal expected
obs = np.array([42, 55, 68])
res = stats.chisquare(obs)
e = obs.sum() / 3
assert abs(((obs - e) ** 2 / e).sum() - res.statistic) < 1e-9
add(
    "Seal-fail rejects last month by shift: 1st 42, 2nd 55, 3rd 68. Same production volume each shift so expect equal counts. Chi-square goodness of fit statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res.statistic),
)

# ---------------- regression (2)
# r18 slope
xs_ = np.array([40, 50, 60, 70, 80, 90], float)
ys_ = np.array([5.1, 4.9, 4.6, 4.5, 4.2, 3.9])
lr = stats.linregress(xs_, ys_)
assert abs(np.polyfit(xs_, ys_, 1)[0] - lr.slope) < 1e-12
add(
    "line speed (packs/min) vs avg seal strength (lbf/in):\n40 5.1\n50 4.9\n60 4.6\n70 4.5\n80 4.2\n90 3.9\nleast squares slope of strength on speed?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2
xr = np.array([20, 25, 30, 35, 40, 45, 50], float)
yr = np.array([14.2, 9.8, 6.1, 2.9, -0.4, -2.8, -5.1])
lr2 = stats.linregress(xr, yr)
coef = np.polyfit(xr, yr, 1)
ssr = ((yr - np.polyval(coef, xr)) ** 2).sum()
sst = ((yr - yr.mean()) ** 2).sum()
assert abs((1 - ssr / sst) - lr2.rvalue**2) < 1e-12
add(
    "Tunnel freezer dwell time (min) vs product core temp at exit (°F): 20→14.2, 25→9.8, 30→6.1, 35→2.9, 40→−0.4, 45→−2.8, 50→−5.1. Straight line fit, what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr2.rvalue**2),
)

# ---------------- ANOVA (2)
# r20 one-way p
gA = [4.4, 4.6, 4.3, 4.7, 4.5]
gB = [4.1, 4.3, 4.0, 4.2, 4.4]
gC = [4.6, 4.8, 4.5, 4.9, 4.7]
res = stats.f_oneway(gA, gB, gC)
allv = np.concatenate([gA, gB, gC])
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (gA, gB, gC))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (gA, gB, gC))
Fm = (ssb / 2) / (ssw / 12)
assert abs(Fm - res.statistic) < 1e-9 and abs(stats.f.sf(Fm, 2, 12) - res.pvalue) < 1e-12
add(
    "seal strength lbf/in from 3 sets of sealing jaws, 5 pouches each\njaw A: 4.4 4.6 4.3 4.7 4.5\njaw B: 4.1 4.3 4.0 4.2 4.4\njaw C: 4.6 4.8 4.5 4.9 4.7\none-way ANOVA p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r21 two-way with replication, F for seal temperature
cells = {
    (350, "X"): [3.8, 4.0, 3.9],
    (350, "Y"): [3.6, 3.7, 3.5],
    (375, "X"): [4.4, 4.6, 4.5],
    (375, "Y"): [4.3, 4.1, 4.2],
}
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

rows = [(tp, fm, v) for (tp, fm), vals in cells.items() for v in vals]
df = pd.DataFrame(rows, columns=["temp", "film", "y"])
fit = smf.ols("y ~ C(temp) * C(film)", data=df).fit()
tab = sm.stats.anova_lm(fit, typ=2)
F_temp = float(tab.loc["C(temp)", "F"])
# manual
y = df.y.values
gm = y.mean()
r_ = 3
ssA = sum(2 * r_ * (df[df.temp == tp].y.mean() - gm) ** 2 for tp in (350, 375))
sse = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in cells.values())
F_man = (ssA / 1) / (sse / (4 * (r_ - 1)))
assert abs(F_man - F_temp) < 1e-8
add(
    "2x2 on the pouch sealer, 3 pouches per cell, seal strength lbf/in:\n350°F / film X: 3.8, 4.0, 3.9\n350°F / film Y: 3.6, 3.7, 3.5\n375°F / film X: 4.4, 4.6, 4.5\n375°F / film Y: 4.3, 4.1, 4.2\nTwo-way ANOVA with the temp×film interaction in the model. What's the F for seal temperature?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    F_temp,
)

# ---------------- design (3)
# r22 2^(6-2) + 3 centre points = 19
n22 = 2 ** (6 - 2) + 3
assert n22 == len(list(itertools.product([-1, 1], repeat=4))) + 3
add(
    "screening 6 factors on the tray sealer (temp, dwell, pressure, film lot, line speed, vacuum) with a 2^(6−2) fractional factorial plus 3 center points. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 4 factors + 3 centre = 27
k = 4
bbd = [
    pt
    for (i, j) in itertools.combinations(range(k), 2)
    for (si, sj) in itertools.product([-1, 1], repeat=2)
    for pt in [tuple(si if m == i else sj if m == j else 0 for m in range(k))]
]
n23 = len(set(bbd)) + 3
assert n23 == 2 * k * (k - 1) + 3
add(
    "Box-Behnken design for 4 freezer factors (air temp, air velocity, belt speed, product spacing) with 3 center points, how many runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 full factorial 3x2x4, 2 replicates = 48
n24 = len(list(itertools.product(range(3), range(2), range(4)))) * 2
assert n24 == 3 * 2 * 4 * 2
add(
    "Full factorial on the filler: nozzle type at 3 levels, product temp at 2 levels, fill speed at 4 levels, 2 replicates of every combo. total runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2)
# r25 Xbar-R UCL, n=5, Xbarbar 16.08, Rbar 0.21


def d2(n):
    f = lambda w: 1 - stats.norm.cdf(w) ** n - (1 - stats.norm.cdf(w)) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


A2 = 3 / (d2(5) * math.sqrt(5))
assert abs(A2 - 0.577) < 5e-4
ucl25 = 16.08 + A2 * 0.21
assert abs(ucl25 - (16.08 + 0.577 * 0.21)) / ucl25 < 1e-4
add(
    "X̄-R chart on fill weight, subgroups of 5 pouches. grand mean 16.08 oz, average range 0.21 oz. UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart UCL, n=250
defs = np.array([6, 4, 7, 3, 5, 8, 6, 4, 5, 7, 3, 6])
pbar = defs.sum() / (250 * len(defs))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 250)
pb_exact = sp.Rational(int(defs.sum()), 250 * len(defs))
assert abs(float(pb_exact + 3 * sp.sqrt(pb_exact * (1 - pb_exact) / 250)) - ucl26) < 1e-12
add(
    "p chart for underweight rejects, we check 250 packs every hour. rejects per hour for the last 12 hrs: 6, 4, 7, 3, 5, 8, 6, 4, 5, 7, 3, 6. what's the UCL (as a fraction)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2)
# r27 Cpk from mean / sd
cpk = min(16.6 - 16.12, 16.12 - 15.8) / (3 * 0.08)
assert abs(cpk - float(sp.Rational(32, 100) / sp.Rational(24, 100))) < 1e-12
add(
    "fill wt spec 15.8–16.6 oz. process mean 16.12 oz, sigma 0.08 oz. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk),
)
# r28 Cp from Rbar/d2, subgroups of 4
sig = 0.09 / d2(4)
cp = (12.25 - 11.75) / (6 * sig)
assert abs(cp - 0.5 / (6 * 0.09 / 2.059)) / cp < 1e-3
add(
    "Bag cut length spec is 11.75 to 12.25 in. X̄-R chart with subgroups of 4 shows R-bar = 0.09 in, process in control. Estimate sigma from R-bar/d2 and give me Cp",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp),
)

# ---------------- sample size (1)
# r29 two-sample n per group: delta 0.05, sd 0.08, alpha .05 two-sided, power .90 -> 54
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 0.08**2 / 0.05**2)
assert n29 == math.ceil(2 * (1.96 + 1.282) ** 2 * 0.08**2 / 0.05**2)
add(
    "Want to compare mean fill between filler heads 1 and 2. sd is about 0.08 oz on both, want to detect a 0.05 oz difference, alpha 0.05 two-sided, 90% power. normal approx formula, how many packs per head?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1)
# r30 -10 F -> C = -70/9
c30 = sp.Rational(-10 - 32) * 5 / 9
assert abs(float(c30) - (-10 - 32) / 1.8) < 1e-12
add(
    "freezer setpoint is −10 °F, the auditor wants it in °C",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(c30),
)

assert len(items) == 30
from collections import Counter

want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2,
            design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
assert Counter(it["mode"] for it in items) == Counter(want)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, {VOICE}",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
