"""Task u2: names of 2 or 3 letters as a linear system's unknowns, a power set to a share of its reference, a dilution
by mass of a premix, and a formula solved for the name "what D" asks with values beside their names. References are
computed here with sympy and math, never by havoc's engines."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined


@pytest.mark.parametrize(
    "question",
    [
        "two constraints from the chip load sheet: 2f + 3ap = 4.1 and f + ap = 1.6. ap = ?",
        "2f + 3ap = 4.1, f + ap = 1.6: what is ap?",
        "the feed f and depth ap satisfy 2f + 3ap = 4.1 and f + ap = 1.6. find ap",
    ],
)
def test_a_name_of_letters_is_one_unknown(question: str) -> None:
    f, ap = sp.symbols("f ap")
    ((_, want),) = sp.linsolve([2 * f + 3 * ap - sp.Rational(41, 10), f + ap - sp.Rational(8, 5)], [f, ap])
    out = confident(question)
    assert "ap = 9/10" in out.answer and want == sp.Rational(9, 10)


@pytest.mark.parametrize(
    "question",
    [
        "2a + 3ap = 4.1 and a + ap = 1.6. ap = ?",  # ap may be a*p
        "2f + 3ap = 4.1 and f + p = 1.6. ap = ?",  # ap in one equation only
    ],
)
def test_an_ambiguous_name_is_declined(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "base", "share"),
    [
        (
            "Our module datasheet says output degrades 0.5% per year, compounding (so after n years it's 0.995^n of "
            "nameplate). Solve for the n (not rounded, real-valued) at which output has fallen to exactly 90% of "
            "nameplate.",
            0.995,
            0.9,
        ),
        ("after n years it's (1 - 0.005)^n of nameplate. find n at which output is 90% of nameplate.", 0.995, 0.9),
        (
            "Battery capacity fades each cycle: after k cycles it retains 0.9998^k of its initial capacity. Find k "
            "where it is down to 80% of initial capacity.",
            0.9998,
            0.8,
        ),
        (
            "the panel loses 0.7%/yr compounding, i.e. after t years output is 0.993^t of rated power. what t gives "
            "85% of rated power?",
            0.993,
            0.85,
        ),
    ],
)
def test_a_power_reaches_a_share_of_its_reference(question: str, base: float, share: float) -> None:
    out = confident(question, "algebra")
    (value,) = out.result
    assert float(sp.sympify(value)) == pytest.approx(math.log(share) / math.log(base), rel=1e-9)


def test_two_shares_of_the_reference_are_declined() -> None:
    declined(
        "after n years it's 0.995^n of nameplate. solve for n at which it is 90% of nameplate, or 80% of nameplate"
    )


@pytest.mark.parametrize(
    "question",
    [
        "I have a 2.5% w/w phenoxyethanol premix and need the final 50 kg batch at 0.8% w/w. How many kg of premix go in?",
        "I have a 2.5% w/w phenoxyethanol stock and need a final 50 kg batch at 0.8% w/w. How many kg of stock?",
        "dilute a 2.5% concentrate to make 50 kg at 0.8%: how many kg of concentrate?",
        "we need 50 kg of product at 0.8% w/w from a 2.5% w/w masterbatch; how much masterbatch goes in",
    ],
)
def test_a_dilution_by_mass(question: str) -> None:
    x = sp.Symbol("x")
    (want,) = sp.solve(sp.Rational(5, 2) * x - sp.Rational(4, 5) * 50, x)
    out = confident(question, "algebra")
    assert [sp.sympify(v) for v in out.result] == [want] == [16]


def test_a_dilution_asked_in_another_unit_is_declined() -> None:
    declined("I have a 2.5% w/w premix and need 50 kg at 0.8% w/w. How many g of premix?")


@pytest.mark.parametrize(
    "question",
    [
        "need 2400 rpm at Vc 180 m/min, n=1000\u00b7Vc/(\u03c0\u00b7D). what D in mm, exact",
        "spindle speed 2400 rpm, cutting speed Vc = 180 m/min; n = 1000*Vc/(pi*D). what is D?",
        "n=1000\u00b7Vc/(\u03c0\u00b7D); we want 2400 rpm with Vc 180 m/min. what's D?",
    ],
)
def test_a_formula_solved_for_what_is_asked(question: str) -> None:
    d = sp.Symbol("D", positive=True)
    (want,) = sp.solve(sp.Eq(2400, 1000 * 180 / (sp.pi * d)), d)
    out = confident(question, "algebra")
    (value,) = out.result
    assert sp.simplify(sp.sympify(value) - want) == 0 and want == 75 / sp.pi


def test_values_that_do_not_match_names_one_to_one_are_declined() -> None:
    declined("need 2400 rpm at 180 m/min, n=1000\u00b7Vc/(\u03c0\u00b7D). what D in mm, exact")
