"""Sympy objects for expression text built by the planner or printed by an engine.

The text goes through the study grammar and the symbolic plugin's converter, never sympify.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


def to_sympy(text: str) -> Any:
    """Convert one expression (study syntax or sympy's printed form) to a sympy object."""
    from dsl.parser import parse
    from plugins.api.context import Context
    from plugins.registry import get_registry
    from plugins.symbolic.convert import Converter

    study = parse(f"show {text}\n")
    node = study.statements[0].positional[0]
    folder = Path(tempfile.gettempdir())
    return Converter(Context(get_registry(), folder, folder, folder)).convert(node)
