"""Retrieval: indexing speed, and dense query latency and recall of HNSW against exact search.

* indexing: ``index_paths`` over the docstrings of scipy.stats (``_stats_py``, ``_morestats``) with
  the lexical embedder (whole corpus, chunks/s), and the MiniLM embedder's throughput on the first
  ``--minilm-chunks`` of those chunks (its model load timed apart);
* search: at 10k and 100k vectors of the MiniLM dimension (384). Real MiniLM vectors of that many
  chunks would take hours to embed on a CPU, so the vectors are synthetic: drawn from a Gaussian with
  the mean and covariance of the real MiniLM vectors just embedded (so they keep the real anisotropy),
  then normalised; queries are fresh draws. The baseline is the exact ``IndexFlatIP``; HNSW
  (``IndexHNSWFlat``, inner product, havoc's M / efConstruction / efSearch) is timed on the same
  single queries. x_exact = exact p50 / this p50 (above 1: faster than exact); recall@10 is HNSW's
  top 10 against the exact top 10. Goal: recall@10 >= 0.95 with p50 < 5 ms at 100k.
* ``--calibrate``: refit the needle finder's confidence (plugins/retrieval/calibration.py) instead.

Run: .venv/bin/python benchmarks/retrieve.py [--json] [--sizes 10000,100000] [--minilm-chunks 512]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from plugins.retrieval import calibration, needle  # noqa: E402
from plugins.retrieval.embedders import load_embedder  # noqa: E402
from plugins.retrieval.indexing import index_paths  # noqa: E402
from plugins.retrieval.store import open_index  # noqa: E402
from plugins.retrieval.vectors import build  # noqa: E402

CORPUS = ("scipy.stats._stats_py", "scipy.stats._morestats")
QUERIES = 300


def corpus_files() -> list[Path]:
    return [Path(importlib.util.find_spec(name).origin) for name in CORPUS]


def indexing(minilm_chunks: int) -> tuple[dict, np.ndarray]:
    """Chunks/s of a full lexical index and of MiniLM embedding; returns the MiniLM vectors too."""
    with tempfile.TemporaryDirectory() as folder:
        report = index_paths(corpus_files(), Path(folder), "lexical")
        texts = [r.embedding_text for r in open_index(Path(folder)).rows]
    lexical_rate = report.chunks_total / report.seconds
    model = load_embedder("minilm")
    started = time.perf_counter()
    model.embed(["warm up"])  # imports sentence-transformers and loads the weights
    load_seconds = time.perf_counter() - started
    sample = texts[:minilm_chunks]
    started = time.perf_counter()
    vectors = model.embed(sample)
    minilm_rate = len(sample) / (time.perf_counter() - started)
    row = {
        "corpus_chunks": report.chunks_total,
        "lexical_index_seconds": round(report.seconds, 2),
        "lexical_chunks_per_s": round(lexical_rate, 1),
        "minilm_load_seconds": round(load_seconds, 2),
        "minilm_chunks": len(sample),
        "minilm_chunks_per_s": round(minilm_rate, 1),
        "x_lexical_over_minilm": round(lexical_rate / minilm_rate, 1),
    }
    return row, vectors


def synthetic(real: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """Unit vectors drawn from N(mean, covariance) of the real vectors (a little shrinkage keeps it full rank)."""
    mean = real.mean(axis=0)
    covariance = np.cov(real, rowvar=False)
    covariance += 1e-4 * np.trace(covariance) / len(mean) * np.eye(len(mean))
    draws = rng.multivariate_normal(mean, covariance, size=count, method="cholesky").astype(np.float32)
    return draws / np.linalg.norm(draws, axis=1, keepdims=True)


def latencies(index, queries: np.ndarray, k: int = 10) -> tuple[list[float], np.ndarray]:
    """Milliseconds of each single-query search, and the rows found."""
    index.search(queries[:5], k)  # warm-up
    times, found = [], []
    for query in queries:
        started = time.perf_counter()
        _, rows = index.search(query, k)
        times.append((time.perf_counter() - started) * 1e3)
        found.append(rows[0])
    return times, np.asarray(found)


def search_rows(real: np.ndarray, sizes: list[int]) -> list[dict]:
    rng = np.random.default_rng(0)
    rows = []
    for size in sizes:
        data = synthetic(real, size, rng)
        queries = synthetic(real, QUERIES, rng)
        results = {}
        for kind, threshold in (("exact", size), ("hnsw", size - 1)):
            started = time.perf_counter()
            index = build(data, data.shape[1], hnsw_above=threshold)
            build_seconds = time.perf_counter() - started
            times, found = latencies(index, queries)
            results[kind] = (build_seconds, times, found)
        truth = results["exact"][2]
        exact_p50 = statistics.median(results["exact"][1])
        for kind, (build_seconds, times, found) in results.items():
            recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
            p50 = statistics.median(times)
            rows.append(
                {
                    "vectors": size,
                    "index": "IndexFlatIP" if kind == "exact" else "IndexHNSWFlat",
                    "build_seconds": round(build_seconds, 2),
                    "p50_ms": round(p50, 3),
                    "p95_ms": round(float(np.percentile(times, 95)), 3),
                    "recall_at_10": round(float(recall), 4),
                    "x_exact": round(exact_p50 / p50, 2),
                }
            )
    return rows


def calibrate() -> None:
    """Refit the needle confidence for each embedder and print the coefficients and fresh-case calibration."""
    paragraphs = calibration.prose_paragraphs()
    for embedder, count in (("lexical", 1500), ("minilm", 300)):
        x, y = calibration.features(calibration.make_cases(paragraphs, count, seed=1), embedder)
        coefficients = calibration.fit_logistic(x, y)
        needle.CALIBRATION[embedder] = coefficients
        x2, y2 = calibration.features(calibration.make_cases(paragraphs, count // 2, seed=2), embedder)
        predicted = np.array([needle.confidence(embedder, best, margin) for best, margin in x2])
        ece = calibration.expected_calibration_error(predicted, y2)
        print(f"{embedder}: coefficients {tuple(round(c, 3) for c in coefficients)}, fresh-case ECE {ece:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    parser.add_argument("--sizes", default="10000,100000", help="vector counts to search, comma-separated")
    parser.add_argument("--minilm-chunks", type=int, default=512, help="chunks embedded with MiniLM")
    parser.add_argument("--calibrate", action="store_true", help="refit the needle confidence instead")
    args = parser.parse_args()
    if args.calibrate:
        calibrate()
        return
    index_row, real = indexing(args.minilm_chunks)
    rows = search_rows(real, [int(s) for s in args.sizes.split(",")])
    largest = [r for r in rows if r["vectors"] == max(r["vectors"] for r in rows) and r["index"] == "IndexHNSWFlat"][0]
    goal = largest["recall_at_10"] >= 0.95 and largest["p50_ms"] < 5.0
    if args.json:
        print(json.dumps({"indexing": index_row, "search": rows, "goal_met": goal}, indent=2))
        return
    print("indexing (scipy.stats docstrings)")
    for key, value in index_row.items():
        print(f"  {key:<24}{value}")
    print("\ndense search, single queries, k=10 (synthetic 384-d vectors shaped like MiniLM's); baseline IndexFlatIP")
    print(f"{'vectors':>9} {'index':<15}{'build s':>9}{'p50 ms':>9}{'p95 ms':>9}{'recall@10':>11}{'x_exact':>9}")
    for r in rows:
        print(
            f"{r['vectors']:>9,} {r['index']:<15}{r['build_seconds']:>9.2f}{r['p50_ms']:>9.3f}{r['p95_ms']:>9.3f}"
            f"{r['recall_at_10']:>11.4f}{r['x_exact']:>9.2f}"
        )
    print(
        f"goal at {largest['vectors']:,}: recall@10 {largest['recall_at_10']:.4f} (>= 0.95), "
        f"p50 {largest['p50_ms']:.3f} ms (< 5): {'ok' if goal else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
