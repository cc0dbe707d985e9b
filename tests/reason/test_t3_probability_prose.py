"""Probability prose (task t3): a normal's "trials" as occasions, Bayes' rates ending a sentence, a rate per flight
hour over "5000 FH", a rate per area beside the scene it is on, pieces in a cart, sources listed "respectively";
references from scipy.stats and exact fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Reaction times in a Stroop task are roughly normal with μ = 450 ms and σ = 60 ms. What proportion of trials "
         "are slower than 540 ms?", stats.norm.sf(540, 450, 60)),
        ("Response times on each trial follow a normal distribution with mean 450 ms and standard deviation 60 ms; "
         "what share of trials take longer than 540 ms?", stats.norm.sf(540, 450, 60)),
        ("Stroop reaction times are normally distributed, mean 450 ms, sd 60 ms. What fraction of trials are faster "
         "than 360 ms?", stats.norm.cdf(360, 450, 60)),
    ],
)  # fmt: skip
def test_normal_trials_are_occasions(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_normal_approximation_of_trials_stays_binomial() -> None:
    out = right_value("In 20 trials with p = 0.3, use the normal approximation to find P(at least 8)",
                      stats.binom.sf(7, 20, 0.3), "probability")  # fmt: skip
    assert "binomial" in out["plan"]


_PPV = 0.02 * 0.90 / (0.02 * 0.90 + 0.98 * 0.05)


@pytest.mark.parametrize(
    "question",
    [
        "A depression screening questionnaire has sensitivity 0.90 and specificity 0.95. Prevalence in the student "
        "population is 2%. If a student screens positive, what's the probability they actually have depression?",
        "A screening questionnaire for depression: sensitivity 90%, specificity 95%. 2% of students have depression. "
        "A student screens positive; what is the chance they really are depressed?",
        "Sensitivity is 0.9 and specificity is 0.95. The prevalence is 0.02. Given a positive screen, probability the "
        "student truly has depression?",
    ],
)
def test_bayes_rate_ending_a_sentence(question: str) -> None:
    right_value(question, _PPV, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "fleet sees unscheduled removals of the yaw damper at a constant rate of 0.0002 per flight hour. P(two or more "
        "removals in the next 5000 FH)? assume Poisson",
        "Yaw damper removals occur as a Poisson process at 0.0002 per flight hour. What is the probability of at least "
        "2 removals in the next 5,000 flight hours?",
        "Unscheduled removals happen at 2e-4 per flight hour (Poisson). Over 5000 FH, P(2 or more removals)?",
    ],
)
def test_rate_per_flight_hour(question: str) -> None:
    right_value(question, stats.poisson.sf(1, 0.0002 * 5000), "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Surface voids on calendered sheet occur as a Poisson process, average 0.6 per 100 cm². For a 250 cm² test "
        "panel, P(two or more voids) = ?",
        "Voids on a sheet follow a Poisson process with 0.6 voids per 100 cm^2. What is the probability of at least 2 "
        "voids in a 250 cm^2 panel?",
        "Surface voids occur randomly (Poisson) at an average of 0.6 per 100 square centimetres. A test panel is 250 "
        "cm². Probability of 2 or more voids on it?",
    ],
)
def test_rate_per_area_beside_its_scene(question: str) -> None:
    right_value(question, stats.poisson.sf(1, 0.6 * 250 / 100), "probability")


def test_rate_per_area_on_an_unsized_sheet_declines() -> None:
    declined("Voids on calendered sheet occur as a Poisson process, average 0.6 per 100 cm². P(two or more voids on "
             "a sheet)?")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "3% of green tyres come off the builder with a splice defect, independent. In a cart of twenty, what's "
        "P(exactly one defective)?",
        "Green tyres have a 3% splice defect rate, independently. A trolley holds 20 tyres. What is the probability "
        "exactly 1 is defective?",
        "3% of green tyres have a splice defect, independently of each other. In a rack of twenty tyres, probability "
        "that exactly one is defective?",
    ],
)
def test_pieces_in_a_cart(question: str) -> None:
    right_value(question, stats.binom.pmf(1, 20, 0.03), "probability")


_SHARES = [Fraction(1, 2), Fraction(3, 10), Fraction(1, 5)]
_RATES = [Fraction(1, 100), Fraction(2, 100), Fraction(4, 100)]
_JOINT = [s * r for s, r in zip(_SHARES, _RATES, strict=True)]


def _posterior(i: int) -> Fraction:
    return _JOINT[i] / sum(_JOINT)


def test_sources_respectively_as_a_fraction() -> None:
    out = reason("Curing presses 1, 2, 3 make 50%, 30% and 20% of our output. Blister rates are 1%, 2% and 4% "
                 "respectively. A tyre picked at random from the warehouse has a blister — probability it came off "
                 "press 3? give it as a fraction").to_dict()  # fmt: skip
    assert out["answered"] and out["confidence"] >= 0.9
    assert Fraction(str(out["result"])) == _posterior(2) == Fraction(8, 19)


@pytest.mark.parametrize(
    ("question", "index"),
    [
        ("Machines A, B and C produce 50%, 30% and 20% of the parts, with defect rates of 1%, 2% and 4% respectively. "
         "A part chosen at random is defective. What is the probability it was made by machine C?", 2),
        ("Lines 1, 2 and 3 make 50%, 30%, 20% of output; their scrap rates are 1%, 2%, 4% respectively. Given a "
         "scrapped part, what's the chance it came from line 1?", 0),
    ],
)  # fmt: skip
def test_sources_respectively(question: str, index: int) -> None:
    right_value(question, float(_posterior(index)), "probability")


@pytest.mark.parametrize(
    "question",
    [
        "Lines 1, 2 and 3 make 50%, 30%, 10% of output; their scrap rates are 1%, 2%, 4% respectively. Given a "
        "scrapped part, what's the chance it came from line 1?",
        "Lines 1, 2 and 3 make 50%, 30%, 20% of output; their scrap rates are 1%, 2%, 4% respectively. Given a "
        "scrapped part, what's the chance it came from line 4?",
    ],
)
def test_sources_respectively_declines(question: str) -> None:
    declined(question)
