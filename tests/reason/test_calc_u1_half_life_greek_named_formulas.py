"""Task u1: a half-life symbol (T½, T_1/2, t_half) in an integrand read as the stated half-life in t's unit, "ln2" as
ln(2), Greek constants given a value ("μ = 0.5 cm⁻¹", ∫₀² μ e^(−μx) dx), and a derivative of a named formula ("the
Arrhenius rate k = A*exp(-Ea/(R*T))"). References are computed here with math and sympy."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def right_value(question: str, want: float, mode: str) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9, every check passed, its exact result equal to ``want``."""
    out = confident(question, mode)
    assert all(c["passed"] for c in out.checks), out.to_dict()["checks"]
    assert math.isclose(float(sp.N(to_sympy(str(out.result)))), want, rel_tol=1e-9), out.result


DOSE = 40 * (109.8 / 60) / math.log(2)


@pytest.mark.parametrize(
    "question",
    [
        "F-18 pt just injected, dose rate at 1 m is 40 μGy/h right now. Half-life 109.8 min. If I stand there forever "
        "(lol) what's the total integrated dose in μGy? i.e. integrate 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
        "dose rate 40 μGy/h, half-life 109.8 min. total dose = integral of 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
        "Half-life 109.8 min. integrate 40·exp(−ln2·t/T½) from 0 to ∞, t in hours",
    ],
)
def test_half_life_symbol_in_the_variables_unit(question: str) -> None:
    right_value(question, DOSE, "calculus")


def test_half_life_in_the_same_unit() -> None:
    right_value("half-life is 6 h. integrate 100*exp(-ln(2)*t/t_half) from 0 to inf", 600 / math.log(2), "calculus")


def test_half_life_symbol_without_a_half_life_declines() -> None:
    declined("integrate 40*exp(-ln2*t/T½) from 0 to inf, t in hours")


@pytest.mark.parametrize(
    "question",
    [
        "narrow beam, linear attenuation coeff μ = 0.5 cm⁻¹. fraction of photons that interact in the first 2 cm = "
        "∫₀² μ e^(−μx) dx. exact value?",
        "attenuation coefficient μ = 0.5 per cm; what fraction interacts within 2 cm, i.e. the integral of μ e^(−μx) "
        "from 0 to 2?",
        "a = 0.5. ∫_0^2 a e^(-a x) dx",
    ],
)
def test_greek_constant_with_a_value(question: str) -> None:
    x = sp.symbols("x")
    want = float(sp.integrate(sp.Rational(1, 2) * sp.exp(-x / 2), (x, 0, 2)))
    assert want == pytest.approx(1 - math.exp(-1))
    right_value(question, want, "calculus")


@pytest.mark.parametrize(
    "question",
    [
        "quick one — derivative of the Arrhenius rate k = A*exp(-Ea/(R*T)) with respect to T? symbolic please",
        "differentiate the rate constant k = A exp(-Ea/(R T)) wrt T",
        "derivative of the Arrhenius rate constant k(T) = A*exp(-Ea/(R*T)) with respect to T, symbolically",
        "d/dT of k = A*exp(-Ea/(R*T))",
    ],
)
def test_derivative_of_a_named_formula(question: str) -> None:
    a, ea, r, t = sp.symbols("A Ea R T")
    want = sp.diff(a * sp.exp(-ea / (r * t)), t)
    out = confident(question, "calculus")
    got = to_sympy(str(out.result))
    point = {"A": 2.0, "Ea": 3.0, "R": 1.5, "T": 0.7}
    by_name = {s: point[s.name] for s in got.free_symbols}
    assert {s.name for s in got.free_symbols} == set(point), out.result
    assert math.isclose(float(got.subs(by_name)), float(want.subs({a: 2.0, ea: 3.0, r: 1.5, t: 0.7})), rel_tol=1e-12)
