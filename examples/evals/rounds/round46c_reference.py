import os
import math, yaml, numpy as np, sympy as sp
from scipy import stats, integrate

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round46c"
items = []


def add(q, mode, compare, ref):
    items.append(
        dict(id=f"r{len(items) + 1:02d}", split="unseen", question=q, mode=mode, compare=compare, reference=ref)
    )


t, x, p = sp.symbols("t x p")

# ---------------- calculus ----------------
# r01 derivative of bean temp curve T(t)=220-200 e^{-t/4} -> 50 e^{-t/4}
T = 220 - 200 * sp.exp(-t / 4)
d = sp.simplify(sp.diff(T, t))
assert sp.simplify(d - 50 * sp.exp(-t / 4)) == 0
add(
    "Hello! I run a little roastery with a bakery bolted on the side, and I've been trying to get my head round "
    "'rate of rise' which all the roasting forums go on about. A chap who helped me log the probe reckons the bean "
    "temperature in my drum follows T(t) = 220 − 200·e^(−t/4), with T in °C and t in minutes from charge. "
    "If I've understood right, rate of rise is just how fast T is changing, so could you give me dT/dt as a "
    "formula in t please? Not a number, the actual expression.",
    "calculus",
    {"rule": "expr"},
    str(d),
)
# r02 moisture loss rate 0.6-0.04t over 0..10 -> 4
M = sp.integrate(sp.Rational(6, 10) - sp.Rational(4, 100) * t, (t, 0, 10))
assert abs(float(M) - integrate.quad(lambda s: 0.6 - 0.04 * s, 0, 10)[0]) < 1e-12
add(
    "Bit of a maths one. During the drying phase of a roast the beans lose water, and from weighing test batches "
    "we've worked out the moisture is coming off at a rate of r(t) = 0.6 − 0.04t percentage points per minute "
    "(t = minutes since charging the drum). Drying phase lasts the first 10 minutes. How many percentage points "
    "of moisture have the beans lost in total over those 10 minutes? I think that's an integral from 0 to 10 but "
    "I haven't done one since school!",
    "calculus",
    {"rule": "expr"},
    str(M),
)
# r03 limit of average cost per loaf (0.45n + 120)/n as n->inf -> 9/20
n_ = sp.symbols("n", positive=True)
L = sp.limit((sp.Rational(45, 100) * n_ + 120) / n_, n_, sp.oo)
assert L == sp.Rational(9, 20)
add(
    "My accountant keeps saying 'economies of scale' at me. For sourdough, every baking day costs me £120 in "
    "fixed stuff (oven gas warm-up, my baker's shift) plus £0.45 of ingredients per loaf, so the average cost per "
    "loaf when I bake n loaves is (0.45n + 120)/n pounds. What does that average cost tend to as n gets bigger "
    "and bigger, i.e. the limit as n → ∞? Exact figure in pounds please.",
    "calculus",
    {"rule": "expr"},
    str(L),
)
# r04 optimise profit (p-4.5)(600-40p) -> p = 39/4
prof = (p - sp.Rational(9, 2)) * (600 - 40 * p)
crit = sp.solve(sp.diff(prof, p), p)
assert len(crit) == 1 and sp.diff(prof, p, 2) < 0
popt = crit[0]
assert popt == sp.Rational(39, 4)
add(
    "Pricing question for our 250 g bags of house espresso. Going by what happened when we nudged the price about "
    "last year, weekly bags sold ≈ 600 − 40p where p is the price in £, and each bag costs me £4.50 to roast, "
    "pack and label. So weekly profit is (p − 4.50)(600 − 40p). What price p gives the maximum weekly profit? "
    "Happy to have it as an exact fraction or decimal.",
    "calculus",
    {"rule": "expr"},
    str(popt),
)

# ---------------- algebra ----------------
# r05 2x^2 - 9x + 4 = 0 -> {1/2, 4}
sols = sp.solve(2 * x**2 - 9 * x + 4, x)
sols = sorted(sols)
assert all(abs(float(2 * s**2 - 9 * s + 4)) < 1e-12 for s in sols)
add(
    "My daughter's doing her GCSE revision at the counter on quiet afternoons and we got stuck on one together, "
    "and now I want to know for my own pride: solve 2x² − 9x + 4 = 0. Both answers please, she says there are two.",
    "algebra",
    {"rule": "set"},
    [str(s) for s in sols],
)
# r06 250 g and 1 kg bags: a+b=84, 0.25a+b=39 -> b=24
a, b = sp.symbols("a b")
sol = sp.solve([a + b - 84, sp.Rational(1, 4) * a + b - 39], [a, b])
assert sol[a] == 60 and sol[b] == 24
add(
    "Stocktake muddle. Last Saturday at the farmers' market we sold only two sizes of coffee: 250 g bags and 1 kg "
    "bags. The till says 84 bags went in total and the roast log says exactly 39 kg of coffee left the van "
    "(no spillage, honest). How many of the 1 kg bags did we sell?",
    "algebra",
    {"rule": "expr"},
    str(sol[b]),
)
# r07 blend: 18(30-e)+26e = 21*30 -> e = 45/4
e = sp.symbols("e")
es = sp.solve(sp.Eq(18 * (30 - e) + 26 * e, 21 * 30), e)[0]
assert es == sp.Rational(45, 4)
add(
    "I'm putting together a 30 kg batch of our winter blend from just two green coffees: a Brazilian at £18 per kg "
    "and an Ethiopian at £26 per kg. I want the blend to work out at exactly £21 per kg on average. How many kg "
    "of the Ethiopian do I need to put in?",
    "algebra",
    {"rule": "number", "tol": 1e-6},
    float(es),
)

# ---------------- linear algebra ----------------
# r08 3x3 blend system, ask blend C -> 40
A = sp.Matrix([[sp.Rational(5, 10), sp.Rational(3, 10), sp.Rational(2, 10)],
               [sp.Rational(3, 10), sp.Rational(5, 10), sp.Rational(2, 10)],
               [sp.Rational(2, 10), sp.Rational(2, 10), sp.Rational(6, 10)]])
rhs = sp.Matrix([29, 27, 34])
X = A.LUsolve(rhs)
Xn = np.linalg.solve(np.array(A.tolist(), float), np.array([29, 27, 34], float))
assert np.allclose(Xn, [float(v) for v in X])
assert X[2] == 40
add(
    "We do three house blends and I want to use up exactly what's left of three green coffees before the new crop "
    "arrives. Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia. Blend B is 30% Brazil, 50% Colombia, 20% Ethiopia. "
    "Blend C is 20% Brazil, 20% Colombia, 60% Ethiopia (all by weight). In the warehouse I've got 29 kg Brazil, "
    "27 kg Colombia and 34 kg Ethiopia. If I use every last gram, how many kg of Blend C do I end up making? "
    "(Ignore roast loss, this is all green weight.)",
    "linear_algebra",
    {"rule": "expr"},
    str(X[2]),
)
# r09 eigenvalues of customer switching matrix [[0.9,0.2],[0.1,0.8]] -> {7/10, 1}
P = sp.Matrix([[sp.Rational(9, 10), sp.Rational(2, 10)], [sp.Rational(1, 10), sp.Rational(8, 10)]])
ev = sorted(P.eigenvals().keys())
assert np.allclose(sorted(np.linalg.eigvals(np.array(P.tolist(), float)).real), [float(v) for v in ev])
add(
    "A marketing student did a loyalty-card survey for us and modelled customers flipping between our café and the "
    "chain place across the road with the matrix M = [[0.9, 0.2], [0.1, 0.8]] (columns add to 1, she says that "
    "matters). She told me to look at its eigenvalues to see how fast things settle down. What are the "
    "eigenvalues of M? Exact values if possible.",
    "linear_algebra",
    {"rule": "set"},
    [str(v) for v in ev],
)

# ---------------- probability ----------------
# r10 binomial n=20, p=0.12, P(X<=2)
pb = stats.binom.cdf(2, 20, 0.12)
pb2 = sum(math.comb(20, k) * 0.12**k * 0.88 ** (20 - k) for k in range(3))
assert abs(pb - pb2) < 1e-12
add(
    "Our croissants are a bit temperamental, roughly 12% come out of the oven too misshapen to sell (we give those "
    "to the staff!). If I bake a tray of 20 and each one is independently a reject with probability 0.12, what's "
    "the probability that at most 2 of the tray are rejects? Exact binomial please, not an approximation.",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pb),
)
# r11 normal fill weights: mean 252.0, sd 3.0, P(X<250)
pn = stats.norm.cdf(250, loc=252, scale=3)
pn2 = 0.5 * math.erfc((252 - 250) / (3 * math.sqrt(2)))
assert abs(pn - pn2) < 1e-12
add(
    "Our bag filler puts coffee into the '250 g' bags and after weighing loads of them, the fill weight looks "
    "normally distributed with mean 252.0 g and standard deviation 3.0 g. Trading Standards would frown at "
    "anything under the 250 g on the label. What proportion of bags come out under 250 g?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pn),
)
# r12 exponential time between failures mean 90 days, P(T > 120)
pe = stats.expon.sf(120, scale=90)
assert abs(pe - math.exp(-120 / 90)) < 1e-12
add(
    "The burr grinder in the shop seems to pack up at random, no pattern to it. Our engineer says to treat the time "
    "between breakdowns as exponentially distributed with a mean of 90 days. He's just fixed it this morning. "
    "What's the chance it keeps going for more than 120 days before the next breakdown?",
    "probability",
    {"rule": "number", "tol": 1e-4},
    float(pe),
)
# r13 Bayes moisture meter: prior 0.08, sens 0.95, false pos 0.06
prior, sens, fpr = 0.08, 0.95, 0.06
post = prior * sens / (prior * sens + (1 - prior) * fpr)
post_exact = sp.Rational(8, 100) * sp.Rational(95, 100) / (
    sp.Rational(8, 100) * sp.Rational(95, 100) + sp.Rational(92, 100) * sp.Rational(6, 100))
assert abs(post - float(post_exact)) < 1e-12
add(
    "Green coffee question. About 8% of the lots we buy turn out to be too wet (over 12.5% moisture) and those go "
    "mouldy in storage. Our cheap handheld moisture meter flags 95% of the genuinely wet lots, but it also "
    "wrongly flags 6% of lots that are actually fine. If the meter flags a lot as wet, what's the probability "
    "the lot really is too wet?",
    "probability",
    {"rule": "number", "tol": 1e-6},
    float(post),
)

# ---------------- hypothesis tests ----------------
# r14 paired t: survey scores old vs new recipe, same 8 customers, two-sided p
old = np.array([6, 7, 5, 8, 6, 7, 5, 6], float)
new = np.array([7, 8, 7, 8, 7, 9, 6, 6], float)
res = stats.ttest_rel(new, old)
dd = new - old
tt = dd.mean() / (dd.std(ddof=1) / math.sqrt(len(dd)))
assert abs(tt - res.statistic) < 1e-10
assert abs(2 * stats.t.sf(abs(tt), len(dd) - 1) - res.pvalue) < 1e-12
add(
    "We changed the carrot cake recipe (more spice, less sugar) and I asked the same 8 regulars to score it out "
    "of 10 before and after. Old recipe: 6, 7, 5, 8, 6, 7, 5, 6. New recipe, same people in the same order: "
    "7, 8, 7, 8, 7, 9, 6, 6. Since it's the same people both times I gather it's a paired test? What's the "
    "p-value, two-sided, from a paired t-test?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r15 Welch t: roast loss % roaster A vs B, two-sided p
ra = np.array([14.2, 15.1, 14.8, 15.6, 14.5, 15.0, 14.9], float)
rb = np.array([15.8, 16.4, 15.2, 16.9, 16.1, 15.5], float)
res = stats.ttest_ind(ra, rb, equal_var=False)
va, vb = ra.var(ddof=1) / len(ra), rb.var(ddof=1) / len(rb)
tw = (ra.mean() - rb.mean()) / math.sqrt(va + vb)
dfw = (va + vb) ** 2 / (va**2 / (len(ra) - 1) + vb**2 / (len(rb) - 1))
assert abs(2 * stats.t.sf(abs(tw), dfw) - res.pvalue) < 1e-12
add(
    "We've got two roasters now, the old 5 kg one (A) and a newer 12 kg one (B), and I have a hunch B burns off "
    "more weight. Roast loss in % for the same Colombian on A: 14.2, 15.1, 14.8, 15.6, 14.5, 15.0, 14.9. On B: "
    "15.8, 16.4, 15.2, 16.9, 16.1, 15.5. I've been told not to assume the two machines have the same spread, so "
    "the Welch version of the two-sample t-test I think, two-sided. What p-value does that give?",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(res.pvalue),
)
# r16 two-proportion z test pooled, no cc: 46/80 vs 31/75, two-sided p
x1, n1, x2, n2 = 46, 80, 31, 75
pp = (x1 + x2) / (n1 + n2)
z = (x1 / n1 - x2 / n2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
pz = 2 * stats.norm.sf(abs(z))
chi2, pchi, _, _ = stats.chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)
assert abs(chi2 - z**2) < 1e-9 and abs(pchi - pz) < 1e-12
add(
    "Customer survey results! We did a blind taste test of our new single-origin versus the old house blend in "
    "both shops. In the high street shop 46 out of 80 people preferred the new one; at the station kiosk 31 out "
    "of 75 did. Is the difference between the two shops real? I'd like the p-value for a two-sided test of two "
    "proportions using the pooled proportion, normal approximation, no continuity correction.",
    "hypothesis_test",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(pz),
)
# r17 chi-square independence 3x3: age group vs favourite drink, statistic
tab = np.array([[34, 22, 14], [28, 30, 12], [15, 26, 29]], float)
chi2s, pc, dof, exp = stats.chi2_contingency(tab, correction=False)
exp2 = np.outer(tab.sum(1), tab.sum(0)) / tab.sum()
assert abs(((tab - exp2) ** 2 / exp2).sum() - chi2s) < 1e-9 and dof == 4
add(
    "Our survey asked folk their age group and their usual order. Under 30s: 34 flat white, 22 oat latte, 14 "
    "filter. 30 to 50: 28 flat white, 30 oat latte, 12 filter. Over 50: 15 flat white, 26 oat latte, 29 filter. "
    "My nephew says a chi-square test of independence tells me whether drink choice depends on age. What's the "
    "chi-square test statistic for that table?",
    "hypothesis_test",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(chi2s),
)

# ---------------- regression ----------------
# r18 slope roast loss vs development time
dev = np.array([1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0], float)
loss = np.array([13.1, 13.6, 14.0, 14.7, 15.0, 15.6, 16.2, 16.5], float)
lr = stats.linregress(dev, loss)
sl = np.sum((dev - dev.mean()) * (loss - loss.mean())) / np.sum((dev - dev.mean()) ** 2)
assert abs(sl - lr.slope) < 1e-12
add(
    "I've been logging development time (the bit after first crack, in minutes) against roast loss (%) for our "
    "Guatemalan. Dev time: 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0. Roast loss: 13.1, 13.6, 14.0, 14.7, 15.0, "
    "15.6, 16.2, 16.5. If I fit an ordinary least-squares straight line, roast loss on dev time, what's the "
    "slope (percentage points of loss per extra minute)?",
    "regression",
    {"rule": "number", "key": "slope", "tol": 1e-4},
    float(lr.slope),
)
# r19 r^2 iced drinks sold vs outside temp
temp = np.array([12, 15, 17, 19, 21, 23, 25, 28, 30], float)
iced = np.array([8, 14, 13, 22, 25, 24, 33, 38, 41], float)
lr2 = stats.linregress(temp, iced)
r2 = lr2.rvalue**2
fit = np.polyfit(temp, iced, 1)
resid = iced - np.polyval(fit, temp)
r2b = 1 - resid @ resid / np.sum((iced - iced.mean()) ** 2)
assert abs(r2 - r2b) < 1e-12
add(
    "Summer planning. On nine days I jotted down the outside temperature at noon (°C) and how many iced drinks "
    "we sold that day. Temps: 12, 15, 17, 19, 21, 23, 25, 28, 30. Iced drinks: 8, 14, 13, 22, 25, 24, 33, 38, "
    "41. For a simple straight-line regression of iced drinks on temperature, what's the R² (coefficient of "
    "determination)?",
    "regression",
    {"rule": "number", "key": "r_squared", "tol": 1e-4},
    float(r2),
)

# ---------------- ANOVA ----------------
# r20 one-way: moisture % from three suppliers, p-value
s1 = np.array([10.8, 11.2, 10.9, 11.5, 11.0], float)
s2 = np.array([11.6, 11.9, 11.4, 12.1, 11.8], float)
s3 = np.array([10.9, 11.3, 11.1, 11.6, 11.2], float)
fo = stats.f_oneway(s1, s2, s3)
allv = np.concatenate([s1, s2, s3])
gm = allv.mean()
ssb = sum(len(g) * (g.mean() - gm) ** 2 for g in (s1, s2, s3))
ssw = sum(((g - g.mean()) ** 2).sum() for g in (s1, s2, s3))
F = (ssb / 2) / (ssw / 12)
assert abs(F - fo.statistic) < 1e-9 and abs(stats.f.sf(F, 2, 12) - fo.pvalue) < 1e-12
add(
    "Three importers supply our green beans and I'm wondering if one of them ships wetter coffee. Moisture % "
    "readings on 5 sacks from each: Supplier 1: 10.8, 11.2, 10.9, 11.5, 11.0. Supplier 2: 11.6, 11.9, 11.4, "
    "12.1, 11.8. Supplier 3: 10.9, 11.3, 11.1, 11.6, 11.2. One-way ANOVA across the three suppliers, what's the "
    "p-value?",
    "anova",
    {"rule": "number", "key": "p_value", "tol": 1e-4},
    float(fo.pvalue),
)
# r21 two-way ANOVA with interaction, F for oven temperature
import pandas as pd
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

cells = {
    ("200", "strong"): [41, 43, 42],
    ("200", "allpurpose"): [36, 35, 38],
    ("220", "strong"): [46, 47, 45],
    ("220", "allpurpose"): [37, 39, 38],
}
rows = [(tA, fl, y) for (tA, fl), ys in cells.items() for y in ys]
df = pd.DataFrame(rows, columns=["temp", "flour", "rise"])
aov = anova_lm(smf.ols("rise ~ C(temp) * C(flour)", data=df).fit(), typ=2)
Ftemp = aov.loc["C(temp)", "F"]
# hand check
yv = df["rise"].values
g = yv.mean()
mT = df.groupby("temp")["rise"].mean()
ssT = 6 * ((mT - g) ** 2).sum()
cm = df.groupby(["temp", "flour"])["rise"].transform("mean").values
sse = ((yv - cm) ** 2).sum()
F2 = ssT / 1 / (sse / 8)
assert abs(F2 - Ftemp) < 1e-9
add(
    "Bread experiment, bear with me. I baked bloomers at two oven temperatures (200 °C and 220 °C) with two "
    "flours (strong white and all-purpose), three loaves for each combination, and measured the rise height in "
    "mm. 200 °C strong: 41, 43, 42. 200 °C all-purpose: 36, 35, 38. 220 °C strong: 46, 47, 45. 220 °C "
    "all-purpose: 37, 39, 38. Doing a two-way ANOVA with the temperature × flour interaction included, what's "
    "the F statistic for the oven temperature effect?",
    "anova",
    {"rule": "number", "key": "statistic", "tol": 1e-4},
    float(Ftemp),
)

# ---------------- design ----------------
# r22 2^3 full factorial x 2 replicates + 4 centre points = 20
runs22 = 2**3 * 2 + 4
assert runs22 == len([(i, j, k) for i in (0, 1) for j in (0, 1) for k in (0, 1)]) * 2 + 4
add(
    "Planning a proper roast trial for once. Three factors, each at a low and a high setting: charge temperature, "
    "gas level, and airflow. I want every combination (full factorial), the whole lot done twice (two "
    "replicates), plus 4 centre-point roasts with everything set in the middle. How many roasts is that in total?",
    "design",
    {"rule": "runs"},
    runs22,
)
# r23 CCD 3 factors, circumscribed, 5 centre points = 8 + 6 + 5 = 19
k = 3
runs23 = 2**k + 2 * k + 5
assert runs23 == 19
add(
    "A food-science consultant suggested a central composite design for our biscuit dough with 3 factors "
    "(butter %, bake temperature, bake time): the full two-level factorial corners, the star/axial points, and "
    "5 centre points. No replication apart from the centre points. How many batches of biscuits does that mean "
    "baking?",
    "design",
    {"rule": "runs"},
    runs23,
)
# r24 5x5 Latin square -> 25
import itertools
sq = [[(i + j) % 5 for j in range(5)] for i in range(5)]
assert all(len(set(r)) == 5 for r in sq) and all(len(set(c)) == 5 for c in zip(*sq))
runs24 = sum(len(r) for r in sq)
add(
    "Five bakers, five days of the week, five scone recipes to compare. Someone told me a Latin square sorts "
    "this out so each recipe gets made once by every baker and once on every day, without doing every possible "
    "combination. How many batches of scones in total would the Latin square need?",
    "design",
    {"rule": "runs"},
    runs24,
)

# ---------------- control charts ----------------
# r25 X-bar R chart UCL: grand mean 251.2, Rbar 4.6, n=5; A2 from d2 computed numerically
n = 5
d2 = integrate.quad(lambda w: 1 - (1 - stats.norm.cdf(w)) ** n - stats.norm.cdf(w) ** n, -np.inf, np.inf)[0]
A2 = 3 / (d2 * math.sqrt(n))
assert abs(d2 - 2.326) < 1e-3 and abs(A2 - 0.577) < 1e-3
ucl25 = 251.2 + A2 * 4.6
assert abs(ucl25 - (251.2 + 0.577 * 4.6)) < 1e-3
add(
    "I've started doing a control chart on the bagging line like the big roasters do. Every hour I weigh 5 bags "
    "in a row. Over 25 hours the grand average of the subgroup means is 251.2 g and the average range within a "
    "subgroup is 4.6 g. For an X-bar and R chart, what's the upper control limit on the X-bar chart?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-3},
    float(ucl25),
)
# r26 c chart from counts of blemishes per tray
cnt = np.array([3, 5, 2, 4, 6, 3, 4, 2, 5, 3, 4, 7, 3, 2, 4, 5], float)
cb = cnt.mean()
ucl26 = cb + 3 * math.sqrt(cb)
assert abs(stats.poisson.mean(cb) - cb) < 1e-12
add(
    "Each morning I count the number of blemishes (burnt bits, cracks, underbaked spots) on one standard tray of "
    "48 shortbread fingers. Last 16 mornings: 3, 5, 2, 4, 6, 3, 4, 2, 5, 3, 4, 7, 3, 2, 4, 5. Same size tray "
    "every day, so I'm told it's a c chart. What's the upper control limit?",
    "control_chart",
    {"rule": "number", "key": "ucl", "tol": 1e-4},
    float(ucl26),
)

# ---------------- capability ----------------
# r27 Cpk: spec 12-18 %, mean 15.6, sd 0.7
usl, lsl, mu, sg = 18.0, 12.0, 15.6, 0.7
cpk = min(usl - mu, mu - lsl) / (3 * sg)
cpk_alt = (1 - abs(mu - (usl + lsl) / 2) / ((usl - lsl) / 2)) * (usl - lsl) / (6 * sg)
assert abs(cpk - cpk_alt) < 1e-12
add(
    "Our wholesale customer wants roast loss kept between 12% and 18% on their blend. From our control chart "
    "the process mean is 15.6% and the within-subgroup standard deviation is 0.7 percentage points. What's our "
    "Cpk?",
    "capability",
    {"rule": "number", "key": "cpk", "tol": 1e-6},
    float(cpk),
)
# r28 Ppk from moisture data, n-1 sd, spec 9.0-12.0
md = np.array([10.6, 11.1, 10.4, 10.9, 11.3, 10.7, 10.2, 11.0, 10.8, 11.4, 10.5, 10.9], float)
m, sd = md.mean(), md.std(ddof=1)
ppk = min(12.0 - m, m - 9.0) / (3 * sd)
sd_alt = math.sqrt(((md - m) ** 2).sum() / (len(md) - 1))
assert abs(sd - sd_alt) < 1e-12
add(
    "The green-bean buying spec says moisture must be between 9.0% and 12.0%. Here are 12 readings from "
    "sacks across the last few deliveries: 10.6, 11.1, 10.4, 10.9, 11.3, 10.7, 10.2, 11.0, 10.8, 11.4, 10.5, "
    "10.9. Could you work out the Ppk, using the overall sample standard deviation (the n−1 one)?",
    "capability",
    {"rule": "number", "key": "ppk", "tol": 1e-4},
    float(ppk),
)

# ---------------- sample size ----------------
# r29 n for mean: sd 2.4, E 0.5, 95% two-sided -> 89
zq = stats.norm.ppf(0.975)
n29 = math.ceil((zq * 2.4 / 0.5) ** 2)
assert n29 == math.ceil((1.96 * 2.4 / 0.5) ** 2)
add(
    "How many bags should I weigh to estimate the average fill weight of our 250 g bags to within ±0.5 g with "
    "95% confidence? From past checks the standard deviation is about 2.4 g. Just the usual normal (z) formula "
    "is fine, rounded up to whole bags.",
    "sample_size",
    {"rule": "int", "key": "n"},
    n29,
)

# ---------------- unit conversion ----------------
# r30 12 oz -> g (international avoirdupois ounce)
g30 = sp.Rational(12) * sp.Rational("28.349523125")
assert abs(float(g30) - 12 * 0.45359237 / 16 * 1000) < 1e-9
add(
    "An American café wants to stock our beans but their menu says '12 oz bag'. How many grams is 12 ounces "
    "(ordinary avoirdupois ounces, not fluid ounces)?",
    "unit_conversion",
    {"rule": "number", "tol": 1e-4},
    float(g30),
)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, owner of a small coffee-roasting and bakery business (roast loss, "
    "bean moisture, bag fill weights, oven temperatures, customer surveys)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
