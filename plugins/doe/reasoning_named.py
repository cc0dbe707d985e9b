"""Factors a design question names in a list instead of counting them: "temperature, pressure, line speed and
dwell time, each at two levels" (4), "Box-Behnken on temperature, pH and agitation speed" (3), "the factors are
A, B and C", "3 factors (temperature, pH, speed)". A list counts only where the text says it is the factors:
after a design word and a preposition ("a full factorial in ..."), after a verb of study ("we vary ..."), "the
effects of", "factors:" or "factors (...)", or before "are each / each at / all at / both at". Names are one to
four words with no number, no design vocabulary and no connective; labels in brackets ("(factor A)", "(X1)")
are left out. Nothing is evaluated here.
"""

from __future__ import annotations

import re

from plugins.api.reasoning import PlanError
from plugins.doe.reasoning_counts import WORD_NUMBER_WORDS

# words no factor's name holds: connectives, the design's own vocabulary, numbers in words
NOT_NAME = (
    r"and|or|each|every|all|both|at|with|plus|in|on|for|of|over|using|by|to|from|are|were|is|be|being|as|per|"
    r"the|a|an|its|their|we|i|you|how|many|what|which|need|needed|want|runs?|levels?|level|factors?|variables?|"
    r"replicates?|replicated|replications?|reps?|duplicate|triplicate|cent(?:er|re)s?|points?|blocks?|blocked|"
    r"designs?|factorial|fractional|full|complete|experiments?|trials?|resolution|effects?|interactions?|"
    r"responses?|model|quadratic|linear|main|box-behnken|box|behnken|composite|central|ccd|plackett-burman|"
    r"plackett|screening|total|twice|thrice|once|then|so|if|that|this|these|those|" + WORD_NUMBER_WORDS
)
# "w/c", "n/p ratio", an ion's charge "fe2+"
_WORD = rf"(?!(?:{NOT_NAME})(?![\w-]))[a-z][a-z0-9'-]*\+?(?:/[a-z0-9'-]+)?"
# "level" ends a name after a word of it ("vacuum level", "fill level"), never after a number ("two level"), and
# so does a unit's percent sign ("fly ash %")
NAME_LEVEL = r"(?:\s+level(?![\w-]))?(?:\s*%)?"
# a factor's levels written after its name with slashes: "jet bridge y/n", "coating on/off", "crew size 4/5/6",
# "dwell 10/20/30 s"; short words or numbers (a unit after them), so "w/c" or "n/p ratio" alone stays a name
_LEVEL_WORD = r"(?:\d+(?:\.\d+)?|[a-z]{1,5})"
SLASHED_LEVELS = rf"\s+(?P<slashed>{_LEVEL_WORD}(?:\s*/\s*{_LEVEL_WORD})+)(?:\s*(?:[a-z]{{1,3}}|°[a-z]?|%))?(?![\w/])"
_ITEM = (  # "depth of cut" is one name
    rf"(?:(?:the|a|an)\s+)?{_WORD}(?:\s+(?:of\s+)?{_WORD}){{0,3}}{NAME_LEVEL}"
    rf"(?:{SLASHED_LEVELS.replace('?P<slashed>', '?:')})?"
)
# two or more names joined by "and" (Oxford comma or not), or three or more by commas alone
_LIST = rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*\s*,?\s*(?:and|&)\s+{_ITEM}|{_ITEM}(?:\s*,\s*{_ITEM}){{2,}})"
_END = (
    r"(?=\s*(?:[,.;:?!)]|$|\b(?:with|plus|each|all|both|at|in|using|are|were|is|and|as|to|for|on|replicated|run|"
    r"how)\b))"
)
_DESIGN = (
    r"(?:design|factorial|box\W?behnken|behnken|composite|ccd|plackett-burman|burman|experiment|doe|study|screen)\w*"
)
_BEFORE = (
    rf"\b{_DESIGN}\s+(?:design\s+|experiment\s+)?(?:on|in|for|of|with|over|covering|involving)\s+",
    r"\b(?:study|studying|studied|vary|varying|varied|investigate|investigating|screen|screening|examine|examining|"
    r"explore|exploring|test|testing|manipulate|manipulating)\s+(?:the\s+)?(?:effects?\s+of\s+)?",
    r"\beffects?\s+of\s+",
    r"\b(?:factors?|variables?)(?![\w-])\s*(?:(?:are|were|being|include|includes|including)\s*|[:=]\s*)?",
    # what is optimised or studied, then its factors after a colon: "optimizing fenton oxidation for the leachate:
    # h2o2 dose, fe2+ dose, ph.", "tuning the coater: speed, temperature and gap"
    r"\b(?:optimi[sz](?:e|es|ed|ing)|tun(?:e|es|ed|ing)|study(?:ing)?|vary(?:ing)?|screen(?:ing)?|"
    r"investigat(?:e|es|ing)|explor(?:e|es|ing))\b[^.;:!?\n]*:\s*",
)
_AFTER = r"\s*,?\s*(?:(?:are|were)\s+)?(?:each|all|both)\b"
# a list opening a sentence, or after a colon ("full factorial: a, b and c, each at") that no response names
_START = r"(?:^|[.;!?]\s+|(?<!response)(?<!responses)(?<!output)(?<!outputs)(?<!measured):\s+)"
_BRACKET = re.compile(r"\(([^()]*)\)")
# an aside between dashes, read as one in brackets: "three factors — dose, velocity, and temperature — each at"
_DASHED = re.compile(r"\s*(?:—|–|\s--?\s)\s*([^—–()\n]+?)\s*(?:—|–|\s--?\s)\s*")


def listed_names(found: str) -> list[str]:
    """The names of a list read: "temperature, ph and agitation speed" -> ["temperature", "ph", "agitation speed"];
    levels written after a name with slashes are no part of it ("jet bridge y/n" -> "jet bridge")."""
    items = [name.strip() for name in re.split(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", found) if name.strip()]
    return [name_and_levels(item)[0] for item in items]


def name_and_levels(item: str) -> tuple[str, list[str]]:
    """A factor's name and the levels written after it with slashes: "crew size 4/5/6" -> ("crew size", ["4", "5",
    "6"]), "jet bridge y/n" -> ("jet bridge", ["y", "n"]), "w/c" -> ("w/c", []) (a slashed word alone is a name)."""
    m = re.search(rf"(?<=[a-z0-9'%-]){SLASHED_LEVELS}\s*$", item)
    if m is None:
        return item, []
    return item[: m.start()].strip(), [level.strip() for level in m.group("slashed").split("/")]


# a list said to go on past its last name: "jaw temp, dwell, film tension, etc", "a, b, c and so on", "a, b, c ..."
_GOES_ON = re.compile(r"\s*,?\s*(?:etc\b\.?|et\s+cetera\b|and\s+so\s+(?:on|forth)\b|among\s+others\b|\.\.\.|…)")


def _partial(names: list[str], after: str) -> bool:
    """Whether a list read is only some of the factors: its last name is "etc" ("jaw temp, dwell, n2 flow, etc"), or
    the words after it say it goes on ("..., and so on", "...")."""
    return names[-1] in {"etc", "etc.", "et cetera"} or _GOES_ON.match(after) is not None


def _factor_brackets(q: str) -> list[int]:
    """Counts of names listed in brackets right after a factor noun: "3 factors (temperature, ph, speed)"; a list
    that goes on ("7 factors (jaw temp, dwell, film tension, etc)") counts none."""
    counts = []
    for m in re.finditer(r"\b(?:factors?|variables?)\s*\(([^()]*)\)", q):
        listed = re.fullmatch(rf"\s*{_LIST}\s*", m.group(1))
        if listed and not _partial(listed_names(listed.group("list")), m.group(1)[listed.end("list") :]):
            counts.append(len(listed_names(m.group(1))))
    return counts


def named_factor_count(question: str) -> int | None:
    """How many factors the question names in a list said to be its factors; None when it names none.

    PlanError when two such lists count differently."""
    q = _DASHED.sub(r" (\1) ", question.lower())  # "three factors — dose, velocity, and temperature — each at"
    counts = set(_factor_brackets(q))
    text = _BRACKET.sub(" ", q)  # labels: "temperature (factor a), ph (factor b)"
    found = [m for before in _BEFORE for m in re.finditer(before + _LIST + _END, text)]
    found += re.finditer(_START + _LIST + "(?=" + _AFTER + ")", text)
    for m in found:
        names = listed_names(m.group("list"))
        if not _partial(names, text[m.end("list") :]):
            counts.add(len(names))
    if len(counts) > 1:
        raise PlanError(f"the question names lists of {sorted(counts)} factors: say how many factors, e.g. '3 factors'")
    return counts.pop() if counts else None


# a list's levels said of all its names at once: ", each at two levels", "are all studied at 3 levels", "(3 levels
# each)", "at 2 levels each"
_ALL_AT = (
    r"(?:\s*,?\s*(?:(?:are|were)\s+)?(?:each|all|both)\s+(?:\w+\s+)?(?:at|with|on|having)\s+\S+[\s-]+levels?\b"
    r"|\s*,?\s*each\s+(?:at|with|on)\s+[a-z][\w-]*(?:\s*/\s*[a-z][\w-]*)+(?![\w/])"  # "each at low/mid/high"
    r"|\s*\(\s*\S+[\s-]+levels?\s+each\s*\)|\s+(?:at|with|on)\s+\S+[\s-]+levels?\s+each\b)"
)
# what ends the words before a list rather than naming a factor: "in a 2^3 factorial, a, b and c, each at 2 levels"
_PREAMBLE_END = rf"(?:{_DESIGN}|factors?|variables?|parameters?|\d+(?:\s*\^\s*\d+)?)\s*$"


def listed_counts(question: str) -> list[int]:
    """A second, broad reading of the factors named in lists whose levels are said of all of them at once
    ("cure temperature, dwell time, autoclave pressure and vacuum level, each at two levels" -> [4]): every item
    between commas and "and" from the clause's start, the words before the list counted as a name unless they end
    in a design word or a count ("in a 2^3 factorial, ..."). The audit holds the design's factors to their sum."""
    counts = []
    for m in re.finditer(rf"([^.;:!?()]*?){_ALL_AT}", question.lower()):
        items = [i for i in re.split(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", m.group(1)) if i.strip()]
        if items and re.search(_PREAMBLE_END, items[0]):
            items = items[1:]
        if len(items) >= 2:
            counts.append(len(items))
    return counts
