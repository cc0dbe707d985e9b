"""f54: capability from summary values and listed measurements whose specification is written in words: a nominal ±
tolerance with the mean as "process avg"; a whole specification width ("spec width 0.06 mm total", "total tolerance",
"tolerance width") for Cp of R-bar/d2; limits as a requirement or a condition of use ("supposed to deliver between 1.8
and 2.2 L/h", "the lids only fit if the rim diameter is between 95 and 105 mm"). Near misses still decline."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import integrate, stats

from tests.reason.answers import declined, right_value


def _d2(n: int) -> float:
    """The printed d2(n) (3 decimals): the mean range of n standard normals by quadrature."""
    value = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]
    return round(value, 3)


def _cpk(lsl: float, usl: float, mean: float, sd: float) -> float:
    return min(usl - mean, mean - lsl) / (3 * sd)


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("master cyl bore 50.000 ±0.025 mm. process avg 50.006, within sigma 0.0045. cpk?", 49.975, 50.025, 50.006,
         0.0045),
        ("shaft OD 25.00 ± 0.05 mm; process avg = 25.012 mm, sd 0.011 mm. Cpk?", 24.95, 25.05, 25.012, 0.011),
        ("fill spec 500 +/- 4 g, line avg. 501.2 g, short-term sigma 0.9 g: what's the Cpk", 496, 504, 501.2, 0.9),
    ],
)  # fmt: skip
def test_cpk_of_a_nominal_tolerance_and_an_avg(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, _cpk(lsl, usl, mean, sd), "capability", rel=1e-9, key="value")


def test_avg_without_an_sd_declines() -> None:
    declined("master cyl bore 50.000 ±0.025 mm. process avg 50.006. cpk?")


@pytest.mark.parametrize(
    ("question", "width", "rbar", "n"),
    [
        ("rotor hat height, spec width 0.06 mm total (±0.03). xbar-R with subgroups of 4, Rbar = 0.012 mm. estimate "
         "sigma as Rbar/d2 (table d2) and give Cp", 0.06, 0.012, 4),
        ("total tolerance 0.06 mm; X-bar/R chart, subgroups of n = 4, R-bar 0.012 mm. Cp using sigma = Rbar/d2?", 0.06,
         0.012, 4),
        ("tolerance width of 0.8 mm, subgroups of 5, Rbar = 0.35 mm, sigma = R-bar/d2. Cp?", 0.8, 0.35, 5),
    ],
)  # fmt: skip
def test_cp_of_a_specification_width(question: str, width: float, rbar: float, n: int) -> None:
    right_value(question, width / (6 * rbar / _d2(n)), "capability", rel=1e-9, key="value")


def test_tolerance_width_of_sd_gives_cp() -> None:
    right_value("tolerance width of 0.06 mm, process sd 0.005 mm. Cp?", 0.06 / (6 * 0.005), "capability", rel=1e-9,
                key="value")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "spec width 0.06 mm, process sd 0.005 mm. Cpk?",  # Cpk needs the mean and where the limits are
        "spec width 0.06 mm (±0.02), sd 0.005. Cp?",  # a width and a half-width that disagree
    ],
)
def test_width_near_misses_decline(question: str) -> None:
    declined(question)


def test_spec_range_is_its_limits_not_a_width() -> None:
    right_value("spec range 9.5 to 10.5, sd 0.1, Cp?", (10.5 - 9.5) / (6 * 0.1), "capability", rel=1e-9, key="value")


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("Our greenhouse drip emitters are supposed to deliver between 1.8 and 2.2 L/h. The irrigation tech measured a "
         "big batch and says the flow is stable with mean 2.04 L/h and standard deviation 0.05 L/h (within-batch σ). "
         "What's the Cpk?", 1.8, 2.2, 2.04, 0.05),
        ("The dosing pumps must dispense between 9.5 and 10.5 mL per stroke; mean 10.1 mL, sd 0.12 mL. Cpk?", 9.5, 10.5,
         10.1, 0.12),
        ("a bracket is accepted only if its hole spacing is between 49.9 and 50.1 mm. mean 50.02, sd 0.02. Cpk?", 49.9,
         50.1, 50.02, 0.02),
    ],
)  # fmt: skip
def test_cpk_of_limits_required_in_words(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, _cpk(lsl, usl, mean, sd), "capability", rel=1e-9, key="value")


_CUPS = [99.2, 100.8, 101.5, 98.9, 100.3, 102.1, 99.7, 100.9, 101.2, 100.0, 99.5, 101.8]
_GASKETS = [3.01, 2.97, 3.05, 2.99, 3.02, 3.08, 2.95, 3.00, 3.03, 2.98]
_SHAFTS = [10.01, 9.99, 10.02, 10.00, 9.98, 10.03, 10.01, 9.97]


def _ppk(values: list[float], lsl: float, usl: float) -> float:
    return _cpk(lsl, usl, float(np.mean(values)), float(np.std(values, ddof=1)))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("We 3D-print our own pitfall trap cups and the lids only fit if the rim diameter is between 95 and 105 mm. "
         "Twelve cups from the last print run (mm): " + ", ".join(map(str, _CUPS)) + ". What's the Ppk, using the "
         "overall sample standard deviation (n−1 denominator)?", _ppk(_CUPS, 95, 105)),
        ("The gaskets only fit when the thickness is between 2.8 and 3.2 mm. Ten gaskets (mm): "
         + ", ".join(f"{v:.2f}" for v in _GASKETS) + ". Ppk?", _ppk(_GASKETS, 2.8, 3.2)),
        ("A shaft passes only if its OD lies within 9.95 to 10.05 mm. measured: "
         + " ".join(f"{v:.2f}" for v in _SHAFTS) + ". Pp?", (10.05 - 9.95) / (6 * np.std(_SHAFTS, ddof=1))),
    ],
)  # fmt: skip
def test_pp_ppk_of_measurements_with_limits_in_words(question: str, want: float) -> None:
    right_value(question, want, "capability", rel=1e-9, key="value")


@pytest.mark.parametrize(
    "question",
    [
        "We measured cups whose rim diameter is between 95 and 105 mm: " + ", ".join(map(str, _CUPS)) + ". Ppk?",
        "Our drip emitters deliver between 1.8 and 2.2 L/h; mean 2.04, sd 0.05. Cpk?",  # a description, no requirement
    ],
)
def test_a_range_described_is_no_specification(question: str) -> None:
    declined(question)
