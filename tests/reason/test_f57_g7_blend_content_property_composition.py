"""f57_g7: blends and a composition table that were unread. A blend whose target is an amount of the active, the
total product stated after "total ... =" ("Total product = 300 kg/ha and I want 90 kg N/ha out of it": 90 of 300 is
30%, the amount per area written around its nutrient); a blend of bracketed components valued by one property ("resin
A (viscosity 120 cP) with resin B (viscosity 450 cP) ... Target viscosity 230"); a comma-separated (or piped)
composition table with as many components as products and no total, its amounts listed with one unit at the end
("N 60 / P2O5 40 / K2O 90 kg/ha"), solved as a square system whose solution is the column vector of rates; "N" there
is nitrogen, never sympy's N. Near misses (no target, a target outside the components, a column's amount unstated)
decline."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

_X = sp.Symbol("x")


def _blend(asked: str, other: str, total: str, target_amount: str) -> sp.Expr:
    """The amount at ``asked`` of a blend of ``total`` holding ``target_amount`` of the active (values in the same
    unit per unit amount): asked*x + other*(total - x) = target_amount, solved exactly by sympy."""
    a, b, t, c = (sp.Rational(v) for v in (asked, other, total, target_amount))
    return sp.solve(sp.Eq(a * _X + b * (t - _X), c), _X)[0]


def _value(question: str) -> sp.Expr:
    """The one root of the question's answer, which must be confident algebra with every check passing."""
    out = confident(question, "algebra").to_dict()
    assert all(c["passed"] for c in out["checks"])
    result = out["result"]
    return to_sympy(result[0] if isinstance(result, list) else result)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Topdressing a blend of ammonium sulphate (21% N) and urea (46% N). Total product = 300 kg/ha and I want 90 "
         "kg N/ha out of it. How many kg/ha of the 300 should be urea?", _blend("0.46", "0.21", "300", "90")),
        ("Calf ration: a mix of soybean meal (44% protein) and barley (12% protein). Total batch = 800 kg and it has "
         "to contain 160 kg protein. How many kg of soybean meal?", _blend("0.44", "0.12", "800", "160")),
        ("feed blend of fish meal (60% protein) and wheat (12% protein), total mix: 600 kg, we want exactly 150 kg of "
         "protein in it. how many kg of fish meal?", _blend("0.60", "0.12", "600", "150")),
    ],
)  # fmt: skip
def test_blend_to_an_amount_of_the_active(question: str, want: sp.Expr) -> None:
    assert sp.simplify(_value(question) - want) == 0


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("We blend resin A (viscosity 120 cP) with resin B (viscosity 450 cP), batch of 200 kg, linear by weight. "
         "Target viscosity 230 cP. How many kg of resin B, exact?", _blend("450", "120", "200", "46000")),
        ("mixing fresh PET (IV 0.80 dL/g) with flake (IV 0.64 dL/g), lot is 500 kg, target IV = 0.74. how many kg "
         "of flake, exactly?", _blend("0.64", "0.80", "500", "370")),
        ("blending virgin HDPE (MFI 8 g/10 min) and our own regrind (MFI 15 g/10 min), the batch is 40 kg and the "
         "blend MFI must be 10. How many kg of regrind?", _blend("15", "8", "40", "400")),
    ],
)  # fmt: skip
def test_blend_of_bracketed_property_values(question: str, want: sp.Expr) -> None:
    assert sp.simplify(_value(question) - want) == 0


def test_bracketed_property_near_misses_decline() -> None:
    assert "blend" in declined("Blending virgin PP (MFI 12) with regrind (MFI 20), batch is 25 kg. How many kg of "
                               "regrind?")  # fmt: skip
    assert "between" in declined("Blending virgin PP (MFI 12) with regrind (MFI 20), batch is 25 kg, target MFI "
                                 "25. How many kg of regrind?")  # fmt: skip


def _rates(contents: list[list[int]], wanted: list[int]) -> sp.Matrix:
    """The rates of the products (columns of ``contents`` in percent by nutrient row) that supply ``wanted``, solved
    exactly by sympy."""
    return (sp.Matrix(contents) / 100).LUsolve(sp.Matrix(wanted))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Need N 60 / P2O5 40 / K2O 90 kg/ha from three fertilisers:\nproduct,N%,P2O5%,K2O%\nDAP,18,46,0\n"
         "urea,46,0,0\nMOP,0,0,60\nSolve for the rates of DAP, urea and MOP (kg/ha) as a vector, exact.",
         _rates([[18, 46, 0], [46, 0, 0], [0, 0, 60]], [60, 40, 90])),
        ("product | N (%) | P2O5 (%) | K2O (%)\nX | 15 | 15 | 15\nY | 46 | 0 | 0\nZ | 0 | 0 | 50\nTarget: N 120, "
         "P2O5 45, K2O 95 kg/ha. Solve for X, Y, Z (kg/ha).", _rates([[15, 46, 0], [15, 0, 0], [15, 0, 50]],
                                                                     [120, 45, 95])),
        ("Hit N 90 / P2O5 60 / K2O 100 kg/ha with three products\nproduct,N%,P2O5%,K2O%\nA (15-15-15),15,15,15\n"
         "B (20-10-5),20,10,5\nSOP,0,0,50\nSet up the linear system and solve for the rates of A, B and SOP.",
         _rates([[15, 20, 0], [15, 10, 0], [15, 5, 50]], [90, 60, 100])),
    ],
)  # fmt: skip
def test_comma_composition_table_is_a_square_system(question: str, want: sp.Matrix) -> None:
    out = confident(question, "linear_algebra")
    assert all(c["passed"] for c in out.to_dict()["checks"])
    assert sp.simplify(sp.sympify(out.result) - want) == sp.zeros(3, 1)


def test_composition_table_with_a_column_unstated_declines() -> None:
    text = declined("Target N 100 / P2O5 80 kg/ha using three products:\nproduct,N%,P2O5%,K2O%\nA,20,10,10\n"
                    "B,10,20,20\nMOP,0,0,60\nSolve for the rates of A, B, MOP.")  # fmt: skip
    assert "k2o" in text.lower()
