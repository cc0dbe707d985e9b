import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round52d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def d2_const(n):
    f = lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n
    return integrate.quad(f, -np.inf, np.inf)[0]


t, x, z, v, B = sp.symbols("t x z v B")

# ---------------- calculus (4) ----------------
# r01 derivative of sigma(z) = 18 z e^{-z/10}
sig = 18 * z * sp.exp(-z / 10)
d1 = sp.diff(sig, z)
assert abs(float(d1.subs(z, 3)) - (float(sig.subs(z, 3 + 1e-6)) - float(sig.subs(z, 3 - 1e-6))) / 2e-6) < 1e-5
add(
    "stress-vs-depth fit from the pressuremeter logs: σ(z) = 18·z·e^(−z/10) kPa, z in m. need dσ/dz as a fn of z",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(d1)),
)
# r02 Rankine active thrust P = int_0^6 Ka*gamma*z dz, Ka=1/3, gamma=18 -> 108
P = sp.integrate(sp.Rational(1, 3) * 18 * z, (z, 0, 6))
assert P == sp.Rational(1, 2) * sp.Rational(1, 3) * 18 * 6**2
add(
    "cantilever wall, dry cohesionless backfill, Ka = 1/3, γ = 18 kN/m³, H = 6 m. active thrust per m run = ∫₀⁶ Ka·γ·z dz — value in kN/m?",
    "calculus",
    {"rule": "expr"},
    str(P),
)
# r03 limit (e^{2x} - 1 - 2x)/x^2 -> 2
L = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
xx = 1e-4
assert abs(float(L) - (math.expm1(2 * xx) - 2 * xx) / xx**2) < 1e-3
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x²  — popped out of a creep strain series expansion, exact value?",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 haul cost C(v)=0.05v+45/v minimise -> v=30
Cv = sp.Rational(5, 100) * v + 45 / v
crit = [s for s in sp.solve(sp.diff(Cv, v), v) if s > 0][0]
assert crit == sp.sqrt(sp.Rational(45) / sp.Rational(5, 100))
add(
    "haul road cost model for the 240 t trucks, C(v) = 0.05v + 45/v ($/t, v = loaded speed km/h, v>0). what speed v minimises C?",
    "calculus",
    {"rule": "expr"},
    str(crit),
)

# ---------------- algebra (3) ----------------
# r05 2B^2 + 3B - 20 = 0 -> {-4, 5/2}
roots = sp.solve(2 * B**2 + 3 * B - 20, B)
assert set(roots) == {sp.Rational(5, 2), -4}
add(
    "footing sizing spat out 2B² + 3B − 20 = 0. give all roots (both, incl the non-physical one)",
    "algebra",
    {"rule": "set"},
    sorted(str(r) for r in roots),
)
# r06 ore blend: a*2.4 + (1000-a)*0.8 = 1.4*1000 -> a = 375
a = sp.symbols("a")
sa = sp.solve(sp.Eq(sp.Rational(24, 10) * a + sp.Rational(8, 10) * (1000 - a), sp.Rational(14, 10) * 1000), a)[0]
assert sa == 375
add(
    "ROM pad blend: stockpile A runs 2.4% Cu, stockpile B 0.8% Cu. want 1000 t feed at 1.4% Cu exactly. how many t from A?",
    "algebra",
    {"rule": "expr"},
    str(sa),
)
# r07 gamma_sat = (Gs + e) gw/(1+e) -> e
e = sp.symbols("e")
se = sp.solve(sp.Eq((sp.Rational(270, 100) + e) * sp.Rational(981, 100) / (1 + e), sp.Rational(195, 10)), e)[0]
se_f = float(se)
assert abs((2.70 + se_f) * 9.81 / (1 + se_f) - 19.5) < 1e-9
add(
    "saturated clay, γsat = 19.5 kN/m³, Gs = 2.70, γw = 9.81 kN/m³. using γsat = (Gs + e)γw/(1 + e), solve for void ratio e",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    se_f,
)

# ---------------- linear algebra (2) ----------------
# r08 principal stresses of [[50,20],[20,20]] -> {10, 60}
S = sp.Matrix([[50, 20], [20, 20]])
ev = sorted(S.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvalsh(np.array(S, dtype=float))), [float(e_) for e_ in ev])
add(
    "2D stress state in the pillar, σ = [[50, 20], [20, 20]] MPa (σxx, τxy; τxy, σyy). principal stresses = eigenvalues, both pls",
    "linear_algebra",
    {"rule": "set"},
    [str(e_) for e_ in ev],
)
# r09 3-pit blend system, solve for B
A_, B_, C_ = sp.symbols("A B C")
sol = sp.solve(
    [
        A_ + B_ + C_ - 12000,
        sp.Rational(62, 100) * A_ + sp.Rational(55, 100) * B_ + sp.Rational(48, 100) * C_ - sp.Rational(56, 100) * 12000,
        sp.Rational(4, 100) * A_ + sp.Rational(8, 100) * B_ + sp.Rational(10, 100) * C_ - sp.Rational(7, 100) * 12000,
    ],
    [A_, B_, C_],
)
M = np.array([[1, 1, 1], [0.62, 0.55, 0.48], [0.04, 0.08, 0.10]])
rhs = np.array([12000, 0.56 * 12000, 0.07 * 12000])
nsol = np.linalg.solve(M, rhs)
assert abs(nsol[1] - float(sol[B_])) < 1e-6
add(
    "Fe blend from 3 pits, t = tonnes. A + B + C = 12000; 0.62A + 0.55B + 0.48C = 6720 (Fe); 0.04A + 0.08B + 0.10C = 840 (SiO₂). solve the system, what's B (t)?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol[B_]),
)

# ---------------- probability (4) ----------------
# r10 binomial exact P(X=4), n=12, p=0.3
p10 = stats.binom.pmf(4, 12, 0.3)
assert abs(p10 - math.comb(12, 4) * 0.3**4 * 0.7**8) < 1e-12
add(
    "each 3 m core run in this hole has a 0.30 chance of hitting a sheared zone (RQD<25%), runs independent. 12 runs drilled — P(exactly 4 sheared)? exact binomial",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)
# r11 Poisson misfires mean 1.8, P(X<=1)
p11 = stats.poisson.cdf(1, 1.8)
assert abs(p11 - math.exp(-1.8) * (1 + 1.8)) < 1e-12
add(
    "misfires avg 1.8 per production blast (Poisson). prob a blast has at most 1 misfire?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)
# r12 normal UCS < 65, mean 85 sd 12
p12 = stats.norm.cdf(65, 85, 12)
assert abs(p12 - 0.5 * math.erfc((85 - 65) / (12 * math.sqrt(2)))) < 1e-12
add(
    "UCS of the granodiorite ~ normal, μ = 85 MPa, σ = 12 MPa. what fraction of specimens come in below 65 MPa?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes GPR void detection
prior, sens, fpr = 0.04, 0.90, 0.08
p13 = prior * sens / (prior * sens + (1 - prior) * fpr)
pr = sp.Rational(4, 100) * sp.Rational(9, 10)
p13s = pr / (pr + sp.Rational(96, 100) * sp.Rational(8, 100))
assert abs(p13 - float(p13s)) < 1e-12
add(
    "karst site. prior: 4% of footing locations sit over a void. GPR flags a real void 90% of the time, false-flags 8% of solid ground. GPR flags a location — P(actually a void)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t, one-sided greater, phi vs 31 deg
phi = np.array([32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9])
r14 = stats.ttest_1samp(phi, 31.0, alternative="greater")
tt = (phi.mean() - 31) / (phi.std(ddof=1) / math.sqrt(len(phi)))
assert abs(stats.t.sf(tt, len(phi) - 1) - r14.pvalue) < 1e-12
add(
    "direct shear, peak φ' (deg) on 8 remoulded specimens: 32.1, 33.4, 31.8, 34.0, 32.7, 33.1, 31.5, 32.9. design assumes 31°. one-sided t-test that mean φ' > 31°, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r14.pvalue),
)
# r15 Welch two-sample, P80 of two blast patterns
g1 = np.array([312, 295, 330, 301, 318, 289, 325])
g2 = np.array([276, 298, 261, 284, 270, 290, 265, 281])
r15 = stats.ttest_ind(g1, g2, equal_var=False)
v1, v2 = g1.var(ddof=1) / len(g1), g2.var(ddof=1) / len(g2)
tw = (g1.mean() - g2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (len(g1) - 1) + v2**2 / (len(g2) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - r15.pvalue) < 1e-12
add(
    "fragmentation P80 (mm) from image analysis. old pattern 4.5×5.2 m: 312, 295, 330, 301, 318, 289, 325. new pattern 4.0×4.6 m: 276, 298, 261, 284, 270, 290, 265, 281. Welch t (don't pool variances), two-sided — p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r15.pvalue),
)
# r16 paired t statistic, Is50 dry vs saturated
dry = np.array([4.8, 5.3, 3.9, 6.1, 5.0, 4.4, 5.7])
sat = np.array([3.9, 4.6, 3.5, 5.0, 4.1, 4.0, 4.8])
r16 = stats.ttest_rel(dry, sat)
dd = dry - sat
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tp - r16.statistic) < 1e-12
add(
    "point load Is(50) MPa, same 7 core pieces split, one half tested dry, other half after 48 h soak. dry: 4.8, 5.3, 3.9, 6.1, 5.0, 4.4, 5.7 / sat: 3.9, 4.6, 3.5, 5.0, 4.1, 4.0, 4.8 (paired in that order). paired t statistic (dry − sat)?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(r16.statistic),
)
# r17 chi-square independence 2x3 failure mode vs rock type
tab = np.array([[18, 11, 6], [9, 14, 17]])
chi2, p17, dof, exp_ = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
assert abs(((tab - E) ** 2 / E).sum() - chi2) < 1e-10 and dof == 2
add(
    "bench face mapping, failure mode counts by lithology. sandstone: planar 18, wedge 11, toppling 6. schist: planar 9, wedge 14, toppling 17. chi-square test of independence, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 slope: su vs qc net
qc = np.array([0.45, 0.62, 0.80, 0.95, 1.10, 1.32, 1.50])
su = np.array([31, 40, 52, 60, 71, 85, 96])
lr = stats.linregress(qc, su)
sl = np.polyfit(qc, su, 1)[0]
assert abs(sl - lr.slope) < 1e-9
add(
    "CPT calibration vs UU triaxial. net cone resistance qnet (MPa): 0.45, 0.62, 0.80, 0.95, 1.10, 1.32, 1.50; su (kPa): 31, 40, 52, 60, 71, 85, 96. least-squares line su on qnet — slope?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: PPV vs charge per delay
w = np.array([50, 75, 100, 125, 150, 175, 200, 225])
ppv = np.array([6.1, 7.9, 10.4, 11.2, 14.0, 14.8, 17.9, 18.3])
lr2 = stats.linregress(w, ppv)
r2 = np.corrcoef(w, ppv)[0, 1] ** 2
assert abs(r2 - lr2.rvalue**2) < 1e-12
add(
    "vibration monitoring at the nearest house, fixed distance. max charge/delay (kg): 50, 75, 100, 125, 150, 175, 200, 225; PPV (mm/s): 6.1, 7.9, 10.4, 11.2, 14.0, 14.8, 17.9, 18.3. linear fit PPV vs charge, r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way: UCS from 3 quarry faces, p-value
f1 = [112, 98, 105, 120, 101]
f2 = [88, 95, 79, 92, 85]
f3 = [104, 110, 97, 115, 108]
r20 = stats.f_oneway(f1, f2, f3)
allv = np.concatenate([f1, f2, f3])
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (f1, f2, f3))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (f1, f2, f3))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - r20.statistic) < 1e-9
add(
    "UCS (MPa) of limestone cores from three quarry faces. N face: 112, 98, 105, 120, 101. E face: 88, 95, 79, 92, 85. W face: 104, 110, 97, 115, 108. one-way ANOVA, p-value for a face effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r20.pvalue),
)
# r21 two-way with replication: roller type (2) x lift thickness (3), 2 reps; F for lift
data = {
    ("smooth", 200): [98.1, 97.6],
    ("smooth", 300): [96.2, 95.8],
    ("smooth", 400): [93.9, 94.5],
    ("padfoot", 200): [99.0, 98.4],
    ("padfoot", 300): [97.5, 97.9],
    ("padfoot", 400): [95.6, 96.3],
}
rows = [(r_, l_, y_) for (r_, l_), ys in data.items() for y_ in ys]
ys = np.array([r[2] for r in rows])
G = ys.mean()
rl = ["smooth", "padfoot"]
ll = [200, 300, 400]
nrep = 2
mA = {r_: np.mean([y for (rr, l_, y) in rows if rr == r_]) for r_ in rl}
mB = {l_: np.mean([y for (r_, ll_, y) in rows if ll_ == l_]) for l_ in ll}
mC = {k: np.mean(v_) for k, v_ in data.items()}
ssA = len(ll) * nrep * sum((mA[r_] - G) ** 2 for r_ in rl)
ssB = len(rl) * nrep * sum((mB[l_] - G) ** 2 for l_ in ll)
ssAB = nrep * sum((mC[(r_, l_)] - mA[r_] - mB[l_] + G) ** 2 for r_ in rl for l_ in ll)
ssE = sum(((np.array(v_) - np.mean(v_)) ** 2).sum() for v_ in data.values())
dfE = len(rl) * len(ll) * (nrep - 1)
FB = (ssB / 2) / (ssE / dfE)
pB = stats.f.sf(FB, 2, dfE)
import pandas as pd
import statsmodels.api as smapi
import statsmodels.formula.api as smf

df_ = pd.DataFrame(rows, columns=["roller", "lift", "y"])
mod = smf.ols("y ~ C(roller) * C(lift)", data=df_).fit()
at = smapi.stats.anova_lm(mod, typ=2)
assert abs(at.loc["C(lift)", "PR(>F)"] - pB) < 1e-9
add(
    "field compaction trial, % relative compaction. two-way ANOVA w/ interaction, 2 reps per cell. smooth drum: 200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8; 400 mm 93.9, 94.5. padfoot: 200 mm 99.0, 98.4; 300 mm 97.5, 97.9; 400 mm 95.6, 96.3. p-value for the lift thickness main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(pB),
)

# ---------------- design (3) ----------------
# r22 CCD 3 factors, 6 centre -> 8 + 6 + 6 = 20
k = 3
n22 = 2**k + 2 * k + 6
add(
    "blast optimisation RSM: burden, spacing, powder factor. rotatable central composite, full 2³ cube + axial pts + 6 centre shots. total blasts?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 2^(6-2) replicated twice -> 32
n23 = 2 ** (6 - 2) * 2
add(
    "screening 6 factors on cemented paste backfill UCS (binder %, solids %, cure temp, tailings grind, water chem, mixing time). 2^(6−2) res IV fraction, run it twice (2 replicates), no centre pts. how many batches?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Latin square 6x6 -> 36
n24 = 6 * 6
add(
    "tyre wear trial: 6 tread compounds, blocking on 6 haul trucks and 6 haul routes, Latin square, 1 obs per cell. how many truck-route runs total?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL, n=5, xbarbar=42.6, rbar=3.8
d2_5 = d2_const(5)
assert abs(d2_5 - 2.326) < 1e-3
A2 = 3 / (d2_5 * math.sqrt(5))
ucl25 = 42.6 + A2 * 3.8
assert abs(ucl25 - (42.6 + 0.577 * 3.8)) / ucl25 < 1e-4
add(
    "crusher product, % passing 25 mm, sampled 5 increments per shift. 25 shifts: grand mean 42.6%, R̄ = 3.8%. X̄-R chart — UCL on the X̄ chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 c chart from counts
cnt = np.array([3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 7, 4, 2, 3, 5, 4, 3, 6, 2])
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - (cnt.sum() / 20 + 3 * (cnt.sum() / 20) ** 0.5)) < 1e-12
add(
    "shotcrete QC in the decline, cracks counted per 50 m inspection length (same length every time). 20 inspections: 3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 7, 4, 2, 3, 5, 4, 3, 6, 2. c chart UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability (2) ----------------
# r27 Cpk relative compaction 95-103, mean 98.2 sd 1.1
cpk27 = min(103 - 98.2, 98.2 - 95) / (3 * 1.1)
assert abs(cpk27 - 3.2 / 3.3) < 1e-12
add(
    "embankment fill, relative compaction spec 95–103%. process mean 98.2%, σ = 1.1%. Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk27),
)
# r28 Cp with sigma = Rbar/d2, n=4
d2_4 = d2_const(4)
assert abs(d2_4 - 2.059) < 1e-3
cp28 = (150 - 120) / (6 * 4.1 / d2_4)
assert abs(cp28 - 30 / (6 * 4.1 / 2.059)) / cp28 < 1e-3
add(
    "rail ballast gradation, top size spec 120–150 mm. subgroups of 4 stones, R̄ = 4.1 mm, σ estimated as R̄/d₂. Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-3},
    float(cp28),
)

# ---------------- sample size (1) ----------------
zz = stats.norm.ppf(0.975)
n29 = math.ceil((zz * 15 / 5) ** 2)
assert n29 == math.ceil((1.96 * 15 / 5) ** 2)
add(
    "how many UCS tests to pin the mean strength of the ore body within ±5 MPa at 95% confidence (two-sided)? σ ≈ 15 MPa from the prefeas data, use z not t",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
psf_to_kpa = 0.45359237 * 9.80665 / 0.3048**2 / 1000
v30 = 4000 * psf_to_kpa
assert abs(v30 - 4000 * 0.04788025898) < 1e-6
add(
    "old US report gives allowable bearing 4000 psf (lbf/ft²). what's that in kPa?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(v30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, geotechnical / mining engineer (bearing capacity, core recovery, blast fragmentation, haul trucks, slope stability)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
