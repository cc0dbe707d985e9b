"""SPC questions from summary values, totals and measurements: control limits (X-bar/R, X-bar/S, R, S, p, np,
c, u), capability indices from the data, and the share of a normal outside its specification. References
are computed here (published factor tables, scipy, numpy), never taken from havoc's output."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, stats

from havoc_cli.reason.pipeline import reason
from plugins.api.prose import spec_limits, spec_share
from plugins.api.reasoning import PlanError
from plugins.spc.reasoning import plan_capability
from plugins.spc.reasoning_charts import plan_control_chart

A2_5, D4_5 = 0.577, 2.114  # the printed factor table, subgroups of 5


def d2(n: int) -> float:
    """The mean range of n standard normals."""
    return integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** n - stats.norm.sf(w) ** n, -np.inf, np.inf)[0]


def answer(question: str):
    outcome = reason(question)
    assert outcome.answered, outcome.answer
    return outcome


def p_ucl(pbar: float, n: float) -> float:
    return pbar + 3 * math.sqrt(pbar * (1 - pbar) / n)


@pytest.mark.parametrize(
    ("question", "key", "want"),
    [
        ("xbar chart, subgroup size n=5, grand mean 74.001 mm, Rbar 0.023 mm. what is the UCL?", "ucl",
         74.001 + A2_5 * 0.023),
        ("Xbar/R chart: R-bar = 1.8, n = 5, xbarbar = 50.2. LCL of the X-bar chart?", "lcl", 50.2 - A2_5 * 1.8),
        ("25 subgroups of 5 parts: x-double-bar 12.0, average range 0.4. R chart UCL?", "ucl", D4_5 * 0.4),
        ("x-bar and s chart, grand average 100, s-bar 2.5, sample size 5: upper control limit?", "ucl",
         100 + 1.427 * 2.5),
        ("p chart from 25 samples of 200 units each, 150 defectives in total. upper control limit?", "ucl",
         p_ucl(150 / 5000, 200)),
        ("p chart: 20 samples of n=100, 160 defectives total. UCL?", "ucl", p_ucl(0.08, 100)),
        ("np chart, 30 lots of 150 items, 90 defective items altogether: centre line?", "center", 90 / 30),
        ("c chart: 25 circuit boards inspected, 200 defects in total. control limits?", "ucl", 8 + 3 * math.sqrt(8)),
        ("u chart: 20 samples of 5 units each, 180 nonconformities total, UCL?", "ucl", 1.8 + 3 * math.sqrt(1.8 / 5)),
        ("p-chart with p-bar = 5% and sample size 100: lower control limit?", "lcl", 0.0),
        ("p chart for 10 samples of 50 units, defectives found: 2, 3, 1, 4, 2, 3, 5, 1, 2, 3. UCL?", "ucl",
         p_ucl(26 / 500, 50)),
    ],
)  # fmt: skip
def test_control_limits_from_summaries(question, key, want):
    outcome = answer(question)
    assert outcome.mode == "control_chart" and outcome.confidence >= 0.9
    assert math.isclose(outcome.result[key], want, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("xbar-R chart, subgroup n=5, xbarbar = 50.2, Rbar = 1.8. UCL for the R chart?", "r"),
        ("xbar-R chart, subgroup n=5, xbarbar = 50.2, Rbar = 1.8. UCL for the xbar chart?", "xbar_r"),
        ("limits of the x-bar chart and the R chart: grand mean 10, Rbar 0.5, n=4", "xbar_r"),
        ("X-bar and S chart, S-bar 2.5, n = 5: what are the S chart limits?", "s"),
    ],
)
def test_the_chart_asked_for(question, kind):
    assert plan_control_chart(question).facts["chart"] == kind


def test_the_exact_factor_result_is_given_beside_the_printed_one():
    outcome = answer("xbar-R chart, subgroup n=5, xbarbar = 50.2, Rbar = 1.8. UCL for the xbar chart?")
    assert any(f"{50.2 + 3 * 1.8 / (d2(5) * math.sqrt(5)):.8g}" in c for c in outcome.caveats)


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("x-bar chart centre line 74.001, Rbar 0.023: UCL?", "subgroup size"),
        ("xbar chart with Rbar 0.4 and n = 5, UCL?", "grand mean"),
        ("x-bar chart limits for subgroup means 10.1 10.3 9.9 10.0 10.2 with ranges 0.4 0.5 0.3 0.6 0.4",
         "subgroup size"),
        ("p chart: 150 defectives in total. UCL?", "sample size"),
        ("c chart, 200 defects: limits?", "number of samples"),
    ],
)  # fmt: skip
def test_chart_questions_without_what_the_limits_need_are_refused(question, message):
    with pytest.raises(PlanError, match=message):
        plan_control_chart(question)


VALUES = [5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99]


def test_ppk_from_measurements_uses_the_overall_sample_sd():
    outcome = answer("Ppk from 5.02 4.98 5.05 5.01 4.97 5.03 5.00 4.99 with LSL 4.90, USL 5.10 (overall sample sd)")
    x = np.array(VALUES)
    want = min(5.10 - x.mean(), x.mean() - 4.90) / (3 * x.std(ddof=1))
    assert outcome.mode == "capability" and math.isclose(outcome.result["ppk"], want, rel_tol=1e-12)
    assert outcome.confidence >= 0.9


def test_cpk_of_one_list_says_which_sigma():
    outcome = answer("what is the Cpk of 5.02, 4.98, 5.05, 5.01, 4.97, 5.03, 5.00, 4.99? specs 4.9 to 5.1")
    x = np.array(VALUES)
    assert math.isclose(outcome.result["cpk"], min(5.1 - x.mean(), x.mean() - 4.9) / (3 * x.std(ddof=1)), rel_tol=1e-12)
    assert any("overall sample SD" in c and "Cpk = Ppk" in c for c in outcome.caveats)


def test_cpk_of_subgroups_uses_rbar_over_d2():
    groups = np.array([[5.02, 4.98, 5.05], [5.01, 4.97, 5.03], [5.00, 4.99, 5.04], [5.02, 5.01, 4.96]])
    sigma = np.ptp(groups, axis=1).mean() / d2(3)
    outcome = answer(
        "Cpk for subgroups 5.02 4.98 5.05; 5.01 4.97 5.03; 5.00 4.99 5.04; 5.02 5.01 4.96, LSL 4.9 USL 5.1"
    )
    want = min(5.1 - groups.mean(), groups.mean() - 4.9) / (3 * sigma)
    assert math.isclose(outcome.result["cpk"], want, rel_tol=1e-7)


@pytest.mark.parametrize(
    ("question", "mode", "want"),
    [
        ("shaft dia ~ N(25.00, 0.02^2) mm, spec 24.96 to 25.03 mm. what fraction is out of spec?", "probability",
         stats.norm.cdf(24.96, 25, 0.02) + stats.norm.sf(25.03, 25, 0.02)),
        ("a normally distributed length, mean 20 mm and sd 0.1 mm; LSL 19.8, USL 20.3: what proportion is "
         "nonconforming?", "probability", stats.norm.cdf(19.8, 20, 0.1) + stats.norm.sf(20.3, 20, 0.1)),
        ("weights ~ N(500, 4^2) g, LSL 490 g. what fraction is below the lower spec?", "probability",
         stats.norm.cdf(490, 500, 4)),
        ("diameter normal with mean 10 and standard deviation 0.1, tolerance 10 ± 0.25. what fraction is within "
         "spec?", "probability", stats.norm.cdf(10.25, 10, 0.1) - stats.norm.cdf(9.75, 10, 0.1)),
        ("X ~ N(100, 15^2). probability that X falls outside 70 to 130?", "probability", 2 * stats.norm.cdf(-2)),
        ("process mean 50.3, standard deviation 0.4, LSL 49 USL 52: what percentage is out of spec?", "capability",
         100 * (stats.norm.cdf(49, 50.3, 0.4) + stats.norm.sf(52, 50.3, 0.4))),
        ("mean 25, sd 0.02, USL 25.05: how many ppm above the USL?", "capability", 1e6 * stats.norm.sf(2.5)),
    ],
)  # fmt: skip
def test_share_of_the_specification(question, mode, want):
    outcome = answer(question)
    assert outcome.mode == mode and outcome.confidence >= 0.9
    got = outcome.result["value"] if mode == "capability" else outcome.result  # capability: an object
    assert math.isclose(got, want, rel_tol=1e-9)


def test_a_share_is_never_answered_with_an_index():
    plan = plan_capability("mean 10, sd 0.1, spec limits 9.8 to 10.2: what is the yield within spec?")
    assert "normal.cdf(10.2, 10, 0.1) - normal.cdf(9.8, 10, 0.1)" in plan.text
    assert (
        reason("lengths are normal with mean 20 mm; spec 19.8 to 20.3; what fraction is out of spec?").answered is False
    )
    assert (
        plan_capability("Cpk and the fraction out of spec: mean 10, sd 0.1, LSL 9.7, USL 10.3").facts["index"] == "cpk"
    )


@pytest.mark.parametrize(
    ("text", "limits", "share"),
    [
        ("spec 24.96 mm to 25.03 mm, fraction out of spec", ("24.96", "25.03"), "outside"),
        ("LSL = 4.9, USL = 5.1: % nonconforming", ("4.9", "5.1"), "outside"),
        ("10 ± 0.05, share in spec", ("10 - 0.05", "10 + 0.05"), "within"),
        ("upper spec limit 7, what fraction exceeds the USL", (None, "7"), "above"),
        ("below the LSL or above the USL (LSL 1, USL 2)", ("1", "2"), "outside"),
        ("specs 1 to 2, what is Cpk", ("1", "2"), None),
    ],
)
def test_spec_reading(text, limits, share):
    assert spec_limits(text) == limits and spec_share(text) == share


@pytest.mark.parametrize(
    ("question", "ucl"),
    [
        # Montgomery's table: A2(4) = 0.729; A3(4) = 1.628
        ("x-bar chart limits for subgroup means 10.1 10.3 9.9 10.0 10.2 with ranges 0.4 0.5 0.3 0.6 0.4, n=4",
         10.1 + 0.729 * 0.44),
        ("Xbar-S chart: subgroup averages 50.2, 49.8, 50.5, 50.1; standard deviations 1.1, 0.9, 1.3, 1.0; "
         "subgroups of 4. UCL?", 50.15 + 1.628 * 1.075),
    ],
)  # fmt: skip
def test_limits_from_lists_of_subgroup_means_and_spreads(question, ucl):
    outcome = reason(question)
    assert outcome.answered and outcome.confidence >= 0.9
    assert outcome.result["ucl"] == pytest.approx(ucl, rel=1e-12)


def test_subgroup_statistics_of_unequal_lengths_are_refused():
    outcome = reason("xbar chart from subgroup means 10.1 10.3 9.9 and ranges 0.4 0.5, n=4")
    assert not outcome.answered and "equal length" in outcome.answer
