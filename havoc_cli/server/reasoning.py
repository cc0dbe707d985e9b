"""``POST /v1/reason``: a question through the reasoning pipeline, its stages streamed as they finish.

With ``stream`` false the body is the document ``havoc reason --json`` prints. With ``stream`` true
(the default) it is server-sent events: ``event: stage`` with each stage's record as it finishes,
``event: result`` with the whole outcome, then ``data: [DONE]``. The pipeline runs in a worker process
(havoc_cli/server/reasoner.py): 429 when every worker is busy, 503 when a question outlives the
time limit.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from havoc_cli.server import schemas
from havoc_cli.server.errors import ApiError, error_body
from havoc_cli.server.reasoner import Busy, TimedOut
from havoc_cli.server.sse import DONE, event, sse_response
from havoc_cli.server.state import ServerState, read_body, server, unless_disconnected


async def reason(request: Request) -> Response:
    """Answer a question with the engines: stages, plan, result, checks and confidence."""
    state = server(request)
    body = await read_body(request, schemas.REASON)
    started = time.perf_counter()
    answers = _ask(state, body)
    if not body["stream"]:
        outcome = await unless_disconnected(request, _last(answers))
        state.metrics.reasoning(outcome["answered"], time.perf_counter() - started)
        return JSONResponse(outcome)
    first = await _first(answers)  # before the headers: a busy server still answers 429

    async def stream() -> AsyncIterator[bytes]:
        kind, payload = first
        try:
            while True:
                yield event(payload, kind)
                if kind == "result":
                    break
                kind, payload = await anext(answers)
        except TimedOut as exc:
            yield event(error_body(503, str(exc)))
        else:
            state.metrics.reasoning(payload["answered"], time.perf_counter() - started)
        yield DONE

    return sse_response(stream())


def _ask(state: ServerState, body: dict) -> AsyncIterator[tuple[str, dict]]:
    return state.reasoner.ask(body["question"], body["plan_only"], state.index_dir)


async def _first(answers: AsyncIterator[tuple[str, dict]]) -> tuple[str, dict]:
    try:
        return await anext(answers)
    except Busy:
        raise _busy() from None
    except TimedOut as exc:
        raise ApiError(503, str(exc)) from None


async def _last(answers: AsyncIterator[tuple[str, dict]]) -> dict:
    kind, payload = await _first(answers)
    try:
        while kind != "result":
            kind, payload = await anext(answers)
    except TimedOut as exc:
        raise ApiError(503, str(exc)) from None
    return payload


def _busy() -> ApiError:
    return ApiError(
        429, "the server is busy: every reasoning worker is answering a question; retry shortly", None,
        {"Retry-After": "1"},
    )  # fmt: skip


reason.body = schemas.REASON
reason.unavailable = {"503": "the question took longer than the reasoning time limit and was stopped"}
