"""A blend of three or four components whose properties are listed, each target met: a square linear system.

"Blending 3 coals. HHV: 12,000 / 10,500 / 9,000 Btu/lb; sulfur: 2.0 / 1.2 / 0.6 wt%. Want the blend at exactly
10,800 Btu/lb and 1.4% S, mass fractions sum to 1. What mass fraction of coal 3?": each property lists one value per
component, slash-separated, its unit after the last ("12000 / 10500 / 9000 Btu/lb"); the blend's target for each is the
one other value the text writes in that unit ("10800 Btu/lb"; "wt%" and "%" are one unit). With n components and n - 1
properties the shares x_i solve x_1 + ... + x_n = 1 and sum_i p_i x_i = t for each property (mass fractions mix
linearly). The share asked is named by its number or letter ("coal 3", "component B") or by one of its listed values
("the 9,000 Btu/lb one"); "of each" asks them all; a percentage asked makes the shares sum to 100. A singular system
or a share outside 0 to 1 is refused (ValueError). Only text is read here; the planner solves it.

Blends of known composition that use up the stocks exactly are read too ("Blend A is 50% Brazil, 30% Colombia, 20%
Ethiopia ... 29 kg Brazil, 27 kg Colombia and 34 kg Ethiopia ... how many kg of Blend C?"): see ``composed_blends``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from plugins.api.prose import DECIMAL, plain_text
from plugins.symbolic.linear_system import exact_solution, fraction_text
from plugins.symbolic.worded_system import WordedSystem

_BLENDING = r"\b(?:blend|mix|combin)\w*"  # "Blending 3 coals", "a mix of three ores"
_UNIT = r"(?:wt\s?%|%|[A-Za-z]+(?:/[A-Za-z]+)?)"  # "Btu/lb", "wt%", "%", "MJ/kg"
# a property's values, one per component, slash-separated, the unit after the last: "HHV: 12000 / 10500 / 9000 Btu/lb"
_LIST = re.compile(
    rf"(?P<prop>[A-Za-z][\w-]*)\s*[:=]?\s*(?P<values>{DECIMAL}(?:\s*/\s*{DECIMAL}){{2,3}})(?![\d.])\s*(?P<unit>{_UNIT})?",
)
_VALUE = re.compile(rf"(?<![\w.])(?P<value>{DECIMAL})(?![\d.])\s*(?P<unit>{_UNIT})")
_SHARE_ASK = re.compile(
    r"\b(?:what|which|find|determine)\s+(?:is\s+the\s+)?(?:mass\s+|weight\s+|volume\s+)?"
    r"(?P<share>fraction|proportion|share|percentage|percent)s?\s+(?:of|for)\s+(?P<rest>[^.?;]*)",
    re.I,
)
_EACH = re.compile(r"^\s*(?:each|all)\b|\beach\s+(?:one|component|of\s+them)\b", re.I)
_LABEL = re.compile(r"^\s*(?:the\s+)?(?:[A-Za-z-]{2,}\s+)?(?:#\s?)?(?P<label>\d|[A-Da-d])\b(?![.,]\d)")


def _unit_key(unit: str) -> str:
    """A unit in one form: lower case, no spaces, "wt%" as "%"."""
    key = re.sub(r"\s+", "", unit).lower()
    return "%" if key in {"wt%", "%"} else key


def _asked(rest: str, lists: list[tuple[str, list[str], str]], n: int) -> int | None:
    """The index of the component the ask names by its number or letter ("coal 3", "B"), checked against a listed
    value it also names ("the 9000 Btu/lb one"); -1 for each; None when it names none. Raises ValueError when the
    number and the value name different components."""
    if _EACH.search(rest):
        return -1
    label = _LABEL.search(rest)
    index = None
    if label:
        mark = label["label"].upper()
        index = int(mark) - 1 if mark.isdigit() else ord(mark) - ord("A")
        index = index if 0 <= index < n else None
    named = {
        values.index(v["value"])
        for v in _VALUE.finditer(rest)
        for _, values, unit in lists
        if _unit_key(v["unit"]) == unit and v["value"] in values
    }
    if len(named) > 1 or (index is not None and named and named != {index}):
        raise ValueError(f"the component asked is named two ways that disagree: {rest.strip()!r}")
    return index if index is not None else (named.pop() if named else None)


def listed_blend(question: str) -> WordedSystem | None:
    """The shares of a blend of 3 or 4 components with listed properties (see the module's docstring); None when the
    text lists none. Raises ValueError when a property's target is not the one other value in its unit, the system
    has no one solution, a share lies outside the blend, or the share asked is not named."""
    text = plain_text(question)
    lists = [m for m in _LIST.finditer(text) if m["unit"]]
    if not lists or not re.search(_BLENDING, text, re.I) or not (ask := _SHARE_ASK.search(text)):
        return None
    parsed = [(m["prop"], re.findall(DECIMAL, m["values"]), _unit_key(m["unit"])) for m in lists]
    n = len(parsed[0][1])
    listed = {at for m in lists for at in range(*m.span())}
    if any(len(values) != n for _, values, _ in parsed) or len(parsed) != n - 1:
        raise ValueError(f"a blend of {n} components needs {n - 1} properties, each listing {n} values "
                         "('HHV: 12000 / 10500 / 9000 Btu/lb; sulfur: 2.0 / 1.2 / 0.6 wt%'), and a target for each")  # fmt: skip
    if len({unit for _, _, unit in parsed}) != len(parsed):
        raise ValueError("each listed property needs its own unit, to tell its target from the others'")
    targets = []
    for prop, values, unit in parsed:
        found = {
            v["value"]
            for v in _VALUE.finditer(text)
            if v.start() not in listed and _unit_key(v["unit"]) == unit and v["value"] not in values
        }
        if len(found) != 1:
            raise ValueError(f"the blend's target {prop} needs one value in {unit} besides the components' ('at 10800 "
                             "Btu/lb')")  # fmt: skip
        targets.append(found.pop())
    whole = Fraction(100) if ask["share"].lower().startswith("percent") else Fraction(1)
    rows = [[Fraction(1)] * n] + [[Fraction(v) for v in values] for _, values, _ in parsed]
    rhs = [whole] + [Fraction(t) * whole for t in targets]
    shares = exact_solution(rows, rhs)
    if shares is None:
        raise ValueError("no unique blend: the components' listed properties make the system singular")
    if any(not 0 <= s <= whole for s in shares):
        raise ValueError(f"no blend of these {n} components meets every target: a share would lie outside 0 to "
                         f"{whole} ({', '.join(fraction_text(s) for s in shares)})")  # fmt: skip
    asked = _asked(ask["rest"], parsed, n)
    if asked is None:
        raise ValueError("the share asked must name one component by its number ('coal 3') or 'each'")
    unknowns = [f"x{i + 1}" for i in range(n)]
    equations = [" + ".join(unknowns) + f" = {fraction_text(whole)}"] + [
        " + ".join(f"{v}*{x}" for v, x in zip(values, unknowns, strict=True)) + f" = {t}*{fraction_text(whole)}"
        for (_, values, _), t in zip(parsed, targets, strict=True)
    ]
    text_rows = [[fraction_text(v) for v in row] for row in rows]
    return WordedSystem(
        text_rows, [fraction_text(v) for v in rhs], unknowns, equations, None if asked < 0 else unknowns[asked]
    )


# a blend's recipe in percent of its components: "Blend A is 50% Brazil, 30% Colombia, 20% Ethiopia"
_RECIPE = re.compile(
    rf"\b(?P<blend>(?:blend|mix|recipe|product|grade)\s+(?:[A-Za-z]|\d)|[A-Za-z]+\s+(?:blend|mix))\b\s*(?:is|=|:|contains|has)?\s*"
    rf"(?P<parts>{DECIMAL}\s*%\s*[A-Za-z][\w-]*(?:\s*,?\s*(?:and\s+)?{DECIMAL}\s*%\s*[A-Za-z][\w-]*){{2,3}})",
    re.I,
)
_PART = re.compile(rf"(?P<value>{DECIMAL})\s*%\s*(?P<name>[A-Za-z][\w-]*)")
_STOCKED = r"(?P<amount>{num})\s*(?P<unit>kg|g|t|tonnes?|lbs?|L|l|litres?|liters?|gal(?:lons?)?)\s+(?:of\s+)?(?:the\s+)?{name}\b"
_HOW_MUCH = re.compile(r"\bhow\s+(?:many|much)\b[^.?;!]*", re.I)


def _stocks(text: str, names: list[str]) -> list[tuple[Fraction, str]] | None:
    """Each component's stock on hand with its unit ("29 kg Brazil", "27 kg of Colombia"), in the order of ``names``;
    None unless each is written once, all in one unit."""
    found = []
    for name in names:
        hits = list(re.finditer(_STOCKED.format(num=DECIMAL, name=re.escape(name)), text, re.I))
        if len({(h["amount"], h["unit"].lower()) for h in hits}) != 1:
            return None
        found.append((Fraction(hits[0]["amount"]), hits[0]["unit"].lower()))
    return found if len({unit for _, unit in found}) == 1 else None


def composed_blends(question: str) -> WordedSystem | None:
    """The amounts of 3 or 4 blends, each given by its percentages of the same components ("Blend A is 50% Brazil, 30%
    Colombia, 20% Ethiopia"), that use up every component's stock exactly ("29 kg Brazil, 27 kg Colombia and 34 kg
    Ethiopia"): sum_j p_ij/100 x_j = s_i for each component i. The blend asked is named in a "how many" ask ("how
    many kg of Blend C"). None when the text states no such recipes, stocks or ask. Raises ValueError when the
    recipes do not each sum to 100%, the system has no one solution, or an amount would be negative."""
    text = plain_text(question)
    recipes = list(_RECIPE.finditer(text))
    ask = list(_HOW_MUCH.finditer(text))
    if len(recipes) not in (3, 4) or not ask:
        return None
    blends = [" ".join(m["blend"].split()) for m in recipes]
    shares = [{p["name"].lower(): p["value"] for p in _PART.finditer(m["parts"])} for m in recipes]
    names = list(shares[0])
    if (
        len(names) != len(recipes)
        or any(set(s) != set(names) for s in shares)
        or len(set(map(str.lower, blends))) != len(blends)
    ):
        return None
    if any(sum(map(Fraction, s.values())) != 100 for s in shares):
        raise ValueError("each blend's percentages must sum to 100% to use the stocks up exactly")
    stocks = _stocks(text, names)
    asked = [b for b in blends if re.search(rf"\b{re.escape(b)}\b", ask[-1].group(), re.I)]
    if stocks is None or len(asked) != 1:
        return None
    rows = [[Fraction(s[name]) / 100 for s in shares] for name in names]
    rhs = [amount for amount, _ in stocks]
    solution = exact_solution(rows, rhs)
    if solution is None:
        raise ValueError("no unique set of blends: the recipes make the system singular")
    if any(v < 0 for v in solution):
        raise ValueError("no set of these blends uses the stocks up exactly: an amount would be negative "
                         f"({', '.join(fraction_text(v) for v in solution)})")  # fmt: skip
    unit = stocks[0][1]
    equations = [
        " + ".join(f"{s[name]}%*{b}" for s, b in zip(shares, blends, strict=True))
        + f" = {fraction_text(amount)} {unit} of {name}"
        for name, (amount, _) in zip(names, stocks, strict=True)
    ]
    text_rows = [[str(Decimal(s[name]) / 100) for s in shares] for name in names]  # "0.5": the question's 50%
    return WordedSystem(text_rows, [fraction_text(v) for v in rhs], blends, equations, asked[0])
