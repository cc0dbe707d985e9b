import numpy as np, sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestIndPower
import statsmodels.api as sm
x = sp.symbols('x')
R = {}
R['r01'] = sp.integrate(x*sp.log(x), (x, 0, 1))
R['r02'] = sp.limit((1-sp.cos(x))/x**2, x, 0)
R['r03'] = sp.solve(x**3-6*x**2+11*x-6, x)
R['r04'] = sp.solve(2**(x+1)-24, x)
R['r05'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r06'] = list(sp.Matrix([[4,1],[2,3]]).eigenvals().keys())
R['r07'] = sp.Matrix([[1,2],[3,4]]).inv()
R['r08'] = float(stats.expon(scale=2000).sf(3000))
R['r09'] = float(stats.binom(20, 0.1).cdf(2))
R['r10'] = float(stats.norm(25.0, 0.02).cdf(24.96) + stats.norm(25.0, 0.02).sf(25.04))
R['r11'] = stats.ttest_rel([85,90,78,92,88],[82,87,79,88,84]).pvalue
R['r12'] = stats.chi2_contingency([[20,30],[25,25]], correction=False)[1]
R['r13'] = stats.binomtest(3, 50, 0.01, alternative='greater').pvalue
xs = np.array([1,2,3,4,5.]); ys = np.array([2.1,3.9,6.2,7.8,10.1])
R['r14'] = stats.linregress(xs, ys).slope
t = np.array([100,120,140,160,180.]); s = np.array([41,45,50,52,58.])
R['r15'] = sm.OLS(s, sm.add_constant(t)).fit().rsquared
R['r16'] = stats.f_oneway([18,21,20,19],[23,25,24,22],[20,19,22,21]).statistic
# r17 ANOVA from summary stats
n = np.array([6,6,6]); m = np.array([50.2,52.8,49.1]); sd = np.array([2.1,2.5,1.9])
gm = (n*m).sum()/n.sum(); ssb = (n*(m-gm)**2).sum(); ssw = ((n-1)*sd**2).sum()
F = (ssb/2)/(ssw/(n.sum()-3)); R['r17'] = stats.f.sf(F, 2, n.sum()-3)
R['r18'] = stats.f_oneway([4.2,4.8,5.1],[5.5,5.9,6.2],[4.9,5.0,5.6]).pvalue
R['r19'] = 2**4 + 3
R['r20'] = 12 + 3   # BBD k=3: 12 edge midpoints + 3 centre
A2 = 0.577
R['r21'] = 50.0 + A2*4.2
R['r22'] = 0.04 + 3*np.sqrt(0.04*0.96/200)
R['r23'] = 9 + 3*np.sqrt(9)
R['r24'] = (16-10)/(6*0.8)
R['r25'] = (77-74.3)/(3*0.9)
z = stats.norm.ppf(0.995); R['r27'] = int(np.ceil((z*0.9/0.2)**2))
R['r28'] = int(np.ceil(TTestIndPower().solve_power(effect_size=0.5, alpha=0.05, power=0.9, alternative='two-sided')))
R['r29'] = (350-32)*sp.Rational(5,9)
R['r30'] = 72*6.894757293168361
for k, v in R.items(): print(k, v, (float(v) if isinstance(v,(sp.Basic,float,int,np.floating)) and not isinstance(v,sp.MatrixBase) else ''))
