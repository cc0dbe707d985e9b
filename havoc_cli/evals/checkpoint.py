"""The model an lm or generate suite runs: --checkpoint, else the suite's ``checkpoint``, else the newest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from havoc_cli.evals.errors import EvalUsageError
from havoc_cli.evals.options import Options
from havoc_cli.evals.suite import Suite


@dataclass
class LoadedModel:
    """A checkpoint's model (eval mode, CPU) and tokenizer."""

    path: Path
    model: Any
    tokenizer: Any


def load_model(suite: Suite, options: Options) -> LoadedModel:
    """Load the suite's model, or raise EvalUsageError saying how to name one."""
    from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint, newest_checkpoint
    from plugins.model.tokenizer import Tokenizer

    named = suite.settings.get("checkpoint")
    source = options.checkpoint or (suite.base / named if named else None) or newest_checkpoint()
    if source is None:
        raise EvalUsageError(
            f"suite {suite.name}: no checkpoint under runs/", "train one with `havoc train`, or pass --checkpoint DIR"
        )
    try:
        checkpoint = load_checkpoint(source, with_trainer=False)
    except FileNotFoundError as exc:
        raise EvalUsageError(
            f"suite {suite.name}: {exc}", "pass --checkpoint with a checkpoint or run directory"
        ) from None
    if checkpoint.tokenizer_dir is None:
        raise EvalUsageError(
            f"checkpoint {checkpoint.path} has no tokenizer/ directory", "use a checkpoint saved by `havoc train`"
        )
    return LoadedModel(checkpoint.path, model_from_checkpoint(checkpoint), Tokenizer.load(checkpoint.tokenizer_dir))
