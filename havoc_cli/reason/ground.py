"""GROUND: knowledge cards relevant to a question, chosen by keyword overlap.

The interface ``ground(question, mode) -> list[Passage]`` stays when retrieval moves to an index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_STOP = {"the", "a", "an", "of", "and", "or", "to", "in", "is", "for", "on", "with", "by", "at", "are", "be"}


@dataclass(frozen=True)
class Passage:
    """One knowledge card: its title, text, the modes it serves and the overlap score."""

    title: str
    text: str
    modes: tuple[str, ...]
    score: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"title": self.title, "text": self.text, "score": round(self.score, 3)}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w not in _STOP and len(w) > 1}


@lru_cache(maxsize=1)
def cards() -> tuple[Passage, ...]:
    """Every card under havoc_cli/reason/cards/."""
    found = []
    for entry in sorted(resources.files("havoc_cli.reason").joinpath("cards").iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".md"):
            continue
        lines = entry.read_text(encoding="utf-8").strip().splitlines()
        title = lines[0].lstrip("# ").strip()
        modes = tuple(lines[1].removeprefix("modes:").split())
        found.append(Passage(title, " ".join(lines[2:]).strip(), modes))
    return tuple(found)


def ground(question: str, mode: str | None, k: int = 2) -> list[Passage]:
    """The ``k`` best cards: a card of the question's mode gets a bonus, then word overlap counts."""
    asked = _words(question)
    scored = []
    for card in cards():
        overlap = len(asked & _words(card.title + " " + card.text))
        score = overlap + (3.0 if mode in card.modes else 0.0)
        if score > 0:
            scored.append(Passage(card.title, card.text, card.modes, score))
    scored.sort(key=lambda p: -p.score)
    return scored[:k]
