"""A regression of transformed variables, as the question names them: "regression of ln k on 1/T", "plot log10(y)
vs x", "ln(C) against t", "sqrt(y) on x". Each side is a variable of the data, bare or under one transform (ln,
log10, a log whose base the question states, 1/x, sqrt, exp); the planner transforms the columns and fits the line
(or the model the rest of the question states) to the transformed values. A log whose base is not stated, a value
outside a transform's domain, or a variable the data do not name is declined."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation, localcontext

from plugins.api.reasoning import PlanError

# a transform's name as written -> its kind ("log" alone needs its base)
_FUNCTIONS = {"ln": "ln", "lg": "log10", "log": "log", "sqrt": "sqrt", "√": "sqrt", "exp": "exp"}
_FUNCTION = r"(?:ln|log_?\{?10\}?|log|lg|sqrt|√|exp)"
_VARIABLE = r"[^\W\d_]\w{0,11}"  # a variable's name: "k", "T", "C_A", "conc"
_NOT_NAMES = {"on", "onto", "vs", "versus", "against", "of", "the", "a", "an", "and", "in", "to", "x10", "base"}
# an aside after a term, saying its base or its unit: "ln k (natural log)", "1/T (T in K)"
_ASIDE = r"(?:\s*\([^()]{1,30}\))?"


def _term(tag: str) -> str:
    """One side of the relation: a transform of a variable ("ln k", "ln(k)", "log10 of y", "1/T", "1/(T)") or a bare
    variable, each group named with ``tag``."""
    return (
        rf"(?:(?P<{tag}f>{_FUNCTION})\s*(?:\(\s*(?P<{tag}a>{_VARIABLE})\s*\)|\s+(?:of\s+(?:the\s+)?)?(?P<{tag}b>{_VARIABLE})\b)"
        rf"|(?<![\w./])1\s*/\s*(?:\(\s*(?P<{tag}r>{_VARIABLE})\s*\)|(?P<{tag}s>{_VARIABLE})\b)"
        rf"|(?<![\w/])(?P<{tag}v>{_VARIABLE})\b)(?P<{tag}g>{_ASIDE})"
    )


_RELATION = re.compile(rf"{_term('y')}\s+(?:on|onto|vs\.?|versus|against)\s+{_term('x')}", re.I)
_NATURAL = re.compile(r"\bnatural\b|\bbase[- ]?e\b|\bnapierian\b", re.I)
_COMMON = re.compile(r"\bbase[- ]?10\b|\bcommon log|\bdecimal log|\bdecadic\b", re.I)


@dataclass(frozen=True)
class Side:
    """One side of the relation: the variable's name, the transform's kind (None: the variable as it is; "log" until
    its base is read) and the side as the question writes it."""

    variable: str
    kind: str | None
    written: str
    aside: str = ""  # the bracketed words after it: "(natural log)"


@dataclass(frozen=True)
class Transformed:
    """The response and the predictor as transformed, and where the relation is written."""

    response: Side
    predictor: Side
    span: tuple[int, int]


def _side(m: re.Match[str], tag: str, question: str) -> Side | None:
    """The side ``tag`` of a relation matched; None when its name is a function word ("log on x")."""
    aside = m.group(f"{tag}g") or ""
    if m.group(f"{tag}r") or m.group(f"{tag}s"):
        variable, kind = m.group(f"{tag}r") or m.group(f"{tag}s"), "reciprocal"
    elif m.group(f"{tag}f"):
        name = m.group(f"{tag}f").lower()
        variable, kind = m.group(f"{tag}a") or m.group(f"{tag}b"), "log10" if "10" in name else _FUNCTIONS[name]
    else:
        variable, kind = m.group(f"{tag}v"), None
    if variable.lower() in _NOT_NAMES or variable.lower() in _FUNCTIONS:
        return None
    groups = [g for g in "fabrsv" if m.group(f"{tag}{g}") is not None]
    start, end = m.start(f"{tag}{groups[0]}"), m.end(f"{tag}{groups[-1]}")
    if kind == "reciprocal":  # "1/T": from the 1
        start = question.rindex("1", 0, start)
    said = question[start:end] + (")" if question[end : end + 1] == ")" else "")
    return Side(variable, kind, " ".join(said.split()), aside)


def _unless_listed(side: Side | None, question: str) -> Side | None:
    """``side`` as it is, or untransformed when its transform names a list of the data ("log10(copies) 2, 3, 4",
    "ln k: -6.2, -5.4", or a list of the same function under another name, "log10(cycles to failure) = 6.9, ..."):
    those values are already on that scale."""
    if side is None or side.kind is None:
        return side
    name = re.escape(side.variable)
    listed = re.compile(rf"\b(?:{_FUNCTION})\s*(?:\(\s*{name}\s*\)|{name}\b)(?:\s*\([^()]{{0,20}}\))?\s*[:=]?\s*"
                        rf"[-+]?\.?\d", re.I)  # fmt: skip
    reciprocal = re.compile(rf"(?<![\w.])1\s*/\s*\(?\s*{name}\b\)?\s*(?:\([^()]{{0,20}}\))?\s*[:=]?\s*[-+]?\.?\d")
    family = {"sqrt": r"sqrt|√", "exp": r"exp"}.get(str(side.kind), r"ln|log_?\{?10\}?|log|lg")
    named = re.compile(rf"\b(?:{family})\s*(?:\([^()]{{1,40}}\)|[^\W\d]\w*(?:\s+[^\W\d]\w*){{0,3}}?)\s*[:=]\s*"
                       rf"[-+]?\.?\d", re.I)  # fmt: skip
    if (reciprocal if side.kind == "reciprocal" else listed).search(question) or (
        side.kind != "reciprocal" and named.search(question)
    ):  # "log10(cycles to failure) = 6.9, 6.5, ..." beside "log10 N on stress": the list is of log10 N
        return Side(side.variable, None, side.variable)
    return side


def _based(side: Side | None, question: str) -> Side | None:
    """``side`` with a "log" read as ln or log10 by the base its aside or the question states (see ``_log_base``)."""
    if side is None or side.kind != "log":
        return side
    said = side.aside if _NATURAL.search(side.aside) or _COMMON.search(side.aside) else question
    return replace(side, kind=_log_base(said))


def _log_base(text: str) -> str:
    """ "ln" or "log10" for a "log" whose base ``text`` states ("natural log", "base 10"); PlanError otherwise."""
    natural, common = bool(_NATURAL.search(text)), bool(_COMMON.search(text))
    if natural != common:
        return "ln" if natural else "log10"
    raise PlanError("the question takes a log without its base: say 'ln' (natural log) or 'log10'")


def transformed_roles(question: str) -> Transformed | None:
    """The relation the question names with at least one side transformed ("ln k (natural log) on 1/T" ->
    response ln of k, predictor 1/T); None when it names none. Two different such relations are declined."""
    found: list[Transformed] = []
    for m in _RELATION.finditer(question):
        response, predictor = (_based(_unless_listed(_side(m, tag, question), question), question) for tag in "yx")
        if response is None or predictor is None or (response.kind is None and predictor.kind is None):
            continue
        if response.variable.lower() == predictor.variable.lower():
            raise PlanError(f"'{response.written}' and '{predictor.written}' transform the same variable: say which "
                            "is the response")  # fmt: skip
        found.append(Transformed(response, predictor, m.span()))
    if len({(t.response, t.predictor) for t in found}) > 1:
        raise PlanError("the question names several transformed relations: ask for one")
    return found[0] if found else None


def transformed_values(values: list[str], side: Side) -> list[str]:
    """``values`` under the side's transform, each to 20 significant digits (Decimal arithmetic at 40 digits); a
    value outside the transform's domain (the log of a number <= 0, 1/0, the root of a negative) is declined."""
    if side.kind is None:
        return values
    out = []
    with localcontext() as ctx:
        ctx.prec = 40
        for value in values:
            v = Decimal(value)
            if (
                (side.kind in {"ln", "log10"} and v <= 0)
                or (side.kind == "sqrt" and v < 0)
                or (side.kind == "reciprocal" and v == 0)
            ):
                raise PlanError(f"{side.written} is undefined at {side.variable} = {value}")
            try:
                done = {"ln": v.ln, "log10": v.log10, "sqrt": v.sqrt, "exp": v.exp,
                        "reciprocal": lambda v=v: 1 / v}[side.kind]()  # fmt: skip
            except (InvalidOperation, OverflowError):
                raise PlanError(f"{side.written} cannot be computed at {side.variable} = {value}") from None
            out.append(f"{done:.20g}")
    return out
