import numpy as np, sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestIndPower
import math
x,t = sp.symbols('x t')
R = {}
R['r01'] = sp.simplify(sp.integrate(x**2*sp.exp(x), x))
R['r02'] = sp.integrate(x**3*sp.exp(-2*x), (x, 0, sp.oo))
R['r03'] = sp.limit((1-sp.cos(x))/x**2, x, 0)
R['r04'] = sp.solve(x**3-6*x**2+11*x-6, x)
R['r05'] = sp.solve(3*sp.exp(t/2)-24, t)
R['r06'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r07'] = list(sp.Matrix([[4,1],[2,3]]).eigenvals())
R['r08'] = stats.poisson.sf(4, 3)
R['r09'] = stats.norm.cdf(58, 50, 4) - stats.norm.cdf(45, 50, 4)
R['r10'] = stats.binom.cdf(2, 20, 0.1)
b = [72.1,70.4,74.8,69.9,73.2,71.5]; a = [70.3,69.8,72.9,68.1,72.0,70.9]
R['r11'] = stats.ttest_rel(b, a).pvalue
R['r12'] = stats.binomtest(14, 400, 0.02, alternative='greater').pvalue
R['r13'] = stats.chi2_contingency([[12,18,20],[22,15,13]], correction=False)[1]
R['r14'] = stats.f_oneway([5.1,5.3,4.9,5.2],[5.6,5.8,5.5,5.9],[5.0,5.2,5.1,4.8]).pvalue
# r15 ANOVA from summary stats
n=6; m=np.array([42.1,45.3,44.0]); s=np.array([3.2,2.8,3.5]); k=3
gm = m.mean(); ssb = n*((m-gm)**2).sum(); ssw=((n-1)*s**2).sum()
R['r15'] = (ssb/(k-1))/(ssw/(k*n-k))
xt=[20,30,40,50,60]; yv=[52.1,47.3,43.0,38.2,34.4]
R['r16'] = stats.linregress(xt,yv).slope
xx=[1,2,3,4,5,6,7,8]; yy=[2.3,4.1,6.2,7.9,10.3,11.8,14.2,15.9]
R['r17'] = stats.linregress(xx,yy).rvalue**2
R['r18'] = 2**3+4
R['r19'] = 12+3
R['r20'] = 25.00 + 0.577*0.42
pbar=160/2000; R['r21'] = pbar+3*math.sqrt(pbar*(1-pbar)/100)
iv=[10.2,10.5,9.8,10.1,10.4,9.9,10.3]; mr=np.abs(np.diff(iv)).mean()
R['r22'] = np.mean(iv)+3*mr/1.128; R['r22_266']=np.mean(iv)+2.66*mr
R['r23'] = min(25.05-25.01, 25.01-24.95)/(3*0.012)
R['r24'] = (120-80)/(6*5)
R['r26'] = math.ceil(TTestIndPower().solve_power(effect_size=5/8, alpha=0.05, power=0.9)); R['r26raw']=TTestIndPower().solve_power(effect_size=5/8, alpha=0.05, power=0.9)
z=stats.norm.ppf(0.975)
R['r27'] = math.ceil((z*0.8/0.2)**2); R['r27raw']=(z*0.8/0.2)**2
R['r28'] = math.ceil(z**2*0.25/0.03**2); R['r28raw']=z**2*0.25/0.03**2
R['r29'] = 150*6.894757293168361
R['r30'] = (350-32)*5/9
for kk,v in R.items(): print(kk, repr(v))
