"""Reference answers for round21a (semiconductor fab / metrology voice).

Computed with sympy, scipy.stats, statsmodels, math; writes round21a.yaml beside this file.
"""
import math
import os

import numpy as np
import sympy as sp
import yaml
from scipy import integrate, stats
from statsmodels.stats.proportion import proportions_ztest
import statsmodels.api as sm

items = []


def add(id_, mode, question, compare, reference):
    items.append({"id": id_, "split": "unseen", "question": question, "mode": mode,
                  "compare": compare, "reference": reference})


x, t = sp.symbols("x t")

# ---------------- calculus ----------------
# r01: derivative of deposited thickness model d(t) = 120(1 - e^(-t/15)) nm -> growth rate expression
r01 = sp.simplify(sp.diff(120 * (1 - sp.exp(-t / 15)), t))
add("r01", "calculus",
    "CVD thickness follows d(t) = 120(1 − e^(−t/15)) nm with t in seconds. Give the deposition rate, i.e. the derivative of d with respect to t, as a function of t.",
    {"rule": "expr"}, str(r01))

# r02: definite integral of etch rate 4 + 0.6t - 0.02t^2 nm/s over 0..30 s -> total removed thickness (nm)
r02 = sp.integrate(4 + sp.Rational(6, 10) * t - sp.Rational(2, 100) * t**2, (t, 0, 30))
r02_check = integrate.quad(lambda s: 4 + 0.6 * s - 0.02 * s**2, 0, 30)[0]
assert abs(float(r02) - r02_check) < 1e-9 and r02 == 210
add("r02", "calculus",
    "etch rate during the main step is r(t) = 4 + 0.6t − 0.02t² nm/s. integrate from t = 0 to 30 s to get total nm removed",
    {"rule": "number", "tol": 1.0e-6}, float(r02))

# r03: limit (1 - cos 3x)/x^2 as x->0 = 9/2
r03 = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
assert r03 == sp.Rational(9, 2)
add("r03", "calculus", "lim x→0 of (1 − cos 3x)/x²", {"rule": "expr"}, str(r03))

# r04: improper integral of t e^(-t/2) from 0 to infinity = 4
r04 = sp.integrate(t * sp.exp(-t / 2), (t, 0, sp.oo))
assert r04 == 4
add("r04", "calculus", "∫ from 0 to ∞ of t·e^(−t/2) dt", {"rule": "expr"}, str(r04))

# ---------------- algebra ----------------
# r05: Deal-Grove x^2 + A x = B t, A=0.165 um, B=0.0117 um^2/h, t=4 h -> positive root x (um)
A, B, T = 0.165, 0.0117, 4.0
r05 = (-A + math.sqrt(A * A + 4 * B * T)) / 2
xs = sp.symbols("xs", positive=True)
r05_sym = [float(s) for s in sp.solve(xs**2 + sp.Rational(165, 1000) * xs - sp.Rational(117, 10000) * 4, xs)]
assert len(r05_sym) == 1 and abs(r05_sym[0] - r05) < 1e-12
add("r05", "algebra",
    "Deal-Grove for our wet ox: x² + A·x = B·t with A = 0.165 µm, B = 0.0117 µm²/h and t = 4 h. "
    "Solve for the oxide thickness x in µm (the positive root).",
    {"rule": "number", "tol": 1.0e-5}, round(r05, 10))

# r06: roots of x^3 - 6x^2 + 11x - 6 -> {1, 2, 3}
r06 = sorted(sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x))
assert r06 == [1, 2, 3]
add("r06", "algebra", "solve x^3 - 6x^2 + 11x - 6 = 0", {"rule": "set"}, [str(r) for r in r06])

# r07: P/T = 6 sigma / (USL - LSL) = 0.10 with spec 850 +/- 25 A -> sigma_gauge = 0.1*50/6 = 5/6 A
sg = sp.symbols("sigma")
r07 = sp.solve(sp.Eq(6 * sg / 50, sp.Rational(1, 10)), sg)[0]
assert r07 == sp.Rational(5, 6)
add("r07", "algebra",
    "Gauge precision-to-tolerance is P/T = 6σ/(USL − LSL). Spec is 850 ± 25 Å and we want P/T = 0.10 exactly. "
    "Solve for σ (the gauge sigma, in Å).",
    {"rule": "number", "tol": 1.0e-6}, float(r07))

# ---------------- linear algebra ----------------
# r08: determinant of [[2,1,0],[1,3,1],[0,1,4]] = 18
M8 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
r08 = M8.det()
assert r08 == 18 and abs(np.linalg.det(np.array(M8, dtype=float)) - 18) < 1e-9
add("r08", "linear_algebra", "determinant of [[2, 1, 0], [1, 3, 1], [0, 1, 4]]", {"rule": "number", "tol": 1.0e-9}, float(r08))

# r09: eigenvalues of the 2x2 sensitivity matrix [[4,1],[2,3]] -> {2, 5}
M9 = sp.Matrix([[4, 1], [2, 3]])
r09 = sorted(M9.eigenvals().keys())
assert r09 == [2, 5]
add("r09", "linear_algebra",
    "Our run-to-run controller uses the gain matrix [[4, 1], [2, 3]] (rows = CD, depth; cols = time, power). "
    "What are its eigenvalues?",
    {"rule": "set"}, [str(v) for v in r09])

# ---------------- probability ----------------
# r10: binomial n=20, p=0.92, P(X >= 18)
r10 = float(stats.binom.sf(17, 20, 0.92))
r10_chk = sum(math.comb(20, k) * 0.92**k * 0.08**(20 - k) for k in (18, 19, 20))
assert abs(r10 - r10_chk) < 1e-12
add("r10", "probability",
    "Die yield on this product runs 92%. If I probe twenty dies, what's the probability at least 18 of them are good? "
    "(treat dies as independent)",
    {"rule": "number", "tol": 1.0e-6}, round(r10, 10))

# r11: Poisson mean 2.4 adders/wafer, P(X > 4)
r11 = float(stats.poisson.sf(4, 2.4))
r11_chk = 1 - sum(math.exp(-2.4) * 2.4**k / math.factorial(k) for k in range(5))
assert abs(r11 - r11_chk) < 1e-12
add("r11", "probability",
    "particle adders on the PVD chamber average 2.4 per wafer (Poisson). P(more than 4 adders on a wafer)?",
    {"rule": "number", "tol": 1.0e-6}, round(r11, 10))

# r12: normal mean 1000 A, sd 12 A, P(980 < X < 1020)
r12 = float(stats.norm.cdf(1020, 1000, 12) - stats.norm.cdf(980, 1000, 12))
r12_chk = math.erf((20 / 12) / math.sqrt(2))
assert abs(r12 - r12_chk) < 1e-12
add("r12", "probability",
    "Nitride thickness is normally distributed, mean 1000 Å, σ = 12 Å. What fraction of wafers fall between 980 and 1020 Å?",
    {"rule": "number", "tol": 1.0e-6}, round(r12, 10))

# r13: hypergeometric: lot of 25 wafers, 3 bad, draw 5 without replacement, P(at least one bad)
r13 = float(1 - stats.hypergeom.pmf(0, 25, 3, 5))
r13_chk = 1 - math.comb(22, 5) / math.comb(25, 5)
assert abs(r13 - r13_chk) < 1e-12
add("r13", "probability",
    "A 25-wafer lot has 3 wafers with the scratch defect. I pull 5 wafers at random (without replacement) for inspection. "
    "What's the probability I catch at least one scratched wafer?",
    {"rule": "number", "tol": 1.0e-6}, round(r13, 10))

# ---------------- hypothesis tests ----------------
# r14: one-sample t-test, two-sided, vs 100 A -> p_value
ox = [101.2, 99.8, 102.5, 100.9, 103.1, 101.7, 100.4, 102.2, 101.0]
res14 = stats.ttest_1samp(ox, 100.0)
m, s, n = np.mean(ox), np.std(ox, ddof=1), len(ox)
tt = (m - 100) / (s / math.sqrt(n))
assert abs(tt - res14.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(tt), n - 1) - res14.pvalue) < 1e-12
add("r14", "hypothesis_test",
    "9-site gate oxide readings (Å): 101.2, 99.8, 102.5, 100.9, 103.1, 101.7, 100.4, 102.2, 101.0. "
    "Target is 100 Å. One-sample t-test, two-sided — p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, round(float(res14.pvalue), 10))

# r15: paired t-test, tool A vs tool B on the same 8 wafers -> two-sided p_value
ta = [52.31, 51.87, 53.02, 52.45, 51.96, 52.78, 52.10, 52.64]
tb = [52.18, 51.80, 52.85, 52.40, 51.79, 52.70, 51.98, 52.51]
res15 = stats.ttest_rel(ta, tb)
d = np.array(ta) - np.array(tb)
t15 = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
assert abs(t15 - res15.statistic) < 1e-9
add("r15", "hypothesis_test",
    "Tool matching: the same 8 wafers measured on ellipsometer A and ellipsometer B (nm).\n"
    "A: 52.31 51.87 53.02 52.45 51.96 52.78 52.10 52.64\n"
    "B: 52.18 51.80 52.85 52.40 51.79 52.70 51.98 52.51\n"
    "Is there a bias between the tools? paired t-test, two-sided, give the p-value",
    {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(f"{res15.pvalue:.6g}"))

# r16: two-proportion pooled z-test 184/200 vs 171/200, two-sided -> p_value
z16, p16 = proportions_ztest([184, 171], [200, 200])
pp = (184 + 171) / 400
zc = (184 / 200 - 171 / 200) / math.sqrt(pp * (1 - pp) * (2 / 200))
assert abs(zc - z16) < 1e-12
add("r16", "hypothesis_test",
    "Lot yield: etcher 1 passed 184 of 200 dies, etcher 2 passed 171 of 200. Two-proportion z-test (pooled), "
    "two-sided. p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, round(float(p16), 10))

# r17: chi-square test of independence, 2x3 table (chamber x defect class) -> p_value
tab = [[42, 18, 25], [30, 22, 41]]
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
assert dof == 2
add("r17", "hypothesis_test",
    "Defect classification by chamber, counts:\n"
    "          particle  scratch  residue\n"
    "chamber A    42        18       25\n"
    "chamber B    30        22       41\n"
    "Chi-square test of independence — does defect mix depend on chamber? p-value",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, round(float(p17), 10))

# ---------------- regression ----------------
# r18: simple linear regression thickness (A) on deposition time (s) -> slope (A/s)
tm = [30, 60, 90, 120, 150, 180]
th = [212, 398, 611, 805, 1003, 1198]
fit18 = sm.OLS(th, sm.add_constant(tm)).fit()
lr = stats.linregress(tm, th)
assert abs(fit18.params[1] - lr.slope) < 1e-10
add("r18", "regression",
    "deposition time (s) vs thickness (Å)\n30 212\n60 398\n90 611\n120 805\n150 1003\n180 1198\n"
    "least-squares line — what's the slope in Å/s?",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, round(float(lr.slope), 10))

# r19: simple linear regression adders on RF hours -> R^2
rf = [50, 100, 150, 200, 250, 300, 350, 400]
ad = [3, 5, 4, 8, 9, 11, 10, 14]
lr19 = stats.linregress(rf, ad)
fit19 = sm.OLS(ad, sm.add_constant(rf)).fit()
assert abs(fit19.rsquared - lr19.rvalue**2) < 1e-12
add("r19", "regression",
    "We think particle adders climb with RF-hours since the last wet clean. RF hours: 50, 100, 150, 200, 250, 300, 350, 400; "
    "adders: 3, 5, 4, 8, 9, 11, 10, 14. Fit a straight line of adders on RF hours and report R².",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, round(float(fit19.rsquared), 10))

# ---------------- ANOVA ----------------
# r20: one-way ANOVA on etch depth in three chambers -> F statistic
c1 = [251.3, 249.8, 252.1, 250.6, 251.9]
c2 = [253.4, 254.1, 252.8, 253.9, 254.6]
c3 = [250.2, 251.0, 249.5, 250.8, 250.1]
f20, p20 = stats.f_oneway(c1, c2, c3)
allv = np.array(c1 + c2 + c3)
gm = allv.mean()
ssb = sum(5 * (np.mean(g) - gm) ** 2 for g in (c1, c2, c3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (c1, c2, c3))
assert abs((ssb / 2) / (ssw / 12) - f20) < 1e-9
add("r20", "anova",
    "Etch depth (nm), 5 wafers per chamber:\nCH1: 251.3, 249.8, 252.1, 250.6, 251.9\n"
    "CH2: 253.4, 254.1, 252.8, 253.9, 254.6\nCH3: 250.2, 251.0, 249.5, 250.8, 250.1\n"
    "one-way ANOVA across chambers, what is the F statistic?",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, round(float(f20), 8))

# r21: one-way ANOVA from summary statistics, 4 CMP tools, n=6 each -> p_value
ns = [6, 6, 6, 6]
means = [2480, 2515, 2492, 2530]
sds = [28, 31, 25, 34]
gm21 = sum(n_ * m_ for n_, m_ in zip(ns, means)) / sum(ns)
ssb21 = sum(n_ * (m_ - gm21) ** 2 for n_, m_ in zip(ns, means))
ssw21 = sum((n_ - 1) * s_**2 for n_, s_ in zip(ns, sds))
F21 = (ssb21 / 3) / (ssw21 / 20)
p21 = float(stats.f.sf(F21, 3, 20))
# independent cross-check: statsmodels anova_oneway from synthetic data with exact summaries
from statsmodels.stats.oneway import anova_oneway
synth = []
for m_, s_ in zip(means, sds):
    z = np.array([-1.5, -1, -0.5, 0.5, 1, 1.5])
    z = (z - z.mean()) / z.std(ddof=1)
    synth.append(m_ + s_ * z)
assert abs(stats.f_oneway(*synth).pvalue - p21) < 1e-12
assert abs(anova_oneway(synth, use_var="equal").pvalue - p21) < 1e-12
add("r21", "anova",
    "CMP removal rate on four polishers, 6 wafers each. Means 2480, 2515, 2492, 2530 Å/min; standard deviations "
    "28, 31, 25, 34 Å/min. Classic one-way ANOVA (equal variances) from these summaries: p-value?",
    {"rule": "number", "tol": 1.0e-5, "key": "p_value"}, round(p21, 10))

# ---------------- design ----------------
# r22: 2^(5-1) half fraction (16 runs) + 3 center points = 19 runs
r22 = 2 ** (5 - 1) + 3
add("r22", "design",
    "Etch DOE: 5 factors (RF power, pressure, CF4 flow, O2 flow, gap), 2^(5−1) half fraction plus 3 center points. "
    "Total number of runs?",
    {"rule": "runs"}, r22)

# r23: face-centred CCD, 3 factors: 8 cube + 6 axial + 6 centre = 20 runs
r23 = 2 ** 3 + 2 * 3 + 6
add("r23", "design",
    "face-centered central composite, 3 factors (temp, pressure, SiH4 flow), 6 center points — how many runs",
    {"rule": "runs"}, r23)

# r24: full factorial 3 x 2 x 2 with 2 replicates = 24 runs
r24 = 3 * 2 * 2 * 2
add("r24", "design",
    "I want a full factorial on the anneal furnace: three temperatures (900, 950, 1000 °C), two times (30 and 60 min) "
    "and two ambients (N2, Ar), with every combination run twice (2 replicates). How many runs is that?",
    {"rule": "runs"}, r24)

# ---------------- control charts ----------------
# r25: X-bar/R chart, subgroups of 5, grand mean 1002.4 A, R-bar 8.6 A -> X-bar UCL = xbarbar + A2*Rbar
d2_5 = 2.325929  # tabulated d2 for n=5
A2_exact = 3 / (d2_5 * math.sqrt(5))  # 0.5768
r25 = 1002.4 + 0.577 * 8.6  # table A2 = 0.577
assert abs((1002.4 + A2_exact * 8.6) - r25) < 0.005
add("r25", "control_chart",
    "X̄-R chart on the LPCVD poly thickness: 20 subgroups of 5 wafers, grand mean 1002.4 Å, average range R̄ = 8.6 Å. "
    "What's the upper control limit for the X̄ chart?",
    {"rule": "number", "tol": 0.005, "key": "ucl"}, round(r25, 6))

# r26: c chart on particle counts per wafer -> UCL = cbar + 3 sqrt(cbar)
cnt = [7, 4, 9, 6, 5, 8, 3, 6, 10, 5, 7, 6]
cbar = sum(cnt) / len(cnt)
r26 = cbar + 3 * math.sqrt(cbar)
assert sum(cnt) == 76
add("r26", "control_chart",
    "particle counts (≥0.12 µm) per monitor wafer, 12 wafers: 7 4 9 6 5 8 3 6 10 5 7 6. c chart, UCL?",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, round(r26, 8))

# ---------------- capability ----------------
# r27: Cpk from summary: LSL 485, USL 515 nm, mean 503.2, sd 3.1 -> min(USL-mu, mu-LSL)/(3 sd)
r27 = min(515 - 503.2, 503.2 - 485) / (3 * 3.1)
add("r27", "capability",
    "Film thickness spec 500 ± 15 nm. Process mean 503.2 nm, σ = 3.1 nm. Cpk?",
    {"rule": "number", "tol": 1.0e-5, "key": "cpk"}, round(r27, 10))

# r28: Ppk from raw data, overall sample sd (n-1), LSL 44.0, USL 46.0 nm
cd = [45.2, 44.8, 45.5, 45.1, 44.6, 45.3, 45.0, 44.9, 45.4, 45.2, 44.7, 45.1, 45.6, 44.9, 45.0]
mu28 = float(np.mean(cd))
s28 = float(np.std(cd, ddof=1))
r28 = min(46.0 - mu28, mu28 - 44.0) / (3 * s28)
add("r28", "capability",
    "Gate CD readings (nm) from 15 wafers: 45.2, 44.8, 45.5, 45.1, 44.6, 45.3, 45.0, 44.9, 45.4, 45.2, 44.7, 45.1, "
    "45.6, 44.9, 45.0. Spec limits 44.0 to 46.0 nm. Compute Ppk using the overall sample standard deviation.",
    {"rule": "number", "tol": 1.0e-5, "key": "ppk"}, round(r28, 10))

# ---------------- sample size ----------------
# r29: n = ceil((z_0.975 * sigma / E)^2), sigma = 7 A known, E = 2 A -> 48
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 7 / 2) ** 2)
assert r29 == 48
add("r29", "sample_size",
    "How many sites do I need to measure to estimate the mean film thickness to within ±2 Å at 95% confidence? "
    "Site-to-site σ is known to be about 7 Å.",
    {"rule": "int", "key": "n"}, int(r29))  # key added by the lead: the answer is an object with n

# ---------------- unit conversion ----------------
# r30: 4750 angstrom -> micrometres = 0.475
r30 = 4750 * 1e-10 / 1e-6
add("r30", "unit_conversion", "convert 4750 Å to µm", {"rule": "number", "tol": 1.0e-9}, round(r30, 12))

doc = {
    "suite": "round21a",
    "type": "reason",
    "description": "round21a unseen questions, a semiconductor fab process engineer and metrology technician "
                   "(yields, film thickness in nm/Å, particle counts, gauge studies, SPC on tools)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "round21a.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=1000)
for it in items:
    print(it["id"], it["mode"], it["reference"])
