"""A product formula solved for one factor, its values in units converted to SI first.

"coil wt 23.55 t, width 1250 mm, gauge 3.0 mm flat, density 7.85 t/m³. strip length in m? (ignore crown, just
w×t×L×ρ)": the formula is a product of names alone ("w×t×L×ρ", "L*W*H"), with no "=": the question states one value
with its unit for each factor but the one asked, and one for the product (the coil's mass). A product does not care
which factor a value belongs to, so the values are told apart by their units alone: the product is the one value
whose unit, divided by the units of the others, gives the unit asked ("in m"), and exactly one must. Every value is
converted to SI (1250 mm -> 1.25 m, 7.85 t/m³ -> 7850 kg/m³) and the factor asked is solved for in the unit asked.
A question without a unit asked, with a value missing or one too many, or whose units fit more than one reading, is
not read. Only text is cut here; nothing is evaluated but the units' exact scales.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from plugins.api.prose import UNSIGNED, plain_text
from plugins.api.reasoning import outscore
from plugins.symbolic.units import UnitError, dimension, unit_expression

_NAME = r"[A-Za-z][A-Za-z0-9_]{0,3}"
# a product of three names or more, no number and no "=" beside it: "w*t*L*rho", "L * W * H" (not "m = w*t*L")
_PRODUCT = re.compile(rf"(?<![\w.=*/^])(?<!=\s)(?P<product>{_NAME}(?:\s*\*\s*{_NAME}){{2,}})(?![\w.*/^(])(?!\s*=)")
# a value and its unit: "23.55 t", "1250 mm", "7.85 t/m^3" (a unit of letters, "/", "^" and digits after "^")
_VALUE = re.compile(rf"(?<![\w.^*/])(?P<value>{UNSIGNED})\s*(?P<unit>[A-Za-zµ°]+(?:\^\d+)?(?:/[A-Za-zµ°]+(?:\^\d+)?)*)")
# the unit asked: "strip length in m?", "how long, in m?", "answer in mm"
_ASKED_UNIT = re.compile(r"\bin\s+(?P<unit>[A-Za-zµ°]+(?:\^\d+)?(?:/[A-Za-zµ°]+(?:\^\d+)?)*)\s*(?:\?|$)")


@dataclass(frozen=True)
class ProductAsk:
    """The equation of the product formula in the factor asked (``var``, in ``unit``), and the values read."""

    equation: str
    var: str
    unit: str
    formula: str
    product: str
    factors: list[str]


def product_parts(question: str) -> ProductAsk | None:
    """The product formula the question names solved for its one factor without a value, in the unit asked; None
    when it names no such formula or its values are not read as one per factor and one product by their units."""
    text = plain_text(question)
    found = [m for m in _PRODUCT.finditer(text) if not re.search(r"\d", m["product"])]
    asked = list(_ASKED_UNIT.finditer(text))
    if len(found) != 1 or len(asked) != 1:
        return None
    formula = found[0]
    names = [n.strip() for n in formula["product"].split("*")]
    outside = text[: formula.start()] + " " * (formula.end() - formula.start()) + text[formula.end() :]
    values = [m for m in _VALUE.finditer(outside) if m.start() < asked[0].start()]
    quantities = [q for q in (_quantity(m["value"], m["unit"]) for m in values) if q is not None]
    target = _unit(asked[0]["unit"])
    if len(quantities) != len(names) or len(quantities) != len(values) or target is None:
        return None
    readings = [i for i in range(len(quantities)) if _fits(quantities, i, target)]
    if len(readings) != 1:
        return None
    total = quantities[readings[0]]
    known = [q for i, q in enumerate(quantities) if i != readings[0]]
    var = next(c for c in "xyzu" if c not in names)
    side = " * ".join(f"({_si(q)})" for q in known)
    equation = f"{_si(total)} == {side} * {var} * ({_scale(target)})"
    shown = [f"{m['value']} {m['unit']}" for m in values]
    return ProductAsk(equation, var, asked[0]["unit"], formula["product"].strip(), shown[readings[0]],
                      [s for i, s in enumerate(shown) if i != readings[0]])  # fmt: skip


def _unit(text: str) -> Any | None:
    """The sympy expression of a unit, or None when it is no unit ("flat", "coil")."""
    try:
        expr = unit_expression(text)
    except (UnitError, KeyError, ValueError):
        return None
    return expr if dimension(expr) != "dimensionless" else None


def _quantity(value: str, unit: str) -> tuple[Fraction, Any] | None:
    """A value and the sympy expression of its unit, or None when its unit is no unit."""
    expr = _unit(unit)
    return None if expr is None else (Fraction(Decimal(value)), expr)


def _fits(quantities: list[tuple[Fraction, Any]], product: int, target: Any) -> bool:
    """Whether the unit of ``quantities[product]`` over the units of the others is the dimension of ``target``."""
    others = [q[1] for i, q in enumerate(quantities) if i != product]
    rest = quantities[product][1]
    for unit in others:
        rest = rest / unit
    return dimension(rest / target) == "dimensionless"


def _scale(unit: Any) -> str:
    """The SI scale of a unit expression, exact ("mm" -> "1/1000")."""
    import sympy.physics.units as u

    base = u.convert_to(unit, [u.meter, u.kilogram, u.second, u.ampere, u.kelvin, u.mole, u.candela])
    coefficient = base.subs({q: 1 for q in base.atoms(u.Quantity)})
    return str(coefficient)


def _si(quantity: tuple[Fraction, Any]) -> str:
    """A value in SI units, exact ("1250 mm" -> "5/4")."""
    value, unit = quantity
    return f"{value} * {_scale(unit)}" if value.denominator != 1 else f"{value.numerator} * {_scale(unit)}"


def product_score(text: str, scores: dict[str, float]) -> float:
    """Evidence for algebra: a product formula solved for one factor by values in units."""
    return outscore(scores, "algebra") if product_parts(text) is not None else 0.0
