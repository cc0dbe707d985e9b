"""A sum or series the question writes, as text for the calculus planner: its summand, index and bounds.

"Σ_{n=1}^inf 1/n^2", "∑_{k=0}^{10} k^2", "sum_{n=1}^{inf} 1/n^2", "\\sum_{n=1}^{\\infty} 1/n^2", "Σ 1/n^2 for n = 1
to ∞", "sum of 1/n^2 for n from 1 to infinity", "the sum of k^2 from k = 1 to 10", "sum from n = 1 to inf of 1/2^n",
"the series (-1)^(n+1)/n, n >= 1", "does the series Σ_{n=1}^∞ 1/n converge?" (its value, or that it diverges).
Both bounds are written (integers; the upper one may be infinity, "n >= 1" has no upper one) and the summand holds
no variable but the index; after Σ it adds no terms outside brackets ("Σ_{n=1}^∞ 1/n^2 + 1" is ambiguous). Text is only cut here; the planner writes ``sum(f, n, a, b)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import FUNCTIONS

# a sum's sign (Σ lowercased by MODE is σ) or word; "series" only with its bounds written
_SIGMA = r"(?:[Σ∑σ]|\\sum\b|\bsum\b|\bsummation\b)"
_SIGMA_SUB = r"(?:[Σ∑σ]|\\sum|\bsum)(?![a-z])"
# a sum in notation with its index (MODE's keyword for calculus)
SUM_NOTATION = r"(?:[Σ∑σ]|\\sum|\bsum)\s*_\s*[{(]?\s*[a-z]\s*="
_LOW = r"(?P<lo>[-+]?\d+)"
_HIGH = r"(?P<hi>[-+]?\d+|inf(?:inity)?\b|oo\b|\\infty\b|∞)"
_TO = r"(?:to|through|thru|up\s+to|until|\.\.\.?|…|,\s*(?:\.\.\.|…)\s*,?)"
# "Σ_{n=1}^{inf}", "sum_(n=1)^inf", "\sum_{n=1}^{\infty}"
_SUBSCRIPTS = re.compile(
    rf"{_SIGMA_SUB}\s*_\s*[{{(]?\s*(?P<var>[a-z])\s*=\s*{_LOW}\s*[}})]?\s*\^\s*[{{(]?\s*{_HIGH}\s*[}})]?", re.I
)
# the bounds in words: "for n from 1 to infinity", "from k = 1 to 10", "n = 1 to inf", "n = 0, ..., 10", "n >= 1"
_BOUNDS = re.compile(
    rf"\bfrom\s+(?P<var>[a-z])\s*=\s*{_LOW}\s+{_TO}\s+(?:[a-z]\s*=\s*)?{_HIGH}"
    rf"|(?:\b(?:for|as|with|over|where)\s+)?\b(?P<var2>[a-z])\s*(?:=|\bfrom\b|\b(?:goes|runs|ranges|ranging)\s+"
    rf"from\b)\s*(?P<lo2>[-+]?\d+)\s*{_TO}\s*(?:[a-z]\s*=\s*)?(?P<hi2>[-+]?\d+|inf(?:inity)?\b|oo\b|∞)"
    rf"|(?:\b(?:for|over|with|where)\s+(?:all\s+)?)?\b(?P<var3>[a-z])\s*>=\s*(?P<lo3>[-+]?\d+)"
    rf"|\bfrom\s+(?P<lo4>[-+]?\d+)\s+{_TO}\s+(?P<hi4>[-+]?\d+|inf(?:inity)?\b|oo\b|∞)",
    re.I,
)
_WORDS_FIRST = re.compile(rf"{_SIGMA}\s*(?::\s*)?(?:of\s+)?", re.I)
_SERIES = re.compile(r"(?<!taylor )(?<!maclaurin )(?<!power )(?<!fourier )\b(?:infinite\s+)?series\s+(?:of\s+)?", re.I)
_MATH_WORDS = FUNCTIONS | {"pi", "e"}
_ENDS = ".,;:?!"


@dataclass(frozen=True)
class SumParts:
    """The summand as written, its index, and the bounds ("oo" for infinity)."""

    body: str
    var: str
    lo: str
    hi: str


def sum_parts(question: str) -> SumParts | None:
    """The sum the question writes in full, or None (no sum, or one without its index and both bounds)."""
    m = _SUBSCRIPTS.search(question)
    if m:
        body = _math_prefix(question[m.end() :])
        return None if _added(body) else _parts(body, m["var"], m["lo"], m["hi"])
    for trigger in (*_WORDS_FIRST.finditer(question), *_SERIES.finditer(question)):
        rest = question[trigger.end() :]
        bounds = _BOUNDS.search(rest)
        if bounds is None:
            continue
        if bounds.start() == 0 or re.match(r"(?:from|for|over)\s", rest, re.I):  # "sum from n=1 to 10 of n^2"
            body = _math_prefix(re.sub(r"^\s*(?:,\s*)?(?:of\s+)?", "", rest[bounds.end() :], flags=re.I))
        else:
            body = re.sub(r"[\s,;]*(?:\b(?:for|as|with|over|where|from)\s*)?$", "", rest[: bounds.start()], flags=re.I)
            body = body if _math_prefix(body) == body.strip() else ""
        sign = trigger.group().lstrip()[:1] in "Σ∑σ\\"  # "Σ 2k - 1 for k = 1 to 9": Σ(2k - 1), or Σ 2k, then - 1?
        found = None if sign and _added(body) else _parts(body, *_index_and_bounds(bounds, body))
        if found is not None:
            return found
    return None


def writes_sum(question: str) -> bool:
    """Whether the question writes a sum in notation with its index (Σ_{n=1}, sum_{k=0}, \\sum_{n=1}), read or not."""
    return bool(re.search(SUM_NOTATION, question, re.I))


def _index_and_bounds(m: re.Match[str], body: str) -> tuple[str | None, str | None, str | None]:
    """(index, lower, upper) of a bounds clause; the index of "from 1 to 10" is the summand's one letter."""
    var = m["var"] or m["var2"] or m["var3"]
    lo = m["lo"] or m["lo2"] or m["lo3"] or m["lo4"]
    hi = m["hi"] or m["hi2"] or m["hi4"] or ("oo" if m["var3"] else None)
    if var is None:
        letters = _letters(body)
        var = letters.pop() if len(letters) == 1 else None
    return var, lo, hi


def _parts(body: str, var: str | None, lo: str | None, hi: str | None) -> SumParts | None:
    """The parts when the summand is mathematics in the index alone and the bounds are in order."""
    body = body.strip()
    if not body or var is None or lo is None or hi is None or not _letters(body) <= {var}:
        return None
    upper = "oo" if re.fullmatch(r"inf(?:inity)?|oo|\\infty|∞", hi, re.I) else str(int(hi))
    if upper != "oo" and int(upper) < int(lo):
        return None
    return SumParts(body, var, str(int(lo)), upper)


def _math_prefix(text: str) -> str:
    """The mathematics at the start of ``text``: tokens of numbers, one-letter variables, functions and operators,
    up to the first word ("1/n^2 converge to?" -> "1/n^2") or the punctuation that ends a token."""
    kept = []
    for m in re.finditer(r"\S+", text):
        if re.search(r"[\w)]!", m.group()):  # "1/n!": a factorial, which the expressions do not write
            return ""
        token = m.group().rstrip(_ENDS)
        if not token or not _is_math(token):
            break
        kept.append(token)
        if len(token) < len(m.group()):
            break
    body = " ".join(kept)
    return body if body.count("(") == body.count(")") else ""


def _added(body: str) -> bool:
    """Whether a summand after Σ adds terms outside brackets ("Σ 1/n^2 + 1": the sum plus 1, or the sum of both?)."""
    depth = 0
    for i, ch in enumerate(body):
        depth += (ch in "({") - (ch in ")}")
        if depth == 0 and ch in "+-" and body[:i].strip() and body[:i].rstrip()[-1] not in "^*/(eE":
            return True
    return False


def _is_math(token: str) -> bool:
    """A token of a summand: numbers, operators, brackets and words that are one letter or a function."""
    if not re.fullmatch(r"[\w.^*/+\-(){}]+", token) or "_" in token:
        return False
    return all(len(w) == 1 or w.lower() in _MATH_WORDS for w in re.findall(r"[A-Za-z]+", token))


def _letters(text: str) -> set[str]:
    """The one-letter variables of a summand (not e, Euler's number)."""
    return {w for w in re.findall(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])", text) if w not in "eE"}
