import os
import math, yaml
import numpy as np, sympy as sp
from scipy import stats
from statsmodels.formula.api import ols
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round43c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")
# r01 calculus: d/dt of 90*(1-exp(-t/4)) = 45/2*exp(-t/4)
d = sp.simplify(sp.diff(90 * (1 - sp.exp(-t / 4)), t))
add(
    "flotation kinetics fit came back as R(t)=90(1−e^(−t/4)) % with t in min, need the rate dR/dt as a function of t so i can see where the rougher bank stops pulling its weight",
    "calculus",
    {"rule": "expr"},
    str(d),
)

# r02 calculus: tonnes = ∫0^6 (400+50 sin(pi t/12)) dt = 2400 + 600/pi
v = float(sp.integrate(400 + 50 * sp.sin(sp.pi * t / 12), (t, 0, 6)))
add(
    "SAG feed rate wanders like Q(t)=400+50sin(πt/12) t/h (t in hours from start of shift) how many tonnes went thru the mill in the first 6 hrs",
    "calculus",
    {"rule": "number", "tol": 1e-6},
    v,
)

# r03 calculus: minimise C(x)=2000/x+5x, x>0 -> C'=0 -> x=sqrt(400)=20
xs = sp.solve(sp.diff(2000 / x + 5 * x, x), x)
xmin = [s for s in xs if s > 0][0]
add(
    "our grind cost model per tonne is C(x) = 2000/x + 5x where x is the target P80 in microns (x>0) — what P80 gives the minimum cost?",
    "calculus",
    {"rule": "number", "tol": 1e-6},
    float(xmin),
)

# r04 calculus: ∫0^∞ x e^{-2x} dx = 1/4
v = sp.integrate(x * sp.exp(-2 * x), (x, 0, sp.oo))
add(
    "integrate x·e^(−2x) dx from 0 to infinity (residence time moment thing for the leach tanks)",
    "calculus",
    {"rule": "expr"},
    str(v),
)

# r05 algebra: two-product recovery R = c(f-t)/(f(c-t)) with f=2.4, c=48, t=0.3 (as fraction)
f_, c_, t_ = 2.4, 48.0, 0.3
R = c_ * (f_ - t_) / (f_ * (c_ - t_))
add(
    "two product formula gold circuit, feed assay 2.4 g/t conc 48g/t tails 0.30 g/t, whats the recovery R = c(f−t)/[f(c−t)] — give it as a fraction not %",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    R,
)

# r06 algebra: roots of x^3-6x^2+11x-6 = 1,2,3
roots = sorted(float(r) for r in sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x))
add(
    "Solve x³ − 6x² + 11x − 6 = 0, all the roots please, came out of a cubic fit on the thickener underflow curve",
    "algebra",
    {"rule": "set"},
    roots,
)

# r07 algebra: blend A (1.8 g/t) + B (4.2 g/t) = 600 t at 2.6 g/t -> A = 400 t
a = sp.symbols("a")
A = sp.solve(sp.Eq(1.8 * a + 4.2 * (600 - a), 2.6 * 600), a)[0]
add(
    "need to blend stockpile A at 1.8g/t with stockpile B at 4.2g/t to make 600t of mill feed at exactly 2.6g/t, how many tonnes of A go in",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(A),
)

# r08 linear algebra: det [[2,-1,0],[3,4,1],[1,0,5]] = 54
M = sp.Matrix([[2, -1, 0], [3, 4, 1], [1, 0, 5]])
add(
    "determinant of the 3x3 from my mass balance: rows [2, −1, 0], [3, 4, 1], [1, 0, 5]",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(M.det()),
)

# r09 linear algebra: eigenvalues of [[4,1],[2,3]] = 2,5
ev = sorted(float(e) for e in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add(
    "eigenvalues of A = [[4,1],[2,3]]? its the coefficient matrix from our two stage cleaner circulating load model",
    "linear_algebra",
    {"rule": "set"},
    ev,
)

# r10 probability: Binomial(12, 0.08), P(X>=2)
p = 1 - stats.binom.cdf(1, 12, 0.08)
add(
    "each core sample has an 8% chance of a failed QAQC check (independent), lab runs a batch of twelve, prob that 2 or more fail?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p),
)

# r11 probability: Poisson(1.5), P(X<=2)
p = stats.poisson.cdf(2, 1.5)
add(
    "ball mill trips average 1.5 per week, assume poisson, whats P(at most 2 trips in a given week)",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p),
)

# r12 probability: Normal(2.8, 0.35), P(X<2.2)
p = stats.norm.cdf(2.2, 2.8, 0.35)
add(
    "head grade is normally distributed mean 2.8 g/t sd 0.35 g/t — probability a days feed comes in below the 2.2 g/t cutoff?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p),
)

# r13 probability: Bayes, P(B|As) = 0.4*0.15/(0.6*0.05+0.4*0.15) = 2/3
pb = (
    sp.Rational(4, 10)
    * sp.Rational(15, 100)
    / (sp.Rational(6, 10) * sp.Rational(5, 100) + sp.Rational(4, 10) * sp.Rational(15, 100))
)
add(
    "60% of the crusher feed comes from pit A and 40% from pit B. 5% of pit A truckloads are high arsenic, 15% of pit B loads are. a load tests high As — whats the probability it came from pit B?",
    "probability",
    {"rule": "expr"},
    str(pb),
)

# r14 hypothesis: one-sample t, two-sided, mu0=88
rec = [86.9, 88.4, 87.2, 85.8, 89.1, 86.5, 87.7, 86.2, 88.0, 86.8]
r = stats.ttest_1samp(rec, 88.0)
add(
    "daily Cu recoveries % last 10 days: 86.9 88.4 87.2 85.8 89.1 86.5 87.7 86.2 88.0 86.8 . design says 88%, one sample t test two sided, p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r.pvalue),
)

# r15 hypothesis: Welch two-sample t, two-sided
s1 = [24.1, 25.3, 23.8, 26.0, 24.7, 25.1]
s2 = [22.9, 23.5, 24.2, 22.1, 23.0, 23.8, 22.6]
r = stats.ttest_ind(s1, s2, equal_var=False)
add(
    """conc grade %Cu with new collector: 24.1, 25.3, 23.8, 26.0, 24.7, 25.1
old collector: 22.9, 23.5, 24.2, 22.1, 23.0, 23.8, 22.6
welch t-test (unequal variances) two-sided, what's the p-value""",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r.pvalue),
)

# r16 hypothesis: paired t, two-sided, lab A vs lab B same pulps
labA = [3.12, 2.85, 4.01, 1.96, 2.47, 3.58, 2.21, 3.90]
labB = [3.05, 2.80, 3.88, 1.99, 2.39, 3.47, 2.18, 3.81]
r = stats.ttest_rel(labA, labB)
add(
    "same 8 pulps sent to both assay labs (g/t Au) — lab A: 3.12,2.85,4.01,1.96,2.47,3.58,2.21,3.90 lab B: 3.05,2.80,3.88,1.99,2.39,3.47,2.18,3.81. paired t test 2 sided is there a bias, give p",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r.pvalue),
)

# r17 hypothesis: REFUSE - no sample sizes or variability given
add(
    "new frother trial got 89.1% avg recovery vs 87.6% for the old one, whats the p-value for the difference? need it for the monthly report",
    "hypothesis_test",
    {"rule": "refuse"},
    None,
)

# r18 regression: slope of mill power kW vs throughput t/h
tph = [310, 335, 350, 372, 390, 405, 428, 445]
kw = [4820, 5010, 5105, 5290, 5400, 5515, 5690, 5800]
lr = stats.linregress(tph, kw)
add(
    "fitting mill power vs tonnage, t/h: 310 335 350 372 390 405 428 445 ; kW: 4820 5010 5105 5290 5400 5515 5690 5800. least squares line kW = a + b·tph, what is the slope b (kW per t/h)",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "slope"},
    float(lr.slope),
)

# r19 regression: R^2 of recovery vs grind P80
p80 = [65, 72, 80, 88, 95, 103, 110]
rc = [91.2, 90.8, 89.9, 89.5, 88.1, 87.9, 86.4]
lr2 = stats.linregress(p80, rc)
add(
    "Recovery (%) vs grind P80 (µm) from the grind-recovery testwork: P80=65,72,80,88,95,103,110 and recovery=91.2,90.8,89.9,89.5,88.1,87.9,86.4. straight line fit, R² ?",
    "regression",
    {"rule": "number", "tol": 1e-6, "key": "r_squared"},
    float(lr2.rvalue**2),
)

# r20 anova: one-way, 3 collectors, p-value
c1 = [88.2, 89.0, 87.5, 88.8, 88.1]
c2 = [89.6, 90.3, 89.9, 90.8, 89.4]
c3 = [87.1, 87.9, 86.8, 88.0, 87.4]
r = stats.f_oneway(c1, c2, c3)
add(
    """bench float tests 3 collectors 5 reps each, recovery %:
PAX 88.2 89.0 87.5 88.8 88.1
SIBX 89.6 90.3 89.9 90.8 89.4
DTP 87.1 87.9 86.8 88.0 87.4
one way anova p-value?""",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "p_value"},
    float(r.pvalue),
)

# r21 anova: one-way F statistic, 4 flotation banks, unequal n
b1 = [12.1, 11.8, 12.6, 12.3]
b2 = [13.0, 12.7, 13.4]
b3 = [11.5, 11.9, 11.2, 11.7, 11.4]
b4 = [12.4, 12.9, 12.2, 12.6]
r = stats.f_oneway(b1, b2, b3, b4)
add(
    "mass pull % from four rougher banks (unequal number of surveys) bank1 12.1,11.8,12.6,12.3 bank2 13.0,12.7,13.4 bank3 11.5,11.9,11.2,11.7,11.4 bank4 12.4,12.9,12.2,12.6 -- whats the F stat from a one-way ANOVA across banks",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(r.statistic),
)

# r22 design: 2^4 full factorial + 3 centre points = 19 runs
add(
    "planning a leach testwork program, 4 factors (NaCN dose, pH, grind, residence time) at 2 levels each, full factorial no replication plus 3 centre points, how many bottle rolls is that total",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: CCD 3 factors: 8 factorial + 6 axial + 4 centre = 18
add(
    "central composite design on the flotation cell: 3 factors (air rate, froth depth, frother dose), full 2^3 factorial portion, the usual 2k axial/star points, and 4 center runs. total number of runs?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 4,
)

# r24 design: 2^2 main effect of A = avg(A+) - avg(A-) = (88+93)/2-(82+85)/2 = 7
add(
    "2² factorial on regrind, A = regrind power, B = cleaner pH, recovery % at (A−,B−)=82, (A+,B−)=88, (A−,B+)=85, (A+,B+)=93 — what is the main effect of A",
    "design",
    {"rule": "number", "tol": 1e-6},
    ((88 + 93) / 2 - (82 + 85) / 2),
)

# r25 control chart: Xbar-R, n=5, A2=0.577, UCL = 2.45 + 0.577*0.32
ucl = 2.45 + 0.577 * 0.32
add(
    "xbar-R chart on the composite head grade, subgroups of 5 shift samples, grand mean 2.45 g/t Rbar 0.32g/t, UCL for the xbar chart?",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    ucl,
)

# r26 control chart: individuals (I-MR) chart UCL = xbar + 3*MRbar/d2, d2=1.128
ind = [52.3, 51.8, 53.1, 52.6, 51.4, 52.9, 53.4, 52.0, 51.7, 52.8]
mr = np.abs(np.diff(ind)).mean()
ucl_i = np.mean(ind) + 3 * mr / 1.128
add(
    "hourly cyclone overflow % solids: 52.3, 51.8, 53.1, 52.6, 51.4, 52.9, 53.4, 52.0, 51.7, 52.8. want an individuals chart (I-MR, moving range of 2), upper control limit for the individuals?",
    "control_chart",
    {"rule": "number", "tol": 1e-3, "key": "ucl"},
    float(ucl_i),
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(8,12)/7.5
cpk = min(90 - 82, 82 - 70) / (3 * 2.5)
add(
    "spec on the ball mill P80 is 70 to 90 µm, process runs at mean 82µm with σ=2.5µm (stable), whats Cpk",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "cpk"},
    cpk,
)

# r28 capability: Ppk with overall sample sd (n-1)
moist = [8.6, 8.9, 8.2, 9.1, 8.7, 8.4, 9.3, 8.8, 8.5, 9.0, 8.3, 8.8]
m, s = np.mean(moist), np.std(moist, ddof=1)
ppk = min(10 - m, m - 7) / (3 * s)
add(
    "filter cake moisture % for the conc shipments, contract says 7.0–10.0 %. last 12 lots: 8.6 8.9 8.2 9.1 8.7 8.4 9.3 8.8 8.5 9.0 8.3 8.8 — Ppk using the overall sample std dev (n−1)?",
    "capability",
    {"rule": "number", "tol": 1e-6, "key": "ppk"},
    float(ppk),
)

# r29 sample size: n = ceil((z_{0.975} * 0.45 / 0.1)^2) = 78
z = stats.norm.ppf(0.975)
n = math.ceil((z * 0.45 / 0.1) ** 2)
add(
    "how many grab samples do i need to estimate the mean stockpile grade to within ±0.1 g/t with 95% confidence, sd from previous campaign is 0.45g/t (assume known σ, normal approx)",
    "sample_size",
    {"rule": "int", "key": "n"},
    n,
)

# r30 unit conversion: 0.25 troy oz/short ton -> g/t (31.1034768 g/ozt, 0.90718474 t/short ton)
gt = 0.25 * 31.1034768 / 0.90718474
add(
    "old us drill reports are in troy oz per short ton, convert 0.25 oz/ton to g/t (metric tonne)",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    gt,
)

assert len(items) == 30
doc = dict(
    suite=ROUND,
    type="reason",
    description=f"{ROUND} unseen questions, mining/mineral-processing metallurgist, run-on terse style",
    thresholds=dict(accuracy=0.9, overconfident=0.0),
    items=items,
)
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
