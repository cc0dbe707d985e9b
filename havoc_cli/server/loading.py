"""The model and tokenizer a server starts with: a checkpoint, or random weights over a trained tokenizer."""

from __future__ import annotations

import sys
from pathlib import Path

import torch

from havoc_cli.server.engine import Engine
from havoc_cli.server.state import ServerState


class LoadError(Exception):
    """Nothing servable: the message says what to do."""


def newest_tokenizer(root: Path = Path("runs")) -> Path | None:
    """The most recently trained tokenizer directory under ``root`` (run or checkpoint copy)."""
    found = [p.parent for p in Path(root).glob("**/tokenizer/tokenizer.model")]
    return max(found, key=lambda p: p.stat().st_mtime, default=None)


def serving_index(index: Path | None) -> Path | None:
    """The index to serve: ``index`` (LoadError when it holds none), else the default folder when it holds one."""
    from plugins.retrieval.store import MANIFEST, IndexCorrupt, IndexMissing, default_index_dir, read_manifest

    if index is None:
        index = default_index_dir()
        if not (index / MANIFEST).is_file():
            return None
    try:
        read_manifest(index)
    except (IndexMissing, IndexCorrupt) as exc:
        raise LoadError(f"--index: {exc}") from None
    return index.resolve()


def load_state(
    checkpoint: Path | None,
    max_batch: int,
    max_queue: int,
    max_body: int,
    runs: Path = Path("runs"),
    index_dir: Path | None = None,
) -> ServerState:
    """A ServerState ready to serve. With no checkpoint given, the newest under ``runs``; with none there,
    a random-weight ``tiny`` model (said on stderr) over the newest tokenizer; no tokenizer: LoadError."""
    from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint, newest_checkpoint
    from plugins.model.config import load_model_config
    from plugins.model.tokenizer import Tokenizer, TokenizerError
    from plugins.model.transformer import build_model

    device = "cuda" if torch.cuda.is_available() else "cpu"
    source = checkpoint or newest_checkpoint(runs)
    try:
        if source is not None:
            loaded = load_checkpoint(source, with_trainer=False)
            if loaded.tokenizer_dir is None:
                raise LoadError(
                    f"checkpoint {loaded.path} has no tokenizer/ directory; it cannot turn text into tokens"
                )
            tokenizer = Tokenizer.load(loaded.tokenizer_dir)
            model = model_from_checkpoint(loaded, device)
            name = f"havoc-{loaded.path.parent.parent.name}-{loaded.path.name}"
        else:
            tokenizer_dir = newest_tokenizer(runs)
            if tokenizer_dir is None:
                raise LoadError(
                    "no checkpoint and no tokenizer under runs/; run `havoc train` first (or pass --checkpoint DIR)"
                )
            tokenizer = Tokenizer.load(tokenizer_dir)
            config = load_model_config("tiny")
            config = type(config).from_dict({**config.to_dict(), "vocab_size": tokenizer.vocab_size})
            model = build_model(config, device).eval()
            name = "havoc-tiny-random"
            sys.stderr.write(
                f"warning: no checkpoint under {runs}/: serving a tiny model with RANDOM weights "
                f"(tokenizer {tokenizer_dir}); its text is noise. Train one with `havoc train`.\n"
            )
    except (FileNotFoundError, TokenizerError) as exc:
        raise LoadError(str(exc)) from None
    engine = Engine(model, tokenizer, max_batch, max_queue)
    return ServerState(engine, tokenizer, name, device, max_body, index_dir=index_dir)
