"""A name after a term and a sign in an equation ("2x - y = 5") is no name set to a value: two equations with a
bracketed letter after one ("x + y = 10 (x); 2x - y = 5") were solved as 10·x = 5 at 0.97. Stated values still read."""

from __future__ import annotations

import math

import pytest
import sympy

from havoc_cli.reason.pipeline import reason
from plugins.symbolic.evaluate_prose import SETTING
from tests.reason.answers import declined


@pytest.mark.parametrize("text", ["2x - y = 5", "2x-y = 5", "a + b = 3", "(x) + y = 7", "3 − z = 1"])
def test_a_name_inside_an_expression_is_no_setting(text: str) -> None:
    assert [m["name"] for m in SETTING.finditer(text)] == []


@pytest.mark.parametrize(("text", "name", "value"), [("with k = 0.5, T0 = 300", "k", "0.5"), ("- k = 0.5", "k", "0.5")])
def test_a_stated_value_still_reads(text: str, name: str, value: str) -> None:
    m = SETTING.search(text)
    assert m is not None and (m["name"], m["value"]) == (name, value)


def test_two_equations_with_a_bracketed_letter_are_not_one() -> None:
    declined("x + y = 10 (x); 2x - y = 5. what is x?")


def test_a_formula_solved_with_its_values_still_answers() -> None:
    out = reason("T = T0*exp(k*t) with k = 0.5, T0 = 300. solve for t when T = 600")
    assert out.mode == "algebra" and out.confidence >= 0.9
    assert [float(sympy.parse_expr(root)) for root in out.result] == pytest.approx([math.log(2) / 0.5])
