import sympy as sp, numpy as np
from scipy import stats
x = sp.symbols('x')
R = {}
R['r01'] = sp.integrate(x**2*sp.exp(-x), (x, 0, sp.oo))
R['r02'] = sp.simplify(sp.diff(sp.log(x**2+1)/sp.sqrt(x), x))
R['r03'] = sp.limit((1-sp.cos(3*x))/x**2, x, 0)
R['r04'] = sp.series(sp.exp(x)*sp.cos(x), x, 0, 5).removeO()
R['r05'] = sp.solve(x**3-6*x**2+11*x-6, x)
R['r06'] = sp.solve(sp.Eq(2**(x+1), 3**x), x)
R['r07'] = sp.solve(2*x**2+3*x-4, x)
R['r08'] = sp.Matrix([[2,-1,0],[-1,2,-1],[0,-1,2]]).det()
R['r09'] = sp.Matrix([[4,7],[2,6]]).inv()
R['r10'] = sp.Matrix([[4,1],[2,3]]).eigenvals()
R['r11'] = 2**3*2
R['r12'] = 2**3 + 2*3 + 6
R['r13'] = 4*3*4//2*1 + 3  # C(4,2)*4 edge points + centers
# control charts
A2 = 0.577
R['r14'] = 50.2 + A2*1.8
pbar = 84/(20*200)
R['r15'] = pbar + 3*np.sqrt(pbar*(1-pbar)/200)
R['r16'] = 16 - 3*np.sqrt(16)
d = np.array([10.2, 9.8, 10.5, 10.1, 9.9, 10.4, 10.0, 10.3])
mr = np.abs(np.diff(d)).mean()
R['r17'] = d.mean() + 3*mr/1.128
R['r17_266'] = d.mean() + 2.66*mr
# capability
R['r18'] = (26-20)/(6*0.8)
c = np.array([9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97])
m, s = c.mean(), c.std(ddof=1)
R['r19'] = min(10.10-m, m-9.90)/(3*s)
R['r20'] = (0.50-0.38)/(3*0.03)
# units
R['r22'] = (350-32)*5/9
psi = 0.45359237*9.80665/0.0254**2
R['r23'] = 2.5e5/psi
R['r24'] = 45*1609.344/3600
# stats
R['r25'] = stats.binom.cdf(4, 20, 0.3)
R['r26'] = stats.norm.cdf(130, 100, 15) - stats.norm.cdf(85, 100, 15)
b = [142, 138, 150, 145, 139, 147]; a = [137, 135, 146, 144, 136, 140]
R['r27'] = stats.ttest_rel(b, a)
xs = [1,2,3,4,5,6]; ys = [2.1,3.9,6.2,7.8,10.1,12.2]
R['r28'] = stats.linregress(xs, ys)
g1=[23,25,21,24,22]; g2=[27,29,26,28,30]; g3=[22,24,23,25,21]
R['r29'] = stats.f_oneway(g1,g2,g3)
z = stats.norm.ppf(0.975)+stats.norm.ppf(0.8)
R['r30'] = (2*z**2*(10/5)**2, int(np.ceil(2*z**2*(10/5)**2)))
from statsmodels.stats.power import TTestIndPower
R['r30_t'] = TTestIndPower().solve_power(effect_size=0.5, alpha=0.05, power=0.8)
for k,v in R.items():
    print(k, repr(v), (sp.N(v, 15) if isinstance(v, sp.Basic) else ''))
