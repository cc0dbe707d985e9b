import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round50b"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, k, D, Q = sp.symbols("t x k D Q")

# r01 derivative of Greenshields flow-density q(k) = 60k(1 - k/120) -> 60 - k
qk = 60 * k * (1 - k / 120)
d1 = sp.expand(sp.diff(qk, k))
assert sp.simplify(d1 - (60 - k)) == 0
add(
    "Hi, for the arterial speed-flow work we're using the Greenshields form q(k) = 60·k·(1 − k/120), "
    "with q in veh/h/lane and k the density in veh/km. Could you give me dq/dk as a function of k? "
    "I want the general expression, not a value at a particular density.",
    "calculus",
    {"rule": "expr"},
    str(d1),
)

# r02 definite integral of inflow hydrograph Q(t)=0.5 t^2 (10 - t), 0..10 min -> 1250/3 m3
V = sp.integrate(sp.Rational(1, 2) * t**2 * (10 - t), (t, 0, 10))
Vn, _ = integrate.quad(lambda s: 0.5 * s**2 * (10 - s), 0, 10)
assert abs(float(V) - Vn) < 1e-9
add(
    "Good morning. The inflow to the Elm St. detention tank during the test pulse was fitted as "
    "Q(t) = 0.5·t²·(10 − t) m³/min for 0 ≤ t ≤ 10 minutes (zero outside that window). "
    "What total volume in m³ entered the tank over the 10 minutes? An exact value is preferred over a rounded one.",
    "calculus",
    {"rule": "expr"},
    str(V),
)

# r03 limit (e^{2x} - 1 - 2x)/x^2 as x->0 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - 2) < 1e-3
add(
    "A quick one that came up while linearising our pressure-decay model: what is the limit as x → 0 of "
    "(e^(2x) − 1 − 2x)/x²? Please give the exact value.",
    "calculus",
    {"rule": "expr"},
    str(L),
)

# r04 optimisation: C(D) = 500 D + 2000/D^2, D>0 -> D = 2
Ccost = 500 * D + 2000 / D**2
crit = [s for s in sp.solve(sp.diff(Ccost, D), D) if s.is_real and s > 0]
assert len(crit) == 1 and sp.diff(Ccost, D, 2).subs(D, crit[0]) > 0
Dn = min(np.linspace(0.5, 5, 450001), key=lambda d: 500 * d + 2000 / d**2)
assert abs(Dn - 2) < 1e-4
add(
    "For the new transmission main we simplified the annualised cost to C(D) = 500·D + 2000/D² "
    "(thousand $/yr), where D is the pipe diameter in feet. The first term is capital and the second "
    "is pumping energy. Which diameter D > 0 minimises C? I only need D, not the cost.",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# r05 pump curve vs system curve: 50 - 0.002Q^2 = 20 + 0.001Q^2 -> Q = 100
sols = [s for s in sp.solve(sp.Eq(50 - sp.Rational(2, 1000) * Q**2, 20 + sp.Rational(1, 1000) * Q**2), Q) if s > 0]
assert len(sols) == 1 and abs(float(sols[0]) - math.sqrt(30 / 0.003)) < 1e-9
add(
    "Booster station No. 3: the pump curve is H = 50 − 0.002·Q² and the system curve is H = 20 + 0.001·Q², "
    "with H in m and Q in L/s. At what flow Q does the pump operate, i.e. where do the two curves "
    "cross for positive Q?",
    "algebra",
    {"rule": "expr"},
    str(sols[0]),
)

# r06 blending hardness: x*450 + (10-x)*120 = 250*10 -> x = 130/33 ML/d
xw = sp.symbols("xw")
sw = sp.solve(sp.Eq(450 * xw + 120 * (10 - xw), 250 * 10), xw)[0]
assert abs(float(sw) - (250 - 120) * 10 / (450 - 120)) < 1e-12
add(
    "We are blending well water (hardness 450 mg/L as CaCO3) with treated surface water (120 mg/L) "
    "to send out 10 ML/d at exactly 250 mg/L. Assuming simple mass-balance mixing, how many ML/d "
    "of the well water should go into the blend? An exact fraction is fine.",
    "algebra",
    {"rule": "expr"},
    str(sw),
)

# r07 roots of 2x^2 - 3x - 9 = 0 -> {-3/2, 3}
rr = sp.solve(2 * x**2 - 3 * x - 9, x)
assert sorted(float(r) for r in rr) == sorted(np.roots([2, -3, -9]).real.tolist())
add(
    "The calibration fit for the new mag meter reduced to 2x² − 3x − 9 = 0. Could you list all "
    "solutions for x, including the negative one? I will decide which one is physical.",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(rr)],
)

# r08 3x3 junction flow system, ask q3 -> 105/2
q1, q2, q3 = sp.symbols("q1 q2 q3")
ls = sp.solve([q1 + q2 + q3 - 120, q1 - q2 - 10, 2 * q2 - q3 - 5], [q1, q2, q3])
A = np.array([[1, 1, 1], [1, -1, 0], [0, 2, -1]], float)
bb = np.array([120, 10, 5], float)
assert abs(np.linalg.solve(A, bb)[2] - float(ls[q3])) < 1e-9
add(
    "For the three-branch loop at the Pine/Oak junction I have these relations between the branch flows (L/s):\n"
    "  1. q1 + q2 + q3 = 120\n"
    "  2. q1 − q2 = 10\n"
    "  3. 2·q2 − q3 = 5\n"
    "Please solve the system and tell me q3.",
    "linear_algebra",
    {"rule": "expr"},
    str(ls[q3]),
)

# r09 eigenvalues of Markov pavement matrix [[0.7,0.2],[0.3,0.8]] -> {1/2, 1}
M = sp.Matrix([[sp.Rational(7, 10), sp.Rational(2, 10)], [sp.Rational(3, 10), sp.Rational(8, 10)]])
ev = sorted(M.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array(M, float)).real), [float(e) for e in ev])
add(
    "Our two-state condition model for signal cabinets (good / needs work) uses the transition matrix "
    "P = [[0.7, 0.2], [0.3, 0.8]]. What are the eigenvalues of P?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# r10 Poisson crashes mean 3.2/yr, P(X >= 6)
lam = 3.2
p10 = float(stats.poisson.sf(5, lam))
p10b = 1 - sum(math.exp(-lam) * lam**i / math.factorial(i) for i in range(6))
assert abs(p10 - p10b) < 1e-12
add(
    "The Main St. / 5th Ave. intersection has averaged 3.2 reported crashes per year. If crashes follow a "
    "Poisson process at that rate, what is the probability of 6 or more crashes next year?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)

# r11 binomial: 8% meters under-register, n=25, P(X <= 2)
p11 = float(stats.binom.cdf(2, 25, 0.08))
p11b = sum(math.comb(25, i) * 0.08**i * 0.92 ** (25 - i) for i in range(3))
assert abs(p11 - p11b) < 1e-12
add(
    "From the bench testing program, about 8% of our residential meters older than 15 years under-register "
    "beyond the AWWA limit. If we pull 25 of them at random, what is the probability that at most 2 "
    "fail? Please use the exact binomial, not a normal approximation.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)

# r12 exponential: mean time between main breaks 18 days, P(no break in 30 days) = e^{-30/18}
p12 = float(stats.expon.sf(30, scale=18))
assert abs(p12 - math.exp(-30 / 18)) < 1e-12
add(
    "On the cast-iron zone, the time between main breaks looks exponential with a mean of 18 days. "
    "What is the probability that we go 30 days without a break?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)

# r13 Bayes: leak prevalence 4%, sensitivity 0.90, false alarm rate 0.07
prev, sens, fpr = 0.04, 0.90, 0.07
p13 = prev * sens / (prev * sens + (1 - prev) * fpr)
p13b = float(sp.Rational(4, 100) * sp.Rational(9, 10) / (sp.Rational(4, 100) * sp.Rational(9, 10) + sp.Rational(96, 100) * sp.Rational(7, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "Our acoustic loggers are a bit noisy. Based on past digs, about 4% of the pipe segments we survey actually "
    "have a leak. A logger flags 90% of the leaking segments, and it also flags 7% of the segments without a leak. "
    "If a logger flags a segment, what is the probability that the segment really has a leak?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# r14 paired t: corridor travel times before/after retiming, two-sided p
before = np.array([412, 388, 455, 397, 430, 402, 468, 421], float)
after = np.array([395, 380, 431, 390, 418, 399, 440, 409], float)
r14 = stats.ttest_rel(before, after)
dd = before - after
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - r14.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - r14.pvalue) < 1e-12
add(
    "We retimed eight corridors and ran floating-car travel times (seconds) before and after on the same routes:\n\n"
    "  corridor   1    2    3    4    5    6    7    8\n"
    "  before    412  388  455  397  430  402  468  421\n"
    "  after     395  380  431  390  418  399  440  409\n\n"
    "Since it's the same corridors, please treat the data as paired. What is the two-sided p-value for the change in mean travel time?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)

# r15 Welch two-sample t: registration accuracy (%) brand A vs B, two-sided p
bA = np.array([99.1, 98.7, 99.4, 98.9, 99.0, 98.6, 99.3, 98.8, 99.2], float)
bB = np.array([98.2, 99.5, 97.9, 98.8, 99.6, 97.7, 98.4, 99.1], float)
r15 = stats.ttest_ind(bA, bB, equal_var=False)
va, vb = bA.var(ddof=1) / len(bA), bB.var(ddof=1) / len(bB)
tw = (bA.mean() - bB.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(bA) - 1) + vb**2 / (len(bB) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "Low-flow registration accuracy (% of true volume) for two meter brands from the test bench:\n"
    "Brand A (n=9): 99.1, 98.7, 99.4, 98.9, 99.0, 98.6, 99.3, 98.8, 99.2\n"
    "Brand B (n=8): 98.2, 99.5, 97.9, 98.8, 99.6, 97.7, 98.4, 99.1\n"
    "Brand B clearly has more scatter, so please do not pool the variances (use Welch's test). "
    "What is the two-sided p-value for a difference in mean accuracy?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)

# r16 two-proportion z test, pooled, two-sided, no continuity correction
x1, n1, x2, n2 = 48, 1200, 27, 1150
p1, p2 = x1 / n1, x2 / n2
pp = (x1 + x2) / (n1 + n2)
z = (p1 - p2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z))
# cross-check: chi-square 2x2 without Yates equals z^2
chi2, p16b, _, _ = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi2 - z**2) < 1e-9 and abs(p16 - p16b) < 1e-12
add(
    "Red-light running at Hillcrest & 9th: before the camera went in, 48 of 1,200 observed red-phase arrivals ran the red. "
    "After installation it was 27 of 1,150. Please run a two-proportion z-test using the pooled proportion, two-sided, "
    "without a continuity correction. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)

# r17 chi-square goodness of fit: weekday crashes vs equal, p-value
obs = np.array([18, 22, 15, 30, 25], float)
r17 = stats.chisquare(obs)
e = obs.sum() / 5
c2 = ((obs - e) ** 2 / e).sum()
assert abs(c2 - r17.statistic) < 1e-12 and abs(stats.chi2.sf(c2, 4) - r17.pvalue) < 1e-12
add(
    "Weekday crash counts on the Route 12 bypass last year were Mon 18, Tue 22, Wed 15, Thu 30, Fri 25. "
    "Is this consistent with crashes being spread equally across the five weekdays? Please use a chi-square "
    "goodness-of-fit test against equal expected counts and report the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r17.pvalue),
)

# r18 regression slope: meter age vs registration error
age = np.array([1, 2, 3, 5, 6, 8, 10, 12, 14, 15], float)
err = np.array([-0.2, -0.4, -0.3, -0.9, -1.0, -1.5, -1.7, -2.4, -2.6, -3.0], float)
r18 = stats.linregress(age, err)
sl = ((age - age.mean()) * (err - err.mean())).sum() / ((age - age.mean()) ** 2).sum()
assert abs(sl - r18.slope) < 1e-12
add(
    "Meter age (years) vs registration error (%) for ten meters pulled last spring:\n\n"
    "  age:   1,    2,    3,    5,    6,    8,   10,   12,   14,   15\n"
    "  error: −0.2, −0.4, −0.3, −0.9, −1.0, −1.5, −1.7, −2.4, −2.6, −3.0\n\n"
    "Fitting an ordinary least-squares line of error on age, what is the slope (% per year)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)

# r19 regression r^2: AADT (thousands) vs annual crashes
aadt = np.array([8.5, 12.0, 15.2, 18.7, 22.1, 25.4, 30.0], float)
cr = np.array([4, 7, 6, 10, 12, 11, 16], float)
r19 = stats.linregress(aadt, cr)
rsq = r19.rvalue**2
resid = cr - (r19.intercept + r19.slope * aadt)
rsq2 = 1 - (resid**2).sum() / ((cr - cr.mean()) ** 2).sum()
assert abs(rsq - rsq2) < 1e-12
add(
    "Seven arterial segments, AADT in thousands of vehicles/day vs crashes last year:\n"
    "AADT: 8.5, 12.0, 15.2, 18.7, 22.1, 25.4, 30.0\n"
    "crashes: 4, 7, 6, 10, 12, 11, 16\n"
    "For a simple linear regression of crashes on AADT, what is the R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(rsq),
)

# r20 one-way ANOVA: chlorine residual at three reservoirs, p-value
g1 = np.array([1.12, 1.05, 1.20, 1.08, 1.15, 1.10], float)
g2 = np.array([0.98, 1.02, 0.95, 1.04, 0.99, 1.01], float)
g3 = np.array([1.09, 1.14, 1.03, 1.11, 1.06, 1.12], float)
r20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 15)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 15) - r20.pvalue) < 1e-12
add(
    "Free chlorine residual (mg/L) grab samples from three reservoirs, six samples each:\n"
    "  North: 1.12, 1.05, 1.20, 1.08, 1.15, 1.10\n"
    "  East:  0.98, 1.02, 0.95, 1.04, 0.99, 1.01\n"
    "  Ridge: 1.09, 1.14, 1.03, 1.11, 1.06, 1.12\n"
    "Could you run a one-way ANOVA and give me the p-value for a difference in mean residual between reservoirs?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)

# r21 two-way ANOVA with replication: timing plan (2) x corridor (3), 2 reps; F for timing plan
data = {
    ("P1", "C1"): [52, 55], ("P1", "C2"): [61, 58], ("P1", "C3"): [47, 50],
    ("P2", "C1"): [48, 46], ("P2", "C2"): [57, 55], ("P2", "C3"): [45, 44],
}
rows = [(a_, b_, y) for (a_, b_), ys in data.items() for y in ys]
df = pd.DataFrame(rows, columns=["plan", "corr", "y"])
fit = smf.ols("y ~ C(plan) * C(corr)", data=df).fit()
tab = anova_lm(fit, typ=2)
F21 = float(tab.loc["C(plan)", "F"])
# hand computation
gm = df.y.mean()
ssA = sum(6 * (df[df.plan == a_].y.mean() - gm) ** 2 for a_ in ["P1", "P2"])
sse = sum(((np.array(ys) - np.mean(ys)) ** 2).sum() for ys in data.values())
F21b = (ssA / 1) / (sse / 6)
assert abs(F21 - F21b) < 1e-9
add(
    "We tried two signal timing plans (P1, P2) on three corridors (C1, C2, C3), with two weekday peak-hour "
    "runs for each combination. Average control delay in s/veh:\n\n"
    "  plan  corridor  run1  run2\n"
    "  P1    C1        52    55\n"
    "  P1    C2        61    58\n"
    "  P1    C3        47    50\n"
    "  P2    C1        48    46\n"
    "  P2    C2        57    55\n"
    "  P2    C3        45    44\n\n"
    "Please fit a two-way ANOVA with both main effects and the plan×corridor interaction. "
    "What is the F statistic for the timing-plan main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    F21,
)

# r22 2^(6-2) fractional factorial + 3 centre points -> 19
n22 = 2 ** (6 - 2) + 3
add(
    "For the pump station commissioning study we have six two-level factors (VFD ramp, setpoint, "
    "PID gain, check valve type, suction tank level, time of day). We plan a quarter-fraction 2^(6−2) design, "
    "single replicate, plus 3 centre points. How many runs in total?",
    "design",
    {"rule": "runs"},
    n22,
)

# r23 Box-Behnken 3 factors, 3 centre points -> 15
n23 = 2 * 2 * math.comb(3, 2) + 3
assert n23 == 12 + 3
add(
    "The coagulant jar-test study has 3 continuous factors (alum dose, pH, rapid-mix speed). "
    "The lab wants a Box-Behnken design with 3 centre points. How many jar runs is that?",
    "design",
    {"rule": "runs"},
    n23,
)

# r24 Plackett-Burman for 10 factors -> 12 runs
n24 = 4 * math.ceil((10 + 1) / 4)
assert n24 == 12
add(
    "For signal cabinet reliability screening, we have 10 two-level factors to screen, main effects only. "
    "If we use the smallest Plackett-Burman design that can hold 10 factors, how many runs is that?",
    "design",
    {"rule": "runs"},
    n24,
)

# r25 u chart: leaks found per km, constant 8 km per inspection, UCL
leaks = np.array([5, 3, 7, 4, 6, 2, 5, 8, 4, 6, 3, 5], float)
nkm = 8.0
ubar = leaks.sum() / (nkm * len(leaks))
ucl25 = ubar + 3 * math.sqrt(ubar / nkm)
# cross-check via c chart scaled: UCL_c / n
cbar = leaks.mean()
assert abs((cbar + 3 * math.sqrt(cbar)) / nkm - ucl25) < 1e-12
add(
    "The leak detection crew surveys 8 km of main every week. Leaks found in the last 12 weeks were: "
    "5, 3, 7, 4, 6, 2, 5, 8, 4, 6, 3, 5. I'd like a u chart on leaks per km, using the standard 3-sigma limits. "
    "What is the UCL in leaks per km?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)

# r26 I-MR: daily pump discharge pressure, UCL of individuals chart
pr = np.array([71.2, 70.8, 72.0, 71.5, 70.6, 71.9, 72.3, 71.1, 70.9, 71.7, 72.1, 71.4], float)
mr = np.abs(np.diff(pr))
d2_2 = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 2 - stats.norm.cdf(z) ** 2, -np.inf, np.inf)[0]
assert abs(d2_2 - 2 / math.sqrt(math.pi)) < 1e-9 and abs(d2_2 - 1.128) < 1e-3
ucl26 = pr.mean() + 2.66 * mr.mean()
assert abs(ucl26 - (pr.mean() + 3 * mr.mean() / d2_2)) / ucl26 < 1e-4
add(
    "Daily average discharge pressure (psi) at the Westside pump station over 12 days:\n"
    "71.2, 70.8, 72.0, 71.5, 70.6, 71.9, 72.3, 71.1, 70.9, 71.7, 72.1, 71.4\n"
    "Please set up an individuals / moving range (I-MR) chart using moving ranges of span 2. "
    "What is the upper control limit of the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# r27 Cpk from mean and sd: meter registration 98.5-101.5, mean 100.3, sd 0.35
mu, sd = 100.3, 0.35
cpk27 = min(101.5 - mu, mu - 98.5) / (3 * sd)
assert abs(cpk27 - float(sp.Rational(12, 10) / sp.Rational(105, 100))) < 1e-12
add(
    "Our meter refurbishment shop must deliver registration accuracy between 98.5% and 101.5%. The shop's "
    "process is stable with mean 100.3% and a within-process standard deviation of 0.35%. "
    "What is the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)

# r28 Cp from Rbar/d2: chlorine residual spec 0.5-2.0, subgroups of 4, Rbar 0.18
d2_4 = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 4 - stats.norm.cdf(z) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 1e-3
sig = 0.18 / 2.059
cp28 = (2.0 - 0.5) / (6 * sig)
assert abs(cp28 - 1.5 * d2_4 / (6 * 0.18)) / cp28 < 1e-3
add(
    "Chlorine residual leaving the plant has spec limits of 0.5 to 2.0 mg/L. We run an X̄-R chart with subgroups "
    "of 4 grab samples, and the average range is R̄ = 0.18 mg/L. Estimating σ as R̄/d2 with d2 = 2.059, "
    "what is the Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp28),
)

# r29 two-sample n per group: delta 3 s, sigma 8 s, alpha .05 two-sided, power .8, normal approx
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 8**2 / 3**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 64 / 9)
add(
    "We want to compare mean intersection delay between the adaptive system and fixed-time plans. "
    "The standard deviation of delay is about 8 s/veh at both sites. We want to detect a 3 s/veh difference "
    "with a two-sided α = 0.05 and 80% power, using equal group sizes and the usual normal (z) approximation. "
    "How many cycles do we need to observe per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 5 MGD (US gallons) -> L/s
gal = sp.Rational(3785411784, 10**9)
ls30 = sp.Rational(5 * 10**6) * gal / 86400
assert abs(float(ls30) - 5e6 * 3.785411784 / 86400) < 1e-9
add(
    "The plant permit is written as 5 MGD (US million gallons per day). Our SCADA reports in L/s. "
    "What is 5 MGD in litres per second?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(ls30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, municipal traffic and water utility engineer (signal timing, pipe flows, pump curves, meter accuracy, crash counts)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
