"""Branch g16 (f47): two groups from their total and a difference said by their names ("the downtown site did 180
more than the Eastside site"); two kinds of item by a rate per item ("big cards doing 1200 img/s each") and two
labelled components at a rate per unit of time sharing a time window ("recipe A @ 45 wph, recipe B @ 30 wph" over a
16 h window); two-component blends in more phrasings ("corpus A is 30% ... how many million tokens from B",
"determine the mass in kg of the 40 wt% solution", "two premix bottles, 5% CF4 in Ar and 20% CF4 in Ar ... what flow
(sccm) on the 20% MFC", "a 5% stock and a weak 0.5% solution, no plain water"). References by sympy, independently
of havoc's engines; a dilution that would leave a stated strength unused, and near misses, are declined."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


def _pair(total: float, diff: float, index: int) -> float:
    """x + y = total, x - y = diff: x (index 0) or y (index 1), by sympy's linsolve."""
    x, y = sp.symbols("x y")
    (solution,) = sp.linsolve([x + y - total, x - y - diff], [x, y])
    return float(solution[index])


SUMS = [
    ("Two flu clinics last Saturday gave 1,240 doses combined. The downtown site did 180 more than the Eastside site. "
     "How many doses did Eastside give?", (1240, 180, 1)),
    ("The north plant and the south plant shipped 900 pallets in total. The north plant shipped 40 fewer pallets than "
     "the south plant. How many pallets did the south plant ship?", (900, 40, 0)),
    ("Two food banks served 1,500 families together last month; the Riverside bank served 220 more than the Hilltop "
     "bank. How many families did Hilltop serve?", (1500, 220, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "parts"), SUMS)
def test_two_groups_from_their_sum_and_difference(question: str, parts: tuple[float, float, int]) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(sp.sympify(result)) == pytest.approx(_pair(*parts), rel=1e-12)


def _split(total: float, rates: tuple[float, float], summed: float) -> float:
    """The amount x of the first: x + y = total, r1 x + r2 y = summed, by sympy's linsolve."""
    x, y = sp.symbols("x y")
    (solution,) = sp.linsolve([x + y - total, rates[0] * x + rates[1] * y - summed], [x, y])
    return float(solution[0])


COUNTS = [
    ("inference cluster has 20 gpus total, mix of big cards doing 1200 img/s each and small ones doing 300 img/s each. "
     "aggregate throughput measured at 15000 img/s. how many of the big cards are there?", (20, (1200, 300), 15000)),
    ("We run 30 pumps in total: large pumps each deliver 50 gpm and small pumps deliver 20 gpm. Together they move "
     "1200 gpm. How many large pumps are there?", (30, (50, 20), 1200)),
    ("fleet of 12 servers, fast ones processing 900 req each and slow ones processing 400 req each; 8300 req handled "
     "in total. how many slow servers?", (12, (400, 900), 8300)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "parts"), COUNTS)
def test_two_kinds_of_item_by_a_rate_per_item(question: str, parts: tuple) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(sp.sympify(result)) == pytest.approx(_split(*parts), rel=1e-12)


WINDOWS = [
    ("tool ran two recipes back to back over a 16 h window, recipe A @ 45 wph, recipe B @ 30 wph, 600 wafers out "
     "total, no idle. how many hrs were on recipe A?", (16, (45, 30), 600)),
    ("Over a 10 hour shift, line A runs at 120 parts per hour and line B at 80 parts per hour, one after the other. "
     "1000 parts were made in total. How many hours did line A run?", (10, (120, 80), 1000)),
    ("press 1 @ 40 uph, press 2 @ 25 uph, 12 hr shift split between them, 390 units total. how many hours on press 2?",
     (12, (25, 40), 390)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "parts"), WINDOWS)
def test_a_time_window_split_between_two_rates(question: str, parts: tuple) -> None:
    (root,) = roots_of(confident(question, "algebra").result)
    assert float(root) == pytest.approx(_split(*parts), rel=1e-12)


def _blend(asked: float, other: float, total: float, target: float) -> sp.Rational:
    """The amount x of the component asked: asked x + other (total - x) = target total, exactly, by sympy."""
    x = sp.Symbol("x")
    a, b, t, c = (sp.nsimplify(v) for v in (asked, other, total, target))
    (root,) = sp.solve(a * x + b * (t - x) - c * t, x)
    return root


BLENDS = [
    ("pretraining mix question. corpus A is 30% code tokens, corpus B is 80% code tokens. i want 500M tokens total "
     "that are 45% code, blending only A and B. how many million tokens from B?", (80, 30, 500, 45)),
    ("Given that a 40 wt% NaOH solution is mixed with a 10 wt% NaOH solution in a blending tank to produce 300 kg of "
     "25 wt% NaOH (no evaporation, steady mass balance), determine the mass in kg of the 40 wt% solution required.",
     (40, 10, 300, 25)),
    ("gas box has two premix bottles, 5% CF4 in Ar and 20% CF4 in Ar. want 500 sccm total @ 12% CF4. what flow (sccm) "
     "on the 20% MFC? exact, don't round", (20, 5, 500, 12)),
    ("For the outbreak response kits we need 20 L of 1% hypochlorite. We have a 5% stock and a weak 0.5% solution, no "
     "plain water on site. How many litres of the 5% stock go into the mix? exact fraction is fine", (5, 0.5, 20, 1)),
    ("we need 10 L of 2% bleach; we have a strong 6% stock and a dilute 0.5% solution (no water available). how many "
     "L of the 6% stock?", (6, 0.5, 10, 2)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "parts"), BLENDS)
def test_two_component_blends_in_more_phrasings(question: str, parts: tuple) -> None:
    (root,) = roots_of(confident(question, "algebra").result)
    assert sp.nsimplify(root) == _blend(*parts)


@pytest.mark.parametrize(
    "question",
    [
        # a dilution with water would leave the stated 0.5% solution unused
        "Make 20 L of 1% hypochlorite from the 5% stock with water. How many litres of stock? The 0.5% solution is "
        "for wipes.",
        # the counts would not be whole
        "fleet of 12 servers, fast ones processing 900 req each and slow ones processing 400 req each; 8000 req "
        "handled in total. how many slow servers?",
        # no total of wafers
        "tool ran two recipes back to back over a 16 h window, recipe A @ 45 wph, recipe B @ 30 wph, no idle. how "
        "many hrs were on recipe A?",
        # no total of the two clinics
        "The downtown site did 180 more doses than the Eastside site. How many doses did Eastside give?",
    ],
)
def test_a_near_miss_declines(question: str) -> None:
    declined(question)


def test_a_plain_dilution_keeps_its_answer() -> None:
    (root,) = roots_of(confident("need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of "
                                 "stock go in?", "algebra").result)  # fmt: skip
    assert sp.nsimplify(root) == sp.Rational(125, 2)
