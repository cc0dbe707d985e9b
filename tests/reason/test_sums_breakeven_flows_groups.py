"""Sums and series (Σ_{n=1}^∞ 1/n^2, "the sum of k^2 from k = 1 to 10", a divergent series said to diverge), an
equation implied by a defined expression set to a value ("profit is ... At what q is profit exactly zero?", the
break-even points), flow-rate units (gpm, L/min, m^3/h, cfm; US and imperial gallons) and one-sided comparisons naming
groups by inflected labels ("night shift" for "nights"). References from sympy, mpmath, numpy, scipy.constants and
statsmodels."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from scipy import constants
from statsmodels.stats.proportion import proportions_ztest

from plugins.api.reasoning import Plan
from plugins.stats.reasoning_direction import group_labels
from plugins.stats.reasoning_hypotheses import count_spans
from plugins.symbolic.reasoning_audit import audit_calculus
from plugins.symbolic.sum_prose import SumParts, sum_parts
from tests.reason.answers import confident, declined, roots_of, same_expr

n = sp.Symbol("n", integer=True, positive=True)
k = sp.Symbol("k", integer=True)


# ---- sums and series --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Textbook exercise: what does the series Σ_{n=1}^∞ 1/n^2 converge to?", sp.pi**2 / 6),  # Basel problem
        ("sum_{n=1}^{inf} 1/n^2 = ?", sp.pi**2 / 6),
        ("\\sum_{n=1}^{\\infty} 1/n^2", sp.pi**2 / 6),
        ("what is the sum of 1/n^2 for n from 1 to infinity?", sp.pi**2 / 6),
        ("Σ 1/n^2 for n = 1 to ∞", sp.pi**2 / 6),
        ("Σ_{k=0}^{10} k^2", sum(i**2 for i in range(11))),
        ("the sum of k^2 from k = 1 to 10", sum(i**2 for i in range(1, 11))),
        ("sum of (2k - 1) for k from 1 to 100", sum(2 * i - 1 for i in range(1, 101))),
        ("evaluate the sum from n = 0 to inf of 1/2^n", 2),  # geometric series 1/(1 - 1/2)
        ("the series (-1)^(n+1)/n, n >= 1: what does it converge to?", sp.log(2)),  # Mercator series at 1
        ("sum of n/2^n for n >= 1", 2),
        ("Σ_{n=1}^∞ 1/(n(n+1))", 1),  # telescoping
    ],
)  # fmt: skip
def test_a_sum_is_its_value(question, reference):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.sympify(reference))


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("does the series sum_{n=1}^{inf} 1/n converge?", 1 / n),
        ("does Σ_{n=1}^∞ 1/sqrt(n) converge?", 1 / sp.sqrt(n)),
        ("Σ_{n=2}^∞ 1/(n ln(n)): converge or diverge?", 1 / ((n + 1) * sp.log(n + 1))),
    ],
)
def test_a_divergent_series_is_said_to_diverge(question, term):
    assert sp.Sum(term, (n, 1, sp.oo)).is_convergent() is sp.false  # the reference: sympy's convergence tests
    out = confident(question, "calculus")
    assert out.result == "oo" and "diverges" in out.answer


@pytest.mark.parametrize(
    "question",
    [
        "Σ_{n=1}^∞ 1/n!",  # a factorial, which the expressions do not write: never read as 1/n
        "Σ_{n=0}^∞ (-1)^n",  # diverges without a value (its terms change sign)
        "Σ_{n=1}^∞ x^n",  # another variable than the index
        "what does Σ 1/n^2 converge to?",  # no bounds
        "Σ_{n=1}^∞ 1/n^2 + 1",  # the sum plus 1, or the sum of 1/n^2 + 1?
    ],
)
def test_a_sum_that_cannot_be_read_or_has_no_value_is_declined(question):
    declined(question)


def test_the_reading_of_a_sum():
    assert sum_parts("Σ_{n=1}^inf 1/n^2 converge to?") == SumParts("1/n^2", "n", "1", "oo")
    assert sum_parts("sum from k = 1 to 10 of k^3") == SumParts("k^3", "k", "1", "10")
    assert sum_parts("sum over k = 1 to 10 of k^3") == SumParts("k^3", "k", "1", "10")
    assert sum_parts("sum of 1/n^2, n = 1..inf") == SumParts("1/n^2", "n", "1", "oo")
    assert sum_parts("sum of the values from 1 to 10") is None  # words, not a summand
    assert sum_parts("Taylor series of e^x for n from 0 to 3") is None
    assert sum_parts("Σ_{k=10}^{1} k") is None  # bounds out of order


def test_the_audit_of_a_sum_fails_a_wrong_value_or_a_wrong_divergence():
    facts = {"op": "sum", "expr": "1/n^2", "var": "n", "bounds": ["1", "oo"]}
    plan = Plan("calculus", "show sum(1/n^2, n, 1, oo)", facts)
    read = _read
    right = {c.name: c.passed for c in audit_calculus(plan, {"result": "pi**2/6", "value": np.pi**2 / 6}, read)}
    assert all(right.values())
    wrong = {c.name: c.passed for c in audit_calculus(plan, {"result": "1.7", "value": 1.7}, read)}
    assert not wrong["mpmath nsum agrees (extrapolated)"] and not wrong["partial sums close in on the value"]
    said_oo = {c.name: c.passed for c in audit_calculus(plan, {"result": "oo", "value": None}, read)}
    assert not said_oo["partial sums grow without bound"]
    finite = Plan(
        "calculus", "show sum(k^2, k, 0, 10)", {"op": "sum", "expr": "k^2", "var": "k", "bounds": ["0", "10"]}
    )
    (added,) = audit_calculus(finite, {"result": "386", "value": 386.0}, read)
    assert not added.passed  # 385 = 0^2 + ... + 10^2


def _read(text: str):
    from havoc_cli.reason.symbols import to_sympy

    return to_sympy(text)


# ---- an equation implied by a defined expression: profit zero, break-even, a value reached -------------------------
PROFIT = -sp.Rational(2, 100) * k**2 + 9 * k - 400  # -0.02q^2 + 9q - 400 (k$), q in thousands


@pytest.mark.parametrize(
    ("question", "equation"),
    [
        ("monthly profit is -0.02q^2 + 9q - 400 (k$), q in thousands of units. At what volumes q is profit exactly "
         "zero?", PROFIT),
        ("Profit = -0.02q^2 + 9q - 400 (k$). At what production level q does profit equal 0?", PROFIT),
        ("Profit is -0.02q^2 + 9q - 400 ($k). Find the break-even points.", PROFIT),
        ("P(q) = -0.02q^2 + 9q - 400 is the monthly profit. find the break-even volumes", PROFIT),
        ("the profit is -2x^2 + 120x - 1000 dollars. where does it break even?", -2 * k**2 + 120 * k - 1000),
        ("weekly profit is -0.5q^2 + 40q - 600 ($). For what q is the profit equal to 150?",
         -k**2 / 2 + 40 * k - 600 - 150),
        ("cost C(q) = 0.5q^2 + 20 (k$). at what q is the cost equal to 70?", k**2 / 2 + 20 - 70),
        ("the force is 3x^2 + 2 (kN). at what x is it 14?", 3 * k**2 + 2 - 14),
    ],
)  # fmt: skip
def test_a_defined_expression_set_to_a_value_is_solved(question, equation):
    out = confident(question, "algebra")
    want = np.roots([float(c) for c in sp.Poly(equation, k).all_coeffs()])
    assert roots_of(out.result) == {sp.nsimplify(float(r), rational=False) for r in sorted(want.real)}


@pytest.mark.parametrize(
    "question",
    [
        "cost C(q) = 20q + 3000. break-even point?",  # a cost alone has no break-even point
        "Revenue is 50q - 0.01q^2 and cost is 20q + 3000. find the break-even points",  # two functions
    ],
)
def test_what_a_defined_expression_does_not_say_is_declined(question):
    declined(question)


# ---- flow rates ---------------------------------------------------------------------------------------------------
US_GPM = constants.gallon / constants.minute  # m^3/s
IMP_GPM = constants.gallon_imp / constants.minute


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("pump is rated 150 gpm (US). what's that in L/s?", 150 * US_GPM / constants.liter),
        ("150 GPM to L/s", 150 * US_GPM / constants.liter),
        ("convert 150 gal/min to L/min", 150 * constants.gallon / constants.liter),
        ("150 gpm (imperial) in L/s", 150 * IMP_GPM / constants.liter),
        ("pump does 600 L/min, what's that in gpm (imperial)?", 600 * constants.liter / constants.gallon_imp),
        ("10 m^3/h in L/min", 10 / constants.liter / 60),
        ("10 m³/h in L/s", 10 / constants.liter / constants.hour),
        ("compressor delivers 100 cfm; in m^3/h?", 100 * constants.foot**3 / constants.minute * constants.hour),
        ("40 lpm in gpm", 40 * constants.liter / constants.gallon),
    ],
)
def test_a_flow_rate_converts(question, reference):
    out = confident(question, "unit_conversion")
    assert out.result["value"] == pytest.approx(reference, rel=1e-12)


def test_a_flow_at_standard_conditions_is_declined():
    assert "standard conditions" in declined("compressor delivers 100 scfm; in m^3/h?")
    assert "standard conditions" in declined("100 SCFM to L/s")


# ---- one-sided comparisons naming the groups by inflected labels ------------------------------------------------
SHIFTS = "Days scrapped 23 of 1,150 parts, nights scrapped 41 of 1,080."
NIGHTS_MORE = proportions_ztest([41, 23], [1080, 1150], alternative="larger")[1]  # 0.005557628325687328


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (f"Do we need to worry that night shift scraps more than day shift? {SHIFTS} One-sided two-proportion z-test "
         "with the pooled proportion, alpha 5% - what's the p-value?", NIGHTS_MORE),
        (f"{SHIFTS} One-sided z-test: does the night-shift scrap more than the day-shift?", NIGHTS_MORE),
        ("Night shift: 41 scrapped of 1080; day shift: 23 scrapped of 1150. one-sided two-proportion test: do nights "
         "scrap more than days?", NIGHTS_MORE),
        ("Line one had 27 rejects out of 850 parts, line two had 45 rejects out of 900. one-sided z-test: is line 2's "
         "reject rate higher than line 1's?", proportions_ztest([45, 27], [900, 850], alternative="larger")[1]),
        ("supplier A: 12 defective of 400, B: 25 defective of 410. one-sided two-proportion z-test: is B's defect rate "
         "higher than A's?", proportions_ztest([25, 12], [410, 400], alternative="larger")[1]),
    ],
)  # fmt: skip
def test_groups_named_by_inflected_labels_give_the_direction(question, reference):
    assert confident(question, "hypothesis_test").result["p_value"] == pytest.approx(reference, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        f"{SHIFTS} One-sided z-test: does the evening shift scrap more than the day shift?",  # no such group
        f"{SHIFTS} One-sided z-test: is the night shift worse than the day shift?",  # 'worse' says no direction
    ],
)
def test_a_comparison_naming_no_group_or_no_direction_is_declined(question):
    declined(question)


def test_labels_of_number_words():
    lines = "Line one had 27 rejects out of 850 parts, line two had 45 rejects out of 900."
    assert group_labels(lines, count_spans(lines)) == ("line one", "line two")
