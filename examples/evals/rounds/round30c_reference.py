"""Reference answers for round30c: cosmetics formulation chemist + cleanroom specialist voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

ROUND = "round30c"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), ROUND + ".yaml")
items = []

def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, x, T = sp.symbols("t x T")

# r01 calculus: derivative of viscosity recovery model; d/dt[8000 e^{-t/40} + 2000] = -200 e^{-t/40}
d = sp.diff(8000*sp.exp(-t/40) + 2000, t)
add("thixotropic lotion, viscosity after shear η(t) = 8000·e^(−t/40) + 2000 cP, t in s. "
    "give me dη/dt as a function of t", "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: integral of decaying particle concentration, ∫0^30 500 e^{-0.1t} dt = 5000(1-e^{-3})
I = sp.integrate(500*sp.exp(-sp.Rational(1, 10)*t), (t, 0, 30))
add("After the gowning room door closes the particle concentration decays as c(t) = 500·e^(−0.1t) "
    "particles/m³ (t in minutes). What is the exact value of ∫ c(t) dt from t = 0 to t = 30?",
    "calculus", {"rule": "expr"}, str(sp.simplify(I)))

# r03 calculus: limit (1 - cos x)/x^2 as x->0 = 1/2
L = sp.limit((1 - sp.cos(x))/x**2, x, 0)
add("quick one from a rheology derivation: lim x→0 of (1 − cos x)/x²", "calculus",
    {"rule": "expr"}, str(L))

# r04 calculus: maximize Y(T) = -0.02T^2 + 3.2T + 10 -> dY/dT = 0 at T = 80
Tstar = sp.solve(sp.diff(-sp.Rational(2, 100)*T**2 + sp.Rational(16, 5)*T + 10, T), T)[0]
add("Emulsification yield vs. phase temperature was fit as Y(T) = −0.02T² + 3.2T + 10 (T in °C). "
    "At what temperature is Y maximized?", "calculus", {"rule": "expr"}, str(Tstar))

# r05 algebra: C1 V1 = C2 V2 -> m = 0.8% * 50 kg / 2.5% = 16 kg
m = sp.Rational(8, 10)*50/sp.Rational(25, 10)
add("I have a 2.5% w/w phenoxyethanol premix and need the final 50 kg batch at 0.8% w/w. "
    "How many kg of premix go in?", "algebra", {"rule": "expr"}, str(m))

# r06 algebra: Henderson-Hasselbalch pH = pKa + log10(A-/HA) -> ratio = 10^(4.50-3.86) = 10^0.64
ratio = 10**(4.50 - 3.86)
add("lactic acid / sodium lactate buffer for a toner, pKa 3.86, target pH 4.50. using "
    "Henderson–Hasselbalch what [lactate]/[lactic acid] ratio do I need?", "algebra",
    {"rule": "number", "tol": 1.0e-4}, float(ratio))

# r07 algebra: a + b = 100, 0.30a + 0.70b = 46 -> a = 60
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 100, sp.Rational(3, 10)*a + sp.Rational(7, 10)*b - 46], [a, b])
add("Blending two surfactant grades: grade A is 30% active, grade B is 70% active. I want 100 kg "
    "of blend at 46% active. How many kg of grade A?", "algebra", {"rule": "expr"}, str(sol[a]))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
ev = sp.Matrix([[4, 1], [2, 3]]).eigenvals()
add("eigenvalues of [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"},
    sorted(float(k) for k in ev))

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 2*11 - 1*4 = 18
det = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
add("For the mixing-interaction matrix M = [[2,1,0],[1,3,1],[0,1,4]], what is det(M)?",
    "linear_algebra", {"rule": "expr"}, str(det))

# r10 probability: Poisson(3.2), P(X >= 5) = 1 - P(X <= 4)
p10 = 1 - stats.poisson.cdf(4, 3.2)
add("≥5.0 µm particle counts in a 1 m³ sample at an ISO 5 fill point average 3.2 and we treat "
    "them as Poisson. Chance a single 1 m³ sample shows 5 or more?", "probability",
    {"rule": "number", "tol": 1.0e-6}, float(p10))

# r11 probability: Binomial(n=50, p=0.02), P(X <= 1)
p11 = stats.binom.cdf(1, 50, 0.02)
add("Long-run 2% of jars are underfilled. Pull fifty jars at random — what's the probability "
    "that at most one is underfilled?", "probability", {"rule": "number", "tol": 1.0e-6},
    float(p11))

# r12 probability: Normal(50.4, 0.3), P(X < 49.8) = Phi(-2)
p12 = stats.norm.cdf(49.8, 50.4, 0.3)
add("fill weight ~ N(μ = 50.4 g, σ = 0.3 g). fraction of tubes under the 49.8 g minimum?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(p12))

# r13 probability: Bayes, P(C|+) = 0.95*0.01 / (0.95*0.01 + 0.02*0.99)
p13 = 0.95*0.01/(0.95*0.01 + (1 - 0.98)*0.99)
add("Rapid micro screen for contaminated bulk: sensitivity 95%, specificity 98%. About 1% of "
    "bulks are actually contaminated. If a bulk screens positive, what's the probability it "
    "really is contaminated?", "probability", {"rule": "number", "tol": 1.0e-6}, float(p13))

# r14 hypothesis test: one-sample t, two-sided, mu0 = 5.50
ph = [5.62, 5.48, 5.71, 5.55, 5.66, 5.59, 5.74, 5.52]
r14 = stats.ttest_1samp(ph, 5.50)
add("pH of 8 retained samples of the face cream: 5.62 5.48 5.71 5.55 5.66 5.59 5.74 5.52. "
    "Target is 5.50 — is the mean significantly off target? two-sided one-sample t test, "
    "give the p-value", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
va = [12400, 12850, 12100, 12600, 12950, 12300]
vb = [13100, 13450, 12900, 13600, 13250, 13800, 13050]
r15 = stats.ttest_ind(va, vb, equal_var=False)
add("Compare viscosity (cP, Brookfield RVT sp.5 @10 rpm) of two batches.\n"
    "Batch A: 12400 12850 12100 12600 12950 12300\n"
    "Batch B: 13100 13450 12900 13600 13250 13800 13050\n"
    "Welch t-test, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: chi-square test of independence on 3x2 table (no continuity correction)
tab = np.array([[188, 12], [176, 24], [191, 9]])
chi2, p16, dof, _ = stats.chi2_contingency(tab, correction=False)
add("micro release results by filling line — Line 1: 188 pass / 12 fail, Line 2: 176 pass / "
    "24 fail, Line 3: 191 pass / 9 fail. check whether fail rate depends on line: Pearson "
    "chi-square test of independence, what's the chi-square statistic?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi2))

# r17 hypothesis test: two-proportion z, pooled, A - B
z17, p17 = proportions_ztest([46, 38], [50, 50])
add("Preservative challenge (USP <51>-style) pass rates: system A passed 46 of 50 runs, system B "
    "passed 38 of 50. Pooled two-proportion z test, two-sided; report z for A minus B.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(z17))

# r18 regression: OLS slope of viscosity on thickener %
xr = [0.2, 0.4, 0.6, 0.8, 1.0, 1.2]
yr = [1850, 3900, 6100, 7800, 10200, 12050]
r18 = stats.linregress(xr, yr)
add("carbomer % vs viscosity (cP):\n%  : 0.2 0.4 0.6 0.8 1.0 1.2\ncP : 1850 3900 6100 7800 "
    "10200 12050\nleast-squares slope, cP per % carbomer?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19 regression: R^2 of simple linear fit, particles vs occupancy
xo = [1, 2, 3, 4, 5, 6, 8]
yo = [1200, 2100, 2900, 4300, 4800, 6100, 7900]
res19 = sm.OLS(yo, sm.add_constant(xo)).fit()
add("Cleanroom occupancy study: number of operators present 1, 2, 3, 4, 5, 6, 8 and the matching "
    "≥0.5 µm counts per m³ were 1200, 2100, 2900, 4300, 4800, 6100, 7900. How much of the "
    "variation does a straight-line fit explain (R²)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(res19.rsquared))

# r20 anova: one-way F statistic, 3 suppliers x 5
s1 = [5.42, 5.51, 5.47, 5.39, 5.45]
s2 = [5.58, 5.61, 5.55, 5.64, 5.60]
s3 = [5.48, 5.44, 5.52, 5.50, 5.46]
r20 = stats.f_oneway(s1, s2, s3)
add("Finished-product pH by citric acid supplier\nS1: 5.42 5.51 5.47 5.39 5.45\n"
    "S2: 5.58 5.61 5.55 5.64 5.60\nS3: 5.48 5.44 5.52 5.50 5.46\none-way ANOVA F?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way ANOVA p-value, 3 preservatives x 4
p1 = [3.1, 3.4, 2.9, 3.3]
p2 = [3.8, 4.1, 3.6, 4.0]
p3 = [3.2, 3.0, 3.5, 3.3]
r21 = stats.f_oneway(p1, p2, p3)
add("Day-7 log reductions of S. aureus for three preservative blends (4 replicates each): "
    "blend 1 = 3.1, 3.4, 2.9, 3.3; blend 2 = 3.8, 4.1, 3.6, 4.0; blend 3 = 3.2, 3.0, 3.5, 3.3. "
    "Is there a significant difference among blends? Give the one-way ANOVA p-value.", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22 design: central composite, 3 factors: 2^3 cube + 2*3 axial + 6 center = 20 runs
add("planning a central composite design on 3 factors (homogenizer speed, emulsifier %, cool-down "
    "rate) — full 2³ factorial cube, the 6 axial points, plus 6 center points. total runs?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r23 design: 2^(5-1) half fraction = 16 runs, no replicates/center points
add("How many runs in a 2^(5−1) half-fraction screening design for five fragrance-stability "
    "factors, no center points, no replication?", "design", {"rule": "runs"}, 2**(5 - 1))

# r24 design: 2^2 AB interaction effect = ((1) + ab - a - b)/2 = (42 + 58 - 50 - 46)/2 = 2
y1, ya, yb, yab = 42, 50, 46, 58
ab_eff = (y1 + yab - ya - yb)/2
add("2² design, single replicate, response = viscosity in thousands of cP: (1) = 42, a = 50, "
    "b = 46, ab = 58. What is the AB interaction effect estimate?", "design",
    {"rule": "number", "tol": 1.0e-6, "key": "value"}, float(ab_eff))

# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 250.2 + 0.577*1.8
add("Xbar-R on jar fill weight, subgroups of 5, grand mean 250.2 g, R̄ = 1.8 g. Xbar chart UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, float(ucl25))

# r26 control chart: c chart UCL = cbar + 3 sqrt(cbar), cbar = mean of 10 counts = 11
cnt = [12, 8, 15, 10, 9, 14, 11, 7, 13, 11]
cbar = np.mean(cnt)
ucl26 = cbar + 3*math.sqrt(cbar)
add("Viable air counts (CFU per m³) at one Grade B location over ten sessions: 12, 8, 15, 10, 9, "
    "14, 11, 7, 13, 11. Set up a c chart — upper control limit?", "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, float(ucl26))

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.7, 1.3)/0.6
cpk = min(51.5 - 50.8, 50.8 - 49.5)/(3*0.2)
add("Cpk check on sachet fill: spec 49.5–51.5 g, process mean 50.8 g, within-subgroup σ = 0.2 g",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, float(cpk))

# r28 capability: REFUSE — Ppk needs an overall standard deviation (or data); none is given
add("serum pH spec is 5.0 to 6.0 and our long-run average is 5.62. what's the Ppk?",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = (z_{0.975} * sigma / E)^2 = (1.95996*400/150)^2 = 27.3 -> 28
z = stats.norm.ppf(0.975)
n29 = math.ceil((z*400/150)**2)
add("how many viscosity readings do I need to estimate the batch mean within ±150 cP at 95% "
    "confidence if σ ≈ 400 cP (known)?", "sample_size", {"rule": "int", "key": "n"}, int(n29))

# r30 unit conversion: 3520 particles/m^3 * 0.028316846592 m^3/ft^3 = 99.675 per ft^3
conv = 3520*0.3048**3
add("convert 3,520 particles per m³ to particles per cubic foot", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4}, float(conv))

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, cosmetics formulation chemist and cleanroom "
                      "contamination-control specialist",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
       "items": items}
with open(OUT, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
