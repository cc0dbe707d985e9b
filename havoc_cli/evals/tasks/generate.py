"""Task type ``generate``: prompts to the model, outputs scored by exact match, substring or regex.

Locally through ``plugins.model.generation``, or with ``--url`` through ``POST /v1/completions``.
Sampling parameters come from the suite's ``params``, overridden by an item's; a sampled item's seed
is its own ``seed`` or one derived from ``--seed`` and its id, so a run is repeatable.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from havoc_cli.evals.options import Options
from havoc_cli.evals.records import Scored
from havoc_cli.evals.suite import Item, Suite, Where
from havoc_cli.evals.tasks import mean_metrics

SUITE_KEYS = {"checkpoint", "params"}
ITEM_KEYS = {"prompt", "expected", "match", "params"}
MATCHES = ("exact", "contains", "regex")
DEFAULTS = {"max_tokens": 32, "temperature": 0.0, "top_p": 1.0, "stop": [], "seed": None}


def _params(where: Where | None) -> dict[str, Any]:
    """Validated sampling parameters of a ``params`` mapping (only those it sets)."""
    if where is None:
        return {}
    where.only(set(DEFAULTS), "params")
    found: dict[str, Any] = {}
    if "max_tokens" in where.data:
        found["max_tokens"] = where.get("max_tokens", int)
        if found["max_tokens"] < 1:
            where.fail("max_tokens", "max_tokens must be at least 1")
    if "temperature" in where.data:
        found["temperature"] = where.number("temperature", low=0.0)
    if "top_p" in where.data:
        found["top_p"] = where.number("top_p")
        if not 0 < found["top_p"] <= 1:
            where.fail("top_p", "top_p must be in (0, 1] (1 is off)")
    if "stop" in where.data:
        found["stop"] = where.strings("stop")
    if "seed" in where.data:
        found["seed"] = where.get("seed", int)
    return found


def check_suite(top: Where, base: Path) -> dict[str, Any]:
    return {
        "checkpoint": top.get("checkpoint", str, None),
        "params": {**DEFAULTS, **_params(top.child("params", None))},
    }


def check_item(where: Where, settings: dict[str, Any], base: Path) -> None:
    where.get("prompt", str)
    match = where.choice("match", MATCHES, "exact")
    expected = where.strings("expected")
    if match == "regex":
        for pattern in expected:
            try:
                re.compile(pattern)
            except re.error as exc:
                where.fail("expected", f"{pattern!r} is not a regular expression: {exc}", "see Python's re syntax")
    _params(where.child("params", None))


def default_category(data: dict[str, Any]) -> str | None:
    return None


def metrics(settings: dict[str, Any]) -> dict[str, str]:
    return {"accuracy": "min"}


def item_params(item: Item, settings: dict[str, Any], options: Options) -> dict[str, Any]:
    """The item's sampling parameters, with its seed fixed."""
    params = {**settings["params"], **(item.data.get("params") or {})}
    if params["seed"] is None:
        params["seed"] = options.item_seed(item.id)
    return params


def describe(item: Item) -> Any:
    return {"prompt": item.data["prompt"], "params": item.data.get("params") or {}}


@contextlib.contextmanager
def start(suite: Suite, options: Options) -> Iterator[Callable[[Item], Scored]]:
    complete = _remote(options.url) if options.url else _local(suite, options)
    yield lambda item: score(item, complete(item.data["prompt"], item_params(item, suite.settings, options)))


def _local(suite: Suite, options: Options) -> Callable[[str, dict[str, Any]], str]:
    from havoc_cli.evals.checkpoint import load_model
    from plugins.model.generation import GenerationParams, generate

    loaded = load_model(suite, options)
    suite.settings["checkpoint_loaded"] = str(loaded.path)
    tokenizer = loaded.tokenizer
    stop_ids = tuple(i for i in (tokenizer.eos_id, tokenizer.special_ids.get("<|end|>")) if i is not None and i >= 0)

    def complete(prompt: str, params: dict[str, Any]) -> str:
        settings = GenerationParams(
            max_new_tokens=params["max_tokens"], temperature=params["temperature"], top_k=0, top_p=params["top_p"],
            stop=tuple(params["stop"]), stop_ids=stop_ids, seed=params["seed"],
        )  # fmt: skip
        return generate(loaded.model, tokenizer, tokenizer.encode(prompt), settings).text

    return complete


def _remote(url: str) -> Callable[[str, dict[str, Any]], str]:
    from havoc_cli.evals.remote import post_json

    def complete(prompt: str, params: dict[str, Any]) -> str:
        body = {"prompt": prompt, **{k: v for k, v in params.items() if k != "stop"}, "stop": params["stop"] or None}
        return post_json(url, "/v1/completions", body)["choices"][0]["text"]

    return complete


def matches(text: str, expected: list[str], how: str) -> bool:
    """exact: equal once surrounding whitespace is stripped; contains: a substring; regex: re.search finds it."""
    if how == "exact":
        return any(text.strip() == e.strip() for e in expected)
    if how == "contains":
        return any(e in text for e in expected)
    return any(re.search(e, text) for e in expected)


def score(item: Item, text: str) -> Scored:
    expected = item.data["expected"]
    expected = [expected] if isinstance(expected, str) else expected
    how = item.data.get("match") or "exact"
    ok = matches(text, expected, how)
    detail = "" if ok else f"expected ({how}) {expected!r}, got {text!r}"
    return Scored({"text": text}, {"match": how, "expected": expected}, float(ok), ok, {"accuracy": float(ok)}, detail)


def error_metrics(settings: dict[str, Any]) -> dict[str, float]:
    return {"accuracy": 0.0}


def aggregate(settings: dict[str, Any], records: list[Any]) -> dict[str, float]:
    return mean_metrics(records)
