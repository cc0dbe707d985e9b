"""Regression of the model the question states (a quadratic, a cubic, a line through the origin), values paired item by
item ("150 -> 62.1", "x=150 y=62.1", "150: 62.1"), and the response the words name ("slope of hardness on temperature").

References: numpy.polyfit, statsmodels OLS and scipy.stats.linregress on the same numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import stats

from havoc_cli.reason.reading import model_terms_check
from plugins.api.prose import paired_values, plain_text
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_regression import plan_regression, stated_model
from tests.reason.answers import confident, declined

QX, QY = [20, 30, 40, 50, 60, 70, 80], [61.0, 72.5, 80.1, 84.3, 85.0, 82.2, 76.9]
FLOW, DP = [10, 20, 30, 40, 50, 60], [1.2, 3.1, 6.4, 10.9, 16.8, 24.1]
TEMP, HARD = [150, 160, 170, 180, 190, 200], [62.1, 64.0, 65.8, 68.1, 69.7, 72.0]
CX, CY = [0, 1, 2, 3, 4, 5, 6], [1.0, 2.1, 2.9, 4.8, 9.2, 16.1, 27.5]
LX, LY = [1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1]


def _ols(x, y, powers, intercept=True):
    """statsmodels OLS of y on the powers of x (with a constant unless ``intercept`` is False)."""
    columns = np.column_stack([np.asarray(x, float) ** p for p in powers])
    return sm.OLS(np.asarray(y, float), sm.add_constant(columns) if intercept else columns).fit()


def _assert_polynomial(result, x, y, degree):
    want = np.polyfit(x, y, degree)[::-1]
    for k, value in enumerate(want):
        assert result[f"b{k}"] == pytest.approx(value, rel=1e-9, abs=1e-12)
    assert result["r_squared"] == pytest.approx(_ols(x, y, range(1, degree + 1)).rsquared, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "Fit a quadratic (y = b0 + b1 x + b2 x^2) to: x 20 30 40 50 60 70 80; y 61.0 72.5 80.1 84.3 85.0 82.2 76.9. "
        "What is the R-squared of that fit?",
        "second-order polynomial fit, x = 20 30 40 50 60 70 80, y = 61.0 72.5 80.1 84.3 85.0 82.2 76.9",
        "fit y = ax^2 + bx + c to x 20 30 40 50 60 70 80, y 61.0 72.5 80.1 84.3 85.0 82.2 76.9",
        "fit y ~ x + I(x^2) to x: 20, 30, 40, 50, 60, 70, 80 and y: 61.0, 72.5, 80.1, 84.3, 85.0, 82.2, 76.9",
        "x 20 30 40 50 60 70 80, y 61.0 72.5 80.1 84.3 85.0 82.2 76.9: regression with a squared term, R^2?",
        "x: 20, 30, 40, 50, 60, 70, 80 y: 61.0, 72.5, 80.1, 84.3, 85.0, 82.2, 76.9 -- fit a 2nd order poly, R2?",
        "best-fit parabola through 20 -> 61.0, 30 -> 72.5, 40 -> 80.1, 50 -> 84.3, 60 -> 85.0, 70 -> 82.2, 80 -> 76.9",
    ],
)
def test_a_stated_quadratic_is_fitted_as_one(question):
    # once answered with the straight line's R^2 = 0.43 at confidence 0.92
    out = confident(question, "regression")
    _assert_polynomial(out.result, QX, QY, 2)
    assert out.result["model"] == "y = b0 + b1 x + b2 x^2"
    assert any(c["name"] == "the fitted model has the terms the question states" and c["passed"] for c in out.checks)


def test_a_written_model_in_the_variables_names():
    out = confident("pressure drop vs flow across the strainer: flow 10 20 30 40 50 60 L/min, dp 1.2 3.1 6.4 10.9 "
                    "16.8 24.1 kPa. Fit dp = a + b*flow + c*flow^2 and give me the R^2", "regression")  # fmt: skip
    fit = _ols(FLOW, DP, [1, 2])
    assert [out.result[k] for k in ("b0", "b1", "b2")] == pytest.approx(list(fit.params), rel=1e-9)
    assert out.result["r_squared"] == pytest.approx(fit.rsquared, rel=1e-12)


@pytest.mark.parametrize("words", ["cubic fit", "degree 3 polynomial fit", "3rd-order polynomial regression"])
def test_a_cubic(words):
    out = confident(f"{words}: x 0 1 2 3 4 5 6, y 1.0 2.1 2.9 4.8 9.2 16.1 27.5. coefficients?", "regression")
    _assert_polynomial(out.result, CX, CY, 3)


@pytest.mark.parametrize(
    "question",
    [
        "regression through the origin: x 1 2 3 4 5, y 2.1 3.9 6.2 7.8 10.1. slope?",
        "fit y = b x (no intercept) to x 1 2 3 4 5, y 2.1 3.9 6.2 7.8 10.1",
        "force the intercept to zero: x 1 2 3 4 5, y 2.1 3.9 6.2 7.8 10.1, slope?",
        "spring test, F = k*x: extension 1 2 3 4 5 mm, force 2.1 3.9 6.2 7.8 10.1 N. k?",  # no "fit": still a fit
    ],
)
def test_a_line_through_the_origin(question):
    out = confident(question, "regression")
    fit = _ols(LX, LY, [1], intercept=False)
    assert out.result["slope"] == pytest.approx(fit.params[0], rel=1e-12) and out.result["intercept"] == 0.0
    assert out.result["r_squared"] == pytest.approx(fit.rsquared, rel=1e-12)  # uncentred, as statsmodels and R


@pytest.mark.parametrize(
    "question",
    [
        "Cure temp (degC) vs hardness (Shore A): 150 -> 62.1, 160 -> 64.0, 170 -> 65.8, 180 -> 68.1, 190 -> 69.7, "
        "200 -> 72.0. What's the least-squares slope of hardness on temperature?",
        "Cure temp (°C) → hardness: 150 → 62.1; 160 → 64.0; 170 → 65.8; 180 → 68.1; 190 → 69.7; 200 → 72.0. slope?",
        "x=150 y=62.1, x=160 y=64.0, x=170 y=65.8, x=180 y=68.1, x=190 y=69.7, x=200 y=72.0. regression slope?",
        "temp: hardness 150: 62.1, 160: 64.0, 170: 65.8, 180: 68.1, 190: 69.7, 200: 72.0 -- least squares slope?",
        "hardness 62.1 64.0 65.8 68.1 69.7 72.0, temperature 150 160 170 180 190 200: regress hardness on temperature",
        "plot hardness against temperature: hardness 62.1 64.0 65.8 68.1 69.7 72.0, temperature 150 160 170 180 190 "
        "200. slope?",
        "H=62.1 T=150; H=64.0 T=160; H=65.8 T=170; H=68.1 T=180; H=69.7 T=190; H=72.0 T=200. slope of H on T?",
    ],
)
def test_paired_values_and_the_response_named(question):
    out = confident(question, "regression")
    want = stats.linregress(TEMP, HARD)
    assert out.result["slope"] == pytest.approx(want.slope, rel=1e-9)
    assert out.result["intercept"] == pytest.approx(want.intercept, rel=1e-9)


def test_a_heading_a_vs_b_over_pairs_does_not_turn_them_round():
    # "hardness vs temperature" is a plot's y vs x; the arrows still put the temperature first
    out = confident("hardness vs temperature: 150 -> 62.1, 160 -> 64.0, 170 -> 65.8, 180 -> 68.1, 190 -> 69.7, "
                    "200 -> 72.0. slope of hardness on temperature?", "regression")  # fmt: skip
    assert out.result["slope"] == pytest.approx(stats.linregress(TEMP, HARD).slope, rel=1e-9)
    assert "x: temperature, y: hardness" in out.answer


BINDER, VOIDS = [4.5, 5.0, 5.5, 6.0, 6.5], [6.8, 5.4, 4.3, 3.1, 2.2]


def test_bracketed_pairs_in_the_headings_order_with_the_predictor_first():
    pairs = " ".join(f"({b}, {v})" for b, v in zip(BINDER, VOIDS, strict=True))
    out = confident(f"binder content % vs air voids %: {pairs}. Fit a straight line of air voids on binder content; "
                    "slope?", "regression")  # fmt: skip
    assert out.result["slope"] == pytest.approx(stats.linregress(BINDER, VOIDS).slope, rel=1e-9)


def test_bracketed_pairs_whose_heading_names_the_response_first_are_declined():
    # "(6.8, 4.5)" under "air voids vs binder content" is (voids, binder) by the heading, (binder, voids) by the
    # predictor-first convention of "150 -> 62.1": a slope either way would be a guess
    pairs = " ".join(f"({v}, {b})" for b, v in zip(BINDER, VOIDS, strict=True))
    declined(f"air voids % vs binder content %: {pairs}. Fit a straight line of air voids on binder content; slope?")


def test_the_response_named_turns_the_pairs_round():
    out = confident("T=150 H=62.1; T=160 H=64.0; T=170 H=65.8; T=180 H=68.1. regress T on H: slope?", "regression")
    assert out.result["slope"] == pytest.approx(stats.linregress(HARD[:4], TEMP[:4]).slope, rel=1e-9)


def test_arrow_pairs_are_paired_samples_of_a_test():
    before, after = [12.1, 12.4, 11.9, 12.6, 12.3], [11.8, 12.0, 11.7, 12.1, 12.2]
    out = confident("paired t-test, before -> after: 12.1 -> 11.8, 12.4 -> 12.0, 11.9 -> 11.7, 12.6 -> 12.1, "
                    "12.3 -> 12.2", "hypothesis_test")  # fmt: skip
    assert out.result["p_value"] == pytest.approx(stats.ttest_rel(before, after).pvalue, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "fit y = a e^(b x) to x 1 2 3 4, y 2.7 7.4 20.1 54.6",
        "fit y = a + b/x to x 1 2 3 4 5, y 5.1 3.0 2.4 2.1 2.0",
        "fit log(y) = a + b x to x 1 2 3 4, y 2.7 7.4 20.1 54.6",
        "time (s) 0 1 2 3 4, temperature (degC) 20 24 29 33 38: fit T = a + b t, slope?",  # t names both lists
        "exponential fit to x 1 2 3 4, y 2.7 7.4 20.1 54.6",
        "fit y = a + b ln(x): x 1 2 3 4 5, y 0.1 1.4 2.2 2.8 3.3",
        "fit a polynomial to x 1 2 3 4 5, y 1 4 9 16 25",
        "fit a curve to x 1 2 3 4 5, y 1 4 9 16 25 and give R^2",
        "fit a straight line to x 1 2 3 4 5 6, y 3.1 5.9 11.2 18.1 26.8 38.2 and also a quadratic",
        "quadratic fit: y = a + b x, x 1 2 3 4 5 6, y 3.1 5.9 11.2 18.1 26.8 38.2",
        "fit y = b0 + b1 x1 + b2 x2 to x1 1 2 3 4 5, x2 2 1 4 3, y 3 4 8 9 12",  # a multiple regression, unequal lists
        "regress hardness on temp: 62.1 64.0 65.8 68.1; 150 160 170 180",
        "fit a cubic to x 1 2 3 4, y 1 8 27 64",  # a cubic through 4 points leaves no residual
    ],
)
def test_a_model_it_cannot_fit_is_declined_not_a_line(question):
    declined(question)


def test_the_stated_model_is_read():
    assert stated_model("fit y = mx + c").powers == (1,)
    assert stated_model("y = beta0 + beta1*x + beta2*x**2 + e") == stated_model("y ~ poly(x, 2)")
    assert stated_model("y ~ x + I(x^2) - 1").intercept is False
    assert stated_model("regress y = 2 4 5 4 5 on x = 1 2 3 4 5").powers == (1,)  # data, not a model
    assert stated_model("where x = temperature and y = hardness").response is None
    with pytest.raises(PlanError, match="one predictor"):
        stated_model("y = a + b x + c z")


def test_paired_values_forms():
    pairs = paired_values(plain_text("Cure temp (degC) vs hardness (Shore A): 150 → 62.1, 160 → 64.0, 170 → 65.8."))
    assert (pairs.first, pairs.second, pairs.names) == (["150", "160", "170"], ["62.1", "64.0", "65.8"],
                                                        ("cure temp", "hardness"))  # fmt: skip
    assert paired_values("x = 1 2 3 4, y = 2 3 4 5") is None
    assert paired_values("n=10 mean=5.2, n=12 mean=5.9, n=11 mean=6.1", arrows_only=True) is None
    plan = plan_regression("(1, 2.1), (2, 3.9), (3, 6.2), (4, 7.8) slope?")
    assert plan.facts["x"] == ["1", "2", "3", "4"] and plan.text.endswith("fit regression y ~ x")


def test_a_curve_asked_and_a_line_fitted_fails_the_model_check():
    line = {"kind": "regression", "terms": ["intercept", "x"]}
    quadratic = {"kind": "regression", "terms": ["intercept", "x", "x^2"]}
    check = model_terms_check("Fit dp = a + b*flow + c*flow^2 to flow 1 2 3 4, dp 1 4 9 16", line)
    assert check is not None and not check.passed
    assert model_terms_check("fit a quadratic to x 1 2 3 4, y 1 4 9 16", quadratic).passed
    assert not model_terms_check("R^2 of the fit to x 1 2 3 4, y 1 4 9 16", quadratic).passed  # no curve was asked
    assert model_terms_check("R^2 of x 1 2 3 4, y 1 4 9 16", line) is None
    assert not model_terms_check("fit through the origin: x 1 2 3, y 2 4 6", line).passed
