"""A first-order ODE with its initial condition, as text: "Solve the ODE dT/dt = -0.1(T - 20) with T(0) = 90" ->
(right side "-0.1(T - 20)", function T, variable t, t0 0, T0 90). Only one equation y' = f(x, y) and one value
y(x0) = y0 are read; the time the solution takes to reach a value may be asked instead of the solution ("assay
follows dC/dt = -kC with k = 0.002 per day and C(0) = 100 %. Time until the assay drops to 90 %?"), and constants
the question sets to a number ("k = 0.002") are written in, a product of known names written together ("kC") read as
one. A level of zero may be asked in words ("how many minutes until it's empty?", "how long to drain completely?",
"when does the tank run dry?"). A second- (or higher-) order equation in primes or Leibniz notation ("x'' + 9x = 0
with x(0) = 0.5 and x'(0) = 3", "d²y/dt² + 4 dy/dt + 4y = 0") is read with one initial value per order below its own,
its derivatives written as placeholder names (x' as "xp", x'' as "xpp"). Nothing is evaluated here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER, blank_spans
from plugins.symbolic.derivative_prose import CLOCK_WORD, POINT, clock_unit, point_phrase
from plugins.symbolic.evaluate_prose import parameter_values, stated_parameters
from plugins.symbolic.remarks import MATH_WORDS, strip_units
from plugins.symbolic.word_problems import Definition, asked_settings

_ODE = re.compile(
    r"(?<![A-Za-z])d(?P<y>[A-Za-z])\s*/\s*d(?P<x>[a-z])\s*=\s*(?P<rhs>[^=,;]+?)"
    r"(?=\s*(?:[,;]|\.(?:\s|$)|\b(?:with|where|given|and|if|for|subject)\b|$))"
)
_ASKS_ODE = re.compile(r"\b(?:ODE|differential equation|initial[- ]value problem|IVP)\b", re.I)


@dataclass(frozen=True)
class OdeAsk:
    """y' = rhs with y(x0) = y0, as written."""

    rhs: str
    y: str
    x: str
    x0: str
    y0: str
    target: str | None = None  # the value y is asked to reach: the x at which it does is asked
    slopes: tuple[str, ...] = ()  # y'(x0), y''(x0), ... of a higher-order equation, whose ``rhs`` is the equation
    at: str | None = None  # the x at which the solution's value is asked ("find V(2)", "what's L at t = 100?")

    @property
    def order(self) -> int:
        """The order of the equation: 1 for y' = f(x, y)."""
        return 1 + len(self.slopes)

    def names(self) -> list[str]:
        """The names y, y', y'', ... stand under in a higher-order equation's text: "x", "xp", "xpp"."""
        return [self.y + "p" * k for k in range(self.order + 1)]


def ode_parts(question: str, full: str | None = None) -> OdeAsk | None:
    """The ODE the question asks to solve ("solve the ODE dy/dx = ..." with "y(0) = 1", "dC/dt = (80 - C)/15 ...
    what's C(t)?" with "starts at 0 mg/L"); None when it names no ODE. The initial value is read in ``full`` (the
    question with its bracketed remarks, which may state it) when given. ValueError when the initial value is
    missing or stated twice with different values."""
    if higher := _higher_order(question, full or question):
        return higher
    m = _ODE.search(question)
    y, x = (m["y"], m["x"]) if m else ("", "")
    asked = m and re.search(
        rf"(?<![A-Za-z']){y}\s*\(\s*{x}\s*\){_SOLUTION_FORM}\s*(?:\?|$)|{_SOLUTION_ASK}\s+{y}\s*\(\s*{x}\s*\)",
        question,
        re.I,
    )
    at = asked_point(blank_spans(question, [m.span()]), y, x, full or question) if m else None
    target = _target(question, m) if m and at is None else None  # "T at t = 10" asks T there, not T to reach 10
    if m is None or not (_ASKS_ODE.search(question) or asked or target or at):
        return None
    initial = _initial_value(full or question, y, x) or _off_equilibrium(full or question, m["rhs"], y)
    if y == x or initial is None:
        raise ValueError(f"solving the ODE d{y}/d{x} needs its initial value, e.g. '{y}(0) = 1'")
    if target and target[1] and not _in_percent(full or question, initial[1]):
        raise ValueError(f"the level {target[0]}% is in percent but {y}({initial[0]}) = {initial[1]} is not: "
                         f"write the level in {y}'s unit")  # fmt: skip
    rhs = strip_units(m["rhs"], x, letters=2)  # "dL/dt = 0.5/√t mm per hour": the rate without its unit
    return OdeAsk(rhs, y, x, *initial, target[0] if target else None, at=at)


# the solution's value asked at a point as a call: "find V(2)", "what is y(4)?" (not a value stated, "y(0) = 1")
_CALLED_AT = r"(?<![A-Za-z'.]){y}\s*\(\s*(?P<at>{point})\s*\)(?!\s*(?:=|is\b|equals\b|was\b))"
# a value stated at the point rather than asked: "T at t = 0 is 90" (not "y at t = 3 is what?")
_STATED_AFTER = re.compile(r"\s*(?:=|(?:is|equals|was)\b(?!\s*(?:what\b|\?))|of\s+[-+\d.])", re.I)


def asked_point(text: str, y: str, x: str, question: str) -> str | None:
    """The x at which the value of the ODE's solution y is asked, the equation blanked out of ``text``: "find V(2)",
    "what is y(4)?", "what's L at t = 100?", "L after 3 hours" (a time unit the question's rate agrees with); None
    when none is asked. ValueError when two different points are asked, or a point's unit disagrees with the rate's."""
    found = {m["at"] for m in re.finditer(_CALLED_AT.format(y=re.escape(y), point=POINT), text)}
    for m in re.finditer(rf"(?<![A-Za-z'.]){re.escape(y)}(?![\w'(])", text):
        point = point_phrase(text[m.end() :], x, question)
        if point is None or point.var not in (None, x) or _STATED_AFTER.match(text, m.end() + point.end):
            continue
        if point.problem:
            raise ValueError(point.problem)
        found.add(point.value)
    values = {re.sub(r"\s+", "", v): v for v in found}
    if len(values) > 1:
        raise ValueError(f"the question asks {y} at {len(values)} points: ask one")
    return next(iter(values.values()), None)


def _target(question: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """(value, written in percent) of the one level the question asks the ODE's function to reach ("time until the
    assay drops to 90 %", "when does C reach 50"), the equation itself left out of the reading; None when it asks
    none. ValueError when it asks two."""
    blanked = blank_spans(question, [m.span()])
    function = Definition(m["y"], m["x"], m["rhs"].strip(), m.start())
    found = {float(value): (value, percent) for _, value, percent in asked_settings(blanked, function)}
    if len(found) > 1:
        raise ValueError(f"the question asks {m['y']} to reach {len(found)} levels: ask one")
    return next(iter(found.values()), ("0", False) if asks_empty(blanked) else None)


# the time asked: "how long", "how many minutes", "when", "what time", "the time (it takes) to/until/for"
_TIME_ASK = re.compile(
    rf"\bhow\s+(?:long|soon)\b|\bhow\s+many\s+{CLOCK_WORD}|\bwhen\b|\bwhat\s+time\b|\btime\s+(?:\w+\s+){{0,2}}?"
    r"(?:to|until|till|for|before|at\s+which)\b|\bat\s+what\s+(?:time|t)\b",
    re.I,
)
# a vessel emptied: "until it's empty", "to empty", "empties", "to drain (completely)", "runs dry"; not a share of it
# ("half empty", "90% empty") nor a drain to a level ("drains to 1 m")
_EMPTY = re.compile(
    r"(?<![\w%-])(?<!half )(?:empt(?:y|ies|ied|ying)|drain(?:s|ed|ing)?(?!\s+(?:down\s+)?to\s+[-+\d.])|"
    r"runs?\s+dry|going\s+dry|go(?:es)?\s+dry)\b(?!\s*(?:of|from)\b)",
    re.I,
)


# a number or share just before the word: "90% empty", "half empty", "partly drained"
_SHARE_BEFORE = re.compile(r"(?:\d|%|\bpercent|\bhalf|\bpart(?:ly|ially))\W*(?:\w+\W*)?$", re.I)


def asks_empty(question: str) -> bool:
    """Whether a sentence that asks a time asks it until the vessel is empty ("How many minutes until it's empty?",
    "how long does the tank take to drain?", "when does it run dry?"), no number nor share in front of the word."""
    for sentence in re.split(r"(?<=[.;?!])\s+", question):
        for m in _EMPTY.finditer(sentence):
            before = sentence[: m.start()]
            if _TIME_ASK.search(before) and not _SHARE_BEFORE.search(before):
                return True
    return False


def _in_percent(text: str, value: str) -> bool:
    """Whether ``value`` is written in percent somewhere in the text ("C(0) = 100 %")."""
    return re.search(rf"(?<![\d.]){re.escape(value)}\s*(?:%|percent\b|per\s?cent\b)", text, re.I) is not None


def ode_rhs(ode: OdeAsk, question: str) -> str:
    """The right side with the constants the question sets to a number written in ("-kC with k = 0.002" ->
    "-(0.002)*C"): a word of known one-letter names written together ("kC") is their product. ValueError when a
    constant is given two values."""
    names = set(ode.names())
    values = parameter_values(question, names | {ode.x})
    known = names | {ode.x} | {name for name in values if len(name) == 1}
    rhs = re.sub(
        r"(?<![\w.])([A-Za-z]{2,})(?![\w(])",
        lambda w: _product(w.group(1), known),
        ode.rhs,
    )
    return stated_parameters(rhs, ode.y, question, keep=frozenset(names | {ode.x}))


def _product(word: str, known: set[str]) -> str:
    """ "kC" -> "k*C" when every letter is a known one-letter name and the word is no function or constant."""
    if word.lower() in MATH_WORDS or word in known or not set(word) <= known:
        return word
    return "*".join(word)


# a time unit the question gives a rate or the time asked: "0.002 per day", "k = 0.1 /h", "k = 0.0035 month^-1" (a
# reciprocal unit), "time (days)", "t (months to reach 90%)" (its bracket's first word), "in hours"
_RATE_UNIT = re.compile(
    rf"(?:/\s*|\bper\s+)(?P<unit>{CLOCK_WORD})|(?<![A-Za-z])(?P<inverse>{CLOCK_WORD})\s*(?:\^\s*\(?\s*-\s*1\s*\)?|⁻¹)",
    re.I,
)
_ASKED_UNIT = re.compile(
    rf"\b(?:time|t)\s*[(\[]\s*(?P<unit>{CLOCK_WORD})\s*(?:[)\]]|(?:to|until|till|before)\b)|"
    rf"\bhow\s+many\s+(?P<many>{CLOCK_WORD})|\bin\s+(?P<in>{CLOCK_WORD})",
    re.I,
)


def time_units_problem(question: str) -> str | None:
    """Why the time asked cannot be given: a rate per one unit of time and the time asked in another ("k = 0.002 per
    hour ... time (days)"); None when they agree or either is not stated."""
    rates = {clock_unit(m["unit"] or m["inverse"]) for m in _RATE_UNIT.finditer(question)}
    asked = {clock_unit(next(g for g in m.groups() if g)) for m in _ASKED_UNIT.finditer(question)}
    if rates and asked and len(rates | asked) > 1:
        return f"the rate is per {', '.join(sorted(rates))} but the time is asked in {', '.join(sorted(asked))}: " \
               "write both in one unit"  # fmt: skip
    return None


# the solution asked as the function: "what's C(t)?", "find C(t)", "solve for C(t)", "give C(t)"
# the solution asked: "what's C(t)", "find", "give me", "write down", "express", "the formula for C(t)"
_SOLUTION_ASK = (
    r"\b(?:what(?:'s|\s+is)|find|solve\s+for|give(?:\s+(?:me|us))?|write(?:\s+(?:down|out))?|express|determine|"
    r"derive|get|obtain)(?:\s+(?:the|an?)\s+(?:(?:closed[- ]form|explicit|analytic(?:al)?|exact)\s+)?"
    r"(?:formula|expression|solution|function)\s+(?:for|of))?"
)
# the solution's form named after it: "C(t) as a formula", "C(t) in closed form", "C(t) as a function of t"
_SOLUTION_FORM = (
    r"(?:\s+(?:as\s+an?\s+(?:formula|expression|function(?:\s+of\s+[a-z])?)|in\s+closed\s+form|explicitly))?"
)
# an initial value in words: "starts at 0 mg/L", "starting from 20", "initially 0", "initial concentration 0", "the
# initial value is 5", "starts at h = 4 m", "initially h = 4" (not a clock time, "starts at 8 am")
_INITIAL_WORDS = (
    r"\b(?:(?:starts?|starting|begins?|beginning)\s+(?:out\s+)?(?:at|from|with)|initially(?:\s+(?:at|is|=))?|"
    r"initial\s+(?:[a-z]+\s+)?(?:value\s+)?(?:of\s+|is\s+|=\s*|:\s*)?)\s*"
)
_NOT_CLOCK = r"(?![\w.]|\s*(?:am|pm|:\d)\b)"


def _initial_value(text: str, y: str, x: str) -> tuple[str, str] | None:
    """(x0, y0) of "y(0) = 1" or "y = 1 at t = 0", or (0, y0) of an initial value in words ("starts at 0 mg/L",
    "initially 0", "starts at h = 4 m"); None when none is stated. ValueError when two different values are
    stated."""
    written = re.search(rf"(?<![A-Za-z]){y}\s*\(\s*(?P<x0>{NUMBER})\s*\)\s*=\s*(?P<y0>{NUMBER})(?!\w|\.\d)", text)
    written = written or re.search(
        rf"(?<![\w'.]){y}\s*=\s*(?P<y0>{NUMBER})(?![\w.])[^,;.=]{{0,12}}?\b(?:at|when)\s+{x}\s*=\s*"
        rf"(?P<x0>{NUMBER})(?!\w|\.\d)",
        text,
    )
    if written:
        return written["x0"], written["y0"]
    words = rf"{_INITIAL_WORDS}(?:{y}\s*(?:\(\s*0\s*\))?\s*=\s*)?(?P<y0>{NUMBER}){_NOT_CLOCK}"
    worded = {float(m["y0"]): m["y0"] for m in re.finditer(words, text, re.I)}
    if len(worded) > 1:
        raise ValueError(
            f"the initial value of {y} is stated as {' and '.join(worded.values())}: give one, '{y}(0) = 1'"
        )
    return ("0", next(iter(worded.values()))) if worded else None


# a relaxation to a level E, "-0.05(T - 25)", "k*(25 - T)", "(80 - C)/15": the rate a factor of y - E (or E - y)
_FACTOR = rf"(?:{NUMBER}|[a-z])\s*[*·]?"
_RELAXATION = (
    rf"\s*[-−+]?\s*(?:{_FACTOR}\s*)?\(\s*(?:{{y}}\s*[-−]\s*(?P<e1>{NUMBER})|(?P<e2>{NUMBER})\s*[-−]\s*{{y}})\s*\)"
    rf"(?:\s*/\s*(?:{NUMBER}|[a-z]))?\s*"
)
# a value with its unit: "180 °C", "25°C", "80 mg/L"
_VALUE_UNIT = re.compile(rf"(?<![\w.^]){NUMBER}(?![\d.])\s*(?:°\s*[CF]\b|[A-Za-zµ%][\w/^%]*)")


def _off_equilibrium(text: str, rhs: str, y: str) -> tuple[str, str] | None:
    """(0, y0) of a relaxation written without its initial value: of "comes off the calender at 180 °C and sits in a
    25 °C warehouse. dT/dt = -0.05(T - 25)" the value other than the level E that the question states in E's unit
    (180); None when the rate is no relaxation, E is stated in no unit, or its unit holds other than two values."""
    m = re.fullmatch(_RELAXATION.format(y=re.escape(y)), rhs)
    if m is None:
        return None
    level = float(m["e1"] or m["e2"])
    values: dict[str, dict[float, str]] = {}
    for found in _VALUE_UNIT.finditer(text):
        number = re.match(NUMBER, found.group()).group()
        unit = re.sub(r"\s+", "", found.group()[len(number) :]).lower()
        values.setdefault(unit, {})[float(number)] = number
    same = [found for found in values.values() if level in found]
    if len(same) != 1 or len(same[0]) != 2:
        return None
    return "0", next(number for value, number in same[0].items() if value != level)


# Leibniz notation of a derivative of order 2 or more, "d²x/dt²", "d^2x/dt^2", "d^{2}y/dx^{2}"
_LEIBNIZ_HIGH = re.compile(
    r"(?<![A-Za-z])d\s*(?:\^\{?(?P<n1>[2-9])\}?|(?P<s1>[²³]))\s*(?P<y>[A-Za-z])\s*/\s*d\s*(?P<x>[a-z])\s*"
    r"(?:\^\{?(?P<n2>[2-9])\}?|(?P<s2>[²³]))"
)
_SUPERSCRIPT_ORDER = {"²": 2, "³": 3}
# other signs of primes
_PRIMES = str.maketrans({"′": "'", "’": "'", "″": "''", "‴": "'''", "−": "-"})
# an equation in one run of math: numbers, operators, lone letters (primed or not) and a few functions, both sides
_RUN = r"(?:[\d.+\-*/^()·\s]|(?<![A-Za-z])[A-Za-z](?![A-Za-z])'*|\b(?:sin|cos|tan|exp|ln|sqrt|pi)\b)+"
_EQUATION = re.compile(rf"(?P<lhs>{_RUN})=(?!=)(?P<rhs>{_RUN})")
# a letter with primes, "x''", not called ("f''(2)" is a derivative at a point)
_PRIMED = re.compile(r"(?<![A-Za-z'])(?P<y>[A-Za-z])(?P<primes>'+)(?!\s*\()")


def _prime_notation(text: str) -> tuple[str, str | None]:
    """The text with its derivatives of order 2 or more in Leibniz notation written in primes, and the first
    derivatives of the same letters beside them ("d²x/dt² + 2 dx/dt" -> "x'' + 2 x'"); the variable the notation
    names (None when it names none). ValueError when a derivative's two orders differ ("d²x/dt³")."""
    text, var = text.translate(_PRIMES), None
    for m in reversed(list(_LEIBNIZ_HIGH.finditer(text))):
        order = int(m["n1"]) if m["n1"] else _SUPERSCRIPT_ORDER[m["s1"]]
        if order != (int(m["n2"]) if m["n2"] else _SUPERSCRIPT_ORDER[m["s2"]]):
            raise ValueError(f"the derivative '{m.group()}' has two orders: write it like d²{m['y']}/d{m['x']}²")
        var = m["x"]
        text = text[: m.start()] + m["y"] + "'" * order + text[m.end() :]
        text = re.sub(rf"(?<![A-Za-z])d{m['y']}\s*/\s*d{var}(?![\w^²³])", m["y"] + "'", text)
    return text, var


def _higher_order(question: str, full: str) -> OdeAsk | None:
    """A second- (or higher-) order ODE with one initial value per order below its own: "x'' + 9x = 0 with x(0) =
    0.5 mm and x'(0) = 3 mm/s", "y'' + 4y' + 4y = 0, y(0) = 1, y'(0) = 0"; its equation with the derivatives written
    as placeholder names. None when the question writes no such equation; ValueError when an initial value is
    missing or a level is asked of it."""
    text, var = _prime_notation(question)
    for m in _EQUATION.finditer(text):
        lhs, rhs = m["lhs"].strip(), m["rhs"].strip().rstrip(".").strip()
        equation = f"{lhs} = {rhs}"
        primed = [(p["y"], len(p["primes"])) for p in _PRIMED.finditer(equation)]
        if len({y for y, _ in primed}) != 1 or max(n for _, n in primed) < 2:
            continue
        y, order = primed[0][0], max(n for _, n in primed)
        if not (lhs and rhs) or not (
            _ASKS_ODE.search(full) or re.search(rf"(?<![A-Za-z]){y}\s*\(\s*{NUMBER}\s*\)", full)
        ):
            continue  # "y = x^3, y'' = ?" asks a derivative; an ODE states an initial value or says it is one
        x = var or _independent(full, y)
        if x == y:
            raise ValueError(f"the ODE in {y} needs its variable: write {y}({'x' if y == 't' else 't'})")
        values = _initial_values(_prime_notation(full)[0], y, order)
        blanked = blank_spans(text, [m.span()])
        if asks_empty(blanked) or asked_settings(blanked, Definition(y, x, m["lhs"], m.start())):
            raise ValueError(f"the time an ODE of order {order} takes to reach a level is not read: ask for {y}({x})")
        for k in range(order, 0, -1):
            equation = re.sub(rf"(?<![A-Za-z]){y}'{{{k}}}(?!')", f" ({y}{'p' * k})", equation)
        return OdeAsk(equation.strip(), y, x, values[0][0], values[0][1], slopes=tuple(v for _, v in values[1:]))
    return None


def _independent(text: str, y: str) -> str:
    """The variable of a function written in primes: the one it is called with ("x(t)"), else t when a lone t is
    written ("t in seconds"), else x (t for a function named x)."""
    called = re.search(rf"(?<![A-Za-z]){y}'*\s*\(\s*(?P<x>[a-z])\s*\)", text)
    if called and called["x"] != y:
        return called["x"]
    if y != "t" and re.search(r"(?<![\w'])t(?![\w'(])", text):
        return "t"
    return "t" if y == "x" else "x"


# a mass released "from rest": its first derivative 0 at the start
_FROM_REST = re.compile(r"\b(?:from|at)\s+rest\b", re.I)


def _initial_values(text: str, y: str, order: int) -> list[tuple[str, str]]:
    """(x0, value) of y, y', ... up to the derivative below ``order``, written "y(0) = 1", "y'(0) = 0" (units after
    them left out); a first derivative missing is 0 when the question says "from rest". ValueError when one is
    missing or stated twice, or when they are stated at different points."""
    values = []
    for k in range(order):
        found = {
            (float(m["x0"]), float(m["v"])): (m["x0"], m["v"])
            for m in re.finditer(
                rf"(?<![A-Za-z']){y}'{{{k}}}\s*\(\s*(?P<x0>{NUMBER})\s*\)\s*=\s*(?P<v>{NUMBER})(?!\w|\.\d)", text
            )
        }
        if not found and k == 1 and values and _FROM_REST.search(text):
            found = {(0.0, 0.0): (values[0][0], "0")}
        name = y + "'" * k
        if len(found) != 1:
            raise ValueError(f"solving the ODE of order {order} needs {name}(0) once, e.g. '{name}(0) = 1'"
                             if not found else f"{name} is given {len(found)} initial values: give one")  # fmt: skip
        values.append(next(iter(found.values())))
    if len({float(x0) for x0, _ in values}) > 1:
        raise ValueError(f"the initial values of {y} are at different points: give them at one")
    return values


def ode_score(text: str) -> bool:
    """Whether the text asks to solve a first-order ODE (read or declined for its initial value)."""
    try:
        return ode_parts(text) is not None
    except ValueError:
        return True
