"""Round 53: unit conversions of activity (mCi to MBq, 1 Ci = 3.7e10 Bq exactly) and of an English cotton count (Ne,
840-yd hanks per pound) to its linear density in tex, decitex or denier; a specification window said as a "target ...
window" before a Cpk; a general factorial laid out in blocks that each hold one complete replicate (blocks x
combinations runs); and fertiliser products by their N-P2O5-K2O grades solved for the nutrients to supply.
References: scipy.constants, numpy.linalg.solve; near misses are declined."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import constants

from tests.reason.answers import confident, declined, right_value

_TEX = constants.pound * 1e3 / (840 * constants.yard / 1e3)  # g/km of one 840-yd hank per pound


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("The dose calibrator reads in mCi but the new departmental policy wants MBq. A patient dose of 25 mCi is how "
         "many MBq?", 25e-3 * 3.7e10 / 1e6),
        ("how many MBq is 15 millicuries?", 15e-3 * 3.7e10 / 1e6),
        ("convert 740 MBq to mCi", 740e6 / 3.7e10 * 1e3),
        ("what's 10 µCi in kBq", 10e-6 * 3.7e10 / 1e3),
        ("customer spec'd the yarn as Ne 30 (english cotton count, 840-yd hanks per lb). whats that in tex?", _TEX / 30),
        ("how many tex is a 40 Ne yarn?", _TEX / 40),
        ("The spinner quotes Ne 20. What is that in dtex?", 10 * _TEX / 20),
        ("convert Ne 20 to denier", 9 * _TEX / 20),
    ],
)  # fmt: skip
def test_activity_and_yarn_counts(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_yarn_count_answer_names_the_count() -> None:
    out = confident("Ne 30 in tex?", "unit_conversion")
    assert out.answer.startswith("30 Ne = 19.6847 tex"), out.answer


@pytest.mark.parametrize(
    "question",
    [
        "yarn is Ne 30 (560-yd hanks per lb), whats that in tex?",  # another hank: not an English cotton count
        "convert 20 tex to Ne",  # the reciprocal asked: refused, never a linear factor
    ],
)
def test_yarn_near_misses_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("Calibrating the plot seeder: target seed rate window is 48–52 kg/ha. Over the calibration runs the metered "
         "rate averaged 50.6 kg/ha with a standard deviation of 0.55 kg/ha — treat that as the process sigma. What's "
         "Cpk?", 48, 52, 50.6, 0.55),
        ("Target fill weight range is 498 to 510 g; the filler averages 503.2 g, process sigma 1.6 g. Cpk?",
         498, 510, 503.2, 1.6),
        ("Our target oven temperature band is 180-190 C. Mean 186.1 C, standard deviation 1.2 C. What is the Cpk?",
         180, 190, 186.1, 1.2),
    ],
)  # fmt: skip
def test_target_window_is_the_specification(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="value")


@pytest.mark.parametrize(
    ("question", "levels", "blocks"),
    [
        ("Planning next year's trial: 3 N rates × 4 varieties × 2 irrigation regimes, full factorial, laid out in 4 "
         "blocks where each block holds one complete replicate of every combination. How many plots do I need to mark "
         "out in total?", [3, 4, 2], 4),
        ("3 temperatures x 2 catalysts full factorial in 3 blocks, every block contains one full replicate of all "
         "treatment combinations; total runs?", [3, 2], 3),
        ("A 3x4x2 full factorial run in 4 blocks, each block a complete replicate. How many runs?", [3, 4, 2], 4),
    ],
)  # fmt: skip
def test_blocks_of_complete_replicates(question: str, levels: list[int], blocks: int) -> None:
    out = confident(question, "design")
    assert out.result["runs"] == int(np.prod(levels)) * blocks


def test_blocks_not_said_replicates_decline() -> None:
    declined("3 N rates × 4 varieties × 2 irrigation regimes, full factorial, laid out in 4 blocks. How many plots?")


_GRADES = np.array([[15, 46, 0], [15, 0, 0], [15, 0, 60]]) / 100  # rows N, P2O5, K2O; columns the products


@pytest.mark.parametrize(
    "question",
    [
        "Need to hit exactly 76 kg N, 30 kg P₂O₅ and 90 kg K₂O per ha using three products: a compound 15-15-15, urea "
        "(46-0-0) and muriate of potash (0-0-60), percentages by weight as N-P₂O₅-K₂O. Set it up as a linear system "
        "and solve — how many kg/ha of urea?",
        "I want to apply 76 kg N, 30 kg P2O5 and 90 kg K2O per hectare from 15-15-15 compound, urea 46-0-0 and MOP "
        "0-0-60. How much urea per ha?",
    ],
)
def test_fertiliser_grades(question: str) -> None:
    want = np.linalg.solve(_GRADES, [76, 30, 90])[1]
    out = confident(question, "linear_algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    assert float(out.result) == pytest.approx(want)


def test_fertiliser_grades_not_square_decline() -> None:
    # two products cannot meet three nutrient amounts
    declined("I want to apply 76 kg N, 30 kg P2O5 and 90 kg K2O per hectare from 15-15-15 compound and urea 46-0-0. "
             "How much urea per ha? Solve the linear system.")  # fmt: skip
