"""A table pasted in long format: a header row of names, then one observation a line, its cells apart by tabs, commas
or pipes ("N_rate<TAB>plot<TAB>yield" / "180<TAB>101<TAB>8.64" / "180<TAB>104<TAB>9.12" / ... / "120<TAB>102<TAB>7.95"
...). One column is the group (two to eight levels, text or whole numbers, each on two rows or more; whole numbers
only beside an id column, else they may be a regression's x), any column whose cells are all different (text, or whole
numbers such as plot numbers) is an id and no data, and the one column left is the measurement: the groups' samples
are its values split by the group column, in the order the groups first appear."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

_NAME = re.compile(r"[^\W\d][\w%()°./ -]*")  # "N_rate", "yield_t_ha", "yield (t/ha)", "plot id"
_MIN_ROWS = 4
_MAX_LEVELS = 8


@dataclass(frozen=True)
class LongTable:
    """The groups' names and samples of a long-format table, the measurement's name, and where the group and id cells
    start in the whole text (labels, no data)."""

    groups: list[str]
    samples: list[list[str]]
    measure: str
    label_starts: frozenset[int]


def long_table(text: str) -> LongTable | None:
    """The first long-format table of ``text`` (see the module's docstring); None when it has none."""
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        separator = _separator(line)
        if separator is None:
            continue
        names = [cell.strip() for cell in line.strip().strip("|").split(separator)]
        if len(names) < 2 or not all(_NAME.fullmatch(name) for name in names):
            continue
        rows = _rows(lines[i + 1 :], start + len(line) + 1, separator, len(names))
        if (table := _grouped(names, rows)) is not None:
            return table
    return None


def _separator(line: str) -> str | None:
    """The cell separator of a header line: a tab, a pipe or a comma; None for a line with none."""
    return next((s for s in ("\t", "|", ",") if s in line), None)


def _rows(lines: list[str], offset: int, separator: str, width: int) -> list[list[tuple[int, str]]]:
    """The rows of ``width`` cells right under a header, each cell with where it starts in the whole text; a blank
    line just under the header is skipped, and the rows end at the first line that is no such row."""
    rows: list[list[tuple[int, str]]] = []
    for line in lines:
        at = offset
        offset += len(line) + 1
        if not line.strip() and not rows:
            continue
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if separator == "|":
            lead += len(body) - len(body.lstrip("|"))
            body = body.strip("|")
        cells, cell_at = [], at + lead
        for cell in body.split(separator):
            cells.append((cell_at + len(cell) - len(cell.lstrip()), cell.strip()))
            cell_at += len(cell) + 1
        if len(cells) != width or not all(value and len(value.split()) <= 3 for _, value in cells):
            break
        rows.append(cells)
    return rows


def _grouped(names: list[str], rows: list[list[tuple[int, str]]]) -> LongTable | None:
    """The long-format reading of a header and its rows: one group column, id columns, one measurement column; None
    when the columns are not exactly that."""
    if len(rows) < _MIN_ROWS:
        return None
    columns = [[value for _, value in column] for column in zip(*rows, strict=True)]
    numeric = [all(re.fullmatch(NUMBER, v) for v in column) for column in columns]
    groups = [k for k, column in enumerate(columns) if _is_group(column)]
    ids = [k for k, column in enumerate(columns) if len(set(column)) == len(column) and _is_label(column)]
    measures = [k for k in range(len(columns)) if numeric[k] and k not in groups and k not in ids]
    if not measures and ids and ids[-1] == len(columns) - 1 and numeric[-1]:  # whole-number values all different
        measures, ids = [ids[-1]], ids[:-1]
    if len(groups) != 1 or len(measures) != 1 or len(groups) + len(ids) + 1 != len(columns):
        return None
    group, measure = groups[0], measures[0]
    if numeric[group] and not ids:  # "dose,response" over "10,4.1" / "10,4.3" / "20,5.2": x and y, maybe no groups
        return None
    levels = list(dict.fromkeys(columns[group]))
    samples = [[v for g, v in zip(columns[group], columns[measure], strict=True) if g == level] for level in levels]
    starts = frozenset(row[k][0] for row in rows for k in [group, *ids])
    return LongTable(levels, samples, names[measure], starts)


def _is_label(column: list[str]) -> bool:
    """Whether a column's cells label rows: text, or whole numbers ("B1", "control", "101")."""
    return all(not re.fullmatch(NUMBER, v) or re.fullmatch(r"\d+", v) for v in column)


def _is_group(column: list[str]) -> bool:
    """Whether a column names the groups: two to eight labels, each on two rows or more."""
    counts = {v: column.count(v) for v in column}
    return _is_label(column) and 2 <= len(counts) <= _MAX_LEVELS and min(counts.values()) >= 2


def long_label_starts(text: str) -> set[int]:
    """Where the labels of a long-format table start: its group and id cells, and the group levels written as numbers
    anywhere else ("Welch t-test, 180 minus 120" over groups 180 and 120): names of groups, no values."""
    table = long_table(text)
    if table is None:
        return set()
    levels = [re.escape(g) for g in table.groups if re.fullmatch(r"\d+", g)]
    named = re.finditer(rf"(?<![\w.])(?:{'|'.join(levels)})(?!\w|\.\d)", text) if levels else iter(())
    return set(table.label_starts) | {m.start() for m in named}
