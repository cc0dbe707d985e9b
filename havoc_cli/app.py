"""The ``havoc`` Typer app: one sub-app or command per module under havoc_cli/commands/."""

from __future__ import annotations

from typing import Annotated

import typer

from havoc_cli import __version__
from havoc_cli.commands import doe, export, generate, plugins, reason, retrieve, serve, tokenize, train
from havoc_cli.commands import eval as eval_command
from havoc_cli.console import EXIT_FAILED, error

app = typer.Typer(
    name="havoc",
    help="havoc: design experiments, watch processes, and reason about numbers.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(doe.app, name="doe")
app.add_typer(tokenize.app, name="tokenize")
app.add_typer(retrieve.app, name="retrieve")
app.command(name="plugins")(plugins.plugins)
app.command(name="train")(train.train)
app.command(name="generate")(generate.generate)
app.command(name="export")(export.export)
app.command(name="serve")(serve.serve)
app.command(name="reason")(reason.reason)
app.command(name="eval")(eval_command.evaluate)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"havoc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """havoc: design experiments, watch processes, and reason about numbers."""


def main() -> None:
    """Console-script entry point."""
    from plugins.registry import PluginLoadError, get_registry

    try:
        registry = get_registry()
    except PluginLoadError as exc:  # only with HAVOC_STRICT_PLUGINS=1
        error(f"error: {exc}")
        raise SystemExit(EXIT_FAILED) from None
    registry.add_commands(app)
    app()
