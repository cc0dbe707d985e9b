"""The lot a hypergeometric count is drawn from: its size N and how many of its items are marked (defective,
cracked, scratched), read from prose such as "a 25-wafer lot has 3 wafers with the scratch defect", "a tray holds
50 vials of which 4 have cracked necks", "a lot of 200 brackets contains 6 defectives"."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

# drawn without replacement, or the hypergeometric named: the count drawn from a finite lot
WITHOUT_REPLACEMENT = re.compile(r"\bwithout\s+replacement\b|\bno\s+replacement\b|\bhypergeometric\b")

_LOTS = (
    r"(?:lot|batch|tray|box|shipment|pallet|carton|crate|bin|rack|reel|population|tote|skid|container|consignment|"
    r"cart|trolley|case|bag|drum|kit)"
)
# "a 25-wafer lot", "a lot of 200 brackets", "a tray holds 50 vials", "lot size 200"
_LOT_SIZE = (
    rf"\b({NUMBER})[- ](?:[a-z-]+[- ]){{0,2}}?{_LOTS}\b",
    rf"\b{_LOTS}\s+(?:of|holds|holding|contains|containing|has|having|with)\s+({NUMBER})(?!\s*%)\b",
    rf"\b{_LOTS}\s+(?:size|of size)\s*(?:=|:|is|of)?\s*({NUMBER})\b",
)
# a count of the lot stated as exact, "contains exactly 6", "only 3 of which": a fact of the lot, not the count asked
_STATED = r"(?:(?:exactly|precisely|only|just)\s+)?"
# "of which 4 have cracked necks", "has 3 wafers with", "contains exactly 6 defectives", "3 of them are scratched"
_MARKED = (
    rf"\b(?:of which|of these|of them|among them|amongst them)\s+{_STATED}({NUMBER})\b(?!\s*%)",
    rf"\b(?:contains?|containing|has|have|having|with|including|includes?)\s+{_STATED}({NUMBER})\b(?!\s*%)",
    rf"\b{_STATED}({NUMBER})\s+(?:of (?:them|these|those|which)|among them)\b",
    # a clause of its own after the lot: "a tote holds 50 lenses; 4 have flow lines", "..., 3 are cracked"
    # or with the items named again, "of 15 batches, 4 batches failed release"
    rf"[;,.]\s+(?:and\s+)?{_STATED}({NUMBER})\s+(?:[a-z-]{{2,}}s\s+)?(?:have|has|are|were|is|was|show|carry|failed)\b"
    r"(?!\s+(?:randomly\s+|then\s+)?"
    r"(?:sampled|pulled|drawn|inspected|picked|selected|taken|tested|checked|chosen)\b)",
)


# a count asked just before a number, "at least 1 contaminated bag", "exactly 2": that number is no lot size
_ASKED_BEFORE = re.compile(
    r"(?:\bat\s+(?:least|most)|\bexactly|\bmore\s+than|\b(?:fewer|less)\s+than|\bno\s+(?:more|fewer|less)\s+than|"
    r"[<>≤≥])\s*$"
)
# a count of plural nouns, "12 assay lots", "50 seed bags": the lot when the items drawn are those nouns again
_COUNTED = re.compile(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+){{0,2}}?([a-z]{{2,}}s)\b")


def _whole(text: str) -> int | None:
    value = float(text)
    return int(value) if value.is_integer() and value >= 0 else None


def _lot_matches(q: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The matches of the lot's size and of its marked count, the marked count after the size (never the same
    number); None when either is not stated."""
    sizes = [m for pattern in _LOT_SIZE for m in re.finditer(pattern, q) if not _ASKED_BEFORE.search(q, 0, m.start(1))]
    size = min(sizes, key=lambda m: m.start(1), default=None) or _counted_lot(q)
    if size is None:
        return None
    for pattern in _MARKED:
        for m in re.finditer(pattern, q):
            if m.start(1) >= size.end(1) and _whole(m.group(1)) is not None:
                return size, m
    return None


def _counted_lot(q: str) -> re.Match[str] | None:
    """The lot stated as a count of the items drawn from it ("of 12 assay lots received, 3 are out of spec; QA draws
    4 lots"): the first count of plural nouns whose noun is counted again later with fewer; None when there is none."""
    counted = [m for m in _COUNTED.finditer(q) if _whole(m.group(1)) is not None]
    for i, lot in enumerate(counted):
        if any(m.group(2) == lot.group(2) and float(m.group(1)) < float(lot.group(1)) for m in counted[i + 1 :]):
            return lot
    return None


def lot_and_marked(q: str) -> tuple[int, int] | None:
    """The lot size N and the number K of marked items in it, read in the order the lot is described (the marked
    count after the lot's size, never the same number); None when either is not stated."""
    found = _lot_matches(q)
    if found is None:
        return None
    lot, marked = _whole(found[0].group(1)), _whole(found[1].group(1))
    return None if lot is None or marked is None else (lot, marked)


def lot_described_apart(q: str) -> str:
    """``q`` with the lot's marked count said plainly ("contains exactly 6 defective" -> "contains 6 defective"), so
    that "exactly" there is not read as the count asked of the sample; ``q`` unchanged when no lot is described."""
    found = _lot_matches(q)
    if found is None:
        return q
    m = found[1]
    clause = re.sub(r"\b(?:exactly|precisely|only|just)\s+", "", m.group(0))
    return q[: m.start()] + clause + q[m.end() :]
