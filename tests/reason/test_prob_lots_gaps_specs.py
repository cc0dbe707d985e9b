"""Hypergeometric draws, implied distributions, attribute charts and one-sided specs (branch p4-prob): a count drawn
without replacement from a lot, a yield as the binomial p of good items, "4.2 calls/min", the gap between Poisson
events, a p chart's total named by any words and a one-sided spec in words. References from scipy computed here."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from plugins.api.prose import label_starts, spec_limits
from plugins.stats.distributions import hypergeom
from plugins.stats.exact_distributions import Exact
from tests.reason.answers import declined, right_value


# ---- hypergeom in the study language ----------------------------------------------------------------------
@pytest.mark.parametrize(("lot", "marked", "drawn"), [(25, 3, 5), (50, 4, 5), (200, 6, 15), (10, 7, 6)])
@pytest.mark.parametrize("k", [-1, 0, 1, 2, 3, 4.5, 6])
def test_hypergeom_family_matches_scipy(lot, marked, drawn, k):
    ref = stats.hypergeom(lot, marked, drawn)
    whole = math.floor(k)  # the cdf of a count at 4.5 is its cdf at 4 (scipy's hypergeom gives nan there)
    exact = Exact("hypergeom", N=lot, K=marked, n=drawn)
    assert hypergeom.pmf(k, lot, marked, drawn) == pytest.approx(ref.pmf(k), abs=1e-15)
    assert hypergeom.cdf(k, lot, marked, drawn) == pytest.approx(ref.cdf(whole), rel=1e-12, abs=1e-15)
    assert hypergeom.sf(k, lot, marked, drawn) == pytest.approx(ref.sf(whole), rel=1e-12, abs=1e-15)
    assert exact.cdf(k) == pytest.approx(ref.cdf(whole), rel=1e-12, abs=1e-15)
    if k == int(k):
        assert exact.pmf(k) == pytest.approx(ref.pmf(k), abs=1e-15)


@pytest.mark.parametrize("q", [0.0, 0.05, 0.5, 0.95, 1.0])
def test_hypergeom_ppf_matches_scipy(q):
    assert hypergeom.ppf(q, 50, 4, 5) == stats.hypergeom.ppf(q, 50, 4, 5)


def test_hypergeom_rejects_bad_parameters():
    with pytest.raises(ValueError, match="cannot exceed N"):
        hypergeom.pmf(0, 10, 12, 3)
    with pytest.raises(ValueError, match="whole numbers"):
        hypergeom.pmf(0, 10.5, 2, 3)


# ---- counts drawn without replacement -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("A 25-wafer lot has 3 wafers with the scratch defect. I pull 5 wafers at random (without replacement) for "
         "inspection. What's the probability I catch at least one scratched wafer?", stats.hypergeom.sf(0, 25, 3, 5)),
        ("A tray holds 50 vials of which 4 have cracked necks. QA draws 5 vials without replacement. Probability that "
         "none of the five is cracked?", stats.hypergeom.pmf(0, 50, 4, 5)),
        ("A lot of 200 brackets contains 6 defectives. Receiving inspection pulls 15 at random without replacement. "
         "What is the probability the sample contains at least one defective? (exact hypergeometric, please)",
         stats.hypergeom.sf(0, 200, 6, 15)),
        ("A batch of 40 relays contains 5 defective ones. We draw 8 without replacement. What is the probability of "
         "at most 1 defective in the sample?", stats.hypergeom.cdf(1, 40, 5, 8)),
    ],
)  # fmt: skip
def test_hypergeometric_draws(question, want):
    right_value(question, want, "probability")


@pytest.mark.parametrize(
    "question",
    [
        "We draw 10 parts without replacement. What is the probability that at least 2 are defective?",
        "A lot of 20 parts contains 3 defectives. We draw 5 without replacement. Probability of exactly 6 defectives?",
        "A lot of 20 parts contains 30 defectives. We draw 5 without replacement. Probability of at least 1 defective?",
    ],
)
def test_hypergeometric_declines_what_it_cannot_read(question):
    declined(question)


# ---- implied distributions ------------------------------------------------------------------------------
def test_yield_is_the_binomial_p_of_good_items():
    right_value("Die yield on this product runs 92%. If I probe twenty dies, what's the probability at least 18 of them "
           "are good? (treat dies as independent)", stats.binom.sf(17, 20, 0.92), "probability")  # fmt: skip


def test_yield_with_a_count_of_bad_items_isdeclined():
    declined("Die yield on this product runs 92%. If I probe twenty dies, what's the probability at least 2 of them "
              "are bad?")  # fmt: skip


def test_rate_with_a_slash_after_its_noun():
    right_value("call centre gets 4.2 calls/min on average (Poisson). P(more than 6 calls in a given minute)?",
           stats.poisson.sf(6, 4.2), "probability")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("trucks arrive at the dock as a Poisson process, three per hour on average. probability the gap between two "
         "consecutive trucks is more than 30 minutes?", math.exp(-3 * 0.5)),
        ("Customers arrive at a counter at 12 per hour (Poisson). What is the probability that the time between two "
         "successive arrivals is less than 2 minutes?", stats.expon.cdf(2, scale=60 / 12)),
    ],
)  # fmt: skip
def test_gap_between_poisson_events_is_exponential(question, want):
    right_value(question, want, "probability")


def test_gap_without_a_rate_isdeclined():
    declined("trucks arrive at the dock as a Poisson process. probability the gap between two consecutive trucks is "
              "more than 30 minutes?")  # fmt: skip


def test_gap_without_a_poisson_process_isdeclined():
    declined("Machines run at 3 per hour on average. What is the probability the time between consecutive failures is "
              "over 2 hours?")  # fmt: skip


# ---- p chart totals ---------------------------------------------------------------------------------------
def _p_ucl(total: int, samples: int, n: int) -> float:
    p = total / (samples * n)
    return p + 3 * math.sqrt(p * (1 - p) / n)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("p chart: 25 days, 200 calls sampled each day, 340 abandoned calls in total. upper control limit?",
         _p_ucl(340, 25, 200)),
        ("p chart: 30 shifts, 150 orders checked each shift, 270 late orders in total. UCL?", _p_ucl(270, 30, 150)),
    ],
)  # fmt: skip
def test_p_chart_total_named_by_any_words(question, want):
    right_value(question, want, "control_chart", rel=1e-9, key="ucl")


def test_p_chart_total_of_the_units_sampled_isdeclined():
    declined("p chart: 25 days, 200 calls sampled each day, 5000 calls in total. upper control limit?")


# ---- one-sided specs in words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("the spec is a lower limit only, 35 mpa (no upper limit)", ("35", None)),
        ("an upper spec only: 8 minutes max, no lower limit.", (None, "8")),
        ("there is no upper limit, 35 is the lower", (None, None)),
        ("lower limit 35, upper limit 50", ("35", "50")),
    ],
)
def test_one_sided_spec_limits(text, want):
    assert spec_limits(text) == want


def test_test_age_is_a_label():
    text = "28-day strengths average 42"
    assert text.index("28") in label_starts(text)


def test_cpk_with_a_lower_limit_only():
    right_value("Our ready-mix supplier's 28-day strengths average 42 MPa with a standard deviation of 3.5 MPa. The spec "
                "is a lower limit only, 35 MPa (no upper limit). What is Cpk?", (42 - 35) / (3 * 3.5), "capability",
                key="value")  # fmt: skip


def test_ppk_with_an_upper_limit_only():
    values = np.array([5.2, 6.1, 5.8, 6.4, 5.5, 6.0, 5.9, 6.3, 5.7, 6.2, 5.6, 6.0])
    want = (8 - values.mean()) / (3 * values.std(ddof=1))
    out = right_value("Handle time has an upper spec only: 8 minutes max, no lower limit. Twelve calls: 5.2, 6.1, 5.8, "
                      "6.4, 5.5, 6.0, 5.9, 6.3, 5.7, 6.2, 5.6, 6.0 min. Ppk using the overall sample standard deviation?",
                      want, "capability", key="value")  # fmt: skip
    assert out["result"]["index"] == "Ppk"
