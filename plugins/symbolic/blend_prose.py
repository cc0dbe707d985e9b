"""A two-component blend: how much of one component (or of each) makes a total amount at a target value.

"I need 20 hL of wort at 1.048 and I'm blending a 1.060 wort with a 1.040 wort. How many hL of the 1.060 wort go
in?": the total (20 hL) at the target (1.048), the two components' values (1.060, 1.040) and the one asked. Values
mix linearly by amount, so x + y = T and a x + b y = c T; with y = T - x that is the one equation
a x + b (T - x) = c T in the amount x of the component asked. The components are mixed in words ("blending a 20%
stock with a 5% stock", "mix x kg of 30% with 10%", "two alloys, one at 12% Si and one at 4% Si") or stated with labels, in percent ("Pile A assays 1.2% Cu, pile
B 0.4% Cu", "lot A assays at 97.2%, lot B at 101.8%", "stockpile 1 grades 3.2 g/t"; a labelled value needs its unit:
%, ppm, ppb, per mille, °Brix, degrees Plato, g/t, mg/kg); the total is "20 hL at 1.048", "50 kg of 18%", "500 t grading
0.9%", "a 500 kg final blend at exactly 100.0%"; the one asked is named by its value ("how many kg of the 5% stock"),
its label ("how many tonnes of pile A"), its name ("how many kg of the concentrate" when only the 65 °Brix one is a
concentrate) or its letter ("x kg of 30% ... find x"), and "how many tonnes of each" asks both amounts (the system of
the two equations). A target outside the two components' values has no blend. A dilution is the blend of a stock
with a diluent at zero: "need 250 mL of 0.5% w/v solution, only have a 2% w/v stock + WFI. how many mL of stock go
in?" is C1 x = C2 V2 in the volume x of stock (C1 V1 = C2 V2), the target and the stock in one unit of
concentration. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from plugins.api.prose import DECIMAL, plain_text
from plugins.symbolic.linear_system import fraction_text

_ART = r"(?:(?:a|an|the|some|our|my|your|their)\s+(?:own\s+)?)?"  # "using our 6.8% pale", "our own regrind"
_UNIT = r"[A-Za-z]+(?:/[A-Za-z]+)?"  # "kg", "L/h"
# the word before a total's target: "at", "grading", "blended to" ("a 500 kg batch blended to exactly 7%")
# ("a 500 kg heat that is 40% nickel", "a 2 t lot which must be 0.9% Cu")
_AT = (
    r"(?:at|@|of|grading|assaying|averaging|with|(?:blended|mixed|made\s+up|brought)\s+to|"
    r"(?:that|which)(?:'s|\s+is|\s+(?:must|should|will|has\s+to|needs?\s+to)\s+be))"
)
_EXACTLY = r"(?:(?:exactly|precisely)\s+)?"
# a concentration or an activity per volume: "110 U/L", "50 IU/L", "5 mmol/L", "140 mEq/L", "0.9 mg/dL", "12 g/L"
_PER_VOLUME = r"(?:[mµunk]?(?:U|IU|mol|Eq)|[mµun]?g)\s?/\s?(?:[dmµu]?L|l)\b"
# a component's unit of value: "%", "wt%", "ppm", "°Brix", "degrees Plato", "degBrix", "g/t", "mg/kg", or per volume
_GRADE = (
    r"(?:%|wt\s?%|per\s?cent\b|ppm\b|ppb\b|‰|per\s+mille\b|°\s?[A-Za-z]+|deg[A-Z][a-z]*\b|degrees?\s+[A-Za-z]+|"
    rf"(?:[mµu]?g|oz)\s?/\s?(?:k?g|t|m?L|l)\b|{_PER_VOLUME})"
)
# a price per unit of amount after its currency: "$42/kg", "€3.10 per litre", "£65 a tonne"
_PER_WORD = r"(?:/\s?|\s+(?:per|a)\s+)"
_PER = rf"{_PER_WORD}(?P<per>[A-Za-z]+)\b"
# the total at its target: "20 hL of wort at 1.048", "50 kg of 18%", "50 kg of an 18% solution", "500 t at 0.9% Cu",
# "500 kg final blend at exactly 100.0%", "10 mL of an in-house ALT control pool at 110 U/L" (up to 5 words of name)
_TOTAL = re.compile(
    rf"(?<![\w.])(?P<total>{DECIMAL})\s*(?P<unit>{_UNIT})\s+(?:of\s+{_ART}(?:[A-Za-z-]+\s+){{0,5}}?(?:{_AT}\s+)?|"
    rf"(?:[A-Za-z-]+\s+){{0,3}}?{_AT}\s+{_ART}){_EXACTLY}"
    rf"(?P<target>{DECIMAL})(?!\s*[A-Za-z]*\s+of\b)",
    re.I,
)
_VERB = r"\b(?:blend(?:s|ed|ing)?|mix(?:es|ed|ing)?|combin(?:e|es|ed|ing))\b"
# an amount's letter before a component: "x kg of", "x tonnes of"
_LETTER = rf"(?:(?P<{{}}>[a-z])\s*(?:{_UNIT}\s+)?of\s+)?"
# a component's name after its value, up to 3 words: "a 65 °Brix concentrate with" (the first component's, as few as
# reach the word joining them), "a 12 °Brix single-strength juice" (the second's, as many as there are)
_NAME = r"(?P<{}>(?:\s*(?:" + _PER_VOLUME + r"|[%°A-Za-z-]+)){{0,3}}{})"  # "a 2 mmol/L solution with"
_COUNTED = r"(?:(?:two|2)\s+[A-Za-z-]+\s*[,:]?\s*)?"  # "blending two crudes, 0.8 wt% S and 2.6 wt% S"
# the pair counted before the named components: "from just two green coffees: a Brazilian at £18 per kg and ..."
_PAIR_NAMED = r"(?:(?:(?:just|only)\s+)?(?:two|2)\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s*[,:]\s*)?"
_PARTS = re.compile(
    rf"{_VERB}\s+(?:(?:from|using)\s+)?{_COUNTED}{_LETTER.format('avar')}{_ART}(?P<a>{DECIMAL}){_NAME.format('aname', '?')}\s+(?:with|and)\s+"
    rf"{_LETTER.format('bvar')}{_ART}(?P<b>{DECIMAL}){_NAME.format('bname', '')}(?![%°A-Za-z-])",
    re.I,
)
# each component named, then its value in brackets: "blending backwash return (250 mg/L TSS) with clarified water
# (40 mg/L)", "mix stream A (12%) and stream B (4%)", "blended from sand A (8% passing) and sand B (2% passing)", the
# property valued may lead ("blending well water (hardness 450 mg/L as CaCO3) with treated water (120 mg/L)")
_ON_HAND = r"\b(?:ha(?:ve|s)|got|using|on\s+hand\s*:?|available\s*:?)"
_PROPERTY_LEAD = r"(?:[A-Za-z][\w-]*\s+){0,2}?"
_BRACKETED = re.compile(
    rf"(?:{_VERB}|{_ON_HAND})\s+(?:(?:from|using|of)\s+)?{_ART}(?P<aname>(?:[A-Za-z][\w-]*\s+){{0,3}}[A-Za-z][\w-]*)\s*\(\s*(?P<aprop>{_PROPERTY_LEAD})(?P<a>{DECIMAL})[^()]*\)\s*,?\s*"
    rf"(?:with|and)\s+{_ART}(?P<bname>(?:[A-Za-z][\w-]*\s+){{0,3}}[A-Za-z][\w-]*)\s*\(\s*(?P<bprop>{_PROPERTY_LEAD})(?P<b>{DECIMAL})[^()]*\)",
    re.I,
)
# each component named, then its value after "at": "blended from whole milk at 3.9% fat and skim at 0.1% fat", "a
# mix of HFO at $540/t and MGO at $800/t" (a price per unit of amount), "blend PA66 lot w/ 12% GF and lot w/ 30% GF";
# or on hand, no verb of mixing: "got whole milk at 3.8% fat and skim at 0.5% fat", "we have ... "
_PRICE_PER = rf"{_PER_WORD}[A-Za-z]+\b"  # as _PER, without its group (a pattern may hold it twice)
# the words between a component's name and its value: "at", "w/", "that's", "which is" ("a peat compost that's 45% OM")
_VALUED = r"(?:at|of|w/|with|@|(?:that|which)(?:'s|\s+is|\s+are|\s+runs|\s+tests|\s+assays))"
_NAMED_AT = re.compile(
    rf"(?:{_VERB}|{_ON_HAND})\s+(?:from\s+|of\s+)?(?:(?:only|just)\s+)?{_PAIR_NAMED}{_ART}(?P<aname>(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*)\s+{_VALUED}\s*"
    rf"(?P<acur>[$€£]\s?)?(?P<a>{DECIMAL})\s*(?(acur){_PRICE_PER}|{_GRADE}(?:\s*[A-Za-z]+)?)\s*,?\s*(?:with|and)\s+{_ART}"
    rf"(?P<bname>(?:[A-Za-z][\w-]*\s+){{0,2}}[A-Za-z][\w-]*)\s+{_VALUED}\s*"
    rf"(?(acur)[$€£]\s?)(?P<b>{DECIMAL})\s*(?(acur){_PRICE_PER}|{_GRADE})",
    re.I,
)
# two components told apart only by their values: "two charge alloys, one at 12% Si and one at 4% Si", "one is 12%
# Si, the other 4% Si", "one assaying 3.2 g/t and another assaying 1.1 g/t", "one runs 12% passing the #200 and the
# other 4%" (up to 4 words of what the value measures after it, a sieve's label "#200" among them)
_ONE_IS = r"(?:(?:is|at|of|with|assays?|assaying|grades?|grading|runs?|running)\s+)?"
_ONE_AT = re.compile(
    rf"\bone\s+(?:is\s+)?{_ONE_IS}{_ART}(?P<a>{DECIMAL})\s*{_GRADE}(?P<aname>(?:\s*(?:[A-Za-z]+|#\s?\d+)){{0,4}}?)\s*,?\s*"
    r"(?:and\s+|with\s+)?"
    rf"(?:one|another|the\s+other(?:\s+one)?|{_ART}[A-Za-z-]+\s+one)\s+{_ONE_IS}{_ART}(?P<b>{DECIMAL})\s*{_GRADE}"
    r"(?P<bname>(?:\s*[A-Za-z]+)?)",
    re.I,
)
# a word of strength before a component's value: "a weak 0.5% solution", "a strong 5% stock"
_QUALITY = r"(?:(?:weak|weaker|strong|stronger|dilute|concentrated|lean|rich|low|high)\s+)?"
# two components on hand, each with its unit of value: "I have a 40% solids cut and a 65% solids cut", "we've got a
# 12 °Brix juice and a 65 °Brix concentrate", "on hand: a 2% stock and a 10% stock", "from a 0.5 mg/dL and a 1.5 mg/dL
# stock", "has two premix bottles, 5% CF4 in Ar and 20% CF4 in Ar", "a 5% stock and a weak 0.5% solution" (no verb
# of mixing needed), the containers named before them ("have drums at 2% additive and 8% additive"), or the product
# named before each value, the same word twice ("has lidocaine 2% and lidocaine 0.5% solutions")
_HAVE = re.compile(
    r"\b(?:have|has|got|stock|carry|holds?|from|using|on\s+hand\s*:?|available\s*:?|there\s+(?:is|are))\s+"
    rf"(?:{_PAIR_NAMED}|(?:both|two|only|just)\s+)?(?:[A-Za-z-]+\s+(?:at|of)\s+|(?P<product>[A-Za-z][\w-]*)\s+(?=[\d.]))?"
    rf"{_ART}{_QUALITY}(?P<a>{DECIMAL})\s*{_GRADE}(?P<aname>(?:\s*[A-Za-z][\w-]*){{0,3}}?)\s*,?\s+(?:and|plus|\+|&)\s+{_ART}"
    rf"(?(product)(?P=product)\s+){_QUALITY}(?P<b>{DECIMAL})\s*{_GRADE}(?P<bname>(?:\s*[A-Za-z][\w-]*){{0,3}}?)(?=\s*[.,;:?!()—–]|\s*$|\s+(?:one|on\s+hand|available|on\s+(?:the\s+)?shelf|that|which)\b|\s+-\s)",
    re.I,
)
# the blend written with its unknown: "x kg of 0.5% premix + (200 - x) kg of 1.0% premix", "mix x kg of a 0.5% premix
# with (200 - x) kg of a 1.0% premix" (the whole, 200, must be the blend's total)
_UNKNOWN_PARTS = re.compile(
    rf"(?<![\w.])(?P<avar>[a-z])\s*(?:{_UNIT}\s+)?of\s+{_ART}(?P<a>{DECIMAL}){_NAME.format('aname', '?')}\s*"
    rf"(?:\+|plus|and|with)\s*\(\s*(?P<whole>{DECIMAL})\s*-\s*(?P=avar)\s*\)\s*(?:{_UNIT}\s+)?of\s+{_ART}"
    rf"(?P<b>{DECIMAL}){_NAME.format('bname', '')}(?![%°A-Za-z])",
    re.I,
)
# two components told apart by the values of one property, its unit after them: "blending two LLDPE grades, MFI 0.9
# and 2.5 g/10 min", "mixing two resins of viscosity 120 and 450 cP" (the target is that property's one other value:
# "a blend MFI of 1.5")
_PROPERTY = re.compile(
    rf"{_VERB}\s+(?:{_ART}(?:two|2)\s+(?:[A-Za-z-]+\s+){{0,2}}?[A-Za-z-]+(?:\s*[,:]|\s+(?:with|of|at))\s*)?"
    rf"(?P<prop>[A-Za-z][\w-]*)\s+(?:of\s+)?(?P<a>{DECIMAL})\s*(?:and|&)\s*(?P<b>{DECIMAL})(?!\.?\d)",
    re.I,
)
# the amount asked before the verb: "how many kg of a 30% solution must be mixed with a 10% solution" (not an amount
# on hand after it: "added to 300 mL of 0.9% saline" tops up a batch, see ``added_parts``)
_PASSIVE = re.compile(
    rf"(?P<a>{DECIMAL}){_NAME.format('aname', '?')}\s+(?:(?:must|should|would|will|is|are|to)\s+)?(?:be\s+)?"
    rf"(?:mixed|blended|combined|added)\s+(?:with|to|into)\s+{_ART}(?P<b>{DECIMAL})(?![\d.]|\s*{_UNIT}\s+of\s)"
    rf"{_NAME.format('bname', '')}"
    r"(?![%°A-Za-z-])",
    re.I,
)
# a component stated with its label and its unit: "Pile A assays 1.2% Cu", "pile B 0.4%", "ore 2 grades 0.4 %",
# "lot A assays at 97.2%", "lot B at 101.8%", "lot 2 (450 ppm)", "tank A holds water at 450 ppm"
_LABELLED = re.compile(
    r"\b(?!(?:at|of|is|to|and|or|by|in|on|for|with|from|than)\b)"
    rf"(?P<noun>[A-Za-z]{{2,}})\s+(?P<label>[A-Za-z]|\d{{1,2}})\b(?![.,]\d)[\s,:=(]*"
    rf"(?:(?:(?!(?:is|at|of|and)\b)[A-Za-z]+\s+)?(?:is|assays?|grades?|runs?|contains?|has|holds?|carries|averages?|tests?|measures?|costs?|sells\s+for)\s+"
    rf"(?:[A-Za-z]+\s+)?)?(?:(?:at|of)\s+|@\s*)?{_ART}(?:(?:only|just|about|roughly)\s+)?(?P<cur>[$€£]\s?)?(?P<value>{DECIMAL})"
    rf"\s*(?(cur){_PER}|{_GRADE})",
    re.I,
)
# the share of the blend asked: "what proportion of A", "what mass fraction of pile 1", "what percentage of lot A"
_SHARE_WORDS = r"proportion|fraction|share|percentage|percent"
_SHARE = re.compile(rf"(?:what|which)\s+(?:mass\s+|weight\s+|volume\s+)?(?P<share>{_SHARE_WORDS})(?=\s+of\b)", re.I)
# a share of variation asked ("how much of the variation does it explain", "how much variance"): an R², no amount
_OF_VARIATION = r"(?!\s+(?:of\s+)?(?:the\s+)?(?:total\s+)?(?:variation|variance|variability|scatter|spread)\b)"
# a bare ask at the start of a clause, its unit of amount and what it is of, up to its question mark: "kg of skim
# required?", "kg of the 0.05% skim?"
_BARE_ASK = rf"(?:^|(?<=[.;:!?])\s*)(?={_UNIT}\s+of\s+(?:[^.?!;]|(?<=\d)\.(?=\d)){{1,60}}\?)"
_HOW = (
    rf"(?:\b(?:how\s+(?:many|much){_OF_VARIATION}|what\s+(?:mass|amount|quantity|weight|volume|flow(?:\s*rate)?)"
    r"|(?:determine|find|calculate|compute)\s+the\s+(?:mass|amount|quantity|weight|volume|flow(?:\s*rate)?)"
    rf"|(?:what|which)\s+(?:mass\s+|weight\s+|volume\s+)?(?:{_SHARE_WORDS})(?=\s+of\b))\b|{_BARE_ASK})"
)
# the unit of the amount asked set off by commas or brackets, or after "in": "what volume, in mL, of the 20 mg/mL
# stock", "the mass in kg of the 40 wt% solution", "what flow (sccm) on the 20% MFC"
_IN_UNIT = rf"(?:\s*,\s*in\s+{_UNIT}\s*,|\s+in\s+{_UNIT}(?=\s+(?:of|on|through|from|for)\b)|\s*\(\s*{_UNIT}\s*\))?"
# the component whose amount is asked, after its preposition: "of the 5% stock", "on the 20% MFC" (a flow through it)
_ASK = re.compile(
    rf"{_HOW}{_IN_UNIT}\s*(?:{_UNIT}\s+)?(?:(?:of|on|through|from|for)\s+)?{_ART}(?P<ask>{DECIMAL})", re.I
)
_ASK_LABEL = re.compile(
    rf"{_HOW}\s*(?:[A-Za-z]+\s+){{0,2}}?(?:of|from)\s+(?:the\s+)?(?:(?P<noun>[A-Za-z]{{2,}})\s+)?"
    r"(?P<label>[A-Za-z]|\d{1,2})\b",
    re.I,
)
# the component asked as the source of the share or amount: "what fraction of the blended flow must come from well
# A", "how much of the feed should be drawn from tank 2"
_ASK_FROM = re.compile(
    rf"{_HOW}[^.?;!]{{0,60}}?\b(?:comes?|coming|be\s+(?:drawn|taken|supplied|sourced))\s+from\s+(?:the\s+)?"
    r"(?:(?P<noun>[A-Za-z]{2,})\s+)?(?P<label>[A-Za-z]|\d{1,2})\b",
    re.I,
)
# the words of an ask by name, up to the end of its clause: "how many kg of the concentrate go in"
_ASK_NAME = re.compile(rf"{_HOW}(?P<words>[^.?;:,()]{{1,60}})", re.I)
# words that name no component: articles, prepositions, verbs of the ask and of making the blend
_NOT_NAMES = frozenset(
    "a an the of to in into at and or with for by from get make makes give gives yield produce be is are was must "
    "should would will need needed needs go goes going used use do does we you it this that final blend mix total "
    "required each".split()
)
_ASK_EACH = re.compile(r"\b(?:of|from)\s+each\b|\beach\s+(?:one|component|of\s+them)\b|\bboth\s+amounts\b", re.I)
# a letter asked by a verb ("find x") or by "x = ?"
_LETTER_ASKED = r"\b(?P<qvar>[a-z])\s*=\s*\?"
_ASK_LETTER = re.compile(
    rf"\b(?:find|what\s+is|solve\s+for|determine|calculate)\s+(?P<var>[a-z])\b(?!\s*[=(])|{_LETTER_ASKED}", re.I
)
_ASKS = re.compile(rf"{_HOW}|\b(?:find|what\s+is|solve\s+for|determine|calculate)\b|{_LETTER_ASKED}", re.I)
_BLENDED = re.compile(
    rf"(?:{_VERB}|\bblend\b).*?(?:{_HOW}|\b(?:find|solve\s+for)\s+(?P<var>[a-z])\b|{_LETTER_ASKED})", re.I | re.S
)
_EXAMPLE = (
    "a blend needs the total amount at its target value ('20 hL at 1.048', '500 t at 0.9%'), the two components' "
    "values ('blending a 1.060 wort with a 1.040 wort', 'pile A assays 1.2%, pile B 0.4%') and the amount asked ('how "
    "many hL of the 1.060 wort', 'how many tonnes of each')"
)


@dataclass(frozen=True)
class Blend:
    """The equation in the amount x of the component asked, as text, and the amounts for the audit's record; when
    both amounts are asked (``each``), the components' values ``asked`` (x) and ``other`` (y); ``share`` when x is the
    share of the blend asked ("what proportion of A"), from 0 to ``total`` (1, or 100 in percent)."""

    equation: str
    total: str
    target: str
    asked: str
    other: str
    each: bool = False
    names: tuple[str, str] = ("", "")
    share: bool = False  # x is the share of the component asked (0 to 1, or 0 to 100 in percent), no amount

    def components(self) -> list[str]:
        """The component asked and the other, each with its name as the question writes it ("lot A at 97.2")."""
        pairs = zip(self.names, (self.asked, self.other), strict=True)
        return [f"{name} at {value}" if name else value for name, value in pairs]

    def system(self) -> tuple[list[list[str]], list[str], list[str]]:
        """x + y = T and a x + b y = c T: A's rows, b (exact fractions as text) and the two equations as written."""
        rhs = Fraction(self.target) * Fraction(self.total)
        right = fraction_text(rhs)
        rows = [["1", "1"], [_exact(self.asked), _exact(self.other)]]
        equations = [f"x + y = {self.total}", f"{self.asked}x + {self.other}y = {self.target}*{self.total}"]
        return rows, [self.total, right], equations


def _exact(text: str) -> str:
    """A decimal written as an exact fraction: "0.35" -> "7/20"."""
    return fraction_text(Fraction(text))


class _Components(NamedTuple):
    """The two components' values, their letters ("x kg of 30%": {"x": "30"}), labels ("pile A": {"a": "1.2"}) and
    the words that name one of them only ("a 65 °Brix concentrate with a 12 °Brix juice": {"concentrate": "65",
    "juice": "12"})."""

    a: str
    b: str
    letters: dict[str, str]
    labels: dict[str, str]
    names: dict[str, str]
    titles: dict[str, str]  # each value's name as written: {"3.2": "stockpile 1"}, {"65": "°Brix concentrate"}
    whole: str = ""  # the total the blend's unknown is written against: the 200 of "(200 - x) kg"
    target: str = ""  # the target of a blend of a property's values: the 1.5 of "a blend MFI of 1.5"


def _word(word: str) -> str:
    """A name's word in one form: lower case, a plural's s dropped ("concentrates" -> "concentrate")."""
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _name_words(text: str) -> set[str]:
    """The words of a component's name, its unit and the words that name nothing dropped."""
    words = {_word(w) for w in re.findall(r"[A-Za-z][A-Za-z-]*", re.sub(_GRADE, " ", text, flags=re.I))}
    return words - _NOT_NAMES


def _names(match: re.Match[str]) -> dict[str, str]:
    """Each word of one component's name that the other's lacks, to its value."""
    a, b = _name_words(match["aname"]), _name_words(match["bname"])
    return {w: match["a"] for w in a - b} | {w: match["b"] for w in b - a}


def _titles(match: re.Match[str]) -> dict[str, str]:
    """Each component's value to its name as written after it ("°Brix concentrate")."""
    return {match[v]: " ".join(match[f"{v}name"].split()) for v in ("a", "b")}


def _property_components(text: str) -> _Components | None:
    """The two components of a blend of one property's values ("blending two LLDPE grades, MFI 0.9 and 2.5"), with
    the target, that property's one other value ("a blend MFI of 1.5"); None when the text writes no such pair or not
    one target."""
    m = _PROPERTY.search(text)
    target = _property_target(text, m["prop"], (m["a"], m["b"])) if m else None
    return _Components(m["a"], m["b"], {}, {}, {}, {}, target=target) if m and target else None


def _property_target(text: str, prop: str, values: tuple[str, str]) -> str | None:
    """The one value of the property ``prop`` that the text states besides the components' ``values``: the target
    ("a blend MFI of 1.5", "Target blend MFI = 14.5"); None when there is none or more."""
    stated = re.finditer(
        rf"\b{re.escape(prop)}\s*(?:(?:of|at|is|to|=|:|should\s+be|must\s+be)\s*)?(?P<v>{DECIMAL})(?!\.?\d)",
        text,
        re.I,
    )
    targets = {t["v"] for t in stated if float(t["v"]) not in {float(v) for v in values}}
    return targets.pop() if len(targets) == 1 else None


def _bracketed_target(text: str, parts: re.Match[str]) -> str:
    """The target of a blend whose bracketed components lead with the one property they are valued by ("virgin PP
    (MFI 12 g/10 min) with regrind (MFI 20 g/10 min)"): that property's one other value ("Target blend MFI = 14.5");
    "" when the components name no one property or the text states no one other value of it."""
    leads = {" ".join(parts[k].split()[-1:]).lower() for k in ("aprop", "bprop")}
    if len(leads) != 1 or not (prop := leads.pop()):
        return ""
    return _property_target(text, prop, (parts["a"], parts["b"])) or ""


def _components(text: str) -> _Components | None:
    """The two components, mixed in words or stated with labels; None when the text states neither."""
    unknown = _UNKNOWN_PARTS.search(text)
    if unknown:
        letters = {unknown["avar"]: unknown["a"]}
        return _Components(unknown["a"], unknown["b"], letters, {}, _names(unknown), _titles(unknown), unknown["whole"])
    parts = (
        _PARTS.search(text)
        or _BRACKETED.search(text)
        or _NAMED_AT.search(text)
        or _ONE_AT.search(text)
        or _HAVE.search(text)
    )
    passive = None if parts else _PASSIVE.search(text)
    if passive:
        return _Components(passive["a"], passive["b"], {}, {}, _names(passive), _titles(passive))
    if parts:
        letters = {parts[v]: parts[k] for v, k in (("avar", "a"), ("bvar", "b")) if parts.groupdict().get(v)}
        target = _bracketed_target(text, parts) if parts.re is _BRACKETED else ""
        return _Components(parts["a"], parts["b"], letters, {}, _names(parts), _titles(parts), target=target)
    if by_property := _property_components(text):
        return by_property
    labelled = list(_LABELLED.finditer(text))
    nouns = {m["noun"].lower() for m in labelled}
    labels = {m["label"].lower(): m["value"] for m in labelled}
    if len(labelled) != 2 or len(nouns) != 1 or len(labels) != 2:
        return None
    (a, b) = (m["value"] for m in labelled)
    return _Components(a, b, {}, labels, {}, {m["value"]: f"{m['noun']} {m['label']}" for m in labelled})


def _total(text: str, values: set[float]) -> re.Match[str] | None:
    """The one total at its target that is not a component's own amount; None when there is none or more."""
    found = {(m["total"], m["target"]): m for m in _TOTAL.finditer(text) if float(m["target"]) not in values}
    return next(iter(found.values())) if len(found) == 1 else None


# the total amount alone: "a 50 kg batch", "the 2 t final blend", "a batch of 50 kg", "500 tonnes total", "a 500 t
# stem in total", "Total product going on = 450 kg/ha" (up to 3 words between "total" and its "=" or ":")
_BATCH_WORDS = r"(?:batch|blend|lot|mix|mixture|charge|load)"
_BATCH = re.compile(
    rf"(?<![\w.$€£])(?P<total>{DECIMAL})\s*(?P<unit>{_UNIT})\s+(?:(?:(?:final|whole|total)\s+)?{_BATCH_WORDS}|(?:(?!of\b)[A-Za-z-]+\s+)?(?:in\s+)?total)\b"
    rf"|\b{_BATCH_WORDS}\s*(?:(?:of|is|size(?:\s+is)?)\s+|[:=]\s*)(?P<total2>{DECIMAL})\s*(?P<unit2>{_UNIT})\b"
    rf"|\btotal(?:\s+[A-Za-z-]+){{1,3}}?\s*[:=]\s*(?P<total3>{DECIMAL})\s*(?P<unit3>{_UNIT})\b",
    re.I,
)
# the blend's content as an amount, not a share: "hit exactly 5.4 kg of protein", "hold 4 kg of API", "cost
# exactly $2500", "a total cost of $2500", "I want exactly 150 kg N/ha out of it" (an amount per area or time with
# what it is of between: 150 kg/ha of N)
_CONTENT = re.compile(
    r"\b(?:hits?|reach(?:es)?|contains?|holds?|ha(?:ve|s)|gives?|carr(?:y|ies)|totall?(?:s|ed)?|costs?|"
    r"(?:comes?|came)\s+(?:out\s+)?to|wants?|supply|supplies|delivers?|provides?|"
    rf"(?:total\s+)?cost\s+of)\s+(?:a\s+total\s+of\s+)?{_EXACTLY}"
    rf"(?:(?P<cur>[$€£])\s?(?P<money>{DECIMAL})(?!\.?\d|{_PER})|(?P<content>{DECIMAL})\s*(?P<unit>{_UNIT})\s+"
    r"(?:(?:of\s+)?[A-Za-z][\w]*\s*(?:/|\s+per\s+)(?P<over>[A-Za-z]+)\b|(?:of\s+)?[A-Za-z]))",
    re.I,
)


def _batches(text: str, within: set[int] = frozenset()) -> set[tuple[str, str]]:
    """The total amounts the text states alone ("a 50 kg batch", "batch is 500 kg"), each with its unit as
    ``_unit_key`` writes it; none starting at a position in ``within``."""
    return {
        (m["total"] or m["total2"] or m["total3"], _unit_key(m["unit"] or m["unit2"] or m["unit3"]))
        for m in _BATCH.finditer(text)
        if m.start() not in within
    }


def _priced_per(text: str, value: str) -> set[str]:
    """The units of amount a component's value is a price per ("$42/kg" -> {"kg"}), as ``_unit_key`` writes them."""
    found = re.finditer(rf"[$€£]\s?{re.escape(value)}\s*{_PER}", text, re.I)
    return {_unit_key(m["per"]) for m in found}


def _content_target(text: str, parts: _Components) -> tuple[str, str, str] | None:
    """The total and the target of a blend whose content is stated as an amount: "a 50 kg batch ... hit 5.4 kg of
    protein" with components in percent is 50 at 10.8 (5.4/50 of 100); "a 50 kg batch has to cost $2500" with
    components priced per kg is 50 at 50 (2500/50); with the content as the equation's right side ("100*5.4",
    "2500"). None unless the one total amount, the one content and the
    components' unit agree (percent with an amount in the total's unit, a price per the total's unit)."""
    contents = list(_CONTENT.finditer(text))
    within = {at for c in contents for at in range(*c.span())}  # "hold 4 kg API in total": the content, no batch
    batches = _batches(text, within)
    if len(batches) != 1 or len(contents) != 1:
        return None
    (total, unit), content = batches.pop(), contents[0]
    if content["money"]:
        if not all(_priced_per(text, v) == {unit} for v in (parts.a, parts.b)):
            return None
        return total, _exact(str(Fraction(content["money"]) / Fraction(total))), content["money"]
    in_percent = all(re.search(rf"(?<![\w.]){re.escape(v)}\s*%", text) for v in (parts.a, parts.b))
    written = f"{content['unit']}/{content['over']}" if content["over"] else content["unit"]  # "kg N/ha": kg/ha
    if not in_percent or _unit_key(written) != unit:
        return None
    return total, _exact(str(Fraction(content["content"]) * 100 / Fraction(total))), f"100*{content['content']}"


# a word that makes a value the blend's target: "Target blend is 4%", "we want 4%", "spec is 0.9% Cu"
_TARGET_CUE = re.compile(
    r"\b(?:target(?:s|ed|ing)?|aim(?:s|ed|ing)?|spec(?:ification)?|goal|want(?:s|ed)?|needs?|required?|must|should|"
    r"hit(?:s|ting)?|reach(?:es|ing)?)\b",
    re.I,
)


def _batch_target(text: str, parts: _Components) -> tuple[str, str, str] | None:
    """The total and the target of a blend whose total is stated alone ("a 1000 kg batch") and whose target is the
    one other value in the components' unit, in a clause that names it a target ("Target blend is 4% passing"):
    (total, target, ""). None unless both components are written in a unit of value and there is exactly one batch
    and one such target."""
    if not all(re.search(rf"(?<![\w.]){re.escape(v)}\s*{_GRADE}", text, re.I) for v in (parts.a, parts.b)):
        return None
    batches = _batches(text)
    values = {float(parts.a), float(parts.b)}
    targets = {
        m["value"]
        for m in _GRADED.finditer(text)
        if float(m["value"]) not in values and _TARGET_CUE.search(re.split(r"[.;!?]\s", text[: m.start()])[-1])
    }
    if len(batches) != 1 or len(targets) != 1:
        return None
    return next(iter(batches))[0], targets.pop(), ""


def _priced_target(text: str, parts: _Components) -> tuple[str, str, str] | None:
    """The total and the target of a blend priced per unit of amount whose total is stated alone ("a 30 kg batch")
    and whose target is the one other price per that unit ("at exactly £21 per kg on average"): (total, target, "").
    None unless both components are priced per the batch's unit and there is exactly one batch and one such price."""
    batches = _batches(text)
    if len(batches) != 1:
        return None
    total, unit = next(iter(batches))
    if not all(_priced_per(text, v) == {unit} for v in (parts.a, parts.b)):
        return None
    values = {float(parts.a), float(parts.b)}
    prices = re.finditer(rf"[$€£]\s?(?P<value>{DECIMAL})\s*{_PER}", text, re.I)
    targets = {m["value"] for m in prices if float(m["value"]) not in values and _unit_key(m["per"]) == unit}
    return (total, targets.pop(), "") if len(targets) == 1 else None


def _asked_by_name(text: str, names: dict[str, str]) -> str | None:
    """The value of the one component whose name the ask uses ("how many kg of the concentrate go in"); None when
    the ask names neither or both."""
    asks = [m["words"] for m in _ASK_NAME.finditer(text)]
    found = {names[w] for words in asks for w in _name_words(words) if w in names}
    return found.pop() if len(asks) == 1 and len(found) == 1 else None


def _title_named(title: str, named: str) -> bool:
    """Whether a component's name as written is the one the ask names: the same words, or, where the ask gives only
    a label ("how many tonnes of A") or a noun and label ("from lot A"), a name ending in them ("stockpile A",
    "granulation lot A")."""
    return title == named or title.endswith(f" {named}")


def _asked_by_title(ask: re.Match[str], titles: dict[str, str]) -> str | None:
    """The value of the one component whose name as written is the noun and label the ask names ("how much of
    granulation A" after "blend granulation A (20% API) with granulation B (5% API)", or "how many tonnes of A" after
    "blend stockpile A at 1.8 g/t with stockpile B at 4.2 g/t"); None otherwise."""
    named = f"{ask['noun'] or ''} {ask['label']}".strip().lower()
    found = [value for value, title in titles.items() if _title_named(title.lower(), named)]
    return found[0] if len(found) == 1 else None


def _asked(text: str, parts: _Components) -> str | None:
    """The value of the component asked, "each" for both, or None when the ask names neither."""
    if _ASK_EACH.search(text):
        return "each"
    by_value = _ASK.search(text)
    if by_value and by_value["ask"] in {parts.a, parts.b}:
        return by_value["ask"]
    for by_label in (_ASK_LABEL.search(text), _ASK_FROM.search(text)):
        if by_label and by_label["label"].lower() in parts.labels:
            return parts.labels[by_label["label"].lower()]
        if by_label and (by_title := _asked_by_title(by_label, parts.titles)):
            return by_title
    if by_name := _asked_by_name(text, parts.names):
        return by_name
    by_letter = [v for m in _ASK_LETTER.finditer(text) if (v := m["var"] or m["qvar"]) in parts.letters]
    if len(set(by_letter)) == 1:
        return parts.letters[by_letter[0]]
    return None


# arithmetic of named quantities in words: "3 times zone A's count minus twice zone B's count comes out to 40"
_WORDED_ARITHMETIC = re.compile(r"\b(?:times|twice|thrice|minus|plus|sum|difference|combined|together)\b", re.I)
_WORDED_SYSTEM = (
    "a system of equations stated in words is not read: write its equations with one letter for each unknown ('A + "
    "B = 230 and 3A - 2B = 40. What is A?')"
)


def worded_system_hint(text: str) -> str:
    """Where the text does arithmetic in words on quantities (a linear system in words: "230 picks combined ... 3
    times zone A's count minus twice zone B's"), how to write that system instead ("; a system ... is not read:
    write its equations ..."); else ""."""
    return f"; {_WORDED_SYSTEM}" if len(set(_WORDED_ARITHMETIC.findall(text.lower()))) >= 2 else ""


def _declined(text: str) -> str:
    """Why a blend could not be read: its example, and how to write a linear system stated in words instead."""
    return _EXAMPLE + worded_system_hint(text)


def _asks_blend(text: str) -> bool:
    """Whether the text mixes things and asks an amount: "how many kg of ...", or a letter that names an amount ("mix x
    kg of 30% with 10% ... find x"); "combine like terms and solve for x" asks none."""
    m = _BLENDED.search(text)
    if m is None:
        return False
    var = m.group("var") or m.group("qvar")
    return var is None or re.search(rf"\b{var}\s*(?:{_UNIT}\s+)?of\b", text) is not None


def blend_parts(question: str) -> Blend | None:
    """The blend the question asks; None when it asks none. Raises ValueError when it asks one whose total, target,
    components or asked component are not all written, or whose target lies outside the components' values."""
    from plugins.symbolic.confluence_prose import confluence_parts  # it builds on this module's Blend

    text = plain_text(question)
    if (streams := confluence_parts(text)) is not None:  # "2.5 m³/s at 3 mg/L ... what ditch flow ... to 6 mg/L"
        return streams
    components = _components(text)
    verb = _asks_blend(text)
    if components is None:  # no two components in a unit of value: a stock and its diluent, or two rates per amount?
        from plugins.symbolic.mixed_air_prose import mixed_air_parts  # it builds this module's Blend

        found = (
            mixed_air_parts(text)
            or removal_parts(text)
            or added_parts(text)
            or dilution_parts(text)
            or rated_parts(text)
            or percent_rated_parts(text)
        )
        if found is not None or not verb:
            return found
        raise ValueError(_declined(text))
    a, b = components.a, components.b
    total = _total(text, {float(a), float(b)})
    share = _SHARE.search(text)
    if share:  # "what proportion of A gives 45% passing": the share of the blend, whatever total it makes
        return _share_blend(text, components, share["share"].lower(), total)
    amounts = (
        (total["total"], total["target"], "")
        if total
        else _content_target(text, components) or _batch_target(text, components) or _priced_target(text, components)
    )
    if components.target and total is None and amounts is None:  # "batch is 500 kg ... a blend MFI of 1.5"
        batches = _batches(text)
        amounts = (next(iter(batches))[0], components.target, "") if len(batches) == 1 else None
    if amounts and components.whole and Fraction(components.whole) != Fraction(amounts[0]):
        raise ValueError(f"the blend is written against {components.whole} but its total is {amounts[0]}")
    if amounts is None or not _ASKS.search(text):
        if verb:
            raise ValueError(_declined(text))
        return None
    if float(a) == float(b):
        raise ValueError(f"a blend needs two different components; read {a} and {b}")
    asked = _asked(text, components)
    if asked is None:
        raise ValueError(f"the component asked must be one of the two ({a}, {b}) or 'each': {_EXAMPLE}")
    t, target, content = amounts
    _check_per_volume_units(text, (a, b, target))
    if not min(Fraction(a), Fraction(b)) < Fraction(target) < max(Fraction(a), Fraction(b)):
        raise ValueError(f"no blend of {a} and {b} reaches {target}: the target must lie between them")
    first = a if asked == "each" else asked
    other = b if first == a else a
    equation = f"{first}*x + {other}*({t} - x) = {content or f'{target}*{t}'}"
    names = (components.titles.get(first, ""), components.titles.get(other, ""))
    return Blend(equation, t, target, first, other, asked == "each", names)


def _check_per_volume_units(text: str, values: tuple[str, ...]) -> None:
    """Raises ValueError when the components and the target are written per volume in different units ("a 50 mg/dL
    pool ... at 110 mg/L"): a blend mixes values in one unit. Units other than per volume are not compared."""
    units: set[str] = set()
    for value in values:
        number = rf"(?<![\w.]){re.escape(value)}(?![\d.])\s*(?P<unit>{_GRADE})"
        units |= {re.sub(r"\s+", "", m["unit"]).lower() for m in re.finditer(number, text, re.I)}
    per_volume = {u for u in units if re.fullmatch(_PER_VOLUME, u, re.I)}
    if per_volume and len(units) > 1:
        raise ValueError(f"the components and the target are in different units ({', '.join(sorted(units))}): "
                         "convert them to one")  # fmt: skip


def _share_blend(text: str, parts: _Components, share: str, total: re.Match[str] | None) -> Blend:
    """The share of the component asked in a blend at its target: a x + b (1 - x) = c for a proportion or a fraction
    (0 to 1), of 100 for a percentage. The target is the total's ("500 t at 0.9%") or the one value in the components'
    unit that is neither of theirs ("gives 45% passing"). Raises ValueError when the component asked or the target is
    not read, or the target lies outside the components' values."""
    a, b = parts.a, parts.b
    asked = _asked(text, parts)
    if asked is None or asked == "each":
        raise ValueError(f"the share asked must be of one of the two components ({a}, {b}): {_EXAMPLE}")
    targets = {total["target"]} if total else _other_values(text, parts)
    if len(targets) != 1:
        raise ValueError(f"a share of a blend needs its one target value besides {a} and {b} ('gives 45% passing')")
    target = targets.pop()
    if not min(float(a), float(b)) < float(target) < max(float(a), float(b)):
        raise ValueError(f"no blend of {a} and {b} reaches {target}: the target must lie between them")
    other = b if asked == a else a
    whole = "100" if share in {"percentage", "percent"} else "1"
    equation = f"{asked}*x + {other}*({whole} - x) = {target}*{whole}"
    names = (parts.titles.get(asked, ""), parts.titles.get(other, ""))
    return Blend(equation, whole, target, asked, other, False, names, True)


def _other_values(text: str, parts: _Components) -> set[str]:
    """The values in the components' unit of value that are neither of theirs: prices per the components' unit of
    amount when both are priced ("cost exactly $1.58/kg" after "$1.40/kg" and "$1.85/kg"), else grades ("gives 45%
    passing")."""
    values = {float(parts.a), float(parts.b)}
    priced = _priced_per(text, parts.a), _priced_per(text, parts.b)
    if all(priced):
        units = priced[0] | priced[1]
        prices = re.finditer(rf"[$€£]\s?(?P<value>{DECIMAL})\s*{_PER}", text, re.I)
        return {m["value"] for m in prices if _unit_key(m["per"]) in units and float(m["value"]) not in values}
    return {m["value"] for m in _GRADED.finditer(text) if float(m["value"]) not in values}


# a value in a component's unit of value: "45% passing", "0.9 % Cu", "12 °Brix"
_GRADED = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})\s*{_GRADE}", re.I)

_VOLUME = r"(?:[mµu]?[Ll]|mls?|litres?|liters?|millilit(?:re|er)s?|gal(?:lons?)?|fl\.?\s*oz)"
_CONCENTRATION = r"(?:%\s*(?:w/v|v/v|w/w)?|(?:[mµun]?g|[mµun]?mol)\s*/\s*(?:[mµu]?L|dL|l)|[mµun]?M|ppm|ppb)(?![A-Za-z])"
_MASS = r"(?:[mµu]?g|kg|t|tonnes?|lbs?|grams?|kilograms?)"
_AMOUNT = rf"(?:{_VOLUME}|{_MASS})(?![A-Za-z])"  # a dilution's amount: a volume, or a mass ("50 kg at 0.8% w/w")
# a whole word ("stockpile" is no stock)
_STOCK_WORDS = r"(?:stocks?|concentrates?|premix(?:es)?|master\s?-?batch(?:es)?|mother\s+(?:solution|liquor)s?)\b"
# the amount made at its concentration: "250 mL of 0.5% w/v solution", "500 mL of a 0.9% saline", "50 mL at 2 mg/mL",
# "the final 50 kg batch at 0.8% w/w", "40 gallons of coolant that is 5% concentrate"
_MADE = re.compile(
    rf"(?<![\w.])(?P<total>{DECIMAL})\s*(?P<vunit>{_AMOUNT})\s+(?:of\s+)?{_ART}(?:[A-Za-z-]+\s+){{0,2}}?"
    r"(?:at\s+|(?:that|which)(?:'s|\s+is)\s+)?"
    rf"(?P<target>{DECIMAL})\s*(?P<cunit>{_CONCENTRATION})",
    re.I,
)
# the stock's concentration: "a 2% w/v stock", "2 M stock solution", "stock of 10 mg/mL", "the stock is 2 M"
_STOCK = re.compile(
    rf"(?P<stock>{DECIMAL})\s*(?P<sunit>{_CONCENTRATION})\s+(?:[A-Za-z-]+\s+){{0,2}}?{_STOCK_WORDS}"
    rf"|{_STOCK_WORDS}\s+(?:solution\s+)?(?:of|at|is|=)\s+(?P<stock2>{DECIMAL})\s*(?P<sunit2>{_CONCENTRATION})",
    re.I,
)
# the amount of stock asked: "how many mL of stock", "how much of the stock", "what volume of the 2 M stock",
# "how many kg of premix"
_STOCK_ASK = re.compile(
    rf"\b(?:how\s+(?:many|much)|what\s+(?:volume|mass|amount|weight))\s+(?:(?P<unit>{_AMOUNT})\s+)?(?:of\s+)?{_ART}(?:[\w.%/ -]+\s+)?{_STOCK_WORDS}",
    re.I,
)


# a stock named by its strength, made up with its diluent: "from 99% v/v IPA and WFI", "from a 2 M stock plus water",
# "using 10 mg/mL drug and saline"
_DILUENT = r"(?:wfi|(?:de-?ioni[sz]ed\s+|di\s+|distilled\s+|purified\s+|sterile\s+|tap\s+)?water|diluent|buffer|saline|solvent)"
_STOCK_FROM = re.compile(
    rf"\b(?:from|using|with)\s+{_ART}(?P<stock>{DECIMAL})\s*(?P<sunit>{_CONCENTRATION})\s*(?:[A-Za-z-]+\s+){{0,2}}?"
    rf"(?:and|\+|&|plus|with)\s+{_ART}{_DILUENT}\b",
    re.I,
)
# the amount asked of the stock by its strength: "how many mL of the 99% IPA", "what volume of 2 M"
_STRENGTH_ASK = re.compile(
    rf"\b(?:how\s+(?:many|much)|what\s+(?:volume|mass|amount|weight))\s+(?:(?P<unit>{_AMOUNT})\s+)?(?:of\s+)?{_ART}"
    rf"(?P<stock>{DECIMAL})\s*{_CONCENTRATION}",
    re.I,
)
# the amount asked of a component whose strength the ask implies: "how many gallons of pure concentrate", "of pure
# (100%) antifreeze" (100%), "how much water", "how many mL of pure water" (the diluent, at 0)
_IMPLIED_ASK = re.compile(
    rf"\b(?:how\s+(?:many|much)|what\s+(?:volume|mass|amount|weight))\s+(?:(?P<unit>{_AMOUNT})\s+)?(?:of\s+)?{_ART}"
    rf"(?:(?P<diluent>(?:pure\s+)?{_DILUENT})\b|(?P<pure>pure|neat|undiluted)\b(?:\s*\(\s*100\s*%\s*\))?)",
    re.I,
)


def _stock_by_strength(text: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The ask and the stock of a dilution whose stock is named by its strength only ("... from 99% v/v IPA and WFI.
    how many mL of the 99% IPA?"): the ask must name the stock's strength; None otherwise."""
    stock, ask = _STOCK_FROM.search(text), _STRENGTH_ASK.search(text)
    if stock is None or ask is None or float(ask["stock"]) != float(stock["stock"]):
        return None
    return ask, stock


# an amount's unit written out, as its symbol: "litre" -> "l", "millilitre" -> "ml", "kilogram" -> "kg"
_UNIT_SYMBOLS = {"litre": "l", "liter": "l", "millilitre": "ml", "milliliter": "ml", "gram": "g", "kilogram": "kg",
                 "tonne": "t", "gallon": "gal", "gal": "gal", "lb": "lb", "ml": "ml"}  # fmt: skip


def _unit_key(unit: str) -> str:
    """An amount's unit in one form for comparison: lower case, spaces and a plural's s dropped, a name written out
    as its symbol ("Litres" -> "l", "L" -> "l", "mls" -> "ml")."""
    key = re.sub(r"\s+", "", unit).lower()
    key = key[:-1] if key.endswith("s") and len(key) > 2 else key
    return _UNIT_SYMBOLS.get(key, key)


# a percentage with its basis: "99% v/v", "70 % w/w"
_PERCENT_BASIS = r"\s*%\s*(?P<basis>w/v|v/v|w/w)(?![A-Za-z])"


def _percent_basis(text: str, value: str, unit: str) -> str:
    """A bare percentage's unit with the basis the text gives the same value elsewhere ("the 99% stock" after "from
    99% v/v IPA" is "% v/v"); ``unit`` as it is when it is no bare "%", or the text gives that value no one basis."""
    if unit.strip() != "%":
        return unit
    number = rf"(?<![\w.]){re.escape(value)}(?![\d.])"
    bases = {m["basis"].lower() for m in re.finditer(number + _PERCENT_BASIS, text, re.I)}
    return f"% {bases.pop()}" if len(bases) == 1 else unit


def dilution_parts(text: str) -> Blend | None:
    """The amount (volume, or mass for w/w) of stock a dilution asks (C1 V1 = C2 V2, the rest diluent); None when the
    text asks no amount of a stock. Raises ValueError when the amount asked and made are in different units, the amount made, its concentration or the stock's is not written, when the two
    concentrations are in different units, or when the stock is no stronger than the target."""
    ask, stock = _STOCK_ASK.search(text), _STOCK.search(text)
    if ask is None and (by_strength := _stock_by_strength(text)):
        ask, stock = by_strength
    if ask is None:
        return None
    made = _MADE.search(text)
    if made is None or stock is None:
        raise ValueError("a dilution needs the volume made at its concentration ('250 mL of 0.5% w/v') and the "
                         "stock's concentration ('a 2% w/v stock')")  # fmt: skip
    found = stock.groupdict()
    c1, unit1 = found["stock"] or found["stock2"], found["sunit"] or found["sunit2"]
    c2, unit2 = made["target"], made["cunit"]
    unit1, unit2 = _percent_basis(text, c1, unit1), _percent_basis(text, c2, unit2)
    if re.sub(r"\s+", "", unit1) != re.sub(r"\s+", "", unit2):
        raise ValueError(f"the stock ({c1} {unit1}) and the target ({c2} {unit2}) are in different units: convert one")
    if not float(c1) > float(c2) > 0:
        raise ValueError(f"a {c1} {unit1} stock cannot be diluted to {c2} {unit2}: the stock must be stronger")
    if ask["unit"] and _unit_key(ask["unit"]) != _unit_key(made["vunit"]):
        raise ValueError(
            f"the amount asked is in {ask['unit']} but the amount made in {made['vunit']}: ask in one unit"
        )
    _check_no_third_strength(text, c1, c2)
    total = made["total"]
    return Blend(f"{c1}*x = {c2}*{total}", total, c2, c1, "0")


# a verb of adding to what is there: "do we add", "must be added", "top it up with", "pour in", "mix in"
_ADD = re.compile(
    r"\b(?:add(?:s|ed|ing)?|top(?:s|ped|ping)?\s+(?:it\s+|this\s+|that\s+)?up|(?:pour|mix|blend|stir)(?:s|es|ed|ing)?\s+in)\b",
    re.I,
)
# words that make an amount at a strength the one to be made, not the one on hand: "to make 250 mL of 0.5%"
_TO_MAKE = re.compile(
    r"\b(?:make|makes|making|produce|prepare|need|needs|final|yield|end\s+up\s+with)\b[^.;!?]*$", re.I
)
# the word before a target strength: "bring the whole batch to 12%", "I want the whole thing at 40%", "reach 12%",
# "so the whole lot is 8%", "to get a 25% acid mix", or a want or a specification right before it: "spec wants 30%",
# "the target is 35%", "we need 15%", "spec: 30%"
_TO_TARGET = re.compile(
    r"\b(?:to|at|reach(?:es)?|hits?|becomes?|is|be|ends\s+up(?:\s+at)?|get|make|gives?|wants?|needs?|requires?|"
    r"spec(?:ification)?\s*(?:is\s+|of\s+|=|:)|target(?:\s+is|\s+of|\s*=|\s*:)?)\s*(?:an?\s+)?"
    r"(?:(?:about|exactly|precisely)\s+)?$",
    re.I,
)


def _on_hand(text: str, added: str) -> re.Match[str] | None:
    """The one amount at its strength on hand that an addition tops up ("20 L of walnut stain at 8%", "40 gal of 25%
    glycol mix"): not at the added strength, not one to be made ("to make 250 mL of 0.5%"); None unless exactly one."""
    found = [
        m
        for m in _MADE.finditer(text)
        if Fraction(m["target"]) != Fraction(added) and not _TO_MAKE.search(text[: m.start()])
    ]
    return found[0] if len(found) == 1 else None


def _added_strength(text: str) -> tuple[re.Match[str], str, str | None] | None:
    """The ask of the component added, its strength and the unit that strength implies: one written ("how many litres
    of the 20% concentrate": "20", None, its unit as written), pure ("of pure concentrate", "of pure (100%)
    antifreeze": "100", "%") or the diluent ("how much water": "0", "", any unit); None when the text asks none."""
    if ask := _STRENGTH_ASK.search(text):
        return ask, ask["stock"], None
    if ask := _IMPLIED_ASK.search(text):
        return (ask, "100", "%") if ask["pure"] else (ask, "0", "")
    return None


def added_parts(text: str) -> Blend | None:
    """The amount of a component at a stated strength added to an amount on hand to bring the whole to a target: "20
    L of stain at 8% pigment. How many litres of the 20% concentrate do we add to bring the whole batch to 12%?" is
    20 x + 8*20 = 12 (20 + x) in the amount x added (nothing drawn off). The strength added is the one the ask names,
    the amount on hand the one amount at its strength, the target the one other strength, after "to" or "at"; all in
    one unit of concentration and the amount asked in the unit on hand. The ask may imply the strength added: "40
    gallons of coolant that is 5% concentrate. How many gallons of pure (100%) concentrate must be added to bring it
    up to 8%?" adds 100% (percent only), "how much water must be added" adds 0 (see ``_added_strength``), the one
    other strength then the target. None when the text is not so written;
    ValueError when the target is not between the two strengths."""
    found = _added_strength(text)
    if found is None:
        return None
    ask, added, implied = found
    if not _ADD.search(text[ask.end() :]) and not _ADD.search(text[: ask.start()]):
        return None
    batch = _on_hand(text, added)
    if batch is None or (ask["unit"] and _unit_key(ask["unit"]) != _unit_key(batch["vunit"])):
        return None
    strengths = {
        m["value"]: m for m in re.finditer(rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?P<unit>{_CONCENTRATION})", text, re.I)
    }
    others = [v for v in strengths if Fraction(v) not in {Fraction(added), Fraction(batch["target"])}]
    if len(others) != 1 or not _TO_TARGET.search(text[: strengths[others[0]].start()]):
        return None
    target, have = others[0], batch["target"]
    written = (have, target) if implied is not None else (added, have, target)
    units = {re.sub(r"\s+", "", _percent_basis(text, v, strengths[v]["unit"])) for v in written}
    if implied and len(units) == 1 and not next(iter(units)).startswith(implied):
        raise ValueError(f"a pure component is 100% only in percent, but the strengths are in {units.pop()}: give "
                         "the strength added")  # fmt: skip
    if len(units) != 1:
        raise ValueError(f"the strengths {added}, {have} and {target} are in different units: convert them to one")
    if not min(Fraction(added), Fraction(have)) < Fraction(target) < max(Fraction(added), Fraction(have)):
        raise ValueError(f"adding {added} to {have} cannot reach {target}: the target must lie between them")
    total = batch["total"]
    equation = f"{added}*x + {have}*{total} = {target}*({total} + x)"
    return Blend(equation, total, target, added, have, names=("added", f"{total} {batch['vunit']} on hand"))


def _check_no_third_strength(text: str, stock: str, target: str) -> None:
    """Raises ValueError when the text states a concentration that is neither the stock's nor the target's ("a 5%
    stock and a weak 0.5% solution, no plain water"): a dilution with a diluent at zero would leave it unused, and
    a second stock makes the question a blend of two components, which must be written as one."""
    strengths = {m["value"] for m in re.finditer(rf"(?<![\w.])(?P<value>{DECIMAL})\s*{_CONCENTRATION}", text, re.I)}
    others = sorted(v for v in strengths if Fraction(v) not in {Fraction(stock), Fraction(target)})
    if others:
        raise ValueError(f"a dilution of the {stock} stock to {target} uses no other strength, but the question also "
                         f"states {', '.join(others)}: name the two components mixed ('a 5% stock and a 0.5% "
                         "solution') to read it as a blend")  # fmt: skip


# a rate's unit: "kW/ton", "wafers per hour", "parts an hour", or a count per unit of time abbreviated, "45 wph"
# (wafers per hour), "120 uph", "30 ppm" is no rate of time (parts per million): only h and d end the abbreviation
_RATE_UNIT = (
    r"(?:(?P<per>[A-Za-z]+)\s*/\s*(?P<of>[A-Za-z]+)\b|(?P<per2>[A-Za-z]+)\s+(?:per|an?|every)\s+(?P<of2>[A-Za-z]+)\b"
    r"|(?P<abbr>[A-Za-z]{1,2})p(?P<of3>[hd])\b)"
)
# a labelled component's rate per unit of amount: "chiller A runs at 0.55 kW/ton", "line 2 uses 0.68 kWh/ton",
# "chiller B at 0.68 kW/ton", "recipe A @ 45 wph"
_RATED = re.compile(
    r"\b(?!(?:at|of|is|to|and|or|by|in|on|for|with|from|than)\b)"
    rf"(?P<noun>[A-Za-z]{{2,}})\s+(?P<label>[A-Za-z]|\d{{1,2}})\b(?![.,]\d)[\s,:=(]*"
    r"(?:(?:is|runs?|uses?|draws?|consumes?|needs?|averages?|operates?|costs?)\s+(?:[A-Za-z]+\s+)?)?"
    rf"(?:(?:at|of)\s+|@\s*)?{_ART}(?:(?:only|just|about|roughly)\s+)?(?P<value>{DECIMAL})\s*{_RATE_UNIT}",
    re.I,
)
# a unit of time in one form: "hrs", "hour" -> "h"
_TIME_UNITS = {"h": "h", "hr": "h", "hour": "h", "min": "min", "minute": "min", "sec": "s", "second": "s",
               "d": "d", "day": "d"}  # fmt: skip
# an amount in a unit, not a rate: "a 900-ton load", "540 kW total" (not the "0.55 kW" of "0.55 kW/ton")
_IN_UNIT = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})[\s-]*(?P<unit>[A-Za-z]+)\b(?!\s*/)")
_RATED_ASK = re.compile(
    r"\bhow\s+(?:many|much)\s+(?P<unit>[A-Za-z]+)\b[^.?;!]*?\b(?P<noun>[A-Za-z]{2,})\s+(?P<label>[A-Za-z]|\d{1,2})\b",
    re.I,
)


def _same_unit(a: str, b: str) -> bool:
    """Whether two units as written are one ("ton", "tons"; "kW", "kW"; "h", "hrs"): case kept, a plural's s
    dropped, a unit of time in one form."""
    a, b = (re.sub(r"(?<=\w\w)s$", "", unit) for unit in (a, b))
    return a == b or (a.lower() in _TIME_UNITS and _TIME_UNITS[a.lower()] == _TIME_UNITS.get(b.lower()))


def _unit_matches(written: str, unit: str) -> bool:
    """Whether an amount's unit as written is ``unit``, or, for a rate's abbreviated count ("w" of "45 wph"), a
    word that it begins ("wafers"), no unit of time and no abbreviated rate itself."""
    if not unit.startswith("~"):
        return _same_unit(written, unit)
    word = written.lower()
    return (
        len(word) > 2
        and word.startswith(unit[1:].lower())
        and not re.fullmatch(r"[a-z]{1,2}p[hd]", word)
        and word.rstrip("s") not in _TIME_UNITS
    )


def _one_in_unit(text: str, unit: str, values: set[float]) -> str | None:
    """The one amount the text writes in ``unit`` (a leading "~" for an abbreviated count, see ``_unit_matches``)
    that is no component's value; None when there is none or more."""
    found = {
        m["value"]
        for m in _IN_UNIT.finditer(text)
        if _unit_matches(m["unit"], unit) and float(m["value"]) not in values
    }
    return found.pop() if len(found) == 1 else None


def _rate_units(rated: re.Match[str]) -> tuple[str, str]:
    """A rate's unit of what it counts and its unit of amount ("kW", "ton"; "wafers", "hour"); an abbreviated
    count per unit of time ("45 wph") as "~w" and "h"."""
    if rated["abbr"]:
        return f"~{rated['abbr']}", rated["of3"]
    return rated["per"] or rated["per2"], rated["of"] or rated["of2"]


def rated_parts(text: str) -> Blend | None:
    """Two labelled components at rates per unit of amount sharing a total amount, with the total of the rate stated:
    "two chillers share a 900-ton load. chiller A runs at 0.55 kW/ton, chiller B at 0.68 kW/ton, and the plant meter
    shows 540 kW total. how many tons is chiller A carrying?" is x + y = 900, 0.55 x + 0.68 y = 540 (the blend whose
    target is 540/900 kW/ton). Units must agree: the rates' amount unit is the total's and the ask's, their numerator
    the stated total's. None when the text is not so written; ValueError when the total of the rate lies outside what
    the two rates can give."""
    rated = list(_RATED.finditer(text))
    if len(rated) != 2:
        return None
    first, second = rated
    if first["noun"].lower() != second["noun"].lower() or first["label"].lower() == second["label"].lower():
        return None
    (per, of), (per2, of2) = _rate_units(first), _rate_units(second)
    if not (per == per2 or _same_unit(per, per2)) or not _same_unit(of, of2):
        return None
    values = {float(first["value"]), float(second["value"])}
    total, summed = _one_in_unit(text, of, values), _one_in_unit(text, per, values)
    asks = [m for m in _RATED_ASK.finditer(text) if _same_unit(m["unit"], of)]
    named = {m["label"].lower() for m in asks if m["noun"].lower() == first["noun"].lower()}
    noun = re.escape(first["noun"])
    each = _ASK_EACH.search(text) is not None or re.search(rf"\beach\s+{noun}", text, re.I) is not None
    if total is None or summed is None or float(total) <= 0 or not (each or len(named) == 1):
        return None
    by_label = {m["label"].lower(): m for m in rated}
    if not each and not named <= set(by_label):
        return None
    asked = by_label[named.pop()] if not each else first
    other = second if asked is first else first
    a, b = asked["value"], other["value"]
    target = Fraction(summed) / Fraction(total)
    if not min(Fraction(a), Fraction(b)) < target < max(Fraction(a), Fraction(b)):
        raise ValueError(f"no split of {total} {of} between {a} and {b} {per.lstrip('~')}/{of} gives "
                         f"{summed} {per.lstrip('~')}: the total must lie between {a}*{total} and {b}*{total}")  # fmt: skip
    names = tuple(f"{m['noun']} {m['label']}" for m in (asked, other))
    equation = f"{a}*x + {b}*({total} - x) = {summed}"
    return Blend(equation, total, str(target), a, b, each, (names[0], names[1]))


# a labelled component's share of its own amount in percent: "backend A errors on 2% of requests", "B on 0.5%",
# "line A scraps 4%", "line B 1%" (a bare label is a capital letter; up to 3 words of what it does before the value)
_PCT_RATED = re.compile(
    rf"(?:\b(?!(?:and|or|of|on|at|to|by|in|for|is|from|with)\b)(?P<noun>[A-Za-z]{{2,}})\s+(?P<label>[A-Za-z]|\d{{1,2}})"
    rf"|(?<![\w.])(?P<bare>[A-Za-z]))\b(?![.,]\d)[\s,:=(]*"
    rf"(?P<words>(?:(?!of\b|and\b)[a-z]+\s+){{0,3}}?)(?:only\s+|just\s+|about\s+)?(?P<value>{DECIMAL})\s*%",
    re.I,
)


# an amount in a unit, a rate per time included: "1200 rps", "18 errors/s", "500 parts/h" (not a percentage)
_AMOUNT = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})[\s-]*(?P<unit>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)?)\b")
_PCT_ASK = re.compile(
    r"\b(?i:how\s+(?:many|much))\s+(?P<unit>[A-Za-z]+(?:\s*/\s*[A-Za-z]+)?)\b[^.?;!]*?"
    r"(?:\b(?!(?:is|are|of|from|to|by|for|on|in|at|does|do|the)\b)(?P<noun>[A-Za-z]{2,})\s+)?\b(?P<label>[A-Za-z]|\d{1,2})\b"
    r"(?![.,]\d)[^.?;!]*\?",
)
# the two components counted: "two backends", "2 lines" (no amount of either)
_PAIR = re.compile(r"^(?:2|two)$", re.I)


def _amount_key(unit: str) -> str:
    """An amount's unit in one form: spaces dropped, each part's plural s dropped ("parts / h" -> "part/h")."""
    return "/".join(re.sub(r"(?<=\w\w)s$", "", part) for part in re.sub(r"\s+", "", unit).split("/"))


def _shared_total(amounts: list[re.Match[str]]) -> re.Match[str] | None:
    """Of the amounts written in the ask's unit, the one the components share: the largest, since the count, a share
    below 100% of each component's amount, is less than the whole (None when there is none)."""
    return max(amounts, key=lambda m: float(m["value"]), default=None)


def _article(rated: re.Match[str]) -> bool:
    """Whether a bare label is the article of its value ("a 2% stock"), not a component ("a fails 2%")."""
    return (rated["bare"] or "").lower() in ("a", "i") and not rated["words"]


def _counts_pair(amount: re.Match[str], nouns: set[str]) -> bool:
    """Whether an amount counts the two components ("2 backends", "two lines"), or names their noun, not an amount."""
    unit = _amount_key(amount["unit"]).lower()
    return "/" not in unit and (_PAIR.match(amount["value"]) is not None or unit in nouns)


def percent_rated_parts(text: str) -> Blend | None:
    """Two labelled components that each lose (or make) a share in percent of their own amount, sharing a total
    amount, with the total of those shares stated as an amount: "two backends share 1200 rps total. backend A errors
    on 2% of requests, B on 0.5%, and overall we see 18 errors/s. how many rps is A taking?" is x + y = 1200,
    0.02 x + 0.005 y = 18 (the blend whose target share is 18/1200 = 1.5%). The total is the amount in the ask's
    unit, the count the one other amount stated. None when the text is not so written; ValueError when the count
    lies outside what the two shares of the total can give."""
    rated = [m for m in _PCT_RATED.finditer(text) if not _article(m)]
    labels = [(m["label"] or m["bare"]).lower() for m in rated]
    nouns = {m["noun"].lower() for m in rated if m["noun"]}
    if len(rated) != 2 or len(set(labels)) != 2 or len(nouns) > 1:
        return None
    asks = [m for m in _PCT_ASK.finditer(text) if m["label"].lower() in labels]
    if len(asks) != 1 or (asks[0]["noun"] and nouns and asks[0]["noun"].lower() not in nouns):
        return None
    unit = _amount_key(asks[0]["unit"])
    spans = [m.span(g) for m in rated for g in ("value", "label") if m[g]] + [asks[0].span("label")]
    amounts = [
        m
        for m in _AMOUNT.finditer(text)
        if m.span("value") not in spans and m.start() < asks[0].start() and not _counts_pair(m, nouns)
    ]
    total = _shared_total([m for m in amounts if _amount_key(m["unit"]) == unit])
    counts = [m for m in amounts if m is not total and (total is None or m.start() != total.start())]
    if total is None or len(counts) != 1 or float(total["value"]) <= 0:
        return None
    asked = rated[labels.index(asks[0]["label"].lower())]
    other = rated[1 - labels.index(asks[0]["label"].lower())]
    a, b = (str(Decimal(m["value"]) / 100) for m in (asked, other))
    t, count = total["value"], counts[0]["value"]
    target = Fraction(count) / Fraction(t)
    if not min(Fraction(a), Fraction(b)) < target < max(Fraction(a), Fraction(b)):
        raise ValueError(f"no split of {t} {total['unit']} at {asked['value']}% and {other['value']}% gives {count} "
                         f"{counts[0]['unit']}: the count must lie between the two shares of the total")  # fmt: skip
    noun = next(iter(nouns), "")
    names = tuple(f"{m['noun'] or noun} {m['label'] or m['bare']}".strip() for m in (asked, other))
    equation = f"{a}*x + {b}*({t} - x) = {count}"
    return Blend(equation, t, str(target), a, b, False, (names[0], names[1]))


# what a feed's percentage measures: the part removed ("25% moisture") or the part kept ("12% solids")
_REMOVED = r"moisture|water(?:\s+content)?"
_KEPT = r"(?:total\s+|dissolved\s+)?solids|dry\s+(?:matter|solids)|sugars?|°\s?Brix|Brix"
_SHARE_OF = rf"\s*(?:%\s*(?:w/w\s*)?|(?=\s*°)|\s+(?=Brix))(?P<{{}}>{_REMOVED}|{_KEPT})?"
# the feed at its share: "10000 lb of wet corn coming in at 25% moisture", "500 kg of juice at 12% solids"
_FEED = re.compile(
    rf"(?<![\w.])(?P<total>{DECIMAL})\s*(?P<unit>{_UNIT})\s+(?:of\s+)?{_ART}(?:[A-Za-z-]+\s+){{0,4}}?"
    rf"(?:at|with|of|containing|@)\s+(?P<a>{DECIMAL}){_SHARE_OF.format('awhat')}",
    re.I,
)
# the removal to the product's share: "dry it down to 15% wet basis", "evaporated to 40% solids", "boiled down to 65
# °Brix", "concentrated up to 40%"
_REMOVAL = re.compile(
    r"\b(?:dr(?:y|ied|ies|ying)|dehydrat\w*|evaporat\w*|concentrat(?:e|es|ed|ing)|boil(?:s|ed|ing)?)\b"
    rf"[^.?;!]{{0,40}}?\bto\s+(?:a\s+)?(?P<b>{DECIMAL}){_SHARE_OF.format('bwhat')}",
    re.I,
)
# the amount asked: "how many lb come out?", "how much water is removed", "what will it weigh in kg", "what is its
# final weight"
_REMOVAL_ASK = re.compile(
    rf"\bhow\s+(?:many|much)\s+(?:(?!(?:water|moisture)\b)(?P<unit>{_UNIT})\s+)?(?P<words>[^.?;!]{{0,60}})"
    r"|\bwhat\s+(?:will|would|does|did|should)\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+weigh\b"
    rf"(?:\s*,?\s*in\s+(?P<unit2>{_UNIT})\b)?"
    r"|\bwhat(?:'s|\s+is|\s+will\s+be)\s+(?:its|their|the)\s+(?:(?:final|dried|dry|new|end)\s+)?(?:weight|mass)\b",
    re.I,
)
# a moisture content on the dry basis: "MC on the oven-dry basis", "dry-weight basis", "water weight / oven-dry
# weight"; on the wet basis: "wet basis", "water / total weight"
_DRY_BASIS = re.compile(
    r"\b(?:oven[- ]?)?dry[- ](?:weight[- ]|mass[- ])?basis\b"
    r"|\bwater\s+(?:weight|mass)?\s*(?:/|÷|over|per|divided\s+by)\s*(?:the\s+)?(?:oven[- ]?)?dry\b",
    re.I,
)
_WET_BASIS = re.compile(
    r"\b(?:wet|green|as[- ]is)[- ](?:weight[- ]|mass[- ])?basis\b"
    r"|\bwater\s+(?:weight|mass)?\s*(?:/|÷|over|per|divided\s+by)\s*(?:the\s+)?(?:total|wet|green)\b",
    re.I,
)
_WATER_ASKED = re.compile(r"\b(?:water|moisture)\b.*\b(?:remov|evaporat|driven|lost|boil|take|taken)", re.I)


def _is_removed(what: str | None) -> bool:
    """Whether a share measures the part removed ("moisture", "water"), not the part kept ("solids")."""
    return re.fullmatch(_REMOVED, what or "", re.I) is not None


def _kept_share(value: str, what: str | None, dry: bool = False) -> Fraction:
    """The share in percent of the part kept (the dry matter): 100 - 25 for "25% moisture", 12 for "12% solids";
    on the dry basis (water per dry matter) 100/(1 + 30/100) for "30% moisture"."""
    if dry:
        return 100 / (1 + Fraction(value) / 100)
    return 100 - Fraction(value) if _is_removed(what) else Fraction(value)


def _kept_text(value: str, what: str | None, dry: bool) -> str:
    """``_kept_share`` as the plan writes it: "(100 - 25)", "12", on the dry basis "100/(100 + 30)"."""
    if dry:
        return f"100/(100 + {value})"
    return f"(100 - {value})" if _is_removed(what) else value


def _dry_basis(text: str) -> bool:
    """Whether a moisture content is on the dry basis (water per dry matter) as the text says, not the wet basis
    (water per total) read otherwise. Raises ValueError when the text names both."""
    dry, wet = _DRY_BASIS.search(text), _WET_BASIS.search(text)
    if dry and wet:
        raise ValueError(f"the moisture is said to be on both a dry basis ('{dry.group()}') and a wet basis "
                         f"('{wet.group()}'): name one")  # fmt: skip
    return dry is not None


def removal_parts(text: str) -> Blend | None:
    """A feed brought from one share to another by removing water, the rest kept: "10000 lb of wet corn at 25%
    moisture dried down to 15% (wet basis), how many lb come out?" is 85 x = 75 * 10000 (the dry matter kept, x the
    product); "how much water is removed" is x = feed - product. A moisture the text puts on the dry basis (water per
    dry matter: "52 kg at 30% MC, oven-dry basis ... what will it weigh at 8% MC?") keeps 100/(100 + MC) of each
    amount: 100/(100 + 8) x = 100/(100 + 30) * 52. None when the text is not so written; ValueError when the text
    names both bases, the two shares measure different parts, the ask is in another unit, or the product would not be
    more concentrated than the feed."""
    feed, ask = _FEED.search(text), _REMOVAL_ASK.search(text)
    removal = _REMOVAL.search(text, feed.end()) if feed else None
    if feed is None or removal is None or ask is None or feed["awhat"] is None:
        return None
    dry = _dry_basis(text)
    bwhat = removal["bwhat"] or feed["awhat"]
    if _is_removed(feed["awhat"]) != _is_removed(bwhat):
        raise ValueError(f"the feed's {feed['awhat']} and the product's {bwhat} measure different parts: give both")
    if dry and not _is_removed(feed["awhat"]):
        raise ValueError(f"a share of {feed['awhat']} on a dry basis is not read: give the moisture or the share")
    unit = ask["unit"] or ask["unit2"]
    if unit and _unit_key(unit) != _unit_key(feed["unit"]):
        raise ValueError(f"the amount asked is in {unit} but the feed in {feed['unit']}: ask in one unit")
    kept_in, kept_out = _kept_share(feed["a"], feed["awhat"], dry), _kept_share(removal["b"], bwhat, dry)
    if not 0 < kept_in < kept_out <= 100:
        raise ValueError(f"removing water cannot take {feed['a']}% {feed['awhat']} to {removal['b']}% {bwhat}")
    total = feed["total"]
    a, b = (_kept_text(v, w, dry) for v, w in ((feed["a"], feed["awhat"]), (removal["b"], bwhat)))
    if _WATER_ASKED.search(ask["words"] or ""):  # the water removed: the feed less the product
        return Blend(f"{b}*({total} - x) = {a}*{total}", total, b, "0", a, names=("water removed", "feed"))
    return Blend(f"{b}*x = {a}*{total}", total, b, b, "0", names=("product", "water removed"))


def blend_score(text: str) -> bool:
    """Whether the text asks a two-component blend (read or declined); not when it writes the blend's equations
    out ("x_1 + x_2 = 100 and 0.5·x_1 + 2.0·x_2 = 110"): a linear system, solved as written."""
    from plugins.symbolic.blend_system import composed_blends, listed_blend
    from plugins.symbolic.linear_system import writes_linear_system

    if writes_linear_system(text):
        return False
    try:
        return composed_blends(text) is not None or listed_blend(text) is not None or blend_parts(text) is not None
    except ValueError:
        return True
