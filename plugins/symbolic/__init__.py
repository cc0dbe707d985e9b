"""Built-in plugin ``symbolic``: the ``show`` and ``convert`` verbs, exact mathematics and units through sympy,
and the reasoning tools for calculus, algebra, linear algebra and unit conversion.

This registration module imports nothing heavy: sympy is imported by the handler on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from plugins.api.hooks import hookimpl
from plugins.api.specs import ReasoningTool, Verb
from plugins.symbolic.linear_system import SYSTEM_WORDS
from plugins.symbolic.series_prose import SERIES_WORDS
from plugins.symbolic.sum_prose import SUM_NOTATION


@hookimpl
def register_verbs(register: Callable) -> None:
    register(
        Verb(
            name="show",
            handler="plugins.symbolic.show:show",
            summary="evaluate one math expression: show diff(x^3 * sin(x), x)  |  show solve(x^2 == 4, x)",
        )
    )
    register(
        Verb(
            name="convert",
            handler="plugins.symbolic.convert_verb:convert",
            summary='convert a value between units: convert 3.5 "inch" to="mm"  |  convert 100 "degF" to="degC"',
        )
    )


_PLANS = "plugins.symbolic.reasoning"
# a limit that is a bound on a value, no calculus: "the 90% LC lower limit", "upper spec limit", "control limits",
# "same limit in °C?", "storage limit" (a limit asked "in" a unit, "limit in °C", is a bound too: see _BOUND_IN)
_NO_BOUND = "".join(
    rf"(?<!\b{word} )"
    for word in ("lower", "upper", "spec", "specification", "control", "acceptance", "detection", "same", "storage",
                 "exposure", "excursion", "temperature", "pressure", "load", "speed", "weight")
)  # fmt: skip
_BOUND_IN = r"(?!\s+in\s)"
_AUDITS = "plugins.symbolic.reasoning_audit"


@hookimpl
def register_reasoning_tools(register: Callable) -> None:
    register(
        ReasoningTool(
            name="calculus",
            handler=f"{_PLANS}:plan_calculus",
            summary="derivatives, integrals (definite too) and limits",
            keywords=(
                (
                    rf"derivative|differentiate|d/dx|integral|integrate|antiderivative|area under|{_NO_BOUND}limit\b{_BOUND_IN}|\blim(?:\b|_)|\bint(?![a-z])|∫|dx\b|\bd[a-z]?/d[a-z]\b",
                    3,
                ),
                # shorthand typed in a hurry: "deriv", "diff f wrt x", "integ", "antideriv", "partial wrt y", "∂/∂y"
                (
                    r"\bderivs?\b|\binteg\b|\bantideriv|(?<!mean )\bdiff\b(?!\s*(?:in|between|of means|is|was|=|:|[-+]?\d))|"
                    r"\bpartial(?= deriv| wrt\b| w\.r\.t| with respect to\b)|∂|\bd\^?2\s*/\s*d[a-z]",
                    3,
                ),
                (SERIES_WORDS, 3),  # Taylor, Maclaurin, power series
                (SUM_NOTATION, 3),  # "Σ_{n=1}^inf", "sum_{k=0}^{10}", "\sum_{n=1}" (read or not: a sum is calculus)
            ),
            score="plugins.symbolic.rate_prose:calculus_score",
            alternatives=f"{_PLANS}:definite_integral_alternatives",
            audit=f"{_AUDITS}:audit_calculus",
            confidence=0.97,
        )
    )
    register(
        ReasoningTool(
            name="algebra",
            handler=f"{_PLANS}:plan_algebra",
            summary="solve equations, roots, simplify, expand, factor",
            keywords=(
                (
                    r"\bsolve\b|find [a-z]\b|roots?\b|zeros? of|solutions? (?:of|to)\b|\bsatisf(?:y|ies)\b|\b(?:which|what) (?:values? (?:of )?)?[a-z] (?:solves?|makes?)\b|simplify|expand|multiply out|factori[sz]e|\bfactor\b(?! \w+ \d)",
                    2.5,
                ),
            ),
            score="plugins.symbolic.stated_equation:algebra_score",
            audit=f"{_AUDITS}:audit_algebra",
            confidence=0.97,
        )
    )
    register(
        ReasoningTool(
            name="linear_algebra",
            handler=f"{_PLANS}:plan_linear_algebra",
            summary="determinant, inverse, eigenvalues, eigenvectors, rref, rank, transpose, trace of a matrix; "
            "a linear system A x = b",
            keywords=(
                (r"determinant|\bdet\b|inverse|eigen|matrix|rank|transpose|trace", 3),
                (r"\binv\b|\beig(?:s| ?vals?| ?vecs?)\b|\be(?:vals?|vecs?)\b|\brref\b|row[- ]echelon|\btr\b", 3),
                (r"\[\[", 2),
                (SYSTEM_WORDS, 3),  # "A x = b", "system of equations", "coefficient matrix", "augmented matrix"
            ),
            score="plugins.symbolic.linear_system:matrix_score",
            audit=f"{_AUDITS}:audit_linear_algebra",
            confidence=0.98,
        )
    )
    register(
        ReasoningTool(
            name="unit_conversion",
            handler="plugins.symbolic.reasoning_units:plan_unit_conversion",
            summary="a value from one unit to another (affine temperature scales included)",
            keywords=((r"\bconvert\b", 3),),
            score="plugins.symbolic.reasoning_units:unit_shape_score",
            audit="plugins.symbolic.reasoning_units:audit_unit_conversion",
            confidence=0.95,
        )
    )
