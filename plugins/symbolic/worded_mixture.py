"""Two kinds of item, each's amount per item, and two totals (items and amount), read into A x = b.

"Type A feeders take 2 slots, type B take 3. We filled 120 slots with 45 feeders total. How many type B feeders?",
"small boxes hold 4 kg, large boxes hold 10 kg; 30 boxes carry 192 kg in all. how many large boxes?": each kind's
amount per item ("type A feeders take 2 slots", "type B take 3": the second's unit is the first's), a total of the
amount ("120 slots", "192 kg": a number in that unit) and a total of items ("45 feeders", "30 boxes": the one other
number) give a + b = items and p a + q b = amount; with the unit only in the verb ("minibuses seat 20 each, vans
seat 8 each, 15 vehicles carry 204 people") the amount's total is the number a verb carries. The ask must name one kind ("how many large boxes"), and the
counts solved must be whole and not negative, or nothing is read. Only text is read here; the planner solves it.

The kinds may be named by their amounts per item instead ("randomised to the 50 mg arm or the 100 mg arm", "250 g
bags and 1 kg bags"), the total amount in a unit of the same dimension ("21,000 mg", "39 kg"): see ``sized_mixture``.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.nouns import singular
from plugins.api.prose import DECIMAL, label_starts, plain_text
from plugins.symbolic.linear_system import exact_solution, fraction_text
from plugins.symbolic.worded_system import _STATISTICS, WordedSystem

# the verbs of an amount per item: "take 2 slots", "hold 4 kg", "weighs 12 lb", "seat 40", a rate per item: "big
# cards doing 1200 img/s each", "small ones running 300 img/s"
_VERB = (
    r"(?:takes?|took|holds?|held|uses?|used|weigh(?:s|ed)?|carry|carries|carried|needs?|needed|occup(?:y|ies)|costs?"
    r"|contain(?:s|ed)?|seats?|fills?"
    r"|do(?:es|ing)?|runs?|running|produc(?:es?|ing)|deliver(?:s|ing)?|process(?:es|ing)?|serv(?:es?|ing)|haul(?:s|ing)?|sleeps?)"
)
# a kind, by a label ("type A", "variety-A"; "grade 2" is no label: a letter only), one word, or a model's designation ("A320",
# "F-150", or digits in the plural: "737s", its s dropped), then its noun or none
_KIND = (
    r"(?P<kind>(?:type|model|size|class|grade|variety|kind|line|lot)[\s-][A-Za-z](?![\w'])|[A-Za-z][a-z]{2,}"
    r"|[A-Za-z]{1,3}-?\d{2,4}(?=s\b|(?![\w.]))|\d{2,4}(?=s\b))(?:(?<=\d)s)?"
)
_RATE = re.compile(
    rf"(?<![\w.-]){_KIND}(?:\s+(?P<noun>[a-z]{{3,}}))?\s+(?:each\s+)?{_VERB}\s+(?:each\s+)?(?P<value>{DECIMAL})"
    r"(?:\s+(?:[a-z]+\d[\w-]*\s+)?(?P<unit>[a-z]+))?",  # a part's designation before its unit: "14 M8 bolts"
    re.I,
)
# the second kind's amount per item right after the first's, its verb left out: "rotors take 6 min cycle, drums 4
# min", "adult tickets cost 12 dollars; child tickets 7" (a word or two may end the first: "6 min cycle")
_ELIDED = re.compile(
    rf"(?:\s+[a-z]+){{0,2}}?\s*[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?(?:the\s+)?{_KIND}(?:\s+(?P<noun>[a-z]{{3,}}))?"
    rf"\s+(?:(?:each|only|just)\s+)?(?P<value>{DECIMAL})(?!\.?\d)(?:\s+(?P<unit>[a-z]+)\b)?",
    re.I,
)
# a number and the word it counts: "120 slots", "45 feeders", "192 kg", one ending a sentence ("... is 236."); no
# ordinal ("2nd shift") and no model in the plural ("how many 777s")
_COUNTED = re.compile(rf"(?<![\w.-]){DECIMAL}(?!\.?\d)(?!st\b|nd\b|rd\b|th\b|s\b)(?:\s+(?P<word>[A-Za-z]+))?", re.I)
_ASK = re.compile(r"\bhow\s+many\b(?:[^.;!?]|(?<=\d)\.(?=\d))*", re.I)  # "the 3.6 MW ones" whole
# words after a number that count neither items nor the amount
_NOT_NOUNS = frozenset("each per of and or with in total all".split())


def _unit_key(word: str | None) -> str | None:
    """A unit's word compared in the singular, lower case ("slots" -> "slot"); None for none."""
    return singular(word.lower()) if word else None


def _rate_unit(rate: re.Match[str]) -> str | None:
    """A rate's unit as written; None when it writes none, its unit in its verb ("minibuses seat 20 each")."""
    unit = rate["unit"]
    return None if unit is None or unit.lower() in _NOT_NOUNS else unit


def _rates(text: str) -> list[re.Match[str]] | None:
    """The two kinds' amounts per item, in one unit (the second may leave it out), or both with their unit in the
    verb ("minibuses seat 20 each, vans seat 8 each"); None unless exactly two, of two kinds. A clause after a number
    is a total ("30 boxes carry 192 kg"), no rate."""
    found = [
        m
        for m in _RATE.finditer(text)
        if m["kind"].lower() not in _NOT_NOUNS and not re.search(rf"{DECIMAL}\s+$", text[: m.start()])
    ]
    if len(found) == 1 and (elided := _ELIDED.match(text, found[0].end())):
        found.append(elided)  # "rotors take 6 min cycle, drums 4 min": the second kind's verb left out
    if len(found) != 2 or found[0]["kind"].lower() == found[1]["kind"].lower():
        return None
    first, second = (_rate_unit(m) for m in found)
    if first is None:
        return found if second is None else None
    if second and _unit_key(second) != _unit_key(first):
        return None
    return found


# a rate's breakdown in brackets after it: "6 wheels each (4 MLG + 2 NLG)", "14 (12 MLG + 2 NLG)"
_BREAKDOWN = re.compile(r"\s*(?:each\s*)?\((?P<parts>[^()]*\+[^()]*)\)")


def _breakdown(text: str, rate: re.Match[str]) -> tuple[int, int] | None:
    """The span of the brackets after a rate that split it into parts summing to it ("6 wheels each (4 MLG + 2
    NLG)"): an aside, no total; None when there are none, or their numbers do not sum to the rate."""
    m = _BREAKDOWN.match(text, rate.end())
    if m is None:
        return None
    parts = [Fraction(n) for n in re.findall(rf"(?<![\w.]){DECIMAL}(?![\d.])", m["parts"])]
    return m.span() if len(parts) > 1 and sum(parts) == Fraction(rate["value"]) else None


def _with_breakdown(text: str, rate: re.Match[str]) -> str:
    """A rate as written, with its breakdown in brackets when it has one ("737s run 6 wheels each (4 MLG + 2 NLG)")."""
    span = _breakdown(text, rate)
    start = rate.start("kind")  # a verb left out: from the kind on ("drums 4 min")
    return text[start : span[1] if span else rate.end()].strip()


def _named_totals(text: str, unit: str) -> set[int]:
    """Where each number stands that the text names as the total of the rates' unit before it, with no word of its
    own: "wheel count across the fleet is 236", "total wheels: 236", "total seats 860" (the unit in the singular or
    plural)."""
    word = re.escape(unit)
    named = re.finditer(
        rf"\b{word}s?\b(?:[^.;!?\d]{{0,40}}?(?:\b(?:is|are|was|were|of|totals?|totall?ed|comes?\s+to|came\s+to)\b|[:=]))?"
        rf"\s*(?P<value>{DECIMAL})(?!\.?\d)(?!\s*[A-Za-z])",
        text,
        re.I,
    )
    return {m.start("value") for m in named}


# a count of the kinds themselves, no total: "2 sizes of coffee", "2 arms"
_KIND_COUNT = re.compile(r"^2\s+(?:sizes?|kinds?|types?|sorts?|varieties|models?|grades?|arms?|options?)$", re.I)


# a verb just before a number, that number the total of an amount whose unit is in the verb: "15 vehicles carry 204
# people", "the fleet seats a total of 204"
_VERB_BEFORE = re.compile(rf"\b{_VERB}\s+(?:(?:a\s+)?total\s+of\s+|(?:in\s+)?all\s+)?$", re.I)


def _totals(text: str, rates: list[re.Match[str]]) -> tuple[str, str, str, str] | None:
    """The items' total and the amount's total with their words, read from the numbers outside the rates and their
    breakdowns in brackets: one in the rates' unit (or named its total before it: "wheel count ... is 236"), one
    other; None unless exactly so."""
    spans = [m.span() for m in rates] + [span for m in rates if (span := _breakdown(text, m))]
    labels = label_starts(text)
    numbers = [
        m
        for m in _COUNTED.finditer(text)
        if not any(a <= m.start() < b for a, b in spans)
        and not _KIND_COUNT.match(m.group())  # "2 varieties"
        and m.start() not in labels  # "cell 4", "line 2": a name, no total
    ]
    unit = _unit_key(_rate_unit(rates[0]))
    if unit is None:  # the unit in the rates' verb: the amount's total is the number a verb carries
        amounts = [m for m in numbers if _VERB_BEFORE.search(text[: m.start()])]
    else:
        named = _named_totals(text, unit)
        amounts = [m for m in numbers if _unit_key(m["word"]) == unit or (m["word"] is None and m.start() in named)]
    items = [m for m in numbers if m not in amounts and m["word"] and m["word"].lower() not in _NOT_NOUNS]
    if len(numbers) != 2 or len(amounts) != 1 or len(items) != 1:
        return None
    amount = amounts[0].group().split()[0]
    words = f"{amount} {rates[0]['unit']}" if unit else amounts[0].group()
    return items[0].group().split()[0], items[0].group(), amount, words


def _spaced(kind: str) -> str:
    """A kind's words as a pattern that a space or a hyphen joins ("variety A" matches "variety-A")."""
    return r"[\s-]+".join(re.escape(word) for word in kind.split())


def _asked(ask: str, kinds: list[str]) -> str | None:
    """The one kind the ask names ("how many type B feeders" -> "type B", "how many SUVs" -> "suv", a plural's s
    dropped); None when it names neither or both."""
    named = [kind for kind in kinds if re.search(rf"\b{_spaced(kind)}(?:e?s)?\b", ask, re.I)]
    return named[0] if len(named) == 1 else None


def _whole(rows: list[list[Fraction]], rhs: list[Fraction]) -> bool:
    """Whether the 2x2 system has one solution of whole counts, none negative."""
    solution = exact_solution(rows, rhs)
    return solution is not None and all(v >= 0 and v.denominator == 1 for v in solution)


def worded_mixture(question: str) -> WordedSystem | None:
    """The system of two kinds of item a question states by each's amount per item and two totals (see the
    module's docstring); None when it states none, or its counts would not be whole."""
    text = plain_text(question)
    asks = list(_ASK.finditer(text))
    rates = _rates(text)
    if not asks or rates is None or _STATISTICS.search(text):
        return None
    totals = _totals(text, rates)
    if totals is None:
        return None
    kinds = [re.sub(r"[\s-]+", " ", m["kind"]) for m in rates]
    kinds = [kind[:-1] + kind[-1].upper() if re.search(r"\s[a-z]$", kind) else kind.lower() for kind in kinds]
    asked = _asked(asks[-1].group(), kinds)
    items, item_words, amount, amount_words = totals
    per = [Fraction(m["value"]) for m in rates]
    rows = [[Fraction(1), Fraction(1)], per]
    if asked is None or not _whole(rows, [Fraction(items), Fraction(amount)]):
        return None
    matrix = [["1", "1"], [str(value) for value in per]]
    stated = [_with_breakdown(text, m) for m in rates]
    equations = [item_words, f"{stated[0]}, {stated[1]}: {amount_words}"]
    return WordedSystem(matrix, [items, amount], kinds, equations, asked)


# a kind named by its amount per item, then its noun: "the 50 mg arm", "250 g bags", "1 kg bags"
_SIZED = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?P<unit>[A-Za-z]+)\s+(?P<noun>[A-Za-z]{{3,}})\b", re.I)


# a unit of power or voltage in lower case, as the mode's scores read the question: "w", "kw", "kwh", "kv" (not "a",
# an article)
_LOWER_ELECTRICAL = re.compile(r"(?P<prefix>[kmg]?)(?P<symbol>[wv])(?P<hour>h?)")


def _cased(unit: str) -> str:
    """A unit of power or voltage in lower case with its symbol's capital ("kw" -> "kW", "w" -> "W", "kwh" -> "kWh");
    any other unit as written (the mode's scores read the question in lower case)."""
    m = _LOWER_ELECTRICAL.fullmatch(unit)
    return f"{m['prefix']}{m['symbol'].upper()}{m['hour']}" if m else unit


def _amount(value: str, unit: str, into: str) -> Fraction | None:
    """``value`` in ``unit`` expressed in ``into`` as an exact fraction ("400 W" in kW: 2/5); None unless both are
    units (prefixed ones too) of one dimension."""
    from decimal import Decimal

    from plugins.symbolic.units import UnitError, convert, resolve

    unit, into = _cased(unit), _cased(into)
    try:  # a unit, a prefixed one included ("kW", "MW"); not a word that counts ("panels")
        resolve(unit), resolve(into)
    except UnitError:
        return None
    try:
        return Fraction(str(convert(Decimal(value), unit, into).exact))
    except (UnitError, ValueError, TypeError):
        return None


# two sizes sharing the noun after the second: "2.5 MW and 3.6 MW units", "250 g or 1 kg bags"
_SHARED_NOUN = re.compile(
    rf"(?<![\w.])(?P<first>{DECIMAL}\s*[A-Za-z]+)\s+(?P<join>and|or|&)\s+"
    rf"(?=(?P<second>{DECIMAL}\s*[A-Za-z]+)\s+(?P<noun>[A-Za-z]{{3,}})\b)",
    re.I,
)


def _noun_shared(text: str) -> str:
    """The text with a noun shared by two sizes written after each ("2.5 MW and 3.6 MW units" -> "2.5 MW units and
    3.6 MW units"), so that each size names its kind."""

    def spell(m: re.Match[str]) -> str:
        noun = m["noun"]
        if noun.lower() in _NOT_NOUNS:
            return m.group()
        return f"{m['first']} {noun} {m['join']} "

    return _SHARED_NOUN.sub(spell, text)


def _sizes(text: str, ask: tuple[int, int]) -> list[re.Match[str]] | None:
    """The two kinds named by their amounts per item, in units, with one noun ("the 50 mg arm or the 100 mg arm"),
    or the only two so named, each with its own noun ("2.5 kg cones and 4 kg cheeses"), outside the ask's span; None
    unless exactly two such, in units of one dimension."""
    found = [
        m
        for m in _SIZED.finditer(text)
        if m["noun"].lower() not in _NOT_NOUNS
        and not ask[0] <= m.start() < ask[1]
        and _amount("1", m["unit"], m["unit"])
    ]
    by_noun: dict[str, list[re.Match[str]]] = {}
    for m in found:
        by_noun.setdefault(singular(m["noun"].lower()), []).append(m)
    pairs = [ms for ms in by_noun.values() if len(ms) >= 2]
    if not pairs and len(found) == 2:  # each kind its own noun: "some 2.5 kg cones and some 4 kg cheeses"
        pairs = [found]
    if len(pairs) != 1 or len(pairs[0]) != 2:
        return None
    sizes = pairs[0]
    unit = sizes[0]["unit"]
    if any(_amount(m["value"], m["unit"], unit) is None for m in sizes):
        return None
    return sizes


def sized_mixture(question: str) -> WordedSystem | None:
    """The system of two kinds of item named by their amounts per item ("randomised to the 50 mg arm or the 100 mg
    arm", "250 g bags and 1 kg bags"), with the total of items ("300 subjects", "84 bags") and the total amount in a
    unit of the same dimension ("21,000 mg", "39 kg"): a + b = items and p a + q b = amount, the amounts per item in
    the total's unit. The ask must name one kind by its amount ("how many of the 1 kg bags"), and the counts solved
    must be whole and not negative, or nothing is read."""
    text = _noun_shared(plain_text(question))
    asks = list(_ASK.finditer(text))
    sizes = _sizes(text, asks[-1].span()) if asks else None
    if sizes is None or _STATISTICS.search(text):
        return None
    spans = [m.span() for m in sizes] + [asks[-1].span()]
    numbers = [
        m
        for m in _COUNTED.finditer(text)
        if not any(a <= m.start() < b for a, b in spans) and not _KIND_COUNT.match(m.group())
    ]
    amounts = [m for m in numbers if m["word"] and _amount("1", m["word"], sizes[0]["unit"]) is not None]
    items = [
        m
        for m in numbers
        if m not in amounts and m["word"] and m["word"].lower() not in _NOT_NOUNS and Fraction(m.group().split()[0]) > 1
    ]
    others = [m for m in numbers if m not in items and m not in amounts]  # "exactly 1 dose" each: no total
    if len(amounts) != 1 or len(items) != 1 or any(Fraction(m.group().split()[0]) != 1 for m in others):
        return None
    into = amounts[0]["word"]
    per = [_amount(m["value"], m["unit"], into) for m in sizes]
    kinds = [" ".join(m.group().split()) for m in sizes]
    named = [
        k
        for k, m in zip(kinds, sizes, strict=True)
        if re.search(rf"(?<![\w.]){re.escape(m['value'])}\s*{re.escape(m['unit'])}\b", asks[-1].group(), re.I)
    ]
    count, total = Fraction(items[0].group().split()[0]), Fraction(amounts[0].group().split()[0])
    rows = [[Fraction(1), Fraction(1)], per]
    if len(named) != 1 or not _whole(rows, [count, total]):
        return None
    matrix = [["1", "1"], [fraction_text(v) for v in per]]
    equations = [items[0].group(), f"{kinds[0]} ({fraction_text(per[0])} {into}), {kinds[1]} "
                 f"({fraction_text(per[1])} {into}): {amounts[0].group()}"]  # fmt: skip
    return WordedSystem(matrix, [fraction_text(count), fraction_text(total)], kinds, equations, named[0])
