"""Task types, one module each: reason, doe, lm, generate, retrieve.

Every module provides the same small interface, which the loader and the runner call:

- ``SUITE_KEYS`` / ``ITEM_KEYS``: the fields a suite file / an item of this type may have
  (beyond ``suite``, ``type``, ``thresholds``, ``categories``, ``items`` / ``id``, ``category``);
- ``check_suite(where, base) -> settings`` and ``check_item(where, settings, base)``: validation,
  raising ``SuiteError`` through ``where.fail``;
- ``default_category(data)``: an item's category when it names none;
- ``metrics(settings) -> {name: "min" | "max"}``: the metrics it reports and their direction;
- ``describe(item)``: the item's input as recorded in the results;
- ``start(suite, options)``: a context manager yielding ``score(item) -> Scored`` (loads a model or
  builds an index once for the whole suite);
- ``error_metrics(settings)``: the per-item metrics of an item that crashed (it counts as wrong);
- ``aggregate(settings, records) -> {metric: value}``: suite and category metrics from item records.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


def load(kind: str) -> ModuleType:
    """The module of task type ``kind`` (imported on first use: torch only loads for lm/generate)."""
    return importlib.import_module(f"havoc_cli.evals.tasks.{kind}")


def mean_metrics(records: list[Any]) -> dict[str, float]:
    """The mean of each per-item metric over ``records`` (the usual aggregate)."""
    names = sorted({name for record in records for name in record.metrics})
    out = {}
    for name in names:
        values = [r.metrics[name] for r in records if name in r.metrics]
        out[name] = sum(values) / len(values)
    return out
