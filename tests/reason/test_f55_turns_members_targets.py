"""Branch h5 (f55): a linear system whose unknowns are words declared with a letter ("base (B), crystal (C) and munich
(M)") and one member asked by its word or letter ("how many kg of crystal was in there", "what is the mass of base
malt") is answered by that member alone, and an ask naming no declared member ("how many kg of caramel") lowers the
confidence; a rate of turns converted to an angle per time ("1500 rpm in rad/s", "60 Hz in rad/s": one turn is 2*pi
rad, the angular frequency 2*pi f) is exact, 50*pi; a conversion's target named as what a tool takes or accepts ("the
new tool UI only takes Pa. convert pls"). References by sympy, numpy and scipy.constants, independently of havoc's
engines; near misses keep their old answers or decline."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import constants

from havoc_cli.reason.pipeline import reason
from plugins.symbolic.linear_system import asked_unknown
from tests.reason.answers import confident, declined, same_expr

GRIST = "three malts: base (B), crystal (C) and munich (M), all in kg, "
GRIST_SYSTEM = (
    "total grist B + C + M = 250 kg, extract 0.80B + 0.75C + 0.78M = 198 kg, and color units 2B + 60C + 10M = 2060"
)
MALTS = np.linalg.solve(np.array([[1, 1, 1], [0.80, 0.75, 0.78], [2, 60, 10]]), np.array([250, 198, 2060]))


@pytest.mark.parametrize(
    ("question", "index"),
    [
        ("reverse engineering a grain bill from the old head brewer's notes, " + GRIST + GRIST_SYSTEM
         + ", solve the system, how many kg of crystal was in there", 1),
        (GRIST + GRIST_SYSTEM + ". how much of the munich did he use?", 2),
        (GRIST + GRIST_SYSTEM + ". what is the mass of base malt?", 0),
        (GRIST + GRIST_SYSTEM + ". how many kg of C?", 1),
    ],
)  # fmt: skip
def test_one_member_asked_by_its_word(question: str, index: int) -> None:
    out = confident(question)
    assert float(sp.Rational(out.result)) == pytest.approx(MALTS[index], rel=1e-9)
    assert any(c["name"] == "the answer is the member of the system asked" and c["passed"] for c in out.checks)


def test_two_by_two_member_asked_by_its_word() -> None:
    wheat, rye = np.linalg.solve(np.array([[1, 1], [3, 5]]), np.array([100, 400]))
    out = confident("two grains, wheat (W) and rye (R): W + R = 100, 3W + 5R = 400, how many kg of rye?")
    assert float(sp.Rational(out.result)) == pytest.approx(rye, rel=1e-12)
    out = confident("two grains, wheat (W) and rye (R): W + R = 100, 3W + 5R = 400. how much of the wheat is used")
    assert float(sp.Rational(out.result)) == pytest.approx(wheat, rel=1e-12)


def test_a_member_not_declared_is_no_confident_answer() -> None:
    declined(GRIST + GRIST_SYSTEM + ". how many kg of caramel?")


def test_several_or_every_member_keep_the_vector() -> None:
    out = confident(GRIST + GRIST_SYSTEM + ". how many kg of each malt?")
    assert out.result.startswith("Matrix(")
    out = confident("solve 2x + 3y = 12 and x - y = 1")
    assert out.result.startswith("Matrix(")


def test_asked_unknown_reads_the_amount_of_a_member() -> None:
    names = ["B", "C", "M"]
    assert asked_unknown(GRIST + GRIST_SYSTEM + ", how many kg of crystal was in there", names) == "C"
    assert asked_unknown(GRIST + GRIST_SYSTEM + ", how many kg of B was in there", names) == "B"
    assert asked_unknown(GRIST + GRIST_SYSTEM + ", how many kg of B and C", names) is None
    assert asked_unknown(GRIST + GRIST_SYSTEM + ", how many kg of B + C", names) is None


TURN = 2 * constants.pi  # one turn in radians


@pytest.mark.parametrize(
    ("question", "want", "exact"),
    [
        ("- DFIG rated speed 1500 rpm, need it in rad/s for the torque calc (exact pls)", 1500 * TURN / 60,
         50 * sp.pi),
        ("motor spins at 1800 revolutions per minute, what is that in rad/s?", 1800 * TURN / 60, None),
        ("2 rev/s to rad/s, exact", 2 * TURN, 4 * sp.pi),
        ("60 Hz in rad/s", 60 * TURN, None),
        ("5 kHz in rad/s", 5000 * TURN, None),
        ("spindle 1200 rpm in deg/s", 1200 * 360 / 60, None),
    ],
)  # fmt: skip
def test_turns_to_an_angle_per_time(question: str, want: float, exact: sp.Expr | None) -> None:
    out = confident(question, "unit_conversion")
    assert all(c["passed"] for c in out.checks)
    if exact is not None:
        assert same_expr(out.result["value"], exact)
    else:
        assert out.result["value"] == pytest.approx(want, rel=1e-12)


def test_an_angle_per_time_to_turns() -> None:
    out = confident("omega = 157.08 rad/s, what is that in rpm?", "unit_conversion")
    assert out.result["value"] == pytest.approx(157.08 / TURN * 60, rel=1e-12)


def test_turns_to_turns_keep_their_factor() -> None:
    out = confident("1500 rpm in Hz", "unit_conversion")
    assert out.result["value"] == pytest.approx(25.0)


def test_an_unread_angle_rate_declines() -> None:
    declined("5 kHz and 3 rad/s in rad/s")


@pytest.mark.parametrize(
    ("question", "value", "source", "target"),
    [
        ("etch recipe says 350 mTorr chamber pressure, the new tool UI only takes Pa. convert pls", 350,
         constants.torr / 1000, 1.0),
        ("the log says 2.5 psi, the new form only accepts kPa. convert", 2.5, constants.psi, 1000.0),
        ("chamber base pressure 5 mTorr, the gauge readout wants Pa, convert pls", 5, constants.torr / 1000, 1.0),
        ("350 mTorr chamber pressure, in Pa pls", 350, constants.torr / 1000, 1.0),
    ],
)  # fmt: skip
def test_target_named_as_what_a_tool_takes(question: str, value: float, source: float, target: float) -> None:
    out = confident(question, "unit_conversion")
    assert math.isclose(out.result["value"], value * source / target, rel_tol=1e-12)


def test_two_values_for_one_target_decline() -> None:
    out = reason("the log says 2.5 psi and 3 psi, the new form only accepts kPa. convert")
    assert not out.answered
