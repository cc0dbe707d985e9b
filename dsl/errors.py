"""Error reports in the compiler style: ``file:line:col: error: message``, the line, a caret, a hint."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class StudySyntaxError(Exception):
    """The study text does not parse. The only exception the parser raises."""

    def __init__(self, message: str, line: int, column: int, hint: str | None = None) -> None:
        super().__init__(f"{line}:{column}: {message}")
        self.message = message
        self.line = line
        self.column = column
        self.hint = hint


def nearest(name: str, choices: Iterable[str]) -> str | None:
    """The closest known name, for 'did you mean' hints."""
    found = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def format_error(
    source: str, lines: list[str], line: int | None, column: int | None, message: str, hint: str | None = None
) -> str:
    """Render one error with its source line and a caret under the column."""
    if line is None:
        head = f"{source}: error: {message}"
        return head + (f"\n  hint: {hint}" if hint else "")
    col = column or 1
    out = [f"{source}:{line}:{col}: error: {message}"]
    if 1 <= line <= len(lines):
        text = lines[line - 1].expandtabs(1)
        out.append(f"  {line:>4} | {text}")
        out.append(f"       | {' ' * (col - 1)}^")
    if hint:
        out.append(f"  hint: {hint}")
    return "\n".join(out)
