"""Branch v2: algebra word problems. A linear system in words whose things are named by letters ("three passes of
bucket A plus two of bucket B load 690 t; one pass of A plus four of B load 630 t"), two curves of one name crossing
with their symbols' units in brackets ("(H m, Q m3/h)"), a blend of two components told apart by value with what
the value measures after it ("one runs 12% passing the #200 and the other 4%") and made "blended to 7%", and a blend
whose target is a content amount ("must hold 4 kg of API in total"). References by sympy and math, independently of
havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def single_value(question: str) -> float:
    """The one value a confidently answered algebra question gives (one solution, or the unknown asked)."""
    result = confident(question, "algebra").to_dict()["result"]
    if isinstance(result, list):
        assert len(result) == 1, result
        result = result[0]
    return float(to_sympy(str(result)).evalf(30))


def _pair(rows: list[list[int]], rhs: list[int], index: int) -> float:
    """One unknown of a 2x2 system, by sympy's linsolve."""
    u, v = sp.symbols("u v")
    equations = [r[0] * u + r[1] * v - b for r, b in zip(rows, rhs, strict=True)]
    (solution,) = sp.linsolve(equations, [u, v])
    return float(solution[index])


BUCKET_B = _pair([[3, 2], [1, 4]], [690, 630], 1)


@pytest.mark.parametrize(
    "question",
    [
        "Two loader configs. Three passes of bucket A plus two of bucket B load 690 t; one pass of A plus four of B "
        "load 630 t. Assuming each pass of a bucket moves the same tonnage, how many tonnes does one pass of bucket B "
        "move?",
        "Three passes of bucket A and two passes of bucket B move 690 t; one pass of bucket A and four passes of "
        "bucket B move 630 t. How many tonnes per pass of bucket B?",
        "3 scoops of mix A plus 2 scoops of mix B weigh 690 g; 1 scoop of A plus 4 of B weigh 630 g. What does one "
        "scoop of B weigh?",
    ],
)
def test_a_system_of_things_named_by_letters(question: str) -> None:
    assert single_value(question) == pytest.approx(BUCKET_B, rel=1e-12)


def test_a_system_of_bags_of_named_things() -> None:
    question = "3 bags of cement plus 2 bags of sand cost 40; one bag of cement and 4 bags of sand cost 30. How much is a bag of sand?"
    assert single_value(question) == pytest.approx(_pair([[3, 2], [1, 4]], [40, 30], 1), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "Three passes of bucket A plus two of bucket B load 690 t; one pass of A plus four of C load 630 t. How many "
        "tonnes does one pass of bucket B move?",  # three letters, two clauses: no one solution
        "Three passes of bucket A plus two of bucket B load 690 t; six passes of A plus four of B load 1380 t. How "
        "many tonnes does one pass of bucket B move?",  # the second clause is the first doubled
    ],
)
def test_a_labelled_system_without_one_solution_is_declined(question: str) -> None:
    declined(question)


OPERATING_FLOW = math.sqrt((50 - 20) / (0.0004 + 0.0002))


@pytest.mark.parametrize(
    "question",
    [
        "pump curve H = 50 − 0.0004Q²  , system curve H = 20 + 0.0002Q²  (H m, Q m3/h). operating point flow Q "
        "(positive root)?",
        "Pump: H = 50 - 0.0004Q^2; system: H = 20 + 0.0002Q^2 (H in m, Q in m3/h). Find the operating point flow Q, "
        "positive root.",
        "pump curve H = 50 − 0.0004Q², system curve H = 20 + 0.0002Q² with H in m and Q in m3/h. At what flow Q do "
        "the curves intersect (Q > 0)?",
    ],
)
def test_two_curves_crossing_with_their_units_in_brackets(question: str) -> None:
    assert single_value(question) == pytest.approx(OPERATING_FLOW, rel=1e-12)


def _blend(asked: float, other: float, total: float, target: float) -> float:
    """The amount of the component asked: asked*x + other*(total - x) = target*total, by sympy."""
    x = sp.Symbol("x")
    (root,) = sp.solve(
        sp.Rational(str(asked)) * x + sp.Rational(str(other)) * (total - x) - sp.Rational(str(target)) * total, x
    )
    return float(root)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("I have two sand stockpiles, one runs 12% passing the #200 and the other 4%. Need a 500 kg batch blended to "
         "exactly 7% fines. How many kg of the 12% stuff go in?", _blend(12, 4, 500, 7)),
        ("Two sand stockpiles: one runs 12% passing the #200 sieve, the other 4%. I need 500 kg blended to 7% fines. "
         "How many kg of the 12% material?", _blend(12, 4, 500, 7)),
        ("Stockpile A runs 12% passing #200, stockpile B runs 4%. Need a 500 kg batch at 7% fines; how many kg of "
         "stockpile A?", _blend(12, 4, 500, 7)),
        ("Mix stream A (12%) and stream B (4%) into a 500 kg batch at 7%. How many kg of stream B?",
         _blend(4, 12, 500, 7)),
    ],
)  # fmt: skip
def test_a_blend_told_apart_by_value(question: str, want: float) -> None:
    assert single_value(question) == pytest.approx(want, rel=1e-12)


# 20% of x plus 5% of (50 - x) is 4 kg of API
GRANULATION_A = _blend(20, 5, 50, 100 * 4 / 50)


@pytest.mark.parametrize(
    "question",
    [
        "Two granulations are blended to make a 50 kg batch. Granulation A contains 20% API by mass, granulation B "
        "contains 5%. The blend must hold 4 kg of API in total. How many kg of granulation A are needed?",
        "Granulation A is 20% API, granulation B is 5% API. A 50 kg batch blended from them must contain 4 kg of API. "
        "How many kg of granulation A?",
        "We blend granulation A (20% API w/w) with granulation B (5% API) into a 50 kg batch that has to hold exactly "
        "4 kg API in total. How much of granulation A, in kg?",
    ],
)
def test_a_blend_to_a_content_amount(question: str) -> None:
    assert single_value(question) == pytest.approx(GRANULATION_A, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "Two granulations are blended to make a 50 kg batch. Granulation A contains 20% API by mass, granulation B "
        "contains 5%. The blend must hold 12 kg of API in total. How many kg of granulation A are needed?",
        "I have two sand stockpiles, one runs 12% passing the #200 and the other 4%. Need a 500 kg batch blended to "
        "exactly 15% fines. How many kg of the 12% stuff go in?",
        "Dopamine order 5 mcg/kg/min for an 80 kg patient. Bag is 400 mg in 250 mL D5W. What pump rate in mL/h?",
    ],
)
def test_unreachable_blends_and_infusion_rates_are_declined(question: str) -> None:
    declined(question)
