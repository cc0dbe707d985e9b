"""``havoc train``: train the language model (or, with --dry-run, size it up without building it)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.console import EXIT_USAGE, error, print_json


def _gib(n: int) -> str:
    return f"{n / 1024**3:,.2f} GiB"


def _print_dry_run(name: str, estimate: dict) -> None:
    print(f"model {name}: {estimate['parameters']:,} parameters")
    print(f"training (AdamW, activations for one micro-batch of {estimate['activation_tokens']} tokens):")
    for precision, parts in estimate["training"].items():
        detail = ", ".join(f"{k} {_gib(v)}" for k, v in parts.items() if k != "total")
        print(f"  {precision:15s} {_gib(parts['total']):>12s}  ({detail})")
    print(f"inference (one sequence, KV cache at the full context of {estimate['kv_cache_tokens']} tokens):")
    for precision, parts in estimate["inference"].items():
        detail = ", ".join(f"{k} {_gib(v)}" for k, v in parts.items() if k != "total")
        print(f"  {precision:15s} {_gib(parts['total']):>12s}  ({detail})")


def _dry_run(model_name: str, json: bool) -> None:
    from plugins.model.config import load_model_config
    from plugins.model.memory import memory_estimate
    from plugins.model.transformer import build_model

    config = load_model_config(model_name)
    built = build_model(config, "meta")  # shapes only: a 7B model costs no memory here
    counted = sum(p.numel() for p in built.parameters())
    estimate = memory_estimate(config)
    if counted != estimate["parameters"]:
        raise RuntimeError(f"parameter count mismatch: module {counted:,} vs formula {estimate['parameters']:,}")
    if json:
        print_json({"model": model_name, "config": config.to_dict(), **estimate})
    else:
        _print_dry_run(model_name, estimate)


def train(
    model: Annotated[
        str | None, typer.Option("--model", help="Model shape: tiny, small, base, 7b, or a YAML file.")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", help="Training settings YAML (merged over configs/train/default.yaml).")
    ] = None,
    set_: Annotated[
        list[str] | None, typer.Option("--set", help="Override one setting, e.g. --set optim.lr=3e-4 (repeatable).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", help="Run directory: data, tokenizer, checkpoints, metrics.")] = Path(
        "runs/default"
    ),
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue from the run directory's newest checkpoint.")
    ] = False,
    steps: Annotated[
        int | None,
        typer.Option("--steps", help="Run at most this many steps now (the schedule still spans train.max_steps)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print the parameter count and memory needs, then exit.")
    ] = False,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show the progress bar on stderr.")] = True,
    json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Train the language model. With no arguments: build the default corpus and a tokenizer in
    runs/default, train the tiny model (under 10 minutes on 2 CPU cores), and compare its validation
    loss with the corpus's unigram entropy. Under torchrun, trains with DDP (or FSDP: --set dist.strategy=fsdp)."""
    from plugins.model.settings import resolve_settings

    overrides = list(set_ or [])
    if model is not None:
        overrides.insert(0, f"model={model}")
    try:
        if dry_run:
            _dry_run(model or resolve_settings(config_path=config, overrides=overrides)["model"], json)
            return
        base = None
        if resume:
            from plugins.model.checkpoint import load_checkpoint

            base = load_checkpoint(out, with_trainer=False).settings
        settings = resolve_settings(base, config, overrides)
    except (ValueError, FileNotFoundError) as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None

    from plugins.model.training import train as run_training

    def log(message: str) -> None:
        error(message)

    try:
        summary = run_training(out, settings, resume=resume, steps=steps, log=log, show_progress=progress)
    except ValueError as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    outcome = {
        "run_dir": str(summary.run_dir),
        "step": summary.step,
        "max_steps": summary.max_steps,
        "train_loss": summary.train_loss,
        "val_loss": summary.val_loss,
        "val_perplexity": summary.val_perplexity,
        "unigram_entropy": summary.unigram_entropy,
        "wall_s": round(summary.wall_s, 2),
        "tokens_per_s": round(summary.tokens_per_s, 1),
        "checkpoint": str(summary.checkpoint) if summary.checkpoint else None,
        "interrupted": summary.interrupted,
    }
    if not summary.is_main:
        pass  # the main process reports for all
    elif json:
        print_json(outcome)
    else:
        print(
            f"steps {summary.step}/{summary.max_steps} in {summary.wall_s:.1f} s ({summary.tokens_per_s:,.0f} tokens/s)"
        )
        if summary.val_loss is not None:
            print(f"validation loss  {summary.val_loss:.4f} nats/token (perplexity {summary.val_perplexity:.2f})")
        if summary.unigram_entropy is not None:
            print(f"unigram entropy  {summary.unigram_entropy:.4f} nats/token (the corpus's token frequencies alone)")
        print(f"checkpoint       {summary.checkpoint}")
    if summary.interrupted:
        raise typer.Exit(130)
