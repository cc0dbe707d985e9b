"""GROUND: passages relevant to a question, from havoc's knowledge cards and a user's document index.

The cards (``cards/*.md``: a title, the modes they serve, the text) go into an in-memory index of the
retrieval plugin (lexical embedder, built once per process). A user's index joins them when
``--index DIR`` names one, or when the default index folder (``$HAVOC_INDEX``, else ``runs/index``)
holds one; the default folder is ranked by BM25 alone, so an index built with a neural embedder
does not load its model on every question.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from plugins.retrieval.store import Index

CARD_PREFIX = "havoc-cards/"


@dataclass(frozen=True)
class Passage:
    """A grounding passage: its title, text, where it came from (``card`` or ``index``) and its score."""

    title: str
    text: str
    source: str
    origin: str
    score: float = 0.0
    lines: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"title": self.title, "text": self.text, "source": self.source,
                                  "origin": self.origin, "score": round(self.score, 4)}  # fmt: skip
        if self.lines:
            out["lines"] = list(self.lines)
        return out


@lru_cache(maxsize=1)
def cards() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Every card as (file name, markdown without the modes line, modes it serves)."""
    found = []
    for entry in sorted(resources.files("havoc_cli.reason").joinpath("cards").iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".md"):
            title, modes, *body = entry.read_text(encoding="utf-8").strip().splitlines()
            found.append((entry.name, "\n".join([title, "", *body]), tuple(modes.removeprefix("modes:").split())))
    return tuple(found)


@lru_cache(maxsize=1)
def card_index() -> Index:
    """The cards as an in-memory retrieval index (built once per process)."""
    from plugins.retrieval.store import Index

    return Index.from_texts([(CARD_PREFIX + name, text) for name, text, _ in cards()], embedder="lexical")


def open_cached(path: Path) -> Index:
    """The index in ``path``, opened once per process and again when its manifest changes."""
    return _open(Path(path).resolve(), _stamp(Path(path)))


@lru_cache(maxsize=4)
def _open(path: Path, stamp: float) -> Index:
    from plugins.retrieval.store import open_index

    return open_index(path)


def user_index(index_dir: Path | None) -> tuple[Index | None, str | None]:
    """The index named by ``--index`` (errors propagate), else the default folder's when it holds one.

    Returns the index and the ranking method to use (None: the index's own default).
    """
    from plugins.retrieval.store import MANIFEST, default_index_dir

    if index_dir is not None:
        return open_cached(index_dir), None
    path = default_index_dir()
    if not (path / MANIFEST).is_file():
        return None, None
    return open_cached(path), "lexical"


def _stamp(path: Path) -> float:
    manifest = Path(path) / "manifest.json"
    return manifest.stat().st_mtime if manifest.is_file() else 0.0


def ground(question: str, mode: str | None, index_dir: Path | None = None, k: int = 2) -> list[Passage]:
    """The ``k`` best cards (cards serving ``mode`` first), then up to ``k`` passages of the user's index."""
    modes = {CARD_PREFIX + name: served for name, _, served in cards()}
    hits = card_index().search(question, k=len(modes))
    hits.sort(key=lambda h: (mode not in modes.get(h.source, ()), -h.score))
    passages = [Passage(h.heading or h.source, _body(h.text, h.heading), h.source, "card", h.score) for h in hits[:k]]
    index, method = user_index(index_dir)
    if index is not None:
        passages += [
            Passage(h.heading or Path(h.source).name, h.text, h.source, "index", h.score, (h.start_line, h.end_line))
            for h in index.search(question, k=k, method=method)
        ]
    return passages


def _body(text: str, heading: str) -> str:
    """A card chunk's text without its own title line."""
    lines = [line for line in text.strip().splitlines() if line.strip() and line.lstrip("# ").strip() != heading]
    return " ".join(lines)
