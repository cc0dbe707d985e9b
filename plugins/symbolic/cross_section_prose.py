"""A flow through a circular cross-section, asked of a velocity profile u(r) the question defines (text only).

"round duct, R = 0.2 m, profile u(r) = 8(1 - (r/0.2)^2) m/s. integrate over the cross-section - volumetric flow?",
"pipe of radius 0.05 m with velocity u(r) = ...: what is the volumetric flow rate?": the integral of u over the disc
of radius R, int_0^R u(r) 2 pi r dr. Read only for a round section (a pipe, duct or tube, or "circular"/"round"; never
"square", "rectangular", "annular"), one function of r and one radius (or diameter) stated as a number; otherwise
nothing is read and the planner declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import UNSIGNED, plain_text
from plugins.symbolic.word_problems import definitions

_SECTION = re.compile(
    r"\b(?:over|through|across)\s+(?:the\s+)?(?:(?:circular|round|pipe|duct|tube)(?:'s)?\s+)?cross[- ]?sections?\b"
    r"|\bvolum(?:e|etric)\s+flow(?:\s*rate)?\b|\bflow\s*rate\b|\bdischarge\b",
    re.I,
)
_ROUND = re.compile(r"\b(?:round|circular|pipes?|ducts?|tubes?|cylindrical)\b", re.I)
_OTHER_SHAPE = re.compile(r"\b(?:square|rectangular|annul\w*|channel|slit|plates?|elliptic\w*)\b", re.I)
_RADIUS = re.compile(rf"\b(?:radius(?:\s+R)?|R)\s*(?:=|:|\bof\b|\bis\b)\s*(?P<r>{UNSIGNED})(?![\w.])", re.I)
_DIAMETER = re.compile(rf"\b(?:diameter(?:\s+D)?|D)\s*(?:=|:|\bof\b|\bis\b)\s*(?P<d>{UNSIGNED})(?![\w.])", re.I)


@dataclass(frozen=True)
class SectionFlow:
    """The velocity profile's body, its radial variable and the section's radius, as written."""

    body: str
    var: str
    radius: str


def section_flow(question: str) -> SectionFlow | None:
    """The flow through a round cross-section the question asks of its one profile u(r), or None when it asks none
    (or the section's shape or radius is not read)."""
    text = plain_text(question)
    if not (_SECTION.search(text) and _ROUND.search(text)) or _OTHER_SHAPE.search(text):
        return None
    found = [d for d in definitions(text) if d.arg == "r"]
    if len(found) != 1:
        return None
    radii = {m["r"] for m in _RADIUS.finditer(text)} | {f"{m['d']}/2" for m in _DIAMETER.finditer(text)}
    if len(radii) != 1:
        return None
    return SectionFlow(found[0].body, "r", radii.pop())
