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

from plugins.api.prose import DECIMAL, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.evaluate_prose import SETTING, stated_values
from plugins.symbolic.greek_letters import GREEK_NAMES, lower_case
from plugins.symbolic.solve_for import formula_names, substitute_values
from plugins.symbolic.word_problems import definitions

_ART = r"(?:(?:the|its|their|our|of\s+the)\s+)?"
_REF = r"(?P<ref>[A-Za-z][\w-]*)"
# the formula read: a power of a base, "0.995^n", "(1 - 0.005)^n"
_POWER = re.compile(
    rf"\s*(?P<base>{DECIMAL}|\(\s*(?:{DECIMAL})\s*[-+]\s*(?:{DECIMAL})\s*\))\s*\^\s*(?P<var>[A-Za-z])\s*"
)
# the power and its reference: "it's 0.995^n of nameplate", "retains 0.9998^k of its initial capacity"
_MODEL = re.compile(
    rf"\b(?:it'?s|is|are|was|becomes|equals|remains|retains?|keeps?|leaves?)\s+"
    rf"(?P<expr>{_POWER.pattern})\s+of\s+{_ART}{_REF}",
    re.I,
)
# a value of the reference: "90% of nameplate", "0.8 of the initial capacity"
_SHARE = re.compile(rf"(?<![\w.^*/])(?P<value>{DECIMAL})\s*(?P<pct>%|per\s?cent\b)?\s+of\s+{_ART}{_REF}", re.I)


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


# a share of a formula's starting value: "to 5% of its unattenuated value", "25% of the initial level", "10% of I0"
_OF_START = (
    r"(?:{start}\b|(?:its|the|their)\s+(?:[\w-]+\s+){{0,2}}?(?:initial|original|starting|start|unattenuated|"
    r"incident|undamped|peak|full|nominal|first|t\s*=\s*0)(?:\s+(?:value|level|intensity|amount|reading|dose|"
    r"concentration))?\b)"
)
_ASKED = re.compile(r"\b(?:what|how|find|solve|determine|compute|calculate|when)\b", re.I)


@dataclass(frozen=True)
class StartShare:
    """A formula proportional to its starting value (``I = I0*e^(-mu x)``) set to a share of that value: the equation
    without it as text, its unknown, the formula and the share as written."""

    equation: str
    var: str
    model: str
    share: str


def _greek_words(text: str) -> str:
    """Greek letters as their names, times the letters or digits beside them ("e^(-μx)" -> "e^(-mu*x)")."""
    names = lower_case(GREEK_NAMES)
    pattern = rf"(?P<before>[\w)]?)(?P<greek>{'|'.join(names)})(?P<after>[\w(]?)"
    return re.sub(
        pattern,
        lambda m: "*".join(part for part in (m["before"], names[m["greek"]], m["after"]) if part),
        text,
    )


def _proportional_rest(body: str, start: str) -> str | None:
    """What multiplies the starting value in a formula that is its product with the rest ("I0*e^(-mu x)" ->
    "e^(-mu x)"); None when the body is no such product (a sum at the top level, "I0*e^(-x) + B")."""
    m = re.fullmatch(
        rf"\s*{re.escape(start)}\s*\*?\s*(?P<rest>.+?)\s*|\s*(?P<rest2>.+?)\s*\*\s*{re.escape(start)}\s*", body
    )
    rest = m and (m["rest"] or m["rest2"])
    if not rest or re.search(rf"(?<![\w]){re.escape(start)}(?!\w)", rest):
        return None
    depth = 0
    for i, char in enumerate(rest):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and char in "+-" and i > 0 and rest[i - 1] not in "(^*/eE":
            return None
    return rest


def start_share_parts(question: str) -> StartShare | None:
    """The equation of a formula proportional to its starting value ("I = I0*e^(-mu x)", "C = C0*exp(-k t)") set to
    the share of that value the question states ("cut to 5% of its unattenuated value", "25% of C0"), the other names
    at their stated values ("mu = 0.2"): rest = share, in the one name left; None when the question writes no such
    formula and share or asks nothing. Raises ValueError when more or fewer than one name is left unknown."""
    text = _greek_words(plain_text(question))
    if not _ASKED.search(text):
        return None
    for function in definitions(text):
        body = re.sub(r"\s+", " ", function.body).strip()
        start = next(
            (n for n in sorted(formula_names(body)) if re.fullmatch(rf"{re.escape(function.name)}_?0", n)), None
        )
        rest = _proportional_rest(body, start) if start else None
        if rest is None:
            continue
        share = (
            rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?:%|per\s?cent\b)\s+of\s+{_OF_START.format(start=re.escape(start))}"
        )
        shares = {Fraction(m["value"]) / 100 for m in re.finditer(share, text, re.I)}
        if not shares:
            continue
        if len(shares) != 1:
            raise ValueError(f"the question states {len(shares)} different shares of {start}: give the one target")
        names = formula_names(rest)
        values = stated_values([m for m in SETTING.finditer(text) if m["name"] in names])
        left = sorted(names - set(values))
        if len(left) != 1:
            raise ValueError(f"{function.name} = {body} at a share of {start} needs a value for each of its names but "
                             f"the one asked; left without one: {', '.join(left) or 'none'}")  # fmt: skip
        var = left[0] if len(left[0]) == 1 else next(c for c in "xyzuvw" if c not in names)
        target = f"{float(shares.pop()):g}"
        equation = f"{substitute_values(rest, {**values, left[0]: var})} = {target}"
        return StartShare(equation, var, f"{function.name} = {body}", target)
    return None


def share_target_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a formula's share of a reference set to a stated share (read or declined), or a formula
    proportional to its starting value set to a share of it."""
    try:
        found = share_target_parts(text) is not None or start_share_parts(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") if found else 0.0
