"""Round 51: an attribute chart's sample size said in words ("12 blades inspected every wk", "each day we
squeeze-test 200 pouches", "lot size const 200 pcs"), a design's factors listed after a colon that follows what is
optimised or tuned ("optimizing fenton oxidation: H2O2 dose, Fe2+ dose, pH."), and a specification stated as a
permit, licence or consent ("pH permit is 6.0 to 9.0"). References computed here with numpy and the published
run-count formulas; a question without a sample size or with no factors named still declines."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests.reason.answers import declined, right_value


def _p_ucl(total: float, samples: int, n: int) -> float:
    """A p chart's 3-sigma UCL from the total defectives of ``samples`` samples of ``n``."""
    p = total / (samples * n)
    return p + 3 * math.sqrt(p * (1 - p) / n)


def _u_ucl(counts: list[int], n: int) -> float:
    """A u chart's 3-sigma UCL from the defects of each sample of ``n`` units."""
    u = float(np.sum(counts)) / (len(counts) * n)
    return u + 3 * math.sqrt(u / n)


_BLADES = [7, 4, 9, 5, 6, 8, 3, 6, 7, 5]
_LEAKERS = [4, 6, 3, 5, 7, 2, 4, 5, 6, 3, 4, 8, 5, 3, 4]
_REJECTS = [3, 5, 2, 4, 6, 1, 3, 4, 2, 5, 3, 4]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "weekly rope-access blade inspections, 12 blades inspected every wk, defects found per wk: "
            f"{', '.join(map(str, _BLADES))} (10 wks). u chart (defects per blade) -- UCL?",
            _u_ucl(_BLADES, 12),
        ),
        (
            "each wk we inspect 15 panels; defects found per wk: 3, 5, 2, 6, 4, 3, 5, 4. u chart UCL?",
            _u_ucl([3, 5, 2, 6, 4, 3, 5, 4], 15),
        ),  # fmt: skip
        (
            "Each day we squeeze-test 200 pouches of UHT cream for seal leaks. Leakers found over the last 15 days:\n\n"
            f"{', '.join(map(str, _LEAKERS))}\n\nI'd like a p chart (fraction defective) with 3-sigma limits. What is "
            "the UCL, as a fraction?",
            _p_ucl(sum(_LEAKERS), len(_LEAKERS), 200),
        ),
        (
            f"Every shift we leak-test 150 cans. Rejects over the last 12 shifts: {', '.join(map(str, _REJECTS))}. "
            "p chart UCL?",
            _p_ucl(sum(_REJECTS), len(_REJECTS), 150),
        ),
        (
            "- p chart, leak test fails per lot, lot size const 200 pcs\n- 20 lots, 96 fails total\n- 3-sigma UCL for p?",
            _p_ucl(96, 20, 200),
        ),  # fmt: skip
        ("p chart: sample size fixed at 150, 25 samples, 90 defectives total. UCL?", _p_ucl(90, 25, 150)),
    ],
)
def test_attribute_chart_sample_size_in_words(question: str, want: float) -> None:
    right_value(question, want, "control_chart", key="ucl")


def test_attribute_chart_without_a_sample_size_declines() -> None:
    assert "sample size" in declined(f"u chart, defects per wk: {', '.join(map(str, _BLADES))}. UCL?")


def _box_behnken(k: int, centre: int) -> int:
    """Box-Behnken runs: 2k(k-1) edge midpoints plus the centre points."""
    return 2 * k * (k - 1) + centre


def _ccd(k: int, centre: int) -> int:
    """Central composite runs: 2^k corners, 2k axial points and the centre points."""
    return 2**k + 2 * k + centre


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "optimizing fenton oxidation for the leachate: H2O2 dose, Fe2+ dose, pH. box-behnken with 5 center points "
            "— how many runs is that?",
            _box_behnken(3, 5),
        ),  # fmt: skip
        (
            "optimising the Fenton step: Fe2+ dose, H2O2 dose, pH, reaction time. Box-Behnken, 3 center points - number "
            "of runs?",
            _box_behnken(4, 3),
        ),  # fmt: skip
        (
            "we're tuning the spray coater: pan speed, inlet temperature and spray rate. central composite with 6 centre "
            "points, how many runs?",
            _ccd(3, 6),
        ),  # fmt: skip
    ],
)
def test_design_factors_listed_after_what_is_optimised(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


def test_design_with_no_factors_named_declines() -> None:
    assert "number of factors" in declined("Box-Behnken with 5 center points — how many runs is that?")


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        (
            "effluent pH permit is 6.0 to 9.0. our final effluent runs mean 7.8, sigma 0.25 (assume stable + normal). "
            "Cpk?",
            6.0,
            9.0,
            7.8,
            0.25,
        ),  # fmt: skip
        ("discharge licence is 6 to 9, our effluent mean 7.2, sd 0.3. Cpk?", 6.0, 9.0, 7.2, 0.3),
        ("pH consent: 6.5-8.5. mean 7.9, sd 0.15. Cpk?", 6.5, 8.5, 7.9, 0.15),
    ],
)
def test_cpk_of_a_permit_band(question: str, lsl: float, usl: float, mean: float, sd: float) -> None:
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="value")


def test_permit_without_a_band_declines() -> None:
    declined("our effluent permit is strict. mean pH 7.8, sigma 0.25. Cpk?")
