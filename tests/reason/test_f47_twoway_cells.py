"""f47: two-way ANOVA cells written as a level then the other factor's cells split at bars ("urban: SMS 12,15,13 |
letter 18,20,17 | call 14,16,15"), and cells whose values are a bracketed list ("fp16 bs32: [1510, 1490, 1525]");
references from statsmodels' Type III ANOVA (sum-to-zero coding)."""

from __future__ import annotations

import pandas as pd
import pytest
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import declined, right_value

REMINDERS = {("urban", "SMS"): [12, 15, 13], ("urban", "letter"): [18, 20, 17], ("urban", "call"): [14, 16, 15],
             ("rural", "SMS"): [16, 18, 19], ("rural", "letter"): [22, 21, 24], ("rural", "call"): [17, 20, 18]}  # fmt: skip
SHIFTS = {("M1", "day"): [5.1, 5.3], ("M1", "night"): [5.6, 5.8], ("M1", "swing"): [5.2, 5.0],
          ("M2", "day"): [4.9, 5.0], ("M2", "night"): [5.9, 6.1], ("M2", "swing"): [5.3, 5.4]}  # fmt: skip
THROUGHPUT = {("fp16", "bs32"): [1510, 1490, 1525], ("fp16", "bs64"): [2650, 2700, 2620],
              ("bf16", "bs32"): [1480, 1505, 1470], ("bf16", "bs64"): [2580, 2550, 2610]}  # fmt: skip
DIETS = {("A", "M"): [10.2, 11.1, 10.8], ("A", "F"): [9.1, 9.5, 9.9], ("B", "M"): [12.0, 12.4, 11.7],
         ("B", "F"): [10.0, 10.6, 10.3]}  # fmt: skip


def type3(cells: dict[tuple[str, str], list[float]], term: str, column: str) -> float:
    """statsmodels' Type III ``column`` ("F" or "PR(>F)") of ``term`` ("a", "b" or "a:b")."""
    rows = [(float(v), a, b) for (a, b), values in cells.items() for v in values]
    fit = smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=pd.DataFrame(rows, columns=["y", "a", "b"])).fit()
    index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    return float(anova_lm(fit, typ=3).loc[index, column])


@pytest.mark.parametrize(
    ("question", "cells", "term"),
    [
        ("Days to complete the 2nd dose after the first, by area (urban/rural) × reminder type (SMS/letter/phone "
         "call), 3 clinics per cell:\nurban: SMS 12,15,13 | letter 18,20,17 | call 14,16,15\nrural: SMS 16,18,19 | "
         "letter 22,21,24 | call 17,20,18\ntwo-way ANOVA with interaction. p-value for the reminder-type main effect?",
         REMINDERS, "b"),
        ("Defect rate by machine (M1/M2) × shift (day/night/swing), 2 lots per cell:\nM1: day 5.1,5.3 | night 5.6,5.8 "
         "| swing 5.2,5.0\nM2: day 4.9,5.0 | night 5.9,6.1 | swing 5.3,5.4\ntwo-way ANOVA with interaction. p-value "
         "for the shift main effect?", SHIFTS, "b"),
        ("throughput (samples/s) benchmark, 2 factors: precision (fp16, bf16) x batch size (32, 64), 3 reps per "
         "cell.\nfp16 bs32: [1510, 1490, 1525]\nfp16 bs64: [2650, 2700, 2620]\nbf16 bs32: [1480, 1505, 1470]\nbf16 "
         "bs64: [2580, 2550, 2610]\ntwo-way anova with interaction term. p-value for the precision×batch-size "
         "interaction?", THROUGHPUT, "a:b"),
        ("weight gain, diet (A, B) x sex (M, F), 3 per cell.\nA M: [10.2, 11.1, 10.8]\nA F: [9.1, 9.5, 9.9]\nB M: "
         "[12.0, 12.4, 11.7]\nB F: [10.0, 10.6, 10.3]\ntwo-way anova with interaction. p-value for the diet×sex "
         "interaction?", DIETS, "a:b"),
    ],
)  # fmt: skip
def test_barred_and_bracketed_cells(question: str, cells: dict, term: str) -> None:
    right_value(question, type3(cells, term, "PR(>F)"), "anova", key="p_value")


def test_bracketed_cells_f_of_a_main_effect() -> None:
    question = ("weight gain, diet (A, B) x sex (M, F), 3 per cell.\nA M: [10.2, 11.1, 10.8]\nA F: [9.1, 9.5, 9.9]\n"
                "B M: [12.0, 12.4, 11.7]\nB F: [10.0, 10.6, 10.3]\ntwo-way anova with interaction. F statistic for diet?")  # fmt: skip
    right_value(question, type3(DIETS, "a", "F"), "anova", key="statistic")


def test_barred_rows_missing_a_cell_decline() -> None:
    declined("urban: SMS 12,15,13 | letter 18,20,17 | call 14,16,15\nrural: SMS 16,18,19 | letter 22,21,24\n"
             "two-way ANOVA with interaction. p-value for the reminder main effect?")  # fmt: skip


GLOSS = {("Lacquer", "1"): [88, 90], ("Lacquer", "2"): [85, 86], ("Lacquer", "3"): [91, 89],
         ("Varnish", "1"): [84, 83], ("Varnish", "2"): [82, 84], ("Varnish", "3"): [87, 88]}  # fmt: skip


@pytest.mark.parametrize("gap", ["\t", "  "])
def test_a_header_of_names_with_numbers_is_read(gap: str) -> None:
    """'Booth 1 Booth 2 Booth 3' over rows of cells, split by tabs (a pasted sheet) or spaces: three booths (round 49a
    r21 read '1Booth', '2Booth', '3' under a corner 'Booth' and answered F(1, 6) at 0.9)."""
    header = gap.join(["", "Booth 1", "Booth 2", "Booth 3"])
    rows = [
        gap.join(["Lacquer", "88, 90", "85, 86", "91, 89"]),
        gap.join(["Conv. varnish", "84, 83", "82, 84", "87, 88"]),
    ]
    question = (f"Gloss (GU) by finish type and spray booth, 2 panels per combination:\n{header}\n" + "\n".join(rows)
                + "\nTwo-way ANOVA with the finish×booth interaction in the model. What is the F statistic for the "
                "booth main effect?")  # fmt: skip
    right_value(question, type3(GLOSS, "b", "F"), "anova", key="statistic")
