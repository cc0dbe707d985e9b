"""Reference answers for round24b (fab process / reliability engineer voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round24b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x", positive=True)

# r01 calculus: derivative of etch depth 120(1-e^{-t/45}) -> 120/45 e^{-t/45} = (8/3) e^{-t/45}
d = sp.diff(120 * (1 - sp.exp(-t / 45)), t)
add("etch depth model d(t) = 120(1 − e^(−t/45)) nm, t in s. give me the etch rate d'(t) as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: integral of 3t^2+2t from 0 to 5 = 125+25 = 150
v = sp.integrate(3 * t**2 + 2 * t, (t, 0, 5))
add("Deposition rate during the ramp is r(t) = 3t² + 2t nm/s. How many nm of film go down between t = 0 and t = 5 s?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, float(v))

# r03 calculus: MTBF = ∫0^∞ exp(-(t/1000)^2) dt = 1000*Γ(3/2) = 500*sqrt(pi)
m = sp.integrate(sp.exp(-(t / 1000) ** 2), (t, 0, sp.oo))
add("reliability fn for the gate driver is R(t) = exp(−(t/1000)²), t in hours. mean time to failure = ∫₀^∞ R(t) dt — exact value please",
    "calculus", {"rule": "expr"}, str(sp.simplify(m)))

# r04 calculus: lim_{x->0} (1-cos 3x)/x^2 = 9/2
L = sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)
add("lim x->0 of (1 - cos(3x))/x^2", "calculus", {"rule": "expr"}, str(L))

# r05 algebra: roots of 2t^2 - 14t + 20 = 0 -> t = 2, 5
r = sorted(float(s) for s in sp.solve(2 * t**2 - 14 * t + 20, t))
add("solve 2t² − 14t + 20 = 0 for t (both roots)", "algebra", {"rule": "set"}, r)

# r06 algebra: 850 - 3.4 t = 102 -> t = 748/3.4 = 220 s
tt = sp.solve(sp.Rational(850) - sp.Rational(34, 10) * t - 102, t)[0]
add("Remaining oxide on the test wafer follows 850 − 3.4t nm (t in seconds of BOE dip). "
    "At what t is there 102 nm left?", "algebra", {"rule": "number", "tol": 1.0e-6}, float(tt))

# r07 algebra: Arrhenius acceleration factor AF = exp(Ea/k (1/Tuse - 1/Tstress)),
# Ea=0.7 eV, k=8.617e-5 eV/K, Tuse=55C=328.15K, Tstress=125C=398.15K
AF = math.exp(0.7 / 8.617e-5 * (1 / 328.15 - 1 / 398.15))
add("hey, quick Arrhenius one: burn-in at 125 °C, field use at 55 °C, Ea = 0.7 eV, Boltzmann k = 8.617e-5 eV/K "
    "(convert to kelvin with +273.15). What's the acceleration factor AF = exp[(Ea/k)(1/T_use − 1/T_stress)]?",
    "algebra", {"rule": "number", "tol": 1.0e-4}, AF)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 5, 2
ev = sorted(float(e) for e in np.linalg.eigvals(np.array([[4, 1], [2, 3]], dtype=float)))
add("eigenvalues of [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, ev)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 2*11 - 1*4 = 18
D = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("The stiffness matrix from our wafer-chuck FEA toy model is\n"
    "  2 1 0\n  1 3 1\n  0 1 4\nWhat is its determinant?",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, float(D))

# r10 probability: Poisson yield P(0 defects) = exp(-D0*A) = exp(-0.15*1.2)
add("Random defect density is 0.15 defects/cm² and the die is 1.2 cm². Assuming defects are Poisson, "
    "what fraction of die have zero defects?", "probability", {"rule": "number", "tol": 1.0e-6},
    math.exp(-0.15 * 1.2))

# r11 probability: exponential lifetime, memoryless: P(T > 3000 | T > 1000) = exp(-2000/5000)
add("exponential lifetimes, MTBF = 5000 h. a unit already survived 1000 h of burn-in — "
    "prob it survives another 2000 h?", "probability", {"rule": "number", "tol": 1.0e-6},
    math.exp(-2000 / 5000))

# r12 probability: binomial P(X<=1), n=20, p=0.05
add("We pull twenty die at random off a lot where 5% are bad (treat as independent). "
    "P(at most one bad die in the sample)?", "probability", {"rule": "number", "tol": 1.0e-6},
    float(stats.binom.cdf(1, 20, 0.05)))

# r13 probability: normal thickness mu=775, sd=20 um, spec 740..810 -> 2*(1-Phi(1.75))
p_out = float(stats.norm.cdf(740, 775, 20) + stats.norm.sf(810, 775, 20))
add("wafer thickness ~ N(μ = 775 µm, σ = 20 µm). spec is 740–810 µm. what fraction falls outside spec?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p_out)

# r14 hypothesis test: one-sample t, two-sided, vs 100 nm -> p-value
ox = [101.2, 99.8, 102.5, 100.9, 101.7, 100.4, 102.1, 101.0]
res = stats.ttest_1samp(ox, 100.0)
add("oxide thk (nm) on 8 monitor wafers: 101.2 99.8 102.5 100.9 101.7 100.4 102.1 101.0. target is 100 nm. "
    "two-sided one-sample t-test, p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r15 hypothesis test: Welch t statistic, tool A minus tool B
A = [52.3, 51.8, 53.1, 52.7, 51.9, 52.5]
B = [50.9, 51.4, 49.8, 50.6, 51.1, 50.2, 50.7]
res = stats.ttest_ind(A, B, equal_var=False)
add("Etch rate (nm/min) on two tools.\nTool A: 52.3, 51.8, 53.1, 52.7, 51.9, 52.5\n"
    "Tool B: 50.9, 51.4, 49.8, 50.6, 51.1, 50.2, 50.7\n"
    "Run a Welch (unequal variances) two-sample t-test of A vs B — what's the t statistic (A minus B)?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res.statistic))

# r16 hypothesis test: chi-square independence, 2x3 table, p-value
tab = np.array([[18, 25, 32], [182, 175, 168]])
chi2, p, dof, _ = stats.chi2_contingency(tab, correction=False)
add("defective vs good wafers by shift —\n"
    "           day  swing  night\n"
    "defective   18     25     32\n"
    "good       182    175    168\n"
    "chi-square test of independence, p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p))

# r17 hypothesis test: paired t-test, two-sided, p-value
pre = [2.1, 2.4, 1.9, 2.6, 2.2, 2.3, 2.0, 2.5, 2.4, 2.2]
post = [2.4, 2.6, 2.0, 2.9, 2.5, 2.3, 2.3, 2.7, 2.8, 2.4]
res = stats.ttest_rel(post, pre)
add("Leakage current (nA) on the same 10 devices before and after 168 h burn-in:\n"
    "before: 2.1 2.4 1.9 2.6 2.2 2.3 2.0 2.5 2.4 2.2\n"
    "after:  2.4 2.6 2.0 2.9 2.5 2.3 2.3 2.7 2.8 2.4\n"
    "Paired t-test, two-sided — did burn-in shift the leakage? give the p-value",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r18 regression: OLS slope of depth on etch time
et = [30, 60, 90, 120, 150, 180]
dep = [61, 118, 184, 239, 302, 355]
lr = stats.linregress(et, dep)
add("etch time (s) vs trench depth (nm):\n t: 30 60 90 120 150 180\n d: 61 118 184 239 302 355\n"
    "least-squares line d = a + b t, what's the slope b?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))

# r19 regression: R^2 of ln(life) on 1000/T (Arrhenius plot)
invT = [2.51, 2.43, 2.35, 2.27, 2.20]
lnL = [8.92, 8.31, 7.78, 7.12, 6.64]
lr = stats.linregress(invT, lnL)
add("Arrhenius plot from HTOL cells. x = 1000/T (1/K), y = ln(median life in h):\n"
    "x: 2.51, 2.43, 2.35, 2.27, 2.20\ny: 8.92, 8.31, 7.78, 7.12, 6.64\n"
    "Fit y on x by ordinary least squares. What's R²?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(lr.rvalue ** 2))

# r20 anova: one-way F statistic, three chambers
c1 = [98.2, 97.5, 99.1, 98.6, 97.9]
c2 = [100.4, 101.2, 99.8, 100.9, 101.5]
c3 = [98.9, 99.6, 98.4, 99.9, 99.2]
res = stats.f_oneway(c1, c2, c3)
add("one-way anova, etch rate by chamber\nch1: 98.2 97.5 99.1 98.6 97.9\nch2: 100.4 101.2 99.8 100.9 101.5\n"
    "ch3: 98.9 99.6 98.4 99.9 99.2\nF = ?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res.statistic))

# r21 anova: one-way p-value, four slurry lots
s1 = [412, 405, 418, 409]
s2 = [401, 398, 407, 403]
s3 = [415, 421, 411, 418]
s4 = [406, 410, 402, 408]
res = stats.f_oneway(s1, s2, s3, s4)
add("CMP removal rate (nm/min) with four slurry lots, 4 wafers each. Lot 1: 412, 405, 418, 409; "
    "Lot 2: 401, 398, 407, 403; Lot 3: 415, 421, 411, 418; Lot 4: 406, 410, 402, 408. "
    "Is there a lot effect? Give me the one-way ANOVA p-value.", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res.pvalue))

# r22 design: 2^(6-2) fractional factorial = 16 runs, + 4 center points = 20
add("Planning a screening DOE on the litho track: six factors, a quarter-fraction two-level design "
    "(2^(6−2)), plus 4 center points. Total runs?", "design", {"rule": "runs"}, 2 ** (6 - 2) + 4)

# r23 design: CCD 3 factors: 2^3 cube + 2*3 axial + 5 center = 19
add("ccd, 3 factors, full 2^3 factorial cube + axial (star) points + 5 center pts. how many runs",
    "design", {"rule": "runs"}, 2 ** 3 + 2 * 3 + 5)

# r24 design: full factorial 3 x 2 x 2 levels, 2 replicates -> 24
add("Full factorial on the implanter: dose at 3 levels, energy at 2 levels, tilt at 2 levels, "
    "whole thing replicated twice. How many runs is that?", "design", {"rule": "runs"}, 3 * 2 * 2 * 2)

# r25 control chart: Xbar-R, n=5, A2=0.577: UCL = 250 + 0.577*4.2
add("X̄–R chart for poly CD, subgroups of 5. grand mean = 250.0 nm, R̄ = 4.2 nm. UCL on the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, 250.0 + 0.577 * 4.2)

# r26 control chart: p chart LCL = pbar - 3 sqrt(pbar(1-pbar)/n), pbar=0.04, n=400
lcl = 0.04 - 3 * math.sqrt(0.04 * 0.96 / 400)
add("p chart for fraction of die failing wafer sort, 400 die tested per sample, p̄ = 0.04. "
    "3-sigma limits — what's the LCL?", "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "lcl"}, lcl)

# r27 capability: Ppk from data with overall sample sd (n-1); LSL 95, USL 105
thk = [100.8, 101.5, 99.9, 102.2, 101.1, 100.4, 101.9, 100.7, 101.3, 100.2]
mu = float(np.mean(thk)); s = float(np.std(thk, ddof=1))
ppk = min(105 - mu, mu - 95) / (3 * s)
add("film thickness (nm), 10 sites: 100.8 101.5 99.9 102.2 101.1 100.4 101.9 100.7 101.3 100.2\n"
    "spec 95–105 nm. Ppk using the overall sample std dev (n−1)?", "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "ppk"}, ppk)

# r28 capability: REFUSE -- Cpk needs a sigma estimate; none given
add("whats the Cpk for the CMP step? mean post-polish thickness is 1.02 µm, spec 0.90 to 1.10 µm.",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma = 4 nm, E = 1 nm -> 62
z = stats.norm.ppf(0.975)
n = math.ceil((z * 4 / 1) ** 2)
add("How many wafers do I need to measure to estimate mean step height within ±1 nm at 95% confidence? "
    "Historical σ is 4 nm (treat as known, normal approx).", "sample_size",
    {"rule": "int", "key": "n"}, int(n))

# r30 unit conversion: 42 Å/s -> nm/min = 4.2 nm/s * 60 = 252
add("convert 42 Å/s etch rate to nm/min", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 42 * 0.1 * 60)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, semiconductor fab process + reliability engineer "
                      "(thickness, etch rate, defect density, MTBF, burn-in, Arrhenius)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
