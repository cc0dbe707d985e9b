import math, numpy as np, sympy as sp
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.power import TTestIndPower
x = sp.symbols('x')
R = {}
R['r01'] = sp.integrate(x**2*sp.exp(-x), (x, 0, sp.oo))
R['r02'] = sp.simplify(sp.diff(sp.sqrt(x)*sp.log(x**2+1), x))
R['r03'] = sp.limit((1-sp.cos(x))/x**2, x, 0)
R['r04'] = sp.solve(x**3-6*x**2+11*x-6, x)
R['r05'] = sp.solve(x**2-4*x-1, x)
R['r06'] = sp.Matrix([[2,1,0],[1,3,1],[0,1,4]]).det()
R['r07'] = sp.Matrix([[4,7],[2,6]]).inv()
R['r08'] = list(sp.Matrix([[2,1],[1,2]]).eigenvals().keys())
R['r09'] = stats.norm.sf(130, 100, 15)
R['r10'] = stats.binom.cdf(2, 10, 0.3)
R['r11'] = stats.expon.cdf(1000, scale=1/2e-4)
b = [72, 68, 75, 80, 77, 70]; a = [70, 66, 74, 76, 75, 69]
R['r12'] = stats.ttest_rel(b, a).pvalue
t = (52.3-50)/(4.1/math.sqrt(25)); R['r13'] = 2*stats.t.sf(abs(t), 24)
R['r14'] = stats.binomtest(3, 200, 0.005, alternative='greater').pvalue
xx = [1,2,3,4,5,6]; yy = [2.1,3.9,6.2,7.8,10.1,12.2]
R['r15'] = sm.OLS(yy, sm.add_constant(xx)).fit().params[1]
xx = [20,25,30,35,40]; yy = [61,64,70,72,79]
R['r16'] = sm.OLS(yy, sm.add_constant(xx)).fit().params[1]
A = [10.1,10.4,9.8,10.0]; B = [10.6,10.9,10.7,11.0]; C = [9.9,10.2,10.0,9.7]
R['r17'] = stats.f_oneway(A, B, C).pvalue
n = 8; means = np.array([24.1,26.3,25.0]); sds = np.array([2.0,2.4,1.8]); k = 3
gm = means.mean(); ssb = n*((means-gm)**2).sum(); ssw = ((n-1)*sds**2).sum()
F = (ssb/(k-1))/(ssw/(k*n-k)); R['r18'] = stats.f.sf(F, k-1, k*n-k)
R['r19'] = 2**3*2
R['r20'] = 12+3
R['r21'] = 2**4 + 2*4 + 6
# A2 for n=5 from d2
from scipy import integrate
def d2(n):
    f = lambda w: 1-(stats.norm.cdf(w)**n)-(1-stats.norm.cdf(w))**n
    return integrate.quad(f, -np.inf, np.inf)[0]
A2 = 3/(d2(5)*math.sqrt(5)); R['r22'] = 50.2 + A2*2.3; R['r22_table'] = 50.2+0.577*2.3
R['r23'] = 0.04 + 3*math.sqrt(0.04*0.96/200)
R['r24'] = (5.10-4.90)/(6*0.02)
R['r25'] = min((78-74.5)/(3*1.2), (74.5-70)/(3*1.2))
R['r27'] = math.ceil(TTestIndPower().solve_power(effect_size=0.5, alpha=0.05, power=0.8))
z = stats.norm.ppf(0.975); R['r28'] = math.ceil(z**2*0.25/0.03**2); R['r28_raw'] = z**2*0.25/0.03**2
R['r29'] = (350-32)*5/9
R['r30'] = 2500*6894.757293168/1e6
for k_, v in R.items(): print(k_, repr(v))
