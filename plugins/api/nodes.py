"""The values a study statement hands to a verb: a small typed tree with source positions.

The study language's parser builds these; plugins read them. They are plain data, so a plugin
never needs the parser (the arrows go havoc_cli -> dsl -> plugins).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# names the study language keeps for its constants and words: ``let`` cannot bind them
RESERVED_NAMES = frozenset({"pi", "e", "E", "I", "oo", "inf", "true", "false", "let", "by"})


@dataclass(frozen=True, slots=True)
class Pos:
    """Where a node starts and ends in the study file (1-based lines and columns)."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Node:
    """Base of every value node."""

    pos: Pos


@dataclass(frozen=True, slots=True)
class Number(Node):
    """A numeric literal, kept exactly as written (``text``) so no digit is lost before arithmetic."""

    text: str

    @property
    def decimal(self) -> Decimal:
        return Decimal(self.text)

    @property
    def value(self) -> int | float:
        """The literal as an int when it is written as one, else a float."""
        if self.text.lstrip("+-").isdigit():
            return int(self.text)
        return float(self.text)


@dataclass(frozen=True, slots=True)
class String(Node):
    value: str


@dataclass(frozen=True, slots=True)
class Boolean(Node):
    value: bool


@dataclass(frozen=True, slots=True)
class Name(Node):
    id: str


@dataclass(frozen=True, slots=True)
class ListValue(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Range(Node):
    """``lo .. hi``."""

    low: Node
    high: Node


@dataclass(frozen=True, slots=True)
class UnaryOp(Node):
    op: str  # "-" or "+"
    operand: Node


@dataclass(frozen=True, slots=True)
class BinOp(Node):
    op: str  # "+", "-", "*", "/", "^", ":"
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Compare(Node):
    op: str  # "==", "!=", "<", "<=", ">", ">="
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Keyword(Node):
    """``name=value``, as a statement argument or inside a call."""

    name: str
    value: Node


@dataclass(frozen=True, slots=True)
class Call(Node):
    """``func(args, name=value)``; ``func`` may be dotted (``normal.ppf``)."""

    func: str
    args: tuple[Node, ...]
    keywords: tuple[Keyword, ...]


@dataclass(frozen=True, slots=True)
class Formula(Node):
    """``lhs ~ rhs`` in Wilkinson-Rogers notation; the right side is an ordinary expression tree."""

    lhs: Node
    rhs: Node


@dataclass(frozen=True, slots=True)
class By(Node):
    """``by a, b``: the grouping clause of ``test anova response by machine``."""

    groups: tuple[Name, ...]


def describe(node: Node) -> str:
    """A short human name for a node's type, for error messages."""
    return {
        Number: "a number",
        String: "a string",
        Boolean: "a boolean",
        Name: "a name",
        ListValue: "a list",
        Range: "a range",
        Formula: "a formula",
        By: "a 'by' clause",
        Keyword: "a name=value argument",
    }.get(type(node), "an expression")
