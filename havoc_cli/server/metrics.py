"""Prometheus text exposition, written by hand: counters, histograms and gauges of the server."""

from __future__ import annotations

import bisect
import threading
from collections import defaultdict

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Histogram:
    """Cumulative buckets, sum and count (Prometheus histogram semantics)."""

    def __init__(self, buckets: tuple[float, ...] = LATENCY_BUCKETS) -> None:
        self.buckets, self.counts, self.sum, self.count = buckets, [0] * len(buckets), 0.0, 0

    def observe(self, value: float) -> None:
        index = bisect.bisect_left(self.buckets, value)
        for i in range(index, len(self.buckets)):
            self.counts[i] += 1
        self.sum += value
        self.count += 1

    def lines(self, name: str) -> list[str]:
        out = [f'{name}_bucket{{le="{b}"}} {c}' for b, c in zip(self.buckets, self.counts, strict=True)]
        return [
            *out,
            f'{name}_bucket{{le="+Inf"}} {self.count}',
            f"{name}_sum {self.sum}",
            f"{name}_count {self.count}",
        ]


class Metrics:
    """Everything /metrics reports; updated from the event loop, read under a lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.ttft = Histogram()
        self.latency = Histogram()
        self.reasoned: dict[bool, int] = defaultdict(int)
        self.reason_seconds = Histogram()
        self.retrieve_seconds = Histogram()

    def request(self, method: str, route: str, status: int) -> None:
        with self.lock:
            self.requests[(method, route, status)] += 1

    def generation(self, prompt_tokens: int, completion_tokens: int, ttft: float | None, latency: float) -> None:
        with self.lock:
            self.prompt_tokens += prompt_tokens
            self.completion_tokens += completion_tokens
            if ttft is not None:
                self.ttft.observe(ttft)
            self.latency.observe(latency)

    def reasoning(self, answered: bool, seconds: float) -> None:
        with self.lock:
            self.reasoned[answered] += 1
            self.reason_seconds.observe(seconds)

    def retrieval(self, seconds: float) -> None:
        with self.lock:
            self.retrieve_seconds.observe(seconds)

    def render(self, queue_depth: int, batch_size: int) -> str:
        with self.lock:
            lines = [
                "# HELP havoc_requests_total HTTP requests by method, route and status.",
                "# TYPE havoc_requests_total counter",
                *(
                    f'havoc_requests_total{{method="{m}",route="{r}",status="{s}"}} {n}'
                    for (m, r, s), n in sorted(self.requests.items())
                ),
                "# HELP havoc_prompt_tokens_total Prompt tokens read.",
                "# TYPE havoc_prompt_tokens_total counter",
                f"havoc_prompt_tokens_total {self.prompt_tokens}",
                "# HELP havoc_completion_tokens_total Tokens generated.",
                "# TYPE havoc_completion_tokens_total counter",
                f"havoc_completion_tokens_total {self.completion_tokens}",
                "# HELP havoc_time_to_first_token_seconds From request to the first generated text.",
                "# TYPE havoc_time_to_first_token_seconds histogram",
                *self.ttft.lines("havoc_time_to_first_token_seconds"),
                "# HELP havoc_request_latency_seconds From request to the end of its generation.",
                "# TYPE havoc_request_latency_seconds histogram",
                *self.latency.lines("havoc_request_latency_seconds"),
                "# HELP havoc_reason_questions_total Questions reasoned, by whether they were answered.",
                "# TYPE havoc_reason_questions_total counter",
                *(
                    f'havoc_reason_questions_total{{answered="{str(a).lower()}"}} {n}'
                    for a, n in sorted(self.reasoned.items())
                ),
                "# HELP havoc_reason_seconds From request to the reasoning outcome.",
                "# TYPE havoc_reason_seconds histogram",
                *self.reason_seconds.lines("havoc_reason_seconds"),
                "# HELP havoc_retrieve_seconds Time to open the index (first use) and rank its passages.",
                "# TYPE havoc_retrieve_seconds histogram",
                *self.retrieve_seconds.lines("havoc_retrieve_seconds"),
                "# HELP havoc_queue_depth Requests waiting for a batch row.",
                "# TYPE havoc_queue_depth gauge",
                f"havoc_queue_depth {queue_depth}",
                "# HELP havoc_batch_size Requests decoded together in the latest step.",
                "# TYPE havoc_batch_size gauge",
                f"havoc_batch_size {batch_size}",
            ]
        return "\n".join(lines) + "\n"
