import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round48d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus ----------------
# r01 derivative of TI-201 excursion T(t)=350+40 t e^{-t/15}
T = 350 + 40 * t * sp.exp(-t / 15)
d1 = sp.diff(T, t)
chk = (T.subs(t, 7.001) - T.subs(t, 6.999)) / 0.002
assert abs(float(d1.subs(t, 7)) - float(chk)) < 1e-5
add(
    "TI-201 (R-200 bed temp) after feed step fits T(t) = 350 + 40·t·e^(−t/15) °C, t in min. need dT/dt as fn of t",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(d1)),
)
# r02 integral of FIC-101 flow 12+3 sin(pi t/12) over 0..12 h -> 144 + 72/pi m3
F = 12 + 3 * sp.sin(sp.pi * t / 12)
V = sp.simplify(sp.integrate(F, (t, 0, 12)))
num, _ = integrate.quad(lambda s: 12 + 3 * math.sin(math.pi * s / 12), 0, 12)
assert abs(float(V) - num) < 1e-9
add(
    "FIC-101 feed flow swings with the day/night cooling water cycle, F(t) = 12 + 3·sin(πt/12) m³/h, t in h. "
    "total m³ through FIC-101 from t=0 to t=12 h? exact value pls",
    "calculus",
    {"rule": "expr"},
    str(V),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
Lim = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xx = 1e-4
assert abs((math.expm1(2 * xx) - 2 * xx) / xx**2 - float(Lim)) < 1e-3
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x²  -- popped out of a linearisation of the rate expr around setpoint. exact",
    "calculus",
    {"rule": "expr"},
    str(Lim),
)
# r04 optimum reflux ratio: C(R)=800R+2000/R -> R=sqrt(10)/2
R = sp.symbols("R", positive=True)
Cost = 800 * R + 2000 / R
Ropt = sp.solve(sp.diff(Cost, R), R)
assert len(Ropt) == 1
Ropt = sp.simplify(Ropt[0])
grid = np.linspace(0.5, 5, 200001)
assert abs(grid[np.argmin(800 * grid + 2000 / grid)] - float(Ropt)) < 1e-4
add(
    "C-301 column, annualised cost vs reflux ratio R: C(R) = 800·R + 2000/R (k$/yr, R>0). which R minimises cost? exact",
    "calculus",
    {"rule": "expr"},
    str(Ropt),
)

# ---------------- algebra ----------------
# r05 2x^2-9x+4=0 -> {1/2, 4}
sol5 = sp.solve(2 * x**2 - 9 * x + 4, x)
assert sorted(float(s) for s in sol5) == sorted(np.roots([2, -9, 4]).real.tolist())
add(
    "solve 2x² − 9x + 4 = 0 (level ctrl tuning, LIC-305). all roots",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sorted(sol5, key=float)],
)
# r06 two pumps fill tank: 1/6+1/4 -> 12/5 h
h = sp.symbols("h", positive=True)
s6 = sp.solve(sp.Eq(h / 6 + h / 4, 1), h)[0]
assert abs(float(s6) - 1 / (1 / 6 + 1 / 4)) < 1e-12
add(
    "TK-410 empty. P-101 alone fills it in 6 h, P-102 alone in 4 h. both running, constant rates, how many h to fill?",
    "algebra",
    {"rule": "expr"},
    str(s6),
)
# r07 acid blend 98% + 70% -> 1000 kg @93% ; kg of 98%
m = sp.symbols("m")
s7 = sp.solve(sp.Eq(sp.Rational(98, 100) * m + sp.Rational(70, 100) * (1000 - m), 930), m)[0]
assert abs(float(s7) - (930 - 700) / 0.28) < 1e-9
add(
    "blending H2SO4 in TK-22: have 98 wt% and 70 wt% stock, need 1000 kg of 93 wt%. kg of the 98 wt% to charge?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(s7),
)

# ---------------- linear algebra ----------------
# r08 material balance 3x3 system, ask F2
A8 = sp.Matrix([[1, 1, 1], [sp.Rational(1, 2), sp.Rational(1, 5), sp.Rational(1, 10)], [sp.Rational(3, 10), sp.Rational(3, 5), sp.Rational(1, 5)]])
b8 = sp.Matrix([100, 30, 40])
sol8 = A8.LUsolve(b8)
npsol = np.linalg.solve(np.array(A8.tolist(), float), np.array(b8.tolist(), float).ravel())
assert np.allclose(npsol, [float(v) for v in sol8])
assert all(v > 0 for v in sol8)
add(
    "mixer M-100 balance, three feeds F1 F2 F3 (kg/h):\n"
    "F1 + F2 + F3 = 100\n0.5·F1 + 0.2·F2 + 0.1·F3 = 30   (component A)\n0.3·F1 + 0.6·F2 + 0.2·F3 = 40   (component B)\n"
    "solve, what's F2?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol8[1]),
)
# r09 eigenvalues of CSTR Jacobian [[-3,1],[2,-2]] -> -4, -1
J = sp.Matrix([[-3, 1], [2, -2]])
ev = sorted(J.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvals(np.array(J.tolist(), float)).real), [float(e) for e in ev])
add(
    "linearised CSTR R-101 model around op point, Jacobian J = [[−3, 1], [2, −2]] (1/h). eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability ----------------
# r10 binomial n=12 p=0.08 P(X>=2)
p10 = float(stats.binom.sf(1, 12, 0.08))
assert abs(p10 - (1 - 0.92**12 - 12 * 0.08 * 0.92**11)) < 1e-12
add(
    "AT-402 grab samples: each one independently off-spec w.p. 0.08. 12 samples this week. P(at least 2 off-spec)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson mean 3.2 alarms/shift, P(X>5)
p11 = float(stats.poisson.sf(5, 3.2))
assert abs(p11 - (1 - sum(math.exp(-3.2) * 3.2**k / math.factorial(k) for k in range(6)))) < 1e-12
add(
    "standing alarms on unit 3 console avg 3.2 per shift, assume Poisson. P(more than 5 alarms in a shift)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 normal purity N(99.20, 0.15) P(<98.90)
p12 = float(stats.norm.cdf(98.90, 99.20, 0.15))
assert abs(p12 - 0.5 * math.erfc(2 / math.sqrt(2))) < 1e-12
add(
    "C-301 overhead purity (AI-310) ~ normal, mean 99.20 wt%, sd 0.15 wt%. fraction of time below 98.90 wt%?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes analyzer flag
prior, sens, fpr = 0.04, 0.95, 0.03
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
P = sp.Rational(4, 100) * sp.Rational(95, 100) / (sp.Rational(4, 100) * sp.Rational(95, 100) + sp.Rational(96, 100) * sp.Rational(3, 100))
assert abs(float(P) - p13) < 1e-12
add(
    "AT-402 off-spec flag: 4% of batches are actually off-spec. analyzer flags 95% of true off-spec and false-flags 3% of good ones. "
    "flag just came on -- P(batch really off-spec)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t catalyst activity vs 0.85, two-sided p
d14 = np.array([0.831, 0.842, 0.856, 0.828, 0.839, 0.847, 0.835, 0.851, 0.826, 0.844])
r14 = stats.ttest_1samp(d14, 0.85)
tt = (d14.mean() - 0.85) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 9) - r14.pvalue) < 1e-12
add(
    "catalyst activity (rel.) from R-101 lab, 10 pellets: 0.831 0.842 0.856 0.828 0.839 0.847 0.835 0.851 0.826 0.844. "
    "spec says fresh-equivalent 0.85. one-sample t, two-sided, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample t, purity two columns
a15 = np.array([99.21, 99.35, 99.18, 99.30, 99.27, 99.24, 99.33])
b15 = np.array([99.10, 99.28, 98.95, 99.22, 99.05, 99.31, 99.00, 99.15])
r15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
tw = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(tw - r15.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "purity wt% AI-310 (C-301) vs AI-320 (C-302), daily composites.\nC-301: 99.21 99.35 99.18 99.30 99.27 99.24 99.33\n"
    "C-302: 99.10 99.28 98.95 99.22 99.05 99.31 99.00 99.15\nWelch t (no equal variance assumption), two-sided. p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t, conversion before/after regen, two-sided p
bef = np.array([86.2, 84.9, 87.1, 85.5, 86.8, 85.0, 84.6, 86.0])
aft = np.array([88.0, 86.1, 87.9, 87.6, 88.1, 85.9, 86.7, 87.2])
r16 = stats.ttest_rel(aft, bef)
dd = aft - bef
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tp), len(dd) - 1) - r16.pvalue) < 1e-12
add(
    "R-101 conversion % same 8 feed campaigns, before vs after catalyst regen (paired by campaign):\n"
    "before: 86.2 84.9 87.1 85.5 86.8 85.0 84.6 86.0\nafter:  88.0 86.1 87.9 87.6 88.1 85.9 86.7 87.2\n"
    "paired t, two-sided -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r16.pvalue),
)
# r17 chi-square independence 2x3 statistic
obs = np.array([[14, 9, 22], [186, 191, 178]])
chi2, p17, dof, exp = stats.chi2_contingency(obs, correction=False)
exp2 = obs.sum(1, keepdims=True) * obs.sum(0, keepdims=True) / obs.sum()
assert abs(((obs - exp2) ** 2 / exp2).sum() - chi2) < 1e-10 and dof == 2
add(
    "off-spec batches by reactor last quarter, 200 batches each: R-101 14 off-spec, R-102 9, R-103 22 (rest on-spec). "
    "chi-square test of independence reactor vs off-spec, what's the chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# ---------------- regression ----------------
x18 = np.array([340, 345, 350, 355, 360, 365, 370], float)
y18 = np.array([78.4, 80.1, 82.5, 83.9, 86.2, 87.4, 89.8])
lr = stats.linregress(x18, y18)
sl = np.sum((x18 - x18.mean()) * (y18 - y18.mean())) / np.sum((x18 - x18.mean()) ** 2)
assert abs(sl - lr.slope) < 1e-12
add(
    "TIC-101 setpoint (°C) vs R-101 conversion (%) step tests: 340→78.4, 345→80.1, 350→82.5, 355→83.9, 360→86.2, 365→87.4, 370→89.8. "
    "OLS slope, %/°C?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
x19 = np.array([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0])
y19 = np.array([97.9, 98.4, 98.6, 99.0, 99.1, 99.5, 99.4, 99.7])
lr19 = stats.linregress(x19, y19)
yhat = np.polyval(np.polyfit(x19, y19, 1), x19)
r2 = 1 - np.sum((y19 - yhat) ** 2) / np.sum((y19 - y19.mean()) ** 2)
assert abs(r2 - lr19.rvalue**2) < 1e-12
add(
    "C-301 reflux ratio (FFIC-305 ratio sp) vs top purity wt%: R = 0.5,1.0,1.5,2.0,2.5,3.0,3.5,4.0 ; purity = 97.9,98.4,98.6,99.0,99.1,99.5,99.4,99.7. "
    "straight line fit, r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA ----------------
g1 = np.array([91.2, 90.8, 91.5, 90.9, 91.1])
g2 = np.array([90.1, 90.6, 89.8, 90.4, 90.2])
g3 = np.array([91.0, 91.6, 91.3, 90.7, 91.4])
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (g1, g2, g3))
Fh = (ssb / 2) / (ssw / 12)
assert abs(Fh - r20.statistic) < 1e-9 and abs(stats.f.sf(Fh, 2, 12) - r20.pvalue) < 1e-12
add(
    "yield % on R-101 with three catalyst lots, 5 batches each:\nlot A: 91.2 90.8 91.5 90.9 91.1\nlot B: 90.1 90.6 89.8 90.4 90.2\n"
    "lot C: 91.0 91.6 91.3 90.7 91.4\none-way ANOVA p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (additive), F for temperature
Y = np.array([[84.1, 85.0, 83.6, 84.8],
              [86.3, 87.1, 85.9, 86.6],
              [87.0, 88.2, 86.8, 87.9]])  # rows temperature 340/350/360, cols catalyst lot A-D
a_, b_ = Y.shape
gm = Y.mean()
ssa = b_ * ((Y.mean(1) - gm) ** 2).sum()
ssb_ = a_ * ((Y.mean(0) - gm) ** 2).sum()
sst = ((Y - gm) ** 2).sum()
sse = sst - ssa - ssb_
F21 = (ssa / (a_ - 1)) / (sse / ((a_ - 1) * (b_ - 1)))
try:
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm
    df = pd.DataFrame([(f"T{i}", f"L{j}", Y[i, j]) for i in range(a_) for j in range(b_)], columns=["temp", "lot", "y"])
    tab = anova_lm(smf.ols("y ~ C(temp) + C(lot)", df).fit())
    assert abs(tab.loc["C(temp)", "F"] - F21) < 1e-8
except ImportError:
    pass
add(
    "R-101 conversion %, TIC-101 sp 340/350/360 °C × catalyst lot A/B/C/D, one run per cell (no replication):\n"
    "340: 84.1 85.0 83.6 84.8\n350: 86.3 87.1 85.9 86.6\n360: 87.0 88.2 86.8 87.9\n"
    "two-way ANOVA, additive model (no interaction term, lot as block). F for temperature?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design ----------------
n22 = 2 ** (6 - 2) + 4
add(
    "screening on the hydrogenation unit, 6 factors (T, P, H2/oil, LHSV, agitator rpm, catalyst load). "
    "2^(6−2) res IV fraction + 4 centre points, single replicate. total runs?",
    "design",
    {"rule": "runs"},
    n22,
)
k = 3
n23 = 2 * k * (k - 1) + 3  # Box-Behnken 3 factors: 12 edge midpoints + centres
assert n23 == 15
add(
    "Box–Behnken on R-101 for TIC-101 temp, PIC-102 pressure, FIC-101 feed rate (3 factors), 3 centre pts. how many runs",
    "design",
    {"rule": "runs"},
    n23,
)
n24 = 3 * 2 * 2 * 2
assert n24 == len([(a, b, c, r) for a in range(3) for b in range(2) for c in range(2) for r in range(2)])
add(
    "full factorial: reactor temp at 3 levels, pressure 2 levels, catalyst supplier 2 levels, whole thing replicated twice. no centre pts. runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts ----------------
# r25 I-MR individuals UCL, sigma = MRbar/d2 (d2=1.128)
d25 = np.array([99.22, 99.31, 99.18, 99.27, 99.35, 99.20, 99.24, 99.29, 99.16, 99.30, 99.26, 99.21])
mr = np.abs(np.diff(d25)).mean()
d2_2 = integrate.quad(lambda w: 1 - (stats.norm.cdf(w) ** 2 + stats.norm.sf(w) ** 2), 0, np.inf)[0] * 2
d2_2b = 2 / math.sqrt(math.pi)
assert abs(d2_2 - d2_2b) < 1e-8
ucl25 = d25.mean() + 3 * mr / d2_2b
assert abs(ucl25 - (d25.mean() + 2.66 * mr)) / ucl25 < 1e-4
add(
    "AI-310 purity wt%, one lab result per shift, I-MR chart: 99.22 99.31 99.18 99.27 99.35 99.20 99.24 99.29 99.16 99.30 99.26 99.21. "
    "UCL for the individuals chart (MR of 2, sigma = MR̄/d2)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 c chart alarms per shift: 25 shifts, total 240 -> cbar 9.6
cbar = 240 / 25
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - float(sp.Rational(48, 5) + 3 * sp.sqrt(sp.Rational(48, 5)))) < 1e-12
add(
    "bad-actor alarm count on the unit 3 console, 25 shifts logged, 240 alarms total. c chart, UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability ----------------
mu, sg, lsl, usl = 99.35, 0.12, 98.5, 99.9
cpk27 = min(usl - mu, mu - lsl) / (3 * sg)
assert abs(cpk27 - float(sp.Rational(55, 100) / sp.Rational(36, 100))) < 1e-12
add(
    "AI-310 purity spec 98.5–99.9 wt%. process mean 99.35, within-subgroup sigma 0.12 wt%. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk27,
)
# r28 Cp from Rbar/d2, n=4
d2_4 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 4 - stats.norm.sf(w) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 1e-3
rbar = 0.84
cp28 = (48.0 - 42.0) / (6 * rbar / d2_4)
add(
    "PIC-102 reactor pressure, subgroups of 4, R̄ = 0.84 bar. spec 42.0–48.0 barg. Cp using σ = R̄/d2?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp28),
)

# ---------------- sample size ----------------
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.06 / 0.02) ** 2)
assert n29 == math.ceil((1.96 * 0.06 / 0.02) ** 2)
add(
    "how many catalyst pellets to test to estimate mean activity within ±0.02 at 95% conf? sigma known ~0.06 from past lots, z-based",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
gpm = 150 * 1000 / 3.785411784 / 60
assert abs(gpm - float(sp.Rational(150 * 1000, 1) / sp.Rational(3785411784, 10**9) / 60)) < 1e-9
add(
    "FIC-101 range is 150 m³/h, vendor datasheet wants US gpm. convert",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    gpm,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, chemical plant process-control engineer (DCS tags, reactor temp, catalyst activity, distillation purity, alarms per shift)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
