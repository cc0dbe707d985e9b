"""Task v3: a claimed mean of a named quantity ("claims mean life 5000 h"), a bad share's rate with a labelled
machine ("capping rate on press 3 is about 2 percent"), "(x, y) (x, y)" pairs under "A % vs B %:" with "how much of the
variation" (an R², no blend's amount), and textbook lists "Let A be set to ... and B be ... respectively"; each value
against scipy computed here."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

TYRES = [5210, 4870, 5430, 5120, 4990, 5360, 5280, 4760, 5150, 5400]
BINDER, VOIDS = [4.5, 5.0, 5.5, 6.0, 6.5], [6.8, 5.4, 4.3, 3.1, 2.2]
DEPTH = [8.0, 8.2, 8.4, 8.6, 8.8, 9.0]
WEIGHT = [243.1, 247.9, 251.8, 256.4, 259.7, 265.0]


@pytest.mark.parametrize(
    "question",
    [
        "Tyre lives (h) from the last ten pulled tyres: 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400. Vendor "
        "claims mean life 5000 h. One-sample t-test, two-sided — p-value?",
        "The last ten pulled tyres lasted 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400 hours. The vendor claims "
        "a mean life of 5000 hours. Two-sided one-sample t-test: p-value?",
        "Lifetimes of ten tyres (h): 5210, 4870, 5430, 5120, 4990, 5360, 5280, 4760, 5150, 5400. The supplier's rated "
        "mean lifetime is 5000 h. Test the claim with a one-sample t-test (two-sided); what is the p?",
        "ten tyres lasted 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400 h; the stated average life is 5000 h. "
        "p-value of a two-sided t-test?",
    ],
)
def test_a_claimed_mean_of_a_named_quantity(question):
    right_value(question, stats.ttest_1samp(TYRES, 5000).pvalue, "hypothesis_test", key="p_value")


def test_a_claim_without_its_value_is_declined():
    declined("Tyre lives (h): 5210 4870 5430 5120 4990 5360 5280 4760 5150 5400. Vendor claims a long mean life. "
             "One-sample t-test, two-sided — p-value?")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "capping rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — probability that at "
        "most one of them is capped?",
        "The capping rate on press 3 runs at 2%; tablets are independent. If we pull 50 tablets, what is the chance "
        "at most 1 is capped?",
        "defect rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — probability that at "
        "most one of them is defective?",
        "On press 3 about 2 percent of tablets are capped, independently. Pulling fifty tablets, what's the "
        "probability that no more than one of them is capped?",
    ],
)
def test_a_rate_of_a_labelled_machine(question):
    right_value(question, stats.binom.cdf(1, 50, 0.02), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "capping rate on press 3 is about 2 percent, tablets independent. pull fifty tablets — probability that at "
        "most one of them is chipped?",
        "The capping rate on press 3 runs at 2%; tablets are independent. If we pull 50 tablets, what is the chance "
        "at most 1 is not capped?",
    ],
)
def test_a_rate_of_another_property_is_declined(question):
    declined(question)


@pytest.mark.parametrize(
    "question",
    [
        "Marshall mix design, binder content % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, "
        "2.2). Fit a straight line of air voids on binder content; how much of the variation does it explain (R²)?",
        "Mix design trial, binder % vs air voids %: (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). Regress "
        "air voids on binder; how much variation is explained (R^2)?",
        "Mix design data (binder content %, air voids %): (4.5, 6.8) (5.0, 5.4) (5.5, 4.3) (6.0, 3.1) (6.5, 2.2). "
        "What is R² of the straight-line fit of air voids on binder content?",
    ],
)
def test_pairs_under_a_mix_design_heading_give_r_squared(question):
    out = right_value(question, stats.linregress(BINDER, VOIDS).rvalue ** 2, "regression", key="r_squared")
    assert out["result"]["slope"] == pytest.approx(stats.linregress(BINDER, VOIDS).slope, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Let the fill depth d (mm) be set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights observed be "
        "243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. For the simple linear regression of weight on "
        "d, find the coefficient of determination R².",
        "Suppose the fill depth d (mm) is set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights observed "
        "are 243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. Regress weight on d and give R².",
        "The fill depth d was set to 8.0, 8.2, 8.4, 8.6, 8.8, 9.0 mm and the tablet weights were 243.1, 247.9, "
        "251.8, 256.4, 259.7, 265.0 mg respectively. Find R² for the regression of weight on d.",
    ],
)
def test_textbook_lists_let_a_be_and_b_be_respectively(question):
    right_value(question, stats.linregress(DEPTH, WEIGHT).rvalue ** 2, "regression", key="r_squared")


def test_textbook_lists_named_the_other_way_round_give_the_slope_of_the_response_named():
    out = right_value(
        "Let the mean tablet weights observed be 243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg when the fill depth "
        "d (mm) is set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 respectively. For the simple linear regression of weight "
        "on d, find the slope.",
        stats.linregress(DEPTH, WEIGHT).slope,
        "regression",
        key="slope",
    )
    assert out["result"]["slope"] > 0


def test_textbook_lists_that_name_no_variable_regressed_are_declined():
    declined("Let the fill depth d (mm) be set to 8.0, 8.2, 8.4, 8.6, 8.8 and 9.0 and the mean tablet weights "
             "observed be 243.1, 247.9, 251.8, 256.4, 259.7 and 265.0 mg respectively. For the simple linear "
             "regression of hardness on pressure, find R².")  # fmt: skip
