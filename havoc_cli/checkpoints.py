"""Finding and loading a trained checkpoint for a command, or exiting 2 with what to do."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from havoc_cli.console import EXIT_USAGE, error

CheckpointOption = Annotated[
    Path | None, typer.Option("--checkpoint", help="Checkpoint or run directory (default: the newest under runs/).")
]


def load_or_exit(checkpoint: Path | None) -> Any:
    """The checkpoint at ``checkpoint`` (default: the newest under runs/), loaded without trainer state."""
    from plugins.model.checkpoint import load_checkpoint, newest_checkpoint

    source = checkpoint or newest_checkpoint()
    if source is None:
        error("error: no checkpoint under runs/; train one with `havoc train` or pass --checkpoint DIR")
        raise typer.Exit(EXIT_USAGE)
    try:
        return load_checkpoint(source, with_trainer=False)
    except FileNotFoundError as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
