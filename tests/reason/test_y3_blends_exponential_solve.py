"""Task y3: blends whose components are named with their strength in brackets, blends of a property with its unit
("MFI 0.9 and 2.5 g/10 min"), blends written with the unknown named ("x kg of A + (200 - x) kg of B"), and a formula
set equal to a value in words ("solve for the day t on which N(t) equals 800"); references from sympy and math."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


@pytest.mark.parametrize(
    "question",
    [
        "Early in the outbreak, cumulative reported cases followed N(t) = 50·2^(t/3), where t is measured in days. "
        "Solve for the day t on which N(t) equals 800.",
        "Cumulative cases grew as N(t) = 50*2^(t/3), t in days. Solve for t when N(t) is equal to 800.",
        "A culture follows N(t) = 50·2^(t/3) with t in hours. Solve for the time t at which N(t) equals 800.",
    ],
)
def test_formula_equal_to_value_in_words(question: str) -> None:
    want = 3 * math.log2(800 / 50)
    (got,) = roots_of(confident(question, "algebra").result)
    assert float(got) == pytest.approx(want)


def _blend(asked: float, other: float, total: float, target: float) -> float:
    """The amount x of the component at ``asked`` in ``total`` at ``target``, by sympy: asked x + other (T - x) = c T."""
    x = sp.symbols("x")
    (root,) = sp.solve(sp.nsimplify(asked) * x + sp.nsimplify(other) * (total - x) - sp.nsimplify(target) * total, x)
    return float(root)


@pytest.mark.parametrize(
    ("question", "asked", "other", "total", "target"),
    [
        ("need 1000 kg standardised milk at 3.3% fat, blending whole milk (4.2% fat) with skim (0.05% fat). kg of "
         "skim required?", 0.05, 4.2, 1000, 3.3),
        ("We need 1000 kg of standardised milk at 3.3% fat by blending whole milk (4.2% fat) with skim milk (0.05% "
         "fat). How many kg of skim milk?", 0.05, 4.2, 1000, 3.3),
        ("Blending whole milk (4.2% fat) with skim (0.05% fat) to get 1000 kg at 3.3% fat: kg of whole milk needed?",
         4.2, 0.05, 1000, 3.3),
        ("Blending two LLDPE grades, MFI 0.9 and 2.5 g/10 min (190 °C/2.16 kg). Batch is 500 kg and we want a blend "
         "MFI of 1.5. Assume a simple linear-by-mass mixing rule. How many kg of the 0.9 grade?", 0.9, 2.5, 500, 1.5),
        ("We blend two LLDPE grades with MFI 0.9 and 2.5 g/10 min to get a 500 kg batch with MFI 1.5; linear mixing "
         "by mass. How many kg of the 0.9 grade?", 0.9, 2.5, 500, 1.5),
        ("We are blending two PP grades, MFI 3 and 12 g/10 min (230 °C/2.16 kg); batch size is 800 kg and we need a "
         "blend MFI of 6. How many kg of the 12 grade?", 12, 3, 800, 6),
        ("Mixing two resins of viscosity 120 and 450 cP into a 2000 kg batch at viscosity 300 cP, linear by mass: how "
         "many kg of the 120 resin?", 120, 450, 2000, 300),
        ("blend tank: x kg of 0.5% preservative premix + (200−x) kg of 1.0% premix → 200 kg batch @ 0.8%. x = ? (kg)",
         0.5, 1.0, 200, 0.8),
        ("x kg of 0.5% premix plus (200 - x) kg of 1.0% premix make 200 kg at 0.8%. Find x.", 0.5, 1.0, 200, 0.8),
        ("Mix x kg of a 0.5% premix with (200 − x) kg of a 1.0% premix to get a 200 kg batch at 0.8%. What is x?",
         0.5, 1.0, 200, 0.8),
    ],
)  # fmt: skip
def test_blend_amount(question: str, asked: float, other: float, total: float, target: float) -> None:
    (got,) = roots_of(confident(question, "algebra").result)
    assert float(got) == pytest.approx(_blend(asked, other, total, target))


@pytest.mark.parametrize(
    "question",
    [
        "blend tank: x kg of 0.5% premix + (250−x) kg of 1.0% premix → 200 kg batch @ 0.8%. x = ? (kg)",
        "Blending two LLDPE grades, MFI 0.9 and 2.5 g/10 min. Batch is 500 kg and we want a blend MFI of 3.5. How "
        "many kg of the 0.9 grade?",
        "Blending two LLDPE grades, MFI 0.9 and 2.5 g/10 min. Batch is 500 kg. How many kg of the 0.9 grade?",
    ],
)
def test_blend_declined(question: str) -> None:
    assert declined(question)
