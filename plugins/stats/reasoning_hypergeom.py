"""The lot a hypergeometric count is drawn from: its size N and how many of its items are marked (defective,
cracked, scratched), read from prose such as "a 25-wafer lot has 3 wafers with the scratch defect", "a tray holds
50 vials of which 4 have cracked necks", "a lot of 200 brackets contains 6 defectives"."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER

# drawn without replacement, or the hypergeometric named: the count drawn from a finite lot
WITHOUT_REPLACEMENT = re.compile(r"\bwithout\s+replacement\b|\bno\s+replacement\b|\bhypergeometric\b")

_LOTS = r"(?:lot|batch|tray|box|shipment|pallet|carton|crate|bin|rack|reel|population)"
# "a 25-wafer lot", "a lot of 200 brackets", "a tray holds 50 vials", "lot size 200"
_LOT_SIZE = (
    rf"\b({NUMBER})[- ](?:[a-z-]+[- ]){{0,2}}?{_LOTS}\b",
    rf"\b{_LOTS}\s+(?:of|holds|holding|contains|containing|has|having|with)\s+({NUMBER})(?!\s*%)\b",
    rf"\b{_LOTS}\s+(?:size|of size)\s*(?:=|:|is|of)?\s*({NUMBER})\b",
)
# "of which 4 have cracked necks", "has 3 wafers with", "contains 6 defectives", "3 of them are scratched"
_MARKED = (
    rf"\b(?:of which|of these|of them|among them|amongst them)\s+({NUMBER})\b(?!\s*%)",
    rf"\b(?:contains?|containing|has|have|having|with|including|includes?)\s+({NUMBER})\b(?!\s*%)",
    rf"\b({NUMBER})\s+(?:of (?:them|these|those|which)|among them)\b",
)


def _whole(text: str) -> int | None:
    value = float(text)
    return int(value) if value.is_integer() and value >= 0 else None


def lot_and_marked(q: str) -> tuple[int, int] | None:
    """The lot size N and the number K of marked items in it, read in the order the lot is described (the marked
    count after the lot's size, never the same number); None when either is not stated."""
    size = next((m for pattern in _LOT_SIZE if (m := re.search(pattern, q))), None)
    if size is None:
        return None
    for pattern in _MARKED:
        for m in re.finditer(pattern, q):
            if m.start(1) >= size.end(1) and (marked := _whole(m.group(1))) is not None:
                lot = _whole(size.group(1))
                return None if lot is None else (lot, marked)
    return None
