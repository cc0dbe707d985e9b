"""Task w4: factors counted by a plural noun in a product ("× two cultivars"), replication said of every cell,
a difference in a unit with a slash ("0.3 t/ha"), "normal (z) approximation", a "target window" as the
specification, and a numbered table of people ("athlete pre post") with its difference written anywhere."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

FACTORIAL = "full factorial: N rate at three levels × irrigation at three levels × two cultivars, {}. how many plots?"


@pytest.mark.parametrize(
    "replication",
    ["whole thing replicated twice", "the whole design run twice", "in duplicate", "two replicates of everything"],
)
def test_counted_factor_and_replicates(replication: str) -> None:
    right_value(FACTORIAL.format(replication), 3 * 3 * 2 * 2, "design", key="runs")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("three temperatures x two catalysts x four pressures, full factorial, replicated twice. how many runs?", 48),
        (
            "full factorial of 3 sowing dates by 2 cultivars by 2 seed rates, whole experiment done twice. how many "
            "plots?",
            24,
        ),  # fmt: skip
        ("3 sowing dates x 2 cultivars full factorial, each combination appears twice. how many plots?", 12),
        ("3 sowing dates x 2 cultivars full factorial with two plots of each combination. how many plots?", 12),
    ],
)
def test_counted_factors_and_cell_replication(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


def test_replication_without_count_is_not_confident() -> None:
    declined(FACTORIAL.format("replicated"))


def _n_z(delta: float, sd: float, alpha: float = 0.05, power: float = 0.8) -> int:
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * z**2 * (sd / delta) ** 2)


@pytest.mark.parametrize(
    "question",
    [
        "Trial protocol: we want to detect a 0.3 t/ha difference in mean yield between two seed treatments. "
        "Plot-to-plot SD assumed 0.5 t/ha, two-sided α = 0.05, power 80%. Using the normal (z) approximation, how "
        "many plots per treatment?",
        "We need to detect a 0.3 t/ha difference in mean yield between two fertilisers; SD 0.5 t/ha, alpha 0.05 "
        "two-sided, 80% power, normal approximation. Plots per fertiliser?",
        "How many plots per treatment to detect a difference of 0.3 t/ha between two treatments with sd 0.5 t/ha, "
        "alpha = 0.05, power 0.8, z approximation?",
    ],
)
def test_sample_size_slash_unit(question: str) -> None:
    right_value(question, _n_z(0.3, 0.5), "sample_size", key="n")


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        (
            "Target superheat window is 8 to 14 °F on these TXV systems. Process mean 10.2 °F, within-subgroup "
            "σ = 0.8 °F. Cpk?",
            8,
            14,
            10.2,
            0.8,
        ),  # fmt: skip
        (
            "Target window 8-14 °F for superheat; the process averages 10.2 °F with sigma 0.8 °F. Compute Cpk.",
            8,
            14,
            10.2,
            0.8,
        ),  # fmt: skip
        ("The target range for fill weight is 495 to 505 g. Mean 501 g, sd 1.2 g. What is Cpk?", 495, 505, 501, 1.2),
    ],
)
def test_cpk_target_window(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="cpk")


PRE = [38.2, 41.5, 35.9, 44.0, 39.7, 42.3, 36.8, 40.1]
POST = [40.1, 42.0, 37.5, 45.2, 39.5, 44.6, 38.9, 41.0]


def _table(title: str, header: str, first: list[float], second: list[float], ask: str) -> str:
    rows = "\n".join(f"{i} {a} {b}" for i, (a, b) in enumerate(zip(first, second, strict=True), 1))
    return f"{title}\n{header}\n{rows}\n{ask}"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            _table(
                "CMJ jump height (cm), same 8 athletes before and after the 6-wk plyo block",
                "athlete pre  post",
                PRE,
                POST,
                "paired t-test on the differences (post − pre): what's the t statistic?",
            ),
            stats.ttest_rel(POST, PRE).statistic,
        ),  # fmt: skip
        (
            _table(
                "Resting HR of 6 participants before and after training",
                "participant before after",
                [72, 80, 65, 77, 70, 74],
                [68, 75, 66, 70, 69, 71],
                "paired t test (after minus before): t?",
            ),
            stats.ttest_rel([68, 75, 66, 70, 69, 71], [72, 80, 65, 77, 70, 74]).statistic,
        ),  # fmt: skip
        (
            _table(
                "same 5 rats, weights (g) before and after the diet",
                "rat pre post",
                [310, 295, 330, 305, 288],
                [322, 301, 335, 318, 290],
                "paired t-test: t statistic for post - pre?",
            ),
            stats.ttest_rel([322, 301, 335, 318, 290], [310, 295, 330, 305, 288]).statistic,
        ),  # fmt: skip
    ],
)
def test_paired_table_numbered_people(question: str, want: float) -> None:
    right_value(question, want, "hypothesis_test", key="statistic")
