"""f55: two-stock blends and additions that were unread: bulleted notes whose stocks are labelled with "@" ("have drum
A @ 1.5 %, drum B @ 6.0 %"); stocks after a possessive ("using our 6.8% pale and the 4.2% lager that's sitting around")
with the target after "hit" or "reach" and a batch ("hit 5.0% ABV on a 200 L blend"); a pure component ("pure (100%)
concentrate") or water added to an amount on hand to reach a target ("40 gallons of coolant that is 5% concentrate").
Exact answers stay fractions. Near misses (a target outside the stocks, a pure component in g/L) still decline."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

_X = sp.Symbol("x")


def _blend(total: str, target: str, asked: str, other: str) -> sp.Expr:
    """The amount of the stock at ``asked``: asked*x + other*(total - x) = target*total, solved exactly by sympy."""
    a, b, t, c = (sp.Rational(v) for v in (asked, other, total, target))
    return sp.solve(sp.Eq(a * _X + b * (t - _X), c * t), _X)[0]


def _added(on_hand: str, have: str, target: str, added: str) -> sp.Expr:
    """The amount added at ``added`` to ``on_hand`` at ``have`` to reach ``target``: added*x + have*on_hand =
    target*(on_hand + x), solved exactly by sympy."""
    v, h, c, a = (sp.Rational(s) for s in (on_hand, have, target, added))
    return sp.solve(sp.Eq(a * _X + h * v, c * (v + _X)), _X)[0]


def _value(question: str) -> sp.Expr:
    """The one root of the question's answer, which must be confident algebra with every check passing."""
    out = confident(question, "algebra").to_dict()
    assert all(c["passed"] for c in out["checks"])
    result = out["result"]
    return to_sympy(result[0] if isinstance(result, list) else result)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("- topping up gearbox sump, need 180 L gear oil at 4.0 % EP additive (by vol)\n"
         "- have drum A @ 1.5 %, drum B @ 6.0 %\n"
         "- how many L from drum A?", _blend("180", "4.0", "1.5", "6.0")),
        ("need 500 kg of feed at 14% protein\nhave bin A @ 20%, bin B @ 10%\nhow many kg from bin A?",
         _blend("500", "14", "20", "10")),
        ("- mixing 60 L of fuel at 3.5 % oil\n- tank 1 @ 2 %, tank 2 @ 5 %\n- how many L from tank 2?",
         _blend("60", "3.5", "5", "2")),
    ],
)  # fmt: skip
def test_bulleted_stocks_labelled_with_at_signs(question: str, want: sp.Expr) -> None:
    assert sp.simplify(_value(question) - want) == 0


def test_bulleted_target_outside_the_stocks_declines() -> None:
    answer = declined("- need 180 L gear oil at 4.0 % EP additive (by vol)\n- have drum A @ 1.5 %, drum B @ 3.0 %\n"
                      "- how many L from drum A?")  # fmt: skip
    assert "between" in answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("gotta hit 5.0% ABV on a 200 L blend for the taproom session beer using our 6.8% pale and the 4.2% lager "
         "that's sitting around, how many liters of the 6.8% stuff go in (assume ABV just blends by volume, exact "
         "number pls not rounded)", _blend("200", "5.0", "6.8", "4.2")),
        ("need to hit 12% on a 50 kg batch using our 20% premix and the 8% base that's left over, how many kg of the "
         "20% stuff go in?", _blend("50", "12", "20", "8")),
        ("we want to reach 40% solids in a 300 kg batch from my 55% slurry and the 30% slurry, how many kg of the 55% "
         "slurry? exact please", _blend("300", "40", "55", "30")),
    ],
)  # fmt: skip
def test_possessive_stocks_hit_a_batch_target_exactly(question: str, want: sp.Expr) -> None:
    got = _value(question)
    assert got == want, got  # an exact fraction (800/13), not a rounded decimal
    assert isinstance(got, sp.Rational)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Mixture problem: the shop has 40 gallons of coolant that is 5% concentrate. How many gallons of pure (100%) "
         "concentrate must be added to bring it up to 8% concentrate? Exact answer as a fraction.",
         _added("40", "5", "8", "100")),
        ("The radiator holds 12 L of coolant that's 30% antifreeze. How many litres of pure antifreeze must be added "
         "to bring it to 40%?", _added("12", "30", "40", "100")),
        ("We have 20 L of cleaner at 12%. How many litres of water must be added to dilute it to 8%?",
         _added("20", "12", "8", "0")),
    ],
)  # fmt: skip
def test_pure_component_or_water_added_to_an_amount_on_hand(question: str, want: sp.Expr) -> None:
    got = _value(question)
    assert got == want, got


def test_pure_component_in_grams_per_litre_declines() -> None:
    answer = declined("A tank holds 300 L of brine at 4 g/L. How many litres of pure salt must be added to bring it "
                      "to 6 g/L?")  # fmt: skip
    assert "percent" in answer


def test_water_cannot_strengthen_declines() -> None:
    answer = declined("We have 20 L of cleaner at 12%. How many litres of water must be added to bring it to 15%?")
    assert "between" in answer


def test_added_stock_by_its_strength_keeps_its_answer() -> None:
    question = ("20 L of stain at 8% pigment. How many litres of the 20% concentrate do we add to bring the whole batch "
                "to 12%?")  # fmt: skip
    assert _value(question) == _added("20", "8", "12", "20")
