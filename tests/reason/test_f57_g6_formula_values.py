"""Stated formulas solved or evaluated at stated values (f57_g6): a function with a unit and a bracketed gloss after it
("η(T) = 36·e^(−0.025T) s (DIN4 cup)") set to a value asked by "at what T is it 24 s"; an explicit growth equation
("Solve 150·(1.08)^n = 300 for n") beside the same growth defined as a function ("N(n) = 150·(1.08)^n"); a
first-order loss "from 85 to 40 over 30 days" giving N0 and N; the variable asked by the value it gives ("which N
rate(s) give exactly 9 t/ha"); a formula with subscripted names ("L_mould = L_part / (1 − s)") evaluated at a value
labelled by its subscript and a percentage with a decimal comma taken as a fraction. References by sympy."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import plain_text
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr

_N = sp.Symbol("N")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Efflux time of the 2K topcoat: v(T) = 80·e^(−0.04T) s (DIN4 cup), T in °C. At what T is it exactly 20 s? "
            "exact answer, log form ok",
            sp.log(4) / sp.Rational(4, 100),
        ),
        (
            "Cup viscosity of the lacquer: f(T) = 60·e^(-0.03T) s (Ford4 cup). At what T does it reach 45 s? exact",
            sp.log(sp.Rational(60, 45)) / sp.Rational(3, 100),
        ),
    ],
)
def test_function_with_unit_gloss_set_to_a_value(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert len(out.result) == 1 and same_expr(out.result[0], want), out.result


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "The fleet counts 2000 vehicles now and grows 5% per year, compounded, so F(y) = 2000·(1.05)^y after y "
            "years. Solve 2000·(1.05)^y = 5000 for y, exact in logs.",
            sp.log(sp.Rational(5, 2)) / sp.log(sp.Rational(21, 20)),
        ),
        (
            "Subscribers: 400 today, growing 10% per month compounding, S(m) = 400*(1.1)^m. Solve 400*(1.1)^m = 1000 "
            "for m (exact).",
            sp.log(sp.Rational(5, 2)) / sp.log(sp.Rational(11, 10)),
        ),
    ],
)
def test_explicit_growth_equation_beside_its_function(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert len(out.result) == 1 and same_expr(out.result[0], want), out.result


def test_explicit_growth_equation_against_the_words_is_not_confident() -> None:
    declined(
        "The fleet counts 2000 vehicles now and grows 5% per year, compounded, so F(y) = 2000·(1.05)^y. "
        "Solve 2000·(1.06)^y = 5000 for y, exact."
    )


@pytest.mark.parametrize(
    ("question", "start", "end", "days"),
    [
        (
            "Nitrate in the topsoil (0–30 cm) fell from 120 kg/ha to 30 kg/ha over 14 days. With first-order loss "
            "C(t) = C0·e^(−k·t), t in days, what is k? exact",
            120,
            30,
            14,
        ),
        (
            "The pesticide residue dropped from 60 mg/kg to 25 mg/kg in 21 days; model R(t) = R0*e^(-k*t) (t in "
            "days). What's k, exact?",
            60,
            25,
            21,
        ),
    ],
)
def test_first_order_loss_from_start_to_end(question: str, start: int, end: int, days: int) -> None:
    k = sp.Symbol("k")
    want = sp.solve(sp.Eq(start * sp.exp(-k * days), end), k)
    out = confident(question, "algebra")
    assert len(out.result) == 1 and same_expr(out.result[0], [w for w in want if w.is_real][0]), out.result


def test_first_order_loss_time_in_another_unit_declines() -> None:
    declined(
        "Nitrate in the topsoil (0–30 cm) fell from 120 kg/ha to 30 kg/ha over 14 days. First-order loss "
        "C(t) = C0·e^(−k·t), t in weeks. What is k? exact"
    )


@pytest.mark.parametrize(
    ("question", "curve", "level"),
    [
        (
            "Yield response of the barley trial: Y = 3 + 0.04N − 0.0001N² (t/ha, N kg/ha). Which N rates give "
            "exactly 6 t/ha? both roots, exact",
            3 + sp.Rational(4, 100) * _N - sp.Rational(1, 10000) * _N**2,
            6,
        ),
        (
            "Dose-response y = 10 + 3d - 0.5d^2. What dose d yields 12? exact roots",
            10 + 3 * sp.Symbol("d") - sp.Rational(1, 2) * sp.Symbol("d") ** 2,
            12,
        ),
    ],
)
def test_variable_asked_by_the_value_it_gives(question: str, curve: sp.Expr, level: int) -> None:
    (var,) = curve.free_symbols
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(sp.Eq(curve, level), var))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Cavity sizing uses D_mould = D_part / (1 − s) (s as a fraction). The part diameter is 50 mm and the "
            "shrinkage is 0,6 %. What is D_mould, exact?",
            sp.Rational(50) / (1 - sp.Rational(6, 1000)),
        ),
        (
            "PA66 housing: part width 64.00 mm, linear shrinkage 1,5 %. Tool formula W_tool = W_part / (1 - s). "
            "What is W_tool in mm as an exact fraction?",
            sp.Rational(64) / (1 - sp.Rational(15, 1000)),
        ),
    ],
)
def test_subscripted_formula_with_percent_share(question: str, want: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert isinstance(out.result, str) and same_expr(out.result, want), out.result  # the exact value asked


def test_decimal_comma_of_a_percentage_only() -> None:
    assert plain_text("shrinkage 1,8 % and 2,5% moisture") == "shrinkage 1.8 % and 2.5% moisture"
    assert "12,15,18" in plain_text("levels 12,15,18 % and 1,5 %")  # a list joined by bare commas stays
    assert plain_text("12,000 h at 3,4 bar") == "12000 h at 3,4 bar"  # no percentage: not read as a decimal


def test_percent_not_a_share_stays_a_percent() -> None:
    out = reason("Alloy factor F_mix = 2*p + 3 with p in %. The tin content is 4 %. What is F_mix?")
    assert not out.answered or out.confidence < 0.5 or out.result == pytest.approx(11)
