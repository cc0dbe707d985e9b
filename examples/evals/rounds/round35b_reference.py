import os, math
import numpy as np
import sympy as sp
from scipy import stats
import statsmodels.api as sm
import yaml

ROUND = "round35b"
items = []
def add(q, mode, compare, ref):
    items.append(dict(id=f"r{len(items)+1:02d}", split="unseen", question=q, mode=mode,
                      compare=compare, reference=ref))

t, Q, x = sp.symbols("t Q x")

# r01: dV/dt of 2000*exp(-t/40) at t=20 -> -50*exp(-1/2)
d = sp.diff(2000*sp.exp(-t/40), t).subs(t, 20)
assert sp.simplify(d - (-50*sp.exp(-sp.Rational(1, 2)))) == 0
add("clearwell draining, volume V(t) = 2000·e^(−t/40) litres, t in min. what's dV/dt at t = 20 min? exact form pls",
    "calculus", {"rule": "expr"}, "-50*exp(-1/2)")

# r02: integral of 3t^2+2t from 0 to 4 = 80
v = sp.integrate(3*t**2 + 2*t, (t, 0, 4)); assert v == 80
add("Booster station ramp-up: flow was roughly Q(t) = 3t² + 2t m³/h over the first 4 hours (t in hours). "
    "How many m³ got pumped between t=0 and t=4?", "calculus", {"rule": "expr"}, "80")

# r03: maximize eta(Q)=0.008Q-0.00004Q^2 -> Q=100
sol = sp.solve(sp.diff(sp.Rational(8, 1000)*Q - sp.Rational(4, 100000)*Q**2, Q), Q); assert sol == [100]
add("fitted our pump efficiency curve as η(Q) = 0.008Q − 0.00004Q^2 (Q in L/s). at what flow Q is efficiency maxed out?",
    "calculus", {"rule": "expr"}, "100")

# r04: dC/dt = -0.15 C, C(0)=1.8 -> 1.8 exp(-0.15 t)
C = sp.Function("C")
s = sp.dsolve(sp.Eq(C(t).diff(t), -sp.Rational(15, 100)*C(t)), ics={C(0): sp.Rational(18, 10)})
assert sp.simplify(s.rhs - sp.Rational(9, 5)*sp.exp(-sp.Rational(3, 20)*t)) == 0
add("Chlorine in the storage tank decays first-order: dC/dt = −0.15·C (per hour), and we start at C(0) = 1.8 mg/L. "
    "Give me C(t) as a formula.", "calculus", {"rule": "expr"}, "9*exp(-3*t/20)/5")

# r05: 50-0.0004Q^2 = 20+0.0002Q^2 -> Q = sqrt(50000)=100*sqrt(5)
sol = [r for r in sp.solve(sp.Eq(50 - sp.Rational(4, 10000)*Q**2, 20 + sp.Rational(2, 10000)*Q**2), Q) if r > 0]
assert sp.simplify(sol[0] - 100*sp.sqrt(5)) == 0
add("pump curve H = 50 − 0.0004Q²  , system curve H = 20 + 0.0002Q²  (H m, Q m3/h). operating point flow Q (positive root)?",
    "algebra", {"rule": "expr"}, "100*sqrt(5)")

# r06: roots of 2x^2-3x-9 -> 3, -3/2
r = sp.solve(2*x**2 - 3*x - 9, x); assert set(r) == {3, sp.Rational(-3, 2)}
add("solve 2x^2 - 3x - 9 = 0, both roots", "algebra", {"rule": "set"}, [3.0, -1.5])

# r07: blend: 0.12x + 0.04(500-x) = 0.07*500 -> x = 187.5
xs = sp.solve(sp.Rational(12, 100)*x + sp.Rational(4, 100)*(500 - x) - sp.Rational(7, 100)*500, x)[0]
assert xs == sp.Rational(375, 2)
add("I have two sand stockpiles, one runs 12% passing the #200 and the other 4%. Need a 500 kg batch blended to exactly 7% fines. "
    "How many kg of the 12% stuff go in?", "algebra", {"rule": "expr"}, "375/2")

# r08: det [[4,-1,0],[-1,4,-1],[0,-1,4]] = 56
M = sp.Matrix([[4, -1, 0], [-1, 4, -1], [0, -1, 4]]); assert M.det() == 56
add("determinant of the nodal matrix\n4 -1 0\n-1 4 -1\n0 -1 4", "linear_algebra", {"rule": "expr"}, "56")

# r09: eigenvalues of tridiag(-1,2,-1) 3x3 -> 2-sqrt2, 2, 2+sqrt2
ev = sorted(np.linalg.eigvalsh(np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]], float)))
refev = [2 - math.sqrt(2), 2.0, 2 + math.sqrt(2)]
assert np.allclose(ev, refev)
add("Eigenvalues of A = [[2, −1, 0], [−1, 2, −1], [0, −1, 2]]? (small pipe-loop stiffness thing)",
    "linear_algebra", {"rule": "set"}, refev)

# r10: Poisson mean 2.3, P(X>=4) = 1 - cdf(3)
p10 = float(stats.poisson.sf(3, 2.3))
add("Main breaks in the north pressure zone average 2.3 per month, assume Poisson. Probability we get four or more breaks next month?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p10)

# r11: refuse - no spread / distribution given
add("node J-114 averages 55 psi. what's the probability it dips under 40 psi at peak hour?",
    "probability", {"rule": "refuse"}, None)

# r12: N(97.2, 1.4), P(X<95)
p12 = float(stats.norm.cdf(95, 97.2, 1.4))
add("relative compaction on the subgrade lifts is ~ normal, μ = 97.2 %, σ = 1.4 %. what fraction of tests come in below 95% (fails spec)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p12)

# r13: Bayes: 0.05*0.9 / (0.05*0.9 + 0.95*0.08)
p13 = 0.05*0.9/(0.05*0.9 + 0.95*0.08)
add("Acoustic leak loggers: about 5% of our pipe segments actually have a leak. Logger flags a real leak 90% of the time, "
    "and false-alarms on 8% of non-leaking segments. Given a logger alarms, what's P(there is actually a leak)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14: one-sample t test vs 100, two-sided
slump = [95, 102, 108, 99, 104, 110, 97, 106]
r14 = stats.ttest_1samp(slump, 100)
add("slump tests today (mm): 95 102 108 99 104 110 97 106 . target is 100 mm. one-sample t, two-sided — p-value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r14.pvalue))

# r15: Welch two-sample t, two-sided
A = [0.82, 0.75, 0.91, 0.68, 0.88, 0.79, 0.84]
B = [0.61, 0.72, 0.58, 0.66, 0.70, 0.55, 0.63, 0.69]
r15 = stats.ttest_ind(A, B, equal_var=False)
add("Free chlorine residuals (mg/L) pasted from the sampling sheet:\nZone A\t0.82\t0.75\t0.91\t0.68\t0.88\t0.79\t0.84\n"
    "Zone B\t0.61\t0.72\t0.58\t0.66\t0.70\t0.55\t0.63\t0.69\nIs there a difference in mean residual? Welch t-test (unequal variances), two-sided. Give the p-value.",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r15.pvalue))

# r16: paired t statistic, differences nuclear - sand cone
nuc = [118.2, 121.5, 116.9, 119.8, 122.3, 117.4]
sc = [117.1, 120.8, 116.5, 118.2, 121.0, 117.0]
r16 = stats.ttest_rel(nuc, sc)
add("Same 6 test spots, dry density (pcf) by nuclear gauge vs sand cone:\nnuclear: 118.2, 121.5, 116.9, 119.8, 122.3, 117.4\n"
    "sand cone: 117.1, 120.8, 116.5, 118.2, 121.0, 117.0\npaired t test, take d = nuclear − sand cone. what's the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r16.statistic))

# r17: chi-square test of independence 2x3 (no continuity correction applies, df=2)
tab = np.array([[24, 18, 15], [176, 232, 285]])
chi2, p17, dof, _ = stats.chi2_contingency(tab)
assert dof == 2
add("break history by material last 5 yrs (count of segments):\n         CI    DI    PVC\nbroke    24    18    15\nno break 176   232   285\n"
    "chi-square test of independence between material and breaking — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(p17))

# r18: OLS slope of leakage on pressure
P = np.array([30, 35, 40, 45, 50, 55, 60], float)
L = np.array([12.1, 13.4, 14.9, 16.0, 17.6, 18.7, 20.3])
f18 = sm.OLS(L, sm.add_constant(P)).fit()
add("DMA night flow study. avg zone pressure (m) vs leakage (L/s):\n30 12.1\n35 13.4\n40 14.9\n45 16.0\n50 17.6\n55 18.7\n60 20.3\n"
    "least squares line leakage = a + b·pressure — what's b?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(f18.params[1]))

# r19: R^2 of air voids on binder content
bc = np.array([4.5, 5.0, 5.5, 6.0, 6.5])
av = np.array([6.8, 5.4, 4.3, 3.1, 2.2])
f19 = sm.OLS(av, sm.add_constant(bc)).fit()
add("Marshall mix design, binder content % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). "
    "Fit a straight line of air voids on binder content; how much of the variation does it explain (R²)?",
    "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"}, float(f19.rsquared))

# r20: one-way ANOVA p-value, 3 curing methods
moist = [32.1, 33.4, 31.8, 34.0, 32.7]
memb = [30.2, 31.1, 29.8, 30.9, 31.5]
air = [27.9, 29.3, 28.4, 27.5, 28.8]
r20 = stats.f_oneway(moist, memb, air)
add("28-day cylinder breaks (MPa) by curing method\nmoist cure    32.1 33.4 31.8 34.0 32.7\ncuring compound 30.2 31.1 29.8 30.9 31.5\n"
    "air dry       27.9 29.3 28.4 27.5 28.8\none-way ANOVA, does curing matter? need the p-value",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))

# r21: one-way ANOVA F statistic, 4 zones unequal n
z1 = [52, 55, 51, 54]; z2 = [48, 47, 50, 49, 46]; z3 = [53, 56, 54]; z4 = [50, 52, 49, 51, 53]
r21 = stats.f_oneway(z1, z2, z3, z4)
add("Hydrant static pressures (psi) across four zones. Z1: 52, 55, 51, 54. Z2: 48, 47, 50, 49, 46. Z3: 53, 56, 54. "
    "Z4: 50, 52, 49, 51, 53. One-way ANOVA F statistic?",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r21.statistic))

# r22: 2^(5-1) half fraction -> 16 runs
add("half-fraction of a 2^5 for the asphalt plant trial (5 two-level factors), no replicates, no center pts. how many runs?",
    "design", {"rule": "runs"}, 2**(5-1))

# r23: full factorial 3 factors @3 levels x 2 factors @2 levels = 108
add("Compaction study: moisture, lift thickness and roller passes at three levels each, plus roller type and soil source "
    "at two levels each. Full factorial, single replicate — number of runs?",
    "design", {"rule": "runs"}, 3**3 * 2**2)

# r24: CCD k=3, full 2^3 cube + 6 axial + 6 center = 20
add("central composite design, 3 factors (w/c ratio, fly ash %, admixture dose), full 2³ factorial cube, the usual 6 axial points, "
    "6 center points. total runs?", "design", {"rule": "runs"}, 2**3 + 2*3 + 6)

# r25: Xbar chart UCL = 98.6 + A2(n=5)=0.577 * 7.4
ucl25 = 98.6 + 0.577*7.4
add("xbar-R on slump: 20 subgroups of n=5, grand mean 98.6 mm, R-bar 7.4 mm. UCL for the xbar chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)

# r26: c chart UCL = cbar + 3 sqrt(cbar)
leaks = [5, 8, 4, 7, 6, 9, 3, 6, 7, 5, 8, 6]
cbar = sum(leaks)/len(leaks)
ucl26 = cbar + 3*math.sqrt(cbar)
add("Leaks found per week in DMA-7, last 12 weeks: 5,8,4,7,6,9,3,6,7,5,8,6. Set up a c-chart; what's the upper control limit?",
    "control_chart", {"rule": "number", "tol": 1.0e-6, "key": "ucl"}, ucl26)

# r27: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 2.9/3.3
cpk = min(103 - 98.1, 98.1 - 95)/(3*1.1)
add("Spec on relative compaction is 95–103 %. Process runs mean 98.1, sigma 1.1. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)

# r28: Cp = (USL-LSL)/(6 s), s = sample sd (n-1)
bd = [5.12, 4.95, 5.08, 5.21, 4.98, 5.03, 5.15, 4.91, 5.06, 5.10]
s28 = float(np.std(bd, ddof=1))
cp28 = 0.8/(6*s28)
add("binder content extractions (%): 5.12 4.95 5.08 5.21 4.98 5.03 5.15 4.91 5.06 5.10\nJMF tolerance is 5.0 ± 0.4 %. "
    "compute Cp using the sample standard deviation (n−1) of these ten as sigma",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cp"}, cp28)

# r29: n = ceil((z_.975 * 0.18 / 0.05)^2) = 50
n29 = math.ceil((stats.norm.ppf(0.975)*0.18/0.05)**2)
assert n29 == 50
add("How many grab samples do I need to estimate mean free chlorine in the zone to within ±0.05 mg/L at 95% confidence? "
    "σ from last year is about 0.18 mg/L.", "sample_size", {"rule": "int", "key": "n"}, n29)

# r30: 850 US gpm -> L/s
v30 = 850*3.785411784/60
add("850 US gpm in L/s?", "unit_conversion", {"rule": "number", "tol": 1.0e-6}, v30)

assert len(items) == 30
doc = dict(suite=ROUND, type="reason",
           description=f"{ROUND} unseen questions, water network operator & construction materials lab tech",
           thresholds=dict(accuracy=0.9, overconfident=0.0), items=items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), f"{ROUND}.yaml")
with open(out, "w") as fh:
    yaml.safe_dump(doc, fh, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
