"""``havoc generate``: continue a prompt (or answer a chat turn) with a trained checkpoint."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from havoc_cli.checkpoints import CheckpointOption, load_or_exit
from havoc_cli.console import EXIT_USAGE, error, print_json


def _load(checkpoint: Path | None):
    """Model and tokenizer of a checkpoint (default: the newest under runs/), or exit 2 saying why."""
    from plugins.model.checkpoint import model_from_checkpoint

    loaded = load_or_exit(checkpoint)
    if loaded.tokenizer_dir is None:
        error(f"error: checkpoint {loaded.path} has no tokenizer/ directory; it cannot turn text into tokens")
        raise typer.Exit(EXIT_USAGE)
    from plugins.model.tokenizer import Tokenizer

    return model_from_checkpoint(loaded), Tokenizer.load(loaded.tokenizer_dir)


def generate(
    prompt: Annotated[str, typer.Argument(help="The text to continue (with --chat: the user's message).")],
    checkpoint: CheckpointOption = None,
    max_new_tokens: Annotated[int, typer.Option("--max-new-tokens", help="Most tokens to generate.")] = 128,
    temperature: Annotated[float, typer.Option("--temperature", help="Sampling temperature; 0 is greedy.")] = 0.8,
    top_k: Annotated[int, typer.Option("--top-k", help="Keep the k most likely tokens (0: off).")] = 0,
    top_p: Annotated[
        float, typer.Option("--top-p", help="Keep the smallest set with this much probability (1: off).")
    ] = 0.95,
    min_p: Annotated[
        float, typer.Option("--min-p", help="Drop tokens below min_p x the top probability (0: off).")
    ] = 0.0,
    repetition_penalty: Annotated[
        float, typer.Option("--repetition-penalty", help="Penalise tokens already present (1: off).")
    ] = 1.0,
    stop: Annotated[list[str] | None, typer.Option("--stop", help="Stop before this text (repeatable).")] = None,
    seed: Annotated[int | None, typer.Option("--seed", help="Random seed: the same seed gives the same text.")] = None,
    greedy: Annotated[
        bool, typer.Option("--greedy", help="Always take the most likely token (temperature 0).")
    ] = False,
    chat: Annotated[bool, typer.Option("--chat", help="Wrap the prompt in the chat template as a user turn.")] = False,
    system: Annotated[str | None, typer.Option("--system", help="System message for --chat.")] = None,
    json: Annotated[bool, typer.Option("--json", help="Print text, usage counts and finish_reason as JSON.")] = False,
    threads: Annotated[
        int, typer.Option("--threads", help="CPU threads; one is fastest for small models (0: torch's default).")
    ] = 1,
    bf16: Annotated[
        bool,
        typer.Option(
            "--bf16",
            help="Decode with bfloat16 weights and cache: half the bytes per token, 2-3x faster on a CPU for "
            "models that outgrow its cache; logits move by about 1% (text may differ from float32).",
        ),
    ] = False,
) -> None:
    """Generate text from a prompt, streamed to stdout as it comes (--json: one document at the end)."""
    import torch

    from plugins.model.generation import Generation, GenerationParams

    if threads > 0:  # one token at a time is a chain of tiny ops: a thread team costs more than it gives
        torch.set_num_threads(threads)
    model, tokenizer = _load(checkpoint)
    if bf16:
        model = model.to(torch.bfloat16)
    stop_ids = [tokenizer.eos_id]
    if chat or system is not None:
        messages = ([{"role": "system", "content": system}] if system is not None else []) + [
            {"role": "user", "content": prompt}
        ]
        prompt_ids = tokenizer.encode_chat(messages, add_generation_prompt=True)
        stop_ids.append(tokenizer.special_ids["<|end|>"])
    else:
        prompt_ids = tokenizer.encode(prompt)
    try:
        params = GenerationParams(
            max_new_tokens=max_new_tokens, temperature=0.0 if greedy else temperature, top_k=top_k, top_p=top_p,
            min_p=min_p, repetition_penalty=repetition_penalty, stop=tuple(stop or ()),
            stop_ids=tuple(i for i in stop_ids if i is not None and i >= 0), seed=seed,
        )  # fmt: skip
        run = Generation(model, tokenizer, prompt_ids, params)
        for piece in run:
            if not json:
                sys.stdout.write(piece)
                sys.stdout.flush()
    except ValueError as exc:
        error(f"error: {exc}")
        raise typer.Exit(EXIT_USAGE) from None
    if json:
        print_json(run.result.to_dict())
    else:
        sys.stdout.write("\n")
