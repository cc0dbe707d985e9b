"""A normal's parameters as written in notation: "N(250, 4^2)", "N(mu = 250 mg, sigma^2 = 4^2)", "N(250 mg,
16 mg^2)", and a variance written as a square in words ("variance 4^2", "sigma^2 = 4^2": sd 4).

The second parameter of N(., .) is read as the variance when it is named so (sigma^2, var, variance), written as a
square (4^2) or carries the square of the mean's unit (mg^2); as the standard deviation when it is named so (sigma,
sd) or carries the mean's own unit. An sd written as a square ("sigma = 4^2") is refused: the variance or the sd?
Text is only read here, never evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError

VARIANCE = r"variance|var|sigma\s*\^\s*2|sigma squared|σ\s*\^?\s*2|σ²"
_SD_NAME = r"sd|s\.d\.|std|stdev|standard deviation|sigma(?!\s*\^)|σ(?!\s*\^|²)"
_SAID_AS = r"\s*(?:=|:|\bof\b|\bis\b)?\s*"
_SQUARE = r"\s*\^\s*2(?![\d.])"
# a unit after a parameter inside the brackets: "250 mg", "16 mg^2"
_UNIT = r"(?:\s*([a-zµ°]+(?:\s*\^\s*2)?))?"
_NOTATION = re.compile(
    rf"\bn\(\s*(?:(?:mu|μ|mean)\s*=\s*)?({NUMBER}){_UNIT}\s*,\s*(?:({VARIANCE})|({_SD_NAME}))?\s*=?\s*"
    rf"({NUMBER})({_SQUARE})?{_UNIT}\s*\)"
)
_VARIANCE_SQUARED = re.compile(rf"(?<!\w)(?:{VARIANCE})(?![a-z]){_SAID_AS}({NUMBER}){_SQUARE}")
_SD_SQUARED = re.compile(rf"(?<!\w)(?:{_SD_NAME})(?![a-z]){_SAID_AS}({NUMBER}){_SQUARE}")


@dataclass(frozen=True)
class Notation:
    """N(mean, second) as written: the numbers, their units ("" when none) and the second's name, if any."""

    mean: str
    second: str
    mean_unit: str
    second_unit: str
    named: str | None  # "variance", "sd" or None
    squared: bool  # written as a square: "4^2"


def squares_as_sd(q: str) -> str:
    """``q`` with a variance written as a square restated as its sd ("sigma^2 = 4^2" -> "sd = 4", "variance of
    3^2" -> "sd = 3"); PlanError for an sd written as a square ("sigma = 4^2": the variance or the sd?)."""
    if m := _SD_SQUARED.search(q):
        raise PlanError(f"{m.group(0).strip()}: an sd written as a square; is {m.group(1)}^2 the variance "
                        f"(sigma^2 = {m.group(1)}^2) or the standard deviation?")  # fmt: skip
    return _VARIANCE_SQUARED.sub(lambda m: f"sd = {m.group(1)}", q)


def read_notation(q: str) -> Notation | None:
    """The first N(mean, second) of ``q`` (lower case), or None."""
    m = _NOTATION.search(q)
    if m is None:
        return None
    named = "variance" if m.group(3) else "sd" if m.group(4) else None
    units = [re.sub(r"\s+", "", u or "") for u in (m.group(2), m.group(7))]
    return Notation(m.group(1), m.group(5), units[0], units[1], named, bool(m.group(6)))


def notation_sd(written: Notation) -> str | None:
    """The sd of N(mean, second) as study text ("4", "sqrt(16)") when the notation says what the second is (its
    name, a square, or its unit against the mean's); None when only the words around it can tell."""
    if written.squared:  # "N(250, 4^2)": a variance written as the sd's square
        return written.second
    if written.named == "variance" or (written.mean_unit and written.second_unit == f"{written.mean_unit}^2"):
        return f"sqrt({written.second})"
    if written.named == "sd" or (written.mean_unit and written.second_unit == written.mean_unit):
        return written.second
    return None
