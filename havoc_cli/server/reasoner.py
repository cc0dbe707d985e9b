"""The reasoning pipeline off the event loop, in worker processes that can be stopped.

``havoc reason``'s pipeline is synchronous (sympy, scipy, the interpreter) and a hostile question can
keep sympy busy for a long time. Each question therefore runs in a worker process (spawned on first
use, reused after): in its main thread the symbolic plugin's own time limits work, and a question that
outlives ``timeout`` seconds gets its process killed (a fresh one replaces it). The time limit counts
from when the worker is up: a fresh process gets ``STARTUP_LIMIT`` seconds to start. Each stage record
comes back through the worker's pipe as the stage finishes. ``workers`` bounds the questions in
flight; beyond it ``Busy``.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

DEFAULT_TIMEOUT = 120.0
STARTUP_LIMIT = 120.0


class Busy(Exception):
    """Every worker is answering a question."""


class TimedOut(Exception):
    """The question took longer than the reasoner's timeout; its worker was stopped."""


def serve(conn: Any) -> None:
    """A worker process: answer questions from the pipe, sending each stage, then the outcome."""
    from havoc_cli.reason.pipeline import Settings, reason

    while True:
        try:
            question, plan_only, index_dir = conn.recv()
        except EOFError:  # the server went away
            return
        try:
            folder = Path(index_dir) if index_dir else None
            settings = Settings(plan_only, folder, on_stage=lambda record: conn.send(("stage", record)))
            conn.send(("result", reason(question, settings).to_dict()))
        except Exception as exc:  # reported to the server, which logs it; the worker stays usable
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


def _boot(main: Callable[[Any], None], conn: Any) -> None:
    """A worker process's entry: say it is up (its ``main`` is imported by now), then run ``main``."""
    conn.send(("ready", None))
    main(conn)


class _Worker:
    def __init__(self, main: Callable[[Any], None]) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_boot, args=(main, child), name="havoc-reason", daemon=True)
        self.process.start()
        self.started = False
        child.close()

    def wait_until_started(self) -> bool:
        """Wait (at most ``STARTUP_LIMIT`` s) for a fresh process's "ready"; False when it never came."""
        if not self.started and self.conn.poll(STARTUP_LIMIT):
            self.started = self.conn.recv()[0] == "ready"
        return self.started

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class Reasoner:
    """At most ``workers`` questions at a time, each in its own worker process, each within ``timeout`` s.

    ``worker_main(conn)`` is what a worker process runs (the pipeline by default; tests give a stand-in).
    """

    def __init__(
        self, workers: int = 2, timeout: float = DEFAULT_TIMEOUT, worker_main: Callable[[Any], None] = serve
    ) -> None:
        self.workers, self.timeout, self.worker_main = workers, timeout, worker_main
        self._idle: list[_Worker] = []
        self._busy = 0
        self._lock = threading.Lock()

    def _take(self) -> _Worker:
        with self._lock:
            if self._busy >= self.workers:
                raise Busy()
            self._busy += 1
            if self._idle:
                return self._idle.pop()
        try:
            return _Worker(self.worker_main)
        except Exception:
            self._release(None)
            raise

    def _release(self, worker: _Worker | None) -> None:
        with self._lock:
            self._busy -= 1
            if worker is not None:
                self._idle.append(worker)

    async def ask(self, question: str, plan_only: bool, index_dir: Path | None) -> AsyncIterator[tuple[str, Any]]:
        """("stage", record) per stage as it finishes, then ("result", outcome); TimedOut past the timeout.

        A thread reads the worker's pipe to the end of the question whatever the consumer does, so a
        client that leaves early frees the worker when the question ends (or at the timeout).
        """
        worker = self._take()
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        try:
            worker.conn.send((question, plan_only, str(index_dir) if index_dir else None))
        except OSError:
            worker.stop()
            self._release(None)
            raise
        threading.Thread(target=self._pump, args=(worker, loop, queue), daemon=True).start()
        while True:
            kind, payload = await queue.get()
            if kind == "error":
                raise RuntimeError(f"the reasoning worker failed: {payload}")
            if kind == "timeout":
                raise TimedOut(payload)
            yield kind, payload
            if kind == "result":
                return

    def _pump(self, worker: _Worker, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue) -> None:
        """Forward the worker's messages to ``queue`` until the outcome; then free or stop the worker."""
        kind, payload = "error", "no answer"
        try:
            if not worker.wait_until_started():
                raise EOFError("the worker never started")
            deadline = time.monotonic() + self.timeout
            while True:
                if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                    kind, payload = "timeout", f"the question took longer than {self.timeout:g} s and was stopped"
                    break
                kind, payload = worker.conn.recv()
                if kind != "stage":
                    break
                _post(loop, queue, (kind, payload))
        except (EOFError, OSError) as exc:
            kind, payload = "error", f"the worker process ended ({type(exc).__name__})"
        healthy = kind in {"result", "error"} and worker.process.is_alive()
        if not healthy:
            worker.stop()
        self._release(worker if healthy else None)
        _post(loop, queue, (kind, payload))

    def close(self) -> None:
        """Stop every idle worker (busy ones are stopped when their question ends or times out)."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()


def _post(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue, item: tuple[str, Any]) -> None:
    try:
        loop.call_soon_threadsafe(queue.put_nowait, item)
    except RuntimeError:  # the event loop has closed: nobody is listening any more
        pass
