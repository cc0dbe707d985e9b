"""Probabilities and sample sizes in percent and in sentences: a normal's values in percent are percentage points
(mean, sd and bounds as written), a margin and an sd both in percent likewise; "each ... with probability p" of n
items is a binomial; "how many parts per supplier" with a power is a sample size; a plan mixing percentages as
written and as fractions fails the scale check. References from scipy and statsmodels."""

from __future__ import annotations

import math

import pytest
from scipy import stats
from statsmodels.stats.power import TTestIndPower

from havoc_cli.reason.scales import scale_check
from plugins.api.prose import asks_sample_size, named_value, stated_sd, stated_sd_in_percent
from plugins.api.reasoning import Plan
from tests.reason.answers import confident, declined

ASSAY = (
    "Assay results are normally distributed with mean 99.5% and σ = 0.8%. What fraction of batches assay below 98.0%?"
)
MARGIN = (
    "How many batches do I need to estimate the mean assay to within ±0.5% at 95% confidence, if σ is known to be "
    "1.2%? (z-based, round up)"
)
TRAY = (
    "A tray holds twenty vials; each one is independently out of spec with probability 0.05. What is the "
    "probability that exactly 2 vials on the tray are out of spec?"
)
SUPPLIERS = (
    "Planning a comparison of two suppliers' tubing wall thickness with a two-sample t-test. We want to detect a "
    "0.5 mm difference in means, SD is about 0.8 mm, α = 0.05 two-sided, 90% power. How many parts per supplier?"
)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (ASSAY, stats.norm.cdf(98.0, 99.5, 0.8)),
        (
            "Moisture content is normally distributed with mean 2.1% and standard deviation 0.3%. What is the "
            "probability a lot exceeds 2.5%?",
            stats.norm.sf(2.5, 2.1, 0.3),
        ),
        (
            "Assay is normal with mean 99.5% and sd 0.8%. What fraction is between 98% and 101%?",
            stats.norm.cdf(101, 99.5, 0.8) - stats.norm.cdf(98, 99.5, 0.8),
        ),
        (
            "Assay is normal, mean 99.5%, sd 0.8%, spec 97.0% to 102.0%. What fraction is out of spec?",
            stats.norm.cdf(97, 99.5, 0.8) + stats.norm.sf(102, 99.5, 0.8),
        ),
    ],
)
def test_normal_values_in_percent_are_percentage_points(question: str, reference: float) -> None:
    out = confident(question, "probability")
    assert math.isclose(out.result, reference, rel_tol=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        "Purity is normally distributed with mean 0.995 and sd 0.008. What fraction of batches assay below 98%?",
        "Fill volumes are normal with mean 500 mL and sd 2%. What fraction are below 495 mL?",
    ],
)
def test_a_normal_on_two_scales_is_declined(question: str) -> None:
    assert "percent" in declined(question)


def test_margin_and_sd_in_percent_are_read_as_written() -> None:
    out = confident(MARGIN, "sample_size")
    assert out.result["n"] == math.ceil((stats.norm.ppf(0.975) * 1.2 / 0.5) ** 2) == 23
    assert any("percentage points" in c for c in out.caveats)


def test_a_margin_not_in_percent_beside_an_sd_in_percent_is_declined() -> None:
    declined("How many batches to estimate the mean assay to within ±0.5 at 95% confidence, if σ is 1.2%?")


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (TRAY, stats.binom.pmf(2, 20, 0.05)),
        (
            "A box holds 12 ampoules; every ampoule independently has a 3% chance of cracking. What is the "
            "probability that at most 1 ampoule in the box cracks?",
            stats.binom.cdf(1, 12, 0.03),
        ),
    ],
)
def test_each_item_with_a_probability_is_a_binomial(question: str, reference: float) -> None:
    out = confident(question, "probability")
    assert math.isclose(out.result, reference, rel_tol=1e-9)
    assert any("binomial" in c for c in out.caveats)


@pytest.mark.parametrize(
    "question",
    [
        "A tray holds 20 vials. What is the probability that exactly 2 vials are out of spec?",
        "Each vial is out of spec with probability 0.05. What is the probability that exactly 2 vials are out of spec?",
    ],
)
def test_a_binomial_missing_n_or_p_is_declined(question: str) -> None:
    declined(question)


def test_how_many_per_supplier_with_power_is_a_sample_size() -> None:
    out = confident(SUPPLIERS, "sample_size")
    want = math.ceil(TTestIndPower().solve_power(0.5 / 0.8, alpha=0.05, power=0.9))
    assert out.result["n"] == want == 55


def test_per_group_wording_needs_a_power_or_effect_and_is_not_a_rate() -> None:
    assert asks_sample_size("How many parts per line do we need for 80% power to detect 0.2 mm?")
    assert not asks_sample_size("How many defects per hour, with 80% power to detect a shift?")
    assert not asks_sample_size("How many parts per supplier were inspected?")


@pytest.mark.parametrize(
    ("text", "value"),
    [("SD is about 0.8 mm", "0.8"), ("sigma is known to be 1.2", "1.2"), ("sd is estimated at 2", "2"),
     ("sd of roughly 3", "3"), ("sd = 4", "4")],
)  # fmt: skip
def test_named_values_after_hedges(text: str, value: str) -> None:
    assert named_value(text, ["sd", "sigma"]) == (value, "")


def test_stated_sd_in_percent_only_when_written_so() -> None:
    assert stated_sd("sigma is known to be 1.2%") is None
    assert stated_sd_in_percent("sigma is known to be 1.2%") == "1.2"
    assert stated_sd_in_percent("sigma is 1.2 mm") is None


def test_scale_check_fails_percentages_read_on_two_scales() -> None:
    question = "mean 99.5% and sigma = 0.8%. What fraction of batches assay below 98.0%?"
    mixed = scale_check(question, Plan("probability", "show normal.cdf(98.0, 0.995, 0.008)", {}))
    assert mixed is not None and not mixed.passed
    same = scale_check(question, Plan("probability", "show normal.cdf(98.0, 99.5, 0.8)", {}))
    assert same is not None and same.passed
    levels = "mean 99.5%, sd 0.8%, 95% confidence, 90% power, the top 5%, 5% of batches"
    assert scale_check(levels, Plan("x", "show f(99.5, 0.8, 0.95, 0.9, 0.05)", {})).passed  # type: ignore[union-attr]
