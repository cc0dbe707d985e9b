"""Readings added after the ninth unseen round (stats, spc): a share per item implies a binomial and a rate per
unit a Poisson ("4/hr", "0.3 per m^2"), effects and sds in prose, a mean's margin never read as a proportion's,
a one-sided direction in words with the samples' labels, limits from a nominal and tolerance, k-sigma control
limits, and document labels ("QR-114", "PN 4471-B") that are not numbers of the problem. References come from
scipy and statsmodels."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest
from scipy import integrate, stats
from statsmodels.stats.power import TTestIndPower

from havoc_cli.reason.reading import data_check, reading_check
from plugins.api.prose import exact_limit, label_starts, plain_text, samples, spec_limits, stated_sd
from plugins.api.reasoning import Plan, PlanError
from plugins.spc.reasoning_charts import nsigmas
from plugins.stats.reasoning import plan_sample_size
from plugins.stats.reasoning_hypotheses import sample_labels
from plugins.stats.reasoning_precision import plan_precision
from plugins.stats.reasoning_probability import plan_probability
from plugins.stats.reasoning_rates import per_unit, rate_window
from tests.reason.answers import confident, declined

COATING_BEFORE = [41.2, 39.8, 40.5, 42.1, 40.9, 41.7, 39.5, 40.8]
COATING_AFTER = [40.1, 39.0, 40.2, 41.0, 40.3, 40.9, 39.1, 39.9]
SHAFTS = [9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97, 10.01, 10.02]
TEMPS, CURE = [150, 160, 170, 180, 190, 200], [42.1, 38.5, 35.2, 31.9, 28.8, 25.1]


def _ppk(values, lsl, usl):
    x = np.array(values)
    return min(usl - x.mean(), x.mean() - lsl) / (3 * np.std(x, ddof=1))


# ---- the round's questions -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference", "key"),
    [
        ("our line makes 3% scrap; in a lot of 50 parts, P(at most 2 scrapped)?", stats.binom.cdf(2, 50, 0.03), None),
        ("support calls come in at 4/hr on avg (Poisson). prob of exactly 6 calls in an hour?",
         stats.poisson.pmf(6, 4), None),
        ("two-sample t-test: want to detect a 2 mm shift, sd ≈ 3 mm, α = 0.05 two-sided, 90% power. n per group?",
         math.ceil(TTestIndPower().solve_power(2 / 3, power=0.9, alpha=0.05)), "n"),
        ("Hi, how many parts do we need to measure to estimate the mean bore diameter within +/-0.25 mm at 99% "
         "confidence? sigma is known from history, 1.2 mm.", math.ceil((stats.norm.ppf(0.995) * 1.2 / 0.25) ** 2), "n"),
        ("We measured coating thickness (um) on the same 8 panels before and after cure. before: 41.2, 39.8, 40.5, "
         "42.1, 40.9, 41.7, 39.5, 40.8  after: 40.1, 39.0, 40.2, 41.0, 40.3, 40.9, 39.1, 39.9. Can you run a paired "
         "t-test, one-sided, to see whether the thickness after cure is lower? What p-value do you get?",
         stats.ttest_rel(COATING_AFTER, COATING_BEFORE, alternative="less").pvalue, "p_value"),
        ("Line A shaft diameters (mm): 9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97, 10.01, 10.02; spec "
         "10.00 +/- 0.06 mm. Ppk using the overall sample standard deviation?", _ppk(SHAFTS, 9.94, 10.06), "ppk"),
        ("QR-114: oven temp (C): 150 160 170 180 190 200; cure time (min): 42.1 38.5 35.2 31.9 28.8 25.1. Simple "
         "linear regression of cure time on temp -- report R^2.", stats.linregress(TEMPS, CURE).rvalue ** 2,
         "r_squared"),
        ("p chart: avg fraction defective 0.04, subgroups of n=200. 3-sigma UCL?",
         0.04 + 3 * math.sqrt(0.04 * 0.96 / 200), "ucl"),
    ],
)  # fmt: skip
def test_the_rounds_questions(question, reference, key):
    result = confident(question).result
    got = result[key] if key else result
    assert got == pytest.approx(reference, rel=1e-9)


# ---- a share per item: binomial; a rate per unit: Poisson ------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("A stamping line scraps 3% of its parts. If we pull a batch of 50, what is the probability that 2 or fewer "
         "are scrapped?", stats.binom.cdf(2, 50, 0.03)),
        ("2% of the boards we build are defective; in a shipment of 40 boards, what's the chance exactly 1 is "
         "defective?", stats.binom.pmf(1, 40, 0.02)),
        ("A press has a scrap rate of 3%. We run a batch of 50 parts. Probability that no more than 2 are scrapped?",
         stats.binom.cdf(2, 50, 0.03)),
    ],
)  # fmt: skip
def test_a_share_per_item_is_binomial(question, reference):
    out = confident(question)
    assert out.result == pytest.approx(reference, rel=1e-12)
    assert out.plan.startswith("# assumed binomial")  # the model assumed is said, in the plan and the caveats
    assert out.caveats[0].startswith("assumed binomial")


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Calls hit the help desk at 4 per hr. Probability of more than 6 calls in a 2-hour window?",
         stats.poisson.sf(6, 8)),
        ("Defects occur at 2.5/min on the line, Poisson. chance of exactly 3 defects in 2 min?",
         stats.poisson.pmf(3, 5)),
        ("Flaws appear at 0.3 per m^2 of sheet (Poisson). P(no flaws on a 5 m^2 sheet)?", stats.poisson.pmf(0, 1.5)),
        ("flaws occur at 0.3 per m^2. P(at least 2 flaws on a 10 m^2 panel)?", stats.poisson.sf(1, 3)),
        ("Poisson: 3 per hour, P(at most 1 in 20 minutes)?", stats.poisson.cdf(1, 1)),
        ("Poisson 2 per hour: P(no calls in 45 s)?", stats.poisson.pmf(0, 2 * 45 / 3600)),
        ("Flaws at 0.3 per m^2 of film. P(no flaws on a 5 m^2 sheet)?", stats.poisson.pmf(0, 1.5)),
    ],
)  # fmt: skip
def test_a_rate_per_unit_is_poisson(question, reference):
    assert confident(question).result == pytest.approx(reference, rel=1e-12)


@pytest.mark.parametrize(
    "question",
    [
        "A machine makes 40 parts per hour. P(at most 2 breakdowns in 8 hours)?",  # the rate counts other things
        "calls arrive at 4/hr. chance that the next call is within 10 minutes?",  # a waiting time, not a count
        "calls at 4 calls per hour; P(no complaints in 2 hours)?",
    ],
)
def test_no_model_is_assumed_for_other_questions(question):
    with pytest.raises(PlanError):
        plan_probability(question)


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("calls at 4/hr", ("4", "hour", None)),
        ("4 calls per hr", ("4", "hour", "calls")),
        ("2.5/min", ("2.5", "minute", None)),
        ("0.3 per m^2", ("0.3", "m^2", None)),
        ("P(more than 6 calls per hour) at 4/h", ("4", "hour", None)),  # the count asked is not the rate
        ("mean 4", None),
    ],
)
def test_rates_as_written(text, rate):
    assert per_unit(text) == rate


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("0.3 per m^2, on a 10 m^2 panel", (10, 10)),
        ("4/hr, in 30 min", (Fraction(1, 2), 30)),
        ("3 per hour, in 45 s", (Fraction(1, 80), 45)),
        ("2 per km, over 500 m", (Fraction(1, 2), 500)),
        ("calls come in as a process at 4 per hour, in a given hour", (1, 1)),  # "as a" is not "a s(econd)"
    ],
)
def test_windows_scale_exactly(text, window):
    assert rate_window(text) == window


# ---- sample sizes: effects and sds in prose; a mean's margin needs its sd --------------------------------------
@pytest.mark.parametrize(
    ("question", "d"),
    [
        ("detect a shift of 2 mm with a standard deviation of about 3 mm, 90% power, alpha 0.05; n per group?", 2 / 3),
        ("We want to detect a mean difference of at least 2 mm (process sigma 3 mm) with 90% power at alpha = 0.05. "
         "how many per group?", 2 / 3),
        ("detect a 2-mm increase, sigma 3 mm, 90% power", 2 / 3),
        ("detect a shift of 0.5 sigma with 90% power, two-sample", 0.5),
    ],
)  # fmt: skip
def test_effects_in_prose(question, d):
    plan = plan_sample_size(plain_text(question).lower())
    assert plan.facts["d"] == pytest.approx(d)
    n = confident(question).result["n"]
    assert n == math.ceil(TTestIndPower().solve_power(d, power=0.9, alpha=0.05))


def test_a_relative_change_is_not_an_effect():
    with pytest.raises(PlanError, match="effect"):
        plan_sample_size("detect a 15% increase, sigma 3 mm, 90% power")


@pytest.mark.parametrize(
    ("text", "sd"),
    [
        ("sigma is known from history, 1.2 mm.", "1.2"),
        ("historical sd of 1.2", "1.2"),
        ("process sigma 1.2", "1.2"),
        ("the standard deviation, from past data, is about 1.2 mm", "1.2"),
        ("sd = 3 mm", "3"),
        ("sd unknown, within 0.5", None),
        ("sigma^2 = 4", None),  # a variance
        ("3-sigma limits 5", None),  # a width
        ("the sd of 5%", None),
    ],
)
def test_standard_deviations_as_written(text, sd):
    assert stated_sd(text) == sd


def test_a_mean_s_margin_is_never_a_proportion_s():
    with pytest.raises(PlanError, match="standard deviation"):
        plan_precision("how many bushings to estimate the average bore within 0.1 mm with 95% confidence?")
    with pytest.raises(PlanError, match="standard deviation"):
        plan_precision("how many to estimate the mean diameter within 0.05 mm at 95% confidence, expect 10% defective")
    question = (
        "We want the average fill volume within +/- 1.5 mL at 95% confidence; the process sigma is 4 mL. How many?"
    )
    assert confident(question).result["n"] == math.ceil((stats.norm.ppf(0.975) * 4 / 1.5) ** 2)


# ---- a one-sided direction in words --------------------------------------------------------------------------
TORQUE = [[12.1, 11.8, 12.4, 12.0, 11.9, 12.2], [11.7, 11.5, 12.1, 11.6, 11.8, 11.9]]
OLD_NEW = [[5.1, 5.3, 4.9, 5.2, 5.0, 5.4], [5.6, 5.8, 5.5, 5.9, 5.7, 5.6]]


@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Paired data, same 6 bolts. torque before: 12.1 11.8 12.4 12.0 11.9 12.2; after: 11.7 11.5 12.1 11.6 11.8 "
         "11.9. One-tailed paired t-test: did the torque drop after the retrofit?",
         stats.ttest_rel(TORQUE[1], TORQUE[0], alternative="less").pvalue),
        ("before: 12.1 11.8 12.4 12.0 11.9 12.2 after: 11.7 11.5 12.1 11.6 11.8 11.9. paired t-test, one-sided, is "
         "the torque before greater than after?", stats.ttest_rel(TORQUE[0], TORQUE[1], alternative="greater").pvalue),
        ("old supplier: 5.1 5.3 4.9 5.2 5.0 5.4; new supplier: 5.6 5.8 5.5 5.9 5.7 5.6. one-sided Welch t-test - is "
         "the new supplier's mean higher? p-value?",
         stats.ttest_ind(OLD_NEW[1], OLD_NEW[0], equal_var=False, alternative="greater").pvalue),
        ("old supplier: 5.1 5.3 4.9 5.2 5.0 5.4; new supplier: 5.6 5.8 5.5 5.9 5.7 5.6. one-sided Welch test: is the "
         "old supplier lower than the new one?",
         stats.ttest_ind(OLD_NEW[0], OLD_NEW[1], equal_var=False, alternative="less").pvalue),
    ],
)  # fmt: skip
def test_a_direction_in_words(question, reference):
    assert confident(question).result["p_value"] == pytest.approx(reference, rel=1e-9)


def test_a_one_sided_test_without_a_direction_is_refused():
    declined("before: 12.1 11.8 12.4 12.0 after: 11.7 11.5 12.1 11.6. one-sided paired test: is there a change?")


@pytest.mark.parametrize(
    ("question", "labels"),
    [
        ("torque before: 1 2 3; after: 4 5 6", ("before", "after")),
        ("Line A shafts (mm): 1, 2, 3; Line B shafts (mm): 4, 5, 6", ("line a", "line b")),
        ("old supplier: 1 2 3, new supplier: 4 5 6", ("old", "new")),
        ("machine 1: 1 2 3; machine 2: 4 5 6", ("machine 1", "machine 2")),  # a number with the word before it
    ],
)
def test_sample_labels(question, labels):
    assert sample_labels(question) == labels


# ---- capability from a nominal and a tolerance ---------------------------------------------------------------
def test_limits_from_a_nominal_and_tolerance():
    assert spec_limits("spec 10.00 +/- 0.06 mm") == ("10.00 - 0.06", "10.00 + 0.06")
    assert spec_limits("nominal 10.00 mm, tolerance +/- 0.06 mm") == ("10.00 - 0.06", "10.00 + 0.06")
    assert exact_limit("10.00 - 0.06") == "9.94" and exact_limit("0.1 + 0.2") == "0.3" and exact_limit("5") == "5"
    question = "Diameters 9.98, 10.01, 10.03, 9.99, 10.02, 10.00, 10.04, 9.97, 10.01, 10.02 mm; nominal 10.00 mm, "
    result = confident(question + "tolerance +/- 0.06 mm. What is Ppk?").result
    assert result == {"index": "Ppk", "ppk": result["value"], "value": result["value"]}
    assert result["ppk"] == pytest.approx(_ppk(SHAFTS, 9.94, 10.06), rel=1e-9)


# ---- k-sigma control limits ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "width"),
    [
        ("3-sigma ucl", "3"),
        ("limits at +/- 2 sigma", "2"),
        ("two-sigma warning limits", "2"),
        (plain_text("3σ limits").lower(), "3"),
        ("a six sigma project", None),
        ("n = 5 sigma = 0.2", None),  # a value of sigma, not a width
        ("ucl?", None),
    ],
)
def test_widths_in_sigmas(text, width):
    assert nsigmas(text) == width


@pytest.mark.parametrize(
    ("question", "ucl"),
    [
        ("p chart: avg fraction defective 0.04, subgroups of n=200. 2-sigma UCL?",
         0.04 + 2 * math.sqrt(0.04 * 0.96 / 200)),
        ("c chart: 25 samples, 150 defects in total. two-sigma UCL?", 6 + 2 * math.sqrt(6)),
        ("np chart: 20 samples of 100, 60 defectives total. 3 sigma UCL?", 3 + 3 * math.sqrt(3 * 0.97)),
        ("p chart with centre line 0.02 and n = 500; limits at +/- 3 sigma?", 0.02 + 3 * math.sqrt(0.02 * 0.98 / 500)),
    ],
)  # fmt: skip
def test_limits_of_the_stated_width(question, ucl):
    assert confident(question).result["ucl"] == pytest.approx(ucl, rel=1e-9)


def test_two_sigma_limits_from_r_bar():
    # d2(5) = E[range of 5 standard normals], by quadrature; A2 for 2 sigmas = 2 / (d2 sqrt(5))
    d2 = integrate.quad(lambda w: 1 - stats.norm.cdf(w) ** 5 - stats.norm.sf(w) ** 5, -np.inf, np.inf)[0]
    result = confident("X-bar chart with grand mean 74.001, R-bar 0.023, n = 5: 2 sigma limits?").result
    assert result["ucl"] == pytest.approx(74.001 + 2 * 0.023 / (d2 * math.sqrt(5)), rel=1e-9)


# ---- labels are not numbers of the problem -------------------------------------------------------------------
def test_labels():
    text = "PN 4471-B, lot #23, batch 7: 1 2 3; ISO-9001, iso 9001, #5, x-3, A-3"
    assert sorted(text[i : i + 4] for i in label_starts(text)) == ["23, ", "4471", "5, x", "7: 1", "9001", "9001"]
    assert samples("QR-114 12.1 12.3 12.2; QR-115 13 14 15") == [["12.1", "12.3", "12.2"], ["13", "14", "15"]]


def test_a_label_read_as_data_fails_the_data_check():
    question = "QR-114 12.1 12.3 12.2 vs 13 14 15"
    plan = Plan("hypothesis_test", "", {"samples": [["114", "12.1", "12.3", "12.2"], ["13", "14", "15"]]})
    assert not data_check(question, plan).passed
    right = Plan("hypothesis_test", "", {"samples": [["12.1", "12.3", "12.2"], ["13", "14", "15"]]})
    assert data_check(question, right).passed and reading_check(question, right).passed
