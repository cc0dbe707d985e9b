"""v3: a list named with a capital letter ("crew A 8.42 ..."), a table's index row ("tester 1 2 ... 8" over its rows),
group names that start with digits ("3LPE:", "17-4PH"), factors listed between dashes, blends of "two crudes, 0.8 wt% S
and 2.6 wt% S" and of "whole milk at 3.9% fat and skim at 0.1% fat", a specification at its test condition ("spec at
40 °C is 2.0–4.5 cSt") and a charge in mAh; references from scipy, fractions and math."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from scipy import constants, stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import samples
from tests.reason.answers import right_value

CREW_A = [8.42, 8.37, 8.51, 8.29, 8.46, 8.33, 8.40]
CREW_B = [8.38, 8.35, 8.44, 8.30, 8.41, 8.29, 8.36]
A_TEXT, B_TEXT = (" ".join(f"{v:.2f}" for v in crew) for crew in (CREW_A, CREW_B))


@pytest.mark.parametrize(
    ("question", "sign"),
    [
        (
            f"two UT crews measured the same 7 grid points (mm):\ncrew A {A_TEXT}\ncrew B {B_TEXT}\npaired t-test on "
            "d = A − B, what is the t statistic?",
            1,
        ),
        (
            f"same 7 grid points measured by two gauges (mm):\nA {A_TEXT}\nB {B_TEXT}\npaired t test of A minus B: what "
            "is t?",
            1,
        ),
        (
            f"Two inspectors measured the same 7 points (mm).\nteam A: {A_TEXT}\nteam B: {B_TEXT}\nPaired t-test with "
            "d = B - A. t statistic?",
            -1,
        ),
    ],  # fmt: skip
)
def test_lists_named_with_a_capital_letter(question: str, sign: int) -> None:
    want = sign * stats.ttest_rel(CREW_A, CREW_B).statistic
    right_value(question, want, "hypothesis_test", key="statistic")


OLD, NEW = [14, 11, 17, 9, 13, 15, 12, 16], [11, 10, 13, 9, 10, 12, 11, 13]


@pytest.mark.parametrize(
    "question",
    [
        "same 8 testers did the settings task on the old menu and then the redesigned one. clicks to finish:\n"
        "tester  1  2  3  4  5  6  7  8\nold    14 11 17  9 13 15 12 16\nnew    11 10 13  9 10 12 11 13\n"
        "paired t-test, two-sided — what's the p?",
        "Eight operators timed the same job with the old fixture and the new one (seconds):\noperator: 1 2 3 4 5 6 7 8"
        "\nold: 14 11 17 9 13 15 12 16\nnew: 11 10 13 9 10 12 11 13\nIs the difference significant? paired t test, p",
        "paired data, 8 subjects, before and after:\nsubject 1 2 3 4 5 6 7 8\nbefore 14 11 17 9 13 15 12 16\n"
        "after 11 10 13 9 10 12 11 13\npaired t-test p-value?",
    ],
)
def test_a_tables_index_row_is_no_sample(question: str) -> None:
    right_value(question, stats.ttest_rel(OLD, NEW).pvalue, "hypothesis_test", key="p_value")


def test_a_row_of_1_to_n_over_one_row_stays_values() -> None:
    """x = 1..6 over one row of y is a regression's x, not an index row."""
    found = samples("fit a line:\nx 1 2 3 4 5 6\ny 2.1 3.9 6.2 8.1 9.8 12.2\nwhat is the slope?")
    assert found == [["1", "2", "3", "4", "5", "6"], ["2.1", "3.9", "6.2", "8.1", "9.8", "12.2"]]


COATINGS = ([0.021, 0.025, 0.019, 0.023, 0.022], [0.018, 0.017, 0.020, 0.016, 0.019],
            [0.027, 0.031, 0.029, 0.026, 0.030], [0.020, 0.022, 0.024, 0.021, 0.019])  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "Coating loss (mm/yr) for four pipeline coatings, one-way ANOVA, p-value?\nepoxy: 0.021, 0.025, 0.019, "
        "0.023, 0.022\nFBE: 0.018, 0.017, 0.020, 0.016, 0.019\ncoal tar enamel: 0.027, 0.031, 0.029, 0.026, 0.030\n"
        "3LPE: 0.020, 0.022, 0.024, 0.021, 0.019",
        "corrosion rates by coating (mm/y)\nepoxy 0.021 0.025 0.019 0.023 0.022\nFBE 0.018 0.017 0.020 0.016 0.019\n"
        "coal tar enamel 0.027 0.031 0.029 0.026 0.030\n3LPE 0.020 0.022 0.024 0.021 0.019\nis there a difference "
        "between coatings? ANOVA",
    ],
)
def test_group_names_starting_with_digits(question: str) -> None:
    right_value(question, stats.f_oneway(*COATINGS).pvalue, "anova", key="p_value")


def test_digits_inside_a_name_are_no_values() -> None:
    alloys = ([512, 530, 525, 518], [655, 640, 662, 650], [505, 515, 498, 510], [1010, 995, 1020, 1005])
    question = (
        "one-way ANOVA on tensile strength (MPa) of four alloys; F statistic?\n316L: 512, 530, 525, 518\n"
        "duplex: 655, 640, 662, 650\nMonel: 505, 515, 498, 510\n17-4PH: 1010, 995, 1020, 1005"
    )
    right_value(question, stats.f_oneway(*alloys).statistic, "anova", key="statistic")


@pytest.mark.parametrize(
    ("question", "levels", "replicates"),
    [
        (
            "We want to study three factors — inhibitor dose, flow velocity, and temperature — each at three levels, "
            "using a full factorial, and my supervisor says to run the whole thing in duplicate. How many corrosion loop "
            "runs is that in total?",
            (3, 3, 3),
            2,
        ),
        (
            "Three factors - inhibitor dose, flow velocity and temperature - each at 3 levels, full factorial, run in "
            "duplicate. How many runs in total?",
            (3, 3, 3),
            2,
        ),
        (
            "We vary four factors – feed, speed, depth of cut, and coolant – each at two levels in a full factorial. How "
            "many runs?",
            (2, 2, 2, 2),
            1,
        ),
    ],  # fmt: skip
)
def test_factors_listed_between_dashes(question: str, levels: tuple[int, ...], replicates: int) -> None:
    want = len(list(itertools.product(*(range(n) for n in levels)))) * replicates
    out = reason(question).to_dict()
    assert out["mode"] == "design" and out["confidence"] >= 0.9
    assert out["result"]["runs"] == want


def _blend(total: int, target: str, asked: str, other: str) -> Fraction:
    """The amount of the component at ``asked`` in ``total`` at ``target``: a x + b (T - x) = c T."""
    a, b, c = Fraction(asked), Fraction(other), Fraction(target)
    return (c - b) * total / (a - b)


@pytest.mark.parametrize(
    ("question", "total", "target", "asked", "other"),
    [
        (
            "blending two crudes, 0.8 wt% S and 2.6 wt% S, to make 1000 bbl at 1.4 wt% S. assume sulfur blends "
            "linearly by volume. how many bbl of the 2.6% crude?",
            1000,
            "1.4",
            "2.6",
            "0.8",
        ),
        (
            "Blend 2 crudes, 0.8% S and 2.6% S, into 1000 bbl at 1.4% S (sulfur blends linearly by volume). How many "
            "bbl of the 0.8% crude?",
            1000,
            "1.4",
            "0.8",
            "2.6",
        ),
        (
            "I need 1000 litres of semi-skimmed at 1.8% fat, blended from whole milk at 3.9% fat and skim at 0.1% fat. "
            "How many litres of whole milk go in? Exact fraction is fine.",
            1000,
            "1.8",
            "3.9",
            "0.1",
        ),
        (
            "mix skim at 0.1% fat and whole milk at 3.9% fat to make 1000 L at 1.8% fat. how many L of skim?",
            1000,
            "1.8",
            "0.1",
            "3.9",
        ),
    ],  # fmt: skip
)
def test_blends_counted_and_named_before_their_values(
    question: str, total: int, target: str, asked: str, other: str
) -> None:
    out = reason(question).to_dict()
    assert out["mode"] == "algebra" and out["confidence"] >= 0.9
    assert [Fraction(v) for v in out["result"]] == [_blend(total, target, asked, other)]


@pytest.mark.parametrize(
    "question",
    [
        "diesel viscosity spec at 40 °C is 2.0–4.5 cSt. our process runs at mean 3.1 cSt, σ = 0.25 cSt (in control). "
        "Cpk?",
        "Spec for kinematic viscosity at 40 °C is 2.0 to 4.5 cSt. Process mean 3.1 cSt, sigma 0.25 cSt. What is the "
        "Cpk?",
        "viscosity spec @ 40°C: 2.0-4.5 cSt; mean 3.1, sd 0.25. Cpk?",
    ],
)
def test_a_spec_at_its_test_condition(question: str) -> None:
    right_value(question, min(4.5 - 3.1, 3.1 - 2.0) / (3 * 0.25), "capability", key="cpk")


@pytest.mark.parametrize(
    ("question", "mah"),
    [
        ("how many coulombs of charge is 5000 mAh", 5000),
        ("a phone battery holds 5000 mAh. how many coulombs is that?", 5000),
        ("3000 mAh in coulombs?", 3000),
        ("express 2.5 Ah in coulombs", 2500),
    ],
)
def test_charge_in_milliamp_hours(question: str, mah: int) -> None:
    right_value(question, mah * constants.milli * constants.hour, "unit_conversion", key="value")
