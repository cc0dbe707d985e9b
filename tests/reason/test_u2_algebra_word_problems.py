"""Branch u2: algebra word problems. A stated polynomial equation before a dash ("... = 0 — what are the roots?"), a
formula proportional to its starting value cut to a share of it ("I = I0·e^(−μx) ... to 5% of its unattenuated
value"), an activation energy from an Arrhenius ratio, compounded percentage growth to a target, a two-component
blend "blended from a 40% ABV neutral and a 65% ABV cut", a linear system stated in words (counts of things and their
totals), and a formula's value reached after a time ("it's down to 250 N after 3 months"). References by math, sympy
and scipy, independently of havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy.optimize import brentq

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import as_set, confident, declined, roots_of


def single_value(question: str) -> float:
    """The one value a confidently answered question gives (one solution, or the unknown asked of a system)."""
    result = confident(question, "algebra").to_dict()["result"]
    if isinstance(result, list):
        assert len(result) == 1, result
        result = result[0]
    return float(to_sympy(str(result)).evalf(30))


s = sp.Symbol("s")
CUBIC = as_set(sp.solve(s**3 + 6 * s**2 + 11 * s + 6, s))


@pytest.mark.parametrize(
    "question",
    [
        "characteristic eqn of our level loop came out as s³ + 6s² + 11s + 6 = 0 — what are the roots?",
        "our loop's char. eqn came out as s^3 + 6s^2 + 11s + 6 = 0 - roots?",
        "characteristic polynomial came out as s³ + 6s² + 11s + 6 — what are its roots?",
        "the closed-loop characteristic equation is s³+6s²+11s+6=0 — find the roots",
    ],
)
def test_equation_before_a_dash(question: str) -> None:
    assert roots_of(confident(question, "algebra").to_dict()["result"]) == CUBIC


def _shield(mu: float, share: float) -> float:
    """The thickness at which e^(-mu x) falls to ``share``, found by scipy's root finder."""
    return brentq(lambda x: math.exp(-mu * x) - share, 0, 1e4)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("What thickness of lead (mm) cuts a narrow-beam intensity to 5% of its unattenuated value if μ = 0.2 per "
         "mm? Assume I = I0·e^(−μx), no buildup.", _shield(0.2, 0.05)),
        ("How thick must a lead shield be (mm) to cut intensity to 5% of I0, with I = I0*exp(-mu*x) and mu = 0.2 "
         "per mm?", _shield(0.2, 0.05)),
        ("Beer-Lambert: I = I0 e^(-k x) with k = 0.35 per cm. At what depth x is the intensity down to 10% of its "
         "incident value?", _shield(0.35, 0.10)),
        ("Drug level follows C = C0*e^(-k*t) with k = 0.1 per hour. when is it at 25% of its initial value?",
         _shield(0.1, 0.25)),
    ],
)  # fmt: skip
def test_share_of_starting_value(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-9)


def test_share_of_starting_value_needs_every_other_value() -> None:
    assert "needs a value" in declined("I = I0*e^(-mu*x); what x cuts it to 5% of I0?")


def _activation(ratio: float, t1: float, t2: float, r: float = 8.314) -> float:
    """Ea from k2/k1 = exp((Ea/R)(1/T1 - 1/T2)), found by scipy's root finder."""
    return brentq(lambda ea: math.exp(ea / r * (1 / t1 - 1 / t2)) - ratio, 1.0, 1e7)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Rule-of-thumb check: the rate constant for our exotherm exactly doubles going from 300 K to 310 K. Using "
         "Arrhenius with R = 8.314 J/(mol·K), solve for the activation energy in J/mol.", _activation(2, 300, 310)),
        ("Arrhenius: k triples between 350 K and 370 K. With R = 8.314 J/mol/K, what is the activation energy?",
         _activation(3, 350, 370)),
        ("the reaction rate increases by a factor of 3 from 350 K to 370 K (Arrhenius, R = 8.314 J/(mol K)). Find "
         "the activation energy in J/mol.", _activation(3, 350, 370)),
    ],
)  # fmt: skip
def test_arrhenius_activation_energy(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "the rate constant doubles from 300 K to 310 K. Using Arrhenius, solve for the activation energy in J/mol.",
        "the rate constant doubles from 27 °C to 37 °C. Using Arrhenius with R = 8.314, solve for the activation "
        "energy.",
        "Arrhenius: the rate constant doubles going from 310 K to 300 K, R = 8.314. Solve for the activation energy.",
    ],
)
def test_arrhenius_declines_without_r_kelvin_or_a_rising_rate(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("backhaul traffic is 12,000 GB/day and growing 8% per year compounded. after how many years (non-integer "
         "ok) does it hit 20,000 GB/day?", math.log(20000 / 12000) / math.log(1.08)),
        ("a population of 12000 grows 8% per year. after how many years does it reach 20000?",
         math.log(20000 / 12000) / math.log(1.08)),
        ("sales of 12,000 units grow at 8% a year, compounded annually; how many years until they reach 20,000 "
         "units?", math.log(20000 / 12000) / math.log(1.08)),
        ("a reservoir of 20,000 m3 loses 8% per year; after how many years is it down to 12,000 m3?",
         math.log(12000 / 20000) / math.log(0.92)),
    ],
)  # fmt: skip
def test_compounded_growth(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "12,000 GB/day growing 8% per year compounded monthly: how many years until 20,000 GB/day?",
        "12,000 GB/day growing 8% per year: how many months until 20,000 GB/day?",
    ],
)
def test_compounded_growth_declines_other_intervals(question: str) -> None:
    declined(question)


def _blend(total: float, target: float, asked: float, other: float) -> float:
    """The amount of ``asked`` in a two-component blend, by sympy."""
    a = sp.Symbol("a")
    (amount,) = sp.solve(sp.Eq(asked * a + other * (total - a), target * total), a)
    return float(amount)


@pytest.mark.parametrize(
    "question",
    [
        "Hi team — for the gin batch I need 200 L at 55% ABV, blended from a 40% ABV neutral and a 65% ABV cut. How "
        "many litres of the 65% stock go in? (ABV by volume, ignore contraction)",
        "I need 200 L at 55% ABV, blended from a 40% ABV spirit and a 65% ABV spirit. How many L of the 65% go in?",
        "we want 200 litres at 55% ABV by mixing a 40% ABV base with a 65% ABV spirit; how many litres of the 65% "
        "spirit?",
    ],
)
def test_blend_from_two_strengths(question: str) -> None:
    assert single_value(question) == pytest.approx(_blend(200, 55, 65, 40), rel=1e-12)


def test_dilution_units_written_out_agree() -> None:
    question = "I need 2 L of 0.5% w/v solution from a 10% w/v stock. how many litres of stock?"
    assert single_value(question) == pytest.approx(0.5 * 2 / 10, rel=1e-12)
    declined("I need 2 L of 0.5% w/v solution from a 10% w/v stock. how many mL of stock?")


def _pair(rows: list[list[int]], rhs: list[int], index: int) -> float:
    """One unknown of a 2x2 system, by sympy's linsolve."""
    u, v = sp.symbols("u v")
    (solution,) = sp.linsolve([rows[0][0] * u + rows[0][1] * v - rhs[0], rows[1][0] * u + rows[1][1] * v - rhs[1]],
                              [u, v])  # fmt: skip
    return float(solution[index])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Three buses plus two trams move 540 passengers per trip in total; one bus plus four trams move 580. "
         "Assuming every bus carries the same load and every tram the same load, how many passengers per tram?",
         _pair([[3, 2], [1, 4]], [540, 580], 1)),
        ("3 pens and 2 notebooks cost $12; 1 pen and 4 notebooks cost $14. how much is one notebook?",
         _pair([[3, 2], [1, 4]], [12, 14], 1)),
        ("A bus and 3 trams carry 460 people, and 2 buses with 1 tram carry 320. how many people does each bus "
         "carry?", _pair([[1, 3], [2, 1]], [460, 320], 0)),
        ("two vans and three trucks haul 31 tonnes; four vans and one truck haul 27 tonnes. what does a truck haul?",
         _pair([[2, 3], [4, 1]], [31, 27], 1)),
    ],
)  # fmt: skip
def test_linear_system_in_words(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-12)


def test_linear_system_in_words_without_one_solution() -> None:
    assert "no unique solution" in declined(
        "2 vans and 3 trucks haul 31 tonnes; 4 vans and 6 trucks haul 62 tonnes. what does a truck haul?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("preload on a bolted joint relaxes as P = 500·e^(−k·t) N with t in months; it's down to 250 N after 3 "
         "months. solve for k exactly.", math.log(2) / 3),
        ("P = 500 e^(-k t) with t in months. P has dropped to 250 after 3 months; solve for k.", math.log(2) / 3),
        ("Concentration follows C = 80*e^(-k*t), t in hours. It is down to 20 after 6 hours. Solve for k.",
         math.log(4) / 6),
        ("P = 500·e^(−k·t) N, t in months; after 3 months P is 250 N. solve for k", math.log(2) / 3),
        ("P = 500*e^(-k*t), t in months, and P falls to 250 after 3 months. what is k?", math.log(2) / 3),
    ],
)  # fmt: skip
def test_value_reached_after_a_time(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-12)


def test_value_reached_after_a_time_in_another_unit() -> None:
    assert "t's unit" in declined("C = 80*e^(-k*t), t in hours; it's down to 20 after 90 min. solve for k")
