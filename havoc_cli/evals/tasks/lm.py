"""Task type ``lm``: the perplexity of a checkpoint on text files; a threshold is a maximum perplexity.

The text is encoded as training data is (an end-of-document token before it), so every token of the
text is predicted. The suite's perplexity pools all items' tokens: exp(sum of NLL / tokens).
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from havoc_cli.evals.options import Options
from havoc_cli.evals.records import Scored
from havoc_cli.evals.suite import Item, Suite, Where

SUITE_KEYS = {"checkpoint", "window", "stride"}
ITEM_KEYS = {"text", "max_perplexity"}


def check_suite(top: Where, base: Path) -> dict[str, Any]:
    window = top.get("window", int, None)
    stride = top.get("stride", int, None)
    if window is not None and window < 2:
        top.fail("window", "the window must be at least 2 tokens", "leave it out to use the model's context")
    if stride is not None and not 1 <= stride < (window or 2**31):
        top.fail("stride", "the stride must be at least 1 and smaller than the window", "e.g. half the window")
    return {"checkpoint": top.get("checkpoint", str, None), "window": window, "stride": stride}


def check_item(where: Where, settings: dict[str, Any], base: Path) -> None:
    text = base / where.get("text", str, hint="the text file, relative to the suite file")
    if not text.is_file():
        where.fail("text", f"no such text file: {text}", "give its path relative to the suite file")
    where.number("max_perplexity", None, low=1.0)


def default_category(data: dict[str, Any]) -> str | None:
    return None


def metrics(settings: dict[str, Any]) -> dict[str, str]:
    return {"perplexity": "max"}


def describe(item: Item) -> Any:
    return {"text": item.data["text"]}


@contextlib.contextmanager
def start(suite: Suite, options: Options) -> Iterator[Callable[[Item], Scored]]:
    from havoc_cli.evals.checkpoint import load_model
    from havoc_cli.evals.thresholds import merge

    if options.url:
        from havoc_cli.evals.errors import EvalUsageError

        raise EvalUsageError("lm suites run locally: the server does not score given text", "drop --url for lm suites")
    loaded = load_model(suite, options)
    suite.settings["checkpoint_loaded"] = str(loaded.path)
    thresholds = merge(suite.thresholds, list(options.fail_under))
    limit = next((t.value for t in thresholds if t.metric == "perplexity" and t.category is None), None)
    yield lambda item: score(item, suite, loaded, limit)


def score(item: Item, suite: Suite, loaded: Any, suite_limit: float | None) -> Scored:
    """The perplexity of the item's text; it passes under its own max_perplexity, else the suite's threshold."""
    from plugins.model.perplexity import perplexity

    text = (suite.base / item.data["text"]).read_text(encoding="utf-8")
    ids = [loaded.tokenizer.eos_id] + loaded.tokenizer.encode(text)
    result = perplexity(loaded.model, ids, suite.settings["window"], suite.settings["stride"])
    limit = item.data.get("max_perplexity") or suite_limit
    passed = math.isfinite(result.value) and (limit is None or result.value <= limit)
    output = {"perplexity": result.value, "nll": result.nll, "tokens": result.tokens, "characters": len(text)}
    detail = "" if passed else f"expected perplexity <= {limit:g}, got {result.value:.4g}"
    return Scored(output, {"max_perplexity": limit}, result.value, passed, {"perplexity": result.value}, detail)


def error_metrics(settings: dict[str, Any]) -> dict[str, float]:
    return {"perplexity": math.inf}


def aggregate(settings: dict[str, Any], records: list[Any]) -> dict[str, float]:
    """Pooled perplexity: exp(total NLL / total tokens); infinite when an item could not be scored."""
    if any(r.error is not None for r in records):
        return {"perplexity": math.inf}
    tokens = sum(r.output["tokens"] for r in records)
    return {"perplexity": math.exp(sum(r.output["nll"] for r in records) / tokens)}
