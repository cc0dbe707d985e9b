"""Unit conversions whose target is named without "to" ("depth in metres?" after the value, "loadsheet wants block fuel
in kg" before it, "our ERP wants cubic metres"), a unit the question defines ("1 board foot = 144 cubic inches") and
the fathom; a square linear system written as labelled rows of coefficients and totals ("sector 1: 20 / 60 / 25 min,
5000 kg"), its unknowns named by a header of slash-joined names and one of them asked by name. References from
scipy.constants and numpy.linalg.solve; near-misses declined."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import constants

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.reasoning_defined_units import restate_defined
from plugins.symbolic.tabled_system import tabled_rows
from tests.reason.answers import declined, right_value

_FATHOM = 6 * constants.foot  # the fathom's definition: six feet
_BOARD_FOOT = 144 * constants.inch**3  # as the questions define it


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("old logbook has the longline set at 85 fathoms. depth in metres?", 85 * _FATHOM),
        ("depth in metres? the chart says 12 fathoms", 12 * _FATHOM),
        ("the wreck lies at 40 fathoms - how deep is that in m?", 40 * _FATHOM),
        ("loadsheet wants block fuel in kg, FMC says 42,000 lb. conversion?", 42000 * constants.pound),
        ("the datasheet needs pressure in bar; gauge reads 87 psi. conversion?", 87 * constants.psi / constants.bar),
        (
            "our MES wants torque in N·m and the wrench is set to 35 ft-lb - convert",
            35 * constants.foot * constants.lbf,
        ),
        ("the form wants kg but the scale shows 12 lb?", 12 * constants.pound),
    ],
)
def test_target_named_without_to(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Supplier quotes 1,250 board feet of white oak (1 board foot = 144 cubic inches). Our ERP wants cubic "
            "metres. What's that in m³?",
            1250 * _BOARD_FOOT,
        ),
        (
            "Supplier quotes 1,250 board feet of white oak (1 board foot = 144 cubic inches). Our ERP wants cubic "
            "metres. What's that?",
            1250 * _BOARD_FOOT,
        ),
        ("A board foot is 144 cubic inches. How many cubic metres is 1,250 board feet?", 1250 * _BOARD_FOOT),
        ("we bought 40 cords of firewood (one cord = 128 cubic feet). in m3?", 40 * 128 * constants.foot**3),
    ],
)
def test_unit_the_question_defines(question: str, want: float) -> None:
    out = right_value(question, want, "unit_conversion", rel=1e-9, key="value")
    assert "at the question's" in out["stages"][2]["facts"]["note"]


def test_definition_restated_exactly() -> None:
    text, note = restate_defined("1,250 board feet (1 board foot = 144 cubic inches) in m3".replace("1,250", "1250"))
    assert text.split() == ["180000", "cubic", "inches", "in", "m3"]
    assert note and "1 board foot = 144 cubic inches" in note


@pytest.mark.parametrize(
    "question",
    [
        "loadsheet wants block fuel in kg, FMC says 42,000. conversion?",  # the value has no unit
        "the datasheet needs pressure in kg; gauge reads 87 psi. conversion?",  # no target of the value's kind
        "the form wants kg or lb; the scale shows 12 oz?",  # two different targets
        "Our brite tank holds 7 US beer barrels. How many hectolitres is that?",  # an undefined unit
        "board feet: 1 board foot = 144 cubic inches. what is 2 board feet plus 3 board feet in m3?",  # two values
    ],
)
def test_unsafe_readings_declined(question: str) -> None:
    declined(question)


_SECTORS = (
    "trying to back out phase burn rates (kg/min) from 3 sectors. climb/cruise/descent mins and trip fuel:\n"
    "sector 1: 20 / 60 / 25 min, 5000 kg\nsector 2: 18 / 120 / 30 min, 7620 kg\nsector 3: 25 / 200 / 28 min, 11810 kg\n"
    "assume constant rate per phase, solve the 3x3. what's the cruise burn rate in kg/min?"
)


def _solved(a: list[list[float]], b: list[float]) -> np.ndarray:
    return np.linalg.solve(np.array(a, float), np.array(b, float))


@pytest.mark.parametrize(
    ("question", "a", "b", "asked"),
    [
        (_SECTORS, [[20, 60, 25], [18, 120, 30], [25, 200, 28]], [5000, 7620, 11810], 1),
        (
            "Blending: each batch uses resin/filler/pigment in kg, and we know its total cost.\nbatch 1: 4 / 2 / 1 kg "
            "= 58 $\nbatch 2: 3 / 5 / 2 kg = 71 $\nbatch 3: 2 / 1 / 3 kg = 49 $\nsolve for the price per kg. what is "
            "the filler price?",
            [[4, 2, 1], [3, 5, 2], [2, 1, 3]],
            [58, 71, 49],
            1,
        ),
        (
            "two shifts, hours on lathe/mill and total parts:\nshift 1: 3 / 2 h, 120 parts\nshift 2: 1 / 4 h, 140 "
            "parts\nsolve it - what's the mill rate?",
            [[3, 2], [1, 4]],
            [120, 140],
            1,
        ),
    ],
)
def test_tabled_system_asked_by_name(question: str, a: list, b: list, asked: int) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["mode"] == "linear_algebra", out["answer"]
    assert out["confidence"] >= 0.9 and all(c["passed"] for c in out["checks"])
    assert float(to_sympy(out["result"])) == pytest.approx(float(_solved(a, b)[asked]), rel=1e-12)


def test_tabled_system_without_names_gives_the_vector() -> None:
    out = reason("run 1: 2 1 1, 9\nrun 2: 1 3 2, 13\nrun 3: 1 0 0, 2\nsolve the 3x3 system").to_dict()
    assert out["answered"] and out["mode"] == "linear_algebra" and out["confidence"] >= 0.9
    want = _solved([[2, 1, 1], [1, 3, 2], [1, 0, 0]], [9, 13, 2])
    assert out["answer"].startswith(", ".join(f"x{i} = {round(v):d}" for i, v in enumerate(want, 1)))
    assert np.allclose(want, np.round(want))  # whole numbers, so the exact answer writes them as such


def test_table_reading() -> None:
    table = tabled_rows(_SECTORS)
    assert table is not None
    assert table.rows == [["20", "60", "25"], ["18", "120", "30"], ["25", "200", "28"]]
    assert table.rhs == ["5000", "7620", "11810"] and table.unknowns == ["climb", "cruise", "descent"]
    assert table.asked == "cruise"


@pytest.mark.parametrize(
    "question",
    [
        # singular: sector 2 is twice sector 1
        "climb/cruise/descent mins and fuel:\nsector 1: 20 / 60 / 25 min, 5000 kg\nsector 2: 40 / 120 / 50 min, 10000 "
        "kg\nsector 3: 25 / 200 / 28 min, 11810 kg\nsolve the 3x3. what's the cruise burn rate?",
        # ragged: sector 1 lacks a phase
        "climb/cruise/descent mins and fuel:\nsector 1: 20 / 60 min, 5000 kg\nsector 2: 18 / 120 / 30 min, 7620 kg\n"
        "sector 3: 25 / 200 / 28 min, 11810 kg\nsolve the 3x3. what's the cruise burn rate?",
    ],
)
def test_tabled_system_near_misses_declined(question: str) -> None:
    declined(question)
    assert tabled_rows(question) is None or "singular" in reason(question).answer
