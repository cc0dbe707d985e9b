"""Task w1: an explicit limit wins over series words in the context; the extreme of a quantity named as a product of a
defined function ("weekly revenue p*q", "Power is F*v"); "rate of germination at day 5" of a cumulative amount.
References by sympy, computed here."""

from __future__ import annotations

import pytest
import sympy as sp

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import confident, declined

x, p, v, t, r = sp.symbols("x p v t r")


def right_value(question: str, want: float, mode: str) -> None:
    """``question`` answered in ``mode`` with confidence >= 0.9, every check passing, its exact result ("9/2") ``want``."""
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["mode"] == mode, doc["answer"]
    assert doc["confidence"] >= 0.9 and all(c["passed"] for c in doc["checks"]), doc["checks"]
    assert float(sp.Rational(str(doc["result"]))) == pytest.approx(want, rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Quick sanity check on a series expansion I'm doing for a rheology model: what is the limit of "
        "(1 − cos(3x))/x² as x → 0?",
        "I'm checking a Taylor series result: lim x->0 of (1 - cos(3x))/x^2?",
        "For my Maclaurin expansion homework, find the limit of (1-cos 3x)/x^2 as x approaches 0.",
        "Use a Taylor series to find the limit of (1 - cos(3x))/x^2 as x -> 0, please",
        "Use the Maclaurin series through x^4 to find the limit of (1 - cos(3x))/x^2 as x -> 0",
    ],
)
def test_limit_asked_beside_series_words(question: str) -> None:
    right_value(question, float(sp.limit((1 - sp.cos(3 * x)) / x**2, x, 0)), "calculus")


def test_series_with_its_extent_is_still_a_series() -> None:
    out = confident("Maclaurin series of e^x cos(x) through the x^4 term", "calculus")
    assert out.plan is not None and "taylor(" in out.plan


_REVENUE = p * (500 - 20 * p)


@pytest.mark.parametrize(
    "question",
    [
        "Our demand curve for the 1-gallon eggshell SKU is roughly q = 500 − 20p units/week where p is price in "
        "dollars. What price maximizes weekly revenue p·q?",
        "For the 12-oz model, demand is q = 500 - 20p per week with p the price. Which p maximizes revenue p*q?",
        "q = 500 - 20p units per week (p in dollars). What price p maximises the revenue p·q?",
    ],
)
def test_price_maximizing_a_named_product(question: str) -> None:
    (want,) = sp.solve(sp.diff(_REVENUE, p), p)
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["confidence"] >= 0.9, doc["answer"]
    assert [float(sp.Rational(r)) for r in doc["result"]] == [pytest.approx(float(want))]
    assert all(c["passed"] for c in doc["checks"])


def test_maximum_revenue_value() -> None:
    (at,) = sp.solve(sp.diff(_REVENUE, p), p)
    right_value("Demand q = 500 − 20p. What is the maximum revenue p*q?", float(_REVENUE.subs(p, at)), "calculus")


_POWER = 800 * (1 - v / 10) * v


@pytest.mark.parametrize(
    "question",
    [
        "Linear force-velocity profile off the force plate: F(v) = 800·(1 − v/10) N with v in m/s. Power is F·v. "
        "What's the peak power in watts?",
        "Force-velocity: F(v) = 800(1 - v/10) N. Power is F*v. What is the maximum power?",
        "F(v) = 800*(1 - v/10). Power P = F·v. Find the peak power.",
    ],
)
def test_peak_of_a_quantity_stated_as_a_product(question: str) -> None:
    (at,) = sp.solve(sp.diff(_POWER, v), v)
    right_value(question, float(_POWER.subs(v, at)), "calculus")


_GERMINATED = 95 / (1 + sp.exp(-sp.Rational(4, 5) * (t - 5)))


@pytest.mark.parametrize(
    "question",
    [
        "germination curve from the petri-dish test, cumulative % germinated G(t) = 95/(1+e^(−0.8(t−5))), t in days. "
        "rate of germination (%/day) at day 5?",
        "cumulative percent germinated G(t) = 95/(1+e^(-0.8(t-5))), t in days. What is the rate of germination at "
        "t = 5?",
        "Seeds germinated (cumulative %): G(t) = 95/(1 + e^(-0.8(t - 5))) with t in days. Germination rate at day 5?",
        "cumulative % germinated G(t) = 95/(1+e^(-0.8(t-5))), t in days. How fast is G increasing on day 5?",
    ],
)
def test_rate_of_a_process_at_a_day(question: str) -> None:
    right_value(question, float(sp.diff(_GERMINATED, t).subs(t, 5)), "calculus")


@pytest.mark.parametrize(
    "question",
    [
        "cumulative % germinated G(t) = 95/(1+e^(-0.8(t-5))), t in hours. rate of germination at day 5?",
        "flow rate r(t) = 3t^2 L/min. what is the rate of flow at t = 2?",
    ],
)
def test_declined(question: str) -> None:
    declined(question)


_WEIBULL_MEAN = sp.integrate(v * (2 / sp.Integer(8)) * (v / 8) * sp.exp(-((v / 8) ** 2)), (v, 0, sp.oo))


@pytest.mark.parametrize(
    "question",
    [
        "Hub-height wind speed modelled as Weibull, shape k = 2, scale c = 8 m/s, i.e. f(v) = (k/c)(v/c)^(k−1) "
        "exp(−(v/c)^k). Evaluate ∫₀^∞ v f(v) dv exactly (the mean wind speed).",
        "Weibull wind model with k = 2 and c = 8 m/s: f(v) = (k/c)(v/c)^(k-1) exp(-(v/c)^k). Compute the integral of "
        "v f(v) dv from 0 to infinity exactly.",
        "shape k = 2, scale c = 8, f(v) = (k/c)(v/c)^(k−1) e^(−(v/c)^k). Evaluate ∫_0^∞ v·f(v) dv analytically.",
    ],
)
def test_integral_with_named_constants_and_a_form_adverb(question: str) -> None:
    assert _WEIBULL_MEAN == 4 * sp.sqrt(sp.pi)
    right_value_float(question, float(_WEIBULL_MEAN))


_R = sp.Rational(1, 5)
_SECTION_FLOW = sp.integrate(8 * (1 - r**2 / _R**2) * 2 * sp.pi * r, (r, 0, _R))


@pytest.mark.parametrize(
    "question",
    [
        "round duct, R = 0.2 m, fully developed laminar-ish profile u(r) = 8(1 − (r/0.2)²) m/s. integrate over the "
        "cross-section — volumetric flow in m³/s?",
        "pipe of radius R = 0.2 m with velocity profile u(r) = 8(1 - (r/0.2)^2) m/s. What is the volumetric flow rate "
        "through the cross-section?",
        "pipe diameter D = 0.4 m, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow rate in m^3/s?",
    ],
)
def test_flow_through_a_round_cross_section(question: str) -> None:
    right_value_float(question, float(_SECTION_FLOW))


@pytest.mark.parametrize(
    "question",
    [
        "rectangular duct, R = 0.2 m, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow?",
        "round duct, u(r) = 8(1 - (r/0.2)^2) m/s. volumetric flow?",
    ],
)
def test_section_flow_declined(question: str) -> None:
    declined(question)


def right_value_float(question: str, want: float) -> None:
    """``question`` answered in calculus with confidence >= 0.9, every check passing, its value ``want``."""
    doc = reason(question).to_dict()
    assert doc["answered"] and doc["mode"] == "calculus", doc["answer"]
    assert doc["confidence"] >= 0.9 and all(c["passed"] for c in doc["checks"]), doc["checks"]
    assert float(to_sympy(str(doc["result"])).evalf()) == pytest.approx(want, rel=1e-9)
