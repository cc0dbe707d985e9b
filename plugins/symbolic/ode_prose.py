"""A first-order ODE with its initial condition, as text: "Solve the ODE dT/dt = -0.1(T - 20) with T(0) = 90" ->
(right side "-0.1(T - 20)", function T, variable t, t0 0, T0 90). Only one equation y' = f(x, y) and one value
y(x0) = y0 are read; nothing is evaluated here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from plugins.api.prose import NUMBER

_ODE = re.compile(
    r"(?<![A-Za-z])d(?P<y>[A-Za-z])\s*/\s*d(?P<x>[a-z])\s*=\s*(?P<rhs>[^=,;]+?)"
    r"(?=\s*(?:[,;]|\.(?:\s|$)|\b(?:with|where|given|and|if|for|subject)\b|$))"
)
_ASKS_ODE = re.compile(r"\b(?:ODE|differential equation|initial[- ]value problem|IVP)\b", re.I)


@dataclass(frozen=True)
class OdeAsk:
    """y' = rhs with y(x0) = y0, as written."""

    rhs: str
    y: str
    x: str
    x0: str
    y0: str


def ode_parts(question: str) -> OdeAsk | None:
    """The ODE the question asks to solve ("solve the ODE dy/dx = ..." with "y(0) = 1"); None when it names no ODE.
    ValueError when the initial value is missing or its function differs."""
    m = _ODE.search(question)
    if m is None or not _ASKS_ODE.search(question):
        return None
    y, x = m["y"], m["x"]
    initial = re.search(rf"(?<![A-Za-z]){y}\s*\(\s*(?P<x0>{NUMBER})\s*\)\s*=\s*(?P<y0>{NUMBER})(?![\w.])", question)
    if y == x or initial is None:
        raise ValueError(f"solving the ODE d{y}/d{x} needs its initial value, e.g. '{y}(0) = 1'")
    return OdeAsk(m["rhs"].strip(), y, x, initial["x0"], initial["y0"])
