"""f42: a formula set to a value by a condition sentence followed by a bare ask ("once slump hits 100 mm. Solve for
t"), a defined function's zeros asked "at which M(x) = 0." and one product's break-even (price x = fixed + cost x),
against references computed here with math and sympy."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

SLUMP = [
    "Slump loss on the hot day: S(t) = 180·e^(−t/45) mm, t in minutes after batching. Pour is rejected once slump hits "
    "100 mm. Solve for t (exact).",
    "Slump on a hot day follows S(t) = 180·e^(−t/45) mm, t in minutes. The pour is rejected when the slump drops to "
    "100 mm. Find t.",
    "S(t) = 180·e^(−t/45) mm gives slump against minutes t since batching. The load is refused once slump gets to 100 "
    "mm. Solve for t.",
    "Slump S(t) = 180·e^(−t/45) mm, t in minutes. The pour is rejected once it reaches 100 mm. Solve for t.",
]


@pytest.mark.parametrize("question", SLUMP)
def test_condition_then_bare_ask(question: str) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    values = [float(to_sympy(str(r))) for r in (result if isinstance(result, list) else [result])]
    assert values == pytest.approx([45 * math.log(180 / 100)])


def test_condition_without_ask_is_no_target() -> None:
    from plugins.symbolic.word_problems import target_parts

    assert target_parts("S(t) = 180·e^(−t/45) mm. The pour is rejected once slump hits 100 mm.") is None


MARGIN = [
    "A fitted quadratic for coded feed rate x gives a net-margin index M(x) = −2x² + 14x − 20. The team wants the "
    "break-even settings, i.e. the values of x at which M(x) = 0. Find all such x.",
    "A fitted quadratic for coded feed rate x gives a margin index M(x) = −2x² + 14x − 20. At which values of x is "
    "M(x) = 0?",
    "The net-margin model is M(x) = -2x^2 + 14x - 20 in coded feed rate x. Find every x where M(x) = 0.",
]


@pytest.mark.parametrize("question", MARGIN)
def test_zeros_of_defined_function(question: str) -> None:
    x = sp.Symbol("x")
    want = sorted(float(r) for r in sp.solve(-2 * x**2 + 14 * x - 20, x))
    result = confident(question, "algebra").to_dict()["result"]
    assert sorted(float(r) for r in result) == pytest.approx(want)


BREAK_EVEN = [
    "A small machine shop is quoting a new bracket. Fixed tooling and setup costs are twelve thousand dollars, the "
    "variable cost is $7.50 per bracket, and the customer will pay $12.30 per bracket. Last year the shop shipped "
    "40,000 parts overall. How many brackets must be sold to break even?",
    "A shop quotes a bracket: fixed costs of $12,000, variable cost $7.50 per bracket, selling price $12.30 per "
    "bracket. How many brackets to break even?",
    "Setup costs are $12k, the unit cost is $7.50 per bracket and brackets sell for $12.30 each. Last year the plant "
    "ran 250 days. What is the break-even quantity?",
]


@pytest.mark.parametrize("question", BREAK_EVEN)
def test_one_product_break_even(question: str) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    value = result[0] if isinstance(result, list) else result
    assert float(value) == pytest.approx(12000 / (12.30 - 7.50))


@pytest.mark.parametrize(
    "question",
    [
        # a price below the cost per unit never breaks even
        "Fixed costs are $12,000, the variable cost is $12.30 per bracket and the customer pays $7.50 per bracket. "
        "How many to break even?",
        # a past sentence that names the quantity asked stays a value: the unused 3,000 is not hidden
        "Fixed costs are $12,000, the variable cost is $7.50 per bracket and the price is $12.30 per bracket. Last "
        "year the shop sold 3,000 brackets. How many brackets to break even?",
    ],
)
def test_break_even_declines(question: str) -> None:
    declined(question)
