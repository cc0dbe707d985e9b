"""A probability named per item with the items independent ("the POD is 0.90 per flaw and detections are
independent ... at least 10 of the 12") read as a binomial; two columns of data pasted with pipes under a header
with an index column ("feat | CMM | tracker" / "1 | 25.012 | 25.018") read as two samples, the paired difference
in the order the question writes ("differences taken as CMM minus tracker"). References by scipy.stats."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_POD = stats.binom.sf(9, 12, 0.9)


@pytest.mark.parametrize(
    "question",
    [
        "Hi, for the NDT level 3 review: the POD of the phased-array procedure for the 2 mm flat-bottom holes is 0.90 "
        "per flaw and detections are independent. The reference panel has twelve seeded flaws. What's the chance the "
        "inspector finds at least 10 of the 12?",
        "The probability of detection per flaw is 90%, independently from flaw to flaw. A test block has 12 flaws. "
        "What is the probability that at least 10 of the 12 are detected?",
        "Each inspection has a 0.9 chance per flaw of finding it, flaws independent; 12 flaws are seeded in the "
        "panel. Chance of finding at least 10 flaws?",
        "The POD is 0.90 per defect, defects independent. The panel has 12 seeded defects. Probability that at least "
        "10 of the 12 are found?",
    ],
)
def test_probability_per_item_is_a_binomial(question: str) -> None:
    right_value(question, _POD, "probability")


def test_pass_probability_per_item_counts_passes() -> None:
    question = ("A weld passes with probability 0.95 per weld, independently. We make 20 welds. What is the "
                "probability that at least 18 of the 20 pass?")  # fmt: skip
    right_value(question, stats.binom.sf(17, 20, 0.95), "probability")


@pytest.mark.parametrize(
    "question",
    [
        # the probability is of a pass, the count of failures: the complement
        "A weld passes with probability 0.95 per weld, independently. We make 20 welds. What is the probability "
        "that at most 2 of the 20 fail?",
        # no independence said
        "The POD is 0.90 per flaw. The reference panel has twelve seeded flaws. What's the chance the inspector finds "
        "at least 10 of the 12?",
    ],
)
def test_per_item_probability_declined(question: str) -> None:
    declined(question)


_CMM = [25.012, 40.007, 12.503, 60.021, 33.340, 18.765, 50.002, 27.118]
_TRACKER = [25.018, 40.011, 12.506, 60.024, 33.348, 18.766, 50.009, 27.121]
_ROWS = "\n".join(f"  {i}  | {a:.3f} | {b:.3f}" for i, (a, b) in enumerate(zip(_CMM, _TRACKER, strict=True), 1))
_TABLE = f"  feat | CMM    | tracker\n{_ROWS}"
_MARKDOWN = "| feature | CMM | tracker |\n|---|---|---|\n" + "\n".join(
    f"| {i} | {a:.3f} | {b:.3f} |" for i, (a, b) in enumerate(zip(_CMM, _TRACKER, strict=True), 1)
)
_T = stats.ttest_rel(_CMM, _TRACKER).statistic


@pytest.mark.parametrize(
    ("question", "sign"),
    [
        ("Lab manager here. We measured the same eight features on the bridge CMM and then on the laser tracker to "
         f"see whether the tracker reads systematically high. Data (mm):\n{_TABLE}\nPaired t test on the differences "
         "taken as CMM minus tracker — what is the t statistic?", 1),
        (f"We measured the same eight features on the CMM and then on the tracker. Data (mm):\n{_TABLE}\nPaired t "
         "test on the differences taken as tracker minus CMM: what is the t statistic?", -1),
        (f"Eight features measured on both gauges:\n{_MARKDOWN}\nPaired t-test, d = CMM - tracker. t?", 1),
        (f"Same eight features, two instruments:\n{_TABLE}\nPaired t test, differences (tracker − CMM): t?", -1),
    ],
)  # fmt: skip
def test_pipe_columns_paired_t(question: str, sign: int) -> None:
    right_value(question, sign * _T, "hypothesis_test", key="statistic")


def test_difference_of_list_names_orders_the_samples() -> None:
    before, after = [12.1, 11.8, 12.4, 12.0, 12.3], [11.6, 11.5, 12.0, 11.7, 11.9]
    question = ("Torque before: 12.1 11.8 12.4 12.0 12.3; after: 11.6 11.5 12.0 11.7 11.9 on the same units. Paired t "
                "test with differences taken as after minus before: what is t?")  # fmt: skip
    right_value(question, stats.ttest_rel(after, before).statistic, "hypothesis_test", key="statistic")


@pytest.mark.parametrize("written, sign", [("before − after", 1), ("after - before", -1)])
def test_difference_of_bracketed_lists_named_before_them(written: str, sign: int) -> None:
    """'before = [...]': the name before a bracketed list names it (round 19b)."""
    before, after = [12.4, 11.9, 13.1, 12.7, 12.2, 13.0, 12.5, 12.8], [11.8, 11.6, 12.4, 12.5, 11.7, 12.3, 12.2, 12.1]
    question = (f"D50 of the same 8 lots before and after re-milling:\nbefore = {before}\nafter  = {after}\npaired "
                f"t-test (differences {written}), two-sided. What is the t statistic?")  # fmt: skip
    right_value(question, sign * stats.ttest_rel(before, after).statistic, "hypothesis_test", key="statistic")


def test_difference_of_unknown_names_declined() -> None:
    declined(f"Same eight features, two instruments:\n{_TABLE}\nPaired t test with differences taken as new minus "
             "old: t?")  # fmt: skip
