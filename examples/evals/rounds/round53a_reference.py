import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round53a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# r01 derivative of F(x)=300x/(x+50) -> 15000/(x+50)^2
F = 300 * x / (x + 50)
d1 = sp.simplify(sp.diff(F, x))
assert sp.simplify(d1 - 15000 / (x + 50) ** 2) == 0
add(
    "tenacity vs finish add-on fit: F(x) = 300x/(x + 50) cN, x = add-on in g/kg. need dF/dx as a function of x, exact pls",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 integral of dye uptake 5 e^{-t/20} g/min, 0..40 -> 100(1-e^-2)
I2 = sp.integrate(5 * sp.exp(-t / 20), (t, 0, 40))
assert abs(float(I2) - integrate.quad(lambda s: 5 * math.exp(-s / 20), 0, 40)[0]) < 1e-9
add(
    "exhaust dyeing, dye uptake rate u(t) = 5·e^(−t/20) g/min (t in min). total dye taken up over the first 40 min = ∫ from 0 to 40? exact form pls not decimal",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L3)) < 1e-3
add(
    "lim x→0 of (e^(2x) − 1 − 2x)/x²  — showed up in a creep model for the polyester warp, exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 minimise C(q)=0.02q + 50/q -> q=50
q = sp.symbols("q", positive=True)
crit = sp.solve(sp.diff(sp.Rational(2, 100) * q + 50 / q, q), q)
assert len(crit) == 1 and crit[0] == 50
add(
    "dye lot sizing: cost per kg C(q) = 0.02q + 50/q where q = batch size in kg (q>0). which q minimises cost per kg?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)
# r05 roots 2x^2-9x+4 -> {1/2, 4}
r5 = sorted(sp.solve(2 * x**2 - 9 * x + 4, x))
assert sorted(float(v) for v in r5) == sorted(np.roots([2, -9, 4]).real.tolist())
add(
    "solve 2x² − 9x + 4 = 0, all roots (from a take-up roller geometry thing)",
    "algebra",
    {"rule": "set"},
    [str(v) for v in r5],
)
# r06 blend: 0.65A + 0.20(500-A) = 0.50*500 -> A = 1000/3
A = sp.symbols("A")
s6 = sp.solve(sp.Eq(sp.Rational(65, 100) * A + sp.Rational(20, 100) * (500 - A), sp.Rational(50, 100) * 500), A)[0]
assert abs(float(s6) - 150 / 0.45) < 1e-9
add(
    "blending room: lot A sliver is 65% polyester, lot B is 20% polyester (rest cotton). need 500 kg of blend at exactly 50% polyester. how many kg of lot A? exact",
    "algebra",
    {"rule": "expr"},
    str(s6),
)
# r07 2.5x+4y=127, x+y=40 -> y=18
xx, yy = sp.symbols("xx yy")
s7 = sp.solve([sp.Rational(5, 2) * xx + 4 * yy - 127, xx + yy - 40], [xx, yy])
assert s7[yy] == 18 and np.allclose(np.linalg.solve([[2.5, 4], [1, 1]], [127, 40]), [22, 18])
add(
    "winding dept shipped 40 packages, some 2.5 kg cones and some 4 kg cheeses, total net wt 127 kg. how many 4 kg cheeses??",
    "algebra",
    {"rule": "expr"},
    str(s7[yy]),
)
# r08 eigenvalues [[5,2],[2,2]] -> {1,6}
M8 = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(M8.eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "eigenvalues of the 2×2 covariance matrix [[5, 2], [2, 2]] (count CV vs twist CV, from the lab)",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 3x3 system -> z = 5
M9 = sp.Matrix([[1, 1, 1], [2, 1, 3], [1, 3, 1]])
b9 = sp.Matrix([10, 22, 16])
sol9 = M9.LUsolve(b9)
assert np.allclose(np.linalg.solve(np.array(M9.tolist(), float), np.array(b9.tolist(), float).ravel()), [2, 3, 5])
add(
    "recipe match, 3 dyes a, b, c in g/L: a + b + c = 10, 2a + b + 3c = 22, a + 3b + c = 16. solve the system, what's c?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[2]),
)
# r10 binomial P(X<=2), n=25, p=0.04
p10 = stats.binom.cdf(2, 25, 0.04)
p10b = sum(math.comb(25, k) * 0.04**k * 0.96 ** (25 - k) for k in range(3))
assert abs(p10 - p10b) < 1e-12
add(
    "4% of cones come off the winder with a bad knot. pull 25 cones at random — prob that at most 2 have a bad knot? exact binomial pls",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson P(X>=4), lam=3.2
p11 = stats.poisson.sf(3, 3.2)
p11b = 1 - sum(math.exp(-3.2) * 3.2**k / math.factorial(k) for k in range(4))
assert abs(p11 - p11b) < 1e-12
add(
    "loom stoppages on shed 3 avg 3.2 per hour, assume Poisson. P(4 or more stoppages in a given hour)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal P(X<380), mu 420, sd 25
p12 = stats.norm.cdf(380, 420, 25)
assert abs(p12 - 0.5 * math.erfc(1.6 / math.sqrt(2))) < 1e-12
add(
    "single-end breaking force ~ normal, mean 420 cN, sd 25 cN. what fraction of ends break below 380 cN?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes P(B|off) = 0.4*0.08/(0.6*0.03+0.4*0.08) = 0.64
p13 = sp.Rational(4, 10) * sp.Rational(8, 100) / (sp.Rational(6, 10) * sp.Rational(3, 100) + sp.Rational(4, 10) * sp.Rational(8, 100))
assert abs(float(p13) - 0.032 / 0.05) < 1e-12
add(
    "jet dyer A runs 60% of our lots and 3% of its lots come out off-shade; jet B runs the other 40%, off-shade rate 8%. a lot is off-shade — prob it came from B?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p13),
)
# r14 one-sample t, mu0=30, two-sided
d14 = np.array([30.4, 29.7, 30.9, 30.2, 30.6, 29.9, 30.8, 30.3, 30.5, 30.1])
r14 = stats.ttest_1samp(d14, 30.0)
t14 = (d14.mean() - 30) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(t14 - r14.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(t14), 9) - r14.pvalue) < 1e-12
add(
    "nominal count is 30 tex. 10 leas off frame 12: 30.4, 29.7, 30.9, 30.2, 30.6, 29.9, 30.8, 30.3, 30.5, 30.1 tex. one-sample t, two sided — p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r14.pvalue),
)
# r15 Welch two-sample t
a15 = np.array([412, 398, 425, 407, 419, 401, 415, 409], float)
b15 = np.array([395, 388, 410, 379, 402, 391, 384], float)
r15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
t15 = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(2 * stats.t.sf(abs(t15), df15) - r15.pvalue) < 1e-12
add(
    "tensile (cN) yarn from supplier A: 412, 398, 425, 407, 419, 401, 415, 409\nsupplier B: 395, 388, 410, 379, 402, 391, 384\n"
    "two-sided test, do NOT assume equal variances (Welch). p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r15.pvalue),
)
# r16 paired t statistic
a16 = np.array([3.2, 4.1, 2.8, 3.6, 4.4, 3.0, 3.9, 3.5])
b16 = np.array([3.5, 4.3, 3.1, 3.6, 4.8, 3.3, 4.0, 3.9])
r16 = stats.ttest_rel(a16, b16)
dd = a16 - b16
t16 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t16 - r16.statistic) < 1e-9
add(
    "same 8 swatches washed & measured for shrinkage % in our lab vs the customer's lab.\n"
    "ours:  3.2 4.1 2.8 3.6 4.4 3.0 3.9 3.5\ntheirs: 3.5 4.3 3.1 3.6 4.8 3.3 4.0 3.9\n"
    "paired t, two-sided, p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r16.pvalue),
)
# r17 chi-square independence 3x3
tab = np.array([[34, 22, 19], [28, 30, 25], [41, 18, 33]])
chi2, p17, dof, exp = stats.chi2_contingency(tab)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
chi2b = ((tab - E) ** 2 / E).sum()
assert abs(chi2 - chi2b) < 1e-9 and dof == 4
add(
    "fabric inspection defects by shift, cols = slubs / thick places / neps:\n"
    "shift A: 34 22 19\nshift B: 28 30 25\nshift C: 41 18 33\n"
    "chi-square test of independence shift vs defect type — p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p17),
)
# r18 regression slope
x18 = np.array([600, 650, 700, 750, 800, 850], float)
y18 = np.array([14.2, 15.1, 15.8, 16.9, 17.3, 18.4])
lr18 = stats.linregress(x18, y18)
assert abs(lr18.slope - np.polyfit(x18, y18, 1)[0]) < 1e-12
add(
    "twist (tpm) vs tenacity (cN/tex): 600→14.2, 650→15.1, 700→15.8, 750→16.9, 800→17.3, 850→18.4. least squares line, slope?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2
x19 = np.array([60, 70, 80, 90, 100, 110, 120], float)
y19 = np.array([2.1, 2.6, 2.9, 3.6, 3.8, 4.5, 4.7])
lr19 = stats.linregress(x19, y19)
r2 = lr19.rvalue**2
res = y19 - np.polyval(np.polyfit(x19, y19, 1), x19)
assert abs(r2 - (1 - (res**2).sum() / ((y19 - y19.mean()) ** 2).sum())) < 1e-12
add(
    "tumble dry temp °C: 60 70 80 90 100 110 120\nshrinkage %:      2.1 2.6 2.9 3.6 3.8 4.5 4.7\nsimple linear fit, whats the r²",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)
# r20 one-way ANOVA p-value
g = [
    [15.2, 14.8, 15.6, 15.1, 14.9],
    [15.9, 16.2, 15.7, 16.4, 15.8],
    [15.0, 15.4, 14.7, 15.3, 15.1],
]
r20 = stats.f_oneway(*g)
allv = np.concatenate(g)
ssb = sum(len(gi) * (np.mean(gi) - allv.mean()) ** 2 for gi in g)
ssw = sum(((np.array(gi) - np.mean(gi)) ** 2).sum() for gi in g)
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9
add(
    "tenacity cN/tex, 5 bobbins each off 3 ring frames\nRF1 15.2 14.8 15.6 15.1 14.9\nRF2 15.9 16.2 15.7 16.4 15.8\nRF3 15.0 15.4 14.7 15.3 15.1\n"
    "one-way anova, p value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA no replication, additive; p for dye lot (rows)
Y = np.array([[0.82, 0.91, 0.78], [1.05, 1.12, 0.98], [0.74, 0.88, 0.80], [0.95, 1.02, 0.90]])
a_, b_ = Y.shape
gm = Y.mean()
ssr = b_ * ((Y.mean(1) - gm) ** 2).sum()
ssc = a_ * ((Y.mean(0) - gm) ** 2).sum()
sse = ((Y - gm) ** 2).sum() - ssr - ssc
F21 = (ssr / (a_ - 1)) / (sse / ((a_ - 1) * (b_ - 1)))
p21 = stats.f.sf(F21, a_ - 1, (a_ - 1) * (b_ - 1))
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
df = pd.DataFrame([(f"L{i}", f"O{j}", Y[i, j]) for i in range(a_) for j in range(b_)], columns=["lot", "op", "y"])
tbl = anova_lm(smf.ols("y ~ C(lot) + C(op)", df).fit())
assert abs(tbl.loc["C(lot)", "PR(>F)"] - p21) < 1e-10
add(
    "ΔE colour diff, 4 dye lots (rows) × 3 shade-matchers (cols), one reading per cell:\n"
    "lot1 0.82 0.91 0.78\nlot2 1.05 1.12 0.98\nlot3 0.74 0.88 0.80\nlot4 0.95 1.02 0.90\n"
    "two-way anova, additive (no interaction, only 1 obs per cell). p-value for the dye lot effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p21),
)
# r22 2^4 x2 reps + 4 centre = 36
n22 = 2**4 * 2 + 4
add(
    "planning a sizing trial: 4 factors at 2 levels each (size conc, temp, squeeze pressure, speed), full factorial, replicate the whole thing twice, plus 4 centre points total. how many runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 4 factors + 3 centre = 27
import itertools
bb = set()
for i, j in itertools.combinations(range(4), 2):
    for si, sj in itertools.product([-1, 1], repeat=2):
        p = [0] * 4
        p[i], p[j] = si, sj
        bb.add(tuple(p))
n23 = len(bb) + 3
assert len(bb) == 2 * 4 * 3
add(
    "Box-Behnken for 4 stenter factors (temp, dwell, overfeed, fan speed) w/ 3 center points. total runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 2^(7-3) + 4 centre = 20
n24 = 2 ** (7 - 3) + 4
add(
    "screening 7 spinning variables in a 2^(7−3) fractional factorial (res IV), single replicate, add 4 centre pts. number of runs?",
    "design",
    {"rule": "runs"},
    n24,
)
# r25 u chart UCL, 12 rolls x 5 inspection units
c25 = np.array([14, 9, 17, 11, 12, 8, 15, 13, 10, 16, 12, 11])
ubar = sp.Rational(int(c25.sum()), 5 * len(c25))
ucl25 = ubar + 3 * sp.sqrt(ubar / 5)
assert abs(float(ucl25) - (c25.sum() / 60 + 3 * math.sqrt(c25.sum() / 60 / 5))) < 1e-12
add(
    "greige inspection: each roll = 50 m² = 5 inspection units of 10 m². defects on 12 rolls: 14, 9, 17, 11, 12, 8, 15, 13, 10, 16, 12, 11. "
    "u chart (defects per 10 m² unit), UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 I-MR individuals UCL = xbar + 2.66 MRbar
d26 = np.array([8.2, 8.5, 7.9, 8.4, 8.8, 8.1, 8.3, 8.6, 8.0, 8.4])
mr = np.abs(np.diff(d26)).mean()
ucl26 = d26.mean() + 2.66 * mr
ucl26b = d26.mean() + 3 * mr / 1.128
assert abs(ucl26 - ucl26b) / ucl26 < 1e-3
add(
    "moisture regain % on consecutive bales: 8.2, 8.5, 7.9, 8.4, 8.8, 8.1, 8.3, 8.6, 8.0, 8.4. I-MR chart, UCL for the individuals (usual 2.66 × MR-bar)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl26),
)
# r27 Cpk = min(31-29.8, 29.8-28)/(3*0.35)
cpk27 = min(31.0 - 29.8, 29.8 - 28.0) / (3 * 0.35)
assert abs(cpk27 - float(sp.Rational(12, 10) / sp.Rational(105, 100))) < 1e-12
add(
    "count spec 29.5 ± 1.5 tex. process mean 29.8 tex, within-subgroup sd 0.35 tex. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Cp with sigma = Rbar/d2, n=4, d2 from integral
n = 4
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n, -np.inf, np.inf)[0]
assert abs(d2 - 2.059) < 1e-3
cp28 = (460 - 380) / (6 * 18 / 2.059)
assert abs(cp28 - (80 / (6 * 18 / d2))) / cp28 < 1e-3
add(
    "breaking force spec 380–460 cN. X̄-R data, subgroups of 4, R-bar = 18 cN. estimate sigma as R̄/d2 and give Cp",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    cp28,
)
# r29 two-sample n per group, normal approx, alpha .05 two-sided, power .90, sd 18, delta 10
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 18**2 / 10**2)
assert n29 == math.ceil(2 * (1.96 + 1.2816) ** 2 * 324 / 100)
add(
    "want to compare mean tensile of 2 polyester suppliers, detect a 10 cN diff, sd ~18 cN both. α = 0.05 two-sided, 90% power, "
    "use the normal (z) formula. n per supplier?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 Ne 30 -> tex; 1 lb = 453.59237 g, 840 yd = 768.096 m
tex = sp.Rational("453.59237") / (30 * 840 * sp.Rational("0.9144")) * 1000
assert abs(float(tex) - 590.54 / 30) / float(tex) < 1e-4
add(
    "customer spec'd the yarn as Ne 30 (english cotton count, 840-yd hanks per lb). whats that in tex?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-3},
    float(tex),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, textile mill quality engineer (yarn count, tensile, shrinkage, dye lots, loom stoppages)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
