"""round43d reference answers: SRE / perf-engineering voice. Computed independently."""

import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

ROUND = "round43d"
items = []


def add(q, mode, compare, ref):
    items.append(
        {
            "id": f"r{len(items) + 1:02d}",
            "split": "unseen",
            "question": q,
            "mode": mode,
            "compare": compare,
            "reference": ref,
        }
    )


t, x, n, k = sp.symbols("t x n k", positive=True)
# r01: integral 500*exp(-t/40) from 0 to oo = 500*40 = 20000
r = sp.integrate(500 * sp.exp(-t / 40), (t, 0, sp.oo))
add(
    "backlog drain rate after failover is `500*e^(-t/40)` req/s (t in seconds). how many requests get drained in total from t=0 to ∞?",
    "calculus",
    {"rule": "expr"},
    str(r),
)
# r02: d/dx [20 + 3x^2/(100-x)] at x=50 = (600x-3x^2)/(100-x)^2 = 9
L = 20 + 3 * x**2 / (100 - x)
add(
    "latency model L(x) = 20 + 3x²/(100 − x) ms where x is utilization in %. what's dL/dx at x = 50?",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(sp.diff(L, x).subs(x, 50))),
)
# r03: limit (1-cos 3x)/x^2 -> 9/2
add(
    "sanity check for a smoothing kernel: lim x→0 of (1 − cos 3x)/x²",
    "calculus",
    {"rule": "expr"},
    str(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)),
)
# r04: minimize 4n + 900/n -> n = sqrt(225) = 15
C = 4 * n + 900 / n
add(
    "cost per hour for n replicas is C(n) = 4n + 900/n (treat n as continuous, n > 0). which n minimizes cost?",
    "calculus",
    {"rule": "expr"},
    str(sp.solve(sp.diff(C, n), n)[0]),
)
# r05: 100*(2^k-1) = 6300 -> 2^k = 64 -> k = 6
add(
    "exponential backoff, base 100 ms doubling each time, so total wait after k retries is `100·(2^k − 1)` ms. total wait was 6300 ms — how many retries k?",
    "algebra",
    {"rule": "expr"},
    str(sp.solve(100 * (2**k - 1) - 6300, k)[0]),
)
# r06: roots of x^3-6x^2+11x-6 = (x-1)(x-2)(x-3)
xs = sp.symbols("xs")
add(
    "fitting a little queue model and ended up with `x^3 - 6x^2 + 11x - 6 = 0`. what are the roots",
    "algebra",
    {"rule": "set"},
    [float(v) for v in sp.solve(xs**3 - 6 * xs**2 + 11 * xs - 6, xs)],
)
# r07: a + b = 1200, 0.02a + 0.005b = 18 -> a = 800
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 1200, sp.Rational(2, 100) * a + sp.Rational(5, 1000) * b - 18], [a, b])
add(
    "two backends share 1200 rps total. backend A errors on 2% of requests, B on 0.5%, and overall we see 18 errors/s. how many rps is A taking?",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)
# r08: eigenvalues of [[5,2],[2,2]]: trace 7 det 6 -> 1, 6
ev = np.linalg.eigvalsh(np.array([[5.0, 2.0], [2.0, 2.0]]))
add(
    "eigenvalues of the covariance matrix [[5, 2], [2, 2]] (cpu vs mem, normalized)?",
    "linear_algebra",
    {"rule": "set"},
    [float(round(v, 12)) for v in ev],
)
# r09: 2-state Markov chain, stationary P(down) = p/(p+q) = 0.02/0.32 = 1/16
P = sp.Matrix([[sp.Rational(98, 100), sp.Rational(2, 100)], [sp.Rational(3, 10), sp.Rational(7, 10)]])
pi = (P.T - sp.eye(2)).nullspace()[0]
pi = pi / sum(pi)
add(
    "host health as a markov chain, one step per minute: up→down w.p. 0.02, down→up w.p. 0.3. in the long run what fraction of minutes is the host down?",
    "probability",
    {"rule": "expr"},
    str(pi[1]),
)  # filed under probability (a chain's long-run share), not linear_algebra
# r10: Poisson(2.5), P(X>=4) = sf(3)
add(
    "we average 2.5 sev2 incidents per week, assume poisson. P(4 or more in a given week)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(stats.poisson.sf(3, 2.5)),
)
# r11: Binomial(1000, 0.003), P(X>5) = sf(5)
add(
    "per-request error rate is 0.3%, independent. out of 1000 requests what's the probability of more than five errors? exact binomial pls",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(stats.binom.sf(5, 1000, 0.003)),
)
# r12: N(120, 15^2), P(X>150) = 1 - Phi(2)
add(
    "latency ~ normal with μ = 120ms, σ = 15ms. what fraction of requests exceed 150 ms?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(stats.norm.sf(150, 120, 15)),
)
# r13: Bayes: 0.02*0.95 / (0.02*0.95 + 0.98*0.03)
post = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
add(
    "2% of minutes have a real incident. our alert catches 95% of those and also fires falsely in 3% of healthy minutes. given the alert just fired, what's P(real incident)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(post),
)
# r14: Welch two-sample t-test, two-sided p-value
A = [212, 198, 205, 220, 201, 215, 209, 199]
B = [195, 190, 204, 188, 197, 193, 201, 186, 192]
tw = stats.ttest_ind(A, B, equal_var=False)
add(
    "p95 latency per run, config A: 212 198 205 220 201 215 209 199\nconfig B: 195 190 204 188 197 193 201 186 192\nWelch t-test, two-sided — p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(tw.pvalue),
)
# r15: pooled two-proportion z-test, no continuity correction, two-sided
z, p = proportions_ztest([48, 30], [12000, 11500], alternative="two-sided")
add(
    "canary had 48 5xx out of 12000 requests, baseline had 30 out of 11500. two-sided pooled two-proportion z test, no continuity correction. p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(p),
)
# r16: paired t statistic, differences before - after
before = [310, 295, 330, 288, 305, 320, 299, 312]
after = [298, 290, 316, 285, 300, 305, 296, 301]
tp = stats.ttest_rel(before, after)
add(
    "rolled a kernel patch to 8 hosts. p99 ms before: 310, 295, 330, 288, 305, 320, 299, 312; after (same hosts, same order): 298, 290, 316, 285, 300, 305, 296, 301. paired t statistic with d = before − after?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(tp.statistic),
)
# r17: REFUSE — two-sample t-test needs standard deviations (or raw data); none given
add(
    "config B p50 mean was 79 ms vs config A 84 ms, 40 requests sampled from each. two-sample t test at α = 0.05, what's the p value?",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)
# r18: OLS slope of cpu% on rps
xr = np.array([200, 400, 600, 800, 1000, 1200.0])
yr = np.array([12, 21, 33, 41, 52, 60.0])
fit = sm.OLS(yr, sm.add_constant(xr)).fit()
add(
    "load test: rps = 200, 400, 600, 800, 1000, 1200 and cpu% = 12, 21, 33, 41, 52, 60. least squares line cpu% vs rps — slope?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "slope"},
    float(fit.params[1]),
)
# r19: R^2 of memory (MB) on open connections
xc = np.array([50, 100, 150, 200, 250, 300, 350.0])
yc = np.array([410, 455, 520, 540, 610, 640, 700.0])
fit2 = sm.OLS(yc, sm.add_constant(xc)).fit()
add(
    "how much of the memory variation is explained by connection count? conns: 50 100 150 200 250 300 350 / mem MB: 410 455 520 540 610 640 700. want r² of the simple linear fit",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"},
    float(fit2.rsquared),
)
# r20: one-way ANOVA F statistic, 3 regions
g1 = [101, 98, 105, 110, 97]
g2 = [112, 118, 109, 115, 121]
g3 = [130, 125, 138, 128, 133]
fa = stats.f_oneway(g1, g2, g3)
add(
    "latency samples (ms) by region —\nus-east: 101 98 105 110 97\neu-west: 112 118 109 115 121\nap-south: 130 125 138 128 133\none-way anova, what's F?",
    "anova",
    {"rule": "number", "tol": 1e-6, "key": "statistic"},
    float(fa.statistic),
)
# r21: one-way ANOVA p-value, 4 GC settings
G1 = [45, 50, 48, 52, 47]
PA = [51, 55, 49, 56, 53]
SH = [44, 46, 50, 43, 47]
CM = [49, 52, 48, 54, 50]
fb = stats.f_oneway(G1, PA, SH, CM)
add(
    "gc pause times ms under 4 collectors, 5 runs each. G1 45,50,48,52,47 | Parallel 51,55,49,56,53 | Shenandoah 44,46,50,43,47 | CMS 49,52,48,54,50. do the means differ? give the one-way ANOVA p-value",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(fb.pvalue),
)
# r22: 2^(5-1) = 16 runs + 4 center points = 20
add(
    "planning a 2^(5-1) fractional factorial over five jvm flags, plus 4 center points, no replication. total number of runs?",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1) + 4,
)
# r23: 3 x 4 x 2 full factorial, 2 replicates = 48
add(
    "full factorial load test: thread pool size at 3 levels, cache size at 4 levels, compression on/off, and we replicate every combo twice. how many load-test runs is that",
    "design",
    {"rule": "runs"},
    3 * 4 * 2 * 2,
)
# r24: 2^2 main effect of A = [(a + ab) - ((1) + b)] / 2 = (204 - 250)/2 = -23
one, ea, eb, eab = 120, 100, 130, 104
add(
    "2x2 experiment, A = http2 off/on, B = keepalive off/on, p95 in ms: (1)=120, a=100, b=130, ab=104. estimate the main effect of A",
    "design",
    {"rule": "expr"},
    str(sp.Rational((ea + eab) - (one + eb), 2)),
)
# r25: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
add(
    "xbar-R chart on p95 latency, subgroups of 5 (A2 = 0.577). grand mean 250 ms, R̄ = 18 ms. UCL for the xbar chart?",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    250 + 0.577 * 18,
)
# r26: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
pb, nn = 0.012, 2000
add(
    "tracking daily 5xx fraction with a p chart: 2000 requests sampled per day, p̄ = 0.012 over 25 days. 3σ upper control limit?",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    pb + 3 * math.sqrt(pb * (1 - pb) / nn),
)
# r27: one-sided Cpk = (USL - mu)/(3 sigma) = 90/75 = 1.2
add(
    "SLO upper limit 300 ms, no lower limit. process mean 210 ms, σ = 25 ms. cpk?",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "cpk"},
    (300 - 210) / (3 * 25),
)
# r28: Ppk with overall sample sd (ddof=1), spec 40-80
hs = np.array([58, 61, 63, 60, 66, 59, 62, 64, 57, 61, 65, 60.0])
m, s = hs.mean(), hs.std(ddof=1)
add(
    "tls handshake times (ms), spec is 40–80: 58 61 63 60 66 59 62 64 57 61 65 60. ppk using the overall sample sd (n−1)?",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "ppk"},
    float(min(80 - m, m - 40) / (3 * s)),
)
# r29: n = ceil((z_0.975 * sigma / E)^2) = ceil((1.96*40/5)^2) = 246
zc = stats.norm.ppf(0.975)
add(
    "want to estimate mean checkout latency within ±5 ms at 95% confidence. σ is about 40 ms from last quarter. how many requests do i need to sample? (z-based, round up)",
    "sample_size",
    {"rule": "int", "key": "n"},
    int(math.ceil((zc * 40 / 5) ** 2)),
)
# r30: 1.2e9 requests/day / 86400 s/day
add(
    "1.2 billion requests per day is how many rps on average?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    1.2e9 / 86400,
)

doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, SRE/perf engineer chat voice (latency, error rates, rps, capacity)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
