import math, numpy as np, sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestIndPower, NormalIndPower
from statsmodels.stats.proportion import proportion_effectsize
import statsmodels.api as sm

R = {}
# r01 paired t
before=[24.1,23.8,24.5,24.0,23.6,24.3,24.2,23.9]; after=[24.4,24.0,24.6,24.3,23.9,24.4,24.6,24.1]
R['r01']=stats.ttest_rel(before,after).pvalue
# r02 pooled t
A=[5.02,5.05,4.98,5.01,5.04,5.00]; B=[5.07,5.03,5.08,5.06,5.04]
R['r02']=stats.ttest_ind(A,B,equal_var=True).pvalue
R['r02_welch']=stats.ttest_ind(A,B,equal_var=False).pvalue
# r03 exact binomial one-sided
R['r03']=stats.binomtest(4,60,0.02,alternative='greater').pvalue
# r04 chi-square independence 2x3
R['r04']=stats.chi2_contingency([[20,15,5],[30,10,12]],correction=False)[1]
# r05 sample size two-sample t
n=TTestIndPower().solve_power(effect_size=0.5/0.8,alpha=0.05,power=0.9,alternative='two-sided')
R['r05']=math.ceil(n); R['r05_raw']=n
# r06 margin mean known sigma
z=stats.norm.ppf(0.975)
R['r06']=math.ceil((z*6/2)**2); R['r06_raw']=(z*6/2)**2
# r07 proportion margin
R['r07']=math.ceil(z**2*0.2*0.8/0.03**2); R['r07_raw']=z**2*0.2*0.8/0.03**2
# r08 two proportions Cohen's h
h=proportion_effectsize(0.08,0.05)
n=NormalIndPower().solve_power(effect_size=h,alpha=0.05,power=0.8,alternative='two-sided')
R['r08']=math.ceil(n); R['r08_raw']=n
# r10 slope
T=[20,30,40,50,60,70]; V=[48.2,41.5,36.1,30.8,26.0,21.7]
R['r10']=stats.linregress(T,V).slope
# r11 r squared
x=[1,2,3,4,5,6,7,8]; y=[62.1,65.3,66.8,70.2,71.0,74.9,75.6,79.3]
R['r11']=stats.linregress(x,y).rvalue**2
# r12 slope from pairs
x=[1,2,3,4,5]; y=[2.1,3.9,6.2,7.8,10.1]
R['r12']=stats.linregress(x,y).slope
# r13 one-way anova
mA=[250.2,249.8,250.5,250.1,249.9]; mB=[250.8,251.1,250.6,250.9,251.3]; mC=[249.7,250.0,249.5,249.9,250.2]
R['r13']=stats.f_oneway(mA,mB,mC).pvalue
# r14 anova from summary
ns=[6]*4; means=[10.2,10.8,9.9,10.5]; sds=[0.6,0.5,0.7,0.4]
gm=sum(n*m for n,m in zip(ns,means))/sum(ns)
ssb=sum(n*(m-gm)**2 for n,m in zip(ns,means)); ssw=sum((n-1)*s**2 for n,s in zip(ns,sds))
F=(ssb/3)/(ssw/(sum(ns)-4)); R['r14']=F; R['r14_p']=stats.f.sf(F,3,20)
# r15 catalysts
c1=[78.2,80.1,79.5,77.8]; c2=[82.4,81.9,83.1,82.0]; c3=[79.9,80.6,78.8,80.2]; c4=[81.0,80.4,82.2,81.5]
R['r15']=stats.f_oneway(c1,c2,c3,c4).pvalue
# probability
R['r16']=stats.binom.cdf(2,25,0.03)
R['r17']=stats.poisson.sf(6,8)
R['r18']=stats.norm.cdf(1.5)-stats.norm.cdf(-1.5)
R['r19']=math.exp(-800/500)
# calculus
X=sp.symbols('x')
R['r20']=sp.integrate(X**2*sp.exp(-2*X),(X,0,sp.oo))
R['r21']=sp.limit((1-sp.cos(X))/X**2,X,0)
# algebra
R['r22']=sp.solve(X**3-6*X**2+11*X-6,X)
R['r23']=sp.solve(2*X**2+3*X-1,X)
# linear algebra
R['r24']=sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r25']=sp.Matrix([[4,1],[2,3]]).eigenvals()
# design: Box-Behnken 4 factors: 2*k*(k-1) = 24 edge points + 3 centre
R['r26']=2*4*3+3
# control chart p chart UCL
R['r27']=0.04+3*math.sqrt(0.04*0.96/200)
# capability
R['r28']=0.6/(6*0.08)
R['r29']=(50-38)/(3*3.5)
# unit
psi_pa = 0.45359237*9.80665/(0.0254**2)
R['r30']=75*psi_pa/1000
for k,v in R.items(): print(k, repr(v))
