import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats

ROUND = "round37b"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})
t, m, h, a = sp.symbols("t m h a")

# r01 recession limb volume: integral_0^inf 120 e^{-t/18} dt = 120*18 = 2160
v = sp.integrate(120*sp.exp(-t/18), (t, 0, sp.oo))
add("Recession limb on the Ashbrook gauge fits Q(t) = 120·e^(−t/18) m³/s with t in hours. "
    "Integrate Q from t=0 to infinity — what's the area under the curve (in m³/s·h)?",
    "calculus", {"rule": "expr"}, str(v))

# r02 derivative of die pressure model P(m)=40+3m^2-0.1m^3 wrt m
d = sp.diff(40 + 3*m**2 - sp.Rational(1, 10)*m**3, m)
add("die pressure model P(m) = 40 + 3m² − 0.1m³ (bar, m = feed moisture %). need dP/dm as a function of m",
    "calculus", {"rule": "expr"}, str(d))

# r03 maximize E(T) = -0.002T^2 + 0.62T - 30 -> T* = 0.62/0.004 = 155
T = sp.symbols("T")
Ts = sp.solve(sp.diff(-sp.Rational(2, 1000)*T**2 + sp.Rational(62, 100)*T - 30, T), T)[0]
add("Our expansion ratio vs barrel zone-4 temp was fitted as E(T) = −0.002T² + 0.62T − 30 "
    "(T in °C). At what temperature is expansion ratio maximized?",
    "calculus", {"rule": "expr"}, str(Ts))

# r04 Horton infiltration cumulative over 0..2 h: ∫(2+8e^{-3t}) = 4 + 8/3(1-e^{-6})
F = sp.integrate(2 + 8*sp.exp(-3*t), (t, 0, 2))
add("Horton curve for the test plot: f(t) = 2 + 8e^(−3t) cm/h. Cumulative infiltration "
    "depth (cm) over the first 2 hours? exact form please",
    "calculus", {"rule": "expr"}, str(sp.simplify(F)))

# r05 rational method Q = C i A / 360 -> i = 360 Q/(C A) = 72 mm/h
i = sp.Rational(42, 10)*360 / (sp.Rational(6, 10)*35)
add("Using the rational formula Q = C·i·A/360 (Q in m³/s, i in mm/h, A in ha), what rainfall "
    "intensity i gives a peak of 4.2 m³/s from a 35 ha industrial estate with C = 0.6?",
    "algebra", {"rule": "expr"}, str(i))

# r06 roots of 0.5h^2 + 1.5h - 9 = 0 -> 3, -6
roots = sorted(float(r) for r in sp.solve(sp.Rational(1, 2)*h**2 + sp.Rational(3, 2)*h - 9, h))
add("solve 0.5h^2 + 1.5h − 9 = 0 for h, both roots", "algebra", {"rule": "set"}, roots)

# r07 blending: 0.08a + 0.20(50-a) = 0.128*50 -> a = 30 kg
av = sp.solve(sp.Rational(8, 100)*a + sp.Rational(20, 100)*(50 - a) - sp.Rational(128, 1000)*50, a)[0]
add("I've got two seasoning premixes, one is 8% salt and the other 20% salt. Need a 50 kg "
    "batch at 12.8% salt. How many kg of the 8% premix go in?",
    "algebra", {"rule": "expr"}, str(av))

# r08 determinant of 3x3 = 111
M = sp.Matrix([[4, 1, 0], [2, 5, 3], [1, 0, 6]])
add("det of [[4,1,0],[2,5,3],[1,0,6]]", "linear_algebra", {"rule": "expr"}, str(M.det()))

# r09 eigenvalues of 2x2 transition matrix -> 1, 0.5
ev = sorted(float(e) for e in sp.Matrix([[sp.Rational(7, 10), sp.Rational(2, 10)],
                                         [sp.Rational(3, 10), sp.Rational(8, 10)]]).eigenvals())
add("Reservoir state model uses the matrix\n  0.7  0.2\n  0.3  0.8\nWhat are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, ev)

# r10 P(at least one 100-yr flood in 30 yr) = 1 - 0.99^30
p10 = 1 - 0.99**30
add("What's the chance a 100-year flood (annual exceedance prob 1%) is equalled or exceeded at "
    "least once during a 30-year design life? assume independent years",
    "probability", {"rule": "number", "tol": 1e-6}, p10)

# r11 Poisson mean 2.4, P(X<=1)
p11 = float(stats.poisson.cdf(1, 2.4))
add("Die blockages average 2.4 per shift (Poisson). Probability of one or fewer blockages in a shift?",
    "probability", {"rule": "number", "tol": 1e-6}, p11)

# r12 Normal(145, 6): P(135 < X < 155)
p12 = float(stats.norm.cdf(155, 145, 6) - stats.norm.cdf(135, 145, 6))
add("bulk density of puffs ~ normal, mean 145 g/L, sd 6 g/L. fraction of product between 135 and 155 g/L?",
    "probability", {"rule": "number", "tol": 1e-6}, p12)

# r13 Binomial(20, 0.05): P(X<=2)
p13 = float(stats.binom.cdf(2, 20, 0.05))
add("Historically 5% of bags fill underweight. If QA pulls twenty bags at random, what is the "
    "probability that at most two are underweight? (binomial)",
    "probability", {"rule": "number", "tol": 1e-6}, p13)

# r14 one-sample t, two-sided, vs 8.0
x14 = [8.3, 8.1, 8.6, 7.9, 8.4, 8.2, 8.5, 8.0, 8.7, 8.3]
r14 = stats.ttest_1samp(x14, 8.0)
add("Final product moisture (%) from 10 bags: 8.3 8.1 8.6 7.9 8.4 8.2 8.5 8.0 8.7 8.3. "
    "Target is 8.0%. One-sample t-test, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r14.pvalue))

# r15 Welch two-sample t, two-sided
A15 = [92.1, 94.3, 90.8, 93.5, 91.7, 92.9]
B15 = [89.4, 91.2, 88.7, 90.5, 92.0, 87.9, 89.8]
r15 = stats.ttest_ind(A15, B15, equal_var=False)
add("Seasoning coverage (% of surface) from image analysis, copied from the weekly report:\n"
    "| Line | coverage % |\n|---|---|\n| A | 92.1, 94.3, 90.8, 93.5, 91.7, 92.9 |\n"
    "| B | 89.4, 91.2, 88.7, 90.5, 92.0, 87.9, 89.8 |\n"
    "Is there a difference between lines? Use Welch's t-test (unequal variances), two-sided, and give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r15.pvalue))

# r16 chi-square test of independence 3x3 (no continuity correction applies)
tab = np.array([[34, 21, 15], [28, 30, 12], [41, 25, 24]])
chi2, p16, dof, _ = stats.chi2_contingency(tab)
add("Defect type by shift (counts):\n"
    "shift   broken  underseasoned  overweight\n"
    "Day       34         21            15\n"
    "Swing     28         30            12\n"
    "Night     41         25            24\n"
    "chi-square test of independence between shift and defect type, p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p16))

# r17 paired t statistic, differences A - B
A17 = [23.4, 41.0, 12.8, 55.2, 30.1, 18.7, 62.4, 27.5]
B17 = [22.1, 39.6, 13.0, 52.8, 29.5, 17.9, 60.1, 26.8]
r17 = stats.ttest_rel(A17, B17)
add("Two rain gauges side by side, storm totals in mm for 8 storms.\n"
    "gauge A: 23.4, 41.0, 12.8, 55.2, 30.1, 18.7, 62.4, 27.5\n"
    "gauge B: 22.1, 39.6, 13.0, 52.8, 29.5, 17.9, 60.1, 26.8\n"
    "paired t-test on the differences (A minus B) — what's the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(r17.statistic))

# r18 OLS slope runoff vs rainfall
P18 = [18, 25, 32, 40, 47, 55, 63, 72]
Q18 = [3.1, 5.6, 8.4, 11.9, 14.2, 18.0, 21.5, 25.8]
r18 = stats.linregress(P18, Q18)
add("Event rainfall P (mm): 18, 25, 32, 40, 47, 55, 63, 72\nEvent runoff Q (mm): 3.1, 5.6, 8.4, "
    "11.9, 14.2, 18.0, 21.5, 25.8\nFit Q = a + bP by least squares. slope b?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(r18.slope))

# r19 r^2 of die pressure on moisture
m19 = [14, 15, 16, 17, 18, 19, 20]
p19 = [98, 92, 87, 80, 76, 70, 64]
r19 = stats.linregress(m19, p19)
add("regress die pressure (bar) on feed moisture (%): moisture 14 15 16 17 18 19 20 ; "
    "pressure 98 92 87 80 76 70 64. what's R²?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(r19.rvalue**2))

# r20 one-way ANOVA p-value, bulk density by screw speed
g20 = [[142, 146, 139, 144, 141], [137, 135, 140, 134, 136], [130, 133, 128, 131, 135]]
r20 = stats.f_oneway(*g20)
add("Bulk density (g/L) at three screw speeds, five samples each:\n"
    "300 rpm: 142 146 139 144 141\n350 rpm: 137 135 140 134 136\n400 rpm: 130 133 128 131 135\n"
    "Does screw speed matter? one-way ANOVA, report the p-value",
    "anova", {"rule": "number", "tol": 1e-3, "key": "p_value"}, float(r20.pvalue))

# r21 one-way ANOVA F statistic, runoff coefficient by surface
g21 = [[0.21, 0.25, 0.19, 0.23], [0.38, 0.42, 0.35, 0.40], [0.88, 0.91, 0.85, 0.90],
       [0.45, 0.51, 0.48, 0.44]]
r21 = stats.f_oneway(*g21)
add("Runoff coefficients measured on simulator plots, 4 per surface type:\n"
    "| surface | C values |\n|---|---|\n| grass | 0.21 0.25 0.19 0.23 |\n"
    "| gravel | 0.38 0.42 0.35 0.40 |\n| asphalt | 0.88 0.91 0.85 0.90 |\n"
    "| bare soil | 0.45 0.51 0.48 0.44 |\nWhat is the F statistic from a one-way ANOVA across surfaces?",
    "anova", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(r21.statistic))

# r22 2^4 full factorial + 3 center points = 19 runs
add("Planning a screening on the extruder: four factors (moisture, screw speed, barrel temp, "
    "die diameter) at two levels each, full factorial, unreplicated, plus 3 center points. "
    "How many runs total?", "design", {"rule": "runs"}, 2**4 + 3)

# r23 3^3 full factorial, 2 replicates = 54
add("3 factors x 3 levels each, full factorial, run twice (2 replicates). total runs?",
    "design", {"rule": "runs"}, 3**3 * 2)

# r24 CCD, k=3: 8 cube + 6 axial + 6 center = 20
add("We want a central composite design in three factors (feed rate, moisture, zone temp) with a "
    "full 2^3 factorial core, the usual 2k axial points, and six center runs. Number of runs?",
    "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r25 Xbar chart UCL = xbarbar + A2*Rbar, n=5 A2=0.577
ucl25 = 52.3 + 0.577*4.1
add("X̄–R chart for bag weight, subgroups of n = 5. Grand mean 52.3 g, R̄ = 4.1 g. "
    "UCL of the X̄ chart?", "control_chart", {"rule": "number", "tol": 1e-3, "key": "ucl"}, ucl25)

# r26 p-chart UCL: pbar = 150/(25*200) = 0.03, UCL = pbar + 3 sqrt(pbar(1-pbar)/200)
pbar = 150/(25*200)
ucl26 = pbar + 3*math.sqrt(pbar*(1 - pbar)/200)
add("p chart for bags with bare (unseasoned) spots: 25 samples of 200 bags each, 150 defective "
    "bags in total. Constant n = 200. Upper control limit?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, ucl26)

# r27 Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(0.8,1.2)/0.75
cpk27 = min(4.0 - 3.2, 3.2 - 2.0)/(3*0.25)
add("moisture spec 2.0–4.0 %, process mean 3.2 %, σ = 0.25 %. Cpk?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, cpk27)

# r28 Ppk from data with overall sample sd (n-1)
x28 = [146, 149, 143, 151, 147, 150, 144, 148, 152, 145, 147, 149, 146, 153, 148, 150, 144, 147,
       151, 149]
mu28 = np.mean(x28); s28 = np.std(x28, ddof=1)
ppk28 = min(160 - mu28, mu28 - 130)/(3*s28)
add("Bulk density, 20 consecutive samples (g/L): " + ", ".join(str(v) for v in x28) +
    ". Spec limits 130–160 g/L. Compute Ppk using the overall sample standard deviation (n−1 divisor).",
    "capability", {"rule": "number", "tol": 1e-6, "key": "ppk"}, float(ppk28))

# r29 n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*7/2)^2) = 48
n29 = math.ceil((stats.norm.ppf(0.975)*7/2)**2)
add("How many samples do I need to estimate mean bulk density to within ±2 g/L with 95% "
    "confidence, if σ is known to be about 7 g/L? (z-based, round up)",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 1500 ft^3/s -> m^3/s, 1 ft = 0.3048 m exactly
add("convert 1500 cfs to m³/s", "unit_conversion", {"rule": "number", "tol": 1e-6},
    1500*0.3048**3)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, snack extrusion plant and flood hydrology engineering",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
print(out)
for it in items:
    print(it["id"], it["mode"], it["reference"])
