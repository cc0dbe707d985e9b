"""x3: a Bayes screening rate said "with probability 0.99 when ...", at least one occurrence over years of an event
with a return period or an annual probability, a p chart's sample size said period first ("each week we re-score
150 exams"), and specification limits said as an acceptance band; references computed here with scipy and math."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_PPV = 0.001 * 0.99 / (0.001 * 0.99 + 0.999 * 0.005)


@pytest.mark.parametrize(
    "question",
    [
        "Our serialization vision camera flags a misprinted 2D code with probability 0.99 when the code really is bad, "
        "and falsely flags a good code 0.5% of the time. True misprint rate is 1 in 1000. Given the camera flagged a "
        "carton, what's the probability the code is actually bad?",
        "A vision system rejects a misprinted label with a probability of 0.99 when the label really is bad and "
        "falsely rejects 0.5% of good labels. 1 in 1000 labels is misprinted. If a label is rejected, what's the "
        "chance it is really misprinted?",
        "The camera catches a misprinted code 99% of the time when the code really is bad, but also flags 0.5% of good "
        "codes. The misprint rate is 1 in 1000. Given a flag, what is the probability the code is actually bad?",
    ],
)
def test_bayes_rate_with_probability(question: str) -> None:
    right_value(question, _PPV, "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "p", "n"),
    [
        ("What's the chance a 100-year flood (annual exceedance prob 1%) is equalled or exceeded at least once during "
         "a 30-year design life? assume independent years", 0.01, 30),
        ("Chance that a 1-in-100 year event happens at least once over 50 years?", 0.01, 50),
        ("A culvert is sized for the 100-year flood. What is the chance it is exceeded at least once over its 30-year "
         "design life, assuming independent years?", 0.01, 30),
        ("The annual exceedance probability of the design storm is 2%. Probability of at least one exceedance during "
         "the next 25 years?", 0.02, 25),
        ("What is the probability of at least one 100-year flood in the next 100 years?", 0.01, 100),
    ],
)  # fmt: skip
def test_at_least_once_over_years(question: str, p: float, n: int) -> None:
    want = 1 - stats.binom.pmf(0, n, p)
    assert want == pytest.approx(1 - (1 - p) ** n)
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "A 50-year storm with annual probability 1% - chance of at least once in 30 years?",  # 1/50 against 1%
        "What's the chance a 100-year flood happens at least once?",  # no span of years
        "Chance a 25-year storm occurs at least once in 10 years or in 20 years?",  # two spans
    ],
)
def test_at_least_once_declined(question: str) -> None:
    declined(question)


_WEEKS = [6, 4, 7, 5, 8, 3, 6, 9]
_PBAR = sum(_WEEKS) / (150 * len(_WEEKS))
_UCL = _PBAR + 3 * math.sqrt(_PBAR * (1 - _PBAR) / 150)


@pytest.mark.parametrize(
    "question",
    [
        "Auditing rubric scoring: each week we re-score 150 exams and count the ones graded wrong. Eight weeks: 6, 4, "
        "7, 5, 8, 3, 6, 9. Set up a p chart — what's the upper control limit?",
        "Every week we re-score 150 exams and count those graded wrong. Counts for eight weeks: 6, 4, 7, 5, 8, 3, 6, "
        "9. What is the UCL of a p chart?",
        "We audit 150 exams each week for grading errors; over eight weeks the wrong counts were 6, 4, 7, 5, 8, 3, 6, "
        "9. p chart upper control limit?",
        "Each week, 150 exams are re-scored and the ones graded wrong counted: 6, 4, 7, 5, 8, 3, 6, 9 over eight "
        "weeks. What's the p chart UCL?",
    ],
)
def test_p_chart_period_first(question: str) -> None:
    right_value(question, _UCL, "control_chart", rel=1e-9, key="ucl")


_STROKES = np.array([5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8])
_PPK = min(6.0 - _STROKES.mean(), _STROKES.mean() - 4.0) / (3 * _STROKES.std(ddof=1))


@pytest.mark.parametrize(
    "band",
    [
        "Tech spec acceptance band for HPCI injection valve opening time is 4.0 to 6.0 s.",
        "The acceptance band for the valve stroke time is 4.0 to 6.0 s.",
        "Acceptance window for opening time: 4.0-6.0 s.",
        "Allowable band on the HPCI valve opening time is 4.0 to 6.0 s.",
    ],
)
def test_ppk_acceptance_band(band: str) -> None:
    question = (f"{band} Last ten strokes: 5.4, 5.6, 5.3, 5.7, 5.5, 5.2, 5.6, 5.5, 5.4, 5.8 s. Compute Ppk using the "
                "overall sample standard deviation (n−1).")  # fmt: skip
    right_value(question, _PPK, "capability", rel=1e-9, key="value")
