"""Errors in one JSON shape; auth; limits; the queue bound; disconnects; metrics; the OpenAPI document."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.serve.conftest import API_KEY


def assert_error(response: httpx.Response, status: int, param: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"type", "message", "param"} and error["message"]
    assert error["param"] == param
    return error


def test_unknown_route_and_method(client):
    assert_error(client.get("/nowhere"), 404)
    assert_error(client.put("/chat"), 405)
    assert_error(client.get("/v1/completions"), 405)


def test_malformed_json_is_400(client):
    assert_error(client.post("/completion", content=b"{not json"), 400)


@pytest.mark.parametrize(
    ("route", "body", "param"),
    [
        ("/completion", {}, "prompt"),
        ("/completion", {"prompt": 3}, "prompt"),
        ("/completion", {"prompt": "x", "max_new_tokens": 0}, "max_new_tokens"),
        ("/completion", {"prompt": "x", "temperature": -1}, "temperature"),
        ("/completion", {"prompt": "x", "top_p": 1.5}, "top_p"),
        ("/completion", {"prompt": "x", "do_sample": "yes"}, "do_sample"),
        ("/completion", {"prompt": "x", "seed": True}, "seed"),
        ("/completion", {"prompt": "x", "colour": "red"}, "colour"),
        ("/chat", {"messages": [{"role": "robot", "content": "hi"}]}, "messages"),
        ("/chat", {"messages": "hi"}, "messages"),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}], "n": 0}, "n"),
        ("/v1/chat/completions", {"messages": [{"role": "user", "content": "x"}], "top_logprobs": 2}, "top_logprobs"),
        ("/v1/completions", {"prompt": "x", "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ("/v1/completions", {"prompt": "x", "logprobs": 9}, "logprobs"),
        ("/v1/completions", {"prompt": "x " * 300}, "prompt"),  # longer than the model's context
        ("/v1/completions", [1, 2], None),
    ],
)
def test_wrong_fields_are_422_naming_the_field(client, route, body, param):
    assert_error(client.post(route, json=body), 422, param)


def test_auth(auth_url):
    assert_error(httpx.get(f"{auth_url}/v1/models"), 401)
    assert_error(httpx.get(f"{auth_url}/v1/models", headers={"Authorization": "Bearer wrong"}), 401)
    assert httpx.get(f"{auth_url}/v1/models", headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200
    assert httpx.get(f"{auth_url}/health").status_code == 200  # open for load balancers


def test_body_limit_is_413(auth_url):
    headers = {"Authorization": f"Bearer {API_KEY}"}
    big = {"prompt": "x" * 4000}
    assert_error(httpx.post(f"{auth_url}/completion", json=big, headers=headers), 413)

    def chunks():  # no Content-Length: the limit holds while streaming the body in
        for _ in range(8):
            yield b" " * 1000

    assert_error(httpx.post(f"{auth_url}/completion", content=chunks(), headers=headers), 413)


def _wait(predicate, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def test_full_queue_is_429_and_a_disconnect_frees_the_row(slow_url):
    """One row, no queue: a running stream makes the next request 429; dropping the stream frees the row."""
    long = {"prompt": "The mean", "max_new_tokens": 100, "stream": True}
    with httpx.Client(base_url=slow_url, timeout=30) as c:
        with c.stream("POST", "/completion", json=long) as stream:
            lines = stream.iter_lines()  # kept: a dropped line iterator closes the response
            assert next(lines).startswith("data: ")  # generating now (100 tokens x 30 ms would take 3 s)
            busy = c.post("/completion", json={"prompt": "x", "max_new_tokens": 2})
            assert_error(busy, 429)
            assert int(busy.headers["Retry-After"]) >= 1
            started = time.monotonic()
        assert _wait(lambda: c.get("/health").json()["active"] == 0)
        assert time.monotonic() - started < 2.0  # freed well before the 100 tokens would have been done
        assert c.get("/health").json()["queue_depth"] == 0
        assert c.post("/completion", json={"prompt": "x", "max_new_tokens": 2}).status_code == 200


def _metric(text: str, name: str) -> float:
    return float(next(line.split()[-1] for line in text.splitlines() if line.startswith(name + " ")))


def test_metrics_lines(client, tokenizer):
    before = client.get("/metrics").text
    body = client.post("/completion", json={"prompt": "The mean", "max_new_tokens": 3}).json()
    client.get("/nowhere")
    text = client.get("/metrics").text
    assert 'havoc_requests_total{method="POST",route="/completion",status="200"}' in text
    assert 'route="unmatched",status="404"' in text
    grew = {
        name: _metric(text, name) - _metric(before, name)
        for name in (
            "havoc_prompt_tokens_total",
            "havoc_completion_tokens_total",
            "havoc_request_latency_seconds_count",
            "havoc_time_to_first_token_seconds_count",
        )
    }
    assert grew["havoc_prompt_tokens_total"] == len(tokenizer.encode("The mean"))
    assert grew["havoc_completion_tokens_total"] == body["usage"]["completion_tokens"]
    assert grew["havoc_request_latency_seconds_count"] == 1
    assert grew["havoc_time_to_first_token_seconds_count"] == (1 if body["text"] else 0)
    for name in ("havoc_time_to_first_token_seconds_bucket", "havoc_queue_depth", "havoc_batch_size"):
        assert name in text


def test_openapi_describes_every_route_with_the_validator_fields(client):
    from havoc_cli.server import schemas
    from havoc_cli.server.app import ROUTES

    doc = client.get("/openapi.json").json()
    assert set(doc["paths"]) == {r.path for r in ROUTES}
    chat = doc["paths"]["/v1/chat/completions"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert set(chat["properties"]) == {f.name for f in schemas.OPENAI_CHAT}
    assert chat["required"] == ["messages"]


def test_concurrent_streams_all_finish(base_url):
    """More clients than batch rows: the queue holds the rest, every stream ends with [DONE]."""
    results = []

    def stream(i: int) -> None:
        body = {"prompt": f"The mean {i}", "max_new_tokens": 10, "stream": True, "seed": i}
        with httpx.stream("POST", f"{base_url}/completion", json=body, timeout=30) as r:
            results.append((r.status_code, list(r.iter_lines())[-2]))

    threads = [threading.Thread(target=stream, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [(200, "data: [DONE]")] * 20


class BrokenModel:
    """Prefill works, every decode step raises: an internal fault in the middle of a generation."""

    def __init__(self, model) -> None:
        self._model = model

    def __getattr__(self, name):
        return getattr(self._model, name)

    def __call__(self, idx, cache, last_only=False):
        if idx.shape[1] == 1:
            raise RuntimeError("secret internal detail")
        return self._model(idx, cache, last_only=last_only)


def test_internal_fault_is_500_without_internals(model, tokenizer, caplog):
    from tests.serve.conftest import running_server

    with running_server(BrokenModel(model), tokenizer) as url, httpx.Client(base_url=url, timeout=30) as c:
        # seeded so that the first token sampled is not the end of text, which would finish before the faulty step
        body = {"prompt": "The mean", "max_new_tokens": 5, "seed": 1}
        error = assert_error(c.post("/completion", json=body), 500)
        assert "secret" not in error["message"]
        openai = {"prompt": "The mean", "max_tokens": 5, "stream": True, "seed": 1}
        with c.stream("POST", "/v1/completions", json=openai) as r:
            lines = [line for line in r.iter_lines() if line]
        assert '"server_error"' in lines[-2] and lines[-1] == "data: [DONE]"
        assert "secret" not in "".join(lines)
        assert c.get("/health").json()["active"] == 0
    assert "secret internal detail" in caplog.text  # logged server-side


def test_whole_request_client_gone_frees_the_row(slow_url):
    """A non-streamed request whose client times out stops generating at once."""
    with httpx.Client(base_url=slow_url, timeout=30) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.post("/completion", json={"prompt": "The mean", "max_new_tokens": 100}, timeout=0.3)
        gone = time.monotonic()
        assert _wait(lambda: c.get("/health").json()["active"] == 0)
        assert time.monotonic() - gone < 2.0  # 100 tokens at 30 ms each would need 3 s
        assert c.post("/completion", json={"prompt": "x", "max_new_tokens": 2}).status_code == 200
        assert 'status="499"' in c.get("/metrics").text


def test_back_to_back_requests_on_one_row_never_429(slow_url):
    """A request sent the moment the previous one answered is not refused (its row counts as free)."""
    with httpx.Client(base_url=slow_url, timeout=30) as c:
        statuses = [c.post("/completion", json={"prompt": "x", "max_new_tokens": 2}).status_code for _ in range(6)]
    assert statuses == [200] * 6
