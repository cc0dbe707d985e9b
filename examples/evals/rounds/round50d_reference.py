import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round50d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def d2_const(n):
    # expected range of n std normals: integral of 1 - (1-F)^n - F^n
    f = lambda z: 1 - (1 - stats.norm.cdf(z)) ** n - stats.norm.cdf(z) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


t, x = sp.symbols("t x")
# ---------------- calculus ----------------
# r01 derivative of oxide growth thk(t)=400 sqrt(t)+15 t -> 200/sqrt(t)+15
thk = 400 * sp.sqrt(t) + 15 * t
d1 = sp.diff(thk, t)
assert sp.simplify(d1 - (200 / sp.sqrt(t) + 15)) == 0
add(
    "furnace ox fit: thk(t) = 400·√t + 15t Å, t in min. need growth rate dthk/dt as fn of t (symbolic pls, going into the recipe calc sheet)",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 integral of etch rate 120-4t over 0..10 -> 1000 nm
I2 = sp.integrate(120 - 4 * t, (t, 0, 10))
assert abs(float(I2) - integrate.quad(lambda s: 120 - 4 * s, 0, 10)[0]) < 1e-9
add(
    "etch rate decays as chamber loads up, ER(t) = 120 − 4t nm/min. total film removed over a 10 min step = ∫ER dt from 0 to 10 -> ? nm",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(L3) - ((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) < 1e-3
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x²   -- showed up in a linearised diffusion model, exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 maximise G(A)=1000 A e^{-A/4} -> A=4
A = sp.symbols("A", positive=True)
G = 1000 * A * sp.exp(-A / 4)
crit = sp.solve(sp.diff(G, A), A)
assert len(crit) == 1 and sp.diff(G, A, 2).subs(A, crit[0]) < 0
add(
    "good-die index vs die area from our yield model: G(A) = 1000·A·e^(−A/4), A in cm². what die area A maximises G?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)
# ---------------- algebra ----------------
# r05 2x^2-3x-9=0 -> {-3/2, 3}
sol5 = sp.solve(2 * x**2 - 3 * x - 9, x)
r5 = sorted(sol5, key=float)
assert np.allclose(sorted(np.roots([2, -3, -9]).real), [float(s) for s in r5])
add(
    "solve 2x² − 3x − 9 = 0 (all roots, it's from a quadratic fit of CD bias vs focus, want both)",
    "algebra",
    {"rule": "set"},
    [str(s) for s in r5],
)
# r06 main etch 85 nm/min + overetch 30 nm/min, 4 min total, 285 nm removed -> main = 3 min
t1, t2 = sp.symbols("t1 t2")
s6 = sp.solve([t1 + t2 - 4, 85 * t1 + 30 * t2 - 285], [t1, t2])
assert np.allclose(np.linalg.solve([[1, 1], [85, 30]], [4, 285]), [float(s6[t1]), float(s6[t2])])
add(
    "2-step etch: main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and profilometer says 285 nm came off. how many min was main etch?",
    "algebra",
    {"rule": "expr"},
    str(s6[t1]),
)
# r07 blend 10% and 2% to get 20 L of 5% -> 7.5 L of 10%
v = sp.symbols("v")
s7 = sp.solve(sp.Rational(10, 100) * v + sp.Rational(2, 100) * (20 - v) - sp.Rational(5, 100) * 20, v)[0]
assert abs(float(s7) - 20 * (5 - 2) / (10 - 2)) < 1e-12
add(
    "wet bench: need to make 20 L of 5% bath by mixing a 10% stock with a 2% stock (treat % as volume fraction, volumes additive). how many L of the 10% stock?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s7),
)
# ---------------- linear algebra ----------------
# r08 det
M8 = [[3, 1, 2], [0, 4, 1], [2, -1, 5]]
det8 = sp.Matrix(M8).det()
assert abs(np.linalg.det(np.array(M8, float)) - float(det8)) < 1e-9
add(
    "tool matching sensitivity matrix M = [[3, 1, 2], [0, 4, 1], [2, −1, 5]] -> det(M)? checking it's not singular before we invert",
    "linear_algebra",
    {"rule": "expr"},
    str(det8),
)
# r09 eigenvalues [[6,2],[2,3]] -> {2,7}
ev9 = sorted(sp.Matrix([[6, 2], [2, 3]]).eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[6, 2], [2, 3]], float))), [float(e) for e in ev9])
add(
    "overlay covariance (x,y) from the scanner: C = [[6, 2], [2, 3]] nm². eigenvalues of C?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev9],
)
# ---------------- probability ----------------
# r10 binomial n=25 p=0.04 P(X<=1)
p10 = stats.binom.cdf(1, 25, 0.04)
assert abs(p10 - (0.96**25 + 25 * 0.04 * 0.96**24)) < 1e-12
add(
    "probe sort: die fail rate 4%, independent. pull 25 die at random -> P(at most 1 bad die)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson lambda = 0.3*3.2 = 0.96, P(X>=2)
lam = 0.3 * 3.2
p11 = stats.poisson.sf(1, lam)
assert abs(p11 - (1 - math.exp(-lam) * (1 + lam))) < 1e-12
add(
    "defect density D0 = 0.3 /cm², die area 3.2 cm², assume poisson defects. P(a die has 2 or more defects)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal N(1000,12) P(980<X<1020)
p12 = stats.norm.cdf(1020, 1000, 12) - stats.norm.cdf(980, 1000, 12)
assert abs(p12 - (2 * stats.norm.cdf(20 / 12) - 1)) < 1e-12
add(
    "gate ox thk ~ normal, mean 1000 Å, σ = 12 Å. what fraction of wafers land between 980 and 1020 Å?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes scratch
prior, sens, fpr = 0.03, 0.95, 0.04
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
pr = sp.Rational(3, 100) * sp.Rational(95, 100) / (
    sp.Rational(3, 100) * sp.Rational(95, 100) + sp.Rational(97, 100) * sp.Rational(4, 100)
)
assert abs(float(pr) - p13) < 1e-12
add(
    "macro inspection: 3% of wafers actually have a scratch. tool flags 95% of scratched wafers, and false-flags 4% of clean ones. wafer gets flagged -> P(it really has a scratch)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)
# ---------------- hypothesis tests ----------------
# r14 Welch two-sample two-sided
a14 = np.array([212.4, 208.9, 215.1, 210.7, 213.3, 209.8, 211.6])
b14 = np.array([206.2, 210.5, 204.8, 207.9, 203.1, 208.4])
r14 = stats.ttest_ind(a14, b14, equal_var=False)
va, vb = a14.var(ddof=1) / len(a14), b14.var(ddof=1) / len(b14)
tt = (a14.mean() - b14.mean()) / math.sqrt(va + vb)
df = (va + vb) ** 2 / (va**2 / (len(a14) - 1) + vb**2 / (len(b14) - 1))
assert abs(2 * stats.t.sf(abs(tt), df) - r14.pvalue) < 1e-12
add(
    "etch rate nm/min, chamber A: 212.4, 208.9, 215.1, 210.7, 213.3, 209.8, 211.6 / chamber B: 206.2, 210.5, 204.8, 207.9, 203.1, 208.4. "
    "are the chambers matched? welch t (don't pool variances), 2-sided, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r14.pvalue),
)
# r15 paired t two-sided
m1 = np.array([1012.4, 998.7, 1005.3, 1020.1, 1009.8, 995.2, 1003.6, 1015.0])
m2 = np.array([1010.1, 997.9, 1002.2, 1018.6, 1008.9, 993.0, 1001.8, 1014.2])
r15 = stats.ttest_rel(m1, m2)
dd = m1 - m2
t15 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t15 - r15.statistic) < 1e-9
add(
    "ellipsometer matching, same 8 wafers measured on both tools (Å). tool1: 1012.4, 998.7, 1005.3, 1020.1, 1009.8, 995.2, 1003.6, 1015.0 "
    "tool2: 1010.1, 997.9, 1002.2, 1018.6, 1008.9, 993.0, 1001.8, 1014.2. paired t on d = tool1 − tool2, t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-3},
    float(r15.statistic),
)
# r16 chi-square independence 2x3
tab = np.array([[42, 18, 25], [30, 27, 33]])
chi2, p16, dof, exp = stats.chi2_contingency(tab)
chi_hand = ((tab - np.outer(tab.sum(1), tab.sum(0)) / tab.sum()) ** 2 / (np.outer(tab.sum(1), tab.sum(0)) / tab.sum())).sum()
assert abs(chi_hand - chi2) < 1e-9 and dof == 2
add(
    "defect pareto by shift. day shift: particle 42, scratch 18, residue 25. night shift: particle 30, scratch 27, residue 33. "
    "chi-square test of independence (defect type vs shift), p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p16),
)
# r17 F test variances two-sided
s1, n1, s2, n2 = 4.2, 16, 2.6, 21
F = s1**2 / s2**2
p17 = 2 * min(stats.f.sf(F, n1 - 1, n2 - 1), stats.f.cdf(F, n1 - 1, n2 - 1))
assert abs(p17 - 2 * stats.f.cdf(1 / F, n2 - 1, n1 - 1)) < 1e-12
add(
    "SPC on nitride thk: old CVD tool s = 4.2 Å from 16 wafers, new tool s = 2.6 Å from 21 wafers. F test for equal variances, two-sided -> p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p17),
)
# ---------------- regression ----------------
# r18 slope
tx = np.array([30, 45, 60, 75, 90, 105, 120], float)
dy = np.array([61, 94, 118, 152, 179, 214, 238], float)
lr18 = stats.linregress(tx, dy)
assert abs(np.polyfit(tx, dy, 1)[0] - lr18.slope) < 1e-9
add(
    "trench depth vs etch time, t (s): 30, 45, 60, 75, 90, 105, 120 -> depth (nm): 61, 94, 118, 152, 179, 214, 238. least squares line, slope in nm/s?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2
dose = np.array([22, 24, 26, 28, 30, 32], float)
cd = np.array([52.8, 50.9, 49.6, 47.2, 46.1, 43.7])
lr19 = stats.linregress(dose, cd)
r2 = lr19.rvalue**2
resid = cd - np.polyval(np.polyfit(dose, cd, 1), dose)
assert abs(r2 - (1 - (resid**2).sum() / ((cd - cd.mean()) ** 2).sum())) < 1e-12
add(
    "litho dose/CD curve. dose mJ/cm²: 22, 24, 26, 28, 30, 32 ; CD nm: 52.8, 50.9, 49.6, 47.2, 46.1, 43.7. fit CD = a + b·dose, what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)
# ---------------- anova ----------------
# r20 one-way
c1 = [1003, 998, 1006, 1001, 999]
c2 = [1008, 1011, 1005, 1012, 1009]
c3 = [1000, 1004, 997, 1002, 1003]
r20 = stats.f_oneway(c1, c2, c3)
allv = np.concatenate([c1, c2, c3]).astype(float)
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (c1, c2, c3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (c1, c2, c3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "3 PVD chambers, film thk Å, 5 wafers each. ch1: 1003, 998, 1006, 1001, 999 | ch2: 1008, 1011, 1005, 1012, 1009 | ch3: 1000, 1004, 997, 1002, 1003. "
    "one-way anova, p-value for chamber?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way with replication, F for recipe main effect
data = {
    ("T1", "R1"): [150, 153], ("T1", "R2"): [158, 161], ("T1", "R3"): [149, 146],
    ("T2", "R1"): [155, 152], ("T2", "R2"): [166, 163], ("T2", "R3"): [151, 154],
}
rows = [(tl, rc, yv) for (tl, rc), ys in data.items() for yv in ys]
df21 = pd.DataFrame(rows, columns=["tool", "recipe", "y"])
tab21 = sm.stats.anova_lm(ols("y ~ C(tool) * C(recipe)", data=df21).fit(), typ=2)
F21 = tab21.loc["C(recipe)", "F"]
# hand computation (balanced)
y = df21.y.values.astype(float)
gm = y.mean()
rm = df21.groupby("recipe").y.mean()
ss_r = 4 * ((rm - gm) ** 2).sum()
cellm = df21.groupby(["tool", "recipe"]).y.transform("mean")
sse = ((df21.y - cellm) ** 2).sum()
assert abs((ss_r / 2) / (sse / 6) - F21) < 1e-9
add(
    "etch depth nm, 2 tools × 3 recipes, 2 reps per cell. T1: R1 150,153 | R2 158,161 | R3 149,146. T2: R1 155,152 | R2 166,163 | R3 151,154. "
    "two-way anova w/ interaction term in the model, F stat for the recipe main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-3},
    float(F21),
)
# ---------------- design ----------------
# r22 2^(6-2) + 4 centre points = 20
n22 = 2 ** (6 - 2) + 4
add(
    "screening DOE on the CMP recipe: 6 factors, 2^(6−2) fractional factorial (res IV), single replicate, plus 4 centre points. total wafer runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 4 factors, full factorial core, 6 centre -> 16+8+6 = 30
k = 4
n23 = 2**k + 2 * k + 6
add(
    "RSM follow-up, 4 factors (RF power, pressure, gas ratio, temp). central composite, full 2^4 cube, axial pts, 6 centre runs. how many runs total?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman smallest for 9 factors -> 12
n24 = next(n for n in range(4, 100, 4) if n - 1 >= 9)
add(
    "want a plackett-burman screen for 9 litho track factors, smallest PB design that fits -> how many runs?",
    "design",
    {"rule": "runs"},
    n24,
)
# ---------------- control charts ----------------
# r25 Xbar-R UCL, n=5, A2 = 3/(d2 sqrt n)
d2_5 = d2_const(5)
assert abs(d2_5 - 2.326) < 1e-3
A2 = 3 / (d2_5 * math.sqrt(5))
ucl25 = 1002.4 + A2 * 14.6
assert abs(ucl25 - (1002.4 + 0.577 * 14.6)) < 0.02
add(
    "xbar-R on poly thk, subgroups of 5 sites/wafer, 25 subgroups. grand mean 1002.4 Å, Rbar = 14.6 Å. UCL for the xbar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart UCL
cnt = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 9, 3, 5, 4, 6])
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(cbar - sum(cnt) / 20) < 1e-12
add(
    "particle adders per monitor wafer (>0.1 µm), last 20 wafers: 4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 9, 3, 5, 4, 6. c chart -> UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)
# ---------------- capability ----------------
# r27 Cpk
cpk27 = min(1050 - 1008, 1008 - 950) / (3 * 11.5)
assert abs(cpk27 - 42 / 34.5) < 1e-12
add(
    "oxide thk spec 950–1050 Å. process mean 1008 Å, within-subgroup σ = 11.5 Å. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Cp from Rbar/d2, n=4
d2_4 = d2_const(4)
assert abs(d2_4 - 2.059) < 1e-3
cp28 = 6 / (6 * 1.8 / d2_4)
add(
    "CD spec 45 ± 3 nm. subgroups of 4 (sites per wafer), Rbar = 1.8 nm, estimate σ = Rbar/d2. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp28),
)
# ---------------- sample size ----------------
# r29 two-sample n per group, delta 15, sigma 20, alpha .05 2-sided, power .9
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.9)
n29 = math.ceil(2 * (za + zb) ** 2 * 20**2 / 15**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 400 / 225)
add(
    "tool matching study: want to detect a 15 Å mean thk offset between 2 furnaces, σ ≈ 20 Å on both, α = 0.05 two-sided, 90% power, normal approx (z formula). wafers needed per furnace?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# ---------------- unit conversion ----------------
# r30 1.2 um/min -> A/s = 200
v30 = sp.Rational(12, 10) * 10**4 / 60
assert abs(float(v30) - 1.2e-6 / 1e-10 / 60) < 1e-9
add(
    "etch rate spec'd as 1.2 µm/min, the endpoint sw wants Å/s -> ?",
    "unit_conversion",
    {"rule": "expr"},
    str(v30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, semiconductor fab process/yield engineer (film thickness, etch rates, overlay, defect density, tool matching, SPC)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
