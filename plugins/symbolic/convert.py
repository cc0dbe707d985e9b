"""Value-node tree -> sympy objects, by walking the tree (no text ever reaches eval or sympify).

Names resolve to ``let`` bindings (converted recursively), then to constants, else to real symbols.
Calls resolve to the whitelisted elementary functions, the operations (diff, integrate, ...), or the
numeric functions that plugins register (``normal.ppf``); anything else is an unknown function.
"""

from __future__ import annotations

import difflib
import keyword
import math
from decimal import Decimal, InvalidOperation
from typing import Any

import sympy as sp

from plugins.api import (
    BinOp,
    Boolean,
    Call,
    Compare,
    Context,
    Keyword,
    ListValue,
    Name,
    Node,
    Number,
    Range,
    String,
    StudyError,
    UnaryOp,
)
from plugins.api.nodes import describe
from plugins.symbolic.functions import CONSTANTS, FUNCTIONS
from plugins.symbolic.operations import OPERATIONS
from plugins.symbolic.render import real_value

MAX_EXPONENT = 10_000  # decimal exponent beyond which a literal is not held exactly
MAX_EXACT_BITS = 1_000_000  # an exact power bigger than this stays unevaluated (its value is still numeric)
MAX_EXACT_ARGUMENT = 100_000  # factorial, binomial, gamma of bigger integers stay unevaluated

_RELATIONS = {"==": sp.Eq, "!=": sp.Ne, "<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge}
_MATH_ERRORS = (TypeError, ValueError, AttributeError, ArithmeticError, sp.SympifyError, sp.ShapeError)


class Converter:
    """Turns value nodes of one statement into sympy objects.

    Symbols are created ``real=True`` (see docs/symbolic.md): derivatives of ``abs``, square roots of
    squares and inequalities then behave as an engineer expects, and ``solve`` gives real roots unless
    asked for ``domain="complex"``.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._expanding: list[str] = []

    # ---- the walk ----------------------------------------------------------------------------
    def convert(self, node: Node) -> Any:
        """A sympy object (or a list of them) for ``node``."""
        if isinstance(node, Number):
            return _exact(node)
        if isinstance(node, Name):
            return self._name(node)
        if isinstance(node, UnaryOp):
            operand = self.convert(node.operand)
            return self._apply(node, lambda: -operand if node.op == "-" else operand)
        if isinstance(node, BinOp):
            return self._binop(node)
        if isinstance(node, Compare):
            left, right = self.expr(node.left), self.expr(node.right)
            # an equation in variables stays one, even where real variables already decide it
            settle = not (left.free_symbols or right.free_symbols)
            return self._apply(node, lambda: _RELATIONS[node.op](left, right, evaluate=settle))
        if isinstance(node, Call):
            return self._call(node)
        if isinstance(node, ListValue):
            return self._list(node)
        if isinstance(node, Range):
            low, high = self.expr(node.low), self.expr(node.high)
            return self._apply(node, lambda: sp.Interval(low, high))
        if isinstance(node, (String, Boolean)):
            raise StudyError(
                f"{describe(node)} cannot be used in mathematics",
                node,
                hint='strings and true/false only go in name=value options such as dir="+"',
            )
        raise StudyError(f"{describe(node)} cannot be used in mathematics", node)

    # ---- typed views, for operations ---------------------------------------------------------
    def expr(self, node: Node) -> sp.Basic:
        """A scalar expression (or relation); lists and matrices are refused."""
        value = self.convert(node)
        if isinstance(value, (list, sp.MatrixBase)) or not isinstance(value, sp.Basic):
            raise StudyError(f"expected a single expression here, found {_what(value)}", node)
        return value

    def symbol(self, node: Node) -> sp.Symbol:
        """A variable name, such as the ``x`` of ``diff(f, x)``."""
        value = self.convert(node)
        if not isinstance(value, sp.Symbol):
            raise StudyError(
                f"expected a variable name here, found {_what(value)}",
                node,
                hint="a variable is a plain name that no 'let' binds, e.g. x",
            )
        return value

    def symbols(self, node: Node) -> list[sp.Symbol]:
        """One variable, or a list of them: ``x`` or ``[x, y]``."""
        if isinstance(node, ListValue):
            return [self.symbol(item) for item in node.items]
        return [self.symbol(node)]

    def integer(self, node: Node, minimum: int = 0) -> int:
        """A whole number (an expression that evaluates to one is fine)."""
        value = self.expr(node)
        if not (value.is_Integer and int(value) >= minimum):
            raise StudyError(f"expected a whole number of at least {minimum}, found {value}", node)
        return int(value)

    def real(self, node: Node) -> float:
        """A real number, evaluated numerically."""
        value = self.expr(node)
        number = real_value(value)
        if number is None:
            raise StudyError(f"expected a real number, found {value}", node)
        return number

    def matrix(self, node: Node) -> sp.MatrixBase:
        """A matrix from a nested list ``[[1, 2], [3, 4]]``; a flat list is a column vector."""
        value = self.convert(node)
        if isinstance(value, list):
            value = self._apply(node, lambda: sp.Matrix(value))
        if not isinstance(value, sp.MatrixBase):
            raise StudyError(
                f"expected a matrix, found {_what(value)}", node, hint="write a matrix as rows: [[1, 2], [3, 4]]"
            )
        return value

    def keyword(self, call: Call, name: str) -> Keyword | None:
        """The ``name=value`` of a call, or None."""
        return next((kw for kw in call.keywords if kw.name == name), None)

    # ---- pieces ------------------------------------------------------------------------------
    def _name(self, node: Name) -> Any:
        name = node.id
        if name in CONSTANTS:
            return CONSTANTS[name]
        if name in self.ctx.variables:
            if name in self._expanding:
                chain = " -> ".join([*self._expanding[self._expanding.index(name) :], name])
                raise StudyError(f"'{name}' is defined in terms of itself ({chain})", node)
            self._expanding.append(name)
            try:
                return self.convert(self.ctx.variables[name])
            finally:
                self._expanding.pop()
        if name.startswith("_") or keyword.iskeyword(name) or keyword.issoftkeyword(name):
            raise StudyError(
                f"'{name}' cannot be a variable name",
                node,
                hint="use a name that starts with a letter and is not a Python keyword",
            )
        if name in FUNCTIONS or name in OPERATIONS:
            raise StudyError(f"'{name}' is a function", node, hint=f"call it with arguments: {name}(x)")
        return sp.Symbol(name, real=True)

    def _list(self, node: ListValue) -> Any:
        items = [self.convert(item) for item in node.items]
        rows = [item for item in items if isinstance(item, list)]
        if items and len(rows) == len(items):  # a list of lists is a matrix
            if len({len(row) for row in rows}) != 1 or not rows[0]:
                raise StudyError("the rows of a matrix must all have the same length", node)
            return self._apply(node, lambda: sp.Matrix(rows))
        return items

    def _binop(self, node: BinOp) -> Any:
        if node.op == ":":
            raise StudyError("':' (an interaction) belongs in model formulas, not in mathematics", node)
        left, right = self.convert(node.left), self.convert(node.right)
        if node.op == "+":
            return self._apply(node, lambda: left + right)
        if node.op == "-":
            return self._apply(node, lambda: left - right)
        if node.op == "*":
            return self._apply(node, lambda: left * right)
        if node.op == "/":
            return self._apply(node, lambda: left / right)
        return self._apply(node, lambda: power(left, right))

    def _call(self, call: Call) -> Any:
        name = call.func
        if name in OPERATIONS:
            return OPERATIONS[name](self, call)
        if name in FUNCTIONS:
            return self._elementary(call)
        if "." in name or name in self.ctx.registry.functions:
            return self._numeric(call)
        known = [*FUNCTIONS, *OPERATIONS, *self.ctx.registry.functions]
        near = difflib.get_close_matches(name, known, n=1)
        raise StudyError(
            f"unknown function '{name}'",
            call,
            hint=f"did you mean '{near[0]}'?" if near else "see docs/symbolic.md for the functions available",
        )

    def _elementary(self, call: Call) -> Any:
        spec = FUNCTIONS[call.func]
        if call.keywords:
            raise StudyError(f"'{call.func}' takes no name=value arguments", call.keywords[0])
        count = len(call.args)
        if count < spec.min_args or (spec.max_args is not None and count > spec.max_args):
            raise StudyError(f"'{call.func}' takes {spec.arity()}, found {count}", call)
        args = [self.convert(arg) for arg in call.args]
        if spec.grows_fast and any(_big_number(a) for a in args):
            return self._apply(call, lambda: spec.apply(*args, evaluate=False))
        return self._apply(call, lambda: spec.apply(*args))

    def _numeric(self, call: Call) -> sp.Float:
        function = self.ctx.registry.functions.get(call.func)
        if function is None:
            known = list(self.ctx.registry.functions)
            near = difflib.get_close_matches(call.func, known, n=1)
            raise StudyError(
                f"unknown function '{call.func}'",
                call,
                hint=f"did you mean '{near[0]}'?"
                if near
                else "numeric functions come from plugins: run 'havoc plugins' to list them",
            )
        args = [self.real(arg) for arg in call.args]
        options = {kw.name: self._option(kw.value) for kw in call.keywords}
        try:
            result = float(function.load()(*args, **options))
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise StudyError(f"'{call.func}' cannot be evaluated here: {exc}", call) from None
        if math.isnan(result):
            raise StudyError(f"'{call.func}' is undefined for these arguments", call)
        return sp.Float(result)

    def _option(self, node: Node) -> Any:
        if isinstance(node, String):
            return node.value
        if isinstance(node, Boolean):
            return node.value
        return self.real(node)

    def _apply(self, node: Node, compute: Any) -> Any:
        try:
            return compute()
        except _MATH_ERRORS as exc:
            raise StudyError(f"cannot compute this: {exc}", node) from None


def power(base: Any, exponent: Any) -> Any:
    """``base ^ exponent``; an exact power of numbers too large to hold is left unevaluated."""
    if isinstance(base, sp.Basic) and isinstance(exponent, sp.Basic) and _too_big(base, exponent):
        return sp.Pow(base, exponent, evaluate=False)
    return base**exponent


def _too_big(base: sp.Basic, exponent: sp.Basic) -> bool:
    if not base.is_Rational or base in (0, 1, -1):
        return False
    if exponent.is_Pow and exponent.is_number and not exponent.is_Rational:
        return True  # a power tower already left unevaluated
    if not exponent.is_Rational:
        return False
    size = max(abs(base.p), abs(base.q)).bit_length()
    return abs(exponent) * size > MAX_EXACT_BITS


def _big_number(value: Any) -> bool:
    return isinstance(value, sp.Basic) and value.is_Rational and abs(value) > MAX_EXACT_ARGUMENT


def _exact(node: Number) -> sp.Rational:
    """The literal as an exact rational: ``0.1`` is 1/10, ``2.5e-3`` is 1/400."""
    try:
        exponent = Decimal(node.text).adjusted()
    except InvalidOperation:
        raise StudyError(f"'{node.text}' is not a number", node) from None
    if abs(exponent) > MAX_EXPONENT:
        raise StudyError(
            f"{node.text} is too large or too small to hold exactly",
            node,
            hint=f"use numbers with decimal exponents within +-{MAX_EXPONENT}",
        )
    return sp.Rational(node.text)


def _what(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, sp.MatrixBase):
        return "a matrix"
    if isinstance(value, sp.Set):
        return "a set"
    return f"'{value}'"
