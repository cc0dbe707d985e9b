"""f41: probability phrasings: an event defined by a bound on a measurement ("a 5% chance of reading over 0.3 NTU ...
exactly two are over"), a wrong action's rate per item ("mis-pick rate 0.8% per order line": binomial, not Poisson),
a normal's out-of-spec share in ppm ("out-of-spec", "both tails", "spec 11.970 / 12.030"), and a time limit's side
("blow / miss / breach the SLA": above it; "meet the SLA": below). References from scipy.stats."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

EVENT = [
    "Each individual filter effluent grab has about a 5% chance of reading over 0.3 NTU, independent. Out of twenty "
    "grabs, probability that exactly two are over?",
    "Each grab sample independently has a 5% probability of exceeding 0.3 NTU. In 20 grabs, what is the probability "
    "that exactly 2 exceed?",
    "Every turbidity grab is over 0.3 NTU with probability 0.05, independently. We take 20 grabs. Probability exactly "
    "2 of them are over?",
]


@pytest.mark.parametrize("question", EVENT)
def test_event_defined_by_a_bound_is_not_the_count(question: str) -> None:
    out = right_value(question, stats.binom.pmf(2, 20, 0.05), "probability")
    assert out["plan"].endswith("binomial.pmf(2, 20, 0.05)")


def test_event_count_at_least() -> None:
    question = EVENT[0].replace("exactly two", "at least two")
    right_value(question, stats.binom.sf(1, 20, 0.05), "probability")


def test_event_without_the_number_of_grabs_is_declined() -> None:
    declined("Each grab has a 5% chance of reading over 0.3 NTU. Probability that exactly two are over?")


MISPICK = [
    "historical mis-pick rate is 0.8% per order line, lines independent. A wave has 250 lines. Probability of at "
    "least 3 mis-picks in the wave?",
    "The mis-pick rate is 0.8% per order line and lines are independent. For a wave of 250 lines, what is the "
    "probability of 3 or more mis-picks?",
    "Each order line is mis-picked with probability 0.008, independently. A wave has 250 lines. What is P(at least 3 "
    "mis-picks)?",
]


@pytest.mark.parametrize("question", MISPICK)
def test_rate_per_item_is_a_binomial(question: str) -> None:
    want = stats.binom.sf(2, 250, 0.008)
    out = right_value(question, want, "probability", rel=1e-9)
    assert out["result"] != pytest.approx(stats.poisson.sf(2, 2.0), rel=1e-9)  # not the Poisson approximation


def test_mislabel_at_most() -> None:
    question = ("Mislabel rate is 0.8% per label, labels independent. A run has 250 labels. Probability of at most 1 "
                "mislabel?")  # fmt: skip
    right_value(question, stats.binom.cdf(1, 250, 0.008), "probability", rel=1e-9)


PPM = [
    "bore Ø on PN 5012-D ~ normal, μ = 12.000 mm, σ = 0.015 mm, spec 11.970 / 12.030. Expected total out-of-spec in "
    "PPM (both tails)?",
    "Shaft diameter is normal with mean 12.000 mm and sd 0.015 mm; spec limits 11.970 / 12.030. Expected out-of-spec "
    "ppm?",
    "Bore diameter ~ normal, mean 12.000, sigma 0.015, LSL 11.970, USL 12.030. How many ppm fall outside spec, both "
    "tails?",
    "Bore ~ N(12.000, 0.015^2) mm, specification 11.970 to 12.030 mm. What is the expected off-spec rate in PPM?",
]


@pytest.mark.parametrize("question", PPM)
def test_out_of_spec_ppm(question: str) -> None:
    want = (stats.norm.cdf(11.970, 12.0, 0.015) + stats.norm.sf(12.030, 12.0, 0.015)) * 1e6
    right_value(question, want, "probability")


SLA = [
    "order cycle time (order drop to ship-confirm) is roughly normal with μ = 42 min and σ = 6 min. SLA is 50 "
    "minutes. What fraction of orders blow the SLA?",
    "Pick-to-ship time is approximately normal, mean 42 min, sd 6 min. With a 50-minute SLA, what share of orders "
    "miss the SLA?",
    "Cycle time ~ normal with mean 42 minutes and standard deviation 6 minutes; the SLA is 50 minutes. What "
    "proportion of orders breach the SLA?",
]


@pytest.mark.parametrize("question", SLA)
def test_blowing_the_sla_is_above_it(question: str) -> None:
    right_value(question, stats.norm.sf(50, 42, 6), "probability")


def test_meeting_the_sla_is_below_it() -> None:
    question = ("Cycle time ~ normal with mean 42 minutes and standard deviation 6 minutes; the SLA is 50 minutes. "
                "What proportion of orders meet the SLA?")  # fmt: skip
    right_value(question, stats.norm.cdf(50, 42, 6), "probability")


def test_sla_side_not_said_is_declined() -> None:
    declined("Cycle time ~ normal with mean 42 minutes and standard deviation 6 minutes; the SLA is 50 minutes. What "
             "proportion of orders are affected?")  # fmt: skip
