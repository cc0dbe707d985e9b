"""The letters check: a formula's one-letter symbols are letters the question writes as names, not a word's letters.

The expression reader reads a short lower-case word as letters multiplied ("xy" -> x*y), so a unit it does not know
written after a formula ("H(t) = 12 e^(-t/20) kp") becomes symbols of it (12*e^(-t/20)*k*p), and every audit of
the formula passes. This check reads the question a second way: each one-letter symbol of a calculus or algebra
plan must be written as a name of its own ("k", "t in days"), or inside a product written as mathematics, a
word glued to a number, an operator or a bracket ("3xy", "(xy)", "x^2y", "= ab + 1"); a symbol met only among
the letters of a word standing as prose ("... kp, t in days") fails the check. A symbol the question never
spells (a planner's own unknown) is not looked for.
"""

from __future__ import annotations

import re

from plugins.api.prose import FUNCTIONS
from plugins.api.reasoning import Check, Plan

_MODES = {"calculus", "algebra"}
_QUOTED = re.compile(r'"[^"]*"')
# a one-letter name of the plan's text: not part of a longer name, a number's exponent ("1e-3") nor a call
_PLAN_LETTER = re.compile(r"(?<![\w.])([a-df-z])(?![\w(])")
# a word of two or three lower-case letters, as the expression reader splits it into letters
_CLUSTER = re.compile(r"(?<![A-Za-z])[a-z]{2,3}(?![A-Za-z])")
_OPERATORS = "+-−*/^=·×"
_GLUED_BEFORE = set(_OPERATORS) | set("()0123456789")
_GLUED_AFTER = set(_OPERATORS) | set("()0123456789²³")


def plan_letters(plan: Plan) -> set[str]:
    """The one-letter lower-case symbols of a calculus or algebra plan's text (not Euler's e); empty otherwise."""
    if plan.mode not in _MODES:
        return set()
    return set(_PLAN_LETTER.findall(_QUOTED.sub(" ", plan.text)))


def _standalone(question: str, letter: str) -> bool:
    """Whether ``question`` writes ``letter`` as a name of its own ("k", "t in days", "k₁", "f(k)")."""
    return re.search(rf"(?<![A-Za-z]){letter}(?![A-Za-z])", question) is not None


def _as_mathematics(question: str, start: int, end: int) -> bool:
    """Whether the word at ``question[start:end]`` is written as mathematics: glued to a number, an operator or a
    bracket ("3xy", "(xy)", "xy^2"), or with an operator beside it across spaces ("= ab + 1")."""
    before, after = question[:start], question[end:]
    if (before[-1:] and before[-1] in _GLUED_BEFORE) or (after[:1] and after[0] in _GLUED_AFTER):
        return True
    left, right = before.rstrip()[-1:], after.lstrip()[:1]
    return bool(left and left in _OPERATORS) or bool(right and right in _OPERATORS)


def prose_letters(question: str, plan: Plan) -> dict[str, str]:
    """Each one-letter symbol of the plan that the question writes only among the letters of a word standing as
    prose, with that word ("k" -> "kp"); empty when every symbol is a name or part of a written product. The unknown a
    planner names itself (Km solved for as "m") is no letter of the question."""
    chosen = plan.facts.get("var")
    every = plan_letters(plan)
    letters = every - ({chosen} if isinstance(chosen, str) and not _standalone(question, chosen) else set())
    words = [  # "in" of "in mg·h/L" read as i*n, the planner's own i among its letters: n still reported
        m
        for m in _CLUSTER.finditer(question)
        if m.group() not in FUNCTIONS and set(m.group()) <= every and not _as_mathematics(question, *m.span())
    ]
    written = {
        letter for m in _CLUSTER.finditer(question) if _as_mathematics(question, *m.span()) for letter in m.group()
    }
    found: dict[str, str] = {}
    for m in words:
        for letter in m.group():
            if letter in letters and letter not in written and not _standalone(question, letter):
                found.setdefault(letter, m.group())
    return found


def letters_check(question: str, plan: Plan) -> Check | None:
    """Failed when a one-letter symbol of the plan's formula comes only from a word of the question standing as
    prose (a unit such as "kp" read as k*p); None when no word of the question is made of the plan's letters."""
    letters = plan_letters(plan)
    if not any(set(m.group()) <= letters for m in _CLUSTER.finditer(question)):
        return None
    found = prose_letters(question, plan)
    detail = (
        "; ".join(f"{letter!r} is only a letter of the word {word!r}" for letter, word in sorted(found.items()))
        + ": write each symbol as a name of its own, or the unit apart from the formula"
        if found
        else "every one-letter symbol is a name the question writes"
    )
    return Check("the formula's symbols are names the question writes", not found, detail)
