"""A regression answers the quantity the question asks for: the residual standard error, adjusted R^2, the residual
degrees of freedom, F, a p-value, a coefficient by its name in the written model or by its term, a prediction with
its interval; the model listed as regressors ("regress y on x and x^2"); a multiple regression of lists named each.
Near misses (a coefficient the model lacks, a curve's slope, unequal lists) decline; a result without a statistic the
question names fails the asked-quantity check.

References: statsmodels OLS (params, scale, rsquared_adj, df_resid, fvalue, pvalues, get_prediction) on the same
numbers.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import statsmodels.api as sm

from havoc_cli.reason.reading import asked_quantity_check, missing_statistics
from plugins.api.asked import named_statistics
from plugins.api.reasoning import Plan
from tests.reason.answers import confident, declined

X, Y = [1, 2, 3, 4, 5, 6], [2.1, 3.9, 8.2, 13.8, 22.1, 31.9]
P, RATE = [1, 2, 3, 4, 5, 6], [3.1, 5.2, 8.9, 14.1, 20.8, 29.2]
LX, LY = [1, 2, 3, 4, 5, 6], [2.0, 4.1, 5.9, 8.2, 9.9, 12.1]
X1, X2, MY = [1, 2, 3, 4, 5, 6, 7], [2, 1, 4, 3, 6, 5, 8], [3.1, 3.9, 7.2, 7.8, 11.1, 11.9, 15.2]


def _ols(x, y, powers=(1,)):
    columns = np.column_stack([np.asarray(x, float) ** p for p in powers])
    return sm.OLS(np.asarray(y, float), sm.add_constant(columns)).fit()


def _lists(name, values):
    return f"{name} = {', '.join(map(str, values))}"


QUAD = f"Fit a quadratic to {_lists('x', X)} and {_lists('y', Y)}."
LINE = f"Fit a line to {_lists('x', LX)}; {_lists('y', LY)}."
MULTI = f"{_lists('x1', X1)}; {_lists('x2', X2)}; {_lists('y', MY)}."


def _value(question, mode="regression"):
    out = confident(question, mode)
    assert "value" in out.result, out.result
    return out


@pytest.mark.parametrize(
    ("asked", "want", "lead"),
    [
        ("What is the residual standard error?", lambda f: math.sqrt(f.scale), "residual standard error ="),
        ("Give the adjusted R-squared.", lambda f: f.rsquared_adj, "adjusted R^2 ="),
        ("What are the residual degrees of freedom?", lambda f: f.df_resid, "residual degrees of freedom ="),
        ("What is the standard error of the regression?", lambda f: math.sqrt(f.scale), "residual standard error"),
        ("What is the F statistic?", lambda f: f.fvalue, "F ="),
        ("What is the p-value of b2?", lambda f: f.pvalues[2], "p-value of b2 ="),
        ("What is the coefficient of x^2?", lambda f: f.params[2], "b2 ="),
        ("Report the quadratic coefficient.", lambda f: f.params[2], "b2 ="),
    ],
)
def test_a_quadratic_answers_the_statistic_asked(asked, want, lead):
    out = _value(f"{QUAD} {asked}")
    assert out.result["value"] == pytest.approx(want(_ols(X, Y, (1, 2))), rel=1e-9)
    assert out.answer.startswith(lead), out.answer
    assert out.result["residual_sd"] == pytest.approx(math.sqrt(_ols(X, Y, (1, 2)).scale), rel=1e-9)


def test_a_model_written_with_named_coefficients_answers_the_one_asked():
    question = ("The rate follows rate = b0 + b1*P + b2*P^2. Data: P = 1, 2, 3, 4, 5, 6; rate = 3.1, 5.2, 8.9, 14.1, "
                "20.8, 29.2. Estimate b2.")  # fmt: skip
    assert _value(question).result["value"] == pytest.approx(_ols(P, RATE, (1, 2)).params[2], rel=1e-9)
    letters = f"Fit y = a + b x + c x^2 to {_lists('x', X)} and {_lists('y', Y)}. What is c?"
    assert _value(letters).result["value"] == pytest.approx(_ols(X, Y, (1, 2)).params[2], rel=1e-9)


@pytest.mark.parametrize("listed", ["x and x^2", "x, x^2", "x and x squared"])
def test_regressors_listed_as_powers_are_the_polynomial(listed):
    out = _value(f"Regress y on {listed}: {_lists('x', X)}; {_lists('y', Y)}. What is the coefficient of x^2?")
    fit = _ols(X, Y, (1, 2))
    assert out.result["value"] == pytest.approx(fit.params[2], rel=1e-9)
    assert out.result["b1"] == pytest.approx(fit.params[1], rel=1e-9)


def test_a_line_answers_its_statistics():
    fit = _ols(LX, LY)
    assert _value(f"{LINE} What is the p-value for the slope?").result["value"] == pytest.approx(
        fit.pvalues[1], rel=1e-6
    )
    adjusted = (
        f"What is the adjusted R-squared of the straight-line fit of y on x? {_lists('x', LX)}, {_lists('y', LY)}"
    )
    assert _value(adjusted).result["value"] == pytest.approx(fit.rsquared_adj, rel=1e-9)
    assert _value(f"{LINE} How many residual degrees of freedom are there?").result["value"] == fit.df_resid


@pytest.mark.parametrize(("text", "x", "y", "powers"), [(LINE, LX, LY, (1,)), (QUAD, X, Y, (1, 2))])
def test_a_prediction_at_a_value_with_its_prediction_interval(text, x, y, powers):
    out = _value(f"{text} Predict y at x = 7.")
    frame = _ols(x, y, powers).get_prediction(np.array([[1.0, *(7.0**p for p in powers)]])).summary_frame(alpha=0.05)
    assert out.result["value"] == pytest.approx(frame["mean"][0], rel=1e-9)
    assert out.result["prediction_interval"] == pytest.approx([frame["obs_ci_lower"][0], frame["obs_ci_upper"][0]])
    assert out.result["mean_ci"] == pytest.approx([frame["mean_ci_lower"][0], frame["mean_ci_upper"][0]])
    assert out.answer.startswith("predicted y at x = 7")


def test_a_multiple_regression_of_named_lists():
    fit = sm.OLS(np.array(MY), sm.add_constant(np.column_stack([X1, X2]))).fit()
    out = _value(f"Regress y on x1 and x2: {MULTI} What is the coefficient of x2?")
    assert out.result["value"] == pytest.approx(fit.params[2], rel=1e-9)
    assert out.result["b1"] == pytest.approx(fit.params[1], rel=1e-9)
    written = _value(f"Fit y = b0 + b1*x1 + b2*x2 to {MULTI} What is R^2?")
    assert written.result["value"] == pytest.approx(fit.rsquared, rel=1e-9)
    spaced = confident("fit y = b0 + b1 x1 + b2 x2 to x1 1 2 3 4 5, x2 2 1 4 3 5, y 3 4 8 9 12", "regression").result
    small = sm.OLS(
        np.array([3, 4, 8, 9, 12.0]), sm.add_constant(np.column_stack([[1, 2, 3, 4, 5], [2, 1, 4, 3, 5]]))
    ).fit()
    assert [spaced[k] for k in ("b0", "b1", "b2")] == pytest.approx(list(small.params), rel=1e-9)
    names = "temp = 150, 160, 170, 180, 190, 200; time = 10, 12, 11, 14, 13, 15; strength = 50.1, 53.2, 55.0, 58.9, 60.2, 63.8"
    fit = sm.OLS(np.array([50.1, 53.2, 55.0, 58.9, 60.2, 63.8]),
                 sm.add_constant(np.column_stack([[150, 160, 170, 180, 190, 200], [10, 12, 11, 14, 13, 15]]))).fit()  # fmt: skip
    named = _value(f"Regress strength on temp and time: {names}. What is the residual standard error?")
    assert named.result["value"] == pytest.approx(math.sqrt(fit.scale), rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        f"{QUAD} Estimate b3.",
        f"{QUAD} What is the slope?",
        f"{QUAD} What is the coefficient of x^3?",
        "Fit a line to x = 1, 2, 3, 4, 5, 6, y = 2.0, 4.1, 5.9, 8.2, 9.9; what is the slope?",
        f"Fit y = b0 + b1*x1 + b2*x2 to {MULTI} Estimate b3.",
        "Regress y on x1 and x2: x1 = 1, 2, 3, 4, 5, 6, 7; x2 = 2, 1, 4, 3, 6, 5; y = 3.1, 3.9, 7.2, 7.8, 11.1, 11.9, "
        "15.2. What is R^2?",
        f"Regress y on x1 and x2: {MULTI} Predict y at x1 = 8.",
        f"Regress y on x1 and x2: {MULTI} What is the slope?",
    ],
)
def test_near_misses_decline(question):
    declined(question)


def test_named_statistics_tell_adjusted_from_plain_r_squared():
    assert list(named_statistics("the adjusted R^2 of the fit")) == ["adj_r_squared"]
    assert list(named_statistics("its R-squared")) == ["r_squared"]
    assert named_statistics("a line with no intercept; what is the slope?") == {"slope": "slope"}
    assert "prediction" not in named_statistics("predict y from x for x = 1, 2, 3 and y = 2, 4, 6")
    assert named_statistics("predict y at x = 7.")["prediction"] == "prediction"


def test_the_asked_quantity_check_fails_a_result_without_the_statistic_named():
    plan = Plan("regression", "fit regression y ~ x + x^2", {})
    coefficients = {"model": "y = b0 + b1 x + b2 x^2", "b0": 2.08, "b1": -1.02, "b2": 1.0, "r_squared": 0.9998}
    question = f"{QUAD} What is the residual standard error?"
    check = asked_quantity_check(question, plan, coefficients)
    assert not check.passed and "residual standard error" in check.detail
    assert asked_quantity_check(question, plan, {**coefficients, "residual_sd": 0.19}).passed
    leads_other = {**coefficients, "residual_sd": 0.19, "quantity": "r_squared", "value": 0.9998}
    assert missing_statistics(question, "regression", leads_other)
    assert missing_statistics(question, "regression", 0.19) == []  # a number is not an object to look in


def test_a_word_after_the_predictor_is_no_second_predictor():
    pairs = [(2, 0.51), (4, 1.02), (6, 1.49), (8, 2.05), (10, 2.48), (12, 3.04)]
    question = (f"load (kN) vs deflection (mm) pairs: {', '.join(map(str, pairs))}. linear regression of deflection on "
                "load, R squared?")  # fmt: skip
    x, y = zip(*pairs, strict=True)
    assert _value(question).result["value"] == pytest.approx(_ols(x, y).rsquared, rel=1e-9)
    declined(f"Regress y on x1 and x2^2: {MULTI} What is R^2?")
