"""Task y4: a formula solved for a name whose other names are set in words outside it ("die is 250 mm" for D_die,
"1000 mm layflat"), against sympy; a leftover number or two values for one name declined."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined

BUR = sp.Symbol("BUR", positive=True)
LAYFLAT = sp.solve(sp.Eq(sp.pi * BUR * 250 / 2, 1000), BUR)[0]


@pytest.mark.parametrize(
    "question",
    [
        "layflat = π·BUR·D_die/2. die is 250 mm, customer wants 1000 mm layflat. solve for BUR (exact).",
        "layflat = π·BUR·D_die/2. The die is 250 mm and we need a layflat of 1000 mm; solve for BUR exactly.",
        "layflat = pi*BUR*D_die/2 with a 250 mm die; solve for BUR at 1000 mm layflat.",
        "layflat = π·BUR·D_die/2, D_die = 250 mm, customer wants 1000 mm layflat. solve for BUR (exact).",
    ],
)
def test_names_set_in_words(question: str) -> None:
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["confidence"] >= 0.9, doc["answer"]
    assert all(c["passed"] for c in doc["checks"])
    assert len(doc["result"]) == 1
    assert sp.simplify(sp.sympify(doc["result"][0]) - LAYFLAT) == 0
    assert float(LAYFLAT) == pytest.approx(8 / math.pi)


@pytest.mark.parametrize(
    "question",
    [
        "layflat = π·BUR·D_die/2. die is 250 mm or 300 mm, customer wants 1000 mm layflat. solve for BUR.",
        "layflat = π·BUR·D_die/2. die is 250 mm. solve for BUR (exact).",
    ],
)
def test_values_not_matched_declined(question: str) -> None:
    declined(question)
