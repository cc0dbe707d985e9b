"""Contingency tables written in prose as labelled counts per group: "shift 1: 20 scratches, 15 dents, 5 cracks;
shift 2: 30 scratches, 10 dents, 12 cracks" (rows are the groups, columns the category words that repeat), also
"line A: pass 40, fail 3" and "day shift had 22 good and 3 bad"; as a header of column names and labelled rows of
counts, "columns scratch / dent / misalignment: day 12 8 5, swing 15 6 9", or the names of rows and columns apart
("rows: day, swing; cols: scratch, dent: 12 8 / 15 6"); as labelled rows alone, "day 12 8 5; swing 15 6 9"; and as
rows split by slashes, labelled or not ("day: 20 15 10 / night: 30 25 20"), or a nested list of whole numbers
("[[20, 15, 10], [30, 25, 20]]") beside a question of association."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from plugins.api.nouns import singular
from plugins.api.reasoning import PlanError

_STOP = r"(?:and|or|with|had|has|vs|versus|the|of|in|to|for)\b"
# a category's words; one may join two words with a slash ("turbine/gen 6", "BOP/aux 10")
_CATEGORY = rf"(?!{_STOP})[a-z][a-z'-]*(?:/[a-z][a-z'-]*)?(?:\s+(?!{_STOP})[a-z][a-z'-]*(?:/[a-z][a-z'-]*)?){{0,2}}"
# "20 scratches" or "scratches 20" / "scratches = 20"
_ITEM = re.compile(rf"(?:(?P<n1>\d+)\s+(?P<c1>{_CATEGORY})|(?P<c2>{_CATEGORY})\s*(?:=|-)?\s*(?P<n2>\d+))", re.I)
# what splits a row's items: a comma, "and", "&", "+", a slash not between two letters ("182 on time / 18 late"; the
# slash of "turbine/gen" joins one category's words)
_ITEM_BREAK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\band\b|[&+]|(?<![a-z])/|/(?![a-z]))\s*", re.I)
# a row's label and what ends it: "shift 1:", "Line A (parts):", "day shift had", "line B with"; a label may be a
# range of numbers or an open one ("30 to 50:", "18-29:", "65+:", beside "Under 30s:" and "Over 50:")
_HEAD = re.compile(
    r"(?:^|(?<=[,;:.(–—-]))\s*(?P<label>(?:[a-z][\w#'-]*|\d+(?:\s*(?:to|-|–)\s*\d+|\+))(?:\s+[\w#'-]+){0,3}?)\s*"
    r"(?:\([^()]{0,20}\)\s*)?"
    r"(?::(?!\d)|\s(?:had|has|with|saw|recorded|produced|gave)\b)",
    re.I,
)
# a row's label written right before its first count, at the start of a clause or after a heading's colon: "X 182 on
# time / 18 late, Y 160 on time / 30 late", "plant A 95 pass / 5 fail", "day shift 45 good, 5 bad", "Seed trial:
# treated seed 172 germinated / 28 not; ..." (one or two words and an optional short tag)
_BARE_HEAD = re.compile(
    r"(?:^|(?<=[,;.:]))\s*(?P<label>[a-z][\w#'-]*(?:\s+[a-z][\w'-]*)?(?:\s+[a-z0-9]{1,3})?)\s+(?=\d)", re.I
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
    row's order, and a later row may give its counts bare in that order ("A: 14 cracked / 186 ok, B: 22 / 178").
    None when there are fewer than two such rows, or when a row repeats a word (a unit) or names a statistic ("n =
    5, mean 10"); a category abbreviated in a row ("20 rejects" and "35 rej") is the column it starts; PlanError when
    the rows' categories differ (a category missing from a row is not taken as 0) or a bare row holds another number
    of counts."""
    pieces = re.split(r"[;\n—]|\s[-–]\s|[.?!](?=\s|$)", question)  # a dash between spaces ends a clause too
    found = _named_bare_rows([row for piece in pieces for row in _rows(piece, _HEAD)])
    if len(found) < 2:  # no label ends with a colon or "had": labels right before the counts
        found = _named_bare_rows([row for piece in pieces for row in _rows(piece, _BARE_HEAD)])
    if len(found) < 2:
        return None
    columns = [category for category, _ in found[0][1]]
    named = [{_singular(category) for category, _ in items} for _, items in found]
    if any(len(n) != len(items) or n & _NOT_CATEGORIES for n, (_, items) in zip(named, found, strict=True)):
        return None  # "5 mm, 6 mm" (a unit repeated) or "n = 5, mean 10" (summaries): not a table of counts
    key = _singular if len({frozenset(n) for n in named}) == 1 else _first_word
    keys = [key(c) for c in columns]
    rows = []
    for label, items in found:
        counts = {_lined_up(key(category), keys): count for category, count in items}
        if len(counts) != len(items) or set(counts) != set(keys):
            raise PlanError(f"the rows' categories do not line up: {found[0][0]} has {', '.join(columns)}; {label} has "
                            f"{', '.join(c for c, _ in items)} (give every row a count for each category, 0 too)")  # fmt: skip
        rows.append([counts[key] for key in keys])
    return LabelledTable(rows, [label for label, _ in found], columns)


def _lined_up(name: str, keys: list[str]) -> str:
    """The column key a row's category stands for: itself when a column has it, else the one column key it
    abbreviates or spells out, three letters at least ("rej" for "reject", "def" for "defect"); itself when none or
    several do (the rows then do not line up)."""
    if name in keys or len(name) < 3:
        return name
    found = [key for key in keys if len(key) >= 3 and (key.startswith(name) or name.startswith(key))]
    return found[0] if len(found) == 1 else name


def _rows(piece: str, head: re.Pattern[str]) -> list[tuple[str, list[tuple[str | None, str]]]]:
    """The labelled rows of one clause ("shift 1: 20 scratches, 15 dents, shift 2: ..." holds two), each label
    found by ``head``; a row of bare counts split by slashes or commas ("B: 22 / 178") has no categories (None)."""
    heads = list(head.finditer(piece))
    out: list[tuple[str, list[tuple[str | None, str]]]] = []
    for i, head in enumerate(heads):
        body = piece[head.end() : heads[i + 1].start() if i + 1 < len(heads) else len(piece)].strip(" ,")
        label = re.sub(r"\s+", " ", head.group("label").strip())
        if i + 1 == len(heads):  # the last row runs to the clause's end: words after its counts are no row's
            body = _counted_part(body)
        items = _items(body)
        bare = [part.strip() for part in _ITEM_BREAK.split(body)] if body else []
        if len(items) >= 2 and all(items):
            out.append((label, [(m.group("c1") or m.group("c2"), m.group("n1") or m.group("n2")) for m in items]))
        elif len(bare) >= 2 and all(re.fullmatch(r"\d+", part) for part in bare):
            out.append((label, [(None, count) for count in bare]))
    return out


def _counted_part(body: str) -> str:
    """The last row's body without the words that follow its counts in the same clause ("15 under, 22 on target, 5
    over, chi-square test of independence between strain and outcome, p value" -> "15 under, 22 on target, 5 over"):
    cut at the first comma-split part that is no "count category" item, when two items come before it and no number
    after it; ``body`` unchanged otherwise."""
    parts = re.split(r"\s*,\s*", body)
    for k, part in enumerate(parts):
        if _ITEM.fullmatch(part.strip()) is None:
            rest = ", ".join(parts[k:])
            return ", ".join(parts[:k]) if k >= 2 and not re.search(r"\d", rest) else body
    return body


def _named_bare_rows(found: list[tuple[str, list[tuple[str | None, str]]]]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rows read, a row of bare counts given the first row's categories in order ("A: 14 cracked / 186 ok, B: 22
    / 178": B's 22 is cracked); with no named row first, the named rows alone (bare rows are other readers'). PlanError
    when a bare row after a named one holds another number of counts."""
    if not found or any(category is None for category, _ in found[0][1]):
        return [row for row in found if all(category is not None for category, _ in row[1])]
    columns = [category for category, _ in found[0][1]]
    rows = []
    for label, items in found:
        if items[0][0] is None and len(items) != len(columns):
            raise PlanError(f"the row {label} holds {len(items)} counts, but the columns are {', '.join(columns)}: give "
                            "each row one count per column")  # fmt: skip
        rows.append(
            (label, list(zip(columns, (count for _, count in items), strict=True)) if items[0][0] is None else items)
        )
    return rows


# where items run on without a comma: before each count of "480 pass 20 fail", after each of "pass 480 fail 20"
_RUN_ON = (re.compile(r"\s+(?=\d)"), re.compile(r"(?<=\d)\s+(?=[a-z])", re.I))


def _items(body: str) -> list[re.Match[str] | None]:
    """The "count category" items of a row's body: split at commas, "and", "&", "+" or "/" ("20 scratches, 15
    dents"), or, when that leaves a part that is no item, where items of one-word categories run on without one ("480 pass 20
    fail")."""
    if not body:
        return []
    items = [_ITEM.fullmatch(part.strip()) for part in _ITEM_BREAK.split(body)]
    for run_on in _RUN_ON:
        if all(items):
            break
        parts = [part.strip() for part in run_on.split(body)]  # one word a category: not "480 vaccinated people"
        items = [_ITEM.fullmatch(part) if len(part.split()) == 2 else None for part in parts]
    return items


def _first_word(category: str) -> str:
    """A category's key by its first word, for rows that name a category with a noun after it once and without it
    elsewhere ("18 late deliveries" and "30 late")."""
    return _singular(category.split()[0])


def _singular(word: str) -> str:
    """A category's key: lower case, a plural's "s"/"es" dropped ("scratches" and "scratch" are one category)."""
    return singular(re.sub(r"\s+", " ", word.lower()))


_ASSOCIATION = r"relat\w*|associat\w*|independen\w*|depend\w*|differ\w*|\btest\w*|significan\w*|\bvar(?:y|ies)\b"


# a question whether two categorical variables go together ("is defect type independent of shift?", "associated
# with", "related to", "depend on"); "linearly independent" and "independent samples" are not
OF_VARIABLES = (r"(?<!linearly )\bindependen(?:t|ce)\b(?!\s+(?:samples?|groups?|variables?|t\b|two))|\bassociat\w*|"
                r"\brelated\b|\brelationship\b|\bdepends? (?:up)?on\b|\bdependent on\b|\bcontingency\b")  # fmt: skip


def table_score(text: str) -> float:
    """Labelled counts per group ("shift 1: 20 scratches, 15 dents; shift 2: ...") and a question of association
    ("is defect type related to shift?") point to a chi-square test of independence; so do rows of numbers split by
    slashes or a nested list beside a question whether two variables go together (its planner reads the counts)."""
    if re.search(_ASSOCIATION, text, re.I) and has_labelled_table(text):
        return 4.0
    return 4.0 if counted_rows_asked(text) else 0.0


# words of measurements compared by their means: rows of them are samples, not counts
_MEASURED = r"\bmeans?\b|\baverages?\b|\banova\b|analysis of variance|\bt[- ]?test|\bwelch\b|\bmeasure"


# a test of measurements named: a table beside it holds measurements, not counts
_MEASUREMENT_TEST = r"\bt[- ]?tests?\b|\bpaired\b|\bwelch\b|\bwilcoxon\b|signed[- ]rank|mann[- ]whitney"


def measurement_test_named(question: str) -> bool:
    """Whether the question names a test of measurements ("paired t-test", "Welch", "Wilcoxon signed-rank"), so that
    a labelled table beside it ("id | A | B" / "S1 | 78 | 81") is the samples of that test, not a contingency table."""
    return bool(re.search(_MEASUREMENT_TEST, question, re.I))


def counted_rows_asked(question: str) -> bool:
    """Whether rows of numbers (a nested list, or rows split by slashes) come with a question whether two variables
    go together ("is defect type independent of shift?") and no words of means: a contingency table."""
    return bool(re.search(OF_VARIABLES, question, re.I) and rows_written(question)
                and not re.search(_MEASURED, question, re.I))  # fmt: skip


# "day: 20 15 10 / night: 30 25 20", "20, 15, 10 / 30, 25, 20", "line 1: 14 9 / line 2: 8 12": each row's label
# (words, and a short tag before a colon) is optional
_SLASH_LABEL = r"[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}(?:\s+[a-z0-9]{1,3}(?=\s*:))?"
_SLASH_COUNTS = r"\d+(?![.\d/])(?:(?:\s*,\s*|\s+)\d+(?![.\d/]))+"
_SLASH_ROW = rf"(?:(?P<label>{_SLASH_LABEL})\s*:?\s*)?(?P<counts>{_SLASH_COUNTS})"
_ANY_ROW = rf"(?:{_SLASH_LABEL}\s*:?\s*)?{_SLASH_COUNTS}"
_SLASH_RUN = re.compile(rf"(?<![\w.]){_ANY_ROW}(?:\s*/\s*{_ANY_ROW})+(?![\w.])", re.I)


# rows of any numbers split by slashes, read as a table or not: "20 15 10 / night: 30 25", "20 15.5 / 30 25"
_SLASHED_NUMBERS = re.compile(r"\d\s*/\s*(?:[a-z][\w'-]*(?:\s+[\w'-]+){0,3}\s*:?\s*)?\d[\d.]*(?:\s*,\s*|\s+)\d", re.I)


def rows_written(question: str) -> bool:
    """Whether the question writes rows of numbers, as a nested list or split by slashes, whether or not they
    read as a table of counts (beside a question of association they are never two samples)."""
    return bool(re.search(r"\[\s*\[", question) or _SLASHED_NUMBERS.search(question))


def slash_rows_table(question: str) -> LabelledTable | None:
    """Rows of whole numbers split by slashes, each as long as the first, with a label each or none ("day: 20 15
    10 / night: 30 25 20", "counts 20 15 10 / 30 25 20"); None otherwise (and when a label repeats: "line 1 20 30 /
    line 2 ..." without colons)."""
    run = _SLASH_RUN.search(question)
    if run is None:
        return None
    rows = [re.fullmatch(_SLASH_ROW, piece.strip(), re.I) for piece in re.split(r"\s*/\s*", run.group(0))]
    if not all(rows):
        return None
    counts = [re.findall(r"\d+", m.group("counts")) for m in rows]
    labels = [re.sub(r"\s+", " ", m.group("label") or "") for m in rows]
    if not any(labels[1:]):  # "counts 20 15 10 / 30 25 20": the words before the first row head the table
        labels = []
    if len({len(c) for c in counts}) != 1 or (labels and (not all(labels) or len(set(labels)) < len(labels))):
        return None
    return LabelledTable(counts, labels, [])


def has_labelled_table(text: str) -> bool:
    """Whether the text writes a table of labelled counts (its categories lined up or not), or a header of columns
    and rows of counts that read."""
    try:
        if pipe_table(text) is not None or labelled_table(text) is not None:
            return True
    except PlanError:
        return True
    try:
        return header_table(text) is not None
    except PlanError:  # "columns x and y: x = 1 2 3, ...": a header word, no table of counts
        return False


# ---- a table written with pipes, markdown-like -------------------------------------------------------------------
# "shift | burr | split | wrinkle" then "1st | 22 | 8 | 15" (leading and trailing pipes optional, "---|---" lines
# between them skipped)
_RULE_CELL = re.compile(r":?-{2,}:?|")


def _pipe_cells(line: str) -> list[str]:
    """The cells of one line written with pipes, its outer pipes dropped: "| a | b |" -> ["a", "b"]."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def pipe_table(question: str) -> LabelledTable | None:
    """The table of lines written with pipes: a header of column names (after the rows' heading, or alone) and two
    or more rows of a label and as many whole counts ("1st | 22 | 8 | 15"); rows without a label take none. None
    when fewer than two such rows follow a header; PlanError when a row's counts do not match the header's."""
    lines = [_pipe_cells(line) for line in question.splitlines() if line.count("|") >= 1]
    lines = [cells for cells in lines if not all(_RULE_CELL.fullmatch(c) for c in cells)]  # "---|---|---"
    header = next((i for i, cells in enumerate(lines) if not any(re.fullmatch(r"\d+", c) for c in cells)), None)
    if header is None or len(lines) - header < 3:
        return None
    names = lines[header]
    rows, labels = [], []
    for cells in _split_label_cells(lines[header + 1 :], len(names)):
        labelled = not re.fullmatch(r"\d+", cells[0])
        counts = cells[1:] if labelled else cells
        if not all(re.fullmatch(r"\d+", c) for c in counts):
            return None  # a cell that is no whole count: not a table of counts
        rows.append(counts)
        labels.append(cells[0] if labelled else "")
    columns = names[len(names) - len(rows[0]) :] if len(names) >= len(rows[0]) else []
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2 or len(names) not in {len(rows[0]), len(rows[0]) + 1}:
        raise PlanError(f"the table's rows do not line up with its header ({' | '.join(names)}): give each row a "
                        "label and one count per column")  # fmt: skip
    return LabelledTable(rows, labels if all(labels) else [], columns)


# a row's first cell holding its label and its first count: "North:   34", "North 34" (no pipe between them)
_LABEL_AND_COUNT = re.compile(r"(?P<label>[a-z][\w#'.-]*(?:\s+[\w#'.-]+){0,3}?)\s*(?P<colon>:)?\s*(?P<count>\d+)", re.I)


def _split_label_cells(rows: list[list[str]], n_names: int) -> list[list[str]]:
    """The rows of a pipe table with a first cell that holds a label and the first count ("North:  34 | 12 | 9"
    under "LE erosion | crack | lightning dmg") split in two. Split when every row's first cell is a label and a
    count, after a colon ("North: 34"), or without one when the header names every count and the labels left are
    distinct words ("North 34", "South 21"; "line 1", "line 2" keep their numbers as tags)."""
    found = [_LABEL_AND_COUNT.fullmatch(cells[0]) for cells in rows]
    if not rows or not all(found):
        return rows
    labels = [m.group("label").lower() for m in found]
    colons = all(m.group("colon") for m in found)
    bare = n_names == len(rows[0]) and len(set(labels)) == len(labels) and not any(re.search(r"\d", k) for k in labels)
    if not (colons or bare):
        return rows
    return [[m.group("label"), m.group("count"), *cells[1:]] for m, cells in zip(found, rows, strict=True)]


# ---- a header of column names, then labelled rows of bare counts ------------------------------------------------
# "columns scratch / dent / misalignment: day 12 8 5, swing 15 6 9"; "rows: day, swing; cols: scratch, dent: 12 8 / 15 6"
_NAME = r"[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}"
_NAME_BREAK = r"\s*(?:/|\||,\s*(?:and\s+)?|\band\b|&|\bvs\.?)\s*"
_NAMES = rf"(?P<names>{_NAME}(?:{_NAME_BREAK}{_NAME})+)(?=\s*(?:[:;.)\n]|$))"
_HEADER = r"\s*(?:\(\s*)?(?:(?:are|is|=|:|-)\s*)?"
_COLUMNS = re.compile(rf"\b(?:columns?|cols?|column headings?)\b{_HEADER}{_NAMES}", re.I)
_ROW_NAMES = re.compile(rf"\brows?\b{_HEADER}{_NAMES}", re.I)
_COUNTS = r"\d+(?![.\d])(?:(?:\s*[,/]\s*|\s+)\d+(?![.\d]))*"
_ROW_BREAK = r"\s*(?:[;()\n]|(?<=\s)(?:--?|[–—])(?=\s+[a-z])|,(?=\s*[a-z])|[.?!](?=\s|$)|\band\b)\s*"
_LABEL = r"[a-z][\w#'-]*(?:\s+[\w#'-]+){0,3}?"
_WORDS_LABEL = r"[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}"
_ROW = re.compile(rf"(?P<label>{_LABEL})\s*(?:[:=-]\s*|\s+)(?P<counts>{_COUNTS})", re.I)
_WORDS_ROW = re.compile(rf"(?P<label>{_WORDS_LABEL})\s*(?:[:=-]\s*|\s+)(?P<counts>{_COUNTS})", re.I)


def header_table(question: str) -> LabelledTable | None:
    """The table of a header of column names and rows of as many counts: "columns scratch / dent / misalignment:
    day 12 8 5, swing 15 6 9, night 22 7 4" (each row's label before its counts; the rows after the header, or
    before it), or row names and column names given apart, the counts after them ("rows: day, swing; cols: scratch,
    dent: 12 8 / 15 6"). None when no header is written; PlanError when one is and its rows cannot be read."""
    columns = _COLUMNS.search(question)
    if columns is None:
        return None
    names = _names(columns.group("names"))
    row_names = _ROW_NAMES.search(question)
    if row_names is not None:
        labels = _names(row_names.group("names"))
        rest = question[max(columns.end(), row_names.end()) :]
        rows = [found for piece in re.split(r"\s*(?:[;/|\n]|[.?!](?=\s|$))\s*", rest) if (found := _counts(piece))]
        if len(rows) >= len(labels) >= 2 and all(len(row) == len(names) for row in rows[: len(labels)]):
            return LabelledTable(rows[: len(labels)], labels, names)
    else:
        after = re.split(_ROW_BREAK, question[columns.end() :], flags=re.I)
        before = re.split(_ROW_BREAK, question[: columns.start()], flags=re.I)[::-1]
        found = _count_rows(after, len(names), names) or _count_rows(before, len(names), names)[::-1]
        if len(found) >= 2:
            return LabelledTable([row for _, row in found], [label for label, _ in found], names)
    raise PlanError(f"the table's rows could not be read: give each row a label and {len(names)} counts, one for "
                    f"each of {', '.join(names)} (e.g. 'day 12 8 5; night 22 7 4')")  # fmt: skip


def _names(text: str) -> list[str]:
    return [re.sub(r"\s+", " ", name.strip()) for name in re.split(_NAME_BREAK, text, flags=re.I) if name.strip()]


def _counts(piece: str) -> list[str] | None:
    """The counts a piece ends with, after a word or a colon at most ("counts 12 8 5", ": 12 8 5")."""
    m = re.search(rf"(?:^|[:\s])({_COUNTS})$", piece.strip(" ,"))
    return re.findall(r"\d+", m.group(1)) if m else None


def _count_rows(pieces: list[str], k: int | None, names: list[str] | None = None) -> list[tuple[str, list[str]]]:
    """The first run of pieces that are rows, a label and its counts: ``k`` counts each (``k`` None: as many as the
    first row, the labels words only). PlanError for a row of the run with another number of counts."""
    found: list[tuple[str, list[str]]] = []
    for piece in (_after_heading(p.strip(" :,-–—"), k) for p in pieces):
        if not _is_row(piece, k):
            if found:
                break
            continue
        want = k or (len(found[0][1]) if found else None)
        row = _row(piece, want, words_only=k is None)
        if row is None:
            columns = f"one for each of {', '.join(names)}" if names else f"as many as the row '{found[0][0]}'"
            raise PlanError(f"the table's row '{piece}' does not hold {want} counts ({columns})")
        found.append(row)
    return found if len(found) >= 2 else []


def _after_heading(piece: str, k: int | None) -> str:
    """A piece without a heading before its row: "by shift: day 12 8 5" -> "day 12 8 5" ("day: 12 8 5" is kept)."""
    _, colon, rest = piece.partition(":")
    return rest.strip() if colon and not _is_row(piece, k) and _is_row(rest.strip(), k) else piece


def _is_row(text: str, k: int | None) -> bool:
    """Whether a piece is a label and counts (the label words only when ``k`` is None)."""
    return bool(_WORDS_ROW.fullmatch(text) or (k and _ROW.fullmatch(text)))


def _row(piece: str, k: int | None, words_only: bool) -> tuple[str, list[str]] | None:
    """(label, counts) of a row of ``k`` counts (any number when None); a label may end with a number ("machine 1")
    unless ``words_only``."""
    label = _WORDS_LABEL if words_only else _LABEL
    count = r"\d+(?![.\d])"
    repeat = "*" if k is None else f"{{{k - 1}}}"
    m = re.fullmatch(rf"(?P<label>{label})\s*(?:[:=-]\s*|\s+)(?P<counts>{count}(?:(?:\s*[,/]\s*|\s+){count}){repeat})",
                     piece, re.I)  # fmt: skip
    return (re.sub(r"\s+", " ", m.group("label")), re.findall(r"\d+", m.group("counts"))) if m else None


def bare_rows_table(question: str) -> LabelledTable | None:
    """Rows of counts after a word label, no header: "day 12 8 5; swing 15 6 9; night 22 7 4" (every row as long as
    the first; labels of words only, and no word twice: in "line 1 20 30; line 2 ..." the 1 and 2 are labels)."""
    found = _count_rows(re.split(_ROW_BREAK, question, flags=re.I), None)
    labels = [_singular(label) for label, _ in found]
    if not found or len(set(labels)) < len(labels) or set(labels) & _NOT_CATEGORIES or len(found[0][1]) < 2:
        return None
    return LabelledTable([row for _, row in found], [label for label, _ in found], [])


# "line 1: 14, 9, 4": one word and a short tag (a number or letter), a colon, then the counts
_TAGGED_ROW = re.compile(rf"(?:^|(?<=[\s?.!]))(?P<head>[a-z][a-z'-]*)\s+(?P<tag>[a-z0-9]{{1,3}})\s*:\s*(?P<counts>{_COUNTS})$",
                         re.I)  # fmt: skip


def tagged_rows_table(question: str) -> LabelledTable | None:
    """Rows of counts labelled by one word and a tag each, "line 1: 14, 9, 4; line 2: 8, 12, 10" or "shift A: ...;
    shift B: ...": the same word on every row and counts of the same length (2 or more); None otherwise. A question
    of association over such rows asks for a contingency table; measurements of two variables would carry two
    different names ("temp: ...; yield: ...")."""
    rows = [m for piece in re.split(r"\s*;\s*|\n|[.?!](?=\s|$)", question) if (m := _TAGGED_ROW.search(piece.strip()))]
    counts = [re.findall(r"\d+", m.group("counts")) for m in rows]
    heads = {m.group("head").lower() for m in rows}
    if len(rows) < 2 or len(heads) != 1 or len({len(c) for c in counts}) != 1 or len(counts[0]) < 2:
        return None
    return LabelledTable(counts, [f"{m.group('head')} {m.group('tag')}" for m in rows], [])


def table_proportions(question: str, table: LabelledTable) -> tuple[list[str], list[str]]:
    """(successes, trials) of each row of a 2x2 table of labelled counts, for a test of two proportions: the
    successes are the column whose rate the question asks ("is the on-time rate different?"), else the first
    column. PlanError unless the table has two rows of two counts."""
    if len(table.rows) != 2 or len(table.rows[0]) != 2:
        raise PlanError(f"a test of two proportions takes two groups of two counts each; the table read has "
                        f"{len(table.rows)} rows of {len(table.rows[0])}")  # fmt: skip
    asked = re.sub(r"[-\s]+", " ", question.lower())
    hit = [i for i, name in enumerate(table.columns)
           if re.search(rf"\b{re.escape(_singular(name.split()[0]))}\w*(?: [a-z]+)?? (?:rates?|proportions?|shares?|fractions?|percent\w*)\b",
                        asked)]  # fmt: skip
    column = hit[0] if len(hit) == 1 else 0
    return [row[column] for row in table.rows], [str(sum(int(v) for v in row)) for row in table.rows]


# ---- one count per labelled category, for a goodness-of-fit test -------------------------------------------------
# "loom 1 = 34, loom 2 = 41", "Mon = 22, Tue = 18", "machine A: 30, machine B: 45": a label (a word and an optional
# short tag), "=" or ":", a whole number
# or an ordinal ("1st 42, 2nd 55, 3rd 68": the 1st, 2nd, 3rd shift; its digits are no count)
_ORDINAL_LABEL = r"\d+(?:st|nd|rd|th)\b"
# or a category's number pointing to its count, one a line or in a run ("1 -> 8", "face 2 → 12": a die's faces)
_ARROW = r"(?:-+>|=+>|→)"
_COUNT_LABEL = rf"(?:(?:[a-z][a-z'-]*|{_ORDINAL_LABEL})(?:[ \t]+[a-z0-9]{{1,3}})?|\d+(?=\s*{_ARROW}))"
_COUNT_SIGN = rf"(?:=|:|{_ARROW})"
_NAMED_COUNT = re.compile(rf"(?<![\w.])(?P<label>{_COUNT_LABEL})\s*{_COUNT_SIGN}\s*(?P<count>\d+)(?!\.?\d|%)", re.I)
_ONE_COUNT = rf"{_COUNT_LABEL}\s*{_COUNT_SIGN}\s*\d+(?!\.?\d|%)"
_NAMED_RUN = re.compile(rf"(?<![\w.]){_ONE_COUNT}(?:\s*(?:[,;]\s*(?:and\s+)?|\band\b|&|\n)\s*{_ONE_COUNT})+", re.I)
# "Mon 1180, Tue 1245, Wed 1302": a one-word label and its count after a space, three or more in one run
_SPACED_COUNT = re.compile(
    rf"(?<![\w.])(?P<label>[a-z][a-z'-]*\.?|{_ORDINAL_LABEL})\s+(?P<count>\d+)(?![.,]?\d|%|\s*[(/])", re.I
)
_ONE_SPACED = rf"(?:[a-z][a-z'-]*\.?|{_ORDINAL_LABEL})\s+\d+(?![.,]?\d|%|\s*[(/])"
# words that head a number without labelling a category: "in 5 weeks, over 3 days, at 10"
_NOT_LABELS = {"in", "on", "at", "of", "for", "over", "by", "with", "the", "a", "an", "to", "from", "and", "or", "were",
               "was", "are", "is", "after", "before", "within", "per", "every", "about", "than", "all", "total"}  # fmt: skip
_SPACED_RUN = re.compile(rf"(?<![\w.]){_ONE_SPACED}(?:\s*(?:[,;]\s*(?:and\s+)?|\band\b|&)\s*{_ONE_SPACED}){{2,}}",
                         re.I)  # fmt: skip
# a question whether counts are spread evenly: "are defects equally likely across looms?", "uniformly distributed",
# "the same for every machine", "goodness of fit"
EVENLY = (r"\bequally (?:likely|probable|often|frequent|common|distributed|spread)\b|\b(?:uniformly|evenly) "
          r"(?:distributed|spread)\b|\buniform(?: distribution)?\b|\bthe same (?:for|across|on|in) (?:every|each|all)\b|"
          r"goodness[- ]of[- ]fit")  # fmt: skip


@dataclass
class LabelledCounts:
    """One count per category, with the categories' labels, as written."""

    labels: list[str]
    counts: list[str]


def labelled_counts(question: str) -> LabelledCounts | None:
    """Two or more counts written one per label in one run, "loom 1 = 34, loom 2 = 41, loom 3 = 25" or "Mon = 22,
    Tue = 18, Wed = 25", or three or more after one-word labels without a sign, "Mon 1180, Tue 1245, Wed 1302" (labels distinct, none a statistic: "n = 5, mean = 10" is no such run); None otherwise, or
    when the question writes two such runs."""
    runs, count = list(_NAMED_RUN.finditer(question)), _NAMED_COUNT
    if not runs:  # "Mon 1180, Tue 1245, Wed 1302": labels without "=" or ":", one word each, three or more
        runs, count = list(_SPACED_RUN.finditer(question)), _SPACED_COUNT
    if len(runs) != 1:
        return None
    found = list(count.finditer(runs[0].group(0)))
    labels = [re.sub(r"\s+", " ", m.group("label").rstrip(".")) for m in found]
    keys = {label.lower() for label in labels}
    if len(keys) < len(labels) or {_singular(k.split()[0]) for k in keys} & _NOT_CATEGORIES or keys & _NOT_LABELS:
        return None
    return LabelledCounts(labels, [m.group("count") for m in found])


# a ratio the counts are tested against: "9:3:3:1", "3 : 1", "1:2:1" (never a time of day "10:30": two parts of two
# digits), said beside "ratio", "fit", "expected" or "hypothesis"
_RATIO = re.compile(r"(?<![\d.:])(\d+(?:\.\d+)?(?:\s*:\s*\d+(?:\.\d+)?)+)(?![\d:]|\.\d)")
_RATIO_WORDS = re.compile(
    r"\bratios?\b|\bfit\b|\bfits\b|\bexpected\b|\bhypothes[ie]s|\bmendel|\bproportions\b|\bmix\b|\bsplit\b", re.I
)
# the shares the counts are tested against written as percentages adding to 100: "50% / 30% / 20%", "50%, 30%, 20%"
_PERCENT_SPLIT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?\s*%(?:\s*(?:/|,|:|;|\band\b)\s*\d+(?:\.\d+)?\s*%)+)(?!\s*(?:/|,)?\s*\d)"
)


def stated_ratio(text: str) -> re.Match[str] | None:
    """The ratio the counts are tested against ("fit to 9:3:3:1", "expected ratio 3:1", "class mix 50% / 30% / 20%",
    percentages adding to 100); None without the words of a
    ratio or a fit, for a time of day ("10:30") or a label's colon ("at 10:30: 20, 25": a colon then a space after a
    number with none before it)."""
    if not _RATIO_WORDS.search(text):
        return None
    for m in _PERCENT_SPLIT.finditer(text):  # "50% / 30% / 20%": shares of 100
        if abs(sum(float(v) for v in re.findall(r"\d+(?:\.\d+)?", m.group(1))) - 100) < 1e-9:
            return m
    for m in _RATIO.finditer(text):
        parts = re.split(r"\s*:\s*", m.group(1))
        clock = any(len(a) == 2 and len(b) == 2 for a, b in itertools.pairwise(parts))
        if not clock and not re.search(r"\d:\s", m.group(1)) and any(float(p) > 0 for p in parts):
            return m
    return None


def goodness_score(text: str) -> float:
    """Counts written one per label and a question whether they are spread evenly ("loom 1 = 34, loom 2 = 41, ...;
    are defects equally likely across looms?"), or counts and a ratio they should fit ("F2 counts 315 108 101 32,
    test fit to 9:3:3:1"), point to a chi-square goodness-of-fit test."""
    if stated_ratio(text) and re.search(r"\bcounts?\b|\bobserved\b|\bchi", text, re.I):
        return 4.0
    return 4.0 if re.search(EVENLY, text, re.I) and labelled_counts(text) else 0.0
