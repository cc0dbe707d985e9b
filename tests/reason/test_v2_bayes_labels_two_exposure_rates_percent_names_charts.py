"""Bayes' theorem with a remark naming a rate's role ("(false calls)") that is not the state asked, a Poisson rate per
two exposures ("0.6 leaks per 100 km per year"), a normal measurement named in percent ("butterfat %"), and c and p
chart limits from "average is 4.5 defects per side" and "200 cases each"; references by fractions, scipy and math."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value

_P, _SE, _FP = Fraction(4, 100), Fraction(90, 100), Fraction(5, 100)
PPV = _P * _SE / (_P * _SE + (1 - _P) * _FP)  # 3/7

_RATES = ("4% of joints actually have a defect. The tool flags 90% of defective joints but also flags 5% of clean "
          "joints (false calls). A joint got flagged")  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "ILI run question: 4% of joints actually have a reportable metal-loss defect. The tool flags 90% of defective "
        "joints, but also flags 5% of clean joints (false calls). A joint got flagged — probability it really has a "
        "defect? exact fraction",
        "4% of joints really have a metal-loss defect; the ILI tool flags 90% of defective joints and also flags 5% of "
        "clean joints - false calls. A joint is flagged: what is the probability it truly has a defect? exact fraction",
        f"{_RATES} — probability it is a real defect, not a false call? exact fraction",
    ],
)
def test_a_role_remark_is_not_the_state_asked(question: str) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["checks"]
    assert out["result"] == f"{PPV.numerator}/{PPV.denominator}" == "3/7"


def test_a_role_remark_beside_hits_reads_the_ppv() -> None:
    right_value("4% of joints have a reportable defect. The tool flags 90% of defective joints (true hits) and falsely "
                "flags 5% of clean ones (false calls). Given a flag, probability the joint is defective?",
                float(PPV), "probability", rel=1e-12)  # fmt: skip


@pytest.mark.parametrize(
    "asked", ["probability it is a false call?", "what fraction of flagged joints are defect-free?"]
)
def test_a_false_call_asked_is_one_minus_the_ppv(asked: str) -> None:
    right_value(f"{_RATES} — {asked}", float(1 - PPV), "probability", rel=1e-12)


def test_the_state_asked_is_checked_a_second_way() -> None:
    """A plan answering a false alarm where the asking sentence asks for the condition fails the second reading."""
    from plugins.stats.reasoning_bayes import bayes_checks

    facts = {"fn": "1-ppv", "prevalence": "0.04", "sensitivity": "0.9", "specificity": "0.95", "label": "a false alarm",
             "question": f"{_RATES} — probability it really has a defect?"}  # fmt: skip
    checks = bayes_checks(facts, float(1 - PPV), float)
    asked = [c for c in checks if "state asked" in c.name]
    assert len(asked) == 1 and not asked[0].passed


LEAKS = stats.poisson(0.6 * 250 / 100 * 1).sf(1)


@pytest.mark.parametrize(
    "question",
    [
        "Historical leak frequency on this crude trunkline is 0.6 leaks per 100 km per year. Our segment is 250 km. "
        "Treating leaks as a Poisson process, what's the probability of two or more leaks on the segment in a given "
        "year?",
        "Leaks occur at 0.6 per 100 km per year (Poisson). For a 250 km segment, probability of at least 2 leaks in a "
        "year?",
        "A pipeline sees 0.6 leaks per 100 km per year. Assuming a Poisson process, what is the probability of 2 or "
        "more leaks over 250 km in one year?",
    ],
)
def test_a_rate_per_length_per_year_scales_by_both(question: str) -> None:
    assert LEAKS == pytest.approx(1 - math.exp(-1.5) * (1 + 1.5))
    right_value(question, LEAKS, "probability", rel=1e-9)


def test_two_exposures_over_two_years() -> None:
    right_value("A pipeline sees 0.6 leaks per 100 km per year. Assuming a Poisson process, what is the probability "
                "of 2 or more leaks over 250 km in 2 years?", stats.poisson(3.0).sf(1), "probability", rel=1e-9)  # fmt: skip


@pytest.mark.parametrize(
    "question",
    [
        "A pipeline sees 0.6 leaks per 100 km per year. Assuming a Poisson process, what is the probability of 2 or "
        "more leaks in one year?",
        "Leak frequency is 0.6 leaks per 100 km per year. Our segment is 250 km. Poisson: probability of two or more "
        "leaks in the next few years?",
    ],
)
def test_a_two_exposure_rate_without_both_windows_is_declined(question: str) -> None:
    declined(question)


BUTTERFAT = stats.norm(3.85, 0.12).cdf(3.60)


@pytest.mark.parametrize(
    "question",
    [
        "butterfat % in herd bulk tank ~ Normal, mean 3.85, sd 0.12. probability a collection comes in below 3.60 % "
        "fat?",
        "Fat content (%) of bulk tank milk is normally distributed with mean 3.85 and sd 0.12. What's the probability "
        "a collection is below 3.60%?",
    ],
)
def test_a_measurement_named_in_percent_has_its_mean_in_percent(question: str) -> None:
    right_value(question, BUTTERFAT, "probability", rel=1e-9)


@pytest.mark.parametrize(
    "question",
    [
        "Purity is normal with mean 0.995 and sd 0.008. Probability below 98.0%?",
        "Purity % is normal with mean 0.995 and sd 0.008. what % are below 98.0%?",
        "butterfat % in herd bulk tank ~ Normal, mean 3.85, sd 0.12. probability a collection comes in below 0.036?",
    ],
)
def test_a_fraction_beside_percent_is_still_declined(question: str) -> None:
    declined(question)


C_UCL = 4.5 + 3 * math.sqrt(4.5)
P_BAR = 150 / (25 * 200)
P_UCL = P_BAR + 3 * math.sqrt(P_BAR * (1 - P_BAR) / 200)


@pytest.mark.parametrize(
    "question",
    [
        "We count trim defects per carcass side; average is 4.5 defects per side. For a c-chart, what is the UCL?",
        "c chart: the mean is 4.5 trim defects per carcass side. Upper control limit?",
        "Average of 4.5 defects per side on the carcass trim line; c chart UCL?",
    ],
)
def test_c_bar_per_any_inspected_thing(question: str) -> None:
    right_value(question, C_UCL, "control_chart", rel=1e-9, key="ucl")


@pytest.mark.parametrize(
    "question",
    [
        "p chart for cosmetic rejects on the earbud case line: 25 daily samples, 200 cases each, 150 rejects total "
        "across all of them. 3-sigma UCL?",
        "p-chart: 25 lots, 200 cases each, 150 rejects in total. What is the UCL?",
        "Cosmetic rejects, p chart: we took 25 samples with 200 cases each and found 150 rejects overall. UCL?",
    ],
)
def test_p_chart_sample_size_said_each(question: str) -> None:
    assert P_UCL == pytest.approx(0.0661870142, rel=1e-9)
    right_value(question, P_UCL, "control_chart", rel=1e-9, key="ucl")
