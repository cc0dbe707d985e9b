"""A mil (thou) with a descriptor after it, an element label between a mass unit and its "per" ("kg N/ha"), a p chart's
p-bar with the span it averages over before its value, and a matrix written between bars, one row a line; each against
a reference computed here (scipy.constants, math, numpy)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import constants

from tests.reason.answers import confident, declined, right_value


@pytest.mark.parametrize(
    "question",
    [
        "convert 4.5 mils wet film to micrometres (µm)",
        "4.5 mil wet film thickness in µm",
        "how many microns is 4.5 mils?",
    ],
)
def test_mils_to_micrometres(question: str) -> None:
    right_value(question, 4.5 * constants.mil / constants.micro, "unit_conversion", rel=1e-12, key="value")


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("convert 150 kg N/ha to lb/ac", 150),
        ("150 kg N per ha in lb N/ac", 150),
        ("convert 60 kg P2O5/ha to lb/acre", 60),
    ],
)
def test_element_labelled_rate_per_area(question: str, amount: float) -> None:
    want = amount * constants.acre / constants.hectare / constants.pound
    right_value(question, want, "unit_conversion", rel=1e-12, key="value")


def test_element_labelled_reverse() -> None:
    want = 100 * constants.pound / constants.acre * constants.hectare
    right_value("convert 100 lb N/ac to kg/ha", want, "unit_conversion", rel=1e-12, key="value")


@pytest.mark.parametrize(
    "question",
    ["convert 150 kg N/ha to lb P2O5/ac", "convert 5 mil to mL", "convert 10 mils to degrees"],
)
def test_unit_declines(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    "question",
    [
        "p chart on daily return rate. we sample 200 orders/day, pbar across the last month = 0.06. what's the LCL "
        "(3-sigma)?",
        "p-chart for returns: n = 200 orders per day, p-bar over the past 30 days is 0.06; lower control limit?",
        "We check 200 orders each day; p-bar for the last month was 6%. 3-sigma LCL for the p chart?",
    ],
)
def test_p_chart_lcl_from_pbar_with_span(question: str) -> None:
    want = 0.06 - 3 * math.sqrt(0.06 * (1 - 0.06) / 200)
    right_value(question, want, "control_chart", key="lcl")


def test_c_chart_cbar_with_span() -> None:
    want = 4.2 + 3 * math.sqrt(4.2)
    right_value("c chart: c-bar over the last 20 shifts = 4.2, UCL?", want, "control_chart", key="ucl")


def test_pbar_over_samples_of_a_size_is_not_read_as_the_size() -> None:
    declined("p chart, 200 units per day, pbar over 25 samples of 200 = 0.06, LCL?")


_B = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]


@pytest.mark.parametrize(
    "question",
    [
        "Reduced susceptance matrix for a 3-bus radial feeder (per-unit):\n  B = | 2 −1  0 |\n      |−1  2 −1 |\n"
        "      | 0 −1  2 |\nWhat is det(B)?",
        "Find the determinant of\n| 2 -1 0 |\n| -1 2 -1 |\n| 0 -1 2 |",
        "det(B) for\n    | 2 -1  0 |\nB = |-1  2 -1 |\n    | 0 -1  2 |",
    ],
)
def test_barred_matrix_determinant(question: str) -> None:
    right_value(question, float(np.linalg.det(np.array(_B))), "linear_algebra")


def test_bracketed_rows_inverse() -> None:
    result = confident("inverse of A where\nA = [ 1 2 ]\n    [ 3 4 ]", "linear_algebra").to_dict()["result"]
    assert str(result) == str(sp.Matrix([[1, 2], [3, 4]]).inv())


def test_ragged_barred_matrix_declines() -> None:
    declined("det of the admittance matrix:\nY = | 3 -1 -1 |\n    |-1 3 |\n    |-1 -1 3 |")
