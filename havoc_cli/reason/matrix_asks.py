"""The matrix operation a question asks for, read from its asking clause: "find the eigenvalues of A = [[7, -4],
[2, 1]] (det(A − λI) = 0 right?)" asks the eigenvalues; the determinant in the bracketed remark is the way to them,
no ask. An answer that gives another operation (the determinant, 15) fails its audit."""

from __future__ import annotations

import re

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
