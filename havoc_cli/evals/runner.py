"""Run a loaded suite: choose the items (--category, --limit with --seed), score each, aggregate, check.

An item that crashes is recorded as failed with its error (the run goes on); bad usage found while
running (EvalUsageError: no checkpoint, unreachable server) stops everything.
"""

from __future__ import annotations

import random
import time
import traceback
from typing import Any

from havoc_cli.evals import tasks
from havoc_cli.evals.errors import EvalUsageError
from havoc_cli.evals.options import Options
from havoc_cli.evals.progress import ProgressBar
from havoc_cli.evals.records import ItemRecord, SuiteRun
from havoc_cli.evals.suite import Item, Suite
from havoc_cli.evals.thresholds import check, merge


def select(items: list[Item], options: Options) -> list[Item]:
    """The items to run, in suite order: those of ``--category``, then a seeded sample of ``--limit``.

    The sample is the first N of one seeded shuffle, so with one seed --limit 5 is part of --limit 10.
    """
    chosen = [i for i in items if not options.categories or i.category in options.categories]
    if options.limit is None or options.limit >= len(chosen):
        return chosen
    order = list(range(len(chosen)))
    random.Random(options.seed).shuffle(order)
    return [chosen[i] for i in sorted(order[: options.limit])]


def run_suite(suite: Suite, options: Options, progress: ProgressBar | None = None) -> SuiteRun:
    """Score the selected items of ``suite`` and check its thresholds (and --fail-under's)."""
    task = tasks.load(suite.type)
    chosen = select(suite.items, options)
    overrides = [t for t in options.fail_under if t.metric in suite.metrics]
    thresholds = merge(suite.thresholds, overrides)
    records: list[ItemRecord] = []
    started = time.perf_counter()
    if progress is not None:
        progress.begin(suite.name, len(chosen))
    if chosen:
        with task.start(suite, options) as score:
            for item in chosen:
                records.append(_run_item(task, score, item, suite.settings))
                if progress is not None:
                    progress.advance(records[-1])
    metrics = task.aggregate(suite.settings, records) if records else {}
    categories: dict[str, dict[str, Any]] = {}
    for category in sorted({r.category for r in records if r.category is not None}):
        group = [r for r in records if r.category == category]
        categories[category] = {
            "items": len(group),
            "passed": sum(r.passed for r in group),
            "metrics": task.aggregate(suite.settings, group),
        }
    scopes = {None: metrics, **{name: c["metrics"] for name, c in categories.items()}}
    return SuiteRun(
        name=suite.name,
        type=suite.type,
        file=suite.path,
        seed=options.seed,
        in_suite=len(suite.items),
        records=records,
        metrics=metrics,
        categories=categories,
        checks=check(thresholds, suite.metrics, scopes),
        seconds=time.perf_counter() - started,
        settings=suite.settings,
    )


def _run_item(task: Any, score: Any, item: Item, settings: dict[str, Any]) -> ItemRecord:
    started = time.perf_counter()
    try:
        scored = score(item)
    except EvalUsageError:
        raise
    except Exception as exc:  # an item that crashes fails, with its error recorded; the others still run
        last = traceback.extract_tb(exc.__traceback__)[-1:]
        where = f" ({last[0].filename}:{last[0].lineno})" if last else ""
        return ItemRecord(
            item.id, item.category, task.describe(item), None, None, 0.0, False,
            time.perf_counter() - started, task.error_metrics(settings), f"{type(exc).__name__}: {exc}", f"{type(exc).__name__}: {exc}{where}",
        )  # fmt: skip
    return ItemRecord(
        item.id, item.category, task.describe(item), scored.output, scored.expected, scored.score, scored.passed,
        time.perf_counter() - started, scored.metrics, scored.detail,
    )  # fmt: skip
