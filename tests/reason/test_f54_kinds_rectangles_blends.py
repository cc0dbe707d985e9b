"""Algebra word problems that went to design or regression, read in more wordings: two kinds of item from a count
total and a total of time, cost or volume, the second kind's verb left out ("rotors take 6 min cycle, drums 4 min",
"cell 4" a label, not a total; "child tickets" no chi-square); a rectangle's side from "has to be 4 m longer than
the short side" and an area or perimeter written before its word ("96 m² of enclosed area", "60 m of fencing",
"50 square metres of planted area"); a blend of two stocks named "a peat compost that's 45% OM" (a "pot experiment"
is no design). References: sympy's linsolve for the counts, sympy's solve for the sides and the balances; near misses
(counts not whole, a rectangle with no area, a target outside the stocks) are declined."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import label_starts
from plugins.symbolic.worded_system import _STATISTICS
from tests.reason.answers import confident, declined


def _count(per: tuple[int, int], items: int, total: int, index: int) -> float:
    """One kind's count: a + b = items, per[0] a + per[1] b = total, by sympy's linsolve."""
    a, b = sp.symbols("a b")
    (solution,) = sp.linsolve([a + b - items, per[0] * a + per[1] * b - total], [a, b])
    return float(solution[index])


def _side(equation: sp.Eq, w: sp.Symbol) -> sp.Expr:
    """The one positive root of a rectangle's equation in its side ``w``, by sympy's solve."""
    (root,) = [r for r in sp.solve(equation, w) if r > 0]
    return root


def _blend(total: int, target: int, asked: int, other: int) -> sp.Expr:
    """The amount of the component at ``asked``: asked*x + other*(total - x) = target*total, by sympy's solve."""
    x = sp.Symbol("x")
    return sp.solve(sp.Eq(asked * x + other * (total - x), target * total), x)[0]


def _value(question: str) -> sp.Expr:
    """The one root of the question's answer, which must be confident algebra with every check passing."""
    out = confident(question, "algebra").to_dict()
    assert all(c["passed"] for c in out["checks"])
    result = out["result"]
    return to_sympy(result[0] if isinstance(result, list) else result)


_W = sp.Symbol("w")


@pytest.mark.parametrize(
    ("question", "per", "items", "total", "index"),
    [
        ("2nd shift on cell 4 ran 52 parts total, rotors n drums. rotors take 6 min cycle, drums 4 min, spindle time "
         "added up to 260 min. how many rotors did they run", (6, 4), 52, 260, 0),
        ("line 2 made 30 parts in all, brackets and hinges. brackets take 3 min each, hinges 5 min; machine time came "
         "to 110 min. how many hinges?", (3, 5), 30, 110, 1),
        ("Adult tickets cost 12 dollars, child tickets 7 dollars. We sold 40 tickets and took in 380 dollars. How many "
         "child tickets?", (12, 7), 40, 380, 1),
        ("Large tanks hold 50 L each, small tanks 20 L. 14 tanks hold 520 L altogether. How many large tanks?",
         (50, 20), 14, 520, 0),
    ],
)  # fmt: skip
def test_two_kinds_from_a_count_and_a_time_cost_or_volume_total(
    question: str, per: tuple[int, int], items: int, total: int, index: int
) -> None:
    assert float(_value(question)) == pytest.approx(_count(per, items, total, index), rel=1e-12)


def test_counts_not_whole_are_declined() -> None:
    declined("2nd shift on cell 4 ran 52 parts total, rotors n drums. rotors take 6 min cycle, drums 4 min, spindle "
             "time added up to 261 min. how many rotors did they run")  # fmt: skip


def test_a_work_cell_is_a_label_and_child_no_chi_square() -> None:
    text = "2nd shift on cell 4 ran 52 parts total"
    assert text.index("4") in label_starts(text)
    assert _STATISTICS.search("child tickets 7 dollars") is None
    assert _STATISTICS.search("a chi-square test") and _STATISTICS.search("chi2 of the table")


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        ("building a rectangular deer exclosure: the long side has to be 4 m longer than the short side because of the "
         "slope, and I have permission for exactly 96 m² of enclosed area. How wide (short side, in m) should it be?",
         sp.Eq(_W * (_W + 4), 96)),
        ("We're fencing a rectangular paddock; its length needs to be twice its width and we have 60 m of fencing. How "
         "wide should it be?", sp.Eq(2 * (_W + 2 * _W), 60)),
        ("A rectangular bed is to have 50 square metres of planted area; its length must be 5 m longer than the width. "
         "What is the length?", sp.Eq(_W * (_W - 5), 50)),
    ],
)  # fmt: skip
def test_rectangle_side_from_area_or_perimeter(question: str, equation: sp.Eq) -> None:
    assert sp.simplify(_value(question) - _side(equation, _W)) == 0


def test_rectangle_with_no_area_is_declined() -> None:
    answer = declined("A rectangular pen's long side has to be 4 m longer than the short side. How wide should it be?")
    assert "area" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("For the pot experiment I need 30 L of growing substrate at 18% organic matter (by volume). I only have a peat "
         "compost that's 45% OM and a sandy loam that's 6% OM. How many litres of the peat compost go into the mix?",
         _blend(30, 18, 45, 6)),
        ("I need 50 kg of feed at 16% protein. I have a soybean meal that is 44% protein and a corn that's 9% protein. "
         "How many kg of the soybean meal?", _blend(50, 16, 44, 9)),
        ("We need 12 L of a 25% glycol mix. We only have a coolant that's 60% glycol and a premix which is 10% glycol. "
         "How many L of the coolant?", _blend(12, 25, 60, 10)),
    ],
)  # fmt: skip
def test_blend_of_stocks_named_by_that_is(question: str, want: sp.Expr) -> None:
    assert sp.simplify(_value(question) - want) == 0


def test_blend_target_outside_the_stocks_is_declined() -> None:
    answer = declined("For the pot experiment I need 30 L of growing substrate at 50% organic matter (by volume). I only "
                      "have a peat compost that's 45% OM and a sandy loam that's 6% OM. How many litres of the peat "
                      "compost go into the mix?")  # fmt: skip
    assert "between" in answer


def test_a_pot_experiment_design_keeps_its_mode() -> None:
    assert confident("For the pot experiment we need a 2^3 full factorial with 2 replicates. How many runs?").mode == (
        "design"
    )
