"""f58_k3: Bayes' theorem with rates in a numbered list, a false-alarm label after its rate and a topic heading; a
binomial share named with an aside before its value; a Poisson rate per a period named with its length ("per 12-h
shift"); a normal's mass outside a band of k sd about its mean, of one value or of at least one of N independent ones.
References: sympy, scipy.stats, independently of havoc's engines."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.pipeline import reason
from tests.reason.answers import declined, right_value, same_expr


def _ppv(p: sp.Rational, se: sp.Rational, sp_: sp.Rational) -> sp.Expr:
    return sp.nsimplify(p * se / (p * se + (1 - p) * (1 - sp_)))


_R = sp.Rational


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Team,\n\nAssay figures:\n1. Sensitivity 90%\n2. Specificity 97%\n3. Prevalence 4%\n\nWhat is the positive "
         "predictive value? exact fraction", _ppv(_R(1, 25), _R(9, 10), _R(97, 100))),
        ("Validation notes:\n1) Specificity 99%\n2) Sensitivity 85%\n3) Prevalence in the clinic 10%\nPPV as an exact "
         "fraction?", _ppv(_R(1, 10), _R(85, 100), _R(99, 100))),
        ("Leak test rig. about 20% of the castings are porous. the rig flags 95% of porous castings as porous, but also "
         "flags 5% of dense castings as porous (false rejects). if a casting gets flagged, what is the probability it "
         "really is porous? exact fraction", _ppv(_R(1, 5), _R(95, 100), _R(95, 100))),
        ("Vision false-call question. true crack prevalence = 1 % of welds, the camera detects 95 % of real cracks, "
         "false call rate on sound welds = 2 %. given a weld is flagged, P(it is actually cracked)? exact fraction",
         _ppv(_R(1, 100), _R(95, 100), _R(98, 100))),
    ],
)  # fmt: skip
def test_bayes_lists_labels_headings(question: str, want: sp.Expr) -> None:
    out = reason(question).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert isinstance(out["result"], str) and same_expr(out["result"], want)


def test_heading_does_not_hide_a_false_alarm_asked() -> None:
    """A false alarm asked in the asking sentence is still the complement."""
    q = ("AOI question. defect prevalence 0.5% of joints, AOI detects 98% of real defects, false call rate on good "
         "joints 3%. given a joint is flagged, what is the probability it is a false call? exact fraction")  # fmt: skip
    out = reason(q).to_dict()
    assert out["answered"] and out["confidence"] >= 0.9, out["answer"]
    assert same_expr(out["result"], 1 - _ppv(_R(1, 200), _R(98, 100), _R(97, 100)))


@pytest.mark.parametrize(
    ("question", "n", "p", "k"),
    [
        ("Our sample rejection rate (haemolysed, clotted, all causes) is 1.8%. On a day with 200 samples, each "
         "independent, what is the probability that 6 or more are rejected?", 200, 0.018, 6),
        ("The scrap rate (all defect codes) has historically been 3%. Of 80 parts made, independently, P(at least 4 "
         "scrapped)?", 80, 0.03, 4),
    ],
)  # fmt: skip
def test_share_named_with_an_aside(question: str, n: int, p: float, k: int) -> None:
    right_value(question, stats.binom.sf(k - 1, n, p), "probability")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Conveyor stoppages run at about 1.5 per 8-h shift on average (assume Poisson). P(exactly 3 stoppages in a "
         "shift)?", stats.poisson.pmf(3, 1.5)),
        ("Nuisance alarms occur at 0.6 per 12-hour shift, Poisson. What is the probability of no alarms in a shift?",
         stats.poisson.pmf(0, 0.6)),
        ("Trips average 0.8 per 12-h shift (Poisson). Probability of at most 1 trip in 2 shifts?",
         stats.poisson.cdf(1, 1.6)),
    ],
)  # fmt: skip
def test_rate_per_period_named_with_its_length(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_period_length_against_a_window_in_hours_is_refused() -> None:
    declined("Trips average 0.8 per 12-h shift (Poisson). P(exactly 2 trips in 24 hours)?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("QC rule check: a 1_3s rule with 2 controls per run. Results are Gaussian and the controls independent. "
         "Probability of false rejection (at least one of the 2 outside mean ± 3 SD)?",
         1 - (1 - 2 * stats.norm.cdf(-3)) ** 2),
        ("Results are normally distributed. What is the probability that a single result lies more than 2 standard "
         "deviations from the mean?", 2 * stats.norm.cdf(-2)),
        ("Fill weights are Gaussian. What fraction of fills fall within ± 1.5 sigma of the mean?",
         stats.norm.cdf(1.5) - stats.norm.cdf(-1.5)),
        ("Measurements are normal and independent. What is the probability that none of the 5 fall outside mean ± 2 "
         "SD?", (1 - 2 * stats.norm.cdf(-2)) ** 5),
    ],
)  # fmt: skip
def test_normal_sd_band(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_sd_band_of_several_values_needs_independence() -> None:
    declined("Results are Gaussian. What is the probability that at least one of the 3 falls outside mean ± 2.5 SD?")


def test_one_tail_beyond_k_sd() -> None:
    """More than k sd below the mean is one tail, Phi(-k), not a value compared with k."""
    q = "Scores are Gaussian. What is the probability a score is more than 1.5 standard deviations below the mean?"
    right_value(q, stats.norm.cdf(-1.5), "probability")


def test_one_tail_with_stated_mean_is_not_read_as_a_value() -> None:
    """'more than 2 sd above the mean' of a normal with a stated mean: never P(X > 2) with high confidence."""
    out = reason("Fill weights are normal with mean 500 g and sd 4 g. What fraction lie more than 2 sd above the mean?")
    assert not out.answered or out.confidence < 0.5 or out.to_dict()["result"] == pytest.approx(stats.norm.sf(2))
