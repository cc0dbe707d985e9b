"""What a plugin registers: verbs, kinds, functions, embedders and reasoning tools, each with a lazy handler.

A handler is given as ``"module:attribute"`` and imported on first use, so loading the registry
imports no heavy engine (torch, faiss, statsmodels) and ``havoc --help`` stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def load_object(target: str) -> Any:
    """Import ``"package.module:attr"`` and return the attribute."""
    module_name, _, attr = target.partition(":")
    if not module_name or not attr:
        raise ValueError(f"handler {target!r} is not of the form 'module:attribute'")
    module = importlib.import_module(module_name)
    obj: Any = module
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


@dataclass(frozen=True)
class _Lazy:
    handler: str

    def load(self) -> Callable[..., Any]:
        """Import and return the handler."""
        return load_object(self.handler)


@dataclass(frozen=True)
class Verb(_Lazy):
    """A statement verb. ``handler(ctx, invocation) -> Result``.

    With ``kind_family`` set, the statement's first positional name is a kind of that family
    (``design box_behnken``), resolved in the registry before the handler runs.
    ``kind_optional`` lets the statement omit it. ``plugin`` is filled in by the registry.
    """

    name: str = ""
    summary: str = ""
    kind_family: str | None = None
    kind_optional: bool = False
    plugin: str = field(default="", compare=False)


@dataclass(frozen=True)
class Kind(_Lazy):
    """A member of a verb's family: a design, a chart, a test, a plot ...

    ``handler(ctx, invocation) -> Result`` (or whatever the family's verb expects of it).
    """

    family: str = ""
    name: str = ""
    summary: str = ""
    plugin: str = field(default="", compare=False)


@dataclass(frozen=True)
class Function(_Lazy):
    """A named numeric function usable in expressions, e.g. ``normal.ppf``. ``handler(*floats, **kw)``."""

    name: str = ""
    summary: str = ""
    plugin: str = field(default="", compare=False)


@dataclass(frozen=True)
class Embedder(_Lazy):
    """A text embedder for document indexes. ``handler()`` returns an object with

    ``name`` (str), ``dimension`` (int), ``max_tokens`` (int: the longest input the model reads whole),
    ``count_tokens(text) -> int`` (in the model's own tokens, so chunks are cut to fit) and
    ``embed(texts: list[str]) -> numpy.ndarray`` of shape (len(texts), dimension), float32, rows of unit length.
    """

    name: str = ""
    summary: str = ""
    plugin: str = field(default="", compare=False)


@dataclass(frozen=True)
class ReasoningTool(_Lazy):
    """A kind of question ``havoc reason`` answers (its MODE) and how to plan it.

    ``handler(question: str) -> Plan`` turns the question into a study-language program
    (``plugins.api.reasoning.Plan``) or raises ``PlanError`` saying what is missing.
    ``keywords``: ``(regex, weight)`` pairs, each match in the lower-cased question adds its weight.
    The optional parts are ``"module:attribute"`` handlers too, imported when first needed:

    - ``score(text, keyword_scores) -> float``: extra evidence from the question's shape (how many
      lists of numbers it holds ...), given every tool's keyword score;
    - ``alternatives(plan) -> list[tuple[str, str]]``: (name, statement) pairs a careful analyst
      would also run, each after the plan's ``let`` bindings;
    - ``audit(plan, result, read_expression) -> list[Check]``: independent checks of the engine's
      result; ``read_expression(text)`` turns study or sympy-printed expression text into a sympy
      object through the study grammar (never ``sympify``).

    ``confidence`` is the answer's confidence when every check passes.
    """

    name: str = ""
    summary: str = ""
    keywords: tuple[tuple[str, float], ...] = ()
    score: str | None = None
    alternatives: str | None = None
    audit: str | None = None
    confidence: float = 0.9
    plugin: str = field(default="", compare=False)

    def part(self, attribute: str) -> Callable[..., Any] | None:
        """Import and return the optional handler ``score``, ``alternatives`` or ``audit`` (None when unset)."""
        target = getattr(self, attribute)
        return load_object(target) if target else None
