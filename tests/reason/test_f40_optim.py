"""Calculus optimisation prose: a vessel's best radius or side, a peak time beside bracketed rate constants, an ODE
in a Greek-named function; references by sympy and math, not havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import stated_values_groups
from plugins.symbolic.vessel_prose import vessel_parts
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

OPEN_CYLINDER = [
    "designing an open-top cylindrical grant/collection vessel, must hold exactly 10 m³. want least sheet steel "
    "(bottom + side wall, no lid). what radius r in metres minimizes the area?",
    "An open-top cylindrical tank must hold 10 m^3. What radius minimizes the sheet metal used for the bottom and side?",
    "A cylinder with no lid has to hold 10 m³. Which radius gives the least surface area?",
]


@pytest.mark.parametrize("question", OPEN_CYLINDER)
def test_open_cylinder_radius(question: str) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set([sp.cbrt(10 / sp.pi)])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A closed cylindrical can must hold 500 cm³. Find the radius in cm that minimises the surface area.",
         math.cbrt(500 / (2 * math.pi))),
        ("An open box with a square base must have volume 32 cubic feet. What side of the base minimizes the "
         "material?", math.cbrt(2 * 32)),
        ("An open-top cylinder is made from 12 m² of sheet steel. What radius gives the largest volume?",
         math.sqrt(12 / (3 * math.pi))),
    ],
)  # fmt: skip
def test_other_vessels(question: str, want: float) -> None:
    out = confident(question, "calculus")
    assert [float(to_sympy(r)) for r in out.result] == pytest.approx([want])


@pytest.mark.parametrize(
    "question",
    [
        "A cylinder holding 10 m³ with least surface area: what radius?",  # lid not said
        "A closed cylindrical tank must hold 10 m³. What radius in cm minimizes the surface area?",  # units differ
        "An open-top conical vessel must hold 10 m³; what radius minimizes the area?",  # a shape not read
        "An open-top cylinder must hold 10 m³ with the least sheet. What height minimizes the area?",  # height asked
    ],
)
def test_vessel_declines(question: str) -> None:
    declined(question)


def test_vessel_reader_needs_a_lid_word() -> None:
    with pytest.raises(ValueError, match="open at the top"):
        vessel_parts("A cylindrical tank must hold 10 m^3 with the least sheet metal. What radius?")


PEAK = [
    "Oral dose, one-compartment model, concentration C(t) = 10(e^(−0.1t) − e^(−0.5t)) with t in h (ka = 0.5/h, "
    "ke = 0.1/h). At what time t does the concentration peak? Exact form please.",
    "A one-compartment oral dose gives C(t) = 10(e^(−0.1t) − e^(−0.5t)) mg/L, t in hours (ka = 0.5 h⁻¹ and "
    "ke = 0.1 h⁻¹). When does C reach its maximum? Give the exact time.",
    "Plasma level C(t) = 10(e^(-0.1t) - e^(-0.5t)) (ke = 0.1/h, ka = 0.5/h). Find the time of peak concentration, "
    "exactly.",
    "C(t) = 10(e^(-0.1t) - e^(-0.5t)). What is the time to maximum concentration?",
]


@pytest.mark.parametrize("question", PEAK)
def test_peak_time(question: str) -> None:
    out = confident(question, "calculus")
    want = math.log(0.5 / 0.1) / (0.5 - 0.1)  # t_max = ln(ka/ke)/(ka - ke)
    assert [float(to_sympy(r)) for r in out.result] == pytest.approx([want])
    assert same_expr(out.result[0], 5 * sp.log(5) / 2)


def test_stated_values_groups() -> None:
    text = "C(t) = 10(e^(-0.1t) - e^(-0.5t)) (ka = 0.5/h, ke = 0.1/h)."
    assert [text[a:b] for a, b in stated_values_groups(text)] == ["(ka = 0.5/h, ke = 0.1/h)"]
    assert stated_values_groups("f(x) = (x + 1)(x - 2) (t in h)") == []


CURE = [
    "For a first-order cure kinetics model of the epoxy matrix, the degree of cure α obeys dα/dt = k(1 − α) with "
    "α(0) = 0 and a rate constant k = 0.05 min⁻¹. Determine the closed-form expression for α(t), with t in minutes.",
    "The degree of cure α of a resin follows dα/dt = k(1 − α), α(0) = 0, k = 0.05 min⁻¹. Find the explicit solution "
    "for α(t).",
    "Cure kinetics: dα/dt = k(1 - α), α(0) = 0 and k = 0.05 per minute. What is α(t)?",
    "The conversion θ satisfies dθ/dt = k(1 − θ), θ(0) = 0, k = 0.05 per minute. Find θ(t).",
]


@pytest.mark.parametrize("question", CURE)
def test_cure_ode(question: str) -> None:
    out = confident(question, "calculus")
    solution = to_sympy(out.result)
    (t,) = solution.free_symbols
    assert sp.simplify(solution - (1 - sp.exp(-t / 20))) == 0
    assert float(solution.subs(t, 30)) == pytest.approx(1 - math.exp(-0.05 * 30))
