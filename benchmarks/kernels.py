"""Compiled kernels against PyTorch on this CPU: prefill, decode and sampling, medians and ratios.

* prefill: kernels.attention vs scaled_dot_product_attention (causal, GQA 4: 8 query / 2 K/V heads);
* decode: kernels.decode_attention vs SDPA and vs a naive matmul-softmax-matmul, full caches;
* sampling: kernels.sample (top-p 0.9) vs the sort + cumsum nucleus filter + multinomial;
* with --model NAME (e.g. tiny, small): whole-model greedy decode tokens/s with plugins.model.ops
  as it is, with its three functions routed to the kernels, and to the kernels' reference.

Each case alternates the sides over three rounds; x_NAME = median PyTorch time / median kernel time
(above 1: the kernel is faster) and best_x_NAME the same ratio of the best rounds, which a machine
shared with other work distorts least. Run: .venv/bin/python benchmarks/kernels.py [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kernels  # noqa: E402

HEADS_Q, HEADS_KV = 8, 2


def median_seconds(fn: Callable[[], object], budget: float = 0.25, max_repeats: int = 200) -> float:
    """Median wall time of fn over as many repeats as fit in about budget seconds (at least 5)."""
    fn()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < 5 or (time.perf_counter() - started < budget and len(times) < max_repeats):
        tick = time.perf_counter()
        fn()
        times.append(time.perf_counter() - tick)
    return statistics.median(times)


def compare(kernel: Callable[[], object], baselines: dict[str, Callable[[], object]], rounds: int = 3) -> dict:
    """Median milliseconds of the kernel and each baseline, and baseline / kernel ratios of the medians
    and of the best round. The sides alternate over a few rounds, so a busy machine penalises them alike."""
    sides = {"kernel": kernel, **baselines}
    samples: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, fn in sides.items():
            samples[name].append(median_seconds(fn, budget=0.08) * 1e3)
    row: dict[str, float] = {f"{name}_ms": statistics.median(times) for name, times in samples.items()}
    for name in baselines:
        row[f"x_{name}"] = row[f"{name}_ms"] / row["kernel_ms"]
        row[f"best_x_{name}"] = min(samples[name]) / min(samples["kernel"])
    return row


def prefill_cases() -> list[dict]:
    rows = []
    for dim in (64, 128):
        for length in (128, 512, 2048):
            q = torch.randn(1, HEADS_Q, length, dim)
            k, v = torch.randn(2, 1, HEADS_KV, length, dim)
            row = compare(
                partial(kernels.attention, q, k, v, causal=True),
                {"sdpa": partial(F.scaled_dot_product_attention, q, k, v, is_causal=True, enable_gqa=True)},
            )
            rows.append({"case": "prefill", "head_dim": dim, "seq": length, **row})
    return rows


def naive_decode(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """Grouped matmul, softmax, matmul over the whole cache (no repeated heads)."""
    batch, n_q, _, dim = q.shape
    grouped = q.reshape(batch, k.shape[1], n_q // k.shape[1], dim)
    weights = torch.softmax(grouped @ k.transpose(-1, -2) * dim**-0.5, dim=-1)
    return (weights @ v).reshape(q.shape)


def decode_cases() -> list[dict]:
    rows = []
    dim = 64
    for batch in (1, 8):
        for cache in (128, 512, 1024, 4096):
            q = torch.randn(batch, HEADS_Q, 1, dim)
            k, v = torch.randn(2, batch, HEADS_KV, cache, dim)
            lengths = torch.full((batch,), cache, dtype=torch.int64)
            row = compare(
                partial(kernels.decode_attention, q, k, v, lengths),
                {
                    "sdpa": partial(F.scaled_dot_product_attention, q, k, v, enable_gqa=True),
                    "naive": partial(naive_decode, q, k, v),
                },
            )
            rows.append({"case": "decode", "batch": batch, "cache": cache, **row})
    return rows


def sort_top_p(logits: torch.Tensor, top_p: float, generator: torch.Generator) -> torch.Tensor:
    """The usual PyTorch nucleus sampler: full sort, softmax, cumsum, mask, scatter back, multinomial."""
    ordered, order = torch.sort(logits, dim=-1, descending=True)
    probs = torch.softmax(ordered, dim=-1)
    drop = (probs.cumsum(dim=-1) - probs) >= top_p
    masked = logits.masked_fill(torch.zeros_like(drop).scatter(1, order, drop), float("-inf"))
    return torch.multinomial(torch.softmax(masked, dim=-1), 1, generator=generator)


def sampling_cases() -> list[dict]:
    rows = []
    generator = torch.Generator().manual_seed(0)
    for vocab in (32000, 70000):
        for batch in (1, 8):
            logits = torch.randn(batch, vocab) * 4
            row = compare(
                partial(kernels.sample, logits, temperature=1.0, top_p=0.9, generator=generator),
                {"sort": partial(sort_top_p, logits, 0.9, generator)},
            )
            rows.append({"case": "sample", "vocab": vocab, "batch": batch, **row})
    return rows


def model_decode(name: str, new_tokens: int = 100) -> list[dict]:
    """Greedy decode tokens/s of a freshly initialised model with each implementation behind plugins.model.ops."""
    from kernels import reference
    from plugins.model import ops
    from plugins.model.config import load_model_config
    from plugins.model.generation import GenerationParams, decode_tokens
    from plugins.model.transformer import build_model

    torch.manual_seed(0)
    model = build_model(load_model_config(name)).eval()
    prompt, params = list(range(1, 33)), GenerationParams(max_new_tokens=new_tokens, temperature=0)
    functions = ("attention", "decode_attention", "sample")
    implementations = {
        "ops.py": [getattr(ops, f) for f in functions],
        "kernels": [getattr(kernels, f) for f in functions],
    }
    implementations["reference"] = [getattr(reference, f) for f in functions]
    original, rows = implementations["ops.py"], []
    try:
        for label, chosen in implementations.items():
            for function, implementation in zip(functions, chosen, strict=True):
                setattr(ops, function, implementation)
            seconds = median_seconds(
                lambda: sum(1 for _ in decode_tokens(model, prompt, params)), budget=3.0, max_repeats=5
            )
            rows.append({"case": "model", "model": name, "impl": label, "tokens_per_s": new_tokens / seconds})
    finally:
        for function, implementation in zip(functions, original, strict=True):
            setattr(ops, function, implementation)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--model", action="append", default=[], help="also time greedy decode of this model config")
    parser.add_argument("--threads", type=int, help="torch intra-op threads (default: torch's choice)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    print(f"backend: {kernels.backend()}, threads: {torch.get_num_threads()}", file=sys.stderr)
    rows = prefill_cases() + decode_cases() + sampling_cases()
    for name in args.model:
        rows += model_decode(name)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        keys = ("head_dim", "seq", "batch", "cache", "vocab", "model", "impl", "tokens_per_s")
        shape = ", ".join(
            f"{key}={row[key]:.1f}" if key == "tokens_per_s" else f"{key}={row[key]}" for key in keys if key in row
        )
        timings = "  ".join(f"{key}={value:.3f}" for key, value in row.items() if key.endswith("_ms"))
        ratios = "  ".join(f"{key}={value:.2f}" for key, value in row.items() if "x_" in key)
        print(f"{row['case']:8s} {shape:28s} {timings:50s} {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
