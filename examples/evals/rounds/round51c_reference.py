import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round51c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus ----------------
# r01 BOD exerted L(t) = 250(1 - e^{-0.23 t}) -> dL/dt = 57.5 e^{-0.23t}
L = 250 * (1 - sp.exp(-sp.Rational(23, 100) * t))
dL = sp.simplify(sp.diff(L, t))
assert abs(float(dL.subs(t, 2)) - 57.5 * math.exp(-0.46)) < 1e-9
add(
    "ok dumb q for the bod section. BOD exerted is L(t) = 250(1 − e^{−0.23t}) mg/L, t in days. "
    "whats the rate of oxygen uptake dL/dt as a function of t",
    "calculus",
    {"rule": "expr"},
    str(dL),
)
# r02 storm outfall mass flux m(t) = 12 t e^{-t/2} kg/h, total 0..4 h -> 48 - 144 e^{-2}
I2 = sp.simplify(sp.integrate(12 * t * sp.exp(-t / 2), (t, 0, 4)))
num2, _ = integrate.quad(lambda s: 12 * s * math.exp(-s / 2), 0, 4)
assert abs(float(I2) - num2) < 1e-9
add(
    "first flush from the stormwater outfall, we fit the TSS mass flux as m(t) = 12t·e^{−t/2} kg/h (t in hours from start of runoff). "
    "total mass washed off in the first 4 h = \\int_0^4 m(t) dt ... exact answer pls not decimal",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs((math.exp(2e-4) - 1 - 2e-4) / 1e-8 - float(L3)) < 1e-3
add(
    "prof wrote this on the board when linearizing the decay term and i lost track: lim_{x→0} (e^{2x} − 1 − 2x)/x^2 = ?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 Streeter-Phelps critical time with D0 = 0: t_c = ln(k2/k1)/(k2-k1) = (10/3) ln(5/2)
k1, k2, L0 = sp.Rational(2, 10), sp.Rational(5, 10), 20
D = k1 * L0 / (k2 - k1) * (sp.exp(-k1 * t) - sp.exp(-k2 * t))
tc = sp.solve(sp.diff(D, t), t)
tc = [s for s in tc if s.is_real][0]
tc = sp.simplify(tc)
assert abs(float(tc) - math.log(2.5) / 0.3) < 1e-9
assert sp.diff(D, t, 2).subs(t, tc) < 0
add(
    "streeter-phelps hw: deficit D(t) = \\frac{k_1 L_0}{k_2 − k_1}(e^{−k_1 t} − e^{−k_2 t}) with initial deficit D0 = 0, "
    "k1 = 0.2 /d (deox), k2 = 0.5 /d (reaeration), L0 = 20 mg/L. at what time t (days) is the deficit maximum? exact form is fine",
    "calculus",
    {"rule": "expr"},
    str(tc),
)

# ---------------- algebra ----------------
# r05 Langmuir: 8 = 20*0.5*C/(1+0.5C) -> C = 4/3
Cq = sp.symbols("C", positive=True)
c5 = sp.solve(sp.Eq(20 * sp.Rational(1, 2) * Cq / (1 + sp.Rational(1, 2) * Cq), 8), Cq)
assert len(c5) == 1
c5 = c5[0]
assert abs(20 * 0.5 * float(c5) / (1 + 0.5 * float(c5)) - 8) < 1e-12
add(
    "langmuir isotherm for our GAC column, q = \\frac{q_max K C}{1 + K C} with q_max = 20 mg/g and K = 0.5 L/mg. "
    "what equilibrium conc C (mg/L) gives q = 8 mg/g? exact value",
    "algebra",
    {"rule": "expr"},
    str(c5),
)
# r06 roots of 2x^2 - 5x - 3 = 0 -> {-1/2, 3}
r6 = sorted(sp.solve(2 * x**2 - 5 * x - 3, x))
assert sorted(np.roots([2, -5, -3]).real.round(12).tolist()) == [float(r) for r in r6]
add(
    "rearranging a rating curve thing and ended up w/ 2x^2 − 5x − 3 = 0. all the roots pls (i'll throw out the nonphysical one myself)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in r6],
)
# r07 mixing: (2.5*3 + 18 Q)/(2.5 + Q) = 6 -> Q = 0.625
Q = sp.symbols("Q", positive=True)
q7 = sp.solve(sp.Eq((sp.Rational(5, 2) * 3 + 18 * Q) / (sp.Rational(5, 2) + Q), 6), Q)[0]
assert abs((2.5 * 3 + 18 * float(q7)) / (2.5 + float(q7)) - 6) < 1e-12
add(
    "mixing problem: river upstream is 2.5 m³/s at 3 mg/L nitrate-N, an ag drainage ditch comes in at 18 mg/L. "
    "assuming complete mixing + conservative, what ditch flow (m³/s) would bring the downstream conc to exactly 6 mg/L?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(q7),
)

# ---------------- linear algebra ----------------
# r08 eigenvalues of [[-0.3,0.1],[0.2,-0.4]] -> {-0.5,-0.2}
M8 = sp.Matrix([[sp.Rational(-3, 10), sp.Rational(1, 10)], [sp.Rational(2, 10), sp.Rational(-4, 10)]])
ev8 = sorted(M8.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvals(np.array(M8, dtype=float)).real), [float(e) for e in ev8])
add(
    "two-box lake model (epilimnion/hypolimnion), dc/dt = A c with A = [[−0.3, 0.1], [0.2, −0.4]] (1/day). "
    "eigenvalues of A?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev8],
)
# r09 chemical mass balance: solve 3x3 for source 2 contribution
A9 = sp.Matrix([[sp.Rational(20, 100), sp.Rational(5, 100), sp.Rational(10, 100)],
                [sp.Rational(10, 100), sp.Rational(30, 100), sp.Rational(5, 100)],
                [sp.Rational(5, 100), sp.Rational(10, 100), sp.Rational(40, 100)]])
b9 = sp.Matrix([sp.Rational(35, 10), sp.Rational(725, 100), sp.Rational(45, 10)])
s9 = A9.LUsolve(b9)
assert np.allclose(np.linalg.solve(np.array(A9, dtype=float), np.array(b9, dtype=float)).ravel(),
                   [float(v) for v in s9])
add(
    "receptor model (CMB) for our PM monitor, 3 tracers x 3 sources. solve for source contributions s1,s2,s3 (µg/m³):\n"
    "0.20 s1 + 0.05 s2 + 0.10 s3 = 3.5\n0.10 s1 + 0.30 s2 + 0.05 s3 = 7.25\n0.05 s1 + 0.10 s2 + 0.40 s3 = 4.5\n"
    "what's s2 (the road dust one)?",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[1]),
)

# ---------------- probability ----------------
# r10 binomial n=12 p=0.15 P(X>=3)
p10 = 1 - stats.binom.cdf(2, 12, 0.15)
p10b = 1 - sum(math.comb(12, k) * 0.15**k * 0.85 ** (12 - k) for k in range(3))
assert abs(p10 - p10b) < 1e-12
add(
    "we're sampling 12 monitoring wells, each one independently has a 15% chance of exceeding the arsenic MCL. "
    "P(at least 3 wells exceed)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson mean 2.4, P(X=4)
p11 = stats.poisson.pmf(4, 2.4)
assert abs(p11 - math.exp(-2.4) * 2.4**4 / 24) < 1e-12
add(
    "the PM2.5 monitor downtown averages 2.4 exceedance days per month, treat it as poisson. prob of exactly 4 exceedance days next month?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal DO mean 7.2 sd 0.9, P(DO < 5.5)
p12 = stats.norm.cdf(5.5, 7.2, 0.9)
assert abs(p12 - 0.5 * math.erfc(-((5.5 - 7.2) / 0.9) / math.sqrt(2))) < 1e-12
add(
    "DO at the downstream station is ~normal w/ mean 7.2 mg/L and sd 0.9 mg/L. what fraction of the time is it below 5.5 mg/L?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prev 0.08, sens 0.92, FPR 0.06 -> P(D|+)
p13 = 0.08 * 0.92 / (0.08 * 0.92 + 0.92 * 0.06)
p13s = sp.Rational(8, 100) * sp.Rational(92, 100) / (
    sp.Rational(8, 100) * sp.Rational(92, 100) + sp.Rational(92, 100) * sp.Rational(6, 100))
assert abs(p13 - float(p13s)) < 1e-12
add(
    "field E. coli test kit: 8% of the private wells we test are actually contaminated. kit catches 92% of contaminated ones, "
    "but gives a positive on 6% of clean ones. if a well tests positive, P(it's really contaminated)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p13),
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t, one-sided H1: mu > 10
d14 = np.array([9.4, 10.8, 11.2, 10.1, 9.9, 10.6, 11.5, 10.3])
r14 = stats.ttest_1samp(d14, 10, alternative="greater")
t14 = (d14.mean() - 10) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(t14 - r14.statistic) < 1e-10 and abs(stats.t.sf(t14, 7) - r14.pvalue) < 1e-12
add(
    "nitrate-N in well MW-3 over 8 quarters (mg/L): 9.4, 10.8, 11.2, 10.1, 9.9, 10.6, 11.5, 10.3. "
    "want to test if the true mean is above the 10 mg/L MCL, one-sided t test. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
up = np.array([3.1, 2.8, 3.5, 2.9, 3.3, 3.0])
dn = np.array([4.2, 5.1, 3.8, 4.9, 5.6, 4.4, 4.0])
r15 = stats.ttest_ind(dn, up, equal_var=False)
v1, v2 = up.var(ddof=1) / len(up), dn.var(ddof=1) / len(dn)
t15 = (dn.mean() - up.mean()) / math.sqrt(v1 + v2)
df15 = (v1 + v2) ** 2 / (v1**2 / (len(up) - 1) + v2**2 / (len(dn) - 1))
assert abs(2 * stats.t.sf(abs(t15), df15) - r15.pvalue) < 1e-12
add(
    "BOD5 (mg/L) above vs below the WWTP outfall. upstream: 3.1, 2.8, 3.5, 2.9, 3.3, 3.0. "
    "downstream: 4.2, 5.1, 3.8, 4.9, 5.6, 4.4, 4.0. variances look pretty different so welch (no pooling), two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t statistic, lab A - lab B
la = np.array([42.1, 38.5, 55.0, 47.3, 60.2, 35.8, 51.6, 44.9])
lb = np.array([40.3, 37.9, 52.8, 46.1, 58.0, 36.2, 49.5, 43.0])
r16 = stats.ttest_rel(la, lb)
dd = la - lb
t16 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t16 - r16.statistic) < 1e-10
add(
    "same 8 sediment cores split and sent to two labs for Pb (mg/kg). lab A: 42.1, 38.5, 55.0, 47.3, 60.2, 35.8, 51.6, 44.9; "
    "lab B: 40.3, 37.9, 52.8, 46.1, 58.0, 36.2, 49.5, 43.0 (same order, same cores). paired t test on A − B, what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 2x3
tab = np.array([[18, 9, 5], [22, 31, 35]])
chi2, p17, dof, exp_ = stats.chi2_contingency(tab, correction=False)
exp2 = np.outer(tab.sum(1), tab.sum(0)) / tab.sum()
chi2b = ((tab - exp2) ** 2 / exp2).sum()
assert abs(chi2 - chi2b) < 1e-10 and dof == 2
add(
    "beach monitoring, enterococcus samples by season. exceed / don't exceed: spring 18 / 22, summer 9 / 31, fall 5 / 35. "
    "chi-square test of independence (season vs exceedance), p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression ----------------
# r18 slope: ozone vs temperature
T18 = np.array([18, 21, 24, 27, 30, 33, 35])
O18 = np.array([31, 38, 42, 51, 55, 63, 66])
lr18 = stats.linregress(T18, O18)
sl = ((T18 - T18.mean()) * (O18 - O18.mean())).sum() / ((T18 - T18.mean()) ** 2).sum()
assert abs(sl - lr18.slope) < 1e-12
add(
    "daily max temp (°C) vs 8-h ozone (ppb) from our summer monitor: (18,31) (21,38) (24,42) (27,51) (30,55) (33,63) (35,66). "
    "least squares slope of ozone on temp?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 r^2: conductivity vs TDS
ec = np.array([210, 340, 455, 520, 690, 810, 930, 1050])
tds = np.array([140, 215, 300, 330, 460, 515, 610, 680])
lr19 = stats.linregress(ec, tds)
r2 = np.corrcoef(ec, tds)[0, 1] ** 2
assert abs(r2 - lr19.rvalue**2) < 1e-12
add(
    "calibrating TDS against specific conductance for the groundwater samples. EC (µS/cm): 210, 340, 455, 520, 690, 810, 930, 1050; "
    "TDS (mg/L): 140, 215, 300, 330, 460, 515, 610, 680. simple linear fit TDS vs EC — what's r^2?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- anova ----------------
# r20 one-way ANOVA TSS at 3 sites
s1 = [12.1, 14.3, 11.8, 13.5, 12.9]
s2 = [15.2, 16.8, 14.9, 17.1, 15.5]
s3 = [13.0, 12.4, 14.1, 13.6, 12.7]
r20 = stats.f_oneway(s1, s2, s3)
allv = np.concatenate([s1, s2, s3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (s1, s2, s3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (s1, s2, s3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-10 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "TSS (mg/L) at three stations on the creek, 5 grabs each. site 1: 12.1, 14.3, 11.8, 13.5, 12.9; "
    "site 2: 15.2, 16.8, 14.9, 17.1, 15.5; site 3: 13.0, 12.4, 14.1, 13.6, 12.7. one-way anova, p value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA with replication, F for loading rate
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

data21 = {
    ("sand", 5): [0.42, 0.38], ("sand", 10): [0.55, 0.61], ("sand", 15): [0.80, 0.74],
    ("anthracite", 5): [0.35, 0.31], ("anthracite", 10): [0.47, 0.44], ("anthracite", 15): [0.58, 0.66],
}
rows = [(m, r, y) for (m, r), ys in data21.items() for y in ys]
df = pd.DataFrame(rows, columns=["media", "rate", "y"])
fit = smf.ols("y ~ C(media) * C(rate)", data=df).fit()
aov = anova_lm(fit, typ=2)
F21 = aov.loc["C(rate)", "F"]
# hand
gm = df.y.mean()
ssr = sum(4 * (df[df.rate == r].y.mean() - gm) ** 2 for r in (5, 10, 15))
sse = sum(((np.array(ys) - np.mean(ys)) ** 2).sum() for ys in data21.values())
F21b = (ssr / 2) / (sse / 6)
assert abs(F21 - F21b) < 1e-8
add(
    "pilot filter study, effluent turbidity (NTU). 2 media × 3 loading rates, 2 reps per cell:\n"
    "sand: 5 m/h → 0.42, 0.38; 10 m/h → 0.55, 0.61; 15 m/h → 0.80, 0.74\n"
    "anthracite: 5 m/h → 0.35, 0.31; 10 m/h → 0.47, 0.44; 15 m/h → 0.58, 0.66\n"
    "two-way anova w/ interaction. what's the F statistic for the loading rate main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)

# ---------------- design ----------------
# r22 2^3 full factorial, 3 replicates + 4 centre points -> 28
n22 = 2**3 * 3 + 4
assert n22 == len([(a, b, c) for a in (-1, 1) for b in (-1, 1) for c in (-1, 1)]) * 3 + 4
add(
    "jar test design: 3 factors (coag dose, pH, mixing speed) at 2 levels each, full factorial, "
    "replicated 3 times, plus 4 center points added. how many jars total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 3 factors, 5 centre points -> 12 + 5 = 17
k = 3
bbd_edges = math.comb(k, 2) * 4
n23 = bbd_edges + 5
assert bbd_edges == 12
add(
    "optimizing fenton oxidation for the leachate: H2O2 dose, Fe2+ dose, pH. box-behnken with 5 center points — how many runs is that?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 2^(7-3) fractional factorial -> 16
n24 = 2 ** (7 - 3)
assert n24 == 2**7 // 2**3
add(
    "screening 7 factors for the constructed wetland mesocosms, 2 levels each, using a 2^{7−3} fractional factorial (no reps, no center pts). number of runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts ----------------
# r25 I-MR, UCL for individuals = xbar + 3*MRbar/d2, d2(2) = 2/sqrt(pi)
pm = np.array([14.2, 16.8, 13.5, 15.9, 17.3, 14.8, 16.1, 15.4, 13.9, 16.6, 15.0, 14.5])
mr = np.abs(np.diff(pm))
d2_2 = 2 / math.sqrt(math.pi)
d2_num, _ = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 2 - stats.norm.cdf(z) ** 2, -np.inf, np.inf)
assert abs(d2_num - d2_2) < 1e-8
ucl25 = pm.mean() + 3 * mr.mean() / d2_2
assert abs(ucl25 - (pm.mean() + 2.66 * mr.mean())) / ucl25 < 1e-3
add(
    "daily PM2.5 (µg/m³) at the school monitor, 12 days: 14.2, 16.8, 13.5, 15.9, 17.3, 14.8, 16.1, 15.4, 13.9, 16.6, 15.0, 14.5. "
    "individuals chart (I-MR, moving range of 2) — UCL for the individuals?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart: leak counts
leaks = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 5, 3, 6, 4, 5])
cbar = leaks.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - (stats.poisson.mean(cbar) + 3 * stats.poisson.std(cbar))) < 1e-12
add(
    "acoustic leak survey of the distribution main, count of leaks found per 1 km segment (same length every time), 20 segments: "
    "4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7, 5, 4, 6, 5, 3, 6, 4, 5. c chart UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk: pH spec 6.0-9.0, mean 7.8, sd 0.25 -> 1.6
cpk27 = min(9.0 - 7.8, 7.8 - 6.0) / (3 * 0.25)
assert abs(float(sp.Min(sp.Rational(12, 10), sp.Rational(18, 10)) / sp.Rational(75, 100)) - cpk27) < 1e-12
add(
    "effluent pH permit is 6.0 to 9.0. our final effluent runs mean 7.8, sigma 0.25 (assume stable + normal). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Cp from Rbar/d2, n=5 subgroups, Rbar=0.42, spec 1.0-3.0 mg/L chlorine residual
d2_5, _ = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 5 - stats.norm.cdf(z) ** 5, -np.inf, np.inf)
assert abs(d2_5 - 2.326) < 1e-3
cp28 = (3.0 - 1.0) / (6 * 0.42 / d2_5)
assert abs(cp28 - 2.0 / (6 * 0.42 / 2.326)) / cp28 < 1e-3
add(
    "free chlorine residual leaving the plant, target window 1.0–3.0 mg/L. X̄-R chart w/ subgroups of 5, R̄ = 0.42 mg/L. "
    "estimate sigma as R̄/d2 and give me Cp",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp28),
)

# ---------------- sample size ----------------
# r29 n = ceil((z*sigma/E)^2), z two-sided 95%, sigma 1.8, E 0.5 -> 50
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 1.8 / 0.5) ** 2)
assert n29 == math.ceil((1.96 * 1.8 / 0.5) ** 2)
add(
    "how many groundwater samples do i need to estimate mean nitrate within ±0.5 mg/L at 95% confidence? "
    "sigma from past data ≈ 1.8 mg/L, treat it as known (z-based)",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 15 MGD (US gal) -> m^3/s
v30 = 15e6 * 3.785411784e-3 / 86400
v30s = sp.Rational(15 * 10**6) * sp.Rational(3785411784, 10**12) / 86400
assert abs(v30 - float(v30s)) < 1e-12
add(
    "plant design flow is 15 MGD (US gallons). what is that in m³/s?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(v30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, environmental engineering grad student (river water quality, BOD, sediment, air monitors, groundwater wells)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
