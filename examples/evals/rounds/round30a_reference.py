"""round30a reference answers: machining/CNC shop + gauge lab voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

ROUND = "round30a"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x, v = sp.symbols("t x v", positive=True)

# r01 calculus: d/dt 0.02 t^0.6 at t=10 -> 0.012*10^-0.4 (exact rationals)
VB = sp.Rational(1, 50) * t ** sp.Rational(3, 5)
r01 = sp.simplify(sp.diff(VB, t).subs(t, 10))
add("VB(t)=0.02·t^0.6 mm flank wear, t in min. wear rate dVB/dt at t=10 min?",
    "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: Ra = (1/L) ∫_0^L |2 sin(2πx/L)| dx, L=0.8 -> 4/pi
L = sp.Rational(4, 5)
half = sp.integrate(2 * sp.sin(2 * sp.pi * x / L), (x, 0, L / 2))
r02 = sp.simplify(2 * half / L)
assert sp.simplify(r02 - 4 / sp.pi) == 0
add("ideal profile z(x)=2 sin(2πx/0.8) µm, x in mm. Ra=(1/L)∫|z|dx over one period L=0.8mm. exact Ra in µm?",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: minimize C(v)=50/v+0.0002 v^2 -> v^3 = 125000 -> v=50
C = 50 / v + sp.Rational(2, 10000) * v ** 2
crit = [s for s in sp.solve(sp.diff(C, v), v) if s.is_positive]
r03 = crit[0]
assert r03 == 50 and sp.diff(C, v, 2).subs(v, r03) > 0
add("cost per part C(v) = 50/v + 0.0002v²  ($, v = cutting speed m/min). which v minimizes it",
    "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: revs = ∫_0^∞ (3000/60) e^{-t/4} dt (t in s) = 200
r04 = sp.integrate(sp.Rational(3000, 60) * sp.exp(-t / 4), (t, 0, sp.oo))
add("e-stop coast down, spindle N(t) = 3000·e^(−t/4) rpm with t in SECONDS. "
    "how many revs total does it turn from t=0 till it stops (t→∞)?",
    "calculus", {"rule": "expr"}, str(r04))

# r05 algebra: d^2 - 40 d + 396 = 0 -> 18, 22
d = sp.symbols("d")
r05 = sorted(float(s) for s in sp.solve(d ** 2 - 40 * d + 396, d))
add("fit calc boiled down to d^2 - 40d + 396 = 0 (d in mm). both roots pls",
    "algebra", {"rule": "set"}, r05)

# r06 algebra: 2400 = 1000*180/(pi D) -> D = 75/pi mm
D = sp.symbols("D", positive=True)
r06 = sp.solve(sp.Eq(2400, 1000 * 180 / (sp.pi * D)), D)[0]
add("need 2400 rpm at Vc 180 m/min, n=1000·Vc/(π·D). what D in mm, exact",
    "algebra", {"rule": "expr"}, str(r06))

# r07 algebra: 2f+3ap=4.1, f+ap=1.6 -> ap=0.9
f, ap = sp.symbols("f ap")
sol = sp.solve([sp.Eq(2 * f + 3 * ap, sp.Rational(41, 10)), sp.Eq(f + ap, sp.Rational(8, 5))], [f, ap])
r07 = sol[ap]
add("two constraints from the chip load sheet: 2f + 3ap = 4.1 and f + ap = 1.6. ap = ?",
    "algebra", {"rule": "expr"}, str(r07))

# r08 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
r08 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("fixture stiffness K = [2 1 0; 1 3 1; 0 1 4] (kN/µm). det K?",
    "linear_algebra", {"rule": "expr"}, str(r08))

# r09 linear algebra: eigenvalues of tridiag(-1,2,-1) 3x3 -> 2-√2, 2, 2+√2
M = np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]], float)
r09 = sorted(round(float(e), 12) for e in np.linalg.eigvalsh(M))
add("eigenvalues of\n2 -1 0\n-1 2 -1\n0 -1 2\n(3-mass spindle model stiffness matrix)",
    "linear_algebra", {"rule": "set"}, r09)

# r10 probability: Binomial(50, 0.02), P(X<=1)
r10 = float(stats.binom.cdf(1, 50, 0.02))
add("scrap rate 2%, parts independent. lot of 50 — P(at most 1 scrap)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: X~N(25.004, 0.006), P(X<24.990)+P(X>25.010)
r11 = float(stats.norm.cdf(24.990, 25.004, 0.006) + stats.norm.sf(25.010, 25.004, 0.006))
add("bore dia ~ normal, mean 25.004 sd 0.006 mm. spec 25.000 ±0.010. what fraction is out of spec (both sides)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: Poisson lambda = 0.3*5 = 1.5, P(X>=2)
r12 = float(stats.poisson.sf(1, 1.5))
add("insert breakages ~ Poisson, avg 0.3 per shift. 5 shifts this week. P(2 or more breakages in the week)",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes P(NC | reject) = .03*.95 / (.03*.95 + .97*.02)
r13 = 0.03 * 0.95 / (0.03 * 0.95 + 0.97 * 0.02)
add("3% of shafts are actually out of tol. go/no-go gauge rejects 95% of the bad ones but also rejects 2% "
    "of good ones. a shaft got rejected — prob it's really bad?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r13)

# r14 hypothesis: one-sample t, H0 mu=0.80, two-sided, p-value
ra = [0.82, 0.79, 0.85, 0.88, 0.81, 0.84, 0.80, 0.86]
r14 = float(stats.ttest_1samp(ra, 0.80).pvalue)
add("Ra µm on last batch:\n0.82 0.79 0.85 0.88 0.81 0.84 0.80 0.86\n"
    "drawing says Ra 0.8 nominal. 1-sample t vs 0.80, two-sided, p?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, r14)

# r15 hypothesis: Welch two-sample t, two-sided p-value
A = [42, 38, 45, 40, 44, 39]
B = [35, 37, 33, 38, 36, 34, 32]
r15 = float(stats.ttest_ind(A, B, equal_var=False).pvalue)
add("tool life (min) insert grade A: 42 38 45 40 44 39\ngrade B: 35 37 33 38 36 34 32\n"
    "welch t, 2-sided. p value?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, r15)

# r16 hypothesis: paired t (air - cmm), two-sided p-value
air = [25.012, 25.008, 25.015, 25.010, 25.006, 25.011]
cmm = [25.010, 25.007, 25.012, 25.009, 25.006, 25.008]
r16 = float(stats.ttest_rel(air, cmm).pvalue)
add("same 6 bores, air gauge vs CMM (mm)\nair 25.012 25.008 25.015 25.010 25.006 25.011\n"
    "cmm 25.010 25.007 25.012 25.009 25.006 25.008\nany bias? paired t two sided, give p",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, r16)

# r17 hypothesis: REFUSE — Welch t needs the SDs, none given
add("shift A mean Ra 0.82 n=8, shift B mean Ra 0.79 n=8. welch t p-value? that's all I've got",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of VB on t
tt = [5, 10, 15, 20, 25, 30]
vb = [0.08, 0.12, 0.15, 0.19, 0.22, 0.27]
r18 = float(stats.linregress(tt, vb).slope)
add("flank wear check\nt(min) 5 10 15 20 25 30\nVB(mm) 0.08 0.12 0.15 0.19 0.22 0.27\n"
    "LS line VB vs t — slope, mm/min?",
    "regression", {"rule": "number", "key": "slope", "tol": 1.0e-6}, r18)

# r19 regression: R^2 of simple linear fit Ra ~ feed
fe = [0.10, 0.15, 0.20, 0.25, 0.30]
raf = [0.62, 0.95, 1.41, 1.88, 2.52]
r19 = float(stats.linregress(fe, raf).rvalue ** 2)
add("feed f mm/rev: 0.10 0.15 0.20 0.25 0.30 ; Ra µm: 0.62 0.95 1.41 1.88 2.52. "
    "straight-line fit Ra on f, what's R²?",
    "regression", {"rule": "number", "key": "r_squared", "tol": 1.0e-6}, r19)

# r20 anova: one-way F statistic, 3 coolants x 4
c1 = [1.21, 1.18, 1.25, 1.22]
c2 = [1.30, 1.34, 1.28, 1.33]
c3 = [1.19, 1.15, 1.20, 1.17]
r20 = float(stats.f_oneway(c1, c2, c3).statistic)
add("Ra by coolant, 4 parts each\nsyn: 1.21 1.18 1.25 1.22\nsemi: 1.30 1.34 1.28 1.33\n"
    "mql: 1.19 1.15 1.20 1.17\none-way anova F stat?",
    "anova", {"rule": "number", "key": "statistic", "tol": 1.0e-6}, r20)

# r21 anova: one-way p-value, 4 spindles x 5
s1 = [3, 5, 4, 6, 2]
s2 = [7, 6, 8, 5, 7]
s3 = [4, 3, 5, 4, 6]
s4 = [5, 6, 4, 7, 5]
r21 = float(stats.f_oneway(s1, s2, s3, s4).pvalue)
add("Bore deviation from nominal in µm for four spindles on the same cell, five parts each: "
    "spindle 1 gave 3, 5, 4, 6, 2; spindle 2 gave 7, 6, 8, 5, 7; spindle 3 gave 4, 3, 5, 4, 6; "
    "spindle 4 gave 5, 6, 4, 7, 5. Do the spindle means differ? Need the one-way ANOVA p-value.",
    "anova", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, r21)

# r22 design: CCD k=3: 2^3 + 2*3 + 6 = 20
r22 = 2 ** 3 + 2 * 3 + 6
add("CCD for speed/feed/DOC (3 factors), full 2^3 cube + axial pts + 6 center pts. total runs?",
    "design", {"rule": "runs"}, r22)

# r23 design: 2^(6-2) = 16 + 3 centre = 19
r23 = 2 ** (6 - 2) + 3
add("screening 6 factors on the lathe, 2^(6-2) res IV, one replicate, plus 3 center points. how many runs do i book machine time for",
    "design", {"rule": "runs"}, r23)

# r24 design: 2^2 AB interaction effect = (y-- + y++ - y+- - y-+)/2 = 0.2
y = {(-1, -1): 1.2, (1, -1): 1.8, (-1, 1): 1.4, (1, 1): 2.4}
r24 = sum(a * b * val for (a, b), val in y.items()) / 2
add("2x2 on the mill, A=speed B=feed, one run each, Ra: (−,−)=1.2 (+,−)=1.8 (−,+)=1.4 (+,+)=2.4. "
    "AB interaction effect (effect = avg at + minus avg at −, not the regression coef)?",
    "design", {"rule": "number", "tol": 1.0e-6}, round(r24, 12))

# r25 control chart: Xbar UCL = 25.003 + A2(n=5)=0.577 * 0.008
r25 = 25.003 + 0.577 * 0.008
add("xbar-R, 25 subgroups of 5, grand mean 25.003 mm, Rbar 0.008. xbar UCL?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1.0e-6}, r25)

# r26 control chart: I-MR, UCL_I = mean + 3*MRbar/1.128
od = np.array([12.02, 12.05, 11.98, 12.01, 12.04, 12.00, 11.97, 12.03, 12.06, 12.01])
mr = np.abs(np.diff(od)).mean()
r26 = float(od.mean() + 3 * mr / 1.128)
add("shaft OD, one per hour, individuals chart:\n12.02 12.05 11.98 12.01 12.04 12.00 11.97 12.03 12.06 12.01\n"
    "UCL for the I chart (MR of 2, d2=1.128)?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1.0e-5}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3s) = 0.011/0.012
r27 = min(25.015 - 25.004, 25.004 - 24.985) / (3 * 0.004)
add("bore 25.000 ±0.015, process mean 25.004, sigma 0.004. Cpk",
    "capability", {"rule": "number", "key": "cpk", "tol": 1.0e-6}, r27)

# r28 capability: Ppk with overall sample sd (n-1), spec 20.000 ±0.020
bd = np.array([20.004, 20.009, 19.998, 20.012, 20.006, 20.001, 20.010, 20.003, 20.007, 19.999])
m, s = bd.mean(), bd.std(ddof=1)
r28 = float(min(20.020 - m, m - 19.980) / (3 * s))
add("Ø20 ±0.02 bore, 10 pcs off the new fixture:\n20.004 20.009 19.998 20.012 20.006 20.001 20.010 20.003 20.007 19.999\n"
    "Ppk? overall s (n−1)",
    "capability", {"rule": "number", "key": "ppk", "tol": 1.0e-6}, r28)

# r29 sample size: n = ceil((z_.975 * 0.005 / 0.002)^2) = ceil(24.009) = 25
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.005 / 0.002) ** 2)
add("how many bores do I measure to nail the mean dia within ±0.002 mm, 95% conf? σ known ≈0.005 mm",
    "sample_size", {"rule": "int", "key": "n"}, int(r29))

# r30 unit conversion: 600 ft/min * 0.3048 m/ft = 182.88 m/min
r30 = 600 * 0.3048
add("old router sheet says 600 sfm. in m/min?",
    "unit_conversion", {"rule": "number", "tol": 1.0e-6}, round(r30, 10))

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, CNC machining shop and gauge lab, terse shorthand",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
