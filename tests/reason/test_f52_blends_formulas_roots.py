"""Round 52: algebra word problems in more wordings. An air handler's outside-air share from its outside, return and
mixed air temperatures ("OAT 95 °F, RAT 75 °F, MAT 80 °F ... outside air fraction?": MAT = f·OAT + (1 − f)·RAT), a
premix added to a batch on hand whose target follows a want or a specification ("spec wants 30%"), two strengths of
one product named before each value ("lidocaine 2% and lidocaine 0.5%"), a stated model solved for its variable where
the unit of its value says "% of max" ("E in % of max effect": no extreme asked), a quadratic whose origin is told in
words ("setting the score function to zero I got ... = 0"), and a formula solved for a quantity written e ("solve for
void ratio e": a name, not Euler's number). References: sympy's solve; near misses are declined."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import as_set, confident, declined, roots_of

_x = sp.symbols("x")


def _share(stream: float, other: float, mixed: float, whole: int = 1) -> sp.Expr:
    """The share (of ``whole``) of ``stream`` in a mix with ``other`` at ``mixed``: s·a + (whole − s)·b = mixed·whole."""
    a, b, m = (sp.nsimplify(v) for v in (stream, other, mixed))
    return sp.solve(sp.Eq(a * _x + b * (whole - _x), m * whole), _x)[0]


def _one(question: str, want: sp.Expr) -> None:
    """``question`` is answered in algebra with confidence >= 0.9, every check passing, its one solution ``want``."""
    out = confident(question, "algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    result = out.result if isinstance(out.result, list) else [out.result]
    assert roots_of(result) == as_set([want]), out.answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 80 °F. assuming simple sensible mixing what's the outside air "
            "fraction? (as a fraction, not cfm)",
            _share(95, 75, 80),
        ),
        (
            "AHU-2 readings: outdoor air 30 °C, return air 24 °C, mixed air 25.5 °C. what percentage of outside air "
            "is the unit bringing in?",
            _share(30, 24, 25.5, 100),
        ),
        ("OA temp 10 F, RA temp 72 F, MA temp 55 F. OA fraction?", _share(10, 72, 55)),
        ("economizer check: OAT 95 °F, RAT 75 °F, MAT 80 °F. what is the return air fraction?", _share(75, 95, 80)),
    ],
)
def test_mixed_air_share(question: str, want: sp.Expr) -> None:
    _one(question, want)


@pytest.mark.parametrize(
    "question",
    [
        "RTU-3: OAT 95 °F, RAT 75 °F, measured MAT 98 °F. what's the outside air fraction?",  # not between
        "RTU-3: OAT 95 °F, RAT 24 °C, MAT 80 °F. what's the outside air fraction?",  # two units
        "OAT 95 °F, RAT 75 °F, MAT 80 °F. what's the supply fan cfm?",  # no share asked
    ],
)
def test_mixed_air_near_misses_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "have", "strength", "added", "target"),
    [
        (
            "HW loop has 200 gal at 20% propylene glycol (by vol). spec wants 30%. how many gal of 50% premix do i add "
            "to get there? (assume no drain-down, volumes additive)",
            200, 20, 50, 30,
        ),
        (
            "chiller loop holds 400 L of 25% ethylene glycol; target is 35%. how many L of the 60% concentrate do we "
            "add?",
            400, 25, 60, 35,
        ),
        ("we have 50 kg of 10% brine in the tank, we need 16%. how many kg of 26% brine should be added?", 50, 10, 26, 16),
    ],
)  # fmt: skip
def test_premix_added_to_batch(question: str, have: int, strength: int, added: int, target: int) -> None:
    _one(question, sp.solve(sp.Eq(added * _x + strength * have, target * (have + _x)), _x)[0])


def test_premix_target_beyond_premix_declines() -> None:
    declined(
        "HW loop has 200 gal at 20% propylene glycol (by vol). spec wants 60%. how many gal of 50% premix do i add to "
        "get there?"
    )


@pytest.mark.parametrize(
    ("question", "total", "target", "asked", "other"),
    [
        (
            "pharmacy has lidocaine 2% and lidocaine 0.5% solutions. How many mL of the 2% do we need to mix with the "
            "0.5% to get 300 mL of a 1% solution?",
            300, "1", "2", "0.5",
        ),
        (
            "we stock dextrose 50% and dextrose 5%. how many mL of the 50% are needed to make 500 mL of a 10% "
            "solution?",
            500, "10", "50", "5",
        ),
        (
            "the lab has ethanol 95% and ethanol 40% on hand. how many mL of the 95% go into 1000 mL of a 70% mix?",
            1000, "70", "95", "40",
        ),
    ],
)  # fmt: skip
def test_one_product_two_strengths(question: str, total: int, target: str, asked: str, other: str) -> None:
    a, b, c = (sp.Rational(v) for v in (asked, other, target))
    _one(question, sp.solve(sp.Eq(a * _x + b * (total - _x), c * total), _x)[0])


@pytest.mark.parametrize(
    "question",
    [
        "pharmacy has lidocaine 2% and lidocaine 0.5% solutions. How many mL of the 2% do we need to mix with the 0.5% "
        "to get 300 mL of a 3% solution?",  # target above both strengths
        "pharmacy has lidocaine 2% and procaine 0.5% solutions. How many mL of the 2% do we need to mix with the 0.5% "
        "to get 300 mL of a 1% solution?",  # two products: no blend of one
    ],
)
def test_two_strengths_near_misses_decline(question: str) -> None:
    declined(question)


_c = sp.symbols("c", positive=True)


@pytest.mark.parametrize(
    ("question", "model", "level"),
    [
        (
            "Emax dose–response model E = 100·C/(C + 5) (E in % of max effect, C in mg/L, EC50 = 5). what "
            "concentration C gives E = 80%?",
            100 * _c / (_c + 5), 80,
        ),
        ("Emax model E = 60·C/(C + 4), E in % of the maximum. which C gives E = 45?", 60 * _c / (_c + 4), 45),
        (
            "receptor occupancy B = 100·L/(L + 2) (B in percent of max binding). what L gives B = 75%?",
            100 * _c / (_c + 2), 75,
        ),
    ],
)  # fmt: skip
def test_model_in_percent_of_max_solved(question: str, model: sp.Expr, level: int) -> None:
    (want,) = sp.solve(sp.Eq(model, level), _c)  # the level in the model's own percent, no fraction of it
    _one(question, want)


def test_maximum_of_saturating_model_is_not_answered() -> None:
    declined("Emax model E = 100·C/(C + 5) (E in % of max effect). what C gives the maximum E?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "setting the score function to zero in a likelihood problem I got 3x^2 − 12x + 9 = 0. find all solutions "
            "for x",
            sp.solve(3 * _x**2 - 12 * _x + 9, _x),
        ),
        (
            "after setting the derivative of the log-likelihood equal to 0 I end up with 2p^2 - 7p + 3 = 0. what are "
            "the roots?",
            sp.solve(2 * _x**2 - 7 * _x + 3, _x),
        ),
        ("putting the gradient to zero gives t^2 - 5t + 6 = 0, find all solutions for t", sp.solve(_x**2 - 5 * _x + 6)),
    ],
)
def test_quadratic_after_setting_to_zero(question: str, want: list) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(want)


def test_two_equations_after_setting_to_zero_decline() -> None:
    declined(
        "setting the score function to zero in a likelihood problem I got 3x^2 − 12x + 9 = 0 and 2x + 1 = 0. find all "
        "solutions for x"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "saturated clay, γsat = 19.5 kN/m³, Gs = 2.70, γw = 9.81 kN/m³. using γsat = (Gs + e)γw/(1 + e), solve for "
            "void ratio e",
            sp.solve(sp.Eq((sp.Rational("2.70") + _x) * sp.Rational("9.81") / (1 + _x), sp.Rational("19.5")), _x)[0],
        ),
        (
            "dry unit weight γd = Gs·γw/(1 + e) with γd = 16.2 kN/m³, Gs = 2.65, γw = 9.81 kN/m³: solve for the void "
            "ratio e",
            sp.solve(sp.Eq(sp.Rational("2.65") * sp.Rational("9.81") / (1 + _x), sp.Rational("16.2")), _x)[0],
        ),
        ("porosity n = e/(1 + e), n = 0.35. solve for e", sp.solve(sp.Eq(_x / (1 + _x), sp.Rational("0.35")), _x)[0]),
    ],
)
def test_formula_solved_for_e(question: str, want: sp.Expr) -> None:
    _one(question, want)


def test_e_as_name_and_as_euler_declines() -> None:
    declined("y = e^(2k) + e, y = 20, k = 1. solve for e")
