"""Branch g10 (f46): two kinds of item named by their amount per item ("the 50 mg arm or the 100 mg arm", "250 g bags
and 1 kg bags", "sedan takes 14 M8 bolts, SUV takes 18") counted from a total of items and a total amount; two-
component blends to a target read in more phrasings ("what volume, in mL, of the 20 mg/mL stock", "a Brazilian at
£18 per kg and an Ethiopian at £26 per kg ... £21 per kg on average", "tanks hold 30% ... and 70% ..."); three or four
blends of known percentage composition that use up the stocks exactly (a square system). References by sympy and
numpy, independently of havoc's engines; a question missing a number is declined."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


def _count(per: tuple[float, float], items: int, total: float, index: int) -> float:
    """One kind's count: a + b = items, per[0] a + per[1] b = total, by sympy's linsolve."""
    a, b = sp.symbols("a b")
    eqs = [a + b - items, sp.nsimplify(per[0]) * a + sp.nsimplify(per[1]) * b - sp.nsimplify(total)]
    (solution,) = sp.linsolve(eqs, [a, b])
    return float(solution[index])


ITEMS = [
    ("A total of 300 subjects were randomised to either the 50 mg arm or the 100 mg arm, and each subject received "
     "exactly one dose of study drug. The drug accountability log records that 21,000 mg were administered in total. "
     "How many subjects were randomised to the 100 mg arm?", (50, 100), 300, 21000, 1),
    ("Last Saturday at the market we sold only two sizes of coffee: 250 g bags and 1 kg bags. The till says 84 bags "
     "went in total and exactly 39 kg of coffee left the van. How many of the 1 kg bags did we sell?",
     (0.25, 1), 84, 39, 1),
    ("We shipped 60 crates, some 20 kg crates and some 50 kg crates, for a total of 1,800 kg. How many 50 kg crates "
     "were shipped?", (20, 50), 60, 1800, 1),
    ("A cafe sells 500 mL bottles and 2 L bottles of juice. Yesterday it sold 90 bottles holding 72 L in all. How many "
     "of the 2 L bottles were sold?", (0.5, 2), 90, 72, 1),
    ("fastener count reconciliation: sedan takes 14 M8 bolts at body-to-frame, SUV takes 18. 2nd shift built 420 "
     "units total and the M8 bins show 6,600 bolts consumed (no scrap). how many SUVs did we build?",
     (14, 18), 420, 6600, 1),
    ("A hatchback takes 4 litres of coolant, a van takes 7. The line filled 150 vehicles using 780 litres. How many "
     "vans were filled?", (4, 7), 150, 780, 1),
]  # fmt: skip


@pytest.mark.parametrize(("question", "per", "items", "total", "index"), ITEMS)
def test_two_kinds_of_item_from_the_totals(
    question: str, per: tuple[float, float], items: int, total: float, index: int
) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    want = _count(per, items, total, index)
    assert float(result) == pytest.approx(want, rel=1e-12)
    assert want == int(want)  # a whole count, as the audit requires


def _blend(asked: float, other: float, total: float, target: float) -> float:
    """The amount x of the component asked: asked x + other (total - x) = target total, by sympy."""
    x = sp.Symbol("x")
    (root,) = sp.solve(sp.nsimplify(asked) * x + sp.nsimplify(other) * (total - x) - sp.nsimplify(target) * total, x)
    return float(root)


BLENDS = [
    ("For the dose-preparation procedure, the pharmacy will combine a 20 mg/mL stock solution with a 5 mg/mL solution "
     "of the same drug to obtain 150 mL of infusate at a concentration of 12 mg/mL. What volume, in mL, of the "
     "20 mg/mL stock solution is required?", (20, 5, 150, 12)),
    ("Mix a 40% acid solution with a 10% acid solution to get 60 L at 25%. What volume, in L, of the 40% solution is "
     "needed?", (40, 10, 60, 25)),
    ("I'm putting together a 30 kg batch of our winter blend from just two green coffees: a Brazilian at £18 per kg "
     "and an Ethiopian at £26 per kg. I want the blend to work out at exactly £21 per kg on average. How many kg of "
     "the Ethiopian do I need to put in?", (26, 18, 30, 21)),
    ("A 50 kg batch of tea blended from just two teas: an Assam at $12 per kg and a Darjeeling at $20 per kg. The blend "
     "must cost $15 per kg. How many kg of the Darjeeling?", (20, 12, 50, 15)),
    ("coolant fill station: tanks hold 30% glycol premix and 70% glycol concentrate. need 240 L of 55% glycol in the "
     "day tank. how many liters of the 70% stuff?", (70, 30, 240, 55)),
    ("the tanks hold 10% brine and 25% brine. need 300 L of 20% brine. how many litres of the 25% brine?",
     (25, 10, 300, 20)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "parts"), BLENDS)
def test_two_component_blend_to_a_target(question: str, parts: tuple[float, float, float, float]) -> None:
    (root,) = roots_of(confident(question, "algebra").result)
    assert float(root) == pytest.approx(_blend(*parts), rel=1e-12)


COMPOSED = [
    ("We do three house blends and I want to use up exactly what's left of three green coffees before the new crop "
     "arrives. Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia. Blend B is 30% Brazil, 50% Colombia, 20% Ethiopia. "
     "Blend C is 20% Brazil, 20% Colombia, 60% Ethiopia (all by weight). In the warehouse I've got 29 kg Brazil, 27 kg "
     "Colombia and 34 kg Ethiopia. If I use every last gram, how many kg of Blend C do I end up making?",
     [[50, 30, 20], [30, 50, 20], [20, 20, 60]], [29, 27, 34], 2),
    ("Mix A is 60% sand, 30% gravel, 10% cement. Mix B is 20% sand, 50% gravel, 30% cement. Mix C is 20% sand, 20% "
     "gravel, 60% cement. We have 44 t of sand, 41 t of gravel and 35 t of cement and want to use it all. How many t "
     "of Mix B?", [[60, 20, 20], [30, 50, 20], [10, 30, 60]], [44, 41, 35], 1),
    ("Recipe 1: 40% oats, 40% wheat, 20% barley. Recipe 2: 20% oats, 60% wheat, 20% barley. Recipe 3: 25% oats, 25% "
     "wheat, 50% barley. Stocks are 29 kg oats, 45 kg wheat and 26 kg barley, all to be used up. How many kg of "
     "recipe 3 should we make?", [[40, 20, 25], [40, 60, 25], [20, 20, 50]], [29, 45, 26], 2),
]  # fmt: skip


@pytest.mark.parametrize(("question", "percents", "stocks", "index"), COMPOSED)
def test_blends_of_known_composition_use_up_the_stocks(
    question: str, percents: list[list[int]], stocks: list[int], index: int
) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    want = np.linalg.solve(np.array(percents, float) / 100, np.array(stocks, float))
    assert float(sp.sympify(result)) == pytest.approx(want[index], rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # no total amount administered
        "A trial enrolled 240 patients, each given one tablet of either 25 mg or 50 mg. How many patients got the "
        "50 mg tablet?",
        # the counts would not be whole
        "Small trays hold 12 eggs and large trays hold 30. We packed 1,020 eggs into 50 trays. How many large trays?",
        # no amount of the blend
        "the tanks hold 10% brine and 25% brine. need 20% brine. how many litres of the 25% brine?",
        # no average price
        "A 50 kg batch of tea blended from just two teas: an Assam at $12 per kg and a Darjeeling at $20 per kg. How "
        "many kg of the Darjeeling?",
        # the Ethiopia stock missing
        "Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia. Blend B is 30% Brazil, 50% Colombia, 20% Ethiopia. Blend C "
        "is 20% Brazil, 20% Colombia, 60% Ethiopia. I've got 29 kg Brazil and 27 kg Colombia. How many kg of Blend C?",
    ],
)
def test_a_near_miss_missing_a_number_declines(question: str) -> None:
    declined(question)
