"""round25b reference answers: chemical process engineer + water-treatment operator voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from pathlib import Path

DIR = Path(__file__).resolve().parent
ROUND = "round25b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, Q = sp.symbols("t Q", real=True)

# r01 calculus: integral of 120*exp(-0.05 t) from 0 to 60 = 2400*(1-exp(-3))
r01 = sp.integrate(120 * sp.exp(-t / 20), (t, 0, 60))
add("Phenol in the batch tank decays like C(t) = 120·e^(−0.05t) mg/L, t in minutes. "
    "What's the exposure integral ∫ C dt from t = 0 to t = 60 min (mg·min/L)? exact form please",
    "calculus", {"rule": "expr"}, str(sp.simplify(r01)))

# r02 calculus: maximize hydraulic power ~ Q*H = Q*(45 - 0.002 Q^2): dP/dQ = 45 - 0.006Q^2 = 0 -> Q = 50*sqrt(3)
P = Q * (45 - sp.Rational(2, 1000) * Q**2)
r02 = [s for s in sp.solve(sp.diff(P, Q), Q) if s > 0][0]
add("Homework 4.3: A centrifugal pump's head curve is H(Q) = 45 − 0.002Q² (H in m, Q in m³/h). "
    "Hydraulic power is proportional to the product Q·H. Find the flow Q > 0 that maximizes Q·H. "
    "Give the exact value.",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: CSTR tracer startup dC/dt = (80 - C)/15, C(0)=0 -> C = 80 - 80 exp(-t/15)
C = sp.Function("C")
sol = sp.dsolve(sp.Eq(C(t).diff(t), (80 - C(t)) / 15), C(t), ics={C(0): 0})
add("@mike quick one — clean CSTR (starts at 0 mg/L) fed 80 mg/L feed, residence time τ = 15 min, "
    "perfectly mixed so dC/dt = (80 − C)/15. what's C(t)? t in min",
    "calculus", {"rule": "expr"}, str(sp.expand(sol.rhs)))

# r04 calculus: C = 4/(1+0.2t), dC/dt at t=5 = -0.8/(2)^2 = -1/5
Cexpr = 4 / (1 + t / 5)
r04 = sp.diff(Cexpr, t).subs(t, 5)
add("second-order decay, concentration follows C(t) = 4/(1 + 0.2t) mol/L with t in hours. "
    "rate of change dC/dt at t = 5 h?",
    "calculus", {"rule": "expr"}, str(sp.nsimplify(r04)))

# r05 algebra: pump curve 60 - 0.004Q^2 = system curve 20 + 0.006Q^2 -> Q = sqrt(4000) = 20*sqrt(10)
r05 = [s for s in sp.solve(sp.Eq(60 - sp.Rational(4, 1000) * Q**2, 20 + sp.Rational(6, 1000) * Q**2), Q) if s > 0][0]
add("Pump curve H = 60 − 0.004Q², system curve H = 20 + 0.006Q² (Q in L/s, H in m). "
    "Where's the operating point — what flow Q (positive) do the curves cross at? exact answer",
    "algebra", {"rule": "expr"}, str(r05))

# r06 algebra: blend x L/h at 250 mg/L with (600-x) at 40 mg/L -> 100 mg/L: x = 1200/7
x = sp.symbols("x")
r06 = sp.solve(sp.Eq(250 * x + 40 * (600 - x), 100 * 600), x)[0]
add("We're blending concentrated backwash return (250 mg/L TSS) with clarified water (40 mg/L) "
    "to get 600 L/h total at 100 mg/L. How many L/h of the 250 mg/L stream? exact fraction is fine",
    "algebra", {"rule": "expr"}, str(r06))

# r07 algebra: roots of x^3 - 7x + 6 = 0 -> {1, 2, -3}
r07 = sorted(float(r) for r in sp.solve(x**3 - 7 * x + 6, x))
add("characteristic equation from the reactor stability analysis came out as s³ − 7s + 6 = 0. "
    "all the roots?",
    "algebra", {"rule": "set"}, r07)

# r08 linear algebra: F1+F2+F3=100, 0.1F1+0.3F2+0.6F3=35, F1=2F2 -> F3 = 550/13
F1, F2, F3 = sp.symbols("F1 F2 F3")
s8 = sp.solve([F1 + F2 + F3 - 100,
               sp.Rational(1, 10) * F1 + sp.Rational(3, 10) * F2 + sp.Rational(6, 10) * F3 - 35,
               F1 - 2 * F2], [F1, F2, F3])
add("Mass balance on a mixing header, three feeds F1, F2, F3 (kg/h):\n"
    "  F1 + F2 + F3 = 100\n  0.1F1 + 0.3F2 + 0.6F3 = 35   (solute balance)\n  F1 = 2F2\n"
    "Solve the system; what is F3? exact",
    "linear_algebra", {"rule": "expr"}, str(s8[F3]))

# r09 linear algebra: eigenvalues of [[2,0,0],[0,3,4],[0,4,9]] -> 2, and tr 12 det 11 -> 1, 11
M = sp.Matrix([[2, 0, 0], [0, 3, 4], [0, 4, 9]])
r09 = sorted(float(k) for k in M.eigenvals())
add("Covariance matrix of three online analyzers (pH, ORP, conductivity, scaled units):\n"
    "[[2, 0, 0], [0, 3, 4], [0, 4, 9]]\nWhat are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, r09)

# r10 probability: Poisson lambda = 0.8*3 = 2.4, P(X>=2) = 1 - e^-2.4 (1 + 2.4)
r10 = float(stats.poisson.sf(1, 2.4))
add("Our dosing pumps fail at an average rate of 0.8 per month (Poisson). What's the probability "
    "of two or more failures in a three-month quarter?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: turbidity ~ N(0.35, 0.08^2), P(X > 0.5) = 1 - Phi(1.875)
r11 = float(stats.norm.sf(0.5, loc=0.35, scale=0.08))
add("filtered-water turbidity is normally distributed, mean 0.35 NTU, std dev 0.08 NTU. "
    "P(a reading exceeds 0.5 NTU)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: Binomial(12, 0.05), P(X = 1)
r12 = float(stats.binom.pmf(1, 12, 0.05))
add("Each monthly composite sample independently has a 5% chance of exceeding the permit limit. "
    "Over twelve months, what is the probability of exactly one exceedance?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes, P(exc|alarm) = .95*.02 / (.95*.02 + .04*.98)
r13 = 0.95 * 0.02 / (0.95 * 0.02 + 0.04 * 0.98)
add("The ammonia analyzer alarms on 95% of real excursions but also false-alarms 4% of the time "
    "when there's no excursion. Real excursions happen in 2% of sampling intervals. Given an alarm, "
    "what's the probability there's actually an excursion?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r13)

# r14 hypothesis: one-sample t, two-sided, mu0 = 1.5
d14 = [1.42, 1.55, 1.38, 1.47, 1.51, 1.36, 1.44, 1.49, 1.40, 1.53]
r14 = stats.ttest_1samp(d14, 1.5)
add("Free chlorine residual grab samples (mg/L): 1.42 1.55 1.38 1.47 1.51 1.36 1.44 1.49 1.40 1.53. "
    "Target is 1.5 mg/L. Two-sided one-sample t-test — p-value?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r14.pvalue))

# r15 hypothesis: Welch two-sample t, two-sided
a15 = [78.2, 80.1, 79.5, 81.0, 77.8, 79.9]
b15 = [82.4, 81.7, 83.9, 80.8, 84.2, 82.0, 83.1]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add("hey, compared yields (%) from the old vs new catalyst:\n"
    "old: 78.2, 80.1, 79.5, 81.0, 77.8, 79.9\nnew: 82.4, 81.7, 83.9, 80.8, 84.2, 82.0, 83.1\n"
    "Welch t-test (unequal variances), two-sided — what p do you get?",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r15.pvalue))

# r16 hypothesis: paired t-test, two-sided
bef = [412, 388, 450, 397, 430, 415, 402, 441]
aft = [380, 371, 418, 390, 399, 392, 385, 409]
r16 = stats.ttest_rel(bef, aft)
add("Problem 9.12. Effluent COD (mg/L) was measured at eight sampling points before and after "
    "the aeration upgrade, same points both times.\nBefore: 412, 388, 450, 397, 430, 415, 402, 441\n"
    "After:  380, 371, 418, 390, 399, 392, 385, 409\n"
    "Using a paired t-test (two-sided), find the p-value.",
    "hypothesis_test", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r16.pvalue))

# r17 hypothesis: chi-square test of independence 2x3 (no continuity correction applies for 2x3)
tab = np.array([[14, 9, 22], [120 - 14, 110 - 9, 130 - 22]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Permit exceedances by plant last year: Plant A 14 out of 120 samples, Plant B 9 of 110, "
    "Plant C 22 of 130. Chi-square test of independence (exceed / not exceed × plant) — "
    "what's the χ² statistic?",
    "hypothesis_test", {"rule": "number", "key": "statistic", "tol": 1.0e-4}, float(chi2))

# r18 regression: OLS slope of conversion vs residence time
x18 = [5, 10, 15, 20, 25, 30]
y18 = [22.1, 38.5, 51.2, 60.8, 68.9, 74.0]
r18 = stats.linregress(x18, y18)
add("residence time (min): 5 10 15 20 25 30\nconversion (%): 22.1 38.5 51.2 60.8 68.9 74.0\n"
    "least-squares straight line fit, what's the slope?",
    "regression", {"rule": "number", "key": "slope", "tol": 1.0e-6}, float(r18.slope))

# r19 regression: R^2 of pH vs alum dose
x19 = [10, 20, 30, 40, 50, 60, 70]
y19 = [7.62, 7.48, 7.35, 7.27, 7.12, 7.05, 6.93]
r19 = stats.linregress(x19, y19)
add("Jar test: alum dose 10, 20, 30, 40, 50, 60, 70 mg/L gave settled pH 7.62, 7.48, 7.35, 7.27, "
    "7.12, 7.05, 6.93. Fit pH = a + b·dose by ordinary least squares. How much of the variation "
    "does it explain (R²)?",
    "regression", {"rule": "number", "key": "r_squared", "tol": 1.0e-6}, float(r19.rvalue**2))

# r20 anova: one-way ANOVA F statistic, three coagulants
g20 = [[82, 85, 88, 84, 86], [78, 80, 83, 79, 81], [90, 87, 91, 89, 92]]
r20 = stats.f_oneway(*g20)
add("Turbidity removal (%) for three coagulants, five jars each:\n"
    "  ferric chloride: 82 85 88 84 86\n  alum: 78 80 83 79 81\n  PACl: 90 87 91 89 92\n"
    "one-way ANOVA F statistic?",
    "anova", {"rule": "number", "key": "statistic", "tol": 1.0e-6}, float(r20.statistic))

# r21 anova: one-way ANOVA p-value, four reactor temperatures
g21 = [[61.2, 63.5, 60.8, 62.9], [64.1, 65.8, 63.9, 66.2],
       [67.5, 66.9, 68.8, 67.1], [65.0, 66.3, 64.2, 65.9]]
r21 = stats.f_oneway(*g21)
add("Ran the reactor at four jacket temperatures, four batches each, yield %:\n"
    "150°C: 61.2, 63.5, 60.8, 62.9\n160°C: 64.1, 65.8, 63.9, 66.2\n"
    "170°C: 67.5, 66.9, 68.8, 67.1\n180°C: 65.0, 66.3, 64.2, 65.9\n"
    "Does temperature matter? Give me the one-way ANOVA p-value.",
    "anova", {"rule": "number", "key": "p_value", "tol": 1.0e-4}, float(r21.pvalue))

# r22 design: 2^4 full factorial + 3 center points = 19 runs
add("planning a screening study on the clarifier: 4 factors (polymer dose, alum dose, mixing speed, "
    "pH setpoint), each at two levels, full factorial, plus 3 center points. total runs?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 3^3 full factorial, 2 replicates = 54 runs
add("A textbook exercise: a chemical engineer studies conversion with three factors — temperature, "
    "pressure and catalyst loading — each at three levels, in a full factorial design replicated "
    "twice. How many experimental runs are required?",
    "design", {"rule": "runs"}, 3**3 * 2)

# r24 design: 2^2 AB interaction = [(y++ + y--) - (y+- + y-+)]/2 = (80+62-71-65)/2 = 3
yy = {(-1, -1): 62, (1, -1): 71, (-1, 1): 65, (1, 1): 80}
r24 = sum(a * b * v for (a, b), v in yy.items()) / 2
add("2² factorial on the esterification, A = temperature, B = acid catalyst conc, yield %:\n"
    "(A low, B low) 62; (A high, B low) 71; (A low, B high) 65; (A high, B high) 80.\n"
    "Estimate the AB interaction effect.",
    "design", {"rule": "number", "key": "value", "tol": 1.0e-6}, float(r24))

# r25 control chart: xbar UCL = 7.2 + A2(n=5)=0.577 * 0.35
r25 = 7.2 + 0.577 * 0.35
add("X̄–R chart on finished-water pH, subgroups of 5 readings. Grand mean 7.20, average range 0.35. "
    "Upper control limit for the X̄ chart?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1.0e-3}, r25)

# r26 control chart: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
r26 = 0.06 + 3 * math.sqrt(0.06 * 0.94 / 150)
add("p-chart for off-spec drums: 150 drums inspected per shift, average fraction nonconforming "
    "p̄ = 0.06. What's the UCL (3σ)?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1.0e-4}, r26)

# r27 capability: sigma = Rbar/d2 (n=4, d2=2.059); Cpk = min(8.5-7.3, 7.3-6.5)/(3 sigma)
sig27 = 0.42 / 2.059
r27 = min(8.5 - 7.3, 7.3 - 6.5) / (3 * sig27)
add("pH spec on the neutralizer outlet is 6.5 to 8.5. From the control chart (subgroups of n = 4) "
    "the process mean is 7.3 and R̄ = 0.42. Estimating σ as R̄/d2, what's Cpk?",
    "capability", {"rule": "number", "key": "cpk", "tol": 1.0e-3}, r27)

# r28 capability: REFUSE - no spread information (no sigma, no range, no data)
add("what's the Cpk for our effluent TSS? permit limit (USL) is 30 mg/L and the plant averages "
    "22 mg/L",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_.975 * 2.2 / 0.5)^2) = ceil(74.37) = 75
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 2.2 / 0.5) ** 2)
add("How many grab samples do I need to estimate mean nitrate within ±0.5 mg/L at 95% confidence? "
    "σ is known from history, about 2.2 mg/L.",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 2.5 MGD (US gal) -> L/s, 1 gal = 3.785411784 L
r30 = 2.5e6 * 3.785411784 / 86400
add("convert 2.5 MGD (million US gallons per day) to L/s",
    "unit_conversion", {"rule": "number", "tol": 1.0e-4}, r30)

assert len(items) == 30
out = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, chemical process engineer and water-treatment operator",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
(DIR / f"{ROUND}.yaml").write_text(yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=90))
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
