"""Branch w2: one unknown asked of a linear system is answered by its value ("What is a?", "find F3", "solve for
F2"), unknowns defined in words are no equations, equations written one a line carry remarks in brackets, and a
blend's components may carry their values in brackets. References by sympy, independently of havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined

a, b, y = sp.symbols("a b y")
x = sp.Symbol("x")
F1, F2, F3 = sp.symbols("F1 F2 F3")
FEEDS = [
    F1 + F2 + F3 - 100,
    sp.Rational(1, 10) * F1 + sp.Rational(3, 10) * F2 + sp.Rational(6, 10) * F3 - 35,
    F1 - 2 * F2,
]


def value_of(equations: list, unknowns: list, asked: sp.Symbol) -> sp.Expr:
    """The asked unknown's value in the one solution of the equations (sympy linsolve)."""
    (solution,) = sp.linsolve(equations, unknowns)
    return solution[unknowns.index(asked)]


PAIR = [3 * a + 2 * b - 16, a - b - 2]
PRESSES = [3 * a + 2 * b - 41, a - b - 2]

ONE_UNKNOWN = [
    ("Blend of two polymer grades: 3a + 2b = 16 and a − b = 2, where a and b are parts by weight. What is a?",
     value_of(PAIR, [a, b], a)),
    ("3a + 2b = 16, a - b = 2. find a", value_of(PAIR, [a, b], a)),
    ("If 3a + 2b = 16 and a − b = 2 (a, b in parts by weight), what's b?", value_of(PAIR, [a, b], b)),
    ("Solve for x: 2x + y = 7 and x - y = -1", value_of([2 * x + y - 7, x - y + 1], [x, y], x)),
    ("Two transfer presses, a = strokes/min on press A, b = strokes/min on press B. From the shift log we've got "
     "3a + 2b = 41 and a − b = 2. What is a?", value_of(PRESSES, [a, b], a)),
    ("Let x = number of bolts per box and y = number of nuts per box. 2x + 3y = 50 and x - y = 5. What is y?",
     value_of([2 * x + 3 * y - 50, x - y - 5], [x, y], y)),
    ("p = price of widget, q = price of gadget; 4p + q = 19, p + 2q = 17. Find p.",
     value_of([4 * a + b - 19, a + 2 * b - 17], [a, b], a)),
    ("Mass balance on a mixing header, three feeds F1, F2, F3 (kg/h):\n  F1 + F2 + F3 = 100\n  0.1F1 + 0.3F2 + 0.6F3 = "
     "35   (solute balance)\n  F1 = 2F2\nSolve the system; what is F3? exact", value_of(FEEDS, [F1, F2, F3], F3)),
    ("Three streams x1, x2, x3:\nx1 + x2 + x3 = 100 (total flow)\n0.1x1 + 0.3x2 + 0.6x3 = 35 (solute)\nx1 = 2x2\n"
     "what's x3?", value_of(FEEDS, [F1, F2, F3], F3)),
    ("Component balance: F1 + F2 = 50 (total, kg/h); 0.2F1 + 0.5F2 = 16 (salt). Solve for F2.",
     value_of([F1 + F2 - 50, sp.Rational(1, 5) * F1 + sp.Rational(1, 2) * F2 - 16], [F1, F2], F2)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), ONE_UNKNOWN)
def test_one_unknown_asked_is_its_value(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert sp.Rational(out.result) == want, out.result
    assert out.answer.startswith(f"{sp.Rational(out.result)}") or "=" in out.answer.split(";")[0]


def test_several_unknowns_asked_keep_the_vector() -> None:
    out = confident("Solve 2x + y = 7, x - y = -1 for x and y", "algebra")
    (solution,) = sp.linsolve([2 * x + y - 7, x - y + 1], [x, y])
    assert sp.Matrix(list(solution)) == sp.Matrix([[2], [3]])
    assert "Matrix" in str(out.result)


BLEND = sp.solve(250 * x + 40 * (600 - x) - 100 * 600, x)


@pytest.mark.parametrize(
    "question",
    [
        "We're blending concentrated backwash return (250 mg/L TSS) with clarified water (40 mg/L) to get 600 L/h total "
        "at 100 mg/L. How many L/h of the 250 mg/L stream? exact fraction is fine",
        "Mixing a concentrate stream (250 mg/L) and a dilute stream (40 mg/L) to make 600 L/h at 100 mg/L. How many "
        "L/h of the concentrate?",
        "We blend brine (250 g/L) with rinse water (40 g/L) for 600 L total at 100 g/L; how much of the brine is needed?",
    ],
)
def test_blend_with_bracketed_values(question: str) -> None:
    out = confident(question, "algebra")
    assert [sp.Rational(r) for r in out.result] == BLEND


def test_blend_target_outside_the_components_is_declined() -> None:
    declined("We're blending return (250 mg/L) with water (40 mg/L) to get 600 L/h total at 300 mg/L. How many L/h of "
             "the 250 mg/L stream?")  # fmt: skip


def test_a_name_ending_an_equation_side_is_no_value() -> None:
    """ "a + b = 8" states no value of b: the system is solved, never b taken as 8 in "a = 3b" (that read 24)."""
    for question in ("a = 3b and a + b = 8. What is a?", "a = 3 b and a + b = 8. What is a?"):
        out = confident(question, "algebra")
        assert sp.Rational(out.result) == value_of([a - 3 * b, a + b - 8], [a, b], a)


FIXTURES = sp.solve(1200 + sp.Rational(7, 2) * x - (800 + sp.Rational(41, 10) * x), x)


@pytest.mark.parametrize(
    "question",
    [
        "fixture make-vs-buy. Fixture 1: $1200 up front + $3.50/part labor. Fixture 2: $800 up front + $4.10/part. at "
        "what part quantity are the total costs equal?",
        "Machine X: setup $1200, then $3.50 per part. Machine Y: setup $800, then $4.10 per part. How many parts until "
        "both cost the same?",
    ],
)
def test_break_even_of_two_linear_costs(question: str) -> None:
    out = confident(question, "algebra")
    assert [sp.Rational(r) for r in out.result] == FIXTURES


def test_break_even_in_thousands_separators() -> None:
    out = confident("Option A costs $5,000 fixed plus $2 per unit; option B costs $3,000 fixed plus $2.50 per unit. "
                    "Find the break-even quantity.", "algebra")  # fmt: skip
    assert [sp.Rational(r) for r in out.result] == sp.solve(5000 + 2 * x - (3000 + sp.Rational(5, 2) * x), x)


@pytest.mark.parametrize(
    "question",
    [
        "Tool 1: $1200 up front + $3.50/part. Tool 2: $800 up front + $3.50/part. Break-even quantity?",  # never meet
        "Plan A: $1200 up front + $3.50/part. Plan B: $800 up front. When are the costs equal?",  # a rate missing
        "Supplier A: $1200 up front + $3.50/part. Supplier B: $800 up front + $4.10/hour. at what quantity are costs "
        "equal?",  # rates per different units
        "Plan A: $800 up front + $3.50/part. Plan B: $1200 up front + $4.10/part. When are the costs equal?",  # no x > 0
    ],
)
def test_break_even_unreadable_is_declined(question: str) -> None:
    declined(question)


Q = sp.Symbol("Q", positive=True)
PUMP = sp.solve(60 - sp.Rational(4, 1000) * Q**2 - (20 + sp.Rational(6, 1000) * Q**2), Q)


@pytest.mark.parametrize(
    "question",
    [
        "Pump curve H = 60 − 0.004Q², system curve H = 20 + 0.006Q² (Q in L/s, H in m). Where's the operating point — "
        "what flow Q (positive) do the curves cross at? exact answer",
        "pump: H = 60 - 0.004Q^2; system: H = 20 + 0.006Q^2. At what positive Q do the two curves intersect?",
        "Pump curve H = 60 - 0.004Q^2 and system curve H = 20 + 0.006Q^2. Operating point flow Q (Q > 0)?",
    ],
)
def test_two_curves_of_one_quantity_cross(question: str) -> None:
    out = confident(question, "algebra")
    assert [sp.sympify(r) for r in out.result] == PUMP  # engine output strings, not user text


def test_linear_curves_meet() -> None:
    out = confident("Supply curve P = 2 + 0.5q and demand curve P = 20 - 0.25q. Where do the curves meet? find q")
    assert [sp.Rational(r) for r in out.result] == sp.solve(2 + x / 2 - (20 - x / 4), x)
