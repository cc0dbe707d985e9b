"""``havoc reason "question"``: staged reasoning whose answers are computed by the engines and checked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_FAILED, EXIT_USAGE, error, print_json, stderr_console


def reason(
    question: Annotated[str, typer.Argument(help="The question, in quotes.", metavar="QUESTION")],
    json: Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")] = False,
    trace: Annotated[bool, typer.Option("--trace", help="Show every stage's details.")] = False,
    plan_only: Annotated[
        bool, typer.Option("--plan-only", help="Build and print the plan without running it.")
    ] = False,
    save_plan: Annotated[
        Path | None, typer.Option("--save-plan", help="Write the plan as a study file (re-run with havoc doe run).")
    ] = None,
    index: Annotated[
        Path | None,
        typer.Option("--index", help="A document index to ground on (default: $HAVOC_INDEX or runs/index if built)."),
    ] = None,
    model: Annotated[
        Path | None,
        typer.Option(
            "--model",
            help="A trained checkpoint (or run directory): it may phrase the answer and suggest a plan the rules "
            "lack; a suggested plan is parsed, run and audited like any other, with lower confidence.",
        ),
    ] = None,
) -> None:
    """Answer a mathematics or statistics question with the engines, and audit the answer.

    Exit codes: 0 answered, 1 could not answer (the message says what it understood and what it
    needs), 2 bad usage (empty question).

    A question that starts with a dash (a pasted bullet list) goes after "--", or the shell's options
    parser reads it as an option: havoc reason --json -- "- crew A alone: 18 h ...".
    """
    if not question.strip():
        error('error: the question is empty\n  hint: havoc reason "derivative of x^3 sin x"')
        raise typer.Exit(EXIT_USAGE)
    if index is not None:
        _check_index(index)
    from havoc_cli.reason.pipeline import Settings
    from havoc_cli.reason.pipeline import reason as run_pipeline

    language_model = _load_model(model) if model is not None else None
    outcome = run_pipeline(question, Settings(plan_only=plan_only, index_dir=index, model=language_model))
    if save_plan is not None and outcome.plan:
        from plugins.api.files import write_atomic

        write_atomic(save_plan, f"# havoc reason: {question}\n{outcome.plan}\n")
        for name, content in outcome.plan_files.items():
            write_atomic(save_plan.parent / name, content)
    if json:
        print_json(outcome.to_dict())
    else:
        _render(outcome, trace)
    if not outcome.answered:
        if not json:
            error(f"error: {outcome.answer}")
        raise typer.Exit(EXIT_FAILED)


def _load_model(path: Path):
    """The checkpoint at ``path`` in the pipeline's model roles, or exit 2 saying why it cannot load."""
    from havoc_cli.reason.model import ReasoningModel
    from plugins.model.chat import ChatModel

    try:
        return ReasoningModel(ChatModel.load(path))
    except (FileNotFoundError, ValueError) as exc:
        error(f"error: --model {path}: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _check_index(index: Path) -> None:
    """Exit 2 when ``--index`` names no readable index."""
    from plugins.retrieval.store import IndexCorrupt, IndexMissing, read_manifest

    try:
        read_manifest(index)
    except (IndexMissing, IndexCorrupt) as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None


def _render(outcome, trace: bool) -> None:
    console = stderr_console()
    if outcome.plan:
        console.print(f"[bold]mode[/bold] {outcome.mode}\n[bold]plan[/bold]\n{outcome.plan}")
    if not outcome.answered:
        return
    typer.echo(outcome.answer)
    for check in outcome.checks:
        console.print(f"  [{'green' if check['passed'] else 'red'}]{'✓' if check['passed'] else '✗'}[/] "
                      f"{check['name']}: {check['detail']}")  # fmt: skip
    console.print(f"confidence {outcome.confidence:.2f}")
    for caveat in outcome.caveats:
        console.print(f"  caveat: {caveat}")
    if trace:
        for stage in outcome.stages:
            console.print(f"[dim]{stage}[/dim]")
