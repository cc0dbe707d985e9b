"""One unknown of a linear system asked by its letter in brackets after a question in words ("How many kg of PET
(y)?"): the answer is that unknown (round 44a), checked against sympy's linsolve."""

from __future__ import annotations

import sympy as sp

from tests.reason.answers import confident

x, y, z = sp.symbols("x y z")


def _solution(equations: list[sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    (values,) = sp.linsolve(equations, [x, y, z])
    return dict(zip([x, y, z], values, strict=True))


def test_the_bracketed_letter_is_the_unknown_answered() -> None:
    question = (
        "100 kg batch of fibre: x kg PP, y kg PET, z kg bico. Constraints: x + y + z = 100, cost 1.2x + 1.5y + 2.6z"
        " = 155 (dollars), and PP must be exactly twice the bico (x = 2z). How many kg of PET (y)?"
    )
    want = _solution(
        [x + y + z - 100, sp.Rational(6, 5) * x + sp.Rational(3, 2) * y + sp.Rational(13, 5) * z - 155, x - 2 * z]
    )
    assert sp.sympify(confident(question).result) == want[y]


def test_another_letter_in_brackets() -> None:
    want = _solution([x + y + z - 10, x - y - 1, z - 2 * x])
    assert sp.sympify(confident("x + y + z = 10, x - y = 1, z = 2x. How many apples (z)?").result) == want[z]
