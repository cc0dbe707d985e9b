"""Run analysis statements on a hand-built design (no design/results verbs needed)."""

from __future__ import annotations

from pathlib import Path

from dsl.interpreter import _execute, resolve
from dsl.parser import parse
from plugins.api import Context, Result
from plugins.doe.model import Design, Response, doe_state
from plugins.registry import get_registry


def study_context(tmp_path: Path, design: Design | None, responses: list[Response] | None = None) -> Context:
    """A study context whose DOE state holds ``design`` (with its measured responses)."""
    staging = tmp_path / "staging"
    staging.mkdir(exist_ok=True)
    ctx = Context(get_registry(), tmp_path, tmp_path, staging)
    state = doe_state(ctx)
    state["design"] = design
    state["factors"] = list(design.factors) if design is not None else []
    state["responses"] = responses or []
    return ctx


def run_lines(ctx: Context, text: str) -> list[Result]:
    """Execute study statements against ``ctx`` in order; returns their results."""
    study = parse(text)
    return [_execute(ctx, item, "") for item in resolve(study, ctx.registry)]
