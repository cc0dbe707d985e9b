"""Critical values and quantiles of t, chi-square, F and z in textbook notation and in words (references from
scipy.stats: a subscript is an upper-tail area, isf; a function's probability is cumulative, ppf), the chi-square test
planner declining a quantile asked without counts, and a normal with a mean but no sd declined."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning import plan_hypothesis_test
from plugins.stats.reasoning_audit import audit_probability
from plugins.stats.reasoning_quantiles import asks_quantile
from tests.reason.answers import confident, declined

CHI2_05_10 = stats.chi2.isf(0.05, 10)  # 18.307...


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (
            "Find χ²_{0.05, 10}, the upper 5% critical value of the chi-square distribution with 10 degrees of freedom.",
            CHI2_05_10,
        ),
        ("chi2_{0.05, 10}", CHI2_05_10),
        ("chi^2_{0.05,10} = ?", CHI2_05_10),
        ("χ_{0.05,10}^2", CHI2_05_10),
        ("chi-square(0.95; 10)", stats.chi2.ppf(0.95, 10)),
        ("what is the critical value of chi-square at alpha = 0.05 with 10 degrees of freedom", CHI2_05_10),
        ("Find the value of chi-square with 15 df that has 0.01 in the upper tail", stats.chi2.isf(0.01, 15)),
        ("95th percentile of the chi-square distribution with 4 df", stats.chi2.ppf(0.95, 4)),
        ("lower 2.5% point of chi-square with 9 df", stats.chi2.ppf(0.025, 9)),
        ("χ²_{0.975, 10} (the lower critical value of a variance interval)", stats.chi2.isf(0.975, 10)),
    ],
)
def test_chi_square_quantiles(question, reference):
    out = confident(question, "probability")
    assert float(out.result) == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("z_{0.025}", stats.norm.isf(0.025)),
        ("z_0.05", stats.norm.isf(0.05)),
        ("z_{α/2} with α = 0.05", stats.norm.isf(0.025)),
        ("critical value z_{alpha/2} for a 99% confidence interval", stats.norm.isf(0.005)),
        ("critical z for a one-tailed test at alpha = 0.01", stats.norm.isf(0.01)),
        ("z critical value for 95% confidence", stats.norm.ppf(0.975)),
        ("97.5th percentile of the standard normal", stats.norm.ppf(0.975)),
        ("t_{0.025, 9}", stats.t.isf(0.025, 9)),
        ("t_{9, 0.025}", stats.t.isf(0.025, 9)),
        ("t₀.₀₂₅,₉", stats.t.isf(0.025, 9)),
        ("t(0.975, 9)", stats.t.ppf(0.975, 9)),
        ("t_{α/2, n-1} for n = 16 at α = 0.05", stats.t.isf(0.025, 15)),
        ("the upper 5% point of t with 12 df", stats.t.isf(0.05, 12)),
        ("What t value has 5% of the area to its right with 12 df?", stats.t.isf(0.05, 12)),
        ("P(T > t) = 0.05 with 12 df, find t", stats.t.isf(0.05, 12)),
        ("critical value of t for a two-sided 95% test with 15 df", stats.t.isf(0.025, 15)),
        ("the critical value of t for a two-sided test at the 5% level with 15 df", stats.t.isf(0.025, 15)),
        ("critical t, 0.05 level of significance, two-tailed, 20 df", stats.t.isf(0.025, 20)),
        ("find the critical value t* for a 90% confidence interval, df = 24", stats.t.isf(0.05, 24)),
        ("5th percentile of the t distribution with 8 degrees of freedom", stats.t.ppf(0.05, 8)),
        ("left-tailed test at 5% significance, critical t with 20 df", stats.t.ppf(0.05, 20)),
        ("critical value for a two-sided z-test at alpha = 0.05", stats.norm.isf(0.025)),
        ("t-test critical value with 10 df, two-sided alpha 0.05", stats.t.isf(0.025, 10)),
        ("F-test critical value with 3 and 20 df at alpha 0.05", stats.f.isf(0.05, 3, 20)),
        ("F_{0.05, 3, 20}", stats.f.isf(0.05, 3, 20)),
        ("upper 1% critical value of F(4, 30)", stats.f.isf(0.01, 4, 30)),
        ("critical value of F with 3 and 20 degrees of freedom at alpha = 0.05", stats.f.isf(0.05, 3, 20)),
        ("What is the 0.99 quantile of the F distribution with 5 and 10 df?", stats.f.ppf(0.99, 5, 10)),
    ],
)
def test_z_t_and_f_quantiles(question, reference):
    out = confident(question, "probability")
    assert float(out.result) == pytest.approx(reference, rel=1e-9)


def test_the_answer_says_the_subscript_is_an_upper_tail_area():
    out = confident("t_{0.025, 9}", "probability")
    assert "upper-tail area" in out.answer
    assert any("upper-tail area" in c and "z_{0.025} = 1.96" in c for c in out.caveats)
    names = [c["name"] for c in out.to_dict()["checks"]]
    assert any(n.startswith("mpmath t.ppf") for n in names)
    assert any(n.startswith("mpmath t: the area above") for n in names)


@pytest.mark.parametrize(
    ("question", "reason_words"),
    [
        ("t critical value at alpha = 0.05 with 10 df", "one- or two-sided"),
        ("t(0.05, 9)", "read either way"),
        ("z_{0.975}", "upper-tail area"),
        ("χ₀.₀₅²", "degrees of freedom"),
        ("F_{0.05, 3}", "two numbers of degrees of freedom"),
        ("chi-square critical values for a 95% confidence interval for the variance with 9 df", "two critical values"),
        ("z_{alpha/2}", "needs alpha"),
    ],
)
def test_unreadable_quantiles_are_declined(question, reason_words):
    assert reason_words in declined(question)


def test_the_chi_square_test_planner_declines_a_quantile_without_counts():
    with pytest.raises(PlanError, match="critical value"):
        plan_hypothesis_test("the chi-square goodness of fit critical value chi2_{0.05, 10}")
    assert asks_quantile("95th percentile of the chi-square distribution with 4 df")


def test_a_chi_square_test_with_observed_counts_stays_a_test():
    question = "Observed counts 18 22 20 40, chi-square goodness of fit at alpha 0.05: what is the critical value?"
    assert not asks_quantile(question)
    out = reason(question)
    assert out.mode == "hypothesis_test"
    assert out.result["p_value"] == pytest.approx(stats.chisquare([18, 22, 20, 40]).pvalue, rel=1e-9)


def test_an_anova_with_data_asking_its_critical_f_stays_an_anova():
    question = "one-way anova F test on groups 1 2 3; 4 5 6; 7 8 9, what is the critical F?"
    assert not asks_quantile(question)
    assert reason(question).mode == "anova"


@pytest.mark.parametrize(
    "question",
    [
        "estimate the mean to within 0.5 mm at 95% confidence, sigma 2: how many samples, using z_{α/2}?",
        "exponential with MTBF 500 h: what is the 10th percentile of the life?",
        "probability of exactly 3 heads in 10 coin tosses",
    ],
)
def test_other_questions_ask_no_quantile_of_t_chi2_f_or_z(question):
    assert not asks_quantile(question)


def test_the_tail_area_check_fails_a_quantile_of_the_wrong_tail():
    facts = {"dist": "t", "fn": "ppf", "q": 0.975, "area": 0.025, "tail": "upper", "df": [9.0]}
    checks = audit_probability(Plan("probability", "", facts), {"value": stats.t.ppf(0.025, 9)}, float)
    assert not next(c for c in checks if c.name.startswith("mpmath t: the area")).passed


@pytest.mark.parametrize(
    "question",
    [
        "X is normally distributed with mean 50. What is P(X > 55)?",
        "X ~ normal, mean 50; P(X > 55)?",
        "Heights are normally distributed with a mean of 170 cm. What fraction is taller than 185?",
        "A normal random variable has mean 10. Find P(X < 12).",
        "Suppose X is Gaussian with expected value 50; P(X>55)?",
        "the 90th percentile of a normal with mean 100",
        "normal distribution with sd 4, P(X < 3)?",
        "normal distribution, P(X < 1.5)?",
    ],
)
def test_a_normal_without_its_sd_or_mean_is_declined(question):
    answer = declined(question)
    assert "missing" in answer


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("P(Z > 1.5)", stats.norm.sf(1.5)),
        ("standard normal: P(Z < -1)", stats.norm.cdf(-1)),
        ("For a standard normal variable, P(-1 < Z < 1)?", stats.norm.cdf(1) - stats.norm.cdf(-1)),
        ("Z ~ N(0,1), P(Z > 2)", stats.norm.sf(2)),
        (
            "X is normally distributed with mean 50 and standard deviation 4. What is P(X > 55)?",
            stats.norm.sf(55, 50, 4),
        ),
        ("X is normal with mean 50 and stdev 4; P(X > 55)?", stats.norm.sf(55, 50, 4)),
        ("P(X > 55) for a normal with average 50 and sd 5", stats.norm.sf(55, 50, 5)),
        ("X ~ N(50, 1), P(X > 51)", stats.norm.sf(51, 50, 1)),
        (
            "what value cuts off the top 5% of a normal distribution with mean 50 and variance 16?",
            stats.norm.isf(0.05, 50, 4),
        ),
    ],
)
def test_a_normal_with_its_parameters_or_standard_is_answered(question, reference):
    out = confident(question, "probability")
    assert float(out.result) == pytest.approx(reference, rel=1e-9)
