"""Text generation with the KV cache: greedy or sampled, stop tokens and strings, streamed or whole.

``Generation`` is the streaming form (iterate it for text pieces as they are decided; ``.result``
when done); ``generate`` runs it to the end. Both serve the CLI now and a server later.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import torch

from plugins.model import ops


@dataclass(frozen=True)
class GenerationParams:
    """How to continue a prompt. temperature 0 is greedy; top_k=0, top_p=1, min_p=0 switch filters off."""

    max_new_tokens: int = 128
    temperature: float = 0.8
    top_k: int = 0
    top_p: float = 0.95
    min_p: float = 0.0
    repetition_penalty: float = 1.0
    stop: tuple[str, ...] = ()  # strings that end the text (not included)
    stop_ids: tuple[int, ...] = ()  # tokens that end the text (not included), e.g. end-of-sequence
    seed: int | None = None

    def __post_init__(self) -> None:
        checks = [
            (self.max_new_tokens >= 0, "max_new_tokens must be >= 0"),
            (self.temperature >= 0, "temperature must be >= 0 (0 is greedy)"),
            (self.top_k >= 0, "top_k must be >= 0 (0 is off)"),
            (0 < self.top_p <= 1, "top_p must be in (0, 1] (1 is off)"),
            (0 <= self.min_p < 1, "min_p must be in [0, 1) (0 is off)"),
            (self.repetition_penalty > 0, "repetition_penalty must be > 0 (1 is off)"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)


@dataclass
class GenerationResult:
    """A finished generation; finish_reason is "stop" (stop token or string) or "length"."""

    text: str
    token_ids: list[int]
    prompt_tokens: int
    finish_reason: str

    @property
    def completion_tokens(self) -> int:
        return len(self.token_ids)

    def usage(self) -> dict:
        return {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "total_tokens": self.prompt_tokens + self.completion_tokens,
        }

    def to_dict(self) -> dict:
        return {"text": self.text, "usage": self.usage(), "finish_reason": self.finish_reason}


@torch.inference_mode()
def decode_tokens(model, prompt_ids: list[int], params: GenerationParams) -> Iterator[int]:
    """Token ids continuing ``prompt_ids`` (batch of one), prefill once then one cached step per token.

    Stops after max_new_tokens, at a stop id (not yielded), or when the context is full.
    """
    context = model.config.context
    if not prompt_ids:
        raise ValueError("the prompt is empty: give at least one token")
    if len(prompt_ids) >= context:
        raise ValueError(f"the prompt has {len(prompt_ids)} tokens; the model's context is {context}")
    device = model.embed_tokens.weight.device
    total = min(context, len(prompt_ids) + params.max_new_tokens)
    cache = model.new_cache(1, total)
    history = torch.zeros(1, total, dtype=torch.int64, device=device)  # prompt + output, for the repetition penalty
    history[0, : len(prompt_ids)] = torch.tensor(prompt_ids)
    generator = torch.Generator(device=device)
    generator.manual_seed(params.seed) if params.seed is not None else generator.seed()
    stop_ids = set(params.stop_ids)
    filled = len(prompt_ids)
    logits = model(history[:, :filled], cache, last_only=True)[:, -1]
    while filled < total:
        token = ops.sample(
            logits, params.temperature, params.top_k, params.top_p, params.min_p,
            params.repetition_penalty, history[:, :filled], generator,
        )  # fmt: skip
        value = int(token)
        if value in stop_ids:
            return
        yield value
        history[0, filled] = value
        filled += 1
        if filled < total:
            logits = model(token, cache)[:, -1]


def held_back(text: str, stops: tuple[str, ...]) -> int:
    """How many trailing characters might still become a stop string (or are a half-decoded character)."""
    hold = max((n for stop in stops for n in range(1, len(stop)) if text.endswith(stop[:n])), default=0)
    return max(hold, 1 if text.endswith("\ufffd") else 0)


@dataclass
class Generation:
    """A generation in progress: iterate for text pieces; ``result`` is set once iteration ends."""

    model: object
    tokenizer: object
    prompt_ids: list[int]
    params: GenerationParams
    result: GenerationResult | None = field(default=None, init=False)

    def __iter__(self) -> Iterator[str]:
        ids: list[int] = []
        emitted, reason = "", "length"
        for token in decode_tokens(self.model, self.prompt_ids, self.params):
            ids.append(token)
            text = self.tokenizer.decode(ids)
            cut = min((i for i in (text.find(s) for s in self.params.stop) if i >= 0), default=-1)
            if cut >= 0:
                text, reason = text[:cut], "stop"  # the tokens stay counted: they were generated
                break
            ready = text[: len(text) - held_back(text, self.params.stop)]
            if len(ready) > len(emitted):
                yield ready[len(emitted) :]
                emitted = ready
        else:
            text = self.tokenizer.decode(ids)
            if len(ids) < self.params.max_new_tokens and len(self.prompt_ids) + len(ids) < self.model.config.context:
                reason = "stop"  # ended on a stop token
        if len(text) > len(emitted):
            yield text[len(emitted) :]
        self.result = GenerationResult(text, ids, len(self.prompt_ids), reason)


def generate(model, tokenizer, prompt_ids: list[int], params: GenerationParams) -> GenerationResult:
    """Run a generation to its end and return the text, token counts and why it stopped."""
    run = Generation(model, tokenizer, prompt_ids, params)
    for _ in run:
        pass
    return run.result
