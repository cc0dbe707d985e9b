"""Calculus questions in prose read in more wordings: a units note in square brackets after a formula ("T(t) = 40 +
25·ln(1 + 0.3t)  [°C, t in h]"), a function named with a long subscript ("x_ox(t)", "C_out(t)") differentiated by
that name ("dx_ox/dt"), a rate's total over a run time stated by its length ("we ran it for exactly 6 min ... how many
liters total went through"), and the open box folded from a rectangular or square sheet with its maximum volume asked.
References: sympy's diff, scipy's quad and sympy's critical points of c (a - 2c)(b - 2c); near misses are declined."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy.integrate import quad

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, same_expr

t = sp.Symbol("t", real=True)


def _derivative(question: str) -> str:
    """The expression the question's confident calculus answer gives."""
    return confident(question, "calculus").to_dict()["result"]


def _number(question: str) -> tuple[float, str]:
    """The number the question's confident calculus answer gives, every check passing, and its plan."""
    out = confident(question, "calculus").to_dict()
    assert all(c["passed"] for c in out["checks"]), out["checks"]
    return float(to_sympy(out["result"])), out["plan"]


@pytest.mark.parametrize(
    ("question", "body"),
    [
        (
            "- main bearing temp after restart, fitted: T(t) = 40 + 25·ln(1 + 0.3t)  [°C, t in h]\n"
            "- need heating rate dT/dt as a fn of t (°C/h)",
            40 + 25 * sp.log(1 + sp.Rational(3, 10) * t),
        ),
        ("P(t) = 120 + 8·ln(1 + 2t)  [kW, t in s]. need dP/dt", 120 + 8 * sp.log(1 + 2 * t)),
        (
            "fitted T(t) = 40 + 25 ln(1 + 0.3t) (°C, t in h). what is dT/dt?",
            40 + 25 * sp.log(1 + sp.Rational(3, 10) * t),
        ),
    ],
)
def test_units_note_after_formula(question: str, body: sp.Expr) -> None:
    assert same_expr(_derivative(question), sp.diff(body, t))


@pytest.mark.parametrize(
    ("question", "body"),
    [
        (
            "wet ox growth on the furnace monitor fits x_ox(t) = √(0.04 + 0.3t) − 0.2 µm, t in hrs (parabolic regime, "
            "Deal-Grove-ish). need growth rate dx_ox/dt as a fn of t",
            sp.sqrt(sp.Rational(1, 25) + sp.Rational(3, 10) * t) - sp.Rational(1, 5),
        ),
        ("C_out(t) = 5 e^(-0.2t) mg/L, t in min. need dC_out/dt as a function of t", 5 * sp.exp(-t / 5)),
        ("T_surf(t) = 300 - 80e^(-0.05t) K. what is dT_surf/dt?", 300 - 80 * sp.exp(-t / 20)),
    ],
)
def test_long_subscripted_function(question: str, body: sp.Expr) -> None:
    assert same_expr(_derivative(question), sp.diff(body, t))


def test_long_subscripted_function_at_a_point() -> None:
    want = float(sp.diff(300 - 80 * sp.exp(-t / 20), t).subs(t, 10))
    value, _ = _number("T_surf(t) = 300 - 80e^(-0.05t) K. what is dT_surf/dt at t = 10?")
    assert value == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "rate", "length"),
    [
        (
            "transfer pump from the brite to the keg filler slows down as the line heats up, flow is q(t) = 40 − "
            "0.5t² L/min with t in minutes, and we ran it for exactly 6 min before shutting it off, how many liters "
            "total went through (integrate it, not eyeballing it like my cellar guy does)",
            lambda u: 40 - 0.5 * u**2,
            6,
        ),
        (
            "outflow q(t) = 12 + 3t L/min (t in minutes). the pump runs for 10 min. how many litres in total?",
            lambda u: 12 + 3 * u,
            10,
        ),
        (
            "coolant flow r(t) = 20 - 0.2t L/min, t in min; we ran it for 30 min, how many litres total",
            lambda u: 20 - 0.2 * u,
            30,
        ),
    ],
)
def test_total_over_run_time(question: str, rate, length: float) -> None:
    value, plan = _number(question)
    assert value == pytest.approx(quad(rate, 0, length)[0], rel=1e-9)
    assert "integrate" in plan


@pytest.mark.parametrize(
    "question",
    [
        # an approximate run time is no window
        "flow is q(t) = 40 − 0.5t² L/min with t in minutes, and we ran it for about 6 min, how many liters total "
        "went through",
        # the rate at the end is no total
        "flow is q(t) = 40 − 0.5t² L/min with t in minutes, and we ran it for exactly 6 min, what was the flow rate "
        "at the end",
    ],
)
def test_run_time_near_misses_decline(question: str) -> None:
    declined(question)


def _most_volume(a: int, b: int) -> float:
    """The largest volume c (a - 2c)(b - 2c) over 0 < c < min(a, b)/2, at sympy's critical points."""
    c = sp.Symbol("c", positive=True)
    volume = c * (a - 2 * c) * (b - 2 * c)
    inside = [p for p in sp.solve(sp.diff(volume, c), c) if 0 < p < sp.Rational(min(a, b), 2)]
    return float(max(volume.subs(c, p) for p in inside))


@pytest.mark.parametrize(
    ("question", "a", "b"),
    [
        (
            "Classic optimization problem from class: a 24 in by 15 in sheet of metal, cut equal squares from the four "
            "corners and fold up the sides to make an open-top box. What is the maximum possible volume of the box, in "
            "cubic inches?",
            24,
            15,
        ),
        (
            "An open box is made from a 30 cm square sheet of cardboard by cutting equal squares from each corner and "
            "folding up the sides. Find the largest volume the box can have.",
            30,
            30,
        ),
        (
            "A square piece of tin 12 in on a side: cut squares of side x from each corner and fold up the sides into "
            "a tray. What is the maximum volume?",
            12,
            12,
        ),
    ],
)
def test_folded_box_most_volume(question: str, a: int, b: int) -> None:
    value, plan = _number(question)
    assert value == pytest.approx(_most_volume(a, b), rel=1e-9)
    assert plan.startswith("show subs(")


def test_folded_box_cut_side_still_answered() -> None:
    """The cut's side asked keeps its answer (the side, not the volume), on a square sheet too."""
    q = (
        "A square piece of tin 12 in on a side: cut squares of side x from each corner and fold up the sides into a "
        "tray. What size cut gives the maximum volume?"
    )
    out = confident(q, "calculus").to_dict()
    assert [float(to_sympy(v)) for v in out["result"]] == [pytest.approx(2.0)]


@pytest.mark.parametrize(
    "question",
    [
        # the volume asked in another unit than the sheet's
        "A 24 in by 15 in sheet: cut equal squares from the four corners and fold up the sides to make an open-top "
        "box. What is the maximum volume in cubic cm?",
        # the volume at a given cut, no maximum asked
        "A 24 in by 15 in sheet: cut equal squares from the four corners and fold up the sides to make an open-top "
        "box. What is the volume if the squares are 2 in?",
    ],
)
def test_folded_box_near_misses_decline(question: str) -> None:
    declined(question)
