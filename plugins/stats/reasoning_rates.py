"""Rates of events for the Poisson planner: "4 calls per hour", "4/hr", "2.5/min", "0.3 per m^2", "1.5 a month",
"3 per quarter", and the window a question counts in ("in a two-minute window", "over 30 minutes", "in a 10 m^2
panel", "to cover the next 2 months", "a fortnight", "in a year"), scaled exactly; a window that is named but cannot
be restated in the rate's unit ("the next few weeks", weeks against months) is refused."""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import NUMBER, blank_spans, thousands
from plugins.api.reasoning import PlanError

# canonical unit -> how it is written (longest first where one form starts another)
_FORMS = (
    ("second", r"seconds?|secs?|s"),
    ("minute", r"minutes?|mins?"),
    ("hour", r"hours?|hrs?|h"),
    ("day", r"days?"),
    ("week", r"weeks?|wks?"),
    ("fortnight", r"fortnights?"),
    ("month", r"months?"),
    ("quarter", r"quarters?"),
    ("year", r"years?|yrs?"),
    ("cm^2", r"(?:square|sq\.?)\s*(?:centimet(?:re|er)s?|cm)|cm\s*\^\s*2|cm2|cm²"),
    ("ft^2", r"(?:square|sq\.?)\s*(?:feet|foot|ft)|ft\s*\^\s*2|ft2|ft²"),
    ("m^2", r"(?:square|sq\.?)\s*(?:met(?:re|er)s?|m)|m\s*\^\s*2|m2|m²"),
    ("km", r"km|kilomet(?:re|er)s?"),
    ("cm", r"cm|centimet(?:re|er)s?"),
    ("mm", r"mm|millimet(?:re|er)s?"),
    ("m", r"met(?:re|er)s?|m"),
    ("mile", r"miles?"),
    ("ft", r"feet|foot|ft"),
    ("page", r"pages?"),
    ("shift", r"shifts?"),
    ("unit", r"units?"),
    ("batch", r"batch(?:es)?"),
    ("lot", r"lots?"),
    ("roll", r"rolls?"),
    ("sheet", r"sheets?"),
    ("panel", r"panels?"),
    ("vehicle", r"vehicles?"),
    ("board", r"boards?"),
    ("wafer", r"wafers?"),
)
UNIT_FORMS = "|".join(form for _, form in _FORMS)  # a unit as written, with nothing said about what follows it
UNIT = f"({UNIT_FORMS})" + r"(?![a-z0-9^])"
# how many base units (second, metre, square metre) one unit is; units not listed convert only to themselves
_SIZE = {
    "second": ("time", Fraction(1)), "minute": ("time", Fraction(60)), "hour": ("time", Fraction(3600)),
    "day": ("time", Fraction(86400)), "week": ("time", Fraction(604800)),
    "mm": ("length", Fraction(1, 1000)), "cm": ("length", Fraction(1, 100)), "m": ("length", Fraction(1)),
    "km": ("length", Fraction(1000)), "ft": ("length", Fraction("0.3048")), "mile": ("length", Fraction("1609.344")),
    "cm^2": ("area", Fraction(1, 10000)), "m^2": ("area", Fraction(1)), "ft^2": ("area", Fraction("0.09290304")),
}  # fmt: skip
# units of the calendar: exact among themselves (a fortnight is 14 days), never against days or hours (a month is no
# fixed number of days); the exponential's audits restate times by datetime.timedelta, which has none of them
_CALENDAR = {"fortnight": ("time", Fraction(1209600)), "month": ("calendar", Fraction(1)),
             "quarter": ("calendar", Fraction(3)), "year": ("calendar", Fraction(12))}  # fmt: skip
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
                "half": Fraction(1, 2)}  # fmt: skip
# a comparison before a number makes it the count asked, not the rate ("more than 6 calls per hour", "P(X = 6)"); a
# parameter's name and "=" is none ("D0 = 0.3 /cm^2", "lambda = 2/h")
_ASKED = re.compile(r"(?:at most|at least|more than|fewer than|less than|exactly|no more than|up to|over|under|"
                    r"above|below|[<>≤≥]=?|(?<![\w.])[a-z]\s*=)\s*$")  # fmt: skip
_NOT_BETWEEN = r"(?!(?:in|of|on|at|for|within|over|during|from)\b)"
# a word of what a rate counts, hyphenated ones included ("walk-ins", "call-outs", "no-shows")
_WORD = r"[a-z]+(?:-[a-z]+)*"


def measures_apart(q: str) -> str:
    """``q`` with "exactly" dropped before a measure of time, length or area ("a roll has exactly 1000 m^2 on it" ->
    "a roll has 1000 m^2 on it"): the size of what is counted on, not the count asked."""
    return re.sub(rf"\bexactly\s+(?=({NUMBER})\s*-?\s*{UNIT})", lambda m: "" if _measured(m) else m.group(0), q)


def _measured(m: re.Match[str]) -> bool:
    """Whether the unit after an "exactly" match is a unit of time, length or area (not a piece such as "units")."""
    unit = re.match(rf"\s*({NUMBER})\s*-?\s*{UNIT}", m.string[m.end() :])
    return bool(unit) and canonical(unit.group(2)) in _SIZE


def canonical(unit: str) -> str:
    """The canonical name of a unit as written: "hrs" -> "hour", "m^2" -> "m^2", "sq m" -> "m^2"."""
    return next(name for name, form in _FORMS if re.fullmatch(form, unit.strip()))


def unit_ratio(unit: str, other: str, calendar: bool = False) -> Fraction | None:
    """How many ``unit`` one ``other`` is, exactly ("hour", "day" -> 24; with ``calendar`` also "month", "year" -> 12
    and "week", "fortnight" -> 2); None when they do not convert."""
    if unit == other:
        return Fraction(1)
    sizes = {**_SIZE, **_CALENDAR} if calendar else _SIZE
    (kind, size), (other_kind, other_size) = sizes.get(unit, (unit, 1)), sizes.get(other, (other, 1))
    return other_size / size if kind == other_kind else None


def _rate_pattern() -> str:
    """A rate as written: its value, what is counted, how many units its interval is, and the unit (4 groups); the
    digit of a name ("NO2", "CO2") is no value."""
    return (rf"(?<![\w.])({NUMBER})\s*(?:(?:{_NOT_BETWEEN}(?:{_WORD}\s+{_NOT_BETWEEN})?({_WORD})\s+)?(?:per|an?|each|every)\s+"
            rf"(?:({NUMBER})\s*)?|/\s*){UNIT}")  # fmt: skip


_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
            "quarterly": "quarter", "yearly": "year", "annually": "year"}  # fmt: skip


# a rate's abbreviation, then the rate spelled out in brackets: "1.6 DPV (defects per vehicle)", "0.4 dpu (defects
# per unit)" (the value and the spelled-out rate)
_ABBREVIATED = re.compile(
    rf"(?<![\w.])({NUMBER})\s*[a-z]{{2,6}}\s*\(\s*({_WORD}\s+(?:per|an?|each|every)\s+{UNIT})\s*\)", re.I
)


# a period named with its length, "per 12-h shift", "per 8-hour shift": the period itself is the unit
_SPANNED_PERIOD = re.compile(rf"\bper\s+{NUMBER}\s*-?\s*(?:{UNIT_FORMS})\s+(?=(?:{UNIT_FORMS})(?![a-z0-9^]))")


def _per_words(q: str) -> str:
    """ "1.5 failures monthly" -> "1.5 failures per month": a rate's adverb as its unit; "4.2 calls/min" -> "4.2
    calls per min": a slash after the counted noun; "1.6 DPV (defects per vehicle)" -> "1.6 defects per vehicle":
    a rate's abbreviation spelled out in brackets after it; "0.8 per 12-h shift" -> "0.8 per shift"."""
    q = re.sub(rf"({NUMBER})\s+([a-z]{{3,}}(?:-[a-z]+)*)\s*/\s*(?={UNIT})", r"\1 \2 per ", q)
    q = re.sub(_SPANNED_PERIOD, "per ", q)
    q = re.sub(_ABBREVIATED, r"\1 \2 ", q)
    return re.sub(rf"\b({'|'.join(_ADVERBS)})\b", lambda m: f"per {_ADVERBS[m.group(1)]}", q)


def _rate(q: str) -> re.Match[str] | None:
    """The first rate the question states (value, what is counted, how many units its interval is, unit)."""
    q = _per_words(q)
    return next((m for m in re.finditer(_rate_pattern(), q) if not _ASKED.search(q[: m.start()])), None)


def per_unit(q: str) -> tuple[str, str, str | None] | None:
    """The first rate the question states, as (value as written, canonical unit, what is counted if said):
    "4 calls per hour" -> ("4", "hour", "calls"), "4/hr", "4 per hr", "2.5/min", "0.3 per m^2", "3 flaws a
    metre", "2 cracked tiles a shift" -> ("2", "shift", "tiles"), "3 calls every 10 minutes" -> ("3", "minute", "calls") (its span, 10, from ``rate_span``); a count
    asked ("more than 6 calls per hour") is skipped."""
    m = _rate(q)
    return (m.group(1), canonical(m.group(4)), m.group(2)) if m else None


def rate_span(q: str) -> Fraction:
    """How many of its units the first rate's interval is: 10 for "3 calls every 10 minutes", else 1."""
    m = _rate(q)
    return Fraction(m.group(3)) if m and m.group(3) else Fraction(1)


def rate_window(q: str) -> tuple[Fraction, Fraction] | None:
    """How many of the rate's units the question's interval spans, and the interval's length as stated,
    exactly: "2.5 per minute ... in a two-minute window" -> (2, 2), "3 per hour ... over 30 minutes" -> (1/2, 30),
    "3 every 10 minutes ... in 20 minutes" -> (2, 20), "1.5 a month ... to cover the next 2 months" -> (2, 2),
    "3 per quarter ... in a year" -> (4, 1); None when the rate has no unit or the question names no window.
    PlanError for a window that cannot be restated in the rate's unit ("the next few months", "in 2 weeks" of a
    rate per month, "in 2 hours" of a rate per metre) or for windows that disagree."""
    q = _per_words(q)
    stated = per_unit(q)
    rate = (
        stated[1]
        if stated
        else (m := re.search(rf"(?:\b(?:per|an?|each|every)\s*|/\s*){UNIT}", q)) and canonical(m.group(1))
    )
    if not rate:
        return None
    found = _without_settings(windows(q), rate)
    if not found and _SIZE.get(rate, ("",))[0] in {"length", "area"}:
        per = rate if rate_span(q) == 1 else f"{rate_span(q)} {rate}"
        raise PlanError(f"the rate is per {per}, but the question states no length or area the count is over (how "
                        f"long or large is the piece?): say it, e.g. 'in 5 {rate}'")  # fmt: skip
    if (second := second_unit(q)) is not None:
        return _compound_window(q, rate, second, found)
    _run_of_none(q, found)
    readings = {}
    for said, amount, unit in [_contents(q, rate, w) for w in found] + _counted_pieces(q, rate, found):
        ratio = unit_ratio(rate, unit, calendar=True)
        if amount is None:
            raise PlanError(f"the window '{said}' says no number, so the rate per {rate} cannot be scaled to it: "
                            "write how long it is as a number and a unit")  # fmt: skip
        if ratio is None:
            raise PlanError(f"the rate is per {rate} but the window '{said}' is in {unit}, which does not convert to "
                            f"{rate} exactly: give the rate and the window in one unit")  # fmt: skip
        readings.setdefault(amount * ratio / rate_span(q), (said, amount))
    if len(readings) > 1:
        said = "', '".join(phrase for phrase, _ in readings.values())
        raise PlanError(f"the question names several windows ('{said}'): say which one the count is over")
    return next(((scale, amount) for scale, (_, amount) in readings.items()), None)


def _run_of_none(q: str, found: list[tuple[str, Fraction | None, str]]) -> None:
    """PlanError when the question counts over a run of windows ("3 straight weeks", "over 3 consecutive weeks",
    "three weeks in a row") but asks no count of none: zero events in each of 3 weeks is zero over the 3 weeks (one
    window three times as long), but "at least one in each of 3 straight weeks" is a product over the weeks, which
    the pooled window would misstate."""
    if found and _RUN_SAID.search(q) and not _NONE_ASKED.search(q):
        raise PlanError("the question counts over a run of consecutive windows: havoc pools the run into one window "
                        "only for a count of none (no events in any of them); for a count in each window, ask for "
                        "one window and raise its probability to the number of windows")  # fmt: skip


def _without_settings(
    found: list[tuple[str, Fraction | None, str]], rate: str
) -> list[tuple[str, Fraction | None, str]]:
    """The windows less the pieces that only set the scene of a rate per a measured unit ("voids on calendered sheet
    ... 0.6 per 100 cm^2 ... a 250 cm^2 panel": the sheet is where the voids are, the 250 cm^2 the window): a piece of
    no stated number, or one, dropped when another window is sized in a unit the rate converts to. Unchanged for a
    rate per piece, or when no window converts."""
    if rate not in _SIZE and rate not in _CALENDAR:
        return found
    sized = [w for w in found if w[1] is not None and unit_ratio(rate, w[2], calendar=True) is not None]
    if not sized:
        return found
    return [w for w in found if w[2] in _SIZE or w[2] in _CALENDAR or w[1] not in (None, 1)]


# what a container window holds: "(in a batch) of 1000 units", "(the next lot) of 500"
_OF_COUNT = re.compile(rf"\s+of\s+({NUMBER})(?:\s*({UNIT_FORMS})(?![a-z0-9^]))?")


def _contents(q: str, rate: str, window: tuple[str, Fraction | None, str]) -> tuple[str, Fraction | None, str]:
    """A window of one container counted by the pieces it holds, when the rate is per a different piece: "2.3 per
    1000 units ... in a batch of 1000 units" or "... the next batch of 1000" -> 1000 units; the window unchanged
    otherwise (a rate per batch, a unit of time or size, or a count of pieces of another kind)."""
    said, amount, unit = window
    if unit == rate or rate in _SIZE or rate in _CALENDAR or unit in _SIZE or unit in _CALENDAR or amount != 1:
        return window
    at = q.find(said)
    held = _OF_COUNT.match(q, at + len(said)) if at >= 0 else None
    if held is None or (held.group(2) and canonical(held.group(2)) != rate):
        return window
    return f"{said}{held.group(0)}", Fraction(held.group(1)), rate


def second_unit(q: str) -> str | None:
    """The second unit of a rate per two exposures, "0.6 leaks per 100 km per year" -> "year" (canonical); None when
    the first rate has one unit only."""
    q = _per_words(q)
    m = _rate(q)
    second = m and re.match(rf"\s*(?:per|each|every|an?|/)\s*{UNIT}", q[m.end() :])
    return canonical(second.group(1)) if second else None


# a rate per piece per time, the piece no unit of measure: "0.7 blade strikes per turbine per yr", "2 faults per truck
# a month"; group 1 the value, 2 the piece, the span of "per turbine" is read out to leave the rate per time
_PER_PIECE = re.compile(
    rf"(?<![\w.])({NUMBER})\s*(?:{_WORD}\s+){{0,2}}?(?:per|each|every|/)\s*([a-z]{{3,}})(?=\s+(?:per|an?|each|every|/)\s*"
    rf"(?:{NUMBER}\s*)?{UNIT})"
)


def piece_rate(q: str) -> tuple[str, str, int, str] | None:
    """(rate, piece, how many pieces, ``q`` less the piece) of a rate per piece per time and the one count of those
    pieces the question states ("0.7 blade strikes per turbine per yr ... farm has 20 turbines" -> ("0.7", "turbine",
    20, "0.7 blade strikes per yr ... farm has ...")): the count over the pieces is Poisson with the rate times the
    pieces. None when no such rate is stated or its piece is a unit of measure; PlanError when no count of the pieces,
    or several, are stated."""
    m = _PER_PIECE.search(_per_words(q))
    if m is None or _ASKED.search(_per_words(q)[: m.start()]) or re.fullmatch(UNIT_FORMS, m.group(2)):
        return None
    q = _per_words(q)
    piece = m.group(2).rstrip("s")
    cut = (m.start(2) - len(re.search(r"(?:per|each|every|/)\s*$", q[: m.start(2)]).group(0)), m.end(2))  # type: ignore[union-attr]
    rest = blank_spans(q, [cut])
    counts = {c.group(1) for c in re.finditer(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+)?{re.escape(piece)}s?\b", rest)}
    counts = {c for c in counts if Fraction(c).denominator == 1 and Fraction(c) > 0}
    if len(counts) != 1:
        what = "states none" if not counts else f"states several ({', '.join(sorted(counts))})"
        raise PlanError(f"the rate is per {piece}, and the question {what} of the {piece}s it is over: say how many, "
                        f"e.g. '20 {piece}s'")  # fmt: skip
    count = counts.pop()
    held = re.search(rf"(?<![\w.]){re.escape(count)}\s+(?:[a-z-]+\s+)?{re.escape(piece)}s?\b", rest)
    return m.group(1), piece, int(count), blank_spans(rest, [held.span()])  # type: ignore[union-attr]


def _compound_window(
    q: str, rate: str, second: str, found: list[tuple[str, Fraction | None, str]]
) -> tuple[Fraction, Fraction]:
    """How many of a two-unit rate's exposures the question spans, ``rate`` x ``second`` ("0.6 leaks per 100 km per
    year ... our segment is 250 km ... in a given year" -> (250/100 x 1, 250)): each window is one exposure's, and
    each exposure needs exactly one; PlanError for a window of neither, one missing or one read twice."""
    spans: dict[str, dict[Fraction, str]] = {rate: {}, second: {}}
    stated: dict[str, Fraction] = {}
    for said, amount, unit in found:
        hits = [u for u in (rate, second) if unit_ratio(u, unit, calendar=True) is not None]
        if amount is None or len(hits) != 1:
            raise PlanError(f"the rate is per {rate} per {second}, and the window '{said}' is not a number of "
                            f"exactly one of them: give the {rate} and the {second} the count is over")  # fmt: skip
        ratio = unit_ratio(hits[0], unit, calendar=True)
        assert ratio is not None
        spans[hits[0]].setdefault(amount * ratio, said)
        stated.setdefault(hits[0], amount)
    for unit, read in spans.items():
        if len(read) != 1:
            what = "states none" if not read else f"names several ('{chr(39).join(read.values())}')"
            raise PlanError(f"the rate is per {rate} per {second}, and the question {what} of {unit}: say how many "
                            f"{unit} the count is over")  # fmt: skip
    scale = next(iter(spans[rate])) * next(iter(spans[second])) / rate_span(q)
    return scale, stated[rate]


_LEAD = r"\b(?:in|over|during|within|for|on|across|through(?:out)?|spanning|cover(?:s|ed|ing)?)\s+"
_AHEAD = r"\b(?:next|coming|following|upcoming)\s+"  # "(keep 4 spares for) the next 2 months"
_STOP = r"(?:in|over|during|within|for|on|across|per|each|every|of|at|to|from|with|and|or|than|by|is|are)\b"
_WINDOW = re.compile(rf"(?:{_LEAD}|{_AHEAD})((?:(?!{_STOP})(?:{NUMBER}|[a-z]+)(?:\s+|-\s*)){{0,4}}?)({UNIT_FORMS})"
                     r"(?![a-z0-9^])")  # fmt: skip
_FILLERS = {"the", "a", "an", "any", "each", "next", "coming", "following", "upcoming", "given", "typical", "single",
            "whole", "full", "entire", "first", "same", "one", "straight", "consecutive", "successive"}  # fmt: skip
# a run of windows said back to back ("3 straight weeks", "three consecutive days", "4 weeks in a row", "2 days
# running"): one window as long as the run, for a count of none over it
_RUN_WORDS = r"(?:straight|consecutive|successive|back-to-back)"
_RUN = re.compile(
    rf"(?<![\w.])({NUMBER}|{'|'.join(_COUNT_WORDS)})\s*-?\s*(?:{_RUN_WORDS}\s+({UNIT_FORMS})|({UNIT_FORMS})(?![a-z0-9^])"
    r"\s+(?:in\s+a\s+row|running|on\s+end|straight|back-to-back))(?![a-z0-9^])"
)
_RUN_SAID = re.compile(rf"\b{_RUN_WORDS}\b|\bin\s+a\s+row\b|\b(?:running|on\s+end)\b")
# a count of none asked: "zero positives", "no failures", "without any", "none"
_NONE_ASKED = re.compile(r"\b(?:zero|none|without|no(?!\s+(?:more|fewer|less|later|sooner)\b))\b|(?<![\w.])0\s+[a-z]")
_HALF = re.compile(rf"\b({NUMBER}|{'|'.join(_COUNT_WORDS)})\s+and\s+a\s+half\b")  # "one and a half days"
_PAST = {"last", "past", "previous", "prior", "preceding"}  # a window already over is the rate's evidence
_SPEED = re.compile(rf"{NUMBER}\s*(?:{UNIT_FORMS})\s*/\s*{UNIT}")  # a length per a time: "90 km/h", "3 m/s"
_OWNED = {"our", "my", "your", "their", "his", "her", "its", "this", "these", "those"}  # "in our cured panels"
# a measure before the thing counted on: "a 5 m^2 panel", "a 10-metre roll", "one 8-hour shift"
_MEASURED = re.compile(rf"\b(?:an?|one|each)\s+({NUMBER})\s*-?\s*({UNIT_FORMS})(?![a-z0-9^])\s+[a-z]{{3,}}")
# the size of the thing counted on, said of it: "the die is 1.2 cm^2", "each panel measures 5 m^2", "die area is 1.2
# cm^2", "a roll has a length of 10 m", "a roll has exactly 1000 m^2 on it", "each roll holds 50 m" (a length or an
# area only)
_SIZED = re.compile(
    r"\b(?:[a-z]{3,}\s+(?:(?:area|size|length)\s+)?)?(?:is|measures|covers|(?:has|holds|contains)(?:\s+an?\s+(?:area|size|"
    r"length)\s+of)?)\s+(?:(?:about|around|roughly|approximately|exactly|just|precisely)\s+)?"
    rf"({NUMBER})\s*({UNIT_FORMS})(?![a-z0-9^])"
)
# the size of the thing counted on, named and written beside it with no verb: "die area 3.2 cm^2", "panel area = 5
# m^2", "roll length: 10 m", "a die size of 1.2 cm^2"
_SIZE_NAMED = re.compile(
    r"\b[a-z]{3,}\s+(?:area|size|length)\s*(?:=|:|of)?\s*(?:(?:about|around|roughly|approximately|exactly)\s+)?"
    rf"({NUMBER})\s*({UNIT_FORMS})(?![a-z0-9^])"
)


def windows(q: str) -> list[tuple[str, Fraction | None, str]]:
    """Each window the question counts in, as (words, how many units or None when not a number, canonical unit):
    "in a two-minute window" -> ("in a two-minute", 2, "minute"), "the next few months" -> (..., None, "month").
    "one and a half days" and "the next day and a half" are 3/2. The rate's own words are none ("4 calls per hour",
    "every 10 minutes"), nor a definite window with no number or "next" ("during the (morning) shift": the setting),
    nor one already past ("over the last month"); one owned ("in our cured panels") only when no other is found.
    A measure before the thing counted on is a window too ("a 5 m^2 panel", "a 10-metre roll"), and so is a length or
    an area said of it ("the die is 1.2 cm^2", "each panel measures 5 m^2")."""
    q = _HALF.sub(lambda m: str(float(_COUNT_WORDS.get(m.group(1)) or Fraction(m.group(1))) + 0.5), _per_words(q))
    for m in _SPEED.finditer(q):  # "gusts over 90 km/h": a speed is no window
        q = blank_spans(q, [m.span()])
    for m in re.finditer(rf"{_rate_pattern()}|(?:per|each|every|/)\s*(?:{NUMBER}\s*)?{UNIT}", q):
        q = blank_spans(q, [m.span()])
    found, owned = [], []
    for m in _WINDOW.finditer(q):
        words = re.findall(rf"{NUMBER}|[a-z]+", m.group(1))
        if _PAST.intersection(words) or _setting(words) or _label(q, m, words):
            continue
        if words and words[0] in _OWNED and not any(map(_amount, ([w] for w in words))):
            owned.append((m.group(0).strip(), None, canonical(m.group(2))))  # a setting beside a window that is sized
            continue
        amount = _amount([w for w in words if w not in _FILLERS]) or _single(words)
        if amount is not None and re.match(r"\s+and\s+a\s+half\b", q[m.end() :]):  # "the next day and a half"
            amount += Fraction(1, 2)
        found.append((m.group(0).strip(), amount, canonical(m.group(2))))
    covered = [m.span() for m in _WINDOW.finditer(q)]
    for m in _RUN.finditer(q):  # "go 3 straight weeks with zero", "three weeks in a row": no word leads the window
        if not any(start <= m.start() < end or m.start() <= start < m.end() for start, end in covered):
            found.append((m.group(0).strip(), _amount([m.group(1)]), canonical(m.group(2) or m.group(3))))
    for m in [*_MEASURED.finditer(q), *_SIZED.finditer(q), *_SIZE_NAMED.finditer(q)]:
        sized = _SIZE.get(canonical(m.group(2)), ("",))[0] in {"length", "area"}
        if not any(start <= m.start(1) < end for start, end in covered) and (sized or m.re is _MEASURED):
            found.append((m.group(0).strip(), Fraction(m.group(1)), canonical(m.group(2))))
    return found or owned


def _counted_pieces(
    q: str, rate: str, found: list[tuple[str, Fraction | None, str]]
) -> list[tuple[str, Fraction, str]]:
    """Pieces of the rate's own unit the count is over, when the rate is per piece and no other window is found:
    "2.3 defects per roll ... 3 rolls have at most 4 defects" -> ("3 rolls", 3, "roll"); a count asked ("at most 2
    rolls") is none."""
    if found or rate in _SIZE or rate in _CALENDAR:
        return []
    form = dict(_FORMS)[rate]
    q = _per_words(q)
    pieces = []
    for m in re.finditer(rf"(?<![\w.])({NUMBER})\s+(?:[a-z-]+\s+)?(?:{form})(?![a-z0-9^])", q):
        if not _ASKED.search(q[: m.start()]) and not re.search(r"(?:per|each|every|/)\s*$", q[: m.start()]):
            pieces.append((m.group(0), Fraction(m.group(1)), rate))
    return pieces[1:] if pieces and _rate(q) and _rate(q).start() == q.find(pieces[0][0]) else pieces


def _setting(words: list[str]) -> bool:
    """Whether a window's words are a definite description with no number nor "next": "the", "the morning"."""
    counted = {"next", "coming", "following", "upcoming", "first", "whole", "entire", "full", *_COUNT_WORDS}
    return bool(words) and words[0] == "the" and not any(w in counted or re.fullmatch(NUMBER, w) for w in words)


def _label(q: str, window: re.Match[str], words: list[str]) -> bool:
    """Whether a window is a unit's name, not a span: the unit word bare and numbered after it ("alarms on unit 3
    console", "at line 2", "in bay 4"), naming which one the events are at."""
    return not words and re.match(r"\s*(?:#|no\.?\s*)?\d", q[window.end() :]) is not None


def _single(words: list[str]) -> Fraction | None:
    """One unit for "a"/"an"/"one" and describing words only ("on a coated sheet", "in a typical shift"); else None."""
    vague = {"few", "couple", "number", "several", "some", "many", "handful", "dozen", "half", "quarter"}
    rest = [w for w in words[1:] if w not in _FILLERS]
    if (
        words
        and words[0] in {"a", "an", "one", "1"}
        and not vague.intersection(rest)
        and not any(map(_amount, ([w] for w in rest)))
    ):
        return Fraction(1)
    return None


def _amount(words: list[str]) -> Fraction | None:
    """How many units the words left before a window's unit say: none -> 1, "2", "two", "half" -> 1/2; else None."""
    if not words:
        return Fraction(1)
    if len(words) > 1:
        return None
    if re.fullmatch(NUMBER, words[0]):
        return Fraction(words[0])
    count = _COUNT_WORDS.get(words[0])
    return Fraction(count) if count is not None else None


# a rate per an amount of exposure named by a compound unit ("1.2 per 1000 central-line days", "3.4 infections per
# 1,000 patient-days", "0.8 falls per 1000 bed days"), and the exposure stated in the same unit ("2500 line-days"):
# the unit is the compound's last two words, hyphens or spaces alike
_COMPOUND = r"(?P<unit>(?:[a-z]+[- ])?[a-z]+[- ](?:days?|hours?|years?|months?|miles?|km))\b"
_EXPOSURE_RATE = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s*(?:[a-z]+\s+)?(?:per|/)\s*(?P<scale>{NUMBER}|thousand|million)?\s*{_COMPOUND}"
)
_EXPOSURE = re.compile(rf"(?<![\w.])(?P<amount>{NUMBER})\s*{_COMPOUND}")
_SCALE_WORDS = {"thousand": Fraction(1000), "million": Fraction(10**6)}


def _exposure_unit(written: str) -> str:
    """A compound exposure unit's key: its last two words, singular ("central-line days" -> "line-day")."""
    words = re.split(r"[- ]", written)[-2:]
    return "-".join([*words[:-1], words[-1].rstrip("s")])


def _initialled(q: str, unit: str) -> set[str]:
    """The exposures stated in the compound unit's initials ("5000 FH" of a rate per flight hour, "1200 PD" of one per
    patient-day, "fh"/"fhs" lower-cased alike)."""
    initials = "".join(word[0] for word in unit.split("-"))
    return {m.group(1) for m in re.finditer(rf"(?<![\w.])({NUMBER})\s*{initials}s?(?![a-z0-9])", q)}


def exposure_rate(q: str) -> tuple[str, str, str, str] | None:
    """(rate, per how many, exposure, unit) of a rate per an amount of a compound exposure unit and the exposure
    stated in that unit ("1.2 per 1000 central-line days ... logs 2500 line-days" -> ("1.2", "1000", "2500",
    "line-day")); None when either is missing or the time unit alone is written ("per 1000 days"). PlanError when
    several exposures in that unit are stated."""
    m = _EXPOSURE_RATE.search(q)
    if m is None or " " not in m.group("unit").replace("-", " "):
        return None
    unit = _exposure_unit(m.group("unit"))
    amounts = {e.group("amount") for e in _EXPOSURE.finditer(q)
               if not m.start() <= e.start() < m.end() and _exposure_unit(e.group("unit")) == unit}  # fmt: skip
    amounts |= _initialled(blank_spans(q, [m.span()]), unit)
    if not amounts:
        return None
    if len(amounts) > 1:
        raise PlanError(f"several exposures in {unit}s are stated ({', '.join(sorted(amounts))}): say which one the "
                        "count is over")  # fmt: skip
    scale = m.group("scale") or "1"
    return m.group("value"), str(_SCALE_WORDS.get(scale, scale)), amounts.pop(), unit


# a rate of events per a block of pieces that are no unit of measure: "0.8 leaks per 1000 pouches", "2.5 blemishes in
# every 100 lenses", "1.2 leaks occur per 1000 sachets"; the block's size is written (a rate per one piece is ``piece_rate``'s)
_BLOCK_RATE = re.compile(
    rf"(?<![\w.])(?P<value>{NUMBER})\s*(?:(?P<event>{_WORD})\s+(?:(?!(?:per|in|for|out|every)\b){_WORD}\s+){{0,2}}?)?"
    r"(?:per|(?:in|for|out\s+of)\s+every|every|/)\s*"
    r"(?P<scale>\d+(?:\.\d+)?|thousand|million)\s+(?P<piece>[a-z]{3,})\b"
)


def block_rate(q: str) -> tuple[str, str, str, str, str | None] | None:
    """(rate, per how many, pieces, piece, events) of a rate per a block of pieces (see ``_BLOCK_RATE``) and the one
    other count of those pieces the question states ("0.8 leaks per 1000 pouches ... a lot of 2500 pouches" -> ("0.8",
    "1000", "2500", "pouche", "leaks")): the count over the pieces is Poisson with mean rate / per x pieces. None when
    no such rate or no other count is stated, or the piece is a unit of measure (``per_unit`` reads those); PlanError
    when several counts of the pieces are stated. ``q`` is lower case; thousands separators are read."""
    q = thousands(q)
    m = _BLOCK_RATE.search(q)
    if m is None or _ASKED.search(q[: m.start()]) or re.fullmatch(UNIT_FORMS, m.group("piece")):
        return None
    stem = re.sub(r"(?:es|s)$", "", m.group("piece"))
    if len(stem) < 3 or (m.group("event") and re.fullmatch(UNIT_FORMS, m.group("event"))):
        return None
    rest = blank_spans(q, [m.span()])
    counts = re.finditer(rf"(?<![\w.])(\d+(?:\.\d+)?)\s+(?:{_WORD}\s+)?{re.escape(stem)}(?:s|es)?\b", rest)
    amounts = {c.group(1) for c in counts if not _ASKED.search(rest[: c.start()])}
    if not amounts:
        return None
    if len(amounts) > 1:
        raise PlanError(f"several counts of {m.group('piece')} are stated ({', '.join(sorted(amounts))}): say which "
                        "one the count of events is over")  # fmt: skip
    scale = m.group("scale")
    return m.group("value"), str(_SCALE_WORDS.get(scale, scale)), amounts.pop(), m.group("piece"), m.group("event")


# a mean exposure between events: "MTBUR = 8,000 FH", "MTBF of 5000 flight hours", "mean time between removals 8000
# fh", "mean cycles between failures: 12000 cycles"; the unit is the exposure's ("fh", "flight hours", "cycles")
_BETWEEN_UNIT = (
    r"(?P<unit>(?:[a-z]+[- ])?(?:hours?|hrs?|cycles?|miles?|km|landings?|starts?)|"
    r"(?!(?:and|the|for|per|but|nor|are|was|its|our|in|on|at|of|to|is|or|by|an|as)\b)[a-z]{2,3})(?![\w-])"
)
_MEAN_BETWEEN = re.compile(
    r"\b(?:mtb[a-z]{1,4}|mean\s+(?:time|[a-z]+[- ]hours|cycles|distance|miles)\s+between\s+(?:[a-z-]+\s+){0,2}?"
    rf"[a-z]+)\s*(?:\([^()]{{0,20}}\)\s*)?(?:=|:|of|is|was)?\s*(?:about\s+|around\s+|~\s*)?(?P<mean>{NUMBER})\s*"
    rf"{_BETWEEN_UNIT}"
)
_EXPOSED = re.compile(rf"(?<![\w.])(?P<amount>{NUMBER})\s*{_BETWEEN_UNIT}")


def _same_exposure(unit: str, other: str) -> bool:
    """Whether two written exposure units are one: the same words, singular ("flight hours", "flight-hour"), or one
    the other's initials ("fh" of "flight hours")."""
    words, others = ([w.rstrip("s") for w in re.split(r"[- ]", u)] for u in (unit, other))
    initials = ["".join(w[0] for w in ws) for ws in (words, others)]
    return (
        words == others
        or (len(words) == 1 and words[0] == initials[1])
        or (len(others) == 1 and others[0] == initials[0])
    )


def mean_between_exposure(q: str) -> tuple[str, str, str] | None:
    """(mean between events, exposure, unit) of a mean exposure between events ("MTBUR = 8,000 FH", see
    ``_MEAN_BETWEEN``) and the one exposure stated in that unit ("the fleet will fly 24,000 FH"): the count over it is
    Poisson with mean exposure / mean between ("24000", "8000" -> 3). None when either is missing; PlanError when
    several exposures in that unit are stated. ``q`` is lower case; thousands separators are read."""
    m = _MEAN_BETWEEN.search(q)
    if m is None:
        return None
    amounts = {e.group("amount") for e in _EXPOSED.finditer(q)
               if not m.start() <= e.start() < m.end() and _same_exposure(m.group("unit"), e.group("unit"))}  # fmt: skip
    if not amounts:
        return None
    if len(amounts) > 1:
        raise PlanError(f"several exposures in {m.group('unit')} are stated ({', '.join(sorted(amounts))}): say which "
                        "one the count is over")  # fmt: skip
    return m.group("mean"), amounts.pop(), m.group("unit")


# a rate per a counted piece that is no unit: "2.4 seedlings per quadrat", "0.8 colonies per plate"
_PER_ONE_PIECE = re.compile(rf"(?<![\w.]){NUMBER}\s+(?:[a-z-]+\s+){{0,2}}per\s+([a-z]{{3,}})\b")


def _says_piece(q: str, said: str, sized: re.Match[str]) -> bool:
    """Whether the window words ``said`` are those of the sized piece itself ("in my 1 m² quadrats": the quadrats'
    size, read where the piece is named, is no other window)."""
    return any(m.start() <= sized.start(1) < m.end() for m in re.finditer(re.escape(said), q))


def piece_size(q: str) -> tuple[str, str, str] | None:
    """The size of the piece a rate is counted per, when the question asks of one such piece: "0.25 m² quadrats ...
    2.4 seedlings per quadrat ... the chance a quadrat has at most one" -> ("0.25", "m^2", "quadrat"): the rate is
    per quadrat and the count is over one quadrat, so the area is the piece's size, no window to scale to. None when
    the piece is a unit, no length or area is said of it, it is not asked of one piece, or a window of another size
    is named. PlanError when a window of another size is named besides the sized piece ("... in a 1 m² area")."""
    rate = _PER_ONE_PIECE.search(q)
    if rate is None or re.fullmatch(UNIT_FORMS, rate.group(1)):
        return None
    noun = rate.group(1)
    sized = re.search(rf"(?<![\w.])({NUMBER})\s*{UNIT}[\s-]+(?:[a-z-]+\s+)?{noun}s?\b", q)
    if sized is None or _SIZE.get(canonical(sized.group(2)), ("",))[0] not in {"length", "area"}:
        return None
    size, unit = sized.group(1), canonical(sized.group(2))
    other = [said for said, amount, kind in windows(q)
             if (amount, kind) != (Fraction(size), unit) and not _says_piece(q, said, sized)]  # fmt: skip
    if other:
        raise PlanError(f"the rate is per {noun} ({size} {unit} each), while the question counts over '{other[0]}': "
                        f"ask of one {noun}, or give the rate per {unit}")  # fmt: skip
    if not re.search(rf"\b(?:a|one|each|any|a single|the next)\s+{noun}\b", q[rate.end() :]):
        return None
    return size, unit, noun
