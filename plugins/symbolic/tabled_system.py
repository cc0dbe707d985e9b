"""A linear system written as a table of labelled rows, one equation a line: "sector 1: 20 / 60 / 25 min, 5000 kg"
(the coefficients of the unknowns, then, after a comma, semicolon or "=", the right-hand side), the unknowns perhaps
named by a header of names joined by slashes ("climb/cruise/descent mins and trip fuel"), and one of them asked by
name ("what's the cruise burn rate?"). Text is only read here, never evaluated."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

_UNIT = r"(?:[ \t]*[A-Za-zµ%$€£][\w/^²³µ.]*?)?"  # "min", "kg", "h", "kg/h", "$" after a number
# a labelled row: "sector 1: 20 / 60 / 25 min, 5000 kg", "run 2 = 18/120/30; 7620", "batch 3) 4 2 1 -> 9"
_ROW = re.compile(
    rf"^[ \t]*(?P<label>[A-Za-z][A-Za-z ]{{0,20}}?)[ \t]*#?(?P<index>\d+)[ \t]*[:=)][ \t]*"
    rf"(?P<coefficients>{NUMBER}(?:[ \t]*/[ \t]*{NUMBER}|[ \t]+{NUMBER})+){_UNIT}"
    rf"[ \t]*(?:,|;|=|->|→)[ \t]*[$€£]?[ \t]*(?P<rhs>{NUMBER}){_UNIT}[ \t]*[.;]?[ \t]*$",
    re.M,
)
_NAME = r"[A-Za-z][A-Za-z-]*"


@dataclass
class TabledRows:
    """A's rows and b as written, the unknowns' names (from a header, else x1, x2 ...), the one asked by name (None
    when none is), and where the rows end in the question."""

    rows: list[list[str]]
    rhs: list[str]
    unknowns: list[str]
    asked: str | None
    end: int


def tabled_rows(question: str) -> TabledRows | None:
    """The square system the question writes as labelled rows ("sector 1: ...", "sector 2: ...", numbered 1, 2, 3 in
    order under one label, each with one coefficient per row and its right-hand side); None when it writes no such
    table (two rows at least), or its rows are ragged, not square, numbered out of order or under different labels."""
    found = list(_ROW.finditer(question))
    if len(found) < 2:
        return None
    labels = {m["label"].strip().lower() for m in found}
    indices = [int(m["index"]) for m in found]
    rows = [re.findall(NUMBER, m["coefficients"]) for m in found]
    if len(labels) != 1 or indices != list(range(1, len(found) + 1)) or any(len(r) != len(found) for r in rows):
        return None
    names = _header_names(question, len(found))
    unknowns = names or [f"x{i}" for i in range(1, len(found) + 1)]
    asked = _asked_name(question[found[-1].end() :], names) if names else None
    return TabledRows(rows, [m["rhs"] for m in found], unknowns, asked, found[-1].end())


def _header_names(question: str, count: int) -> list[str] | None:
    """The unknowns' names from the one header of ``count`` names joined by slashes ("climb/cruise/descent"), never a
    unit ("kg/min"); None when there is no such header or several."""
    from plugins.symbolic.units import UnitError, factors

    joined = re.compile(rf"(?<![\w/]){_NAME}(?:[ \t]*/[ \t]*{_NAME}){{{count - 1}}}(?![\w/])")
    headers = []
    for m in joined.finditer(question):
        try:
            factors(m.group())
        except UnitError:
            headers.append([name.strip().lower() for name in m.group().split("/")])
    return headers[0] if len(headers) == 1 and len(set(headers[0])) == count else None


def _asked_name(tail: str, names: list[str]) -> str | None:
    """The one name the question's words after its rows name ("what's the cruise burn rate?"); None when they name
    none or several."""
    said = {name for name in names if re.search(rf"\b{re.escape(name)}\b", tail, re.I)}
    return said.pop() if len(said) == 1 else None
