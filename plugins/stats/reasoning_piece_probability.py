"""A probability written per piece, "P(gearbox failure within a year) = 0.08 per unit, independent", with the pieces
counted beside it ("site has 20 WTGs") and a count of the same events asked ("P(3 or more gearbox failures this
year)"): each piece is one trial, so the count is binomial with n the pieces and p the probability per piece. The
window inside the probability ("within a year") belongs to p, not to a rate that needs scaling."""

from __future__ import annotations

import re

from plugins.api.prose import NUMBER
from plugins.api.reasoning import PlanError

# "p(gearbox failure within a year) = 0.08 per unit", "p(failure in a year) = 8% for each unit", "... = 0.08 each"
_PIECE_P = re.compile(
    rf"\bp\((?P<event>[^()]{{3,80}})\)\s*(?:=|is)\s*(?P<value>{NUMBER})\s*(?P<sign>%?)\s*,?\s*"
    r"(?:(?:per|for\s+(?:each|every|any|one|a|an))\s+(?P<noun>[a-z]{3,})\b|(?P<each>each|apiece)\b)"
)
# the pieces' generic names: "per unit" counts whatever pieces the question counts
_GENERIC = {"unit", "piece", "item", "one", "asset", "machine", "device"}
_INDEPENDENT = re.compile(r"\bindependen(?:t|tly|ce)\b|\bi\.i\.d\b|\biid\b|\bbinomial\b")
# where the event's own words end and its window starts: "gearbox failure | within a year"
_WINDOW_START = re.compile(r"\s+(?:within|in|during|over|by|before|per|this|next|each|every)\b.*$")
_TIME = r"(?:hours?|days?|weeks?|months?|quarters?|years?|yrs?)"


def per_piece_binomial(q: str, asked_at: int, counted: str) -> tuple[str, str, str] | None:
    """(n, p, pieces) of a probability stated per piece (see ``_PIECE_P``) when the pieces are said to be
    independent, the count asked (``counted``: what follows it, starting at ``asked_at``) is of the probability's
    event ("3 or more gearbox failures"), and one count of pieces is stated ("20 WTGs", or "20 turbines" of a
    probability "per turbine"). None when not so written; PlanError when the count asked names a window other than
    the probability's ("in the next 2 years" of a probability within a year)."""
    m = _PIECE_P.search(q)
    if m is None or not _INDEPENDENT.search(q):
        return None
    event = _WINDOW_START.sub("", m.group("event").strip())
    if not event or not re.match(rf"\s*{re.escape(event.rstrip('s'))}s?\b", counted):
        return None
    _same_window(m.group("event"), counted)
    pieces = _piece_count(q, m.group("noun"), [m.span(), (asked_at, asked_at + len(counted))])
    if pieces is None:
        return None
    value = m.group("value")
    p = f"{float(value) / 100:.10g}" if m.group("sign") else value
    return pieces[0], p, pieces[1]


def _same_window(event: str, counted: str) -> None:
    """PlanError when the count asked names a window of a length other than the probability's own: "8% within a
    year" and "at least 3 in 2 years" (a year's probability says nothing exact of two years)."""
    clause = re.split(r"[?;.]", counted, maxsplit=1)[0]
    asked = re.search(rf"(?<![\w.])({NUMBER})\s*-?\s*{_TIME}", clause)
    stated = re.search(rf"(?<![\w.])({NUMBER})\s*-?\s*{_TIME}", event)
    if asked and float(asked.group(1)) != float(stated.group(1) if stated else 1):
        raise PlanError(f"the probability is stated for '{event.strip()}' but the count asked is over "
                        f"'{asked.group(0)}': give the probability per piece over the window asked")  # fmt: skip


def _piece_count(q: str, noun: str | None, skipped: list[tuple[int, int]]) -> tuple[str, str] | None:
    """The one whole count of pieces the question states outside ``skipped`` (the probability and the count asked)
    and its noun: of ``noun`` when the probability names its pieces ("per turbine": "20 turbines"), else the only
    count of a plural noun ("20 WTGs"). None when there is none or more than one."""
    named = noun if noun and noun not in _GENERIC else None
    plural = rf"{re.escape(named.rstrip('s'))}s?" if named else r"[a-z][a-z-]*s"
    found = [
        c
        for c in re.finditer(rf"(?<![\w.$/])(\d+)\s+(?:[a-z-]+\s+)?(?P<noun>{plural})\b(?!\s*/)", q)
        if not any(start <= c.start() < end for start, end in skipped) and not re.fullmatch(_TIME, c.group("noun"))
    ]
    if len(found) != 1 or int(found[0].group(1)) < 1:
        return None
    return found[0].group(1), found[0].group("noun")
