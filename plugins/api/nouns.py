"""A plural noun read as its singular, the one rule every planner shares ("batteries" -> "battery")."""

from __future__ import annotations

import re

# nouns that end in "s" in the singular, or whose plural is the same word
_SAME = frozenset({"bus", "gas", "lens", "series", "species"})
# plurals that keep the singular's final "s" ("buses" -> "bus"), unlike "causes" -> "cause"
_KEPT_S = {"buses": "bus", "busses": "bus", "gases": "gas", "lenses": "lens"}
# plurals made with "es" after a hissing sound: "classes", "dishes", "batches", "boxes", "buzzes"
_HISSED = re.compile(r"(?:ss|sh|ch|x|zz)es$")


def singular(noun: str) -> str:
    """``noun`` in the singular, its case kept: "batteries" -> "battery", "boxes" -> "box", "batches" -> "batch",
    "buses" -> "bus", "classes" -> "class", "wells" -> "well"; a word that is singular already or the same in both
    ("glass", "process", "bus", "gas", "lens", "series", "species", "status", "analysis") is kept."""
    low = noun.lower()
    if low in _SAME or low.endswith(("ss", "us", "is")):
        return noun
    if low in _KEPT_S:
        return noun[: len(_KEPT_S[low])]
    if low.endswith("ies") and len(low) > 4:
        return noun[:-3] + ("Y" if noun[-1].isupper() else "y")
    if _HISSED.search(low):
        return noun[:-2]
    return noun[:-1] if low.endswith("s") else noun
