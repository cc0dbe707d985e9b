import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round50c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")

# ---------------- calculus (4) ----------------
# r01 derivative of first-order assay decay C(t)=100 e^{-0.0115 t} -> -1.15 e^{-0.0115 t}
C1 = 100 * sp.exp(-sp.Rational(23, 2000) * t)
d1 = sp.simplify(sp.diff(C1, t))
assert abs(float(d1.subs(t, 10)) - (-1.15 * math.exp(-0.115))) < 1e-12
add(
    "stab lot 24-017, assay fits first-order: C(t) = 100·e^(−0.0115t) %LC, t in months; need dC/dt as fn of t (rate of loss, %LC/month)",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 AUC 0-inf of C(t)=12 t e^{-t/2} -> 48
auc = sp.integrate(12 * t * sp.exp(-t / 2), (t, 0, sp.oo))
num_auc, _ = integrate.quad(lambda s: 12 * s * math.exp(-s / 2), 0, np.inf)
assert abs(float(auc) - num_auc) < 1e-8 and auc == 48
add(
    "PK bridging note; plasma conc model C(t) = 12·t·e^(−t/2) µg/mL, t in h. AUC(0–∞) = ∫₀^∞ C dt, exact value pls (µg·h/mL)",
    "calculus",
    {"rule": "expr"},
    str(auc),
)
# r03 limit (e^{2x}-1-2x)/x^2 -> 2
L3 = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
assert L3 == 2 and abs(float(((sp.exp(2 * x) - 1 - 2 * x) / x**2).subs(x, sp.Rational(1, 10**6))) - 2) < 1e-5
add(
    "lim x→0 (e^(2x) − 1 − 2x)/x² ; showed up expanding a kinetics approx, exact value",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 tmax of C(t)=50(e^{-0.1t}-e^{-0.5t}) -> t = 5 ln5 / 2
C4 = 50 * (sp.exp(-t / 10) - sp.exp(-t / 2))
tmax = sp.solve(sp.diff(C4, t), t)
tmax = [s for s in tmax if s.is_real][0]
tmax = sp.simplify(tmax)
assert abs(float(tmax) - math.log(0.5 / 0.1) / (0.5 - 0.1)) < 1e-12
add(
    "oral dose, one-compartment; C(t) = 50(e^(−0.1t) − e^(−0.5t)) ng/mL, t in h. at what t is C max (Tmax)? exact form ok",
    "calculus",
    {"rule": "expr"},
    str(tmax),
)

# ---------------- algebra (3) ----------------
# r05 shelf life: 100 e^{-kt} = 90, k = 0.0035 /month -> t = ln(10/9)/0.0035
k5 = sp.Rational(35, 10000)
ts = sp.symbols("ts", positive=True)
t5 = sp.solve(sp.Eq(100 * sp.exp(-k5 * ts), 90), ts)[0]
assert abs(float(t5) - math.log(100 / 90) / 0.0035) < 1e-9
add(
    "first-order loss, k = 0.0035 month⁻¹, initial 100.0 %LC; solve 100·e^(−kt) = 90.0 for t (months to hit 90% LC lower limit); no rounding to a pull point",
    "algebra",
    {"rule": "number", "tol": 1e-4},
    float(t5),
)
# r06 blend: 98.2 a + 101.6 (50-a) = 100.0*50 -> a = 400/17 kg
a = sp.symbols("a")
a6 = sp.solve(sp.Eq(sp.Rational(982, 10) * a + sp.Rational(1016, 10) * (50 - a), 100 * 50), a)[0]
assert abs(float(a6) - (101.6 * 50 - 5000) / (101.6 - 98.2)) < 1e-9
add(
    "API reblend; lot A assay 98.2%, lot B 101.6% (as-is, same basis); need 50.0 kg total blended to exactly 100.0%. kg of lot A? (linear mixing)",
    "algebra",
    {"rule": "expr"},
    str(a6),
)
# r07 roots of 2x^2 - 3x - 20 = 0 -> {-5/2, 4}
r7 = sorted(sp.solve(2 * x**2 - 3 * x - 20, x))
assert [float(v) for v in r7] == sorted(float(v) for v in np.roots([2, -3, -20]))
add(
    "quadratic cal term rearranged to 2x² − 3x − 20 = 0 ; all real roots pls (both, even the non-physical one)",
    "algebra",
    {"rule": "set"},
    [str(v) for v in r7],
)

# ---------------- linear algebra (2) ----------------
# r08 two-component UV: 0.052 c1 + 0.011 c2 = 0.614 ; 0.008 c1 + 0.047 c2 = 0.482 -> c1
E = np.array([[0.052, 0.011], [0.008, 0.047]])
A = np.array([0.614, 0.482])
c = np.linalg.solve(E, A)
c1s, c2s = sp.symbols("c1 c2")
sol8 = sp.solve(
    [sp.Rational(52, 1000) * c1s + sp.Rational(11, 1000) * c2s - sp.Rational(614, 1000),
     sp.Rational(8, 1000) * c1s + sp.Rational(47, 1000) * c2s - sp.Rational(482, 1000)],
    [c1s, c2s],
)
assert abs(float(sol8[c1s]) - c[0]) < 1e-9
add(
    "2-component UV assay (Vierordt); at λ1: 0.052·c1 + 0.011·c2 = 0.614 AU; at λ2: 0.008·c1 + 0.047·c2 = 0.482 AU; c in µg/mL. solve the system, report c1",
    "linear_algebra",
    {"rule": "number", "tol": 1e-6},
    float(sol8[c1s]),
)
# r09 eigenvalues of [[-0.3, 0.1],[0.2,-0.2]] -> {-0.4, -0.1}
M9 = sp.Matrix([[sp.Rational(-3, 10), sp.Rational(1, 10)], [sp.Rational(2, 10), sp.Rational(-2, 10)]])
ev9 = sorted(M9.eigenvals().keys(), key=float)
assert np.allclose(sorted(np.linalg.eigvals(np.array(M9.tolist(), float))), [float(v) for v in ev9])
add(
    "two-compartment rate matrix K = [[−0.3, 0.1], [0.2, −0.2]] (h⁻¹); eigenvalues of K?",
    "linear_algebra",
    {"rule": "set"},
    [str(v) for v in ev9],
)

# ---------------- probability (4) ----------------
# r10 binomial: n=20, p=0.02, P(X>=1)
p10 = 1 - stats.binom.pmf(0, 20, 0.02)
assert abs(p10 - (1 - 0.98**20)) < 1e-12
add(
    "AQL spot check; n=20 tablets pulled at random, true chipped rate 2.0% (independent, binomial). P(at least 1 chipped in the 20)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson mean 3.2, P(X<=1)
p11 = stats.poisson.cdf(1, 3.2)
assert abs(p11 - math.exp(-3.2) * (1 + 3.2)) < 1e-12
add(
    "visible particulates; counts per vial ~ Poisson, mean 3.2 per vial; P(≤1 particle in a vial)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 normal: N(250, 4.0); P(outside 242.5-257.5)
p12 = stats.norm.cdf(242.5, 250, 4) + stats.norm.sf(257.5, 250, 4)
assert abs(p12 - 2 * (1 - 0.5 * (1 + math.erf(1.875 / math.sqrt(2))))) < 1e-12
add(
    "tablet wt normal, mean 250.0 mg, sd 4.0 mg (RSD 1.6%); individual limits 250 ± 7.5 mg i.e. 242.5–257.5. fraction of tablets outside limits?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p12),
)
# r13 Bayes: prev 1.5%, sens 0.98, FP 3% -> P(OOS | flag)
prev, sens, fp = 0.015, 0.98, 0.03
p13 = prev * sens / (prev * sens + (1 - prev) * fp)
p13b = float(sp.Rational(15, 1000) * sp.Rational(98, 100)
             / (sp.Rational(15, 1000) * sp.Rational(98, 100) + sp.Rational(985, 1000) * sp.Rational(3, 100)))
assert abs(p13 - p13b) < 1e-12
add(
    "OOS screen; 1.5% of batches truly OOS; screen flags a truly OOS batch w.p. 0.98; flags a conforming batch w.p. 0.03. batch gets flagged; P(truly OOS | flagged)?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)

# ---------------- hypothesis tests (4) ----------------
# r14 one-sample t vs 100.0, two-sided
d14 = np.array([99.1, 98.7, 99.6, 100.2, 98.9, 99.4, 99.0, 99.8])
res14 = stats.ttest_1samp(d14, 100.0)
tt = (d14.mean() - 100) / (d14.std(ddof=1) / math.sqrt(len(d14)))
assert abs(2 * stats.t.sf(abs(tt), len(d14) - 1) - res14.pvalue) < 1e-12
add(
    "release assay %LC, n=8: 99.1, 98.7, 99.6, 100.2, 98.9, 99.4, 99.0, 99.8; one-sample t vs 100.0 %LC, two-sided; p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res14.pvalue),
)
# r15 Welch two-sample, two-sided
s1 = np.array([86, 89, 84, 88, 91, 87], float)
s2 = np.array([82, 85, 79, 88, 80, 83], float)
res15 = stats.ttest_ind(s1, s2, equal_var=False)
v1, v2 = s1.var(ddof=1) / 6, s2.var(ddof=1) / 6
tw = (s1.mean() - s2.mean()) / math.sqrt(v1 + v2)
dfw = (v1 + v2) ** 2 / (v1**2 / 5 + v2**2 / 5)
assert abs(2 * stats.t.sf(abs(tw), dfw) - res15.pvalue) < 1e-12
add(
    "dissolution Q30 (% dissolved), site transfer; Site A n=6: 86, 89, 84, 88, 91, 87; Site B n=6: 82, 85, 79, 88, 80, 83. Welch t (don't pool variances), two-sided; p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res15.pvalue),
)
# r16 paired t, two-sided
hplc = np.array([99.2, 101.0, 98.5, 100.4, 99.8, 100.9, 98.9])
uv = np.array([98.6, 100.1, 98.4, 99.5, 99.3, 100.0, 98.1])
res16 = stats.ttest_rel(hplc, uv)
dd = hplc - uv
tp = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(2 * stats.t.sf(abs(tp), len(dd) - 1) - res16.pvalue) < 1e-12
add(
    "method comparison, same 7 sample preps run both ways (paired); HPLC: 99.2, 101.0, 98.5, 100.4, 99.8, 100.9, 98.9; UV: 98.6, 100.1, 98.4, 99.5, 99.3, 100.0, 98.1 (%LC, same order). paired t, two-sided p?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res16.pvalue),
)
# r17 chi-square independence 2x3
tab = np.array([[12, 7, 21], [488, 493, 479]])
chi2, p17, dof, exp = stats.chi2_contingency(tab, correction=False)
chi2b = ((tab - exp) ** 2 / exp).sum()
assert abs(chi2 - chi2b) < 1e-10 and dof == 2
add(
    "blister leak test by packaging line; L1: 12 fail / 488 pass; L2: 7 fail / 493 pass; L3: 21 fail / 479 pass. chi-square test of independence (line vs pass/fail) on the 2×3 table; p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p17),
)

# ---------------- regression (2) ----------------
# r18 stability slope
mo = np.array([0, 3, 6, 9, 12, 18, 24], float)
asy = np.array([100.3, 99.8, 99.6, 99.1, 98.9, 98.2, 97.5])
lr18 = stats.linregress(mo, asy)
sl = np.sum((mo - mo.mean()) * (asy - asy.mean())) / np.sum((mo - mo.mean()) ** 2)
assert abs(sl - lr18.slope) < 1e-12
add(
    "long-term 25°C/60%RH, lot B; months: 0, 3, 6, 9, 12, 18, 24; assay %LC: 100.3, 99.8, 99.6, 99.1, 98.9, 98.2, 97.5. OLS assay vs time; slope (%LC/month)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr18.slope),
)
# r19 calibration r^2
conc = np.array([10, 25, 50, 75, 100, 125], float)
area = np.array([1520, 3790, 7410, 11350, 15630, 18880], float)
lr19 = stats.linregress(conc, area)
r2 = np.corrcoef(conc, area)[0, 1] ** 2
assert abs(r2 - lr19.rvalue**2) < 1e-12
add(
    "HPLC linearity, n=6 levels; conc µg/mL: 10, 25, 50, 75, 100, 125; peak area: 1520, 3790, 7410, 11350, 15630, 18880. straight-line fit with intercept; r²?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(lr19.rvalue**2),
)

# ---------------- ANOVA (2) ----------------
# r20 one-way: blend uniformity by location
top = [99.8, 100.6, 101.2, 100.1, 100.9]
mid = [99.5, 99.9, 100.4, 99.2, 100.0]
bot = [98.7, 99.4, 98.9, 99.8, 99.1]
res20 = stats.f_oneway(top, mid, bot)
allv = np.array(top + mid + bot)
gm = allv.mean()
ssb = sum(len(g) * (np.mean(g) - gm) ** 2 for g in (top, mid, bot))
ssw = sum(((np.array(g) - np.mean(g)) ** 2).sum() for g in (top, mid, bot))
F20 = (ssb / 2) / (ssw / 12)
assert abs(F20 - res20.statistic) < 1e-9
add(
    "blend uniformity, thief samples %LC, n=5 per location; top: 99.8, 100.6, 101.2, 100.1, 100.9; mid: 99.5, 99.9, 100.4, 99.2, 100.0; bottom: 98.7, 99.4, 98.9, 99.8, 99.1. one-way ANOVA across location; p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res20.pvalue),
)
# r21 two-way with interaction: analyst (2) x day (3), 2 reps; p for analyst main effect
data21 = {
    ("A1", "D1"): [99.6, 99.9], ("A1", "D2"): [100.2, 100.5], ("A1", "D3"): [99.8, 99.4],
    ("A2", "D1"): [99.0, 99.3], ("A2", "D2"): [99.9, 99.5], ("A2", "D3"): [98.9, 99.2],
}
rows = [(aa, dd_, v) for (aa, dd_), vs in data21.items() for v in vs]
y = np.array([r[2] for r in rows])
GM = y.mean()
an = sorted({r[0] for r in rows}); dy = sorted({r[1] for r in rows})
nrep = 2
mA = {aa: np.mean([r[2] for r in rows if r[0] == aa]) for aa in an}
mD = {d_: np.mean([r[2] for r in rows if r[1] == d_]) for d_ in dy}
mC = {k: np.mean(v) for k, v in data21.items()}
SSA = len(dy) * nrep * sum((mA[aa] - GM) ** 2 for aa in an)
SSD = len(an) * nrep * sum((mD[d_] - GM) ** 2 for d_ in dy)
SSAB = nrep * sum((mC[(aa, d_)] - mA[aa] - mD[d_] + GM) ** 2 for aa in an for d_ in dy)
SSE = sum(((np.array(v) - np.mean(v)) ** 2).sum() for v in data21.values())
dfE = len(y) - len(an) * len(dy)
FA = (SSA / (len(an) - 1)) / (SSE / dfE)
p21 = stats.f.sf(FA, len(an) - 1, dfE)
try:
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm

    df = pd.DataFrame(rows, columns=["analyst", "day", "y"])
    tbl = anova_lm(smf.ols("y ~ C(analyst) * C(day)", data=df).fit(), typ=2)
    assert abs(tbl.loc["C(analyst)", "PR(>F)"] - p21) < 1e-10
except ImportError:
    pass
add(
    "intermediate precision, %LC; 2 analysts × 3 days, n=2 reps per cell (balanced). A1: D1 99.6, 99.9; D2 100.2, 100.5; D3 99.8, 99.4. A2: D1 99.0, 99.3; D2 99.9, 99.5; D3 98.9, 99.2. two-way ANOVA w/ analyst×day interaction in the model; p-value for the analyst main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(p21),
)

# ---------------- design (3) ----------------
# r22 2^(5-1) in 2 replicates, 2 centre points per replicate -> 2*(16+2) = 36
n22 = 2 * (2 ** (5 - 1) + 2)
assert n22 == 36
add(
    "granulation DoE; 5 factors, 2^(5−1) half fraction (res V); run the whole thing twice (2 replicates), each replicate gets 2 centre points. total runs?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 CCD 3 factors, 6 centre points -> 8 + 6 + 6 = 20
n23 = 2**3 + 2 * 3 + 6
assert n23 == 20
add(
    "coating RSM; CCD, 3 factors (pan speed, spray rate, inlet temp), full 2³ cube + axial points + 6 centre points. how many runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 Box-Behnken 4 factors, 3 centre points -> 4C2*4 + 3 = 27
n24 = math.comb(4, 2) * 4 + 3
assert n24 == 27
add(
    "robustness study on the HPLC method; Box–Behnken, 4 factors (flow, col temp, pH, %organic), 3 centre pts. run count?",
    "design",
    {"rule": "runs"},
    n24,
)

# ---------------- control charts (2) ----------------
# r25 Xbar-R UCL: n=5, Xbarbar 250.4, Rbar 6.2, A2 = 0.577
A2 = 0.577
d2_num, _ = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 5 - stats.norm.cdf(z) ** 5, -np.inf, np.inf)
assert abs(3 / (d2_num * math.sqrt(5)) - A2) < 5e-4
ucl25 = 250.4 + A2 * 6.2
add(
    "IPC tablet wt, X̄-R chart; subgroups of n=5, 25 subgroups; grand mean 250.4 mg, R̄ = 6.2 mg. UCL for the X̄ chart? (std A2 table constant)",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl25,
)
# r26 p chart UCL: 25 lots of n=200, 130 defectives total
pbar = 130 / (25 * 200)
ucl26 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / 200)
assert abs(ucl26 - float(sp.Rational(13, 500) + 3 * sp.sqrt(sp.Rational(13, 500) * sp.Rational(487, 500) / 200))) < 1e-12
add(
    "visual insp, p chart; 25 lots, n=200 tablets inspected per lot, 130 defective tablets total across all lots. UCL of the p chart (3-sigma, fraction)?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    ucl26,
)

# ---------------- capability (2) ----------------
# r27 Cpk: spec 95.0-105.0, mean 100.8, sigma 1.2 -> 4.2/3.6
cpk27 = min(105.0 - 100.8, 100.8 - 95.0) / (3 * 1.2)
assert abs(cpk27 - float(sp.Rational(42, 10) / sp.Rational(36, 10))) < 1e-12
add(
    "content uniformity, spec 95.0–105.0 %LC; process mean 100.8 %LC, within-subgroup sd 1.20 %LC (stable). Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    cpk27,
)
# r28 Cp with sigma = Rbar/d2, n=4, d2=2.059; spec 245-255, Rbar 2.1
d2_4, _ = integrate.quad(lambda z: 1 - (1 - stats.norm.cdf(z)) ** 4 - stats.norm.cdf(z) ** 4, -np.inf, np.inf)
assert abs(d2_4 - 2.059) < 5e-4
cp28 = (255 - 245) / (6 * 2.1 / 2.059)
add(
    "fill wt capsules, spec 245–255 mg; subgroups n=4, R̄ = 2.1 mg; σ est = R̄/d2 (d2 = 2.059). Cp?",
    "capability",
    {"rule": "number", "key": "cp", "tol": 1e-4},
    cp28,
)

# ---------------- sample size (1) ----------------
# r29 two-sample, Δ=2, σ=3, α=0.05 two-sided, power 0.80, normal approx -> 36/group
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.80)
n29 = math.ceil(2 * (za + zb) ** 2 * 3.0**2 / 2.0**2)
assert n29 == math.ceil(2 * (1.959964 + 0.841621) ** 2 * 9 / 4) == 36
add(
    "dissolution, old vs new excipient supplier; want to detect Δ = 2.0% dissolved between means; sd 3.0% both; α = 0.05 two-sided; power 80%. n per group? (z-based formula, no t iteration; round up)",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion (1) ----------------
# r30 86 F -> 30 C
c30 = (sp.Rational(86) - 32) * sp.Rational(5, 9)
assert c30 == 30
add(
    "label storage 'excursions permitted to 86 °F'; same limit in °C?",
    "unit_conversion",
    {"rule": "expr"},
    str(c30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, pharmaceutical stability and QC analyst (assay %LC, tablet weights, dissolution, shelf life, HPLC)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
