"""f43: a size class in parentheses is no count bound, an "8-cavity" whole counts the places each given a
probability, a lot "tote of 50 lenses, 4 of them ...", and a Markov chain's long-run share of a state; references
by scipy, math and sympy."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value

POISSON = [
    "particulate counts (≥10 µm) per device ~ Poisson, mean 1.8 per device. P(a device shows 3 or more)?",
    "Particles (>= 10 um) per wafer follow a Poisson distribution with mean 1.8. What is the probability a wafer has "
    "at least 3?",
    "defects (> 0.5 mm) per panel ~ Poisson with mean 1.8. P(X >= 3)?",
]


@pytest.mark.parametrize("question", POISSON)
def test_size_class_is_no_count(question: str) -> None:
    right_value(question, stats.poisson.sf(2, 1.8), "probability")


def test_size_class_only_bound_declined() -> None:
    declined("particle counts (≥10 µm) per device ~ Poisson mean 1.8. what is the chance?")


PLACES = [
    ("8-cavity hot runner. each cavity independently short-shots with prob 3% per cycle. Probability a given cycle "
     "has at least one short shot?", 1 - 0.97**8),
    ("A 4-engine aircraft: each engine independently fails on a flight with probability 0.001. What is the "
     "probability at least one engine fails on a flight?", 1 - 0.999**4),
    ("8-cavity mould, each cavity has a 3% chance of a short shot per cycle. P(no short shots in a cycle)?", 0.97**8),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), PLACES)
def test_places_of_a_whole(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_places_of_several_wholes_declined() -> None:
    declined("Each well of a 96-well plate independently has a 2% chance of contamination. What's the probability "
             "that at most two wells are contaminated across 10 plates?")  # fmt: skip


LOTS = [
    ("Tote of 50 lenses, 4 of them have flow lines. QC pulls 6 at random without replacement. P(none of the 6 has "
     "flow lines)?", stats.hypergeom.pmf(0, 50, 4, 6)),
    ("A tote holds 50 lenses; 4 have flow lines. We pull 6 at random without replacement. What is the probability "
     "that none of the 6 has flow lines?", math.comb(46, 6) / math.comb(50, 6)),
    ("bag of 50 resistors, 4 of them out of tolerance. 6 are picked without replacement. probability at least 1 is "
     "out of tolerance?", 1 - math.comb(46, 6) / math.comb(50, 6)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "want"), LOTS)
def test_tote_lot(question: str, want: float) -> None:
    right_value(question, want, "probability")


def _stationary(p: list[list[float]]) -> np.ndarray:
    """The stationary distribution by sympy's nullspace of P^T - I, normalised."""
    m = sp.Matrix(p).applyfunc(sp.nsimplify).T - sp.eye(len(p))
    v = m.nullspace()[0]
    return np.array([float(x) for x in v / sum(v)])


MARKOV = [
    ("host health as a markov chain, one step per minute: up→down w.p. 0.02, down→up w.p. 0.3. in the long run what "
     "fraction of minutes is the host down?", [[0.98, 0.02], [0.3, 0.7]], 1),
    ("A machine is a two-state Markov chain: up -> down with probability 0.02 and down -> up with probability 0.3 "
     "each minute. What is the steady-state probability that it is down?", [[0.98, 0.02], [0.3, 0.7]], 1),
    ("Markov chain: idle->busy 0.4, busy->idle 0.5, busy->broken 0.1, broken->idle 1. long-run fraction of time "
     "busy?", [[0.6, 0.4, 0], [0.5, 0.4, 0.1], [1, 0, 0]], 1),
]  # fmt: skip


@pytest.mark.parametrize(("question", "p", "state"), MARKOV)
def test_markov_long_run(question: str, p: list[list[float]], state: int) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out
    assert all(c["passed"] for c in out["checks"])
    assert float(sp.Rational(str(out["result"]))) == pytest.approx(_stationary(p)[state], rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "markov chain up→down w.p. 0.7, up→idle w.p. 0.6, down→up w.p. 0.3. long run share down?",
        "markov chain up→down w.p. 0.02, down→up w.p. 0.3. long run share of up and down?",
    ],
)
def test_markov_declines(question: str) -> None:
    declined(question)
