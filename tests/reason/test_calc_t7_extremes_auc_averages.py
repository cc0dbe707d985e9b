"""Calculus word problems (branch t7): the argument of an extreme of a function defined without its argument
("Y = 4000 + 30N - 0.12N^2 ... which N rate gives the maximum yield", once solved as Y = 0 at 0.97), the time of a
peak, "optimum", an AUC from 0 to infinity, and average values "over the first 24 months" and "over the cycle".
References: scipy (minimize_scalar, quad) and sympy computed here; near misses decline."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import integrate, optimize

from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.calculus_prose import auc_words
from plugins.symbolic.extremum_prose import asks_extreme, extremum_parts
from plugins.symbolic.stated_equation import stated_equation
from tests.reason.answers import confident, declined, roots_of


def _one_root(out) -> float:
    (value,) = roots_of(out.result)
    return float(value)


def _value(out) -> float:
    return float(to_sympy(out.result))


# ---- the argument of a maximum, never a root -------------------------------------------------------------------
_YIELD_MAX = optimize.minimize_scalar(lambda n: -(4000 + 30 * n - 0.12 * n**2)).x


@pytest.mark.parametrize(
    "text",
    [
        "yield response from the wheat trial fitted as Y = 4000 + 30N − 0.12N² kg/ha where N is nitrogen rate in kg "
        "N/ha. which N rate gives the maximum yield?",
        "Y = 4000 + 30N - 0.12N^2 kg/ha (N in kg N/ha). What is the N rate that maximises yield?",
        "wheat yield Y = 4000 + 30N − 0.12N² kg/ha, N = nitrogen rate. Find the optimum N rate.",
        "Yield Y(N) = 4000 + 30N - 0.12N^2. At what N does the yield peak?",
    ],
)
def test_the_rate_that_maximises_a_fitted_yield(text):
    out = confident(text, "calculus")
    assert math.isclose(_one_root(out), _YIELD_MAX, rel_tol=1e-6)


def test_an_extreme_is_never_solved_as_a_root():
    text = "Y = 4000 + 30N - 0.12N^2 kg/ha. which N rate gives the maximum yield?"
    assert asks_extreme(text)
    assert stated_equation(text) is None
    assert not asks_extreme("f(x) = x^3 - 3x. Find the roots.")


def test_an_optimum_takes_the_kind_of_its_critical_point():
    out = confident("cost C(q) = q^2 - 10q + 50. Find the optimum q.", "calculus")
    reference = optimize.minimize_scalar(lambda q: q**2 - 10 * q + 50).x
    assert math.isclose(_one_root(out), reference, rel_tol=1e-6)


def test_a_worded_function_maximised_is_its_critical_point_not_a_root():
    # once declined (an extreme is no value reached); now read as the maximum it asks
    out = confident("profit is -0.02q^2 + 9q - 400. at what q is profit maximized?", "calculus")
    reference = optimize.minimize_scalar(lambda q: 0.02 * q**2 - 9 * q + 400).x
    assert math.isclose(_one_root(out), reference, rel_tol=1e-6)


def test_extremum_and_root_together_or_the_extremes_value_decline():
    declined("P = -2x^2 + 40x - 100. which x maximises P? And where is P zero?")
    # the value of the maximum (task x2): Y at its one critical point
    n = sp.Symbol("N")
    yield_ = 4000 + 30 * n - sp.Rational(12, 100) * n**2
    out = confident("Y = 4000 + 30N - 0.12N^2. What is the maximum yield?", "calculus")
    assert float(to_sympy(out.result)) == float(yield_.subs(n, sp.solve(sp.diff(yield_, n), n)[0]))
    declined("f(x) = -x^2 + 4x + 1. which x gives the minimum of f?")


# ---- the time of a peak ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Oral absorption profile C(t) = 5(e^(−0.1t) − e^(−0.5t)) ug/mL with t in hours. At what time does the "
        "concentration peak? Give t_max exactly.",
        "C(t) = 5(e^(-0.1t) - e^(-0.5t)) ug/mL, t in h. When is the concentration highest?",
        "concentration after an oral dose C(t) = 5(e^(−0.1t) − e^(−0.5t)) ug/mL (t in hours): find t_max, the time "
        "of peak concentration.",
        "C(t) = 5(e^(-0.1t) - e^(-0.5t)). How long after dosing does C reach its maximum?",
    ],
)
def test_the_time_of_a_peak_concentration(text):
    out = confident(text, "calculus")
    t = sp.Symbol("t", positive=True)
    (exact,) = sp.solve(sp.diff(5 * (sp.exp(-t / 10) - sp.exp(-t / 2)), t), t)
    assert sp.simplify(to_sympy(out.result[0]) - exact) == 0
    reference = optimize.minimize_scalar(lambda u: -5 * (math.exp(-0.1 * u) - math.exp(-0.5 * u)), (0, 3, 40)).x
    assert math.isclose(_one_root(out), reference, rel_tol=1e-5)


def test_a_time_ask_reads_a_nonnegative_domain():
    ask = extremum_parts("C(t) = 5(e^(-0.1t) - e^(-0.5t)). When does C peak?")
    assert (ask.var, ask.kind, ask.domain) == ("t", "maximum", "nonnegative")


# ---- an AUC ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "plasma conc after IV bolus modelled as C(t) = 40·e^(−t/8) mg/L, t in h. AUC from 0 to infinity?",
        "C(t) = 40 e^(-t/8) mg/L (t in h). What is AUC(0–∞)?",
        "After an IV bolus the plasma concentration is C(t) = 40·e^(−t/8) mg/L with t in hours. Compute AUC0-inf.",
        "C(t) = 40 e^(-t/8) mg/L, t in h. area under the concentration curve from 0 to ∞?",
    ],
)
def test_auc_to_infinity(text):
    out = confident(text, "calculus")
    reference, _ = integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, math.inf)
    assert math.isclose(_value(out), reference, rel_tol=1e-9)


def test_auc_over_a_finite_window_and_words():
    out = confident("C(t) = 40 e^(-t/8) mg/L, t in h. AUC from 0 to 24 h?", "calculus")
    reference, _ = integrate.quad(lambda u: 40 * math.exp(-u / 8), 0, 24)
    assert math.isclose(_value(out), reference, rel_tol=1e-9)
    assert auc_words("AUC_0^inf") == "area under the curve from 0 to inf"
    assert auc_words("the AUC of the ROC curve") == "the AUC of the ROC curve"


def test_auc_without_bounds_or_of_another_noun_declines():
    declined("C(t) = 40 e^(-t/8) mg/L, t in h. What is the AUC?")
    declined("C(t) = 40 e^(-t/8) mg/L, t in h. area under the velocity curve from 0 to ∞?")


# ---- average values ----------------------------------------------------------------------------------------------
_ASSAY = integrate.quad(lambda u: 100 - 0.3 * u - 0.01 * u**2, 0, 24)[0] / 24


@pytest.mark.parametrize(
    "text",
    [
        "stability model for assay: A(t) = 100 − 0.3t − 0.01t² (% label claim, t in months). what's the average "
        "value of A over the first 24 months, i.e. (1/24)∫₀²⁴ A dt",
        "A(t) = 100 - 0.3t - 0.01t^2 (% label claim, t in months). Average value of A over the first 24 months?",
        "assay A(t) = 100 - 0.3t - 0.01t^2 (t in months). What is the mean value of A(t) during the first 24 months?",
    ],
)
def test_average_over_the_first_months(text):
    out = confident(text, "calculus")
    assert math.isclose(_value(out), _ASSAY, rel_tol=1e-9)


def test_a_first_window_in_another_unit_or_none_declines():
    declined("A(t) = 100 - 0.3t - 0.01t^2 (t in months). what's the average of A over the first 24 weeks?")
    declined("A(t) = 100 - 0.3t - 0.01t^2. what's the average of A over the first 24 months?")


@pytest.mark.parametrize(
    "text",
    [
        "Our pasteuriser holding-tube temperature follows T(t) = 72 + 3 sin(πt/30) °C over a 30-minute cycle (t from "
        "0 to 30 min). What is the exact time-averaged temperature over the cycle?",
        "T(t) = 72 + 3 sin(pi t/30) degC, t from 0 to 30 min. What is the mean temperature over one cycle?",
        "holding-tube temperature T(t) = 72 + 3 sin(πt/30) °C. time-averaged temperature for t from 0 to 30 min?",
        "T(t) = 72 + 3 sin(πt/30) °C over one cycle (0 ≤ t ≤ 30 min). Exact average temperature over the cycle?",
    ],
)
def test_time_average_over_the_cycle(text):
    out = confident(text, "calculus")
    t = sp.Symbol("t")
    exact = sp.integrate(72 + 3 * sp.sin(sp.pi * t / 30), (t, 0, 30)) / 30
    assert sp.simplify(to_sympy(out.result) - exact) == 0
    reference = integrate.quad(lambda u: 72 + 3 * math.sin(math.pi * u / 30), 0, 30)[0] / 30
    assert math.isclose(_value(out), reference, rel_tol=1e-9)


def test_a_cycle_without_its_interval_declines():
    declined("T(t) = 72 + 3 sin(πt/30) °C. What is the average temperature over the cycle?")
