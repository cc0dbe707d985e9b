"""f44: factors listed after a spaced dash with their levels named by slashed words ("culture dose, set temp, rennet
amount, each at low/mid/high"); "gsm" (grams per square metre) as an areal-density unit; a model on a log10 of the
predictor stays declined (the study language fits polynomials only)."""

from __future__ import annotations

import itertools

import pytest
from scipy import constants

from tests.reason.answers import confident, declined, right_value


@pytest.mark.parametrize(
    "question, levels, replicates",
    [
        ("Three-level full factorial on the cheese vat — culture dose, set temp, rennet amount, each at low/mid/high "
         "— and we want to run the whole thing twice (2 replicates). Number of vat runs?", 3, 2),
        ("Full factorial over culture dose, set temp and rennet amount, each at low/mid/high, run in duplicate. How "
         "many runs?", 3, 2),
        ("Three-level full factorial on the press - ram speed, die temp, billet length, each at 3 levels - "
         "replicated twice (2 replicates). How many runs?", 3, 2),
        ("Full factorial: oven temp, bake time and belt speed, each at low/high. How many runs?", 2, 1),
    ],
)  # fmt: skip
def test_listed_factors_with_worded_levels(question: str, levels: int, replicates: int) -> None:
    out = confident(question, "design")
    want = len(list(itertools.product(range(levels), repeat=3))) * replicates
    assert out.result["runs"] == want


@pytest.mark.parametrize(
    "question, value, source, target",
    [
        ("US customer spec says 1.2 oz/yd². What's that in gsm?", 1.2, constants.ounce / constants.yard**2, 1e-3),
        ("convert 3 oz/yd^2 to g/m2", 3, constants.ounce / constants.yard**2, 1e-3),
        ("200 gsm in oz/sq yd", 200, 1e-3, constants.ounce / constants.yard**2),
        ("The fabric weighs 6 oz/yd². Convert to gsm.", 6, constants.ounce / constants.yard**2, 1e-3),
    ],
)
def test_gsm(question: str, value: float, source: float, target: float) -> None:
    right_value(question, value * source / target, "unit_conversion", rel=1e-12, key="value")


def test_log10_model_declined() -> None:
    declined(
        "Attenuation transect from the compressor station. distance (m): 10, 20, 40, 80, 160; LAeq dB(A): 78.4, "
        "72.9, 66.8, 61.2, 55.1. Fit LAeq = a + b·log10(distance) by least squares. What is b (dB per decade)?"
    )
