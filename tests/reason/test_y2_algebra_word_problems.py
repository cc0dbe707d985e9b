"""Task y2: algebra word problems. A quantity named in words set to a value ("rise above ambient = ... solve for t
when the rise hits 500"), growth by a doubling time or decay by a half-life to a target, the share of one component
in a two-component blend, and a formula defined in words ("shrinkage is defined as (mould dimension − part
dimension) / mould dimension"). References are computed here with math, fractions and sympy, independently of
havoc's engines."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def one_root(question: str, want: float) -> None:
    """``question`` answered in algebra with confidence >= 0.9, every check passed, its one root equal to ``want``."""
    out = confident(question, "algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    assert len(out.result) == 1, out.result
    assert float(to_sympy(out.result[0])) == pytest.approx(want, rel=1e-9)


def exact_root(question: str, want: Fraction) -> None:
    """``question`` answered in algebra, its one root exactly the fraction ``want``."""
    out = confident(question, "algebra")
    assert all(c["passed"] for c in out.checks), out.checks
    assert len(out.result) == 1, out.result
    assert sp.simplify(to_sympy(out.result[0]) - sp.Rational(want.numerator, want.denominator)) == 0


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("nozzle tip warm-up: rise above ambient = 800(1 − e^(−t/40)) °C. solve for t (s) when the rise hits 500 °C, "
         "exact", 40 * math.log(8 / 3)),
        ("Heater element: temperature rise over ambient = 150(1 - e^(-t/12)) K. Solve for t when the rise reaches "
         "100 K.", 12 * math.log(3)),
        ("deflection under load = 0.4(1 − e^(−t/30)) mm; solve for t (min) when the deflection reaches 0.3 mm, exact",
         30 * math.log(4)),
        ("creep strain of the gasket = 0.02(1 - e^(-t/8)). when does the strain hit 0.015? solve for t",
         8 * math.log(4)),
    ],
)  # fmt: skip
def test_quantity_named_in_words_set_to_a_value(question: str, want: float) -> None:
    one_root(question, want)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("E. coli culture at OD600 = 0.05, doubling time 25 min, assume clean exponential growth. How many minutes "
         "until it hits OD600 0.8?", 25 * math.log2(0.8 / 0.05)),
        ("A yeast culture doubles every 90 minutes. Starting from 2e6 cells/mL, how long until it reaches 3.2e7 "
         "cells/mL?", 90 * math.log2(3.2e7 / 2e6)),
        ("Bacteria doubling time 30 min. Starting at 1000 cells, how many hours to reach 64000 cells?",
         0.5 * math.log2(64)),
        ("Bacteria double every 20 min, from 1000 to 1000000 cells; how long does it take?", 20 * math.log2(1000)),
        ("Cs-137 has a half-life of 30 years. How many years until 80 mCi decays to 10 mCi?", 30 * math.log2(8)),
        ("Drug half-life 6 h; plasma level 40 mg/L now. How many hours until it falls to 5 mg/L?", 6 * math.log2(8)),
        ("Doubling time 30 min; starting at 1000 cells, how long (in hours) until we reach 64000 cells?",
         0.5 * math.log2(64)),
        ("Drug half-life 6 h; plasma level 40 mg/L now. When, in days, does it fall to 5 mg/L?", 6 / 24 * math.log2(8)),
    ],
)  # fmt: skip
def test_doubling_time_and_half_life(question: str, want: float) -> None:
    one_root(question, want)


@pytest.mark.parametrize(
    "question",
    [
        "doubling time 25 min, OD 0.8 now. how many minutes until it hits 0.05?",  # a doubling never falls
        "half-life 6 h, level 5 mg/L now. how many hours until it reaches 40 mg/L?",  # a half-life never grows
        "doubling time 25 min, OD 0.05 at 9:00 and 0.1 at 9:30. how many minutes until it hits 0.8?",  # 3 values
        "doubling time 2 months, 100 units now. how many days until 800 units?",  # months do not convert
    ],
)
def test_doubling_misreadings_are_declined(question: str) -> None:
    declined(question)


def _share(a: float, b: float, target: float) -> Fraction:
    """The share p of a in a blend with b at the target: a p + b (1 - p) = target."""
    fa, fb, ft = (Fraction(str(v)) for v in (a, b, target))
    return (ft - fb) / (fa - fb)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Gradation blend — coarse agg A has 80% passing the 4.75 mm sieve, agg B only 20%. What proportion of A (as a "
         "fraction of total blend mass, 0 to 1) gives 45% passing 4.75 mm?", _share(80, 20, 45)),
        ("Two sands: sand A is 60% passing the 600 um sieve, sand B 10%. What fraction of A in the blend gives 30% "
         "passing?", _share(60, 10, 30)),
        ("Lot A assays at 97.2%, lot B at 101.8%. What mass fraction of lot A gives a blend at 100.0%?",
         _share(97.2, 101.8, 100.0)),
        ("blending a 30% stock with a 10% stock. What fraction of the 30% stock gives 25%?", _share(30, 10, 25)),
        ("Ore pile 1 grades 1.2% Cu and pile 2 grades 0.4% Cu. What percentage of pile 1 in the blend hits 0.9% Cu?",
         100 * _share(1.2, 0.4, 0.9)),
    ],
)  # fmt: skip
def test_share_of_a_component_in_a_blend(question: str, want: Fraction) -> None:
    exact_root(question, want)


def test_share_outside_the_components_is_declined() -> None:
    declined("Lot A assays at 97.2%, lot B at 101.8%. What proportion of lot A gives a blend at 105%?")


def _mould(part: float, shrinkage_percent: float) -> Fraction:
    """The mould dimension M of (M - part) / M = shrinkage, solved with sympy."""
    m = sp.symbols("m", positive=True)
    s = sp.Rational(str(shrinkage_percent)) / 100
    (root,) = sp.solve(sp.Eq((m - sp.Rational(str(part))) / m, s), m)
    return Fraction(int(root.p), int(root.q))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Need the cavity length for a PP clip. Nominal part length is 120.0 mm and the mould shrinkage is 1.8 %, "
         "where shrinkage is defined as (mould dimension − part dimension) / mould dimension. What cavity dimension "
         "(mm) do we cut? Exact fraction is fine.", _mould(120, 1.8)),
        ("Cavity size for a PA66 bushing: part diameter 40.0 mm, mould shrinkage 1.5 %, with shrinkage defined as "
         "(mould dimension - part dimension) / mould dimension. What mould dimension do we need?", _mould(40, 1.5)),
        ("Efficiency is defined as output power / input power. The output power is 850 W and the efficiency is 85 %. "
         "What is the input power?", Fraction(850) / Fraction(85, 100)),
        ("First-pass yield is defined as good parts / total parts. Yield is 0.96 and good parts are 480. How many "
         "total parts?", Fraction(480) / Fraction(96, 100)),
        ("Conversion is defined as (feed - product) / feed. Feed is 2.0 mol/L and conversion is 0.75. What is the "
         "product?", Fraction(2) * (1 - Fraction(3, 4))),
    ],
)  # fmt: skip
def test_formula_defined_in_words(question: str, want: Fraction) -> None:
    exact_root(question, want)


@pytest.mark.parametrize(
    "question",
    [
        # the ask names a quantity given (the part), not the one left
        "Nominal part length is 120.0 mm and the mould shrinkage is 1.8 %, where shrinkage is defined as (mould "
        "dimension − part dimension) / mould dimension. What part dimension do we get?",
        # two quantities without a value
        "Shrinkage is defined as (mould dimension - part dimension) / mould dimension. The part is 120 mm. What is "
        "the mould dimension?",
        # values in two units
        "Efficiency is defined as output power / input power. The output power is 850 W and the input power is "
        "1000 kW. What is the efficiency?",
    ],
)
def test_formula_in_words_misreadings_are_declined(question: str) -> None:
    declined(question)
