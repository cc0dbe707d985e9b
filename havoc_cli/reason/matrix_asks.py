"""The matrix operation a question asks for, read from its asking clause: "find the eigenvalues of A = [[7, -4],
[2, 1]] (det(A − λI) = 0 right?)" asks the eigenvalues; the determinant in the bracketed remark is the way to them,
no ask. An answer that gives another operation (the determinant, 15) fails its audit."""

from __future__ import annotations

import re

from plugins.api.prose import amount_asked
from plugins.api.reasoning import Check, Plan

# a word that asks ("find", "compute", "what are"), then what it asks up to its clause's end
_ASKING = re.compile(
    r"\b(?:find|compute|calculate|determine|evaluate|obtain|get|give|list|what(?:'s|\s+is|\s+are))\b([^.;?!\n]*)",
    re.I,
)
# the one-eigenvalue operations are eigenvalues asked
_EIGENVALUE_OPS = {"spectral_radius", "dominant_eigenvalue", "max_eigenvalue", "min_eigenvalue"}


def asking_ops(question: str) -> set[str]:
    """The matrix operations the question's asking clauses name, their bracketed remarks left out; each one's
    earliest name in its clause ("find the eigenvalues ... det(...)" -> eigenvalues)."""
    from plugins.symbolic.reasoning import BRACKETED_REMARK, MATRIX_OPS  # the symbolic planners load with their plugin

    found = set()
    for clause in _ASKING.finditer(re.sub(BRACKETED_REMARK, " ", question)):
        hits = [(m.start(), op) for pattern, op in MATRIX_OPS if (m := re.search(pattern, clause.group(1), re.I))]
        if hits:
            found.add(min(hits)[1])
    return found


def matrix_op_check(question: str, plan: Plan) -> Check | None:
    """Passed when the plan's matrix operation is the one the asking clause names (a one-eigenvalue ask counts as
    the eigenvalues); None unless the plan is a matrix operation and the question asks exactly one with a verb."""
    op = plan.facts.get("op") if plan.mode == "linear_algebra" else None
    if op is None or op == "linsolve":
        return None
    asked = asking_ops(question)
    if len(asked) != 1:
        return None
    family = "eigenvalues" if op in _EIGENVALUE_OPS else op
    (named,) = asked
    detail = f"asked {named}, answered {op}"
    return Check("the answer gives the operation the asking clause names", family == named, detail)


# a remark in brackets, with words in it ("(det(A − λI) = 0 right?)"), not a matrix's name or power ("(A)", "^(-1)")
_WORDED = re.compile(r"\s\S|[a-z]{2,}")
# an operation's value the question states ("det(A) = 5", "the determinant of A is 3", "det A ≠ 0"): given, not asked
_STATED = re.compile(r"\s*(?:\(\s*[A-Za-z]\s*\)|\s+(?:of\s+)?[A-Z]\b)?\s*(?:=|≠|!=|is\s+[-−]?\d|equals\b)")
# the operations that name the same answer: the eigenvectors come with their eigenvalues
_SAME = {"eigenvectors": "eigenvalues", **dict.fromkeys(_EIGENVALUE_OPS, "eigenvalues")}


def named_ops(question: str) -> set[str]:
    """Every matrix operation the question names, outside its worded remarks in brackets and not as a value it states
    ("det(A) and A^-1?" -> det and inverse; "given det(A) = 5, find A^-1" -> inverse); a property names the operation
    that decides it ("is A invertible?" the determinant), and the eigenvectors are the eigenvalues' operation."""
    from plugins.symbolic.reasoning import BRACKETED_REMARK, MATRIX_OPS  # the symbolic planners load with their plugin

    text = re.sub(BRACKETED_REMARK, lambda m: " " if _WORDED.search(m.group(0)[1:-1]) else m.group(0), question)
    found = set()
    for pattern, op in MATRIX_OPS:
        if any(not _STATED.match(text, m.end()) for m in re.finditer(pattern, text, re.I)):
            found.add(_SAME.get(op, op))
    return found


def every_op_check(question: str, plan: Plan) -> Check | None:
    """Passed when the plan's matrix operation is every one the question names ("det(A) and A^-1?" answered by the
    determinant alone fails); None unless the plan is a matrix operation and the question names two or more."""
    op = plan.facts.get("op") if plan.mode == "linear_algebra" else None
    if op is None or op == "linsolve":
        return None
    named = named_ops(question)
    if len(named) < 2:
        return None
    left = sorted(named - {_SAME.get(op, op)})
    return Check("the answer gives every matrix operation the question names", not left,
                 f"named {sorted(named)}, answered {op}" + (f": {', '.join(left)} not given" if left else ""))  # fmt: skip


# one member of a system asked as its amount: "how many kg of crystal", "how much of the munich was used", "what is
# the mass of B" (the name after "of", none of several: "of each", "of x and y")
_MEMBER_ASKED = amount_asked(r"[A-Za-z][\w-]*")
# words after "of" that ask for every member, or name none
_ALL_MEMBERS = frozenset("each both all them these those every it this that".split())


def system_ask_check(question: str, plan: Plan) -> Check | None:
    """Passed when a linear system's answer is the one member the question asks for ("how many kg of crystal" of
    "crystal (C)": C alone), by its letter or the word declared with it; failed when the answer is another member
    or the whole vector, or when the member asked is no declared word nor unknown although the question declares
    its unknowns by words. None unless the plan solves a system and one member is asked by name."""
    from plugins.symbolic.linear_system import declared_letters

    if plan.facts.get("op") != "linsolve":
        return None
    names = {m["name"] for m in _MEMBER_ASKED.finditer(question) if m["name"].lower() not in _ALL_MEMBERS}
    if len(names) != 1:
        return None
    (name,) = names
    unknowns = [str(u) for u in plan.facts.get("unknowns") or []]
    words = declared_letters(question) or {}
    member = _member(name, unknowns, words)
    answered = plan.facts.get("asked")
    if member is None:
        if not words:  # "how many adult tickets": the planner's own reading of its words stands
            return None
        return Check("the answer is the member of the system asked", False,
                     f"asked {name!r}, which is none of the unknowns declared ({', '.join(words)})")  # fmt: skip
    detail = f"asked {name!r} ({member}), answered {answered or 'the whole solution vector'}"
    return Check("the answer is the member of the system asked", answered == member, detail)


def _member(name: str, unknowns: list[str], words: dict[str, str]) -> str | None:
    """The unknown a name asked stands for: itself ("C"), the letter declared with it ("crystal" -> "C"), or an
    unknown that is the word, singular or plural ("trams" -> "tram"); None when none."""
    if name in unknowns:
        return name
    lower = name.lower()
    if lower in words and words[lower] in unknowns:
        return words[lower]
    return next((u for u in unknowns if u.lower() in {lower, lower.removesuffix("s")} and len(u) > 1), None)
