import os, math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round57b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def close(a, b, tol=1e-9):
    assert abs(a - b) <= tol * max(1.0, abs(a), abs(b)), (a, b)


# ---------------- calculus (4) ----------------
t = sp.symbols("t", positive=True)
C = 20 * t * sp.exp(-t / 4)
auc = sp.integrate(C, (t, 0, sp.oo))
num, _ = integrate.quad(lambda s: 20 * s * math.exp(-s / 4), 0, np.inf)
close(float(auc), num, 1e-8)
assert auc == 320
add(
    "For a one-compartment PK sketch I am using the concentration curve C(t) = 20·t·e^(−t/4) (ng/mL, t in hours). "
    "Please give the exact AUC from t = 0 to ∞, i.e. \\int_0^\\infty C(t) dt, in ng·h/mL.",
    "calculus",
    {"rule": "expr"},
    str(auc),
)

d = sp.symbols("d", positive=True)
E = 80 * d / (d + 12)
dE = sp.simplify(sp.diff(E, d))
for dv in [1.0, 5.0, 30.0]:
    h = 1e-6
    fd = (80 * (dv + h) / (dv + h + 12) - 80 * (dv - h) / (dv - h + 12)) / (2 * h)
    close(float(dE.subs(d, dv)), fd, 1e-6)
assert sp.simplify(dE - 960 / (d + 12) ** 2) == 0
add(
    "Our Emax dose-response model is E(d) = 80d/(d + 12), with d the dose in mg and E the % reduction in LDL. "
    "I need the derivative dE/dd as a function of d (exact, simplified please).",
    "calculus",
    {"rule": "expr"},
    str(sp.factor(dE)),
)

x = sp.symbols("x")
lim = sp.limit((sp.log(1 + 2 * x) - 2 * x) / x**2, x, 0)
ser = sp.series(sp.log(1 + 2 * x) - 2 * x, x, 0, 4).removeO()
assert sp.expand(ser / x**2).subs(x, 0) == lim == -2
import mpmath

mpmath.mp.dps = 40
hx = mpmath.mpf("1e-12")
close(float((mpmath.log(1 + 2 * hx) - 2 * hx) / hx**2), -2.0, 1e-6)
add(
    "Quick one from a delta-method derivation: evaluate lim_{x→0} [ln(1 + 2x) − 2x] / x². Exact value, please.",
    "calculus",
    {"rule": "expr"},
    str(lim),
)

p = sp.symbols("p", positive=True)
ll = 7 * sp.log(p) + 13 * sp.log(1 - p)
mle = sp.solve(sp.diff(ll, p), p)[0]
assert mle == sp.Rational(7, 20)
d2 = sp.diff(ll, p, 2).subs(p, mle)
close(float(d2), -20 / (0.35 * 0.65), 1e-12)
add(
    "Binomial log-likelihood for a response rate, 7 responders of 20 enrolled: ℓ(p) = 7 ln p + 13 ln(1 − p). "
    "What is the second derivative ℓ''(p) evaluated at the MLE \\hat{p} = 7/20? I would like it as an exact fraction "
    "(this feeds the observed-information SE).",
    "calculus",
    {"rule": "expr"},
    str(sp.nsimplify(d2)),
)

# ---------------- algebra (3) ----------------
roots = sp.solve(2 * x**2 - 7 * x + 3, x)
assert set(roots) == {sp.Rational(1, 2), 3}
for r in [0.5, 3.0]:
    close(2 * r * r - 7 * r + 3, 0.0)
add(
    "Solve 2x² − 7x + 3 = 0 for x (it comes out of a quadratic titration rule for the dose levels). All real roots, exact.",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)

a, b = sp.symbols("a b")
sol = sp.solve([a + b - 240, sp.Rational(3, 10) * a + sp.Rational(45, 100) * b - 90], [a, b])
A = np.array([[1, 1], [0.30, 0.45]])
v = np.linalg.solve(A, [240, 90])
close(float(sol[a]), v[0])
assert sol[a] == 120
add(
    "Enrolment problem: sites in region A and region B together randomised 240 subjects. The 0.30 and 0.45 are "
    "region-specific retention weights... never mind the story, the equations are a + b = 240 and "
    "0.30a + 0.45b = 90. Solve for a (the number enrolled in region A).",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

n_ = sp.symbols("n", positive=True)
solt = sp.solve(sp.Eq(150 * sp.Rational(27, 25) ** n_, 300), n_)[0]
close(float(solt), math.log(2) / math.log(1.08))
assert sp.simplify(solt - sp.log(2) / sp.log(sp.Rational(27, 25))) == 0
add(
    "Cumulative enrolment is currently 150 and (optimistically) grows by 8% per month, compounding, so N(n) = 150·(1.08)^n "
    "after n months. Solve 150·(1.08)^n = 300 for n; please give the exact expression in logarithms, not a rounded number of months.",
    "algebra",
    {"rule": "expr"},
    str(sp.log(2) / sp.log(sp.Rational(27, 25))),
)

# ---------------- linear algebra (2) ----------------
S = sp.Matrix([[4, 2], [2, 3]])
Si = S.inv()
assert Si * S == sp.eye(2)
close(float(Si[0, 1]), np.linalg.inv(np.array([[4.0, 2.0], [2.0, 3.0]]))[0, 1])
add(
    "Covariance matrix of (SBP, DBP) changes from a pilot, in mmHg²:\n"
    "  [4 2]\n  [2 3]\n"
    "Give me its inverse (the precision matrix) as an exact matrix.",
    "linear_algebra",
    {"rule": "expr"},
    str(Si),
)

R = sp.Matrix(
    [
        [1, sp.Rational(1, 2), sp.Rational(1, 2)],
        [sp.Rational(1, 2), 1, sp.Rational(1, 2)],
        [sp.Rational(1, 2), sp.Rational(1, 2), 1],
    ]
)
ev = sorted(R.eigenvals().keys())
nev = sorted(set(np.round(np.linalg.eigvalsh(np.array(R, dtype=float)), 10)))
assert [float(e) for e in ev] == list(nev)
add(
    "Compound-symmetry working correlation for 3 repeated visits, ρ = 0.5:\n"
    "1    0.5  0.5\n0.5  1    0.5\n0.5  0.5  1\n"
    "What are the distinct eigenvalues of this matrix? Exact values please.",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
pb = 1 - stats.binom.cdf(1, 20, 0.05)
pb2 = sum(math.comb(20, k) * 0.05**k * 0.95 ** (20 - k) for k in range(2, 21))
close(pb, pb2, 1e-12)
add(
    "If the true rate of a particular grade ≥3 adverse event is 5% per patient and events occur independently, what is the "
    "probability of seeing at least 2 such patients in a cohort of n = 20? Decimal is fine.",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pb),
)

ph = sp.Rational(sp.binomial(3, 1) * sp.binomial(9, 3), sp.binomial(12, 4))
close(float(ph), stats.hypergeom.pmf(1, 12, 3, 4), 1e-12)
assert ph == sp.Rational(28, 55)
add(
    "Of 12 assay lots received, 3 are (unknown to us) out of specification. QA draws 4 lots at random without replacement "
    "for re-testing. What is the probability that exactly 1 of the 4 drawn is out of spec? Please give an exact fraction.",
    "probability",
    {"rule": "expr"},
    str(ph),
)

pn = stats.norm.sf(140, 128, 15)
pn2, _ = integrate.quad(lambda s: stats.norm.pdf(s, 128, 15), 140, np.inf)
close(pn, pn2, 1e-8)
add(
    "Assume screening systolic BP in the target population is normal with μ = 128 mmHg and σ = 15 mmHg. "
    "What proportion of screened patients would have SBP strictly above 140 mmHg?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pn),
)

sens, spec, prev = sp.Rational(92, 100), sp.Rational(95, 100), sp.Rational(4, 100)
ppv = sens * prev / (sens * prev + (1 - spec) * (1 - prev))
rng = np.random.default_rng(57)
N = 4_000_000
dis = rng.random(N) < 0.04
pos = np.where(dis, rng.random(N) < 0.92, rng.random(N) < 0.05)
close(float(ppv), dis[pos].mean(), 0.01)
assert ppv == sp.Rational(23, 53)
add(
    "Companion diagnostic: sensitivity 92%, specificity 95%, and the biomarker prevalence in the enrolling population is 4%. "
    "What is the positive predictive value P(marker+ | test+)? Exact fraction if possible.",
    "probability",
    {"rule": "expr"},
    str(ppv),
)

# ---------------- hypothesis tests (4) ----------------
armA = [12.1, 8.4, 15.2, 9.8, 11.5, 7.9, 13.3, 10.6, 14.0, 9.1]
pla = [4.2, 6.8, 2.9, 8.1, 5.5, 3.7, 7.4, 1.8, 6.0]
w = stats.ttest_ind(armA, pla, equal_var=False)
m1, m2 = np.mean(armA), np.mean(pla)
v1, v2 = np.var(armA, ddof=1) / len(armA), np.var(pla, ddof=1) / len(pla)
tt = (m1 - m2) / math.sqrt(v1 + v2)
df = (v1 + v2) ** 2 / (v1**2 / (len(armA) - 1) + v2**2 / (len(pla) - 1))
close(w.pvalue, 2 * stats.t.sf(abs(tt), df), 1e-10)
add(
    "Reduction in seated SBP at week 8 (mmHg), by arm:\n"
    "active:  12.1, 8.4, 15.2, 9.8, 11.5, 7.9, 13.3, 10.6, 14.0, 9.1\n"
    "placebo: 4.2, 6.8, 2.9, 8.1, 5.5, 3.7, 7.4, 1.8, 6.0\n"
    "Please test H_0: μ_active = μ_placebo against the two-sided alternative with Welch's t-test (unequal variances, "
    "Satterthwaite df). What's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(w.pvalue),
)

base = [94, 88, 101, 97, 92, 99, 90, 96]
wk12 = [89, 86, 95, 93, 91, 92, 88, 90]
pt = stats.ttest_rel(base, wk12)
dd = np.array(base) - np.array(wk12)
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
close(pt.pvalue, 2 * stats.t.sf(abs(tp), len(dd) - 1), 1e-10)
add(
    "Diastolic BP, same 8 subjects at baseline and at week 12 (mmHg)\n"
    "subj\tbaseline\twk12\n1\t94\t89\n2\t88\t86\n3\t101\t95\n4\t97\t93\n5\t92\t91\n6\t99\t92\n7\t90\t88\n8\t96\t90\n"
    "Paired t-test, two-sided, alpha = 0.05. I only need the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pt.pvalue),
)

tab = np.array([[8, 14, 21], [52, 46, 39]])
chi = stats.chi2_contingency(tab, correction=False)
exp = tab.sum(1)[:, None] * tab.sum(0)[None, :] / tab.sum()
close(chi[0], float(((tab - exp) ** 2 / exp).sum()), 1e-12)
add(
    "Any treatment-emergent AE, by dose level (60 subjects per arm):\n"
    "           low   mid   high\n  AE yes     8    14    21\n  AE no     52    46    39\n"
    "Pearson chi-square test of independence (no continuity correction): what is the X² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi[0]),
)

bt = stats.binomtest(9, 25, 0.2, alternative="greater").pvalue
bt2 = sum(sp.binomial(25, k) * sp.Rational(1, 5) ** k * sp.Rational(4, 5) ** (25 - k) for k in range(9, 26))
close(bt, float(bt2), 1e-10)
add(
    "Single-arm phase II: 9 objective responses among 25 evaluable patients. Historical control ORR is 20%. "
    "Exact binomial test of H_0: p = 0.20 vs H_1: p > 0.20 (one-sided). p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(bt),
)

# ---------------- regression (2) ----------------
dx = np.array([5, 5, 10, 10, 20, 20, 40, 40], float)
dy = np.array([2.1, 3.0, 4.4, 3.8, 6.9, 7.5, 12.2, 11.4])
sl = stats.linregress(dx, dy).slope
close(sl, float(((dx - dx.mean()) * (dy - dy.mean())).sum() / ((dx - dx.mean()) ** 2).sum()), 1e-12)
close(sl, np.polyfit(dx, dy, 1)[0], 1e-10)
add(
    "Dose-finding cohort, two patients per dose. x = dose (mg), y = reduction in SBP (mmHg):\n"
    "x: 5 5 10 10 20 20 40 40\ny: 2.1 3.0 4.4 3.8 6.9 7.5 12.2 11.4\n"
    "Fit ordinary least squares y = β_0 + β_1 x. What is the slope \\hat{β}_1 (mmHg per mg)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(sl),
)

cx = np.array([0, 25, 50, 100, 200, 400], float)
cy = np.array([0.012, 0.101, 0.198, 0.405, 0.790, 1.602])
lr = stats.linregress(cx, cy)
r2 = lr.rvalue**2
fit = lr.intercept + lr.slope * cx
close(r2, 1 - ((cy - fit) ** 2).sum() / ((cy - cy.mean()) ** 2).sum(), 1e-10)
add(
    "ELISA calibration run, assay lot 2207. Standards (ng/mL) and absorbance:\n"
    "conc, abs\n0, 0.012\n25, 0.101\n50, 0.198\n100, 0.405\n200, 0.790\n400, 1.602\n"
    "For a straight-line (OLS) fit of absorbance on concentration, what is R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
g1 = [4.1, 5.3, 3.8, 6.0, 4.9, 5.5]
g2 = [6.2, 7.1, 5.8, 6.9, 7.7, 6.4]
g3 = [8.0, 7.4, 9.1, 8.6, 7.9, 9.3]
fa = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in [g1, g2, g3])
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in [g1, g2, g3])
close(fa.statistic, (ssb / 2) / (ssw / 15), 1e-12)
add(
    "HbA1c reduction (%-points ×10, don't ask) at three dose levels, 6 patients each:\n"
    "• 10 mg: 4.1 5.3 3.8 6.0 4.9 5.5\n• 20 mg: 6.2 7.1 5.8 6.9 7.7 6.4\n• 40 mg: 8.0 7.4 9.1 8.6 7.9 9.3\n"
    "One-way ANOVA with dose as the factor: what is the F statistic?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-6},
    float(fa.statistic),
)

lots = {
    "L01": [98.2, 99.1, 97.8, 98.6],
    "L02": [99.5, 100.2, 99.8, 100.6, 99.9],
    "L03": [97.4, 98.0, 96.9],
    "L04": [98.9, 99.4, 98.5, 99.7, 99.0],
}
fb = stats.f_oneway(*lots.values())
gs = [np.array(v) for v in lots.values()]
allb = np.concatenate(gs)
k = len(gs)
N = len(allb)
ssb = sum(len(g) * (g.mean() - allb.mean()) ** 2 for g in gs)
ssw = sum(((g - g.mean()) ** 2).sum() for g in gs)
Fb = (ssb / (k - 1)) / (ssw / (N - k))
close(fb.pvalue, stats.f.sf(Fb, k - 1, N - k), 1e-10)
add(
    "Potency (% label claim) of reference standard measured across four assay lots; unequal replication because of a "
    "failed plate:\nL01: 98.2, 99.1, 97.8, 98.6\nL02: 99.5, 100.2, 99.8, 100.6, 99.9\nL03: 97.4, 98.0, 96.9\n"
    "L04: 98.9, 99.4, 98.5, 99.7, 99.0\n"
    "Is there a lot effect? One-way fixed-effects ANOVA, H_0: all lot means equal. Report the p-value.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fb.pvalue),
)

# ---------------- design (3) ----------------
r1 = 2 ** (5 - 1)
assert r1 == len(list(__import__("itertools").product([-1, 1], repeat=4)))
add(
    "For a formulation robustness study we have 5 two-level factors (pH, excipient grade, mixing time, temperature, "
    "humidity). We plan a half fraction, 2^(5−1), resolution V, single replicate, no centre points. "
    "How many runs is that?",
    "design",
    {"rule": "runs"},
    int(r1),
)

import itertools

r2_ = len(list(itertools.product(range(3), range(4), range(2)))) * 2
assert r2_ == 3 * 4 * 2 * 2
add(
    "Full factorial stability design: 3 storage temperatures × 4 container/closure types × 2 fill volumes, "
    "each treatment combination run in duplicate (2 replicates). Total number of runs?",
    "design",
    {"rule": "runs"},
    int(r2_),
)

fac = list(itertools.product([-1, 1], repeat=3))
axial = [tuple(s if i == j else 0 for i in range(3)) for j in range(3) for s in (-1, 1)]
centre = [(0, 0, 0)] * 6
r3 = len(fac) + len(axial) + len(centre)
assert r3 == 8 + 2 * 3 + 6
add(
    "Response-surface follow-up for the assay (3 factors: incubation time, temperature, antibody dilution). "
    "Face-centred central composite design: full 2³ factorial core, the 6 axial (star) points at α = 1, plus 6 centre-point "
    "replicates. How many runs in total?",
    "design",
    {"rule": "runs"},
    int(r3),
)


# ---------------- control charts (2) ----------------
def d2_const(n):
    f = lambda w: 1 - (stats.norm.cdf(w) ** n) - ((1 - stats.norm.cdf(w)) ** n)
    return integrate.quad(f, -np.inf, np.inf)[0]


d2_5 = d2_const(5)
A2_5 = 3 / (d2_5 * math.sqrt(5))
close(A2_5, 0.577, 1e-3)
ucl_x = 250.3 + 0.577 * 3.2
close(ucl_x, 250.3 + A2_5 * 3.2, 1e-4)
add(
    "Tablet fill weight, in-process control: 25 subgroups of n = 5 tablets. Grand mean \\bar{\\bar{x}} = 250.3 mg, "
    "average range \\bar{R} = 3.2 mg. Using the standard Shewhart constants, what is the UCL of the X̄ chart (X̄–R chart)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl_x),
)

nc = [6, 9, 4, 7, 11, 5, 8, 6, 10, 7]
ns = 150
pbar = sum(nc) / (ns * len(nc))
close(pbar, np.mean([c / ns for c in nc]), 1e-12)
ucl_p = pbar + 3 * math.sqrt(pbar * (1 - pbar) / ns)
npbar = sum(nc) / len(nc)
ucl_np = npbar + 3 * math.sqrt(npbar * (1 - npbar / ns))
close(ucl_p, ucl_np / ns, 1e-12)
add(
    "Visual inspection of filled vials: each day 150 vials sampled, count of nonconforming vials over 10 days:\n"
    "6 9 4 7 11 5 8 6 10 7\n"
    "Set up a p chart (constant n = 150, 3-sigma limits, centre line = pooled \\bar{p}). What's the UCL, as a proportion?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl_p),
)

# ---------------- capability (2) ----------------
mu, sd, lsl, usl = 101.2, 1.1, 95.0, 105.0
cpk = min((usl - mu) / (3 * sd), (mu - lsl) / (3 * sd))
cpk2 = (((usl - lsl) / 2) - abs(mu - (usl + lsl) / 2)) / (3 * sd)
close(cpk, cpk2, 1e-12)
add(
    "Release assay for potency: specification 95.0–105.0 % LC. Process mean 101.2 %, within-process σ = 1.1 % "
    "(assume normality). Compute Cpk.",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

fw = [
    250.8,
    249.6,
    251.2,
    252.0,
    250.1,
    249.3,
    251.7,
    250.5,
    248.9,
    251.0,
    250.4,
    252.3,
    249.8,
    250.9,
    251.5,
    250.2,
    249.1,
    251.8,
    250.6,
    250.0,
]
m = np.mean(fw)
s = np.std(fw, ddof=1)
ppk = min((255 - m) / (3 * s), (m - 245) / (3 * s))
s2 = math.sqrt(sum((v - sum(fw) / 20) ** 2 for v in fw) / 19)
m2 = sum(fw) / 20
close(ppk, min(255 - m2, m2 - 245) / (3 * s2), 1e-12)
add(
    "20 individual tablet weights (mg) from a validation batch, spec 245–255 mg:\n"
    "250.8 249.6 251.2 252.0 250.1 249.3 251.7 250.5 248.9 251.0\n"
    "250.4 252.3 249.8 250.9 251.5 250.2 249.1 251.8 250.6 250.0\n"
    "What is Ppk, using the overall sample standard deviation (n − 1 divisor)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
nraw = 2 * (za + zb) ** 2 * 12**2 / 5**2
nss = math.ceil(nraw)
# independent check: power at nss and nss-1 via normal approximation
pw = lambda n: stats.norm.cdf(5 / (12 * math.sqrt(2 / n)) - za)
assert pw(nss) >= 0.90 > pw(nss - 1)
add(
    "Planning a parallel-group trial: detect a 5 mmHg difference in mean SBP reduction, assuming common σ = 12 mmHg, "
    "two-sided α = 0.05, 90% power. Use the normal-approximation formula n = 2σ²(z_{1−α/2} + z_{1−β})²/δ² and round up "
    "to the next whole subject. How many subjects per arm?",
    "sample_size",
    {"rule": "int", "key": "n"},
    int(nss),
)

# ---------------- unit conversion (1) ----------------
kpa = 140 * 133.322387415 / 1000
close(kpa, 140 * 101325 / 760 / 1000, 1e-6)
add(
    "The European site reports BP in kPa. Convert a systolic reading of 140 mmHg to kPa (conventional mmHg).",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(kpa),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == Counter(
    calculus=4,
    algebra=3,
    linear_algebra=2,
    probability=4,
    hypothesis_test=4,
    regression=2,
    anova=2,
    design=3,
    control_chart=2,
    capability=2,
    sample_size=1,
    unit_conversion=1,
)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, clinical-trial biostatistician",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
