import os, math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round58c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


x, t = sp.symbols("x t")


def close(a, b, rel=1e-9, ab=0.0):
    return abs(a - b) <= max(rel * max(abs(a), abs(b)), ab)


# ---------------- calculus (4) ----------------
y = x**2 * sp.sin(3 * x)
d = sp.diff(y, x)
ref = 2 * x * sp.sin(3 * x) + 3 * x**2 * sp.cos(3 * x)
assert sp.simplify(d - ref) == 0
f = sp.lambdify(x, y)
fp = sp.lambdify(x, ref)
for x0 in (0.3, 1.7, -2.2):
    h = 1e-6
    assert close((f(x0 + h) - f(x0 - h)) / (2 * h), fp(x0), rel=1e-6, ab=1e-7)
add(
    "Problem 3.14: differentiate y = x^2 * sin(3x) with respect to x. i keep getting 6x cos(3x) which is "
    "obviously wrong lol, whats dy/dx",
    "calculus",
    {"rule": "expr"},
    str(ref),
)

I = sp.integrate(x * sp.exp(-2 * x), (x, 0, 1))
ref = sp.Rational(1, 4) - sp.Rational(3, 4) * sp.exp(-2)
assert sp.simplify(I - ref) == 0
num, _ = integrate.quad(lambda u: u * math.exp(-2 * u), 0, 1)
assert close(num, float(ref), 1e-10)
add(
    "ok next one. integral from 0 to 1 of x*e^(-2x) dx. need the exact answer, the book wants it in terms of e "
    "not a decimal",
    "calculus",
    {"rule": "expr"},
    str(ref),
)

L = sp.limit((1 - sp.cos(4 * x)) / x**2, x, 0)
assert L == 8
for h in (1e-3, -1e-3):
    assert abs((1 - math.cos(4 * h)) / h**2 - 8) < 1e-4
add(
    "is it right that the limit as x -> 0 of (1 - cos(4x)) over x squared is 16?? my friend says its 8 and now "
    "im confused. what is it actually",
    "calculus",
    {"rule": "expr"},
    str(L),
)

roots = sp.solve(sp.Eq(x**2, 2 * x + 3), x)
assert sorted(roots) == [-1, 3]
A = sp.integrate(2 * x + 3 - x**2, (x, -1, 3))
assert A == sp.Rational(32, 3)
num, _ = integrate.quad(lambda u: abs(2 * u + 3 - u * u), -1, 3)
assert close(num, 32 / 3, 1e-10)
add(
    "Problem 5.2 - find the area of the region enclosed between the parabola y = x^2 and the line y = 2x + 3. "
    "exact answer pls (fraction)",
    "calculus",
    {"rule": "expr"},
    str(A),
)

# ---------------- algebra (3) ----------------
sol = sp.solve(2 * x**2 - 5 * x - 3, x)
assert set(sol) == {3, sp.Rational(-1, 2)}
disc = 25 + 24
assert set([(5 + 7) / 4, (5 - 7) / 4]) == {3.0, -0.5} and disc == 49
add("solve 2x^2 − 5x − 3 = 0 for x. need both roots, exact", "algebra", {"rule": "set"}, [str(s) for s in sorted(sol)])

xp = sp.symbols("x", positive=True)
sol = sp.solve(sp.log(xp, 2) + sp.log(xp - 2, 2) - 3, xp)
sol = [s for s in sol if s > 2]
assert sol == [4]
assert close(math.log2(4) + math.log2(2), 3.0)
add(
    "Problem 1.27: solve log base 2 of x + log base 2 of (x - 2) = 3. answer key says theres only one valid "
    "solution but i get two from the quadratic?? which one is it",
    "algebra",
    {"rule": "expr"},
    "4",
)

sol = sp.solve(sp.Eq(3 * sp.exp(sp.Rational(1, 5) * t), 12), t)
assert len(sol) == 1
ref = 10 * sp.log(2)
assert sp.simplify(sol[0] - ref) == 0
assert close(3 * math.exp(0.2 * float(ref)), 12.0, 1e-12)
add(
    "solve 3*e^(0.2t) = 12 for t. exact form please, no decimals (prof takes marks off for decimals)",
    "algebra",
    {"rule": "expr"},
    str(ref),
)

# ---------------- linear algebra (2) ----------------
M = sp.Matrix([[4, 7], [2, 6]])
Minv = M.inv()
ref = sp.Matrix([[sp.Rational(3, 5), sp.Rational(-7, 10)], [sp.Rational(-1, 5), sp.Rational(2, 5)]])
assert Minv == ref
assert np.allclose(np.linalg.inv(np.array([[4, 7], [2, 6]], float)), np.array(ref, dtype=float))
add(
    "find the inverse of A = [4 7; 2 6]\n(exact fractions not decimals, its for the lin alg quiz tmrw)",
    "linear_algebra",
    {"rule": "expr"},
    str(ref),
)

M = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(M.eigenvals().keys())
assert ev == [2, 5]
assert np.allclose(sorted(np.linalg.eigvals(np.array([[4, 1], [2, 3]], float)).real), [2, 5])
add(
    "lin alg problem set 6 q2: find the eigenvalues of\n4 1\n2 3\nis it right that theyre 4 and 3 (just the "
    "diagonal)? pretty sure thats only for triangular ones",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
p = math.comb(15, 2) * 0.1**2 * 0.9**13
assert close(p, stats.binom.pmf(2, 15, 0.1), 1e-12)
add(
    "Problem 2.8: a machine makes parts and 10% of them are defective. if you pick 15 parts at random whats the "
    "probabilty that exactly 2 are defective? (assume independent / binomial). decimal is fine",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p),
)

post = (
    sp.Rational(1, 100)
    * sp.Rational(95, 100)
    / (sp.Rational(1, 100) * sp.Rational(95, 100) + sp.Rational(99, 100) * sp.Rational(2, 100))
)
assert post == sp.Rational(95, 293)
rng = np.random.default_rng(58)
N = 4_000_000
faulty = rng.random(N) < 0.01
pos = np.where(faulty, rng.random(N) < 0.95, rng.random(N) < 0.02)
assert abs(faulty[pos].mean() - 95 / 293) < 0.005
add(
    "a test rig catches 95% of faulty circuit boards but also flags 2% of the good ones. 1% of boards are actually "
    "faulty. if a board tests positive whats P(its actually faulty)? give it as an exact fraction",
    "probability",
    {"rule": "expr"},
    str(post),
)

p = stats.norm.cdf(104, 100, 2) - stats.norm.cdf(97, 100, 2)
num, _ = integrate.quad(lambda r: math.exp(-((r - 100) ** 2) / 8) / (2 * math.sqrt(2 * math.pi)), 97, 104)
assert close(p, num, 1e-9)
assert close(p, 0.5 * (math.erf(2 / math.sqrt(2)) - math.erf(-1.5 / math.sqrt(2))), 1e-12)
add(
    "resistors from a supplier are normally distributed w/ mean 100 ohm and std dev 2 ohm. what fraction of them "
    "are between 97 and 104 ohm?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p),
)

k = sp.symbols("k", integer=True, nonnegative=True)
ref = 1 - 4 * sp.exp(-3)
lam = 3
assert close(float(ref), stats.poisson.sf(1, lam), 1e-12)
assert close(float(ref), 1 - sum(math.exp(-lam) * lam**j / math.factorial(j) for j in range(2)), 1e-12)
add(
    "calls come into a help desk at an average of 3 per hour (poisson). whats P(at least 2 calls in a given "
    "hour)? exact answer in terms of e please",
    "probability",
    {"rule": "expr"},
    str(ref),
)

# ---------------- hypothesis tests (4) ----------------
g = np.array([9.71, 9.85, 9.79, 9.92, 9.76, 9.88, 9.69, 9.83])
r = stats.ttest_1samp(g, 9.81)
tm = (g.mean() - 9.81) / (g.std(ddof=1) / math.sqrt(len(g)))
pm = 2 * stats.t.sf(abs(tm), len(g) - 1)
assert close(r.statistic, tm, 1e-10) and close(r.pvalue, pm, 1e-10)
add(
    "lab 4 writeup: we measured g with a pendulum 8 times (m/s^2):\n9.71, 9.85, 9.79, 9.92, 9.76, 9.88, 9.69, 9.83\n"
    "one sample t test against 9.81, two sided, alpha 0.05. whats the p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

a = np.array([31.2, 29.8, 33.5, 30.9, 32.1, 28.7])
b = np.array([27.4, 30.1, 26.8, 29.5, 28.2, 27.9, 26.1])
r = stats.ttest_ind(a, b, equal_var=False)
va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
tm = (a.mean() - b.mean()) / math.sqrt(va + vb)
assert close(r.statistic, tm, 1e-10)
add(
    "Problem 10.6: compressive strength (MPa) of concrete cylinders from two batches\nbatch A: 31.2 29.8 33.5 30.9 32.1 28.7\n"
    "batch B: 27.4 30.1 26.8 29.5 28.2 27.9 26.1\nwelch t test (dont assume equal variances), two sided. whats the "
    "t statistic? (A minus B)",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r.statistic),
)

ha = np.array([45.2, 47.8, 44.1, 50.3, 46.7, 48.9, 43.5, 49.2])
hb = np.array([44.6, 47.1, 44.5, 49.2, 45.9, 48.1, 43.0, 48.3])
r = stats.ttest_rel(ha, hb)
dd = ha - hb
tm = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert close(r.statistic, tm, 1e-10) and close(r.pvalue, 2 * stats.t.sf(abs(tm), len(dd) - 1), 1e-10)
add(
    "same 8 steel specimens measured on two hardness testers (HRC):\n\nspecimen  tester1  tester2\n1  45.2  44.6\n"
    "2  47.8  47.1\n3  44.1  44.5\n4  50.3  49.2\n5  46.7  45.9\n6  48.9  48.1\n7  43.5  43.0\n8  49.2  48.3\n\n"
    "paired t test, two sided - p value? is there a difference between the testers",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

obs = np.array([8, 12, 9, 15, 7, 9])
r = stats.chisquare(obs)
chi = sum((o - 10) ** 2 / 10 for o in obs)
assert close(chi, 4.4, 1e-12) and close(r.pvalue, stats.chi2.sf(4.4, 5), 1e-10)
# series for chi2 sf with odd df=5: via gamma regularised
assert close(
    r.pvalue, float(sp.uppergamma(sp.Rational(5, 2), sp.Rational(11, 5)).evalf(30) / sp.gamma(sp.Rational(5, 2))), 1e-10
)
add(
    "rolled a die 60 times for stats hw, got\n1 -> 8\n2 -> 12\n3 -> 9\n4 -> 15\n5 -> 7\n6 -> 9\nchi squared "
    "goodness of fit test for a fair die, whats the p value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

# ---------------- regression (2) ----------------
m = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
e = np.array([4.9, 10.2, 14.8, 20.3, 24.6, 30.1])
lr = stats.linregress(m, e)
sxy = ((m - m.mean()) * (e - e.mean())).sum()
sxx = ((m - m.mean()) ** 2).sum()
assert close(lr.slope, sxy / sxx, 1e-10) and close(lr.slope, np.polyfit(m, e, 1)[0], 1e-10)
add(
    "hookes law lab. mass hung on spring vs extension\nmass (kg): 0.1 0.2 0.3 0.4 0.5 0.6\nextension (mm): 4.9 10.2 "
    "14.8 20.3 24.6 30.1\nleast squares line of extension on mass, whats the slope (mm per kg)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

T = np.array([20, 40, 60, 80, 100], float)
R = np.array([10.02, 10.81, 11.55, 12.41, 13.13])
lr = stats.linregress(T, R)
co = np.polyfit(T, R, 1)
sse = ((R - np.polyval(co, T)) ** 2).sum()
sst = ((R - R.mean()) ** 2).sum()
assert close(lr.rvalue**2, 1 - sse / sst, 1e-10)
add(
    "copper coil resistance vs temperature, fitting a straight line R = a + b*T\nT(°C)\tR(Ω)\n20\t10.02\n40\t10.81\n"
    "60\t11.55\n80\t12.41\n100\t13.13\nwhat is R squared for the fit? (need it for the report)",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(lr.rvalue**2),
)


# ---------------- anova (2) ----------------
def anova_manual(groups):
    allv = np.concatenate(groups)
    gm = allv.mean()
    k = len(groups)
    N = len(allv)
    ssb = sum(len(gr) * (gr.mean() - gm) ** 2 for gr in groups)
    ssw = sum(((gr - gr.mean()) ** 2).sum() for gr in groups)
    F = (ssb / (k - 1)) / (ssw / (N - k))
    return F, stats.f.sf(F, k - 1, N - k)


g1 = np.array([21.3, 23.8, 20.9, 24.1, 22.7])
g2 = np.array([23.4, 24.1, 26.2, 22.9, 24.8])
g3 = np.array([25.9, 23.5, 26.4, 24.1, 27.2])
r = stats.f_oneway(g1, g2, g3)
F, pv = anova_manual([g1, g2, g3])
assert close(r.statistic, F, 1e-10) and close(r.pvalue, pv, 1e-10)
add(
    "Problem 12.4: tensile strength (MPa) of mortar cubes at three curing times\n7 days:  21.3, 23.8, 20.9, 24.1, 22.7\n"
    "14 days: 23.4, 24.1, 26.2, 22.9, 24.8\n28 days: 25.9, 23.5, 26.4, 24.1, 27.2\none way anova, what's the p value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

bA = np.array([12.1, 11.8, 12.6, 12.3])
bB = np.array([11.2, 11.9, 11.5, 11.0])
bC = np.array([12.8, 13.1, 12.4, 12.9])
bD = np.array([11.9, 12.2, 12.5, 11.7])
r = stats.f_oneway(bA, bB, bC, bD)
F, pv = anova_manual([bA, bB, bC, bD])
assert close(r.statistic, F, 1e-10)
add(
    "battery life (hours) for 4 brands, 4 batteries each:\n- brand A: 12.1 11.8 12.6 12.3\n- brand B: 11.2 11.9 11.5 11.0\n"
    "- brand C: 12.8 13.1 12.4 12.9\n- brand D: 11.9 12.2 12.5 11.7\nneed the F statistic from a one-way ANOVA. "
    "i got like 3.2 but that seems low??",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r.statistic),
)

# ---------------- design (3) ----------------
n_half = 2 ** (5 - 1)
assert n_half == len([v for v in range(2**5) if bin(v).count("1") % 2 == 0])
add(
    "Problem 14.9: half fraction of a 2^5 factorial design. how many runs is that? (no centre points, not replicated)",
    "design",
    {"rule": "runs"},
    n_half,
)

import itertools

n_mixed = len(list(itertools.product(range(3), range(4), range(2)))) * 2
assert n_mixed == 3 * 4 * 2 * 2 == 48
add(
    "experiment on a cutting process: cutting speed at 3 levels, feed rate at 4 levels, tool type at 2 levels. "
    "full factorial, every combination run twice (2 replicates). total number of runs?",
    "design",
    {"rule": "runs"},
    n_mixed,
)

k_f = 3
cube = list(itertools.product([-1, 1], repeat=k_f))
star = [tuple(s if i == j else 0 for i in range(k_f)) for j in range(k_f) for s in (-1.682, 1.682)]
centre = [(0, 0, 0)] * 6
n_ccd = len(cube) + len(star) + len(centre)
assert n_ccd == 2**3 + 2 * 3 + 6 == 20
add(
    "central composite design w/ 3 factors: full 2^3 factorial cube + the axial (star) points (2 per factor) + 6 "
    "centre points. how many runs total",
    "design",
    {"rule": "runs"},
    n_ccd,
)

# ---------------- control charts (2) ----------------
xb = np.array([25.02, 24.97, 25.05, 24.99, 25.03, 24.98])
rg = np.array([0.08, 0.11, 0.06, 0.09, 0.10, 0.07])
A2 = 0.577
ucl = xb.mean() + A2 * rg.mean()
# d2 for n=5 by numerical integration -> A2 = 3/(d2 sqrt n)
d2, _ = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 5 - stats.norm.cdf(z) ** 5, -np.inf, np.inf)
A2c = 3 / (d2 * math.sqrt(5))
assert abs(A2c - A2) < 5e-4
assert close(ucl, xb.mean() + A2c * rg.mean(), 1e-5)
add(
    "Problem 16.3: shaft diameters, subgroups of size n = 5. six subgroups:\nxbar (mm): 25.02 24.97 25.05 24.99 25.03 24.98\n"
    "R (mm):    0.08 0.11 0.06 0.09 0.10 0.07\nwhat's the UCL for the x-bar chart (xbar-R method)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl),
)

pbar = 96 / (20 * 100)
ucl = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 100)
# check: binomial sd for count chart / n
ucl2 = (100 * pbar + 3 * stats.binom.std(100, pbar)) / 100
assert close(ucl, ucl2, 1e-12)
add(
    "20 samples of 100 circuit boards each, total defectives over all 20 samples = 96. whats the upper control "
    "limit for the p chart (3 sigma)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl),
)

# ---------------- capability (2) ----------------
mu, sd, LSL, USL = 10.1, 0.12, 9.5, 10.5
cpk = min(USL - mu, mu - LSL) / (3 * sd)
cpu, cpl = (USL - mu) / (3 * sd), (mu - LSL) / (3 * sd)
assert close(cpk, min(cpu, cpl)) and close(cpk, 10 / 9, 1e-12)
# alt: Cpk = Cp*(1-k)
Cp = (USL - LSL) / (6 * sd)
kk = abs((USL + LSL) / 2 - mu) / ((USL - LSL) / 2)
assert close(cpk, Cp * (1 - kk), 1e-12)
add(
    "spec on a pin length is 10.0 ± 0.5 mm. process mean is 10.1 mm and sigma is 0.12 mm. is it right that "
    "Cpk = Cp here? what is the Cpk",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

v = np.array([500.8, 499.6, 501.9, 498.7, 500.3, 502.4, 499.1, 500.0, 501.2, 498.9, 500.6, 499.8])
s = v.std(ddof=1)
mb = v.mean()
ppk = min(505 - mb, mb - 495) / (3 * s)
import statistics

s2 = statistics.stdev(v.tolist())
m2 = statistics.fmean(v.tolist())
assert close(ppk, min(505 - m2, m2 - 495) / (3 * s2), 1e-10)
add(
    "bottle fill volumes (mL), 12 bottles: 500.8, 499.6, 501.9, 498.7, 500.3, 502.4, 499.1, 500.0, 501.2, 498.9, "
    "500.6, 499.8\nspec limits LSL = 495, USL = 505. find Ppk using the overall sample std dev (n−1)",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
n = math.ceil((1.96 * 2 / 0.5) ** 2)
assert n == 62 and (1.96 * 2 / math.sqrt(61)) > 0.5 >= (1.96 * 2 / math.sqrt(62))
add(
    "how many measurements do i need to estimate the mean plate thickness to within ±0.5 mm with 95% confidence "
    "if sigma is known to be 2 mm? use z = 1.96 and round up",
    "sample_size",
    {"rule": "int", "key": "n"},
    n,
)

# ---------------- unit conversion (1) ----------------
nm = 45 * 0.3048 * 4.4482216152605
assert close(nm, 45 * 1.3558179483314004, 1e-12)
assert close(nm, 45 * (12 * 0.0254) * (0.45359237 * 9.80665), 1e-12)
add(
    "torque spec on the wheel nuts says 45 ft·lbf, what is that in N·m?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(nm),
)

from collections import Counter

assert Counter(it["mode"] for it in items) == {
    "calculus": 4,
    "algebra": 3,
    "linear_algebra": 2,
    "probability": 4,
    "hypothesis_test": 4,
    "regression": 2,
    "anova": 2,
    "design": 3,
    "control_chart": 2,
    "capability": 2,
    "sample_size": 1,
    "unit_conversion": 1,
}
assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, first-year engineering undergrad doing homework late at night",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
