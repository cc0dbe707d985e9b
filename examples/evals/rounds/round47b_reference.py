import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round47b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, X = sp.symbols("t x X")

# r01 derivative of intermediate concentration C_B(t) = 5(e^{-t/10} - e^{-t/2})
CB = 5 * (sp.exp(-t / 10) - sp.exp(-t / 2))
d1 = sp.diff(CB, t)
assert sp.simplify(d1 - (-sp.exp(-t / 10) / 2 + sp.Rational(5, 2) * sp.exp(-t / 2))) == 0
add(
    "Tutorial Q1. For consecutive first-order reactions A → B → C in a batch reactor, the concentration of the "
    "intermediate is given as C_B(t) = 5(e^(−t/10) − e^(−t/2)) mol/L, with t in min. Determine dC_B/dt as a function of t.",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 PFR 2nd order integral int_0^0.8 dX/(1-X)^2 = 4
I2 = sp.integrate(1 / (1 - X) ** 2, (X, 0, sp.Rational(4, 5)))
num2, _ = integrate.quad(lambda u: 1 / (1 - u) ** 2, 0, 0.8)
assert abs(float(I2) - num2) < 1e-9
add(
    "Given that the PFR design equation for a liquid-phase second-order reaction reduces to τ·k·C_A0 = ∫₀^0.8 dX/(1 − X)², "
    "evaluate the integral exactly (X is fractional conversion).",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(((math.exp(2e-4) - 1 - 2e-4) / 1e-8) - float(L3)) < 1e-3
add(
    "Show that the following limit exists and determine its exact value: lim_(x→0) (e^(2x) − 1 − 2x)/x². "
    "(It arises when linearising an Arrhenius-type term about a reference state.)",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 time of max C_B for k1=0.5, k2=0.25 -> 4 ln 2
k1, k2 = sp.Rational(1, 2), sp.Rational(1, 4)
CBt = k1 / (k2 - k1) * (sp.exp(-k1 * t) - sp.exp(-k2 * t))
tmax = sp.solve(sp.diff(CBt, t), t)
tmax = [s for s in tmax if s.is_real][0]
assert sp.simplify(tmax - sp.log(k1 / k2) / (k1 - k2)) == 0
add(
    "Exam Q: A → B → C, both steps first order and irreversible, k1 = 0.5 min⁻¹, k2 = 0.25 min⁻¹, batch reactor "
    "initially pure A (C_A0 = 1 mol/L, no B or C). Determine the time t at which the concentration of B is a "
    "maximum. Give the exact expression in min.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(tmax)),
)
# r05 cubic roots 1,2,3
V = sp.symbols("V")
r5 = sorted(sp.solve(V**3 - 6 * V**2 + 11 * V - 6, V))
assert np.allclose(sorted(np.roots([1, -6, 11, -6]).real), [float(s) for s in r5])
add(
    "A simplified cubic equation of state reduces (in dimensionless volume V) to V³ − 6V² + 11V − 6 = 0. "
    "Determine all roots.",
    "algebra",
    {"rule": "set"},
    [str(s) for s in r5],
)
# r06 blend: m40 + m10 = 300, 0.40 m40 + 0.10 m10 = 0.25*300 -> m40 = 150
m40, m10 = sp.symbols("m40 m10")
s6 = sp.solve([m40 + m10 - 300, sp.Rational(40, 100) * m40 + sp.Rational(10, 100) * m10 - sp.Rational(25, 100) * 300], [m40, m10])
assert s6[m40] == 300 * (sp.Rational(25, 100) - sp.Rational(10, 100)) / (sp.Rational(40, 100) - sp.Rational(10, 100))
add(
    "Given that a 40 wt% NaOH solution is mixed with a 10 wt% NaOH solution in a blending tank to produce 300 kg "
    "of 25 wt% NaOH (no evaporation, steady mass balance), determine the mass in kg of the 40 wt% solution required.",
    "algebra",
    {"rule": "expr"},
    str(s6[m40]),
)
# r07 equilibrium conversion K=4, A+B<->C+D equimolar: X^2/(1-X)^2 = 4 -> X=2/3
s7 = [s for s in sp.solve(sp.Eq(X**2 / (1 - X) ** 2, 4), X) if 0 < s < 1]
assert len(s7) == 1 and s7[0] == sp.Rational(2, 3)
add(
    "Liquid-phase reaction A + B ⇌ C + D, feed equimolar in A and B with no products, equilibrium constant K = 4 "
    "(ideal solution, K = C_C·C_D/(C_A·C_B)). Determine the equilibrium fractional conversion X of A, with 0 < X < 1.",
    "algebra",
    {"rule": "expr"},
    str(s7[0]),
)
# r08 eigenvalues of Jacobian [[-3,1],[2,-2]] -> -4, -1
J = sp.Matrix([[-3, 1], [2, -2]])
ev = sorted(J.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array([[-3, 1], [2, -2]], float)).real), [float(e) for e in ev])
add(
    "The linearised model of two interacting CSTRs has Jacobian A = [[−3, 1], [2, −2]] (min⁻¹). Determine the "
    "eigenvalues of A.",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)
# r09 finite-difference system -> T2
T1, T2, T3 = sp.symbols("T1 T2 T3")
s9 = sp.solve([4 * T1 - T2 - 100, -T1 + 4 * T2 - T3, -T2 + 4 * T3 - 50], [T1, T2, T3])
A9 = np.array([[4, -1, 0], [-1, 4, -1], [0, -1, 4]], float)
assert abs(np.linalg.solve(A9, [100, 0, 50])[1] - float(s9[T2])) < 1e-12
add(
    "A 1-D finite-difference model of steady conduction through a wall gives the nodal equations\n"
    "4T1 − T2 = 100\n−T1 + 4T2 − T3 = 0\n−T2 + 4T3 = 50\n(temperatures in °C). Determine T2 exactly.",
    "linear_algebra",
    {"rule": "expr"},
    str(s9[T2]),
)
# r10 binomial n=12, p=0.08, P(X<=1)
p10 = float(stats.binom.cdf(1, 12, 0.08))
assert abs(p10 - (0.92**12 + 12 * 0.08 * 0.92**11)) < 1e-12
add(
    "Given that each of 12 independent pilot-plant batch runs has probability 0.08 of ending off-spec, determine the "
    "probability that at most one of the 12 runs is off-spec.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)
# r11 Poisson lambda=2.4, P(X>=2)
p11 = float(stats.poisson.sf(1, 2.4))
assert abs(p11 - (1 - math.exp(-2.4) * (1 + 2.4))) < 1e-12
add(
    "Mechanical seal failures on the feed pumps of a distillation unit occur as a Poisson process with a mean of "
    "2.4 failures per year. Determine the probability of two or more seal failures in a given year.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)
# r12 normal T ~ N(350, 4^2), P(T>357)
p12 = float(stats.norm.sf(357, 350, 4))
assert abs(p12 - 0.5 * math.erfc((7 / 4) / math.sqrt(2))) < 1e-12
add(
    "Assume the outlet temperature of a jacketed CSTR is normally distributed with mean 350 K and standard "
    "deviation 4 K. Determine the probability that a randomly chosen reading exceeds 357 K.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)
# r13 Bayes leak detector
prior, sens, fpr = 0.02, 0.95, 0.04
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
p13b = float(sp.Rational(2, 100) * sp.Rational(95, 100) / (sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(4, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "A gas detector on a heat-exchanger bay alarms with probability 0.95 when a leak is present and with probability "
    "0.04 when no leak is present. Given that the prior probability of a leak on any given shift is 0.02, determine "
    "the probability that a leak is present given that the detector has alarmed.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)
# r14 one-sample t
y14 = np.array([74.2, 76.1, 75.8, 73.9, 77.0, 76.4, 75.5, 76.8])
r14 = stats.ttest_1samp(y14, 75.0)
tt = (y14.mean() - 75) / (y14.std(ddof=1) / math.sqrt(len(y14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), 7) - r14.pvalue) < 1e-12
add(
    "Lab data: percentage yields from 8 batches using a new catalyst were 74.2, 76.1, 75.8, 73.9, 77.0, 76.4, 75.5, "
    "76.8. Assuming the yields are normally distributed, test H0: μ = 75 % against a two-sided alternative using a "
    "one-sample t-test. Determine the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r14.pvalue),
)
# r15 paired t
bef = np.array([410, 395, 428, 402, 387, 415, 399, 421], float)
aft = np.array([436, 410, 441, 425, 398, 432, 418, 430], float)
r15 = stats.ttest_rel(aft, bef)
dd = aft - bef
t15 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t15 - r15.statistic) < 1e-10
add(
    "Overall heat-transfer coefficients U (W/m²·K) were measured on the same 8 shell-and-tube exchangers before and "
    "after chemical cleaning.\nbefore: 410, 395, 428, 402, 387, 415, 399, 421\nafter:  436, 410, 441, 425, 398, 432, 418, 430\n"
    "Treating the data as paired, carry out a paired t-test of no mean change (two-sided). Determine the t statistic "
    "(after − before).",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r15.statistic),
)
# r16 Welch t
cA = np.array([62.1, 64.5, 61.8, 63.9, 65.2, 62.7])
cB = np.array([66.4, 69.8, 64.9, 70.5, 67.2, 71.3, 65.8])
r16 = stats.ttest_ind(cA, cB, equal_var=False)
va, vb = cA.var(ddof=1) / 6, cB.var(ddof=1) / 7
tw = (cA.mean() - cB.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / 5 + vb**2 / 6)
assert abs(2 * stats.t.sf(abs(tw), dfw) - r16.pvalue) < 1e-12
add(
    "Conversions (%) in a fixed-bed reactor with two catalyst formulations:\nCatalyst A: 62.1, 64.5, 61.8, 63.9, 65.2, 62.7\n"
    "Catalyst B: 66.4, 69.8, 64.9, 70.5, 67.2, 71.3, 65.8\nDo NOT assume equal variances (use Welch's t-test with the "
    "Welch–Satterthwaite degrees of freedom). Determine the two-sided p-value for H0: μA = μB.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r16.pvalue),
)
# r17 chi-square 2x3 contingency
obs = np.array([[18, 27, 35], [182, 173, 165]], float)
chi2, p17, dof, exp = stats.chi2_contingency(obs, correction=False)
E = obs.sum(1, keepdims=True) * obs.sum(0, keepdims=True) / obs.sum()
assert abs(((obs - E) ** 2 / E).sum() - chi2) < 1e-10 and dof == 2
add(
    "Drums of product from a batch distillation column were classified by shift:\n"
    "            Day  Evening  Night\noff-spec     18     27      35\nin-spec     182    173     165\n"
    "Test whether off-spec rate is independent of shift using the Pearson chi-square test of independence. "
    "Determine the chi-square statistic.",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)
# r18 Arrhenius slope of ln k vs 1/T
T18 = np.array([300, 310, 320, 330, 340], float)
k18 = np.array([0.0021, 0.0043, 0.0085, 0.0160, 0.0290])
lr18 = stats.linregress(1 / T18, np.log(k18))
assert abs(np.polyfit(1 / T18, np.log(k18), 1)[0] - lr18.slope) < 1e-6 * abs(lr18.slope)
add(
    "Rate constants for a first-order decomposition were measured:\nT (K): 300, 310, 320, 330, 340\n"
    "k (s⁻¹): 0.0021, 0.0043, 0.0085, 0.0160, 0.0290\nBy ordinary least squares regression of ln k (natural log) on "
    "1/T (T in K), determine the slope of the Arrhenius plot (units K).",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 GC calibration r^2
c19 = np.array([0, 1, 2, 3, 4, 5], float)
a19 = np.array([0.02, 1.05, 1.98, 3.10, 3.95, 5.08])
lr19 = stats.linregress(c19, a19)
pred = lr19.intercept + lr19.slope * c19
r2b = 1 - ((a19 - pred) ** 2).sum() / ((a19 - a19.mean()) ** 2).sum()
assert abs(r2b - lr19.rvalue**2) < 1e-12
add(
    "GC calibration for ethyl acetate: standard concentrations 0, 1, 2, 3, 4, 5 mg/L gave peak areas (arb. units) "
    "0.02, 1.05, 1.98, 3.10, 3.95, 5.08. Fit area = a + b·conc by least squares and determine the coefficient of "
    "determination r².",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)
# r20 one-way ANOVA impellers
g1 = [42.0, 45.5, 39.8, 44.1, 41.7]
g2 = [40.2, 37.9, 42.6, 39.1, 41.3]
g3 = [38.5, 41.0, 36.8, 39.9, 37.4]
r20 = stats.f_oneway(g1, g2, g3)
allg = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (np.mean(g) - allg.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-10 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "Mixing times (s) to reach 95 % homogeneity in a baffled tank were recorded for three impeller types, 5 runs each:\n"
    "Rushton turbine: 42.0, 45.5, 39.8, 44.1, 41.7\nPitched-blade:   40.2, 37.9, 42.6, 39.1, 41.3\n"
    "Hydrofoil:       38.5, 41.0, 36.8, 39.9, 37.4\nCarry out a one-way ANOVA and determine the p-value for the "
    "null hypothesis of equal mean mixing times.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(r20.pvalue),
)
# r21 two-way ANOVA without replication (RCBD): catalysts x feed lots, F for catalysts
Y = np.array([[71.2, 68.5, 74.0, 70.1],
              [73.8, 70.9, 75.6, 72.4],
              [69.5, 67.2, 72.1, 68.8]])  # rows catalysts, cols lots
a_, b_ = Y.shape
gm = Y.mean()
ssA = b_ * ((Y.mean(1) - gm) ** 2).sum()
ssB = a_ * ((Y.mean(0) - gm) ** 2).sum()
sst = ((Y - gm) ** 2).sum()
sse = sst - ssA - ssB
F21 = (ssA / (a_ - 1)) / (sse / ((a_ - 1) * (b_ - 1)))
# cross-check via regression: full additive model vs model without catalyst
rows, cols = np.indices(Y.shape)
y = Y.ravel()
def design(with_a):
    cols_ = [np.ones(y.size)]
    if with_a:
        cols_ += [(rows.ravel() == i).astype(float) for i in range(1, a_)]
    cols_ += [(cols.ravel() == j).astype(float) for j in range(1, b_)]
    return np.column_stack(cols_)
def rss(M):
    beta = np.linalg.lstsq(M, y, rcond=None)[0]
    return ((y - M @ beta) ** 2).sum()
rf, rr = rss(design(True)), rss(design(False))
F21b = ((rr - rf) / (a_ - 1)) / (rf / ((a_ - 1) * (b_ - 1)))
assert abs(F21 - F21b) < 1e-8 * F21
add(
    "Yield (%) from three catalysts, each tested once on each of four feedstock lots (lots treated as blocks, "
    "no replication, additive model with no interaction):\n"
    "            Lot1  Lot2  Lot3  Lot4\nCatalyst 1: 71.2  68.5  74.0  70.1\nCatalyst 2: 73.8  70.9  75.6  72.4\n"
    "Catalyst 3: 69.5  67.2  72.1  68.8\nUsing two-way ANOVA without replication, determine the F statistic for the "
    "catalyst effect.",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F21),
)
# r22 CCD 3 factors, 6 centre points -> 20
k = 3
runs22 = 2**k + 2 * k + 6
add(
    "Given that a central composite design is to be used to optimise a reactor with 3 factors (temperature, pressure, "
    "residence time), with a full 2³ factorial core, 6 axial (star) points and 6 centre points, determine the total "
    "number of experimental runs.",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 4 factors + 3 centre points -> 27
k = 4
import itertools
bbd = set()
for i, j in itertools.combinations(range(k), 2):
    for si, sj in itertools.product([-1, 1], repeat=2):
        pt = [0] * k; pt[i] = si; pt[j] = sj
        bbd.add(tuple(pt))
runs23 = len(bbd) + 3
assert len(bbd) == 2 * k * (k - 1)
add(
    "A Box–Behnken design in 4 factors (agitator speed, feed rate, temperature, catalyst loading) is planned for a "
    "mixing-tank study, with 3 centre points. Determine the total number of runs.",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 2^(6-2) run in duplicate -> 32
runs24 = 2 ** (6 - 2) * 2
add(
    "Screening study on a distillation column: 6 two-level factors in a 2^(6−2) fractional factorial, and the whole "
    "design is run in duplicate (each treatment combination run twice, no centre points). Determine the total number "
    "of runs.",
    "design",
    {"rule": "runs"},
    runs24,
)
# r25 Xbar-R UCL n=4, grand mean 82.5, Rbar 3.2 -> A2 = 3/(d2 sqrt n)
d2_4 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 4 - stats.norm.cdf(w) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 1e-3
ucl25 = 82.5 + 3 / (d2_4 * math.sqrt(4)) * 3.2
assert abs(ucl25 - (82.5 + 0.729 * 3.2)) < 1e-4 * ucl25
add(
    "Reactor outlet concentration is monitored with subgroups of n = 4 samples. From 25 subgroups, the grand mean is "
    "82.5 g/L and the average range R̄ = 3.2 g/L. Determine the upper control limit of the X̄ chart (X̄–R chart, "
    "3-sigma limits).",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart UCL
cnt = np.array([5, 7, 4, 6, 8, 3, 5, 6, 7, 4])
n26 = 150
pbar = cnt.sum() / (n26 * len(cnt))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / n26)
pb = sp.Rational(int(cnt.sum()), n26 * len(cnt))
assert abs(float(pb + 3 * sp.sqrt(pb * (1 - pb) / n26)) - ucl26) < 1e-12
add(
    "Each day 150 filled drums are inspected for off-spec product. Nonconforming counts over 10 days: "
    "5, 7, 4, 6, 8, 3, 5, 6, 7, 4. Set up a p chart (3-sigma limits, constant n) and determine the UCL.",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)
# r27 Cp pH spec 7.0-7.6, sigma 0.08 -> 1.25
cp27 = (7.6 - 7.0) / (6 * 0.08)
assert sp.Rational(6, 10) / (6 * sp.Rational(8, 100)) == sp.Rational(5, 4)
add(
    "The pH of a neutralisation tank effluent must lie between 7.0 and 7.6. Given that the process standard deviation "
    "is 0.08 pH units, determine the process capability index Cp.",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-6},
    cp27,
)
# r28 Cpk with sigma = Rbar/d2, n=5
d2_5 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 5 - stats.norm.cdf(w) ** 5, -np.inf, np.inf)[0]
assert abs(d2_5 - 2.326) < 1e-3
sig28 = 1.2 / d2_5
cpk28 = min(53 - 50.3, 50.3 - 47) / (3 * sig28)
assert abs(cpk28 - 2.7 / (3 * 1.2 / 2.326)) < 1e-3 * cpk28
add(
    "Bottoms product purity from a distillation column: specification 47.0 to 53.0 wt%. X̄–R data with subgroups of "
    "n = 5 give a grand mean of 50.3 wt% and R̄ = 1.2 wt%. Estimating σ as R̄/d2, determine Cpk.",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-3},
    float(cpk28),
)
# r29 sample size for a mean, sigma 1.8, E 0.5, 95% two-sided -> 50
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 1.8 / 0.5) ** 2)
assert n29 == math.ceil((1.96 * 1.8 / 0.5) ** 2)
add(
    "Given that the standard deviation of measured conversion in a lab reactor is known to be 1.8 percentage points, "
    "determine the minimum number of runs needed to estimate the mean conversion to within ±0.5 percentage points "
    "with 95 % confidence (two-sided, normal/z-based interval).",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 U = 250 Btu/(h ft^2 F) -> W/(m^2 K), IT Btu
btu = 1055.05585262
fac = btu / (3600 * 0.3048**2 * (5 / 9))
u30 = 250 * fac
assert abs(fac - 5.678263) < 1e-5
add(
    "A heat-exchanger datasheet gives an overall heat-transfer coefficient U = 250 Btu/(h·ft²·°F). Convert this to "
    "W/(m²·K), using the International Table Btu.",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(u30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, university lecturer in chemical engineering (reactor kinetics, heat exchangers, distillation, mixing tanks, lab data)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
