"""Counts whose distribution is implied, not named: a binomial whose events are a graded class ("a grade ≥3 adverse
event ... 5% per patient": the grade is which events, not the count asked) or whose trials are the whole of the count
asked ("10 seeds per cell ... at least 9 of the 10 come up": the same n restated); a hypergeometric whose lot is a
count of the items drawn ("of 12 assay lots, 3 are out of spec; draw 4 lots") or whose count asked is written after
the lot ("at least one damaged carton" is no lot of 1). References: scipy's binom and hypergeom, sympy's binomial
coefficients; near misses decline."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value, same_expr


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("The risk of a grade ≥ 3 infection is 8% per procedure, independently across procedures. What is the chance "
         "of at least 3 such procedures among 25 procedures?", stats.binom.sf(2, 25, 0.08)),
        ("A CTCAE grade ≥3 neutropenia rate of 15% per patient is assumed, independently. With 16 patients, "
         "probability that at most 1 patient has it?", stats.binom.cdf(1, 16, 0.15)),
    ],
)  # fmt: skip
def test_graded_class_is_no_count(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Germination rate = 85% for this seed lot. We sow 6 seeds per pot. Probability that at least 5 of the 6 "
         "germinate? Seeds independent.", stats.binom.sf(4, 6, 0.85)),
        ("Hatch rate 90%. 12 eggs per incubator tray; P(at least 11 of the 12 hatch)? eggs independent.",
         stats.binom.sf(10, 12, 0.9)),
        ("Emergence = 80%. Plant 8 seeds per cell; probability exactly 7 of the 8 emerge, independent.",
         stats.binom.pmf(7, 8, 0.8)),
    ],
)  # fmt: skip
def test_trials_restated_as_the_whole(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Grade ≥3 events occur at 5% per patient, independently. Probability of at least 2 such patients?",
        # the share is of the good outcome, the count of the bad one
        "Seed lot germ = 92%. 10 seeds per cell. Prob that at least 2 of the 10 fail to come up? seeds independent.",
        # a second count beside the whole: which one is n is not said
        "Seed lot germ = 92%. We sow 10 seeds per cell in 40 trays. Prob that at least 9 of the 10 come up? seeds "
        "independent.",
    ],
)
def test_binomial_near_misses_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Of 20 drums delivered, 5 are mislabelled. An auditor picks 6 drums at random without replacement. "
         "Probability that exactly 2 of the 6 are mislabelled?", stats.hypergeom.pmf(2, 20, 5, 6)),
        ("Among 30 units on the shelf, 4 are faulty. 3 units are drawn without replacement. P(no faulty unit)?",
         stats.hypergeom.pmf(0, 30, 4, 3)),
        ("A pallet of 40 cartons, 6 of them damaged. Pick 5 cartons without replacement; P(at least one damaged "
         "carton)?", stats.hypergeom.sf(0, 40, 6, 5)),
        ("Of 15 batches, 4 batches failed release. We re-test 5 batches chosen without replacement. P(exactly 2 "
         "failed batches)?", stats.hypergeom.pmf(2, 15, 4, 5)),
    ],
)  # fmt: skip
def test_lot_of_any_noun(question: str, want: float) -> None:
    right_value(question, want, "probability")


def _hyper(k: int, big: int, marked: int, n: int) -> sp.Expr:
    return sp.binomial(marked, k) * sp.binomial(big - marked, n - k) / sp.binomial(big, n)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A pallet of 40 cartons, 6 of them damaged. Pick 5 cartons without replacement; P(at least one damaged "
         "carton)? exact fraction", 1 - _hyper(0, 40, 6, 5)),
        ("Of 25 pumps in the store, 2 are out of calibration. We take 5 pumps at random without replacement. "
         "Probability that none of the 5 is out of calibration? exact", _hyper(0, 25, 2, 5)),
    ],
)  # fmt: skip
def test_lot_exact(question: str, want: sp.Expr) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert same_expr(str(out["result"]), want), out["result"]


def test_lot_without_marked_count_declines() -> None:
    declined(
        "Of 12 lots received, QA draws 4 lots at random without replacement. Probability exactly 1 is out of spec?"
    )


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Suppose a stage 3 relapse risk of 20% per patient, patients independent. What is the probability that "
         "exactly 2 of 9 patients relapse?", stats.binom.pmf(2, 9, 0.2)),
        ("Take a class 2 leak rate of 4% per valve, valves independent. Probability that at most 1 of 15 valves "
         "leaks?", stats.binom.cdf(1, 15, 0.04)),
    ],
)  # fmt: skip
def test_labelled_rate_per_item_of_a_whole(question: str, want: float) -> None:
    """A rate per item named with a label ("stage 3", "class 2") and a count asked as "k of n items": a binomial,
    never two proportions ("3 ... of 20%" is no count of 3 in 20)."""
    right_value(question, want, "probability")
