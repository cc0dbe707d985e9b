import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
import statsmodels.api as sm

ROUND = "round39b"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))
x, t, v, km = sp.symbols("x t v km")

# r01 calculus: definite integral of 2x*exp(-x/8) on [0,24], exact
r01 = sp.simplify(sp.integrate(2*x*sp.exp(-x/8), (x, 0, 24)))
add("die-lip heat flux weighting, need the exact value: ∫ from 0 to 24 of 2x·e^(−x/8) dx", "calculus",
    {"rule": "expr"}, str(r01))
# r02 calculus: derivative of 0.8*ln(1+km/20000) at km=60000 -> 0.8/(20000*4)
r02 = sp.diff(sp.Rational(4,5)*sp.log(1+km/20000), km).subs(km, 60000)
add("Wheel flange wear model from the depot: w(km) = 0.8·ln(1 + km/20000) mm. What is the wear rate dw/dkm "
    "(mm per km) at 60,000 km? exact value please", "calculus", {"rule": "expr"}, str(sp.nsimplify(r02)))
# r03 calculus: argmax of v*exp(-v/40) -> v=40
r03 = sp.solve(sp.diff(v*sp.exp(-v/40), v), v)[0]
add("Ticket #4471 — haul-off line speed v (m/min) vs usable film output modelled as P(v) = v·exp(−v/40). "
    "At what v is P maximised?", "calculus", {"rule": "expr"}, str(r03))
# r04 calculus: expected faults = ∫0^10 (0.02+0.003 t^2) dt = 1.2
r04 = sp.integrate(sp.Rational(2,100)+sp.Rational(3,1000)*t**2, (t, 0, 10))
add("door-fault intensity for one vehicle λ(t) = 0.02 + 0.003t² faults/yr, t in years. expected number of "
    "door faults over the first ten years (integrate λ from 0 to 10)?", "calculus", {"rule": "expr"}, str(r04))

# r05 algebra: roots of 2x^2-7x-15 -> 5, -3/2
r05 = [float(r) for r in sp.solve(2*x**2-7*x-15, x)]
add("solve 2x² − 7x − 15 = 0   (came out of a bubble-stability fit, need both roots)", "algebra",
    {"rule": "set"}, r05)
# r06 algebra: x+y=500, 0.9x+2.5y=750 -> x=312.5 kg of the 0.9 MFI grade
xs, ys = sp.symbols("xs ys")
r06 = sp.solve([xs+ys-500, sp.Rational(9,10)*xs+sp.Rational(5,2)*ys-750], [xs, ys])[xs]
add("Blending two LLDPE grades, MFI 0.9 and 2.5 g/10 min (190 °C/2.16 kg). Batch is 500 kg and we want a "
    "blend MFI of 1.5. Assume a simple linear-by-mass mixing rule. How many kg of the 0.9 grade?",
    "algebra", {"rule": "expr"}, str(r06))
# r07 algebra: LF = pi*BUR*Dd/2 -> BUR = 2*1000/(pi*250) = 8/pi
B = sp.symbols("B")
r07 = sp.solve(sp.pi*B*250/2 - 1000, B)[0]
add("layflat = π·BUR·D_die/2. die is 250 mm, customer wants 1000 mm layflat. solve for BUR (exact).",
    "algebra", {"rule": "expr"}, str(r07))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 5, 2
r08 = [float(e) for e in np.linalg.eigvals(np.array([[4,1],[2,3]]))]
add("eigenvalues of the 2x2 transition-rate matrix\n| 4 1 |\n| 2 3 |", "linear_algebra", {"rule": "set"}, r08)
# r09 linear algebra: det of tridiagonal [[2,-1,0],[-1,2,-1],[0,-1,2]] = 4
r09 = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
add("Stiffness matrix for three bogie springs in series (arbitrary units):\n"
    "  2  −1   0\n −1   2  −1\n  0  −1   2\nWhat's its determinant?", "linear_algebra", {"rule": "expr"}, str(r09))

# r10 probability: Poisson lambda = 100000/25000 = 4, P(X<=2)
r10 = stats.poisson.cdf(2, 4)
add("Fleet MDBF is 25,000 km and failures are assumed Poisson. A unit runs 100,000 km this quarter. "
    "Probability it has at most 2 service-affecting failures?", "probability", {"rule": "number", "tol": 1e-6}, float(r10))
# r11 probability: exponential survival exp(-10000/25000)
r11 = math.exp(-10000/25000)
add("MDBF = 25 000 km, constant failure rate. P(a train gets through 10 000 km without a failure)?",
    "probability", {"rule": "number", "tol": 1e-6}, r11)
# r12 probability: Binomial(20, 0.35), P(X=8)
r12 = stats.binom.pmf(8, 20, 0.35)
add("dart drop at 150 g: historically 35% of specimens fail. we drop on twenty independent specimens. "
    "chance exactly eight fail?", "probability", {"rule": "number", "tol": 1e-6}, float(r12))
# r13 probability: Bayes 0.02*0.95 / (0.02*0.95 + 0.98*0.04)
r13 = 0.02*0.95/(0.02*0.95+0.98*0.04)
add("About 2% of door leaves in the fleet have a worn lock actuator. The onboard diagnostic flags 95% of worn "
    "ones, but also flags 4% of healthy ones. A door gets flagged — what's the probability it really has a "
    "worn actuator?", "probability", {"rule": "number", "tol": 1e-6}, r13)

# r14 hypothesis: one-sample t, two-sided vs 25
g = [24.6,25.3,24.9,24.2,25.8,24.4,24.7,25.1,24.3,24.8]
r14 = stats.ttest_1samp(g, 25).pvalue
add("gauge check on line 3 (µm): 24.6 25.3 24.9 24.2 25.8 24.4 24.7 25.1 24.3 24.8 — nominal is 25 µm. "
    "one-sample t-test, two-sided, what's the p-value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(r14))
# r15 hypothesis: Welch two-sample t two-sided p
A = [1.82,2.05,1.94,2.21,1.76,2.10,1.98]; Bw = [2.31,2.12,2.45,2.28,2.60,2.19,2.37,2.52]
r15 = stats.ttest_ind(A, Bw, equal_var=False).pvalue
add("Wheel wear (mm) at 120k km, two bogie designs.\n\n| bogie | wear mm |\n|---|---|\n"
    "| Type A | 1.82, 2.05, 1.94, 2.21, 1.76, 2.10, 1.98 |\n| Type B | 2.31, 2.12, 2.45, 2.28, 2.60, 2.19, 2.37, 2.52 |\n\n"
    "Welch t-test (unequal variances), two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(r15))
# r16 hypothesis: chi-square independence 3x3
tab = np.array([[42,18,25],[30,22,31],[19,27,16]])
r16 = stats.chi2_contingency(tab)[1]
add("Door fault category by fleet, last 12 months:\n\n           obstruction  lock  sensor\nClass 350      42        18     25\n"
    "Class 377      30        22     31\nClass 700      19        27     16\n\nIs fault type independent of fleet? "
    "chi-square test of independence, give the p-value", "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(r16))
# r17 hypothesis: paired t statistic, d = before - after
bef = [312,298,325,305,290,318,301,310]; aft = [298,290,310,300,281,312,295,299]
r17 = stats.ttest_rel(bef, aft).statistic
add("Same 8 rolls tested for dart impact (g) before and after we bumped slip additive.\nbefore: 312 298 325 305 290 318 301 310\n"
    "after:  298 290 310 300 281 312 295 299\nPaired t-test on d = before − after. t statistic?", "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4}, float(r17))

# r18 regression: OLS slope MFI on melt temperature
T = [200,205,210,215,220,225]; M = [1.9,2.1,2.4,2.5,2.8,3.0]
r18 = round(stats.linregress(T, M).slope, 12)
add("melt temp °C: 200 205 210 215 220 225\nMFI g/10min: 1.9 2.1 2.4 2.5 2.8 3.0\nleast-squares slope of MFI vs temp?",
    "regression", {"rule": "number", "key": "slope", "tol": 1e-6}, float(r18))
# r19 regression: R^2 of wear on distance
K = [50,100,150,200,250,300,350]; W = [0.9,1.6,2.5,3.1,4.0,4.6,5.5]
r19 = stats.linregress(K, W).rvalue**2
add("Fit a straight line of tread wear (mm) on distance (thousand km) and report R².\n"
    "distance: 50, 100, 150, 200, 250, 300, 350\nwear: 0.9, 1.6, 2.5, 3.1, 4.0, 4.6, 5.5", "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6}, float(r19))

# r20 anova: one-way p-value, 3 suppliers
sA = [310,325,298,317,305]; sB = [290,284,301,295,288]; sC = [315,330,322,309,327]
r20 = stats.f_oneway(sA, sB, sC).pvalue
add("Resin supplier trial, dart impact F50 (g), 5 rolls each:\nSupplier A: 310 325 298 317 305\nSupplier B: 290 284 301 295 288\n"
    "Supplier C: 315 330 322 309 327\nOne-way ANOVA — p-value for a supplier effect?", "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4}, float(r20))
# r21 anova: one-way F statistic, 4 routes x 4 weeks
R = [[92.1,93.4,91.8,92.7],[88.5,89.9,87.6,90.2],[94.0,93.1,95.2,94.4],[90.3,91.0,89.4,90.8]]
r21 = stats.f_oneway(*R).statistic
add("weekly punctuality % (PPM) by route, 4 weeks each\nroute N: 92.1 93.4 91.8 92.7\nroute S: 88.5 89.9 87.6 90.2\n"
    "route E: 94.0 93.1 95.2 94.4\nroute W: 90.3 91.0 89.4 90.8\nwhat's the F statistic from a one-way anova across routes?",
    "anova", {"rule": "number", "key": "statistic", "tol": 1e-4}, float(r21))

# r22 design: 2^4 full factorial + 3 centre points = 19
add("Planning a DOE on the blown film line: 4 factors (melt temp, BUR, frost line height, haul-off speed), "
    "two levels each, full factorial, single replicate, plus 3 centre points. Total runs?", "design",
    {"rule": "runs"}, 2**4 + 3)
# r23 design: 2^(5-1) half fraction = 16
add("how many runs in a half-fraction of a 2-level design with five factors (2^(5−1)), no centre points, no replicates?",
    "design", {"rule": "runs"}, 2**(5-1))
# r24 design: A main effect in 2^2: ((a+ab)-((1)+b))/2 = 11
r24 = ((30+36)-(20+24))/2
add("2² screening on gauge variation, one run per corner (Yates order):\n(1) = 20, a = 30, b = 24, ab = 36\n"
    "main effect of A (mean at high A minus mean at low A)?", "design", {"rule": "number", "tol": 1e-6}, r24)

# r25 control chart: Xbar-R UCL, n=5 A2=0.577
r25 = 25.1 + 0.577*1.8
add("X̄–R chart for gauge, subgroups of n=5 taken every 30 min. grand mean 25.1 µm, R̄ = 1.8 µm. UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "key": "ucl", "tol": 1e-3}, r25)
# r26 control chart: c-chart UCL = cbar + 3 sqrt(cbar)
c = [7,4,9,6,5,8,3,6,7,5]; cb = np.mean(c)
r26 = cb + 3*math.sqrt(cb)
add("Door faults per week on the Class 700 fleet (10 weeks): 7, 4, 9, 6, 5, 8, 3, 6, 7, 5. Set up a c chart — "
    "what's the upper control limit?", "control_chart", {"rule": "number", "key": "ucl", "tol": 1e-4}, float(r26))

# r27 capability: Cpk = min(28-25.6, 25.6-22)/(3*0.7)
r27 = min(28-25.6, 25.6-22)/(3*0.7)
add("Film gauge spec 22–28 µm. Process mean 25.6 µm, σ = 0.7 µm (within-subgroup). Cpk?", "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6}, r27)
# r28 capability: REFUSE — no sigma or data given, Cpk undeterminable
add("customer asking for Cpk on the 40 µm shrink film. spec 36–44 µm, our average is 40.8 µm. what's the Cpk?",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_{0.975}*2/0.5)^2) = 62
z = stats.norm.ppf(0.975)
r29 = math.ceil((z*2/0.5)**2)
add("How many gauge readings do we need to estimate mean thickness within ±0.5 µm at 95% confidence? "
    "σ is known to be about 2 µm.", "sample_size", {"rule": "int", "key": "n"}, int(r29))

# r30 unit conversion: 1.5 mil = 1.5*25.4 um = 38.1
add("US customer spec says 1.5 mil film. what is that in µm?", "unit_conversion", {"rule": "number", "tol": 1e-6}, round(1.5*25.4, 10))

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, blown-film extrusion engineer and railway rolling-stock reliability notes",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items: print(it["id"], it["mode"], it["reference"])
