"""The critical point of the kind asked: a local minimum (f'' > 0) or a maximum (f'' < 0), the others dropped, and a
variable measured in a unit of time, length or speed read as >= 0."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined

_t, _v = sp.symbols("t v", real=True)
_A = _t**3 - 6 * _t**2 + 9 * _t + 2
_G = _v * (1 - (_v / 400) ** 2)


def _critical(f: sp.Expr, x: sp.Symbol, sign: int, nonnegative: bool = False) -> list[sp.Expr]:
    """The critical points of f where f'' has ``sign``, computed independently with sympy."""
    points = [p for p in sp.solve(sp.diff(f, x), x) if p.is_real and (not nonnegative or p >= 0)]
    return [p for p in points if sp.sign(sp.diff(f, x, 2).subs(x, p)) == sign]


@pytest.mark.parametrize(
    "question",
    [
        "Fitted trend for pump vibration amplitude vs time (t in weeks): A(t) = t^3 − 6t^2 + 9t + 2. At what t does A "
        "have its local minimum?",
        "A(t) = t^3 - 6t^2 + 9t + 2, t in weeks. At what t is the local minimum of A?",
        "Vibration amplitude A(t) = t^3 - 6t^2 + 9t + 2 (t in weeks). Which t gives the local minimum of A?",
    ],
)
def test_local_minimum_keeps_the_minimum(question: str) -> None:
    want = _critical(_A, _t, 1)
    assert len(want) == 1
    out = confident(question, "calculus").to_dict()
    assert [sp.sympify(r) for r in out["result"]] == want


def test_local_maximum_keeps_the_maximum() -> None:
    want = _critical(_A, _t, -1)
    out = confident("A(t) = t^3 - 6t^2 + 9t + 2 (t in weeks). At what t does A have its local maximum?").to_dict()
    assert [sp.sympify(r) for r in out["result"]] == want


@pytest.mark.parametrize(
    "question",
    [
        "Blister line good output vs speed: G(v) = v·(1 − (v/400)²), v in blisters/min. Which v maximizes G? exact "
        "value please",
        "G(v) = v(1 - (v/400)^2) with v in blisters/min. What v maximises G?",
        "Good output G(v) = v*(1 - (v/400)^2), v in parts/min: which v gives the maximum G?",
    ],
)
def test_maximum_of_a_measured_speed(question: str) -> None:
    want = _critical(_G, _v, -1, nonnegative=True)
    assert want == [400 * sp.sqrt(3) / 3]
    out = confident(question, "calculus").to_dict()
    assert [sp.simplify(sp.sympify(r) - w) for r, w in zip(out["result"], want, strict=True)] == [0]


def test_global_maximum_of_an_unbounded_cubic_is_not_confident() -> None:
    declined("f(x) = x^3 - 3x. which x maximises f?")  # a local maximum only: f grows without bound
