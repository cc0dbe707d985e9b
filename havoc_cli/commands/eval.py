"""``havoc eval SUITE.yaml...``: run evaluation suites; results, samples, summary, JUnit; exit code on thresholds."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_FAILED, EXIT_USAGE, error, print_json, stderr_console


def evaluate(
    suites: Annotated[list[Path], typer.Argument(help="Suite files (YAML); see docs/eval.md.", metavar="SUITE.yaml")],
    json: Annotated[bool, typer.Option("--json", help="Print the results document on stdout, nothing else.")] = False,
    junit: Annotated[Path | None, typer.Option("--junit", help="Also write JUnit XML for CI to this file.")] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="Output folder; each suite writes OUT/<suite>/ (default: eval-out/ beside the suite)."
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="Run N items per suite: a seeded sample, stable for a seed.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for --limit sampling and generation.")] = 0,
    url: Annotated[
        str | None,
        typer.Option("--url", help="A running `havoc serve` (http://127.0.0.1:8000) instead of the local engines."),
    ] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under", help="METRIC=VALUE or CATEGORY:METRIC=VALUE; overrides the suite's threshold (repeatable)."
        ),
    ] = None,
    checkpoint: Annotated[
        Path | None,
        typer.Option(
            "--checkpoint",
            help="Model checkpoint for lm and generate suites (default: the suite's, else the newest under runs/).",
        ),
    ] = None,
    category: Annotated[
        list[str] | None, typer.Option("--category", help="Only items of this category (repeatable).")
    ] = None,
) -> None:
    """Run evaluation suites and check their thresholds.

    Exit codes: 0 every threshold met; 1 a threshold missed or nothing scored; 2 a bad suite file or bad usage.
    """
    from havoc_cli.evals.errors import EvalUsageError, SuiteError
    from havoc_cli.evals.options import Options
    from havoc_cli.evals.suite import load_suite
    from havoc_cli.evals.thresholds import parse_fail_under

    if url is not None and not url.startswith(("http://", "https://")):
        _usage(f"--url '{url}' is not an http(s) URL", "e.g. --url http://127.0.0.1:8000")
    try:
        overrides = tuple(parse_fail_under(text) for text in fail_under or ())
    except ValueError as exc:
        _usage(str(exc), "e.g. --fail-under accuracy=0.9 or --fail-under calculus:accuracy=1")
    try:
        loaded = [load_suite(path) for path in suites]
    except SuiteError as exc:
        error(exc.render())
        raise typer.Exit(EXIT_USAGE) from None
    _check_names(loaded, overrides, category or [])
    options = Options(seed, limit, url, checkpoint, tuple(category or ()), overrides)
    try:
        runs = _run_all(loaded, options)
    except EvalUsageError as exc:
        error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    _write(runs, out, junit)
    from havoc_cli.evals.reports import run_document

    if json:
        print_json(run_document(runs, seed, limit, url))
    else:
        _render(runs, junit)
    if not all(run.passed for run in runs):
        raise typer.Exit(EXIT_FAILED)


def _usage(message: str, hint: str) -> None:
    error(f"error: {message}\n  hint: {hint}")
    raise typer.Exit(EXIT_USAGE)


def _check_names(loaded: list, overrides: tuple, categories: list[str]) -> None:
    """--fail-under metrics and --category names must exist in at least one suite."""
    from havoc_cli.evals.suite import did_you_mean

    metrics = {m for suite in loaded for m in suite.metrics}
    known = {c for suite in loaded for c in suite.categories()}
    for threshold in overrides:
        if threshold.metric not in metrics:
            _usage(
                f"--fail-under: no suite reports a metric '{threshold.metric}'", did_you_mean(threshold.metric, metrics)
            )
        if threshold.category is not None and threshold.category not in known:
            _usage(
                f"--fail-under: no item has category '{threshold.category}'", did_you_mean(threshold.category, known)
            )
    for name in categories:
        if name not in known:
            _usage(f"--category '{name}': no item of the suites has it", did_you_mean(name, known))


def _run_all(loaded: list, options) -> list:
    from havoc_cli.evals.progress import ProgressBar
    from havoc_cli.evals.runner import run_suite

    with ProgressBar() as progress:
        return [run_suite(suite, options, progress) for suite in loaded if _selected(suite, options)]


def _selected(suite, options) -> bool:
    """With --category, a suite that has none of those categories is left out (not counted as empty)."""
    return not options.categories or any(c in suite.categories() for c in options.categories)


def _write(runs: list, out: Path | None, junit: Path | None) -> None:
    from havoc_cli.evals.reports import write_suite_outputs

    for run in runs:
        write_suite_outputs(run, out)
    if junit is not None:
        from havoc_cli.evals.junit import junit_xml
        from plugins.api.files import write_atomic

        write_atomic(junit, junit_xml(runs))


def _render(runs: list, junit: Path | None) -> None:
    from rich.markup import escape

    console = stderr_console()
    for run in runs:
        verdict = "[green]PASS[/green]" if run.passed else "[red]FAIL[/red]"
        metrics = ", ".join(f"{k} {v:.4g}" for k, v in run.metrics.items())
        passed = sum(r.passed for r in run.records)
        console.print(
            f"{verdict} [bold]{escape(run.name)}[/bold] ({run.type}): {passed}/{len(run.records)} items passed; {escape(metrics)}"
        )
        for check in run.checks:
            mark = {"passed": "[green]✓[/green]", "failed": "[red]✗[/red]", "skipped": "-"}[check.status]
            console.print(f"  {mark} {escape(check.describe())}")
        if run.nothing_scored:
            console.print("  [red]nothing was scored (zero items)[/red]")
        console.print(f"  results in {escape(str(Path(run.outputs['results']).parent))}")
    if junit is not None:
        console.print(f"JUnit XML in {escape(str(junit))}")
