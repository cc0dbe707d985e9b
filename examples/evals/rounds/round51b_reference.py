import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round51b"
VOICE = "food-safety and dairy plant QA lead emailing a statistician (pasteurisation, fat, fill weights, micro counts, allergen swabs)"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, r = sp.symbols("t x r", real=True)

# ---------------- calculus (4) ----------------
# r01 derivative of plate-cooler curve T(t) = 4 + 68 e^{-0.15 t}
T = 4 + 68 * sp.exp(-sp.Rational(15, 100) * t)
d1 = sp.diff(T, t)
assert sp.simplify(d1 - (-sp.Rational(51, 5) * sp.exp(-sp.Rational(3, 20) * t))) == 0
add(
    "Dear Martin,\n\nThank you again for your help last week. On the regen/cooling section of the HTST the milk "
    "temperature after the pasteuriser follows, quite closely, T(t) = 4 + 68·e^(−0.15t) °C, with t in minutes "
    "from the moment it leaves the holding tube. Could you give me the cooling rate dT/dt as a general function "
    "of t? I would like the expression, not a number at one time point.\n\nKind regards,\nAoife",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 definite integral of CIP-free flow rate over a 12 h run
Q = 120 + 30 * sp.sin(sp.pi * t / 12)
V = sp.integrate(Q, (t, 0, 12))
assert abs(float(V) - integrate.quad(lambda s: 120 + 30 * math.sin(math.pi * s / 12), 0, 12)[0]) < 1e-9
add(
    "Hello Martin,\n\nOur raw milk intake pump does not run at a constant rate; over a 12-hour receiving window the "
    "flow is well described by Q(t) = 120 + 30·sin(πt/12) hL per hour, t in hours from 0 to 12. Could you "
    "please work out the total volume received over the window, i.e. the integral of Q from t = 0 to t = 12? "
    "An exact answer (in hL) would be ideal so I can round it myself for the silo log.\n\nMany thanks,\nAoife",
    "calculus",
    {"rule": "expr"},
    str(sp.nsimplify(V)),
)
# r03 limit (e^{2t}-1)/sin(3t) as t->0 = 2/3
L = sp.limit((sp.exp(2 * t) - 1) / sp.sin(3 * t), t, 0)
assert L == sp.Rational(2, 3)
assert abs((math.exp(2e-7) - 1) / math.sin(3e-7) - 2 / 3) < 1e-6
add(
    "Dear Martin,\n\na slightly odd one: in a spreadsheet model of our thermal death-time ratios I end up dividing "
    "(e^(2t) − 1) by sin(3t), and at t = 0 the cell shows #DIV/0!. What is the exact limit of "
    "(e^(2t) − 1)/sin(3t) as t → 0, so that I can hard-code it for that row?\n\nBest wishes,\nAoife",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 open-top cylindrical cup of 500 cm^3, minimise material -> r = (500/pi)^(1/3)
Vc = 500
S = sp.pi * r**2 + 2 * Vc / r  # base + side (h = V/(pi r^2))
crit = [c for c in sp.solve(sp.diff(S, r), r) if c.is_real and c > 0]
assert len(crit) == 1
r_opt = sp.simplify(crit[0])
assert abs(float(r_opt) - (500 / math.pi) ** (1 / 3)) < 1e-9
assert sp.diff(S, r, 2).subs(r, r_opt) > 0
add(
    "Dear Martin,\n\nPackaging development have asked me to sanity-check a yoghurt pot calculation. The pot is an "
    "open-top right circular cylinder (a base but no lid, the foil is a separate item) that must hold exactly "
    "500 cm³. Ignoring wall thickness, what base radius r in cm minimises the plastic area (base plus side wall)? "
    "An exact expression is fine.\n\nThank you,\nAoife",
    "calculus",
    {"rule": "expr"},
    str(r_opt),
)

# ---------------- algebra (3) ----------------
# r05 standardisation blend: whole 3.8% + skim 0.1% -> 1000 kg at 2.0%
w, s_ = sp.symbols("w s")
sol = sp.solve([w + s_ - 1000, sp.Rational(38, 10) * w + sp.Rational(1, 10) * s_ - 2 * 1000], [w, s_])
whole = sol[w]
assert abs(float(whole) - 1000 * (2.0 - 0.1) / (3.8 - 0.1)) < 1e-9  # Pearson square
add(
    "Hi Martin,\n\nFor tomorrow's semi-skimmed run I need 1000 kg of milk standardised to 2.0 % fat, blended from "
    "whole milk at 3.8 % fat and skim at 0.1 % fat (nothing else added). How many kg of the whole milk go into "
    "the blend? Please don't round to the nearest kg, I want to see the decimals.\n\nRegards,\nAoife",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(whole),
)
# r06 quadratic roots 2x^2 - 3x - 20 = 0 -> {4, -5/2}
roots = sp.solve(2 * x**2 - 3 * x - 20, x)
assert sorted(float(z) for z in roots) == sorted(np.roots([2, -3, -20]).real.tolist()) or np.allclose(
    sorted(float(z) for z in roots), sorted(np.roots([2, -3, -20]).real)
)
add(
    "Dear Martin,\n\nmy daughter's homework has got me stuck and I'm embarrassed to say my algebra is rusty: "
    "what are all the solutions of 2x² − 3x − 20 = 0? Exact values please (fractions rather than decimals).\n\n"
    "Thanks so much,\nAoife",
    "algebra",
    {"rule": "set"},
    [str(z) for z in sorted(roots)],
)
# r07 culture packs: 3a + 5b = 410, 4a + 2b = 290 -> a = 45
a, b = sp.symbols("a b")
sol = sp.solve([3 * a + 5 * b - 410, 4 * a + 2 * b - 290], [a, b])
assert np.allclose(np.linalg.solve([[3, 5], [4, 2]], [410, 290]), [float(sol[a]), float(sol[b])])
add(
    "Hello Martin,\n\nPurchasing lost the price list for our starter cultures, but I have two invoices. Invoice 1: "
    "3 packs of thermophilic culture plus 5 packs of mesophilic culture came to €410. Invoice 2: 4 packs of "
    "thermophilic plus 2 packs of mesophilic came to €290. Each type has a single fixed unit price. What is the "
    "price of one thermophilic pack in euros?\n\nBest,\nAoife",
    "algebra",
    {"rule": "expr"},
    str(sol[a]),
)

# ---------------- linear algebra (2) ----------------
# r08 3-component recombination system: SMP, cream, water -> kg of cream
S_, C_, W_ = sp.symbols("S C W")
eqs = [
    sp.Rational(35, 100) * S_ + sp.Rational(2, 100) * C_ - sp.Rational(34, 10),
    sp.Rational(1, 100) * S_ + sp.Rational(40, 100) * C_ - sp.Rational(35, 10),
    S_ + C_ + W_ - 100,
]
sol = sp.solve(eqs, [S_, C_, W_])
A = np.array([[0.35, 0.02, 0], [0.01, 0.40, 0], [1, 1, 1]])
bb = np.array([3.4, 3.5, 100])
assert np.allclose(np.linalg.solve(A, bb), [float(sol[S_]), float(sol[C_]), float(sol[W_])])
add(
    "Dear Martin,\n\nWe are recombining milk for an export order from three ingredients. Per kg of ingredient:\n\n"
    "ingredient\tprotein (kg/kg)\tfat (kg/kg)\n"
    "skim milk powder\t0.35\t0.01\n"
    "cream\t0.02\t0.40\n"
    "water\t0\t0\n\n"
    "The batch must weigh exactly 100 kg and contain exactly 3.4 kg protein and 3.5 kg fat. Could you solve the "
    "linear system and tell me how many kg of cream go in? Please give it to several decimals.\n\n"
    "Kind regards,\nAoife",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol[C_]),
)
# r09 eigenvalues of [[6,2],[2,3]] -> {2, 7}
M = sp.Matrix([[6, 2], [2, 3]])
ev = sorted(M.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array([[6, 2], [2, 3]], float))), [float(e) for e in ev])
add(
    "Hi Martin,\n\nThe consultant's report on our two-parameter sensory panel quotes a covariance matrix\n\n"
    "| 6 | 2 |\n| 2 | 3 |\n\nand says 'the eigenvalues are obvious'. They are not obvious to me! Could you give me "
    "both eigenvalues of that 2×2 matrix?\n\nThanks,\nAoife",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
# r10 binomial: 20 swabs, p = 0.03, P(X >= 2)
p10 = 1 - stats.binom.cdf(1, 20, 0.03)
assert abs(p10 - (1 - 0.97**20 - 20 * 0.03 * 0.97**19)) < 1e-12
add(
    "Dear Martin,\n\nHistorically about 3 % of our post-clean allergen (milk protein) swabs on the shared "
    "filler come back positive, and we treat swabs as independent. On Monday we will take 20 swabs. What is the "
    "probability that 2 or more of the 20 are positive?\n\nKind regards,\nAoife",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson: mean 1.8 cfu/plate, P(X > 3)
p11 = stats.poisson.sf(3, 1.8)
assert abs(p11 - (1 - sum(math.exp(-1.8) * 1.8**k / math.factorial(k) for k in range(4)))) < 1e-12
add(
    "Hello Martin,\n\nOn the coliform plates from our pasteurised product the count averages 1.8 colonies per "
    "plate, and the counts behave like a Poisson process. What is the probability that a single plate shows "
    "more than 3 colonies (i.e. 4 or more)?\n\nThank you,\nAoife",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal: fill ~ N(1002, 4^2), P(fill < 995)
p12 = stats.norm.cdf(995, 1002, 4)
assert abs(p12 - 0.5 * math.erfc(1.75 / math.sqrt(2))) < 1e-12
add(
    "Dear Martin,\n\nThe 1 kg yoghurt tubs are filled with a mean of 1002 g and a standard deviation of 4 g, and "
    "the fill weights are normally distributed. What fraction of tubs will weigh less than 995 g? A probability "
    "is fine.\n\nBest regards,\nAoife",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: Listeria rapid test
prev, sens, spec = 0.02, 0.95, 0.98
ppv = prev * sens / (prev * sens + (1 - prev) * (1 - spec))
ppv_exact = sp.Rational(2, 100) * sp.Rational(95, 100) / (
    sp.Rational(2, 100) * sp.Rational(95, 100) + sp.Rational(98, 100) * sp.Rational(2, 100)
)
assert abs(ppv - float(ppv_exact)) < 1e-12
add(
    "Dear Martin,\n\nWe are validating a rapid Listeria screen for environmental swabs in the cheese room. In our "
    "plant about 2 % of drain swabs are genuinely positive. The kit has 95 % sensitivity and 98 % specificity. "
    "If a swab screens positive, what is the probability that it really is contaminated?\n\nMany thanks,\nAoife",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(ppv),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, fat vs 3.50, two-sided
fat = np.array([3.52, 3.48, 3.55, 3.51, 3.49, 3.54, 3.53, 3.50, 3.56, 3.52])
res = stats.ttest_1samp(fat, 3.50)
tt = (fat.mean() - 3.50) / (fat.std(ddof=1) / math.sqrt(len(fat)))
assert abs(tt - res.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(tt), len(fat) - 1) - res.pvalue) < 1e-12
add(
    "Dear Martin,\n\nOur label claims 3.50 % fat for the full-cream milk. Ten retained samples from last week gave "
    "(Gerber, % fat):\n\n3.52\t3.48\t3.55\t3.51\t3.49\n3.54\t3.53\t3.50\t3.56\t3.52\n\n"
    "Could you run a one-sample t-test of whether the mean differs from 3.50 (two-sided, either direction "
    "matters to us) and send me the p-value?\n\nKind regards,\nAoife",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r15 Welch two-sample t on log10 TPC, two-sided, p-value
A15 = np.array([4.21, 4.35, 4.10, 4.42, 4.28, 4.15, 4.33])
B15 = np.array([4.48, 4.61, 4.39, 4.70, 4.55, 4.52])
res = stats.ttest_ind(A15, B15, equal_var=False)
va, vb = A15.var(ddof=1) / len(A15), B15.var(ddof=1) / len(B15)
tw = (A15.mean() - B15.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(A15) - 1) + vb**2 / (len(B15) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - res.pvalue) < 1e-12
add(
    "Hello Martin,\n\nWe compared raw milk total plate counts (log10 cfu/mL) from two collection routes:\n\n"
    "Route A | 4.21 | 4.35 | 4.10 | 4.42 | 4.28 | 4.15 | 4.33\n"
    "Route B | 4.48 | 4.61 | 4.39 | 4.70 | 4.55 | 4.52\n\n"
    "Please do a two-sample t-test WITHOUT assuming the two routes have equal variances (Welch), two-sided, and "
    "let me know the p-value.\n\nThank you,\nAoife",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r16 paired t: Gerber vs FTIR on same 8 samples, two-sided p-value
ger = np.array([3.41, 3.56, 3.62, 3.48, 3.70, 3.55, 3.39, 3.60])
ftir = np.array([3.44, 3.57, 3.66, 3.50, 3.71, 3.59, 3.40, 3.64])
res = stats.ttest_rel(ger, ftir)
dd = ger - ftir
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - res.statistic) < 1e-10
add(
    "Dear Martin,\n\nWe split eight milk samples and measured fat on each by the Gerber method and by our new "
    "FTIR analyser:\n\n"
    "sample\tGerber\tFTIR\n1\t3.41\t3.44\n2\t3.56\t3.57\n3\t3.62\t3.66\n4\t3.48\t3.50\n"
    "5\t3.70\t3.71\n6\t3.55\t3.59\n7\t3.39\t3.40\n8\t3.60\t3.64\n\n"
    "Since both methods were run on the same samples, I believe a paired t-test is right. Could you give me the "
    "t statistic for Gerber minus FTIR?\n\nBest wishes,\nAoife",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(res.statistic),
)
# r17 chi-square independence: shift x swab result (3x2), statistic
tab = np.array([[58, 6], [52, 12], [47, 17]])
chi2, pchi, dof, exp_ = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi2) < 1e-10 and dof == 2
add(
    "Hi Martin,\n\nAllergen swab outcomes after changeover, by shift, for the last quarter:\n\n"
    "| shift | pass | fail |\n| early | 58 | 6 |\n| late | 52 | 12 |\n| night | 47 | 17 |\n\n"
    "I'd like a chi-square test of independence between shift and swab outcome. What is the chi-square test "
    "statistic? (No continuity correction, it's a 3×2 table anyway.)\n\nRegards,\nAoife",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2),
)

# ---------------- regression (2) ----------------
# r18 slope: storage day vs log TPC
days = np.array([0, 3, 6, 9, 12, 15], float)
logc = np.array([2.1, 2.6, 3.2, 3.7, 4.1, 4.8])
lr = stats.linregress(days, logc)
slope_hand = ((days - days.mean()) * (logc - logc.mean())).sum() / ((days - days.mean()) ** 2).sum()
assert abs(lr.slope - slope_hand) < 1e-12
add(
    "Dear Martin,\n\nShelf-life study on pasteurised milk at 7 °C, log10 total count (cfu/mL) by storage day:\n\n"
    "day\t0\t3\t6\t9\t12\t15\nlog TPC\t2.1\t2.6\t3.2\t3.7\t4.1\t4.8\n\n"
    "Could you fit an ordinary least-squares straight line of log TPC on day and tell me the slope (log units "
    "per day)?\n\nMany thanks,\nAoife",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: homogeniser pressure vs fat globule size
pr = np.array([100, 150, 200, 250, 300], float)
gs = np.array([1.42, 1.10, 0.91, 0.78, 0.70])
lr = stats.linregress(pr, gs)
fit = np.polyval(np.polyfit(pr, gs, 1), pr)
r2_hand = 1 - ((gs - fit) ** 2).sum() / ((gs - gs.mean()) ** 2).sum()
assert abs(lr.rvalue**2 - r2_hand) < 1e-12
add(
    "Hello Martin,\n\nWe ran the homogeniser at five first-stage pressures and measured mean fat globule size:\n\n"
    "| pressure (bar) | 100 | 150 | 200 | 250 | 300 |\n| d (µm) | 1.42 | 1.10 | 0.91 | 0.78 | 0.70 |\n\n"
    "For a simple linear regression of globule size on pressure, what is the R²? I suspect a straight line is not "
    "ideal but I'd like the number for the report.\n\nKind regards,\nAoife",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA fill weights by nozzle, p-value
n1 = [501.2, 502.0, 500.8, 501.5, 501.9]
n2 = [502.4, 503.1, 502.8, 503.5, 502.2]
n3 = [501.0, 500.6, 501.8, 500.9, 501.4]
res = stats.f_oneway(n1, n2, n3)
allv = np.concatenate([n1, n2, n3])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (n1, n2, n3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (n1, n2, n3))
Fh = (ssb / 2) / (ssw / 12)
assert abs(Fh - res.statistic) < 1e-9 and abs(stats.f.sf(Fh, 2, 12) - res.pvalue) < 1e-12
add(
    "Dear Martin,\n\nFive consecutive fill weights (g) from each of the three nozzles on the 500 g cream filler:\n\n"
    "nozzle 1\t501.2\t502.0\t500.8\t501.5\t501.9\n"
    "nozzle 2\t502.4\t503.1\t502.8\t503.5\t502.2\n"
    "nozzle 3\t501.0\t500.6\t501.8\t500.9\t501.4\n\n"
    "Is there a difference in mean fill between nozzles? A one-way ANOVA p-value would be perfect.\n\n"
    "Thank you,\nAoife",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r21 two-way ANOVA with replication: culture (2) x temperature (3), 2 reps; F for temperature
data = {
    ("C1", 40): [4.62, 4.58],
    ("C1", 42): [4.51, 4.47],
    ("C1", 44): [4.45, 4.49],
    ("C2", 40): [4.70, 4.66],
    ("C2", 42): [4.55, 4.60],
    ("C2", 44): [4.41, 4.46],
}
cult = ["C1", "C2"]
temps = [40, 42, 44]
Y = np.array([[data[(c, tp_)] for tp_ in temps] for c in cult])  # shape 2x3x2
gm = Y.mean()
a_, b_, n_ = Y.shape
ssA = b_ * n_ * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = a_ * n_ * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cellm = Y.mean(axis=2)
ssAB = n_ * ((cellm - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cellm[:, :, None]) ** 2).sum()
dfE = a_ * b_ * (n_ - 1)
F_temp = (ssB / (b_ - 1)) / (ssE / dfE)
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

rows = [dict(cult=c, temp=str(tp_), y=v) for (c, tp_), vs in data.items() for v in vs]
df = pd.DataFrame(rows)
an = sm.stats.anova_lm(smf.ols("y ~ C(cult) * C(temp)", data=df).fit(), typ=2)
assert abs(an.loc["C(temp)", "F"] - F_temp) < 1e-6
add(
    "Dear Martin,\n\nWe tested two starter cultures at three incubation temperatures, two vats per combination, "
    "and measured yoghurt pH at 5 h:\n\n"
    "| culture | 40 °C | 42 °C | 44 °C |\n"
    "| C1 | 4.62, 4.58 | 4.51, 4.47 | 4.45, 4.49 |\n"
    "| C2 | 4.70, 4.66 | 4.55, 4.60 | 4.41, 4.46 |\n\n"
    "Could you run a two-way ANOVA with the culture × temperature interaction included and tell me the F "
    "statistic for the temperature main effect?\n\nWith thanks,\nAoife",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(F_temp),
)

# ---------------- design (3) ----------------
# r22 2^(6-2) fractional factorial + 2 centre points
runs22 = 2 ** (6 - 2) + 2
add(
    "Hi Martin,\n\nFor the cheese-yield screening study we have six two-level factors (rennet dose, CaCl2, set "
    "temperature, cut time, stir speed, pH at setting). We plan a quarter-fraction, i.e. a 2^(6−2) design, with "
    "2 centre points added, no replication. How many vats (runs) is that in total?\n\nBest,\nAoife",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 Box-Behnken 3 factors + 3 centre points = 15
k = 3
bb_edge = 4 * math.comb(k, 2)  # each pair of factors at +/-1, others at 0
runs23 = bb_edge + 3
assert runs23 == 15
add(
    "Dear Martin,\n\nTo optimise our ice-cream mix we want a Box–Behnken design in 3 factors (stabiliser %, "
    "homogenisation pressure, ageing time) with 3 centre points. How many runs does that come to?\n\n"
    "Kind regards,\nAoife",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 full factorial 3 x 2 x 2 with 2 replicates = 24
runs24 = 3 * 2 * 2 * 2
add(
    "Hello Martin,\n\nWe'd like to run a full factorial on the spray dryer: inlet temperature at 3 levels, "
    "atomiser speed at 2 levels and feed solids at 2 levels, with the whole design replicated twice (2 "
    "replicates of every combination). How many runs in total?\n\nThanks,\nAoife",
    "design",
    {"rule": "runs"},
    runs24,
)


# ---------------- control charts (2) ----------------
def d2(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return 2 * integrate.quad(f, 0, np.inf)[0]


# r25 Xbar-R UCL, n=5, Xbarbar=1001.8, Rbar=6.2 -> UCL = Xbb + A2 Rbar (A2 = 0.577)
A2 = 0.577
ucl25 = 1001.8 + A2 * 6.2
ucl25_d2 = 1001.8 + 3 / (d2(5) * math.sqrt(5)) * 6.2
assert abs(ucl25 - ucl25_d2) / ucl25 < 1e-5
add(
    "Dear Martin,\n\nWe are setting up an X̄–R chart for the 1 kg butter packing line. Subgroups of 5 packs are "
    "taken every 30 minutes; over 25 subgroups the grand mean is 1001.8 g and the average range is 6.2 g. What "
    "is the upper control limit for the X̄ chart (standard 3-sigma limits, using the usual A2 constant)?\n\n"
    "Best regards,\nAoife",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 p chart UCL, constant n=200, 15 days of leaker counts
leaks = np.array([4, 6, 3, 5, 7, 2, 4, 5, 6, 3, 4, 8, 5, 3, 4])
nn = 200
pbar = leaks.sum() / (nn * len(leaks))
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / nn)
pbar_s = sp.Rational(int(leaks.sum()), nn * len(leaks))
assert abs(float(pbar_s + 3 * sp.sqrt(pbar_s * (1 - pbar_s) / nn)) - ucl26) < 1e-12
add(
    "Hi Martin,\n\nEach day we squeeze-test 200 pouches of UHT cream for seal leaks. Leakers found over the last "
    "15 days:\n\n4, 6, 3, 5, 7, 2, 4, 5, 6, 3, 4, 8, 5, 3, 4\n\n"
    "I'd like a p chart (fraction defective) with 3-sigma limits. What is the UCL, as a fraction?\n\n"
    "Many thanks,\nAoife",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk: fat spec 3.45-3.55, mean 3.52, sd 0.012
cpk27 = min(3.55 - 3.52, 3.52 - 3.45) / (3 * 0.012)
cpu = (3.55 - 3.52) / (3 * 0.012)
assert abs(cpk27 - cpu) < 1e-12 and abs(cpk27 - 5 / 6) < 1e-9
add(
    "Dear Martin,\n\nThe in-line standardiser holds fat at a mean of 3.52 % with a (within-process) standard "
    "deviation of 0.012 %. Our specification is 3.45 % to 3.55 % fat. Could you tell me the Cpk?\n\n"
    "Kind regards,\nAoife",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Cp from Rbar/d2, n=4, Rbar = 2.1, spec 498-506 g
d2_4 = 2.059
cp28 = (506 - 498) / (6 * 2.1 / d2_4)
cp28_int = (506 - 498) / (6 * 2.1 / d2(4))
assert abs(cp28 - cp28_int) / cp28 < 1e-3
add(
    "Hello Martin,\n\nFrom our X̄–R chart on the 500 g cheese portions (subgroups of 4), the average range is "
    "2.1 g and the process is in control. The specification is 498 g to 506 g. Estimating sigma as R̄/d2 "
    "(d2 = 2.059 for n = 4), what is the Cp?\n\nThank you,\nAoife",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    float(cp28),
)

# ---------------- sample size (1) ----------------
# r29 two-sample n per group, sd 0.08, delta 0.05, alpha .05 two-sided, power .80, normal approx
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 0.08**2 / 0.05**2)
assert n29 == math.ceil(2 * (1.96 + 0.8416) ** 2 * 0.08**2 / 0.05**2)
add(
    "Dear Martin,\n\nWe want to compare mean fat content between two separators. The standard deviation of fat "
    "measurements is about 0.08 % on both, and we want to detect a difference of 0.05 % in means with 80 % power "
    "at α = 0.05, two-sided. Using the usual normal-approximation (z) formula, how many samples do we need from "
    "each separator? Please round up.\n\nBest wishes,\nAoife",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 161 F -> C = 215/3
c30 = (sp.Rational(161) - 32) * sp.Rational(5, 9)
assert abs(float(c30) - (161 - 32) / 1.8) < 1e-12
add(
    "Hi Martin,\n\nA US customer's audit checklist quotes the HTST legal minimum as 161 °F for 15 s. What is "
    "161 °F in degrees Celsius? Exact value please, our SOPs are in °C.\n\nThanks,\nAoife",
    "unit_conversion",
    {"rule": "expr"},
    str(c30),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == Counter(
    calculus=4, algebra=3, linear_algebra=2, probability=4, hypothesis_test=4, regression=2, anova=2, design=3,
    control_chart=2, capability=2, sample_size=1, unit_conversion=1,
)
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
