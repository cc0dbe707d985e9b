"""A percent after a defined function, blends of labelled stocks in percent, the fewest stages below a limit (branch
t5). References: sympy (derivatives, roots, linear systems) and math (logarithms), never havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, right_value, roots_of
from tests.reason.test_linear_systems import engine_matrix

T = sp.symbols("t")
R = 90 * (1 - sp.exp(-T / 3))
FUNCTION = "Conversion follows R(t) = 90(1 − e^(−t/3)){} with t in hours. "


@pytest.mark.parametrize("percent", [" %", "%", " percent"])
def test_percent_after_a_function_is_its_unit(percent: str):
    out = confident(FUNCTION.format(percent) + "How fast is conversion rising at t = 2?", "calculus")
    assert float(to_sympy(out.result).evalf()) == pytest.approx(float(sp.diff(R, T).subs(T, 2)))
    out = confident(FUNCTION.format(percent) + "What is R'(t)?", "calculus")
    got = to_sympy(out.result)
    for at in (0.5, 2.0, 7.0):  # the engine's t and ours may differ in assumptions: compare values
        want = float(sp.diff(R, T).subs(T, at))
        assert float(got.subs({s: at for s in got.free_symbols})) == pytest.approx(want)


@pytest.mark.parametrize("ask", ["When does it reach 80%?", "At what time t does R reach 80%?"])
def test_percent_function_reaching_a_percentage(ask: str):
    out = confident(FUNCTION.format(" %") + ask, "algebra")
    assert roots_of(out.result) == {sp.nsimplify(sp.N(3 * sp.log(9), 30), rational=False)}


def test_percent_function_never_reaching_a_target_is_not_confident():
    declined(FUNCTION.format(" %") + "When does it reach 95%?")


def _blend_pair(total: float, target: float, a: float, b: float) -> tuple[float, float]:
    """x + y = total and a x + b y = target * total (sympy)."""
    x, y = sp.symbols("x y")
    sol = sp.solve([x + y - total, a * x + b * y - target * total], [x, y])
    return float(sol[x]), float(sol[y])


@pytest.mark.parametrize(
    "question",
    [
        "Pile A assays 1.2% Cu, pile B 0.4% Cu. How many tonnes of each for 500 t at 0.9% Cu?",
        "Ore 1 grades 1.2% Cu, ore 2 grades 0.4% Cu. We need a 500 t blend at 0.9% Cu. How much of each ore?",
        "Stockpile A runs 1.2% copper and stockpile B runs 0.4%. How many tonnes of each to get 500 t at 0.9%?",
    ],
)
def test_blend_of_labelled_piles_gives_both_amounts(question: str):
    out = confident(question, "algebra")
    got = [float(v) for v in engine_matrix(out.result)]
    assert got == pytest.approx(list(_blend_pair(500, 0.9, 1.2, 0.4)))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Pile A assays 1.2% Cu and pile B assays 0.4% Cu. How many tonnes of pile A are needed to make 500 t "
         "grading 0.9% Cu?", _blend_pair(500, 0.9, 1.2, 0.4)[0]),
        ("How many kg of a 30% solution must be mixed with a 10% solution to get 50 kg of an 18% solution?",
         _blend_pair(50, 18, 30, 10)[0]),
        ("Mix x kg of 30% acid with 10% acid to get 50 kg of 18% acid. Find x.", _blend_pair(50, 18, 30, 10)[0]),
    ],
)  # fmt: skip
def test_blend_gives_the_amount_asked(question: str, want: float):
    out = confident(question, "algebra")
    assert [float(to_sympy(r)) for r in out.result] == pytest.approx([want])


def test_blend_with_letters_for_both_amounts():
    out = confident("You mix x kg of a 30% solution with y kg of a 10% solution to get 50 kg of 18% solution. How "
                    "much of each?", "algebra")  # fmt: skip
    assert [float(v) for v in engine_matrix(out.result)] == pytest.approx(list(_blend_pair(50, 18, 30, 10)))


def test_blend_declines_an_unreachable_target():
    declined("Pile A assays 1.2% Cu, pile B 0.4% Cu. How many tonnes of each for 500 t at 1.5% Cu?")


def _fewest(start: float, kept: float, limit: float, strict: bool = True) -> int:
    """The smallest whole n with start * kept^n below (or at most) the limit, by logarithms."""
    ratio = math.log(limit / start) / math.log(kept)
    return math.floor(ratio) + 1 if strict else math.ceil(ratio - 1e-12)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Each settling stage removes 60% of the solids remaining. Influent is 800 mg/L. What is the fewest number "
         "of stages to get below 20 mg/L?", _fewest(800, 0.4, 20)),
        ("Influent solids are 800 mg/L and every stage removes 60% of what remains. How many stages are needed to "
         "get the solids under 20 mg/L?", _fewest(800, 0.4, 20)),
        ("Each clarifier stage takes out 60% of the remaining TSS. Starting at 800 mg/L, what is the minimum number "
         "of stages for the effluent to be at most 20 mg/L?", _fewest(800, 0.4, 20, strict=False)),
        ("Each wash leaves 40% of the remaining salt. The cake starts at 800 ppm. How many washes to get below 20 "
         "ppm?", _fewest(800, 0.4, 20)),
        ("Each pass through the filter removes 90% of the remaining particles. We start with 50000 particles per "
         "mL. How many passes to get below 10 particles per mL?", _fewest(50000, 0.1, 10)),
        ("How many half-lives until less than 1% remains?", _fewest(100, 0.5, 1)),
        ("How many half-lives until the activity falls below 1% of its starting value?", _fewest(100, 0.5, 1)),
        ("How many half-lives does it take for a sample to decay to 25% of the original?",
         _fewest(100, 0.5, 25, strict=False)),
    ],
)  # fmt: skip
def test_fewest_stages_below_a_limit(question: str, want: int):
    right_value(question, want, "algebra")


@pytest.mark.parametrize(
    "question",
    [
        "Each filter removes 60% of the original 800 mg/L. What is the fewest number of filters to get below 20 mg/L?",
        "Each stage removes 60% of the solids remaining. Influent is 0.8 g/L. What is the fewest number of stages to "
        "get below 20 mg/L?",
        "Each settling stage removes 60% of the solids remaining. Influent is 800 mg/L. What is the fewest number of "
        "stages to get below 900 mg/L?",
        "Each stage of the process removes 60% of the remaining water. How many stages are needed?",
    ],
)
def test_fewest_stages_declines_what_it_cannot_read(question: str):
    declined(question)
