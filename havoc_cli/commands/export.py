"""``havoc export``: write a checkpoint in another library's format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_USAGE, error


def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write.")],
    checkpoint: Annotated[
        Path | None, typer.Option("--checkpoint", help="Checkpoint or run directory (default: the newest under runs/).")
    ] = None,
    format: Annotated[str, typer.Option("--format", help="Output format: hf (Hugging Face LlamaForCausalLM).")] = "hf",
) -> None:
    """Export a trained model: --format hf writes config.json + model.safetensors that
    transformers' LlamaForCausalLM loads with identical logits."""
    from plugins.model.checkpoint import load_checkpoint, newest_checkpoint

    if format != "hf":
        error(f"error: unknown export format {format!r}; available: hf")
        raise typer.Exit(EXIT_USAGE)
    source = checkpoint or newest_checkpoint()
    if source is None:
        error("error: no checkpoint under runs/; train one with `havoc train` or pass --checkpoint DIR")
        raise typer.Exit(EXIT_USAGE)
    try:
        loaded = load_checkpoint(source, with_trainer=False)
    except FileNotFoundError as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    from plugins.model.export_hf import export_hf

    export_hf(loaded, out)
    print(f"exported {loaded.path} to {out} (LlamaForCausalLM, safetensors)")
