import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round55c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, r = sp.symbols("t x r", positive=True)

# r01 derivative of gravity decay G(t) = 1.010 + 0.045 e^{-t/36}
G = sp.Rational(1010, 1000) + sp.Rational(45, 1000) * sp.exp(-t / 36)
dG = sp.simplify(sp.diff(G, t))
assert sp.simplify(dG + sp.Rational(1, 800) * sp.exp(-t / 36)) == 0
add(
    "so I fit the gravity curve on our last hazy batch and it goes SG(t) = 1.010 + 0.045·e^(−t/36) with t in hours since pitch, "
    "which lines up pretty nice with the 12.5 °P OG we knocked out at, and what I actually want is the rate dSG/dt as a function of t so I can see how fast it's dropping at any point",
    "calculus",
    {"rule": "expr"},
    str(dG),
)

# r02 total transfer volume: int_0^6 (40 - 0.5 t^2) dt = 204 L
V = sp.integrate(40 - sp.Rational(1, 2) * t**2, (t, 0, 6))
assert abs(float(V) - integrate.quad(lambda s: 40 - 0.5 * s**2, 0, 6)[0]) < 1e-9
add(
    "transfer pump from the brite to the keg filler slows down as the line heats up, flow is q(t) = 40 − 0.5t² L/min with t in minutes, "
    "and we ran it for exactly 6 min before shutting it off, how many liters total went through (integrate it, not eyeballing it like my cellar guy does)",
    "calculus",
    {"rule": "expr"},
    str(V),
)

# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(L) - (math.exp(2e-4) - 1 - 2e-4) / 1e-8) < 1e-3
add(
    "came across this in some yeast growth model paper and my brain's fried after a double brew day, lim as x→0 of (e^(2x) − 1 − 2x)/x² , exact value?",
    "calculus",
    {"rule": "expr"},
    str(L),
)

# r04 open-top cylinder, V = 1 m^3, minimise steel area -> r = pi^(-1/3) m
A = sp.pi * r**2 + 2 * 1 / r
ropt = sp.solve(sp.diff(A, r), r)[0]
ropt_f = float(ropt)
assert abs(ropt_f - (1 / math.pi) ** (1 / 3)) < 1e-12
add(
    "fabricator's quoting us an open-top cylindrical hot liquor tank, flat bottom, no lid, has to hold exactly 1000 L (1 m³), "
    "and steel's priced by area so I want the radius in meters that minimizes bottom + side wall area, ignore the weld seams and fittings",
    "calculus",
    {"rule": "number", "tol": 1e-4},
    ropt_f,
)

# r05 blend 6.8% and 4.2% ABV to 200 L at 5.0% -> 800/13 L of the strong one
a = sp.symbols("a")
sa = sp.solve(sp.Eq(a * sp.Rational(68, 10) + (200 - a) * sp.Rational(42, 10), 200 * 5), a)[0]
assert sa == sp.Rational(800, 13)
add(
    "gotta hit 5.0% ABV on a 200 L blend for the taproom session beer using our 6.8% pale and the 4.2% lager that's sitting around, "
    "how many liters of the 6.8% stuff go in (assume ABV just blends by volume, exact number pls not rounded)",
    "algebra",
    {"rule": "expr"},
    str(sa),
)

# r06 roots of 2x^2 - 9x + 4 = 0 -> {1/2, 4}
roots = sp.solve(2 * x**2 - 9 * x + 4, x)
roots_n = sorted(float(v) for v in np.roots([2, -9, 4]))
assert sorted(float(v) for v in roots) == roots_n
add(
    "the spreadsheet my assistant brewer built for mash thickness spits out 2x² − 9x + 4 = 0 and I need every x that solves it, he swears one of them is the real answer",
    "algebra",
    {"rule": "set"},
    [str(v) for v in sorted(roots, key=float)],
)

# r07 kegs: 50 L and 20 L, 38 kegs, 1420 L -> 22 fifties
f, s = sp.symbols("f s")
sol = sp.solve([f + s - 38, 50 * f + 20 * s - 1420], [f, s])
assert sol[f] == 22 and np.allclose(np.linalg.solve([[1, 1], [50, 20]], [38, 1420]), [22, 16])
add(
    "racked the whole 1420 L of the pilsner into kegs today, only used 50 L and 20 L kegs, 38 kegs filled in total, every keg filled to its full volume, how many 50 L kegs did we fill",
    "algebra",
    {"rule": "expr"},
    str(sol[f]),
)

# r08 determinant
M = sp.Matrix([[3, 1, 2], [0, 4, 1], [2, -1, 5]])
dM = M.det()
assert abs(float(dM) - np.linalg.det(np.array(M.tolist(), float))) < 1e-9
add(
    "part of a mass balance for the CIP caustic loop ended up with the matrix [[3, 1, 2], [0, 4, 1], [2, −1, 5]], what's the determinant",
    "linear_algebra",
    {"rule": "expr"},
    str(dM),
)

# r09 grain bill system -> crystal 20 kg
B, Cr, Mu = sp.symbols("B C Mu")
eqs = [B + Cr + Mu - 250, sp.Rational(80, 100) * B + sp.Rational(75, 100) * Cr + sp.Rational(78, 100) * Mu - 198,
       2 * B + 60 * Cr + 10 * Mu - 2060]
gs = sp.solve(eqs, [B, Cr, Mu])
num = np.linalg.solve(np.array([[1, 1, 1], [0.8, 0.75, 0.78], [2, 60, 10]]), [250, 198, 2060])
assert np.allclose(num, [float(gs[B]), float(gs[Cr]), float(gs[Mu])])
add(
    "reverse engineering a grain bill from the old head brewer's notes, three malts: base (B), crystal (C) and munich (M), all in kg, "
    "total grist B + C + M = 250 kg, extract 0.80B + 0.75C + 0.78M = 198 kg, and color units 2B + 60C + 10M = 2060, solve the system, how many kg of crystal was in there",
    "linear_algebra",
    {"rule": "expr"},
    str(gs[Cr]),
)

# r10 binomial: n=40, p=0.03, P(X>=2)
p10 = float(stats.binom.sf(1, 40, 0.03))
assert abs(p10 - (1 - 0.97**40 - 40 * 0.03 * 0.97**39)) < 1e-12
add(
    "historically about 3% of our returned kegs come back with a leaky spear valve, each keg independent, we just got 40 back from the distributor, "
    "what's the probability that at least 2 of them leak (exact binomial, no approximations)",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p10,
)

# r11 Poisson: rate 1.8/month, 2 months -> lambda 3.6, P(X<=1)
p11 = float(stats.poisson.cdf(1, 3.6))
assert abs(p11 - math.exp(-3.6) * (1 + 3.6)) < 1e-12
add(
    "we average 1.8 dumped batches a month from infections or stuck ferments, treat it as poisson, what's the chance we dump at most 1 batch over the next 2 months combined",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p11,
)

# r12 Normal: mean 12.08 oz, sd 0.06, P(<12.0)
p12 = float(stats.norm.cdf(12.0, 12.08, 0.06))
assert abs(p12 - 0.5 * math.erfc((0.08 / 0.06) / math.sqrt(2))) < 1e-12
add(
    "canning line fills our 12 oz (355 mL) cans at a mean of 12.08 fl oz with sd 0.06 fl oz, fills normally distributed, "
    "what fraction of cans come out under the 12.00 oz label claim",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p12,
)

# r13 Bayes: prevalence 4%, sens 92%, FP 6%
p13 = 0.04 * 0.92 / (0.04 * 0.92 + 0.96 * 0.06)
pr = sp.Rational(4, 100) * sp.Rational(92, 100) / (sp.Rational(4, 100) * sp.Rational(92, 100) + sp.Rational(96, 100) * sp.Rational(6, 100))
assert abs(float(pr) - p13) < 1e-12
add(
    "the PCR kit for beer spoilers we're trialing catches 92% of batches that actually have lacto in them, but it also flags 6% of clean batches as positive, "
    "and roughly 4% of our sour-adjacent batches are truly infected, if a batch tests positive what's the probability it's really infected",
    "probability",
    {"rule": "number", "tol": 1e-4},
    p13,
)

# r14 Welch two-sample t
sx = np.array([6.5, 7.0, 6.0, 7.5, 6.5, 7.0])
sy = np.array([8.0, 9.5, 7.0, 10.0, 8.5])
w = stats.ttest_ind(sx, sy, equal_var=False)
vx, vy = sx.var(ddof=1) / len(sx), sy.var(ddof=1) / len(sy)
tw = (sx.mean() - sy.mean()) / math.sqrt(vx + vy)
dfw = (vx + vy) ** 2 / (vx**2 / (len(sx) - 1) + vy**2 / (len(sy) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - w.pvalue) < 1e-12
add(
    "days to terminal gravity for two yeast strains on the same 13 °P wort, strain X: 6.5, 7.0, 6.0, 7.5, 6.5, 7.0 and strain Y: 8.0, 9.5, 7.0, 10.0, 8.5, "
    "Y looks way more spread out so don't assume equal variances (welch), two sided, what's the p value",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(w.pvalue),
)

# r15 paired t: hydrometer vs refractometer
hy = np.array([12.4, 11.8, 14.2, 13.1, 10.9, 12.7, 15.3])
rf = np.array([12.6, 12.1, 14.3, 13.5, 11.0, 12.9, 15.6])
pt = stats.ttest_rel(rf, hy)
d = rf - hy
tp = d.mean() / (d.std(ddof=1) / math.sqrt(len(d)))
assert abs(tp - pt.statistic) < 1e-9
add(
    "took 7 wort samples and read each one on both the hydrometer and the new digital refractometer, all in °P, "
    "hydrometer: 12.4, 11.8, 14.2, 13.1, 10.9, 12.7, 15.3 and refractometer (same samples same order): 12.6, 12.1, 14.3, 13.5, 11.0, 12.9, 15.6, "
    "paired t test refractometer minus hydrometer, give me the t statistic",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    float(pt.statistic),
)

# r16 two-proportion z, pooled, no cc, two-sided
x1, n1, x2, n2 = 18, 400, 9, 380
pp = (x1 + x2) / (n1 + n2)
z = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z))
chi = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
assert abs(chi.pvalue - p16) < 1e-10
add(
    "off-flavor complaints on the IPA, taproom downtown got 18 complaints out of 400 pints poured-and-surveyed vs the brewery taproom 9 out of 380, "
    "is that a real difference, two-proportion z test with pooled proportion, no continuity correction, two sided p-value",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(p16),
)

# r17 chi-square independence 2x3
tab = np.array([[8, 30, 12], [15, 22, 5]])
c17 = stats.chi2_contingency(tab)
exp_ = tab.sum(1)[:, None] * tab.sum(0)[None, :] / tab.sum()
chi_hand = ((tab - exp_) ** 2 / exp_).sum()
assert abs(chi_hand - c17.statistic) < 1e-9 and abs(stats.chi2.sf(chi_hand, 2) - c17.pvalue) < 1e-12
add(
    "tallied attenuation outcomes by yeast strain over the last year, strain A: 8 under-attenuated, 30 on target, 12 over-attenuated, "
    "strain B: 15 under, 22 on target, 5 over, chi-square test of independence between strain and outcome, p value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(c17.pvalue),
)

# r18 regression slope IBU vs hop dose
hx = np.array([0.5, 1.0, 1.5, 2.0, 2.5, 3.0])
hyb = np.array([14, 22, 31, 37, 46, 53], float)
lr = stats.linregress(hx, hyb)
assert abs(np.polyfit(hx, hyb, 1)[0] - lr.slope) < 1e-9
add(
    "measured IBU vs 60-min bittering hop dose on six pilot batches, dose g/L: 0.5, 1.0, 1.5, 2.0, 2.5, 3.0 and lab IBU: 14, 22, 31, 37, 46, 53, "
    "least squares straight line IBU on dose, what's the slope (IBU per g/L)",
    "regression",
    {"rule": "number", "tol": 1e-4, "key": "slope"},
    float(lr.slope),
)

# r19 r^2 attenuation vs temp
tx = np.array([62, 64, 66, 68, 70, 72], float)
ty = np.array([74.1, 75.8, 76.2, 78.0, 78.4, 80.1])
lr2 = stats.linregress(tx, ty)
r2 = lr2.rvalue**2
assert abs(np.corrcoef(tx, ty)[0, 1] ** 2 - r2) < 1e-12
add(
    "fermentation temp in °F (yeah I know, the glycol controller's in F, sorry) vs apparent attenuation %: 62 → 74.1, 64 → 75.8, 66 → 76.2, 68 → 78.0, 70 → 78.4, 72 → 80.1, "
    "simple linear fit, what's the r²",
    "regression",
    {"rule": "number", "tol": 1e-4, "key": "r_squared"},
    float(r2),
)

# r20 one-way ANOVA p-value
gA = [78.2, 79.1, 77.5, 78.8]
gB = [80.4, 81.2, 79.9, 80.8]
gC = [77.9, 78.5, 79.0, 78.1]
ow = stats.f_oneway(gA, gB, gC)
allv = np.concatenate([gA, gB, gC])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (gA, gB, gC))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (gA, gB, gC))
Fh = (ssb / 2) / (ssw / 9)
assert abs(Fh - ow.statistic) < 1e-9
add(
    "apparent attenuation % for three house strains, 4 batches each, strain A: 78.2, 79.1, 77.5, 78.8, strain B: 80.4, 81.2, 79.9, 80.8, strain C: 77.9, 78.5, 79.0, 78.1, "
    "one-way anova, what's the p-value for strain",
    "anova",
    {"rule": "number", "tol": 1e-3, "key": "p_value"},
    float(ow.pvalue),
)

# r21 two-way ANOVA with interaction: F for temperature main effect
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf

cells = {("18", "A"): [21.4, 22.1, 20.8], ("18", "B"): [24.0, 23.2, 24.6],
         ("22", "A"): [26.3, 27.0, 25.5], ("22", "B"): [27.9, 29.1, 28.2]}
rows = [(tt, yy, v) for (tt, yy), vs in cells.items() for v in vs]
df = pd.DataFrame(rows, columns=["temp", "yeast", "y"])
fit = smf.ols("y ~ C(temp) * C(yeast)", data=df).fit()
at = sm.stats.anova_lm(fit, typ=2)
F_temp = float(at.loc["C(temp)", "F"])
gm = df.y.mean()
ss_t = sum(6 * (df[df.temp == lv].y.mean() - gm) ** 2 for lv in ("18", "22"))
sse = sum(((np.array(vs) - np.mean(vs)) ** 2).sum() for vs in cells.values())
assert abs((ss_t / 1) / (sse / 8) - F_temp) < 1e-9
add(
    "2×2 trial on ester level (ppm ethyl acetate), fermentation temp 18 °C vs 22 °C crossed with yeast A vs B, 3 batches per combo: "
    "18 °C/A: 21.4, 22.1, 20.8; 18 °C/B: 24.0, 23.2, 24.6; 22 °C/A: 26.3, 27.0, 25.5; 22 °C/B: 27.9, 29.1, 28.2 -- "
    "two-way anova with the temp×yeast interaction in the model, what's the F statistic for the temperature main effect",
    "anova",
    {"rule": "number", "tol": 1e-4, "key": "statistic"},
    F_temp,
)

# r22 mixed-level full factorial 3x2x2, 3 replicates -> 36
n22 = 3 * 2 * 2 * 3
add(
    "planning a dry hop trial, 3 hop varieties × 2 dry-hop temps (14 °C and 20 °C) × 2 contact times (24 h and 72 h), full factorial and I want 3 replicates of every combo, how many fermenter runs is that",
    "design",
    {"rule": "runs"},
    n22,
)

# r23 2^(6-2) fractional + 4 center points -> 20
n23 = 2 ** (6 - 2) + 4
add(
    "screening 6 mash/boil factors at two levels each (mash temp, mash pH, boil length, kettle hop timing, whirlpool temp, knockout temp), "
    "can't afford the full thing so running a 2^(6−2) fractional factorial, single replicate, plus 4 center points tacked on, total number of brews?",
    "design",
    {"rule": "runs"},
    n23,
)

# r24 Box-Behnken, 3 factors, 3 center points -> 15
k = 3
n24 = 2 * k * (k - 1) + 3  # 12 edge-midpoint runs + 3 centres for k=3
assert n24 == 15
add(
    "doing a response surface on pitch rate, oxygenation ppm and fermentation temp for our lager, going with a Box-Behnken design, 3 factors, 3 center points, how many runs total",
    "design",
    {"rule": "runs"},
    n24,
)

# r25 I-MR individuals UCL, final gravity in °P
fg = np.array([2.6, 2.8, 2.5, 2.9, 2.7, 3.0, 2.6, 2.8, 2.7, 2.9])
mr = np.abs(np.diff(fg)).mean()
ucl25 = fg.mean() + 3 * mr / 1.128
assert abs(ucl25 - (fg.mean() + 2.66 * mr)) / ucl25 < 1e-4
add(
    "final gravity in °P on the last 10 batches of the flagship, in order: 2.6, 2.8, 2.5, 2.9, 2.7, 3.0, 2.6, 2.8, 2.7, 2.9 (that's roughly 1.010–1.012 SG for the old timers), "
    "I-MR chart, what's the UCL on the individuals chart using average moving range of span 2",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    float(ucl25),
)

# r26 u chart: 96 label defects over 20 samples of 5 cases each
ubar = 96 / (20 * 5)
ucl26 = ubar + 3 * math.sqrt(ubar / 5)
assert abs(ucl26 - 2.27454) < 1e-4
add(
    "tracking crooked/wrinkled labels on the bottle line, each sample is 5 cases and we pulled 20 samples, 96 label defects total across all of them, "
    "u chart with defects per case, what's the UCL",
    "control_chart",
    {"rule": "number", "tol": 1e-4, "key": "ucl"},
    float(ucl26),
)

# r27 Cpk given mean and sd
cpk = min(362 - 355.8, 355.8 - 350) / (3 * 1.1)
assert abs(cpk - float(sp.Rational(58, 10) / sp.Rational(33, 10))) < 1e-12
add(
    "can fill volume spec is 350 to 362 mL, process running a mean of 355.8 mL with a standard deviation of 1.1 mL, and it's stable so treat that sd as the within sigma, what's Cpk",
    "capability",
    {"rule": "number", "tol": 1e-4, "key": "cpk"},
    float(cpk),
)

# r28 Cp with sigma = Rbar/d2, n=4
d2_4 = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 4 - stats.norm.cdf(z) ** 4, -np.inf, np.inf)[0]
assert abs(d2_4 - 2.059) < 1e-3
sig = 0.06 / 2.059
cp = (2.8 - 2.4) / (6 * sig)
assert abs(cp - (2.8 - 2.4) / (6 * 0.06 / d2_4)) / cp < 5e-4
add(
    "carbonation spec on the brite tanks is 2.4 to 2.8 volumes CO2, we take subgroups of 4 readings per tank and the average range R-bar is 0.06 vol, "
    "estimate sigma as R-bar/d2 and give me Cp",
    "capability",
    {"rule": "number", "tol": 1e-3, "key": "cp"},
    float(cp),
)

# r29 two-sample n per group: delta 2, sd 2.5, alpha .05 two-sided, power .8 -> 25
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 2.5**2 / 2**2)
assert n29 == math.ceil(2 * (1.96 + 0.8416) ** 2 * 2.5**2 / 2**2) == 25
add(
    "want to compare apparent attenuation between our current dry yeast and a new liquid strain, I care about a 2 percentage point difference, batch to batch sd is about 2.5 points, "
    "two-sided alpha 0.05 and 80% power, normal approximation, how many batches per strain do I need",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# r30 half barrel 15.5 US gal -> L
L30 = 15.5 * 3.785411784
assert abs(float(sp.Rational(155, 10) * sp.Rational(231, 1) * sp.Rational(16387064, 10**9)) - L30) < 1e-9
add(
    "distributor in canada wants our keg volumes in metric, a US half barrel is 15.5 US gallons, how many liters is that",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4, "key": "value"},
    L30,
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, craft brewery head brewer (gravity readings, IBU, fermentation temps, batch yields, keg fills)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
