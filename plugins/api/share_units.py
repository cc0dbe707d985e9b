"""The unit a probability or a share is asked in: ppm ("expected ppm above USL", "DPMO", "per million parts"),
percent ("what % of parts", "in percent", "as a percentage") or a count out of a stated number of pieces ("out of
1000 parts, how many", "how many of 1000 bulbs", "per 1000 parts"); a fraction otherwise.

A unit written after a number is that number's own ("450 ppm", "5%", "4 failures per million hours") and asks
nothing, and so is a DPMO named before its number ("DPMO 250", "DPMO is 500"); so is a unit in brackets ("nitrate (ppm)", "yield (%)") and one that names what is measured ("Purity % is
normal ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

_TIME = r"(?:hours?|hrs?|h|days?|weeks?|months?|years?|minutes?|mins?|seconds?|secs?|s|cycles|miles|km)\b"
# a number's own unit, or one in brackets: removed before the question is read for the unit it asks
_OWN = re.compile(
    rf"{NUMBER}\s*(?:%|percent\b|ppm\b|parts per million\b|dpmo\b|(?:[a-z-]+\s+){{0,2}}per\s+million\b)|"
    rf"\(\s*(?:%|ppm|percent)\s*\)|\bdpmo\s*(?:of|is|was|=|:|at)?\s*{NUMBER}",
    re.I,
)
_PPM = re.compile(rf"\bppm\b|\bparts[- ]per[- ]million\b|\bdpmo\b|\bper\s+(?:one\s+)?million\b(?!\s+{_TIME})", re.I)
_PERCENT = re.compile(
    r"(?:\b(?:what|which|how many|expected|estimated|in|as an?|the|give|express(?:ed)?)\s+(?:%|percent(?:age)?s?\b))|"
    r"(?:%|\bpercent(?:age)?s?)\s+(?:of\s+(?:the\s+|all\s+)?[a-z]|(?:will|would|fall|lie|exceed|fail|be)\b)|"
    r"(?:%|\bpercent(?:age)?s?)\s+(?:nonconforming|non-conforming|defective|out[- ]of[- ]spec|scrap|rejected|bad|"
    r"below|above|under|over|outside|beyond|within|between|exceeding)\b|\bin\s+%|\bas\s+%",
    re.I,
)
# "out of 1000 parts, how many", "how many of 1000 bulbs", "how many out of every 1000", "per 1000 parts how many"
_PIECES = r"(?:[a-z-]+\s+){0,2}?"
_OUT_OF = re.compile(
    rf"\b(?:out\s+of|of|in|per|among)\s+(?:every\s+|each\s+|a\s+(?:batch|lot|run)\s+of\s+)?(\d[\d,]*)\s+{_PIECES}"
    rf"[a-z]+s\b[^.?;]*?\bhow\s+many\b|\bhow\s+many\b[^.?;]{{0,40}}?\b(?:out\s+of|of|in|per|among)\s+"
    r"(?:every\s+|each\s+|a\s+(?:batch|lot|run)\s+of\s+)?(\d[\d,]*)\b(?!\s*(?:%|\.\d))",
    re.I,
)


@dataclass(frozen=True)
class ShareUnit:
    """The unit asked: its name for the answer ("ppm", "%", "per 1000"), the factor on a fraction, and the
    quantity's name suffix ("ppm", "percent", "per_1000")."""

    name: str
    scale: float
    suffix: str


def asked_unit(text: str) -> ShareUnit | None:
    """The unit the question asks a share in (see the module's docstring); None for a fraction. Two units asked
    ("ppm and percent") give None too: the caller answers the fraction and may say so."""
    bare = _OWN.sub(" ", text)
    found = []
    if _PPM.search(bare):
        found.append(ShareUnit("ppm", 1e6, "ppm"))
    if _PERCENT.search(bare):
        found.append(ShareUnit("%", 100.0, "percent"))
    if (out := _OUT_OF.search(text)) is not None:
        count = int((out.group(1) or out.group(2)).replace(",", ""))
        if count > 1:
            found.append(ShareUnit(f"per {count}", float(count), f"per_{count}"))
    return found[0] if len(found) == 1 else None


def asks_ppm(text: str) -> bool:
    """A second, broad reading: whether the question names ppm, DPMO or a share per million in any way that is
    not a number's own unit."""
    bare = _OWN.sub(" ", text)
    return bool(re.search(r"ppm|per[- ]million|dpmo|defects per million", bare, re.I))
