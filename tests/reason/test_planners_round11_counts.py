"""Readings added after round 11 (counts and proportions): a count out of n against a claimed or known proportion
(exact binomial for a small expected count), contingency tables written as labelled counts per group, the two
proportions of a sample size in prose (Cohen's h or the pooled formula), and repeated group headings of any word
("catalyst 1: ...") that are labels, not data. References come from scipy and statsmodels."""

from __future__ import annotations

import math

import pytest
from scipy import stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_effectsize, proportions_ztest

from plugins.api.prose import label_starts, samples
from plugins.api.reasoning import PlanError
from plugins.stats.reasoning_hypotheses import count_pairs
from plugins.stats.reasoning_proportions import claimed_side, exact_choice, stated_proportions
from plugins.stats.reasoning_tables import labelled_table
from tests.reason.answers import confident, declined

CATALYSTS = [[78.2, 80.1, 79.5, 77.8], [82.4, 81.9, 83.1, 82.0], [79.9, 80.6, 78.8, 80.2], [81.0, 80.4, 82.2, 81.5]]


def _h_n(p1: float, p2: float, power: float = 0.8, alpha: float = 0.05) -> int:
    return math.ceil(NormalIndPower().solve_power(effect_size=abs(proportion_effectsize(p1, p2)), power=power,
                                                  alpha=alpha))  # fmt: skip


# ---- a count out of n against a claimed or known proportion ----------------------------------------------------
@pytest.mark.parametrize(
    ("question", "x", "n", "p0", "side"),
    [
        ("Our vendor claims no more than 2% defective. We inspected 60 parts and found 4 defective. Is the defect "
         "rate higher than 2%? exact binomial test, one-sided", 4, 60, 0.02, "greater"),
        ("Our vendor claims no more than 2% defective. We inspected 60 parts and found 4 defective. Is the defect "
         "rate higher than 2%?", 4, 60, 0.02, "greater"),  # exact by default: n*p0 = 1.2
        ("supplier guarantees at most 2 percent nonconforming; of 60 parts we checked, 4 were defective. test the "
         "claim, one-sided", 4, 60, 0.02, "greater"),
        ("the spec says the defect rate is at most 3%. 9 of 150 boards failed. is it worse than spec?",
         9, 150, 0.03, "greater"),
        ("vendor claims less than 2% defective. 4 of 60 defective. one-sided test", 4, 60, 0.02, "greater"),
        ("4 defective out of 50 inspected. is the defect rate above 2%?", 4, 50, 0.02, "greater"),
        ("in a lot of 200, 9 were defective. is that more than 2%?", 9, 200, 0.02, "greater"),
        ("out of 40 boards 1 failed. is the failure rate below 10%? one-sided", 1, 40, 0.1, "less"),
    ],
)  # fmt: skip
def test_a_small_count_against_a_stated_proportion_is_the_exact_binomial_test(question, x, n, p0, side):
    out = confident(question)
    assert out.result["p_value"] == pytest.approx(stats.binomtest(x, n, p0, alternative=side).pvalue, rel=1e-9)
    assert "exact binomial" in out.answer


@pytest.mark.parametrize(
    ("question", "x", "n", "p0", "side"),
    [
        ("vendor claims a yield of at least 95%. 180 of 200 parts passed. test the claim at alpha 0.05",
         180, 200, 0.95, "smaller"),
        ("historical rate is 5% defective; this week 18 of 200 were defective. has the rate changed?",
         18, 200, 0.05, "two-sided"),
        ("27 of 400 solder joints failed inspection. Does the failure rate differ from 5%?", 27, 400, 0.05, "two-sided"),
    ],
)  # fmt: skip
def test_enough_expected_counts_keep_the_z_test(question, x, n, p0, side):
    out = confident(question)
    want = proportions_ztest(x, n, p0, alternative=side, prop_var=p0)[1]
    assert out.result["p_value"] == pytest.approx(want, rel=1e-9)


def test_the_counts_read_with_the_trials_first():
    assert count_pairs("We inspected 60 parts and found 4 defective.") == [("4", "60")]
    assert count_pairs("we tested a sample of 80 boards, 3 failed") == [("3", "80")]
    assert count_pairs("checked 120 welds: 7 were rejected") == [("7", "120")]
    assert count_pairs("We checked 150 panels and found 5 with dead pixels.") == [("5", "150")]
    assert count_pairs("In this week's sample of 300, 21 showed porosity.") == [("21", "300")]
    assert count_pairs("lot of 20 parts, each defective with prob 0.05") == []


def test_a_known_rate_is_the_hypothesised_proportion():
    out = confident("Historically 4% of castings show porosity. In a sample of 300, 21 showed porosity. Has the rate "
                  "changed?")  # fmt: skip
    want = proportions_ztest(21, 300, 0.04, prop_var=0.04)[1]
    assert out.result["p_value"] == pytest.approx(want, rel=1e-9)


def test_a_claim_gives_the_other_direction_unless_the_question_writes_one():
    assert claimed_side("vendor claims no more than 2% defective; 4 of 60", "0.02") == "greater"
    assert claimed_side("vendor claims at least 95% pass; 180 of 200 passed", "0.95") == "less"
    assert claimed_side("claims at most 2%; 4 of 60; H1: p < 0.02", "0.02") == "less"
    assert claimed_side("claims at most 2%; 4 of 60; two-sided test", "0.02") == "two-sided"


def test_the_exact_test_when_named_or_when_too_few_are_expected():
    assert exact_choice("exact binomial test", 30, 400, 0.05) == (True, None)
    exact, why = exact_choice("is the rate above 2%", 4, 60, 0.02)
    assert exact and "n*p0 = 1.2" in why
    assert exact_choice("one-sample z-test, is the rate above 2%", 4, 60, 0.02) == (False, None)
    assert exact_choice("is the rate above 5%", 27, 400, 0.05) == (False, None)


def test_the_default_exact_test_says_so_and_keeps_the_z_test_beside():
    out = confident("Vendor says at most 2% defective. 4 of 60 inspected were defective. Is the rate higher than 2%?")
    assert out.caveats[0].startswith("assumed the exact binomial test")
    argue = next(s for s in out.to_dict()["stages"] if s["name"] == "argue")
    assert [a["name"] for a in argue["alternatives"]] == ["one-sample z-test"]


# ---- contingency tables as labelled counts ---------------------------------------------------------------------
SHIFTS = [[20, 15, 5], [30, 10, 12]]


@pytest.mark.parametrize(
    ("question", "table"),
    [
        ("defect type vs shift. shift 1: 20 scratches, 15 dents, 5 cracks; shift 2: 30 scratches, 10 dents, 12 "
         "cracks. chi-square test of independence, is defect type related to shift?", SHIFTS),
        ("shift 1: 20 scratches, 15 dents, 5 cracks; shift 2: 30 scratches, 10 dents, 12 cracks. is defect type "
         "related to shift?", SHIFTS),  # no test named
        ("Defects by shift -- shift 2: 10 dents, 30 scratches and 12 cracks; shift 1: 15 dents, 20 scratches and 5 "
         "cracks. chi-square", [[10, 30, 12], [15, 20, 5]]),  # columns in the first row's order
        ("supplier X: 12 minor, 5 major, 2 critical; supplier Y: 20 minor, 4 major, 6 critical; supplier Z: 15 minor, "
         "9 major, 1 critical. test of independence at alpha 0.01", [[12, 5, 2], [20, 4, 6], [15, 9, 1]]),
        ("Line A: pass 40, fail 3. Line B: pass 52, fail 9. Is the failure rate associated with the line?",
         [[40, 3], [52, 9]]),
        ("reactor 1: 20 good, 5 bad; reactor 2: 30 good, 2 bad; reactor 3: 25 good, 6 bad. chi-square",
         [[20, 5], [30, 2], [25, 6]]),  # "reactor 1:" is a label, not a count
    ],
)  # fmt: skip
def test_a_labelled_table_of_counts_is_a_chi_square_test(question, table):
    out = confident(question)
    want = stats.chi2_contingency(table, correction=False)
    assert out.result["p_value"] == pytest.approx(want.pvalue, rel=1e-9)
    assert out.result["df"] == want.dof


def test_yates_only_for_a_2x2_table_when_asked_and_said():
    two = confident("line A: pass 40, fail 3; line B: pass 52, fail 9. chi-square test with Yates correction")
    assert two.result["p_value"] == pytest.approx(stats.chi2_contingency([[40, 3], [52, 9]]).pvalue, rel=1e-9)
    assert any("Yates' continuity correction applied" in c for c in two.caveats)
    plain = confident("line A: pass 40, fail 3; line B: pass 52, fail 9. chi-square test")
    assert plain.result["p_value"] == pytest.approx(
        stats.chi2_contingency([[40, 3], [52, 9]], correction=False).pvalue, rel=1e-9
    )
    assert any("No continuity correction" in c for c in plain.caveats)
    big = confident("shift 1: 20 scratches, 15 dents, 5 cracks; shift 2: 30 scratches, 10 dents, 12 cracks. chi-square "
                  "test with Yates' correction")  # fmt: skip
    assert big.result["p_value"] == pytest.approx(stats.chi2_contingency(SHIFTS).pvalue, rel=1e-9)
    assert any("2x2 tables only" in c for c in big.caveats)


def test_categories_that_do_not_line_up_are_refused():
    answer = declined("shift 1: 20 scratches, 15 dents; shift 2: 30 scratches, 10 chips. chi-square test")
    assert "do not line up" in answer
    with pytest.raises(PlanError, match="do not line up"):
        labelled_table("shift 1: 20 scratches, 15 dents; shift 2: 30 scratches, 10 chips")


def test_labelled_rows_that_are_not_counts_of_categories():
    assert labelled_table("A: n=5, mean 10, sd 1; B: n=6, mean 12, sd 2") is None  # summaries
    assert labelled_table("A: 5 mm, 6 mm, 7 mm; B: 8 mm, 9 mm") is None  # a unit repeated
    table = labelled_table("day shift had 22 good and 3 bad; night shift had 18 good and 7 bad")
    assert table.rows == [["22", "3"], ["18", "7"]] and table.row_labels == ["day shift", "night shift"]


# ---- two proportions of a sample size in prose -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "p1", "p2", "power"),
    [
        ("current scrap rate is 8%, the new process should bring it down to 5%. how many units per arm to detect that "
         "with 80% power at alpha=0.05 two-sided? use Cohen's h (arcsine) normal approximation", 0.08, 0.05, 0.8),
        ("reduce the defect rate from 0.08 to 0.05, how many per group for 90% power", 0.08, 0.05, 0.9),
        ("current yield 90%, target yield 95%, 80% power, alpha 5%, sample size per group?", 0.90, 0.95, 0.8),
        ("conversion is 10% now and we hope for 12%. how many users per arm at 80% power?", 0.10, 0.12, 0.8),
    ],
)  # fmt: skip
def test_two_proportions_in_prose_give_the_sample_size(question, p1, p2, power):
    out = confident(question)
    assert out.result["n"] == _h_n(p1, p2, power)
    assert any("pooled-variance normal formula gives n =" in c for c in out.caveats)


def test_the_pooled_formula_when_named_and_cohens_h_beside():
    from statsmodels.stats.proportion import power_proportions_2indep

    out = confident("scrap rate from 8% to 5%, n per group for 80% power with the pooled variance formula")
    n = out.result["n"]
    power = [power_proportions_2indep(0.05 - 0.08, 0.08, m, alpha=0.05).power for m in (n - 1, n)]
    assert power[0] < 0.8 <= power[1]
    assert any(f"Cohen's h (arcsine) formula gives n = {_h_n(0.08, 0.05)}" in c for c in out.caveats)


@pytest.mark.parametrize(
    "question",
    [
        "the current defect rate is 10%; we want to detect a 20% relative reduction with 80% power. n per group?",
        "detect a 2% increase in mean yield, sd 1.5%, 80% power, n per group?",
    ],
)
def test_a_relative_change_or_a_mean_is_not_two_proportions(question):
    assert stated_proportions(question) is None
    declined(question)


# ---- repeated headings of any word are labels ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("question", "groups"),
    [
        ("We trialled four catalysts. Yield (%): catalyst 1: 78.2, 80.1, 79.5, 77.8; catalyst 2: 82.4, 81.9, 83.1, "
         "82.0; catalyst 3: 79.9, 80.6, 78.8, 80.2; catalyst 4: 81.0, 80.4, 82.2, 81.5. Does the choice of catalyst "
         "affect yield? one-way ANOVA", CATALYSTS),
        ("Yield by catalyst. catalyst 1 78.2 80.1 79.5 77.8; catalyst 2 82.4 81.9 83.1 82.0; catalyst 3 79.9 80.6 "
         "78.8 80.2. one-way ANOVA", CATALYSTS[:3]),  # no colons: the 1 is not data
        ("reactor 1 (%): 78.2 80.1 79.5 77.8; reactor 2 (%): 82.4 81.9 83.1 82.0; reactor 3 (%): 79.9 80.6 78.8 "
         "80.2. ANOVA", CATALYSTS[:3]),
    ],
)  # fmt: skip
def test_repeated_headings_are_labels(question, groups):
    out = confident(question)
    assert out.result["p_value"] == pytest.approx(stats.f_oneway(*groups).pvalue, rel=1e-9)


def test_which_headings_are_labels():
    text = "catalyst 1: 78.2, 80.1; catalyst 2: 82.4, 81.9"
    assert {text.index("1:"), text.index("2:")} <= label_starts(text)
    assert samples("catalyst 1 78.2 80.1; catalyst 2 82.4 81.9") == [["78.2", "80.1"], ["82.4", "81.9"]]
    assert label_starts("mean 10, sd 1; mean 12, sd 2") == set()  # statistics' values
    assert label_starts("at 8:30 and at 9:45") == set()  # times
    assert label_starts("catalyst 1: 78.2, 80.1") == set()  # one heading: not yet a label by repetition
