"""Fixtures for the retrieval tests: a small corpus of files and a counter of embedded texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.retrieve.corpus import DESIGNS, GUIDE, MODULE, NOTES


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with one file of each text kind."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "guide.md").write_text(GUIDE, encoding="utf-8")
    (folder / "designs.rst").write_text(DESIGNS, encoding="utf-8")
    (folder / "stats.py").write_text(MODULE, encoding="utf-8")
    (folder / "notes.txt").write_text(NOTES, encoding="utf-8")
    return folder


@pytest.fixture
def embedded(monkeypatch) -> list[str]:
    """Every text the lexical embedder embeds from now on, in order."""
    from plugins.retrieval.embedders import LexicalEmbedder

    seen: list[str] = []
    original = LexicalEmbedder.embed

    def counting(self, texts):
        seen.extend(texts)
        return original(self, texts)

    monkeypatch.setattr(LexicalEmbedder, "embed", counting)
    return seen
