"""Cold start to answer for `havoc reason ... --json`: one fresh process per question.

Run: .venv/bin/python benchmarks/reason.py  (prints per-question seconds and the median; goal < 1.5 s)
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

SUITE = Path(__file__).resolve().parents[1] / "examples" / "evals" / "reason.yaml"
HAVOC = [sys.executable, "-m", "havoc_cli", "reason"]


def main(count: int = 15) -> None:
    items = [i for i in yaml.safe_load(SUITE.read_text(encoding="utf-8"))["items"] if i["compare"]["rule"] != "refuse"]
    step = max(1, len(items) // count)
    times = []
    for item in items[::step][:count]:
        start = time.perf_counter()
        proc = subprocess.run([*HAVOC, "--json", "--", item["question"]], capture_output=True, text=True, timeout=120)
        seconds = time.perf_counter() - start
        times.append(seconds)
        doc = json.loads(proc.stdout)
        print(
            f"{seconds:6.2f} s  exit {proc.returncode}  {item['mode']:<16} {item['question'][:60]}  -> {doc['confidence']}"
        )
    print(
        f"median {statistics.median(times):.2f} s, max {max(times):.2f} s over {len(times)} questions (goal: median < 1.5 s)"
    )


if __name__ == "__main__":
    main()
