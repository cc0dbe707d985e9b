"""A formula's value at stated values, as text for the algebra planner.

"Michaelis-Menten: v = Vmax*S/(Km + S) with Vmax = 10 umol/min and Km = 2 mM. What is v at S = 2 mM?", "y = 3x^2 + 2.
What is y at x = 2?", "f(x) = x^2 + 1. What is f(3)?": the one formula the question defines, every name in it given
one value ("Vmax = 10", "at S = 2", the argument of "f(3)"), and an ask that names the formula ("what is v",
"find y", "evaluate f(3)"). A named parameter (a word, "Vmax") is replaced by its value in the text; the one-letter
variables are substituted by the plan. Values in the same unit written with two prefixes ("2 mM", "500 uM") or two
units of time are not read: the question must convert them first. Nothing is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from plugins.api.prose import NUMBER, UNSIGNED, blank_spans
from plugins.api.reasoning import outscore
from plugins.symbolic.initial_values import initial_spans
from plugins.symbolic.remarks import MATH_WORDS, only_units
from plugins.symbolic.subscript_values import subscript_values
from plugins.symbolic.time_units import SINGLE_LETTER_TIMES, time_unit_pattern
from plugins.symbolic.word_problems import RATE_WORDS, Definition, definitions, target_parts

# "Vmax = 10 umol/min", "S = 2 mM", "x=2", "k = 0.012 /month" (a rate per a time unit, no division by a name): a name
# set to one number, its unit after it
_PER_TIME = rf"\s*/\s*(?:{time_unit_pattern(letters=False)})(?![\w^(])"
# a term of an expression before a name ("2x - y = 5": y is no name set to 5)
_AFTER_TERM = r"(?<![\w)][-+−])(?<![\w)]\s[-+−])(?<![\w)][-+−]\s)(?<![\w)]\s[-+−]\s)"
SETTING = re.compile(
    rf"(?<![\w.'^*/]){_AFTER_TERM}(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*=\s*(?P<value>{NUMBER})"
    rf"(?:(?={_PER_TIME})|(?![\w^*/(]|\.\d|\s*[-+*/^]\s*[\w(]))"
    rf"(?P<unit>{_PER_TIME}|\s*[A-Za-zµ°Ω][\w/^.µ°Ω]*)?",
)
# a value set to a bare power of ten: "N0 = 10^6", "c = 10^(-3)", "bioburden is 10^6 CFU", "SAL is 10^−6." (not
# "x = 10^6*y", an expression)
_POWER_VALUE = re.compile(
    r"(?<=[A-Za-z0-9_])(?P<eq>\s*=\s*|\s+is\s+)10\s*\^\s*(?P<power>\(\s*[-+−]?\d+\s*\)|[-+−]?\d+)"
    r"(?![\w^*/(]|\.\d|\s*[-+*/^]\s*[\w(])"
)


def power_values(text: str) -> str:
    """Values set to a bare power of ten written as numbers: "N0 = 10^6 CFU/g" -> "N0 = 1e6 CFU/g", "c = 10^(-3)"
    -> "c = 1e-3", so that ``SETTING`` reads them; a power inside an expression ("y = 10^6*x") stays."""
    return _POWER_VALUE.sub(lambda m: m["eq"] + "1e" + re.sub(r"[()\s]", "", m["power"]).replace("−", "-"), text)


# a value set per a unit with a slash: "r = 0.4 /yr", "k = 0.3/h" (not "x = 3/4", nor "y = 2/x + 1": an expression)
_PER_UNIT_VALUE = re.compile(
    rf"(?P<set>(?<![\w.'^*/])[A-Za-z][A-Za-z0-9_]*\s*=\s*{NUMBER})\s*/\s*(?P<unit>[A-Za-zµ°]+)"
    r"(?![\w^*/(]|\.\d|\s*[-+*/^]\s*[\w(])"
)


def per_unit_values(text: str, names: frozenset[str] = frozenset()) -> str:
    """Values set per a unit with a slash written in words, so that ``SETTING`` reads them: "r = 0.4 /yr" -> "r = 0.4
    per yr", "k1 = 0.2 /d" (a day's letter, where the formula has no d); a slash before a word that is no unit, or
    before one of ``names`` (a formula's own letters: "h" of a height), stays."""

    def per(m: re.Match[str]) -> str:
        unit = m["unit"]
        known = only_units(unit) or unit in SINGLE_LETTER_TIMES
        return f"{m['set']} per {unit}" if unit not in names and known else m[0]

    return _PER_UNIT_VALUE.sub(per, text)


# other asks of a formula: its derivative (a rate of change, "how fast"), integral, limit, roots, extremes, average
_OTHER_ASKS = re.compile(
    r"\b(?:differentiate|integra\w*|limit|solve|roots?|zeros?|maximum|minimum|average|mean|when does|how long)\b",
    re.I,
)
_TIMES = {"s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
          "hours", "day", "days"}  # fmt: skip
_PREFIXES = "pnuµmckMG"


@dataclass(frozen=True)
class Evaluation:
    """The formula's body with its named parameters replaced by their values, and the value of each one-letter
    variable in it."""

    body: str
    points: dict[str, str]


def evaluation_parts(question: str, said: str | None = None) -> Evaluation | None:
    """The value the question asks of the one formula it defines at values it states (a subscripted name's by its
    label: "field use at 55 degC" for T_use); None when it asks none. ``said`` is the question with its remarks,
    where a conversion may be said ("(convert to kelvin with +273.15)"). Raises ValueError when a value is missing,
    given twice, or in units the question must first convert."""
    found = definitions(question)
    if len(found) != 1 or _OTHER_ASKS.search(question) or RATE_WORDS.search(question) or target_parts(question):
        return None
    function = found[0]
    call = _called(question, function)
    if call is None and not _asks_value(question, function):
        return None
    values = stated_values(settings(question, function.start))
    if call is not None:
        values.setdefault(function.arg or "", call)
    cut = [u for u in function.unit.split() if len(u) == 1 and u in values]  # "F = m a with ... a = 3": no ampere
    if cut:
        raise ValueError(f"'{cut[0]}' after the formula reads as a unit but is given a value: write the product with *")
    words = {w for w in re.findall(r"[A-Za-z]\w*", function.body) if len(w) > 1 and w.lower() not in MATH_WORDS}
    letters = function.letters() | ({function.arg} if function.arg else set())
    values |= subscript_values(question, (words | letters) - set(values), said or question)
    values |= initial_values(question, function, letters - set(values), words | letters, set(values.values()))
    _shares(question, said or question, function.body, values)
    missing = sorted((words | letters) - set(values))
    if missing or function.name in values:
        raise ValueError(f"the value of {function.name} needs a value for each of {', '.join(sorted(words | letters))}")
    body = function.body
    for word in sorted(words, key=len, reverse=True):
        value = values[word] if re.fullmatch(UNSIGNED, values[word]) else f"({values[word]})"
        body = re.sub(rf"(?<![\w.]){re.escape(word)}(?!\w)", value, body)
    return Evaluation(body, {letter: values[letter] for letter in sorted(letters)})


# the end of a formula's clause
_CLAUSE_END = re.compile(r"[,;?!]|\.(?!\d)|\s(?:with|where|and|for)\s|$")
# a number stated as a value: not part of a name, a power or a ratio
_STATED = re.compile(rf"(?<![\w.^*/])(?P<value>{NUMBER})(?![\w^*/]|\.\d)")


def initial_values(
    question: str, function: Definition, wanted: set[str], names: set[str], known: set[str] | None = None
) -> dict[str, str]:
    """The one-letter ``wanted`` names of ``function`` valued by a word they are the initial of, stated outside the
    formula ("feed assay 2.4 g/t, conc 48 g/t, tails 0.30 g/t" for f, c and t of "c(f-t)/(f(c-t))"): all of them or
    none, each number taken once and every number stated outside taken (a count before a noun, "2 product", aside)
    but the ``known`` values other names took ("part length is 120 mm" of L_part)."""
    if not wanted or any(len(name) != 1 for name in wanted):
        return {}
    end = _CLAUSE_END.search(question, function.start).start()
    outside = blank_spans(question, [(function.start, end)])
    found = {}
    for name in wanted:
        spans = initial_spans(outside, name, wanted, names, gap=True)
        if len(spans) != 1:
            return {}
        found[name] = spans.pop()
    stated = {m.start() for m in _STATED.finditer(outside) if not _counts(outside, m.end())}
    stated -= {m.start() for m in _STATED.finditer(outside) if m["value"] in (known or set())}
    if {start for _, start in found.values()} != stated or len(stated) != len(found):
        return {}
    return {name: value for name, (value, _) in found.items()}


def _shares(question: str, said: str, body: str, values: dict[str, str]) -> None:
    """Each value in ``values`` written in percent ("shrinkage 1.8 %") as a fraction of one where the formula takes a
    share: its name beside 1 ("L_part / (1 - s)") or said to be one ("(s as fraction)", "s as a decimal")."""
    for name, value in values.items():
        if not re.search(rf"(?<![\w.]){re.escape(value)}\s*(?:%|percent\b|per\s?cent\b)", question, re.I):
            continue
        beside_one = re.search(rf"(?<![\w.])1\s*[-+−]\s*{re.escape(name)}(?![\w(])", body)
        said_share = re.search(
            rf"(?<![\w.]){re.escape(name)}\s+(?:as|is|in)\s+(?:a\s+)?(?:fraction|decimal)", said, re.I
        )
        if beside_one or said_share:
            values[name] = format(Decimal(value) / 100, "f")


def _counts(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts things named by the word after it ("2 product formula"), not a
    value with its unit ("48 g/t")."""
    after = re.match(r"\s+(?P<word>[A-Za-z]{3,})\b", text[end:])
    return after is not None and not only_units(after["word"])


def stated_parameters(body: str, var: str, question: str, keep: frozenset[str] = frozenset()) -> str:
    """``body`` with each of its names other than ``var`` (and ``keep``) that the question sets to one number ("rho =
    1.225 kg/m^3", "C_p = 0.4") replaced by that number: "0.5 rho A C_p v^3" -> "0.5 (1.225) (5000) (0.4) v^3". Names
    without a value stay. Raises ValueError when a name is given two values or values in units to convert first."""
    values = parameter_values(question, {var} | keep)
    names = set(re.findall(r"(?<![\w.])[A-Za-z]\w*", body)) - {var} - MATH_WORDS
    for name in sorted(names & set(values), key=len, reverse=True):
        body = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", f"({values[name]})", body)
    return body


# a name set to a fraction of whole numbers, nothing after it but the clause's end: "Ka = 1/3," (not "y = 1/2 x")
_FRACTION_SETTING = re.compile(
    r"(?<![\w.'^*/])(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*=\s*(?P<value>\d+\s*/\s*[1-9]\d*)(?P<unit>)"
    r"(?=\s*(?:[,;)]|\.(?!\d)|$|\b(?:and|with)\b))"
)


def parameter_values(question: str, skip: set[str]) -> dict[str, str]:
    """The value of each name the question sets to one number or a fraction ("Ka = 1/3"), names in ``skip`` left
    out (see ``stated_values``)."""
    fractions = [
        m for m in _FRACTION_SETTING.finditer(question) if not re.search(r"[-+*/^]\s*$", question[: m.start()])
    ]
    return stated_values([m for m in [*settings(question), *fractions] if m["name"] not in skip])


def settings(question: str, skip: int = -1) -> list[re.Match[str]]:
    """The names set to one number ("Vmax = 10 umol/min"), leaving out the one at ``skip`` (the formula's own) and
    a name that ends an equation's side ("a + b = 8" sets no b)."""
    return [m for m in SETTING.finditer(question)
            if m.start() != skip and not re.search(r"[-+*/^]\s*$", question[: m.start()])]  # fmt: skip


def _called(question: str, function: Definition) -> str | None:
    """The number a call of the function asks it at: "f(3)" of "f(x) = ..."."""
    if not function.arg:
        return None
    m = re.search(rf"(?<![\w.]){re.escape(function.name)}\s*\(\s*({NUMBER})\s*\)", question[function.start + 1 :])
    return m.group(1) if m else None


def _asks_value(question: str, function: Definition) -> bool:
    """Whether the question asks for the function by its name: "what is v", "find y", "what is the rate v", "the value
    of y"."""
    name = re.escape(function.name)
    ask = r"\b(?i:what(?:'?s|\s+is|\s+will\s+be|\s+would\s+be)|find|calculate|compute|evaluate|determine)"
    return re.search(rf"{ask}\s+(?i:the\s+)?(?:[A-Za-z]+\s+){{0,3}}?{name}(?![\w'′(])", question) is not None


def stated_values(settings: list[re.Match[str]]) -> dict[str, str]:
    """Each name's value from its settings ("Vmax = 10 umol/min"); ValueError when a name is given two values or the
    values are in units havoc does not convert here (see ``same_units``)."""
    values: dict[str, str] = {}
    for m in settings:
        if values.setdefault(m["name"], m["value"]) != m["value"]:
            raise ValueError(f"{m['name']} is given two values; give it one")
    same_units(settings)
    return values


def same_units(settings: list[re.Match[str]]) -> None:
    """Raise ValueError when two values are written in one unit with two prefixes ("mM", "uM") or in two units of
    time: havoc does not convert them here."""
    units = {(m["unit"] or "").strip(" .") for m in settings} - {""}
    units = {u for u in units if only_units(u)}
    times = {u.lower() for u in units} & _TIMES
    clash = len(times) > 1 or any(
        a != b and len(a) > 1 and a[0] in _PREFIXES and a[1:] in {b, b[1:]} for a in units for b in units
    )
    if clash:
        raise ValueError(f"the values are in different units ({', '.join(sorted(units))}): convert them to one")


def evaluation_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a formula's value asked at values the question states (one that cannot be read is
    left to the other tools: "fit y = a + b x to ... what is y at x = 4" is a regression's)."""
    try:
        found = evaluation_parts(text) is not None
    except ValueError:
        found = False
    return outscore(scores, "algebra") if found else 0.0
