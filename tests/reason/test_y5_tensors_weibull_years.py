"""Task y5: principal stresses of a symmetric tensor (its eigenvalues), a Weibull time grouped by a plain space
("survives past 500 000 cycles"), and yearly values over a stated run of years fitted on the years. References:
numpy, scipy."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined, right_value

_TENSOR = [[80, 30, 0], [30, 40, 0], [0, 0, 20]]


@pytest.mark.parametrize(
    "question",
    [
        "stress tensor at the notch root (MPa): [[80,30,0],[30,40,0],[0,0,20]]. principal stresses?",
        "Find the principal values of the strain tensor [[80, 30, 0], [30, 40, 0], [0, 0, 20]].",
        "What are the principal stresses for sigma = [80 30 0; 30 40 0; 0 0 20] MPa?",
    ],
)
def test_principal_stresses_are_eigenvalues(question: str) -> None:
    out = confident(question, "linear_algebra")
    values = sorted(float(to_sympy(str(v))) for v in out.result)
    assert values == pytest.approx(sorted(np.linalg.eigvalsh(np.array(_TENSOR, float))), rel=1e-9)


def test_principal_stresses_of_a_non_symmetric_matrix_declined() -> None:
    assert "symmetric" in declined("principal stresses of [[80,31,0],[30,40,0],[0,0,20]]")


@pytest.mark.parametrize(
    ("question", "fn"),
    [
        (
            "Fatigue life of the bracket is Weibull with shape β = 2.5 and scale η = 1.2×10^6 cycles. Probability a "
            "part survives past 500 000 cycles?",
            stats.weibull_min.sf,
        ),
        (
            "Weibull life, beta 2.5, eta 1.2x10^6 cycles: what fraction of brackets survive beyond 500 000 cycles?",
            stats.weibull_min.sf,
        ),
        (
            "A bracket's fatigue life follows a Weibull distribution (shape 2.5, scale 1.2*10^6 cycles). What is the "
            "probability it fails before 500 000 cycles?",
            stats.weibull_min.cdf,
        ),
    ],
)
def test_weibull_time_grouped_by_a_space(question: str, fn) -> None:
    right_value(question, float(fn(5e5, 2.5, scale=1.2e6)), "probability", rel=1e-6)


_YEARLY = [12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5, 18.0]


@pytest.mark.parametrize(
    "question",
    [
        "Annual campylobacteriosis incidence per 100,000 in our region for 2015 through 2022 was 12.1, 13.4, 13.0, "
        "14.8, 15.2, 16.9, 16.5 and 18.0. If we fit a straight-line least-squares trend of incidence on year, what is "
        "the coefficient of determination R²?",
        "Yearly sales from 2015 to 2022: 12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5, 18.0. R^2 of a linear trend on "
        "year?",
        "Incidence per 100,000 population from 2015 to 2022: 12.1 13.4 13.0 14.8 15.2 16.9 16.5 18.0. Fit a "
        "least-squares line against year and give the R squared.",
    ],
)
def test_yearly_values_fitted_on_the_years(question: str) -> None:
    fit = stats.linregress(np.arange(2015, 2023), _YEARLY)
    out = right_value(question, fit.rvalue**2, "regression", key="r_squared")
    assert out["result"]["slope"] == pytest.approx(fit.slope, rel=1e-9)


def test_run_of_years_not_matching_the_values_declined() -> None:
    declined(
        "Incidence for 2015 through 2021 was 12.1, 13.4, 13.0, 14.8, 15.2, 16.9, 16.5 and 18.0. R² of the linear trend?"
    )


def test_rate_per_thousand_hours_still_a_value() -> None:
    """A rate's base of an exposure ("per 1000 hours") is a value the plan must use, not a unit."""
    out = reason("failure rate 0.2 per 1000 hours, exponential. Probability a unit survives 500 hours?")
    assert out.answered and out.confidence >= 0.9
    assert out.result == pytest.approx(np.exp(-0.2 / 1000 * 500), rel=1e-9)
