"""Factors whose levels a design question lists: "three temperatures (900, 950, 1000 °C), two times (30 and 60 min)
and two ambients (N2, Ar)" -> levels [3, 2, 2]. A count, a plural noun and the levels in brackets make one factor;
two such factors or more make the design's factors. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from plugins.api.reasoning import PlanError
from plugins.doe.reasoning_counts import WORD_NUMBER_WORDS, WORD_NUMBERS

_WORDS = WORD_NUMBER_WORDS
_LISTED = re.compile(
    rf"\b(?P<count>\d+|{_WORDS})\s+(?:[a-z][\w/-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*s)\s*\((?P<items>[^()]*)\)", re.I
)
# counts of a design's runs, not factors: "2 replicates (...)", "4 centre points (...)", "2 blocks (...)"
_NOT_FACTORS = {"replicates", "reps", "repeats", "runs", "trials", "blocks", "points", "replications"}
# counts of factors, their names in brackets: "6 mill factors (fdt, ct, speed, ...)" is no factor of 6 levels
_FACTOR_NOUNS = {"factors", "variables", "parameters", "components", "ingredients", "inputs", "settings"}
_SEPARATOR = re.compile(r"\s*(?:[,;/]|\band\b|\bor\b)\s*", re.I)
_UNIT_AFTER = re.compile(r"\s+[a-zµ°%][\w°%.]*/[\w°%.]+$", re.I)  # a unit written with a slash after the last level
_NO_SLASH = re.compile(r"\s*(?:[,;]|\band\b|\bor\b)\s*", re.I)  # a unit's slash ("seeds/m2") splits no levels


def _listed_at(question: str) -> list[tuple[int, list[str]]] | None:
    """Where each listed factor starts and its levels as written, in the order written; None when fewer than two
    factors list their levels. PlanError when a factor's count differs from the levels listed."""
    found = []
    for m in _LISTED.finditer(question):
        if m["noun"].lower() in _NOT_FACTORS:
            continue
        count = int(m["count"]) if m["count"].isdigit() else WORD_NUMBERS[m["count"].lower()]
        found.append((m, count, [item for item in _SEPARATOR.split(m["items"].strip()) if item]))
    matched = [(m.start(), items) for m, count, items in found if count == len(items) and count >= 2]
    if len(matched) < 2:
        return None
    if unequal := next((m.group(0) for m, count, items in found if count != len(items)), None):
        raise PlanError(f"{unequal!r}: the number of levels and the levels listed differ; state them once")
    return matched


def listed_spans(question: str) -> list[tuple[int, int, list[str]]]:
    """Where each factor that lists as many levels as it counts starts and ends, and its levels as written ("3 n rates
    (80/140/200)" -> ["80", "140", "200"]), however many there are: one may stand among factors said another way
    ("× fungicide (yes/no)")."""
    found = []
    for m in _LISTED.finditer(question):
        count = int(m["count"]) if m["count"].isdigit() else WORD_NUMBERS[m["count"].lower()]
        written = m["items"].strip()
        unitless = _UNIT_AFTER.sub("", written)  # "(1/2/4 l/ha)": the levels before their unit
        for text, separator in ((written, _SEPARATOR), (written, _NO_SLASH), (unitless, _SEPARATOR)):
            items = [item for item in separator.split(text) if item]  # "(80/140/200)", "(100, 150, 200 seeds/m2)"
            if m["noun"].lower() not in _NOT_FACTORS | _FACTOR_NOUNS and count == len(items) >= 2:
                found.append((m.start(), m.end(), items))
                break
    return found


def listed_factors(question: str) -> list[list[str]] | None:
    """Each listed factor's levels as written ("900", "950", "1000 degC"), in the order written; None when fewer than
    two factors list their levels. PlanError when a factor's count differs from the levels listed ("three
    temperatures (900, 950)")."""
    listed = _listed_at(question)
    return [items for _, items in listed] if listed else None


def listed_levels(question: str) -> list[int] | None:
    """Each listed factor's number of levels ("three temperatures (900, 950, 1000 °C), two times (30 and 60 min)"
    -> [3, 2]); None when fewer than two factors list their levels."""
    listed = listed_factors(question)
    return [len(items) for items in listed] if listed else None


def listed_levels_at(question: str) -> list[tuple[int, int]] | None:
    """Where each listed factor starts and its number of levels (to place beside factors said another way, "3 hop
    varieties × 2 temps (14 and 20 °C)"); None when fewer than two factors list their levels."""
    listed = _listed_at(question)
    return [(start, len(items)) for start, items in listed] if listed else None
