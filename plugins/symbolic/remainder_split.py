"""A composition whose remainder is split by a ratio, read into A x = b.

"Formulation spec for a 250 mg core tablet: • API: 50 mg • Magnesium stearate: 1.0% w/w of tablet weight •
Remainder: lactose monohydrate and MCC in a 3:2 ratio (lactose:MCC) by mass. How many mg of MCC per tablet?": the
one total stated in the components' unit before them ("a 250 mg core tablet:", "a 500 kg batch:"), each other component in an item
of its own ("name: amount" or "name: percent of the total", the items on lines, after bullets or between semicolons),
and one item for the remainder ("remainder", "rest", "balance") that names two or more components and the ratio
they share it in ("3:2", their order the one a bracket writes, "(lactose:MCC)", else the order they are named in).
The unknowns are every component: c1 + ... + cn = total, each stated amount, each percent of the whole sum (p/100
of it), and the remainder's parts by their ratio; the ask must name one component ("how many mg of MCC"). A
percent of anything but the total ("0.5% of the API"), a remainder below zero or a second total reads nothing. Only
text is read here; the planner solves it.
"""

from __future__ import annotations

import re
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text, thousands
from plugins.symbolic.linear_system import exact_solution, fraction_text
from plugins.symbolic.worded_system import WordedSystem

# an item of a list: one line, one bullet, or one clause between semicolons or sentence ends ("1.0%" kept whole)
_ITEMS = re.compile(r"(?:[^\n;•.?!]|\.(?=\d))+")
# a component's item: "API: 50 mg", "Magnesium stearate = 1.0% w/w of tablet weight", "- talc: 2 %"
_ITEM = re.compile(r"^\s*[-*]?\s*(?P<name>[A-Za-z][\w .'()/-]*?)\s*[:=]\s*(?P<value>.+?)\s*[.,]?\s*$")
_AMOUNT = re.compile(rf"^(?P<value>{DECIMAL})\s*(?P<unit>[A-Za-zµ]+)\b")
# a percent of the total: "1.0% w/w of tablet weight", "2 % (w/w)", "0.5 percent of the batch"
_PERCENT = re.compile(
    rf"^(?P<value>{DECIMAL})\s*(?:%|percent\b)\s*(?:\(?\s*[wv]\s*/\s*[wv]\s*\)?)?\s*(?:of\s+(?P<of>[^,.]+))?", re.I
)
_REMAINDER = re.compile(r"^(?:the\s+)?(?:remainder|rest|balance)$", re.I)
# the ratio a remainder is split in: "3:2", "2 : 1 : 1"; the names in its order, in a bracket: "(lactose:MCC)"
_RATIO = re.compile(rf"(?<![\w.:])(?P<parts>{DECIMAL}(?:\s*:\s*{DECIMAL})+)(?![\w.:])")
_NAMED_ORDER = re.compile(r"\(\s*(?P<names>[A-Za-z][\w .-]*(?:\s*:\s*[A-Za-z][\w .-]*)+)\s*\)")
# the names a remainder is split into, before the ratio: "lactose monohydrate and MCC in a"
_SPLIT_NAMES = re.compile(
    r"^(?P<names>.+?)(?:\s*,)?(?:\s+(?:in|at|by))?(?:\s+(?:a|the))?(?:\s+(?:mass|weight))?(?:\s+ratio(?:\s+of)?)?$",
    re.I,
)
_ASK = re.compile(
    r"\b(?:how\s+(?:many|much)|what(?:'s|\s+is)?\s+(?:the\s+)?(?:mass|amount|weight|quantity))\b[^?]*", re.I
)
# the whole a percent may be of: "of tablet weight", "of the batch", "of the total mass"
_TOTAL_WORDS = re.compile(
    r"\b(?:total|tablet|capsule|batch|blend|weight|mass|whole|lot|mix(?:ture)?|premix|product|formulation)\b", re.I
)


def _amount(value: str) -> tuple[Fraction, str] | None:
    """The amount and unit an item states ("50 mg" -> (50, "mg")); None when it states no amount."""
    m = _AMOUNT.match(value)
    return (Fraction(m["value"]), m["unit"]) if m and m["unit"].lower() != "percent" else None


def _ratio_names(value: str, ratio: re.Match[str]) -> list[str] | None:
    """The components a remainder is split into, in the order of its ratio: the bracket's order where one is
    written ("(lactose:MCC)", each name a word of a component named before the ratio), else the order they are named
    ("lactose monohydrate and MCC in a 3:2 ratio"); None when their count is not the ratio's."""
    words = _SPLIT_NAMES.match(value[: ratio.start()].strip())
    if not words:
        return None
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", words["names"]) if n.strip()]
    names = [re.sub(r"^(?:of\s+)?(?:the\s+)?", "", n, flags=re.I) for n in names]
    size = len(ratio["parts"].split(":"))
    if len(names) != size:
        return None
    order = _NAMED_ORDER.search(value[ratio.end() :])
    if order is None:
        return names
    ordered = [_component(n.strip(), names) for n in order["names"].split(":")]
    return ordered if None not in ordered and len(set(ordered)) == size else None  # type: ignore[return-value]


def _component(word: str, names: list[str]) -> str | None:
    """The one component of ``names`` that ``word`` names (a word of it: "lactose" of "lactose monohydrate");
    None when none or several."""
    found = [n for n in names if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", n, re.I)]
    return found[0] if len(found) == 1 else None


def _total(text: str, spans: list[tuple[int, int]], unit: str) -> Fraction | None:
    """The one amount stated in ``unit`` outside the components' items, written before them as their heading ("a
    250 mg core tablet:", "Capsule fill weight 400 mg;"); None when none, several, or one after the items."""
    found = [
        m
        for m in re.finditer(rf"(?<![\w.])(?P<value>{DECIMAL})\s*{re.escape(unit)}\b", text)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    return Fraction(found[0]["value"]) if len(found) == 1 and found[0].end() <= spans[0][0] else None


def remainder_split(question: str) -> WordedSystem | None:
    """The system of a composition whose remainder is split by a ratio (see the module's docstring); None when the
    question states none, or asks no one component."""
    text = thousands(plain_text(question))
    asks = list(_ASK.finditer(text))
    if len(asks) != 1:
        return None
    found = [(i, m) for i in _ITEMS.finditer(text) if (m := _ITEM.match(i.group()))]
    items, spans = [m for _, m in found], [i.span() for i, _ in found]
    remainders = [m for m in items if _REMAINDER.match(m["name"].strip())]
    if len(remainders) != 1:
        return None
    rest = remainders[0]
    ratio = _RATIO.search(rest["value"])
    split = _ratio_names(rest["value"], ratio) if ratio else None
    if not split:
        return None
    stated: dict[str, Fraction] = {}
    shares: dict[str, str] = {}
    units: set[str] = set()
    for m in items:
        if m is rest:
            continue
        name, value = m["name"].strip(), m["value"]
        percent = _PERCENT.match(value)
        if percent and (not percent["of"] or _TOTAL_WORDS.search(percent["of"])):  # "1.0% w/w of tablet weight"
            shares[name] = percent["value"]
        elif (amount := _amount(value)) is not None:
            stated[name] = amount[0]
            units.add(amount[1])
        else:
            return None
    if len(units) != 1 or set(split) & (set(stated) | set(shares)):
        return None
    unit = units.pop()
    total = _total(text, spans, unit)
    if total is None:
        return None
    names = [*stated, *shares, *split]
    asked = [n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", asks[0].group(), re.I)]
    asked = asked or [n for n in split if any(_component(w, [n]) for w in re.findall(r"[A-Za-z]{3,}", asks[0].group()))]
    if len(asked) != 1:
        return None
    return _system(
        names, stated, shares, split, [Fraction(p) for p in ratio["parts"].split(":")], total, unit, asked[0]
    )


def _system(
    names: list[str],
    stated: dict[str, Fraction],
    shares: dict[str, str],
    split: list[str],
    parts: list[Fraction],
    total: Fraction,
    unit: str,
    asked: str,
) -> WordedSystem | None:
    """A x = b of the composition: the sum is the total, each stated amount, each share of the sum, and each part of
    the remainder after the first by its ratio to it; None when a component comes out below zero."""
    index = {n: i for i, n in enumerate(names)}
    rows, rhs, equations = [[Fraction(1)] * len(names)], [total], [f"{' + '.join(names)} = {total} {unit}"]
    for name, amount in stated.items():
        rows.append([Fraction(n == name) for n in names])
        rhs.append(amount)
        equations.append(f"{name} = {amount} {unit}")
    for name, percent in shares.items():  # "1.0" (percent, as written) of the whole sum
        rows.append([Fraction(n == name) - Fraction(percent) / 100 for n in names])
        rhs.append(Fraction(0))
        equations.append(f"{name} = {percent}% of ({' + '.join(names)})")
    first = split[0]
    for name, part in zip(split[1:], parts[1:], strict=True):
        row = [Fraction(0)] * len(names)
        row[index[name]], row[index[first]] = parts[0], -part
        rows.append(row)
        rhs.append(Fraction(0))
        equations.append(f"{name} : {first} = {part} : {parts[0]}")
    solution = exact_solution(rows, rhs)
    if solution is None or any(v < 0 for v in solution):
        return None
    unknowns = [f"{n} ({unit})" for n in names]
    matrix = [[fraction_text(v) for v in row] for row in rows]
    return WordedSystem(matrix, [fraction_text(v) for v in rhs], unknowns, equations, unknowns[index[asked]])
