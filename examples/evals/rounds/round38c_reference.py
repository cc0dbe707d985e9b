"""Reference answers for round38c (marine engineering / air-quality monitoring voice)."""
import os, math
import numpy as np
import sympy as sp
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest
import yaml

ROUND = "round38c"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, n, v, x = sp.symbols("t n v x", real=True)

# r01 calculus: total fuel = ∫0^10 (120 + 30t − 1.5t²) dt = 1200 + 1500 − 500 = 2200 kg
r01 = sp.integrate(120 + 30*t - sp.Rational(3, 2)*t**2, (t, 0, 10))
add("Main engine fuel rate while working up to sea speed is modelled as q(t) = 120 + 30t − 1.5t² kg/h, "
    "t in hours from leaving the pilot station. How much fuel (kg) is burned over the first 10 hours?",
    "calculus", {"rule": "expr"}, str(r01))

# r02 calculus: dP/dn of P = 0.002 n³ at n = 100 -> 0.006*100² = 60 kW per rpm
r02 = sp.diff(sp.Rational(2, 1000)*n**3, n).subs(n, 100)
add("propeller law P = 0.002·n^3 (kW, n in rpm). dP/dn at n=100 rpm?",
    "calculus", {"rule": "expr"}, str(r02))

# r03 calculus: mean of 80 e^{-t/4} over [0,8] = (1/8)∫ = 40(1 − e^{-2})
r03 = sp.simplify(sp.integrate(80*sp.exp(-t/4), (t, 0, 8)) / 8)
assert sp.simplify(r03 - 40*(1 - sp.exp(-2))) == 0
add("After sunset the ozone at our rooftop analyser falls off as C(t) = 80·e^(−t/4) ppb (t in hours). "
    "Find the time-averaged concentration over the first eight hours, exact form please.",
    "calculus", {"rule": "expr"}, "40*(1 - exp(-2))")

# r04 calculus: fuel per nm = F/v = 0.02 v² + 50/v; d/dv = 0.04v − 50/v² = 0 -> v = 1250^(1/3)
g = (sp.Rational(2, 100)*v**3 + 50)/v
sol = [s for s in sp.solve(sp.diff(g, v), v) if s.is_positive]
r04 = float(sol[0])
assert abs(r04 - 1250**(1/3)) < 1e-12
add("Let the hourly fuel burn of a coaster be F(v) = 0.02v³ + 50 kg/h, v being the speed through the water "
    "in knots. It is required to find the speed which makes the fuel burned per nautical mile a minimum.",
    "calculus", {"rule": "number", "tol": 1.0e-4}, r04)

# r05 algebra: 2x² − 3x − 20 = 0 -> x = 4, −5/2
r05 = sorted(float(s) for s in sp.solve(2*x**2 - 3*x - 20, x))
add("roots of 2x² − 3x − 20 = 0", "algebra", {"rule": "set"}, r05)

# r06 algebra: 540a + 800(500 − a) = 322000 -> 260a = 78000 -> a = 300 t HFO
a = sp.symbols("a")
r06 = sp.solve(sp.Eq(540*a + 800*(500 - a), 322000), a)[0]
add("Bunker stem of 500 tonnes total, mix of HFO at $540/t and MGO at $800/t, invoice came to $322,000. "
    "How many tonnes of HFO were in it?", "algebra", {"rule": "expr"}, str(r06))

# r07 algebra: 120·0.85^t = 35 -> t = ln(35/120)/ln(0.85)
r07 = math.log(35/120)/math.log(0.85)
add("PM2.5 in the valley drops 15% per hour once the inversion breaks, starting from 120 µg/m³. "
    "Solve for the number of hours t until it reaches 35 µg/m³ (continuous t, i.e. 120·0.85^t = 35).",
    "algebra", {"rule": "number", "tol": 1.0e-4}, r07)

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> λ² − 7λ + 10 -> 5, 2
r08 = sorted(float(sp.re(e)) for e in sp.Matrix([[4, 1], [2, 3]]).eigenvals())
add("eigenvalues [[4,1],[2,3]]", "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: det [[3,1,2],[0,2,1],[1,0,4]] = 3(8) − 1(0 − 1) + 2(0 − 2) = 21
r09 = sp.Matrix([[3, 1, 2], [0, 2, 1], [1, 0, 4]]).det()
add("Our fuel-blend mass balance gives the coefficient matrix\n"
    "  3 1 2\n  0 2 1\n  1 0 4\nWhat is its determinant?", "linear_algebra", {"rule": "expr"}, str(r09))

# r10 probability: Poisson(2.3), P(X ≥ 4) = 1 − F(3)
r10 = float(stats.poisson.sf(3, 2.3))
add("The station logs PM10 exceedance days at an average of 2.3 per month, Poisson. Probability that a "
    "given month has four or more exceedance days?", "probability", {"rule": "number", "tol": 1.0e-6}, r10)

# r11 probability: X ~ N(18, 6²), P(X > 35)
r11 = float(stats.norm.sf(35, loc=18, scale=6))
add("daily mean PM2.5 ~ Normal(mean 18, sd 6) µg/m³ -> P(day > 35 µg/m³)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r11)

# r12 probability: Binomial(12, 0.08), P(X = 2)
r12 = float(stats.binom.pmf(2, 12, 0.08))
add("Twelve cylinder liners on the big two-stroke; from fleet experience each liner independently has an "
    "8% chance of showing scuffing at the overhaul. What is the probability that exactly two of them do?",
    "probability", {"rule": "number", "tol": 1.0e-6}, r12)

# r13 probability: exponential life, MTBF 8000 h, R(5000) = exp(−5000/8000) = exp(−5/8)
add("Fuel injector life is taken to be exponentially distributed with a mean time between failures of "
    "8000 running hours. Reliability at 5000 hours? exact expression", "probability",
    {"rule": "expr"}, "exp(-5/8)")

# r14 hypothesis test: one-sample t, two-sided, H0 μ = 40
tbn = [38.6, 39.4, 40.1, 38.9, 39.7, 38.2, 39.9, 39.0, 38.8, 39.5]
r14 = stats.ttest_1samp(tbn, 40.0)
add("TBN of system oil, lab results mgKOH/g: 38.6 39.4 40.1 38.9 39.7 38.2 39.9 39.0 38.8 39.5. "
    "Nominal is 40. One-sample t-test, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
harb = [22.4, 25.1, 19.8, 27.3, 24.6, 21.9, 26.0, 23.5]
inl = [17.2, 19.5, 16.8, 21.0, 18.3, 15.9, 20.4]
r15 = stats.ttest_ind(harb, inl, equal_var=False)
add("PM2.5 (µg/m³) daily means. Harbour site: 22.4, 25.1, 19.8, 27.3, 24.6, 21.9, 26.0, 23.5. "
    "Inland site: 17.2, 19.5, 16.8, 21.0, 18.3, 15.9, 20.4. Welch t test (unequal variances), "
    "two-sided: what's the p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: paired t statistic, d = before − after
before = [52.1, 49.8, 55.3, 51.0, 53.6, 50.4, 54.2, 52.8]
after = [48.9, 47.5, 51.6, 49.2, 50.1, 48.8, 50.9, 49.7]
r16 = stats.ttest_rel(before, after)
add("Same ship, eight comparable voyage legs, daily fuel consumption in t/day before hull cleaning and "
    "after:\nbefore: 52.1 49.8 55.3 51.0 53.6 50.4 54.2 52.8\nafter:  48.9 47.5 51.6 49.2 50.1 48.8 50.9 49.7\n"
    "Paired t-test on d = before − after. Give the t statistic.", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r16.statistic))

# r17 hypothesis test: two-proportion z test, pooled, no continuity correction, two-sided
z17, p17 = proportions_ztest([18, 9], [120, 110], alternative="two-sided")
p1, p2 = 18/120, 9/110
pp = 27/230
zchk = (p1 - p2)/math.sqrt(pp*(1 - pp)*(1/120 + 1/110))
assert abs(zchk - z17) < 1e-10
add("Ozone exceedance days: site A had 18 out of 120 monitored days, site B had 9 out of 110. Is the "
    "exceedance rate different? Two-proportion z-test with pooled proportion, no continuity correction, "
    "two-sided. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p17))

# r18 regression: OLS slope of SFOC on load
load = [25, 40, 50, 60, 75, 85, 100]
sfoc = [198, 188, 183, 179, 174, 172, 175]
res18 = stats.linregress(load, sfoc)
add("shop test, engine load % vs SFOC g/kWh:\nload 25 40 50 60 75 85 100\nsfoc 198 188 183 179 174 172 175\n"
    "least-squares straight line sfoc = b0 + b1*load, slope b1?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(res18.slope))

# r19 regression: R² of O3 on Tmax (simple linear, OLS)
tmax = [22, 25, 27, 29, 31, 33, 35, 24, 30]
o3 = [38, 45, 49, 55, 61, 66, 72, 41, 58]
m19 = sm.OLS(o3, sm.add_constant(tmax)).fit()
add("Summer afternoon data, daily max temperature (°C) and peak 1-h ozone (ppb): "
    "(22,38) (25,45) (27,49) (29,55) (31,61) (33,66) (35,72) (24,41) (30,58). Fit ozone = a + b·T by "
    "ordinary least squares; what fraction of the variation in ozone does it explain (R²)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(m19.rsquared))

# r20 anova: one-way F statistic, iron ppm by engine
me1 = [12, 15, 14, 13, 16]; me2 = [18, 17, 20, 19, 21]; ae = [14, 13, 15, 16, 12]
r20 = stats.f_oneway(me1, me2, ae)
add("Fe in lube oil (ppm) from five samples per engine.\n ME1: 12 15 14 13 16\n ME2: 18 17 20 19 21\n "
    "AE1: 14 13 15 16 12\nOne-way ANOVA — F statistic?", "anova",
    {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, PM2.5 at four monitors, five days each
m1 = [14.2, 15.8, 13.9, 16.1, 15.0]; m2 = [17.5, 18.9, 16.8, 19.2, 18.1]
m3 = [15.1, 14.6, 16.3, 15.7, 14.9]; m4 = [16.0, 17.2, 15.5, 16.8, 17.9]
r21 = stats.f_oneway(m1, m2, m3, m4)
add("Four co-located-ish PM2.5 monitors, same five days. Do the monitor means differ? one-way ANOVA, "
    "p-value.\nM1 14.2 15.8 13.9 16.1 15.0\nM2 17.5 18.9 16.8 19.2 18.1\nM3 15.1 14.6 16.3 15.7 14.9\n"
    "M4 16.0 17.2 15.5 16.8 17.9", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r21.pvalue))

# r22 design: 2^4 full factorial (16) + 3 centre points = 19 runs
add("Planning a trial on the auxiliary genset: four factors (fuel temp, injection timing, charge air "
    "pressure, lube feed rate), each at two levels, full factorial, single replicate, plus three centre "
    "points. Total number of runs?", "design", {"rule": "runs"}, 2**4 + 3)

# r23 design: CCD, 3 factors, full 2^3 core (8) + 6 axial + 6 centre = 20
add("central composite design, 3 factors, full 2^3 factorial core, 2k axial points, 6 centre runs -> how "
    "many runs in total?", "design", {"rule": "runs"}, 8 + 2*3 + 6)

# r24 design: 2^2 main effect of A = (a + ab − b − (1))/2 = (760 + 830 − 905 − 820)/2 = −67.5
r24 = ((760 + 830) - (905 + 820))/2
add("A 2² experiment on stack NOx (mg/Nm³), A = EGR (off/on), B = injection timing (retarded/advanced), "
    "one run per cell: (1) = 820, a = 760, b = 905, ab = 830. Estimate the main effect of A.", "design",
    {"rule": "number", "tol": 1.0e-6}, r24)

# r25 control chart: X̄ chart UCL = X̄̄ + A2·R̄, A2(n=5) = 0.577
r25 = 365.2 + 0.577*14.8
add("Xbar-R chart on exhaust gas temperature after each cylinder, subgroups of n = 5 readings. "
    "Grand mean 365.2 °C, average range 14.8 °C. Upper control limit for the Xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, r25)

# r26 control chart: c chart, c̄ = 52/12, UCL = c̄ + 3√c̄
counts = [3, 5, 2, 6, 4, 7, 3, 5, 4, 6, 2, 5]
cbar = sum(counts)/len(counts)
r26 = cbar + 3*math.sqrt(cbar)
add("Count of stack opacity excursions per week for 12 weeks: 3, 5, 2, 6, 4, 7, 3, 5, 4, 6, 2, 5. "
    "Set up a c chart (3-sigma). What is the UCL?", "control_chart",
    {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, r26)

# r27 capability: σ̂ = R̄/d2, d2(n=5) = 2.326; Cpk = min(USL − x̄, x̄ − LSL)/(3σ̂)
sig = 9.26/2.326
r27 = min(140 - 118.0, 118.0 - 100)/(3*sig)
add("Cylinder oil viscosity at 100 °C... no wait, at 40 °C, spec 100 to 140 cSt. From the control chart: "
    "subgroups of 5, grand mean 118.0 cSt, R̄ = 9.26 cSt. Estimate sigma as R̄/d2 and give Cpk.",
    "capability", {"rule": "number", "tol": 1.0e-3, "key": "cpk"}, r27)

# r28 capability: REFUSE — no spread information (no σ, no ranges, no data), Cpk cannot be computed
add("what's the Cpk of the stack NOx analyser readings? average reading 142 mg/Nm³, permit upper limit "
    "200 mg/Nm³", "capability", {"rule": "refuse"}, None)

# r29 sample size: n = (z_{0.975}·σ/E)² = (1.96·8/2)² = 61.46 -> round up to 62
z = stats.norm.ppf(0.975)
r29 = math.ceil((z*8/2)**2)
add("How many daily samples do I need to estimate mean PM2.5 to within ±2 µg/m³ with 95% confidence, "
    "if sigma is about 8 µg/m³ (known, normal approximation)?", "sample_size",
    {"rule": "int", "key": "n"}, r29)

# r30 unit conversion: 28.5 t/day = 28500 kg / 24 h = 1187.5 kg/h
r30 = 28.5*1000/24
add("convert 28.5 tonnes/day fuel consumption to kg/h", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, marine engine engineer and air-quality monitoring scientist",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print("wrote", out)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
