"""Task x8: a blend priced per unit of amount with its total cost, two parts named by a word with their total and one
comparison, and a compounded decline to a level with its equation written out; references from sympy and math."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


@pytest.mark.parametrize(
    ("question", "asked", "other"),
    [
        ("Bunker stem of 500 tonnes total, mix of HFO at $540/t and MGO at $800/t, invoice came to $322,000. How many "
         "tonnes of HFO were in it?", 540, 800),
        ("A 500 t stem in total, a blend of HFO at $540/t and MGO at $800/t; the invoice totalled $322,000. How many "
         "tonnes of HFO?", 540, 800),
        ("We bunkered 500 tonnes total, mixing HFO at $540 per tonne with MGO at $800 per tonne, and the bill came to "
         "$322,000. How many tonnes of MGO were delivered?", 800, 540),
    ],
)  # fmt: skip
def test_blend_by_price_and_total_cost(question: str, asked: int, other: int) -> None:
    x = sp.symbols("x")
    (want,) = sp.solve(asked * x + other * (500 - x) - 322000, x)
    assert roots_of(confident(question, "algebra").result) == {want}


def test_blend_priced_per_another_unit_declined() -> None:
    declined("Bunker stem of 500 tonnes total, mix of HFO at $540/kg and MGO at $800/kg, invoice came to $322,000. "
             "How many tonnes of HFO were in it?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "times", "more", "asked"),
    [
        ("A batch of pultruded rod weighs forty-two kg in total (glass + resin only). The glass mass is 2.5 times the "
         "resin mass. How many kg of resin is in the batch?", sp.Rational(5, 2), 0, "resin"),
        ("A 42 kg laminate in total is glass and resin only; the glass weighs 2.5 times as much as the resin. How much "
         "resin, in kg?", sp.Rational(5, 2), 0, "resin"),
        ("The rod weighs 42 kg in total, glass plus resin. The glass is 2.5 times the resin. How many kg of glass are "
         "there?", sp.Rational(5, 2), 0, "glass"),
        ("A 42 kg batch in total of glass and resin: the glass mass is 18 kg more than the resin mass. How many kg of "
         "resin?", 1, 18, "resin"),
    ],
)  # fmt: skip
def test_named_parts_total_and_comparison(question: str, times: sp.Rational, more: int, asked: str) -> None:
    glass, resin = sp.symbols("glass resin")
    solution = sp.solve([glass + resin - 42, glass - times * resin - more], [glass, resin])
    want = solution[glass if asked == "glass" else resin]
    assert sp.sympify(confident(question, "algebra").result) == want


def test_named_parts_ask_naming_neither_not_read_as_pair() -> None:
    out = declined("A rod weighs 42 kg in total. The glass mass is 2.5 times the resin mass. How many kg of fibre?")
    assert out


@pytest.mark.parametrize(
    "question",
    [
        "PM2.5 in the valley drops 15% per hour once the inversion breaks, starting from 120 µg/m³. Solve for the "
        "number of hours t until it reaches 35 µg/m³ (continuous t, i.e. 120·0.85^t = 35).",
        "PM2.5 falls 15% each hour from 120 µg/m³. How many hours until it reaches 35 µg/m³?",
        "Ozone declines by 15% per hour starting at 120 ppb; solve 120*0.85^t = 35 for the number of hours t until it "
        "is down to 35 ppb.",
    ],
)
def test_compounded_decline_with_written_equation(question: str) -> None:
    want = math.log(24 / 7) / math.log(20 / 17)
    out = confident(question, "algebra")
    assert [float(v) for v in roots_of(out.result)] == pytest.approx([want], rel=1e-12)


def test_written_equation_disagreeing_with_rate_declined() -> None:
    answer = declined("PM2.5 drops 15% per hour from 120 µg/m³. Solve for the number of hours t until it reaches "
                      "35 µg/m³ (i.e. 120·0.8^t = 35).")  # fmt: skip
    assert "equation written" in answer
