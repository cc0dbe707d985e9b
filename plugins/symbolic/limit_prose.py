"""Limits asked without the word "limit", as text.

"what does (1 - cos x)/x^2 go to when x goes to 0?", "where does x/(x+1) head as x -> inf", "sin(x)/x as x -> 0?",
"the value (3x^2+1)/(x^2-2) approaches as x gets large", "what does e^(-x) tend to as x grows without bound",
"what happens to x sin(1/x) when x approaches 0 from the right". The text before "as/when x ..." must read as
mathematics in that variable (so "what does the sample mean approach as n goes to infinity" is no limit). Nothing
is evaluated here.
"""

from __future__ import annotations

import re

from plugins.api.prose import ExtractError, math_expression

_TENDS = r"(?:-+>|→|\\to\b|\bapproach(?:es)?\b|\btends?\s+to(?:wards?)?\b|\bgo(?:es)?\s+to\b|\bheads?\s+(?:to(?:wards?)?|for)\b|\bgets?\s+close\s+to\b|\bconverges?\s+to\b)"
_LARGE = r"(?:very\s+|really\s+|arbitrarily\s+|extremely\s+)?(?:large|big|huge)"
_POSITIVE = (
    rf"(?:gets?|becomes?|grows?|is)\s+{_LARGE}(?!\s+(?:and\s+)?negative)|(?:grows?|increases?)\s+without\s+(?:bound|limit)|"
    r"(?:grows?|increases?)\s+(?:forever|indefinitely)|(?:goes|heads|runs)\s+off\s+to\s+infinity"
)
_NEGATIVE = rf"(?:gets?|becomes?|is)\s+{_LARGE}\s+(?:and\s+)?negative|(?:decreases?|falls?)\s+without\s+(?:bound|limit)"
_WHEN = re.compile(
    rf"\s*,?\s*\b(?:as|when|while|if|for)\s+(?P<var>[a-z])\s*(?:{_TENDS}\s*(?P<at>.+?)|(?P<neg>{_NEGATIVE})|"
    rf"(?P<pos>{_POSITIVE}))\s*[?.!]*\s*$",
    re.I,
)
_LEAD = re.compile(
    r"^(?:so\s+|and\s+|then\s+)?(?:(?:what|which)\s+(?:value\s+|number\s+)?(?:does|do|will|would|should)|where\s+(?:does|will)|"
    r"what\s+happens\s+to|how\s+does|find\s+(?:the\s+value\s+(?:that\s+)?)?|(?:what\s+is\s+)?the\s+value\s+(?:that\s+)?|"
    r"value\s+(?:that\s+)?)\s*",
    re.I,
)
_VERB = re.compile(
    r"\s+(?:(?:go(?:es)?|tends?|heads?|converges?|gets?\s+close|settles?\s+down)\s+(?:to(?:wards?)?|for)?|approach(?:es)?|"
    r"heads?|become|do|behave|end\s+up\s+(?:at|as)?|settles?\s+(?:at|on)?)(?:\s+what)?\s*$",
    re.I,
)


def informal_limit(question: str) -> tuple[str, str, str] | None:
    """(body, variable, point as written) of a limit asked in words ("what does f go to when x goes to 0"), the
    point "inf" or "-inf" for "x gets large" or "large negative"; None when the question is not one."""
    text = question.strip()
    m = _WHEN.search(text)
    if not m:
        return None
    var = m.group("var")
    at = m.group("at") or ("-inf" if m.group("neg") else "inf")
    body = _VERB.sub("", _LEAD.sub("", text[: m.start()].strip())).strip(" ,:")
    try:
        expression = math_expression(body)
    except ExtractError:
        return None
    if not re.search(rf"(?<![A-Za-z]){var}(?![A-Za-z])", expression):
        return None
    return body, var, at.strip()
