"""Reference answers for round44b (environmental-monitoring consultant voice).
Every reference is computed independently with sympy/scipy/numpy/statsmodels."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round44b"
t, d, x = sp.symbols("t d x", real=True)
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


# r01 calculus: integral_0^inf 80 e^{-t/12} dt = 960
r01 = sp.integrate(80 * sp.exp(-t / 12), (t, 0, sp.oo))
add(
    "Stack test after a burner trip: the CO excess decays roughly as C(t) = 80·e^(−t/12) mg/Nm³, "
    "t in minutes. Integrate from t = 0 to infinity — what's the total area (mg·min/Nm³)?",
    "calculus",
    {"rule": "expr"},
    str(r01),
)

# r02 calculus: d/dd [95 - 20 log10 d] at d=10 = -20/(10 ln 10) = -2/ln 10
L = 95 - 20 * sp.log(d, 10)
r02 = sp.simplify(sp.diff(L, d).subs(d, 10))
add(
    "noise spreading model L(d) = 95 − 20·log10(d) dB(A), d in metres. dL/dd at d = 10 m? exact form please",
    "calculus",
    {"rule": "expr"},
    str(r02),
)

# r03 calculus: max of C(t)=50 t e^{-t/4}; C'=0 at t=4 -> C(4)=200/e
C = 50 * t * sp.exp(-t / 4)
tc = sp.solve(sp.diff(C, t), t)[0]
r03 = sp.simplify(C.subs(t, tc))
add(
    "For the client report we model the nitrate breakthrough at the monitoring well as "
    "C(t) = 50 t e^(−t/4) mg/L (t in weeks, t ≥ 0). What is the peak concentration C_max? "
    "Give it exactly.",
    "calculus",
    {"rule": "expr"},
    str(r03),
)

# r04 calculus: average of 20+5 sin(pi t/12) over [0,6] h = 20 + 10/pi
c = 20 + 5 * sp.sin(sp.pi * t / 12)
r04 = sp.simplify(sp.integrate(c, (t, 0, 6)) / 6)
add(
    "PM2.5 diurnal fit c(t) = 20 + 5 sin(πt/12) µg/m³, t hours after midnight. "
    "time-weighted average over the first 6 hours (t=0 to t=6)? exact",
    "calculus",
    {"rule": "expr"},
    str(r04),
)

# r05 algebra: 62 f + 14 (1-f) = 50 -> f = 3/4
f = sp.symbols("f")
r05 = sp.solve(sp.Eq(62 * f + 14 * (1 - f), 50), f)[0]
add(
    "Blending two supply wells: well A runs at 62 mg/L nitrate, well B at 14 mg/L. What fraction "
    "of the blended flow must come from well A so the blend sits exactly at the 50 mg/L limit? "
    "(simple mass balance, fraction as a number between 0 and 1)",
    "algebra",
    {"rule": "expr"},
    str(r05),
)

# r06 algebra: roots of t^2 - 7t + 10 = 0 -> {2, 5}
r06 = sorted(float(v) for v in sp.solve(t**2 - 7 * t + 10, t))
add(
    "solve t² − 7t + 10 = 0  (crossing times, hours, from the fitted ozone curve) — both roots",
    "algebra",
    {"rule": "set"},
    r06,
)

# r07 algebra: 10 log10(10^8.5 + 10^(L/10)) = 88 -> L = 10 log10(10^8.8 - 10^8.5)
r07 = 10 * math.log10(10**8.8 - 10**8.5)
add(
    "Site boundary reads 88 dB(A) total with the crusher running. Background alone is 85 dB(A). "
    "Using logarithmic (energy) addition, what level L does the crusher contribute on its own? "
    "i.e. solve 10·log10(10^(85/10) + 10^(L/10)) = 88 for L.",
    "algebra",
    {"rule": "number", "tol": 1.0e-6},
    r07,
)

# r08 linear algebra: eigenvalues of [[-0.3,0.1],[0.2,-0.4]] -> -0.2, -0.5
A = np.array([[-0.3, 0.1], [0.2, -0.4]])
r08 = sorted(float(v) for v in np.linalg.eigvals(A).real)
add(
    "two-box exchange model for the lagoon + shallow aquifer, rate matrix\n"
    "[[-0.3, 0.1],\n [0.2, -0.4]]  (per day)\neigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    r08,
)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
r09 = str(M.det())
add(
    "Quick check before I invert the receptor-model source matrix — determinant of\n2 1 0\n1 3 1\n0 1 4",
    "linear_algebra",
    {"rule": "expr"},
    r09,
)

# r10 probability: Poisson(2.3), P(X >= 4) = 1 - F(3)
r10 = float(1 - stats.poisson.cdf(3, 2.3))
add(
    "Historically the station logs 2.3 exceedances of the hourly NO2 limit per year, on average. "
    "Treating exceedances as a Poisson process, what's the probability of four or more in a given year?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r10,
)

# r11 probability: N(18, 6^2), P(X > 35)
r11 = float(stats.norm.sf(35, loc=18, scale=6))
add(
    "daily PM2.5 ~ Normal, mean 18 µg/m³, σ = 6 µg/m³. P(a given day exceeds 35 µg/m³)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)

# r12 probability: Binomial(12, 0.08), P(X = 2)
r12 = float(stats.binom.pmf(2, 12, 0.08))
add(
    "Each monthly groundwater sample independently has an 8% chance of exceeding the trigger value. "
    "Over a twelve-month campaign, probability that exactly two samples exceed?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)

# r13 probability: Bayes, prior 0.05, sens 0.92, spec 0.95
r13 = 0.92 * 0.05 / (0.92 * 0.05 + (1 - 0.95) * 0.95)
add(
    "Screening kit for hydrocarbon contamination in private wells: sensitivity 92%, specificity 95%. "
    "About 5% of wells in the catchment are actually contaminated. A well tests positive — "
    "probability it is truly contaminated?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r13,
)

# r14 hypothesis test: one-sample t, two-sided, mu0 = 50
so2 = [48.2, 51.8, 48.9, 53.1, 49.4, 49.1, 52.6, 50.3]
r14 = stats.ttest_1samp(so2, 50.0)
add(
    "SO2 compliance campaign, 8 half-hour runs (mg/Nm³): 48.2 51.8 48.9 53.1 49.4 49.1 52.6 50.3. "
    "Permit ELV is 50 mg/Nm³. One-sample t-test, two-sided, H0: μ = 50. p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch t statistic, downgradient minus upgradient
up = [12.4, 15.1, 11.8, 13.9, 14.6, 12.2]
down = [18.3, 22.7, 16.9, 25.1, 19.8, 21.4, 17.6]
r15 = stats.ttest_ind(down, up, equal_var=False)
add(
    "nitrate mg/L\nupgradient wells: 12.4, 15.1, 11.8, 13.9, 14.6, 12.2\n"
    "downgradient wells: 18.3, 22.7, 16.9, 25.1, 19.8, 21.4, 17.6\n"
    "Welch t-test (unequal variances), t statistic for downgradient minus upgradient?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r15.statistic),
)

# r16 hypothesis test: paired t, two-sided p-value
before = [38.2, 41.5, 36.9, 44.0, 39.7, 42.3]
after = [31.5, 35.8, 33.0, 36.2, 34.1, 37.9]
r16 = stats.ttest_rel(before, after)
add(
    "We ran the same six kiln operating conditions before and after the bag-filter upgrade. "
    "Particulate at outlet (mg/Nm³): before 38.2, 41.5, 36.9, 44.0, 39.7, 42.3; after (same "
    "order) 31.5, 35.8, 33.0, 36.2, 34.1, 37.9. Paired t-test, two-sided — what is the p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r16.pvalue),
)

# r17 hypothesis test: chi-square test of independence 2x3, Pearson statistic
tab = np.array([[34, 21, 15], [22, 25, 28]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add(
    "Noise complaints logged by period.\n"
    "            day  evening  night\n"
    "Site North   34     21      15\n"
    "Site South   22     25      28\n"
    "Pearson chi-square test of independence (site vs period): chi-square statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(chi2),
)

# r18 regression: OLS of L on log10(d); slope
dist = np.array([10, 20, 40, 80, 160.0])
Ld = np.array([78.4, 72.9, 66.8, 61.2, 55.1])
fit18 = sm.OLS(Ld, sm.add_constant(np.log10(dist))).fit()
add(
    "Attenuation transect from the compressor station. distance (m): 10, 20, 40, 80, 160; "
    "LAeq dB(A): 78.4, 72.9, 66.8, 61.2, 55.1. Fit LAeq = a + b·log10(distance) by least squares. "
    "What is b (dB per decade)?",
    "regression",
    {"rule": "number", "tol": 1.0e-4, "key": "slope"},
    float(fit18.params[1]),
)

# r19 regression: simple linear regression R^2
xn = np.array([40, 60, 80, 100, 120, 140.0])
yn = np.array([18.2, 21.5, 27.9, 30.4, 36.8, 38.1])
fit19 = sm.OLS(yn, sm.add_constant(xn)).fit()
add(
    "N application rate kg/ha = 40 60 80 100 120 140, leachate nitrate mg/L = 18.2 21.5 27.9 30.4 "
    "36.8 38.1 ; straight-line regression of nitrate on rate — R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-4, "key": "r_squared"},
    float(fit19.rsquared),
)

# r20 anova: one-way F statistic, 3 sites
sA = [14.2, 16.8, 15.1, 17.4, 15.9]
sB = [19.6, 21.3, 18.8, 22.1, 20.4]
sC = [15.7, 17.2, 16.4, 18.9, 16.1]
r20 = stats.f_oneway(sA, sB, sC)
add(
    "Five concurrent 24-h PM2.5 filters (µg/m³) at each of three receptors:\n"
    "School: 14.2 16.8 15.1 17.4 15.9\nRoadside: 19.6 21.3 18.8 22.1 20.4\n"
    "Park: 15.7 17.2 16.4 18.9 16.1\none-way ANOVA, F?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r20.statistic),
)

# r21 anova: one-way p-value, 4 labs
l1 = [24.1, 24.6, 23.8, 24.4]
l2 = [25.0, 25.3, 24.7, 25.6]
l3 = [24.2, 23.9, 24.5, 24.0]
l4 = [24.9, 24.3, 25.1, 24.6]
r21 = stats.f_oneway(l1, l2, l3, l4)
add(
    "Inter-lab check: one split groundwater sample sent to four accredited labs, four replicate "
    "nitrate determinations each (mg/L). Lab 1: 24.1, 24.6, 23.8, 24.4. Lab 2: 25.0, 25.3, 24.7, "
    "25.6. Lab 3: 24.2, 23.9, 24.5, 24.0. Lab 4: 24.9, 24.3, 25.1, 24.6. Is there a lab effect? "
    "Give the one-way ANOVA p-value.",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r21.pvalue),
)

# r22 design: 2^4 full factorial, unreplicated, + 3 centre points = 19
add(
    "Planning a scrubber optimisation trial: 4 factors (L/G ratio, pH setpoint, inlet temp, "
    "spray nozzle type) at two levels each, full factorial, single replicate, plus 3 centre points. "
    "How many runs in total?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 2^(6-2) fraction, run twice = 32
add(
    "2^(6-2) fractional factorial for the odour-control study, whole design replicated twice. total runs?",
    "design",
    {"rule": "runs"},
    2 ** (6 - 2) * 2,
)

# r24 design: face-centred CCD, 3 factors: 8 cube + 6 axial + 4 centre = 18
add(
    "Response-surface follow-up: face-centred central composite design in three factors "
    "(full 2³ cube, the usual 2k star points, four centre runs). Number of runs?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 4,
)

# r25 control chart: Xbar chart UCL = Xbarbar + A2 Rbar, A2 = 0.577 for n=5
r25 = 142.6 + 0.577 * 11.8
add(
    "CEMS NOx QA: 20 subgroups of n = 5 readings, grand mean 142.6 mg/Nm³, average range 11.8 "
    "mg/Nm³. X-bar chart upper control limit (use A2 = 0.577)?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r25,
)

# r26 control chart: individuals chart UCL = mean + 3*MRbar/d2, d2 = 1.128
tss = np.array([22.1, 24.5, 19.8, 23.3, 25.0, 21.7, 20.9, 23.8, 22.6, 24.1])
mrbar = np.mean(np.abs(np.diff(tss)))
r26 = float(tss.mean() + 3 * mrbar / 1.128)
add(
    "effluent TSS daily composites mg/L: 22.1, 24.5, 19.8, 23.3, 25.0, 21.7, 20.9, 23.8, 22.6, 24.1 "
    "— individuals (I-MR) chart, sigma from average moving range of span 2 with d2 = 1.128. UCL for "
    "the individuals chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r26,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 1.2/0.9
r27 = min(9.0 - 7.8, 7.8 - 6.0) / (3 * 0.3)
add(
    "Final effluent pH consent band is 6.0 to 9.0. Process runs at mean 7.8 with a standard "
    "deviation of 0.3 (treat as the process sigma). What's Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    r27,
)

# r28 capability: upper-only Ppk = (USL - mean)/(3 s), s with n-1
nh3 = np.array([2.8, 3.4, 3.1, 2.6, 3.9, 3.3, 2.9, 3.6, 3.2, 3.0, 3.5, 2.7])
r28 = float((5.0 - nh3.mean()) / (3 * nh3.std(ddof=1)))
add(
    "Ammoniacal N in discharge, 12 weekly spot samples (mg/L): 2.8 3.4 3.1 2.6 3.9 3.3 2.9 3.6 3.2 "
    "3.0 3.5 2.7. Permit maximum 5.0 mg/L, no lower limit. Ppk against the upper limit only, "
    "overall sample standard deviation (n−1)?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    r28,
)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*7/2)^2) = 48
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 7 / 2) ** 2)
add(
    "How many wells do we need to sample to estimate mean nitrate to within ±2 mg/L at 95% "
    "confidence, assuming σ ≈ 7 mg/L known (normal/z-based, round up)?",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)

# r30 unit conversion: 3.2 kg/h -> g/s = 3200/3600
r30 = 3.2 * 1000 / 3600
add("mass emission rate 3.2 kg/h — what's that in g/s?", "unit_conversion", {"rule": "number", "tol": 1.0e-6}, r30)

doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, environmental-monitoring consultant "
    "(stack emissions, groundwater, noise, PM2.5, permits)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
assert len(items) == 30
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
