import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round49a"
VOICE = "quality manager at a furniture factory (wood moisture, glue-joint strength, finish gloss, drawer fit, customer returns)"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of kiln drying curve M(t) = 6 + 14 e^{-t/12}
M = 6 + 14 * sp.exp(-t / 12)
dM = sp.simplify(sp.diff(M, t))
assert sp.simplify(dM - (-sp.Rational(7, 6) * sp.exp(-t / 12))) == 0
add(
    "Our kiln guy fitted the drying curve for red oak as M(t) = 6 + 14·e^(−t/12), M = moisture content in %, t in days. "
    "I need the drying rate dM/dt as a function of t for the report.",
    "calculus",
    {"rule": "expr"},
    str(dM),
)

# r02 definite integral: heat input P(t) = 12 t e^{-t/4} kW over 0..8 h -> 192 - 576 e^-2
P = 12 * t * sp.exp(-t / 4)
E = sp.simplify(sp.integrate(P, (t, 0, 8)))
Enum, _ = integrate.quad(lambda s: 12 * s * math.exp(-s / 4), 0, 8)
assert abs(float(E) - Enum) < 1e-9
assert sp.simplify(E - (192 - 576 * sp.exp(-2))) == 0
add(
    "Finish curing oven heater draw is modelled as P(t) = 12t·e^(−t/4) kW, t in hours. "
    "Total energy over the first 8 hours = ∫₀⁸ P(t) dt (kWh) -- exact value please, not a decimal.",
    "calculus",
    {"rule": "expr"},
    str(E),
)

# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L)) < 1e-3
add(
    "Quick one from a spreadsheet model that blows up at zero: what is lim as x→0 of (e^(2x) − 1 − 2x)/x² ?",
    "calculus",
    {"rule": "expr"},
    str(L),
)

# r04 optimisation: open tray from 60 x 40 cm sheet, cut squares side h -> h = (50 - 10 sqrt7)/3
h = sp.symbols("h", positive=True)
V = h * (60 - 2 * h) * (40 - 2 * h)
crit = [c for c in sp.solve(sp.diff(V, h), h) if 0 < float(c) < 20]
assert len(crit) == 1
hopt = sp.nsimplify(sp.simplify(crit[0]))
assert sp.simplify(hopt - (50 - 10 * sp.sqrt(7)) / 3) == 0
hs = np.linspace(0.001, 19.999, 200001)
Vs = hs * (60 - 2 * hs) * (40 - 2 * hs)
assert abs(hs[np.argmax(Vs)] - float(hopt)) < 1e-3
add(
    "We make open drawer-organizer trays from a 60 cm × 40 cm hardboard sheet: cut an equal square of side h out of each "
    "corner and fold up the sides. What h (cm) gives the max tray volume? Exact answer please.",
    "calculus",
    {"rule": "expr"},
    str(hopt),
)

# ---------------- algebra (3) ----------------
# r05 roots of 2x^2 - 3x - 5 = 0 -> {-1, 5/2}
roots = sp.solve(2 * x**2 - 3 * x - 5, x)
assert sorted(float(r) for r in roots) == sorted(np.roots([2, -3, -5]).real.tolist())
add(
    "solve 2x² − 3x − 5 = 0 for x, all solutions (came out of a gloss-vs-film-build fit, I just need the roots)",
    "algebra",
    {"rule": "set"},
    sorted([str(r) for r in roots], key=lambda s: float(sp.sympify(s))),
)

# r06 stain blend: 20 L at 8% pigment + y L of 20% concentrate -> 12% ; y = 10
y = sp.symbols("y")
ysol = sp.solve(sp.Eq(sp.Rational(8, 100) * 20 + sp.Rational(20, 100) * y, sp.Rational(12, 100) * (20 + y)), y)
assert len(ysol) == 1
assert abs(float(ysol[0]) - (0.12 * 20 - 0.08 * 20) / (0.20 - 0.12)) < 1e-12
add(
    "Finishing room has 20 L of walnut stain at 8% pigment (by volume). How many litres of the 20% pigment concentrate "
    "do we add to bring the whole batch to 12%?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(ysol[0]),
)

# r07 wood moisture (oven-dry basis): 52 kg at 30% MC -> oven-dry 40 kg -> at 8% MC 43.2 kg
w = sp.symbols("w")
od = sp.solve(sp.Eq(w * (1 + sp.Rational(30, 100)), 52), w)[0]
w8 = od * (1 + sp.Rational(8, 100))
assert abs(float(w8) - 52 / 1.30 * 1.08) < 1e-12
add(
    "Green maple blank weighs 52 kg at 30% moisture content. MC is on the usual oven-dry basis "
    "(water weight ÷ oven-dry wood weight). Assuming only water is lost, what will it weigh in kg once dried to 8% MC?",
    "algebra",
    {"rule": "expr"},
    str(w8),
)

# ---------------- linear algebra (2) ----------------
# r08 system: x+y+z=12, 2x-y+z=5, x+2y-z=9 ; ask z
a_, b_, c_ = sp.symbols("a b c")
A = sp.Matrix([[1, 1, 1], [2, -1, 1], [1, 2, -1]])
rhs = sp.Matrix([12, 5, 9])
sol = A.LUsolve(rhs)
npsol = np.linalg.solve(np.array(A.tolist(), float), np.array(rhs.tolist(), float).ravel())
assert np.allclose(npsol, [float(v) for v in sol])
add(
    "Costing three hardware kits (a, b, c = hours of assembly labour each) from three work orders:\n"
    "a + b + c = 12\n2a − b + c = 5\na + 2b − c = 9\nsolve the system, what is c?",
    "linear_algebra",
    {"rule": "expr"},
    str(sp.nsimplify(sol[2])),
)

# r09 eigenvalues of [[4,1,0],[1,4,0],[0,0,2]] -> {2,3,5}
B = sp.Matrix([[4, 1, 0], [1, 4, 0], [0, 0, 2]])
ev = sorted(int(e) for e in B.eigenvals())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(B.tolist(), float))), ev)
add(
    "Simplified stiffness matrix for a 3-shelf bookcase model is K = [[4, 1, 0], [1, 4, 0], [0, 0, 2]]. "
    "What are its eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
# r10 binomial n=20 p=0.04, P(X<=1)
p10 = stats.binom.cdf(1, 20, 0.04)
assert abs(p10 - (0.96**20 + 20 * 0.04 * 0.96**19)) < 1e-12
add(
    "Drawer slide install has historically run 4% defective. If we pull 20 drawers at random off the line, "
    "what's the probability we find at most 1 bad one? (exact binomial, treat drawers as independent)",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)

# r11 Poisson lambda=1.8, P(X>=3)
p11 = stats.poisson.sf(2, 1.8)
assert abs(p11 - (1 - math.exp(-1.8) * (1 + 1.8 + 1.8**2 / 2))) < 1e-12
add(
    "Finish blemishes (dust nibs, runs) on dining tabletops average 1.8 per top and follow a Poisson distribution. "
    "What fraction of tops will have 3 or more blemishes?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)

# r12 normal MC mean 7.5 sd 0.8, P(X > 9)
p12 = stats.norm.sf(9, 7.5, 0.8)
assert abs(p12 - 0.5 * math.erfc((9 - 7.5) / 0.8 / math.sqrt(2))) < 1e-12
add(
    "Incoming kiln-dried cherry: moisture content is normally distributed, mean 7.5%, std dev 0.8%. "
    "Our max is 9.0% MC. What proportion of boards will come in over 9.0%?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)

# r13 Bayes: prevalence 5%, sensitivity 92%, false alarm 4% -> 23/42
prev, sens, fa = sp.Rational(5, 100), sp.Rational(92, 100), sp.Rational(4, 100)
post = prev * sens / (prev * sens + (1 - prev) * fa)
assert post == sp.Rational(23, 42)
assert abs(float(post) - 0.05 * 0.92 / (0.05 * 0.92 + 0.95 * 0.04)) < 1e-12
add(
    "About 5% of the lumber we receive is actually too wet. Our pin moisture meter flags 92% of the wet boards, "
    "but it also falsely flags 4% of boards that are fine. If the meter flags a board, what is the probability it really is too wet?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(post),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, one-sided upper, mu0 = 10
d14 = np.array([10.8, 11.2, 9.9, 10.5, 11.6, 10.1, 10.9, 11.4, 10.3, 10.7])
r14 = stats.ttest_1samp(d14, 10.0, alternative="greater")
t14 = (d14.mean() - 10) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(r14.statistic - t14) < 1e-10
assert abs(r14.pvalue - stats.t.sf(t14, len(d14) - 1)) < 1e-12
add(
    "Glue-joint shear strength (MPa) on 10 mortise-and-tenon test pieces:\n"
    "10.8\t11.2\t9.9\t10.5\t11.6\t10.1\t10.9\t11.4\t10.3\t10.7\n"
    "Customer spec says mean must exceed 10 MPa. One-sample t test, one-sided (H1: mean > 10). p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)

# r15 Welch two-sample, two-sided
gA = np.array([88.2, 86.9, 89.5, 87.4, 88.8, 90.1, 87.9])
gB = np.array([85.6, 87.8, 84.9, 86.2, 88.4, 85.1, 83.9, 86.7])
r15 = stats.ttest_ind(gA, gB, equal_var=False)
va, vb = gA.var(ddof=1) / len(gA), gB.var(ddof=1) / len(gB)
tw = (gA.mean() - gB.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(gA) - 1) + vb**2 / (len(gB) - 1))
assert abs(r15.pvalue - 2 * stats.t.sf(abs(tw), dfw)) < 1e-12
add(
    "60° gloss readings (GU) on the same lacquer from two suppliers.\n"
    "Supplier A: 88.2, 86.9, 89.5, 87.4, 88.8, 90.1, 87.9\n"
    "Supplier B: 85.6, 87.8, 84.9, 86.2, 88.4, 85.1, 83.9, 86.7\n"
    "Is there a difference in mean gloss? Two-sided, and don't assume the variances are equal (Welch). Give me the p-value.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)

# r16 paired t, two-sided, ask statistic
before = np.array([2.8, 3.1, 2.6, 3.4, 2.9, 3.0, 3.3, 2.7])
after = np.array([2.5, 2.9, 2.5, 3.0, 2.8, 2.6, 3.1, 2.6])
r16 = stats.ttest_rel(before, after)
dd = before - after
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(r16.statistic - tp) < 1e-10
add(
    "We changed the drawer-box assembly jig. Same 8 dresser openings measured for side gap (mm) with the old box and the new box:\n"
    "opening\t1\t2\t3\t4\t5\t6\t7\t8\n"
    "old\t2.8\t3.1\t2.6\t3.4\t2.9\t3.0\t3.3\t2.7\n"
    "new\t2.5\t2.9\t2.5\t3.0\t2.8\t2.6\t3.1\t2.6\n"
    "Paired t test, two-sided, differences old − new. What's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)

# r17 chi-square independence 3x3
obs = np.array([[34, 22, 41], [28, 15, 19], [19, 24, 17]])
chi2, p17, dof, exp = stats.chi2_contingency(obs, correction=False)
e2 = np.outer(obs.sum(1), obs.sum(0)) / obs.sum()
c2 = ((obs - e2) ** 2 / e2).sum()
assert abs(c2 - chi2) < 1e-10 and dof == 4
assert abs(p17 - stats.chi2.sf(c2, 4)) < 1e-12
add(
    "Customer returns last year by reason and product line (counts):\n"
    "\tTransit damage\tFinish defect\tDrawer/door fit\n"
    "Dressers\t34\t22\t41\n"
    "Nightstands\t28\t15\t19\n"
    "Desks\t19\t24\t17\n"
    "Is return reason independent of product line? Pearson chi-square test of independence -- p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope of shear strength vs clamp pressure
xp = np.array([100, 125, 150, 175, 200, 225, 250], float)
ys = np.array([8.1, 8.9, 9.6, 10.4, 10.8, 11.5, 11.9])
lr = stats.linregress(xp, ys)
assert abs(lr.slope - np.polyfit(xp, ys, 1)[0]) < 1e-12
sxy = ((xp - xp.mean()) * (ys - ys.mean())).sum()
sxx = ((xp - xp.mean()) ** 2).sum()
assert abs(lr.slope - sxy / sxx) < 1e-12
add(
    "Clamp pressure study, edge-glued panels:\n"
    "pressure (psi)\t100\t125\t150\t175\t200\t225\t250\n"
    "shear strength (MPa)\t8.1\t8.9\t9.6\t10.4\t10.8\t11.5\t11.9\n"
    "Fit a straight line strength vs pressure by least squares. What's the slope (MPa per psi)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)

# r19 r^2 of MC vs day
days = np.arange(1, 9, dtype=float)
mc = np.array([18.2, 16.1, 14.5, 12.9, 11.8, 10.6, 9.9, 9.1])
lr2 = stats.linregress(days, mc)
r2 = lr2.rvalue**2
assert abs(r2 - np.corrcoef(days, mc)[0, 1] ** 2) < 1e-12
yhat = np.polyval(np.polyfit(days, mc, 1), days)
assert abs(r2 - (1 - ((mc - yhat) ** 2).sum() / ((mc - mc.mean()) ** 2).sum())) < 1e-12
add(
    "Kiln charge #14, average moisture content by day:\n"
    "day: 1, 2, 3, 4, 5, 6, 7, 8\n"
    "MC %: 18.2, 16.1, 14.5, 12.9, 11.8, 10.6, 9.9, 9.1\n"
    "If I fit a simple linear regression of MC on day, what's the R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA p-value
g1 = np.array([10.2, 11.1, 10.8, 10.5, 11.4])
g2 = np.array([9.6, 10.1, 9.9, 10.4, 9.7])
g3 = np.array([10.9, 11.6, 11.2, 10.7, 11.8])
fo = stats.f_oneway(g1, g2, g3)
allg = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (g.mean() - allg.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - fo.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 12) - fo.pvalue) < 1e-12
add(
    "Trialling three PVA glues, 5 joints each, shear strength MPa:\n"
    "Glue A\t10.2\t11.1\t10.8\t10.5\t11.4\n"
    "Glue B\t9.6\t10.1\t9.9\t10.4\t9.7\n"
    "Glue C\t10.9\t11.6\t11.2\t10.7\t11.8\n"
    "One-way ANOVA -- what's the p-value for a difference between glues?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fo.pvalue),
)

# r21 two-way ANOVA with replication, interaction in model; F for booth main effect
# finish (2 levels) x booth (3 levels), 2 replicates
data = {
    ("Lacquer", 1): [88, 90],
    ("Lacquer", 2): [85, 86],
    ("Lacquer", 3): [91, 89],
    ("CV", 1): [84, 83],
    ("CV", 2): [82, 84],
    ("CV", 3): [87, 88],
}
fins, booths = ["Lacquer", "CV"], [1, 2, 3]
Y = np.array([[data[(f, b)] for b in booths] for f in fins], float)  # shape (2,3,2)
a_n, b_n, r_n = Y.shape
gm = Y.mean()
ssA = b_n * r_n * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = a_n * r_n * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cell = Y.mean(axis=2)
ssAB = r_n * ((cell - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cell[:, :, None]) ** 2).sum()
dfE = a_n * b_n * (r_n - 1)
FB = (ssB / (b_n - 1)) / (ssE / dfE)
# cross-check with statsmodels
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

rows = [dict(finish=f, booth=str(b), gloss=v) for (f, b), vals in data.items() for v in vals]
df = pd.DataFrame(rows)
tab = sm.stats.anova_lm(ols("gloss ~ C(finish) * C(booth)", data=df).fit(), typ=2)
assert abs(tab.loc["C(booth)", "F"] - FB) < 1e-9
assert abs(tab.loc["Residual", "sum_sq"] - ssE) < 1e-9
add(
    "Gloss (GU) by finish type and spray booth, 2 panels per combination:\n"
    "\tBooth 1\tBooth 2\tBooth 3\n"
    "Lacquer\t88, 90\t85, 86\t91, 89\n"
    "Conv. varnish\t84, 83\t82, 84\t87, 88\n"
    "Two-way ANOVA with the finish×booth interaction in the model. What is the F statistic for the booth main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(FB),
)

# ---------------- design (3) ----------------
# r22 2^(5-1) half fraction, 2 replicates, plus 4 centre points total -> 36
n22 = 2 ** (5 - 1) * 2 + 4
add(
    "Planning a finishing-line DOE: 5 factors (spray pressure, fluid tip, line speed, flash time, oven temp) as a "
    "2^(5−1) half fraction, run 2 full replicates of the fraction, plus 4 centre points in total (not per replicate). "
    "How many runs is that?",
    "design",
    {"rule": "runs"},
    n22,
)

# r23 Box-Behnken 4 factors, 3 centre points -> 27
k = 4
n23 = 2 * k * (k - 1) + 3  # BBD edge-midpoint runs for k=4 is 24
assert 2 * k * (k - 1) == 4 * math.comb(4, 2)
add(
    "For the edge-banding glue study we want a Box-Behnken design in 4 factors (glue temp, feed speed, pressure "
    "roller setting, board temp) with 3 centre points. Total run count?",
    "design",
    {"rule": "runs"},
    n23,
)

# r24 CCD 3 factors, full 2^3 cube + 6 axial + 6 centre -> 20
n24 = 2**3 + 2 * 3 + 6
add(
    "Central composite design for 3 factors on the veneer press (temp, time, pressure): full 2^3 factorial cube, "
    "the usual axial (star) points, and 6 centre points. How many runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL, n=5, A2 computed from d2 by numerical integration
def d2_of(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


d2_5 = d2_of(5)
assert abs(d2_5 - 2.326) < 1e-3
A2 = 3 / (d2_5 * math.sqrt(5))
assert abs(A2 - 0.577) < 1e-3
ucl25 = 450.12 + A2 * 0.42
assert abs(ucl25 - (450.12 + 0.577 * 0.42)) / ucl25 < 1e-5
add(
    "Drawer front width, X-bar/R chart, subgroups of 5, 25 subgroups so far. Grand average = 450.12 mm, "
    "average range R-bar = 0.42 mm. What is the UCL for the X-bar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)

# r26 u chart: 25 samples of 5 tables, 96 defects total -> ubar = 0.768; UCL = ubar + 3 sqrt(ubar/5)
ubar = sp.Rational(96, 125)
ucl26 = ubar + 3 * sp.sqrt(ubar / 5)
assert abs(float(ucl26) - (0.768 + 3 * math.sqrt(0.768 / 5))) < 1e-12
add(
    "Final inspection counts finish defects on coffee tables. Each sample is 5 tables; over 25 samples we found 96 "
    "defects in total. Setting up a u chart (defects per table) -- what's the UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: spec 6-10 % MC, mean 8.4, sd 0.35
cpk27 = min(10 - 8.4, 8.4 - 6) / (3 * 0.35)
assert abs(cpk27 - float(sp.Rational(16, 10) / (3 * sp.Rational(35, 100)))) < 1e-12
add(
    "Moisture content spec for furniture stock is 6% to 10%. Process is stable, mean 8.4% MC, std dev 0.35%. What's Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)

# r28 Cp with sigma = Rbar/d2, d2 = 2.059 given
sig28 = 0.18 / 2.059
cp28 = (450.5 - 449.5) / (6 * sig28)
assert abs(cp28 - 2.059 / (6 * 0.18)) < 1e-12
assert abs(d2_of(4) - 2.059) < 1e-3
add(
    "Drawer box width spec 449.5–450.5 mm. From the X-bar/R chart (subgroups of 4), R-bar = 0.18 mm. "
    "Estimate sigma as R-bar/d2 with d2 = 2.059. What's Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample mean comparison, delta 1.5, sigma 2.0, alpha .05 two-sided, power .90, z formula -> 38
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 2.0**2 / 1.5**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 4 / 2.25)
add(
    "Want to compare two edge-glue adhesives on mean joint strength. Std dev of strength is about 2.0 MPa for both, "
    "and we care about a 1.5 MPa difference. α = 0.05 two-sided, 90% power, use the normal (z) approximation formula. "
    "How many joints per adhesive?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 1250 board feet (144 in^3 each) -> m^3
bf = sp.Rational(144) * sp.Rational(254, 10000) ** 3  # m^3 per board foot
v30 = 1250 * bf
assert abs(float(v30) - 1250 * 144 * 16.387064e-6) < 1e-12
add(
    "Supplier quotes 1,250 board feet of white oak (1 board foot = 144 cubic inches). Our ERP wants cubic metres. "
    "What's that in m³?",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-4},
    float(v30),
)

assert len(items) == 30
from collections import Counter

want = dict(calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2,
            design=3, control_chart=2, capability=2, sample_size=1, unit_conversion=1)
assert Counter(it["mode"] for it in items) == want
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, {VOICE}",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
