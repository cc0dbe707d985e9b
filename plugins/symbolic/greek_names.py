"""Functions named by a Greek letter written as a word: "lambda (t) = 5t^2 e^(-0.2t). dlambda /dt?" (``plain_text``
writes "λ(t)" as "lambda (t)") reads as "L(t) = ... dL/dt?", a name the calculus readers take (three letters at
most). Text is only renamed here, never evaluated."""

from __future__ import annotations

import re

from plugins.symbolic.greek_letters import GREEK_NAMES, SYMBOL_NAMES, lower_case, words

_GREEK = "|".join(words(SYMBOL_NAMES))  # "alpha", "eta", ... (not "pi", a constant)
# a Greek word, or a Greek character with up to two letters after it ("ΔT", "δx"), defined as a function of one letter
_DEFINED = re.compile(
    rf"(?<![A-Za-z])({_GREEK}|[{''.join(SYMBOL_NAMES)}][A-Za-z]{{0,2}})\s*\(\s*[A-Za-z]\s*\)\s*=", re.I
)
# a Greek-named quantity defined with no argument ("Δp = 0.00035·Q²"), a function only where its derivative is asked
_BARE = re.compile(rf"(?<![A-Za-z])({_GREEK}|[{''.join(SYMBOL_NAMES)}][A-Za-z]{{0,2}})\s*=(?!=)", re.I)
# a Greek name differentiated in Leibniz notation and set equal to something: an ODE's function ("dα/dt = k(1 − α)")
_ODE_NAME = re.compile(rf"(?<![A-Za-z])d\s*({_GREEK}|[{''.join(SYMBOL_NAMES)}])\s*/\s*d\s*[A-Za-z]\s*=(?!=)", re.I)
_NOT_NAMES = {"E", "I", "N", "O"}  # Euler's number, the imaginary unit, the study's N(...), a letter like zero


def short_greek_functions(text: str) -> str:
    """``text`` with each function defined by a Greek letter, or its name, renamed to that name's capital first
    letter ("lambda (t)" -> "L(t)", "dlambda/dt" -> "dL/dt"; "η(T) = 1 - 300/T. dη/dT" -> "H(T) = ... dH/dT": for a
    Greek character a capital E, I, N or O, or one the text already uses alone, gives way to H, then G, Q, W, Z; a
    Greek character with letters after it is one name: "ΔT(t) = 40 sin(pi t/30) ... area under ΔT" -> "D(t) = ...
    area under D"); a name whose letter is not free stays. Long subscripted names go too
    (``short_subscripted_functions``)."""
    for name in dict.fromkeys([*(m.group(1) for m in _DEFINED.finditer(text)), *_differentiated(text)]):
        spare = "HGQWZ" if name[0] in SYMBOL_NAMES else ""  # a Greek character must go: other letters stand in
        rest = re.sub(rf"(?<![A-Za-z]){name}(?![A-Za-z])", " ", text)  # "ΔT" uses no T of its own
        word = SYMBOL_NAMES.get(name[0], name) if name[0] in SYMBOL_NAMES else name
        letter = next((c for c in (word[0].upper(), *spare) if _free(c, rest)), None)
        if letter is None:
            continue
        text = re.sub(rf"(?<![A-Za-z])(d\s*)?{name}(?![A-Za-z])(?:\s+(?=\())?", rf"\g<1>{letter}", text)
    return short_subscripted_functions(greek_arguments(text))


# a function named by a letter or three with a subscript too long for the readers' names (three characters at most):
# "x_ox(t) = √(0.04 + 0.3t) − 0.2", "T_surf(t) = ...", "C_{out}(t) = ..."
_LONG_SUBSCRIPTED = re.compile(
    r"(?<![\w.])([A-Za-z]{1,3}_\{?[A-Za-z0-9]+\}?)(?<=\w{4}|\w{3}\})\s*\(\s*[A-Za-z]\s*\)\s*=(?!=)"
)


def short_subscripted_functions(text: str) -> str:
    """``text`` with each function defined by a subscripted name of four characters or more renamed, everywhere it
    is written (its Leibniz derivative too), to its first letter's capital, else H, G, Q, W or Z where that letter is
    taken: "x_ox(t) = √(0.04 + 0.3t) − 0.2 ... dx_ox/dt" -> "X(t) = ... dX/dt". A name with no free letter stays."""
    for name in dict.fromkeys(m.group(1) for m in _LONG_SUBSCRIPTED.finditer(text)):
        rest = re.sub(rf"(?<![\w.]){re.escape(name)}(?!\w)", " ", text)
        letter = next((c for c in (name[0].upper(), *"HGQWZ") if _free(c, rest)), None)
        if letter is not None:
            text = re.sub(rf"(?<![\w.])(d\s*)?{re.escape(name)}(?!\w)", rf"\g<1>{letter}", text)
    return text


# a function of one Greek letter, its character or its name: "Cp(λ) = −0.005λ² + 0.07λ + 0.165", "f(theta) = ..."
_GREEK_ARGUMENT = re.compile(
    rf"(?<![\w.])[A-Za-z][A-Za-z0-9_]{{0,2}}\s*\(\s*({_GREEK}|[{''.join(SYMBOL_NAMES)}])\s*\)\s*=(?!=)", re.I
)


def greek_arguments(text: str) -> str:
    """``text`` with the Greek variable of a function it defines renamed, everywhere, to a free lower-case letter:
    its name's first letter, else x, u, v or w ("Cp(λ) = −0.005λ² + 0.07λ + 0.165. for which λ is Cp 0.40?" ->
    "Cp(l) = −0.005l² + ... for which l is Cp 0.40?"); the character and its name are one variable. A variable with
    no free letter stays."""
    for m in list(_GREEK_ARGUMENT.finditer(text)):
        found = m.group(1)
        word = SYMBOL_NAMES.get(found, found).lower()
        char = next((c for c, w in SYMBOL_NAMES.items() if w.lower() == word), found)
        variable = rf"(?<![A-Za-z])(?:{re.escape(char)}|{re.escape(word)})(?![A-Za-z])"
        rest = re.sub(variable, " ", text, flags=re.I)
        letter = next((c for c in (word[0], "x", "u", "v", "w") if c not in "ei" and _free(c, rest)), None)
        if letter is not None:
            text = re.sub(variable, letter, text, flags=re.I)
    return text


# a Greek name as a polynomial's unknown: a coefficient before it or a power after it ("6lambda ^2", "lambda ^3")
_POLYNOMIAL_GREEK = re.compile(rf"(?:(?<=\d)|(?<![A-Za-z]))({_GREEK})\s*(?=\^)|(?<=\d)({_GREEK})(?![A-Za-z(])", re.I)


def greek_unknowns(text: str) -> str:
    """``text`` with a Greek name written as a polynomial's unknown (a coefficient before it or a power after it)
    renamed, everywhere, to a free lower-case letter: its first letter, else x, u, v or w ("lambda ^3 - 2lambda ^2 -
    5lambda + 6 = 0" -> "l^3 - 2l^2 - 5l + 6 = 0"); not a name the text sets to a value ("lambda = 0.02") nor one
    naming a function ("lambda (t)"). A name with no free letter stays."""
    for word in dict.fromkeys((m.group(1) or m.group(2)).lower() for m in _POLYNOMIAL_GREEK.finditer(text)):
        named = rf"(?:(?<=\d)|(?<![A-Za-z])){word}(?![A-Za-z])"
        if re.search(rf"{named}\s*(?:\(|=(?!=))", text, re.I):
            continue
        rest = re.sub(named, " ", text, flags=re.I)
        letter = next((c for c in (word[0], "x", "u", "v", "w") if c not in "eio" and _free(c, rest)), None)
        if letter is not None:
            text = re.sub(rf"{named}\s*(?=\^)|{named}", letter, text, flags=re.I)
    return text


def _differentiated(text: str) -> list[str]:
    """The Greek names defined with no argument whose derivative the text asks in Leibniz notation: "Δp = 0.00035·Q².
    dΔp/dQ at Q = 4200" -> ["Δp"] (a Greek name set to a value and never differentiated is no function), and the
    Greek names of a differential equation, their derivative set equal to something: "dalpha /dt = k(1 - alpha)" ->
    ["alpha"]."""
    names = (m.group(1) for m in _BARE.finditer(text))
    bare = [name for name in names if re.search(rf"(?<![A-Za-z])d\s*{re.escape(name)}\s*/\s*d\s*[A-Za-z]", text)]
    return [*bare, *(m.group(1) for m in _ODE_NAME.finditer(text))]


def _free(letter: str, text: str) -> bool:
    """Whether ``letter`` may name a function in ``text``: no constant's or study name's letter, none used alone."""
    return letter not in _NOT_NAMES and not re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", text)


def spelled_greek(text: str) -> str:
    """Greek characters written against a letter spelled as their names, a product: "e^(-μx)" -> "e^(-mu x)" (``plain_text``
    spells a lone "μ" already and keeps "μx", which may be a unit such as "μm" in prose; in a formula it is a product)."""
    return re.sub(rf"[{''.join(GREEK_NAMES)}](?=[A-Za-z])", lambda m: f"{GREEK_NAMES[m.group()]} ", text)


# a Greek letter standing alone as a name: "γ = 18 kN/m³", "Ka·γ·z" (not "γw", "µg" nor the micro sign)
_LONE = re.compile(rf"(?<![A-Za-z0-9_])([{''.join(c for c in lower_case(SYMBOL_NAMES) if c != 'µ')}])(?![A-Za-z0-9_])")


def lone_greek_words(text: str) -> str:
    """Each lower-case Greek letter standing alone written as its name: "Ka·γ·z", "γ = 18 kN/m³" -> "Ka·gamma·z",
    "gamma = 18 kN/m³" (the value readers take names of Latin letters)."""
    return _LONE.sub(lambda m: SYMBOL_NAMES[m.group(1)], text)
