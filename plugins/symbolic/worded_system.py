"""A linear system stated in words, as counts of named things and their totals, read into A x = b.

"Three buses plus two trams move 540 passengers per trip in total; one bus plus four trams move 580. ... how many
passengers per tram?": each clause is a sum of counted things ("3 buses plus 2 trams", "one bus and 4 trams") joined
by "plus", "and", "with", "+" or a comma, then a verb and the total ("move 540", "cost $12", "weigh a total of 31").
The things are the unknowns (a plural read as its singular, "buses" -> "bus"; a thing named by a letter, "3 passes
of bucket A plus 2 of bucket B load 690 t; one pass of A ...", is that letter); there must be as many clauses as
things, 2 or 3, every clause naming things only from that set. The thing the ask names ("per tram", "each tram",
"one bus") is the unknown asked; none or several: all of them. Only text is read here; the planner solves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.nouns import singular
from plugins.api.prose import DECIMAL, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.linear_system import fraction_text

_COUNT = rf"(?:{DECIMAL}|one|an?|single)"
# a word that can name a thing counted, no joining word ("3 trucks and did ...": "and" is none)
_WORD = r"(?!(?:and|or|plus|with|did|do|does|make|made|move|moved|cost|the|then|each|per)\b)[A-Za-z][a-z]{2,}"
# a thing, by one word or a kind word and its noun ("reach trucks", "pallet jacks")
_THING = rf"(?:{_WORD}\s+)?{_WORD}"
# a thing named by a letter, after its kind or alone: "bucket A", "A" (the letter is its name; the mode's scores
# read the question in lower case, "bucket a")
_LABELLED = r"(?:[A-Za-z][a-z]{2,}\s+)?[A-Za-z](?![\w'])"
# the measure counted of a thing: "passes of", "bags of the", "of" ("two of bucket B")
_MEASURE = r"(?:(?:[a-z]{3,}\s+)?of\s+(?:the\s+)?)?"
_TERM = rf"(?<![\w.$])(?P<count>{_COUNT})\s+(?:extra\s+|more\s+)?{_MEASURE}(?P<thing>{_LABELLED}|{_THING})"
_JOIN = r"\s*(?:,\s*(?:and|plus)?|\+|\bplus\b|\band\b|\bwith\b|\btogether\s+with\b)\s*"
# the totals' verb and value: "move 540", "cost $12", "weigh a total of 31", "together carry 580", "come to 90"
_TOTAL = (
    r"(?:\s*,?\s+and)?\s+(?:(?:together|combined|altogether|jointly|in\s+total)\s+)?"
    r"(?!(?:and|or|plus|with|by|of|in|on|at|to|from|per|the|a|an|each|then|than|vs|versus|but|while)\b)"
    r"(?P<verb>[a-z]+)(?:\s+(?:to|up\s+to|for))?\s+"
    rf"(?:(?:a\s+total\s+of|in\s+total|exactly|about)\s+)?[$€£]?\s?(?P<value>{DECIMAL})(?!\d|\.\d)"
)
_CLAUSE = re.compile(rf"{_TERM}(?:{_JOIN}{_TERM})+{_TOTAL}".replace("(?P<count>", "(?:").replace("(?P<thing>", "(?:"),
                     re.I)  # fmt: skip
_ONE_TERM = re.compile(_TERM, re.I)
# words that are never things counted: "3 times", "2 more", "each", "per"
_NOT_THINGS = frozenset("times more less fewer than each every per".split())
# words of a statistical question about counts, which no system in words asks
_STATISTICS = re.compile(
    r"\bchi(?:-?sq|\b|²|2\b)|\bp-?values?\b|\btests?\b|\banova\b|\bmeans?\b|\baverages?\b|\bregression\b|\bprobabilit|"
    r"\bsignifican|\bproportions?\b|\bdefect|\brates?\b",
    re.I,
)
_ASK = re.compile(r"\b(?:how\s+(?:many|much)|what|find|determine|solve\s+for)\b[^.;!?]*", re.I)
# a letter defined by words: "a = pallets/hr one reach truck moves", "let x be the rate of one press, y the rate of
# one lathe" (a "let" lists its letters by commas and "and"; "x = 5" is a value, no definition)
_LETTER_EQUALS = re.compile(r"(?<![\w/.])(?P<letter>[A-Za-z])\s*=\s*(?=[A-Za-z])(?P<words>[^,;.]+)")
_LET = re.compile(r"\blet\s+(?P<items>[A-Za-z]\b[^.;]+)", re.I)
_LET_ITEM = re.compile(r"^(?P<letter>[A-Za-z])\s*(?:=|\b(?:be|denote|for|as)\b)?\s*(?P<words>.+)$", re.I)
# an ask for one letter alone: "solve for a", "find y", "what is b?"
_LETTER_ASKED = re.compile(r"\b(?:solve\s+for|find|determine|what\s+is)\s+(?P<letter>[A-Za-z])\s*$", re.I)


@dataclass(frozen=True)
class WordedSystem:
    """A x = b of a system in words: A's rows and b as fraction text, the things (unknowns), the clauses as written,
    and the thing asked (None: all of them)."""

    rows: list[list[str]]
    rhs: list[str]
    unknowns: list[str]
    equations: list[str]
    asked: str | None


def _name(thing: str) -> str:
    """The unknown a thing counted stands for: its letter where it has one, in capitals ("bucket A", "a" -> "A"),
    else its words with the noun in the singular ("trams" -> "tram", "reach trucks" -> "reach truck")."""
    label = re.search(r"(?<![A-Za-z])[A-Za-z]$", thing)
    if label:
        return label.group().upper()
    *kind, noun = thing.lower().split()
    return " ".join([*kind, singular(noun)])


def _head(name: str) -> str:
    """A thing's noun, its last word: "pallet jack" -> "jack"."""
    return name.split()[-1]


def _unified(names: set[str]) -> dict[str, str]:
    """Each name to the thing it stands for: a bare noun said later of a thing first named with its kind ("jacks"
    after "pallet jacks") to that thing, where exactly one thing has that noun; a bare kind, the noun left out
    ("thermophilic" after "thermophilic culture"), to the one thing of that kind where no thing has it as its noun;
    every other name to itself."""
    merged = {}
    for name in names:
        longer = [other for other in names if " " in other and _head(other) == name]
        if not longer:
            longer = [other for other in names if " " in other and other.split()[0] == name]
        merged[name] = longer[0] if " " not in name and len(longer) == 1 else name
    return merged


def _mentioned(text: str, things: list[str]) -> set[str]:
    """The things a text names by their words ("one pallet jack", "reach trucks"); none so: the things whose noun
    alone it names, where no other thing shares that noun; none so either: the things whose kind alone it names ("one
    thermophilic pack" of "thermophilic culture"), where no other thing shares that kind."""

    def says(words: str) -> bool:
        return re.search(rf"\b{re.escape(words)}(?:e?s)?\b", text, re.I) is not None

    full = {thing for thing in things if " " in thing or len(thing) > 1} & {t for t in things if says(t)}
    if full:
        return full
    heads = [_head(thing) for thing in things]
    named = {thing for thing in things if heads.count(_head(thing)) == 1 and says(_head(thing))}
    if named:
        return named
    kinds = [thing.split()[0] for thing in things]  # "one thermophilic pack" of "thermophilic culture"
    return {t for t in things if " " in t and kinds.count(t.split()[0]) == 1 and says(t.split()[0])}


def _letters(text: str, things: list[str]) -> dict[str, str | None]:
    """The letters the text defines by words, each to the one thing its words name (None: no one thing):
    "b = pallets/hr one pallet jack moves" -> {"b": "pallet jack"}."""
    found: dict[str, str | None] = {}
    for letter, words in _definitions(text):
        named = _mentioned(words, things)
        found[letter] = named.pop() if len(named) == 1 else None
    return found


def _definitions(text: str) -> list[tuple[str, str]]:
    """Each letter the text defines by words and those words: "x = parts/h of one press", and each item a "let"
    lists ("let a be ... for one reach truck, b for one pallet jack")."""
    found = [(m["letter"], m["words"]) for m in _LETTER_EQUALS.finditer(text)]
    for let in _LET.finditer(text):
        for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=[A-Za-z]\b)", let["items"]):
            if m := _LET_ITEM.match(item.strip()):
                found.append((m["letter"], m["words"]))
    return found


def _without_definitions(text: str) -> str:
    """The text less the words that define its letters ("let x be the rate of one press" says no rate tested)."""
    return _LET.sub("", _LETTER_EQUALS.sub("", text))


def _asked_thing(text: str, things: list[str]) -> tuple[bool, str | None]:
    """Whether the ask can be read, and the thing it asks (None: all of them). An ask for a letter alone ("solve
    for a", "find y") asks the thing that letter is defined as; a letter neither a thing nor defined as one is
    unread. Otherwise the thing the last ask names ("per tram", "one pallet jack")."""
    asks = [m.group() for m in _ASK.finditer(text)]
    letter = _LETTER_ASKED.search(asks[-1].strip()) if asks else None
    if letter and letter["letter"].upper() not in things:
        defined = _letters(text, things).get(letter["letter"])
        return defined is not None, defined
    words = [word for ask in asks[-1:] for word in re.findall(r"[A-Za-z]+", ask)]
    named = {_asked_name(word) for word in words} & set(things)
    named = named or {thing for ask in asks[-1:] for thing in _mentioned(ask, things)}
    return True, named.pop() if len(named) == 1 else None


def _asked_name(word: str) -> str:
    """The unknown a word of the ask may name: a letter as a label ("B"; not the words "a" and "I"), else the
    word in the singular."""
    if len(word) == 1 and word not in {"a", "I"}:
        return word.upper()
    return singular(word.lower())


def _count(text: str) -> Fraction:
    """A count as a fraction: "one", "a", "an" and "single" are 1."""
    return Fraction(1) if text.lower() in {"one", "a", "an", "single"} else Fraction(text)


def _clauses(text: str) -> list[tuple[dict[str, Fraction], Fraction, str]] | None:
    """Each clause's counts of things, its total and its words; None when a clause counts one thing twice or names
    a word that is no thing ("3 times")."""
    found = []
    for m in _CLAUSE.finditer(text):
        counts: dict[str, Fraction] = {}
        for term in _ONE_TERM.finditer(text, m.start(), m.start("verb")):
            thing = _name(term["thing"])
            if thing in counts or thing in _NOT_THINGS:
                return None
            counts[thing] = _count(term["count"])
        found.append((counts, Fraction(m["value"]), m.group()))
    return found


def worded_system(question: str) -> WordedSystem | None:
    """The linear system a question states in words (see the module's docstring); None when it states none, or its
    clauses do not give one equation per thing counted."""
    text = plain_text(question)
    if not _ASK.search(text) or _STATISTICS.search(_without_definitions(text)):
        return (
            None  # counts listed with no ask, or tabled for a test ("shift 2: 10 dents, 30 scratches ... chi-square")
        )
    clauses = _clauses(text)
    if not clauses or len(clauses) < 2:
        return None
    merged = _unified({thing for counts, _, _ in clauses for thing in counts})
    clauses = [({merged[thing]: n for thing, n in counts.items()}, total, words) for counts, total, words in clauses]
    if any(
        len(counts) < len(before) for (counts, _, _), (before, _, _) in zip(clauses, _clauses(text) or [], strict=True)
    ):
        return None  # one thing counted twice in a clause, by its full name and its noun
    things = sorted({thing for counts, _, _ in clauses for thing in counts})
    if len(things) != len(clauses) or len(things) > 3:
        return None
    rows = [[fraction_text(counts.get(thing, Fraction(0))) for thing in things] for counts, _, _ in clauses]
    rhs = [fraction_text(total) for _, total, _ in clauses]
    read, asked = _asked_thing(text, things)
    if not read:
        return None
    return WordedSystem(rows, rhs, things, [words for _, _, words in clauses], asked)


def worded_system_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a linear system stated in words, counts of things and their totals, two groups' total
    and how they compare, two kinds' amounts per item (or kinds named by them, "the 50 mg arm") and the totals of
    items and amount, a total time split between two kinds at their rates ("main etch 85 nm/min, overetch 30"), or a
    composition's remainder split by a ratio ("remainder: lactose and MCC in a 3:2 ratio")."""
    from plugins.symbolic.numbered_system import numbered_system
    from plugins.symbolic.remainder_split import remainder_split
    from plugins.symbolic.time_split import time_split
    from plugins.symbolic.worded_mixture import sized_mixture, worded_mixture
    from plugins.symbolic.worded_pair import worded_pair

    read = worded_system(text) or worded_pair(text) or worded_mixture(text) or sized_mixture(text) or time_split(text)
    read = read or numbered_system(text)  # "box 1 reads 200 cfm more than box 2, and box 3 gets half of ..."
    read = read or remainder_split(text)  # "250 mg tablet: API 50 mg; ... remainder lactose and MCC 3:2"
    return outscore(scores, "algebra") if read is not None else 0.0
