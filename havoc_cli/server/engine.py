"""The generation engine: a bounded request queue and one decode thread doing continuous batching.

Every active request owns one row of a preallocated KV cache (rows ``0..n-1`` are kept packed: a
finished row is replaced by the last one). Each loop iteration admits waiting requests (one prefill
each, written straight into a free row), samples one token for every active row with that row's own
parameters, delivers the text to the request's asyncio queue with ``loop.call_soon_threadsafe``, frees
finished or cancelled rows, and runs one batched decode step for the rest.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import threading
import time
from dataclasses import dataclass, field

import torch

from plugins.model import ops
from plugins.model.generation import held_back
from plugins.model.transformer import KVCache

log = logging.getLogger("havoc.serve")

# The sampler is fed finite logits only: non-finite ones become +-LOGIT_BOUND, and temperatures below
# MIN_TEMPERATURE decode greedily (dividing by them could overflow float32 to infinity).
LOGIT_BOUND = 1e4
MIN_TEMPERATURE = 1e-3


class QueueFull(Exception):
    """Every batch row is busy and the waiting queue is at its bound."""


@dataclass(frozen=True)
class Sampling:
    """One request's decoding settings (temperature 0 is greedy; logprobs None is off, k >= 0 alternatives)."""

    max_new_tokens: int = 128
    temperature: float = 1.0
    top_k: int = 0
    top_p: float = 1.0  # 0 < top_p <= 1; see nucleus() for the API's 0
    min_p: float = 0.0
    repetition_penalty: float = 1.0
    presence_penalty: float = 0.0
    frequency_penalty: float = 0.0
    stop: tuple[str, ...] = ()
    stop_ids: tuple[int, ...] = ()
    seed: int | None = None
    logprobs: int | None = None

    def __post_init__(self) -> None:
        as_f32 = [float(v) for v in torch.tensor([self.temperature, self.top_p, self.repetition_penalty]).tolist()]
        checks = [
            (self.max_new_tokens >= 1, "max_new_tokens must be >= 1"),
            (as_f32[0] >= 0, "temperature must be >= 0 (0 is greedy)"),
            (self.top_k >= 0, "top_k must be >= 0 (0 is off)"),
            (0 < as_f32[1] <= 1, "top_p must be in (0, 1]"),
            (0 <= self.min_p < 1, "min_p must be in [0, 1)"),
            (as_f32[2] > 0, "repetition_penalty must be > 0 (1 is off)"),
            (self.logprobs is None or self.logprobs >= 0, "logprobs must be >= 0"),
        ]
        for ok, message in checks:
            if not ok:
                raise ValueError(message)


def nucleus(top_p: float) -> float:
    """The API's top_p: 0 means "only the most likely token", i.e. the smallest positive nucleus."""
    return max(top_p, 1e-6)


@dataclass(frozen=True)
class TokenInfo:
    """A generated token with its log-probability and the most likely alternatives (id, logprob)."""

    id: int
    logprob: float
    top: tuple[tuple[int, float], ...]


@dataclass(frozen=True)
class Delta:
    """New text for the client and the tokens generated since the previous delta."""

    text: str
    tokens: tuple[TokenInfo, ...]


@dataclass(frozen=True)
class Finished:
    """The end of a generation: why it stopped and how many tokens it produced."""

    finish_reason: str
    completion_tokens: int


@dataclass(frozen=True)
class Failed:
    """The engine could not finish this request (the cause is logged server-side)."""

    message: str


@dataclass(eq=False)
class Job:
    """One request in the engine; the asyncio side reads ``events``; ``Engine.cancel`` ends it."""

    prompt_ids: list[int]
    sampling: Sampling
    loop: asyncio.AbstractEventLoop
    events: asyncio.Queue = field(default_factory=asyncio.Queue)
    cancelled: bool = False
    released: bool = False  # no longer counted against the engine's capacity
    ids: list[int] = field(default_factory=list)
    emitted: str = ""
    pending: list[TokenInfo] = field(default_factory=list)
    next_logits: torch.Tensor | None = None
    generator: torch.Generator | None = None
    counts: torch.Tensor | None = None
    submitted: float = field(default_factory=time.perf_counter)
    first_text_at: float | None = None

    def send(self, event) -> None:
        if self.first_text_at is None and isinstance(event, Delta) and event.text:
            self.first_text_at = time.perf_counter()
        self.loop.call_soon_threadsafe(self.events.put_nowait, event)


class _RowsView(KVCache):
    """Rows ``start:stop`` of a cache, sharing its storage (writes and length updates land in the cache)."""

    def __init__(self, cache: KVCache, start: int, stop: int) -> None:  # no allocation: views only
        self.k, self.v = cache.k[:, start:stop], cache.v[:, start:stop]
        self.lengths, self.max_len = cache.lengths[start:stop], cache.max_len


class Engine:
    """Owns the model and runs the decode thread; ``submit`` from the event loop, read the job's events."""

    def __init__(self, model, tokenizer, max_batch: int = 16, max_queue: int = 64) -> None:
        self.model, self.tokenizer = model, tokenizer
        self.max_batch, self.max_queue = max_batch, max_queue
        self.context = model.config.context
        self.device = model.embed_tokens.weight.device
        self._cache = model.new_cache(max_batch, self.context)
        self._waiting: collections.deque[Job] = collections.deque()
        self._active: list[Job] = []
        self._wake = threading.Condition()
        self._generator = torch.Generator(device=self.device)
        self._generator.seed()
        self._stopping = False
        self._in_flight = 0  # submitted and neither finished nor cancelled
        self._thread = threading.Thread(target=self._run, name="havoc-engine", daemon=True)
        self.batch_size = 0

    # -- the asyncio side -------------------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout=10)

    @property
    def queue_depth(self) -> int:
        """Requests waiting for a batch row."""
        return len(self._waiting)

    @property
    def active(self) -> int:
        """Requests being decoded now."""
        return len(self._active)

    def submit(self, prompt_ids: list[int], sampling: Sampling) -> Job:
        """Queue a generation; raises ValueError for a prompt the model cannot take, QueueFull when full."""
        if not prompt_ids:
            raise ValueError("the prompt is empty: give at least one token")
        if len(prompt_ids) >= self.context:
            raise ValueError(f"the prompt has {len(prompt_ids)} tokens; the model's context is {self.context}")
        job = Job(list(prompt_ids), sampling, asyncio.get_running_loop())
        with self._wake:
            if self._in_flight >= self.max_batch + self.max_queue:
                raise QueueFull()
            self._in_flight += 1
            self._waiting.append(job)
            self._wake.notify()
        return job

    def cancel(self, job: Job) -> None:
        """Stop a request: out of the queue at once if it waits; its row is freed at the next step if active."""
        job.cancelled = True
        with self._wake:
            if job in self._waiting:
                self._waiting.remove(job)
        self._release(job)

    def _release(self, job: Job) -> None:
        """Stop counting ``job`` against capacity (once), before its client can hear that it ended."""
        with self._wake:
            if not job.released:
                job.released = True
                self._in_flight -= 1

    # -- the decode thread ------------------------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._wake:
                while not (self._stopping or self._waiting or self._active):
                    self._wake.wait()
                if self._stopping:
                    return
            try:
                with torch.inference_mode():
                    self._admit()
                    if self._active:
                        self._step()
            except Exception:  # a fault fails the requests in flight, never the server
                log.exception("generation failed")
                failed, self._active = self._active, []
                self._cache.lengths.zero_()
                for job in failed:
                    self._release(job)
                    job.send(Failed("generation failed; see the server log"))
            self.batch_size = len(self._active)

    def _admit(self) -> None:
        while len(self._active) < self.max_batch:
            with self._wake:
                if not self._waiting:
                    return
                job = self._waiting.popleft()
            if job.cancelled:
                continue
            row = len(self._active)
            self._active.append(job)  # before the forward so a failure here is reported to the job
            rows = _RowsView(self._cache, row, row + 1)
            rows.lengths.zero_()
            prompt = torch.tensor([job.prompt_ids], dtype=torch.int64, device=self.device)
            job.next_logits = self.model(prompt, rows, last_only=True)[:, -1].float()
            if job.sampling.seed is not None:
                job.generator = torch.Generator(device=self.device)
                job.generator.manual_seed(job.sampling.seed)
            if job.sampling.presence_penalty or job.sampling.frequency_penalty:
                job.counts = torch.zeros(job.next_logits.shape[-1], device=self.device)

    def _step(self) -> None:
        jobs = self._active
        logits = torch.cat([job.next_logits for job in jobs])
        torch.nan_to_num_(logits, nan=-LOGIT_BOUND, posinf=LOGIT_BOUND, neginf=-LOGIT_BOUND)
        for row, job in enumerate(jobs):
            if job.counts is not None:
                s = job.sampling
                logits[row] -= s.frequency_penalty * job.counts + s.presence_penalty * (job.counts > 0)
        tokens = self._sample(logits, jobs)
        wanted = [row for row, job in enumerate(jobs) if job.sampling.logprobs is not None]
        infos = self._logprobs(logits, tokens, jobs, wanted)
        done = [self._accept(job, int(tokens[row]), infos.get(row)) for row, job in enumerate(jobs)]
        for row in reversed(range(len(jobs))):
            if done[row] or jobs[row].cancelled:
                self._free(row)
        if not self._active:
            return
        last = torch.tensor([[job.ids[-1]] for job in self._active], dtype=torch.int64, device=self.device)
        out = self.model(last, _RowsView(self._cache, 0, len(self._active)))[:, -1].float()
        for row, job in enumerate(self._active):
            job.next_logits = out[row : row + 1]

    def _sample(self, logits: torch.Tensor, jobs: list[Job]) -> torch.Tensor:
        """One token per row: rows without a seed share one draw; seeded rows use their own generator."""
        tokens = torch.empty(len(jobs), dtype=torch.int64, device=self.device)
        shared = [row for row, job in enumerate(jobs) if job.generator is None]
        groups = [(shared, self._generator)] if shared else []
        groups += [([row], job.generator) for row, job in enumerate(jobs) if job.generator is not None]
        for rows, generator in groups:
            chosen = [jobs[r] for r in rows]
            params = [
                torch.tensor([getattr(j.sampling, name) for j in chosen], device=self.device)
                for name in ("temperature", "top_k", "top_p", "min_p", "repetition_penalty")
            ]
            params[0] = torch.where(params[0] < MIN_TEMPERATURE, 0.0, params[0])
            history = _history(chosen, self.device) if any(j.sampling.repetition_penalty != 1 for j in chosen) else None
            picked = ops.sample(logits[rows], *params, history, generator)
            tokens[rows] = picked[:, 0]
        return tokens

    def _logprobs(self, logits, tokens, jobs, rows: list[int]) -> dict[int, TokenInfo]:
        if not rows:
            return {}
        logp = torch.log_softmax(logits[rows], dim=-1)
        k = max(jobs[r].sampling.logprobs for r in rows)
        top_v, top_i = logp.topk(max(k, 1), dim=-1)
        infos = {}
        for i, row in enumerate(rows):
            n = jobs[row].sampling.logprobs
            top = tuple(zip(top_i[i, :n].tolist(), top_v[i, :n].tolist(), strict=True))
            infos[row] = TokenInfo(int(tokens[row]), float(logp[i, tokens[row]]), top)
        return infos

    def _accept(self, job: Job, token: int, info: TokenInfo | None) -> bool:
        """Record a sampled token, send any text that is ready; True when the job has finished."""
        s = job.sampling
        if job.cancelled:
            return True
        if token in s.stop_ids:
            return self._finish(job, "stop")
        job.ids.append(token)
        if info is not None:
            job.pending.append(info)
        if job.counts is not None:
            job.counts[token] += 1
        text = self.tokenizer.decode(job.ids)
        cut = min((i for i in (text.find(stop) for stop in s.stop) if i >= 0), default=-1)
        if cut >= 0:
            return self._finish(job, "stop", text[:cut])
        if len(job.ids) >= s.max_new_tokens or len(job.prompt_ids) + len(job.ids) >= self.context:
            return self._finish(job, "length", text)
        ready = text[: len(text) - held_back(text, s.stop)]
        if len(ready) > len(job.emitted) or job.pending:
            job.send(Delta(ready[len(job.emitted) :], tuple(job.pending)))
            job.emitted, job.pending = ready, []
        return False

    def _finish(self, job: Job, reason: str, text: str | None = None) -> bool:
        text = self.tokenizer.decode(job.ids) if text is None else text
        if len(text) > len(job.emitted) or job.pending:
            job.send(Delta(text[len(job.emitted) :], tuple(job.pending)))
        self._release(job)
        job.send(Finished(reason, len(job.ids)))
        return True

    def _free(self, row: int) -> None:
        """Drop row ``row``: the last active row moves into its place in the cache and the list."""
        last = len(self._active) - 1
        cache = self._cache
        if row != last:
            cache.k[:, row] = cache.k[:, last]
            cache.v[:, row] = cache.v[:, last]
            cache.lengths[row] = cache.lengths[last]
            self._active[row] = self._active[last]
        cache.lengths[last] = 0
        self._active.pop()


def _history(jobs: list[Job], device) -> torch.Tensor:
    """Prompt + generated ids per job as one (B, T) tensor, padded with each row's first id (a repeat
    of a token already present changes nothing for the repetition penalty)."""
    rows = [job.prompt_ids + job.ids for job in jobs]
    width = max(len(r) for r in rows)
    return torch.tensor([r + [r[0]] * (width - len(r)) for r in rows], dtype=torch.int64, device=device)
