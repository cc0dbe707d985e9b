"""Sample sizes asked in planning words ("how many bottles should we sample", "how many pairs do we need", "what n",
"required sample size") with a power and no data lists: routed to the sample-size planner whatever test they name,
the effect read from an expected mean against the value it is compared with or from an expected difference, the
design from its words and the side from ``sidedness``. References: statsmodels ``solve_power`` rounded up."""

from __future__ import annotations

import math

import pytest
from statsmodels.stats.power import NormalIndPower, TTestIndPower, TTestPower
from statsmodels.stats.proportion import proportion_effectsize

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import asked_quantity_check, method_check
from plugins.api.prose import asks_sample_size
from plugins.api.reasoning import Plan, PlanError
from plugins.stats.reasoning_power import expected_mean, stated_design
from tests.reason.answers import confident, declined


def _n(engine, effect: float, power: float, side: str = "two-sided", **options) -> int:
    """statsmodels' sample size rounded up."""
    return math.ceil(
        engine.solve_power(effect_size=effect, power=power, alpha=0.05, alternative=side, **options) - 1e-9
    )


FILL = ("We need to show the mean fill volume exceeds 500 ml. We expect the true mean is 502 ml with an sd of 5 ml. "
        "One-sample t-test, one-sided alpha 0.05, 80% power: how many bottles should we sample?")  # fmt: skip
PAIRS = ("Paired before/after study on the same fixtures: we expect a mean difference of 1.2 um and the SD of the "
         "differences is 2.0 um. Alpha 5% two-sided, power 80%. How many pairs do we need?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want", "words"),
    [
        (FILL, _n(TTestPower(), 2 / 5, 0.8, "larger"), "n = 41 ("),
        (PAIRS, _n(TTestPower(), 0.6, 0.8), "n = 24 pairs"),
        ("how many specimens must we test to have 90% power to detect a 5 MPa drop, sd 8",
         _n(TTestIndPower(), 5 / 8, 0.9), "per group"),
        ("what sample size gives 80% power for a difference of 0.3 between two lines, sigma 0.5",
         _n(TTestIndPower(), 0.6, 0.8), "n = 45 per group"),
        ("how many coupons should we test to show the mean hardness is above 60 HRC? expected mean 61.5, sd 2.5, "
         "power 80%, alpha 0.05, one-sided", _n(TTestPower(), 1.5 / 2.5, 0.8, "larger"), "one-sided"),
        ("We must show the mean impurity is no more than 12 ppm; we expect the true mean is 11 ppm with sd 2 ppm. "
         "90% power, alpha 0.05: how many lots should we test?", _n(TTestPower(), 0.5, 0.9, "larger"), "one-sided"),
        ("We expect the true mean is 502 ml (vs 500 claimed), sd 5. Two-sided alpha 0.05, 90% power: what n?",
         _n(TTestPower(), 0.4, 0.9), "n = "),
        ("sample size needed to detect an expected mean of 10.4 vs a target of 10.0, sigma 0.8, 90% power, one-sample",
         _n(TTestPower(), 0.5, 0.9), "n = "),
        ("Required sample size for a paired t-test: expected difference 1.2, sd of the differences 2.0, power 80%, "
         "alpha 0.05", _n(TTestPower(), 0.6, 0.8), "pairs"),
        ("two-sample t-test: we expect the new mean is 502 vs the current 500, sd 5, 80% power, how many per group?",
         _n(TTestIndPower(), 0.4, 0.8), "per group"),
    ],
)  # fmt: skip
def test_planning_questions_are_sample_sizes(question, want, words):
    out = confident(question, "sample_size")
    assert out.result["n"] == want and words in out.answer
    assert all(check["passed"] for check in out.to_dict()["checks"])


def test_the_audit_recomputes_the_expected_mean_effect():
    checks = {c["name"]: c for c in confident(FILL, "sample_size").to_dict()["checks"]}
    assert checks["statsmodels solve_power (larger, rounded up)"]["detail"] == "engine 41, statsmodels 41"
    assert checks["effect = |expected mean - compared value| / sd"]["passed"]


@pytest.mark.parametrize(
    ("question", "want", "per_group"),
    [
        ("how many parts to inspect to detect a defect rate of 3% vs 1%, 80% power",
         _n(NormalIndPower(), abs(proportion_effectsize(0.03, 0.01)), 0.8), True),
        ("one-sample test: how many parts should we inspect to detect a defect rate of 3% vs the historical 1%, 80% "
         "power?", _n(NormalIndPower(), abs(proportion_effectsize(0.03, 0.01)), 0.8, ratio=0), False),
    ],
)  # fmt: skip
def test_proportion_sample_sizes_by_design(question, want, per_group):
    """Two groups unless the question says one sample (then p0 is the rate after "vs"); an unnamed design is said."""
    out = confident(question, "sample_size")
    assert out.result["n"] == want and ("per group" in out.answer) == per_group
    assert any(c.startswith("assumed two independent groups") for c in out.caveats) == per_group


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Show the mean strength is at least 250 MPa. We expect the true mean is 245 MPa, sigma 12. One-sided, power "
         "90%: how many specimens should we test?", "the other way"),
        ("One-sample t-test, 80% power: we expect the true mean is 502 ml, sd 5 ml. How many bottles should we sample?",
         "compared with"),
        ("we expect the true mean is 500 ml vs a target of 500, sd 5, 80% power: how many bottles should we sample?",
         "no effect"),
        ("paired design, how many pairs do we need to detect a defect rate of 3% vs 1% with 80% power?", "McNemar"),
        ("two-sample t-test on paired data: how many pairs do we need for 80% power, effect size 0.5?", "name one"),
    ],
)  # fmt: skip
def test_unreadable_planning_questions_are_declined(question, said):
    assert said in declined(question)


def test_data_keep_pointing_to_a_test_and_a_sample_size_asked_of_one_is_flagged():
    """A sample size asked beside measurements is declined (no sd is stated for it) or, answered by a test, flagged."""
    out = reason("before 10.1 10.4 9.9 10.2 10.5, after 10.3 10.6 10.0 10.5 10.8: paired t-test. how many pairs do we "
                 "need for 80% power to detect a mean difference of 0.1?")  # fmt: skip
    assert not out.answered or out.confidence < 0.5  # declined for want of the sd, or a test flagged
    if out.answered:
        assert not next(c for c in out.checks if c["name"] == "the answer is of the kind the question asks for")[
            "passed"
        ]
    assert reason("paired t-test: before 10.1 10.4 9.9 10.2 10.5, after 10.3 10.6 10.0 10.5 10.8").mode == (
        "hypothesis_test"
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("how many bottles should we sample? 80% power", True),
        ("How many pairs do we need for 90% power", True),
        ("how many parts to inspect to detect a 3% defect rate", True),
        ("what n gives 80% power", True),
        ("required sample size for 80% power", True),
        ("sample size needed to detect a shift of 2", True),
        ("how many runs in a 2^(6-2) fractional factorial?", False),
        ("how many pairs do we need?", False),  # no power, effect or expected value
        ("sample size 25, mean 52.3, sd 4: test whether mu = 50", False),
    ],
)
def test_planning_words(text, asked):
    assert asks_sample_size(text) == asked


@pytest.mark.parametrize(
    ("text", "design"),
    [
        ("paired before/after study on the same fixtures", "paired"),
        ("the sd of the differences is 2", "paired"),
        ("one-sample t-test", "one-sample"),
        ("a one-sample t-test of the paired differences", "paired"),
        ("a difference of 0.3 between two lines", "two-sample"),
        ("how many per group", "two-sample"),
        ("detect a 5 MPa drop", None),
    ],
)
def test_stated_design(text, design):
    assert stated_design(text) == design


def test_two_groups_and_pairs_named_is_an_error():
    with pytest.raises(PlanError):
        stated_design("two-sample t-test of paired data")


@pytest.mark.parametrize(
    ("text", "mean"),
    [
        ("we expect the true mean is 502 ml", "502"),
        ("expected mean of 10.4", "10.4"),
        ("the process mean is expected to be 10.3 mm", "10.3"),
        ("a true average of 61.5", "61.5"),
        ("we expect a mean difference of 1.2", None),
    ],
)
def test_expected_mean(text, mean):
    found = expected_mean(text)
    assert (found[0] if found else None) == mean


def test_one_and_two_samples_named_are_methods_the_plan_must_follow():
    two = Plan("sample_size", "power ttest d=0.5 power=0.8", {})
    one = Plan("sample_size", 'power ttest design="one-sample" d=0.5 power=0.8', {})
    assert not method_check("one-sample t-test, effect size 0.5, 80% power: what n?", two).passed
    assert method_check("one-sample t-test, effect size 0.5, 80% power: what n?", one).passed
    assert not method_check("two-sample t-test, effect size 0.5, 80% power: what n?", one).passed
    test = Plan("hypothesis_test", "let a = [1, 2, 3]\ntest ttest a mu=2", {})
    assert not asked_quantity_check(FILL, test).passed
