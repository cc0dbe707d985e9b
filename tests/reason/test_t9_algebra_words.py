"""Algebra word problems (task t9): a quantity that "follows", "falls as" or "decays like" an expression set to a
value ("at what t is there 102 nm left", "at what t the count reach 50"), a formula whose subscripted names take
values stated in prose ("field use at 55 °C" for T_use, converted to kelvin where the question says so), and a
dilution C1 V1 = C2 V2 from a stock. References: sympy and math computed here; unreadable variants decline."""

from __future__ import annotations

import math

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, roots_of


def _root(question: str) -> float:
    (value,) = roots_of(confident(question, "algebra").result)
    return float(value)


def _solve(expr: sp.Expr, value: float) -> float:
    t = sp.Symbol("t", nonnegative=True)
    (root,) = sp.solve(sp.Eq(expr.subs(sp.Symbol("t"), t), value), t)
    return float(root)


_T = sp.Symbol("t")
_OXIDE = 850 - sp.Rational(34, 10) * _T
_SPORES = 1000 * sp.exp(-sp.Rational(2, 10) * _T)


# ---- a quantity's course set to a value ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "Remaining oxide on the test wafer follows 850 − 3.4t nm (t in seconds of BOE dip). At what t is there 102 nm "
        "left?",
        "The oxide thickness follows 850 - 3.4t nm (t in s). When will only 102 nm remain?",
        "Oxide left on the wafer goes as 850 - 3.4t nm, t in seconds. how long until 102 nm are left?",
        "Remaining oxide follows 850 − 3.4t nm. At what t does the oxide reach 102 nm?",
    ],
)
def test_linear_course_reaches_a_value(question: str):
    assert math.isclose(_root(question), _solve(_OXIDE, 102), rel_tol=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "count of surviving spores falls as 1000·e^(−0.2t) (t in min). at what t the count reach 50? exact form",
        "spore count falls as 1000·e^(−0.2t) (t in min). when does it hit 50?",
        "the number of surviving spores decays like 1000 e^(-0.2t), t in minutes. At what t does the number of spores "
        "reach 50? exact answer please",
    ],
)
def test_exponential_course_reaches_a_value(question: str):
    assert math.isclose(_root(question), 5 * math.log(20), rel_tol=1e-12)
    assert math.isclose(_root(question), _solve(_SPORES, 50), rel_tol=1e-12)


def test_value_left_in_another_unit_is_not_read():
    declined("Remaining oxide follows 850 - 3.4t nm (t in s). At what t is there 0.102 um left?")


# ---- subscripted names valued in prose ----------------------------------------------------------------------
def _arrhenius(ea: float, k: float, t_use_c: float, t_stress_c: float) -> float:
    return math.exp(ea / k * (1 / (t_use_c + 273.15) - 1 / (t_stress_c + 273.15)))


@pytest.mark.parametrize(
    "question",
    [
        "hey, quick Arrhenius one: burn-in at 125 °C, field use at 55 °C, Ea = 0.7 eV, Boltzmann k = 8.617e-5 eV/K "
        "(convert to kelvin with +273.15). What's the acceleration factor AF = exp[(Ea/k)(1/T_use − 1/T_stress)]?",
        "Arrhenius acceleration factor AF = exp((Ea/k)(1/T_use - 1/T_stress)) with Ea = 0.7 eV, k = 8.617e-5 eV/K; "
        "stress test at 125 °C, operating temperature 55 °C, temperatures in kelvin (add 273.15). What is AF?",
        "acceleration factor for an accelerated test at 398.15 K vs use at 328.15 K: AF = exp[(Ea/k)(1/T_use - "
        "1/T_stress)], Ea = 0.7 eV, k = 8.617e-5 eV/K. what's AF?",
    ],
)
def test_acceleration_factor_from_labelled_temperatures(question: str):
    out = confident(question, "algebra")
    value = float(out.result["numeric"]) if isinstance(out.result, dict) else float(sp.N(out.result))
    assert math.isclose(value, _arrhenius(0.7, 8.617e-5, 55, 125), rel_tol=1e-9)
    assert math.isclose(value, 77.658452367, rel_tol=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # degC with no word on kelvin
        "burn-in at 125 °C, field use at 55 °C, Ea = 0.7 eV, k = 8.617e-5 eV/K. What's AF = exp[(Ea/k)(1/T_use − "
        "1/T_stress)]?",
        # two stress temperatures
        "stress at 125 °C or 150 °C, field use at 55 °C, Ea = 0.7 eV, k = 8.617e-5 eV/K, +273.15 for kelvin. What's "
        "AF = exp[(Ea/k)(1/T_use − 1/T_stress)]?",
        # no label for the use temperature
        "burn-in at 125 °C and 55 °C, Ea = 0.7 eV, k = 8.617e-5 eV/K, +273.15 for kelvin. What's AF = "
        "exp[(Ea/k)(1/T_use − 1/T_stress)]?",
    ],
)
def test_acceleration_factor_declines_unreadable_values(question: str):
    declined(question)


# ---- a dilution from a stock --------------------------------------------------------------------------------
def _stock_volume(c_stock: float, c_target: float, v_target: float) -> float:
    v1 = sp.Symbol("v1")
    return float(sp.solve(sp.Eq(c_stock * v1, c_target * v_target), v1)[0])


@pytest.mark.parametrize(
    ("question", "stock", "target", "volume"),
    [
        ("need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of stock go in?", 2, 0.5, 250),
        (
            "I have to make 500 mL of a 0.9% saline from a 5% stock solution and water. How much stock do I need?",
            5,
            0.9,
            500,
        ),  # fmt: skip
        (
            "To prepare 100 mL of 0.1 M NaCl from a 2 M stock topped up with water, what volume of stock is needed?",
            2,
            0.1,
            100,
        ),  # fmt: skip
        ("How many mL of the 10 mg/mL stock are needed to make 50 mL at 2 mg/mL with buffer?", 10, 2, 50),
    ],
)
def test_dilution_volume_of_stock(question: str, stock: float, target: float, volume: float):
    assert math.isclose(_root(question), _stock_volume(stock, target, volume), rel_tol=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "need 250 mL of 0.5% w/v solution from a 2 mg/mL stock. how many mL of stock?",  # two units
        "need 250 mL of 5% solution, only have a 2% stock + water. how many mL of stock go in?",  # stock too weak
        "how many mL of stock do I need for the buffer?",  # nothing stated
    ],
)
def test_dilution_declines(question: str):
    declined(question)
