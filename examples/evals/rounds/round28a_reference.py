import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.proportion import proportions_ztest

DIR = os.path.dirname(os.path.abspath(__file__)); ROUND = "round28a"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t, x = sp.symbols("t x")
# r01 calculus: derivative of reflow ramp T(t)=25+220(1-e^{-t/45}) -> 220/45 e^{-t/45}
T = 25 + 220*(1 - sp.exp(-t/45))
add("reflow ramp model T(t) = 25 + 220·(1 − e^(−t/45)) °C, t in s. give dT/dt as a function of t",
    "calculus", {"rule": "expr"}, str(sp.simplify(sp.diff(T, t))))
# r02 calculus: MTTF = ∫0^∞ R(t) dt with R = exp(-t/50000) -> 50000
add("Reliability of a DC-DC module is R(t)=exp(-t/50000), t in hours. Integrate R(t) from 0 to infinity to get the MTTF in hours.",
    "calculus", {"rule": "number", "tol": 1.0e-6},
    float(sp.integrate(sp.exp(-t/50000), (t, 0, sp.oo))))
# r03 calculus: limit (1-cos 3x)/x^2 as x->0 = 9/2
add("lim x→0 of (1 − cos(3x))/x² ?", "calculus", {"rule": "expr"},
    str(sp.limit((1-sp.cos(3*x))/x**2, x, 0)))
# r04 calculus: ∫0^30 40 sin(pi t/30) dt = 2400/pi
add("thermal cycle excursion above ambient ΔT(t)=40·sin(πt/30) K over one half-cycle t∈[0,30] min. "
    "what's the area under ΔT (K·min), exact?", "calculus", {"rule": "expr"},
    str(sp.integrate(40*sp.sin(sp.pi*t/30), (t, 0, 30))))
# r05 algebra: positive root of 0.002N^2+0.1N-30=0 -> 100
N = sp.symbols("N")
roots = sp.solve(sp.Rational(2, 1000)*N**2 + sp.Rational(1, 10)*N - 30, N)
add("Crack length model for a BGA corner joint: a(N) = 0.002N² + 0.1N (µm, N = thermal cycles). "
    "Solve a(N) = 30 µm for the physically meaningful (positive) N.",
    "algebra", {"rule": "number", "tol": 1.0e-6}, float(max(roots)))
# r06 algebra: divider R2 = Vout*R1/(Vin-Vout) = 3.3*10000/8.7
add("voltage divider, Vin=12 V, R1=10 kΩ top, need Vout=3.3 V across R2. solve R2 in ohms",
    "algebra", {"rule": "number", "tol": 1.0e-6}, 3.3*10000/(12-3.3))
# r07 algebra: roots of x^3-6x^2+11x-6 -> {1,2,3}
add("roots of x³ − 6x² + 11x − 6 = 0", "algebra", {"rule": "set"},
    sorted(float(r) for r in sp.solve(x**3-6*x**2+11*x-6, x)))
# r08 linear algebra: det of 3x3
M = sp.Matrix([[2, -1, 0], [4, 3, 5], [1, 0, 6]])
add("det [[2,-1,0],[4,3,5],[1,0,6]] = ?", "linear_algebra", {"rule": "number", "tol": 1.0e-6},
    float(M.det()))
# r09 linear algebra: eigenvalues of [[4,1],[2,3]] -> 2,5
A = sp.Matrix([[4, 1], [2, 3]])
add("Transition-style matrix from our line-balancing model is A = [[4, 1], [2, 3]]. What are its eigenvalues?",
    "linear_algebra", {"rule": "set"}, sorted(float(k) for k in A.eigenvals()))
# r10 probability: P(>=1 defect) in 500 joints, p=200 ppm, independent -> 1-(1-2e-4)^500
add("board has 500 solder joints, joint defect rate 200 ppm, joints independent. P(board has ≥1 defective joint)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, 1-(1-200e-6)**500)
# r11 probability: Poisson λ=3.2, P(X<=1)
add("AOI false calls average 3.2 per panel and follow a Poisson distribution. What is the probability a panel gets at most one false call?",
    "probability", {"rule": "number", "tol": 1.0e-6}, float(stats.poisson.cdf(1, 3.2)))
# r12 probability: constant failure rate 250 FIT, survive 5 yr (8760 h/yr) -> exp(-250e-9*43800)
add("part rated 250 FIT (failures per 10⁹ device-hours), constant hazard. probability it survives 5 years of 24/7 operation, use 8760 h/yr",
    "probability", {"rule": "number", "tol": 1.0e-6}, math.exp(-250e-9*5*8760))
# r13 probability: resistor 10k ±1%, μ=10000, σ=35 -> 2Φ(-100/35)
add("10 kΩ ±1% resistors, reel measures normal with μ = 10 000 Ω, σ = 35 Ω. "
    "what fraction falls outside tolerance (either side)?",
    "probability", {"rule": "number", "tol": 1.0e-4}, float(2*stats.norm.cdf(-100/35)))
# r14 hypothesis test: Welch two-sample t, two-sided p-value
a = [41.2, 39.8, 42.5, 40.9, 41.7, 40.3, 42.0, 41.1]
b = [38.9, 40.1, 37.6, 39.4, 41.0, 38.2, 39.7]
add("pull strength (N) of QFN joints, paste A: 41.2 39.8 42.5 40.9 41.7 40.3 42.0 41.1 ; paste B: 38.9 40.1 37.6 39.4 41.0 38.2 39.7. "
    "Welch t-test, two-sided — p-value?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(stats.ttest_ind(a, b, equal_var=False).pvalue))
# r15 hypothesis test: chi-square independence 2x3 (shift vs defect type), statistic
tab = np.array([[34, 18, 12], [22, 25, 19]])
chi = stats.chi2_contingency(tab, correction=False)
add("Defect counts by shift — day: bridging 34, insufficient 18, tombstone 12; night: bridging 22, insufficient 25, tombstone 19. "
    "Chi-square test of independence between shift and defect type: what's the χ² statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(chi[0]))
# r16 hypothesis test: two-proportion z, pooled, two-sided p-value; 470/500 vs 455/500
z, p = proportions_ztest([470, 455], [500, 500], alternative="two-sided")
add("ICT first-pass yield: line 1 passed 470 of 500 boards, line 2 passed 455 of 500. "
    "pooled two-proportion z test, two-sided. p?", "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p))
# r17 hypothesis test: refuse (no standard deviations given)
add("line A mean void % = 12.1, line B mean void % = 11.4, n = 20 boards each. is the difference significant at α=0.05 with a two-sample t-test? give the p-value",
    "hypothesis_test", {"rule": "refuse"}, None)
# r18 regression: slope of crack length vs cycles
cyc = [200, 400, 600, 800, 1000, 1200]
crk = [3.1, 6.8, 9.4, 13.2, 15.9, 19.6]
lr = stats.linregress(cyc, crk)
add("TC −40/+125 °C. cycles: 200,400,600,800,1000,1200 ; crack length µm: 3.1,6.8,9.4,13.2,15.9,19.6. "
    "OLS fit crack = b0 + b1·cycles, b1?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(lr.slope))
# r19 regression: R² of paste volume vs print pressure
xp = [5, 6, 7, 8, 9, 10, 11]
yv = [92.1, 95.3, 96.0, 99.8, 101.2, 102.9, 106.5]
res = sm.OLS(yv, sm.add_constant(xp)).fit()
add("squeegee pressure (kg) 5 6 7 8 9 10 11 vs paste transfer efficiency (%) 92.1 95.3 96.0 99.8 101.2 102.9 106.5 — "
    "how much of the variation does a straight-line fit explain (R²)?", "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(res.rsquared))
# r20 anova: one-way, 3 reflow ovens, p-value
o1 = [12, 15, 11, 14, 13]; o2 = [18, 16, 19, 17, 20]; o3 = [14, 13, 16, 15, 12]
add("Void percentage by reflow oven.\n oven1: 12 15 11 14 13\n oven2: 18 16 19 17 20\n oven3: 14 13 16 15 12\n"
    "One-way ANOVA — p-value for the oven effect?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(stats.f_oneway(o1, o2, o3).pvalue))
# r21 anova: one-way, 4 nozzle types, F statistic
g = [[0.82, 0.79, 0.85, 0.80], [0.88, 0.91, 0.86, 0.90], [0.81, 0.84, 0.78, 0.83], [0.87, 0.85, 0.89, 0.92]]
add("placement offset (mil) for four nozzle types, four boards each: N1 .82 .79 .85 .80 | N2 .88 .91 .86 .90 | "
    "N3 .81 .84 .78 .83 | N4 .87 .85 .89 .92. one-way ANOVA F?", "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(stats.f_oneway(*g).statistic))
# r22 design: 2^(6-2) fractional factorial -> 16 runs
add("how many runs in a 2^(6−2) fractional factorial screening of six reflow-profile factors (no replicates, no center points)?",
    "design", {"rule": "runs"}, 2**(6-2))
# r23 design: full factorial 3 factors at 3 levels and 2 at 2 levels, 2 replicates -> 27*4*2 = 216
add("We want a full factorial on stencil thickness, aperture reduction and squeegee speed (3 levels each) plus nitrogen on/off and "
    "paste brand (2 levels each), replicated twice. Total runs?", "design", {"rule": "runs"}, 3**3*2**2*2)
# r24 design: 2^2 main effect of A; standard order (1)=62, a=70, b=58, ab=74 -> A = ((70+74)-(62+58))/2 = 12
add("2² on ICT yield (%): (1)=62, a=70, b=58, ab=74, one obs per cell. main effect of A?",
    "design", {"rule": "number", "tol": 1.0e-6}, ((70+74)-(62+58))/2)
# r25 control chart: Xbar-R, n=5, A2=0.577, grand mean 2.504, Rbar 0.012 -> UCL
add("X̄–R chart on pad-to-pad gap (mm), subgroups of 5, X̿ = 2.504, R̄ = 0.012. UCL for X̄? (A2 = 0.577)",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, 2.504 + 0.577*0.012)
# r26 control chart: p chart p̄=0.03, n=400 -> LCL = p̄ - 3 sqrt(p̄(1-p̄)/n)
add("p-chart for AOI reject fraction, constant sample size n=400 boards/day, p̄ = 0.03. lower control limit (3σ)?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "lcl"}, 0.03 - 3*math.sqrt(0.03*0.97/400))
# r27 capability: Cpk paste height LSL 100 USL 150 μ 128 σ 6 -> min(22,28)/18
add("SPI paste height spec 100–150 µm; process μ = 128 µm, σ = 6 µm. Cpk = ?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, min(150-128, 128-100)/(3*6))
# r28 capability: Ppk from sample data, overall s (n-1), spec 4.65-4.75 kΩ
d = [4.702, 4.698, 4.711, 4.695, 4.706, 4.709, 4.700, 4.693, 4.704, 4.712, 4.697, 4.705]
m = np.mean(d); s = np.std(d, ddof=1)
add("4.7 kΩ resistor lot, spec 4.65 to 4.75 kΩ. readings: 4.702 4.698 4.711 4.695 4.706 4.709 4.700 4.693 4.704 4.712 4.697 4.705. "
    "Ppk using overall sample std dev (n−1)?", "capability",
    {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(min(4.75-m, m-4.65)/(3*s)))
# r29 sample size: proportion, ±1% margin, 95% conf, p≈0.05 -> ceil(z^2 p q / E^2)
zc = stats.norm.ppf(0.975)
add("how many boards to sample to estimate the AOI false-call rate within ±1 percentage point at 95% confidence, "
    "planning value p = 0.05 (normal approximation)?", "sample_size", {"rule": "int", "key": "n"},
    int(math.ceil(zc**2*0.05*0.95/0.01**2)))
# r30 unit conversion: 62 mil -> mm (1 mil = 0.0254 mm) = 1.5748
add("62 mil board thickness in mm?", "unit_conversion", {"rule": "number", "tol": 1.0e-6}, 62*0.0254)

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, SMT/PCB test engineering and reliability statistics",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
