"""Branch g8: a stated formula solved for one name at values stated beside it in prose ("OG was 1.058", "label says
6.3% ABV", the formula ended by a colon); two curves of one quantity crossing, the ask restated after "i.e."; every
real root kept when the question asks for all of them ("all real roots pls (both, even the non-physical one)"), and
the sign check failing a solve restricted to x >= 0 when every root is asked. References: sympy here."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.signs import sign_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from tests.reason.answers import as_set, confident, declined, roots_of

_fg, _q, _x = sp.symbols("FG Q x")


def _final_gravity(og: str, abv: str) -> set:
    """FG from ABV = (OG - FG) * 131.25 (exact rationals of the stated decimals)."""
    equation = (sp.Rational(og) - _fg) * sp.Rational("131.25") - sp.Rational(abv)
    return set(sp.solve(equation, _fg))


@pytest.mark.parametrize(
    ("question", "og", "abv"),
    [
        ("using the simple ABV = (OG − FG) × 131.25 formula: OG was 1.058, label says 6.3% ABV. what FG do we need to "
         "finish at to hit exactly 6.3?", "1.058", "6.3"),
        ("ABV = (OG − FG) × 131.25. Our OG is 1.050 and we want 5.5% ABV: what FG should we finish at?", "1.050",
         "5.5"),
        ("With ABV = (OG - FG)*131.25, what final gravity FG gives 5% ABV from an OG of 1.048?", "1.048", "5"),
        ("ABV = (OG − FG) × 131.25: OG = 1.062, ABV = 7.2. what FG do we need to finish at?", "1.062", "7.2"),
    ],
)  # fmt: skip
def test_formula_solved_for_a_name(question: str, og: str, abv: str) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(_final_gravity(og, abv))


@pytest.mark.parametrize(
    "question",
    [
        "ABV = (OG − FG) × 131.25: OG was 1.058. what FG do we need to finish at?",  # ABV not stated
        "ABV = (OG − FG) × 131.25, we brewed 1.058 and want 6.3 and 5.9: what FG?",  # values not matched to names
    ],
)
def test_formula_missing_value_declines(question: str) -> None:
    declined(question)


def _crossing(a: float, b: float, c: float, d: float) -> set:
    """The positive Q where a - b Q^2 = c + d Q^2."""
    return {r for r in sp.solve(sp.nsimplify(a - b * _q**2 - c - d * _q**2), _q) if r > 0}


@pytest.mark.parametrize(
    ("question", "curves"),
    [
        ("Booster station No. 3: the pump curve is H = 50 − 0.002·Q² and the system curve is H = 20 + 0.001·Q², with H "
         "in m and Q in L/s. At what flow Q does the pump operate, i.e. where do the two curves cross for positive Q?",
         (50, 0.002, 20, 0.001)),
        ("Pump: H = 50 − 0.002Q², system: H = 20 + 0.001Q² (H in m, Q in L/s). Find the operating point Q (positive).",
         (50, 0.002, 20, 0.001)),
        ("fan curve p = 800 - 0.5 Q^2 and duct curve p = 0.3 Q^2, Q in m3/s: what Q is the duty point, i.e. where do "
         "the curves intersect for Q > 0?", (800, 0.5, 0, 0.3)),
        ("Two curves: H = 60 − 0.004 Q^2 (pump) and H = 20 + 0.006 Q^2 (system). At what positive Q do they meet?",
         (60, 0.004, 20, 0.006)),
    ],
)  # fmt: skip
def test_curves_cross(question: str, curves: tuple[float, float, float, float]) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(_crossing(*curves))


def test_curves_heads_equal_keeps_both_roots() -> None:
    """'the two heads equal' is a crossing, not a coin; no sign asked: both real roots."""
    out = confident("the pump curve is H = 50 − 0.002·Q² and the system curve is H = 20 + 0.001·Q². At what flow Q are "
                    "the two heads equal?", "algebra")  # fmt: skip
    assert roots_of(out.result) == as_set(sp.solve(sp.nsimplify(30 - 0.003 * _q**2), _q))


def test_curve_value_is_no_crossing() -> None:
    """A value asked of one curve is no crossing: not answered as one."""
    out = reason("pump curve H = 50 − 0.002Q², system curve H = 20 + 0.001Q². What is H at Q = 50?")
    assert not out.answered or "solve(" not in (out.plan or "")


_QUADRATIC = 2 * _x**2 - 3 * _x - 20


@pytest.mark.parametrize(
    "question",
    [
        "quadratic cal term rearranged to 2x² − 3x − 20 = 0 ; all real roots pls (both, even the non-physical one)",
        "solve 2x^2 - 3x - 20 = 0, give both roots including the unphysical one",
        "2x^2 - 3x - 20 = 0 is my calibration equation; I want every solution, even the non-physical negative one",
    ],
)
def test_every_root_asked_keeps_all(question: str) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(_QUADRATIC, _x))
    assert 'domain="nonnegative"' not in out.plan and 'domain="positive"' not in out.plan


@pytest.mark.parametrize(
    "question",
    ["solve 2x^2 - 3x - 20 = 0, the physical root only", "solve 2x^2 - 3x - 20 = 0, discard the negative root"],
)
def test_physical_root_alone_still_selected(question: str) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set([r for r in sp.solve(_QUADRATIC, _x) if r >= 0])


def test_sign_check_fails_restricted_solve_when_every_root_asked() -> None:
    question = "2x² − 3x − 20 = 0 ; all real roots pls (both, even the non-physical one)"
    plan = Plan("algebra", 'show solve(2*x^2 - 3*x - 20 == 0, x, domain="nonnegative")',
                {"op": "solve", "expr": "2*x^2 - 3*x - 20 == 0", "var": "x", "domain": "nonnegative"})  # fmt: skip
    check = sign_check(question, plan, {"result": ["4"]}, to_sympy)
    assert check is not None and not check.passed
    kept = Plan("algebra", "show solve(2*x^2 - 3*x - 20 == 0, x)", {"op": "solve", "expr": "2*x^2 - 3*x - 20 == 0"})
    assert sign_check(question, kept, {"result": ["-5/2", "4"]}, to_sympy) is None
