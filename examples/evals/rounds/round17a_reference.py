import math
import numpy as np
import sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestPower
import statsmodels.api as sm

x = sp.Symbol('x', real=True)
t = sp.Symbol('t', real=True)
R = {}
# calculus
R['r01'] = sp.simplify(sp.diff(sp.exp(2*x)*sp.cos(x), x))
R['r02'] = sp.integrate(4 + sp.Rational(6, 10)*t, (t, 0, 10))
R['r03'] = sp.limit((3*x**2 + 2*x)/(5*x**2 - 1), x, sp.oo)
# algebra
R['r04'] = sp.solve(x**3 - 7*x + 6, x)
sol = sp.solve(sp.Eq(20 + 180*sp.exp(-sp.Rational(4, 100)*t), 60), t)
R['r05'] = (sol, [float(s) for s in sol])
# linear algebra
R['r06'] = sp.Matrix([[3, 1, 2], [0, 4, 1], [2, -1, 5]]).det()
R['r07'] = sp.Matrix([[2, -1], [-1, 2]]).eigenvals()
# probability
R['r08'] = stats.norm.cdf(-1.25)
R['r09'] = stats.binom.pmf(2, 50, 0.02)
R['r10'] = stats.norm.cdf(25.03, 25.00, 0.02) - stats.norm.cdf(24.97, 25.00, 0.02)
# hypothesis tests
a = [12.45, 12.51, 12.38, 12.60, 12.47, 12.55, 12.42, 12.49]
b = [12.48, 12.55, 12.40, 12.61, 12.52, 12.54, 12.47, 12.53]
R['r11'] = stats.ttest_rel(a, b).pvalue
R['r12'] = stats.ttest_ind([5.1, 4.9, 5.3, 5.0, 5.2], [5.6, 5.4, 5.9, 5.5, 5.8], equal_var=False).pvalue
ph = 14/300
z = (ph - 0.03)/math.sqrt(0.03*0.97/300)
R['r13'] = (z, stats.norm.sf(z))
# regression
r = stats.linregress([10, 20, 30, 40, 50], [3.2, 5.9, 9.1, 11.8, 15.2])
R['r14'] = r.intercept
r = stats.linregress([0, 2, 4, 6, 8], [0.003, 0.101, 0.198, 0.305, 0.399])
R['r15'] = r.slope
# anova
R['r16'] = stats.f_oneway([18.2, 17.9, 18.5, 18.1], [18.8, 19.1, 18.6, 19.0], [18.4, 18.3, 18.7, 18.2]).pvalue
n = 8; means = [50.2, 51.5, 49.8]; sds = [1.4, 1.6, 1.2]
gm = np.mean(means)
ssb = sum(n*(m - gm)**2 for m in means); ssw = sum((n - 1)*s**2 for s in sds)
F = (ssb/2)/(ssw/21)
R['r17'] = (F, stats.f.sf(F, 2, 21))
# design
R['r18'] = 2*4*3 + 3   # Box-Behnken 4 factors: 6 pairs x 4 + 3 centre
R['r19'] = 2**4 + 3
R['r20'] = 2**(5-1)
# control charts
R['r21'] = 6 + 3*math.sqrt(6)       # c chart: 150/25 = 6
def c4(n): return math.sqrt(2/(n-1))*math.gamma(n/2)/math.gamma((n-1)/2)
A3 = 3/(c4(4)*math.sqrt(4))
R['r22'] = (A3, 12.50 - A3*0.18)
xs = [10.2, 10.5, 9.8, 10.1, 10.4, 9.9, 10.3]
mr = np.abs(np.diff(xs)).mean(); d2 = 2/math.sqrt(math.pi)
R['r23'] = (np.mean(xs), mr, np.mean(xs) + 3*mr/d2, np.mean(xs) + 3*mr/1.128)
# capability
R['r24'] = min(52 - 48.6, 48.6 - 45)/(3*0.9)
R['r25'] = (12.05 - 11.95)/(6*0.012)
R['r26'] = (380 - 350)/(3*8)
# sample size
zq = stats.norm.ppf(0.975)
R['r27'] = (zq**2*0.2*0.8/0.03**2, math.ceil(zq**2*0.2*0.8/0.03**2))
nn = TTestPower().solve_power(effect_size=2/3, power=0.9, alpha=0.05, alternative='two-sided')
R['r28'] = (nn, math.ceil(nn))
# units
R['r29'] = (350 - 32)*5/9
R['r30'] = 25*0.3048*0.45359237*9.80665
for k, v in R.items():
    print(k, repr(v))
