"""A table of records pasted with a header row, one record a line, its cells apart by commas, tabs or semicolons
("plot,block,trt,yield" / "1,I,N0,5.1" / "2,I,N60,5.6" ...), or by blanks, each cell one word and each row with a
number ("block  trt  yield" / "I  N0  5.1" ...): a long-format table, whose cells are numbers or word
labels (a factor's levels: "I", "N0", "Variety A"). Each line under the header has a cell for every name; the first
line that has not ends the table. ``column_table`` reads the columns of numbers of a table; this one keeps labels."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from plugins.api.column_table import is_index_name
from plugins.api.prose import NUMBER

_SEPARATORS = (",", "\t", ";")
# a column's name: a word, its unit glued on ("yield_t/ha", "N_kg_ha", "SOM_%"), or a few words ("N rate")
_NAME = re.compile(r"[^\W\d][\w%()°./#-]*(?: [^\W\d][\w%()°./#-]*){0,3}")
# a cell: a number, or a label of a few words ("I", "N120", "Variety A", "ctrl-2")
_CELL = re.compile(rf"{NUMBER}|[\w.#'/+-]+(?: [\w.#'/+-]+){{0,3}}")
_MIN_ROWS = 3


@dataclass(frozen=True)
class RecordTable:
    """The columns of a table of records, by the header's names, each cell as written, and where the numbers of its
    index columns start ("plot", "run", "plot_id": they name the rows, no data) when it has a column of labels."""

    names: list[str]
    columns: list[list[str]]
    index_starts: frozenset[int] = frozenset()

    def numeric(self, i: int) -> bool:
        """Whether every cell of column ``i`` is a number."""
        return all(re.fullmatch(NUMBER, cell) for cell in self.columns[i])

    def levels(self, i: int) -> list[str]:
        """Column ``i``'s distinct cells in the order they first appear."""
        return list(dict.fromkeys(self.columns[i]))


def record_table(text: str) -> RecordTable | None:
    """The first table of records in ``text`` (see the module's docstring): a header of three or more names apart by
    one separator, at least three lines of as many cells under it; None when the text has none."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines):
        split = _split(line)
        if split is None:
            continue
        separator, names = split
        if len(names) < 3 or not all(_NAME.fullmatch(name) for name in names):
            continue
        rows, starts = [], []
        for j in range(i + 1, len(lines)):
            cells = [cell.strip() for cell in _cells(lines[j], separator)]
            if len(cells) != len(names) or not all(_CELL.fullmatch(cell) for cell in cells):
                break
            if separator is None and not any(re.fullmatch(NUMBER, cell) for cell in cells):
                break  # cells apart by blanks: a row of words alone is prose
            rows.append(cells)
            starts.append(_cell_starts(lines[j], separator, offsets[j]))
        if len(rows) < _MIN_ROWS:
            continue
        table = RecordTable(names, [list(column) for column in zip(*rows, strict=True)])
        if all(table.numeric(k) for k in range(len(names))):
            return table  # a table of numbers only: its index is ``column_table``'s to tell (a "position" may be data)
        index = {k for k, name in enumerate(names) if is_index_name(name)}
        return replace(table, index_starts=frozenset(at[k] for at in starts for k in index))
    return None


def _cells(line: str, separator: str | None) -> list[str]:
    """A line's cells: apart by ``separator``, or by blanks when it is None."""
    return line.split(separator) if separator else line.split()


def _cell_starts(line: str, separator: str | None, offset: int) -> list[int]:
    """Where each cell of a line starts in the whole text (its first character past any blanks)."""
    if separator is None:
        return [offset + m.start() for m in re.finditer(r"\S+", line)]
    starts, at = [], 0
    for cell in line.split(separator):
        starts.append(offset + at + len(cell) - len(cell.lstrip()))
        at += len(cell) + len(separator)
    return starts


def _split(line: str) -> tuple[str | None, list[str]] | None:
    """The separator of a header line (None: blanks, its names one word each) and its names; None when the line is
    empty."""
    for separator in _SEPARATORS:
        if separator in line:
            return separator, [cell.strip() for cell in line.strip().split(separator)]
    return (None, line.split()) if line.strip() else None
