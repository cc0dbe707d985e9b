"""A two-component blend: how much of one component makes a total amount at a target value, as an equation.

"I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060 wort go
in?": the total (20 hL) at the target (1.048), the two components' values (1.060, 1.040) and the one asked. Values
mix linearly by amount, so x + y = T and a x + b y = c T; with y = T - x that is the one equation
a x + b (T - x) = c T in the amount x of the component asked. A target outside the two components' values has no
blend. A dilution is the blend of a stock with a diluent at zero: "need 250 mL of 0.5% w/v solution, only have a
2% w/v stock + WFI. how many mL of stock go in?" is C1 x = C2 V2 in the volume x of stock (C1 V1 = C2 V2), the
target and the stock in one unit of concentration. Only text is cut here.
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
    if not (_BLENDED.search(text) and _PARTS.search(text)):  # no two components: a stock and its diluent?
        dilution = dilution_parts(text)
        if dilution is not None or not _BLENDED.search(text):
            return dilution
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


_VOLUME = r"(?:[mµu]?[Ll]|mls?|litres?|liters?|millilit(?:re|er)s?|gal(?:lons?)?|fl\.?\s*oz)"
_CONCENTRATION = r"(?:%\s*(?:w/v|v/v|w/w)?|(?:[mµun]?g|[mµun]?mol)\s*/\s*(?:[mµu]?L|dL|l)|[mµun]?M|ppm|ppb)(?![A-Za-z])"
_STOCK_WORDS = r"(?:stock|concentrate|mother\s+(?:solution|liquor))"
# the volume made at its concentration: "250 mL of 0.5% w/v solution", "500 mL of a 0.9% saline", "50 mL at 2 mg/mL"
_MADE = re.compile(
    rf"(?P<total>{_NUM})\s*(?P<vunit>{_VOLUME})\s+(?:of\s+)?{_ART}(?:[A-Za-z-]+\s+){{0,2}}?(?:at\s+)?"
    rf"(?P<target>{_NUM})\s*(?P<cunit>{_CONCENTRATION})",
    re.I,
)
# the stock's concentration: "a 2% w/v stock", "2 M stock solution", "stock of 10 mg/mL", "the stock is 2 M"
_STOCK = re.compile(
    rf"(?P<stock>{_NUM})\s*(?P<sunit>{_CONCENTRATION})\s+(?:[A-Za-z-]+\s+){{0,2}}?{_STOCK_WORDS}"
    rf"|{_STOCK_WORDS}\s+(?:solution\s+)?(?:of|at|is|=)\s+(?P<stock2>{_NUM})\s*(?P<sunit2>{_CONCENTRATION})",
    re.I,
)
# the volume of stock asked: "how many mL of stock", "how much of the stock", "what volume of the 2 M stock"
_STOCK_ASK = re.compile(
    rf"\b(?:how\s+(?:many|much)|what\s+volume)\s+(?:{_VOLUME}\s+)?(?:of\s+)?{_ART}(?:[\w.%/ -]+\s+)?{_STOCK_WORDS}",
    re.I,
)


def dilution_parts(text: str) -> Blend | None:
    """The volume of stock a dilution asks (C1 V1 = C2 V2, the rest diluent); None when the text asks no volume of a
    stock. Raises ValueError when the volume made, its concentration or the stock's is not written, when the two
    concentrations are in different units, or when the stock is no stronger than the target."""
    if not _STOCK_ASK.search(text):
        return None
    made, stock = _MADE.search(text), _STOCK.search(text)
    if made is None or stock is None:
        raise ValueError("a dilution needs the volume made at its concentration ('250 mL of 0.5% w/v') and the "
                         "stock's concentration ('a 2% w/v stock')")  # fmt: skip
    c1, unit1 = stock["stock"] or stock["stock2"], stock["sunit"] or stock["sunit2"]
    c2, unit2 = made["target"], made["cunit"]
    if re.sub(r"\s+", "", unit1) != re.sub(r"\s+", "", unit2):
        raise ValueError(f"the stock ({c1} {unit1}) and the target ({c2} {unit2}) are in different units: convert one")
    if not float(c1) > float(c2) > 0:
        raise ValueError(f"a {c1} {unit1} stock cannot be diluted to {c2} {unit2}: the stock must be stronger")
    total = made["total"]
    return Blend(f"{c1}*x = {c2}*{total}", total, c2, c1, "0")


def blend_score(text: str) -> bool:
    """Whether the text asks a two-component blend (read or declined)."""
    try:
        return blend_parts(text) is not None
    except ValueError:
        return True
