import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round54c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, v = sp.symbols("t x v")

# ---------------- calculus (4) ----------------
# r01 derivative of pad wear W(t) = 0.4 t^1.5 + 2t -> 0.6 sqrt(t) + 2
W = sp.Rational(2, 5) * t ** sp.Rational(3, 2) + 2 * t
dW = sp.simplify(sp.diff(W, t))
assert abs(float(dW.subs(t, 4)) - (0.6 * 2 + 2)) < 1e-12
add(
    "tool flank wear on the rotor facing insert modeled as W(t) = 0.4·t^1.5 + 2t (µm, t in min of cut). "
    "need dW/dt as a funtion of t, exact pls",
    "calculus",
    {"rule": "expr"},
    str(dW),
)
# r02 definite integral of 12t - 2t^2 from 0 to 3 = 36
I2 = sp.integrate(12 * t - 2 * t**2, (t, 0, 3))
assert abs(float(I2) - integrate.quad(lambda s: 12 * s - 2 * s**2, 0, 3)[0]) < 1e-9
add(
    "caliper piston fill rate on the bleed rig q(t) = 12t − 2t² mL/s. total volume pushed from t=0 to t=3 s? "
    "(∫q dt, exact)",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xs = 1e-4
assert abs(float(L3) - (math.exp(2 * xs) - 1 - 2 * xs) / xs**2) < 1e-3
add(
    "qe guy left this on the whiteboard, lim x→0 of (e^(2x) − 1 − 2x)/x² . exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 optimisation: C(v) = 500/v + 0.02 v, min at v = sqrt(25000) = 50 sqrt(10)
Cv = 500 / v + sp.Rational(2, 100) * v
crit = [s for s in sp.solve(sp.diff(Cv, v), v) if s.is_positive][0]
vv = np.linspace(1, 1000, 2_000_001)
assert abs(vv[np.argmin(500 / vv + 0.02 * vv)] - float(crit)) < 1e-3
add(
    "cost per rotor vs surface speed on the turn op: C(v) = 500/v + 0.02·v ($, v in m/min, v>0). "
    "what v minimizes cost? exact value not decimal",
    "calculus",
    {"rule": "expr"},
    str(sp.nsimplify(crit)),
)

# ---------------- algebra (3) ----------------
# r05 roots of 2x^2 - 3x - 9 = 0 -> {3, -3/2}
r5 = sp.solve(2 * x**2 - 3 * x - 9, x)
assert sorted(float(s) for s in r5) == sorted(np.roots([2, -3, -9]).real.tolist())
add(
    "solve 2x² − 3x − 9 = 0 , all roots",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sorted(r5)],
)
# r06 word problem: 6r + 4d = 260, r + d = 52 -> r = 26
r, d_ = sp.symbols("r d")
sol6 = sp.solve([6 * r + 4 * d_ - 260, r + d_ - 52], [r, d_])
assert np.allclose(np.linalg.solve([[6, 4], [1, 1]], [260, 52]), [26, 26])
add(
    "2nd shift on cell 4 ran 52 parts total, rotors n drums. rotors take 6 min cycle, drums 4 min, "
    "spindle time added up to 260 min. how many rotors did they run",
    "algebra",
    {"rule": "expr"},
    str(sol6[r]),
)
# r07 blend: 40 L sump at 4%, add 10% premix to reach 7% -> 40 L
y = sp.symbols("y")
s7 = sp.solve(sp.Eq((sp.Rational(4, 100) * 40 + sp.Rational(10, 100) * y) / (40 + y), sp.Rational(7, 100)), y)[0]
assert abs((1.6 + 0.1 * float(s7)) / (40 + float(s7)) - 0.07) < 1e-12
add(
    "coolant sump on the rotor lathe has 40 L at 4% concentrate (refractometer). i want it at 7%. "
    "how many L of 10% premix do i add? (no draining, assume it just mixes)",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s7),
)

# ---------------- linear algebra (2) ----------------
# r08 inverse of [[4,7],[2,6]] top-right entry = -7/10
M8 = sp.Matrix([[4, 7], [2, 6]])
inv8 = M8.inv()
assert abs(float(inv8[0, 1]) - np.linalg.inv(np.array([[4, 7], [2, 6]], float))[0, 1]) < 1e-12
add(
    "A = [[4, 7], [2, 6]] from a gauge cal fit. whats the top-right entry (row 1 col 2) of A⁻¹ ? exact",
    "linear_algebra",
    {"rule": "expr"},
    str(inv8[0, 1]),
)
# r09 3x3 system -> z
a, b, c = sp.symbols("a b c")
eqs = [2 * a + b - c - 3, a - b + 2 * c - 9, 3 * a + 2 * b + c - 14]
sol9 = sp.solve(eqs, [a, b, c])
npsol = np.linalg.solve([[2, 1, -1], [1, -1, 2], [3, 2, 1]], [3, 9, 14])
assert np.allclose(npsol, [float(sol9[a]), float(sol9[b]), float(sol9[c])])
add(
    "solving offsets for 3 axes, got\n2a + b − c = 3\na − b + 2c = 9\n3a + 2b + c = 14\nwhat is c?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol9[c]),
)

# ---------------- probability (4) ----------------
# r10 binomial n=20, p=0.05, P(X<=1)
p10 = float(stats.binom.cdf(1, 20, 0.05))
assert abs(p10 - (0.95**20 + 20 * 0.05 * 0.95**19)) < 1e-12
add(
    "hub bearing bores run ~5% oversize after the hone. pull 20 at random off the line (binomial). "
    "prob we find at most 1 oversize?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p10,
)
# r11 Poisson lam=1.8, P(X>=3)
p11 = float(stats.poisson.sf(2, 1.8))
assert abs(p11 - (1 - math.exp(-1.8) * (1 + 1.8 + 1.8**2 / 2))) < 1e-12
add(
    "caliper housing castings avg 1.8 porosity pits per part on xray, poisson. P(a part has 3 or more pits)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p11,
)
# r12 normal: mean 62.000, sd 0.008, spec 61.985-62.015, fraction outside
p12 = float(stats.norm.cdf(61.985, 62.0, 0.008) + stats.norm.sf(62.015, 62.0, 0.008))
assert abs(p12 - 2 * stats.norm.sf(0.015 / 0.008)) < 1e-12
add(
    "piston bore dia is normal, mean 62.000 mm sd 0.008 mm. tol is 61.985 – 62.015. "
    "what fraction of bores land out of tol (both sides combined)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes: prevalence 2%, sens 95%, false alarm 3% -> P(bad|flag)
p13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
pp = sp.Rational(2, 100) * sp.Rational(95, 100)
assert abs(float(pp / (pp + sp.Rational(98, 100) * sp.Rational(3, 100))) - p13) < 1e-12
add(
    "eddy current crack checker on rotors: 2% of rotors actually cracked. checker flags 95% of cracked ones, "
    "and false flags 3% of good ones. rotor gets flagged, whats the prob its really cracked?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p13,
)

# ---------------- hypothesis tests (4) ----------------
# r14 paired t: runout before/after hub re-machining, two-sided p
before = np.array([0.052, 0.047, 0.061, 0.055, 0.049, 0.058, 0.050, 0.063])
after = np.array([0.041, 0.044, 0.049, 0.047, 0.046, 0.050, 0.043, 0.052])
res14 = stats.ttest_rel(before, after)
dd = before - after
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - res14.statistic) < 1e-9
assert abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - res14.pvalue) < 1e-12
add(
    "lateral runout mm on same 8 hubs before n after re-facing the flange:\n"
    "before 0.052 0.047 0.061 0.055 0.049 0.058 0.050 0.063\n"
    "after  0.041 0.044 0.049 0.047 0.046 0.050 0.043 0.052\n"
    "paired t, 2 sided, p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(res14.pvalue),
)
# r15 Welch two-sample t statistic: rotor thickness lathe 1 vs lathe 2
l1 = np.array([27.992, 28.004, 27.998, 28.010, 27.995, 28.001, 28.006])
l2 = np.array([28.012, 28.020, 28.005, 28.031, 28.015, 28.009])
res15 = stats.ttest_ind(l1, l2, equal_var=False)
tw = (l1.mean() - l2.mean()) / math.sqrt(l1.var(ddof=1) / len(l1) + l2.var(ddof=1) / len(l2))
assert abs(tw - res15.statistic) < 1e-9
add(
    "rotor thickness mm, lathe 1: 27.992 28.004 27.998 28.010 27.995 28.001 28.006\n"
    "lathe 2: 28.012 28.020 28.005 28.031 28.015 28.009\n"
    "welch t (dont pool the variances), t stat for lathe1 − lathe2?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res15.statistic),
)
# r16 two-proportion z, pooled, two-sided, no CC
x1, n1, x2, n2 = 18, 400, 31, 420
pp16 = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp16 * (1 - pp16) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
assert abs(chi.pvalue - p16) < 1e-10
add(
    "scrap on drum bore op: day shift 18 bad out of 400, nights 31 bad out of 420. "
    "2 prop z test w/ pooled p, two sided, no continuity correction. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square independence: defect type x shift (2x3)
tab = np.array([[22, 15, 9], [14, 19, 17]])
res17 = stats.chi2_contingency(tab, correction=False)
exp_ = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - exp_) ** 2 / exp_).sum() - res17.statistic) < 1e-9
add(
    "defect type by shift on the caliper line, counts:\n"
    "             burr  chatter  porosity\n"
    "day shift     22      15        9\n"
    "night shift   14      19       17\n"
    "chi square test of independence, what's the chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res17.statistic),
)

# ---------------- regression (2) ----------------
# r18 slope: clamp load (kN) vs torque (N·m)
tq = np.array([80, 90, 100, 110, 120, 130, 140], float)
load = np.array([31.2, 35.4, 38.9, 43.5, 46.8, 51.6, 54.9])
lr = stats.linregress(tq, load)
slope_hand = ((tq - tq.mean()) * (load - load.mean())).sum() / ((tq - tq.mean()) ** 2).sum()
assert abs(slope_hand - lr.slope) < 1e-12
add(
    "wheel stud torque vs measured clamp load, least squares line load = b0 + b1·torque\n"
    "torque N·m: 80 90 100 110 120 130 140\n"
    "load kN: 31.2 35.4 38.9 43.5 46.8 51.6 54.9\n"
    "slope b1 ?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: rotor temp vs DTV
temp = np.array([150, 200, 250, 300, 350, 400], float)
dtv = np.array([4.1, 5.0, 6.3, 6.9, 8.4, 8.8])
lr19 = stats.linregress(temp, dtv)
pred = lr19.intercept + lr19.slope * temp
r2_hand = 1 - ((dtv - pred) ** 2).sum() / ((dtv - dtv.mean()) ** 2).sum()
assert abs(r2_hand - lr19.rvalue**2) < 1e-12
add(
    "dyno data, rotor temp °C vs thickness variation (DTV, µm):\n"
    "150→4.1, 200→5.0, 250→6.3, 300→6.9, 350→8.4, 400→8.8\n"
    "simple linear fit, r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way: bore dia deviation from 3 lathes
g1 = [4.2, 3.8, 5.1, 4.6, 4.0]
g2 = [5.5, 6.1, 5.0, 5.8, 6.4]
g3 = [4.9, 4.4, 5.3, 4.7, 5.6]
res20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - res20.statistic) < 1e-9
add(
    "bore dia deviation from nominal (µm) on 3 lathes, 5 parts each\n"
    "L1: 4.2 3.8 5.1 4.6 4.0\nL2: 5.5 6.1 5.0 5.8 6.4\nL3: 4.9 4.4 5.3 4.7 5.6\n"
    "one way anova, p value for lathe?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(res20.pvalue),
)
# r21 two-way with replication, balanced 2 inserts x 3 speeds x 2 reps; F for insert main effect
data21 = {
    ("A", "low"): [1.8, 2.0], ("A", "med"): [1.5, 1.7], ("A", "high"): [1.9, 2.2],
    ("B", "low"): [2.3, 2.1], ("B", "med"): [1.9, 2.0], ("B", "high"): [2.6, 2.4],
}
ins = ["A", "B"]; spd = ["low", "med", "high"]
Y = np.array([[data21[(i, s)] for s in spd] for i in ins])  # 2x3x2
gm = Y.mean(); a_, b_, n_ = Y.shape
ssA = b_ * n_ * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssE = ((Y - Y.mean(axis=2, keepdims=True)) ** 2).sum()
F21 = (ssA / (a_ - 1)) / (ssE / (a_ * b_ * (n_ - 1)))
import pandas as pd
import statsmodels.api as smapi
from statsmodels.formula.api import ols
rows = [dict(ins=i, spd=s, y=val) for (i, s), vals in data21.items() for val in vals]
df = pd.DataFrame(rows)
at = smapi.stats.anova_lm(ols("y ~ C(ins) * C(spd)", df).fit(), typ=2)
assert abs(at.loc["C(ins)", "F"] - F21) < 1e-8
add(
    "surface finish Ra µm on rotor faces, 2 insert grades x 3 spindle speeds, 2 reps each cell:\n"
    "insert A: low 1.8,2.0 | med 1.5,1.7 | high 1.9,2.2\n"
    "insert B: low 2.3,2.1 | med 1.9,2.0 | high 2.6,2.4\n"
    "two-way anova w/ interaction, whats the F for the insert main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design (3) ----------------
# r22 2^(5-1) + 3 centre points = 19
add(
    "planning a DOE on the caliper bore hone, 5 factors, half fraction 2^(5−1), single replicate, "
    "plus 3 center pts. total runs?",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1) + 3,
)
# r23 CCD 3 factors, face-centred, 6 centre points = 8 + 6 + 6 = 20
add(
    "central composite, 3 factors (feed, speed, DOC), face centered, full 2³ cube, 6 axial pts, "
    "6 center runs. how many runs total",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)
# r24 Box-Behnken 4 factors + 3 centre = 24 + 3 = 27
k = 4
bb_edges = 4 * math.comb(k, 2)  # each pair of factors at +/-1 (4 combos), others at 0
add(
    "box-behnken for 4 factors on the rotor vent drilling, 3 center pts. run count?",
    "design",
    {"rule": "runs"},
    bb_edges + 3,
)
assert bb_edges + 3 == 27

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL, n=5: A2 = 3/(d2 sqrt n); d2 computed numerically
def d2_of(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]

d2_5 = d2_of(5)
assert abs(d2_5 - 2.326) < 1e-3
A2 = 0.577
assert abs(3 / (d2_5 * math.sqrt(5)) - A2) < 1e-3
ucl25 = 12.504 + A2 * 0.021
add(
    "xbar-R on brake pad backing plate thickness, 25 subgroups of 5. grand avg 12.504 mm, Rbar 0.021 mm. "
    "UCL for the xbar chart? (std table A2)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 c chart from counts
cnt = np.array([3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 4, 6, 2, 5, 3, 4, 2, 3, 4])
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - (cnt.sum() / 20 + 3 * (cnt.sum() / 20) ** 0.5)) < 1e-12
add(
    "surface blemish count per rotor casting, 1 casting per sample, 20 samples:\n"
    "3 5 2 4 6 3 1 4 5 2 3 4 6 2 5 3 4 2 3 4\n"
    "c chart UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: bore 50.000 +/- 0.025, mean 50.006, sigma within 0.0045
usl, lsl, mu, sg = 50.025, 49.975, 50.006, 0.0045
cpk = min(usl - mu, mu - lsl) / (3 * sg)
assert abs(cpk - (0.019 / 0.0135)) < 1e-9
add(
    "master cyl bore 50.000 ±0.025 mm. process avg 50.006, within sigma 0.0045. cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk),
)
# r28 Cp from Rbar/d2, n=4, d2 = 2.059
d2_4 = d2_of(4)
assert abs(d2_4 - 2.059) < 1e-3
cp = 0.06 / (6 * (0.012 / 2.059))
add(
    "rotor hat height, spec width 0.06 mm total (±0.03). xbar-R with subgroups of 4, Rbar = 0.012 mm. "
    "estimate sigma as Rbar/d2 (table d2) and give Cp",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp),
)

# ---------------- sample size (1) ----------------
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.012 / 0.005) ** 2)
assert n29 == math.ceil((1.96 * 0.012 / 0.005) ** 2)
add(
    "want to estimate mean rotor thickness within ±0.005 mm at 95% conf, sigma known ~0.012 mm "
    "(z based, 2 sided). how many rotors to measure?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
Nm_per_lbfft = 4.4482216152605 * 0.3048
v30 = 120 / Nm_per_lbfft
assert abs(v30 - 120 * 0.737562149277) < 1e-6
add(
    "lug nut torque spec is 120 N·m, tech wants it in lbf·ft",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-4},
    float(v30),
)

from collections import Counter
assert len(items) == 30
cnts = Counter(it["mode"] for it in items)
assert cnts == dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2,
                    anova=2, design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1), cnts
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, automotive brake-component machinist turned junior quality tech "
    "(bore diameters, rotor runout, torque)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
