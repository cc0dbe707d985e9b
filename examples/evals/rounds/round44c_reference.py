"""Reference answers for round44c (dairy / grain plant engineer voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest  # noqa: F401 (not used, kept for reference)

ROUND = "round44c"
items = []


def add(mode, q, compare, ref):
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


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01: d/dt of 40 + 25 e^(-t/12)  -> -(25/12) e^(-t/12)
T = 40 + 25 * sp.exp(-t / 12)
d = sp.diff(T, t)
add(
    "calculus",
    "hey quick q, grain temp in bin 7 after we kick the aeration fans on is running about T(t) = 40 + 25e^(−t/12) °F with t in hours. what's dT/dt as a function of t",
    {"rule": "expr"},
    str(d),
)

# r02: integral_0^8 (120 + 30 sin(pi t/4)) dt = 960 (sine term integrates to 0 over one full period)
q = 120 + 30 * sp.sin(sp.pi * t / 4)
I = sp.integrate(q, (t, 0, 8))
add(
    "calculus",
    "belt scale on the receiving conveyor says feed rate is roughly q(t)=120+30 sin(πt/4) tons per hour, t in hrs from start of shift. how many tons total go across it over the 8 hr shift (integrate 0 to 8)",
    {"rule": "expr"},
    str(sp.nsimplify(I)),
)

# r03: open-top tank, square base side s, volume 500 ft^3: S = s^2 + 4 s h, h = 500/s^2 -> S = s^2 + 2000/s
#      dS/ds = 0 -> s^3 = 1000 -> s = 10 ft
s = sp.symbols("s", positive=True)
S = s**2 + 2000 / s
sol = sp.solve(sp.diff(S, s), s)
assert sol == [10]
add(
    "calculus",
    "Designing an open-top whey holding tank, square base, needs to hold 500 ft³. Want to use the least sheet steel (base + 4 sides, no lid). What should the side length of the base be in ft?",
    {"rule": "expr"},
    str(sol[0]),
)

# r04: integral_0^2 x e^{-x} dx = 1 - 3 e^{-2}
I4 = sp.simplify(sp.integrate(x * sp.exp(-x), (x, 0, 2)))
add(
    "calculus",
    "∫ from 0 to 2 of x·e^(−x) dx — exact answer pls, it's for a residence-time thing on the holding tube",
    {"rule": "expr"},
    str(I4),
)

# ---------------- algebra (3) ----------------
# r05: 0.038 a + 0.005 (1000 - a) = 0.02*1000 -> a = 15/0.033 = 5000/11
a = sp.symbols("a")
sol5 = sp.solve(sp.Rational(38, 1000) * a + sp.Rational(5, 1000) * (1000 - a) - 20, a)[0]
add(
    "algebra",
    "standardizing a batch: got whole milk at 3.8% fat and skim at 0.5% fat, need 1000 gal total at 2.0% fat. how many gallons of the whole milk go in? (assume fat % by volume is fine, just do the straight mass balance)",
    {"rule": "expr"},
    str(sol5),
)

# r06: roots of 2x^2 - 7x + 3 = 0 -> 1/2, 3
r6 = sp.solve(2 * x**2 - 7 * x + 3, x)
add("algebra", "solve 2x² − 7x + 3 = 0", {"rule": "set"}, sorted(float(v) for v in r6))

# r07: dry matter conserved: W_wet*(1-0.25) = W_out*(1-0.15) -> W_out = 10000*0.75/0.85 = 150000/17 lb
sol7 = sp.Rational(10000) * sp.Rational(75, 100) / sp.Rational(85, 100)
add(
    "algebra",
    "We've got 10,000 lb of wet corn coming in at 25% moisture (wet basis) and we dry it down to 15% wet basis. How many lb of corn come out of the dryer? dry matter stays the same obviously",
    {"rule": "expr"},
    str(sol7),
)

# ---------------- linear algebra (2) ----------------
# r08: det of 3x3
M8 = sp.Matrix([[2, -1, 0], [3, 4, 1], [1, 0, 5]])
add("linear_algebra", "det of [[2, −1, 0], [3, 4, 1], [1, 0, 5]] ?", {"rule": "expr"}, str(M8.det()))

# r09: eigenvalues of [[4,1],[2,3]] -> 2, 5
M9 = sp.Matrix([[4, 1], [2, 3]])
ev = sorted(float(v) for v in M9.eigenvals().keys())
add(
    "linear_algebra",
    "I've got a 2-state transfer model between the two raw milk silos and the coefficient matrix is A = [4 1; 2 3]. what are the eigenvalues of A",
    {"rule": "set"},
    ev,
)

# ---------------- probability (4, one refuse) ----------------
# r10: X ~ Bin(20, 0.05), P(X <= 1)
p10 = float(stats.binom.cdf(1, 20, 0.05))
add(
    "probability",
    "bagging line historically runs 5% bad seals, independent bag to bag. if QA pulls 20 bags at random what's the chance they find at most one bad seal",
    {"rule": "number", "tol": 1.0e-6},
    p10,
)

# r11: Poisson(2.3), P(X = 4)
p11 = float(stats.poisson.pmf(4, 2.3))
add(
    "probability",
    "Line stoppages on the cheese packaging line average 2.3 per shift and we model them as Poisson. Probability of exactly four stoppages in a shift?",
    {"rule": "number", "tol": 1.0e-6},
    p11,
)

# r12: refuse: no sigma / spread given for the fill weight distribution
add(
    "probability",
    "hey quick q our 50 lb feed bags average 50.1 lb on the new filler, what's the probability a bag comes in under 49.5 lb",
    {"rule": "refuse"},
    None,
)

# r13: Bayes: P(bad|pos) = 0.04*0.95 / (0.04*0.95 + 0.96*0.10)
p13 = 0.04 * 0.95 / (0.04 * 0.95 + 0.96 * 0.10)
add(
    "probability",
    "about 4% of incoming corn loads are actually over the aflatoxin limit. our rapid strip test catches 95% of the bad loads (sensitivity) and correctly passes 90% of the good ones (specificity). a truck just tested positive — probability it's really over the limit?",
    {"rule": "number", "tol": 1.0e-6},
    p13,
)

# ---------------- hypothesis tests (4) ----------------
# r14: one-sample t, two-sided, H0 mu = 3.25
d14 = [3.31, 3.27, 3.35, 3.29, 3.22, 3.30, 3.34, 3.28]
r14 = stats.ttest_1samp(d14, 3.25)
add(
    "hypothesis_test",
    "milk fat % on 8 tanker loads: 3.31 3.27 3.35 3.29 3.22 3.30 3.34 3.28. one-sample t test, two-sided, against μ = 3.25 — p-value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15: Welch two-sample t test, two-sided
A15 = [14.8, 15.2, 15.1, 14.6, 15.4, 15.0]
B15 = [15.6, 15.9, 15.3, 16.1, 15.7, 15.5, 15.8]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add(
    "hypothesis_test",
    "Comparing exit moisture (%) off our two grain dryers. Dryer A: 14.8, 15.2, 15.1, 14.6, 15.4, 15.0. Dryer B: 15.6, 15.9, 15.3, 16.1, 15.7, 15.5, 15.8. Welch's t-test (don't assume equal variances), two sided. What's the p value?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16: paired t test, two-sided, on differences RTD - reference
ref16 = [161.0, 161.5, 162.0, 160.8, 161.3, 161.7]
rtd16 = [161.4, 161.7, 162.5, 161.0, 161.6, 162.3]
r16 = stats.ttest_rel(rtd16, ref16)
add(
    "hypothesis_test",
    "checked the HTST pasteurizer RTD against our NIST-traceable reference thermometer at 6 points, °F. reference: 161.0 161.5 162.0 160.8 161.3 161.7 / RTD at the same moments: 161.4 161.7 162.5 161.0 161.6 162.3. paired t-test two sided, is there a bias? just need the p-value",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r16.pvalue),
)

# r17: chi-square test of independence, 2x3 table (no continuity correction applies for 2x3)
tab17 = np.array([[142, 130, 151], [18, 30, 9]])
chi2, p17, dof17, _ = stats.chi2_contingency(tab17, correction=False)
add(
    "hypothesis_test",
    "Grade results by storage silo this month —\n  silo 1: 142 pass, 18 fail\n  silo 2: 130 pass, 30 fail\n  silo 3: 151 pass, 9 fail\nchi-square test of independence between silo and pass/fail, what's the p-value",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18: OLS slope of moisture on hours
x18 = [0, 1, 2, 3, 4, 5]
y18 = [24.1, 22.0, 20.3, 18.2, 16.6, 14.9]
r18 = stats.linregress(x18, y18)
add(
    "regression",
    "batch dryer test, hours vs moisture %: (0, 24.1) (1, 22.0) (2, 20.3) (3, 18.2) (4, 16.6) (5, 14.9). fit a least squares line moisture = b0 + b1*hours, what's the slope",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)

# r19: R^2 of simple linear fit tph on belt speed
x19 = [100, 120, 140, 160, 180, 200]
y19 = [212, 248, 290, 318, 365, 392]
r19 = stats.linregress(x19, y19)
add(
    "regression",
    "Belt speed (fpm) vs measured throughput (tph) on the wheat leg conveyor:\nspeed: 100 120 140 160 180 200\ntph:   212 248 290 318 365 392\nHow much of the variation in tph does a straight-line fit explain, i.e. R²?",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20: one-way ANOVA p-value, three bins
b1 = [11.8, 12.1, 11.9, 12.3, 12.0]
b2 = [12.4, 12.6, 12.2, 12.7, 12.5]
b3 = [11.9, 12.0, 12.2, 11.7, 12.1]
r20 = stats.f_oneway(b1, b2, b3)
add(
    "anova",
    "protein % on wheat samples from 3 bins, 5 each\nbin A 11.8 12.1 11.9 12.3 12.0\nbin B 12.4 12.6 12.2 12.7 12.5\nbin C 11.9 12.0 12.2 11.7 12.1\none way anova — p value for a difference in mean protein between bins?",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r20.pvalue),
)

# r21: one-way ANOVA F statistic, four shifts
s1 = [2450, 2510, 2480, 2495]
s2 = [2530, 2560, 2545, 2580]
s3 = [2470, 2440, 2500, 2465]
s4 = [2520, 2490, 2535, 2505]
r21 = stats.f_oneway(s1, s2, s3, s4)
add(
    "anova",
    "yogurt viscosity (cP) by shift, four readings per shift: 1st shift 2450, 2510, 2480, 2495; 2nd shift 2530, 2560, 2545, 2580; 3rd shift 2470, 2440, 2500, 2465; weekend crew 2520, 2490, 2535, 2505. What's the F statistic from a one-way ANOVA across the four shifts?",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"},
    float(r21.statistic),
)

# ---------------- design (3) ----------------
# r22: 2^4 full factorial + 3 center points = 16 + 3 = 19 runs
add(
    "design",
    "planning a dryer trial: 4 factors (air temp, airflow, grain depth, tempering time) each at 2 levels, full factorial, one replicate, plus 3 center points. how many runs total",
    {"rule": "runs"},
    2**4 + 3,
)

# r23: 3^3 full factorial, 2 replicates = 54 runs
add(
    "design",
    "Three-level full factorial on the cheese vat — culture dose, set temp, rennet amount, each at low/mid/high — and we want to run the whole thing twice (2 replicates). Number of vat runs?",
    {"rule": "runs"},
    3**3 * 2,
)

# r24: CCD, 3 factors, full 2^3 cube + 2*3 axial + 6 center = 8 + 6 + 6 = 20
add(
    "design",
    "central composite design for the spray dryer, three factors (inlet temp, feed rate, atomizer speed), full 2^3 factorial cube, the usual 2k axial/star points, and six center runs. total runs?",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)

# ---------------- control chart (2) ----------------
# r25: Xbar chart UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 161.2 + 0.577 * 0.8
add(
    "control_chart",
    "setting up an xbar-R chart on pasteurizer outlet temp, subgroups of 5 readings, 25 subgroups so far. grand mean 161.2 °F, average range R̄ = 0.8 °F. what's the UCL on the xbar chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    ucl25,
)

# r26: p chart UCL = pbar + 3 sqrt(pbar(1-pbar)/n), pbar = 90/(25*200)
pbar = 90 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
add(
    "control_chart",
    "We inspect 200 milk cartons per sample for leakers; over 25 samples we found 90 leakers total. For a p chart with 3-sigma limits, what's the upper control limit (as a fraction)?",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.07, 0.13)/0.06
cpk27 = min(3.40 - 3.33, 3.33 - 3.20) / (3 * 0.02)
add(
    "capability",
    "standardized milk fat spec is 3.20 to 3.40 %, process is centered at 3.33 with σ = 0.02 (stable, normal). Cpk?",
    {"rule": "number", "tol": 1.0e-6, "key": "cpk"},
    cpk27,
)

# r28: Cp with sigma = Rbar/d2, d2(n=4) = 2.059; Cp = (13-11)/(6*0.42/2.059)
sig28 = 0.42 / 2.059
cp28 = (13.0 - 11.0) / (6 * sig28)
add(
    "capability",
    "Moisture spec on the finished flaked corn is 12.0 ± 1.0 %. From our R chart (subgroups of n=4, in control) R̄ = 0.42. Estimating σ as R̄/d2, what's Cp?",
    {"rule": "number", "tol": 1.0e-3, "key": "cp"},
    cp28,
)

# ---------------- sample size (1) ----------------
# r29: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*0.2/0.05)^2) = ceil(61.46) = 62
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 0.2 / 0.05) ** 2)
add(
    "sample_size",
    "how many bags do i need to weigh to estimate the mean fill weight to within ±0.05 lb at 95% confidence? σ from past data is about 0.2 lb, treat it as known",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30: 2500 US gal/h -> L/min = 2500 * 3.785411784 / 60
v30 = 2500 * 3.785411784 / 60
add(
    "unit_conversion",
    "HTST flow is 2,500 US gal/hr — what is that in liters per minute",
    {"rule": "number", "tol": 1.0e-6},
    v30,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, dairy/grain plant engineer (silos, moisture, pasteurizers, milk fat)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
