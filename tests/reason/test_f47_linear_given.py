"""Linear systems in indexed names run together on one line ("4T1 − T2 = 100 −T1 + 4T2 − T3 = 0 −T2 + 4T3 = 50"),
one unknown asked ("Determine T2"); and equations that only give values ("k1 = 0.5 min⁻¹, k2 = 0.25 min⁻¹") never
answered as a system solved, nor a system taken when the question asks a quantity none of its unknowns is."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.symbols import to_sympy
from plugins.api.reasoning import Plan
from plugins.symbolic.reasoning_audit import audit_algebra
from tests.reason.answers import confident, declined


def _solution(names: str, rows: list[list[int]], rhs: list[int]) -> dict[str, sp.Rational]:
    """The one solution of A x = b, by sympy's linsolve."""
    symbols = sp.symbols(names)
    (values,) = sp.linsolve((sp.Matrix(rows), sp.Matrix(rhs)), symbols)
    return {str(s): v for s, v in zip(symbols, values, strict=True)}


_NODAL = _solution("T1 T2 T3", [[4, -1, 0], [-1, 4, -1], [0, -1, 4]], [100, 0, 50])
_MESH = _solution("I1 I2 I3", [[5, -2, 0], [-2, 6, -1], [0, -1, 4]], [12, 0, 8])


@pytest.mark.parametrize(
    ("question", "asked", "want"),
    [
        (
            "A 1-D finite-difference model of steady conduction through a wall gives the nodal equations 4T1 − T2 = "
            "100 −T1 + 4T2 − T3 = 0 −T2 + 4T3 = 50 (temperatures in °C). Determine T2 exactly.",
            "T2",
            _NODAL["T2"],
        ),
        (
            "A 1-D finite-difference model of steady conduction through a wall gives the nodal equations\n\n4T1 − T2 "
            "= 100\n\n−T1 + 4T2 − T3 = 0\n\n−T2 + 4T3 = 50\n\n(temperatures in °C). Determine T2 exactly.",
            "T2",
            _NODAL["T2"],
        ),
        ("4x1 − x2 = 100, −x1 + 4x2 − x3 = 0, −x2 + 4x3 = 50; find x2", "x2", _NODAL["T2"]),
        ("Mesh currents satisfy 5I1 − 2I2 = 12 −2I1 + 6I2 − I3 = 0 −I2 + 4I3 = 8. Determine I3.", "I3", _MESH["I3"]),
    ],
)
def test_run_on_system(question: str, asked: str, want: sp.Rational) -> None:
    out = confident(question, "algebra")
    assert out.answer.startswith(f"{asked} = {want} ")
    assert all(check["passed"] for check in out.checks)
    assert to_sympy(out.result) == want


@pytest.mark.parametrize(
    "question",
    [
        "Exam Q: A → B → C, both steps first order and irreversible, k1 = 0.5 min⁻¹, k2 = 0.25 min⁻¹, batch reactor "
        "initially pure A (C_A0 = 1 mol/L, no B or C). Determine the time t at which the concentration of B is a "
        "maximum. Give the exact expression in min.",
        "Consecutive reactions A -> B -> C with k1 = 0.3 s^-1 and k2 = 0.1 s^-1. Find the time of maximum B.",
        "For the series reaction A → B → C, k1 = 2 h⁻¹, k2 = 1 h⁻¹. What is the time t at which B peaks?",
        # a near miss: values given and a sum of them asked, no system
        "Two resistors R1 = 10 and R2 = 20 ohm in series. Find R1 + R2.",
    ],
)
def test_given_values_are_no_system(question: str) -> None:
    answer = declined(question)
    assert "solution vector" not in answer


def test_audit_fails_values_given() -> None:
    """A plan that "solves" values given (each equation a name set to a number) fails the audit."""
    facts = {"op": "linsolve", "matrix": [["1", "0"], ["0", "1"]], "rhs": ["1/2", "1/4"], "unknowns": ["k1", "k2"],
             "equations": ["k1 = 0.5", "k2 = 0.25"]}  # fmt: skip
    result = {"result": "Matrix([[1/2], [1/4]])", "entries": [["1/2"], ["1/4"]], "values": [[0.5], [0.25]]}
    checks = audit_algebra(Plan("algebra", "show linsolve([[1, 0], [0, 1]], [1/2, 1/4])", facts), result, to_sympy)
    assert not all(check.passed for check in checks)
    related = {**facts, "matrix": [["1", "0"], ["1", "1"]], "rhs": ["1/2", "3/4"]}
    checks = audit_algebra(Plan("algebra", "show linsolve([[1, 0], [1, 1]], [1/2, 3/4])", related), result, to_sympy)
    assert all(check.passed for check in checks)


def test_indexed_system_still_read() -> None:
    """Formulas in indexed names with an equality and a total said in words stay a system (P1 = 310 MW)."""
    out = confident("Incremental costs: unit 1 λ1 = 8 + 0.004·P1 $/MWh, unit 2 λ2 = 7.5 + 0.006·P2 $/MWh. Total "
                    "demand 600 MW. Setting λ1 = λ2, what's P1?", "algebra")  # fmt: skip
    p1, p2 = sp.symbols("P1 P2")
    want = sp.solve([8 + sp.Rational(4, 1000) * p1 - (sp.Rational(15, 2) + sp.Rational(6, 1000) * p2), p1 + p2 - 600])
    assert out.answer.startswith(f"P1 = {want[p1]}")


_DISTRICTS = _solution("a b c", [[1, 1, 1], [2, -1, 0], [0, 1, -3]], [1500, 0, -100])


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Allocating 1,500 MMR doses across three districts a, b, c. Constraints from the plan: a + b + c = 1500, "
         "2a − b = 0, b − 3c = −100. Solve the system, how many go to district c?", "c"),
        ("a + b + c = 1500, 2a - b = 0, b - 3c = -100. how much goes to plant b?", "b"),
    ],
)  # fmt: skip
def test_one_unknown_closing_a_how_many_question_is_the_answer(question: str, asked: str) -> None:
    assert to_sympy(str(confident(question).result)) == _DISTRICTS[asked]


def test_several_unknowns_asked_keep_the_vector() -> None:
    result = confident("x + y = 10, x - y = 2. how many of x and y?").result
    assert "Matrix" in str(result)
