"""Independent reference answers for round42c (power-plant performance engineer voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round42c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


P, t, x = sp.symbols("P t x")

# r01 calculus: minimise HR(P)=9800-12P+0.05P^2 -> dHR/dP=0 -> P=120 MW
hr = 9800 - 12 * P + sp.Rational(5, 100) * P**2
sol = sp.solve(sp.diff(hr, P), P)
assert sp.diff(hr, P, 2) > 0
add(
    "part-load HR curve fit for unit 2: HR(P) = 9800 − 12·P + 0.05·P² Btu/kWh, P in MW. at what load is heat rate a minimum? MW pls",
    "calculus",
    {"rule": "expr"},
    str(sol[0]),
)

# r02 calculus: incremental heat rate dF/dP at P=400 of F=450+8.2P+0.0025P^2 -> 8.2+0.005*400 = 10.2
F = 450 + sp.Rational(82, 10) * P + sp.Rational(25, 10000) * P**2
ihr = sp.diff(F, P).subs(P, 400)
add(
    "Input/output curve F(P) = 450 + 8.2P + 0.0025P² MMBtu/h (P = net MW). What's the incremental heat rate dF/dP at 400 MW, in MMBtu/MWh?",
    "calculus",
    {"rule": "expr"},
    str(sp.nsimplify(ihr)),
)

# r03 calculus: energy = integral_0^2 (300-100 exp(-t/0.5)) dt = 550 + 50 e^-4 MWh
E = sp.integrate(300 - 100 * sp.exp(-2 * t), (t, 0, 2))
add(
    "fyi after sync the unit ramps as P(t) = 300 − 100·e^(−2t) MW with t in hours. how many MWh gross gets generated over the first 2 h? exact form ok",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(E)),
)

# r04 calculus: d/dP [P^2 ln P] = 2 P ln P + P
d = sp.diff(P**2 * sp.log(P), P)
add(
    "quick one, need the derivative wrt P of P²·ln(P) (it's in a loss-model fit, P in MW). thx",
    "calculus",
    {"rule": "expr"},
    str(sp.expand(d)),
)

# r05 algebra: equal incremental cost dispatch, 8+0.004P1 = 7.5+0.006P2, P1+P2=600 -> P1=310
P1, P2 = sp.symbols("P1 P2")
s = sp.solve(
    [sp.Eq(8 + sp.Rational(4, 1000) * P1, sp.Rational(75, 10) + sp.Rational(6, 1000) * P2), sp.Eq(P1 + P2, 600)],
    [P1, P2],
)
add(
    "Economic dispatch, 2 units, no losses. Incremental costs: unit 1 λ1 = 8 + 0.004·P1 $/MWh, unit 2 λ2 = 7.5 + 0.006·P2 $/MWh. Total demand 600 MW, both within limits. Setting λ1 = λ2, what's P1 in MW?",
    "algebra",
    {"rule": "expr"},
    str(s[P1]),
)

# r06 algebra: roots of s^3-6s^2+11s-6 -> {1,2,3}
sv = sp.symbols("s")
roots = sorted(float(r) for r in sp.solve(sv**3 - 6 * sv**2 + 11 * sv - 6, sv))
add("drum level model char. polynomial s³ − 6s² + 11s − 6 = 0 — what are the roots?", "algebra", {"rule": "set"}, roots)

# r07 algebra: 1000 e^{-t/8} = 250 -> t = 8 ln 4
tt = sp.solve(sp.Eq(1000 * sp.exp(-t / 8), 250), t)
add(
    "Condenser cleanliness margin decays like M(t) = 1000·e^(−t/8) (t in weeks). Solve for t when M hits 250. Exact answer please.",
    "algebra",
    {"rule": "expr"},
    str(sp.expand_log(sp.simplify(tt[0]), force=True)),
)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2,5
A = np.array([[4, 1], [2, 3]], float)
ev = sorted(np.linalg.eigvals(A).real.tolist())
add(
    "eigenvalues of the 2x2 state matrix [[4, 1], [2, 3]] from our linearised boiler-turbine model?",
    "linear_algebra",
    {"rule": "set"},
    [round(v, 12) for v in ev],
)

# r09 linear algebra: coal blend, x1+x2+x3=1, HHV and sulfur balances -> x = (0.4,0.4,0.2); ask x3
M = sp.Matrix([[1, 1, 1], [12000, 10500, 9000], [sp.Rational(2), sp.Rational(12, 10), sp.Rational(6, 10)]])
b = sp.Matrix([1, 10800, sp.Rational(14, 10)])
xs = M.LUsolve(b)
add(
    "Blending 3 coals. HHV: 12,000 / 10,500 / 9,000 Btu/lb; sulfur: 2.0 / 1.2 / 0.6 wt%. Want the blend at exactly 10,800 Btu/lb and 1.4% S, mass fractions sum to 1. Solve the 3x3 system — what mass fraction of coal 3 (the 9,000 Btu/lb one)?",
    "linear_algebra",
    {"rule": "expr"},
    str(xs[2]),
)

# r10 probability: 4 units, FOR 0.05 each, independent; P(at least 3 available) binomial(4, 0.95)
p10 = float(stats.binom.sf(2, 4, 0.95))
add(
    "Station has four identical units, each with forced outage rate FOR = 0.05, outages independent. Probability that at least 3 of the 4 are available at a given hour?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p10,
)

# r11 probability: Poisson mean 2.4 forced outages/yr, P(more than 3) = 1 - P(X<=3)
p11 = float(stats.poisson.sf(3, 2.4))
add(
    "forced outages on U5 avg 2.4/yr, assume Poisson. P(more than 3 forced outages next year) = ?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p11,
)

# r12 probability: HR ~ N(10250, 120^2), P(HR > 10400) = 1 - Phi(1.25)
p12 = float(stats.norm.sf(10400, 10250, 120))
add(
    "Monthly net heat rate is normally distributed, μ = 10,250 Btu/kWh, σ = 120 Btu/kWh. What fraction of months come in above 10,400 Btu/kWh?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    p12,
)

# r13 probability: Bayes, prior 0.02, sens 0.95, false alarm 0.04 -> 0.019/(0.019+0.0392) = 95/291
p13 = (
    sp.Rational(2, 100)
    * sp.Rational(95, 100)
    / (sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(4, 100))
)
add(
    "Acoustic tube-leak detector: when there's a real leak it alarms 95% of the time; with no leak it false-alarms 4% of the time. Prior prob of an active leak on any given day ~2%. Alarm just went off — P(actual leak | alarm)?",
    "probability",
    {"rule": "expr"},
    str(p13),
)

# r14 hypothesis test: one-sample t, two-sided, H0 mu=10300
d14 = [10212, 10265, 10198, 10240, 10310, 10225, 10188, 10257]
r14 = stats.ttest_1samp(d14, 10300)
add(
    "post-overhaul net HR tests (Btu/kWh): 10212 10265 10198 10240 10310 10225 10188 10257. Guarantee is 10,300. one-sample t, two-sided, α=0.05 — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch two-sample t statistic (U3 - U4)
u3 = [38.2, 38.9, 37.6, 38.4, 39.1, 38.0]
u4 = [37.1, 37.9, 36.8, 38.3, 37.5, 36.9, 37.4]
r15 = stats.ttest_ind(u3, u4, equal_var=False)
add(
    "Turbine cycle efficiency (%) from the last few performance tests —\nU3: 38.2, 38.9, 37.6, 38.4, 39.1, 38.0\nU4: 37.1, 37.9, 36.8, 38.3, 37.5, 36.9, 37.4\nWelch t-test (unequal variances), two-sided. Give me the t statistic, U3 minus U4.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r15.statistic),
)

# r16 hypothesis test: paired t, two-sided p-value, after - before
before = [162.4, 165.1, 160.8, 163.9, 161.7, 164.2, 162.9]
after = [166.0, 167.3, 164.1, 166.8, 163.5, 168.0, 165.2]
r16 = stats.ttest_rel(after, before)
add(
    "GT7 online compressor wash trial, corrected output MW same 7 days' conditions, before vs after wash (paired by day):\nbefore 162.4 165.1 160.8 163.9 161.7 164.2 162.9\nafter  166.0 167.3 164.1 166.8 163.5 168.0 165.2\npaired t test two sided, what's p?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r16.pvalue),
)

# r17 hypothesis test: chi-square independence 2x3 (no Yates needed for 2x3), statistic
tab = np.array([[14, 6, 10], [9, 11, 5]])
r17 = stats.chi2_contingency(tab, correction=False)
add(
    "Forced outage events by cause, last 5 yrs. Unit 1: boiler tube 14, turbine/gen 6, BOP 10. Unit 2: boiler tube 9, turbine/gen 11, BOP 5. Is cause independent of unit? Pearson chi-square test of independence, no continuity correction — chi-square statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r17[0]),
)

# r18 regression: OLS slope of HR on load
ld = [150, 200, 250, 300, 350, 400]
hrv = [10920, 10610, 10380, 10240, 10150, 10110]
r18 = stats.linregress(ld, hrv)
add(
    "load (MW) vs net HR (Btu/kWh):\n150 10920\n200 10610\n250 10380\n300 10240\n350 10150\n400 10110\nstraight-line least squares fit HR = a + b·MW, what's the slope b (Btu/kWh per MW)?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(r18.slope),
)

# r19 regression: R^2 of GT output on ambient temperature
amb = [40, 50, 60, 70, 80, 90, 100]
mw = [182.5, 179.8, 176.1, 173.4, 169.0, 166.2, 162.3]
X = sm.add_constant(np.array(amb, float))
r19 = sm.OLS(np.array(mw), X).fit()
add(
    "CT output degrades w/ ambient. compressor inlet temp °F = 40, 50, 60, 70, 80, 90, 100 ; output MW = 182.5, 179.8, 176.1, 173.4, 169.0, 166.2, 162.3. Fit a simple linear regression of MW on temp — R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19.rsquared),
)

# r20 anova: one-way F statistic, 3 suppliers HHV
sa = [11820, 11905, 11760, 11880, 11845]
sb = [11650, 11710, 11590, 11690]
sc = [11900, 11960, 11870, 11935, 11890, 11920]
r20 = stats.f_oneway(sa, sb, sc)
add(
    "As-received HHV (Btu/lb) from lab, three coal suppliers:\nSupplier A: 11820, 11905, 11760, 11880, 11845\nSupplier B: 11650, 11710, 11590, 11690\nSupplier C: 11900, 11960, 11870, 11935, 11890, 11920\nOne-way ANOVA — F stat?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r20.statistic),
)

# r21 anova: one-way p-value, 4 units, 3 tests each
g = [[10310, 10290, 10335], [10260, 10240, 10275], [10350, 10380, 10365], [10300, 10320, 10285]]
r21 = stats.f_oneway(*g)
add(
    "Do the four sister units really differ in heat rate? three corrected tests each (Btu/kWh): U1 10310/10290/10335, U2 10260/10240/10275, U3 10350/10380/10365, U4 10300/10320/10285. single-factor ANOVA p value pls",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r21.pvalue),
)

# r22 design: 2^4 full factorial + 3 center points = 19 runs
add(
    "Planning a combustion tuning test: 4 factors (excess O2, OFA damper, burner tilt, mill bias) each at 2 levels, full factorial, plus 3 centre points. How many test runs total?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 3x3x2 full factorial, 2 replicates = 36
add(
    "cooling tower test matrix — fan speed at 3 levels, circ water flow at 3 levels, number of cells in service 2 levels. full factorial, every combo run twice (2 replicates). total runs?",
    "design",
    {"rule": "runs"},
    3 * 3 * 2 * 2,
)

# r24 design: 2^2 main effect of A = (a + ab - b - (1))/2 = -1.3
y1, ya, yb, yab = 6.2, 5.1, 5.8, 4.3
effA = (ya + yab - yb - y1) / 2
add(
    "2² factorial on a PC boiler, single replicate. A = excess O2 (low/high), B = classifier speed (low/high). Unburned carbon in fly ash, %: (1) = 6.2, a = 5.1, b = 5.8, ab = 4.3. Estimate the main effect of A.",
    "design",
    {"rule": "number", "tol": 1.0e-6},
    round(effA, 10),
)

# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 1002.4 + 0.577 * 6.8
add(
    "Main steam temp X̄–R chart, 25 subgroups of n=5 readings. grand mean 1002.4 °F, R̄ = 6.8 °F. UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    ucl25,
)

# r26 control chart: c-chart, cbar = 108/24 = 4.5, UCL = cbar + 3 sqrt(cbar)
cbar = 108 / 24
ucl26 = cbar + 3 * math.sqrt(cbar)
add(
    "We logged 108 waterwall tube leak indications over the last 24 months (count per month). Setting up a c chart w/ 3-sigma limits, what's the UCL?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"},
    ucl26,
)

# r27 capability: Cp = (USL-LSL)/(6 sigma) = 30/24 = 1.25
add(
    "RH outlet temp spec 1000 ± 15 °F; process σ = 4 °F (within-subgroup est.), mean sits at 1003 °F. What's Cp?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "cp"},
    30 / 24,
)

# r28 capability: Ppk from data, overall s (n-1)
d28 = np.array([2405, 2412, 2398, 2409, 2415, 2403, 2410, 2407, 2418, 2401, 2411, 2406], float)
m28, s28 = d28.mean(), d28.std(ddof=1)
ppk = min((2430 - m28) / (3 * s28), (m28 - 2370) / (3 * s28))
add(
    "throttle pressure spec 2400 ± 30 psig. twelve spot readings: 2405, 2412, 2398, 2409, 2415, 2403, 2410, 2407, 2418, 2401, 2411, 2406. Use overall sample std dev (n−1) → Ppk?",
    "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    float(ppk),
)

# r29 sample size: n = ceil((z_0.975 * sigma / E)^2), sigma=80, E=25 -> 40
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 80 / 25) ** 2)
add(
    "How many heat rate tests do I need so a 95% CI on mean HR is within ±25 Btu/kWh? σ known ≈ 80 Btu/kWh (z-based).",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 unit conversion: 10,500 Btu/kWh -> kJ/kWh, 1 Btu(IT) = 1.05505585262 kJ
kj = 10500 * 1.05505585262
add(
    "convert a net heat rate of 10,500 Btu/kWh to kJ/kWh (IT Btu). thx",
    "unit_conversion",
    {"rule": "number", "tol": 1.0e-4},
    kj,
)

assert len(items) == 30
doc = dict(
    suite=ROUND,
    type="reason",
    description=f"{ROUND} unseen questions, power-plant performance engineer (heat rate, MW, outages)",
    thresholds=dict(accuracy=0.9, overconfident=0.0),
    items=items,
)
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
