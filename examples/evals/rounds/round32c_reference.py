import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm

ROUND = "round32c"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t, x = sp.symbols("t x")
# r01 calculus: derivative of cooling curve 25+1425 e^(-t/40)
d = sp.simplify(sp.diff(25 + 1425*sp.exp(-t/40), t))
add("Cooling curve off the thermocouple in the riser fits T(t) = 25 + 1425·e^(−t/40) °C with t in seconds. Give me dT/dt as a function of t.",
    "calculus", {"rule": "expr"}, str(d))
# r02 calculus: integral of 2+0.5x^2 from 0 to 3
v = sp.integrate(2 + sp.Rational(1, 2)*x**2, (x, 0, 3))
add("integrate (2 + 0.5x²) dx from x=0 to x=3  -- arc power profile along the pass, need the area",
    "calculus", {"rule": "expr"}, str(v))
# r03 calculus: limit (1-cos 3x)/x^2 at 0 = 9/2
v = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
add("lim as x→0 of (1 − cos(3x))/x². exact value please", "calculus", {"rule": "expr"}, str(v))
# r04 calculus: ∫0^∞ 0.2 t e^{-0.2t} dt = 5
v = sp.integrate(sp.Rational(1, 5)*t*sp.exp(-t/5), (t, 0, sp.oo))
add("Time-to-first-crack density on the test bars is f(t) = 0.2·e^(−0.2t) for t ≥ 0 (t in thousands of cycles). Evaluate ∫₀^∞ t·f(t) dt.",
    "calculus", {"rule": "expr"}, str(v))
# r05 algebra: roots of 2x^2-7x+3 -> 1/2, 3
add("roots of 2x^2 − 7x + 3 = 0", "algebra", {"rule": "set"}, [0.5, 3.0])
# r06 algebra: x+y=500, 0.12x+0.04y=35 -> x=187.5
X, Y = sp.symbols("X Y")
s = sp.solve([X + Y - 500, sp.Rational(12, 100)*X + sp.Rational(4, 100)*Y - 35], [X, Y])
add("I've got two charge alloys, one at 12% Si and one at 4% Si. Need 500 kg of melt at exactly 7% Si. How many kg of the 12% alloy go in the furnace?",
    "algebra", {"rule": "number", "tol": 1e-6}, float(s[X]))
# r07 algebra: 25+1425 e^{-t/40}=600 -> t = 40 ln(57/23)
sol = [40*sp.log(sp.Rational(57, 23))]  # 1425 e^{-t/40} = 575 -> t = 40 ln(1425/575)
assert abs(float(25 + 1425*sp.exp(-sol[0]/40)) - 600) < 1e-9
add("Same riser curve, T = 25 + 1425e^(-t/40). Solve for the exact t where it drops to 600 °C (closed form, no decimals).",
    "algebra", {"rule": "expr"}, str(sol[0]))
# r08 linear algebra: det [[4,1,0],[1,3,1],[0,1,2]] = 18
add("det of [[4,1,0],[1,3,1],[0,1,2]]", "linear_algebra", {"rule": "number", "tol": 1e-6},
    float(round(np.linalg.det(np.array([[4, 1, 0], [1, 3, 1], [0, 1, 2]])))))
# r09 linear algebra: eigenvalues [[5,2],[2,2]] -> 1, 6
ev = sorted(np.linalg.eigvalsh(np.array([[5., 2.], [2., 2.]])))
add("Stiffness matrix from the fixture model is\n5 2\n2 2\nwhat are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, [float(round(e, 10)) for e in ev])
# r10 probability: Poisson(1.8) P(X<=1)
add("Gas porosity clusters on the X-ray run Poisson, averaging 1.8 per casting. What's the chance a casting shows at most one cluster?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.poisson.cdf(1, 1.8)))
# r11 probability: Binomial(20,0.05) P(X>=2)
add("5% of fillet welds fail visual. Inspector pulls 20 independent welds — probability that two or more of them fail?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.binom.sf(1, 20, 0.05)))
# r12 probability: Normal(520,15) P(X<495)
add("tensile of the ductile iron lot ~ normal, μ = 520 MPa, σ = 15 MPa. P(a bar pulls below 495 MPa)?",
    "probability", {"rule": "number", "tol": 1e-6}, float(stats.norm.cdf(495, 520, 15)))
# r13 probability: Bayes, sens .92, false call .06, prevalence .04
ppv = 0.92*0.04/(0.92*0.04 + 0.06*0.96)
add("UT on these butt welds: if a real lack-of-fusion flaw is there the scan flags it 92% of the time; on a sound weld it throws a false indication 6% of the time. About 4% of welds actually have the flaw. Given an indication, what's the probability the weld really is flawed?",
    "probability", {"rule": "number", "tol": 1e-6}, ppv)
# r14 hypothesis: one-sample t two-sided vs 500
d14 = [508, 497, 515, 503, 511, 499, 520, 506, 494, 512]
r = stats.ttest_1samp(d14, 500)
add("Ten tensile bars from heat 4471, MPa: 508 497 515 503 511 499 520 506 494 512. Spec nominal is 500. Two-sided one-sample t-test, what's the p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))
# r15 hypothesis: Welch two-sample, two-sided p
a15 = [7.8, 8.1, 7.9, 8.4, 8.0, 8.2, 7.7]
b15 = [8.6, 8.3, 9.1, 8.8, 8.5, 9.0, 8.4, 8.9]
r = stats.ttest_ind(a15, b15, equal_var=False)
add("bead width mm, robot cell A: 7.8 8.1 7.9 8.4 8.0 8.2 7.7 ; cell B: 8.6 8.3 9.1 8.8 8.5 9.0 8.4 8.9. Welch t test (unequal variances), two-sided — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))
# r16 hypothesis: paired t statistic (after - before)
before = [212, 198, 225, 205, 218, 210]
after = [221, 204, 229, 215, 220, 219]
r = stats.ttest_rel(after, before)
add("Brinell hardness on 6 castings before and after the new normalize cycle. before: 212,198,225,205,218,210  after: 221,204,229,215,220,219. Paired t test on after minus before — give the t statistic.",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(r.statistic))
# r17 hypothesis: chi-square independence 2x3 (no Yates issue, not 2x2)
tab = np.array([[18, 9, 13], [32, 21, 7]])
chi2, p, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Porosity reject type by shift. Day shift: gas 18, shrink 9, inclusion 13. Night shift: gas 32, shrink 21, inclusion 7. Chi-square test of independence — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(p))
# r18 regression: slope bead width on heat input
hi = [0.8, 1.0, 1.2, 1.4, 1.6, 1.8]
bw = [6.1, 6.9, 7.4, 8.3, 8.8, 9.7]
lr = stats.linregress(hi, bw)
add("heat input kJ/mm vs bead width mm:\n0.8 6.1\n1.0 6.9\n1.2 7.4\n1.4 8.3\n1.6 8.8\n1.8 9.7\nleast-squares slope of width on heat input?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "slope"}, float(lr.slope))
# r19 regression: R^2 porosity % on pour temp
pt = [1380, 1400, 1420, 1440, 1460, 1480, 1500]
por = [2.9, 2.6, 2.2, 2.1, 1.7, 1.6, 1.2]
lr = stats.linregress(pt, por)
add("We poured seven heats at 1380, 1400, 1420, 1440, 1460, 1480 and 1500 °C and measured porosity of 2.9, 2.6, 2.2, 2.1, 1.7, 1.6 and 1.2 % respectively. Fit a straight line of porosity on pour temperature; how much of the variation does it explain (R²)?",
    "regression", {"rule": "number", "tol": 1e-6, "key": "r_squared"}, float(lr.rvalue**2))
# r20 anova: one-way F, three sands
s1 = [4.2, 3.8, 4.5, 4.0, 4.3]
s2 = [3.1, 3.5, 2.9, 3.3, 3.0]
s3 = [3.9, 4.1, 3.6, 3.8, 4.2]
r = stats.f_oneway(s1, s2, s3)
add("Surface roughness Ra (µm) for three mold sands, five castings each.\nsilica: 4.2 3.8 4.5 4.0 4.3\nzircon: 3.1 3.5 2.9 3.3 3.0\nchromite: 3.9 4.1 3.6 3.8 4.2\none-way ANOVA F statistic?",
    "anova", {"rule": "number", "tol": 1e-4, "key": "statistic"}, float(r.statistic))
# r21 anova: one-way p-value, four electrodes
e1 = [545, 552, 538, 549]
e2 = [560, 571, 566, 558]
e3 = [541, 535, 550, 544]
e4 = [555, 549, 562, 557]
r = stats.f_oneway(e1, e2, e3, e4)
add("weld metal UTS in MPa by electrode: E7018 545 552 538 549 | E8018 560 571 566 558 | E7016 541 535 550 544 | E9018 555 549 562 557. Is there a difference between electrodes? give the one-way ANOVA p-value",
    "anova", {"rule": "number", "tol": 1e-4, "key": "p_value"}, float(r.pvalue))
# r22 design: 2^(5-1) = 16 runs
add("half fraction of a two-level design in five factors (pour temp, ladle hold, inoculant, sand moisture, vent count). How many runs?",
    "design", {"rule": "runs"}, 2**(5-1))
# r23 design: 2^3 full factorial x 3 replicates + 4 center points = 28
add("Full 2^3 factorial on current, travel speed and stickout, replicated three times, plus 4 center points tacked on. Total number of welds we have to lay?",
    "design", {"rule": "runs"}, 2**3*3 + 4)
# r24 design: main effect of A in 2^2: (72+68)/2-(60+54)/2 = 13
add("2x2 factorial on Charpy impact energy (J). A = preheat, B = interpass temp. Means: A low/B low = 60, A high/B low = 72, A low/B high = 54, A high/B high = 68. What is the main effect of A?",
    "design", {"rule": "number", "tol": 1e-6}, (72 + 68)/2 - (60 + 54)/2)
# r25 control chart: Xbar-R UCL, n=5, A2=0.577
add("X-bar/R chart on casting wall thickness, subgroups of 5. Grand mean 248.6 mm, R-bar 4.2 mm. Upper control limit for the X-bar chart?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, 248.6 + 0.577*4.2)
# r26 control chart: p-chart UCL, pbar = 150/(25*200)
pbar = 150/(25*200)
add("p chart for weld repair rate: 25 days, 200 welds inspected each day, 150 repairs total over the period. 3-sigma UCL?",
    "control_chart", {"rule": "number", "tol": 1e-4, "key": "ucl"}, pbar + 3*math.sqrt(pbar*(1 - pbar)/200))
# r27 capability: Cpk = min(560-530, 530-480)/(3*8) = 1.25
add("Yield strength spec 480–560 MPa. Process is running mean 530, σ = 8 MPa. Cpk?",
    "capability", {"rule": "number", "tol": 1e-6, "key": "cpk"}, min(560 - 530, 530 - 480)/(3*8))
# r28 capability: Cp = 3/(6*0.35)
add("bead width tolerance is 8.0 ± 1.5 mm, std dev 0.35 mm. what's Cp", "capability",
    {"rule": "number", "tol": 1e-6, "key": "cp"}, 3.0/(6*0.35))
# r29 sample size: n = ceil((z.975*18/5)^2) = 50
z = stats.norm.ppf(0.975)
add("How many tensile bars do I need to pull to estimate the mean UTS within ±5 MPa at 95% confidence? Assume σ = 18 MPa known.",
    "sample_size", {"rule": "int", "key": "n"}, int(math.ceil((z*18/5)**2)))
# r30 unit conversion: 1.2 kJ/mm -> J/in = 1200*25.4
add("convert heat input 1.2 kJ/mm to J/in", "unit_conversion", {"rule": "number", "tol": 1e-6}, 1200*25.4)

assert len(items) == 30
doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, foundry/casting engineer and welding inspector voice",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml"), "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
