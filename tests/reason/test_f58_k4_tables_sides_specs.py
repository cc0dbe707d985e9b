"""Branch k4 (f58): two-column tables whose header names carry units in brackets ("Size (mm)  Pass (%)", "t( degC)
<TAB>V(mV)") fit as a line; one-way ANOVA rows headed by a dose with its unit ("10 mg/L  71.2  70.8 ...": the dose is
the label); a die's faces pointing to their counts ("1 -> 9", one a line) tested for equal counts; a two-sided p-value
explained as a doubled tail ("double the upper-tail area") is no one-sided test; a contract's or customer's minimum is
the LSL. References by scipy and numpy, independently of havoc's engines."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from plugins.api.column_table import column_table
from plugins.api.prose import sidedness, spec_limits
from plugins.stats.reasoning_tables import labelled_counts
from tests.reason.answers import declined, right_value


def _r2(x: list[float], y: list[float]) -> float:
    return float(np.corrcoef(x, y)[0, 1] ** 2)


SIZE, PASSING = [38, 53, 75, 106, 150, 212], [22.4, 31.0, 40.8, 52.9, 66.1, 79.5]
TEMP, VOLT = [10, 30, 50, 70, 90], [0.41, 1.22, 2.05, 2.83, 3.66]


@pytest.mark.parametrize(
    ("question", "x", "y"),
    [
        ("sieve data, line of passing vs size\n\nSize (µm)    Passing (%)\n"
         + "\n".join(f"{a}          {b}" for a, b in zip(SIZE, PASSING, strict=True)) + "\n\nR² of a linear fit?", SIZE, PASSING),
        ("thermocouple check, straight line V = a + b*t\nt(°C)\tV(mV)\n"
         + "\n".join(f"{a}\t{b}" for a, b in zip(TEMP, VOLT, strict=True)) + "\nwhat's the r squared of the fit?", TEMP, VOLT),
        ("Temp (°C)  Output (mV)\n" + "\n".join(f"{a}  {b}" for a, b in zip(TEMP, VOLT, strict=True))
         + "\nlinear regression of output on temp: R^2?", TEMP, VOLT),
    ],
)  # fmt: skip
def test_header_units_in_brackets(question: str, x: list[float], y: list[float]) -> None:
    right_value(question, _r2(x, y), "regression", key="r_squared")


def test_header_names_keep_their_units() -> None:
    table = column_table("Size (mm)  Pass (%)\n1  10\n2  20\n3  31")
    assert table is not None and table.names == ["Size (mm)", "Pass (%)"]
    assert column_table("results (two runs) were fine\n1  10\n2  20\n3  31") is None  # prose, no header


DOSES = [[71.2, 70.8, 72.0, 71.5], [74.9, 75.6, 74.1, 75.0], [76.3, 75.8, 76.9, 76.1]]


@pytest.mark.parametrize(
    "question",
    [
        "collector dose trial, rec % by dose:\n"
        + "\n".join(f"{d} mg/L    " + "   ".join(map(str, g)) for d, g in zip((10, 25, 40), DOSES, strict=True))
        + "\none way anova, F statistic?",
        "\n".join(f"{d} ppm\t" + "\t".join(map(str, g)) for d, g in zip((100, 200, 300), DOSES, strict=True))
        + "\nIs there a dose effect? one-way ANOVA F please",
    ],
)
def test_anova_rows_headed_by_a_dose(question: str) -> None:
    right_value(question, stats.f_oneway(*DOSES).statistic, "anova", key="statistic")


FACES = [11, 7, 10, 13, 8, 11]


@pytest.mark.parametrize(
    "question",
    [
        "tossed a die 60 times:\n" + "\n".join(f"{i} -> {c}" for i, c in enumerate(FACES, 1))
        + "\nchi-square goodness of fit to a fair die, p-value?",
        "die rolls: " + ", ".join(f"face {i} → {c}" for i, c in enumerate(FACES, 1))
        + ". Is the die fair? chi-square goodness-of-fit p value",
    ],
)  # fmt: skip
def test_faces_pointing_to_counts(question: str) -> None:
    right_value(question, stats.chisquare(FACES).pvalue, "hypothesis_test", key="p_value")


def test_counts_one_a_line_keep_their_labels() -> None:
    found = labelled_counts("got\n1 -> 8\n2 -> 12\n3 -> 9")
    assert found is not None and found.labels == ["1", "2", "3"] and found.counts == ["8", "12", "9"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("two-sided (double the upper-tail area)", "two-sided"),
        ("p = twice the one-sided p-value", "two-sided"),
        ("2 x the smaller tail", "two-sided"),
        ("an upper-tailed F test", "one-sided"),
        ("one-sided, larger variance on top", "one-sided"),
    ],
)
def test_a_doubled_tail_is_two_sided(text: str, side: str) -> None:
    assert sidedness(text) == side


def _f_two_sided(s1: float, n1: int, s2: float, n2: int) -> float:
    return float(2 * stats.f.sf(s1**2 / s2**2, n1 - 1, n2 - 1))


@pytest.mark.parametrize(
    "question",
    [
        "Analyser A: SD 0.30, n = 16\nAnalyser B: SD 0.20, n = 21\nF-test of equal variances, larger variance on top, "
        "two-sided (double the upper-tail area). p-value?",
        "Old method: SD 0.30, n = 16; new method: SD 0.20, n = 21. F test for equal variances; report twice the "
        "upper-tail probability as the p-value",
    ],
)
def test_f_test_with_a_doubled_tail(question: str) -> None:
    right_value(question, _f_two_sided(0.30, 16, 0.20, 21), "hypothesis_test", key="p_value")


def test_upper_tailed_f_test_stays_one_sided() -> None:
    question = "Old: SD 0.30, n = 16; New: SD 0.20, n = 21. Upper-tailed F test that the old variance is larger; p?"
    assert "one-sided" in declined(question)  # a one-sided F test of variances is not planned: declined as before


GRADES = [31.2, 30.8, 31.9, 30.5, 31.4, 30.9, 31.7, 31.1, 30.6, 31.3, 31.0, 31.5]


def _ppk_lower(values: list[float], lsl: float) -> float:
    return float((np.mean(values) - lsl) / (3 * np.std(values, ddof=1)))


@pytest.mark.parametrize(
    "question",
    [
        "concentrate grade, 12 shifts (%):\n" + "  ".join(map(str, GRADES))
        + "\ncontract min is 29.5 % (lower spec only). Ppk with the overall SD?",
        "Shift grades " + ", ".join(map(str, GRADES)) + ". The customer minimum is 29.5; no upper limit. Ppk?",
    ],
)  # fmt: skip
def test_contract_minimum_is_the_lsl(question: str) -> None:
    right_value(question, _ppk_lower(GRADES, 29.5), "capability", key="ppk")


def test_a_contract_minimum_reads_as_lsl() -> None:
    assert spec_limits("contract min is 24.0 (lower spec only)", as_written=True) == ("24.0", None)
    assert spec_limits("contract maximum 5.0", as_written=True) == (None, "5.0")
