"""Hypothesis tests and ANOVAs as people write them (task t2): a one-way ANOVA from summary statistics with the
size written after the lists ("0.7, 6 bottle rolls each"), as a count per group ("10 coupons per supplier"), or
with the groups named before the means ("the mean yields for catalysts A, B, C were ..."); a 2x2 table written a
group at a time with the label right before its counts ("X 182 on time / 18 late, Y 160 on time / 30 late");
a goodness-of-fit test of counts written one per label ("loom 1 = 34, loom 2 = 41, ...").

Convention for a 2x2 table of two groups: a question whether the rates differ is answered by Pearson's chi-square
test of independence without continuity correction (equal to the pooled two-proportion z test's p-value), with
Yates' correction when the question asks for it, and by the pooled two-proportion z test when the question names a
z test (its successes are the column whose rate is asked). A direction asked of such a table is declined: the
table does not say which group is which in the comparison.

References: the F ratio from its sums of squares with scipy's F distribution, scipy chi2_contingency and
chisquare, statsmodels proportions_ztest."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.proportion import proportions_ztest

from tests.reason.answers import confident, declined


def _summary_anova(means: list[float], sds: list[float], n: int) -> tuple[float, float]:
    """(F, p) of a classic one-way ANOVA of groups of ``n`` each from their means and sds, by the sums of squares."""
    means_, sds_ = np.array(means), np.array(sds)
    k, grand = len(means_), means_.mean()
    between = n * ((means_ - grand) ** 2).sum() / (k - 1)
    within = ((n - 1) * sds_**2).sum() / (k * (n - 1))
    f = between / within
    return f, stats.f.sf(f, k - 1, k * (n - 1))


@pytest.mark.parametrize(
    ("question", "means", "sds", "n"),
    [
        ("Means: 12.1, 12.8, 13.4; standard deviations: 0.6, 0.5, 0.7, 6 bottle rolls each. Do the three lines "
         "differ at alpha 0.05?", [12.1, 12.8, 13.4], [0.6, 0.5, 0.7], 6),
        ("Means 12.1, 12.8, 13.4; standard deviations 0.6, 0.5, 0.7; 6 bottle rolls each. Do the three lines differ "
         "at alpha 0.05?", [12.1, 12.8, 13.4], [0.6, 0.5, 0.7], 6),
        ("Three fillers: means 250.2, 251.0, 249.6 mL, SDs 1.2, 0.9, 1.4, 10 bottles per filler. Is there a "
         "difference at the 5% level?", [250.2, 251.0, 249.6], [1.2, 0.9, 1.4], 10),
        ("Lines A, B and C had mean torque 41.2, 43.0 and 42.1 N·m with standard deviations 1.1, 1.4 and 0.9 "
         "respectively, n = 8 per line. Do the lines differ?", [41.2, 43.0, 42.1], [1.1, 1.4, 0.9], 8),
        ("Three suppliers gave mean strengths of 310, 318 and 305 MPa, with SDs of 9, 11 and 8 respectively; 10 "
         "coupons per supplier. Do the suppliers differ at alpha = 0.01?", [310, 318, 305], [9, 11, 8], 10),
        ("The mean yields for catalysts A, B, C were 78.2, 80.1 and 79.0 with standard deviations 2.1, 1.8 and 2.4 "
         "respectively (n = 6 each). Is there a significant difference?", [78.2, 80.1, 79.0], [2.1, 1.8, 2.4], 6),
    ],
)  # fmt: skip
def test_summary_anova(question, means, sds, n):
    out = confident(question, "anova")
    f, p = _summary_anova(means, sds, n)
    assert out.result["statistic"] == pytest.approx(f, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-6)


_ON_TIME = [[182, 18], [160, 30]]


@pytest.mark.parametrize(
    ("question", "table", "yates"),
    [
        ("X 182 on time / 18 late, Y 160 on time / 30 late. Is on-time rate different?", _ON_TIME, False),
        ("Carrier X: 182 on time / 18 late; carrier Y: 160 on time / 30 late. Is the on-time rate different?",
         _ON_TIME, False),
        ("Supplier X had 182 on-time and 18 late deliveries, supplier Y had 160 on-time and 30 late. Is the on-time "
         "rate different?", _ON_TIME, False),
        ("X 182 on time / 18 late, Y 160 on time / 30 late. Is on-time rate different? Use the continuity "
         "correction.", _ON_TIME, True),
        ("Plant A 95 pass / 5 fail, plant B 88 pass / 12 fail. Do the pass rates differ? Use a chi-square test with "
         "Yates correction.", [[95, 5], [88, 12]], True),
        ("Day shift 45 good, 5 bad; night shift 38 good, 12 bad. Is the defect rate different between shifts?",
         [[45, 5], [38, 12]], False),
    ],
)  # fmt: skip
def test_two_by_two_written_a_group_at_a_time(question, table, yates):
    out = confident(question, "hypothesis_test")
    chi2, p, _, _ = stats.chi2_contingency(np.array(table), correction=yates)
    assert out.result["statistic"] == pytest.approx(chi2, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "successes", "n"),
    [
        ("Group X 182 on time / 18 late, group Y 160 on time / 30 late. Is the on-time rate different? Use a "
         "two-proportion z test.", [182, 160], [200, 190]),
        ("Plant A 95 pass / 5 fail, plant B 88 pass / 12 fail. Is the fail rate different? Use a z-test.",
         [5, 12], [100, 100]),
    ],
)  # fmt: skip
def test_two_by_two_with_a_z_test_named(question, successes, n):
    out = confident(question, "hypothesis_test")
    z, p = proportions_ztest(np.array(successes), np.array(n))
    assert out.result["statistic"] == pytest.approx(z, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-9)


def test_a_direction_asked_of_a_table_is_declined():
    declined("X 182 on time / 18 late, Y 160 on time / 30 late. Is X's on-time rate higher than Y's? Use a "
             "two-proportion z test.")  # fmt: skip
    declined("Plant A 95 pass / 5 fail, plant B 88 pass / 12 fail, plant C 80 pass / 20 fail. Two-proportion z test?")


@pytest.mark.parametrize(
    ("question", "counts", "expected"),
    [
        ("loom 1 = 34, loom 2 = 41, loom 3 = 25, loom 4 = 40; are defects equally likely across looms?",
         [34, 41, 25, 40], None),
        ("Defects by loom: loom 1 = 34, loom 2 = 41, loom 3 = 25, loom 4 = 40. Are defects equally likely across "
         "looms?", [34, 41, 25, 40], None),
        ("Mon = 22, Tue = 18, Wed = 25, Thu = 15, Fri = 20 breakdowns. Are breakdowns uniformly distributed over "
         "the weekdays?", [22, 18, 25, 15, 20], None),
        ("Machine A: 30, machine B: 45, machine C: 25 rejects. Is the reject count the same for every machine?",
         [30, 45, 25], None),
        ("loom 1 = 34, loom 2 = 41, loom 3 = 25, loom 4 = 40, expected counts 30 30 40 40. Goodness of fit?",
         [34, 41, 25, 40], [30, 30, 40, 40]),
    ],
)  # fmt: skip
def test_goodness_of_fit_of_labelled_counts(question, counts, expected):
    out = confident(question, "hypothesis_test")
    chi2, p = stats.chisquare(counts, expected)
    assert out.result["statistic"] == pytest.approx(chi2, rel=1e-9)
    assert out.result["p_value"] == pytest.approx(p, rel=1e-9)


def test_expected_ratio_read():
    # the ratio is now read (f45): the expected counts are its shares of the total, 50 : 25 : 25
    out = confident("Observed: A = 50, B = 30, C = 20; expected ratio 2:1:1. Goodness of fit at alpha 0.05?")
    assert out.result["p_value"] == pytest.approx(stats.chisquare([50, 30, 20], [50, 25, 25]).pvalue, rel=1e-9)
