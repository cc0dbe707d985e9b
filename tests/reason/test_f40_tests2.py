"""A one-sided paired test whose direction is a treatment's verb ("the alternative that conditioning reduces the
ILSS" of dry and conditioned groups; "ageing lowers the strength" of unaged and aged; "H1: coating increases
hardness" of uncoated and coated), declined where the treatment names no group or both; and a piped table of
labelled rows beside a named paired t-test, which is that test's samples, not a contingency table."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_DRY = [88.1, 86.4, 90.2, 87.5, 89.0, 85.8, 88.7]
_WET = [86.9, 86.8, 88.1, 87.9, 87.2, 85.1, 88.0]
_D, _W = ", ".join(map(str, _DRY)), ", ".join(map(str, _WET))


@pytest.mark.parametrize(
    "question",
    [
        "Seven ILSS coupons were each tested for a dry baseline value and, from a matched twin specimen, after "
        f"hygrothermal conditioning at 70 °C and 85 % RH. Dry values (MPa): {_D}. Conditioned values in the same "
        f"order: {_W}. Perform a paired t-test with the one-sided alternative that conditioning reduces the ILSS, and "
        "state the p-value.",
        f"Seven matched coupon pairs. Unaged strength (MPa): {_D}. Aged strength, same order: {_W}. Paired t-test, "
        "one-sided, with the alternative that ageing lowers the strength: p-value?",
        f"Hardness of seven parts, paired. Coated: {_W}. Uncoated: {_D}. H1: coating decreases hardness. Paired "
        "t-test p-value?",
    ],
)
def test_treatment_verb_reduces(question: str) -> None:
    """The treated group is the lower: H1 says the baseline (dry, unaged, uncoated) exceeds it."""
    want = stats.ttest_rel(_DRY, _WET, alternative="greater").pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


def test_treatment_verb_increases() -> None:
    """ "coating increases hardness": the coated group is the larger."""
    question = f"Hardness of seven parts, paired. Uncoated: {_W}. Coated: {_D}. H1: coating increases hardness. Paired t-test p-value?"
    want = stats.ttest_rel(_WET, _DRY, alternative="less").pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


@pytest.mark.parametrize(
    "question",
    [
        f"Seven pairs. Dry values: {_D}. Conditioned values in the same order: {_W}. Paired t-test with the one-sided "
        "alternative that heating reduces the ILSS; p-value?",
        f"Seven pairs. Dry values: {_D}. Conditioned values in the same order: {_W}. Paired t-test with the one-sided "
        "alternative that conditioning does not reduce the ILSS; p-value?",
        f"Seven pairs, one-sided paired t-test. Aged 1: {_D}. Aged 2: {_W}. H1: ageing lowers the strength. p-value?",
    ],
)
def test_treatment_verb_unread_is_declined(question: str) -> None:
    """A treatment that names no group's participle, a negation, or both groups: no direction, declined."""
    declined(question)


_A = [78, 102, 65, 143, 88, 91, 120, 56]
_B = [81, 105, 66, 149, 87, 95, 124, 58]
_PIPED = "\n".join(f"S{i + 1} | {a} | {b}" for i, (a, b) in enumerate(zip(_A, _B, strict=True)))


@pytest.mark.parametrize(
    "question",
    [
        f"Paired t-test of the two analysers, two-sided. What is the p-value?\nid | AnalyserA | AnalyserB\n{_PIPED}",
        f"Same 8 samples on both analysers; are they different (paired)? p-value?\nsample | A | B\n{_PIPED}",
        f"| id | AnalyserA | AnalyserB |\n|---|---|---|\n{_PIPED}\nTwo-sided paired t test: p value?",
    ],
)
def test_piped_labelled_rows_paired(question: str) -> None:
    want = stats.ttest_rel(_A, _B).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")


def test_piped_counts_stay_a_contingency_table() -> None:
    """A piped table of counts with no test of measurements named is still a chi-square test of independence."""
    rows = [[22, 8, 15], [30, 12, 9]]
    question = (
        "Is defect type independent of shift?\nshift | burr | split | wrinkle\n1st | 22 | 8 | 15\n2nd | 30 | 12 | 9"
    )
    want = stats.chi2_contingency(rows).pvalue
    right_value(question, want, "hypothesis_test", key="p_value")
