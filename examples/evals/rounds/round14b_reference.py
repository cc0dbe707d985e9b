import numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.power import TTestIndPower
from statsmodels.stats.proportion import proportions_ztest
from math import ceil, sqrt

t, x, h, s, N = sp.symbols('t x h s N', real=True)
R = {}
# r01 dV/dt at t=4 for V=2000 e^(-0.15 t)
V = 2000*sp.exp(-sp.Rational(3, 20)*t)
R['r01'] = sp.diff(V, t).subs(t, 4)
# r02 volume pumped q=5+2 sin(pi t/12), 0..6
R['r02'] = sp.simplify(sp.integrate(5 + 2*sp.sin(sp.pi*t/12), (t, 0, 6)))
# r03 limit (sqrt(4+h)-2)/h
R['r03'] = sp.limit((sp.sqrt(4 + h) - 2)/h, h, 0)
# r04 charge of i = 2.5e-3 exp(-t/0.02) over 0..0.05
R['r04'] = sp.simplify(sp.integrate(sp.Rational(1, 400)*sp.exp(-t/sp.Rational(1, 50)), (t, 0, sp.Rational(1, 20))))
# r05 roots of s^3+6s^2+11s+6
R['r05'] = sp.solve(s**3 + 6*s**2 + 11*s + 6, s)
# r06 roots of 2x^3-3x^2-11x+6
R['r06'] = sp.solve(2*x**3 - 3*x**2 - 11*x + 6, x)
# r07 0.5 e^(2e-5 N) = 2
r07 = sp.log(4)/sp.Rational(2, 100000)
assert sp.simplify(sp.Rational(1, 2)*sp.exp(sp.Rational(2, 100000)*r07) - 2) == 0
R['r07'] = [100000*sp.log(2)]
assert sp.simplify(r07 - 100000*sp.log(2)) == 0
# r08 s^2+4s+13 complex roots
sc = sp.Symbol('s')
R['r08'] = sp.solve(sc**2 + 4*sc + 13, sc)
# r09 det
K = sp.Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
R['r09'] = K.det()
# r10 inverse
R['r10'] = sp.Matrix([[4, -2], [-2, 3]]).inv()
# r11 eigenvalues
R['r11'] = sp.Matrix([[4, 1], [2, 3]]).eigenvals()
# r12 Ax=b
A = sp.Matrix([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]); b = sp.Matrix([8, -11, -3])
R['r12'] = A.LUsolve(b)
# r13 binom P(X<=1), n=50 p=0.02
R['r13'] = stats.binom.cdf(1, 50, 0.02)
# r14 poisson P(X>6), mu 4.5
R['r14'] = stats.poisson.sf(6, 4.5)
# r15 exponential survive 5000 h, mean 12000
R['r15'] = float(sp.exp(sp.Rational(-5000, 12000))), np.exp(-5000/12000)
# r16 normal fraction outside 24.97..25.04, mean 25, sd 0.02
R['r16'] = stats.norm.cdf(24.97, 25.00, 0.02) + stats.norm.sf(25.04, 25.00, 0.02)
# r17 Welch one-sided A > B
a = [41.2, 39.8, 40.5, 42.1, 40.9]; bb = [38.7, 39.5, 38.9, 40.2, 39.1]
R['r17'] = stats.ttest_ind(a, bb, equal_var=False, alternative='greater')
# r18 one-proportion z (score) 14/400 vs 0.02, greater
p0 = 0.02; n = 400; ph = 14/400
z = (ph - p0)/sqrt(p0*(1 - p0)/n)
R['r18'] = (z, stats.norm.sf(z), proportions_ztest(14, 400, 0.02, alternative='larger', prop_var=0.02))
# r19 slope
T = np.array([20, 30, 40, 50, 60.]); Vv = np.array([1.02, 1.48, 2.05, 2.51, 2.98])
fit = sm.OLS(Vv, sm.add_constant(T)).fit()
R['r19'] = fit.params
# r20 quadratic R^2
fl = np.array([10, 15, 20, 25, 30, 35.]); dp = np.array([2.1, 4.6, 8.3, 12.9, 18.8, 25.1])
X = np.column_stack([np.ones(6), fl, fl**2])
fit2 = sm.OLS(dp, X).fit()
R['r20'] = fit2.rsquared
# r21 one-way ANOVA
gA = [512, 498, 505, 520, 509]; gB = [495, 488, 502, 491, 499]; gC = [515, 522, 508, 519, 511]
R['r21'] = stats.f_oneway(gA, gB, gC)
# r22 6 factors res IV min runs -> 16 ; r23 BBD 4 factors + 3 centre = 24 + 3
R['r22'] = 16
R['r23'] = 4*3*2**2//2*1 + 3  # C(4,2)=6 pairs x 4 = 24, + 3
# r24 u chart UCL
ub = 96/(20*5)
R['r24'] = ub + 3*np.sqrt(ub/5)
# r25 I-MR UCL individuals
vis = np.array([33.75, 33.05, 34.00, 33.81, 33.46, 34.02, 33.68, 33.27, 33.49, 33.20, 33.62, 33.00])
mr = np.abs(np.diff(vis)).mean()
d2 = 2/np.sqrt(np.pi)
R['r25'] = (vis.mean() + 3*mr/d2, vis.mean() + 3*mr/1.128, vis.mean(), mr)
# r26 Cpk
R['r26'] = (min(50.20 - 50.12, 50.12 - 49.80)/(3*0.04), min(sp.Rational('50.20') - sp.Rational('50.12'), sp.Rational('50.12') - sp.Rational('49.80'))/(3*sp.Rational('0.04')))
# r27 Ppk data
pp = np.array([10.02, 9.98, 10.05, 10.01, 9.97, 10.03, 10.00, 10.04, 9.99, 10.06, 10.02, 9.96, 10.03, 10.01, 10.04])
m, sd = pp.mean(), pp.std(ddof=1)
R['r27'] = (min(10.10 - m, m - 9.90)/(3*sd), m, sd)
# r28 n per group
R['r28'] = TTestIndPower().solve_power(effect_size=0.5/0.8, alpha=0.05, power=0.9, alternative='two-sided')
# r29 proportion margin
zq = stats.norm.ppf(0.975)
R['r29'] = (zq**2*0.04*0.96/0.015**2, ceil(zq**2*0.04*0.96/0.015**2))
# r30 45 ft-lbf in N m
R['r30'] = 45*0.3048*0.45359237*9.80665
for k, v in R.items():
    print(k, repr(v))
print('r01 float', float(R['r01']), 'r02', float(R['r02']), 'r04', float(R['r04']), 'r07', float(R['r07'][0]))

print('r28 ceil', ceil(R['r28']), 'power at 55', TTestIndPower().power(0.625, 55, 0.05), 'at 54', TTestIndPower().power(0.625, 54, 0.05))
print('r25 sd/c4 variant', vis.mean() + 3*vis.std(ddof=1)/(sp.sqrt(2/11.)*sp.gamma(6)/sp.gamma(5.5)).evalf())
print('r17 p', repr(float(R['r17'].pvalue)), 'r21 p', repr(float(R['r21'].pvalue)), 'r19 slope', repr(float(R['r19'][1])))
print('r20', repr(float(R['r20'])), 'r24', repr(float(R['r24'])), 'r25', repr(float(R['r25'][0])), 'r27', repr(float(R['r27'][0])))
print('r13', repr(float(R['r13'])), 'r14', repr(float(R['r14'])), 'r16', repr(float(R['r16'])), 'r18', repr(float(R['r18'][1])))
print('r01', repr(float(R['r01'])), 'r30', repr(R['r30']))
