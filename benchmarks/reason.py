"""Cold start to answer for `havoc reason ... --json`: one fresh process per question.

Run: .venv/bin/python benchmarks/reason.py [COUNT]  (default 15 questions spread over the suite)

Prints per-question seconds, the median (goal < 1.5 s) and its ratio to two baselines measured in the
same run: a bare interpreter start (`python -c pass`) and `havoc --help` (the CLI without any engine).
havoc's own modules are byte-compiled first, as an installed package has them: without bytecode (a shell that sets
PYTHONDONTWRITEBYTECODE) every process compiles them from source again, about 0.3 s more per question.
"""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SUITE = ROOT / "examples" / "evals" / "reason.yaml"
PACKAGES = ("havoc_cli", "dsl", "plugins", "kernels")
HAVOC = [sys.executable, "-m", "havoc_cli"]


def seconds(command: list[str]) -> tuple[float, subprocess.CompletedProcess]:
    """Wall time of one fresh process and its outcome."""
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return time.perf_counter() - start, proc


def baseline(command: list[str], repeats: int = 5) -> float:
    """Median wall time of ``command`` over a few fresh processes."""
    return statistics.median(seconds(command)[0] for _ in range(repeats))


def main(count: int = 15) -> None:
    items = [i for i in yaml.safe_load(SUITE.read_text(encoding="utf-8"))["items"] if i["compare"]["rule"] != "refuse"]
    step = max(1, len(items) // count)
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    interpreter = baseline([sys.executable, "-c", "pass"])
    cli_help = baseline([*HAVOC, "--help"])
    times = []
    for item in items[::step][:count]:
        took, proc = seconds([*HAVOC, "reason", "--json", "--", item["question"]])
        times.append(took)
        doc = json.loads(proc.stdout)
        print(
            f"{took:6.2f} s  exit {proc.returncode}  {item['mode']:<16} {item['question'][:60]}  -> {doc['confidence']}"
        )
    median = statistics.median(times)
    print(f"median {median:.2f} s, max {max(times):.2f} s over {len(times)} questions (goal: median < 1.5 s)")
    print(f"baselines: python -c pass {interpreter:.2f} s (reason median {median / interpreter:.1f}x), "
          f"havoc --help {cli_help:.2f} s ({median / cli_help:.1f}x)")  # fmt: skip


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
