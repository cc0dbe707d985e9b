"""Calculus named in words: a rate "d/dt" of a quantity defined in words, the time an ODE's solution takes to reach a
level (its constants set by name, "kC" a product), a time average over "the first 16 minutes of the bake"."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, same_expr

t = to_sympy("t")  # the symbol the engine reads, assumptions and all


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Dissolution profile: % released = 100(1 − exp(−t/20)), t in minutes. Give the release rate d/dt as a "
         "function of t.", sp.diff(100 * (1 - sp.exp(-t / 20)), t)),
        ("Dissolution: % released = 100(1 − exp(−t/20)) with t in minutes. What is d/dt?",
         sp.diff(100 * (1 - sp.exp(-t / 20)), t)),
        ("fraction dissolved = 1 − exp(−0.05t), t in minutes; release rate d/dt as a function of t?",
         sp.diff(1 - sp.exp(-t / 20), t)),
    ],
)  # fmt: skip
def test_bare_leibniz_of_the_quantity_defined(question: str, want: sp.Expr) -> None:
    assert same_expr(confident(question, "calculus").result, want)


def test_bare_leibniz_at_a_point_before_a_full_stop() -> None:
    out = confident("Cumulative release Q = 100(1 − e^(−t/20)) %, t in min. Give the rate d/dt at t = 10.", "calculus")
    assert float(sp.N(to_sympy(out.result))) == pytest.approx(5 * math.exp(-0.5), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Stability study: assay follows dC/dt = −kC with k = 0.002 per day and C(0) = 100 % label claim. Exact time "
         "(days) until the assay drops to 90 %? leave it in closed form", math.log(100 / 90) / 0.002),
        ("Potency obeys dC/dt = -kC, k = 0.002 per day, C(0) = 100%. How many days until C reaches 90%?",
         math.log(100 / 90) / 0.002),
        ("Newton cooling: dT/dt = −0.1(T − 20) with T(0) = 90 (t in min). How long until T reaches 50?",
         math.log(70 / 30) / 0.1),
    ],
)  # fmt: skip
def test_time_for_an_ode_solution_to_reach_a_level(question: str, want: float) -> None:
    out = confident(question, "calculus")
    assert len(out.result) == 1
    assert float(sp.N(to_sympy(out.result[0]))) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "dC/dt = −kC with k = 0.002 per hour and C(0) = 100 %. Exact time (days) until C drops to 90 %?",
        "Stability: assay follows dC/dt = −kC with k = 0.002 per day and C(0) = 100 mg. Time until it drops to 90 %?",
    ],
)
def test_ode_level_in_other_units_is_declined(question: str) -> None:
    declined(question)


_OVEN = integrate.quad(lambda s: 180 + 40 * (1 - math.exp(-s / 8)), 0, 16)[0] / 16


@pytest.mark.parametrize(
    "question",
    [
        "Oven zone 3 heats up as T(t) = 180 + 40(1 − e^(−t/8)) °C, t in minutes after loading. What's the exact "
        "time-averaged temperature over the first 16 minutes of the bake?",
        "T(t) = 180 + 40(1 − e^(−t/8)) °C with t in minutes. Average temperature over the first 16 minutes?",
        "An oven follows T(t) = 180 + 40(1 − exp(−t/8)) degC (t in min). What is the mean temperature during the "
        "first 16 min after loading?",
    ],
)
def test_time_average_over_the_first_minutes_of_a_run(question: str) -> None:
    out = confident(question, "calculus")
    assert float(sp.N(to_sympy(out.result))) == pytest.approx(_OVEN, rel=1e-9)
