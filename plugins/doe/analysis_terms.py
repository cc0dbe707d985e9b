"""Model terms for DOE fits: parse ``model="main + 2fi"`` and build model-matrix columns.

A term is a sorted tuple of factor indices, repeats meaning powers: ``(0,)`` is A, ``(0, 1)`` is
A:B, ``(0, 0)`` is A^2. Columns are products of the coded factor columns.
"""

from __future__ import annotations

import difflib
import re
from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from plugins.api.errors import StudyError

if TYPE_CHECKING:
    from plugins.api.nodes import Node
    from plugins.doe.model import Factor

Term = tuple[int, ...]

KEYWORDS = ("main", "linear", "2fi", "3fi", "squares", "quadratic", "full")
_TOKEN = re.compile(r"\s*([+-])?\s*([^+\-]+)")


def term_label(term: Term, names: list[str]) -> str:
    """``(0, 1)`` -> ``"A:B"``, ``(0, 0)`` -> ``"A^2"``."""
    parts = []
    for index in sorted(set(term)):
        power = term.count(index)
        parts.append(names[index] if power == 1 else f"{names[index]}^{power}")
    return ":".join(parts)


def order_key(term: Term) -> tuple[int, int, Term]:
    """Hierarchical order: mains, then interactions, then powers, each by factor order."""
    return (len(term), int(len(set(term)) < len(term)), term)


def _interactions(k: int, order: int) -> list[Term]:
    return [tuple(c) for c in combinations(range(k), order)]


def _keyword_terms(word: str, factors: list[Factor]) -> list[Term] | None:
    k = len(factors)
    continuous = [i for i, f in enumerate(factors) if not f.categorical]
    squares = [(i, i) for i in continuous]
    table = {
        "main": _interactions(k, 1),
        "linear": _interactions(k, 1),
        "2fi": _interactions(k, 2),
        "3fi": _interactions(k, 3),
        "squares": squares,
        "quadratic": _interactions(k, 1) + _interactions(k, 2) + squares,
        "full": [t for order in range(1, k + 1) for t in _interactions(k, order)],
    }
    return table.get(word)


def _factor_index(name: str, factors: list[Factor], node: Node | None) -> int:
    names = [f.name for f in factors]
    if name in names:
        return names.index(name)
    near = difflib.get_close_matches(name, names + list(KEYWORDS), n=1)
    raise StudyError(
        f"unknown model term '{name}': it is neither a factor nor a model keyword",
        node,
        hint=f"did you mean '{near[0]}'?" if near else f"factors: {', '.join(names)}; keywords: {', '.join(KEYWORDS)}",
    )


def _product_terms(text: str, factors: list[Factor], node: Node | None) -> list[Term]:
    """``A:B`` (one term), ``A*B`` (A + B + A:B), ``A^2`` (a power)."""
    crossed = [p.strip() for p in text.split("*")]
    groups: list[Term] = []
    for part in crossed:
        term: list[int] = []
        for piece in part.split(":"):
            piece = piece.strip()
            base, _, power = piece.partition("^")
            base = base.strip()
            if not base:
                raise StudyError(f"empty model term in '{text}'", node, hint='write terms like "A + B + A:B + A^2"')
            exponent = 1
            if power:
                if not power.strip().isdigit() or int(power) < 1:
                    raise StudyError(f"bad power in model term '{piece}'", node, hint="powers are whole numbers: A^2")
                exponent = int(power)
            term.extend([_factor_index(base, factors, node)] * exponent)
        groups.append(tuple(sorted(term)))
    if len(groups) == 1:
        return groups
    out = []
    for size in range(1, len(groups) + 1):
        for combo in combinations(groups, size):
            out.append(tuple(sorted(i for g in combo for i in g)))
    return out


def parse_model(text: str, factors: list[Factor], node: Node | None = None) -> list[Term]:
    """Terms of a model string such as ``"main + 2fi"``, ``"quadratic - A:B"`` or ``"A + B + A:B"``."""
    if not text.strip():
        raise StudyError("the model is empty", node, hint='e.g. model="main + 2fi" or model="quadratic"')
    terms: list[Term] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if match.start() != position:
            break
        position = match.end()
        sign, body = match.group(1) or "+", match.group(2).strip()
        if not body:
            continue
        found = _keyword_terms(body.lower(), factors)
        new = found if found is not None else _product_terms(body, factors, node)
        if sign == "+":
            terms.extend(t for t in new if t not in terms)
        else:
            terms = [t for t in terms if t not in new]
    if position != len(text.rstrip()) and text.strip():
        raise StudyError(f"cannot read the model '{text}'", node, hint='write terms like "A + B + A:B + A^2"')
    if not terms:
        raise StudyError(f"the model '{text}' has no terms left", node)
    return sorted(terms, key=order_key)


def term_columns(coded: np.ndarray, terms: list[Term]) -> np.ndarray:
    """The model columns (no intercept) for rows of coded factor settings."""
    coded = np.atleast_2d(np.asarray(coded, dtype=float))
    out = np.ones((coded.shape[0], len(terms)))
    for j, term in enumerate(terms):
        for index in term:
            out[:, j] *= coded[:, index]
    return out


def is_quadratic(terms: list[Term], factors: list[Factor]) -> bool:
    """Whether ``terms`` hold every main effect, 2FI and square of the continuous factors."""
    full = _keyword_terms("quadratic", factors) or []
    return all(t in terms for t in full)


def natural_coefficients(
    terms: list[Term], coef: np.ndarray, intercept: float, factors: list[Factor]
) -> dict[str, float]:
    """Re-express a coded polynomial in natural units (categorical factors stay as their +-1 code).

    Coded x = (X - center) / half_range, so every term expands into monomials of the natural X.
    """
    k = len(factors)
    scale = [(1.0, 0.0) if f.categorical else (1 / f.half_range, -f.center / f.half_range) for f in factors]
    poly: dict[tuple[int, ...], float] = {(0,) * k: float(intercept)}
    for term, c in zip(terms, coef, strict=True):
        expansion: dict[tuple[int, ...], float] = {(0,) * k: float(c)}
        for index in term:
            a, b = scale[index]
            grown: dict[tuple[int, ...], float] = {}
            for powers, value in expansion.items():
                raised = list(powers)
                raised[index] += 1
                grown[tuple(raised)] = grown.get(tuple(raised), 0.0) + value * a
                grown[powers] = grown.get(powers, 0.0) + value * b
            expansion = grown
        for powers, value in expansion.items():
            poly[powers] = poly.get(powers, 0.0) + value
    names = [f.name for f in factors]
    ordered = sorted(poly, key=lambda p: order_key(tuple(i for i, e in enumerate(p) for _ in range(e))))
    return {
        ("intercept" if not any(p) else term_label(tuple(i for i, e in enumerate(p) for _ in range(e)), names)): poly[p]
        for p in ordered
    }
