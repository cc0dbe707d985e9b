"""Load test of ``havoc serve``: 1, 8 and 32 concurrent streaming clients against continuous batching.

Starts the server in its own process on 127.0.0.1 (a free port; the clients run in this one) over a random-weight model of the ``tiny`` shape and a
400-piece tokenizer trained in a temporary directory, then for each concurrency level c runs c clients
at once (each streams ``--requests`` completions of up to ``--tokens`` tokens; a sampled end-of-sequence
may end one early, so token counts come from ``usage``), and the same c x requests one at a time. Prints time to first
token p50/p95, aggregate tokens/s, the batched/sequential throughput ratio and failed requests.

    .venv/bin/python benchmarks/serve.py [--tokens 64] [--requests 2] [--levels 1,8,32] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402
import torch  # noqa: E402

from havoc_cli.server.app import create_app  # noqa: E402
from havoc_cli.server.background import free_port  # noqa: E402
from havoc_cli.server.engine import Engine  # noqa: E402
from havoc_cli.server.state import ServerState  # noqa: E402
from plugins.model.config import ModelConfig, load_model_config  # noqa: E402
from plugins.model.tokenizer import train_tokenizer  # noqa: E402
from plugins.model.transformer import build_model  # noqa: E402

TEXT = (
    "The mean of a sample is the sum of its values divided by their count. A p-value is the probability of "
    "data at least as extreme as observed. Control charts plot a statistic against time with three sigma limits. "
) * 80


async def one_request(client: httpx.AsyncClient, prompt: str, tokens: int) -> dict:
    """Stream one completion; returns time to first token, wall time, tokens generated, and success."""
    body = {"prompt": prompt, "max_new_tokens": tokens, "stream": True, "temperature": 1.0, "seed": len(prompt)}
    start, first, count, ok = time.perf_counter(), None, 0, False
    try:
        async with client.stream("POST", "/completion", json=body) as response:
            if response.status_code != 200:
                return {"ok": False, "status": response.status_code}
            async for line in response.aiter_lines():
                if not line.startswith("data: "):
                    continue
                if line == "data: [DONE]":
                    ok = True
                    break
                event = json.loads(line[6:])
                if first is None and event.get("text"):
                    first = time.perf_counter() - start
                if "usage" in event:
                    count = event["usage"]["completion_tokens"]
    except httpx.HTTPError as exc:
        return {"ok": False, "status": type(exc).__name__}
    return {"ok": ok, "ttft": first, "wall": time.perf_counter() - start, "tokens": count}


async def run_level(url: str, clients: int, requests: int, tokens: int, sequential: bool) -> dict:
    """``clients`` x ``requests`` completions, all at once (``clients`` at a time) or one at a time."""
    prompts = [f"The mean of sample {i} is" for i in range(clients * requests)]
    limits = httpx.Limits(max_connections=clients + 4)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def worker(mine: list[str]) -> list[dict]:
            return [await one_request(client, p, tokens) for p in mine]

        start = time.perf_counter()
        if sequential:
            results = await worker(prompts)
        else:
            chunks = [prompts[i::clients] for i in range(clients)]
            results = [r for rs in await asyncio.gather(*(worker(c) for c in chunks)) for r in rs]
        wall = time.perf_counter() - start
    good = [r for r in results if r["ok"]]
    ttfts = sorted(r["ttft"] for r in good if r["ttft"] is not None)
    total = sum(r["tokens"] for r in good)
    return {
        "requests": len(results),
        "failed": len(results) - len(good),
        "tokens": total,
        "wall_s": round(wall, 3),
        "tokens_per_s": round(total / wall, 1),
        "ttft_p50_ms": round(1000 * statistics.median(ttfts), 1) if ttfts else None,
        "ttft_p95_ms": round(1000 * ttfts[min(len(ttfts) - 1, int(0.95 * len(ttfts)))], 1) if ttfts else None,
    }


def serve(port: int, workdir: str, max_batch: int, max_queue: int, threads: int) -> None:
    """The server process: a random-weight tiny model over a tokenizer trained in ``workdir``."""
    import uvicorn

    torch.set_num_threads(threads)
    corpus = Path(workdir) / "corpus.txt"
    corpus.write_text(TEXT, encoding="utf-8")
    tokenizer = train_tokenizer([corpus], Path(workdir) / "tokenizer", 400)
    torch.manual_seed(0)
    shape = load_model_config("tiny").to_dict()
    model = build_model(ModelConfig.from_dict({**shape, "vocab_size": tokenizer.vocab_size})).eval()
    state = ServerState(Engine(model, tokenizer, max_batch, max_queue), tokenizer, "havoc-tiny-random", "cpu")
    uvicorn.run(create_app(state), host="127.0.0.1", port=port, log_level="warning")


def wait_until_up(url: str, process, seconds: float = 120.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.is_alive():
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=64, help="max_new_tokens per request")
    parser.add_argument("--requests", type=int, default=2, help="requests per client")
    parser.add_argument("--levels", default="1,8,32", help="concurrency levels")
    parser.add_argument("--max-batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (the server's default is 1)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    levels = [int(x) for x in args.levels.split(",")]
    report = {"model": "tiny (random weights)", "tokens": args.tokens, "requests_per_client": args.requests}
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        server_args = (port, tmp, args.max_batch, max(levels) * args.requests, args.threads)
        process = multiprocessing.get_context("spawn").Process(target=serve, args=server_args, daemon=True)
        process.start()
        try:
            wait_until_up(url, process)
            asyncio.run(run_level(url, 1, 1, 4, sequential=True))  # warm-up
            for clients in levels:
                batched = asyncio.run(run_level(url, clients, args.requests, args.tokens, sequential=False))
                sequential = asyncio.run(run_level(url, clients, args.requests, args.tokens, sequential=True))
                ratio = batched["tokens_per_s"] / sequential["tokens_per_s"] if sequential["tokens_per_s"] else None
                report[f"c{clients}"] = {"batched": batched, "sequential": sequential, "ratio": round(ratio or 0, 2)}
                if not args.json:
                    print(
                        f"{clients:>3} clients: ttft p50 {batched['ttft_p50_ms']} ms p95 {batched['ttft_p95_ms']} ms, "
                        f"{batched['tokens_per_s']} tok/s batched vs {sequential['tokens_per_s']} one at a time "
                        f"(x{report[f'c{clients}']['ratio']}), failed {batched['failed']}/{batched['requests']}",
                        flush=True,
                    )
        finally:
            process.terminate()
            process.join(timeout=10)
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
