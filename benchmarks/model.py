"""Language-model speed: havoc's model against transformers' LlamaForCausalLM on identical weights.

For the tiny and small shapes: training tokens/s (forward + backward + AdamW step) and greedy decode
tokens/s at batch 1 with the KV cache, in float32 and again with both models' weights in bfloat16;
and the memory-bandwidth bound of this machine for decode (bandwidth of a large tensor copy on the
decode's threads, divided by the bytes of weights read per generated token; weights that fit in the
last-level cache can beat it).
Each measurement alternates the two implementations and keeps the best of several repeats, so a busy
machine penalises both alike. Decode runs on 1 thread and on all of torch's threads (--decode-threads).
Run: .venv/bin/python benchmarks/model.py [--json] [--models tiny,small] [--decode-threads 1,2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plugins.model.checkpoint import load_checkpoint, model_weights, save_checkpoint  # noqa: E402
from plugins.model.config import load_model_config  # noqa: E402
from plugins.model.export_hf import export_hf  # noqa: E402
from plugins.model.generation import GenerationParams, decode_tokens  # noqa: E402
from plugins.model.transformer import build_model  # noqa: E402


def memory_bandwidth(megabytes: int = 512, repeats: int = 5) -> float:
    """Bytes per second moved by a large tensor copy (each byte read once and written once)."""
    source = torch.ones(megabytes * 2**20 // 4)
    target = torch.empty_like(source)
    best = float("inf")
    for _ in range(repeats):
        tick = time.perf_counter()
        target.copy_(source)
        best = min(best, time.perf_counter() - tick)
    return 2 * source.numel() * 4 / best


def twins(name: str, workdir: Path):
    """Our model and transformers' Llama holding the same weights (through havoc's HF export)."""
    from transformers import LlamaForCausalLM

    config = load_model_config(name)
    torch.manual_seed(0)
    ours = build_model(config)
    saved = save_checkpoint(workdir / name, 0, config, {}, model_weights(ours))
    export_hf(load_checkpoint(saved), workdir / name / "hf")
    theirs = LlamaForCausalLM.from_pretrained(workdir / name / "hf", dtype=torch.float32, attn_implementation="sdpa")
    return config, ours, theirs


def training_step(model, batch, is_hf: bool):
    """A closure running one forward + backward + AdamW step on ``batch``."""
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-4)

    def step() -> None:
        logits = model(batch).logits if is_hf else model(batch)
        F.cross_entropy(logits.flatten(0, 1), batch.flatten()).backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)

    return step


def ours_decode(model, prompt, new_tokens):
    def run() -> None:
        params = GenerationParams(max_new_tokens=new_tokens, temperature=0)
        assert sum(1 for _ in decode_tokens(model, prompt.tolist()[0], params)) == new_tokens

    return run


def hf_decode(model, prompt, new_tokens):
    def run() -> None:
        with torch.inference_mode():
            out = model.generate(
                prompt, max_new_tokens=new_tokens, min_new_tokens=new_tokens, do_sample=False,
                eos_token_id=None, pad_token_id=0,
            )  # fmt: skip
        assert out.shape[1] == prompt.shape[1] + new_tokens

    return run


def best_of(functions: dict, repeats: int) -> dict:
    """Minimum seconds per call of each function, alternating between them each repeat (after a warm-up)."""
    for function in functions.values():
        function()
    best = dict.fromkeys(functions, float("inf"))
    for _ in range(repeats):
        for name, function in functions.items():
            tick = time.perf_counter()
            function()
            best[name] = min(best[name], time.perf_counter() - tick)
    return best


def decode_speeds(name: str, ours, theirs, prompt, repeats: int, threads: int, bandwidth: float) -> list[dict]:
    """Greedy decode tokens/s of both models on ``threads`` threads, in float32 and then bfloat16."""
    new_tokens, saved = 128, torch.get_num_threads()
    torch.set_num_threads(threads)
    rows = []
    weight_bytes = 4 * load_model_config(name).parameter_count()  # the tied output matrix is read once a token
    for dtype, bytes_per_weight in ((torch.float32, 4), (torch.bfloat16, 2)):
        ours, theirs = ours.to(dtype), theirs.to(dtype)  # the same weights, rounded once
        best = best_of(
            {"havoc": ours_decode(ours, prompt, new_tokens), "transformers": hf_decode(theirs, prompt, new_tokens)},
            repeats,
        )
        rows.append({
            "threads": threads,
            "dtype": str(dtype).removeprefix("torch."),
            "tokens_per_s": {k: new_tokens / v for k, v in best.items()},
            "bound_tokens_per_s": bandwidth * 4 / bytes_per_weight / weight_bytes,
        })  # fmt: skip
    ours.float(), theirs.float()
    torch.set_num_threads(saved)
    return rows


def bench(name: str, workdir: Path, bandwidths: dict[int, float], repeats: int) -> dict:
    config, ours, theirs = twins(name, workdir)
    batch, seq = (16, 256) if name == "tiny" else (8, 256)
    tokens = torch.randint(0, config.vocab_size, (batch, seq), generator=torch.Generator().manual_seed(0))
    train = best_of(
        {
            "havoc": training_step(ours.train(), tokens, False),
            "transformers": training_step(theirs.train(), tokens, True),
        },
        repeats,
    )
    ours.eval(), theirs.eval()
    prompt = tokens[:1, :16]
    decode = [
        row
        for threads, bandwidth in bandwidths.items()
        for row in decode_speeds(name, ours, theirs, prompt, repeats, threads, bandwidth)
    ]
    return {
        "model": name,
        "parameters": config.parameter_count(),
        "train_batch": [batch, seq],
        "train_tokens_per_s": {k: batch * seq / v for k, v in train.items()},
        "decode": decode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="tiny,small")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    # batch-1 decoding is a chain of small steps: on a shared 2-vCPU machine a 2-thread team stalls
    # whenever the other vCPU is busy, so decode is measured on 1 thread and on all of them
    parser.add_argument("--decode-threads", default=f"1,{torch.get_num_threads()}")
    args = parser.parse_args()
    threads = torch.get_num_threads()
    bandwidths = {}
    for count in sorted({int(t) for t in args.decode_threads.split(",")}):
        torch.set_num_threads(count)  # the bound of a decode that runs on `count` threads
        bandwidths[count] = memory_bandwidth()
    torch.set_num_threads(threads)
    with tempfile.TemporaryDirectory() as tmp:
        rows = [bench(name, Path(tmp), bandwidths, args.repeats) for name in args.models.split(",")]
    report = {
        "threads": threads,
        "memory_bandwidth_GBps": {count: bandwidth / 1e9 for count, bandwidth in bandwidths.items()},
        "results": rows,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    copies = ", ".join(
        f"{gbps:.1f} GB/s on {count} thread(s)" for count, gbps in report["memory_bandwidth_GBps"].items()
    )
    print(f"torch threads: training {threads}; memory bandwidth (512 MiB copy): {copies}")
    print(f"{'model':6s} {'params':>11s} | {'train tok/s havoc':>17s} {'transformers':>12s} {'ratio':>6s} | "
          f"{'decode':10s} {'tok/s havoc':>11s} {'transformers':>12s} {'ratio':>6s} | {'bound':>6s}")  # fmt: skip
    for r in rows:
        t = r["train_tokens_per_s"]
        for i, d in enumerate(r["decode"]):
            label = f"{r['model']:6s} {r['parameters']:>11,}" if i == 0 else " " * 18
            train = f"{t['havoc']:>17,.0f} {t['transformers']:>12,.0f} {t['havoc'] / t['transformers']:>5.2f}x"
            speeds = d["tokens_per_s"]
            print(
                f"{label} | {train if i == 0 else ' ' * 37} | "
                f"{d['dtype']:8s}{d['threads']:>2d} {speeds['havoc']:>11,.0f} {speeds['transformers']:>12,.0f} "
                f"{speeds['havoc'] / speeds['transformers']:>5.2f}x | {d['bound_tokens_per_s']:>6,.0f}"
            )
    print(
        "decode: greedy, batch 1, KV cache, both sides in the dtype named, on the threads named; "
        "bound: that thread count's copy bandwidth / bytes of weights"
    )


if __name__ == "__main__":
    main()
