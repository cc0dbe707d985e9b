"""A table pasted in columns: a header row of column names, then rows of as many numbers, one line each
("batch  HPLC  titration" / "1  99.2  99.6" / "2  98.7  99.0" ...), its cells apart by spaces or by pipes ("feat |
CMM | tracker" / "1 | 25.012 | 25.018", a "---|---" rule under the header skipped) or by commas ("loc,gauge,core" /
"1,2385,2378", as many commas in each row as in the header). Its columns are the samples; a
first column that only counts the rows (1, 2, ..., n) is an index, never data. A series pasted as one column of
values beside its index ("day  result" / "1  4.52" / "2  4.48" ..., or labels "S1  4.52" / "S2  4.48" ...) is read by
``indexed_series``: whatever the index column is called, it counts the rows and is no data."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from plugins.api.prose import NUMBER

_ROW = re.compile(rf"\s*{NUMBER}(?:[ \t]+{NUMBER})+\s*")
# a row headed by its label, a word that may end in digits ("S1  78  81", "P-03  12.1  12.4"): the label is no value
_LABELLED_ROW = re.compile(rf"\s*[^\W\d][\w.#-]*[ \t]+({NUMBER}(?:[ \t]+{NUMBER})+)\s*")
_NAME = re.compile(r"[^\W\d][\w%()°./-]*")  # "HPLC", "titration", "yield_%", "temp(°C)"
_MIN_ROWS = 3
# a row label of letters and its running number: "S1", "D-2", "run_3", "#4" (the number counts the rows)
_LABEL = r"(?:[^\W\d_]{1,8}[-_#]?|#)(\d+)"
_NUMBERED_ROW = re.compile(rf"\s*{_LABEL}[ \t]+{NUMBER}\s*")
RULE = re.compile(r"[\s|:-]*-{2,}[\s|:-]*")  # "---|---|---" under a header written with pipes
# what a column of row numbers is called: "batch", "run", "#", "no.", "sample id"
_INDEX_NAME = re.compile(
    r"(?:batch|run|id|no\.?|#|n[or]|num(?:ber)?|sample|unit|part|subject|item|obs(?:ervation)?|i|lot|specimen|pair|"
    r"piece|board|patient|trial|case|row|index|order|seq(?:uence)?|feat(?:ure)?|point|pt|location|loc|site|"
    r"position|pos|station|hole|dim(?:ension)?|"
    # the people or things measured, numbered: "athlete", "participant", "rat", "plot"
    r"athlete|participant|player|person|volunteer|runner|swimmer|cyclist|student|pupil|worker|operator|rater|judge|"
    r"respondent|customer|child|animal|rat|mouse|dog|cow|horse|plant|tree|plot|car|vehicle|machine|driver|team|"
    r"store|shop|school|household|farm|field|paddock|pen|tank|pond|well)s?(?:[_-]?(?:id|no\.?|#|code))?",
    re.I,
)
# a first column that names its rows by code ("plot_id", "ID", "sampleID"): its whole numbers (101, 102, ...) are no data
_ID_NAME = re.compile(r"(?i:(?:[^\W\d_]+[_-])?id)|[^\W\d_]*[a-z]I[Dd]")  # never "ACID", "LID"


@dataclass(frozen=True)
class ColumnTable:
    """The columns of a pasted table (the index column left out), each with its name from the header, where the
    index column's numbers are written (they are no data) and where the header line starts."""

    names: list[str]
    columns: list[list[str]]
    index_starts: frozenset[int] = frozenset()
    header_start: int = -1


def column_table(text: str, single: bool = False) -> ColumnTable | None:
    """The first table in columns written one row a line under a header of names (see the module's docstring);
    None when the text has none. A header names every column, or every column but a leading index. ``single``:
    a header of two names over an index and one column of values (``indexed_series``) is read as that, whatever
    the index is called."""
    raw = text.split("\n")
    lines = [_uncomma(_unpiped(line)) for line in raw]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        names = _header(line) or _piped_header(raw[i])
        if names is None:
            continue
        rows: list[list[tuple[int, str]]] = []
        labels: list[str] = []  # the rows' labels ("S1", "S2", ...): every row has one or none has
        for j in range(i + 1, len(lines)):
            if not rows and RULE.fullmatch(lines[j]):
                continue
            cells = _row_cells(lines[j])
            if cells is None or (rows and bool(cells[0]) != bool(labels)) or raw[j].count(",") != raw[i].count(","):
                break  # a row of comma-separated values has a cell for each of its header's
            labels += [cells[0]] if cells[0] else []
            rows.append([_shifted(m, offsets[j] + cells[1]) for m in re.finditer(NUMBER, lines[j][cells[1] :])])
        if labels:
            names = _labelled_names(names, labels, rows)
        if table := (_series(names, rows) if single and not labels else None) or _table(names, rows):
            return replace(table, header_start=offsets[i])
    return None


def indexed_series(text: str) -> ColumnTable | None:
    """A series pasted as two columns under a header of two names, the first counting the rows (1, 2, ..., n, by
    any name: "day", "run", "sample", "obs") and the second the values ("day  result" / "1  4.52" / "2  4.48"
    ...), or rows labelled with a running number ("sample  result" / "S1  4.52" / "S2  4.48" ...): the values'
    one column, with where the index's numbers start (they are no data); None when the text has no such table
    (a table of two or more columns of values is ``column_table``'s)."""
    table = column_table(text, single=True)
    if table is not None and len(table.columns) == 1:
        return table
    return _labelled_series(text)


def _series(names: list[str], rows: list[list[tuple[int, str]]]) -> ColumnTable | None:
    """One column of values beside an index column of any name: a header of two names over at least three rows of
    two numbers, the first counting the rows."""
    if len(names) != 2 or len(rows) < _MIN_ROWS or {len(row) for row in rows} != {2}:
        return None
    if not _is_index([row[0][1] for row in rows]):
        return None
    return ColumnTable(names[1:], [[row[1][1] for row in rows]], frozenset(row[0][0] for row in rows))


def _labelled_series(text: str) -> ColumnTable | None:
    """One column of values beside row labels of letters and a running number ("S1  4.52", "S2  4.48", ...)
    under a header of two names; the labels' numbers (1, 2, ..., n) are where ``index_starts`` points."""
    raw = text.split("\n")
    offset = 0
    for i, line in enumerate(raw):
        names = _header(_unpiped(line))
        start = offset
        offset += len(line) + 1
        if names is None or len(names) != 2:
            continue
        values, labels, starts, at = [], [], [], offset
        for row in raw[i + 1 :]:
            m = _NUMBERED_ROW.fullmatch(_unpiped(row))
            if m is None:
                break
            values.append(row[m.end(1) :].split()[-1])  # the row's one value, after its label
            labels.append(m.group(1))
            starts.append(at + m.start(1))
            at += len(row) + 1
        if len(values) >= _MIN_ROWS and _is_index(labels):
            return ColumnTable(names[1:], [values], frozenset(starts), start)
    return None


def _row_cells(line: str) -> tuple[str, int] | None:
    """A table's row: its label ("S1" of "S1  78  81"; "" when it has none) and where its numbers begin; None when
    the line is no row of numbers."""
    if _ROW.fullmatch(line):
        return "", 0
    if m := _LABELLED_ROW.fullmatch(line):
        return line[: m.start(1)].strip(), m.start(1)
    return None


def _labelled_names(names: list[str], labels: list[str], rows: list[list[tuple[int, str]]]) -> list[str]:
    """The names of the value columns of rows headed by labels: the header less its first name, which names the
    labels ("sample  A  B" over "S1  78  81", "block,var_A,var_B" over "B1,7.42,7.95"), when the labels are distinct,
    each row has a value for every other name and either that name is an index's or the other names are no
    replicates' ("run1 run2 run3": the rows are then groups); else no names (no table: "machine 1 20.1 19.8" rows
    are groups, not rows)."""
    widths = {len(row) for row in rows}
    if len(set(labels)) != len(labels) or widths != {len(names) - 1}:
        return []
    return names[1:] if _INDEX_NAME.fullmatch(names[0]) or not _replicates(names[1:]) else []


def _replicates(names: list[str]) -> bool:
    """Whether column names number replicates of one thing: a shared stem and a running number ("run1 run2 run3",
    "rep_1 rep_2", "r1 r2"), or a replicate's word ("trial", "rep", "reading")."""
    stems = [re.fullmatch(r"(.*?)[\s_#-]*\d+", name) for name in names]
    if all(stems) and len({m.group(1).lower() for m in stems if m}) == 1:
        return True
    return any(re.match(r"(?:run|rep|replicate|trial|reading|obs|measurement|test)\b", n, re.I) for n in names)


def _unpiped(line: str) -> str:
    """A line written with pipes between its cells, the pipes as spaces (same length, so positions stay): "1 | 25.012
    | 25.018" -> "1   25.012   25.018"; a line with no pipe as it is."""
    return line.replace("|", " ") if "|" in line else line


def _uncomma(line: str) -> str:
    """A line of comma-separated cells ("loc,gauge,core", "1,2385,2378", "2, 2402, 2390"), the commas as spaces (same
    length); a line with a comma followed by a word in prose ("Asphalt density, nuclear gauge") as it is unless every
    cell is one name or one number."""
    if "," not in line:
        return line
    cells = [cell.strip() for cell in line.split(",")]
    if all(re.fullmatch(NUMBER, cell) or _NAME.fullmatch(cell) for cell in cells):
        return line.replace(",", " ")
    return line


def _shifted(m: re.Match[str], offset: int) -> tuple[int, str]:
    """Where a number of a row starts in the whole text, and the number."""
    return (offset + m.start(), m.group(0))


# a header's name with its unit in brackets apart from it: "P80 (µm)", "T ( degC)" (one cell, never two names)
_UNIT_NAMED = re.compile(r"([^\W\d][\w%°./-]*)[ \t]*(\([^()\n]{1,20}\))(?=\s|$)")


def _header(line: str) -> list[str] | None:
    """The column names of a header line: two or more names and nothing else, a unit in brackets after a space
    part of its name ("P80 (µm)  Rec (%)" -> ["P80 (µm)", "Rec (%)"])."""
    words = _UNIT_NAMED.sub(_joined, line).split()
    if len(words) < 2 or not all(_NAME.fullmatch(word.replace("\0", "")) for word in words):
        return None
    return [word.replace("\0", " ") for word in words]


def _joined(m: re.Match[str]) -> str:
    """A name and its unit in brackets as one word, the spaces inside held as NULs (same length)."""
    return re.sub(r"\s", "\0", m.group(0))


# a time point's unit after its number: "3M", "24h", "6 months", "12 wk"
_TIME_UNIT = r"(?i:m|mo|mos|months?|w|wk|wks|weeks?|d|days?|h|hr|hrs|hours?|y|yr|yrs|years?)\b"
# a cell of a header written with pipes: a name of one or more words and its unit in brackets ("RF (W)", "ER (nm/min)"),
# the first word a time point's label where it leads with its number ("3M", "24h", "6 months", "T0")
_PIPED_WORD = rf"(?:[^\W\d]|\d+(?=\s*{_TIME_UNIT}))[\w%°./-]*"
_PIPED_NAME = re.compile(rf"{_PIPED_WORD}(?:\s+[^\W\d][\w%°./-]*){{0,3}}(?:\s*\([^()|]{{1,20}}\))?")


def _piped_header(line: str) -> list[str] | None:
    """The column names of a header line written with pipes, each cell one name with its unit in brackets where it
    has one: "RF (W) | ER (nm/min)" -> ["RF (W)", "ER (nm/min)"]; None when the line has no pipe or a cell is no
    name."""
    if "|" not in line:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 and all(_PIPED_NAME.fullmatch(cell) for cell in cells) else None


def _table(names: list[str], rows: list[list[tuple[int, str]]]) -> ColumnTable | None:
    """The table of a header and its rows; None unless every row has a value for each name (or for each name and an
    unnamed index first), at least three rows. A named first column counting the rows (1, 2, ..., n) is an index
    when its name is an index's ("run", "sample") or when two or more columns of values follow it ("spindle  before
    after": it numbers the things measured, a sample of no test)."""
    width = {len(row) for row in rows}
    if len(rows) < _MIN_ROWS or len(width) != 1 or width.pop() not in (len(names), len(names) + 1):
        return None
    columns = [list(column) for column in zip(*rows, strict=True)]
    named = len(columns) == len(names)
    numbered = bool(_INDEX_NAME.fullmatch(names[0])) or len(columns) >= 3
    first = [value for _, value in columns[0]]
    index = _is_index(first) and (not named or numbered)
    # an id column of distinct whole numbers before two columns of values ("plot_id  N  yield" / "101  0  4.12")
    index = index or (named and len(columns) >= 3 and bool(_ID_NAME.fullmatch(names[0])) and _is_codes(first))
    if len(columns) == len(names) + 1 and not index:  # an unnamed first column: only an index may go without a name
        return None
    if index:
        names, columns = names[-len(columns) + 1 :], columns[1:]
    if len(columns) < 2:
        return None
    starts = frozenset(row[0][0] for row in rows) if index else frozenset()
    return ColumnTable(names, [[value for _, value in column] for column in columns], starts)


def is_index_name(name: str) -> bool:
    """Whether a column's name is an index's or an id's ("run", "plot", "plot_id", "ID"): it names the rows."""
    return bool(_INDEX_NAME.fullmatch(name) or _ID_NAME.fullmatch(name))


def _is_codes(column: list[str]) -> bool:
    """Whether a column is distinct whole numbers: the codes of the rows ("101", "102", ...)."""
    return all(value.isdigit() for value in column) and len(set(column)) == len(column)


def _is_index(column: list[str]) -> bool:
    """Whether a column only counts the rows: 1, 2, ..., n."""
    return column == [str(k) for k in range(1, len(column) + 1)]


# a number in a table's title that names a thing, not a value: "trials on 4140, hardness vs temp:", "data for 6061:"
# (three digits or more after "on", "for", "from" or "with", a comma, colon or the line's end after it: no unit)
_TITLE_LABEL = re.compile(r"\b(?:on|for|from|with)\s+(\d{3,})(?=\s*(?:[,:]|$))", re.I | re.M)


def title_label_starts(text: str) -> set[int]:
    """Where the whole numbers of a pasted table's title line start (the line ending with ":" just above its header,
    blank lines between allowed) when they name a thing ("Tempering trials on 4140, hardness vs temperature:"):
    a number with a unit, or after a name ("pressure 500,"), is a value and stays."""
    table = column_table(text)
    if table is None or table.header_start <= 0:
        return set()
    above = text[: table.header_start].rstrip()
    start = above.rfind("\n") + 1
    title = above[start:]
    if not title.rstrip().endswith(":"):
        return set()
    return {start + m.start(1) for m in _TITLE_LABEL.finditer(title.rstrip()[:-1])}


# a column named by a time point, its number first: "3M", "6 months", "24h", "12 wk"
_TIME_POINT_NAME = re.compile(rf"(\d+)\s*{_TIME_UNIT}", re.I)
# a time point written in prose: "after 3 months", "at 6 weeks", "3-month", "at 0 h" (read where a column has its name)
_TIME_POINT = re.compile(rf"(?<![\w.])(\d+)[\s-]*{_TIME_UNIT}", re.I)


def column_time_starts(text: str) -> set[int]:
    """Where the numbers of the prose above a pasted table start that give the time point a column is named by ("same
    lots tested at T0 and after 3 months" above "| Lot | T0 | 3M |": the 3): the column's name, no value."""
    table = column_table(text)
    if table is None or table.header_start <= 0:
        return set()
    points = {m.group(1) for name in table.names if (m := _TIME_POINT_NAME.fullmatch(name.strip()))}
    return {m.start(1) for m in _TIME_POINT.finditer(text[: table.header_start]) if m.group(1) in points}
