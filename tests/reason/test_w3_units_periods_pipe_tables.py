"""Probabilities asked in ppm, percent or per a number of pieces (scaled, the unit said), a binomial of one trial a
period ("each monthly sample has a 5% chance ... over twelve months"), a chi-square table written with pipes, and
groups written "k out of n <noun>" then "k of n" beside a chi-square statistic. References by scipy.stats."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value

_SF = stats.norm.sf(25.05, 25.00, 0.02)


@pytest.mark.parametrize(
    ("question", "scale"),
    [
        ("bore dia ~ Normal(μ = 25.00 mm, σ = 0.02 mm), USL = 25.05 mm. expected ppm above USL?", 1e6),
        ("Bore diameter is normal with mean 25.00 mm and sd 0.02 mm; USL 25.05 mm. How many parts per million "
         "exceed the USL?", 1e6),
        ("bore dia ~ Normal(mean 25.00 mm, sd 0.02 mm), USL = 25.05 mm. DPMO above USL?", 1e6),
        ("bore dia normal, mean 25.00 mm, sd 0.02 mm, upper spec 25.05 mm. what % of bores are above the USL?", 100),
        ("bore dia ~ Normal(mean 25.00 mm, sd 0.02 mm). P(X > 25.05) in percent?", 100),
        ("bore dia normal, mean 25.00 mm, sd 0.02 mm, upper spec 25.05 mm. Out of 1000 parts, how many are "
         "expected above the USL?", 1000),
    ],
)  # fmt: skip
def test_normal_share_in_the_unit_asked(question: str, scale: float) -> None:
    out = right_value(question, _SF * scale, "probability")
    assert {1e6: "ppm", 100: "percent", 1000: "1000"}[scale] in out["answer"]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("failures follow a Poisson with mean 2 per day. probability of more than 4 failures in a day, in percent?",
         100 * stats.poisson.sf(4, 2)),
        ("binomial n = 20, p = 0.05: what is the percent chance of at least 2 defectives?",
         100 * stats.binom.sf(1, 20, 0.05)),
        ("Bulb life is exponential with mean 1000 hours. What percentage of bulbs fail before 500 hours?",
         100 * stats.expon.cdf(500, scale=1000)),
        ("Bulb life is exponential with mean 1000 hours. Out of 2000 bulbs, how many fail before 500 hours?",
         2000 * stats.expon.cdf(500, scale=1000)),
    ],
)  # fmt: skip
def test_other_distributions_in_the_unit_asked(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_a_value_in_ppm_is_no_unit_asked() -> None:
    right_value("nitrate is normal with mean 450 ppm and sd 20 ppm. probability a sample exceeds 500 ppm?",
                stats.norm.sf(500, 450, 20), "probability")  # fmt: skip


def test_ppm_unscaled_fails_the_unit_check() -> None:
    from havoc_cli.reason.scales import unit_check
    from plugins.api.reasoning import Plan

    plan = Plan("probability", "show normal.sf(25.05, 25.00, 0.02)", {"dist": "normal", "fn": "sf"})
    check = unit_check("expected ppm above USL?", plan, 0.0062)
    assert check is not None and not check.passed


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Each monthly composite sample independently has a 5% chance of exceeding the permit limit. Over twelve "
         "months, what is the probability of exactly one exceedance?", stats.binom.pmf(1, 12, 0.05)),
        ("A monthly sample has a 5% chance of exceeding the limit, independently each month. What is the "
         "probability of exactly 1 exceedance in 12 months?", stats.binom.pmf(1, 12, 0.05)),
        ("Each week there is a 2% chance that the weekly test fails, independently. Over 52 weeks, what is the "
         "probability of at most 2 failures?", stats.binom.cdf(2, 52, 0.02)),
        ("Each monthly composite sample independently has a 5% chance of exceeding the permit limit. Over two "
         "years, what is the probability of exactly two exceedances?", stats.binom.pmf(2, 24, 0.05)),
    ],
)  # fmt: skip
def test_one_trial_a_period(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Each monthly composite sample has a 5% chance of exceeding the permit limit. What is the probability of "
        "exactly one exceedance?",
        "Each monthly composite sample independently has a 5% chance of exceeding the permit limit. Over the next "
        "few months, what is the probability of exactly one exceedance?",
    ],
)
def test_periods_not_counted_are_declined(question: str) -> None:
    declined(question)


_PIPE = stats.chi2_contingency([[22, 8, 15], [30, 12, 10]], correction=False)[0]


@pytest.mark.parametrize(
    "question",
    [
        "defect type by shift, stamping line 4:\nshift | burr | split | wrinkle\n1st   |  22  |   8   |   15\n"
        "2nd   |  30  |   12   |   10\nchi-square test of independence — what's the chi-square statistic?",
        "defect type by shift, stamping line 4:\n| shift | burr | split | wrinkle |\n|---|---|---|---|\n"
        "| 1st | 22 | 8 | 15 |\n| 2nd | 30 | 12 | 10 |\nchi-square test of independence: chi-square statistic?",
        "counts:\nburr | split | wrinkle\n22 | 8 | 15\n30 | 12 | 10\nchi2 test of independence?",
    ],
)
def test_pipe_table(question: str) -> None:
    right_value(question, _PIPE, "hypothesis_test", key="statistic")


_TOTALS = stats.chi2_contingency([[14, 106], [9, 101], [22, 108]], correction=False)[0]


@pytest.mark.parametrize(
    "question",
    [
        "Permit exceedances by plant last year: Plant A 14 out of 120 samples, Plant B 9 of 110, Plant C 22 of 130. "
        "Chi-square test of independence (exceed / not exceed × plant) — what's the χ² statistic?",
        "Exceedances last year by plant: Plant A had 14 out of 120 samples, Plant B 9 out of 110 samples, Plant C "
        "22 out of 130 samples. Is exceedance independent of plant? chi^2 statistic?",
        "Plant A: 14 of 120 samples exceeded, Plant B: 9 of 110, Plant C: 22 of 130. chi-square test of "
        "independence, what is chi2?",
    ],
)
def test_of_totals_with_a_chi_square_symbol(question: str) -> None:
    right_value(question, _TOTALS, "hypothesis_test", key="statistic")


def test_quantile_in_ppm_is_declined() -> None:
    out = reason("normal with mean 10 and sd 2: the 99th percentile in ppm?")
    assert not out.answered or out.confidence < 0.5
