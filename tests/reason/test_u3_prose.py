"""u3: a count referred back to by "each" past a clock time, gauge pressures, a p chart's n "reviewed every day",
readings at a fixed step from a stated start, and a Bayes prevalence beside a compound noun."""

from __future__ import annotations

import math

import pytest
from scipy import constants, stats

from tests.reason.answers import declined, right_value

BUSES = (
    "12 buses leave the depot on the 7am wave. each is independently late with probability 0.15. probability exactly "
    "two are late?",
    "12 buses leave the depot, each independently late with probability 0.15. probability exactly two are late?",
    "At 7 am 12 buses leave the depot. Each is independently late with probability 0.15. What's P(exactly two late)?",
    "The 6:40 shuttle run sends out 12 buses; each one is late with probability 0.15, independently of the others. "
    "What is the chance exactly 2 are late?",
)


@pytest.mark.parametrize("question", BUSES)
def test_each_refers_back_to_the_count(question: str) -> None:
    right_value(question, stats.binom.pmf(2, 12, 0.15), "probability", rel=1e-9)


def test_two_counts_before_each_declined() -> None:
    declined(
        "12 buses leave at 7 and 8 buses at 9. each is late with probability 0.15. probability exactly two are late?"
    )


GAUGE = (
    "PSV set pressure is 250 psig, what's that in kPa (gauge)?",
    "convert 250 psig to kPag",
    "250 psi(g) in kPa(g)",
)


@pytest.mark.parametrize("question", GAUGE)
def test_gauge_pressure_kept_gauge(question: str) -> None:
    out = right_value(question, 250 * constants.psi / 1000, "unit_conversion", rel=1e-12, key="value")
    assert any("gauge" in c for c in out["caveats"])


def test_barg_to_psig() -> None:
    right_value("relief valve set at 17.2 barg, what is it in psig?", 17.2 * constants.bar / constants.psi,
                "unit_conversion", rel=1e-12, key="value")  # fmt: skip


@pytest.mark.parametrize("question", ["250 psig in psia", "2 bara in kPag"])
def test_gauge_to_absolute_declined(question: str) -> None:
    assert "atmospheric" in declined(question)


REJECTS = [6, 4, 9, 5, 7, 3, 8, 6, 5, 7]
P_CHART = (
    "Daily QA reject counts for image sets, 150 sets reviewed every day for 10 days:\n6,4,9,5,7,3,8,6,5,7\nset up a p "
    "chart (3-sigma) — UCL?",
    "We review 150 image sets every day; rejects over 10 days were 6,4,9,5,7,3,8,6,5,7. p chart UCL (3 sigma)?",
    "150 sets are reviewed each day. Rejected sets on 10 days: 6 4 9 5 7 3 8 6 5 7. What is the UCL of the p chart?",
)


@pytest.mark.parametrize("question", P_CHART)
def test_p_chart_n_reviewed_every_day(question: str) -> None:
    pbar = sum(REJECTS) / (150 * len(REJECTS))
    right_value(question, pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150), "control_chart", key="ucl")


LEVEL = [82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1]
TIMED = (
    "Tank level during a pump-out, readings every 5 min starting at t=0: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1 (%). "
    "Simple linear regression of level on time — what's the R²?",
    "Level logged every 5 minutes from t = 0: 82.0 78.9 75.1 72.4 68.8 65.9 62.1 %. Fit a straight line of level "
    "against time; R squared?",
    "readings at 5-minute intervals beginning at 0 min: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1. linear regression of "
    "level on time, R^2?",
)


@pytest.mark.parametrize("question", TIMED)
def test_readings_at_a_fixed_step(question: str) -> None:
    fit = stats.linregress(range(0, 35, 5), LEVEL)
    out = right_value(question, fit.rvalue**2, "regression", key="r_squared")
    assert out["result"]["slope"] == pytest.approx(fit.slope, rel=1e-9)


def test_step_without_start_declined() -> None:
    declined("readings every 5 min: 82.0, 78.9, 75.1, 72.4, 68.8, 65.9, 62.1. linear regression of level on time, R^2?")


ALARMS = (
    "High-temp trip alarm: fires 95% of the time when there's a genuine runaway onset, and falsely 3% of the time when "
    "there isn't. Genuine onsets are present in 1% of alarm-check intervals. Given the alarm fires, what's the "
    "probability it's a genuine onset?",
    "A leak detector alarms 95% of the time when a leak is present and falsely alarms 3% of the time when there is "
    "none. Leaks are present in 1% of alarm-check periods. If it alarms, what is the probability there is really a "
    "leak?",
    "Trip alarm fires 95% of the time given a real fault, 3% of the time falsely. Real faults occur in 1% of "
    "sensor-check intervals. Given the alarm fires, probability of a real fault?",
)


@pytest.mark.parametrize("question", ALARMS)
def test_bayes_prevalence_beside_compound_noun(question: str) -> None:
    sens, false_pos, prev = 0.95, 0.03, 0.01
    right_value(question, sens * prev / (sens * prev + false_pos * (1 - prev)), "probability", rel=1e-9)
