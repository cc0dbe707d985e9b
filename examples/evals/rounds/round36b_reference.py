"""Reference answers for round36b (wind-farm / grid ops + agronomy field trials)."""
import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats

ROUND = "round36b"
items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, N, v, x = sp.symbols("t N v x", positive=True)

# r01 calculus: energy during ramp-up, ∫0^60 1500(1-e^{-t/20}) dt = 60000 + 30000 e^-3 kW·min
e1 = sp.integrate(1500*(1 - sp.exp(-t/20)), (t, 0, 60))
assert sp.simplify(e1 - (60000 + 30000*sp.exp(-3))) == 0
add("ramp-up after curtailment release: P(t) = 1500·(1 − e^(−t/20)) kW, t in minutes. "
    "energy delivered over the first 60 min, in kW·min? exact form pls",
    "calculus", {"rule": "expr"}, "60000 + 30000*exp(-3)")

# r02 calculus: maximise Y(N)=2.1+0.045N-0.00015N^2 -> dY/dN=0 -> N=150
Y = sp.Rational(21, 10) + sp.Rational(45, 1000)*N - sp.Rational(15, 100000)*N**2
nopt = sp.solve(sp.diff(Y, N), N)[0]
assert nopt == 150
add("Fitted quadratic response from last season's N-rate trial: Y = 2.1 + 0.045N − 0.00015N² "
    "(Y in t/ha, N in kg N/ha). At what N rate is the fitted yield maximised?",
    "calculus", {"rule": "expr"}, str(nopt))

# r03 calculus: logistic germination G(t)=95/(1+exp(-0.8(t-5))); G'(5)=95*0.8/4=19
G = 95/(1 + sp.exp(-sp.Rational(4, 5)*(t - 5)))
g5 = sp.simplify(sp.diff(G, t).subs(t, 5))
assert g5 == 19
add("germination curve from the petri-dish test, cumulative % germinated G(t) = 95/(1+e^(−0.8(t−5))), "
    "t in days. rate of germination (%/day) at day 5?",
    "calculus", {"rule": "expr"}, str(g5))

# r04 calculus: mean of Weibull k=2, c=8: ∫ v f(v) dv = c Γ(1.5) = 4 sqrt(pi)
k, c = 2, 8
f = sp.Rational(k, c)*(v/c)**(k-1)*sp.exp(-(v/c)**k)
m = sp.simplify(sp.integrate(v*f, (v, 0, sp.oo)))
assert sp.simplify(m - 4*sp.sqrt(sp.pi)) == 0
add("Hub-height wind speed modelled as Weibull, shape k = 2, scale c = 8 m/s, i.e. "
    "f(v) = (k/c)(v/c)^(k−1) exp(−(v/c)^k). Evaluate ∫₀^∞ v f(v) dv exactly (the mean wind speed).",
    "calculus", {"rule": "expr"}, "4*sqrt(pi)")

# r05 algebra: w(w+7)=120 -> w=8 (positive root)
w = sp.symbols("w")
sol = [s for s in sp.solve(w*(w + 7) - 120, w) if s > 0]
assert sol == [8]
add("Trial block is laid out as a rectangle whose length is 7 m longer than its width. "
    "Gross plot area has to be 120 m². What's the width in metres?",
    "algebra", {"rule": "expr"}, "8")

# r06 algebra: x+y=500, 0.46x+0.21y=0.30*500 -> x=180 kg urea
xa, yb = sp.symbols("xa yb")
s6 = sp.solve([xa + yb - 500, sp.Rational(46, 100)*xa + sp.Rational(21, 100)*yb - 150], [xa, yb])
assert s6[xa] == 180
add("need 500 kg of blended fert at 30% N. mixing urea (46% N) with ammonium sulphate (21% N). "
    "how many kg of urea go in?",
    "algebra", {"rule": "expr"}, "180")

# r07 algebra: 120 e^{-0.05t} = 45 -> t = 20 ln(8/3)
s7 = sp.solve(120*sp.exp(-t/20) - 45, t)[0]
assert sp.simplify(s7 - 20*sp.log(sp.Rational(8, 3))) == 0
add("Residual soil nitrate after the flush decays as 120·e^(−0.05t) kg N/ha (t in days). "
    "Solve for the day t at which it drops to 45 kg N/ha; give exact form.",
    "algebra", {"rule": "expr"}, "20*log(8/3)")

# r08 linear algebra: eigenvalues of [[4,1],[2,3]] = 2, 5
A = np.array([[4, 1], [2, 3]], float)
ev = sorted(np.linalg.eigvals(A).real.tolist())
assert np.allclose(ev, [2, 5])
add("eigenvalues of A = [[4, 1], [2, 3]] (linearised two-area grid frequency model)",
    "linear_algebra", {"rule": "set"}, [2, 5])

# r09 linear algebra: det of tridiagonal [[2,-1,0],[-1,2,-1],[0,-1,2]] = 4
B = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
assert B.det() == 4
add("Reduced susceptance matrix for a 3-bus radial feeder (per-unit):\n"
    "  B = | 2 −1  0 |\n      |−1  2 −1 |\n      | 0 −1  2 |\nWhat is det(B)?",
    "linear_algebra", {"rule": "expr"}, "4")

# r10 probability: X~Bin(40,0.97), P(X>=38) = sf(37)
p10 = float(stats.binom.sf(37, 40, 0.97))
add("Forty turbines on the string, each independently available on a given day with probability "
    "0.97. Probability that at least 38 of them are available?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p10)

# r11 probability: P(Y>8.0), Y~N(7.2, 0.6^2)
p11 = float(stats.norm.sf(8.0, 7.2, 0.6))
add("wheat plot yields ~ normal, μ = 7.2 t/ha, σ = 0.6 t/ha. P(a single plot yields more than 8.0 t/ha)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)

# r12 probability: Bayes, P(fault|alarm) = .03*.9/(.03*.9+.97*.05)
p12 = 0.03*0.9/(0.03*0.9 + 0.97*0.05)
add("Gearbox faults are present in 3% of the fleet. The SCADA vibration alarm fires for 90% of "
    "turbines with a fault and for 5% of healthy ones. A turbine just alarmed — what is the "
    "probability it actually has a gearbox fault?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13 probability: REFUSE - no spread / distribution given for turbine output
add("avg output of T14 over the last month was 1.6 MW. what's the probability its output exceeds "
    "2.0 MW in a given 10-min interval?",
    "probability", {"rule": "refuse"}, None)

# r14 hypothesis test: one-sample t, H0 mu=35, two-sided, p-value
cf = [31.2, 36.8, 29.5, 34.1, 38.0, 27.9, 33.4, 30.6, 35.2, 32.3]
r14 = stats.ttest_1samp(cf, 35.0)
add("weekly capacity factors (%) for the new array, 10 wks: 31.2 36.8 29.5 34.1 38.0 27.9 33.4 "
    "30.6 35.2 32.3. one-sample t test vs the 35% design CF, two-sided — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r14.pvalue))

# r15 hypothesis test: Welch two-sample t, two-sided, p-value
va = [7.8, 8.1, 7.5, 8.4, 7.9, 8.2]
vb = [7.2, 7.9, 6.8, 7.5, 8.0, 7.1, 7.4]
r15 = stats.ttest_ind(va, vb, equal_var=False)
add("Protocol 4.2: compare grain yield of variety A and variety B using Welch's unequal-variance "
    "t test, two-sided, α = 0.05.\nA (t/ha): 7.8, 8.1, 7.5, 8.4, 7.9, 8.2\n"
    "B (t/ha): 7.2, 7.9, 6.8, 7.5, 8.0, 7.1, 7.4\nReport the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r15.pvalue))

# r16 hypothesis test: paired t, d = after - before, t statistic
before = [5.4, 5.9, 6.1, 5.2, 5.8, 6.3, 5.5, 6.0]
after = [5.8, 6.2, 6.0, 5.7, 6.1, 6.8, 5.9, 6.1]
r16 = stats.ttest_rel(after, before)
add("same 8 plots, yield t/ha before and after biochar:\nbefore 5.4 5.9 6.1 5.2 5.8 6.3 5.5 6.0\n"
    "after  5.8 6.2 6.0 5.7 6.1 6.8 5.9 6.1\npaired t test on differences (after − before) — "
    "what's the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r16.statistic))

# r17 hypothesis test: chi-square independence 2x3, Pearson statistic (no correction; df=2)
tab = np.array([[182, 171, 190], [18, 29, 10]])
chi2, p17, dof, _ = stats.chi2_contingency(tab, correction=False)
add("Seed treatment germination counts, 200 seeds per treatment:\n"
    "  treatment A: 182 germinated, 18 not\n  treatment B: 171 germinated, 29 not\n"
    "  treatment C: 190 germinated, 10 not\nPearson chi-square test of independence between "
    "treatment and germination — give the chi-square statistic.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(chi2))

# r18 regression: OLS slope power ~ wind speed
ws = [4, 5, 6, 7, 8, 9, 10, 11]
pw = [120, 230, 390, 610, 880, 1180, 1490, 1760]
r18 = stats.linregress(ws, pw)
add("binned power curve points, wind speed m/s vs output kW:\n4→120, 5→230, 6→390, 7→610, "
    "8→880, 9→1180, 10→1490, 11→1760\nfit a straight line (least squares), kW per m/s = ?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))

# r19 regression: R^2 of linear fit yield ~ N rate
nr = [0, 40, 80, 120, 160, 200]
yl = [4.1, 5.3, 6.2, 6.9, 7.2, 7.4]
r19 = stats.linregress(nr, yl)
add("N rate (kg/ha): 0, 40, 80, 120, 160, 200; mean yield (t/ha): 4.1, 5.3, 6.2, 6.9, 7.2, 7.4. "
    "How much of the variation does a simple linear regression of yield on N rate explain (R²)?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(r19.rvalue**2))

# r20 anova: one-way F statistic, 3 fertiliser treatments x 5 plots
g20 = [[5.1, 5.4, 4.9, 5.3, 5.0], [6.0, 6.3, 5.8, 6.1, 6.4], [5.7, 5.9, 5.5, 6.0, 5.6]]
r20 = stats.f_oneway(*g20)
add("one-way ANOVA, yield t/ha, 5 plots per treatment\ncontrol      5.1 5.4 4.9 5.3 5.0\n"
    "slow-release 6.0 6.3 5.8 6.1 6.4\nurea         5.7 5.9 5.5 6.0 5.6\nF = ?",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "statistic"}, float(r20.statistic))

# r21 anova: one-way p-value, 4 sites unequal n
g21 = [[96.2, 97.1, 95.8, 96.5], [94.9, 95.5, 96.0, 94.2, 95.1],
       [97.4, 96.9, 97.8, 97.2], [95.6, 96.3, 95.0, 96.1, 95.8]]
r21 = stats.f_oneway(*g21)
add("Monthly turbine availability (%) by site. Does mean availability differ between the four sites? "
    "Use a one-way ANOVA and report the p-value.\nNorth: 96.2, 97.1, 95.8, 96.5\n"
    "South: 94.9, 95.5, 96.0, 94.2, 95.1\nEast: 97.4, 96.9, 97.8, 97.2\n"
    "West: 95.6, 96.3, 95.0, 96.1, 95.8",
    "anova", {"rule": "number", "tol": 1.0e-6, "key": "p_value"}, float(r21.pvalue))

# r22 design: 2^(6-2) = 16 runs + 4 centre points = 20
add("screening six blade-pitch controller settings with a 2^(6−2) fractional factorial plus four "
    "centre points. total number of runs?",
    "design", {"rule": "runs"}, 2**(6-2) + 4)

# r23 design: RCBD, 6 varieties x 4 blocks = 24 plots
add("The variety trial will be a randomised complete block design: six varieties, four blocks, "
    "one plot per variety per block. How many plots in total must be sown?",
    "design", {"rule": "runs"}, 6*4)

# r24 design: full factorial 3 x 3 x 2 with two replicates = 36
add("full factorial: N rate at three levels × irrigation at three levels × two cultivars, whole "
    "thing replicated twice. how many plots?",
    "design", {"rule": "runs"}, 3*3*2*2)

# r25 control chart: xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 2.15 + 0.577*0.32
add("X̄–R chart on 10-min mean power per turbine, subgroups of n = 5. grand mean 2.15 MW, R̄ = 0.32 MW. "
    "UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26 control chart: p chart, n=200, pbar = 150/2000, UCL = pbar + 3 sqrt(pbar(1-pbar)/n)
cnt = [14, 18, 11, 16, 20, 13, 15, 17, 12, 14]
pbar = sum(cnt)/(200*len(cnt))
ucl26 = pbar + 3*math.sqrt(pbar*(1-pbar)/200)
add("daily germination QC, 200 seeds tested per day. non-germinated counts over 10 days: "
    "14, 18, 11, 16, 20, 13, 15, 17, 12, 14. set up a p chart (3-sigma limits) for the fraction "
    "non-germinated — upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma), spec 165..195, mu 184, sigma 3.5
cpk27 = min(195 - 184, 184 - 165)/(3*3.5)
add("Spreader calibration: target application 180 ± 15 kg/ha. Tray tests show the process mean is "
    "184 kg/ha with σ = 3.5 kg/ha. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk27)

# r28 capability: Ppk from data, overall sample sd (n-1), spec 224..236 V
vv = np.array([231.2, 229.8, 232.5, 230.9, 228.7, 231.8, 230.4, 233.1, 229.5, 231.0, 230.2, 232.0])
mu, sd = vv.mean(), vv.std(ddof=1)
ppk28 = min(236 - mu, mu - 224)/(3*sd)
add("inverter AC output voltage, spec 230 V ± 6 V. 12 readings: 231.2 229.8 232.5 230.9 228.7 "
    "231.8 230.4 233.1 229.5 231.0 230.2 232.0. Ppk using the overall sample std dev (n−1)?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "ppk"}, float(ppk28))

# r29 sample size: two-sample means, z-approx: n = 2 (z_.975 + z_.80)^2 (sigma/delta)^2, round up
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2*(za + zb)**2*(0.5/0.3)**2)
assert n29 == 44
add("Trial protocol: we want to detect a 0.3 t/ha difference in mean yield between two seed "
    "treatments. Plot-to-plot SD assumed 0.5 t/ha, two-sided α = 0.05, power 80%. Using the normal "
    "(z) approximation, how many plots per treatment?",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 150 kg/ha -> lb/ac, 1 lb = 0.45359237 kg, 1 ac = 4046.8564224 m^2
lbac = 150/0.45359237*4046.8564224/10000
add("convert 150 kg N/ha to lb/ac",
    "unit_conversion", {"rule": "number", "tol": 1.0e-4}, lbac)

assert len(items) == 30
from collections import Counter
want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2,
            anova=2, design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
assert Counter(i["mode"] for i in items) == Counter(want)

doc = {"suite": ROUND, "type": "reason",
       "description": f"{ROUND} unseen questions, wind-farm/grid operations and agronomy field trials",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
print("wrote", out)
for i in items:
    print(i["id"], i["mode"], i["compare"]["rule"], i["reference"])
