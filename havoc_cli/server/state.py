"""What the routes share: the engine, the tokenizer, metrics, limits; and the request-to-job plumbing."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass, field
from pathlib import Path

from starlette.requests import Request

from havoc_cli.server.engine import Delta, Engine, Failed, Finished, Job, QueueFull, Sampling
from havoc_cli.server.errors import ApiError, ClientGone
from havoc_cli.server.metrics import Metrics
from havoc_cli.server.reasoner import Reasoner
from havoc_cli.server.schemas import Field, parse_json, validate


@dataclass
class ServerState:
    """One per app (``app.state.server``)."""

    engine: Engine
    tokenizer: object
    model_name: str
    device: str
    max_body: int = 1 << 20
    metrics: Metrics = field(default_factory=Metrics)
    started: float = field(default_factory=time.time)
    index_dir: Path | None = None  # the document index of /v1/retrieve and of reasoning's GROUND stage
    reasoner: Reasoner = field(default_factory=Reasoner)

    @property
    def stop_ids(self) -> tuple[int, ...]:
        """End of sequence and the chat turn's end."""
        ids = (self.tokenizer.eos_id, self.tokenizer.special_ids.get("<|end|>"))
        return tuple(i for i in ids if i is not None and i >= 0)


def server(request: Request) -> ServerState:
    return request.app.state.server


async def read_body(request: Request, fields: tuple[Field, ...]) -> dict:
    """The validated JSON body, at most ``max_body`` bytes (413 beyond, 400 not JSON, 422 a bad field)."""
    limit = server(request).max_body
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the body is larger than the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"the body is larger than the limit of {limit} bytes")
        chunks.append(chunk)
    return validate(fields, parse_json(b"".join(chunks)))


def encode_messages(state: ServerState, messages: list[dict]) -> list[int]:
    try:
        return state.tokenizer.encode_chat(messages, add_generation_prompt=True)
    except ValueError as exc:
        raise ApiError(422, str(exc), "messages") from None


def submit(state: ServerState, prompt_ids: list[int], sampling: Sampling, param: str) -> Job:
    """Hand a generation to the engine: 422 for a prompt it cannot take, 429 when the queue is full."""
    try:
        return state.engine.submit(prompt_ids, sampling)
    except ValueError as exc:
        raise ApiError(422, str(exc), param) from None
    except QueueFull:
        raise ApiError(
            429, "the server is busy: every batch row is taken and the queue is full; retry shortly", None,
            {"Retry-After": "1"},
        ) from None  # fmt: skip


async def events(state: ServerState, job: Job) -> AsyncIterator[Delta | Finished]:
    """A job's deltas then its Finished; cancels the job if the consumer stops early (client gone)."""
    try:
        while True:
            item = await job.events.get()
            if isinstance(item, Failed):
                raise RuntimeError(item.message)
            if isinstance(item, Finished):  # recorded first: a consumer may stop reading at Finished
                first = None if job.first_text_at is None else job.first_text_at - job.submitted
                latency = time.perf_counter() - job.submitted
                state.metrics.generation(len(job.prompt_ids), item.completion_tokens, first, latency)
            yield item
            if isinstance(item, Finished):
                return
    finally:
        state.engine.cancel(job)


@dataclass
class Outcome:
    """A whole generation: text, the tokens with logprobs when asked, why it ended and how many tokens."""

    text: str
    tokens: list
    finish_reason: str
    completion_tokens: int


async def collect(state: ServerState, job: Job) -> Outcome:
    text, tokens = [], []
    async for item in events(state, job):
        if isinstance(item, Delta):
            text.append(item.text)
            tokens.extend(item.tokens)
        else:
            return Outcome("".join(text), tokens, item.finish_reason, item.completion_tokens)
    raise RuntimeError("generation ended without finishing")


async def unless_disconnected(request: Request, work: Awaitable) -> object:
    """The result of ``work`` (a whole, non-streamed generation); when the client hangs up first the work
    is cancelled (its generations stop and free their rows at once) and ClientGone is raised."""

    async def hang_up() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    task, watch = asyncio.ensure_future(work), asyncio.ensure_future(hang_up())
    try:
        await asyncio.wait({task, watch}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for pending in (task, watch):
            pending.cancel()
    if task.done() and not task.cancelled():
        return task.result()
    raise ClientGone()


def usage(prompt_tokens: int, completion_tokens: int) -> dict:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
