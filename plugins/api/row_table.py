"""A table pasted in rows: two or more lines one after another, each a name (a word or a few, its unit in brackets
where it has one) and then its values, the cells apart by pipes or tabs ("Route A | 4.21 | 4.35 | 4.10",
"| pressure (bar) | 100 | 150 | 200 |", "day<TAB>0<TAB>3<TAB>6"). Each row is one variable's or one group's values:
two samples of a test, or a regression's x and y; a first row numbering the items ("opening | 1 | 2 | 3") above
two or more rows is their header. Cells apart by spaces only are prose, and no such table."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

# a row's name: words of letters (digits inside them, "T12", "log10"), its unit in brackets ("d (µm)", "log TPC")
_ROW_NAME = re.compile(r"[^\W\d][\w%°./-]*(?:[ ]+[^\W\d_]?[\w%°./-]*){0,4}?(?:\s*\([^()|\t\n]{1,24}\))?")
_MIN_VALUES = 3


@dataclass(frozen=True)
class RowTable:
    """The rows of a table pasted in rows: each row's name, its values as written and where each value starts."""

    names: list[str]
    rows: list[list[str]]
    starts: list[list[int]]


def row_table(text: str, least: int = _MIN_VALUES, commas: bool = False) -> RowTable | None:
    """The first run of two or more consecutive lines that are rows of a name and ``least`` or more values (three
    unless asked otherwise), the cells apart by pipes or tabs (see the module's docstring), or, where ``commas`` is
    asked, by commas in a line that has neither ("MOP,0,0,60"); None when the text has none."""
    names: list[str] = []
    rows: list[list[str]] = []
    starts: list[list[int]] = []
    offset = 0
    for line in text.split("\n"):
        row = _row(line, offset, least, commas)
        offset += len(line) + 1
        if row is not None:
            names.append(row[0])
            rows.append([value for _, value in row[1]])
            starts.append([at for at, _ in row[1]])
            continue
        if len(rows) >= 2:
            break
        names, rows, starts = [], [], []
    if len(rows) >= 3 and _counts_items(rows[0]):  # "opening | 1 | 2 | ... | 8" over two rows: it names the items
        names, rows, starts = names[1:], rows[1:], starts[1:]
    return RowTable(names, rows, starts) if len(rows) >= 2 else None


def _counts_items(values: list[str]) -> bool:
    """Whether a row's values are 1, 2, 3, ... (or 0, 1, 2, ...): a header numbering the items of the rows below."""
    first = values[0]
    return (
        len(values) >= _MIN_VALUES
        and first in {"0", "1"}
        and values == [str(int(first) + i) for i in range(len(values))]
    )


def _row(
    line: str, offset: int, least: int = _MIN_VALUES, commas: bool = False
) -> tuple[str, list[tuple[int, str]]] | None:
    """A row's name and its values with where each starts in the whole text (``offset`` is where the line starts);
    None when the line is not a name and ``least`` or more numbers apart by pipes or tabs (or commas, when asked)."""
    separator = "|" if "|" in line else "\t" if "\t" in line else "," if commas and "," in line else None
    if separator is None:
        return None
    cells = line.split(separator)
    bounds = [0]
    for cell in cells:
        bounds.append(bounds[-1] + len(cell) + 1)
    if separator == "|" and not cells[0].strip():  # "| pressure (bar) | 100 |": the outer pipes hold no cell
        cells, bounds = cells[1:], bounds[1:]
    if cells and not cells[-1].strip():
        cells, bounds = cells[:-1], bounds[:-1]
    if len(cells) < least + 1 or not _ROW_NAME.fullmatch(cells[0].strip()):
        return None
    values = []
    for cell, start in zip(cells[1:], bounds[1:], strict=False):
        if not re.fullmatch(rf"\s*{NUMBER}\s*", cell):
            return None
        values.append((offset + start + len(cell) - len(cell.lstrip()), cell.strip()))
    return cells[0].strip(), values
