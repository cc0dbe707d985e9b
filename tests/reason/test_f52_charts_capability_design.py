"""Control charts, capability, designs and sample sizes (f52): an I-MR chart whose limits are written with x-bar and
E2 = 2.66 ("x-bar + 2.66*MR-bar") charts the single values, not subgroups; a u chart's n from "each audit checks 25
CRFs" and its units inspected in all (20 x 25 = 500); a specification range written before the word spec ("the
147–155 g spec"); a list of factors that goes on ("7 factors (jaw temp, dwell, ..., etc)") leaves the stated count;
a Latin square's "1 obs per cell" is no side; a difference's unit per a width ("0.5 N/15mm") gives no 15, and a
sample size statsmodels cannot solve fails its audit. References by numpy, scipy and statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.power import NormalIndPower

from plugins.stats.reasoning_audit import _mean_sample_size_check
from tests.reason.answers import declined, right_value

_ASSAY = [101.2, 99.8, 100.5, 102.1, 98.9, 100.7, 101.5, 99.6, 100.9, 101.8]
_DAILY = [12.1, 11.8, 12.4, 12.0, 12.3, 11.9, 12.2, 12.5]


def _imr_ucl(values: list[float], e2: float = 2.66) -> float:
    """The individuals chart's UCL as the question writes it: mean + E2 MR-bar (E2 = 2.66, 3/d2 rounded)."""
    x = np.array(values)
    return float(x.mean() + e2 * np.abs(np.diff(x)).mean())


def _u_ucl(total: float, samples: int, n: float) -> float:
    """A u chart's UCL: u-bar + 3 sqrt(u-bar/n), u-bar = total / (samples x n)."""
    ubar = total / (samples * n)
    return ubar + 3 * math.sqrt(ubar / n)


def _d2(n: int) -> float:
    """d2(n), the mean range of n standard normals, by numerical integration of 1 - (1 - F)^n - F^n."""
    from scipy.integrate import quad

    return quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]


def _z_n(delta: float, sd: float, power: float, alpha: float = 0.05) -> int:
    """Two-sample n per group by the normal formula 2 ((z_(1-alpha/2) + z_power) sd / delta)^2, rounded up."""
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(2 * (z * sd / delta) ** 2)


@pytest.mark.parametrize(
    ("question", "values"),
    [
        (
            "daily QC control material on the chemistry analyzer (assay values): "
            + ", ".join(map(str, _ASSAY))
            + r". I-MR chart: what's the UCL for the individuals chart? (\bar{x} + 2.66·\bar{MR}, moving range of 2)",
            _ASSAY,
        ),
        (
            "X-mR chart of the daily readings " + " ".join(map(str, _DAILY)) + ": limits are x̄ ± 2.66 MR̄. UCL?",
            _DAILY,
        ),
        (
            "individuals chart for " + ", ".join(map(str, _DAILY)) + ": compute UCL = xbar + 2.66*mrbar",
            _DAILY,
        ),
    ],
)
def test_imr_written_with_x_bar_and_e2(question: str, values: list[float]) -> None:
    out = right_value(question, _imr_ucl(values), "control_chart", rel=1e-9, key="ucl")
    assert out["result"]["chart"] == "imr"
    sigma = np.abs(np.diff(values)).mean() / 1.128  # 3 sigmas from the printed d2 agree to 1e-4
    assert out["result"]["ucl"] == pytest.approx(np.mean(values) + 3 * sigma, rel=1e-4)


def test_imr_with_another_factor_declines() -> None:
    assert "2.66" in declined("I-MR chart for " + ", ".join(map(str, _DAILY)) + ": UCL = x-bar + 2.5*MR-bar?")


def test_x_bar_of_subgroups_keeps_its_chart() -> None:
    groups = [[10.1, 10.2, 10.0], [9.9, 10.1, 10.3], [10.0, 10.2, 10.1], [10.3, 10.1, 10.2]]
    question = "x-bar chart, subgroups " + "; ".join(" ".join(map(str, g)) for g in groups) + ": UCL?"
    x = np.array(groups)
    want = x.mean() + 3 * np.ptp(x, axis=1).mean() / (_d2(3) * math.sqrt(3))
    assert right_value(question, float(want), "control_chart", rel=1e-6, key="ucl")["result"]["chart"] == "xbar_r"


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "monitoring data-entry errors on case report forms: 20 weekly audits, each audit checks 25 CRFs, total 150 "
            "errors found across all 500 CRFs. u chart (errors per CRF) — compute the UCL",
            _u_ucl(150, 20, 25),
        ),
        (
            "u chart for typos per page: 25 weekly audits, each audit reviews 40 pages, 300 errors found in total. UCL?",
            _u_ucl(300, 25, 40),
        ),
        (
            "u chart of coding errors per chart: each audit checks 30 charts; 16 audits so far, 96 errors in all. UCL?",
            _u_ucl(96, 16, 30),
        ),
    ],
)
def test_u_chart_of_audits(question: str, want: float) -> None:
    right_value(question, want, "control_chart", rel=1e-9, key="ucl")


def test_u_chart_with_a_whole_that_disagrees_is_not_confident() -> None:
    declined(
        "We run 20 audits; each audit checks 25 forms and in all we found 150 errors over the 400 forms. u chart UCL?"
    )


@pytest.mark.parametrize(
    ("question", "width", "rbar", "n"),
    [
        ("same 147–155 g spec but on line 2, subgroups of 4, Rbar = 2.1 g. estimate sigma as Rbar/d2 and give me Cp pls",
         8.0, 2.1, 4),
        ("the 9.90-10.10 mm spec, subgroups of 5, R-bar = 0.12 mm. sigma = Rbar/d2. Cp?", 0.2, 0.12, 5),
        ("for the 47 to 53 mm tolerance: subgroups of 3, R-bar 1.7 mm, sigma from R-bar/d2. what is Cp?", 6.0, 1.7, 3),
    ],
)  # fmt: skip
def test_cp_of_a_range_before_spec(question: str, width: float, rbar: float, n: int) -> None:
    printed = round(_d2(n), 3)  # the printed table's d2
    right_value(question, width / (6 * rbar / printed), "capability", rel=1e-9, key="cp")


def test_a_range_not_of_a_spec_still_declines() -> None:
    declined("line 3 ran 12 to 18 hours per batch last month; sd 1.2. Cp?")


@pytest.mark.parametrize(
    ("question", "runs"),
    [
        ("planning a screening DOE on the bagger, 7 factors (jaw temp, dwell, film tension, N2 flow, etc). going with a "
         "2^(7−3) fractional factorial plus 4 center points. how many runs total?", 2 ** (7 - 3) + 4),
        ("screening 6 factors (temperature, pressure, line speed etc.) with a 2^(6-2) fraction and 3 centre points. "
         "total runs?", 2 ** (6 - 2) + 3),
        ("we vary 5 factors: feed, speed, depth of cut and so on, in a 2^(5-1) fractional factorial plus 2 center "
         "points. how many runs?", 2 ** (5 - 1) + 2),
    ],
)  # fmt: skip
def test_factor_list_that_goes_on(question: str, runs: int) -> None:
    out = right_value(question, runs, "design", key="runs")
    assert out["result"]["design"] == "fractional_factorial"


def test_a_full_list_that_disagrees_still_declines() -> None:
    assert "named" in declined(
        "planning a DOE on the bagger, 7 factors (jaw temp, dwell, film tension, N2 flow, speed). 2^(7-3) fractional "
        "factorial plus 4 center points. how many runs total?"
    )


@pytest.mark.parametrize(
    ("question", "k"),
    [
        ("tyre wear trial: 6 tread compounds, blocking on 6 haul trucks and 6 haul routes, Latin square, 1 obs per "
         "cell. how many truck-route runs total?", 6),
        ("Latin square: 4 fertilisers tested over 4 fields and 4 seasons, one plot measurement per cell. total runs?", 4),
        ("five drivers, five cars, five fuel additives in a Latin square design, a single observation in each cell - "
         "how many runs?", 5),
    ],
)  # fmt: skip
def test_latin_square_one_per_cell(question: str, k: int) -> None:
    right_value(question, k * k, "design", key="runs")


def test_latin_square_with_more_per_cell_declines() -> None:
    assert "replicates" in declined(
        "tyre wear trial: 6 tread compounds, blocking on 6 haul trucks and 6 haul routes, Latin square, 2 obs per "
        "cell. how many runs total?"
    )


@pytest.mark.parametrize(
    ("question", "delta", "sd", "power"),
    [
        ("want to compare seal strength between two film suppliers. need to detect a 0.5 N/15mm diff in means, sd is "
         "about 0.8 for both, alpha 0.05 two sided, 90% power. how many bags per supplier? just the normal (z) "
         "formula is fine", 0.5, 0.8, 0.9),
        ("need to detect a 1.2 N/25 mm shift in mean peel strength between two adhesives, sd 1.5, 90% power, "
         "two-sided alpha 0.05. how many per group? z formula", 1.2, 1.5, 0.9),
        ("two coating lines: need to detect a 0.3 g/100cm2 difference in mean coat weight, sd 0.5, alpha 0.05 "
         "two-sided, 80% power, normal approximation. how many panels per line?", 0.3, 0.5, 0.8),
    ],
)  # fmt: skip
def test_sample_size_of_a_difference_per_width(question: str, delta: float, sd: float, power: float) -> None:
    want = _z_n(delta, sd, power)
    assert want == math.ceil(NormalIndPower().solve_power(delta / sd, power=power, alpha=0.05) - 1e-9)
    right_value(question, want, "sample_size", key="n")


def test_unsolvable_sample_size_fails_its_audit() -> None:
    facts = {"d": 15 / 0.8, "power": 0.9, "method": "z", "design": "two-sample"}
    check = _mean_sample_size_check(facts, 2, 0.05, "two-sided")
    assert not check.passed and "no sample size" in check.detail
    assert _mean_sample_size_check({**facts, "d": 0.5 / 0.8}, 54, 0.05, "two-sided").passed
