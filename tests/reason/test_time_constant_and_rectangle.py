"""A time constant solved from one observed point of an exponential ("was at 140 bpm thirty seconds after stopping"),
and a rectangle's side from its area or perimeter and how its sides compare; references by math/scipy."""

from __future__ import annotations

import math

import pytest
from scipy.optimize import brentq

from tests.reason.answers import confident, declined, roots_of


def _values(result: list[str]) -> list[float]:
    """The engine's roots as real numbers (each must be real)."""
    roots = [complex(r) for r in roots_of(result)]
    assert all(r.imag == 0 for r in roots)
    return [r.real for r in roots]


def _tau(base: float, amplitude: float, value: float, time: float) -> float:
    """The τ of base + amplitude*e^(-time/τ) = value, by brentq on a bracket of positive τ."""
    return brentq(lambda tau: base + amplitude * math.exp(-time / tau) - value, 1e-6, 1e6)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("HR recovery model HR(t) = 60 + 100·e^(−t/τ) bpm. Athlete was at 140 bpm thirty seconds after stopping. "
         "Solve for τ (seconds), exact please.", _tau(60, 100, 140, 30)),
        ("HR(t) = 60 + 100·e^(−t/τ) bpm. 30 s after stopping, HR was 140. Solve for τ.", _tau(60, 100, 140, 30)),
        ("Heart rate follows HR(t) = 60 + 100e^(-t/τ). It had dropped to 140 bpm 30 seconds after the sprint. Find τ "
         "in seconds.", _tau(60, 100, 140, 30)),
        ("T(t) = 20 + 80·e^(−t/τ) °C; after 10 min it reads 60 °C. Find τ", _tau(20, 80, 60, 10)),
        ("V = 12·e^(−t/τ) V, 5 V at t = 3 ms, solve for τ", _tau(0, 12, 5, 3)),
    ],
)  # fmt: skip
def test_time_constant_from_one_point(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert _values(out.to_dict()["result"]) == pytest.approx([want], rel=1e-9)


def test_time_constant_asked_in_another_unit_is_not_confident() -> None:
    declined("HR(t) = 60 + 100·e^(−t/τ) bpm. Athlete was at 140 bpm thirty seconds after stopping. Solve for τ in "
             "minutes.")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Trial block is laid out as a rectangle whose length is 7 m longer than its width. Gross plot area has to be "
         "120 m². What's the width in metres?", (-7 + math.sqrt(49 + 4 * 120)) / 2),
        ("A rectangular plot has a length 7 m longer than its width and an area of 120 m². Find the length.",
         (-7 + math.sqrt(49 + 4 * 120)) / 2 + 7),
        ("A rectangle's length is twice its width and its perimeter is 54 cm. How wide is it?", 54 / 6),
        ("A rectangular field: the width is 3 m shorter than the length, area 180 m^2. What is the width?",
         (-3 + math.sqrt(9 + 4 * 180)) / 2),
        ("A rectangular bed's length is 2 m more than twice its width; its area is 60 m². What is the length?",
         2 * (-2 + math.sqrt(4 + 8 * 60)) / 4 + 2),
    ],
)  # fmt: skip
def test_rectangle_side(question: str, want: float) -> None:
    out = confident(question, "algebra")
    assert _values(out.to_dict()["result"]) == pytest.approx([want], rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "A triangle and a rectangle: the rectangle's length is 7 m longer than its width, area 120 m². What's the width?",
        "A rectangle's length is 7 m longer than its width; its area is 120 m² and its perimeter 46 m. What's the width?",
        "A rectangle's length is 7 m longer than its width and its area is 120 cm². What's the width?",
    ],
)
def test_rectangle_declines(question: str) -> None:
    declined(question)
