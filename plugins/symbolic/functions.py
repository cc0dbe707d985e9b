"""The whitelist of elementary functions and constants a math expression may use.

Nothing outside these tables (and the operations in ``operations.py``, and the numeric functions other
plugins register) can be called from a study: a name is looked up here, never in Python's namespace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sympy as sp


@dataclass(frozen=True)
class Elementary:
    """A sympy function with the number of arguments it takes."""

    apply: Callable[..., Any]
    min_args: int = 1
    max_args: int | None = 1
    grows_fast: bool = False  # exact values of big integer arguments are left unevaluated

    def arity(self) -> str:
        if self.max_args == self.min_args:
            return f"{self.min_args} argument{'s' if self.min_args != 1 else ''}"
        if self.max_args is None:
            return f"at least {self.min_args} argument{'s' if self.min_args != 1 else ''}"
        return f"{self.min_args} to {self.max_args} arguments"


def _log(value: Any, base: Any = None) -> Any:
    return sp.log(value) if base is None else sp.log(value, base)


def _extremum(pick: Callable[..., Any]) -> Callable[..., Any]:
    def apply(*values: Any) -> Any:
        if len(values) == 1 and isinstance(values[0], list):
            values = tuple(values[0])
        return pick(*values)

    return apply


FUNCTIONS: dict[str, Elementary] = {
    "sin": Elementary(sp.sin),
    "cos": Elementary(sp.cos),
    "tan": Elementary(sp.tan),
    "cot": Elementary(sp.cot),
    "sec": Elementary(sp.sec),
    "csc": Elementary(sp.csc),
    "asin": Elementary(sp.asin),
    "acos": Elementary(sp.acos),
    "atan": Elementary(sp.atan),
    "acot": Elementary(sp.acot),
    "atan2": Elementary(sp.atan2, 2, 2),
    "sinh": Elementary(sp.sinh),
    "cosh": Elementary(sp.cosh),
    "tanh": Elementary(sp.tanh),
    "asinh": Elementary(sp.asinh),
    "acosh": Elementary(sp.acosh),
    "atanh": Elementary(sp.atanh),
    "exp": Elementary(sp.exp),
    "log": Elementary(_log, 1, 2),
    "ln": Elementary(sp.log),
    "log10": Elementary(lambda v: sp.log(v, 10)),
    "log2": Elementary(lambda v: sp.log(v, 2)),
    "sqrt": Elementary(sp.sqrt),
    "cbrt": Elementary(lambda v: sp.real_root(v, 3)),
    "root": Elementary(sp.real_root, 2, 2),
    "abs": Elementary(sp.Abs),
    "sign": Elementary(sp.sign),
    "floor": Elementary(sp.floor),
    "ceiling": Elementary(sp.ceiling),
    "ceil": Elementary(sp.ceiling),
    "factorial": Elementary(sp.factorial, grows_fast=True),
    "binomial": Elementary(sp.binomial, 2, 2, grows_fast=True),
    "gamma": Elementary(sp.gamma, grows_fast=True),
    "erf": Elementary(sp.erf),
    "erfc": Elementary(sp.erfc),
    "min": Elementary(_extremum(sp.Min), 1, None),
    "max": Elementary(_extremum(sp.Max), 1, None),
    "mod": Elementary(sp.Mod, 2, 2),
    "gcd": Elementary(sp.gcd, 2, 2),
    "lcm": Elementary(sp.lcm, 2, 2),
    "re": Elementary(sp.re),
    "im": Elementary(sp.im),
    "conjugate": Elementary(sp.conjugate),
    "arg": Elementary(sp.arg),
    "heaviside": Elementary(sp.Heaviside),
}

CONSTANTS: dict[str, Any] = {
    "pi": sp.pi,
    "e": sp.E,
    "E": sp.E,
    "I": sp.I,
    "oo": sp.oo,
    "inf": sp.oo,
}
