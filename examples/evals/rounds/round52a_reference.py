import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round52a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of pulldown curve T(t) = 75 - 20 t/(t+5) -> -100/(t+5)^2
T = 75 - 20 * t / (t + 5)
d1 = sp.simplify(sp.diff(T, t))
assert sp.simplify(d1 + 100 / (t + 5) ** 2) == 0
add(
    "coil LAT during pulldown after startup fits T(t) = 75 − 20·t/(t + 5) °F, t in min. need dT/dt as a fn of t (°F/min)",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 integral of load profile 40000 + 15000 sin(pi t/12) over 0..12 h -> 480000 + 360000/pi Btu
q = 40000 + 15000 * sp.sin(sp.pi * t / 12)
E = sp.simplify(sp.integrate(q, (t, 0, 12)))
Enum = integrate.quad(lambda s: 40000 + 15000 * math.sin(math.pi * s / 12), 0, 12)[0]
assert abs(float(E) - Enum) < 1e-6 * Enum
add(
    "bldg cooling load over the occupied day modeled as q(t) = 40000 + 15000·sin(πt/12) Btu/h, t = 0..12 h. total Btu = ∫q dt from 0 to 12? exact pls",
    "calculus",
    {"rule": "expr"},
    str(E),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "lim x→0 of (e^(2x) − 1 − 2x)/x²  -- showed up linearizing a damper characteristic, exact value?",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 minimise C(D) = 15 D^2 + 1920/D -> D = 4
D = sp.symbols("D", positive=True)
Ccost = 15 * D**2 + 1920 / D
crit = sp.solve(sp.diff(Ccost, D), D)
assert len(crit) == 1 and sp.diff(Ccost, D, 2).subs(D, crit[0]) > 0
Dopt = crit[0]
grid = np.linspace(0.5, 10, 95001)
assert abs(grid[np.argmin(15 * grid**2 + 1920 / grid)] - float(Dopt)) < 1e-3
add(
    "CHW pipe sizing, annualized cost (install + pump energy) C(D) = 15·D² + 1920/D  $/yr per ft, D in inches. what D minimizes cost? (ignore std pipe sizes)",
    "calculus",
    {"rule": "expr"},
    str(Dopt),
)

# ---------------- algebra (3) ----------------
# r05 mixed air: 95 f + 75 (1-f) = 80 -> f = 1/4
f = sp.symbols("f")
fs = sp.solve(sp.Eq(95 * f + 75 * (1 - f), 80), f)[0]
assert fs == sp.Rational(80 - 75, 95 - 75)
add(
    "RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 80 °F. assuming simple sensible mixing what's the outside air fraction? (as a fraction, not cfm)",
    "algebra",
    {"rule": "expr"},
    str(fs),
)
# r06 2x^2 - 3x - 9 = 0 -> {-3/2, 3}
r6 = sorted(float(s) for s in sp.solve(2 * x**2 - 3 * x - 9, x))
assert np.allclose(sorted(np.roots([2, -3, -9]).real), r6)
add(
    "solve 2x² − 3x − 9 = 0, all roots (came out of a fan/system curve intersection before i threw out the neg one)",
    "algebra",
    {"rule": "set"},
    r6,
)
# r07 glycol blend: 0.20*200 + 0.50*y = 0.30*(200+y) -> y = 100 gal
y = sp.symbols("y")
ys = sp.solve(sp.Eq(sp.Rational(20, 100) * 200 + sp.Rational(50, 100) * y, sp.Rational(30, 100) * (200 + y)), y)[0]
assert ys == sp.Rational(200 * (30 - 20), 50 - 30)
add(
    "HW loop has 200 gal at 20% propylene glycol (by vol). spec wants 30%. how many gal of 50% premix do i add to get there? (assume no drain-down, volumes additive)",
    "algebra",
    {"rule": "expr"},
    str(ys),
)

# ---------------- linear algebra (2) ----------------
# r08 airflow split system: Q1+Q2+Q3=2400, Q1-Q2=200, Q1+Q2-2Q3=0 -> Q1=900
Q1, Q2, Q3 = sp.symbols("Q1 Q2 Q3")
sol = sp.solve([Q1 + Q2 + Q3 - 2400, Q1 - Q2 - 200, Q1 + Q2 - 2 * Q3], [Q1, Q2, Q3])
A8 = np.array([[1, 1, 1], [1, -1, 0], [1, 1, -2]], float)
assert np.allclose(np.linalg.solve(A8, [2400, 200, 0]), [float(sol[Q1]), float(sol[Q2]), float(sol[Q3])])
add(
    "3 VAV boxes off one branch, total 2400 cfm. box 1 reads 200 cfm more than box 2, and box 3 gets half of what boxes 1+2 get combined. solve the system, whats Q1 in cfm?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol[Q1]),
)
# r09 eigenvalues [[6,-2],[-2,3]] -> {2,7}
ev = sorted(float(e) for e in sp.Matrix([[6, -2], [-2, 3]]).eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[6, -2], [-2, 3]], float))), ev)
add(
    "2-zone thermal RC model, conductance matrix G = [[6, −2], [−2, 3]] (Btu/h·°F, scaled). eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    ev,
)

# ---------------- probability (4) ----------------
# r10 binomial n=12 p=0.08, P(X>=2)
p10 = float(stats.binom.sf(1, 12, 0.08))
assert abs(p10 - (1 - 0.92**12 - 12 * 0.08 * 0.92**11)) < 1e-12
add(
    "historically ~8% of VAV boxes fail the first FPT. floor 4 has 12 boxes, assume independent (binomial). prob at least 2 fail first pass?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p10,
)
# r11 Poisson mean 1.6, P(X=3)
p11 = float(stats.poisson.pmf(3, 1.6))
assert abs(p11 - math.exp(-1.6) * 1.6**3 / 6) < 1e-12
add(
    "BAS throws nuisance high-static alarms at avg 1.6/day, poisson. P(exactly 3 alarms on a given day)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p11,
)
# r12 normal mean 55.2 sd 0.8, P(SAT > 56.5)
p12 = float(stats.norm.sf(56.5, 55.2, 0.8))
assert abs(p12 - 0.5 * math.erfc((56.5 - 55.2) / 0.8 / math.sqrt(2))) < 1e-12
add(
    "AHU-2 SAT trend: normal, mean 55.2 °F, sd 0.8 °F. what fraction of the time is SAT above 56.5 °F?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes: prior 4%, sens 95%, false pos 6%
post = sp.Rational(4, 100) * sp.Rational(95, 100) / (
    sp.Rational(4, 100) * sp.Rational(95, 100) + sp.Rational(96, 100) * sp.Rational(6, 100)
)
assert abs(float(post) - 0.038 / (0.038 + 0.0576)) < 1e-12
add(
    "about 4% of the space temp sensors on this job are out of cal by >1 °F. our quick handheld spot check flags 95% of the bad ones but also flags 6% of good ones. sensor got flagged -- prob it's actually out of cal?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(post),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, two-sided, mu0 = 450
d14 = np.array([432, 441, 455, 428, 437, 446, 430, 439], float)
r14 = stats.ttest_1samp(d14, 450)
t14 = (d14.mean() - 450) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(t14 - r14.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(t14), len(d14) - 1) - r14.pvalue) < 1e-12
add(
    "diffuser D-14 design 450 cfm. 8 hood readings: 432, 441, 455, 428, 437, 446, 430, 439 cfm. one sample t test, two sided, is mean different from 450? p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 paired t, two-sided: BAS sensor vs reference
bas = np.array([72.4, 71.8, 73.1, 70.9, 72.6, 71.5, 72.9, 73.4], float)
ref = np.array([71.9, 71.6, 72.4, 70.8, 72.0, 71.6, 72.3, 72.7], float)
r15 = stats.ttest_rel(bas, ref)
dd = bas - ref
t15 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t15 - r15.statistic) < 1e-9
add(
    "zone sensor check, same 8 zones, BAS reading vs NIST ref thermometer (°F):\nBAS: 72.4 71.8 73.1 70.9 72.6 71.5 72.9 73.4\nref: 71.9 71.6 72.4 70.8 72.0 71.6 72.3 72.7\nsuspect the BAS reads high but give me the two sided paired t test p value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 Welch two-sample t, two-sided
crewA = np.array([98.5, 101.2, 97.8, 103.4, 99.1, 100.6, 96.9, 102.3], float)
crewB = np.array([94.2, 104.8, 91.5, 106.1, 97.3, 108.9, 93.8], float)
r16 = stats.ttest_ind(crewA, crewB, equal_var=False)
va, vb = crewA.var(ddof=1) / len(crewA), crewB.var(ddof=1) / len(crewB)
t16 = (crewA.mean() - crewB.mean()) / math.sqrt(va + vb)
df16 = (va + vb) ** 2 / (va**2 / (len(crewA) - 1) + vb**2 / (len(crewB) - 1))
assert abs(2 * stats.t.sf(abs(t16), df16) - r16.pvalue) < 1e-12
add(
    "final airflow as % of design, two TAB crews on the same job.\ncrew A: 98.5, 101.2, 97.8, 103.4, 99.1, 100.6, 96.9, 102.3\ncrew B: 94.2, 104.8, 91.5, 106.1, 97.3, 108.9, 93.8\ncrew B is way more scattered so dont pool -- welch t, two sided. p value for difference in means?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r16.pvalue),
)
# r17 chi-square independence 2x3
tab = np.array([[6, 14, 4], [74, 81, 66]])
r17 = stats.chi2_contingency(tab, correction=False)
exp = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
chi = ((tab - exp) ** 2 / exp).sum()
assert abs(chi - r17[0]) < 1e-9 and abs(stats.chi2.sf(chi, 2) - r17[1]) < 1e-12
add(
    "damper actuator failures at startup by brand -- brand X 6 failed / 80 installed, brand Y 14 / 95, brand Z 4 / 70. chi-square test of independence (brand vs fail/pass), p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r17[1]),
)

# ---------------- regression (2) ----------------
# r18 slope cfm per Hz
hz = np.array([30, 35, 40, 45, 50, 55, 60], float)
cfm = np.array([6120, 7080, 8150, 9110, 10230, 11150, 12240], float)
r18 = stats.linregress(hz, cfm)
slope_h = ((hz - hz.mean()) * (cfm - cfm.mean())).sum() / ((hz - hz.mean()) ** 2).sum()
assert abs(slope_h - r18.slope) < 1e-9
add(
    "SF-1 VFD traverse, Hz vs measured cfm:\n30 Hz 6120\n35 Hz 7080\n40 Hz 8150\n45 Hz 9110\n50 Hz 10230\n55 Hz 11150\n60 Hz 12240\nleast squares line cfm = a + b·Hz, whats the slope b (cfm/Hz)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
# r19 r^2 OAT vs daily kWh
oat = np.array([68, 72, 75, 79, 83, 86, 90, 94], float)
kwh = np.array([1850, 2010, 2240, 2380, 2690, 2760, 3050, 3190], float)
r19 = stats.linregress(oat, kwh)
b1 = np.polyfit(oat, kwh, 1)
resid = kwh - np.polyval(b1, oat)
r2h = 1 - (resid**2).sum() / ((kwh - kwh.mean()) ** 2).sum()
assert abs(r2h - r19.rvalue**2) < 1e-12
add(
    "chiller plant daily kWh vs avg OAT, 8 days from trend: OAT °F 68, 72, 75, 79, 83, 86, 90, 94 ; kWh 1850, 2010, 2240, 2380, 2690, 2760, 3050, 3190. simple linear fit, r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r19.rvalue**2),
)

# ---------------- anova (2) ----------------
# r20 one-way: filter pressure drop, 3 brands
fA = [0.42, 0.45, 0.40, 0.44, 0.43]
fB = [0.48, 0.51, 0.47, 0.50, 0.49]
fC = [0.44, 0.46, 0.43, 0.47, 0.45]
r20 = stats.f_oneway(fA, fB, fC)
g = [np.array(v) for v in (fA, fB, fC)]
allv = np.concatenate(g)
ssb = sum(len(v) * (v.mean() - allv.mean()) ** 2 for v in g)
ssw = sum(((v - v.mean()) ** 2).sum() for v in g)
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9
add(
    "clean MERV 13 filter ΔP at 500 fpm face velocity, 3 brands, 5 filters each (in. w.c.):\nA: 0.42 0.45 0.40 0.44 0.43\nB: 0.48 0.51 0.47 0.50 0.49\nC: 0.44 0.46 0.43 0.47 0.45\none-way anova, p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way without replication: 3 hoods x 4 diffusers, p for hood
Y = np.array(
    [
        [312, 405, 268, 351],  # hood 1
        [318, 412, 275, 356],  # hood 2
        [309, 401, 270, 347],  # hood 3
    ],
    float,
)
a_, b_ = Y.shape
gm = Y.mean()
ssa = b_ * ((Y.mean(1) - gm) ** 2).sum()
ssb2 = a_ * ((Y.mean(0) - gm) ** 2).sum()
sst = ((Y - gm) ** 2).sum()
sse = sst - ssa - ssb2
dfe = (a_ - 1) * (b_ - 1)
F21 = (ssa / (a_ - 1)) / (sse / dfe)
p21 = float(stats.f.sf(F21, a_ - 1, dfe))
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

dfm = pd.DataFrame(
    [(f"h{i}", f"d{j}", Y[i, j]) for i in range(a_) for j in range(b_)], columns=["hood", "diff", "y"]
)
tbl = anova_lm(smf.ols("y ~ C(hood) + C(diff)", dfm).fit(), typ=2)
assert abs(tbl.loc["C(hood)", "PR(>F)"] - p21) < 1e-10
add(
    "3 flow hoods compared on the same 4 diffusers, one reading each (cfm):\n          D1   D2   D3   D4\nhood 1   312  405  268  351\nhood 2   318  412  275  356\nhood 3   309  401  270  347\ntwo-way anova, no interaction term (diffuser as block). p-value for the hood effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    p21,
)

# ---------------- design (3) ----------------
# r22 CCD 3 factors: 2^3 + 2*3 + 6 = 20
n22 = 2**3 + 2 * 3 + 6
add(
    "RSM on the DOAS wheel: 3 factors (wheel speed, OA cfm, purge angle). central composite, full 2^3 cube, star pts (2 per axis), 6 center runs. how many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Box-Behnken 4 factors + 3 cp: C(4,2)*4 + 3 = 27
n23 = math.comb(4, 2) * 4 + 3
assert n23 == 27
add(
    "box-behnken for 4 factors (CHW supply temp, CW temp, pump speed, tower fan speed), 3 center points. run count?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman 10 factors -> 12 runs
k = 10
n24 = next(N for N in range(4, 100, 4) if N >= k + 1)
assert n24 == 12
add(
    "screening 10 two-level factors on a troublesome RTU economizer sequence (setpoints, deadbands, timers..). Plackett-Burman, smallest design that fits 10 factors, no center pts, no replicates -- how many runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 I-MR UCL for individuals, chiller kW/ton
kwt = np.array([0.62, 0.65, 0.61, 0.64, 0.66, 0.63, 0.60, 0.64, 0.67, 0.62, 0.65, 0.63], float)
mr = np.abs(np.diff(kwt)).mean()
d2_2 = integrate.quad(lambda z: 1 - stats.norm.cdf(z) ** 2 - stats.norm.sf(z) ** 2, -np.inf, np.inf)[0]
ucl25 = kwt.mean() + 3 * mr / d2_2
assert abs(ucl25 - (kwt.mean() + 2.66 * mr)) / ucl25 < 1e-4
add(
    "daily chiller kW/ton, 12 days: 0.62 0.65 0.61 0.64 0.66 0.63 0.60 0.64 0.67 0.62 0.65 0.63. I-MR chart, UCL for the individuals?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart leak points per floor
leaks = np.array([7, 4, 9, 5, 6, 8, 3, 6, 7, 5], float)
cbar = leaks.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - float(sp.Rational(int(leaks.sum()), 10) + 3 * sp.sqrt(sp.Rational(int(leaks.sum()), 10)))) < 1e-12
add(
    "duct leak points found per floor during smoke test (same duct footage each floor): 7, 4, 9, 5, 6, 8, 3, 6, 7, 5. c chart -- UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk from summary
cpk27 = min(57 - 55.6, 55.6 - 53) / (3 * 0.5)
assert abs(cpk27 - float(sp.Rational(14, 15))) < 1e-12
add(
    "SAT spec 55 ±2 °F. process mean 55.6 °F, within-subgroup sigma 0.5 °F. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Cp from Rbar/d2, n=5, Rbar 0.9 °F, spec 44 +/- 2 °F (CHWS)
d2_5 = integrate.quad(lambda z: 1 - stats.norm.cdf(z) ** 5 - stats.norm.sf(z) ** 5, -np.inf, np.inf)[0]
assert abs(d2_5 - 2.326) < 1e-3
cp28 = 4.0 / (6 * 0.9 / d2_5)
assert abs(cp28 - 4.0 / (6 * 0.9 / 2.326)) / cp28 < 1e-3
add(
    "CHWS temp spec 42–46 °F. running X̄-R on it, subgroups of 5, R̄ = 0.9 °F. estimate sigma as R̄/d2 -- Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample, delta 50 cfm, sigma 60, alpha .05 two-sided, power .90
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 60**2 / 50**2)
assert n29 == math.ceil(2 * (1.96 + 1.2816) ** 2 * 3600 / 2500)
add(
    "want to compare two hood models reading the same diffuser population, detect a 50 cfm diff in means, sd ~60 cfm each, α = 0.05 two sided, 90% power. normal approx, how many readings per model?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 42,000 Btu/h (IT) -> kW
kw = 42000 * 1055.05585262 / 3600 / 1000
assert abs(kw - 3.5 * 3.516853) / kw < 1e-5
add(
    "RTU nameplate 42,000 Btu/h cooling, owner's rep wants it in kW (IT Btu)",
    "unit_conversion",
    {"rule": "number", "tol": 1e-3},
    float(kw),
)

assert len(items) == 30
from collections import Counter

cnt = Counter(it["mode"] for it in items)
assert cnt == dict(
    calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2,
    design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1,
), cnt
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, HVAC commissioning engineer (TAB reports, cfm, Btu/h, in. w.c., °F)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
