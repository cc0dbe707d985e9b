"""Readings added after the thirteenth unseen round (b): limits asked in words ("what does f go to when x goes to 0"),
Poisson rates in words and over a stated interval ("averages 3 defects an hour", "3 calls every 10 minutes"), "the
chances of"/"the odds of", a one-sample proportion against a claimed rate with no bound ("claims a 2% defect rate"),
and the classic ANOVA under "equal variances assumed" (and not under Welch). References: sympy ``limit``, scipy."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import method_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from plugins.stats.reasoning_proportions import stated_p0
from plugins.stats.reasoning_rates import per_unit, rate_span, rate_window
from plugins.symbolic.limit_prose import informal_limit
from tests.reason.answers import confident

x, n = sp.symbols("x n", real=True)


def _number(out) -> float:
    """The answer as a number: a plain value, or sympy's text of an exact one ("1/2", "E")."""
    result = out.result
    return float(result) if isinstance(result, (int, float)) else float(to_sympy(str(result)))


# ---- limits in words ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("what does (1 - cos x)/x^2 go to when x goes to 0?", sp.limit((1 - sp.cos(x)) / x**2, x, 0)),
        ("where does x/(x+1) head as x -> inf", sp.limit(x / (x + 1), x, sp.oo)),
        ("sin(x)/x as x -> 0?", sp.limit(sp.sin(x) / x, x, 0)),
        ("the value (3x^2+1)/(x^2-2) approaches as x gets large", sp.limit((3 * x**2 + 1) / (x**2 - 2), x, sp.oo)),
        ("what does e^(-x) tend to as x grows without bound", sp.limit(sp.exp(-x), x, sp.oo)),
        ("what happens to x sin(1/x) when x approaches 0 from the right", sp.limit(x * sp.sin(1 / x), x, 0, "+")),
        ("what value does (e^x - 1)/x approach as x tends to 0", sp.limit((sp.exp(x) - 1) / x, x, 0)),
        ("what does x e^x approach as x gets very large and negative", sp.limit(x * sp.exp(x), x, -sp.oo)),
        ("what does (1+1/n)^n approach as n -> infinity?", sp.limit((1 + 1 / n) ** n, n, sp.oo)),
    ],
)
def test_limits_asked_in_words(question, reference):
    out = confident(question, "calculus")
    assert math.isclose(_number(out), float(reference), rel_tol=1e-12, abs_tol=1e-12)


def test_a_one_sided_limit_in_words_keeps_its_side():
    out = confident("what does 1/x go to as x goes to 0 from the left", "calculus")
    assert to_sympy(str(out.result)) == sp.limit(1 / x, x, 0, "-")


@pytest.mark.parametrize(
    "question",
    ["what does the sample mean approach as n goes to infinity?", "what does the process go to when it runs hot?"],
)
def test_words_that_are_no_expression_are_no_limit(question):
    assert informal_limit(question) is None
    assert reason(question).mode != "calculus"


# ---- Poisson rates in words -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("our line averages 3 defects an hour. what are the chances of getting 5 or more defects in one hour?",
         stats.poisson.sf(4, 3)),
        ("on average 3 per hour arrive at the desk. chances of at least 5 in an hour?", stats.poisson.sf(4, 3)),
        ("the help desk typically gets 3 calls a shift; what are the odds of no more than 2 calls in a shift?",
         stats.poisson.cdf(2, 3)),
        ("we see 3 calls every 10 minutes on average. chance of fewer than 2 calls in 10 minutes?",
         stats.poisson.cdf(1, 3)),
        ("we see 3 calls every 10 minutes on average. chance of at least 5 calls in 20 minutes?",
         stats.poisson.sf(4, 6)),
        ("4 arrivals every 2 hours on average: what are the odds of exactly 1 arrival in 30 minutes?",
         stats.poisson.pmf(1, 1)),
        ("the kiln typically throws 2 cracked tiles a shift; odds of no more than 1 cracked tile in a shift?",
         stats.poisson.cdf(1, 2)),
    ],
)  # fmt: skip
def test_poisson_rates_in_words(question, reference):
    out = confident(question, "probability")
    assert math.isclose(_number(out), reference, rel_tol=1e-9)


def test_a_rate_over_a_stated_interval():
    q = "3 calls every 10 minutes; chance of at least 5 calls in 20 minutes"
    assert per_unit(q) == ("3", "minute", "calls")
    assert rate_span(q) == 10
    assert rate_window(q) == (Fraction(2), Fraction(20))
    assert rate_span("4 calls per hour") == 1


# ---- a one-sample proportion against a claimed rate -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("we checked 400 parts and 14 were bad. the supplier claims a 2% defect rate. is ours higher than that? use an "
         "exact binomial test, one-sided", stats.binomtest(14, 400, 0.02, alternative="greater").pvalue),
        ("a claimed defect rate of 2%; in our sample of 400, 14 defective. exact binomial test: is the rate above the "
         "claim?", stats.binomtest(14, 400, 0.02, alternative="greater").pvalue),
        ("quoted rate 2%. 14 out of 400 failed. is the true rate higher? one-sided exact test",
         stats.binomtest(14, 400, 0.02, alternative="greater").pvalue),
        ("the part is spec'd at 2% defective. we found 14 defective in 400. exact binomial test, one-sided, is ours "
         "higher than the spec?", stats.binomtest(14, 400, 0.02, alternative="greater").pvalue),
        ("the vendor claims a 2% defect rate. we inspected 400 parts and found 3 bad. is ours lower than that? exact "
         "binomial test", stats.binomtest(3, 400, 0.02, alternative="less").pvalue),
        ("vendor quotes a 1.5% reject rate. of 600 units received, 16 were rejects. exact binomial test: is the true "
         "rate above that?", stats.binomtest(16, 600, 0.015, alternative="greater").pvalue),
    ],
)  # fmt: skip
def test_a_claimed_rate_is_the_hypothesised_proportion(question, reference):
    out = confident(question, "hypothesis_test")
    assert math.isclose(out.result["p_value"], reference, rel_tol=1e-9)


def test_claimed_rates_with_no_bound():
    assert stated_p0("the supplier claims a 2% defect rate") == "0.02"
    assert stated_p0("a claimed defect rate of 2%") == "0.02"
    assert stated_p0("spec'd at 2% defective") == "0.02"
    assert stated_p0("quoted rate 1.5%") == "0.015"


# ---- the classic ANOVA and the variances the question names ---------------------------------------------------------
_LINES = "line A: 5.1 5.3 4.9 5.2; line B: 5.6 5.8 5.5 5.9; line C: 5.0 5.2 5.1 4.8."
_GROUPS = ([5.1, 5.3, 4.9, 5.2], [5.6, 5.8, 5.5, 5.9], [5.0, 5.2, 5.1, 4.8])


def test_anova_with_equal_variances_assumed_follows_the_method():
    out = confident(f"{_LINES} One-way ANOVA, equal variances assumed; p-value for the line effect?", "anova")
    assert math.isclose(out.result["p_value"], stats.f_oneway(*_GROUPS).pvalue, rel_tol=1e-9)


def test_a_welch_anova_is_welchs_not_the_classic_one():
    from statsmodels.stats.oneway import anova_oneway

    out = confident(f"{_LINES} Welch's ANOVA (unequal variances); p-value?", "anova")
    assert out.result["test"] == "Welch's ANOVA"
    assert math.isclose(out.result["p_value"], anova_oneway(_GROUPS, use_var="unequal").pvalue, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("question", "passed"),
    [
        ("one-way ANOVA, equal variances assumed", True),
        ("ANOVA assuming equal variances", True),
        ("Welch ANOVA", False),
        ("ANOVA with unequal variances", False),
    ],
)
def test_the_method_check_reads_the_classic_anova_as_pooled(question, passed):
    check = method_check(question, Plan("anova", "let a = [1, 2]\nlet b = [3, 4]\ntest anova a b"))
    assert check is not None and check.passed is passed
