"""Reference answers for round38b (pultrusion engineer + fintech quality manager)."""
import os, math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

ROUND = "round38b"
items = []

def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

x, t = sp.symbols("x t")

# r01 calculus: dF/dx of 120 + 15x^2 - x^3 at x=4 -> 30*4 - 3*16 = 72
F = 120 + 15*x**2 - x**3
r01 = sp.diff(F, x).subs(x, 4)
add("Pull force along the die modelled as F(x) = 120 + 15x² − x³ (N, x in cm from die entry). "
    "What's dF/dx at x = 4 cm?", "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: integral_0^12 40 e^{-t/12} dt = 480(1 - e^-1)
r02 = sp.simplify(sp.integrate(40*sp.exp(-t/12), (t, 0, 12)))
add("fraud flag intensity after a rule deploy is λ(t)=40·e^(−t/12) flags per hour. expected total flags "
    "in the first 12 hours? exact form pls", "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: lim_{x->0} (1-cos 3x)/x^2 = 9/2
r03 = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
add("lim x→0 of (1 − cos(3x))/x²", "calculus", {"rule": "expr"}, str(r03))

# r04 calculus: d/dt [t^2 ln t] = 2 t ln t + t
r04 = sp.diff(t**2*sp.log(t), t)
add("Our latency drift fit came out as L(t) = t²·ln(t). Differentiate it with respect to t.",
    "calculus", {"rule": "expr"}, str(r04))

# r05 algebra: roots of 2x^2 - 7x + 3 -> {1/2, 3}
r05 = sorted(float(r) for r in sp.solve(2*x**2 - 7*x + 3, x))
add("roots of 2x^2 − 7x + 3 = 0 ?", "algebra", {"rule": "set"}, r05)

# r06 algebra: g + r = 42, g = 2.5 r -> r = 12
g, r = sp.symbols("g r")
r06 = sp.solve([g + r - 42, g - sp.Rational(5, 2)*r], [g, r])[r]
add("A batch of pultruded rod weighs forty-two kg in total (glass + resin only). The glass mass is "
    "2.5 times the resin mass. How many kg of resin is in the batch?", "algebra", {"rule": "expr"},
    str(r06))

# r07 algebra: 25000*1.08^t = 50000 -> t = ln2/ln1.08
r07 = math.log(2)/math.log(1.08)
add("Daily transaction volume is 25,000 and compounding at 8% per day. Solve 25000·(1.08)^t = 50000 "
    "for t (days, continuous t, not rounded).", "algebra", {"rule": "number", "tol": 1.0e-6}, r07)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2, 5
r08 = sorted(float(v) for v in np.linalg.eigvals(np.array([[4, 1], [2, 3]])))
add("eigenvalues of A = [[4, 1], [2, 3]]", "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: det [[2,-1,0],[1,3,2],[0,1,4]] = 24
r09 = sp.Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]]).det()
add("Need the determinant of this stiffness-ish matrix for a report:\n"
    "2  -1  0\n1   3  2\n0   1  4", "linear_algebra", {"rule": "expr"}, str(r09))

# r10 probability: X~Bin(200, 0.02), P(X>=5) = 1 - cdf(4)
r10 = float(stats.binom.sf(4, 200, 0.02))
add("Each transaction independently gets a fraud flag with probability 0.02. Out of 200 transactions, "
    "what is the probability of at least 5 flags? (exact binomial)", "probability",
    {"rule": "number", "tol": 1.0e-4}, r10)

# r11 probability: Poisson(3.2), P(X=2)
r11 = float(stats.poisson.pmf(2, 3.2))
add("payment failures come in at avg 3.2/hour, poisson. P(exactly 2 failures in a given hour)?",
    "probability", {"rule": "number", "tol": 1.0e-4}, r11)

# r12 probability: N(950, 40), P(X < 880)
r12 = float(stats.norm.cdf(880, 950, 40))
add("Tensile strength of our 12 mm GFRP rebar is normally distributed, μ = 950 MPa, σ = 40 MPa. "
    "What fraction of bars fall below 880 MPa?", "probability", {"rule": "number", "tol": 1.0e-4}, r12)

# r13 probability: Bayes: 0.005*0.95 / (0.005*0.95 + 0.995*0.02)
r13 = 0.005*0.95/(0.005*0.95 + 0.995*0.02)
add("Fraud prevalence is 0.5% of transactions. The model flags 95% of fraudulent ones and has a 2% "
    "false-positive rate on legit ones. Given a transaction is flagged, what's the probability it is "
    "actually fraud?", "probability", {"rule": "number", "tol": 1.0e-4}, r13)

# r14 hypothesis test: one-sample t, two-sided, mu0=900
d14 = [912, 935, 898, 941, 927, 905, 950, 921]
r14 = float(stats.ttest_1samp(d14, 900).pvalue)
add("coupon tensile results (MPa): 912, 935, 898, 941, 927, 905, 950, 921. Spec claims mean 900 MPa. "
    "One-sample t-test, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r14)

# r15 hypothesis test: Welch two-sample t, two-sided
a15 = [212, 198, 225, 240, 205, 219, 231]
b15 = [188, 195, 201, 179, 210, 192, 185, 199]
r15 = float(stats.ttest_ind(a15, b15, equal_var=False).pvalue)
add("p95 latency per hour (ms) for build A: 212 198 225 240 205 219 231; build B: 188 195 201 179 210 "
    "192 185 199. Welch t-test (unequal variances), two-sided. What's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r15)

# r16 hypothesis test: chi-square independence on 2x3 table (no continuity correction needed for 2x3)
tab16 = np.array([[34, 21, 15], [4966, 3979, 2985]])
chi2, p16, dof, _ = stats.chi2_contingency(tab16)
r16 = float(p16)
add("Is failure rate independent of payment channel? Counts last week —\n"
    "            card   ACH   wallet\n"
    "failed        34    21       15\n"
    "succeeded   4966  3979     2985\n"
    "chi-square test of independence, give the p-value", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r16)

# r17 hypothesis test: two-proportion z, pooled, two-sided
x1, n1, x2, n2 = 48, 12000, 71, 12500
p1, p2, pp = x1/n1, x2/n2, (x1 + x2)/(n1 + n2)
z17 = (p1 - p2)/math.sqrt(pp*(1 - pp)*(1/n1 + 1/n2))
r17 = float(2*stats.norm.sf(abs(z17)))
add("Decline rate before the gateway change: 48 of 12000. After: 71 of 12500. Two-proportion z-test "
    "with pooled proportion, two-sided; report the p-value.", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, r17)

# r18 regression: OLS slope of strength on line speed
s18 = [0.5, 0.7, 0.9, 1.1, 1.3, 1.5]
y18 = [1012, 998, 981, 970, 949, 941]
lr18 = stats.linregress(s18, y18)
add("Line speed trial. speed m/min = 0.5, 0.7, 0.9, 1.1, 1.3, 1.5 ; tensile MPa = 1012, 998, 981, 970, "
    "949, 941. Least-squares slope of tensile vs speed (MPa per m/min)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr18.slope))

# r19 regression: R^2 of latency on daily volume
v19 = [18, 22, 25, 31, 36, 40, 44]
l19 = [102, 108, 111, 119, 127, 131, 140]
lr19 = stats.linregress(v19, l19)
add("how much of the variation in median latency does daily volume explain? fit a straight line.\n"
    "volume (k txns): 18 22 25 31 36 40 44\nmedian latency (ms): 102 108 111 119 127 131 140\n"
    "want R²", "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(lr19.rvalue**2))

# r20 anova: one-way F statistic, three resin suppliers
A20 = [1010, 995, 1022, 1004]; B20 = [980, 972, 991, 985]; C20 = [1001, 1015, 998, 1008]
f20 = stats.f_oneway(A20, B20, C20)
add("Flexural strength (MPa) by resin supplier — A: 1010, 995, 1022, 1004 | B: 980, 972, 991, 985 | "
    "C: 1001, 1015, 998, 1008. Run a one-way ANOVA and give me the F statistic.", "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(f20.statistic))

# r21 anova: one-way p-value, four regions
EU = [84, 91, 88, 79, 86]; US = [95, 102, 98, 91]; APAC = [110, 104, 118, 107, 112]
LATAM = [99, 93, 101, 96]
f21 = stats.f_oneway(EU, US, APAC, LATAM)
add("API latency (ms) sampled by region. EU 84 91 88 79 86; US 95 102 98 91; APAC 110 104 118 107 112; "
    "LATAM 99 93 101 96. one-way anova p value?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(f21.pvalue))

# r22 design: full factorial 2x2x2x3 = 24
add("We want a full factorial on the pultrusion line: die temperature, pull speed and filler loading "
    "at two levels each, plus glass roving type at three levels. Single replicate, no centre points. "
    "How many runs?", "design", {"rule": "runs"}, 2*2*2*3)

# r23 design: 2^(6-2) = 16 runs per replicate, 2 complete replicates -> 32
add("2^(6−2) fractional factorial, resolution IV, and we'll run two complete replicates of it. "
    "total number of runs?", "design", {"rule": "runs"}, 2**(6-2)*2)

# r24 design: CCD k=3: 8 factorial + 6 axial + 6 centre = 20
add("Central composite design for 3 factors (cure temp, line speed, resin viscosity): full 2^3 "
    "factorial portion, the 6 axial/star points, and 6 centre points. Total runs?", "design",
    {"rule": "runs"}, 2**3 + 2*3 + 6)

# r25 control chart: Xbar-R, n=5, A2=0.577: UCL = 48.2 + 0.577*1.6
r25 = 48.2 + 0.577*1.6
add("X̄–R chart for resin content, subgroups of 5 coupons. Grand mean 48.2 %, average range R̄ = 1.6 %. "
    "Upper control limit for the X̄ chart?", "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26 control chart: p-chart, pbar=0.012, n=2000: UCL = p + 3 sqrt(p(1-p)/n)
pb, n26 = 0.012, 2000
r26 = pb + 3*math.sqrt(pb*(1 - pb)/n26)
add("p chart on daily failed-transaction fraction: constant sample of 2000 txns/day, p̄ = 0.012 over "
    "25 days. 3-sigma UCL?", "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(2.4, 3.6)/2.1
r27 = min(34 - 31.6, 31.6 - 28)/(3*0.7)
add("Resin content spec is 28–34 wt%. Process is stable with mean 31.6 wt% and σ = 0.7 wt%. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28 capability: REFUSE - no process spread (sigma/data) given, Cpk cannot be computed
add("cpk for profile wall thickness? spec 3.00 ± 0.15 mm, process mean running at 3.04 mm",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_{0.975} * 40 / 5)^2) = 246
z = stats.norm.ppf(0.975)
r29 = math.ceil((z*40/5)**2)
add("How many transactions do we need to sample to estimate mean authorisation latency to within "
    "±5 ms at 95% confidence? Historical σ ≈ 40 ms (treat as known).", "sample_size",
    {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 145 ksi -> MPa, 1 ksi = 6.894757293168 MPa
r30 = 145*6.894757293168
add("customer datasheet says tensile 145 ksi — what's that in MPa?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-4}, r30)

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, pultrusion/composites engineer and fintech quality manager",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
print("wrote", out)
