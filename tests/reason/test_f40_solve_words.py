"""Formulas solved for a name whose values are stated in words: subscripted names by their label ("fibre modulus"
for E_f), one-letter names by the word they are the initial of ("die area" for A, a percentage as its fraction), a
name glossed in words ("x = concentration ... back-calculate the concentration"), and a value that halves."""

from __future__ import annotations

import math

import pytest

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import declined

_MIXTURES = (140 - 3.5) / (230 - 3.5)
_POISSON = -math.log(0.85) / 0.5
_QUADRATIC = (-0.15 + math.sqrt(0.15**2 - 4 * 0.002 * (0.05 - 1.25))) / (2 * 0.002)


def _value(out: dict) -> float:
    """The one root of a solve's result."""
    result = out["result"]
    return float(to_sympy(result[0] if isinstance(result, list) else result))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Using the longitudinal rule of mixtures, E₁ = V_f·E_f + (1 − V_f)·E_m, a unidirectional CFRP laminate has "
            "a measured E₁ of 140 GPa. The fibre modulus is 230 GPa and the matrix modulus is 3.5 GPa. Calculate the "
            "fibre volume fraction V_f as a decimal fraction.",
            _MIXTURES,
        ),
        (
            "Rule of mixtures: E1 = V_f*E_f + (1 - V_f)*E_m. Measured E1 is 120 GPa, fibre modulus 230 GPa, matrix "
            "modulus 3.5 GPa. Find V_f.",
            (120 - 3.5) / (230 - 3.5),
        ),
        (
            "poisson yield Y=exp(−A·D0). die area 0.5 cm², observed die yield 85% -> back out D0 in defects/cm²?",
            _POISSON,
        ),
        (
            "Poisson yield model Y = exp(-A*D0). With a die area of 0.5 cm² and a die yield of 85%, back-calculate D0 "
            "(defects per cm²).",
            _POISSON,
        ),
        ("Y = exp(-A*D0), die yield 90%, die area 1.2 cm². Work out D0.", -math.log(0.9) / 1.2),
        (
            "The out-time of a prepreg is modelled such that the remaining tack fraction equals exp(−k·t). If the tack "
            "halves after t = 40 days, find k in exact form (per day).",
            math.log(2) / 40,
        ),
        ("Remaining tack fraction = exp(-k*t). The tack has halved after 40 days; find k exactly.", math.log(2) / 40),
        (
            "Our immunoassay calibration is fitted as a quadratic: signal = 0.002·x² + 0.15·x + 0.05, x = concentration "
            "in ng/mL. A patient sample reads signal 1.25. Back-calculate the concentration (the physically "
            "meaningful, positive solution).",
            _QUADRATIC,
        ),
        (
            "Calibration: signal = 0.002*x^2 + 0.15*x + 0.05 where x is the concentration (ng/mL). The sample gives a "
            "signal of 1.25. Calculate the concentration, positive root.",
            _QUADRATIC,
        ),
    ],
)
def test_solved_from_words(question: str, want: float) -> None:
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["mode"] == "algebra", doc.get("answer")
    assert doc["confidence"] >= 0.9
    assert _value(doc) == pytest.approx(want, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        # both E_f and V_f start with f, but V_f is asked: the modulus of what is not said
        "E1 = V_f*E_f + (1 - V_f)*E_m. Measured E1 is 120 GPa, modulus 230 GPa. Find V_f.",
        # two values for the one letter: "area 0.5" and "area 0.7"
        "Y = exp(-A*D0). die area 0.5 cm² or area 0.7 cm², die yield 85%. Back out D0.",
    ],
)
def test_declined(question: str) -> None:
    declined(question)
