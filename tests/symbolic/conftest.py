"""Helpers for the symbolic tests: run ``show`` lines end to end, or convert one expression in-process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sympy as sp

from dsl.parser import parse
from plugins.api import Context, Function
from plugins.registry import Registry
from plugins.symbolic.convert import Converter


@pytest.fixture
def show(run_study):
    """``show("diff(x^2, x)", "N(pi)", prelude="let f = x^2")`` -> the result dicts of the show lines."""

    def _show(*expressions: str, prelude: str = "") -> list[dict[str, Any]]:
        text = prelude + "".join(f"show {e}\n" for e in expressions)
        run = run_study(text)
        assert run.exit_code == 0, run.stderr
        return [s["result"] for s in run.json["steps"] if s["verb"] == "show"]

    return _show


@pytest.fixture
def convert(tmp_path: Path):
    """``convert("x^2", lets={"f": "x^3"})`` -> the sympy object, through a context with one numeric function."""
    registry = Registry()
    registry.functions["normal.ppf"] = Function(name="normal.ppf", handler="scipy.stats:norm.ppf")

    def _convert(expression: str, lets: dict[str, str] | None = None) -> Any:
        ctx = Context(registry, tmp_path, tmp_path, tmp_path)
        for name, value in (lets or {}).items():
            ctx.variables[name] = node_of(value)
        return Converter(ctx).convert(node_of(expression))

    return _convert


def node_of(expression: str):
    """The value node of one expression, as the parser builds it."""
    (statement,) = parse(f"show {expression}\n").statements
    return statement.arguments[0]


def parsed(result: str) -> Any:
    """A ``result`` string read back by sympy (tests only read the plugin's output this way)."""
    return sp.sympify(result)


def at(expr: Any, **values: float) -> float:
    """A parsed result evaluated numerically at the given variable values."""
    return float(expr.subs({sp.Symbol(k): v for k, v in values.items()}).evalf())
