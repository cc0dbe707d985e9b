import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
import statsmodels.api as sm

ROUND = "round38a"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))
t, x = sp.symbols('t x')

# r01 derivative of film build model 40(1-e^{-t/12}) -> (10/3) e^{-t/12}
d = sp.diff(40*(1-sp.exp(-t/12)), t)
add("wet film build on the bell cup test panel follows T(t) = 40(1 − e^(−t/12)) μm, t in seconds. give me dT/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 integral of arrival rate 6+4 sin(pi t/12) over 0..12 -> 72 + 96/pi
I = sp.integrate(6+4*sp.sin(sp.pi*t/12), (t, 0, 12))
add("Our ED arrival intensity is modelled as λ(t) = 6 + 4·sin(πt/12) patients per hour, t = hours after midnight. "
    "What is the expected number of arrivals between midnight and noon? Exact form please.",
    "calculus", {"rule": "expr"}, str(sp.simplify(I)))

# r03 limit (1-cos 3x)/x^2 -> 9/2
L = sp.limit((1-sp.cos(3*x))/x**2, x, 0)
add("lim x→0 of (1 − cos(3x))/x²", "calculus", {"rule": "expr"}, str(L))

# r04 argmax of c(t)= t e^{-t/5}: derivative zero at t=5
f = t*sp.exp(-t/5)
crit = sp.solve(sp.diff(f, t), t)
assert crit == [5]
add("Cure-oven panel response is roughly r(t) = t·e^(−t/5) (t in minutes, t ≥ 0). At what time t does r peak?",
    "calculus", {"rule": "expr"}, "5")

# r05 roots of 2x^2-7x+3
r = sp.solve(2*x**2-7*x+3, x)
add("solve 2x² − 7x + 3 = 0", "algebra", {"rule": "set"}, sorted(float(v) for v in r))

# r06 linear system 3a+2b=480, a+4b=460 -> b=90
a, b = sp.symbols('a b')
s = sp.solve([3*a+2*b-480, a+4*b-460], [a, b])
add("Two robot weld cells share a line. Station time constraints: 3a + 2b = 480 and a + 4b = 460 (seconds). "
    "What is b?", "algebra", {"rule": "expr"}, str(s[b]))

# r07 solve 18*0.85^n = 8 -> n = log(4/9)/log(17/20)
n = sp.symbols('n')
add("Orange peel longwave reading starts at 18 and each polishing pass multiplies it by 0.85. Solve 18·0.85^n = 8 "
    "for n exactly (treat n as continuous).", "algebra", {"rule": "expr"}, "log(4/9)/log(17/20)")
assert abs(math.log(4/9)/math.log(0.85) - float(sp.nsolve(18*sp.Float(0.85)**n-8, n, 5))) < 1e-9

# r08 eigenvalues [[4,1],[2,3]] -> 2,5
M = sp.Matrix([[4, 1], [2, 3]])
add("eigenvalues of [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"},
    sorted(float(v) for v in M.eigenvals()))

# r09 det of tridiagonal 2,-1 stiffness matrix -> 4
K = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
add("Simplified stiffness matrix for three weld spots along a flange:\n"
    "K = [ 2 −1 0 ; −1 2 −1 ; 0 −1 2 ]\nWhat's det(K)?", "linear_algebra", {"rule": "expr"}, str(K.det()))

# r10 Poisson(9) P(X<=5)
add("ED gets 9 walk-ins per hour on average (Poisson). Probability of at most 5 in a given hour?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.poisson.cdf(5, 9)))

# r11 Normal(55,3) P(X<50)
add("clearcoat DFT ~ N(μ = 55 μm, σ = 3 μm). what fraction of panels come in below 50 μm?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.norm.cdf(50, 55, 3)))

# r12 Binomial(250,0.008) P(X>=3)
add("Each body-in-white has 250 spot welds; each weld is independently defective with probability 0.8%. "
    "Exact binomial: what's the probability a body has three or more defective welds?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.binom.sf(2, 250, 0.008)))

# r13 Bayes PPV: .04*.92/(.04*.92+.96*.12)
ppv = 0.04*0.92/(0.04*0.92 + 0.96*0.12)
add("Hi — quick one for the sepsis screening review. Prevalence of sepsis among triaged adults is 4%. The screening "
    "tool has sensitivity 92% and specificity 88%. If a patient screens positive, what is the probability they "
    "actually have sepsis?", "probability", {"rule": "number", "tol": 1e-6}, ppv)

# r14 one-sample t two-sided vs 60
d14 = [58.2, 61.4, 59.7, 57.9, 60.3, 58.8, 59.1, 57.5, 60.0, 58.6]
add("basecoat thickness readings (μm): 58.2 61.4 59.7 57.9 60.3 58.8 59.1 57.5 60.0 58.6. target is 60. "
    "one-sample t test, two-sided — p value?", "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(stats.ttest_1samp(d14, 60).pvalue))

# r15 Welch two-sided
day = [3.2, 4.1, 2.8, 5.6, 3.9, 4.4, 3.1, 4.8]
night = [4.9, 5.8, 3.7, 6.2, 5.1, 4.6, 7.0, 5.5, 4.3]
add("Length of stay (hours) for discharged ESI-3 patients.\nDay shift: 3.2, 4.1, 2.8, 5.6, 3.9, 4.4, 3.1, 4.8\n"
    "Night shift: 4.9, 5.8, 3.7, 6.2, 5.1, 4.6, 7.0, 5.5, 4.3\nIs there a difference in mean LOS? Use Welch's "
    "t-test (unequal variances), two-sided, and give me the p-value.", "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(stats.ttest_ind(day, night, equal_var=False).pvalue))

# r16 chi-square independence 3x2 (no Yates since dof=2)
tab = [[34, 22], [88, 71], [61, 29]]
add("Chi-square test of independence, triage level vs shift. Counts:\n"
    "            day   night\n  ESI-2      34     22\n  ESI-3      88     71\n  ESI-4      61     29\n"
    "p-value?", "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(stats.chi2_contingency(tab, correction=False)[1]))

# r17 paired t statistic, before - after
bef = [12.4, 10.8, 13.1, 11.7, 12.9, 10.5, 11.9]
aft = [10.9, 10.1, 11.8, 11.2, 11.0, 10.4, 10.6]
add("Same 7 doors measured for orange peel (longwave) before and after the new sanding step.\n"
    "before: 12.4 10.8 13.1 11.7 12.9 10.5 11.9\nafter:  10.9 10.1 11.8 11.2 11.0 10.4 10.6\n"
    "paired t-test on the differences (before − after): what's the t statistic?", "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(stats.ttest_rel(bef, aft).statistic))

# r18 OLS slope DFT vs flow
fl = [250, 275, 300, 325, 350, 375]; dft = [38.1, 41.0, 44.3, 46.8, 50.2, 52.9]
add("Fluid flow (cc/min) vs dry film thickness (μm) on the hood:\n250→38.1, 275→41.0, 300→44.3, 325→46.8, "
    "350→50.2, 375→52.9\nFit a least-squares line DFT = b0 + b1·flow. What's b1?", "regression",
    {"rule": "number", "tol": 1e-6, "key": "slope"}, float(stats.linregress(fl, dft).slope))

# r19 R^2 wait vs arrivals
arr = [6, 8, 9, 11, 12, 14, 15, 17]; wait = [22, 27, 31, 38, 41, 52, 55, 66]
res = sm.OLS(wait, sm.add_constant(arr)).fit()
add("arrivals/hr = 6 8 9 11 12 14 15 17 ; mean door-to-doc wait (min) = 22 27 31 38 41 52 55 66. "
    "simple linear regression of wait on arrivals, R²?", "regression",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(res.rsquared))

# r20 one-way ANOVA F, three booths
A_ = [52.1, 53.4, 51.8, 52.9, 53.0]; B_ = [54.2, 55.1, 53.8, 54.9, 55.4]; C_ = [52.6, 53.1, 52.2, 53.8, 52.9]
add("Three paint booths, 5 panels each, DFT in μm.\nBooth A: 52.1 53.4 51.8 52.9 53.0\nBooth B: 54.2 55.1 53.8 "
    "54.9 55.4\nBooth C: 52.6 53.1 52.2 53.8 52.9\nOne-way ANOVA — what is the F statistic?", "anova",
    {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(stats.f_oneway(A_, B_, C_).statistic))

# r21 one-way ANOVA p, LOS by ESI level
g2 = [6.1, 7.4, 5.8, 8.2, 6.9]; g3 = [5.2, 4.8, 6.3, 5.9, 4.4, 5.5]; g4 = [3.1, 2.7, 3.8, 3.3, 2.9]; g5 = [2.2, 1.9, 2.8, 2.4]
add("Team,\n\nI pulled a small sample of LOS (hours) by triage level for last Tuesday:\n  ESI 2: 6.1, 7.4, 5.8, "
    "8.2, 6.9\n  ESI 3: 5.2, 4.8, 6.3, 5.9, 4.4, 5.5\n  ESI 4: 3.1, 2.7, 3.8, 3.3, 2.9\n  ESI 5: 2.2, 1.9, 2.8, 2.4\n\n"
    "Can someone run a one-way ANOVA across the four levels and send me the p-value?\n\nThanks", "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(stats.f_oneway(g2, g3, g4, g5).pvalue))

# r22 2^(5-1) fractional factorial: 16 runs
add("half-fraction of a 2-level design in five factors (bell speed, shaping air, voltage, flow, booth humidity) "
    "— how many runs, no replicates, no center points?", "design", {"rule": "runs"}, 2**(5-1))

# r23 CCD 3 factors: 8 factorial + 6 axial + 6 center = 20
add("Central composite design for 3 factors (weld current, weld time, electrode force): full 2^3 factorial "
    "portion, 6 axial points, 6 center points. Total runs?", "design", {"rule": "runs"}, 8 + 6 + 6)

# r24 AB interaction effect in 2^2: ((82+91)-(88+79))/2 = 3
y = {(-1, -1): 82, (1, -1): 88, (-1, 1): 79, (1, 1): 91}
ab = sum(a_*b_*v for (a_, b_), v in y.items())/2
add("2x2 factorial on gloss, A = oven temp, B = clearcoat flow, coded ±1, one run each:\n(A−,B−)=82, (A+,B−)=88, "
    "(A−,B+)=79, (A+,B+)=91.\nEstimate the AB interaction effect (usual effect definition, i.e. difference of "
    "averages, not the regression coefficient).", "design", {"rule": "number", "tol": 1e-6}, float(ab))

# r25 Xbar chart UCL = 52.4 + A2(n=5)=0.577 * 4.1
add("xbar-R chart, subgroups of 5 panels. grand mean 52.4 μm, Rbar 4.1 μm. UCL for the xbar chart?",
    "control_chart", {"rule": "number", "tol": 1e-3, "key": "ucl"}, 52.4 + 0.577*4.1)

# r26 p-chart LCL: pbar - 3 sqrt(pbar(1-pbar)/n), n=400, pbar=0.035
pb, nn = 0.035, 400
lcl = max(0.0, pb - 3*math.sqrt(pb*(1-pb)/nn))
add("We track left-without-being-seen as a p-chart, about 400 arrivals per day (treat n = 400 constant). Average "
    "LWBS proportion is 3.5%. What is the lower control limit (3-sigma)?", "control_chart",
    {"rule": "number", "tol": 1e-6, "key": "lcl"}, lcl)

# r27 Cpk = min(65-57.2, 57.2-45)/(3*2.4) = 7.8/7.2
add("e-coat thickness spec 45–65 μm, process mean 57.2, σ 2.4 μm. Cpk?", "capability",
    {"rule": "number", "tol": 1e-6, "key": "cpk"}, min(65-57.2, 57.2-45)/(3*2.4))

# r28 refuse: Cpk without any spread information
add("cpk for the primer line? USL 35 μm, LSL 20 μm, running mean 28.9 μm", "capability",
    {"rule": "refuse"}, None)

# r29 n = ceil((z.975*22/5)^2) = 75
z = stats.norm.ppf(0.975)
add("How many ED visits do I need to sample to estimate mean door-to-provider time to within ±5 minutes at 95% "
    "confidence? Assume σ ≈ 22 min from last year's data.", "sample_size", {"rule": "int", "key": "n"},
    int(math.ceil((z*22/5)**2)))

# r30 2.5 mil -> 63.5 μm
add("2.5 mils of clearcoat in micrometres?", "unit_conversion", {"rule": "number", "tol": 1e-6}, 2.5*25.4)

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, automotive paint shop/body-in-white and hospital ED operations",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
print(out)
