"""f44: a formula solved for a name whose values carry ohm units, a named relation left unstated declined, an
equation after "i.e. solve" solved for the letter named, a bracketed equation after prose read as a clause."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


@pytest.mark.parametrize(
    "question",
    [
        "Vout = Vin·R2/(R1 + R2), Vin = 5 V, R1 = 10 kΩ, Vout = 3.3 V; solve for R2",
        "Using Vout = Vin*R2/(R1+R2) with Vin = 5 V, R1 = 10 kΩ and Vout = 3.3 V, what is R2 in kΩ?",
        "Divider: Vout = Vin·R2/(R1 + R2). Vin = 5.0 V, R1 = 10 kΩ, and I want Vout = 3.3 V. Find R2.",
    ],
)
def test_divider_formula_stated(question: str) -> None:
    r2 = sp.symbols("r2", positive=True)
    want = sp.solve(sp.Eq(5 * r2 / (10 + r2), sp.Rational(33, 10)), r2)
    out = confident(question, "algebra")
    assert roots_of(out.result) == {sp.nsimplify(complex(w), rational=False) for w in want}


def test_divider_relation_unstated_declined() -> None:
    declined("Divider off a 5.0 V rail, R1 = 10 kΩ top, want Vout = 3.3 V exactly (unloaded). What R2 in kΩ? "
             "don't round to E96, just the exact value")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Site boundary reads 88 dB(A) total with the crusher running. Background alone is 85 dB(A). Using "
        "logarithmic (energy) addition, what level L does the crusher contribute on its own? i.e. solve "
        "10·log10(10^(85/10) + 10^(L/10)) = 88 for L.",
        "Total 88 dB with the crusher on, background 85 dB. Solve 10*log10(10^(85/10) + 10^(L/10)) = 88 for L",
    ],
)
def test_level_solved_for_named_letter(question: str) -> None:
    want = 10 * math.log10(10**8.8 - 10**8.5)
    out = confident(question, "algebra")
    assert len(out.result) == 1
    assert float(sp.N(list(roots_of(out.result))[0]).as_real_imag()[0]) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "100 kg batch of fibre: x kg PP, y kg PET, z kg bico. Constraints: x + y + z = 100, cost 1.2x + 1.5y + "
        "2.6z = 155 (dollars), and PP must be exactly twice the bico (x = 2z). How many kg of PET (y)?",
        "Mix x kg PP, y kg PET and z kg bico: x + y + z = 100 and 1.2x + 1.5y + 2.6z = 155 (cost, dollars); PP is "
        "twice the bico (x = 2z). What is y?",
    ],
)
def test_bracketed_equation_is_a_clause(question: str) -> None:
    x, y, z = sp.symbols("x y z")
    want = sp.solve([x + y + z - 100, sp.Rational(6, 5) * x + sp.Rational(3, 2) * y + sp.Rational(13, 5) * z - 155,
                     x - 2 * z], [x, y, z])  # fmt: skip
    out = confident(question, "algebra")
    assert "y = 70" in out.answer and want[y] == 70
