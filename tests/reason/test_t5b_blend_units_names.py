"""Blends whose components carry units other than a bare percent (°Brix, ppm, g/t, "assays at 97.2%") and whose
asked component is named by its label ("lot A") or its name ("the concentrate") (branch t5, task t5b). References:
sympy's exact solution of x + y = T, a x + b y = c T, never havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _amount(total: str, target: str, a: str, b: str) -> sp.Expr:
    """The exact amount of the component of value ``a`` (sympy, the decimals as rationals)."""
    x, y = sp.symbols("x y")
    t, c, va, vb = (sp.Rational(v) for v in (total, target, a, b))
    return sp.solve([x + y - t, va * x + vb * y - c * t], [x, y])[x]


def _answers(question: str, want: sp.Expr) -> None:
    """The question is answered confidently in algebra with the one amount ``want``, exactly."""
    out = confident(question, "algebra")
    assert [sp.nsimplify(to_sympy(r)) for r in out.result] == [want]


LOT_A = _amount("500", "100.0", "97.2", "101.8")


@pytest.mark.parametrize(
    "question",
    [
        "Two granulation lots: lot A assays at 97.2%, lot B at 101.8%. We want a 500 kg final blend at exactly 100.0% "
        "(assume assay blends linearly by mass). How many kg of lot A go into the blend?",
        "Lot A assays 97.2% and lot B assays 101.8%. How many kg of lot A are needed for 500 kg of blend at 100.0%?",
        "Lot A (97.2% assay) and lot B (101.8% assay) are blended into a 500 kg batch at 100.0%. How much of lot A "
        "goes in?",
        "We have granulation lot A at 97.2% potency and lot B at 101.8% potency. For a 500 kg final blend at 100.0%, "
        "how many kg from lot A?",
    ],
)
def test_labelled_lots_assaying_in_percent(question: str):
    assert LOT_A == sp.Rational(4500, 23)
    _answers(question, LOT_A)


def test_the_other_labelled_lot():
    _answers("Lot A tests at 97.2% and lot B at 101.8%. What mass of lot B is needed for a 500 kg blend at exactly "
             "100.0%?", _amount("500", "100.0", "101.8", "97.2"))  # fmt: skip


CONCENTRATE = _amount("1000", "20", "65", "12")


@pytest.mark.parametrize(
    "question",
    [
        "We need 1000 kg of juice at 20 °Brix, made by blending a 65 °Brix concentrate with a 12 °Brix single-strength "
        "juice (Brix blends linearly by mass). How many kg of the concentrate go in? Exact value please.",
        "To make 1000 kg of 20 °Brix juice, a 65 °Brix concentrate is blended with 12 °Brix single-strength juice. How "
        "much concentrate (kg) is needed?",
        "How many kg of 65 °Brix concentrate must be mixed with 12 °Brix juice to make 1000 kg at 20 °Brix?",
        "Blend a 65 °Brix concentrate and a 12 °Brix juice to get 1000 kg at 20 °Brix. How many kilograms of "
        "concentrate are needed?",
    ],
)
def test_brix_blend_asked_by_name(question: str):
    assert CONCENTRATE == sp.Rational(8000, 53)
    _answers(question, CONCENTRATE)


def test_brix_blend_other_component_by_name():
    _answers("We need 1000 kg of juice at 20 degrees Brix by blending 65 degrees Brix concentrate with 12 degrees Brix "
             "juice. How many kg of single-strength juice go in?", _amount("1000", "20", "12", "65"))  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Stockpile 1 grades 3.2 g/t gold and stockpile 2 grades 1.1 g/t. How many tonnes of stockpile 1 are needed "
         "for 1000 t at 2.0 g/t?", _amount("1000", "2.0", "3.2", "1.1")),
        ("Tank A holds water at 450 ppm chloride and tank B at 120 ppm. We want 2000 L blended at 250 ppm. How many "
         "litres from tank A?", _amount("2000", "250", "450", "120")),
        ("Lot 1 contains 450 ppm moisture, lot 2 contains 120 ppm. How many kg of lot 2 for 2000 kg at 250 ppm?",
         _amount("2000", "250", "120", "450")),
    ],
)  # fmt: skip
def test_labelled_components_in_ppm_and_grams_per_tonne(question: str, want: sp.Expr):
    _answers(question, want)


@pytest.mark.parametrize(
    "question",
    [
        # a name that is neither component's, or both components named
        "We need 1000 kg at 20 °Brix by blending a 65 °Brix concentrate with a 12 °Brix juice. How many kg of sugar "
        "go in?",
        "We need 1000 kg at 20 °Brix by blending a 65 °Brix concentrate with a 12 °Brix juice. How many kg of "
        "concentrate and juice?",
        # labelled values without a unit, and a target outside the lots' assays
        "Lot A is 97.2 and lot B is 101.8. How many kg of lot A for a 500 kg blend at 100.0?",
        "Lot A assays at 97.2%, lot B at 101.8%. How many kg of lot A for a 500 kg blend at exactly 102.5%?",
    ],
)
def test_blend_declines_what_it_cannot_read(question: str):
    declined(question)
