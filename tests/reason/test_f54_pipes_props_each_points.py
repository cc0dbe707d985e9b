"""Round 54: a paired t-test on a pasted pipe table whose columns are named by time points ("| Lot | T0 | 3M |", the
prose's "after 3 months" naming the column, no value), a two-proportion z test in shop words ("18 bad out of 400",
"2 prop z test", "scrap"), an np or p chart's sample size said after its samples ("20 samples, each of 150
tablets"), and a sample size for a difference of means written in the response's own percent ("a 5% difference in
means, σ ≈ 6%", the response defined in brackets "(% dissolved at 30 min)"). References computed here with scipy;
near misses (three time-point columns, a relative change, no sample size) still decline."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_T0 = [11.2, 10.8, 12.1, 11.5, 10.9, 11.8, 12.4, 11.1]
_M3 = [10.6, 10.5, 11.2, 11.3, 10.1, 11.0, 11.9, 10.8]
_H0 = [50.2, 51.0, 49.8, 50.5, 50.9, 50.1, 49.6]
_H24 = [49.1, 50.2, 49.0, 49.9, 49.7, 49.6, 48.8]


def _pipe_rows(index: str, names: list[str], *columns: list[float]) -> str:
    """A markdown pipe table: a header of the index and the column names, a rule, one row per item numbered 1..n."""
    lines = [f"| {index} | " + " | ".join(names) + " |", "|" + "---|" * (len(names) + 1)]
    lines += [f"| {i} | " + " | ".join(f"{c[i - 1]:g}" for c in columns) + " |" for i in range(1, len(columns[0]) + 1)]
    return "\n".join(lines)


def _paired_p(a: list[float], b: list[float]) -> float:
    """The two-sided paired t-test's p-value."""
    return float(stats.ttest_rel(a, b).pvalue)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Stability study, tablet hardness (kP), same 8 lots tested at T0 and after 3 months at 40 °C/75% RH:\n"
            f"{_pipe_rows('Lot', ['T0', '3M'], _T0, _M3)}\nPaired t-test, two-sided: p-value?",
            _paired_p(_T0, _M3),
        ),
        (
            "Hardness of 6 batches measured at release and after 6 months:\n"
            f"{_pipe_rows('Batch', ['Initial', '6M'], _T0[:6], _M3[:6])}\nPaired t-test, two-sided: p-value?",
            _paired_p(_T0[:6], _M3[:6]),
        ),
        (
            "Same 7 units weighed at 0 h and after 24 hours drying (g):\n"
            f"{_pipe_rows('Unit', ['0h', '24h'], _H0, _H24)}\nPaired t test p-value (two-sided)?",
            _paired_p(_H0, _H24),
        ),
    ],
)
def test_paired_t_on_a_pipe_table_of_time_points(question: str, want: float) -> None:
    right_value(question, want, "hypothesis_test", key="p_value")


def test_three_time_point_columns_still_decline() -> None:
    """Three columns of values: which two to pair is not said."""
    table = _pipe_rows("Lot", ["T0", "3M", "6M"], _T0[:4], _M3[:4], [10.1, 10.2, 11.0, 11.1])
    declined(f"Stability study, same 4 lots at T0 and after 3 months:\n{table}\nPaired t-test, two-sided: p-value?")


def _pooled_z_p(x1: int, n1: int, x2: int, n2: int) -> float:
    """The two-sided p-value of the pooled two-proportion z test, no continuity correction."""
    pooled = (x1 + x2) / (n1 + n2)
    z = (x1 / n1 - x2 / n2) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return float(2 * stats.norm.sf(abs(z)))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "scrap on drum bore op: day shift 18 bad out of 400, nights 31 bad out of 420. 2 prop z test w/ pooled p, "
            "two sided, no continuity correction. p-value?",
            _pooled_z_p(18, 400, 31, 420),
        ),
        (
            "Line A: 12 scrap out of 300 parts, line B: 25 scrap out of 310. Two-proportion z test (pooled), "
            "two-sided, no continuity correction: p-value?",
            _pooled_z_p(12, 300, 25, 310),
        ),
        (
            "week 1 had 9 bad out of 250 and week 2 had 20 bad out of 260; 2-prop z-test, pooled, two-sided: p?",
            _pooled_z_p(9, 250, 20, 260),
        ),
    ],
)
def test_two_proportion_z_in_shop_words(question: str, want: float) -> None:
    right_value(question, want, "hypothesis_test", key="p_value")


def _np_ucl(total: int, samples: int, n: int) -> float:
    """An np chart's 3-sigma UCL from the total defectives of ``samples`` samples of ``n``."""
    p = total / (samples * n)
    return n * p + 3 * math.sqrt(n * p * (1 - p))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Visual defect monitoring (chipped/capped tablets): 20 samples, each of 150 tablets, 84 defective tablets "
            "in total across all samples. np chart with 3-sigma limits — what's the UCL?",
            _np_ucl(84, 20, 150),
        ),
        ("25 lots, each with 200 vials, 90 defective vials in total. np chart: UCL?", _np_ucl(90, 25, 200)),
        (
            "30 subgroups, each containing 100 units, 120 defectives overall. p chart 3-sigma UCL?",
            _np_ucl(120, 30, 100) / 100,
        ),
    ],
)
def test_attribute_chart_size_after_its_samples(question: str, want: float) -> None:
    right_value(question, want, "control_chart", key="ucl")


def test_attribute_chart_without_a_size_declines() -> None:
    """No n: "each of 20 samples" names the samples, not their units."""
    declined("each of 20 samples was checked, 84 defective tablets in total. np chart with 3-sigma limits: UCL?")


def _z_per_group(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    """Per-group n of a two-sided two-sample z test: 2 (z_a/2 + z_b)^2 (sd/delta)^2, rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * z**2 * (sd / delta) ** 2)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Planning a dissolution comparison between two formulations (% dissolved at 30 min). Want to detect a 5% "
            "difference in means, σ ≈ 6% in each group, α = 0.05 two-sided, 90% power. Normal (z) approximation, "
            "equal group sizes. How many tablets per formulation?",
            _z_per_group(5, 6, 0.90),
        ),
        (
            "Two coating processes, response is % weight gain. Detect a 3% difference between the means with sd 4% "
            "per group, alpha 0.05 two-sided, 80% power, z approximation. n per group?",
            _z_per_group(3, 4, 0.80),
        ),
        (
            "We want to detect a 2% mean difference in assay (SD 2.5%), alpha = 0.05, power 90%, two independent "
            "groups, normal approximation. How many per group?",
            _z_per_group(2, 2.5, 0.90),
        ),
    ],
)
def test_sample_size_of_a_difference_in_percent(question: str, want: int) -> None:
    right_value(question, want, "sample_size", key="n")


def test_relative_change_in_percent_still_declines() -> None:
    """A relative change ("a 10% increase in mean yield"): the effect in the response's units is not given."""
    declined("We want to detect a 10% increase in mean yield, sd 6%, alpha 0.05, power 90%, two groups. How many per "
             "group?")  # fmt: skip
