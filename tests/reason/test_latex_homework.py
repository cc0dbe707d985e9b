"""LaTeX pasted from homework (branch f41-latex): inline math delimiters, "\\cdot", powers and subscripts in braces,
"\\bar{\\bar{x}}", "C_{pk}", Greek commands, "\\sim", "\\le", integrals and "\\frac{d}{dx}" read as the plain notation
the planners take; references computed here with math, scipy and sympy."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate, stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import plain_text
from plugins.symbolic.evaluate_prose import power_values
from tests.reason.answers import declined, right_value, same_expr

x, t = sp.symbols("x t")


def _a2(n: int) -> float:
    """The printed control-chart factor A2 = 3/(d2 sqrt(n)), d2 (the mean range of n standard normals) by quadrature."""
    d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -math.inf, math.inf)[0]
    return round(3 / (d2 * math.sqrt(n)), 3)


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        (r"$\bar{\bar{x}}$ = 12.4, $\bar{R}$ = 0.8", "x-double-bar = 12.4, R-bar = 0.8"),
        (r"\overline{x} and \bar x", "x-bar and x-bar"),
        (r"What's C_p? and C_{pk}", "What's Cp? and Cpk"),
        (r"P = 0.5 rho A C_p v^3 with C_p = 0.4", "P = 0.5 rho A C_p v^3 with C_p = 0.4"),  # a power coefficient
        ("Q = m C_p dT; solve for C_p", "Q = m C_p dT; solve for C_p"),  # a heat capacity
        (r"$a \le b \geq c$", "a <= b >= c"),
        (r"N = N_{0} \cdot 10^{-t/D}", "N = N_0 * 10^(-t/D)"),
        (r"$X \sim \mathcal{N}(\mu, \sigma)$", "X ~ N( mu , sigma )"),
        (r"$\frac{d}{dx}\left(x^{2}\right)$", "d/dx (x^2)"),
        (r"\(\hat{\sigma}\) = 3", "sigma = 3"),
        ("It costs $5 and $10 each", "It costs $5 and $10 each"),  # prices, no math
    ],
)
def test_latex_reads_as_plain_notation(written: str, plain: str) -> None:
    assert plain_text(written) == plain


def test_power_of_ten_values() -> None:
    assert power_values("N0 = 10^6 CFU/g, c = 10^(-3)") == "N0 = 1e6 CFU/g, c = 1e-3"
    assert power_values("y = 10^6*x") == "y = 10^6*x"  # an expression, no value


_D = 12 / math.log10(1e6 / 1e2)  # N = N0 10^(-t/D): D = t / log10(N0/N)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (r"Thermal death kinetics: N = N_0 \cdot 10^{-t/D}. If N_0 = 10^6 CFU/g and after t = 12 min at 121 °C we "
         r"have N = 10^2 CFU/g, what is the D-value in minutes?", _D),
        (r"Survivors follow $N = N_0 \cdot 10^{-t/D}$. With $N_0 = 10^{6}$ CFU/g and $N = 10^{2}$ CFU/g after "
         r"$t = 12$ min, solve for D.", _D),
        (r"Given $N = N_{0}\times 10^{-t/D}$, $N_{0} = 10^5$, $N = 10$, $t = 8$ min: what is D?", 8 / math.log10(1e4)),
        ("N = N0·10^(−t/D); N0 = 10^6 CFU/g, t = 12 min, N = 10^2 CFU/g. What is the D-value?", _D),
    ],
)  # fmt: skip
def test_decimal_reduction_time(question: str, want: float) -> None:
    out = reason(question).to_dict()
    assert out["mode"] == "algebra" and out["confidence"] >= 0.9
    assert [float(v) for v in out["result"]] == pytest.approx([want])
    assert all(c["passed"] for c in out["checks"])


def test_decimal_reduction_missing_value_declines() -> None:
    declined(r"Thermal death kinetics: N = N_0 \cdot 10^{-t/D}. If N_0 = 10^6 CFU/g, what is the D-value in minutes?")


@pytest.mark.parametrize(
    ("question", "key", "want"),
    [
        (r"X-bar/R chart for net weight of snack bags (oz): 20 subgroups of n = 5, $\bar{\bar{x}}$ = 12.4, "
         r"$\bar{R}$ = 0.8. Upper control limit for the X-bar chart?", "ucl", 12.4 + _a2(5) * 0.8),
        (r"Control chart with subgroups of $n = 5$: $\bar{\bar{X}} = 12.4$ and $\bar{R} = 0.8$. What is the UCL of "
         r"the $\bar{X}$ chart?", "ucl", 12.4 + _a2(5) * 0.8),
        (r"For n = 4, $\overline{\overline{x}} = 50.2$, $\overline{R} = 2.1$. Find the LCL for $\bar{x}$.", "lcl",
         50.2 - _a2(4) * 2.1),
    ],
)  # fmt: skip
def test_xbar_limits(question: str, key: str, want: float) -> None:
    right_value(question, want, "control_chart", rel=1e-9, key=key)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (r"The pH of a pickled product must be between 6.2 and 6.8 (I know, weird spec, it's a made-up problem). Let "
         r"the process standard deviation be \sigma = 0.08. What's C_p?", 0.6 / (6 * 0.08)),
        (r"Spec limits are $LSL = 6.2$ and $USL = 6.8$ with $\sigma = 0.08$. Find $C_p$.", 0.6 / (6 * 0.08)),
        (r"Given $\mu = 6.6$, $\sigma = 0.08$, LSL = 6.2, USL = 6.8, compute $C_{pk}$.", 0.2 / (3 * 0.08)),
    ],
)  # fmt: skip
def test_capability(question: str, want: float) -> None:
    right_value(question, want, "capability", rel=1e-9, key="value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (r"Let $X \sim N(\mu = 500, \sigma = 4)$; find $P(X < 492)$", stats.norm.cdf(492, 500, 4)),
        (r"If $X \sim \mathcal{N}(500, 4^{2})$, what is $P(X \ge 505)$?", stats.norm.sf(505, 500, 4)),
        (r"Weights are normal with $\mu = 500$ g and $\sigma = 4$ g. Find $P(X \le 492)$.", stats.norm.cdf(492, 500, 4)),
    ],
)  # fmt: skip
def test_normal_probability(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-6)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (r"Compute $\int_0^{5} 50 e^{-0.2t}\,dt$", sp.integrate(50 * sp.exp(-t / 5), (t, 0, 5))),
        (r"Evaluate $\displaystyle\int_{1}^{e} \frac{\ln x}{x}\,dx$", sp.integrate(sp.log(x) / x, (x, 1, sp.E))),
        (r"Find $\int_0^2 \sqrt{x}\, dx$", sp.integrate(sp.sqrt(x), (x, 0, 2))),
        (r"$\frac{d}{dx}\left(x^{2}\ln x\right)$ at x = 1", sp.diff(x**2 * sp.log(x), x).subs(x, 1)),
        (r"Evaluate $\frac{d}{dt}\left[t^{3} e^{-t}\right]$ at $t = 2$", sp.diff(t**3 * sp.exp(-t), t).subs(t, 2)),
        (r"Find $\dfrac{dy}{dx}$ for $y = \sin(x)\cdot x^{2}$ at x = 0.5",
         sp.diff(sp.sin(x) * x**2, x).subs(x, sp.Rational(1, 2))),
    ],
)  # fmt: skip
def test_calculus(question: str, want: sp.Expr) -> None:
    out = reason(question).to_dict()
    assert out["mode"] == "calculus" and out["confidence"] >= 0.9
    assert same_expr(out["result"], want)
