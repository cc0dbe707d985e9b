import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round49c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, c = sp.symbols("t x c")

# ---------------- calculus (4) ----------------
# r01 derivative of EGT margin model M(c) = 60 - 4 ln(1 + c/500) -> -4/(c+500)
M = 60 - 4 * sp.log(1 + c / 500)
dM = sp.simplify(sp.diff(M, c))
assert sp.simplify(dM - (-4 / (c + 500))) == 0
add(
    "EGT margin trend on the CFM fleet fitted as M(c) = 60 − 4·ln(1 + c/500) °C, c = FC since last shop visit. "
    "need dM/dc as fn of c (deterioration rate per cycle), exact expr pls",
    "calculus",
    {"rule": "expr"},
    str(dM),
)
# r02 definite integral of fuel flow 2400 + 600 e^{-t} kg/h over 0..2 h
FF = 2400 + 600 * sp.exp(-t)
I2 = sp.integrate(FF, (t, 0, 2))
num = integrate.quad(lambda s: 2400 + 600 * math.exp(-s), 0, 2)[0]
assert abs(float(I2) - num) < 1e-8
add(
    "climb+early cruise FF model: FF(t) = 2400 + 600·e^(−t) kg/h, t in h from brake release. "
    "total fuel burned t=0→2 h? exact value (leave the e in), kg",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 as x->0 = 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert abs(float(((math.exp(2e-4) - 1 - 2e-4) / 1e-8)) - float(L3)) < 1e-3
add(
    "reliability growth deriv came down to lim x→0 (e^(2x) − 1 − 2x)/x². exact value?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 optimal soft-time interval: C(T) = 12000/T + 0.03 T, T>0 -> T = 200 sqrt(10)
T = sp.symbols("T", positive=True)
Ccost = 12000 / T + sp.Rational(3, 100) * T
Topt = sp.solve(sp.diff(Ccost, T), T)
assert len(Topt) == 1
Topt = sp.simplify(Topt[0])
assert abs(float(Topt) - math.sqrt(12000 / 0.03)) < 1e-9
assert sp.diff(Ccost, T, 2).subs(T, Topt) > 0
add(
    "soft-time for a hyd pump: cost per FH model C(T) = 12000/T + 0.03·T ($/FH), T = removal interval in FH. "
    "which T minimises C? exact pls, no rounding",
    "calculus",
    {"rule": "expr"},
    str(Topt),
)

# ---------------- algebra (3) ----------------
# r05 cubic roots 1,2,3
roots = sp.solve(x**3 - 6 * x**2 + 11 * x - 6, x)
assert sorted(roots) == [1, 2, 3]
assert np.allclose(sorted(np.roots([1, -6, 11, -6]).real), [1, 2, 3])
add(
    "char eqn out of a 3-state A/C availability model: x³ − 6x² + 11x − 6 = 0. all roots?",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)
# r06 wheels: 6a + 14b = 236, a + b = 30 -> b = 7
a, b = sp.symbols("a b")
sol = sp.solve([6 * a + 14 * b - 236, a + b - 30], [a, b])
assert int(sol[b]) == (236 - 6 * 30) // 8 and 6 * int(sol[a]) + 14 * int(sol[b]) == 236
add(
    "tyre pool planning. mixed fleet of 30 A/C: 737s run 6 wheels each (4 MLG + 2 NLG), 777s run 14 (12 MLG + 2 NLG). "
    "wheel count across the fleet is 236. how many 777s?",
    "algebra",
    {"rule": "expr"},
    str(sol[b]),
)
# r07 SAF blend: 0.40 A + 0.10 (12000 - A) = 0.22*12000 -> A = 4800 L
A = sp.symbols("A")
sA = sp.solve(sp.Eq(sp.Rational(40, 100) * A + sp.Rational(10, 100) * (12000 - A), sp.Rational(22, 100) * 12000), A)[0]
assert abs(float(sA) - (0.22 - 0.10) * 12000 / (0.40 - 0.10)) < 1e-9
add(
    "fuel farm has two SAF blend stocks, 40% SAF and 10% SAF (by vol). need 12,000 L uplift at exactly 22% SAF. "
    "how many L of the 40% stock go in?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(sA),
)

# ---------------- linear algebra (2) ----------------
# r08 3x3 system for phase burn rates; ask cruise rate
Msys = sp.Matrix([[20, 60, 25], [18, 120, 30], [25, 200, 28]])
rhs = sp.Matrix([5000, 7620, 11810])
solv = Msys.LUsolve(rhs)
assert np.allclose(np.linalg.solve(np.array(Msys, dtype=float), np.array(rhs, dtype=float).ravel()), [90, 45, 20])
add(
    "trying to back out phase burn rates (kg/min) from 3 sectors. climb/cruise/descent mins and trip fuel:\n"
    "sector 1: 20 / 60 / 25 min, 5000 kg\n"
    "sector 2: 18 / 120 / 30 min, 7620 kg\n"
    "sector 3: 25 / 200 / 28 min, 11810 kg\n"
    "assume constant rate per phase, solve the 3x3. what's the cruise burn rate in kg/min?",
    "linear_algebra",
    {"rule": "expr"},
    str(solv[1]),
)
# r09 eigenvalues of Markov matrix [[0.9,0.1],[0.3,0.7]] -> 1, 3/5
P = sp.Matrix([[sp.Rational(9, 10), sp.Rational(1, 10)], [sp.Rational(3, 10), sp.Rational(7, 10)]])
ev = sorted(P.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array(P, dtype=float))), [float(e) for e in ev])
add(
    "rotable status Markov chain (serviceable ↔ U/S) per month, P = [[0.9, 0.1], [0.3, 0.7]]. eigenvalues of P?",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability (4) ----------------
# r10 binomial P(X<=1), n=60, p=0.015
p10 = stats.binom.cdf(1, 60, 0.015)
assert abs(p10 - (0.985**60 + 60 * 0.015 * 0.985**59)) < 1e-12
add(
    "tech dispatch rel 98.5% per departure (so 1.5% chance of a tech delay, indep). A/C does 60 departures this month. "
    "P(at most 1 tech delay)? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson: MTBUR 8000 FH, fleet 24000 FH -> lam=3, P(X>5)
lam = 24000 / 8000
p11 = stats.poisson.sf(5, lam)
assert abs(p11 - (1 - sum(math.exp(-lam) * lam**k / math.factorial(k) for k in range(6)))) < 1e-12
add(
    "FCU MTBUR = 8,000 FH, removals assumed Poisson. fleet will fly 24,000 FH next qtr. "
    "prob of MORE than 5 unscheduled removals in the qtr? (spares calc)",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal: tyre landings ~ N(320, 40), P(280 < X < 380)
p12 = stats.norm.cdf(380, 320, 40) - stats.norm.cdf(280, 320, 40)
phi = lambda z: 0.5 * (1 + math.erf(z / math.sqrt(2)))
assert abs(p12 - (phi(1.5) - phi(-1.0))) < 1e-12
add(
    "MLG tyre landings-to-removal ~ normal, mean 320 ldgs, SD 40. what fraction of tyres come off between 280 and 380 ldgs?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: borescope POD 0.92, false call 0.04, prevalence 3%
prior, sens, fp = sp.Rational(3, 100), sp.Rational(92, 100), sp.Rational(4, 100)
post = prior * sens / (prior * sens + (1 - prior) * fp)
assert abs(float(post) - 0.0276 / (0.0276 + 0.0388)) < 1e-12
add(
    "HPT blade borescope: 3% of engines in the fleet actually have a cracked blade. inspector calls a crack 92% of the time when "
    "one is there, false call rate 4% on clean engines. engine gets a crack call — P(actually cracked)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(post),
)

# ---------------- hypothesis tests (4) ----------------
# r14 paired t, two-sided, engine wash fuel flow
before = np.array([2412, 2455, 2390, 2478, 2430, 2401, 2465, 2444], float)
after = np.array([2398, 2431, 2385, 2460, 2419, 2396, 2440, 2437], float)
r14 = stats.ttest_rel(before, after)
dd = before - after
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - r14.statistic) < 1e-9 and abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - r14.pvalue) < 1e-12
add(
    "on-wing engine wash trial, same 8 A/C, cruise FF kg/h before vs after wash (same tail order):\n"
    "before 2412 2455 2390 2478 2430 2401 2465 2444\n"
    "after  2398 2431 2385 2460 2419 2396 2440 2437\n"
    "paired t, 2-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch t two-sided
wl = np.array([2380, 2415, 2362, 2398, 2404, 2371, 2389], float)
nwl = np.array([2440, 2398, 2466, 2421, 2457, 2412, 2430, 2449], float)
r15 = stats.ttest_ind(wl, nwl, equal_var=False)
v1, v2 = wl.var(ddof=1) / len(wl), nwl.var(ddof=1) / len(nwl)
tw = (wl.mean() - nwl.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(wl) - 1) + v2**2 / (len(nwl) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "fuel burn kg/FH, similar sectors. split-scimitar winglet A/C: 2380, 2415, 2362, 2398, 2404, 2371, 2389. "
    "no-mod A/C: 2440, 2398, 2466, 2421, 2457, 2412, 2430, 2449. "
    "diff in means? don't assume equal var (Welch), two-sided — p-value",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 two-proportion z, pooled, two-sided, no continuity correction
x1, n1, x2, n2 = 18, 1200, 31, 1350
pp = (x1 + x2) / (n1 + n2)
z16 = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
p16 = 2 * stats.norm.sf(abs(z16))
chi = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi[0] - z16**2) < 1e-9 and abs(chi[1] - p16) < 1e-12
add(
    "tech delays by outstation: STN A 18 tech delays out of 1200 deps, STN B 31 out of 1350. "
    "is the delay rate different? 2-prop z test, pooled p, two-sided, no continuity corr. p-value pls",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p16),
)
# r17 chi-square GOF equal across 4 brake positions
obs = np.array([31, 22, 27, 40], float)
r17 = stats.chisquare(obs)
st = ((obs - obs.mean()) ** 2 / obs.mean()).sum()
assert abs(st - r17.statistic) < 1e-12 and abs(stats.chi2.sf(st, 3) - r17.pvalue) < 1e-12
add(
    "brake removals last 2 yrs by MLG wheel position #1/#2/#3/#4: 31, 22, 27, 40. "
    "chi-sq goodness of fit vs all positions equally likely — p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r17.pvalue),
)

# ---------------- regression (2) ----------------
# r18 slope tread depth vs landings
xl = np.array([0, 40, 80, 120, 160, 200, 240], float)
yl = np.array([10.2, 9.6, 8.9, 8.5, 7.8, 7.1, 6.7])
r18 = stats.linregress(xl, yl)
assert abs(np.polyfit(xl, yl, 1)[0] - r18.slope) < 1e-12
add(
    "tread depth tracking on one MLG tyre. ldgs: 0, 40, 80, 120, 160, 200, 240 ; tread mm: 10.2, 9.6, 8.9, 8.5, 7.8, 7.1, 6.7. "
    "OLS line tread vs ldgs — slope (mm per ldg)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(r18.slope),
)
# r19 r^2 trip fuel vs sector length
xs = np.array([250, 400, 550, 700, 850, 1000], float)
ys = np.array([2950, 4080, 5360, 6310, 7640, 8690], float)
r19 = stats.linregress(xs, ys)
assert abs(np.corrcoef(xs, ys)[0, 1] ** 2 - r19.rvalue**2) < 1e-12
add(
    "trip fuel vs sector length, A320 sample. nm: 250, 400, 550, 700, 850, 1000 ; fuel kg: 2950, 4080, 5360, 6310, 7640, 8690. "
    "simple linear fit fuel on distance, what's R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way ANOVA tyre wear rate across 3 bases
gA = [0.42, 0.45, 0.39, 0.44, 0.41]
gB = [0.48, 0.51, 0.46, 0.50, 0.47]
gC = [0.43, 0.40, 0.46, 0.44, 0.42]
r20 = stats.f_oneway(gA, gB, gC)
allv = np.concatenate([gA, gB, gC])
ssb = sum(len(g) * (np.mean(g) - allv.mean()) ** 2 for g in (gA, gB, gC))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (gA, gB, gC))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9 and abs(stats.f.sf(F20, 2, 12) - r20.pvalue) < 1e-12
add(
    "tyre wear rate (mm per 100 ldgs) by home base, 5 tyres each:\n"
    "LHR 0.42 0.45 0.39 0.44 0.41\n"
    "MAN 0.48 0.51 0.46 0.50 0.47\n"
    "EDI 0.43 0.40 0.46 0.44 0.42\n"
    "one-way ANOVA, any base effect? p-value",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2x3x2: F for brake type main effect
data = {
    ("carbon", "DXB"): [1.8, 2.0],
    ("carbon", "SIN"): [2.1, 2.3],
    ("carbon", "ZRH"): [1.6, 1.7],
    ("steel", "DXB"): [2.6, 2.9],
    ("steel", "SIN"): [3.0, 2.8],
    ("steel", "ZRH"): [2.2, 2.5],
}
rows = [(k[0], k[1], v) for k, vs in data.items() for v in vs]
df = pd.DataFrame(rows, columns=["brake", "base", "wear"])
fit = smf.ols("wear ~ C(brake) * C(base)", data=df).fit()
tab = anova_lm(fit, typ=2)
F21 = float(tab.loc["C(brake)", "F"])
# hand check
y = df.wear.values
gm = y.mean()
ssA = sum(6 * (df[df.brake == a_].wear.mean() - gm) ** 2 for a_ in ["carbon", "steel"])
sse = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in data.values())
F_hand = (ssA / 1) / (sse / 6)
assert abs(F_hand - F21) < 1e-8
add(
    "brake wear (mm per 1000 ldgs), 2 brake types × 3 bases, 2 A/C per cell:\n"
    "carbon: DXB 1.8, 2.0 | SIN 2.1, 2.3 | ZRH 1.6, 1.7\n"
    "steel:  DXB 2.6, 2.9 | SIN 3.0, 2.8 | ZRH 2.2, 2.5\n"
    "two-way ANOVA w/ interaction term. F stat for the brake type main effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    F21,
)

# ---------------- design (3) ----------------
# r22 2^(7-3) fractional factorial + 2 centre points = 18
r22 = 2 ** (7 - 3) + 2
add(
    "screening 7 factors on APU start reliability (bleed load, EGT limit, ign timing etc). "
    "2^(7−3) fractional factorial, single replicate, plus 2 centre pts. total runs?",
    "design",
    {"rule": "runs"},
    r22,
)
# r23 CCD 3 factors, full 2^3 cube + 6 axial + 6 centre = 20
k = 3
r23 = 2**k + 2 * k + 6
add(
    "RSM on tyre pressure / brake temp / taxi speed for tyre wear. central composite, 3 factors, full 2³ cube, "
    "star pts, 6 centre runs. how many runs total?",
    "design",
    {"rule": "runs"},
    r23,
)
# r24 Box-Behnken 4 factors, 3 centre points = 24 + 3 = 27
k = 4
r24 = 4 * math.comb(k, 2) + 3
assert 2 * k * (k - 1) + 3 == r24
add(
    "Box-Behnken, 4 factors (fuel temp, FCU trim, ambient, bleed), 3 centre points. run count?",
    "design",
    {"rule": "runs"},
    r24,
)

# ---------------- control charts (2) ----------------
# r25 p chart UCL, 20 days x 160 deps
counts = [5, 3, 6, 4, 7, 5, 2, 6, 4, 5, 3, 7, 6, 4, 5, 6, 3, 5, 4, 6]
assert sum(counts) == 96
pbar = sum(counts) / (20 * 160)
ucl25 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 160)
assert abs(ucl25 - (0.03 + 3 * math.sqrt(0.03 * 0.97 / 160))) < 1e-12
add(
    "p chart for tech delay fraction, 160 deps every day (constant n). daily tech delays over 20 days: "
    + ", ".join(map(str, counts))
    + ". 3-sigma UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 I-MR individuals UCL with d2 = 1.128
oil = np.array([0.21, 0.24, 0.19, 0.23, 0.26, 0.22, 0.20, 0.25, 0.23, 0.21, 0.24, 0.22])
mr = np.abs(np.diff(oil)).mean()
d2_2 = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 2 - stats.norm.cdf(z) ** 2, -np.inf, np.inf)[0]
assert abs(d2_2 - 1.128) < 1e-3
ucl26 = oil.mean() + 3 * mr / 1.128
assert abs(ucl26 - (oil.mean() + 2.66 * mr)) / ucl26 < 1e-3
add(
    "eng #2 oil consumption qt/hr, weekly avg, last 12 wks: 0.21 0.24 0.19 0.23 0.26 0.22 0.20 0.25 0.23 0.21 0.24 0.22. "
    "I-MR chart, sigma from MR-bar/1.128 (span 2). UCL on the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk summary
LSL, USL, mu, sg = 270, 330, 306, 7.5
cpk = min(USL - mu, mu - LSL) / (3 * sg)
assert abs(cpk - min((USL - mu) / (3 * sg), (mu - LSL) / (3 * sg))) < 1e-15
add(
    "wheel nut torque audit, spec 270–330 Nm. process mean 306 Nm, within-subgroup sigma 7.5 Nm. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk,
)
# r28 Cp with sigma = Rbar/d2, n=5 (d2 = 2.326)
d2_5 = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 5 - stats.norm.cdf(z) ** 5, -np.inf, np.inf)[0]
assert abs(d2_5 - 2.326) < 1e-3
Rbar = 2.4
cp = (215 - 195) / (6 * Rbar / d2_5)
assert abs(cp - (20 / (6 * 2.4 / 2.326))) / cp < 1e-3
add(
    "nitrogen tyre pressure after servicing, spec 205 ± 10 psi. X̄-R data, subgroups of 5, R̄ = 2.4 psi. "
    "sigma est = R̄/d2. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp),
)

# ---------------- sample size (1) ----------------
# r29 two-sample means, z approx, per group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
n29 = math.ceil(2 * (za + zb) ** 2 * 75**2 / 40**2)
assert n29 == math.ceil(2 * (1.959964 + 1.281552) ** 2 * 5625 / 1600)
add(
    "planning a fuel burn trial, mod vs no-mod A/C. want to detect a 40 kg/FH diff in mean burn, sigma ~75 kg/FH each group, "
    "α = 0.05 two-sided, 90% power. n per group? use normal (z) formula, no t iteration",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 42,000 lb -> kg
kg = sp.Rational(42000) * sp.Rational(45359237, 100000000)
assert abs(float(kg) - 42000 * 0.45359237) < 1e-9
add(
    "loadsheet wants block fuel in kg, FMC says 42,000 lb. conversion?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(kg),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, aviation maintenance planner (flight hours, cycles, tyre wear, fuel burn, "
    "component removals, dispatch reliability)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
