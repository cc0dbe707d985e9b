"""Two resistors in parallel, one a stated amount larger than the other, and their equivalent resistance, as an
equation in the smaller one.

"rework tech paralleled two resistors, one is exactly 10 Ω bigger than the other, and the combo measures 12 Ω. value
of the smaller resistor in Ω?" -> x*(x + 10)/(2*x + 10) == 12 in x (x > 0): resistances in parallel combine as
R1 R2/(R1 + R2). Two resistors said to be in parallel ("in parallel", "paralleled"), one relation "one is D Ω
bigger/larger/more than the other", one other resistance (the equivalent: "the combo measures 12 Ω", "equivalent
resistance of 12 ohms"), all in one unit, and the smaller one asked must be read. The larger one asked is declined
(its equation has a second positive root that makes the smaller one negative); a third resistor is not read. Also the resistor
to put in parallel with one in place for a stated equivalent ("it's 470 Ω, the combo must read 330 Ω: what resistor
in parallel?" -> x*470/(x + 470) == 330). Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.number_words import number_words
from plugins.api.prose import UNSIGNED
from plugins.api.reasoning import outscore

_PARALLEL = re.compile(r"\bparallel(?:l?ed)?\b", re.I)
_RESISTORS = re.compile(r"\b(?:two|2|pair\s+of)\s+resistors\b", re.I)
_OHM = r"(?P<unit>[kM]?\s?(?:Ω|ohms?\b))"
# one of them larger by a stated amount: "one is exactly 10 Ω bigger than the other", "one is 5 ohm more than the other"
_RELATION = re.compile(
    rf"\bone\s+(?:of\s+them\s+)?(?:is|being|was)\s+(?:exactly\s+|precisely\s+|just\s+)?(?P<diff>{UNSIGNED})\s*{_OHM}\s*"
    r"(?:bigger|larger|greater|more|higher)\s+than\s+the\s+other\b",
    re.I,
)
_RESISTANCE = re.compile(rf"(?<![\w.])(?P<value>{UNSIGNED})\s*{_OHM}", re.I)
_SMALLER = re.compile(r"\b(?:smaller|lower|lesser|smallest|lowest)\b", re.I)
_LARGER = re.compile(r"\b(?:bigger|larger|greater|higher|biggest|largest)\b", re.I)
_THIRD = re.compile(r"\b(?:three|3|third|several)\s+resistors?\b|\bthird\b", re.I)


@dataclass(frozen=True)
class ParallelPair:
    """The equation in x (the smaller resistance), the difference and the equivalent resistance as written, and the
    unit."""

    equation: str
    difference: str
    equivalent: str
    unit: str


def parallel_pair_parts(question: str) -> ParallelPair | None:
    """The equation of the smaller of two parallel resistors (see the module's docstring); None when the question is
    no such word problem. Raises ValueError when it reads as one but not safely (the larger asked, two units, a third
    resistor)."""
    text = number_words(question)
    relations = list(_RELATION.finditer(text))
    if not _PARALLEL.search(text) or not _RESISTORS.search(text) or len(relations) != 1:
        return None
    relation = relations[0]
    others = [m for m in _RESISTANCE.finditer(text) if not relation.start() <= m.start() < relation.end()]
    rest = text[: relation.start()] + text[relation.end() :]
    if len(others) != 1 or _THIRD.search(text):
        raise ValueError("two resistors in parallel are read from one difference and one equivalent resistance: "
                         "state them so")  # fmt: skip
    if _unit(relation["unit"]) != _unit(others[0]["unit"]):
        raise ValueError("the difference and the equivalent resistance are in two units: write them in one")
    if _LARGER.search(rest) or not _SMALLER.search(rest):
        raise ValueError("of two resistors in parallel havoc solves for the smaller one: ask for it (the larger is "
                         "the smaller plus the difference)")  # fmt: skip
    diff, value = relation["diff"], others[0]["value"]
    return ParallelPair(f"x*(x + {diff})/(2*x + {diff}) == {value}", diff, value, _unit(relation["unit"]))


# the resistor asked to go in parallel with one in place: "what resistor do I put in parallel?", "which value should I
# parallel with it", "what resistance in parallel brings it to ..."
_PARTNER_ASK = re.compile(
    r"\b(?:what|which)\b[^.?!]{0,40}?\b(?:in\s+parallel|parallel\s+(?:with|across|to)|to\s+parallel|shunt)\b"
    r"|\b(?:what|which)\s+(?:value\s+(?:of\s+)?)?(?:resistor|resistance|value)\s+(?:do|should|must|would|will|to)\b"
    r"[^.?!]*\bparallel",
    re.I,
)
# the resistance the pair must make: "the combo to read exactly 330 Ω", "equivalent of 330 ohm", "bring it down to 330 Ω"
_TARGET = re.compile(
    r"\b(?:combo|combination|equivalent|effective|net|total|overall|pair|together|down\s+to|(?:bring|get|pull|take)\s+it"
    rf"\s+to)\b[^.?!\d]{{0,30}}?(?<![\w.])(?P<value>{UNSIGNED})\s*{_OHM}",
    re.I,
)


@dataclass(frozen=True)
class ParallelPartner:
    """The equation in x (the resistor to add in parallel), the resistance in place, the one the pair must make and
    the unit."""

    equation: str
    present: str
    equivalent: str
    unit: str


def parallel_partner_parts(question: str) -> ParallelPartner | None:
    """The resistor to put in parallel with one in place so that the pair makes a stated resistance: "it's 470 Ω and
    I need the combo to read exactly 330 Ω. what resistor do I put in parallel?" -> x*470/(x + 470) == 330 in x
    (x > 0; 1/x = 1/330 - 1/470). None when the question is no such problem; raises ValueError when it reads as one
    but not safely (other than two resistances, two units, a pair meant to make more than the one in place)."""
    text = number_words(question)
    if not _PARTNER_ASK.search(text) or _RELATION.search(text) or _THIRD.search(text):
        return None
    targets = list(_TARGET.finditer(text))
    if len(targets) != 1:
        return None
    target = targets[0]
    values = list(_RESISTANCE.finditer(text))
    others = [m for m in values if m.start("value") != target.start("value")]
    if len(values) != 2 or len(others) != 1:
        raise ValueError("a resistor put in parallel is read from the one in place and the resistance the pair must "
                         "make: state those two")  # fmt: skip
    present = others[0]
    if _unit(present["unit"]) != _unit(target["unit"]):
        raise ValueError("the resistance in place and the one the pair must make are in two units: write them in one")
    if float(target["value"]) >= float(present["value"]):
        raise ValueError("a resistor in parallel only lowers the resistance: the pair cannot make "
                         f"{target['value']} from {present['value']}")  # fmt: skip
    value, equivalent = present["value"], target["value"]
    equation = f"x*{value}/(x + {value}) == {equivalent}"
    return ParallelPartner(equation, value, equivalent, _unit(present["unit"]))


def _unit(unit: str) -> str:
    """A resistance unit written one way: "Ω", "ohm", "ohms" -> "ohm"; "kΩ", "k ohm" -> "kohm"."""
    return re.sub(r"\s|s$", "", unit.lower().replace("ω", "ohm"))


def parallel_pair_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: two resistors in parallel, one larger than the other by a stated amount, and their
    equivalent resistance; or the resistor to put in parallel with one in place for a stated equivalent."""
    try:
        found = parallel_pair_parts(text) is not None or parallel_partner_parts(text) is not None
    except ValueError:
        found = True  # read as this problem, so the planner says what it needs
    return outscore(scores, "algebra") if found else 0.0
