"""The roots of a solve substituted into the polynomial equation AS THE QUESTION WRITES IT.

The planner's equation comes from its own readers; a reader that drops a term ("`x^3 - 6x^2 + 11x - 6 = 0`" read
as "-6x^2 + 11x - 6 = 0") leaves the engine's roots satisfying the misread equation, which the tool's audit
(substituting into the plan's equation) cannot see. This check re-reads the question on its own: each "lhs = rhs"
it writes, cut at the first word that is no mathematics on either side, kept when it is a polynomial in the solve's
variable alone; every root must satisfy it.
"""

from __future__ import annotations

import re
from typing import Any

from plugins.api.prose import FUNCTIONS, math_expression
from plugins.api.reasoning import Check, Plan

_DELIMITERS = re.compile(r"[`$]")  # markdown code ticks and TeX dollars: delimiters, never part of a formula
_SIDE_CHARS = r"[\w.^*/+\-() \t]"
_EQUATION = re.compile(rf"({_SIDE_CHARS}+)(?<![<>!=])==?(?!=)({_SIDE_CHARS}+)")
_MATH_WORDS = FUNCTIONS | {"pi", "e"}
_TOLERANCE = 1e-6


def _is_math_token(token: str) -> bool:
    """A whitespace token of mathematics: numbers, operators, one-letter names and functions ("6x^2", "sin(x)")."""
    words = re.findall(r"[A-Za-z]+", token)
    return bool(token) and "_" not in token and all(len(w) == 1 or w.lower() in _MATH_WORDS for w in words)


def _math_end(tokens: list[str]) -> list[str]:
    """The longest run of mathematical tokens at the end of ``tokens``."""
    kept: list[str] = []
    for token in reversed(tokens):
        if not _is_math_token(token):
            break
        kept.insert(0, token)
    return kept


def _side(text: str, left: bool) -> str:
    """One side of an equation: the mathematics next to its "=" (a sentence's period ends the right side)."""
    if not left:
        text = re.split(r"\.(?!\d)", text, maxsplit=1)[0]
        tokens = text.split()
        return " ".join(list(reversed(_math_end(list(reversed(tokens))))))
    tokens = text.split()
    kept = _math_end(tokens)
    if kept and len(kept) < len(tokens) and tokens[-len(kept) - 1].lower() == "of":
        return ""  # the argument of a function said in words: "log base 2 of (x - 2) = 3" is no "(x - 2) = 3"
    return " ".join(kept)


def written_polynomials(question: str, var: str) -> list[Any]:
    """Each equation the question writes that is a polynomial (degree >= 1) in ``var`` alone, as the sympy
    polynomial lhs - rhs; equations in other names, or not read, are left out."""
    import sympy as sp

    from havoc_cli.reason.symbols import to_sympy

    text = _DELIMITERS.sub(" ", question).replace("−", "-").replace("·", "*").replace("×", "*")
    found: list[Any] = []
    for m in _EQUATION.finditer(text):
        lhs, rhs = _side(m.group(1), True), _side(m.group(2), False)
        if not lhs or not rhs:
            continue
        try:
            expr = sp.expand(to_sympy(math_expression(lhs)) - to_sympy(math_expression(rhs)))
        except Exception:  # a side the grammar cannot read (ExtractError, a parse error) is no equation to check
            continue
        free = list(expr.free_symbols)
        if [str(s) for s in free] != [var] or not expr.is_polynomial(free[0]):
            continue
        poly = sp.Poly(expr, free[0])
        if poly.degree() >= 1 and poly not in found:
            found.append(poly)
    return found


def _satisfies(poly: Any, root: complex) -> bool:
    """Whether ``root`` is a root of ``poly``, relative to the size of its terms there (a rounded root passes)."""
    terms = [complex(c) * root**k for (k,), c in poly.terms()]
    return abs(sum(terms)) <= _TOLERANCE * max(1.0, sum(abs(t) for t in terms))


def stated_roots_check(question: str, plan: Plan, result: dict[str, Any], read: Any) -> Check | None:
    """Failed when a solve's roots do not satisfy the one polynomial equation the question writes in its variable;
    None for another plan, a question that writes no such equation (or several), or an answer without roots."""
    facts = plan.facts
    if plan.mode != "algebra" or facts.get("op") != "solve" or "diff(" in str(facts.get("expr", "")):
        return None
    roots = result.get("result")
    if not isinstance(roots, list) or not roots or result.get("families"):
        return None
    var = str(facts.get("var", "x"))
    polynomials = written_polynomials(question, var)
    if len(polynomials) != 1:
        return None
    poly = polynomials[0]
    bad = [str(root) for root in roots if not _satisfies(poly, complex(read(str(root)).evalf(30)))]
    detail = f"{len(roots)} roots substituted into {poly.as_expr()} = 0" + (f"; not roots: {bad}" if bad else "")
    return Check("the roots satisfy the equation as the question writes it", not bad, detail)
