"""f49-algebra: word problems declined before. A component added to a batch on hand to bring the whole to a target
(c x + a B = t (B + x)); a moisture content on the oven-dry basis; a mark-recapture population (Lincoln-Petersen, or
Chapman named); two kinds of item named by a model ("737s", "F-150s") with breakdowns in brackets or in prefixed
units ("9.27 kW"); every root of a polynomial written beside an abbreviation ("A/C"). References by sympy and numpy,
not havoc's engines."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
import sympy as sp

from tests.reason.answers import confident, declined

_X = sp.Symbol("x", positive=True)


def _one_value(question: str) -> float:
    """The one value havoc answers to ``question`` (confident, in algebra): a solve's single root or a system's
    asked unknown."""
    result = confident(question, "algebra").to_dict()["result"]
    values = result if isinstance(result, list) else [result]
    assert len(values) == 1, values
    return float(Fraction(str(values[0])))


@pytest.mark.parametrize(
    ("question", "batch", "have", "added", "target"),
    [
        (
            "Finishing room has 20 L of walnut stain at 8% pigment (by volume). How many litres of the 20% pigment "
            "concentrate do we add to bring the whole batch to 12%?",
            20, 8, 20, 12,
        ),
        (
            "doing a solar thermal side job. loop has 40 gal of 25% propylene glycol mix, I want the whole thing at "
            "40%. how many gallons of 60% glycol concentrate do I add (not draining anything)?",
            40, 25, 60, 40,
        ),
        ("the tank holds 500 L of a 2% brine. what volume of 10% brine must be added to raise it to 4%?", 500, 2, 10, 4),
        ("we have 50 kg of a 30% syrup; how much 5% syrup should we add to get it down to 20%?", 50, 30, 5, 20),
        ("how many liters of 40% acid solution do I add to 10 L of 15% acid solution to get a 25% acid mix?", 10, 15,
         40, 25),
    ],
)  # fmt: skip
def test_component_added_to_a_batch(question: str, batch: int, have: int, added: int, target: int) -> None:
    (want,) = sp.solve(sp.Eq(added * _X + have * batch, target * (batch + _X)), _X)
    assert _one_value(question) == pytest.approx(float(want), rel=1e-12)


def test_added_component_past_its_own_strength_declines() -> None:
    declined("Finishing room has 20 L of walnut stain at 8% pigment (by volume). How many litres of the 20% pigment "
             "concentrate do we add to bring the whole batch to 25%?")  # fmt: skip


def test_making_a_dilution_still_reads_c1_v1() -> None:
    """A total to be made is no batch on hand: C1 V1 = C2 V2 as before."""
    value = _one_value("need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of stock go in?")
    assert value == pytest.approx(0.5 * 250 / 2)


@pytest.mark.parametrize(
    ("question", "wet", "mc_in", "mc_out", "water"),
    [
        (
            "Green maple blank weighs 52 kg at 30% moisture content. MC is on the usual oven-dry basis (water weight "
            "÷ oven-dry wood weight). Assuming only water is lost, what will it weigh in kg once dried to 8% MC?",
            52, 30, 8, False,
        ),
        ("a 130 lb stack of oak boards at 30% moisture (dry basis) is kiln dried to 12%. how many lb does it weigh "
         "after?", 130, 30, 12, False),
        ("a 130 lb stack of oak boards at 30% moisture (dry basis) is kiln dried to 12%. how much water is removed?",
         130, 30, 12, True),
        ("10000 lb of corn at 25% moisture (dry basis) dried to 15%. How many lb come out?", 10000, 25, 15, False),
    ],
)  # fmt: skip
def test_moisture_on_the_dry_basis(question: str, wet: int, mc_in: int, mc_out: int, water: bool) -> None:
    dry = Fraction(wet) / (1 + Fraction(mc_in, 100))  # oven-dry weight: the water is MC of it
    after = dry * (1 + Fraction(mc_out, 100))
    assert _one_value(question) == pytest.approx(float(wet - after if water else after), rel=1e-12)


def test_moisture_on_the_wet_basis_keeps_its_reading() -> None:
    value = _one_value("10000 lb of wet corn coming in at 25% moisture dried down to 15% (wet basis), how many lb come "
                       "out?")  # fmt: skip
    assert value == pytest.approx(10000 * 0.75 / 0.85)


def test_moisture_on_both_bases_declines() -> None:
    declined("a 130 lb stack of oak boards at 30% moisture (dry basis, not wet basis) is kiln dried to 12%. how many "
             "lb does it weigh after?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "marked", "caught", "recaptured", "chapman"),
    [
        (
            "mark-recapture on the pond: we floy-tagged 240 bass, released them, a week later electrofished 150 and "
            "18 of those had tags. pop estimate? plain Lincoln–Petersen (N = MC/R), no Chapman correction",
            240, 150, 18, False,
        ),
        ("Lincoln-Petersen estimate: 120 newts were marked and released; in a second sample of 80 newts, 16 were "
         "marked. How many newts are in the pond?", 120, 80, 16, False),
        ("capture-recapture study: we marked 60 butterflies, later caught 45 of which 9 were marked. Estimate the "
         "population with Chapman's estimator.", 60, 45, 9, True),
    ],
)  # fmt: skip
def test_mark_recapture(question: str, marked: int, caught: int, recaptured: int, chapman: bool) -> None:
    if chapman:
        want = (marked + 1) * (caught + 1) / (recaptured + 1) - 1
    else:
        want = marked * caught / recaptured
    assert _one_value(question) == pytest.approx(want, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "mark-recapture: we tagged 240 bass, later caught 150 and 300 had tags. population estimate?",
        "mark-recapture: we tagged 240 bass in week 1, caught 150 in week 2 and 18 of those had tags, and 12 in week "
        "3. population estimate?",
        "Schnabel mark-recapture: we tagged 240 bass, later caught 150 and 18 had tags. population estimate?",
    ],
)
def test_mark_recapture_out_of_reach_declines(question: str) -> None:
    declined(question)


def _asked_count(rows: list[list[float]], rhs: list[float], index: int) -> float:
    """One unknown of a 2x2 system, by numpy."""
    return float(np.linalg.solve(np.array(rows, float), np.array(rhs, float))[index])


@pytest.mark.parametrize(
    ("question", "rows", "rhs", "index"),
    [
        (
            "tyre pool planning. mixed fleet of 30 A/C: 737s run 6 wheels each (4 MLG + 2 NLG), 777s run 14 (12 MLG "
            "+ 2 NLG). wheel count across the fleet is 236. how many 777s?",
            [[1, 1], [6, 14]], [30, 236], 1,
        ),
        ("a depot has 40 trucks: F-150s take 5 tyres each (4 + 1 spare), F-350s take 7 (6 + 1 spare). total tyres: "
         "236. how many F-350s?", [[1, 1], [5, 7]], [40, 236], 1),
        (
            "job last week we used up leftover stock: some 400 W panels and some 370 W panels, 24 panels total, "
            "nameplate came to 9.27 kW DC. how many of the 400 W ones went on the roof?",
            [[1, 1], [400, 370]], [24, 9270], 0,
        ),
        ("we installed 30 modules, a mix of 450 W modules and 300 W modules, 11.4 kW in total. how many of the 450 W "
         "modules?", [[1, 1], [450, 300]], [30, 11400], 0),
    ],
)  # fmt: skip
def test_two_kinds_counted(question: str, rows: list[list[float]], rhs: list[float], index: int) -> None:
    assert _one_value(question) == pytest.approx(_asked_count(rows, rhs, index), rel=1e-12)


def test_breakdown_that_does_not_sum_declines() -> None:
    declined("mixed fleet of 30 A/C: 737s run 6 wheels each (4 MLG + 3 NLG), 777s run 14 (12 MLG + 2 NLG). wheel "
             "count across the fleet is 236. how many 777s?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "coefficients"),
    [
        ("char eqn out of a 3-state A/C availability model: x³ − 6x² + 11x − 6 = 0. all roots?", [1, -6, 11, -6]),
        ("the A/C pack model gives x^3 + 6x^2 + 11x + 6 = 0, what are all the roots?", [1, 6, 11, 6]),
        ("x^3 - 7x + 6 = 0 from the I/O model. all solutions?", [1, 0, -7, 6]),
    ],
)
def test_all_roots_beside_an_abbreviation(question: str, coefficients: list[int]) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    got = sorted(float(Fraction(str(r))) for r in result)
    assert got == pytest.approx(sorted(np.roots(coefficients).real), abs=1e-9)


def test_abbreviation_with_a_second_equation_declines() -> None:
    """An abbreviation is no mathematics, but a second equation beside the first still is: no one equation."""
    declined("A/C model: x^3 - 6x^2 + 11x - 6 = 0 and y = 2x + 1. all roots?")
