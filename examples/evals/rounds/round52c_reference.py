import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round52c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, r = sp.symbols("t x r")

# ---------------- calculus (4) ----------------
# r01 derivative of seal jaw temp warmup T(t) = 200 - 35 e^{-t/12} + 0.4 t
T = 200 - 35 * sp.exp(-t / 12) + sp.Rational(2, 5) * t
dT = sp.diff(T, t)
assert abs(float(dT.subs(t, 3)) - (T.subs(t, 3 + 1e-6) - T.subs(t, 3 - 1e-6)) / 2e-6) < 1e-4
add(
    "seal jaws on line 3 warm up like T(t) = 200 − 35·e^(−t/12) + 0.4t  (°C, t in min after startup). "
    "whats dT/dt as a function of t? want the formula not a number thx",
    "calculus",
    {"rule": "expr"},
    str(dT),
)
# r02 definite integral of fill rate q(t) = 12 + 3 sin(pi t/30) kg/min, 0..30 min -> 360 + 180/pi
q = 12 + 3 * sp.sin(sp.pi * t / 30)
I2 = sp.simplify(sp.integrate(q, (t, 0, 30)))
from scipy.integrate import quad
assert abs(quad(lambda s: 12 + 3 * math.sin(math.pi * s / 30), 0, 30)[0] - float(I2)) < 1e-9
add(
    "chip feed to the weigher surges a bit, rate q(t) = 12 + 3 sin(πt/30) kg/min. how many kg total goes thru "
    "from t=0 to t=30 min? exact answer pls (∫ q dt)",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xx = 1e-4
assert abs((math.expm1(2 * xx) - 2 * xx) / xx**2 - float(L3)) < 1e-3
add(
    "maint guy scribbled this on the whiteboard next to the film tension notes lol: lim as x→0 of (e^(2x) − 1 − 2x)/x². "
    "whats the exact value",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 optimisation: closed cylinder canister V = 1000 cm^3, minimise material -> r = (500/pi)^(1/3)
h = 1000 / (sp.pi * r**2)
A = 2 * sp.pi * r**2 + 2 * sp.pi * r * h
crit = [c for c in sp.solve(sp.diff(A, r), r) if c.is_real and c.is_positive][0]
from scipy.optimize import minimize_scalar
num = minimize_scalar(lambda rr: 2 * math.pi * rr**2 + 2000 / rr, bounds=(1, 20), method="bounded").x
assert abs(num - float(crit)) < 1e-4
add(
    "marketing wants a stackable chip canister (closed cylinder, lid + bottom same material as the wall), "
    "volume exactly 1000 cm³. what radius r in cm uses the least material (min total surface area)? exact form ok",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra (3) ----------------
# r05 roots of 2x^2 - 5x - 12 = 0 -> -3/2, 4
roots = sp.solve(2 * x**2 - 5 * x - 12, x)
assert sorted(float(v) for v in roots) == sorted(np.roots([2, -5, -12]).real.tolist())
add(
    "filler head calib curve ended up as 2x² − 5x − 12 = 0 after i moved everything to one side. "
    "solve for x, give me all the roots",
    "algebra",
    {"rule": "set"},
    [str(v) for v in sorted(roots, key=float)],
)
# r06 word problem: A 45 bags/min, B 60 bags/min starts 10 min later, total 5000 -> t = 160/3 min after A starts
tt = sp.symbols("tt")
s6 = sp.solve(sp.Eq(45 * tt + 60 * (tt - 10), 5000), tt)[0]
assert abs(float(s6) - (5000 + 600) / 105) < 1e-12
add(
    "order for 5000 bags. line A bags at 45 bags/min, line B runs 60 bags/min but B doesnt start till 10 min after A "
    "(both run nonstop after that, no rejects). how many minutes after A starts do we hit 5000 bags combined?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s6),
)
# r07 blend: 2% salt seasoning + 8% salt seasoning -> 60 kg at 3.5% -> 45 kg of the 2%
a = sp.symbols("a")
s7 = sp.solve(sp.Eq(sp.Rational(2, 100) * a + sp.Rational(8, 100) * (60 - a), sp.Rational(35, 1000) * 60), a)[0]
assert abs(float(s7) - 60 * (0.08 - 0.035) / (0.08 - 0.02)) < 1e-12
add(
    "seasoning room has 2 bases, one is 2% salt and one is 8% salt (by wt). need a 60 kg batch at 3.5% salt. "
    "how many kg of the 2% stuff go in?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s7),
)

# ---------------- linear algebra (2) ----------------
# r08 determinant
M8 = sp.Matrix([[3, -1, 2], [0, 4, 1], [5, 2, -2]])
d8 = M8.det()
assert abs(np.linalg.det(np.array(M8.tolist(), float)) - float(d8)) < 1e-9
add(
    "quick one, determinant of the 3x3 [3 −1 2; 0 4 1; 5 2 −2] ? (rows separated by ;)",
    "linear_algebra",
    {"rule": "expr"},
    str(d8),
)
# r09 system: film rolls usage. 3 bag sizes s,m,l
# film m: 0.3s + 0.5m + 0.9l = 410 ; seasoning kg? use simple counts
A9 = sp.Matrix([[1, 1, 1], [2, 3, 5], [1, -1, 0]])
b9 = sp.Matrix([100, 330, 10])
sol9 = A9.LUsolve(b9)
npsol = np.linalg.solve(np.array(A9.tolist(), float), np.array(b9.tolist(), float).ravel())
assert np.allclose(npsol, [float(v) for v in sol9])
assert all(v.is_integer and v > 0 for v in sol9)
add(
    "cases on the pallet: x = small, y = medium, z = family size. x + y + z = 100, 2x + 3y + 5z = 330 (thats the weight "
    "in kg), and x − y = 10. solve the system, how many family size cases z?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol9[2]),
)

# ---------------- probability (4) ----------------
# r10 binomial P(X>=2), n=20, p=0.03
p10 = float(stats.binom.sf(1, 20, 0.03))
assert abs(p10 - (1 - 0.97**20 - 20 * 0.03 * 0.97**19)) < 1e-12
add(
    "seal leak rate on the nitrogen flush bags is about 3%. if QA pulls 20 bags at random whats the prob at least 2 "
    "of them leak? exact binomial pls not normal approx",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson: 1.8 metal detector rejects/hr, P(<=2 in a 2 hr block) lambda=3.6
lam = 3.6
p11 = float(stats.poisson.cdf(2, lam))
assert abs(p11 - math.exp(-lam) * (1 + lam + lam**2 / 2)) < 1e-12
add(
    "metal detector kicks out avg 1.8 bags per hour (Poisson, random). whats the probabilty of 2 or fewer kicks "
    "in a 2 hour stretch?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 normal P(W<148), mu 151.2 sd 1.4
p12 = float(stats.norm.cdf(148, 151.2, 1.4))
assert abs(p12 - 0.5 * math.erfc((151.2 - 148) / (1.4 * math.sqrt(2)))) < 1e-12
add(
    "bag wts on head 7 are normal w/ mean 151.2 g and sd 1.4 g. what fraction of bags come out under 148 g? (we get yelled at for those lol)",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes: 2% underweight, sens 95%, false alarm 3% -> P(UW|flag)
p13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
N = 1_000_000
assert abs((N * 0.02 * 0.95) / (N * 0.02 * 0.95 + N * 0.98 * 0.03) - p13) < 1e-12
add(
    "checkweigher question. 2% of bags are actually underweight. checkweigher flags 95% of the underweight ones but "
    "also flags 3% of good bags by mistake. if a bag gets flagged whats the prob its really underweight?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, target 150 g two-sided
w14 = np.array([150.8, 151.3, 149.9, 150.6, 151.7, 150.2, 151.0, 150.4, 151.5, 150.9])
res14 = stats.ttest_1samp(w14, 150.0)
tt14 = (w14.mean() - 150) / (w14.std(ddof=1) / math.sqrt(len(w14)))
assert abs(tt14 - res14.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(tt14), len(w14) - 1) - res14.pvalue) < 1e-12
add(
    "label says 150 g. pulled 10 bags off 2nd shift: 150.8, 151.3, 149.9, 150.6, 151.7, 150.2, 151.0, 150.4, 151.5, 150.9. "
    "is the mean different from 150? one sample t test, two sided, whats the p value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res14.pvalue),
)
# r15 Welch two-sample, seal strength N/15mm
a15 = np.array([8.2, 7.9, 8.6, 8.4, 8.1, 8.8, 7.7, 8.3])
b15 = np.array([7.6, 8.0, 7.2, 7.9, 7.4, 8.3, 7.1])
res15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
tw = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - res15.pvalue) < 1e-12
add(
    "seal strength (N/15mm) new jaws vs old jaws. new: 8.2, 7.9, 8.6, 8.4, 8.1, 8.8, 7.7, 8.3. old: 7.6, 8.0, 7.2, 7.9, "
    "7.4, 8.3, 7.1. dont assume equal varainces (welch), two sided. p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res15.pvalue),
)
# r16 paired t statistic before/after jaw cleaning
bef = np.array([6.9, 7.4, 7.1, 6.6, 7.8, 7.0, 7.3, 6.8])
aft = np.array([7.3, 7.6, 7.5, 6.9, 7.9, 7.5, 7.4, 7.2])
res16 = stats.ttest_rel(aft, bef)
dd = aft - bef
assert abs(dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd))) - res16.statistic) < 1e-10
add(
    "measured seal strength on the same 8 lanes before and after we cleaned the crimp jaws. before: 6.9, 7.4, 7.1, 6.6, "
    "7.8, 7.0, 7.3, 6.8. after: 7.3, 7.6, 7.5, 6.9, 7.9, 7.5, 7.4, 7.2 (same lane order). paired t test, "
    "whats the t statistic (after minus before)?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res16.statistic),
)
# r17 chi-square independence 3 shifts x pass/reject
tab = np.array([[1180, 20], [1165, 35], [1150, 50]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi2) < 1e-9 and dof == 2
add(
    "rejects by shift last week. days: 1180 good / 20 rejects, swings: 1165 good / 35 rej, nights: 1150 good / 50 rej. "
    "chi square test of independence (shift vs reject), whats the p value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope auger rpm vs bag weight
x18 = np.array([300, 320, 340, 360, 380, 400], float)
y18 = np.array([141.2, 144.9, 148.1, 152.3, 155.6, 159.4])
lr18 = stats.linregress(x18, y18)
sl = ((x18 - x18.mean()) * (y18 - y18.mean())).sum() / ((x18 - x18.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12
add(
    "auger speed (rpm) vs avg bag wt (g): 300→141.2, 320→144.9, 340→148.1, 360→152.3, 380→155.6, 400→159.4. "
    "least squares line, whats the slope in g per rpm?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 seal temp vs seal strength
x19 = np.array([130, 135, 140, 145, 150, 155, 160], float)
y19 = np.array([5.1, 5.9, 6.2, 7.0, 7.1, 7.9, 8.0])
lr19 = stats.linregress(x19, y19)
pred = np.polyval(np.polyfit(x19, y19, 1), x19)
r2b = 1 - ((y19 - pred) ** 2).sum() / ((y19 - y19.mean()) ** 2).sum()
assert abs(r2b - lr19.rvalue**2) < 1e-12
add(
    "jaw temp °C vs seal strength N/15mm: 130 5.1, 135 5.9, 140 6.2, 145 7.0, 150 7.1, 155 7.9, 160 8.0. "
    "fit a straight line, what r² do i get?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way 4 filler heads
g = [
    [150.2, 150.8, 149.9, 150.5, 150.4],
    [151.1, 151.6, 150.9, 151.4, 151.0],
    [150.0, 150.6, 150.3, 149.8, 150.1],
    [150.7, 151.2, 150.5, 151.3, 150.9],
]
F20, p20 = stats.f_oneway(*g)
allv = np.concatenate(g)
ssb = sum(len(k) * (np.mean(k) - allv.mean()) ** 2 for k in g)
ssw = sum(((np.array(k) - np.mean(k)) ** 2).sum() for k in g)
Fh = (ssb / 3) / (ssw / 16)
assert abs(Fh - F20) < 1e-9 and abs(stats.f.sf(Fh, 3, 16) - p20) < 1e-12
add(
    "bag wts from 4 filler heads, 5 bags each. head 1: 150.2, 150.8, 149.9, 150.5, 150.4. head 2: 151.1, 151.6, 150.9, "
    "151.4, 151.0. head 3: 150.0, 150.6, 150.3, 149.8, 150.1. head 4: 150.7, 151.2, 150.5, 151.3, 150.9. "
    "one way anova, p value for heads?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p20),
)
# r21 two-way with replication: film supplier (A,B) x jaw temp (140,150,160), 3 reps; F for temp
data21 = {
    ("A", 140): [6.1, 6.4, 6.0],
    ("A", 150): [7.0, 7.3, 6.8],
    ("A", 160): [7.6, 7.4, 7.9],
    ("B", 140): [5.8, 6.2, 5.9],
    ("B", 150): [6.9, 6.6, 7.1],
    ("B", 160): [7.0, 7.3, 7.2],
}
sups, temps, nrep = ["A", "B"], [140, 150, 160], 3
Y = np.array([[data21[(s, tp)] for tp in temps] for s in sups])  # 2x3x3
gm = Y.mean()
ssA = len(temps) * nrep * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = len(sups) * nrep * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = nrep * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
sse = ((Y - cell[:, :, None]) ** 2).sum()
dfe = len(sups) * len(temps) * (nrep - 1)
F21 = (ssB / 2) / (sse / dfe)
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
df = pd.DataFrame([(s, tp, v) for (s, tp), vs in data21.items() for v in vs], columns=["sup", "temp", "y"])
tbl = sm.stats.anova_lm(smf.ols("y ~ C(sup) * C(temp)", df).fit(), typ=2)
assert abs(tbl.loc["C(temp)", "F"] - F21) < 1e-8
add(
    "seal strength study, 2 film suppliers x 3 jaw temps, 3 bags per combo. supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, "
    "7.3, 6.8; A @160: 7.6, 7.4, 7.9. supplier B @140: 5.8, 6.2, 5.9; B @150: 6.9, 6.6, 7.1; B @160: 7.0, 7.3, 7.2. "
    "two way anova w/ interaction term in the model — whats the F stat for jaw temp?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design (3) ----------------
# r22 2^(7-3) + 4 centre points = 20
n22 = 2 ** (7 - 3) + 4
add(
    "planning a screening DOE on the bagger, 7 factors (jaw temp, dwell, film tension, N2 flow, etc). going with a "
    "2^(7−3) fractional factorial plus 4 center points. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 3 factors + 3 centre points = 15
k = 3
bb_edges = 4 * math.comb(k, 2)  # 3-factor BBD: 12 edge midpoints
n23 = bb_edges + 3
add(
    "follw up RSM on seal strength w/ 3 factors (temp, dwell, pressure). Box-Behnken design with 3 centre points, "
    "how many runs is that",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman for 11 factors -> 12 runs
n24 = 4 * math.ceil((11 + 1) / 4)
add(
    "got 11 things that might affect bag wt variation on the vffs. whats the smallest Plackett-Burman design that "
    "screens all 11 factors (runs)? no center pts",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL, n=5, xbarbar 150.8, rbar 2.4, A2 = 0.577
A2 = 0.577
ucl25 = 150.8 + A2 * 2.4
# d2 for n=5 by numerical integration of expected range of standard normal
d2 = quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 5 - stats.norm.cdf(w) ** 5, -np.inf, np.inf)[0]
assert abs(150.8 + 3 / (d2 * math.sqrt(5)) * 2.4 - ucl25) < 1e-3
add(
    "setting up Xbar-R for bag wt, subgroups of 5 bags every 30 min. over 25 subgroups grand mean = 150.8 g and "
    "Rbar = 2.4 g. whats the UCL on the xbar chart? use standard table constants",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 p chart UCL, 12 samples of 250 bags
rej = np.array([6, 4, 9, 5, 7, 3, 8, 6, 5, 10, 4, 5])
n26 = 250
pbar = rej.sum() / (n26 * len(rej))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / n26)
assert abs(ucl26 - (rej.mean() + 3 * math.sqrt(rej.mean() * (1 - pbar))) / n26) < 1e-12
add(
    "p chart for seal rejects. 12 hourly samples, 250 bags each, reject counts: 6, 4, 9, 5, 7, 3, 8, 6, 5, 10, 4, 5. "
    "whats the UCL (as a fraction)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk mean 151.6 sd 1.1 spec 147-155
cpk27 = min(155 - 151.6, 151.6 - 147) / (3 * 1.1)
cpu, cpl = (155 - 151.6) / 3.3, (151.6 - 147) / 3.3
assert abs(min(cpu, cpl) - cpk27) < 1e-12
add(
    "bag wt spec 147 to 155 g. process mean 151.6 g, std dev 1.1 g (within). whats Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Cp from Rbar/d2, n=4, d2=2.059, Rbar 2.1, spec 147-155
d2_4 = 2.059
d2num = quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 4 - stats.norm.cdf(w) ** 4, -np.inf, np.inf)[0]
assert abs(d2num - d2_4) < 1e-3
cp28 = (155 - 147) / (6 * 2.1 / d2_4)
add(
    "same 147–155 g spec but on line 2, subgroups of 4, Rbar = 2.1 g. estimate sigma as Rbar/d2 and give me Cp pls",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    cp28,
)

# ---------------- sample size (1) ----------------
# r29 two-sample mean, delta 0.5, sd 0.8, alpha .05 two-sided, power .9, z formula -> per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 0.8**2 / 0.5**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 0.64 / 0.25)
add(
    "want to compare seal strength between two film suppliers. need to detect a 0.5 N/15mm diff in means, sd is about "
    "0.8 for both, alpha 0.05 two sided, 90% power. how many bags per supplier? just the normal (z) formula is fine",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 1.75 oz -> g (avoirdupois oz = 28.349523125 g)
g30 = 1.75 * 28.349523125
assert abs(g30 - 1.75 / 16 * 453.59237) < 1e-12
add(
    "new single serve bag is labeled 1.75 oz (regular avoirdupois oz). how many grams is that for the EU label?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    g30,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, snack-food packaging line supervisor (bag weights, seal strength, filler heads, shifts, rejects)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
