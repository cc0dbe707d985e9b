"""Every bad-input path exits 2 with a message that names the problem."""

from __future__ import annotations

import pytest

CSV = {"t.csv": "y,g,label\n1.5,a,x\n2.5,a,y\n3.1,b,oops\n2.2,b,z\n"}


@pytest.mark.parametrize(
    "text,message",
    [
        ("test ttest [1, 2, 3] mu=1 tails=2", "unknown argument 'tails'"),
        ("fit regression y ~ g conf=0.9 level=2", "unknown argument 'level'"),
        ('data "t.csv"\ntest ttest label', "column 'label' is not numeric: row 1"),
        ('data "t.csv"\nfit regression y ~ label', "column 'label' is not numeric"),
        ("test ttest [1, 2, 3] [4, 5] paired=true", "mismatched lengths"),
        ("test wilcoxon [1, 2, 3] [4, 5]", "mismatched lengths"),
        ("test chisquare [10, 20] expected=[15, 10, 5]", "mismatched lengths: 2 observed counts, 3 expected"),
        ("test chisquare [10, 20] expected=[15, 10]", "expected counts add up to 25 but the observed counts to 30"),
        ("test ttest [1]", "too few observations"),
        ("test shapiro [1, 2]", "too few observations"),
        ("test anova groups=[[1], [2]]", "too few observations"),
        ("fit regression y ~ x\nlet z = 1", "'y' is not defined"),
        ("let x = [1, 2]\nlet y = [3, 4]\nfit regression y ~ x", "too few observations"),
        ("let x = [1, 2, 3]\nlet y = [1, 2]\nfit regression y ~ x", "mismatched lengths"),
        (
            "let x = [1, 2, 3, 4]\nlet y = [1, 3, 2, 5]\nfit regression y ~ x + x^0",
            "a power in a formula must be a whole number",
        ),
        (
            "let x = [1, 2, 3, 4]\nlet y = [1, 3, 2, 5]\nlet z = [2, 4, 6, 8]\nfit regression y ~ x + z",
            "term 'z' is a linear combination",
        ),
        ("let x = [1, 2, 3]\nfit regression x ~ log(x)", "not a model term"),
        ('test ttest [1, 2, 3] alternative="sideways"', "unknown alternative 'sideways'"),
        ("power ttest d=0.5", "give exactly two of n="),
        ("interval proportion successes=50 n=40", "successes (50) cannot exceed n (40)"),
        ('data "t.csv"\ntest anova y by g, label', "has no observations"),
        ("test ttest", "needs one or two samples"),
        ("test ttest [1, 2, 3] n=3 mean=2 sd=1", "give the samples or summary statistics, not both (n=)"),
        ("test ttest n=16 mean=10.6", "needs n=, mean= and sd= (missing sd=)"),
        ("test ttest n=[12, 15] mean=[20.1, 18.7] sd=2.2", "all be one number, or all lists of two"),
        ("test ttest n=[12, 15, 9] mean=[1, 2, 3] sd=[1, 1, 1]", "n= takes one number (one sample) or a list of two"),
        ("test ttest n=16 mean=10.6 sd=0 mu=10", "sd must be positive"),
        ("test ttest n=16 mean=10.6 sd=1.2 paired=true", "paired= needs the raw pairs"),
        ("test proportion n=200", "missing successes="),
        ("test proportion successes=[18, 31] n=[200]", "both be one count or both lists of two"),
        ("test proportion successes=250 n=200", "successes (250) must lie between 0 and n (200)"),
        ("test proportion successes=18.5 n=200", "successes= takes one whole count or a list of two"),
        ("test proportion successes=18 n=200 p0=1.5", "p0 must lie between 0 and 1"),
        ("test proportion successes=[18, 31] n=[200, 210] p0=0.1", 'p0= and method="exact" are for one sample'),
        ('power proportion h=0.2 power=0.8 method="pooled"', 'method="pooled" needs both proportions'),
        (
            'power proportion p1=0.1 p2=0.15 n=100 power=0.8 method="pooled"',
            "give exactly two of n=, the effect and power=",
        ),
        ('power proportion p1=0.1 p2=0.15 power=0.8 method="cohen"', "unknown method 'cohen'"),
    ],
)
def test_error_exits_2_naming_the_problem(run_study, text, message):
    run = run_study(text + "\n", files=CSV)
    assert run.exit_code == 2, run.stdout
    assert message in run.stderr, run.stderr
