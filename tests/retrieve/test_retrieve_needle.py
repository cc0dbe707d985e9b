"""Needle in a haystack: exact positions, inexact finds, and a confidence that means what it says."""

from __future__ import annotations

import numpy as np
import pytest

from plugins.retrieval import calibration, needle
from plugins.retrieval.needle import find

HAYSTACK = """The first line says nothing in particular.
A second line follows. It has two sentences.

Here the MAGIC   number is
forty-two, split over two lines.
Closing words: the end.
"""


def test_exact_match_ignores_case_and_spacing_and_reports_positions():
    result = find(HAYSTACK, "magic number is forty-two")
    assert (result.method, result.confidence, result.occurrences) == ("exact", 1.0, 1)
    match = result.matches[0]
    start = HAYSTACK.index("MAGIC")
    assert (match.line, match.column, match.end_line) == (4, 10, 5)
    assert (match.start, match.end) == (start, HAYSTACK.index("forty-two") + len("forty-two"))
    assert match.text == "MAGIC   number is\nforty-two" and match.exact and match.similarity == 1.0


def test_every_exact_occurrence_is_counted_and_k_limits_the_list():
    text = "alpha beta\n" * 5
    result = find(text, "ALPHA beta", k=2)
    assert result.occurrences == 5 and [m.line for m in result.matches] == [1, 2]
    assert [m.start for m in result.matches] == [0, 11]


def test_exact_match_survives_characters_that_change_length_when_lowered():
    text = "İstanbul line\nthe target phrase here\n"
    match = find(text, "Target Phrase")
    assert match.matches[0].text == "target phrase" and match.matches[0].line == 2


def test_an_inexact_needle_is_found_at_its_sentence():
    result = find(HAYSTACK, "second line folows", k=2)  # misspelt: no exact match
    assert result.method == "similarity" and result.pieces > 0
    best = result.matches[0]
    assert best.line == 2 and best.text.startswith("A second line follows")
    assert HAYSTACK[best.start : best.end] == best.text
    assert best.similarity > result.matches[1].similarity
    assert not (result.matches[1].start < best.end and best.start < result.matches[1].end)  # no overlap


def test_confidence_is_higher_for_a_needle_that_is_there():
    present = find(HAYSTACK, "closing word the end")
    absent = find(HAYSTACK, "quarterly revenue of the shipping department")
    assert present.confidence > 0.8 > 0.3 > absent.confidence


def test_empty_input_is_rejected():
    for context, text in (("", "x"), ("abc", "  ")):
        with pytest.raises(ValueError, match="empty"):
            find(context, text)


def test_confidence_is_calibrated_on_fresh_synthetic_cases():
    # Cases drawn with a seed the coefficients were not fitted on: in each confidence bin the share
    # of right answers must match the stated confidence (expected calibration error <= 0.08).
    cases = calibration.make_cases(calibration.prose_paragraphs(), 200, seed=11)
    x, right = calibration.features(cases, "lexical")
    predicted = np.array([needle.confidence("lexical", best, margin) for best, margin in x])
    assert calibration.expected_calibration_error(predicted, right) <= 0.08
    assert predicted[right == 1].mean() > predicted[right == 0].mean() + 0.4


def test_the_logistic_fit_recovers_known_coefficients():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(20000, 2))
    truth = np.array([-0.5, 2.0, -1.0])
    p = 1 / (1 + np.exp(-(truth[0] + x @ truth[1:])))
    y = (rng.random(len(p)) < p).astype(float)
    np.testing.assert_allclose(calibration.fit_logistic(x, y), truth, atol=0.08)
