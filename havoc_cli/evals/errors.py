"""The two ways an evaluation refuses to run: a bad suite file, or bad usage at run time (both exit 2)."""

from __future__ import annotations


class SuiteError(Exception):
    """A problem in a suite file, reported like the study language's errors: file:line:col, the item, the field.

    ``path`` is where in the document the problem is (``("items", 3, "compare", "rule")``); the loader
    turns it into a line and column and fills in ``file`` and ``lines``.
    """

    def __init__(self, message: str, path: tuple = (), *, item: str | None = None, hint: str | None = None) -> None:
        super().__init__(message)
        self.message, self.path, self.item, self.hint = message, path, item, hint
        self.file: str = "<suite>"
        self.lines: list[str] = []
        self.line: int | None = None
        self.column: int | None = None

    def field(self) -> str:
        """The dotted field name inside the item (or the suite) that is wrong."""
        inner = self.path[2:] if self.path[:1] == ("items",) and len(self.path) > 1 else self.path
        return ".".join(str(p) for p in inner)

    def render(self) -> str:
        """The message with its place: ``suite.yaml:12:5: error: item q003, field 'compare.rule': ...``."""
        from dsl.errors import format_error

        where = [f"item {self.item}"] if self.item else []
        if self.field():
            where.append(f"field '{self.field()}'")
        message = ", ".join(where) + ": " + self.message if where else self.message
        return format_error(self.file, self.lines, self.line, self.column, message, self.hint)

    def __str__(self) -> str:
        return self.render()


class EvalUsageError(Exception):
    """Bad usage found while running (no checkpoint, an unreachable --url, an option a task cannot honour)."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint

    def __str__(self) -> str:
        return f"error: {self.message}" + (f"\n  hint: {self.hint}" if self.hint else "")
