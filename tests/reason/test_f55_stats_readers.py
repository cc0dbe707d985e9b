"""Statistics readers in more wordings: a one-sample t-test's hypothesised mean written with its subscript ("target μ0
= 45.0 nm", "μ₀ = 12.00", "H₀: μ = 500"), never read as a mean of 0; a memoryless exponential's conditional survival
asked in exact form ("Given a bulb has already lasted 400 hours ... past 1000 hours total? Exact answer." is
exp(-3/4)); a probability written per unit beside a count of units ("P(gearbox failure within a year) = 0.08 per unit,
independent" of "20 WTGs") as a binomial; a chi-square test of independence from prose rows whose last row runs on
into the question ("strain B: 15 under, 22 on target, 5 over, chi-square test ..."); and a least-squares line from its
summary sums ("n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = 385"). References: scipy's ttest_1samp, binom, expon and
chi2_contingency, sympy for exact forms, numpy's least squares on data with the stated sums; near misses declined."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from scipy import stats

from tests.reason.answers import confident, declined, right_value, same_expr

CD = [45.6, 45.1, 46.0, 44.8, 45.9, 45.4, 45.7, 45.2, 46.1, 45.5]
BORES = [12.03, 12.01, 11.98, 12.04, 12.02, 12.05, 12.00, 12.03]
FILLS = [501.2, 499.8, 502.5, 500.9, 501.7, 502.1, 500.4]


def _listed(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" if v < 100 else f"{v:.1f}" for v in values)


@pytest.mark.parametrize(
    ("question", "data", "mu"),
    [
        (f"poly gate CD (nm) post-etch, 10 sites: {_listed(CD)}. target μ0 = 45.0 nm. one-sample t, two-sided -- "
         "p-value?", CD, 45.0),
        (f"bore diameters (mm): {_listed(BORES)}. μ₀ = 12.00 mm, one-sample t-test, two-sided p-value?", BORES, 12.0),
        (f"fill weights (g): {_listed(FILLS)}. H₀: μ = 500 g, one-sample t test p-value", FILLS, 500.0),
    ],
)  # fmt: skip
def test_subscripted_hypothesised_mean(question: str, data: list[float], mu: float) -> None:
    want = stats.ttest_1samp(data, mu).pvalue
    right_value(question, float(want), "hypothesis_test", rel=1e-9, key="p_value")


def test_one_sample_without_its_mean_declines() -> None:
    declined(f"poly gate CD (nm) post-etch, 10 sites: {_listed(CD)}. one-sample t, two-sided -- p-value?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Bulb lifetimes are exponentially distributed with mean 800 hours. Given a bulb has already lasted 400 hours, "
         "what is the probability it lasts past 1000 hours total? Exact answer.", sp.exp(-sp.Rational(600, 800))),
        ("Pump seal life is exponential with mean 2000 h. A seal has already run 500 h; what is the probability it "
         "survives past 1500 h total? Give the exact form.", sp.exp(-sp.Rational(1000, 2000))),
        ("Component lifetimes are exponential with mean 400 days. Given it has lasted 100 days, what is the "
         "probability it lasts beyond 300 days in total? Exact answer.", sp.exp(-sp.Rational(200, 400))),
    ],
)  # fmt: skip
def test_memoryless_survival_in_exact_form(question: str, want: sp.Expr) -> None:
    out = confident(question, "probability").to_dict()
    assert same_expr(out["result"], want)
    assert all(c["passed"] for c in out["checks"])


def test_memoryless_survival_in_decimals_keeps_its_value() -> None:
    question = ("Bulb lifetimes are exponentially distributed with mean 800 hours. Given a bulb has already lasted 400 "
                "hours, what is the probability it lasts past 1000 hours total?")  # fmt: skip
    right_value(question, float(stats.expon.sf(600, scale=800)), "probability", rel=1e-9)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("- site has 20 WTGs, same gearbox model\n- P(gearbox failure within a year) = 0.08 per unit, independent\n"
         "- P(3 or more gearbox failures this year)?", stats.binom.sf(2, 20, 0.08)),
        ("A wind farm has 20 turbines. P(gearbox failure within a year) = 0.08 per turbine, independent. P(at least 3 "
         "gearbox failures this year)?", stats.binom.sf(2, 20, 0.08)),
        ("fleet of 12 pumps; P(seal failure in a year) = 5% for each pump, independent between pumps. P(exactly 2 seal "
         "failures this year)?", stats.binom.pmf(2, 12, 0.05)),
    ],
)  # fmt: skip
def test_probability_per_unit_is_binomial(question: str, want: float) -> None:
    right_value(question, float(want), "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        # the count asked over two years, the probability stated for one
        "site has 20 WTGs. P(gearbox failure within a year) = 0.08 per unit, independent. P(3 or more gearbox "
        "failures in 2 years)?",
        # no independence said
        "site has 20 WTGs. P(gearbox failure within a year) = 0.08 per unit. P(3 or more gearbox failures this year)?",
        # two counts of pieces: which are the units?
        "site has 20 WTGs and 4 substations. P(gearbox failure within a year) = 0.08 per unit, independent. P(3 or "
        "more gearbox failures this year)?",
    ],
)
def test_probability_per_unit_near_misses_decline(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("tallied attenuation outcomes by yeast strain over the last year, strain A: 8 under-attenuated, 30 on "
         "target, 12 over-attenuated, strain B: 15 under, 22 on target, 5 over, chi-square test of independence "
         "between strain and outcome, p value?", [[8, 30, 12], [15, 22, 5]]),
        ("shift data, day: 40 good, 12 reworked, 8 scrapped, night: 35 good, 20 rework, 15 scrap, is outcome "
         "independent of shift? chi-square p-value", [[40, 12, 8], [35, 20, 15]]),
        ("mould 1: 25 short-shot, 40 good, 10 flash, mould 2: 18 short, 52 good, 6 flash, chi-square test of "
         "independence between mould and outcome, p value?", [[25, 40, 10], [18, 52, 6]]),
    ],
)  # fmt: skip
def test_chisquare_rows_running_into_the_question(question: str, table: list[list[int]]) -> None:
    out = right_value(question, float(stats.chi2_contingency(table).pvalue), "hypothesis_test", rel=1e-9,
                      key="p_value")  # fmt: skip
    assert out["result"]["df"] == 2


def test_chisquare_row_with_an_extra_count_declines() -> None:
    declined("strain A: 8 under-attenuated, 30 on target, 12 over-attenuated, strain B: 15 under, 22 on target, 5 "
             "over, 40 pending, chi-square test of independence between strain and outcome, p value?")  # fmt: skip


def _sums_fit(x: list[float], y: list[float]) -> tuple[float, float, float]:
    """Slope, intercept and R^2 of the least-squares line of y on x, by numpy on the data."""
    slope, intercept = np.polyfit(x, y, 1)
    return float(slope), float(intercept), float(np.corrcoef(x, y)[0, 1] ** 2)


def _sums(x: list[float], y: list[float]) -> str:
    return (f"n = {len(x)}, Σx = {sum(x):g}, Σy = {sum(y):g}, Σxy = {sum(a * b for a, b in zip(x, y, strict=True)):g}, "
            f"Σx² = {sum(a * a for a in x):g}")  # fmt: skip


X1, Y1 = [1, 2, 3, 4, 5, 6], [3, 5, 6, 9, 10, 12]
X2, Y2 = [2, 4, 5, 7, 8, 10], [30, 34, 39, 41, 47, 50]


def test_slope_from_summary_sums_verbatim() -> None:
    question = ("Homework regression with only the summary sums given: n = 10, Σx = 55, Σy = 320, Σxy = 1932, Σx² = "
                "385. What is the slope of the least-squares regression line of y on x? (exact fraction or decimal)")  # fmt: skip
    out = right_value(question, (10 * 1932 - 55 * 320) / (10 * 385 - 55**2), "regression", rel=1e-12, key="slope")
    assert "344/165" in out["answer"] and out["result"]["exact"] == "344/165"


@pytest.mark.parametrize(
    ("question", "which"),
    [
        (f"{_sums(X1, Y1)}. What is the slope of the least-squares line of y on x?", 0),
        (f"Given n = {len(X2)}, sum of x = {sum(X2)}, sum of y = {sum(Y2)}, sum of xy = "
         f"{sum(a * b for a, b in zip(X2, Y2, strict=True))}, sum of x squared = {sum(a * a for a in X2)}, find the intercept of "
         "the least squares line", 1),
        (f"{_sums(X1, Y1).replace('Σ', '∑')}, ∑y^2 = {sum(b * b for b in Y1)}. Find the regression line's R^2.", 2),
    ],
)  # fmt: skip
def test_line_from_summary_sums(question: str, which: int) -> None:
    x, y = (X2, Y2) if "sum of x" in question else (X1, Y1)
    right_value(question, _sums_fit(x, y)[which], "regression", rel=1e-9, key="value")


def test_r_squared_from_sums_without_sum_of_y_squared_declines() -> None:
    declined(f"{_sums(X1, Y1)}. What is R^2 of the regression?")
