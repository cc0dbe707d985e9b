"""u1: LaTeX math read as plain notation (fractions, powers in braces, \\to, \\rho, \\sqrt, \\cdot, \\left( \\right),
spacing), a formula's named parameters replaced by the values the question states, an integral written by its sign
with both bounds and its differential counted as calculus whatever distribution the prose names, and a viscosity
unit (cP, mPa·s, Pa·s) after a formula. References are computed here with sympy and math."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import latex
from tests.reason.answers import confident, declined, same_expr

x, t, v = sp.symbols("x t v")


def right_value(question: str, want: float, mode: str) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9, its result (an engine's expression) equal to ``want``."""
    out = confident(question, mode)
    assert same_expr(str(out.result), sp.nsimplify(want)) or math.isclose(
        float(sp.N(to_sympy(str(out.result)))), want, rel_tol=1e-9
    )


@pytest.mark.parametrize(
    "question",
    [
        r"evaluate \lim_{x \to 0} \frac{e^{2x} - 1 - 2x}{x^{2}}",
        r"find \lim_{x\to 0}\frac{e^{2x}-1-2x}{x^2}",
        r"what is \lim_{x \rightarrow 0} \left( \frac{e^{2x} - 1 - 2x}{x^{2}} \right)",
    ],
)
def test_latex_limit(question: str) -> None:
    want = sp.limit((sp.exp(2 * x) - 1 - 2 * x) / x**2, x, 0)
    right_value(question, float(want), "calculus")


def test_latex_root_and_fraction_limit() -> None:
    want = sp.limit((sp.sqrt(x + 4) - 2) / x, x, 0)
    right_value(r"\lim_{x \to 0} \frac{\sqrt{x + 4} - 2}{x}", float(want), "calculus")


def test_latex_reader_keeps_plain_text() -> None:
    assert latex("no latex {a} here") == "no latex {a} here"
    assert latex(r"\frac{1}{2} \rho A v^{3}") == "(1)/(2) rho A v^3"
    assert latex(r"x^{n-1}") == "x^(n-1)"
    assert latex(r"\sqrt[3]{x} \cdot 2") == "(x)^(1/(3)) * 2"


@pytest.mark.parametrize(
    "question",
    [
        r"wind turbine below rated: P(v) = \frac{1}{2} \rho A C_p v^{3} with \rho = 1.225 kg/m^3, A = 5000 m^2, "
        r"C_p = 0.4. what is dP/dv at v = 8 m/s (in W per m/s)?",
        "turbine power P(v) = ½ρ A C_p v³, where ρ = 1.225 kg/m³, A = 5000 m², C_p = 0.4. Find dP/dv at v = 8 m/s.",
        "P(v) = 0.5 rho A C_p v^3 with rho = 1.225, A = 5000 and C_p = 0.4. what is dP/dv at v = 8?",
    ],
)
def test_stated_parameters_substituted(question: str) -> None:
    power = sp.Rational(1, 2) * sp.Rational(1225, 1000) * 5000 * sp.Rational(4, 10) * v**3
    want = sp.diff(power, v).subs(v, 8)
    right_value(question, float(want), "calculus")
    assert math.isclose(float(want), 235200)


@pytest.mark.parametrize(
    "question",
    [
        "Reliability analyst here. Gearbox bearing survival is Weibull with shape 2 and scale 1000 h, so R(t) = "
        "exp(−(t/1000)²). Using MTTF = ∫₀^∞ R(t) dt, what's the mean time to failure in hours? Give it in closed form.",
        "Weibull survival with beta = 2, eta = 1000 h, R(t) = e^(-(t/1000)^2). Compute ∫_0^inf R(t) dt, the mean "
        "life, exactly.",
    ],
)
def test_signed_integral_is_calculus(question: str) -> None:
    out = confident(question, "calculus")
    want = sp.integrate(sp.exp(-((t / 1000) ** 2)), (t, 0, sp.oo))
    assert same_expr(str(out.result), want)
    assert math.isclose(float(want), 500 * math.sqrt(math.pi))


@pytest.mark.parametrize(
    "question",
    [
        "thixotropic lotion, viscosity after shear η(t) = 8000·e^(−t/40) + 2000 cP, t in s. give me dη/dt as a "
        "function of t",
        "shampoo viscosity eta(t) = 8000 e^(-t/40) + 2000 mPa·s (t in seconds). what is deta/dt?",
        "the gel's viscosity is η(t) = 8000e^(-t/40) + 2000 centipoise; find dη/dt",
    ],
)
def test_viscosity_unit_after_formula(question: str) -> None:
    out = confident(question, "calculus")
    got = to_sympy(str(out.result))
    want = sp.diff(8000 * sp.exp(-t / 40) + 2000, t)
    (var,) = got.free_symbols
    for at in (0, 13, 40, 100):
        assert math.isclose(float(got.subs(var, at)), float(want.subs(t, at)), rel_tol=1e-12)


def test_viscosity_in_pascal_seconds_at_a_point() -> None:
    want = sp.diff(5 * sp.exp(-t / 20) + sp.Rational(3, 2), t).subs(t, 10)
    right_value("after shearing, the viscosity is mu(t) = 5*e^(-t/20) + 1.5 Pa·s. find dmu/dt at t = 10", float(want),
                "calculus")  # fmt: skip


def test_unknown_latex_command_declined() -> None:
    declined(r"evaluate \lim_{x \to 0} \foo{x}{x^2}")
