"""Calculus prose: a unit written with the Greek mu after a formula ("... )) μm"), an unnamed formula a quantity
"falls off like" whose total over a window is asked. References from sympy, independently."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

t = sp.Symbol("t")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "wet film build on the bell cup test panel follows T(t) = 40(1 − e^(−t/12)) μm, t in seconds. give me "
            "dT/dt as a function of t",
            sp.diff(40 * (1 - sp.exp(-t / 12)), t),
        ),
        (
            "coating thickness follows h(t) = 25(1 - e^(-t/8)) μm with t in minutes. what is dh/dt?",
            sp.diff(25 * (1 - sp.exp(-t / 8)), t),
        ),
        (
            "The deposited layer grows as T(t) = 40(1 − e^(−t/12)) μm (t in s). Find T'(t).",
            sp.diff(40 * (1 - sp.exp(-t / 12)), t),
        ),
    ],
)
def test_greek_mu_unit_after_formula(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    got = to_sympy(str(out.result))
    for point in (0.5, 3.0, 17.0):
        value = got.subs({s: point for s in got.free_symbols})
        assert float(value) == pytest.approx(float(want.subs(t, point)), rel=1e-12), out.result


_DOSE = float(sp.integrate(40 * sp.exp(-t / 10), (t, 0, 10)))


@pytest.mark.parametrize(
    "question",
    [
        "dose rate in the pump room falls off like 40*e^(-0.1t) mrem/h after shutdown (t in hours). total dose for "
        "someone standing there from t=0 to t=10 h?",
        "The dose rate falls off as 40 e^(-0.1t) mrem/h after shutdown, t in hours. What total dose does a worker get "
        "from t = 0 to t = 10?",
        "after shutdown the dose rate dies away like 40*exp(-0.1*t) mrem/h (t in h). cumulative dose between t=0 and "
        "t=10 h?",
    ],
)
def test_unnamed_rate_total_over_window(question: str) -> None:
    out = confident(question, "calculus")
    assert float(to_sympy(str(out.result))) == pytest.approx(_DOSE, rel=1e-9)


def test_unnamed_rate_point_value_not_confident() -> None:
    declined(
        "dose rate in the pump room falls off like 40*e^(-0.1t) mrem/h after shutdown (t in hours). what is the dose "
        "rate at t=10?"
    )
