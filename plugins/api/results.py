"""Result objects: what every verb returns. Computing and presenting stay apart.

A result carries its numbers in ``data`` (the stable, JSON-ready form that ``--json`` prints),
tables for people (rendered by the CLI), notes (assumptions, warnings) and the files it wrote.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any


@dataclass
class Table:
    """A titled table for the terminal and for reports; cells are numbers or strings."""

    title: str
    columns: list[str]
    rows: list[list[Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "columns": self.columns, "rows": jsonable(self.rows)}


@dataclass
class Result:
    """What a verb produced.

    ``kind`` names the computation (``"ttest"``, ``"anova"``, ``"design"`` ...) and keys the
    documented JSON shape of ``data``. ``summary`` is one plain sentence for reports.
    """

    kind: str
    data: dict[str, Any] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    summary: str = ""
    outputs: list[Path] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The stable machine-readable form."""
        out: dict[str, Any] = {"kind": self.kind, **jsonable(self.data)}
        if self.notes:
            out["notes"] = list(self.notes)
        if self.summary:
            out["summary"] = self.summary
        return out


@dataclass
class Step:
    """One executed statement: where it was, what ran it, what it returned."""

    line: int
    verb: str
    kind: str | None
    plugin: str
    result: Result

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "verb": self.verb,
            "kind": self.kind,
            "plugin": self.plugin,
            "result": self.result.to_dict(),
        }


def jsonable(value: Any) -> Any:
    """Convert numpy, Decimal, Fraction, Path and sympy scalars into JSON types; NaN/inf become None."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, (Decimal, Fraction)):
        return jsonable(float(value))
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    tolist = getattr(value, "tolist", None)  # numpy arrays and scalars
    if callable(tolist):
        return jsonable(tolist())
    if hasattr(value, "is_Number") and value.is_Number:  # sympy numbers
        if getattr(value, "is_Integer", False):
            return int(value)
        try:
            return jsonable(float(value))
        except TypeError:
            return str(value)
    return str(value)
