"""A formula defined in words, its quantities given by value but one, solved for the one asked, as text.

"Nominal part length is 120.0 mm and the mould shrinkage is 1.8 %, where shrinkage is defined as (mould dimension −
part dimension) / mould dimension. What cavity dimension (mm) do we cut?": the definition names a quantity
("shrinkage") and writes it as arithmetic of named quantities ("mould dimension", "part dimension"); each of them
but one is given by a statement ("the mould shrinkage is 1.8 %" by its whole name, "part length is 120.0 mm" by the
one word it shares with one name only), and the ask names the one left ("cavity dimension" shares "dimension" with
"mould dimension", and names no word of a quantity given). A value in percent is a fraction (1.8 % -> 9/500). The
quantities given must share one unit. Anything else (two quantities left, a statement that fits two names, an ask
that names a quantity given) is not read. Only text is cut here; nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.api.reasoning import outscore

_WORD = r"[A-Za-z][A-Za-z'-]*"
_PHRASE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# "where shrinkage is defined as ...", "efficiency is calculated as ...", "yield, defined as ..."
_DEFINED = re.compile(
    rf"(?P<name>{_PHRASE}?)\s*,?\s+(?:is\s+)?(?:defined|calculated|computed|given)\s+(?:as|by)\s+(?P<body>[^.;?!]+)",
    re.I,
)
_TOKEN = re.compile(rf"\s*(?:(?P<op>[-+*/()])|(?P<num>{DECIMAL})(?![A-Za-z])|(?P<words>{_PHRASE}))")
_STOP = {"the", "a", "an", "and", "or", "our", "its", "their", "this", "that", "where", "with", "while", "so", "but",
         "is", "are", "was", "of", "for", "to", "we", "i", "nominal", "actual", "measured", "given"}  # fmt: skip
# a quantity given: "Nominal part length is 120.0 mm", "the mould shrinkage is 1.8 %", "output power 850 W"
_GIVEN = re.compile(
    rf"(?P<subject>{_WORD}(?:[ \t]+{_WORD}){{0,3}}?)\s+(?:(?:is|are|was|=|:|of)\s+)?(?:about\s+)?"
    rf"(?P<value>{DECIMAL})(?!\w|\.\d)\s*(?P<unit>%|percent\b|(?!(?:{'|'.join(sorted(_STOP))})\b)[A-Za-zµ°/]+)?",
    re.I,
)
_ASK = re.compile(
    rf"\b(?:what(?:'s|\s+is|\s+are)?|which|how\s+(?:much|many)|find|calculate|compute|determine)\s+(?:the\s+)?"
    rf"(?P<asked>{_PHRASE})",
    re.I,
)


@dataclass(frozen=True)
class WordedFormula:
    """The equation in x, the quantity asked, as text ("9/500 = (x - 120)/x"), the name x stands for, the definition
    as written and the values given by name."""

    equation: str
    unknown: str
    definition: str
    values: dict[str, str]


def _words(phrase: str) -> set[str]:
    """A phrase's words, lower case, without articles and fillers."""
    return {w.lower() for w in phrase.split()} - _STOP


def _tokens(body: str) -> list[tuple[str, str]] | None:
    """The definition's arithmetic as (kind, text) tokens, "op", "num" or "words"; None when it is not arithmetic of
    named quantities (a stray character, no operator, fewer than two names)."""
    body = body.strip().rstrip(",")
    tokens, at = [], 0
    while at < len(body):
        m = _TOKEN.match(body, at)
        if m is None or m.end() == at:
            return None
        kind = m.lastgroup or ""
        tokens.append((kind, m[kind].strip()))
        at = m.end()
    names = {text.lower() for kind, text in tokens if kind == "words"}
    if not any(kind == "op" and text in "-+*/" for kind, text in tokens) or len(names) < 2:
        return None
    return tokens


def _match(name: str, given: list[re.Match[str]]) -> list[re.Match[str]]:
    """The statements that give a name by all its words ("the mould shrinkage is 1.8 %" for "shrinkage")."""
    words = _words(name)
    return [g for g in given if words and words <= _words(g["subject"])]


def worded_formula(question: str) -> WordedFormula | None:
    """The formula defined in words, solved for the one quantity the question asks; None when it defines none. Raises
    ValueError when it defines one but the values, their units or the quantity asked cannot be read uniquely."""
    text = plain_text(question)
    found = [(m, tokens) for m in _DEFINED.finditer(text) if (tokens := _tokens(m["body"]))]
    if len(found) != 1:
        return None
    definition, tokens = found[0]
    defined = " ".join(w for w in definition["name"].split() if w.lower() not in _STOP)
    names = [defined] + list(dict.fromkeys(text_.lower() for kind, text_ in tokens if kind == "words"))
    given = [g for g in _GIVEN.finditer(text) if not definition.start() <= g.start() < definition.end()]
    values: dict[str, re.Match[str]] = {}
    for name in names:  # by the whole name first
        hits = _match(name, given)
        if len(hits) == 1:
            values[name] = hits[0]
    left = [g for g in given if g not in values.values()]
    for name in [n for n in names if n not in values]:  # then by the one word a name shares with a statement
        hits = [g for g in left if _words(g["subject"]) & (_words(name) - _shared(names, name))]
        if len(hits) == 1:
            values[name] = hits[0]
            left.remove(hits[0])
    unknown = [n for n in names if n not in values]
    example = ("a formula in words needs a value for each quantity it names but the one asked, e.g. 'shrinkage is "
               "defined as (mould − part) / mould; part is 120 mm, shrinkage 1.8 %; what mould dimension?'")  # fmt: skip
    if len(unknown) != 1 or len(set(map(id, values.values()))) != len(values):
        raise ValueError(f"{example}; read values for {', '.join(values) or 'none'} of {', '.join(names)}")
    asked = _asked(text, unknown[0], values)
    units = {(g["unit"] or "").lower() for name, g in values.items() if not _percent(g)}
    if asked is None or len(units - {""}) > 1:
        raise ValueError(f"{example}; the quantity asked must be {unknown[0]}, and the values given in one unit")
    exact = {name: _fraction(g) for name, g in values.items()}
    expression = " ".join(
        "x" if kind == "words" and text_.lower() == unknown[0] else exact.get(text_.lower(), text_)
        for kind, text_ in tokens
    )
    left_side = "x" if defined == unknown[0] else exact[defined]
    return WordedFormula(
        f"{left_side} = {expression}",
        unknown[0],
        f"{definition['name'].strip()} = {definition['body'].strip()}",
        {name: f"{g['value']} {g['unit'] or ''}".strip() for name, g in values.items()},
    )


def _shared(names: list[str], name: str) -> set[str]:
    """The words ``name`` shares with the formula's other names ("dimension" of "mould dimension" and "part
    dimension"): they tell no name apart."""
    return {w for other in names if other != name for w in _words(other)}


def _asked(text: str, unknown: str, values: dict[str, re.Match[str]]) -> str | None:
    """The quantity the one ask names: words shared with the unknown and none that only a given quantity has."""
    asks = [m["asked"] for m in _ASK.finditer(text)]
    asks = [a for a in asks if _words(a) & _words(unknown)]
    if len(asks) != 1:
        return None
    given_only = {w for name in values for w in _words(name)} - _words(unknown)
    return None if _words(asks[0]) & given_only else asks[0]


def _percent(given: re.Match[str]) -> bool:
    return (given["unit"] or "").lower() in {"%", "percent"}


def _fraction(given: re.Match[str]) -> str:
    """A value as an exact fraction in brackets, a percentage as its fraction: "1.8 %" -> "(9/500)"."""
    value = Fraction(given["value"]) / (100 if _percent(given) else 1)
    return f"({value.numerator}/{value.denominator})" if value.denominator != 1 else str(value.numerator)


def worded_formula_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a formula defined in words, solved for the quantity asked (read or declined)."""
    try:
        found = worded_formula(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") if found else 0.0
