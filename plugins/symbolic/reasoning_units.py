"""Reasoning tool for unit conversion: "convert 3.5 inches to mm", "25 psi in bar", "100 F in C", and an amount
spread over a time as a rate ("0.75 L running over six hours, in mL per minute": 0.75/6 L/hours).

The plan is one ``convert`` statement; the audit converts the answer back with the same engine and
recomputes the conversion from scipy.constants (CODATA/NIST values), an independent set of definitions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from plugins.api.prose import ELEMENTS, EXACT_FORM, NUMBER, scientific
from plugins.api.reasoning import Check, Plan, PlanError
from plugins.symbolic.reasoning_defined_units import restate_defined

# spellings MODE recognises without importing sympy (the engine knows many more)
UNIT_WORDS = frozenset(
    """
m mm cm km um µm micron microns nm in inch inches ft foot feet yd yard yards mi mile miles nmi thou thous mil mils fathom fathoms ftm meter meters metre metres
millimeter millimeters millimetre millimetres centimeter centimeters kilometer kilometers kilometre kilometres
g mg kg gram grams kilogram kilograms lb lbs pound pounds oz ozt ounce ounces ton tons tonne tonnes stone slug
s sec secs second seconds min mins minute minutes h hr hrs hour hours day days week weeks year years ms
l ml liter liters litre litres hl hectoliter hectoliters hectolitre hectolitres gal gallon gallons quart quarts qt pint pints floz cc gpm gph gpd mgd mld cfs cfh lpm cfm scfm scfh sccm slpm slm
gsm acre acres ac hectare hectares ha n kn kip kp kilopond kiloponds newton newtons lbf kgf gf ozf dyn pa kpa mpa gpa pascal pascals bar bars mbar psi
psig psia barg bara kpag mpag ksi psf ksf atm atmosphere atmospheres torr mmhg inhg j kj mj joule joules cal calorie calories kcal btu wh kwh erg ev ah mah coulomb coulombs
w kw mw watt watts hp horsepower mph kph kmh km/h m/s ft/s knot knots fps fpm sfm sfpm rpm hz khz mhz ghz deg degree degrees
rad radian radians k kelvin kelvins c °c degc celsius centigrade f °f degf fahrenheit r °r rankine
v mv kv volt volts a ma amp amps ampere amperes ohm ohms kohm kohms megohm megohms Ω kΩ mΩ percent angstrom angstroms
tex dtex decitex denier ne kbq mbq gbq tbq becquerel becquerels mci µci uci nci kci curie curies millicurie millicuries microcurie microcuries
""".split()
)
_UNIT_TEXT = re.compile(r"[A-Za-zµ°Ω\"'/^*·²³0-9. -]{1,40}")  # one bounded class: matching is linear
_NUMBER = re.compile(NUMBER)
# the ångström's symbol (a letter Å or the sign Å; "å" in the lower-cased text MODE scores), read by its name
_ANGSTROM = re.compile(r"(?<![A-Za-z])[\u00c5\u00e5\u212b](?![A-Za-z])")
# "to", "in", "->", and "= ?" ("45 mph = ? m/s"; "=" alone states an equality, it asks nothing)
_SEPARATOR = re.compile(r"(?<=\s)(?:to|into|in|as)(?=\s)|(?:-+>|=+>|→|⇒|=\s*(?:\?+|_+|\.\.\.))", re.I)
# "m/s in 45 mph?", "what is kPa in 32 psi": the target first, then the value and its unit
_TARGET_FIRST = re.compile(
    rf"^(?:what(?:'s| is| are)?\s+)?(?P<target>[^\d?=]{{1,40}}?)\s+in\s+(?P<value>{NUMBER})\s*(?P<unit>.+)$", re.I
)
_CONNECTORS = re.compile(r"(?:\s+(?:are|is|make|makes|there|in|per|a|an|the))+$", re.I)
# the kind of quantity named after a unit: "how many coulombs of charge is 5000 mAh", "joules of energy"
_KIND_OF = re.compile(
    r"(?<=[A-Za-z])\s+of\s+(?:electric(?:al)?\s+|thermal\s+)?(?:charge|energy|heat|work|power|force|pressure)\b", re.I
)
# where a unit's text ends: punctuation, a dash, or the words of the question around it
_UNIT_END = re.compile(
    r"\s*(?:[,;:?!()=]|--|—|\s-\s|\.(?:\s|$)|\b(?:what|whats|how|which|is|are|that|this|it|please|pls|thanks|"
    r"roughly|approx(?:imately)?|exactly|expressed|converted|convert|equals?|would|will|do|does|be|with|using|"
    r"given|assuming|on\s+average)\b"
    r"|(?<=[A-Za-zµ°Ω²³])['\"’”](?=[\s,;.:?!)]|$))",  # a quote closing after a unit, "'permitted to 86 °F';", no foot
    re.I,
)


# an SI symbol behind a prefix symbol, as MODE sees it in lower case: "mn" (mN), "µj", "gwh", "tev", and a lab's
# masses, volumes and amounts: "µg", "ng", "dl", "µl", "mmol"; no amperes ("na", "ta") nor "tv", which everyday words spell
_PREFIXED_SYMBOL = re.compile(r"[mµunpkgt](?:n|pa|j|w|hz|ev|wh|torr)|[mµunpkg]v|[µunp]g|[µudckg]l|[mµunp]?mol")


def _known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is a unit MODE knows, also behind a prefix written out ("megajoules",
    "kilowatts", "millibars") or a prefix symbol ("mn" for mN, "µj")."""
    from plugins.symbolic.units import PREFIX_WORDS

    bases = [word[len(prefix) :] for prefix in PREFIX_WORDS if word.startswith(prefix)]
    return (
        word in UNIT_WORDS
        or any(len(base) > 2 and base in UNIT_WORDS for base in bases)
        or bool(_PREFIXED_SYMBOL.fullmatch(word))
    )


def _unit_like(text: str) -> bool:
    """Whether a word of ``text`` is a unit MODE knows ("US gallons", "cubic feet", "degrees Celsius",
    "megajoules")."""
    words = re.findall(r"[a-zµ°Ω]+(?:['’][a-z]+)*", text.lower())  # "f'c" (a strength) is one word, no unit
    return any(_known_word(w) for w in words) or text.strip() in {'"', "'"}


def _bare_unit(text: str) -> bool:
    """Whether ``text`` is nothing but a unit: at most three words, the last one a unit MODE knows, no article
    ("cubic feet", "m/s"; not "the chance of a failure")."""
    words = text.split()
    return 0 < len(words) <= 3 and _unit_like(words[-1]) and not {"the", "a", "an", "of"} & {w.lower() for w in words}


def _unit(text: str) -> str | None:
    """``text`` when it reads as unit text (a denominator in brackets allowed: "Btu/(h·ft²·°F)"), else None."""
    text = text.strip()
    bare = _DENOMINATOR.sub(r"/\1", text)
    return text if _UNIT_TEXT.fullmatch(bare) and re.search(r"[A-Za-zµ°Ω\"']", text) else None


# a unit's denominator in brackets: the "(h·ft²·°F)" of "Btu/(h·ft²·°F)", "W/(m K)"
_DENOMINATOR = re.compile(r"/\s*\(([^()]{1,30})\)")


def _until_end(text: str) -> str:
    """The unit at the start of ``text``, up to the punctuation or question words after it, without the nouns
    after it ("US gallon bucket" -> "US gallon")."""
    kept = [m.span() for m in _DENOMINATOR.finditer(text)]  # "W/(m²·K)": its brackets do not end it
    end = next((m for m in _UNIT_END.finditer(text) if not any(a <= m.start() < b for a, b in kept)), None)
    text = text[: end.start()] if end else text
    words = text.split()
    while len(words) > 1 and not _unit_like(words[-1]) and _unit_like(" ".join(words[:-1])):
        words.pop()
    return " ".join(words) if words else text


# a unit's power is no value: the 3 of "m^3/h", "ft3/min"
_EXPONENT = re.compile(r"(?:\^\s*|[A-Za-zµ])$")
# a gallon's kind said after the unit, "150 gpm (US)", "5 gal (imperial)", is read before it: "imperial gpm"
_KIND_AFTER = re.compile(r"(?<![\w^])([A-Za-z][\w/^.]*)\s*\(\s*(US|U\.S\.|imperial|imp\.?|UK|British)\s*\)", re.I)
# units of a flow at standard (normal) conditions: their volume depends on the conditions a standard states
_STANDARD_FLOW = re.compile(r"\b(?:(?i:scf[mhd]|sccm|slpm|slm|sl/min)|Nm\^?3(?:/h)?|Nl/min)(?![\w^])")


# a unit spelled out in brackets after its symbol: "1.2 oz/st (troy ounces per short ton)", "g/t (grams per metric
# tonne)"; a bracket after a "/" is the unit's denominator, "W/(m K)"
_GLOSS = re.compile(r"(?<![\w^])([A-Za-zµ][\w/.^]*(?<!/))\s*\(\s*([A-Za-z][A-Za-z ./^-]{2,60}?)\s*\)")


def _glossed(m: re.Match[str]) -> str:
    """The unit a bracketed gloss spells out in its symbol's place, when the gloss reads as a unit and the symbol
    does not or names the same kind of quantity; the text unchanged otherwise."""
    from plugins.symbolic.units import UnitError, convert, factors

    symbol, gloss = m.group(1), m.group(2)
    if not _unit_like(gloss):  # "boards (Poisson)": no unit word, and the unit tables stay unloaded
        return m.group(0)
    try:
        factors(gloss)
    except UnitError:
        return m.group(0)
    try:
        factors(symbol)
    except UnitError:
        return gloss
    try:
        convert(Decimal(1), symbol, gloss)
    except UnitError:
        return m.group(0)
    return gloss


# an ounce of a grade (per ton or tonne) not said troy or avoirdupois: "oz/t", "oz/ton", "ounces per tonne"
_OUNCE_PER_TON = re.compile(
    r"(?<!troy )(?<!avoirdupois )(?<!fl )(?<!fl\. )(?<!fluid )\b(?:oz|ounces?)\s*(?:/|\bper\b)\s*(?:metric\s+|short\s+|long\s+)?"
    r"(?:t|tons?|tonnes?|st)\b",
    re.I,
)


# the kinds of an ounce per ton the question states: "reports are in troy oz per short ton", "troy ounces/short ton"
_OUNCE_TON_SAID = re.compile(
    r"\b(?P<oz>troy|avoirdupois)\s+(?:oz|ounces?)\s*(?:/|\bper\b)\s*(?P<ton>short|long|metric)\s+tons?\b", re.I
)


def _declared_ounce_ton(question: str, unit: str) -> str:
    """An ounce per ton whose kinds the question states once elsewhere ("drill reports are in troy oz per short ton,
    convert 0.25 oz/ton") written with them ("troy oz/short ton"); ``unit`` unchanged when it is no bare ounce per ton
    or the question states no kinds, or more than one."""
    if not _OUNCE_PER_TON.fullmatch(unit.strip()):
        return unit
    said = {(m["oz"].lower(), m["ton"].lower()) for m in _OUNCE_TON_SAID.finditer(question)}
    if len(said) != 1:
        return unit
    ounce, ton = said.pop()
    return f"{ounce} oz/{ton} ton"


def _values(text: str, end: int | None = None) -> list[re.Match[str]]:
    """The numbers of ``text`` (up to ``end``) that are values, not a unit's power (the 3 of "m3/day")."""
    stop = len(text) if end is None else end
    return [m for m in _NUMBER.finditer(text, 0, stop) if not _EXPONENT.search(text, 0, m.start())]


# a number that is a term's coefficient: a letter raised to a power written against it ("0.01t²", "3*x^2"; a unit's
# letter after a space, "10 m^3/h", or a unit symbol, "10m^3", is a quantity's unit), or an operator after another
# term right before it ("0.25t + 0.01", "0.15F^2 + 0.5F": a power ends the term before; a word before a dash is
# prose, "quick one - 2350 lb")
_COEFFICIENT = re.compile(r"(?:\s*\*\s*[A-Za-z]|(?![mMsSgLlKhN])[A-Za-z])\s*(?:\^|\*\*|²|³)")
_TERM_BEFORE = re.compile(r"(?:(?<![A-Za-z])[A-Za-z]|\)|[A-Za-z)]\s*(?:\^|\*\*)\s*\d+|[A-Za-z)][²³])\s*[-+−]\s*$")


def _source(question: str, separator_start: int, target: str | None = None) -> tuple[str, str] | None:
    """(value, unit) of the last number before the separator and the unit written right after it; with the
    ``target`` known and that unit of another dimension, an earlier quantity whose unit converts to it ("72 °C for 15
    s: in °F?": the 72 °C, the hold time a condition), the last one when none does."""
    numbers_before = _values(question, separator_start)
    if not numbers_before:
        return None
    number = numbers_before[-1]
    if _COEFFICIENT.match(question, number.end()) or _TERM_BEFORE.search(question[: number.start()]):
        return None  # "0.25t + 0.01t² mm": a coefficient of an expression, no quantity
    source = _unit(_until_end(question[number.end() : separator_start]))
    if source and target and _other_dimension(source, target):
        return _earlier_source(question, numbers_before[:-1], number.start(), target) or (number.group(0), source)
    return (number.group(0), source) if source else None


def _earlier_source(question: str, numbers: list[re.Match[str]], end: int, target: str) -> tuple[str, str] | None:
    """(value, unit) of the last of ``numbers`` whose unit converts to ``target``, past quantities of other
    dimensions after it ("72 °C for 15 s"); None when a number with no unit, or of no known unit, comes first."""
    for number in reversed(numbers):
        if _COEFFICIENT.match(question, number.end()) or _TERM_BEFORE.search(question[: number.start()]):
            return None
        source = _unit(_until_end(_CONDITION_END.sub("", question[number.end() : end])))
        if not source:
            return None
        if _agree(_clean(source), _clean(target)):
            return number.group(0), source
        if not _other_dimension(source, target):
            return None
        end = number.start()
    return None


# the words that join a quantity to the condition after it: the " for " of "72 °C for 15 s"
_CONDITION_END = re.compile(r"\s+(?:for|at|over|during|within|per|and|with)\s*$", re.I)


def _other_dimension(unit: str, target: str) -> bool:
    """Whether ``unit`` is a unit MODE and the engine know, of another dimension than ``target``: a quantity beside
    the value converted ("15 s" beside "72 °C ... in °F"), not its value."""
    return _unit_like(unit) and _agree(_clean(unit), _clean(unit)) and not _agree(_clean(unit), _clean(target))


# a length or mass written in two units, the larger first: "4 ft 8(1/2) in" ("½" arrives as "(1/2)"), "4 ft 8 1/2 in",
# "5 ft 10 in", "7 lb 4 oz"; the larger unit's count is whole, the smaller one's may carry a fraction
_MIXED_UNITS = {"ft": ("in", 12), "feet": ("in", 12), "foot": ("in", 12), "yd": ("ft", 3), "lb": ("oz", 16),
                "lbs": ("oz", 16), "h": ("min", 60), "hr": ("min", 60), "min": ("s", 60)}  # fmt: skip
_MIXED = re.compile(
    r"(?<![\w.])(?P<big>\d+)\s*(?P<bu>ft|feet|foot|yd|lbs?|hr?|min)\s+(?P<whole>\d+(?:\.\d+)?)"
    r"(?:\s*\(?\s*(?P<num>\d+)\s*/\s*(?P<den>[1-9]\d*)\s*\)?)?\s*(?P<su>in|inch|inches|ft|oz|min|s|sec)\b"
)
_SMALL_NAMES = {"inch": "in", "inches": "in", "sec": "s"}


def _mixed_units(text: str) -> str:
    """ "4 ft 8(1/2) in" -> "56.5 in", "7 lb 4 oz" -> "116 oz": a quantity in two units as one value in the smaller
    (exact with fractions.Fraction); pairs that are no such quantity ("3 ft 2 oz") are left as written."""

    def one(m: re.Match[str]) -> str:
        small = _SMALL_NAMES.get(m["su"], m["su"])
        pair = _MIXED_UNITS.get(m["bu"])
        if pair is None or pair[0] != small:
            return m.group(0)
        part = Fraction(m["whole"]) + (Fraction(int(m["num"]), int(m["den"])) if m["num"] else 0)
        total = int(m["big"]) * pair[1] + part
        return f"{Decimal(total.numerator) / Decimal(total.denominator):.20g} {small}"

    return _MIXED.sub(one, text)


# a pressure unit marked gauge or absolute: "psig", "barg", "kPag", "psia", "bara", "kPa (gauge)", "kPa(g)", "bar abs"
_REFERENCE = re.compile(
    r"(?<![\w^])(psi|bar|kpa|mpa|pa)(?:(g|a)\b|\s*\(\s*(g|a|gauge|gage|abs|absolute)\s*\)|\s+(gauge|gage|absolute|abs)\b)",
    re.I,
)


def pressure_reference(question: str) -> tuple[str, str | None]:
    """The question with its pressure units' gauge or absolute marks taken off ("250 psig ... in kPa (gauge)" ->
    "250 psi ... in kPa") and a note of the reference kept; the question unchanged and None when it marks none.
    A conversion keeps the reference (a gauge pressure stays gauge), so PlanError when the question mixes gauge and
    absolute, which needs the atmospheric pressure."""
    marks = {(m.group(2) or m.group(3) or m.group(4))[0].lower() for m in _REFERENCE.finditer(question)}
    if not marks:
        return question, None
    if len(marks) > 1:
        raise PlanError("gauge and absolute pressures differ by the atmospheric pressure, which havoc does not assume: "
                        "convert gauge to gauge (or absolute to absolute), or add the atmosphere's pressure yourself")  # fmt: skip
    reference = "gauge" if marks == {"g"} else "absolute"
    text = _REFERENCE.sub(lambda m: m.group(1), question)
    return text, f"{reference} pressure: the conversion keeps the reference ({reference} in, {reference} out)"


def _quantity(question: str) -> tuple[str, str, str] | None:
    """(value, from unit, to unit) from "3.5 inches to mm", "how many mm in 3.5 inches", "100 F in C",
    "oven's at 350 degF, what's that in degC", "32 psi -> kPa?", "250 psi -- what is that in kPa?", "45 mph = ?
    m/s", "45 mph = how many m/s", "m/s in 45 mph?".

    Found by scanning for separators and numbers, never by one backtracking pattern over the whole text.
    """
    question = _REFERENCE.sub(lambda m: m.group(1), question)  # "250 psig in kPa (gauge)": 250 psi in kPa
    q = scientific(restate_defined(question.strip().rstrip("?.! "))[0])  # "2.5x10^5 Pa" -> "2.5e5 Pa"
    q = _ANGSTROM.sub("angstrom", q).replace("\u03bc", "\u00b5")  # the Greek mu read as the micro sign
    q = _mixed_units(q)
    q = _COUNT_WRITTEN.sub(_count_written, q)
    q = _KIND_AFTER.sub(lambda m: f"{m.group(2)} {m.group(1)}", q)
    q = _KIND_OF.sub("", q)
    q = _GLOSS.sub(_glossed, q)
    how_many = re.search(r"\bhow many\s+", q, re.I)
    if how_many:
        rest = q[how_many.end() :]
        number = next(iter(_values(rest)), None)  # "how many m3/day is 12 MGD": the 3 is m3's power
        target = number and _unit(_until_end(_CONNECTORS.sub("", rest[: number.start()].rstrip())))
        source = number and _unit(_until_end(rest[number.end() :]))
        if number and target and source:
            return number.group(0), source, target
        before = _source(q, how_many.start())  # "250 psi is how many kPa"
        target = _unit(_until_end(rest))
        if before and target:
            return before[0], before[1], target
    for separator in _SEPARATOR.finditer(q):
        target = _unit(_until_end(q[separator.end() :]))
        found = _source(q, separator.start(), target)
        if target and found:
            return found[0], found[1], target
    if named := _instrument_target(q):
        return named
    first = _TARGET_FIRST.match(q)
    if first and _bare_unit(first["target"]):
        target, source = _unit(first["target"]), _unit(_until_end(first["unit"]))
        if target and source:
            return first["value"], source, target
    return _named_target(q) if _ASKS.search(question) else None


# a question that asks something: a question mark, or the conversion named ("conversion pls", "convert")
_ASKS = re.compile(r"\?|\bconver(?:t|sion)\b", re.I)
# a target unit named as what a form or system wants, before or after the value: "loadsheet wants block fuel in kg",
# "our ERP wants cubic metres", "the report needs it in bar", "the drawing calls for mm", "the tool UI only takes Pa",
# "the form only accepts kPa" (a few words, then "in")
_WANTS = re.compile(
    r"\b(?:wants?|needs?|requires?|expects?|takes?|accepts?|asks?\s+for|calls?\s+for|is\s+in|works\s+in|reports?\s+in)\s+",
    re.I,
)


def _named_targets(q: str) -> list[str]:
    """Every unit the question names as a target: after "in", "to", "into", "as" ("depth in metres"), or as what a
    form wants, right after the verb or after up to three words of its clause and "in" ("wants cubic metres", "wants
    block fuel in kg"); bare unit text only."""
    starts = [(m.end(), False) for m in _SEPARATOR.finditer(q)] + [(m.end(), True) for m in _WANTS.finditer(q)]
    found = []
    for start, wants in starts:
        rests = [q[start:]]
        if wants:  # "wants block fuel in kg": the words of its clause, then "in"
            clause = re.match(r"(?:[A-Za-z][\w'-]*\s+){0,3}?in\s+", q[start:], re.I)
            rests += [q[start + clause.end() :]] if clause else []
        for rest in rests:
            unit = _unit(_until_end(rest))
            if unit and _bare_unit(unit) and _unit_like(unit):
                found.append(unit)
    return found


def _named_target(q: str) -> tuple[str, str, str] | None:
    """(value, from unit, to unit) of a question that states one value with its unit and names the target unit
    elsewhere, before or after it, with no "to" between them ("loadsheet wants block fuel in kg, FMC says 42,000 lb.
    conversion?", "85 fathoms. depth in metres?"): the named units that convert the value's (every one of them the
    same unit, "cubic metres ... in m³"); None when the question states another number, or names no such target or
    two different ones."""
    values = _values(q)
    if len(values) != 1:
        return None
    number = values[0]
    if _COEFFICIENT.match(q, number.end()) or _TERM_BEFORE.search(q[: number.start()]):
        return None
    source = _unit(_until_end(q[number.end() :]))
    if not source or not _unit_like(source):
        return None
    end = q.index(source, number.end()) + len(source)  # the value and its unit are no target: blanked
    targets = [_clean(t) for t in _named_targets(q[: number.start()] + " " * (end - number.start()) + q[end:])]
    source = _clean(source)
    targets = [t for t in targets if _agree(source, t) and not _same_unit(source, t)]
    if not targets or any(not _same_unit(targets[0], t) for t in targets[1:]):
        return None
    return number.group(0), source, targets[0]


# a conversion asked by "convert" with its target the unit an instrument reads in: "45 N·m torque, our tool reads
# lbf·ft - convert pls", "our gauge shows psi, convert"
_CONVERT_ASKED = re.compile(r"\bconvert(?:\s+(?:it|this|that|pls|please|plz|for\s+me))*\s*[.!?]*\s*$", re.I)
_READS_IN = re.compile(
    r"\b(?:reads|shows|displays|is\s+(?:set|calibrated|scaled|graduated)|works|uses|measures)\s+(?:in\s+)?(?=\S)", re.I
)


def _instrument_target(q: str) -> tuple[str, str, str] | None:
    """(value, from unit, to unit) of a question that ends asking "convert" and names the target as the unit a tool
    reads in ("45 N·m ..., our tool reads lbf·ft — convert pls"): the one value with its unit before that verb."""
    ask = _CONVERT_ASKED.search(q)
    reads = [m for m in _READS_IN.finditer(q, 0, ask.start())] if ask else []
    if len(reads) != 1:
        return None
    target = _unit(_until_end(q[reads[0].end() : ask.start()]))
    found = _source(q, reads[0].start())
    if not target or not _bare_unit(target) or not found or len(_values(q, reads[0].start())) != 1:
        return None
    return found[0], found[1], target


# an amount spread over a time: "0.75 L running over 6 hours", "500 mg given in 30 minutes", "12 m3 pumped during
# 4 h" (the amount's unit, a few words, then over/in/during/across/within and the time)
_OVER_TIME = re.compile(
    rf"(?<![\w.])({NUMBER})\s*([A-Za-zµ][\w^µ]*)(?:\s+(?!over\b|in\b|during\b|across\b|within\b)[a-z][\w-]*){{0,3}}"
    rf"\s+(?:over|in|during|across|within)\s+(?:(?:a|the)\s+(?:period\s+of\s+)?)?({NUMBER})\s*([A-Za-z]+)\b",
    re.I,
)


def _agree(source: str, target: str) -> bool:
    """Whether the engine converts ``source`` to ``target`` (their dimensions agree)."""
    from plugins.symbolic.units import UnitError, convert

    try:
        convert(Decimal(1), source, target)
    except (UnitError, ValueError):
        return False
    return True


def _same_unit(source: str, target: str) -> bool:
    """Whether ``source`` and ``target`` are one unit written two ways ("g" and "grams"): a conversion of 1."""
    from plugins.symbolic.units import UnitError, convert

    try:
        return convert(Decimal(1), source, target).exact == 1
    except (UnitError, ValueError):
        return False


def _no_conversion(question: str, value: str, source: str, target: str) -> None:
    """PlanError when the question asks for a quantity in the unit its value already has while stating other
    quantities ("a 4-cavity shot weighs 182 g ... 98 g with two blocked; how many grams is the runner?"): a word
    problem whose answer needs those quantities, not a conversion of the last one."""
    others = [m.group(0) for m in _values(question) if m.group(0) != value]
    if others and _same_unit(source, target):
        raise PlanError(f"the question asks for {target} and states {value} {source} beside other numbers "
                        f"({', '.join(others[:3])}): that is no unit conversion, and havoc cannot read the word "
                        "problem; state the equations, e.g. '4p + r = 182, 2p + r = 98'")  # fmt: skip


def amount_over_time(question: str, target: str) -> tuple[str, str, str, str] | None:
    """(amount, its unit, time, its unit) of an amount spread over a time ("infusion of 0.75 L running over 6
    hours") when ``target`` is a rate the amount per time converts to ("mL per minute") and the amount alone does
    not; None otherwise (or when the question writes two such phrases)."""
    found = []
    for m in _OVER_TIME.finditer(scientific(question)):
        amount, unit, time, time_unit = m.groups()
        if _agree(time_unit, "s") and not _agree(unit, target) and _agree(f"{unit}/{time_unit}", target):
            found.append((amount, unit, time, time_unit))
    if len(found) > 1:
        raise PlanError("the question spreads two amounts over times: ask about one rate")
    return found[0] if found else None


# a molar mass stated: "molar mass glucose 180.16 g/mol", "MW = 58.44 g/mol", "M 180.16 g·mol^-1", "0.18016 kg/mol"
_MOLAR_MASS = re.compile(
    rf"(?<![\w.])({NUMBER})\s*((?:k|m)?g)\s*(?:/\s*|\s+per\s+|[·*\s]\s*)(mol(?:e)?)(?:\s*\^?\s*(?:-1|⁻¹))?"
    r"(?![\w^])",
)
_MOLAR_WORDS = re.compile(r"\b(?:molar\s+mass|molecular\s+(?:weight|mass)|formula\s+(?:weight|mass)|mw|fw)\b", re.I)


def _molar(question: str, value: str, source: str, target: str) -> tuple[str, str, str, str] | None:
    """(value, unit, molar mass, its unit) restating a mass concentration as an amount ("126 mg/dL" over 180.16 g/mol:
    126/180.16 mg/dL per g/mol, which converts to mmol/L), or an amount as a mass (times the molar mass), when the
    two units differ by a mass against an amount of substance and the question states one molar mass with its unit;
    None when the units differ otherwise. PlanError when the molar mass is missing or stated twice."""
    over, times = f"({source})/(g/mol)", f"({source})*(g/mol)"
    if not (_agree(over, target) or _agree(times, target)):
        return None
    stated = {(m.group(1), f"{m.group(2)}/mol") for m in _MOLAR_MASS.finditer(scientific(question))}
    if len(stated) != 1:
        said = "states none" if not stated else "states several"
        raise PlanError(f"{source} to {target} turns a mass into an amount of substance (or back), which needs the "
                        f"molar mass, and the question {said}: give one, e.g. 'molar mass 180.16 g/mol'")  # fmt: skip
    mass, unit = stated.pop()
    if Decimal(mass) <= 0:
        raise PlanError(f"a molar mass of {mass} {unit} is no mass: it must be positive")
    if _agree(over, target):
        return f"{Decimal(value) / Decimal(mass):.20g}", f"({source})/({unit})", mass, unit
    return f"{Decimal(value) * Decimal(mass):.20g}", f"({source})*({unit})", mass, unit


# a quantity per a counted item, or an item per a unit: "185 bu/ac", "185 bushels per acre", "56 lb/bu", "56 lb per
# bushel", "24 cans per case"
_RATIO = re.compile(rf"(?<![\w.])({NUMBER})\s*([A-Za-z]+)\s*(?:/\s*|\s+(?:per|a|an|each)\s+)([A-Za-z]+(?:\^?[23])?)\b")
_ITEM_SHORT = {"bu": "bushel", "bx": "box", "pc": "piece", "pcs": "piece", "ea": "each", "cs": "case"}


def _item(word: str) -> str | None:
    """The counted item a word names when the unit engine knows no such unit ("bu", "bushels" -> "bushel"; "bag");
    None for a unit ("lb", "acre")."""
    from plugins.symbolic.units import UnitError, factors

    try:
        factors(word)
    except UnitError:
        lower = word.lower()
        return _ITEM_SHORT.get(lower) or re.sub(r"(?:(?<=[sxz]h)es|(?<=x)es|(?<!s)s)$", "", lower)
    return None


def _per_item(question: str, target: str) -> tuple[str, str, str, str] | None:
    """(value, unit, how it was read, the factor) for an amount per a counted item restated through the question's
    weight (or size) of one item: "185 bu/ac at 56 lb/bu, in t/ha" -> 185*56 lb/ac. The two ratios share one item
    the unit engine does not know (numerator of one, denominator of the other), and the product converts to the
    target; None when the question states no such pair. PlanError when one pairing is ambiguous."""
    ratios = [m for m in _RATIO.finditer(scientific(question)) if not _agree(f"{m.group(2)}/{m.group(3)}", target)]
    found = []
    for per in ratios:  # "185 bu/ac": an item per a unit
        item = _item(per.group(2))
        for each in ratios:  # "56 lb/bu": a unit per that item
            if item is None or each is per or _item(each.group(3)) != item or _item(each.group(2)) is not None:
                continue
            unit = f"{each.group(2)}/{per.group(3)}"
            if _agree(unit, target):
                found.append((per, each, unit))
    if not found:
        return None
    if len(found) > 1:
        raise PlanError("the question states more than one amount per item to restate: give one value and one "
                        "weight per item, e.g. '185 bu/ac at 56 lb/bu, in t/ha'")  # fmt: skip
    per, each, unit = found[0]
    value = Decimal(per.group(1)) * Decimal(each.group(1))
    read = f"{per.group(0)} at {each.group(0)}: {per.group(1)}*{each.group(1)} {unit}"
    return f"{value:.20g}", unit, read, f"{per.group(1)}*{each.group(1)}"


# an English cotton count, its name before or after its number ("Ne 30", "Ne30", "30s Ne", "30 Ne"), with the gloss
# that defines it after it: "Ne 30 (english cotton count, 840-yd hanks per lb)"; never "NE", a compass point
_COUNT_WRITTEN = re.compile(
    rf"(?<![\w^])(?:(?:Ne|ne)\s*[:=]?\s*(?P<after>{NUMBER})|(?P<before>{NUMBER})s?\s*(?:Ne|ne))(?![\w^])(?:s\b)?"
    r"(?P<gloss>\s*\([^()]{1,80}\))?"
)
# the indirect yarn counts read: the length a count counts per mass, as units the engine knows, and its yards
_INDIRECT_COUNTS = {"Ne": ("cotton_hank", "lb", "840")}


def _count_written(m: re.Match[str]) -> str:
    """An English cotton count as its number and unit, "30 Ne", without a gloss that defines it by the 840-yd hank
    per pound; the text unchanged when the gloss states another number (another hank, which havoc does not read)."""
    gloss = m.group("gloss") or ""
    if any(Decimal(n.group(0)) != Decimal(_INDIRECT_COUNTS["Ne"][2]) for n in _values(gloss)):
        return m.group(0)
    return f"{m.group('after') or m.group('before')} Ne"


def _indirect_count(value: str, source: str, target: str) -> tuple[str, str, dict[str, str]]:
    """(value, source, facts) with an indirect yarn count read as the linear density it is: "30 Ne", thirty 840-yd
    hanks per pound, is 1/30 lb per hank, which converts to tex or denier as a plain unit; the value and unit
    unchanged and no facts when the source is no indirect count. PlanError when the target is one (the answer would
    be the reciprocal of a conversion) or the count is not positive."""
    if target.strip() in _INDIRECT_COUNTS:
        raise PlanError(f"{target} is an indirect yarn count (hanks per pound), the reciprocal of a linear density: "
                        f"havoc converts from it ('Ne 30 in tex'), not to it")  # fmt: skip
    if source.strip() not in _INDIRECT_COUNTS:
        return value, source, {}
    length, mass, length_yd = _INDIRECT_COUNTS[source.strip()]
    if Decimal(value) <= 0:
        raise PlanError(f"a yarn count of {value} {source} has no linear density: the count must be positive")
    density = Decimal(1) / Decimal(value)
    facts = {"count": value, "count_unit": source.strip(), "hank_yd": length_yd,
             "note": f"{value} {source.strip()} ({length_yd}-yd hanks per {mass}) is 1/{value} {mass} per hank"}  # fmt: skip
    return f"{density:.25g}", f"{mass}/{length}", facts


def _clean(unit: str) -> str:
    text = re.sub(r"^(?:of|the)\s+", "", unit.strip(), flags=re.I)
    return {'"': "inch", "''": "inch", "'": "foot"}.get(text, text)


# a pound or kilogram that may be the force of a pressure, "lb/in²", "kg/cm²" (never the "lb" of "lbf", "kgf")
_MASS_AS_FORCE = re.compile(r"(?<![\w^])(?:(lbs?|pounds?)|(kgs?|kilograms?))(?![\w^])", re.I)


def _mass_as_force(source: str, target: str) -> tuple[str, str, str | None]:
    """(source, target, note) with a pound or kilogram read as its force (lbf, kgf) when, read as a mass, the two
    units' dimensions differ and, read as a force, they agree: "lb/in²" to kPa is psi, "kg/cm²" to bar a
    kilogram-force per cm²; the units unchanged and None otherwise ("lb/ft³" to kg/m³ stays a density)."""
    from plugins.symbolic.units import UnitError, convert

    def agree(a: str, b: str) -> bool | None:
        try:
            convert(Decimal(1), a, b)
        except UnitError as exc:
            return False if "dimensions differ" in str(exc) else None
        return True

    if agree(source, target) is not False:
        return source, target, None
    force = [_MASS_AS_FORCE.sub(lambda m: "lbf" if m.group(1) else "kgf", unit) for unit in (source, target)]
    if force == [source, target] or not agree(*force):
        return source, target, None
    said = next(unit for unit, read in zip((source, target), force, strict=True) if unit != read)
    return force[0], force[1], f"the pound or kilogram of {said} is read as a force (lbf, kgf): a pressure or stress"


# an element or compound a mass counts, written between the mass unit and its "per": "kg N/ha", "lb N/ac", "kg P2O5/ha",
# "g CO2 per km" (a formula of element symbols, each with an optional count)
_MASS_UNIT = r"(?:kg|g|mg|µg|ug|t|Mg|lbs?|oz|tonnes?|tons?|kilograms?|grams?|pounds?)"
_ELEMENT = "|".join(sorted(ELEMENTS, key=len, reverse=True))
_LABELLED = re.compile(rf"(?<![\w^])({_MASS_UNIT})\s+((?:(?:{_ELEMENT})\d*){{1,6}})(?=\s*(?:/|\bper\b))")


def _labels(unit: str) -> tuple[str, set[str]]:
    """``unit`` without the element labels after its mass units ("kg N/ha" -> "kg/ha") and the labels taken off."""
    taken: set[str] = set()

    def strip(m: re.Match[str]) -> str:
        taken.add(m.group(2))
        return m.group(1)

    return _LABELLED.sub(strip, unit), taken


def _element_label(source: str, target: str) -> tuple[str, str, str | None]:
    """(source, target, note) with the element a mass counts taken off ("150 kg N/ha to lb/ac": kg/ha to lb/ac) when,
    read as units (N a newton), the two sides' dimensions differ and, without the labels, they agree; the units
    unchanged and None otherwise. PlanError when the two sides label different elements ("kg N/ha to lb P2O5/ac"),
    which is a chemical conversion, not a unit's."""
    (bare_source, said), (bare_target, wanted) = _labels(source), _labels(target)
    if not said | wanted or _agree(source, target) or not _agree(bare_source, bare_target):
        return source, target, None
    if said and wanted and said != wanted:
        raise PlanError(f"{', '.join(sorted(said))} and {', '.join(sorted(wanted))} are different substances: converting "
                        "one to the other needs their molar masses, not a unit conversion")  # fmt: skip
    label = ", ".join(sorted(said | wanted))
    return bare_source, bare_target, f"{label} names what the mass counts (no unit): {bare_source} to {bare_target}"


# a count per a unit: "particles per m^3", "cells/mL", "defects per square foot" (the counted noun, then the unit)
_COUNT_PER = re.compile(r"^\s*([A-Za-z]+)\s*(?:/|\s+per\s+)\s*(\S.*)$", re.I)


def _counted_noun(unit: str) -> tuple[str, str] | None:
    """(noun, the unit it is counted per) when ``unit`` is a count per a unit whose noun is no unit the engine knows
    ("particles per m^3" -> ("particles", "m^3")); None otherwise ("km/h", "ft/min")."""
    from plugins.symbolic.units import UnitError, factors

    m = _COUNT_PER.match(unit)
    if m is None:
        return None
    try:
        factors(m.group(1))
    except UnitError:
        return m.group(1), m.group(2).strip()
    return None


def _per_count(source: str, target: str) -> tuple[str, str, str | None]:
    """(source, target, noun) with the noun of a count per a unit cancelled when both sides count the same noun
    ("3520 particles per m^3 to particles per cubic foot" converts 1/m^3 to 1/cubic foot); the units unchanged and
    None when neither counts one; PlanError when one side counts a noun the other does not (or another noun)."""
    counts = _counted_noun(source), _counted_noun(target)
    if counts == (None, None):
        return source, target, None
    nouns = {re.sub(r"(?:e?s)$", "", count[0].lower()) if count else None for count in counts}
    if len(nouns) > 1:
        said = next(count[0] for count in counts if count)
        raise PlanError(f"'{said}' is no unit: a count per a unit converts only to the same count per another unit "
                        "(e.g. 'particles per m^3 to particles per cubic foot')")  # fmt: skip
    (_, source_per), (noun, target_per) = counts  # type: ignore[misc]
    return f"1/({source_per})", f"1/({target_per})", noun


# a scale word between a count and what it counts: "1.2 billion requests per day", "3.6 million events/hour"
_SCALE_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_SCALED = re.compile(rf"^\s*({'|'.join(_SCALE_WORDS)})\s+(?=[A-Za-z])", re.I)


def _scaled(value: str, source: str) -> tuple[str, str, str | None]:
    """(value, source, note) with a scale word leading the source unit taken into the value ("1.2", "billion
    requests per day" -> "1200000000", "requests per day"); unchanged with None when the unit leads with none."""
    m = _SCALED.match(source)
    if m is None:
        return value, source, None
    scaled = format((Decimal(value) * _SCALE_WORDS[m.group(1).lower()]).normalize(), "f")
    return scaled, source[m.end() :], f"{value} {m.group(1).lower()} = {scaled}"


# a count per a unit of time abbreviated: "rps" (requests per second), "qpm", "eph"
_PER_TIME = re.compile(r"^\s*([a-z])p([smhd])\s*$", re.I)
_TIME_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day"}


def _rate_abbreviation(source: str, target: str) -> str:
    """The target written out as the source's counted noun per a unit of time when it abbreviates one, its first
    letter the noun's ("1.2 billion requests per day in rps": "requests per second"); unchanged otherwise (no count
    in the source, another letter, or a unit the engine knows by that name is left to the engine only when the source
    counts nothing)."""
    m, counted = _PER_TIME.match(target), _counted_noun(source)
    if m is None or counted is None or counted[0][0].lower() != m.group(1).lower():
        return target
    return f"{counted[0]} per {_TIME_UNITS[m.group(2).lower()]}"


def unit_shape_score(text: str, scores: dict[str, float]) -> float:
    """A number followed by a unit, then "to"/"in" and another unit."""
    found = _quantity(text)
    if found is None:
        return 0.0
    source = _scaled(found[0], found[1])[1]  # "1.2 billion requests per day in rps": requests per day
    counts = _counted_noun(source), _counted_noun(_rate_abbreviation(source, found[2]))
    units = (counts[0][1], counts[1][1]) if None not in counts else (found[1], found[2])
    return 3.0 if _unit_like(units[0]) and _unit_like(units[1]) else 0.0


# a rate of turns ("rpm", "rev/s", "Hz", "cycles per minute") against an angle in radians ("rad/s") or degrees
_TURNS = re.compile(r"\b(?:rpm|rps|rev\w*|r/min|[kMG]?hz|cycles?|turns?)\b", re.I)
_RADIANS = re.compile(r"\brad(?:ians?)?\b", re.I)
_ANGLE = re.compile(r"\b(?:rad(?:ians?)?|deg(?:rees?)?)\b|°(?![CFRK])", re.I)
# each way a side counts turns, written as the engine's turn (2*pi rad): a turn per minute or second, a revolution,
# a cycle, and the hertz as a frequency's cycles per second (its angular frequency is 2*pi f)
_TURN_WORDS = (
    (re.compile(r"\brpm\b|\br/min\b", re.I), "turn/min"),
    (re.compile(r"\brps\b", re.I), "turn/s"),
    (re.compile(r"\b(?:hz|hertz)\b", re.I), "turn/s"),
    (re.compile(r"\b(?:khz|kilohertz)\b", re.I), "turn/ms"),
    (re.compile(r"\b(?:MHz|megahertz)\b"), "turn/µs"),
    (re.compile(r"\b(?:GHz|gigahertz)\b"), "turn/ns"),
    (re.compile(r"\b(?:rev(?:olution)?s?|cycles?|turns?)\b", re.I), "turn"),
)


def _turns_as_angle(source: str, target: str) -> tuple[str, str, str | None]:
    """(source, target, note) with the side that counts turns ("rpm", "rev/s", "cycles per minute", "Hz") written in
    turns of 2*pi rad when the other side is an angle per time or an angle (rad/s, deg/s, rad): the unit engine's
    angles carry no dimension, so "1500 rpm to rad/s" would be 25, one radian a turn; with the turn it is 50*pi.
    The units unchanged and None when neither side counts turns against an angle. PlanError when a side counts turns
    in a way not read here ("kHz") or both sides mix turns and angles."""
    sides = [side for side in (source, target) if _TURNS.search(side)]
    angles = [side for side in (source, target) if _ANGLE.search(side)]
    if len(sides) != 1 or len(angles) != 1 or sides == angles:
        if sides and angles and _RADIANS.search(" ".join(angles)):
            raise PlanError(f"{sides[0]} and {angles[0]} both count turns and radians: convert one side at a time")
        return source, target, None
    turns = sides[0]
    written = turns
    for pattern, turn in _TURN_WORDS:
        written = pattern.sub(turn, written)
    if _TURNS.search(written.replace("turn", "")) or not _agree(written, angles[0]):
        raise PlanError(f"{turns} counts turns and {angles[0]} angles (one turn is 2*pi rad), and havoc reads the turns "
                        "of rpm, rps, rev, cycles and Hz only: convert to rev/s or Hz first")  # fmt: skip
    hz = re.search(r"hz\b|hertz\b", turns, re.I)
    note = f"one turn is 2*pi rad (360°): {turns} as {written}" + (", the angular frequency 2*pi f" if hz else "")
    return (written, target, note) if turns == source else (source, written, note)


def plan_unit_conversion(question: str) -> Plan:
    """``convert VALUE "FROM" to="TO"`` from the question."""
    reference = pressure_reference(question)[1]  # gauge and absolute mixed: refused
    if any(m["gloss"] and _count_written(m) == m.group(0) for m in _COUNT_WRITTEN.finditer(question)):
        raise PlanError("an English cotton count (Ne) counts 840-yd hanks per pound, but the question defines it by "
                        "another length: say the count's system (Ne, or its hank length of 840 yd)")  # fmt: skip
    found = _quantity(question)
    if found is None:
        raise PlanError("a unit conversion needs a value with its unit and the target unit, e.g. '3.5 inches to mm'")
    value, source, target = found[0], _clean(found[1]), _clean(found[2])
    item = None if _agree(source, target) else _per_item(question, target)
    if item is not None:  # "185 bu/ac at 56 lb/bu in t/ha": 185*56 lb/ac, the bushel cancelled
        value, source = item[0], item[1]
    _no_conversion(question, value, source, target)
    spread = None if _agree(source, target) else amount_over_time(question, target)
    molar = None if _agree(source, target) or spread is not None else _molar(question, value, source, target)
    if molar is not None:  # "126 mg/dL to mmol/L (molar mass 180.16 g/mol)": the amount the mass is, in mol
        value, source = molar[0], molar[1]
    if spread is not None:  # "0.75 L over 6 hours, in mL per minute": the rate 0.75/6 L per hour
        amount, unit, time, time_unit = spread
        if Decimal(time) <= 0:
            raise PlanError(f"an amount spread over {time} {time_unit} has no rate: the time must be positive")
        value, source = f"{Decimal(amount) / Decimal(time):.20g}", f"{unit}/{time_unit}"
    if standard := _STANDARD_FLOW.search(f"{source} {target}"):
        raise PlanError(f"{standard.group()} is a flow at standard conditions (an amount of gas, not a volume at the "
                        "line's pressure and temperature): converting it needs the standard's and the actual "
                        "temperature and pressure, which havoc does not assume")  # fmt: skip
    if re.search(r"\bthermochemical\b", question, re.I) and re.search(r"btu", f"{source} {target}", re.I):
        raise PlanError("havoc converts the International Table Btu (1055.05585262 J); the thermochemical Btu "
                        "(about 1054.350 J) is not read")  # fmt: skip
    for unit in (source, target):
        if not unit or re.search(r"[\"\\\\]", unit):
            raise PlanError(f"cannot read {unit!r} as a unit; write it as mm, psi, km/h, degF ...")
    said = source, target
    source, target, turned = _turns_as_angle(source, target)  # "1500 rpm in rad/s": 1500 turn/min, 50*pi rad/s
    read = source, target
    source, target, declared = _declared_ounce_ton(question, source), _declared_ounce_ton(question, target), None
    if (source, target) != read:
        declared = "the ounce and the ton as the question states them"
    for unit in (source, target):
        if _OUNCE_PER_TON.search(unit):
            raise PlanError(f"'{unit}' is an ounce per ton, an assay grade whose ounce is usually troy: say troy ounces "
                            "(ozt) or avoirdupois ounces, and short, long or metric ton")  # fmt: skip
    value, source, scaled = _scaled(value, source)
    value, source, yarn = _indirect_count(value, source, target)
    target = _rate_abbreviation(source, target)
    source, target, counted = _per_count(source, target)
    source, target, labelled = _element_label(source, target)
    source, target, forced = _mass_as_force(source, target)
    text = f'convert {value} "{source}" to="{target}"'
    facts = {"value": value, "from": source, "to": target, **yarn}
    if turned:  # the units as the question writes them, for the answer's words ("1500 rpm", not "1500 turn/min")
        facts["said_units"] = list(said)
    if spread is not None:
        facts.update({"amount": spread[0], "time": spread[2]})
    if item is not None:
        facts["per_item"] = item[3]  # "185*56": the amount per item times one item's weight
    if molar is not None:
        facts.update({"stated": found[0], "stated_unit": _clean(found[1]), "molar_mass": molar[2],
                      "molar_unit": molar[3]})  # fmt: skip
    if mixed := [m.group(0) for m in _MIXED.finditer(question) if _mixed_units(m.group(0)) != m.group(0)]:
        facts["written"] = "; ".join(mixed)  # "4 ft 8(1/2) in", read as 56.5 in
    counted = counted and f"{counted} are counted on both sides: they cancel, {source} to {target}"
    notes = [
        restate_defined(question)[1],
        molar and f"{found[0]} {_clean(found[1])} over the molar mass {molar[2]} {molar[3]}",
        item and f"{item[2]} (the item cancels)",
        reference,
        forced,
        declared and f"{source} to {target}: {declared}",
        scaled,
        yarn.pop("note", None),
        counted,
        labelled,
        turned,
    ]  # "7 US beer barrels at the question's 31 US gallons per barrel"
    if said := "; ".join(note for note in notes if note):
        facts["note"] = said
    if exact_asked(question):  # "Exact value please": the exact value is the answer, audited to be one
        facts["exact_form"] = True
    return Plan("unit_conversion", text, facts)


def context_quantity_starts(question: str, plan: Plan) -> set[int]:
    """Where the numbers of a unit conversion's other quantities start, those whose unit the engine knows and whose
    dimension differs from the value converted ("161 °F for 15 s ... in degrees Celsius": the 15 of a hold time): the
    conditions around the value, no value of the conversion. A number in the converted quantity's own dimension,
    or with no unit read, stays a value (unused, it fails the reading check)."""
    source = plan.facts.get("from")
    if plan.mode != "unit_conversion" or not isinstance(source, str):
        return set()
    found = set()
    for m in _values(question):
        rest = question[m.end() :]
        cut = _SEPARATOR.search(rest)  # "15 s in degrees Celsius": the unit ends before the target's "in"
        unit = _unit(_until_end(rest[: cut.start()] if cut and cut.start() > 0 else rest))
        if unit and _unit_like(unit) and _agree(_clean(unit), _clean(unit)) and not _agree(_clean(unit), source):
            found.add(m.start())
    return found


def exact_asked(question: str) -> bool:
    """Whether the question asks the conversion's exact value ("Exact value please", "as a fraction")."""
    return EXACT_FORM.search(scientific(question)) is not None


def audit_unit_conversion(plan: Plan, result: dict[str, Any], read_expression: Callable[[str], Any]) -> list[Check]:
    """The answer converted back gives the value asked; scipy.constants gives the same conversion."""
    from plugins.symbolic.units import convert

    facts = plan.facts
    value = Decimal(facts["value"])
    back = convert(read_expression(result["exact"]), facts["to"], facts["from"]).exact
    ok = math.isclose(float(back), float(value), rel_tol=1e-12, abs_tol=1e-12)
    checks = [Check("converting the answer back gives the value", ok, f"{float(back)!r} {facts['from']}")]
    if "count" in facts:  # an indirect yarn count: its reciprocal in tex from scipy.constants' pound and yard
        checks.append(_count_check(facts, result))
    if "molar_mass" in facts:  # the amount of substance a mass is: the stated value over (or times) the molar mass
        divided = facts["from"].endswith(f"/({facts['molar_unit']})")
        mass, stated = Fraction(facts["molar_mass"]), Fraction(facts["stated"])
        want_value = stated / mass if divided else stated * mass
        same = math.isclose(float(value), float(want_value), rel_tol=1e-15)
        checks.append(
            Check("the value restated by the molar mass", same, f"{facts['stated']} and {facts['molar_mass']}")
        )
    if "per_item" in facts:  # the amount per item times one item's weight, recomputed as an exact fraction
        count, weight = (Fraction(part) for part in facts["per_item"].split("*"))
        same = math.isclose(float(value), float(count * weight), rel_tol=1e-15)
        checks.append(Check("the value restated by the weight of one item", same, facts["per_item"]))
    if "amount" in facts:  # the rate an amount spread over a time gives, recomputed as an exact fraction
        rate = Fraction(facts["amount"]) / Fraction(facts["time"])
        same = math.isclose(float(value), float(rate), rel_tol=1e-15)
        checks.append(Check("the rate is the amount over the time", same, f"{facts['amount']} / {facts['time']}"))
    if facts.get("exact_form"):  # the exact value asked: a fraction of integers (times pi for turns in radians)
        checks.append(_exact_check(str(result["exact"])))
    if prefixed := prefix_case_check(facts["from"], facts["to"]):
        checks.append(prefixed)
    want = _scipy_conversion(float(value), facts["from"], facts["to"])
    got = result.get("value")
    if want is not None:  # scipy.constants lacks one of the units: the round trip stands alone
        same = isinstance(got, float | int) and math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-12)
        checks.append(Check("scipy.constants recomputation", same, f"engine {got!r}, scipy.constants {want!r}"))
    return checks


def prefix_case_check(*units: str) -> Check | None:
    """Each unit name written as an SI prefix before a symbol ("ML", "mL", "Mm", "MW") read by the prefix's own case:
    its size is 10^prefix times the bare symbol's ("ML/d" read as mL/d, 1e-9 of its size, fails); None when no name
    of ``units`` carries a prefix."""
    from plugins.symbolic.units import parse_unit, prefix_as_written, unit_expression

    read, wrong = [], []
    for unit in units:
        for name, _power in parse_unit(unit):
            split = prefix_as_written(name)
            if split is None:
                continue
            base, exponent = split
            ratio = _si_ratio(unit_expression(name), unit_expression(base))
            read.append(f"{name} = 1e{exponent} {base}")
            if ratio is None or not math.isclose(ratio, 10.0**exponent, rel_tol=1e-12):
                wrong.append(f"{name} read as {ratio!r} {base}")
    if not read:
        return None
    return Check("SI prefixes read in their own case", not wrong, "; ".join(wrong or read))


def _si_ratio(unit: Any, base: Any) -> float | None:
    """The size of ``unit`` over that of ``base`` (one dimension), or None when they do not divide to a number."""
    import sympy.physics.units as u

    ratio = u.convert_to(unit / base, [u.meter, u.kilogram, u.second, u.ampere, u.kelvin, u.mole, u.candela])
    return None if ratio.free_symbols or ratio.atoms(u.Quantity) else float(ratio)


# an exact value as the engine prints it: a fraction of integers, or one times pi ("50*pi", "pi/2", "25*pi/3")
EXACT_FRACTION = re.compile(r"-?\d+(?:/\d+)?")
PI_MULTIPLE = re.compile(r"-?(?:\d+\*)?pi(?:/\d+)?")


def _exact_check(exact: str) -> Check:
    """The exact value asked is a fraction of integers, no decimal cut short, or such a fraction times pi (an angle
    in radians: "50*pi" of 1500 rpm in rad/s)."""
    whole = any(pattern.fullmatch(exact.strip()) for pattern in (EXACT_FRACTION, PI_MULTIPLE))
    return Check("the exact value asked is a fraction of integers (or of pi)", whole, exact)


# a direct yarn count per tex: decitex and denier (grams per 10 km, per 9 km)
_PER_TEX = {"tex": 1, "dtex": 10, "decitex": 10, "denier": 9, "den": 9}


def _count_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """The answer against the count's linear density recomputed from scipy.constants: a pound over the count's
    hanks, in tex (g/km), then in the target unit."""
    from scipy import constants

    tex = constants.pound * 1000 / (float(facts["count"]) * float(facts["hank_yd"]) * constants.yard / 1000)
    per_tex = _PER_TEX.get(facts["to"].strip())
    want = None if per_tex is None else tex * per_tex
    got = result.get("value")
    same = want is not None and isinstance(got, float | int) and math.isclose(got, want, rel_tol=1e-9)
    detail = f"{facts['count']} {facts['count_unit']} is {tex!r} tex; engine {got!r} {facts['to']}"
    return Check("the yarn count's linear density from scipy.constants", same, detail)


def _scipy_conversion(value: float, source: str, target: str) -> float | None:
    """The conversion from scipy.constants' definitions; None when it lacks one of the units."""
    from scipy import constants

    from plugins.symbolic.units import temperature_scale

    scales = temperature_scale(source), temperature_scale(target)
    if all(scales):
        names = {"C": "Celsius", "F": "Fahrenheit", "K": "Kelvin", "R": "Rankine"}
        return float(constants.convert_temperature(value, names[scales[0]], names[scales[1]]))
    sizes = _si_size(source), _si_size(target)
    return None if None in sizes else value * sizes[0] / sizes[1]


def _si_size(unit: str) -> float | None:
    """The unit's size in SI units from scipy.constants (None when it has no value for one of its names)."""
    import sympy.physics.units as u

    from plugins.symbolic.units import factors, lookup

    table = _scipy_table()
    size = 1.0
    for f in factors(unit):
        obj = lookup(f.name)
        canonical = str(obj.name) if isinstance(obj, u.Quantity) else f.name
        base = table.get(canonical, table.get(f.name, table.get(f.name.lower())))  # "GPM" is gpm
        if base is None:
            return None
        size *= (10.0**f.prefix * base) ** f.power
    return size


def _scipy_table() -> dict[str, float]:
    from scipy import constants as c

    table = {
        "meter": 1, "m": 1, "inch": c.inch, "in": c.inch, "foot": c.foot, "yard": c.yard, "yd": c.yard,
        "mile": c.mile, "nautical_mile": c.nautical_mile, "fathom": 6 * c.foot, "ftm": 6 * c.foot, "millimeter": 1e-3, "centimeter": 1e-2, "decimeter": 0.1,
        "kilometer": 1e3, "micrometer": 1e-6, "nanometer": 1e-9, "angstrom": c.angstrom, "thou": c.mil, "mil": c.mil,
        "metre": 1, "gram": 1e-3, "kilogram": 1, "milligram": 1e-6, "microgram": 1e-9, "tonne": c.metric_ton,
        "pound": c.pound, "lbs": c.pound, "lbm": c.pound, "oz": c.ounce, "ounce": c.ounce, "ounces": c.ounce,
        "stone": c.stone, "slug": c.slug, "troy_oz": c.troy_ounce, "ozt": c.troy_ounce, "short_ton": c.short_ton,
        "long_ton": c.long_ton, "second": 1, "sec": 1, "secs": 1, "minute": c.minute, "min": c.minute,
        "mins": c.minute, "hour": c.hour, "hr": c.hour, "hrs": c.hour, "day": c.day, "wk": c.week, "week": c.week,
        "weeks": c.week, "yr": c.Julian_year, "year": c.Julian_year, "millisecond": 1e-3, "microsecond": 1e-6,
        "nanosecond": 1e-9, "liter": c.liter, "litre": c.liter, "milliliter": 1e-6, "centiliter": 1e-5,
        "deciliter": 1e-4, "gal": c.gallon, "gallon": c.gallon, "gallons": c.gallon, "quart": c.gallon / 4,
        "qt": c.gallon / 4, "pint": c.gallon / 8, "pt": c.gallon / 8, "floz": c.fluid_ounce, "cc": 1e-6,
        "imp_gallon": c.gallon_imp, "imp_quart": c.gallon_imp / 4, "imp_pint": c.gallon_imp / 8,
        "imp_floz": c.fluid_ounce_imp, "imp_gal": c.gallon_imp, "gpm": c.gallon / c.minute,
        "imp_gpm": c.gallon_imp / c.minute, "lpm": c.liter / c.minute, "cfm": c.foot**3 / c.minute,
        "cfs": c.foot**3, "cfh": c.foot**3 / c.hour, "gph": c.gallon / c.hour, "gpd": c.gallon / c.day,
        "mgd": 1e6 * c.gallon / c.day, "Mgal": 1e6 * c.gallon, "mld": 1e6 * c.liter / c.day, "d": c.day, "gsm": 1e-3,
        "thousand": 1e3, "million": 1e6, "billion": 1e9,
        "acre": c.acre, "acres": c.acre, "ac": c.acre, "hectare": c.hectare, "newton": 1, "lbf": c.lbf, "kgf": c.kgf,
        "kp": c.kgf, "kilopond": c.kgf, "kiloponds": c.kgf, "kip": 1e3 * c.lbf, "dyn": c.dyne, "pascal": 1, "kilopascal": 1e3, "bar": c.bar, "mbar": 1e-3 * c.bar,
        "psi": c.psi, "ksi": 1e3 * c.psi, "psf": c.lbf / c.foot**2, "ksf": 1e3 * c.lbf / c.foot**2, "atmosphere": c.atm, "torr": c.torr, "mmHg": c.mmHg, "joule": 1,
        "cal": c.calorie, "calorie": c.calorie, "calories": c.calorie, "kcal": 1e3 * c.calorie, "Btu": c.Btu,
        "BTU": c.Btu, "Wh": c.hour, "kWh": 1e3 * c.hour, "erg": c.erg, "electronvolt": c.eV, "watt": 1,
        "hp": c.hp, "horsepower": c.hp, "mph": c.mph, "kph": c.kmh, "kmh": c.kmh, "knot": c.knot, "knots": c.knot,
        "kn": c.knot, "fps": c.foot, "fpm": c.foot / c.minute,
        "sfm": c.foot / c.minute, "sfpm": c.foot / c.minute, "rpm": 1 / c.minute, "degree": c.degree, "deg": c.degree, "degrees": c.degree,
        "radian": 1, "kelvin": 1, "K": 1, "°C": 1, "degC": 1, "°F": 5 / 9, "degF": 5 / 9, "°R": 5 / 9, "degR": 5 / 9,
        "hertz": 1, "ampere": 1, "volt": 1, "ohm": 1, "Ω": 1, "coulomb": 1, "C": 1, "farad": 1, "F": 1, "mole": 1,
        "percent": 0.01, "Nm": 1, "Ah": c.hour, "mAh": 1e-3 * c.hour, "turn": 2 * c.pi,
    }  # fmt: skip
    return {k: float(v) for k, v in table.items()}
