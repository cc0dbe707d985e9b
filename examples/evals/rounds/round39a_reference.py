"""Reference answers for round39a (cosmetics filling line + public-health epidemiology)."""
import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = "round39a"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t = sp.symbols('t', positive=True)

# r01 calculus: d/dt of 4000+2500 e^{-t/12} at t=12 -> -2500/12 e^{-1}
d = sp.diff(4000 + 2500*sp.exp(-t/12), t).subs(t, 12)
add("lotion visc after shear η(t)=4000+2500·e^(−t/12) cP, t in s. rate of change dη/dt at t=12 s? exact pls",
    "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: ∫0^∞ 40 t e^{-t/5} dt = 40*25 = 1000
tot = sp.integrate(40*t*sp.exp(-t/5), (t, 0, sp.oo))
add("In our outbreak model the daily count of new cases is c(t) = 40 t e^(−t/5), with t in days since onset. "
    "If we integrate this from day 0 to infinity, what total number of cases does the model imply?",
    "calculus", {"rule": "expr"}, str(tot))

# r03 calculus: mean of 0.8 e^{-0.03t} over [0,30] = (8/9)(1-e^{-9/10})
avg = sp.integrate(sp.Rational(8, 10)*sp.exp(-sp.Rational(3, 100)*t), (t, 0, 30))/30
add("phenoxyethanol in shampoo bulk drops as C(t)=0.8·e^(−0.03t) % w/w (t days). avg conc over first 30 days, exact expr",
    "calculus", {"rule": "expr"}, str(sp.simplify(avg)))

# r04 calculus: argmax of t^2 e^{-t/4}: 2t - t^2/4 = 0 -> t = 8
crit = [c for c in sp.solve(sp.diff(t**2*sp.exp(-t/4), t), t) if c > 0]
add("Weekly incidence in a small-county norovirus cluster is modelled as I(t) = t² e^(−t/4) per 100,000, t in weeks. "
    "At what time t > 0 does the modelled incidence reach its peak?",
    "calculus", {"rule": "expr"}, str(crit[0]))

# r05 algebra: 0.005x + 0.010(200-x) = 0.008*200 -> x = 80
x = sp.symbols('x')
sol = sp.solve(sp.Eq(sp.Rational(5, 1000)*x + sp.Rational(10, 1000)*(200 - x), sp.Rational(8, 1000)*200), x)[0]
add("blend tank: x kg of 0.5% preservative premix + (200−x) kg of 1.0% premix → 200 kg batch @ 0.8%. x = ? (kg)",
    "algebra", {"rule": "expr"}, str(sol))

# r06 algebra: 50*2^(t/3) = 800 -> t = 3*log2(16) = 12
sol = sp.solve(sp.Eq(50*2**(t/3), 800), t)[0]
add("Early in the outbreak, cumulative reported cases followed N(t) = 50·2^(t/3), where t is measured in days. "
    "Solve for the day t on which N(t) equals 800.",
    "algebra", {"rule": "expr"}, str(sp.nsimplify(sol)))

# r07 algebra: roots of t^3-6t^2+11t-6 -> {1,2,3}
roots = sorted(float(r) for r in sp.solve(x**3 - 6*x**2 + 11*x - 6, x))
add("roots of x³ − 6x² + 11x − 6 = 0 ? (came out of a fill-head timing model, need all three)",
    "algebra", {"rule": "set"}, roots)

# r08 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
M = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
add("det of A = [[2,1,0],[1,3,1],[0,1,4]]  (mixing-coeff matrix for 3 emulsion phases)",
    "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
E = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(float(v) for v in E.eigenvals())
add("For a two-compartment surveillance model I have the matrix with rows (4, 1) and (2, 3). "
    "Please give both eigenvalues of this matrix.",
    "linear_algebra", {"rule": "set"}, ev)

# r10 probability: PPV = se*p / (se*p + (1-sp)*(1-p))
se, spc, prev = 0.92, 0.97, 0.02
ppv = se*prev/(se*prev + (1 - spc)*(1 - prev))
add("A screening test for latent TB has sensitivity 92% and specificity 97%, and the prevalence in the screened "
    "population is 2%. What is the probability that a person who tests positive truly has the condition "
    "(the positive predictive value)?",
    "probability", {"rule": "number", "tol": 1e-6}, float(ppv))

# r11 probability: Poisson(2.3), P(X>=5) = 1 - cdf(4)
p11 = 1 - stats.poisson.cdf(4, 2.3)
add("Salmonella outbreak reports arrive at an average of 2.3 per week, and we assume a Poisson process. "
    "What is the probability of observing five or more reports in a given week?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p11))

# r12 probability: P(X<100), X~N(101.2, 0.8) = Phi(-1.5)
p12 = stats.norm.cdf(100, 101.2, 0.8)
add("fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. frac underfilled?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p12))

# r13 probability: Binomial(20, 0.03), P(X=2)
p13 = stats.binom.pmf(2, 20, 0.03)
add("pump-cap leak rate 3%, pull twenty bottles at random off line 4. P(exactly 2 leakers)=?",
    "probability", {"rule": "number", "tol": 1e-6}, float(p13))

# r14 hypothesis: one-sample t-test two-sided vs mu0=50
d14 = [50.3, 49.8, 50.6, 50.9, 50.2, 50.4, 49.9, 50.7, 50.5, 50.1]
r14 = stats.ttest_1samp(d14, 50)
add("50 mL lip oil target. fill wts (g eq): 50.3 49.8 50.6 50.9 50.2 50.4 49.9 50.7 50.5 50.1 — "
    "one-sample t, two-sided vs 50. p-val?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis: Pearson chi-square 2x2 without Yates correction; statistic
tab = np.array([[45, 55], [25, 75]])
chi2, p15, _, _ = stats.chi2_contingency(tab, correction=False)
add("In a case-control study of Legionnaires' disease, 45 of 100 cases and 25 of 100 controls reported using "
    "the hotel spa. Using a Pearson chi-square test of independence on the 2×2 table without continuity "
    "correction, what is the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(chi2))

# r16 hypothesis: Welch t-test two-sided, p-value
a16 = [3520, 3610, 3480, 3550, 3590, 3505]
b16 = [3400, 3650, 3300, 3720, 3380, 3590, 3450]
r16 = stats.ttest_ind(a16, b16, equal_var=False)
add("visc (cP) batch A: 3520,3610,3480,3550,3590,3505 ; batch B: 3400,3650,3300,3720,3380,3590,3450. "
    "Welch t-test (unequal var), 2-sided — p?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r16.pvalue))

# r17 hypothesis: two-proportion z-test, pooled, two-sided
z17, p17 = proportions_ztest([84, 60], [12000, 11500])
add("County A recorded 84 pertussis cases among 12,000 children and County B recorded 60 cases among 11,500 "
    "children. Using a two-sided two-proportion z-test with the pooled proportion, what is the p-value for the "
    "difference in attack rates?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p17))

# r18 regression: OLS slope of fill weight on line speed
xs = [40, 50, 60, 70, 80, 90]
ys = [250.9, 250.6, 250.2, 249.9, 249.4, 249.1]
r18 = stats.linregress(xs, ys)
add("line speed (bpm) vs avg fill (g): 40→250.9, 50→250.6, 60→250.2, 70→249.9, 80→249.4, 90→249.1. "
    "LS slope of fill on speed?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(r18.slope))

# r19 regression: R^2 of incidence on year (OLS)
yr = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]
inc = [12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5, 18.0]
fit = sm.OLS(inc, sm.add_constant(np.array(yr, dtype=float))).fit()
add("Annual campylobacteriosis incidence per 100,000 in our region for 2015 through 2022 was 12.1, 13.4, 13.0, "
    "14.8, 15.2, 16.9, 16.5 and 18.0. If we fit a straight-line least-squares trend of incidence on year, "
    "what is the coefficient of determination R²?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(fit.rsquared))

# r20 anova: one-way F statistic, 3 mixers
g1 = [5.2, 5.5, 5.1, 5.4, 5.3]
g2 = [5.8, 6.0, 5.7, 5.9, 6.1]
g3 = [5.4, 5.6, 5.3, 5.7, 5.5]
r20 = stats.f_oneway(g1, g2, g3)
add("visc (Pa·s) by mixer — M1: 5.2 5.5 5.1 5.4 5.3 | M2: 5.8 6.0 5.7 5.9 6.1 | M3: 5.4 5.6 5.3 5.7 5.5. "
    "one-way ANOVA F stat?",
    "anova", {"rule": "number", "tol": 1e-6, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, 4 regions
h1 = [22.1, 19.8, 24.3, 21.0]
h2 = [25.6, 27.2, 23.9, 26.4]
h3 = [20.5, 18.9, 22.7, 21.3]
h4 = [23.0, 24.8, 22.2, 25.1]
r21 = stats.f_oneway(h1, h2, h3, h4)
add("We have quarterly influenza-like-illness rates per 100,000 for four health regions over one year. "
    "North: 22.1, 19.8, 24.3, 21.0. South: 25.6, 27.2, 23.9, 26.4. East: 20.5, 18.9, 22.7, 21.3. "
    "West: 23.0, 24.8, 22.2, 25.1. Treating the quarters as replicates, what is the p-value of a one-way "
    "ANOVA comparing the four regional means?",
    "anova", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r21.pvalue))

# r22 design: 2^4 full factorial + 3 centre points = 19
add("2^4 full fact on capper (torque, speed, chuck temp, cap lot), 1 replicate, + 3 center pts. total runs?",
    "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: 2^(6-2) fractional factorial = 16 runs
add("We plan to screen six factors affecting recall-survey response using a 2^(6−2) fractional factorial "
    "design with no replication and no centre points. How many runs does it require?",
    "design", {"rule": "runs"}, 2**(6 - 2))

# r24 design: CCD k=3: 8 factorial + 6 axial + 6 centre = 20
add("CCD for cream emulsifier study, 3 factors (homogenizer rpm, temp, emulsifier %), full 2^3 cube + star pts "
    "+ six center runs. how many runs?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r25 control chart: Xbar-R, n=5, A2=0.577; UCL = 250.4 + 0.577*1.8
ucl25 = 250.4 + 0.577*1.8
add("xbar-R chart, subgroups of 5 tubes, grand mean 250.4 g, Rbar 1.8 g. UCL for the xbar chart?",
    "control_chart", {"rule": "number", "tol": 1e-3, "key": "ucl"}, ucl25)

# r26 control chart: p-chart, n=400, pbar=0.035: UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
pbar, n26 = 0.035, 400
ucl26 = pbar + 3*math.sqrt(pbar*(1 - pbar)/n26)
add("Each week our laboratory tests 400 specimens, and over the baseline period the average proportion positive "
    "for RSV was 0.035. For a p-chart with three-sigma limits and constant sample size, what is the upper "
    "control limit?",
    "control_chart", {"rule": "number", "tol": 1e-6, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 2.2/1.8
cpk27 = min(103 - 100.8, 100.8 - 97)/(3*0.6)
add("serum fill spec 100 ± 3 mL, process mean 100.8, σ 0.6 (within). Cpk?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, cpk27)

# r28 capability: Ppk from data using overall sample sd (n-1)
d28 = [30.12, 30.05, 29.96, 30.20, 30.08, 29.99, 30.15, 30.03, 30.10, 29.94, 30.07, 30.11]
m28, s28 = np.mean(d28), np.std(d28, ddof=1)
ppk28 = min(30.5 - m28, m28 - 29.7)/(3*s28)
add("deodorant stick wt (g), spec 29.7–30.5: 30.12 30.05 29.96 30.20 30.08 29.99 30.15 30.03 30.10 29.94 30.07 "
    "30.11. Ppk using overall sample std dev (n−1)?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "ppk"}, float(ppk28))

# r29 sample size: n = z^2 p(1-p)/E^2, z=1.96 (two-sided 95%), p=0.2, E=0.03 -> ceil(682.95) = 683
z = stats.norm.ppf(0.975)
n29 = math.ceil(z**2*0.2*0.8/0.03**2)
assert n29 == math.ceil(1.96**2*0.2*0.8/0.03**2)
add("We want to estimate the prevalence of hepatitis B vaccination among adults to within ±3 percentage points "
    "with 95% confidence, and a previous survey suggests the prevalence is around 20%. Assuming simple random "
    "sampling and no finite-population correction, how many adults do we need to survey?",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 8 US fl oz = 8 * 29.5735295625 mL
ml30 = 8*29.5735295625
add("8 US fl oz → mL?  (toner bottle label)",
    "unit_conversion", {"rule": "number", "tol": 1e-4}, ml30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, cosmetics filling-line engineer + public-health epidemiologist",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(os.path.join(HERE, f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
