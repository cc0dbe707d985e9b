"""``havoc export``: write a checkpoint in another library's format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.checkpoints import CheckpointOption, load_or_exit
from havoc_cli.console import EXIT_USAGE, error


def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write.")],
    checkpoint: CheckpointOption = None,
    format: Annotated[str, typer.Option("--format", help="Output format: hf (Hugging Face LlamaForCausalLM).")] = "hf",
) -> None:
    """Export a trained model: --format hf writes config.json + model.safetensors that
    transformers' LlamaForCausalLM loads with identical logits."""
    if format != "hf":
        error(f"error: unknown export format {format!r}; available: hf")
        raise typer.Exit(EXIT_USAGE)
    loaded = load_or_exit(checkpoint)
    from plugins.model.export_hf import export_hf

    export_hf(loaded, out)
    print(f"exported {loaded.path} to {out} (LlamaForCausalLM, safetensors)")
