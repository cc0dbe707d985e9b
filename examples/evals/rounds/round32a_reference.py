"""round32a reference answers: HVAC / facilities energy voice."""
import os
import math, yaml
import numpy as np
import sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

# r01 calculus: d/dQ of 0.00035 Q^2 at Q=4200 -> 0.0007*4200
Q = sp.symbols("Q")
r01 = float(sp.diff(sp.Rational(35, 100000) * Q**2, Q).subs(Q, 4200))
add("duct static loss modelled as Δp = 0.00035·Q² (Pa, Q in cfm). what's dΔp/dQ at Q = 4200 cfm, in Pa per cfm?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, r01)

# r02 calculus: integral of 50 + 30 sin(pi t/12) from 0 to 12 h -> kWh
t = sp.symbols("t")
r02 = float(sp.integrate(50 + 30 * sp.sin(sp.pi * t / 12), (t, 0, 12)))
add("Cooling load on the east wing follows q(t) = 50 + 30·sin(πt/12) kW with t in hours after 6 am. "
    "How many kWh of cooling are delivered between t = 0 and t = 12 h?",
    "calculus", {"rule": "number", "tol": 1.0e-6}, r02)

# r03 calculus: dT/dt = -0.1 (T - 5), T(0)=21 -> T = 5 + 16 exp(-t/10)
T = sp.Function("T")
sol = sp.dsolve(sp.Eq(T(t).diff(t), -sp.Rational(1, 10) * (T(t) - 5)), T(t), ics={T(0): 21})
r03 = str(sp.simplify(sol.rhs))
add("- HVAC off overnight, outdoor 5 °C\n- zone temp obeys dT/dt = −0.1(T − 5), t in hours\n- T(0) = 21 °C\n"
    "solve for T(t)", "calculus", {"rule": "expr"}, r03)

# r04 calculus: minimize C(x) = 120 x + 900/x, x>0 -> x = sqrt(7.5)
x = sp.symbols("x", positive=True)
crit = sp.solve(sp.diff(120 * x + 900 / x, x), x)
r04 = float(crit[0])
add("Annualized cost of pipe insulation vs heat loss is C(x) = 120x + 900/x dollars, x = insulation thickness in inches (x > 0). "
    "Which thickness x minimizes C?", "calculus", {"rule": "number", "tol": 1.0e-6}, r04)

# r05 algebra: fan curve 600 - 2e-5 Q^2 = system 4e-5 Q^2 -> Q = sqrt(600/6e-5)
r05 = math.sqrt(600 / 6e-5)
add("fan curve dp = 600 - 0.00002*Q^2, system curve dp = 0.00004*Q^2 (Pa, Q cfm). operating point flow Q? (positive root)",
    "algebra", {"rule": "number", "tol": 1.0e-6}, r05)

# r06 algebra: x + y = 900, 0.55x + 0.68y = 540 -> x = 7200/13
xs, ys = sp.symbols("x y")
s6 = sp.solve([xs + ys - 900, sp.Rational(55, 100) * xs + sp.Rational(68, 100) * ys - 540], [xs, ys])
r06 = float(s6[xs])
add("Two chillers share a 900-ton load. Chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant "
    "meter shows 540 kW total. How many tons is chiller A carrying?",
    "algebra", {"rule": "number", "tol": 1.0e-6}, r06)

# r07 algebra: 0.985^n = 0.8 -> n = ln 0.8 / ln 0.985
r07 = math.log(0.8) / math.log(0.985)
add("rooftop unit efficiency drops 1.5% per year, compounding. after how many years (n, not rounded) is it at 80% of original? solve 0.985^n = 0.8",
    "algebra", {"rule": "number", "tol": 1.0e-6}, r07)

# r08 linear algebra: eigenvalues of [[-0.3,0.1],[0.1,-0.2]]
A8 = np.array([[-0.3, 0.1], [0.1, -0.2]])
r08 = sorted(float(v) for v in np.linalg.eigvalsh(A8))
add("two-zone thermal model, state matrix A = [[-0.3, 0.1], [0.1, -0.2]] (1/h). eigenvalues?",
    "linear_algebra", {"rule": "set", "tol": 1.0e-6}, r08)

# r09 linear algebra: det of tridiagonal [[4,-1,0],[-1,4,-1],[0,-1,4]] = 56
r09 = float(sp.Matrix([[4, -1, 0], [-1, 4, -1], [0, -1, 4]]).det())
add("For the nodal conductance matrix of a three-node duct network, [[4, −1, 0], [−1, 4, −1], [0, −1, 4]], what is the determinant?",
    "linear_algebra", {"rule": "number", "tol": 1.0e-6}, r09)

# r10 probability: Poisson(3.2), P(X >= 5) = 1 - cdf(4)
r10 = float(stats.poisson.sf(4, 3.2))
add("HVAC service calls average 3.2 per week (Poisson). P(at least five calls next week)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: Binomial(12, 0.08), P(X = 2)
r11 = float(stats.binom.pmf(2, 12, 0.08))
add("Each of the twelve VAV box actuators on floor 3 independently has an 8% chance of failing this year. "
    "What's the probability that exactly two fail?", "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: N(13, 0.6^2), P(T > 14.2)
r12 = float(stats.norm.sf(14.2, 13, 0.6))
add("supply air temp ~ Normal(μ = 13 °C, σ = 0.6 °C). probability a reading exceeds 14.2 °C?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: Bayes 0.04*0.90 / (0.04*0.90 + 0.96*0.06)
r13 = 0.04 * 0.90 / (0.04 * 0.90 + 0.96 * 0.06)
add("About 4% of our economizers have a stuck damper. The FDD rule flags 90% of stuck ones but also flags 6% of healthy ones. "
    "Given a unit is flagged, what's the probability its damper is actually stuck?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r13)

# r14 hypothesis: one-sample t vs 22.0, two-sided, p-value
d14 = [22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0]
res14 = stats.ttest_1samp(d14, 22.0)
add("thermostat setpoint 22.0 °C. measured zone temps: 22.4, 22.1, 22.6, 21.9, 22.5, 22.8, 22.3, 22.2, 22.7, 22.0. "
    "one-sample t test, two-sided, mean ≠ 22.0 — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res14.pvalue))

# r15 hypothesis: Welch t statistic plant A minus plant B
a15 = [0.58, 0.61, 0.55, 0.63, 0.60, 0.57, 0.59]
b15 = [0.66, 0.71, 0.64, 0.69, 0.73, 0.62]
res15 = stats.ttest_ind(a15, b15, equal_var=False)
add("Comparing chiller plant efficiency (kW/ton). Plant A: 0.58 0.61 0.55 0.63 0.60 0.57 0.59. Plant B: 0.66 0.71 0.64 0.69 0.73 0.62. "
    "Run a Welch (unequal variance) two-sample t test, two-sided; what's the t statistic for A minus B?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res15.statistic))

# r16 hypothesis: paired t, one-sided H1: after < before, p-value
before = [412, 388, 455, 501, 367, 430, 478, 395]
after = [398, 380, 431, 470, 369, 415, 452, 390]
res16 = stats.ttest_rel(after, before, alternative="less")
add("- monthly MWh, 8 buildings, before vs after BMS retrofit (same buildings)\n- before: 412 388 455 501 367 430 478 395\n"
    "- after:  398 380 431 470 369 415 452 390\n- paired t, one-sided, H1: consumption went down\np-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res16.pvalue))

# r17 hypothesis: chi-square independence 2x3 (no Yates for 2x3), statistic
tab17 = np.array([[18, 9, 33], [7, 21, 30]])
chi17 = stats.chi2_contingency(tab17, correction=False)
add("Occupant comfort survey, counts by side of the building. North side: too hot 18, too cold 9, OK 33. South side: too hot 7, too cold 21, OK 30. "
    "Chi-square test of independence between side and complaint type — what's the chi-square statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi17[0]))

# r18 regression: OLS slope of monthly gas use on HDD
hdd = [620, 540, 410, 250, 120, 30, 15, 40, 160, 330, 480, 600]
gas = [1850, 1660, 1340, 930, 610, 390, 360, 420, 700, 1120, 1500, 1800]
lr18 = stats.linregress(hdd, gas)
add("monthly heating degree days (base 65°F): 620 540 410 250 120 30 15 40 160 330 480 600; gas use (therms) same months: "
    "1850 1660 1340 930 610 390 360 420 700 1120 1500 1800. fit therms = a + b·HDD by least squares, what is b (therms per HDD)?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "slope"}, float(lr18.slope))

# r19 regression: R^2 of chiller MWh on CDD
cdd = [12, 35, 88, 190, 310, 420, 405, 260, 110, 30]
mwh = [41, 48, 66, 92, 131, 158, 149, 117, 70, 47]
lr19 = stats.linregress(cdd, mwh)
add("Regressing chiller plant energy (MWh) on cooling degree days for ten months: CDD = 12, 35, 88, 190, 310, 420, 405, 260, 110, 30 "
    "and MWh = 41, 48, 66, 92, 131, 158, 149, 117, 70, 47. What's the R² of the simple linear fit?",
    "regression", {"rule": "number", "tol": 1.0e-4, "key": "r_squared"}, float(lr19.rvalue ** 2))

# r20 anova: one-way F, filter pressure drop by filter type
f1 = [118, 122, 125, 120, 119]
f2 = [131, 128, 135, 133, 130]
f3 = [124, 127, 121, 126, 125]
res20 = stats.f_oneway(f1, f2, f3)
add("clean-filter pressure drop (Pa) at 2000 cfm, three filter brands, 5 filters each\nbrand X: 118 122 125 120 119\n"
    "brand Y: 131 128 135 133 130\nbrand Z: 124 127 121 126 125\none-way ANOVA F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(res20.statistic))

# r21 anova: one-way p-value, EUI by building type
g1 = [82, 95, 88, 91]
g2 = [104, 99, 112, 108]
g3 = [86, 93, 90, 97]
g4 = [120, 111, 117, 125]
res21 = stats.f_oneway(g1, g2, g3, g4)
add("We benchmarked site EUI (kBtu/ft²·yr) for four building types, four buildings each. Offices: 82, 95, 88, 91. "
    "Labs: 104, 99, 112, 108. Schools: 86, 93, 90, 97. Hospitals: 120, 111, 117, 125. "
    "Using one-way ANOVA, what's the p-value for a difference in mean EUI among types?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(res21.pvalue))

# r22 design: 2^4 full factorial + 3 center points = 19 runs
add("Planning a test on the AHU: four factors (supply temp setpoint, static pressure setpoint, economizer min position, fan speed), "
    "each at two levels, full factorial, plus three center points. How many runs total?",
    "design", {"rule": "runs"}, 2 ** 4 + 3)

# r23 design: 3^3 full factorial replicated twice = 54
add("3 factors x 3 levels each (chilled water temp, condenser water temp, load %), full factorial, 2 replicates. number of runs?",
    "design", {"rule": "runs"}, 3 ** 3 * 2)

# r24 design: CCD k=3, full 2^3 core (8) + 6 axial + 6 center = 20
add("central composite design for 3 factors on the cooling tower (fan speed, flow, approach setpoint): full 2³ factorial core, "
    "the usual 2k axial points, and 6 center runs. total runs?",
    "design", {"rule": "runs"}, 2 ** 3 + 2 * 3 + 6)

# r25 control chart: Xbar-R, n=5, A2=0.577: UCL = 55.2 + 0.577*4.1
r25 = 55.2 + 0.577 * 4.1
add("X-bar/R chart on duct static pressure, subgroups of five readings. Grand mean 55.2 Pa, average range 4.1 Pa. "
    "What's the upper control limit for the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26 control chart: c chart, cbar = 9.4, UCL = cbar + 3 sqrt(cbar)
r26 = 9.4 + 3 * math.sqrt(9.4)
add("c-chart for BMS nuisance alarms per day, average 9.4 alarms/day over the baseline period. UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, r26)

# r27 capability: Cpk = min(15-13.8, 13.8-12) / (3*0.35)
r27 = min(15 - 13.8, 13.8 - 12) / (3 * 0.35)
add("discharge air temp spec 12 to 15 °C. process mean 13.8, σ = 0.35 (within). Cpk = ?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, r27)

# r28 capability: Ppk = min(215-203, 203-190) / (3*4.2)
r28 = min(215 - 203, 203 - 190) / (3 * 4.2)
add("Duct leakage test pressure on commissioned runs must fall between 190 and 215 Pa. Over all runs the mean is 203 Pa "
    "with an overall standard deviation of 4.2 Pa. What's Ppk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, r28)

# r29 sample size: n = ceil((z_.975 * 0.9 / 0.25)^2) = 50
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 0.9 / 0.25) ** 2)
add("How many zone sensors do I need to spot-check to estimate the mean thermostat offset to within ±0.25 °C at 95% confidence? "
    "Assume σ = 0.9 °C known.", "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 12000 cfm -> m^3/s
r30 = 12000 * 0.3048 ** 3 / 60
add("12,000 cfm in m³/s?", "unit_conversion", {"rule": "number", "tol": 1.0e-4}, r30)

assert len(items) == 30
doc = {"suite": "round32a", "type": "reason",
       "description": "round32a unseen questions, HVAC engineer / facilities energy analyst",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/round32a.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
