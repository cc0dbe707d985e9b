"""Readings of fix-spc: capability with values in percent (percentage points as written; a mean and limits in
different units declined; a mean far beyond a limit capped with a caveat), a limit named with a comma ("lower limit,
497 g"), X-bar/S limits with a bracketed alias ("(s-bar)"), attribute-chart totals and sample sizes in full
sentences, and design factors called components or ingredients. References: the index formulas, c4 from scipy's
gamma function, p, c and u limits written out with numpy, and 2^k."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from scipy.special import gamma

from plugins.api.prose import named_value, spec_limits, spec_limits_in_percent
from tests.reason.answers import confident, declined


def _cpk(mean: float, sd: float, lsl: float | None, usl: float | None) -> float:
    sides = [
        (usl - mean) / (3 * sd) if usl is not None else math.inf,
        (mean - lsl) / (3 * sd) if lsl is not None else math.inf,
    ]
    return min(sides)


def _p_limits(total: float, k: float, n: float) -> tuple[float, float, float]:
    p = total / (k * n)
    half = 3 * np.sqrt(p * (1 - p) / n)
    return p, max(p - half, 0.0), p + half


# ---- capability: values in percent, limits named in full sentences ----------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (
            "Moisture content has only an upper spec limit of 0.50%. The process averages 0.32% with a standard "
            "deviation of 0.04%. What is Cpk?",
            _cpk(0.32, 0.04, None, 0.50),
        ),
        ("LSL is 0.20% and USL 0.50%, mean 0.32%, sd 0.04%. What is Cpk?", _cpk(0.32, 0.04, 0.20, 0.50)),
        ("Spec 0.20% to 0.50%; the process mean is 0.32% and the sd 0.04%. Cpk?", _cpk(0.32, 0.04, 0.20, 0.50)),
        (
            "Fill weight: lower limit, 497 g; upper limit, 503 g. The process mean is 500.4 g and sd 1.2 g. Cpk?",
            _cpk(500.4, 1.2, 497, 503),
        ),
        (
            "Assay potency averages 99.2 % of label claim with a standard deviation of 1.1 %. Spec 95.0-105.0 %. Cpk?",
            _cpk(99.2, 1.1, 95, 105),
        ),
    ],
)
def test_capability_in_percentage_points(question: str, reference: float) -> None:
    out = confident(question, "capability")
    assert math.isclose(out.result["value"], reference, rel_tol=1e-9)


def test_percent_limits_read_as_written_or_as_fractions() -> None:
    text = "lsl is 0.20% and usl 0.50%"
    assert spec_limits(text, as_written=True) == ("0.20", "0.50")
    assert spec_limits(text) == ("0.002", "0.005")  # beside a mean read as a fraction (the probability planner)
    assert spec_limits_in_percent(text) == (True, True)
    assert spec_limits_in_percent("spec 95.0-105.0 %") == (True, True)
    assert spec_limits_in_percent("lsl 9.9, usl 10.1") == (False, False)
    assert spec_limits_in_percent("usl 10.1") == (None, False)


@pytest.mark.parametrize(
    "question",
    [
        "Moisture content has only an upper spec limit of 0.50. The process averages 32% with a standard deviation "
        "of 4%. What is Cpk?",
        "Moisture has only an upper spec limit of 0.005. The process averages 0.32% with a standard deviation of "
        "0.04%. What is Cpk?",
        "Shaft diameter mean 10.0 mm, sd 2%, LSL 9.9 mm, USL 10.1 mm. Cpk?",
        "Moisture has an upper spec limit of 0.005. The process averages 0.32 with a standard deviation of 0.04. "
        "What is Cpk?",  # answered, but the mean beyond the USL by 8 sd caps the confidence
    ],
)
def test_units_that_disagree_are_not_answered_confidently(question: str) -> None:
    declined(question)


def test_units_that_differ_but_agree_are_read_as_written_and_said() -> None:
    out = confident("USL 0.50%, LSL 0.20. Mean 0.32%, sd 0.04. Cpk?", "capability")
    assert math.isclose(out.result["value"], _cpk(0.32, 0.04, 0.20, 0.50), rel_tol=1e-9)
    assert any("percentage points" in caveat for caveat in out.caveats)
    said = confident("Assay: spec 95.0-105.0% of label claim; the results have mean 99.2 and sd 1.1. Cpk?")
    assert math.isclose(said.result["value"], _cpk(99.2, 1.1, 95, 105), rel_tol=1e-9)


def test_mean_far_outside_the_specification_is_flagged() -> None:
    from havoc_cli.reason.pipeline import reason

    out = reason("Moisture has an upper spec limit of 0.005. The process averages 0.32 with a standard deviation of "
                 "0.04. What is Cpk?")  # fmt: skip
    assert out.answered and out.confidence <= 0.3
    assert any("outside the spec limits" in caveat and "units" in caveat for caveat in out.caveats)
    said = confident("Moisture has an upper spec limit of 0.005. The process is off target: it averages 0.32 with a "
                     "standard deviation of 0.04. What is Cpk?")  # fmt: skip
    assert math.isclose(said.result["value"], _cpk(0.32, 0.04, None, 0.005), rel_tol=1e-9)


# ---- X-bar/S with a bracketed alias -------------------------------------------------------------------------------
def test_bracketed_alias_between_name_and_number() -> None:
    assert named_value("the average subgroup sd (s-bar) is 0.30", ["average subgroup sd"]) == ("0.30", "")
    assert named_value("mean (mu) = 5", ["mean"]) == ("5", "")
    assert named_value("mean (n=5) is 12", ["mean"]) is None  # a bracket with a number is no alias


def test_xbar_s_limits_with_an_alias() -> None:
    out = confident("Subgroups of 4 were taken; the grand mean is 12.50 and the average subgroup standard deviation "
                    "(s-bar) is 0.30. X-bar chart limits?", "control_chart")  # fmt: skip
    n = 4
    c4 = math.sqrt(2 / (n - 1)) * gamma(n / 2) / gamma((n - 1) / 2)
    a3 = 3 / (c4 * math.sqrt(n))
    assert math.isclose(out.result["center"], 12.5)
    assert math.isclose(out.result["ucl"], 12.5 + a3 * 0.30, abs_tol=1e-3)
    assert math.isclose(out.result["lcl"], 12.5 - a3 * 0.30, abs_tol=1e-3)


# ---- attribute charts from full sentences -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (
            "We inspect 150 syringes every day; over thirty days, 117 were found defective in total. What are the p "
            "chart control limits?",
            _p_limits(117, 30, 150),
        ),
        ("a p chart with 50 items per lot over 25 lots, 60 defectives total: limits?", _p_limits(60, 25, 50)),
        (
            "We inspect 200 tablets a day; over 20 days we found 180 defective tablets in total. p chart UCL?",
            _p_limits(180, 20, 200),
        ),
        (
            "We counted blemishes on 20 car door panels and found 96 blemishes in total. What is the c chart UCL?",
            (4.8, 0.0, 4.8 + 3 * np.sqrt(4.8)),
        ),
        ("u chart: 12 rolls, 5 m^2 each, 84 defects in total. Control limits?", (1.4, 0.0, 1.4 + 3 * np.sqrt(1.4 / 5))),
    ],
)
def test_attribute_limits_from_sentences(question: str, reference: tuple[float, float, float]) -> None:
    out = confident(question, "control_chart")
    got = (out.result["center"], out.result["lcl"], out.result["ucl"])
    assert np.allclose(got, reference, rtol=1e-4, atol=1e-9), got


@pytest.mark.parametrize(
    "question",
    [
        "We inspect syringes every day; over thirty days, 117 were found defective in total. What are the p chart "
        "control limits?",  # no sample size
        "We inspect 150 syringes every day and 117 were found defective in total. What are the p chart control "
        "limits?",  # no number of days
        "We counted blemishes on car door panels and found 96 blemishes in total. What is the c chart UCL?",
        "c chart: found 96 blemishes on panels. UCL?",  # the counted thing is not the number of panels
        "u chart: 20 rolls with 3 scratches per roll on average, 64 scratches in total. Limits?",  # 3 is no n
        "u chart: 20 rolls, we find 3 scratches a day, 64 scratches in total. Limits?",  # "3 ... a day" is no n
        "Subgroups were taken; the grand mean is 12.50 and the average subgroup standard deviation (s-bar) is 0.30. "
        "X-bar chart limits?",  # no subgroup size
    ],
)
def test_attribute_and_xbar_limits_missing_a_count_decline(question: str) -> None:
    declined(question)


# ---- design factors in other words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "k"),
    [
        ("We want to screen 6 buffer components at two levels each. How many runs does a full factorial need?", 6),
        ("How many runs does a full factorial need for 5 ingredients at two levels?", 5),
        ("A full factorial in 4 process parameters at 2 levels: how many runs?", 4),
    ],
)
def test_full_factorial_runs_of_components(question: str, k: int) -> None:
    out = confident(question, "design")
    assert out.result["runs"] == 2**k


@pytest.mark.parametrize(
    "question",
    [
        "We want to screen buffer components at two levels each. How many runs does a full factorial need?",
        "A mixture design with 3 components: how many runs for a simplex lattice?",
    ],
)
def test_design_without_a_factor_count_declines(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "key", "scale"),
    [
        ("Moisture: USL 0.50%, mean 0.32%, sd 0.04%. What fraction of batches exceed the USL?", "outside_spec", 1),
        (
            "Moisture: USL 0.50%, mean 0.32%, sd 0.04%. What percent of batches exceed the USL?",
            "outside_spec_percent",
            100,
        ),
    ],
)
def test_share_in_the_unit_asked_not_the_values_unit(question: str, key: str, scale: float) -> None:
    out = confident(question, "capability")
    assert math.isclose(out.result[key], scale * stats.norm.sf(0.50, 0.32, 0.04), rel_tol=1e-9)
