"""f43-algebra: a log-reduction formula N = N0*10^(-t/D) solved for the time asked without naming it, its start and
end values read by role words and powers of ten stated with "is"; references by math.log10, not havoc's engines."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest

from tests.reason.answers import confident, declined


def _kill_time(d: float, n0: float, n: float) -> float:
    """The time that takes a first-order kill from ``n0`` to ``n`` at decimal reduction time ``d``."""
    return d * (math.log10(n0) - math.log10(n))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "Sterilisation validation, overkill approach. Assume first-order kill kinetics, N = N0·10^(−t/D), with "
            "D-value 2.5 min for the biological indicator. Starting bioburden is 10^6 CFU and the target SAL is "
            "10^−6. Exposure time needed, in minutes?",
            _kill_time(2.5, 1e6, 1e-6),
        ),
        (
            "First-order kill N = N0*10^(-t/D). D-value is 1.8 min, initial load is 10^5 spores, final count is "
            "10^-6. How long must we hold, in minutes?",
            _kill_time(1.8, 1e5, 1e-6),
        ),
        (
            "Log reduction model N = N0·10^(−t/D); D = 4 min, starting count is 10^7 and the required level is "
            "10^-3. What time is needed?",
            _kill_time(4, 1e7, 1e-3),
        ),
    ],
)
def test_kill_time_by_roles(question: str, want: float) -> None:
    out = confident(question, "algebra")
    values = [float(Fraction(str(v))) for v in out.to_dict()["result"]]
    assert values == pytest.approx([want], rel=1e-9)


def test_kill_time_without_target_declines() -> None:
    declined("N = N0·10^(−t/D) with D-value 2.5 min. Starting bioburden is 10^6 CFU. Exposure time needed, in minutes?")
