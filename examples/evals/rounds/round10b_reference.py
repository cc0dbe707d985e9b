import math, sympy as sp, numpy as np
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest
from statsmodels.stats.power import TTestIndPower
x, t = sp.symbols('x t')
R = {}
# calculus
R['r01'] = sp.integrate(x*sp.log(x), (x, 0, 1))
R['r02'] = sp.simplify(sp.diff(sp.sqrt(1+x**2)*sp.cos(2*x), x))
R['r03'] = sp.limit((1-sp.cos(x))/x**2, x, 0)
# algebra
R['r04'] = sp.solve(5*t**2-20*t-15, t)
R['r05'] = sp.cancel((x**2-9)/(x**2+x-6))
# linear algebra
R['r06'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r07'] = list(sp.Matrix([[4,1],[2,3]]).eigenvals().keys())
# probability
R['r08'] = stats.binom.cdf(1, 50, 0.02)
R['r09'] = stats.norm.sf(25.05, 25.00, 0.02)
R['r10'] = stats.poisson.pmf(5, 3*2)
# hypothesis tests
assay = [99.2, 98.7, 99.5, 100.1, 98.9, 99.4, 99.0, 99.6]
R['r11'] = stats.ttest_1samp(assay, 100).pvalue
old = [10.2, 10.5, 9.8, 10.1, 10.4, 10.0]; new = [10.4, 10.6, 10.0, 10.1, 10.7, 10.2]
R['r12'] = stats.ttest_rel(old, new).pvalue
R['r13'] = proportions_ztest([18, 31], [400, 420])[1]
# regression
load = [0, 2, 4, 6, 8, 10]; ext = [0.02, 0.41, 0.79, 1.22, 1.60, 2.01]
R['r14'] = stats.linregress(load, ext).slope
conc = [0, 5, 10, 20, 40]; ab = [0.003, 0.121, 0.245, 0.487, 0.962]
R['r15'] = stats.linregress(conc, ab).slope
# anova
day=[12.1,12.4,11.9,12.3]; swing=[12.6,12.8,12.5,12.9]; night=[12.0,11.8,12.2,11.9]
R['r16'] = stats.f_oneway(day, swing, night).pvalue
n=6; m=np.array([20.1,21.4,19.8]); s=np.array([1.2,1.5,1.1]); k=3
gm=m.mean(); ssb=n*((m-gm)**2).sum(); ssw=((n-1)*s**2).sum()
R['r17'] = (ssb/(k-1))/(ssw/(k*n-k))
# design
R['r18'] = 12 + 3          # Box-Behnken 3 factors + 3 centre points
R['r19'] = 2**4 + 2*4 + 6  # CCD 4 factors, 6 centre points
# control charts
R['r20'] = 50.2 + 0.577*1.8
pbar = 96/2000; R['r21'] = pbar + 3*math.sqrt(pbar*(1-pbar)/100)
ind=[9.8,10.1,10.3,9.9,10.0,10.4,9.7,10.2]; mr=np.abs(np.diff(ind)).mean()
R['r22'] = np.mean(ind) - 2.66*mr
# capability
R['r23'] = (12.05-11.95)/(6*0.012)
meas=[4.42,4.55,4.61,4.48,4.50,4.39,4.58,4.47,4.53,4.44]; mu=np.mean(meas); sd=np.std(meas, ddof=1)
R['r24'] = min(5.0-mu, mu-4.0)/(3*sd)
R['r25'] = 'refuse'
# sample size
R['r26'] = math.ceil(TTestIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05))
z=stats.norm.ppf(0.975)
R['r27'] = math.ceil((z*2/0.5)**2)
R['r28'] = math.ceil(z**2*0.25/0.03**2)
# units
R['r29'] = 150*6.894757293168361
R['r30'] = (75-32)*5/9
for k_, v in R.items():
    print(k_, repr(v), (float(v) if isinstance(v,(float,int,np.floating)) or (hasattr(v,'is_number') and v.is_number) else ''))
