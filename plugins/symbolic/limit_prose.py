"""Limits asked without the word "limit", as text.

"what does (1 - cos x)/x^2 go to when x goes to 0?", "where does x/(x+1) head as x -> inf", "sin(x)/x as x -> 0?",
"the value (3x^2+1)/(x^2-2) approaches as x gets large", "what does e^(-x) tend to as x grows without bound",
"what happens to x sin(1/x) when x approaches 0 from the right", "what does 12t/(t+3) approach for large t". The text before "as/when x ..." must read as
mathematics in that variable (so "what does the sample mean approach as n goes to infinity" is no limit). Nothing
is evaluated here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from plugins.api.prose import ExtractError, math_expression
from plugins.symbolic.remarks import cut_trailing_remarks
from plugins.symbolic.word_problems import definitions

_TENDS = r"(?:-+>|→|\\to\b|\bapproach(?:es)?\b|\btends?\s+to(?:wards?)?\b|\bgo(?:es)?\s+to\b|\bheads?\s+(?:to(?:wards?)?|for)\b|\bgets?\s+close\s+to\b|\bconverges?\s+to\b)"
_LARGE = (
    r"(?:very\s+|really\s+|arbitrarily\s+|extremely\s+)?"
    r"(?:large|big|huge|(?:larger|bigger)(?:\s+and\s+(?:larger|bigger))?)"  # "bigger and bigger"
)
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
    r"heads?|become|do|behave|end\s+up\s+(?:at|as)?|settles?\s+(?:at|on|to)?)(?:\s+what)?\s*$",
    re.I,
)


# a function named alone, with or without its argument: "fc", "fc(t)", "N(t)"
_NAMED = re.compile(r"(?P<name>[A-Za-z][A-Za-z0-9_]{0,5})\s*(?:\(\s*(?P<arg>[a-z])\s*\))?")
# the value a defined function settles to, asked without a limit's variable: "the long-term value of fc", "the
# long-run level of N(t)", "the limiting value of f"
_LONG_TERM = re.compile(
    r"\b(?:long[- ]?(?:term|run)|limiting|eventual|ultimate)\s+(?:value|level)\s+(?:of\s+)?(?:the\s+\w+\s+)?"
    r"(?P<named>[A-Za-z][A-Za-z0-9_]{0,5}(?:\s*\(\s*[a-z]\s*\))?)(?![\w(])",
    re.I,
)


def defined_body(question: str, body: str, var: str) -> str | None:
    """The body of the one function ``question`` defines under the name ``body`` writes alone ("fc" or "fc(t)" of
    "fc(t) = 40t/(4 + 0.85t)") in the variable ``var``; None when ``body`` is no such name."""
    m = _NAMED.fullmatch(body.strip())
    if m is None or m["arg"] not in (None, var):
        return _noun_body(question, body, var)
    found = [f for f in definitions(question) if f.name == m["name"] and f.arg in (None, var)]
    return found[0].body if len(found) == 1 else _noun_body(question, body, var)


def _noun_body(question: str, noun: str, var: str) -> str | None:
    """The body of the one function of ``var`` that the noun phrase ``noun`` (words only) names: "that average cost"
    of "the average cost per loaf when I bake n loaves is (0.45n + 120)/n"; None when it names none or several. A
    quantity per item is named like any other here (a limit is no integral of a rate)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z' -]*", noun.strip()):
        return None
    at = question.rfind(noun.strip())  # the ask, after the definition that may open with the same words
    found = [f for f in definitions(question) if f.arg in (None, var) and f.letters() == {var}]
    named = [f for f in found if replace(f, rate=False).named_by(noun.strip(), question, max(at, 0))]
    if len(named) != 1 or not _words_defined(noun, question, named[0].start):
        return None
    return named[0].body


_DETERMINERS = {"the", "that", "this", "its", "their", "our", "my", "your", "a", "an"}


def _words_defined(noun: str, question: str, start: int) -> bool:
    """Whether every word of ``noun`` (but its determiners) is in the clause that defines the function at ``start``:
    "the average cost" of "the average cost per loaf ... is (0.45n + 120)/n", not of "the total cost is 3n + 500"."""
    clause = re.split(r"[.;?!]\s", question[:start])[-1].lower()
    words = [w for w in re.findall(r"[a-z]+", noun.lower()) if w not in _DETERMINERS]
    return all(re.search(rf"\b{w}", clause) for w in words)


def long_term_limit(question: str) -> tuple[str, str, str] | None:
    """(body, variable, "inf") of the long-term value asked of a function the question defines with its argument
    ("fc(t) = 40t/(4 + 0.85t) ... the long-term value of fc?"); None when it asks none."""
    m = _LONG_TERM.search(question)
    if m is None:
        return None
    name = _NAMED.fullmatch(m["named"].strip())
    found = [f for f in definitions(question) if f.name == name["name"] and f.arg]
    if len(found) != 1 or name["arg"] not in (None, found[0].arg):
        return None
    return found[0].body, found[0].arg, "inf"


# "for large t", "at very large x", "for large values of n", "for large negative x" at the end of an ask: the limit's
# variable growing, written as "as t gets large" (or "... large and negative") for ``_WHEN``
_FOR_LARGE = re.compile(
    rf"\s*,?\s*\b(?:for|at|with)\s+{_LARGE}\s+(?P<sign>(?:and\s+)?(?:positive|negative)\s+)?(?:values?\s+of\s+)?"
    r"(?P<var>[a-z])\s*(?P<end>[?.!]*)\s*$",
    re.I,
)


def _for_large(text: str) -> str:
    """``text`` with a closing "for large t" written "as t gets large" ("for large negative x": "... large and
    negative"); unchanged otherwise."""
    m = _FOR_LARGE.search(text)
    if m is None:
        return text
    negative = " and negative" if m["sign"] and "negative" in m["sign"].lower() else ""
    return f"{text[: m.start()]} as {m['var']} gets large{negative}{m['end']}"


def informal_limit(question: str) -> tuple[str, str, str] | None:
    """(body, variable, point as written) of a limit asked in words ("what does f go to when x goes to 0"), the
    point "inf" or "-inf" for "x gets large" or "large negative"; None when the question is not one."""
    text = _for_large(cut_trailing_remarks(question.strip()))  # "... as t -> inf? exact value"
    m = _WHEN.search(text)
    if not m:
        return long_term_limit(text)
    var = m.group("var")
    at = m.group("at") or ("-inf" if m.group("neg") else "inf")
    asked = re.split(r"(?<=[.?!;])\s+", text[: m.start()].strip())[-1]  # the sentence that asks
    body = _VERB.sub("", _LEAD.sub("", asked)).strip(" ,:")
    body = defined_body(question, body, var) or body
    try:
        expression = math_expression(body)
    except ExtractError:
        return None
    if not re.search(rf"(?<![A-Za-z]){var}(?![A-Za-z])", expression):
        return None
    return body, var, at.strip()
