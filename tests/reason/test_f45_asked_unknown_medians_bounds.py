"""One unknown asked with a bracketed description or unit after it ("solve for b (IP install, min)", "what is z"
beside "banks x, y, z (l/s)"); an exponential stated by its median (rate ln 2/median); a Poisson mean written as an
abbreviation spelled out in brackets ("1.6 DPV (defects per vehicle)"); a binomial share outside a window whose width
is a percentage ("outside the ±10% window"); a Bayes condition defined by a threshold percentage ("too wet (over
12.5% moisture)"), which is no probability. Near misses still decline."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.symbols import to_sympy
from plugins.api.prose import threshold_percents
from plugins.symbolic.linear_system import asked_unknown
from tests.reason.answers import confident, declined, right_value

a, b, c, x, y, z = sp.symbols("a b c x y z")


def _solved(equations: list[sp.Expr], unknowns: list[sp.Symbol], asked: sp.Symbol) -> sp.Expr:
    """The value of ``asked`` in the one solution of ``equations`` (sympy)."""
    (solution,) = sp.linsolve(equations, unknowns)
    return solution[unknowns.index(asked)]


@pytest.mark.parametrize(
    ("question", "want"),
    [
        (
            "time study on trim 2. element times unknown: a = harness route, b = IP install, c = headliner (min "
            "each). stn A does 2a + b + c = 12.5 min, stn B does a + 3b + c = 18 min, stn C does a + b + 2c = 13.5 "
            "min. solve for b (IP install, min)",
            _solved(
                [2 * a + b + c - sp.Rational(25, 2), a + 3 * b + c - 18, a + b + 2 * c - sp.Rational(27, 2)],
                [a, b, c],
                b,
            ),  # fmt: skip
        ),
        (
            "three feeders x, y, z (kg/h). x + y + z = 90, x - y = 10, y - z = 5. solve for y (middle feeder, kg/h)",
            _solved([x + y + z - 90, x - y - 10, y - z - 5], [x, y, z], y),
        ),
        (
            "3 spray banks x, y, z (l/s). x + y + z = 120, x − y = 15, y − z = 15. what is z",
            _solved([x + y + z - 120, x - y - 15, y - z - 15], [x, y, z], z),
        ),
    ],
)
def test_one_unknown_asked(question: str, want: sp.Expr) -> None:
    out = confident(question).to_dict()
    assert sp.simplify(to_sympy(str(out["result"])) - want) == 0


def test_bracket_after_the_ask_names_the_unknown() -> None:
    assert asked_unknown("... solve for b (IP install, min)", ["a", "b", "c"]) == "b"
    assert asked_unknown("... what is r (m3/h)?", ["p", "q", "r"]) == "r"
    assert asked_unknown("solve for x, y and z (kg/h)", ["x", "y", "z"]) is None


def test_expression_of_unknowns_still_declined() -> None:
    answer = declined("3 pumps x, y, z (m3/h). x + y + z = 120, x - y = 15, y - z = 15. what is x + y?")
    assert "expression of the unknowns" in answer


@pytest.mark.parametrize(
    ("question", "median", "time", "upper"),
    [
        (
            "Progression-free survival in the control arm is assumed to follow an exponential distribution with a "
            "median of 18 months. Under this assumption, what proportion of control-arm subjects are expected to "
            "remain progression-free at 24 months?",
            18, 24, True,
        ),
        ("Bearing life is exponential with a median life of 5000 hours. What is the probability a bearing survives "
         "past 8000 hours?", 5000, 8000, True),
        ("Exponential time to failure, median time to failure 200 days. Probability it fails within 100 days?", 200,
         100, False),
    ],
)  # fmt: skip
def test_exponential_median(question: str, median: float, time: float, upper: bool) -> None:
    life = stats.expon(scale=median / math.log(2))
    right_value(question, life.sf(time) if upper else life.cdf(time), "probability")


def test_exponential_median_percentile_is_asked_not_the_median() -> None:
    """A stated median is the parameter; the 90th percentile asked is median * ln 10 / ln 2."""
    out = confident("exponential lifetimes with median 18 months. what is the 90th percentile?").to_dict()
    assert out["result"] == pytest.approx(stats.expon(scale=18 / math.log(2)).ppf(0.9), rel=1e-9)


@pytest.mark.parametrize(
    ("question", "mu", "k"),
    [
        ("final line audit runs 1.6 DPV (defects per vehicle), assume Poisson. what fraction of vehicles show 1 or "
         "fewer defects?", 1.6, 1),
        ("the paint line runs 0.8 DPU (defects per unit), Poisson. probability a unit has no defects?", 0.8, 0),
        ("body shop averages 2.1 defects per vehicle (poisson). P(a vehicle has at most 2 defects)?", 2.1, 2),
    ],
)  # fmt: skip
def test_poisson_mean_abbreviated(question: str, mu: float, k: int) -> None:
    right_value(question, stats.poisson.cdf(k, mu), "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("torque audit: historically 3% of joints on the subframe come in outside the ±10% window. auditor pulls 40 "
         "joints (independent, binomial). P(at least 2 out of window)?", stats.binom.sf(1, 40, 0.03)),
        ("about 4% of fills land outside the +/-2% band. we check 25 bottles, independent. probability that at most "
         "1 is outside the band?", stats.binom.cdf(1, 25, 0.04)),
        ("historically 3% of joints fall outside the torque window. sample 40 joints. P(at least 2 out of window)? "
         "binomial", stats.binom.sf(1, 40, 0.03)),
    ],
)  # fmt: skip
def test_binomial_outside_window(question: str, want: float) -> None:
    right_value(question, want, "probability")


def _ppv(prior: float, sensitivity: float, false_alarm: float) -> float:
    return prior * sensitivity / (prior * sensitivity + (1 - prior) * false_alarm)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Green coffee question. About 8% of the lots we buy turn out to be too wet (over 12.5% moisture) and those "
         "go mouldy in storage. Our cheap handheld moisture meter flags 95% of the genuinely wet lots, but it also "
         "wrongly flags 6% of lots that are actually fine. If the meter flags a lot as wet, what's the probability "
         "the lot really is too wet?", _ppv(0.08, 0.95, 0.06)),
        ("About 8% of lots are too wet, meaning above 12.5% moisture. The meter flags 95% of wet lots and wrongly "
         "flags 6% of dry lots. If a lot is flagged, what is the probability it is really wet?",
         _ppv(0.08, 0.95, 0.06)),
        ("5% of bars are out of spec (more than 0.3% carbon). the spectrometer catches 90% of out-of-spec bars and "
         "falsely rejects 2% of good bars. given a reject, probability the bar is really out of spec?",
         _ppv(0.05, 0.90, 0.02)),
    ],
)  # fmt: skip
def test_bayes_threshold_in_definition(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_threshold_percents() -> None:
    text = "too wet (over 12.5% moisture); over 5% of lots; outside the ±10% window; more than 5% chance"
    starts = threshold_percents(text)
    assert {text[s : s + 4] for s in starts} == {"12.5", "10% "}


def test_bayes_without_prevalence_still_declined() -> None:
    """Only the threshold is a percentage beside the test's rates: no prevalence is stated."""
    declined("Lots over 12.5% moisture are too wet. The meter flags 95% of wet lots and wrongly flags 6% of dry "
             "lots. If a lot is flagged, what is the probability it is really wet?")  # fmt: skip
