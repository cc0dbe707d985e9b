"""Needle in a haystack: where in a long text a passage (or something close to it) occurs.

The needle is first looked for verbatim (ignoring case and runs of white space): every exact
occurrence is returned with similarity 1 and confidence 1, whatever an embedding would say. Failing
that, the context is cut finely (lines, then sentences within a line), each piece and each pair of
neighbouring pieces is embedded, and the pieces are ranked by cosine similarity to the needle.
The confidence that the best piece is the right place is a logistic function of the best similarity
and its margin over the best piece that does not overlap it, fitted per embedder on synthetic cases
(plugins/retrieval/calibration.py; docs/retrieve.md gives the procedure and the figures).
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field
from typing import Any

# confidence = 1 / (1 + exp(-(a + b * best + c * margin))), per embedder, fitted by calibration.py on
# synthetic cases of seed 1: lexical on 1,500 (expected calibration error on fresh cases, seeds 2 and 3:
# 0.034 and 0.035), minilm on 300 (fresh cases, seed 2: 0.092; MiniLM is slow on a CPU).
CALIBRATION: dict[str, tuple[float, float, float]] = {
    "lexical": (-4.703, 5.704, 12.57),
    "minilm": (-4.838, 5.364, 12.187),
}
_SENTENCE = re.compile(r"[^.!?;]+(?:[.!?;]+|$)")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class NeedleMatch:
    """A place in the context: 1-based line and column, 0-based character offsets [start, end)."""

    line: int
    column: int
    end_line: int
    start: int
    end: int
    text: str
    similarity: float
    exact: bool


@dataclass
class NeedleResult:
    """The places found, best first, and how sure the first one is."""

    needle: str
    method: str  # "exact" or "similarity"
    embedder: str
    confidence: float | None
    matches: list[NeedleMatch] = field(default_factory=list)
    pieces: int = 0  # how many pieces of the context were compared (0 when found verbatim)
    occurrences: int = 0  # how many verbatim occurrences there are (matches lists at most k)

    def to_dict(self) -> dict[str, Any]:
        return {
            "needle": self.needle,
            "method": self.method,
            "embedder": self.embedder,
            "confidence": None if self.confidence is None else round(self.confidence, 4),
            "pieces": self.pieces,
            "occurrences": self.occurrences,
            "matches": [{**asdict(m), "similarity": round(m.similarity, 4)} for m in self.matches],
        }


def find(context: str, needle: str, k: int = 3, embedder: str = "lexical") -> NeedleResult:
    """Where ``needle`` occurs in ``context``: exact occurrences, else the ``k`` most similar pieces."""
    if not needle.strip():
        raise ValueError("the needle is empty: give the text to look for")
    if not context.strip():
        raise ValueError("the context is empty: give a text to search in")
    if k < 1:
        raise ValueError(f"k must be at least 1, found {k}")
    exact = exact_matches(context, needle)
    if exact:
        return NeedleResult(needle, "exact", embedder, 1.0, exact[:k], occurrences=len(exact))
    pieces = split_pieces(context)
    candidates = pieces + [(a[0], b[1]) for a, b in zip(pieces, pieces[1:], strict=False)]
    similarities = _similarities(context, needle, candidates, embedder)
    order = sorted(range(len(candidates)), key=lambda i: (-similarities[i], candidates[i][0]))
    chosen: list[int] = []
    for i in order:  # best first, skipping any piece that overlaps one already chosen
        if all(candidates[i][1] <= candidates[j][0] or candidates[i][0] >= candidates[j][1] for j in chosen):
            chosen.append(i)
        if len(chosen) == max(k, 2):
            break
    best = similarities[chosen[0]]
    runner_up = similarities[chosen[1]] if len(chosen) > 1 else 0.0
    matches = [_match(context, *candidates[i], similarities[i], exact=False) for i in chosen[:k]]
    return NeedleResult(
        needle, "similarity", embedder, confidence(embedder, best, best - runner_up), matches, len(pieces)
    )


def confidence(embedder: str, best: float, margin: float) -> float | None:
    """The calibrated probability that the best piece is the right place (None for an uncalibrated embedder)."""
    if embedder not in CALIBRATION:
        return None
    a, b, c = CALIBRATION[embedder]
    return 1.0 / (1.0 + math.exp(-(a + b * best + c * margin)))


def exact_matches(context: str, needle: str) -> list[NeedleMatch]:
    """Every occurrence of ``needle`` in ``context``, ignoring case and runs of white space."""
    flat, offsets = _flatten(context)
    wanted = _SPACE.sub(" ", needle.strip().lower())
    found: list[NeedleMatch] = []
    at = flat.find(wanted)
    while at >= 0:
        start, end = offsets[at], offsets[at + len(wanted) - 1] + 1
        found.append(_match(context, start, end, 1.0, exact=True))
        at = flat.find(wanted, at + len(wanted))
    return found


def split_pieces(context: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the context's pieces: its lines, and the sentences of each line."""
    pieces: list[tuple[int, int]] = []
    position = 0
    for line in context.splitlines(keepends=True):
        for sentence in _SENTENCE.finditer(line):
            text = sentence.group()
            if text.strip():
                lead = len(text) - len(text.lstrip())
                pieces.append((position + sentence.start() + lead, position + sentence.start() + len(text.rstrip())))
        position += len(line)
    return pieces


def _flatten(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with each white-space run as one space, and each kept character's offset."""
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for i, ch in enumerate(text):
        if ch.isspace():
            if not previous_space and chars:
                chars.append(" ")
                offsets.append(i)
            previous_space = True
            continue
        lowered = ch.lower()  # may be longer than one character (e.g. 'İ')
        chars.extend(lowered)
        offsets.extend([i] * len(lowered))
        previous_space = False
    return "".join(chars), offsets


def _similarities(context: str, needle: str, spans: list[tuple[int, int]], embedder: str) -> list[float]:
    from plugins.retrieval.embedders import load_embedder

    model = load_embedder(embedder)
    vectors = model.embed([needle] + [context[a:b] for a, b in spans])
    return [float(v) for v in vectors[1:] @ vectors[0]]


def _match(context: str, start: int, end: int, similarity: float, exact: bool) -> NeedleMatch:
    line = context.count("\n", 0, start) + 1
    column = start - (context.rfind("\n", 0, start) + 1) + 1
    end_line = line + context.count("\n", start, end)
    return NeedleMatch(line, column, end_line, start, end, context[start:end], similarity, exact)
