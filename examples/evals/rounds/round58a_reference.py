import os, math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round58a"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


def close(a, b, tol=1e-9):
    assert abs(a - b) <= tol * max(1.0, abs(a), abs(b)), (a, b)


# ---------------- calculus (4) ----------------
c = sp.symbols("c", positive=True)
A = sp.Rational(85, 100) * (1 - sp.exp(-sp.Rational(12, 100) * c))
d = sp.simplify(sp.diff(A, c).subs(c, 5))
h = 1e-6
f = lambda x: 0.85 * (1 - math.exp(-0.12 * x))
close(float(d), (f(5 + h) - f(5 - h)) / (2 * h), 1e-7)
add(
    "Hi,\n\nQuick one while I write up the new calibration SOP. Our nonlinear chemistry curve fits as\n"
    "A(c) = 0.85·(1 − e^(−0.12c)), A in absorbance units, c in mmol/L.\n\n"
    "1. I need the analytical sensitivity, i.e. the slope dA/dc, at c = 5 mmol/L.\n"
    "2. Please give it **exact** (leave the e in), not a decimal.\n\nThanks",
    "calculus",
    {"rule": "expr"},
    str(d),
)

t = sp.symbols("t", nonnegative=True)
auc = sp.integrate(40 * t * sp.exp(-t / 2), (t, 0, sp.oo))
num, _ = integrate.quad(lambda x: 40 * x * math.exp(-x / 2), 0, np.inf)
close(float(auc), num, 1e-8)
add(
    "For the TDM validation file: the pharmacist's model for the drug level after a dose is "
    "C(t) = 40·t·e^(−t/2) mg/L, t in hours. What is the total AUC from t = 0 to infinity in mg·h/L? exact please",
    "calculus",
    {"rule": "expr"},
    str(auc),
)

tot = sp.integrate(120 + 60 * sp.sin(sp.pi * t / 12), (t, 0, 6))
num, _ = integrate.quad(lambda x: 120 + 60 * math.sin(math.pi * x / 12), 0, 6)
close(float(tot), num, 1e-10)
add(
    "Staffing question for the 06:00–12:00 shift at specimen reception.\n\n"
    "Modelled arrival rate: λ(t) = 120 + 60·sin(πt/12) specimens per hour, t = hours after 06:00.\n\n"
    "1) How many specimens in total arrive between t = 0 and t = 6 (integrate the rate)?\n"
    "2) Exact answer wanted, keep π in it.",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(tot)),
)

S = sp.symbols("S", positive=True)
avg = sp.simplify(sp.integrate(180 * S / (sp.Rational(5, 2) + S), (S, 0, 10)) / 10)
num, _ = integrate.quad(lambda s: 180 * s / (2.5 + s), 0, 10)
close(float(avg), num / 10, 1e-10)
close(float(avg), 180 - 45 * math.log(5), 1e-12)
add(
    "enzyme kinetics check for the ALP method: v = Vmax·S/(Km + S) with Vmax = 180 U/L per min and Km = 2.5 mmol/L. "
    "whats the mean value of v over the substrate range S = 0 to 10 mmol/L (average of the function over that "
    "interval)? exact form w/ logs is fine",
    "calculus",
    {"rule": "expr"},
    str(avg),
)

# ---------------- algebra (3) ----------------
cc = sp.symbols("c")
sols = sp.solve(sp.Rational(2, 1000) * cc**2 + sp.Rational(5, 100) * cc + sp.Rational(1, 10) - sp.Rational(9, 10), cc)
pos = [s for s in sols if s.is_positive][0]
close(float(pos), max(np.roots([0.002, 0.05, -0.8]).real), 1e-10)
add(
    "Hello,\n\nThe vendor's quadratic calibration for our immunoassay is\n\n"
    "    signal = 0.002c² + 0.05c + 0.1\n\n"
    "with c in ng/mL. A patient sample read a signal of 0.9. Solve for the concentration c; only the positive root "
    "is physically meaningful. **Exact** value please (surd form).",
    "algebra",
    {"rule": "expr"},
    str(sp.simplify(pos)),
)

x, y = sp.symbols("x y")
sol = sp.solve([x + y - 50, 20 * x + 200 * y - 80 * 50], [x, y])
hi = sol[y]
close(float(hi), 50 * (80 - 20) / (200 - 20), 1e-12)
add(
    "Making an in-house QC pool. I have a low stock at 20 U/L and a high stock at 200 U/L, and I want 50 mL total "
    "at exactly 80 U/L (assume volumes add and concentrations mix linearly). How many mL of the **high** stock do I "
    "need? exact fraction pls",
    "algebra",
    {"rule": "expr"},
    str(hi),
)

lam = sp.symbols("lam")
roots = sp.solve(lam**3 - 2 * lam**2 - 5 * lam + 6, lam)
assert sorted(np.round(np.roots([1, -2, -5, 6]).real, 10).tolist()) == sorted(float(r) for r in roots)
add(
    "Our biostatistics consultant's reagent-drift model came back with the characteristic equation\n"
    "λ³ − 2λ² − 5λ + 6 = 0\n"
    "Can you give me all the real roots? (I just want to check the sign of each one.)",
    "algebra",
    {"rule": "set"},
    [str(r) for r in sorted(roots)],
)

# ---------------- linear algebra (2) ----------------
M = sp.Matrix([[2, -1, 0], [1, 3, 2], [0, 1, 4]])
det = M.det()
close(float(det), float(np.linalg.det(np.array(M.tolist(), dtype=float))), 1e-10)
add(
    "Interference study, 3 analytes x 3 interferents. The coefficient matrix is\n\n"
    "| 2 | −1 | 0 |\n| 1 | 3 | 2 |\n| 0 | 1 | 4 |\n\n"
    "Before I let the middleware invert it, what is its determinant?",
    "linear_algebra",
    {"rule": "expr"},
    str(det),
)

K = sp.Matrix([[sp.Rational(95, 100), sp.Rational(4, 100)], [sp.Rational(3, 100), sp.Rational(92, 100)]])
Kinv = K.inv()
assert sp.simplify(K * Kinv - sp.eye(2)) == sp.zeros(2)
assert np.allclose(np.array(Kinv.tolist(), dtype=float), np.linalg.inv(np.array(K.tolist(), dtype=float)))
add(
    "Spectral cross-talk on the dual-wavelength photometer. Measured = K · true, with\n"
    "K = [[0.95, 0.04], [0.03, 0.92]]\n"
    "(row 1 = channel 1, row 2 = channel 2).\n"
    "1. I need the correction matrix K⁻¹.\n"
    "2. Exact entries (fractions), not rounded decimals, please.",
    "linear_algebra",
    {"rule": "expr"},
    str(Kinv),
)

# ---------------- probability (4) ----------------
p1 = float(stats.binom.sf(4, 150, 0.021))
p1b = 1 - sum(math.comb(150, k) * 0.021**k * 0.979 ** (150 - k) for k in range(5))
close(p1, p1b, 1e-10)
add(
    "Our historical specimen rejection rate (haemolysed, clotted, QNS, mislabelled, all causes) is 2.1%. "
    "On a shift where we receive 150 specimens, treating each as independent, what's the probability that "
    "**5 or more** are rejected? decimal is fine.",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p1,
)

p2 = float(stats.poisson.sf(5, 3.2))
p2b = 1 - math.exp(-3.2) * sum(3.2**k / math.factorial(k) for k in range(6))
close(p2, p2b, 1e-10)
add(
    "Critical-value phone calls on night shift average 3.2 per night (Poisson seems to fit well). "
    "What is P(more than 5 critical calls in one night)? i.e. 6 or more.",
    "probability",
    {"rule": "number", "tol": 1e-6},
    p2,
)

ppv = (
    sp.Rational(98, 100)
    * sp.Rational(2, 100)
    / (sp.Rational(98, 100) * sp.Rational(2, 100) + sp.Rational(5, 100) * sp.Rational(98, 100))
)
rng = np.random.default_rng(58)
N = 4_000_000
dis = rng.random(N) < 0.02
pos_ = np.where(dis, rng.random(N) < 0.98, rng.random(N) < 0.05)
close(float(ppv), dis[pos_].mean(), 2e-2)
add(
    "Dear all,\n\nFor the screening assay verification summary:\n"
    "1. Sensitivity 98%\n2. Specificity 95%\n3. Prevalence in our referral population 2%\n\n"
    "What is the positive predictive value? Please give it as an **exact fraction**.",
    "probability",
    {"rule": "expr"},
    str(ppv),
)

p4 = 1 - (2 * stats.norm.cdf(2.5) - 1) ** 3
p4b = 1 - (1 - 2 * stats.norm.sf(2.5)) ** 3
close(float(p4), float(p4b), 1e-12)
sim = rng.standard_normal((2_000_000, 3))
close(float(p4), (np.abs(sim) > 2.5).any(axis=1).mean(), 5e-2)
add(
    "Westgard question. We're thinking of a 1_2.5s rejection rule with N = 3 control measurements per run. "
    "Assuming the method is stable, results are Gaussian and the 3 controls are independent, what is the "
    "probability of false rejection per run (at least one of the 3 falling outside mean ± 2.5 SD)?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(p4),
)

# ---------------- hypothesis tests (4) ----------------
old = np.array([32, 45, 28, 61, 77, 39, 54, 90, 23, 48], float)
new = np.array([34, 44, 31, 64, 80, 38, 57, 94, 25, 50], float)
r = stats.ttest_rel(new, old)
dd = new - old
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
close(float(r.pvalue), float(2 * stats.t.sf(abs(tt), len(dd) - 1)), 1e-10)
add(
    "Method comparison, ALT (U/L), same 10 patient samples run on the old and new analyser:\n\n"
    "old: 32 45 28 61 77 39 54 90 23 48\n"
    "new: 34 44 31 64 80 38 57 94 25 50\n\n"
    "Paired t-test, two-sided — what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

m1, s1, n1, m2, s2, n2 = 52.4, 14.1, 38, 46.9, 9.8, 41
r = stats.ttest_ind_from_stats(m1, s1, n1, m2, s2, n2, equal_var=False)
v1, v2 = s1**2 / n1, s2**2 / n2
tw = (m1 - m2) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / (n1 - 1) + v2**2 / (n2 - 1))
close(float(r.pvalue), float(2 * stats.t.sf(abs(tw), dfw)), 1e-10)
add(
    "ED troponin turnaround (receipt to result, minutes):\n"
    "- March: mean 52.4, SD 14.1, n = 38\n"
    "- April (after the pneumatic tube fix): mean 46.9, SD 9.8, n = 41\n"
    "SDs look quite different so use Welch's t-test, not pooled. Two-sided p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(r.pvalue),
)

tab = np.array([[42, 1958], [61, 2439], [18, 1482]], float)
chi2, pchi, dof, exp_ = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1)[:, None] * tab.sum(0)[None, :] / tab.sum()
X2 = ((tab - E) ** 2 / E).sum()
close(float(pchi), float(stats.chi2.sf(X2, 2)), 1e-10)
add(
    "Rejection counts by collection location, Q3:\n\n"
    "location\trejected\taccepted\n"
    "ED\t42\t1958\n"
    "Inpatient wards\t61\t2439\n"
    "Outpatient phlebotomy\t18\t1482\n\n"
    "Is rejection independent of location? Chi-square test of independence on the 3×2 table, p-value please.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pchi),
)

Fv = 0.12**2 / 0.08**2
pF = 2 * stats.f.sf(Fv, 19, 24)
# independent: F sf via regularized incomplete beta
from scipy.special import betainc

pFb = 2 * betainc(24 / 2, 19 / 2, 24 / (24 + 19 * Fv))
close(float(pF), float(pFb), 1e-10)
add(
    "Reagent lot change, imprecision check on the level 1 control (glucose, mmol/L):\n\n"
    "1. Old lot: SD 0.12, n = 20\n2. New lot: SD 0.08, n = 25\n\n"
    "F-test for equality of variances, larger variance on top (old/new), **two-sided** "
    "(double the upper-tail area). What's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pF),
)

# ---------------- regression (2) ----------------
xc = np.array([0, 25, 50, 100, 200, 400], float)
ya = np.array([0.004, 0.061, 0.118, 0.239, 0.471, 0.948])
lr = stats.linregress(xc, ya)
X = np.column_stack([np.ones_like(xc), xc])
beta = np.linalg.lstsq(X, ya, rcond=None)[0]
close(float(lr.slope), float(beta[1]), 1e-10)
add(
    "calibration line for the new triglyceride kit, standards in mg/dL vs absorbance:\n\n"
    "conc: 0, 25, 50, 100, 200, 400\n"
    "abs:  0.004, 0.061, 0.118, 0.239, 0.471, 0.948\n\n"
    "ordinary least squares of abs on conc (with intercept). What's the slope (abs per mg/dL)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-6},
    float(lr.slope),
)

ref = np.array([3.2, 4.5, 5.1, 5.8, 6.4, 7.0, 8.3, 9.9, 11.2, 13.5, 15.8, 19.4])
poc = np.array([3.5, 4.3, 5.4, 6.1, 6.2, 7.5, 8.0, 10.6, 11.0, 14.3, 15.1, 20.6])
lr2 = stats.linregress(ref, poc)
b = np.polyfit(ref, poc, 1)
res = poc - np.polyval(b, ref)
r2b = 1 - (res**2).sum() / ((poc - poc.mean()) ** 2).sum()
close(float(lr2.rvalue**2), float(r2b), 1e-10)
add(
    "POCT glucose meter vs lab hexokinase, 12 paired samples, mmol/L:\n\n"
    "lab  | 3.2 4.5 5.1 5.8 6.4 7.0 8.3 9.9 11.2 13.5 15.8 19.4\n"
    "POCT | 3.5 4.3 5.4 6.1 6.2 7.5 8.0 10.6 11.0 14.3 15.1 20.6\n\n"
    "Simple linear regression of POCT (y) on lab (x). I only need the R² for the report.",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-6},
    float(lr2.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
g = [[6.8, 6.9, 7.0, 6.8, 6.9], [7.1, 7.0, 7.2, 7.1, 7.0], [6.9, 6.8, 6.9, 7.0, 6.9], [7.0, 7.1, 7.0, 6.9, 7.1]]
fa = stats.f_oneway(*g)
allv = np.concatenate(g)
gm = allv.mean()
ssb = sum(len(a) * (np.mean(a) - gm) ** 2 for a in g)
ssw = sum(((np.array(a) - np.mean(a)) ** 2).sum() for a in g)
Fm = (ssb / 3) / (ssw / 16)
close(float(fa.pvalue), float(stats.f.sf(Fm, 3, 16)), 1e-10)
add(
    "HbA1c level 2 control (%), 5 replicates on each of our 4 analysers:\n\n"
    "**Analyser A:** 6.8, 6.9, 7.0, 6.8, 6.9\n"
    "**Analyser B:** 7.1, 7.0, 7.2, 7.1, 7.0\n"
    "**Analyser C:** 6.9, 6.8, 6.9, 7.0, 6.9\n"
    "**Analyser D:** 7.0, 7.1, 7.0, 6.9, 7.1\n\n"
    "One-way ANOVA across analysers. What is the p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fa.pvalue),
)

means = [4.12, 4.21, 4.05]
sds = [0.11, 0.09, 0.13]
nn = 8
gm = np.mean(means)
msb = nn * sum((m - gm) ** 2 for m in means) / 2
msw = np.mean(np.square(sds))
Fs = msb / msw
# second check: synthesise data with exactly these means and SDs and run f_oneway
base = rng.standard_normal(nn)
synth = []
for m, s in zip(means, sds):
    z = (base - base.mean()) / base.std(ddof=1)
    synth.append(m + s * z)
close(float(Fs), float(stats.f_oneway(*synth).statistic), 1e-9)
add(
    "Three reagent lots, potassium (mmol/L), n = 8 replicates per lot:\n"
    "1. Lot 2291: mean 4.12, SD 0.11\n"
    "2. Lot 2304: mean 4.21, SD 0.09\n"
    "3. Lot 2317: mean 4.05, SD 0.13\n"
    "I only have the summary stats, not the raw values. One-way ANOVA between lots: what's the F statistic?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-6},
    float(Fs),
)

# ---------------- design (3) ----------------
r1 = 2 ** (6 - 2) + 4
assert r1 == len(list(__import__("itertools").product([-1, 1], repeat=4))) + 4
add(
    "Robustness study on the LC-MS/MS vitamin D method: 6 factors (column temp, flow rate, mobile phase pH, "
    "injection volume, source temp, cone voltage), each at 2 levels. We'll run a 2^(6−2) fractional factorial "
    "plus 4 centre points. How many runs in total?",
    "design",
    {"rule": "runs"},
    r1,
)

k = 3
r2 = 2**k + 2 * k + 5
assert r2 == 8 + 6 + 5
add(
    "For optimising the extraction step I'd like a face-centred central composite design in 3 factors "
    "(full 2³ factorial portion, the axial/star points, and 5 centre-point replicates). Total number of runs?",
    "design",
    {"rule": "runs"},
    r2,
)

r3 = 3 * 2 * 4 * 2
assert r3 == len(list(__import__("itertools").product(range(3), range(2), range(4), range(2))))
add(
    "Hi,\n\nPlanning a general full factorial for the coag lab:\n"
    "1. Reagent lot: 3 levels\n2. Calibrator lot: 2 levels\n3. Operator: 4 levels\n\n"
    "Every combination run, and the whole design **replicated twice** (2 runs per cell). "
    "How many runs altogether?",
    "design",
    {"rule": "runs"},
    r3,
)

# ---------------- control charts (2) ----------------
qc = np.array([5.12, 5.08, 5.15, 5.10, 5.04, 5.11, 5.18, 5.09, 5.06, 5.13, 5.10, 5.16, 5.07, 5.12, 5.09, 5.14])
mr = np.abs(np.diff(qc)).mean()
ucl = qc.mean() + 2.66 * mr
# check 2.66 ~ 3/d2, with d2 (n = 2) = E|X1 - X2| = 2/sqrt(pi) in closed form
d2 = 2 / math.sqrt(math.pi)  # E|X1 - X2| for standard normals
close(3 / d2, 2.66, 1e-3)
close(float(ucl), float(qc.mean() + 3 * mr / d2), 1e-4)
add(
    "Levey–Jennings / individuals chart set-up, creatinine level 1 control (mg/dL), 16 consecutive runs:\n\n"
    "5.12, 5.08, 5.15, 5.10, 5.04, 5.11, 5.18, 5.09, 5.06, 5.13, 5.10, 5.16, 5.07, 5.12, 5.09, 5.14\n\n"
    "I-MR chart, moving range of 2, limits = mean ± 2.66·MR̄. What is the **UCL** for the individuals chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl),
)

pb, n = 0.035, 1200
lcl = pb - 3 * math.sqrt(pb * (1 - pb) / n)
sd_emp = np.sqrt(np.var(rng.binomial(n, pb, 2_000_000) / n))
close(lcl, pb - 3 * sd_emp, 2e-3)
add(
    "p-chart for daily specimen rejection proportion. Centre line p̄ = 0.035, constant n = 1200 specimens/day, "
    "3-sigma limits. What is the LCL?",
    "control_chart",
    {"rule": "number", "key": "lcl", "tol": 1e-4},
    float(lcl),
)

# ---------------- capability (2) ----------------
LSL, USL, mu, sd = 94.0, 106.0, 101.2, 1.5
cpk = min(USL - mu, mu - LSL) / (3 * sd)
close(cpk, (1 - abs(mu - 100) / 6) * (USL - LSL) / (6 * sd), 1e-12)
add(
    "Glucose level 2 control, target 100 mg/dL, allowable limits 94–106 mg/dL (±6%). "
    "Long-run mean is 101.2 with SD 1.5 mg/dL. Treating the allowable limits as spec limits, what's the Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)

vol = np.array(
    [
        50.2,
        49.8,
        50.5,
        50.1,
        49.6,
        50.3,
        50.0,
        50.7,
        49.9,
        50.4,
        50.2,
        49.7,
        50.6,
        50.1,
        50.3,
        49.9,
        50.0,
        50.5,
        50.2,
        49.8,
    ]
)
mv, sv = vol.mean(), vol.std(ddof=1)
ppk = min(51.5 - mv, mv - 48.5) / (3 * sv)
sv2 = math.sqrt(sum((v - sum(vol) / 20) ** 2 for v in vol) / 19)
close(ppk, min(51.5 - sum(vol) / 20, sum(vol) / 20 - 48.5) / (3 * sv2), 1e-12)
add(
    "Gravimetric check of the sample probe on the chemistry line, 20 dispenses, nominal 50 µL, "
    "spec 48.5–51.5 µL:\n\n"
    "50.2 49.8 50.5 50.1 49.6 50.3 50.0 50.7 49.9 50.4\n"
    "50.2 49.7 50.6 50.1 50.3 49.9 50.0 50.5 50.2 49.8\n\n"
    "Please calculate **Ppk** using the overall sample SD (n−1).",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-6},
    float(ppk),
)

# ---------------- sample size (1) ----------------
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.90)
nraw = 2 * (za + zb) ** 2 * 12**2 / 5**2
nss = math.ceil(nraw)
# independent: power at n via normal approx
pw = lambda m: stats.norm.cdf(5 / (12 * math.sqrt(2 / m)) - za)
assert pw(nss) >= 0.90 > pw(nss - 1)
add(
    "Planning a TAT study comparing the current and the new pre-analytical workflow. SD of TAT about 12 min in "
    "both arms; we want to detect a 5 min difference in means, two-sided α = 0.05, 90% power. "
    "Normal approximation (z-based) formula, round up. How many specimens per group?",
    "sample_size",
    {"rule": "int", "key": "n"},
    int(nss),
)

# ---------------- unit conversion (1) ----------------
crea = 1.2 * 10 / 113.12 * 1000  # mg/dL -> mg/L -> mmol/L -> µmol/L
crea_b = 1.2e-3 / 1e-1 / 113.12 * 1e6  # g/L / (g/mol) -> mol/L -> µmol/L
close(crea, crea_b, 1e-12)
add(
    "Converting a creatinine of 1.2 mg/dL to SI for the new LIS reference table. Use molar mass 113.12 g/mol. "
    "Answer in µmol/L, don't round to the usual 88.4 factor.",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(crea),
)

assert len(items) == 30
from collections import Counter

mix = Counter(it["mode"] for it in items)
assert mix == {
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
}, mix
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, hospital lab quality manager",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
