"""A data table read from CSV with every cell kept exactly as written.

Reference data sets (NIST StRD) are built to catch digits lost in parsing: ``Column`` keeps the
text, offers floats for ordinary work and exact Decimals for the careful paths.
"""

from __future__ import annotations

import csv
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass
class Column:
    name: str
    text: list[str]

    @property
    def is_numeric(self) -> bool:
        try:
            self.floats()
        except ValueError:
            return False
        return True

    def floats(self) -> np.ndarray:
        """The column as float64; raises ValueError naming the first non-numeric row (1-based)."""
        import numpy as np

        try:  # float() parses decimal text correctly rounded, and fast; bad cells are located below
            values = np.fromiter(map(float, self.text), dtype=np.float64, count=len(self.text))
        except ValueError:
            values = None
        if values is None or not np.isfinite(values).all():
            for row, cell in enumerate(self.text, start=1):
                if not _is_number(cell):
                    raise ValueError(f"column '{self.name}' row {row}: {cell!r} is not a number")
        return values

    def decimals(self) -> list[Decimal]:
        """The column as exact decimals."""
        self.floats()  # same validation and message
        return [Decimal(t) for t in self.text]


@dataclass
class DataTable:
    """Columns in file order; ``source`` is the file it came from."""

    columns: dict[str, Column]
    source: Path | None = None
    options: dict[str, object] = field(default_factory=dict)

    @property
    def n_rows(self) -> int:
        return len(next(iter(self.columns.values())).text) if self.columns else 0

    def column(self, name: str) -> Column:
        return self.columns[name]

    @classmethod
    def from_rows(cls, header: list[str], rows: list[list[str]], source: Path | None = None) -> DataTable:
        """Columns from rows of cells (each cell stripped of surrounding spaces)."""
        columns = list(zip(*rows, strict=True)) if rows else [() for _ in header]
        return cls({h: Column(h, list(map(str.strip, col))) for h, col in zip(header, columns, strict=True)}, source)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while building many small acyclic objects (cells): it would only rescan them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_csv(path: Path) -> DataTable:
    """Read a CSV file with a header row. Raises ValueError with the line number on a ragged row."""
    with path.open(newline="", encoding="utf-8-sig") as handle, _gc_paused():
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise ValueError(f"{path.name} is empty: a header row is needed") from None
        if len(set(header)) != len(header) or any(not h for h in header):
            raise ValueError(f"{path.name}: header names must be unique and non-empty, got {header}")
        width, rows = len(header), []
        for row in reader:
            if not any(row):  # a blank line, or one of empty cells
                continue
            if len(row) != width:
                raise ValueError(f"{path.name}:{reader.line_num}: {len(row)} cells but the header has {width} columns")
            rows.append(row)
    return DataTable.from_rows(header, rows, path)


def _is_number(text: str) -> bool:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return False
    return value.is_finite()
