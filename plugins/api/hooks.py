"""The hook specifications: every extension point a plugin can implement, in one place.

A plugin module implements any of these with ``@hookimpl`` and is declared under the
``havoc.plugins`` entry-point group. Built-in plugins use exactly the same route.
"""

from __future__ import annotations

from collections.abc import Callable

import pluggy

PROJECT = "havoc"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_verbs(register: Callable) -> None:
    """Register study-language verbs: ``register(Verb(name=..., handler="module:func", ...))``."""


@hookspec
def register_kinds(register: Callable) -> None:
    """Register kinds of a verb's family (designs, charts, tests, plots):
    ``register(Kind(family="design", name="box_behnken", handler="module:func"))``."""


@hookspec
def register_functions(register: Callable) -> None:
    """Register named numeric functions for expressions: ``register(Function(name="normal.ppf", ...))``."""


@hookspec
def register_embedders(register: Callable) -> None:
    """Register text embedders for document indexes:
    ``register(Embedder(name="minilm", handler="module:factory"))``."""


@hookspec
def register_reasoning_tools(register: Callable) -> None:
    """Register the kinds of question ``havoc reason`` answers and how to plan them:
    ``register(ReasoningTool(name="capability", handler="module:plan", keywords=((r"\\bcpk\\b", 3),)))``."""


@hookspec
def register_commands(app: object) -> None:
    """Add sub-commands to the ``havoc`` Typer app (``app.command()(func)`` or ``app.add_typer``)."""
