"""f47: a derivative asked before a "?" and a closing remark in words ("... wrt x? want the expression, i think it
comes out as sigmoid"), and an integral naming the function defined earlier ("P(t) = ... watts ... energy over the
first 6 h = ∫ P dt from 0 to 6"): the "6 h = ∫ P dt" is the integral asked, not a second definition."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.remarks import cut_trailing_remarks
from tests.reason.answers import confident

x, t = sp.symbols("x t")


def same_function(got: str, want: sp.Expr) -> bool:
    """Whether the engine's expression equals ``want`` at several points (its symbols may carry other assumptions)."""
    expr = to_sympy(got)
    names = {s.name: s for s in expr.free_symbols}
    for value in (0.3, 1.1, 2.7):
        mine = expr.subs({names[n]: value for n in names})
        theirs = want.subs({s: value for s in want.free_symbols})
        if abs(complex(sp.N(mine - theirs))) > 1e-9:
            return False
    return True


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("quick one, rusty on calc: derivative of softplus `f(x) = ln(1 + exp(x))` wrt x? want the expression, i think "
         "it comes out as sigmoid but want to confirm", sp.diff(sp.log(1 + sp.exp(x)), x)),
        ("derivative of f(x) = x^2 sin(x) with respect to x? just want the expression, pretty sure it's a product rule "
         "thing", sp.diff(x**2 * sp.sin(x), x)),
        ("d/dx of tanh(2x)? i believe it comes out as a sech squared, want to double check", sp.diff(sp.tanh(2 * x), x)),
    ],
)  # fmt: skip
def test_derivative_before_a_closing_remark(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert all(check["passed"] for check in out.checks), out.checks
    assert same_function(out.result, want)


def test_words_that_ask_again_after_the_question_mark_stay() -> None:
    text = "derivative of x^3? and what is it at the point 2"
    assert cut_trailing_remarks(text) == text.rstrip("?")
    assert cut_trailing_remarks("integral of x^2? want the exact form, pretty sure") == "integral of x^2"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("gpu power draw during a finetune job looks like `P(t) = 300 + 200*exp(-t/2)` watts, t in hours (spikes at "
         "start then settles). total energy over the first 6 h = ∫ P dt from 0 to 6, in watt-hours. exact form pls",
         sp.integrate(300 + 200 * sp.exp(-t / 2), (t, 0, 6))),
        ("Q(t) = 4 e^(-t/3) A with t in hours. charge delivered over the first 3 h = ∫ Q dt from 0 to 3, in "
         "amp-hours", sp.integrate(4 * sp.exp(-t / 3), (t, 0, 3))),
        ("inflow r(t) = 5 + 2t L/min. the total volume in the first 10 min = ∫ r dt from 0 to 10, in litres",
         sp.integrate(5 + 2 * t, (t, 0, 10))),
    ],
)  # fmt: skip
def test_integral_names_the_defined_function(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert all(check["passed"] for check in out.checks), out.checks
    assert same_function(out.result, want)


def test_a_derivative_of_a_constant_read_is_never_confident() -> None:
    """'f(x) = x^3? what is its derivative at x = 2' once read the point's 2 as the function (diff(2, x) = 0 at 0.97);
    a function read free of its variable fails a check, whatever the reading."""
    from havoc_cli.reason.pipeline import reason

    out = reason("f(x) = x^3? what is its derivative at x = 2")
    assert not out.answered or out.result == 12 or out.confidence < 0.5
