"""Reference answers for round28b (hospital QI / lab medicine voice)."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round28b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, x = sp.symbols("t x", positive=True)

# r01 calculus: AUC 0..inf of 20*exp(-0.15 t) = 20/0.15 = 400/3
auc = sp.integrate(20 * sp.exp(-sp.Rational(15, 100) * t), (t, 0, sp.oo))
add("PK question from pharmacy: plasma conc after IV bolus is C(t) = 20·e^(−0.15t) mg/L, t in hours. "
    "What's the AUC from 0 to infinity (mg·h/L)? exact value please",
    "calculus", {"rule": "expr"}, str(sp.nsimplify(auc)))

# r02 calculus: T(t)=5 t^2 e^{-t/4}; dT/dt=0 at t>0 -> t=8
T = 5 * t**2 * sp.exp(-t / 4)
crit = [s for s in sp.solve(sp.diff(T, t), t) if s > 0]
assert crit == [8]
add("toy model for a cardiac marker rise and fall: T(t) = 5t²e^(−t/4), t = hours since symptom onset. "
    "at what time t > 0 does T peak?",
    "calculus", {"rule": "expr"}, str(crit[0]))

# r03 calculus: expected arrivals = ∫0^2 (3t^2+2t) dt = 12
arr = sp.integrate(3 * t**2 + 2 * t, (t, 0, 2))
add("ED triage arrivals during the morning surge come in at a rate λ(t) = 3t² + 2t patients per hour, "
    "t measured in hours from 7am. How many arrivals do we expect between 7 and 9am?",
    "calculus", {"rule": "expr"}, str(arr))

# r04 calculus: derivative of 50/(1+e^{-0.2t}) at t=0 = 50*0.2/4 = 5/2
N = 50 / (1 + sp.exp(-sp.Rational(1, 5) * t))
d0 = sp.simplify(sp.diff(N, t).subs(t, 0))
add("d/dt of N(t) = 50/(1+e^(-0.2t)) evaluated at t=0  (N = staff who have done the new sepsis module, "
    "t in days)",
    "calculus", {"rule": "expr"}, str(d0))

# r05 algebra: x^2 - 9x + 20 = 0 -> {4, 5}
roots = sp.solve(x**2 - 9 * x + 20, x)
add("solve x² − 9x + 20 = 0", "algebra", {"rule": "set"}, [float(r) for r in sorted(roots)])

# r06 algebra: 3a+2b=190, a+4b=180 -> a=40, b=35
a, b = sp.symbols("a b")
sol = sp.solve([3 * a + 2 * b - 190, a + 4 * b - 180], [a, b])
add("Finance split for send-out tests: 3 vitamin D panels plus 2 ferritins cost us $190, and "
    "1 vitamin D plus 4 ferritins cost $180. What is the price of one vitamin D panel in dollars?",
    "algebra", {"rule": "expr"}, str(sol[a]))

# r07 algebra: 1.05^n = 2 -> n = ln2/ln1.05 (not rounded)
n_double = math.log(2) / math.log(1.05)
add("If our 30-day readmissions keep growing 5% per year compounding, how many years until they double? "
    "Solve 1.05^n = 2 for n exactly (don't round up to whole years).",
    "algebra", {"rule": "number", "tol": 1.0e-4}, n_double)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(float(v) for v in M.eigenvals())
add("eigenvalues of the matrix [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, ev)

# r09 linear algebra: det [[2,0,1],[1,3,2],[1,1,4]] = 18
D = sp.Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 4]]).det()
add("Determinant of\n2 0 1\n1 3 2\n1 1 4", "linear_algebra", {"rule": "expr"}, str(D))

# r10 probability: X~Bin(20, 0.08); P(X>=3) = 1 - cdf(2)
p10 = float(1 - stats.binom.cdf(2, 20, 0.08))
add("Our heart-failure 30-day readmission rate is 8%. Next month 20 HF patients get discharged. "
    "Assuming independence, what's the probability at least 3 of them come back within 30 days?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: Poisson lambda = 1.2/1000 * 2500 = 3; P(0) = e^-3
p11 = float(stats.poisson.pmf(0, 1.2 * 2500 / 1000))
add("ICU CLABSI baseline is 1.2 per 1000 central-line days. If the unit logs 2500 line-days this "
    "quarter and infections follow a Poisson process at that baseline rate, what's P(zero CLABSIs)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: TAT ~ N(45, 8^2); P(TAT > 60) = sf(1.875)
p12 = float(stats.norm.sf(60, loc=45, scale=8))
add("stat potassium turnaround is roughly normal, mean 45 min, sd 8 min. what fraction of results "
    "take longer than 60 minutes?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: PPV = se*prev / (se*prev + (1-sp)*(1-prev))
se, spc, prev = 0.95, 0.90, 0.02
ppv = se * prev / (se * prev + (1 - spc) * (1 - prev))
add("A rapid screening assay has sensitivity 95% and specificity 90%. In our outpatient population the "
    "prevalence is 2%. If a patient screens positive, what's the probability they actually have the "
    "condition (the PPV)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, ppv)

# r14 hypothesis test: one-sample t, two-sided, mu0 = 60
dtn = [52, 67, 58, 71, 58, 63, 65, 59, 74, 60, 67, 66]
r14 = stats.ttest_1samp(dtn, 60)
add("door-to-needle times (min) for our last 12 stroke alerts: 52 67 58 71 58 63 65 59 74 60 67 66. "
    "one-sample t-test vs the 60 min target, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
before = [58, 62, 71, 55, 66, 74, 60, 69]
after = [49, 53, 61, 47, 58, 50, 55]
r15 = stats.ttest_ind(before, after, equal_var=False)
add("We moved troponin to a point-of-care analyzer. ED troponin TAT in minutes, before: "
    "58, 62, 71, 55, 66, 74, 60, 69; after: 49, 53, 61, 47, 58, 50, 55. Is the difference significant? "
    "Use Welch's t-test (unequal variances), two-sided, and give me the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: two-proportion z-test, pooled, two-sided (no continuity correction)
z16, p16 = proportions_ztest([45, 30], [300, 310], alternative="two-sided")
add("Readmissions pre-intervention 45/300 vs post-intervention 30/310. Two-proportion z test with "
    "pooled proportion, two-sided, no continuity correction. p = ?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17 hypothesis test: REFUSE - comparing infection rates needs exposure (patient-days / line-days)
add("is ward 4's CLABSI rate significantly higher than ward 5's? ward 4 had 7 infections this year "
    "and ward 5 had 3. give me the p-value",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of TAT on volume
vol = [4.2, 5.1, 5.8, 6.4, 7.0, 7.9, 8.5]
tat = [38, 41, 44, 45, 49, 52, 55]
r18 = stats.linregress(vol, tat)
add("Daily chemistry specimen volume (hundreds of tubes) vs median TAT (min):\n"
    "volume: 4.2 5.1 5.8 6.4 7.0 7.9 8.5\nTAT:    38  41  44  45  49  52  55\n"
    "least-squares line TAT = a + b·volume — what is b?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19 regression: R^2 of simple linear regression of falls on nursing hours
hppd = [7.5, 8.0, 8.4, 9.1, 9.6, 10.2]
falls = [4.1, 3.8, 3.6, 3.1, 3.0, 2.6]
r19 = stats.linregress(hppd, falls)
add("Six med-surg units: nursing hours per patient-day = 7.5, 8.0, 8.4, 9.1, 9.6, 10.2 and falls per "
    "1000 patient-days = 4.1, 3.8, 3.6, 3.1, 3.0, 2.6 respectively. How much of the variation in fall "
    "rate does a straight-line fit on staffing explain (R²)?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(r19.rvalue**2))

# r20 anova: one-way ANOVA p-value across 3 analyzers
A = [101.2, 99.8, 100.5, 102.1, 100.9]
B = [98.7, 99.5, 98.9, 100.1, 99.2]
C = [100.8, 101.5, 102.3, 101.0, 101.9]
r20 = stats.f_oneway(A, B, C)
add("Same level-2 glucose control run 5x on each of our three chemistry analyzers (mg/dL).\n"
    "Analyzer A: 101.2 99.8 100.5 102.1 100.9\nAnalyzer B: 98.7 99.5 98.9 100.1 99.2\n"
    "Analyzer C: 100.8 101.5 102.3 101.0 101.9\nOne-way ANOVA — do the analyzer means differ? "
    "report the p-value",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))

# r21 anova: one-way ANOVA F statistic, unequal group sizes
day = [48, 55, 52, 60, 50, 57]
eve = [58, 62, 55, 66, 61]
night = [65, 70, 61, 73, 68, 64, 71]
r21 = stats.f_oneway(day, eve, night)
add("door to needle by shift (minutes). day: 48,55,52,60,50,57  evening: 58,62,55,66,61  "
    "night: 65,70,61,73,68,64,71. what's the F statistic from a one-way ANOVA?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r21.statistic))

# r22 design: 2^4 full factorial + 3 center points = 19 runs
add("Planning a method-optimization experiment for the new HbA1c assay: four factors (incubation "
    "temp, reagent volume, sample volume, mixing time), each at two levels, full factorial, no "
    "replication, plus 3 center points. How many runs total?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(6-2) fractional factorial = 16 runs
add("how many runs in a 2^(6-2) fractional factorial? (robustness study, 6 pre-analytical factors)",
    "design", {"rule": "runs"}, 2 ** (6 - 2))

# r24 design: face-centered CCD, 3 factors: 2^3 corners + 6 axial + 4 centre = 18
add("Face-centered central composite design in 3 factors with 4 center points, single replicate "
    "— total number of runs?",
    "design", {"rule": "runs"}, 2**3 + 2 * 3 + 4)

# r25 control chart: X-bar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 98.2 + 0.577 * 4.1
add("Xbar-R chart for our daily glucose QC, subgroups of 5. Grand mean 98.2 mg/dL, average range "
    "4.1 mg/dL. Upper control limit on the Xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26 control chart: c-chart UCL = cbar + 3*sqrt(cbar)
errs = [5, 8, 4, 7, 6, 9, 3, 6, 7, 5, 8, 4]
cbar = float(np.mean(errs))
ucl26 = cbar + 3 * math.sqrt(cbar)
add("Monthly count of reported medication errors on 5 West over the past year: "
    "5, 8, 4, 7, 6, 9, 3, 6, 7, 5, 8, 4. Set up a c chart — what's the UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27 capability: Cp = (USL-LSL)/(6 sigma) = 0.8/0.6
cp27 = (4.6 - 3.8) / (6 * 0.1)
add("Potassium QC material: acceptable range 3.8 to 4.6 mmol/L, our process standard deviation is "
    "0.10 mmol/L. What's Cp?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cp"}, cp27)

# r28 capability: one-sided (upper spec only) Cpk = (USL - mean)/(3 sigma) = 18/18
cpk28 = (60 - 42) / (3 * 6)
add("ED lactate turnaround: mean 42 min, sd 6 min, and the only spec is an upper limit of 60 min "
    "(no lower limit). Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk28)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) with sigma=12, E=3
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 12 / 3) ** 2)
add("I want to estimate the mean stat CBC turnaround to within ±3 minutes with 95% confidence. "
    "From last year the SD is about 12 min (treat as known). How many specimens do I need to time?",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 0.75 L over 6 h -> 750 mL / 360 min
add("infusion of 0.75 L running over six hours — what's that in mL per minute?",
    "unit_conversion", {"rule": "number", "tol": 1.0e-6}, 750 / 360)

assert len(items) == 30
suite = {"suite": ROUND, "type": "reason",
         "description": f"{ROUND} unseen questions, hospital quality-improvement and lab-medicine analysts",
         "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
         "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(suite, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
