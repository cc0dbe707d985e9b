"""Distributions, charts, capability, designs and units said in sentences (branch p5-misc): a measure before the thing
counted on as a Poisson window ("a 5 m^2 panel"), a Weibull's "reliability (probability of surviving) at T", the
percentile of a quantity "normally distributed", a c chart "for <things> per <unit>" and samples counted in words,
a spec that "runs from 30 to 40", factors listed with their levels, and a unit the question defines. References:
scipy.stats, scipy.constants, math and itertools computed here; near misses decline."""

from __future__ import annotations

import itertools
import math

from scipy import constants, stats

from tests.reason.answers import confident, declined


# ---- Poisson windows --------------------------------------------------------------------------------------------
def test_measured_panel_is_the_window_beside_an_owned_setting():
    out = confident("Porosity voids in our cured skin panels run about 0.3 per m^2 (Poisson). What's the probability "
                    "a 5 m^2 panel has zero voids?", "probability")  # fmt: skip
    assert math.isclose(out.result, stats.poisson.pmf(0, 0.3 * 5), rel_tol=1e-9)


def test_measured_roll_is_the_window():
    out = confident("Flaws occur at 0.2 per metre (Poisson). What's the probability a 10-metre roll has no flaws?")
    assert math.isclose(out.result, stats.poisson.pmf(0, 0.2 * 10), rel_tol=1e-9)


def test_owned_setting_alone_declines():
    declined("Porosity voids in our cured skin panels run about 0.3 per m^2 (Poisson). What's the probability a panel "
             "has zero voids?")  # fmt: skip


# ---- Weibull reliability ----------------------------------------------------------------------------------------
def test_reliability_with_a_gloss_at_a_time():
    out = confident("Actuator seals follow a Weibull with shape β = 2.5 and characteristic life η = 8000 flight "
                    "hours. What is the reliability (probability of surviving) at 5000 hours?", "probability")  # fmt: skip
    assert math.isclose(out.result, stats.weibull_min.sf(5000, 2.5, scale=8000), rel_tol=1e-9)


def test_probability_of_surviving_at_a_time():
    out = confident("Weibull shape 1.8, scale 12000 h. What is the probability of surviving at 4000 h?")
    assert math.isclose(out.result, stats.weibull_min.sf(4000, 1.8, scale=12000), rel_tol=1e-9)


def test_reliability_without_a_time_declines():
    declined("Actuator seals follow a Weibull with shape β = 2.5 and characteristic life η = 8000 flight hours. What "
             "is the reliability (probability of surviving)?")  # fmt: skip


# ---- normal percentiles -----------------------------------------------------------------------------------------
def test_percentile_of_a_normally_distributed_quantity():
    out = confident("Primary fermentation time is normally distributed, mean seven days, standard deviation 0.8 "
                    "days. What's the 95th percentile of fermentation time, in days?", "probability")  # fmt: skip
    assert math.isclose(out.result, stats.norm.ppf(0.95, 7, 0.8), rel_tol=1e-9)


def test_percentile_without_the_sd_declines():
    declined("Primary fermentation time is normally distributed, mean seven days. What's the 95th percentile of "
             "fermentation time, in days?")  # fmt: skip


# ---- attribute charts -------------------------------------------------------------------------------------------
def test_c_chart_for_things_per_unit():
    out = confident("c chart for porosity indications per weld radiograph. Twenty-five radiographs, 96 indications "
                    "total. Upper control limit?", "control_chart")  # fmt: skip
    cbar = 96 / 25
    assert math.isclose(out.result["ucl"], cbar + 3 * math.sqrt(cbar), rel_tol=1e-9)


def test_p_chart_with_samples_in_words():
    out = confident("p chart for under-filled bottles: twenty samples of 150 bottles each, 84 under-fills in total. "
                    "Compute the UCL of the p chart (3-sigma).", "control_chart")  # fmt: skip
    pbar = 84 / (20 * 150)
    assert math.isclose(out.result["ucl"], pbar + 3 * math.sqrt(pbar * (1 - pbar) / 150), rel_tol=1e-9)


def test_c_chart_without_the_units_declines():
    declined("c chart for porosity indications per weld radiograph. 96 indications total. Upper control limit?")


# ---- capability -------------------------------------------------------------------------------------------------
def test_spec_runs_from_to_in_words():
    out = confident("Our bitterness spec runs from thirty to forty IBU and the process standard deviation is 1.5 IBU. "
                    "What is the process capability index Cp?", "capability")  # fmt: skip
    assert math.isclose(out.result["cp"], (40 - 30) / (6 * 1.5), rel_tol=1e-12)


def test_spec_with_one_end_declines():
    declined("Our bitterness spec runs from thirty IBU and the process standard deviation is 1.5 IBU. What is the "
             "process capability index Cp?")  # fmt: skip


# ---- designs ----------------------------------------------------------------------------------------------------
def test_factors_listed_with_their_levels():
    out = confident("Planning a DOE on the 2K tool: melt temperature at 3 levels, hold pressure at 2 levels, mould "
                    "temperature at 2 levels, full factorial, two replicates. How many runs is that?", "design")  # fmt: skip
    assert out.result["runs"] == 2 * len(list(itertools.product(range(3), range(2), range(2))))


def test_listed_levels_beside_unsaid_factors_decline():
    declined("Planning a DOE: melt temperature at 3 levels, hold pressure at 2 levels and a few other factors, full "
             "factorial. How many runs is that?")  # fmt: skip


# ---- units ------------------------------------------------------------------------------------------------------
def test_unit_defined_in_the_question():
    out = confident("Our brite tank holds 7 US beer barrels (31 US gallons per barrel). How many hectolitres is "
                    "that?", "unit_conversion")  # fmt: skip
    assert math.isclose(out.result["value"], 7 * 31 * constants.gallon / (100 * constants.liter), rel_tol=1e-12)
    assert any("31 US gallons per barrel" in c for c in out.caveats)


def test_undefined_barrel_declines():
    declined("Our brite tank holds 7 US beer barrels. How many hectolitres is that?")
