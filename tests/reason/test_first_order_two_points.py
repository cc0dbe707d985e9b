"""A first-order change fitted to a start value and one observed point, solved for the time it reaches a target."""

from __future__ import annotations

import math

import pytest

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, roots_of


def _time(start: float, observed: float, time: float, target: float) -> float:
    """t with start * exp(-k t) = target, k = ln(start / observed) / time (independent reference)."""
    return time * math.log(start / target) / math.log(start / observed)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Stability: assay 100.0% LC at release, 95.0% LC at 12 months. Assuming first-order degradation "
         "(C = C0·e^(−kt)), at how many months does assay reach 90.0% LC?", _time(100, 95, 12, 90)),
        ("Potency starts at 100% and is 95% after 12 months; first-order loss C = C0 e^(-kt). When does it hit 90%?",
         _time(100, 95, 12, 90)),
        ("C(t) = C0·exp(−k t). C(0) = 100, C(12) = 95. Solve C(t) = 90 for t.", _time(100, 95, 12, 90)),
        ("Initially the assay is 100% LC; after 12 months it is 95% LC. Assuming exponential decay, how long until "
         "it falls to 90% LC?", _time(100, 95, 12, 90)),
        ("Concentration is 50 mg/L initially and 40 mg/L after 3 h. First-order decay. When does it reach 10 mg/L?",
         _time(50, 40, 3, 10)),
    ],
)  # fmt: skip
def test_first_order_time_to_target(question: str, want: float) -> None:
    out = reason(question)
    assert out.answered and out.confidence >= 0.9, out.to_dict()["checks"]
    (got,) = roots_of(out.to_dict()["result"])
    assert complex(got).real == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Assay 100% at release, 95% at 12 months, first-order degradation. When does it reach 101%?",
        "Assay 100% at release, 95% at 12 months, 93% at 18 months, first-order degradation. When does it reach 90%?",
    ],
)
def test_first_order_declined(question: str) -> None:
    declined(question)


def test_degree_of_cure_still_answered() -> None:
    out = reason(
        "Degree of cure follows α(t) = 1 − exp(−0.021·t), t in minutes. How long into the hold do we reach 98% "
        "degree of cure?"
    )
    assert out.answered and out.confidence >= 0.9
    (got,) = roots_of(out.to_dict()["result"])
    assert complex(got).real == pytest.approx(-math.log(0.02) / 0.021, rel=1e-9)
