"""f50: a function defined by name with its unit after it ("P(t) = 3 + 9·e^(−t/4) °P", "C(t) = 100·e^(−0.0115t) %LC",
"thk(t) = 400·√t + 15t Å"), an integral of a defined function named before it ("AUC(0–∞) = ∫₀^∞ C dt"), and an
equation solved for t with its parameter given in the text ("k = 0.0035 month⁻¹ ... solve 100·e^(−kt) = 90.0 for t");
references by sympy, scipy and math."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import label_starts
from tests.reason.answers import confident, declined, roots_of

t = sp.Symbol("t", positive=True)


def _checked(question: str, mode: str) -> dict:
    """The JSON document of ``question``: answered in ``mode`` with confidence >= 0.9, every check passing."""
    out = confident(question, mode).to_dict()
    assert all(c["passed"] for c in out["checks"]), out["checks"]
    return out


def _same_function(got: str, want: sp.Expr) -> None:
    """The engine's expression in t equals ``want`` at several points (its symbol named as the engine names it)."""
    expr = to_sympy(got)
    (var,) = expr.free_symbols
    for at in (0.3, 1.7, 6.0, 25.0):
        assert float(expr.subs(var, at)) == pytest.approx(float(want.subs(t, at)), rel=1e-12)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "FV7 gravity curve fit: P(t) = 3 + 9·e^(−t/4) °P, t in days since pitch. need dP/dt as a fn of t (rate of "
            "sugar drop) thx",
            sp.diff(3 + 9 * sp.exp(-t / 4), t),
        ),
        ("wort gravity G(t) = 12 + 4·e^(−0.3t) °Bx, t in hours. dG/dt?", sp.diff(12 + 4 * sp.exp(-0.3 * t), t)),
        (
            "stab lot 24-017, assay fits first-order: C(t) = 100·e^(−0.0115t) %LC, t in months; need dC/dt as fn of t "
            "(rate of loss, %LC/month)",
            sp.diff(100 * sp.exp(-0.0115 * t), t),
        ),
        (
            "assay model A(t) = 101.5·e^(−0.02t) % LC, t in months. derivative of A",
            sp.diff(101.5 * sp.exp(-0.02 * t), t),
        ),
        (
            "furnace ox fit: thk(t) = 400·√t + 15t Å, t in min. need growth rate dthk/dt as fn of t (symbolic pls, "
            "going into the recipe calc sheet)",
            sp.diff(400 * sp.sqrt(t) + 15 * t, t),
        ),
        ("oxide growth x(t) = 50·√t Å, t in s; need dx/dt", sp.diff(50 * sp.sqrt(t), t)),
    ],
)
def test_derivative_of_a_function_with_its_unit_after_it(question: str, want: sp.Expr) -> None:
    _same_function(_checked(question, "calculus")["result"], want)


def test_unknown_degree_scale_still_declines() -> None:
    declined("P(t) = 3 + 9·e^(−t/4) °Q, t in days. need dP/dt")


def test_lot_code_digits_are_a_label_not_a_range() -> None:
    text = "stab lot 24-017 and batch 2023-0114, day 1-14"
    starts = label_starts(text)
    assert text.index("017") in starts and text.index("0114") in starts
    assert text.index("14", text.index("day")) not in starts  # "day 1-14": a range's end is a value


def _auc(body, lo: float, hi: float) -> float:
    value, error = integrate.quad(body, lo, hi)
    assert error < 1e-6
    return value


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "PK bridging note; plasma conc model C(t) = 12·t·e^(−t/2) µg/mL, t in h. AUC(0–∞) = ∫₀^∞ C dt, exact "
            "value pls (µg·h/mL)",
            _auc(lambda s: 12 * s * math.exp(-s / 2), 0, math.inf),
        ),
        (
            "plasma model C(t) = 8 e^(-0.25 t) mg/L (t in h); exposure AUC0-24 = ∫_0^24 C(t) dt, exact value",
            _auc(lambda s: 8 * math.exp(-0.25 * s), 0, 24),
        ),
        (
            "concentration c(t) = 5t e^(-t) ng/mL, t in h. AUC(0-∞)=∫₀^∞ c dt?",
            _auc(lambda s: 5 * s * math.exp(-s), 0, math.inf),
        ),
    ],
)
def test_integral_named_before_its_sign(question: str, want: float) -> None:
    assert float(to_sympy(_checked(question, "calculus")["result"])) == pytest.approx(want, rel=1e-7)


def test_integral_named_with_other_bounds_is_no_confident_answer() -> None:
    declined("C(t) = 12·t·e^(−t/2) µg/mL, t in h. AUC(0–24) = ∫₀^∞ C dt, exact?")


@pytest.mark.parametrize(
    ("question", "k", "start", "end"),
    [
        (
            "first-order loss, k = 0.0035 month⁻¹, initial 100.0 %LC; solve 100·e^(−kt) = 90.0 for t (months to hit "
            "90% LC lower limit); no rounding to a pull point",
            0.0035,
            100,
            90,
        ),
        ("shelf life: k = 0.012 /month, solve 100 e^(-k t) = 95 for t", 0.012, 100, 95),
        ("k = 0.02 per day; solve 50·e^(−kt) = 40 for t (days)", 0.02, 50, 40),
    ],
)
def test_solve_with_the_parameter_stated(question: str, k: float, start: float, end: float) -> None:
    out = _checked(question, "algebra")
    want = math.log(start / end) / k
    (got,) = roots_of(out["result"])
    assert complex(got).real == pytest.approx(want, rel=1e-12)
    assert float(sp.solve(start * sp.exp(-k * t) - end, t)[0]) == pytest.approx(want, rel=1e-12)


def test_solve_with_a_rate_in_another_time_unit_declines() -> None:
    declined("k = 0.0035 per day; solve 100·e^(−kt) = 90 for t (months)")
