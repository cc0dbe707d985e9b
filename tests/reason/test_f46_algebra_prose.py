"""Branch g11 (f46): words closing an equation ("solve 2x² − 9x + 4 = 0. Both answers please, she says there are
two.") are dropped; a model's output named after words of what it is ("at which the predicted response y equals 38")
set to a value and solved for its input; the economic optimum of a response curve (dY/dN = price ratio, "N costs
$0.60/lb and grain sells $4.00/bu") rather than its maximum. References by sympy, independently of havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import as_set, confident, declined, roots_of

x, d, n = sp.symbols("x d n")


@pytest.mark.parametrize(
    ("question", "poly"),
    [
        ("solve 2x² − 9x + 4 = 0. Both answers please, she says there are two.", 2 * x**2 - 9 * x + 4),
        ("Solve 3x^2 - 5x - 2 = 0. My teacher says there are two answers and I only found one.", 3 * x**2 - 5 * x - 2),
        ("solve x^2 - 7x + 12 = 0 — both roots please, the book says two", x**2 - 7 * x + 12),
    ],
)
def test_words_closing_an_equation_are_dropped(question: str, poly: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(poly, x))


def test_a_closing_sentence_with_mathematics_is_not_dropped() -> None:
    declined("solve x^2 - 7x + 12 = 0. Then x - 3 is")


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        (
            "The fitted quadratic dose–response model is y = −0.5d² + 9d + 10, where d is the dose in mg. Determine "
            "all doses d at which the predicted response y equals 38 points.",
            -sp.Rational(1, 2) * d**2 + 9 * d + 10 - 38,
        ),
        (
            "Response y = -0.5d^2 + 9d + 10 (d = dose, mg). Find every dose d for which the fitted response y reaches "
            "30.",
            -sp.Rational(1, 2) * d**2 + 9 * d + 10 - 30,
        ),
        (
            "Output P = 2d^2 - 4d + 5. Find all d at which the predicted output P equals 35.",
            2 * d**2 - 4 * d + 5 - 35,
        ),
    ],
)
def test_an_output_described_in_words_set_to_a_value(question: str, equation: sp.Expr) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == as_set(sp.solve(equation, d))


def _economic_optimum(response: sp.Expr, ratio: sp.Expr) -> sp.Expr:
    """The rate where the response's slope equals the price ratio (input price / output price)."""
    (rate,) = sp.solve(sp.diff(response, n) - ratio, n)
    return rate


_YIELD = 120 + sp.Rational(6, 5) * n - sp.Rational(3, 1000) * n**2


@pytest.mark.parametrize(
    ("question", "response", "ratio"),
    [
        (
            "yield Y = 120 + 1.2N − 0.003N² (bu/ac), N costs $0.60/lb and grain sells $4.00/bu: economic optimum N "
            "rate?",
            _YIELD,
            sp.Rational(60, 400),
        ),
        (
            "Corn yield response Y = 120 + 1.2N - 0.003N^2 bu/ac. Nitrogen is $0.50 per lb and corn is worth $5.00 "
            "per bu. What is the most profitable N rate?",
            _YIELD,
            sp.Rational(1, 10),
        ),
        (
            "Y = 4000 + 30N - 0.12N^2 kg/ha; at a price ratio of 6, what N rate maximises net return?",
            4000 + 30 * n - sp.Rational(12, 100) * n**2,
            6,
        ),
    ],
)
def test_the_economic_optimum_sets_the_slope_to_the_price_ratio(
    question: str, response: sp.Expr, ratio: sp.Expr
) -> None:
    out = confident(question, "calculus")
    assert roots_of(out.result) == as_set([_economic_optimum(response, ratio)])


def test_the_maximum_yield_is_still_the_agronomic_maximum() -> None:
    out = confident("yield Y = 120 + 1.2N − 0.003N² (bu/ac): what N rate gives the maximum yield?", "calculus")
    assert roots_of(out.result) == as_set([_economic_optimum(_YIELD, 0)])


def test_an_economic_optimum_without_both_prices_is_not_confident() -> None:
    declined("yield Y = 120 + 1.2N − 0.003N² (bu/ac), N costs $0.60/lb: economic optimum N rate?")


@pytest.mark.parametrize(
    ("question", "mass", "others"),
    [
        (
            "coil wt 23.55 t, width 1250 mm, gauge 3.0 mm flat, density 7.85 t/m³. strip length in m? (ignore crown, "
            "just w×t×L×ρ)",
            23550,
            [sp.Rational(125, 100), sp.Rational(3, 1000), 7850],
        ),
        (
            "Aluminium plate: mass 540 kg, width 1500 mm, thickness 20 mm, density 2.7 g/cm³. Length in m? (just "
            "w×t×L×ρ)",
            540,
            [sp.Rational(3, 2), sp.Rational(2, 100), 2700],
        ),
        (
            "copper sheet weighs 89.6 kg, 1000 mm wide, 2 mm thick, density 8960 kg/m^3; how long is it in m? (use w × "
            "t × L × ρ)",
            sp.Rational(896, 10),
            [1, sp.Rational(2, 1000), 8960],
        ),
    ],
)
def test_a_product_formula_is_solved_for_its_factor_in_si_units(
    question: str, mass: sp.Expr, others: list[sp.Expr]
) -> None:
    out = confident(question, "algebra")
    length = sp.Symbol("L", positive=True)
    assert roots_of(out.result) == as_set(sp.solve(sp.Mul(*others) * length - mass, length))


def test_a_product_formula_with_a_value_missing_is_not_read() -> None:
    declined("coil wt 23.55 t, width 1250 mm, density 7.85 t/m³. strip length in m? (ignore crown, just w×t×L×ρ)")


def test_a_revenue_is_not_priced_again() -> None:
    out = reason("Revenue R = 50q - 0.5q^2 dollars. Parts cost $10/unit and the product sells at $50/unit. Most "
                 "profitable q?")  # fmt: skip
    assert not out.answered or out.confidence < 0.5 or "0.2" not in (out.plan or "")
