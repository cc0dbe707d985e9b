"""The window check: a Poisson plan's mean is the stated rate times the window the question counts in.

The probability audit recomputes the engine's value from the mean the planner read, so a rate left unscaled ("1.5 a
month ... to cover the next 2 months" planned as poisson.sf(4, 1.5)) passes it. This check reads the question a
second way: the first rate ("1.5 a month", "3 calls every 10 minutes", "4/hr"; a count asked, "more than 6 per
hour", is none) and every other length the question states (a number or a number word before a unit, "2-month";
"a month", "the next year" after in, over, for, during, within, cover, next; "a few weeks", which has no number). Units
are sized by datetime.timedelta (times), by months (3 a quarter, 12 a year; a month against days does not convert)
and by scipy.constants (lengths, areas). When a window differs from the rate's interval, the plan's mean must be the
rate times the window; a window it cannot size fails.
"""

from __future__ import annotations

import math
import re
from datetime import timedelta
from fractions import Fraction

from plugins.api.prose import NUMBER
from plugins.api.reasoning import Check, Plan

_FORMS = {  # unit -> how it is written
    "second": r"s|secs?|seconds?", "minute": r"mins?|minutes?", "hour": r"h|hrs?|hours?", "day": r"days?",
    "week": r"wks?|weeks?", "fortnight": r"fortnights?", "month": r"months?", "quarter": r"quarters?",
    "year": r"yrs?|years?", "cm^2": r"cm\s*\^\s*2|cm2|cm²|sq\.?\s*cm|square\s+centimet(?:re|er)s?", "m^2": r"m\s*\^\s*2|m2|m²|sq\.?\s*m|square\s+met(?:re|er)s?",
    "ft^2": r"ft\s*\^\s*2|ft2|ft²|sq\.?\s*ft|square\s+(?:feet|foot)", "mm": r"mm|millimet(?:re|er)s?",
    "cm": r"cm|centimet(?:re|er)s?", "km": r"km|kilomet(?:re|er)s?", "m": r"m|met(?:re|er)s?",
    "ft": r"ft|feet|foot", "mile": r"miles?", "shift": r"shifts?", "lot": r"lots?", "batch": r"batch(?:es)?",
    "roll": r"rolls?", "sheet": r"sheets?", "panel": r"panels?", "board": r"boards?", "wafer": r"wafers?",
    "page": r"pages?", "unit": r"units?",
}  # fmt: skip
_UNIT = "(" + "|".join(f"(?:{form})" for form in _FORMS.values()) + r")(?![a-z0-9^])"
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "half": Fraction(1, 2)}  # fmt: skip
_AMOUNT = rf"{NUMBER}|{'|'.join(_WORDS)}"
_NOUN = r"(?:(?!(?:in|over|on|during|within|for|of|at|from|to|than)\b)[a-z]+(?:\s+|(?=\s*/))){0,2}?"
_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
            "quarterly": "quarter", "yearly": "year", "annually": "year"}  # fmt: skip
_RATE = re.compile(rf"(?<![\w.])({NUMBER})\s*{_NOUN}(?:(?:(?:per|an?|each|every)\s+|/\s*)(?:({NUMBER})\s*)?{_UNIT}|"
                   rf"({'|'.join(_ADVERBS)})\b)")  # fmt: skip
# a rate per piece per time, the piece no unit ("0.7 blade strikes per turbine per yr"): value, piece, span, unit
_PIECE_RATE = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s*{_NOUN}(?:per|each|every|/)\s*(?!{_UNIT})(?P<piece>[a-z]{{3,}})\s+"
    rf"(?:per|an?|each|every|/)\s*(?:(?P<span>{NUMBER})\s*)?(?P<unit>{_UNIT})"
)
_SECOND = re.compile(rf"\s*(?:per|an?|each|every|/)\s*{_UNIT}")  # "0.6 leaks per 100 km per year": a second unit
# a count asked before a number ("more than 6 per hour", "P(X = 6)"); a parameter's name and "=" is none ("D0 = 0.3")
_ASKED = re.compile(r"(?:more|less|fewer|greater|than|most|least|exactly|over|under|above|below|[<>≤≥]=?|"
                    r"(?<![\w.])[a-z]\s*=)\s*$")  # fmt: skip
# "3 straight weeks", "three consecutive days": a run of windows, as long as them all
_QUANTITY = re.compile(
    rf"(?<![\w.])(half\s+an?|{_AMOUNT})(\s+and\s+a\s+half)?\s*-?\s*(?:(?:straight|consecutive|successive)\s+)?{_UNIT}"
)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")  # "the next day and a half"
_DETERMINERS = r"(?:(?:next|coming|following|upcoming|given|whole|entire|single|typical|any|a|an|one)\s+)"
_ARTICLE = re.compile(
    rf"\b(?:(?:in|over|during|within|for|across|throughout|cover(?:s|ing)?)\s+(?:the\s+)?{_DETERMINERS}+|"
    rf"(?:next|coming|following)\s+){_UNIT}"
)
_VAGUE = re.compile(rf"\b(?:few|several|couple\s+of|many|some|number\s+of)\s+(?:more\s+)?{_UNIT}")
_COMPARED = re.compile(
    r"(?:(?:more|less|greater|fewer|higher|lower|deeper|taller)\s+than|above|below|exceed(?:s|ed|ing)?|"
    r"[<>≥≤]=?)\s*$"
)  # a bound on a measure: never a window's word ("over" and "within" are)
_PAST = re.compile(r"\b(?:last|past|previous|prior|preceding)\s+$")
_HELD = re.compile(rf"\s+of\s+({NUMBER})(?:\s*{_UNIT})?")  # "(a batch) of 1000 units": what a container holds
_TIMES = ("second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year")
_SIZED = ("length", "area")


def window_check(question: str, plan: Plan) -> Check | None:
    """Whether a Poisson plan's mean is the stated rate times each window the question names that differs from the
    rate's interval; None when the plan is not a Poisson's, the question states no rate per a unit, or no such
    window."""
    if plan.facts.get("dist") != "poisson":
        return None
    text = question.lower()
    if (piece := _PIECE_RATE.search(text)) and not _ASKED.search(text[: piece.start()]):
        return _pieces_check(text, piece, float(plan.facts["mu"]))
    rate = next((m for m in _RATE.finditer(text) if not _ASKED.search(text[: m.start()])), None)
    if rate is None:
        return None
    per = Fraction(rate.group(2)) if rate.group(2) else Fraction(1)
    unit = _ADVERBS[rate.group(4)] if rate.group(4) else _unit(rate.group(3))
    end = (second := _SECOND.match(text, rate.end())) and second.end() or rate.end()
    rest = text[: rate.start()] + " " * (end - rate.start()) + text[end:]
    others = [(said, amount, u) for said, amount, u in _windows(rest, unit) if (amount, u) != (per, unit)]
    if not others:
        return None
    planned = float(plan.facts["mu"])
    name = f"the Poisson mean is the rate ({text[rate.start() : end].strip()}) times the window"
    if second is not None:
        return _two_exposures_check(
            name, Fraction(rate.group(1)) / per, (unit, _unit(second.group(1))), others, planned
        )
    wrong = []
    for said, amount, u in others:
        ratio = _ratio(unit, u)
        if amount is None or ratio is None:
            wrong.append(f"'{said}': not restated per {unit}")
            continue
        want = float(Fraction(rate.group(1)) * amount * ratio / per)
        if not math.isclose(planned, want, rel_tol=1e-9):
            wrong.append(f"'{said}': mean {want:.6g}")
    return Check(name, not wrong, f"plan mean {planned:.6g}" + (f", question {'; '.join(wrong)}" if wrong else ""))


def _pieces_check(text: str, piece: re.Match[str], planned: float) -> Check:
    """A rate per piece per time ("0.7 strikes per turbine per yr"): the mean is the rate times the one count of those
    pieces stated ("20 turbines") times each time window ("the next 6 months"); no count, several, or a window that
    does not convert, fails."""
    noun = piece["piece"][:-1] if piece["piece"].endswith("s") else piece["piece"]
    per = Fraction(piece["span"]) if piece["span"] else Fraction(1)
    unit = _unit(piece["unit"])
    rest = text[: piece.start()] + " " * (piece.end() - piece.start()) + text[piece.end() :]
    counts = {Fraction(m.group(1)) for m in re.finditer(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+)?{noun}s?\b", rest)}
    windows = [(said, amount, u) for said, amount, u in _windows(rest, unit) if u in _TIMES]
    name = f"the Poisson mean is the rate ({piece.group(0).strip()}) times the {noun}s times the window"
    wrong = [] if len(counts) == 1 else [f"{len(counts)} counts of {noun}s"]
    scale = Fraction(1)
    for said, amount, u in windows:
        ratio = _ratio(unit, u)
        if amount is None or ratio is None:
            wrong.append(f"'{said}': not restated per {unit}")
        else:
            scale *= amount * ratio / per
    if len(windows) > 1:
        wrong.append("several windows")
    if not wrong:
        want = float(Fraction(piece["value"]) * counts.pop() * scale)
        if not math.isclose(planned, want, rel_tol=1e-9):
            wrong.append(f"mean {want:.6g}")
    return Check(name, not wrong, f"plan mean {planned:.6g}" + (f", question {'; '.join(wrong)}" if wrong else ""))


def _two_exposures_check(
    name: str, rate: Fraction, units: tuple[str, str], others: list[tuple[str, Fraction | None, str]], planned: float
) -> Check:
    """A rate per two exposures ("0.6 per 100 km per year"): the mean is the rate times one window of each exposure
    ("250 km", "a year"); a window of neither, or an exposure with none or two different ones, fails."""
    sized: dict[str, set[Fraction]] = {u: set() for u in units}
    wrong = []
    for said, amount, u in others:
        kinds = [unit for unit in units if _ratio(unit, u) is not None]
        if amount is None or len(kinds) != 1:
            wrong.append(f"'{said}': not restated per {' or '.join(units)}")
            continue
        ratio = _ratio(kinds[0], u)
        assert ratio is not None
        sized[kinds[0]].add(amount * ratio)
    for unit, spans in sized.items():
        if len(spans) > 1:
            wrong.append(f"several windows in {unit}")
    want = float(rate * math.prod(next(iter(spans), Fraction(1)) for spans in sized.values()))
    if not wrong and not math.isclose(planned, want, rel_tol=1e-9):
        wrong.append(f"mean {want:.6g}")
    return Check(name, not wrong, f"plan mean {planned:.6g}" + (f", question {'; '.join(wrong)}" if wrong else ""))


def _windows(text: str, pieces: str) -> list[tuple[str, Fraction | None, str]]:
    """Each (words, amount or None, unit) the question states as a length: "2 months", "two-month", "one and a half
    days", "a fortnight" (after in, over, next ...), "a day and a half", "a few weeks" (None); one already past ("the
    last 30 days") is none. A container of another kind than the rate's ``pieces`` with its count, "in a batch of
    1000 (units)", is that many pieces."""
    found = []
    for m in _QUANTITY.finditer(text):
        if not _PAST.search(text[: m.start()]) and not _threshold(text, m):
            written = "half" if m.group(1).startswith("half") else m.group(1)
            amount = Fraction(_WORDS[written]) if written in _WORDS else Fraction(written)
            found.append((m, amount + Fraction(1, 2) * bool(m.group(2)), _unit(m.group(3))))
    for m in _ARTICLE.finditer(text):  # "in a batch of 1000 (units)": the pieces it holds, when the count is given
        held = _HELD.match(text, m.end())
        container = _unit(m.group(1))
        if held and container not in (pieces, *_TIMES) and _size(container)[0] not in _SIZED:
            found.append((held, Fraction(held.group(1)), _unit(held.group(2)) if held.group(2) else pieces))
        else:
            found.append((m, Fraction(1), _unit(m.group(1))))
    halves = [(m, amount + Fraction(1, 2) * bool(_AND_A_HALF.match(text, m.end())), u) for m, amount, u in found]
    return [(m.group(0), amount, u) for m, amount, u in halves] + [
        (m.group(0), None, _unit(m.group(1))) for m in _VAGUE.finditer(text)
    ]


def _threshold(text: str, quantity: re.Match[str]) -> bool:
    """Whether a stated length is a threshold of what is counted, not a window: after a comparison that is never a
    window's word ("rainfall > 50 mm", "levels above 3 m", "more than 20 cm of snow"), or a speed's ("90 km/h")."""
    return bool(_COMPARED.search(text[: quantity.start()]) or text.startswith("/", quantity.end()))


def _unit(written: str) -> str:
    return next(name for name, form in _FORMS.items() if re.fullmatch(form, written.strip()))


def _size(unit: str) -> tuple[str, Fraction]:
    """The kind of a unit and its size: seconds (datetime.timedelta), months, metres or square metres
    (scipy.constants); a unit of count (shift, lot, roll) is its own kind."""
    from scipy import constants

    if unit in ("month", "quarter", "year"):
        return "calendar", Fraction({"month": 1, "quarter": 3, "year": 12}[unit])
    if unit in ("second", "minute", "hour", "day", "week", "fortnight"):
        span = timedelta(weeks=2) if unit == "fortnight" else timedelta(**{f"{unit}s": 1})
        return "time", Fraction(span.total_seconds())
    metres = {"mm": constants.milli, "cm": constants.centi, "m": 1.0, "km": constants.kilo, "ft": constants.foot,
              "mile": constants.mile}  # fmt: skip
    if unit in metres:
        return "length", Fraction(metres[unit]).limit_denominator(10**9)
    if unit in ("cm^2", "m^2", "ft^2"):
        square = {"cm^2": constants.centi**2, "m^2": 1.0, "ft^2": constants.foot**2}[unit]
        return "area", Fraction(square).limit_denominator(10**12)
    return unit, Fraction(1)


def _ratio(unit: str, other: str) -> Fraction | None:
    """How many ``unit`` one ``other`` is; None when they are of different kinds."""
    (kind, size), (other_kind, other_size) = _size(unit), _size(other)
    return other_size / size if kind == other_kind else None
