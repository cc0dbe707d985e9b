"""The native routes against a live server: shapes, streaming, stop sequences, seeds, greedy = reference."""

from __future__ import annotations

import concurrent.futures

import httpx

from plugins.model.generation import GenerationParams, generate
from tests.serve.conftest import sse_events


def test_index_lists_every_route(client):
    body = client.get("/").json()
    assert body["name"] == "havoc"
    paths = {r["path"] for r in body["routes"]}
    assert {"/", "/health", "/completion", "/chat", "/v1/models", "/v1/completions", "/v1/chat/completions"} <= paths
    assert {"/metrics", "/openapi.json"} <= paths


def test_health(client):
    body = client.get("/health").json()
    assert body["model"] == "havoc-test" and body["device"] == "cpu"
    assert body["queue_depth"] == 0 and body["uptime_s"] >= 0


def test_completion_whole(client, tokenizer):
    r = client.post("/completion", json={"prompt": "The mean", "max_new_tokens": 12, "seed": 3})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"text", "usage", "finish_reason"}
    usage = body["usage"]
    assert usage["prompt_tokens"] == len(tokenizer.encode("The mean"))
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert body["finish_reason"] in ("stop", "length")
    if body["finish_reason"] == "length":
        assert usage["completion_tokens"] == 12


def test_completion_stream_matches_whole(client):
    request = {"prompt": "A p-value", "max_new_tokens": 16, "seed": 11, "temperature": 1.0}
    whole = client.post("/completion", json=request).json()
    with client.stream("POST", "/completion", json={**request, "stream": True}) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        events = sse_events(r.iter_lines())
    assert "".join(e["text"] for e in events) == whole["text"]
    assert events[-1]["finish_reason"] == whole["finish_reason"]
    assert events[-1]["usage"] == whole["usage"]


def test_chat_whole_and_stream(client, tokenizer):
    messages = [{"role": "system", "content": "Answer briefly."}, {"role": "user", "content": "What is a mean?"}]
    body = client.post("/chat", json={"messages": messages, "max_new_tokens": 10, "seed": 5}).json()
    assert body["message"]["role"] == "assistant"
    assert body["usage"]["prompt_tokens"] == len(tokenizer.encode_chat(messages))
    with client.stream(
        "POST", "/chat", json={"messages": messages, "max_new_tokens": 10, "seed": 5, "stream": True}
    ) as r:
        events = sse_events(r.iter_lines())
    assert "".join(e["message"]["content"] for e in events) == body["message"]["content"]


def test_same_seed_same_text_and_different_seed_differs(client):
    request = {"prompt": "The variance", "max_new_tokens": 24, "temperature": 1.5, "top_p": 1.0}
    a = client.post("/completion", json={**request, "seed": 7}).json()["text"]
    b = client.post("/completion", json={**request, "seed": 7}).json()["text"]
    others = {client.post("/completion", json={**request, "seed": s}).json()["text"] for s in (8, 9, 10)}
    assert a == b
    assert others != {a}


def test_greedy_matches_the_reference_generation(client, model, tokenizer):
    """do_sample=false through the engine gives what plugins.model.generation.generate gives."""
    prompt = "Control charts"
    stop_ids = (tokenizer.eos_id, tokenizer.special_ids["<|end|>"])
    expected = generate(model, tokenizer, tokenizer.encode(prompt), GenerationParams(24, 0.0, stop_ids=stop_ids))
    body = client.post("/completion", json={"prompt": prompt, "max_new_tokens": 24, "do_sample": False}).json()
    assert body["text"] == expected.text
    assert body["usage"]["completion_tokens"] == expected.completion_tokens
    assert body["finish_reason"] == expected.finish_reason


def test_concurrent_requests_batched_give_their_own_answers(base_url, model, tokenizer):
    """Eight greedy requests decoded together each equal their one-at-a-time reference."""
    prompts = ["The mean", "A p-value", "The standard", "Control", "variance is", "three sigma", "data at", "limits"]
    stop_ids = (tokenizer.eos_id, tokenizer.special_ids["<|end|>"])
    params = GenerationParams(20, 0.0, stop_ids=stop_ids)
    expected = [generate(model, tokenizer, tokenizer.encode(p), params).text for p in prompts]

    def ask(prompt: str) -> str:
        body = {"prompt": prompt, "max_new_tokens": 20, "do_sample": False}
        return httpx.post(f"{base_url}/completion", json=body, timeout=30).json()["text"]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        got = list(pool.map(ask, prompts))
    assert got == expected


def test_stop_sequence_cuts_the_text(client):
    request = {"prompt": "The mean of", "max_new_tokens": 30, "do_sample": False}
    full = client.post("/completion", json=request).json()["text"]
    assert len(full) >= 8, full
    stop = full[4:7]
    cut = full[: full.find(stop)]
    body = client.post("/completion", json={**request, "stop_sequences": [stop]}).json()
    assert body["text"] == cut
    assert body["finish_reason"] == "stop"
    with client.stream("POST", "/completion", json={**request, "stop_sequences": stop, "stream": True}) as r:
        events = sse_events(r.iter_lines())
    assert "".join(e["text"] for e in events) == cut
    assert events[-1]["finish_reason"] == "stop"


def test_tiny_temperature_is_greedy(client):
    request = {"prompt": "The mean", "max_new_tokens": 20}
    greedy = client.post("/completion", json={**request, "do_sample": False}).json()["text"]
    assert client.post("/completion", json={**request, "temperature": 1e-30}).json()["text"] == greedy
