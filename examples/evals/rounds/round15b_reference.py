"""Reference answers for round15b, computed independently (scipy / statsmodels / sympy / numpy)."""
import math
import numpy as np
import sympy as sp
from scipy import stats, integrate, special
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.power import TTestIndPower, TTestPower
from statsmodels.stats.oneway import anova_oneway
import statsmodels.api as sm

R = {}

# r01 Welch two-sided
A = [14.2, 13.8, 15.1, 14.6, 14.9]; B = [13.1, 13.5, 12.9, 13.8, 13.3, 13.0]
R['r01'] = stats.ttest_ind(A, B, equal_var=False).pvalue
# r02 two-proportion pooled z, one-sided night > day
z, p = proportions_ztest([41, 23], [1080, 1150], alternative='larger')
R['r02'] = p
# r03 one-sample t from summary, two-sided
n, m, s, mu = 12, 18.6, 1.1, 19.0
t = (m - mu) / (s / math.sqrt(n)); R['r03'] = 2 * stats.t.sf(abs(t), n - 1)
# r05 one-way ANOVA F
o1 = [71.2, 70.8, 72.1, 71.5]; o2 = [69.9, 70.3, 69.5, 70.6]; o3 = [72.4, 71.9, 72.8, 72.2]
R['r05'] = stats.f_oneway(o1, o2, o3).statistic
# r06 Welch ANOVA from summary: build data with exact n, mean, sd
def synth(n, mean, sd):
    z = np.arange(n, dtype=float); z = (z - z.mean()) / z.std(ddof=1)
    return mean + sd * z
g = [synth(8, 25.4, 0.6), synth(10, 26.1, 1.4), synth(7, 25.0, 0.3)]
res = anova_oneway(g, use_var='unequal', welch_correction=True)
R['r06'] = res.pvalue
# manual Welch check
ns = np.array([8, 10, 7.]); ms = np.array([25.4, 26.1, 25.0]); sds = np.array([0.6, 1.4, 0.3])
w = ns / sds**2; W = w.sum(); mw = (w * ms).sum() / W; k = 3
lam = ((1 - w / W)**2 / (ns - 1)).sum()
F = ((w * (ms - mw)**2).sum() / (k - 1)) / (1 + 2 * (k - 2) * lam / (k**2 - 1))
df2 = (k**2 - 1) / (3 * lam)
print('r06 manual', F, df2, stats.f.sf(F, k - 1, df2))
# r07 slope
x = [0.5, 1.0, 1.5, 2.0, 2.5]; y = [3.1, 6.0, 9.2, 12.1, 15.0]
R['r07'] = stats.linregress(x, y).slope
# r08 r^2
x = [18, 21, 24, 27, 30, 33]; y = [2.1, 2.4, 2.3, 2.9, 3.2, 3.1]
R['r08'] = stats.linregress(x, y).rvalue**2
# r09 intercept
x = [1, 2, 3, 4, 5, 6, 7, 8]; y = [4.1, 5.9, 8.2, 9.8, 12.1, 14.2, 15.8, 18.1]
R['r09'] = sm.OLS(y, sm.add_constant(x)).fit().params[0]
# r10 normal upper tail
R['r10'] = stats.norm.sf(3.6, 3.5, 0.04)
# r11 binomial pmf
R['r11'] = stats.binom.pmf(2, 20, 0.05)
# r12 Poisson P(X > 4), mu = 1.5*2
R['r12'] = stats.poisson.sf(4, 3.0)
# r13 two-sample t sample size
R['r13'] = math.ceil(TTestIndPower().solve_power(effect_size=0.3 / 0.5, alpha=0.05, power=0.9, alternative='two-sided'))
# r14 proportion precision
zq = stats.norm.ppf(0.975)
R['r14'] = math.ceil(zq**2 * 0.12 * 0.88 / 0.025**2)
print('r14 raw', zq**2 * 0.12 * 0.88 / 0.025**2)
# r15 paired t sample size
R['r15'] = math.ceil(TTestPower().solve_power(effect_size=0.8 / 1.5, alpha=0.05, power=0.9, alternative='two-sided'))
print('r13 raw', TTestIndPower().solve_power(effect_size=0.6, alpha=0.05, power=0.9), 'r15 raw', TTestPower().solve_power(effect_size=0.8/1.5, alpha=0.05, power=0.9))
# r16 Cpk
R['r16'] = min(12.05 - 12.012, 12.012 - 11.95) / (3 * 0.011)
# r17 Cp
R['r17'] = 3.0 / (6 * 0.4)
# r18 Ppk overall sd
d = np.array([48.2, 49.1, 47.8, 48.9, 48.5, 49.4, 48.0, 48.7, 49.0, 48.3, 48.8, 47.9, 48.6, 49.2])
mm, ss = d.mean(), d.std(ddof=1)
R['r18'] = min(51 - mm, mm - 46) / (3 * ss)
# constants
def c4(n): return math.sqrt(2 / (n - 1)) * math.exp(special.gammaln(n / 2) - special.gammaln((n - 1) / 2))
def d2(n):
    f = lambda x: 1 - stats.norm.cdf(x)**n - (1 - stats.norm.cdf(x))**n
    return integrate.quad(f, -np.inf, np.inf, epsabs=1e-13)[0]
def d3(n):
    # E[W^2] = int int ... use W pdf via P(W > w) = 1 - n int phi(x)[Phi(x+w)-Phi(x)]^(n-1) dx
    def cdfW(w):
        return n * integrate.quad(lambda x: stats.norm.pdf(x) * (stats.norm.cdf(x + w) - stats.norm.cdf(x))**(n - 1), -np.inf, np.inf, epsabs=1e-13)[0]
    EW2 = 2 * integrate.quad(lambda w: w * (1 - cdfW(w)), 0, np.inf, epsabs=1e-12)[0]
    return math.sqrt(EW2 - d2(n)**2)
# r19 xbar-s UCL
A3 = 3 / (c4(6) * math.sqrt(6))
R['r19'] = 74.001 + A3 * 0.0094
print('r19 A3', A3, 'table', 74.001 + 1.287 * 0.0094)
# r20 np chart UCL
pbar = 171 / (30 * 150)
R['r20'] = 150 * pbar + 3 * math.sqrt(150 * pbar * (1 - pbar))
# r21 R chart UCL
D4 = 1 + 3 * d3(5) / d2(5)
R['r21'] = D4 * 2.3
print('r21 D4', D4, 'd2', d2(5), 'printed', 2.114 * 2.3)
# r22, r23 runs
R['r22'] = 3**3 * 2
R['r23'] = 16
# r24 derivative
t_ = sp.symbols('t', real=True)
R['r24'] = sp.diff(12 * sp.exp(-sp.Rational(2, 5) * t_) * sp.cos(3 * t_), t_)
# r25 energy
E = sp.integrate(sp.Rational(7, 2) * t_ * sp.exp(-t_ / 2), (t_, 0, 4))
R['r25'] = (sp.simplify(E), float(E), integrate.quad(lambda s: 3.5 * s * math.exp(-s / 2), 0, 4)[0])
# r26 break-even roots
q = sp.symbols('q', real=True)
R['r26'] = sp.solve(-sp.Rational(2, 100) * q**2 + 9 * q - 400, q)
# r27 doubling
R['r27'] = sp.solve(800 * sp.exp(sp.Rational(1, 20) * t_) - 1600, t_)
# r28 eigenvalues
R['r28'] = sp.Matrix([[5, -2], [-2, 2]]).eigenvals()
# r29, r30 units
R['r29'] = 12 / 25.4
R['r30'] = 150 * 3.785411784 / 60
for k_ in sorted(R):
    v = R[k_]
    print(k_, repr(float(v)) if isinstance(v, (float, np.floating)) else v)
