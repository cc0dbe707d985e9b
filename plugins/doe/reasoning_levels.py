"""How design questions state the levels of their factors: "3x3x3", "3 x 3 x 3", "3*3*3" (plain_text's
"×"), "2 x 3 x 4 factorial", "a 2^2 x 3 design", "3^3 factorial", "three factors at three levels", "3
factors with 3 levels each", "three 3-level factors", "4 factors: 2 at two levels and 2 at three levels",
"3 levels of temperature", "each factor at 4 levels", "melt temperature at 3 levels, hold pressure at 2 levels",
"thickness, reduction and speed (3 levels each) plus nitrogen on/off and brand (2 levels each)".

``factor_levels`` reads the levels of every factor; a number of levels other than 2 that it cannot place
is refused, so a multi-level factorial is never planned as a two-level one. ``levels_said`` is a second,
broad reading (every number beside "level(s)", every base of a power and term of a product) that the
audit holds the design's levels against.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from plugins.api.prose import blank_spans
from plugins.api.reasoning import PlanError
from plugins.doe.reasoning_counts import WORD_NUMBER_WORDS, WORD_NUMBERS
from plugins.doe.reasoning_listed import listed_levels_at, listed_spans
from plugins.doe.reasoning_named import NAME_LEVEL, NOT_NAME, listed_names, name_and_levels

_WORDS = WORD_NUMBER_WORDS
_NUM = rf"(?:\d+|{_WORDS})"
_NUM_WORD = rf"\b(?:\d+|{_WORDS})\b"
_COUNT = rf"(?P<count>\d+|{_WORDS}|an?)"
_LEVELS = rf"(?P<levels>{_NUM}(?:\s*(?:,\s*(?:and\s+)?|\band\s+|/)\s*{_NUM})*)[\s-]+levels?\b"
_NOUN = r"(?:factors?|variables?|ones?)\b"
_PREP = r"(?:at|with|having|of|on)\s+"
_TIMES = r"(?:[x×*]|by)\s*"  # "3 factors x 3 levels each", "3 factors by 3 levels"
# (count, levels) per group of factors, in the order they are tried; a matched span is read once
_GROUPS = (
    # "3 factors at 3 levels", "three factors, three levels each", "3 factors x 3 levels each", "2 at two levels", "3 factors with 2, 3 and 4 levels"
    rf"\b{_COUNT}\s+(?:{_NOUN}\s*[,:]?\s*(?:(?:each|all)\s+)?(?:{_PREP}|{_TIMES})?|(?:(?:each|all)\s+)?{_PREP}){_LEVELS}(?:\s+each)?"
    r"(?P<bracket>\s*\((?P<names>[^()]*)\))?",  # "3 factors at 2 levels each (envelope type, incentive yes/no, ...)"
    # "three 3-level factors", "a four-level factor", "3 two-level factors (a, b, c)" (the names bracketed after them)
    rf"\b{_COUNT}\s+(?P<levels>{_NUM})[\s-]+levels?\s+(?P<noun>{_NOUN})(?P<bracket>\s*\((?P<names>[^()]*)\))?",
    rf"\b(?P<levels>{_NUM})\s+levels?\s+(?:of|for)\s+(?!(?:each|every|all|the|them|these)\b)[a-z]\w*",  # "3 levels of temp"
    rf"\b(?:factor|variable)\s+[a-z]\w*\s+(?:at|with|has|having|on)\s+(?P<levels>{_NUM})\s+levels?\b",  # "factor A at 3 levels"
)
# the levels of every factor: "each factor at 4 levels", "4 levels for each factor", "a 3-level full factorial"
# factors named in a list, each with its levels: "melt temperature at 3 levels, hold pressure at 2 levels",
# "conveyor speed (3 levels), carton type (2 levels) and wave size (4 levels)"
_VARY = (
    r"vary|varying|test|testing|study|studying|investigate|investigating|screen|screening|examine|examining|cross|"
    r"crossing|crossed|combine|combining"
)
# what stands before a factor named in a list or a product: "..., pressure (...)", "(3 levels) × pressure (...)"
# (a dash between spaces too: "test matrix — fan speed at 3 levels", its dash written "-" by plain_text)
_BEFORE_NAME = rf"(?:^|[,;:.×*—–]\s*|\s--?\s+|(?<![a-z])x\s+|\b(?:and|with|by|plus|{_VARY})\s+)"
# a factor added to others read already: "..., plus glass roving type at three levels", "and catalyst at 3 levels"
_ADDED = re.compile(r"^[\s,;]*(?:plus|and|with)\b")
_NAME_WORD = r"(?!(?:each|every|all|both|the|factors?|variables?|ones?|of|and|with|at)\b)[a-z][\w-]*"
_NAMED_FACTOR = (
    rf"{_BEFORE_NAME}(?:{_NAME_WORD}\s+(?:of\s+)?){{1,4}}?(?:(?:at|with|on)\s+|\(\s*)"  # "number of cells at 2 levels"
    rf"(?P<levels>{_NUM})[\s-]+levels?\b(?:\s*\))?"
)
# a factor named right before its levels, with no preposition or a colon: "number of cells in service 2 levels",
# "reagent lot: 3 levels" (a numbered list of factors); its words are
# no design vocabulary, count or connective ("full factorial 3 levels" names no factor)
_BARE_WORD = rf"(?!(?:{NOT_NAME})(?![\w-]))[a-z][\w'-]*"
_BARE_FACTOR = (
    rf"{_BEFORE_NAME}{_BARE_WORD}(?:\s+(?:(?:of|in)\s+)?{_BARE_WORD}){{0,4}}\s*:?\s+"
    rf"(?P<levels>{_NUM})[\s-]+levels?\b(?!\s*(?:each|of|for|per)\b)"
)
# a factor named with its levels in brackets, written with slashes: "time pressure (yes/no)", "difficulty (easy/hard)",
# "catalyst (A/B/C)"; as many levels as the words between the slashes
_SLASHED_FACTOR = (
    rf"{_BEFORE_NAME}(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}\s*"
    r"\(\s*(?P<items>[a-z][\w-]*(?:\s*/\s*[a-z][\w-]*)+)\s*\)"
)
# a two-level factor named with its switch, brackets or none: "compression on/off", "coating (yes or no)",
# "stirring with/without", "inhibitor present/absent"
_SWITCH_PAIRS = (("on", "off"), ("yes", "no"), ("with", "without"), ("present", "absent"), ("enabled", "disabled"),
                 ("true", "false"))  # fmt: skip
SWITCH = "|".join(rf"{a}\s*(?:/|\bor\s+){b}\b|{b}\s*(?:/|\bor\s+){a}\b" for a, b in _SWITCH_PAIRS)
_SWITCHED_FACTOR = (
    rf"{_BEFORE_NAME}(?:{_NAME_WORD}\s+){{0,2}}{_NAME_WORD}\s*(?:\(\s*|:\s*)?(?P<switch>{SWITCH})(?:\s*\))?"
)
# a factor counted by its plural noun in a product of factors: "irrigation at 3 levels × two cultivars",
# "three temperatures x two catalysts x four pressures", or in a list of factors named with their levels (a count
# of runs, "2 replicates", "12 samples", is no factor)
_CROSS = r"(?:[×*]|(?<![a-z0-9])x(?![a-z0-9])|\bby\b|\bcrossed with\b)"
_NOT_COUNTED = (
    r"(?:replicates|replications|reps|repeats|runs|trials|blocks|points|times|levels|factors|variables|experiments|"
    r"observations|measurements|samples|specimens|units|plots|days|hours|minutes|occasions|sessions)\b"
)
# a count of centre or axial points named by what is run there ("3 centre-point tanks", "4 center-point batches")
_POINT_RUNS = r"(?:cent(?:re|er)|mid|axial|star)[\s-]*points?\b"
# a word before the noun may join two with a slash: "4 container/closure types"; a factor's times or levels are named
# ("3 bake times", "2 humidity levels"), never only qualified ("3 more times", "3 different levels")
_NO_NAME = (
    r"(?!(?:different|distinct|possible|separate|equal|equally|evenly|fixed|coded|other|more|further|additional|"
    r"extra|consecutive|successive)\b)"
)
_NAMED = rf"(?:{_NO_NAME}{_NAME_WORD}(?:/[a-z][\w-]*)*\s+){{1,2}}?"
_PLURAL = (
    rf"(?!{_POINT_RUNS})(?:(?:{_NAME_WORD}(?:/[a-z][\w-]*)*\s+){{0,2}}?(?!{_NOT_COUNTED}){_NAME_WORD}s\b"
    rf"|{_NAMED}times\b)"
)
# a factor counted by its levels in a product: "2 humidity levels × 3 packs" (not "3 different levels")
_NAMED_LEVELS = rf"{_NAMED}levels\b"
_COUNTED_FACTOR = (
    rf"{_CROSS}\s*(?P<levels>{_NUM})\s+(?:{_PLURAL}|{_NAMED_LEVELS})(?!\s*\()",
    rf"\b(?P<levels>{_NUM})\s+(?:{_PLURAL}|{_NAMED_LEVELS})(?!\s*\()(?=\s*{_CROSS})",
    # an item of a list of named factors: "hop rate at 3 levels, contact time at 3 levels, 2 yeast strains"
    rf"(?:^|(?<=[,;:])\s*|\b(?:and|plus|{_VARY})\s+)(?P<levels>{_NUM})\s+{_PLURAL}(?!\s*\()(?=\s*(?:[,.;?]|\band\b|$))",
)
# names listed with the levels each of them has: "stencil thickness, aperture reduction and squeegee speed (3 levels
# each)", "nitrogen on/off and paste brand, each at 2 levels", "ph and dose at 3 levels each", after a spaced dash too
# ("on the vat - dose, temp and rennet, each at low/mid/high"), the levels named by words between slashes
_SLASHED_EACH = r"(?P<slashed>[a-z][\w-]*(?:\s*/\s*[a-z][\w-]*)+)(?![\w/])"
_LISTED_WORD = rf"(?!(?:{NOT_NAME})(?![\w/-]))[a-z][\w'-]*(?:/[\w'-]+)?"
_LISTED_ITEM = rf"(?:(?:the|a|an)\s+)?{_LISTED_WORD}(?:\s+(?:of\s+)?{_LISTED_WORD}){{0,3}}{NAME_LEVEL}"
_LISTED_EACH = (
    rf"(?:^|[,;:.(]\s*|\s-\s+|\b(?:on|in|of|over|across|plus|and|with|{_VARY})\s+)"
    rf"(?P<list>{_LISTED_ITEM}(?:\s*,\s*{_LISTED_ITEM})*(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+){_LISTED_ITEM})\s*"
    rf"(?:\(\s*(?P<levels>{_NUM})[\s-]+levels?\s+each\s*\)|,?\s*each\s+(?:at|with|on)\s+(?P<each>{_NUM})[\s-]+levels?\b"
    rf"|,?\s*each\s+(?:at|with|on)\s+{_SLASHED_EACH}"
    rf"|\s+(?:at|with|on)\s+(?P<at>{_NUM})[\s-]+levels?\s+each\b)"
)
_STUDIED = r"(?:studied|tested|run|set|varied|examined|investigated|held|considered)"  # "are all studied at 2 levels"
_EVERY = (
    rf"\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:{_NOUN}\s*)?(?:is\s+|are\s+)?(?:{_STUDIED}\s+)?(?:at|with|has|having|on)\s+(?P<levels>{_NUM})[\s-]+levels?\b",
    rf"\b(?P<levels>{_NUM})\s+levels?\s+(?:for|of|on|per|in)\s+(?:each|every|all)\b(?:\s+(?:of\s+the\s+)?{_NOUN})?",
    rf"\b(?P<levels>{_NUM})[\s-]+levels?\s+(?:(?:full|general|complete)\s+)*(?:factorial|design|experiment)",
)
_TERM = r"\d+(?:\s*\^\s*\d+)?"
_PRODUCT = rf"(?<![\w.^/(])(?P<terms>{_TERM}(?:\s*(?:x|\*|by)\s*{_TERM})+|\d+\s*\^\s*\d+)(?![\w.^/]|\s*-\s*\d)"
_DESIGN_WORD = r"(?:factorial|design|experiment|doe|layout|grid|arrangement)"
_AFTER = rf"^\s*(?:-?\s*levels?\s+)?(?:(?:full|general|complete|mixed[- ]level)\s+)*{_DESIGN_WORD}"
_BEFORE = rf"{_DESIGN_WORD}\s*(?:of|is|:|,)?\s*(?:an?\s+)?$"
_MULTI = r"\b(?:mixed|multi)[- ]?levels?\b|\bgeneral(?:ized)? (?:full )?factorial|\b(?:asymmetric|multilevel) factorial"
MAX_RUNS = 2**15  # as the two-level full factorial of 15 factors


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return 1 if word in {"a", "an"} else WORD_NUMBERS[word]


def _level_list(text: str) -> list[int]:
    return [_number(w) for w in re.findall(_NUM_WORD, text)]


def _product_terms(terms: str) -> list[int]:
    """Each factor's levels from "2^2 x 3": [2, 2, 3]."""
    out: list[int] = []
    for term in re.split(r"\s*(?:x|\*|by)\s*", terms.strip()):
        base, _, power = term.partition("^")
        out += [int(base)] * (int(power) if power else 1)
    return out


def _products(q: str) -> tuple[list[int] | None, str]:
    """The levels a product or power beside a design word states ("3x3x3 factorial"), and the text without it.

    A power of 2 alone ("2^3") is left to the two-level reading."""
    found: list[list[int]] = []
    for m in reversed(list(re.finditer(_PRODUCT, q))):
        terms = m.group("terms")
        if re.fullmatch(r"2\s*\^\s*\d+", terms):
            continue
        if re.search(_AFTER, q[m.end() :]) or re.search(_BEFORE, q[: m.start()]):
            found.append(_product_terms(terms))
            q = _blank(q, m)
    if len({tuple(sorted(f)) for f in found}) > 1:
        raise PlanError("the question writes two different factorials: name one design")
    return (found[0] if found else None), q


def _listed_each_levels(m: re.Match[str]) -> int:
    """The levels a list's match with ``_LISTED_EACH`` gives each of its names: a count ("each at 3 levels") or as
    many as the words between slashes ("each at low/mid/high" -> 3)."""
    if m.group("slashed"):
        return len(m.group("slashed").split("/"))
    return _number(m.group("levels") or m.group("each") or m.group("at"))


def _groups(q: str) -> tuple[list[int] | None, str]:
    """Levels of the factors the groups name ("2 at two levels and 2 at three levels"), in the order
    written, and the text without the groups read."""
    found: list[tuple[int, list[int]]] = []
    for pattern in _GROUPS:
        for m in list(re.finditer(pattern, q)):
            counts = _level_list(m.group("levels"))
            count = _number(m.groupdict().get("count") or "1")
            if len(counts) > 1 and "count" in m.groupdict() and count != len(counts):
                raise PlanError(f"{m.group(0)!r}: the number of factors and of level counts differ")
            found.append((m.start(), counts if len(counts) > 1 else counts * count))  # "with 2, 3 and 4 levels"
            q = blank_spans(q, [(m.start(), _group_end(m, count, counts))])
    for m in list(re.finditer(_LISTED_EACH, q)):  # "a, b and c (3 levels each)": as many factors as names
        levels = _listed_each_levels(m)
        found.append((m.start(), [levels] * len(listed_names(m.group("list")))))
        q = _blank(q, m)
    counted = [m for pattern in _COUNTED_FACTOR for m in re.finditer(pattern, q)]
    bare = [*re.finditer(_NAMED_FACTOR, q), *re.finditer(_BARE_FACTOR, q)]
    slashed = [*re.finditer(_SLASHED_FACTOR, q), *re.finditer(_SWITCHED_FACTOR, q)]
    named = [*_distinct(bare), *_distinct(slashed), *_distinct(counted)]
    named.sort(key=lambda m: m.start())
    # "3 n rates (80/140/200)": a counted factor listing its levels, beside factors named another way
    listed = [(a, b, items) for a, b, items in listed_spans(q) if not any(a < m.end() and m.start() < b for m in named)]
    if listed and named:
        for start, end, items in listed:
            found.append((start, [len(items)]))
            q = blank_spans(q, [(start, end)])
    if (
        len(named) >= 2 or (listed and named) or _added_to(found, named)
    ):  # one factor so named may stand beside others said some other
        # way: left unread, unless it is added to groups read already ("a, b and c at 2 levels each, plus d at 3")
        if re.search(r"\b(?:other|more|further|additional)\s+(?:\w+\s+)?(?:factors|variables)\b", q):
            raise PlanError("factors are named with their levels beside others whose levels are not said: give "
                            "every factor's levels")  # fmt: skip
        for m in named:
            found.append((m.start(), [_named_levels(m)]))
            q = _blank(q, m)
        if left := re.search(
            rf"(?<!\bon )(?<!\bin )(?<!\bover )(?<!\bacross )(?<!\bof )\b{_NUM}\s+{_PLURAL}", q
        ):  # "3 mash temperatures" beside them, unread
            raise PlanError(f"factors are named with their levels, but {left.group(0)!r} could not be placed among "
                            "them: write each factor with its levels, e.g. 'yeast strain at 2 levels'")  # fmt: skip
    levels = [n for _, group in sorted(found) for n in group]
    return (levels or None), q


def _group_end(m: re.Match[str], count: int, levels: list[int]) -> int:
    """Where a group of factors ends: after the names bracketed after it ("3 two-level factors (boarding method, jet
    bridge y/n, catering timing)", "3 factors at 2 levels each (envelope type, incentive yes/no, postcard yes/no)"),
    else before the bracket (a bracket of settings, "(900, 950, 1000 °c)", is no names).
    PlanError when the names are not as many as the factors counted, or a name's slashed levels ("crew size 4/5/6")
    are not the group's."""
    if "bracket" not in m.groupdict():
        return m.end()
    names = _bracketed_names(m.group("names"))
    before = m.start("bracket") if m.group("bracket") else m.end()
    if names is None:
        return before
    if len(names) != count:
        if "noun" not in m.groupdict():  # "3 factors at 2 levels (coded -1/+1)": a bracket of no names, left unread
            return before
        raise PlanError(f"{m.group(0)!r}: {count} factors counted, but {len(names)} named")
    for name, said in map(name_and_levels, names):
        if said and len(said) != levels[0]:
            raise PlanError(f"{m.group(0)!r}: {name!r} is written with {len(said)} levels, its group with {levels[0]}")
    return m.end()


# what leads a count of factors called by a noun of the question's own: a verb of the design ("screen 10 possible
# drivers", "tune 6 knobs") or a design word's "for" ("a response surface for 4 continuous hparams")
_DESIGN_LEAD = (
    rf"\b(?:{_VARY}|optimi[sz](?:e|ing)|tun(?:e|ing)|(?:surface|design|experiment|doe|study)\s+(?:for|of|on|with))"
    r"\s+(?:(?:the|all|these|our)\s+)?"
)


def plural_factor_count(question: str) -> int | None:
    """The factors a design question counts by a plural noun of its own after a verb or word of the design ("screen
    10 possible drivers", "a response surface for 4 continuous hparams", "tune 6 knobs"); None when it counts none,
    or counts differently twice. Read for designs whose every item is a factor (screening, response surfaces): "test
    5 versions" elsewhere is one factor's levels."""
    q = question.lower()
    found = {_number(m.group("count")) for m in re.finditer(rf"{_DESIGN_LEAD}(?P<count>{_NUM})\s+{_PLURAL}", q)}
    return found.pop() if len(found) == 1 else None


def slashed_settings(question: str) -> list[list[str]]:
    """The levels written with slashes after the names bracketed in counted groups of factors ("one three-level
    factor (crew size 4/5/6)" -> [["4", "5", "6"]]), in the order written: the settings the plan keeps."""
    found = []
    for m in re.finditer(_GROUPS[1], question.lower()):
        for name in _bracketed_names(m.group("names")) or []:
            if said := name_and_levels(name)[1]:
                found.append(said)
    return found


def _bracketed_names(text: str | None) -> list[str] | None:
    """The names of factors listed in a bracket ("boarding method, jet bridge y/n"), or None when it lists none
    (numbers, "(900, 950, 1000 °c)", or nothing)."""
    if not text or not text.strip():
        return None
    items = [item.strip() for item in re.split(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", text) if item.strip()]
    return items if all(re.match(r"[a-z]", item) for item in items) else None


def _added_to(found: list[tuple[int, list[int]]], named: list[re.Match[str]]) -> bool:
    """One factor named with its levels, after the groups read already and joined to them by "plus", "and" or
    "with" ("die temperature, pull speed and filler loading at two levels each, plus roving type at three levels")."""
    return (
        len(named) == 1
        and bool(found)
        and named[0].start() > max(start for start, _ in found)
        and bool(_ADDED.match(named[0].group(0)))
    )


def _distinct(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches that overlap no earlier one (a counted factor between two product signs matches both ways)."""
    kept: list[re.Match[str]] = []
    for m in sorted(matches, key=lambda m: m.start()):
        if not any(m.start() < k.end() and k.start() < m.end() for k in kept):
            kept.append(m)
    return kept


def _named_levels(m: re.Match[str]) -> int:
    """A named factor's number of levels: "(3 levels)" is 3, "(yes/no)" and "on/off" are 2."""
    if m.groupdict().get("switch"):
        return 2
    if m.groupdict().get("items"):
        return len(m.group("items").split("/"))
    return _number(m.group("levels"))


def without_listed_levels(q: str) -> str:
    """``q`` (lower case) with its lists of names that carry their own levels blanked ("a, b and c (3 levels each)"):
    the levels' reading counts their factors, so no other count of named factors should count them again."""
    for m in reversed(list(re.finditer(_LISTED_EACH, q))):
        q = _blank(q, m)
    groups = [m for pattern in _GROUPS[:2] for m in re.finditer(pattern, q)]  # "3 two-level factors (a, b, c)"
    for m in sorted(groups, key=lambda m: m.start(), reverse=True):
        names = _bracketed_names(m.group("names"))
        if names is not None and ("noun" in m.groupdict() or len(names) == _number(m.group("count"))):
            q = blank_spans(q, [m.span("names")])
    return q


def _every(q: str) -> tuple[int | None, str]:
    """The levels every factor has ("each factor at 4 levels"), and the text without the phrases read."""
    found: set[int] = set()
    for pattern in _EVERY:
        for m in reversed(list(re.finditer(pattern, q))):
            found.add(_number(m.group("levels")))
            q = _blank(q, m)
    if len(found) > 1:
        raise PlanError(f"every factor at {sorted(found)} levels: say one number of levels")
    return (found.pop() if found else None), q


def _blank(q: str, m: re.Match) -> str:
    """``q`` with the match ``m`` blanked (positions stay)."""
    return blank_spans(q, [m.span()])


def _unread(q: str, levels: list[int] | None) -> list[str]:
    """Mentions of levels other than two left in the text once the readings took theirs ("mixed-level"
    too, unless levels other than two were read)."""
    said = [m.group(0) for m in re.finditer(rf"\b{_NUM}[\s-]+levels?\b", q) if _level_list(m.group(0))[0] != 2]
    said += [m.group(0) for m in re.finditer(r"(?<![\w.^])(\d+)\s*\^\s*\(?\s*\d+", q) if m.group(1) != "2"]
    said += [m.group(0) for m in re.finditer(r"(?<![\w.^])\d+\s*(?:x|\*)\s*\d+", q)]
    if set(levels or [2]) == {2}:
        said += [m.group(0) for m in re.finditer(_MULTI, q)]
    return said


def _listed_and_counted(q: str) -> list[int] | None:
    """The levels of the factors listed with them in brackets ("2 dry-hop temps (14 °C and 20 °C) × 2 contact times
    (24 h and 72 h)") and of those counted by a plural noun beside them ("3 hop varieties × ..."), in the order
    written; None when fewer than two factors list their levels. A lone counted factor is left unread by ``_groups``
    (it may be no factor), but crossed with, or listed among, factors that list their levels it is one of them."""
    listed = listed_levels_at(q)
    if listed is None:
        return None
    counted = _distinct([m for pattern in _COUNTED_FACTOR for m in re.finditer(pattern, q)])
    found = listed + [(m.start(), _number(m.group("levels"))) for m in counted]
    return [levels for _, levels in sorted(found)]


def factor_levels(question: str, count_factors: Callable[[str], int | None]) -> list[int] | None:
    """Each factor's number of levels as the question states them; None when it states none.

    ``count_factors(text)`` reads a total number of factors ("4 factors: ...") that the groups must add
    up to. PlanError when a number of levels other than two is stated in a way this cannot read."""
    q = question.lower()
    product, q = _products(q)
    groups, q = _groups(q)
    every, q = _every(q)
    total = count_factors(q)
    if every is not None and groups is None and product is None:
        if total is None:
            raise PlanError(f"every factor at {every} levels: say how many factors, e.g. '3 factors'")
        groups = [every] * total
    elif every is not None and set(groups or product or []) != {every}:
        raise PlanError(f"'each at {every} levels' does not match the other levels stated: state them once")
    if product and groups and sorted(product) != sorted(groups):
        raise PlanError(f"the factorial {product} does not match the levels {groups} stated in words")
    levels = product or groups or _listed_and_counted(q)  # "three temperatures (900, 950, 1000 °C), two times (...)"
    if unread := _unread(q, levels):
        raise PlanError(
            f"could not read the levels of the factors from {unread[0]!r}: write them as '3x3x3', "
            "'2 x 3 x 4 factorial' or '3 factors at 3 levels'"
        )
    if levels is not None and total is not None and total != len(levels):
        raise PlanError(f"{total} factors stated, but the levels given cover {len(levels)}")
    # two-level factors beyond a full factorial's runs are a screening design's ("19 two-level factors, Plackett-
    # Burman"): the design's own limits on the factors say whether it is planned
    if levels is not None and (min(levels) < 2 or (math.prod(levels) > MAX_RUNS and set(levels) != {2})):
        raise PlanError(
            f"a full factorial of levels {levels} is not planned (2 or more levels, at most {MAX_RUNS} runs)"
        )
    return levels


def levels_said(question: str) -> set[int]:
    """Every number of levels the question mentions, read broadly: a number beside "level(s)", the base
    of a power ("3^3", "2^(5-1)"), each term of a product ("2 x 3 x 4") and 2 for a switch ("on/off"); 0 for "mixed-level" and the
    like, which name levels other than two without a number."""
    q = question.lower()
    said = {_level_list(m.group(1))[0] for m in re.finditer(rf"\b({_NUM})[\s-]+levels?\b", q)}
    said |= {int(b) for b in re.findall(r"(?<![\w.^])(\d+)\s*\^\s*\(?\s*\d", q)}
    for m in re.finditer(rf"(?<![\w.^]){_TERM}(?:\s*(?:x|\*|by)\s*{_TERM})+(?![\w.])", q):
        said |= set(_product_terms(m.group(0)))
    said |= {_number(m.group("levels")) for pattern in _COUNTED_FACTOR for m in re.finditer(pattern, q)}
    said |= {2} if re.search(rf"\b(?:{SWITCH})", q) else set()  # "compression on/off": a factor at two levels
    return said | ({0} if re.search(_MULTI, q) else set())
