import os
import math, yaml
import numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__)); ROUND = "round32b"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t = sp.symbols('t', real=True)
# r01 calculus: F0 = integral of lethal rate 10^((T-121.1)/10) over linear ramp T=110+0.6t, 0..20 min
F0 = sp.integrate(10**((110 + sp.Rational(3,5)*t - sp.Rational(1211,10))/10), (t, 0, 20))
add("Heat-up phase of an SIP cycle: probe temperature rises linearly from 110 °C at t=0 to 122 °C at "
    "t=20 min (T = 110 + 0.6t, t in minutes). With z = 10 °C and Tref = 121.1 °C, integrate the lethal "
    "rate 10^((T−121.1)/10) over 0–20 min. What F0 (minutes) does the ramp contribute?",
    "calculus", {"rule": "number", "tol": 1e-4}, float(sp.N(F0, 15)))
# r02 calculus: d/dt 200000*exp(-t/5) = -40000*exp(-t/5)
add("survivor model N(t) = 200000·e^(−t/5) CFU, t in min. give dN/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.diff(200000*sp.exp(-t/5), t)))
# r03 calculus: improper integral of t*exp(-t/4) from 0 to inf = 16
add("quick one — evaluate ∫ from 0 to ∞ of t·e^(−t/4) dt",
    "calculus", {"rule": "expr"}, str(sp.integrate(t*sp.exp(-t/4), (t, 0, sp.oo))))
# r04 calculus: logistic N=1000/(1+9e^{-0.5t}); growth rate max at inflection, N''=0 -> t=2 ln 9
N = 1000/(1 + 9*sp.exp(-t/2))
sol = sp.solve(sp.diff(N, t, 2), t)
add("Growth of a challenge organism in broth follows N(t) = 1000/(1 + 9e^(−0.5t)) (t in hours). At what "
    "time t is the growth rate dN/dt at its maximum? Exact form please.",
    "calculus", {"rule": "expr"}, str(sp.simplify(sol[0])))
# r05 algebra: solve 10^((T-121.1)/10) = 4 for T -> T = 121.1 + 10 log10 4
T = sp.symbols('T')
solT = sp.solve(sp.Eq(10**((T - sp.Rational(1211,10))/10), 4), T)
add("For z = 10 °C and reference 121.1 °C, at what temperature T does the lethal rate "
    "10^((T − 121.1)/10) equal exactly 4? Solve for T (exact expression).",
    "algebra", {"rule": "expr"}, "1211/10 + 10*log(4)/log(10)")
assert abs(float(sp.N(solT[0])) - float(sp.sympify("1211/10 + 10*log(4)/log(10)"))) < 1e-9
# r06 algebra: x^2 - 3x - 108 = 0 -> roots 12, -9
x = sp.symbols('x')
add("solve x² − 3x − 108 = 0, all real roots",
    "algebra", {"rule": "set"}, sorted(float(r) for r in sp.solve(x**2 - 3*x - 108, x)))
# r07 algebra: v*0.99 = 500*0.70 -> v = 35000/99 mL (volume additivity assumed)
add("Preparing 500 mL of 70% v/v IPA for cleanroom wipe-down from 99% v/v IPA and WFI. Ignoring volume "
    "contraction (assume volumes are additive), how many mL of the 99% stock are needed? Exact fraction.",
    "algebra", {"rule": "expr"}, str(sp.Rational(500*70, 99)))
# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
M = sp.Matrix([[4, 1], [2, 3]])
add("eigenvalues of the matrix [[4, 1], [2, 3]]?",
    "linear_algebra", {"rule": "set"}, sorted(float(v) for v in M.eigenvals()))
# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M3 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("Determinant of A where A = [2 1 0; 1 3 1; 0 1 4]",
    "linear_algebra", {"rule": "expr"}, str(M3.det()))
# r10 probability: Poisson mean 0.8, P(X>=2) = 1 - e^-0.8 (1+0.8)
add("Settle plates in the Grade B corridor average 0.8 CFU/plate (assume Poisson). What's the probability "
    "a single plate shows 2 or more CFU?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.poisson.sf(1, 0.8)))
# r11 probability: exact binomial P(0 positives), n=5000, p=1e-4
add("If the true contamination rate of an aseptic process were 1 in 10,000 units, what is the probability "
    "that a media fill of 5,000 units yields zero positive units? Use the exact binomial model.",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.binom.pmf(0, 5000, 1e-4)))
# r12 probability: normal mu=10.2, sigma=0.08, P(X<10.0)
add("fill volume ~ Normal(μ = 10.20 mL, σ = 0.08 mL). fraction of vials below 10.00 mL?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.norm.cdf(10.0, 10.2, 0.08)))
# r13 probability: Bayes PPV = sens*prev / (sens*prev + (1-spec)*(1-prev))
sens, spec, prev = 0.98, 0.95, 0.02
ppv = sens*prev/(sens*prev + (1-spec)*(1-prev))
add("A rapid microbial screening method has 98% sensitivity and 95% specificity. About 2% of the lots "
    "screened are truly contaminated. Given a positive screen result, what is the probability the lot "
    "is truly contaminated?",
    "probability", {"rule": "number", "tol": 1e-6}, float(ppv))
# r14 hypothesis: one-sample t, two-sided, mu0 = 0.10
d14 = [0.12, 0.09, 0.15, 0.11, 0.14, 0.10, 0.13, 0.16]
r14 = stats.ttest_1samp(d14, 0.10)
add("WFI endotoxin results (EU/mL) from 8 points of use: 0.12, 0.09, 0.15, 0.11, 0.14, 0.10, 0.13, 0.16. "
    "One-sample t-test, two-sided, H0: mean = 0.10 EU/mL. Report the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r14.pvalue))
# r15 hypothesis: Welch two-sample t, two-sided
a15 = [4, 7, 3, 6, 5, 8, 4]; b15 = [9, 6, 11, 8, 10, 7]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add("CFU/plate, Grade C room A: 4 7 3 6 5 8 4 ; room B: 9 6 11 8 10 7. Welch t-test (unequal variances), "
    "two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r15.pvalue))
# r16 hypothesis: chi-square independence 2x2, no Yates
tab = np.array([[12, 228], [25, 235]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Environmental monitoring excursions by shift: day shift had 12 excursions out of 240 samples, night "
    "shift had 25 out of 260. Pearson chi-square test of independence on the 2×2 table, no continuity "
    "correction. What is the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p16))
# r17 hypothesis: paired t-test two-sided
a17 = [1.82, 1.95, 2.10, 1.76, 2.04, 1.88]; b17 = [1.90, 2.01, 2.18, 1.80, 2.15, 1.93]
r17 = stats.ttest_rel(a17, b17)
add("Same six BI lots, D121 values (min) measured by lab A: 1.82, 1.95, 2.10, 1.76, 2.04, 1.88 and by lab B "
    "(same lot order): 1.90, 2.01, 2.18, 1.80, 2.15, 1.93. Paired t-test, two-sided: p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r17.pvalue))
# r18 regression: OLS slope of log10 N on time
t18 = [0, 2, 4, 6, 8]; y18 = [6.02, 5.11, 4.05, 3.08, 1.97]
r18 = stats.linregress(t18, y18)
add("Survivor curve data, exposure time (min) vs log10 survivors: 0→6.02, 2→5.11, 4→4.05, 6→3.08, 8→1.97. "
    "Fit log10 N = b0 + b1·t by ordinary least squares; what is the slope b1?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(r18.slope))
# r19 regression: r^2 of log10(time) on log10(conc)
c19 = [5, 0.5, 0.05, 0.005]; on19 = [320, 610, 1150, 2240]
r19 = stats.linregress(np.log10(c19), np.log10(on19))
add("kinetic LAL standard curve: conc 5, 0.5, 0.05, 0.005 EU/mL with onset times 320, 610, 1150, 2240 s. "
    "regress log10(onset time) on log10(concentration) — R² of the fit?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(r19.rvalue**2))
# r20 anova: one-way F statistic
g20 = [[2, 3, 1, 4, 2], [5, 4, 6, 3, 5], [1, 2, 2, 3, 1]]
r20 = stats.f_oneway(*g20)
add("Glove fingertip CFU counts from three filling lines. Line 1: 2,3,1,4,2. Line 2: 5,4,6,3,5. "
    "Line 3: 1,2,2,3,1. One-way ANOVA — what is the F statistic?",
    "anova", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(r20.statistic))
# r21 anova: one-way p-value
g21 = [[78, 82, 80, 85], [74, 79, 76, 77], [88, 84, 86, 90], [81, 79, 83, 80]]
r21 = stats.f_oneway(*g21)
add("Growth promotion recovery (%) across four incubators, 4 plates each:\n"
    "  INC-1: 78 82 80 85\n  INC-2: 74 79 76 77\n  INC-3: 88 84 86 90\n  INC-4: 81 79 83 80\n"
    "Is there a difference between incubators? Give the one-way ANOVA p-value.",
    "anova", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r21.pvalue))
# r22 design: 2^3 full factorial x 2 replicates + 3 center points = 19
add("Validation DOE for a VHP cycle: three factors at two levels, full factorial, two complete replicates "
    "of the factorial portion plus 3 center points. Total number of runs?",
    "design", {"rule": "runs"}, 2**3*2 + 3)
# r23 design: CCD 3 factors: 8 cube + 6 axial + 6 center = 20
add("central composite design, 3 factors, full 2^3 cube + axial (star) points + 6 centre points. how many runs",
    "design", {"rule": "runs"}, 8 + 2*3 + 6)
# r24 design: main effect of A in 2^2 = mean(A+) - mean(A-) = (3.5+4.0)/2 - (2.1+2.4)/2 = 1.5
add("2² study on log reduction: A = exposure time, B = H2O2 concentration. Responses: (A−,B−) 2.1, "
    "(A+,B−) 3.5, (A−,B+) 2.4, (A+,B+) 4.0. Estimate the main effect of A (mean at high minus mean at low).",
    "design", {"rule": "number", "tol": 1e-6}, ((3.5 + 4.0) - (2.1 + 2.4)) / 2)
# r25 control chart: Xbar UCL = 12.4 + A2(n=5)=0.577 * 2.1
add("X̄–R chart for stopper torque, subgroups of n = 5, grand mean 12.4 in·lb, average range R̄ = 2.1 in·lb. "
    "UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1e-3, "key": "ucl"}, 12.4 + 0.577*2.1)
# r26 control chart: c-chart UCL = cbar + 3 sqrt(cbar)
add("c-chart for total CFU per contact plate, c̄ = 3.2. what is the upper control limit (3-sigma)?",
    "control_chart", {"rule": "number", "tol": 1e-6, "key": "ucl"}, 3.2 + 3*math.sqrt(3.2))
# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma)
LSL, USL, mu, sd = 9.8, 10.4, 10.05, 0.07
add("Fill volume specification 9.8–10.4 mL. Process is stable with mean 10.05 mL and standard deviation "
    "0.07 mL. Calculate Cpk.",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, min(USL - mu, mu - LSL)/(3*sd))
# r28 capability: REFUSE - no spread information given, Cp cannot be computed
add("Bulk solution pH spec is 6.8 to 7.4 and the batch average for the campaign was 7.08. What is the Cp "
    "of the pH adjustment step?",
    "capability", {"rule": "refuse"}, None)
# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma=0.5, E=0.15
z = stats.norm.ppf(0.975)
add("How many replicate BI runs do I need so that a 95% confidence interval for the mean log reduction has a "
    "margin of error of ±0.15 log, assuming known σ = 0.5 log (z-based interval)?",
    "sample_size", {"rule": "int", "key": "n"}, int(math.ceil((z*0.5/0.15)**2)))
# r30 unit conversion: 2.1 bar -> psi (1 bar = 100000 Pa, 1 psi = 6894.757293168 Pa)
add("autoclave jacket pressure reads 2.1 bar — convert to psi",
    "unit_conversion", {"rule": "number", "tol": 1e-4}, 2.1*100000/6894.757293168)

doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, pharma microbiology / sterile-manufacturing validation (GMP)",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
