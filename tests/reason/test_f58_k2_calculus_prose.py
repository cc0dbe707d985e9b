"""f58_k2: calculus asks wrapped in prose. A closing purpose ("... dx for a load calc", "... to t=4 h for the total
volume") and a dashed remark on the answer's form are no part of the integral; a rate "per hour of fill time" is a
unit; a value the asker guesses for a limit ("... is 1??", "my friend says its 2") is neither part of the body nor an
unused number; a mean value over "the concentration range c = 0 to 12" substitutes the parameters set beside the
formula; a bracket relating units ("(mA·ms = µC)") defines no function. References are sympy's integrate and limit."""

from __future__ import annotations

import pytest
import sympy as sp

from plugins.symbolic.remarks import cut_trailing_remarks
from plugins.symbolic.word_problems import definitions
from tests.reason.answers import confident, declined, same_expr

_X, _T, _C = sp.symbols("x t c", positive=True)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("need ∫ from 0 to 2 of x·e^x dx for a beam deflection calc. exact value",
         sp.integrate(_X * sp.exp(_X), (_X, 0, 2))),
        ("∫ from 1 to e of ln(x)/x dx for my report", sp.integrate(sp.log(_X) / _X, (_X, 1, sp.E))),
        ("drip rate d(t) = 6·e^(−t/3) mL per min of infusion. integrate it from t=0 to t=9 min for the dose given",
         sp.integrate(6 * sp.exp(-_T / 3), (_T, 0, 9))),
        ("feed rate f(t) = 5·e^(−0.2t) t/h per hour of mill time. integrate it from t=0 to t=5 h for the cumulative "
         "— exact form", sp.integrate(5 * sp.exp(-_T / 5), (_T, 0, 5))),
    ],
)  # fmt: skip
def test_a_closing_purpose_is_no_part_of_the_integral(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus").to_dict()
    assert same_expr(out["result"], want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("is it right that the limit as x -> 0 of (1 - cos(2x)) over x squared is 4?? my friend says its 2",
         sp.limit((1 - sp.cos(2 * _X)) / _X**2, _X, 0)),
        ("is the limit of sin(5x)/x as x -> 0 equal to 1? i got 1 but not sure", sp.limit(sp.sin(5 * _X) / _X, _X, 0)),
        ("limit as x -> 0 of (e^(3x) - 1)/x is 3?", sp.Integer(3)),
    ],
)  # fmt: skip
def test_a_guessed_limit_value_is_no_part_of_the_limit(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"])
    assert same_expr(out["result"], want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("uptake r = Rm·c/(K + c) with Rm = 90 and K = 3. whats the mean value of r over the dose range c = 0 to 6 "
         "(average of the function over that interval)? exact w/ logs fine",
         sp.integrate(90 * _C / (3 + _C), (_C, 0, 6)) / 6),
        ("f(x) = a·x^2 with a = 3. average value of f on [0, 2]?", sp.Integer(4)),
    ],
)  # fmt: skip
def test_a_mean_value_uses_the_parameters_set_beside_it(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus").to_dict()
    assert same_expr(out["result"], want)


def test_a_bracket_relating_units_defines_no_function() -> None:
    question = ("discharge current i(t) = 2·e^(−t/4) mA, t in ms. total charge delivered between t=0 and t=8 ms, in "
                "µC (mA·ms = µC)")  # fmt: skip
    assert [d.name for d in definitions(question)] == ["i"]
    out = confident(question, "calculus").to_dict()
    assert same_expr(out["result"], sp.integrate(2 * sp.exp(-_T / 4), (_T, 0, 8)))


def test_near_misses_keep_their_reading() -> None:
    assert same_expr(confident("integrate x^2 for x from 0 to 3", "calculus").result, sp.Integer(9))
    kept = "∫ from 0 to 1 of x^2 dx for the first case"
    assert cut_trailing_remarks(kept) == kept  # words naming part of the question stay
    declined("integrate x^2 from 0 to 3 for the function f")
