import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round47c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x = sp.symbols("t x")
# r01 derivative of coverage curve V(t)=0.9(1-e^{-0.2t}) -> 0.18 e^{-0.2t}
V = sp.Rational(9, 10) * (1 - sp.exp(-sp.Rational(1, 5) * t))
d1 = sp.simplify(sp.diff(V, t))
assert sp.simplify(d1 - sp.Rational(18, 100) * sp.exp(-t / 5)) == 0
add(
    "Modelling cumulative HPV dose-1 coverage in the school program as V(t) = 0.9·(1 − e^(−0.2t)), t in weeks since launch. "
    "Need the uptake rate dV/dt as a function of t for the board slide",
    "calculus",
    {"rule": "expr"},
    str(d1),
)
# r02 definite integral of daily cases 40 e^{-0.1t} from 0 to 30 -> 400(1-e^{-3})
I2 = sp.integrate(40 * sp.exp(-sp.Rational(1, 10) * t), (t, 0, 30))
assert abs(float(I2) - 400 * (1 - math.exp(-3))) < 1e-9
add(
    "outbreak tail fit: daily new cases c(t) = 40e^(−0.1t), t = days after peak. total expected cases over the first 30 days "
    "after peak = ∫ from 0 to 30 of c(t) dt. exact form please, I'll round later",
    "calculus",
    {"rule": "expr"},
    str(sp.simplify(I2)),
)
# r03 limit ln(1+3x)/x -> 3
L3 = sp.limit(sp.log(1 + 3 * x) / x, x, 0)
assert abs(math.log(1 + 3e-7) / 1e-7 - float(L3)) < 1e-5
add(
    "Quick one from a growth-rate derivation in our epi methods refresher: lim x→0 of ln(1 + 3x)/x = ?",
    "calculus",
    {"rule": "expr"},
    str(L3),
)
# r04 peak of I(t)=300 t e^{-t/4} -> t=4
I4 = 300 * t * sp.exp(-t / 4)
crit = [c for c in sp.solve(sp.diff(I4, t), t) if c > 0][0]
assert sp.diff(I4, t, 2).subs(t, crit) < 0
tt = np.linspace(0.01, 30, 300001)
assert abs(tt[np.argmax(300 * tt * np.exp(-tt / 4))] - float(crit)) < 1e-3
add(
    "Norovirus cluster at a care home, we fit the epi curve as I(t) = 300·t·e^(−t/4) cases/day (t in days from index case). "
    "At what t does the curve peak?",
    "calculus",
    {"rule": "expr"},
    str(crit),
)
# r05 2x^2 - 9x + 4 = 0 -> {1/2, 4}
sol5 = sorted(sp.solve(2 * x**2 - 9 * x + 4, x))
assert all(abs(2 * float(s) ** 2 - 9 * float(s) + 4) < 1e-12 for s in sol5)
add(
    "solve 2x² − 9x + 4 = 0 (both roots pls, it's from a quadratic in my SIR equilibrium homework)",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sol5],
)
# r06 word problem: A + B = 1240, A = B + 180 -> B = 530
A, B = sp.symbols("A B")
s6 = sp.solve([A + B - 1240, A - B - 180], [A, B])
assert s6[B] == (1240 - 180) // 2
add(
    "Two flu clinics last Saturday gave 1,240 doses combined. The downtown site did 180 more than the Eastside site. "
    "How many doses did Eastside give?",
    "algebra",
    {"rule": "expr"},
    str(s6[B]),
)
# r07 mixture: 5% and 0.5% to make 20 L of 1% -> 20/9 L of 5%
v = sp.symbols("v")
s7 = sp.solve(sp.Eq(sp.Rational(5, 100) * v + sp.Rational(5, 1000) * (20 - v), sp.Rational(1, 100) * 20), v)[0]
assert abs(float(s7) - 20 * (0.01 - 0.005) / (0.05 - 0.005)) < 1e-12
add(
    "For the outbreak response kits we need 20 L of 1% hypochlorite. We have a 5% stock and a weak 0.5% solution, "
    "no plain water on site. How many litres of the 5% stock go into the mix? exact fraction is fine",
    "algebra",
    {"rule": "expr"},
    str(s7),
)
# r08 3x3 system for dose allocation, ask z
a, b, c = sp.symbols("a b c")
M8 = sp.Matrix([[1, 1, 1], [2, -1, 0], [0, 1, -3]])
r8 = sp.Matrix([1500, 0, -100])
s8 = M8.LUsolve(r8)
assert np.allclose(np.linalg.solve(np.array(M8, float), np.array(r8, float)).ravel(), np.array(s8, float).ravel())
add(
    "Allocating 1,500 MMR doses across three districts a, b, c. Constraints from the plan: a + b + c = 1500, "
    "2a − b = 0, b − 3c = −100. Solve the system, how many go to district c?",
    "linear_algebra",
    {"rule": "expr"},
    str(s8[2]),
)
# r09 dominant eigenvalue of next-generation matrix [[1.2,0.6],[0.4,0.8]] -> 1+sqrt(0.28)
K = np.array([[1.2, 0.6], [0.4, 0.8]])
r0 = max(np.linalg.eigvals(K).real)
r0_sym = max(sp.Matrix([[sp.Rational(6, 5), sp.Rational(3, 5)], [sp.Rational(2, 5), sp.Rational(4, 5)]]).eigenvals())
assert abs(float(r0_sym) - r0) < 1e-12
add(
    "2-group next-generation matrix (kids / adults) K = [[1.2, 0.6], [0.4, 0.8]]. R0 is the dominant eigenvalue "
    "(spectral radius) of K, what is it?",
    "linear_algebra",
    {"rule": "number", "tol": 1e-4},
    float(r0),
)
# r10 binomial n=20 p=0.15 P(X>=5)
p10 = stats.binom.sf(4, 20, 0.15)
assert abs(p10 - (1 - sum(math.comb(20, k) * 0.15**k * 0.85 ** (20 - k) for k in range(5)))) < 1e-12
add(
    "If 15% of kindergarteners in the county are missing at least one required vaccine, and a school nurse pulls 20 "
    "records at random (treat as independent), what's P(5 or more are incomplete)? exact binomial pls",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p10),
)
# r11 Poisson mean 2.4 P(X>=5)
p11 = stats.poisson.sf(4, 2.4)
assert abs(p11 - (1 - sum(math.exp(-2.4) * 2.4**k / math.factorial(k) for k in range(5)))) < 1e-12
add(
    "Salmonella reports in our region average 2.4/week (assume Poisson). Our aberration flag trips at 5 or more in a "
    "week. Probability a given week trips it just by chance?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p11),
)
# r12 PPV sens .92 spec .97 prev .02
se, spv, pr = 0.92, 0.97, 0.02
ppv = se * pr / (se * pr + (1 - spv) * (1 - pr))
# second way: counts per 100,000
tp = 100000 * pr * se
fp = 100000 * (1 - pr) * (1 - spv)
assert abs(ppv - tp / (tp + fp)) < 1e-12
add(
    "Hep C rapid test: sens 92%, spec 97%. Prevalence in the screening population ~2%. What's the PPV?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(ppv),
)
# r13 exponential mean 3 days, P(T > 7)
p13 = stats.expon.sf(7, scale=3)
assert abs(p13 - math.exp(-7 / 3)) < 1e-12
add(
    "Gaps between Legionnaires' notifications look exponential with mean 3 days. Probability we go more than 7 days "
    "without a new notification?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(p13),
)
# r14 two-proportion z test pooled, no cc, two-sided: 78/120 vs 65/125
x1, n1, x2, n2 = 78, 120, 65, 125
p1, p2 = x1 / n1, x2 / n2
pp = (x1 + x2) / (n1 + n2)
z14 = (p1 - p2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
pv14 = 2 * stats.norm.sf(abs(z14))
chi = stats.chi2_contingency(np.array([[x1, n1 - x1], [x2, n2 - x2]]), correction=False)
assert abs(chi[1] - pv14) < 1e-10
add(
    "Text-reminder pilot: 78 of 120 parents in the reminder arm got the 12-mo shots on time vs 65 of 125 in usual care. "
    "Two-proportion z test, pooled SE, no continuity correction, two-sided. p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(pv14),
)
# r15 chi-square independence 2x3
tab = np.array([[42, 35, 23], [58, 80, 62]])
chi15 = stats.chi2_contingency(tab, correction=False)
E = tab.sum(1, keepdims=True) * tab.sum(0, keepdims=True) / tab.sum()
X2 = ((tab - E) ** 2 / E).sum()
assert abs(X2 - chi15[0]) < 1e-10 and abs(stats.chi2.sf(X2, 2) - chi15[1]) < 1e-12
add(
    "BRFSS-style survey, flu shot (yes/no) by age band 18–34 / 35–64 / 65+:\n"
    "yes: 42, 35, 23\nno: 58, 80, 62\n"
    "chi-square test of independence, p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(chi15[1]),
)
# r16 paired t two-sided, SBP before/after
pre = np.array([148, 152, 139, 160, 145, 157, 150, 142], float)
post = np.array([141, 147, 138, 151, 144, 149, 146, 140], float)
tt16 = stats.ttest_rel(pre, post)
dd = pre - post
t16 = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(t16 - tt16.statistic) < 1e-10
add(
    "Community BP program, systolic (mmHg) for 8 participants before → after 12 wks:\n"
    "148→141, 152→147, 139→138, 160→151, 145→144, 157→149, 150→146, 142→140\n"
    "paired t test, two sided, what's the p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(tt16.pvalue),
)
# r17 Welch t statistic from summary stats
m1, s1, k1 = 27.4, 6.1, 35
m2, s2, k2 = 24.9, 3.8, 42
w = stats.ttest_ind_from_stats(m1, s1, k1, m2, s2, k2, equal_var=False)
t17 = (m1 - m2) / math.sqrt(s1**2 / k1 + s2**2 / k2)
assert abs(t17 - w.statistic) < 1e-12
add(
    "Comparing BMI in two school districts from the screening data. District 1: mean 27.4, SD 6.1, n = 35. "
    "District 2: mean 24.9, SD 3.8, n = 42. SDs look pretty different so Welch (unequal variances), two sided. "
    "p-value?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(w.pvalue),
)
# r18 regression slope: coverage vs pertussis incidence
cov = np.array([78, 82, 85, 88, 90, 92, 94, 96], float)
inc = np.array([21.5, 18.2, 16.9, 13.1, 12.4, 9.8, 8.7, 6.0], float)
lr = stats.linregress(cov, inc)
sl = ((cov - cov.mean()) * (inc - inc.mean())).sum() / ((cov - cov.mean()) ** 2).sum()
assert abs(sl - lr.slope) < 1e-12
add(
    "8 counties, DTaP coverage % vs pertussis incidence per 100,000:\n"
    "cov: 78, 82, 85, 88, 90, 92, 94, 96\ninc: 21.5, 18.2, 16.9, 13.1, 12.4, 9.8, 8.7, 6.0\n"
    "OLS of incidence on coverage, what's the slope (per 100k per percentage point)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2: screening rate vs late-stage %
scr = np.array([52, 58, 61, 64, 67, 70, 73, 77, 80], float)
late = np.array([38, 36, 35, 31, 33, 29, 27, 28, 24], float)
lr19 = stats.linregress(scr, late)
r2 = np.corrcoef(scr, late)[0, 1] ** 2
assert abs(r2 - lr19.rvalue**2) < 1e-12
add(
    "colorectal screening uptake (%) vs % of CRC diagnosed at late stage, 9 health districts —\n"
    "screen: 52 58 61 64 67 70 73 77 80\nlate: 38 36 35 31 33 29 27 28 24\n"
    "simple linear regression, late on screen. r² ?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)
# r20 one-way ANOVA: days from positive test to case interview, 3 teams
g1 = np.array([2.1, 3.4, 2.8, 3.0, 2.5, 3.7], float)
g2 = np.array([3.9, 4.2, 3.1, 4.8, 3.6, 4.4], float)
g3 = np.array([2.9, 3.3, 2.6, 3.8, 3.1, 2.7], float)
a20 = stats.f_oneway(g1, g2, g3)
allv = np.concatenate([g1, g2, g3])
ssb = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (g1, g2, g3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (g1, g2, g3))
F20 = (ssb / 2) / (ssw / 15)
assert abs(F20 - a20.statistic) < 1e-10
add(
    "Days from positive lab result to case interview, 3 contact-tracing teams:\n"
    "Team A: 2.1, 3.4, 2.8, 3.0, 2.5, 3.7\nTeam B: 3.9, 4.2, 3.1, 4.8, 3.6, 4.4\nTeam C: 2.9, 3.3, 2.6, 3.8, 3.1, 2.7\n"
    "one-way ANOVA, p-value for a difference between teams?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    float(a20.pvalue),
)
# r21 two-way ANOVA with interaction, balanced 2x3x3: p-value for reminder type main effect
data21 = {
    ("urban", "sms"): [12, 15, 13],
    ("urban", "letter"): [18, 20, 17],
    ("urban", "call"): [14, 16, 15],
    ("rural", "sms"): [16, 18, 19],
    ("rural", "letter"): [22, 21, 24],
    ("rural", "call"): [17, 20, 18],
}
import pandas as pd
import statsmodels.api as sm
from statsmodels.formula.api import ols

rows = [(a_, b_, y) for (a_, b_), ys in data21.items() for y in ys]
df = pd.DataFrame(rows, columns=["area", "rem", "y"])
fit = ols("y ~ C(area) * C(rem)", data=df).fit()
aov = sm.stats.anova_lm(fit, typ=2)
p21 = float(aov.loc["C(rem)", "PR(>F)"])
# hand computation
gm = df.y.mean()
ssB = sum(len(g) * (g.y.mean() - gm) ** 2 for _, g in df.groupby("rem"))
ssE = sum(((g.y - g.y.mean()) ** 2).sum() for _, g in df.groupby(["area", "rem"]))
FB = (ssB / 2) / (ssE / 12)
assert abs(stats.f.sf(FB, 2, 12) - p21) < 1e-10
add(
    "Days to complete the 2nd dose after the first, by area (urban/rural) × reminder type (SMS/letter/phone call), "
    "3 clinics per cell:\n"
    "urban: SMS 12,15,13 | letter 18,20,17 | call 14,16,15\n"
    "rural: SMS 16,18,19 | letter 22,21,24 | call 17,20,18\n"
    "two-way ANOVA with interaction. p-value for the reminder-type main effect?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-3},
    p21,
)
# r22 2^3 full factorial, 2 replicates, + 4 centre points -> 20
n22 = 2**3 * 2 + 4
add(
    "Planning a mailing experiment for the survey: 3 factors at 2 levels each (envelope type, prepaid incentive yes/no, "
    "reminder postcard yes/no). Full factorial, 2 replicates of every combination, plus 4 centre-point runs (mid-size "
    "incentive etc). How many runs total?",
    "design",
    {"rule": "runs"},
    n22,
)
# r23 Plackett-Burman for 10 factors -> 12 runs (smallest multiple of 4 > k)
k23 = 10
n23 = 4 * math.ceil((k23 + 1) / 4)
assert n23 == 12
add(
    "we want to screen 10 possible drivers of low survey response (2 levels each) with a Plackett–Burman design, "
    "no replication. minimum number of runs?",
    "design",
    {"rule": "runs"},
    n23,
)
# r24 5x5 Latin square -> 25
n24 = 5 * 5
add(
    "Testing 5 health-message versions across 5 clinics over 5 weeks, Latin square so each message appears once per "
    "clinic and once per week. How many clinic-week runs is that in total?",
    "design",
    {"rule": "runs"},
    n24,
)
# r25 p chart UCL, n=250 constant
pos = np.array([18, 22, 15, 25, 20, 17, 23, 19, 21, 20], float)
n25 = 250
pbar = pos.sum() / (n25 * len(pos))
ucl25 = pbar + 3 * math.sqrt(pbar * (1 - pbar) / n25)
assert abs(pbar - 0.08) < 1e-12
add(
    "Weekly chlamydia test positivity at the sexual-health clinic, 250 tests every week. Positives over 10 weeks: "
    "18, 22, 15, 25, 20, 17, 23, 19, 21, 20. Set up a p chart (3-sigma) — what's the UCL as a proportion?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl25),
)
# r26 c chart UCL
cnt = np.array([4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7], float)
cbar = cnt.mean()
ucl26 = cbar + 3 * math.sqrt(cbar)
assert abs(ucl26 - (5 + 3 * math.sqrt(5))) < 1e-12
add(
    "Monthly count of foodborne outbreak reports for the region last year: 4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 7. "
    "c chart, usual 3-sigma limits. UCL?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)
# r27 Cpk vaccine fridge temps 2-8 C, mean 5.4, sd 0.7
mu, sig = 5.4, 0.7
cpk27 = min(8 - mu, mu - 2) / (3 * sig)
cpk27b = (8 - 2) / (6 * sig) * (1 - abs(mu - 5) / 3)
assert abs(cpk27 - cpk27b) < 1e-12
add(
    "Vaccine fridge at the Northside clinic, spec 2–8 °C. Logger says process mean 5.4 °C, within-process SD 0.7 °C. "
    "Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-4},
    float(cpk27),
)
# r28 Ppk from data, sample sd n-1
pl = np.array([0.512, 0.505, 0.498, 0.509, 0.515, 0.503, 0.507, 0.511, 0.500, 0.506], float)
LSL, USL = 0.48, 0.53
m28, s28 = pl.mean(), pl.std(ddof=1)
ppk28 = min(USL - m28, m28 - LSL) / (3 * s28)
assert abs(s28 - math.sqrt(((pl - m28) ** 2).sum() / 9)) < 1e-15
add(
    "Audit of pipetted aliquot volumes (mL) in the PH lab, spec 0.48–0.53 mL: 0.512, 0.505, 0.498, 0.509, 0.515, "
    "0.503, 0.507, 0.511, 0.500, 0.506. Ppk using the overall sample SD (n−1 denominator)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk28),
)
# r29 n for proportion: p=0.7, E=0.04, 95% -> 505
z = stats.norm.ppf(0.975)
n29 = math.ceil(z**2 * 0.7 * 0.3 / 0.04**2)
assert n29 == math.ceil(1.96**2 * 0.7 * 0.3 / 0.04**2) == 505
add(
    "Planning a coverage survey (simple random sample, ignore design effect). Expect ~70% up to date, want the 95% CI "
    "half-width to be ±4 percentage points. Normal approx — how many kids do I need?",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)
# r30 3.5 ug/dL -> mg/L = 0.035
v30 = sp.Rational(35, 10) * 10 / 1000  # ug/dL -> ug/L (x10) -> mg/L (/1000)
assert abs(float(v30) - 3.5e-6 / 1e-1 * 1e3 / 1e3 * 1) < 1e-15 or abs(float(v30) - 3.5 * 1e-3 / 0.1) < 1e-15
add(
    "CDC blood lead reference value is 3.5 µg/dL. The partner lab reports in mg/L — what's 3.5 µg/dL in mg/L?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-6},
    float(v30),
)
assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, public-health analyst at a regional health department "
    "(vaccination coverage, incidence per 100,000, screening tests, outbreak counts, survey proportions)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
