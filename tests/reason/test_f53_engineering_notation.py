"""Values in engineering notation ("4.7k", "9.9k–10.1k", "2.2MΩ") and tolerances in percent of such a nominal
("10k ±1%"): a capability index from limits so written, and the normal share outside a "±1%" band of a "4.7k"
nominal. References: Cpk = min(USL - mean, mean - LSL) / (3 sigma) by hand and scipy's normal tails; a nominal in
kΩ beside a mean in Ω stays unconfident."""

from __future__ import annotations

import pytest
from scipy import stats

from plugins.api.prose import engineering
from tests.reason.answers import declined, right_value


def _cpk(lsl: float, usl: float, mean: float, sd: float) -> float:
    """Cpk from the limits, the mean and the sd."""
    return min(usl - mean, mean - lsl) / (3 * sd)


def _outside(nominal: float, percent: float, mean: float, sd: float) -> float:
    """The normal share outside nominal ± percent%."""
    half = nominal * percent / 100
    return float(stats.norm.cdf(nominal - half, mean, sd) + stats.norm.sf(nominal + half, mean, sd))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("10k ±1% divider resistor, spec limits 9.9k–10.1k. process mean 10,012 Ω, σ = 18 Ω. Cpk?",
         _cpk(9900, 10100, 10012, 18)),
        ("pull-up resistors, spec 4.6k to 4.8k, mean 4712 ohm, sd 21 ohm. Cpk?", _cpk(4600, 4800, 4712, 21)),
        ("2.2MΩ resistors spec 2.178MΩ-2.222MΩ, mean 2,201,000 Ω, sigma 5000 Ω, what is Cpk",
         _cpk(2178000, 2222000, 2201000, 5000)),
    ],
)  # fmt: skip
def test_engineering_limits_cpk(question: str, want: float) -> None:
    right_value(question, want, "capability", key="value")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("4.7k ±1% resistor reel, incoming inspection says values ~ normal with mean 4700 Ω and σ = 16 Ω. what "
         "fraction of parts fall outside the ±1% tol band?", _outside(4700, 1, 4700, 16)),
        ("22k resistor ±5%, values normal with mean 22,150 Ω and σ = 300 Ω. fraction out of tolerance?",
         _outside(22000, 5, 22150, 300)),
    ],
)  # fmt: skip
def test_engineering_nominal_share(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_engineering_rewrite() -> None:
    assert engineering("spec 9.9k–10.1k, 4.7kΩ, 2.2MΩ") == "spec 9900–10100, 4700Ω, 2200000Ω"
    assert engineering("10kg, 5km, 300K, 0.1M HCl, 2.5m") == "10kg, 5km, 300K, 0.1M HCl, 2.5m"


def test_mixed_prefixes_stay_unconfident() -> None:
    declined("10k ±1% resistor, spec limits 9.9k–10.1k, process mean 10.012 kΩ, σ = 18 Ω. Cpk?")
