import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round50a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, h = sp.symbols("t x h")

# ---------------- calculus ----------------
# r01 derivative of plato decay P(t)=3+9e^{-t/4}
P = 3 + 9 * sp.exp(-t / 4)
d1 = sp.simplify(sp.diff(P, t))
assert abs(float(d1.subs(t, 2)) - (float(P.subs(t, 2.0001)) - float(P.subs(t, 1.9999))) / 0.0002) < 1e-6
add(
    "FV7 gravity curve fit: P(t) = 3 + 9·e^(−t/4) °P, t in days since pitch. need dP/dt as a fn of t (rate of sugar drop) thx",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 integral of transfer flow 40 sin(pi t/10) L/min over 0..10 -> 800/pi
q = 40 * sp.sin(sp.pi * t / 10)
I2 = sp.simplify(sp.integrate(q, (t, 0, 10)))
assert abs(float(I2) - integrate.quad(lambda s: 40 * math.sin(math.pi * s / 10), 0, 10)[0]) < 1e-9
add(
    "knockout pump ramps up n back down, flow q(t) = 40·sin(πt/10) L/min for t = 0→10 min. total litres moved = ∫q dt over that window? exact pls",
    "calculus",
    {"rule": "expr"},
    str(I2),
)
# r03 limit (1+3/x)^x, x->oo = e^3
L3 = sp.limit((1 + 3 / x) ** x, x, sp.oo)
assert abs(float(L3) - (1 + 3 / 1e7) ** 1e7) < 1e-4
add(
    "dumb one from the lab tech's compounding-growth calc: lim x→∞ (1 + 3/x)^x ? exact form",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 maximise aroma A(h) = -h^3 + 6h^2 + 15h + 10, h>=0 -> h=5
A = -h**3 + 6 * h**2 + 15 * h + 10
crit = [c for c in sp.solve(sp.diff(A, h), h) if c >= 0 and sp.diff(A, h, 2).subs(h, c) < 0]
assert len(crit) == 1
hs = np.linspace(0, 10, 100001)
assert abs(hs[np.argmax(-hs**3 + 6 * hs**2 + 15 * hs + 10)] - float(crit[0])) < 1e-3
add(
    "sensory team fit aroma score vs dry hop rate: A(h) = −h³ + 6h² + 15h + 10, h in g/L (h ≥ 0). what h maxes A?",
    "calculus",
    {"rule": "expr"},
    str(crit[0]),
)

# ---------------- algebra ----------------
# r05 cubic roots {1,2,3}
sols = sorted(sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x))
assert np.allclose(sorted(np.roots([1, -6, 11, -6]).real), [float(s) for s in sols])
add(
    "solve x³ − 6x² + 11x − 6 = 0, need all roots (came out of a yeast growth lag model, don't ask)",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sols],
)
# r06 FG for target ABV: ABV = (OG-FG)*131.25, OG 1.058, ABV 6.3 -> FG 1.010
FG = sp.symbols("FG")
fg = sp.solve(sp.Eq((sp.Rational(1058, 1000) - FG) * sp.Rational(13125, 100), sp.Rational(63, 10)), FG)[0]
assert abs(float(fg) - (1.058 - 6.3 / 131.25)) < 1e-12
add(
    "using the simple ABV = (OG − FG) × 131.25 formula: OG was 1.058, label says 6.3% ABV. what FG do we need to finish at to hit exactly 6.3?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(fg),
)
# r07 blend 5.2% and 8.0% to get 40 bbl at 6.5% -> 130/7 bbl of 8.0%
y = sp.symbols("y")
b7 = sp.solve(sp.Eq(sp.Rational(52, 10) * (40 - y) + 8 * y, sp.Rational(65, 10) * 40), y)[0]
assert abs(float(b7) - 40 * (6.5 - 5.2) / (8.0 - 5.2)) < 1e-12
add(
    "blending tank: have a 5.2% ABV pale and an 8.0% ABV DIPA, want 40 bbl total at 6.5% ABV (assume ABV blends linearly by volume). how many bbl of the 8.0% go in?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(b7),
)

# ---------------- linear algebra ----------------
# r08 grain bill system: x+y+z=1200, .80x+.78y+.74z=950, x-3y-3z=0 -> y=200
M = sp.Matrix([[1, 1, 1], [sp.Rational(80, 100), sp.Rational(78, 100), sp.Rational(74, 100)], [1, -3, -3]])
rhs = sp.Matrix([1200, 950, 0])
sol8 = M.LUsolve(rhs)
assert np.allclose(np.linalg.solve(np.array(M, dtype=float), np.array(rhs, dtype=float)).ravel(), [float(v) for v in sol8])
add(
    "grain bill sanity check — 3 malts, pale (x), munich (y), crystal (z), all lb. total 1200 lb; extract: 0.80x + 0.78y + 0.74z = 950 lb; and pale = 3 × (munich + crystal). solve the system, how many lb munich?",
    "linear_algebra",
    {"rule": "expr"},
    str(sol8[1]),
)
# r09 eigenvalues of [[0.9,0.2],[0.1,0.8]] -> {7/10, 1}
K = sp.Matrix([[sp.Rational(9, 10), sp.Rational(2, 10)], [sp.Rational(1, 10), sp.Rational(8, 10)]])
ev = sorted(K.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array(K, dtype=float)).real), [float(e) for e in ev])
add(
    "keg fleet model, weekly transition matrix (in-house vs out-in-trade) T = [[0.9, 0.2], [0.1, 0.8]]. eigenvalues of T?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability ----------------
# r10 triangle test n=24, p=1/3, P(X>=13)
p10 = stats.binom.sf(12, 24, 1 / 3)
p10b = sum(math.comb(24, k) * (1 / 3) ** k * (2 / 3) ** (24 - k) for k in range(13, 25))
assert abs(p10 - p10b) < 1e-12
add(
    "triangle test, 24 panelists, pure guessing = 1/3 chance of picking the odd cup. if nobody can actually tell, P(13 or more correct)? exact binomial pls not normal approx",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson lambda=2.4, P(X>=3)
p11 = stats.poisson.sf(2, 2.4)
p11b = 1 - math.exp(-2.4) * (1 + 2.4 + 2.4**2 / 2)
assert abs(p11 - p11b) < 1e-12
add(
    "seamer kicks out bad double seams at avg 2.4 per 10k cans (Poisson). prob of 3 or more in the next 10k-can run?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal fill: mean 355.8 sd 1.2, P(X<354)
p12 = stats.norm.cdf(354, 355.8, 1.2)
p12b = 0.5 * math.erfc(1.5 / math.sqrt(2))
assert abs(p12 - p12b) < 1e-12
add(
    "12oz can filler, fills ~ normal w/ mean 355.8 mL, sd 1.2 mL. what fraction of cans come in under 354 mL?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes high TPO
prior, sens, fpr = 0.03, 0.95, 0.04
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
p13b = float(sp.Rational(3, 100) * sp.Rational(95, 100) / (sp.Rational(3, 100) * sp.Rational(95, 100) + sp.Rational(97, 100) * sp.Rational(4, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "~3% of our packaged lots actually have high TPO. the inline DO sensor flags 95% of the truly high lots, but also false-alarms on 4% of good lots. sensor flags a lot — P(it's actually high TPO)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests ----------------
# r14 one-sample t, two-sided, fills vs 355
f14 = np.array([354.6, 355.9, 355.2, 354.8, 356.1, 355.4, 354.9, 355.7, 355.0, 354.7, 355.3, 354.5])
r14 = stats.ttest_1samp(f14, 355.0)
tt = (f14.mean() - 355.0) / (f14.std(ddof=1) / math.sqrt(len(f14)))
assert abs(tt - r14.statistic) < 1e-10 and abs(2 * stats.t.sf(abs(tt), len(f14) - 1) - r14.pvalue) < 1e-12
add(
    "pulled 12 cans off the filler, mL: 354.6, 355.9, 355.2, 354.8, 356.1, 355.4, 354.9, 355.7, 355.0, 354.7, 355.3, 354.5. is mean fill different from 355 mL label? one-sample t, two-sided, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, two-sided
a15 = np.array([42, 38, 51, 45, 40, 47, 39, 44], float)
b15 = np.array([55, 61, 48, 70, 52, 66, 58], float)
r15 = stats.ttest_ind(a15, b15, equal_var=False)
va, vb = a15.var(ddof=1) / len(a15), b15.var(ddof=1) / len(b15)
t15 = (a15.mean() - b15.mean()) / math.sqrt(va + vb)
df15 = (va + vb) ** 2 / (va**2 / (len(a15) - 1) + vb**2 / (len(b15) - 1))
assert abs(2 * stats.t.sf(abs(t15), df15) - r15.pvalue) < 1e-12
add(
    "TPO (ppb) filler 1: 42, 38, 51, 45, 40, 47, 39, 44 | filler 2: 55, 61, 48, 70, 52, 66, 58. filler 2 looks way more spread out so DON'T pool variances — Welch t, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t statistic, hydrometer - densitometer
hy = np.array([12.4, 3.1, 8.6, 15.2, 2.8, 10.9, 6.4, 13.7])
de = np.array([12.2, 3.0, 8.5, 14.9, 2.9, 10.6, 6.2, 13.5])
r16 = stats.ttest_rel(hy, de)
dd = hy - de
t16 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t16 - r16.statistic) < 1e-10
add(
    "same 8 samples read on hydrometer vs the Anton Paar, °P. hydro: 12.4, 3.1, 8.6, 15.2, 2.8, 10.9, 6.4, 13.7 / AP: 12.2, 3.0, 8.5, 14.9, 2.9, 10.6, 6.2, 13.5. paired t on (hydro − AP), what's the t stat?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 2x3
tab = np.array([[18, 9, 5], [22, 25, 11]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
e = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
chi2b = ((tab - e) ** 2 / e).sum()
assert abs(chi2 - chi2b) < 1e-10 and dof == 2 and abs(stats.chi2.sf(chi2b, 2) - p17) < 1e-12
add(
    "preference panel, prefer new recipe / prefer old / no pref — staff: 18 / 9 / 5, taproom customers: 22 / 25 / 11. chi-sq test of independence (group vs preference), p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression ----------------
# r18 slope days vs ferm temp
x18 = np.array([16, 17, 18, 19, 20, 21, 22], float)
y18 = np.array([9.5, 8.8, 8.1, 7.9, 7.0, 6.6, 6.1])
r18 = stats.linregress(x18, y18)
sl = ((x18 - x18.mean()) * (y18 - y18.mean())).sum() / ((x18 - x18.mean()) ** 2).sum()
assert abs(sl - r18.slope) < 1e-12 and abs(np.polyfit(x18, y18, 1)[0] - sl) < 1e-10
add(
    "lager trials, ferm temp °C: 16, 17, 18, 19, 20, 21, 22 → days to terminal gravity: 9.5, 8.8, 8.1, 7.9, 7.0, 6.6, 6.1. least squares slope (days per °C)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
# r19 r^2 IBU vs hop rate
x19 = np.array([2, 4, 6, 8, 10, 12], float)
y19 = np.array([18, 27, 33, 41, 44, 52], float)
r19 = stats.linregress(x19, y19)
fit = np.polyval(np.polyfit(x19, y19, 1), x19)
r2b = 1 - ((y19 - fit) ** 2).sum() / ((y19 - y19.mean()) ** 2).sum()
assert abs(r19.rvalue**2 - r2b) < 1e-12
add(
    "bittering addn g/L: 2, 4, 6, 8, 10, 12 ; lab IBU: 18, 27, 33, 41, 44, 52. straight line fit IBU vs g/L — what's r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r19.rvalue**2),
)

# ---------------- ANOVA ----------------
# r20 one-way F, 3 strains
g = [
    np.array([78.2, 79.1, 77.6, 78.8, 79.4]),
    np.array([81.0, 80.2, 81.7, 80.9, 81.3]),
    np.array([77.9, 78.6, 79.0, 78.1, 78.4]),
]
r20 = stats.f_oneway(*g)
allv = np.concatenate(g)
ssb = sum(len(gi) * (gi.mean() - allv.mean()) ** 2 for gi in g)
ssw = sum(((gi - gi.mean()) ** 2).sum() for gi in g)
Fb = (ssb / 2) / (ssw / (len(allv) - 3))
assert abs(Fb - r20.statistic) < 1e-9
add(
    "apparent attenuation % by yeast strain — strain A: 78.2, 79.1, 77.6, 78.8, 79.4 | B: 81.0, 80.2, 81.7, 80.9, 81.3 | C: 77.9, 78.6, 79.0, 78.1, 78.4. one-way ANOVA, F statistic?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r20.statistic),
)
# r21 two-way with interaction, p for temperature
cells = {
    ("Citra", 12): [6.8, 7.1, 6.9], ("Citra", 18): [7.4, 7.6, 7.2], ("Citra", 22): [7.0, 7.3, 6.9],
    ("Mosaic", 12): [6.5, 6.7, 6.4], ("Mosaic", 18): [7.0, 6.8, 7.1], ("Mosaic", 22): [6.9, 7.2, 6.8],
}
Y = np.array([[cells[(v, T)] for T in (12, 18, 22)] for v in ("Citra", "Mosaic")])  # a x b x n
a_, b_, n_ = Y.shape
gm = Y.mean()
ssA = b_ * n_ * ((Y.mean(axis=(1, 2)) - gm) ** 2).sum()
ssB = a_ * n_ * ((Y.mean(axis=(0, 2)) - gm) ** 2).sum()
cm = Y.mean(axis=2)
ssAB = n_ * ((cm - Y.mean(axis=(1, 2))[:, None] - Y.mean(axis=(0, 2))[None, :] + gm) ** 2).sum()
ssE = ((Y - cm[:, :, None]) ** 2).sum()
dfE = a_ * b_ * (n_ - 1)
FB = (ssB / (b_ - 1)) / (ssE / dfE)
p21 = stats.f.sf(FB, b_ - 1, dfE)
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm
rows = [dict(hop=v, temp=str(T), y=val) for (v, T), vals in cells.items() for val in vals]
tbl = anova_lm(smf.ols("y ~ C(hop) * C(temp)", data=pd.DataFrame(rows)).fit(), typ=2)
assert abs(tbl.loc["C(temp)", "PR(>F)"] - p21) < 1e-10
add(
    "dry hop trial, aroma score (panel avg) — 2 hops × 3 dry-hop temps, 3 reps each:\n"
    "Citra @12°C: 6.8, 7.1, 6.9 | @18°C: 7.4, 7.6, 7.2 | @22°C: 7.0, 7.3, 6.9\n"
    "Mosaic @12°C: 6.5, 6.7, 6.4 | @18°C: 7.0, 6.8, 7.1 | @22°C: 6.9, 7.2, 6.8\n"
    "two-way ANOVA w/ hop×temp interaction in the model — p-value for the temperature main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p21),
)

# ---------------- design ----------------
# r22 2^(6-2) fractional, 2 replicates, + 4 centre points -> 36
n22 = 2 * 2 ** (6 - 2) + 4
assert n22 == 36
add(
    "screening 6 mash/boil factors w/ a 2^(6−2) fractional factorial, running the whole fraction twice (2 replicates) plus 4 centre points total. how many brews is that?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 3 factors, 6 centre points -> 20
k = 3
n23 = 2**k + 2 * k + 6
assert n23 == 20
add(
    "RSM on pitch rate, ferm temp, O2 at knockout — full central composite design for 3 factors (full 2³ cube + axial pts) with 6 centre runs. total runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Plackett-Burman 11 factors -> 12 runs
n24 = 4 * math.ceil((11 + 1) / 4)
assert n24 == 12
add(
    "want to screen 11 packaging-line factors for TPO pickup, smallest Plackett–Burman design that fits 11 factors — how many runs?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts ----------------
# r25 X-bar R, n=5, grand mean 355.6, Rbar 2.1 -> UCL = xbarbar + A2 Rbar
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** 5 - stats.norm.cdf(w) ** 5, -np.inf, np.inf)[0]
assert abs(d2 - 2.326) < 1e-3
A2 = 3 / (d2 * math.sqrt(5))
ucl25 = 355.6 + A2 * 2.1
assert abs(ucl25 - (355.6 + 0.577 * 2.1)) / ucl25 < 1e-5
add(
    "X̄-R on fill vol, subgroups of 5 cans, 25 subgroups. grand mean 355.6 mL, R̄ = 2.1 mL. UCL for the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 c chart
c = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 5, 7, 4, 6])
cbar = c.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - float(5 + 3 * sp.sqrt(5))) < 1e-12
add(
    "label defects per pallet (each pallet same size), 15 pallets: 4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 5, 7, 4, 6. c chart — UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk fill spec 352-360, mean 355.8, sd 0.9
cpk = min(360 - 355.8, 355.8 - 352) / (3 * 0.9)
assert abs(cpk - float(sp.Rational(38, 10) / sp.Rational(27, 10))) < 1e-12
add(
    "fill vol spec 352–360 mL. process mean 355.8, σ = 0.9 mL. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)
# r28 Cp carbonation spec 2.5-2.8, Rbar 0.06, n=4, d2=2.059
sig = 0.06 / 2.059
cp = (2.8 - 2.5) / (6 * sig)
assert abs(cp - 0.3 * 2.059 / 0.36) < 1e-12
add(
    "carb spec 2.5–2.8 vols CO₂. X̄-R data, subgroups of 4, R̄ = 0.06 vols. estimate σ = R̄/d₂ with d₂ = 2.059 → Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-6},
    float(cp),
)

# ---------------- sample size ----------------
# r29 two-sample, sd 8, delta 5, alpha .05 two-sided, power .8, normal approx -> per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 8**2 / 5**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 64 / 25)
add(
    "want to show new crown liners cut TPO by 5 ppb vs old. sd ≈ 8 ppb both. α = 0.05 two-sided, 80% power, normal-approx (z) formula — how many bottles per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 30 US beer bbl -> hL ; 1 bbl = 31 US gal, 1 gal = 231 in^3, 1 in = 2.54 cm
gal_L = sp.Rational(231) * sp.Rational(254, 100) ** 3 / 1000
hl = 30 * 31 * gal_L / 100
assert abs(float(hl) - 30 * 31 * 3.785411784 / 100) < 1e-9
add(
    "quote for a new brewhouse is in hL, ours is 30 bbl (US beer barrels, 31 gal). what's 30 bbl in hL?",
    "unit_conversion",
    {"rule": "number", "key": "value", "tol": 1e-4},
    float(hl),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, brewery QA manager at a mid-size craft brewery (fermentation, gravity, fill volumes, DO, taste panels)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
