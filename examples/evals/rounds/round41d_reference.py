"""Reference answers for round41d (warehouse / logistics analyst voice)."""

import os
import math
import numpy as np
import sympy as sp
import yaml
from scipy import stats
import statsmodels.api as sm

DIR = os.path.dirname(os.path.abspath(__file__))
ROUND = "round41d"
items = []


def add(q, mode, compare, ref):
    items.append(
        {
            "id": f"r{len(items) + 1:02d}",
            "split": "unseen",
            "question": q,
            "mode": mode,
            "compare": compare,
            "reference": ref,
        }
    )


t, q, x = sp.symbols("t q x", positive=True)

# r01 calculus: dN/dt of 1200t - 15t^2 at t=6 -> 1200 - 30*6 = 1020
r01 = sp.diff(1200 * t - 15 * t**2, t).subs(t, 6)
add(
    "cumulative units picked in a shift is modelled as N(t) = 1,200t − 15t² (t = hours since "
    "shift start). what's the instantaneous pick rate at t = 6 h, in units/hour?",
    "calculus",
    {"rule": "expr"},
    str(r01),
)

# r02 calculus: integral_0^8 40 e^{-t/8} dt = 320(1 - e^{-1})
r02 = sp.simplify(sp.integrate(40 * sp.exp(-t / 8), (t, 0, 8)))
assert sp.simplify(r02 - 320 * (1 - sp.exp(-1))) == 0
add(
    "Forklift battery draw over a shift is I(t) = 40·e^(−t/8) amps, t in hours. How many "
    "amp-hours get pulled out between t = 0 and t = 8? Exact form is fine.",
    "calculus",
    {"rule": "expr"},
    "320*(1 - exp(-1))",
)

# r03 calculus: minimise C(q)=2500/q + 0.4q -> q* = sqrt(2500/0.4) = sqrt(6250) = 25*sqrt(10)
C = sp.Rational(2500) / q + sp.Rational(2, 5) * q
r03 = sp.solve(sp.diff(C, q), q)
assert len(r03) == 1 and sp.simplify(r03[0] - 25 * sp.sqrt(10)) == 0
add(
    "replenishment cost per SKU-year, C(q) = 2,500/q + 0.4·q  (€, q = pallets per "
    "replenishment run, q > 0). which q minimises C? want the exact value not the rounded one",
    "calculus",
    {"rule": "expr"},
    "25*sqrt(10)",
)

# r04 calculus: int_0^10 (0.3 t^2 + 2 t) dt = 0.1*1000 + 100 = 200
r04 = sp.integrate(sp.Rational(3, 10) * t**2 + 2 * t, (t, 0, 10))
add(
    "inbound pallet rate over the first 10 hrs of the day is r(t) = 0.3t² + 2t pallets/hr. "
    "total pallets received from t=0 to t=10?",
    "calculus",
    {"rule": "expr"},
    str(r04),
)

# r05 algebra: x^2 - 14x + 45 = 0 -> x = 5, 9
r05 = sorted(float(v) for v in sp.solve(x**2 - 14 * x + 45, x))
add(
    "Our daily margin on outbound trailers works out to P(x) = −x² + 14x − 45 (in $k, x = "
    "trailers dispatched per day). At what trailer counts do we break even, i.e. P(x) = 0?",
    "algebra",
    {"rule": "set"},
    r05,
)

# r06 algebra: 3a + 2b = 1850, a + 4b = 1450 -> a = 450, b = 250
a, b = sp.symbols("a b")
s06 = sp.solve([3 * a + 2 * b - 1850, a + 4 * b - 1450], [a, b])
assert s06[a] == 450 and s06[b] == 250
add(
    "a = pallets/hr one reach truck moves, b = pallets/hr one pallet jack moves. Monday we ran "
    "3 reach trucks + 2 jacks and did 1,850 pallets/hr; Tuesday 1 reach truck + 4 jacks did "
    "1,450 pallets/hr. Solve for a.",
    "algebra",
    {"rule": "expr"},
    str(s06[a]),
)

# r07 algebra: 12000 e^{-0.15 t} = 3000 -> t = ln 4 / 0.15 = (20/3) ln 4 ≈ 9.242 days
r07 = sp.log(4) / sp.Rational(3, 20)
assert abs(float(r07) - math.log(4) / 0.15) < 1e-12
add(
    "backlog burn-down model B(t) = 12,000·e^(−0.15t) open orders, t in days. solve for the "
    "t where backlog falls to 3,000 (exact expression please)",
    "algebra",
    {"rule": "expr"},
    "20*log(4)/3",
)

# r08 linear algebra: det [[4,2,1],[0,3,-1],[2,1,5]] = 4*16 - 2*2 + 1*(-6) = 54
M8 = sp.Matrix([[4, 2, 1], [0, 3, -1], [2, 1, 5]])
add(
    "determinant of this allocation matrix I pulled out of the slotting model:\n[4 2 1]\n[0 3 -1]\n[2 1 5]",
    "linear_algebra",
    {"rule": "expr"},
    str(M8.det()),
)

# r09 linear algebra: eigenvalues of [[0.9,0.1],[0.3,0.7]] -> 1 and 0.6 (trace 1.6, det 0.6)
M9 = sp.Matrix([[sp.Rational(9, 10), sp.Rational(1, 10)], [sp.Rational(3, 10), sp.Rational(7, 10)]])
r09 = sorted(float(v) for v in M9.eigenvals().keys())
add(
    "Transition matrix for a forklift being 'available' vs 'in maintenance' from one shift to "
    "the next is P = [[0.9, 0.1], [0.3, 0.7]]. What are its eigenvalues?",
    "linear_algebra",
    {"rule": "set"},
    r09,
)

# r10 probability: X ~ Bin(250, 0.008), P(X >= 3) = 1 - P(X <= 2)
r10 = float(stats.binom.sf(2, 250, 0.008))
add(
    "historical mis-pick rate is 0.8% per order line, lines independent. A wave has 250 lines. "
    "Probability of at least 3 mis-picks in the wave?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r10,
)

# r11 probability: Poisson(4.5), P(X = 6)
r11 = float(stats.poisson.pmf(6, 4.5))
add(
    "Inbound trucks show up at the gate as a Poisson process averaging 4.5 per hour. what's "
    "P(exactly six trucks in a given hour)?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r11,
)

# r12 probability: normal(42, 6), P(T > 50) = 1 - Phi(4/3)
r12 = float(stats.norm.sf(50, loc=42, scale=6))
add(
    "order cycle time (order drop to ship-confirm) is roughly normal with μ = 42 min and "
    "σ = 6 min. SLA is 50 minutes. What fraction of orders blow the SLA?",
    "probability",
    {"rule": "number", "tol": 1.0e-6},
    r12,
)

# r13 probability: exponential, MTBF 1200 h, P(T > 500) = exp(-500/1200) = exp(-5/12)
add(
    "Hydraulic failures on our counterbalance trucks are exponential with MTBF = 1,200 "
    "operating hours. Chance a truck gets through 500 operating hours with no hydraulic failure?",
    "probability",
    {"rule": "expr"},
    "exp(-5/12)",
)

# r14 hypothesis test: one-sample t, two-sided, H0 mu = 24
d14 = [26.5, 22.1, 27.8, 25.0, 23.9, 28.4, 24.6, 26.2, 29.1, 25.7]
r14 = stats.ttest_1samp(d14, 24.0)
add(
    "dock-to-stock times (hrs) for 10 random inbound POs last week: 26.5, 22.1, 27.8, 25.0, "
    "23.9, 28.4, 24.6, 26.2, 29.1, 25.7. Target is 24 h. one-sample t test, two-sided, "
    "α = 0.05 — p-value?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue),
)

# r15 hypothesis test: Welch two-sample t, two-sided
day = [142, 155, 138, 161, 149, 152, 146, 158]
night = [131, 144, 127, 139, 150, 135, 129]
r15 = stats.ttest_ind(day, night, equal_var=False)
add(
    "Pick rates (lines/hr) per picker, day shift: 142 155 138 161 149 152 146 158\n"
    "night shift: 131 144 127 139 150 135 129\n"
    "Is there a difference? Welch's t-test (unequal variances), two-sided, give me the p-value.",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r15.pvalue),
)

# r16 hypothesis test: paired t statistic, differences = before - after
before = [18.4, 21.0, 19.7, 22.3, 20.1, 17.9, 23.5, 19.2]
after = [16.9, 19.8, 18.1, 21.0, 19.5, 17.2, 21.4, 18.8]
r16 = stats.ttest_rel(before, after)
add(
    "We re-slotted fast movers closer to pack-out. Avg travel seconds per pick, same 8 pickers, "
    "before vs after:\nbefore 18.4 21.0 19.7 22.3 20.1 17.9 23.5 19.2\n"
    "after  16.9 19.8 18.1 21.0 19.5 17.2 21.4 18.8\n"
    "paired t-test on (before − after) — what's the t statistic?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r16.statistic),
)

# r17 hypothesis test: two-proportion z, pooled SE, no continuity correction, two-sided
x1, n1, x2, n2 = 38, 4200, 21, 3900
p1, p2 = x1 / n1, x2 / n2
pp = (x1 + x2) / (n1 + n2)
z17 = (p1 - p2) / math.sqrt(pp * (1 - pp) * (1 / n1 + 1 / n2))
r17 = 2 * stats.norm.sf(abs(z17))
add(
    "Mis-picks last month: Site A 38 out of 4,200 lines audited, Site B 21 out of 3,900. "
    "Two-proportion z-test with pooled proportion, no continuity correction, two-sided. p?",
    "hypothesis_test",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r17),
)

# r18 regression: OLS slope of pick minutes on order lines
lines = [4, 7, 10, 12, 15, 18, 21, 25]
mins = [3.1, 4.6, 5.8, 6.9, 8.4, 9.6, 11.3, 13.0]
fit18 = stats.linregress(lines, mins)
add(
    "order lines vs minutes to pick the order, from the WMS export:\n"
    "lines: 4, 7, 10, 12, 15, 18, 21, 25\nmins:  3.1, 4.6, 5.8, 6.9, 8.4, 9.6, 11.3, 13.0\n"
    "least-squares line mins = b0 + b1·lines — what's b1 (minutes per extra line)?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "slope"},
    float(fit18.slope),
)

# r19 regression: R^2 of dock-to-stock hours on pallets received (OLS with intercept)
pal = [1120, 1340, 980, 1510, 1275, 1690, 1405, 1050, 1820]
d2s = [18.2, 20.5, 17.9, 23.1, 19.0, 25.4, 22.8, 16.7, 24.9]
X19 = sm.add_constant(np.array(pal, float))
ols19 = sm.OLS(np.array(d2s), X19).fit()
assert abs(ols19.rsquared - stats.linregress(pal, d2s).rvalue ** 2) < 1e-12
add(
    "Daily pallets received vs avg dock-to-stock (h), 9 days off the dashboard:\n"
    "pallets  1,120  1,340  980  1,510  1,275  1,690  1,405  1,050  1,820\n"
    "d2s_h    18.2   20.5   17.9 23.1   19.0   25.4   22.8   16.7   24.9\n"
    "fit a straight line (with intercept). how much of the variation in dock-to-stock does it "
    "explain — R²?",
    "regression",
    {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(ols19.rsquared),
)

# r20 anova: one-way ANOVA p-value, 3 DCs
dcA = [36.2, 39.8, 41.5, 38.0, 37.4, 40.1]
dcB = [42.7, 44.1, 40.9, 45.3, 43.8, 41.6]
dcC = [38.9, 37.5, 40.2, 39.6, 41.0, 36.8]
r20 = stats.f_oneway(dcA, dcB, dcC)
add(
    "Order cycle times (min), random sample of 6 orders from each DC:\n"
    "Reno:    36.2 39.8 41.5 38.0 37.4 40.1\n"
    "Dallas:  42.7 44.1 40.9 45.3 43.8 41.6\n"
    "Atlanta: 38.9 37.5 40.2 39.6 41.0 36.8\n"
    "one-way ANOVA, do mean cycle times differ between DCs? need the p value",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r20.pvalue),
)

# r21 anova: one-way ANOVA F statistic, 4 forklift brands (unequal n)
brands = {
    "Brand 1": [12.5, 14.0, 11.8, 13.2, 15.1],
    "Brand 2": [16.4, 18.2, 17.0, 15.9],
    "Brand 3": [11.0, 10.4, 12.7, 11.9, 10.8],
    "Brand 4": [14.8, 13.6, 15.5, 16.1, 14.2],
}
r21 = stats.f_oneway(*brands.values())
add(
    "unplanned downtime hrs/month per truck, fleet split by brand —\n"
    + "\n".join(f"{k}: {', '.join(str(v) for v in vs)}" for k, vs in brands.items())
    + "\nWhat's the F statistic from a one-way ANOVA across the four brands?",
    "anova",
    {"rule": "number", "tol": 1.0e-4, "key": "statistic"},
    float(r21.statistic),
)

# r22 design: 2^4 full factorial + 3 centre points = 16 + 3 = 19 runs
add(
    "Planning a DOE on the pick-to-light zone: four factors (batch size, light timeout, tote "
    "size, zone length), each at two levels, full factorial, plus 3 center points. How many "
    "runs total?",
    "design",
    {"rule": "runs"},
    2**4 + 3,
)

# r23 design: 2^(6-2) fractional factorial = 16 runs, replicated twice = 32
add(
    "2^(6−2) fractional factorial on the sortation line setup, whole design replicated twice, "
    "no centre pts. run count?",
    "design",
    {"rule": "runs"},
    2 ** (6 - 2) * 2,
)

# r24 design: face-centred CCD, 3 factors: 2^3 corner + 2*3 axial + 6 centre = 20
add(
    "We want a face-centered central composite design for 3 factors (conveyor speed, "
    "induct rate, gap setpoint) with a full 2³ factorial core and six center points. "
    "How many runs is that?",
    "design",
    {"rule": "runs"},
    2**3 + 2 * 3 + 6,
)

# r25 control chart: Xbar-R, n=5, A2 = 0.577, UCL = 48.6 + 0.577*7.4
r25 = 48.6 + 0.577 * 7.4
add(
    "X̄–R chart on pick time per line: 25 subgroups of n = 5, grand mean X̿ = 48.6 s, "
    "R̄ = 7.4 s. Upper control limit for the X̄ chart (use A2 for n=5)?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-3, "key": "ucl"},
    r25,
)

# r26 control chart: c chart, cbar = mean count, UCL = cbar + 3 sqrt(cbar)
dmg = [7, 4, 9, 6, 11, 5, 8, 6, 10, 7, 3, 8]
cbar = sum(dmg) / len(dmg)
r26 = cbar + 3 * math.sqrt(cbar)
add(
    "damaged pallets found at receiving, per shift, last 12 shifts: 7 4 9 6 11 5 8 6 10 7 3 8. "
    "setting up a c chart — UCL?",
    "control_chart",
    {"rule": "number", "tol": 1.0e-4, "key": "ucl"},
    r26,
)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = min(1.4, 2.6)/1.35
r27 = min(22.0 - 20.6, 20.6 - 18.0) / (3 * 0.45)
add(
    "Carton weight spec for the e-com line is 18.0 to 22.0 kg. Process mean 20.6 kg, σ = 0.45 kg (stable). Cpk?",
    "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "cpk"},
    r27,
)

# r28 capability: Ppk with overall sample SD (n-1)
heights = [151.2, 149.8, 153.4, 150.6, 152.1, 154.0, 148.9, 151.7, 152.8, 150.3, 153.1, 151.9]
mu28 = float(np.mean(heights))
s28 = float(np.std(heights, ddof=1))
r28 = min(160 - mu28, mu28 - 140) / (3 * s28)
add(
    "Built pallet heights (cm) off the stretch-wrapper, 12 pallets: 151.2, 149.8, 153.4, "
    "150.6, 152.1, 154.0, 148.9, 151.7, 152.8, 150.3, 153.1, 151.9. Spec 140–160 cm. Give "
    "Ppk using the overall sample standard deviation (n−1 denominator).",
    "capability",
    {"rule": "number", "tol": 1.0e-4, "key": "ppk"},
    r28,
)

# r29 sample size: n = ceil((z_{0.975} * sigma / E)^2) = ceil((1.96*9/2)^2) = ceil(77.79) = 78
z = stats.norm.ppf(0.975)
r29 = math.ceil((z * 9 / 2) ** 2)
assert r29 == 78
add(
    "how many orders do I need to time-study to estimate mean order cycle time within ±2 "
    "minutes at 95% confidence? assume σ ≈ 9 min from last quarter's data",
    "sample_size",
    {"rule": "int", "key": "n"},
    r29,
)

# r30 unit conversion: 2,350 lb * 0.45359237 kg/lb
r30 = 2350 * 0.45359237
add("quick one — 2,350 lb pallet load, what's that in kg?", "unit_conversion", {"rule": "number", "tol": 1.0e-6}, r30)

assert len(items) == 30
doc = {
    "suite": ROUND,
    "type": "reason",
    "description": f"{ROUND} unseen questions, warehouse/logistics ops analyst "
    "(pick rates, dock-to-stock, mis-picks, forklift fleet)",
    "thresholds": {"accuracy": 0.9, "overconfident": 0.0},
    "items": items,
}
with open(f"{DIR}/{ROUND}.yaml", "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["reference"])
