"""Readings mended after a review of the day's change: a mixing verb and "solve for x" make no blend unless the
letter names an amount; a physical power written with a decimal ("2.5 kW") stays physical; an interval's method is
named as the engine reports it."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from statsmodels.stats.proportion import proportion_confint

from plugins.api.prose import asks_sample_size
from tests.reason.answers import confident, roots_of

x = sp.Symbol("x")


@pytest.mark.parametrize(
    "question, equation",
    [
        ("Combine like terms and solve for x: 3x + 2x = 10", sp.Eq(5 * x, 10)),
        ("We mix the samples thoroughly. Find x if 2x + 3 = 11.", sp.Eq(2 * x + 3, 11)),
    ],
)
def test_a_mixing_verb_and_a_letter_asked_make_no_blend(question: str, equation: sp.Eq) -> None:
    out = confident(question, "algebra")
    assert roots_of(out.result) == set(sp.solve(equation, x))


def test_a_letter_that_names_an_amount_is_still_a_blend() -> None:
    out = confident("Mix x kg of 30% acid with 10% acid to get 50 kg of 18% acid. Find x.", "algebra")
    assert roots_of(out.result) == set(
        sp.solve(sp.Eq(sp.Rational(3, 10) * x + sp.Rational(1, 10) * (50 - x), sp.Rational(18, 100) * 50), x)
    )


@pytest.mark.parametrize("rating", ["2.5 kW", "7.5 kW", "0.75 hp"])
def test_a_power_with_a_decimal_rating_is_no_statistical_power(rating: str) -> None:
    question = f"The pump's rated power is {rating}. How many pumps do we need to sample to detect a 3% drop?"
    assert not asks_sample_size(question.replace("to detect a 3% drop", ""))


@pytest.mark.parametrize(
    "named, method, said",
    [("Clopper-Pearson", "beta", "Clopper-Pearson exact"), ("Agresti-Coull", "agresti_coull", "Agresti-Coull")],
)
def test_interval_method_named_in_the_answer(named: str, method: str, said: str) -> None:
    out = confident(f"19 of 240 samples exceeded 1 NTU. 95% {named} interval for the proportion?")
    low, high = proportion_confint(19, 240, alpha=0.05, method=method)
    assert out.result["lower"] == pytest.approx(low, rel=1e-9) and out.result["upper"] == pytest.approx(high, rel=1e-9)
    assert said in out.answer


def test_a_measure_named_in_percent_asks_no_percent() -> None:
    """ "Purity % is normal ...": the % names what is measured; the probability is asked as a fraction."""
    from scipy.stats import norm

    out = confident("Purity % is normal with mean 99.5 and sd 0.8. Probability below 98.0%?", "probability")
    assert out.result == pytest.approx(norm.cdf(98.0, 99.5, 0.8), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [("convert 3000 rpm to rad/s", 3000 * 2 * math.pi / 60), ("convert 100 rad/s to rpm", 100 / (2 * math.pi) * 60)],
)
def test_turns_against_radians_by_two_pi(question: str, want: float) -> None:
    """One turn is 2*pi rad, an angle the unit engine gives no dimension: it had answered 3000 rpm = 50 rad/s, then
    declined; the turns are now written as turns of 2*pi rad (f55)."""
    out = confident(question, "unit_conversion")
    assert out.result["value"] == pytest.approx(want, rel=1e-12)


def test_a_flow_with_a_unit_power_is_a_quantity() -> None:
    """ "10 m^3/h": the 10 is the flow's value, not a coefficient of m^3."""
    out = confident("convert 10 m^3/h to L/min", "unit_conversion")
    assert out.result["value"] == pytest.approx(10 * 1000 / 60, rel=1e-12)


def test_paired_difference_written_after_t_test_on() -> None:
    """ "Paired t test on after minus before": the samples are ordered by the difference written (round 32c had t < 0)."""
    from scipy import stats

    before, after = [212, 198, 225, 205, 218, 210], [221, 204, 229, 215, 220, 219]
    question = (f"Brinell hardness before: {' '.join(map(str, before))}; after: {' '.join(map(str, after))}. Paired t "
                "test on after minus before, t statistic?")  # fmt: skip
    out = confident(question, "hypothesis_test")
    assert out.result["statistic"] == pytest.approx(stats.ttest_rel(after, before).statistic, rel=1e-9)


def test_a_regression_of_logarithms_asked_is_declined_and_a_logged_list_is_data() -> None:
    """ "regress log10(onset time) on log10(concentration)" asks a transform the fit does not make (it had fitted the raw
    values at 0.92); a list named "log10(copies)" with its values is data on that scale."""
    from scipy import stats

    from tests.reason.answers import declined

    declined("LAL curve: conc 5, 0.5, 0.05, 0.005 EU/mL with onset times 320, 610, 1150, 2240 s. regress log10(onset "
             "time) on log10(concentration) — R² of the fit?")  # fmt: skip
    x, y = [2, 3, 4, 5, 6, 7], [33.1, 29.8, 26.4, 23.1, 19.7, 16.4]
    out = confident("qPCR standard curve — log10(copies) 2,3,4,5,6,7 gave Ct 33.1, 29.8, 26.4, 23.1, 19.7, 16.4. Fit Ct "
                    "vs log10 copies by ordinary least squares; what is the R²?", "regression")  # fmt: skip
    assert out.result["r_squared"] == pytest.approx(stats.linregress(x, y).rvalue ** 2, rel=1e-9)
