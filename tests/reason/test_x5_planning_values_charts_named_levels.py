"""A proportion's planning value in any words ("last qtr it ran ~90%", "planning value of 0.9", "use 0.9 as the
planning value") and the decline when one is spoken of but not read (never p = 0.5 then); X-bar limits from a
"grand avg"; p-bar as an "overall fraction late"; design run counts with the factors listed after a colon, with
"of" inside a name ("depth of cut"), and with each factor's levels in brackets ("conveyor speed (3 levels)").

References are computed here: n = ceil(z^2 p (1 - p) / E^2) with scipy's normal quantile; A2 = 3 / (d2 sqrt n)
with d2 by quadrature, rounded to 3 decimals as the printed tables are; p-bar -/+ 3 sqrt(p-bar (1 - p-bar) / n);
run counts as every combination of the levels (itertools.product) once per replicate plus centre points.
"""

from __future__ import annotations

import itertools
import math

import pytest
from scipy import integrate, stats

from tests.reason.answers import declined, right_value


def margin_n(p: float, margin: float, conf: float = 0.95) -> int:
    """The smallest n estimating a proportion near ``p`` to within ``margin`` at ``conf``."""
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    return math.ceil(z**2 * p * (1 - p) / margin**2 - 1e-9)


def a2(n: int) -> float:
    """A2 as printed: 3 / (d2 sqrt n), d2 the mean range of n standard normals by quadrature, 3 decimals."""

    def integrand(x: float) -> float:
        return 1 - stats.norm.cdf(x) ** n - (1 - stats.norm.cdf(x)) ** n

    d2 = integrate.quad(integrand, -math.inf, math.inf)[0]
    return round(3 / (d2 * math.sqrt(n)), 3)


def runs(levels: list[int], replicates: int = 1, centre: int = 0) -> int:
    """Every combination of the levels once per replicate, plus the centre points."""
    return len(list(itertools.product(*(range(k) for k in levels)))) * replicates + centre


@pytest.mark.parametrize(
    "question",
    [
        "how many orders do i need to audit to estimate the on-time pct within ±3 pct pts at 95% confidence? last qtr "
        "it ran ~90% so use that as the planning value",
        "how many orders should we audit to estimate the on-time rate within ±3 percentage points at 95% confidence? "
        "it ran about 90% last quarter",
        "sample size to estimate the on-time proportion within 3 percentage points, 95% confidence, planning value "
        "of 0.9",
        "how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence; we expect "
        "around 90%",
        "how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence; use 0.9 as the "
        "planning value",
    ],
)
def test_planning_value_read(question: str) -> None:
    right_value(question, margin_n(0.9, 0.03), "sample_size", key="n")


@pytest.mark.parametrize(
    "question",
    [
        "how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence; last quarter's "
        "figure is the planning value",
        "how many orders to estimate the on-time rate within ±3 percentage points at 95% confidence? it ran high "
        "last qtr, use that",
        "sample size to estimate the scrap fraction within 2% at 95% confidence, based on the pilot run",
    ],
)
def test_planning_value_spoken_of_but_unread_declines(question: str) -> None:
    declined(question)


@pytest.mark.parametrize(
    "question",
    [
        "how many orders to audit to estimate the on-time percentage within +/-3% at 95% confidence? no prior estimate",
        "How many customers do we survey to estimate a proportion within +/-3 percentage points at 95% confidence?",
    ],
)
def test_no_value_known_keeps_half(question: str) -> None:
    right_value(question, margin_n(0.5, 0.03), "sample_size", key="n")


@pytest.mark.parametrize(
    "question",
    [
        "xbar-R chart on dock-to-stock time, subgroups of 5. grand avg 12.4 hrs, Rbar 2.1 hrs. UCL for the xbar chart?",
        "X-bar and R chart for cycle time with subgroups of 5: overall avg 12.4 h and average range 2.1 h. what is "
        "the upper control limit of the X-bar chart?",
        "xbar chart, n=5, grand average 12.4, R-bar 2.1; UCL?",
    ],
)
def test_xbar_ucl_from_grand_avg(question: str) -> None:
    right_value(question, 12.4 + a2(5) * 2.1, "control_chart", key="ucl")


@pytest.mark.parametrize(
    "question",
    [
        "p chart for late shipments: we audit 400 orders every day, overall fraction late is 4.5%. 3-sigma LCL?",
        "p chart: 400 orders audited each day, the average proportion of late orders is 0.045. what is the LCL?",
        "p-chart with n = 400 per day; overall late rate 4.5%. lower control limit?",
    ],
)
def test_p_chart_lcl_from_overall_fraction(question: str) -> None:
    p = 0.045
    right_value(question, p - 3 * math.sqrt(p * (1 - p) / 400), "control_chart", key="lcl")


@pytest.mark.parametrize(
    "question, want",
    [
        (
            "Planning a cure-cycle DOE on the new prepreg: ramp rate, hold temperature, hold time and autoclave "
            "pressure, each at two levels, full factorial, single replicate, plus three centre points. How many "
            "panels (runs) do I need to book autoclave time for?",
            runs([2] * 4, 1, 3),
        ),
        (
            "Two-level full factorial on a mixer: speed, temperature, batch size and mixing time, each at two "
            "levels, one replicate, 3 center points. how many runs?",
            runs([2] * 4, 1, 3),
        ),
        (
            "Testing conveyor speed (3 levels), carton type (2 levels) and wave size (4 levels) in a full factorial "
            "with two replicates of every combination. How many runs total?",
            runs([3, 2, 4], 2),
        ),
        (
            "Full factorial with line speed (3 levels), film gauge (2 levels) and seal temperature (4 levels), "
            "replicated twice. total runs?",
            runs([3, 2, 4], 2),
        ),
        (
            "We want to vary oven temperature (3 levels), belt speed (2 levels) and fan setting (4 levels) in a full "
            "factorial, 2 replicates. how many runs?",
            runs([3, 2, 4], 2),
        ),
        (
            "Full factorial: excess O2, burner tilt and overfire air damper, each at three levels, and we want two "
            "complete replicates. Total number of test runs?",
            runs([3] * 3, 2),
        ),
        (
            "Full factorial design: feed rate, spindle speed and depth of cut, each at 3 levels, two replicates. "
            "How many runs?",
            runs([3] * 3, 2),
        ),
    ],
)
def test_design_runs_named_factors(question: str, want: int) -> None:
    right_value(question, want, "design", key="runs")


def test_bracketed_levels_beside_an_unlevelled_factor_declines() -> None:
    declined("Full factorial with line speed (3 levels), film gauge (2 levels) and two other factors. How many runs?")


def test_colon_list_of_responses_is_not_the_factors() -> None:
    right_value("2^4 factorial. Responses: yield, purity and colour, each measured once per run. How many runs?",
                runs([2] * 4), "design", key="runs")  # fmt: skip
