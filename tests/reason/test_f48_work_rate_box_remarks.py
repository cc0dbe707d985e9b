"""Branch g21: two workers at constant rates together (t/a + t/b = 1, audited by substitution); the open box folded
from an L by W sheet with corner squares of side x cut out (x (L - 2x)(W - 2x) maximised over 0 < x < min(L, W)/2);
closing sentences of words after the mathematics ("... dx. pretty sure its integration by parts?? ..."). References:
sympy here."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

_t, _x = sp.symbols("t x", positive=True)


def _together(a: float, b: float) -> set:
    """The time two workers take together, from t/a + t/b = 1."""
    return set(sp.solve(_t / a + _t / b - 1, _t))


def _best_cut(length: float, width: float) -> set:
    """The side of the corner squares that maximises the folded box's volume, inside 0 < x < min/2."""
    volume = _x * (length - 2 * _x) * (width - 2 * _x)
    return {x for x in sp.solve(sp.diff(volume, _x), _x) if x < min(length, width) / 2}


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        ("word problem: pump A alone fills a tank in 6 hours, pump B alone fills it in 9 hours. both running "
         "together, how many hours to fill it? exact pls", 6, 9),
        ("TK-410 empty. P-101 alone fills it in 6 h, P-102 alone in 4 h. both running, constant rates, how many h "
         "to fill?", 6, 4),
        ("Alice can paint the fence in 5 hours and Bob can paint it in 3 hours. Working together, how long does it "
         "take?", 5, 3),
        ("One crew alone finishes the job in 12 days, a second crew alone in 8 days. How many days if both crews "
         "work together?", 12, 8),
    ],
)  # fmt: skip
def test_work_rate_together(question: str, a: int, b: int) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(_together(a, b))


@pytest.mark.parametrize(
    "question",
    [
        # (a drain that empties it is read since round 55: tests/reason/test_f55_work_rates_fractions.py)
        "pump A alone fills a tank in 6 hours, pump B alone in 90 minutes. both together, how long to fill it?",
    ],
)
def test_work_rate_not_read_declines(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "length", "width"),
    [
        ("We fold open-top trays out of 10 in × 16 in paperboard blanks by cutting equal squares of side x out of "
         "each corner and folding up the sides. What x (inches) gives the max tray volume?", 10, 16),
        ("optimization q: open-top box made from a 16 in by 10 in sheet of metal by cutting equal squares of side x "
         "out of each corner and folding up the sides. what x (inches) gives max volume?", 16, 10),
        ("A 30 cm x 20 cm sheet has equal squares cut from its four corners and the flaps folded up into a tray. "
         "What size of cut gives the largest volume?", 30, 20),
    ],
)  # fmt: skip
def test_folded_box_best_cut(question: str, length: int, width: int) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set(_best_cut(length, width))


def test_folded_box_height_asked_declines() -> None:
    declined("open-top box from a 16 in by 10 in sheet, squares cut from each corner. what height gives max volume?")


def test_closing_sentences_after_an_integral() -> None:
    out = confident("3b) evaluate ∫₀¹ x·e^(2x) dx. pretty sure its integration by parts?? my prof wants the exact "
                    "answer in terms of e, not a decimal", "calculus")  # fmt: skip
    assert same_expr(out.result, sp.integrate(_x * sp.exp(2 * _x), (_x, 0, 1)))
    out = confident("integrate x^2 e^x dx from 0 to 1. my teacher says use parts twice, no idea why", "calculus")
    assert same_expr(out.result, sp.integrate(_x**2 * sp.exp(_x), (_x, 0, 1)))


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        ("solve log₂(x) + log₂(x − 2) = 3 for x. i got two answers from the quadratic but the book only lists one?? "
         "give me all valid solutions", sp.log(_x, 2) + sp.log(_x - 2, 2) - 3),
        ("solve x^2 - 5x + 6 = 0. we did this in class yesterday but i forgot the method", _x**2 - 5 * _x + 6),
    ],
)  # fmt: skip
def test_closing_sentences_after_an_equation(question: str, equation: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(equation, _x))


def test_closing_sentence_with_a_point_is_kept() -> None:
    from plugins.symbolic.remarks import cut_trailing_remarks

    assert cut_trailing_remarks("derivative of x^3 sin(x). evaluate at 2").endswith("evaluate at 2")
    assert cut_trailing_remarks("d/dx of x^2 y. with respect to y").endswith("with respect to y")


def _staggered(total: float, early: float, late: float, delay: float) -> set:
    """The time from the first start to make ``total``, the second rate joining ``delay`` later (the first alone
    when it finishes before then)."""
    if total <= early * delay:
        return {sp.Rational(total) / early}
    return set(sp.solve(early * _t + late * (_t - delay) - total, _t))


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("Order is 8,400 packs. Line A runs 45 packs/min and starts at time 0, Line B runs 60 packs/min but doesnt "
         "start till 20 min later. How many minutes after line A starts is the order done? exact answer pls",
         (8400, 45, 60, 20)),
        ("A batch of 5000 bottles: filler 1 runs at 40 bottles per minute from the start, filler 2 at 60 bottles per "
         "minute starts 10 minutes later. How long until the batch is done?", (5000, 40, 60, 10)),
        ("Order is 600 packs. Line A runs 45 packs/min from time 0, Line B runs 60 packs/min starting 20 min later. "
         "How many minutes until the order is done?", (600, 45, 60, 20)),
    ],
)  # fmt: skip
def test_staggered_start(question: str, numbers: tuple[int, int, int, int]) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(_staggered(*numbers))


def test_staggered_third_line_declines() -> None:
    declined("Order is 8,400 packs. Line A runs 45 packs/min, Line B 60 packs/min starts 20 min later, Line C 30 "
             "packs/min starts 10 min later. How many minutes until done?")  # fmt: skip
