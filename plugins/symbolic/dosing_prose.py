"""A chemical dosed into a flow from a stock solution: a mass balance, solved for the stock's feed rate.

"sodium hypo dosing on a small works: flow 3500 m³/d, want a 1.8 mg/L chlorine dose, the hypo is 125 g/L available
chlorine. how many litres of hypo per day do I need to pump?" is q S = Q C: the stock's feed q carries the mass the
dose puts into the flow, q = 3500 m³/d × 1.8 mg/L / 125 g/L = 50.4 L/d. The flow is a volume per time ("m³/d",
"ML/d", "MGD", "L/s"); the dose a mass per volume ("mg/L", "g/m³"; "ppm" of water read as mg/L, said in a note); the
stock's strength a mass per volume ("125 g/L", or "12.5% w/v": 125 g/L); the feed asked is a volume per time in the
unit asked ("how many litres of hypo per day", "feed rate in mL/min", "how much stock (L/h)"). With no stock, a mass
per time asked is the chemical's own feed Q C ("how many kg of chlorine per day"). The dose and the stock are told
apart by the words of their clauses ("dose", "stock", "solution", "strength", "available"), and the stock must be the
stronger. A stock in plain "%" (by weight: it needs the density), a volume asked without a stock, a mass asked
beside a stock, or two flows is declined. Only text is read here; the planner solves the equation.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from plugins.api.prose import UNSIGNED, plain_text
from plugins.api.reasoning import Check, outscore
from plugins.symbolic.confluence_prose import _clause
from plugins.symbolic.product_formula import _scale, _si, _unit
from plugins.symbolic.units import dimension, unit_expression

# a chemical dosed: "dose", "dosing", "dosage", "dosed"
_DOSING = re.compile(r"\bdos(?:e|es|ed|ing|age)\b", re.I)
# a value and its unit: "3500 m^3/d", "1.8 mg/L", "25 ML/d", "5 MGD" (letters, "/", and a power "^3")
_VALUE = re.compile(
    rf"(?<![\w.^*/])(?P<value>{UNSIGNED})\s*(?P<unit>[A-Za-zµ]+(?:\^?\d)?(?:\s*/\s*[A-Za-zµ]+(?:\^?\d)?)*)"
)
# a strength in percent by weight over volume: "12.5% w/v", "12.5 % (w/v)" (1% w/v is 1 g per 100 mL: 10 g/L)
_PERCENT_WV = re.compile(rf"(?<![\w.])(?P<value>{UNSIGNED})\s*%\s*\(?\s*(?:w/v|wt/vol|m/v)\b\)?", re.I)
_PERCENT = re.compile(rf"(?<![\w.])(?P<value>{UNSIGNED})\s*%")
_PPM = re.compile(rf"(?<![\w.])(?P<value>{UNSIGNED})\s*ppm\b", re.I)
# the words of a dose's clause and of a stock's
_DOSE_WORDS = re.compile(
    r"\b(?:dos(?:e|es|ed|ing|age)|target|residual|want(?:s|ed)?|treat(?:ed|ing)?\s+(?:at|to))\b", re.I
)
_STOCK_WORDS = re.compile(
    r"\b(?:stock|solution|strength|available|product|concentrate|neat|supplied|delivered|drum|tote|tank)\b", re.I
)
# the feed asked: "how many litres of hypo per day", "how much stock in L/h", "how many L/h of hypo", "feed rate in
# mL/min", "pump rate (L/h)"
_TIME = r"(?:s|sec|second|min|minute|h|hr|hour|d|day|wk|week)"
_AMOUNT = r"(?:[mMkK]?[lL]|litres?|liters?|millilitres?|milliliters?|gal(?:lons?)?|m\^?3|kg|g|lbs?|pounds?|tonnes?|t)"
_PER = rf"(?:\s*/\s*|\s+per\s+|\s+(?:a|an|each|every)\s+){_TIME}s?\b"
_ASKED = (
    rf"\bhow\s+(?:many|much)\s+(?:[a-z]+\s+){{0,2}}?(?P<u>{_AMOUNT})\b(?:\s+of(?:\s+[\w-]+){{1,3}}?)?(?P<t>{_PER})",
    rf"\bhow\s+(?:many|much)\b[^?.;]{{0,40}}?(?P<t>{_PER})\s*(?:,\s*)?in\s+(?P<u>{_AMOUNT})\b",
    rf"\bhow\s+(?:many|much)\s+(?P<u>{_AMOUNT})(?P<t>\s*/\s*{_TIME})\b",
    rf"\b(?:in|as)\s+(?P<u>{_AMOUNT})(?P<t>\s*/\s*{_TIME})\s*(?:\?|$)",
    rf"\b(?:rate|feed|pump(?:ing)?|flow)\s*\(\s*(?P<u>{_AMOUNT})(?P<t>\s*/\s*{_TIME})\s*\)",
    rf"(?:^|[,;:.]\s*)(?P<u>{_AMOUNT})(?P<t>{_PER})\s*\?",  # a bare "litres per day?" after the values
)
_ASKED_RES = [re.compile(pattern, re.I) for pattern in _ASKED]
_FLOW_DIMENSION = "length^3*time^-1"
_CONC_DIMENSION = "mass*length^-3"
_MASS_RATE = "mass*time^-1"


@dataclass(frozen=True)
class DoseAsk:
    """The mass balance q S = Q C in the feed asked (``var``, in ``unit``), and the values as written."""

    equation: str
    var: str
    unit: str
    flow: str
    dose: str
    stock: str | None
    note: str | None
    read: dict[str, list[str]]


def dosing_parts(question: str) -> DoseAsk | None:
    """The feed of a dosed chemical the question asks (see the module's docstring); None when it asks none. ValueError
    when it asks one but the stock's strength, or a reading of the dose and the stock, is missing."""
    text = plain_text(question)
    if not _DOSING.search(text):
        return None
    asked = _asked_unit(text)
    if asked is None:
        return None
    target, target_text = asked
    flows, concs, note = _quantities(text)
    if len(flows) != 1 or not concs or len(concs) > 2:
        return None
    kind = dimension(target)
    if kind not in {_FLOW_DIMENSION, _MASS_RATE}:
        return None
    dose, stock = _dose_and_stock(text, concs)
    if kind == _FLOW_DIMENSION and stock is None:
        raise ValueError("a volume of stock per time needs the stock's strength (e.g. '125 g/L', '12.5% w/v')"
                         + _percent_hint(text))  # fmt: skip
    if kind == _MASS_RATE and stock is not None:
        raise ValueError("a mass per time beside a stock's strength is ambiguous (the chemical's mass or the "
                         "solution's, which needs its density): ask the stock's volume per time, e.g. L/d")  # fmt: skip
    flow = flows[0]
    var = "x"
    strength = f"({_si(stock[1][:2])}) * " if stock else ""
    equation = f"{strength}{var} * ({_scale(target)}) == ({_si(flow[1][:2])}) * ({_si(dose[1][:2])})"
    balance = (f"x {target_text} of stock at {stock[0]} carries the mass {flow[0]} at a dose of {dose[0]} adds"
               if stock else f"x {target_text} = {flow[0]} at a dose of {dose[0]}")  # fmt: skip
    note = "; ".join(part for part in (balance, note) if part)
    named = {"flow": flow, "dose": dose, **({"stock": stock} if stock else {})}
    read = {name: [str(q[1][0]), q[1][2]] for name, q in named.items()}  # "12.5% w/v" as ["125", "g/L"]
    return DoseAsk(equation, var, target_text, flow[0], dose[0], stock[0] if stock else None, note, read)


def _asked_unit(text: str) -> tuple[Any, str] | None:
    """The unit of the feed asked, as a sympy expression and as text ("litres/day"); None when none, or two
    different ones, are asked."""
    found = {}
    for pattern in _ASKED_RES:
        for m in pattern.finditer(text):
            time = re.sub(r"^(?:\s*/\s*|\s+per\s+|\s+(?:a|an|each|every)\s+)", "", m["t"]).strip()
            unit = f"{m['u']}/{time}"
            if (expr := _unit(unit)) is not None:
                found[unit] = expr
    if len(found) != 1:
        return None
    unit, expr = next(iter(found.items()))
    return expr, unit


def _quantities(text: str) -> tuple[list[tuple[str, Any]], list[tuple[str, Any, int]], str | None]:
    """The flows (as written, (value, unit expression, unit text)) and the concentrations (the same, and where they
    start) of ``text``; a concentration also in "% w/v" (10 g/L per %) and "ppm" (mg/L of water, said in the note)."""
    flows, concs, note = [], [], None
    for m in _VALUE.finditer(text):
        expr = _unit(m["unit"])
        if expr is None:
            continue
        value = Fraction(Decimal(m["value"]))
        if dimension(expr) == _FLOW_DIMENSION:
            flows.append((f"{m['value']} {m['unit']}", (value, expr, m["unit"])))
        elif dimension(expr) == _CONC_DIMENSION:
            concs.append((f"{m['value']} {m['unit']}", (value, expr, m["unit"]), m.start()))
    for m in _PERCENT_WV.finditer(text):
        strength = (Fraction(Decimal(m["value"])) * 10, unit_expression("g/L"), "g/L")
        concs.append((m.group(0).strip(), strength, m.start()))
    for m in _PPM.finditer(text):
        concs.append((m.group(0), (Fraction(Decimal(m["value"])), unit_expression("mg/L"), "mg/L"), m.start()))
        note = "ppm of water read as mg/L (1 kg/L)"
    return flows, sorted(concs, key=lambda c: c[2]), note


def _dose_and_stock(text: str, concs: list[tuple[str, Any, int]]) -> tuple[tuple[str, Any], tuple[str, Any] | None]:
    """The dose and the stock among one or two concentrations: of two, the stronger is the stock (a stock weaker than
    its dose cannot reach it); ValueError when they are equal, or when the words of a clause that names only one of
    them ("dose", "stock", "strength") say otherwise."""
    plain = [(c[0], c[1]) for c in concs]
    if len(concs) == 1:
        if _STOCK_WORDS.search(_clause(text, concs[0][2])) and not _DOSE_WORDS.search(_clause(text, concs[0][2])):
            raise ValueError(f"{concs[0][0]} reads as the stock's strength: the dose (e.g. '1.8 mg/L') is needed")
        return plain[0], None
    sizes = [_size(c[1]) for c in concs]
    if sizes[0] == sizes[1]:
        raise ValueError(f"the dose and the stock cannot both be {concs[0][0]}: the stock must be the stronger")
    stock = 0 if sizes[0] > sizes[1] else 1
    dose = 1 - stock
    clauses = [_clause(text, c[2]) for c in concs]
    if clauses[0] != clauses[1]:  # each in its own clause: its words must not name the other role
        said_dose = _DOSE_WORDS.search(clauses[stock]) and not _STOCK_WORDS.search(clauses[stock])
        said_stock = _STOCK_WORDS.search(clauses[dose]) and not _DOSE_WORDS.search(clauses[dose])
        if said_dose or said_stock:
            raise ValueError(f"the stock ({plain[stock][0]}) must be stronger than the dose ({plain[dose][0]})")
    return plain[dose], plain[stock]


def _size(quantity: tuple[Fraction, Any, str]) -> Fraction:
    """A value in SI units, exact."""
    return quantity[0] * Fraction(_scale(quantity[1]))


def dosing_check(facts: dict[str, Any], result: dict[str, Any]) -> Check:
    """The feed recomputed in floats from scipy.constants' sizes of the units as read (``facts["read"]``): Q C / S,
    or Q C without a stock, in the unit asked; a unit scipy's table lacks confirms nothing and fails."""
    from plugins.symbolic.reasoning_units import _si_size

    read = facts["read"]
    sizes = {name: _si_size(unit) for name, (_value, unit) in read.items()} | {"asked": _si_size(facts["unit"])}
    if None in sizes.values():
        return Check("the feed from scipy.constants' unit sizes", False, "a unit scipy.constants lacks")
    si = {name: float(Fraction(value)) * sizes[name] for name, (value, _unit_text) in read.items()}
    want = si["flow"] * si["dose"] / si.get("stock", 1.0) / sizes["asked"]
    roots = result.get("result")
    got = [value for value in map(_solution_value, roots) if value is not None] if isinstance(roots, list) else []
    same = len(got) == 1 and math.isclose(got[0], want, rel_tol=1e-9)
    return Check("the feed from scipy.constants' unit sizes", same, f"engine {got}, scipy.constants {want!r}")


def _solution_value(text: Any) -> float | None:
    """A solution written as an integer, a decimal or a fraction ("252/5") as a float; None for any other form."""
    try:
        return float(Fraction(str(text).strip()))
    except (ValueError, ZeroDivisionError):
        return None


def _percent_hint(text: str) -> str:
    """Where a stock is in plain percent: that a weight percent needs the density (or say w/v)."""
    bare = [m for m in _PERCENT.finditer(text) if not _PERCENT_WV.match(text, m.start())]
    return f"; {bare[0].group(0)} by weight needs the solution's density: say w/v or give g/L" if bare else ""


def dosing_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a dosed chemical's feed asked from the flow, the dose and the stock."""
    try:
        found = dosing_parts(text)
    except ValueError:
        return outscore(scores, "algebra")  # read, and declined by the planner with its reason
    return outscore(scores, "algebra") if found is not None else 0.0
