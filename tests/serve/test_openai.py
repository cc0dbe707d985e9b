"""The official ``openai`` client, unchanged, against /v1: completions and chat, whole and streamed."""

from __future__ import annotations

import math

import pytest
from openai import OpenAI

from tests.serve.conftest import sse_events


@pytest.fixture(scope="module")
def oai(base_url) -> OpenAI:
    return OpenAI(base_url=f"{base_url}/v1", api_key="unused", max_retries=0)


MESSAGES = [{"role": "user", "content": "What is a p-value?"}]


def test_models(oai):
    models = oai.models.list()
    assert [m.id for m in models.data] == ["havoc-test"]


def test_completion(oai):
    out = oai.completions.create(model="havoc-test", prompt="The mean", max_tokens=8, seed=1)
    assert out.object == "text_completion" and len(out.choices) == 1
    assert out.choices[0].finish_reason in ("stop", "length")
    assert out.usage.total_tokens == out.usage.prompt_tokens + out.usage.completion_tokens


def test_completion_stream_equals_whole(oai):
    kwargs = dict(model="havoc-test", prompt="The variance", max_tokens=12, seed=4, temperature=1.0)
    whole = oai.completions.create(**kwargs).choices[0]
    chunks = list(oai.completions.create(**kwargs, stream=True, stream_options={"include_usage": True}))
    assert len({c.id for c in chunks}) == 1
    assert "".join(c.choices[0].text for c in chunks if c.choices) == whole.text
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == whole.finish_reason
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens > 0


def test_chat(oai):
    out = oai.chat.completions.create(model="havoc-test", messages=MESSAGES, max_tokens=10, seed=2)
    choice = out.choices[0]
    assert out.object == "chat.completion"
    assert choice.message.role == "assistant" and isinstance(choice.message.content, str)
    assert out.usage.completion_tokens <= 10


def test_chat_stream_format(oai):
    kwargs = dict(model="havoc-test", messages=MESSAGES, max_tokens=10, seed=2)
    whole = oai.chat.completions.create(**kwargs).choices[0]
    chunks = list(oai.chat.completions.create(**kwargs, stream=True, stream_options={"include_usage": True}))
    assert len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    content = [c for c in chunks if c.choices]
    assert "".join(c.choices[0].delta.content or "" for c in content) == whole.message.content
    assert content[-1].choices[0].finish_reason == whole.finish_reason
    assert all(c.choices[0].finish_reason is None for c in content[:-1])
    assert chunks[-1].usage.prompt_tokens > 0


def test_n_choices_and_stop_list(oai):
    out = oai.chat.completions.create(model="m", messages=MESSAGES, max_tokens=8, n=3, seed=9, temperature=1.2)
    assert [c.index for c in out.choices] == [0, 1, 2]
    greedy = oai.completions.create(model="m", prompt="The mean of", max_tokens=30, temperature=0).choices[0].text
    stop = greedy[4:7]
    cut = oai.completions.create(model="m", prompt="The mean of", max_tokens=30, temperature=0, stop=[stop, "zzz"])
    assert cut.choices[0].text == greedy[: greedy.find(stop)] and cut.choices[0].finish_reason == "stop"


def test_same_seed_same_text(oai):
    kwargs = dict(model="m", messages=MESSAGES, max_tokens=16, temperature=1.5, seed=123)
    a = oai.chat.completions.create(**kwargs).choices[0].message.content
    b = oai.chat.completions.create(**kwargs).choices[0].message.content
    assert a == b


def test_chat_logprobs_whole_and_streamed(oai):
    kwargs = dict(model="m", messages=MESSAGES, max_tokens=6, logprobs=True, top_logprobs=3, temperature=0)
    out = oai.chat.completions.create(**kwargs).choices[0]
    entries = out.logprobs.content
    assert "".join(e.token for e in entries) == out.message.content
    for e in entries:
        assert len(e.top_logprobs) == 3 and e.logprob <= 0
        assert math.isclose(e.top_logprobs[0].logprob, e.logprob, abs_tol=1e-5)  # greedy takes the top token
        assert sum(math.exp(t.logprob) for t in e.top_logprobs) <= 1 + 1e-5
    streamed = [c for c in oai.chat.completions.create(**kwargs, stream=True) if c.choices and c.choices[0].logprobs]
    assert [e.token for c in streamed for e in c.choices[0].logprobs.content] == [e.token for e in entries]


def test_completion_logprobs(oai):
    out = oai.completions.create(model="m", prompt="The mean", max_tokens=5, logprobs=2, temperature=0).choices[0]
    lp = out.logprobs
    assert len(lp.tokens) == len(lp.token_logprobs) == len(lp.top_logprobs) == len(lp.text_offset)
    assert all(len(top) <= 2 for top in lp.top_logprobs)
    assert lp.text_offset[0] == len("The mean")


def test_penalties_change_greedy_text(oai):
    base = dict(model="m", prompt="The mean", max_tokens=30, temperature=0)
    plain = oai.completions.create(**base).choices[0].text
    penalised = oai.completions.create(**base, frequency_penalty=2.0, presence_penalty=2.0).choices[0].text
    assert plain != penalised


def test_plain_http_stream_ends_with_done(client):
    body = {"model": "m", "prompt": "The", "max_tokens": 4, "stream": True}
    with client.stream("POST", "/v1/completions", json=body) as r:
        events = sse_events(r.iter_lines())
    assert all(e["object"] == "text_completion" for e in events)
