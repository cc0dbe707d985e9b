"""A Poisson count of none over a run of windows, a binomial lot counted by its items, a mass concentration over a
stated molar mass and rates in angstroms: references from scipy and plain arithmetic."""

from __future__ import annotations

import pytest
from scipy import constants, stats

from tests.reason.answers import declined, right_value

RUN = [
    "micro positives in the bright tanks follow a poisson process avg 0.8 per week. chance we go 3 straight weeks "
    "with zero positives?",
    "positives follow a poisson process, 0.8 per week on average. probability of three weeks in a row with no "
    "positives?",
    "poisson, mean 0.8 positives per week: probability of zero positives over 3 consecutive weeks?",
    "contamination events average 0.8 a week (poisson). what is the chance of 3 consecutive weeks without any?",
]


@pytest.mark.parametrize("question", RUN)
def test_none_over_a_run_of_weeks(question: str) -> None:
    want = stats.poisson.pmf(0, 0.8) ** 3  # none in each of 3 independent weeks
    right_value(question, float(want), "probability")


def test_a_count_in_each_window_of_a_run_is_declined() -> None:
    declined(
        "contamination events average 0.8 a week (poisson). chance of at least one in each of 3 consecutive weeks?"
    )


LOT = [
    "25-wafer lot, each wafer scrapped independently w/ p=0.04 -> P(2 or more wafers scrapped in the lot)?",
    "a 25-wafer lot; each wafer is scrapped independently with probability 0.04. probability that at least 2 wafers "
    "in the lot are scrapped?",
    "each wafer in a 25-wafer lot is scrapped w/ p = 0.04, independently: chance that 2 or more are scrapped?",
]


@pytest.mark.parametrize("question", LOT)
def test_lot_counted_by_its_wafers(question: str) -> None:
    want = 1 - stats.binom.cdf(1, 25, 0.04)
    right_value(question, float(want), "probability")


MOLAR = [
    ("convert fasting glucose 126 mg/dL to mmol/L (molar mass glucose 180.16 g/mol)", 126e-3 / 1e-1 / 180.16 * 1e3),
    ("glucose 7 mmol/L in mg/dL? molar mass 180.16 g/mol", 7e-3 * 180.16 * 1e3 / 10),
    ("convert 0.9 g/L NaCl to mmol/L, MW 58.44 g/mol", 0.9 / 58.44 * 1e3),
    ("5 µg/mL to µmol/L with a molar mass of 151.16 g/mol", 5e-6 / 1e-3 / 151.16 * 1e6),
]


@pytest.mark.parametrize(("question", "want"), MOLAR)
def test_mass_concentration_over_molar_mass(question: str, want: float) -> None:
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")


def test_molar_conversion_without_molar_mass_is_declined() -> None:
    assert "molar mass" in declined("convert fasting glucose 126 mg/dL to mmol/L")


@pytest.mark.parametrize(
    "question",
    ["etch rate 1.8 nm/s -> Å/min ?", "deposition rate 1.8 nm/s in angstroms per minute", "convert 1.8 nm/s to Å/min"],
)
def test_rate_in_angstroms_per_minute(question: str) -> None:
    want = 1.8 * constants.nano / constants.angstrom * constants.minute
    right_value(question, want, "unit_conversion", rel=1e-9, key="value")
