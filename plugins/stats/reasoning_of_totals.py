"""A contingency table written as each group's successes of its total: "strain A 12 of 60 batches, strain B 21 of
58, strain C 9 of 62" is the table [[12, 48], [21, 37], [9, 53]] (successes, failures)."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.stats.reasoning_hypotheses import count_pairs, count_spans

# a count "k of n", with the number of a label written just before it ("line 2 had 12 of 60") and at most two words
# of its noun before the "of" ("line 1 12 rejects out of 400 vials")
_OF_TOTAL = re.compile(
    r"(?:\b[a-z]+[- ]\d+\s*[:,-]?\s*(?:[a-z]+\s+){0,2}?)?(?<![\w.])\d+\s+(?:[a-z-]+\s+){0,2}?(?:out\s+)?of\s+\d+(?!\w|\.\d)",
    re.I,
)
# numbers that are no counts: a percentage, a significance level, an exponent ("the chi^2 statistic", "χ²"), the
# table's shape ("the 2x2 table", "2 × 2", "2-by-2")
_ASIDE = re.compile(
    rf"{NUMBER}\s*%|\balpha\s*(?:=|of)?\s*{NUMBER}|\bsignificance\b\D{{0,12}}{NUMBER}|\^\s*\d+|"
    r"(?<![\w.])\d\s*(?:[x*×]|-?by-?)\s*\d(?=[\s-]*(?:table|contingency)\b)",
    re.I,
)


def of_totals_rows(question: str) -> list[list[str]] | None:
    """The rows [successes, failures] of two or more groups written "k of n" (or "k out of n"), None unless
    every number of the question outside its "k of n" counts is no count of the table (a label's "A 1", a
    percentage) and each k is at most its n."""
    pairs = count_pairs(question)
    written = _OF_TOTAL.findall(question)
    if len(pairs) < 2 or len(written) not in {0, len(pairs)}:
        return None
    rest = _ASIDE.sub(" ", _OF_TOTAL.sub(" ", question) if written else _blanked(question, count_spans(question)))
    if re.search(rf"(?<![\w.]){NUMBER}(?!\w|\.\d)", rest):
        return None  # other numbers beside the counts: not read as this table
    return [[k, str(int(n) - int(k))] for k, n in pairs]


def of_totals_spans(question: str) -> list[str]:
    """Each "k of n" count as the question writes it ("site A 7 of 40 flasks" -> "7 of 40"), in order; counts
    written trials first ("of 480 vaccinated people 24 got infected") as "k of n" ("24 of 480")."""
    written = [
        m.group(0)
        for m in re.finditer(r"(?<![\w.])\d+\s+(?:[a-z-]+\s+){0,2}?(?:out\s+)?of\s+\d+(?!\w|\.\d)", question, re.I)
    ]
    return written or [f"{k} of {n}" for k, n in count_pairs(question)]


def _blanked(question: str, spans: list[tuple[int, int]]) -> str:
    """``question`` with each span replaced by a space (the counts read, so the rest can be searched for others)."""
    for start, end in sorted(spans, reverse=True):
        question = f"{question[:start]} {question[end:]}"
    return question
