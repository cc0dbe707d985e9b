"""round33a reference answers: offshore drilling/reservoir + tyre compounding voice.
(Lives in DIR/drilling_tyre/ because another session wrote a different round33a into DIR itself.)"""
import math, os, yaml
import numpy as np
import sympy as sp
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__)); ROUND = "round33a"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

x, t = sp.symbols('x t', positive=True)

# r01 calculus: cumulative production = ∫0^100 1200/(1+0.05t) dt = 24000 ln 6
r01 = sp.integrate(1200/(1+sp.Rational(1,20)*t), (t, 0, 100))
assert sp.simplify(r01 - 24000*sp.log(6)) == 0
add("Hyperbolic-ish decline on the A-12 producer, q(t) = 1200/(1 + 0.05t) bbl/day with t in days. "
    "What's the cumulative oil over the first 100 days? exact form pls",
    "calculus", {"rule": "expr"}, "24000*log(6)")

# r02 calculus: M(t)=40+3t^2 e^{-t/2}; M'=3e^{-t/2}(2t - t^2/2)=0 -> t=4 (t>0 maximum)
M = 40 + 3*t**2*sp.exp(-t/2)
crit = [c for c in sp.solve(sp.diff(M, t), t) if c > 0]
assert crit == [4] and sp.diff(M, t, 2).subs(t, 4) < 0
add("rheometer fit for the new sidewall compound: M(t) = 40 + 3t²e^(−t/2) (dN·m, t in min). "
    "at what time t>0 does the torque curve peak?",
    "calculus", {"rule": "expr"}, "4")

# r03 calculus: lim_{x->0} (1-cos 3x)/x^2 = 9/2
r03 = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
assert r03 == sp.Rational(9, 2)
add("lim x→0 of (1 − cos(3x))/x²", "calculus", {"rule": "expr"}, "9/2")

# r04 calculus: ∫0^∞ x e^{-x/30} dx = 30^2 = 900
r04 = sp.integrate(x*sp.exp(-x/30), (x, 0, sp.oo))
assert r04 == 900
add("Quick one for the tread-wear model writeup: evaluate the improper integral of x·e^(−x/30) dx "
    "from 0 to infinity.", "calculus", {"rule": "expr"}, "900")

# r05 algebra: 14x + 9.5(400-x) = 11.2*400 -> 4.5x = 680 -> x = 1360/9
X = sp.symbols('X')
r05 = sp.solve(sp.Eq(14*X + sp.Rational(19,2)*(400 - X), sp.Rational(56,5)*400), X)[0]
assert r05 == sp.Rational(1360, 9)
add("Mud pit blend: I need 400 bbl total of 11.2 ppg by mixing a 9.5 ppg active mud with 14.0 ppg "
    "kill-weight mud (assume volumes are additive). How many bbl of the 14.0 ppg go in?",
    "algebra", {"rule": "expr"}, "1360/9")

# r06 algebra: roots of y^3 - 7y + 6 = 0 -> (y-1)(y-2)(y+3): 1, 2, -3
y = sp.Symbol('y'); r06 = sorted(sp.solve(y**3 - 7*y + 6, y))
assert r06 == [-3, 1, 2]
add("find all real roots: y^3 − 7y + 6 = 0", "algebra", {"rule": "set"}, [-3, 1, 2])

# r07 algebra: 2000*1.04^n = 3500 -> n = ln(1.75)/ln(1.04)
r07 = sp.log(sp.Rational(7,4))/sp.log(sp.Rational(26,25))
assert abs(float(r07) - math.log(1.75)/math.log(1.04)) < 1e-12
add("Field water cut handling: produced water is 2000 bbl/d now and grows 4% per month compounding. "
    "Solve 2000·(1.04)^n = 3500 for n (months), exact expression.",
    "algebra", {"rule": "expr"}, "log(7/4)/log(26/25)")

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
A8 = sp.Matrix([[4, 1], [2, 3]])
assert set(A8.eigenvals().keys()) == {2, 5}
add("eigenvalues of the 2x2 matrix [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, [2, 5])

# r09 linear algebra: det [[3,-1,0],[-1,3,-1],[0,-1,3]] = 3*8 - 3 = 21
A9 = sp.Matrix([[3, -1, 0], [-1, 3, -1], [0, -1, 3]])
assert A9.det() == 21
add("Stiffness matrix for three rubber engine mounts in series (kN/mm):\n"
    "K = [ 3 −1 0 ; −1 3 −1 ; 0 −1 3 ]\nWhat is det(K)?",
    "linear_algebra", {"rule": "expr"}, "21")

# r10 probability: Poisson(0.8), P(X>=2) = 1 - e^-0.8 (1 + 0.8)
r10 = 1 - stats.poisson.cdf(1, 0.8)
assert abs(r10 - (1 - math.exp(-0.8)*1.8)) < 1e-12
add("We average 0.8 well-control kicks per well in this basin (treat as Poisson). "
    "Probability a given well sees at least two kicks?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(r10))

# r11 probability: Binomial(20, 0.03), P(X=1) = 20*0.03*0.97^19
r11 = stats.binom.pmf(1, 20, 0.03)
add("3% of green tyres come off the builder with a splice defect, independent. "
    "In a cart of twenty, what's P(exactly one defective)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(r11))

# r12 probability: N(65, 2.5): P(62 < X < 70) = Phi(2) - Phi(-1.2)
r12 = stats.norm.cdf(70, 65, 2.5) - stats.norm.cdf(62, 65, 2.5)
add("Shore A on the tread compound is normally distributed, μ = 65, σ = 2.5. "
    "What fraction of pucks read between 62 and 70?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(r12))

# r13 probability: Bayes. P(P3|blister) = .2*.04/(.5*.01+.3*.02+.2*.04) = .008/.019 = 8/19
r13 = sp.Rational(2,10)*sp.Rational(4,100) / (sp.Rational(5,10)*sp.Rational(1,100)
      + sp.Rational(3,10)*sp.Rational(2,100) + sp.Rational(2,10)*sp.Rational(4,100))
assert r13 == sp.Rational(8, 19)
add("Curing presses 1, 2, 3 make 50%, 30% and 20% of our output. Blister rates are 1%, 2% and 4% "
    "respectively. A tyre picked at random from the warehouse has a blister — probability it came "
    "off press 3? give it as a fraction",
    "probability", {"rule": "expr"}, "8/19")

# r14 hypothesis test: one-sample t, two-sided, mu0 = 55
d14 = [56.2, 54.8, 57.1, 55.9, 56.6, 55.3, 57.4, 56.0]
r14 = stats.ttest_1samp(d14, 55, alternative='two-sided')
add("Mooney ML(1+4) @100°C on 8 batches of masterbatch: 56.2, 54.8, 57.1, 55.9, 56.6, 55.3, 57.4, "
    "56.0. Spec target is 55. Does the mean differ from 55? Two-sided one-sample t test, "
    "give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
a15 = [6.8, 7.1, 6.9, 7.4, 7.0, 7.2]
b15 = [7.5, 7.3, 7.9, 7.6, 7.2, 7.8, 7.7]
r15 = stats.ttest_ind(a15, b15, equal_var=False)
add("Email from the cure room:\n\"t90 times (min) — Press A: 6.8 7.1 6.9 7.4 7.0 7.2; "
    "Press B: 7.5 7.3 7.9 7.6 7.2 7.8 7.7. Can you run a Welch t-test (unequal variances, "
    "two-sided) and send me the p-value?\"",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: paired t statistic, d = lab1 - lab2
l1 = [152, 98, 210, 175, 130, 88, 194]
l2 = [147, 101, 202, 170, 126, 85, 189]
r16 = stats.ttest_rel(l1, l2)
add("same 7 core plugs sent to two labs for air permeability (mD).\nlab1: 152 98 210 175 130 88 194\n"
    "lab2: 147 101 202 170 126 85 189\npaired t test, differences taken as lab1 − lab2 — what's the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r16.statistic))

# r17 hypothesis test: chi-square independence 3x2, Pearson statistic (no continuity correction; df=2)
tab17 = np.array([[12, 388], [19, 381], [27, 373]])
r17 = stats.chi2_contingency(tab17, correction=False)
add("Blisters by shift, 400 tyres inspected per shift: day 12 blistered, swing 19, night 27. "
    "Chi-square test of independence between shift and blister status (Pearson, 3×2 table) — "
    "what is the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r17[0]))

# r18 regression: OLS slope ROP on WOB
w18 = [10, 15, 20, 25, 30, 35]; y18 = [42, 55, 63, 78, 86, 97]
r18 = stats.linregress(w18, y18)
add("drill-off test, WOB (klbf) vs ROP (ft/hr):\nWOB 10 15 20 25 30 35\nROP 42 55 63 78 86 97\n"
    "least-squares line ROP = a + b·WOB — what's b?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19 regression: R^2 of Mooney on carbon black loading
cb = [30, 40, 50, 60, 70]; mv = [48, 53, 61, 66, 74]
res19 = sm.OLS(mv, sm.add_constant(cb)).fit()
assert abs(res19.rsquared - stats.linregress(cb, mv).rvalue**2) < 1e-12
add("How much of the Mooney variation does N330 loading explain? Loading (phr): 30, 40, 50, 60, 70; "
    "Mooney: 48, 53, 61, 66, 74. Simple linear fit, report R².",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(res19.rsquared))

# r20 anova: one-way, 3 mud formulations, p-value
A20 = [5.2, 4.8, 5.5, 5.0]; B20 = [6.1, 5.9, 6.4, 6.0]; C20 = [4.9, 5.3, 5.1, 4.7]
r20 = stats.f_oneway(A20, B20, C20)
add("API fluid loss (mL/30 min), four tests per formulation.\nForm A: 5.2, 4.8, 5.5, 5.0\n"
    "Form B: 6.1, 5.9, 6.4, 6.0\nForm C: 4.9, 5.3, 5.1, 4.7\n"
    "One-way ANOVA — is there a difference between formulations? p-value?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))

# r21 anova: one-way F statistic, 4 compounds x 3
g21 = [[18.2, 17.9, 18.6], [19.4, 19.9, 19.1], [17.5, 17.8, 17.2], [18.8, 19.2, 18.5]]
r21 = stats.f_oneway(*g21)
add("tensile strength MPa, 3 dumbbells each — C1 18.2/17.9/18.6, C2 19.4/19.9/19.1, "
    "C3 17.5/17.8/17.2, C4 18.8/19.2/18.5. one-way anova F stat?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r21.statistic))

# r22 design: 2^4 full factorial + 4 center points = 20 runs
add("Planning a cementing slurry screening: four factors at two levels each, full factorial, "
    "single replicate, plus 4 centre points. Total number of runs?",
    "design", {"rule": "runs"}, 2**4 + 4)

# r23 design: CCD, 4 factors: 16 factorial + 8 axial + 5 center = 29
add("CCD for 4 factors (full 2^4 cube portion, 2k axial points), 5 center runs. how many runs total",
    "design", {"rule": "runs"}, 16 + 2*4 + 5)

# r24 design: 2^3 single replicate, AB interaction effect = contrast/4
runs24 = {'(1)': 22, 'a': 32, 'b': 35, 'ab': 55, 'c': 44, 'ac': 40, 'bc': 60, 'abc': 39}
def sign(lbl, f): return 1 if f in lbl else -1
contrast = sum(sign(k, 'a')*sign(k, 'b')*v for k, v in runs24.items())
r24 = sp.Rational(contrast, 4)
assert r24 == sp.Rational(-7, 4)
add("2^3 unreplicated on a bead-apex compound, A = sulfur level, B = accelerator, C = cure temp. "
    "Responses (standard Yates order labels): (1)=22, a=32, b=35, ab=55, c=44, ac=40, bc=60, abc=39. "
    "Estimate the AB interaction effect (usual effect = contrast/4 definition).",
    "design", {"rule": "expr"}, "-7/4")

# r25 control chart: Xbar-R, n=5, A2 = 0.577; UCL = 3012.4 + 0.577*46.8
r25 = 3012.4 + 0.577*46.8
add("Xbar-R chart on standpipe pressure, 20 subgroups of n = 5 readings. Grand mean 3012.4 psi, "
    "average range 46.8 psi. What's the UCL for the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r25)

# r26 control chart: p chart, pbar = 130/5000; UCL = pbar + 3 sqrt(pbar(1-pbar)/200)
pbar = 130/5000
r26 = pbar + 3*math.sqrt(pbar*(1-pbar)/200)
add("p chart for final-inspection rejects: 25 samples, 200 tyres each, 130 rejects in total across "
    "all samples. 3-sigma upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r26)

# r27 capability: Cp = (70-60)/(6*1.4)
r27 = (70 - 60)/(6*1.4)
add("durometer spec 60–70 Shore A, process σ = 1.4 (short-term). Cp?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cp"}, r27)

# r28 capability: Ppk with overall sample sd (n-1)
d28 = [12.08, 12.15, 11.97, 12.11, 12.20, 12.03, 12.09, 12.14, 11.99, 12.06, 12.17, 12.01]
m28 = np.mean(d28); s28 = np.std(d28, ddof=1)
r28 = min(12.40 - m28, m28 - 11.80)/(3*s28)
add("Green tyre weights (kg), spec 11.80 to 12.40:\n12.08 12.15 11.97 12.11 12.20 12.03 12.09 "
    "12.14 11.99 12.06 12.17 12.01\nUsing the overall sample standard deviation (n−1), what's Ppk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(r28))

# r29 sample size: n = ceil((z_.975 * 4.2 / 1.5)^2) = ceil(30.12) = 31
z = stats.norm.ppf(0.975)
r29 = math.ceil((z*4.2/1.5)**2)
assert r29 == 31
add("How many pressure gauge readings do I need so a 95% confidence interval for the mean is within "
    "±1.5 psi? σ is known from the calibration history, 4.2 psi.",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 3450 psi -> bar, 1 psi = 6894.757293168 Pa, 1 bar = 1e5 Pa
r30 = 3450*6894.757293168/1e5
add("convert 3450 psi BOP test pressure to bar", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4, "key": "value"}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, offshore drilling/reservoir and tyre rubber-compounding engineers",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items: print(it["id"], it["mode"], it["reference"])
