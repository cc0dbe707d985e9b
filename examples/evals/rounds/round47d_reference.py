import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round47d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of softplus ln(1+e^x) -> e^x/(1+e^x)
f = sp.log(1 + sp.exp(x))
d = sp.simplify(sp.diff(f, x))
assert sp.simplify(d - 1 / (1 + sp.exp(-x))) == 0
for xv in [-2.0, 0.3, 1.7]:
    num = (math.log(1 + math.exp(xv + 1e-6)) - math.log(1 + math.exp(xv - 1e-6))) / 2e-6
    assert abs(num - float(d.subs(x, xv))) < 1e-6
add(
    "quick one, rusty on calc: derivative of softplus `f(x) = ln(1 + exp(x))` wrt x? want the expression, i think it comes out as sigmoid but want to confirm",
    "calculus",
    {"rule": "expr"},
    str(d),
)

# r02 energy = int_0^6 (300 + 200 e^{-t/2}) dt  (W * h) = 2200 - 400 e^{-3}
P = 300 + 200 * sp.exp(-t / 2)
E = sp.simplify(sp.integrate(P, (t, 0, 6)))
assert abs(float(E) - sum(float(P.subs(t, tv)) for tv in np.linspace(0, 6, 200001)[:-1] + 6 / 400000) * 6 / 200000) < 1e-6
assert sp.simplify(E - (2200 - 400 * sp.exp(-3))) == 0
add(
    "gpu power draw during a finetune job looks like `P(t) = 300 + 200*exp(-t/2)` watts, t in hours (spikes at start then settles). "
    "total energy over the first 6 h = ∫ P dt from 0 to 6, in watt-hours. exact form pls",
    "calculus",
    {"rule": "expr"},
    str(E),
)

# r03 limit (e^x - 1 - x)/x^2 -> 1/2
L = sp.limit((sp.exp(x) - 1 - x) / x**2, x, 0)
assert L == sp.Rational(1, 2)
assert abs((math.exp(1e-4) - 1 - 1e-4) / 1e-8 - 0.5) < 1e-3
add(
    "checking a taylor-approx hack in our loss code. what's lim x→0 of (exp(x) − 1 − x) / x**2 ? exact value",
    "calculus",
    {"rule": "expr"},
    str(L),
)

# r04 minimise T(b) = 5000/b + 0.02 b, b>0 -> b = 500
b = sp.symbols("b", positive=True)
T = 5000 / b + sp.Rational(2, 100) * b
crit = sp.solve(sp.diff(T, b), b)
assert len(crit) == 1 and crit[0] == 500 and sp.diff(T, b, 2).subs(b, 500) > 0
bs = np.arange(1, 5000)
assert bs[np.argmin(5000 / bs + 0.02 * bs)] == 500
add(
    "fitted a cost model for epoch time vs batch size: `T(b) = 5000/b + 0.02*b` seconds (b > 0, treat it as continuous). "
    "which b minimises T?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 3x^2 - 10x + 3 = 0 -> {1/3, 3}
sols = sp.solve(3 * x**2 - 10 * x + 3, x)
assert sorted(float(s) for s in sols) == sorted(np.roots([3, -10, 3]).real.tolist()) or np.allclose(
    sorted(float(s) for s in sols), sorted(np.roots([3, -10, 3]).real)
)
add(
    "ended up with `3*x**2 - 10*x + 3 = 0` when solving for a lr ratio x. all solutions?",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sorted(sols, key=float)],
)

# r06 1200a + 300(20-a) = 15000 -> a = 10
a = sp.symbols("a")
na = sp.solve(sp.Eq(1200 * a + 300 * (20 - a), 15000), a)[0]
assert na == 10 and 1200 * 10 + 300 * 10 == 15000
add(
    "inference cluster has 20 gpus total, mix of big cards doing 1200 img/s each and small ones doing 300 img/s each. "
    "aggregate throughput measured at 15000 img/s. how many of the big cards are there?",
    "algebra",
    {"rule": "expr"},
    str(na),
)

# r07 data mixture: 0.30(500 - y) + 0.80 y = 0.45*500 -> y = 150 (M tokens)
y = sp.symbols("y")
ny = sp.solve(sp.Eq(sp.Rational(3, 10) * (500 - y) + sp.Rational(8, 10) * y, sp.Rational(45, 100) * 500), y)[0]
assert ny == 150 and abs((0.3 * 350 + 0.8 * 150) / 500 - 0.45) < 1e-12
add(
    "pretraining mix question. corpus A is 30% code tokens, corpus B is 80% code tokens. i want 500M tokens total that are "
    "45% code, blending only A and B. how many million tokens from B?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(ny),
)

# ---------------- linear algebra (2) ----------------
# r08 eigenvalues of covariance [[5,2],[2,2]] -> {1, 6}
Cov = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(Cov.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[5, 2], [2, 2]], float))), [float(e) for e in ev])
add(
    "doing pca by hand on 2 features, covariance matrix is `[[5, 2], [2, 2]]`. eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# r09 system 2p+q+r=9, p+3q+2r=15, p+q+4r=13 -> r = 2
p_, q_, r_ = sp.symbols("p q r")
sol = sp.solve([2 * p_ + q_ + r_ - 9, p_ + 3 * q_ + 2 * r_ - 15, p_ + q_ + 4 * r_ - 13], [p_, q_, r_])
npsol = np.linalg.solve(np.array([[2, 1, 1], [1, 3, 2], [1, 1, 4]], float), np.array([9, 15, 13], float))
assert np.allclose(npsol, [float(sol[p_]), float(sol[q_]), float(sol[r_])])
add(
    "solving for 3 unknown per-shard costs p, q, r from our billing:\n2p + q + r = 9\np + 3q + 2r = 15\np + q + 4r = 13\nwhat's r?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol[r_]),
)

# ---------------- probability (4) ----------------
# r10 binomial: n=25, p=0.04, P(X>=3)
pb = float(stats.binom.sf(2, 25, 0.04))
pb2 = 1 - sum(math.comb(25, k) * 0.04**k * 0.96 ** (25 - k) for k in range(3))
assert abs(pb - pb2) < 1e-12
add(
    "canary deploy gets 25 requests, each one independently fails w/ prob 0.04 (historical rate). "
    "P(at least 3 failures) ? exact binomial pls, not a normal approx",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pb,
)

# r11 Poisson: lambda=2.5/h, P(X>4)
pp = float(stats.poisson.sf(4, 2.5))
pp2 = 1 - sum(math.exp(-2.5) * 2.5**k / math.factorial(k) for k in range(5))
assert abs(pp - pp2) < 1e-12
add(
    "our drift monitor fires alerts as a poisson process, avg 2.5 alerts per hour. prob of MORE than 4 alerts in a given hour?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pp,
)

# r12 exponential: 8 nodes, each MTBF 400 h, independent, job 72 h, P(no failure) = exp(-8*72/400)
pe = float(stats.expon.sf(72, scale=400)) ** 8
assert abs(pe - math.exp(-1.44)) < 1e-12
add(
    "training job runs on 8 nodes for 72 h and dies if ANY node fails. node time-to-failure is exponential w/ mean 400 h, "
    "nodes independent. prob the job finishes with zero node failures?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pe,
)

# r13 Bayes: prior 0.05, sens 0.9, FPR 0.08 -> P(drift|alarm)
prior, sens, fpr = 0.05, 0.90, 0.08
post = prior * sens / (prior * sens + (1 - prior) * fpr)
post2 = float(sp.Rational(5, 100) * sp.Rational(9, 10) / (sp.Rational(5, 100) * sp.Rational(9, 10) + sp.Rational(95, 100) * sp.Rational(8, 100)))
assert abs(post - post2) < 1e-12
add(
    "real data drift happens on ~5% of days. detector catches it 90% of the time when it's real, but also false-alarms on 8% "
    "of no-drift days. detector just fired -- P(actual drift | alarm)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    post,
)

# ---------------- hypothesis tests (4) ----------------
# r14 two-proportion z, pooled, two-sided, no cc: 420/10000 vs 480/10000
x1, n1, x2, n2 = 420, 10000, 480, 10000
pp_ = (x1 + x2) / (n1 + n2)
z = (x2 / n2 - x1 / n1) / math.sqrt(pp_ * (1 - pp_) * (1 / n1 + 1 / n2))
p14 = 2 * stats.norm.sf(abs(z))
zs, ps = proportions_ztest([x2, x1], [n2, n1])
assert abs(ps - p14) < 1e-10
add(
    "a/b test on checkout: control converted 420 of 10000 users, treatment 480 of 10000. two-proportion z test w/ pooled "
    "proportion, two-sided, no continuity correction. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p14),
)

# r15 Welch two-sample t, two-sided
A = np.array([112, 118, 109, 125, 121, 115, 130, 117], float)
B = np.array([104, 110, 99, 108, 113, 101, 106, 111, 103, 107], float)
res = stats.ttest_ind(A, B, equal_var=False)
va, vb = A.var(ddof=1) / len(A), B.var(ddof=1) / len(B)
tw = (A.mean() - B.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(A) - 1) + vb**2 / (len(B) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - res.pvalue) < 1e-12
add(
    "p50 latency (ms) per load-test run, old model `[112, 118, 109, 125, 121, 115, 130, 117]` vs distilled model "
    "`[104, 110, 99, 108, 113, 101, 106, 111, 103, 107]`. welch t-test (don't assume equal variances), two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)

# r16 paired t, two-sided
old = np.array([81.2, 79.5, 83.0, 80.1, 78.8, 82.2, 80.9, 81.5])
new = np.array([82.1, 79.9, 84.2, 80.6, 79.7, 82.5, 81.8, 82.0])
rp = stats.ttest_rel(new, old)
dd = new - old
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - rp.statistic) < 1e-9
add(
    "same 8 eval shards scored by old vs new checkpoint, accuracy %. old = [81.2, 79.5, 83.0, 80.1, 78.8, 82.2, 80.9, 81.5], "
    "new = [82.1, 79.9, 84.2, 80.6, 79.7, 82.5, 81.8, 82.0] (same shard order). paired t test, two-sided -- what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(rp.pvalue),
)

# r17 chi-square GOF: training proportions [0.5,0.3,0.2], prod counts [230,170,100]
obs = np.array([230, 170, 100], float)
exp_ = np.array([0.5, 0.3, 0.2]) * obs.sum()
rc = stats.chisquare(obs, exp_)
chi = ((obs - exp_) ** 2 / exp_).sum()
assert abs(rc.statistic - chi) < 1e-12 and abs(rc.pvalue - math.exp(-chi / 2)) < 1e-12  # df=2 closed form
add(
    "label drift check. training set class mix was 50% / 30% / 20% for classes [a, b, c]. last week's prod labels: "
    "[230, 170, 100]. chi-square goodness of fit vs the training proportions -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(rc.pvalue),
)

# ---------------- regression (2) ----------------
# r18 slope GPU hours vs tokens
xr = np.array([1, 2, 4, 8, 16], float)
yr = np.array([130, 250, 470, 980, 1900], float)
lr = stats.linregress(xr, yr)
assert abs(np.polyfit(xr, yr, 1)[0] - lr.slope) < 1e-9
add(
    "gpu-hours to train vs tokens seen (billions). tokens = [1, 2, 4, 8, 16], gpu_hours = [130, 250, 470, 980, 1900]. "
    "ordinary least squares line gpu_hours ~ tokens -- slope?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)

# r19 r^2 PSI vs days
xd = np.arange(1, 9, dtype=float)
yd = np.array([0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11])
lr2 = stats.linregress(xd, yd)
r2 = lr2.rvalue**2
fit = np.polyval(np.polyfit(xd, yd, 1), xd)
r2b = 1 - ((yd - fit) ** 2).sum() / ((yd - yd.mean()) ** 2).sum()
assert abs(r2 - r2b) < 1e-12
add(
    "PSI drift score by day since deploy, days 1..8: [0.02, 0.03, 0.05, 0.04, 0.07, 0.08, 0.08, 0.11]. "
    "fit a straight line psi vs day. r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA p95 latency by region
g1 = [210, 198, 225, 204, 215]
g2 = [230, 241, 222, 236, 228]
g3 = [219, 233, 240, 226, 229]
fo = stats.f_oneway(g1, g2, g3)
allv = np.array(g1 + g2 + g3, float)
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
Fh = (ssb / 2) / (ssw / 12)
assert abs(Fh - fo.statistic) < 1e-9 and abs(stats.f.sf(Fh, 2, 12) - fo.pvalue) < 1e-12
add(
    "p95 latency (ms) sampled from 3 serving regions, 5 windows each:\nus = [210, 198, 225, 204, 215]\n"
    "eu = [230, 241, 222, 236, 228]\nap = [219, 233, 240, 226, 229]\none-way anova, is region mattering? give the p-value",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fo.pvalue),
)

# r21 two-way ANOVA with interaction, balanced 2x2x3: p-value of interaction
cells = {
    ("fp16", 32): [1510, 1490, 1525],
    ("fp16", 64): [2650, 2700, 2620],
    ("bf16", 32): [1480, 1505, 1470],
    ("bf16", 64): [2580, 2550, 2610],
}
rows = [(pr, bsz, v) for (pr, bsz), vs in cells.items() for v in vs]
df = pd.DataFrame(rows, columns=["prec", "bs", "y"])
mod = smf.ols("y ~ C(prec) * C(bs)", data=df).fit()
tab = sm.stats.anova_lm(mod, typ=2)
p_int = float(tab.loc["C(prec):C(bs)", "PR(>F)"])
# hand computation
Y = df.y.values.astype(float)
gmean = Y.mean()
ma = df.groupby("prec").y.mean()
mb = df.groupby("bs").y.mean()
mab = df.groupby(["prec", "bs"]).y.mean()
ss_ab = sum(3 * (mab[(i, j)] - ma[i] - mb[j] + gmean) ** 2 for i in ma.index for j in mb.index)
ss_e = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in cells.values())
F_ab = (ss_ab / 1) / (ss_e / 8)
assert abs(stats.f.sf(F_ab, 1, 8) - p_int) < 1e-10
add(
    "throughput (samples/s) benchmark, 2 factors: precision (fp16, bf16) x batch size (32, 64), 3 reps per cell.\n"
    "fp16 bs32: [1510, 1490, 1525]\nfp16 bs64: [2650, 2700, 2620]\nbf16 bs32: [1480, 1505, 1470]\nbf16 bs64: [2580, 2550, 2610]\n"
    "two-way anova with interaction term. p-value for the precision×batch-size interaction?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    p_int,
)

# ---------------- design (3) ----------------
# r22 2^(6-2) fractional factorial, 2 replicates, + 4 centre runs total -> 36
runs22 = 2 ** (6 - 2) * 2 + 4
assert runs22 == 36
add(
    "hyperparam screen: 6 two-level knobs (lr, warmup, wd, dropout, label smoothing, grad clip). running a 2^(6-2) fractional "
    "factorial with 2 replicates (every fractional run done twice), plus 4 centre-point runs total. how many training runs is that?",
    "design",
    {"rule": "runs"},
    runs22,
)

# r23 CCD 4 factors, full 2^4 cube + 2k axial + 6 centre -> 30
k = 4
runs23 = 2**k + 2 * k + 6
assert runs23 == 30
add(
    "want a response surface for 4 continuous hparams. central composite design, full 2^4 factorial core, standard axial "
    "(star) points, 6 centre points. total runs?",
    "design",
    {"rule": "runs"},
    runs23,
)

# r24 Plackett-Burman for 10 factors -> smallest multiple of 4 > 10 = 12
nf = 10
runs24 = next(n for n in range(4, 100, 4) if n - 1 >= nf)
assert runs24 == 12
add(
    "screening 10 binary feature-flag toggles for effect on latency, main effects only. smallest plackett-burman design "
    "that fits 10 factors -- how many runs?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts (2) ----------------
# r25 p chart: 20 days, n=500/day, 600 flagged total -> UCL
pbar = 600 / (20 * 500)
ucl25 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 500)
ucl25s = sp.Rational(600, 10000) + 3 * sp.sqrt(sp.Rational(6, 100) * sp.Rational(94, 100) / 500)
assert abs(float(ucl25s) - ucl25) < 1e-12
add(
    "monitoring the fraction of predictions a human reviewer overturns. each day we audit 500 predictions, over 20 days "
    "that's 600 overturned in total. p chart w/ 3-sigma limits, constant n=500 -- what's the UCL (as a fraction)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)

# r26 I-MR: individuals UCL = xbar + 3*MRbar/d2 (d2=1.128)
psi = np.array([0.081, 0.094, 0.077, 0.102, 0.088, 0.095, 0.083, 0.099, 0.090, 0.086])
mr = np.abs(np.diff(psi)).mean()
ucl26 = psi.mean() + 3 * mr / 1.128
assert abs((psi.mean() + 2.66 * mr) - ucl26) / ucl26 < 1e-3
add(
    "daily drift score for one feature, 10 days: [0.081, 0.094, 0.077, 0.102, 0.088, 0.095, 0.083, 0.099, 0.090, 0.086]. "
    "want an individuals chart (I-MR, moving range of 2). upper control limit for the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: spec [0.95, 1.05], mean 1.012, sigma 0.011
mu, sg, lsl, usl = 1.012, 0.011, 0.95, 1.05
cpk = min(usl - mu, mu - lsl) / (3 * sg)
cpk2 = float(min((sp.Rational(105, 100) - sp.Rational(1012, 1000)), (sp.Rational(1012, 1000) - sp.Rational(95, 100))) / (3 * sp.Rational(11, 1000)))
assert abs(cpk - cpk2) < 1e-12
add(
    "embedding vectors are supposed to have L2 norm between 0.95 and 1.05. measured mean norm 1.012, std dev 0.011 "
    "(treat as the process sigma). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk,
)

# r28 Cp from Rbar/d2: spec 14-18 GB, subgroups of 5, Rbar = 1.1, d2 = 2.326
sig28 = 1.1 / 2.326
cp = (18 - 14) / (6 * sig28)
assert abs(cp - 4 * 2.326 / 6.6) < 1e-12
add(
    "inference pod memory usage (GB), spec limits 14 to 18. we take subgroups of 5 pods, average range R̄ = 1.1 GB. "
    "estimate sigma as R̄/d2 with d2 = 2.326. what's Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp,
)

# ---------------- sample size (1) ----------------
# r29 two-sample mean: delta=5, sd=18, alpha .05 two-sided, power .8 -> n per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 18**2 / 5**2)
assert n29 == math.ceil(2 * (1.96 + 0.8416) ** 2 * 18**2 / 5**2) == math.ceil(2 * (1.96 + 0.84) ** 2 * 18**2 / 5**2)
add(
    "planning a latency a/b: want to detect a 5 ms difference in mean latency, sd is about 18 ms in both arms. "
    "alpha 0.05 two-sided, 80% power, normal-approx (z) formula. how many requests per arm?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 4.2 kWh -> MJ = 15.12
mj = sp.Rational(42, 10) * 1000 * 3600 / 10**6
assert abs(float(mj) - 4.2 * 3.6) < 1e-12
add(
    "sustainability report wants energy in megajoules. one gpu used 4.2 kWh over the run -- how many MJ?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(mj),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, machine-learning engineer doing A/B tests and model monitoring "
    "(latency percentiles, conversion rates, GPU hours, throughput, drift)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
