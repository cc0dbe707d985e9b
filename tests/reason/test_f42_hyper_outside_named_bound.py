"""A lot's marked count stated as "contains exactly 6" (a fact of the lot, not the count asked), any plural noun
drawn, the hypergeometric in exact form; a normal's two tails "outside 245–255 mg" and a bound named by a symbol
("below f'c = 28 MPa" beside a "28-day" age). References by math.comb and scipy.stats.norm."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value


def _hyper(big: int, marked: int, drawn: int, k: int) -> Fraction:
    """P(k marked among ``drawn`` from a lot of ``big`` holding ``marked``), counted with math.comb."""
    return Fraction(math.comb(marked, k) * math.comb(big - marked, drawn - k), math.comb(big, drawn))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A tray of 200 vials contains exactly 6 defective ones. QA samples 20 vials without replacement. What is "
         "the probability the sample contains zero defectives?", _hyper(200, 6, 20, 0)),
        ("A box of 40 fuses contains exactly 3 bad ones. Five fuses are drawn at random without replacement. What is "
         "the probability that none of them is bad?", _hyper(40, 3, 5, 0)),
        ("A batch of 120 tablets includes exactly 5 chipped tablets. We sample 10 tablets without replacement. "
         "Probability that exactly 1 is chipped?", _hyper(120, 5, 10, 1)),
        ("A shipment of 80 boards has precisely 4 defective boards; an inspector checks 12 boards without "
         "replacement. What is the probability of at least one defective?", 1 - _hyper(80, 4, 12, 0)),
    ],
)  # fmt: skip
def test_lot_count_stated_exactly_is_not_the_count_asked(question: str, want: Fraction) -> None:
    right_value(question, float(want), "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A lot of fifty valve bodies contains exactly four nonconforming units. An auditor pulls five units at "
         "random without replacement. What is the probability that none of the five is nonconforming? Give the exact "
         "value.", _hyper(50, 4, 5, 0)),
        ("A crate of 30 bulbs contains exactly 2 duds. 6 bulbs are picked without replacement. Probability of no "
         "duds? Exact value please.", _hyper(30, 2, 6, 0)),
    ],
)  # fmt: skip
def test_hypergeometric_in_exact_form(question: str, want: Fraction) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert all(c["passed"] for c in out["checks"])
    assert str(out["result"]) == f"{want.numerator}/{want.denominator}"


_OUTSIDE = stats.norm.cdf(245, 250, 3.2) + stats.norm.sf(255, 250, 3.2)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Tablet weight ~ N(μ = 250 mg, σ = 3.2 mg). Probability a single tablet falls outside 245–255 mg?",
         _OUTSIDE),
        ("Tablet weight is normal with mean 250 mg and sd 3.2 mg. What is the probability a tablet is outside 245 mg "
         "– 255 mg?", _OUTSIDE),
        ("Weights are normal, mean 250 g, sd 3.2 g. Probability that a pack lies outside 245 to 255 g?", _OUTSIDE),
        ("Fill volume ~ N(500, 4^2) mL. Probability a bottle is outside the range 492-508 mL?",
         2 * stats.norm.sf(508, 500, 4)),
    ],
)  # fmt: skip
def test_outside_a_range_is_two_tails(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Plant history says 28-day cylinder strength is normal with mean 32 MPa and standard deviation 3.5 MPa. "
         "What's the probability a single cylinder breaks below f'c = 28 MPa?", stats.norm.cdf(28, 32, 3.5)),
        ("Compressive strength is normally distributed with mean 32 MPa and standard deviation 3.5 MPa. What is the "
         "probability that a cylinder tests below the specified strength f'c = 28 MPa?", stats.norm.cdf(28, 32, 3.5)),
        ("28-day strength is normal, mean 32 MPa, sd 3.5 MPa. Probability a cylinder is under fc = 28 MPa?",
         stats.norm.cdf(28, 32, 3.5)),
        ("Resistance is normal with mean 100 ohm and sd 2 ohm. What is the probability a resistor is above R = 104 "
         "ohm?", stats.norm.sf(104, 100, 2)),
    ],
)  # fmt: skip
def test_bound_named_by_a_symbol(question: str, want: float) -> None:
    right_value(question, want, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "A tray of 200 vials contains exactly 6 defective ones. QA samples 20 vials without replacement. What is the "
        "probability?",
        "Tablet weight ~ N(μ = 250 mg, σ = 3.2 mg). Probability a single tablet falls outside spec?",
        "Strength is normal with mean 32 MPa and standard deviation 3.5 MPa. What's the probability a cylinder breaks "
        "below f'c?",
    ],
)
def test_declined_without_the_count_or_the_bound(question: str) -> None:
    declined(question)
