"""Round 58: mineral-processing mass balances from assays. The two-product formula (recovery c(f - t)/(f(c - t)) and
mass yield (f - t)/(c - t), in %) and the three-product balance of two metals' assays over a feed, two concentrates
and a tail (the products' masses solved from C1 + C2 + T = 100 and one balance per metal); a table of assays asked a
yield is never a one-way ANOVA of its rows. References: sympy's exact solution of the balance, computed here."""

from __future__ import annotations

from fractions import Fraction

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined


def _value(question: str) -> float:
    """The answered number of ``question`` (answered in algebra, confidently, every check passing)."""
    out = reason(question).to_dict()
    assert out["answered"], out["answer"]
    assert out["mode"] == "algebra", out["mode"]
    assert out["confidence"] >= 0.9 and all(c["passed"] for c in out["checks"]), out["checks"]
    result = out["result"]
    return float(Fraction(result[0] if isinstance(result, list) else result))


def _two(f: str, c: str, t: str) -> tuple[float, float]:
    """The two-product recovery and mass yield in %, by sympy from the assays."""
    f_, c_, t_ = (sp.Rational(v) for v in (f, c, t))
    return float(100 * c_ * (f_ - t_) / (f_ * (c_ - t_))), float(100 * (f_ - t_) / (c_ - t_))


def _three(feed: tuple[str, str], products: list[tuple[str, str]]) -> tuple[list[float], sp.Matrix]:
    """The three products' masses in % of feed (sympy's exact linsolve), and the assays as a matrix."""
    masses = sp.symbols("m1:4")
    a = sp.Matrix([[sp.Rational(p[k]) for p in products] for k in range(2)])
    eqs = [sum(masses) - 100] + [
        sum(a[k, j] * masses[j] for j in range(3)) - 100 * sp.Rational(feed[k]) for k in range(2)
    ]
    (solution,) = sp.linsolve(eqs, masses)
    return [float(v) for v in solution], a


_TABLE = """{intro}
stream      Pb %     Zn %
feed        4.6      7.9
Pb conc    68.5      6.1
Zn conc     2.2     51.0
tailing     0.4      0.7
{ask}"""
_FEED = ("4.6", "7.9")
_PRODUCTS = [("68.5", "6.1"), ("2.2", "51.0"), ("0.4", "0.7")]


@pytest.mark.parametrize(
    ("question", "which"),
    [
        (
            "assays from the feed, both concs and tail:\nfeed 1.85 % Cu\nconc 24.0 % Cu\ntails 0.21 % Cu\n"
            "Cu recovery to the concentrate, %?",
            "recovery",
        ),  # fmt: skip
        (
            "Concentrator survey: feed grade 0.95% Ni, concentrate grade 14.2% Ni, tailings grade 0.12% Ni. What is the "
            "nickel recovery in percent?",
            "recovery",
        ),  # fmt: skip
        ("two-product check: feed 3.4 % Zn, conc 55 % Zn, tail 0.5 % Zn. what's the mass yield of the conc?", "yield"),
        ("flotation assays feed 1.85 % Cu; conc 24.0 % Cu; tails 0.21 % Cu. weight recovery to concentrate?", "yield"),
    ],
)
def test_two_product_formula(question: str, which: str) -> None:
    import re

    f, c, t = re.findall(r"(\d+(?:\.\d+)?)\s*%", question)[:3]
    recovery, mass_yield = _two(f, c, t)
    assert _value(question) == pytest.approx(recovery if which == "recovery" else mass_yield, rel=1e-9)


@pytest.mark.parametrize(
    ("intro", "ask", "product"),
    [
        ("Pb/Zn three-product balance, unit feed:", "mass yield of the Pb conc in % of feed?", 0),
        ("lead-zinc circuit assays", "what's the weight yield of the Zn conc?", 1),
        ("survey of the mill, balance off both assays.", "mass yield of the tailing?", 2),
    ],
)
def test_three_product_yield(intro: str, ask: str, product: int) -> None:
    masses, _ = _three(_FEED, _PRODUCTS)
    assert _value(_TABLE.format(intro=intro, ask=ask)) == pytest.approx(masses[product], rel=1e-9)


@pytest.mark.parametrize(("metal", "product"), [(1, 1), (0, 0)])
def test_three_product_recovery(metal: int, product: int) -> None:
    masses, a = _three(_FEED, _PRODUCTS)
    name = ("Pb", "Zn")[metal]
    want = float(a[metal, product]) * masses[product] / float(_FEED[metal])
    ask = f"{name} recovery to the {name} conc?"
    assert _value(_TABLE.format(intro="Pb/Zn mill balance.", ask=ask)) == pytest.approx(want, rel=1e-9)


def test_a_table_of_assays_asked_a_yield_is_no_anova() -> None:
    """A yield of a product the table lacks is declined, never answered as a one-way ANOVA of the rows."""
    out = reason(_TABLE.format(intro="Pb/Zn mill.", ask="what's the mass yield of the Cu conc?"))
    assert out.mode != "anova"
    declined(_TABLE.format(intro="Pb/Zn mill.", ask="what's the mass yield of the Cu conc?"))


def test_impossible_two_product_assays_are_declined() -> None:
    """A feed richer than its concentrate has no two-product balance."""
    declined("feed 30 % Cu, conc 26.5 % Cu, tails 0.18 % Cu. what's the Cu recovery?")
