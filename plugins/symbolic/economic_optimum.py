"""The economic optimum of a response curve: the input rate that maximises the return less the input's cost.

"yield Y = 120 + 1.2N - 0.003N^2 (bu/ac), N costs $0.60/lb and grain sells $4.00/bu: economic optimum N rate?": the
profit p_out*Y(N) - p_in*N is largest where dY/dN = p_in/p_out (0.15 here, N = 175), not where Y is (N = 200). The
prices are read by their verbs: the output's is the one it sells at ("grain sells $4.00/bu", "corn is worth $4/bu",
"a grain price of $4.00/bu"), the input's the other ("N costs $0.60/lb"), the response no money itself (not "Revenue R = ... dollars");
or the ratio is stated ("price ratio 0.15").
Only text is cut here; the extremum planner maximises the profit and its audit checks the maximum.
"""

from __future__ import annotations

import re

from plugins.api.prose import UNSIGNED

# the profit asked: "economic optimum N rate", "economically optimal", "most profitable rate", "maximum profit",
# "maximises net return", "profit-maximising", "EONR"
_PROFIT_ASK = re.compile(
    r"\beconomic(?:al(?:ly)?|ally)?\s+(?:optimum|optimal|best)\b|\bmost\s+(?:profitable|economic(?:al)?)\b"
    r"|\b(?:maximi[sz](?:e|es|ed|ing)|maximum|max|highest|greatest|best)\s+(?:the\s+)?(?:net\s+)?"
    r"(?:profits?|returns?|margins?|income)\b|\bprofit[- ]maximi[sz]ing\b|\bEONR\b",
    re.I,
)
# a price per unit: "$0.60/lb", "$4.00 per bu", "4 $/bu", "€0.9 per kg"
_PRICE = re.compile(
    rf"(?:[$€£]\s?(?P<a>{UNSIGNED})|(?P<b>{UNSIGNED})\s*[$€£])\s*(?:/|\bper\s+|\ba\s+)\s*(?P<unit>[A-Za-z]+)\b", re.I
)
# the words before the output's price: "grain sells (at)", "sold for", "worth", "fetches", "a grain price of"
_SOLD = re.compile(
    r"\b(?:sells?|sold|selling|worth|fetch(?:es)?|revenue|receives?|received|(?:grain|crop|corn|wheat|product|"
    r"output)\s+price)\b[^$€£\d,;:.]{0,25}$",
    re.I,
)
# a price ratio stated: "price ratio 0.15", "a price ratio of 0.1", "cost:price ratio = 0.15"
_RATIO = re.compile(rf"\bprice\s+ratio\s*(?:of|is|=|:)?\s*(?P<ratio>{UNSIGNED})\b", re.I)


def asks_profit(text: str) -> bool:
    """Whether the question asks the most profitable input rate ("economic optimum", "most profitable")."""
    return _PROFIT_ASK.search(text) is not None


def profit_body(text: str, body: str, var: str) -> str | None:
    """The profit to maximise, per unit of the output's price: ``body`` less the price ratio times ``var``
    ("120 + 1.2N - 0.003N^2" -> "(120 + 1.2N - 0.003N^2) - (0.6/4.00)*N"); None when the question asks no economic
    optimum or its prices are not read as one input's and one output's."""
    if not asks_profit(text):
        return None
    ratio = _RATIO.search(text)
    if ratio:
        return f"({body}) - {ratio['ratio']}*{var}"
    prices = list(_PRICE.finditer(text))
    sold = [p for p in prices if _SOLD.search(text[max(0, p.start() - 40) : p.start()])]
    if len(prices) != 2 or len(sold) != 1 or _money_response(text, body):
        return None
    bought = next(p for p in prices if p is not sold[0])
    return f"({body}) - ({_amount(bought)}/{_amount(sold[0])})*{var}"


def _money_response(text: str, body: str) -> bool:
    """Whether the response is itself money (a revenue, a profit, a cost: "Revenue R = 50q - 0.5q^2 dollars"), named
    so before its formula or priced after it: such a response is never priced again."""
    at = text.find(body)
    before, after = text[max(0, at - 40) : at], text[at + len(body) : at + len(body) + 12]
    named = re.search(r"\b(?:revenues?|profits?|income|sales|earnings|margins?|costs?)\b[^.;:?!]*$", before, re.I)
    return bool(named) or re.match(r"\s*(?:[$€£]|dollars?\b|euros?\b|USD\b|EUR\b)", after, re.I) is not None


def _amount(price: re.Match[str]) -> str:
    """The amount of a price match, written before or after its currency sign."""
    return price["a"] or price["b"]
