"""Algebra in more wordings: a polynomial in a Greek unknown ("λ³ − 2λ² − 5λ + 6 = 0") whose ask is its domain's
words alone ("can you give me all the real roots?"), an equation of logarithms in words followed by chatter ("the key
lists 1 solution but i get 2 from the quadratic?? which is it"), and the resistor to put in parallel with one in
place for a stated equivalent. References: sympy's real roots and solve; near misses are declined."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

_X = sp.Symbol("x")


def _roots(question: str) -> list[float]:
    result = confident(question, "algebra").to_dict()["result"]
    return sorted(float(to_sympy(r)) for r in (result if isinstance(result, list) else [result]))


def _real_roots(poly: sp.Expr) -> list[float]:
    return sorted(float(r) for r in sp.real_roots(sp.Poly(poly, _X)))


@pytest.mark.parametrize(
    ("question", "poly"),
    [
        ("Stability check of our dosing loop gave the characteristic equation\nλ³ + 2λ² − λ − 2 = 0\nCould you list all "
         "the real roots? (only the signs matter to me)", _X**3 + 2 * _X**2 - _X - 2),
        ("The damping analysis boiled down to μ² − 3μ − 10 = 0. What are the real solutions?", _X**2 - 3 * _X - 10),
        ("Characteristic polynomial s^3 - 7s + 6 = 0. Can you give me all the real roots?", _X**3 - 7 * _X + 6),
    ],
)  # fmt: skip
def test_greek_unknown_and_domain_worded_ask(question: str, poly: sp.Expr) -> None:
    assert _roots(question) == pytest.approx(_real_roots(poly))


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        ("Exercise 4.3: solve log base 10 of x + log base 10 of (x + 15) = 2. the book says one root but i get two "
         "from the quadratic?? which one is right", sp.log(_X, 10) + sp.log(_X + 15, 10) - 2),
        ("solve log base 2 of (x + 2) + log base 2 of x = 3. my teacher says only one valid solution, why do i get 2 "
         "from factoring? which is it", sp.log(_X + 2, 2) + sp.log(_X, 2) - 3),
    ],
)  # fmt: skip
def test_logarithms_in_words_with_chatter(question: str, equation: sp.Expr) -> None:
    want = [float(r) for r in sp.solve(equation, _X) if r.is_real and r > 0]
    assert _roots(question) == pytest.approx(sorted(want))


@pytest.mark.parametrize(
    ("question", "present", "equivalent"),
    [
        ("rework on R12: it's 560 Ω and the combo has to read exactly 390 Ω. what resistor do I put in parallel? "
         "exact fraction please", 560, 390),
        ("A 1000 ohm resistor is fitted; I want to bring it down to 680 ohm. Which resistor goes in parallel?", 1000,
         680),
        ("A 220 Ω resistor is on the board and the combination must be 150 Ω. What resistance should I add in "
         "parallel?", 220, 150),
    ],
)  # fmt: skip
def test_resistor_put_in_parallel(question: str, present: int, equivalent: int) -> None:
    r = sp.Symbol("r", positive=True)
    (want,) = sp.solve(sp.Eq(1 / r, sp.Rational(1, equivalent) - sp.Rational(1, present)), r)
    assert _roots(question) == pytest.approx([float(want)])


def test_parallel_cannot_raise_the_resistance() -> None:
    declined("A 220 Ω resistor is on the board and the combination must be 330 Ω. What resistance should I add in "
             "parallel?")  # fmt: skip


def test_greek_parameter_with_a_value_is_not_renamed() -> None:
    from plugins.symbolic.greek_names import greek_unknowns

    text = "lambda = 0.02 per hour; solve e^(-lambda t) = 0.5"
    assert greek_unknowns(text) == text
    assert greek_unknowns("lambda ^2 - 3lambda + 2 = 0") == "l^2 - 3l + 2 = 0"
