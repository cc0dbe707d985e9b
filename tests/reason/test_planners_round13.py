"""Round 13 of unseen questions: a fit's R^2 asked beside "x vs y" lists, the asked-quantity check, and a normal
whose second parameter the words call a variance or a standard deviation."""

from __future__ import annotations

import pytest
import sympy
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import asked_quantity_check
from plugins.api.reasoning import Plan
from tests.reason.answers import confident

CONC = [0, 5, 10, 20, 40]
ABSORBANCE = [0.002, 0.105, 0.198, 0.410, 0.795]


@pytest.mark.parametrize(
    "question",
    [
        "calibration curve, conc (ppm) 0, 5, 10, 20, 40 vs absorbance 0.002, 0.105, 0.198, 0.410, 0.795. R^2 of the "
        "straight-line fit?",
        "conc 0 5 10 20 40 vs absorbance 0.002 0.105 0.198 0.410 0.795: r-squared?",
    ],
)
def test_r_squared_beside_x_vs_y_lists_is_a_regression(question):
    out = confident(question, "regression")
    assert out.result["r_squared"] == pytest.approx(stats.linregress(CONC, ABSORBANCE).rvalue ** 2, rel=1e-9)


def test_asked_quantity_check_fails_a_test_answering_a_fit_question():
    question = "x 1 2 3 4 vs y 2 4 5 8: R^2 of the fit?"
    check = asked_quantity_check(question, Plan("hypothesis_test", "test ttest a b", {}))
    assert check is not None and not check.passed
    assert asked_quantity_check(question, Plan("regression", "fit regression y ~ x", {})).passed
    assert asked_quantity_check("slope of the tangent to x^2 at x = 3", Plan("calculus", "", {})).passed
    assert (
        asked_quantity_check("is there a difference between 1 2 3 and 4 5 6?", Plan("hypothesis_test", "", {})) is None
    )


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        (
            "Pin lengths are N(50, 0.04) in mm, i.e. mean 50 mm and variance 0.04 mm^2. What fraction of pins falls "
            "outside 49.6 to 50.3 mm?",
            stats.norm.cdf(49.6, 50, 0.2) + stats.norm.sf(50.3, 50, 0.2),
        ),
        ("X ~ N(10, 4), where 4 is the standard deviation. P(X > 14)?", stats.norm.sf(14, 10, 4)),
        ("X ~ N(10, 4) where 4 is the variance; P(X > 14)?", stats.norm.sf(14, 10, 2)),
    ],
)
def test_normal_parameter_named_in_words(question, reference):
    out = confident(question, "probability")
    assert float(out.result) == pytest.approx(reference, rel=1e-9)


def test_an_unnamed_normal_parameter_is_still_refused():
    out = reason("X ~ N(10, 4). P(X > 14)?")
    assert not out.answered and "say whether 4 is the variance" in out.answer


@pytest.mark.parametrize(
    ("question", "roots"),
    [
        ("Find all real x with sqrt(x + 5) = x - 1 (check for extraneous roots).", {4}),
        ("2x^2 + 3x - 4 = 0, what is x?", {(-3 + 41**0.5) / 4, (-3 - 41**0.5) / 4}),
        ("3y - 7 = 11. find y", {6}),
        ("p(s) = s^2 + 3s + 2; for what s is it zero?", {-1, -2}),
    ],
)
def test_the_unknown_asked_by_name_after_or_around_its_equation(question, roots):
    out = confident(question, "algebra")
    got = {complex(sympy.sympify(r)).real for r in out.result}  # the engine's own output strings
    assert sorted(got) == pytest.approx(sorted(roots), rel=1e-12)
