"""A contingency table written as each group's successes of its total: "strain A 12 of 60 batches, strain B 21 of
58, strain C 9 of 62" is the table [[12, 48], [21, 37], [9, 53]] (successes, failures)."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, blank_spans
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
    percentage, a total per group equal to every n, "60 participants per design") and each k is at most its n."""
    pairs = count_pairs(question)
    written = _OF_TOTAL.findall(question)
    if len(pairs) < 2 or len(written) not in {0, len(pairs)}:
        return None
    rest = _ASIDE.sub(" ", _OF_TOTAL.sub(" ", question) if written else _unlabelled(question, count_spans(question)))
    rest = _without_common_total(rest, {n for _, n in pairs})
    if re.search(rf"(?<![\w.]){NUMBER}(?!\w|\.\d)", rest):
        return None  # other numbers beside the counts: not read as this table
    return [[k, str(int(n) - int(k))] for k, n in pairs]


# a test of a table of counts named: "chi-square test of independence", "test of association", "contingency table"
_TABLE_TEST = r"chi[- ]?squared?|\bchi2\b|χ²|contingency|independen(?:t|ce)\b|associat\w*"


def of_totals_score(text: str, scores: dict[str, float]) -> float:
    """Enough to win when a test of a table of counts is named and every count reads as a group's "k of n" ("design
    A 12 of 60, design B 5 of 60 ... chi-square test of independence"): the group's name ("design", "run") is no
    request for an experimental design."""
    from plugins.api.reasoning import outscore

    if not re.search(_TABLE_TEST, text, re.I) or of_totals_rows(text) is None:
        return 0.0
    return outscore(scores, "hypothesis_test")


def _without_common_total(text: str, totals: set[str]) -> str:
    """``text`` without the one total per group it states ("60 participants per handle design", "n = 60 each")
    when every group's "k of n" has that n; unchanged otherwise."""
    found = list(_PER_GROUP.finditer(text))
    if len(found) != 1 or totals != {found[0].group(1) or found[0].group(3)}:
        return text
    start = found[0].start(1) if found[0].group(1) else found[0].start(3)
    return blank_spans(text, [(start, start + len(found[0].group(1) or found[0].group(3)))])


def of_totals_spans(question: str) -> list[str]:
    """Each "k of n" count as the question writes it ("site A 7 of 40 flasks" -> "7 of 40"), in order; counts
    written trials first ("of 480 vaccinated people 24 got infected") as "k of n" ("24 of 480")."""
    written = [
        m.group(0)
        for m in re.finditer(r"(?<![\w.])\d+\s+(?:[a-z-]+\s+){0,2}?(?:out\s+)?of\s+\d+(?!\w|\.\d)", question, re.I)
    ]
    return written or [f"{k} of {n}" for k, n in count_pairs(question)]


def _unlabelled(question: str, spans: list[tuple[int, int]]) -> str:
    """``question`` with its counts at ``spans`` blanked, and the labels' numbers when they number the groups 1, 2,
    ..., k ("line 1 8 rejects/150 inspected, line 2 15/160": the 1 and 2)."""
    from plugins.api.prose import label_starts

    rest = blank_spans(question, spans)
    numbered = list(re.finditer(rf"(?<![\w.]){NUMBER}(?!\w|\.\d)", rest))
    return blank_spans(rest, _label_spans(rest, _numbered_labels(numbered, label_starts(question))))


# one total for every group: "400 tyres inspected per shift", "200 parts from each line", "n = 400 per shift", "400 each", "200 packs sampled each"
_PER_GROUP = re.compile(
    r"(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){0,3}?(?:per|each|(?:in|for|from|on|at)\s+each)\s+([a-z]+?)(?:e?s)?\b"
    r"|(?<![\w.])(\d+)\s+(?:[a-z-]+\s+){0,2}?each\b(?!\s+[a-z])",
    re.I,
)
# a table's shape, "3×2 table", "2 x 3", no count
_SHAPE = re.compile(r"(?<![\w.])(\d+)\s*[×x*]\s*(\d+)(?![\w.])", re.I)


def common_total_rows(question: str) -> tuple[list[list[str]], list[str]] | None:
    """The rows [k, n - k] of two or more groups that share one stated total n ("400 tyres inspected per shift: day 12
    blistered, swing 19, night 27" -> [[12, 388], [19, 381], [27, 373]]), with each count as "k of n"; None unless
    every other number is a whole count of at most n (a label's number, a percentage, a level and a table's shape
    "3×2" aside), two or more, and as many as a stated shape has rows (or columns)."""
    from plugins.api.prose import label_starts, tag_label_starts

    found = list(_PER_GROUP.finditer(question))
    if len(found) != 1:
        return None
    total_at = found[0].start(1) if found[0].group(1) else found[0].start(3)
    total = found[0].group(1) or found[0].group(3)
    group = found[0].group(2)
    shapes = list(_SHAPE.finditer(question))
    rest = _ASIDE.sub(lambda m: " " * len(m.group(0)), blank_spans(question, [m.span() for m in shapes]))
    numbered = [m for m in re.finditer(rf"(?<![\w.]){NUMBER}(?!\w|\.\d)", rest) if m.start() != total_at]
    labels = _numbered_labels(numbered, label_starts(question)) | tag_label_starts(question)
    counts = []
    for m in numbered:
        if m.start() in labels:
            continue
        after = question[m.end() :]
        if group and re.match(rf"\s+{re.escape(group)}", after, re.I):  # "3 shifts": how many groups, no count
            continue
        if not re.fullmatch(r"\d+", m.group(0)) or int(m.group(0)) > int(total):
            return None
        counts.append(m)
    sizes = {int(v) for shape in shapes for v in shape.groups()}
    if (
        len(counts) < 2
        or (shapes and len(counts) not in sizes)
        or not _one_enumeration(blank_spans(question, _label_spans(question, labels)), counts)
    ):
        return None
    values = [m.group(0) for m in counts]
    return [[k, str(int(total) - int(k))] for k in values], [f"{k} of {total}" for k in values]


def _label_spans(question: str, labels: set[int]) -> list[tuple[int, int]]:
    """The spans of the labels' numbers that start at ``labels`` ("line 2" -> the "2")."""
    return [(start, start + re.match(r"\d*", question[start:]).end()) for start in labels]


def _one_enumeration(question: str, counts: list[re.Match[str]]) -> bool:
    """Whether the counts are written as one enumeration ("day 12 blistered, swing 19, night 27"): a few words and
    commas between each and the next, no sentence's end; a number elsewhere ("... 27. Two inspectors") is none."""
    gaps = [question[a.end() : b.start()] for a, b in zip(counts, counts[1:], strict=False)]
    after_word = [re.search(rf"\b{_NO_NAME}\s*$", question[: m.start()], re.I) for m in counts]
    return all(re.fullmatch(r"[^.?!;\n\d]{1,40}", gap) for gap in gaps) and not any(after_word)


# words that never name a group before its count: "with 2 inspectors", "for 3 weeks" (no count of the table)
_NO_NAME = r"(?:with|of|for|by|in|at|on|to|from|about|over|under|than|per|after|before|during|within|and|or)"


def _numbered_labels(numbers: list[re.Match[str]], labels: set[int]) -> set[int]:
    """Where the labels among ``numbers`` start when they number the groups 1, 2, ..., k ("line 1 12, line 2 19");
    a lone "day 12" is a group named "day" and its count."""
    numbered = [int(m.group(0)) for m in numbers if m.start() in labels and re.fullmatch(r"\d+", m.group(0))]
    return labels if len(numbered) >= 2 and sorted(numbered) == list(range(1, len(numbered) + 1)) else set()


def table_shape(question: str) -> tuple[int, int] | None:
    """The shape a question states for its table, "3×2 table", "2 x 3 contingency table" -> (3, 2); None if none."""
    m = re.search(rf"{_SHAPE.pattern}\s+(?:contingency\s+)?table", question, re.I)
    return (int(m.group(1)), int(m.group(2))) if m else None
