"""Unit conversions asked without "to" or "convert": a unit symbol glossed in brackets by its name and the size of one
("30 bbl (US beer barrels, 31 gal)"), a limit quoted from a label and asked "same limit in °C?" (no calculus limit);
a total time split between two kinds at their own rates ("main etch removes 85 nm/min, overetch 30 nm/min ... 4.0 min
and 285 nm ... how many min was main etch?"), an algebra word problem. References from scipy.constants and
numpy.linalg.solve; near-misses declined."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import constants

from havoc_cli.reason.pipeline import reason
from plugins.symbolic.reasoning_defined_units import restate_defined
from plugins.symbolic.time_split import time_split
from tests.reason.answers import declined, right_value

_GALLON = constants.gallon  # the US gallon, m³


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "quote for a new brewhouse is in hL, ours is 30 bbl (US beer barrels, 31 gal). what's 30 bbl in hL?",
            30 * 31 * _GALLON / constants.liter / 100,
        ),
        (
            "our fermenters hold 20 bbl (beer barrels, 31 US gal each). capacity in litres?",
            20 * 31 * _GALLON / constants.liter,
        ),
        ("tank is 500 bbl (oil barrels, 42 gal). how many m3 is that?", 500 * 42 * _GALLON),
    ],
)
def test_unit_glossed_by_its_size(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_gloss_restates_every_value_in_the_unit() -> None:
    text, note = restate_defined("ours is 30 bbl (US beer barrels, 31 gal). what's 30 bbl in hL?")
    assert text == "ours is 930 gal. what's 930 gal in hL?"
    assert note and "31 gal per bbl" in note


@pytest.mark.parametrize(
    "question",
    [
        "ours is 30 bbl (beer, 930 gal). what's 30 bbl in hL?",  # the bracket may be the total: unsafe
        "ours is 30 gal (fuel, 114 L). what's 30 gal in hL?",  # a known unit keeps its own size
    ],
)
def test_gloss_near_misses(question: str) -> None:
    assert restate_defined(question) == (question, None)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("label storage 'excursions permitted to 86 °F'; same limit in °C?", 30.0),
        ('datasheet: "max operating 185 °F". same limit in °C?', 85.0),
        ("label says 'store below 25 °C'. that limit in °F?", 77.0),
    ],
)
def test_quoted_limit_in_another_scale(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_calculus_limit_still_calculus() -> None:
    out = reason("limit of sin(x)/x as x -> 0")
    assert out.answered and out.mode == "calculus"


def _split(total_time: float, amount: float, r1: float, r2: float) -> float:
    """The first kind's time of t1 + t2 = total_time, r1 t1 + r2 t2 = amount (numpy)."""
    return float(np.linalg.solve(np.array([[1.0, 1.0], [r1, r2]]), np.array([total_time, amount]))[0])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "2-step etch: main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and profilometer "
            "says 285 nm came off. how many min was main etch?",
            _split(4.0, 285, 85, 30),
        ),
        (
            "pump A delivers 12 L/min, pump B 8 L/min. run one after the other, 10 min in total, 100 L moved. how "
            "long did pump A run?",
            _split(10, 100, 12, 8),
        ),
        (
            "fast fill runs at 40 L/min, top-up at 10 L/min; 12 min in all and 390 L went in. how many minutes of "
            "fast fill?",
            _split(12, 390, 40, 10),
        ),
        (
            "the roughing pass cuts 2.5 mm per minute and the finishing pass 0.5 mm/min. the job took 20 minutes "
            "and removed 34 mm. how long was the roughing pass?",
            _split(20, 34, 2.5, 0.5),
        ),
    ],
)
def test_time_split(question: str, want: float) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["mode"] == "algebra", out["answer"]
    assert float(out["result"]) == pytest.approx(want, rel=1e-12)
    assert out["confidence"] >= 0.9 and all(c["passed"] for c in out["checks"])


@pytest.mark.parametrize(
    "question",
    [
        # the amount asked, not a time
        "main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and 285 nm came off. how many nm "
        "did main etch remove?",
        # no kind named by the ask
        "main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and 285 nm came off. how long?",
        # more than both rates could do: a time outside 0 to the total
        "main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and 500 nm came off. how many min "
        "was main etch?",
    ],
)
def test_time_split_near_misses(question: str) -> None:
    assert time_split(question) is None
    declined(question)
