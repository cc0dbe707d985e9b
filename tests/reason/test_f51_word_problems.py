"""Algebra word problems read in more wordings: a fitted curve named like a capability index and written in a Greek
variable ("Cp(λ) = −0.005λ² + 0.07λ + 0.165. for which λ is Cp exactly 0.40?": a rotor's power coefficient, no
capability), two kinds of unit sharing the noun after the second ("a mix of 2.5 MW and 3.6 MW units"), a blend's
components on hand in named containers ("have drums at 2% additive and 8% additive"), prices from two invoices whose
kind is said later without its noun ("thermophilic culture" ... "thermophilic"), a Langmuir isotherm written with
\\frac solved for C, and two shifts' total with their difference ("2nd shift sorted 160 pcs more than 1st shift").
References: sympy's solve and linsolve, scipy's brentq; near misses keep their old answer or are declined."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy.optimize import brentq

from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined


def _roots(a2: str, a1: str, a0: str, value: str) -> set[sp.Expr]:
    """The exact roots of a2 x² + a1 x + a0 = value, by sympy."""
    x = sp.symbols("x")
    return set(sp.solve(sp.Rational(a2) * x**2 + sp.Rational(a1) * x + sp.Rational(a0) - sp.Rational(value), x))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "rotor Cp fit vs tip speed ratio: Cp(λ) = −0.005λ² + 0.07λ + 0.165. for which λ is Cp exactly 0.40? give "
            "both solutions, exact",
            _roots("-0.005", "0.07", "0.165", "0.40"),
        ),
        (
            "power coefficient curve Cp(lambda) = -0.005 lambda^2 + 0.07 lambda + 0.165. for which lambda is Cp = 0.4? "
            "exact",
            _roots("-0.005", "0.07", "0.165", "0.4"),
        ),
        (
            "blade fit: Cp(θ) = -0.01θ² + 0.1θ + 0.2. find θ where Cp = 0.41, exact",
            _roots("-0.01", "0.1", "0.2", "0.41"),
        ),
    ],
)
def test_curve_named_like_an_index_is_solved(question: str, want: set[sp.Expr]) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert {sp.nsimplify(to_sympy(r)) for r in result} == want


def _count(rows: list[list[float]], rhs: list[float], index: int) -> float:
    """One unknown of rows · (a, b) = rhs, by sympy's linsolve (exact)."""
    a, b = sp.symbols("a b")
    equations = [
        sp.nsimplify(r[0]) * a + sp.nsimplify(r[1]) * b - sp.nsimplify(v) for r, v in zip(rows, rhs, strict=True)
    ]
    (solution,) = sp.linsolve(equations, [a, b])
    return float(solution[index])


@pytest.mark.parametrize(
    ("question", "rows", "rhs", "index"),
    [
        ("portfolio sheet: 40 WTGs total, mix of 2.5 MW and 3.6 MW units, installed cap = 115.4 MW. how many are the "
         "3.6 MW ones?", [[1, 1], [2.5, 3.6]], [40, 115.4], 1),
        ("fleet: 30 trucks, a mix of 12 t and 20 t trucks, total payload 440 t. how many of the 20 t trucks?",
         [[1, 1], [12, 20]], [30, 440], 1),
        ("a farm has 25 turbines, 2 MW and 3 MW machines, 61 MW in all. how many are the 3 MW machines?",
         [[1, 1], [2, 3]], [25, 61], 1),
        ("Hello Martin,\n\nPurchasing lost the price list for our starter cultures, but I have two invoices. Invoice 1: "
         "3 packs of thermophilic culture plus 5 packs of mesophilic culture came to €410. Invoice 2: 4 packs of "
         "thermophilic plus 2 packs of mesophilic came to €290. Each type has a single fixed unit price. What is the "
         "price of one thermophilic pack in euros?\n\nBest,\nAoife", [[3, 5], [4, 2]], [410, 290], 0),
        ("2 bags of portland cement and 3 bags of lime cost $41. 4 bags of portland and 1 bag of lime cost $47. what "
         "is the price of a bag of lime?", [[2, 3], [4, 1]], [41, 47], 1),
        ("- containment sort: 1,840 pcs sorted total over 2 shifts\n- 2nd shift sorted 160 pcs more than 1st shift\n"
         "- how many pcs did 1st shift sort?", [[1, 1], [1, -1]], [1840, 160], 1),
        ("The two shifts packed 2,300 cartons in total. The 1st shift packed 300 cartons more than the 2nd shift. How "
         "many cartons did the 2nd shift pack?", [[1, 1], [1, -1]], [2300, 300], 1),
        ("950 parts inspected altogether by two shifts; the 2nd shift inspected 50 parts fewer than the 1st shift. "
         "How many did the 1st shift inspect?", [[1, 1], [1, -1]], [950, 50], 0),
    ],
)  # fmt: skip
def test_counts_and_prices_are_solved(question: str, rows: list[list[float]], rhs: list[float], index: int) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    assert float(result) == pytest.approx(_count(rows, rhs, index), rel=1e-12)


def _blend(total: float, target: float, asked: float, other: float) -> float:
    """The amount of the component at ``asked``: asked*x + other*(total - x) = target*total, solved numerically."""
    return brentq(lambda x: asked * x + other * (total - x) - target * total, 0, total)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("topping up gearbox oil: have drums at 2% additive and 8% additive (by vol). need 200 L blended at 3.5%. how "
         "many L of the 8% stuff?", _blend(200, 3.5, 8, 2)),
        ("we have tanks of 2% additive and 8% additive oil. need 200 L blended at 3.5%. how many L of the 8% oil?",
         _blend(200, 3.5, 8, 2)),
        ("have totes at 10% glycol and 40% glycol. need 300 L at 20%. how many L of the 40% one?",
         _blend(300, 20, 40, 10)),
    ],
)  # fmt: skip
def test_blend_from_named_containers(question: str, want: float) -> None:
    result = confident(question, "algebra").to_dict()["result"]
    value = result[0] if isinstance(result, list) else result
    assert float(to_sympy(value)) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    ("question", "qmax", "k", "q"),
    [
        ("langmuir isotherm for our GAC column, q = \\frac{q_max K C}{1 + K C} with q_max = 20 mg/g and K = 0.5 L/mg. "
         "what equilibrium conc C (mg/L) gives q = 8 mg/g? exact value", 20, "0.5", 8),
        ("Langmuir: q = q_max K C/(1 + K C), q_max = 30 mg/g, K = 0.2 L/mg. what C (mg/L) gives q = 10 mg/g? exact",
         30, "0.2", 10),
    ],
)  # fmt: skip
def test_langmuir_solved_for_concentration(question: str, qmax: int, k: str, q: int) -> None:
    c = sp.symbols("c", positive=True)
    (want,) = sp.solve(sp.Eq(qmax * sp.Rational(k) * c / (1 + sp.Rational(k) * c), q), c)
    result = confident(question, "algebra").to_dict()["result"]
    assert [sp.nsimplify(to_sympy(r)) for r in result] == [want]


def test_capability_index_still_reads_as_capability() -> None:
    # "Cp" with specification limits and no function of a variable: still capability, which says what it lacks
    message = declined("Cp = 1.33, USL 10.5, LSL 9.5, what sd?")
    assert "capability" in message


@pytest.mark.parametrize(
    "question",
    [
        # no total of the two shifts: one comparison alone
        "- containment sort over 2 shifts\n- 2nd shift sorted 160 pcs more than 1st shift\n"
        "- how many pcs did 1st shift sort?",
        # no total power: two kinds and a count only
        "portfolio sheet: 40 WTGs total, mix of 2.5 MW and 3.6 MW units. how many are the 3.6 MW ones?",
    ],
)
def test_near_misses_are_declined(question: str) -> None:
    declined(question)
