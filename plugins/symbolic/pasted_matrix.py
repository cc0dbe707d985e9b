"""A matrix pasted as lines of numbers: "det of\n3  1  2\n0  4 -1\n5  2  1" (one row a line, spaces, tabs or commas
between the entries). Text is only read here, never evaluated."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, numbers

_ROW = re.compile(rf"[ \t]*(?:{NUMBER}[ \t,]+)*{NUMBER}[ \t]*,?[ \t]*")


def pasted_rows(question: str) -> list[list[str]] | None:
    """The rows of the one block of two or more consecutive lines that hold nothing but numbers, all of one length
    (None when there is no such block, there are two, or the rows are ragged)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*question.splitlines(), ""]:
        if line.strip() and _ROW.fullmatch(line):
            current.append(line)
            continue
        if len(current) >= 2:
            blocks.append(current)
        current = []
    if len(blocks) != 1:
        return None
    rows = [numbers(line) for line in blocks[0]]
    return rows if all(len(row) == len(rows[0]) for row in rows) else None
