"""Contingency tables written in prose (task t2b): each group's count with its noun before "out of" ("line 1 12
rejects out of 400 vials, line 2 25 out of 450, ...": successes of each row's total), and a group labelled right
after a heading's colon ("Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / 45
not"). Pearson's chi-square test of independence, without continuity correction unless Yates' is asked.

References: scipy chi2_contingency."""

from __future__ import annotations

import pytest
from scipy import stats

from tests.reason.answers import declined, right_value

_REJECTS = [[12, 388], [25, 425], [9, 371]]
_SEEDS = [[172, 28], [155, 45]]


@pytest.mark.parametrize(
    "question",
    [
        "visual inspection rejects by filling line: line 1 12 rejects out of 400 vials, line 2 25 out of 450, line 3 "
        "9 out of 380. Pearson chi-square test of independence (reject vs accept × line) — what's the chi-square "
        "statistic?",
        "Rejects by filling line: line 1 had 12 rejects out of 400, line 2 25 rejects out of 450, line 3 9 rejects "
        "out of 380. Is the reject rate independent of line? Chi-square statistic?",
        "Filling line 1: 12 rejected vials of 400; line 2: 25 rejected of 450; line 3: 9 rejected of 380. Chi-square "
        "test of independence, give the statistic.",
        "line A 12 defective out of 400 vials, line B 25 defective out of 450 vials, line C 9 defective out of 380 "
        "vials; chi-square test of independence statistic?",
    ],
)  # fmt: skip
def test_counts_with_a_noun_out_of_totals(question):
    want = stats.chi2_contingency(_REJECTS).statistic
    assert want == pytest.approx(6.7145376569, rel=1e-9)
    out = right_value(question, want, "hypothesis_test", rel=1e-9, key="statistic")
    assert out["result"]["observed"] == _REJECTS


@pytest.mark.parametrize(
    "question",
    [
        "Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / 45 not. Pearson "
        "chi-square test of independence on the 2×2 table, NO continuity correction. p-value?",
        "Germination: treated 172 germinated, 28 did not; untreated 155 germinated, 45 did not. Chi-square test of "
        "independence without continuity correction, p-value?",
        "Seed trial: treated: 172 germinated / 28 failed; untreated: 155 germinated / 45 failed. Is germination "
        "independent of treatment (chi-square, no Yates correction)? p-value",
        "Results: treated 172 germinated, 28 not; untreated 155 germinated, 45 not. Is germination associated with "
        "treatment? p-value",
    ],
)  # fmt: skip
def test_group_labelled_after_a_heading(question):
    want = stats.chi2_contingency(_SEEDS, correction=False).pvalue
    assert want == pytest.approx(0.0277634553, rel=1e-8)
    right_value(question, want, "hypothesis_test", rel=1e-6, key="p_value")


def test_yates_asked_after_a_heading():
    question = ("Seed treatment trial: treated seed 172 germinated / 28 not; untreated 155 germinated / 45 not. "
                "Chi-square test with Yates continuity correction, p-value?")  # fmt: skip
    want = stats.chi2_contingency(_SEEDS, correction=True).pvalue
    right_value(question, want, "hypothesis_test", rel=1e-6, key="p_value")


def test_rows_whose_labels_do_not_read_are_declined():
    """One row labelled by 'had' after a long clause, the other not: no table is read, and none is guessed."""
    declined("In a seed treatment trial the treated seed had 172 germinated and 28 not germinated, the untreated "
             "seed 155 germinated and 45 not germinated. Pearson chi-square (no continuity correction) p-value?")  # fmt: skip
