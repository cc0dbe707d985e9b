"""The native API: ``GET /``, ``GET /health``, ``POST /completion``, ``POST /chat``, ``GET /metrics``."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from havoc_cli import __version__
from havoc_cli.server import schemas
from havoc_cli.server.engine import Delta, Sampling, nucleus
from havoc_cli.server.sse import DONE, event, sse_response
from havoc_cli.server.state import (
    ServerState,
    collect,
    encode_messages,
    events,
    read_body,
    server,
    submit,
    unless_disconnected,
    usage,
)


async def index(request: Request) -> JSONResponse:
    """Name, version and the routes of this server."""
    routes = [{"path": r.path, "methods": sorted(r.methods - {"HEAD"})} for r in request.app.routes]
    return JSONResponse({"name": "havoc", "version": __version__, "routes": routes})


async def health(request: Request) -> JSONResponse:
    """Model, device, uptime and queue depth (open even when an API key is set)."""
    state = server(request)
    return JSONResponse(
        {
            "status": "ok",
            "model": state.model_name,
            "device": state.device,
            "uptime_s": round(time.time() - state.started, 3),
            "queue_depth": state.engine.queue_depth,
            "active": state.engine.active,
            "max_batch": state.engine.max_batch,
        }
    )


async def metrics(request: Request) -> PlainTextResponse:
    """Prometheus text: requests, tokens, time to first token, latency, queue depth, batch size."""
    state = server(request)
    text = state.metrics.render(state.engine.queue_depth, state.engine.batch_size)
    return PlainTextResponse(text, media_type="text/plain; version=0.0.4")


def native_sampling(state: ServerState, body: dict) -> Sampling:
    return Sampling(
        max_new_tokens=body["max_new_tokens"],
        temperature=body["temperature"] if body["do_sample"] else 0.0,
        top_k=body["top_k"],
        top_p=nucleus(body["top_p"]),
        repetition_penalty=body["repetition_penalty"],
        stop=body["stop_sequences"] or (),
        stop_ids=state.stop_ids,
        seed=body["seed"],
    )


async def _generate(request: Request, body: dict, prompt_ids: list[int], chat: bool) -> Response:
    state = server(request)
    job = submit(state, prompt_ids, native_sampling(state, body), "messages" if chat else "prompt")

    def shape(text: str) -> dict:
        return {"message": {"role": "assistant", "content": text}} if chat else {"text": text}

    if not body["stream"]:
        out = await unless_disconnected(request, collect(state, job))
        return JSONResponse(
            {
                **shape(out.text),
                "usage": usage(len(prompt_ids), out.completion_tokens),
                "finish_reason": out.finish_reason,
            }
        )

    async def stream():
        async for item in events(state, job):
            if isinstance(item, Delta):
                if item.text:
                    yield event({**shape(item.text), "finish_reason": None})
            else:
                yield event(
                    {
                        **shape(""),
                        "usage": usage(len(prompt_ids), item.completion_tokens),
                        "finish_reason": item.finish_reason,
                    }
                )
        yield DONE

    return sse_response(stream())


async def completion(request: Request) -> Response:
    """Continue a prompt."""
    body = await read_body(request, schemas.COMPLETION)
    return await _generate(request, body, server(request).tokenizer.encode(body["prompt"]), chat=False)


async def chat(request: Request) -> Response:
    """Answer the last turn of a conversation."""
    body = await read_body(request, schemas.CHAT)
    return await _generate(request, body, encode_messages(server(request), body["messages"]), chat=True)


completion.body = schemas.COMPLETION
chat.body = schemas.CHAT
