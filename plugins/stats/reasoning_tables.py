"""Contingency tables written in prose as labelled counts per group: "shift 1: 20 scratches, 15 dents, 5 cracks;
shift 2: 30 scratches, 10 dents, 12 cracks" (rows are the groups, columns the category words that repeat), also
"line A: pass 40, fail 3" and "day shift had 22 good and 3 bad"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.reasoning import PlanError

_STOP = r"(?:and|or|with|had|has|vs|versus|the|of|in|to|for)\b"
_CATEGORY = rf"(?!{_STOP})[a-z][a-z'-]*(?:\s+(?!{_STOP})[a-z][a-z'-]*){{0,2}}"
# "20 scratches" or "scratches 20" / "scratches = 20"
_ITEM = re.compile(rf"(?:(?P<n1>\d+)\s+(?P<c1>{_CATEGORY})|(?P<c2>{_CATEGORY})\s*(?:=|-)?\s*(?P<n2>\d+))", re.I)
_ITEM_BREAK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|&|\+)\s*", re.I)
# a row's label and what ends it: "shift 1:", "Line A (parts):", "day shift had", "line B with"
_HEAD = re.compile(
    r"(?:^|(?<=[,;:.(–-]))\s*(?P<label>[a-z][\w#'-]*(?:\s+[\w#'-]+){0,3}?)\s*(?:\([^()]{0,20}\)\s*)?"
    r"(?::(?!\d)|\s(?:had|has|with|saw|recorded|produced|gave)\b)",
    re.I,
)


# words after or before a number that make it a statistic, not a count of a category
_NOT_CATEGORIES = {"n", "mean", "average", "sd", "s", "std", "sigma", "median", "size", "sample size", "variance",
                   "min", "max", "range", "total", "df", "alpha", "power", "x", "y"}  # fmt: skip


@dataclass
class LabelledTable:
    """Counts (rows x columns, as written), the row labels and the column categories."""

    rows: list[list[str]]
    row_labels: list[str]
    columns: list[str]


def labelled_table(question: str) -> LabelledTable | None:
    """The table of two or more labelled rows of two or more "count category" items; the columns follow the first
    row's order. None when there are fewer than two such rows, or when a row repeats a word (a unit) or names a
    statistic ("n = 5, mean 10"); PlanError when the rows' categories differ (a
    category missing from a row is not taken as 0)."""
    found = [row for piece in re.split(r"[;\n]|[.?!](?=\s|$)", question) for row in _rows(piece)]
    if len(found) < 2:
        return None
    columns = [category for category, _ in found[0][1]]
    keys = [_singular(c) for c in columns]
    named = [{_singular(category) for category, _ in items} for _, items in found]
    if any(len(n) != len(items) or n & _NOT_CATEGORIES for n, (_, items) in zip(named, found, strict=True)):
        return None  # "5 mm, 6 mm" (a unit repeated) or "n = 5, mean 10" (summaries): not a table of counts
    rows = []
    for label, items in found:
        counts = {_singular(category): count for category, count in items}
        if set(counts) != set(keys):
            raise PlanError(f"the rows' categories do not line up: {found[0][0]} has {', '.join(columns)}; {label} has "
                            f"{', '.join(c for c, _ in items)} (give every row a count for each category, 0 too)")  # fmt: skip
        rows.append([counts[key] for key in keys])
    return LabelledTable(rows, [label for label, _ in found], columns)


def _rows(piece: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The labelled rows of one clause ("shift 1: 20 scratches, 15 dents, shift 2: ..." holds two)."""
    heads = list(_HEAD.finditer(piece))
    out = []
    for i, head in enumerate(heads):
        body = piece[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(piece)].strip(" ,")
        items = [_ITEM.fullmatch(part.strip()) for part in _ITEM_BREAK.split(body)] if body else []
        if len(items) >= 2 and all(items):
            label = re.sub(r"\s+", " ", head.group("label").strip())
            out.append((label, [(m.group("c1") or m.group("c2"), m.group("n1") or m.group("n2")) for m in items]))
    return out


def _singular(word: str) -> str:
    """A category's key: lower case, a plural's "s"/"es" dropped ("scratches" and "scratch" are one category)."""
    word = re.sub(r"\s+", " ", word.lower())
    if re.search(r"(?:ch|sh|x|ss|z)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


_ASSOCIATION = r"relat\w*|associat\w*|independen\w*|depend\w*|differ\w*|\btest\w*|significan\w*|\bvar(?:y|ies)\b"


def table_score(text: str) -> float:
    """Labelled counts per group ("shift 1: 20 scratches, 15 dents; shift 2: ...") and a question of association
    ("is defect type related to shift?") point to a chi-square test of independence."""
    return 4.0 if re.search(_ASSOCIATION, text, re.I) and has_labelled_table(text) else 0.0


def has_labelled_table(text: str) -> bool:
    """Whether the text writes a table of labelled counts, its categories lined up or not."""
    try:
        return labelled_table(text) is not None
    except PlanError:
        return True
