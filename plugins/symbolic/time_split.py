"""A total time split between two kinds of work, each at its own rate, and the amount they did, read into A x = b.

"main etch removes 85 nm/min, overetch 30 nm/min. total step time 4.0 min and 285 nm came off. how many min was
main etch?", "pump A delivers 12 L/min, pump B 8 L/min ... 10 min in total, 100 L moved. how long did pump A run?":
two rates in one unit of amount per one unit of time, each after the words naming its kind ("main etch removes",
"overetch"), a total time in the rates' unit of time and a total amount in their unit of amount give t1 + t2 = T and
r1 t1 + r2 t2 = A. The ask must be for the time of one kind ("how many min was main etch", "how long did pump A
run"), not its amount, and both times solved must lie between 0 and the total, or nothing is read. Only text is
read here; the planner solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.symbolic.linear_system import exact_solution, fraction_text
from plugins.symbolic.worded_mixture import _asked
from plugins.symbolic.worded_system import WordedSystem

# the units of time a rate or a total is in, by the one each spelling stands for
_TIME_WORDS = {
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds"), "s"),
    **dict.fromkeys(("min", "mins", "minute", "minutes"), "min"),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), "h"),
    **dict.fromkeys(("day", "days"), "day"),
}
_TIME = "|".join(sorted(_TIME_WORDS, key=len, reverse=True))
# a rate: "85 nm/min", "12 L per minute", "40 kg/h"
_RATE = re.compile(
    rf"(?<![\w.])(?P<value>{DECIMAL})\s*(?P<amount>[A-Za-zµ]+)\s*(?:/|\bper\s+)(?P<time>{_TIME})\b", re.I
)
# a number and the word after it ("4.0 min", "285 nm"); a number joined to a word by a dash is a label ("2-step")
_COUNTED = re.compile(rf"(?<![\w.-])(?P<value>{DECIMAL})(?![\d.]*-)\s*(?P<word>[A-Za-zµ]+)?", re.I)
# where a kind's words start: after punctuation, a conjunction or the rate before
_CLAUSE_START = re.compile(r"[.;:,(\n]|\b(?:and|while|then|but|with)\b", re.I)
# words that link a kind to its rate, no part of its name: "at", "runs at", "removes"
_LINKS = frozenset("at of is was are were runs ran running does did rate rated".split())
_ARTICLES = frozenset("the a an our its their".split())  # before a kind's name only: "pump A" keeps its letter
_ASK = re.compile(r"\bhow\s+(?:many|much|long)\b[^.;!?]*|\bwhat\b[^.;!?]*\btime\b[^.;!?]*", re.I)


def _kind(text: str, start: int) -> str | None:
    """The words naming the kind a rate at ``start`` belongs to: its clause's words before it, without the words that
    link them to the rate ("main etch removes" -> "main etch", "fast fill runs at" -> "fast fill"); None unless one
    to three words remain."""
    clause = text[:start]
    cut = [m.end() for m in _CLAUSE_START.finditer(clause)]
    words = re.findall(r"[A-Za-z][\w'-]*", clause[cut[-1] if cut else 0 :])
    while words and (words[-1].lower() in _LINKS or len(words) > 1 and re.search(r"[a-z][a-rt-z]e?s$", words[-1])):
        words.pop()  # "at", then a verb of the third person: "removes", "delivers"
    while words and words[0].lower() in _LINKS | _ARTICLES:
        words.pop(0)
    return " ".join(words) if 0 < len(words) <= 3 else None


def _totals(text: str, rates: list[re.Match[str]]) -> tuple[re.Match[str], re.Match[str]] | None:
    """The total time (in the rates' unit of time) and the total amount (in their unit of amount) among the numbers
    outside the rates; None unless they are the only two numbers left."""
    spans = [m.span() for m in rates]
    numbers = [m for m in _COUNTED.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    time = _TIME_WORDS[rates[0]["time"].lower()]
    times = [m for m in numbers if _TIME_WORDS.get((m["word"] or "").lower()) == time]
    amounts = [m for m in numbers if (m["word"] or "").lower() == rates[0]["amount"].lower()]
    if len(numbers) != 2 or len(times) != 1 or len(amounts) != 1:
        return None
    return times[0], amounts[0]


def _asks_time(ask: str, amount: str) -> bool:
    """Whether the ask is for a time ("how long", "how many min", "what time"), not for the amount done in the rates'
    unit of amount ("how many nm did main etch remove")."""
    if re.search(rf"(?<![\w.]){re.escape(amount)}\b", ask, re.I):
        return False
    return bool(re.search(rf"\bhow\s+long\b|\btime\b|\b(?:{_TIME})\b", ask, re.I))


def time_split(question: str) -> WordedSystem | None:
    """The system of a total time split between two kinds at their own rates (see the module's docstring); None when
    the question states none, asks no kind's time, or its times would fall outside 0 to the total."""
    text = plain_text(question)
    rates = list(_RATE.finditer(text))
    asks = list(_ASK.finditer(text))
    if len(rates) != 2 or not asks:
        return None
    if len({(m["amount"].lower(), _TIME_WORDS[m["time"].lower()]) for m in rates}) != 1:
        return None  # rates in two units
    kinds = [_kind(text, m.start()) for m in rates]
    totals = _totals(text, rates)
    if None in kinds or totals is None or kinds[0].lower() == kinds[1].lower():
        return None
    ask = asks[-1].group()
    asked = _asked(ask, kinds) if _asks_time(ask, rates[0]["amount"]) else None
    time, done = totals
    per = [Fraction(m["value"]) for m in rates]
    rows, rhs = [[Fraction(1), Fraction(1)], per], [Fraction(time["value"]), Fraction(done["value"])]
    solution = exact_solution(rows, rhs)
    if asked is None or solution is None or not all(0 <= t <= rhs[0] for t in solution):
        return None
    unit = time["word"]
    names = [f"{kind} ({unit})" for kind in kinds]
    equations = [f"{kinds[0]} + {kinds[1]} = {time.group().strip()}",
                 f"{rates[0].group()} x {kinds[0]} + {rates[1].group()} x {kinds[1]} = {done.group().strip()}"]  # fmt: skip
    matrix = [[fraction_text(v) for v in row] for row in rows]
    return WordedSystem(matrix, [fraction_text(v) for v in rhs], names, equations, names[kinds.index(asked)])
