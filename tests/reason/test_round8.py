"""Readings added after the eighth unseen round: a named test is the answer (ANOVA is not overridden by
Kruskal-Wallis), ANOVA from summary statistics, sample sizes for a margin of error, exact binomial tests
that are tests (not probabilities), and labels glued to their number ("S1", "op1") that are not data."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import data_check, named_test, named_test_check
from plugins.api.prose import samples
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_hypotheses import alternative, count_pairs, group_summaries
from plugins.stats.reasoning_precision import margin, plan_precision
from plugins.stats.reasoning_probability import plan_probability


def _ask(question: str) -> dict:
    return reason(question).to_dict()


# ---- a named test is the answer ---------------------------------------------------------------------------
SUPPLIERS = [[512, 520, 515, 518], [530, 528, 535, 532], [510, 508, 515, 512], [525, 522, 520, 527]]
OPERATORS = [[10.12, 10.15, 10.11, 10.14, 10.13], [10.16, 10.18, 10.15, 10.17, 10.19],
             [10.12, 10.14, 10.13, 10.11, 10.15]]  # fmt: skip
SKEWED = [[3.2, 3.4, 3.1, 3.3, 9.9], [3.6, 3.8, 3.7, 3.9, 3.5], [3.0, 3.1, 2.9, 3.2, 3.0]]


def _written(groups, labels) -> str:
    return ", ".join(f"{label} {' '.join(str(v) for v in g)}" for label, g in zip(labels, groups, strict=True))


@pytest.mark.parametrize(
    ("question", "groups"),
    [
        (f"anova on tensile (MPa) for 4 suppliers: {_written(SUPPLIERS, ['S1', 'S2', 'S3', 'S4'])}. F and p",
         SUPPLIERS),
        (f"three operators measured one part 5 times each (mm). {_written(OPERATORS, ['op1', 'op2', 'op3'])}. "
         "one-way anova F statistic for operator?", OPERATORS),
        (f"F test (one-way) for three batches: {_written(SKEWED, ['B1', 'B2', 'B3'])}", SKEWED),
        (f"analysis of variance: {' / '.join(' '.join(map(str, g)) for g in SKEWED)}", SKEWED),
    ],
)  # fmt: skip
def test_a_named_anova_is_the_answer(question, groups):
    out = _ask(question)
    want = stats.f_oneway(*groups)
    assert out["result"]["test"] == "one-way ANOVA"
    assert out["result"]["statistic"] == pytest.approx(want.statistic, rel=1e-9)
    assert out["result"]["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert out["confidence"] >= 0.9


def test_a_named_anova_on_non_normal_data_reports_the_rank_test_as_a_caveat():
    out = _ask(f"one-way ANOVA: {' / '.join(' '.join(map(str, g)) for g in SKEWED)}")
    assert out["result"]["test"] == "one-way ANOVA"
    kruskal = stats.kruskal(*SKEWED)
    caveat = next(c for c in out["caveats"] if "Kruskal-Wallis" in c)
    assert "normality rejected" in caveat and f"{kruskal.pvalue:.6g}" in caveat


def test_without_a_named_test_the_rank_test_still_stands_for_non_normal_data():
    out = _ask(f"do these groups differ: {' / '.join(' '.join(map(str, g)) for g in SKEWED)}")
    assert out["result"]["test"] == "Kruskal-Wallis H test"
    assert out["result"]["p_value"] == pytest.approx(stats.kruskal(*SKEWED).pvalue, rel=1e-9)


def test_a_named_rank_test_stands_over_the_parametric_one():
    a, b = [12.1, 11.8, 12.4, 12.0], [12.6, 12.3, 12.9, 12.8]
    out = _ask(f"mann-whitney test: {' '.join(map(str, a))} and {' '.join(map(str, b))}")
    assert out["result"]["test"] == "Mann-Whitney U test"
    assert out["result"]["p_value"] == pytest.approx(stats.mannwhitneyu(a, b).pvalue, rel=1e-9)
    kw = _ask(f"kruskal-wallis on {' / '.join(' '.join(map(str, g)) for g in OPERATORS)}")
    assert kw["result"]["p_value"] == pytest.approx(stats.kruskal(*OPERATORS).pvalue, rel=1e-9)


def test_an_anova_of_two_groups_is_an_anova():
    a, b = [5.1, 6.2, 7.0, 6.4], [8.3, 9.1, 10.2, 8.8]
    out = _ask(f"F statistic for {' '.join(map(str, a))} vs {' '.join(map(str, b))}")
    assert out["mode"] == "anova" and out["result"]["statistic"] == pytest.approx(stats.f_oneway(a, b).statistic)


def test_an_f_test_of_variances_is_the_variance_ratio_test():
    a, b = [5.1, 6.2, 7.0, 6.4], [8.3, 9.1, 10.2, 8.8]
    out = _ask("F test for equal variances: 5.1 6.2 7.0 6.4 and 8.3 9.1 10.2 8.8")
    ratio = stats.tvar(a) / stats.tvar(b)
    want = 2 * min(stats.f.cdf(ratio, 3, 3), stats.f.sf(ratio, 3, 3))
    assert out["result"]["kind"] == "ftest" and out["result"]["p_value"] == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("one-way ANOVA of three lines", "anova"),
        ("F statistic for operator", "anova"),
        ("F test for equal variances", "variances"),
        ("Kruskal-Wallis test", "kruskal"),
        ("Wilcoxon rank-sum test", "mann-whitney"),
        ("Wilcoxon signed-rank test", "wilcoxon"),
        ("Welch's test", "welch"),  # Welch's t-test of two groups, Welch's ANOVA of more
        ("Welch's t-test", "t-test"),
        ("anova or kruskal-wallis?", None),  # several named: the assumption checks decide
        ("do the groups differ", None),
    ],
)
def test_named_test(question, named):
    assert named_test(question) == named


def test_the_named_test_check_fails_when_another_test_answers():
    kruskal = {"kind": "kruskal", "test": "Kruskal-Wallis H test"}
    assert not named_test_check("one-way anova F for these groups", kruskal).passed
    assert named_test_check("kruskal-wallis for these groups", kruskal).passed
    assert named_test_check("do these groups differ", kruskal) is None
    assert named_test_check("anova of y", {"kind": "regression"}) is None


# ---- labels glued to a number are not data ----------------------------------------------------------------
def test_labels_glued_to_their_number_are_not_data():
    assert samples("S1 512 520 515; S2 530 528 535") == [["512", "520", "515"], ["530", "528", "535"]]
    assert samples("op1 10.12 10.15, op2 10.16 10.18") == [["10.12", "10.15"], ["10.16", "10.18"]]
    assert samples("1 2 3, 4 5 6") == [["1", "2", "3"], ["4", "5", "6"]]


def test_the_data_check_fails_on_values_the_question_does_not_state():
    plan = Plan("anova", "", {"samples": [["1", "512", "520"], ["2", "530", "528"]]})
    check = data_check("S1 512 520; S2 530 528", plan)
    assert not check.passed and "1, 2" in check.detail
    assert data_check("S1 512 520; S2 530 528", Plan("anova", "", {"samples": [["512", "520"]]})).passed
    assert data_check("anything", Plan("probability", "", {})) is None


# ---- one-way ANOVA from summary statistics ----------------------------------------------------------------
def _sample_with(n: int, mean: float, sd: float) -> np.ndarray:
    z = np.arange(n, dtype=float)
    return mean + sd * (z - z.mean()) / z.std(ddof=1)


def _summary_p(sizes, means, sds) -> float:
    return float(stats.f_oneway(*(_sample_with(*g) for g in zip(sizes, means, sds, strict=True))).pvalue)


@pytest.mark.parametrize(
    ("question", "sizes", "means", "sds"),
    [
        ("one-way anova from summary stats: 3 groups, n=5 each, means 10.2 11.0 12.1, sd 1.1 0.9 1.3. p-value?",
         [5, 5, 5], [10.2, 11.0, 12.1], [1.1, 0.9, 1.3]),
        ("four lines: sample sizes 6, 8, 7, 6; means 50.1, 52.3, 49.8, 51.0; standard deviations 2.1, 1.8, 2.4, "
         "2.0. do the line means differ?", [6, 8, 7, 6], [50.1, 52.3, 49.8, 51.0], [2.1, 1.8, 2.4, 2.0]),
        ("A: n=5, mean 10.2, sd 1.1; B: n=6, mean 11.0, sd 0.9; C: n=5, mean 12.1, sd 1.3. ANOVA F?",
         [5, 6, 5], [10.2, 11.0, 12.1], [1.1, 0.9, 1.3]),
        ("means of 3.1, 3.4 and 3.9 mm with sds of 0.2, 0.3 and 0.25 mm, 8 parts per group; test for a difference",
         [8, 8, 8], [3.1, 3.4, 3.9], [0.2, 0.3, 0.25]),
        ("ANOVA with summary data: n 10 12 9, mean 5.5 6.1 5.9, sd 0.8 0.7 0.9", [10, 12, 9], [5.5, 6.1, 5.9],
         [0.8, 0.7, 0.9]),
    ],
)  # fmt: skip
def test_anova_from_summary_statistics(question, sizes, means, sds):
    out = _ask(question)
    assert out["mode"] == "anova" and out["result"]["test"] == "one-way ANOVA from summary statistics"
    assert out["result"]["p_value"] == pytest.approx(_summary_p(sizes, means, sds), rel=1e-8)
    assert out["result"]["df"] == [len(sizes) - 1, sum(sizes) - len(sizes)]
    assert out["confidence"] >= 0.9


def test_two_groups_listed_as_summaries_are_a_t_test_not_two_samples():
    out = _ask("two groups n = 10 each, means 5.1, 5.6, sds 0.4, 0.5. t-test p-value?")
    want = stats.ttest_ind_from_stats(5.1, 0.4, 10, 5.6, 0.5, 10, equal_var=False)
    assert out["result"]["p_value"] == pytest.approx(want.pvalue, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    ["means 10.2 11.0 12.1, sd 1.1 0.9 1.3, anova", "means 10.2, 11.0, 12.1; sds 1.1, 0.9, 1.3; n = 15 in total"],
)
def test_summaries_without_each_groups_size_are_refused(question):
    with pytest.raises(PlanError, match="each group's n"):
        group_summaries(question)
    assert not _ask(question)["answered"]


def test_a_single_n_is_every_groups_size():
    found = group_summaries("means: 10.2, 11.0, 12.1; standard deviations: 1.1, 0.9, 1.3; n = 5")
    assert found == {"n": ["5"] * 3, "mean": ["10.2", "11.0", "12.1"], "sd": ["1.1", "0.9", "1.3"]}


# ---- sample size for a margin of error --------------------------------------------------------------------
def _z(conf: float) -> float:
    return float(stats.norm.ppf(1 - (1 - conf) / 2))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("sample size needed to estimate a mean to within +/- 0.5 mm at 95% confidence, sigma known = 2 mm",
         math.ceil((_z(0.95) * 2 / 0.5) ** 2)),
        ("how many parts to estimate the mean within +/-0.5 mm with a 95% CI, sd=2 mm (z-based)",
         math.ceil((_z(0.95) * 2 / 0.5) ** 2)),
        ("how large a sample to estimate average fill weight within 0.2 g at 99% confidence? population sd 0.9 g",
         math.ceil((_z(0.99) * 0.9 / 0.2) ** 2)),
        ("we want the 90% CI half-width for the mean diameter to be 0.05 mm; sigma = 0.2 mm. n?",
         math.ceil((_z(0.90) * 0.2 / 0.05) ** 2)),
        ("sample size to estimate defect rate within ±2% at 95% conf, expect p≈0.10",
         math.ceil(_z(0.95) ** 2 * 0.1 * 0.9 / 0.02**2)),
        ("how many voters to survey for a margin of error ±4% at 95% confidence if we expect about 30% support?",
         math.ceil(_z(0.95) ** 2 * 0.3 * 0.7 / 0.04**2)),
        ("what sample size gives a margin of error of 3 percentage points at 95% confidence for a proportion?",
         math.ceil(_z(0.95) ** 2 * 0.25 / 0.03**2)),
    ],
)  # fmt: skip
def test_sample_size_for_a_margin_of_error(question, want):
    out = _ask(question)
    assert out["mode"] == "sample_size" and out["result"]["n"] == want
    assert out["confidence"] >= 0.9


def test_no_expected_proportion_is_said():
    out = _ask("what sample size gives a margin of error of 3 percentage points at 95% confidence for a proportion?")
    assert any("p = 0.5" in c for c in out["caveats"])


def test_t_based_precision():
    plan = plan_precision("sample size to estimate mean within 0.5 with 95% confidence using the t distribution, sd 2")
    assert plan.text.endswith('method="t"') and plan.facts["method"] == "t"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("margin of error at 95% confidence of 3%", ("3", True)),
        ("to within +/- 0.5 mm at 95%", ("0.5", False)),
        ("margin of error 0.03", ("0.03", False)),
        ("within 95% confidence", None),
    ],
)
def test_margin(text, found):
    got = margin(text)
    assert (got[:2] if got else None) == found


def test_a_percent_margin_of_a_mean_is_refused():
    with pytest.raises(PlanError, match="relative"):
        plan_precision("how many to estimate the mean within 2%, sd 3")


def test_a_power_question_still_needs_the_power():
    assert "power" in _ask("sample size per group to detect a difference of 2 with sd 4")["answer"]


# ---- an exact binomial test is a test ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "x", "n", "p0", "side"),
    [
        ("4 defective out of 50 inspected. exact binomial test, one-sided, is the defect rate above 2%?",
         4, 50, 0.02, "greater"),
        ("4 defectives in n=50, H0: p=0.02 vs p > 0.02, exact binomial test. p-value?", 4, 50, 0.02, "greater"),
        ("is the defect rate above 2%? 4 defective out of 50, exact test", 4, 50, 0.02, "greater"),
        ("out of 120 units 3 failed; exact binomial test of whether the failure rate is below 8%, one-sided",
         3, 120, 0.08, "less"),
        ("n=60 parts, 5 defective. exact binomial test H0: p = 0.03, H1: p > 0.03", 5, 60, 0.03, "greater"),
        ("binomial test p-value for 7 successes in 10 trials with p0 = 0.5, two-sided", 7, 10, 0.5, "two-sided"),
    ],
)  # fmt: skip
def test_exact_binomial_test(question, x, n, p0, side):
    out = _ask(question)
    assert out["mode"] == "hypothesis_test" and out["result"]["test"] == "exact binomial test"
    assert out["result"]["p_value"] == pytest.approx(stats.binomtest(x, n, p0, alternative=side).pvalue, rel=1e-9)
    assert out["confidence"] >= 0.9


@pytest.mark.parametrize(
    "question",
    ["4 defectives in n=50, H0: p=0.02 vs p > 0.02, exact binomial test. p-value?",
     "binomial test: 9 successes in 20 trials, H0 p = 0.3", "p-value of 4 defectives in 50 when p = 0.02"],
)  # fmt: skip
def test_the_probability_planner_does_not_answer_a_test(question):
    with pytest.raises(PlanError, match="hypothesis test"):
        plan_probability(question)


def test_probabilities_are_still_probabilities():
    assert _ask("probability of exactly 3 heads in 10 coin tosses")["result"] == pytest.approx(
        stats.binom.pmf(3, 10, 0.5)
    )


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("4 defectives in n=50", [("4", "50")]),
        ("6 rejects in a sample of 80", [("6", "80")]),
        ("out of 120 units 3 failed", [("3", "120")]),
        ("50 parts inspected, 4 defective", [("4", "50")]),
        ("200 were tested and 7 failed", [("7", "200")]),
        ("n = 16, mean 10.6", []),
    ],
)
def test_count_pairs_either_way_round(text, pairs):
    assert count_pairs(text) == pairs


@pytest.mark.parametrize(
    ("question", "mu", "side"),
    [
        ("H0: p = 0.02 vs p > 0.02", "0.02", "greater"),
        ("H0: mu = 10 versus mu < 10", "10", "less"),
        ("test against p != 0.5", "0.5", "two-sided"),
        ("is the defect rate above 2%?", "0.02", "greater"),
        ("is the rate below 10 percent?", "0.1", "less"),
    ],
)
def test_alternative_after_versus_and_percent_values(question, mu, side):
    assert alternative(question, 1, mu) == side


# ---- met while writing the suite's items for this round ---------------------------------------------------
def test_summaries_with_words_between_are_read_and_unread_ones_are_not_data():
    out = _ask("compare 4 machines from their summaries: sizes 8, 10, 9, 8; average diameters 25.02, 25.06, 24.99, "
               "25.03 mm; standard deviations 0.04, 0.05, 0.03, 0.04 mm. ANOVA p-value?")  # fmt: skip
    want = _summary_p([8, 10, 9, 8], [25.02, 25.06, 24.99, 25.03], [0.04, 0.05, 0.03, 0.04])
    assert out["result"]["p_value"] == pytest.approx(want, rel=1e-8)
    refused = _ask("three machines: the average is 5.1 5.3 5.6 and the spread (sd) 0.2 0.3 0.2 with 5 parts")
    assert not refused["answered"] or refused["confidence"] < 0.5


def test_the_hypothesised_proportion_from_h1_or_a_claim():
    out = _ask("a supplier claims at most 1% defectives; we found 3 defective in 80 parts. exact binomial test, "
               "H1: p > 0.01, p-value?")  # fmt: skip
    assert out["result"]["p_value"] == pytest.approx(stats.binomtest(3, 80, 0.01, alternative="greater").pvalue)


def test_how_many_to_a_confidence_interval_within_a_margin_is_a_sample_size():
    out = _ask("how many shafts must we measure so that a 99% confidence interval for the mean diameter is within "
               "±0.01 mm? the process sigma is 0.03 mm")  # fmt: skip
    assert out["mode"] == "sample_size" and out["result"]["n"] == math.ceil((_z(0.99) * 0.03 / 0.01) ** 2)


def test_raw_groups_that_mention_a_standard_deviation_are_still_data():
    out = _ask(
        "compare mean strength of suppliers A 10 12 11, B 14 15 13, C 11 10 12, assume equal standard deviations"
    )
    want = stats.f_oneway([10, 12, 11], [14, 15, 13], [11, 10, 12])
    assert out["result"]["p_value"] == pytest.approx(want.pvalue, rel=1e-9)


def test_a_level_in_percent_words_and_counts_among_a_sample():
    out = _ask("estimate the mean within 0.5 units with 99 percent confidence, sigma 2: sample size?")
    assert out["result"]["n"] == math.ceil((_z(0.99) * 2 / 0.5) ** 2)
    assert count_pairs("4 defectives among 50 sampled parts") == [("4", "50")]
