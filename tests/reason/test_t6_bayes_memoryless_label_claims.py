"""Bayes' theorem for a screening test (predictive values), the memoryless exponential after an age survived, and a
normal's share below a value named after it ("below the 10.0 mL label claim"); references from fractions, math and
scipy.stats, never havoc's engines."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(p: str, se: str, sp: str) -> float:
    p_, se_, sp_ = Fraction(p), Fraction(se), Fraction(sp)
    return float(p_ * se_ / (p_ * se_ + (1 - p_) * (1 - sp_)))


def _npv(p: str, se: str, sp: str) -> float:
    p_, se_, sp_ = Fraction(p), Fraction(se), Fraction(sp)
    return float((1 - p_) * sp_ / ((1 - p_) * sp_ + p_ * (1 - se_)))


ENDOTOXIN = _ppv("0.02", "0.98", "0.95")  # 2/7
METAL = _ppv("0.002", "0.98", "0.99")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A rapid endotoxin screen has sensitivity 98% and specificity 95%. About 2% of incoming WFI samples are "
         "actually contaminated. Given a positive screen, what is the probability the sample really is "
         "contaminated?", ENDOTOXIN),
        ("An endotoxin test has a sensitivity of 0.98 and a specificity of 0.95; prevalence of contamination is 2%. If "
         "a sample tests positive, what is the chance it is truly contaminated?", ENDOTOXIN),
        ("Screen: detection rate 98%, false positive rate 5%, 2% of samples contaminated. P(contaminated | "
         "positive)?", ENDOTOXIN),
        ("metal detector: 0.2% of packs really contain metal, detector catch 98% of them, but also alarm on 1% of "
         "clean packs. a pack just alarmed — what is probability it really contain metal?", METAL),
        ("Metal detector catches 98% of packs with metal and falsely alarms on 1% of clean packs. 1 in 500 packs "
         "contains metal. If a pack alarms, how likely is it that it really contains metal?", METAL),
        ("A metal detector flags 98% of contaminated packs but also flags 1% of clean ones; 0.2% of packs contain "
         "metal. Given an alarm, what is the probability the alarm is a false alarm?", 1 - METAL),
        ("Sensitivity 98%, specificity 95%, prevalence 2%. If the test is negative, what is the probability the "
         "sample is truly clean?", _npv("0.02", "0.98", "0.95")),
        ("Sensitivity 98%, specificity 95%, prevalence 2%. Given a negative result, what is the probability the "
         "sample is actually contaminated?", 1 - _npv("0.02", "0.98", "0.95")),
    ],
)  # fmt: skip
def test_predictive_values(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "A test has sensitivity 98% and specificity 95%. Given a positive result, what is the probability of disease?",
        "0.2% of packs contain metal and the detector alarms on 1% of clean packs. A pack alarmed: probability it "
        "contains metal?",
        "Sensitivity 98%, specificity 95%, prevalence 2%. What is the probability?",
        "P(defective) = 0.01, P(fail | defective) = 0.95, P(fail | good) = 0.03. Find P(defective | fail).",
        "An inspector rejects 95% of defective parts and wrongly rejects 2% of good parts; 3% of parts are defective. "
        "In a batch of 50, what is the probability that exactly 3 are rejected?",
    ],
)
def test_bayes_missing_a_rate_or_the_outcome_is_declined(question: str) -> None:
    declined(question)


REMAINING = stats.expon(scale=5000).sf(3000) / stats.expon(scale=5000).sf(1000)  # exp(-2000/5000)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("exponential lifetimes, MTBF = 5000 h. a unit already survived 1000 h of burn-in — prob it survives another "
         "2000 h?", REMAINING),
        ("Lifetime is exponential with mean 5000 hours. Given that a unit has survived 1000 hours, what is the "
         "probability it survives a further 2000 hours?", REMAINING),
        ("Exponential life, MTBF 5000 h. A unit has already run 1000 h. Probability it lasts past 3000 h?", REMAINING),
        ("Exponential lifetimes with MTBF 5000 h: a pump has been running for 1000 h. What is the probability it "
         "fails within the next 2000 h?", 1 - REMAINING),
    ],
)  # fmt: skip
def test_memoryless_exponential(question: str, want: float) -> None:
    assert want == pytest.approx(math.exp(-2000 / 5000) if want > 0.5 else -math.expm1(-2000 / 5000))
    right_value(question, want, "probability", rel=1e-9)


def test_time_asked_before_the_age_survived_is_declined() -> None:
    declined("exponential, MTBF 5000 h, unit already survived 1000 h. probability it survives 500 h?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Fill volume is normally distributed with μ = 10.15 mL and σ = 0.06 mL. What fraction of vials will be "
         "filled below the 10.0 mL label claim?", stats.norm(10.15, 0.06).cdf(10.0)),
        ("Net weight is normal with mean 503 g and sd 2 g. What share of packs are under the 500 g declared weight?",
         stats.norm(503, 2).cdf(500)),
        ("Fill volume is normally distributed, mean 10.15 mL, sd 0.06 mL. Fraction less than the 10.0 mL spec?",
         stats.norm(10.15, 0.06).cdf(10.0)),
        ("Tablet weight ~ normal, mean 251 mg, sd 2.5 mg. What proportion exceed the 255 mg upper limit?",
         stats.norm(251, 2.5).sf(255)),
    ],
)  # fmt: skip
def test_normal_value_named_after_the_comparison(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


def test_a_share_failed_beside_a_failure_rate_is_no_screening_question() -> None:
    """A percentile of an exponential ("by what time have 10% failed") stays the exponential's (scipy.stats)."""
    right_value("Time to failure is exponential with failure rate 0.02 per hour. By what time have 10% of units "
                "failed? (i.e. the 10th percentile)", stats.expon(scale=1 / 0.02).ppf(0.1), "probability", rel=1e-9)  # fmt: skip
