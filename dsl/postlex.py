"""Token-stream rules the grammar cannot say: bracket continuation lines and negative arguments."""

from __future__ import annotations

from collections.abc import Iterator

from lark import Token

_OPEN = {"LPAR", "LSQB"}
_CLOSE = {"RPAR", "RSQB"}
_ENDS_VALUE = {"NUMBER", "SIGNED_NUMBER", "STRING", "NAME", "TRUE", "FALSE", "RPAR", "RSQB"}


class StudyPostLex:
    """Drops newlines inside ( ) and [ ], and turns `-` + number into one negative number token.

    A minus becomes part of a number only at bracket depth 0, in a command (not a ``let``), with a
    space before it, none after it, and a value before it: so ``factor temp -10 .. 30`` has the
    arguments ``temp`` and ``-10 .. 30`` while ``x - 1``, ``x-1`` and ``(x -1)`` stay subtractions.
    """

    always_accept = ("_NL",)

    def process(self, stream: Iterator[Token]) -> Iterator[Token]:
        depth = 0
        in_let = False
        prev: Token | None = None
        pending: Token | None = None
        for token in stream:
            if pending is not None:
                minus, pending = pending, None
                if token.type == "NUMBER" and token.start_pos == minus.end_pos:
                    merged = Token.new_borrow_pos("SIGNED_NUMBER", "-" + token.value, minus)
                    merged.end_pos, merged.end_line, merged.end_column = token.end_pos, token.end_line, token.end_column
                    prev = merged
                    yield merged
                    continue
                prev = minus
                yield minus
            if token.type == "_NL":
                if depth > 0:
                    continue
                in_let = False
                prev = None
                yield token
                continue
            if token.type in _OPEN:
                depth += 1
            elif token.type in _CLOSE:
                depth = max(depth - 1, 0)
            elif token.type == "LET" and prev is None:
                in_let = True
            if (
                token.type == "MINUS"
                and depth == 0
                and not in_let
                and prev is not None
                and prev.type in _ENDS_VALUE
                and token.start_pos > prev.end_pos
            ):
                pending = token
                continue
            prev = token
            yield token
        if pending is not None:
            yield pending
