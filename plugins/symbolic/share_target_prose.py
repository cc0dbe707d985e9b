"""A share of a reference written as a formula in one unknown, and the unknown at which it reaches a stated share.

"output degrades 0.5% per year, compounding (so after n years it's 0.995^n of nameplate). Solve for the n at which
output has fallen to exactly 90% of nameplate": the model is the power before "of <reference>" ("0.995^n of
nameplate", "(1 - 0.005)^n of ..."), the target the value before "of" the same reference ("90% of nameplate", a
percentage as its fraction, 0.9), and the ask names the power's letter ("solve for the n", "find n", "what k"). The
equation is taken in logarithms, n*log(199/200) = log(0.9), linear in n. Two different targets of the reference are
declined; a formula other than one power, or an ask that does not name its letter, is not read. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import plain_text
from plugins.api.reasoning import outscore

_NUM = r"\d+(?:\.\d+)?|\.\d+"
_ART = r"(?:(?:the|its|their|our|of\s+the)\s+)?"
_REF = r"(?P<ref>[A-Za-z][\w-]*)"
# the formula read: a power of a base, "0.995^n", "(1 - 0.005)^n"
_POWER = re.compile(rf"\s*(?P<base>{_NUM}|\(\s*(?:{_NUM})\s*[-+]\s*(?:{_NUM})\s*\))\s*\^\s*(?P<var>[A-Za-z])\s*")
# the power and its reference: "it's 0.995^n of nameplate", "retains 0.9998^k of its initial capacity"
_MODEL = re.compile(
    rf"\b(?:it'?s|is|are|was|becomes|equals|remains|retains?|keeps?|leaves?)\s+"
    rf"(?P<expr>{_POWER.pattern})\s+of\s+{_ART}{_REF}",
    re.I,
)
# a value of the reference: "90% of nameplate", "0.8 of the initial capacity"
_SHARE = re.compile(rf"(?<![\w.^*/])(?P<value>{_NUM})\s*(?P<pct>%|per\s?cent\b)?\s+of\s+{_ART}{_REF}", re.I)


@dataclass(frozen=True)
class ShareTarget:
    """The equation "power = share" (in logarithms) as text, its unknown, the power and the share as written."""

    equation: str
    var: str
    model: str
    share: str


def _asks(text: str, var: str) -> bool:
    """Whether the question asks the letter: "solve for (the) n", "find n", "what k", "the value of n"."""
    return re.search(
        rf"\b(?:solve\s+for|find|what|which|determine|compute|calculate|value\s+of)\s+(?:the\s+)?"
        rf"(?:(?:real|exact|smallest|value\s+of)\s+)?{var}(?![\w(])",
        text,
        re.I,
    ) is not None  # fmt: skip


def share_target_parts(question: str) -> ShareTarget | None:
    """The equation of a formula "of <reference>" set to the share of it the question states; None when the question
    writes no such pair. Raises ValueError when it states two different shares of the reference."""
    text = plain_text(question)
    model = _MODEL.search(text)
    if model is None:
        return None
    expr, var = model["expr"].strip(), model["var"]
    ref = model["ref"].lower()
    shares = {
        Fraction(m["value"]) / (100 if m["pct"] else 1)
        for m in _SHARE.finditer(text)
        if m["ref"].lower() == ref and not model.start("expr") <= m.start() < model.end()
    }
    if not shares or not _asks(text[: model.start()] + text[model.end() :], var):
        return None
    if len(shares) != 1:
        raise ValueError(f"the question states {len(shares)} different shares of {model['ref']}: give the one target")
    share = f"{float(shares.pop()):g}"  # as a decimal, the way the question's percentage reads back
    return ShareTarget(_equation(expr, var, share), var, expr, share)


def _equation(expr: str, var: str, share: str) -> str:
    """The formula set to the share; a power of a base, "0.9998^k", in logarithms, k*log(4999/5000) = log(0.8) (linear
    in the unknown, so sympy solves it in closed form)."""
    power = _POWER.fullmatch(expr)
    if power is None or power["var"] != var:
        raise ValueError(f"only a power of one base is read as a share's formula, not {expr}")
    return f"{var}*log({_exact(power['base'])}) = log({share})"


def _exact(expr: str) -> str:
    """The formula with each decimal as its exact fraction in brackets ("0.995^n" -> "(199/200)^n")."""
    return re.sub(r"(?<![\w.])\d*\.\d+", lambda m: f"({Fraction(m.group())})", expr)


def share_target_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a formula's share of a reference set to a stated share (read or declined)."""
    try:
        found = share_target_parts(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") if found else 0.0
