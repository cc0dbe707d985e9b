"""The reading check: a number of the question that the plan leaves out is caught (labels are not values)."""

from __future__ import annotations

import pytest

from havoc_cli.reason.reading import method_check, reading_check, unused_numbers
from plugins.api.reasoning import Plan


@pytest.mark.parametrize(
    ("question", "plan", "unused"),
    [
        # a bound dropped: the misreading the audit cannot see (it recomputes the same cdf)
        ("X normal, mu 100, sigma 15: P(85 < X < 115)?", Plan("probability", "show normal.cdf(115, 100, 15)"), ["85"]),
        ("means 10.1 10.3 9.9, n=4", Plan("hypothesis_test", "let a = [10.1, 10.3, 9.9]\ntest ttest a mu=10"), ["4"]),
        ("machine 1: 10 12 11; machine 2: 14 15 13", Plan("anova", "let a = [10, 12, 11]\nlet b = [14, 15, 13]"), []),
        ("n for 80% power at the 95% level", Plan("sample_size", "power n=? power=0.8 alpha=0.05"), []),
        ("95th percentile of the standard normal", Plan("probability", "show normal.ppf(0.95, 0, 1)"), []),
        ("I-MR limits of 4.2 4.5 4.1", Plan("control_chart", "chart imr", {}, {"v.csv": "value\n4.2\n4.5\n4.1\n"}), []),
        ("at least 3 of 20", Plan("probability", "show binomial.sf(2, 20, 0.1)", {"asked": 3}), []),
        # a list accounts for its size and its total, and a range as wide as it for its ends
        (
            "same 6 operators: 82 75 90 68 77 85 vs 79 73 86 69 72 81",
            Plan(
                "hypothesis_test",
                "",
                {"samples": [["82", "75", "90", "68", "77", "85"], ["79", "73", "86", "69", "72", "81"]]},
            ),
            [],
        ),  # fmt: skip
        (
            "120 rolls: 25 17 15 23 24 16 for faces 1-6.",
            Plan("hypothesis_test", "", {"counts": ["25", "17", "15", "23", "24", "16"]}),
            [],
        ),
        (
            "121 rolls: 25 17 15 23 24 16 for faces 1-7.",
            Plan("hypothesis_test", "", {"counts": ["25", "17", "15", "23", "24", "16"]}),
            ["121", "1", "7"],
        ),  # fmt: skip
    ],
)
def test_unused_numbers(question, plan, unused):
    assert unused_numbers(question, plan) == unused


def test_the_check_fails_and_names_the_number():
    check = reading_check("P(85 < X < 115)", Plan("probability", "show normal.cdf(115, 100, 15)"))
    assert not check.passed and check.detail == "not used: 85"


@pytest.mark.parametrize(
    ("question", "plan_text", "passed"),
    [
        ("pooled two-sample t-test: 1 2 3 vs 4 5 6", "test ttest a b equal_var=true", True),
        ("pooled two-sample t-test: 1 2 3 vs 4 5 6", "test ttest a b", False),  # "pooled" ignored (round 5)
        ("Welch test of 1 2 3 vs 4 5 6", "test ttest a b equal_var=true", False),
        ("one-sided test, H1: mu > 5", 'test ttest a mu=5 alternative="greater"', True),
        ("one-sided sample size for d = 0.5, 80% power", "power ttest d=0.5 power=0.8", False),
        ("with Yates' continuity correction", "test chisquare [[1, 2], [3, 4]]", False),
        ("no continuity correction", "test chisquare [[1, 2], [3, 4]]", True),
        ("no Yates continuity correction", "test chisquare [[1, 2], [3, 4]] correction=true", False),
        ("paired design: sample size for d 0.4", 'power ttest design="paired" d=0.4 power=0.9', True),
    ],
)
def test_method_check(question, plan_text, passed):
    mode = "sample_size" if plan_text.startswith("power") else "hypothesis_test"
    check = method_check(question, Plan(mode, plan_text))
    assert (check.passed if check else None) is passed


def test_the_method_check_leaves_other_modes_alone():
    assert method_check("one-sided 95% critical value of z", Plan("probability", "show normal.ppf(0.95, 0, 1)")) is None
