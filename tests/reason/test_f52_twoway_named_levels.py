"""f52: two-way ANOVA cells written in prose, a level of one factor then the other's levels with their values, where
one level carries its factor's word beside it the first time it is written: "supplier A @140: 6.1, 6.4, 6.0; A @150:
..." ('@' before a level of the second factor, the first level's word dropped once it repeats bare) and "smooth drum:
200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8; ..." (levels with units and perhaps their factor's word, split at ';');
references from statsmodels' Type III ANOVA (sum-to-zero coding)."""

from __future__ import annotations

import pandas as pd
import pytest
import statsmodels.formula.api as smf
from statsmodels.stats.anova import anova_lm

from tests.reason.answers import declined, right_value

SEAL = {("A", "140"): [6.1, 6.4, 6.0], ("A", "150"): [7.0, 7.3, 6.8], ("A", "160"): [7.6, 7.4, 7.9],
        ("B", "140"): [5.8, 6.2, 5.9], ("B", "150"): [6.9, 6.6, 7.1], ("B", "160"): [7.0, 7.3, 7.2]}  # fmt: skip
COMPACTION = {("smooth", "200"): [98.1, 97.6], ("smooth", "300"): [96.2, 95.8], ("smooth", "400"): [93.9, 94.5],
              ("padfoot", "200"): [99.0, 98.4], ("padfoot", "300"): [97.5, 97.9], ("padfoot", "400"): [95.6, 96.3]}  # fmt: skip
CURE = {("P", "10"): [5.1, 5.3], ("P", "20"): [6.0, 6.2], ("P", "30"): [6.8, 7.1],
        ("Q", "10"): [4.8, 5.0], ("Q", "20"): [5.9, 5.6], ("Q", "30"): [6.3, 6.6]}  # fmt: skip
SEAL_CELLS = ("supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, 7.3, 6.8; A @160: 7.6, 7.4, 7.9. supplier B @140: 5.8, 6.2, "
              "5.9; B @150: 6.9, 6.6, 7.1; B @160: 7.0, 7.3, 7.2.")  # fmt: skip
COMPACTION_CELLS = ("smooth drum: 200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8; 400 mm 93.9, 94.5. padfoot: 200 mm 99.0, "
                    "98.4; 300 mm 97.5, 97.9; 400 mm 95.6, 96.3.")  # fmt: skip


def type3(cells: dict[tuple[str, str], list[float]], term: str, column: str) -> float:
    """statsmodels' Type III ``column`` ("F" or "PR(>F)") of ``term`` ("a", "b" or "a:b")."""
    rows = [(float(v), a, b) for (a, b), values in cells.items() for v in values]
    fit = smf.ols("y ~ C(a, Sum) * C(b, Sum)", data=pd.DataFrame(rows, columns=["y", "a", "b"])).fit()
    index = {"a": "C(a, Sum)", "b": "C(b, Sum)", "a:b": "C(a, Sum):C(b, Sum)"}[term]
    return float(anova_lm(fit, typ=3).loc[index, column])


@pytest.mark.parametrize(
    ("question", "cells", "term", "key"),
    [
        (f"seal strength study, 2 film suppliers x 3 jaw temps, 3 bags per combo. {SEAL_CELLS} two way anova w/ "
         "interaction term in the model — whats the F stat for jaw temp?", SEAL, "b", "statistic"),
        (f"seal strength study, 2 film suppliers x 3 jaw temps, 3 bags per combo. {SEAL_CELLS} two-way ANOVA with "
         "interaction. p-value for the supplier main effect?", SEAL, "a", "p_value"),
        ("curing trial, 2 resins x 3 cure times, 2 coupons per combo. resin P @10: 5.1, 5.3; P @20: 6.0, 6.2; P @30: "
         "6.8, 7.1. resin Q @10: 4.8, 5.0; Q @20: 5.9, 5.6; Q @30: 6.3, 6.6. two-way anova with interaction, F "
         "statistic for cure time?", CURE, "b", "statistic"),
    ],
)  # fmt: skip
def test_level_with_its_factor_word_then_at_levels(question: str, cells: dict, term: str, key: str) -> None:
    """'supplier A @140: ...; A @150: ...': the supplier's word dropped where it repeats bare (round 52c r21)."""
    right_value(question, type3(cells, term, "F" if key == "statistic" else "PR(>F)"), "anova", key=key)


@pytest.mark.parametrize(
    ("question", "cells", "term", "key"),
    [
        (f"field compaction trial, % relative compaction. two-way ANOVA w/ interaction, 2 reps per cell. "
         f"{COMPACTION_CELLS} p-value for the lift thickness main effect?", COMPACTION, "b", "p_value"),
        (f"relative compaction (%), two-way ANOVA with interaction, 2 reps per cell. {COMPACTION_CELLS} F statistic "
         "for the lift?", COMPACTION, "b", "statistic"),
        ("bond strength, two-way ANOVA with interaction. P: 10 min 5.1, 5.3; 20 min 6.0, 6.2; 30 min 6.8, 7.1. Q: 10 "
         "min 4.8, 5.0; 20 min 5.9, 5.6; 30 min 6.3, 6.6. F for the interaction?", CURE, "a:b", "statistic"),
    ],
)  # fmt: skip
def test_level_then_levels_with_units_split_at_semicolons(question: str, cells: dict, term: str, key: str) -> None:
    """'smooth drum: 200 mm lift 98.1, 97.6; 300 mm 96.2, 95.8; ...' (round 52d r21)."""
    right_value(question, type3(cells, term, "F" if key == "statistic" else "PR(>F)"), "anova", key=key)


@pytest.mark.parametrize(
    "question",
    [
        # the first level's word differs between the groups ("supplier A", "vendor B"): no one word to drop
        "seal study, 2 suppliers x 3 temps. supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, 7.3, 6.8; A @160: 7.6, 7.4, "
        "7.9. vendor B @140: 5.8, 6.2, 5.9; B @150: 6.9, 6.6, 7.1; B @160: 7.0, 7.3, 7.2. two way anova with "
        "interaction, F for temp?",
        # a cell missing
        "seal study, 2 suppliers x 3 temps. supplier A @140: 6.1, 6.4, 6.0; A @150: 7.0, 7.3, 6.8; A @160: 7.6, 7.4, "
        "7.9. supplier B @140: 5.8, 6.2, 5.9; B @150: 6.9, 6.6, 7.1. two way anova with interaction, F for temp?",
        # a term no factor is named by
        f"two-way ANOVA w/ interaction, 2 reps per cell. {COMPACTION_CELLS} p-value for the moisture content effect?",
    ],
)  # fmt: skip
def test_unsafe_readings_decline(question: str) -> None:
    declined(question)


def test_a_full_grid_keeps_levels_that_extend_another() -> None:
    """'low' and 'very low' are two levels of a full grid as written: not merged into one."""
    cells = {("M1", "very low"): [5.1, 5.3], ("M1", "low"): [5.6, 5.8], ("M1", "high"): [5.2, 5.0],
             ("M2", "very low"): [4.9, 5.0], ("M2", "low"): [5.9, 6.1], ("M2", "high"): [5.3, 5.4]}  # fmt: skip
    question = ("Defect rate by machine (M1/M2) x speed (very low/low/high), 2 lots per cell. M1/very low: 5.1, 5.3. "
                "M1/low: 5.6, 5.8. M1/high: 5.2, 5.0. M2/very low: 4.9, 5.0. M2/low: 5.9, 6.1. M2/high: 5.3, 5.4. "
                "two-way ANOVA with interaction. p-value for the speed main effect?")  # fmt: skip
    right_value(question, type3(cells, "b", "PR(>F)"), "anova", key="p_value")


def test_a_crossing_names_the_factor_other_than_the_temperatures() -> None:
    """'strain × temperature' over rows '30C alpha ... | beta ...': the rows' °C levels are the temperature, so the
    strain is the other factor (it was taken as the rows, written first, and its p-value answered for temperature)."""
    cells = {("30C", "alpha"): [4.1, 4.3, 4.2], ("30C", "beta"): [5.0, 5.2, 5.1], ("30C", "gamma"): [4.6, 4.4, 4.5],
             ("37C", "alpha"): [4.8, 4.9, 4.7], ("37C", "beta"): [5.9, 6.1, 6.0], ("37C", "gamma"): [5.0, 5.3, 5.1]}  # fmt: skip
    question = ("two-way ANOVA at alpha = 0.01, strain × temperature:\n30C  alpha 4.1 4.3 4.2 | beta 5.0 5.2 5.1 | "
                "gamma 4.6 4.4 4.5\n37C  alpha 4.8 4.9 4.7 | beta 5.9 6.1 6.0 | gamma 5.0 5.3 5.1\np-value for the "
                "strain main effect?")  # fmt: skip
    right_value(question, type3(cells, "b", "PR(>F)"), "anova", key="p_value")
    right_value(question.replace("strain main effect", "temperature main effect"), type3(cells, "a", "PR(>F)"),
                "anova", key="p_value")  # fmt: skip
