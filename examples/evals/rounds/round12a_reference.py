import sympy as sp, numpy as np
from scipy import stats
import statsmodels.api as sm
from statsmodels.stats.power import TTestIndPower
R = {}
t, x = sp.symbols('t x')
# r01 derivative
R['r01'] = sp.diff(2*t**2*sp.exp(-t/5), t)
# r02 volume
R['r02'] = sp.integrate(6 + 2*sp.sin(sp.pi*t/12), (t, 0, 12))
# r03 limit
R['r03'] = sp.limit((1-sp.cos(x))/x**2, x, 0)
# r04, r05
R['r04'] = sp.solve(2*x**2 + 3*x - 20, x)
R['r05'] = sp.solve(x**3 - 6*x**2 + 11*x - 6, x)
# r06 det, r07 inverse
R['r06'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r07'] = sp.Matrix([[3,-1],[-1,2]]).inv()
# probability
R['r08'] = stats.poisson.cdf(2, 1.8)
R['r09'] = stats.binom.sf(2, 50, 0.04)
R['r10'] = float(sp.exp(sp.Rational(-500,1200)))
# hypothesis tests
day = [10.12,10.08,10.15,10.11,10.09,10.14]; night=[10.15,10.10,10.16,10.15,10.10,10.17]
R['r11'] = stats.ttest_rel(day, night).pvalue
R['r12'] = stats.binomtest(6, 120, 0.02, alternative='greater').pvalue
tab = np.array([[12,8,5],[15,6,9],[22,7,4]])
R['r13'] = stats.chi2_contingency(tab, correction=False)[1]
# regression
T=[150,160,170,180,190,200]; H=[62.1,64.0,66.3,67.9,70.2,71.8]
R['r14'] = stats.linregress(T,H).slope
X=[1,2,3,4,5,6,7,8]; Y=[3.1,5.9,9.2,11.8,15.1,18.2,20.9,24.1]
R['r15'] = stats.linregress(X,Y).rvalue**2
kpa=[0,50,100,150,200]; mv=[0.8,10.9,21.2,31.0,41.3]
R['r16'] = stats.linregress(kpa,mv).slope
# anova
A=[41.2,40.8,42.0,41.5,40.9]; B=[42.6,43.1,42.2,42.9,43.4]; C=[41.0,41.7,40.6,41.3,41.1]
R['r17'] = stats.f_oneway(A,B,C).pvalue
n=8; m=np.array([31.2,30.8,32.1,31.5]); s=np.array([0.9,1.1,0.8,1.0]); k=4
gm=m.mean(); ssb=n*((m-gm)**2).sum(); ssw=((n-1)*s**2).sum()
R['r18'] = (ssb/(k-1))/(ssw/(k*n-k))
# design
R['r19'] = 2**3*2 + 4
R["r20"] = 2*4*(4-1) + 3   # BBD k=4: 2k(k-1)=24 edge runs + 3 centre
# control charts
import math
d2_5 = 2.325929; A2 = 3/(d2_5*math.sqrt(5))
R['r21'] = 50.02 + A2*0.12
R['r21_table'] = 50.02 + 0.577*0.12
pbar = 150/5000
R['r22'] = pbar + 3*math.sqrt(pbar*(1-pbar)/200)
v=[512,508,515,510,507,513,511,509]
mr=np.abs(np.diff(v)).mean(); d2_2=2/math.sqrt(math.pi)
R['r23'] = np.mean(v) + 3*mr/d2_2
R['r23_table'] = np.mean(v) + 2.66*mr
# capability
R['r24'] = min(12.012-12.004, 12.004-11.988)/(3*0.003)
tq=[24.8,25.3,25.1,24.9,25.4,25.0,25.2,24.7,25.1,25.3]
mu=np.mean(tq); sd=np.std(tq, ddof=1)
R['r26'] = min(26-mu, mu-24)/(3*sd)
# sample size
R['r27'] = math.ceil(TTestIndPower().solve_power(effect_size=0.5, alpha=0.05, power=0.9, alternative='two-sided'))
R['r27_raw'] = TTestIndPower().solve_power(effect_size=0.5, alpha=0.05, power=0.9)
z=stats.norm.ppf(0.975)
R['r28'] = math.ceil((z*2.2/0.5)**2); R['r28_raw']=(z*2.2/0.5)**2
# units
R['r29'] = 350*6894.757293168/1e6
R['r30'] = 45*0.3048/60
for kk,vv in R.items():
    try: print(kk, vv, '=', sp.N(vv, 17) if not isinstance(vv,(list,sp.MatrixBase)) else '')
    except Exception: print(kk, vv)
