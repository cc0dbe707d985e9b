"""A formula's side set by a verb of change ("solve for n where Q drops to 2000") and a share named by coverage,
uptake or prevalence as the probability per item of a count of the property asked; references from sympy/scipy."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from tests.reason.answers import confident, declined


@pytest.mark.parametrize(
    "question",
    [
        "Our capacity fade model is Q = 2500·exp(−n/300) mAh with n = cycle count. Solve for n where Q drops to "
        "2000 mAh (exact form is fine).",
        "Capacity follows Q = 2500*exp(-n/300). Solve for n when Q falls to 2000.",
        "Model: Q = 2500 e^(-n/300). Solve for n once Q reaches 2000 (exact).",
    ],
)
def test_solve_for_where_the_formula_reaches_a_value(question: str) -> None:
    out = confident(question, "algebra")
    n = sp.Symbol("n")
    want = sp.solve(sp.Eq(2500 * sp.exp(-n / 300), 2000), n)
    assert len(out.result) == 1 and len(want) == 1
    assert float(sp.sympify(out.result[0].replace("log", "ln"), locals={"ln": sp.log})) == pytest.approx(
        float(want[0]), rel=1e-12
    )


@pytest.mark.parametrize(
    ("question", "k", "n", "p"),
    [
        ("coverage is 85% in the district. pick twenty children at random (independent). P(exactly 17 of them are "
         "vaccinated)?", 17, 20, 0.85),
        ("vaccine coverage is 85%. If 20 children are chosen at random, what is the probability that exactly 17 are "
         "vaccinated?", 17, 20, 0.85),
        ("prevalence is 12% in this population; sample 30 people independently. probability exactly 4 have the "
         "condition?", 4, 30, 0.12),
    ],
)  # fmt: skip
def test_coverage_share_as_binomial_p(question: str, k: int, n: int, p: float) -> None:
    out = confident(question, "probability")
    assert float(out.result) == pytest.approx(stats.binom.pmf(k, n, p), rel=1e-5)


@pytest.mark.parametrize(
    "question",
    [
        "coverage is 85% in the district. pick twenty children at random (independent). P(exactly 3 of them are "
        "unvaccinated)?",
        "coverage is 85% in the district. pick twenty children at random. P(exactly 3 of them are not vaccinated)?",
    ],
)
def test_coverage_complement_declined(question: str) -> None:
    declined(question)
