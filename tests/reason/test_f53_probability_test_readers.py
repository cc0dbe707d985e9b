"""Probability and test readers in more wordings: Bayes over sources asked by a bare label ("prob it came from B?" of
"jet dyer A" and "jet B"), a two-sample n from a difference and sd with a unit ("a 10 cN diff", "a 0.5 N difference",
N the newton, not a count), a p chart's n as units received per period ("300 specimens received per day"), a Poisson
rate per a sized piece asked of one piece ("2.4 seedlings per quadrat" in "0.25 m² quadrats") and paired rows by block
("block 1: 62.4, 59.8" / ... paired t-test); references from scipy, computed here."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _posterior(shares: list[float], rates: list[float], i: int) -> float:
    """P(source i | event) by Bayes' theorem."""
    joint = [s * r for s, r in zip(shares, rates, strict=True)]
    return joint[i] / sum(joint)


def _n_z(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    """Per-group n of a two-sample z test, two-sided: 2 (z_{1-a/2} + z_power)^2 (sd/delta)^2 rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * z**2 * (sd / delta) ** 2 - 1e-9)


def _p_ucl(counts: list[int], n: int) -> float:
    """A p chart's upper 3-sigma limit for samples of ``n``."""
    p = sum(counts) / (n * len(counts))
    return p + 3 * math.sqrt(p * (1 - p) / n)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "jet dyer A runs 60% of our lots and 3% of its lots come out off-shade; jet B runs the other 40%, "
            "off-shade rate 8%. a lot is off-shade — prob it came from B?",
            _posterior([0.6, 0.4], [0.03, 0.08], 1),
        ),
        (
            "press 1 makes 70% of the parts with 2% scrap; press 2 makes the other 30% with 5% scrap. a part is scrap, "
            "what is the chance it came from 2?",
            _posterior([0.7, 0.3], [0.02, 0.05], 1),
        ),
        (
            "kiln A fires 55% of the tiles, 4% crack; kiln B fires the rest 45%, 9% crack. a tile cracked — "
            "probability it was fired by B?",
            _posterior([0.55, 0.45], [0.04, 0.09], 1),
        ),
    ],
)
def test_bayes_source_asked_by_its_label(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_bayes_label_of_no_source_declines() -> None:
    declined(
        "kiln A fires 55% of the tiles, 4% crack; kiln B fires the rest 45%, 9% crack. a tile cracked — "
        "probability it was fired by C?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "want to compare mean tensile of 2 polyester suppliers, detect a 10 cN diff, sd ~18 cN both. α = 0.05 "
            "two-sided, 90% power, use the normal (z) formula. n per supplier?",
            _n_z(10, 18, 0.9),
        ),
        (
            "want to detect a 0.5 N difference in mean pull strength between two wire-bond suppliers. σ ≈ 1.2 N for "
            "both, α = 0.05 two-sided, 90% power. n per supplier? plain normal (z) formula, round up",
            _n_z(0.5, 1.2, 0.9),
        ),
        (
            "detect a 2 N shift in peel force between two adhesives, sigma 3 N, 80% power, alpha 0.05, normal (z) "
            "formula — n per adhesive?",
            _n_z(2, 3, 0.8),
        ),
    ],
)
def test_sample_size_of_a_difference_with_a_unit(question: str, want: int) -> None:
    right_value(question, want, "sample_size", key="n")


def test_sample_size_without_the_sd_declines() -> None:
    declined("detect a 0.5 N difference in pull strength between two suppliers, 90% power, alpha 0.05. n per supplier?")


_REJECTED = [7, 9, 5, 11, 8, 6, 10, 7, 12, 6, 8, 9, 5, 7, 10, 8, 6, 9, 11, 7]
_TUBES = [5, 3, 7, 4, 6, 2, 5, 8, 4, 3, 6, 5]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Specimen rejections, 300 specimens received per day for 20 days. Daily rejected counts:\n"
            + ", ".join(map(str, _REJECTED))
            + "\nFor a p chart (proportion rejected, 3-sigma limits), what's the upper control limit?",
            _p_ucl(_REJECTED, 300),
        ),
        (
            "250 tubes are inspected each shift; defective tubes over 12 shifts: "
            + ", ".join(map(str, _TUBES))
            + ". p chart UCL?",
            _p_ucl(_TUBES, 250),
        ),
    ],
)
def test_p_chart_n_received_per_period(question: str, want: float) -> None:
    right_value(question, want, "control_chart", key="ucl")


def test_p_chart_count_rejected_per_day_is_no_n() -> None:
    declined("12 bottles rejected per day for 10 days: 4, 5, 3, 6, 2, 5, 4, 3, 6, 5. p chart UCL?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Weed counts in the 0.25 m² quadrats in the untreated check plots average 2.4 seedlings per quadrat and "
            "look pretty Poisson to me. What's the chance a quadrat has at most one seedling (0 or 1)?",
            stats.poisson.cdf(1, 2.4),
        ),
        (
            "Our 1 m² sample frames average 3.1 snails per frame (Poisson). Probability a frame holds no snails?",
            stats.poisson.pmf(0, 3.1),
        ),
        (
            "Colony counts on the 90 mm plates average 1.8 colonies per plate, Poisson. What is the probability that "
            "a plate has at least 2 colonies?",
            stats.poisson.sf(1, 1.8),
        ),
    ],
)
def test_poisson_rate_per_sized_piece(question: str, want: float) -> None:
    right_value(question, float(want), "probability")


def test_poisson_piece_rate_over_another_area_declines() -> None:
    answer = declined(
        "Weed counts in the 0.25 m² quadrats average 2.4 seedlings per quadrat, Poisson. Chance of at most one "
        "seedling in a 1 m² area?"
    )
    assert "per quadrat" in answer


_SOY = [(62.4, 59.8), (58.1, 57.5), (65.0, 61.2), (60.7, 60.9), (57.9, 55.0), (63.3, 60.1)]
_FERT = [(41.2, 43.0), (39.8, 42.1), (44.0, 44.9), (40.5, 41.7), (42.3, 44.8)]


def _rows(pairs: list[tuple[float, float]], sep: str, comma: str) -> str:
    """Rows "block i: a, b" joined by ``sep``."""
    return sep.join(f"block {i}: {a}{comma} {b}" for i, (a, b) in enumerate(pairs, 1))


def _paired_p(pairs: list[tuple[float, float]]) -> float:
    """The two-sided paired t-test's p-value of the rows."""
    a, b = np.array(pairs).T
    return float(stats.ttest_rel(a, b).pvalue)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Soybean, six blocks, new variety vs our standard side by side in each block so I want them paired by "
            f"block. Yields in bu/ac (new, standard): / {_rows(_SOY, ' / ', ',')} / Paired t-test, two-sided — p-value?",
            _paired_p(_SOY),
        ),
        (
            "Soybean, new variety vs standard, paired by block. Yields (new, standard):\n"
            f"{_rows(_SOY, chr(10), ',')}\nPaired t-test p-value?",
            _paired_p(_SOY),
        ),
        (
            f"Two fertiliser rates in five blocks, paired by block (low, high):\n{_rows(_FERT, chr(10), '')}\n"
            "paired t-test p-value?",
            _paired_p(_FERT),
        ),
    ],
)
def test_paired_rows_by_block(question: str, want: float) -> None:
    right_value(question, want, "hypothesis_test", key="p_value")


def test_block_rows_not_paired_still_decline() -> None:
    declined(f"Two fertiliser rates in five blocks (low, high):\n{_rows(_FERT, chr(10), '')}\nWelch t-test p-value?")
