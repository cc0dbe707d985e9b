"""A two-component blend: how much of one component makes a total amount at a target value, as an equation.

"I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060 wort go
in?": the total (20 hL) at the target (1.048), the two components' values (1.060, 1.040) and the one asked. Values
mix linearly by amount, so x + y = T and a x + b y = c T; with y = T - x that is the one equation
a x + b (T - x) = c T in the amount x of the component asked. A target outside the two components' values has no
blend. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import plain_text

_NUM = r"\d+(?:\.\d+)?|\.\d+"
_ART = r"(?:(?:a|an|the|some)\s+)?"
_TOTAL = re.compile(
    rf"(?P<total>{_NUM})\s*(?P<unit>[A-Za-z]+)\s+of\s+{_ART}(?:[A-Za-z-]+\s+){{0,3}}?(?:at\s+|of\s+)?"
    rf"(?P<target>{_NUM})(?!\s*[A-Za-z]*\s+of\b)",
    re.I,
)
_VERB = r"\b(?:blend(?:s|ed|ing)?|mix(?:es|ed|ing)?|combin(?:e|es|ed|ing))\b"
_PARTS = re.compile(
    rf"{_VERB}\s+{_ART}(?P<a>{_NUM})\s*(?:[%°A-Za-z-]+\s+){{0,3}}?(?:with|and)\s+{_ART}(?P<b>{_NUM})", re.I
)
_ASK = re.compile(rf"\bhow\s+(?:many|much)\s+(?:[A-Za-z]+\s+)?(?:of\s+)?{_ART}(?P<ask>{_NUM})", re.I)
_BLENDED = re.compile(rf"{_VERB}.*\bhow\s+(?:many|much)\b", re.I | re.S)


@dataclass(frozen=True)
class Blend:
    """The equation in the amount x of the component asked, as text, and the amounts for the audit's record."""

    equation: str
    total: str
    target: str
    asked: str
    other: str


def blend_parts(question: str) -> Blend | None:
    """The blend the question asks; None when it asks none. Raises ValueError when it asks one whose total, target,
    components or asked component are not all written, or whose target lies outside the components' values."""
    text = plain_text(question)
    if not _BLENDED.search(text):
        return None
    total, parts, ask = _TOTAL.search(text), _PARTS.search(text), _ASK.search(text)
    if not (total and parts and ask):
        raise ValueError("a blend needs the total amount at its target value ('20 hL at 1.048'), the two components' "
                         "values ('blending a 1.060 wort with a 1.040 wort') and the one asked ('how many hL of the "
                         "1.060 wort')")  # fmt: skip
    a, b = parts["a"], parts["b"]
    if ask["ask"] not in {a, b} or float(a) == float(b):
        raise ValueError(f"the component asked ({ask['ask']}) must be one of two different components ({a}, {b})")
    other = b if ask["ask"] == a else a
    target = total["target"]
    if not min(float(a), float(b)) < float(target) < max(float(a), float(b)):
        raise ValueError(f"no blend of {a} and {b} reaches {target}: the target must lie between them")
    t = total["total"]
    equation = f"{ask['ask']}*x + {other}*({t} - x) = {target}*{t}"
    return Blend(equation, t, target, ask["ask"], other)


def blend_score(text: str) -> bool:
    """Whether the text asks a two-component blend (read or declined)."""
    try:
        return blend_parts(text) is not None
    except ValueError:
        return True
