import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round54b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# r01 derivative of first-order dissolution profile Q(t)=100(1-e^{-0.15t}) -> 15 e^{-3t/20}
Q = 100 * (1 - sp.exp(-sp.Rational(15, 100) * t))
dQ = sp.simplify(sp.diff(Q, t))
assert sp.simplify(dQ - 15 * sp.exp(-3 * t / 20)) == 0
add(
    "Dissolution profile for the 20 mg IR tablet fits a first-order model: Q(t) = 100·(1 − e^(−0.15t)) % dissolved, t in min.\n"
    "Please provide the release rate dQ/dt as a function of t.",
    "calculus",
    {"rule": "expr"},
    str(dQ),
)

# r02 AUC_0-10 of C(t)=20 e^{-0.2t} -> 100(1-e^{-2})
auc = sp.integrate(20 * sp.exp(-sp.Rational(1, 5) * t), (t, 0, 10))
num, _ = integrate.quad(lambda s: 20 * math.exp(-0.2 * s), 0, 10)
assert abs(float(auc) - num) < 1e-9
add(
    "Bioequivalence support calc. Plasma concentration C(t) = 20·e^(−0.2t) ng/mL (t in h).\n"
    "Required: AUC from t = 0 to t = 10 h, i.e. ∫₀¹⁰ C(t) dt, as an exact expression (ng·h/mL).",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(auc)),
)

# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "Evaluate lim x→0 of (e^(2x) − 1 − 2x)/x² — it arises in a series expansion of our moisture-uptake model. Exact value only.",
    "calculus",
    {"rule": "expr"},
    str(L),
)

# r04 maximise Y(s)= s e^{-s/8} -> s=8
s = sp.symbols("s")
Y = s * sp.exp(-s / 8)
crit = sp.solve(sp.diff(Y, s), s)
assert crit == [8] and sp.diff(Y, s, 2).subs(s, 8) < 0
add(
    "Film-coating trial: the empirical coating efficiency model is E(s) = s·e^(−s/8), with s = pan speed in rpm (s > 0).\n"
    "At what pan speed s is E maximised?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# r05 roots of 2w^2 - 3w - 9 = 0 -> {-3/2, 3}
w = sp.symbols("w")
roots = sp.solve(2 * w**2 - 3 * w - 9, w)
assert sorted(float(r) for r in roots) == sorted(np.roots([2, -3, -9]).real.tolist())
add(
    "Compaction model rearranges to 2w² − 3w − 9 = 0. Please give all real solutions for w.",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)

# r06 API lot blending: 98.2% and 101.0% assay lots, 500 kg at 99.5% -> kg of 98.2% lot = 1875/7
m = sp.symbols("m")
sol = sp.solve(sp.Eq(m * sp.Rational(982, 10) + (500 - m) * 101 , 500 * sp.Rational(995, 10)), m)[0]
assert abs(float(sol) - 500 * (101.0 - 99.5) / (101.0 - 98.2)) < 1e-9
add(
    "API dispensing: two released lots of drug substance, Lot A assays 98.2% and Lot B assays 101.0% (as-is basis). "
    "We need 500 kg total at a blended assay of exactly 99.5%. How many kg of Lot A are required? (assume linear mixing by mass)",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol),
)

# r07 tablet formulation: 250 mg tablet, API 50 mg, MgSt 1% w/w, remainder lactose:MCC 3:2 -> MCC 79 mg
rem = sp.Integer(250) - 50 - sp.Rational(1, 100) * 250
mcc = rem * sp.Rational(2, 5)
L_, M_ = sp.symbols("L M")
sol7 = sp.solve([L_ + M_ - rem, 2 * L_ - 3 * M_], [L_, M_])
assert sol7[M_] == mcc
add(
    "Formulation spec for a 250 mg core tablet:\n"
    "• API: 50 mg\n• Magnesium stearate: 1.0% w/w of tablet weight\n"
    "• Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass\n"
    "How many mg of MCC per tablet?",
    "algebra",
    {"rule": "expr"},
    str(mcc),
)

# r08 3x3 system, ask c
a, b, c = sp.symbols("a b c")
sol8 = sp.solve([2 * a + b - c - 3, a - b + 2 * c - 9, 3 * a + 2 * b + c - 16], [a, b, c])
A8 = np.array([[2, 1, -1], [1, -1, 2], [3, 2, 1]], float)
v8 = np.linalg.solve(A8, [3, 9, 16])
assert abs(v8[2] - float(sol8[c])) < 1e-9
add(
    "Excipient mass-balance gives the following linear system:\n"
    "  2a + b − c = 3\n  a − b + 2c = 9\n  3a + 2b + c = 16\n"
    "Solve; report the value of c.",
    "linear_algebra",
    {"rule": "expr"},
    str(sol8[c]),
)

# r09 eigenvalues of [[2,0,0],[0,3,4],[0,4,9]] -> 1,2,11
M9 = sp.Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
ev = sorted(M9.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(M9.tolist(), float))), [float(e) for e in ev])
add(
    "Covariance-type matrix from our NIR blend-monitoring PCA:\n"
    "| 2 0 0 |\n| 0 3 4 |\n| 0 4 9 |\n"
    "What are its eigenvalues (all of them)?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# r10 binomial n=20, p=0.02, P(X<=1)
p10 = stats.binom.cdf(1, 20, 0.02)
assert abs(p10 - (0.98**20 + 20 * 0.02 * 0.98**19)) < 1e-12
add(
    "Visual inspection AQL check: we pull n = 20 tablets from the lot; the true defective rate is 2.0%. "
    "Using the exact binomial distribution, what is the probability of finding at most 1 defective tablet?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)

# r11 Poisson mean 1.8, P(X>=3)
p11 = stats.poisson.sf(2, 1.8)
assert abs(p11 - (1 - math.exp(-1.8) * (1 + 1.8 + 1.8**2 / 2))) < 1e-12
add(
    "Black specks (foreign particulate) on coated tablets average 1.8 per 1,000 tablets inspected. Assuming a Poisson process, "
    "what is P(3 or more specks) in the next 1,000-tablet inspection?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)

# r12 normal N(250, 3.2^2), fraction outside 245-255
p12 = stats.norm.cdf(245, 250, 3.2) + stats.norm.sf(255, 250, 3.2)
assert abs(p12 - 2 * stats.norm.cdf(-5 / 3.2)) < 1e-12
add(
    "Individual tablet weight ~ Normal, mean 250.0 mg, σ = 3.2 mg. "
    "What fraction of tablets fall outside the 245–255 mg in-process limits (both tails)?",
    "probability",
    {"rule": "number", "tol": 1e-5},
    float(p12),
)

# r13 Bayes: prevalence 1.5%, sens 95%, FPR 3%
pr = sp.Rational(15, 1000) * sp.Rational(95, 100) / (
    sp.Rational(15, 1000) * sp.Rational(95, 100) + sp.Rational(985, 1000) * sp.Rational(3, 100)
)
assert abs(float(pr) - 0.01425 / (0.01425 + 0.02955)) < 1e-12
add(
    "At-line NIR content screen. Historical data:\n"
    "• 1.5% of tablets are sub-potent\n• NIR flags 95% of sub-potent tablets\n• NIR falsely flags 3% of acceptable tablets\n"
    "Given a tablet is flagged, what is the probability it is actually sub-potent?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(pr),
)

# r14 one-sample t, two-sided, vs 250
d14 = np.array([251.3, 248.9, 252.6, 250.8, 253.1, 249.7, 252.2, 251.9, 250.4, 252.8])
r14 = stats.ttest_1samp(d14, 250.0)
tt = (d14.mean() - 250) / (d14.std(ddof=1) / math.sqrt(10))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "Tablet weight check, 10 tablets (mg): 251.3, 248.9, 252.6, 250.8, 253.1, 249.7, 252.2, 251.9, 250.4, 252.8.\n"
    "Target = 250.0 mg. One-sample t-test, two-sided. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)

# r15 paired t, two-sided: hardness initial vs 3 months 40/75
init = np.array([11.2, 10.8, 12.1, 11.5, 10.9, 11.8, 12.4, 11.1])
aged = np.array([10.6, 10.5, 11.2, 11.3, 10.1, 11.0, 11.9, 10.8])
r15 = stats.ttest_rel(init, aged)
dd = init - aged
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(8))
assert abs(tp - r15.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tp), 7) - r15.pvalue) < 1e-12
add(
    "Stability study, tablet hardness (kP), same 8 lots tested at T0 and after 3 months at 40 °C/75% RH:\n"
    "| Lot | T0 | 3M |\n|---|---|---|\n"
    + "".join(f"| {i + 1} | {a0} | {b0} |\n" for i, (a0, b0) in enumerate(zip(init, aged)))
    + "Paired t-test, two-sided: p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)

# r16 chi-square 3x2 independence, statistic
tab = np.array([[46, 4], [41, 9], [38, 12]])
chi2, p16, dof, exp = stats.chi2_contingency(tab, correction=False)
rs, cs, N = tab.sum(1, keepdims=True), tab.sum(0, keepdims=True), tab.sum()
E = rs * cs / N
assert abs(((tab - E) ** 2 / E).sum() - chi2) < 1e-10 and dof == 2
add(
    "Blend uniformity pass/fail by blender type (last 150 batches):\n"
    "| Blender | Pass | Fail |\n|---|---|---|\n| V-blender | 46 | 4 |\n| Bin blender | 41 | 9 |\n| Ribbon | 38 | 12 |\n"
    "Pearson chi-square test of independence (no continuity correction). Report the chi-square statistic.",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# r17 two-sided F test of variances, press A n=12 s=2.8, press B n=10 s=1.9
F17 = 2.8**2 / 1.9**2
p17 = 2 * min(stats.f.sf(F17, 11, 9), stats.f.cdf(F17, 11, 9))
assert abs(p17 - 2 * (1 - stats.f.cdf(F17, 11, 9))) < 1e-12
add(
    "Comparing tablet weight variability between two rotary presses:\n"
    "• Press A: n = 12 tablets, s = 2.8 mg\n• Press B: n = 10 tablets, s = 1.9 mg\n"
    "F-test for equality of variances (F = s_A²/s_B²), two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# r18 regression slope hardness vs compression force
fx = np.array([8, 10, 12, 14, 16, 18], float)
hy = np.array([6.1, 7.9, 9.6, 11.0, 12.9, 14.2])
lr18 = stats.linregress(fx, hy)
sl = ((fx - fx.mean()) * (hy - hy.mean())).sum() / ((fx - fx.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12
add(
    "Compaction profile, main compression force (kN) vs tablet hardness (kP):\n"
    "| Force kN | 8 | 10 | 12 | 14 | 16 | 18 |\n| Hardness kP | 6.1 | 7.9 | 9.6 | 11.0 | 12.9 | 14.2 |\n"
    "Least-squares line hardness = b0 + b1·force. What is the slope b1 (kP per kN)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)

# r19 r^2 disintegration time vs hardness
hx = np.array([6.0, 7.5, 9.0, 10.5, 12.0, 13.5, 15.0])
dt = np.array([2.8, 3.9, 4.1, 5.6, 5.9, 7.4, 7.8])
lr19 = stats.linregress(hx, dt)
r2 = lr19.rvalue**2
res = dt - (lr19.intercept + lr19.slope * hx)
assert abs(1 - (res**2).sum() / ((dt - dt.mean()) ** 2).sum() - r2) < 1e-12
add(
    "Disintegration time (min) vs hardness (kP), 7 development batches:\n"
    "hardness: 6.0, 7.5, 9.0, 10.5, 12.0, 13.5, 15.0\n"
    "DT:       2.8, 3.9, 4.1, 5.6, 5.9, 7.4, 7.8\n"
    "Simple linear regression of DT on hardness — what is R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# r20 one-way ANOVA, 4 punch stations x 5 tablets
g = [
    [249.8, 251.2, 250.5, 249.1, 250.9],
    [252.3, 251.8, 253.0, 252.6, 251.4],
    [250.2, 249.6, 251.1, 250.7, 249.9],
    [251.5, 252.9, 251.0, 252.2, 251.7],
]
r20 = stats.f_oneway(*g)
allv = np.concatenate(g)
ssb = sum(len(gi) * (np.mean(gi) - allv.mean()) ** 2 for gi in g)
ssw = sum(((np.array(gi) - np.mean(gi)) ** 2).sum() for gi in g)
Fh = (ssb / 3) / (ssw / 16)
assert abs(Fh - r20.statistic) < 1e-9
add(
    "Tablet weight (mg) by punch station, 5 tablets each:\n"
    "• Station 1: 249.8, 251.2, 250.5, 249.1, 250.9\n"
    "• Station 2: 252.3, 251.8, 253.0, 252.6, 251.4\n"
    "• Station 3: 250.2, 249.6, 251.1, 250.7, 249.9\n"
    "• Station 4: 251.5, 252.9, 251.0, 252.2, 251.7\n"
    "One-way ANOVA — p-value for the station effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)

# r21 two-way ANOVA with replication: lube time (2) x press speed (3), 2 reps; p for press speed main effect
data = {
    ("2", "20"): [88.1, 87.4],
    ("2", "40"): [86.0, 85.2],
    ("2", "60"): [83.9, 84.8],
    ("5", "20"): [85.3, 84.6],
    ("5", "40"): [83.7, 82.9],
    ("5", "60"): [80.2, 81.5],
}
A_lv, B_lv = ["2", "5"], ["20", "40", "60"]
Y = np.array([[data[(i, j)] for j in B_lv] for i in A_lv])  # 2x3x2
gm = Y.mean()
ma, mb, mab = Y.mean(axis=(1, 2)), Y.mean(axis=(0, 2)), Y.mean(axis=2)
nA, nB, nr = 2, 3, 2
SSA = nB * nr * ((ma - gm) ** 2).sum()
SSB = nA * nr * ((mb - gm) ** 2).sum()
SSAB = nr * ((mab - ma[:, None] - mb[None, :] + gm) ** 2).sum()
SSE = ((Y - mab[:, :, None]) ** 2).sum()
MSE = SSE / (nA * nB * (nr - 1))
FB = (SSB / 2) / MSE
pB = stats.f.sf(FB, 2, 6)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

rows = [dict(A=i, B=j, y=v) for (i, j), vs in data.items() for v in vs]
tbl = anova_lm(smf.ols("y ~ C(A)*C(B)", data=pd.DataFrame(rows)).fit(), typ=2)
assert abs(tbl.loc["C(B)", "PR(>F)"] - pB) < 1e-10
add(
    "Two-factor study, response = % dissolved at 30 min. Factors: lubricant blend time (2 or 5 min) and press speed "
    "(20, 40, 60 k tablets/h), 2 replicate batches per cell:\n"
    "| Lube time | 20 | 40 | 60 |\n|---|---|---|---|\n"
    "| 2 min | 88.1, 87.4 | 86.0, 85.2 | 83.9, 84.8 |\n"
    "| 5 min | 85.3, 84.6 | 83.7, 82.9 | 80.2, 81.5 |\n"
    "Two-way ANOVA with interaction term included. p-value for the press speed main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(pB),
)

# r22 2^(7-3) res IV + 2 centre points -> 18
n22 = 2 ** (7 - 3) + 2
add(
    "Screening DoE for the wet granulation step: 7 factors, 2^(7−3) resolution IV fractional factorial, plus 2 centre points. "
    "Total number of runs?",
    "design",
    {"rule": "runs"},
    n22,
)

# r23 face-centred CCD 3 factors, full 2^3 core, 6 axial, 6 centre -> 20
k = 3
n23 = 2**k + 2 * k + 6
add(
    "Response-surface study on the coating step: 3 factors (inlet air temp, spray rate, pan speed), face-centred central composite "
    "design with a full 2³ factorial core, the usual axial points, and 6 centre points. No replication. How many runs?",
    "design",
    {"rule": "runs"},
    n23,
)

# r24 Box-Behnken 4 factors + 3 centre points -> 27
import itertools

k = 4
bb = 4 * len(list(itertools.combinations(range(k), 2)))
n24 = bb + 3
assert bb == 2 * k * (k - 1)
add(
    "Box-Behnken design for the roller compaction step, 4 factors (roll pressure, roll gap, roll speed, mill screen), "
    "3 centre points. Total run count?",
    "design",
    {"rule": "runs"},
    n24,
)

# r25 I-MR individuals UCL with d2=1.128
assay = np.array([99.2, 100.4, 98.7, 99.9, 101.1, 100.2, 99.5, 98.9, 100.8, 99.6, 100.3, 99.1])
mr = np.abs(np.diff(assay))
ucl25 = assay.mean() + 3 * mr.mean() / 1.128
ucl25b = assay.mean() + 3 * sum(abs(assay[i] - assay[i - 1]) for i in range(1, 12)) / 11 / 1.128
assert abs(ucl25 - ucl25b) < 1e-10
add(
    "Batch assay results (% LC), 12 consecutive commercial batches:\n"
    "99.2, 100.4, 98.7, 99.9, 101.1, 100.2, 99.5, 98.9, 100.8, 99.6, 100.3, 99.1\n"
    "I-MR chart, σ estimated as MR̄/d2 with d2 = 1.128 (moving range of 2). UCL of the Individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)

# r26 np chart: 20 samples of 150 tablets, 84 defectives total
nn, kk, tot = 150, 20, 84
pbar = tot / (nn * kk)
ucl26 = nn * pbar + 3 * math.sqrt(nn * pbar * (1 - pbar))
assert abs(pbar - 0.028) < 1e-12
add(
    "Visual defect monitoring (chipped/capped tablets): 20 samples, each of 150 tablets, 84 defective tablets in total across all samples. "
    "np chart with 3-sigma limits — what's the UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# r27 Cpk from summary, spec 237.5-262.5, mean 251.2, sd 2.9
cpk = min(262.5 - 251.2, 251.2 - 237.5) / (3 * 2.9)
assert abs(cpk - 11.3 / 8.7) < 1e-12
add(
    "Tablet weight capability, 250 mg ±5% specification (237.5–262.5 mg). Process mean = 251.2 mg, within-subgroup σ = 2.9 mg. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

# r28 Cp hardness spec 8-14 kP, Rbar=1.2 subgroups n=4, d2=2.059
sig = 1.2 / 2.059
cp = (14 - 8) / (6 * sig)
assert abs(cp - 2.059 / 1.2) < 1e-12
add(
    "Hardness spec 8–14 kP. In-process checks in subgroups of 4 tablets; average range R̄ = 1.2 kP. "
    "Estimate σ_within = R̄/d2 using d2 = 2.059. What is Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp),
)

# r29 two-sample n per group: delta 5, sigma 6, alpha 0.05 two-sided, power 0.90, z approx
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 6**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 36 / 25)
add(
    "Planning a dissolution comparison between two formulations (% dissolved at 30 min). Want to detect a 5% difference in means, "
    "σ ≈ 6% in each group, α = 0.05 two-sided, 90% power. Normal (z) approximation, equal group sizes. "
    "How many tablets per formulation?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 12 kp -> N (1 kp = 9.80665 N)
n30 = sp.Rational(12) * sp.Rational(980665, 100000)
add(
    "Our old hardness tester reads in kp (kilopond). Reading is 12.0 kp — what is that in newtons?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(n30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, pharmaceutical tablet-manufacturing quality engineer "
    "(tablet weight, hardness, dissolution, blend uniformity)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
