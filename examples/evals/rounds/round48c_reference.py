import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round48c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


x, t = sp.symbols("x t")

# ---------------- calculus (4) ----------------
# r01 int_0^1 x e^{2x} dx = (1+e^2)/4
I1 = sp.simplify(sp.integrate(x * sp.exp(2 * x), (x, 0, 1)))
assert abs(float(I1) - integrate.quad(lambda u: u * math.exp(2 * u), 0, 1)[0]) < 1e-12
assert sp.simplify(I1 - (1 + sp.E**2) / 4) == 0
add(
    "3b) evaluate ∫₀¹ x·e^(2x) dx. pretty sure its integration by parts?? my prof wants the exact answer in terms of e, not a decimal",
    "calculus",
    {"rule": "expr"},
    str(I1),
)
# r02 lim x->0 (e^x - 1 - x)/x^2 = 1/2
L2 = sp.limit((sp.exp(x) - 1 - x) / x**2, x, 0)
assert L2 == sp.series(sp.exp(x) - 1 - x, x, 0, 4).removeO().coeff(x, 2)
add(
    "lim as x→0 of (e^x − 1 − x)/x²  ... L'Hopital twice i think but i keep getting 0/0 lol, whats the actual value",
    "calculus",
    {"rule": "expr"},
    str(L2),
)
# r03 d/dx e^{-x} sin(3x)
f3 = sp.exp(-x) * sp.sin(3 * x)
d3 = sp.diff(f3, x)
assert sp.simplify(d3 - sp.exp(-x) * (3 * sp.cos(3 * x) - sp.sin(3 * x))) == 0
assert abs(float(d3.subs(x, 0.7)) - (float(f3.subs(x, 0.7 + 1e-6)) - float(f3.subs(x, 0.7 - 1e-6))) / 2e-6) < 1e-6
add(
    "damped vibration hw: y(x) = e^(−x)·sin(3x). find dy/dx (product rule + chain rule, the book just says 'differentiate')",
    "calculus",
    {"rule": "expr"},
    str(d3),
)
# r04 open box from 16 x 10 sheet, cut squares side x: maximise V -> x = 2
V = x * (16 - 2 * x) * (10 - 2 * x)
crit = [c for c in sp.solve(sp.diff(V, x), x) if 0 < c < 5 and sp.diff(V, x, 2).subs(x, c) < 0]
assert len(crit) == 1
xs = np.linspace(0.001, 4.999, 200001)
assert abs(xs[np.argmax(xs * (16 - 2 * xs) * (10 - 2 * xs))] - float(crit[0])) < 1e-3
add(
    "optimization q: open-top box made from a 16 in by 10 in sheet of metal by cutting equal squares of side x out of each corner and folding up the sides. what x (inches) gives max volume?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 log2(x) + log2(x-2) = 3 -> x = 4 (x=-2 extraneous)
cands = sp.solve(sp.Eq(x * (x - 2), 8), x)
sols = [c for c in cands if c > 2]
assert sols == [4]
assert abs(math.log2(4) + math.log2(2) - 3) < 1e-12
add(
    "solve log₂(x) + log₂(x − 2) = 3 for x. i got two answers from the quadratic but the book only lists one?? give me all valid solutions",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sols],
)
# r06 pumps 6 h and 9 h together -> 18/5 h
T = sp.symbols("T", positive=True)
T6 = sp.solve(sp.Eq(T / 6 + T / 9, 1), T)[0]
assert T6 == sp.Rational(1, 1) / (sp.Rational(1, 6) + sp.Rational(1, 9))
add(
    "word problem: pump A alone fills a tank in 6 hours, pump B alone fills it in 9 hours. both running together, how many hours to fill it? exact pls",
    "algebra",
    {"rule": "expr"},
    str(T6),
)
# r07 mixture: V L of 40% + 10 L of 15% -> 25%: V = 20/3
Vv = sp.symbols("V", positive=True)
V7 = sp.solve(sp.Eq(sp.Rational(40, 100) * Vv + sp.Rational(15, 100) * 10, sp.Rational(25, 100) * (Vv + 10)), Vv)[0]
assert V7 == sp.Rational(10 * (25 - 15), 40 - 25)
add(
    "chem-eng intro hw: how many liters of 40% acid solution do I add to 10 L of 15% acid solution to get a 25% acid mix? (exact fraction is fine)",
    "algebra",
    {"rule": "expr"},
    str(V7),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues [[7,-4],[2,1]] -> {3,5}
M8 = sp.Matrix([[7, -4], [2, 1]])
ev8 = sorted(M8.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array([[7, -4], [2, 1]], float)).real), [float(e) for e in ev8])
add(
    "find the eigenvalues of A = [[7, −4], [2, 1]]  (det(A − λI) = 0 right?)",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev8],
)
# r09 system -> z = 3
A9 = sp.Matrix([[1, 1, 1], [2, -1, 3], [1, 2, -1]])
b9 = sp.Matrix([6, 9, 2])
s9 = A9.LUsolve(b9)
assert np.allclose(np.linalg.solve(np.array(A9.tolist(), float), np.array(b9.tolist(), float).ravel()), [float(v) for v in s9])
add(
    "2) solve the system\n x + y + z = 6\n 2x − y + 3z = 9\n x + 2y − z = 2\nwhat is z? (cramer's rule or gauss elim, whatever)",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[2]),
)

# ---------------- probability (4) ----------------
# r10 binomial n=15 p=0.08 P(X<=2)
p10 = stats.binom.cdf(2, 15, 0.08)
assert abs(p10 - sum(math.comb(15, k) * 0.08**k * 0.92 ** (15 - k) for k in range(3))) < 1e-12
add(
    "4a) a batch of 15 resistors, each one is defective w/ prob 0.08 independently. P(at most 2 defective)? exact binomial not the normal approx",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 exponential memoryless: mean 1200 h, P(T>1500 | T>500) = exp(-1000/1200)
p11 = stats.expon.sf(1500, scale=1200) / stats.expon.sf(500, scale=1200)
assert abs(p11 - math.exp(-1000 / 1200)) < 1e-12
add(
    "LED lifetime is exponential with mean 1200 hrs. given one has already run 500 hrs, whats the prob it's still working at 1500 hrs total?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal N(30, 2.5) P(27 < X < 34)
p12 = stats.norm.cdf(34, 30, 2.5) - stats.norm.cdf(27, 30, 2.5)
assert abs(p12 - 0.5 * (math.erf(1.6 / math.sqrt(2)) - math.erf(-1.2 / math.sqrt(2)))) < 1e-12
add(
    "concrete cylinder strength ~ normal, mean 30 MPa, std dev 2.5 MPa. P(a cylinder is between 27 and 34 MPa)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes
prior, sens, fpr = 0.03, 0.95, 0.08
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
assert abs(float(sp.Rational(3, 100) * sp.Rational(95, 100) / (sp.Rational(3, 100) * sp.Rational(95, 100) + sp.Rational(97, 100) * sp.Rational(8, 100))) - p13) < 1e-12
add(
    "bayes q from the stats for engineers book: 3% of parts off the line are defective. the inspection flags a defective part 95% of the time, but also flags 8% of good parts. if a part gets flagged, what's P(it's actually defective)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t two-sided, mu0=50
d14 = np.array([51.2, 49.8, 52.5, 50.9, 51.7, 48.9, 52.1, 51.4, 50.3, 52.8])
r14 = stats.ttest_1samp(d14, 50.0)
tt = (d14.mean() - 50) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "lab 3: fill weights (g) 51.2, 49.8, 52.5, 50.9, 51.7, 48.9, 52.1, 51.4, 50.3, 52.8. test H0: μ = 50 vs H1: μ ≠ 50 with a one sample t test. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch from summary stats
r15 = stats.ttest_ind_from_stats(84.2, 6.1, 12, 79.5, 9.3, 15, equal_var=False)
v1, v2 = 6.1**2 / 12, 9.3**2 / 15
tw = (84.2 - 79.5) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / 11 + v2**2 / 14)
assert abs(tw - r15.statistic) < 1e-10 and abs(2 * stats.t.sf(tw, dfw) - r15.pvalue) < 1e-12
add(
    "two sample t, my prof said DON'T pool the variances (Welch). method 1: n=12, mean 84.2, s=6.1. method 2: n=15, mean 79.5, s=9.3. two-sided p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t two-sided p
before = np.array([142, 138, 150, 145, 139, 148, 141, 136])
after = np.array([137, 135, 146, 144, 133, 142, 140, 131])
r16 = stats.ttest_rel(before, after)
dd = before - after
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tp), 7) - r16.pvalue) < 1e-12
add(
    "paired t test q — same 8 engines, fuel use before/after the retrofit:\nbefore: 142, 138, 150, 145, 139, 148, 141, 136\nafter: 137, 135, 146, 144, 133, 142, 140, 131\ntwo-sided, whats the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r16.pvalue),
)
# r17 chi-square independence 2x3 statistic
obs = np.array([[45, 30, 25], [35, 40, 45]])
chi2, p17, dof17, exp17 = stats.chi2_contingency(obs, correction=False)
E = obs.sum(1, keepdims=True) * obs.sum(0, keepdims=True) / obs.sum()
assert abs(((obs - E) ** 2 / E).sum() - chi2) < 1e-10 and dof17 == 2
add(
    "chi-square test of independence, shift vs defect type:\n          crack  porosity  warp\nday        45      30      25\nnight      35      40      45\nwhat's the χ² test statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# ---------------- regression (2) ----------------
# r18 slope
x18 = np.array([10, 20, 30, 40, 50, 60, 70], float)
y18 = np.array([2.1, 3.9, 6.2, 7.8, 10.1, 11.7, 14.2])
lr18 = stats.linregress(x18, y18)
sl = ((x18 - x18.mean()) * (y18 - y18.mean())).sum() / ((x18 - x18.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12 and abs(np.polyfit(x18, y18, 1)[0] - sl) < 1e-10
add(
    "least squares line for strain gauge cal. load (N): 10, 20, 30, 40, 50, 60, 70; output (mV): 2.1, 3.9, 6.2, 7.8, 10.1, 11.7, 14.2. whats the slope b1?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2
x19 = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
y19 = np.array([3.2, 4.1, 6.5, 6.9, 9.4, 9.8])
lr19 = stats.linregress(x19, y19)
res = y19 - np.polyval(np.polyfit(x19, y19, 1), x19)
r2 = 1 - (res**2).sum() / ((y19 - y19.mean()) ** 2).sum()
assert abs(r2 - lr19.rvalue**2) < 1e-12
add(
    "simple linear regression, x = 1, 2, 3, 4, 5, 6 and y = 3.2, 4.1, 6.5, 6.9, 9.4, 9.8. what's the coefficient of determination R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- anova (2) ----------------
# r20 one-way p
g1 = [18.2, 19.1, 17.8, 18.9, 18.5]
g2 = [20.3, 19.8, 21.0, 20.6, 19.9]
g3 = [18.8, 19.5, 19.0, 18.4, 19.7]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "one-way ANOVA hw, yield (%) for 3 catalysts:\nA: 18.2, 19.1, 17.8, 18.9, 18.5\nB: 20.3, 19.8, 21.0, 20.6, 19.9\nC: 18.8, 19.5, 19.0, 18.4, 19.7\nwhat's the p-value for the F test?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way with replication, p for factor B (speed), balanced 2x3x2
data21 = {
    ("low", "S1"): [12.1, 12.5], ("low", "S2"): [13.4, 13.0], ("low", "S3"): [14.2, 14.8],
    ("high", "S1"): [13.0, 12.6], ("high", "S2"): [14.1, 14.5], ("high", "S3"): [15.9, 15.3],
}
A_lv, B_lv, r = ["low", "high"], ["S1", "S2", "S3"], 2
Y = np.array([[data21[(a, b)] for b in B_lv] for a in A_lv])  # shape 2,3,2
gm = Y.mean()
ssA = 3 * r * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = 2 * r * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = r * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cell[:, :, None]) ** 2).sum()
dfE = 2 * 3 * (r - 1)
FB = (ssB / 2) / (ssE / dfE)
pB = stats.f.sf(FB, 2, dfE)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
rows = [dict(temp=a, speed=b, y=v) for (a, b), vals in data21.items() for v in vals]
tab = anova_lm(smf.ols("y ~ C(temp) * C(speed)", data=pd.DataFrame(rows)).fit(), typ=2)
assert abs(tab.loc["C(speed)", "PR(>F)"] - pB) < 1e-10
add(
    "two-way ANOVA w/ replication (2 reps per cell), surface roughness:\ntemp low:  speed1 12.1, 12.5 | speed2 13.4, 13.0 | speed3 14.2, 14.8\ntemp high: speed1 13.0, 12.6 | speed2 14.1, 14.5 | speed3 15.9, 15.3\nfull model with the temp×speed interaction. p-value for the speed main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pB),
)

# ---------------- design (3) ----------------
# r22 2^(5-1) + 4 centre points = 20
n22 = 2 ** (5 - 1) + 4
assert n22 == 20
add(
    "DOE chapter: 2^(5−1) half fraction, one replicate, plus 4 center points added. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 3 factors: 8 cube + 6 axial + 5 centre = 19
n23 = 2**3 + 2 * 3 + 5
assert n23 == 19
add(
    "central composite design for 3 factors, full 2³ factorial part, the usual axial (star) points, and 5 center runs. total number of runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman 11 factors -> 12 runs
n24 = next(n for n in range(4, 100, 4) if n >= 11 + 1)
assert n24 == 12
add(
    "screening 11 factors w/ a Plackett-Burman design, smallest standard PB, no replicates or center points. how many runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 I-MR individuals UCL = xbar + 3*MRbar/d2, d2(2)=2/sqrt(pi)
d25 = np.array([24.8, 25.3, 25.1, 24.6, 25.4, 25.0, 24.9, 25.6, 25.2, 24.7, 25.1, 25.3])
mr = np.abs(np.diff(d25)).mean()
d2_2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 2 - (1 - stats.norm.cdf(w)) ** 2, -np.inf, np.inf)[0]
# E(range of 2) = 2/sqrt(pi)
assert abs(d2_2 - 2 / math.sqrt(math.pi)) < 1e-8 and abs(d2_2 - 1.128) < 1e-3
ucl25 = d25.mean() + 3 * mr / d2_2
assert abs(ucl25 - (d25.mean() + 2.66 * mr)) / ucl25 < 1e-3
add(
    "I-MR chart question, 12 individual readings: 24.8, 25.3, 25.1, 24.6, 25.4, 25.0, 24.9, 25.6, 25.2, 24.7, 25.1, 25.3. moving range of 2. UCL for the individuals (I) chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 p chart: 25 samples of 150, 180 defectives total
pbar = 180 / (25 * 150)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
assert abs(ucl26 - float(sp.Rational(180, 3750) + 3 * sp.sqrt(sp.Rational(180, 3750) * sp.Rational(3570, 3750) / 150))) < 1e-12
add(
    "p chart: 25 samples, each n = 150 units, total of 180 defectives across all samples. what's the UCL (3-sigma)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27 Cpk mean 25.30 sigma 0.40 spec 24-27
cpk27 = min(27.0 - 25.30, 25.30 - 24.0) / (3 * 0.40)
assert abs(cpk27 - float(sp.Rational(13, 10) / sp.Rational(12, 10))) < 1e-12
add(
    "process capability: spec limits 24.0 to 27.0 mm, process mean 25.30, sigma 0.40. Cpk = ?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk27,
)
# r28 Cp with sigma = Rbar/d2, d2 = 2.326
sig28 = 0.082 / 2.326
cp28 = (10.15 - 9.85) / (6 * sig28)
d2_5 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 5 - (1 - stats.norm.cdf(w)) ** 5, -np.inf, np.inf)[0]
assert abs(d2_5 - 2.326) < 1e-3
assert abs(cp28 - 0.30 * 2.326 / (6 * 0.082)) < 1e-12
add(
    "5c) shaft dia spec is 10.00 ± 0.15 mm. X̄-R chart w/ subgroups of 5 gives R̄ = 0.082 mm. estimate σ = R̄/d2 with d2 = 2.326 like the book table. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp28,
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 4**2 / 3**2)
assert n29 == math.ceil(2 * (1.96 + 1.2816) ** 2 * 16 / 9) == 38
add(
    "sample size for comparing two means: σ = 4 (same both groups), want to detect a difference of 3, α = 0.05 two-sided, 90% power. using the z formula n = 2(zα/2 + zβ)²σ²/δ², how many per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
v30 = sp.Rational(65) * sp.Rational(1609344, 1000) / 3600
assert abs(float(v30) - 65 * 0.44704) < 1e-12
add(
    "quick one for a dynamics problem: convert 65 mph to m/s",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(v30),
)

assert len(items) == 30
from collections import Counter
assert Counter(i["mode"] for i in items) == Counter(
    calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2,
    design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, undergraduate engineering student asking for homework help in a hurry (stats for engineers, calc II)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
