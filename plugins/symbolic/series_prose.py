"""How questions ask for a Taylor (Maclaurin) series: the function, the point and how much of the series.

"Maclaurin series of e^x cos(x) through the x^4 term", "Taylor series of ln(x) about x = 1 to order 3", "series
expansion of sin(x)/x up to x^6", "first 4 nonzero terms of the Maclaurin series for 1/(1-x)", "Taylor polynomial
of degree 3 of sqrt(1+x) at 0", "third-degree Taylor polynomial for sqrt(x) centered at 4", "... + O(x^5)".

How much: "through/up to (and including) the x^4 term", "to order 3", "order-3", "degree 3", "3rd-degree" keep
the powers (x - a)^0 .. (x - a)^n, n included; "O(x^5)" (the remainder) keeps the powers below 5; "first k
(nonzero) terms", "k terms" the first k nonzero terms. The point: "about/around/at/centered at x = a", else 0 for
a Maclaurin series or when the powers are written in x alone ("up to x^6"). Text only; nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

# the words that ask for a series (MODE's keywords for calculus)
SERIES_WORDS = (
    r"\btaylor\b|\bma?c ?laurin\b|\bpower series\b|\bseries expansion\b|\bexpand\w*\b[^.?;]{0,80}\bin (?:a )?(?:power )?"
    r"series\b|\bseries\b[^.?;]{0,80}\b(?:up to|through|to) (?:and including )?(?:the )?(?:order\b|[a-z]\s*\^\s*\d)"
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "linear": 1, "quadratic": 2, "cubic": 3, "quartic": 4}  # fmt: skip
_COUNT = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_ORDINAL = r"(\d+)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# x^4, (x - 1)^3, (x-pi/2)^2, (x + 1)^2: the variable, the sign and the point, the power
_POWER = r"\(?\s*([a-z])\s*(?:([-+])\s*([^()^]+?))?\s*\)?\s*\^\s*\{?(\d+)\}?"
_TERMS = re.compile(
    rf"\b(?:(?:to|with|using|in)\s+)?(?:the\s+)?(?:first\s+)?(?<!\^){_COUNT}\s+(non-?zero\s+)?terms\b", re.I
)
_REMAINDER = re.compile(rf"\+?\s*\bO\s*\(\s*{_POWER}\s*\)", re.I)
_THROUGH = re.compile(
    rf"\b(?:through|thru|up\s+to|upto|to|until|till|including)\s+(?:and\s+including\s+)?(?:the\s+)?"
    rf"(?:terms?\s+(?:in|of)\s+)?{_POWER}(?:\s+terms?)?",
    re.I,
)
_ORDER = re.compile(
    rf"\b(?:(?:up\s+)?to\s+|of\s+|with\s+)?(?:the\s+)?(?:order|degree)\s*(?:=|:|of|-)?\s*(\d+)\b"
    rf"|\b(?:{_ORDINAL}|(linear|quadratic|cubic|quartic))[- ](?:order|degree)\b"
    rf"|\b(linear|quadratic|cubic|quartic)(?=\s+(?:taylor|ma?c ?laurin|approximation|polynomial))",
    re.I,
)
_POINT = re.compile(
    rf"\b(?:about|around|at|near|centred\s+at|centered\s+at|centred\s+on|centered\s+on|expanded\s+about)\s+"
    rf"(?:the\s+point\s+)?(?:([a-z])(?:_?0)?\s*=\s*)?(?P<at>[-+]?\s*(?:{NUMBER}|pi|e)(?:\s*[*/]\s*(?:{NUMBER}|pi))*)"
    rf"(?![\w.^])",
    re.I,
)
_BODY = re.compile(r"\b(?:series|polynomials?|expansion|approximation|terms)\s*(?:\x00\s*)*(?:of|for)\s+(.+)$", re.I)
_EXPAND = re.compile(r"\bexpand\w*\s+(.+?)\s+(?:in|as)\s+(?:a\s+)?(?:\w+\s+)?series\b", re.I)
_BEFORE = re.compile(
    r"^(?:for\s+)?(.+?)\s*[:,;]\s*(?:its\s+|the\s+)?(?:taylor|ma?c ?laurin|power)\b", re.I
)  # "f: Maclaurin ..."


@dataclass
class SeriesParts:
    """What a series question asks: the function as written, the point (None: not said), the variable (None:
    not said), the highest power kept or the number of nonzero terms, and how that was said."""

    body: str
    point: str | None
    var: str | None
    degree: int | None
    terms: int | None
    maclaurin: bool
    said: str  # "through", "order", "degree", "remainder", "terms", "nonzero terms"


def asks_series(question: str) -> bool:
    """Whether the question asks for a Taylor, Maclaurin or power series."""
    return bool(re.search(SERIES_WORDS, question, re.I))


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def _shift(sign: str | None, value: str | None) -> str | None:
    """The point of a power (x - a)^n written with its sign: "-" "1" -> "1", "+" "1" -> "-1"."""
    if value is None:
        return None
    value = re.sub(r"\s+", "", value)
    return value if sign == "-" else value[1:] if value.startswith("-") else f"-{value}"


def series_parts(question: str) -> SeriesParts | None:
    """The pieces of a series question, or None when it does not ask for a series; ValueError when it does
    but the point or the function cannot be found."""
    if not asks_series(question):
        return None
    text, spans = question.strip().rstrip("?.! "), []
    degree = terms = var = point = None
    said = ""
    if m := _REMAINDER.search(text) or _THROUGH.search(text):
        said = "remainder" if m.re is _REMAINDER else "through"
        var, point, degree, spans = m.group(1), _shift(m.group(2), m.group(3)), int(m.group(4)), [m.span()]
        degree -= said == "remainder"  # O(x^5) is the remainder: x^4 is the last power kept
    elif m := _TERMS.search(text):
        terms, said, spans = _number(m.group(1)), "nonzero terms" if m.group(2) else "terms", [m.span()]
    elif m := _ORDER.search(text):
        found = next(g for g in m.groups() if g)
        said = "order" if re.search(r"order", m.group(0), re.I) else "degree"
        degree, spans = _number(found), [m.span()]
    if (at := _POINT.search(text)) is not None:
        stated = re.sub(r"\s+", "", at.group("at"))
        if point is not None and point != stated:
            raise ValueError(f"the powers are of (x - ({point})) but the series is asked about {stated}")
        var, point = at.group(1) if at.group(1) not in {None, "a"} else var, stated
        spans.append(at.span())
    maclaurin = bool(re.search(r"\bma?c ?laurin\b", text, re.I))
    if maclaurin and point not in {None, "0"}:
        raise ValueError(f"a Maclaurin series is about 0, but the question names {point}: ask for a Taylor series")
    if point is None and (maclaurin or said in {"through", "remainder"}):
        point = "0"  # "up to x^6": powers of x itself
    if degree is None and terms is None:
        raise ValueError("say how much of the series: 'through the x^4 term', 'to order 3', 'degree 3' or 'the "
                         "first 4 nonzero terms'")  # fmt: skip
    if point is None:
        raise ValueError("say where the series is centred: 'about x = 1' (a Maclaurin series is about 0)")
    blanked = text
    for start, end in sorted(spans, reverse=True):
        blanked = blanked[:start] + "\x00" + blanked[end:]
    body = _body(blanked)
    if not body:
        raise ValueError("the function to expand could not be found: write 'Taylor series of f(x) about x = a ...'")
    return SeriesParts(body, point, var, degree, terms, maclaurin, said)


def _body(blanked: str) -> str:
    """The function: after "series/polynomial/expansion of|for", between "expand" and "in a series", or before
    "f: Maclaurin series ...", up to the first clause taken out (the point, the order)."""
    m = _BODY.search(blanked) or _EXPAND.search(blanked) or _BEFORE.search(blanked)
    if m is None:
        return ""
    body = m.group(1).split("\x00")[0]
    body = re.sub(
        r"^(?:the\s+)?(?:(?:taylor|ma?c ?laurin|power)\s+)?(?:series|polynomial)\s+(?:of|for)\s+", "", body, flags=re.I
    )
    return re.sub(r"[\s,;:]+(?:and|with|using|in|as|for)?\s*$", "", body.strip(), flags=re.I).strip()


def series_words(parts: SeriesParts, expr: str, var: str, point: str) -> tuple[str, str | None]:
    """What the answer says it is ("Taylor polynomial of log(x) about x = 1 through (x - 1)^3 ...") and the reading
    assumed where the words allow another ("order 3", "first 3 terms"), else None."""
    kind = "Maclaurin" if point == "0" else "Taylor"
    shift = var if point == "0" else f"({var} - {point})" if not point.startswith("-") else f"({var} + {point[1:]})"
    where = f"{expr} about {var} = {point}"
    if parts.terms is not None:
        assumed = None
        if parts.said == "terms":
            assumed = f"'{parts.terms} terms' means {parts.terms} nonzero terms (zero coefficients are not counted)"
        return f"first {parts.terms} nonzero terms of the {kind} series of {where}", assumed
    power = f"{shift}^{parts.degree}"
    assumed = None
    if parts.said == "order":
        assumed = f"'order {parts.degree}' means the powers through {power}, {power} included"
    return f"{kind} polynomial of {where} through the {power} term (powers up to and including {power})", assumed
