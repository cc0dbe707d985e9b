"""POST /v1/reason and /v1/retrieve against a live server: shapes, SSE order, errors, limits, metrics."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from havoc_cli.reason.pipeline import reason
from havoc_cli.server.reasoner import Reasoner
from tests.serve.conftest import running_server
from tests.serve.test_errors import assert_error

QUESTION = "is there a difference between 12.1 11.8 12.4 and 12.6 12.3 12.9?"
STAGES = ["mode", "ground", "plan", "execute", "argue", "arbiter", "audit", "answer"]


def _untimed(outcome: dict) -> dict:
    stages = [{k: v for k, v in stage.items() if k != "seconds"} for stage in outcome["stages"]]
    return {**outcome, "stages": stages}


def _events(text: str) -> list[tuple[str | None, str]]:
    """(event name, data) of each SSE event, in order."""
    out = []
    for block in text.strip().split("\n\n"):
        name = next((line[len("event: ") :] for line in block.splitlines() if line.startswith("event: ")), None)
        data = "\n".join(line[len("data: ") :] for line in block.splitlines() if line.startswith("data: "))
        out.append((name, data))
    return out


def test_reason_without_streaming_is_the_cli_document(client, index_dir):
    from havoc_cli.reason.pipeline import Settings

    response = client.post("/v1/reason", json={"question": QUESTION, "stream": False})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    doc = response.json()
    assert [s["name"] for s in doc["stages"]] == STAGES
    assert _untimed(doc) == _untimed(reason(QUESTION, Settings(index_dir=index_dir)).to_dict())
    assert doc["answered"] and doc["result"]["test"].startswith("Welch") and doc["confidence"] > 0.5


def test_reason_streams_each_stage_then_the_result(client):
    with client.stream("POST", "/v1/reason", json={"question": QUESTION}) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        events = _events(response.read().decode())
    names = [name for name, _ in events]
    assert names == ["stage"] * len(STAGES) + ["result", None]
    assert [json.loads(data)["name"] for _, data in events[: len(STAGES)]] == STAGES
    assert events[-1][1] == "[DONE]"
    result = json.loads(events[-2][1])
    assert [s["name"] for s in result["stages"]] == STAGES
    assert [json.loads(data) for _, data in events[: len(STAGES)]] == result["stages"]
    assert result["answered"] and result["plan"].startswith("let a = [12.1, 11.8, 12.4]")


def test_plan_only_and_unanswerable_questions(client):
    doc = client.post("/v1/reason", json={"question": "design a 2^(5-1) fractional factorial", "stream": False,
                                          "plan_only": True}).json()  # fmt: skip
    assert doc["answered"] and doc["answer"] == "plan only (not run)" and "design fractional_factorial" in doc["plan"]
    assert [s["name"] for s in doc["stages"]] == ["mode", "ground", "plan"]
    doc = client.post("/v1/reason", json={"question": "hello there", "stream": False}).json()
    assert not doc["answered"] and doc["mode"] is None and "could not classify" in doc["answer"]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({}, "question"),
        ({"question": ""}, "question"),
        ({"question": 3}, "question"),
        ({"question": "x" * 2001}, "question"),
        ({"question": "derivative of x^2", "stream": "yes"}, "stream"),
        ({"question": "derivative of x^2", "plan_only": 1}, "plan_only"),
        ({"question": "derivative of x^2", "model": "big"}, "model"),
    ],
)
def test_reason_bad_bodies_are_422(client, body, param):
    assert_error(client.post("/v1/reason", json=body), 422, param)


def test_retrieve_ranks_the_index(client, index_dir):
    response = client.post("/v1/retrieve", json={"query": "exponentially weighted moving average", "k": 2})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert set(doc) == {"object", "index", "data"} and doc["object"] == "list" and doc["index"] == str(index_dir)
    assert 1 <= len(doc["data"]) <= 2
    top = doc["data"][0]
    assert set(top) == {"chunk_id", "source", "heading", "start_line", "end_line", "text", "score"}
    assert top["source"].endswith("charts.md") and "EWMA" in top["heading"]
    lexical = client.post("/v1/retrieve", json={"query": "Cpk specification limit", "k": 1, "method": "lexical"})
    assert lexical.json()["data"][0]["source"].endswith("capability.md")


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({}, "query"),
        ({"query": "cpk", "k": 0}, "k"),
        ({"query": "cpk", "k": 101}, "k"),
        ({"query": "cpk", "method": "semantic"}, "method"),
        ({"query": "   "}, "query"),
    ],
)
def test_retrieve_bad_bodies_are_422(client, body, param):
    assert_error(client.post("/v1/retrieve", json=body), 422, param)


def test_retrieve_without_an_index_is_503(slow_url):
    error = assert_error(httpx.post(f"{slow_url}/v1/retrieve", json={"query": "cpk"}), 503)
    assert "--index DIR" in error["message"]


def test_metrics_count_reasoning_and_retrieval(client):
    client.post("/v1/reason", json={"question": "derivative of x^2", "stream": False})
    client.post("/v1/retrieve", json={"query": "cpk"})
    text = client.get("/metrics").text
    assert 'havoc_requests_total{method="POST",route="/v1/reason",status="200"}' in text
    assert 'havoc_requests_total{method="POST",route="/v1/retrieve",status="200"}' in text
    assert 'havoc_reason_questions_total{answered="true"}' in text
    assert "havoc_retrieve_seconds_count" in text


def test_routes_are_in_the_openapi_document(client):
    paths = client.get("/openapi.json").json()["paths"]
    reason_body = paths["/v1/reason"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert reason_body["required"] == ["question"] and reason_body["properties"]["stream"]["default"] is True
    retrieve = paths["/v1/retrieve"]["post"]
    schema = retrieve["requestBody"]["content"]["application/json"]["schema"]
    assert schema["properties"]["method"]["anyOf"][0]["enum"] == ["dense", "lexical", "hybrid"]
    assert "503" in retrieve["responses"]


def sleepy(conn) -> None:
    """A stand-in worker: reports one stage, sleeps ``question`` seconds, then sends an outcome."""
    while True:
        question, _plan_only, _index = conn.recv()
        conn.send(("stage", {"name": "mode", "seconds": float(question)}))
        time.sleep(float(question))
        conn.send(("result", {"question": question, "answered": True}))


def test_every_reasoning_worker_busy_is_429(model, tokenizer):
    states: list = []
    with running_server(model, tokenizer, state_out=states) as url:
        states[0].reasoner = Reasoner(workers=1, worker_main=sleepy)
        slow = threading.Thread(target=httpx.post, args=(f"{url}/v1/reason",), kwargs={"json": {"question": "3"},
                                                                                       "timeout": 30})  # fmt: skip
        slow.start()
        time.sleep(1.5)  # the worker has started and holds the question
        error = assert_error(httpx.post(f"{url}/v1/reason", json={"question": "0"}), 429)
        assert "every reasoning worker" in error["message"]
        slow.join(30)
        ok = httpx.post(f"{url}/v1/reason", json={"question": "0", "stream": False}, timeout=30)
        assert ok.status_code == 200 and ok.json() == {"question": "0", "answered": True}


def test_a_question_past_the_time_limit_is_stopped(model, tokenizer):
    states: list = []
    with running_server(model, tokenizer, state_out=states) as url:
        states[0].reasoner = Reasoner(workers=1, timeout=6.0, worker_main=sleepy)
        error = assert_error(httpx.post(f"{url}/v1/reason", json={"question": "30", "stream": False}, timeout=30), 503)
        assert "longer than 6 s" in error["message"]
        with httpx.stream("POST", f"{url}/v1/reason", json={"question": "30"}, timeout=30) as response:
            events = _events(response.read().decode())  # headers went out with the first stage
        assert [name for name, _ in events] == ["stage", None, None]
        assert json.loads(events[1][1])["error"]["message"].startswith("the question took longer")
        assert events[-1][1] == "[DONE]"
        ok = httpx.post(f"{url}/v1/reason", json={"question": "0", "stream": False}, timeout=30)  # a fresh worker
        assert ok.status_code == 200


def test_the_time_limit_counts_from_when_a_fresh_worker_is_up(model, tokenizer):
    states: list = []
    with running_server(model, tokenizer, state_out=states) as url:
        states[0].reasoner = Reasoner(workers=1, timeout=0.5, worker_main=sleepy)  # a spawn takes longer
        ok = httpx.post(f"{url}/v1/reason", json={"question": "0", "stream": False}, timeout=30)
        assert ok.status_code == 200 and ok.json() == {"question": "0", "answered": True}


def test_the_worker_process_runs_the_real_pipeline():
    import asyncio

    async def collect():
        reasoner = Reasoner(workers=1)
        try:
            return [item async for item in reasoner.ask("derivative of x^3", False, None)]
        finally:
            reasoner.close()

    items = asyncio.run(collect())
    assert [kind for kind, _ in items] == ["stage"] * len(STAGES) + ["result"]
    assert items[-1][1]["result"] == "3*x**2" and [r["name"] for _, r in items[:-1]] == STAGES
