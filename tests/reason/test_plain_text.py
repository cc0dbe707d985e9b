"""Unicode notation in questions: rewritten to the ASCII the planners read, and answered like it."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import plain_text


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("X ~ N(100, 15²)", "X ~ N(100, 15^2)"),
        ("σ = 0.012 mm, spec 25.00 ± 0.05", "sigma = 0.012 mm, spec 25.00 +/- 0.05"),
        ("sd ≈ 3, α = 0.05", "sd = 3, alpha = 0.05"),
        ("350°F in °C", "350 degF in degC"),
        ("x ≤ 3 and y ≥ 2, x − 1", "x <= 3 and y >= 2, x - 1"),
        ("√x times 2π", "sqrt x times 2pi"),
        ("lim x->0⁺ of f", "lim x->0+ of f"),
        ("grain 5 µm, μ = 3", "grain 5 µm, mu = 3"),  # the micro of a unit stays
        ("X\u0304 chart, R\u0304 = 1.8, p\u0305 = 0.04", "X-bar chart, R-bar = 1.8, p-bar = 0.04"),  # combining bars
        ("x\u033f = 50.2", "x-double-bar = 50.2"),
    ],
)
def test_unicode_notation_becomes_ascii(typed, plain):
    assert plain_text(typed) == plain


def test_a_squared_sd_in_unicode_is_read_as_the_sd():
    # once answered as the standard normal's P(Z > 130) = 0 with confidence 0.95
    outcome = reason("X ~ N(100, 15²). P(X > 130)?")
    assert outcome.answered and outcome.result == pytest.approx(stats.norm.sf(130, 100, 15), rel=1e-9)
    assert outcome.question == "X ~ N(100, 15²). P(X > 130)?"  # the user's words are kept as typed


def test_sigma_and_plus_minus_limits_in_unicode():
    outcome = reason("shaft dia spec 25.00 ± 0.05 mm, process σ = 0.012 mm. Cp?")
    assert outcome.answered and outcome.result["cp"] == pytest.approx(0.1 / (6 * 0.012), rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "X\u0304\u2013R chart, subgroups of size n = 5: grand mean x\u033f = 50.2 mm, R\u0304 = 1.8 mm. Compute the UCL "
        "of the X\u0304 chart.",
        "X\u0304-R chart: subgroups of 5, grand mean 50.2 mm, average range R\u0304 = 1.8 mm. Upper control limit?",
    ],
)
def test_x_bar_chart_with_combining_bars(question):
    # once answered with the R chart's limits at confidence 0.9: "X̄" lost its bar and left an "R chart"
    outcome = reason(question)
    assert outcome.answered and outcome.result["chart"] == "xbar_r"
    assert outcome.result["ucl"] == pytest.approx(50.2 + 0.577 * 1.8, rel=1e-12)  # A2(5) as printed
