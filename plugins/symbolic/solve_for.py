"""A stated formula solved for one of its names at values given for all the others, as text for the algebra planner.

"Fixture rail grows per L = L0(1 + alpha*ΔT). With L0 = 250.000 mm, L = 250.060 mm and alpha = 12e-6 per degC, solve
for ΔT": the one formula the question defines, "solve for X" (or "rearrange for X") naming a name of it, and one value
for every other name (the formula's own name included). The formula ends at a comma, a full stop or a colon ("using
the simple ABV = (OG − FG) × 131.25 formula: OG was 1.058, label says 6.3% ABV. what FG do we need?"). A name written with a Greek capital ("ΔT") reads as a word
("DeltaT"); a formula named by a degree scale ("°P = 259 - 259/SG") is set by the value written in it ("reads 12
°P"). Values in one unit with two prefixes are not read ("mm" and "m"): the question must convert them first.
Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from plugins.api.number_words import number_words
from plugins.api.prose import NUMBER, blank_spans, scientific
from plugins.api.reasoning import outscore
from plugins.symbolic.algebra_prose import SIGN_WORDS
from plugins.symbolic.calculus_prose import plain_scripts
from plugins.symbolic.derivative_prose import CLOCK_WORD, clock_unit, declared_time_units
from plugins.symbolic.evaluate_prose import SETTING, power_values, stated_values
from plugins.symbolic.greek_letters import SYMBOL_NAMES, lower_case
from plugins.symbolic.initial_values import BOUND as _BOUND
from plugins.symbolic.initial_values import initial_spans
from plugins.symbolic.remarks import MATH_WORDS
from plugins.symbolic.unit_values import declared_units, values_by_unit
from plugins.symbolic.word_problems import Definition, definitions, target_parts

# Greek names as words: "ΔT" -> "DeltaT", "10σ/S" -> "10sigma/S" (not "μ" nor "µ": the micro of a unit, "5 µm")
_GREEK = {c: w for c, w in lower_case(SYMBOL_NAMES).items() if c not in "μµ"} | {"Δ": "Delta"}
_ASK = re.compile(
    rf"\b(?:solve|re-?arrange)\s+(?:(?:it|this|the\s+\w+)\s+)?for\s+(?:{SIGN_WORDS})?(?P<name>[A-Za-z]\w*)", re.I
)
# a parameter of the formula asked by a verb: "find τ", "determine the rate constant k" (not its own name nor its
# argument, which other readers take: "find t when V = 140")
_FIND = re.compile(
    rf"\b(?:find|determine|calculate|compute|estimate|get|back[- ]?calculate|back\s+out|work\s+out)\s+"
    rf"(?:{SIGN_WORDS})?(?P<name>[A-Za-z]\w*)",
    re.I,
)
# a name of the formula asked with "what": "what D in mm, exact", "what's D?", "what is the D-value in minutes?" (the
# name ends the ask)
_WHAT = re.compile(
    r"\bwhat(?:'s|\s+is|\s+must)?\s+(?:the\s+)?(?:value\s+of\s+)?(?P<name>[A-Za-z]\w*)(?:-values?)?"
    r"(?:\s+(?:be|in\s+[A-Za-z/°%]+))?"
    r"\s*(?:[?.!,;]|\bexact(?:ly)?\b|$)",
    re.I,
)
# a name of the formula asked after words that describe it: "what's the largest residual SD σ (area units) we can
# tolerate?", "what conc is that?" (the name is the one word of the ask that the formula uses)
_WHAT_WORDS = re.compile(
    r"\bwhat(?:'s|\s+is|\s+must|\s+would)?\s+(?:be\s+)?(?:the\s+)?(?P<words>(?:[A-Za-z][\w-]*\s+){0,5}[A-Za-z]\w*)",
    re.I,
)
# a bound stated for a value, read as the value itself: "no more than 0.5", "at most 3", "not to exceed 2"
# the time asked without naming it: "exposure time needed?", "how long is required", "the time required"
_TIME_ASK = re.compile(
    r"\bhow\s+long\b|\btime\s+(?:is\s+)?(?:needed|required|necessary)\b|\bwhat\s+(?:exposure\s+|hold\s+)?time\b",
    re.I,
)
# a value stated as the start or the end of the formula's course: "starting bioburden is 1e6", "initial count of
# 500", "the target SAL is 1e-6", "final level 20" (up to two words between the role and the value)
_ROLE_VALUE = (
    r"\b(?:{roles})\b(?:\s+(?!(?:is|of|at|was|be)\b)[A-Za-z][\w-]*){{0,2}}\s*(?::|=|\bis\b|\bof\b|\bat\b)?\s*"
    rf"(?P<value>{NUMBER})(?![\w^*/]|\.\d)"
)
# a course from its start to its end: "went from 85 kg N/ha to 40 kg N/ha over 30 days", "fell from 200 to 50 mg/L"
# (up to three unit words after each value), and the time it took
_FROM_TO = (
    rf"\bfrom\s+(?P<start>{NUMBER})(?:\s*[A-Za-zµ°%][\w/%°µ]*){{0,3}}\s+(?:down\s+|up\s+)?to\s+(?P<end>{NUMBER})"
    r"(?![\w^*/]|\.\d|\s*[-+*/^]\s*[\w(])"
    rf"(?:(?:\s*[A-Za-zµ°%][\w/%°µ]*){{0,3}}\s+(?:over|in|within|after)\s+(?:about\s+)?(?P<time>{NUMBER})\s*"
    rf"(?P<unit>{CLOCK_WORD})\b)?"
)
_START_ROLES = "initial|initially|starting|start|original"
_END_ROLES = "target|final|required|desired|end"
_FORMULA_END = re.compile(r"[,;?!]|[.:](?!\d)|\s(?:with|where|and|for)\s|$")
# the words after "solve for": the name, or words that describe it before it ("solve for the oxide thickness x")
_WORDS_AFTER = re.compile(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}")
# the rest of an equation's left side before the name the definition reader took: the "x^2 + A*" of "x^2 + A*x = B*t"
_LEFT_TERMS = re.compile(r"(?:[\w.^()]+\s*[-+*/]\s*)+$")
_STAND_INS = "xyzuvw"


@dataclass(frozen=True)
class SolveFor:
    """The equation with every name but the asked one replaced by its value, the one letter that stands for the
    asked name in it ("T" for "DeltaT"), and the name as the question writes it."""

    equation: str
    var: str
    name: str


def words_for_greek(text: str) -> str:
    """Greek capitals of a name as words: "ΔT" -> "DeltaT"."""
    return re.sub("|".join(_GREEK), lambda m: _GREEK[m.group()], text)


_DEGREE_NAME = re.compile(r"°\s?([A-Za-z]{1,3})(?=\s*=)")


def degree_names(text: str) -> str:
    """A formula named by a degree scale, as the scale's name with its value set: "°P = 259 - 259/SG ... reads 12 °P"
    -> "P = 259 - 259/SG ... reads P = 12" (the one value written in that scale, the name used nowhere else)."""
    m = _DEGREE_NAME.search(text)
    if m is None:
        return text
    scale = re.escape(m.group(1))
    values = re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?)\s*°\s?{scale}\b")
    if len(values.findall(text)) != 1 or re.search(rf"(?<![°\w]){scale}\b", text):
        return text
    return re.sub(rf"°\s?{scale}(?=\s*=)", m.group(1), values.sub(rf"{m.group(1)} = \1", text))


def _plain(question: str) -> str:
    """The question as the solve readers read it: "12*10^-6" -> "12e-6", "N0 = 10^6" -> "N0 = 1e6", "x²" -> "x^2", "E₁" -> "E_1", Greek letters as
    words, "°P = ..." -> "P = ..."."""
    return degree_names(words_for_greek(power_values(scientific(plain_scripts(question)))))


def solve_for_parts(question: str, declarations: str | None = None) -> SolveFor | None:
    """The equation "solve for X" asks of the one formula the question defines; None when it asks none. Raises
    ValueError when a value is missing, given twice, or in units the question must first convert. ``declarations``:
    the text whose units of the names ("(Q in m³/s, A in ha)") are read, the question with its remarks (default: it)."""
    text = _plain(question)
    ask = _ASK.search(text)
    found_ask = ask is None and (ask := _FIND.search(text)) is not None
    if ask is None and (what := _WHAT.search(text)):  # "what D in mm": values may stand beside their names
        return _what_parts(text, what["name"], declarations)
    if ask is None and (named := _asked_in_words(text)):  # "what's the largest residual SD σ we can tolerate?"
        return _what_parts(text, named, declarations)
    if ask is None and _TIME_ASK.search(text) and re.search(rf"\b(?:{_END_ROLES})\b", text, re.I):
        return _what_parts(text, "t", declarations)  # "exposure time needed ... the target SAL is 1e-6": t
    asked = frozenset(_WORDS_AFTER.match(text, ask.start("name")).group().split()) if ask else frozenset()
    if glossed := _named_in_words(text, sorted(asked)):  # "x = concentration ... back-calculate the concentration"
        asked |= {glossed}
    found = definitions(text, asked)  # "SG" of "P = 259 - 259/SG, solve for SG": a word-named variable
    found = [f for f in found if not _WORD_ONLY.fullmatch(f.body.strip())]  # "x = concentration": a gloss
    if ask is None or len(found) != 1:
        return None
    function = found[0]
    terms = _LEFT_TERMS.search(text, 0, function.start)
    left = f"{terms.group()}{function.name}" if terms else function.name  # "x^2 + A*x" (a formula's name: "L")
    names = formula_names(function.body) | formula_names(left) | _asked_e(function.body, asked)
    name = _asked(text, ask, names)
    if name is None or (found_ask and name in {function.name, function.arg}):
        return None  # "find t when V = 140": a target's, not a parameter's
    settings = [m for m in SETTING.finditer(text) if m.start() != function.start and m.start() != ask.start("name")]
    values = stated_values(settings)
    _fill_reached(text, function.name, names - {name}, values)
    others = names - {name}
    if others - set(values) == {function.name} and _set_in_words(text, function, name):
        return None  # "rise above ambient = 800(1 - e^(-t/40)) ... solve for t when the rise hits 500": a target
    if others - set(values):  # "die is 250 mm", "1000 mm layflat": values in words, outside the formula and settings
        outside = _outside(text, function)
        for m in settings:
            outside = blank_spans(outside, [m.span()])
        _fill_in_words(outside, others - set(values), names, values)
    if others - set(values) - {"t"} == {function.name} and (factor := _fold_factor(text)) and "t" in names:
        _fill_folded(text, function, factor, values)
    if name in values or not others <= set(values):
        raise ValueError(f"solving for {name} needs one value for each of {', '.join(sorted(others))} and none for it")
    _fraction_value(text, function, values)  # "Y = e^(−A·D0) ... yield Y = 85%": 0.85
    var = _stand_in(name, names)
    substituted = {**{n: values[n] for n in others}, name: var}
    body, side = substitute_values(function.body, substituted), substitute_values(left, substituted)
    return SolveFor(f"{body} == {side}", var, name)


# a formula whose value is a fraction of one: a bare exponential ("Y = e^(−A·D0)", "R = exp(-t/eta)", "F = 1 -
# e^(-k*t)"), its value a yield, fraction, probability, reliability or survival
_FRACTION_BODY = re.compile(r"(?:1\s*-\s*)?(?:e\s*\^\s*|exp\s*)\((?P<inner>.*)\)")
_FRACTION_WORDS = r"yield|fraction|probability|reliability|survival|survivorship|pass\s+rate|share"


def _fraction_formula(text: str, function: Definition) -> bool:
    """Whether the formula's value is a fraction of one, not a percentage: its body a bare exponential (one pair of
    brackets around its exponent, no factor), or its name glossed as a yield, a fraction, a probability, a
    reliability or a survival ("probe yield Y = ...", "the reliability R(t) = ...") with no 100 in the body."""
    if "100" in function.body:
        return False  # "Y = 100·e^(−A·D0)": a percentage
    bare = _FRACTION_BODY.fullmatch(function.body.strip())
    if bare and _balanced(bare["inner"]):
        return True
    name = re.escape(function.name)
    return re.search(rf"\b(?:{_FRACTION_WORDS})\s+{name}\b", text, re.I) is not None


def _balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes inside it, so that the brackets around it are one pair."""
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _fraction_value(text: str, function: Definition, values: dict[str, str]) -> None:
    """The formula's own value in ``values`` as a fraction of one where the question writes it as a percentage and
    the formula gives a fraction ("probe yield Y = 85%" of "Y = e^(−A·D0)" -> "0.85"); left as it is otherwise
    ("label says 6.3% ABV" of "ABV = (OG − FG) × 131.25")."""
    value = values.get(function.name)
    if value is None or not re.search(rf"(?<![\w.]){re.escape(value)}\s*%", text):
        return
    if _fraction_formula(text, function):
        values[function.name] = format(Decimal(value) / 100, "f")


# a value that halves or doubles from its start: "the tack halves after 40 days", "has halved by t = 40", "falls to
# half its initial value", "doubles in 3 h"
_FOLDS = re.compile(
    r"\b(?P<half>halves|halved|(?:drops?|dropped|falls?|fallen|fell|decays?|decayed|comes?\s+down)\s+(?:to|by)\s+"
    r"(?:one[- ])?half|half-life)\b|\b(?P<double>doubles|doubled)\b",
    re.I,
)


def _fold_factor(text: str) -> str | None:
    """The factor the question says the formula's value changes by from its start ("halves" -> "1/2", "doubles" ->
    "2"); None when it says none, or both."""
    found = {"1/2" if m["half"] else "2" for m in _FOLDS.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _fill_folded(text: str, function: Definition, factor: str, values: dict[str, str]) -> None:
    """The formula's own name at ``factor`` times its value at t = 0 ("halves after t = 40": exp(-k*t) = (1/2)*exp(-k*0)),
    and t at the time stated ("after 40 days", "a half-life of 40 days") where no "t = ..." gives it."""
    if "t" not in values:
        elapsed = _elapsed_value(text, "t") or _half_life_time(text)
        if elapsed is None:
            return
        values["t"] = elapsed
    start = substitute_values(function.body, {"t": "0"})
    values[function.name] = f"{factor})*({start}"  # bracketed by substitute_values: "((1/2)*(exp(-k*(0))))"


_HALF_LIFE = re.compile(rf"\bhalf-life\s+(?:of\s+|is\s+)?(?P<value>{NUMBER})\s*(?P<unit>{CLOCK_WORD})", re.I)


def _half_life_time(text: str) -> str | None:
    """The time a half-life states ("a half-life of 40 days" -> "40"); None when none or several."""
    found = {m["value"] for m in _HALF_LIFE.finditer(text)}
    return found.pop() if len(found) == 1 else None


def _outside(text: str, function: Definition) -> str:
    """The text with the formula's definition blanked out ("layflat = pi*BUR*D_die/2. die is 250 mm" -> "  ...  die
    is 250 mm"), so that the values beside names are read outside it."""
    end = _FORMULA_END.search(text, text.index("=", function.start) + 1).start()
    return text[: function.start] + " " * (end - function.start) + text[end:]


def _word_aliases(name: str) -> list[str]:
    """The words a question may call ``name`` by: the name itself, and for a name joined by underscores the words
    of it of three letters or more ("D_die" -> ["D_die", "die"])."""
    return (
        [name] + [part for part in name.split("_")[1:] if len(part) >= 3 and part.isalpha()] if "_" in name else [name]
    )


def _fill_in_words(outside: str, wanted: set[str], names: set[str], values: dict[str, str]) -> None:
    """Values of the ``wanted`` names stated in words outside the formula, put into ``values`` only when every one
    is found and no number is taken twice: after the name or a word of it ("die is 250 mm" for D_die, "layflat of
    1000"), or before it with a unit between ("1000 mm layflat"), every number stated outside taken once. Leaves
    ``values`` as it was otherwise ("die is 250 mm or 300 mm": no value read)."""
    found: dict[str, tuple[str, int]] = {}
    for name in sorted(wanted):
        spans = set()
        for alias in _word_aliases(name):
            if (beside := _value_beside(outside, alias, names)) is not None:
                spans.add((beside["value"], beside.start("value")))
            spans |= {(m["value"], m.start("value")) for m in _values_before(outside, alias)}
        spans = spans or initial_spans(outside, name, wanted, names)
        if len(spans) != 1:
            return
        found[name] = spans.pop()
    stated = {m.start() for m in re.finditer(rf"(?<![\w.^*/])(?P<value>{NUMBER})(?![\w^*/]|\.\d)", outside)}
    if {start for _, start in found.values()} == stated and len(stated) == len(found):  # every number once
        values.update({name: value for name, (value, _) in found.items()})


def _values_before(text: str, name: str) -> list[re.Match[str]]:
    """The values stated right before ``name``, a unit between them or none ("1000 mm layflat", "6.3% ABV")."""
    before = rf"(?<![\w.^*/])(?P<value>{NUMBER})\s*(?:[A-Za-zµ°%/]+\s+)?{re.escape(name)}\b"
    return list(re.finditer(before, text))


def _asked_in_words(text: str) -> str | None:
    """The one name of the one formula the question defines that a "what ..." ask names among up to five words that
    describe it ("what's the largest residual SD sigma" -> "sigma", "what conc is that" -> "conc"), before any
    condition ("at S = 2"); None otherwise, or when the formula's own name comes first ("what is v at S = 2")."""
    for ask in _WHAT_WORDS.finditer(text):
        words = re.split(r"\s(?:at|when|if|for|where|with|given|once|after)\b", ask["words"], flags=re.I)[0].split()
        for word in words:
            found = [d for d in definitions(text, frozenset({word})) if _written_as_equation(text, d)]
            if len(found) == 1 and word == found[0].name:
                return None  # "what is v at S = 2": the formula's value, the evaluation reader's
            if len(found) == 1 and word in formula_names(found[0].body):
                return word
    return None


def _written_as_equation(text: str, function: Definition) -> bool:
    """Whether ``function`` is written "name = body" ("area = 12.4*conc + 3.1"), not said in words ("profit is
    -0.5q^2 + 40q - 600", "oxide follows 850 - 3.4t"), which the solve readers of a value reached take."""
    return (
        re.match(rf"\s*{re.escape(function.name)}\s*(?:\(\s*\w\s*\))?\s*=(?!=)", text[function.start :], re.I)
        is not None
    )


def _what_parts(text: str, name: str, declarations: str | None = None) -> SolveFor | None:
    """The equation "what D" asks of the one formula the question defines, its other names given by "name = value",
    by a value after the name ("Vc 180 m/min", "OG was 1.058"), by the one value before a name of two letters or more
    ("label says 6.3% ABV"), or, for the one name left, by the one number stated outside the formula
    that no name took ("need 2400 rpm ... n = 1000*Vc/(pi*D)"), or by the unit ``declarations`` (default: the text)
    declares for it ("(Q in m³/s) ... a peak of 4.2 m³/s"); None when the formula's own name is asked or no
    formula is defined. Raises ValueError when the values cannot be matched to the names one to one."""
    found = definitions(text, frozenset({name}))
    if len(found) != 1:
        return None
    function = found[0]
    names = formula_names(function.body) | {function.name} | _asked_e(function.body, frozenset({name}))
    if name not in names or name == function.name or not _written_as_equation(text, function):
        return None  # a formula's value asked: the evaluation reader's; a formula in words: the solve readers'
    end = _FORMULA_END.search(text, text.index("=", function.start) + 1).start()
    outside = text[: function.start] + " " * (end - function.start) + text[end:]
    settings = [m for m in SETTING.finditer(outside) if m["name"] in names]
    values = stated_values(settings)
    taken = [(m.start(), m.end()) for m in settings]
    for other in sorted(names - {name} - set(values)):  # "Vc 180 m/min": the value right after the name
        beside = _value_beside(outside, other, names)
        if beside:
            values[other] = beside["value"]
            taken.append((beside.start(), beside.end()))
        elif len(other) > 1 and len(before := _values_before(outside, other)) == 1:  # "label says 6.3% ABV"
            values[other] = before[0]["value"]
            taken.append(before[0].span())
    units = declared_units(_plain(declarations) if declarations else text, names - {name} - set(values))
    for other, (value, span) in values_by_unit(units, outside, taken).items():
        values[other] = value  # "(Q in m³/s) ... a peak of 4.2 m³/s": Q by its unit
        taken.append(span)
    _fill_reached(text, function.name, names - {name}, values)
    for other, (value, span) in _role_values(outside, function.name, names - {name} - set(values), taken).items():
        values[other] = value  # "starting bioburden is 1e6" is N0, "the target SAL is 1e-6" is N
        taken.append(span)
    missing = sorted(names - {name} - set(values))
    spare = [
        m["value"]
        for m in re.finditer(rf"(?<![\w.^*/])(?P<value>{NUMBER})(?![\w.^*/])", outside)
        if not any(a <= m.start() < b for a, b in taken)
    ]
    if len(missing) == 1 and len(spare) == 1:  # "2400 rpm" is n: the one value and the one name left
        values[missing[0]] = spare[0]
    elif missing:
        raise ValueError(f"solving for {name} needs one value for each of {', '.join(missing)}: the values stated "
                         f"({', '.join(spare) or 'none'}) cannot be matched to them one to one; write them as "
                         f"'{missing[0]} = ...'")  # fmt: skip
    _fraction_value(text, function, values)
    var = _stand_in(name, names)
    substituted = {**{n: values[n] for n in names - {name}}, name: var}
    return SolveFor(
        f"{substitute_values(function.body, substituted)} == {substitute_values(function.name, substituted)}", var, name
    )


def _role_values(
    outside: str, own: str, wanted: set[str], taken: list[tuple[int, int]]
) -> dict[str, tuple[str, tuple[int, int]]]:
    """The values of the start and the end of the formula's course stated by role words in ``outside`` (the text
    without the formula): the one ``wanted`` name with subscript 0 ("N0", "N_0") by "starting"/"initial", the
    formula's own name ``own`` by "target"/"final"; each with its span, only where exactly one value of that role is
    stated and not ``taken`` already, and the name is wanted. A course stated "from A to B" gives both, A the start,
    and t the time it took ("over 30 days") where t is wanted and the question gives t no other unit."""
    starts = [n for n in wanted if re.fullmatch(rf"{re.escape(own)}_?0", n)]
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    courses = [m for m in re.finditer(_FROM_TO, outside, re.I) if not any(a <= m.start() < b for a, b in taken)]
    if len(starts) == 1 and own in wanted and len(courses) == 1:  # "went from 85 to 40": N0 is 85, N is 40
        found[starts[0]] = (courses[0]["start"], courses[0].span("start"))
        found[own] = (courses[0]["end"], courses[0].span("end"))
        declared = declared_time_units(outside)
        time, unit = courses[0]["time"], courses[0]["unit"]
        if "t" in wanted and time and (not declared or declared == {clock_unit(unit)}):  # "over 30 days": t is 30
            found["t"] = (time, courses[0].span("time"))
        return found
    for name, roles in ((starts[0] if len(starts) == 1 else None, _START_ROLES), (own, _END_ROLES)):
        if name not in wanted:
            continue
        hits = [
            m
            for m in re.finditer(_ROLE_VALUE.format(roles=roles), outside, re.I)
            if not any(a <= m.start("value") < b for a, b in taken)
        ]
        if len(hits) == 1:
            found[name] = (hits[0]["value"], hits[0].span("value"))
    return found


def _value_beside(text: str, name: str, names: set[str]) -> re.Match[str] | None:
    """The value stated after ``name``: right after it ("Vc 180 m/min", "area 158.1", "D-value 2.5 min"), or after up to four words and
    a verb ("S of the calibration curve is 14.8", "the LOQ to be no more than 0.5": a bound read as the value) that
    name none of the formula's ``names``; None when none is stated."""
    others = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    words = rf"(?:\s+(?!(?:{others})\b)[A-Za-z]+){{0,4}}?\s+(?:is|be|was|of|at|=)\b"
    return re.search(
        rf"(?<![\w.])(?:{re.escape(name)})(?:-values?)?(?:\s*(?::|\bis\b|\bof\b)?|{words})\s*{_BOUND}"
        rf"(?P<value>{NUMBER})(?![\w]|\.\d)",
        text,
    )


# the formula's own name set by a verb of change: "where Q drops to 2000 mAh", "when Q falls to 80", "once N reaches 5",
# its name after a few words of what it is ("at which the predicted response y equals 38"), or the one formula by
# "it": "where it drops to 600 °C"
_REACHES = (
    r"\b(?:where|when|once|until|till|(?:at|for|on|in)\s+which)\s+(?:the\s+)?(?:[a-z]{{3,}}\s+){{0,3}}?"
    r"(?:{name}(?:\s*\(\s*\w+\s*\))?|it)\s+"
    r"(?:has\s+|first\s+)?"
    r"(?:equals?|(?:is\s+)?equal\s+to|becomes?|"
    r"drops?|dropped|falls?|fallen|fell|decays?|decayed|declines?|declined|reaches|reached|hits|rises?|risen|rose|"
    r"grows?|grown|grew|climbs?|climbed|cools?|cooled|comes?\s+down|goes\s+(?:up|down))\s+(?:to\s+)?"
    r"(?P<value>{number})(?![\w.^*/])"
)


# the formula's own name (or "it") stated at a value reached: "it's down to 250 N", "P has dropped to 250", "it is up
# to 90", "it falls to 40 after 3 h"
_STATED_REACH = (
    r"\b(?:{name}|(?i:it))(?:(?:'s|\s+is|\s+was)\s+(?:now\s+|already\s+)?(?:down|up)\s+to"
    r"|\s+(?:has|had)\s+(?:now\s+|already\s+)?(?:dropped|fallen|decayed|declined|relaxed|risen|grown|climbed|"
    r"come\s+down|gone\s+(?:up|down))\s+to"
    r"|\s+(?:drops|falls|decays|declines|relaxes|rises|grows|climbs)\s+to)"
    r"\s+(?P<value>{number})(?![\w.^*/])"
)


# the value reached after a time, the time first: "after 3 months P is 250 N", "after 6 h, it reads 20"
_AFTER_REACH = (
    r"\bafter\s+(?:about\s+)?{number}\s*" + CLOCK_WORD + r"\s*,?\s+(?:{name}|(?i:it))\s+"
    r"(?:(?:is|was|reads|measures)\s+(?:only\s+|now\s+|(?:down|up)\s+to\s+)?|(?:has\s+)?(?:dropped|fallen|fell|"
    r"decayed|declined|relaxed|risen|rose|grown|grew|climbed)\s+to\s+)(?P<value>{number})(?![\w.^*/])"
)


def _reached_value(text: str, name: str) -> str | None:
    """The value a phrase sets the formula's own ``name`` to ("where Q drops to 2000 mAh" -> "2000", see
    ``_REACHES``; "it's down to 250 N", see ``_STATED_REACH``; "after 3 months P is 250 N", see ``_AFTER_REACH``);
    None when no such phrase names it, or two name different values."""
    found = {
        m["value"]
        for pattern in (_REACHES, _STATED_REACH, _AFTER_REACH)
        for m in re.finditer(pattern.format(name=re.escape(name), number=NUMBER), text)
    }
    return found.pop() if len(found) == 1 else None


# the value stated at a time after an event, the value first: "athlete was at 140 bpm thirty seconds after stopping",
# "it read 80 °C 10 min after switch-off", "HR was 140 30 s later"; or the time first: "30 s after stopping, HR was
# 140 bpm", "ten minutes later it reads 80"
_AT_VERB = r"(?:was|is|reads?|read|measured|stood|sat|hit|reached|had\s+(?:dropped|fallen|risen|climbed)\s+to)"
_AT_LEVEL = r"(?:(?:at|only|about|(?:down|up)\s+to)\s+)?"
_AFTER_EVENT = r"(?:after|later|into|past|post)\b"
_TIMED_REACH = (
    rf"\b{_AT_VERB}\s+{_AT_LEVEL}(?P<value>{{number}})\s*(?:[A-Za-zµ°%/]+\s+)?(?P<time>{{number}})\s*"
    rf"(?P<unit>{CLOCK_WORD})\s+{_AFTER_EVENT}"
    rf"|(?<![\w.])(?P<time2>{{number}})\s*(?P<unit2>{CLOCK_WORD})\s+{_AFTER_EVENT}[^,.;:?!]{{{{0,40}}}}?,?\s+"
    rf"(?:(?:the\s+)?[A-Za-z]\w*\s+)?{_AT_VERB}\s+{_AT_LEVEL}(?P<value2>{{number}})(?![\w^*/]|\.\d)"
)


def _timed_value(text: str, name: str) -> tuple[str, str] | None:
    """The one value and the time after an event that a phrase states, "was at 140 bpm thirty seconds after stopping"
    -> ("140", "30") (numbers in words read as digits), when ``name`` is t; None when there is no such phrase or more
    than one. Raises ValueError when the time's unit is not the one the question gives t."""
    if name != "t":
        return None
    words = number_words(text)
    found = {
        (m["value"] or m["value2"], m["time"] or m["time2"], clock_unit(m["unit"] or m["unit2"]))
        for m in re.finditer(_TIMED_REACH.format(number=NUMBER), words, re.I)
    }
    if len(found) != 1:
        return None
    value, time, unit = found.pop()
    declared = declared_time_units(text) | _units_asked(text)
    if declared and declared != {unit}:
        raise ValueError(
            f"t is in {', '.join(sorted(declared))} but the time stated is in {unit}: write it in t's unit"
        )
    return value, time


# a time unit an answer is asked in: "solve for tau in minutes", "tau (seconds)", "in s"
_IN_UNIT = re.compile(rf"(?:\bin|\()\s*(?P<unit>{CLOCK_WORD})(?!\s+(?:after|later|into|past|post)\b)", re.I)


def _units_asked(text: str) -> set[str]:
    """The time units the question names with "in" or in brackets ("τ in minutes", "(seconds)"), as ``clock_unit``
    names them: a time constant asked in one unit of a time stated in another must be converted first."""
    return {clock_unit(m["unit"]) for m in _IN_UNIT.finditer(text)}


def _fill_reached(text: str, own: str, others: set[str], values: dict[str, str]) -> None:
    """The formula's own name ``own`` at the value a phrase says it reaches ("solve for n where Q drops to 2000"),
    and then t, among the ``others`` wanting a value, at the time that phrase states ("it's down to 250 N after 3
    months"), put into ``values`` where the question gives them none by "name = value"."""
    if own in values:
        return
    reached = _reached_value(text, own)
    if reached is None and "t" in values:  # "5 V at t = 3 ms": V(3) = 5
        reached = _value_at_time(text)
    timed = None if "t" in values else _timed_value(text, "t" if "t" in others else "")
    if timed is not None and reached in (
        None,
        timed[0],
    ):  # "was at 140 bpm thirty seconds after stopping": HR(30) = 140
        values[own], values["t"] = timed
        return
    if reached is None:
        return
    values[own] = reached
    if "t" not in values and (elapsed := _elapsed_value(text, "t" if "t" in others else "")) is not None:
        values["t"] = elapsed


# a value stated at the time t is set to: "5 V at t = 3 ms", "reads 60 when t = 10" (no name's value: "x = 2 at t = 3")
_AT_TIME = re.compile(rf"(?<![\w.=^*/])(?<!=\s)(?P<value>{NUMBER})\s*(?:[A-Za-zµ°%Ω]+\s+)?(?:at|when)\s+t\s*=", re.I)


def _value_at_time(text: str) -> str | None:
    """The one value a phrase states at the time "t = ..." ("5 V at t = 3 ms" -> "5"); None when none or several."""
    found = {m["value"] for m in _AT_TIME.finditer(text)}
    return found.pop() if len(found) == 1 else None


_ELAPSED = re.compile(rf"\bafter\s+(?:about\s+)?(?P<value>{NUMBER})\s*(?P<unit>{CLOCK_WORD})", re.I)


def _elapsed_value(text: str, name: str) -> str | None:
    """The time t a phrase states for the value reached, "after 3 months" -> "3", when ``name`` is t and the question
    states one such time; None otherwise. Raises ValueError when its unit is not the one the question gives t ("t in
    months ... after 90 days")."""
    found = {(m["value"], clock_unit(m["unit"])) for m in _ELAPSED.finditer(text)} if name == "t" else set()
    if len(found) != 1:
        return None
    value, unit = found.pop()
    declared = declared_time_units(text)
    if declared and declared != {unit}:
        raise ValueError(
            f"t is in {', '.join(sorted(declared))} but the time stated is in {unit}: write it in t's unit"
        )
    return value


def _set_in_words(text: str, function: Definition, name: str) -> bool:
    """Whether the formula is a quantity named in words ("rise above ambient = ...") that the question sets to a value
    by a phrase ("when the rise hits 500"), solving for ``name``: a target, whose words before '=' name the quantity
    and are no variable wanting a value; or a function of ``name`` ("B(t) = ... solve for the t where the backlog falls
    to 3000") that a phrase sets to a value."""
    if (len(function.name) < 3 or function.arg) and function.arg != name:
        return False
    target = target_parts(text)
    return target is not None and target.var == name and target.body == function.body


def _asked(text: str, ask: re.Match[str], names: set[str]) -> str | None:
    """The formula's name "solve for" asks: right after it ("solve for x") or after up to three words that describe
    it ("solve for the oxide thickness x"); None when it names none of the formula's names."""
    words = _WORDS_AFTER.match(text, ask.start("name")).group().split()
    words = words[1:] if words[0].lower() == "the" else words
    return next((word for word in words[:4] if word in names), None) or _named_in_words(text, words[:4], names)


_WORD_ONLY = re.compile(r"(?:the\s+)?[A-Za-z]{4,}")


def _named_in_words(text: str, words: list[str], names: set[str] | None = None) -> str | None:
    """The one name the question says one of ``words`` stands for: "x = concentration in ng/mL ... back-calculate the
    concentration" -> "x" ("x is the concentration", "x = the concentration"), among ``names`` where given; None when
    none or several."""
    found = {
        m["name"]
        for word in words
        if len(word) >= 4
        for m in re.finditer(rf"(?<![\w.])(?P<name>[A-Za-z]\w*)\s*(?:=|\bis\b)\s*(?:the\s+)?{re.escape(word)}\b", text)
        if names is None or m["name"] in names
    }
    return found.pop() if len(found) == 1 else None


_SCIENTIFIC = r"\d*\.?\d+[eE][-+]?\d+"  # "12e-6": its "e" is no name
# e written as a name, no power of Euler's number: the e of "(Gs + e)*gw/(1 + e)", not of "e^(-kt)" or "12e-6"
_BARE_E = re.compile(r"(?<![\w.])e(?![\w(^]|\s*(?:\^|\*\*))")
_POWER_E = re.compile(r"(?<![\w.])e\s*(?:\^|\*\*)|\bexp\b")


def _asked_e(body: str, asked: frozenset[str]) -> set[str]:
    """{"e"} when the question asks e by name ("solve for void ratio e") and the formula writes e as a name ("γsat =
    (Gs + e)γw/(1 + e)"): a quantity, not Euler's number; else an empty set. Raises ValueError when the formula also
    writes a power of e ("e^x"), where e could be either."""
    if "e" not in asked or not _BARE_E.search(re.sub(_SCIENTIFIC, " ", body)):
        return set()
    if _POWER_E.search(body):
        raise ValueError("the formula writes e both as a name and as Euler's number (e^...): rename the quantity e")
    return {"e"}


def _stand_in(name: str, names: set[str]) -> str:
    """The one letter that stands for the asked ``name`` in the equation: the name itself when it is one letter
    other than e (Euler's number to the engines), else its last letter or one of x, y, z, u, v, w that the formula
    does not use ("DeltaT" -> "T", "e" -> "x")."""
    if len(name) == 1 and name != "e":
        return name
    return next(c for c in name[-1] + _STAND_INS if c.isalpha() and c != "e" and c not in names)


def formula_names(body: str) -> set[str]:
    """The names a formula's body uses: its words and letters ("2x" writes x), not its functions or constants."""
    words = re.findall(r"(?<![A-Za-z_])[A-Za-z]\w*", re.sub(_SCIENTIFIC, " ", body))
    return {w for w in words if w.lower() not in MATH_WORDS and w != "e"}


def substitute_values(body: str, values: dict[str, str]) -> str:
    """The body with each name replaced, a value in brackets: "L0(1 + a)" -> "(250)(1 + (12e-6))"; numbers in
    scientific notation are left whole."""
    names = "|".join(re.escape(name) for name in sorted(values, key=len, reverse=True))
    pattern = rf"({_SCIENTIFIC})|(?<![A-Za-z_.])({names})(?!\w)"
    return re.sub(pattern, lambda m: m.group(1) or _bracketed(values[m.group(2)]), body)


def _bracketed(value: str) -> str:
    return value if re.fullmatch(r"[A-Za-z]", value) else f"({value})"


def solve_for_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a stated formula solved for one of its names at values given for the others."""
    try:
        found = solve_for_parts(text) is not None
    except ValueError:
        found = False
    return outscore(scores, "algebra") if found else 0.0
