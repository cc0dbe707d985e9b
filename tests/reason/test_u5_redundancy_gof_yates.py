"""Task u5: availability of units in series and parallel, a goodness-of-fit test of label-count pairs written without
"=", and 2^k effects from Yates's labels listed before their responses; references computed here with math, scipy
and numpy, never by havoc's engines."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_UPLINKS = ("Site availability: two redundant uplinks, each 99.5% available and failing independently, in parallel; "
            "that pair sits in series with a single core router at 99.9%. Overall steady-state availability of the "
            "path (as a probability)?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (_UPLINKS, (1 - (1 - 0.995) ** 2) * 0.999),
        ("Two pumps in parallel each with reliability 0.9, in series with a valve at 0.98. What is the system "
         "reliability?", (1 - 0.1**2) * 0.98),
        ("A and B (0.95 each) in parallel, then C at 0.99 in series. System availability?", (1 - 0.05**2) * 0.99),
        ("A at 0.95 and B at 0.9 in parallel, then C at 0.99 in series. System reliability?",
         (1 - 0.05 * 0.1) * 0.99),
        ("Two redundant servers each 99% available in parallel. What is the availability of the pair?", 1 - 0.01**2),
    ],
)  # fmt: skip
def test_series_parallel_availability(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Two pumps in parallel each with reliability 0.9, in parallel with a valve at 0.98. System reliability?",
        "Two units in standby redundancy, each 0.9 reliable, in series with a switch at 0.99. Reliability?",
        "A 2-out-of-3 system of units with reliability 0.9 each in parallel: system reliability?",
        "Two servers in parallel, each 99% available, MTTR 4 hours. Availability?",
        "Two pumps in parallel each with reliability 0.9, and a valve at 0.98. What is the system reliability?",
        "Two pumps, each 0.9, in series, and that string in parallel with a third pump at 0.95. System reliability?",
        "Pumps in parallel with reliability 0.9 each, in series with a valve at 0.98. System reliability?",
    ],
)
def test_unclear_topologies_declined(question: str) -> None:
    declined(question)


_BOARDINGS = [1180, 1245, 1302, 1210, 1063]


@pytest.mark.parametrize(
    "question",
    [
        "Weekday boardings on line 14 last week were Mon 1180, Tue 1245, Wed 1302, Thu 1210, Fri 1063. Chi-square "
        "goodness-of-fit test of the hypothesis that boardings are equally spread over the five days — p value?",
        "Calls per weekday: Mon 1180, Tue 1245, Wed 1302, Thu 1210 and Fri 1063. Are calls uniformly distributed "
        "across the days? chi-square test p-value",
    ],
)
def test_spaced_label_counts_goodness_of_fit(question: str) -> None:
    right_value(question, stats.chisquare(_BOARDINGS).pvalue, "hypothesis_test", rel=1e-6, key="p_value")


def test_spaced_label_counts_three_categories() -> None:
    question = ("Defects by shift last month were day 34, swing 41, night 25. Test whether defects are equally likely "
                "on each shift (chi-square goodness of fit): p?")  # fmt: skip
    right_value(question, stats.chisquare([34, 41, 25]).pvalue, "hypothesis_test", rel=1e-6, key="p_value")


def _effect(responses: dict[str, float], term: str) -> float:
    """A 2^3 effect from Yates labels: mean where the product of the term's signs is + minus mean where it is -."""
    plus, minus = [], []
    for label, y in responses.items():
        sign = math.prod(1 if f in label else -1 for f in term.lower())
        (plus if sign > 0 else minus).append(y)
    return float(np.mean(plus) - np.mean(minus))


_JUNCTION = dict(zip(["(1)", "a", "b", "ab", "c", "ac", "bc", "abc"], [48, 41, 52, 44, 50, 42, 55, 46], strict=True))
_STEM = ("Unreplicated 2³ experiment at a signalised junction, response = average delay (s/veh). Factors A = cycle "
         "length, B = green split, C = offset. Runs in standard (Yates) order (1), a, b, ab, c, ac, bc, abc gave 48, 41, "
         "52, 44, 50, 42, 55, 46. ")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "term"),
    [
        (_STEM + "Estimate the main effect of A (high minus low average).", "A"),
        (_STEM + "Estimate the AB interaction effect.", "AB"),
        ("2^3 factorial; treatment combinations (1), a, b, ab, c, ac, bc, abc: 48, 41, 52, 44, 50, 42, 55, 46. What "
         "is the C effect?", "C"),
    ],
)  # fmt: skip
def test_yates_labels_then_responses(question: str, term: str) -> None:
    right_value(question, _effect(_JUNCTION, term), "design", rel=1e-9, key="value")


def test_yates_labels_in_another_order() -> None:
    question = ("In a 2^3 factorial the responses for (1), a, b, c, ab, ac, bc and abc were 48, 41, 50, 52, 44, 42, "
                "55, 46. Main effect of B?")  # fmt: skip
    responses = dict(
        zip(["(1)", "a", "b", "c", "ab", "ac", "bc", "abc"], [48, 41, 50, 52, 44, 42, 55, 46], strict=True)
    )
    right_value(question, _effect(responses, "B"), "design", rel=1e-9, key="value")


def test_yates_label_list_short_declined() -> None:
    declined("In a 2^3 factorial the runs (1), a, b, ab, c, ac, bc gave 48, 41, 52, 44, 50, 42, 55. Main effect of A?")
