"""Task type ``retrieve``: recall@k and MRR of the retrieval plugin on labelled queries.

The suite's ``index`` names what to index: ``modules`` (located with importlib, their .py file read,
never imported), ``paths`` (relative to the suite file) and the ``embedder``. The index is built in a
scratch folder with ``plugins.retrieval.indexing.index_paths`` (as ``havoc retrieve index`` does) and
searched with each of ``methods``. With ``--url`` the queries go to ``POST /v1/retrieve`` and the
server's own index answers (the suite's ``index`` is then not built).

A hit is relevant when its source ends with a label's source (at a path boundary) and its heading
equals the label's heading. recall@k: the share of an item's labels found in the top k; MRR: the
reciprocal rank of the first relevant hit (0 when none is in the top k). An item passes when a
relevant hit is in the top k of the first method.
"""

from __future__ import annotations

import contextlib
import importlib.util
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from havoc_cli.evals.options import Options
from havoc_cli.evals.records import Scored
from havoc_cli.evals.suite import Item, Suite, Where, did_you_mean
from havoc_cli.evals.tasks import mean_metrics

SUITE_KEYS = {"index", "k", "methods"}
ITEM_KEYS = {"query", "relevant"}
METHODS = ("dense", "lexical", "hybrid")


def module_file(name: str) -> Path | None:
    """The .py file of a dotted module name, found without importing it (or any parent package)."""
    top, _, rest = name.partition(".")
    try:
        spec = importlib.util.find_spec(top)  # a top-level lookup imports nothing
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if not spec.submodule_search_locations:
        origin = Path(spec.origin or "")
        return origin if not rest and origin.suffix == ".py" else None
    path = Path(list(spec.submodule_search_locations)[0]).joinpath(*(rest.split(".") if rest else []))
    for candidate in (path.with_suffix(".py") if rest else None, path / "__init__.py"):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def check_suite(top: Where, base: Path) -> dict[str, Any]:
    from plugins.retrieval.embedders import embedder_names

    index = top.child("index", hint="index: {modules: [scipy.stats._stats_py], embedder: lexical}")
    index.only({"modules", "paths", "embedder"}, "index")
    modules = index.strings("modules", [])
    paths = index.strings("paths", [])
    if not modules and not paths:
        top.fail("index", "nothing to index", "name 'modules' (dotted names) or 'paths' (relative to the suite)")
    for position, name in enumerate(modules):
        if module_file(name) is None:
            index.child_list("modules", position).fail(
                None, f"no Python source file for module '{name}'", "is it installed?"
            )
    for position, path in enumerate(paths):
        if not (base / path).exists():
            index.child_list("paths", position).fail(
                None, f"no such file or folder: {base / path}", "paths are relative to the suite file"
            )
    names = embedder_names()
    embedder = index.get("embedder", str, "lexical")
    if embedder not in names:
        index.fail("embedder", f"unknown embedder '{embedder}'", did_you_mean(embedder, names))
    k = top.get("k", int, 5)
    if k < 1:
        top.fail("k", "k must be at least 1")
    methods = top.strings("methods", None)
    for position, method in enumerate(methods or []):
        if method not in METHODS:
            top.child_list("methods", position).fail(None, f"unknown method '{method}'", did_you_mean(method, METHODS))
    return {"index": {"modules": modules, "paths": paths, "embedder": embedder}, "k": k, "methods": methods}


def check_item(where: Where, settings: dict[str, Any], base: Path) -> None:
    if not where.get("query", str).strip():
        where.fail("query", "the query is empty")
    labels = where.mappings("relevant", hint="relevant: [{source: scipy/stats/_stats_py.py, heading: ttest_ind}]")
    if not labels:
        where.fail("relevant", "no relevant chunk is labelled", "add at least one {source, heading}")
    for label in labels:
        label.only({"source", "heading"}, "a relevance label")
        label.get("source", str)
        label.get("heading", str)


def default_category(data: dict[str, Any]) -> str | None:
    return None


def _method_names(settings: dict[str, Any]) -> list[str | None]:
    return list(settings["methods"] or [None])


def metrics(settings: dict[str, Any]) -> dict[str, str]:
    """recall@k and mrr of the first method, and ``METHOD/recall@k``, ``METHOD/mrr`` for each listed method."""
    k = settings["k"]
    names = {f"recall@{k}": "min", "mrr": "min"}
    for method in settings["methods"] or []:
        names.update({f"{method}/recall@{k}": "min", f"{method}/mrr": "min"})
    return names


def describe(item: Item) -> Any:
    return {"query": item.data["query"]}


@contextlib.contextmanager
def start(suite: Suite, options: Options) -> Iterator[Callable[[Item], Scored]]:
    k = suite.settings["k"]
    if options.url:
        search = _remote(options.url, k)
        yield lambda item: score(item, search, suite.settings)
        return
    with tempfile.TemporaryDirectory(prefix="havoc-eval-index-") as scratch:
        index = build_index(suite, Path(scratch))
        suite.settings["chunks_indexed"] = len(index)
        yield lambda item: score(item, lambda query, method: index.search(query, k, method), suite.settings)


def build_index(suite: Suite, folder: Path) -> Any:
    """Index the suite's modules and paths into ``folder`` and open it."""
    from havoc_cli.evals.errors import EvalUsageError
    from plugins.retrieval.indexing import index_paths
    from plugins.retrieval.loaders import LoadError
    from plugins.retrieval.store import open_index

    spec = suite.settings["index"]
    files = [module_file(name) for name in spec["modules"]] + [suite.base / p for p in spec["paths"]]
    try:
        index_paths(files, folder, spec["embedder"])
    except LoadError as exc:
        raise EvalUsageError(f"suite {suite.name}: cannot index: {exc}", "check the suite's index paths") from None
    return open_index(folder)


def _remote(url: str, k: int) -> Callable[[str, str | None], list[Any]]:
    from havoc_cli.evals.remote import post_json

    def search(query: str, method: str | None) -> list[dict[str, Any]]:
        return post_json(url, "/v1/retrieve", {"query": query, "k": k, "method": method})["data"]

    return search


def relevant(hit: dict[str, Any], label: dict[str, Any]) -> bool:
    """Same heading, and the hit's source ends with the label's source at a path boundary."""
    source, wanted = str(hit["source"]).replace("\\", "/"), label["source"].strip("/")
    return hit["heading"] == label["heading"] and (source == wanted or source.endswith("/" + wanted))


def ranking_metrics(hits: list[dict[str, Any]], labels: list[dict[str, Any]], k: int) -> dict[str, Any]:
    """recall@k, reciprocal rank and the rank of the first relevant hit among the top k."""
    top = hits[:k]
    found = [any(relevant(h, label) for h in top) for label in labels]
    rank = next((position for position, h in enumerate(top, 1) if any(relevant(h, lb) for lb in labels)), None)
    return {"recall": sum(found) / len(labels), "mrr": 1.0 / rank if rank else 0.0, "rank": rank}


def score(item: Item, search: Callable[[str, str | None], list[Any]], settings: dict[str, Any]) -> Scored:
    """Search with every method and score the ranking against the item's labels."""
    k, labels = settings["k"], item.data["relevant"]
    output: dict[str, Any] = {}
    values: dict[str, float] = {}
    for position, method in enumerate(_method_names(settings)):
        hits = [h if isinstance(h, dict) else h.to_dict() for h in search(item.data["query"], method)][:k]
        result = ranking_metrics(hits, labels, k)
        output[method or "default"] = {
            "rank": result["rank"],
            "hits": [{key: h[key] for key in ("source", "heading", "start_line", "score")} for h in hits],
        }
        names = [method] if method else []
        names += [None] if position == 0 else []
        for name in names:
            prefix = f"{name}/" if name else ""
            values[f"{prefix}recall@{k}"], values[f"{prefix}mrr"] = result["recall"], result["mrr"]
    first = output[_method_names(settings)[0] or "default"]
    passed = first["rank"] is not None
    got = [f"{h['heading']} ({h['source']})" for h in first["hits"]]
    detail = "" if passed else f"expected one of {labels} in the top {k}, got {got}"
    return Scored(output, labels, values[f"recall@{k}"], passed, values, detail)


def error_metrics(settings: dict[str, Any]) -> dict[str, float]:
    return dict.fromkeys(metrics(settings), 0.0)


def aggregate(settings: dict[str, Any], records: list[Any]) -> dict[str, float]:
    return mean_metrics(records)
