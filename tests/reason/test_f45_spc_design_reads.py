"""Capability, control charts and design counts in shop-floor words (branch g7): sigma = R-bar/d2 with the d2 stated
beside it ("(d2 = 2.059)" is d2's number, not the sd); a specification a customer wants a quantity "kept between";
an X-bar chart's "grand average of the subgroup means", "average range within a subgroup" and its n "every hour I
weigh 5 bags"; a u chart's n "each subgroup = 5 vehicles"; a k x k Latin square (k^2 runs, each treatment once per
row and column), the smallest Plackett-Burman above 19 factors and "five excipient and process factors". References:
d2 by quadrature with scipy, the control limits and run counts computed here; near misses decline."""

from __future__ import annotations

import itertools
import math

import pytest
from scipy import integrate, stats

from tests.reason.answers import declined, right_value


def _d2(n: int) -> float:
    """d2(n), the mean range of n standard normals, by quadrature."""
    return integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -math.inf, math.inf)[0]


def _printed_a2(n: int) -> float:
    return round(3 / (_d2(n) * math.sqrt(n)), 3)


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "rbar", "n"),
    [
        ("The drug-product assay specification is 95.0–105.0% of label claim. In-process control data were collected "
         "in subgroups of 5 tablets; the grand mean is 100.8% and the average subgroup range is 2.8%. Estimating the "
         "within-subgroup standard deviation as R̄/d2 (d2 = 2.326 for n = 5), what is the Cpk?", 95, 105, 100.8, 2.8, 5),
        ("Spec 95 to 105. Subgroups of n = 5, grand mean 100.8, R-bar 2.8. Estimate sigma as R-bar/d2 (d2 = 2.326). "
         "Cpk?", 95, 105, 100.8, 2.8, 5),
        ("Gap spec 3.5 to 4.5 mm, X-bar/R data in subgroups of 4, R-bar = 0.21 mm, grand mean 4.1 mm; estimate "
         "σ = R̄/d2 (d2 = 2.059). What is Cpk?", 3.5, 4.5, 4.1, 0.21, 4),
    ],
)  # fmt: skip
def test_cpk_of_rbar_over_a_stated_d2(question, lsl, usl, mean, rbar, n):
    sigma = rbar / round(_d2(n), 3)
    right_value(question, min(usl - mean, mean - lsl) / (3 * sigma), "capability", key="cpk")


def test_cp_of_rbar_over_a_stated_d2():
    question = "hood-to-fender gap spec 4.0 ± 0.5 mm. X̄-R data, subgroups of 4, R̄ = 0.21 mm. estimate σ = R̄/d2 (d2 = 2.059). Cp?"
    right_value(question, 1.0 / (6 * 0.21 / round(_d2(4), 3)), "capability", key="cp")


def test_a_sigma_written_as_rbar_over_d2_with_its_value_is_still_the_sd():
    question = "USL 10.5, LSL 9.5, mean 10.1, sigma = R-bar/d2 = 0.1. Cpk?"
    right_value(question, (10.5 - 10.1) / 0.3, "capability", key="cpk")


@pytest.mark.parametrize(
    ("question", "lsl", "usl", "mean", "sd"),
    [
        ("Our wholesale customer wants roast loss kept between 12% and 18% on their blend. From our control chart the "
         "process mean is 15.6% and the within-subgroup standard deviation is 0.7 percentage points. What's our Cpk?",
         12, 18, 15.6, 0.7),
        ("The buyer requires moisture held within 12% to 18%. Process mean 15.6%, within sigma 0.7 percentage points "
         "from the X-bar chart. Cpk?", 12, 18, 15.6, 0.7),
        ("Fill weight must be kept between 498 and 506 g; the control chart shows a mean of 502.4 g and a "
         "within-subgroup standard deviation of 1.1 g. What is Cpk?", 498, 506, 502.4, 1.1),
    ],
)  # fmt: skip
def test_cpk_of_a_band_a_customer_wants_kept(question, lsl, usl, mean, sd):
    right_value(question, min(usl - mean, mean - lsl) / (3 * sd), "capability", key="cpk")


@pytest.mark.parametrize(
    ("question", "center", "rbar", "n", "key"),
    [
        ("I've started doing a control chart on the bagging line. Every hour I weigh 5 bags in a row. Over 25 hours "
         "the grand average of the subgroup means is 251.2 g and the average range within a subgroup is 4.6 g. For "
         "an X-bar and R chart, what's the upper control limit on the X-bar chart?", 251.2, 4.6, 5, "ucl"),
        ("X-bar and R chart: subgroups of 5, the overall average of all subgroup means is 251.2 g and the mean range "
         "of each subgroup is 4.6 g. UCL?", 251.2, 4.6, 5, "ucl"),
        ("Each shift we measure 4 shafts. The grand mean of the sample averages is 25.02 mm and the average range "
         "within a sample is 0.05 mm. X-bar chart LCL?", 25.02, 0.05, 4, "lcl"),
    ],
)  # fmt: skip
def test_xbar_limits_of_a_grand_average_and_range_within_subgroups(question, center, rbar, n, key):
    side = 1 if key == "ucl" else -1
    right_value(question, center + side * _printed_a2(n) * rbar, "control_chart", key=key)


@pytest.mark.parametrize(
    ("question", "total", "samples", "n"),
    [
        ("u chart for the final audit: each subgroup = 5 vehicles, 25 subgroups, 310 defects total across all of "
         "them. UCL in defects per vehicle?", 310, 25, 5),
        ("u chart: 20 samples, every sample contains 4 printed boards, 168 defects in total. What is the UCL?", 168,
         20, 4),
    ],
)  # fmt: skip
def test_u_chart_n_said_of_each_subgroup(question, total, samples, n):
    u_bar = total / (samples * n)
    right_value(question, u_bar + 3 * math.sqrt(u_bar / n), "control_chart", key="ucl")


def test_u_chart_without_n_still_declines():
    declined("u chart: 25 subgroups, 310 defects total. UCL?")


@pytest.mark.parametrize(
    ("question", "k", "reps"),
    [
        ("Five bakers, five days of the week, five scone recipes to compare. Someone told me a Latin square sorts "
         "this out so each recipe gets made once by every baker and once on every day, without doing every possible "
         "combination. How many batches of scones in total would the Latin square need?", 5, 1),
        ("We plan a five-by-five latin square for the tyre wear trial. How many runs?", 5, 1),
        ("Latin square design: 6 operators, 6 machines and 6 lubricants. Number of runs?", 6, 1),
        ("How many runs does a 4x4 Latin square need with 2 replicates?", 4, 2),
    ],
)  # fmt: skip
def test_latin_square_runs(question, k, reps):
    cells = list(itertools.product(range(k), range(k), range(reps)))
    out = right_value(question, len(cells), "design", key="runs")
    assert any(c["name"].startswith("every treatment once") and c["passed"] for c in out["checks"])


@pytest.mark.parametrize(
    "question",
    [
        "A Graeco-Latin square of order 4: how many runs?",
        "a Latin square: how many runs?",  # no size
        "Latin square with 4 operators and 5 machines: runs?",  # not square
    ],
)
def test_other_squares_and_unread_sizes_decline(question):
    declined(question)


@pytest.mark.parametrize(
    ("question", "k"),
    [
        ("screening 19 two-level factors on the trim line squeak & rattle issue. smallest Plackett-Burman design that "
         "fits 19 factors, no reps -- how many runs?", 19),
        ("We have 11 two-level factors to screen with a Plackett-Burman design. How many runs?", 11),
        ("Plackett-Burman screening of 23 two-level factors: the fewest runs?", 23),
    ],
)  # fmt: skip
def test_plackett_burman_of_many_two_level_factors(question, k):
    right_value(question, next(m for m in range(4, 200, 4) if m > k), "design", key="runs")


def test_a_full_factorial_of_19_factors_declines():
    declined("A full factorial of 19 two-level factors: how many runs?")


@pytest.mark.parametrize(
    "question",
    [
        "The formulation robustness study will investigate five excipient and process factors, each at two levels, "
        "using a half-fraction 2^(5−1) resolution V design. The full design will be run in two complete replicates "
        "and no centre points will be added. How many experimental runs are required in total?",
        "We will study five mixing and drying factors (two levels each) in a 2^(5-1) half fraction with two complete "
        "replicates and no centre points. Total runs?",
    ],
)
def test_factors_counted_with_two_qualifying_words(question):
    right_value(question, 2 * 2 ** (5 - 1), "design", key="runs")
