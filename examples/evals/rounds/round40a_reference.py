"""round40a reference answers -- brewery QA lead voice. Computes each reference independently."""

import os
import math, yaml
import numpy as np
import sympy as sp
from scipy import stats

t, x, r = sp.symbols("t x r", positive=True)
items = []


def add(id_, q, mode, compare, ref):
    items.append({"id": id_, "split": "unseen", "question": q, "mode": mode, "compare": compare, "reference": ref})


# r01 calculus: integral_0^inf 12 exp(-t/40) dt = 480
v = sp.integrate(12 * sp.exp(-t / 40), (t, 0, sp.oo))
assert v == 480
add(
    "r01",
    "co2 evolution on FV3 modeled as r(t)=12·e^(−t/40) L/h, t in hours from pitch. total liters of co2 if we let it run out forever? (integrate 0→∞)",
    "calculus",
    {"rule": "expr"},
    str(v),
)

# r02 calculus: d/dt [12 + 48 exp(-3t/20)] = -36/5 exp(-3t/20)
d = sp.diff(12 + 48 * sp.exp(-sp.Rational(3, 20) * t), t)
add(
    "r02",
    "gravity decay fit on the hefe, in gravity points: G(t) = 12 + 48 e^(−3t/20), t in days. need dG/dt as a function of t",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(d)),
)

# r03 calculus: limit x->0 (e^(2x)-1)/sin(3x) = 2/3
L = sp.limit((sp.exp(2 * x) - 1) / sp.sin(3 * x), x, 0)
add("r03", "lim x→0 of (e^(2x) − 1)/sin(3x)", "calculus", {"rule": "expr"}, str(L))

# r04 calculus: open-top cylinder of volume 10 m^3, minimize area S = pi r^2 + 2V/r -> r = (10/pi)^(1/3)
V = 10
S = sp.pi * r**2 + 2 * V / r
rs = sp.solve(sp.diff(S, r), r)
rs = [s for s in rs if s.is_real and s.is_positive][0]
assert sp.simplify(rs - (sp.Integer(10) / sp.pi) ** sp.Rational(1, 3)) == 0
add(
    "r04",
    "designing an open-top cylindrical grant/collection vessel, must hold exactly 10 m³. want least sheet steel (bottom + side wall, no lid). what radius r in metres minimizes the area?",
    "calculus",
    {"rule": "expr"},
    "(10/pi)**(1/3)",
)

# r05 algebra: x hL of 16 P + (100-x) hL of 10 P = 100 hL at 12 P -> x = 100/3 (linear Plato blending)
xb = sp.solve(sp.Eq(16 * x + 10 * (100 - x), 12 * 100), x)[0]
assert xb == sp.Rational(100, 3)
add(
    "r05",
    "blending: have 16 °P high-grav wort and 10 °P wort, need 100 hL total at 12 °P. treat °P as blending linearly by volume. how many hL of the 16 °P go in?",
    "algebra",
    {"rule": "expr"},
    str(xb),
)

# r06 algebra: 10^(-x) = 3.2e-5 -> x = -log10(3.2e-5)
ph = -math.log10(3.2e-5)
add(
    "r06",
    "solve 10^(−x) = 3.2×10⁻⁵ for x (it's a [H+] → pH thing, just want x)",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    ph,
)

# r07 algebra: roots of t^3 - 9t^2 + 26t - 24 -> 2,3,4
roots = sorted(float(s) for s in sp.solve(t**3 - 9 * t**2 + 26 * t - 24, t))
assert roots == [2.0, 3.0, 4.0]
add("r07", "roots of t³ − 9t² + 26t − 24 = 0 ? all of them pls", "algebra", {"rule": "set"}, roots)

# r08 linear algebra: det [[2,-1,0],[1,3,4],[0,5,-2]] = -54
M = sp.Matrix([[2, -1, 0], [1, 3, 4], [0, 5, -2]])
add("r08", "det of the 3x3  [[2, −1, 0], [1, 3, 4], [0, 5, −2]]", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2,5
ev = sorted(float(e) for e in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add(
    "r09",
    "transition matrix-ish thing from our tank state model, A = [4 1; 2 3]. what are the eigenvalues",
    "linear_algebra",
    {"rule": "set"},
    ev,
)

# r10 probability: X~Bin(50,0.02), P(X>=2) = 1 - P0 - P1
p10 = float(stats.binom.sf(1, 50, 0.02))
add(
    "r10",
    "underfill rate on the canning line runs about 2% per can, independent. pull 50 cans — prob at least 2 are underfilled?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p10,
)

# r11 probability: Normal(355, 2.1), P(X<351)
p11 = float(stats.norm.cdf(351, 355, 2.1))
add(
    "r11",
    "fill vol is normal, μ = 355 mL, σ = 2.1 mL. what fraction of cans come in under 351 mL",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p11,
)

# r12 probability: Poisson rate 0.8/week, 3 weeks -> lambda 2.4, P(0) = exp(-2.4)
p12 = float(stats.poisson.pmf(0, 2.4))
add(
    "r12",
    "micro positives in the bright tanks follow a poisson process avg 0.8 per week. chance we go 3 straight weeks with zero positives?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p12,
)

# r13 probability: Bayes, sens .95 spec .90 prev .04 -> PPV
ppv = 0.95 * 0.04 / (0.95 * 0.04 + 0.10 * 0.96)
add(
    "r13",
    "brett PCR screen: sensitivity 95%, specificity 90%. about 4% of our barrels actually have brett. barrel tests positive — P(it really has brett)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    ppv,
)

# r14 hypothesis: one-sample t two-sided vs 1.0100
fg = [1.0112, 1.0105, 1.0118, 1.0109, 1.0121, 1.0114, 1.0107, 1.0116]
r14 = stats.ttest_1samp(fg, 1.0100)
add(
    "r14",
    "FG readings on the last 8 batches of pale: 1.0112 1.0105 1.0118 1.0109 1.0121 1.0114 1.0107 1.0116. target FG is 1.0100. one-sample t, two-sided — p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis: Welch two-sample t, two-sided
a = [34.2, 35.1, 33.8, 36.0, 34.9, 35.5]
b = [32.9, 33.4, 34.1, 32.5, 33.8, 33.0, 33.6]
r15 = stats.ttest_ind(a, b, equal_var=False)
add(
    "r15",
    "Measured IBU on beers hopped from two different hop lots. Lot A: 34.2, 35.1, 33.8, 36.0, 34.9, 35.5. Lot B: 32.9, 33.4, 34.1, 32.5, 33.8, 33.0, 33.6. Welch t-test (unequal variances), two-sided: what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16 hypothesis: chi-square test of independence 3x3, Pearson statistic
tab = np.array([[22, 15, 8], [18, 20, 12], [25, 14, 21]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "r16",
    "packaging defects by shift vs defect type, counts —\n          label  fill  cap\nday        22    15    8\nswing      18    20   12\nnight      25    14   21\nchi-square test of independence, give me the pearson χ² statistic",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(chi2),
)

# r17 hypothesis: paired t, differences lab - inline
lab = [12.10, 11.85, 12.32, 11.97, 12.05, 12.21, 11.90, 12.14]
inl = [12.02, 11.80, 12.21, 11.95, 11.96, 12.15, 11.88, 12.03]
r17 = stats.ttest_rel(lab, inl)
add(
    "r17",
    "lab densitometer vs inline meter, same 8 tanks, °P\nlab:    12.10 11.85 12.32 11.97 12.05 12.21 11.90 12.14\ninline: 12.02 11.80 12.21 11.95 11.96 12.15 11.88 12.03\npaired t test on d = lab − inline, whats the t statistic",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r17.statistic),
)

# r18 regression: OLS slope attenuation on pitch temp
xt = [16, 17, 18, 19, 20, 21, 22]
ya = [74.1, 75.0, 76.2, 76.8, 78.1, 78.6, 79.9]
lr18 = stats.linregress(xt, ya)
add(
    "r18",
    "pitch temp (°C) vs apparent attenuation (%):\n16 74.1\n17 75.0\n18 76.2\n19 76.8\n20 78.1\n21 78.6\n22 79.9\nleast squares line, attenuation on temp. slope?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(lr18.slope),
)

# r19 regression: R^2 of IBU on hop dose
xh = [100, 150, 200, 250, 300, 350]
yi = [18.2, 24.9, 31.5, 36.8, 42.0, 47.7]
lr19 = stats.linregress(xh, yi)
add(
    "r19",
    "Regressing measured IBU on bittering hop dose (g/hL), simple linear fit with intercept. dose = 100,150,200,250,300,350 ; IBU = 18.2, 24.9, 31.5, 36.8, 42.0, 47.7. How much of the variation does the line explain (R²)?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(lr19.rvalue**2),
)

# r20 anova: one-way F for three yeast strains
A = [78.2, 77.9, 79.1, 78.5]
B = [80.3, 81.0, 80.6, 79.8]
C = [76.9, 77.4, 76.5, 77.8]
r20 = stats.f_oneway(A, B, C)
add(
    "r20",
    "three yeast strains, 4 fermentations each, apparent attenuation %\nstrain A 78.2 77.9 79.1 78.5\nstrain B 80.3 81.0 80.6 79.8\nstrain C 76.9 77.4 76.5 77.8\none-way anova F stat?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r20.statistic),
)

# r21 anova: one-way p-value, 4 fermenters DO (ppb)
F1 = [42, 38, 45, 40, 44]
F2 = [47, 51, 44, 49, 50]
F3 = [39, 41, 37, 43, 40]
F4 = [45, 43, 48, 46, 44]
r21 = stats.f_oneway(F1, F2, F3, F4)
add(
    "r21",
    "Dissolved O₂ at packaging (ppb), five cans sampled off each of four fermenters' packaging runs:\nFV1: 42, 38, 45, 40, 44\nFV2: 47, 51, 44, 49, 50\nFV3: 39, 41, 37, 43, 40\nFV4: 45, 43, 48, 46, 44\nIs there a difference between fermenters? One-way ANOVA at α = 0.05 — report the p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r21.pvalue),
)

# r22 design: 2^(5-1) half fraction -> 16 runs
add(
    "r22",
    "screening 5 two-level factors (mash temp, mash pH, boil time, whirlpool temp, pitch rate) with a half-fraction 2^(5−1). how many runs, no replicates no center pts",
    "design",
    {"rule": "runs"},
    2 ** (5 - 1),
)

# r23 design: full factorial 3x3x2 with 2 replicates -> 36
add(
    "r23",
    "dry hop trial: hop rate at 3 levels, contact time at 3 levels, 2 yeast strains. full factorial, every combo brewed twice (2 replicates). total number of brews?",
    "design",
    {"rule": "runs"},
    3 * 3 * 2 * 2,
)

# r24 design: CCD 3 factors, full 2^3 cube + 6 axial + 6 center = 20
add(
    "r24",
    "central composite design for 3 factors — full 2³ factorial cube, the 2k axial/star points, plus 6 center points. total runs?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)

# r25 control chart: Xbar-R UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 12.05 + 0.577 * 0.18
add(
    "r25",
    "xbar-R on OG, subgroups of 5, 25 subgroups. grand mean 12.05 °P, R̄ = 0.18 °P. UCL for the xbar chart? (A2 = 0.577)",
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    ucl25,
)

# r26 control chart: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n), pbar 0.04, n 200
ucl26 = 0.04 + 3 * math.sqrt(0.04 * 0.96 / 200)
add(
    "r26",
    "p chart for crooked labels. we inspect 200 bottles per subgroup, long-run p̄ = 0.04. 3-sigma upper control limit?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"},
    ucl26,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 0.17/0.15
cpk = min(5.2 - 5.03, 5.03 - 4.8) / (3 * 0.05)
add(
    "r27",
    "ABV spec on the lager is 4.8–5.2 %. process mean 5.03 %, σ 0.05 %. cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    cpk,
)

# r28 capability (refuse): Cpk requested with no spread information at all
add(
    "r28",
    "can fill cpk pls. LSL 350 mL USL 360 mL, line is running avg 356.2 mL. thats all i have off the hmi rn",
    "capability",
    {"rule": "refuse"},
    None,
)

# r29 sample size: n = ceil((z_.975 * 12 / 5)^2)
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 12 / 5) ** 2)
add(
    "r29",
    "want to estimate mean TPO on the bottling line to within ±5 ppb at 95% confidence. σ from history ≈ 12 ppb. how many bottles do i need to sample?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 unit conversion: 25 hL -> US gallons (1 US gal = 3.785411784 L)
gal = 2500 / 3.785411784
add("r30", "25 hL in US gallons?", "unit_conversion", {"rule": "number", "tol": 1.0e-4}, gal)

assert len(items) == 30
from collections import Counter

print(Counter(i["mode"] for i in items))
doc = {
    "suite": "round40a",
    "type": "reason",
    "description": "round40a unseen questions, brewery QA lead typing fast between tank checks",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round40a.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for i in items:
    print(i["id"], i["mode"], i["reference"])
