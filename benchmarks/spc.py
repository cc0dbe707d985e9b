"""Benchmark: havoc's SPC engines against plain numpy on 1,000,000 points.

Times an I-MR chart with the Western Electric rules and an EWMA chart with its limit check,
each through the engine functions the ``chart`` verb calls (plugins.spc.charts / rules), against
a direct vectorised numpy implementation written here. Prints the medians and the ratio; the
target is havoc / numpy < 1.5.

    .venv/bin/python benchmarks/spc.py [--points N] [--repeats R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import numpy as np
from scipy.signal import lfilter

from plugins.spc import charts
from plugins.spc.constants import d2, d3

LAMBDA, WIDTH = 0.2, 3.0


def havoc_imr(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """I-MR through the engines: phase-I limits, both panels, WE rules; labels and MR signals."""
    starts = np.arange(x.size)
    limits = charts.estimate_variables(x, starts, "mr", "exact")
    individuals, mr = charts.imr_panels(x, limits, 3.0, "exact")
    charts.apply_rules(individuals, "western_electric", None, 3.0, "both")
    charts.apply_rules(mr, "western_electric", [1], 3.0, "both")
    individuals.check.violations()
    return individuals.check.labels, np.flatnonzero(mr.check.masks[1])


def havoc_ewma(x: np.ndarray) -> np.ndarray:
    """EWMA through the engines: limits from MR-bar/d2, exact time-varying limits, signals."""
    starts = np.arange(x.size)
    limits = charts.estimate_variables(x, starts, "mr", "exact")
    panel = charts.ewma_panel(x, np.ones(x.size), limits, LAMBDA, WIDTH)
    return charts.outside(panel)


def _count(mask: np.ndarray, width: int) -> np.ndarray:
    total = np.cumsum(mask, dtype=np.int64)
    out = np.zeros(mask.size, dtype=np.int64)
    out[width - 1 :] = total[width - 1 :]
    out[width:] -= total[:-width]
    return out


def numpy_imr(x: np.ndarray, k2: float = d2(2), k3: float = d3(2)) -> tuple[np.ndarray, np.ndarray]:
    """The same I-MR computation written directly in numpy."""
    mr = np.abs(np.diff(x))
    sigma = mr.mean() / k2
    center = x.mean()
    z = (x - center) / sigma
    mr_signals = np.flatnonzero(mr > (k2 + 3 * k3) * sigma) + 1  # MR i compares points i and i + 1
    up1, dn1, up2, dn2 = z > 1, z < -1, z > 2, z < -2
    labels = np.zeros(x.size, dtype=np.int8)
    labels[(_count(z > 0, 8) == 8) | (_count(z < 0, 8) == 8)] = 4
    labels[(up1 & (_count(up1, 5) >= 4)) | (dn1 & (_count(dn1, 5) >= 4))] = 3
    labels[(up2 & (_count(up2, 3) >= 2)) | (dn2 & (_count(dn2, 3) >= 2))] = 2
    labels[np.abs(z) > 3] = 1
    np.flatnonzero(labels)
    return labels, mr_signals


def numpy_ewma(x: np.ndarray, k2: float = d2(2)) -> np.ndarray:
    """The same EWMA computation written directly (numpy, with lfilter for the recursion)."""
    center = x.mean()
    sigma = np.abs(np.diff(x)).mean() / k2
    z, _ = lfilter([LAMBDA], [1.0, LAMBDA - 1.0], x, zi=[(1.0 - LAMBDA) * center])
    i = np.arange(1, x.size + 1)
    half = WIDTH * sigma * np.sqrt(LAMBDA / (2 - LAMBDA) * (1 - (1 - LAMBDA) ** (2 * i)))
    return (z > center + half) | (z < center - half)


def median_time(fn: Callable[[np.ndarray], object], x: np.ndarray, repeats: int) -> float:
    fn(x)  # warm-up: imports, constant caches
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(x)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    x = 10.0 + rng.normal(0.0, 1.0, args.points)
    x[args.points // 2 :] += 0.4  # a shift, so the rules have something to find
    for ours, theirs in zip(havoc_imr(x), numpy_imr(x), strict=True):
        assert np.array_equal(ours, theirs), "I-MR results differ"
    assert np.array_equal(havoc_ewma(x), numpy_ewma(x)), "EWMA signals differ"
    print(f"{args.points:,} points, median of {args.repeats} runs")
    print(f"{'chart':<22}{'havoc (ms)':>12}{'numpy (ms)':>12}{'ratio':>8}")
    worst = 0.0
    for name, ours, theirs in (("I-MR + WE rules", havoc_imr, numpy_imr), ("EWMA + limits", havoc_ewma, numpy_ewma)):
        a, b = median_time(ours, x, args.repeats), median_time(theirs, x, args.repeats)
        worst = max(worst, a / b)
        print(f"{name:<22}{1e3 * a:>12.1f}{1e3 * b:>12.1f}{a / b:>8.2f}")
    print(f"worst ratio {worst:.2f} (target < 1.5): {'ok' if worst < 1.5 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
