"""Explanations quote a passage only when the subject's words stand together in it."""

from __future__ import annotations

from havoc_cli.reason.explain import explain, subject
from havoc_cli.reason.ground import Passage

FILLER = " ".join(["word"] * 40)


def _passage(text: str) -> Passage:
    return Passage("Notes", text, "notes.md", "index")


def test_the_subject_leaves_out_question_words():
    assert subject("Explain the central limit theorem, please") == {"central", "limit", "theorem"}


def test_words_far_apart_in_a_long_document_do_not_count():
    scattered = _passage(f"The central processor. {FILLER} A time limit. {FILLER} A theorem of Gauss.")
    assert explain("explain the central limit theorem", [scattered]) is None


def test_words_together_count_and_the_check_says_where():
    together = _passage(f"{FILLER} The central limit theorem: means of large samples are nearly normal. {FILLER}")
    found = explain("explain the central limit theorem", [_passage(FILLER), together])
    assert found is not None
    passage, (check,) = found
    assert passage is together and check.passed and "notes.md" in check.detail
