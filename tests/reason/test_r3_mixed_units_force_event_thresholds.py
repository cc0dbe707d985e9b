"""r3: a length or mass written in two units ("4 ft 8½ in"), gram-force, and the threshold that defines a counted
event ("more than 5 minutes late") on an attribute chart; references from exact inch, gram and g_n definitions
(scipy.constants) and the p chart's formula written out."""

from __future__ import annotations

import math

import pytest
from scipy import constants

from tests.reason.answers import right_value

_MM = constants.inch / constants.milli  # 25.4 mm to the inch


@pytest.mark.parametrize(
    ("question", "inches"),
    [
        ("standard gauge is 4 ft 8½ in — how many millimetres is that exactly?", 4 * 12 + 8.5),
        ("convert 4 ft 8 1/2 in to mm", 4 * 12 + 8.5),
        ("4 ft 8.5 in in mm", 4 * 12 + 8.5),
        ("how many millimetres is 5 ft 10 in", 5 * 12 + 10),
    ],
)
def test_feet_and_inches(question: str, inches: float) -> None:
    right_value(question, inches * _MM, "unit_conversion", rel=1e-9, key="value")


def test_pounds_and_ounces() -> None:
    want = (7 + 4 / 16) * constants.pound
    right_value("7 lb 4 oz in kg", want, "unit_conversion", rel=1e-9, key="value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("convert 8 gf pull strength to mN", 8 * constants.gram * constants.g / constants.milli),
        ("what is 250 gf in newtons", 250 * constants.gram * constants.g),
        ("a 3 kgf load in N", 3 * constants.g),
    ],
)
def test_gram_force(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def _p_ucl(defects: int, total: int, n: int) -> float:
    """p-bar + 3 sqrt(p-bar (1 - p-bar) / n)."""
    p = defects / total
    return p + 3 * math.sqrt(p * (1 - p) / n)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "We logged 25 days with 200 departures each day; in total 400 of those 5000 departures left more than 5 "
            "minutes late. Set up a p chart (3-sigma limits, constant n = 200) for the daily proportion of late "
            "departures: what's the upper control limit?",
            _p_ucl(400, 5000, 200),
        ),
        (
            "Over 20 days we checked 150 calls a day; 330 of the 3000 calls waited longer than 30 seconds on hold. "
            "p chart UCL with n = 150?",
            _p_ucl(330, 3000, 150),
        ),
    ],
)
def test_event_threshold_is_no_value(question: str, want: float) -> None:
    right_value(question, want, "control_chart", rel=1e-6, key="ucl")
