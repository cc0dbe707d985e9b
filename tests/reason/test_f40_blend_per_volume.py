"""Two-component blends of values per volume ("pool A at 50 U/L", "a 0.5 mg/dL and a 1.5 mg/dL stock", "a 2 mmol/L
solution"), the total named in several words ("10 mL of an in-house ALT control pool at 110 U/L"); declined when the
target lies outside the components' values or the values are per volume in different units."""

from __future__ import annotations

import pytest
from scipy.optimize import brentq

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import declined


def _amount(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component at ``asked`` in a blend of ``total`` at ``target``, found numerically from the
    balance asked*x + other*(total - x) = target*total."""
    return brentq(lambda x: asked * x + other * (total - x) - target * total, 0, total)


def _value(out: dict) -> float:
    """The one root of a solve's result."""
    result = out["result"]
    return float(to_sympy(result[0] if isinstance(result, list) else result))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "I need 10 mL of an in-house ALT control pool at 110 U/L. I have pool A at 50 U/L and pool B at 200 U/L "
            "(assume activity mixes linearly by volume). How many mL of pool A go in?",
            _amount(10, 110, 50, 200),
        ),
        (
            "Need 10 mL of ALT control at 110 U/L from pool A (50 U/L) and pool B (200 U/L); how many mL of pool A?",
            _amount(10, 110, 50, 200),
        ),
        (
            "Make 500 mL of a 0.9 mg/dL standard from a 0.5 mg/dL and a 1.5 mg/dL stock; volume of the 0.5 stock?",
            _amount(500, 0.9, 0.5, 1.5),
        ),
        (
            "Prepare 250 mL of a 5 mmol/L calibrator by mixing a 2 mmol/L solution with a 10 mmol/L solution. How "
            "many mL of the 2 mmol/L solution are needed?",
            _amount(250, 5, 2, 10),
        ),
    ],
)
def test_blend_per_volume(question: str, want: float) -> None:
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["mode"] == "algebra", doc.get("answer")
    assert doc["confidence"] >= 0.9
    assert _value(doc) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # the target outside the components' values
        "I need 10 mL of an ALT control pool at 250 U/L. I have pool A at 50 U/L and pool B at 200 U/L. How many mL "
        "of pool A go in?",
        # the values per volume in different units (mg/dL and mg/L)
        "I need 10 mL of a control pool at 110 mg/L. I have pool A at 5 mg/dL and pool B at 200 mg/L. How many mL of "
        "pool A go in?",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
