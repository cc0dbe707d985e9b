"""Reference answers for round34b (telecom reliability / transit ops voice)."""
import os, math
import numpy as np, sympy as sp, yaml
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

items = []
def add(q, mode, compare, ref):
    items.append({"id": f"r{len(items)+1:02d}", "split": "unseen", "question": q,
                  "mode": mode, "compare": compare, "reference": ref})

t, x = sp.symbols("t x")
# r01 calculus: d/dt [40 + 12 ln(1+t^2)] = 24t/(1+t^2)
d1 = sp.simplify(sp.diff(40 + 12*sp.log(1 + t**2), t))
add("latency model L(t) = 40 + 12·ln(1+t²) ms, t in hours since the maintenance window opened. give me dL/dt",
    "calculus", {"rule": "expr"}, str(d1))
# r02 calculus: MTBF = ∫0^∞ R(t) dt with R = exp(-t/1200)
i2 = sp.integrate(sp.exp(-t/1200), (t, 0, sp.oo))
add("Reliability of an edge router is R(t)=e^(−t/1200), t in hours. Evaluate ∫₀^∞ R(t) dt (i.e. the MTBF in hours).",
    "calculus", {"rule": "expr"}, str(i2))
# r03 calculus: ∫0^12 (30 + 20 sin(pi t/12)) dt = 360 + 480/pi
i3 = sp.integrate(30 + 20*sp.sin(sp.pi*t/12), (t, 0, 12))
add("From the ridership report: passenger arrival rate at the interchange is modelled as λ(t) = 30 + 20 sin(πt/12) "
    "passengers per hour, t in hours after midnight. Total expected arrivals between t=0 and t=12? exact answer please",
    "calculus", {"rule": "expr"}, str(sp.simplify(i3)))
# r04 calculus: limit (1-cos 3x)/x^2 as x->0 = 9/2
l4 = sp.limit((1 - sp.cos(3*x))/x**2, x, 0)
add("lim x→0 of (1 − cos(3x))/x²   (jitter approximation sanity check)", "calculus", {"rule": "expr"}, str(l4))

# r05 algebra: roots of x^2 - 7x + 10
r5 = [float(r) for r in sp.solve(x**2 - 7*x + 10, x)]
add("queueing toy model at the toll plaza gives x² − 7x + 10 = 0. roots?", "algebra", {"rule": "set"}, sorted(r5))
# r06 algebra: 3b+2t=540, b+4t=580 -> t=120 (b=100)
b, tr = sp.symbols("b tr")
s6 = sp.solve([3*b + 2*tr - 540, b + 4*tr - 580], [b, tr])
add("Three buses plus two trams move 540 passengers per trip in total; one bus plus four trams move 580. "
    "Assuming every bus carries the same load and every tram the same load, how many passengers per tram?",
    "algebra", {"rule": "expr"}, str(s6[tr]))
# r07 algebra: 12000*1.08^n = 20000 -> n = ln(5/3)/ln(1.08)
n7 = math.log(20000/12000)/math.log(1.08)
add("backhaul traffic is 12,000 GB/day and growing 8% per year compounded. after how many years (non-integer ok) does it hit 20,000 GB/day?",
    "algebra", {"rule": "number", "tol": 1.0e-4}, n7)

# r08 linear algebra: eigenvalues of [[0.9,0.1],[0.3,0.7]] -> 1, 0.6
ev = sorted(np.linalg.eigvals(np.array([[0.9, 0.1], [0.3, 0.7]])).real.tolist())
add("Link state Markov chain (up/down), transition matrix P = [[0.9, 0.1], [0.3, 0.7]]. What are the eigenvalues of P?",
    "linear_algebra", {"rule": "set"}, [round(v, 12) for v in ev])
# r09 linear algebra: det [[4,-1,0],[-1,4,-1],[0,-1,4]] = 56
d9 = sp.Matrix([[4, -1, 0], [-1, 4, -1], [0, -1, 4]]).det()
add("det of the nodal admittance-style matrix\n[ 4 −1  0 ]\n[−1  4 −1 ]\n[ 0 −1  4 ]",
    "linear_algebra", {"rule": "expr"}, str(d9))

# r10 probability: Poisson(3), P(X>=5) = 1 - cdf(4)
p10 = float(stats.poisson.sf(4, 3))
add("CRC errors on a fibre span arrive as a Poisson process, mean 3 per minute. P(at least five errors in a given minute)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p10)
# r11 probability: Normal(45, 6), P(X>55)
p11 = float(stats.norm.sf(55, loc=45, scale=6))
add("one-way latency ~ Normal with mean 45 ms and standard deviation 6 ms. what fraction of packets exceed the 55 ms SLA threshold?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p11)
# r12 probability: Binomial(12, 0.15), P(X=2)
p12 = float(stats.binom.pmf(2, 12, 0.15))
add("12 buses leave the depot on the 7am wave. each is independently late with probability 0.15. probability exactly two are late?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p12)
# r13 probability: two links in parallel (A=0.995 each) in series with router A=0.999
p13 = (1 - (1 - 0.995)**2) * 0.999
add("Site availability: two redundant uplinks, each 99.5% available and failing independently, in parallel; that pair sits in series "
    "with a single core router at 99.9%. Overall steady-state availability of the path (as a probability)?",
    "probability", {"rule": "number", "tol": 1.0e-6}, p13)

# r14 hypothesis: one-sample t test vs 50 ms, two-sided, p-value
lat = [52.1, 48.7, 55.3, 50.9, 53.4, 49.8, 56.2, 51.7, 54.0, 50.3]
r14 = stats.ttest_1samp(lat, 50)
add("RTT samples (ms) from the new PoP: 52.1 48.7 55.3 50.9 53.4 49.8 56.2 51.7 54.0 50.3 -- one-sample t-test against "
    "the 50 ms target, two-sided. p-value?", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r14.pvalue))
# r15 hypothesis: Welch t, statistic A minus B
A = [34, 41, 29, 38, 45, 36, 40, 33]
B = [28, 31, 26, 35, 30, 27, 33, 29, 32, 25]
r15 = stats.ttest_ind(A, B, equal_var=False)
add("Dwell times at the main stop, seconds. Route A: 34, 41, 29, 38, 45, 36, 40, 33. Route B: 28, 31, 26, 35, 30, 27, 33, 29, 32, 25. "
    "Welch's t-test (unequal variances), difference taken as A − B: what is the t statistic?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r15.statistic))
# r16 hypothesis: chi-square GOF, uniform across weekdays
obs = [1180, 1245, 1302, 1210, 1063]
r16 = stats.chisquare(obs)
add("Weekday boardings on line 14 last week were Mon 1180, Tue 1245, Wed 1302, Thu 1210, Fri 1063. Chi-square goodness-of-fit test "
    "of the hypothesis that boardings are equally spread over the five days — p value?",
    "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r16.pvalue))
# r17 hypothesis: pooled two-proportion z test, two-sided
r17 = proportions_ztest([87, 54], [12000, 11500], alternative="two-sided")
add("packet loss before firmware upgrade: 87 lost out of 12000 probes; after: 54 lost out of 11500. two-proportion z test, "
    "pooled proportion, two-sided. p?", "hypothesis_test", {"rule": "number", "tol": 1.0e-4, "key": "p_value"},
    float(r17[1]))

# r18 regression: OLS slope latency ~ hops
hops = [3, 4, 5, 6, 7, 8, 9, 10]
lt = [21.4, 24.9, 29.8, 33.1, 37.6, 41.2, 44.7, 49.3]
r18 = stats.linregress(hops, lt)
add("hop count vs median latency (ms) across our transit paths:\nhops: 3 4 5 6 7 8 9 10\nms:   21.4 24.9 29.8 33.1 37.6 41.2 44.7 49.3\n"
    "least-squares slope, ms per hop?", "regression", {"rule": "number", "tol": 1.0e-6, "key": "slope"}, float(r18.slope))
# r19 regression: R^2 riders ~ headway
hw = [5, 8, 10, 12, 15, 20, 30]
rd = [42, 61, 70, 83, 97, 121, 160]
r19 = stats.linregress(hw, rd)
add("Fit a straight line of average riders per trip on scheduled headway. Headway (min) 5, 8, 10, 12, 15, 20, 30; riders/trip "
    "42, 61, 70, 83, 97, 121, 160. Report R².", "regression", {"rule": "number", "tol": 1.0e-6, "key": "r_squared"},
    float(r19.rvalue**2))

# r20 anova: one-way, p-value, MTTR by depot
N = [2.4, 3.1, 2.8, 3.5, 2.9]; S = [3.8, 4.2, 3.6, 4.5, 3.9]; E = [2.9, 3.3, 3.0, 3.7, 3.4, 3.1]
r20 = stats.f_oneway(N, S, E)
add("MTTR (hours) for field repairs by depot —\nNorth: 2.4, 3.1, 2.8, 3.5, 2.9\nSouth: 3.8, 4.2, 3.6, 4.5, 3.9\n"
    "East: 2.9, 3.3, 3.0, 3.7, 3.4, 3.1\nDo the depot means differ? one-way ANOVA, give the p-value.",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "p_value"}, float(r20.pvalue))
# r21 anova: one-way F statistic, four routes
R = [[22, 25, 24, 27], [30, 28, 31, 29], [26, 24, 27, 25], [21, 23, 22, 20]]
r21 = stats.f_oneway(*R)
add("one way anova F for peak travel times (min) on four corridors: c1 22 25 24 27 | c2 30 28 31 29 | c3 26 24 27 25 | c4 21 23 22 20",
    "anova", {"rule": "number", "tol": 1.0e-4, "key": "statistic"}, float(r21.statistic))

# r22 design: 2^(5-1) fractional factorial -> 16 runs
add("We want to screen five signal-timing factors (cycle length, split, offset, ped phase, detector gap) at two levels each with a "
    "half-fraction 2^(5−1) design, no replication, no center points. how many runs?", "design", {"rule": "runs"}, 2**(5-1))
# r23 design: 2^3 full factorial, 3 replicates, + 4 center points = 28
add("2^3 full factorial on QoS settings (queue depth, WRED threshold, shaping rate), three replicates of every corner plus 4 center "
    "points. Total number of runs?", "design", {"rule": "runs"}, 2**3*3 + 4)
# r24 design: main effect of A in 2^3, standard order (1),a,b,ab,c,ac,bc,abc
y = [48, 41, 52, 44, 50, 42, 55, 46]
Acol = [-1, 1, -1, 1, -1, 1, -1, 1]
effA = sum(a*v for a, v in zip(Acol, y))/4
add("Unreplicated 2³ experiment at a signalised junction, response = average delay (s/veh). Factors A = cycle length, B = green split, "
    "C = offset. Runs in standard (Yates) order (1), a, b, ab, c, ac, bc, abc gave 48, 41, 52, 44, 50, 42, 55, 46. "
    "Estimate the main effect of A (high minus low average).", "design", {"rule": "number", "tol": 1.0e-6}, effA)

# r25 control chart: Xbar UCL = xbarbar + A2*Rbar, A2(n=5)=0.577
ucl25 = 38.6 + 0.577*7.2
add("X̄-R chart for jitter: 25 subgroups of n=5 probes, grand mean 38.6 ms, R̄ = 7.2 ms. UCL for the X̄ chart?",
    "control_chart", {"rule": "number", "tol": 1.0e-3, "key": "ucl"}, ucl25)
# r26 control chart: p chart UCL, pbar = 472/8000, n=400
pbar = 472/8000
ucl26 = pbar + 3*math.sqrt(pbar*(1 - pbar)/400)
add("On-time performance audit: 20 days, 400 trips checked each day, 472 late trips in total over the period. "
    "Set up a p chart for the fraction late (3-sigma limits) — what's the UCL?",
    "control_chart", {"rule": "number", "tol": 1.0e-4, "key": "ucl"}, ucl26)

# r27 capability: Cpk = min(USL-mu, mu-LSL)/(3 sigma) = 1.1/1.05
cpk = min(91.5 - 90.4, 90.4 - 88.5)/(3*0.35)
add("controller cycle length spec is 90 ± 1.5 s. process is stable, mean 90.4 s, σ = 0.35 s. Cpk?",
    "capability", {"rule": "number", "tol": 1.0e-6, "key": "cpk"}, cpk)
# r28 capability: REFUSE - no spread information (no sigma, no data), Cpk cannot be computed
add("Green time on the arterial must stay between 35 and 45 s (LSL/USL). The measured mean green over the month was 41.2 s. What is the Cpk?",
    "capability", {"rule": "refuse"}, None)

# r29 sample size: n = ceil((z_.975 * 9 / 2)^2) = 78
z = stats.norm.ppf(0.975)
n29 = math.ceil((z*9/2)**2)
add("how many latency samples do I need to estimate mean RTT to within ±2 ms at 95% confidence? σ is known from history, about 9 ms.",
    "sample_size", {"rule": "int", "key": "n"}, n29)

# r30 unit conversion: 28 km/h -> m/s = 70/9
v30 = sp.Rational(28*1000, 3600)
add("average bus operating speed on the corridor is 28 km/h — what is that in m/s?", "unit_conversion", {"rule": "expr"}, str(v30))

assert len(items) == 30
doc = {"suite": "round34b", "type": "reason",
       "description": "round34b unseen questions, telecom reliability & transit/traffic operations analyst",
       "thresholds": {"accuracy": 0.9, "overconfident": 0.0}, "items": items}
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "round34b.yaml")
with open(out, "w") as f:
    yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=90)
for it in items:
    print(it["id"], it["mode"], it["compare"], it["reference"])
