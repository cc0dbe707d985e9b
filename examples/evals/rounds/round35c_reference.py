"""Reference answers for round35c (tablet-press operator / stats lecturer voice)."""
import os, math
import numpy as np
import sympy as sp
from scipy import stats
import statsmodels.api as sm
import yaml

ROUND = "round35c"
HERE = os.path.dirname(os.path.abspath(__file__))
items = []

def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

x, t = sp.symbols("x t")

# r01 calculus: derivative of H(t)=12 exp(-t/20) -> -(3/5) exp(-t/20)
d1 = sp.diff(12*sp.exp(-t/20), t)
add("hardness of stored cores drifts like H(t) = 12·e^(−t/20) kp, t in days. give dH/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(d1)))

# r02 calculus: impulse = integral_0^2 6t(2-t) dt = 8
i2 = sp.integrate(6*t*(2-t), (t, 0, 2))
add("Suppose the punch force during dwell is modelled as F(t) = 6t(2 − t) kN for 0 ≤ t ≤ 2 ms. "
    "Evaluate the integral of F(t) dt over that interval (kN·ms).",
    "calculus", {"rule": "expr"}, str(i2))

# r03 calculus: lim_{x->0} (1-cos 3x)/x^2 = 9/2
l3 = sp.limit((1-sp.cos(3*x))/x**2, x, 0)
add("homework q3: lim x→0 of (1 − cos(3x)) / x²  — exact value please",
    "calculus", {"rule": "expr"}, str(l3))

# r04 calculus: second derivative of x^3 ln x = 6 x ln x + 5x
d4 = sp.expand(sp.diff(x**3*sp.log(x), x, 2))
add("Let f(x) = x³ ln x for x > 0. Find f''(x).",
    "calculus", {"rule": "expr"}, str(d4))

# r05 algebra: 0.15F^2 + 0.5F = 10, positive root = 20/3
F = sp.symbols("F")
sol5 = [s for s in sp.solve(sp.Rational(15, 100)*F**2 + sp.Rational(1, 2)*F - 10, F) if s > 0][0]
add("our empirical fit for the rotary press is H = 0.15F² + 0.5F (H in kp, F in kN). "
    "what compression force F > 0 gives a hardness of exactly 10 kp?",
    "algebra", {"rule": "expr"}, str(sol5))

# r06 algebra: x + y = 50, 0.20x + 0.05y = 4 -> x = 10
a, b = sp.symbols("a b")
s6 = sp.solve([a + b - 50, sp.Rational(20, 100)*a + sp.Rational(5, 100)*b - 4], [a, b])
add("Two granulations are blended to make a 50 kg batch. Granulation A contains 20% API by "
    "mass, granulation B contains 5%. The blend must hold 4 kg of API in total. How many kg "
    "of granulation A are needed?",
    "algebra", {"rule": "expr"}, str(s6[a]))

# r07 algebra: roots of x^3 - 6x^2 + 11x - 6 = {1,2,3}
r7 = sorted(float(r) for r in sp.solve(x**3 - 6*x**2 + 11*x - 6, x))
add("roots of x^3 − 6x^2 + 11x − 6 = 0 ?", "algebra", {"rule": "set"}, r7)

# r08 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M8 = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("det of the 3x3 matrix [[2,1,0],[1,3,1],[0,1,4]]", "linear_algebra",
    {"rule": "expr"}, str(M8.det()))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] = {2,5}
M9 = sp.Matrix([[4, 1], [2, 3]])
ev9 = sorted(float(k) for k in M9.eigenvals().keys())
add("In a two-state model of the feed frame we get the transition-like matrix A = [[4, 1], [2, 3]]. "
    "What are the eigenvalues of A?", "linear_algebra", {"rule": "set"}, ev9)

# r10 probability: X~N(250,4^2), P(X<244) = Phi(-1.5)
p10 = stats.norm.cdf(244, 250, 4)
add("Let X ~ N(μ = 250 mg, σ² = 4²) denote individual tablet weight. What is P(X < 244 mg)?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p10))

# r11 probability: Binomial(50, 0.02), P(X<=1)
p11 = stats.binom.cdf(1, 50, 0.02)
add("capping rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — "
    "probability that at most one of them is capped?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p11))

# r12 probability: Poisson(3), P(X>=2) = 1 - e^-3 (1+3)
p12 = 1 - stats.poisson.cdf(1, 3)
add("Punch-sticking events occur as a Poisson process averaging 3 per shift. What is the "
    "probability of two or more sticking events in a given shift?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p12))

# r13 probability: Bayes, prevalence 0.5%, sensitivity 98%, false-alarm 3%
p13 = 0.005*0.98/(0.005*0.98 + 0.995*0.03)
add("metal detector on the tablet chute: 0.5% of tablets actually carry a metal fragment. "
    "detector flags 98% of contaminated tablets and falsely flags 3% of clean ones. "
    "a tablet just got rejected — P(it really is contaminated)?",
    "probability", {"rule": "number", "tol": 1e-6}, p13)

# r14 hypothesis: one-sample t, H0 mu=8, two-sided, p-value
h14 = [8.4, 7.9, 8.6, 8.8, 8.1, 8.5, 8.3, 8.7, 7.8, 8.6]
t14 = stats.ttest_1samp(h14, 8.0)
add("Hardness (kp) of ten tablets from the start-up: 8.4 7.9 8.6 8.8 8.1 8.5 8.3 8.7 7.8 8.6. "
    "Test H0: μ = 8 kp against H1: μ ≠ 8 kp with a one-sample t-test. Report the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(t14.pvalue))

# r15 hypothesis: Welch t statistic, A minus B
A15 = [0.42, 0.38, 0.45, 0.51, 0.40, 0.47]
B15 = [0.55, 0.61, 0.49, 0.58, 0.66, 0.52, 0.60]
t15 = stats.ttest_ind(A15, B15, equal_var=False)
add("friability % , press A: 0.42, 0.38, 0.45, 0.51, 0.40, 0.47 ; press B: 0.55, 0.61, 0.49, "
    "0.58, 0.66, 0.52, 0.60. Welch two-sample t test (unequal variances), two-sided. "
    "what's the t statistic, taking mean A − mean B?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(t15.statistic))

# r16 hypothesis: paired t-test p-value, two-sided
pre = [7.2, 6.8, 7.5, 7.0, 7.4, 6.9, 7.1, 7.3]
post = [7.6, 7.1, 7.7, 7.5, 7.6, 7.0, 7.6, 7.4]
t16 = stats.ttest_rel(post, pre)
add("Eight individually numbered cores were tested for hardness before and after film coating "
    "(same tablet each time).\nbefore: 7.2 6.8 7.5 7.0 7.4 6.9 7.1 7.3\nafter:  7.6 7.1 7.7 7.5 "
    "7.6 7.0 7.6 7.4\nUsing a paired t-test, two-sided, is there a change? Give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(t16.pvalue))

# r17 hypothesis: one-proportion z, SE from p0, no continuity correction
z17 = (12/400 - 0.02)/math.sqrt(0.02*0.98/400)
add("Suppose 12 of 400 inspected tablets show chipping. Test H0: p = 0.02 vs H1: p > 0.02 using "
    "the large-sample z test for one proportion (standard error computed under H0, no continuity "
    "correction). What is the value of the z statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "statistic"}, z17)

# r18 regression: OLS slope of hardness on force
f18 = np.array([5, 7.5, 10, 12.5, 15, 17.5, 20])
h18 = np.array([4.1, 5.6, 7.3, 8.4, 9.9, 11.2, 12.1])
m18 = sm.OLS(h18, sm.add_constant(f18)).fit()
add("compaction profile run:\nforce kN   5    7.5   10   12.5  15   17.5  20\nhardness kp 4.1 5.6 "
    "7.3 8.4 9.9 11.2 12.1\nfit hardness = b0 + b1*force by least squares, what's b1 (kp per kN)?",
    "regression", {"rule": "number", "tol": 1e-4, "key": "slope"}, float(m18.params[1]))

# r19 regression: R^2 of weight on fill depth
d19 = np.array([8.0, 8.2, 8.4, 8.6, 8.8, 9.0])
w19 = np.array([243.1, 247.9, 251.8, 256.4, 259.7, 265.0])
m19 = sm.OLS(w19, sm.add_constant(d19)).fit()
add("Let the fill depth d (mm) be set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet "
    "weights observed be 243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. For the "
    "simple linear regression of weight on d, find the coefficient of determination R².",
    "regression", {"rule": "number", "tol": 1e-4, "key": "r_squared"}, float(m19.rsquared))

# r20 anova: one-way F statistic, 3 stations
s1 = [249.8, 251.2, 250.5, 248.9, 250.1]
s2 = [252.3, 251.7, 253.0, 252.6, 251.9]
s3 = [250.4, 249.6, 251.0, 250.8, 249.9]
a20 = stats.f_oneway(s1, s2, s3)
add("weights (mg) from three punch stations, 5 tabs each\nst1: 249.8 251.2 250.5 248.9 250.1\n"
    "st2: 252.3 251.7 253.0 252.6 251.9\nst3: 250.4 249.6 251.0 250.8 249.9\none-way anova F stat?",
    "anova", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(a20.statistic))

# r21 anova: one-way p-value, 4 lubricant levels
g1 = [0.31, 0.35, 0.29, 0.33]
g2 = [0.36, 0.38, 0.34, 0.39]
g3 = [0.41, 0.37, 0.43, 0.40]
g4 = [0.45, 0.42, 0.47, 0.44]
a21 = stats.f_oneway(g1, g2, g3, g4)
add("A lecturer's exercise: magnesium stearate was run at four levels (0.25%, 0.5%, 0.75%, 1.0%) "
    "with four tablets' friability measured at each.\n0.25%: 0.31 0.35 0.29 0.33\n0.5%: 0.36 0.38 "
    "0.34 0.39\n0.75%: 0.41 0.37 0.43 0.40\n1.0%: 0.45 0.42 0.47 0.44\nTreating level as a fixed "
    "factor, carry out a one-way ANOVA of H0: all four means equal. What is the p-value?",
    "anova", {"rule": "number", "tol": 1e-3, "key": "p_value"}, float(a21.pvalue))

# r22 design: 2^4 full factorial + 3 center points = 19 runs, no replication
add("planning a screening DOE on the press: 4 factors (turret speed, precompression, main "
    "compression, feeder speed) at two levels each, full factorial, single replicate, plus 3 "
    "centre points. total number of runs?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: CCD with k=3: 8 factorial + 6 axial + 6 center = 20 runs
add("Suppose a face-centred central composite design is built for three factors (force, speed, "
    "moisture) with one replicate of the 2³ factorial portion, the usual 2k axial points and six "
    "centre points. How many runs does the design contain?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r24 design: main effect of A in 2^2 = mean(A+) - mean(A-) = 2.5
y = {"--": 7.1, "+-": 8.9, "-+": 6.5, "++": 9.7}
eff24 = (y["+-"] + y["++"])/2 - (y["--"] + y["-+"])/2
add("2x2 factorial, A = compression force, B = press speed, one run per cell, hardness in kp:\n"
    "A low B low 7.1 ; A high B low 8.9 ; A low B high 6.5 ; A high B high 9.7\n"
    "main effect of A (avg at high minus avg at low)?",
    "design", {"rule": "number", "tol": 1e-6, "key": "value"}, eff24)

# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 250.2 + 0.577*4.1
add("X̄–R chart for tablet weight, subgroups of n = 5 tablets every 15 min. After 25 subgroups "
    "the grand mean is 250.2 mg and R̄ = 4.1 mg. Upper control limit on the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, ucl25)

# r26 control chart: p chart UCL, pbar = 150/(25*200) = 0.03, n=200
pbar = 150/(25*200)
ucl26 = pbar + 3*math.sqrt(pbar*(1 - pbar)/200)
add("p chart for visual defects: 25 samples of 200 tablets each, 150 defective tablets found in "
    "total. 3-sigma limits — what's the UCL (as a proportion)?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, ucl26)

# r27 capability: Ppk from data, overall sample sd (n-1), LSL 6, USL 12
h27 = np.array([9.2, 8.7, 9.5, 9.9, 8.4, 9.1, 9.6, 8.9, 9.3, 10.1, 8.8, 9.4])
m27, s27 = h27.mean(), h27.std(ddof=1)
ppk27 = min((12 - m27)/(3*s27), (m27 - 6)/(3*s27))
add("Let the hardness specification be 6–12 kp. Twelve tablets gave 9.2, 8.7, 9.5, 9.9, 8.4, "
    "9.1, 9.6, 8.9, 9.3, 10.1, 8.8, 9.4 kp. Using the overall sample standard deviation "
    "(n − 1 divisor), compute Ppk.",
    "capability", {"rule": "number", "tol": 1e-4, "key": "ppk"}, float(ppk27))

# r28 capability: REFUSE - no spread information given (no sigma, no data)
add("cpk for hardness? spec 6 to 12 kp, process running at a mean of 9.1 kp on press 2",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2), sigma=3.5, E=1 -> 48
z = stats.norm.ppf(0.975)
n29 = math.ceil((z*3.5/1.0)**2)
add("How many tablets must be weighed so that a 95% confidence interval for the mean tablet "
    "weight has a margin of error of no more than ±1 mg, if σ is known to be 3.5 mg?",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 8.5 kp -> N, 1 kp = 9.80665 N
add("convert 8.5 kp tablet hardness to newtons", "unit_conversion",
    {"rule": "number", "tol": 1e-6}, 8.5*9.80665)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, tablet-press operator / stats lecturer homework "
                      "(hardness, friability, weight, force)",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(os.path.join(HERE, f"{ROUND}.yaml"), "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
