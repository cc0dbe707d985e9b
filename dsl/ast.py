"""The study's typed tree: statements made of the value nodes plugins understand."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from plugins.api.nodes import By, Keyword, Node, Pos


@dataclass(frozen=True)
class Statement:
    """``VERB [KIND] [ARGS]`` (``let`` is the verb of a binding). Arguments keep source order."""

    verb: str
    verb_pos: Pos
    arguments: tuple[Node, ...]
    pos: Pos

    @property
    def positional(self) -> list[Node]:
        return [a for a in self.arguments if not isinstance(a, Keyword)]

    @property
    def keywords(self) -> list[Keyword]:
        return [a for a in self.arguments if isinstance(a, Keyword)]

    @property
    def by(self) -> By | None:
        return next((a for a in self.arguments if isinstance(a, By)), None)


@dataclass
class Study:
    """A parsed study file: its statements, and its text for error messages."""

    statements: list[Statement]
    text: str
    path: Path | None = None
    lines: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lines = self.text.splitlines()

    @property
    def name(self) -> str:
        return str(self.path) if self.path is not None else "<study>"
