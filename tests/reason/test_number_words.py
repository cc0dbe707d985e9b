"""Cardinal numbers written in words, read as digits by the one normalisation every planner's text passes through
(``prose.plain_text`` -> ``number_words``), while the words that name a method ("one-sided", "two-way ANOVA", "two
sample t-test") or are no count ("one of them", "no one") stay. References: scipy, statsmodels, sympy."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import stats
from statsmodels.stats.power import TTestIndPower, TTestPower
from statsmodels.stats.proportion import proportions_ztest, samplesize_confint_proportion

from havoc_cli.reason.pipeline import reason
from plugins.api.number_words import number_words
from plugins.api.prose import plain_text
from tests.reason.answers import as_set, confident, declined, roots_of, same_expr


# ---- the normalisation ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("We pulled twelve bolts", "We pulled 12 bolts"),
        ("Twenty units, zero to nineteen", "20 units, 0 to 19"),
        ("twenty-five parts, twenty five parts", "25 parts, 25 parts"),
        ("one hundred and twenty boards", "120 boards"),
        ("a hundred parts, a dozen bolts, two dozen trials", "100 parts, 12 bolts, 24 trials"),
        ("half a dozen eggs", "6 eggs"),
        ("two thousand three hundred and forty-five hours", "2345 hours"),
        ("one hundred and twenty thousand cycles", "120000 cycles"),
        ("between one hundred and two hundred", "between 100 and 200"),
        ("two and a half mm, one and a half", "2.5 mm, 1.5"),
        ("five percent, five per cent, 5 percent, 5 per cent", "5%, 5%, 5%, 5%"),
        ("ninety percent power", "90% power"),
        ("plus or minus two and a half percentage points", "plus or minus 2.5 percentage points"),
        ("seven two-level factors", "7 two-level factors"),
        ("at most one of them is bad; at least one; exactly one", "at most 1 of them is bad; at least 1; exactly 1"),
        ("one or two defects, between one and five, one percent", "1 or 2 defects, between 1 and 5, 1%"),
        ("x approaches zero; from zero to pi", "x approaches 0; from 0 to pi"),
    ],
)
def test_number_words_become_digits(typed, digits):
    assert number_words(typed) == digits


@pytest.mark.parametrize(
    "kept",
    [
        "one-sided", "two-sided test", "two sided", "one-tailed", "two-way ANOVA", "two way anova", "one-way",
        "two-sample t-test", "two sample t-test", "one sample t-test", "two proportions", "one-proportion z-test",
        "two-level factors", "a two factor design", "a one-eighth fraction", "a two-minute window", "two-sigma limits",
        "2^(5-1)", "one of them", "no one", "the one", "one more", "one at a time", "one shift", "one's",
        "first 3 terms", "second derivative", "the third quartile", "zero defects", "line A hundred",
    ],
)  # fmt: skip
def test_words_that_name_a_method_or_are_no_count_stay(kept):
    assert number_words(kept) == kept


def test_plain_text_writes_number_words_in_digits():
    assert plain_text("twelve bolts, σ ≈ 1.1, five percent") == "12 bolts, sigma = 1.1, 5%"


# ---- questions in words, answered as in digits ----------------------------------------------------------------------
def _one_sample_p(n: int, mean: float, sd: float, mu: float) -> float:
    t = (mean - mu) / (sd / math.sqrt(n))
    return 2 * stats.t.sf(abs(t), n - 1)


@pytest.mark.parametrize(
    ("question", "p"),
    [
        ("We pulled twelve bolts from the lot: mean clamp load 18.6 kN, sd 1.1 kN. The nominal is 19 kN. Two-sided "
         "one-sample t-test, p-value?", _one_sample_p(12, 18.6, 1.1, 19)),
        ("sample of fifteen rods: mean length 250.4 mm, sd 0.6 mm; is the mean different from 250 mm? one sample t-test",
         _one_sample_p(15, 250.4, 0.6, 250)),
        ("we measured a random sample of 20 shafts: mean 25.03 mm, sd 0.04 mm. H0: mu = 25. p-value?",
         _one_sample_p(20, 25.03, 0.04, 25)),
        ("in a sample of two hundred parts, eighteen were defective. does the defect rate differ from five percent? "
         "two-sided z-test", proportions_ztest(18, 200, value=0.05, prop_var=0.05)[1]),
    ],
)  # fmt: skip
def test_tests_with_counts_in_words(question, p):
    assert confident(question, "hypothesis_test").result["p_value"] == pytest.approx(p, rel=1e-9)


def test_the_worked_t_test_matches_its_published_p_value():
    p = confident("We pulled twelve bolts from the lot: mean clamp load 18.6 kN, sd 1.1 kN. The nominal is 19 kN. "
                  "Two-sided one-sample t-test, p-value?").result["p_value"]  # fmt: skip
    assert p == pytest.approx(0.23385818004471795, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("twenty units are installed and each has a five percent chance of failing in the first year; probability "
         "that exactly two fail?", stats.binom.pmf(2, 20, 0.05)),
        ("twenty units are installed and each has a five per cent chance of failing; probability that exactly two "
         "fail?", stats.binom.pmf(2, 20, 0.05)),
        ("Our supplier runs 2% defective. If we pull fifty pieces at random, what's the probability that at least one "
         "of them is bad?", stats.binom.sf(0, 50, 0.02)),
        ("Our supplier runs 2% defective. If we pull 50 pieces at random, what's the probability that at most one of "
         "them is bad?", stats.binom.cdf(1, 50, 0.02)),
        ("the vendor's reject rate is one percent. if we inspect a hundred and twenty boards, what is the probability "
         "of no more than two rejects?", stats.binom.cdf(2, 120, 0.01)),
        ("probability of exactly three heads in ten coin tosses", stats.binom.pmf(3, 10, 0.5)),
        ("binomial: two dozen trials, success probability 0.3, probability of at most five successes?",
         stats.binom.cdf(5, 24, 0.3)),
        ("our line averages three defects an hour. what are the chances of getting five or more defects in one hour?",
         stats.poisson.sf(4, 3)),
        ("5% of the bolts are faulty. If we pick twenty bolts, what is the probability of zero faulty bolts?",
         stats.binom.pmf(0, 20, 0.05)),
        ("exponential, four failures per one million hours; probability a unit survives a hundred thousand hours",
         stats.expon.sf(100_000, scale=1e6 / 4)),
    ],
)  # fmt: skip
def test_probabilities_with_counts_in_words(question, reference):
    assert confident(question, "probability").result == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "estimate the proportion of late shipments to within plus or minus two and a half percentage points with 95% "
        "confidence; we think it is about 12%. How many shipments do we need to check?",
        "estimate the proportion of late shipments to within ±2.5 points with 95% confidence; we think it is about "
        "12%. How many shipments?",
        "estimate the share of late shipments to within 2.5% at 95% confidence; it is probably around 12%. how many "
        "shipments do we need?",
        "how many shipments to estimate the late rate within plus or minus two and a half percentage points, "
        "ninety-five percent confidence, expected rate twelve percent?",
    ],
)
def test_a_margin_in_percentage_points_of_a_proportion(question):
    out = confident(question, "sample_size")
    want = math.ceil(samplesize_confint_proportion(0.12, 0.025, alpha=0.05) - 1e-9)
    assert out.result["n"] == want == 650 and out.result["margin"] == pytest.approx(0.025)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("paired design: detect a mean difference of 1.5 units, sd of the differences 2.5, alpha 0.05 two-sided, "
         "ninety percent power, how many pairs?", TTestPower().solve_power(0.6, power=0.9, alpha=0.05)),
        ("we plan a paired study to detect a difference of one and a half units; the sd of the differences is two and "
         "a half. alpha 0.05 two-sided, ninety percent power, how many pairs?",
         TTestPower().solve_power(0.6, power=0.9, alpha=0.05)),
        ("need n per group for a two-sample t-test to detect a three unit difference in means, sd four, alpha 0.05 "
         "two-sided, ninety percent power", TTestIndPower().solve_power(0.75, power=0.9, alpha=0.05)),
        ("How many per group to detect a difference of 0.5 degC between two ovens when the standard deviation is about "
         "0.8 degC, with 80% power at alpha 0.05?", TTestIndPower().solve_power(0.625, power=0.8, alpha=0.05)),
    ],
)  # fmt: skip
def test_power_analyses_with_numbers_in_words(question, want):
    assert confident(question, "sample_size").result["n"] == math.ceil(want - 1e-9)


def test_calculus_and_conversions_with_numbers_in_words():
    x = sp.Symbol("x", real=True)  # as the study grammar reads it
    assert confident("limit of sin(x)/x as x approaches zero", "calculus").result == "1"
    series = sp.series(sp.log(x), x, 1, 4).removeO()
    assert same_expr(confident("Taylor series of ln(x) about x = 1 to order three", "calculus").result, series)
    assert confident("convert three and a half inches to mm", "unit_conversion").result["value"] == pytest.approx(88.9)


def test_a_design_keeps_its_two_level_words():
    out = confident("I'm screening seven two-level factors with a one-eighth fraction of the full factorial. How many "
                    "runs is that?", "design")  # fmt: skip
    assert out.result["runs"] == 2 ** (7 - 3)


# ---- method names stay: the same answers as in digits ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "p"),
    [
        ("two sample t-test, one-tailed (H1: mu1 < mu2): 5.1 5.3 4.9 5.2 5.0 and 5.6 5.4 5.8 5.5 5.7",
         stats.ttest_ind([5.1, 5.3, 4.9, 5.2, 5.0], [5.6, 5.4, 5.8, 5.5, 5.7], equal_var=False,
                         alternative="less").pvalue),
        ("one way anova: 10 12 11 13; 14 15 13 16; 11 10 12 11",
         stats.f_oneway([10, 12, 11, 13], [14, 15, 13, 16], [11, 10, 12, 11]).pvalue),
        ("one sample t-test: 10.2 10.5 9.8 10.1 10.4 10.0, H0 mu = 10, two sided",
         stats.ttest_1samp([10.2, 10.5, 9.8, 10.1, 10.4, 10.0], 10).pvalue),
        ("two proportions: 18 of 200 vs 31 of 210, two-sided z-test p-value", proportions_ztest([18, 31], [200, 210])[1]),
    ],
)  # fmt: skip
def test_method_names_in_words_are_read_as_names(question, p):
    assert confident(question).result["p_value"] == pytest.approx(p, rel=1e-9)


# ---- declined -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Our supplier runs two percent defective. What's the probability that at most one is bad?",
         "needs how many pieces"),
        ("two way ANOVA of yield by catalyst and temperature: 71 74 69 80 77 82", "two-way ANOVA"),
        ("We pulled twelve bolts from the lot: mean clamp load 18.6 kN, sd 1.1 kN, nominal 19 kN. one-sided t-test, "
         "p-value?", "direction"),
    ],
)  # fmt: skip
def test_questions_in_words_that_stay_declined(question, says):
    assert says in declined(question)


def test_the_users_words_are_kept():
    question = "probability of exactly three heads in ten coin tosses"
    assert reason(question).question == question


@pytest.mark.parametrize("ask", ["where does it cross zero?", "where does it cross 0?", "for what x is it zero?"])
def test_the_zero_of_a_roots_question_is_no_second_equation(ask):
    x = sp.Symbol("x")
    assert roots_of(confident(f"y = x^2 - 4. {ask}", "algebra").result) == as_set(sp.solve(x**2 - 4, x))
