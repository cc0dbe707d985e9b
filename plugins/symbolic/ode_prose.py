"""A first-order ODE with its initial condition, as text: "Solve the ODE dT/dt = -0.1(T - 20) with T(0) = 90" ->
(right side "-0.1(T - 20)", function T, variable t, t0 0, T0 90). Only one equation y' = f(x, y) and one value
y(x0) = y0 are read; the time the solution takes to reach a value may be asked instead of the solution ("assay
follows dC/dt = -kC with k = 0.002 per day and C(0) = 100 %. Time until the assay drops to 90 %?"), and constants
the question sets to a number ("k = 0.002") are written in, a product of known names written together ("kC") read as
one. Nothing is evaluated here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER
from plugins.symbolic.derivative_prose import CLOCK_WORD, clock_unit
from plugins.symbolic.evaluate_prose import parameter_values, stated_parameters
from plugins.symbolic.remarks import MATH_WORDS
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


def ode_parts(question: str, full: str | None = None) -> OdeAsk | None:
    """The ODE the question asks to solve ("solve the ODE dy/dx = ..." with "y(0) = 1", "dC/dt = (80 - C)/15 ...
    what's C(t)?" with "starts at 0 mg/L"); None when it names no ODE. The initial value is read in ``full`` (the
    question with its bracketed remarks, which may state it) when given. ValueError when the initial value is
    missing or stated twice with different values."""
    m = _ODE.search(question)
    y, x = (m["y"], m["x"]) if m else ("", "")
    asked = m and re.search(
        rf"(?<![A-Za-z']){y}\s*\(\s*{x}\s*\)\s*(?:\?|$)|{_SOLUTION_ASK}\s+{y}\s*\(\s*{x}\s*\)", question, re.I
    )
    target = _target(question, m) if m else None
    if m is None or not (_ASKS_ODE.search(question) or asked or target):
        return None
    initial = _initial_value(full or question, y, x)
    if y == x or initial is None:
        raise ValueError(f"solving the ODE d{y}/d{x} needs its initial value, e.g. '{y}(0) = 1'")
    if target and target[1] and not _in_percent(full or question, initial[1]):
        raise ValueError(f"the level {target[0]}% is in percent but {y}({initial[0]}) = {initial[1]} is not: "
                         f"write the level in {y}'s unit")  # fmt: skip
    return OdeAsk(m["rhs"].strip(), y, x, *initial, target[0] if target else None)


def _target(question: str, m: re.Match[str]) -> tuple[str, bool] | None:
    """(value, written in percent) of the one level the question asks the ODE's function to reach ("time until the
    assay drops to 90 %", "when does C reach 50"), the equation itself left out of the reading; None when it asks
    none. ValueError when it asks two."""
    blanked = question[: m.start()] + " " * (m.end() - m.start()) + question[m.end() :]
    function = Definition(m["y"], m["x"], m["rhs"].strip(), m.start())
    found = {float(value): (value, percent) for _, value, percent in asked_settings(blanked, function)}
    if len(found) > 1:
        raise ValueError(f"the question asks {m['y']} to reach {len(found)} levels: ask one")
    return next(iter(found.values()), None)


def _in_percent(text: str, value: str) -> bool:
    """Whether ``value`` is written in percent somewhere in the text ("C(0) = 100 %")."""
    return re.search(rf"(?<![\d.]){re.escape(value)}\s*(?:%|percent\b|per\s?cent\b)", text, re.I) is not None


def ode_rhs(ode: OdeAsk, question: str) -> str:
    """The right side with the constants the question sets to a number written in ("-kC with k = 0.002" ->
    "-(0.002)*C"): a word of known one-letter names written together ("kC") is their product. ValueError when a
    constant is given two values."""
    values = parameter_values(question, {ode.y, ode.x})
    known = {ode.y, ode.x} | {name for name in values if len(name) == 1}
    rhs = re.sub(
        r"(?<![\w.])([A-Za-z]{2,})(?![\w(])",
        lambda w: _product(w.group(1), known),
        ode.rhs,
    )
    return stated_parameters(rhs, ode.y, question, keep=frozenset({ode.x}))


def _product(word: str, known: set[str]) -> str:
    """ "kC" -> "k*C" when every letter is a known one-letter name and the word is no function or constant."""
    if word.lower() in MATH_WORDS or word in known or not set(word) <= known:
        return word
    return "*".join(word)


# a time unit the question gives a rate or the time asked: "0.002 per day", "k = 0.1 /h", "time (days)", "in hours"
_RATE_UNIT = re.compile(rf"(?:/\s*|\bper\s+)(?P<unit>{CLOCK_WORD})", re.I)
_ASKED_UNIT = re.compile(
    rf"\b(?:time|t)\s*[(\[]\s*(?P<unit>{CLOCK_WORD})\s*[)\]]|\bhow\s+many\s+(?P<many>{CLOCK_WORD})|"
    rf"\bin\s+(?P<in>{CLOCK_WORD})",
    re.I,
)


def time_units_problem(question: str) -> str | None:
    """Why the time asked cannot be given: a rate per one unit of time and the time asked in another ("k = 0.002 per
    hour ... time (days)"); None when they agree or either is not stated."""
    rates = {clock_unit(m["unit"]) for m in _RATE_UNIT.finditer(question)}
    asked = {clock_unit(next(g for g in m.groups() if g)) for m in _ASKED_UNIT.finditer(question)}
    if rates and asked and len(rates | asked) > 1:
        return f"the rate is per {', '.join(sorted(rates))} but the time is asked in {', '.join(sorted(asked))}: " \
               "write both in one unit"  # fmt: skip
    return None


# the solution asked as the function: "what's C(t)?", "find C(t)", "solve for C(t)", "give C(t)"
_SOLUTION_ASK = r"\b(?:what(?:'s|\s+is)|find|solve\s+for|give|determine|derive|get|obtain)"
# an initial value in words: "starts at 0 mg/L", "starting from 20", "initially 0", "initial concentration 0", "the
# initial value is 5" (not a clock time, "starts at 8 am")
_INITIAL_WORDS = re.compile(
    rf"\b(?:(?:starts?|starting|begins?|beginning)\s+(?:out\s+)?(?:at|from|with)|initially(?:\s+(?:at|is|=))?|"
    rf"initial\s+(?:[a-z]+\s+)?(?:value\s+)?(?:of\s+|is\s+|=\s*|:\s*)?)\s*(?P<y0>{NUMBER})(?![\w.]|\s*(?:am|pm|:\d)\b)",
    re.I,
)


def _initial_value(text: str, y: str, x: str) -> tuple[str, str] | None:
    """(x0, y0) of "y(0) = 1", or (0, y0) of an initial value in words ("starts at 0 mg/L", "initially 0"); None
    when none is stated. ValueError when two different values are stated."""
    written = re.search(rf"(?<![A-Za-z]){y}\s*\(\s*(?P<x0>{NUMBER})\s*\)\s*=\s*(?P<y0>{NUMBER})(?!\w|\.\d)", text)
    if written:
        return written["x0"], written["y0"]
    worded = {float(m["y0"]): m["y0"] for m in _INITIAL_WORDS.finditer(text)}
    if len(worded) > 1:
        raise ValueError(
            f"the initial value of {y} is stated as {' and '.join(worded.values())}: give one, '{y}(0) = 1'"
        )
    return ("0", next(iter(worded.values()))) if worded else None


def ode_score(text: str) -> bool:
    """Whether the text asks to solve a first-order ODE (read or declined for its initial value)."""
    try:
        return ode_parts(text) is not None
    except ValueError:
        return True
