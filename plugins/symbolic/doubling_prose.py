"""Growth by a doubling time, or decay by a half-life, from a start to a target value, as text for the algebra planner.

"E. coli culture at OD600 = 0.05, doubling time 25 min, assume clean exponential growth. How many minutes until it
hits OD600 0.8?": the quantity is start * 2^(t/T_d), so it reaches the target at t = T_d * log2(target/start) (100
min); a half-life halves it, start * (1/2)^(t/T_half), at t = T_half * log2(start/target). The doubling time or
half-life is "doubling time 25 min", "doubles every 90 minutes", "a half-life of 30 years", "halves every 6 h"; the
start and the target are the two other values the question states, the start first ("from 80 mCi to 10 mCi", "at
0.05 ... hits 0.8"); a time asked in another unit ("how many hours") is converted exactly. A target on the wrong side
of the start (a doubling culture asked to fall) is not read. A percentage compounded each period grows (or shrinks)
the same way by its factor: "12,000 GB/day growing 8% per year compounded ... how many years to 20,000 GB/day" is
12000 * (27/25)^t = 20000; compounding at another interval or continuously is declined. Only text is cut here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.prose import label_starts, number_spans, plain_text, scientific
from plugins.api.reasoning import outscore
from plugins.symbolic.time_units import SECONDS, time_unit, time_unit_pattern

_TIME_UNIT = time_unit_pattern()
_VALUE = r"(?P<value>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*(?P<unit>" + _TIME_UNIT + r")\b"
_OF = r"(?:\s+(?:of|is|was|=|:|about|around|roughly|approximately|of\s+about))*\s*"
# "doubling time 25 min", "doubling time of 25 min", "doubles every 90 minutes", "half-life of 30 years", "t1/2 = 6 h"
_DOUBLING = re.compile(
    rf"\b(?:(?P<double>doubling[- ]time|doubles?\s+(?:in\s+number\s+)?every|doubling\s+every)"
    rf"|(?P<half>half[- ]?li(?:fe|ves)|t\s*1/2|t_?\{{?1/2\}}?|halves?\s+every|halving\s+(?:time|every)))"
    rf"{_OF}{_VALUE}",
    re.I,
)
# growth or decay by a percentage each period, compounded: "growing 8% per year compounded", "grows at 8% a year",
# "declines by 5% per month", "falls 3% each hour", "growing 8% annually"
_PERIOD_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
                 "hourly": "hour"}  # fmt: skip
_RATE = re.compile(
    r"\b(?:(?P<grow>grow(?:s|ing)?|increas(?:e|es|ing)|ris(?:e|es|ing)|climb(?:s|ing)?|expand(?:s|ing)?)"
    r"|(?P<fall>declin(?:e|es|ing)|decay(?:s|ing)?|shrink(?:s|ing)?|fall(?:s|ing)?|drop(?:s|ping)?|los(?:e|es|ing)))"
    r"\s+(?:(?:by|at|about|roughly)\s+)*(?P<pct>\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)\s*"
    rf"(?:(?:per|a|an|each|every|/)\s*(?P<unit>{_TIME_UNIT})\b|(?P<word>{'|'.join(_PERIOD_WORDS)})\b"
    rf"|(?P<over>{_TIME_UNIT})[- ]+(?:over|on)[- ]+(?:the\s+)?(?:previous\s+|last\s+)?(?:{_TIME_UNIT})\b)",
    re.I,
)
# the multiple the growth or decay is to reach, with no start and target written: "until it doubles", "to triple",
# "how many years to halve"
_MULTIPLES = {"double": Fraction(2), "triple": Fraction(3), "quadruple": Fraction(4), "halve": Fraction(1, 2)}
_MULTIPLE = re.compile(
    r"\b(?:until|till|before|to|it|will|would)\s+(?:it\s+|they\s+)?(?P<word>doubles?|triples?|quadruples?|halves|halve)\b",
    re.I,
)
# the equation of that growth written out: "1.08^n = 2", "(1.08)^t = 2", "120*0.85^t = 35" (its start before it)
_WRITTEN = re.compile(
    r"(?:(?<![\w.])(?P<coef>\d+(?:\.\d+)?)\s*\*\s*)?"
    r"\(?(?P<base>\d+(?:\.\d+)?)\)?\s*(?:\^|\*\*)\s*\(?\s*[a-z]\s*\)?\s*=\s*(?P<rhs>\d+(?:\.\d+)?)(?![\d.])",
    re.I,
)

# that growth defined as a function of the periods, no target set: "N(n) = 150*(1.08)^n" (its start and factor)
_DEFINED = re.compile(
    r"=\s*(?P<coef>\d+(?:\.\d+)?)\s*\*\s*\(?(?P<base>\d+(?:\.\d+)?)\)?\s*(?:\^|\*\*)\s*\(?\s*[a-z]\s*\)?"
    r"(?![\w.^*(]|\s*=)",
    re.I,
)

# compounding at another interval than the rate's, or continuously: a model this reader does not take
_OTHER_COMPOUNDING = re.compile(
    r"\bcompound\w*\s+(?:continuous|monthly|quarterly|daily|weekly|hourly|semi|twice|every|each|per)"
    r"|\bcontinuous(?:ly)?\s+compound",
    re.I,
)
# the time asked: "how long", "how many hours", "when", "solve for the number of hours t until it reaches"
_ASKS = re.compile(r"\bhow\s+long|\b(?:how\s+many|number\s+of)\s+(?P<unit>[a-z]+)|\bwhen\b|\bwhat\s+time\b"
                   r"|\btime\s+(?:to|until|till)\b", re.I)  # fmt: skip


# the unit a time is asked in, beside the ask: "how long (in hours)", "when, in days", "how long (h)"
_IN_UNIT = re.compile(rf"(?:\bin\s+|\(\s*(?:in\s+)?)(?P<unit>{_TIME_UNIT})\b", re.I)


@dataclass(frozen=True)
class Doubling:
    """start * 2^(t/T) (``halving``: start * (1/2)^(t/T)) set to the target, with T the doubling time or half-life in
    the unit of the time asked (``period``), as exact text, and the values as the question writes them."""

    start: str
    target: str
    period: str
    written: str  # the doubling time or half-life as written: "25 min" (a rate: "8% per year")
    halving: bool
    unit: str
    factor: Fraction = Fraction(2)  # the growth over one period: 2 (or 1/2) for a doubling time, 27/25 for 8% a year
    stated: str = ""  # the growth's equation as the question writes it, "1.08^n = 2" ("until it doubles")

    def equation(self) -> str:
        """The equation in t, with exact fractions: "1/20*2^(t/25) = 4/5", "12000*(27/25)^(t/1) = 20000"."""
        base = "(1/2)" if self.halving and self.factor == 2 else _exact(str(self.factor))
        return f"{_exact(self.start)}*{base}^(t/{self.period}) = {_exact(self.target)}"

    @property
    def model(self) -> str:
        """The model's name: doubling, halving, or compound growth or decay by a percentage each period."""
        if self.factor != 2:
            return "compound decay" if self.halving else "compound growth"
        return "halving" if self.halving else "doubling"


def _exact(text: str) -> str:
    """A number as an exact fraction: "0.05" -> "1/20", "2e6" -> "2000000"."""
    value = Fraction(text)
    return str(value.numerator) if value.denominator == 1 else f"({value.numerator}/{value.denominator})"


def _unit_after(text: str, at: int, value: str) -> str:
    """The word written right after a number ("mg/L" of "40 mg/L"), or ""."""
    m = re.match(r"\s*([A-Za-zµ°%][\w/%]*)", text[at + len(value) :])
    return m.group(1).lower() if m else ""


def _unlabelled(text: str, values: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The values that are no labels ("Cs-137", "culture 2"); a number that reads as a label ("plasma level 40 mg/L")
    is a value when it is written in the unit of a value that is no label ("... falls to 5 mg/L")."""
    labels = label_starts(text)
    units = {_unit_after(text, at, value) for at, value in values if at not in labels} - {""}
    return [(at, value) for at, value in values if at not in labels or _unit_after(text, at, value) in units]


def doubling_parts(question: str) -> Doubling | None:
    """The growth or decay the question asks the time of; None when it states no doubling time, half-life or
    compounded percentage rate ("growing 8% per year") and asks no time, or states a rate and not just two values. Raises ValueError when the start and target are not the two other values it states, the target lies on
    the wrong side of the start, or the time is asked in a unit that does not convert."""
    text = scientific(plain_text(question))
    found = list(_DOUBLING.finditer(text)) or list(_RATE.finditer(text))
    ask = _ASKS.search(text)
    if len(found) != 1 or ask is None:
        return None
    m = found[0]
    rate = m.re is _RATE
    unit_word = (m["unit"] or m["over"] or _PERIOD_WORDS[m["word"].lower()]) if rate else m["unit"]
    own = time_unit(unit_word)
    said = _IN_UNIT.search(re.split(r"[.;?!](?:\s|$)", text[ask.start() :])[0])  # "how long, in hours?"
    asked = time_unit(ask["unit"]) if ask["unit"] else time_unit(said["unit"]) if said else own
    if asked is None:
        return None  # "how many cells", "how many doublings": no time asked
    halving = (m["fall"] if rate else m["half"]) is not None
    kind = "growth rate" if rate else "half-life" if halving else "doubling time"
    times = {t.start("value") for t in re.finditer(rf"(?<![\w.]){_VALUE}", text, re.I)}  # "after 60 min": no value
    if rate:
        times.add(m.start("pct"))  # the rate "8%" is no start or target
    values = [(at, value) for at, value in number_spans(text) if at not in times]
    values = _unlabelled(text, values)
    to_multiple = _multiple(text, m, values) if rate else None
    if to_multiple is not None:
        start = values[0][1] if values else "1"
        values = [(0, start), (0, _plain(Fraction(start) * to_multiple[0]))]
    written = ""
    if rate and to_multiple is None:
        share = Fraction(m["pct"]) / 100
        values, written = _drop_written(text, 1 - share if m["fall"] else 1 + share, values)
    if rate and len(values) != 2:
        return None  # a rate beside other numbers: no growth from a start to a target asked here
    if rate and _OTHER_COMPOUNDING.search(text):
        raise ValueError("growth compounded continuously or at another interval than its rate's is not read: state "
                         "the rate per compounding period ('8% per year, compounded yearly')")  # fmt: skip
    if len(values) != 2:
        raise ValueError(f"growth by a {kind} needs the start and the target values, and only them, besides the "
                         f"{kind} ('from 0.05 ... until it reaches 0.8'); read {[v for _, v in values]}")  # fmt: skip
    (_, start), (_, target) = values
    if Fraction(start) <= 0 or Fraction(target) <= 0 or (Fraction(target) < Fraction(start)) != halving:
        way = "fall below" if halving else "grow beyond"
        raise ValueError(f"a quantity with a {kind} must {way} its start: read start {start}, target {target}")
    period = Fraction(1) if rate else Fraction(m["value"])
    if asked != own:
        if own not in SECONDS or asked not in SECONDS:
            raise ValueError(f"the {kind} in {unit_word} and the time asked in {ask['unit']} do not convert exactly")
        period = period * SECONDS[own] / SECONDS[asked]
    exact = str(period.numerator) if period.denominator == 1 else f"({period.numerator}/{period.denominator})"
    if not rate:
        return Doubling(start, target, exact, f"{m['value']} {m['unit']}", halving, asked)
    share = Fraction(m["pct"]) / 100
    if halving and share >= 1:
        raise ValueError(f"a decay of {m['pct']}% per {unit_word} leaves nothing: read start {start}, target {target}")
    factor = 1 - share if halving else 1 + share
    stated = to_multiple[1] if to_multiple else written
    return Doubling(start, target, exact, f"{m['pct']}% per {unit_word}", halving, asked, factor, stated)


def _written_multiple(written: re.Match[str]) -> Fraction:
    """The multiple of its start a written growth equation reaches: 2 of "1.08^n = 2", 35/120 of "120*0.85^t = 35"."""
    return Fraction(written["rhs"]) / Fraction(written["coef"] or 1)


def _drop_written(text: str, factor: Fraction, values: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], str]:
    """The ``values`` without those of the growth's equation written out from its start ("i.e. 120*0.85^t = 35") and
    of the growth defined as a function ("N(n) = 150*1.08^n"), which must be the growth read in words: its factor, and
    the start and target the other values state; a start or target the words leave out is the one the one written
    equation states ("currently 150 ... solve 150*1.08^n = 300": 150 to 300); with that one equation as written ("" when
    none or several). Raises ValueError when it is not."""
    written = [w for w in _WRITTEN.finditer(text) if w["coef"]]
    defined = [d for d in _DEFINED.finditer(text) if Fraction(d["base"]) == factor]
    skip = {w.start(g) for w in written for g in ("coef", "base", "rhs")}
    skip |= {d.start(g) for d in defined for g in ("coef", "base")}
    left = [(at, value) for at, value in values if at not in skip]
    for w in written:
        stated = [Fraction(value) for _, value in left]
        ends = [Fraction(w["coef"]), Fraction(w["rhs"])]
        starts = {Fraction(d["coef"]) for d in defined}
        fits = stated in ([ends, ends[:1], ends[1:], []] if len(written) == 1 else [ends])
        if Fraction(w["base"]) != factor or not fits or not starts <= {ends[0]}:
            raise ValueError(f"the equation written ({w.group()}) is not the growth in words: "
                             f"{_plain(factor)} each period from the start to the target {[v for _, v in left]}")  # fmt: skip
        if len(written) == 1:
            return [(w.start("coef"), w["coef"]), (w.start("rhs"), w["rhs"])], w.group()
    return left, ""


def _plain(value: Fraction) -> str:
    """A fraction as a decimal or integer text Fraction reads back: 2 -> "2", 1/2 -> "0.5"."""
    return str(value.numerator) if value.denominator == 1 else format(float(value), ".15g")


def _multiple(text: str, rate: re.Match[str], values: list[tuple[int, str]]) -> tuple[Fraction, str] | None:
    """The multiple a compounded rate is to reach ("until it doubles": 2, "to halve": 1/2), the text writing at most
    its start among the ``values`` left besides the rate (they are pruned in place of the written equation "1.08^n
    = 2"); None when the text names no multiple. Raises ValueError when the multiple goes
    against the rate's direction, the written equation disagrees with the rate or the multiple, or more than the
    start is left."""
    words = {_MULTIPLES[w["word"].lower().rstrip("s") if w["word"].lower() != "halves" else "halve"]
             for w in _MULTIPLE.finditer(text)}  # fmt: skip
    if len(words) != 1:
        return None
    multiple = words.pop()
    falls = rate["fall"] is not None
    if (multiple < 1) != falls:
        raise ValueError(f"a quantity {'falling' if falls else 'growing'} by {rate['pct']}% cannot reach {multiple} "
                         "times its start")  # fmt: skip
    share = Fraction(rate["pct"]) / 100
    factor = 1 - share if falls else 1 + share
    skip: set[int] = set()
    for written in _WRITTEN.finditer(text):
        if Fraction(written["base"]) != factor or _written_multiple(written) != multiple:
            raise ValueError(f"the equation written ({written.group()}) is not {rate['pct']}% compounded to "
                             f"{multiple} times the start: {_plain(factor)}^n = {_plain(multiple)}")  # fmt: skip
        skip |= {written.start(g) for g in ("coef", "base", "rhs") if written[g]}
    values[:] = [(at, value) for at, value in values if at not in skip]
    if len(values) > 1:
        raise ValueError(f"growth to a multiple of its start needs at most its start besides the rate; read "
                         f"{[v for _, v in values]}")  # fmt: skip
    stated = "; ".join(w.group() for w in _WRITTEN.finditer(text))
    return multiple, stated


def doubling_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: the time a quantity with a doubling time or half-life takes to reach a value (read or
    declined)."""
    try:
        found = doubling_parts(text) is not None
    except ValueError:
        found = True
    return outscore(scores, "algebra") if found else 0.0
