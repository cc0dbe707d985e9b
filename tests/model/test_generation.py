"""Generation: greedy equals argmax of the full forward, seeds, stop strings and tokens, streaming."""

from __future__ import annotations

import pytest
import torch

from plugins.model.generation import Generation, GenerationParams, decode_tokens, generate
from plugins.model.transformer import build_model
from tests.model.conftest import ByteTokenizer, micro_config


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return build_model(micro_config()).eval()


PROMPT = list(b"the mean")


def test_greedy_decoding_follows_the_full_forward_argmax(model):
    ids = list(decode_tokens(model, PROMPT, GenerationParams(max_new_tokens=12, temperature=0)))
    assert len(ids) == 12
    sequence = list(PROMPT)
    with torch.no_grad():
        for token in ids:
            assert token == int(model(torch.tensor([sequence]))[0, -1].argmax())
            sequence.append(token)


def test_same_seed_same_tokens_different_seed_differs(model):
    def run(seed):
        return list(
            decode_tokens(model, PROMPT, GenerationParams(max_new_tokens=20, temperature=1.5, top_p=1.0, seed=seed))
        )

    assert run(5) == run(5)
    assert run(5) != run(6)


def test_stop_token_and_length_finish_reasons(model):
    tokenizer = ByteTokenizer()
    greedy = list(decode_tokens(model, PROMPT, GenerationParams(max_new_tokens=6, temperature=0)))
    result = generate(model, tokenizer, PROMPT, GenerationParams(max_new_tokens=6, temperature=0))
    assert result.finish_reason == "length" and result.token_ids == greedy
    assert result.usage() == {"prompt_tokens": len(PROMPT), "completion_tokens": 6, "total_tokens": len(PROMPT) + 6}
    stopped = generate(
        model, tokenizer, PROMPT, GenerationParams(max_new_tokens=6, temperature=0, stop_ids=(greedy[3],))
    )
    assert stopped.finish_reason == "stop" and stopped.token_ids == greedy[: greedy.index(greedy[3])]


class LetterTokenizer(ByteTokenizer):
    """Decodes ids 0..25 as letters, so a stop string can be placed in a known output."""

    def decode(self, ids):
        return "".join(chr(97 + i % 26) for i in ids)


class Scripted(torch.nn.Module):
    """A model whose greedy output is 0, 1, 2, ... (logits peak at the cache length minus the prompt)."""

    def __init__(self):
        super().__init__()
        self.config = micro_config(vocab_size=26)
        self.embed_tokens = torch.nn.Embedding(26, 4)

    def new_cache(self, batch, max_len):
        from plugins.model.transformer import KVCache

        return KVCache(self.config, batch, max_len)

    def forward(self, idx, cache, last_only=False):
        cache.lengths += idx.shape[1]
        logits = torch.zeros(idx.shape[0], 1, 26)
        logits[:, :, int(cache.lengths[0]) - 2] = 1.0  # prompt of 2 tokens: first output is 0
        return logits


def test_stop_string_ends_the_text_and_streaming_matches_the_result():
    params = GenerationParams(max_new_tokens=10, temperature=0, stop=("def",))
    run = Generation(Scripted(), LetterTokenizer(), [0, 0], params)
    pieces = list(run)
    assert run.result.text == "abc" and "".join(pieces) == "abc"
    assert run.result.finish_reason == "stop" and run.result.completion_tokens == 6
    whole = Generation(Scripted(), LetterTokenizer(), [0, 0], GenerationParams(max_new_tokens=5, temperature=0))
    assert list(whole) == ["a", "b", "c", "d", "e"] and whole.result.finish_reason == "length"


def test_bad_parameters_and_prompts_are_rejected(model):
    with pytest.raises(ValueError, match="top_p"):
        GenerationParams(top_p=0)
    with pytest.raises(ValueError, match="context"):
        list(decode_tokens(model, [1] * 64, GenerationParams()))
