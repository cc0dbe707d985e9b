"""round30b reference answers: renewable-energy engineer + reliability/insurance analyst voice."""
import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round30b"
items = []


def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})


t, v, x = sp.symbols("t v x", positive=True)

# r01 calculus: energy = ∫0^12 4 sin(pi t/12) dt = 96/pi kWh
e = sp.integrate(4 * sp.sin(sp.pi * t / 12), (t, 0, 12))
assert sp.simplify(e - 96 / sp.pi) == 0
add("Clear-sky PV array output is modeled as P(t) = 4 sin(πt/12) kW, t in hours after sunrise, "
    "for 0 ≤ t ≤ 12. How many kWh does it deliver over those 12 hours? exact answer please",
    "calculus", {"rule": "expr"}, str(e))

# r02 calculus: d/dv (1/2 rho A Cp v^3) at v=8 = 1.5*1.225*5000*0.4*64 = 235200
rho, A, Cp = sp.Rational(1225, 1000), 5000, sp.Rational(2, 5)
P = sp.Rational(1, 2) * rho * A * Cp * v**3
d = sp.diff(P, v).subs(v, 8)
assert d == 235200
add(r"wind turbine below rated: P(v) = \frac{1}{2} \rho A C_p v^{3} with \rho = 1.225 kg/m^3, "
    r"A = 5000 m^2, C_p = 0.4. what is dP/dv at v = 8 m/s (in W per m/s)?",
    "calculus", {"rule": "expr"}, str(d))

# r03 calculus: MTTF = ∫0^∞ exp(-(t/1000)^2) dt = 1000*Gamma(3/2) = 500 sqrt(pi)
m = sp.integrate(sp.exp(-(t / 1000) ** 2), (t, 0, sp.oo))
assert sp.simplify(m - 500 * sp.sqrt(sp.pi)) == 0
add("Reliability analyst here. Gearbox bearing survival is Weibull with shape 2 and scale 1000 h, so "
    "R(t) = exp(−(t/1000)²). Using MTTF = ∫₀^∞ R(t) dt, what's the mean time to failure in hours? "
    "Give it in closed form.", "calculus", {"rule": "expr"}, str(m))

# r04 calculus: limit (e^{2x}-1-2x)/x^2 as x->0 = 2
xx = sp.symbols("x")
lim = sp.limit((sp.exp(2 * xx) - 1 - 2 * xx) / xx**2, xx, 0)
assert lim == 2
add(r"evaluate \lim_{x \to 0} \frac{e^{2x} - 1 - 2x}{x^{2}}", "calculus", {"rule": "expr"}, str(lim))

# r05 algebra: roots of 2x^2 - 7x + 3 = 0 -> 1/2, 3
r = sp.solve(2 * xx**2 - 7 * xx + 3, xx)
r = sorted(float(z) for z in r)
add("roots of 2x^2 - 7x + 3 = 0 ?", "algebra", {"rule": "set"}, r)

# r06 algebra: 0.995^n = 0.9 -> n = ln(0.9)/ln(0.995)
n6 = math.log(0.9) / math.log(0.995)
add("Our module datasheet says output degrades 0.5% per year, compounding (so after n years it's "
    "0.995^n of nameplate). Solve for the n (not rounded, real-valued) at which output has fallen to "
    "exactly 90% of nameplate.", "algebra", {"rule": "number", "tol": 1.0e-6}, n6)

# r07 algebra: 2a + 3b = 1300, a - b = 150 -> b = 200
a, b = sp.symbols("a b")
s7 = sp.solve([2 * a + 3 * b - 1300, a - b - 150], [a, b])
assert s7[b] == 200
add("Two unknowns from a site energy balance: 2a + 3b = 1300 and a − b = 150 (both in MWh). "
    "What is b?", "algebra", {"rule": "expr"}, str(s7[b]))

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 5, 2
M = np.array([[4, 1], [2, 3]], dtype=float)
ev = sorted(float(z) for z in np.linalg.eigvals(M).real)
add("Eigenvalues of the 2x2 coupling matrix [[4, 1], [2, 3]] from our grid-stability model?",
    "linear_algebra", {"rule": "set"}, ev)

# r09 linear algebra: det [[2,1,0],[1,3,1],[0,1,4]] = 18
D = sp.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).det()
assert D == 18
add("tower stiffness matrix K = [[2,1,0],[1,3,1],[0,1,4]] (kN/mm units, doesn't matter) — "
    "determinant of K?", "linear_algebra", {"rule": "expr"}, str(D))

# r10 probability: Poisson(2.3), P(X >= 5) = 1 - F(4)
p10 = float(1 - stats.poisson.cdf(4, 2.3))
add("Warranty claims on our inverter line run at 2.3 per 1000 units on average. Treating claims in a "
    "batch of 1000 units as Poisson, what is the probability of five or more claims in the next "
    "batch of 1000?", "probability", {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: Binomial(20, 0.04), P(X = 2)
p11 = float(stats.binom.pmf(2, 20, 0.04))
add("20 string inverters on a site, each independently has a 4% chance of failing in year one. "
    "P(exactly two fail in year one)?", "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: series system, constant hazards, R = exp(-(2e-5+1e-5+5e-6)*8760)
p12 = math.exp(-(2e-5 + 1e-5 + 5e-6) * 8760)
add("Series system, all exponential lifetimes: inverter λ = 2×10⁻⁵ /h, transformer λ = 1×10⁻⁵ /h, "
    "controller λ = 5×10⁻⁶ /h. Any one failing takes the system down. Probability the system "
    "survives one full year of 8760 operating hours?", "probability",
    {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: Bayes, P(D|+) = .03*.95 / (.03*.95 + .97*.02)
p13 = 0.03 * 0.95 / (0.03 * 0.95 + 0.97 * 0.02)
add("Incoming PV modules: 3% have microcracks. The EL inspection flags 95% of cracked modules and "
    "also flags 2% of good ones (false positives). Given a module was flagged, what is the "
    "probability it really has microcracks?", "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis test: one-sample t, two-sided, mu0 = 35
cf = [33.1, 36.4, 31.8, 34.9, 29.7, 32.5, 35.2, 30.6, 33.8, 31.4]
t14 = stats.ttest_1samp(cf, 35.0)
add("developer promised a 35% capacity factor. measured monthly CF (%) for 10 months: "
    "33.1, 36.4, 31.8, 34.9, 29.7, 32.5, 35.2, 30.6, 33.8, 31.4. one-sample t test, two-sided, "
    "H0: μ = 35. p-value?", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(t14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided
A15 = [21.3, 21.8, 21.1, 21.6, 21.9, 21.4, 21.7]
B15 = [20.9, 21.2, 20.6, 21.5, 20.8, 21.0, 20.7, 21.3]
t15 = stats.ttest_ind(A15, B15, equal_var=False)
add("Cell efficiency (%) from two suppliers. Supplier A: 21.3 21.8 21.1 21.6 21.9 21.4 21.7. "
    "Supplier B: 20.9 21.2 20.6 21.5 20.8 21.0 20.7 21.3. Is there a difference in mean efficiency? "
    "Use Welch's t-test (unequal variances), two-sided, and give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(t15.pvalue))

# r16 hypothesis test: pooled two-proportion z test, no continuity correction, two-sided
z16, p16 = proportions_ztest([18, 31], [1200, 1300], alternative="two-sided")
# cross-check by hand
pp = 49 / 2500
zz = (18 / 1200 - 31 / 1300) / math.sqrt(pp * (1 - pp) * (1 / 1200 + 1 / 1300))
assert abs(zz - z16) < 1e-12
add("Insurance side: battery model X had 18 warranty claims out of 1200 units sold, model Y had 31 "
    "claims out of 1300. Pooled two-proportion z-test, no continuity correction, two-sided — "
    "p-value for H0: equal claim rates?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p16))

# r17 hypothesis test: refuse — no sample size or standard deviation given
add("Supplier claims mean panel efficiency of 21.5%. Our incoming sample averaged 21.2%. "
    "At α = 0.05, two-sided, is the supplier's claim rejected? Give the p-value.",
    "hypothesis_test", {"rule": "refuse"}, None)

# r18 regression: OLS slope of power (kW) on wind speed (m/s)
ws = np.array([5, 6, 7, 8, 9, 10], dtype=float)
pw = np.array([180, 310, 480, 720, 1010, 1350], dtype=float)
f18 = sm.OLS(pw, sm.add_constant(ws)).fit()
add("Power curve points from SCADA (below rated):\n"
    "v (m/s): 5 6 7 8 9 10\n"
    "P (kW): 180 310 480 720 1010 1350\n"
    "Fit a straight line P = b0 + b1·v by ordinary least squares. What's the slope b1 in kW per m/s?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(f18.params[1]))

# r19 regression: R^2 of simple linear regression of capacity on cycles
cyc = np.array([0, 100, 200, 300, 400, 500, 600], dtype=float)
cap = np.array([100, 98.6, 97.5, 95.9, 94.8, 93.1, 92.2])
f19 = sm.OLS(cap, sm.add_constant(cyc)).fit()
add("LFP cell fade test — cycles: 0,100,200,300,400,500,600; remaining capacity %: "
    "100, 98.6, 97.5, 95.9, 94.8, 93.1, 92.2. regress capacity on cycles (simple linear), "
    "what's R²?", "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(f19.rsquared))

# r20 anova: one-way ANOVA p-value, 3 inverter brands
g20 = [[97.1, 96.8, 97.4, 97.0, 96.9], [96.5, 96.2, 96.8, 96.4, 96.6],
       [97.3, 97.6, 97.2, 97.8, 97.5]]
a20 = stats.f_oneway(*g20)
add("Weighted (CEC) efficiency % for three inverter brands, five units each:\n"
    "brand A: 97.1, 96.8, 97.4, 97.0, 96.9\n"
    "brand B: 96.5, 96.2, 96.8, 96.4, 96.6\n"
    "brand C: 97.3, 97.6, 97.2, 97.8, 97.5\n"
    "One-way ANOVA — p-value for equal brand means?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(a20.pvalue))

# r21 anova: one-way ANOVA F statistic, 4 sites x 4 years capacity factor
g21 = [[38.2, 36.9, 39.4, 37.5], [34.1, 35.6, 33.8, 35.0], [40.3, 41.2, 39.7, 40.8],
       [36.0, 37.4, 35.2, 36.6]]
a21 = stats.f_oneway(*g21)
add("annual capacity factors (%) at four candidate wind sites, 4 years each —\n"
    "site1 38.2 36.9 39.4 37.5 | site2 34.1 35.6 33.8 35.0 | site3 40.3 41.2 39.7 40.8 | "
    "site4 36.0 37.4 35.2 36.6\n"
    "one-way ANOVA, what is the F statistic?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(a21.statistic))

# r22 design: 2^4 full factorial, 2 replicates -> 32 runs
add("We want to screen four blade-coating factors, each at two levels, full factorial, and run the "
    "whole thing twice (two replicates). How many test runs is that in total?",
    "design", {"rule": "runs"}, 2**4 * 2)

# r23 design: 2^(6-2) fractional factorial -> 16 runs
add("2^{6-2} fractional factorial for six battery-formation process factors, no center points, "
    "one replicate: number of runs?", "design", {"rule": "runs"}, 2 ** (6 - 2))

# r24 design: CCD, k=3: 2^3 factorial + 2*3 axial + 6 center = 20 runs
add("Response surface study on a tracker controller: central composite design in three factors "
    "(full 2^3 factorial core, axial/star points, and six center points), single replicate. "
    "Total runs?", "design", {"rule": "runs"}, 2**3 + 2 * 3 + 6)

# r25 control chart: X-bar UCL = xbarbar + A2*Rbar, A2(n=5) = 0.577
ucl25 = 512.4 + 0.577 * 14.2
add("Bolt torque on tower flange bolts, 25 subgroups of n = 5. Grand mean = 512.4 N·m, average "
    "range R̄ = 14.2 N·m. Upper control limit of the X̄ chart (use A2 = 0.577)?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl25)

# r26 control chart: p-chart UCL, pbar = 60/2500, n = 250
d26 = [6, 4, 9, 5, 7, 3, 8, 6, 5, 7]
pbar = sum(d26) / (250 * len(d26))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 250)
add("p chart for final-test rejects: ten lots of 250 microinverters each, number rejected per lot "
    "= 6, 4, 9, 5, 7, 3, 8, 6, 5, 7. Three-sigma limits. What's the UCL (as a proportion)?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.7,1.3)/0.75
cpk27 = min(22.0 - 21.3, 21.3 - 20.0) / (3 * 0.25)
add("module efficiency spec is 20.0% to 22.0%. process is stable, mean 21.3%, sigma 0.25%. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk27)

# r28 capability: Ppk with overall sample sd (n-1)
voc = np.array([39.6, 39.9, 39.4, 40.1, 39.7, 39.8, 40.0, 39.5, 39.9, 39.6, 40.2, 39.7])
mu28, s28 = voc.mean(), voc.std(ddof=1)
ppk28 = min(41.0 - mu28, mu28 - 38.0) / (3 * s28)
add("Open-circuit voltage Voc (V) on 12 modules: 39.6 39.9 39.4 40.1 39.7 39.8 40.0 39.5 39.9 39.6 "
    "40.2 39.7. Spec limits 38.0 V to 41.0 V. Compute Ppk using the overall sample standard "
    "deviation (n−1 divisor).", "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"},
    float(ppk28))

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*8/2)^2) = 62
z = stats.norm.ppf(0.975)
n29 = math.ceil((z * 8 / 2) ** 2)
assert n29 == 62
add("How many daily readings do I need to estimate mean daily yield of a rooftop system to within "
    "±2 kWh with 95% confidence? Assume σ = 8 kWh is known (normal approx, round up).",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 13.5 kWh * 3.6 MJ/kWh = 48.6 MJ
add("home battery pack is 13.5 kWh — how many megajoules is that?", "unit_conversion",
    {"rule": "number", "tol": 1.0e-6}, 13.5 * 3.6)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, renewable-energy engineer and reliability/"
                      "warranty analyst",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(f"{DIR}/{ROUND}.yaml", "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
