"""round22c reference answers, computed independently (scipy / statsmodels / sympy / math).
Voice: a biostatistics master's student and a brewery quality manager."""
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t = sp.symbols("x t")

# r01 calculus: derivative of logistic yeast growth N(t) = 100/(1+e^(-t/2)) -> expression
N = 100 / (1 + sp.exp(-t / 2))
d = sp.simplify(sp.diff(N, t))
assert sp.simplify(d - 50 * sp.exp(-t / 2) / (1 + sp.exp(-t / 2)) ** 2) == 0
add("r01", "calculus",
    "Logistic model for yeast cell count in my thesis: N(t) = 100/(1 + e^(−t/2)), t in hours. What is dN/dt?",
    {"rule": "expr"}, "50*exp(-t/2)/(1 + exp(-t/2))**2")

# r02 calculus: total CO2 = integral_0^inf 3 t e^(-t/2) dt = 12 (g/L)
v = sp.integrate(3 * t * sp.exp(-t / 2), (t, 0, sp.oo))
assert v == 12
add("r02", "calculus",
    "CO₂ evolution rate in the fermenter is modelled as r(t) = 3·t·e^(−t/2) g/L per hour. Integrate from t = 0 to infinity: how many g/L of CO₂ in total?",
    {"rule": "expr"}, str(v))

# r03 calculus: lim_{x->0} (e^x - 1 - x)/x^2 = 1/2
v = sp.limit((sp.exp(x) - 1 - x) / x ** 2, x, 0)
assert v == sp.Rational(1, 2)
add("r03", "calculus", "lim x→0 of (e^x − 1 − x)/x²", {"rule": "expr"}, str(v))

# r04 calculus: definite integral_1^e x^2 ln x dx = (2 e^3 + 1)/9
v = sp.integrate(x ** 2 * sp.log(x), (x, 1, sp.E))
assert sp.simplify(v - (2 * sp.exp(3) + 1) / 9) == 0
add("r04", "calculus",
    "Textbook exercise, integration by parts: evaluate the integral of x² ln x dx from x = 1 to x = e.",
    {"rule": "expr"}, str(sp.simplify(v)))

# r05 algebra: Plato approximation P = 259 - 259/SG, solve SG for P = 12 -> 259/247
SG = sp.symbols("SG", positive=True)
sol = sp.solve(sp.Eq(12, 259 - 259 / SG), SG)
assert sol == [sp.Rational(259, 247)]
add("r05", "algebra",
    "Using the rule of thumb °P = 259 − 259/SG, solve for the specific gravity SG when the wort reads 12 °P (give it exactly).",
    {"rule": "set"}, [str(sol[0])])  # rule set (one root) given by the lead: the answer is a list of roots

# r06 algebra: roots of 2x^3 - 3x^2 - 11x + 6 -> {3, -2, 1/2}
roots = sp.solve(2 * x ** 3 - 3 * x ** 2 - 11 * x + 6, x)
assert set(roots) == {3, -2, sp.Rational(1, 2)}
add("r06", "algebra", "find all real roots of 2x^3 - 3x^2 - 11x + 6 = 0",
    {"rule": "set"}, [str(r) for r in sorted(roots)])

# r07 algebra: blending 1.060 and 1.040 worts to 20 hL at 1.048 -> 8 hL of the 1.060 wort
a, b = sp.symbols("a b")
s = sp.solve([a + b - 20, 60 * a + 40 * b - 48 * 20], [a, b])
assert s[a] == 8 and s[b] == 12
add("r07", "algebra",
    "I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort (gravity points blend linearly by volume). How many hL of the 1.060 wort go in?",
    {"rule": "number", "tol": 1e-6}, float(s[a]))

# r08 linear algebra: det of the tridiagonal matrix -> 4
M = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
assert M.det() == 4
add("r08", "linear_algebra", "determinant of [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]",
    {"rule": "number", "tol": 1e-9}, float(M.det()))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> {2, 5}
A = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(A.eigenvals().keys())
assert ev == [2, 5]
add("r09", "linear_algebra", "What are the eigenvalues of the matrix A = [[4, 1], [2, 3]]?",
    {"rule": "set"}, [str(e) for e in ev])

# r10 probability: binomial, P(at least one of 12 kegs leaks), p = 0.05 -> 1 - 0.95^12
v = 1 - stats.binom.pmf(0, 12, 0.05)
assert abs(v - (1 - 0.95 ** 12)) < 1e-12
add("r10", "probability",
    "Each keg independently has a 5% chance of a leaking spear. We ship twelve kegs to a bar. Probability at least one leaks?",
    {"rule": "number", "tol": 1e-6}, float(v))

# r11 probability: normal, fill ~ N(355, 2.5), P(fill < 350 mL) = Phi(-2)
v = stats.norm.cdf(350, 355, 2.5)
add("r11", "probability",
    "Can fill volume is normal with μ = 355 mL and σ = 2.5 mL. What fraction of cans are filled below 350 mL?",
    {"rule": "number", "tol": 1e-6}, float(v))

# r12 probability: Poisson, mean 1.8 colonies per plate, P(X = 3)
v = stats.poisson.pmf(3, 1.8)
assert abs(v - math.exp(-1.8) * 1.8 ** 3 / 6) < 1e-15
add("r12", "probability",
    "Wild-yeast colonies on our lab plates follow a Poisson distribution averaging 1.8 per plate. P(exactly 3 colonies on a plate)?",
    {"rule": "number", "tol": 1e-6}, float(v))

# r13 probability: 95th percentile of N(7 days, 0.8 days)
v = stats.norm.ppf(0.95, 7, 0.8)
add("r13", "probability",
    "Primary fermentation time is normally distributed, mean seven days, standard deviation 0.8 days. What's the 95th percentile of fermentation time, in days?",
    {"rule": "number", "tol": 1e-4}, float(v))  # key dropped by the lead: the answer is a bare number

# r14 hypothesis test: one-sample two-sided t-test of IBU vs 35; reference = p-value
ibu = [33.8, 36.1, 34.5, 35.9, 33.2, 34.0, 34.7, 33.5]
r = stats.ttest_1samp(ibu, 35)
add("r14", "hypothesis_test",
    "Label claims 35 IBU. Eight batches measured 33.8, 36.1, 34.5, 35.9, 33.2, 34.0, 34.7, 33.5 IBU. Two-sided one-sample t-test of mean = 35: p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))

# r15 hypothesis test: Welch two-sample t-test, fermentation days, strain A vs B; reference = p-value
fa = [6.5, 7.0, 6.8, 7.4, 6.9, 7.1]
fb = [7.8, 8.4, 7.2, 8.9, 7.6, 8.1, 8.3]
r = stats.ttest_ind(fa, fb, equal_var=False)
add("r15", "hypothesis_test",
    "Days to terminal gravity, strain A: 6.5, 7.0, 6.8, 7.4, 6.9, 7.1; strain B: 7.8, 8.4, 7.2, 8.9, 7.6, 8.1, 8.3. Welch's t-test (unequal variances), two-sided. What is the p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))

# r16 hypothesis test: paired t-test hydrometer vs refractometer SG; reference = two-sided p-value
hyd = [1.012, 1.015, 1.010, 1.018, 1.014, 1.011]
ref = [1.014, 1.016, 1.013, 1.019, 1.017, 1.012]
r = stats.ttest_rel(hyd, ref)
add("r16", "hypothesis_test",
    "Same six fermenter samples read on the hydrometer (1.012, 1.015, 1.010, 1.018, 1.014, 1.011) and on the corrected refractometer (1.014, 1.016, 1.013, 1.019, 1.017, 1.012). Paired t-test, two-sided — p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))

# r17 hypothesis test: chi-square test of independence 3x2 (no correction); reference = p-value
tab = [[12, 48], [21, 37], [9, 53]]
chi2, p, dof, _ = stats.chi2_contingency(tab, correction=False)
assert dof == 2
add("r17", "hypothesis_test",
    "Diacetyl detected by the tasting panel, by yeast strain: strain A 12 of 60 batches, strain B 21 of 58, strain C 9 of 62. Chi-square test of independence between strain and detection: what's the p-value?",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p))

# r18 regression: OLS slope of apparent attenuation (%) on pitch temperature (°C)
temp = [16, 17, 18, 19, 20, 21, 22]
att = [72.1, 73.4, 74.0, 75.2, 75.9, 77.1, 77.6]
fit = sm.OLS(att, sm.add_constant(temp)).fit()
lr = stats.linregress(temp, att)
assert abs(fit.params[1] - lr.slope) < 1e-12
add("r18", "regression",
    "Pitch temp (°C) vs apparent attenuation (%): 16→72.1, 17→73.4, 18→74.0, 19→75.2, 20→75.9, 21→77.1, 22→77.6. Fit a straight line by least squares; what is the slope in % per °C?",
    {"rule": "number", "tol": 1e-4, "key": "slope"}, float(fit.params[1]))

# r19 regression: R^2 of the simple linear fit of SG on Brix
brix = [8, 10, 12, 14, 16, 18]
sg = [1.032, 1.040, 1.048, 1.057, 1.065, 1.074]
fit = sm.OLS(sg, sm.add_constant(brix)).fit()
assert abs(fit.rsquared - stats.linregress(brix, sg).rvalue ** 2) < 1e-12
add("r19", "regression",
    "Refractometer calibration: Brix 8, 10, 12, 14, 16, 18 against hydrometer SG 1.032, 1.040, 1.048, 1.057, 1.065, 1.074. Regress SG on Brix (simple linear model with intercept) and report R².",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(fit.rsquared))

# r20 anova: one-way ANOVA F statistic, IBU by hop lot (raw data)
l1 = [41.2, 39.8, 40.5, 42.0]
l2 = [38.1, 37.6, 39.0, 38.4]
l3 = [40.1, 41.5, 39.9, 40.8]
r = stats.f_oneway(l1, l2, l3)
add("r20", "anova",
    "Bitterness (IBU) of test brews by hop lot — lot 1: 41.2, 39.8, 40.5, 42.0; lot 2: 38.1, 37.6, 39.0, 38.4; lot 3: 40.1, 41.5, 39.9, 40.8. One-way ANOVA: what is the F statistic?",
    {"rule": "number", "tol": 1e-3, "key": "statistic"}, float(r.statistic))

# r21 anova: one-way ANOVA from summary statistics (classic pooled), reference = p-value
ns, ms, sds = [6, 6, 6], [3.1, 3.4, 2.8], [0.30, 0.25, 0.35]
gm = sum(n * m for n, m in zip(ns, ms)) / sum(ns)
ssb = sum(n * (m - gm) ** 2 for n, m in zip(ns, ms))
ssw = sum((n - 1) * s ** 2 for n, s in zip(ns, sds))
dfb, dfw = len(ns) - 1, sum(ns) - len(ns)
F = (ssb / dfb) / (ssw / dfw)
p21 = stats.f.sf(F, dfb, dfw)
# cross-check with f_oneway on synthetic data having exactly these n, means, sds
rng = np.random.default_rng(1)
synth = []
for n, m, s in zip(ns, ms, sds):
    z = rng.standard_normal(n)
    z = (z - z.mean()) / z.std(ddof=1)
    synth.append(m + s * z)
assert abs(stats.f_oneway(*synth).pvalue - p21) < 1e-12
add("r21", "anova",
    "Final gravity (°P) across three fermenters, six batches each: FV1 mean 3.1 sd 0.30, FV2 mean 3.4 sd 0.25, FV3 mean 2.8 sd 0.35. Classic one-way ANOVA (equal variances) from these summaries — p-value?",
    {"rule": "number", "tol": 1e-5, "key": "p_value"}, float(p21))

# r22 design: 2^4 full factorial + 3 centre points -> 19 runs
add("r22", "design",
    "Full 2^4 factorial on mash temp, mash time, pH and grist ratio, single replicate, plus three centre points. How many runs in total?",
    {"rule": "runs"}, 2 ** 4 + 3)

# r23 design: 2^(6-2) fractional factorial -> 16 runs
add("r23", "design",
    "six two-level factors in the dry-hopping trial, 2^(6-2) resolution IV fraction, no centre points — number of runs?",
    {"rule": "runs"}, 2 ** (6 - 2))

# r24 design: Box-Behnken, 3 factors, 3 centre points -> 12 + 3 = 15 runs
add("r24", "design",
    "We're planning a Box–Behnken design for three factors (fermentation temperature, pitch rate, dissolved O₂) with 3 centre points. How many runs is that?",
    {"rule": "runs"}, 12 + 3)

# r25 control chart: X-bar chart UCL = grand mean + A2 * Rbar, n = 5 (A2 = 0.577)
A2 = 0.577
ucl25 = 355.2 + A2 * 2.4
add("r25", "control_chart",
    "X̄–R chart on can fills: 25 subgroups of n = 5, grand mean 355.2 mL, R̄ = 2.4 mL. What's the upper control limit of the X̄ chart?",
    {"rule": "number", "tol": 0.005, "key": "ucl"}, round(ucl25, 4))

# r26 control chart: p chart UCL, 20 samples of 150 bottles, 84 defectives total
pbar = 84 / (20 * 150)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
add("r26", "control_chart",
    "p chart for under-filled bottles: twenty samples of 150 bottles each, 84 under-fills in total. Compute the UCL of the p chart (3-sigma).",
    {"rule": "number", "tol": 1e-4, "key": "ucl"}, float(ucl26))

# r27 capability: Cpk, OG spec 1.048 ± 0.002, mean 1.0488, sd 0.0005 -> 0.8
cpk = min(1.050 - 1.0488, 1.0488 - 1.046) / (3 * 0.0005)
add("r27", "capability",
    "Original gravity spec is 1.048 ± 0.002. Process mean 1.0488, σ = 0.0005. Cpk?",
    {"rule": "number", "tol": 1e-4, "key": "cpk"}, round(cpk, 10))

# r28 capability: Cp, spec 30-40 IBU, sigma 1.5 -> 10/9
cp = (40 - 30) / (6 * 1.5)
add("r28", "capability",
    "Our bitterness spec runs from thirty to forty IBU and the process standard deviation is 1.5 IBU. What is the process capability index Cp?",
    {"rule": "number", "tol": 1e-4, "key": "cp"}, float(cp))

# r29 sample size: n = ceil((z_0.975 * 0.8 / 0.25)^2) = 40 (sigma known, z method)
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.8 / 0.25) ** 2)
add("r29", "sample_size",
    "How many batches do I need to estimate mean fermentation time to within ±0.25 days with 95% confidence, taking σ = 0.8 days as known (normal z interval)?",
    {"rule": "int", "key": "n"}, int(n29))

# r30 unit conversion: 7 US beer barrels (31 US gal each) in hectolitres
hl = 7 * 31 * 3.785411784 / 100
add("r30", "unit_conversion",
    "Our brite tank holds 7 US beer barrels (31 US gallons per barrel). How many hectolitres is that?",
    {"rule": "number", "tol": 1e-3}, round(hl, 6))

assert len(items) == 30
doc = {"suite": "round22c", "type": "reason",
       "description": "round22c unseen questions, a biostatistics master's student and a brewery quality manager: textbook and lab phrasing, gravity and bitterness, fermentation times, mixed symbols and words",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(__file__.rsplit("/", 1)[0] + "/round22c.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True)
for it in items:
    print(it["id"], it["mode"], it["reference"])
