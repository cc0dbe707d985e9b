"""One entry of a matrix result asked by its position: "the top-right entry (row 1 col 2) of A⁻¹", "the (2,1) entry
of the inverse", "a_12 of A^-1", "the element in the first row, second column of the transpose". The operation's
whole matrix is computed; the answer is the entry (1-based row and column, ``facts["entry"]``), and the audit holds it
to numpy's. Every position the question writes must agree ("top-right ... (row 2 col 1)" is declined), and an entry
asked with no position read is declined, never answered with the whole matrix."""

from __future__ import annotations

import re

from plugins.api.reasoning import PlanError

# the operations whose result is a matrix, with the shape of their result from the input's rows x columns
_MATRIX_RESULTS = {"inverse": False, "rref": False, "transpose": True}  # True: the shape swaps
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3}
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_INDEX = r"(\d|one|two|three|four|five|six)"
_ORDINAL = r"(first|second|third|fourth|fifth|sixth|1st|2nd|3rd|[456]th)"
_COLUMN = r"(?:col(?:umn)?\.?|c)"
# "row 1 col 2", "row 1, column 2", "row 1 and column 2", "r1c2"
_ROW_COLUMN = rf"\b(?:row\s*{_INDEX}\s*,?\s*(?:and\s+|&\s*)?{_COLUMN}\s*{_INDEX}|r(\d)\s*c(\d))\b"
# "column 2 row 1": the column first
_COLUMN_ROW = rf"\b{_COLUMN}\s*{_INDEX}\s*,?\s*(?:and\s+|&\s*)?row\s*{_INDEX}\b"
# "first row, second column", "the 1st row and 2nd column"
_ORDINAL_ROW = rf"\b{_ORDINAL}\s+row\s*,?\s*(?:and\s+|&\s*)?(?:the\s+|in\s+the\s+)?{_ORDINAL}\s+column\b"
# "(1,2) entry", "entry (1, 2)", "(1,2)-element", "element [2,1]", "position (1,2)"
_PAIR = r"[(\[]\s*(\d)\s*,\s*(\d)\s*[)\]]"
_NAMED_PAIR = (
    rf"{_PAIR}\s*[- ]?\s*(?:th\s+)?(?:entry|element|component|position|cell)\b"
    rf"|\b(?:entry|element|component|position|cell)\s*{_PAIR}"
)
# "a_12", "a_{12}", "a_1,2", "b_{2,1}", "(A^-1)_12": a subscripted letter or bracket with two indices
_SUBSCRIPT = r"(?:(?<![\w\\])[a-z]|[)\]])_\{?(\d)\s*,?\s*(\d)\}?(?!\w)"
# the corners by their words: "top-right", "upper left", "bottom-right", "lower-left"
_CORNER = r"\b(top|upper|bottom|lower)[\s-]*(left|right)\b"
# one entry asked in words, whose position must then be read: "the top entry", "which element" (not "every entry",
# "the element stiffness matrix", "finite element")
_ENTRY_WORD = (
    r"(?<!finite )\b(?:the|an?|one|single|which)\s+(?:[\w-]+\s+)?(?:entry|element)\b"
    r"(?!s|\s+(?:stiffness|matrix|matrices|mass|load|force)\b)"
)


def _number(word: str) -> int:
    """A position written as a digit, a number word or an ordinal ("2", "two", "second", "2nd") as an int."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    return _ORDINALS.get(word) or _WORDS.get(word) or int(word[0])


def _positions(question: str, rows: int, cols: int) -> set[tuple[int, int]]:
    """Every (row, column) position the question writes, 1-based, a corner placed in a rows x cols result."""
    found: set[tuple[int, int]] = set()
    for m in re.finditer(_ROW_COLUMN, question, re.I):
        groups = [g for g in m.groups() if g]
        found.add((_number(groups[0]), _number(groups[1])))
    for pattern in (_ORDINAL_ROW, _NAMED_PAIR, _SUBSCRIPT):
        for m in re.finditer(pattern, question, re.I):
            groups = [g for g in m.groups() if g]
            found.add((_number(groups[0]), _number(groups[1])))
    found |= {(_number(m.group(2)), _number(m.group(1))) for m in re.finditer(_COLUMN_ROW, question, re.I)}
    for m in re.finditer(_CORNER, question, re.I):
        found.add((1 if m.group(1).lower() in {"top", "upper"} else rows, 1 if m.group(2).lower() == "left" else cols))
    return found


def asked_entry(question: str, op: str, shape: tuple[int, int]) -> list[int] | None:
    """The [row, column] (1-based) of the one entry of ``op``'s matrix result the question asks for; None when it
    asks for no entry (or ``op`` gives no matrix). PlanError when the positions it writes disagree, one lies
    outside the result, or an entry is asked ("the top entry") with no position read."""
    if op not in _MATRIX_RESULTS:
        return None
    rows, cols = shape[::-1] if _MATRIX_RESULTS[op] else shape
    found = _positions(question, rows, cols)
    if not found:
        if re.search(_ENTRY_WORD, question, re.I):
            raise PlanError(f"an entry of the {op} is asked, but not which: say its row and column, e.g. 'the entry "
                            "in row 1, column 2' or 'the (1,2) entry'")  # fmt: skip
        return None
    if len(found) > 1:
        said = ", ".join(f"({i},{j})" for i, j in sorted(found))
        raise PlanError(f"the question names the entries {said}: say one row and column")
    ((i, j),) = found
    if not (1 <= i <= rows and 1 <= j <= cols):
        raise PlanError(f"the {op} is {rows}x{cols}: it has no entry in row {i}, column {j}")
    return [i, j]
