"""``havoc doe``: check and run study files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_FAILED, EXIT_USAGE, error, print_json, stderr_console

app = typer.Typer(help="Run study files (.doe): designs, analyses, control charts, statistics.", no_args_is_help=True)

StudyFile = Annotated[Path, typer.Argument(help="The study file (.doe) to read.", show_default=False, metavar="FILE")]


def _load(path: Path):
    """Parse and resolve a study, or exit 2 with a file:line:col report."""
    from dsl.errors import StudySyntaxError, format_error
    from dsl.interpreter import resolve
    from dsl.parser import parse_file
    from plugins.api.errors import StudyError
    from plugins.registry import get_registry

    if not path.is_file():
        error(f"error: no such study file: {path}")
        raise typer.Exit(EXIT_USAGE)
    try:
        study = parse_file(path)
    except StudySyntaxError as exc:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        error(format_error(str(path), lines, exc.line, exc.column, exc.message, exc.hint))
        raise typer.Exit(EXIT_USAGE) from None
    registry = get_registry()
    try:
        plan = resolve(study, registry)
    except StudyError as exc:
        _report_study_error(study, exc)
        raise typer.Exit(EXIT_USAGE) from None
    return study, registry, plan


def _report_study_error(study, exc) -> None:
    from dsl.errors import format_error

    line = exc.pos.line if exc.pos else None
    column = exc.pos.column if exc.pos else None
    error(format_error(study.name, study.lines, line, column, exc.message, exc.hint))


@app.command()
def check(
    path: StudyFile, json: Annotated[bool, typer.Option("--json", help="Print the plan as JSON.")] = False
) -> None:
    """Parse a study and resolve its verbs and kinds, without running it."""
    study, _, plan = _load(path)
    statements = [
        {
            "line": r.statement.pos.line,
            "verb": r.statement.verb,
            "kind": r.kind.name if r.kind else None,
            "plugin": r.plugin,
        }
        for r in plan
    ]
    if json:
        print_json({"file": str(path), "ok": True, "statements": statements})
    else:
        stderr_console().print(f"{path}: ok, {len(statements)} statements")


@app.command()
def run(
    path: StudyFile,
    json: Annotated[bool, typer.Option("--json", help="Print the run record as one JSON document on stdout.")] = False,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder for output files (default: the study file's folder).")
    ] = None,
) -> None:
    """Run a study: results on the terminal (or --json), files at the end.

    Statements run in order. Output files are written only when every statement succeeded.
    Exit codes: 0 done, 1 an engine failed, 2 the study or its data is wrong.
    """
    from dsl.interpreter import StepFailure
    from dsl.interpreter import run as run_study
    from plugins.api.errors import StudyError

    study, registry, _ = _load(path)
    try:
        report = run_study(study, registry, out_dir=out.resolve() if out else None)
    except StudyError as exc:
        _report_study_error(study, exc)
        raise typer.Exit(EXIT_USAGE) from None
    except StepFailure as exc:
        error(f"{study.name}:{exc.statement.pos.line}: failed: {exc}")
        raise typer.Exit(EXIT_FAILED) from None
    if json:
        print_json(report.to_dict())
        return
    from havoc_cli.render import render_result

    console = stderr_console()
    if report.study:
        console.print(f"[bold underline]{report.study}[/bold underline]")
    for step in report.steps:
        if step.verb in ("study", "seed", "let"):
            continue
        heading = f"line {step.line}: {step.verb}" + (f" {step.kind}" if step.kind else "")
        render_result(console, heading, step.result)


TEMPLATES = ("screening", "rsm", "spc", "scratchpad")


@app.command()
def new(
    template: Annotated[str, typer.Argument(help=f"One of: {', '.join(TEMPLATES)}.", metavar="TEMPLATE")],
    path: Annotated[Path, typer.Argument(help="The study file to create.", metavar="FILE")],
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Start a new study file from a template."""
    from importlib import resources

    from plugins.api.files import write_atomic

    if template not in TEMPLATES:
        error(f"error: unknown template '{template}'\n  hint: choose one of: {', '.join(TEMPLATES)}")
        raise typer.Exit(EXIT_USAGE)
    if path.exists() and not force:
        error(f"error: {path} exists\n  hint: choose another name, or pass --force to overwrite it")
        raise typer.Exit(EXIT_USAGE)
    text = resources.files("havoc_cli").joinpath("templates", f"{template}.doe").read_text(encoding="utf-8")
    write_atomic(path, text)
    stderr_console().print(f"wrote {path}: edit it, then run: havoc doe run {path}")
