import os, math, itertools, yaml, numpy as np, sympy as sp
from scipy import stats, integrate, optimize

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round57d"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def close(a, b, tol=1e-9):
    assert abs(a - b) <= tol * max(1.0, abs(a), abs(b)), (a, b)


t, x = sp.symbols("t x", real=True)

# ---------------- calculus 4 ----------------
s = 45 * (1 - sp.exp(-t / sp.Rational(8, 10)))
ds = sp.simplify(sp.diff(s, t))
fd = (float(s.subs(t, 0.7 + 1e-6)) - float(s.subs(t, 0.7 - 1e-6))) / 2e-6
close(float(ds.subs(t, 0.7)), fd, 1e-6)
assert sp.simplify(ds - sp.Rational(225, 4) * sp.exp(-sp.Rational(5, 4) * t)) == 0
add(
    "hi, i am fitting the screw forward position on our Engel 200t (PA66 housing, 4 cav). the position curve look like "
    "s(t) = 45·(1 − e^(−t/0.8)) mm, t in seconds from start of injection. I want the injection speed as function "
    "of t, so ds/dt — pls give exact expression in mm/s, not numbers.",
    "calculus",
    {"rule": "expr"},
    str(ds),
)

Q = 12 * t**2 - t**3
V = sp.integrate(Q, (t, 0, 4))
close(float(V), integrate.quad(lambda u: 12 * u**2 - u**3, 0, 4)[0])
add(
    "From the machine log the melt flow rate during filling is approx Q(t) = 12t² − t³ cm³/s, for 0 ≤ t ≤ 4 s "
    "(at 4 s we switch over to hold, V/P switch). Total volume injected in the filling phase, in cm³? "
    "I want to compare with shot size 205 cm³ on the screen.",
    "calculus",
    {"rule": "expr"},
    str(V),
)

q = 850 * sp.exp(-t / 6)
E = sp.simplify(sp.integrate(q, (t, 0, 18)))
close(float(E), integrate.quad(lambda u: 850 * math.exp(-u / 6), 0, 18)[0])
assert sp.simplify(E - (5100 - 5100 * sp.exp(-3))) == 0
add(
    "Cooling question. Our thermal guy say the heat taken out by the cooling channels (water 18°C / 64°F) after fill "
    "is q(t) = 850·e^(−t/6) W, t in s. Cooling time is 18 s until mould open. How much energy total in J is removed "
    "from t = 0 to t = 18 s? exact answer please (with e in it), I will put in excel after.",
    "calculus",
    {"rule": "expr"},
    str(E),
)

p = 900 * t * sp.exp(-t / sp.Rational(3, 2))
crit = sp.solve(sp.diff(p, t), t)
assert crit == [sp.Rational(3, 2)]
pmax = sp.simplify(p.subs(t, crit[0]))
res = optimize.minimize_scalar(lambda u: -900 * u * math.exp(-u / 1.5), bounds=(0, 10), method="bounded")
close(float(pmax), -res.fun, 1e-8)
add(
    "cavity pressure sensor near gate, the curve after fit is p(t) = 900·t·e^(−t/1.5) bar (t in s, t ≥ 0). "
    "What is the maximum cavity pressure value in bar? exact form, I know its something with e. "
    "(the peak time I dont need, only the peak pressure)",
    "calculus",
    {"rule": "expr"},
    str(pmax),
)

# ---------------- algebra 3 ----------------
L = sp.Rational(120) / (1 - sp.Rational(18, 1000))
close(float(L), 120 / (1 - 0.018))
add(
    "New tool for a POM clip. Part drawing length is 120.00 mm, supplier datasheet give linear shrinkage 1,8 %. "
    "We use the formula L_mould = L_part / (1 − s) (s as fraction). What is the cavity dimension L_mould in mm, "
    "as exact fraction please (toolmaker want to see it before rounding)?",
    "algebra",
    {"rule": "expr"},
    str(L),
)

roots = sp.solve(sp.Rational(1, 2) * x**2 - 6 * x + 16, x)
assert sorted(roots) == [4, 8]
assert sorted(np.roots([0.5, -6, 16]).real.round(9).tolist()) == [4.0, 8.0]
add(
    "my supervisor fitted a curve for sink marks, and he says the limit is where 0.5x² − 6x + 16 = 0, x is hold "
    "time in seconds. Solve for x, give all the solutions.",
    "algebra",
    {"rule": "set"},
    [str(r) for r in roots],
)

v, r = sp.symbols("v r")
sol = sp.solve([v + r - 25, 12 * v + 20 * r - sp.Rational(145, 10) * 25], [v, r])
sol2 = np.linalg.solve([[1, 1], [12, 20]], [25, 14.5 * 25])
close(float(sol[r]), sol2[1])
add(
    "we mix virgin PP (MFI 12 g/10 min) with our own regrind (MFI 20 g/10 min) in the hopper, batch is 25 kg. "
    "Assume the MFI of the blend is linear by weight (I know is not 100% true but ok). Target blend MFI = 14.5. "
    "How many kg of regrind I have to put in the 25 kg batch? exact value pls.",
    "algebra",
    {"rule": "expr"},
    str(sol[r]),
)

# ---------------- linear algebra 2 ----------------
A = sp.Matrix([[2, -1, 3], [4, 0, 1], [-2, 5, 6]])
d = A.det()
close(float(d), np.linalg.det(np.array(A.tolist(), dtype=float)))
add(
    "Sensitivity matrix from our 3-factor model (rows = part weight, length, warpage; columns = melt temp, hold "
    "pressure, cooling time), coded units:\n"
    "  2  -1   3\n  4   0   1\n -2   5   6\n"
    "what is the determinant of this 3x3 matrix? (want to check if it's invertible)",
    "linear_algebra",
    {"rule": "expr"},
    str(d),
)

C = sp.Matrix([[5, 2], [2, 2]])
ev = sorted(C.eigenvals().keys())
assert [float(e) for e in ev] == sorted(np.linalg.eigvalsh(np.array([[5.0, 2.0], [2.0, 2.0]])).round(12).tolist())
add(
    "Covariance matrix of length and width deviations on the lid (units are 0.01 mm squared), from CMM:\n"
    "[[5, 2],\n [2, 2]]\nI need the eigenvalues of this matrix for the principal direction stuff. Both please.",
    "linear_algebra",
    {"rule": "set"},
    [str(e) for e in ev],
)

# ---------------- probability 4 ----------------
p10 = 1 - 0.98**8
close(p10, stats.binom.sf(0, 8, 0.02))
rng = np.random.default_rng(57)
sim = (rng.random((400000, 8)) < 0.02).any(axis=1).mean()
assert abs(sim - p10) < 0.004
add(
    "8-cavity mould for caps. Each cavity has 2% chance to give a defect part per shot, cavities independent "
    "(assume). What is the probability that one shot has at least one bad part? decimal is fine.",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p10),
)

p11 = math.exp(-3.2) * (1 + 3.2)
close(p11, stats.poisson.cdf(1, 3.2))
add(
    "Short shots on line 3 are Poisson, average 3.2 per shift (8h shift, cycle 32 s). What is the probability "
    "we get at most 1 short shot in the next shift?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p11),
)

mu, sd, lsl, usl = 24.63, 0.12, 24.40, 24.80
p12 = stats.norm.cdf(lsl, mu, sd) + stats.norm.sf(usl, mu, sd)
inside = integrate.quad(lambda u: stats.norm.pdf(u, mu, sd), lsl, usl, epsabs=1e-13)[0]
close(p12, 1 - inside, 1e-8)
add(
    "shot weight is normal with mean 24.63 g and std dev 0.12 g. spec is 24.40 – 24.80 g. What fraction of the "
    "shots is out of spec, both sides together (below LSL + above USL)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p12),
)

p13 = sp.Rational(sp.binomial(4, 1) * sp.binomial(46, 4), sp.binomial(50, 5))
close(float(p13), stats.hypergeom.pmf(1, 50, 4, 5))
add(
    "Box with 50 connectors, we know 4 of them have flash. QC takes 5 parts out at random, no replacement. "
    "Probability that exactly 1 of the 5 has flash? Give exact fraction.",
    "probability",
    {"rule": "expr"},
    str(p13),
)

# ---------------- hypothesis tests 4 ----------------
a = np.array([24.62, 24.58, 24.65, 24.60, 24.71, 24.55, 24.63, 24.68, 24.59, 24.66])
b = np.array([24.51, 24.70, 24.44, 24.66, 24.58, 24.49, 24.73, 24.52])
w = stats.ttest_ind(a, b, equal_var=False)
va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
tw = (a.mean() - b.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
close(w.pvalue, 2 * stats.t.sf(abs(tw), dfw))
add(
    "Same mould (part 4471-B) run on two machines. Shot weights in g:\n"
    "Arburg 470: 24.62, 24.58, 24.65, 24.60, 24.71, 24.55, 24.63, 24.68, 24.59, 24.66\n"
    "KM 160:     24.51, 24.70, 24.44, 24.66, 24.58, 24.49, 24.73, 24.52\n"
    "Variances look different so I want Welch t-test (not pooled), two sided. What is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(w.pvalue),
)

old = np.array([84.12, 84.05, 84.20, 84.09, 84.15, 84.02, 84.11, 84.18])
new = np.array([84.19, 84.09, 84.24, 84.17, 84.16, 84.10, 84.15, 84.25])
pr = stats.ttest_rel(new, old)
dd = new - old
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
close(pr.pvalue, 2 * stats.t.sf(abs(tp), len(dd) - 1))
add(
    "We raised mould temp from 60°C to 80°C (140 → 176 °F) and measured length of same 8 cavities before and after:\n"
    "cav\tbefore\tafter\n1\t84.12\t84.19\n2\t84.05\t84.09\n3\t84.20\t84.24\n4\t84.09\t84.17\n"
    "5\t84.15\t84.16\n6\t84.02\t84.10\n7\t84.11\t84.15\n8\t84.18\t84.25\n"
    "Its paired by cavity so paired t-test, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pr.pvalue),
)

tab = np.array([[23, 14, 31], [35, 9, 22]])
chi = stats.chi2_contingency(tab, correction=False)
exp_ = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
close(chi.statistic, float(((tab - exp_) ** 2 / exp_).sum()))
add(
    "Reject count by defect type and shift, last week:\n"
    "- day shift: short shot 23, flash 14, sink marks 31\n"
    "- night shift: short shot 35, flash 9, sink marks 22\n"
    "Is defect type independent of shift? Pearson chi-square test of independence on this 2x3 table, "
    "I need the chi-square statistic value.",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi.statistic),
)

x1, n1, x2, n2 = 18, 1200, 31, 1150
pp = (x1 + x2) / (n1 + n2)
z = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
chi2x2 = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
close(pz, chi2x2.pvalue)
add(
    "Shift A: 18 rejects out of 1200 parts. Shift B: 31 rejects out of 1150 parts (same tool, 2-cav, 41 s cycle). "
    "Two-proportion z-test with pooled proportion, two-sided, no continuity correction. what is the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)

# ---------------- regression 2 ----------------
hp = np.array([400, 450, 500, 550, 600, 650, 700], float)
wt = np.array([31.42, 31.55, 31.63, 31.78, 31.84, 31.97, 32.03])
lr = stats.linregress(hp, wt)
sl = float(np.sum((hp - hp.mean()) * (wt - wt.mean())) / np.sum((hp - hp.mean()) ** 2))
close(lr.slope, sl)
add(
    "hold pressure study on PBT part, 7 settings:\n"
    "hold pressure (bar): 400 450 500 550 600 650 700\n"
    "part weight (g):     31.42 31.55 31.63 31.78 31.84 31.97 32.03\n"
    "Fit straight line weight = a + b·pressure by least squares. What is the slope b, in g per bar?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

mt = np.array([104, 122, 140, 158, 176, 194], float)
sh = np.array([1.62, 1.71, 1.69, 1.83, 1.90, 1.94])
lr2 = stats.linregress(mt, sh)
fit = np.polyval(np.polyfit(mt, sh, 1), mt)
r2b = 1 - np.sum((sh - fit) ** 2) / np.sum((sh - sh.mean()) ** 2)
close(lr2.rvalue**2, r2b)
add(
    "Mould temp vs shrinkage, the mould temp controller is in °F sorry (104°F = 40°C):\n"
    "temp_F, shrink_pct\n104, 1.62\n122, 1.71\n140, 1.69\n158, 1.83\n176, 1.90\n194, 1.94\n"
    "simple linear regression shrinkage on temp — what is the R²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(lr2.rvalue**2),
)

# ---------------- anova 2 ----------------
cav = [
    [12.31, 12.35, 12.29, 12.33, 12.30],
    [12.36, 12.38, 12.34, 12.40, 12.37],
    [12.30, 12.28, 12.33, 12.31, 12.29],
    [12.34, 12.33, 12.37, 12.35, 12.32],
]


def manual_anova(groups):
    allv = np.concatenate([np.array(g) for g in groups])
    gm = allv.mean()
    k = len(groups)
    N = len(allv)
    ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in groups)
    ssw = sum(np.sum((np.array(g) - np.mean(g)) ** 2) for g in groups)
    F = (ssb / (k - 1)) / (ssw / (N - k))
    return F, stats.f.sf(F, k - 1, N - k)


an1 = stats.f_oneway(*cav)
close(an1.pvalue, manual_anova(cav)[1], 1e-7)
add(
    "4-cavity tool, weight of 5 shots per cavity (g):\n"
    "Cav1 | 12.31 12.35 12.29 12.33 12.30\nCav2 | 12.36 12.38 12.34 12.40 12.37\n"
    "Cav3 | 12.30 12.28 12.33 12.31 12.29\nCav4 | 12.34 12.33 12.37 12.35 12.32\n"
    "one-way ANOVA, is there cavity-to-cavity difference? give me the p-value.",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(an1.pvalue),
)

lots = [
    [52.08, 52.11, 52.05, 52.10, 52.07, 52.12],
    [52.14, 52.16, 52.11, 52.15, 52.18],
    [52.06, 52.09, 52.04, 52.10, 52.08, 52.05, 52.07],
]
an2 = stats.f_oneway(*lots)
close(an2.statistic, manual_anova(lots)[0])
add(
    "3 resin lots of PC/ABS, we measured part length (mm), not same number of parts each lot:\n"
    "lot 2231: 52.08, 52.11, 52.05, 52.10, 52.07, 52.12\n"
    "lot 2236: 52.14, 52.16, 52.11, 52.15, 52.18\n"
    "lot 2240: 52.06, 52.09, 52.04, 52.10, 52.08, 52.05, 52.07\n"
    "One way ANOVA please, what is the F value?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(an2.statistic),
)

# ---------------- design 3 ----------------
ff = [row for rep in range(2) for row in itertools.product([-1, 1], repeat=4)]
assert len(ff) == 2**4 * 2
add(
    "DOE plan for a gear part: 4 factors (melt temp 260/280 °C, hold pressure 600/800 bar, hold time 4/6 s, "
    "mould temp 70/90 °C). Full factorial 2 levels, and we do 2 replicates of the whole thing, no centre points. "
    "How many runs total?",
    "design",
    {"rule": "runs"},
    len(ff),
)

half = [r5 + (r5[0] * r5[1] * r5[2] * r5[3],) for r5 in itertools.product([-1, 1], repeat=4)]
half += [(0,) * 5] * 3
assert len(half) == 2 ** (5 - 1) + 3 and len(set(half[:16])) == 16
add(
    "we have 5 factors (injection speed, melt T, hold P, hold time, cooling time) but not so much machine time. "
    "Plan is a half fraction 2^(5−1), single replicate, plus 3 centre points added. Number of runs?",
    "design",
    {"rule": "runs"},
    len(half),
)

cube = list(itertools.product([-1, 1], repeat=3))
axial = [tuple(s_ if j == i else 0 for j in range(3)) for i in range(3) for s_ in (-1, 1)]
ccd = cube + axial + [(0, 0, 0)] * 6
assert len(ccd) == 2**3 + 2 * 3 + 6
add(
    "For the warpage optimisation I want a central composite design, face-centred (alpha = 1), 3 factors, "
    "with 6 centre points, no replicates of the other points. How many runs in total do I need to book on the machine?",
    "design",
    {"rule": "runs"},
    len(ccd),
)

# ---------------- control charts 2 ----------------
sub = np.array(
    [
        [24.61, 24.58, 24.66, 24.63, 24.60],
        [24.55, 24.62, 24.59, 24.64, 24.57],
        [24.68, 24.63, 24.61, 24.66, 24.70],
        [24.59, 24.57, 24.62, 24.60, 24.65],
        [24.63, 24.67, 24.60, 24.58, 24.64],
        [24.62, 24.59, 24.65, 24.61, 24.56],
        [24.57, 24.64, 24.62, 24.69, 24.60],
        [24.66, 24.61, 24.58, 24.63, 24.62],
    ]
)
xbb = sub.mean(1).mean()
rbar = np.ptp(sub, axis=1).mean()
ucl = xbb + 0.577 * rbar
d2 = integrate.quad(lambda u: 1 - stats.norm.cdf(u) ** 5 - (1 - stats.norm.cdf(u)) ** 5, -12, 12)[0]
close(d2, 2.326, 1e-3)
close(ucl, xbb + 3 / (d2 * math.sqrt(5)) * rbar, 1e-5)
add(
    "X-bar R chart for shot weight, subgroup n = 5 consecutive shots every hour, 8 subgroups (g):\n"
    "1: 24.61 24.58 24.66 24.63 24.60\n2: 24.55 24.62 24.59 24.64 24.57\n3: 24.68 24.63 24.61 24.66 24.70\n"
    "4: 24.59 24.57 24.62 24.60 24.65\n5: 24.63 24.67 24.60 24.58 24.64\n6: 24.62 24.59 24.65 24.61 24.56\n"
    "7: 24.57 24.64 24.62 24.69 24.60\n8: 24.66 24.61 24.58 24.63 24.62\n"
    "Using standard A2 constant, what is the UCL of the X-bar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl),
)

cnt = np.array([18, 22, 15, 27, 19, 24, 21, 17, 25, 20, 16, 23, 26, 18, 21])
n_p = 500
pbar = cnt.sum() / (n_p * len(cnt))
lcl = pbar - 3 * math.sqrt(pbar * (1 - pbar) / n_p)
from fractions import Fraction

pb = Fraction(int(cnt.sum()), n_p * len(cnt))
lcl2 = float(pb) - 3 * math.sqrt(float(pb * (1 - pb) / n_p))
close(lcl, lcl2)
assert lcl > 0
add(
    "p-chart for visual rejects. Every shift we inspect 500 parts (constant), 15 shifts, rejects: "
    "18 22 15 27 19 24 21 17 25 20 16 23 26 18 21. What is the LCL of the p chart (3-sigma), as a fraction "
    "not %?",
    "control_chart",
    {"rule": "number", "key": "lcl", "tol": 1e-4},
    float(lcl),
)

# ---------------- capability 2 ----------------
m, sg, LSLc, USLc = 2.03, 0.018, 1.90, 2.10
cpk = min((USLc - m) / (3 * sg), (m - LSLc) / (3 * sg))
cpk2 = (0.10 - abs(m - 2.00)) / (3 * sg)  # (d - |mu - M|) / 3 sigma
close(cpk, cpk2)
add(
    "Wall thickness spec 2.00 ± 0.10 mm. From the X-bar R chart the process mean is 2.03 mm and within sigma "
    "(Rbar/d2) is 0.018 mm. Customer ask for Cpk. What is the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

dia = np.array(
    [
        6.012,
        6.008,
        6.021,
        5.997,
        6.015,
        6.010,
        6.004,
        6.018,
        6.009,
        6.013,
        6.001,
        6.016,
        6.007,
        6.011,
        6.024,
        6.006,
        6.014,
        5.999,
        6.012,
        6.019,
        6.003,
        6.010,
        6.017,
        6.008,
        6.015,
    ]
)
mean_d, s_d = dia.mean(), dia.std(ddof=1)
ppk = min((6.05 - mean_d) / (3 * s_d), (mean_d - 5.95) / (3 * s_d))
s_alt = math.sqrt(sum((v_ - sum(dia) / 25) ** 2 for v_ in dia) / 24)
close(ppk, min((6.05 - sum(dia) / 25), (sum(dia) / 25 - 5.95)) / (3 * s_alt))
add(
    "Boss diameter, spec 6.00 ± 0.05 mm, 25 parts from the run yesterday (one after another, 2-cav mould but "
    "only cav 1 here):\n" + " ".join(f"{v_:.3f}" for v_ in dia) + "\n"
    "I need Ppk with overall sample std dev (n−1). Ppk = ?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size 1 ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
nraw = 2 * (za + zb) ** 2 * 0.08**2 / 0.05**2
nss = math.ceil(nraw)


def power(n):
    se = 0.08 * math.sqrt(2 / n)
    return stats.norm.sf(za - 0.05 / se) + stats.norm.cdf(-za - 0.05 / se)


assert power(nss) >= 0.9 and power(nss - 1) < 0.9
add(
    "Want to compare mean shot weight of old vs new hot runner nozzle. Want to detect a difference of 0.05 g, "
    "sigma is about 0.08 g (same both). alpha 0.05 two-sided, power 90 %. Use the normal (z) formula for two "
    "independent means, round up. How many shots per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    int(nss),
)

# ---------------- unit conversion 1 ----------------
psi = 2100e5 / (0.45359237 * 9.80665 / 0.0254**2)
close(psi, 2100 * 14.503773773020923)
add(
    "Machine datasheet say max injection pressure 2100 bar, but the US customer PPAP form want psi. 2100 bar = ? psi",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(psi),
)

assert len(items) == 30
from collections import Counter

assert Counter(i["mode"] for i in items) == {
    "calculus": 4,
    "algebra": 3,
    "linear_algebra": 2,
    "probability": 4,
    "hypothesis_test": 4,
    "regression": 2,
    "anova": 2,
    "design": 3,
    "control_chart": 2,
    "capability": 2,
    "sample_size": 1,
    "unit_conversion": 1,
}
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, ESL injection-moulding process technician",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
