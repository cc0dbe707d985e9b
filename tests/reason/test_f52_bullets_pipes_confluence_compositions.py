"""Branch g1 (f52): linear systems and mixing stated in prose and tables. Equations listed under a colon with "- ",
"* " or "• " bullets (the bullet no minus sign; a spaced dash with no list shape declines), a matrix pasted as table
rows between pipes ("| 6 | 2 |"), the conservative complete-mix mass balance of two streams (Q1 C1 + Q2 C2 = (Q1 +
Q2) C, for the flow or the mixed concentration), and a batch of ingredients whose composition is tabled with its
total and component amounts (a square system, never an ANOVA). References by numpy and sympy, not havoc's engines."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp

from plugins.symbolic.linear_system import unbulleted
from tests.reason.answers import as_set, confident, declined, roots_of

MILK = (
    "Dear Martin,\n\nWe are recombining milk for an export order from three ingredients. Per kg of ingredient:\n\n"
    "ingredient\tprotein (kg/kg)\tfat (kg/kg)\nskim milk powder\t0.35\t0.01\ncream\t0.02\t0.40\nwater\t0\t0\n\n"
    "The batch must weigh exactly 100 kg and contain exactly {protein} kg protein and 3.5 kg fat. Could you solve the "
    "linear system and tell me how many kg of cream go in? Please give it to several decimals.\n\nKind regards,\nAoife"
)


def _solve(rows: list[list[float]], rhs: list[float]) -> np.ndarray:
    """numpy's solution of a square system."""
    return np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))


CLAMPS = _solve([[1, 1, 1], [1, -1, 0], [0, 2, -1]], [1200, 100, 500])


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("fixture load split, 3 clamps a, b, c (N):\n- a + b + c = 1200\n- a − b = 100\n- 2b − c = 500\nsolve, "
         "what's c?", CLAMPS[2]),
        ("three clamp loads a, b and c in N satisfy:\n* a + b + c = 1200\n* a - b = 100\n* 2b - c = 500\nsolve for "
         "a", CLAMPS[0]),
        ("Clamp forces (N), from the fixture sheet:\n• a + b + c = 1200\n• a − b = 100\n• 2b − c = 500\nWhat is b?",
         CLAMPS[1]),
    ],
)  # fmt: skip
def test_bulleted_equations_are_no_minus_signs(question: str, want: float) -> None:
    out = confident(question)
    assert float(sp.Rational(out.result)) == pytest.approx(want, rel=1e-12)


def test_a_minus_against_its_term_stays_a_minus() -> None:
    want = _solve([[1, 1], [-1, 2]], [3, 3])
    out = confident("solve the system:\nx + y = 3\n-x + 2y = 3")
    assert [float(v) for v in sp.Matrix(sp.sympify(str(out.result)))] == pytest.approx(list(want))


def test_spaced_dashes_with_no_list_shape_decline() -> None:
    with pytest.raises(ValueError, match="minus signs or a list's bullets"):
        unbulleted("solve\n- x + y = 3\n- x - y = 1")
    assert "minus signs or a list's bullets" in declined("solve\n- x + y = 3\n- x - y = 1")
    assert unbulleted("loads:\n- a + b = 3\n- a - b = 1") == "loads:\na + b = 3\na - b = 1"
    assert unbulleted("x + y = 3\n- x + 2y = 3") == "x + y = 3\n- x + 2y = 3"  # one line alone: a minus


@pytest.mark.parametrize(
    ("question", "matrix", "op"),
    [
        ("Hi Martin,\n\nThe consultant's report on our two-parameter sensory panel quotes a covariance matrix\n\n| 6 | 2 "
         "|\n| 2 | 3 |\n\nand says 'the eigenvalues are obvious'. They are not obvious to me! Could you give me both "
         "eigenvalues of that 2×2 matrix?\n\nThanks,\nAoife", [[6, 2], [2, 3]], "eig"),
        ("Our stiffness matrix is\n|2|-1|\n|-1|2|\nwhat are its eigenvalues?", [[2, -1], [-1, 2]], "eig"),
        ("What is the determinant of this matrix?\n\n| 4 | 1 | 0 |\n| 1 | 3 | 1 |\n| 0 | 1 | 2 |",
         [[4, 1, 0], [1, 3, 1], [0, 1, 2]], "det"),
    ],
)  # fmt: skip
def test_matrix_pasted_as_pipe_rows(question: str, matrix: list[list[int]], op: str) -> None:
    out = confident(question, "linear_algebra")
    if op == "eig":
        assert roots_of(out.result) == as_set(sp.Matrix(matrix).eigenvals())
        assert sorted(np.linalg.eigvalsh(np.array(matrix, dtype=float))) == pytest.approx(
            sorted(float(sp.sympify(v)) for v in out.result)
        )
    else:
        assert float(out.result) == pytest.approx(np.linalg.det(np.array(matrix, dtype=float)))


def test_pipe_row_with_a_letter_is_no_matrix() -> None:
    declined("inverse of\n| 6 | 2 |\n| 2 | x |\nplease")


def _mixed_flow(q1: float, c1: float, c2: float, c: float) -> float:
    """The flow Q2 at C2 that brings Q1 at C1 to C, solved by sympy from the mass balance."""
    q2 = sp.Symbol("q2")
    (root,) = sp.solve(sp.Eq(q1 * c1 + q2 * c2, (q1 + q2) * c), q2)
    return float(root)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("mixing problem: river upstream is 2.5 m³/s at 3 mg/L nitrate-N, an ag drainage ditch comes in at 18 mg/L. "
         "assuming complete mixing + conservative, what ditch flow (m³/s) would bring the downstream conc to exactly "
         "6 mg/L?", _mixed_flow(2.5, 3, 18, 6)),
        ("A creek carrying 0.8 m3/s at 2 mg/L phosphorus receives an effluent at 25 mg/L. Assuming the two mix "
         "completely, what effluent flow in m3/s would raise the downstream concentration to 4 mg/L?",
         _mixed_flow(0.8, 2, 25, 4)),
        ("a plant discharges into a 12 L/s stream at 1.5 mg/L; the effluent is 40 mg/L. What effluent flow in L/s "
         "keeps the mixed concentration at 5 mg/L?", _mixed_flow(12, 1.5, 40, 5)),
    ],
)  # fmt: skip
def test_complete_mix_flow_asked(question: str, want: float) -> None:
    out = confident(question)
    assert [float(sp.Rational(v)) for v in out.result] == pytest.approx([want], rel=1e-12)


def test_complete_mix_concentration_asked() -> None:
    out = confident("a 4 m³/s river at 2 mg/L is joined by a 1 m³/s tributary at 12 mg/L. what is the fully mixed "
                    "downstream concentration?")  # fmt: skip
    assert [float(sp.Rational(v)) for v in out.result] == pytest.approx([np.average([2, 12], weights=[4, 1])])


@pytest.mark.parametrize(
    "question",
    [
        "mixing: river 2.5 m³/s at 3 mg/L, ditch at 18 mg/L. what ditch flow (L/s) gives 6 mg/L downstream?",
        "mixing: river 2.5 m³/s at 3 mg/L, ditch at 18 mg/L. what ditch flow (m³/s) brings the downstream conc to "
        "20 mg/L?",
    ],
)
def test_complete_mix_in_other_units_or_out_of_reach_declines(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "rows", "rhs", "asked"),
    [
        (MILK.format(protein="3.4"), [[1, 1, 1], [0.35, 0.02, 0], [0.01, 0.40, 0]], [100, 3.4, 3.5], 1),
        ("Feed formulation. Composition of each ingredient:\n\n| ingredient | protein (%) | fibre (%) |\n| soybean meal "
         "| 44 | 7 |\n| maize | 9 | 2 |\n| wheat bran | 16 | 11 |\n\nWe need a 1000 kg batch with 200 kg protein and "
         "50 kg fibre. How much maize goes in?", [[1, 1, 1], [0.44, 0.09, 0.16], [0.07, 0.02, 0.11]], [1000, 200, 50],
         1),
        ("ingredient\tsugar (g/kg)\tfat (g/kg)\nsyrup\t650\t0\nbutter\t0\t820\nflour\t10\t15\nWe make 50 kg of dough "
         "containing 12 kg sugar and 9 kg fat. How many kg of syrup?", [[1, 1, 1], [0.65, 0, 0.01], [0, 0.82, 0.015]],
         [50, 12, 9], 0),
    ],
)  # fmt: skip
def test_tabled_composition_is_a_linear_system(
    question: str, rows: list[list[float]], rhs: list[float], asked: int
) -> None:
    out = confident(question, "linear_algebra")
    assert float(sp.Rational(out.result)) == pytest.approx(_solve(rows, rhs)[asked], rel=1e-12)
    assert all(check["passed"] for check in out.to_dict()["checks"])


def test_published_milk_reference() -> None:
    out = confident(MILK.format(protein="3.4"), "linear_algebra")
    assert float(sp.Rational(out.result)) == pytest.approx(8.51931330472103, rel=1e-12)


def test_tabled_composition_out_of_reach_declines() -> None:
    assert "negative" in declined(MILK.format(protein="40"))


def test_rows_of_groups_compared_stay_an_anova() -> None:
    out = confident("yield by line:\nline A\t12.1\t11.8\t12.4\nline B\t12.6\t12.3\t12.9\nline C\t11.2\t11.5\t11.0\n"
                    "is there a difference between lines?", "anova")  # fmt: skip
    from scipy.stats import f_oneway

    want = f_oneway([12.1, 11.8, 12.4], [12.6, 12.3, 12.9], [11.2, 11.5, 11.0])
    assert out.result["p_value"] == pytest.approx(want.pvalue)
