"""Readings of fix-words17, values in full sentences: a comma after a limit's name ("lower spec limit, 350 MPa"), a
mean said by a verb ("averages 99.2", "centred at"), a normal's bounds with units ("between 24.97 mm and 25.03 mm",
"from ... to ...", "in the range ..."), and a c chart's "25 plates with a total of 80 colonies". References: the
Cpk formula, scipy.stats.norm, the c chart's c-bar + 3 sqrt(c-bar)."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from plugins.api.prose import spec_limits
from tests.reason.answers import confident, declined

STRENGTH = (
    "Tensile strength {} (no upper limit). The process runs at a mean of 380 MPa with a standard deviation of 8 MPa."
)


def _value(result) -> float:
    return result["value"] if isinstance(result, dict) else float(result)


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("only has a lower spec limit, 350 MPa", ("350", None)),
        ("upper specification limit, 12.5 mm; lower limit, 11.5 mm", ("11.5", "12.5")),
        ("LSL 9.9, USL 10.1", ("9.9", "10.1")),
    ],
)
def test_a_limit_name_may_be_followed_by_a_comma(text, limits):
    assert spec_limits(text.lower()) == limits


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (STRENGTH.format("only has a lower spec limit, 350 MPa") + " What is Cpk?", (380 - 350) / (3 * 8)),
        ("Assay potency averages 99.2 % of label claim with a standard deviation of 1.1 %. Spec 95.0-105.0 %. Cpk?",
         min(105.0 - 99.2, 99.2 - 95.0) / (3 * 1.1)),
        ("Assay potency averaged 99.2 % with a standard deviation of 1.1 %. Spec 95.0-105.0 %. Cpk?",
         min(105.0 - 99.2, 99.2 - 95.0) / (3 * 1.1)),
        ("Fill weight is centred at 500.4 g with a standard deviation of 1.2 g; LSL 497, USL 503. Cpk?",
         min(503 - 500.4, 500.4 - 497) / (3 * 1.2)),
        ("Bore is centered on 12.01 mm, sd 0.01 mm, LSL 11.97, USL 12.03. Cpk?", min(0.02, 0.04) / 0.03),
    ],
)  # fmt: skip
def test_capability_reads_limits_and_means_in_sentences(question, reference):
    out = confident(question, "capability")
    assert math.isclose(_value(out.result), reference, rel_tol=1e-9)


SHAFT = "Shaft diameters are normally distributed with mean 25.00 mm and standard deviation 0.02 mm. {}"


@pytest.mark.parametrize(
    "asked",
    [
        "What proportion of shafts fall between 24.97 mm and 25.03 mm?",
        "What fraction of shafts are from 24.97 to 25.03 mm?",
        "What proportion lie in the range 24.97-25.03 mm?",
        "What proportion fall between 24.97 and 25.03?",
    ],
)
def test_a_normal_reads_bounds_with_units(asked):
    out = confident(SHAFT.format(asked), "probability")
    reference = stats.norm.cdf(25.03, 25.0, 0.02) - stats.norm.cdf(24.97, 25.0, 0.02)
    assert math.isclose(_value(out.result), reference, rel_tol=1e-12)
    assert math.isclose(reference, 0.8663855974622987, rel_tol=1e-12)


@pytest.mark.parametrize(
    ("question", "total", "count"),
    [
        ("Cleanroom settle plates: 25 plates with a total of 80 colonies. c chart UCL?", 80, 25),
        ("Petri dishes: 20 dishes, a total of 64 colonies were counted. c chart limits?", 64, 20),
        ("Inspectors examined 30 units and found a total of 90 scratches. c chart UCL?", 90, 30),
    ],
)
def test_a_c_chart_reads_plates_and_a_total_of_counted_things(question, total, count):
    out = confident(question, "control_chart")
    cbar = total / count
    assert out.result["ucl"] == pytest.approx(cbar + 3 * math.sqrt(cbar), rel=1e-12)


def test_c_chart_without_the_number_of_plates_is_declined():
    assert "number of samples" in declined("Cleanroom settle plates: a total of 80 colonies. c chart UCL?")
