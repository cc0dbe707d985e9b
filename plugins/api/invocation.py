"""One statement as a verb receives it: the kind, positional values and name=value arguments."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from plugins.api.errors import StudyError
from plugins.api.nodes import Keyword, Node, Pos


@dataclass
class Invocation:
    verb: str
    kind: str | None
    args: list[Node]
    keywords: dict[str, Keyword]
    pos: Pos
    kind_node: Node | None = None
    line_text: str = field(default="", repr=False)  # the statement's source text, all its lines

    def source(self, first: Node, last: Node | None = None) -> str:
        """The exact source text from ``first`` to ``last`` (default: ``first``), across lines."""
        last = last or first
        lines = self.line_text.split("\n")
        start_line, end_line = first.pos.line - self.pos.line, last.pos.end_line - self.pos.line
        if not (0 <= start_line <= end_line < len(lines)):
            return ""
        if start_line == end_line:
            return lines[start_line][first.pos.column - 1 : last.pos.end_column - 1]
        middle = lines[start_line + 1 : end_line]
        return "\n".join(
            [lines[start_line][first.pos.column - 1 :], *middle, lines[end_line][: last.pos.end_column - 1]]
        )

    def keyword(self, name: str) -> Node | None:
        """The value node of ``name=...``, or None when absent."""
        kw = self.keywords.get(name)
        return kw.value if kw is not None else None

    def check_keywords(self, allowed: set[str] | list[str]) -> None:
        """Raise a StudyError at the first keyword not in ``allowed``, suggesting the nearest."""
        allowed = sorted(allowed)
        for name, kw in self.keywords.items():
            if name not in allowed:
                near = difflib.get_close_matches(name, allowed, n=1)
                label = f"{self.verb} {self.kind}" if self.kind else self.verb
                hint = (
                    f"did you mean '{near[0]}'?"
                    if near
                    else (
                        f"'{label}' takes: {', '.join(allowed)}"
                        if allowed
                        else f"'{label}' takes no name=value arguments"
                    )
                )
                raise StudyError(f"unknown argument '{name}' for '{label}'", kw, hint=hint)

    def check_positional(self, at_most: int, what: str) -> None:
        """Raise at the first positional value beyond ``at_most``."""
        if len(self.args) > at_most:
            extra = self.args[at_most]
            label = f"{self.verb} {self.kind}" if self.kind else self.verb
            raise StudyError(f"'{label}' takes {what}; this value is one too many", extra)
