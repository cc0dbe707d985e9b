"""Probability in words (round 51): a Poisson rate per piece per time over a stated count of pieces ("0.7 strikes per
turbine per yr, 20 turbines"), a Bayes prevalence restated with the same value ("~4% ... (use 4%)"), an exact
binomial over "50 pcs" sampled, P(source | defective) over suppliers written one bullet a line, and an exponential
survival asked as an "exact expr"; near-misses declined."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.symbols import to_sympy
from tests.reason.answers import declined, right_value


def _bayes(prevalence: float, sensitivity: float, false_alarm: float) -> float:
    """P(condition | positive) by Bayes' theorem."""
    hit = prevalence * sensitivity
    return hit / (hit + (1 - prevalence) * false_alarm)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("lightning: 0.7 blade strikes per turbine per yr (Poisson), farm has 20 turbines. P(at most 4 strikes across "
         "the farm in the next 6 months)?", stats.poisson.cdf(4, 0.7 * 20 * 0.5)),
        ("each pump has 0.3 seal failures per pump per month (Poisson). the station runs 8 pumps. probability of more "
         "than 3 seal failures in the next 2 months?", stats.poisson.sf(3, 0.3 * 8 * 2)),
        ("trucks break down 0.5 times per truck per week on average, fleet of 12 trucks, Poisson. P(exactly 5 "
         "breakdowns next week)?", stats.poisson.pmf(5, 0.5 * 12)),
    ],
)  # fmt: skip
def test_poisson_rate_per_piece_times_pieces(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_poisson_rate_per_piece_without_a_count_declines() -> None:
    assert "turbine" in declined("0.7 blade strikes per turbine per yr (Poisson). P(at most 4 strikes in the next 6 "
                                 "months)?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("CMS vib alarms: ~4% of our gearboxes actually have planet bearing damage (use 4%). alarm catches 92% of "
         "damaged ones, false-alarms on 7% of healthy ones. given an alarm, P(bearing really damaged)?",
         _bayes(0.04, 0.92, 0.07)),
        ("about 3% of pumps really have a seal leak (take 3%). the test flags 90% of leaking ones and false-alarms on "
         "5% of good ones. given a flag, probability the seal really leaks?", _bayes(0.03, 0.90, 0.05)),
    ],
)  # fmt: skip
def test_bayes_prevalence_restated_with_the_same_value(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_bayes_prevalence_restated_with_another_value_declines() -> None:
    declined("about 3% of pumps really have a seal leak (take 5%). the test flags 90% of leaking ones and false-alarms "
             "on 5% of good ones. given a flag, probability the seal really leaks?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("- sampling 50 pcs off the lot, assume 2% defective rate, pcs independent\n- P(at most 1 defective in the "
         "50)? exact binomial pls, no poisson approx", stats.binom.cdf(1, 50, 0.02)),
        ("sampling 40 pieces from a big lot with 3% defective rate. P(at most 2 defective)? exact binomial",
         stats.binom.cdf(2, 40, 0.03)),
        ("we pull 25 pcs, 5% defective rate, probability of exactly 1 defective?", stats.binom.pmf(1, 25, 0.05)),
    ],
)  # fmt: skip
def test_binomial_over_pieces_sampled(question: str, want: float) -> None:
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("warranty return analysis:\n- supplier A ships 60% of the housings, defect rate 0.5%\n- supplier B ships 40%, "
         "defect rate 1.2%\n- a returned housing is confirmed defective -> prob it came from supp B?",
         0.4 * 0.012 / (0.6 * 0.005 + 0.4 * 0.012)),
        ("incoming inspection:\n- vendor X supplies 70% of the valves, 2% defective\n- vendor Y supplies 30%, 5% "
         "defective\n- a valve fails at assembly. probability it came from vendor Y?",
         0.3 * 0.05 / (0.7 * 0.02 + 0.3 * 0.05)),
    ],
)  # fmt: skip
def test_source_given_defective_one_bullet_a_line(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_source_not_named_declines() -> None:
    declined("warranty return analysis:\n- supplier A ships 60% of the housings, defect rate 0.5%\n- supplier B ships "
             "40%, defect rate 1.2%\n- a returned housing is confirmed defective -> prob it came from the plant?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("pitch system MTBF = 8000 h operating, assume constant failure rate (exponential). prob it runs 2000 h with "
         "no failure? exact expr ok", sp.exp(sp.Rational(-2000, 8000))),
        ("a pump has MTBF 5000 hours, exponential lifetimes. probability it survives 1000 hours? exact expression "
         "please", sp.exp(sp.Rational(-1000, 5000))),
    ],
)  # fmt: skip
def test_exponential_survival_exact(question: str, want: sp.Expr) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9
    assert sp.simplify(to_sympy(out["result"]) - want) == 0


def test_exponential_survival_without_exact_is_a_number() -> None:
    right_value("pitch system MTBF = 8000 h operating, assume constant failure rate (exponential). prob it runs 2000 h "
                "with no failure?", stats.expon.sf(2000, scale=8000), "probability")  # fmt: skip
