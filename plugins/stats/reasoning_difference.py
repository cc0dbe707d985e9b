"""The order of a two-sample test's difference as the question writes it: "differences taken as CMM minus tracker",
"after - before", "d = tracker − CMM". The samples are named by a pasted table's header ("feat | CMM | tracker") or by
the name written before each list ("before: 12.1 11.8 ...; after: ..."); the test's t is for first - second, so a
difference written the other way round swaps them."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from plugins.api.column_table import column_table
from plugins.api.long_table import long_table
from plugins.api.prose import name_before, sample_spans
from plugins.api.reasoning import PlanError

# "CMM - tracker", "CMM minus tracker", "CMM − tracker" ("minus" is "-" once the text is plain)
_MINUS = r"\s*(?:−|–)\s*|\s+-\s+|\s+minus\s+"
_WORD = r"[a-z][\w.%'-]*"
_BARE = r"[a-z][\w.%']*"  # a word without hyphens: "post" and "pre" of "post-pre"
# a difference's order written in words: "differences taken as A - B", "the difference (A minus B)", "d = A - B",
# "paired t test on after minus before"
_WRITTEN = re.compile(
    r"(?:\b(?:differences?|diffs?|d)\b|\bt[- ]?test\s+on\b)\s*(?:\((?:in\s+)?[^()\d]{1,12}\)\s*)?"
    r"(?:(?:are|is|were|was)\s+)?"
    r"(?:(?:taken|defined|computed|calculated|formed|written|read)\s+)?(?:(?:as|of)\s+|=\s*|:\s*|\(\s*)?"
    rf"(?:the\s+)?(?P<first>{_WORD})(?:{_MINUS})(?P<second>{_WORD})\b",
    re.I,
)


def sample_names(question: str, found: list[list[str]]) -> tuple[str | None, str | None]:
    """The names of the first two samples ``found``: a pasted table's column names, else the names written before
    the lists ("before: 12.1 ...; after: ..."), or the groups of a table in long format; None for a name not read."""
    if (long := long_table(question)) is not None and long.samples[:2] == found[:2]:
        return long.groups[0], long.groups[1]
    table = column_table(question)
    if table is not None and table.columns[:2] == found[:2]:
        return table.names[0], table.names[1]
    spans = sample_spans(question)
    if [values for _, _, values in spans[:2]] == found[:2]:
        first, second = (name_before(question, start) for start, _, _ in spans[:2])
        return first, second
    return None, None


def swapped_by_difference(question: str, names: tuple[str | None, str | None]) -> bool:
    """Whether the difference the question writes is second - first of the samples ``names`` (so the samples are to
    be swapped for a test of first - second); False when it writes first - second or none. PlanError when it
    writes a difference of words that are not the two samples' names (which is subtracted cannot be read)."""
    written = _WRITTEN.search(question) or _named_difference(question, names)
    if written is None:
        return False
    a, b = written.group("first"), written.group("second")
    first, second = names
    if _names(a, first, second) and _names(b, second, first):
        return False
    if _names(a, second, first) and _names(b, first, second):
        return True
    shown = " and ".join(f"'{name}'" for name in names if name) or "no names"
    raise PlanError(f"the difference is written as {written.group('first')} - {written.group('second')}, but the "
                    f"samples read are named {shown}: name the two samples as the difference does (e.g. a header "
                    "'A | B' and 'differences taken as A minus B')")  # fmt: skip


def _named_difference(question: str, names: tuple[str | None, str | None]) -> re.Match[str] | None:
    """A difference of the two samples' names written anywhere ("paired t test (after minus before)", "t for post -
    pre", "post-pre differences"): the first one whose both words name the two samples; None when there is none."""
    first, second = names
    spaced = re.finditer(rf"\b(?P<first>{_WORD})(?:{_MINUS})(?P<second>{_WORD})\b", question, re.I)
    joined = re.finditer(rf"\b(?P<first>{_BARE})-(?P<second>{_BARE})\b", question, re.I)
    numbered = _numbered_difference(question, names)
    for m in itertools.chain(spaced, joined, numbered):
        a, b = m.group("first"), m.group("second")
        if (_names(a, first, second) and _names(b, second, first)) or (
            _names(a, second, first) and _names(b, first, second)
        ):
            return m
    return None


def _numbered_difference(question: str, names: tuple[str | None, str | None]) -> Iterator[re.Match[str]]:
    """A difference of two samples named by numbers (the levels of a long-format table's group column: "180 minus
    120", "120 - 180"), neither number inside another."""
    levels = [re.escape(name) for name in names if name and re.fullmatch(r"\d+(?:\.\d+)?", name)]
    if len(levels) < 2:
        return iter(())
    either = "|".join(levels)
    return re.finditer(rf"(?<![\w.])(?P<first>{either})(?:{_MINUS})(?P<second>{either})(?!\w|\.\d)", question)


def _names(word: str, name: str | None, other: str | None) -> bool:
    """Whether ``word`` names the sample called ``name`` and not the one called ``other``: the name itself or one of
    its words ("before" of "torque before")."""
    words = set((name or "").lower().split()) - set((other or "").lower().split())
    return word.lower() in words
