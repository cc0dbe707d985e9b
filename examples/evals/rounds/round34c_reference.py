"""Reference answers for round34c (radiology physics / process-safety voice)."""
import os, math
import numpy as np
import sympy as sp
import yaml
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = "round34c"
items = []

def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

# r01 calculus: integrated dose = D0 * ∫0^∞ exp(-ln2 t/T½) dt = D0*T½/ln2 (T½ in hours)
D0, Th = 40.0, 109.8 / 60.0
r01 = float(sp.integrate(D0 * sp.exp(-sp.log(2) * sp.Symbol('t') / sp.Rational(1098, 600)),
                         (sp.Symbol('t'), 0, sp.oo)))
assert abs(r01 - D0 * Th / math.log(2)) < 1e-9
add("F-18 pt just injected, dose rate at 1 m is 40 μGy/h right now. Half-life 109.8 min. If I stand there "
    "forever (lol) what's the total integrated dose in μGy? i.e. integrate 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
    "calculus", {"rule": "number", "tol": 1e-6}, r01)

# r02 calculus: d/dT [A exp(-Ea/(R T))] = A Ea exp(-Ea/(R T)) / (R T^2)
A, Ea, R, T = sp.symbols('A Ea R T', positive=True)
r02 = sp.diff(A * sp.exp(-Ea / (R * T)), T)
add("quick one — derivative of the Arrhenius rate k = A*exp(-Ea/(R*T)) with respect to T? symbolic please",
    "calculus", {"rule": "expr"}, str(sp.simplify(r02)))

# r03 calculus: dh/dt = -0.2 sqrt(h), h(0)=4 -> sqrt(h) = 2 - 0.1 t -> empty at t = 20 min
# separation of variables: t_empty = ∫_0^4 dh / (0.2 sqrt(h)) = 2*sqrt(4)/0.2 = 20
h = sp.Symbol('h', positive=True)
r03 = float(sp.integrate(1 / (sp.Rational(1, 5) * sp.sqrt(h)), (h, 0, 4)))
assert abs(r03 - 20.0) < 1e-12
add("Gravity-draining knockout drum, level obeys dh/dt = −0.2·√h with h in metres and t in minutes. "
    "Starts at h = 4 m. How many minutes until it's empty?",
    "calculus", {"rule": "number", "tol": 1e-6}, r03)

# r04 calculus: ∫0^2 μ e^{-μx} dx with μ=1/2 -> 1 - e^{-1}
x = sp.Symbol('x')
r04 = sp.integrate(sp.Rational(1, 2) * sp.exp(-x / 2), (x, 0, 2))
add("narrow beam, linear attenuation coeff μ = 0.5 cm⁻¹. fraction of photons that interact in the first 2 cm "
    "= ∫₀² μ e^(−μx) dx. exact value?",
    "calculus", {"rule": "expr"}, str(sp.simplify(r04)))

# r05 algebra: exp(-0.2 x) = 0.05 -> x = ln(20)/0.2 mm
r05 = math.log(20) / 0.2
add("What thickness of lead (mm) cuts a narrow-beam intensity to 5% of its unattenuated value if "
    "μ = 0.2 per mm? Assume I = I0·e^(−μx), no buildup.",
    "algebra", {"rule": "number", "tol": 1e-6}, r05)

# r06 algebra: roots of s^3+6s^2+11s+6 = -1,-2,-3
s = sp.Symbol('s')
r06 = sorted(float(v) for v in sp.solve(s**3 + 6*s**2 + 11*s + 6, s))
add("characteristic eqn of our level loop came out as s³ + 6s² + 11s + 6 = 0 — what are the roots?",
    "algebra", {"rule": "set"}, r06)

# r07 algebra: Ea = R ln2 / (1/300 - 1/310), R = 8.314
r07 = 8.314 * math.log(2) / (1/300 - 1/310)
add("Rule-of-thumb check: the rate constant for our exotherm exactly doubles going from 300 K to 310 K. "
    "Using Arrhenius with R = 8.314 J/(mol·K), solve for the activation energy in J/mol.",
    "algebra", {"rule": "number", "tol": 1e-4}, r07)

# r08 linear algebra: eigenvalues of [[-0.3,0.1],[0.2,-0.4]] -> -0.2, -0.5
M = np.array([[-0.3, 0.1], [0.2, -0.4]])
r08 = sorted(float(v) for v in np.linalg.eigvals(M).real)
add("two-compartment tracer kinetics, rate matrix\n[-0.3  0.1]\n[ 0.2 -0.4]\n(units 1/min). eigenvalues?",
    "linear_algebra", {"rule": "set"}, r08)

# r09 linear algebra: blender mass balance -> F = (400, 350, 250); answer F2
Am = np.array([[1, 1, 1], [0.10, 0.40, 0.70], [0.60, 0.30, 0.10]])
bm = np.array([1000, 355, 370])
F = np.linalg.solve(Am, bm)
r09 = float(F[1])
add("Three feeds F1, F2, F3 (kg/h) into a blender. Balances:\n"
    "total: F1 + F2 + F3 = 1000\nsolvent: 0.10F1 + 0.40F2 + 0.70F3 = 355\n"
    "water: 0.60F1 + 0.30F2 + 0.10F3 = 370\nWhat is F2?",
    "linear_algebra", {"rule": "number", "tol": 1e-6}, r09)

# r10 probability: Poisson(3.2), P(X >= 6) = 1 - cdf(5)
r10 = float(stats.poisson.sf(5, 3.2))
add("background on the well counter averages 3.2 counts per second. assuming Poisson, prob of seeing 6 or more "
    "counts in a given 1 s interval?",
    "probability", {"rule": "number", "tol": 1e-6}, r10)

# r11 probability: 1 - 0.98^12
r11 = 1 - 0.98**12
add("We have twelve independent relief valves, each with a 2% chance of failing to lift on demand. "
    "What's the probability at least one of them fails on a given demand?",
    "probability", {"rule": "number", "tol": 1e-6}, r11)

# r12 probability: Normal(12, 1.5), P(X > 15) = 1 - Phi(2)
r12 = float(stats.norm.sf(15, 12.0, 1.5))
add("CTDIvol on our head protocol ~ N(μ = 12.0 mGy, σ = 1.5 mGy). P(a scan exceeds 15 mGy)?",
    "probability", {"rule": "number", "tol": 1e-6}, r12)

# r13 probability: Bayes, sens .95, false alarm .03, prior .01
r13 = 0.95 * 0.01 / (0.95 * 0.01 + 0.03 * 0.99)
add("High-temp trip alarm: fires 95% of the time when there's a genuine runaway onset, and falsely 3% of the "
    "time when there isn't. Genuine onsets are present in 1% of alarm-check intervals. Given the alarm fires, "
    "what's the probability it's a genuine onset?",
    "probability", {"rule": "number", "tol": 1e-6}, r13)

# r14 hypothesis_test: REFUSE - no standard deviation / raw data given
add("mean air kerma from 10 repeat exposures was 2.13 mGy, vendor spec says 2.00 mGy. one-sample t test, "
    "two-sided α=0.05 — what's the p-value?",
    "hypothesis_test", {"rule": "refuse"}, None)

# r15 hypothesis_test: Welch t statistic, A minus B
a = [12.1, 11.8, 12.6, 13.0, 12.4, 11.9]
b = [13.2, 12.9, 14.1, 13.6, 12.7, 13.9, 13.4]
r15 = float(stats.ttest_ind(a, b, equal_var=False).statistic)
add("Batch half-times (min) with two catalysts:\ncat_A: 12.1, 11.8, 12.6, 13.0, 12.4, 11.9\n"
    "cat_B: 13.2, 12.9, 14.1, 13.6, 12.7, 13.9, 13.4\n"
    "Welch's t-test (unequal variances), t statistic for A minus B?",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "statistic"}, r15)

# r16 hypothesis_test: paired t, two-sided p-value
ion = [2.10, 2.35, 1.98, 2.52, 2.21, 2.44, 2.05, 2.30]
tld = [2.16, 2.31, 2.07, 2.60, 2.25, 2.52, 2.08, 2.39]
r16 = float(stats.ttest_rel(tld, ion).pvalue)
add("same 8 phantom positions measured with ion chamber and TLDs (mGy):\n"
    "pos,ion,tld\n1,2.10,2.16\n2,2.35,2.31\n3,1.98,2.07\n4,2.52,2.60\n5,2.21,2.25\n6,2.44,2.52\n7,2.05,2.08\n8,2.30,2.39\n"
    "paired t-test two sided, is there a systematic difference? give the p-value",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "p_value"}, r16)

# r17 hypothesis_test: chi-square independence 2x3
tab = np.array([[18, 7, 15], [12, 11, 22]])
chi2, r17, dof, _ = stats.chi2_contingency(tab)
r17 = float(r17)
add("Incident log by shift vs type for last year:\n"
    "shift, leak, overpressure, level_excursion\nday, 18, 7, 15\nnight, 12, 11, 22\n"
    "Chi-square test of independence — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-6, "key": "p_value"}, r17)

# r18 regression: OLS slope of rate on T
T_ = np.array([150, 160, 170, 180, 190, 200.])
rate = np.array([0.82, 1.05, 1.31, 1.62, 2.01, 2.44])
lr = stats.linregress(T_, rate)
r18 = float(lr.slope)
add("T_C,rate_mol_per_L_h\n150,0.82\n160,1.05\n170,1.31\n180,1.62\n190,2.01\n200,2.44\n"
    "fit a straight line rate = b0 + b1*T by least squares, what's b1?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, r18)

# r19 regression: R^2 of level vs time
tt = np.array([0, 5, 10, 15, 20, 25, 30.])
lv = np.array([82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1])
r19 = float(stats.linregress(tt, lv).rvalue ** 2)
add("Tank level during a pump-out, readings every 5 min starting at t=0: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1 (%). "
    "Simple linear regression of level on time — what's the R²?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, r19)

# r20 anova: one-way F statistic
g80 = [14.2, 15.1, 13.8, 14.9, 15.4]
g100 = [12.1, 11.8, 12.9, 12.4, 11.6]
g120 = [10.9, 11.3, 10.2, 11.7, 10.8]
r20 = float(stats.f_oneway(g80, g100, g120).statistic)
add("Noise (SD in HU) in a water phantom ROI, five scans per tube voltage:\n"
    "80 kV: 14.2 15.1 13.8 14.9 15.4\n100 kV: 12.1 11.8 12.9 12.4 11.6\n120 kV: 10.9 11.3 10.2 11.7 10.8\n"
    "one-way ANOVA, what's F?",
    "anova", {"rule": "number", "tol": 1e-6, "key": "statistic"}, r20)

# r21 anova: one-way p-value, unequal n
L = [[91.2, 90.8, 92.1, 91.5], [89.9, 90.4, 90.1, 89.5, 90.7], [91.8, 92.4, 91.1, 92.0],
     [90.6, 91.0, 90.2, 91.3]]
r21 = float(stats.f_oneway(*L).pvalue)
add("yield % by catalyst lot —\nlot1: 91.2, 90.8, 92.1, 91.5\nlot2: 89.9, 90.4, 90.1, 89.5, 90.7\n"
    "lot3: 91.8, 92.4, 91.1, 92.0\nlot4: 90.6, 91.0, 90.2, 91.3\n"
    "do the lots differ? one-way ANOVA p value pls",
    "anova", {"rule": "number", "tol": 1e-6, "key": "p_value"}, r21)

# r22 design: 2^(5-1) half fraction = 16 runs
r22 = 2 ** (5 - 1)
add("Planning a screening study on the reactor: 5 two-level factors, half-fraction (resolution V), "
    "single replicate, no center points. How many runs?",
    "design", {"rule": "runs"}, r22)

# r23 design: 2^3 full factorial, 2 replicates of corners + 4 center points = 20
r23 = 2 ** 3 * 2 + 4
add("2³ full factorial on kVp/mAs/pitch for image quality, corner points run twice (2 replicates), "
    "plus 4 center points. total number of scans?",
    "design", {"rule": "runs"}, r23)

# r24 design: CCD k=4, full 2^4 core (16) + 2k axial (8) + 3 center = 27
r24 = 2 ** 4 + 2 * 4 + 3
add("central composite design, 4 factors, full 2^4 factorial core, the usual 2k axial (star) points, "
    "3 center runs — how many runs in total?",
    "design", {"rule": "runs"}, r24)

# r25 control_chart: X-bar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
r25 = 50.2 + 0.577 * 1.8
add("X̄-R chart on jacket outlet temp, subgroups of n = 5. grand mean 50.2 °C, R̄ = 1.8 °C. UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, r25)

# r26 control_chart: p chart UCL, pbar = 60/1500 = 0.04, n = 150 -> 0.04 + 3*0.016 = 0.088
cnt = [6, 4, 9, 5, 7, 3, 8, 6, 5, 7]
pbar = sum(cnt) / (150 * len(cnt))
r26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150)
add("Daily QA reject counts for image sets, 150 sets reviewed every day for 10 days:\n"
    "6,4,9,5,7,3,8,6,5,7\nset up a p chart (3-sigma) — UCL?",
    "control_chart", {"rule": "number", "tol": 1e-6, "key": "ucl"}, r26)

# r27 capability: Cpk = min(126-121.5, 121.5-114)/(3*1.2) = 1.25
r27 = min(126 - 121.5, 121.5 - 114) / (3 * 1.2)
add("generator kVp accuracy: spec is 120 ± 6 kV. measured process mean 121.5 kV, σ = 1.2 kV. Cpk?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, r27)

# r28 capability: Ppk with overall sample sd (ddof=1), spec 175-185
temps = np.array([179.8, 181.2, 180.5, 182.0, 180.9, 181.6, 179.9, 180.7, 181.3, 182.2, 180.1, 181.0])
mu, sd = temps.mean(), temps.std(ddof=1)
r28 = float(min(185 - mu, mu - 175) / (3 * sd))
add("Reactor outlet temperature, spec limits 175 to 185 °C. Twelve readings: 179.8 181.2 180.5 182.0 180.9 "
    "181.6 179.9 180.7 181.3 182.2 180.1 181.0. Ppk using the overall sample standard deviation (n−1)?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "ppk"}, r28)

# r29 sample_size: n/group = 2(z_.975 + z_.80)^2 σ²/δ², round up -> 63
z = stats.norm.ppf(0.975) + stats.norm.ppf(0.80)
r29 = int(math.ceil(2 * z**2 * 1.0**2 / 0.5**2))
add("Want to compare mean dose between two protocols. Expect a 0.5 mGy difference, σ ≈ 1.0 mGy in both arms. "
    "Two-sided α = 0.05, 80% power, use the normal-approximation (z) formula and round up — how many patients per group?",
    "sample_size", {"rule": "int", "key": "n"}, r29)

# r30 unit_conversion: 250 psi * 6.894757293168 kPa/psi
r30 = 250 * 6.894757293168
add("PSV set pressure is 250 psig, what's that in kPa (gauge)?",
    "unit_conversion", {"rule": "number", "tol": 1e-4}, r30)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, radiology physicist and process-safety engineer chat",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
for it in items:
    if isinstance(it["reference"], (np.floating,)):
        it["reference"] = float(it["reference"])
with open(os.path.join(HERE, f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"]["rule"], it["reference"])
