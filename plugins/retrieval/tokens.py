"""Words of a text as the lexical rankers see them: lower case, identifiers split, stop words out, stemmed.

BM25, the lexical embedder and the terminal highlighter share these rules, so a query word matches
(and is highlighted in) the same places it scores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Runs of letters/digits; identifiers such as ttest_ind or levene's are split below.
_WORD = re.compile(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*")
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each either else etc few for from further had
    has have having he her here hers him his how however i if in into is it its itself just may me might more
    most much must my no nor not now of off on once only or other our ours out over own same shall she should
    so some such than that the their theirs them then there these they this those through thus to too under
    until up upon us very via was we were what when where whether which while who whom why will with within
    without would you your s""".split()
)


def stem(word: str) -> str:
    """A light suffix stripper (plurals, -ing, -ed, -ly, -ation, final -e), the same for queries and texts."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and re.search(r"[aeiouy]", word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
                word = word[:-1]  # fitted -> fit, modelled -> model
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if word.endswith("ation") and len(word) > 7:
        word = word[:-3]  # estimation -> estimat, like estimate below
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


@lru_cache(maxsize=200_000)
def _terms_of_word(word: str) -> tuple[str, ...]:
    parts = [p for piece in word.split("_") for p in _CAMEL.findall(piece)]
    lowered = [p.lower() for p in parts]
    out = [stem(p) for p in lowered if p not in STOP_WORDS]
    if len(parts) > 1:
        out.append(word.lower())  # the whole identifier too, so ttest_ind matches best as written
    return tuple(out)


def terms(text: str) -> list[str]:
    """The index terms of a text, in order (a term may repeat)."""
    out: list[str] = []
    for match in _WORD.finditer(text):
        out.extend(_terms_of_word(match.group()))
    return out


def term_spans(text: str) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, terms)`` for every word of ``text``: where to highlight a matched term."""
    for match in _WORD.finditer(text):
        found = _terms_of_word(match.group())
        if found:
            yield match.start(), match.end(), found
