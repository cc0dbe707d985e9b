"""Independent reference answers for round15a (sympy / scipy / numpy / statsmodels)."""
import math
import numpy as np
import sympy as sp
from scipy import stats, integrate
from statsmodels.stats.power import TTestIndPower, TTestPower, NormalIndPower
from statsmodels.stats.proportion import proportion_effectsize
import statsmodels.api as sm

R = {}

# control-chart constants, exact
def d2(n):
    f = lambda x: 1 - stats.norm.cdf(x) ** n - (1 - stats.norm.cdf(x)) ** n
    return integrate.quad(f, -np.inf, np.inf, epsabs=1e-13, epsrel=1e-13)[0]

# r01 xbar-R from summaries, n=4
A2 = 3 / (d2(4) * math.sqrt(4))
R["r01"] = 25.012 + A2 * 0.034
print("d2(4)", d2(4), "A2", A2)

# r02 I-MR individuals UCL
x = np.array([182.4, 181.9, 183.1, 182.7, 181.6, 182.2, 183.4, 182.9, 182.0, 182.5, 181.8, 182.6])
mr = np.abs(np.diff(x)).mean()
R["r02"] = x.mean() + 3 * mr / d2(2)
print("d2(2)", d2(2), "MRbar", mr, "xbar", x.mean(), "UCL table 1.128:", x.mean() + 3 * mr / 1.128)

# r03 p chart
p = 140 / (25 * 200)
R["r03"] = p + 3 * math.sqrt(p * (1 - p) / 200)

# r04 c chart
c = np.array([3, 5, 2, 4, 6, 3, 1, 4, 5, 2, 3, 7, 4, 2, 3, 5, 4, 3, 6, 2])
cbar = c.mean()
R["r04"] = cbar + 3 * math.sqrt(cbar)
print("cbar", cbar)

# r05 one-sided Cpk
R["r05"] = (512 - 450) / (3 * 14.5)

# r06 Ppk from data
v = np.array([501.2, 502.8, 500.9, 503.5, 502.1, 501.7, 504.0, 502.4, 501.1, 503.0, 502.6, 500.5, 502.9, 503.8, 501.9])
m, s = v.mean(), v.std(ddof=1)
R["r06"] = min(506 - m, m - 498) / (3 * s)
print("r06 mean", m, "sd", s)

# r07 Cp
R["r07"] = (12.05 - 11.95) / (6 * 0.012)

# r08 Cpk, subgroups of 5, sigma = Rbar/2.326
sg = np.array([[10.02, 9.98, 10.01, 10.04, 9.99],
               [10.03, 10.00, 9.97, 10.02, 10.01],
               [9.99, 10.05, 10.02, 10.00, 10.03],
               [10.01, 9.98, 10.04, 10.02, 10.00],
               [10.04, 10.01, 10.00, 10.03, 9.98]])
rbar = (sg.max(1) - sg.min(1)).mean()
sw = rbar / 2.326
mu = sg.mean()
R["r08"] = min(10.10 - mu, mu - 9.90) / (3 * sw)
print("r08 mean", mu, "Rbar", rbar, "sigma", sw, "Cpk exact d2:", min(10.10 - mu, mu - 9.90) / (3 * rbar / d2(5)))

# designs
R["r09"] = 2 ** (7 - 3)          # 2^(7-3)_IV
R["r10"] = 16                    # smallest multiple of 4 > 15
R["r11"] = 2 ** 4 + 2 * 4 + 6    # CCD
R["r12"] = 4 * math.comb(5, 2) + 3   # BBD, 5 factors

# r13 two-sample t, d = 0.5/0.8, power 0.9
n13 = TTestIndPower().solve_power(effect_size=0.5 / 0.8, alpha=0.05, power=0.9, alternative="two-sided")
R["r13"] = math.ceil(n13)
print("r13 raw", n13, "z:", NormalIndPower().solve_power(effect_size=0.5 / 0.8, alpha=0.05, power=0.9))

# r14 two proportions 4% -> 2%, 80% power
h = proportion_effectsize(0.04, 0.02)
n14 = NormalIndPower().solve_power(effect_size=h, alpha=0.05, power=0.8, alternative="two-sided")
R["r14"] = math.ceil(n14)
# pooled (Fleiss, no cc)
za, zb = stats.norm.ppf(0.975), stats.norm.ppf(0.8)
p1, p2 = 0.04, 0.02
pb = (p1 + p2) / 2
n14p = (za * math.sqrt(2 * pb * (1 - pb)) + zb * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2
R["r14_pooled"] = math.ceil(n14p)
print("r14 raw h", n14, "pooled raw", n14p)

# r15 paired
n15 = TTestPower().solve_power(effect_size=1.2 / 2.0, alpha=0.05, power=0.8, alternative="two-sided")
R["r15"] = math.ceil(n15)
print("r15 raw", n15)

# r16 margin of error, sigma known
R["r16"] = math.ceil((stats.norm.ppf(0.975) * 1.8 / 0.5) ** 2)
print("r16 raw", (stats.norm.ppf(0.975) * 1.8 / 0.5) ** 2)

# unit conversions (exact definitions)
lbf = 0.45359237 * 9.80665           # N
inch = 0.0254
psi = lbf / inch ** 2                # Pa
R["r17"] = 2500 * psi / 1e6          # MPa
R["r18"] = float(sp.Rational(5, 9) * (350 - 32))
R["r19"] = 1200 * lbf
R["r20"] = 55 * 231 * (inch * 100) ** 3 / 1000   # US gal = 231 in^3 -> L

# r21 paired t
o1 = np.array([5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99])
o2 = np.array([5.04, 5.00, 5.05, 5.04, 4.99, 5.06, 5.01, 5.02])
R["r21"] = stats.ttest_rel(o1, o2).pvalue

# r22 chi-square independence
tab = np.array([[45, 30, 12], [38, 41, 15], [52, 35, 25]])
R["r22"] = stats.chi2_contingency(tab, correction=False)[1]

# r23 one-way ANOVA
m1 = [24.1, 24.3, 23.9, 24.2, 24.0]
m2 = [24.6, 24.4, 24.8, 24.5, 24.7]
m3 = [24.2, 24.1, 24.4, 24.0, 24.3]
R["r23"] = stats.f_oneway(m1, m2, m3).pvalue

# r24 regression slope
T = np.array([150, 160, 170, 180, 190, 200.0])
H = np.array([62.1, 64.0, 65.8, 68.1, 69.7, 72.0])
fit = sm.OLS(H, sm.add_constant(T)).fit()
R["r24"] = fit.params[1]

# r25 Poisson P(X > 4), mean 2.3
R["r25"] = stats.poisson.sf(4, 2.3)

# r26 normal fraction outside 24.95..25.04
R["r26"] = stats.norm.cdf(24.95, 25.0, 0.02) + stats.norm.sf(25.04, 25.0, 0.02)

# r27 work integral
xs = sp.Symbol("x")
R["r27"] = sp.integrate(200 * xs - 15 * xs ** 2, (xs, 0, 4))

# r28 roots
t = sp.Symbol("t")
R["r28"] = sp.solve(sp.Rational(1, 2) * t ** 2 + 3 * t - 20, t)

# r29 eigenvalues
R["r29"] = list(sp.Matrix([[4, sp.Rational(3, 2)], [sp.Rational(3, 2), 2]]).eigenvals().keys())

for k, val in R.items():
    print(k, repr(float(val)) if not isinstance(val, list) else val)
