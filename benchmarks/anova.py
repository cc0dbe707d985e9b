"""Benchmark: havoc's one-way ANOVA on a 100,000-row table against statsmodels and scipy.

Run: .venv/bin/python benchmarks/anova.py [--rows N] [--repeat R]

Times (medians of R runs):
  engine      plugins.stats.anova_engine.oneway on exact Decimal groups (what the verb calls)
  verb        the same plus reading the columns' text into groups (inputs.exact_values + split_by)
  study       a whole `data "big.csv"` + `test anova y by g` study, in process (parse, CSV, verb, JSON)
against
  statsmodels ols("y ~ C(g)") + anova_lm on a DataFrame already in memory, and with pandas.read_csv
  scipy       scipy.stats.f_oneway on float arrays already split by group
and prints the ratios. The goal is havoc's study end to end within 1.5x of pandas + statsmodels.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_table(folder: Path, rows: int) -> Path:
    """A long table: 8 machines, response around 1000000.5 with 6 decimals (7 constant leading digits)."""
    import numpy as np

    rng = np.random.default_rng(1)
    groups = rng.integers(0, 8, rows)
    values = 1_000_000.5 + 0.01 * groups + rng.normal(0, 0.05, rows)
    path = folder / "big.csv"
    lines = ["y,g"] + [f"{v:.6f},m{g}" for v, g in zip(values, groups, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import pandas as pd
    import statsmodels.api as sm
    import statsmodels.formula.api as smf
    from scipy import stats

    from dsl.interpreter import run
    from dsl.parser import parse_file
    from plugins.api import read_csv
    from plugins.registry import Registry
    from plugins.stats.anova_engine import oneway

    registry = Registry()
    registry.load_entry_points()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv = make_table(folder, args.rows)
        study = folder / "bench.doe"
        study.write_text('data "big.csv"\ntest anova y by g\n', encoding="utf-8")

        table = read_csv(csv)
        keys, text = table.columns["g"].text, table.columns["y"].text

        def split() -> list[list[Decimal]]:
            groups: dict[str, list[Decimal]] = {}
            for key, cell in zip(keys, text, strict=True):
                groups.setdefault(key, []).append(Decimal(cell))
            return list(groups.values())

        exact_groups = split()
        frame = pd.read_csv(csv)
        float_groups = [g["y"].to_numpy() for _, g in frame.groupby("g", sort=False)]

        def statsmodels_anova(df: pd.DataFrame) -> object:
            return sm.stats.anova_lm(smf.ols("y ~ C(g)", df).fit())

        def study_run() -> object:
            return run(parse_file(study), registry, out_dir=folder).to_dict()

        timings = {
            "havoc engine (exact)": median_time(lambda: oneway(exact_groups), args.repeat),
            "havoc verb (text -> groups -> engine)": median_time(lambda: oneway(split()), args.repeat),
            "havoc study end to end (in process)": median_time(study_run, args.repeat),
            "statsmodels ols + anova_lm (in memory)": median_time(lambda: statsmodels_anova(frame), args.repeat),
            "pandas.read_csv + statsmodels": median_time(lambda: statsmodels_anova(pd.read_csv(csv)), args.repeat),
            "scipy f_oneway (float arrays)": median_time(lambda: stats.f_oneway(*float_groups), args.repeat),
        }
    width = max(map(len, timings))
    print(f"one-way ANOVA, {args.rows} rows, 8 groups, median of {args.repeat}")
    for name, seconds in timings.items():
        print(f"  {name:<{width}}  {seconds * 1000:9.2f} ms")
    t = timings
    ratios = {
        "havoc engine / statsmodels (in memory)": t["havoc engine (exact)"]
        / t["statsmodels ols + anova_lm (in memory)"],
        "havoc study / pandas.read_csv + statsmodels": t["havoc study end to end (in process)"]
        / t["pandas.read_csv + statsmodels"],
        "havoc engine / scipy f_oneway": t["havoc engine (exact)"] / t["scipy f_oneway (float arrays)"],
    }
    for name, ratio in ratios.items():
        print(f"  ratio {name:<{width}}  {ratio:6.2f}x")


if __name__ == "__main__":
    main()
