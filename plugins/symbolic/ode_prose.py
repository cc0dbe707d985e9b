"""A first-order ODE with its initial condition, as text: "Solve the ODE dT/dt = -0.1(T - 20) with T(0) = 90" ->
(right side "-0.1(T - 20)", function T, variable t, t0 0, T0 90). Only one equation y' = f(x, y) and one value
y(x0) = y0 are read; nothing is evaluated here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

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
    if m is None or not (_ASKS_ODE.search(question) or asked):
        return None
    initial = _initial_value(full or question, y, x)
    if y == x or initial is None:
        raise ValueError(f"solving the ODE d{y}/d{x} needs its initial value, e.g. '{y}(0) = 1'")
    return OdeAsk(m["rhs"].strip(), y, x, *initial)


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
