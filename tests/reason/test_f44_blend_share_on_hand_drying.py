"""Blends (branch f44): a share of a blend by price ("what mass fraction of PP" to cost $1.58/kg), a share asked as
"what fraction ... must come from well A", components on hand with no verb of mixing ("got whole milk at 3.8% fat
and skim at 0.5% fat"), and water removed from a feed with its dry matter kept (drying, evaporation); references
computed here with sympy, declines where the shares cannot be reached (a moisture on the dry basis is read since f49:
test_f49_algebra_words.py)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import as_set, confident, declined, roots_of


def _blend(asked: str, other: str, target: str, whole: int) -> sp.Rational:
    """The amount (or share, for ``whole`` 1) of the component at ``asked`` in a blend at ``target`` (sympy solve)."""
    x = sp.Symbol("x")
    a, b, c = (sp.Rational(v) for v in (asked, other, target))
    (root,) = sp.solve(a * x + b * (whole - x) - c * whole, x)
    return root


def _dried(feed: int, kept_in: int, kept_out: int) -> sp.Rational:
    """The product of a feed whose kept part (in percent) goes from ``kept_in`` to ``kept_out``: the kept mass is
    conserved, so product * kept_out = feed * kept_in (sympy solve)."""
    x = sp.Symbol("x")
    (root,) = sp.solve(x * kept_out - feed * kept_in, x)
    return root


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Blending PP staple at $1.40/kg with PET at $1.85/kg, purchasing wants the blend to cost exactly $1.58/kg. "
         "What mass fraction of PP does that take? (fraction, not %)", _blend("1.40", "1.85", "1.58", 1)),
        ("We blend PP staple at $1.40/kg with PET at $1.85/kg and the blend has to come in at $1.58/kg. What fraction "
         "of PP is needed?", _blend("1.40", "1.85", "1.58", 1)),
        ("Mixing HFO at $540/t and MGO at $800/t to get a $670/t blend: what proportion of MGO?",
         _blend("800", "540", "670", 1)),
        ("Blending PP at $1.40/kg with PET at $1.85/kg to cost $1.58/kg: what percentage of PP?",
         _blend("1.40", "1.85", "1.58", 100)),
        ("Blending two supply wells: well A runs at 62 mg/L nitrate, well B at 14 mg/L. What fraction of the blended "
         "flow must come from well A so the blend sits exactly at the 50 mg/L limit? (simple mass balance, fraction "
         "as a number between 0 and 1)", _blend("62", "14", "50", 1)),
        ("Well A runs at 62 mg/L nitrate and well B at 14 mg/L. What fraction of the blend should come from well B to "
         "sit at 50 mg/L?", _blend("14", "62", "50", 1)),
        ("Two wells are blended, well A at 62 mg/L and well B at 14 mg/L nitrate. What share of the flow has to be "
         "drawn from well A for the mix to hit 50 mg/L?", _blend("62", "14", "50", 1)),
        ("standardizing a batch: got whole milk at 3.8% fat and skim at 0.5% fat, need 1000 gal total at 2.0% fat. "
         "how many gallons of the whole milk go in? (assume fat % by volume is fine, just do the straight mass "
         "balance)", _blend("3.8", "0.5", "2.0", 1000)),
        ("We have whole milk at 3.8% fat and skim at 0.5% fat and need 1000 gal total at 2.0% fat. How many gal of "
         "skim?", _blend("0.5", "3.8", "2.0", 1000)),
        ("On hand: whole milk at 3.8% fat and skim milk at 0.5% fat. Need 1000 gal of 2.0% milk; how many gallons of "
         "whole milk?", _blend("3.8", "0.5", "2.0", 1000)),
        ("We've got 10,000 lb of wet corn coming in at 25% moisture (wet basis) and we dry it down to 15% wet basis. "
         "How many lb of corn come out of the dryer? dry matter stays the same obviously", _dried(10000, 75, 85)),
        ("10000 lb of corn at 25% moisture is dried to 15% moisture. How many lb of dried corn do we get?",
         _dried(10000, 75, 85)),
        ("500 kg of juice at 12% solids evaporated to 40% solids, how many kg of concentrate?", _dried(500, 12, 40)),
        ("We evaporate 500 kg of juice at 12% solids until it is concentrated to 40% solids. How much water is "
         "evaporated?", 500 - _dried(500, 12, 40)),
    ],
)  # fmt: skip
def test_share_on_hand_and_drying(question: str, want: sp.Rational) -> None:
    """Each is answered with confidence, its one root the reference."""
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set([want])


@pytest.mark.parametrize(
    "question",
    [
        "500 kg of juice at 40% solids evaporated to 12% solids, how many kg of concentrate?",
        "10000 lb of corn at 25% moisture is dried to 15% moisture. How many gal of dried corn do we get?",
        "Blending PP at $1.40/kg with PET at $1.85/kg to cost $1.98/kg: what fraction of PP?",
    ],
)
def test_declines(question: str) -> None:
    """A feed made weaker by 'evaporation', an ask in another unit, or a price outside the two: no confident
    answer."""
    declined(question)
