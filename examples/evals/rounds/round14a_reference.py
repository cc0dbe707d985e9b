import numpy as np, sympy as sp
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.power import TTestIndPower, TTestPower
import statsmodels.api as sm
R = {}
# r01 paired one-sided: after lower than before
before = [7.9, 8.1, 7.6, 8.4, 7.8, 8.0, 7.7, 8.2]
after = [7.1, 7.6, 7.2, 7.5, 7.4, 7.7, 6.9, 7.6]
R['r01'] = stats.ttest_rel(after, before, alternative='less').pvalue
# r02 Welch one-sided A > B
A = [41.2, 39.8, 43.5, 40.9, 42.2, 44.0]; B = [38.1, 37.5, 39.9, 36.8, 38.6, 40.2, 37.9]
R['r02'] = stats.ttest_ind(A, B, equal_var=False, alternative='greater').pvalue
# r03 chi-square 3x3
tab = [[22, 14, 9], [18, 20, 12], [11, 16, 23]]
R['r03'] = stats.chi2_contingency(tab, correction=False)[1]
# r04 two proportions one-sided, line2 > line1
R['r04'] = proportions_ztest([45, 27], [900, 850], alternative='larger')[1]
# r05 anova raw
a = [78.2, 80.1, 79.5, 81.0, 77.9]; b = [82.4, 83.1, 81.7, 84.0, 82.9]; c = [79.8, 80.6, 78.9, 81.3, 80.2]
R['r05'] = stats.f_oneway(a, b, c).pvalue
# r06 anova summary F
def anova_summary(n, m, s):
    n = np.array(n, float); m = np.array(m, float); s = np.array(s, float)
    gm = (n*m).sum()/n.sum(); ssb = (n*(m-gm)**2).sum(); ssw = ((n-1)*s**2).sum()
    dfb = len(n)-1; dfw = n.sum()-len(n); F = (ssb/dfb)/(ssw/dfw)
    return F, stats.f.sf(F, dfb, dfw)
R['r06'] = anova_summary([8, 8, 8], [12.4, 13.1, 11.9], [1.1, 0.9, 1.3])[0]
# r07 anova unequal groups
g = [[5.1, 5.3, 4.9, 5.2], [5.6, 5.4, 5.8], [5.0, 5.2, 5.1, 4.8, 4.9], [5.5, 5.7, 5.3, 5.6]]
R['r07'] = stats.f_oneway(*g).pvalue
# r08 anova summary p
R['r08'] = anova_summary([6, 6, 5, 7], [12.03, 12.05, 12.01, 12.04], [0.021, 0.018, 0.025, 0.020])[1]
# r09 slope
x = [150, 160, 170, 180, 190, 200]; y = [42.1, 39.0, 36.2, 33.5, 30.9, 27.8]
R['r09'] = stats.linregress(x, y).slope
# r10 r^2
x = [2, 4, 6, 8, 10, 12]; y = [0.51, 1.02, 1.49, 2.05, 2.48, 3.04]
R['r10'] = stats.linregress(x, y).rvalue**2
# r11 intercept
x = [10, 12, 15, 18, 20, 25]; y = [110, 118, 131, 140, 149, 165]
R['r11'] = stats.linregress(x, y).intercept
# r12 quadratic R^2
x = np.array([20, 30, 40, 50, 60, 70, 80], float); y = np.array([61.0, 72.5, 80.1, 84.3, 85.0, 82.2, 76.9])
X = sm.add_constant(np.column_stack([x, x**2])); R['r12'] = sm.OLS(y, X).fit().rsquared
# r13 two-sample n per group d=2/3, power .9
R['r13'] = int(np.ceil(TTestIndPower().solve_power(effect_size=2/3, alpha=0.05, power=0.9, alternative='two-sided')))
# r14 proportion margin
z = stats.norm.ppf(0.975); R['r14'] = int(np.ceil(z**2*0.2*0.8/0.03**2))
# r15 mean margin 99%
z = stats.norm.ppf(0.995); R['r15'] = int(np.ceil((z*2/0.5)**2))
# r16 one-sample one-sided d=0.4
R['r16'] = int(np.ceil(TTestPower().solve_power(effect_size=0.4, alpha=0.05, power=0.8, alternative='larger')))
# r17-r20 probability
R['r17'] = stats.norm.cdf(495, 502, 4)
R['r18'] = stats.binom.cdf(2, 50, 0.03)
R['r19'] = stats.poisson.sf(4, 4.8)
R['r20'] = float(sp.N(sp.exp(sp.Rational(-500, 1200)), 17))
# r21 Cpk summary
R['r21'] = min(74.015-74.004, 74.004-73.985)/(3*0.003)
# r22 Ppu raw
d = np.array([0.21, 0.25, 0.19, 0.28, 0.23, 0.26, 0.22, 0.24, 0.27, 0.20, 0.25, 0.23])
R['r22'] = (0.40 - d.mean())/(3*d.std(ddof=1))
# r24 xbar UCL n=4 exact d2
from scipy import integrate
def d2(n):
    f = lambda t: 1 - stats.norm.cdf(t)**n - (1-stats.norm.cdf(t))**n
    return integrate.quad(f, -np.inf, np.inf, epsabs=1e-13)[0]
A2 = 3/(d2(4)*2); R['r24'] = 25.40 + A2*0.12; R['r24_table'] = 25.40 + 0.729*0.12
# r25 c chart UCL
cnt = [4, 7, 3, 5, 6, 2, 8, 5, 4, 6, 3, 5, 7, 4, 6]
cb = np.mean(cnt); R['r25'] = cb + 3*np.sqrt(cb)
# r26 2^(5-1)+4 centre
R['r26'] = 2**4 + 4
# r27
xs = sp.symbols('x', positive=True); R['r27'] = sp.integrate(xs*sp.exp(-xs/2)/4, (xs, 0, sp.oo))
# r28
t = sp.symbols('t'); R['r28'] = sp.solve(sp.Rational(1, 2)*t**2 + 3*t - 20, t)
# r29 det
M = sp.Matrix([[4, 2, sp.Rational(6, 10)], [2, 9, sp.Rational(3, 2)], [sp.Rational(6, 10), sp.Rational(3, 2), 1]])
R['r29'] = M.det(); R['r29f'] = float(M.det())
# r30 psi -> MPa
R['r30'] = 1450*6894.757293168361/1e6
for k, v in R.items():
    print(k, repr(float(v)) if isinstance(v, (float, np.floating)) else v)
