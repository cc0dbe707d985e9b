"""A u chart whose sample is said in inspection units ("each roll = 50 m² = 5 inspection units of 10 m²", "each roll
holds 5 inspection units"): n is the units per sample and the rate is per inspection unit. Reference: u-bar = total /
(k n), UCL = u-bar + 3 sqrt(u-bar / n) with numpy; a rate asked per m² keeps n in m² (its old reading)."""

from __future__ import annotations

import numpy as np
import pytest

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import right_value

_COUNTS = [14, 9, 17, 11, 12, 8, 15, 13, 10, 16, 12, 11]
_LIST = ", ".join(map(str, _COUNTS))


def _ucl(counts: list[int], n: float) -> float:
    """The u chart's UCL of counts each over n units."""
    u = float(np.sum(counts)) / (len(counts) * n)
    return u + 3 * float(np.sqrt(u / n))


@pytest.mark.parametrize(
    "question",
    [
        f"greige inspection: each roll = 50 m² = 5 inspection units of 10 m². defects on 12 rolls: {_LIST}. u chart "
        "(defects per 10 m² unit), UCL?",
        f"each roll holds 5 inspection units. defects on 12 rolls: {_LIST}. u chart per inspection unit, UCL?",
        f"fabric rolls, 5 inspection units of 10 m² per roll; flaws counted on 12 rolls: {_LIST}. u chart UCL?",
    ],
)
def test_u_chart_in_inspection_units(question: str) -> None:
    right_value(question, _ucl(_COUNTS, 5), "control_chart", key="ucl")


def test_rate_per_bare_measure_keeps_area() -> None:
    question = (f"each roll = 50 m² = 5 inspection units of 10 m². defects on 12 rolls: {_LIST}. u chart of defects "
                "per m², UCL?")  # fmt: skip
    out = reason(question)
    assert out.confidence < 0.5 or out.to_dict()["result"]["ucl"] == pytest.approx(_ucl(_COUNTS, 50))
