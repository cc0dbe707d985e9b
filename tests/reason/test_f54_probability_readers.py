"""Probability questions read in more wordings: an exponential's survival asked as a time gone through with none of
the events ("get through the next 30 days with no break", "see no visit during the whole 10 minutes": P(T > t) =
exp(-t/mean)); a screening test's rates one a line under bullets, or with an adverb in brackets ("it still (wrongly)
flags 3%"), answered by Bayes' theorem; a tolerance written "tol is 61.985 – 62.015" and asked "out of tol"; and a
Poisson rate per a sized piece whose size is said where the pieces are named ("in my 1 m² quadrats"), asked of one
piece. References: scipy.stats (expon, norm, poisson) and Bayes' theorem in fractions; near misses (a count of breaks,
no tolerance stated, another window than the piece) keep their old answer or are declined."""

from __future__ import annotations

from fractions import Fraction

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value


def _ppv(prevalence: str, sensitivity: str, false_positive: str) -> float:
    """P(condition | positive) by Bayes' theorem in exact fractions."""
    p, se, fp = Fraction(prevalence), Fraction(sensitivity), Fraction(false_positive)
    return float(p * se / (p * se + (1 - p) * fp))


def _npv_miss(prevalence: str, sensitivity: str, false_positive: str) -> float:
    """P(condition | negative) by Bayes' theorem in exact fractions."""
    p, se, fp = Fraction(prevalence), Fraction(sensitivity), Fraction(false_positive)
    return float(p * (1 - se) / (p * (1 - se) + (1 - p) * (1 - fp)))


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("time between fibre breaks on the UF membrane rack is exponential with mean 150 days. whats the prob we get "
         "through the next 30 days with no break?", stats.expon.sf(30, scale=150)),
        ("During pollinator watches the time between hummingbird visits to a single Salvia flower is roughly "
         "exponential with a mean of 6.5 minutes. If I start a 10-minute watch right after a visit, what's the "
         "probability I see no visit during the whole 10 minutes?", stats.expon.sf(10, scale=6.5)),
        ("time between pump trips is exponential with mean 40 days. what is the probability of no trip in the next "
         "10 days?", stats.expon.sf(10, scale=40)),
        ("Time to failure of a seal is exponential with a mean of 200 hours. Probability the seal gets through the "
         "next 50 hours without failing?", stats.expon.sf(50, scale=200)),
    ],
)  # fmt: skip
def test_exponential_survival_in_words(question: str, want: float) -> None:
    right_value(question, float(want), "probability")


def test_exponential_event_within_keeps_the_lower_tail() -> None:
    right_value("time between fibre breaks is exponential with mean 150 days. whats the prob of a break within the "
                "next 30 days?", float(stats.expon.cdf(30, scale=150)), "probability")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("At-line NIR content screen. Historical data:\n• 1.5% of tablets are sub-potent\n• NIR flags 95% of "
         "sub-potent tablets\n• NIR falsely flags 3% of acceptable tablets\nGiven a tablet is flagged, what is the "
         "probability it is actually sub-potent?", _ppv("0.015", "0.95", "0.03")),
        ("Screening data:\n• 2% of welds are cracked\n• the UT scan flags 90% of cracked welds\n• it falsely flags 5% "
         "of sound welds\nGiven a weld is flagged, what is the probability it is actually cracked?",
         _ppv("0.02", "0.9", "0.05")),
        ("We run an image classifier over our camera-trap photos. When a lynx really is in the frame it flags 'lynx' "
         "94% of the time; on photos with no lynx it still (wrongly) flags 'lynx' 3% of the time. About 2% of all our "
         "photos actually contain a lynx. Given a photo is flagged, what's the probability it really has a lynx in "
         "it?", _ppv("0.02", "0.94", "0.03")),
        ("About 1% of parcels contain contraband. The scanner flags 97% of parcels with contraband; on parcels with no "
         "contraband it still (mistakenly) flags 4% of them. Given a parcel is flagged, what's the probability it "
         "really contains contraband?", _ppv("0.01", "0.97", "0.04")),
        ("Historical data:\n- 3% of loads are contaminated\n- the sensor flags 80% of contaminated loads\n- the sensor "
         "falsely flags 2% of clean loads\nGiven a load is not flagged, what is the probability it is actually "
         "contaminated?", _npv_miss("0.03", "0.8", "0.02")),
    ],
)  # fmt: skip
def test_bayes_from_bullets_and_prose(question: str, want: float) -> None:
    right_value(question, want, "probability")


def test_bayes_without_a_false_positive_rate_declines() -> None:
    declined("Historical data:\n• 1.5% of tablets are sub-potent\n• NIR flags 95% of sub-potent tablets\nGiven a "
             "tablet is flagged, what is the probability it is actually sub-potent?")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("piston bore dia is normal, mean 62.000 mm sd 0.008 mm. tol is 61.985 – 62.015. what fraction of bores land "
         "out of tol (both sides combined)?", 2 * stats.norm.cdf(61.985, 62.0, 0.008)),
        ("shaft dia is normal, mean 20.000 mm sd 0.005 mm. tol is 19.990 – 20.010. what fraction is out of tol?",
         stats.norm.cdf(19.99, 20.0, 0.005) + stats.norm.sf(20.01, 20.0, 0.005)),
        ("shaft dia is normal, mean 20.000 mm sd 0.005 mm. tol 19.990-20.010 mm. what fraction lands in tol?",
         stats.norm.cdf(20.01, 20.0, 0.005) - stats.norm.cdf(19.99, 20.0, 0.005)),
    ],
)  # fmt: skip
def test_normal_share_of_a_tol(question: str, want: float) -> None:
    right_value(question, float(want), "probability")


def test_out_of_tol_without_the_tolerance_declines() -> None:
    declined("shaft dia is normal, mean 20.000 mm sd 0.005 mm. what fraction is out of tol?")


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("ground-nesting bee nests in my 1 m² quadrats look pretty Poisson, mean 1.8 nests per quadrat. What's P(a "
         "quadrat has 3 or more nests)?", stats.poisson.sf(2, 1.8)),
        ("seedlings in our 0.25 m² quadrats look Poisson, mean 2.4 per quadrat. P(a quadrat has at most 1)?",
         stats.poisson.cdf(1, 2.4)),
    ],
)  # fmt: skip
def test_poisson_per_piece_sized_where_named(question: str, want: float) -> None:
    right_value(question, float(want), "probability")


def test_poisson_per_piece_over_another_area_declines() -> None:
    declined("nests in my 1 m² quadrats look Poisson, mean 1.8 nests per quadrat. What's P(a 2 m² plot has 3 or more "
             "nests)?")  # fmt: skip
