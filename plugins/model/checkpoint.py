"""Checkpoints: one directory per step, written whole or not at all.

``step_000100/`` holds model.safetensors (weights), config.json (model shape + resolved training
settings), trainer.pt (optimizer, scheduler and RNG states, step) and a copy of the tokenizer, so a
checkpoint directory is enough to generate or export. It is written into a temporary directory and
renamed into place (os.replace), so a crash never leaves a half-written checkpoint behind.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import torch

from plugins.model.config import ModelConfig

PREFIX = "step_"
WEIGHTS, CONFIG, TRAINER, TOKENIZER = "model.safetensors", "config.json", "trainer.pt", "tokenizer"


@dataclass
class Checkpoint:
    """A loaded checkpoint: model shape, weights, settings and (when present) trainer state."""

    path: Path
    config: ModelConfig
    settings: dict
    weights: dict[str, torch.Tensor]
    trainer: dict | None

    @property
    def tokenizer_dir(self) -> Path | None:
        copy = self.path / TOKENIZER
        return copy if copy.is_dir() else None


def checkpoint_dirs(run_dir: Path) -> list[Path]:
    """Complete checkpoints of a run, oldest step first."""
    root = Path(run_dir) / "checkpoints"
    found = [p for p in root.glob(f"{PREFIX}*") if p.is_dir() and p.name[len(PREFIX) :].isdigit()]
    return sorted(found, key=lambda p: int(p.name[len(PREFIX) :]))


def model_weights(model: torch.nn.Module) -> dict[str, torch.Tensor]:
    """Contiguous CPU tensors, with a tied output head stored once (safetensors refuses shared storage)."""
    state = {k: v.detach().to("cpu").contiguous() for k, v in model.state_dict().items()}
    if getattr(model.config, "tie_embeddings", False):
        state.pop("lm_head.weight", None)
    return state


def save_checkpoint(
    run_dir: Path,
    step: int,
    config: ModelConfig,
    settings: dict,
    weights: dict[str, torch.Tensor],
    trainer: dict | None = None,
    tokenizer_dir: Path | None = None,
    keep_last: int = 0,
) -> Path:
    """Write checkpoint ``step`` atomically, then delete all but the newest ``keep_last`` (0 keeps all)."""
    from safetensors.torch import save_file

    root = Path(run_dir) / "checkpoints"
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"{PREFIX}{step:06d}"
    staging = root / f".tmp-{final.name}-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    save_file(weights, str(staging / WEIGHTS))
    document = {"model": config.to_dict(), "settings": settings, "step": step}
    (staging / CONFIG).write_text(json.dumps(document, indent=2))
    if trainer is not None:
        torch.save(trainer, staging / TRAINER)
    if tokenizer_dir is not None and Path(tokenizer_dir).is_dir():
        shutil.copytree(tokenizer_dir, staging / TOKENIZER)
    if final.exists():  # same step saved again: move the old one aside first (os.replace needs an empty target)
        old = root / f".old-{final.name}-{os.getpid()}"
        os.replace(final, old)
        os.replace(staging, final)
        shutil.rmtree(old)
    else:
        os.replace(staging, final)
    if keep_last > 0:
        for stale in checkpoint_dirs(run_dir)[:-keep_last]:
            shutil.rmtree(stale)
    return final


def load_checkpoint(path: Path, with_trainer: bool = True) -> Checkpoint:
    """Read a checkpoint directory (or a run directory: its newest checkpoint)."""
    from safetensors.torch import load_file

    path = Path(path)
    if not (path / CONFIG).is_file():
        found = checkpoint_dirs(path)
        if not found:
            raise FileNotFoundError(f"no checkpoint in {path} (expected {CONFIG} or checkpoints/{PREFIX}NNNNNN/)")
        path = found[-1]
    document = json.loads((path / CONFIG).read_text())
    config = ModelConfig.from_dict(document["model"])
    weights = load_file(str(path / WEIGHTS))
    trainer = None
    if with_trainer and (path / TRAINER).is_file():
        trainer = torch.load(path / TRAINER, weights_only=False)
    return Checkpoint(path, config, document["settings"], weights, trainer)


def newest_checkpoint(root: Path = Path("runs")) -> Path | None:
    """The most recently written checkpoint anywhere under ``root``."""
    found = [p.parent for p in Path(root).glob(f"**/checkpoints/{PREFIX}*/{CONFIG}")]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def model_from_checkpoint(checkpoint: Checkpoint, device: str = "cpu"):
    """The model with the checkpoint's weights, in eval mode."""
    from plugins.model.transformer import build_model

    model = build_model(checkpoint.config, device)
    load_weights(model, checkpoint.weights)
    return model.eval()


def load_weights(model: torch.nn.Module, weights: dict[str, torch.Tensor]) -> None:
    """Load saved weights strictly (a tied output head is stored once, as the embedding)."""
    if model.config.tie_embeddings:
        weights = {**weights, "lm_head.weight": weights["embed_tokens.weight"]}
    model.load_state_dict(weights, strict=True)
