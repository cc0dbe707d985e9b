"""Reference answers for round43a (injection-moulding process engineer voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round43a"
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


t, x, g = sp.symbols("t x gamma", positive=True)

# r01 calculus: d/dt [40+190 e^{-t/8}] at t=8 -> -190/8 * e^{-1}
T = 40 + 190 * sp.exp(-t / 8)
r01 = sp.simplify(sp.diff(T, t).subs(t, 8))
add(
    "mould wall cooling curve T(t) = 40 + 190·e^(−t/8) °C, t in seconds. what is dT/dt "
    "at t = 8 s (exact, °C/s; negative = cooling)",
    "calculus",
    {"rule": "expr"},
    str(r01),
)

# r02 calculus: integral of 600 t e^{-t/2} from 0 to 4 (bar*s)
p = 600 * t * sp.exp(-t / 2)
r02 = sp.simplify(sp.integrate(p, (t, 0, 4)))
add(
    "Cavity pressure trace fitted as p(t) = 600·t·e^(−t/2) bar (t in s). What's the pressure "
    "integral ∫p dt from t=0 to t=4 s, exact form please, bar·s",
    "calculus",
    {"rule": "expr"},
    str(r02),
)

# r03 calculus: minimise C(t)=12/t+0.75t -> t=sqrt(12/0.75)=4
C = 12 / t + sp.Rational(3, 4) * t
r03 = sp.solve(sp.diff(C, t), t)
assert r03 == [4]
add(
    "cost per part vs cooling time roughly C(t) = 12/t + 0.75t cents, t = cooling time in s "
    "(t>0). which cooling time minimises cost?",
    "calculus",
    {"rule": "expr"},
    str(r03[0]),
)

# r04 calculus: eta = 8000*gamma^(-1/2); d eta/d gamma at gamma=100 -> -4
eta = 8000 * g ** sp.Rational(-1, 2)
r04 = sp.diff(eta, g).subs(g, 100)
add(
    "PP melt, power-law viscosity η = K·γ̇^(n−1) with K = 8000 Pa·s^n and n = 0.5. "
    "Slope dη/dγ̇ at shear rate 100 1/s? (Pa·s²)",
    "calculus",
    {"rule": "expr"},
    str(r04),
)

# r05 algebra: 2n^2 + n - 21 = 0 -> n = 3, -7/2
n = sp.symbols("n")
r05 = sorted(float(v) for v in sp.solve(2 * n**2 + n - 21, n))
add(
    "solve 2n² + n − 21 = 0 for n (came out of a runner balance calc, give both roots)", "algebra", {"rule": "set"}, r05
)

# r06 algebra: 4p + r = 182, 2p + r = 98 -> p=42, r=14
pp, rr = sp.symbols("p r")
s6 = sp.solve([4 * pp + rr - 182, 2 * pp + rr - 98], [pp, rr])
add(
    "4-cav tool, full shot incl. cold runner weighs 182 g. Blocked off two cavities (runner "
    "unchanged) and the shot weighed 98 g. All parts identical. How many grams is the runner "
    "alone?",
    "algebra",
    {"rule": "expr"},
    str(s6[rr]),
)

# r07 algebra: 40+190 e^{-t/8} = 60 -> t = 8 ln(9.5)
s7 = sp.solve(sp.Eq(40 + 190 * sp.exp(-t / 8), 60), t)
r07 = sp.simplify(s7[0])
add(
    "Part cooling law T = 40 + 190e^(−t/8) °C. At what time t (s) does the part "
    "reach 60 °C for ejection? exact expression",
    "algebra",
    {"rule": "expr"},
    "8*log(19/2)",
)
assert sp.simplify(r07 - 8 * sp.log(sp.Rational(19, 2))) == 0

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
A8 = np.array([[4, 1], [2, 3]], float)
r08 = sorted(float(v) for v in np.linalg.eigvals(A8).real)
add("eigenvalues of the 2x2 interaction matrix [[4, 1], [2, 3]] ?", "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M9 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add(
    "Sensitivity matrix from the 3-zone barrel heater study:\n  2 1 0\n  1 3 1\n  0 1 4\nwhat's its determinant?",
    "linear_algebra",
    {"rule": "expr"},
    str(M9.det()),
)

# r10 probability: P(at least one short shot among 8 independent cavities, p=0.03)
r10 = 1 - 0.97**8
add(
    "8-cavity hot runner. each cavity independently short-shots with prob 3% per cycle. "
    "Probability a given cycle has at least one short shot?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r10,
)

# r11 probability: Poisson mean 1.6 per 100 parts, P(X=3)
r11 = float(stats.poisson.pmf(3, 1.6))
add(
    "Black specks average 1.6 per hundred parts (assume Poisson). Chance a box of 100 parts has exactly 3 specks?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)

# r12 probability: hypergeometric N=50, K=4, n=6, P(X=0)
r12 = float(stats.hypergeom.pmf(0, 50, 4, 6))
add(
    "Tote of 50 lenses, 4 of them have flow lines. QC pulls 6 at random without replacement. "
    "P(none of the 6 has flow lines)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)

# r13 probability: REFUSE - no sigma / distribution spread given
add(
    "process mean shot weight is 42.3 g, USL is 42.6 g. what fraction of shots will be over the USL?",
    "probability",
    {"rule": "refuse"},
    None,
)

# r14 hypothesis test: one-sample t, two-sided vs 42.50 g
w14 = [42.41, 42.38, 42.52, 42.47, 42.36, 42.44, 42.40, 42.49]
r14 = stats.ttest_1samp(w14, 42.50)
add(
    "Target shot wt 42.50 g. Last 8 shots: 42.41 42.38 42.52 42.47 42.36 42.44 42.40 42.49. "
    "One-sample t test, two-sided — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch two-sample, two-sided p-value
a15 = [1.62, 1.58, 1.65, 1.60, 1.63, 1.59]
b15 = [1.71, 1.66, 1.74, 1.69, 1.77, 1.68, 1.72]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add(
    "shrinkage % at melt 230°C: 1.62, 1.58, 1.65, 1.60, 1.63, 1.59\n"
    "at 250°C: 1.71, 1.66, 1.74, 1.69, 1.77, 1.68, 1.72\n"
    "Welch t-test (unequal variances), two-sided, what's the p value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4},
    float(r15.pvalue),
)

# r16 hypothesis test: paired t, two-sided p-value (before vs after annealing)
b16 = [100.12, 100.08, 100.15, 100.10, 100.11, 100.09, 100.14]
a16 = [100.05, 100.04, 100.06, 100.05, 100.07, 100.03, 100.08]
r16 = stats.ttest_rel(b16, a16)
add(
    "Measured the same 7 housings (length, mm) before and after a 24 h anneal.\n"
    "before: 100.12 100.08 100.15 100.10 100.11 100.09 100.14\n"
    "after:  100.05 100.04 100.06 100.05 100.07 100.03 100.08\n"
    "Paired t-test two-sided, is the anneal shrinkage real? give me the p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4},
    float(r16.pvalue),
)

# r17 hypothesis test: chi-square independence 2x3, Pearson statistic (no continuity corr.)
tab17 = np.array([[18, 11, 21], [27, 9, 14]])
chi2, p17, dof, _ = stats.chi2_contingency(tab17, correction=False)
add(
    "Reject log by shift. Day shift: short shot 18, flash 11, sink 21. Night shift: short shot "
    "27, flash 9, sink 14. Chi-square test of independence between shift and defect type — "
    "what's the Pearson chi² statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1.0e-4},
    round(float(chi2), 12),
)

# r18 regression: OLS slope shrinkage % on melt temp °F
x18 = [440, 455, 470, 485, 500, 515]
y18 = [1.92, 1.88, 1.81, 1.79, 1.72, 1.69]
r18 = stats.linregress(x18, y18)
add(
    "melt temp (°F): 440 455 470 485 500 515\nshrinkage (%): 1.92 1.88 1.81 1.79 1.72 1.69\n"
    "least-squares line shrinkage vs temp — slope in %/°F?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1.0e-4},
    float(r18.slope),
)

# r19 regression: R^2 of part weight on hold pressure
x19 = [8000, 9000, 10000, 11000, 12000, 13000, 14000]
y19 = [41.92, 42.05, 42.11, 42.24, 42.28, 42.37, 42.40]
fit19 = sm.OLS(y19, sm.add_constant(x19)).fit()
add(
    "Hold pressure sweep, 7 settings from 8000 to 14000 psi in 1000 psi steps, part weights "
    "(g) in order: 41.92, 42.05, 42.11, 42.24, 42.28, 42.37, 42.40. How much of the weight "
    "variation does a straight-line fit explain (R²)?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1.0e-4},
    float(fit19.rsquared),
)

# r20 ANOVA: one-way, 3 cavities x 5 parts, F statistic
c1 = [12.41, 12.44, 12.39, 12.42, 12.40]
c2 = [12.46, 12.48, 12.45, 12.49, 12.47]
c3 = [12.40, 12.43, 12.42, 12.38, 12.41]
r20 = stats.f_oneway(c1, c2, c3)
add(
    "Part weights (g) by cavity, 5 parts each\ncav1 12.41 12.44 12.39 12.42 12.40\n"
    "cav2 12.46 12.48 12.45 12.49 12.47\ncav3 12.40 12.43 12.42 12.38 12.41\n"
    "one-way anova — F value?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1.0e-4},
    float(r20.statistic),
)

# r21 ANOVA: one-way, 4 mould temps x 4 parts, p-value
w40 = [0.82, 0.79, 0.85, 0.80]
w50 = [0.76, 0.74, 0.78, 0.77]
w60 = [0.71, 0.75, 0.72, 0.70]
w70 = [0.69, 0.73, 0.68, 0.71]
r21 = stats.f_oneway(w40, w50, w60, w70)
add(
    "Does mould temperature affect warpage? Four tool temps, four parts each, warp in mm: "
    "40 °C → 0.82, 0.79, 0.85, 0.80; 50 °C → 0.76, 0.74, 0.78, 0.77; 60 °C → 0.71, 0.75, 0.72, "
    "0.70; 70 °C → 0.69, 0.73, 0.68, 0.71. One-way ANOVA p-value please.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1.0e-4},
    float(r21.pvalue),
)

# r22 design: CCD 3 factors, full 2^3 cube (8) + 6 axial + 5 centre = 19
add(
    "planning a central composite design on melt temp, hold pressure and cooling time: full "
    "2³ factorial cube, the 6 axial (star) points and 5 centre points. total number of runs?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 5,
)

# r23 design: 2^(7-3) fractional factorial = 16 runs
add(
    "7 factors (barrel zones, inj speed, hold p, hold time, cool time, back pressure, mould "
    "temp), two levels each, running a 2^(7−3) fraction, no centre points, no replicates. "
    "How many moulding runs is that?",
    "design",
    {"rule": "runs"},
    2 ** (7 - 3),
)

# r24 design: 2^2 main effect of hold pressure = mean(high) - mean(low)
resp = {(-1, -1): 41.8, (1, -1): 42.3, (-1, 1): 41.9, (1, 1): 42.6}
r24 = np.mean([v for k, v in resp.items() if k[0] == 1]) - np.mean([v for k, v in resp.items() if k[0] == -1])
add(
    "2x2 factorial, A = hold pressure, B = mould temp, one shot wt per run (g): A low B low "
    "41.8, A high B low 42.3, A low B high 41.9, A high B high 42.6. main effect of A?",
    "design",
    {"rule": "number", "tol": 1.0e-6},
    round(float(r24), 10),
)

# r25 control chart: Xbar-R, n=5, A2=0.577, UCL = 42.31 + 0.577*0.18
r25 = 42.31 + 0.577 * 0.18
add(
    "Xbar-R chart on shot weight, subgroups of 5 consecutive shots, 25 subgroups. grand mean "
    "42.31 g, R-bar 0.18 g. UCL for the Xbar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-4},
    r25,
)

# r26 control chart: p chart, n=150, 60 rejects in 1500 -> pbar=0.04, UCL=0.088
rej = [6, 4, 9, 5, 7, 3, 8, 6, 5, 7]
pbar = sum(rej) / (150 * len(rej))
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
add(
    "p chart for visual rejects. ten samples of 150 parts each, rejects per sample: six, four, "
    "nine, five, seven, three, eight, six, five, seven. 3-sigma upper control limit for the "
    "fraction defective?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1.0e-6},
    round(r26, 12),
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.07,0.13)/0.06
r27 = min(25.50 - 25.43, 25.43 - 25.30) / (3 * 0.02)
add(
    "boss OD spec 25.40 ± 0.10 mm, process mean 25.43 mm, sigma 0.02 mm (stable, normal). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1.0e-6},
    round(r27, 12),
)

# r28 capability: Ppk from data, overall sample sd (n-1)
d28 = [0.7512, 0.7508, 0.7521, 0.7515, 0.7503, 0.7519, 0.7510, 0.7524, 0.7507, 0.7516, 0.7513, 0.7520]
m28, s28 = np.mean(d28), np.std(d28, ddof=1)
r28 = min(0.755 - m28, m28 - 0.745) / (3 * s28)
add(
    "clip width spec 0.750 ± 0.005 in. 12 parts off the new tool: 0.7512 0.7508 0.7521 0.7515 "
    "0.7503 0.7519 0.7510 0.7524 0.7507 0.7516 0.7513 0.7520. Ppk using overall sample std dev "
    "(n−1)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1.0e-4},
    float(r28),
)

# r29 sample size: n = ceil((z_.975 * sigma / E)^2), sigma=0.18, E=0.05
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.18 / 0.05) ** 2)
add(
    "How many shots do I need to weigh to estimate mean shot weight to within ±0.05 g at 95% "
    "confidence? σ known ≈ 0.18 g from history.",
    "sample_size",
    {"rule": "int", "key": "n"},
    int(r29),
)

# r30 unit conversion: 1450 psi -> bar (1 psi = 6894.757293168 Pa, 1 bar = 1e5 Pa)
r30 = 1450 * 6894.757293168 / 1e5
add(
    "old press readout says hydraulic 1450 psi, what's that in bar?",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-6},
    r30,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, injection-moulding process engineer shift notes, mixed units",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
