"""Sample sizes with the effect written as a verb ("cuts overshoot by 0.8 degC"), binomials implied by a share per
item ("a 2% false-positive rate", "1 in 50 parts is defective") while a rate per unit of time is never read as one,
replicates as a summary's n ("in triplicate"), counts written as verbs ("we run 40") in the reading check, and
decimals in words ("zero point eight"). References: statsmodels, scipy."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from scipy import stats
from statsmodels.stats.power import TTestIndPower, TTestPower

from havoc_cli.reason.reading import unused_numbers
from plugins.api.number_words import number_words
from plugins.api.prose import label_starts
from plugins.api.reasoning import Plan
from plugins.stats.reasoning_shares import ratio_share, share_per_time
from tests.reason.answers import confident, declined


def _pairs(delta: float, sd: float, power: float) -> int:
    return math.ceil(TTestPower().solve_power(effect_size=delta / sd, alpha=0.05, power=power) - 1e-9)


# ---- an effect written as a verb ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("We want to show that the new controller cuts overshoot by 0.8 degC. The sd of the paired differences is 1.5 "
         "degC. How many pairs do we need for 90% power at alpha 0.05 (two-sided)?", _pairs(0.8, 1.5, 0.9)),
        ("The new controller should reduce overshoot by 0.8 degC; the paired differences have an sd of 1.5 degC. How "
         "many paired runs for 90% power at alpha 0.05, two-sided?", _pairs(0.8, 1.5, 0.9)),
        ("We expect the new tip to lower wear by 0.8 mm. sd of the differences is 1.5 mm. How many pairs for 90% "
         "power, alpha 0.05?", _pairs(0.8, 1.5, 0.9)),
        ("The coating should raise hardness by 2 HV; the sd of the paired differences is 3 HV. How many pairs do we "
         "need for 80% power at alpha 0.05?", _pairs(2, 3, 0.8)),
    ],
)  # fmt: skip
def test_a_paired_effect_written_as_a_verb(question, want):
    out = confident(question, "sample_size")
    assert out.result["n"] == want
    assert 39 == _pairs(0.8, 1.5, 0.9)  # TTestPower: 38.9 pairs, rounded up


def test_a_two_group_effect_written_as_a_verb():
    question = ("Will the additive raise strength by 3 MPa? Standard deviation 5 MPa. How many per group for 80% power "
                "at alpha 0.05?")  # fmt: skip
    want = math.ceil(TTestIndPower().solve_power(effect_size=0.6, alpha=0.05, power=0.8) - 1e-9)
    assert confident(question, "sample_size").result["n"] == want == 45


@pytest.mark.parametrize(
    "question",
    [
        "The new controller cuts overshoot by 10%. sd 1.5. How many pairs for 90% power at alpha 0.05?",
        "The new controller cuts overshoot by half. sd 1.5. How many pairs for 90% power at alpha 0.05?",
        "The new controller cuts overshoot. How many pairs for 90% power at alpha 0.05?",
    ],
)
def test_a_relative_or_missing_effect_is_declined(question):
    assert "needs the effect" in declined(question)


# ---- a binomial implied by a share per item -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("The screening test has a 2% false-positive rate. If we run 40 clean samples, what is the probability of at "
         "least one false positive?", 1 - 0.98**40),
        ("1 in 50 parts is defective; in a box of 30, probability of exactly 2 defective?", stats.binom.pmf(2, 30, 0.02)),
        ("One in fifty parts is defective. We pull 30 parts at random. What is the probability that at most one is "
         "defective?", stats.binom.cdf(1, 30, 0.02)),
        ("The defect rate is 1 in 50. We pull 30 parts. Probability of exactly 2 defective?",
         stats.binom.pmf(2, 30, 0.02)),
        ("One in 200 boards fails burn-in. We build 120 boards; probability that at most one fails?",
         stats.binom.cdf(1, 120, 1 / 200)),
        ("chance of at most 1 defective in 15 parts if the binomial p = 0.05", stats.binom.cdf(1, 15, 0.05)),
        ("A gauge gives a false reject 3% of the time. We check 25 good parts; probability of exactly one false "
         "reject?", stats.binom.pmf(1, 25, 0.03)),
        ("The alarm has a 5% false alarm rate per check. We run 12 checks; probability of exactly one false alarm?",
         stats.binom.pmf(1, 12, 0.05)),
    ],
)  # fmt: skip
def test_an_implied_binomial(question, reference):
    out = confident(question, "probability")
    assert out.result == pytest.approx(reference, rel=1e-9)
    assert "binomial" in out.to_dict()["plan"]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Each unit has a failure rate of 0.5% per hour. If we install 40 units, what is the probability that at least "
         "one fails?", "per unit of time is a rate"),
        ("The failure rate is 0.5% per hour. We test 40 units. Probability of exactly 2 failures?",
         "per unit of time is a rate"),
        ("0.5% of units fail per hour; we run 40 units. Probability that at least one fails?",
         "per unit of time is a rate"),
        ("A 2% defect rate per shift; we pull 40 parts; probability at least one defective?",
         "per unit of time is a rate"),
        ("A failure rate of 1 in 50 per hour; we install 30 units; probability that at most one fails?",
         "1 in 50 per unit of time is a rate"),
        ("Units fail at a rate of 0.002 per hour. We install 40 units; probability that at least one fails?", ""),
        ("binomial: each unit fails at 1% per day, 40 units, probability of exactly 2 failures?", ""),
    ],
)  # fmt: skip
def test_a_rate_per_unit_of_time_is_never_a_binomial_share(question, says):
    """A previous version read "0.5% per hour" as the binomial's p and answered with confidence 0.95."""
    assert says in declined(question)


def test_shares_per_time_and_ratios_as_read():
    assert share_per_time("a failure rate of 0.5% per hour", Fraction(1, 200)) == "0.5%"
    assert share_per_time("0.002 failures an hour", Fraction(2, 1000)) == "0.002"
    assert share_per_time("200 parts per hour, 2% defective", Fraction(2, 100)) is None  # a rate of output
    assert share_per_time("0.5 parts per minute, 2% defective", Fraction(2, 100)) is None  # not the share asked
    assert share_per_time("a failure rate of 1 in 50 per hour", Fraction(1, 50)) == "1 in 50"
    assert ratio_share("the defect rate is 1 in 50.", "defect") == "1/50"
    assert ratio_share("1 in 50 parts is defective", "defect") == "1/50"
    assert ratio_share("one out of every 200 boards fails", "fail") == "1/200"
    assert ratio_share("1 in 50 hours fails", "fail") is None
    assert ratio_share("50 in 1 parts is defective", "defect") is None


# ---- replicates as n ------------------------------------------------------------------------------------------------
def _one_sample_p(n: int, mean: float, sd: float, mu: float) -> float:
    return float(2 * stats.t.sf(abs((mean - mu) / (sd / math.sqrt(n))), n - 1))


@pytest.mark.parametrize(
    ("question", "n", "mean", "sd", "mu"),
    [
        ("A reference standard was measured in triplicate: mean 10.32 mg/L, sd 0.05 mg/L. Does the mean differ from the "
         "certified 10.20 mg/L? one-sample t-test, two-sided, p-value?", 3, 10.32, 0.05, 10.20),
        ("A sample run in duplicate gave a mean of 12.4 and sd 0.3; test against 12.0, two-sided one-sample t-test "
         "p-value", 2, 12.4, 0.3, 12.0),
        ("Each sample is run in triplicate: mean 4.12, sd 0.06. Is the mean different from 4.00? Two-sided "
         "one-sample t-test, p-value?", 3, 4.12, 0.06, 4.00),
    ],
)  # fmt: skip
def test_replicates_are_the_sample_size(question, n, mean, sd, mu):
    out = confident(question, "hypothesis_test")
    assert out.result["df"] == n - 1
    assert out.result["p_value"] == pytest.approx(_one_sample_p(n, mean, sd, mu), rel=1e-9)


def test_replicates_of_several_samples_are_not_their_n():
    declined("We test 5 samples, each in triplicate: mean 4.12, sd 0.06. Is the mean different from 4.00? Two-sided "
             "one-sample t-test p-value")  # fmt: skip


# ---- a count written as a verb in the reading check -----------------------------------------------------------------
def test_a_count_after_a_verb_is_no_label():
    assert label_starts("If we run 40 clean samples") == set()
    assert label_starts("We sample 20 bolts, then to process 12") == set()
    assert label_starts("run 4 failed; sample 3 had a crack") == {4, 21}


def test_the_reading_check_sees_a_count_the_plan_leaves_out():
    question = "We run 40 samples a day. 2% are defective. In a box of 30, probability of exactly 2 defective?"
    plan = Plan("probability", "show binomial.pmf(2, 30, 0.02)", {"n": 30, "p": 0.02, "k": 2})
    assert unused_numbers(question, plan) == ["40"]


# ---- decimals in words ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("a mean of zero point eight.", "a mean of 0.8."),
        ("one point five mm", "1.5 mm"),
        ("point two five", "0.25"),
        ("two point oh five", "2.05"),
        ("three point one four one five nine", "3.14159"),
        ("twenty point five, one hundred point two", "20.5, 100.2"),
        ("at point five", "at 0.5"),
    ],
)
def test_decimals_in_words(typed, digits):
    assert number_words(typed) == digits


@pytest.mark.parametrize(
    "kept", ["the point of it", "the point two", "set point two degrees", "point one-sided", "one point"]
)
def test_point_that_is_no_decimal(kept):
    assert "." not in number_words(kept)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("The number of flaws per sheet is Poisson with a mean of zero point eight. What is the probability a sheet "
         "has no flaws?", math.exp(-0.8)),
        ("Defects per panel are Poisson with mean one point five. Probability of at most two defects on a panel?",
         stats.poisson.cdf(2, 1.5)),
        ("Binomial with n = 20 and p = point two five: probability of exactly 5 successes?",
         stats.binom.pmf(5, 20, 0.25)),
    ],
)  # fmt: skip
def test_questions_with_decimals_in_words(question, reference):
    assert confident(question, "probability").result == pytest.approx(reference, rel=1e-9)
