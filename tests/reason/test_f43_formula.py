"""A formula's value with square brackets, values by the initial of a label ("feed assay 2.4 g/t" for f) and units
glued to numbers ("48g/t")."""

from __future__ import annotations

import pytest

from tests.reason.answers import declined, right_value


def _recovery(f: float, c: float, t: float) -> float:
    """The two-product recovery c(f - t)/(f(c - t)), computed independently."""
    return c * (f - t) / (f * (c - t))


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("feed assay 2.4 g/t, conc 48g/t, tails 0.30 g/t; whats the recovery R = c(f-t)/[f(c-t)]",
         _recovery(2.4, 48, 0.30)),
        ("feed grade 2.4 g/t, concentrate grade 48 g/t, tailings grade 0.30 g/t: what's the recovery "
         "R = c(f-t)/[f(c-t)]?", _recovery(2.4, 48, 0.30)),
        ("recovery R = c(f - t)/[f(c - t)] with feed 1.2 %Cu, concentrate 28 %Cu, tailings 0.15 %Cu. What is R?",
         _recovery(1.2, 28, 0.15)),
        ("What is the recovery R = c(f - t)/(f(c - t)) with feed 1.2 %Cu, concentrate 28 %Cu, tailings 0.15 %Cu?",
         _recovery(1.2, 28, 0.15)),
    ],
)  # fmt: skip
def test_recovery_by_initials(question: str, reference: float) -> None:
    right_value(question, reference, "algebra", rel=1e-9)


def test_two_values_for_one_initial_is_not_confident() -> None:
    declined("feed assay 2.4 g/t, fresh feed 3.1 g/t, conc 48 g/t, tails 0.30 g/t; what is R = c(f-t)/[f(c-t)]")
