import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round53c"
items = []


def add(q, mode, compare, ref):
    if isinstance(ref, np.generic):
        ref = ref.item()
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of i(t) = 20 t e^{-t/5}
f1 = 20 * t * sp.exp(-t / 5)
d1 = sp.simplify(sp.diff(f1, t))
assert abs(float(d1.subs(t, 1.3)) - (float(f1.subs(t, 1.3 + 1e-6)) - float(f1.subs(t, 1.3 - 1e-6))) / 2e-6) < 1e-5
add(
    "fuse inrush on the burn-in rack, scope fit gives i(t) = 20·t·e^(−t/5) mA, t in ms.\n"
    "need di/dt as a fn of t (symbolic, not a number)",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 definite integral of t e^{-t/2} from 0 to 4 -> 4 - 12 e^-2
I2 = sp.simplify(sp.integrate(t * sp.exp(-t / 2), (t, 0, 4)))
from scipy.integrate import quad

assert abs(float(I2) - quad(lambda s: s * math.exp(-s / 2), 0, 4)[0]) < 1e-10
add(
    "bulk cap charge-up: i(t) = t·e^(−t/2) A (t in s). total charge Q = ∫ i dt from t=0 to t=4 s?? exact form pls, not decimal",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xx = 1e-4
assert abs((math.expm1(2 * xx) - 2 * xx) / xx**2 - float(L3)) < 1e-3
add(
    "lim as x→0 of (e^(2x) − 1 − 2x) / x²   -- popped out of a thermal-runaway linearisation, want the exact value",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 open-top box from 30x30 sheet, cut squares of side x, maximise volume -> x = 5
V4 = x * (30 - 2 * x) ** 2
crit = [c for c in sp.solve(sp.diff(V4, x), x) if 0 < c < 15]
assert len(crit) == 1 and sp.diff(V4, x, 2).subs(x, crit[0]) < 0
xs = np.linspace(0.01, 14.99, 100001)
assert abs(xs[np.argmax(xs * (30 - 2 * xs) ** 2)] - float(crit[0])) < 1e-3
add(
    "making open-top shielding cans out of 30 cm × 30 cm sheet stock: cut a square of side x cm out of each corner and fold "
    "up the sides. what x (cm) gives max volume?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra (3) ----------------
# r05 x^3 - 7x + 6 = 0 -> {-3, 1, 2}
roots5 = sorted(sp.solve(x**3 - 7 * x + 6, x))
assert sorted(np.roots([1, 0, -7, 6]).real.round(9).tolist()) == [float(r) for r in roots5]
add(
    "solve x³ − 7x + 6 = 0 , all roots (char. eqn from a 3rd order filter model)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in roots5],
)
# r06 R || (R+10) = 12 ohm -> R = 20
R = sp.symbols("R", positive=True)
s6 = sp.solve(sp.Eq(R * (R + 10) / (2 * R + 10), 12), R)
assert len(s6) == 1
assert abs(20 * 30 / 50 - 12) < 1e-12
add(
    "rework tech paralleled two resistors, one is exactly 10 Ω bigger than the other, and the combo measures 12 Ω. "
    "value of the smaller resistor in Ω?",
    "algebra",
    {"rule": "expr"},
    str(s6[0]),
)
# r07 blend 99% IPA + 70% IPA -> 20 L of 90% ; litres of 99% = 400/29
v = sp.symbols("v")
s7 = sp.solve(sp.Eq(sp.Rational(99, 100) * v + sp.Rational(70, 100) * (20 - v), 18), v)[0]
assert abs(float(s7) - (20 * (0.90 - 0.70) / (0.99 - 0.70))) < 1e-12
add(
    "stencil wipe solvent: have 99% IPA and 70% IPA on the shelf. need 20 L of 90% IPA (by volume, assume volumes add). "
    "how many L of the 99% stuff?",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(s7),
)

# ---------------- linear algebra (2) ----------------
# r08 nodal analysis system, ask V2
V1, V2, V3 = sp.symbols("V1 V2 V3")
R_ = sp.Rational
eqs = [
    sp.Eq(R_(1, 2) * V1 - R_(1, 5) * V2, 1),
    sp.Eq(-R_(1, 5) * V1 + R_(9, 20) * V2 - R_(1, 4) * V3, 0),
    sp.Eq(-R_(1, 4) * V2 + R_(7, 20) * V3, R_(1, 2)),
]
s8 = sp.solve(eqs, [V1, V2, V3])
A8 = np.array([[0.5, -0.2, 0], [-0.2, 0.45, -0.25], [0, -0.25, 0.35]])
nv = np.linalg.solve(A8, np.array([1, 0, 0.5]))
assert abs(nv[1] - float(s8[V2])) < 1e-12
add(
    "nodal analysis on a bias network, conductances in S, currents in A:\n"
    "  0.5·V1 − 0.2·V2            = 1\n"
    " −0.2·V1 + 0.45·V2 − 0.25·V3 = 0\n"
    "          −0.25·V2 + 0.35·V3 = 0.5\n"
    "solve the system -- what is V2 (volts)?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(s8[V2]),
)
# r09 eigenvalues of tridiagonal [[2,1,0],[1,2,1],[0,1,2]] -> 2, 2±sqrt2
M9 = sp.Matrix([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
ev9 = sorted(M9.eigenvals().keys(), key=lambda e: float(e))
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(M9.tolist(), float))), [float(e) for e in ev9])
add(
    "coupled-mode stiffness matrix from a board vibration model: K = [[2, 1, 0], [1, 2, 1], [0, 1, 2]]. eigenvalues? exact pls",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev9],
)

# ---------------- probability (4) ----------------
# r10 binomial n=25 p=0.04, P(X>=2)
p10 = 1 - stats.binom.cdf(1, 25, 0.04)
assert abs(p10 - (1 - 0.96**25 - 25 * 0.04 * 0.96**24)) < 1e-12
add(
    "panel of 25 boards, each independently has a 4% chance of an ICT open. P(2 or more boards on the panel fail)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 normal: R ~ N(4700, 16), fraction outside 4.7k +/-1%
p11 = stats.norm.cdf(4653, 4700, 16) + stats.norm.sf(4747, 4700, 16)
assert abs(p11 - math.erfc((47 / 16) / math.sqrt(2))) < 1e-12
add(
    "4.7k ±1% resistor reel, incoming inspection says values ~ normal with mean 4700 Ω and σ = 16 Ω. "
    "what fraction of parts fall outside the ±1% tol band?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 exponential: 200 FIT, P(fail within 3 yrs continuous, 8760 h/yr)
lam = 200e-9
p12 = stats.expon.cdf(3 * 8760, scale=1 / lam)
assert abs(p12 - (-math.expm1(-lam * 26280))) < 1e-15
add(
    "LDO rated 200 FIT (failures per 10⁹ device-hours), constant failure rate / exponential life. "
    "prob a single part fails within 3 years of 24/7 operation? use 8760 h/yr",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prevalence 2%, sens 95%, false call 3% -> P(def | fail)
p13 = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
pp = sp.Rational(2, 100) * sp.Rational(95, 100)
assert abs(float(pp / (pp + sp.Rational(98, 100) * sp.Rational(3, 100))) - p13) < 1e-14
add(
    "AOI on the BGA line: true defect rate is 2% of boards. AOI flags 95% of truly defective boards, "
    "and false-calls 3% of good ones. given a board gets flagged, P(it's actually defective)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 paired t, two-sided
before = np.array([12.4, 11.8, 13.1, 12.9, 12.2, 13.5, 12.7, 11.9])
after = np.array([11.9, 11.6, 12.4, 12.6, 12.3, 12.8, 12.1, 11.5])
r14 = stats.ttest_rel(before, after)
dd = before - after
t14 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t14 - r14.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(t14), len(dd) - 1) - r14.pvalue) < 1e-12
add(
    "same 8 boards measured on the ICT fixture before and after re-pinning, contact resistance mΩ:\n"
    "before: 12.4 11.8 13.1 12.9 12.2 13.5 12.7 11.9\n"
    "after : 11.9 11.6 12.4 12.6 12.3 12.8 12.1 11.5\n"
    "paired t test, two-sided -- p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r14.pvalue),
)
# r15 Welch t, two-sided, statistic
a15 = np.array([42.1, 39.8, 44.5, 41.2, 43.0, 40.6, 42.8])
b15 = np.array([38.9, 40.2, 37.5, 39.6, 41.0, 38.1, 36.8, 39.9, 38.4])
r15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
t15 = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(t15 - r15.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(t15), df15) - r15.pvalue) < 1e-12
add(
    "die shear (N) on QFN pads, oven A vs oven B.\n"
    "A: 42.1, 39.8, 44.5, 41.2, 43.0, 40.6, 42.8\n"
    "B: 38.9, 40.2, 37.5, 39.6, 41.0, 38.1, 36.8, 39.9, 38.4\n"
    "don't assume equal variances (Welch). two-sided p-value for A vs B?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, no continuity correction, two-sided
x1, n1, x2, n2 = 24, 600, 41, 650
ph = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(ph * (1 - ph) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
# cross-check: 2x2 chi-square without Yates == z^2
chi2, pchi, _, _ = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi2 - z16**2) < 1e-9 and abs(pchi - p16) < 1e-12
add(
    "ICT fails: line 1 had 24 fails out of 600 boards, line 2 had 41 out of 650. "
    "two-proportion z test with pooled p, no continuity correction, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(p16),
)
# r17 chi-square independence 3x3, statistic
tab = np.array([[18, 7, 5], [22, 12, 6], [15, 19, 16]])
chi17, p17, dof17, exp17 = stats.chi2_contingency(tab)
E = np.outer(tab.sum(1), tab.sum(0)) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi17) < 1e-10 and dof17 == 4
add(
    "defect type by shift, counts from last month's repair log:\n"
    "            bridge  open  tombstone\n"
    "  day         18      7       5\n"
    "  swing       22     12       6\n"
    "  night       15     19      16\n"
    "chi-square test of independence -- what's the chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi17),
)

# ---------------- regression (2) ----------------
# r18 slope of R vs T (TCR)
T18 = np.array([25, 50, 75, 100, 125], float)
R18 = np.array([1000.2, 1002.6, 1005.3, 1007.7, 1010.4])
lr18 = stats.linregress(T18, R18)
sl = ((T18 - T18.mean()) * (R18 - R18.mean())).sum() / ((T18 - T18.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12 and abs(np.polyfit(T18, R18, 1)[0] - sl) < 1e-10
add(
    "TCR check on a 1k thin-film part in the chamber:\n"
    "T (°C): 25, 50, 75, 100, 125\n"
    "R (Ω) : 1000.2, 1002.6, 1005.3, 1007.7, 1010.4\n"
    "least-squares slope of R on T, Ω/°C?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2 of voids vs peak temp
X19 = np.array([235, 238, 240, 243, 245, 248, 250, 253], float)
Y19 = np.array([14.2, 12.9, 12.5, 10.8, 11.1, 9.4, 8.7, 8.1])
lr19 = stats.linregress(X19, Y19)
r2 = lr19.rvalue**2
res = Y19 - np.polyval(np.polyfit(X19, Y19, 1), X19)
assert abs(1 - (res**2).sum() / ((Y19 - Y19.mean()) ** 2).sum() - r2) < 1e-12
add(
    "BGA void % vs reflow peak temp, 8 profiles:\n"
    "peak °C: 235 238 240 243 245 248 250 253\n"
    "void % : 14.2 12.9 12.5 10.8 11.1 9.4 8.7 8.1\n"
    "fit a straight line, what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA p-value, 3 paste lots
g1 = [118, 122, 120, 125, 119, 121]
g2 = [124, 127, 123, 129, 126, 125]
g3 = [117, 120, 116, 121, 119, 118]
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 15)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 15) - r20.pvalue) < 1e-14
add(
    "paste volume (% of aperture) from 3 solder paste suppliers, 6 prints each:\n"
    "supplier A: 118 122 120 125 119 121\n"
    "supplier B: 124 127 123 129 126 125\n"
    "supplier C: 117 120 116 121 119 118\n"
    "one-way ANOVA, p-value for supplier?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA with replication (2 x 3, 2 reps), F for conveyor speed
data21 = {  # (zone, speed): [rep1, rep2]
    ("low", "60"): [31.2, 30.4],
    ("low", "70"): [29.8, 30.9],
    ("low", "80"): [27.5, 28.3],
    ("high", "60"): [33.1, 34.0],
    ("high", "70"): [32.6, 31.8],
    ("high", "80"): [30.2, 29.5],
}
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

rows = [dict(zone=k[0], speed=k[1], y=v) for k, vs in data21.items() for v in vs]
df21 = pd.DataFrame(rows)
tbl = sm.stats.anova_lm(ols("y ~ C(zone) * C(speed)", data=df21).fit(), typ=2)
F21 = tbl.loc["C(speed)", "F"]
# hand computation (balanced)
yarr = np.array([[data21[(z, s)] for s in ("60", "70", "80")] for z in ("low", "high")])  # 2x3x2
gm = yarr.mean()
ss_speed = 2 * 2 * ((yarr.mean(axis=(0, 2)) - gm) ** 2).sum()
ss_err = ((yarr - yarr.mean(axis=2, keepdims=True)) ** 2).sum()
F21h = (ss_speed / 2) / (ss_err / 6)
assert abs(F21h - F21) < 1e-8
add(
    "shear strength (N) DOE, two-factor with replication: soak zone setting (low/high) × conveyor speed (60/70/80 cm/min), 2 reps per cell.\n"
    "low : 60 → 31.2, 30.4 | 70 → 29.8, 30.9 | 80 → 27.5, 28.3\n"
    "high: 60 → 33.1, 34.0 | 70 → 32.6, 31.8 | 80 → 30.2, 29.5\n"
    "two-way ANOVA incl. interaction term -- F statistic for conveyor speed main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-3},
    float(F21),
)

# ---------------- design (3) ----------------
# r22 Plackett-Burman 11 factors -> 12 runs, x2 replicates = 24
pb_runs = 4 * math.ceil((11 + 1) / 4)
assert pb_runs == 12
add(
    "screening 11 reflow/print factors w/ a Plackett-Burman design (smallest one that fits 11 factors), "
    "whole design run twice (2 replicates). total number of board runs?",
    "design",
    {"rule": "runs"},
    pb_runs * 2,
)
# r23 full factorial 3 x 2 x 4 levels, 2 replicates -> 48
ff = int(np.prod([3, 2, 4])) * 2
assert ff == len([(a, b, c) for a in range(3) for b in range(2) for c in range(4)]) * 2
add(
    "full factorial: nozzle type (3 levels), vacuum setting (2 levels), placement speed (4 levels), 2 replicates. how many runs total?",
    "design",
    {"rule": "runs"},
    ff,
)
# r24 Box-Behnken 3 factors + 3 centre points -> 15
k = 3
bb_edges = sp.binomial(k, 2) * 4
assert bb_edges == 12
add(
    "Box-Behnken for 3 factors (peak temp, TAL, ramp rate), 3 centre points. how many runs?",
    "design",
    {"rule": "runs"},
    int(bb_edges) + 3,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-S chart UCL for xbar, n=5 -> xbarbar + A3 sbar
n25 = 5
c4 = math.sqrt(2 / (n25 - 1)) * math.gamma(n25 / 2) / math.gamma((n25 - 1) / 2)
A3 = 3 / (c4 * math.sqrt(n25))
assert abs(A3 - 1.427) < 1e-3
xbb, sbar = 3.302, 0.0084
ucl25 = xbb + A3 * sbar
add(
    "X̄-S chart on the 3.3 V rail, subgroups of n = 5 boards, 25 subgroups. grand mean x̿ = 3.302 V, s̄ = 0.0084 V. "
    "UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 u chart, constant n=5 boards per sample, UCL
counts26 = np.array([7, 4, 9, 6, 5, 8, 3, 6, 7, 5])
n26 = 5
ubar = counts26.sum() / (n26 * len(counts26))
ucl26 = ubar + 3 * math.sqrt(ubar / n26)
assert abs(ubar - 1.2) < 1e-12
add(
    "AOI defect counts, each sample = 5 boards, 10 samples: 7, 4, 9, 6, 5, 8, 3, 6, 7, 5 defects. "
    "u chart (defects per board) -- UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27 Cpk: 10k +/-1%, mean 10012, sigma 18
mu27, sd27, L27, U27 = 10012.0, 18.0, 9900.0, 10100.0
cpk27 = min(U27 - mu27, mu27 - L27) / (3 * sd27)
assert abs(cpk27 - 88 / 54) < 1e-12
add(
    "10k ±1% divider resistor, spec limits 9.9k–10.1k. process mean 10,012 Ω, σ = 18 Ω. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    cpk27,
)
# r28 Cp using sigma = Rbar/d2, n=4, d2=2.059
Rbar, d2 = 0.021, 2.059
sig28 = Rbar / d2
cp28 = (1.60 - 1.50) / (6 * sig28)
assert abs(cp28 - 0.10 * 2.059 / (6 * 0.021)) < 1e-12
add(
    "board thickness after lam, spec 1.50–1.60 mm. X̄-R data, subgroups of 4, "
    "R̄ = 0.021 mm. estimate σ as R̄/d2 with d2 = 2.059. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp28,
)

# ---------------- sample size (1) ----------------
# r29 two-sample means, normal approx, sigma 1.2, delta 0.5, alpha .05 two-sided, power .90
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29raw = 2 * (za + zb) ** 2 * 1.2**2 / 0.5**2
n29 = math.ceil(n29raw)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 1.44 / 0.25) == 122
add(
    "want to detect a 0.5 N difference in mean pull strength between two wire-bond suppliers. σ ≈ 1.2 N for both, "
    "α = 0.05 two-sided, 90% power. n per supplier? plain normal (z) formula, round up",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 62 mil -> mm
mm30 = sp.Rational(62, 1000) * sp.Rational(254, 10)
assert abs(float(mm30) - 62 * 0.0254) < 1e-12
add(
    "std FR-4 is 62 mil (thou) thick, what's that in mm?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(mm30),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == dict(
    calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2, design=3,
    control_chart=2, capability=2, sample_size=1, unit_conversion=1,
)
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, electronics test engineer at a contract manufacturer "
    "(solder joints, ICT yield, burn-in, resistor tolerances, reflow profiles)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
