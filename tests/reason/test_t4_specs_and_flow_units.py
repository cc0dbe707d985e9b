"""Capability specifications written as a tolerance with its range ("the tolerance is 990 to 1010 Ω", "inside
tolerance (990 to 1010 Ω)", "tolerance band 990 Ω to 1010 Ω"), as a requirement in words ("must be between two and
six days", "has to be within ...", "the acceptable range for lead time is ..."), a mean named with its noun ("mean
resistance 1001.5 ohm"), Cp and Cpk (Pp and Ppk) asked together; unit conversions of water and air flows (MGD,
"million gallons per day", gpd, cfs, cfm, gpm, ML/d) and of a pound or kilogram over an area read as a force
("lb/in²" to kPa is psi, "kg/cm²"). References from scipy.stats and scipy.constants."""

from __future__ import annotations

import pytest
from scipy import constants, stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value

MEAN, SD, LSL, USL = 1001.5, 2.8, 990.0, 1010.0
CP = (USL - LSL) / (6 * SD)
CPK = min(USL - MEAN, MEAN - LSL) / (3 * SD)
OUTSIDE = stats.norm.cdf(LSL, MEAN, SD) + stats.norm.sf(USL, MEAN, SD)
LEAD_CP = (6 - 2) / (6 * 0.6)
LEAD_CPK = min(6 - 4.4, 4.4 - 2) / (3 * 0.6)


# ---- a tolerance with its range ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Resistors average 1001.5 Ω with sd 2.8 Ω; the tolerance is 990 to 1010 Ω. What's Cpk?",
        "Resistors must be inside tolerance (990 to 1010 Ω). Mean 1001.5 Ω, sd 2.8 Ω. Cpk?",
        "Resistor values: mean 1001.5 Ω, σ 2.8 Ω, tolerance band 990 Ω to 1010 Ω. What is the Cpk?",
    ],
)
def test_cpk_of_a_tolerance_range(question: str) -> None:
    right_value(question, CPK, "capability", key="cpk")


@pytest.mark.parametrize(
    ("question", "want", "key"),
    [
        ("Resistors average 1001.5 Ω with sd 2.8 Ω; the tolerance is 990 to 1010 Ω. What fraction is out of tolerance?",
         OUTSIDE, "outside_spec"),
        ("Resistors must be inside tolerance (990 to 1010 Ω). Mean 1001.5 Ω, sd 2.8 Ω. What percentage falls outside?",
         100 * OUTSIDE, "outside_spec_percent"),
        ("Resistor values: mean 1001.5 Ω, σ 2.8 Ω, tolerance band 990 Ω to 1010 Ω. How many ppm are out of tolerance?",
         1e6 * OUTSIDE, "outside_spec_ppm"),
        ("Resistors average 1001.5 Ω with sd 2.8 Ω; the tolerance is 990 to 1010 Ω. What fraction is inside tolerance?",
         1 - OUTSIDE, "within_spec"),
    ],
)  # fmt: skip
def test_share_out_of_a_tolerance_range(question: str, want: float, key: str) -> None:
    """A requirement "must be inside tolerance" states the specification; the share asked is the one after it."""
    right_value(question, want, "capability", key=key)


def test_cp_and_cpk_asked_together_with_a_mean_named_by_its_noun() -> None:
    out = right_value(
        "Mean resistance 1001.5 ohm, standard deviation 2.8 ohm, tolerance 990-1010 ohm: Cp and Cpk?",
        CPK,
        "capability",
        key="cpk",
    )
    assert out["result"]["cp"] == pytest.approx(CP, rel=1e-12)
    assert out["result"]["value"] == pytest.approx(CPK, rel=1e-12)


def test_pp_and_ppk_asked_together() -> None:
    out = right_value("Pp and Ppk: mean 10.0, overall sigma 0.1, LSL 9.7, USL 10.4", 0.3 / 0.3, "capability", key="ppk")
    assert out["result"]["pp"] == pytest.approx(0.7 / 0.6, rel=1e-12)


# ---- a specification in words ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Delivery lead time must be between two and six days; mean 4.4 days, sd 0.6. Cp and Cpk?",
        "Delivery must take between two and six days; mean 4.4 days, sd 0.6. Cp and Cpk?",
        "Lead time has to be within two to six days. Average lead time is 4.4 days with a standard deviation of 0.6 "
        "days. What are Cp and Cpk?",
        "The acceptable range for lead time is two to six days; mean 4.4, sd 0.6. Cp and Cpk please",
    ],
)
def test_spec_in_words(question: str) -> None:
    out = right_value(question, LEAD_CPK, "capability", key="cpk")
    assert out["result"]["cp"] == pytest.approx(LEAD_CP, rel=1e-12)


def test_spec_in_words_with_a_larger_number() -> None:
    question = "The fill must be between ninety-eight and one hundred two grams; mean 100.4 g, sd 0.5 g. Cpk?"
    right_value(question, min(102 - 100.4, 100.4 - 98) / 1.5, "capability", key="cpk")


def test_range_without_a_spec_word_is_declined() -> None:
    declined("Lead times are from two to six days. They average 4.4 days, sd 0.6 days. What percentage falls outside?")


def test_tolerance_without_limits_stays_out_of_capability() -> None:
    """A tolerance stated as one number is no specification: the question is not answered as capability."""
    out = reason(
        "Cycle times (s): 10.2 9.8 10.4 10.1 9.9 10.3. The quoted tolerance is 0.5 s. One-sample t-test p-value, mu = 10?"
    )
    assert out.mode != "capability"


# ---- flow and pressure units ----------------------------------------------------------------------------------
MGD = 1e6 * constants.gallon / constants.day  # m^3/s


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Convert 12 MGD to m³/s", 12 * MGD),
        ("A plant treats 12 MGD. What is that in L/s?", 12 * MGD / constants.liter),
        ("12 MGD in m3/day", 12 * MGD * constants.day),
        ("how many m3/day is 12 million gallons per day", 12 * MGD * constants.day),
        ("convert 12 million gallons per day to cubic metres per second", 12 * MGD),
        ("what is 12 mgd in liters per second?", 12 * MGD / constants.liter),
        ("50 cfs in m3/s", 50 * constants.foot**3),
        ("800 cfm in L/s", 800 * constants.foot**3 / constants.minute / constants.liter),
        ("convert 300 gpm to m3/h", 300 * constants.gallon / constants.minute * constants.hour),
        ("5000 gpd in L/min", 5000 * constants.gallon / constants.day / constants.liter * constants.minute),
        ("2 Ml/d in L/s", 2e6 * constants.liter / constants.day / constants.liter),
        ("convert 150 lb/in² to kPa", 150 * constants.psi / 1e3),
        ("150 pounds per square inch in bar", 150 * constants.psi / constants.bar),
        ("convert 2 kg/cm² to kPa", 2 * constants.kgf / 1e-4 / 1e3),
        ("what's 45 ksi in MPa?", 45e3 * constants.psi / 1e6),
        # a pound over a volume or an area converted to a mass per volume or area stays a mass
        ("convert 62.4 lb/ft³ to kg/m³", 62.4 * constants.pound / constants.foot**3),
        ("convert 10 lb/ft² to kg/m²", 10 * constants.pound / constants.foot**2),
    ],
)
def test_flow_and_pressure_units(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", key="value")


def test_pound_as_force_is_said() -> None:
    out = reason("convert 150 lb/in² to kPa")
    assert any("force" in caveat for caveat in out.caveats)


def test_pound_to_a_pressure_without_an_area_is_declined() -> None:
    declined("convert 150 lb to kPa")
