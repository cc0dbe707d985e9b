"""Readings of fix-spcwords: a Poisson rate over a window in words ("the next 2 months", "a fortnight", "per quarter
... in a year") and the window check; an attribute chart's sample size in words ("150 units per lot", "lots of 150");
a capability sd named by its term ("short-term sigma from the chart", "long-term sigma"); capability results as
objects. References: scipy.stats (Poisson, normal), numpy (np and p limits written out), the index formulas."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from scipy import stats

from havoc_cli.evals.compare import judge
from havoc_cli.reason.windows import window_check
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_rates import rate_window, windows
from tests.reason.answers import confident, declined

SPARES = "Failures run at a Poisson average of 1.5 a month and we keep 4 spares to cover the next {} months. What's "
SPARES += "the probability we need more than 4?"


# ---- a rate per unit over a window in words ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (SPARES.format("2"), stats.poisson.sf(4, 3)),
        (SPARES.format("two"), stats.poisson.sf(4, 3)),
        ("Pump seals fail about 1.5 times monthly (Poisson). Probability of more than 4 failures over the next 2 "
         "months?", stats.poisson.sf(4, 3)),
        ("Breakdowns average 2 per week. What is the chance of more than 5 breakdowns in a fortnight?",
         stats.poisson.sf(5, 4)),
        ("Orders arrive at 3 per quarter (Poisson). What is the probability of more than 15 orders in a year?",
         stats.poisson.sf(15, 12)),
        ("Defects average 2 a week; probability of more than 3 defects in a 3-week period?", stats.poisson.sf(3, 6)),
        ("Poisson arrivals at 4 per day: probability of exactly 10 arrivals over 2 days?", stats.poisson.pmf(10, 8)),
        ("Calls come in at 12 per hour (Poisson). Probability of at most 2 calls in half an hour?",
         stats.poisson.cdf(2, 6)),
        ("Emails come in at 30 per day (Poisson). Probability of more than 40 emails over the next day and a half?",
         stats.poisson.sf(40, 45)),
        ("Emails come in at 30 per day (Poisson). Probability of more than 40 emails in one and a half days?",
         stats.poisson.sf(40, 45)),
        ("Accidents happen at 3 per year at the plant (Poisson). Probability of no accidents in the next 6 months?",
         stats.poisson.pmf(0, 1.5)),
        ("The plant averages 1.2 outages a quarter. What's the chance of 3 or more outages over the coming year?",
         stats.poisson.sf(2, 4.8)),
        ("Arrivals are Poisson at 6 per hour during the morning shift. Probability of exactly 2 arrivals in 15 "
         "minutes?", stats.poisson.pmf(2, 1.5)),  # "during the morning shift": the setting, not a window
    ],
)  # fmt: skip
def test_a_rate_is_scaled_to_a_window_in_words(question, reference):
    out = confident(question, "probability")
    assert math.isclose(out.result, reference, rel_tol=1e-12)
    assert any(c["name"].startswith("the Poisson mean is the rate") for c in out.to_dict()["checks"])


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("Failures occur at 1.5 a month. Probability of more than 4 failures in the next 6 weeks?", "does not convert"),
        ("Breakdowns happen at 2 per week (Poisson). Probability of at most 1 breakdown in the next few weeks?",
         "says no number"),
        ("Poisson: 2 trips per hour. Probability of more than 3 trips during a shift?", "does not convert"),
        ("Poisson: 2 trips per week. Probability of more than 3 trips over several weeks?", "says no number"),
    ],
)  # fmt: skip
def test_a_window_that_cannot_be_scaled_is_refused(question, why):
    assert why in declined(question)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("1.5 a month, to cover the next 2 months", (2, 2)),
        ("1.5 a month, for the coming two months", (2, 2)),
        ("3 per quarter, in a year", (4, 1)),
        ("2 per week, in a fortnight", (2, 1)),
        ("1.5 monthly, over 2 months", (2, 2)),
        ("4 per hour during the day, in 2 hours", (2, 2)),  # "the day" alone is the setting
        ("4 per hour over the past month, in half an hour", (Fraction(1, 2), Fraction(1, 2))),  # past: evidence
        ("4 calls per hour in a given hour", (1, 1)),
        ("mean 4: exactly 6", None),
    ],
)
def test_windows_in_words(text, window):
    assert rate_window(text) == window


def test_windows_that_disagree_are_refused():
    assert [w[1] for w in windows("2 per hour. in 2 hours or in 3 hours?")] == [2, 3]
    with pytest.raises(PlanError, match="several windows"):
        rate_window("2 per hour. in 2 hours or in 3 hours?")


@pytest.mark.parametrize(
    ("question", "mean", "passed"),
    [
        (SPARES.format("two").lower(), 1.5, False),  # the rate left unscaled
        (SPARES.format("two").lower(), 3.0, True),
        ("orders at 3 per quarter: more than 15 in a year?", 12.0, True),
        ("2 per week: at most 1 in the next few weeks?", 2.0, False),  # a window with no number
        ("1.5 a month: more than 4 in 6 weeks?", 1.5, False),  # weeks do not convert to months
        ("emails at 30 per day: more than 40 over the next day and a half?", 30.0, False),
        ("emails at 30 per day: more than 40 in one and a half days?", 45.0, True),
    ],
)
def test_the_window_check(question, mean, passed):
    check = window_check(question, Plan("probability", "", {"dist": "poisson", "mu": mean}))
    assert check is not None and check.passed is passed, check


def test_the_window_check_needs_a_window_other_than_the_rates():
    plan = Plan("probability", "", {"dist": "poisson", "mu": 4.0})
    assert window_check("calls at 4 per hour: more than 6 in an hour?", plan) is None
    assert window_check("poisson with mean 4: more than 6?", plan) is None
    assert (
        window_check("calls at 4 per hour: more than 6 in 2 hours?", Plan("probability", "", {"dist": "normal"}))
        is None
    )


# ---- an attribute chart's sample size in words --------------------------------------------------------------------
def _np(total: int, lots: int, n: int) -> tuple[float, float, float]:
    p = total / (lots * n)
    half = 3 * np.sqrt(n * p * (1 - p))
    return n * p, max(n * p - half, 0.0), n * p + half


@pytest.mark.parametrize(
    "question",
    [
        "The line pulls 150 units per lot. Over the last 30 lots we found 171 defectives in total. np chart, UCL?",
        "np chart: 30 lots of 150, 171 defectives in total. UCL?",
        "We inspect 150 from each lot; 30 lots gave 171 defectives in total. np chart upper control limit?",
        "np chart, 30 batches with 150 parts per batch, 171 defectives total: control limits?",
    ],
)
def test_an_np_chart_reads_n_in_words(question):
    out = confident(question, "control_chart")
    center, lcl, ucl = _np(171, 30, 150)
    assert out.result["center"] == pytest.approx(center, rel=1e-12)
    assert out.result["lcl"] == pytest.approx(lcl, abs=1e-12)
    assert out.result["ucl"] == pytest.approx(ucl, rel=1e-12) and math.isclose(ucl, 12.724998220640344, rel_tol=1e-12)


def test_a_p_chart_reads_n_per_day():
    out = confident("p chart: 150 parts per day were inspected for 30 days, 171 defectives in total. UCL?")
    p = 171 / 4500
    assert out.result["ucl"] == pytest.approx(p + 3 * np.sqrt(p * (1 - p) / 150), rel=1e-12)


def test_an_np_chart_without_n_is_refused():
    assert "sample size n" in declined("np chart, 30 lots, 171 defectives in total. UCL?")


# ---- a capability sd named by its term ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "index", "want"),
    [
        ("Spec is 210 degC +/- 1.5 degC, and the short-term sigma from the chart is 0.4 degC. What's the Cp?", "cp",
         3 / 2.4),
        ("Cp: spec 210 +/- 1.5 degC, within sigma 0.4 degC", "cp", 3 / 2.4),
        ("Spec 210 +/- 1.5; sigma (short term) = 0.4. Cp?", "cp", 3 / 2.4),
        ("Cp for spec 210 +/- 1.5 with sigma estimated from R-bar/d2 = 0.4", "cp", 3 / 2.4),
        ("Ppk: mean 210.3, long-term sigma 0.5, spec 210 +/- 1.5", "ppk", min(1.2, 1.8) / 1.5),
        ("Pp: spec 210 +/- 1.5, overall sigma 0.5", "pp", 3 / 3.0),
        ("Cpk for mean 210.3, overall sigma 0.5, within sigma 0.4, spec 210 +/- 1.5", "cpk", min(1.2, 1.8) / 1.2),
        ("Ppk for mean 210.3, overall sigma 0.5, within sigma 0.4, spec 210 +/- 1.5", "ppk", min(1.2, 1.8) / 1.5),
    ],
)  # fmt: skip
def test_the_sd_named_by_its_term(question, index, want):
    out = confident(question, "capability")
    assert out.result[index] == pytest.approx(want, rel=1e-12) and out.result["value"] == out.result[index]


@pytest.mark.parametrize(
    "question",
    [
        "Cpk: mean 210.3, long-term sigma 0.5, spec 210 +/- 1.5",
        "Ppk: mean 210.3, short-term sigma 0.4, spec 210 +/- 1.5",
    ],
)
def test_only_the_other_terms_sd_is_refused(question):
    assert "sigma, but the question gives the" in declined(question)


# ---- capability results as objects --------------------------------------------------------------------------------
def test_a_capability_result_is_an_object_named_by_its_index():
    out = confident("Cpk for mean 10.02, sd 0.015, specs 9.95 to 10.05", "capability").to_dict()
    want = min(0.03, 0.07) / (3 * 0.015)
    assert out["result"] == {"index": "Cpk", "cpk": pytest.approx(want, rel=1e-12), "value": pytest.approx(want)}
    item = {"mode": "capability", "compare": {"rule": "number", "tol": 1e-9}, "reference": want}
    assert judge(item, out).correct and judge({**item, "compare": {**item["compare"], "key": "cpk"}}, out).correct
    assert not judge({**item, "compare": {**item["compare"], "key": "ppk"}}, out).correct


def test_a_share_of_the_specification_is_an_object_named_by_its_quantity():
    out = confident("mean 50.3, sd 0.4, LSL 49, USL 52: what ppm is out of spec?", "capability")
    want = 1e6 * (stats.norm.cdf(49, 50.3, 0.4) + stats.norm.sf(52, 50.3, 0.4))
    assert out.result["quantity"] == "outside_spec_ppm"
    assert out.result["outside_spec_ppm"] == pytest.approx(want, rel=1e-9) == out.result["value"]


def test_capability_from_measurements_is_an_object_too():
    out = confident("Ppk of 5.02 4.98 5.05 5.01 4.97 5.03 5.00 4.99, LSL 4.90, USL 5.10", "capability")
    x = np.array([5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99])
    want = min(5.10 - x.mean(), x.mean() - 4.90) / (3 * x.std(ddof=1))
    assert out.result["index"] == "Ppk" and out.result["ppk"] == pytest.approx(want, rel=1e-12)
