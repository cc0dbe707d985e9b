"""The quantity at which two linear costs are equal, as an equation for the algebra planner.

"Fixture 1: $1200 up front + $3.50/part labor. Fixture 2: $800 up front + $4.10/part. At what part quantity are the
total costs equal?", "Option A costs $5,000 fixed plus $2 per unit; option B $3,000 fixed plus $2.50 per unit. Find the
break-even quantity.": each option a fixed amount and a cost per unit, the two set equal in the quantity x. A question
that asks such a crossing but does not state exactly two options, each with one fixed amount and one rate, is
refused, and so are rates that are equal (the costs never meet) or a crossing at no positive quantity. Nothing is
evaluated here. One product's break-even, "fixed costs are twelve thousand dollars, the variable cost is $7.50 per
bracket, and the customer will pay $12.30 per bracket. How many must be sold to break even?", is a fixed amount, a
cost per unit and a price per unit (the rate its clause names by a selling word; "each" is per the other's unit): price x = fixed + cost x.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from plugins.api.number_words import number_words
from plugins.api.prose import UNSIGNED

_MONEY = rf"(?:[$€£]\s*)?(?P<{{}}>{UNSIGNED})(?P<{{}}k>\s*k\b)?(?:\s*(?:dollars?|euros?|USD|EUR))?"
# a cost per unit: "$3.50/part", "$4.10 per part", "2.50 per unit", "$0.8 each"
_RATE = re.compile(
    _MONEY.format("rate", "rate")
    + r"\s*(?:/\s*|per\s+|an?\s+)(?P<unit>[a-z]+)\b|"
    + _MONEY.format("each", "each")
    + r"\s+(?:each|apiece)\b",
    re.I,
)
# a fixed amount: "$1200 up front", "$800 fixed", "$5,000 setup", "a fixed cost of $800", "tooling $1200"
_FIXED_AFTER = r"\s*(?:up[- ]?front|fixed|set[- ]?up|initial(?:ly)?|one[- ]time|tooling|capital|to buy|to build)\b"
_FIXED = re.compile(
    _MONEY.format("after", "after")
    + _FIXED_AFTER
    + r"|\b(?:fixed|set[- ]?up|up[- ]?front|initial|one[- ]time|tooling|capital)(?:(?:\s+[a-z]+){0,4}?\s+(?:costs?|"
    + r"fee|charge|investment|price)s?)?\s*(?:of|is|are|total(?:s|ling)?|come\s+to|:|=)?\s*"
    + _MONEY.format("before", "before"),
    re.I,
)
# the ask: the quantity where the totals meet
_ASK = re.compile(
    r"\bbreak[- ]?even\b|\bcross[- ]?over\b|\b(?:costs?|totals?|they)\s+(?:are|is|become|come out)\s+(?:the\s+)?"
    r"(?:equal|same)\b|\b(?:equal|same)\s+(?:total\s+)?costs?\b|\bcost\s+the\s+same\b"
    r"|\b(?:are|is|do|does)\s+(?:the\s+)?(?:total\s+)?(?:costs?|totals?)\s+(?:equal|the\s+same|meet|match)\b",
    re.I,
)


@dataclass(frozen=True)
class BreakEven:
    """Two costs fixed + rate x: the equation in x as text, and the options' parts for the record."""

    equation: str
    fixed: tuple[str, str]
    rates: tuple[str, str]


def _amount(match: re.Match[str], name: str) -> str:
    """A matched amount as text, thousands ("$1.2k") multiplied out."""
    value = match[name]
    return str(Fraction(value) * 1000) if match[f"{name}k"] else value


def break_even_parts(question: str) -> BreakEven | None:
    """The break-even equation of two linear costs the question asks to be equal; None when it asks none. Raises
    ValueError when it asks one but the two options' fixed amounts and rates are not all read, once each."""
    if not _ASK.search(question):
        return None
    question = number_words(question)  # "twelve thousand dollars"
    rates = [m for m in _RATE.finditer(question)]
    fixed = [m for m in _FIXED.finditer(question)]
    if not rates and not fixed:
        return None
    units = {(m["unit"] or "each").lower().removesuffix("s") for m in rates}
    if len(fixed) == 1 and len(rates) == 2 and (one := _one_product(question, fixed[0], rates, units)) is not None:
        return one
    if len(rates) != 2 or len(fixed) != 2 or not fixed[0].start() < rates[0].start() < fixed[1].start():
        raise ValueError(
            "a break-even needs two options, each a fixed amount and a cost per unit, in order ('option A: $1200 up "
            "front + $3.50/part; option B: $800 up front + $4.10/part')"
        )
    if len(units) != 1:
        raise ValueError(f"the two rates are per different units ({', '.join(sorted(units))}): give them per one unit")
    f1, f2 = (_amount(m, "after" if m["after"] else "before") for m in fixed)
    r1, r2 = (_amount(m, "rate" if m["rate"] else "each") for m in rates)
    if Fraction(r1) == Fraction(r2):
        raise ValueError(f"both options cost {r1} per unit: their totals differ by a fixed amount and never meet")
    if (Fraction(f2) - Fraction(f1)) / (Fraction(r1) - Fraction(r2)) <= 0:
        raise ValueError("the two total costs meet at no positive quantity: one option is cheaper throughout")
    return BreakEven(f"{f1} + {r1}*x = {f2} + {r2}*x", (f1, f2), (r1, r2))


def break_even_score(text: str) -> bool:
    """Whether the text asks where two linear costs are equal (read or declined)."""
    try:
        return break_even_parts(text) is not None
    except ValueError:
        return True


# a rate's clause naming a price, not a cost: "the customer will pay $12.30", "sells for $12.30", "a price of $12.30"
_PRICE = re.compile(r"\b(?:pays?|paid|price[ds]?|sells?|sold|selling|charges?|revenue|receives?|earns?)\b", re.I)
_COST = re.compile(r"\bcosts?\b", re.I)


def _one_product(question: str, fixed: re.Match[str], rates: list[re.Match[str]], units: set[str]) -> BreakEven | None:
    """One product's break-even, price x = fixed + cost x, when of the two ``rates`` (per one unit) exactly one has a
    clause naming a price and the other one naming a cost; None when they are not so told apart. Raises ValueError
    when the price does not exceed the cost per unit (no break-even)."""
    clauses = [re.split(r"[,;.:?!]\s|\band\b", question[: m.start()])[-1] for m in rates]
    prices = [bool(_PRICE.search(c)) and not _COST.search(c) for c in clauses]
    costs = [bool(_COST.search(c)) and not _PRICE.search(c) for c in clauses]
    if len(units - {"each"}) > 1 or sorted(prices) != [False, True] or costs != [not p for p in prices]:
        return None
    price, cost = (
        _amount(m, "rate" if m["rate"] else "each") for m in (rates[prices.index(True)], rates[prices.index(False)])
    )
    amount = _amount(fixed, "after" if fixed["after"] else "before")
    if Fraction(price) <= Fraction(cost):
        raise ValueError(f"a price of {price} per unit does not exceed the cost of {cost}: no quantity breaks even")
    return BreakEven(f"{price}*x = {amount} + {cost}*x", (amount, "0"), (cost, price))
