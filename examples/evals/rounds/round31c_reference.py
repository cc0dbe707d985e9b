"""Reference answers for round31c (battery-cell / wire-bond voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

ROUND = "round31c"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round31c.yaml")
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, h, n = sp.symbols("t x h n", positive=True)

# r01: derivative of 3.6 + 0.2 exp(-t/40) -> -exp(-t/40)/200
V = sp.Rational(18, 5) + sp.Rational(1, 5) * sp.exp(-t / 40)
add("OCV relaxation after CC-CV charge fits V(t) = 3.6 + 0.2·e^(−t/40) volts, t in seconds. "
    "give me dV/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(sp.diff(V, t))))

# r02: integral of I(t)=3-0.5t A over 0..2 h = 5 Ah = 5000 mAh
Q = sp.integrate(3 - sp.Rational(1, 2) * t, (t, 0, 2)) * 1000
add("Discharge current ramps down linearly, I(t) = 3 − 0.5t amps with t in hours, from t = 0 to "
    "t = 2 h. How much charge did the cell deliver, in mAh?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, float(Q))

# r03: limit (1-cos3x)/x^2 as x->0 = 9/2
add("lim x->0 of (1 − cos 3x)/x²  ?",
    "calculus", {"rule": "expr"}, str(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)))

# r04: minimize C(h)=4h+9/h, h>0 -> h=3/2
C = 4 * h + 9 / h
crit = [s for s in sp.solve(sp.diff(C, h), h) if s > 0]
assert len(crit) == 1 and sp.diff(C, h, 2).subs(h, crit[0]) > 0
add("wire loop cost model C(h) = 4h + 9/h, h = loop height in mils, h > 0. what h minimizes C?",
    "calculus", {"rule": "expr"}, str(crit[0]))

# r05: roots of 2x^2-7x+3 -> 1/2, 3
xs = sp.symbols("x")
r = sp.solve(2 * xs**2 - 7 * xs + 3, xs)
add("roots of 2x^2 - 7x + 3 = 0",
    "algebra", {"rule": "set"}, sorted(float(v) for v in r))

# r06: simplify (x^3-8)/(x-2) -> x^2+2x+4
add("simplify (x³ − 8)/(x − 2)",
    "algebra", {"rule": "expr"}, str(sp.cancel((xs**3 - 8) / (xs - 2))))

# r07: 2000 = 2500 exp(-n/300) -> n = 300 ln(5/4)
sol = [300 * sp.log(sp.Rational(5, 4))]
assert abs(float(2500 * sp.exp(-sol[0] / 300)) - 2000) < 1e-9
add("Our capacity fade model is Q = 2500·exp(−n/300) mAh with n = cycle count. Solve for n "
    "where Q drops to 2000 mAh (exact form is fine).",
    "algebra", {"rule": "expr"}, str(sol[0]))

# r08: eigenvalues of [[4,1],[2,3]] -> 2, 5
A = np.array([[4, 1], [2, 3]], dtype=float)
add("eigenvalues of [[4, 1], [2, 3]]",
    "linear_algebra", {"rule": "set"}, sorted(float(v) for v in np.linalg.eigvals(A).real))

# r09: det [[2,0,1],[1,3,2],[0,1,4]] = 2*(12-2) - 0 + 1*(1-0) = 21
M = sp.Matrix([[2, 0, 1], [1, 3, 2], [0, 1, 4]])
add("determinant of\n2 0 1\n1 3 2\n0 1 4",
    "linear_algebra", {"rule": "expr"}, str(M.det()))

# r10: P(at least one bad bond) = 1 - 0.998^500
add("Each device has 500 wire bonds. Bonds fail independently, each with probability 0.002. "
    "What's the probability a device has at least one bad bond?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(1 - 0.998**500))

# r11: P(X<2950), X~N(3000,25^2) = Phi(-2)
add("cell capacity is normal, μ = 3000 mAh, σ = 25 mAh. what fraction of cells come in under "
    "2950 mAh?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.norm.cdf(2950, 3000, 25)))

# r12: Poisson(1.5), P(X=2)
add("pinholes in the cathode coating follow a Poisson process, average 1.5 per m². prob of "
    "exactly two pinholes on a 1 m² sheet?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.poisson.pmf(2, 1.5)))

# r13: Bayes: prior 0.03, sens 0.95, false alarm 0.04 -> P(def | flag)
pd_, se, fa = 0.03, 0.95, 0.04
post = pd_ * se / (pd_ * se + (1 - pd_) * fa)
add("AOI on wire bonds: 3% of bonds are actually defective. The AOI flags 95% of defective "
    "bonds and also flags 4% of good ones. Given a bond got flagged, probability it's really "
    "defective?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(post))

# r14: one-sample t, two-sided vs 8.0 gf -> p-value
pull = [8.4, 7.9, 8.8, 8.1, 8.6, 8.3, 7.7, 8.5]
r14 = stats.ttest_1samp(pull, 8.0)
add("bond pull readings (gf): 8.4 7.9 8.8 8.1 8.6 8.3 7.7 8.5. one-sample t-test, two-sided, "
    "H0 mean = 8.0 gf. p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t, two-sided -> p-value
lineA = [21.4, 22.1, 20.8, 21.9, 22.5, 21.2, 21.7]
lineB = [22.6, 23.4, 22.0, 24.1, 23.2, 22.8]
r15 = stats.ttest_ind(lineA, lineB, equal_var=False)
add("Internal resistance (mΩ), two cell lines.\n"
    "Line A: 21.4, 22.1, 20.8, 21.9, 22.5, 21.2, 21.7\n"
    "Line B: 22.6, 23.4, 22.0, 24.1, 23.2, 22.8\n"
    "Welch t-test (unequal variances), two-sided — what's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: paired t statistic, d = after - before
before = [14.2, 15.1, 13.8, 14.6, 15.4, 14.0]
after = [15.0, 15.6, 14.9, 15.1, 16.2, 14.5]
r16 = stats.ttest_rel(after, before)
add("ball shear (gf) on the same 6 bond sites before and after plasma clean:\n"
    "| site | before | after |\n|---|---|---|\n"
    + "".join(f"| {i+1} | {b} | {a} |\n" for i, (b, a) in enumerate(zip(before, after)))
    + "paired t-test, differences taken as after − before. t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r16.statistic))

# r17: chi-square test of independence, 2x3 table (no continuity correction applies)
tab = np.array([[480, 465, 450], [20, 35, 50]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add("pass/fail by shift for cell formation, 500 cells each: shift A 480 pass 20 fail, shift B "
    "465 pass 35 fail, shift C 450 pass 50 fail. chi-square test of independence — chi-square "
    "statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r18: OLS slope of IR on coating thickness
xt = np.array([60, 65, 70, 75, 80, 85], dtype=float)
yir = np.array([18.2, 19.0, 19.9, 20.5, 21.6, 22.3])
lr18 = stats.linregress(xt, yir)
add("coating thickness (µm) vs cell IR (mΩ):\n"
    "thk: 60 65 70 75 80 85\nIR:  18.2 19.0 19.9 20.5 21.6 22.3\n"
    "least-squares slope of IR on thickness?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "slope"}, float(lr18.slope))

# r19: R^2 of pull strength on bond force
force = np.array([20, 25, 30, 35, 40, 45, 50], dtype=float)
pstr = np.array([6.1, 6.8, 7.2, 8.0, 8.1, 8.9, 9.2])
lr19 = stats.linregress(force, pstr)
add("Fitting pull strength (gf) against bond force (gf) with a straight line. force = 20, 25, "
    "30, 35, 40, 45, 50; pull = 6.1, 6.8, 7.2, 8.0, 8.1, 8.9, 9.2. What's R²?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "r_squared"},
    float(lr19.rvalue**2))

# r20: one-way ANOVA F, three capillary suppliers
s1 = [18.2, 17.9, 18.5, 18.1, 18.4]
s2 = [17.1, 17.6, 17.3, 17.0, 17.5]
s3 = [18.0, 18.6, 18.3, 18.8, 18.2]
r20 = stats.f_oneway(s1, s2, s3)
add("Ball shear (gf) by capillary supplier:\n"
    "supplier 1: 18.2 17.9 18.5 18.1 18.4\n"
    "supplier 2: 17.1 17.6 17.3 17.0 17.5\n"
    "supplier 3: 18.0 18.6 18.3 18.8 18.2\n"
    "one-way ANOVA, F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r20.statistic))

# r21: one-way ANOVA p-value, four coating lines
c1 = [82.1, 81.4, 82.8, 81.9]
c2 = [81.7, 82.3, 81.2, 82.0]
c3 = [82.9, 83.4, 82.5, 83.1]
c4 = [81.5, 82.2, 81.8, 82.6]
r21 = stats.f_oneway(c1, c2, c3, c4)
add("We measured dry coating thickness (µm) on four slot-die lines, 4 samples each. "
    "L1 = 82.1, 81.4, 82.8, 81.9; L2 = 81.7, 82.3, 81.2, 82.0; L3 = 82.9, 83.4, 82.5, 83.1; "
    "L4 = 81.5, 82.2, 81.8, 82.6. Do the line means differ? give the one-way ANOVA p-value",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22: 2^4 full factorial, single replicate, + 3 center points = 19
add("full 2^4 factorial on the wire bonder (power, force, time, temp), one replicate, plus three "
    "center points. how many runs total?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23: 2^(6-2) fractional factorial, 2 replicates, no center points = 32
add("2^(6−2) fractional factorial for the electrode calendering study, two full replicates, no "
    "center points — total run count?",
    "design", {"rule": "runs"}, 2**(6 - 2) * 2)

# r24: 2^2 main effect of A = (a + ab - b - (1))/2
one, a_, b_, ab = 62, 70, 58, 74
effA = (a_ + ab - b_ - one) / 2
add("2² experiment, one replicate, yield % in standard-order notation: (1) = 62, a = 70, "
    "b = 58, ab = 74. estimate the main effect of A (avg at high A minus avg at low A)",
    "design", {"rule": "number", "tol": 1.0e-6}, float(effA))

# r25: Xbar-R chart, n=5, A2=0.577: UCL = 8.2 + 0.577*0.9
add("X-bar/R chart for bond pull, subgroups of 5. grand mean 8.2 gf, R-bar 0.9 gf. "
    "UCL on the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, 8.2 + 0.577 * 0.9)

# r26: p chart, pbar=0.02, n=400: UCL = p + 3 sqrt(p(1-p)/n)
pb, nn = 0.02, 400
add("p-chart for cell formation rejects: p̄ = 0.02, constant sample size 400 cells. 3-sigma "
    "upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    pb + 3 * math.sqrt(pb * (1 - pb) / nn))

# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma), spec 80±4, mu 81, sigma 0.9
usl, lsl, mu, sd = 84.0, 76.0, 81.0, 0.9
add("Coating thickness spec is 80 ± 4 µm. Process mean 81.0 µm, σ = 0.9 µm. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-4, "key": "cpk"},
    min(usl - mu, mu - lsl) / (3 * sd))

# r28: refuse — Cpk needs a process spread; none given
add("cpk for ball shear? LSL 12 gf, USL 24 gf, process average 18.6 gf",
    "capability", {"rule": "refuse"}, None)

# r29: n = ceil((z_{0.975} * sigma / E)^2), sigma 20, E 5
z = stats.norm.ppf(0.975)
add("how many cells do I need to sample to estimate mean capacity within ±5 mAh at 95% "
    "confidence, if σ is about 20 mAh?",
    "sample_size", {"rule": "int", "key": "n"}, int(math.ceil((z * 20 / 5) ** 2)))

# r30: 8 gf -> mN, 1 gf = 9.80665 mN
add("convert 8 gf pull strength to mN",
    "unit_conversion", {"rule": "number", "tol": 1.0e-6}, 8 * 9.80665)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, battery-cell manufacturing and wire-bond "
                      "packaging engineers",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(OUT, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
