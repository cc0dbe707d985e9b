"""Study text -> typed tree. Raises only StudySyntaxError, with line, column and a hint."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import LarkError, UnexpectedCharacters, UnexpectedInput, UnexpectedToken, VisitError

from dsl.ast import Statement, Study
from dsl.errors import StudySyntaxError
from dsl.postlex import StudyPostLex
from plugins.api.nodes import (
    BinOp,
    Boolean,
    By,
    Call,
    Compare,
    Formula,
    Keyword,
    ListValue,
    Name,
    Node,
    Number,
    Pos,
    Range,
    String,
    UnaryOp,
)

_TOKEN_WORDS = {
    "NAME": "a name",
    "CALLEE": "a function name",
    "NUMBER": "a number",
    "SIGNED_NUMBER": "a number",
    "STRING": "a string",
    "_NL": "end of line",
    "$END": "end of file",
    "LPAR": "'('",
    "RPAR": "')'",
    "LSQB": "'['",
    "RSQB": "']'",
    "COMMA": "','",
    "EQUAL": "'='",
    "TILDE": "'~'",
    "COMPARE": "a comparison",
    "PLUS": "'+'",
    "MINUS": "'-'",
    "STAR": "'*'",
    "SLASH": "'/'",
    "CARET": "'^'",
    "COLON": "':'",
    "LET": "'let'",
    "BY": "'by'",
    "TRUE": "'true'",
    "FALSE": "'false'",
    "__ANON_0": "'..'",
}
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}
MAX_DEPTH = 200


@lru_cache(maxsize=1)
def _lark() -> Lark:
    grammar = resources.files("dsl").joinpath("study.lark").read_text(encoding="utf-8")
    return Lark(
        grammar,
        parser="lalr",
        lexer="basic",
        postlex=StudyPostLex(),
        propagate_positions=True,
        maybe_placeholders=False,
    )


def parse(text: str, path: Path | None = None) -> Study:
    """Parse study text into a Study. Raises StudySyntaxError and nothing else."""
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise StudySyntaxError("the file contains a NUL byte", line, 1, hint="is this a text file?")
    _check_nesting(text)
    try:
        tree = _lark().parse(text if text.endswith("\n") else text + "\n")
        statements = _ToAst().transform(tree)
    except UnexpectedInput as exc:
        raise _syntax_error(exc, text) from None
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, StudySyntaxError):
            raise inner from None
        raise StudySyntaxError(f"cannot read this statement ({inner})", 1, 1) from None
    except (LarkError, RecursionError) as exc:
        raise StudySyntaxError(f"cannot parse the study ({type(exc).__name__})", 1, 1) from None
    return Study(statements, text, path)


def parse_file(path: Path) -> Study:
    """Read and parse a .doe file (UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise StudySyntaxError(f"the file is not UTF-8 text ({exc.reason})", 1, 1) from None
    return parse(text, path)


def _check_nesting(text: str) -> None:
    """Refuse absurd bracket nesting before the (recursive) tree walk meets it."""
    depth = 0
    line, col = 1, 0
    for char in text:
        col += 1
        if char == "\n":
            line, col = line + 1, 0
        elif char in "([":
            depth += 1
            if depth > MAX_DEPTH:
                raise StudySyntaxError(f"brackets nested more than {MAX_DEPTH} deep", line, col)
        elif char in ")]":
            depth = max(depth - 1, 0)


def _syntax_error(exc: UnexpectedInput, text: str) -> StudySyntaxError:
    line = getattr(exc, "line", None) or 0
    column = getattr(exc, "column", None) or 0
    if line <= 0:  # end of input
        lines = text.splitlines() or [""]
        line, column = len(lines), len(lines[-1]) + 1
    if isinstance(exc, UnexpectedCharacters):
        char = text[exc.pos_in_stream] if exc.pos_in_stream < len(text) else "?"
        hint = "strings go in double quotes" if char in "`" else None
        if char == "=":
            hint = "use '==' for an equation, name=value for an argument"
        return StudySyntaxError(f"unexpected character {char!r}", line, column, hint)
    if isinstance(exc, UnexpectedToken):
        token = exc.token
        unclosed = _unclosed_bracket(text, getattr(token, "start_pos", None) or len(text))
        if unclosed is not None and (unclosed[0] < line or token.type == "$END"):
            bracket_line, bracket_column, char = unclosed
            return StudySyntaxError(
                f"'{char}' is not closed", bracket_line, bracket_column, "close it before the statement ends"
            )
        found = _TOKEN_WORDS.get(token.type, repr(str(token)))
        if token.type in ("NAME", "NUMBER", "STRING", "CALLEE"):
            found = f"{_TOKEN_WORDS[token.type]} {str(token)!r}"
        expected = _expected_words(exc.expected)
        hint = _hint_for(token, expected)
        wanted = ", ".join(expected[:6]) + (" ..." if len(expected) > 6 else "")
        return StudySyntaxError(f"unexpected {found}; expected {wanted}", line, column, hint)
    return StudySyntaxError("cannot parse this line", line, column)


_VALUE_STARTS = {"NUMBER", "SIGNED_NUMBER", "STRING", "NAME", "CALLEE", "LPAR", "LSQB", "TRUE", "FALSE"}


def _expected_words(expected: set[str]) -> list[str]:
    """Terminal names as words, with the many ways a value can start said once as 'a value'."""
    words = set()
    if expected & _VALUE_STARTS:
        words.add("a value")
        expected = expected - _VALUE_STARTS - {"MINUS", "PLUS"}
    words |= {_TOKEN_WORDS.get(t, t) for t in expected if not t.startswith("__")}
    return sorted(words)


def _unclosed_bracket(text: str, upto: int) -> tuple[int, int, str] | None:
    """The innermost bracket still open at offset ``upto`` (line, column, char), skipping strings and comments."""
    stack: list[tuple[int, int, str]] = []
    line, column, i = 1, 0, 0
    quote: str | None = None
    while i < min(upto, len(text)):
        char = text[i]
        column += 1
        if char == "\n":
            line, column, quote = line + 1, 0, None
        elif quote:
            if char == "\\":
                i += 1
                column += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            while i + 1 < len(text) and text[i + 1] != "\n":
                i += 1
        elif char in "([":
            stack.append((line, column, char))
        elif char in ")]" and stack:
            stack.pop()
        i += 1
    return stack[-1] if stack else None


def _hint_for(token: Token, expected: list[str]) -> str | None:
    if token.type == "_NL" and "')'" in expected:
        return "a '(' is not closed"
    if token.type == "_NL" and "']'" in expected:
        return "a '[' is not closed"
    if token.type in ("RPAR", "RSQB"):
        return "this closing bracket has no opening one"
    if token.type == "EQUAL" or str(token) == "=":
        return "use '==' for an equation; name=value needs a plain name before '='"
    return None


def _pos(meta_or_token: object) -> Pos:
    m = meta_or_token
    return Pos(m.line, m.column, m.end_line, m.end_column)  # type: ignore[attr-defined]


def _unescape(body: str) -> str:
    out, i = [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


@v_args(meta=True)
class _ToAst(Transformer):
    """Lark tree -> Statement and value nodes."""

    def __init__(self) -> None:
        super().__init__()
        self._signed: set[int] = set()

    def start(self, meta, children):
        return [c for c in children if isinstance(c, Statement)]

    def let_stmt(self, meta, children):
        let_token, name_token, value = children
        target = Name(_pos(name_token), str(name_token))
        return Statement("let", _pos(let_token), (target, value), _pos(meta))

    def command(self, meta, children):
        verb, *arguments = children
        return Statement(str(verb), _pos(verb), tuple(_as_node(a) for a in arguments), _pos(meta))

    def keyword(self, meta, children):
        name, value = children
        return Keyword(_pos(meta), str(name), _as_node(value))

    def by_clause(self, meta, children):
        names = tuple(Name(_pos(t), str(t)) for t in children[1:])
        return By(_pos(meta), names)

    def formula(self, meta, children):
        lhs, rhs = children
        return Formula(_pos(meta), _as_node(lhs), _as_node(rhs))

    def compare(self, meta, children):
        left, op, right = children
        return Compare(_pos(meta), str(op), _as_node(left), _as_node(right))

    def range(self, meta, children):
        low, high = children
        return Range(_pos(meta), _as_node(low), _as_node(high))

    def binop(self, meta, children):
        left, op, right = children
        left, right = _as_node(left), _as_node(right)
        symbol = "^" if op.type == "CARET" else str(op)
        if symbol == "^" and id(left) in self._signed:
            # `-5^2` is -(5^2), as in mathematics, even where "-5" was read as one argument.
            assert isinstance(left, UnaryOp)
            return UnaryOp(_pos(meta), "-", BinOp(_pos(meta), "^", left.operand, right))
        return BinOp(_pos(meta), symbol, left, right)

    def unary(self, meta, children):
        op, operand = children
        return UnaryOp(_pos(meta), str(op), _as_node(operand))

    def number(self, meta, children):
        (token,) = children
        return Number(_pos(token), str(token))

    def signed_number(self, meta, children):
        (token,) = children
        pos = _pos(token)
        node = UnaryOp(pos, "-", Number(Pos(pos.line, pos.column + 1, pos.end_line, pos.end_column), token[1:]))
        self._signed.add(id(node))
        return node

    def string(self, meta, children):
        (token,) = children
        return String(_pos(token), _unescape(str(token)[1:-1]))

    def true(self, meta, children):
        return Boolean(_pos(children[0]), True)

    def false(self, meta, children):
        return Boolean(_pos(children[0]), False)

    def name(self, meta, children):
        (token,) = children
        return Name(_pos(token), str(token))

    def group(self, meta, children):
        return _as_node(children[1])

    def list(self, meta, children):
        items = next((c for c in children if isinstance(c, tuple)), ())
        return ListValue(_pos(meta), items)

    def list_items(self, meta, children):
        return tuple(_as_node(c) for c in children if not isinstance(c, Token))

    def call(self, meta, children):
        callee = children[0]
        parts = next((c for c in children if isinstance(c, tuple)), ())
        args = tuple(p for p in parts if not isinstance(p, Keyword))
        keywords = tuple(p for p in parts if isinstance(p, Keyword))
        return Call(_pos(meta), str(callee), args, keywords)

    def call_args(self, meta, children):
        return tuple(_as_node(c) for c in children if not isinstance(c, Token))


def _as_node(value: object) -> Node:
    if isinstance(value, Node):
        return value
    raise StudySyntaxError(f"unexpected {value!r}", 1, 1)
