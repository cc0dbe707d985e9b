"""Task f57_h2: a limit asked "for large t" ("what does 12t/(t+3) approach for large t", "settle to for very large
x"), and the economic order quantity asked in words, read as the Q > 0 minimising D*S/Q + H*Q/2. References are
sympy's limit and minimum, computed here; incomplete EOQ questions decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.reason.answers import confident, declined, same_expr


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("N(t) = 30t/(t + 8). What does N approach for large t?", sp.Integer(30)),
        ("What value does (4x^2 - 1)/(2x^2 + 7) settle to for very large x?", sp.Integer(2)),
        ("What does 9(1 - e^(-k/4)) approach for large values of k?", sp.Integer(9)),
        ("what does e^x/(2 + e^x) tend to for large negative x?", sp.Integer(0)),
    ],
)
def test_a_limit_for_large_values_of_the_variable(question, want):
    out = confident(question, "calculus")
    assert same_expr(out.result, want)


def _eoq(demand, order, holding):
    q = sp.Symbol("q", positive=True)
    cost = sp.nsimplify(demand) * sp.nsimplify(order) / q + sp.nsimplify(holding) * q / 2
    (best,) = sp.solve(sp.diff(cost, q), q)
    return best


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Yearly demand is 9,600 units, each order costs $75 to place (order cost $75), and holding cost is $3 per "
         "unit per year. Economic order quantity?", _eoq(9600, 75, 3)),
        ("A distributor sells 5000 units a year. Ordering cost is $80 per order; holding cost is $4 per unit per "
         "year. Find the EOQ.", _eoq(5000, 80, 4)),
        ("Annual demand = 2400 units, setup cost $120, carrying cost 25% of the $16 unit cost per year. Economic "
         "order quantity, exact?", _eoq(2400, 120, sp.Rational(25, 100) * 16)),
    ],
)  # fmt: skip
def test_the_economic_order_quantity_in_words(question, want):
    out = confident(question, "calculus")
    (got,) = out.result
    assert same_expr(got, want)


@pytest.mark.parametrize(
    "question",
    [
        "Demand is 800 units per month, ordering cost $20, holding cost $1 per unit per year. EOQ?",
        "Annual demand 3000 units, order cost $40, holding cost $2 per unit. What is the EOQ?",
        "Annual demand 3000 units, holding cost $2 per unit per year. What is the EOQ?",
    ],
)
def test_an_eoq_missing_a_yearly_cost_declines(question):
    declined(question)
