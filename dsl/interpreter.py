"""Runs a parsed study: resolves each verb and kind through the registry, then executes in order.

Output files are staged and moved into place only when every statement succeeded, so a failing
study leaves nothing half-written.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dsl.ast import Statement, Study
from dsl.errors import nearest
from plugins.api.context import Context
from plugins.api.errors import StudyError
from plugins.api.invocation import Invocation
from plugins.api.nodes import Keyword, Name
from plugins.api.results import Result, Step
from plugins.api.specs import Kind, Verb
from plugins.registry import Registry


class StepFailure(Exception):
    """A verb's engine crashed on valid input: the work failed (exit 1), not the user's text."""

    def __init__(self, statement: Statement, plugin: str, error: BaseException) -> None:
        super().__init__(f"'{statement.verb}' failed in plugin '{plugin}': {type(error).__name__}: {error}")
        self.statement = statement
        self.plugin = plugin
        self.error = error


@dataclass
class Resolved:
    statement: Statement
    verb: Verb
    kind: Kind | None

    @property
    def plugin(self) -> str:
        return self.kind.plugin if self.kind is not None else self.verb.plugin


@dataclass
class Report:
    """The record of one run: ``--json`` prints ``to_dict()``."""

    study: str | None
    file: str
    steps: list[Step] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "study": self.study,
            "file": self.file,
            "steps": [s.to_dict() for s in self.steps],
            "outputs": [str(p) for p in self.outputs],
        }


def resolve(study: Study, registry: Registry) -> list[Resolved]:
    """Look up every verb and kind; raise StudyError at the first unknown one."""
    return [_resolve_statement(s, registry) for s in study.statements]


def _resolve_statement(statement: Statement, registry: Registry) -> Resolved:
    verb = registry.verbs.get(statement.verb)
    if verb is None:
        guess = nearest(statement.verb, registry.verbs)
        raise StudyError(
            f"unknown verb '{statement.verb}'",
            pos=statement.verb_pos,
            hint=f"did you mean '{guess}'?" if guess else "run 'havoc plugins' to list the verbs installed",
        )
    seen: set[str] = set()
    for kw in statement.keywords:
        if kw.name in seen:
            raise StudyError(f"argument '{kw.name}' is given twice", kw)
        seen.add(kw.name)
    if verb.kind_family is None:
        return Resolved(statement, verb, None)
    family = registry.kinds_of(verb.kind_family)
    positional = statement.positional
    first = positional[0] if positional else None
    if isinstance(first, Name) and first.id in family:
        return Resolved(statement, verb, family[first.id])
    if verb.kind_optional:
        return Resolved(statement, verb, None)
    known = ", ".join(sorted(family)) or "none installed"
    if isinstance(first, Name):
        guess = nearest(first.id, family)
        raise StudyError(
            f"unknown {verb.kind_family} '{first.id}'",
            first,
            hint=f"did you mean '{guess}'?" if guess else f"known: {known}",
        )
    raise StudyError(
        f"'{statement.verb}' needs a {verb.kind_family} name first",
        first,
        pos=statement.verb_pos,
        hint=f"one of: {known}",
    )


def invocation_for(resolved: Resolved, line_text: str = "") -> Invocation:
    """The handler's view of a statement: the kind split off, keywords by name."""
    statement = resolved.statement
    args = [a for a in statement.arguments if not isinstance(a, Keyword)]
    kind_node = None
    if resolved.kind is not None:
        kind_node, args = args[0], args[1:]
    keywords = {kw.name: kw for kw in statement.keywords}
    return Invocation(
        statement.verb,
        resolved.kind.name if resolved.kind else None,
        args,
        keywords,
        statement.pos,
        kind_node=kind_node,
        line_text=line_text,
    )


def run(study: Study, registry: Registry, out_dir: Path | None = None) -> Report:
    """Execute a study. Raises StudyError (bad input) or StepFailure (an engine crashed)."""
    plan = resolve(study, registry)
    base_dir = study.path.parent if study.path is not None else Path.cwd()
    out_dir = out_dir if out_dir is not None else base_dir
    staging = Path(tempfile.mkdtemp(prefix="havoc-staging-"))
    try:
        ctx = Context(registry, base_dir.resolve(), out_dir, staging)
        report = Report(None, study.name)
        for item in plan:
            pos = item.statement.pos
            statement_text = "\n".join(study.lines[pos.line - 1 : pos.end_line])
            result = _execute(ctx, item, statement_text)
            step = Step(item.statement.pos.line, item.statement.verb, _kind_name(item), item.plugin, result)
            report.steps.append(step)
            ctx.history.append(step)
        report.study = ctx.title
        report.outputs = _commit(ctx.staged)
        return report
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _kind_name(item: Resolved) -> str | None:
    return item.kind.name if item.kind is not None else None


def _execute(ctx: Context, item: Resolved, line_text: str) -> Result:
    invocation = invocation_for(item, line_text)
    try:
        handler = item.verb.load()
        result = handler(ctx, invocation)
    except StudyError as exc:
        if exc.pos is None:
            exc.pos = item.statement.pos
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # an engine's crash is reported as the step's failure, not a traceback
        raise StepFailure(item.statement, item.plugin, exc) from exc
    if not isinstance(result, Result):
        raise StepFailure(
            item.statement, item.plugin, TypeError(f"handler returned {type(result).__name__}, not Result")
        )
    return result


def _commit(staged: dict[Path, Path]) -> list[Path]:
    """Move staged files to their final places, each by an atomic rename."""
    written = []
    for final, temp in staged.items():
        if not temp.exists():
            continue
        final.parent.mkdir(parents=True, exist_ok=True)
        partial = final.with_name(f".{final.name}.partial")
        shutil.copyfile(temp, partial)
        os.replace(partial, final)
        written.append(final)
    return written
