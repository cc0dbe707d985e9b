import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round49b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 von Bertalanffy growth derivative: L(t)=80(1-e^{-0.3t}) -> 24 e^{-3t/10}
L = 80 * (1 - sp.exp(-sp.Rational(3, 10) * t))
dL = sp.simplify(sp.diff(L, t))
assert sp.simplify(dL - 24 * sp.exp(-sp.Rational(3, 10) * t)) == 0
add(
    "quick one from the growth model meeting: von Bertalanffy fit for our snapper is L(t) = 80(1 − e^(−0.3t)) cm, t = age in yrs. "
    "what's the growth rate dL/dt as a function of t?",
    "calculus",
    {"rule": "expr"},
    str(dL),
)
# r02 cumulative catch: integral 0..10 of 50 e^{-0.1t} dt = 500(1 - e^{-1})
Ccat = sp.integrate(50 * sp.exp(-sp.Rational(1, 10) * t), (t, 0, 10))
num, _ = integrate.quad(lambda s: 50 * math.exp(-0.1 * s), 0, 10)
assert abs(float(Ccat) - num) < 1e-9
add(
    "catch rate on the trap line is dropping off as the local pop gets fished down, modelled as c(t) = 50·e^(−0.1t) fish/day. "
    "total fish caught over the first 10 days = ∫ c(t) dt from 0 to 10? exact form pls",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(Ccat)),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
lim = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(lim)) < 1e-3
add(
    "series expansion thing from a mortality-rate derivation, I keep getting a different answer than my student: "
    "lim x→0 of (e^(2x) − 1 − 2x)/x²  = ?",
    "calculus",
    {"rule": "expr"},
    str(lim),
)
# r04 Schaefer surplus production: max of rB(1-B/K), r=0.4, K=12000 -> MSY = 1200 t/yr
B = sp.symbols("B", positive=True)
r_, K_ = sp.Rational(2, 5), 12000
P = r_ * B * (1 - B / K_)
Bmsy = sp.solve(sp.diff(P, B), B)[0]
msy = P.subs(B, Bmsy)
assert msy == r_ * K_ / 4
add(
    "Schaefer surplus production for the hake stock: P(B) = r·B·(1 − B/K) with r = 0.4 /yr and K = 12,000 t. "
    "what's the max sustainable yield, i.e. the maximum of P(B), in t/yr?",
    "calculus",
    {"rule": "number", "tol": 1e-6},
    float(msy),
)

# ---------------- algebra (3) ----------------
# r05 quadratic roots 2L^2 - 9L + 4 = 0 -> {1/2, 4}
Ls = sp.symbols("L")
roots = sp.solve(2 * Ls**2 - 9 * Ls + 4, Ls)
assert sorted(float(v) for v in roots) == sorted(np.roots([2, -9, 4]).real.tolist())
add(
    "solve 2L² − 9L + 4 = 0 (fell out of a length-based selectivity calc, need both roots)",
    "algebra",
    {"rule": "set"},
    [str(v) for v in sorted(roots, key=float)],
)
# r06 Lincoln-Petersen: N = M*C/R = 240*150/18 = 2000
N = sp.symbols("N")
Nsol = sp.solve(sp.Eq(sp.Rational(18, 150), sp.Rational(240) / N), N)[0]
assert Nsol == sp.Rational(240 * 150, 18)
add(
    "mark-recapture on the pond: we floy-tagged 240 bass, released them, a week later electrofished 150 and 18 of those had tags. "
    "pop estimate? plain Lincoln–Petersen (N = MC/R), no Chapman correction",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(Nsol),
)
# r07 salinity blend: 35 ppt seawater + 0 ppt freshwater -> 200 L at 12 ppt; seawater volume = 480/7 L
V = sp.symbols("V")
Vs = sp.solve(sp.Eq(35 * V + 0 * (200 - V), 12 * 200), V)[0]
assert abs(float(Vs) - 200 * 12 / 35) < 1e-12
add(
    "acclimation tank: need 200 L total at 12 ppt salinity, mixing full-strength seawater (35 ppt) with dechlorinated freshwater (0 ppt). "
    "how many L of seawater go in?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(Vs),
)

# ---------------- linear algebra (2) ----------------
# r08 dominant eigenvalue of a Leslie matrix
Lm = sp.Matrix([[0, 2, 4], [sp.Rational(1, 2), 0, 0], [0, sp.Rational(1, 4), 0]])
lam = sp.symbols("lam")
cp = sp.expand((Lm - lam * sp.eye(3)).det())
real_roots = [complex(v) for v in sp.Poly(cp, lam).nroots()]
dom = max(v.real for v in real_roots if abs(v.imag) < 1e-12)
ev_np = np.linalg.eigvals(np.array(Lm.tolist(), dtype=float))
assert abs(max(abs(ev_np)) - dom) < 1e-10
add(
    "3-stage Leslie matrix for our rockfish model, rows = [0, 2, 4], [0.5, 0, 0], [0, 0.25, 0]. "
    "what's the dominant eigenvalue (λ, the asymptotic pop growth rate)?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(dom),
)
# r09 3-source isotope mixing model: f1+f2+f3=1, d13C, d15N -> f2 = 1/2
A = sp.Matrix([[1, 1, 1], [-22, -18, -14], [6, 10, 8]])
bvec = sp.Matrix([1, sp.Rational(-176, 10), sp.Rational(86, 10)])
f = A.LUsolve(bvec)
fnp = np.linalg.solve(np.array(A.tolist(), float), np.array(bvec.tolist(), float).ravel())
assert A.det() != 0 and abs(fnp[1] - float(f[1])) < 1e-12
add(
    "simple linear mixing model, 3 prey sources, no fractionation fiddling (already corrected). "
    "f1 + f2 + f3 = 1; δ13C: −22f1 − 18f2 − 14f3 = −17.6; δ15N: 6f1 + 10f2 + 8f3 = 8.6. "
    "what's f2, the diet fraction from source 2?",
    "linear_algebra",
    {"rule": "expr"},
    str(f[1]),
)

# ---------------- probability (4) ----------------
# r10 binomial: 12 fish, survival p=0.85, P(X>=10)
pb = float(stats.binom.sf(9, 12, 0.85))
pb2 = sum(math.comb(12, k) * 0.85**k * 0.15 ** (12 - k) for k in range(10, 13))
assert abs(pb - pb2) < 1e-12
add(
    "surgically implanting acoustic tags in 12 salmon smolts, post-surgery survival is ~85% per fish and we'll treat them as independent. "
    "P(at least 10 of the 12 survive)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pb,
)
# r11 normal: cod length ~ N(52, 6^2), P(L > 45)
pn = float(stats.norm.sf(45, 52, 6))
pn2 = 0.5 * math.erfc((45 - 52) / (6 * math.sqrt(2)))
assert abs(pn - pn2) < 1e-12
add(
    "cod in this year's survey: total length roughly normal, mean 52 cm, sd 6 cm. min landing size is 45 cm — "
    "what fraction of the fish are above MLS?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pn,
)
# r12 exponential: tag life mean 180 d, P(still transmitting at 365 d) = e^{-365/180}
pe = float(stats.expon.sf(365, scale=180))
assert abs(pe - math.exp(-365 / 180)) < 1e-15
add(
    "acoustic transmitter failures look exponential with a mean time-to-failure of 180 days. "
    "prob a given tag is still pinging at 365 days post-release?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pe,
)
# r13 Bayes: eDNA sens 0.92, FP 0.05, prevalence 0.15 -> P(present|+)
sens, fp, prev = 0.92, 0.05, 0.15
pbayes = sens * prev / (sens * prev + fp * (1 - prev))
pr = sp.Rational(92, 100) * sp.Rational(15, 100) / (
    sp.Rational(92, 100) * sp.Rational(15, 100) + sp.Rational(5, 100) * sp.Rational(85, 100))
assert abs(float(pr) - pbayes) < 1e-12
add(
    "eDNA assay for invasive round goby: detects it 92% of the time when it's there, false-positive rate 5% when it's not. "
    "about 15% of the ponds in the region actually have goby. a pond comes back positive — P(goby really present)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    pbayes,
)

# ---------------- hypothesis tests (4) ----------------
# r14 Welch two-sample t, two-sided p
s1 = np.array([212, 198, 225, 240, 205, 219, 231, 208, 226], float)
s2 = np.array([188, 201, 179, 195, 210, 184, 192, 176], float)
res = stats.ttest_ind(s1, s2, equal_var=False)
v1, v2 = s1.var(ddof=1) / len(s1), s2.var(ddof=1) / len(s2)
tw = (s1.mean() - s2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(s1) - 1) + v2**2 / (len(s2) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - res.pvalue) < 1e-12
add(
    "brown trout fork lengths (mm) from two tribs. upper creek: 212, 198, 225, 240, 205, 219, 231, 208, 226. "
    "lower creek: 188, 201, 179, 195, 210, 184, 192, 176. variances clearly not equal so Welch's t (don't pool), two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r15 paired t: weight at tagging vs recapture, two-sided p
w0 = np.array([412, 388, 450, 397, 431, 405, 420, 443, 379, 416], float)
w1 = np.array([436, 395, 471, 401, 452, 430, 418, 468, 392, 437], float)
rp = stats.ttest_rel(w1, w0)
dd = w1 - w0
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(tp), len(dd) - 1) - rp.pvalue) < 1e-12
add(
    "10 tagged walleye, weight (g) at tagging then at recapture 6 wks later, same fish in same order.\n"
    "tagging:   412 388 450 397 431 405 420 443 379 416\n"
    "recapture: 436 395 471 401 452 430 418 468 392 437\n"
    "paired t-test on the change, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(rp.pvalue),
)
# r16 two-proportion z test, pooled, no cc, two-sided p
x1, n1, x2, n2 = 132, 400, 171, 420
p1, p2 = x1 / n1, x2 / n2
pp = (x1 + x2) / (n1 + n2)
z = (p1 - p2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
chi2, pchi, _, _ = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(pchi - pz) < 1e-10
add(
    "PIT-tag detections at the weir: 132 of 400 hatchery smolts survived to the lower detector vs 171 of 420 wild smolts. "
    "two-proportion z test w/ pooled proportion, no continuity correction, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)
# r17 chi-square test of independence 2x3, statistic
tab = np.array([[48, 31, 21], [22, 39, 39]])
c2, pc2, dof, exp_ = stats.chi2_contingency(tab, correction=False)
e = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - e) ** 2 / e).sum() - c2) < 1e-10 and dof == 2
add(
    "bycatch by gear type — counts of fish caught:\n"
    "              gillnet  longline  trap\n"
    "  flatfish       48        31      21\n"
    "  skates         22        39      39\n"
    "chi-square test of independence (gear × taxon), what's the χ² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(c2),
)

# ---------------- regression (2) ----------------
# r18 slope growth vs temperature
T = np.array([8, 10, 12, 14, 16, 18, 20], float)
G = np.array([0.41, 0.55, 0.71, 0.80, 0.97, 1.04, 1.21], float)
lr = stats.linregress(T, G)
sl = np.polyfit(T, G, 1)[0]
assert abs(sl - lr.slope) < 1e-12
add(
    "juvenile growth trial: water temp (°C) vs specific growth rate (%/day)\n"
    "temp: 8, 10, 12, 14, 16, 18, 20\nSGR:  0.41, 0.55, 0.71, 0.80, 0.97, 1.04, 1.21\n"
    "least-squares slope of SGR on temp?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2 CPUE vs abundance index
E = np.array([120, 150, 185, 210, 240, 275, 300, 330], float)
Y = np.array([3.9, 3.6, 3.5, 3.0, 2.6, 2.7, 2.2, 1.9], float)
lr2 = stats.linregress(E, Y)
r2 = lr2.rvalue**2
r2b = np.corrcoef(E, Y)[0, 1] ** 2
assert abs(r2 - r2b) < 1e-12
add(
    "CPUE (kg/hook-hr) vs fleet effort (vessel-days) over 8 seasons, looks like depletion. "
    "effort: 120 150 185 210 240 275 300 330; CPUE: 3.9 3.6 3.5 3.0 2.6 2.7 2.2 1.9. "
    "R² for a straight-line fit of CPUE on effort?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- anova (2) ----------------
# r20 one-way ANOVA p-value, perch lengths from 3 lakes
g1 = [182, 175, 190, 168, 185, 179]
g2 = [171, 178, 166, 180, 174, 169]
g3 = [186, 192, 177, 195, 184, 181]
fa = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3]).astype(float)
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
Fh = (ssb / 2) / (ssw / 15)
assert abs(Fh - fa.statistic) < 1e-9 and abs(stats.f.sf(Fh, 2, 15) - fa.pvalue) < 1e-12
add(
    "yellow perch total lengths (mm), 3 lakes:\nLake A: 182 175 190 168 185 179\nLake B: 171 178 166 180 174 169\n"
    "Lake C: 186 192 177 195 184 181\none-way ANOVA, p-value for a lake effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fa.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2 temp x 3 diet x 3 reps, p-value for diet
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

data = {
    ("12C", "fishmeal"): [24.1, 25.3, 22.8],
    ("12C", "insect"): [23.2, 24.5, 21.9],
    ("12C", "algal"): [22.0, 23.6, 21.4],
    ("16C", "fishmeal"): [28.4, 30.2, 27.7],
    ("16C", "insect"): [28.1, 26.2, 29.0],
    ("16C", "algal"): [26.3, 27.4, 25.9],
}
rows = [(a, b_, v) for (a, b_), vs in data.items() for v in vs]
df = pd.DataFrame(rows, columns=["temp", "diet", "y"])
fit = smf.ols("y ~ C(temp) * C(diet)", data=df).fit()
tbl = sm.stats.anova_lm(fit, typ=2)
p_diet = float(tbl.loc["C(diet)", "PR(>F)"])
# hand balanced computation
yy = df.y.values
gmn = yy.mean()
ss_diet = sum(6 * (df[df.diet == d].y.mean() - gmn) ** 2 for d in ("fishmeal", "insect", "algal"))
sse = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in data.values())
F_diet = (ss_diet / 2) / (sse / 12)
assert abs(stats.f.sf(F_diet, 2, 12) - p_diet) < 1e-10
add(
    "growth trial, final weight (g) of juvenile rainbow trout, 2 temps × 3 diets, 3 tanks per combo:\n"
    "12°C  fishmeal 24.1 25.3 22.8 | insect 23.2 24.5 21.9 | algal 22.0 23.6 21.4\n"
    "16°C  fishmeal 28.4 30.2 27.7 | insect 28.1 26.2 29.0 | algal 26.3 27.4 25.9\n"
    "two-way ANOVA with the temp×diet interaction in the model — p-value for the diet main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    p_diet,
)

# ---------------- design (3) ----------------
# r22 2^(5-1) half fraction + 3 centre points -> 19
runs22 = 2 ** (5 - 1) + 3
add(
    "planning a hatchery rearing experiment w/ 5 two-level factors (temp, stocking density, photoperiod, feed ration, flow). "
    "can't afford all combos so doing a 2^(5−1) half fraction, plus 3 centre-point tanks. total number of runs (tanks)?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 3 factors + 3 centre -> 15
k = 3
bbd = 2 * k * (k - 1) + 3  # 4 runs per factor pair * C(3,2)=3 pairs
assert bbd == 4 * math.comb(3, 2) + 3
add(
    "response-surface follow-up on larval survival vs temperature, salinity and prey density: Box–Behnken design, 3 factors, "
    "3 centre points. how many runs?",
    "design",
    {"rule": "runs"},
    bbd,
)
# r24 Latin square 6 treatments -> 36
add(
    "testing 6 feed formulations in a raceway block where we want to control for row (6 raceway rows) and sampling day (6 days), "
    "so a 6×6 Latin square, no replication. how many experimental units/runs is that?",
    "design",
    {"rule": "runs"},
    6 * 6,
)

# ---------------- control charts (2) ----------------
# r25 I-MR individuals UCL for daily water temperature
temps = np.array([11.2, 11.6, 11.1, 11.9, 12.3, 11.8, 11.5, 12.0, 12.4, 11.7, 11.3, 11.9], float)
mr = np.abs(np.diff(temps))
# d2 for n=2 by numerical integration of the range distribution: d2 = 2/sqrt(pi)
d2_2 = 2 / math.sqrt(math.pi)
d2_num = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 2 - (1 - stats.norm.cdf(w)) ** 2, -np.inf, np.inf)[0]
assert abs(d2_num - d2_2) < 1e-8 and abs(d2_2 - 1.128) < 1e-3
ucl_i = temps.mean() + 3 * mr.mean() / d2_2
assert abs(ucl_i - (temps.mean() + 2.66 * mr.mean())) / ucl_i < 1e-3
add(
    "hatchery inflow temp, one reading per day (°C): 11.2, 11.6, 11.1, 11.9, 12.3, 11.8, 11.5, 12.0, 12.4, 11.7, 11.3, 11.9. "
    "set up an I-MR chart, moving range of 2 — UCL on the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl_i),
)
# r26 p chart UCL, n=250 per batch
defs = np.array([14, 9, 17, 12, 11, 15, 8, 13, 16, 10, 12, 14])
nb = 250
pbar = defs.sum() / (nb * len(defs))
ucl_p = pbar + 3 * math.sqrt(pbar * (1 - pbar) / nb)
ucl_p2 = float(sp.Rational(int(defs.sum()), nb * len(defs)) + 3 * sp.sqrt(
    sp.Rational(int(defs.sum()), nb * len(defs)) * (1 - sp.Rational(int(defs.sum()), nb * len(defs))) / nb))
assert abs(ucl_p - ucl_p2) < 1e-12
add(
    "skeletal deformity screening: 250 larvae x-rayed from each of 12 hatchery batches, # deformed per batch: "
    "14, 9, 17, 12, 11, 15, 8, 13, 16, 10, 12, 14. p chart — what's the UCL (as a proportion)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl_p),
)

# ---------------- capability (2) ----------------
# r27 Cpk from given mean/sd: release size spec 120-180 mm, mean 157.2, sd 7.4
mu, sd = 157.2, 7.4
cpk = min(180 - mu, mu - 120) / (3 * sd)
cpk2 = (1 - abs(mu - 150) / 30) * (60 / (6 * sd))
assert abs(cpk - cpk2) < 1e-12
add(
    "smolt release program wants fork length between 120 and 180 mm. this year's cohort: mean 157.2 mm, sd 7.4 mm "
    "(treat that as the process sd). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk),
)
# r28 Ppk from data, sample sd n-1, spec 10-14 C
wt = np.array([12.4, 12.9, 12.1, 13.0, 12.6, 12.2, 12.8, 13.3, 12.5, 12.7, 12.0, 12.9, 12.6, 13.1], float)
m_, s_ = wt.mean(), wt.std(ddof=1)
ppk = min(14 - m_, m_ - 10) / (3 * s_)
s_h = math.sqrt(((wt - m_) ** 2).sum() / (len(wt) - 1))
assert abs(ppk - min(14 - m_, m_ - 10) / (3 * s_h)) < 1e-12
add(
    "incubation trough temp has to stay 10–14 °C for the eggs. spot readings: 12.4, 12.9, 12.1, 13.0, 12.6, 12.2, 12.8, 13.3, "
    "12.5, 12.7, 12.0, 12.9, 12.6, 13.1. Ppk using the overall sample sd (n−1 denominator)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk),
)

# ---------------- sample size (1) ----------------
# r29 two-sample n per group, z-based: delta 5 cm, sd 10, alpha .05 two-sided, power .8
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * (10 / 5) ** 2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 4)
add(
    "want to detect a 5 cm difference in mean total length between fish inside vs outside the marine reserve. "
    "sd ~10 cm in both, α = 0.05 two-sided, 80% power, use the normal (z) approximation. n per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 85 fathoms -> m (1 fathom = 6 ft = 1.8288 m exactly)
fm = sp.Rational(85) * 6 * sp.Rational(3048, 10000)
assert abs(float(fm) - 85 * 1.8288) < 1e-9
add(
    "old logbook has the longline set at 85 fathoms. depth in metres?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(fm),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, marine biologist / fisheries scientist (CPUE, fish lengths, water temperature, survival, tagging)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
