"""The fewest repeated stages that take a level below a limit, each stage keeping the same share of what remains.

"Each settling stage removes 60% of the solids remaining. Influent is 800 mg/L. What is the fewest number of stages
to get below 20 mg/L?": the level after n stages is 800 * 0.4^n, so the answer is the smallest whole n with
800 * 0.4^n < 20 (n > ln(20/800)/ln 0.4 = 4.03, so 5). The share kept per stage is read from "removes 60%" (of what
remains: a share of the original would be a straight line, and is refused), "reduces it by 60%", "leaves 40%", "a 60%
removal efficiency", or is one half for half-lives ("how many half-lives until below 1%": 0.5^n < 0.01, 7). The start
and the limit are written in the same unit ("800 mg/L", "20 mg/L"), or the limit is a percentage of the start ("below
1%", "less than 5% remains"). "below", "under", "less than" ask a strict bound; "at most", "no more than", "or less",
"to" (reach) a bound that may be met. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text

_UNIT = r"(?P<unit>%|[A-Za-zµ°][\w/µ°^-]*)"
# the count asked: "the fewest number of stages", "minimum stages", "how many passes", "how many half-lives"
_ASK = re.compile(
    r"\b(?:(?:fewest|minimum|min|least|smallest|lowest)\s+(?:number\s+of\s+|no\.?\s+of\s+)?|how\s+many\s+"
    r"(?:more\s+)?)(?P<step>half[- ]lives|[a-z-]+)\b",
    re.I,
)
_REMOVES = re.compile(
    rf"\b(?:remov(?:es?|ing)|eliminat(?:es?|ing)|captur(?:es?|ing)|strips?|cuts?\s+(?:\w+\s+)?by|reduc(?:es?|ing)\s+"
    rf"(?:\w+\s+){{0,3}}?by|lowers?\s+(?:\w+\s+){{0,3}}?by|knocks?\s+out|takes?\s+out)\s+(?:about\s+)?(?P<share>{DECIMAL})\s*%",
    re.I,
)
_EFFICIENCY = re.compile(
    rf"\b(?P<share>{DECIMAL})\s*%\s+(?:removal|capture|reduction)\b|\b(?:removal|capture)\s+(?:efficiency|rate)\s+"
    rf"(?:of\s+|is\s+|=\s*)?(?P<share2>{DECIMAL})\s*%",
    re.I,
)
_KEEPS = re.compile(
    rf"\b(?:leav(?:es?|ing)|retain(?:s|ing)?|pass(?:es|ing)?|keep(?:s|ing)?|lets?\s+through)\s+(?:about\s+|only\s+)?"
    rf"(?P<share>{DECIMAL})\s*%",
    re.I,
)
_EACH = re.compile(r"\b(?:each|every|per|a)\s+(?:\w+\s+)?(?:stage|pass|step|wash|rinse|cycle|unit|filter|cell|"
                   r"column|tank|treatment|round|dilution|extraction|half[- ]life)\b", re.I)  # fmt: skip
_OF_ORIGINAL = re.compile(r"\bof\s+the\s+(?:original|initial|starting|influent|incoming|feed)\b", re.I)
_STRICT = r"below|under|less\s+than|lower\s+than|beneath|<"
_MET = r"at\s+most|no\s+more\s+than|not\s+more\s+than|no\s+higher\s+than|<=|to|reach(?:es)?"
_LIMIT = re.compile(
    rf"\b(?P<how>{_STRICT}|{_MET})\s+(?:about\s+)?(?P<limit>{DECIMAL})\s*{_UNIT}?(?P<or_less>\s+or\s+(?:less|lower|below))?",
    re.I,
)
_AMOUNT = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})\s*{_UNIT}", re.I)


@dataclass(frozen=True)
class Stages:
    """The start, the share kept per stage, the limit (all as written, the share as a fraction), whether the bound
    is strict, and the word for a stage."""

    start: str
    kept: str
    limit: str
    strict: bool
    step: str

    def expression(self) -> str:
        """The smallest whole n with start * kept^n below the limit (strict) or at most the limit, as study text."""
        ratio = f"log({self.limit}/{self.start})/log({self.kept})"
        return f"floor({ratio}) + 1" if self.strict else f"ceiling({ratio})"


def _kept(text: str) -> str | None:
    """The share each stage keeps, as a fraction in text ("removes 60%" -> "(1 - 60/100)"); None when unread."""
    removes, keeps = _REMOVES.search(text), _KEEPS.search(text)
    efficiency = _EFFICIENCY.search(text)
    if removes or efficiency:
        share = removes["share"] if removes else efficiency["share"] or efficiency["share2"]
        return f"(1 - {share}/100)"
    if keeps:
        return f"{keeps['share']}/100"
    return None


def stages_parts(question: str) -> Stages | None:
    """The fewest stages the question asks; None when it asks none. Raises ValueError when it asks the fewest stages
    but the share per stage, the start or the limit cannot be read, or the share is one of the original."""
    text = plain_text(question)
    ask = _ASK.search(text)
    half = ask is not None and ask["step"].lower().replace("-", " ") == "half lives"
    kept = "1/2" if half else _kept(text)
    if ask is None or not (half or (kept and _EACH.search(text))):
        return None
    if kept is None:
        raise ValueError("the fewest stages need the share each stage removes or keeps ('each stage removes 60% of "
                         "what remains')")  # fmt: skip
    if not half and _OF_ORIGINAL.search(text):
        raise ValueError("a share of the original per stage falls in a straight line, not by a factor: havoc reads "
                         "a share of what remains ('removes 60% of the solids remaining')")  # fmt: skip
    limits = list(_LIMIT.finditer(text[ask.end() :])) or list(_LIMIT.finditer(text))
    if len(limits) != 1:
        raise ValueError("the fewest stages need one limit ('below 20 mg/L', 'at most 1%')")
    limit = limits[0]
    unit = (limit["unit"] or "").lower()
    strict = limit["or_less"] is None and re.fullmatch(_STRICT, limit["how"], re.I) is not None
    shares = {Fraction(v) for v in re.findall(DECIMAL, kept)} - {Fraction(1), Fraction(100)}
    starts = _starts(text, unit, shares | {Fraction(limit["limit"])})
    if unit == "%" and not starts:
        start = "100"  # "until below 1%": a percentage of the start
    elif unit and len(starts) == 1:
        start = starts[0]
    else:
        raise ValueError("the fewest stages need the starting level and the limit in one unit ('influent 800 mg/L "
                         "... below 20 mg/L')")  # fmt: skip
    if Fraction(limit["limit"]) >= Fraction(start) or Fraction(limit["limit"]) <= 0:
        raise ValueError(f"the limit ({limit['limit']}) must lie between zero and the start ({start})")
    return Stages(start, kept, limit["limit"], strict, ask["step"])


def _starts(text: str, unit: str, taken: set[Fraction]) -> list[str]:
    """The other amounts written in ``unit`` (the starting level): the limit and the share per stage left out."""
    return [
        m["value"] for m in _AMOUNT.finditer(text) if m["unit"].lower() == unit and Fraction(m["value"]) not in taken
    ]


def stages_score(text: str) -> bool:
    """Whether the text asks the fewest stages below a limit (read or declined)."""
    try:
        return stages_parts(text) is not None
    except ValueError:
        return True
