"""Exponential lifetimes read by their mean (MTBF, mean life, characteristic life: rate = 1/mean) or their rate
(per hour, per million hours, FIT, % per 1000 h), numbers with thousands separators read as one number ("12,000 h")
while lists stay lists, the rate check of the audit, and binomials implied by a share bad per piece and a number of
pieces drawn. References come from scipy.stats, computed here."""

from __future__ import annotations

import pytest
from scipy import stats

from havoc_cli.reason.lifetimes import rate_check
from havoc_cli.reason.pipeline import reason
from plugins.api.prose import numbers, plain_text
from plugins.api.reasoning import Plan
from tests.reason.answers import confident, declined


# ---- thousands separators ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("mean of 12,000 h.", ["12000"]),
        ("MTBF of 1,200 hours", ["1200"]),
        ("1,234,567.5 and -120,000", ["1234567.5", "-120000"]),
        ("250,000,000 cycles", ["250000000"]),
        ("lives of 1,200, 1,500 and 980 hours", ["1200", "1500", "980"]),
        ("P(X > 1,000)", ["1000"]),
        ("12\u202f000 h", ["12000"]),  # a narrow no-break space
        ("MTBF of 1 200 hours", ["1200"]),  # a plain space between a value's word and its unit
        # lists stay lists
        ("12, 15, 18", ["12", "15", "18"]),
        ("12,15,18 and 12,000", ["12", "15", "18", "12", "000"]),  # the text joins numbers with bare commas
        ("N(100,225)", ["100", "225"]),  # a bracketed pair
        ("100,105,110", ["100", "105", "110"]),  # three-digit groups that are not round
        ("samples 5 100 200", ["5", "100", "200"]),
        ("12,5 mm", ["12", "5"]),
    ],
)
def test_thousands_separators_make_one_number_and_lists_stay_lists(text, read):
    assert numbers(text) == read


def test_plain_text_drops_thousands_separators_only():
    assert plain_text("mean of 12,000 h; data 12, 15, 18") == "mean of 12000 h; data 12, 15, 18"


# ---- exponential lifetimes by their mean or their rate ----------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("bearing life is exponential with a mean of 12,000 h. probability a bearing survives past 5000 h?",
         stats.expon.sf(5000, scale=12000)),
        ("A pump has exponentially distributed life with an MTBF of 1,200 hours. What's the chance it runs 500 hours "
         "without a failure?", stats.expon.sf(500, scale=1200)),
        ("exponential lifetimes, mean time between failures (MTBF) of 12,000 hours: probability a unit fails within "
         "1,000 hours?", stats.expon.cdf(1000, scale=12000)),
        ("Valve life is exponential, characteristic life 20,000 h. Probability it survives past 25,000 h?",
         stats.expon.sf(25000, scale=20000)),
        ("motor lifetimes average 12,000 hours (exponential). probability one lasts longer than 15,000 hours?",
         stats.expon.sf(15000, scale=12000)),
        ("exponential with mean 12 000 h; probability of surviving past 5000 h", stats.expon.sf(5000, scale=12000)),
        ("exponential, MTBF 2,000 h. probability it fails within 30 days?", stats.expon.cdf(720, scale=2000)),
        ("exponential, a unit fails about once every 300 days. probability it survives a 30-day mission?",
         stats.expon.sf(30, scale=300)),
        # rates: per a scale of hours, FIT (per 10^9 h), a percentage per 1000 h, a fraction
        ("exponential, failure rate 500 FIT. probability a chip fails within 100,000 hours?",
         stats.expon.cdf(1e5, scale=1e9 / 500)),
        ("exponential, failure rate of 2 failures per million hours: probability of surviving 10,000 hours?",
         stats.expon.sf(1e4, scale=1e6 / 2)),
        ("exponential with failure rate 0.5% per 1000 hours; probability it fails within 2000 hours",
         stats.expon.cdf(2000, scale=1000 / 0.005)),
        ("exponential, lambda = 1/12000 per hour; probability it survives past 5000 hours",
         stats.expon.sf(5000, scale=12000)),
        ("exponential with hazard rate 3 per 10^6 h, P(fails before 50,000 h)?", stats.expon.cdf(5e4, scale=1e6 / 3)),
        ("exponential with mean of 2 failures per hour, probability that the time to the next failure exceeds 1 hour",
         stats.expon.sf(1, scale=1 / 2)),  # a mean count per hour is a rate
    ],
)  # fmt: skip
def test_exponential_lifetimes_by_mean_or_rate(question, reference):
    out = confident(question, "probability")
    assert out.result == pytest.approx(reference, rel=1e-9)
    assert any("exponential's rate" in c["name"] and c["passed"] for c in out.to_dict()["checks"])


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("exponential, the failure rate is 12,000 hours; probability it survives past 5000 hours?", "gives a time"),
        ("exponential, MTBF of 0.002 per hour. probability it survives past 500 hours?", "is a mean time"),
    ],
)
def test_a_rate_written_as_a_time_or_a_mean_as_a_rate_is_declined(question, says):
    assert says in declined(question)


def test_a_mean_and_a_rate_that_disagree_are_not_answered_with_confidence():
    declined("exponential, failure rate 2e-4 per hour, MTBF 4000 h. probability a unit fails within 1000 hours?")


def _exponential_plan(rate: str, unit: str | None = "hour") -> Plan:
    facts = {"dist": "exponential", "fn": "sf", "x": "500", "rate": rate, "rate_unit": unit, "time_unit": unit}
    return Plan("probability", f"show exponential.sf(500, {rate})", facts)


@pytest.mark.parametrize(
    ("question", "rate", "passed"),
    [
        ("exponential with an MTBF of 1200 hours, P(survives 500 h)?", "1/1200", True),
        ("exponential with an MTBF of 1200 hours, P(survives 500 h)?", "1200", False),  # the mean taken as a rate
        ("exponential with an MTBF of 1200 hours, P(survives 500 h)?", "1/12", False),  # "1,200" cut short
        ("exponential, failure rate 2e-4 per hour, P(survives 500 h)?", "2e-4", True),
        ("exponential, failure rate 2e-4 per hour, P(survives 500 h)?", "1/2e-4", False),  # the rate taken as a mean
        ("exponential, failure rate 2 per million hours, P(survives 500 h)?", "2", False),  # the scale dropped
        ("exponential, P(survives 500 h)?", "1/1200", False),  # nothing stated to compare with
    ],
)
def test_the_rate_check_compares_the_plan_with_the_stated_mean_or_rate(question, rate, passed):
    assert rate_check(question, _exponential_plan(rate)).passed is passed


def test_the_rate_check_restates_a_rate_per_the_unit_of_the_times():
    plan = _exponential_plan("(1/2000)*24", "day")
    assert rate_check("exponential, MTBF 2000 h. P(fails within 30 days)?", plan).passed
    assert not rate_check(
        "exponential, MTBF 2000 h. P(fails within 30 days)?", _exponential_plan("1/2000", "day")
    ).passed


def test_the_rate_check_is_only_for_exponential_plans():
    assert rate_check("MTBF 1200 h", Plan("probability", "show normal.cdf(1)", {"dist": "normal"})) is None


# ---- binomials implied by a share bad per piece and a number of pieces -----------------------------------------
@pytest.mark.parametrize(
    ("question", "reference"),
    [
        ("Our supplier runs 2% defective. If we pull 50 pieces at random, what's the probability that at most one of "
         "them is bad?", stats.binom.cdf(1, 50, 0.02)),
        ("the line makes 3 percent defective parts. we inspect 40 parts; chance that exactly two are defective?",
         stats.binom.pmf(2, 40, 0.03)),
        ("defect rate 1.5%. A random sample of 80 units is taken. Probability of no more than 2 defective units?",
         stats.binom.cdf(2, 80, 0.015)),
        ("5% of the bolts are faulty. If we pick 20 bolts, what is the probability that none of them are faulty?",
         stats.binom.pmf(0, 20, 0.05)),
        ("4% scrap rate; 25 units are sampled. probability at least one is scrap?", stats.binom.sf(0, 25, 0.04)),
        ("Our supplier runs 2% defective. From a lot of 5,000 we pull 50 pieces. Probability at most one is bad?",
         stats.binom.cdf(1, 50, 0.02)),
    ],
)  # fmt: skip
def test_a_share_bad_and_a_number_of_pieces_imply_a_binomial(question, reference):
    out = confident(question, "probability")
    assert out.result == pytest.approx(reference, rel=1e-9)
    assert out.caveats[0].startswith("assumed binomial") and "hypergeometric" in out.caveats[0]


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("Our supplier runs 2% defective. What's the probability that at most one is bad?", "needs how many pieces"),
        ("If we pull 50 pieces at random, what's the probability that at most one of them is bad?",
         "needs the share bad per piece"),
        ("Our supplier runs 2% defective. From a lot of 200 we pull 50 pieces. Probability at most one is bad?",
         "hypergeometric"),
    ],
)  # fmt: skip
def test_a_binomial_without_its_share_or_its_pieces_is_declined(question, says):
    out = reason(question)
    assert not out.answered and says in out.answer, out.answer
