"""sympy results -> the JSON-ready ``data`` of a ``show`` step: text in sympy syntax, LaTeX, floats.

Every ``result`` string is one line of sympy syntax that ``sympy.sympify`` reads back to the same value.
"""

from __future__ import annotations

import math
from typing import Any

import sympy as sp

from plugins.symbolic.periodic import families_text


def real_value(value: Any) -> float | None:
    """The float value of a real, finite constant expression; None for symbols, complex or infinite."""
    if not isinstance(value, sp.Expr) or not value.is_number:
        return None
    real, imag = value.evalf().as_real_imag()
    try:
        re_part, im_part = float(real), float(imag)
    except TypeError:
        return None
    if not math.isfinite(re_part) or abs(im_part) > 1e-12 * max(1.0, abs(re_part)):
        return None
    return re_part


def to_text(value: Any) -> str:
    """One line of sympy syntax (matrices included, which ``str`` would spread over lines)."""
    if isinstance(value, sp.MatrixBase):
        return f"Matrix({to_text(value.tolist())})"
    if isinstance(value, list):
        return "[" + ", ".join(to_text(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(to_text(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{to_text(k)}: {to_text(v)}" for k, v in value.items()) + "}"
    return sp.sstr(value)


def numeric(value: Any) -> Any:
    """Floats in the shape of the value: a float (or None), nested lists for matrices and lists."""
    if isinstance(value, sp.MatrixBase):
        return [[real_value(v) for v in row] for row in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [numeric(v) for v in value]
    return real_value(value)


def describe(value: Any) -> dict[str, Any]:
    """``result``, ``latex``, ``value`` and, for lists of solutions, ``values`` and their details."""
    data: dict[str, Any] = {"latex": sp.latex(value)}
    if isinstance(value, dict):  # eigenvalues with their multiplicities
        data["result"] = [to_text(k) for k in value]
        data["multiplicities"] = [int(m) for m in value.values()]
        data["values"] = [real_value(k) for k in value]
        data["value"] = None
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):  # solutions of systems
        data["result"] = [to_text(v) for v in value]
        data["solutions"] = [{str(k): to_text(v) for k, v in sol.items()} for sol in value]
        data["values"] = [{str(k): real_value(v) for k, v in sol.items()} for sol in value]
        data["value"] = None
    elif isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):  # eigenvectors
        data["result"] = [to_text(v) for v in value]
        data["eigenvectors"] = [
            {
                "eigenvalue": to_text(val),
                "multiplicity": int(mult),
                "vectors": [to_text(vec) for vec in vectors],
                "entries": [[to_text(v) for v in vec] for vec in vectors],
            }
            for val, mult, vectors in value
        ]
        data["values"] = [real_value(val) for val, _, _ in value]
        data["value"] = None
    elif isinstance(value, list):
        data["result"] = [to_text(v) for v in value]
        data["values"] = numeric(value)
        data["value"] = None
    elif isinstance(value, sp.MatrixBase):
        data["result"] = to_text(value)
        data["entries"] = [[to_text(v) for v in row] for row in value.tolist()]  # exact, one string an entry
        data["values"] = numeric(value)
        data["value"] = None
    else:
        data["result"] = to_text(value)
        data["value"] = real_value(value)
        if general := families_text(value):  # sin(x) = 0: x = pi*n for every integer n
            families, points, parameter = general
            also = f" (and {', '.join(points)})" if points else ""
            data.update(families=families, points=points, parameter=parameter,
                        general=f"{' or '.join(families)}, for {parameter}{also}")  # fmt: skip
    return data
