"""The operation the asking clause names, tags and ordinals that label counts.

- "find the eigenvalues of A = [[7, −4], [2, 1]] (det(A − λI) = 0 right?)": the bracketed remark (or the
  characteristic equation written as a method) names the way to the eigenvalues, not the ask; an answer giving
  another operation than the asking clause names fails its audit.
- "200 batches each: R-101 14 off-spec, R-102 9, R-103 22 (rest on-spec)": a tag (letters joined to digits by a
  hyphen) names a group, its digits are no count; the audit fails a table holding a tag's number.
- "rejects by shift: 1st 42, 2nd 55, 3rd 68": the ordinals label the counts of a goodness-of-fit test.

References: sympy (eigenvalues), scipy.stats.chi2_contingency and scipy.stats.chisquare."""

from __future__ import annotations

import pytest
import sympy as sp
from scipy import stats

from havoc_cli.reason.matrix_asks import matrix_op_check
from havoc_cli.reason.pipeline import reason
from havoc_cli.reason.reading import table_rows_check
from plugins.api.reasoning import Plan
from tests.reason.answers import as_set, confident, right_value, roots_of


@pytest.mark.parametrize(
    ("question", "matrix"),
    [
        ("find the eigenvalues of A = [[7, −4], [2, 1]]  (det(A − λI) = 0 right?)", [[7, -4], [2, 1]]),
        ("eigenvalues of [[4, 1], [2, 3]] using det(A - λI) = 0?", [[4, 1], [2, 3]]),
        ("compute the eigenvalues of B = [[2, 0], [1, 3]] (I think you set det(B − λI) to zero)", [[2, 0], [1, 3]]),
    ],
)
def test_eigenvalues_asked_beside_a_determinant_remark(question: str, matrix: list[list[int]]) -> None:
    out = confident(question, "linear_algebra")
    assert roots_of(out.to_dict()["result"]) == as_set(sp.Matrix(matrix).eigenvals())


def test_determinant_asked_keeps_its_answer() -> None:
    doc = confident("find the determinant of A = [[7, −4], [2, 1]] (is it invertible?)", "linear_algebra").to_dict()
    assert float(doc["result"]) == float(sp.Matrix([[7, -4], [2, 1]]).det())


def test_an_answer_of_another_operation_fails_the_audit() -> None:
    question = "find the eigenvalues of A = [[7, −4], [2, 1]]  (det(A − λI) = 0 right?)"
    assert not matrix_op_check(question, Plan("linear_algebra", "show det([[7, -4], [2, 1]])", {"op": "det"})).passed
    assert matrix_op_check(question, Plan("linear_algebra", "x", {"op": "eigenvalues"})).passed


def _complement(counts: list[int], total: int) -> float:
    """The chi-square statistic of [k, n - k] rows (scipy, no correction beyond a 2x2 table)."""
    return stats.chi2_contingency([[k, total - k] for k in counts]).statistic


@pytest.mark.parametrize(
    ("question", "counts", "total"),
    [
        ("off-spec batches by reactor last quarter, 200 batches each: R-101 14 off-spec, R-102 9, R-103 22 (rest "
         "on-spec). chi-square test of independence reactor vs off-spec, what's the chi² statistic?", [14, 9, 22], 200),
        ("leaking valves by pump, 150 valves checked per pump: P-12 8 leaking, P-14 15, P-17 4, rest fine. chi-square "
         "test of independence pump vs leak, chi2?", [8, 15, 4], 150),
        ("tank TK-410 had 12 of 300 drums contaminated, TK-420 25 of 300, TK-430 9 of 300; chi-square test of "
         "independence, statistic?", [12, 25, 9], 300),
    ],
)  # fmt: skip
def test_tags_name_groups_not_counts(question: str, counts: list[int], total: int) -> None:
    right_value(question, _complement(counts, total), "hypothesis_test", key="statistic")


def test_a_tag_read_as_a_count_fails_the_audit() -> None:
    question = "200 batches each: R-101 14 off-spec, R-102 9, R-103 22 (rest on-spec). chi-square test of independence"
    bad = Plan("hypothesis_test", "x", {"table": [[101, 99], [14, 186], [102, 98], [9, 191]], "of_totals": ["x"]})
    good = Plan("hypothesis_test", "x", {"table": [[14, 186], [9, 191], [22, 178]], "of_totals": ["x"]})
    assert not table_rows_check(question, bad).passed
    assert table_rows_check(question, good).passed


def test_day_named_groups_still_read() -> None:
    question = "400 inspected per shift: day 12 blistered, swing 19, night 27; chi-square test of independence"
    right_value(question, _complement([12, 19, 27], 400), "hypothesis_test", key="statistic")


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("rejects by shift: 1st 42, 2nd 55, 3rd 68. Same production volume each shift so expect equal counts. "
         "Chi-square goodness of fit statistic?", [42, 55, 68]),
        ("complaints by quarter: 1st 30, 2nd 41, 3rd 25, 4th 44. equally likely across quarters? chi-square "
         "goodness of fit statistic", [30, 41, 25, 44]),
        ("defects by line: 1st = 20, 2nd = 31, 3rd = 18; goodness of fit to uniform, chi-square statistic?",
         [20, 31, 18]),
    ],
)  # fmt: skip
def test_ordinals_label_goodness_of_fit_counts(question: str, counts: list[int]) -> None:
    right_value(question, stats.chisquare(counts).statistic, "hypothesis_test", key="statistic")


def test_ordinal_values_per_shift_are_not_counts() -> None:
    doc = reason("yogurt viscosity by shift: 1st shift 2450, 2510, 2480; 2nd shift 2530, 2560, 2540. one-way ANOVA?")
    assert doc.to_dict().get("mode") != "hypothesis_test" or "chisquare" not in str(doc.to_dict().get("plan"))


def test_a_word_that_begins_like_an_operation_names_none() -> None:
    """'inverter' is no 'invert': the eigenvalues asked beside it are answered (round 49d r08 gave the inverse, 0.98)."""
    from tests.reason.answers import confident

    out = confident("eigenvalues of the matrix [[5, 2], [2, 2]]? it's from a little thermal model of the inverter "
                    "enclosure", "linear_algebra")  # fmt: skip
    assert sorted(float(v) for v in out.result) == [1.0, 6.0]
