"""The OpenAI-compatible API: ``GET /v1/models``, ``POST /v1/completions``, ``POST /v1/chat/completions``.

Streams follow OpenAI's chunk format: one id for every chunk, the first chat delta carries the role,
a chunk with an empty delta carries each choice's finish_reason, ``stream_options.include_usage`` adds
a usage chunk (no choices), then ``data: [DONE]``.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from havoc_cli.server import schemas
from havoc_cli.server.engine import Delta, Finished, Job, Sampling, TokenInfo, nucleus
from havoc_cli.server.errors import ApiError
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

COMPLETION_DEFAULT_MAX_TOKENS = 16


async def models(request: Request) -> JSONResponse:
    """The one model this server holds."""
    state = server(request)
    model = {"id": state.model_name, "object": "model", "created": int(state.started), "owned_by": "havoc"}
    return JSONResponse({"object": "list", "data": [model]})


def _sampling(state: ServerState, body: dict, max_tokens: int, logprobs: int | None, choice: int) -> Sampling:
    seed = body["seed"]
    return Sampling(
        max_new_tokens=max_tokens,
        temperature=body["temperature"],
        top_p=nucleus(body["top_p"]),
        presence_penalty=body["presence_penalty"],
        frequency_penalty=body["frequency_penalty"],
        stop=body["stop"] or (),
        stop_ids=state.stop_ids,
        seed=None if seed is None else seed + choice,  # n choices with one seed differ, reproducibly
        logprobs=logprobs,
    )


def _submit_all(state: ServerState, body: dict, prompt_ids, max_tokens, logprobs, param) -> list[Job]:
    jobs: list[Job] = []
    try:
        for choice in range(body["n"]):
            jobs.append(submit(state, prompt_ids, _sampling(state, body, max_tokens, logprobs, choice), param))
    except ApiError:
        for job in jobs:
            state.engine.cancel(job)
        raise
    return jobs


async def _merged(state: ServerState, jobs: list[Job]) -> AsyncIterator[tuple[int, Delta | Finished]]:
    """Events of several jobs as they come, tagged with the choice index; cancels all on early exit."""
    queue: asyncio.Queue = asyncio.Queue()

    async def pump(index: int, job: Job) -> None:
        try:
            async for item in events(state, job):
                await queue.put((index, item))
        except Exception as exc:  # handed to the consumer, which raises it
            await queue.put((index, exc))
        await queue.put((index, None))

    tasks = [asyncio.create_task(pump(i, job)) for i, job in enumerate(jobs)]
    try:
        remaining = len(jobs)
        while remaining:
            index, item = await queue.get()
            if item is None:
                remaining -= 1
            elif isinstance(item, Exception):
                raise item
            else:
                yield index, item
    finally:
        for task in tasks:
            task.cancel()
        for job in jobs:
            state.engine.cancel(job)


def _piece(state: ServerState, token_id: int) -> str:
    return state.tokenizer.decode([token_id])


def _chat_logprobs(state: ServerState, tokens: list[TokenInfo] | tuple[TokenInfo, ...]) -> dict:
    def entry(token_id: int, logprob: float) -> dict:
        text = _piece(state, token_id)
        return {"token": text, "logprob": logprob, "bytes": list(text.encode())}

    return {"content": [{**entry(t.id, t.logprob), "top_logprobs": [entry(i, lp) for i, lp in t.top]} for t in tokens]}


def _completion_logprobs(state: ServerState, tokens, offset: int) -> dict:
    pieces = [_piece(state, t.id) for t in tokens]
    offsets = []
    for piece in pieces:
        offsets.append(offset)
        offset += len(piece)
    return {
        "tokens": pieces,
        "token_logprobs": [t.logprob for t in tokens],
        "top_logprobs": [{_piece(state, i): lp for i, lp in t.top} for t in tokens],
        "text_offset": offsets,
    }


async def completions(request: Request) -> Response:
    """OpenAI text completion."""
    state = server(request)
    body = await read_body(request, schemas.OPENAI_COMPLETION)
    prompt = body["prompt"]
    prompt_ids = state.tokenizer.encode(prompt)
    max_tokens = body["max_tokens"] or COMPLETION_DEFAULT_MAX_TOKENS
    jobs = _submit_all(state, body, prompt_ids, max_tokens, body["logprobs"], "prompt")
    head = {
        "id": f"cmpl-{uuid.uuid4().hex}",
        "object": "text_completion",
        "created": int(time.time()),
        "model": state.model_name,
    }
    want_logprobs = body["logprobs"] is not None
    if not body["stream"]:
        outs = await unless_disconnected(request, asyncio.gather(*(collect(state, job) for job in jobs)))
        choices = [
            {
                "index": i,
                "text": out.text,
                "logprobs": _completion_logprobs(state, out.tokens, len(prompt)) if want_logprobs else None,
                "finish_reason": out.finish_reason,
            }
            for i, out in enumerate(outs)
        ]
        return JSONResponse(
            {**head, "choices": choices, "usage": _usage(prompt_ids, [o.completion_tokens for o in outs])}
        )

    include_usage = bool((body["stream_options"] or {}).get("include_usage"))

    async def stream():
        offsets, counts = [len(prompt)] * len(jobs), [0] * len(jobs)
        extra = {"usage": None} if include_usage else {}
        async for i, item in _merged(state, jobs):
            if isinstance(item, Delta):
                logprobs = _completion_logprobs(state, item.tokens, offsets[i]) if want_logprobs else None
                offsets[i] += sum(len(p) for p in logprobs["tokens"]) if logprobs else 0
                choice = {"index": i, "text": item.text, "logprobs": logprobs, "finish_reason": None}
            else:
                counts[i] = item.completion_tokens
                choice = {"index": i, "text": "", "logprobs": None, "finish_reason": item.finish_reason}
            yield event({**head, "choices": [choice], **extra})
        if include_usage:
            yield event({**head, "choices": [], "usage": _usage(prompt_ids, counts)})
        yield DONE

    return sse_response(stream())


async def chat_completions(request: Request) -> Response:
    """OpenAI chat completion."""
    state = server(request)
    body = await read_body(request, schemas.OPENAI_CHAT)
    if body["top_logprobs"] is not None and not body["logprobs"]:
        raise ApiError(422, "field 'top_logprobs' needs \"logprobs\": true", "top_logprobs")
    if body["max_tokens"] is not None and body["max_completion_tokens"] is not None:
        raise ApiError(422, "give max_tokens or max_completion_tokens, not both", "max_completion_tokens")
    prompt_ids = encode_messages(state, body["messages"])
    max_tokens = body["max_tokens"] or body["max_completion_tokens"] or schemas.MAX_TOKENS
    logprobs = (body["top_logprobs"] or 0) if body["logprobs"] else None
    jobs = _submit_all(state, body, prompt_ids, max_tokens, logprobs, "messages")
    head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "created": int(time.time()), "model": state.model_name}
    if not body["stream"]:
        outs = await unless_disconnected(request, asyncio.gather(*(collect(state, job) for job in jobs)))
        choices = [
            {
                "index": i,
                "message": {"role": "assistant", "content": out.text},
                "logprobs": _chat_logprobs(state, out.tokens) if logprobs is not None else None,
                "finish_reason": out.finish_reason,
            }
            for i, out in enumerate(outs)
        ]
        return JSONResponse(
            {
                **head,
                "object": "chat.completion",
                "choices": choices,
                "usage": _usage(prompt_ids, [o.completion_tokens for o in outs]),
            }
        )

    include_usage = bool((body["stream_options"] or {}).get("include_usage"))
    chunk_head = {**head, "object": "chat.completion.chunk"}

    async def stream():
        extra = {"usage": None} if include_usage else {}
        counts = [0] * len(jobs)
        for i in range(len(jobs)):
            choice = {
                "index": i,
                "delta": {"role": "assistant", "content": ""},
                "logprobs": None,
                "finish_reason": None,
            }
            yield event({**chunk_head, "choices": [choice], **extra})
        async for i, item in _merged(state, jobs):
            if isinstance(item, Delta):
                lp = _chat_logprobs(state, item.tokens) if logprobs is not None else None
                choice = {"index": i, "delta": {"content": item.text}, "logprobs": lp, "finish_reason": None}
            else:
                counts[i] = item.completion_tokens
                choice = {"index": i, "delta": {}, "logprobs": None, "finish_reason": item.finish_reason}
            yield event({**chunk_head, "choices": [choice], **extra})
        if include_usage:
            yield event({**chunk_head, "choices": [], "usage": _usage(prompt_ids, counts)})
        yield DONE

    return sse_response(stream())


def _usage(prompt_ids: list[int], completion_counts: list[int]) -> dict:
    """Usage over all choices (the prompt is counted once, as OpenAI does)."""
    return usage(len(prompt_ids), sum(completion_counts))


completions.body = schemas.OPENAI_COMPLETION
chat_completions.body = schemas.OPENAI_CHAT
