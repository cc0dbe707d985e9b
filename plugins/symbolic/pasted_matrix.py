"""A matrix pasted as lines of numbers: "det of\n3  1  2\n0  4 -1\n5  2  1" (one row a line, spaces, tabs or commas
between the entries), each line perhaps labelled with its row's number ("row 1:  2  0  0", "r2: 0 3 4", "Row 3 = 0 4
9"). Text is only read here, never evaluated."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER, matrix_rows, numbers, scientific

_ROW = re.compile(rf"[ \t]*(?:{NUMBER}[ \t,]+)*{NUMBER}[ \t]*,?[ \t]*")
# a row's label: "row 1:", "Row 2 =", "r3:", "row 1)" (its number is no entry)
_LABEL = re.compile(r"^[ \t]*(?:row|r)[ \t]*(\d+)[ \t]*[:=)][ \t]*", re.I)
# a row written between bars or brackets, the matrix's name perhaps before one of them: "B = | 2 -1  0 |",
# "    |-1  2 -1 |", "[ 0 -1 2 ]", "⎡1 2⎤", "A = ⎢3 4⎥" (the delimiters are no entries)
_DELIMITED = re.compile(
    r"^[ \t]*(?:[A-Za-z][\w']{0,3}[ \t]*=[ \t]*)?[|│\[⎡⎢⎣⎛⎜⎝(][ \t]*(?P<row>.*?)[ \t]*[|│\]⎤⎥⎦⎞⎟⎠)][ \t]*$"
)


def written_matrix(question: str) -> list[list[str]] | None:
    """The rows of the matrix the question writes: bracketed or with semicolons ("[[1, 2], [3, 4]]", "[4 2 1; 3 5 2;
    1 1 6]", "1 2; 3 4"), else pasted one row a line (``pasted_rows``); None when none reads."""
    return matrix_rows(scientific(question)) or pasted_rows(question)


def pasted_rows(question: str) -> list[list[str]] | None:
    """The rows of the one block of two or more consecutive lines that hold nothing but numbers, all of one length
    (None when there is no such block, there are two, or the rows are ragged); rows labelled "row 1:", "row 2:" ...
    are read in that order, numbered 1, 2, 3 ... (otherwise the block is not read)."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*_unlabelled(question), ""]:
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


# a name of a row or column of a labelled matrix: "temp", "press", "x1", "Var_2", "pH"
_NAME = r"[^\W\d][\w.%-]*"


def _named_rows(lines: list[str]) -> list[str]:
    """The lines of a matrix labelled like a covariance or correlation table, a header of names over rows that carry
    the same names in the same order ("      temp  press  flow" / " temp  4.0  1.2  0.5" / " press 1.2  2.0  0.3" /
    ...): the header blanked and each row's name taken off; the lines unchanged when there is no such table."""
    for i, line in enumerate(lines):
        names = line.split()
        if len(names) < 2 or not all(re.fullmatch(_NAME, name) for name in names):
            continue
        rows = lines[i + 1 : i + 1 + len(names)]
        found = [re.match(rf"[ \t]*({_NAME})[ \t]*:?[ \t]+(.*)$", row) for row in rows]
        if len(rows) == len(names) and all(
            m and m.group(1).lower() == name.lower() and _ROW.fullmatch(m.group(2))
            for m, name in zip(found, names, strict=True)
        ):
            entries = [m.group(2) for m in found if m]
            return [*lines[:i], "", *entries, *lines[i + 1 + len(names) :]]
    return lines


def _unlabelled(question: str) -> list[str]:
    """The question's lines, each "row k:" label taken off its line when the labelled lines number their rows 1, 2,
    3 ... in order (labels out of order are left, so that line reads as no row), a labelled matrix's names taken off
    (``_named_rows``), and a row's bars or brackets taken off ("B = | 2 -1 0 |" -> "2 -1 0")."""
    lines = _named_rows(question.splitlines())
    labels = [_LABEL.match(line) for line in lines]
    numbered = [int(m.group(1)) for m in labels if m]
    if numbered != list(range(1, len(numbered) + 1)):
        return lines
    lines = [line[m.end() :] if m else line for line, m in zip(lines, labels, strict=True)]
    return [_undelimited(line) for line in lines]


def _undelimited(line: str) -> str:
    """The entries of a row written between bars or brackets ("B = | 2 -1  0 |" -> "2 -1  0"), or as a table's row
    of cells between bars, one number a cell ("| 6 | 2 |" -> "6 2"); the line unchanged when it is no such row (what
    the bars enclose is not all numbers: "|x - 2| < 3", "| 6 | 2 x |")."""
    m = _DELIMITED.match(line)
    if m is None:
        return line
    cells = re.split(r"[ \t]*[|│][ \t]*", m.group("row"))
    if (
        len(cells) > 1
        and line.lstrip()[:1] in "|│"
        and all(_ROW.fullmatch(cell) and len(numbers(cell)) == 1 for cell in cells)
    ):
        return " ".join(cells)  # a table's row: "| 6 | 2 |"
    return m.group("row") if _ROW.fullmatch(m.group("row")) else line
