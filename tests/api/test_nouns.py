"""The one singular-noun rule the planners share (plugins.api.nouns)."""

from __future__ import annotations

import pytest

from plugins.api.nouns import singular


@pytest.mark.parametrize(
    ("plural", "expected"),
    [
        ("batteries", "battery"),
        ("cavities", "cavity"),
        ("boxes", "box"),
        ("batches", "batch"),
        ("dishes", "dish"),
        ("buzzes", "buzz"),
        ("buses", "bus"),
        ("classes", "class"),
        ("presses", "press"),
        ("wells", "well"),
        ("trams", "tram"),
        ("sizes", "size"),
        ("causes", "cause"),
        ("Boxes", "Box"),
    ],
)
def test_plural_read_as_singular(plural: str, expected: str) -> None:
    assert singular(plural) == expected


@pytest.mark.parametrize(
    "word", ["glass", "process", "bus", "gas", "lens", "series", "species", "status", "analysis", "tram", "box"]
)
def test_singular_kept(word: str) -> None:
    assert singular(word) == word
