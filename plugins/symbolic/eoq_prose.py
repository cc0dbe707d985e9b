"""The economic order quantity asked in words, read as the minimum of the yearly cost it balances.

"annual demand 12,000 units, ordering cost $50 per order, holding cost $2.40 per unit per year: the EOQ?" is the
Q > 0 that minimises D*S/Q + H*Q/2 (orders a year times the cost of one, plus the mean stock times its holding
cost); a holding cost given as a share of the unit cost ("holding 20% of the $8 unit cost") is that share of it.
Nothing is evaluated here: the calculus planner finds the minimum and its audit checks it.
"""

from __future__ import annotations

import re

from plugins.api.prose import UNSIGNED, thousands
from plugins.symbolic.extremum_prose import Extremum

_ASKED = re.compile(
    r"\beoq\b|\beconomic\s+(?:order|lot|batch)\s+(?:quantity|size)\b|\boptimal\s+order\s+quantity\b", re.I
)
_AMOUNT = rf"(?:is\s+|of\s+|=\s*|:\s*|at\s+)?(?:about\s+)?\$?\s*(?P<value>{UNSIGNED})"
_YEAR = r"(?:per|a|an|/|each)\s*(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b"
_DEMAND = re.compile(
    rf"\bdemand\s+{_AMOUNT}(?P<after>[^,.;]*)|"
    rf"\b(?:sells?|uses?|consumes?|needs?|ships?)\s+(?:about\s+)?(?P<used>{UNSIGNED})\s+(?P<used_after>[^,.;]*)",
    re.I,
)
_DEMAND_ANNUAL = re.compile(r"\b(?:annual|yearly)\s+demand\b", re.I)
_ORDER_COST = re.compile(
    rf"\b(?:order(?:ing)?|set-?up|setup|re-?order)\s+cost\s*(?:per\s+order\s*)?{_AMOUNT}|"
    rf"\$\s*(?P<per_order>{UNSIGNED})\s*(?:per|an?|each|/)\s*(?:order|setup|set-up)\b",
    re.I,
)
_HOLDING = re.compile(
    rf"\b(?:holding|carrying|storage|inventory)\s+cost\s*(?:rate\s*)?{_AMOUNT}\s*(?P<share>%|percent\b)?"
    r"(?P<after>[^;]{0,60})",
    re.I,
)
_UNIT_COST = re.compile(
    rf"(?:\bunit\s+(?:cost|price)|\bcost\s+per\s+unit|\bprice\s+per\s+unit|\bpurchase\s+(?:cost|price))\s*{_AMOUNT}|"
    rf"\$\s*(?P<each>{UNSIGNED})\s*(?:unit\s+(?:cost|price)\b|(?:per\s+unit|each|a\s+unit)\b"
    r"(?!\s*(?:per|a|/)\s*(?:year|yr)))",
    re.I,
)


def eoq_parts(question: str) -> Extremum | None:
    """The minimum of the yearly ordering and holding cost whose argument is the economic order quantity asked
    ("EOQ", "economic order quantity"); None when none is asked. ValueError when the demand, the order cost or the
    holding cost is missing, the demand or the holding cost is not said to be yearly, or a holding share has no
    unit cost."""
    text = thousands(question)
    if not _ASKED.search(text):
        return None
    demand = _DEMAND.search(text)
    order = _ORDER_COST.search(text)
    holding = _HOLDING.search(text)
    if demand is None or order is None or holding is None:
        raise ValueError("an economic order quantity needs the yearly demand, the cost of one order and the holding "
                         "cost per unit per year: e.g. 'annual demand 12000 units, $50 per order, holding $2.40 per "
                         "unit per year'")  # fmt: skip
    after = demand["after"] if demand["after"] is not None else demand["used_after"]  # "sells 5000 units a year"
    if not (_DEMAND_ANNUAL.search(text) or re.search(_YEAR, after, re.I)):
        raise ValueError("the demand is not said to be yearly: give the annual demand (the holding cost is per year)")
    cost = order["value"] or order["per_order"]
    held = holding["value"]
    if holding["share"]:  # "holding cost 20% of the unit cost": a share of the unit's price a year
        price = _UNIT_COST.search(text)
        if price is None:
            raise ValueError("a holding cost given as a share needs the unit cost: e.g. 'unit cost $8'")
        held = f"{held}/100*{price['value'] or price['each']}"
    elif not re.search(_YEAR, holding["after"], re.I):
        raise ValueError("the holding cost is not said to be per year: give it per unit per year")
    body = f"{demand['value'] or demand['used']}*{cost}/Q + {held}*Q/2"
    return Extremum(body, "Q", "minimum", "positive")


def eoq_score(text: str) -> bool:
    """Whether the text asks an economic order quantity (read, or declined for what it lacks)."""
    try:
        return eoq_parts(text) is not None
    except ValueError:
        return True
