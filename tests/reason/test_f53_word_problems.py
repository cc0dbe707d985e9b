"""Calculus and algebra word problems: an open box folded from a sheet named by what it becomes ("shielding cans",
"cartons") or by its folding ("fold up the sides"); a defined formula with an SI-prefixed unit after it ("300x/(x +
50) cN", "800·e^(−t/6) MBq"); an integral with its bounds and then the unit its answer is asked in ("∫ A(t) dt from t
= 0 to 12, in MBq·h"); an equation whose roots are all asked beside a count of them ("only one root is physically
meaningful, but list all solutions"); a return over cost maximised whose expression is in brackets after its name
("the return over fertiliser cost (200·Y − 1.2·N)"). Near misses still decline."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import as_set, confident, declined, roots_of

_x = sp.Symbol("x", positive=True)


def _best_cut(length: float, width: float) -> set:
    """The corner cut x maximising x (L - 2x)(W - 2x) inside 0 < x < min(L, W)/2 (sympy)."""
    volume = _x * (length - 2 * _x) * (width - 2 * _x)
    return {r for r in sp.solve(sp.diff(volume, _x), _x) if r < sp.Rational(min(length, width), 2)}


@pytest.mark.parametrize(
    ("question", "length", "width"),
    [
        (
            "making open-top shielding cans out of 30 cm × 30 cm sheet stock: cut a square of side x cm out of "
            "each corner and fold up the sides. what x (cm) gives max volume?",
            30,
            30,
        ),
        (
            "we fold open cartons from 20 in × 12 in card: equal squares of side x in are cut from each corner and "
            "the flaps folded up. which x gives the largest volume?",
            20,
            12,
        ),
        (
            "sheet stock 24 cm by 24 cm, cut a square of side s from every corner and fold up the sides; what s "
            "maximises the volume?",
            24,
            24,
        ),
    ],
)
def test_folded_box_named_by_its_use(question: str, length: float, width: float) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set(_best_cut(length, width))


def test_folded_box_asking_its_height_declines() -> None:
    declined(
        "making open-top cans out of 30 cm × 30 cm sheet stock: cut a square of side x cm out of each corner and "
        "fold up the sides. what height gives max volume?"
    )


_t = sp.Symbol("t")


def _same(got: str, want: sp.Expr) -> bool:
    """Whether the engine's expression equals ``want``, their symbols matched by name (sympy)."""
    expr = to_sympy(got)
    named = {s.name: s for s in expr.free_symbols}
    return sp.simplify(expr - want.xreplace({s: named.get(s.name, s) for s in want.free_symbols})) == 0


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "tenacity vs finish add-on fit: F(x) = 300x/(x + 50) cN, x = add-on in g/kg. need dF/dx as a function "
            "of x, exact pls",
            sp.diff(300 * _x / (_x + 50), _x),
        ),
        (
            "grip force model G(s) = 40s/(s + 8) kN with s the bolt preload in mm. dG/ds please, exact",
            sp.diff(40 * sp.Symbol("s") / (sp.Symbol("s") + 8), sp.Symbol("s")),
        ),
        ("A(t) = 800·e^(−t/6) MBq, t in h. what is dA/dt?", sp.diff(800 * sp.exp(-_t / 6), _t)),
    ],
)
def test_derivative_of_formula_with_prefixed_unit(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert _same(out.result, want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Same source, A(t) = 800·e^(−t/6) MBq (t in h). I need the cumulated activity over the first 12 hours, "
            "i.e. ∫ A(t) dt from t = 0 to 12, in MBq·h. Exact form if possible, thank you.",
            sp.integrate(800 * sp.exp(-_t / 6), (_t, 0, 12)),
        ),
        (
            "A(t) = 800·e^(−t/6) MBq (t in h). I need ∫ A(t) dt from 0 to 12, in MBq·h.",
            sp.integrate(800 * sp.exp(-_t / 6), (_t, 0, 12)),
        ),
        ("q(t) = 5 + 2t L/min. ∫ q(t) dt from t = 0 to 4, in L please", sp.integrate(5 + 2 * _t, (_t, 0, 4))),
    ],
)
def test_integral_with_asked_unit_after_bounds(question: str, want: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert _same(out.result, want)


def test_derivative_of_an_undefined_function_declines() -> None:
    declined("F(x) = 300x/(x + 50) cN. need dG/dx")


_c = sp.Symbol("c")


@pytest.mark.parametrize(
    ("question", "equation", "var"),
    [
        (
            "Hello, our quadratic calibration for an immunoassay reduces to 2c² − 3c − 9 = 0 for one sample (c in "
            "ng/mL). I know only one root is physically meaningful, but for the validation file please list all "
            "solutions of the equation.",
            2 * _c**2 - 3 * _c - 9,
            _c,
        ),
        (
            "the fit reduces to x² − 5x + 6 = 0. only one root makes sense physically but give me both solutions.",
            sp.Symbol("x") ** 2 - 5 * sp.Symbol("x") + 6,
            sp.Symbol("x"),
        ),
        ("the heat balance works out to 3t² − 12 = 0 at 2 stations; list all the roots.", 3 * _t**2 - 12, _t),
    ],
)
def test_all_roots_asked_beside_a_count(question: str, equation: sp.Expr, var: sp.Symbol) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(equation, var))


def test_roots_beside_a_count_of_values_stays_unsure() -> None:
    declined("the fit reduces to x² − 5x + 6 = 0. only one value makes sense physically but give me both solutions.")


_n = sp.Symbol("n", nonnegative=True)


@pytest.mark.parametrize(
    ("question", "objective"),
    [
        (
            "Wheat N response from last season's strip trial: Y(N) = 4 + 0.04N − 0.0001N² t/ha, N in kg N/ha. Grain "
            "is $200/t and nitrogen costs $1.20 per kg N. Ignoring everything else, what N rate maximises the return "
            "over fertiliser cost (200·Y − 1.2·N)? Answer in kg N/ha.",
            200 * (4 + sp.Rational(4, 100) * _n - sp.Rational(1, 10000) * _n**2) - sp.Rational(6, 5) * _n,
        ),
        (
            "Maize response Y(N) = 3 + 0.05N − 0.0002N² t/ha. Which N maximizes the net return (150*Y − 0.9*N)?",
            150 * (3 + sp.Rational(5, 100) * _n - sp.Rational(2, 10000) * _n**2) - sp.Rational(9, 10) * _n,
        ),
        (
            "Yield curve Y(x) = 2 + 0.3x − 0.01x² t/ha with x the seed rate. what x maximises the margin over seed "
            "cost (100·Y − 5·x)?",
            100 * (2 + sp.Rational(3, 10) * _n - sp.Rational(1, 100) * _n**2) - 5 * _n,
        ),
    ],
)
def test_return_over_cost_in_brackets(question: str, objective: sp.Expr) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set(sp.solve(sp.diff(objective, _n), _n))


def test_return_over_cost_of_another_name_declines() -> None:
    declined(
        "Wheat Y(N) = 4 + 0.04N − 0.0001N² t/ha. what N rate maximises the return over fertiliser cost (200·Y − 1.2·P)?"
    )
