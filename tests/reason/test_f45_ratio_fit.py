"""f45: counts tested against a stated ratio ("F2 counts 315 108 101 32, test fit to 9:3:3:1", "expected ratio 3:1")
by the chi-square goodness-of-fit test, the expected counts the ratio's shares of the total; a ratio whose parts
differ in number from the counts declined."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from tests.reason.answers import confident, declined


def _fit_p(counts: list[int], ratio: list[int]) -> float:
    obs, weights = np.array(counts, dtype=float), np.array(ratio, dtype=float)
    return float(stats.chisquare(obs, weights * obs.sum() / weights.sum()).pvalue)


@pytest.mark.parametrize(
    ("question", "counts", "ratio"),
    [
        ("F2 counts 315 108 101 32, test fit to 9:3:3:1", [315, 108, 101, 32], [9, 3, 3, 1]),
        (
            "Observed F2 counts 315, 108, 101, 32. Do they fit the expected 9:3:3:1 ratio? chi-square p-value",
            [315, 108, 101, 32],
            [9, 3, 3, 1],
        ),  # fmt: skip
        ("Chi-square goodness of fit: counts 705 and 224, expected ratio 3:1", [705, 224], [3, 1]),
        ("Counts 30, 52, 18: do they fit a 1:2:1 ratio?", [30, 52, 18], [1, 2, 1]),
    ],
)
def test_fit_to_ratio(question: str, counts: list[int], ratio: list[int]) -> None:
    out = confident(question, "hypothesis_test")
    assert out.result["p_value"] == pytest.approx(_fit_p(counts, ratio), rel=1e-6)


def test_mendel_value() -> None:
    out = confident("F2 counts 315 108 101 32, test fit to 9:3:3:1")
    assert round(out.result["p_value"], 4) == 0.9254


def test_ratio_of_other_length_declined() -> None:
    declined("F2 counts 315 108 101, test fit to 9:3:3:1")
