"""Bounds and points in calculus prose (fix-calcprose): interval bounds written "for 0 <= x <= 10", "over 0 < x < 10",
"on [0, 10]", "x in [0, 10]", "x from 0 to 10", "between x = 0 and x = 10", "0 ≤ x ≤ 10" for integrals and areas; the
average value of a function over an interval; derivatives at a point written "at t = 20", "when t = 20", "at t=20 s",
"evaluated at 20", "for t = 20", "after 4 minutes" (of a time t whose unit agrees). References come from sympy
(integrate, diff) and scipy.integrate.quad, never from havoc."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from scipy import integrate

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from plugins.symbolic.average_prose import average_value
from plugins.symbolic.calculus_prose import explicit_bounds, integral_parts
from plugins.symbolic.derivative_prose import point_phrase
from tests.reason.answers import confident, declined, same_expr

x, t, a = sp.symbols("x t a", real=True)


# ---- interval bounds of integrals and areas ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "question",
    [
        "area under y = 3 x^2 for 0 <= x <= 10",
        "area under y = 3 x^2 over 0 < x < 10",
        "area under y = 3 x^2 for 0 ≤ x ≤ 10",
        "area under y = 3x^2 on [0, 10]",
        "area under y = 3x^2 on the interval [0, 10]",
        "integral of 3x^2, x in [0, 10]",
        "integrate 3x^2, x from 0 to 10",
        "integrate 3x^2 for x from 0 to 10",
        "area under y=3x^2 between x = 0 and x = 10",
        "integral of 3x^2 over the interval 0 <= x <= 10",
        "What is the area under y = 3 x^2 for 0 <= x <= 10?",
        "area under y = 3x^2 (0 <= x <= 10)",
        "y = 3x^2. area under the curve for 0 <= x <= 10",
        "f(x) = 3x^2. area under the curve for x from 0 to 10",
        "f(x) = 3x^2. area under the curve, x in [0, 10]",
    ],
)
def test_interval_bounds_of_an_area_are_read(question):
    out = confident(question, "calculus")
    assert float(out.result) == pytest.approx(integrate.quad(lambda u: 3 * u**2, 0, 10)[0])


@pytest.mark.parametrize(
    ("question", "f", "var", "lo", "hi"),
    [
        ("integral of x^2dx from 0 to 1", x**2, x, 0, 1),  # dx glued to the integrand
        ("int x^2dx, 0..1", x**2, x, 0, 1),
        ("int_0^1 x^2dx", x**2, x, 0, 1),
        ("x^2 dx, 0..1", x**2, x, 0, 1),  # no word for the integral
        ("x^2dx from 0 to 1", x**2, x, 0, 1),
        ("e^(-t) dt for 0 <= t <= 1", sp.exp(-t), t, 0, 1),
        ("integrate e^(-x^2) for -inf < x < inf", sp.exp(-(x**2)), x, -sp.oo, sp.oo),
        ("v(t) = 3t^2 - 2t m/s. displacement for 0 <= t <= 2 s", 3 * t**2 - 2 * t, t, 0, 2),
        ("v(t) = 3t^2 - 2t m/s. displacement over 0 < t < 2", 3 * t**2 - 2 * t, t, 0, 2),
    ],
)
def test_integrals_with_bounds_in_other_words(question, f, var, lo, hi):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.integrate(f, (var, lo, hi)))


def test_the_variable_the_bounds_name_is_integrated():
    assert integral_parts("integral of a t^2 for t from 0 to 1") == ("a t^2", ("0", "1"), "t")
    assert integral_parts("integral of 3x^2 for 0 <= x <= 10") == ("3x^2", ("0", "10"), "x")
    assert integral_parts("integral of x^2 + t from 0 to 1") == ("x^2 + t", ("0", "1"), None)  # t is no variable
    bounds = explicit_bounds("y = 3x^2 for 0 <= x <= 10")
    assert (bounds.var, bounds.lo, bounds.hi, bounds.start) == ("x", "0", "10", 9)  # "for" belongs to the bounds


# ---- the average value of a function over an interval -----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "f", "var", "lo", "hi"),
    [
        ("average value of 3x^2 on [0, 10]", 3 * x**2, x, 0, 10),
        ("average value of f(x) = x^2 over [0, 3]", x**2, x, 0, 3),
        ("mean value of sin x for 0 <= x <= pi", sp.sin(x), x, 0, sp.pi),
        ("f(x) = x^2. average value on the interval [0, 3]", x**2, x, 0, 3),
        ("average of sqrt(x) from 0 to 4", sp.sqrt(x), x, 0, 4),
        ("average value of cos x over [pi/2, pi]", sp.cos(x), x, sp.pi / 2, sp.pi),
        ("average value of 3x^2 on [-1, 10]", 3 * x**2, x, -1, 10),
        ("T(t) = 20 + 5 sin(pi t/12) degC. what is the average temperature between t = 0 and t = 24 h?",
         20 + 5 * sp.sin(sp.pi * t / 12), t, 0, 24),
        ("v(t) = 3t^2 m/s. average velocity from t = 0 to t = 2", 3 * t**2, t, 0, 2),
    ],
)  # fmt: skip
def test_the_average_value_is_the_integral_over_the_width(question, f, var, lo, hi):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.integrate(f, (var, lo, hi)) / (hi - lo))
    assert out.to_dict()["checks"][0]["passed"]  # quadrature over b - a


def test_the_average_value_against_quadrature():
    out = confident("average value of e^(-x) cos(x) on [0, pi]", "calculus")
    want = integrate.quad(lambda u: np.exp(-u) * np.cos(u), 0, np.pi)[0] / np.pi
    assert float(to_sympy(out.result)) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "average rate of change of x^2 on [0, 3]",  # (f(b) - f(a))/(b - a), not the average value
        "s(t) = t^3 m. average velocity from t = 0 to t = 2",  # the position's average slope, not s's average
        "v(t) = 3t^2 m/s. average speed from t=0 to 2",  # |v|, not named v
        "average value of e^-x on [0, inf)",  # no finite width
        "maximum of x^2 on [0, 10]",  # extrema on an interval: no planner
        "f(x) = x^3 - 3x. maximum on [0, 2]",
    ],
)
def test_averages_and_extremes_it_cannot_read_are_declined(question):
    declined(question)


def test_words_are_not_averaged():
    assert average_value("n = 25, mean 10, sd 2: probability the sample average is between 9 and 11") is None
    assert average_value("what is the mean of a uniform distribution on [0, 10]") is None


# ---- derivatives at a point in other words ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "f", "var", "order", "point"),
    [
        ("derivative of 2 t^2 wrt t at t = 20", 2 * t**2, t, 1, 20),
        ("derivative of 2 t^2 wrt t when t = 20", 2 * t**2, t, 1, 20),
        ("derivative of 2 t^2 at t = 20 wrt t", 2 * t**2, t, 1, 20),
        ("derivative of 2t^2 at t=20 s", 2 * t**2, t, 1, 20),
        ("derivative of 2t^2 evaluated at 20", 2 * t**2, t, 1, 20),
        ("derivative of 2t^2 for t = 20", 2 * t**2, t, 1, 20),
        ("derivative of 2t^2 wrt t after 4 s", 2 * t**2, t, 1, 4),
        ("derivative of 2t^2 after 4 minutes", 2 * t**2, t, 1, 4),
        ("second derivative of 2t^3 wrt t at t = 1", 2 * t**3, t, 2, 1),
        ("d^2/dt^2 (t^3) at t = 2", t**3, t, 2, 2),
        ("second derivative of x^3 at x = 1", x**3, x, 2, 1),
        ("f(x) = x^3. f''(1)?", x**3, x, 2, 1),
        ("derivative of sin x at x = pi/4", sp.sin(x), x, 1, sp.pi / 4),
        ("s(t) = 2t^2 m. derivative of s after 4 s", 2 * t**2, t, 1, 4),
        ("Tank drains as V(t) = 2000 e^(-0.15t) litres. How fast is the volume changing after 4 minutes?",
         2000 * sp.exp(-sp.Rational(3, 20) * t), t, 1, 4),
        ("A particle moves with position s(t) = t^3 - 6t^2 + 9t metres. What is its velocity after 2 s?",
         t**3 - 6 * t**2 + 9 * t, t, 1, 2),
        ("v(t) = 3t^2 - 2t m/s. acceleration after 2 s?", 3 * t**2 - 2 * t, t, 1, 2),
    ],
)  # fmt: skip
def test_a_derivative_at_a_point_in_other_words(question, f, var, order, point):
    out = confident(question, "calculus")
    assert same_expr(out.result, sp.diff(f, var, order).subs(var, point))


def test_the_point_names_the_variable_of_a_function_with_a_parameter():
    out = reason("derivative of a t^2 at t = 2")  # a is held symbolic: the audit cannot evaluate it (confidence 0.3)
    assert out.answered and same_expr(out.result, sp.diff(a * t**2, t).subs(t, 2))


@pytest.mark.parametrize(
    "question",
    [
        "derivative of 2t^2 after 4",  # a time without its unit
        "derivative of 2x^2 after 4 minutes",  # x is no time
        "derivative of x^2 at y = 2",  # a point of another variable
        "s(t) = 2t^2 m, t in minutes. derivative of s after 4 s",  # t in minutes, the point in seconds
        "V(t) = 2000 e^(-0.15t) litres, t in hours. How fast is the volume changing after 30 minutes?",
        "V(t) = 2000 e^(-0.15t) litres, t in hours. At t = 30 min, how fast is the volume changing?",
        "v(t) = 3t^2 - 2t m/s. acceleration after 2 minutes?",  # m/s: t in seconds
        "The radius r(t) = 2 + 0.5t cm. How fast is the radius changing at 4 cm?",  # a value of r, not of t
    ],
)
def test_points_it_cannot_read_are_declined(question):
    declined(question)


def test_point_phrases():
    read = {text: point_phrase(text, "t", "q") for text in (" at t = 20", " when t is 20", " at t=20s", " for t = 2")}
    assert [p.value for p in read.values()] == ["20", "20", "20", "2"]
    assert point_phrase(" evaluated at 20", "t", "q").var is None
    assert point_phrase(" at 4 cm", "t", "q") is None  # a bare point takes no word but a time unit
    assert point_phrase(" at x = 1", "t", "q") is None
    assert point_phrase("2 t^2 wrt t at t = 20 s", "t", "q", at_start=False).start == 11
    assert point_phrase(" after 30 min", "t", "V(t) = 3t, t in hours").problem  # units disagree
    assert point_phrase(" after 3 s", "t", "v(t) = 3t m/s").problem is None  # m/s: t in seconds
