"""y1: a fraction below a limit is a normal share, not Cpk; a margin with a known σ in percent; a p chart's n and
p-bar in lab words; one total per group ("200 packs sampled each"). References from scipy and math."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import asked_quantity_check
from plugins.api.reasoning import Plan
from tests.reason.answers import right_value

SHARE = stats.norm.cdf(100, 101.2, 0.8)


def _value(result: object) -> float:
    """The number a result gives: itself, or its "value" (a capability share is an object)."""
    return float(result["value"] if isinstance(result, dict) else result)


@pytest.mark.parametrize(
    "question",
    [
        "fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. frac underfilled?",
        "fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. fraction below LSL?",
        "Fill weight mean 101.2 g, sd 0.8 g, LSL 100 g. what share is below?",
        "fill weight ~ N(μ=101.2, σ=0.8), LSL 100 g: proportion out of spec?",
    ],
)
def test_fraction_below_lsl_is_a_normal_share(question: str) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert _value(out["result"]) == pytest.approx(SHARE, rel=1e-9)
    assert not isinstance(out["result"], dict) or "cpk" not in out["result"]


def test_underfilled_with_both_limits_is_the_lower_tail() -> None:
    out = reason("Fill weight mean 101.2 g, sd 0.8 g, LSL 100 g, USL 103 g. what fraction is underfilled?").to_dict()
    assert _value(out["result"]) == pytest.approx(SHARE, rel=1e-9)


def test_an_index_answering_a_fraction_fails_the_asked_quantity_check() -> None:
    plan = Plan("capability", "show 0.5", {"index": "cpk", "mean": "101.2", "sd": "0.8", "lsl": "100", "usl": None})
    check = asked_quantity_check("fill wt ~ N(μ=101.2 g, σ=0.8 g), LSL 100 g. frac underfilled?", plan)
    assert check is not None and not check.passed
    named = asked_quantity_check("fill wt mean 101.2, sd 0.8, LSL 100 g. Cpk?", plan)
    assert named is not None and named.passed


@pytest.mark.parametrize(
    "question",
    [
        "How many milk samples do I need so a 95% CI for mean fat % has margin of error ±0.05, assuming σ = 0.12 % "
        "known?",
        "Fat content is measured in %, σ = 0.12% known. How many samples for a 95% CI of the mean with margin of error "
        "0.05?",
        "How many samples to estimate mean fat % within ±0.05 at 95% confidence if sigma is 0.12%?",
    ],
)
def test_margin_with_known_sigma_in_percent(question: str) -> None:
    want = math.ceil((stats.norm.ppf(0.975) * 0.12 / 0.05) ** 2)
    right_value(question, want, "sample_size", key="n")


@pytest.mark.parametrize(
    "question",
    [
        "Each week our laboratory tests 400 specimens, and over the baseline period the average proportion positive "
        "for RSV was 0.035. For a p-chart with three-sigma limits and constant sample size, what is the upper control "
        "limit?",
        "Our lab tests 400 specimens each week; the average proportion positive over the baseline was 0.035. p-chart "
        "UCL (3-sigma)?",
        "Every week the clinic screens 400 swabs and the mean proportion testing positive was 0.035. What is the UCL of "
        "a p chart?",
    ],
)
def test_p_chart_ucl_in_lab_words(question: str) -> None:
    right_value(question, 0.035 + 3 * math.sqrt(0.035 * 0.965 / 400), "control_chart", key="ucl")


@pytest.mark.parametrize(
    "question",
    [
        "Packaging seal defects by shift, 200 packs sampled each: day 12 defective, evening 18, night 27. Chi-square "
        "test of independence between shift and defective/OK — what's the chi² statistic?",
        "Seal defects by shift with 200 packs inspected each: day 12, evening 18, night 27 defective. Chi-square "
        "statistic for independence of shift and defective?",
    ],
)
def test_one_total_each_group(question: str) -> None:
    table = [[k, 200 - k] for k in (12, 18, 27)]
    want = stats.chi2_contingency(table, correction=False).statistic
    right_value(question, want, "hypothesis_test", key="statistic")
