"""Round 55 (branch h6): two or three workers together from their times alone written after a colon, an equals sign
or "takes" ("crew A alone: 18 h, crew B alone: 12 h"), one that undoes the job taking its share away ("drain B alone
empties it in 9 hours": t/6 - t/9 = 1); an equation stated in prose whose roots are asked as "every x that solves it";
a formula whose value is a fraction of one (a bare exponential, or glossed as a yield or a reliability) set by a
percentage ("probe yield Y = 85%" of Y = e^(−A·D0) is 0.85), and a precision asked ("4+ sig figs") no value of the
problem. References: sympy's solve here; near misses are declined or keep their old answer."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import as_set, confident, declined, roots_of

_t, _x = sp.symbols("t x", positive=True)
_r = sp.symbols("r")


def _together(*times: float, undoing: tuple[float, ...] = ()) -> set:
    """The time workers take together: each does 1/a of the job per unit of time, one that undoes it -1/a."""
    rate = sum(sp.Rational(1) / sp.nsimplify(a) for a in times) - sum(sp.Rational(1) / sp.nsimplify(a) for a in undoing)
    return set(sp.solve(_t * rate - 1, _t))


def _one(question: str, want: set) -> None:
    """``question`` is answered in algebra with confidence >= 0.9, every check passing, its solutions ``want``."""
    out = confident(question, "algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    result = out.result if isinstance(out.result, list) else [out.result]
    assert roots_of(result) == as_set(want), out.answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("- gearbox HSS bearing swap, up-tower\n- crew A alone: 18 h, crew B alone: 12 h\n- both crews working "
         "together at those same rates, how many hours for one swap?", _together(18, 12)),
        ("crew A alone takes 18 h, crew B alone takes 12 h. working together, how many hours?", _together(18, 12)),
        ("machine X alone = 8 h; machine Y alone = 24 h. Both running simultaneously, how long does the lot take?",
         _together(8, 24)),
        ("Press 1 alone: 10 h, press 2 alone: 15 h, press 3 alone: 30 h. all three running together, how many hours "
         "for the order?", _together(10, 15, 30)),
        ("pump A alone fills a tank in 6 hours, drain B alone empties it in 9 hours. both open together, how many "
         "hours to fill it?", _together(6, undoing=(9,))),
        ("the fill valve alone fills the tank in 6 h; the leak alone drains it in 18 h. with both, how many hours to "
         "fill the tank?", _together(6, undoing=(18,))),
        # a pump that fills a sump named "drain" does the job
        ("pump A alone fills the drain sump in 6 hours, pump B alone fills it in 9 hours. both together, how many "
         "hours to fill it?", _together(6, 9)),
        ("drain A alone empties the pond in 6 hours, drain B alone empties it in 3 hours. both open together, how many "
         "hours to empty it?", _together(6, 3)),
    ],
)  # fmt: skip
def test_work_rates_together(question: str, want: set) -> None:
    _one(question, want)


@pytest.mark.parametrize(
    "question",
    [
        # the emptying asked with a filler beside the drain
        "pump A alone fills a tank in 6 hours, drain B alone empties it in 9 hours. both open together, how many "
        "hours to empty it?",
        # the drain as fast as the filler: never full
        "inlet alone fills the sump in 4 h, the outlet alone drains it in 4 h. both open together, how long to fill?",
        # a third crew without its time alone
        "crew A can do it in 18 h and crew B can do it in 12 h, and a third crew helps. together, how many hours?",
        # two units
        "pump A alone fills a tank in 6 hours, pump B alone in 90 minutes. both together, how long to fill it?",
    ],
)
def test_work_rates_not_read_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "polynomial", "var"),
    [
        ("the spreadsheet my assistant brewer built for mash thickness spits out 2x² − 9x + 4 = 0 and I need every x "
         "that solves it, he swears one of them is the real answer", 2 * _r**2 - 9 * _r + 4, "x"),
        ("our fit gives t^2 - 5t + 6 = 0; I want all values of t that satisfy it", _r**2 - 5 * _r + 6, "t"),
        ("the model reduces to 3y^2 + y - 2 = 0, give me each y which works", 3 * _r**2 + _r - 2, "y"),
    ],
)  # fmt: skip
def test_every_root_asked_in_prose(question: str, polynomial: sp.Expr, var: str) -> None:
    out = confident(question, "algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    assert roots_of(out.result) == as_set(sp.solve(polynomial, _r))
    assert f", {var}" in out.answer


@pytest.mark.parametrize(
    "question",
    [
        # no ask of its roots
        "the spreadsheet my assistant brewer built spits out 2x² − 9x + 4 = 0 and I need every x",
        # two equations: which one is asked is unread
        "the spreadsheet spits out 2x² − 9x + 4 = 0 and 3x + 1 = 7 and I need every x that solves it",
    ],
)
def test_every_root_near_misses_decline(question: str) -> None:
    declined(question)


def _solved(equation: sp.Expr) -> set:
    """The positive roots of ``equation`` in x (a defect density, a time)."""
    return set(sp.solve(equation, _x))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Poisson yield model Y = e^(−A·D0). die area A = 0.5 cm², probe yield Y = 85%. back out D0 in defects/cm² "
         "(number, 4+ sig figs)", _solved(sp.exp(-sp.Rational(1, 2) * _x) - sp.Rational(85, 100))),
        ("Poisson yield Y = e^(−A·D0); the die is A = 1.2 cm² and the wafer-probe yield is Y = 70%. what is D0?",
         _solved(sp.exp(-sp.Rational(12, 10) * _x) - sp.Rational(70, 100))),
        ("reliability model R = exp(-t/eta) with eta = 1000 h. required reliability R = 90%. solve for t in hours",
         _solved(sp.exp(-_x / 1000) - sp.Rational(90, 100))),
        ("Murphy-ish: die yield Y = 1/(1 + A*D0), die area A = 0.8 cm², yield Y = 80%. solve for D0",
         _solved(1 / (1 + sp.Rational(8, 10) * _x) - sp.Rational(80, 100))),
        # a formula in percent keeps the percentage: the same D0 as the first
        ("yield model Y = 100*e^(-A*D0) in percent, A = 0.5 cm², Y = 85%. back out D0",
         _solved(100 * sp.exp(-sp.Rational(1, 2) * _x) - 85)),
    ],
)  # fmt: skip
def test_percentage_of_a_fraction_formula(question: str, want: set) -> None:
    _one(question, want)


def test_percentage_of_a_percent_formula_stays() -> None:
    """ABV is a percentage: "label says 6.3% ABV" stays 6.3 in ABV = (OG − FG) × 131.25."""
    fg = sp.symbols("FG")
    want = set(sp.solve((sp.Rational(1058, 1000) - fg) * sp.Rational(13125, 100) - sp.Rational(63, 10), fg))
    _one("using the simple ABV = (OG − FG) × 131.25 formula: OG was 1.058, label says 6.3% ABV. what FG do we need?",
         want)  # fmt: skip


@pytest.mark.parametrize(
    "question", ["solve e^(-0.5x) = 0.85, 4 sig figs", "solve e^(-0.5x) = 0.85 to 4 significant figures"]
)
def test_precision_asked_is_no_value(question: str) -> None:
    _one(question, _solved(sp.exp(-_x / 2) - sp.Rational(85, 100)))
