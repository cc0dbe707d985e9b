"""What a test question states besides its data: the alternative, summary statistics, counts; and
matrices written as rows or columns of tuples."""

from __future__ import annotations

import pytest

from plugins.api.prose import matrix_rows
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_hypotheses import alternative, count_pairs, summary_statistics


@pytest.mark.parametrize(
    ("question", "samples", "mu", "side"),
    [
        ("H0: mu = 10 vs H1: mu > 10", 1, "10", "greater"),
        ("H1: mu1 < mu2, two samples", 2, None, "less"),
        ("Ha: p != 0.5", 1, "0.5", "two-sided"),
        ('alternative="less"', 2, None, "less"),
        ("upper-tailed test of a proportion", 1, "0.05", "greater"),
        ("is the mean greater than 5?", 1, "5", "greater"),
        ("does the line run below the target 12.0?", 1, "12.0", "less"),
        ("one-sided test: did the yield increase?", 1, "80", "greater"),
        ("compare the two lines", 2, None, "two-sided"),
        ("is A greater than B (two samples)", 2, None, "two-sided"),  # no 'one-sided': the usual two-sided test
    ],
)
def test_alternative(question, samples, mu, side):
    assert alternative(question, samples, mu) == side


@pytest.mark.parametrize("question", ["one-sided test: is line A faster than line B?", "one-tailed, mean of 10 11 12"])
def test_a_one_sided_test_without_a_direction_is_refused(question):
    with pytest.raises(PlanError, match="direction"):
        alternative(question, 2 if "line B" in question else 1)


def test_summary_statistics_in_the_order_written():
    one = summary_statistics("n = 16, sample mean 10.6, s = 1.2, H0: mu = 10")
    assert one == {"n": ["16"], "mean": ["10.6"], "sd": ["1.2"]}
    two = summary_statistics("A: n=12, mean 20.1, sd 2.2; B: n=15, mean 18.7, sd 2.9")
    assert two == {"n": ["12", "15"], "mean": ["20.1", "18.7"], "sd": ["2.2", "2.9"]}
    assert summary_statistics("n = 16, mean 10.6") is None  # no sd
    assert summary_statistics("A: n=12, mean 20.1, sd 2.2; B: n=15, mean 18.7") is None  # uneven


def test_count_pairs():
    assert count_pairs("A: 18 defectives out of 200; B: 31 of 210.") == [("18", "200"), ("31", "210")]
    assert count_pairs("12/80 passed") == [("12", "80")]
    assert count_pairs("3 of 2 machines") == []  # more successes than trials is not a count


def test_matrix_rows_from_tuples_and_columns():
    assert matrix_rows("det of rows (2,-1,0), (-1,2,-1), (0,-1,2)") == [
        ["2", "-1", "0"],
        ["-1", "2", "-1"],
        ["0", "-1", "2"],
    ]
    assert matrix_rows("inverse of the matrix with columns (1, 3) and (2, 4)") == [["1", "2"], ["3", "4"]]
    assert matrix_rows("rows (1, 2), (3, 4, 5)") is None  # ragged
