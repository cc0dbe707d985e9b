"""A trained checkpoint ready to answer chat turns: loaded once, replying with the chat template.

Used by the ``ask`` verb and by ``havoc reason --model``; the CLI's ``havoc generate`` keeps its own
streaming loop. Loading raises FileNotFoundError (no checkpoint) or ValueError (no tokenizer) with
what to do; nothing here exits the process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class ChatModel:
    """A model, its tokenizer and where they came from."""

    model: Any
    tokenizer: Any
    path: Path

    @classmethod
    def load(cls, checkpoint: Path | None = None, runs: Path = Path("runs")) -> ChatModel:
        """The checkpoint at ``checkpoint`` (a checkpoint or run directory), default the newest under ``runs``."""
        from plugins.model.checkpoint import load_checkpoint, model_from_checkpoint, newest_checkpoint
        from plugins.model.tokenizer import Tokenizer

        source = checkpoint or newest_checkpoint(runs)
        if source is None:
            raise FileNotFoundError(f"no checkpoint under {runs}/: train one with `havoc train` first")
        loaded = load_checkpoint(source, with_trainer=False)
        if loaded.tokenizer_dir is None:
            raise ValueError(f"checkpoint {loaded.path} has no tokenizer/ directory; it cannot turn text into tokens")
        return cls(model_from_checkpoint(loaded), Tokenizer.load(loaded.tokenizer_dir), loaded.path)

    @property
    def context(self) -> int:
        """The model's context length in tokens."""
        return int(self.model.config.context)

    def prompt_tokens(self, messages: list[dict[str, str]]) -> int:
        """Tokens of ``messages`` in the chat template, the assistant's turn opened."""
        return len(self.tokenizer.encode_chat(messages, add_generation_prompt=True))

    def reply(
        self,
        messages: list[dict[str, str]],
        max_new_tokens: int = 128,
        temperature: float = 0.0,
        seed: int | None = 0,
    ) -> str:
        """The assistant's reply to ``messages`` (greedy at temperature 0), cut at the end of its turn."""
        from plugins.model.generation import GenerationParams, generate

        ids = self.tokenizer.encode_chat(messages, add_generation_prompt=True)
        room = self.model.config.context - len(ids)
        if room < 1:
            raise ValueError(
                f"the prompt has {len(ids)} tokens; the model's context is {self.model.config.context}: shorten it"
            )
        stops = (self.tokenizer.eos_id, self.tokenizer.special_ids.get("<|end|>"))
        params = GenerationParams(
            max_new_tokens=min(max_new_tokens, room),
            temperature=temperature,
            top_p=1.0,
            stop_ids=tuple(i for i in stops if i is not None and i >= 0),
            seed=seed,
        )
        return generate(self.model, self.tokenizer, ids, params).text
