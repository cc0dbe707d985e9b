"""Task z2: a tolerance in percent of a prefixed nominal ("10 kΩ ±1%") beside values in the base unit written with a
space as thousands separator ("10 000 Ω"), limits far from the mean failing the audit, and a share per piece in
ppm or DPMO as a binomial p. References computed with scipy."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_OUTSIDE = stats.norm.cdf(9900, 10000, 35) + stats.norm.sf(10100, 10000, 35)


@pytest.mark.parametrize(
    "question",
    [
        "10 kΩ ±1% resistors, reel measures normal with μ = 10 000 Ω, σ = 35 Ω. what fraction falls outside "
        "tolerance (either side)?",
        "10 kΩ resistors with ±1% tolerance; resistance is normal with mean 10 000 ohm and sd 35 ohm. What fraction "
        "is out of tolerance?",
        "A 10 kΩ ±1% resistor lot: values normally distributed, mean 10\u202f000 Ω, standard deviation 35 Ω. "
        "Fraction outside tolerance?",
        "10 kΩ ±1% resistors, normal with mean 10.000 kΩ, sd 0.035 kΩ. fraction outside tolerance?",
    ],
)
def test_relative_tolerance_of_a_prefixed_nominal(question: str) -> None:
    right_value(question, _OUTSIDE, "probability")


def test_within_relative_tolerance() -> None:
    right_value("10 kΩ ±1% resistors, normal with mean 10000 Ω, sd 35 Ω. fraction within tolerance?", 1 - _OUTSIDE,
                "probability")  # fmt: skip


def test_limits_far_from_the_mean_are_declined() -> None:
    """A prefix not read (M) leaves the limits in MΩ beside a mean in Ω: more than 10 sd away, declined."""
    declined("4.7 MΩ ±5% resistors, normal with mean 4 700 000 Ω and sd 50000 Ω. fraction outside tolerance?")


_BOARD = 1 - (1 - 200e-6) ** 500


@pytest.mark.parametrize(
    "question",
    [
        "board has 500 solder joints, joint defect rate 200 ppm, joints independent. P(board has ≥1 defective joint)?",
        "Each board carries 500 solder joints; the defect rate per joint is 200 ppm and joints fail independently. "
        "What is the probability a board has at least one defective joint?",
        "A board has 500 joints and the process runs at 200 dpmo, joints independent. Probability of at least 1 "
        "defective joint on a board?",
    ],
)
def test_share_per_million_as_binomial_p(question: str) -> None:
    right_value(question, _BOARD, "probability")


def test_share_per_million_none_defective() -> None:
    right_value("500 solder joints per board, 200 ppm defective joints, independent. P(no defective joints)?",
                stats.binom.pmf(0, 500, 200e-6), "probability")  # fmt: skip
