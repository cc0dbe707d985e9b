"""Reference answers for round36c (sports-science lab + HVAC-R tech voice)."""
import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
import statsmodels.api as sm
from statsmodels.formula.api import ols

items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t, x, r = sp.symbols('t x r', positive=True)

# r01 calculus: distance = ∫0^4 10(1-e^{-t/1.2}) dt
d = sp.integrate(10*(1-sp.exp(-t/sp.Rational(6,5))), (t, 0, 4))
add("sprinter velocity model v(t) = 10(1 − e^(−t/1.2)) m/s from the blocks. how many metres "
    "covered in the first 4 s? exact form is fine", "calculus", {"rule": "expr"}, str(sp.simplify(d)))

# r02 calculus: derivative of discharge-line temp T(t)=45-20e^{-t/8}
dT = sp.diff(45-20*sp.exp(-t/8), t)
add("Discharge line temp after startup is following T(t) = 45 − 20·e^(−t/8) °C, t in minutes. "
    "Give me dT/dt as a function of t.", "calculus", {"rule": "expr"}, str(dT))

# r03 calculus: max of P(v)=F0 v (1 - v/v0), F0=800, v0=10 -> F0 v0/4
v = sp.symbols('v', positive=True)
P = 800*v*(1-v/10); vs = sp.solve(sp.diff(P, v), v)[0]
add("Linear force-velocity profile off the force plate: F(v) = 800·(1 − v/10) N with v in m/s. "
    "Power is F·v. What's the peak power in watts?", "calculus", {"rule": "expr"}, str(P.subs(v, vs)))

# r04 calculus: Q = ∫0^R u(r) 2πr dr, u = 8(1-(r/0.2)^2)
Q = sp.integrate(8*(1-(r/sp.Rational(1,5))**2)*2*sp.pi*r, (r, 0, sp.Rational(1,5)))
add("round duct, R = 0.2 m, fully developed laminar-ish profile u(r) = 8(1 − (r/0.2)²) m/s. "
    "integrate over the cross-section — volumetric flow in m³/s?", "calculus", {"rule": "expr"}, str(Q))

# r05 algebra: roots of 2x^2-7x+3
add("quick one: roots of 2x² − 7x + 3 = 0", "algebra", {"rule": "set"},
    [float(s) for s in sp.solve(2*x**2-7*x+3, x)])

# r06 algebra: 140 = 60 + 100 e^{-30/tau} -> tau = 30/ln(5/4)
tau = sp.symbols('tau', positive=True)
tsol = sp.solve(sp.Eq(140, 60+100*sp.exp(-30/tau)), tau)[0]
add("HR recovery model HR(t) = 60 + 100·e^(−t/τ) bpm. Athlete was at 140 bpm thirty seconds "
    "after stopping. Solve for τ (seconds), exact please.", "algebra", {"rule": "expr"}, "30/log(5/4)")
assert abs(float(tsol) - 30/__import__("math").log(1.25)) < 1e-9  # sanity: same value

# r07 algebra: roots of cubic x^3-6x^2+11x-6
add("Solve x^3 - 6x^2 + 11x - 6 = 0 for all real x.", "algebra", {"rule": "set"},
    [float(s) for s in sp.solve(x**3-6*x**2+11*x-6, x)])

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] -> 5, 2
A = sp.Matrix([[4, 1], [2, 3]])
add("eigenvalues of the 2x2 [[4, 1], [2, 3]]? it's the coupling matrix from our two-zone "
    "thermal model", "linear_algebra", {"rule": "set"}, [float(e) for e in A.eigenvals()])

# r09 linear algebra: det of 3x3
B = sp.Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 4]])
add("Determinant of\n  2 1 1\n  1 3 2\n  1 0 4\n(rows as written)", "linear_algebra",
    {"rule": "number", "tol": 1e-6}, float(B.det()))

# r10 probability: VO2max ~ N(48, 6^2), P(X>55)
add("Our squad's VO2max is roughly normal, μ = 48 ml/kg/min, σ = 6. What fraction of players "
    "would test above 55?", "probability", {"rule": "number", "tol": 1e-4},
    float(stats.norm.sf(55, 48, 6)))

# r11 probability: Binomial(20, 0.03), P(X>=2)
add("3% of the scroll compressors from this batch fail in the first year, independently. I "
    "installed twenty of them this season. Probability that at least two fail in year one?",
    "probability", {"rule": "number", "tol": 1e-4}, float(stats.binom.sf(1, 20, 0.03)))

# r12 probability: Poisson(4.2), P(X=6)
add("no-cool calls come in at an average of 4.2 per day during July (Poisson). P(exactly 6 "
    "calls tomorrow)?", "probability", {"rule": "number", "tol": 1e-4},
    float(stats.poisson.pmf(6, 4.2)))

# r13 probability: Bayes P(leak|pos) = .05*.92/(.05*.92+.95*.06)
pp = 0.05*0.92/(0.05*0.92+0.95*0.06)
add("About 5% of the rooftop units we service actually have a refrigerant leak. The electronic "
    "sniffer flags 92% of true leaks but also alarms on 6% of tight systems. If it alarms on a "
    "unit, what's the probability there really is a leak?", "probability",
    {"rule": "number", "tol": 1e-4}, pp)

# r14 one-sample t, two-sided vs 11.0, p-value
sprint = [11.12, 10.98, 11.25, 11.31, 11.04, 11.19, 10.95, 11.22, 11.08, 11.27]
tt = stats.ttest_1samp(sprint, 11.0)
add("100 m times (s) for one athlete this block:\n11.12 10.98 11.25 11.31 11.04 11.19 10.95 "
    "11.22 11.08 11.27\nIs the mean different from 11.00 s? one-sample t, two-sided — just give "
    "me the p-value", "hypothesis_test", {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(tt.pvalue))

# r15 paired t statistic, post - pre
pre = [38.2, 41.5, 35.9, 44.0, 39.7, 42.3, 36.8, 40.1]
post = [40.1, 42.0, 37.5, 45.2, 39.5, 44.6, 38.9, 41.0]
pt = stats.ttest_rel(post, pre)
add("CMJ jump height (cm), same 8 athletes before and after the 6-wk plyo block\n"
    "athlete pre  post\n1 38.2 40.1\n2 41.5 42.0\n3 35.9 37.5\n4 44.0 45.2\n5 39.7 39.5\n"
    "6 42.3 44.6\n7 36.8 38.9\n8 40.1 41.0\npaired t-test on the differences (post − pre): "
    "what's the t statistic?", "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "statistic"}, float(pt.statistic))

# r16 Welch two-sample t, two-sided p-value
ta = [9.8, 11.2, 10.5, 12.1, 10.9, 11.6, 10.2]
tb = [12.4, 13.1, 11.8, 12.9, 13.6, 12.2]
wt = stats.ttest_ind(ta, tb, equal_var=False)
add("Superheat readings (°F) on the same model of split system, measured by two techs:\n"
    "Tech A: 9.8, 11.2, 10.5, 12.1, 10.9, 11.6, 10.2\nTech B: 12.4, 13.1, 11.8, 12.9, 13.6, 12.2\n"
    "Welch's t-test (unequal variances), two-sided. p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"}, float(wt.pvalue))

# r17 chi-square goodness of fit vs uniform over 5 weekdays
obs = [18, 12, 9, 11, 20]
cg = stats.chisquare(obs)
add("compressor lockout calls by weekday last year: Mon 18, Tue 12, Wed 9, Thu 11, Fri 20. "
    "chi-square goodness-of-fit against equal frequency across the five days — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-3, "key": "p_value"}, float(cg.pvalue))

# r18 OLS slope amps ~ outdoor temp
temp = [75, 80, 85, 90, 95, 100, 105]
amps = [14.1, 14.9, 15.6, 16.6, 17.2, 18.3, 19.0]
lr = stats.linregress(temp, amps)
add("Logged compressor RLA draw vs outdoor ambient on a 4-ton unit:\n"
    "OAT_F  amps\n75  14.1\n80  14.9\n85  15.6\n90  16.6\n95  17.2\n100 18.3\n105 19.0\n"
    "least-squares slope, amps per °F?", "regression",
    {"rule": "number", "tol": 1e-4, "key": "slope"}, float(lr.slope))

# r19 R^2 of VO2 on HR
hr = [110, 122, 135, 141, 153, 162, 170, 178]
vo2 = [1.45, 1.80, 2.10, 2.38, 2.62, 2.95, 3.08, 3.40]
lr2 = stats.linregress(hr, vo2)
add("Fitting VO2 (L/min) against heart rate from a graded treadmill test. HR: 110, 122, 135, "
    "141, 153, 162, 170, 178. VO2: 1.45, 1.80, 2.10, 2.38, 2.62, 2.95, 3.08, 3.40. Simple "
    "linear fit of VO2 on HR — what's the R²?", "regression",
    {"rule": "number", "tol": 1e-4, "key": "r_squared"}, float(lr2.rvalue**2))

# r20 one-way ANOVA p-value, three spike models
s1 = [4.12, 4.08, 4.15, 4.20, 4.10]
s2 = [4.05, 4.01, 4.09, 4.03, 4.07]
s3 = [4.18, 4.22, 4.14, 4.25, 4.19]
a1 = stats.f_oneway(s1, s2, s3)
add("30 m sprint times (s), same group rotating through three spike models:\n"
    "model X: 4.12 4.08 4.15 4.20 4.10\nmodel Y: 4.05 4.01 4.09 4.03 4.07\n"
    "model Z: 4.18 4.22 4.14 4.25 4.19\none-way ANOVA, p-value for a difference among models?",
    "anova", {"rule": "number", "tol": 1e-3, "key": "p_value"}, float(a1.pvalue))

# r21 one-way ANOVA F statistic, four fans
f1 = [812, 798, 825, 805]
f2 = [840, 852, 835, 848]
f3 = [790, 802, 785, 796]
f4 = [820, 815, 830, 811]
a2 = stats.f_oneway(f1, f2, f3, f4)
add("Traverse readings, supply trunk velocity in fpm, four replacement blower wheels, 4 "
    "readings each:\nwheel1 812 798 825 805\nwheel2 840 852 835 848\nwheel3 790 802 785 796\n"
    "wheel4 820 815 830 811\nWhat F do I get from a one-way ANOVA across the wheels?", "anova",
    {"rule": "number", "tol": 1e-3, "key": "statistic"}, float(a2.statistic))

# r22 design: main effect of A in 2^2: ((a + ab) - ((1) + b))/2
y1, ya, yb, yab = 28.0, 36.0, 31.0, 45.0
effA = ((ya + yab) - (y1 + yb)) / 2
add("2² factorial on the isokinetic rig, A = cadence (low/high), B = load (low/high), one run "
    "per cell. Peak torque N·m: (1) = 28, a = 36, b = 31, ab = 45. Estimate the main effect of "
    "A (avg at high A minus avg at low A).", "design", {"rule": "number", "tol": 1e-6}, effA)

# r23 design runs: 2^(6-2) = 16 + 4 centre points = 20
add("planning a screening experiment on the chiller test stand: six factors, quarter fraction "
    "of the two-level factorial (2^(6−2)), plus 4 centre points. total number of runs?",
    "design", {"rule": "runs"}, 2**(6-2) + 4)

# r24 design runs: Box-Behnken 3 factors = 12 edge-midpoint runs + 3 centre = 15
add("How many runs in a Box–Behnken design for 3 factors (stride frequency, incline, load) "
    "with 3 centre points, single replicate?", "design", {"rule": "runs"}, 12 + 3)

# r25 X-bar chart UCL: 24.6 + A2(n=5)=0.577 * 1.8
add("X̄–R chart on suction line temp, subgroups of 5. Grand mean 24.6 °F, R̄ = 1.8 °F. "
    "Upper control limit for the X̄ chart?", "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"}, 24.6 + 0.577*1.8)

# r26 c-chart UCL = cbar + 3 sqrt(cbar)
leaks = [3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 4, 7, 2, 3, 5, 4, 3, 2, 4]
cbar = float(np.mean(leaks))
add("braze joint leaks found per coil at end-of-line helium test, 20 coils in a row: "
    "3 5 2 4 6 3 1 4 5 2 3 4 7 2 3 5 4 3 2 4. c chart — UCL?", "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"}, cbar + 3*math.sqrt(cbar))

# r27 capability Cpk = min(USL-mu, mu-LSL)/(3 sigma) with within sigma 0.8
add("Target superheat window is 8 to 14 °F on these TXV systems. Process mean 10.2 °F, "
    "within-subgroup σ = 0.8 °F. Cpk?", "capability",
    {"rule": "number", "tol": 1e-4, "key": "cpk"}, min(14-10.2, 10.2-8)/(3*0.8))

# r28 capability REFUSE: no spread information given
add("superheat spec 8–14 °F, fleet average came out 10.2 °F. what's our Cpk?", "capability",
    {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_.975 * 6 / 1.5)^2)
z = stats.norm.ppf(0.975)
add("want to estimate the mean VO2max of our academy players to within ±1.5 ml/kg/min at 95% "
    "confidence; pilot σ ≈ 6. how many players do I need to test?", "sample_size",
    {"rule": "int", "key": "n"}, int(math.ceil((z*6/1.5)**2)))

# r30 unit conversion: 400 CFM -> m^3/s (1 ft^3 = 0.028316846592 m^3)
add("400 CFM in m³/s?", "unit_conversion", {"rule": "number", "tol": 1e-4},
    400*0.028316846592/60)

assert len(items) == 30
doc = dict(suite="round36c", type="reason",
           description="round36c unseen questions, sports-science lab researcher and HVAC-R service tech",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round36c.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print(out)
