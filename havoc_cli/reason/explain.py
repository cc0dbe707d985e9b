"""Explanations ("what is a Cpk?") answered from a grounding passage that covers the question's subject.

Nothing is computed: the answer quotes a knowledge card (or an indexed document), and says so. The
check is that the passage names what was asked about; a question no passage covers is not answered.
"""

from __future__ import annotations

import re

from havoc_cli.reason.ground import Passage
from plugins.api.reasoning import Check

_QUESTION_WORDS = {
    "what", "whats", "is", "are", "a", "an", "the", "of", "why", "explain", "describe", "define", "tell", "me",
    "about", "how", "does", "do", "i", "read", "interpret", "meaning", "mean", "means", "in", "to", "for", "and",
    "or", "it", "its", "this", "that", "when", "should", "use", "used", "can", "you", "please", "statistics",
    "stats", "with", "on", "be", "by", "exactly", "again", "good", "work", "works", "s",
}  # fmt: skip
COVERAGE = 0.75  # share of the subject's words that must stand together in the passage
WINDOW = 12  # ... within this many consecutive words (a long document mentions most words somewhere)


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def subject(question: str) -> set[str]:
    """The words of what is asked about: "what is a Cpk?" -> {"cpk"}."""
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", question.lower())
    return {_stem(w) for w in words if w not in _QUESTION_WORDS}


def _words(text: str) -> list[set[str]]:
    """Each word of ``text`` as its stem and the stems of its hyphenated parts."""
    found = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
    return [{_stem(w)} | {_stem(part) for part in w.split("-")} for w in found]


def _covered(asked: set[str], text: str) -> set[str]:
    """The most words of ``asked`` found together within WINDOW consecutive words of ``text``."""
    words = _words(text)
    best: set[str] = set()
    for start in range(max(1, len(words) - WINDOW + 1)):
        near = {w for forms in words[start : start + WINDOW] for w in forms & asked}
        if len(near) > len(best):
            best = near
            if best == asked:
                break
    return best


def explain(question: str, passages: list[Passage]) -> tuple[Passage, list[Check]] | None:
    """The first passage naming the question's subject, and the check that says so; None when none does."""
    asked = subject(question)
    if not asked:
        return None
    for passage in passages:
        present = _covered(asked, f"{passage.title} {passage.text}")
        share = len(present) / len(asked)
        if share >= COVERAGE:
            detail = f"{sorted(present)} of {sorted(asked)} found in {passage.source}"
            return passage, [Check("the passage names the subject asked about", True, detail)]
    return None
