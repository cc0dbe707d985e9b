"""The one error type a plugin raises for a user's mistake."""

from __future__ import annotations

from plugins.api.nodes import Node, Pos


class StudyError(Exception):
    """A problem with the user's study or data: reported as ``file:line:col: error: ...``, exit 2.

    ``hint`` says what to do about it. ``pos`` (or ``node``) points at the offending text; where it
    is missing the interpreter points at the whole statement.
    """

    def __init__(
        self,
        message: str,
        node: Node | None = None,
        *,
        hint: str | None = None,
        pos: Pos | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.pos = pos if pos is not None else (node.pos if node is not None else None)
