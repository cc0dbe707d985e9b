"""How calculus questions write limits and integrals: the point, the bounds and the body, as text.

Limits: "limit of f as x -> a", "lim x->0 f", "lim_{x->0} f", "lim(x->0) f", "lim as x->inf of f",
"limit x->0+ f". Integrals: "integral of f from a to b", "int f dx", "int_0^inf f dx", "∫ f dx from a
to b", "int f dx, 0..1", "integrate f over [0, 1]", "integral from 0 to 1 of f dx", "f for 0 <= x <= 1",
"f, x in [0, 1]", "f for x from 0 to 1", and with no word for the integral "x^2dx from 0 to 1". Bounds anywhere in a
word problem: "between t=0 and t=2 s", "from 0 to 10 min", "t = 0 to 10", "0 <= t <= 2", "for 0 < t < 2", "over
[0, 2]", "x in [0, 2]". Nothing is evaluated here: the planner turns the pieces into study-language text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from plugins.api.prose import FUNCTIONS, UNSIGNED
from plugins.symbolic.time_units import SECONDS, time_unit_pattern

ARROW = r"(?:-+>|→|\\to\b|\bapproaches\b|\btends to\b|\bgoes to\b)"
VAR = r"(?:with respect to|wrt|w\.r\.t\.?)\s+([a-z])"
_TERM = r"(?:[\w.∞\\]+|\([^)]*\))"
_BOUND = rf"[-+]?\s*{_TERM}(?:\s*[-+*/^]\s*{_TERM})*"
BOUND = rf"({_BOUND})"  # 0, pi/2, (1 + e), 2*pi
# one bound without spaces or dots between terms
_TIGHT = rf"[-+]?(?:{UNSIGNED}(?!\w|\.\d)|[\w∞\\]+(?:\.\d+)?|\([^)]*\))"
_TIGHT_ONE = rf"{_TIGHT}(?:[*/^]{_TIGHT})*"
TIGHT = rf"({_TIGHT_ONE})"  # "0", "pi/2", "-inf", "0.5", "1e-3" (not "0..1")
_SIDE = r"(?:\^?[+\-⁺⁻](?=\s|[})]|$))?(?:\s+from\s+(?:the\s+)?(?:right|left|above|below))?"
_SEPARATOR = r"\s*(?:\bof\b|:|,)\s*"

_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹", "01234567890123456789")


def plain_scripts(text: str) -> str:
    """Subscript and superscript digits as ``_`` and ``^``: "∫₀¹ x² dx" -> "∫_0^1 x^2 dx"."""
    text = re.sub(r"[₀-₉]+", lambda m: "_" + m.group().translate(_DIGITS), text)
    return re.sub(r"[⁰¹²³⁴-⁹]+", lambda m: "^" + m.group().translate(_DIGITS), text)


_LIMIT_AFTER = re.compile(rf"\blim(?:it)?\s+(?:of\s+)?((?:(?!\blim).)+?)\s+as\s+([a-z])\s*{ARROW}\s*(.+)$", re.I)
_LIMIT_FIRST = re.compile(
    rf"\blim(?:it)?\s*(?:_\s*)?(?P<open>[{{(])?\s*(?:as\s+)?(?P<var>[a-z])\s*{ARROW}\s*(?P<rest>.+)$", re.I
)


# a sentence's end: a stop (or an ellipsis) and a space before a word that is no function's name (". what's the
# limit", ". Exact?", " .. popped up in")
_SENTENCE_END = re.compile(r"(?<=[^\s.])\s*(?:[.?!;]|\.{2,}|…)\s+(?=(?P<word>[A-Za-z]+))")


# the value asked by an equals sign after the limit's body: "lim x→0 of (e^(2x) - 1 - 2x)/x² = ?", "... =?", "= ___"
_ASKED_VALUE = re.compile(r"\s*=\s*(?:\?+|_+|\.{3}|…)?\s*$")


def _limit_sentence(question: str) -> str:
    """The question up to the end of the sentence its limit is written in: "... lim x→0 of (1 - cos(3x))/x². what's
    the limit, exact value please" -> "... lim x→0 of (1 - cos(3x))/x²" (a decimal point ends no sentence, nor a
    stop before a function's name), without an equals sign that asks its value ("... /x² = ? exact val")."""
    lim = re.search(r"\blim(?:it)?\b|\blim_", question, re.I)
    if lim is None:
        return question
    for end in _SENTENCE_END.finditer(question, lim.end()):
        if end["word"].lower() not in FUNCTIONS:
            return _ASKED_VALUE.sub("", question[: end.start()])
    return _ASKED_VALUE.sub("", question)


# a value the asker guesses for the limit, closing its sentence: "... over x squared is 16?", "... = 1/2?", "... comes
# out as infinity??" (the guess is checked, never read as part of the body or the point)
_CLAIMED = re.compile(
    rf"\s+(?:is|=|equals?|(?:is\s+)?equal\s+to|should\s+be|comes?\s+(?:out\s+)?(?:to|as))\s+(?:really\s+|actually\s+|just\s+)?"
    rf"[-+]?(?:{UNSIGNED}(?:\s*/\s*{UNSIGNED})?|inf(?:inity)?|∞)\s*[?!.]*$",
    re.I,
)


def limit_parts(question: str) -> tuple[str, str, str] | None:
    """(body, variable, point as written, side words included) of a limit, or None when it is none; the limit ends
    with its sentence (``_limit_sentence``), a value guessed for it left out ("... is 16?")."""
    sentence = _limit_sentence(question)
    question = (
        _CLAIMED.sub("", sentence) if _LIMIT_AFTER.search(sentence) or _LIMIT_FIRST.search(sentence) else sentence
    )
    m = _LIMIT_AFTER.search(question)
    if m:
        return m.group(1), m.group(2), m.group(3)
    m = _LIMIT_FIRST.search(question)
    if not m:
        return None
    rest = m.group("rest")
    if m.group("open"):  # "lim_{x->0} f", "lim(x->0) f": the point ends at the closing bracket
        close = rest.find("}" if m.group("open") == "{" else ")")
        if close < 0:
            return None
        return re.sub(rf"^{_SEPARATOR}", "", rest[close + 1 :]).strip(), m.group("var"), rest[:close]
    tight = re.match(rf"(?P<at>{TIGHT}{_SIDE})(?:{_SEPARATOR}|\s+)(?P<body>.+)$", rest, re.I)
    spaced = re.match(rf"(.+?){_SEPARATOR}(.+)$", rest, re.I)  # "lim as x approaches pi / 2 of f"
    if tight and not (spaced and len(spaced.group(1)) > len(tight["at"]) and _is_point(spaced.group(1))):
        return tight["body"], m.group("var"), tight["at"]
    if spaced:
        return spaced.group(2), m.group("var"), spaced.group(1)
    return None


def _is_point(text: str) -> bool:
    """A point as written: a bound, with the side it is approached from."""
    return re.fullmatch(rf"{BOUND}{_SIDE}", text.strip(), re.I) is not None


_INTEGRAL = re.compile(
    r"(?:\b(?:integral|integrat(?:e|ing)|antiderivative|area under(?: the curve)?)\b|\bint(?![a-z])|∫)"
    rf"(?:\s*_\s*(?P<lo>\{{[^}}]*\}}|{TIGHT})\s*\^\s*(?P<hi>\{{[^}}]*\}}|{TIGHT}))?",
    re.I,
)
_AT = r"(?:[a-z]\s*=\s*)?"  # "from x=1 to x=e"
_LEADING = re.compile(rf"^(?:from|between)\s+{_AT}{BOUND}\s+(?:to|and)\s+{_AT}{BOUND}\s*(?:,\s*)?(?:of\s+)?", re.I)
_FROM = r"(?:from|between|over|on|for|in)"
_LO, _HI = rf"(?P<lo>{_BOUND})", rf"(?P<hi>{_BOUND})"
_VAR_AT = r"(?:(?P<var>[a-z])\s*=\s*)?"  # "x = 0 to 1": the variable named
_LE = r"\s*(?:<=?|≤)\s*"
_TRAILING = [
    re.compile(rf"{pattern}\s*$", re.I)
    for pattern in (
        # "for x from 0 to 1", ", x between 0 and 1", "as t goes from 0 to 2", "for x = 0 to 1"
        rf"(?:\s*,\s*(?:for\s+|as\s+)?|\s+(?:for|as|with|where)\s+)(?P<var>[a-z])\s*(?:=\s*|\s+(?:goes\s+|runs\s+)?"
        rf"(?:from|between)\s+)(?:[a-z]\s*=\s*)?{_LO}\s+(?:to|and)\s+{_AT}{_HI}",
        # "from 0 to 1", "between x = 0 and x = 1", "over 0 to pi", ", 0 to 1"
        rf"(?:\s*,\s*(?:{_FROM}\s+)?|\s+(?:from|between|over)\s+){_VAR_AT}{_LO}\s+(?:to|and)\s+{_AT}{_HI}",
        # ", 0..1", "from 0..1", "x = 0..1"
        rf"(?:\s*,\s*|\s+)(?:{_FROM}\s+)?{_VAR_AT}(?P<lo>{_TIGHT_ONE})\s*\.\.\s*(?P<hi>{_TIGHT_ONE})",
        # "over [0, 1]", "on the interval [0, inf)", "x in [0, 1]", ", [0, 1]"
        rf"(?:\s*,\s*(?:{_FROM}\s+)?|\s+{_FROM}\s+|\s+(?=[a-z]\s*(?:in\b|∈)))(?:the\s+interval\s+)?"
        rf"(?:(?P<var>[a-z])\s*(?:in\b|∈)\s*)?[\[(]\s*{_LO}\s*[,;]\s*{_HI}\s*[\])]",
        # "over 0–20", "from 0-20", "for t = 0–20": a range of two unsigned numbers after its word
        rf"\s+{_FROM}\s+{_VAR_AT}(?P<lo>{UNSIGNED})\s*[-–—]\s*(?P<hi>{UNSIGNED})",
        # "for 0 <= x <= 1", "over 0 < x < 1", ", 0 ≤ x ≤ 1", "on the interval 0 <= x <= 1", "(0 <= x <= 1)"
        rf"(?:\s*,\s*|\s+)(?:(?:{_FROM}|where|with)\s+)?(?:the\s+(?:interval|range)\s+)?(?P<open>\()?\s*{_LO}{_LE}"
        rf"(?P<var>[a-z]){_LE}{_HI}\s*(?(open)\))",
    )
]
# a unit of time or length after the last bound, "... to 10 h", "... to 2.5 min?", "... to 3 m."
_UNIT_WORD = r"(?:h|hrs?|hours?|s|secs?|seconds?|min|mins|minutes?|days?|m|mm|cm|km|metres?|meters?)"
_BOUND_UNIT = re.compile(rf"(\d)\s*{_UNIT_WORD}\s*[.?!]?\s*$", re.I)
# nothing but the unit of a leading upper bound: the " s" of "integrate from t = 0 to 30 s" (a defined function's)
_UNIT_ONLY = re.compile(rf"\s*{_UNIT_WORD}?\s*[.?!]?\s*", re.I)
_DX = re.compile(rf"(?:\s*(?<![A-Za-z])d([a-z])|\s*(?:{VAR}))\s*[,;]?\s*$", re.I)  # "x^2 dx", "x^2dx", "wrt x"


# what follows the word "integral" when it introduces its integrand: "integral of", "integral from 0 to 1 of"
_INTRODUCES = re.compile(r"\s*(?:of|from|between|over|on|w\.?r\.?t\.?|with\s+respect\s+to)\b", re.I)


def _integral_marker(question: str) -> re.Match[str] | None:
    """The integral sign or word that introduces the integrand: the first one, unless it is the noun "integral"
    merely named in prose ("a weighting integral in our model ... I need ∫ from 0 to 1 of x e^(2x) dx", "the
    exposure integral ∫ C dt") and another follows; the symbol ∫, bounds written on it, or "of"/"from" after it
    introduce one."""
    found = list(_INTEGRAL.finditer(question))
    for m, after in zip(found, found[1:], strict=False):
        named = re.match(r"(?:integral|antiderivative)$", m.group(0), re.I)
        if _defined_by(question, m, after):  # "AUC from 0 to inf, defined as the integral of C(t) from 0 to inf"
            continue
        if not named or _INTRODUCES.match(question, m.end()):
            return m
    return found[-1] if found else None


# what names an integral before the words that define it: "from 0 to inf, defined as the", ", i.e. the", and "=" before
# the integral it names ("AUC(0–∞) = ∫₀^∞ C dt")
_DEFINED_AS = re.compile(
    rf"(?:\s+(?:from|between)\s+{_AT}{BOUND}\s+(?:to|and)\s+{_AT}{BOUND})?\s*,?\s*(?:\(\s*)?"
    r"(?:(?:(?:which\s+is\s+)?(?:defined|given|computed|calculated|written)\s+(?:as|by)|i\.?e\.?,?|that\s+is,?|"
    r"namely|meaning)\s+(?:the\s+|an?\s+)?|=\s*)",
    re.I,
)


def _defined_by(question: str, marker: re.Match[str], after: re.Match[str]) -> bool:
    """Whether the integral ``marker`` names is defined in words by the next one, ``after``: "AUC from 0 to inf,
    defined as the integral of C(t) from t = 0 to infinity", "AUC(0–∞) = ∫₀^∞ C dt" (the second writes the integrand)."""
    m = _DEFINED_AS.match(question, marker.end())
    return m is not None and m.end() == after.start()


def integral_parts(question: str) -> tuple[str, tuple[str, str] | None, str | None] | None:
    """(integrand, bounds as written or None, the variable its 'dx', 'with respect to' or bounds name), or None."""
    m = _integral_marker(question)
    if not m:
        return bare_integral(question)
    bounds = (_unbrace(m.group("lo")), _unbrace(m.group("hi"))) if m.group("lo") else None
    body = re.sub(r"^\s*(?:,\s*(?=from\b|between\b))?(?:of\s+)?", "", question[m.end() :])  # "integral, from 0"
    lead = _LEADING.match(body)
    if lead and bounds is None:  # "integral from 0 to 1 of x^2 dx"
        bounds, body = (lead.group(1), lead.group(2)), body[lead.end() :]
        body = "" if _UNIT_ONLY.fullmatch(body) or _asked_unit_only(body) or _CLAUSE.match(body) else body
    body, var = _numerator_dx(body)
    body, dx = _strip_dx(_value_asked_cut(body))
    var = var or dx
    named = None
    if bounds is None:  # "from t = 0 to t = 10 h": the unit of the upper bound dropped
        found = trailing_bounds(_BOUND_UNIT.sub(r"\1", _asked_unit_cut(body)))
        if found:
            body, bounds, named = found
    if bounds is None and (first := _first_sentence(body)) is not None:  # "... over 0–20 min. What F0 does ..."
        found = trailing_bounds(_BOUND_UNIT.sub(r"\1", _asked_unit_cut(first)))
        if found:
            body, bounds, named = found
    body, var2 = _strip_dx(body)
    return body.strip(), bounds, var or var2 or named


# a clause of prose after an integral's leading bounds, no integrand: "... an integral from 0 to 10 but I haven't
# done one since school" (the integral is then of the function the question defines)
_CLAUSE = re.compile(r"\s*,?\s*(?:but|though|although|because|since|right|isn't\s+it|I\s+think)\b", re.I)


_ASKED_IN = re.compile(r"^[\s,;:)\]]*(?:(?:in|as)\s+)?(?P<unit>.*?)[\s?.!)\]]*$", re.I)


# the words after an integral's "dx" that only ask for its value, or its unit: "∫₀⁶ Ka·γ·z dz — value in kN/m",
# "... dz, in kN/m", "... dx - answer please"
_VALUE_ASKED = re.compile(
    r"(?<![A-Za-z])(?P<dx>d[a-z])(?P<tail>\s*(?:[,;:.]|[-–—]+)?\s*(?P<word>(?:the\s+)?(?:value|answer|result)\b)?"
    r"(?P<rest>[^=]*))$",
    re.I,
)


def _value_asked_cut(body: str) -> str:
    """The integrand and its "dx" without the words after them that only ask for its value or unit ("Ka·γ·z dz —
    value in kN/m" -> "Ka·γ·z dz"); as written when anything else follows (bounds: "x dx from 0 to 2")."""
    m = _VALUE_ASKED.search(body)
    if m is None or m.start() == 0 or not m["tail"].strip(" ?.!"):
        return body
    asked = (m["word"] and not m["rest"].strip(" ?.!")) or _asked_unit_only(m["rest"])
    return body[: m.end("dx")] if asked else body


def _asked_unit_only(text: str) -> bool:
    """Whether what follows an integral's leading bounds is no integrand but at most the unit its answer is asked in
    (", in mg·h/L?", ")", " in nm"): the integral is then of the function the question defines."""
    from plugins.symbolic.remarks import only_units

    m = _ASKED_IN.match(text)
    return m is not None and only_units(m["unit"].replace("·", "*"))


# the unit an integral's answer is asked in, after its bounds: "... from t = 0 to 12, in MBq·h", "... to 10 as mg·h/L"
_ASKED_UNIT_TAIL = re.compile(r"\s*[,;]?\s*\b(?:in|as)\s+[^,;=]+?[\s?.!]*$", re.I)


def _asked_unit_cut(body: str) -> str:
    """The integral's text without the unit its answer is asked in after its bounds ("A(t) dt from t = 0 to 12, in
    MBq·h" -> "A(t) dt from t = 0 to 12"); as written when no unit alone ends it ("x, x in [0, 1]")."""
    m = _ASKED_UNIT_TAIL.search(body)
    return body[: m.start()] if m and m.start() > 0 and _asked_unit_only(m[0]) else body


def _first_sentence(body: str) -> str | None:
    """The integrand's sentence when another sentence follows it ("x^2 over 0–20 min. What area ..." -> "x^2 over
    0–20 min"); None when the body is one sentence. A decimal point ends no sentence."""
    m = re.match(r"(.+?[^\s.])\s*[.;]\s+(?=[A-Z])", body)
    return m.group(1) if m else None


def bare_integral(question: str) -> tuple[str, tuple[str, str], str] | None:
    """An integral written with no word for it: "x^2 dx from 0 to 1", "x^2dx, 0..1" (its dx right before bounds)."""
    text = re.sub(r"^\s*(?:(?:compute|evaluate|calculate|find|what\s+is|what's)\s+)?", "", question, flags=re.I)
    found = trailing_bounds(text)
    dx = re.search(r"(?<![A-Za-z])d([a-z])\s*,?\s*$", found[0]) if found else None
    if found is None or dx is None or re.search(r"(?:^|[-+*/^(])\s*$", found[0][: dx.start()]):
        return None  # not "dy/dx from 0 to 1"
    return found[0][: dx.start()].strip(), found[1], dx.group(1)


def trailing_bounds(text: str) -> tuple[str, tuple[str, str], str | None] | None:
    """(the text before them, the bounds as written, their variable when named) of bounds that end ``text``:
    "x^2 from 0 to 1", "x^2 for 0 <= x <= 1", "x^2, x in [0, 1]", "x^2 dx, 0..1"; None when none end it."""
    for pattern in _TRAILING:
        found = pattern.search(f" {text}")  # bounds alone ("for x from 0 to 2" of a defined function) leave ""
        if found:
            return text[: max(found.start() - 1, 0)], (found["lo"].strip(), found["hi"].strip()), found["var"]
    return None


# a differential written in a fraction's numerator: "dX/(1 - X)^2", "x dx/(1 + x^2)" (not a derivative "dy/dx")
_NUMERATOR_DX = re.compile(r"(?<![A-Za-z])d([a-z])\s*/\s*(?!d[a-z](?![A-Za-z]))", re.I)


def _numerator_dx(body: str) -> tuple[str, str | None]:
    """The integrand with its differential taken out of a numerator, and its variable: "dX/(1 - X)^2" ->
    ("1/(1 - X)^2", "X"), "x dx/(1 + x^2)" -> ("x 1/(1 + x^2)", "x"); the body as it is (and None) when its
    differential is written last ("x^2 dx"), or none is in a numerator, or two are."""
    found = list(_NUMERATOR_DX.finditer(body))
    if len(found) != 1 or _DX.search(_first_sentence(body) or body):
        return body, None
    m = found[0]
    return f"{body[: m.start()]}1/{body[m.end() :]}", m.group(1)


def _strip_dx(body: str) -> tuple[str, str | None]:
    found = _DX.search(body)
    if not found or found.start() == 0:
        return body, None
    return body[: found.start()], found.group(1) or found.group(2)


def _unbrace(text: str) -> str:
    return text[1:-1] if text.startswith("{") and text.endswith("}") else text


# a bound of a word problem: a number, a multiple or fraction of pi, infinity ("2", "0.5", "1e3", "pi/2", "2*pi", "inf")
_B = (
    rf"(?:[-+]?\s*{UNSIGNED}(?:\s*[*/]\s*(?:{UNSIGNED}|pi))?"
    r"|[-+]?\s*\d*\s*\*?\s*pi(?:\s*/\s*\d+)?|[-+]?inf(?:inity)?)"
)
_UNIT = r"(?:\s*[A-Za-zµ°][\w/^]*)??"
# part of the bounds: "over the interval", "over the substrate range"
_LEAD = r"(?:\b(?:for|over|on|in|within|where|with)\s+(?:the\s+(?:[a-z]+\s+)?(?:interval|range)\s+)?)?"
_BOUNDS = (
    re.compile(
        rf"(?:\b(?:for|as|with|where)\s+(?P<v0>[a-z])\s+(?:goes\s+|runs\s+)?)?\b(?:from|between)\s+"
        rf"(?:(?P<v1>[a-z])\s*=\s*)?(?P<lo>{_B}){_UNIT}\s+(?:to|and|until|till|through)\s+"
        rf"(?:(?P<v2>[a-z])\s*=\s*)?(?P<hi>{_B})(?!\w|\.\d)",
        re.I,
    ),
    re.compile(
        rf"{_LEAD}\b(?P<v1>[a-z])\s*=\s*(?P<lo>{_B}){_UNIT}\s*(?:to|\.\.)\s*(?:(?P=v1)\s*=\s*)?(?P<hi>{_B})(?!\w|\.\d)",
        re.I,
    ),
    # bounds alone in brackets after the variable's gloss or as a remark: "x in metres from the drive side (0 to 5)",
    # "(integrate 0 to 8)"
    re.compile(rf"\(\s*(?:integrat(?:e|ed|ing)\s+)?(?P<lo>{_B})\s*(?:to|\.\.)\s*(?P<hi>{_B})\s*\)", re.I),
    re.compile(rf"{_LEAD}(?P<lo>{_B}){_LE}(?P<v1>[a-z]){_LE}(?P<hi>{_B})(?!\w|\.\d)", re.I),
    re.compile(
        rf"(?:\b(?:over|on|in|for)\s+(?:the\s+interval\s+)?(?:(?P<v1>[a-z])\s*(?:in\b|∈)\s*)?|\b(?P<v2>[a-z])\s*"
        rf"(?:in\b|∈)\s*)\[\s*(?P<lo>{_B})\s*,\s*(?P<hi>{_B})\s*\]",
        re.I,
    ),
)


_CLOCK = rf"(?:{time_unit_pattern(letters=False)})"
_SPAN = rf"(?<![\w.])(?P<span>{UNSIGNED})[\s-]*(?P<unit>{_CLOCK})\b"  # "60 min", "4-hour"
_FIRST = (  # "the first hour": one; "the first half hour", "the first half-hour": a half
    rf"(?:{_SPAN[:-2]}|(?P<half>half[\s-]+(?:an?\s+)?)?(?P<unit1>second|minute|hour|day|week|month|year))\b"
)
# a time window from its start and its length: "in the first 60 min" (from 0), "4 hours long, starting at t = 0",
# "a 4-hour soak starting at t = 0", "from t = 2 for 3 hours"; the start is written with its variable; a run from
# t = 0 by its length: "we ran it for exactly 6 min", "the pump runs for 20 minutes", "operated it for 3 h" (not "about")
_DURATIONS = (
    re.compile(rf"\b(?:in|over|during|for|within|across)\s+(?:(?:the|teh|its|our)\s+)?first\s+{_FIRST}", re.I),
    re.compile(
        r"\b(?:ran|runs?|running|pumped|pumps?|pumping|operated|operates?|operating|left\s+(?:it\s+)?running)"
        rf"\s+(?:(?:it|them|this|that)\s+)?for\s+(?:(?:exactly|precisely|just)\s+)?{_SPAN}",
        re.I,
    ),
    re.compile(
        rf"{_SPAN}(?:\s+long)?[^.?;]{{0,40}}?\b(?:starting|beginning|begins|starts|from)\s+(?:at\s+)?"
        rf"(?P<v1>[a-z])\s*=\s*(?P<lo>{UNSIGNED})(?!\w|\.\d)",
        re.I,
    ),
    re.compile(
        rf"\b(?:from|starting\s+at|beginning\s+at)\s+(?P<v1>[a-z])\s*=\s*(?P<lo>{UNSIGNED})\s*,?\s+for\s+"
        rf"(?:the\s+next\s+|another\s+)?{_SPAN}",
        re.I,
    ),
)


def _clock_ratio(unit: str, declared: str) -> int | None:
    """How many of t's ``declared`` unit one ``unit`` holds, when a whole number ("h" in "min": 60; "min" in
    "min": 1); None when the units do not convert exactly that way ("min" in "h", "month" in "day")."""
    if unit == declared:
        return 1
    if unit not in SECONDS or declared not in SECONDS or SECONDS[unit] % SECONDS[declared]:
        return None
    return SECONDS[unit] // SECONDS[declared]


@dataclass(frozen=True)
class Bounds:
    """Both bounds as written (spaces left out), the variable when written ("t=0"), where they stand, and the time
    unit of a window given by its length ("the first 60 min": "min")."""

    var: str | None
    lo: str
    hi: str
    start: int
    end: int
    unit: str | None = None


_HOUR = r"(?P<{0}>\d{{1,2}})(?::(?P<{0}m>[0-5]\d))?\s*(?P<{0}p>[ap]\.?m\.?(?![a-z]))?"
# two clock times as bounds: "between 7 and 9am", "from 7 am to 9 am", "between 7:30 and 9:00"
_CLOCK_SPAN = re.compile(
    rf"\b(?:from|between)\s+{_HOUR.format('a')}\s+(?:to|and|until|till)\s+{_HOUR.format('b')}(?![\w:])", re.I
)
# t's origin as a clock time: "t in hours from 7am", "t measured in hours after 7:00", "t = 0 at 7 am"
_ORIGIN = re.compile(rf"\bt\b[^.;?!]{{0,40}}?\b(?:from|after|since|past|at|is)\s+{_HOUR.format('o')}(?![\w:])", re.I)


def _clock(m: re.Match[str], key: str, meridiem: str | None) -> float | None:
    """Hours after midnight of the clock time named ``key`` in ``m`` (its am/pm, or ``meridiem`` when it has none);
    None for an hour no clock shows."""
    hour, minute = int(m[key]), int(m[f"{key}m"] or 0)
    half = (m[f"{key}p"] or meridiem or "").lower().replace(".", "")
    if hour > 23 or (half and not 1 <= hour <= 12):
        return None
    hour = hour % 12 + (12 if half == "pm" else 0) if half else hour
    return hour + minute / 60


def _is_clock(m: re.Match[str], key: str) -> bool:
    """Whether the time named ``key`` is written as a clock's ("7am", "7:30"), not a plain number."""
    return bool(m[f"{key}p"] or m[f"{key}m"])


def clock_bounds(text: str) -> Bounds | None:
    """Bounds written as clock times ("between 7 and 9am") as values of t, whose origin and unit the text states
    ("t in hours from 7am": 0 to 2; "t in minutes from 7am": 0 to 120); None when it writes none, or does not
    state both (see ``clock_problem``)."""
    from plugins.symbolic.derivative_prose import declared_time_units

    span, origin = _CLOCK_SPAN.search(text), _ORIGIN.search(text)
    if (
        span is None
        or origin is None
        or not (_is_clock(span, "a") or _is_clock(span, "b"))
        or not _is_clock(origin, "o")
    ):
        return None
    scale = {frozenset({"h"}): 1, frozenset({"min"}): 60}.get(frozenset(declared_time_units(text)))
    zero = _clock(origin, "o", None)
    hi = _clock(span, "b", None)
    lo = _clock(span, "a", span["bp"])  # "7 and 9am": 7am
    if lo is not None and hi is not None and lo > hi and not span["ap"]:
        lo = _clock(span, "a", "am")  # "between 11 and 1pm": 11am
    if scale is None or None in (zero, lo, hi) or not zero <= lo < hi:
        return None
    lo_t, hi_t = ((value - zero) * scale for value in (lo, hi))
    return Bounds("t", f"{lo_t:g}", f"{hi_t:g}", span.start(), span.end())


def clock_number_starts(text: str) -> set[int]:
    """Where the numbers of clock times read as bounds start ("7" and "9" of "between 7 and 9am", "7" of "t in
    hours from 7am"): values of t's clock, not of the problem; empty when ``clock_bounds`` reads none."""
    if clock_bounds(text) is None:
        return set()
    found = (_CLOCK_SPAN.search(text), _ORIGIN.search(text))
    return {m.start(key) for m in found if m for key in m.re.groupindex if key[-1:] != "p" and m.start(key) >= 0}


def clock_problem(text: str) -> str | None:
    """Why clock-time bounds cannot be read as values of t ("between 7 and 9am" with no origin of t stated), or
    None when the text writes none or they can be."""
    span = _CLOCK_SPAN.search(text)
    if span is None or not (_is_clock(span, "a") or _is_clock(span, "b")) or clock_bounds(text):
        return None
    return (
        "clock times as bounds need t's origin and unit, e.g. 't in hours from 7am' (or write the bounds as "
        "values of t: 'from t = 0 to t = 2')"
    )


def explicit_bounds(question: str, context: str | None = None) -> Bounds | None:
    """The bounds of "between t=0 and t=2 s", "from 0 to 10 min", "t = 0 to 10", "for 0 <= t <= 2", "over [0, 2]",
    "t in [0, 2]" (a word before them, "for", "over", is part of them), or of a time window by its length (see
    ``_DURATIONS``, t's unit read in ``context``, the whole question, when given); None when the question does not
    write both. Clock times are values of t from the origin the question states ("t in hours from 7am ... between 7
    and 9am": 0 to 2, ``clock_bounds``); without one they are no bounds."""
    clock = clock_bounds(context or question)
    if clock and (context is None or _CLOCK_SPAN.search(question)):
        return clock if context is None else replace(clock, start=_CLOCK_SPAN.search(question).start(),
                                                     end=_CLOCK_SPAN.search(question).end())  # fmt: skip
    if _CLOCK_SPAN.search(question) and clock_problem(question):
        return None
    for pattern in _BOUNDS:
        m = pattern.search(question)
        if m:
            groups = m.groupdict()
            lo, hi = (re.sub(r"\s+", "", m.group(side)) for side in ("lo", "hi"))
            var = groups.get("v0") or groups.get("v1") or groups.get("v2")
            return Bounds(var, lo, hi, m.start(), m.end())
    return window_bounds(question, context)


def sole_bounds(text: str) -> Bounds | None:
    """The bounds of the one interval ``text`` states ("... over one half-cycle t in [0, 30] min. what's the area
    under it?"); None when it states none or more than one."""
    bounds = explicit_bounds(text)
    if bounds is None or explicit_bounds(text[: bounds.start] + " " + text[bounds.end :]):
        return None
    return bounds


def window_bounds(question: str, context: str | None = None) -> Bounds | None:
    """The bounds of a time window written by its length: "the first 60 min" -> 0 to 60, "4 hours long, starting at
    t = 0" -> 0 to 4, "from t = 2 for 3 hours" -> 2 to 2 + 3 (exact sum), "the first half hour" with t in minutes -> 0
    to 30 (a length in a larger unit than t's converted exactly); None when none is written, or when its unit is not
    one the question (``context`` when given: its remarks too) gives t ("t in hours", "(t in mins)", a rate's
    "picks/min") or converts exactly to it, or it gives t none."""
    from fractions import Fraction

    from plugins.symbolic.derivative_prose import clock_unit, declared_time_units

    for pattern in _DURATIONS:
        m = pattern.search(question)
        if m:
            unit = m.groupdict().get("unit") or m.groupdict().get("unit1")
            declared = declared_time_units(context or question)
            length = Fraction(m["span"] or 1) / (2 if m.groupdict().get("half") else 1)
            scale = _clock_ratio(clock_unit(unit), next(iter(declared))) if len(declared) == 1 else None
            if scale is None:
                return None
            lo = m.groupdict().get("lo") or "0"
            hi = Fraction(lo) + length * scale
            text = str(hi) if hi.denominator == 1 else str(float(hi))
            return Bounds(
                m.groupdict().get("v1"), lo, text, m.start(), m.end(), unit if scale == 1 else next(iter(declared))
            )
    return None


_AUC_END = r"(?:\d+(?:\.\d+)?|inf(?:inity)?|∞|oo)"
_AUC = re.compile(
    r"\bAUC(?![\w-]*\s*(?:ROC|of\s+the\s+ROC))"
    rf"(?:\s*_?\s*[({{]?\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:-|–|—|→|->|\bto\b|,|\}}?\^\{{?)\s*(?P<hi>{_AUC_END})\s*[)}}]?"
    r"(?!\w))?",
    re.I,
)


def auc_words(text: str) -> str:
    """A pharmacokinetic AUC as the words of an integral: "AUC from 0 to infinity" -> "area under the curve from 0
    to infinity", "AUC(0-inf)", "AUC0-24", "AUC_0^inf" -> "area under the curve from 0 to inf" (not a ROC's AUC)."""

    def words(m: re.Match[str]) -> str:
        bounds = f" from {m['lo']} to {m['hi'].replace('∞', 'inf')}" if m["lo"] is not None else ""
        return "area under the curve" + bounds

    return _AUC.sub(words, text)


# bounds joined by an arrow: "from t=0 -> 4 s", "(integrate 0→∞)", "0->inf"; a number on each side (a limit's "x -> 0"
# has its variable before the arrow, a conversion's "5 km -> m" a unit)
_ARROW_END = rf"(?:[-+]?{UNSIGNED}|[-+]?inf(?:inity)?|∞|oo)"
_ARROW_BOUNDS = re.compile(
    rf"(?P<from>\b(?:from|between)\s+)?(?P<var>\b[a-z]\s*=\s*)?(?<![\w.^])(?P<lo>[-+]?{UNSIGNED})\s*(?:-+>|→)\s*"
    rf"(?:(?P=var))?(?P<hi>{_ARROW_END})(?![\w.])",
    re.I,
)


def arrow_bounds(text: str) -> str:
    """Bounds joined by an arrow in words: "from t=0 -> 4 s" -> "from t=0 to 4 s", "integrate 0→∞" -> "integrate
    from 0 to inf" (the arrow between two numbers, or a number and infinity; "x -> 0" and "5 km -> m" are left)."""

    def words(m: re.Match[str]) -> str:
        hi = "inf" if m["hi"] in {"∞", "oo"} else m["hi"]
        return f"{m['from'] or 'from '}{m['var'] or ''}{m['lo']} to {hi}"

    return _ARROW_BOUNDS.sub(words, text)


# abbreviations typed in a hurry -> the words the calculus planner reads
_SHORTHAND = (
    (r"\bderivs?\b\.?|\bderivatives\b", "derivative"),
    (r"\bdiff\b\.?(?!\s*\()", "differentiate"),  # not the study verb diff(f, x)
    (r"\bantideriv(?:ative)?s?\b\.?", "antiderivative"),
    (r"\binteg\b\.?|\bintegr8\b", "integrate"),
    (r"\bd\s*\^\s*2\s*/\s*d([a-z])\s*\^\s*2|\bd2\s*/\s*d([a-z])2\b", r"second derivative wrt \1\2 of"),
)
_PARTIAL = re.compile(r"\bpartial(?:\s+derivative)?\b|∂\s*/\s*∂\s*(?=[a-z]\b)", re.I)
_VAR_FIRST = re.compile(rf"\b(derivative|differentiate)\s+(?:{VAR}|d/d([a-z]))\s*,?\s*(?:of\s+)?(?=\S)", re.I)


# bounds that name their time unit: "from day 0 to day 40", "between week 2 and week 6", "from hour 1 to 5", "from day 0
# to infinity"
# a point named by its time unit: "at day 5", "on day 5", "at the week 3 mark"
_NAMED_POINT = re.compile(
    r"\b(?P<at>at|on)\s+(?:the\s+)?(?P<u>second|minute|hour|day|week|month|year)\s+(?P<n>\d+(?:\.\d+)?)(?![\w.])", re.I
)
# one end may be a value of t ("between t=0 and day 60"), the other naming the unit
_NAMED_BOUNDS = re.compile(
    r"\b(?P<from>from|between)\s+(?:(?P<u1>second|minute|hour|day|week|month|year)\s+|t\s*=\s*)(?P<lo>\d+(?:\.\d+)?)\s+"
    r"(?P<to>to|and|until|through|thru)\s+(?:(?P<u2>second|minute|hour|day|week|month|year)\s+|t\s*=\s*)?"
    r"(?P<hi>\d+(?:\.\d+)?|inf(?:inity)?|∞)(?!\w|\.\d)",  # a full stop may end the sentence: "and day 60."
    re.I,
)
# an end named by its event and glossed with its value: "between emergence (t=0) and day 60", "from sowing (day 0) to
# harvest (day 120)" -> "between t=0 and day 60", "from day 0 to day 120"
_GLOSSED_END = re.compile(
    r"\b(?P<word>from|between|to|and|until)\s+(?:the\s+)?(?:[A-Za-z][A-Za-z-]*\s+)?[A-Za-z][A-Za-z-]*\s*\(\s*"
    r"(?P<value>(?:t\s*=\s*|(?:second|minute|hour|day|week|month|year)\s+)\d+(?:\.\d+)?)\s*\)",
    re.I,
)


def unit_named_bounds(text: str) -> str:
    """Bounds that name their time unit as plain values of t, when the text gives t that unit ("t = days after
    emergence", "t in days", a rate "per day"): "from day 0 to day 40" and "between t=0 and day 40" -> "from 0 to
    40", an end named by its event glossed with its value ("from emergence (t=0) to day 40") likewise, and a point so
    named "at day 5" -> "at 5 days"; left as written where t has another unit or none, or the two ends name different
    units."""
    from plugins.symbolic.derivative_prose import clock_unit, declared_time_units

    declared = declared_time_units(text)

    def plain(m: re.Match[str]) -> str:
        units = {clock_unit(m[key]) for key in ("u1", "u2") if m[key]}
        if not units or declared != units:
            return m[0]
        return f"{m['from']} {m['lo']} {'and' if m['to'].lower() == 'and' else 'to'} {m['hi']}"

    def point(m: re.Match[str]) -> str:
        return f"at {m['n']} {m['u']}s" if declared == {clock_unit(m["u"])} else m[0]

    glossed = _GLOSSED_END.sub(lambda m: f"{m['word']} {m['value']}", text) if declared else text
    named = _NAMED_BOUNDS.sub(plain, glossed)
    return _NAMED_POINT.sub(point, named if named != glossed else text)


def calculus_words(question: str) -> tuple[str, bool]:
    """The question with calculus shorthand written out, and whether it asks a partial derivative: "deriv",
    "diff", "integ", "antideriv", "2nd deriv", "d^2/dx^2 f", "AUC(0-inf)" (``auc_words``), bounds "0 -> 4" (``arrow_bounds``); "partial wrt y of f" and
    "∂/∂y f" become "derivative of f wrt y" (the variable named first moves after the function)."""
    text = arrow_bounds(unit_named_bounds(auc_words(question)))
    for pattern, repl in _SHORTHAND:
        text = re.sub(pattern, repl, text, flags=re.I)
    partial = bool(_PARTIAL.search(text))
    text = _PARTIAL.sub(lambda m: "derivative" if m.group(0)[0].lower() == "p" else "derivative wrt ", text)
    text = re.sub(r"\bderivative\s+derivative\b", "derivative", text, flags=re.I)
    if m := _VAR_FIRST.search(text):  # "derivative wrt y of x^2 y^3" -> "derivative of x^2 y^3 wrt y"
        text = f"{text[: m.start()]}{m.group(1)} of {text[m.end() :].rstrip(' ?.')} wrt {m.group(2) or m.group(3)}"
    return text, partial
