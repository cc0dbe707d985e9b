"""Independent reference answers for round40d (fab yield engineer voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round40d"
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


def num(tol=1e-6, key=None):
    c = {"rule": "number", "tol": tol}
    if key:
        c["key"] = key
    return c


t, x = sp.symbols("t x")

# r01 calculus: derivative of 120(1-exp(-t/45)) -> (120/45) exp(-t/45) = 8/3 exp(-t/45)
d = sp.diff(120 * (1 - sp.exp(-t / 45)), t)
assert sp.simplify(d - sp.Rational(8, 3) * sp.exp(-t / 45)) == 0
add(
    "etch depth d(t)=120(1−e^(−t/45)) nm, t in s -> instantaneous etch rate dd/dt as a fn of t?",
    "calculus",
    {"rule": "expr"},
    "8*exp(-t/45)/3",
)

# r02 calculus: integral_0^4 (6t^2 - 2t + 5) dt = 128 - 16 + 20 = 132
v = sp.integrate(6 * t**2 - 2 * t + 5, (t, 0, 4))
add(
    "CVD dep rate r(t) = 6t² − 2t + 5 nm/s. total film thickness laid down from t=0 -> 4 s, in nm?",
    "calculus",
    num(),
    float(v),
)

# r03 calculus: maximize G(t)=400 t e^{-t/8}; G'=0 -> t=8
sol = sp.solve(sp.diff(400 * t * sp.exp(-t / 8), t), t)
assert sol == [8]
add(
    "good die out/hr after a PM modeled as G(t)=400·t·e^(−t/8), t = hrs since PM (t>0). what t maximizes G?",
    "calculus",
    num(),
    8.0,
)

# r04 calculus: lim_{x->0} ((1-e^{-x})/x)^2 = 1 (Murphy yield at zero defects)
lim = sp.limit(((1 - sp.exp(-x)) / x) ** 2, x, 0)
assert lim == 1
add("murphy yield Y=((1−e^(−x))/x)² w/ x=A·D0 ... lim x->0 of Y ?", "calculus", {"rule": "expr"}, "1")

# r05 algebra: roots of 2x^2 - 11x + 12 -> (11±5)/4 = 1.5, 4
r = sorted(float(s) for s in sp.solve(2 * x**2 - 11 * x + 12, x))
add("CD bias fit gives 2x² − 11x + 12 = 0 -> roots?", "algebra", {"rule": "set"}, r)

# r06 algebra: Y = exp(-A D0) -> D0 = -ln(Y)/A = -ln(0.85)/0.5
add(
    "poisson yield Y=exp(−A·D0). die area 0.5 cm², observed die yield 85% -> back out D0 in defects/cm²?",
    "algebra",
    num(),
    -math.log(0.85) / 0.5,
)

# r07 algebra: 500*2^(-t/12)=125 -> 2^(-t/12)=1/4 -> t=24
sol = sp.solve(sp.Eq(500 * 2 ** (-t / 12), 125), t)
assert sol == [24]
add("pad conditioner life curve 500·2^(−t/12) = 125 → solve for t (hrs)", "algebra", num(), 24.0)

# r08 linear algebra: eigenvalues of [[4,1],[1,4]] -> 3, 5
ev = sorted(float(e) for e in np.linalg.eigvalsh(np.array([[4, 1], [1, 4]], float)))
add(
    "overlay x/y residual covariance [[4,1],[1,4]] nm² -> eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    [round(e, 10) for e in ev],
)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 2*11 - 1*4 = 18
dt = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
assert dt == 18
add("scanner grid correction matrix A = [[2,1,0],[1,3,1],[0,1,4]]   det(A) = ?", "linear_algebra", num(), float(dt))

# r10 probability: Poisson(0.5), P(X<=1) = e^-0.5 * 1.5
add(
    "killer defects per die ~ Poisson w/ mean 0.5. P(a die has ≤1 killer defect)?",
    "probability",
    num(),
    float(stats.poisson.cdf(1, 0.5)),
)

# r11 probability: Binomial(25, 0.04), P(X>=2) = 1 - cdf(1)
add(
    "25-wafer lot, each wafer scrapped independently w/ p=0.04 -> P(2 or more wafers scrapped in the lot)?",
    "probability",
    num(),
    float(stats.binom.sf(1, 25, 0.04)),
)

# r12 probability: N(45,1.2), P(43<X<47) = Phi(2/1.2)-Phi(-2/1.2)
add(
    "CD ~ N(μ=45 nm, σ=1.2 nm), spec 43–47 nm. what fraction of dies land in spec?",
    "probability",
    num(),
    float(stats.norm.cdf(47, 45, 1.2) - stats.norm.cdf(43, 45, 1.2)),
)

# r13 probability: Bayes: 0.02*0.95 / (0.02*0.95 + 0.98*0.03)
p = 0.02 * 0.95 / (0.02 * 0.95 + 0.98 * 0.03)
add(
    "darkfield inspection: 2% of dies are truly defective, the tool flags 95% of the real defects and "
    "false-flags 3% of clean dies. a die gets flagged -> P(it's actually defective)?",
    "probability",
    num(),
    p,
)

# r14 hypothesis test: one-sample t vs 45.0, two-sided
cd = [45.3, 45.8, 44.9, 45.6, 45.4, 45.9, 45.2, 45.5]
res = stats.ttest_1samp(cd, 45.0)
add(
    "post-litho CD, 8 sites: 45.3 45.8 44.9 45.6 45.4 45.9 45.2 45.5 nm. target 45.0 -> one-sample t, two-sided, p?",
    "hypothesis_test",
    num(1e-4, "p_value"),
    float(res.pvalue),
)

# r15 hypothesis test: Welch two-sample t, two-sided
A = [312, 318, 305, 321, 309, 315]
B = [298, 306, 301, 310, 295, 303, 299]
res = stats.ttest_ind(A, B, equal_var=False)
add(
    "etch rate chamber A vs chamber B (nm/min)\nA: 312 318 305 321 309 315\nB: 298 306 301 310 295 303 299\n"
    "welch t-test, two-sided -> p-value?",
    "hypothesis_test",
    num(1e-4, "p_value"),
    float(res.pvalue),
)

# r16 hypothesis test: paired t on same 7 wafers, E1 vs E2, two-sided
E1 = [101.2, 99.8, 100.5, 102.1, 98.9, 100.0, 101.4]
E2 = [101.6, 100.1, 100.6, 102.6, 99.3, 100.2, 101.9]
res = stats.ttest_rel(E1, E2)
add(
    "tool matching: same 7 wafers measured on ellipsometer E1 and E2 (Å, wafer order matches)\n"
    "E1 101.2 99.8 100.5 102.1 98.9 100.0 101.4\nE2 101.6 100.1 100.6 102.6 99.3 100.2 101.9\n"
    "paired t, two-sided, p = ?",
    "hypothesis_test",
    num(1e-4, "p_value"),
    float(res.pvalue),
)

# r17 hypothesis test: chi-square independence on 2x3 table (no continuity correction applies)
tab = np.array([[18, 42, 15], [30, 35, 25]])
chi2, pv, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "defect class counts by etcher (scratch / particle / residue):\nETCH01: 18 42 15\nETCH02: 30 35 25\n"
    "is defect mix independent of tool? chi² test of independence p-value",
    "hypothesis_test",
    num(1e-4, "p_value"),
    float(pv),
)

# r18 regression: OLS slope ER vs RF power
xw = np.array([200, 250, 300, 350, 400], float)
yer = np.array([102, 118, 135, 149, 167], float)
lr = stats.linregress(xw, yer)
add(
    "ER vs RF power: W 200 250 300 350 400 -> ER 102 118 135 149 167 nm/min. OLS slope (nm/min per W)?",
    "regression",
    num(1e-6, "slope"),
    float(lr.slope),
)

# r19 regression: R^2 of simple linear fit yield vs D0
d0 = np.array([0.10, 0.15, 0.22, 0.28, 0.35, 0.41])
yl = np.array([92.1, 89.5, 85.2, 82.0, 77.9, 74.6])
lr = stats.linregress(d0, yl)
add(
    "6 lots, D0 (def/cm²) vs sort yield %: D0 0.10 0.15 0.22 0.28 0.35 0.41 ; Y 92.1 89.5 85.2 82.0 77.9 74.6 "
    "-> straight-line fit of Y on D0, R²?",
    "regression",
    num(1e-6, "r_squared"),
    float(lr.rvalue**2),
)

# r20 anova: one-way ANOVA 3 etchers, p-value
g1 = [2.1, 2.4, 2.2, 2.6, 2.3]
g2 = [2.8, 2.7, 3.1, 2.9, 3.0]
g3 = [2.2, 2.5, 2.4, 2.3, 2.6]
res = stats.f_oneway(g1, g2, g3)
add(
    "CD uniformity (% 1σ) by etcher — E1: 2.1 2.4 2.2 2.6 2.3 | E2: 2.8 2.7 3.1 2.9 3.0 | "
    "E3: 2.2 2.5 2.4 2.3 2.6. one-way anova p?",
    "anova",
    num(1e-4, "p_value"),
    float(res.pvalue),
)

# r21 anova: one-way ANOVA F statistic, 4 lots x 4 wafers sheet resistance
L = [[52.1, 51.8, 52.4, 52.0], [52.9, 53.1, 52.6, 53.0], [51.7, 52.0, 51.5, 51.9], [52.3, 52.5, 52.2, 52.7]]
res = stats.f_oneway(*L)
add(
    "Rs (Ω/sq), 4 wafers/lot:\nlot1 52.1 51.8 52.4 52.0\nlot2 52.9 53.1 52.6 53.0\nlot3 51.7 52.0 51.5 51.9\n"
    "lot4 52.3 52.5 52.2 52.7\nlot-to-lot diff? give the one-way ANOVA F statistic",
    "anova",
    num(1e-4, "statistic"),
    float(res.statistic),
)

# r22 design: 2^4 full factorial + 3 center points = 16 + 3 = 19 runs
add(
    "DOE on the implant step: 2^4 full factorial, single replicate, plus 3 center pts -> total runs?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 2^(6-2) fraction = 16 runs, 2 replicates total = 32 runs
add(
    "2^(6−2) frac factorial for the CMP recipe, 2 replicates total (no center pts), 1 wafer per run. how many wafers?",
    "design",
    {"rule": "runs"},
    2 ** (6 - 2) * 2,
)

# r24 design: AB interaction effect = [(--)+(++)-(+-)-(-+)]/2 = (70+84-78-72)/2 = 2
y = {(-1, -1): 70, (1, -1): 78, (-1, 1): 72, (1, 1): 84}
ab = sum(a * b * v for (a, b), v in y.items()) / 2
assert ab == 2
add(
    "2² DOE on yield %, (A,B) levels: (−,−)=70 (+,−)=78 (−,+)=72 (+,+)=84. AB interaction effect "
    "(the effect, not the half-effect regression coef)?",
    "design",
    num(),
    float(ab),
)

# r25 control chart: Xbar UCL = Xbarbar + A2*Rbar, A2(n=5)=0.577
add(
    "xbar-R on CD, n=5/subgroup, 20 subgroups: X̿=45.02 nm, R̄=0.84 nm → UCL for the xbar chart?",
    "control_chart",
    num(1e-4, "ucl"),
    45.02 + 0.577 * 0.84,
)

# r26 control chart: p-chart LCL = pbar - 3 sqrt(pbar(1-pbar)/n), pbar=0.035, n=400
lcl = 0.035 - 3 * math.sqrt(0.035 * 0.965 / 400)
assert lcl > 0
add(
    "p chart on die reject fraction, p̄=0.035, n=400 dies/wafer (constant) -> 3σ LCL?",
    "control_chart",
    num(1e-6, "lcl"),
    lcl,
)

# r27 capability: REFUSE - no sigma / data given, Cpk cannot be computed
add("cpk? CD USL 47 nm LSL 43 nm, mean 45.4 nm", "capability", {"rule": "refuse"}, None)

# r28 capability: Cpk with sigma_within = Rbar/d2, d2(n=4)=2.059
sig = 0.62 / 2.059
cpk = min(47 - 45.3, 45.3 - 43) / (3 * sig)
add(
    "Cpk w/ within σ = R̄/d2 : subgroup size 4, R̄=0.62 nm, X̿=45.3 nm, LSL 43 / USL 47 nm",
    "capability",
    num(1e-3, "cpk"),
    cpk,
)

# r29 sample size: one-sample, known sigma, z approx: n = ((z_.975+z_.90)*sigma/delta)^2 rounded up
n = math.ceil(((stats.norm.ppf(0.975) + stats.norm.ppf(0.90)) * 1.2 / 0.5) ** 2)
add(
    "how many wafers to detect a 0.5 nm shift in mean CD? σ=1.2 nm known, α=0.05 two-sided, "
    "power 90%, one-sample z approx",
    "sample_size",
    {"rule": "int", "key": "n"},
    n,
)

# r30 unit conversion: 1.8 nm/s = 18 Å/s = 1080 Å/min
add("etch rate 1.8 nm/s -> Å/min ?", "unit_conversion", num(), 1.8 * 10 * 60)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, fab yield engineer terse shell queries",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
