"""Cutting sections into chunks that an embedder reads whole, along the text's own structure.

Sizes are counted in the embedder's tokens (``count``: MiniLM's word pieces, or the lexical
embedder's estimate), and the heading that is embedded with every chunk counts against the budget.
A section is split into units (lines; a line over the budget into sentences, then words). Units are
packed greedily up to the budget; a chunk preferably ends where a paragraph starts (after a blank
line) when that keeps it at least half full, and the next chunk of the same section repeats the last
units of the previous one, up to ``overlap`` tokens, so a passage cut in two is still found whole in
one of them. Chunks never cross a heading.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from plugins.retrieval.loaders import Document, Section

VERSION = 2  # raise when loaders or chunking cut differently: indexes then re-read every file
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+")
_SPACES = re.compile(r"\s+")
_PIECE = re.compile(r"\w+|[^\w\s]")
Counter = Callable[[str], int]


@dataclass(frozen=True)
class Chunk:
    """A piece of a document: where it came from (1-based lines, inclusive) and its text."""

    source: str
    heading: str
    start_line: int
    end_line: int
    text: str

    @property
    def dedupe_key(self) -> str:
        """Equal for chunks whose text is the same up to case and white space."""
        return _digest(normalise(self.text))

    @property
    def embedding_text(self) -> str:
        return embedding_text(self.heading, self.text)

    @property
    def chunk_id(self) -> str:
        """Stable id of what is embedded (heading and normalised text): unchanged text keeps its vector."""
        return _digest(normalise(self.heading) + "\n" + normalise(self.text))


@dataclass(frozen=True)
class _Unit:
    text: str
    line: int
    size: int
    joiner: str  # what goes before it inside a chunk: "\n\n" new paragraph, "\n" new line, " " same line


def embedding_text(heading: str, text: str) -> str:
    """What the embedder (and BM25) reads: the heading gives the chunk its context."""
    return f"{heading}\n{text}" if heading else text


def normalise(text: str) -> str:
    """Lower case, white space collapsed: the form in which duplicates are compared."""
    return _SPACES.sub(" ", text).strip().lower()


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=10).hexdigest()


def count_pieces(text: str) -> int:
    """A model-free token count: words and punctuation marks (close to word pieces for prose)."""
    return len(_PIECE.findall(text))


def chunk_document(
    document: Document, max_tokens: int = 256, count: Counter = count_pieces, overlap: int | None = None
) -> list[Chunk]:
    """All chunks of a document, section by section, in reading order; ``overlap`` defaults to a sixth."""
    out: list[Chunk] = []
    for section in document.sections:
        budget = max(16, max_tokens - 2 - count(section.heading))  # 2: the model's start and end tokens
        step = budget // 6 if overlap is None else min(overlap, budget - 1)
        out.extend(chunk_section(document.source, section, budget, step, count))
    return out


def chunk_section(
    source: str, section: Section, budget: int, overlap: int, count: Counter = count_pieces
) -> list[Chunk]:
    """Chunks of one section of at most ``budget`` tokens each (see the module docstring for the rules)."""
    if budget < 1 or overlap < 0 or overlap >= budget:
        raise ValueError(f"need 0 <= overlap ({overlap}) < budget ({budget})")
    units = _units(section, budget, count)
    chunks: list[Chunk] = []
    start = 0
    while start < len(units):
        end = _chunk_end(units, start, budget)
        chunks.append(_make_chunk(source, section.heading, units[start:end]))
        if end >= len(units):
            break
        start = _overlap_start(units, start, end, overlap)
    return chunks


def _units(section: Section, budget: int, count: Counter) -> list[_Unit]:
    units: list[_Unit] = []
    blank_before = False
    for index, line in enumerate(section.lines):
        text = line.rstrip()
        if not text.strip():
            blank_before = bool(units)
            continue
        joiner = "\n\n" if blank_before else "\n"
        number = section.first_line + index
        for i, piece in enumerate(_split_long(text, budget, count)):
            units.append(_Unit(piece, number, max(1, count(piece)), joiner if i == 0 else " "))
        blank_before = False
    return units


def _split_long(line: str, budget: int, count: Counter) -> list[str]:
    """A line within the budget as it is; a longer one at sentence ends, then into runs of words that fit."""
    if count(line) <= budget:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(line.strip()):
        if count(sentence) <= budget:
            pieces.append(sentence)
            continue
        run: list[str] = []
        for word in sentence.split():
            if run and count(" ".join([*run, word])) > budget:
                pieces.append(" ".join(run))
                run = []
            run.append(word)
        pieces.append(" ".join(run))
    pieces[0] = indent + pieces[0]
    return pieces


def _chunk_end(units: list[_Unit], start: int, budget: int) -> int:
    total, end = 0, start
    while end < len(units) and (end == start or total + units[end].size <= budget):
        total += units[end].size
        end += 1
    if end == len(units):
        return end
    # Prefer to stop where a paragraph starts, if the chunk stays at least half full.
    size = total
    for boundary in range(end - 1, start, -1):
        size -= units[boundary].size
        if size < budget / 2:
            break
        if units[boundary].joiner == "\n\n":
            return boundary
    return end


def _overlap_start(units: list[_Unit], start: int, end: int, overlap: int) -> int:
    """Where the next chunk begins: back from ``end`` by whole units worth at most ``overlap`` tokens."""
    begin, size = end, 0
    while begin - 1 > start and size + units[begin - 1].size <= overlap:
        begin -= 1
        size += units[begin].size
    return begin


def _make_chunk(source: str, heading: str, units: list[_Unit]) -> Chunk:
    text = units[0].text + "".join(u.joiner + u.text for u in units[1:])
    return Chunk(source, heading, units[0].line, units[-1].line, text)
