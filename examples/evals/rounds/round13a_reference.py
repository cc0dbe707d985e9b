import numpy as np, sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestIndPower
x = sp.symbols('x')
R = {}
R['r01'] = sp.integrate(x**2*sp.exp(-x), (x, 0, sp.oo))
R['r02'] = sp.simplify(sp.diff(sp.log(x**2+1)/x, x))
R['r03'] = sp.limit((1-sp.cos(3*x))/x**2, x, 0)
R['r04'] = sp.solve(2*x**2-7*x+3, x)
R['r05'] = sp.factor(x**3-6*x**2+11*x-6)
R['r06'] = [s for s in sp.solve(sp.sqrt(x+5)-(x-1), x)]
R['r07'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r08'] = list(sp.Matrix([[4,1],[2,3]]).eigenvals().keys())
R['r09'] = stats.binom.cdf(4, 20, 0.3)
R['r10'] = stats.norm.cdf(49.6, 50, 0.2) + stats.norm.sf(50.3, 50, 0.2)
R['r11'] = stats.poisson.pmf(2, 3.2)
b = [62.1,63.4,61.8,64.0,62.7,63.1]; a = [63.0,64.1,62.5,64.2,63.6,63.9]
R['r12'] = stats.ttest_rel(a, b).pvalue
R['r13'] = stats.binomtest(3, 50, 0.02, alternative='greater').pvalue
R['r14'] = stats.chi2_contingency([[20,30,25],[30,20,25]])[1]
r = stats.linregress([1,2,3,4,5,6],[2.1,3.9,6.2,7.8,10.1,12.2]); R['r15'] = r.slope
r = stats.linregress([0,5,10,20,40],[0.002,0.105,0.198,0.410,0.795]); R['r16'] = r.rvalue**2
R['r17'] = stats.f_oneway([10.2,10.5,10.1,10.4],[10.8,10.9,10.6,11.0],[10.3,10.2,10.6,10.5]).pvalue
R['r18'] = stats.f_oneway([5,7,6,8],[9,8,10,11],[6,5,7,6]).statistic
R['r19'] = 8+6+6
R['r20'] = 12
# d2 for n=5 by integration
from scipy import integrate
def d2(n):
    f = lambda w: 1 - (stats.norm.cdf(w)**n) - ((1-stats.norm.cdf(w))**n)
    return integrate.quad(f, -np.inf, np.inf)[0]
A2 = 3/(d2(5)*np.sqrt(5)); R['r21'] = 25.00 + A2*0.30
pbar = 84/2000; R['r22'] = pbar + 3*np.sqrt(pbar*(1-pbar)/100)
c = [4,7,3,6,5,8,2,5,6,4]; cb = np.mean(c); R['r23'] = cb + 3*np.sqrt(cb)
R['r24'] = 0.030/(6*0.004)
R['r25'] = min(78-74.2, 74.2-70)/(3*1.1)
R['r26'] = 'refuse'
R['r27'] = int(np.ceil((stats.norm.ppf(0.975)*2/0.5)**2))
n = TTestIndPower().solve_power(effect_size=5/8, alpha=0.05, power=0.8, alternative='two-sided')
R['r28'] = int(np.ceil(n)); R['r28_raw'] = n
R['r28_normal'] = int(np.ceil(2*((stats.norm.ppf(0.975)+stats.norm.ppf(0.8))*8/5)**2))
R['r29'] = (350-32)*5/9
R['r30'] = 2.5e5/6894.757293168361
for k, v in R.items(): print(k, repr(v), (float(v) if isinstance(v,(sp.Basic,float,np.floating)) and getattr(v,'is_number',True) else ''))
