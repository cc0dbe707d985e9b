"""Perplexity of a model on a token sequence, in sliding windows no longer than the model's context.

Each token after the first is scored exactly once, by the window that first reaches it: windows of
``window`` tokens advance by ``stride``, so every scored token sees at least ``window - stride``
tokens of context (all of them when the text fits in one window).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class Perplexity:
    """Summed negative log-likelihood (nats) over ``tokens`` predicted tokens."""

    nll: float
    tokens: int

    @property
    def value(self) -> float:
        return math.exp(self.nll / self.tokens)


@torch.inference_mode()
def perplexity(model, ids: list[int], window: int | None = None, stride: int | None = None) -> Perplexity:
    """The perplexity of ``ids`` under ``model`` (window: the model's context; stride: half the window)."""
    context = model.config.context
    window = window or context
    if not 2 <= window <= context:
        raise ValueError(f"window must be between 2 and the model's context ({context}), got {window}")
    stride = stride or max(1, window // 2)
    if not 1 <= stride < window:
        raise ValueError(f"stride must be at least 1 and smaller than the window ({window}), got {stride}")
    if len(ids) < 2:
        raise ValueError("the text has fewer than 2 tokens: nothing to predict")
    device = model.embed_tokens.weight.device
    tokens = torch.tensor(ids, dtype=torch.int64, device=device)
    nll, done, begin = 0.0, 1, 0  # ``done``: the next token to score
    while done < len(ids):
        end = min(begin + window, len(ids))
        logits = model(tokens[None, begin : end - 1])[0].float()  # row j predicts token begin + j + 1
        rows = logits[done - begin - 1 :]
        nll += F.cross_entropy(rows, tokens[done:end], reduction="sum").item()
        done, begin = end, begin + stride
    return Perplexity(nll, len(ids) - 1)
