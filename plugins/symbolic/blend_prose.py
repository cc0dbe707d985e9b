"""A two-component blend: how much of one component (or of each) makes a total amount at a target value.

"I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060 wort go
in?": the total (20 hL) at the target (1.048), the two components' values (1.060, 1.040) and the one asked. Values
mix linearly by amount, so x + y = T and a x + b y = c T; with y = T - x that is the one equation
a x + b (T - x) = c T in the amount x of the component asked. The components are mixed in words ("blending a 20%
stock with a 5% stock", "mix x kg of 30% with 10%") or stated with labels, in percent ("Pile A assays 1.2% Cu, pile
B 0.4% Cu"); the total is "20 hL at 1.048", "50 kg of 18%", "500 t grading 0.9%"; the one asked is named by its value
("how many kg of the 5% stock"), its label ("how many tonnes of pile A") or its letter ("x kg of 30% ... find x"),
and "how many tonnes of each" asks both amounts (the system of the two equations). A target outside the two
components' values has no blend. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import plain_text

_NUM = r"\d+(?:\.\d+)?|\.\d+"
_ART = r"(?:(?:a|an|the|some)\s+)?"
_UNIT = r"[A-Za-z]+"
_AT = r"(?:at|of|grading|assaying|averaging|with)"
# the total at its target: "20 hL of wort at 1.048", "50 kg of 18%", "50 kg of an 18% solution", "500 t at 0.9% Cu"
_TOTAL = re.compile(
    rf"(?<![\w.])(?P<total>{_NUM})\s*(?P<unit>{_UNIT})\s+(?:of\s+{_ART}(?:[A-Za-z-]+\s+){{0,3}}?(?:{_AT}\s+)?|"
    rf"(?:[A-Za-z-]+\s+)?{_AT}\s+{_ART})"
    rf"(?P<target>{_NUM})(?!\s*[A-Za-z]*\s+of\b)",
    re.I,
)
_VERB = r"\b(?:blend(?:s|ed|ing)?|mix(?:es|ed|ing)?|combin(?:e|es|ed|ing))\b"
# an amount's letter before a component: "x kg of", "x tonnes of"
_LETTER = rf"(?:(?P<{{}}>[a-z])\s*(?:{_UNIT}\s+)?of\s+)?"
_PARTS = re.compile(
    rf"{_VERB}\s+{_LETTER.format('avar')}{_ART}(?P<a>{_NUM})\s*(?:[%°A-Za-z-]+\s+){{0,3}}?(?:with|and)\s+"
    rf"{_LETTER.format('bvar')}{_ART}(?P<b>{_NUM})",
    re.I,
)
# the amount asked before the verb: "how many kg of a 30% solution must be mixed with a 10% solution"
_PASSIVE = re.compile(
    rf"(?P<a>{_NUM})\s*(?:[%°A-Za-z-]+\s+){{0,3}}?(?:(?:must|should|would|will|is|are|to)\s+)?(?:be\s+)?"
    rf"(?:mixed|blended|combined|added)\s+(?:with|to|into)\s+{_ART}(?P<b>{_NUM})",
    re.I,
)
# a component stated with its label, in percent: "Pile A assays 1.2% Cu", "pile B 0.4%", "ore 2 grades 0.4 %"
_LABELLED = re.compile(
    r"\b(?!(?:at|of|is|to|and|or|by|in|on|for|with|from|than)\b)"
    rf"(?P<noun>[A-Za-z]{{2,}})\s+(?P<label>[A-Za-z]|\d{{1,2}})\b(?![.,]\d)[\s,:=(]*"
    rf"(?:(?:is|assays?|grades?|runs?|contains?|has|holds?|carries|averages?|at|of)\s+)?{_ART}"
    rf"(?P<value>{_NUM})\s*%",
    re.I,
)
_ASK = re.compile(rf"\bhow\s+(?:many|much)\s+(?:[A-Za-z]+\s+)?(?:of\s+)?{_ART}(?P<ask>{_NUM})", re.I)
_ASK_LABEL = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:[A-Za-z]+\s+)?(?:of|from)\s+(?:the\s+)?(?:(?P<noun>[A-Za-z]{2,})\s+)?"
    r"(?P<label>[A-Za-z]|\d{1,2})\b",
    re.I,
)
_ASK_EACH = re.compile(r"\b(?:of|from)\s+each\b|\beach\s+(?:one|component|of\s+them)\b|\bboth\s+amounts\b", re.I)
_ASK_LETTER = re.compile(r"\b(?:find|what\s+is|solve\s+for|determine|calculate)\s+(?P<var>[a-z])\b(?!\s*[=(])", re.I)
_ASKS = re.compile(r"\bhow\s+(?:many|much)\b|\b(?:find|what\s+is|solve\s+for|determine|calculate)\b", re.I)
_BLENDED = re.compile(
    rf"(?:{_VERB}|\bblend\b).*?(?:\bhow\s+(?:many|much)\b|\bfind\s+[a-z]\b|\bsolve\s+for\b)", re.I | re.S
)
_EXAMPLE = (
    "a blend needs the total amount at its target value ('20 hL at 1.048', '500 t at 0.9%'), the two components' "
    "values ('blending a 1.060 wort with a 1.040 wort', 'pile A assays 1.2%, pile B 0.4%') and the amount asked ('how "
    "many hL of the 1.060 wort', 'how many tonnes of each')"
)


@dataclass(frozen=True)
class Blend:
    """The equation in the amount x of the component asked, as text, and the amounts for the audit's record; when
    both amounts are asked (``each``), the components' values ``asked`` (x) and ``other`` (y)."""

    equation: str
    total: str
    target: str
    asked: str
    other: str
    each: bool = False

    def system(self) -> tuple[list[list[str]], list[str], list[str]]:
        """x + y = T and a x + b y = c T: A's rows, b (exact fractions as text) and the two equations as written."""
        rhs = Fraction(self.target) * Fraction(self.total)
        right = str(rhs.numerator) if rhs.denominator == 1 else f"{rhs.numerator}/{rhs.denominator}"
        rows = [["1", "1"], [_exact(self.asked), _exact(self.other)]]
        equations = [f"x + y = {self.total}", f"{self.asked}x + {self.other}y = {self.target}*{self.total}"]
        return rows, [self.total, right], equations


def _exact(text: str) -> str:
    value = Fraction(text)
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def _components(text: str) -> tuple[str, str, dict[str, str], dict[str, str]] | None:
    """The two components' values, their letters ("x kg of 30%": {"x": "30"}) and labels ("pile A": {"a": "1.2"}),
    mixed in words or stated with labels; None when the text states neither."""
    parts = _PARTS.search(text)
    passive = None if parts else _PASSIVE.search(text)
    if passive:
        return passive["a"], passive["b"], {}, {}
    if parts:
        letters = {parts[v]: parts[k] for v, k in (("avar", "a"), ("bvar", "b")) if parts[v]}
        return parts["a"], parts["b"], letters, {}
    labelled = list(_LABELLED.finditer(text))
    nouns = {m["noun"].lower() for m in labelled}
    labels = {m["label"].lower(): m["value"] for m in labelled}
    if len(labelled) != 2 or len(nouns) != 1 or len(labels) != 2:
        return None
    (a, b) = (m["value"] for m in labelled)
    return a, b, {}, labels


def _total(text: str, values: set[float]) -> re.Match[str] | None:
    """The one total at its target that is not a component's own amount; None when there is none or more."""
    found = {(m["total"], m["target"]): m for m in _TOTAL.finditer(text) if float(m["target"]) not in values}
    return next(iter(found.values())) if len(found) == 1 else None


def _asked(text: str, a: str, b: str, letters: dict[str, str], labels: dict[str, str]) -> str | None:
    """The value of the component asked, "each" for both, or None when the ask names neither."""
    if _ASK_EACH.search(text):
        return "each"
    by_value = _ASK.search(text)
    if by_value and by_value["ask"] in {a, b}:
        return by_value["ask"]
    by_label = _ASK_LABEL.search(text)
    if by_label and by_label["label"].lower() in labels:
        return labels[by_label["label"].lower()]
    by_letter = [m["var"] for m in _ASK_LETTER.finditer(text) if m["var"] in letters]
    if len(set(by_letter)) == 1:
        return letters[by_letter[0]]
    return None


def blend_parts(question: str) -> Blend | None:
    """The blend the question asks; None when it asks none. Raises ValueError when it asks one whose total, target,
    components or asked component are not all written, or whose target lies outside the components' values."""
    text = plain_text(question)
    components = _components(text)
    verb = _BLENDED.search(text)
    if components is None:
        if verb:
            raise ValueError(_EXAMPLE)
        return None
    a, b, letters, labels = components
    total = _total(text, {float(a), float(b)})
    if total is None or not _ASKS.search(text):
        if verb:
            raise ValueError(_EXAMPLE)
        return None
    if float(a) == float(b):
        raise ValueError(f"a blend needs two different components; read {a} and {b}")
    asked = _asked(text, a, b, letters, labels)
    if asked is None:
        raise ValueError(f"the component asked must be one of the two ({a}, {b}) or 'each': {_EXAMPLE}")
    target = total["target"]
    if not min(float(a), float(b)) < float(target) < max(float(a), float(b)):
        raise ValueError(f"no blend of {a} and {b} reaches {target}: the target must lie between them")
    first = a if asked == "each" else asked
    other = b if first == a else a
    t = total["total"]
    equation = f"{first}*x + {other}*({t} - x) = {target}*{t}"
    return Blend(equation, t, target, first, other, asked == "each")


def blend_score(text: str) -> bool:
    """Whether the text asks a two-component blend (read or declined)."""
    try:
        return blend_parts(text) is not None
    except ValueError:
        return True
