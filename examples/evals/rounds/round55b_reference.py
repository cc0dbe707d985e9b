import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round55b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# r01 quotient rule: d/dx (3x+1)/(x^2+1)
f1 = (3 * x + 1) / (x**2 + 1)
d1 = sp.simplify(sp.diff(f1, x))
assert sp.simplify(d1 - (3 * (x**2 + 1) - (3 * x + 1) * 2 * x) / (x**2 + 1) ** 2) == 0
add(
    "Homework 2, #4: differentiate f(x) = (3x + 1)/(x² + 1). What is f′(x)? I want it as one simplified fraction please.",
    "calculus",
    {"rule": "expr"},
    str(sp.factor(d1)),
)
# r02 definite integral: int_0^1 x/(1+x^2) dx = ln(2)/2
I2 = sp.integrate(x / (1 + x**2), (x, 0, 1))
assert abs(float(I2) - integrate.quad(lambda u: u / (1 + u * u), 0, 1)[0]) < 1e-12
add(
    "Evaluate ∫ from 0 to 1 of x/(1 + x²) dx. Exact answer please (no decimals), I'm checking my u-substitution.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit (x^3-8)/(x^2-4), x->2 = 3
L3 = sp.limit((x**3 - 8) / (x**2 - 4), x, 2)
assert abs(float(((2.000001) ** 3 - 8) / ((2.000001) ** 2 - 4)) - float(L3)) < 1e-4
add(
    "textbook says \"show that the limit exists\" but I just want the number: what is lim x→2 of (x³ − 8)/(x² − 4)? plugging in gives 0/0, exact value pls",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 open box from 24x15 sheet, max volume = 486
V = x * (24 - 2 * x) * (15 - 2 * x)
crit = [c for c in sp.solve(sp.diff(V, x), x) if 0 < c < sp.Rational(15, 2)]
assert len(crit) == 1 and crit[0] == 3
Vmax = V.subs(x, crit[0])
grid = np.linspace(0, 7.5, 75001)
assert abs(max(g * (24 - 2 * g) * (15 - 2 * g) for g in grid) - float(Vmax)) < 1e-3
add(
    "Classic optimization problem from class: a 24 in by 15 in sheet of metal, cut equal squares from the four corners and fold up the sides to make an open-top box. What is the maximum possible volume of the box, in cubic inches?",
    "calculus",
    {"rule": "expr"},
    str(Vmax),
)
# r05 6x^2 - x - 2 = 0 -> {2/3, -1/2}
r5 = sp.solve(6 * x**2 - x - 2, x)
assert sorted(float(s) for s in r5) == sorted(np.roots([6, -1, -2]).tolist()) or np.allclose(
    sorted(float(s) for s in r5), sorted(np.roots([6, -1, -2]))
)
add(
    "Solve 6x² − x − 2 = 0. Give both solutions as exact fractions.",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sorted(r5)],
)
# r06 work-rate: A alone 6 h, B alone 4 h, together 12/5 h
T6 = sp.Symbol("T")
s6 = sp.solve(sp.Eq(T6 / 6 + T6 / 4, 1), T6)[0]
assert s6 == sp.Rational(1, sp.Rational(1, 6) + sp.Rational(1, 4))
add(
    "Word problem for my course: Press A can stamp a full order alone in 6 hours, Press B can do the same order alone in 4 hours. Running both at the same time, how many hours to finish one order? Exact fraction pls.",
    "algebra",
    {"rule": "expr"},
    str(s6),
)
# r07 coolant blend: 40 gal of 5% + g gal of pure concentrate -> 8%
g = sp.Symbol("g")
s7 = sp.solve(sp.Eq(sp.Rational(5, 100) * 40 + g, sp.Rational(8, 100) * (40 + g)), g)[0]
assert abs(float(s7) - (0.08 * 40 - 0.05 * 40) / (1 - 0.08)) < 1e-12
add(
    "Mixture problem: the shop has 40 gallons of coolant that is 5% concentrate. How many gallons of pure (100%) concentrate must be added to bring it up to 8% concentrate? Exact answer as a fraction.",
    "algebra",
    {"rule": "expr"},
    str(s7),
)
# r08 3x3 system, ask z
y, z = sp.symbols("y z")
sol8 = sp.solve([2 * x + y - z - 3, x - y + 2 * z - 7, 3 * x + 2 * y + z - 10], [x, y, z])
npsol = np.linalg.solve([[2, 1, -1], [1, -1, 2], [3, 2, 1]], [3, 7, 10])
assert abs(float(sol8[z]) - npsol[2]) < 1e-12
add(
    "Solve the system 2x + y − z = 3, x − y + 2z = 7, 3x + 2y + z = 10. What is z? (exact value, fraction is fine)",
    "linear_algebra",
    {"rule": "expr"},
    str(sol8[z]),
)
# r09 eigenvalues [[4,-2],[1,1]] -> {2,3}
ev9 = sorted(sp.Matrix([[4, -2], [1, 1]]).eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array([[4, -2], [1, 1]], float)).real), [float(e) for e in ev9])
add(
    "What are the eigenvalues of the matrix A = [[4, −2], [1, 1]]? (rows listed in order)",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev9],
)
# r10 binomial n=15 p=0.08, P(X<=1)
p10 = stats.binom.cdf(1, 15, 0.08)
assert abs(p10 - (0.92**15 + 15 * 0.08 * 0.92**14)) < 1e-12
add(
    "A machine makes bad parts 8% of the time, independently. In a random sample of 15 parts, what is the probability of at most 1 bad part? (exact binomial, not an approximation)",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson lambda=1.5, P(X>=2) = 1 - (5/2) e^{-3/2}
lam = sp.Rational(3, 2)
P11 = 1 - sp.exp(-lam) * (1 + lam)
assert abs(float(P11) - stats.poisson.sf(1, 1.5)) < 1e-12
add(
    "Breakdowns on the packaging line follow a Poisson distribution with a mean of 1.5 per week. What is the probability of 2 or more breakdowns in a given week? Exact form please (in terms of e).",
    "probability",
    {"rule": "expr"},
    str(sp.simplify(P11)),
)
# r12 exponential memoryless: mean 800 h, P(T>1000 | T>400) = e^{-3/4}
P12 = sp.exp(-sp.Rational(1000, 800)) / sp.exp(-sp.Rational(400, 800))
assert abs(float(P12) - stats.expon.sf(1000, scale=800) / stats.expon.sf(400, scale=800)) < 1e-12
add(
    "Bulb lifetimes are exponentially distributed with mean 800 hours. Given a bulb has already lasted 400 hours, what is the probability it lasts past 1000 hours total? Exact answer.",
    "probability",
    {"rule": "expr"},
    str(sp.simplify(P12)),
)
# r13 Bayes: prevalence 2%, sensitivity 95%, false positive rate 10% -> 19/117
prev, sens, fpr = sp.Rational(2, 100), sp.Rational(95, 100), sp.Rational(10, 100)
P13 = prev * sens / (prev * sens + (1 - prev) * fpr)
assert abs(float(P13) - (0.02 * 0.95) / (0.02 * 0.95 + 0.98 * 0.10)) < 1e-12
add(
    "2% of incoming boards are defective. The inspection test flags 95% of defective boards, but also flags 10% of good boards by mistake. If a board gets flagged, what is the probability it is actually defective? Give it as an exact fraction.",
    "probability",
    {"rule": "expr"},
    str(P13),
)
# r14 Welch two-sample t, two-sided p
a14 = np.array([12.1, 11.8, 12.6, 12.3, 11.9, 12.4, 12.0])
b14 = np.array([12.8, 13.1, 12.2, 13.4, 12.9, 12.5])
r14 = stats.ttest_ind(a14, b14, equal_var=False)
va, vb = a14.var(ddof=1) / len(a14), b14.var(ddof=1) / len(b14)
t14 = (a14.mean() - b14.mean()) / math.sqrt(va + vb)
df14 = (va + vb) ** 2 / (va**2 / (len(a14) - 1) + vb**2 / (len(b14) - 1))
assert abs(2 * stats.t.sf(abs(t14), df14) - r14.pvalue) < 1e-12
add(
    "Cycle times (min) for day shift: 12.1, 11.8, 12.6, 12.3, 11.9, 12.4, 12.0 and night shift: 12.8, 13.1, 12.2, 13.4, 12.9, 12.5. Test whether the means differ, two-sided, and do NOT assume equal variances (Welch's version). What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 paired t, one-sided (after < before)
bef = np.array([14.2, 15.1, 13.8, 16.0, 14.7, 15.5, 13.9, 14.4])
aft = np.array([13.5, 14.8, 13.9, 15.1, 14.0, 14.6, 13.2, 14.1])
r15 = stats.ttest_rel(aft, bef, alternative="less")
dd = aft - bef
t15 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(stats.t.cdf(t15, len(dd) - 1) - r15.pvalue) < 1e-12
add(
    "8 operators timed on an assembly task before and after a training session (minutes, same operator in the same position): before 14.2, 15.1, 13.8, 16.0, 14.7, 15.5, 13.9, 14.4; after 13.5, 14.8, 13.9, 15.1, 14.0, 14.6, 13.2, 14.1. Paired t-test, one-tailed, alternative is that the times went down after training. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided p
x1, n1, x2, n2 = 18, 240, 31, 260
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi2_16 = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi2_16.pvalue - p16) < 1e-12
add(
    "Supplier A: 18 defectives out of 240 parts. Supplier B: 31 defectives out of 260 parts. Two-proportion z test using the pooled proportion, no continuity correction, two-sided. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square GOF, equal expected over Mon-Fri -> 97/12
obs = [28, 19, 22, 17, 34]
e = sp.Rational(sum(obs), len(obs))
chi17 = sum((sp.Integer(o) - e) ** 2 / e for o in obs)
assert abs(float(chi17) - stats.chisquare(obs).statistic) < 1e-12
add(
    "Defects logged by weekday: Mon 28, Tue 19, Wed 22, Thu 17, Fri 34. Chi-square goodness-of-fit test against the hypothesis that defects are equally likely on every weekday. What is the chi-square test statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-6},
    float(chi17),
)
# r18 r^2 from data
x18 = np.array([2, 4, 5, 7, 8, 10], float)
y18 = np.array([61, 68, 70, 77, 79, 86], float)
lr18 = stats.linregress(x18, y18)
yhat = np.polyval(np.polyfit(x18, y18, 1), x18)
r2b = 1 - ((y18 - yhat) ** 2).sum() / ((y18 - y18.mean()) ** 2).sum()
assert abs(lr18.rvalue**2 - r2b) < 1e-12
add(
    "Training hours x = 2, 4, 5, 7, 8, 10 and skills test score y = 61, 68, 70, 77, 79, 86. Fit the least-squares line of y on x. What is the coefficient of determination r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr18.rvalue**2),
)
# r19 slope from summary sums: 344/165
n19, Sx, Sy, Sxy, Sxx = 10, 55, 320, 1932, 385
b19 = sp.Rational(Sxy * n19 - Sx * Sy, Sxx * n19 - Sx**2)
assert abs(float(b19) - (Sxy - Sx * Sy / n19) / (Sxx - Sx**2 / n19)) < 1e-12
add(
    "Homework regression with only the summary sums given: n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385. What is the slope of the least-squares regression line of y on x? (exact fraction or decimal)",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(b19),
)
# r20 one-way ANOVA p-value
gA = [42, 45, 39, 44, 41]
gB = [47, 49, 45, 50, 46]
gC = [43, 40, 44, 42, 45]
r20 = stats.f_oneway(gA, gB, gC)
allv = np.array(gA + gB + gC, float)
ssb = sum(len(g_) * (np.mean(g_) - allv.mean()) ** 2 for g_ in (gA, gB, gC))
ssw = sum(((np.array(g_) - np.mean(g_)) ** 2).sum() for g_ in (gA, gB, gC))
F20 = (ssb / 2) / (ssw / 12)
assert abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "Tensile strength (ksi) from three suppliers. A: 42, 45, 39, 44, 41. B: 47, 49, 45, 50, 46. C: 43, 40, 44, 42, 45. One-way ANOVA: what is the p-value for a difference among the supplier means?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (additive), F for machines
Y = np.array([[23, 25, 24], [27, 28, 26], [22, 24, 21], [26, 27, 27]], float)
a_, b_ = Y.shape
gm = Y.mean()
ssr = b_ * ((Y.mean(axis=1) - gm) ** 2).sum()
ssc = a_ * ((Y.mean(axis=0) - gm) ** 2).sum()
sst = ((Y - gm) ** 2).sum()
sse = sst - ssr - ssc
F21 = (ssr / (a_ - 1)) / (sse / ((a_ - 1) * (b_ - 1)))
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

df = pd.DataFrame(
    [(f"M{i + 1}", f"O{j + 1}", Y[i, j]) for i in range(a_) for j in range(b_)], columns=["m", "o", "y"]
)
tab = anova_lm(smf.ols("y ~ C(m) + C(o)", data=df).fit())
assert abs(tab.loc["C(m)", "F"] - F21) < 1e-9
add(
    "Two-way ANOVA, one observation per cell, no interaction term. Output of 4 machines (rows) run by 3 operators (columns): M1: 23, 25, 24; M2: 27, 28, 26; M3: 22, 24, 21; M4: 26, 27, 27. What is the F statistic for the machine factor?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)
# r22 CCD k=3 full factorial core + 6 axial + 6 centre = 20
n22 = 2**3 + 2 * 3 + 6
add(
    "A central composite design for 3 factors uses the full 2³ factorial, the axial (star) points, and 6 center points. What is the total number of runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Plackett-Burman for 9 factors -> smallest multiple of 4 > 9 = 12
n23 = next(m for m in range(4, 100, 4) if m >= 9 + 1)
assert n23 == 12
add(
    "We want to screen 9 two-level factors with a Plackett–Burman design. What is the smallest number of runs the PB design needs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 full factorial 2 x 3 x 4 levels, 2 replicates -> 48
n24 = int(np.prod([2, 3, 4])) * 2
assert n24 == len([(i, j, k, r) for i in range(2) for j in range(3) for k in range(4) for r in range(2)])
add(
    "A full factorial experiment has factor A at 2 levels, factor B at 3 levels and factor C at 4 levels, and the whole thing is replicated twice. How many runs in total?",
    "design",
    {"rule": "runs"},
    n24,
)


# d2 by integration (for cross-checking table constants)
def d2(n):
    return integrate.quad(lambda u: 1 - stats.norm.cdf(u) ** n - stats.norm.sf(u) ** n, -np.inf, np.inf)[0]


# r25 Xbar-R UCL, n=5, A2 = 0.577 (table)
xbb, rbar = 50.2, 2.4
ucl25 = xbb + 0.577 * rbar
assert abs(ucl25 - (xbb + 3 / (d2(5) * math.sqrt(5)) * rbar)) / ucl25 < 1e-4
add(
    "X-bar and R chart, subgroups of size 5. Grand mean X̿ = 50.2 and average range R̄ = 2.4. What is the upper control limit for the X-bar chart? (use the usual table constant A2 = 0.577)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart: 20 samples of 200, 150 total defectives -> UCL
pbar = 150 / (20 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
assert abs(ucl26 - (pbar + 3 * stats.binom.std(200, pbar) / 200)) < 1e-12
add(
    "p chart: 20 samples of 200 units each, 150 defective units in total across all samples. What is the UCL of the p chart (3-sigma limits)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)
# r27 Cpk exact: LSL 9.4 USL 10.6 mean 10.1 sigma 0.15 -> 10/9
LSL, USL, mu, sg = sp.Rational(94, 10), sp.Rational(106, 10), sp.Rational(101, 10), sp.Rational(15, 100)
cpk27 = sp.Min(USL - mu, mu - LSL) / (3 * sg)
assert cpk27 == sp.Rational(10, 9)
assert abs(float(cpk27) - min(10.6 - 10.1, 10.1 - 9.4) / 0.45) < 1e-12
add(
    "Capability homework: spec limits are 9.4 mm to 10.6 mm. The process is stable with mean 10.1 mm and standard deviation 0.15 mm. What is Cpk? (exact fraction if possible)",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Cp with sigma = Rbar/d2, d2=2.059 (n=4)
sig28 = 0.30 / 2.059
cp28 = (20.5 - 19.5) / (6 * sig28)
assert abs(cp28 - 1.0 / (6 * 0.30 / d2(4))) / cp28 < 1e-3
add(
    "Spec is 20.0 ± 0.5. From an X-bar/R chart with subgroups of 4, R̄ = 0.30. Estimate sigma as R̄/d2 with d2 = 2.059. What is Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp28),
)
# r29 two-sample n per group, sigma 4, delta 3, alpha .05 two-sided, power .90 (z formula)
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 4**2 / 3**2)
assert n29 == math.ceil(2 * (1.96 + 1.2816) ** 2 * 16 / 9)
add(
    "Comparing two machine settings. Standard deviation is 4 units in both groups, we want to detect a difference in means of 3 units with α = 0.05 (two-sided) and 90% power. Using the normal (z) formula, not the t iteration, how many units per group do we need? (round up)",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 250 US gal -> L (exact definition 1 gal = 231 in^3, 1 in = 2.54 cm)
L30 = sp.Rational(250) * 231 * sp.Rational(254, 100) ** 3 / 1000
assert abs(float(L30) - 250 * 3.785411784) < 1e-9
add(
    "A holding tank is rated at 250 US gallons. What is that in liters?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(L30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, high-school math teacher taking an evening stats-for-industry course (homework-style, exact answers, fractions)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
