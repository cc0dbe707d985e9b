"""Model terms from a formula tree, in Wilkinson-Rogers notation with the engineer's powers.

``a + b`` adds terms, ``a:b`` is their product, ``a*b`` is ``a + b + a:b``, ``x^2`` is the square
of x (and ``(a + b)^2`` the polynomial square: a^2, a:b, b^2), ``quadratic(a, b)`` is the full
second-order model, ``- 1`` or ``+ 0`` drops the intercept, ``- term`` drops a term.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.api import BinOp, Call, Formula, Name, Node, Number, StudyError, UnaryOp

Monomial = tuple[tuple[str, int], ...]  # sorted (variable, power) pairs; () is the intercept


@dataclass
class Model:
    """The response, the terms in the order written, whether an intercept is fitted, the name nodes."""

    response: Name
    terms: list[Monomial]
    intercept: bool
    variables: dict[str, Name]


def term_name(term: Monomial) -> str:
    """``x``, ``x^2``, ``a:b``, ``a^2:b``; the intercept is ``intercept``."""
    if not term:
        return "intercept"
    return ":".join(v if p == 1 else f"{v}^{p}" for v, p in term)


def _multiply(a: Monomial, b: Monomial) -> Monomial:
    powers = dict(a)
    for var, p in b:
        powers[var] = powers.get(var, 0) + p
    return tuple(sorted(powers.items()))


def _unique(terms: list[Monomial]) -> list[Monomial]:
    return list(dict.fromkeys(terms))


def _products(left: list[Monomial], right: list[Monomial]) -> list[Monomial]:
    return _unique([_multiply(a, b) for a in left for b in right])


def _power(node: BinOp, variables: dict[str, Name]) -> list[Monomial]:
    exponent = node.right
    if not (isinstance(exponent, Number) and exponent.text.isdigit() and int(exponent.text) >= 1):
        raise StudyError("a power in a formula must be a whole number of at least 1", exponent, hint="e.g. x^2")
    base = _product_terms(node.left, variables)
    result = base
    for _ in range(int(exponent.text) - 1):
        result = _products(result, base)
    return result


def _quadratic(node: Call, variables: dict[str, Name]) -> list[Monomial]:
    if node.keywords or not node.args or not all(isinstance(a, Name) for a in node.args):
        raise StudyError("quadratic(...) takes factor names: quadratic(a, b, c)", node)
    names = [a.id for a in node.args]  # type: ignore[attr-defined]
    for arg in node.args:
        variables.setdefault(arg.id, arg)  # type: ignore[attr-defined]
    linear = [((n, 1),) for n in names]
    pairs = [_multiply(((a, 1),), ((b, 1),)) for i, a in enumerate(names) for b in names[i + 1 :]]
    squares = [((n, 2),) for n in names]
    return _unique(linear + pairs + squares)


def _product_terms(node: Node, variables: dict[str, Name]) -> list[Monomial]:
    """The terms of a product-level expression (no intercept markers here)."""
    if isinstance(node, Name):
        variables.setdefault(node.id, node)
        return [((node.id, 1),)]
    if isinstance(node, BinOp):
        if node.op == "^":
            return _power(node, variables)
        left = _product_terms(node.left, variables)
        right = _product_terms(node.right, variables)
        if node.op == ":":
            return _products(left, right)
        if node.op == "*":
            return _unique(left + right + _products(left, right))
        if node.op == "+":
            return _unique(left + right)
    if isinstance(node, Call) and node.func == "quadratic":
        return _quadratic(node, variables)
    raise StudyError(
        "not a model term",
        node,
        hint="terms are column names combined with + : * ^, quadratic(a, b), and -1 to drop the intercept",
    )


def _collect(node: Node, sign: int, out: list[tuple[int, Monomial]], variables: dict[str, Name]) -> None:
    """Flatten the top-level sum into signed terms; 1 and 0 set the intercept."""
    if isinstance(node, BinOp) and node.op in "+-":
        _collect(node.left, sign, out, variables)
        _collect(node.right, sign if node.op == "+" else -sign, out, variables)
    elif isinstance(node, UnaryOp):
        _collect(node.operand, sign if node.op == "+" else -sign, out, variables)
    elif isinstance(node, Number):
        if node.text not in ("0", "1"):
            raise StudyError(f"a number in a formula must be 0 or 1 (the intercept), found {node.text}", node)
        out.append((sign if node.text == "1" else -sign, ()))
    else:
        out.extend((sign, term) for term in _product_terms(node, variables))


def expand(formula: Node) -> Model:
    """Expand ``y ~ rhs`` into its model; raises StudyError at any part that is not a term."""
    if not isinstance(formula, Formula):
        raise StudyError("expected a formula: y ~ x + x^2", formula)
    if not isinstance(formula.lhs, Name):
        raise StudyError("the left side of a formula must be one column name", formula.lhs)
    variables: dict[str, Name] = {}
    signed: list[tuple[int, Monomial]] = []
    _collect(formula.rhs, 1, signed, variables)
    intercept, terms = True, []
    for sign, term in signed:
        if not term:
            intercept = sign > 0
        elif sign > 0 and term not in terms:
            terms.append(term)
        elif sign < 0 and term in terms:
            terms.remove(term)
    if not terms and not intercept:
        raise StudyError("the model has no terms left", formula.rhs)
    return Model(formula.lhs, terms, intercept, variables)
