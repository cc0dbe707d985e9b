"""Rows of counts that run on without commas ("shift A 480 pass 20 fail") and prefixed SI symbols as targets of a
bare conversion ("8 gf in mN?"), checked against scipy."""

from __future__ import annotations

import pytest
from scipy import constants, stats

from tests.reason.answers import right_value

_TABLE = [[480, 20], [465, 35], [450, 50]]


@pytest.mark.parametrize(
    "question",
    [
        "pass/fail by shift for cell formation, 500 cells each: shift A 480 pass 20 fail, shift B 465 pass 35 fail, "
        "shift C 450 pass 50 fail. chi-square test of independence — chi-square statistic?",
        "shift A 480 pass 20 fail; shift B 465 pass 35 fail; shift C 450 pass 50 fail. Is pass rate independent of "
        "shift? chi-square statistic",
        "Line A: pass 480 fail 20, line B: pass 465 fail 35, line C: pass 450 fail 50. chi-square test of "
        "independence statistic?",
        "Three shifts, 500 cells each. shift A 480 good 20 bad, shift B 465 good 35 bad, shift C 450 good 50 bad — "
        "is yield associated with shift? chi-square?",
    ],
)
def test_run_on_rows_of_counts(question: str) -> None:
    want = stats.chi2_contingency(_TABLE, correction=False).statistic
    right_value(question, want, "hypothesis_test", key="statistic")


@pytest.mark.parametrize(
    ("question", "value", "source", "target"),
    [
        ("8 gf in mN?", 8, constants.gram * constants.g, constants.milli),
        ("how many mN is 8 gf", 8, constants.gram * constants.g, constants.milli),
        ("what is 8 gf in mN", 8, constants.gram * constants.g, constants.milli),
        ("250 mN to gf", 250, constants.milli, constants.gram * constants.g),
        ("5 MN in kN?", 5, constants.mega, constants.kilo),
    ],
)
def test_prefixed_symbol_targets(question: str, value: float, source: float, target: float) -> None:
    right_value(question, value * source / target, "unit_conversion", rel=1e-5, key="value")
