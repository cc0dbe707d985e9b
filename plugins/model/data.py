"""Training data: the corpus encoded once into token arrays, and deterministic batches drawn from them.

The batch of step s depends only on (seed, s), so a resumed run sees exactly the batches an
uninterrupted one would, and N processes each take their slice of the same global batch.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from plugins.api.files import write_atomic

META = "meta.json"


@dataclass(frozen=True)
class TokenData:
    """Where a run's encoded data lives, and what is known about it."""

    directory: Path
    vocab_size: int
    tokenizer_dir: Path | None
    unigram_entropy: float | None  # nats/token of the validation text under the unigram model

    def tokens(self, split: str) -> np.ndarray:
        return np.load(self.directory / f"{split}.npy", mmap_mode="r")


def write_token_data(
    directory: Path,
    train: np.ndarray,
    val: np.ndarray,
    vocab_size: int,
    tokenizer_dir: Path | None = None,
    unigram_entropy: float | None = None,
) -> TokenData:
    """Save encoded splits and their description (meta.json is written last: its presence means complete)."""
    for name, tokens in (("train.npy", train), ("val.npy", val)):
        buffer = io.BytesIO()
        np.save(buffer, np.asarray(tokens, dtype=np.int32))
        write_atomic(directory / name, buffer.getvalue())
    meta = {
        "vocab_size": vocab_size,
        "tokenizer_dir": str(tokenizer_dir) if tokenizer_dir else None,
        "unigram_entropy": unigram_entropy,
        "train_tokens": int(len(train)),
        "val_tokens": int(len(val)),
    }
    write_atomic(directory / META, json.dumps(meta, indent=2))
    return read_token_data(directory)


def read_token_data(directory: Path) -> TokenData | None:
    """The data described by ``directory/meta.json``, or None when it has not been prepared."""
    path = directory / META
    if not path.is_file():
        return None
    meta = json.loads(path.read_text())
    tokenizer_dir = Path(meta["tokenizer_dir"]) if meta.get("tokenizer_dir") else None
    return TokenData(directory, meta["vocab_size"], tokenizer_dir, meta.get("unigram_entropy"))


def _encode_documents(path: Path, tokenizer) -> np.ndarray:
    """Each document's tokens followed by end-of-sequence, so the model learns where a text ends."""
    from plugins.model.corpus import read_documents

    pieces = [np.asarray(tokenizer.encode(doc) + [tokenizer.eos_id], dtype=np.int32) for doc in read_documents(path)]
    return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.int32)


def prepare_default_data(run_dir: Path, settings: dict, log: Callable[[str], None]) -> TokenData:
    """Build the default corpus and a tokenizer in ``run_dir`` (unless already there) and encode both splits."""
    from plugins.model.corpus import build_default_corpus, unigram_entropy
    from plugins.model.tokenizer import Tokenizer, train_tokenizer

    data_dir = run_dir / "data"
    existing = read_token_data(data_dir)
    if existing is not None:
        return existing
    log("building the default corpus ...")
    split = build_default_corpus(run_dir / "corpus", seed=settings["seed"], max_chars=settings["data"]["max_chars"])
    tokenizer_dir = run_dir / "tokenizer"
    if not tokenizer_dir.is_dir():
        log(f"training a {settings['data']['vocab_size']}-token tokenizer ...")
        train_tokenizer([split.train_path], tokenizer_dir, settings["data"]["vocab_size"])
    tokenizer = Tokenizer.load(tokenizer_dir)
    chars = split.stats.get("characters", {}).get("train", "?")
    log(f"encoding the corpus ({chars:,} characters of training text) ...")
    train = _encode_documents(split.train_path, tokenizer)
    val = _encode_documents(split.val_path, tokenizer)
    entropy = float(unigram_entropy(split.val_path, tokenizer))
    return write_token_data(data_dir, train, val, tokenizer.vocab_size, tokenizer_dir.resolve(), entropy)


def _windows(tokens: np.ndarray, starts: torch.Tensor, seq_len: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Inputs and next-token targets (B, seq_len) for windows starting at ``starts``."""
    rows = np.stack([np.asarray(tokens[s : s + seq_len + 1]) for s in starts.tolist()])
    block = torch.from_numpy(rows.astype(np.int64))
    return block[:, :-1], block[:, 1:]


def train_batch(
    tokens: np.ndarray,
    seed: int,
    step: int,
    batch_size: int,
    seq_len: int,
    micro: int,
    n_micro: int,
    rank: int,
    world: int,
) -> tuple[torch.Tensor, torch.Tensor]:
    """This process's share of micro-batch ``micro`` of step ``step``: random windows, fixed by (seed, step)."""
    generator = torch.Generator().manual_seed(seed * 1_000_003 + step)
    starts = torch.randint(0, len(tokens) - seq_len - 1, (batch_size,), generator=generator)
    share = batch_size // (n_micro * world)
    first = (micro * world + rank) * share
    return _windows(tokens, starts[first : first + share], seq_len)


def val_batches(tokens: np.ndarray, n_batches: int, batch_size: int, seq_len: int, rank: int, world: int):
    """The same evenly spaced validation windows every time, dealt out evenly to the processes."""
    available = len(tokens) - seq_len - 1
    count = max(1, min(n_batches * batch_size, available // seq_len))
    count = max(world, count - count % world)  # the same number for every process (sharded models run in step)
    starts = torch.linspace(0, available, count).long()
    share = starts[rank::world]
    for first in range(0, len(share), batch_size):
        yield _windows(tokens, share[first : first + batch_size], seq_len)
