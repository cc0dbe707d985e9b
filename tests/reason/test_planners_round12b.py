"""Readings added after the twelfth unseen round: Taylor/Maclaurin series (the ``taylor`` operation, its order
words and its audit), specification limits written "9.90 / 10.10", "LSL/USL = ...", "+0.10/-0.05", conversions
written "45 mph = ? m/s" or "m/s in 45 mph?", and a mean's sample size by the method the question names (normal
approximation or noncentral t). References: sympy ``series`` and ``diff``, numpy, scipy.constants, statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from scipy import constants
from statsmodels.stats.power import NormalIndPower, TTestIndPower, TTestPower

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import method_check
from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import spec_limits
from plugins.api.reasoning import Plan
from plugins.symbolic.series_audit import series_checks
from plugins.symbolic.series_prose import series_parts
from tests.reason.answers import confident

x = sp.Symbol("x", real=True)  # as the study grammar reads it


def _poly(f, a, n):
    """sympy's own series through (x - a)^n (series' order is exclusive)."""
    return sp.series(f, x, a, n + 1).removeO()


# ---- Taylor / Maclaurin series --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Maclaurin series of e^x cos(x) through the x^4 term", _poly(sp.exp(x) * sp.cos(x), 0, 4)),
        ("Taylor series of ln(x) about x = 1 to order 3", _poly(sp.log(x), 1, 3)),
        ("series expansion of sin(x)/x up to x^6", _poly(sp.sin(x) / x, 0, 6)),
        ("Taylor polynomial of degree 3 of sqrt(1+x) at 0", _poly(sp.sqrt(1 + x), 0, 3)),
        ("first 4 nonzero terms of the Maclaurin series for 1/(1-x)", 1 + x + x**2 + x**3),
        ("first three terms of the Taylor series of sin(x) at 0", x - x**3 / 6 + x**5 / 120),
        ("Maclaurin series for tan(x) to 3 nonzero terms", x + x**3 / 3 + 2 * x**5 / 15),
        ("Taylor series of sin x about pi/2 through (x - pi/2)^4", _poly(sp.sin(x), sp.pi / 2, 4)),
        ("Taylor series of 1/x about x = 2 up to (x-2)^3", _poly(1 / x, 2, 3)),
        ("2nd order Taylor polynomial of exp(x) at x0 = 1", _poly(sp.exp(x), 1, 2)),
        ("e^x cos x: Maclaurin series through x^4", _poly(sp.exp(x) * sp.cos(x), 0, 4)),
        ("Taylor expansion of ln(1+x) + O(x^5)", _poly(sp.log(1 + x), 0, 4)),
        ("expand cos(x) in a power series about 0 up to x^6", _poly(sp.cos(x), 0, 6)),
        ("quadratic Taylor approximation of cos(2x) at 0", _poly(sp.cos(2 * x), 0, 2)),
        ("third-degree Taylor polynomial for f(x) = sqrt(x) centered at 4", _poly(sp.sqrt(x), 4, 3)),
    ],
)
def test_series_questions(question, reference):
    out = confident(question, "calculus")
    assert out.plan.startswith("show taylor(")
    assert sp.simplify(to_sympy(out.result) - reference) == 0
    assert "powers up to and including" in out.answer or "nonzero terms" in out.answer


def test_series_answer_says_the_order_it_read():
    out = confident("Taylor series of ln(x) about x = 1 to order 3", "calculus")
    assert "(x - 1)^3 included" in out.caveats[0]
    out = confident("first three terms of the Taylor series of sin(x) at 0", "calculus")
    assert "nonzero terms" in out.caveats[0]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Taylor series of e^x", "how much of the series"),
        ("Taylor series of e^x to order 4", "where the series is centred"),
        ("Maclaurin series of sqrt(x) to order 3", "no Taylor series"),
        ("Maclaurin series of abs(x) to order 3", "no Taylor series"),
        ("Maclaurin series of ln(x) through x^2", "no Taylor series"),
        ("Maclaurin series of e^x about x = 1 to order 2", "ask for a Taylor series"),
        ("Taylor series of ln(x) about x = 1 through (x+1)^3", "asked about 1"),
    ],
)
def test_series_refusals(question, says):
    out = reason(question)
    assert not out.answered and out.confidence == 0
    assert says in out.answer


def test_series_parts_reads_the_semantics():
    parts = series_parts("first 4 nonzero terms of the Maclaurin series for 1/(1-x)")
    assert (parts.terms, parts.degree, parts.point, parts.said) == (4, None, "0", "nonzero terms")
    parts = series_parts("Taylor expansion of ln(1+x) + O(x^5)")
    assert (parts.degree, parts.said) == (4, "remainder")  # O(x^5): x^4 is the last power kept
    assert series_parts("time series of 10 readings, control limits?") is None


def _checks(expr: str, point: str, result: str, degree=None, terms=None):
    facts = {"op": "series", "expr": expr, "var": "x", "point": point, "degree": degree, "terms": terms}
    return series_checks(facts, {"result": result}, to_sympy)


def test_series_audit_passes_the_right_polynomial_and_fails_wrong_ones():
    assert all(c.passed for c in _checks("exp(x)*cos(x)", "0", "1 + x - x**3/3 - x**4/6", degree=4))
    # a wrong coefficient, one power too many (sympy's exclusive order read as inclusive), one too few
    for wrong in ("1 + x - x**3/3 + x**4/6", "1 + x - x**3/3 - x**4/6 - x**5/30", "1 + x - x**3/3"):
        assert not all(c.passed for c in _checks("exp(x)*cos(x)", "0", wrong, degree=4)), wrong
    # first 3 nonzero terms of cos: three terms, not x^0..x^2
    assert all(c.passed for c in _checks("cos(x)", "0", "1 - x**2/2 + x**4/24", terms=3))
    assert not all(c.passed for c in _checks("cos(x)", "0", "1 - x**2/2", terms=3))
    # about a point: powers of (x - 1); the removable singularity of sin(x)/x at 0
    assert all(c.passed for c in _checks("log(x)", "1", "(x - 1) - (x - 1)**2/2 + (x - 1)**3/3", degree=3))
    assert all(c.passed for c in _checks("sin(x)/x", "0", "1 - x**2/6 + x**4/120", degree=5))


def test_taylor_coefficients_are_derivatives_over_factorials():
    out = confident("Maclaurin series of e^x cos(x) through the x^4 term", "calculus")
    got = sp.Poly(to_sympy(out.result), x)
    f = sp.exp(x) * sp.cos(x)
    for k in range(5):
        assert got.coeff_monomial(x**k) == sp.diff(f, x, k).subs(x, 0) / sp.factorial(k)


# ---- specification limits -------------------------------------------------------------------------------------
_DATA = [9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97]
_VALUES = " ".join(f"{v:.2f}" for v in _DATA)


def _ppk(lsl: float, usl: float) -> float:
    mean, sd = float(np.mean(_DATA)), float(np.std(_DATA, ddof=1))
    return min(usl - mean, mean - lsl) / (3 * sd)


@pytest.mark.parametrize(
    "spec",
    ["with specs 9.90 / 10.10 (overall sample standard deviation)", "spec 9.90-10.10", "LSL/USL = 9.90/10.10",
     "USL/LSL: 10.10 / 9.90", "limits 9.90 and 10.10", "tolerance 10.00 +0.10/-0.10"],
)  # fmt: skip
def test_ppk_with_limits_in_several_notations(spec):
    out = confident(f"Ppk for {_VALUES} {spec}", "capability")
    assert math.isclose(out.result["ppk"], _ppk(9.90, 10.10), rel_tol=1e-12)


@pytest.mark.parametrize(
    ("text", "limits"),
    [
        ("nominal 10.00 mm -0.05/+0.10 mm", ("10.00 - 0.05", "10.00 + 0.10")),
        ("tolerance 25.0 +0.2/-0.1", ("25.0 - 0.1", "25.0 + 0.2")),
        ("lsl/usl of 4.9 and 5.1", ("4.9", "5.1")),
        ("specs 9.95 to 10.05", ("9.95", "10.05")),
    ],
)
def test_spec_limits_notations(text, limits):
    assert spec_limits(text) == limits


def test_asymmetric_tolerance_with_summary_statistics():
    out = confident("Cpk for mean 10.02, sd 0.015, tolerance 10.00 +0.05/-0.03", "capability")
    assert math.isclose(out.result["cpk"], min(10.05 - 10.02, 10.02 - 9.97) / (3 * 0.015), rel_tol=1e-12)


# ---- unit conversions -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("45 mph = ? m/s", 45 * constants.mph),
        ("45 mph = how many m/s", 45 * constants.mph),
        ("m/s in 45 mph?", 45 * constants.mph),
        ("what is kPa in 32 psi", 32 * constants.psi / 1000),
        ("2.5 MPa = ? psi", 2.5e6 / constants.psi),
        ("3 ft = ___ in", 36.0),
        ("100 degF = ? degC", float(constants.convert_temperature(100, "F", "C"))),
    ],
)
def test_conversion_forms(question, want):
    out = confident(question, "unit_conversion")
    assert math.isclose(out.result["value"], want, rel_tol=1e-9)


def test_a_chance_in_a_time_window_is_no_conversion():
    assert reason("what's the chance of a failure in 100 hours").mode != "unit_conversion"


# ---- a mean's sample size by the named method -----------------------------------------------------------------
_QUESTION = ("sample size per group to detect a 5 unit difference in means, sd 10, alpha 0.05 two-sided, 80% power, "
             "two-sample comparison{}")  # fmt: skip


@pytest.mark.parametrize(
    ("method", "want"),
    [
        (" using the normal approximation", NormalIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
        (" (z-test, known sigma)", NormalIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
        (", t-test by the normal approximation", NormalIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
        (" with the noncentral t", TTestIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
        ("", TTestIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
    ],
)
def test_named_method_decides_the_sample_size(method, want):
    out = confident(_QUESTION.format(method), "sample_size")
    assert out.result["n"] == math.ceil(want)
    z = "normal" in method or "z-test" in method
    assert out.result["method"] == ("z" if z else "t")
    assert ("normal approximation" if z else "noncentral t") in out.answer
    other = "noncentral t formula" if z else "normal approximation (z) formula"
    assert any(c.startswith(f"the {other} gives n = ") for c in out.caveats), out.caveats


@pytest.mark.parametrize(
    ("question", "engine"),
    [
        ("paired design: how many pairs to detect a mean difference of 2 with sd 4, 90% power, normal approximation",
         lambda: NormalIndPower().solve_power(effect_size=0.5, power=0.9, alpha=0.05, ratio=0)),
        ("one-sample z-test: sample size to detect a shift of 0.5 sd with 80% power",
         lambda: NormalIndPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05, ratio=0)),
        ("one-sample t-test: sample size to detect a shift of 0.5 sd with 80% power",
         lambda: TTestPower().solve_power(effect_size=0.5, power=0.8, alpha=0.05)),
    ],
)  # fmt: skip
def test_one_sample_and_paired_methods(question, engine):
    out = confident(question, "sample_size")
    assert out.result["n"] == math.ceil(engine())


@pytest.mark.parametrize(
    ("question", "plan_text", "passed"),
    [
        ("sample size by the normal approximation, d 0.5, 80% power", "power ttest d=0.5 power=0.8", False),
        ("sample size by the normal approximation, d 0.5, 80% power", 'power ttest d=0.5 power=0.8 method="z"', True),
        ("t-test sample size using the normal approximation", 'power ttest d=0.5 power=0.8 method="z"', True),
        ("noncentral t sample size, d 0.5", 'power ttest d=0.5 power=0.8 method="z"', False),
        ("t-test sample size, d 0.5", "power ttest d=0.5 power=0.8", True),
        ("mean within 0.5 at 95% confidence, sigma 2, t distribution", "power precision margin=0.5 sd=2", False),
        ("two-proportion z-test sample size, p1 0.1 p2 0.05", "power proportion p1=0.1 p2=0.05 power=0.8", None),
    ],
)
def test_method_check_for_sample_sizes(question, plan_text, passed):
    check = method_check(question, Plan("sample_size", plan_text))
    assert (check.passed if check else None) is passed


def test_both_methods_named_is_refused():
    out = reason(_QUESTION.format(" using the normal approximation and the noncentral t"))
    assert not out.answered and "names both" in out.answer
